# Interfaz de Café Host, español. Las mismas claves que en.ftl.

## Cuentas: las formas del plural siguen las reglas de cada idioma.

notes-count = { $count ->
    [one] { $count } nota
   *[other] { $count } notas
}
questions-count = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
tables-count = { $count ->
    [one] { $count } mesa
   *[other] { $count } mesas
}
people-here = { $count ->
    [one] { $count } persona presente
   *[other] { $count } personas presentes
}
first-visits = { $count ->
    [one] { $count } primera visita
   *[other] { $count } primeras visitas
}
points-came-up = { $count ->
    [one] { $count } punto salió
   *[other] { $count } puntos salieron
}

## Lo que hace cada tecla, para la lista de teclas (F1).

command-next-step = Poner el paso siguiente en el proyector
command-previous-step = Volver un paso atrás
command-first-step = Volver a la bienvenida
command-last-step = Ir al cierre
command-black = Pantalla negra para la sala (otra vez para mostrar)
command-white = Pantalla blanca para la sala (otra vez para mostrar)
command-freeze = Congelar lo que ve la sala mientras usted mira más adelante
command-move-tables = Pedir a la sala que cambie de mesa (otra vez para volver)
command-toggle-timer = Iniciar o pausar el reloj de la ronda
command-reset-timer = Reiniciar el reloj para esta pregunta
command-add-minute = Un minuto más para esta ronda
command-remove-minute = Un minuto menos para esta ronda
command-show-themes = Mostrar a la sala los temas de la cosecha (otra vez para volver)
command-toggle-projector = Abrir o cerrar la ventana del proyector
command-show-presenter = La consola de presentación
command-show-tables = Notas de las mesas
command-show-harvest = La cosecha: temas y compromisos
command-show-sign-in = La mesa de registro
command-show-past-cafes = Revisar cafés anteriores: la biblioteca, informes, búsqueda y series (otra vez para volver)
command-select-table = Mostrar las notas de esta mesa y escribir la siguiente
command-tag-next-note = Etiquetar la próxima nota: 1 idea, 2 preocupación, 3 pregunta, 4 acción, 5 cita (otra vez para quitar)
command-add-note = Añadir la nota a esta mesa (Mayús+Intro empieza una línea nueva)
command-save-note-edit = Guardar la nota cambiada (hacer clic en otro lugar también guarda)
command-cancel-note-edit = Dejar la nota como estaba
command-check-in = Registrar a la persona del formulario
command-suggestion-down = Bajar en la lista de personas que vinieron antes
command-suggestion-up = Subir en la lista de personas que vinieron antes
command-pick-suggestion = Llenar el formulario con la persona que vino antes
command-undo = Deshacer el último cambio en notas, temas, compromisos o registros
command-redo = Rehacer lo que se deshizo
command-help = Mostrar u ocultar la lista de teclas
command-escape = Cerrar la lista de teclas, o sacar el proyector de pantalla completa
command-quit = Guardar todo y cerrar Café Host

## Nombres de las teclas.

key-next = Av Pág, Flecha derecha, Espacio
key-previous = Re Pág, Flecha izquierda
key-first = Inicio
key-last = Fin
key-black = B o .
key-white = W o ,
key-undo = Ctrl+Z
key-redo = Ctrl+Y o Ctrl+Mayús+Z
key-help = F1 o ?
key-leave-fullscreen = Esc

## Avisos para quien facilita.

room-languages-missing = Las diapositivas fijas aún no tienen textos en { $missing }; se muestran en { $shown }.

## Fuentes: se dice una vez cuando ninguna fuente del equipo puede dibujar una escritura.

font-missing = No se puede mostrar texto en { $script }: instale una fuente como { $font } y vuelva a abrir Café Host.
script-arabic = árabe
script-hebrew = hebreo
script-cjk = chino, japonés o coreano
script-devanagari = devanagari (hindi, nepalí, maratí)
script-bengali = bengalí
script-ethiopic = etíope (amárico, tigriña)
script-khmer = jemer
script-thai = tailandés
script-myanmar = birmano
script-symbols = emoji o símbolos

## La consola: inicio, presentación, barra superior, avisos, cierre, lista de teclas, ventana del proyector.

# (los mensajes de la consola van encima de esta línea)

## Las mesas, la mesa de registro y la cosecha.

# (los mensajes de mesas, registro y cosecha van encima de esta línea)

## Revisar cafés anteriores: la biblioteca, un informe, la búsqueda, las series.

