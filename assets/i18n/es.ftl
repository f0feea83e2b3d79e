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

## Roles y etiquetas de las notas, las mismas palabras en todas las pantallas.

role-parent = Madre o padre
role-grandparent = Abuela o abuelo
role-other-caregiver = Otra persona cuidadora
role-teacher = Docente
role-other-staff = Otro personal escolar
role-community-partner = Aliado comunitario
role-interpreter = Intérprete
role-childcare-volunteer = Voluntario de guardería
role-other = Otro
tag-idea = Idea
tag-concern = Preocupación
tag-question = Pregunta
tag-action = Acción
tag-quote = Cita

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
command-show-projector = Abrir la ventana del proyector, o volver a ponerla en pantalla completa en su pantalla (nunca la cierra)
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
command-undo-edit = Deshacer el último cambio en la guía
command-redo-edit = Rehacer el cambio en la guía que se deshizo
command-save-guide = Guardar la guía
command-move-step-up = Subir la pregunta elegida en la agenda
command-move-step-down = Bajar la pregunta elegida en la agenda
command-help = Mostrar u ocultar la lista de teclas
command-escape = Cerrar la lista de teclas (Esc nunca saca el proyector de pantalla completa)
command-quit = Guardar todo y cerrar Café Host

## Avisos para quien facilita.

room-languages-missing = Las diapositivas fijas aún no tienen textos en { $missing }; se muestran en { $shown }.

## Fuentes: se dice una vez cuando ninguna fuente del equipo puede dibujar una escritura.

font-missing = No se puede mostrar texto en { $script }: instale una fuente como { $font } (paquete de Debian { $package }) y vuelva a abrir Café Host.
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
script-latin = alfabeto latino (vietnamita y otras letras con signos)
script-greek = griego
script-cyrillic = cirílico

## La consola: inicio, presentación, barra superior, avisos, cierre, lista de teclas, ventana del proyector.
# La tabla de órdenes: el nombre de cada orden en los botones (su descripción es su clave sin -label).
command-next-step-label = Paso siguiente
command-previous-step-label = Paso anterior
command-first-step-label = Primer paso
command-last-step-label = Último paso
command-black-label = Negro
command-white-label = Blanco
command-freeze-label = Congelar
command-move-tables-label = Cambiar de mesa
command-toggle-timer-label = Iniciar o pausar
command-reset-timer-label = Reiniciar
command-add-minute-label = +1 min
command-remove-minute-label = −1 min
command-show-themes-label = Temas en pantalla
command-show-projector-label = Proyector
command-close-projector-label = Cerrar proyector
command-close-projector = Cerrar la ventana del proyector (ninguna tecla la cierra)
command-leave-fullscreen-label = Salir de pantalla completa
command-leave-fullscreen = Poner el proyector en una ventana; F5 lo vuelve a poner en pantalla completa
command-test-clicker-label = Probar el control remoto…
command-test-clicker = Ver qué tecla envía cada botón de su control remoto, sin mover el café
command-show-presenter-label = Presentación
command-show-tables-label = Mesas
command-show-harvest-label = Cosecha
command-show-sign-in-label = Registro
command-show-past-cafes-label = Cafés anteriores
command-select-table-label = Cambiar a la mesa
command-tag-next-note-label = { $tag ->
    [idea] Etiqueta: idea
    [concern] Etiqueta: preocupación
    [question] Etiqueta: pregunta
    [action] Etiqueta: acción
   *[quote] Etiqueta: cita
}
command-add-note-label = Añadir nota
command-save-note-edit-label = Guardar
command-cancel-note-edit-label = Cancelar
command-check-in-label = Registrar
command-suggestion-down-label = Sugerencia siguiente
command-suggestion-up-label = Sugerencia anterior
command-pick-suggestion-label = Elegir
command-undo-label = Deshacer
command-redo-label = Rehacer
command-undo-edit-label = Deshacer
command-redo-edit-label = Rehacer
command-save-guide-label = Guardar
command-move-step-up-label = Subir
command-move-step-down-label = Bajar
command-help-label = Teclas
command-escape-label = Cerrar la lista de teclas
command-quit-label = Salir
command-go-home-label = Inicio
command-go-home = Volver a la pantalla de inicio; el café queda guardado
command-cafe-label = Cambiar el café
command-cafe = Un cambio en el café
command-start-label = Empezar el café
command-start = Empezar un café nuevo con la guía elegida
command-open-label = Abrir
command-open = Abrir un café desde su archivo de sesión
command-open-table-label = Solo la mesa
command-open-table = Modo mesa: solo las notas de esta mesa y un cuadro grande para escribir
command-import-label = Importar
command-import = Traer las notas de la copia de este café en otra computadora
command-shared-label = Compartir
command-shared = Compartir este café con las computadoras de las mesas mediante una carpeta compartida, o unirse a uno compartido allí
command-take-over-label = Sí, allí está cerrado: tomar el control
command-take-over = Hacer cambios aquí; solo cuando el café esté cerrado en la otra computadora
command-recover-label = Recuperar
command-recover = Decidir qué pasa con una copia más reciente de un café
command-fullscreen-label = Pantalla completa…
command-fullscreen = Poner la ventana del proyector en pantalla completa en una pantalla
command-refresh-monitors-label = Buscar pantallas otra vez
command-refresh-monitors = Después de conectar un proyector
command-dismiss-notice-label = Descartar
command-dismiss-notice = Ocultar este mensaje
command-export-attendance-label = Guardar asistencia
command-export-attendance = Guardar la asistencia en la carpeta de exportaciones
command-review-label = Revisar
command-review = Revisar cafés anteriores
command-guides-label = Guías
command-guides = Crear, cambiar o quitar una guía
command-add-past-folder-label = Añadir esta carpeta
command-add-past-folder = Listar también los archivos de café de otra carpeta
command-delete-named-exports-label = Borrar estos archivos
command-delete-named-exports = Borrar las exportaciones guardadas que tienen nombres
command-goodbye-check-label = Despedida
command-goodbye-check = Girar esta computadora hacia las familias en la puerta: una pregunta con cinco caras. La misma tecla la cierra; el toque de una familia no puede
command-goodbye-answer-label = Respuesta de la despedida
command-goodbye-answer = En la puerta: la cara con este número (1 la más triste, 5 la más feliz); en la segunda pregunta 1 sí, 2 tal vez, 3 no
command-set-language-label = Idioma
command-set-language = El idioma de las palabras de la aplicación (las diapositivas de la sala siguen los idiomas de la guía)
command-closing-label = Cerrar
command-closing = Qué hacer con los cambios que no se pudieron guardar

# La lista de teclas (F1): nombres de teclas, dónde funcionan y si funcionan mientras se escribe.
help-key-shift = Mayús
help-key-page-down = Av Pág
help-key-page-up = Re Pág
help-key-right = Flecha derecha
help-key-left = Flecha izquierda
help-key-up = Flecha arriba
help-key-down = Flecha abajo
help-key-space = Espacio
help-key-enter = Intro
help-key-home = Inicio
help-key-end = Fin
help-either = { $first } o { $second }
help-where-everywhere = en todas partes
help-where-cafe = un café abierto (no en modo mesa)
help-where-presenter = presentación
help-where-tables = mesas
help-where-harvest = cosecha
help-where-sign-in = registro
help-where-table-mode = modo mesa
help-where-past-cafes = cafés anteriores
help-where-guide-editor = editor de guías
help-where-goodbye = despedida
help-where-but-the-door = en todas partes menos la despedida
help-where-keys-only = { $where }; { $keys }: solo { $only }
help-typing-yes = sí
help-typing-no = no
help-typing-note-box = en el cuadro de notas
help-typing-empty-note-box = en un cuadro de notas vacío
help-typing-note-edit = al editar una nota
help-typing-name-suggestions = en el cuadro del nombre, con personas en la lista
help-typing-only = solo { $keys }
help-title = Teclas
help-close = Cerrar
help-intro = Las teclas que funcionan en esta página llevan ✔ y se ven claras; las demás, en gris. Las letras, el Espacio y las flechas solo funcionan en la presentación, y nunca mientras un cuadro, botón, casilla o menú tiene el teclado.
help-head-keys = Teclas
help-head-what = Qué hacen
help-head-where = Dónde
help-head-typing = Al escribir

