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

tables-none = Este café no tiene mesas.
tables-heading = Mesas
tables-switch-hint = Ctrl+1 a Ctrl+9 cambian de mesa
tables-table = Mesa { $number }
tables-table-named = Mesa { $number } · { $name }
tables-name = Nombre
tables-host = Anfitrión/a
tables-on-screen = En pantalla ahora: { $step }
tables-step-welcome = Bienvenida
tables-step-agreements = Acuerdos del café
tables-step-question = Pregunta { $number }
tables-step-harvest = Cosecha
tables-step-closing = Cierre
tables-notes-shown = Notas que se muestran
tables-filter-current = La pregunta en pantalla ahora
tables-filter-question = Pregunta { $number }: { $text }…
tables-filter-all = Todas las notas de esta mesa
tables-outside = Fuera de las rondas
tables-empty = Aún no hay notas aquí. Escriba en el cuadro de abajo y presione Intro.
tables-next-tags = Etiquetas para la próxima nota:
tables-tag-idea = Idea
tables-tag-concern = Preocupación
tables-tag-question = Pregunta
tables-tag-action = Acción
tables-tag-quote = Cita
tables-note-box = Nota nueva (Intro la añade, Mayús+Intro empieza una línea nueva)
tables-note-hint = ¿Qué está diciendo la mesa?
tables-note-question = P{ $number } · { $time }
tables-note-outside = Fuera de las rondas · { $time }
tables-question = Pregunta { $number }: { $text }
tables-outside-tooltip = Tomada fuera de las rondas de mesa
tables-share = Compartir
tables-share-tooltip = Compartir en la cosecha
tables-private = Privada
tables-private-tooltip = Nunca se exporta ni se muestra a la sala
tables-edit = Editar
tables-edit-tooltip = Cambiar el texto o mover la nota a otra mesa
tables-delete = Borrar
tables-change-note = Cambiar la nota
tables-move-tooltip = Mover la nota a otra mesa
tables-room-on = La sala está en:
tables-previous-question = Pregunta anterior
tables-next-question = Pregunta siguiente

