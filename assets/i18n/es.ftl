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

# (los mensajes de revisión van encima de esta línea)