# Piezas pequeñas de las pantallas de la consola: el estado del guardado y el selector de archivos.
widget-read-only = Solo lectura
widget-saved-at = Guardado { $time }
widget-no-changes = Sin cambios todavía
widget-saving = Guardando…
steady-more-below = ↓ Hay más abajo: desplácese
widget-file-kind = Sesión de café
widget-choose-file = Elegir un archivo…
widget-choose-folder = Elegir una carpeta…
widget-waiting-chooser = Esperando el selector de archivos…
widget-no-chooser = No se pudo mostrar un selector de archivos en esta computadora. Escriba la ruta del archivo en el cuadro de abajo.
widget-type-path = o escriba su ruta:
widget-path-hint = /ruta/a/la/sesion.ron
widget-folder-hint = /ruta/a/la/carpeta
widget-guide-file-kind = Guía de Café Host

# Inicio.
home-intro = Dirija un Café para Padres: las preguntas en el proyector, sus notas al lado y todo guardado sobre la marcha.
home-review-past = Revisar cafés anteriores
home-start-heading = Empezar un café nuevo
home-choose-guide = 1. Elija una guía
home-guide-unusable = { $name } no se puede usar
home-about-heading = 2. Sobre este café
home-title = Título
home-date = Fecha (AAAA-MM-DD)
home-venue = Lugar
home-facilitator = Facilitador/a
home-series = Serie (vacía: la guía)
home-tables = Número de mesas
home-problem-date = Escriba la fecha como año-mes-día, por ejemplo 2026-11-24.
home-problem-title = Póngale un título al café.
home-problem-guide = Elija una guía.
home-recent-heading = Cafés recientes
home-no-cafes = Todavía no hay cafés: empiece uno a la izquierda.
home-recent-looking = Buscando sus cafés…
home-table-mode-number = ¿Una computadora para una sola mesa? Número de mesa:
home-older-cafes = { $count ->
    [one] y { $count } café más antiguo en { $folder }
   *[other] y { $count } cafés más antiguos en { $folder }
}
home-open-file = Abrir un archivo de sesión
home-open-title = Abrir un café
home-resume = Continuar
home-table-only = Solo la mesa { $number }
home-recent-finished = { $date } · terminado
home-recent-in-progress = { $date } · en curso, en { $step }
home-file-unusable = Este archivo de sesión no se puede abrir
home-recovery-heading = Hay una copia más reciente de «{ $title }» esperando
home-recovery-why = Sus cambios más recientes no se pudieron guardar en { $file }. { $why } La copia está en el paso { $step }.
home-recovery-why-kept = Sus cambios más recientes no se pudieron guardar en { $file }. { $why } La copia se guardó el { $date } a las { $time } y está en el paso { $step }.
home-recovery-older = Ese archivo tiene una versión más antigua.
home-recovery-changed-elsewhere = { $count ->
    [one] Ese archivo también tiene { $count } cambio hecho por otra copia de Café Host; al recuperar se conserva también.
   *[other] Ese archivo también tiene { $count } cambios hechos por otra copia de Café Host; al recuperar se conservan también.
}
home-recovery-other-cafe = Ese archivo ahora tiene otro café.
home-recovery-unreadable = Ese archivo no se puede leer: { $error }.
home-recover-newer = Recuperar la copia más reciente
home-recover-newer-hint = Abrirla y guardarla en el archivo del café, junto con lo que el archivo tenga y la copia no
home-recover-last-saved = Abrir la última versión guardada
home-recover-last-saved-hint = Abrir el archivo del café tal como está; la copia más reciente se descarta
home-recover-read-only = Ver la copia en solo lectura
home-recover-read-only-hint = No cambiar nada todavía; puede decidir más tarde
join-heading = Unirse a un café compartido…
join-intro = En la computadora de una mesa: elija la carpeta que su programa de sincronización (Syncthing, Nextcloud, OneDrive) o la carpeta de red comparte con la computadora de quien facilita. Se muestran los cafés compartidos allí; elija su mesa y esta computadora toma las notas de esa mesa, con la pregunta que ve la sala.
join-choose-title = La carpeta compartida
join-look = Buscar cafés aquí
join-looking = Buscando cafés…
join-cannot-look = No se puede buscar allí: { $error }.
join-none = Todavía no hay ningún café compartido en { $folder }. Cuando la computadora de quien facilita comparta uno y su programa de sincronización lo haya traído, vuelva a buscar.
join-unreadable = Todavía no se puede leer un café de allí (puede que aún esté llegando): { $error }
join-table-number = Esta computadora es para la mesa:
join-cafe-line = { $date } · compartido desde { $computer } · { $tables }
join-as-table = Unirse como mesa { $number }
join-no-such-table = Este café no tiene mesa { $number }.
home-templates = Guías que vienen con la aplicación (haga una copia para cambiar una)
home-own-guides = Sus guías
home-no-own-guides = Todavía no tiene guías propias: haga una copia de una de arriba o empiece una nueva.
home-new-guide = Guía nueva
home-new-blank = Una guía en blanco
home-new-from = Una copia de «{ $title }»
home-import-guide = Importar…
home-import-hint = Traiga un archivo de guía: una guía .ron, o una guía .md escrita en cualquier editor de texto.
home-import-title = Importar una guía
home-import-action = Importar
home-copy-to-edit = Hacer una copia para editar
home-template-hint = Esta guía viene con la aplicación y no se puede cambiar, pero una copia sí
home-edit-guide = Editar
home-duplicate-guide = Duplicar
home-rename-guide = Cambiar el nombre…
home-delete-guide = Borrar…
home-export-guide = Exportar…
home-rename-to = Título nuevo
home-rename-action = Cambiar el nombre
home-cancel = Cancelar
home-delete-ask = ¿Borrar «{ $name }»? La última guía borrada se puede recuperar.
home-delete-action = Borrar
home-undo-delete = Deshacer: recuperar «{ $title }»
home-export-as = Guardar como
home-format-markdown = Markdown (.md), para editar en cualquier editor de texto
home-format-ron = Archivo de Café Host (.ron)
home-export-title = Exportar una guía
home-export-action = Exportar
home-guide-to-fix = { $count ->
    [one] { $count } cosa por corregir (se muestra bajo la guía al elegirla)
   *[other] { $count } cosas por corregir (se muestran bajo la guía al elegirla)
}
home-more-to-fix = { $count ->
    [one] … y { $count } más: el editor muestra cada una junto a su campo.
   *[other] … y { $count } más: el editor muestra cada una junto a su campo.
}
home-guide-draft-heading = Los cambios en «{ $title }» no se guardaron (conservados el { $kept })
home-guide-draft-edit = Seguir editando
home-guide-draft-discard = Descartarlos
home-start-anyway = Empezar de todos modos
home-start-warning = { $count ->
    [one] Esta guía tiene { $count } cosa por corregir, indicada bajo ella. Pulse otra vez para empezar de todos modos.
   *[other] Esta guía tiene { $count } cosas por corregir, indicadas bajo ella. Pulse otra vez para empezar de todos modos.
}