signin-counts-only = Este café no toma nombres: solo contar personas
signin-heading = Registro
signin-heading-change = Cambiar un registro
signin-name = Nombre
signin-came-before = Vino antes:
signin-came-before-person = { $name } · { $role } · { $language } · última vez: { $date }
signin-language-not-given = idioma no indicado
signin-pick-keys = { $move } y { $pick } para elegir
signin-unreadable = { $count ->
    [one] No se pudo leer { $count } archivo de un café anterior; no se sugieren personas de ese café.
   *[other] No se pudieron leer { $count } archivos de cafés anteriores; no se sugieren personas de esos cafés.
}
signin-role = Rol
signin-role-hint = escriba 1–9 o una inicial
signin-role-parent = Madre o padre
signin-role-grandparent = Abuela o abuelo
signin-role-other-caregiver = Otra persona cuidadora
signin-role-teacher = Docente
signin-role-other-staff = Otro personal escolar
signin-role-community-partner = Aliado comunitario
signin-role-interpreter = Intérprete
signin-role-childcare-volunteer = Voluntario de guardería
signin-role-other = Otro
signin-household = Vino con (familia)
signin-household-hint = p. ej., la familia Díaz
signin-children = Niños en cuidado infantil
signin-language = Idioma preferido
signin-interpreter = Necesita intérprete
signin-returning = Ya vino antes (no es su primera visita)
signin-photos = Acepta fotos y que se citen sus palabras
signin-contact = Acepta que lo contacten
signin-phone = Teléfono
signin-email = Correo electrónico
signin-table = Mesa
signin-suggested-table = sugerida: mesa { $table }
signin-suggested = sugerida (menos personas, familias juntas)
signin-table-too-full = La mesa { $table } tendría { $count } personas: más de { $limit } son demasiadas para una buena conversación.
signin-need-name = Escriba el nombre de la persona (o cambie a solo contar personas).
signin-need-role = Elija un rol: escriba su número o su inicial en el cuadro Rol.
signin-save-changes = Guardar cambios
signin-cancel = Cancelar
signin-signed-in = Registrados
signin-find = Buscar a alguien
signin-table-full = La mesa { $table } tiene { $count } personas: son demasiadas
signin-name-erased = (nombre borrado)
signin-entry = { $role } · { $time }
signin-entry-at-table = { $role } · mesa { $table } · { $time }
signin-undo-check-in = Deshacer registro
signin-change = Cambiar
signin-erase = Borrar datos personales…
signin-erase-tooltip = Quita el nombre y los datos de contacto; las cuentas se mantienen
signin-erase-confirm = ¿Borrar para siempre el nombre y los datos de contacto de { $name }? No se puede deshacer; las cuentas se mantienen.
signin-erase-yes = Sí, borrar a { $name }
signin-erase-no = No, conservar
signin-count-heading = Contar personas
signin-count-intro = No se guarda ningún nombre. Presione + cuando llegue cada persona.
signin-count-language = Idioma (opcional)
signin-share-heading = Compartir y borrar
signin-include-names = Incluir nombres (datos de contacto solo de quienes aceptaron)
signin-export-report = Guardar el informe de asistencia (para imprimir)
signin-export-csv = Guardar la asistencia como CSV
signin-export-sheet = Guardar una hoja de firmas en blanco
signin-saved-in = Se guarda en { $folder }
signin-erase-all = Borrar los datos personales de todo el café
signin-erase-all-confirm = { $count ->
    [one] ¿Borrar el nombre y los datos de contacto de la única persona registrada? Las cuentas se mantienen.
   *[other] ¿Borrar los nombres y los datos de contacto de las { $count } personas? Las cuentas se mantienen.
}
signin-erase-all-yes = Sí, borrarlos
signin-erase-all-no = No
signin-named-exports = { $count ->
    [one] { $count } archivo exportado guarda nombres (borrar aquí no lo cambia):
   *[other] { $count } archivos exportados guardan nombres (borrar aquí no los cambia):
}
signin-delete-files = Borrar estos archivos
signin-here = { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
}
signin-figures = { $first ->
    [one] { $first } primera visita
   *[other] { $first } primeras visitas
} · { $interpreter ->
    [one] { $interpreter } necesita intérprete
   *[other] { $interpreter } necesitan intérprete
} · { $children ->
    [one] { $children } niño en cuidado infantil
   *[other] { $children } niños en cuidado infantil
}
signin-language-not-given-count = Sin indicar

harvest-shared-heading = Lo que compartieron las mesas
harvest-shared-intro = Notas marcadas «Compartir» en las mesas. Elija un tema a la derecha y luego añádale notas.
harvest-take-out = Quitar del tema
harvest-add-to = Añadir al tema
harvest-none-shared = Aún no hay notas marcadas para compartir.
harvest-themes = Temas
harvest-show = Mostrar en el proyector
harvest-showing = En el proyector
harvest-new-theme = Tema nuevo
harvest-add-theme = Añadir tema
harvest-theme-line = { $title }  ·  { $tables ->
    [one] { $tables } mesa
   *[other] { $tables } mesas
}, { $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
}
harvest-rename = Renombrar
harvest-delete-theme = Borrar tema
harvest-new-title = Título nuevo
harvest-save = Guardar
harvest-cancel = Cancelar
harvest-commitments = Compromisos y acciones
harvest-commitments-intro = Lo que las personas y la escuela harán antes del próximo café.
harvest-what = Qué
harvest-who = Quién (opcional)
harvest-due = Para el (AAAA-MM-DD, opcional)
harvest-bad-date = Escriba la fecha como año-mes-día, por ejemplo 2026-12-10.
harvest-add-commitment = Añadir compromiso
harvest-remove = Quitar
harvest-commitment-owner = { $text } — { $owner }
harvest-commitment-due = { $text } (para el { $date })
harvest-commitment-owner-due = { $text } — { $owner } (para el { $date })

# (los mensajes de mesas, registro y cosecha van encima de esta línea)

## Revisar cafés anteriores: la biblioteca, un informe, la búsqueda, las series.

# (los mensajes de revisión van encima de esta línea)
