# Los mensajes de Placard en español.

## Gravedad de un problema

severity-error = error
severity-warning = aviso

## Dónde está un problema

place-file = { $file }
place-row = fila { $row }
place-page = página { $page }
place-subject = «{ $name }»
place-separator = ,{" "}
diagnostic-with-hint = { $message }; { $hint }
diagnostic-at = { $place }: { $text }

## Problemas al dibujar el diseño

font-file-damaged = el archivo de fuente «{ $file }» del diseño está dañado ({ $reason }); su texto usa otra fuente
design-has-no-page = el diseño no tiene página { $page }
qr-too-long = el código QR no puede contener { $count } caracteres
qr-too-long-hint = acorta el enlace o baja la corrección de errores
font-not-installed = la fuente «{ $font }» no está en este ordenador, así que se usa Inter en su lugar
font-not-installed-hint = instala la fuente o elige una de las que trae Placard
text-overflows = el texto no cabe en su caja a { $size } pt y se sale de ella
text-overflows-hint = agranda la caja, acorta el texto o activa «Ajustar a la caja»
characters-missing =
    { $count ->
        [one] un carácter no está en ninguna fuente disponible y se imprime como un cuadro vacío
       *[other] { $count } caracteres no están en ninguna fuente disponible y se imprimen como cuadros vacíos
    }
characters-missing-hint = elige otra fuente
photo-cut-short = la foto «{ $file }» está incompleta: el archivo termina antes que la imagen, y la parte que falta se imprime en gris liso
photo-cut-short-hint = vuelve a añadirla desde una copia completa
picture-unusable = la imagen «{ $file }» no se puede usar: { $reason }
asset-missing = el diseño menciona «{ $file }», pero no lo contiene
svg-links-outside = el SVG «{ $file }» enlaza a la imagen «{ $link }», que está fuera del archivo, y se deja fuera
svg-links-outside-hint = incrusta la imagen en el SVG (Placard nunca lee otros archivos que nombre un SVG)
svg-inner-svg-unreadable = un SVG incrustado en el SVG «{ $file }» no se puede leer ({ $reason }) y se deja fuera
svg-inner-picture-damaged = una imagen incrustada en el SVG «{ $file }» está dañada y se deja fuera
svg-inner-picture-unknown = una imagen incrustada en el SVG «{ $file }» está en formato { $format }, que Placard no lee, y se deja fuera
svg-inner-picture-unknown-hint = incrústala como PNG o JPEG

## La revisión antes de imprimir

check-text-too-small = el texto mide { $size } pt, demasiado pequeño para leerse impreso (al menos { $least } pt)
check-text-past-trim = el texto pasa del borde de corte y quedará cortado
check-text-near-edge = el texto se acerca al borde más que el margen de seguridad; un corte un poco desviado podría tocarlo
check-text-low-contrast = el texto se lee mal sobre su fondo (contraste { $ratio }:1, se busca al menos { $needed }:1); elige un color más claro o más oscuro
check-outline-too-thin = el contorno del texto mide { $width } pt, demasiado fino para imprimirse parejo (al menos { $least } pt)
check-line-too-thin = la línea mide { $width } pt, demasiado fina para imprimirse bien (al menos { $least } pt)
check-photo-blurry-print = la foto tiene { $dpi } ppp aquí y saldrá borrosa (se buscan al menos { $wanted }); usa una foto más grande o hazla más pequeña
check-photo-blurry-screen = la foto tiene { $dpi } píxeles por pulgada a este tamaño y se verá borrosa (se buscan al menos { $wanted }); usa una foto más grande o hazla más pequeña
check-photo-soft-print = la foto tiene { $dpi } ppp aquí y puede salir poco nítida (lo mejor son { $wanted })
check-photo-soft-screen = la foto tiene { $dpi } píxeles por pulgada a este tamaño y puede verse poco nítida (lo mejor son { $wanted })
check-qr-empty = el código QR está vacío; escribe su enlace
check-qr-too-fine = los cuadritos del código QR miden { $size } mm, demasiado finos para imprimir y escanear (agrándalo o acorta el enlace)
check-qr-too-small = el código QR mide { $side } mm de ancho; para escanearlo a unos { $distance } cm debería medir al menos { $needed } mm
check-qr-pixels = los cuadritos del código QR miden menos de 2 píxeles; agrándalo para que los móviles puedan leerlo
check-qr-contrast = el código QR necesita cuadritos oscuros sobre un fondo claro con buen contraste, o los móviles quizá no lo lean
check-ends-at-trim = termina justo en el borde de corte; un corte un poco desviado deja una franja blanca. Extiéndelo hasta el sangrado

## La revisión en la línea de órdenes

cli-check-ready = { $file }: listo para imprimir, sin problemas
cli-check-counts =
    { $file }: { $errors ->
        [0] ningún error
        [one] un error
       *[other] { $errors } errores
    }, { $warnings ->
        [0] ningún aviso
        [one] un aviso
       *[other] { $warnings } avisos
    }
cli-check-fails =
    { $file }: { $errors ->
        [one] un problema saldría mal impreso
       *[other] { $errors } problemas saldrían mal impresos
    }

## Exportar desde el editor

export-replaced-files =
    { $count ->
        [one] se reemplazó un archivo que ya estaba: { $files }
       *[other] se reemplazaron { $count } archivos que ya estaban: { $files }
    }

## La revisión en el editor

print-check-title = Revisión para imprimir
print-check-ready = Revisión: lista
print-check-summary =
    Revisión: { $errors ->
        [0] { $warnings ->
            [one] un aviso
           *[other] { $warnings } avisos
        }
        [one] un problema{ $warnings ->
            [0] {""}
            [one] , un aviso
           *[other] , { $warnings } avisos
        }
       *[other] { $errors } problemas{ $warnings ->
            [0] {""}
            [one] , un aviso
           *[other] , { $warnings } avisos
        }
    }
print-check-none = Listo para imprimir: no hay problemas.
print-check-click = Haz clic en un aviso para seleccionar lo que señala.
print-check-problem = Problema
print-check-warning = Aviso
fix-extend-into-bleed = Extender hasta el sangrado
fix-thicken-line = Dejarla en { $width } pt
fix-move-inside-margin = Apartar del borde

## Las órdenes del editor

