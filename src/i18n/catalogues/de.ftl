# Die Meldungen von Placard auf Deutsch.

## Wie ernst ein Problem ist

severity-error = Fehler
severity-warning = Warnung

## Wo ein Problem liegt

place-file = { $file }
place-row = Zeile { $row }
place-page = Seite { $page }
place-subject = „{ $name }“
place-separator = ,{" "}
diagnostic-with-hint = { $message }; { $hint }
diagnostic-at = { $place }: { $text }

## Probleme beim Zeichnen des Entwurfs

font-file-damaged = Die Schriftdatei „{ $file }“ im Entwurf ist beschädigt ({ $reason }); ihr Text wird in einer anderen Schrift gesetzt
design-has-no-page = Der Entwurf hat keine Seite { $page }
qr-too-long = Der QR-Code kann keine { $count } Zeichen aufnehmen
qr-too-long-hint = kürze den Link oder senke die Fehlerkorrektur
font-not-installed = Die Schrift „{ $font }“ ist nicht auf diesem Computer, deshalb wird stattdessen Inter verwendet
font-not-installed-hint = installiere die Schrift oder wähle eine, die Placard mitbringt
text-overflows = Der Text passt bei { $size } pt nicht in seinen Rahmen und läuft darüber hinaus
text-overflows-hint = vergrößere den Rahmen, kürze den Text oder schalte „In Rahmen einpassen“ ein
characters-missing =
    { $count ->
        [one] Ein Zeichen ist in keiner verfügbaren Schrift enthalten und wird als leeres Kästchen gedruckt
       *[other] { $count } Zeichen sind in keiner verfügbaren Schrift enthalten und werden als leere Kästchen gedruckt
    }
characters-missing-hint = wähle eine andere Schrift
photo-cut-short = Das Foto „{ $file }“ ist unvollständig: Die Datei endet vor dem Bild, und der fehlende Teil wird als graue Fläche gedruckt
photo-cut-short-hint = füge es aus einer vollständigen Kopie neu hinzu
picture-unusable = Das Bild „{ $file }“ kann nicht verwendet werden: { $reason }
asset-missing = Der Entwurf verweist auf „{ $file }“, enthält die Datei aber nicht
svg-links-outside = Das SVG „{ $file }“ verweist auf das Bild „{ $link }“ außerhalb der Datei; es wird weggelassen
svg-links-outside-hint = bette das Bild in das SVG ein (Placard liest nie andere Dateien, die ein SVG nennt)
svg-inner-svg-unreadable = Ein im SVG „{ $file }“ eingebettetes SVG ist nicht lesbar ({ $reason }) und wird weggelassen
svg-inner-picture-damaged = Ein im SVG „{ $file }“ eingebettetes Bild ist beschädigt und wird weggelassen
svg-inner-picture-unknown = Ein im SVG „{ $file }“ eingebettetes Bild liegt als { $format } vor, das Placard nicht liest, und wird weggelassen
svg-inner-picture-unknown-hint = bette es als PNG oder JPEG ein

## Die Druckprüfung

check-text-too-small = Der Text ist { $size } pt groß, zu klein, um ihn gedruckt zu lesen (mindestens { $least } pt)
check-text-past-trim = Der Text reicht über die Schnittkante und wird abgeschnitten
check-text-near-edge = Der Text kommt dem Rand näher als der Sicherheitsabstand; ein leicht verrutschter Schnitt kann ihn treffen
check-text-low-contrast = Der Text ist auf seinem Hintergrund schwer zu lesen (Kontrast { $ratio }:1, mindestens { $needed }:1 wären gut); wähle eine hellere oder dunklere Farbe
check-outline-too-thin = Die Textkontur ist { $width } pt dick, zu dünn für einen gleichmäßigen Druck (mindestens { $least } pt)
check-line-too-thin = Die Linie ist { $width } pt dick, zu dünn für einen sicheren Druck (mindestens { $least } pt)
check-photo-blurry-print = Das Foto hat hier { $dpi } dpi und wird unscharf gedruckt (mindestens { $wanted } wären gut); nimm ein größeres Foto oder verkleinere es
check-photo-blurry-screen = Das Foto hat in dieser Größe { $dpi } Pixel pro Zoll und wirkt unscharf (mindestens { $wanted } wären gut); nimm ein größeres Foto oder verkleinere es
check-photo-soft-print = Das Foto hat hier { $dpi } dpi und wird vielleicht etwas weich gedruckt ({ $wanted } sind am besten)
check-photo-soft-screen = Das Foto hat in dieser Größe { $dpi } Pixel pro Zoll und wirkt vielleicht etwas weich ({ $wanted } sind am besten)
check-qr-empty = Der QR-Code ist leer; gib seinen Link ein
check-qr-too-fine = Die Quadrate des QR-Codes sind { $size } mm groß, zu fein zum Drucken und Scannen (vergrößere ihn oder kürze den Link)
check-qr-too-small = Der QR-Code ist { $side } mm breit; um ihn aus etwa { $distance } cm zu scannen, sollte er mindestens { $needed } mm breit sein
check-qr-pixels = Die Quadrate des QR-Codes sind kleiner als 2 Pixel; vergrößere ihn, damit Handys ihn lesen können
check-qr-contrast = Der QR-Code braucht dunkle Quadrate auf hellem Grund mit starkem Kontrast, sonst können Handys ihn vielleicht nicht lesen
check-ends-at-trim = Es endet genau an der Schnittkante; ein leicht verrutschter Schnitt lässt einen weißen Streifen stehen. Zieh es bis in den Beschnitt

## Die Prüfung auf der Kommandozeile

cli-check-ready = { $file }: druckfertig, keine Probleme gefunden
cli-check-counts =
    { $file }: { $errors ->
        [0] keine Fehler
        [one] ein Fehler
       *[other] { $errors } Fehler
    }, { $warnings ->
        [0] keine Warnungen
        [one] eine Warnung
       *[other] { $warnings } Warnungen
    }
cli-check-fails =
    { $file }: { $errors ->
        [one] ein Problem würde falsch gedruckt
       *[other] { $errors } Probleme würden falsch gedruckt
    }

## Exporte aus dem Editor

export-replaced-files =
    { $count ->
        [one] eine vorhandene Datei wurde ersetzt: { $files }
       *[other] { $count } vorhandene Dateien wurden ersetzt: { $files }
    }

## Die Druckprüfung im Editor

print-check-title = Druckprüfung
print-check-ready = Druckprüfung: fertig
print-check-summary =
    Druckprüfung: { $errors ->
        [0] { $warnings ->
            [one] eine Warnung
           *[other] { $warnings } Warnungen
        }
        [one] ein Problem{ $warnings ->
            [0] {""}
            [one] , eine Warnung
           *[other] , { $warnings } Warnungen
        }
       *[other] { $errors } Probleme{ $warnings ->
            [0] {""}
            [one] , eine Warnung
           *[other] , { $warnings } Warnungen
        }
    }
print-check-none = Druckfertig: keine Probleme gefunden.
print-check-click = Klicke auf einen Punkt, um auszuwählen, worum es geht.
print-check-problem = Problem
print-check-warning = Warnung
fix-extend-into-bleed = Bis in den Beschnitt ziehen
fix-thicken-line = Auf { $width } pt setzen
fix-move-inside-margin = Vom Rand wegrücken

## Die Befehle des Editors