# El plan de una serie en el Inicio: los cafés de una serie en orden, y el siguiente.
home-plan-heading = Planes de series
home-plan-intro = Planifique en orden los cafés de una serie. El Inicio dirá entonces cuál es el siguiente y lo empezará con sus datos ya puestos. Un café planificado cuenta como hecho cuando hay guardado un café de esa serie con su guía.
home-plan-next = Siguiente de la serie «{ $series }»: { $guide } el { $date } en { $venue }
home-plan-next-no-venue = Siguiente de la serie «{ $series }»: { $guide } el { $date }
home-plan-starts = empieza a las { $time }
home-plan-start = Empezarlo ahora
home-plan-start-hint = Empezar este café con sus datos, igual que si se hubieran escrito en el formulario
home-plan-fill = Rellenar el formulario
home-plan-fill-hint = Poner sus datos en el formulario, para cambiar algo antes de empezar
home-plan-guide-gone = Su guía «{ $guide }» ya no está: elija otra guía para él en el plan de la serie.
home-plan-summary = { $count ->
    [one] { $count } café planificado, ya hechos: { $held }
   *[other] { $count } cafés planificados, ya hechos: { $held }
}
home-plan-change = Cambiar
home-plan-done = Listo
home-plan-remove-series = Quitar la serie…
home-plan-remove-ask = ¿Quitar el plan de «{ $name }»? Los cafés ya hechos siguen guardados.
home-plan-remove-action = Quitar el plan
home-plan-name = Nombre de la serie
home-plan-rename = Cambiar el nombre
home-plan-row = { $number }. { $guide } · { $date }
home-plan-held = hecho
home-plan-earlier = Antes
home-plan-later = Después
home-plan-edit = Editar
home-plan-remove = Quitar
home-plan-guide = Guía de este café
home-plan-choose-guide = Elija una guía
home-plan-date = Fecha de este café (AAAA-MM-DD)
home-plan-venue = Lugar de este café
home-plan-time = Empieza a las (HH:MM, puede quedar vacío)
home-plan-title = Título (vacío: el de la guía)
home-plan-add = Añadir a la serie
home-plan-save = Guardar los cambios
home-plan-problem-time = Escriba la hora como horas:minutos, por ejemplo 18:30, o déjela vacía.
home-plan-problem-name = Dé a la serie un nombre que no tenga otra serie planificada.
home-plan-new-name = Nombre de una serie nueva
home-plan-new = Planificar una serie nueva
home-plan-unreadable = No se pudieron leer los planes de series: { $error } El archivo se deja como está y no se guarda nada encima.
home-plan-set-aside = Apartar el archivo y empezar planes nuevos
home-plan-set-aside-done = Los planes que no se podían leer se movieron a { $file }.
home-plan-not-saved = No se pudieron guardar los planes de series: { $error }

# Crear y guardar guías, y lo que a una guía todavía le falta.
guides-new-title = Guía nueva
guides-copy-title = { $title } (copia)
guides-deleted = Se borró «{ $title }». Se puede recuperar desde el inicio.
guides-exported = La guía se guardó en { $path }
guides-imported = Se importó «{ $title }» a sus guías.
guides-imported-to-fix = { $count ->
    [one] Se importó «{ $title }» a sus guías; tiene { $count } cosa por corregir.
   *[other] Se importó «{ $title }» a sus guías; tiene { $count } cosas por corregir.
}
guides-import-failed = { $count ->
    [one] La guía no se importó: { $error }
   *[other] La guía no se importó ({ $count } errores; `cafe-host check` los muestra todos). El primero: { $error }
}
guides-error-in-use = Esta guía está abierta en el editor de { $who }; ciérrela allí primero.
guides-error-unreadable = La guía no se puede leer: { $error }
guides-error-not-written = No se pudo escribir { $path }: { $why }
guides-error-nothing-deleted = No se borró ninguna guía, así que no hay nada que recuperar.
guides-error-not-a-guide = { $path } no es un archivo de guía, así que se dejó como estaba; elija otro nombre.
problem-no-title = La guía no tiene título.
problem-no-questions = La guía todavía no tiene preguntas.
problem-question-no-text = La pregunta { $number } no tiene texto.
problem-question-no-points = La pregunta { $number } no tiene puntos de conversación.
problem-question-not-translated = Falta la pregunta { $number } en { $language }.
problem-agreement-not-translated = Falta el acuerdo { $number } en { $language }.
problem-minutes = { $step } tiene { $minutes } minutos previstos; use de 1 a 240.
problem-over-end = La tarde se pasa { $minutes } minutos de la hora prevista para terminar.
finding-unknown-field = El campo `{ $field }` no es uno que Café Host conozca; lo que contiene no se usa.
finding-unknown-field-suggest = El campo `{ $field }` no es uno que Café Host conozca (¿quería decir `{ $suggestion }`?); lo que contiene no se usa.
finding-at = Línea { $line }, columna { $column }: { $text }

# El editor de guías.
editor-back = Volver al inicio
editor-untitled = (una guía sin título)
editor-file = Archivo: { $file }
editor-unsaved = Sin guardar todavía
editor-still-saving = La guía todavía se está guardando; inténtelo de nuevo en un momento.
editor-restored = Volvieron sus cambios sin guardar de las { $time }. Guardar los conserva; Deshacer vuelve a la guía tal como se guardó.
editor-read-only-elsewhere = Solo lectura: esta guía se está editando en { $who }. Ciérrela allí para cambiarla aquí.
editor-read-only-lock = Solo lectura: no se puede usar el bloqueo que impide que dos ventanas escriban esta guía ({ $why }).
editor-unknown-fields = El archivo tiene campos que Café Host no conoce ({ $fields }); lo que contienen no se muestra, y al guardar se dejan fuera.
editor-draft-not-kept = Los cambios sin guardar no se pueden conservar en el disco: { $error }
editor-leave-heading = ¿Guardar los cambios en «{ $title }»?
editor-leave-hint = Los cambios que no guarde se pierden.
editor-leave-save = Guardar y volver
editor-leave-save-quit = Guardar y cerrar
editor-leave-discard = No guardar
editor-leave-stay = Seguir editando
editor-agenda = La tarde
editor-details = Sobre esta guía
editor-step-to-fix = Aquí hay algo por corregir
editor-minutes-short = { $minutes } min
editor-things-to-fix = { $count ->
    [one] { $count } cosa por corregir
   *[other] { $count } cosas por corregir
}
editor-drag-hint = Arrastre para mover esta pregunta
editor-total = Total: { $hours } h { $minutes } min
editor-ends-at = Termina a las { $time }
editor-ends-at-planned = { $line } (fin previsto { $planned })
editor-add-question = Añadir una pregunta
editor-duplicate-question = Duplicar
editor-delete-question = Borrar
editor-question-of = Pregunta { $number } de { $total }
editor-minutes = Minutos
editor-welcome-hint = Registro, comida y el tema de la tarde. La sala ve el título del café, la fecha y el lugar.
editor-you-said-hint = La sala ve qué resultó del último café de la serie.
editor-harvest-hint = Cada mesa comparte sus ideas principales y usted reúne los temas. La sala ve «Cosecha».
editor-closing-hint = Compromisos y unas palabras finales. La sala ve el agradecimiento y lo que cada persona dijo que hará.
editor-main-language = { $language } (principal)
editor-question = Pregunta
editor-points = Puntos de conversación
editor-points-hint = Cosas que las mesas suelen mencionar, para ofrecerlas cuando la conversación decae. Solo usted las ve.
editor-point = Punto { $number }
editor-add-point = Añadir un punto
editor-notes = Notas para quien facilita
editor-notes-hint = Información de fondo para usted; la sala nunca la ve.
editor-resources = Recursos
editor-resources-hint = A quién contactar y qué leer, en el orden en que surgen.
editor-resource = Recurso { $number }
editor-resource-title = Título { $number }
editor-resource-detail = Detalle { $number }
editor-add-resource = Añadir un recurso
editor-agreements-hint = Se leen en voz alta y se muestran a la sala antes de la primera ronda.
editor-agreement = Acuerdo { $number }
editor-add-agreement = Añadir un acuerdo
editor-up = ↑
editor-down = ↓
editor-remove = Quitar
editor-move-up-named = Subir { $item }
editor-move-down-named = Bajar { $item }
editor-remove-named = Quitar { $item }
editor-missing-in = falta en { $language }
editor-title = Título
editor-purpose = Propósito (una o dos frases, se muestra en el inicio y en los informes)
editor-languages = Idiomas
editor-languages-hint = Los idiomas de la sala, el principal primero. Cada uno tiene su columna al editar un paso.
editor-make-main = Hacer principal
editor-make-main-hint = Sus textos pasan a ser los principales; el idioma principal pasa a ser una traducción
editor-remove-language-hint = Quita el idioma y todas sus traducciones (Ctrl+Z las recupera)
editor-add-language = Añadir un idioma
editor-choose-language = Elegir…
editor-language-code = o su código:
editor-add = Añadir
editor-clock = El horario de la tarde
editor-clock-hint = Opcional: cuándo empieza el café, para mostrar la hora de cada paso, y cuándo debe terminar.
editor-starts-at = El café empieza a las
editor-ends-by = El café termina a más tardar a las
editor-time-hint = Escriba la hora como horas y minutos, por ejemplo 18:30.
editor-room-sees = La sala ve