cmd-new = Nuevo…
cmd-new-tip = Empieza otro diseño desde una plantilla o una página en blanco
cmd-open = Abrir…
cmd-open-tip = Abre un diseño guardado como archivo .placard
cmd-save = Guardar
cmd-save-tip = Guarda el diseño en su archivo
cmd-save-as = Guardar como…
cmd-save-as-tip = Guarda el diseño en un archivo nuevo
cmd-export = Imprimir y descargar…
cmd-export-tip = Consigue un archivo para imprimir en casa, llevar a la imprenta o publicar en internet
cmd-save-as-template = Guardar como plantilla…
cmd-save-as-template-tip = Guarda este diseño como plantilla para empezar desde él la próxima vez
cmd-undo = Deshacer
cmd-undo-what = Deshacer: { $what }
cmd-undo-tip = Deshace el último cambio
cmd-redo = Rehacer
cmd-redo-what = Rehacer: { $what }
cmd-redo-tip = Vuelve a aplicar el cambio que deshiciste
cmd-cut = Cortar
cmd-cut-tip = Quita la selección y la guarda para pegarla
cmd-copy = Copiar
cmd-copy-tip = Guarda una copia de la selección para pegarla
cmd-paste = Pegar
cmd-paste-tip = Pon en la página lo que copiaste
cmd-duplicate = Duplicar
cmd-duplicate-tip = Haz una copia de la selección a su lado
cmd-delete = Eliminar
cmd-delete-tip = Quita la selección de la página
cmd-select-all = Seleccionar todo
cmd-select-all-tip = Selecciona todo lo que no esté bloqueado en la página
cmd-deselect = No seleccionar nada
cmd-deselect-tip = Quita la selección; detiene un arrastre y deja todo como estaba
cmd-move-left = Mover a la izquierda
cmd-move-right = Mover a la derecha
cmd-move-up = Mover arriba
cmd-move-down = Mover abajo
cmd-move-far-left = Mover mucho a la izquierda
cmd-move-far-right = Mover mucho a la derecha
cmd-move-far-up = Mover mucho arriba
cmd-move-far-down = Mover mucho abajo
cmd-move-tip = Mueve la selección un punto
cmd-move-far-tip = Mueve la selección diez puntos
cmd-add-slogan-text = Texto
cmd-add-slogan-text-tip = Añade un cuadro de texto grande para un lema, listo para escribir
cmd-add-subheading = Subtítulo
cmd-add-subheading-tip = Añade una línea de texto más pequeña, lista para escribir
cmd-add-small-text = Texto pequeño
cmd-add-small-text-tip = Añade texto sencillo para una fecha, un lugar o una llamada a actuar
cmd-add-hashtag = Hashtag
cmd-add-hashtag-tip = Añade un hashtag o una dirección web
cmd-add-photo = Foto o gráfico…
cmd-add-photo-tip = Añade una foto o un gráfico SVG desde un archivo
cmd-replace-photo = Cambiar la foto…
cmd-choose-photo = Elegir una foto…
cmd-replace-photo-tip = Pon una foto de un archivo en el marco seleccionado, manteniendo su tamaño y su lugar
cmd-add-slogan = Lema o cita…
cmd-add-slogan-tip = Elige un lema o una cita de la biblioteca
cmd-add-qr = Código QR
cmd-add-qr-tip = Añade un código QR que abre un enlace
cmd-shape-rectangle = Rectángulo
cmd-shape-ellipse = Elipse
cmd-shape-line = Línea
cmd-shape-arrow = Flecha
cmd-shape-star = Estrella
cmd-shape-hexagon = Hexágono
cmd-shape-bubble = Bocadillo
cmd-shape-burst = Estallido
cmd-shape-ribbon = Cinta
cmd-shape-arrow-block = Flecha gruesa
cmd-add-shape-tip = Añade esta forma en el centro de la página
cmd-bring-forward = Traer adelante
cmd-bring-forward-tip = Pon el elemento seleccionado delante del que tiene encima
cmd-send-backward = Enviar atrás
cmd-send-backward-tip = Pon el elemento seleccionado detrás del que tiene debajo
cmd-group = Agrupar
cmd-group-tip = Une los elementos seleccionados para que se muevan juntos
cmd-ungroup = Desagrupar
cmd-ungroup-tip = Separa el grupo seleccionado en sus elementos
cmd-align-left = Alinear a la izquierda
cmd-align-centres = Centrar en horizontal
cmd-align-right = Alinear a la derecha
cmd-align-top = Alinear arriba
cmd-align-middles = Centrar en vertical
cmd-align-bottom = Alinear abajo
cmd-align-tip = Alinea la selección (un solo elemento: con la página)
cmd-distribute-across = Repartir en horizontal
cmd-distribute-across-tip = Reparte tres o más elementos a la misma distancia de lado a lado
cmd-distribute-down = Repartir en vertical
cmd-distribute-down-tip = Reparte tres o más elementos a la misma distancia de arriba abajo
cmd-fit-page = Ver la página entera
cmd-fit-page-tip = Muestra la página entera en la ventana
cmd-print-size = Tamaño real
cmd-print-size-tip = Muestra la página al tamaño en que se imprime
cmd-zoom-in = Acercar
cmd-zoom-in-tip = Mira más de cerca
cmd-zoom-out = Alejar
cmd-zoom-out-tip = Ve más parte de la página
cmd-slogans = Lemas y citas…
cmd-slogans-tip = Lemas y citas para usar, y los tuyos
cmd-brand-kit = Identidad visual…
cmd-brand-kit-tip = Los colores, las fuentes y el logo de tu organización
cmd-data-merge = Combinar con una tabla…
cmd-data-merge-tip = Haz una versión por cada fila de una tabla (nombres, lugares, fechas)
cmd-campaign-kit = Kit de campaña…
cmd-campaign-kit-tip = Este diseño como carteles, pancarta, pegatina e imágenes para redes, todo a la vez
cmd-apply-brand-kit = Aplicar la identidad visual
cmd-apply-brand-kit-tip = Pon los colores y las fuentes de tu identidad visual en este diseño
cmd-print-check = Revisión para imprimir…
cmd-print-check-tip = Lo que una imprenta preguntaría sobre este diseño
cmd-shortcuts = Atajos de teclado
cmd-shortcuts-tip = Todos los atajos de teclado en una hoja
cmd-tour = Ver otra vez la visita guiada
cmd-tour-tip = Las cuatro tarjetas que muestran dónde está cada cosa
cmd-with-shortcut = { $tip } ({ $shortcut })

## Qué fue un cambio, tras «Deshacer» y «Rehacer»

action-change = cambio
action-move = mover
action-resize = cambiar tamaño
action-rotate = girar
action-opacity = transparencia
action-rename = cambiar nombre
action-typing = escritura
action-crop = recorte
action-effect = efecto
action-cut = cortar
action-paste = pegar
action-duplicate = duplicar
action-delete = eliminar
action-new-text = texto nuevo
action-new-qr = código QR nuevo
action-new-shape = forma nueva
action-restack = cambiar el orden
action-group = agrupar
action-ungroup = desagrupar
action-align = alinear
action-distribute = repartir
action-brand-kit = identidad visual
action-hide = ocultar
action-show = mostrar
action-lock = bloquear
action-unlock = desbloquear
action-photo = foto
action-new-photo = foto nueva
action-paper = papel

## Menús y barra de estado

menu-file = Archivo
menu-edit = Editar
menu-add = Añadir
menu-arrange = Organizar
menu-view = Ver
menu-campaign = Campaña
menu-help = Ayuda
menu-language-tip = El idioma del editor (Language)
page-name = Página { $page }
status-pixels = { $width } × { $height } px
status-size = { $width } × { $height } mm, sangrado { $bleed } mm
status-zoom = Zoom { $percent } %
status-exporting = Exportando { $file }
button-cancel = Cancelar

## La barra lateral y sus paneles