cmd-new = Neu…
cmd-new-tip = Einen neuen Entwurf aus einer Vorlage oder einer leeren Seite beginnen
cmd-open = Öffnen…
cmd-open-tip = Einen als .placard-Datei gespeicherten Entwurf öffnen
cmd-save = Speichern
cmd-save-tip = Den Entwurf in seiner Datei speichern
cmd-save-as = Speichern unter…
cmd-save-as-tip = Den Entwurf in einer neuen Datei speichern
cmd-export = Drucken & herunterladen…
cmd-export-tip = Eine Datei zum Drucken zu Hause, für die Druckerei oder zum Posten im Netz erhalten
cmd-save-as-template = Als Vorlage speichern…
cmd-save-as-template-tip = Diesen Entwurf als Vorlage behalten, um beim nächsten Mal damit zu beginnen
cmd-undo = Rückgängig
cmd-undo-what = Rückgängig: { $what }
cmd-undo-tip = Die letzte Änderung zurücknehmen
cmd-redo = Wiederholen
cmd-redo-what = Wiederholen: { $what }
cmd-redo-tip = Die zurückgenommene Änderung wiederherstellen
cmd-cut = Ausschneiden
cmd-cut-tip = Die Auswahl entfernen und zum Einfügen behalten
cmd-copy = Kopieren
cmd-copy-tip = Eine Kopie der Auswahl zum Einfügen behalten
cmd-paste = Einfügen
cmd-paste-tip = Das Kopierte auf die Seite setzen
cmd-duplicate = Duplizieren
cmd-duplicate-tip = Eine Kopie der Auswahl daneben anlegen
cmd-delete = Löschen
cmd-delete-tip = Die Auswahl von der Seite entfernen
cmd-select-all = Alles auswählen
cmd-select-all-tip = Alles auf der Seite auswählen, was nicht gesperrt ist
cmd-deselect = Nichts auswählen
cmd-deselect-tip = Nichts mehr auswählen; bricht ein Ziehen ab und stellt alles zurück
cmd-move-left = Nach links
cmd-move-right = Nach rechts
cmd-move-up = Nach oben
cmd-move-down = Nach unten
cmd-move-far-left = Weit nach links
cmd-move-far-right = Weit nach rechts
cmd-move-far-up = Weit nach oben
cmd-move-far-down = Weit nach unten
cmd-move-tip = Die Auswahl um einen Punkt verschieben
cmd-move-far-tip = Die Auswahl um zehn Punkte verschieben
cmd-add-slogan-text = Text
cmd-add-slogan-text-tip = Einen großen Textrahmen für einen Slogan hinzufügen, bereit zum Tippen
cmd-add-subheading = Unterzeile
cmd-add-subheading-tip = Eine kleinere Textzeile hinzufügen, bereit zum Tippen
cmd-add-small-text = Kleiner Text
cmd-add-small-text-tip = Schlichten Text für ein Datum, einen Ort oder einen Aufruf hinzufügen
cmd-add-hashtag = Hashtag
cmd-add-hashtag-tip = Einen Hashtag oder eine Webadresse hinzufügen
cmd-add-photo = Foto oder Grafik…
cmd-add-photo-tip = Ein Foto oder eine SVG-Grafik aus einer Datei hinzufügen
cmd-replace-photo = Foto ersetzen…
cmd-choose-photo = Foto wählen…
cmd-replace-photo-tip = Ein Foto aus einer Datei in den gewählten Rahmen setzen; Größe und Platz bleiben
cmd-add-slogan = Slogan oder Zitat…
cmd-add-slogan-tip = Einen Slogan oder ein Zitat aus der Sammlung wählen
cmd-add-qr = QR-Code
cmd-add-qr-tip = Einen QR-Code hinzufügen, der einen Link öffnet
cmd-shape-rectangle = Rechteck
cmd-shape-ellipse = Ellipse
cmd-shape-line = Linie
cmd-shape-arrow = Pfeil
cmd-shape-star = Stern
cmd-shape-hexagon = Sechseck
cmd-shape-bubble = Sprechblase
cmd-shape-burst = Zackenstern
cmd-shape-ribbon = Banner
cmd-shape-arrow-block = Blockpfeil
cmd-add-shape-tip = Diese Form in der Mitte der Seite hinzufügen
cmd-bring-forward = Nach vorne
cmd-bring-forward-tip = Das gewählte Element vor das darüberliegende setzen
cmd-send-backward = Nach hinten
cmd-send-backward-tip = Das gewählte Element hinter das darunterliegende setzen
cmd-group = Gruppieren
cmd-group-tip = Die gewählten Elemente verbinden, damit sie sich zusammen bewegen
cmd-ungroup = Gruppe auflösen
cmd-ungroup-tip = Die gewählte Gruppe in ihre Elemente zerlegen
cmd-align-left = Links ausrichten
cmd-align-centres = Horizontal zentrieren
cmd-align-right = Rechts ausrichten
cmd-align-top = Oben ausrichten
cmd-align-middles = Vertikal zentrieren
cmd-align-bottom = Unten ausrichten
cmd-align-tip = Die Auswahl ausrichten (ein einzelnes Element: an der Seite)
cmd-distribute-across = Horizontal verteilen
cmd-distribute-across-tip = Drei oder mehr Elemente gleichmäßig nebeneinander verteilen
cmd-distribute-down = Vertikal verteilen
cmd-distribute-down-tip = Drei oder mehr Elemente gleichmäßig untereinander verteilen
cmd-fit-page = Ganze Seite
cmd-fit-page-tip = Die ganze Seite im Fenster zeigen
cmd-print-size = Druckgröße
cmd-print-size-tip = Die Seite in der Größe zeigen, in der sie gedruckt wird
cmd-zoom-in = Vergrößern
cmd-zoom-in-tip = Näher heranholen
cmd-zoom-out = Verkleinern
cmd-zoom-out-tip = Mehr von der Seite sehen
cmd-slogans = Slogans und Zitate…
cmd-slogans-tip = Slogans und Zitate zum Verwenden, auch deine eigenen
cmd-brand-kit = Markenpaket…
cmd-brand-kit-tip = Die Farben, Schriften und das Logo deiner Organisation
cmd-data-merge = Seriendruck…
cmd-data-merge-tip = Eine Fassung pro Tabellenzeile erstellen (Namen, Orte, Daten)
cmd-campaign-kit = Kampagnenpaket…
cmd-campaign-kit-tip = Dieser Entwurf als Plakate, Schild, Aufkleber und Bilder für soziale Medien auf einmal
cmd-apply-brand-kit = Markenpaket anwenden
cmd-apply-brand-kit-tip = Die Farben und Schriften deines Markenpakets auf diesen Entwurf anwenden
cmd-print-check = Druckprüfung…
cmd-print-check-tip = Was eine Druckerei zu diesem Entwurf fragen würde
cmd-shortcuts = Tastenkürzel
cmd-shortcuts-tip = Alle Tastenkürzel auf einem Blatt
cmd-tour = Rundgang noch einmal zeigen
cmd-tour-tip = Die vier Karten, die zeigen, wo alles ist
cmd-with-shortcut = { $tip } ({ $shortcut })

## Was eine Änderung war, nach „Rückgängig“ und „Wiederholen“

action-change = Änderung
action-move = Verschieben
action-resize = Größe ändern
action-rotate = Drehen
action-opacity = Transparenz
action-rename = Umbenennen
action-typing = Tippen
action-crop = Zuschneiden
action-effect = Effekt
action-cut = Ausschneiden
action-paste = Einfügen
action-duplicate = Duplizieren
action-delete = Löschen
action-new-text = neuer Text
action-new-qr = neuer QR-Code
action-new-shape = neue Form
action-restack = Reihenfolge
action-group = Gruppieren
action-ungroup = Gruppe auflösen
action-align = Ausrichten
action-distribute = Verteilen
action-brand-kit = Markenpaket
action-hide = Ausblenden
action-show = Einblenden
action-lock = Sperren
action-unlock = Entsperren
action-photo = Foto
action-new-photo = neues Foto
action-paper = Papier

## Menüs und Statusleiste

menu-file = Datei
menu-edit = Bearbeiten
menu-add = Hinzufügen
menu-arrange = Anordnen
menu-view = Ansicht
menu-campaign = Kampagne
menu-help = Hilfe
menu-language-tip = Die Sprache des Editors (Language)
page-name = Seite { $page }
status-pixels = { $width } × { $height } px
status-size = { $width } × { $height } mm, Beschnitt { $bleed } mm
status-zoom = Zoom { $percent } %
status-exporting = Exportiere { $file }
button-cancel = Abbrechen

## Die Seitenleiste und ihre Fächer

