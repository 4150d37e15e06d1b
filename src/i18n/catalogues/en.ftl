# Placard's messages in English: the source of every translation and the fallback.
# Plain words a volunteer uses; names of files and elements arrive as { $file } and
# { $name }, numbers already written the language's way.

## How serious a problem is

severity-error = error
severity-warning = warning

## Where a problem is, and how it is said

place-file = { $file }
place-row = row { $row }
place-page = page { $page }
place-subject = “{ $name }”
place-separator = ,{" "}
diagnostic-with-hint = { $message }; { $hint }
diagnostic-at = { $place }: { $text }

## Problems found while the design is drawn

font-file-damaged = the font file “{ $file }” in the design is damaged ({ $reason }); its text uses another font
design-has-no-page = the design has no page { $page }
qr-too-long = the QR code cannot hold { $count } characters
qr-too-long-hint = shorten the link or lower the error correction
font-not-installed = the font “{ $font }” is not on this computer, so Inter is used instead
font-not-installed-hint = install the font, or choose one Placard comes with
text-overflows = the text does not fit its box at { $size } pt and runs over it
text-overflows-hint = make the box bigger, the text shorter, or turn on Fit to box
characters-missing =
    { $count ->
        [one] one character is in no available font and prints as an empty box
       *[other] { $count } characters are in no available font and print as empty boxes
    }
characters-missing-hint = choose another font
photo-cut-short = the photo “{ $file }” is cut short: the file ends before the picture does, and its missing part prints as flat grey
photo-cut-short-hint = add it again from a complete copy
picture-unusable = the picture “{ $file }” cannot be used: { $reason }
asset-missing = the design refers to “{ $file }”, which it does not contain
svg-links-outside = the SVG “{ $file }” links to the picture “{ $link }” outside the file, which is left out
svg-links-outside-hint = embed the picture in the SVG (Placard never reads other files an SVG names)
svg-inner-svg-unreadable = an SVG embedded in the SVG “{ $file }” cannot be read ({ $reason }) and is left out
svg-inner-picture-damaged = a picture embedded in the SVG “{ $file }” is damaged and is left out
svg-inner-picture-unknown = a picture embedded in the SVG “{ $file }” is { $format }, which Placard does not read, and is left out
svg-inner-picture-unknown-hint = embed it as PNG or JPEG

## The print check

check-text-too-small = the text is { $size } pt, too small to read in print (at least { $least } pt)
check-text-past-trim = the text runs past the trim edge and will be cut off
check-text-near-edge = the text comes closer to the edge than the safe margin; a slightly off cut could touch it
check-text-low-contrast = the text is hard to read on its background (contrast { $ratio }:1, at least { $needed }:1 wanted); choose a lighter or darker colour
check-outline-too-thin = the text outline is { $width } pt, too thin to print evenly (at least { $least } pt)
check-line-too-thin = the line is { $width } pt, too thin to print reliably (at least { $least } pt)
check-photo-blurry-print = the photo has { $dpi } dpi here and will print blurry (at least { $wanted } wanted); use a larger photo or make it smaller
check-photo-blurry-screen = the photo has { $dpi } pixels per inch at this size and will look blurry (at least { $wanted } wanted); use a larger photo or make it smaller
check-photo-soft-print = the photo has { $dpi } dpi here and may print soft ({ $wanted } is best)
check-photo-soft-screen = the photo has { $dpi } pixels per inch at this size and may look soft ({ $wanted } is best)
check-qr-empty = the QR code is empty; type its link
check-qr-too-fine = the QR code's squares are { $size } mm, too fine to print and scan (make it larger or shorten the link)
check-qr-too-small = the QR code is { $side } mm wide; to scan from about { $distance } cm it should be at least { $needed } mm
check-qr-pixels = the QR code's squares are under 2 pixels; make it larger so phones can read it
check-qr-contrast = the QR code needs dark squares on a light background with strong contrast, or phones may not read it
check-ends-at-trim = it ends at the trim edge; a slightly off cut leaves a white sliver. Extend it into the bleed

## The command line's check

cli-check-ready = { $file }: ready to print, no problems found
cli-check-counts =
    { $file }: { $errors ->
        [0] no errors
        [one] one error
       *[other] { $errors } errors
    }, { $warnings ->
        [0] no warnings
        [one] one warning
       *[other] { $warnings } warnings
    }
cli-check-fails =
    { $file }: { $errors ->
        [one] one problem would print wrong
       *[other] { $errors } problems would print wrong
    }

## Exports from the editor

export-replaced-files =
    { $count ->
        [one] replaced a file that was there: { $files }
       *[other] replaced { $count } files that were there: { $files }
    }

## The editor's print check

print-check-title = Print check
print-check-ready = Print check: ready
print-check-summary =
    Print check: { $errors ->
        [0] { $warnings ->
            [one] one warning
           *[other] { $warnings } warnings
        }
        [one] one problem{ $warnings ->
            [0] {""}
            [one] , one warning
           *[other] , { $warnings } warnings
        }
       *[other] { $errors } problems{ $warnings ->
            [0] {""}
            [one] , one warning
           *[other] , { $warnings } warnings
        }
    }
print-check-none = Ready to print: no problems found.
print-check-click = Click a finding to select what it is about.
print-check-problem = Problem
print-check-warning = Warning
fix-extend-into-bleed = Extend into bleed
fix-thicken-line = Make it { $width } pt
fix-move-inside-margin = Move inside the margin

## The editor's commands: labels and what they do