drawer-templates = Plantillas
drawer-templates-tip = Empieza un diseño nuevo desde una plantilla
drawer-text = Texto
drawer-text-tip = Añade un lema, un subtítulo, texto pequeño o un hashtag
drawer-photos = Fotos
drawer-photos-tip = Añade fotos y llena los marcos de fotos
drawer-shapes = Formas
drawer-shapes-tip = Añade formas, flechas y códigos QR
drawer-slogans = Lemas
drawer-slogans-tip = Lemas y citas para usar
drawer-symbols = Símbolos
drawer-symbols-tip = Símbolos: puños, palomas, megáfonos, flechas, bocadillos, insignias
drawer-symbols-hint = Haz clic en un símbolo para ponerlo en la página, con el color del diseño.
symbols-search = Buscar símbolos
symbols-all = Todos
symbols-none = Ningún símbolo tiene estas palabras. Prueba con otra, en cualquier idioma.
symbols-protest = Protesta
symbols-peace = Paz
symbols-solidarity = Solidaridad
symbols-work = Trabajo
symbols-environment = Medio ambiente
symbols-housing = Vivienda
symbols-arrows = Flechas
symbols-speech = Bocadillos
symbols-badges = Insignias y estallidos
symbols-social = Redes sociales
drawer-campaign = Campaña
drawer-campaign-tip = Colores, identidad visual, kit de campaña y revisión para imprimir
drawer-layers = Capas
drawer-layers-tip = Todo lo que hay en la página, lo de arriba primero
drawer-shapes-hint = Haz clic para añadir una en el centro de la página.
drawer-qr-hint = Un código QR lleva a la gente a una petición, una reunión o una web.
drawer-own-slogans = Tus propios lemas…
drawer-own-slogans-tip = Guarda los lemas y las citas de tu campaña
drawer-whole-campaign = Para toda la campaña
drawer-templates-hint = Empieza un diseño nuevo desde una. Tu diseño se queda como está hasta que elijas.
drawer-photos-hint = También puedes soltar una foto de tus archivos sobre un marco, o pegarla (Ctrl+V).
drawer-photos-in-design = Fotos de este diseño
drawer-photo-choose = Elegir…
drawer-photo-replace = Cambiar…
drawer-photo-choose-tip = Elige una foto para este marco
drawer-photo-replace-tip = Pon otra foto en este marco, manteniendo su lugar y su tamaño
drawer-text-hint = Haz clic para añadir texto a la página y luego escribe.
drawer-add-slogan = Añadir un lema
drawer-add-subheading = Añadir un subtítulo
drawer-add-small-text = Añadir texto pequeño
drawer-add-hashtag = Añadir un #hashtag
drawer-text-edit-hint = Haz doble clic en cualquier texto de la página para cambiar sus palabras.

## La barra superior y la de la selección

top-title-hint = Nombre del diseño
top-title-tip = El nombre del diseño: los archivos que guardes o descargues se llaman así
top-not-saved = sin guardar
top-not-saved-tip = Guarda con { $shortcut }
top-zoom = { $percent } %
top-zoom-tip = El 100 % es el tamaño en que se imprime, en una pantalla normal
top-print-download = Imprimir y descargar
bar-fill = Relleno
bar-fill-colour = Color de relleno
bar-line = Línea
bar-line-colour = Color de línea
bar-font = Fuente
bar-size-tip = Tamaño del texto en puntos (el texto se encoge para caber en su caja cuando hace falta)
bar-size-unit = pt
bar-bold-on = Negrita: haz clic para quitarla
bar-bold-off = Normal: haz clic para negrita
bar-align-left = Texto a la izquierda
bar-align-centre = Texto centrado
bar-align-right = Texto a la derecha
bar-text-colour = Color del texto
bar-effects = Efectos
bar-outline = Contorno
bar-outline-tip = Una línea alrededor de cada letra, para que el texto se lea sobre una foto cargada
bar-shadow = Sombra
bar-shadow-tip = Una sombra bajo las letras
bar-effects-more =
    { $side ->
        [left] Los tamaños y colores de ambos están en el panel de la izquierda.
       *[right] Los tamaños y colores de ambos están en el panel de la derecha.
    }

## Cómo se lee una página de lejos

legibility-no-text = No hay texto en esta página.
legibility-too-small = «{ $name }» no se puede leer a { $distance } m: sus mayúsculas miden { $height } cm y hacen falta { $needed } cm. Usa menos palabras o una caja más grande.
legibility-too-many-words = Se leen { $words } palabras a { $distance } m; de un vistazo se captan unas { $most }: acorta el lema.
legibility-weak-contrast = «{ $name }» tiene poco contraste con su fondo ({ $ratio }:1; desde { $good }:1 se lee bien al aire libre).
legibility-title = Se lee de lejos
legibility-distance = Distancia de lectura
unit-metres = m
legibility-needed = A { $distance } m, las mayúsculas necesitan { $height } cm (2,5 cm por cada 10 m).
legibility-reads = Se lee: «{ $name }»: { $height } cm, se lee desde { $from } m
legibility-close-by = Para leer de cerca: «{ $name }»: { $height } cm, se lee desde { $from } m
legibility-too-small-line = Demasiado pequeño: «{ $name }»: { $height } cm, se lee desde { $from } m
legibility-contrast = contraste { $ratio }:1
legibility-words =
    { $words ->
        [one] se lee una palabra a { $distance } m (lo ideal son { $most } o menos)
       *[other] se leen { $words } palabras a { $distance } m (lo ideal son { $most } o menos)
    }
cli-distance-range = --distance { $distance }: elige entre 0,5 y 500 metros
cli-legibility-page = { $file }: página { $page }, desde { $distance } m (hacen falta mayúsculas de { $needed } cm):
cli-legibility-ok = bien
cli-legibility-small = PEQUEÑO
cli-legibility-line =
    { $verdict } «{ $name }»: mayúsculas de { $height } cm, se lee desde { $from } m, { $words ->
        [one] una palabra
       *[other] { $words } palabras
    }, { $contrast }
cli-legibility-over-picture = sobre una imagen
cli-legibility-advice = consejo: { $advice }

## El panel de la página y los campos de los paneles

page-heading = Página
page-size = Tamaño
page-size-choose = Elegir…
page-width = Ancho
page-height = Alto
page-portrait = Vertical
page-landscape = Horizontal
page-bleed = Sangrado
page-background = Fondo
page-cut-line = Línea de corte
page-cut-none = Ninguna
page-cut-ellipse = Círculo u óvalo
page-cut-rounded = Rectángulo redondeado
page-cut-rectangle = Rectángulo
page-cut-line-tip = Por donde corta la máquina de pegatinas: una línea de color directo CutContour en el PDF, que nunca se imprime
page-cut-inset = Corte dentro del borde
page-corner-radius = Radio de las esquinas
unit-mm = mm
unit-px = px
field-in-cmyk = { $field } en CMYK
field-cmyk-tip = Tintas de impresión en porcentaje: cian/magenta/amarillo/negro ({ $condition }). Escribe tintas para imprimir exactamente esas en los archivos CMYK.
layers-empty = Todavía no hay nada en esta página. Usa Añadir para poner texto, formas o fotos.
layers-shown-tip = Visible: haz clic para ocultar
layers-hidden-tip = Oculto: haz clic para mostrar
layers-locked-tip = Bloqueado para que no se mueva sin querer: haz clic para desbloquear
layers-unlocked-tip = Haz clic para fijarlo en su sitio
layers-row-tip = Haz clic para seleccionar; arrastra arriba o abajo para cambiar el orden
canvas-hint = Haz clic en algo de la página para cambiarlo · doble clic en un texto para escribir · suelta una foto sobre un marco
canvas-photo-frame = Haz clic o suelta una foto
canvas-cannot-show =
    Esta página no se puede mostrar:
    { $reason }

## El panel de propiedades

props-selection = Selección
props-many-selected =
    { $count ->
        [one] Un elemento seleccionado. Usa Organizar para alinearlo o repartirlo.
       *[other] { $count } elementos seleccionados. Usa Organizar para alinearlos o repartirlos.
    }