# La consola de presentación.
presenter-step-welcome = Bienvenida
presenter-step-you-said = Ustedes dijeron, nosotros hicimos
presenter-step-agreements = Acuerdos del café
presenter-step-question = Pregunta { $number }
presenter-step-harvest = Cosecha
presenter-step-closing = Cierre
presenter-time-of-day = Hora del día
presenter-here = { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
}
presenter-here-hint = Registradas en la mesa de registro (F6)
presenter-running = Café en curso { $time }
presenter-began = El café empezó { $time }
presenter-agenda = Agenda
presenter-agenda-question = { $ticked ->
    [0] { $step } · { $minutes } min
    [one] { $step } · { $minutes } min · { $ticked } salió
   *[other] { $step } · { $minutes } min · { $ticked } salieron
}
presenter-agenda-room-sees = { $step }  (lo ve la sala)
presenter-step-of = Paso { $position } de { $total } · { $step }
presenter-welcome = Bienvenidos a { $title }
presenter-facilitator = Facilitación: { $name }
presenter-guide = Guía:
presenter-welcome-hint = Salude a las personas mientras se registran y buscan asiento. Cuando la sala esté lista, pulse Av Pág para los acuerdos del café.
presenter-agreements-hint = Léalos en voz alta y luego pregunte: ¿hay algo que debamos añadir?
presenter-harvest-hint = Pida a cada mesa que comparta una o dos ideas clave con la sala. Preste atención a lo que aparece en más de una mesa.
presenter-closing-hint = Invite a cada persona a nombrar una pequeña cosa que hará antes del próximo café, y luego una ronda de una palabra. Agradezca a los anfitriones, a quienes cocinaron y al equipo de cuidado infantil.
presenter-goodbye-hint = Cuando las familias se van: una computadora en la puerta pregunta qué tan bienvenidas se sintieron. Solo se guardan los conteos.
goodbye-leave-hint = Facilitador: { $keys } cierra esta página
presenter-series = Serie
presenter-invited = Cómo se invitó a las familias
presenter-invited-hint = Volantes, mensajes de texto, el boletín…
presenter-sent-to = Resumen enviado a
presenter-sent-to-hint = La dirección, la oficina de participación familiar…
presenter-points = Puntos de conversación
presenter-points-hint = Marque cada uno que salió.
presenter-notes = Notas para quien facilita
presenter-no-notes = No hay notas para esta pregunta.
presenter-resources = Recursos
presenter-commitments = Compromisos (se muestran a la sala)
presenter-no-commitments = Aún no hay: añádalos en la página Cosecha (F4) cuando las personas los nombren.
presenter-commitment-due = { $line } (para el { $due })
presenter-none-ticked = No se marcó ningún punto de conversación.
presenter-came-up = Puntos que salieron
presenter-question-text = Pregunta { $number }: { $text }
presenter-up-next = A continuación
presenter-minutes-planned = { $count ->
    [one] { $count } minuto previsto
   *[other] { $count } minutos previstos
}
presenter-last-step = Este es el último paso.
presenter-room-sees = Lo que ve la sala
presenter-sees-black = PANTALLA NEGRA — pulse B para mostrar
presenter-sees-white = PANTALLA BLANCA — pulse W para mostrar
presenter-sees-move-tables = Por favor, cambien de mesa — pulse M para volver
presenter-sees-themes = Los temas de la cosecha ({ $count })
presenter-sees-welcome = La diapositiva de bienvenida
presenter-sees-you-said = Ustedes dijeron, nosotros hicimos
presenter-still-open = { $count ->
    [one] Una acción sigue pendiente de cafés anteriores
   *[other] { $count } acciones siguen pendientes de cafés anteriores
}
you-said-from-cafe = Del café «{ $title }» del { $date }.
you-said-hint = Cambie las palabras antes de la tarde, en cada idioma de la sala; marque cuánto ha avanzado cada acción. La sala lo ve mientras lo cambia.
you-said-heard-heading = Ustedes dijeron (los temas que escuchó el café)
you-said-did-heading = Nosotros hicimos (sus acciones)
you-said-no-actions = El último café no anotó acciones.
you-said-from-earlier = prometida por primera vez en «{ $title }»
you-said-state-done = Hecho
you-said-state-under-way = En marcha
you-said-state-not-yet = Todavía no
presenter-sees-agreements = Los acuerdos del café
presenter-sees-harvest = La diapositiva de la cosecha
presenter-sees-closing = La diapositiva de cierre
presenter-sees-frozen-on = CONGELADO en: { $slide } — pulse F para descongelar
presenter-sees-frozen = { $slide } (congelado)
presenter-timer-nearly = Casi es la hora
presenter-timer-last-minute = Último minuto
presenter-timer-overtime = TIEMPO EXCEDIDO
presenter-timer-pause = Pausar
presenter-timer-pause-hint = Pausar el reloj de la ronda
presenter-timer-start = Iniciar
presenter-timer-start-hint = Iniciar el reloj de la ronda
presenter-timer-resume = Reanudar
presenter-timer-resume-hint = Seguir con el reloj de la ronda
presenter-round-of = Ronda de { $minutes } min
presenter-earlier-step = un paso anterior
presenter-still-timing = El reloj sigue con la ronda de { $from }. { $reset } pone el reloj en los { $minutes } min de esta pregunta; { $start } lo inicia.
presenter-open-projector = Abrir proyector
presenter-projector-fullscreen = Pantalla completa
presenter-projector-window = Ajustes del proyector
presenter-projector-window-hint = En qué pantalla está el proyector, salir de pantalla completa, cerrarlo, la traducción y el reloj en pantalla, y probar un control remoto
presenter-translation = Traducción
presenter-translation-none = Ninguna
presenter-timer-on-screen = Mostrar reloj
presenter-bright-room = Sala con luz: texto oscuro sobre blanco
presenter-bright-room-hint = Para una sala que no se puede oscurecer: el proyector muestra letras oscuras sobre fondo blanco. El café lo recuerda.
presenter-this-screen = Esta pantalla
projector-window-title = Proyector de Café Host — { $title }
projector-screen = Pantalla { $number }