cmd-new = New…
cmd-new-tip = Start another design from a template or a blank page
cmd-open = Open…
cmd-open-tip = Open a design saved as a .placard file
cmd-save = Save
cmd-save-tip = Save the design to its file
cmd-save-as = Save as…
cmd-save-as-tip = Save the design to a new file
cmd-export = Print & download…
cmd-export-tip = Get a file to print at home, send to a print shop or post online
cmd-save-as-template = Save as template…
cmd-save-as-template-tip = Keep this design as a template to start from next time
cmd-undo = Undo
cmd-undo-what = Undo { $what }
cmd-undo-tip = Take back the last change
cmd-redo = Redo
cmd-redo-what = Redo { $what }
cmd-redo-tip = Bring back the change you took back
cmd-cut = Cut
cmd-cut-tip = Remove the selection and keep it to paste
cmd-copy = Copy
cmd-copy-tip = Keep a copy of the selection to paste
cmd-paste = Paste
cmd-paste-tip = Put what you copied on the page
cmd-duplicate = Duplicate
cmd-duplicate-tip = Make a copy of the selection beside it
cmd-delete = Delete
cmd-delete-tip = Remove the selection from the page
cmd-select-all = Select all
cmd-select-all-tip = Select everything on the page that is not locked
cmd-deselect = Select nothing
cmd-deselect-tip = Select nothing; stop a drag and put things back
cmd-move-left = Move left
cmd-move-right = Move right
cmd-move-up = Move up
cmd-move-down = Move down
cmd-move-far-left = Move far left
cmd-move-far-right = Move far right
cmd-move-far-up = Move far up
cmd-move-far-down = Move far down
cmd-move-tip = Move the selection by one point
cmd-move-far-tip = Move the selection by ten points
cmd-add-slogan-text = Text
cmd-add-slogan-text-tip = Add a big text box for a slogan, ready to type in
cmd-add-subheading = Subheading
cmd-add-subheading-tip = Add a smaller line of text, ready to type in
cmd-add-small-text = Small text
cmd-add-small-text-tip = Add plain text for a date, a place or a call to act
cmd-add-hashtag = Hashtag
cmd-add-hashtag-tip = Add a hashtag or a web address
cmd-add-photo = Photo or graphic…
cmd-add-photo-tip = Add a photo or an SVG graphic from a file
cmd-replace-photo = Replace photo…
cmd-choose-photo = Choose a photo…
cmd-replace-photo-tip = Put a photo from a file into the selected frame, keeping its size and place
cmd-add-slogan = Slogan or quote…
cmd-add-slogan-tip = Choose a slogan or quote from the library
cmd-add-qr = QR code
cmd-add-qr-tip = Add a QR code that opens a link
cmd-shape-rectangle = Rectangle
cmd-shape-ellipse = Ellipse
cmd-shape-line = Line
cmd-shape-arrow = Arrow
cmd-shape-star = Star
cmd-shape-hexagon = Hexagon
cmd-shape-bubble = Speech bubble
cmd-shape-burst = Burst
cmd-shape-ribbon = Ribbon
cmd-shape-arrow-block = Block arrow
cmd-add-shape-tip = Add this shape in the middle of the page
cmd-bring-forward = Bring forward
cmd-bring-forward-tip = Put the selected element in front of the one above it
cmd-send-backward = Send backward
cmd-send-backward-tip = Put the selected element behind the one below it
cmd-group = Group
cmd-group-tip = Join the selected elements so they move together
cmd-ungroup = Ungroup
cmd-ungroup-tip = Split the selected group into its elements
cmd-align-left = Align left
cmd-align-centres = Align centres
cmd-align-right = Align right
cmd-align-top = Align top
cmd-align-middles = Align middles
cmd-align-bottom = Align bottom
cmd-align-tip = Line up the selection (one element: with the page)
cmd-distribute-across = Distribute horizontally
cmd-distribute-across-tip = Space three or more elements evenly across
cmd-distribute-down = Distribute vertically
cmd-distribute-down-tip = Space three or more elements evenly down
cmd-fit-page = Fit page
cmd-fit-page-tip = Show the whole page in the window
cmd-print-size = Print size
cmd-print-size-tip = Show the page at the size it prints
cmd-zoom-in = Zoom in
cmd-zoom-in-tip = Look closer
cmd-zoom-out = Zoom out
cmd-zoom-out-tip = See more of the page
cmd-slogans = Slogans and quotes…
cmd-slogans-tip = Slogans and quotes to use, and your own
cmd-brand-kit = Brand kit…
cmd-brand-kit-tip = Your organisation's colours, fonts and logo
cmd-data-merge = Data merge…
cmd-data-merge-tip = Make one version per row of a table (names, places, dates)
cmd-campaign-kit = Campaign kit…
cmd-campaign-kit-tip = This design as posters, a placard, a sticker and social images at once
cmd-apply-brand-kit = Apply brand kit
cmd-apply-brand-kit-tip = Put your brand kit's colours and fonts on this design
cmd-print-check = Print check…
cmd-print-check-tip = What a print shop would ask about this design
cmd-shortcuts = Keyboard shortcuts
cmd-shortcuts-tip = Every keyboard shortcut on one sheet
cmd-tour = Show the tour again
cmd-tour-tip = The four cards that show where everything is
cmd-with-shortcut = { $tip } ({ $shortcut })

## What a change was, after “Undo” and “Redo”

action-change = change
action-move = move
action-resize = resize
action-rotate = rotate
action-opacity = see-through change
action-rename = rename
action-typing = typing
action-crop = crop
action-effect = effect change
action-cut = cut
action-paste = paste
action-duplicate = duplicate
action-delete = delete
action-new-text = new text
action-new-qr = new QR code
action-new-shape = new shape
action-restack = restack
action-group = group
action-ungroup = ungroup
action-align = align
action-distribute = distribute
action-brand-kit = brand kit
action-hide = hide
action-show = show
action-lock = lock
action-unlock = unlock
action-photo = photo
action-new-photo = new photo
action-paper = paper

## Menus and the status bar

menu-file = File
menu-edit = Edit
menu-add = Add
menu-arrange = Arrange
menu-view = View
menu-campaign = Campaign
menu-help = Help
menu-language-tip = The language of the editor (Language)
page-name = Page { $page }
status-pixels = { $width } × { $height } px
status-size = { $width } × { $height } mm, bleed { $bleed } mm
status-zoom = Zoom { $percent } %
status-exporting = Exporting { $file }
button-cancel = Cancel

## The rail and its drawers