props-kind-text = Cuadro de texto
props-kind-photo = Foto
props-kind-shape = Forma
props-kind-graphic = Gráfico
props-kind-qr = Código QR
props-kind-group = Grupo
props-fit = Encaje
props-fit-cover = Llenar la caja (recortar)
props-fit-contain = Mostrar entera
props-fit-stretch = Estirar
props-replace-photo = Cambiar la foto…
props-crop = Recortar
props-crop-left = Izquierda
props-crop-top = Arriba
props-crop-width = Ancho
props-crop-height = Alto
props-brightness = Brillo
props-contrast = Contraste
props-effect = Efecto
props-effect-none = Ninguno (la foto tal cual)
props-effect-grayscale = Escala de grises
props-effect-duotone = Duotono
props-effect-threshold = Umbral (estarcido)
props-effect-posterize = Posterizar
props-effect-halftone = Semitono de puntos
props-shadows = Sombras
props-highlights = Luces
props-level = Nivel
props-steps = Pasos
props-dot-spacing = Separación de puntos
props-angle = Ángulo
props-ink = Tinta
props-paper-colour = Color del papel (si no, transparente)
props-paper = Papel
props-hide-faces = Ocultar caras
props-faces-done = Terminar de marcar caras
props-faces-block = Tapar caras…
props-faces-remove-last = Quitar el último bloque
props-faces-hint = Arrastra sobre cada cara de la foto. Unos bloques sólidos las tapan en todo lo que exportes; la foto original solo queda en el diseño.
props-name = Nombre
props-x = X
props-y = Y
props-w = An
props-h = Al
props-rotation = Giro
props-opacity = Opacidad
props-text = Texto
props-font = Fuente
props-weight = Grosor
props-weight-regular = Normal
props-weight-bold = Negrita
props-weight-black = Extranegrita
props-italic = Cursiva
props-capitals = Mayúsculas
props-fit-to-box = Ajustar a la caja
props-size = Tamaño
props-align-left = Izquierda
props-align-centre = Centro
props-align-right = Derecha
props-align-justify = Justificar
props-line-height = Interlineado
props-line = Forma de la línea
props-line-straight = Recta
props-line-arc-top = Arco por arriba
props-line-arc-bottom = Arco por abajo
props-line-wave = Onda
props-line-radius = Tamaño del círculo (radio)
props-line-wave-height = Altura de la onda
props-line-wave-length = Largo de la onda
props-line-hint = El texto curvado es una sola línea; cambia sus palabras en el campo Texto de arriba.
props-spacing = Espaciado
props-colour = Color
props-outline = Contorno
props-outline-colour = Color del contorno
props-outline-width = Grosor del contorno
props-shadow = Sombra
props-shadow-colour = Color de la sombra
props-band = Franja detrás de las líneas
props-band-colour = Color de la franja
props-band-padding = Margen de la franja
props-fill = Relleno
props-fill-colour = Color de relleno
props-corner-radius = Radio de las esquinas
props-sides = Lados
props-points = Puntas
props-line-style = Trazo
props-line-solid = Continuo
props-line-dashed = Discontinuo
props-line-dotted = Punteado
props-line-round = Extremos redondos
props-qr-link = Enlace o texto
props-qr-low = Baja (7 %)
props-qr-medium = Media (15 %)
props-qr-quartile = Alta (25 %)
props-qr-high = Máxima (30 %, aguanta el desgaste)
props-qr-correction = Corrección de errores
props-qr-colour = Color del código
props-qr-hint = Mantén el código oscuro sobre claro y pruébalo con un móvil antes de imprimir.
props-drawing-colours = Colores del gráfico
props-drawing-colour-only = Color
props-drawing-colour = Color { $number }
props-drawing-many-colours = Este gráfico tiene { $count } colores; aquí se pueden cambiar los { $shown } primeros.
props-drawing-own-colours = Volver a sus colores
props-frame = Forma
props-frame-box = Rectángulo
props-frame-circle = Círculo
props-frame-rounded = Redondeada
props-frame-hexagon = Hexágono
props-frame-star = Estrella
props-frame-heart = Corazón
props-frame-move = Mover la foto en su marco
props-frame-done = Listo
props-frame-move-hint = Arrastra sobre la página para deslizar la foto; con doble clic en una foto también se puede.
props-frame-zoom = Zoom en el marco

## Bloques sobre caras

props-face-blocks =
    { $count ->
        [one] Un bloque sobre una cara: los píxeles que tapa nunca salen del diseño.
       *[other] { $count } bloques sobre caras: los píxeles que tapan nunca salen del diseño.
    }

## Imprimir y descargar

export-purpose-home = Imprimir en casa o en el trabajo
export-purpose-shop = Llevar a la imprenta
export-purpose-online = Publicar en internet
export-purpose-stickers = Pegatinas recortadas
export-purpose-other = Otros archivos
export-explain-home = Un PDF exactamente del tamaño de la página, con colores de pantalla, para tu impresora. Imprímelo al 100 % («tamaño real»).
export-explain-shop = Un PDF listo para imprenta, en tintas de impresión, 3 mm más grande por cada lado (el sangrado) y con marcas que indican dónde cortar. Las imprentas lo aceptan tal cual.
export-explain-online = Una imagen para redes sociales, mensajes y webs.
export-explain-stickers = Un PDF listo para imprenta con la línea de corte como un color aparte que sigue la máquina de corte, sin marcas de corte.
export-explain-other = SVG para otros programas de diseño, PNG a cualquier resolución.
export-suffix-home = imprimir en casa
export-suffix-home-a4 = imprimir en casa en A4
export-suffix-home-letter = imprimir en casa en carta
export-suffix-shop = imprenta
export-suffix-online = internet
export-suffix-stickers = pegatinas
export-online-1080 = 1080 px: publicaciones en redes
export-online-1600 = 1600 px: páginas web
export-online-2400 = 2400 px: nítida en cualquier pantalla
export-what-for = ¿Para qué es el archivo?
export-too-big-for-home = Esta página es más grande que el papel de una impresora doméstica. Imprímela por partes y únelas con cinta:
export-one-big-page = Una sola página grande
export-on-a4 = En hojas A4
export-on-letter = En hojas carta
export-shop-options = Opciones para la imprenta
export-bleed = Sangrado (3 mm más allá de los bordes)
export-marks = Marcas de corte
export-cmyk = Tintas de impresión (CMYK)
export-cmyk-tip = Los colores y las fotos pasan a tintas de impresión (texto negro solo con tinta negra, grandes zonas negras en negro enriquecido, como mucho 300 % de tinta). Desactivado: colores de pantalla (RGB).
export-paper = Papel
export-condition-fogra39 = Papel estucado, Europa (FOGRA39)
export-condition-gracol = Papel estucado, Norteamérica (GRACoL)
export-pdfx = PDF/X-4 (el estándar de imprenta)
export-png-sharp = PNG (nítido)
export-jpeg-small = JPEG (más ligero, para fotos)
export-pixels = { $width } × { $height } píxeles
export-check-found =
    La revisión encontró { $errors ->
        [one] un problema
       *[other] { $errors } problemas
    } y { $warnings ->
        [one] un aviso.
       *[other] { $warnings } avisos.
    }