# La barra sobre un café abierto, e importar notas.
nav-table-mode = Modo mesa · Mesa { $number }
nav-drafts-error = Las notas a medio escribir no se están guardando en el disco: { $error }
nav-read-only = Solo lectura: aquí no se puede cambiar nada, porque { $reason }.
nav-leave-read-only = No, dejarlo en solo lectura
nav-take-over = Tomar el control…
nav-import-heading = Importar notas…
nav-import-intro = Traer las notas de la copia de este café en otra computadora.
nav-import-title = Importar notas
share-heading = Compartir este café con las computadoras de las mesas…
share-intro = Elija una carpeta que su programa de sincronización (Syncthing, Nextcloud, OneDrive) o una carpeta de red mantenga entre esta computadora y las de las mesas. Cada computadora escribe solo su propio archivo allí; sus notas llegan aquí mientras se escriben, y cada computadora de mesa muestra la pregunta en pantalla.
share-choose-title = La carpeta compartida
share-here = Compartir en esta carpeta
share-shared-in = Compartido en la carpeta { $folder }. Las computadoras de las mesas se unen desde Inicio, en "Unirse a un café compartido…".
share-stop = Dejar de compartir
share-written = Copia compartida escrita a las { $time }
share-writing = Escribiendo la copia compartida…
share-not-written = No se escribió la copia compartida: { $error }. El café sí está guardado; se vuelve a intentar.
laptops-heading = Computadoras
laptops-none = Ninguna computadora de mesa ha escrito aquí todavía. Cuando una se una, aparecerá aquí.
laptops-unwatched = Esta carpeta no se puede vigilar ({ $error }); se revisa cada pocos segundos.
laptops-table = Mesa { $number }
laptops-facilitator = La computadora de quien facilita
laptops-other-copy = Otra copia: { $file }
laptops-computer = En { $computer }
laptops-conflict-copy = En { $computer } (una copia en conflicto hecha por el programa de sincronización; se combina como cualquier otra)
laptops-last-note = Nota más reciente a las { $time }
laptops-heard = Último cambio visto a las { $time }
laptops-quiet = { $count ->
    [one] Sin noticias desde hace { $count } minuto: revise la computadora y su programa de sincronización.
   *[other] Sin noticias desde hace { $count } minutos: revise la computadora y su programa de sincronización.
}
laptops-problem = Su archivo no se puede usar: { $error }
merge-counts = { $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
}, { $tables ->
    [one] { $tables } mesa
   *[other] { $tables } mesas
}, { $themes ->
    [one] { $themes } tema
   *[other] { $themes } temas
}, { $commitments ->
    [one] { $commitments } compromiso
   *[other] { $commitments } compromisos
} y { $signins ->
    [one] { $signins } registro de llegada
   *[other] { $signins } registros de llegada
}
nav-imported = Se importaron { $counts } (nuevos o más recientes) de { $file }.
nav-imported-nothing = Nada nuevo: todas las notas de esa copia ya están aquí.
import-error-file = No se pudo importar. { $problem }
import-error-different = No se importó: son dos cafés distintos («{ $ours }» y «{ $theirs }»); solo se pueden juntar copias del mismo café.
import-error-too-large = No se importó: juntas ocuparían { $size }, más de lo que Café Host puede abrir ({ $limit }), así que no se cambió nada. Importe una copia con menos notas, o quite notas que no hagan falta.
import-error-read-only = Este café está abierto en solo lectura, así que no se importó nada.
import-error-own-file = Ese es el archivo de este mismo café; elija la copia de la otra computadora.
open-error-file = No se pudo abrir la sesión. { $problem }
open-error-folder = El café no se empezó: su carpeta { $folder } no se puede usar ({ $reason }). Elija otra carpeta de datos con --data-dir.
open-error-not-taken-over = No se pudo tomar el control del café: { $error }.
# Lo que escribe `cafe-host merge`.
merge-summary = { $file }: { $counts } nuevos o actualizados de { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
}

# Lo que falló al guardar, y por qué un café es de solo lectura.
save-cause-full = el disco está lleno
save-cause-not-a-folder = la carpeta { $folder } ya no es una carpeta
save-cause-no-permission = no se puede escribir en la carpeta { $folder }
save-cause-read-only-disk = el disco es de solo lectura
save-cause-missing = falta la carpeta { $folder }
save-cause-other = no se pudo escribir en el disco ({ $error })
save-error-write = No se guardó: { $cause }. Su trabajo se conserva en la aplicación y se vuelve a intentar guardar.
save-error-stopped = No se guardó: { $lost }.
save-error-as-text = No se guardó: el café no se pudo escribir como texto ({ $error }).
save-error-not-running = No se guardó: el guardado en segundo plano se detuvo; reinicie Café Host para guardar.
save-error-backup-kept = Guardado, pero la copia anterior { $file } todavía tiene los datos personales que borró y no se pudo quitar ({ $error }). Bórrela a mano; se vuelve a intentar quitarla al guardar la próxima vez.
save-recovery-kept = Hay una copia de recuperación en { $copy }.
lock-lost = puede que otra copia de Café Host esté escribiendo este café ({ $how }); se dejó de guardar en el archivo para que ninguna copia sobrescriba a la otra
lock-lost-folder-away = no se puede llegar a la carpeta { $folder }
lock-lost-deleted = se borró su archivo de bloqueo
lock-lost-replaced = se reemplazó su archivo de bloqueo
lock-lost-now-names = su bloqueo ahora es de { $holder }
lock-lost-overwritten = se sobrescribió su archivo de bloqueo
lock-lost-not-made-again = su archivo de bloqueo no se pudo volver a crear: { $error }
lock-lost-taken-while-away = otra copia lo bloqueó mientras su carpeta no estaba
lock-lost-not-locked-again = su archivo de bloqueo no se pudo volver a bloquear: { $error }
lock-lost-unreadable = su archivo de bloqueo no se puede leer: { $error }
lock-lost-other-since-back = su archivo de bloqueo es de otra persona desde que volvió su carpeta
lock-lost-not-written-again = su archivo de bloqueo no se pudo volver a escribir: { $error }
lock-lost-file-changed = su archivo cambió mientras su carpeta no estaba
lock-holder = Café Host en { $host } (proceso { $pid })
lock-holder-since = Café Host en { $host } (proceso { $pid }) desde { $since }
read-only-open-elsewhere = este café está abierto en { $holder }. Ciérrelo allí para hacer cambios aquí
read-only-open-in-another-copy = este café está abierto en otra copia de Café Host. Ciérrelo allí para hacer cambios aquí
read-only-other-computer = este café está abierto en { $host } (la carpeta se comparte con esa computadora). Si allí está cerrado, elija «Tomar el control» para hacer cambios aquí
read-only-other-computer-since = este café está abierto en { $host } desde las { $since } (la carpeta se comparte con esa computadora). Si allí está cerrado, elija «Tomar el control» para hacer cambios aquí
read-only-lock-unusable = el bloqueo que impide que dos copias escriban este café a la vez no sirve ({ $error }), así que esta copia se abre en solo lectura para que ninguna copia sobrescriba a la otra
read-only-no-lock = el bloqueo que impide que dos copias escriban este café a la vez no se pudo crear ({ $error }), así que esta copia se abre en solo lectura para que ninguna copia sobrescriba a la otra
lock-unusable-no-access = { $name } no se puede leer ni escribir
lock-unusable-not-ours = { $name } contiene algo que no escribió Café Host
lock-unusable-folder = { $name } es una carpeta, no un archivo de bloqueo
lock-unusable-not-regular = { $name } no es un archivo normal
lock-problem-open-in = está abierto en { $holder }
lock-problem-open-elsewhere = está abierto en otra copia de Café Host
lock-problem-unusable = el bloqueo que impide que dos copias escriban este café a la vez no sirve ({ $error })
lock-problem-not-made = el bloqueo que impide que dos copias escriban este café a la vez no se pudo crear ({ $error })
read-only-recovery-copy = esta es la copia de recuperación de { $file }, abierta en solo lectura. Vuelva a Inicio para recuperarla o descartarla