drawer-templates = Templates
drawer-templates-tip = Start a new design from a template
drawer-text = Text
drawer-text-tip = Add a slogan, a subheading, small text or a hashtag
drawer-photos = Photos
drawer-photos-tip = Add photos and fill the photo frames
drawer-shapes = Shapes
drawer-shapes-tip = Add shapes, arrows and QR codes
drawer-slogans = Slogans
drawer-slogans-tip = Slogans and quotes to use
drawer-symbols = Symbols
drawer-symbols-tip = Symbols: fists, doves, megaphones, arrows, bubbles, badges
drawer-symbols-hint = Click a symbol to put it on the page, in the design’s colour.
symbols-search = Search symbols
symbols-all = All
symbols-none = No symbol has these words. Try another word, in any language.
symbols-protest = Protest
symbols-peace = Peace
symbols-solidarity = Solidarity
symbols-work = Work
symbols-environment = Environment
symbols-housing = Housing
symbols-arrows = Arrows
symbols-speech = Speech bubbles
symbols-badges = Badges and bursts
symbols-social = Social media
drawer-campaign = Campaign
drawer-campaign-tip = Colours, brand kit, campaign kit and print check
drawer-layers = Layers
drawer-layers-tip = Everything on the page, top first
drawer-shapes-hint = Click to add one to the middle of the page.
drawer-qr-hint = A QR code takes people to a petition, a meeting or a site.
drawer-own-slogans = Your own slogans…
drawer-own-slogans-tip = Keep the slogans and quotes of your campaign
drawer-whole-campaign = For the whole campaign
drawer-templates-hint = Start a new design from one. Your design stays as it is until you choose.
drawer-photos-hint = You can also drop a photo from your files onto a frame, or paste one (Ctrl+V).
drawer-photos-in-design = Photos in this design
drawer-photo-choose = Choose…
drawer-photo-replace = Replace…
drawer-photo-choose-tip = Choose a photo for this frame
drawer-photo-replace-tip = Put another photo in this frame, keeping its place and size
drawer-text-hint = Click to add text to the page, then type.
drawer-add-slogan = Add a slogan
drawer-add-subheading = Add a subheading
drawer-add-small-text = Add small text
drawer-add-hashtag = Add a #hashtag
drawer-text-edit-hint = Double-click any text on the page to change its words.

## The top bar and the bar for the selection

top-title-hint = Name of the design
top-title-tip = The design's name: files you save or download are named after it
top-not-saved = not saved
top-not-saved-tip = Save with { $shortcut }
top-zoom = { $percent } %
top-zoom-tip = 100 % is the size it prints at, on a usual screen
top-print-download = Print & download
bar-fill = Fill
bar-fill-colour = Fill colour
bar-line = Line
bar-line-colour = Line colour
bar-font = Font
bar-size-tip = Text size in points (the text shrinks to fit its box when it must)
bar-size-unit = pt
bar-bold-on = Bold: click for regular
bar-bold-off = Regular: click for bold
bar-align-left = Text to the left
bar-align-centre = Text centred
bar-align-right = Text to the right
bar-text-colour = Text colour
bar-effects = Effects
bar-outline = Outline
bar-outline-tip = A line round each letter, so text reads on a busy photo
bar-shadow = Shadow
bar-shadow-tip = A shadow under the letters
bar-effects-more =
    { $side ->
        [left] Sizes and colours of both are in the panel on the left.
       *[right] Sizes and colours of both are in the panel on the right.
    }

## How a page reads from a distance

legibility-no-text = There is no text on this page.
legibility-too-small = “{ $name }” cannot be read from { $distance } m: its capitals are { $height } cm high, { $needed } cm are needed. Use fewer words or a larger box.
legibility-too-many-words = { $words } words read from { $distance } m; people take in about { $most } at a glance — cut the slogan down.
legibility-weak-contrast = “{ $name }” has weak contrast with its background ({ $ratio }:1; { $good }:1 or more reads well outdoors).
legibility-title = Reads from a distance
legibility-distance = Viewing distance
unit-metres = m
legibility-needed = Capitals need { $height } cm at { $distance } m (2.5 cm per 10 m).
legibility-reads = Reads: “{ $name }”: { $height } cm, reads from { $from } m
legibility-close-by = Read from close by: “{ $name }”: { $height } cm, reads from { $from } m
legibility-too-small-line = Too small: “{ $name }”: { $height } cm, reads from { $from } m
legibility-contrast = contrast { $ratio }:1
legibility-words =
    { $words ->
        [one] one word read from { $distance } m (aim for { $most } or fewer)
       *[other] { $words } words read from { $distance } m (aim for { $most } or fewer)
    }
cli-distance-range = --distance { $distance }: choose between 0.5 and 500 metres
cli-legibility-page = { $file }: page { $page }, from { $distance } m (capitals of { $needed } cm needed):
cli-legibility-ok = ok
cli-legibility-small = SMALL
cli-legibility-line =
    { $verdict } “{ $name }”: capitals { $height } cm, reads from { $from } m, { $words ->
        [one] one word
       *[other] { $words } words
    }, { $contrast }
cli-legibility-over-picture = over a picture
cli-legibility-advice = advice: { $advice }

## The page panel and the fields of every panel

page-heading = Page
page-size = Size
page-size-choose = Choose…
page-width = Width
page-height = Height
page-portrait = Portrait
page-landscape = Landscape
page-bleed = Bleed
page-background = Background
page-cut-line = Cut line
page-cut-none = None
page-cut-ellipse = Circle or oval
page-cut-rounded = Rounded rectangle
page-cut-rectangle = Rectangle
page-cut-line-tip = Where a sticker cutter cuts: a CutContour spot colour line in the PDF, never printed
page-cut-inset = Cut inside trim
page-corner-radius = Corner radius
unit-mm = mm
unit-px = px
field-in-cmyk = { $field } in CMYK
field-cmyk-tip = Printing inks in percent: cyan/magenta/yellow/black ({ $condition }). Type inks to print exactly those in CMYK files.
layers-empty = Nothing on this page yet. Use Add to place text, shapes or photos.
layers-shown-tip = Shown: click to hide
layers-hidden-tip = Hidden: click to show
layers-locked-tip = Locked, so it cannot be moved by mistake: click to unlock
layers-unlocked-tip = Click to lock it in place
layers-row-tip = Click to select; drag up or down to restack
canvas-hint = Click something on the page to change it · double-click text to type · drop a photo onto a frame
canvas-photo-frame = Click or drop a photo
canvas-cannot-show =
    This page cannot be shown:
    { $reason }

## The properties panel