drawer-templates = Vorlagen
drawer-templates-tip = Einen neuen Entwurf aus einer Vorlage beginnen
drawer-text = Text
drawer-text-tip = Einen Slogan, eine Unterzeile, kleinen Text oder einen Hashtag hinzufügen
drawer-photos = Fotos
drawer-photos-tip = Fotos hinzufügen und die Fotorahmen füllen
drawer-shapes = Formen
drawer-shapes-tip = Formen, Pfeile und QR-Codes hinzufügen
drawer-slogans = Slogans
drawer-slogans-tip = Slogans und Zitate zum Verwenden
drawer-symbols = Symbole
drawer-symbols-tip = Symbole: Fäuste, Tauben, Megafone, Pfeile, Sprechblasen, Abzeichen
drawer-symbols-hint = Klicke auf ein Symbol, um es in der Farbe des Entwurfs auf die Seite zu setzen.
symbols-search = Symbole suchen
symbols-all = Alle
symbols-none = Kein Symbol hat diese Wörter. Versuch ein anderes Wort, in jeder Sprache.
symbols-protest = Protest
symbols-peace = Frieden
symbols-solidarity = Solidarität
symbols-work = Arbeit
symbols-environment = Umwelt
symbols-housing = Wohnen
symbols-arrows = Pfeile
symbols-speech = Sprechblasen
symbols-badges = Abzeichen und Sterne
symbols-social = Soziale Medien
drawer-campaign = Kampagne
drawer-campaign-tip = Farben, Markenpaket, Kampagnenpaket und Druckprüfung
drawer-layers = Ebenen
drawer-layers-tip = Alles auf der Seite, das Oberste zuerst
drawer-shapes-hint = Klicke, um eine in die Mitte der Seite zu setzen.
drawer-qr-hint = Ein QR-Code führt Leute zu einer Petition, einem Treffen oder einer Website.
drawer-own-slogans = Deine eigenen Slogans…
drawer-own-slogans-tip = Die Slogans und Zitate deiner Kampagne aufbewahren
drawer-whole-campaign = Für die ganze Kampagne
drawer-templates-hint = Beginne damit einen neuen Entwurf. Dein Entwurf bleibt, wie er ist, bis du wählst.
drawer-photos-hint = Du kannst auch ein Foto aus deinen Dateien auf einen Rahmen ziehen oder eines einfügen (Strg+V).
drawer-photos-in-design = Fotos in diesem Entwurf
drawer-photo-choose = Wählen…
drawer-photo-replace = Ersetzen…
drawer-photo-choose-tip = Ein Foto für diesen Rahmen wählen
drawer-photo-replace-tip = Ein anderes Foto in diesen Rahmen setzen; Platz und Größe bleiben
drawer-text-hint = Klicke, um Text auf die Seite zu setzen, und tippe dann.
drawer-add-slogan = Slogan hinzufügen
drawer-add-subheading = Unterzeile hinzufügen
drawer-add-small-text = Kleinen Text hinzufügen
drawer-add-hashtag = Einen #Hashtag hinzufügen
drawer-text-edit-hint = Doppelklicke auf einen Text auf der Seite, um seine Worte zu ändern.

## Die obere Leiste und die Leiste für die Auswahl

top-title-hint = Name des Entwurfs
top-title-tip = Der Name des Entwurfs: Dateien, die du speicherst oder herunterlädst, heißen danach
top-not-saved = nicht gespeichert
top-not-saved-tip = Mit { $shortcut } speichern
top-zoom = { $percent } %
top-zoom-tip = 100 % ist die Druckgröße, auf einem üblichen Bildschirm
top-print-download = Drucken & herunterladen
bar-fill = Füllung
bar-fill-colour = Füllfarbe
bar-line = Linie
bar-line-colour = Linienfarbe
bar-font = Schrift
bar-size-tip = Textgröße in Punkt (der Text wird kleiner, wenn er sonst nicht in seinen Rahmen passt)
bar-size-unit = pt
bar-bold-on = Fett: klicken für normal
bar-bold-off = Normal: klicken für fett
bar-align-left = Text links
bar-align-centre = Text mittig
bar-align-right = Text rechts
bar-text-colour = Textfarbe
bar-effects = Effekte
bar-outline = Kontur
bar-outline-tip = Eine Linie um jeden Buchstaben, damit der Text auf einem unruhigen Foto lesbar bleibt
bar-shadow = Schatten
bar-shadow-tip = Ein Schatten unter den Buchstaben
bar-effects-more =
    { $side ->
        [left] Größe und Farbe von beiden stehen im Bereich links.
       *[right] Größe und Farbe von beiden stehen im Bereich rechts.
    }

## Wie eine Seite aus der Entfernung lesbar ist

legibility-no-text = Auf dieser Seite steht kein Text.
legibility-too-small = „{ $name }“ ist aus { $distance } m nicht lesbar: Die Großbuchstaben sind { $height } cm hoch, { $needed } cm wären nötig. Nimm weniger Wörter oder einen größeren Rahmen.
legibility-too-many-words = Aus { $distance } m sind { $words } Wörter zu lesen; auf einen Blick erfasst man etwa { $most } – kürze den Slogan.
legibility-weak-contrast = „{ $name }“ hebt sich schwach vom Hintergrund ab ({ $ratio }:1; ab { $good }:1 liest es sich draußen gut).
legibility-title = Aus der Ferne lesbar
legibility-distance = Leseabstand
unit-metres = m
legibility-needed = Aus { $distance } m brauchen Großbuchstaben { $height } cm (2,5 cm je 10 m).
legibility-reads = Lesbar: „{ $name }“: { $height } cm, lesbar aus { $from } m
legibility-close-by = Für die Nähe: „{ $name }“: { $height } cm, lesbar aus { $from } m
legibility-too-small-line = Zu klein: „{ $name }“: { $height } cm, lesbar aus { $from } m
legibility-contrast = Kontrast { $ratio }:1
legibility-words =
    { $words ->
        [one] ein Wort aus { $distance } m lesbar (Ziel: { $most } oder weniger)
       *[other] { $words } Wörter aus { $distance } m lesbar (Ziel: { $most } oder weniger)
    }
cli-distance-range = --distance { $distance }: wähle zwischen 0,5 und 500 Metern
cli-legibility-page = { $file }: Seite { $page }, aus { $distance } m (Großbuchstaben von { $needed } cm nötig):
cli-legibility-ok = gut
cli-legibility-small = KLEIN
cli-legibility-line =
    { $verdict } „{ $name }“: Großbuchstaben { $height } cm, lesbar aus { $from } m, { $words ->
        [one] ein Wort
       *[other] { $words } Wörter
    }, { $contrast }
cli-legibility-over-picture = über einem Bild
cli-legibility-advice = Tipp: { $advice }

## Der Seitenbereich und die Felder aller Bereiche

page-heading = Seite
page-size = Größe
page-size-choose = Wählen…
page-width = Breite
page-height = Höhe
page-portrait = Hochformat
page-landscape = Querformat
page-bleed = Beschnitt
page-background = Hintergrund
page-cut-line = Schneidelinie
page-cut-none = Keine
page-cut-ellipse = Kreis oder Oval
page-cut-rounded = Abgerundetes Rechteck
page-cut-rectangle = Rechteck
page-cut-line-tip = Wo der Aufkleber-Plotter schneidet: eine Linie in der Sonderfarbe CutContour im PDF, die nie gedruckt wird
page-cut-inset = Schnitt innerhalb
page-corner-radius = Eckenradius
unit-mm = mm
unit-px = px
field-in-cmyk = { $field } in CMYK
field-cmyk-tip = Druckfarben in Prozent: Cyan/Magenta/Gelb/Schwarz ({ $condition }). Tippe Farbanteile ein, um in CMYK-Dateien genau diese zu drucken.
layers-empty = Auf dieser Seite ist noch nichts. Mit „Hinzufügen“ setzt du Text, Formen oder Fotos.
layers-shown-tip = Sichtbar: klicken zum Ausblenden
layers-hidden-tip = Ausgeblendet: klicken zum Einblenden
layers-locked-tip = Gesperrt, damit es nicht aus Versehen verrutscht: klicken zum Entsperren
layers-unlocked-tip = Klicken, um es festzusetzen
layers-row-tip = Klicken zum Auswählen; nach oben oder unten ziehen, um die Reihenfolge zu ändern
canvas-hint = Klicke auf etwas auf der Seite, um es zu ändern · Doppelklick auf Text zum Tippen · Foto auf einen Rahmen ziehen
canvas-photo-frame = Klicken oder Foto hierher ziehen
canvas-cannot-show =
    Diese Seite kann nicht angezeigt werden:
    { $reason }

## Der Eigenschaftenbereich

props-selection = Auswahl
props-many-selected =
    { $count ->
        [one] Ein Element ausgewählt. Mit „Anordnen“ richtest du es aus oder verteilst es.
       *[other] { $count } Elemente ausgewählt. Mit „Anordnen“ richtest du sie aus oder verteilst sie.
    }