# Avisos en la esquina.
notice-earlier = { $count ->
    [one] y { $count } mensaje anterior…
   *[other] y { $count } mensajes anteriores…
}
notice-data-folder-unusable = No se puede usar la carpeta de datos { $folder } ({ $error }). Los cafés no se pueden guardar hasta que se arregle: abra Café Host con --data-dir y una carpeta en la que se pueda escribir.
notice-preferences-unreadable = No se pudieron leer sus preferencias guardadas ({ $file }) ({ $error }); se usan el idioma y las carpetas de siempre, y el archivo se vuelve a escribir la próxima vez que cambie alguna.
notice-preferences-not-saved = Su elección no se pudo recordar para la próxima vez: no se pudo guardar { $file } ({ $error }). Vale hasta que cierre Café Host.
notice-recovery-waiting = Parte de su trabajo se guardó en una copia de recuperación porque no se pudo guardar en su archivo. Elija qué hacer con ella arriba en la pantalla de Inicio.
notice-recovered = Se recuperó «{ $title }» y se guardó en { $file }.
notice-not-closed-properly = Café Host no se cerró bien la última vez que «{ $title }» estuvo abierto. Se volvió a abrir como se guardó por última vez; cada cambio que confirmó se guardó en menos de un segundo.
notice-opened-read-only = Abierto en solo lectura: { $reason }.
notice-nothing-changed = No se cambió nada: { $reason }
notice-drafts-back = { $count ->
    [one] Una nota a medio escribir de la última vez volvió al cuadro de notas de su mesa.
   *[other] { $count } notas a medio escribir de la última vez volvieron a los cuadros de notas de sus mesas.
}
notice-shared-notes-back = { $count ->
    [one] Volvió { $count } nota de la copia de este portátil en la carpeta compartida.
   *[other] Volvieron { $count } notas de la copia de este portátil en la carpeta compartida.
}
notice-recovered-both = { $count ->
    [one] El archivo del café también tenía { $count } cambio que esta copia no tenía, hecho por otra copia de Café Host; también se conserva.
   *[other] El archivo del café también tenía { $count } cambios que esta copia no tenía, hechos por otra copia de Café Host; también se conservan.
}
notice-search-index-kept = La búsqueda de cafés anteriores guarda una copia de palabras que usted quitó (hechas privadas, borradas o eliminadas) en { $file }, que no se pudo borrar. Borre ese archivo a mano; se vuelve a crear solo.
notice-no-such-table = Este café no tiene mesa { $number }; tiene las mesas 1 a { $count }. Elija una de ellas.
notice-cafe-stays-open = El café sigue abierto, para que no se pierda nada. { $error }
notice-copy-saved = Se guardó una copia del café en { $path }.
notice-not-exported = No se exportó: { $error }
export-error-link = { $path } es un enlace; una exportación nunca escribe a través de uno, así que no se exportó nada. Indique el archivo mismo, o un archivo nuevo.
export-error-not-a-file = { $path } no es un archivo normal (es una carpeta, un dispositivo o una tubería), así que no se exportó nada.
export-error-print-instead = Para mostrar la exportación en pantalla, use -o - o no use -o.
export-error-cafe-file = { $path } es una sesión o una guía de Café Host; una exportación nunca reemplaza una, así que no se exportó nada. Elija otro nombre de archivo.
export-error-not-an-export = { $path } ya existe y no es una exportación hecha por Café Host, así que se dejó como estaba y no se exportó nada. Elija otro nombre de archivo, o bórrelo antes.
export-error-io = { $path } no se pudo escribir ({ $reason }); no se exportó nada.
export-error-folder = No se pudo crear la carpeta { $folder } ({ $reason }); no se exportó nada.
os-reason-full = el disco está lleno
os-reason-not-a-folder = hay un archivo donde debería estar esa carpeta
os-reason-permission = no se puede escribir en esa carpeta
os-reason-not-found = esa carpeta no existe
os-reason-read-only = el disco es de solo lectura
os-reason-other = el sistema lo rechazó: { $error }
file-problem-at = { $name }, línea { $line }, columna { $column }: { $problem }
file-problem-in = { $name }: { $problem }
file-problem-missing = el archivo no existe (puede que se haya movido o borrado)
file-problem-no-permission = no tiene permiso para leer este archivo
file-problem-not-read = no se pudo leer el archivo
file-problem-unreadable = no se pudo leer el archivo ({ $reason })
file-problem-folder = esto es una carpeta, no un archivo
file-problem-not-regular = esto no es un archivo normal (es un dispositivo, una tubería o un socket); no se abrió
file-problem-too-large = el archivo ocupa { $size }, más de lo que Café Host puede abrir ({ $limit }); no se abrió
file-problem-not-text = el archivo no es texto (puede estar dañado, o no ser un archivo de café)
file-problem-empty = el archivo está vacío
file-problem-guide-not-session = esto es una guía de Café Host, no una sesión
file-problem-session-not-guide = esto es una sesión de Café Host, no una guía
file-problem-not-cafe-file = esto no es un archivo de Café Host (un archivo de sesión o de guía empieza por `Session(` o `Guide(`)
file-problem-newer = este archivo lo guardó una versión más nueva de Café Host (formato { $format }) y no se puede leer aquí
file-problem-text = el texto del archivo no está como lo escribe Café Host (en palabras del lector, en inglés: { $detail })
notice-export-saved = Guardado { $path }
notice-not-saved = No se guardó: { $error }
notice-shared = Este café está compartido en { $folder }. Las computadoras de las mesas pueden unirse desde Inicio, en "Unirse a un café compartido…".
notice-not-shared = El café no se compartió: { $error }.
notice-joined = Unido a "{ $title }" como mesa { $number }. Sus notas se guardan en esta computadora y se escriben en { $folder } para quien facilita.
notice-not-joined = No se pudo unir: { $error }.
join-error-nothing-shared = todavía no hay ningún café en { $folder }: la computadora de quien facilita lo comparte allí (puede que aún esté en camino)
join-error-no-table = «{ $title }» no tiene mesa { $table }; tiene { $tables } mesas
join-error-folder = el café no se puede guardar en esta computadora: su carpeta { $folder } no se puede usar ({ $reason })
notice-own-copy-not-back = La copia de esta computadora en la carpeta compartida no se recuperó. { $error }
notice-shared-copy-problem = Una copia de la carpeta compartida no se trajo: { $error }
notice-undo-newer-elsewhere = No se deshizo nada: otra computadora lo cambió después, y se conserva su cambio más reciente.

# Cerrar la ventana con cambios que no se pudieron guardar.
closing-heading = Los últimos cambios del café no están guardados
closing-heading-stopped = Se dejó de guardar en el archivo del café
closing-stopped-explain = Volver a intentarlo no sirve: esta copia ya no escribe el archivo del café, para que las dos copias no se sobrescriban.
closing-heading-drafts = El café está guardado, pero las notas a medio escribir no se pudieron guardar en el disco
closing-drafts-explain = Todas las notas que agregó están en el archivo del café. Las que se están escribiendo siguen en sus cuadros: agréguelas con Intro, o cópielas, antes de cerrar.
closing-quit-drafts = Cerrar sin las notas a medio escribir
closing-close-kept = Cerrar (los cambios esperan en la copia de recuperación)
closing-kept-in-copy = Si cierra ahora, los cambios más recientes esperan en la copia de recuperación { $copy }, y se ofrecen al volver a abrir.
closing-still-writing = Los últimos cambios de { $file } todavía se están escribiendo.
closing-drafts-why = Las notas a medio escribir no se pueden guardar: { $cause }.
closing-drafts-still-writing = Las notas a medio escribir todavía se están escribiendo.
closing-keep-trying = Seguir intentando (no cerrar)
closing-quit-anyway = Salir y perder los cambios sin guardar
closing-save-copy-intro = O guarde una copia del café en otro lugar y luego cierre:
closing-save-copy-title = Guardar una copia del café
closing-save-copy = Guardar la copia y cerrar
closing-copy-not-saved = La copia no se guardó: { $cause }. Elija otro lugar.