props-selection = Selection
props-many-selected =
    { $count ->
        [one] One element selected. Use Arrange to align or distribute it.
       *[other] { $count } elements selected. Use Arrange to align or distribute them.
    }
props-kind-text = Text box
props-kind-photo = Photo
props-kind-shape = Shape
props-kind-graphic = Graphic
props-kind-qr = QR code
props-kind-group = Group
props-fit = Fit
props-fit-cover = Fill the box (crop)
props-fit-contain = Show all
props-fit-stretch = Stretch
props-replace-photo = Replace photo…
props-crop = Crop
props-crop-left = Left
props-crop-top = Top
props-crop-width = Width
props-crop-height = Height
props-brightness = Brightness
props-contrast = Contrast
props-effect = Effect
props-effect-none = None (the photo)
props-effect-grayscale = Grayscale
props-effect-duotone = Duotone
props-effect-threshold = Threshold (stencil)
props-effect-posterize = Posterize
props-effect-halftone = Halftone dots
props-shadows = Shadows
props-highlights = Highlights
props-level = Level
props-steps = Steps
props-dot-spacing = Dot spacing
props-angle = Angle
props-ink = Ink
props-paper-colour = Paper colour (else see-through)
props-paper = Paper
props-hide-faces = Hide faces
props-faces-done = Done marking faces
props-faces-block = Block faces…
props-faces-remove-last = Remove last block
props-faces-hint = Drag over each face on the photo. Solid blocks cover them in every export; the original photo stays in the design only.
props-name = Name
props-x = X
props-y = Y
props-w = W
props-h = H
props-rotation = Rotation
props-opacity = Opacity
props-text = Text
props-font = Font
props-weight = Weight
props-weight-regular = Regular
props-weight-bold = Bold
props-weight-black = Black
props-italic = Italic
props-capitals = Capitals
props-fit-to-box = Fit to box
props-size = Size
props-align-left = Left
props-align-centre = Centre
props-align-right = Right
props-align-justify = Justify
props-line-height = Line height
props-line = Shape of the line
props-line-straight = Straight
props-line-arc-top = Arc over the top
props-line-arc-bottom = Arc along the bottom
props-line-wave = Wave
props-line-radius = Circle size (radius)
props-line-wave-height = Wave height
props-line-wave-length = Wave length
props-line-hint = Bent text is one line; change its words in the Text field above.
props-spacing = Spacing
props-colour = Colour
props-outline = Outline
props-outline-colour = Outline colour
props-outline-width = Outline width
props-shadow = Shadow
props-shadow-colour = Shadow colour
props-band = Band behind the lines
props-band-colour = Band colour
props-band-padding = Band margin
props-fill = Fill
props-fill-colour = Fill colour
props-corner-radius = Corner radius
props-sides = Sides
props-points = Points
props-line-style = Line
props-line-solid = Solid
props-line-dashed = Dashed
props-line-dotted = Dotted
props-line-round = Round ends
props-qr-link = Link or text
props-qr-low = Low (7 %)
props-qr-medium = Medium (15 %)
props-qr-quartile = Quartile (25 %)
props-qr-high = High (30 %, survives wear)
props-qr-correction = Error correction
props-qr-colour = Code colour
props-qr-hint = Keep the code dark on light, and test it with a phone before printing.
props-drawing-colours = Colours of the graphic
props-drawing-colour-only = Colour
props-drawing-colour = Colour { $number }
props-drawing-many-colours = This graphic has { $count } colours; the first { $shown } can be changed here.
props-drawing-own-colours = Back to its own colours
props-frame = Shape
props-frame-box = Box
props-frame-circle = Circle
props-frame-rounded = Rounded
props-frame-hexagon = Hexagon
props-frame-star = Star
props-frame-heart = Heart
props-frame-move = Move the photo in its frame
props-frame-done = Done moving
props-frame-move-hint = Drag on the page to slide the photo; double-click a photo to do this at once.
props-frame-zoom = Zoom in the frame

## Face blocks

props-face-blocks =
    { $count ->
        [one] One face block: the pixels under it never leave the design.
       *[other] { $count } face blocks: the pixels under them never leave the design.
    }

## Print & download

export-purpose-home = Print at home or work
export-purpose-shop = Send to a print shop
export-purpose-online = Post online
export-purpose-stickers = Cut stickers
export-purpose-other = Other files
export-explain-home = A PDF exactly the size of the page, in screen colours, for your own printer. Print it at 100 % (“actual size”).
export-explain-shop = A press-ready PDF in printing inks, 3 mm larger all round (the bleed) with marks showing where to cut. Print shops take it as it is.
export-explain-online = A picture for social media, messages and websites.
export-explain-stickers = A press-ready PDF with the cut line as a separate colour the cutting machine follows, and no crop marks.
export-explain-other = SVG for other design programs, PNG at any resolution.
export-suffix-home = print at home
export-suffix-home-a4 = print at home on A4
export-suffix-home-letter = print at home on Letter
export-suffix-shop = print shop
export-suffix-online = online
export-suffix-stickers = stickers
export-online-1080 = 1080 px: social media posts
export-online-1600 = 1600 px: websites
export-online-2400 = 2400 px: sharp on any screen
export-what-for = What is the file for?
export-too-big-for-home = This page is bigger than a home printer’s paper. Print it in pieces and tape them together:
export-one-big-page = One big page
export-on-a4 = On A4 sheets
export-on-letter = On Letter sheets
export-shop-options = Print shop options
export-bleed = Bleed (3 mm beyond the edges)
export-marks = Crop marks
export-cmyk = Printing inks (CMYK)
export-cmyk-tip = Colours and photos become printing inks (black text in black ink alone, large black areas rich black, at most 300 % ink). Off: screen colours (RGB).
export-paper = Paper
export-condition-fogra39 = Coated paper, Europe (FOGRA39)
export-condition-gracol = Coated paper, North America (GRACoL)
export-pdfx = PDF/X-4 (the print standard)
export-png-sharp = PNG (sharp)
export-jpeg-small = JPEG (smaller, for photos)
export-pixels = { $width } × { $height } pixels
export-check-found =
    The print check found { $errors ->
        [one] one problem
       *[other] { $errors } problems
    } and { $warnings ->
        [one] one warning.
       *[other] { $warnings } warnings.
    }