export-show = Ver
export-save-file = Guardar el archivo…
export-large-heading = Una imagen enorme
export-large-text = Este PNG tendrá { $size }. Tarda mucho y ocupa mucho disco; las imprentas rara vez necesitan más de 300 ppp al tamaño impreso.
export-large-size = { $picture } a { $dpi } ppp
export-anyway = Exportar de todos modos
export-png-image = Imagen PNG
export-jpeg-image = Imagen JPEG
export-svg = SVG
export-resolution = Resolución
unit-dpi = ppp
export-include-bleed = Incluir el sangrado
export-transparent = Fondo transparente
export-solid-edges = Bordes sólidos para estampar camisetas
export-solid-edges-tip = Quita los píxeles semitransparentes: a través de ellos se vería la base blanca de una impresora DTG
export-page-shown = La página que se ve ahora.

## La pantalla de inicio, la visita guiada y las preguntas del editor

start-heading = Haz un cartel, una pancarta, una pegatina o una imagen para redes
start-subheading = Elige una plantilla, escribe tu lema, añade una foto y exporta para imprimir.
start-open = Abrir un diseño…
start-your-templates = Tus plantillas
start-kind-poster = Carteles
start-kind-placard = Pancartas
start-kind-sticker = Pegatinas
start-kind-t-shirt = Camisetas
start-kind-social = Imágenes para redes
start-kind-leaflet = Octavillas
start-kind-other = Otras
start-blank = Página en blanco
start-custom-size = Tamaño personalizado
unit-in = in
paper-letter = Carta
paper-tabloid = Tabloide 11×17 pulgadas
paper-inches = { $width }×{ $height } pulgadas
start-create-blank = Crear página en blanco
tour-title = Primeros pasos · { $card } de { $cards }
tour-words-title = Cambia las palabras
tour-words = Haz doble clic en cualquier texto de la página y escribe tus propias palabras. Con un clic lo seleccionas: la barra de encima de la página cambia su fuente, tamaño y color.
tour-photo-title = Añade tu foto
tour-photo = Haz clic en un marco de foto gris y elige una foto, o suelta una de tus archivos encima. Llena el marco; arrastra los tiradores de la foto para cambiar el marco.
tour-more-title = Añade más
tour-more =
    { $side ->
        [right] Los botones de la derecha añaden texto, fotos, formas y lemas, y cambian los colores de tu campaña. Haz clic derecho en cualquier cosa para ver más; F1 muestra las teclas.
       *[left] Los botones de la izquierda añaden texto, fotos, formas y lemas, y cambian los colores de tu campaña. Haz clic derecho en cualquier cosa para ver más; F1 muestra las teclas.
    }
tour-print-title = Imprímelo o publícalo
tour-print =
    { $side ->
        [left] Cuando quede bien, haz clic en Imprimir y descargar, arriba a la izquierda, y di para qué es el archivo: imprimir en casa, la imprenta, publicar en internet o pegatinas.
       *[right] Cuando quede bien, haz clic en Imprimir y descargar, arriba a la derecha, y di para qué es el archivo: imprimir en casa, la imprenta, publicar en internet o pegatinas.
    }
tour-skip = Saltar la visita
tour-done = Listo
tour-next = Siguiente
tour-back = Atrás
unsaved-heading = ¿Guardar los cambios?
unsaved-text = Este diseño tiene cambios sin guardar.
unsaved-save = Guardar
unsaved-discard = No guardar
restore-heading = ¿Recuperar el trabajo sin guardar?
restore-text = Placard se cerró sin guardar «{ $name }». Se puede recuperar su último estado guardado automáticamente.
restore-restore = Recuperar
restore-discard = Descartar
toast-show-in-folder = Mostrar en la carpeta
toast-dismiss = Cerrar
shortcuts-title = Atajos de teclado

## La hoja de atajos

shortcuts-or = { $first }  o  { $second }
shortcuts-hint = Haz doble clic en un texto de la página para escribir en él. Ctrl+rueda acerca y aleja; la rueda o el botón central mueven la página. Clic derecho para ver qué se puede hacer con la selección.

## El selector de color, elementos nuevos y mensajes breves

colour-white = blanco
colour-black = negro
colour-grey = gris
colour-red = rojo
colour-orange = naranja
colour-yellow = amarillo
colour-green = verde
colour-blue = azul
colour-purple = morado
colour-pink = rosa
colour-shade = Tono y brillo
colour-hue = Matiz
colour-hex = Hex
colour-hex-tip = Un código de color como #FFD400, como los que dan las guías de marca.
colour-design = Colores de este diseño
colour-design-one = Color del diseño
colour-recent = Recientes
colour-recent-one = Color reciente
colour-pick = Tomar de la página
colour-pick-tip = Luego haz clic en cualquier lugar de la página para tomar su color. Escape para dejarlo.
colour-basics = Básicos
colour-button-tip = { $name }: { $hex } — haz clic para elegir
new-text-name = Texto
new-qr-name = Código QR
new-rectangle-name = Rectángulo
new-ellipse-name = Elipse
new-line-name = Línea
new-polygon-name = Polígono
new-star-name = Estrella
new-bubble-name = Bocadillo
new-burst-name = Estallido
new-ribbon-name = Cinta
new-arrow-block-name = Flecha gruesa
new-quote-name = Cita
new-slogan-name = Lema
new-text-slogan = Tu lema
new-text-subheading = Una línea debajo
new-text-small = Cuándo y dónde: sábado, 12:00, plaza mayor
new-text-hashtag = #TuCampaña
toast-exported = Exportado: { $file }
toast-brand-saved = Identidad visual guardada
toast-template-saved = Guardado como la plantilla «{ $name }»
template-save-title = Guardar como plantilla
template-name = Nombre de la plantilla
template-save = Guardar plantilla
clipboard-unreadable = No se puede leer el portapapeles: { $reason }
clipboard-text-too-long = El texto copiado tiene { $count } caracteres, más de los { $most } que caben en un cuadro de texto; copia una parte más corta.
pasted-picture = la imagen pegada
pasted-picture-unusable = la imagen pegada no se puede usar: { $reason }
no-such-template = no hay ninguna plantilla «{ $id }»
filter-design = Diseño de Placard
filter-images = Imágenes
filter-zip = Archivo zip

## Ventanas de lemas, identidad visual, kit de campaña y combinación