props-kind-text = Textrahmen
props-kind-photo = Foto
props-kind-shape = Form
props-kind-graphic = Grafik
props-kind-qr = QR-Code
props-kind-group = Gruppe
props-fit = Einpassen
props-fit-cover = Rahmen füllen (zuschneiden)
props-fit-contain = Alles zeigen
props-fit-stretch = Strecken
props-replace-photo = Foto ersetzen…
props-crop = Zuschneiden
props-crop-left = Links
props-crop-top = Oben
props-crop-width = Breite
props-crop-height = Höhe
props-brightness = Helligkeit
props-contrast = Kontrast
props-effect = Effekt
props-effect-none = Keiner (das Foto selbst)
props-effect-grayscale = Graustufen
props-effect-duotone = Duplex
props-effect-threshold = Schwellenwert (Schablone)
props-effect-posterize = Tontrennung
props-effect-halftone = Rasterpunkte
props-shadows = Tiefen
props-highlights = Lichter
props-level = Stufe
props-steps = Stufen
props-dot-spacing = Punktabstand
props-angle = Winkel
props-ink = Farbe
props-paper-colour = Papierfarbe (sonst durchsichtig)
props-paper = Papier
props-hide-faces = Gesichter verdecken
props-faces-done = Markieren beenden
props-faces-block = Gesichter abdecken…
props-faces-remove-last = Letzten Block entfernen
props-faces-hint = Zieh über jedes Gesicht auf dem Foto. Volle Blöcke verdecken sie in jedem Export; das Originalfoto bleibt nur im Entwurf.
props-name = Name
props-x = X
props-y = Y
props-w = B
props-h = H
props-rotation = Drehung
props-opacity = Deckkraft
props-text = Text
props-font = Schrift
props-weight = Stärke
props-weight-regular = Normal
props-weight-bold = Fett
props-weight-black = Extrafett
props-italic = Kursiv
props-capitals = Großbuchstaben
props-fit-to-box = In Rahmen einpassen
props-size = Größe
props-align-left = Links
props-align-centre = Mitte
props-align-right = Rechts
props-align-justify = Blocksatz
props-line-height = Zeilenabstand
props-line = Form der Zeile
props-line-straight = Gerade
props-line-arc-top = Bogen oben
props-line-arc-bottom = Bogen unten
props-line-wave = Welle
props-line-radius = Kreisgröße (Radius)
props-line-wave-height = Wellenhöhe
props-line-wave-length = Wellenlänge
props-line-hint = Gebogener Text ist eine Zeile; ändere die Wörter oben im Feld Text.
props-spacing = Zeichenabstand
props-colour = Farbe
props-outline = Kontur
props-outline-colour = Konturfarbe
props-outline-width = Konturstärke
props-shadow = Schatten
props-shadow-colour = Schattenfarbe
props-band = Band hinter den Zeilen
props-band-colour = Farbe des Bands
props-band-padding = Rand des Bands
props-fill = Füllung
props-fill-colour = Füllfarbe
props-corner-radius = Eckenradius
props-sides = Seiten
props-points = Zacken
props-line-style = Strich
props-line-solid = Durchgehend
props-line-dashed = Gestrichelt
props-line-dotted = Gepunktet
props-line-round = Runde Enden
props-qr-link = Link oder Text
props-qr-low = Niedrig (7 %)
props-qr-medium = Mittel (15 %)
props-qr-quartile = Hoch (25 %)
props-qr-high = Sehr hoch (30 %, hält Abnutzung aus)
props-qr-correction = Fehlerkorrektur
props-qr-colour = Farbe des Codes
props-qr-hint = Halte den Code dunkel auf hell und teste ihn vor dem Druck mit einem Handy.
props-drawing-colours = Farben der Grafik
props-drawing-colour-only = Farbe
props-drawing-colour = Farbe { $number }
props-drawing-many-colours = Diese Grafik hat { $count } Farben; die ersten { $shown } lassen sich hier ändern.
props-drawing-own-colours = Zurück zu den eigenen Farben
props-frame = Form
props-frame-box = Rechteck
props-frame-circle = Kreis
props-frame-rounded = Abgerundet
props-frame-hexagon = Sechseck
props-frame-star = Stern
props-frame-heart = Herz
props-frame-move = Foto im Rahmen verschieben
props-frame-done = Fertig
props-frame-move-hint = Zieh auf der Seite, um das Foto zu verschieben; ein Doppelklick auf ein Foto geht auch.
props-frame-zoom = Zoom im Rahmen

## Gesichtsblöcke

props-face-blocks =
    { $count ->
        [one] Ein Gesichtsblock: Die Pixel darunter verlassen den Entwurf nie.
       *[other] { $count } Gesichtsblöcke: Die Pixel darunter verlassen den Entwurf nie.
    }

## Drucken & herunterladen

export-purpose-home = Zu Hause oder bei der Arbeit drucken
export-purpose-shop = An eine Druckerei schicken
export-purpose-online = Im Netz posten
export-purpose-stickers = Aufkleber schneiden
export-purpose-other = Andere Dateien
export-explain-home = Ein PDF genau in Seitengröße, in Bildschirmfarben, für deinen eigenen Drucker. Drucke es mit 100 % („Originalgröße“).
export-explain-shop = Ein druckfertiges PDF in Druckfarben, rundum 3 mm größer (der Beschnitt), mit Marken, wo geschnitten wird. Druckereien nehmen es so, wie es ist.
export-explain-online = Ein Bild für soziale Medien, Nachrichten und Websites.
export-explain-stickers = Ein druckfertiges PDF mit der Schneidelinie als eigener Farbe, der die Schneidemaschine folgt, ohne Schnittmarken.
export-explain-other = SVG für andere Grafikprogramme, PNG in jeder Auflösung.
export-suffix-home = zu Hause drucken
export-suffix-home-a4 = zu Hause auf A4 drucken
export-suffix-home-letter = zu Hause auf Letter drucken
export-suffix-shop = Druckerei
export-suffix-online = online
export-suffix-stickers = Aufkleber
export-online-1080 = 1080 px: Beiträge in sozialen Medien
export-online-1600 = 1600 px: Websites
export-online-2400 = 2400 px: scharf auf jedem Bildschirm
export-what-for = Wofür ist die Datei?
export-too-big-for-home = Diese Seite ist größer als das Papier eines Heimdruckers. Drucke sie in Teilen und kleb sie zusammen:
export-one-big-page = Eine große Seite
export-on-a4 = Auf A4-Blättern
export-on-letter = Auf Letter-Blättern
export-shop-options = Optionen für die Druckerei
export-bleed = Beschnitt (3 mm über die Kanten hinaus)
export-marks = Schnittmarken
export-cmyk = Druckfarben (CMYK)
export-cmyk-tip = Farben und Fotos werden zu Druckfarben (schwarzer Text nur in Schwarz, große schwarze Flächen in Tiefschwarz, höchstens 300 % Farbe). Aus: Bildschirmfarben (RGB).
export-paper = Papier
export-condition-fogra39 = Gestrichenes Papier, Europa (FOGRA39)
export-condition-gracol = Gestrichenes Papier, Nordamerika (GRACoL)
export-pdfx = PDF/X-4 (der Druckstandard)
export-png-sharp = PNG (scharf)
export-jpeg-small = JPEG (kleiner, für Fotos)
export-pixels = { $width } × { $height } Pixel
export-check-found =
    Die Druckprüfung hat { $errors ->
        [one] ein Problem
       *[other] { $errors } Probleme
    } und { $warnings ->
        [one] eine Warnung gefunden.
       *[other] { $warnings } Warnungen gefunden.
    }
export-show = Zeigen
export-save-file = Datei speichern…
export-large-heading = Ein sehr großes Bild
export-large-text = Dieses PNG wird { $size } groß. Das dauert lange und braucht viel Speicherplatz; Druckereien brauchen selten mehr als 300 dpi in Druckgröße.
export-large-size = { $picture } bei { $dpi } dpi
export-anyway = Trotzdem exportieren
export-png-image = PNG-Bild
export-jpeg-image = JPEG-Bild
export-svg = SVG
export-resolution = Auflösung
unit-dpi = dpi
export-include-bleed = Beschnitt einschließen
export-transparent = Durchsichtiger Hintergrund
export-solid-edges = Feste Kanten für T-Shirt-Druck
export-solid-edges-tip = Entfernt halbdurchsichtige Pixel: Der weiße Unterdruck eines DTG-Druckers würde durchscheinen
export-page-shown = Die gerade gezeigte Seite.