export-show = Show
export-save-file = Save the file…
export-large-heading = A very large image
export-large-text = This PNG will be { $size }. It takes a long time and a lot of disk space; print shops rarely need more than 300 dpi at the printed size.
export-large-size = { $picture } at { $dpi } dpi
export-anyway = Export anyway
export-png-image = PNG image
export-jpeg-image = JPEG image
export-svg = SVG
export-resolution = Resolution
unit-dpi = dpi
export-include-bleed = Include the bleed
export-transparent = Transparent background
export-solid-edges = Solid edges for t-shirt printing
export-solid-edges-tip = Drops half-transparent pixels: a DTG printer’s white underbase would show through them
export-page-shown = The page shown now.

## The start screen, the tour and the questions the editor asks

start-heading = Make a poster, placard, sticker or social image
start-subheading = Pick a template, type your slogan, add a photo, export for print.
start-open = Open a design…
start-your-templates = Your templates
start-kind-poster = Posters
start-kind-placard = Placards
start-kind-sticker = Stickers
start-kind-t-shirt = T-shirts
start-kind-social = Social images
start-kind-leaflet = Leaflets
start-kind-other = Other
start-blank = Blank page
start-custom-size = Custom size
unit-in = in
paper-letter = Letter
paper-tabloid = Tabloid 11×17 in
paper-inches = { $width }×{ $height } in
start-create-blank = Create blank page
tour-title = Getting started · { $card } of { $cards }
tour-words-title = Change the words
tour-words = Double-click any text on the page and type your own words. Click once to select it: the bar above the page changes its font, size and colour.
tour-photo-title = Add your photo
tour-photo = Click a grey photo frame and choose a photo, or drop one from your files onto it. It fills the frame; drag the photo’s handles to change the frame.
tour-more-title = Add more
tour-more =
    { $side ->
        [right] The buttons on the right add text, photos, shapes and slogans, and change your campaign’s colours. Right-click anything for more; F1 lists the keys.
       *[left] The buttons on the left add text, photos, shapes and slogans, and change your campaign’s colours. Right-click anything for more; F1 lists the keys.
    }
tour-print-title = Print or post it
tour-print =
    { $side ->
        [left] When it looks right, click Print & download at the top left and say what the file is for: printing at home, a print shop, posting online or stickers.
       *[right] When it looks right, click Print & download at the top right and say what the file is for: printing at home, a print shop, posting online or stickers.
    }
tour-skip = Skip the tour
tour-done = Done
tour-next = Next
tour-back = Back
unsaved-heading = Save your changes?
unsaved-text = This design has changes that are not saved yet.
unsaved-save = Save
unsaved-discard = Don’t save
restore-heading = Restore unsaved work?
restore-text = Placard closed without saving “{ $name }”. Its last autosaved state can be restored.
restore-restore = Restore
restore-discard = Discard
toast-show-in-folder = Show in folder
toast-dismiss = Dismiss
shortcuts-title = Keyboard shortcuts

## The shortcut sheet

shortcuts-or = { $first }  or  { $second }
shortcuts-hint = Double-click a text on the page to type in it. Ctrl+wheel zooms; the wheel or the middle button moves the page. Right-click for what can be done with the selection.

## The colour chooser, new elements and short messages

colour-white = white
colour-black = black
colour-grey = grey
colour-red = red
colour-orange = orange
colour-yellow = yellow
colour-green = green
colour-blue = blue
colour-purple = purple
colour-pink = pink
colour-shade = Shade and brightness
colour-hue = Hue
colour-hex = Hex
colour-hex-tip = A colour code such as #FFD400, as brand guides give it.
colour-design = This design’s colours
colour-design-one = Design colour
colour-recent = Recent
colour-recent-one = Recent colour
colour-pick = Pick from the page
colour-pick-tip = Then click anywhere on the page: its colour is taken. Escape to stop.
colour-basics = Basics
colour-button-tip = { $name }: { $hex } — click to choose
new-text-name = Text
new-qr-name = QR code
new-rectangle-name = Rectangle
new-ellipse-name = Ellipse
new-line-name = Line
new-polygon-name = Polygon
new-star-name = Star
new-bubble-name = Speech bubble
new-burst-name = Burst
new-ribbon-name = Ribbon
new-arrow-block-name = Block arrow
new-quote-name = Quote
new-slogan-name = Slogan
new-text-slogan = Your slogan
new-text-subheading = A line under it
new-text-small = When and where: Saturday, 12:00, Town Square
new-text-hashtag = #YourCampaign
toast-exported = Exported { $file }
toast-brand-saved = Brand kit saved
toast-template-saved = Saved as the template “{ $name }”
template-save-title = Save as template
template-name = Template name
template-save = Save template
clipboard-unreadable = The clipboard cannot be read: { $reason }
clipboard-text-too-long = The copied text has { $count } characters, more than the { $most } a text box holds; copy a shorter part.
pasted-picture = the pasted picture
pasted-picture-unusable = the pasted picture cannot be used: { $reason }
no-such-template = there is no template “{ $id }”
filter-design = Placard design
filter-images = Images
filter-zip = Zip file

## Slogans, brand kit, campaign kit and data merge windows