# Probar el control remoto.
clicker-title = Probar el control remoto
clicker-intro = Pulse cada botón de su control remoto. Mientras este panel está abierto sus teclas solo se muestran aquí: el café y la pantalla de la sala no se mueven.
clicker-close = Cerrar
clicker-common = Lo que envían los controles remotos comunes
clicker-head-button = Botón
clicker-head-key = Tecla
clicker-head-what = Qué hace en la presentación
clicker-head-seen = Pulsado
clicker-button-next = Siguiente
clicker-button-back = Atrás
clicker-button-start = Presentación (empezar)
clicker-button-stop = Presentación (terminar)
clicker-button-blank = Pantalla en blanco
clicker-seen = ✔ pulsado
clicker-nothing = Nada: se puede pulsar sin peligro
clicker-last = Últimas teclas pulsadas
clicker-none-yet = Todavía no se pulsó ninguna tecla.

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
tables-step-you-said = Ustedes dijeron, nosotros hicimos
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
tables-note-box = Nota nueva (Intro la añade, Mayús+Intro empieza una línea nueva)
tables-note-hint = ¿Qué está diciendo la mesa?
tables-draft-goes-with = Esta nota va con la { $step }, que estaba en pantalla cuando la empezó.
tables-draft-goes-outside = Esta nota va con las notas fuera de las rondas: no había ninguna pregunta en pantalla cuando la empezó.
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
tables-following = La pregunta en pantalla viene de la computadora de quien facilita (última noticia a las { $time }).
tables-facilitator-quiet = Sin noticias de la computadora de quien facilita desde las { $time }: puede que la sala haya avanzado. Cambie la pregunta a mano si es así:
tables-facilitator-not-heard = Todavía sin noticias de la computadora de quien facilita: cambie la pregunta a mano si la sala ha avanzado:
tables-came-from = de { $computer }
tables-came-from-tooltip = Escrita en esa computadora y traída aquí por la carpeta compartida

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
signin-household = Vino con (familia)
signin-household-hint = p. ej., la familia Díaz
signin-children = Niños en cuidado infantil
signin-language = Idioma preferido
signin-language-other = Otro…
signin-language-other-hint = el idioma, en palabras
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
signin-erase-also = { $name } también aparece en otras partes de este café, y se borra allí también: { $places }.
signin-erase-also-facilitator = quien facilita el café
signin-erase-also-table-host = anfitrión/a de la { $table }
signin-erase-also-action-owner = responsable de la acción «{ $action }»
signin-erase-also-sign-in = otro registro a las { $time }
signin-erase-also-household = familia del registro de { $name }
signin-erase-also-phone = teléfono del registro de { $name }
signin-erase-also-email = correo del registro de { $name }
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
    [0] ¿Borrar los nombres de quien facilita, de quienes atienden las mesas y de quienes se encargan de cada acción? Las notas y las cuentas se mantienen.
    [one] ¿Borrar el nombre y los datos de contacto de la única persona registrada, y los nombres de quien facilita, de quienes atienden las mesas y de quienes se encargan de cada acción? Las notas y las cuentas se mantienen.
   *[other] ¿Borrar los nombres y los datos de contacto de las { $count } personas, y los nombres de quien facilita, de quienes atienden las mesas y de quienes se encargan de cada acción? Las notas y las cuentas se mantienen.
}
signin-erase-all-yes = Sí, borrarlos
signin-erase-all-no = No
signin-named-exports = { $count ->
    [one] { $count } archivo exportado guarda nombres (borrar aquí no lo cambia):
   *[other] { $count } archivos exportados guardan nombres (borrar aquí no los cambia):
}
signin-delete-files = Borrar estos archivos
signin-delete-files-confirm = { $count ->
    [one] ¿Borrar este archivo para siempre? No se podrá recuperar.
   *[other] ¿Borrar estos { $count } archivos para siempre? No se podrán recuperar.
}
signin-delete-files-yes = { $count ->
    [one] Sí, borrarlo
   *[other] Sí, borrar los { $count } archivos
}
signin-delete-files-no = No, conservarlos
signin-here = { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
}
signin-figures = { $first } · { $interpreter } · { $children }
# Cada cifra sobre personas: $known es all (todas registradas con nombre), some (algunas solo contadas en la puerta) o none (ninguna registrada con nombre).
signin-figure-first = { $known ->
    [none] primeras visitas: no se sabe
    [some] al menos { $count ->
        [one] { $count } primera visita
       *[other] { $count } primeras visitas
    }
   *[all] { $count ->
        [one] { $count } primera visita
       *[other] { $count } primeras visitas
    }
}
signin-figure-interpreter = { $known ->
    [none] necesidad de intérprete: no se sabe
    [some] al menos { $count ->
        [one] { $count } necesita intérprete
       *[other] { $count } necesitan intérprete
    }
   *[all] { $count ->
        [one] { $count } necesita intérprete
       *[other] { $count } necesitan intérprete
    }
}
signin-figure-children = { $known ->
    [none] cuidado infantil: no se sabe
    [some] al menos { $count ->
        [one] { $count } niño en cuidado infantil
       *[other] { $count } niños en cuidado infantil
    }
   *[all] { $count ->
        [one] { $count } niño en cuidado infantil
       *[other] { $count } niños en cuidado infantil
    }
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
review-series-not-open = La serie «{ $name }» ya no está abierta aquí, así que su resumen no se exportó. Vuelva a abrir la serie y expórtelo desde allí.
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
report-evidence-pack = Exportar el expediente para la escuela (para imprimir)
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
}, { $first }, { $interpreter }, { $children }
report-figure-first = { $known ->
    [none] primeras visitas: no se sabe
    [some] al menos { $count ->
        [one] { $count } por primera vez
       *[other] { $count } por primera vez
    }
   *[all] { $count ->
        [one] { $count } por primera vez
       *[other] { $count } por primera vez
    }
}
report-figure-interpreter = { $known ->
    [none] necesidad de intérprete: no se sabe
    [some] al menos { $count ->
        [one] { $count } necesitó intérprete
       *[other] { $count } necesitaron intérprete
    }
   *[all] { $count ->
        [one] { $count } necesitó intérprete
       *[other] { $count } necesitaron intérprete
    }
}
report-figure-children = { $known ->
    [none] cuidado infantil: no se sabe
    [some] al menos { $count ->
        [one] { $count } niña o niño en el cuidado infantil
       *[other] { $count } niñas y niños en el cuidado infantil
    }
   *[all] { $count ->
        [one] { $count } niña o niño en el cuidado infantil
       *[other] { $count } niñas y niños en el cuidado infantil
    }
}
# Una cifra sobre personas en la celda de una tabla.
figure-cell = { $known ->
    [none] no se sabe
    [some] al menos { $count }
   *[all] { $count }
}
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
report-step-you-said = Ustedes dijeron, nosotros hicimos
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
search-looking = Seguimos buscando en los cafés…
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
search-note-place = { $table } · Pregunta { $number }
search-theme-from = { $count ->
    [one] Tema reunido de { $count } nota
   *[other] Tema reunido de { $count } notas
}
search-action-state = { $done ->
    [yes] Hecho
   *[no] Pendiente
}
series-export-markdown = Exportar resumen (Markdown)
series-export-html = Exportar resumen (página web)
series-recurring-themes = Temas que se repiten
series-theme = { $cafes ->
    [one] { $theme } — { $cafes } café
   *[other] { $theme } — { $cafes } cafés
}
series-frequent-tags = Etiquetas más frecuentes
series-no-actions = En esta serie no se acordaron acciones.
series-more-actions = { $count ->
    [one] Una acción más está en el resumen exportado.
   *[other] { $count } acciones más están en el resumen exportado.
}
series-summing-up = Resumiendo la serie…
series-tag = { $tag } { $count }
series-action = { $text } — { $owner } (de { $cafe }, { $date })
series-charts-latest = Los gráficos muestran los { $shown } cafés más recientes de { $total }.
series-by-role = Personas en cada café, por papel
series-visits = Primeras visitas y personas que regresan
series-first-visit = Primera visita
series-returning = Regresan
series-export-csv = Exportar resumen (CSV, café por café)
series-small-groups = Un grupo de menos de 5 personas no tiene barra y figura como «menos de 5»; una cifra que revelaría ese grupo por resta tampoco tiene barra y figura como «al menos» lo que es seguro decir.
series-fewer-than-five = menos de 5
series-at-least = al menos { $count }
series-not-known = no se sabe
series-cafe = Café
series-people = Personas
series-follow-through = Qué fue de las acciones de cada café en el café siguiente
series-actions-agreed = Acciones acordadas
series-done-by-next = Hechas para el café siguiente
series-still-open = Aún pendientes
series-no-next-cafe = aún no hay café después
series-goodbye = La despedida en cada café
series-goodbye-none = Nadie respondió a la despedida en ningún café de esta serie.
series-answered = Respondieron
series-response-rate = Tasa de respuesta
series-per-cent = { $count } %
series-no-figure = sin dato
series-face-1 = Nada bienvenido
series-face-2 = Un poco
series-face-3 = Más o menos
series-face-4 = Bienvenido
series-face-5 = Muy bienvenido
series-languages = Idiomas a lo largo del tiempo