review-past-cafes = Cafés anteriores
review-back-to-cafe = Volver al café
review-home = Inicio
review-library-tab = Biblioteca
review-search-tab = Buscar en todas las notas
review-folder-label = Una carpeta de archivos de cafés
review-add-this-folder = Añadir esta carpeta
review-report-tab = Informe: { $title }
review-series-name = Serie: { $name }
review-saved-in = Guardado en { $file }.
review-exported-to = Exportado a { $path }
review-include-names = Incluir nombres
review-actions = Acciones
review-themes = Temas
review-reading = Leyendo los cafés: { $done } de { $total }
review-date-long = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
} { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
review-date-short = { $day } { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
review-role-parent = Madre o padre
review-role-grandparent = Abuela o abuelo
review-role-other-caregiver = Otra persona que cuida
review-role-teacher = Docente
review-role-other-staff = Otro personal de la escuela
review-role-community-partner = Organización de la comunidad
review-role-interpreter = Intérprete
review-role-childcare-volunteer = Voluntaria/o de cuidado infantil
review-role-other = Otro
review-tag-idea = Idea
review-tag-concern = Preocupación
review-tag-question = Pregunta
review-tag-action = Acción
review-tag-quote = Cita
library-add-folder = Añadir una carpeta…
library-shown = { $total ->
    [one] Se muestra { $shown } de { $total } café
   *[other] Se muestran { $shown } de { $total } cafés
}
library-find = Buscar
library-from = Desde (AAAA-MM-DD)
library-to = Hasta
library-guide = Guía
library-series = Serie
library-all = Todas
library-col-date = Fecha
library-col-title = Título
library-col-guide = Guía
library-col-series = Serie
library-col-people = Personas
library-col-first-visits = Primeras visitas
library-col-tables = Mesas
library-col-notes = Notas
library-col-themes = Temas
library-col-open-actions = Acciones abiertas
library-col-length = Duración
library-sorted-high-first = { $column } (mayor primero)
library-sorted-low-first = { $column } (menor primero)
library-sort-hint = Ordenar por esta columna
library-open-report = Abrir el informe de este café
library-open-series = Mostrar esta serie
library-minutes = { $minutes } min
library-cannot-read = No se puede leer: { $file }
library-empty = Aún no hay archivos de cafés aquí: empiece un café en Inicio, o añada una carpeta que los tenga.
report-subtitle = { $date } · { $venue } · serie: { $series } · { $minutes } minutos
report-reopen = Reabrir este café
report-export-markdown = Exportar informe (Markdown)
report-export-html = Exportar informe (página web)
report-export-csv = Exportar asistencia (CSV)
report-sign-in-sheet = Hoja de registro en blanco
report-question = Pregunta { $number }: { $text }
report-came-up = Salió: { $point }
report-other-notes = Otras notas
report-no-themes = En este café no se reunieron temas.
report-no-actions = En este café no se acordaron acciones.
report-theme = { $tables ->
    [one] { $title } — lo planteó { $tables } mesa
   *[other] { $title } — lo plantearon { $tables } mesas
}
report-action-due = { $text } — { $owner }, para el { $due } ({ $done ->
    [yes] hecho
   *[no] pendiente
})
report-action-no-date = { $text } — { $owner }, sin fecha ({ $done ->
    [yes] hecho
   *[no] pendiente
})
report-who-came = Quién vino
report-figures = { $total ->
    [one] { $total } persona
   *[other] { $total } personas
}, { $first } por primera vez, { $interpreter } necesitaron intérprete, { $children ->
    [one] { $children } niña o niño
   *[other] { $children } niñas y niños
} en el cuidado infantil
report-role-count = { $role }: { $count }
report-timing = Minutos por paso: previstos y reales
report-planned = Previstos
report-actual = Reales
report-step = { $step }: { $ended ->
    [yes] { $actual } min
   *[no] hasta el final
} ({ $has-plan ->
    [yes] { $planned } min previstos
   *[no] sin plan
})
report-step-welcome = Bienvenida
report-step-agreements = Acuerdos del café
report-step-question = Pregunta { $number }
report-step-harvest = Cosecha
report-step-closing = Cierre
report-table = Mesa { $number }
report-table-named = Mesa { $number } · { $name }
report-another-table = Otra mesa
search-heading = Buscar en todos los cafés
search-field = Buscar en notas, temas y acciones
search-reading = Leyendo los cafés: { $done } de { $total }…
search-found = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
} en { $cafes ->
    [one] { $cafes } café
   *[other] { $cafes } cafés
}
search-open-here = Abrir el informe aquí
search-kind-note = Nota
search-kind-theme = Tema
search-kind-action = Acción
search-hit = { $kind } · { $context }:{" "}
series-export-markdown = Exportar resumen (Markdown)
series-export-html = Exportar resumen (página web)
series-recurring-themes = Temas que se repiten
series-theme = { $cafes ->
    [one] { $theme } — { $cafes } café
   *[other] { $theme } — { $cafes } cafés
}
series-frequent-tags = Etiquetas más frecuentes
series-no-actions = En esta serie no se acordaron acciones.
series-tag = { $tag } { $count }
series-action = { $text } — { $owner } (de { $cafe }, { $date })
series-by-role = Personas en cada café, por papel
series-visits = Primeras visitas y personas que regresan
series-first-visit = Primera visita
series-returning = Regresan
series-languages = Idiomas a lo largo del tiempo

# (los mensajes de revisión van encima de esta línea)