slogans-search = Buscar
slogans-search-hint = huelga, paz, assange…
slogans-click-use = Haz clic para añadirlo como texto nuevo; «Usar» pone las palabras en el texto seleccionado.
slogans-click-add = Haz clic para añadirlo a la página con estilo.
slogans-nothing = No se encontró nada. Añade los tuyos abajo.
slogans-add-tip = Añadir a la página
slogans-use = Usar
slogans-forget = Olvidar
slogans-forget-tip = Quitar de tus lemas
slogans-title = Lemas y citas
slogans-your-own = Los tuyos
slogans-text = Lema o cita
slogans-said-by = Dicho por (citas)
slogans-add-mine = Añadir a mis lemas
brand-title = Identidad visual
brand-intro = Los colores, las fuentes y el logo de tu campaña, guardados una vez para todos tus diseños.
brand-campaign = Campaña
brand-colours = Colores
brand-background = Fondo
brand-text = Texto
brand-accent = Acento
brand-text-on-accent = Texto sobre acento
brand-start-from = Partir de
brand-start-from-named = Partir de { $palette }
brand-fonts = Fuentes
brand-headlines = Titulares
brand-everything-else = Todo lo demás
brand-logo = Logo
brand-no-logo = ninguno
brand-choose-logo = Elegir logo…
brand-remove = Quitar
brand-save = Guardar identidad visual
brand-apply = Aplicar a este diseño
brand-apply-disabled = Primero guarda la identidad visual y abre un diseño
palette-heading = Paleta
palette-text-on-background = Texto sobre fondo
palette-reads-well = se lee bien
palette-large-only = solo texto grande
palette-hard = se lee mal
palette-check = { $pair }: { $ratio }:1, { $verdict }
kit-title = Kit de campaña
kit-editing = Editando { $format } en el lienzo.
kit-back = Volver al diseño
kit-not-every-change = No todos tus cambios caben en todos los formatos:
kit-export-zip = Exportar el kit en zip…
kit-export-folder = Exportar el kit a una carpeta…
kit-on-canvas = En el lienzo
kit-edit = Editar
kit-edit-tip = Editar { $format } en el lienzo
merge-title = Combinar con una tabla
merge-intro = Una versión de este diseño por fila. Pega una tabla de una hoja de cálculo: la primera línea nombra los huecos ({ $slots }).
merge-no-slots = este diseño no tiene: pon nombre a los huecos de los elementos en el panel de propiedades
merge-table = Tabla
merge-the-table = la tabla
merge-no-column = Ninguna columna nombra un hueco de este diseño.
merge-left-out = Se dejan fuera (no existe ese hueco): { $columns }
merge-previous = Fila anterior
merge-next = Fila siguiente
merge-row-of = Fila { $row } de { $rows }
merge-pictures-from = Las imágenes que nombra la tabla se toman de { $folder }
merge-pictures-folder = Carpeta de imágenes…
merge-pictures-tip = Placard solo lee las imágenes de la tabla de esta carpeta
merge-export =
    { $rows ->
        [one] Exportar una versión en PDF…
       *[other] Exportar { $rows } versiones en un solo PDF…
    }

## La ventana del kit de campaña

kit-intro = Tu diseño en todos los formatos, cada uno desde su propia plantilla con tus palabras, tu foto y tus colores. Edita cualquiera en el lienzo y luego expórtalos juntos: PDF listos para imprenta, PNG para publicar y el diseño de cada formato.

## El explorador de archivos

place-home = Carpeta personal
place-documents = Documentos
place-pictures = Imágenes
place-desktop = Escritorio
place-downloads = Descargas
browser-open-design = Abrir un diseño
browser-save-design = Guardar el diseño
browser-choose-image = Elegir una foto o un gráfico
browser-where-to-save = Dónde guardar el archivo
browser-choose-folder = Elegir una carpeta
browser-up = Subir
browser-up-tip = La carpeta que contiene esta
browser-folder = Carpeta
browser-folder-hint = Escribe una carpeta y pulsa Intro
browser-no-folders = Aquí no hay carpetas.
browser-nothing-fits = Aquí no hay nada que sirva: ni carpetas ni archivos del tipo adecuado.
browser-more = … y { $count } más; escribe un nombre abajo para elegir uno
browser-file-name = Nombre del archivo
browser-already-there = «{ $name }» ya existe. Pulsa Reemplazar para poner el archivo nuevo en su lugar.
browser-replace = Reemplazar
browser-choose-this-folder = Elegir esta carpeta
browser-open = Abrir
browser-save = Guardar
browser-no-such-folder = esa carpeta no existe
browser-no-such-file = aquí no hay ningún archivo con ese nombre
browser-may-not-open = esta carpeta no se puede abrir
browser-not-a-folder = es un archivo, no una carpeta
browser-cannot-read = no se puede leer ({ $reason })

## La línea de órdenes: su ayuda

cli-about = Placard: diseña carteles, pancartas, pegatinas e imágenes para redes de tus campañas, y exporta archivos que una imprenta acepta tal cual.
cli-about-templates = Muestra las plantillas incluidas con sus tamaños, páginas y huecos.
cli-about-new = Empieza un diseño nuevo a partir de una plantilla y rellena sus huecos.
cli-about-check = Revisa un diseño antes de imprimir: fotos borrosas, texto en los márgenes, dibujos que se quedan en el borde de corte, líneas demasiado finas, texto diminuto o difícil de leer, letras que faltan. Termina con el estado 1 cuando algo saldría mal impreso.
cli-about-kit = Crea un kit de campaña a partir de un diseño: carteles A3 y A2, una pancarta, una pegatina y un folleto en PDF listos para imprenta, una foto de perfil y una imagen para compartir en PNG, cada uno con su archivo .placard editable al lado, en una carpeta o en un archivo zip.
cli-about-merge = Crea una versión de un diseño por cada fila de una tabla: un CSV cuyas columnas se llaman como los huecos del diseño (texto, un enlace para un código QR o un archivo de imagen). Escribe un PDF con todas las versiones, o una carpeta con un PDF por fila.
cli-about-render = Exporta un diseño como PDF, PNG, JPEG o SVG (según la terminación del nombre de salida).
cli-about-thumbnail = Dibuja la primera página de un diseño como una pequeña imagen PNG, como muestran los gestores de archivos los archivos .placard.
cli-about-help = Muestra la ayuda de Placard o de una de sus órdenes.
cli-heading-usage = Uso:
cli-heading-commands = Órdenes
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-value-options = OPCIONES
cli-value-command = ORDEN
cli-value-file = ARCHIVO
cli-value-design = DISEÑO
cli-value-template = PLANTILLA
cli-value-output = SALIDA
cli-value-slot = HUECO=VALOR
cli-value-metres = METROS
cli-value-table = TABLA
cli-value-column = COLUMNA
cli-value-folder = CARPETA
cli-value-preset = AJUSTE
cli-value-dpi = PPP
cli-value-page = PÁGINA
cli-value-condition = CONDICIÓN
cli-value-percent = PORCENTAJE
cli-value-sheet = HOJA
cli-value-mm = MM
cli-value-name = NOMBRE
cli-value-alpha = ALFA
cli-value-pixels = PÍXELES
cli-arg-help = Muestra esta ayuda.
cli-arg-help-command = La orden que quieres que se explique.
cli-arg-version = Muestra la versión de Placard.
cli-arg-editor-file = Un archivo .placard para abrir en el editor.
cli-arg-templates-json = Escribe JSON en lugar de una tabla.
cli-arg-new-template = El identificador de la plantilla (mira «placard templates»).
cli-arg-new-output = Dónde guardar el nuevo archivo .placard.
cli-arg-new-set = Rellena un hueco: HUECO=TEXTO para palabras, HUECO=@ARCHIVO para una foto o un SVG.
cli-arg-check-input = El archivo .placard.
cli-arg-check-json = Escribe lo encontrado como JSON.
cli-arg-check-inks = Cuenta también las tintas que necesita cada página en serigrafía (de 1 a 4 colores directos).
cli-arg-check-distance = Di también cómo se lee cada página desde tantos metros (altura de letra, palabras, contraste): para pancartas y carteles.
cli-arg-bundled-fonts-only = Usa solo las fuentes que trae Placard, no las instaladas.
cli-arg-kit-design = El diseño .placard (sus huecos —titular, foto, enlace…— rellenan todos los formatos).
cli-arg-kit-output = Una carpeta, o un archivo terminado en .zip.
cli-arg-merge-design = El diseño .placard con huecos con nombre.
cli-arg-merge-csv = La tabla (separada por comas, puntos y coma o tabuladores; su primera línea nombra los huecos).
cli-arg-merge-output = salida.pdf para un solo archivo, o salida/ para un archivo por fila.
cli-arg-merge-name-column = La columna que da nombre a cada archivo de la carpeta (la primera, si no se indica).
cli-arg-merge-pictures = La carpeta donde están las imágenes de la tabla; nunca se lee nada fuera de ella (la carpeta de la tabla, si no se indica).
cli-arg-merge-preset = Un ajuste de impresión, como en «render»: print-shop o web-printer.
cli-arg-bleed = Incluye el sangrado.
cli-arg-marks = Añade marcas de corte (PDF).
cli-arg-render-input = El archivo .placard.
cli-arg-render-output = El archivo que se crea: .pdf, .png, .jpg o .svg.
cli-arg-thumbnail-output = La imagen PNG que se escribe.
cli-arg-thumbnail-size = Cuántos píxeles tiene el lado más largo de la imagen (de { $least } a { $most }).
cli-arg-render-dpi = Resolución de los PNG y JPEG, en puntos por pulgada (la del diseño si no se indica —72 en imágenes para redes—, si no 300).
cli-arg-render-page = La página que se exporta, contando desde 1. PNG, JPEG y SVG toman la página 1 si no se indica; un PDF toma todas.
cli-arg-render-pdfx = Escribe un PDF/X-4 (intención de salida, perfil de color incrustado, claves de reventado y de versión).
cli-arg-render-preset = Un ajuste de impresión: print-shop es un PDF/X-4 en CMYK con sangrado y marcas de corte; web-printer es lo mismo sin marcas (las imprentas en línea ponen las suyas).
cli-arg-render-cmyk = Imprime en CMYK (PDF): los colores y las fotos pasan a las tintas de la condición de impresión, el texto negro solo con tinta negra, las zonas negras grandes en negro enriquecido.
cli-arg-render-rgb = Mantiene los colores en sRGB (PDF), también con un ajuste.
cli-arg-render-print-condition = La condición de impresión para la que se hace el CMYK: fogra39 (papel estucado, Europa) o gracol (papel estucado, Norteamérica). La del diseño si no se indica; si no, fogra39.
cli-arg-render-ink-limit = El total máximo de las cuatro tintas en CMYK, en porcentaje (de 200 a { $limit }; { $limit } si no se indica).
cli-arg-render-tile = Imprime la página (--page, o la primera) a tamaño real en hojas de impresora de casa, a4 o letter (PDF): un mapa de cómo encajan y una hoja por trozo, con marcas de corte, guías de pegado y etiquetas.
cli-arg-render-overlap = Cuánto se solapan los trozos para pegarlos, en milímetros ({ $overlap } si no se indica).
cli-arg-render-cut-name = El nombre del color directo de la línea de corte de una pegatina (PDF), como lo espera la máquina de corte: CutContour (si no se indica), CutContourFlex o Thru-cut.
cli-arg-render-transparent = Fondo transparente (PNG, SVG).
cli-arg-render-allow-large = Exporta un PNG aunque pueda ocupar más de 1 GB en disco.
cli-arg-render-solid-alpha = Con --transparent: los píxeles menos opacos que esto (de 0 a 255) pasan a ser transparentes y el resto opacos, para impresión directa sobre prenda.
cli-arg-render-font-dir = Busca fuentes en esta carpeta en lugar de las del sistema (se puede poner varias veces).