## Der Startbildschirm, der Rundgang und die Fragen des Editors

start-heading = Mach ein Plakat, ein Schild, einen Aufkleber oder ein Bild für soziale Medien
start-subheading = Wähle eine Vorlage, tippe deinen Slogan, füge ein Foto hinzu und exportiere zum Drucken.
start-open = Entwurf öffnen…
start-your-templates = Deine Vorlagen
start-kind-poster = Plakate
start-kind-placard = Schilder
start-kind-sticker = Aufkleber
start-kind-t-shirt = T-Shirts
start-kind-social = Bilder für soziale Medien
start-kind-leaflet = Flugblätter
start-kind-other = Andere
start-blank = Leere Seite
start-custom-size = Eigene Größe
unit-in = in
paper-letter = US-Letter
paper-tabloid = Tabloid 11×17 Zoll
paper-inches = { $width }×{ $height } Zoll
start-create-blank = Leere Seite anlegen
tour-title = Erste Schritte · { $card } von { $cards }
tour-words-title = Ändere die Worte
tour-words = Doppelklicke auf einen Text auf der Seite und tippe deine eigenen Worte. Ein Klick wählt ihn aus: Die Leiste über der Seite ändert Schrift, Größe und Farbe.
tour-photo-title = Füge dein Foto hinzu
tour-photo = Klicke auf einen grauen Fotorahmen und wähle ein Foto, oder zieh eines aus deinen Dateien darauf. Es füllt den Rahmen; zieh an den Griffen des Fotos, um den Rahmen zu ändern.
tour-more-title = Füge mehr hinzu
tour-more =
    { $side ->
        [right] Die Knöpfe rechts fügen Text, Fotos, Formen und Slogans hinzu und ändern die Farben deiner Kampagne. Rechtsklick auf etwas zeigt mehr; F1 listet die Tasten auf.
       *[left] Die Knöpfe links fügen Text, Fotos, Formen und Slogans hinzu und ändern die Farben deiner Kampagne. Rechtsklick auf etwas zeigt mehr; F1 listet die Tasten auf.
    }
tour-print-title = Druck es oder poste es
tour-print =
    { $side ->
        [left] Wenn alles passt, klicke oben links auf „Drucken & herunterladen“ und sag, wofür die Datei ist: zu Hause drucken, Druckerei, im Netz posten oder Aufkleber.
       *[right] Wenn alles passt, klicke oben rechts auf „Drucken & herunterladen“ und sag, wofür die Datei ist: zu Hause drucken, Druckerei, im Netz posten oder Aufkleber.
    }
tour-skip = Rundgang überspringen
tour-done = Fertig
tour-next = Weiter
tour-back = Zurück
unsaved-heading = Änderungen speichern?
unsaved-text = Dieser Entwurf hat Änderungen, die noch nicht gespeichert sind.
unsaved-save = Speichern
unsaved-discard = Nicht speichern
restore-heading = Ungespeicherte Arbeit wiederherstellen?
restore-text = Placard wurde geschlossen, ohne „{ $name }“ zu speichern. Der zuletzt automatisch gesicherte Stand kann wiederhergestellt werden.
restore-restore = Wiederherstellen
restore-discard = Verwerfen
toast-show-in-folder = Im Ordner zeigen
toast-dismiss = Schließen
shortcuts-title = Tastenkürzel

## Die Tastenkürzel

shortcuts-or = { $first }  oder  { $second }
shortcuts-hint = Doppelklicke auf einen Text auf der Seite, um darin zu tippen. Strg+Mausrad zoomt; das Rad oder die mittlere Taste verschieben die Seite. Rechtsklick zeigt, was mit der Auswahl geht.

## Die Farbauswahl, neue Elemente und kurze Meldungen

colour-white = Weiß
colour-black = Schwarz
colour-grey = Grau
colour-red = Rot
colour-orange = Orange
colour-yellow = Gelb
colour-green = Grün
colour-blue = Blau
colour-purple = Lila
colour-pink = Rosa
colour-shade = Sättigung und Helligkeit
colour-hue = Farbton
colour-hex = Hex
colour-hex-tip = Ein Farbcode wie #FFD400, wie ihn Markenrichtlinien angeben.
colour-design = Farben dieses Entwurfs
colour-design-one = Entwurfsfarbe
colour-recent = Zuletzt
colour-recent-one = Letzte Farbe
colour-pick = Von der Seite nehmen
colour-pick-tip = Dann irgendwo auf die Seite klicken, um deren Farbe zu nehmen. Esc bricht ab.
colour-basics = Grundfarben
colour-button-tip = { $name }: { $hex } – klicken zum Wählen
new-text-name = Text
new-qr-name = QR-Code
new-rectangle-name = Rechteck
new-ellipse-name = Ellipse
new-line-name = Linie
new-polygon-name = Vieleck
new-star-name = Stern
new-bubble-name = Sprechblase
new-burst-name = Zackenstern
new-ribbon-name = Banner
new-arrow-block-name = Blockpfeil
new-quote-name = Zitat
new-slogan-name = Slogan
new-text-slogan = Dein Slogan
new-text-subheading = Eine Zeile darunter
new-text-small = Wann und wo: Samstag, 12 Uhr, Marktplatz
new-text-hashtag = #DeineKampagne
toast-exported = Exportiert: { $file }
toast-brand-saved = Markenpaket gespeichert
toast-template-saved = Als Vorlage „{ $name }“ gespeichert
template-save-title = Als Vorlage speichern
template-name = Name der Vorlage
template-save = Vorlage speichern
clipboard-unreadable = Die Zwischenablage kann nicht gelesen werden: { $reason }
clipboard-text-too-long = Der kopierte Text hat { $count } Zeichen, mehr als die { $most }, die ein Textrahmen fasst; kopiere einen kürzeren Teil.
pasted-picture = das eingefügte Bild
pasted-picture-unusable = das eingefügte Bild kann nicht verwendet werden: { $reason }
no-such-template = es gibt keine Vorlage „{ $id }“
filter-design = Placard-Entwurf
filter-images = Bilder
filter-zip = Zip-Datei

## Fenster für Slogans, Markenpaket, Kampagnenpaket und Seriendruck

slogans-search = Suchen
slogans-search-hint = Streik, Frieden, Assange…
slogans-click-use = Klicken fügt es als neuen Text hinzu; „Übernehmen“ setzt die Worte in den gewählten Text.
slogans-click-add = Klicken fügt es gestaltet auf der Seite hinzu.
slogans-nothing = Nichts gefunden. Füge unten deine eigenen hinzu.
slogans-add-tip = Zur Seite hinzufügen
slogans-use = Übernehmen
slogans-forget = Vergessen
slogans-forget-tip = Aus deinen Slogans entfernen
slogans-title = Slogans und Zitate
slogans-your-own = Deine eigenen
slogans-text = Slogan oder Zitat
slogans-said-by = Gesagt von (Zitate)
slogans-add-mine = Zu meinen Slogans hinzufügen
brand-title = Markenpaket
brand-intro = Die Farben, Schriften und das Logo deiner Kampagne, einmal gespeichert für jeden Entwurf.
brand-campaign = Kampagne
brand-colours = Farben
brand-background = Hintergrund
brand-text = Text
brand-accent = Akzent
brand-text-on-accent = Text auf Akzent
brand-start-from = Ausgehen von
brand-start-from-named = Von { $palette } ausgehen
brand-fonts = Schriften
brand-headlines = Überschriften
brand-everything-else = Alles andere
brand-logo = Logo
brand-no-logo = keins
brand-choose-logo = Logo wählen…
brand-remove = Entfernen
brand-save = Markenpaket speichern
brand-apply = Auf diesen Entwurf anwenden
brand-apply-disabled = Speichere zuerst das Markenpaket und öffne einen Entwurf
palette-heading = Palette
palette-text-on-background = Text auf Hintergrund
palette-reads-well = gut lesbar
palette-large-only = nur großer Text
palette-hard = schwer lesbar
palette-check = { $pair }: { $ratio }:1, { $verdict }
kit-title = Kampagnenpaket
kit-editing = { $format } wird auf der Arbeitsfläche bearbeitet.
kit-back = Zurück zum Entwurf
kit-not-every-change = Nicht jede deiner Änderungen passt in jedes Format:
kit-export-zip = Paket als Zip exportieren…
kit-export-folder = Paket in einen Ordner exportieren…
kit-on-canvas = Auf der Fläche
kit-edit = Bearbeiten
kit-edit-tip = { $format } auf der Arbeitsfläche bearbeiten
merge-title = Seriendruck
merge-intro = Eine Fassung dieses Entwurfs pro Zeile. Füge eine Tabelle aus einer Tabellenkalkulation ein: Die erste Zeile nennt die Platzhalter ({ $slots }).
merge-no-slots = dieser Entwurf hat keine: Benenne die Platzhalter der Elemente im Eigenschaftenbereich
merge-table = Tabelle
merge-the-table = die Tabelle
merge-no-column = Keine Spalte nennt einen Platzhalter dieses Entwurfs.
merge-left-out = Weggelassen (kein solcher Platzhalter): { $columns }
merge-previous = Vorherige Zeile
merge-next = Nächste Zeile
merge-row-of = Zeile { $row } von { $rows }
merge-pictures-from = Bilder, die die Tabelle nennt, kommen aus { $folder }
merge-pictures-folder = Bilderordner…
merge-pictures-tip = Placard liest die Bilder der Tabelle nur aus diesem Ordner
merge-export =
    { $rows ->
        [one] Eine Fassung als PDF exportieren…
       *[other] { $rows } Fassungen als ein PDF exportieren…
    }

