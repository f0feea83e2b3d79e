# Lo que la sala lee en las diapositivas fijas del proyector, español.

welcome = Bienvenidos
agreements-title = Nuestros acuerdos del café
question-of = Pregunta { $number } de { $total }
move-tables = Por favor, cambien de mesa
move-tables-hint = Anfitriones de mesa: por favor quédense y den la bienvenida a sus nuevos invitados.
harvest = Cosecha
harvest-hint = ¿Qué escuchó su mesa? Compartan una o dos ideas clave con todos.
what-we-heard = Lo que escuchamos
themes-empty = Los temas aparecerán aquí a medida que los reunamos.
tables-raised = { $count ->
    [one] { $count } mesa
   *[other] { $count } mesas
}
thank-you = Gracias por venir
closing-prompt = En una palabra: ¿cómo se van esta noche?
time-up = Es hora de ir cerrando la conversación
commitments-title = Lo que haremos antes de la próxima vez
# The welcome slide's date: a chrono pattern, and the locale whose day and month names it uses.
date-format = %A, %-d de %B de %Y
date-locale = es_ES