# (los mensajes de revisión van encima de esta línea)
read-only-newer = este café lo guardó una versión más nueva de Café Host (formato { $format }), así que se abre en solo lectura y no se pierde nada de lo que tiene
read-only-unknown-fields = el archivo tiene campos que esta versión de Café Host no conoce ({ $fields }), así que se abre en solo lectura y no se pierden al guardar
fields-more = { $count ->
    [one] 1 más
   *[other] { $count } más
}
check-newer = lo guardó una versión más nueva de Café Host (formato { $format }; esta lee el { $reads }); se abre en solo lectura
check-unknown-fields = el archivo tiene campos que esta versión de Café Host no conoce: { $fields }
repair-timer = El temporizador de la ronda tenía valores imposibles ({ $planned } s previstos, { $run } ms corridos); se puso en { $now-planned } previstos y { $now-run } corridos.
repair-round-minutes = La pregunta { $question } preveía { $was } minutos; se puso en { $now }.
repair-tallies = { $count ->
    [one] 1 línea de conteo contaba
   *[other] { $count } líneas de conteo contaban
} más de { $max } personas; se puso en { $max }.
repair-children = { $count ->
    [one] 1 registro de llegada dejaba
   *[other] { $count } registros de llegada dejaban
} más de { $max } niños en el cuidado infantil; se puso en { $max }.
repair-shared-ids = { $records } (el archivo se editó a mano); ahora cada uno tiene el suyo y no se quitó nada.
repair-shared-note = { $count ->
    [one] 1 nota tenía el mismo identificador que otra nota
   *[other] { $count } notas tenían el mismo identificador que otra nota
}
repair-shared-table = { $count ->
    [one] 1 mesa tenía el mismo identificador que otra mesa
   *[other] { $count } mesas tenían el mismo identificador que otra mesa
}
repair-shared-theme = { $count ->
    [one] 1 tema tenía el mismo identificador que otro tema
   *[other] { $count } temas tenían el mismo identificador que otro tema
}
repair-shared-commitment = { $count ->
    [one] 1 compromiso tenía el mismo identificador que otro compromiso
   *[other] { $count } compromisos tenían el mismo identificador que otro compromiso
}
repair-shared-sign-in = { $count ->
    [one] 1 registro de llegada tenía el mismo identificador que otro registro
   *[other] { $count } registros de llegada tenían el mismo identificador que otro registro
}
repair-shared-head-count = { $count ->
    [one] 1 línea de conteo tenía el mismo identificador que otra línea de conteo
   *[other] { $count } líneas de conteo tenían el mismo identificador que otra línea de conteo
}
notice-drafts-unreadable = Las notas a medio escribir de la última vez no se pudieron leer ({ $problem }).
notice-drafts-set-aside = El archivo se guardó como { $file }.
notice-drafts-not-set-aside = Tampoco se pudo apartar ({ $reason }), así que esta vez no se guardan las notas a medio escribir.
notice-not-remembered = Este café no se volverá a abrir solo al siguiente inicio: no se pudo escribir { $file } ({ $cause }).
share-error-not-a-folder = { $folder } no es una carpeta
share-error-missing = la carpeta { $folder } no existe; elija la carpeta que mantiene su programa de sincronización
share-error-folder = la carpeta compartida { $folder } no se puede usar ({ $reason })
lock-holder-unknown = otra copia de Café Host
guides-not-written-as-text = la guía no se pudo escribir como texto ({ $error })
guides-not-written-no-name = no se encontró ningún nombre de archivo libre
guides-not-written-no-folder = la carpeta { $folder } no existe
edit-error-other-computer = { $file } está abierto en { $host }, y su bloqueo nunca se toma desde aquí. Ciérrelo allí (o ábralo aquí en la aplicación y tome el control) primero; no se cambió nada.
edit-error-locked = { $file } no se cambió: { $lock }.
edit-error-kept-as-read = { $file } no se cambió: { $reason }.
edit-error-not-saved = { $file } sigue sin cambios: { $why }.
edit-error-not-saved-in-time = { $file } sigue sin cambios: no se pudo guardar a tiempo.
edit-error-no-such-action = Esa acción ya no está en { $file }.
edit-error-import = { $from } no se combinó con { $file }: { $error }
edit-error-permissions = { $file } es de solo lectura (sus permisos no dejan escribirlo), así que no se cambió. Hágalo escribible primero si quiere combinar copias en él.
edit-hint-merge-open = Importe las otras copias desde la aplicación, o ciérrelo allí primero.
edit-hint-action-open = Marque la acción como hecha en esa ventana, o cierre el café allí primero.
export-error-no-series = no se encontró ningún café de la serie «{ $name }» en { $folders }
export-error-not-for-series = el resumen de una serie se puede exportar como md, html o csv; una hoja de registro o el expediente para la escuela se exportan desde el archivo de un café
export-error-csv = la asistencia no se pudo escribir como CSV: { $error }
cli-check-empty-folder = { $path }: no hay archivos de guías ni de sesiones (*.ron o *.md) en esta carpeta
cli-check-ok-guide = { $path }: bien (guía)
cli-check-ok-session = { $path }: bien (sesión)
cli-check-ok-session-open = { $path }: bien (sesión; abierta en { $holder })
cli-check-summary = { $files ->
    [one] { $bad } de 1 archivo tiene problemas
   *[other] { $bad } de { $files } archivos tienen problemas
}
cli-check-too-deep = { $path }: demasiado profundo, no se revisó
cli-no-data-folder = no se encontró una carpeta personal para sus datos; indique --data-dir CARPETA
cli-no-data-folder-or-output = no se encontró una carpeta personal para sus datos; indique --data-dir CARPETA o -o SALIDA
cli-not-imported = { $file } no se importó
cli-imported = Importada en { $path }
cli-exported = Exportado a { $path }
cli-exported-names-unmarked = Exportado a { $path }. Contiene nombres, pero su nombre no dice «with-names», así que la lista de exportaciones con nombres de la página de registro no lo mostrará; bórrelo usted cuando ya no haga falta
cli-output-failed = no se pudo escribir la salida ({ $error })
cli-table-needs-cafe = --table N necesita un café: un ARCHIVO, o --join CARPETA
cli-export-needs-subject = indique el archivo de un café o una --series
cli-no-stop-handler = si el sistema detiene la aplicación, no se guardará antes ({ $error })
cli-no-window = no se pudo abrir la ventana: { $error }
recovery-not-recovered = La copia más reciente no se recuperó en { $file }: { $reason }
notice-may-reopen = Puede que el café que dejó se vuelva a abrir al siguiente inicio ({ $error }).
guides-draft-not-removed = Los cambios sin guardar que se guardan en { $path } no se pudieron quitar ({ $reason }).
exports-deleted = { $count ->
    [0] No se borró ninguna exportación con nombres.
    [one] Se borró 1 exportación con nombres.
   *[other] Se borraron { $count } exportaciones con nombres.
}
exports-not-deleted = { $path } no se pudo borrar ({ $reason }); bórrelo a mano.
exports-unreadable = La carpeta de exportaciones { $folder } no se pudo leer ({ $reason }).
cli-usage = Uso: { $usage }
cli-usage-more = Para saber más, ejecute: cafe-host --help
cli-usage-invalid-value = { $value } no es un valor que acepte { $argument }
cli-usage-invalid-value-choose = { $value } no es un valor que acepte { $argument }; elija uno de: { $valid }
cli-usage-unknown-argument = { $argument } no es una opción de esta orden
cli-usage-unknown-command = { $command } no es una orden
cli-usage-missing = esta orden necesita { $argument }
cli-usage-conflict = { $argument } no se puede usar junto con { $other }
cli-usage-other = la orden no se llamó como se usa
cli-usage-table-range = una mesa es un número del 1 al { $most } (1..={ $most })
cli-usage-invalid-value-why = { $value } no es un valor que acepte { $argument }: { $valid }
signin-named-export = { $name } ({ $kb } KB)
signin-named-export-when = { $name } ({ $kb } KB, { $when })