## La línea de órdenes: lo que dicen sus órdenes

cli-cannot-write = no se pudo escribir la salida: { $reason }
cli-editor-failed = no se pudo abrir la ventana del editor: { $reason }
cli-editor-failed-hint = la línea de órdenes sigue funcionando; mira «placard --help»
cli-no-editor = esta copia de Placard no tiene ventana de editor; mira «placard --help»
cli-slot-text = texto
cli-slot-image = imagen
cli-slot-link = enlace
cli-size-px = { $width } × { $height } px
cli-size-mm = { $width } × { $height } mm
cli-template-details =
    { $size } · { $pages ->
        [one] una página
       *[other] { $pages } páginas
    } · huecos: { $slots }
cli-inks =
    página { $page }: { $count ->
        [one] una tinta
       *[other] { $count } tintas
    } para serigrafía: { $inks }
cli-inks-photos = las fotos o gráficos necesitan cuatricromía o impresión digital
cli-inks-blends = los degradados o los colores transparentes necesitan tramas
cli-inks-too-many = la mayoría de los serigrafistas trabajan con hasta 4 tintas
cli-inks-separator = ;{" "}
cli-unknown-template = no existe la plantilla «{ $template }»; las que hay son: { $available }
cli-template-damaged = la plantilla incluida «{ $template }» está dañada
cli-set-form = --set «{ $assignment }»: escríbelo como HUECO=TEXTO o HUECO=@ARCHIVO_DE_IMAGEN
cli-slot-takes-image = el hueco «{ $slot }» lleva una imagen: escribe --set { $slot }=@ruta/a/la/foto.jpg
cli-in-template = plantilla «{ $template }»: { $reason }
cli-output-kind = { $file }: elige una salida terminada en .pdf, .png, .jpg o .svg
cli-dpi-range = --dpi { $dpi }: elige una resolución entre 1 y 4800
cli-thumbnail-size = { $size } píxeles: elige un tamaño de { $least } a { $most }
cli-no-such-page =
    { $file }: no hay página { $page }; el documento tiene { $count ->
        [one] una página
       *[other] { $count } páginas
    }
cli-overlap-range = --overlap { $overlap }: elige entre 0 y 50 mm
cli-png-large = { $file }: { $picture } a { $dpi } ppp; baja --dpi, o añade --allow-large para exportarlo igualmente
cli-ink-limit-range = --ink-limit { $limit }: elige entre 200 y { $most } por ciento
png-estimate = { $width } × { $height } píxeles, un archivo de hasta { $size } GB
cli-kit-progress = hechos { $done } de { $total } formatos
cli-note = nota
cli-kit-written =
    { $folder }: { $count ->
        [one] un archivo
       *[other] { $count } archivos
    } ({ $files })
cli-no-such-column = { $file }: no hay ninguna columna «{ $column }»; las columnas son: { $columns }
cli-no-slot-columns = { $file }: ninguna columna se llama como un hueco de { $design }; sus huecos son: { $slots }
cli-column-left-out = la columna «{ $column }» no se llama como ningún hueco y se deja fuera
cli-merge-progress = combinadas { $done } de { $total } filas
cli-merge-written =
    { $count ->
        [one] un archivo en { $folder }
       *[other] { $count } archivos en { $folder }
    }
cli-merge-output = { $file }: la combinación escribe un PDF (salida.pdf) o una carpeta de ellos (salida/)

## Archivos que no se pueden leer ni escribir

