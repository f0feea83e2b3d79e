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

action-next = Paso siguiente
action-previous = Paso anterior
action-first = Primer paso
action-last = Último paso
action-black = Pantalla negra (otra vez para mostrar)
action-white = Pantalla blanca (otra vez para mostrar)
action-freeze = Congelar lo que ve la sala mientras mira más adelante
action-move-tables = Por favor, cambien de mesa
action-toggle-timer = Iniciar o pausar el reloj de la ronda
action-reset-timer = Reiniciar el reloj de esta pregunta
action-add-minute = Un minuto más
action-remove-minute = Un minuto menos
action-themes = Mostrar a la sala los temas de la cosecha (otra vez para volver)
action-projector = Abrir o cerrar la ventana del proyector
action-show-presenter = La consola de presentación
action-show-tables = Notas de las mesas
action-show-harvest = La cosecha: temas y compromisos
action-show-attendance = La mesa de registro
action-undo = Deshacer el último cambio en notas, temas o compromisos
action-redo = Rehacer
action-help = Mostrar u ocultar esta lista de teclas
action-leave-fullscreen = Salir de pantalla completa; cerrar esta lista

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