slogans-search = Search
slogans-search-hint = strike, peace, assange…
slogans-click-use = Click to add as new text; “Use” puts the words into the selected text.
slogans-click-add = Click to add to the page as styled text.
slogans-nothing = Nothing found. Add your own below.
slogans-add-tip = Add to the page
slogans-use = Use
slogans-forget = Forget
slogans-forget-tip = Remove from your slogans
slogans-title = Slogans and quotes
slogans-your-own = Your own
slogans-text = Slogan or quote
slogans-said-by = Said by (quotes)
slogans-add-mine = Add to my slogans
brand-title = Brand kit
brand-intro = Your campaign’s colours, fonts and logo, saved once for every design.
brand-campaign = Campaign
brand-colours = Colours
brand-background = Background
brand-text = Text
brand-accent = Accent
brand-text-on-accent = Text on accent
brand-start-from = Start from
brand-start-from-named = Start from { $palette }
brand-fonts = Fonts
brand-headlines = Headlines
brand-everything-else = Everything else
brand-logo = Logo
brand-no-logo = none
brand-choose-logo = Choose logo…
brand-remove = Remove
brand-save = Save brand kit
brand-apply = Apply to this design
brand-apply-disabled = Save the brand kit and open a design first
palette-heading = Palette
palette-text-on-background = Text on background
palette-reads-well = reads well
palette-large-only = large text only
palette-hard = hard to read
palette-check = { $pair }: { $ratio }:1, { $verdict }
kit-title = Campaign kit
kit-editing = Editing the { $format } on the canvas.
kit-back = Back to the design
kit-not-every-change = Not every change of yours fits every format:
kit-export-zip = Export kit as zip…
kit-export-folder = Export kit to a folder…
kit-on-canvas = On the canvas
kit-edit = Edit
kit-edit-tip = Edit the { $format } on the canvas
merge-title = Data merge
merge-intro = One version of this design per row. Paste a table from a spreadsheet: the first line names the slots ({ $slots }).
merge-no-slots = this design has none: name elements’ slots in the properties panel
merge-table = Table
merge-the-table = the table
merge-no-column = No column names a slot of this design.
merge-left-out = Left out (no such slot): { $columns }
merge-previous = Previous row
merge-next = Next row
merge-row-of = Row { $row } of { $rows }
merge-pictures-from = Pictures named in the table come from { $folder }
merge-pictures-folder = Pictures folder…
merge-pictures-tip = Placard reads the table’s pictures from this folder only
merge-export =
    { $rows ->
        [one] Export one version as a PDF…
       *[other] Export { $rows } versions as one PDF…
    }

## The campaign kit window

kit-intro = Your design in every format, each from its own template with your words, photo and colours. Edit any one on the canvas, then export them together: print PDFs ready for the press, PNGs for posting, and each format’s design.

## The file browser

place-home = Home
place-documents = Documents
place-pictures = Pictures
place-desktop = Desktop
place-downloads = Downloads
browser-open-design = Open a design
browser-save-design = Save the design
browser-choose-image = Choose a photo or graphic
browser-where-to-save = Where to save the file
browser-choose-folder = Choose a folder
browser-up = Up
browser-up-tip = The folder this one is in
browser-folder = Folder
browser-folder-hint = Type a folder and press Enter
browser-no-folders = No folders in here.
browser-nothing-fits = Nothing here that fits: no folders, and no files of the right kind.
browser-more = … and { $count } more; type a name below to choose one of them
browser-file-name = File name
browser-already-there = “{ $name }” is already there. Press Replace to put the new file in its place.
browser-replace = Replace
browser-choose-this-folder = Choose this folder
browser-open = Open
browser-save = Save
browser-no-such-folder = there is no such folder
browser-no-such-file = there is no such file here
browser-may-not-open = this folder may not be opened
browser-not-a-folder = this is a file, not a folder
browser-cannot-read = cannot be read ({ $reason })

## The command line: its help

