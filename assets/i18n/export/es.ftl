# Las palabras de las exportaciones: informes de café, resúmenes de serie, asistencia, hojas
# de registro y el expediente de la escuela. Cada título empieza con las palabras de su tipo.
title-report = Informe del café: { $name }
title-series = Resumen de la serie: { $name }
title-attendance = Asistencia: { $name }
title-sign-in-sheet = Hoja de registro: { $name }
title-evidence = Registro de participación familiar: { $name }
date-long = %A, %-d de %B de %Y
date-short = %-d %b %Y
date-locale = es_ES
fewer-than-five = menos de 5
no-figure = sin dato
not-known = no se sabe
at-least = al menos { $count }
not-named = sin nombre
name-left-out = nombre omitido
no-date = sin fecha
done = hecho
open = pendiente
yes = sí
no = no
list-and = { $rest } y { $last }
people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
first-visits = { $count ->
    [one] { $count } primera visita
   *[other] { $count } primeras visitas
}
first-visits-not-known = primeras visitas: no se sabe
interpreter-needed-count = { $count } necesitaron intérprete
interpreter-not-known = necesidad de intérprete: no se sabe
childcare-count = { $count ->
    [one] { $count } niño en la guardería
   *[other] { $count } niños en la guardería
}
childcare-not-known = guardería: no se sabe
report-contains = Este informe contiene las preguntas, las notas de cada mesa, los temas, las acciones y los recuentos de asistencia de un café. { $private ->
    [one] Se omitió { $private } nota privada.
   *[other] Se omitieron { $private } notas privadas.
} { $names }
report-with-names = Incluye nombres: quien facilitó, quienes atendieron las mesas y quién asumió cada acción.
report-without-names = No contiene ningún nombre: se omiten quien facilitó, quienes atendieron las mesas y quién asumió cada acción.
facilitated-by = facilitado por { $name }
series-is = serie: { $name }
minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
guide-line = Guía: { $guide }. { $purpose }
who-came = Quién vino
came = Vinieron { $people }: { $first }; { $interpreter }; { $childcare }.
came-counted = Vinieron { $people } (contadas en la puerta, sin tomar nombres): { $first }; { $interpreter }; { $childcare }.
by-role = Por papel: { $list }.
by-language = Por idioma: { $list }.
time-planned-actual = Tiempo: previsto y real
step = Paso
planned-minutes = Minutos previstos
actual-minutes = Minutos reales
until-the-end = hasta el final
skipped = { $count ->
    [one] No se hizo en este café: la pregunta { $list }.
   *[other] No se hicieron en este café: las preguntas { $list }.
}
question-heading = Pregunta { $number }: { $text }
points-came-up = Puntos que surgieron
other-notes = Otras notas
no-notes = Sin notas.
table-host = { $table } (anfitrión: { $host })
another-table = Otra mesa
themes = Temas
no-themes = No se reunieron temas.
theme-raised = { $theme } — lo plantearon { $tables ->
    [one] { $tables } mesa
   *[other] { $tables } mesas
} ({ $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
})
actions = Acciones
no-actions = No se anotaron acciones.
action-line = { $action } — quién: { $who }; para: { $due }
chart-people-by-role = Personas por papel
chart-minutes = Minutos por paso, previstos y reales
people-column = Personas
planned = Previsto
actual = Real
min = min
theme = Tema
tables = Mesas
notes = Notas
action = Acción
who = Quién
by = Para
status = Estado
attendance-contains-names = Este informe de asistencia contiene los recuentos y una línea por persona, con nombres, y datos de contacto solo de quienes aceptaron que se les contacte.
attendance-contains = Este informe de asistencia contiene los recuentos y una línea por persona, sin nombres ni datos de contacto.
sign-ins = Registros
time = Hora
role = Papel
language = Idioma
table = Mesa
name = Nombre
household = Familia
contact-with-consent = Contacto (con permiso)
photos-ok = ¿Fotos y citas, sí?
csv-checked-in = registro
csv-role = papel
csv-language = idioma
csv-interpreter = necesita intérprete
csv-first-visit = primera visita
csv-childcare = niños en la guardería
csv-table = mesa
csv-name = nombre
csv-household = familia
csv-consent-contact = acepta contacto
csv-phone = teléfono
csv-email = correo
csv-consent-photos = acepta fotos y citas
sheet-contains = Una hoja de registro en blanco para llenar a mano. No contiene datos de nadie hasta que se escriban; guarde las hojas llenas en un lugar seguro y privado.
sheet-heading = Regístrese, por favor: { $name }
sheet-roles = Papel: madre o padre, abuela o abuelo, otra persona que cuida, docente, otro personal de la escuela, organización de la comunidad u otro. Datos de contacto solo si desea que le contactemos.
sheet-time = Hora de llegada
sheet-name = Nombre
sheet-role = Papel
sheet-language = Idioma de casa
sheet-interpreter = ¿Intérprete?
sheet-first = ¿Primer café?
sheet-childcare = Niños en la guardería
sheet-contact = ¿Podemos contactarle? Teléfono o correo
sheet-photos = ¿Fotos y citas, sí?
sheet-signature = Firma
series-contains = Este resumen contiene los recuentos de asistencia, qué fue de las acciones, la despedida, las etiquetas y los temas que se repiten y las acciones de { $cafes ->
    [one] { $cafes } café
   *[other] { $cafes } cafés
} de esta serie. No contiene notas y { $names }.
series-with-names = solo nombra a quién asumió cada acción
series-without-names = ningún nombre
follow-through = Qué fue de las acciones de cada café en el café siguiente
actions-agreed = Acciones acordadas
done-by-next = Hechas para el café siguiente
still-open = Aún pendientes
no-next-cafe = aún no hay café después
goodbye-each = La despedida en cada café
goodbye-each-about = Cuán bienvenidas se sintieron las familias y si volverán, en cada café donde alguien respondió; la tasa de respuesta es la de las respuestas entre las personas que vinieron.
goodbye-none = Nadie respondió a la despedida en ningún café de esta serie.
answered = Respondieron
answered-again = Respondieron «¿Volverá a venir?»
response-rate = Tasa de respuesta
per-cent = { $count } %
column-of = { $group }: { $name }
who-came-each = Quién vino a cada café
date = Fecha
cafe = Café
first-visits-column = Primeras visitas
returning = Volvieron
interpreter-needed = Necesitó intérprete
childcare = Guardería
people-by-role = Personas por papel
languages = Idiomas
tags-frequent = Etiquetas de las notas, las más frecuentes primero
no-tags = Ninguna nota tiene etiqueta.
themes-by-cafes = Temas, por el número de cafés que los plantearon
theme-cafes = { $theme } — { $count ->
    [one] { $count } café
   *[other] { $count } cafés
}
cafes-count = { $count ->
    [one] { $count } café
   *[other] { $count } cafés
}
action-from = { $action } — quién: { $who }; para: { $due }; del café del { $date }
chart-people-each = Personas en cada café
chart-first-returning = Primeras visitas y personas que volvieron
first-visit = Primera visita
evidence-contains = Este registro reúne lo que la documentación de participación familiar de la escuela pide de un café: cuándo y dónde, los idiomas, cómo se invitó a las familias, el programa previsto y real, los recuentos de asistencia (un grupo de menos de 5 personas figura como «menos de 5»), lo que dijeron las familias por tema, las acciones, la despedida y a quién se envió el resumen. { $names }
evidence-with-names = Nombra a quién asumió cada acción.
evidence-without-names = No contiene ningún nombre.
evidence-date = Fecha
evidence-start-end = Empezó y terminó
evidence-start-end-value = de { $start } a { $end }
evidence-place = Lugar
evidence-languages = Idiomas ofrecidos
evidence-interpreters = Intérpretes presentes
evidence-invited = Cómo se invitó a las familias
evidence-not-recorded = no consta
evidence-agenda = Programa: previsto y real
evidence-planned-start = Inicio previsto
evidence-actual-start = Inicio real
evidence-attendance = Asistencia
evidence-total = { $people } en total.
evidence-by-role = Por papel
evidence-by-language = Por idioma
evidence-first-visit = Primera visita
evidence-first-visit-yes = Primer café
evidence-first-visit-no = Ya vino antes
evidence-count = Personas
evidence-said = Lo que dijeron las familias, por tema
evidence-actions = Acciones de este café
evidence-earlier-actions = Acciones aún pendientes de cafés anteriores
evidence-no-earlier = No queda pendiente ninguna acción de un café anterior de esta serie.
evidence-goodbye = La despedida
evidence-goodbye-none = Nadie respondió en la despedida.
evidence-goodbye-answered = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
evidence-welcome = ¿Qué tan bienvenido se sintió esta noche?
evidence-face-1 = Nada bienvenido
evidence-face-2 = Un poco
evidence-face-3 = Más o menos
evidence-face-4 = Bienvenido
evidence-face-5 = Muy bienvenido
evidence-again = ¿Volverá a venir?
evidence-again-yes = Sí
evidence-again-maybe = Tal vez
evidence-again-no = No
evidence-sent-to = Resumen enviado a