## Das Fenster des Kampagnenpakets

kit-intro = Dein Entwurf in jedem Format, jedes aus seiner eigenen Vorlage mit deinen Worten, deinem Foto und deinen Farben. Bearbeite eines davon auf der Arbeitsfläche und exportiere sie dann zusammen: druckfertige PDFs, PNGs zum Posten und den Entwurf jedes Formats.

## Der Dateibrowser

place-home = Persönlicher Ordner
place-documents = Dokumente
place-pictures = Bilder
place-desktop = Schreibtisch
place-downloads = Downloads
browser-open-design = Entwurf öffnen
browser-save-design = Entwurf speichern
browser-choose-image = Foto oder Grafik wählen
browser-where-to-save = Wohin die Datei gespeichert wird
browser-choose-folder = Ordner wählen
browser-up = Nach oben
browser-up-tip = Der Ordner, in dem dieser liegt
browser-folder = Ordner
browser-folder-hint = Ordner eintippen und Eingabe drücken
browser-no-folders = Hier sind keine Ordner.
browser-nothing-fits = Hier passt nichts: keine Ordner und keine Dateien der richtigen Art.
browser-more = … und { $count } weitere; tippe unten einen Namen, um eine davon zu wählen
browser-file-name = Dateiname
browser-already-there = „{ $name }“ ist schon da. Drücke Ersetzen, um die neue Datei an ihre Stelle zu setzen.
browser-replace = Ersetzen
browser-choose-this-folder = Diesen Ordner wählen
browser-open = Öffnen
browser-save = Speichern
browser-no-such-folder = diesen Ordner gibt es nicht
browser-no-such-file = diese Datei gibt es hier nicht
browser-may-not-open = dieser Ordner darf nicht geöffnet werden
browser-not-a-folder = das ist eine Datei, kein Ordner
browser-cannot-read = kann nicht gelesen werden ({ $reason })

## Die Befehlszeile: ihre Hilfe

cli-about = Placard: Gestalte Plakate, Schilder, Aufkleber und Bilder für soziale Medien für deine Kampagnen und exportiere Dateien, die eine Druckerei so annimmt, wie sie sind.
cli-about-templates = Listet die mitgelieferten Vorlagen mit Größe, Seiten und Platzhaltern auf.
cli-about-new = Beginnt einen neuen Entwurf aus einer Vorlage und füllt ihre Platzhalter.
cli-about-check = Prüft einen Entwurf vor dem Druck: unscharfe Fotos, Text im Rand, Grafiken, die an der Schnittkante enden, zu feine Linien, winziger oder schwer lesbarer Text, fehlende Buchstaben. Endet mit Status 1, wenn etwas falsch gedruckt würde.
cli-about-kit = Macht aus einem Entwurf ein Kampagnenpaket: Plakate in A3 und A2, ein Schild, einen Aufkleber und einen Flyer als druckfertige PDFs, ein Profilbild und ein Vorschaubild zum Teilen als PNG, jedes mit seiner bearbeitbaren .placard-Datei daneben, in einem Ordner oder einer ZIP-Datei.
cli-about-merge = Macht eine Fassung eines Entwurfs pro Zeile einer Tabelle: eine CSV-Datei, deren Spalten wie die Platzhalter des Entwurfs heißen (Text, ein Link für einen QR-Code oder eine Bilddatei). Schreibt ein PDF mit allen Fassungen oder einen Ordner mit einem PDF pro Zeile.
cli-about-render = Exportiert einen Entwurf als PDF, PNG, JPEG oder SVG (je nach Endung des Ausgabenamens).
cli-about-thumbnail = Zeichnet die erste Seite eines Entwurfs als kleines PNG-Bild, so wie Dateimanager .placard-Dateien zeigen.
cli-about-help = Zeigt die Hilfe von Placard oder eines seiner Befehle.
cli-heading-usage = Aufruf:
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen
cli-value-options = OPTIONEN
cli-value-command = BEFEHL
cli-value-file = DATEI
cli-value-design = ENTWURF
cli-value-template = VORLAGE
cli-value-output = AUSGABE
cli-value-slot = PLATZHALTER=WERT
cli-value-metres = METER
cli-value-table = TABELLE
cli-value-column = SPALTE
cli-value-folder = ORDNER
cli-value-preset = VORGABE
cli-value-dpi = DPI
cli-value-page = SEITE
cli-value-condition = DRUCKBEDINGUNG
cli-value-percent = PROZENT
cli-value-sheet = BLATT
cli-value-mm = MM
cli-value-name = NAME
cli-value-alpha = ALPHA
cli-value-pixels = PIXEL
cli-arg-help = Zeigt diese Hilfe.
cli-arg-help-command = Der Befehl, der erklärt werden soll.
cli-arg-version = Zeigt die Version von Placard.
cli-arg-editor-file = Eine .placard-Datei, die im Editor geöffnet wird.
cli-arg-templates-json = Gibt JSON statt einer Tabelle aus.
cli-arg-new-template = Die Kennung der Vorlage (siehe „placard templates“).
cli-arg-new-output = Wo die neue .placard-Datei gespeichert wird.
cli-arg-new-set = Füllt einen Platzhalter: PLATZHALTER=TEXT für Worte, PLATZHALTER=@DATEI für ein Foto oder ein SVG.
cli-arg-check-input = Die .placard-Datei.
cli-arg-check-json = Gibt die Befunde als JSON aus.
cli-arg-check-inks = Zählt auch die Farben, die jede Seite im Siebdruck braucht (1 bis 4 Sonderfarben).
cli-arg-check-distance = Sagt auch, wie sich jede Seite aus so vielen Metern Entfernung liest (Buchstabenhöhe, Worte, Kontrast): für Schilder und Plakate.
cli-arg-bundled-fonts-only = Nur die mit Placard gelieferten Schriften verwenden, nicht die installierten.
cli-arg-kit-design = Der .placard-Entwurf (seine Platzhalter – Überschrift, Foto, Link … – füllen jedes Format).
cli-arg-kit-output = Ein Ordner oder eine Datei, die auf .zip endet.
cli-arg-merge-design = Der .placard-Entwurf mit benannten Platzhaltern.
cli-arg-merge-csv = Die Tabelle (durch Kommas, Semikolons oder Tabulatoren getrennt; die erste Zeile nennt die Platzhalter).
cli-arg-merge-output = ausgabe.pdf für eine Datei oder ausgabe/ für eine Datei pro Zeile.
cli-arg-merge-name-column = Die Spalte, nach der jede Datei im Ordner benannt wird (ohne Angabe die erste).
cli-arg-merge-pictures = Der Ordner mit den Bilddateien der Tabelle; außerhalb davon wird nie etwas gelesen (ohne Angabe der Ordner der Tabelle).
cli-arg-merge-preset = Eine Druckvorgabe wie bei „render“: print-shop oder web-printer.
cli-arg-bleed = Den Beschnitt mit ausgeben.
cli-arg-marks = Schnittmarken hinzufügen (PDF).
cli-arg-render-input = Die .placard-Datei.
cli-arg-render-output = Die Datei, die entsteht: .pdf, .png, .jpg oder .svg.
cli-arg-thumbnail-output = Das PNG-Bild, das geschrieben wird.
cli-arg-thumbnail-size = Wie viele Pixel die längere Seite des Bildes hat (von { $least } bis { $most }).
cli-arg-render-dpi = Auflösung von PNG- und JPEG-Dateien in Punkten pro Zoll (ohne Angabe die des Entwurfs – 72 bei Bildern für soziale Medien –, sonst 300).
cli-arg-render-page = Die Seite, die exportiert wird, ab 1 gezählt. PNG, JPEG und SVG nehmen ohne Angabe Seite 1; ein PDF nimmt alle Seiten.
cli-arg-render-pdfx = Schreibt PDF/X-4 (Ausgabebedingung, eingebettetes Farbprofil, Überfüllungs- und Versionsschlüssel).
cli-arg-render-preset = Eine Druckvorgabe: print-shop ist ein CMYK-PDF/X-4 mit Beschnitt und Schnittmarken; web-printer dasselbe ohne Marken (Online-Druckereien setzen ihre eigenen).
cli-arg-render-cmyk = In CMYK drucken (PDF): Farben und Fotos werden zu den Druckfarben der Druckbedingung, schwarzer Text nur schwarze Farbe, große schwarze Flächen Tiefschwarz.
cli-arg-render-rgb = Die Farben in sRGB lassen (PDF), auch mit einer Vorgabe.
cli-arg-render-print-condition = Die Druckbedingung, für die CMYK gemacht wird: fogra39 (gestrichenes Papier, Europa) oder gracol (gestrichenes Papier, Nordamerika). Ohne Angabe die des Entwurfs, sonst fogra39.
cli-arg-render-ink-limit = Die höchste Summe der vier Farben in CMYK, in Prozent (200 bis { $limit }; ohne Angabe { $limit }).
cli-arg-render-tile = Druckt die Seite (--page, sonst die erste) in voller Größe auf Blätter für den Drucker zu Hause, a4 oder letter (PDF): ein Plan zum Zusammensetzen und ein Blatt pro Teil, mit Schnittmarken, Klebehilfen und Beschriftung.
cli-arg-render-overlap = Wie weit sich die Teile zum Kleben überlappen, in Millimetern (ohne Angabe { $overlap }).
cli-arg-render-cut-name = Der Name der Sonderfarbe der Schneidelinie eines Aufklebers (PDF), wie der Schneideplotter ihn erwartet: CutContour (ohne Angabe), CutContourFlex oder Thru-cut.
cli-arg-render-transparent = Ein durchsichtiger Hintergrund (PNG, SVG).
cli-arg-render-allow-large = Ein PNG auch dann exportieren, wenn es mehr als 1 GB auf der Festplatte brauchen kann.
cli-arg-render-solid-alpha = Mit --transparent: Pixel, die weniger deckend sind als dieser Wert (0 bis 255), werden durchsichtig, die übrigen deckend, für den Direktdruck auf Textilien.
cli-arg-render-font-dir = Schriften in diesem Ordner statt in denen des Systems suchen (kann mehrmals angegeben werden).

