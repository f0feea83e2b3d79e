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
minutes-left = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
commitments-title = Lo que haremos antes de la próxima vez
# "You said, we did": the next café's slide about the last one.
you-said-title = Ustedes dijeron, nosotros hicimos
you-said-from = En nuestro café «{ $title }» del { $date }
you-said-heard = Ustedes dijeron
you-said-did = Nosotros hicimos
you-said-none = No se anotó nada para esta parte.
state-done = Hecho
state-under-way = En marcha
state-not-yet = Todavía no
# The goodbye check at the door.
goodbye-welcome = ¿Qué tan bienvenido se sintió esta noche?
goodbye-again = ¿Volverá a venir?
goodbye-face-1 = Nada bienvenido
goodbye-face-2 = Un poco
goodbye-face-3 = Más o menos
goodbye-face-4 = Bienvenido
goodbye-face-5 = Muy bienvenido
goodbye-yes = Sí
goodbye-maybe = Tal vez
goodbye-no = No
goodbye-thanks = ¡Gracias! Que llegue bien a casa.
goodbye-skip = Saltar esta pregunta
# The welcome slide's date: a chrono pattern, and the locale whose day and month names it uses.
date-format = %A, %-d de %B de %Y
date-locale = es_ES