cli-about = Placard: design campaign posters, placards, stickers and social images, and export files a print shop accepts as they are.
cli-about-templates = List the built-in templates with their sizes, pages and slots.
cli-about-new = Start a new design from a template, filling in its slots.
cli-about-check = Check a design before printing: blurry photos, text in the margins, artwork that stops at the trim, hairlines, tiny or hard-to-read text, missing letters. Ends with status 1 when something would print wrong.
cli-about-kit = Make a campaign kit from one design: posters A3 and A2, a placard, a sticker and a leaflet as print-ready PDFs, a profile picture and a share image as PNGs, each with its editable .placard file beside it, in a folder or a zip file.
cli-about-merge = Make one version of a design per row of a table: a CSV whose column names are the design's slots (text, a link for a QR code, or an image file). Writes one PDF with every version, or a folder with one PDF per row.
cli-about-render = Export a design as PDF, PNG, JPEG or SVG (chosen by the ending of the output's name).
cli-about-thumbnail = Draw the first page of a design as a small PNG picture, the way file managers show .placard files.
cli-about-help = Show the help of Placard or of one of its commands.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-options = OPTIONS
cli-value-command = COMMAND
cli-value-file = FILE
cli-value-design = DESIGN
cli-value-template = TEMPLATE
cli-value-output = OUTPUT
cli-value-slot = SLOT=VALUE
cli-value-metres = METRES
cli-value-table = TABLE
cli-value-column = COLUMN
cli-value-folder = FOLDER
cli-value-preset = PRESET
cli-value-dpi = DPI
cli-value-page = PAGE
cli-value-condition = CONDITION
cli-value-percent = PERCENT
cli-value-sheet = SHEET
cli-value-mm = MM
cli-value-name = NAME
cli-value-alpha = ALPHA
cli-value-pixels = PIXELS
cli-arg-help = Show this help.
cli-arg-help-command = The command to explain.
cli-arg-version = Show Placard's version.
cli-arg-editor-file = A .placard file to open in the editor.
cli-arg-templates-json = Print JSON instead of a table.
cli-arg-new-template = The template's id (see “placard templates”).
cli-arg-new-output = Where to save the new .placard file.
cli-arg-new-set = Fill a slot: SLOT=TEXT for words, SLOT=@FILE for a photo or an SVG.
cli-arg-check-input = The .placard file.
cli-arg-check-json = Print the findings as JSON.
cli-arg-check-inks = Also count the inks a screen print of each page needs (1 to 4 spot colours).
cli-arg-check-distance = Also say how each page reads from this many metres away (letter height, words, contrast): for placards and posters.
cli-arg-bundled-fonts-only = Use only the fonts that come with Placard, not the installed ones.
cli-arg-kit-design = The .placard design (its slots — headline, photo, link… — fill every format).
cli-arg-kit-output = A folder, or a file ending in .zip.
cli-arg-merge-design = The .placard design with named slots.
cli-arg-merge-csv = The table (comma, semicolon or tab separated; its first line names the slots).
cli-arg-merge-output = out.pdf for one file, or out/ for one file per row.
cli-arg-merge-name-column = The column that names each file in a folder (the first one if not given).
cli-arg-merge-pictures = The folder the table's image files are in; files outside it are never read (the table's folder if not given).
cli-arg-merge-preset = A print preset, as for “render”: print-shop or web-printer.
cli-arg-bleed = Include the bleed area.
cli-arg-marks = Add crop marks (PDF).
cli-arg-render-input = The .placard file.
cli-arg-render-output = The file to make: .pdf, .png, .jpg or .svg.
cli-arg-thumbnail-output = The PNG picture to write.
cli-arg-thumbnail-size = How many pixels the picture's longer side has (from { $least } to { $most }).
cli-arg-render-dpi = Resolution of PNG and JPEG files, in dots per inch (the design's own if not given — 72 for social images — else 300).
cli-arg-render-page = The page to export, counting from 1. PNG, JPEG and SVG take page 1 if not given; a PDF takes every page.
cli-arg-render-pdfx = Write PDF/X-4 (output intent, embedded colour profile, trapping and version keys).
cli-arg-render-preset = A print preset: print-shop is a CMYK PDF/X-4 with bleed and crop marks; web-printer is the same without marks (online print services add their own).
cli-arg-render-cmyk = Print in CMYK (PDF): colours and photos become the printing condition's inks, black text black ink alone, large black areas rich black.
cli-arg-render-rgb = Keep colours in sRGB (PDF), also with a preset.
cli-arg-render-print-condition = The printing condition CMYK is made for: fogra39 (coated paper, Europe) or gracol (coated paper, North America). The design's own if not given, else fogra39.
cli-arg-render-ink-limit = The highest total of the four inks in CMYK, in percent (from 200 to { $limit }; { $limit } if not given).
cli-arg-render-tile = Print the page (--page, else the first) at full size on home-printer sheets, a4 or letter (PDF): a map of how they fit and one sheet per tile, with cut marks, glue guides and labels.
cli-arg-render-overlap = How much the tiles overlap for gluing, in millimetres ({ $overlap } if not given).
cli-arg-render-cut-name = The spot colour name of a sticker's cut line (PDF), as the cutter expects it: CutContour (if not given), CutContourFlex or Thru-cut.
cli-arg-render-transparent = A transparent background (PNG, SVG).
cli-arg-render-allow-large = Export a PNG even if it may need more than 1 GB on disk.
cli-arg-render-solid-alpha = With --transparent: pixels less opaque than this (0 to 255) become transparent, the rest opaque, for direct-to-garment printing.
cli-arg-render-font-dir = Look for fonts in this folder instead of the system's (can be given more than once).

## The command line: what its commands say

cli-cannot-write = could not write the output: { $reason }
cli-editor-failed = the editor window could not open: { $reason }
cli-editor-failed-hint = the command line still works; see “placard --help”
cli-no-editor = this copy of Placard has no editor window; see “placard --help”
cli-slot-text = text
cli-slot-image = image
cli-slot-link = link
cli-size-px = { $width } × { $height } px
cli-size-mm = { $width } × { $height } mm
cli-template-details =
    { $size } · { $pages ->
        [one] one page
       *[other] { $pages } pages
    } · slots: { $slots }
cli-inks =
    page { $page }: { $count ->
        [one] one ink
       *[other] { $count } inks
    } for screen printing: { $inks }
cli-inks-photos = photos or graphics need process colour or digital printing
cli-inks-blends = gradients or see-through colours need halftones
cli-inks-too-many = most screen printers take up to 4 inks
cli-inks-separator = ;{" "}
cli-unknown-template = unknown template “{ $template }”; there are: { $available }
cli-template-damaged = the built-in template “{ $template }” is damaged
cli-set-form = --set “{ $assignment }”: write it as SLOT=TEXT or SLOT=@IMAGE_FILE
cli-slot-takes-image = the slot “{ $slot }” takes an image: write --set { $slot }=@path/to/photo.jpg
cli-in-template = template “{ $template }”: { $reason }
cli-output-kind = { $file }: choose an output ending in .pdf, .png, .jpg or .svg
cli-dpi-range = --dpi { $dpi }: choose a resolution between 1 and 4800
cli-thumbnail-size = { $size } pixels: choose a size from { $least } to { $most }
cli-no-such-page =
    { $file }: there is no page { $page }; the document has { $count ->
        [one] one page
       *[other] { $count } pages
    }
cli-overlap-range = --overlap { $overlap }: choose between 0 and 50 mm
cli-png-large = { $file }: { $picture } at { $dpi } dpi; lower --dpi, or add --allow-large to export it anyway
cli-ink-limit-range = --ink-limit { $limit }: choose between 200 and { $most } percent
png-estimate = { $width } × { $height } pixels, a file of up to { $size } GB
cli-kit-progress = made { $done } of { $total } formats
cli-note = note
cli-kit-written =
    { $folder }: { $count ->
        [one] one file
       *[other] { $count } files
    } ({ $files })
cli-no-such-column = { $file }: there is no column “{ $column }”; the columns are: { $columns }
cli-no-slot-columns = { $file }: no column names a slot of { $design }; its slots are: { $slots }
cli-column-left-out = the column “{ $column }” names no slot and is left out
cli-merge-progress = merged { $done } of { $total } rows
cli-merge-written =
    { $count ->
        [one] one file in { $folder }
       *[other] { $count } files in { $folder }
    }
cli-merge-output = { $file }: merge writes a PDF (out.pdf) or a folder of them (out/)

## Files that cannot be read or written

file-reason = { $file }: { $reason }
size-mb = { $size } MB
size-kb = { $size } KB
file-too-large = it is larger than the { $limit } Placard takes
file-larger-than = it is { $size }, larger than the { $limit } Placard takes
file-is-folder = it is a folder, not a file
file-not-ordinary = it is not an ordinary file (a device or a pipe); Placard reads files only
file-is-input = this file is one the work is made from; choose another name so it is not replaced
file-no-name = the path names no file
io-not-found = there is no such file or folder
io-permission-denied = you do not have permission to read or change it
io-already-exists = it already exists
io-disk-full = the disk is full
io-read-only = the disk can only be read, not written
io-not-a-folder = part of the path is not a folder
io-quota = your disk space quota is used up
io-file-too-large = the file is too large for this disk
io-bad-name = the name cannot be used for a file here
file-not-placard = { $file }: not a Placard file ({ $reason })
file-damaged = { $file }: document.json is damaged: { $reason }
file-newer = { $file }: made with a newer Placard (file format { $found }, this version reads up to { $supported }); please update Placard
file-missing-asset = { $file }: the document uses “{ $asset }” but the file does not contain it
file-not-zip = not a readable zip archive: { $reason }
file-entries-twice = two of its entries have the same name (document.json or an asset twice)
file-no-document = it has no document.json
file-document-too-large = its document.json is { $size }, more than the { $limit } of a design Placard reads
file-document-unpack = document.json cannot be unpacked: { $reason }
file-entry-damaged = entry { $entry } is damaged: { $reason }
file-unsafe-entry = unsafe entry name “{ $name }”
file-assets-too-large = its pictures and fonts are implausibly large
file-asset-unpack = “{ $name }” cannot be unpacked: { $reason }
file-asset-twice = “{ $name }” is in it twice
file-json = { $reason }
file-no-version = it has no format_version number
file-no-pages = it has no pages
reason-as-said = { $reason }
reason-zip-damaged = the file is damaged, or is another kind of file
reason-data-damaged = its data is damaged
reason-zip-unsupported = it is packed in a way Placard cannot unpack (encrypted, or an unusual compression)
reason-zip-password = it is protected by a password
reason-cut-short = it ends too soon: a part of it is missing
reason-text-broken = its text is broken at line { $line }, column { $column }
reason-number-too-large = a number is out of range (far too large) at line { $line }, column { $column }
reason-value-wrong = a value is missing or of the wrong kind at line { $line }, column { $column }
reason-unreadable = it cannot be read
reason-not-utf8 = it is not saved as UTF-8 text

## What a design may hold

limit-number = it holds the number { $number }, far outside any page (numbers up to { $most } are taken)
limit-pages = it has { $count } pages; a design may have up to { $most }
limit-page-size = { $page } is { $width } × { $height } mm; pages may be { $least } mm to { $most } m a side
limit-bleed = { $page } has a bleed of { $bleed } mm; a bleed may be 0 to { $most } mm
limit-gradient-stops = { $place }: a gradient has { $count } colour stops; up to { $most } are taken
limit-group-depth = { $place }: groups are nested more than { $most } deep
limit-elements = it has more than { $most } elements; a design may have up to { $most }
limit-text-size = { $place }: the text size { $size } pt is outside 0 to { $most } pt
limit-corners = { $place }: the shape has { $count } corners; shapes may have up to { $most }
limit-face-blocks = { $place }: the photo has { $count } face blocks; up to { $most } are taken
limit-text-length = { $place }: the text has { $count } characters; a text may have up to { $most } (split it over several text boxes or pages)
element-in-slot = the “{ $slot }” slot
element-text = the text “{ $words }”
quoted = “{ $words }”

## Exports, merges and kits that cannot be made

export-no-such-page =
    there is no page { $page }; the document has { $count ->
        [one] one page
       *[other] { $count } pages
    }
export-png-too-large = { $width } × { $height } pixels is too large for a PNG; choose a lower resolution
export-jpeg-too-large = { $width } × { $height } pixels is too large for a JPEG (Placard makes JPEGs of up to { $most } megapixels); choose a lower resolution, or PNG
export-jpeg-too-wide = { $width } × { $height } pixels is too large for a JPEG (at most 65535 a side); choose a lower resolution or PNG
export-cancelled = the export was cancelled
export-band-missing = a band of the page was not drawn
pdf-font-unusable = the font “{ $font }” cannot be embedded in a PDF
pdf-not-written = the PDF could not be written: { $reason }
svg-image-not-embedded = a picture could not be embedded: { $reason }
cmyk-profile-unusable = the colour profile for { $condition } cannot be used: { $reason }
job-could-not-start = the work could not start: { $reason }
preview-failed = the preview cannot be drawn
autosave-stopped = the autosave stopped unexpectedly
autosave-failed = the autosave failed: { $reason }
slogans-damaged = { $file } is not a valid slogan list: { $reason }
brand-kit-damaged = { $file } is not a valid brand kit: { $reason }
merge-row-failed = row { $row }: { $reason }
merge-cancelled = the merge was cancelled
table-header-unreadable = the first line cannot be read: { $reason }
table-no-header = the first line must name the columns (the design's slots)
table-line-unreadable = line { $line } cannot be read: { $reason }
table-too-many-values = line { $line } has { $values } values but there are { $columns } columns
table-too-many-rows = it has more than { $most } rows, more versions than one merge makes; split the table
table-no-rows = there are no rows under the column names
table-not-utf8 = it is not UTF-8 text; save the spreadsheet as “CSV UTF-8”
merge-picture-outside = “{ $name }” is outside the pictures folder { $folder }; put the picture in that folder and name it from there
merge-no-such-slot = there is no slot “{ $slot }”; the slots are: { $slots }
merge-picture-unreadable = { $file }: the picture cannot be read: { $reason }
merge-slot-cannot-show = the slot “{ $slot }” cannot show { $file }
kit-cancelled = the kit export was cancelled
kit-format-poster-a3 = Poster A3
kit-format-poster-a2 = Poster A2
kit-format-placard = Placard (A2, two sides)
kit-format-sticker = Sticker (75 mm round)
kit-format-profile-picture = Profile picture (1080 px square)
kit-format-share-image = Share image (1200 × 630 px)
kit-format-leaflet = Leaflet (A5)
kit-colour-kept = the colour of { $element } would not read on the background of the { $format }, so the { $format } keeps its own
kit-colour-changed = { $element } takes another colour on the { $format }, as its own would not read on the background there
kit-left-out = { $element } is left out of the { $format }: its shape is too different to place it; add it there by hand

## The sheets of a poster tiled for a home printer

tile-sheet-label = { $tile } — row { $row } of { $rows }, column { $column } of { $columns }
tile-sheet-glue = cut along the left mark, glue over the tile to the left
tile-map-title =
    Assembly map: { $sheets } sheets, { $across ->
        [one] one across
       *[other] { $across } across
    } and { $down ->
        [one] one down
       *[other] { $down } down
    }
tile-map-how = Print at 100 % (actual size). Trim each sheet at its marks where a tile overlaps the one before; glue it over the { $overlap } mm strip of its neighbour.