## Die Befehlszeile: was ihre Befehle sagen

cli-cannot-write = die Ausgabe konnte nicht geschrieben werden: { $reason }
cli-editor-failed = das Editorfenster konnte sich nicht öffnen: { $reason }
cli-editor-failed-hint = die Befehlszeile funktioniert weiterhin; siehe „placard --help“
cli-no-editor = diese Ausgabe von Placard hat kein Editorfenster; siehe „placard --help“
cli-slot-text = Text
cli-slot-image = Bild
cli-slot-link = Link
cli-size-px = { $width } × { $height } px
cli-size-mm = { $width } × { $height } mm
cli-template-details =
    { $size } · { $pages ->
        [one] eine Seite
       *[other] { $pages } Seiten
    } · Platzhalter: { $slots }
cli-inks =
    Seite { $page }: { $count ->
        [one] eine Farbe
       *[other] { $count } Farben
    } für den Siebdruck: { $inks }
cli-inks-photos = Fotos oder Grafiken brauchen Vierfarbdruck oder Digitaldruck
cli-inks-blends = Verläufe oder durchscheinende Farben brauchen ein Raster
cli-inks-too-many = die meisten Siebdruckereien drucken höchstens 4 Farben
cli-inks-separator = ;{" "}
cli-unknown-template = die Vorlage „{ $template }“ gibt es nicht; vorhanden sind: { $available }
cli-template-damaged = die mitgelieferte Vorlage „{ $template }“ ist beschädigt
cli-set-form = --set „{ $assignment }“: schreib es als PLATZHALTER=TEXT oder PLATZHALTER=@BILDDATEI
cli-slot-takes-image = der Platzhalter „{ $slot }“ nimmt ein Bild: schreib --set { $slot }=@pfad/zum/foto.jpg
cli-in-template = Vorlage „{ $template }“: { $reason }
cli-output-kind = { $file }: wähle eine Ausgabe, die auf .pdf, .png, .jpg oder .svg endet
cli-dpi-range = --dpi { $dpi }: wähle eine Auflösung zwischen 1 und 4800
cli-thumbnail-size = { $size } Pixel: wähle eine Größe von { $least } bis { $most }
cli-no-such-page =
    { $file }: es gibt keine Seite { $page }; das Dokument hat { $count ->
        [one] eine Seite
       *[other] { $count } Seiten
    }
cli-overlap-range = --overlap { $overlap }: wähle zwischen 0 und 50 mm
cli-png-large = { $file }: { $picture } bei { $dpi } dpi; verringere --dpi oder füge --allow-large hinzu, um es trotzdem zu exportieren
cli-ink-limit-range = --ink-limit { $limit }: wähle zwischen 200 und { $most } Prozent
png-estimate = { $width } × { $height } Pixel, eine Datei von bis zu { $size } GB
cli-kit-progress = { $done } von { $total } Formaten fertig
cli-note = Hinweis
cli-kit-written =
    { $folder }: { $count ->
        [one] eine Datei
       *[other] { $count } Dateien
    } ({ $files })
cli-no-such-column = { $file }: es gibt keine Spalte „{ $column }“; die Spalten sind: { $columns }
cli-no-slot-columns = { $file }: keine Spalte heißt wie ein Platzhalter von { $design }; seine Platzhalter sind: { $slots }
cli-column-left-out = die Spalte „{ $column }“ heißt wie kein Platzhalter und bleibt weg
cli-merge-progress = { $done } von { $total } Zeilen zusammengeführt
cli-merge-written =
    { $count ->
        [one] eine Datei in { $folder }
       *[other] { $count } Dateien in { $folder }
    }
cli-merge-output = { $file }: das Zusammenführen schreibt ein PDF (ausgabe.pdf) oder einen Ordner davon (ausgabe/)

## Dateien, die sich nicht lesen oder schreiben lassen