file-reason = { $file }: { $reason }
size-mb = { $size } MB
size-kb = { $size } KB
file-too-large = es más grande que los { $limit } que admite Placard
file-larger-than = ocupa { $size }, más que los { $limit } que admite Placard
file-is-folder = es una carpeta, no un archivo
file-not-ordinary = no es un archivo normal (es un dispositivo o una tubería); Placard solo lee archivos
file-is-input = este es uno de los archivos con los que se hace el trabajo; elige otro nombre para no sustituirlo
file-no-name = la ruta no nombra ningún archivo
io-not-found = no existe ese archivo o carpeta
io-permission-denied = no tienes permiso para leerlo o cambiarlo
io-already-exists = ya existe
io-disk-full = el disco está lleno
io-read-only = el disco solo se puede leer, no escribir
io-not-a-folder = una parte de la ruta no es una carpeta
io-quota = se ha agotado tu cuota de espacio en disco
io-file-too-large = el archivo es demasiado grande para este disco
io-bad-name = ese nombre no vale para un archivo aquí
file-not-placard = { $file }: no es un archivo de Placard ({ $reason })
file-damaged = { $file }: document.json está dañado: { $reason }
file-newer = { $file }: se hizo con un Placard más nuevo (formato { $found }; esta versión lee hasta el { $supported }); actualiza Placard
file-missing-asset = { $file }: el documento usa «{ $asset }», pero el archivo no lo contiene
file-not-zip = no es un archivo zip legible: { $reason }
file-entries-twice = dos de sus entradas se llaman igual (document.json o un recurso repetido)
file-no-document = no tiene document.json
file-document-too-large = su document.json ocupa { $size }, más que los { $limit } de un diseño que Placard lee
file-document-unpack = no se puede descomprimir document.json: { $reason }
file-entry-damaged = la entrada { $entry } está dañada: { $reason }
file-unsafe-entry = nombre de entrada peligroso «{ $name }»
file-assets-too-large = sus imágenes y fuentes son de un tamaño inverosímil
file-asset-unpack = no se puede descomprimir «{ $name }»: { $reason }
file-asset-twice = «{ $name }» está dos veces
file-json = { $reason }
file-no-version = no tiene número de format_version
file-no-pages = no tiene páginas
reason-as-said = { $reason }
reason-zip-damaged = el archivo está dañado o es de otro tipo
reason-data-damaged = sus datos están dañados
reason-zip-unsupported = está empaquetado de una forma que Placard no sabe abrir (cifrado o con una compresión poco común)
reason-zip-password = está protegido con contraseña
reason-cut-short = termina antes de tiempo: le falta una parte
reason-text-broken = el texto está roto en la línea { $line }, columna { $column }
reason-number-too-large = un número está fuera de rango (demasiado grande) en la línea { $line }, columna { $column }
reason-value-wrong = falta un valor o no es del tipo esperado en la línea { $line }, columna { $column }
reason-unreadable = no se puede leer
reason-not-utf8 = no está guardado como texto UTF-8

## Lo que puede contener un diseño

limit-number = contiene el número { $number }, muy lejos de cualquier página (se admiten números hasta { $most })
limit-pages = tiene { $count } páginas; un diseño puede tener hasta { $most }
limit-page-size = { $page } mide { $width } × { $height } mm; las páginas pueden medir de { $least } mm a { $most } m por lado
limit-bleed = { $page } tiene un sangrado de { $bleed } mm; el sangrado puede ser de 0 a { $most } mm
limit-gradient-stops = { $place }: un degradado tiene { $count } paradas de color; se admiten hasta { $most }
limit-group-depth = { $place }: hay grupos metidos unos en otros más de { $most } niveles
limit-elements = tiene más de { $most } elementos; un diseño puede tener hasta { $most }
limit-text-size = { $place }: el tamaño de texto { $size } pt está fuera de 0 a { $most } pt
limit-corners = { $place }: la forma tiene { $count } esquinas; las formas pueden tener hasta { $most }
limit-face-blocks = { $place }: la foto tiene { $count } bloques que tapan caras; se admiten hasta { $most }
limit-text-length = { $place }: el texto tiene { $count } caracteres; un texto puede tener hasta { $most } (repártelo en varios cuadros de texto o páginas)
element-in-slot = el hueco «{ $slot }»
element-text = el texto «{ $words }»
quoted = «{ $words }»

## Exportaciones, combinaciones y kits que no se pueden hacer

export-no-such-page =
    no hay página { $page }; el documento tiene { $count ->
        [one] una página
       *[other] { $count } páginas
    }
export-png-too-large = { $width } × { $height } píxeles es demasiado para un PNG; elige una resolución más baja
export-jpeg-too-large = { $width } × { $height } píxeles es demasiado para un JPEG (Placard hace JPEG de hasta { $most } megapíxeles); elige una resolución más baja, o PNG
export-jpeg-too-wide = { $width } × { $height } píxeles es demasiado para un JPEG (65535 por lado como máximo); elige una resolución más baja, o PNG
export-cancelled = se canceló la exportación
export-band-missing = una franja de la página no se llegó a dibujar
pdf-font-unusable = la fuente «{ $font }» no se puede incrustar en un PDF
pdf-not-written = no se pudo escribir el PDF: { $reason }
svg-image-not-embedded = no se pudo incrustar una imagen: { $reason }
cmyk-profile-unusable = no se puede usar el perfil de color de { $condition }: { $reason }
job-could-not-start = el trabajo no pudo empezar: { $reason }
preview-failed = no se puede dibujar la vista previa
autosave-stopped = el guardado automático se detuvo de forma inesperada
autosave-failed = falló el guardado automático: { $reason }
slogans-damaged = { $file } no es una lista de lemas válida: { $reason }
brand-kit-damaged = { $file } no es un archivo de identidad visual válido: { $reason }
merge-row-failed = fila { $row }: { $reason }
merge-cancelled = se canceló la combinación
table-header-unreadable = no se puede leer la primera línea: { $reason }
table-no-header = la primera línea debe dar nombre a las columnas (los huecos del diseño)
table-line-unreadable = no se puede leer la línea { $line }: { $reason }
table-too-many-values = la línea { $line } tiene { $values } valores, pero hay { $columns } columnas
table-too-many-rows = tiene más de { $most } filas, más versiones de las que hace una combinación; divide la tabla
table-no-rows = no hay filas debajo de los nombres de las columnas
table-not-utf8 = no es texto UTF-8; guarda la hoja de cálculo como «CSV UTF-8»
merge-picture-outside = «{ $name }» está fuera de la carpeta de imágenes { $folder }; pon la imagen en esa carpeta y nómbrala desde ahí
merge-no-such-slot = no hay ningún hueco «{ $slot }»; los huecos son: { $slots }
merge-picture-unreadable = { $file }: no se puede leer la imagen: { $reason }
merge-slot-cannot-show = el hueco «{ $slot }» no puede mostrar { $file }
kit-cancelled = se canceló la exportación del kit
kit-format-poster-a3 = Cartel A3
kit-format-poster-a2 = Cartel A2
kit-format-placard = Pancarta (A2, dos caras)
kit-format-sticker = Pegatina (redonda de 75 mm)
kit-format-profile-picture = Foto de perfil (cuadrada de 1080 px)
kit-format-share-image = Imagen para compartir (1200 × 630 px)
kit-format-leaflet = Folleto (A5)
kit-colour-kept = el color de { $element } no se leería sobre el fondo de «{ $format }», así que «{ $format }» conserva el suyo
kit-colour-changed = { $element } lleva otro color en «{ $format }», porque el suyo no se leería sobre ese fondo
kit-left-out = { $element } se queda fuera de «{ $format }»: su forma es demasiado distinta para colocarlo; añádelo allí a mano

## Las hojas de un cartel dividido para la impresora de casa

tile-sheet-label = { $tile } — fila { $row } de { $rows }, columna { $column } de { $columns }
tile-sheet-glue = corta por la marca izquierda y pega sobre el trozo de la izquierda
tile-map-title =
    Mapa de montaje: { $sheets } hojas, { $across ->
        [one] una de ancho
       *[other] { $across } de ancho
    } y { $down ->
        [one] una de alto
       *[other] { $down } de alto
    }
tile-map-how = Imprime al 100 % (tamaño real). Recorta cada hoja por sus marcas donde un trozo se solapa con el anterior y pégala sobre la franja de { $overlap } mm de su vecina.