file-reason = { $file }: { $reason }
size-mb = { $size } MB
size-kb = { $size } KB
file-too-large = sie ist größer als die { $limit }, die Placard annimmt
file-larger-than = sie ist { $size } groß, mehr als die { $limit }, die Placard annimmt
file-is-folder = das ist ein Ordner, keine Datei
file-not-ordinary = das ist keine gewöhnliche Datei (ein Gerät oder eine Pipe); Placard liest nur Dateien
file-is-input = aus dieser Datei wird die Arbeit gemacht; wähle einen anderen Namen, damit sie nicht ersetzt wird
file-no-name = der Pfad nennt keine Datei
io-not-found = diese Datei oder diesen Ordner gibt es nicht
io-permission-denied = du hast keine Berechtigung, das zu lesen oder zu ändern
io-already-exists = sie ist schon vorhanden
io-disk-full = der Datenträger ist voll
io-read-only = der Datenträger kann nur gelesen, nicht beschrieben werden
io-not-a-folder = ein Teil des Pfads ist kein Ordner
io-quota = dein Speicherplatzkontingent ist aufgebraucht
io-file-too-large = die Datei ist zu groß für diesen Datenträger
io-bad-name = dieser Name kann hier nicht für eine Datei verwendet werden
file-not-placard = { $file }: keine Placard-Datei ({ $reason })
file-damaged = { $file }: document.json ist beschädigt: { $reason }
file-newer = { $file }: mit einem neueren Placard gemacht (Dateiformat { $found }, diese Version liest bis { $supported }); bitte aktualisiere Placard
file-missing-asset = { $file }: das Dokument verwendet „{ $asset }“, aber die Datei enthält es nicht
file-not-zip = kein lesbares ZIP-Archiv: { $reason }
file-entries-twice = zwei ihrer Einträge haben denselben Namen (document.json oder eine Ressource doppelt)
file-no-document = sie enthält keine document.json
file-document-too-large = ihre document.json ist { $size } groß, mehr als die { $limit } eines Entwurfs, den Placard liest
file-document-unpack = document.json lässt sich nicht entpacken: { $reason }
file-entry-damaged = Eintrag { $entry } ist beschädigt: { $reason }
file-unsafe-entry = gefährlicher Eintragsname „{ $name }“
file-assets-too-large = ihre Bilder und Schriften sind unglaubwürdig groß
file-asset-unpack = „{ $name }“ lässt sich nicht entpacken: { $reason }
file-asset-twice = „{ $name }“ ist zweimal darin
file-json = { $reason }
file-no-version = sie hat keine format_version-Nummer
file-no-pages = sie hat keine Seiten
reason-as-said = { $reason }
reason-zip-damaged = die Datei ist beschädigt oder eine andere Art von Datei
reason-data-damaged = die Daten sind beschädigt
reason-zip-unsupported = sie ist so gepackt, dass Placard sie nicht entpacken kann (verschlüsselt oder ungewöhnlich komprimiert)
reason-zip-password = sie ist mit einem Passwort geschützt
reason-cut-short = sie hört zu früh auf: ein Teil fehlt
reason-text-broken = der Text ist in Zeile { $line }, Spalte { $column } kaputt
reason-number-too-large = in Zeile { $line }, Spalte { $column } steht eine Zahl außerhalb des Bereichs (viel zu groß)
reason-value-wrong = in Zeile { $line }, Spalte { $column } fehlt ein Wert oder er hat die falsche Art
reason-unreadable = sie lässt sich nicht lesen
reason-not-utf8 = sie ist nicht als UTF-8-Text gespeichert

## Was ein Entwurf enthalten darf

limit-number = sie enthält die Zahl { $number }, weit außerhalb jeder Seite (Zahlen bis { $most } sind erlaubt)
limit-pages = sie hat { $count } Seiten; ein Entwurf darf bis zu { $most } haben
limit-page-size = { $page } misst { $width } × { $height } mm; Seiten dürfen { $least } mm bis { $most } m pro Seite messen
limit-bleed = { $page } hat einen Beschnitt von { $bleed } mm; der Beschnitt darf 0 bis { $most } mm betragen
limit-gradient-stops = { $place }: ein Verlauf hat { $count } Farbstopps; bis zu { $most } sind erlaubt
limit-group-depth = { $place }: Gruppen sind mehr als { $most } Ebenen tief ineinander verschachtelt
limit-elements = sie hat mehr als { $most } Elemente; ein Entwurf darf bis zu { $most } haben
limit-text-size = { $place }: die Schriftgröße { $size } pt liegt außerhalb von 0 bis { $most } pt
limit-corners = { $place }: die Form hat { $count } Ecken; Formen dürfen bis zu { $most } haben
limit-face-blocks = { $place }: das Foto hat { $count } Blöcke über Gesichtern; bis zu { $most } sind erlaubt
limit-text-length = { $place }: der Text hat { $count } Zeichen; ein Text darf bis zu { $most } haben (verteile ihn auf mehrere Textfelder oder Seiten)
element-in-slot = der Platzhalter „{ $slot }“
element-text = der Text „{ $words }“
quoted = „{ $words }“

## Exporte, Serienbriefe und Pakete, die sich nicht machen lassen

export-no-such-page =
    es gibt keine Seite { $page }; das Dokument hat { $count ->
        [one] eine Seite
       *[other] { $count } Seiten
    }
export-png-too-large = { $width } × { $height } Pixel sind zu viel für ein PNG; wähle eine niedrigere Auflösung
export-jpeg-too-large = { $width } × { $height } Pixel sind zu viel für ein JPEG (Placard macht JPEGs bis { $most } Megapixel); wähle eine niedrigere Auflösung oder PNG
export-jpeg-too-wide = { $width } × { $height } Pixel sind zu viel für ein JPEG (höchstens 65535 pro Seite); wähle eine niedrigere Auflösung oder PNG
export-cancelled = der Export wurde abgebrochen
export-band-missing = ein Streifen der Seite wurde nicht gezeichnet
pdf-font-unusable = die Schrift „{ $font }“ lässt sich nicht in ein PDF einbetten
pdf-not-written = das PDF konnte nicht geschrieben werden: { $reason }
svg-image-not-embedded = ein Bild konnte nicht eingebettet werden: { $reason }
cmyk-profile-unusable = das Farbprofil für { $condition } ist nicht verwendbar: { $reason }
job-could-not-start = die Arbeit konnte nicht beginnen: { $reason }
preview-failed = die Vorschau lässt sich nicht zeichnen
autosave-stopped = das automatische Speichern hat unerwartet aufgehört
autosave-failed = das automatische Speichern ist fehlgeschlagen: { $reason }
slogans-damaged = { $file } ist keine gültige Slogan-Liste: { $reason }
brand-kit-damaged = { $file } ist kein gültiges Markenpaket: { $reason }
merge-row-failed = Zeile { $row }: { $reason }
merge-cancelled = das Zusammenführen wurde abgebrochen
table-header-unreadable = die erste Zeile lässt sich nicht lesen: { $reason }
table-no-header = die erste Zeile muss die Spalten benennen (die Platzhalter des Entwurfs)
table-line-unreadable = Zeile { $line } lässt sich nicht lesen: { $reason }
table-too-many-values = Zeile { $line } hat { $values } Werte, es gibt aber { $columns } Spalten
table-too-many-rows = sie hat mehr als { $most } Zeilen, mehr Fassungen, als ein Zusammenführen macht; teile die Tabelle auf
table-no-rows = unter den Spaltennamen stehen keine Zeilen
table-not-utf8 = das ist kein UTF-8-Text; speichere die Tabelle als „CSV UTF-8“
merge-picture-outside = „{ $name }“ liegt außerhalb des Bilderordners { $folder }; leg das Bild in diesen Ordner und nenne es von dort aus
merge-no-such-slot = es gibt keinen Platzhalter „{ $slot }“; die Platzhalter sind: { $slots }
merge-picture-unreadable = { $file }: das Bild lässt sich nicht lesen: { $reason }
merge-slot-cannot-show = der Platzhalter „{ $slot }“ kann { $file } nicht zeigen
kit-cancelled = der Export des Pakets wurde abgebrochen
kit-format-poster-a3 = Plakat A3
kit-format-poster-a2 = Plakat A2
kit-format-placard = Schild (A2, zwei Seiten)
kit-format-sticker = Aufkleber (rund, 75 mm)
kit-format-profile-picture = Profilbild (quadratisch, 1080 px)
kit-format-share-image = Bild zum Teilen (1200 × 630 px)
kit-format-leaflet = Flyer (A5)
kit-colour-kept = die Farbe von { $element } wäre auf dem Hintergrund von „{ $format }“ nicht lesbar, deshalb behält „{ $format }“ seine eigene
kit-colour-changed = { $element } bekommt in „{ $format }“ eine andere Farbe, weil die eigene auf dem Hintergrund dort nicht lesbar wäre
kit-left-out = { $element } fehlt in „{ $format }“: die Form ist zu verschieden, um es zu platzieren; füge es dort von Hand hinzu

## Die Blätter eines Plakats, in Teilen auf dem Drucker zu Hause gedruckt

tile-sheet-label = { $tile } — Reihe { $row } von { $rows }, Spalte { $column } von { $columns }
tile-sheet-glue = an der linken Marke abschneiden, über das Teil links kleben
tile-map-title =
    Plan zum Zusammensetzen: { $sheets } Blätter, { $across ->
        [one] eines nebeneinander
       *[other] { $across } nebeneinander
    } und { $down ->
        [one] eines untereinander
       *[other] { $down } untereinander
    }
tile-map-how = Mit 100 % drucken (Originalgröße). Schneide jedes Blatt an seinen Marken ab, wo ein Teil das vorige überlappt, und klebe es über den { $overlap }-mm-Streifen seines Nachbarn.
