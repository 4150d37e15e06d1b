# Les messages de Placard en français.

## La gravité d’un problème

severity-error = erreur
severity-warning = avertissement

## Où se trouve un problème

place-file = { $file }
place-row = ligne { $row }
place-page = page { $page }
place-subject = « { $name } »
place-separator = ,{" "}
diagnostic-with-hint = { $message } ; { $hint }
diagnostic-at = { $place } : { $text }

## Problèmes trouvés en dessinant la création

font-file-damaged = le fichier de police « { $file } » de la création est abîmé ({ $reason }) ; son texte utilise une autre police
design-has-no-page = la création n’a pas de page { $page }
qr-too-long = le code QR ne peut pas contenir { $count } caractères
qr-too-long-hint = raccourcissez le lien ou baissez la correction d’erreurs
font-not-installed = la police « { $font } » n’est pas sur cet ordinateur, Inter est donc utilisée à la place
font-not-installed-hint = installez la police, ou choisissez-en une fournie avec Placard
text-overflows = le texte ne tient pas dans son cadre en { $size } pt et déborde
text-overflows-hint = agrandissez le cadre, raccourcissez le texte ou activez « Ajuster au cadre »
characters-missing =
    { $count ->
        [one] un caractère n’existe dans aucune police disponible et s’imprime comme un carré vide
       *[other] { $count } caractères n’existent dans aucune police disponible et s’impriment comme des carrés vides
    }
characters-missing-hint = choisissez une autre police
photo-cut-short = la photo « { $file } » est incomplète : le fichier s’arrête avant la fin de l’image, et la partie manquante s’imprime en gris uni
photo-cut-short-hint = ajoutez-la de nouveau à partir d’une copie complète
picture-unusable = l’image « { $file } » ne peut pas être utilisée : { $reason }
asset-missing = la création mentionne « { $file } », qu’elle ne contient pas
svg-links-outside = le SVG « { $file } » renvoie à l’image « { $link } », qui se trouve hors du fichier ; elle est laissée de côté
svg-links-outside-hint = intégrez l’image dans le SVG (Placard ne lit jamais les autres fichiers qu’un SVG mentionne)
svg-inner-svg-unreadable = un SVG intégré dans le SVG « { $file } » est illisible ({ $reason }) ; il est laissé de côté
svg-inner-picture-damaged = une image intégrée dans le SVG « { $file } » est abîmée ; elle est laissée de côté
svg-inner-picture-unknown = une image intégrée dans le SVG « { $file } » est au format { $format }, que Placard ne lit pas ; elle est laissée de côté
svg-inner-picture-unknown-hint = intégrez-la en PNG ou en JPEG

## La vérification avant impression

check-text-too-small = le texte fait { $size } pt, trop petit pour être lu une fois imprimé (au moins { $least } pt)
check-text-past-trim = le texte dépasse le bord de coupe et sera coupé
check-text-near-edge = le texte s’approche du bord plus que la marge de sécurité ; une coupe un peu décalée pourrait le toucher
check-text-low-contrast = le texte se lit mal sur son fond (contraste { $ratio }:1, il faudrait au moins { $needed }:1) ; choisissez une couleur plus claire ou plus foncée
check-outline-too-thin = le contour du texte fait { $width } pt, trop fin pour s’imprimer régulièrement (au moins { $least } pt)
check-line-too-thin = le trait fait { $width } pt, trop fin pour s’imprimer correctement (au moins { $least } pt)
check-photo-blurry-print = la photo n’a que { $dpi } dpi ici et sera floue à l’impression (il en faudrait au moins { $wanted }) ; prenez une photo plus grande ou réduisez-la
check-photo-blurry-screen = la photo n’a que { $dpi } pixels par pouce à cette taille et paraîtra floue (il en faudrait au moins { $wanted }) ; prenez une photo plus grande ou réduisez-la
check-photo-soft-print = la photo a { $dpi } dpi ici et risque de manquer de netteté à l’impression ({ $wanted }, c’est l’idéal)
check-photo-soft-screen = la photo a { $dpi } pixels par pouce à cette taille et risque de manquer de netteté ({ $wanted }, c’est l’idéal)
check-qr-empty = le code QR est vide ; tapez son lien
check-qr-too-fine = les carrés du code QR font { $size } mm, trop fins pour être imprimés et scannés (agrandissez-le ou raccourcissez le lien)
check-qr-too-small = le code QR fait { $side } mm de large ; pour le scanner à environ { $distance } cm, il lui faudrait au moins { $needed } mm
check-qr-pixels = les carrés du code QR font moins de 2 pixels ; agrandissez-le pour que les téléphones puissent le lire
check-qr-contrast = le code QR doit avoir des carrés foncés sur un fond clair, bien contrastés, sinon les téléphones risquent de ne pas le lire
check-ends-at-trim = s’arrête pile au bord de coupe ; une coupe un peu décalée laisse un liseré blanc. Prolongez-le dans le fond perdu

## La vérification en ligne de commande

cli-check-ready = { $file } : prêt à imprimer, aucun problème trouvé
cli-check-counts =
    { $file } : { $errors ->
        [0] aucune erreur
        [one] une erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [0] aucun avertissement
        [one] un avertissement
       *[other] { $warnings } avertissements
    }
cli-check-fails =
    { $file } : { $errors ->
        [one] un problème donnerait une impression ratée
       *[other] { $errors } problèmes donneraient une impression ratée
    }

## Les exports depuis l’éditeur

export-replaced-files =
    { $count ->
        [one] un fichier qui existait a été remplacé : { $files }
       *[other] { $count } fichiers qui existaient ont été remplacés : { $files }
    }

## La vérification dans l’éditeur

print-check-title = Vérification avant impression
print-check-ready = Vérification : prêt
print-check-summary =
    Vérification : { $errors ->
        [0] { $warnings ->
            [one] un avertissement
           *[other] { $warnings } avertissements
        }
        [one] un problème{ $warnings ->
            [0] {""}
            [one] , un avertissement
           *[other] , { $warnings } avertissements
        }
       *[other] { $errors } problèmes{ $warnings ->
            [0] {""}
            [one] , un avertissement
           *[other] , { $warnings } avertissements
        }
    }
print-check-none = Prêt à imprimer : aucun problème trouvé.
print-check-click = Cliquez sur un point pour sélectionner ce qu’il concerne.
print-check-problem = Problème
print-check-warning = Avertissement
fix-extend-into-bleed = Prolonger dans le fond perdu
fix-thicken-line = Passer à { $width } pt
fix-move-inside-margin = Éloigner du bord

## Les commandes de l’éditeur

cmd-new = Nouveau…
cmd-new-tip = Commencer une autre création à partir d’un modèle ou d’une page vierge
cmd-open = Ouvrir…
cmd-open-tip = Ouvrir une création enregistrée dans un fichier .placard
cmd-save = Enregistrer
cmd-save-tip = Enregistrer la création dans son fichier
cmd-save-as = Enregistrer sous…
cmd-save-as-tip = Enregistrer la création dans un nouveau fichier
cmd-export = Imprimer et télécharger…
cmd-export-tip = Obtenir un fichier à imprimer chez soi, à envoyer à un imprimeur ou à publier en ligne
cmd-save-as-template = Enregistrer comme modèle…
cmd-save-as-template-tip = Garder cette création comme modèle pour repartir d’elle la prochaine fois
cmd-undo = Annuler
cmd-undo-what = Annuler : { $what }
cmd-undo-tip = Annuler la dernière modification
cmd-redo = Rétablir
cmd-redo-what = Rétablir : { $what }
cmd-redo-tip = Rétablir la modification annulée
cmd-cut = Couper
cmd-cut-tip = Retirer la sélection et la garder pour la coller
cmd-copy = Copier
cmd-copy-tip = Garder une copie de la sélection pour la coller
cmd-paste = Coller
cmd-paste-tip = Mettre sur la page ce que vous avez copié
cmd-duplicate = Dupliquer
cmd-duplicate-tip = Faire une copie de la sélection juste à côté
cmd-delete = Supprimer
cmd-delete-tip = Retirer la sélection de la page
cmd-select-all = Tout sélectionner
cmd-select-all-tip = Sélectionner tout ce qui n’est pas verrouillé sur la page
cmd-deselect = Ne rien sélectionner
cmd-deselect-tip = Tout désélectionner ; arrête un glissement et remet tout en place
cmd-move-left = Déplacer à gauche
cmd-move-right = Déplacer à droite
cmd-move-up = Déplacer vers le haut
cmd-move-down = Déplacer vers le bas
cmd-move-far-left = Déplacer loin à gauche
cmd-move-far-right = Déplacer loin à droite
cmd-move-far-up = Déplacer loin vers le haut
cmd-move-far-down = Déplacer loin vers le bas
cmd-move-tip = Déplacer la sélection d’un point
cmd-move-far-tip = Déplacer la sélection de dix points
cmd-add-slogan-text = Texte
cmd-add-slogan-text-tip = Ajouter un grand cadre de texte pour un slogan, prêt à taper
cmd-add-subheading = Sous-titre
cmd-add-subheading-tip = Ajouter une ligne de texte plus petite, prête à taper
cmd-add-small-text = Petit texte
cmd-add-small-text-tip = Ajouter un texte simple pour une date, un lieu ou un appel à agir
cmd-add-hashtag = Mot-dièse
cmd-add-hashtag-tip = Ajouter un mot-dièse ou une adresse web
cmd-add-photo = Photo ou illustration…
cmd-add-photo-tip = Ajouter une photo ou une illustration SVG depuis un fichier
cmd-replace-photo = Remplacer la photo…
cmd-choose-photo = Choisir une photo…
cmd-replace-photo-tip = Mettre une photo d’un fichier dans le cadre sélectionné, en gardant sa taille et sa place
cmd-add-slogan = Slogan ou citation…
cmd-add-slogan-tip = Choisir un slogan ou une citation dans la bibliothèque
cmd-add-qr = Code QR
cmd-add-qr-tip = Ajouter un code QR qui ouvre un lien
cmd-shape-rectangle = Rectangle
cmd-shape-ellipse = Ellipse
cmd-shape-line = Trait
cmd-shape-arrow = Flèche
cmd-shape-star = Étoile
cmd-shape-hexagon = Hexagone
cmd-shape-bubble = Bulle
cmd-shape-burst = Éclat
cmd-shape-ribbon = Ruban
cmd-shape-arrow-block = Flèche épaisse
cmd-add-shape-tip = Ajouter cette forme au milieu de la page
cmd-bring-forward = Avancer
cmd-bring-forward-tip = Placer l’élément sélectionné devant celui du dessus
cmd-send-backward = Reculer
cmd-send-backward-tip = Placer l’élément sélectionné derrière celui du dessous
cmd-group = Grouper
cmd-group-tip = Réunir les éléments sélectionnés pour qu’ils bougent ensemble
cmd-ungroup = Dissocier
cmd-ungroup-tip = Séparer le groupe sélectionné en ses éléments
cmd-align-left = Aligner à gauche
cmd-align-centres = Centrer horizontalement
cmd-align-right = Aligner à droite
cmd-align-top = Aligner en haut
cmd-align-middles = Centrer verticalement
cmd-align-bottom = Aligner en bas
cmd-align-tip = Aligner la sélection (un seul élément : sur la page)
cmd-distribute-across = Répartir horizontalement
cmd-distribute-across-tip = Espacer régulièrement trois éléments ou plus sur la largeur
cmd-distribute-down = Répartir verticalement
cmd-distribute-down-tip = Espacer régulièrement trois éléments ou plus sur la hauteur
cmd-fit-page = Page entière
cmd-fit-page-tip = Afficher toute la page dans la fenêtre
cmd-print-size = Taille réelle
cmd-print-size-tip = Afficher la page à sa taille d’impression
cmd-zoom-in = Zoom avant
cmd-zoom-in-tip = Voir de plus près
cmd-zoom-out = Zoom arrière
cmd-zoom-out-tip = Voir une plus grande partie de la page
cmd-slogans = Slogans et citations…
cmd-slogans-tip = Des slogans et citations à utiliser, et les vôtres
cmd-brand-kit = Charte graphique…
cmd-brand-kit-tip = Les couleurs, les polices et le logo de votre organisation
cmd-data-merge = Publipostage…
cmd-data-merge-tip = Faire une version par ligne d’un tableau (noms, lieux, dates)
cmd-campaign-kit = Kit de campagne…
cmd-campaign-kit-tip = Cette création en affiches, pancarte, autocollant et images pour les réseaux, d’un coup
cmd-apply-brand-kit = Appliquer la charte graphique
cmd-apply-brand-kit-tip = Appliquer les couleurs et les polices de votre charte à cette création
cmd-print-check = Vérification avant impression…
cmd-print-check-tip = Ce qu’un imprimeur demanderait à propos de cette création
cmd-shortcuts = Raccourcis clavier
cmd-shortcuts-tip = Tous les raccourcis clavier sur une feuille
cmd-tour = Revoir la visite guidée
cmd-tour-tip = Les quatre cartes qui montrent où se trouve chaque chose
cmd-with-shortcut = { $tip } ({ $shortcut })

## Ce qu’était une modification, après « Annuler » et « Rétablir »

action-change = modification
action-move = déplacement
action-resize = redimensionnement
action-rotate = rotation
action-opacity = transparence
action-rename = renommage
action-typing = saisie
action-crop = recadrage
action-effect = effet
action-cut = couper
action-paste = coller
action-duplicate = duplication
action-delete = suppression
action-new-text = nouveau texte
action-new-qr = nouveau code QR
action-new-shape = nouvelle forme
action-restack = changement d’ordre
action-group = groupement
action-ungroup = dissociation
action-align = alignement
action-distribute = répartition
action-brand-kit = charte graphique
action-hide = masquage
action-show = affichage
action-lock = verrouillage
action-unlock = déverrouillage
action-photo = photo
action-new-photo = nouvelle photo
action-paper = papier

## Menus et barre d’état

menu-file = Fichier
menu-edit = Édition
menu-add = Ajouter
menu-arrange = Disposition
menu-view = Affichage
menu-campaign = Campagne
menu-help = Aide
menu-language-tip = La langue de l’éditeur (Language)
page-name = Page { $page }
status-pixels = { $width } × { $height } px
status-size = { $width } × { $height } mm, fond perdu { $bleed } mm
status-zoom = Zoom { $percent } %
status-exporting = Export de { $file }
button-cancel = Annuler

## La barre latérale et ses panneaux

drawer-templates = Modèles
drawer-templates-tip = Commencer une nouvelle création à partir d’un modèle
drawer-text = Texte
drawer-text-tip = Ajouter un slogan, un sous-titre, un petit texte ou un mot-dièse
drawer-photos = Photos
drawer-photos-tip = Ajouter des photos et remplir les cadres photo
drawer-shapes = Formes
drawer-shapes-tip = Ajouter des formes, des flèches et des codes QR
drawer-slogans = Slogans
drawer-slogans-tip = Des slogans et des citations à utiliser
drawer-symbols = Symboles
drawer-symbols-tip = Symboles : poings, colombes, mégaphones, flèches, bulles, badges
drawer-symbols-hint = Cliquez sur un symbole pour le poser sur la page, dans la couleur de la création.
symbols-search = Chercher un symbole
symbols-all = Tous
symbols-none = Aucun symbole n’a ces mots. Essayez un autre mot, dans n’importe quelle langue.
symbols-protest = Manifestation
symbols-peace = Paix
symbols-solidarity = Solidarité
symbols-work = Travail
symbols-environment = Environnement
symbols-housing = Logement
symbols-arrows = Flèches
symbols-speech = Bulles
symbols-badges = Badges et éclats
symbols-social = Réseaux sociaux
drawer-campaign = Campagne
drawer-campaign-tip = Couleurs, charte graphique, kit de campagne et vérification avant impression
drawer-layers = Calques
drawer-layers-tip = Tout ce qui est sur la page, le dessus en premier
drawer-shapes-hint = Cliquez pour en ajouter une au milieu de la page.
drawer-qr-hint = Un code QR mène vers une pétition, une réunion ou un site.
drawer-own-slogans = Vos propres slogans…
drawer-own-slogans-tip = Garder les slogans et les citations de votre campagne
drawer-whole-campaign = Pour toute la campagne
drawer-templates-hint = Commencez une nouvelle création à partir de l’un d’eux. Votre création reste telle quelle tant que vous n’avez pas choisi.
drawer-photos-hint = Vous pouvez aussi déposer une photo de vos fichiers sur un cadre, ou en coller une (Ctrl+V).
drawer-photos-in-design = Photos de cette création
drawer-photo-choose = Choisir…
drawer-photo-replace = Remplacer…
drawer-photo-choose-tip = Choisir une photo pour ce cadre
drawer-photo-replace-tip = Mettre une autre photo dans ce cadre, en gardant sa place et sa taille
drawer-text-hint = Cliquez pour ajouter du texte à la page, puis tapez.
drawer-add-slogan = Ajouter un slogan
drawer-add-subheading = Ajouter un sous-titre
drawer-add-small-text = Ajouter un petit texte
drawer-add-hashtag = Ajouter un #motdièse
drawer-text-edit-hint = Double-cliquez sur un texte de la page pour en changer les mots.

## La barre du haut et celle de la sélection

top-title-hint = Nom de la création
top-title-tip = Le nom de la création : les fichiers enregistrés ou téléchargés portent ce nom
top-not-saved = non enregistré
top-not-saved-tip = Enregistrer avec { $shortcut }
top-zoom = { $percent } %
top-zoom-tip = 100 % correspond à la taille d’impression, sur un écran courant
top-print-download = Imprimer et télécharger
bar-fill = Remplissage
bar-fill-colour = Couleur de remplissage
bar-line = Trait
bar-line-colour = Couleur du trait
bar-font = Police
bar-size-tip = Taille du texte en points (le texte rétrécit pour tenir dans son cadre si besoin)
bar-size-unit = pt
bar-bold-on = Gras : cliquez pour revenir au normal
bar-bold-off = Normal : cliquez pour le gras
bar-align-left = Texte à gauche
bar-align-centre = Texte centré
bar-align-right = Texte à droite
bar-text-colour = Couleur du texte
bar-effects = Effets
bar-outline = Contour
bar-outline-tip = Un trait autour de chaque lettre, pour que le texte se lise sur une photo chargée
bar-shadow = Ombre
bar-shadow-tip = Une ombre sous les lettres
bar-effects-more =
    { $side ->
        [left] Les tailles et couleurs des deux se règlent dans le panneau de gauche.
       *[right] Les tailles et couleurs des deux se règlent dans le panneau de droite.
    }

## Comment une page se lit de loin

legibility-no-text = Il n’y a pas de texte sur cette page.
legibility-too-small = « { $name } » ne se lit pas à { $distance } m : ses capitales font { $height } cm, il en faut { $needed }. Mettez moins de mots ou agrandissez le cadre.
legibility-too-many-words = { $words } mots se lisent à { $distance } m ; d’un coup d’œil on en saisit environ { $most } : raccourcissez le slogan.
legibility-weak-contrast = « { $name } » contraste peu avec son fond ({ $ratio }:1 ; à partir de { $good }:1, on lit bien en extérieur).
legibility-title = Lisible de loin
legibility-distance = Distance de lecture
unit-metres = m
legibility-needed = À { $distance } m, les capitales doivent faire { $height } cm (2,5 cm par tranche de 10 m).
legibility-reads = Lisible : « { $name } » : { $height } cm, se lit à { $from } m
legibility-close-by = À lire de près : « { $name } » : { $height } cm, se lit à { $from } m
legibility-too-small-line = Trop petit : « { $name } » : { $height } cm, se lit à { $from } m
legibility-contrast = contraste { $ratio }:1
legibility-words =
    { $words ->
        [one] un mot lu à { $distance } m (visez { $most } ou moins)
       *[other] { $words } mots lus à { $distance } m (visez { $most } ou moins)
    }
cli-distance-range = --distance { $distance } : choisissez entre 0,5 et 500 mètres
cli-legibility-page = { $file } : page { $page }, à { $distance } m (capitales de { $needed } cm nécessaires) :
cli-legibility-ok = ok
cli-legibility-small = PETIT
cli-legibility-line =
    { $verdict } « { $name } » : capitales de { $height } cm, se lit à { $from } m, { $words ->
        [one] un mot
       *[other] { $words } mots
    }, { $contrast }
cli-legibility-over-picture = sur une image
cli-legibility-advice = conseil : { $advice }

## Le panneau de la page et les champs des panneaux

page-heading = Page
page-size = Format
page-size-choose = Choisir…
page-width = Largeur
page-height = Hauteur
page-portrait = Portrait
page-landscape = Paysage
page-bleed = Fond perdu
page-background = Fond
page-cut-line = Ligne de découpe
page-cut-none = Aucune
page-cut-ellipse = Cercle ou ovale
page-cut-rounded = Rectangle arrondi
page-cut-rectangle = Rectangle
page-cut-line-tip = Là où coupe la machine à autocollants : un trait en ton direct CutContour dans le PDF, jamais imprimé
page-cut-inset = Découpe à l’intérieur
page-corner-radius = Rayon des coins
unit-mm = mm
unit-px = px
field-in-cmyk = { $field } en CMJN
field-cmyk-tip = Encres d’impression en pourcentage : cyan/magenta/jaune/noir ({ $condition }). Tapez des encres pour imprimer exactement celles-ci dans les fichiers CMJN.
layers-empty = Rien sur cette page pour l’instant. Utilisez Ajouter pour placer du texte, des formes ou des photos.
layers-shown-tip = Visible : cliquez pour masquer
layers-hidden-tip = Masqué : cliquez pour afficher
layers-locked-tip = Verrouillé pour ne pas être déplacé par erreur : cliquez pour déverrouiller
layers-unlocked-tip = Cliquez pour le verrouiller en place
layers-row-tip = Cliquez pour sélectionner ; glissez vers le haut ou le bas pour changer l’ordre
canvas-hint = Cliquez sur un élément de la page pour le modifier · double-cliquez sur un texte pour écrire · déposez une photo sur un cadre
canvas-photo-frame = Cliquez ou déposez une photo
canvas-cannot-show =
    Cette page ne peut pas être affichée :
    { $reason }

## Le panneau des propriétés

props-selection = Sélection
props-many-selected =
    { $count ->
        [one] Un élément sélectionné. Utilisez Disposition pour l’aligner ou le répartir.
       *[other] { $count } éléments sélectionnés. Utilisez Disposition pour les aligner ou les répartir.
    }
props-kind-text = Cadre de texte
props-kind-photo = Photo
props-kind-shape = Forme
props-kind-graphic = Illustration
props-kind-qr = Code QR
props-kind-group = Groupe
props-fit = Ajustement
props-fit-cover = Remplir le cadre (recadrer)
props-fit-contain = Tout montrer
props-fit-stretch = Étirer
props-replace-photo = Remplacer la photo…
props-crop = Recadrer
props-crop-left = Gauche
props-crop-top = Haut
props-crop-width = Largeur
props-crop-height = Hauteur
props-brightness = Luminosité
props-contrast = Contraste
props-effect = Effet
props-effect-none = Aucun (la photo telle quelle)
props-effect-grayscale = Niveaux de gris
props-effect-duotone = Bichromie
props-effect-threshold = Seuil (pochoir)
props-effect-posterize = Postériser
props-effect-halftone = Trame de points
props-shadows = Ombres
props-highlights = Hautes lumières
props-level = Niveau
props-steps = Paliers
props-dot-spacing = Espacement des points
props-angle = Angle
props-ink = Encre
props-paper-colour = Couleur du papier (sinon transparent)
props-paper = Papier
props-hide-faces = Masquer les visages
props-faces-done = Fin du marquage des visages
props-faces-block = Cacher des visages…
props-faces-remove-last = Retirer le dernier bloc
props-faces-hint = Glissez sur chaque visage de la photo. Des blocs pleins les couvrent dans tous les exports ; la photo d’origine ne reste que dans la création.
props-name = Nom
props-x = X
props-y = Y
props-w = L
props-h = H
props-rotation = Rotation
props-opacity = Opacité
props-text = Texte
props-font = Police
props-weight = Graisse
props-weight-regular = Normal
props-weight-bold = Gras
props-weight-black = Extra-gras
props-italic = Italique
props-capitals = Capitales
props-fit-to-box = Ajuster au cadre
props-size = Taille
props-align-left = Gauche
props-align-centre = Centre
props-align-right = Droite
props-align-justify = Justifier
props-line-height = Interligne
props-line = Forme de la ligne
props-line-straight = Droite
props-line-arc-top = Arc par le haut
props-line-arc-bottom = Arc par le bas
props-line-wave = Vague
props-line-radius = Taille du cercle (rayon)
props-line-wave-height = Hauteur de la vague
props-line-wave-length = Longueur de la vague
props-line-hint = Un texte courbé tient sur une ligne ; changez ses mots dans le champ Texte ci-dessus.
props-spacing = Espacement
props-colour = Couleur
props-outline = Contour
props-outline-colour = Couleur du contour
props-outline-width = Épaisseur du contour
props-shadow = Ombre
props-shadow-colour = Couleur de l’ombre
props-band = Bande derrière les lignes
props-band-colour = Couleur de la bande
props-band-padding = Marge de la bande
props-fill = Remplissage
props-fill-colour = Couleur de remplissage
props-corner-radius = Rayon des coins
props-sides = Côtés
props-points = Branches
props-line-style = Trait
props-line-solid = Plein
props-line-dashed = Tirets
props-line-dotted = Pointillés
props-line-round = Bouts arrondis
props-qr-link = Lien ou texte
props-qr-low = Faible (7 %)
props-qr-medium = Moyenne (15 %)
props-qr-quartile = Haute (25 %)
props-qr-high = Maximale (30 %, résiste à l’usure)
props-qr-correction = Correction d’erreurs
props-qr-colour = Couleur du code
props-qr-hint = Gardez le code foncé sur fond clair, et testez-le avec un téléphone avant d’imprimer.
props-drawing-colours = Couleurs de l’illustration
props-drawing-colour-only = Couleur
props-drawing-colour = Couleur { $number }
props-drawing-many-colours = Cette illustration a { $count } couleurs ; on peut changer ici les { $shown } premières.
props-drawing-own-colours = Revenir à ses couleurs
props-frame = Forme
props-frame-box = Rectangle
props-frame-circle = Cercle
props-frame-rounded = Arrondie
props-frame-hexagon = Hexagone
props-frame-star = Étoile
props-frame-heart = Cœur
props-frame-move = Déplacer la photo dans son cadre
props-frame-done = Terminé
props-frame-move-hint = Faites glisser sur la page pour déplacer la photo ; un double-clic sur une photo le permet aussi.
props-frame-zoom = Zoom dans le cadre

## Blocs sur les visages

props-face-blocks =
    { $count ->
        [one] Un bloc sur un visage : les pixels dessous ne quittent jamais la création.
       *[other] { $count } blocs sur des visages : les pixels dessous ne quittent jamais la création.
    }

## Imprimer et télécharger

export-purpose-home = Imprimer chez soi ou au travail
export-purpose-shop = Envoyer à un imprimeur
export-purpose-online = Publier en ligne
export-purpose-stickers = Autocollants découpés
export-purpose-other = Autres fichiers
export-explain-home = Un PDF exactement à la taille de la page, en couleurs d’écran, pour votre imprimante. Imprimez-le à 100 % (« taille réelle »).
export-explain-shop = Un PDF prêt à imprimer, en encres d’impression, 3 mm plus grand tout autour (le fond perdu) avec des traits de coupe. Les imprimeurs le prennent tel quel.
export-explain-online = Une image pour les réseaux sociaux, les messageries et les sites.
export-explain-stickers = Un PDF prêt à imprimer avec la ligne de découpe dans une couleur à part que suit la machine, sans traits de coupe.
export-explain-other = SVG pour d’autres logiciels de création, PNG à toute résolution.
export-suffix-home = imprimer chez soi
export-suffix-home-a4 = imprimer chez soi en A4
export-suffix-home-letter = imprimer chez soi en Letter
export-suffix-shop = imprimeur
export-suffix-online = en ligne
export-suffix-stickers = autocollants
export-online-1080 = 1080 px : publications sur les réseaux
export-online-1600 = 1600 px : sites web
export-online-2400 = 2400 px : net sur tous les écrans
export-what-for = À quoi sert le fichier ?
export-too-big-for-home = Cette page est plus grande que le papier d’une imprimante de bureau. Imprimez-la en morceaux et assemblez-les avec du ruban adhésif :
export-one-big-page = Une grande page
export-on-a4 = Sur des feuilles A4
export-on-letter = Sur des feuilles Letter
export-shop-options = Options pour l’imprimeur
export-bleed = Fond perdu (3 mm au-delà des bords)
export-marks = Traits de coupe
export-cmyk = Encres d’impression (CMJN)
export-cmyk-tip = Les couleurs et les photos deviennent des encres d’impression (texte noir en noir seul, grands aplats noirs en noir riche, 300 % d’encre au plus). Désactivé : couleurs d’écran (RVB).
export-paper = Papier
export-condition-fogra39 = Papier couché, Europe (FOGRA39)
export-condition-gracol = Papier couché, Amérique du Nord (GRACoL)
export-pdfx = PDF/X-4 (la norme d’impression)
export-png-sharp = PNG (net)
export-jpeg-small = JPEG (plus léger, pour les photos)
export-pixels = { $width } × { $height } pixels
export-check-found =
    La vérification a trouvé { $errors ->
        [0] aucun problème
        [one] un problème
       *[other] { $errors } problèmes
    } et { $warnings ->
        [0] aucun avertissement.
        [one] un avertissement.
       *[other] { $warnings } avertissements.
    }
export-show = Voir
export-save-file = Enregistrer le fichier…
export-large-heading = Une très grande image
export-large-text = Ce PNG fera { $size }. Cela prend longtemps et beaucoup de place sur le disque ; les imprimeurs ont rarement besoin de plus de 300 dpi à la taille imprimée.
export-large-size = { $picture } à { $dpi } dpi
export-anyway = Exporter quand même
export-png-image = Image PNG
export-jpeg-image = Image JPEG
export-svg = SVG
export-resolution = Résolution
unit-dpi = dpi
export-include-bleed = Inclure le fond perdu
export-transparent = Fond transparent
export-solid-edges = Bords nets pour l’impression sur t-shirt
export-solid-edges-tip = Supprime les pixels semi-transparents : la sous-couche blanche d’une imprimante DTG se verrait au travers
export-page-shown = La page affichée maintenant.

## L’écran d’accueil, la visite guidée et les questions de l’éditeur

start-heading = Créez une affiche, une pancarte, un autocollant ou une image pour les réseaux
start-subheading = Choisissez un modèle, tapez votre slogan, ajoutez une photo, exportez pour l’impression.
start-open = Ouvrir une création…
start-your-templates = Vos modèles
start-kind-poster = Affiches
start-kind-placard = Pancartes
start-kind-sticker = Autocollants
start-kind-t-shirt = T-shirts
start-kind-social = Images pour les réseaux
start-kind-leaflet = Tracts
start-kind-other = Autres
start-blank = Page vierge
start-custom-size = Format personnalisé
unit-in = po
paper-letter = Lettre US
paper-tabloid = Tabloïd 11×17 pouces
paper-inches = { $width }×{ $height } pouces
start-create-blank = Créer une page vierge
tour-title = Premiers pas · { $card } sur { $cards }
tour-words-title = Changez les mots
tour-words = Double-cliquez sur un texte de la page et tapez vos propres mots. Un seul clic le sélectionne : la barre au-dessus de la page change sa police, sa taille et sa couleur.
tour-photo-title = Ajoutez votre photo
tour-photo = Cliquez sur un cadre photo gris et choisissez une photo, ou déposez-en une depuis vos fichiers. Elle remplit le cadre ; tirez les poignées de la photo pour changer le cadre.
tour-more-title = Ajoutez-en plus
tour-more =
    { $side ->
        [right] Les boutons de droite ajoutent du texte, des photos, des formes et des slogans, et changent les couleurs de votre campagne. Clic droit sur n’importe quoi pour plus ; F1 liste les touches.
       *[left] Les boutons de gauche ajoutent du texte, des photos, des formes et des slogans, et changent les couleurs de votre campagne. Clic droit sur n’importe quoi pour plus ; F1 liste les touches.
    }
tour-print-title = Imprimez-la ou publiez-la
tour-print =
    { $side ->
        [left] Quand c’est bien, cliquez sur Imprimer et télécharger en haut à gauche et dites à quoi sert le fichier : impression chez soi, imprimeur, publication en ligne ou autocollants.
       *[right] Quand c’est bien, cliquez sur Imprimer et télécharger en haut à droite et dites à quoi sert le fichier : impression chez soi, imprimeur, publication en ligne ou autocollants.
    }
tour-skip = Passer la visite
tour-done = Terminé
tour-next = Suivant
tour-back = Retour
unsaved-heading = Enregistrer les modifications ?
unsaved-text = Cette création a des modifications pas encore enregistrées.
unsaved-save = Enregistrer
unsaved-discard = Ne pas enregistrer
restore-heading = Récupérer le travail non enregistré ?
restore-text = Placard s’est fermé sans enregistrer « { $name } ». Son dernier état enregistré automatiquement peut être récupéré.
restore-restore = Récupérer
restore-discard = Abandonner
toast-show-in-folder = Afficher dans le dossier
toast-dismiss = Fermer
shortcuts-title = Raccourcis clavier

## La feuille des raccourcis

shortcuts-or = { $first }  ou  { $second }
shortcuts-hint = Double-cliquez sur un texte de la page pour y écrire. Ctrl+molette zoome ; la molette ou le bouton du milieu déplacent la page. Clic droit pour ce qu’on peut faire de la sélection.

## Le sélecteur de couleur, les nouveaux éléments et les messages courts

colour-white = blanc
colour-black = noir
colour-grey = gris
colour-red = rouge
colour-orange = orange
colour-yellow = jaune
colour-green = vert
colour-blue = bleu
colour-purple = violet
colour-pink = rose
colour-shade = Nuance et luminosité
colour-hue = Teinte
colour-hex = Hex
colour-hex-tip = Un code couleur comme #FFD400, tel que les chartes graphiques le donnent.
colour-design = Couleurs de cette création
colour-design-one = Couleur de la création
colour-recent = Récentes
colour-recent-one = Couleur récente
colour-pick = Prendre sur la page
colour-pick-tip = Cliquez ensuite n’importe où sur la page pour en prendre la couleur. Échap pour arrêter.
colour-basics = Essentielles
colour-button-tip = { $name } : { $hex } — cliquez pour choisir
new-text-name = Texte
new-qr-name = Code QR
new-rectangle-name = Rectangle
new-ellipse-name = Ellipse
new-line-name = Trait
new-polygon-name = Polygone
new-star-name = Étoile
new-bubble-name = Bulle
new-burst-name = Éclat
new-ribbon-name = Ruban
new-arrow-block-name = Flèche épaisse
new-quote-name = Citation
new-slogan-name = Slogan
new-text-slogan = Votre slogan
new-text-subheading = Une ligne dessous
new-text-small = Quand et où : samedi, 12 h, place de la mairie
new-text-hashtag = #VotreCampagne
toast-exported = Exporté : { $file }
toast-brand-saved = Charte graphique enregistrée
toast-template-saved = Enregistré comme modèle « { $name } »
template-save-title = Enregistrer comme modèle
template-name = Nom du modèle
template-save = Enregistrer le modèle
clipboard-unreadable = Le presse-papiers est illisible : { $reason }
clipboard-text-too-long = Le texte copié compte { $count } caractères, plus que les { $most } qu’un cadre de texte peut contenir ; copiez une partie plus courte.
pasted-picture = l’image collée
pasted-picture-unusable = l’image collée ne peut pas être utilisée : { $reason }
no-such-template = il n’y a pas de modèle « { $id } »
filter-design = Création Placard
filter-images = Images
filter-zip = Fichier zip

## Fenêtres des slogans, de la charte, du kit de campagne et du publipostage

slogans-search = Rechercher
slogans-search-hint = grève, paix, assange…
slogans-click-use = Cliquez pour l’ajouter comme nouveau texte ; « Utiliser » met les mots dans le texte sélectionné.
slogans-click-add = Cliquez pour l’ajouter à la page en texte mis en forme.
slogans-nothing = Rien trouvé. Ajoutez les vôtres ci-dessous.
slogans-add-tip = Ajouter à la page
slogans-use = Utiliser
slogans-forget = Oublier
slogans-forget-tip = Retirer de vos slogans
slogans-title = Slogans et citations
slogans-your-own = Les vôtres
slogans-text = Slogan ou citation
slogans-said-by = Dit par (citations)
slogans-add-mine = Ajouter à mes slogans
brand-title = Charte graphique
brand-intro = Les couleurs, les polices et le logo de votre campagne, enregistrés une fois pour toutes vos créations.
brand-campaign = Campagne
brand-colours = Couleurs
brand-background = Fond
brand-text = Texte
brand-accent = Accent
brand-text-on-accent = Texte sur l’accent
brand-start-from = Partir de
brand-start-from-named = Partir de { $palette }
brand-fonts = Polices
brand-headlines = Titres
brand-everything-else = Tout le reste
brand-logo = Logo
brand-no-logo = aucun
brand-choose-logo = Choisir un logo…
brand-remove = Retirer
brand-save = Enregistrer la charte
brand-apply = Appliquer à cette création
brand-apply-disabled = Enregistrez d’abord la charte et ouvrez une création
palette-heading = Palette
palette-text-on-background = Texte sur le fond
palette-reads-well = se lit bien
palette-large-only = grand texte seulement
palette-hard = difficile à lire
palette-check = { $pair } : { $ratio }:1, { $verdict }
kit-title = Kit de campagne
kit-editing = Modification de { $format } sur le canevas.
kit-back = Retour à la création
kit-not-every-change = Toutes vos modifications ne conviennent pas à chaque format :
kit-export-zip = Exporter le kit en zip…
kit-export-folder = Exporter le kit dans un dossier…
kit-on-canvas = Sur le canevas
kit-edit = Modifier
kit-edit-tip = Modifier { $format } sur le canevas
merge-title = Publipostage
merge-intro = Une version de cette création par ligne. Collez un tableau venant d’un tableur : la première ligne nomme les emplacements ({ $slots }).
merge-no-slots = cette création n’en a pas : nommez les emplacements des éléments dans le panneau des propriétés
merge-table = Tableau
merge-the-table = le tableau
merge-no-column = Aucune colonne ne nomme un emplacement de cette création.
merge-left-out = Laissées de côté (pas d’emplacement de ce nom) : { $columns }
merge-previous = Ligne précédente
merge-next = Ligne suivante
merge-row-of = Ligne { $row } sur { $rows }
merge-pictures-from = Les images nommées dans le tableau viennent de { $folder }
merge-pictures-folder = Dossier des images…
merge-pictures-tip = Placard ne lit les images du tableau que dans ce dossier
merge-export =
    { $rows ->
        [one] Exporter une version en PDF…
       *[other] Exporter { $rows } versions dans un seul PDF…
    }

## La fenêtre du kit de campagne

kit-intro = Votre création dans tous les formats, chacun à partir de son modèle avec vos mots, votre photo et vos couleurs. Modifiez-en un sur le canevas, puis exportez-les ensemble : PDF prêts pour l’imprimeur, PNG à publier, et la création de chaque format.

## Le navigateur de fichiers

place-home = Dossier personnel
place-documents = Documents
place-pictures = Images
place-desktop = Bureau
place-downloads = Téléchargements
browser-open-design = Ouvrir une création
browser-save-design = Enregistrer la création
browser-choose-image = Choisir une photo ou une illustration
browser-where-to-save = Où enregistrer le fichier
browser-choose-folder = Choisir un dossier
browser-up = Remonter
browser-up-tip = Le dossier qui contient celui-ci
browser-folder = Dossier
browser-folder-hint = Tapez un dossier et appuyez sur Entrée
browser-no-folders = Aucun dossier ici.
browser-nothing-fits = Rien ici ne convient : ni dossiers, ni fichiers du bon type.
browser-more = … et { $count } de plus ; tapez un nom ci-dessous pour en choisir un
browser-file-name = Nom du fichier
browser-already-there = « { $name } » existe déjà. Appuyez sur Remplacer pour mettre le nouveau fichier à sa place.
browser-replace = Remplacer
browser-choose-this-folder = Choisir ce dossier
browser-open = Ouvrir
browser-save = Enregistrer
browser-no-such-folder = ce dossier n’existe pas
browser-no-such-file = il n’y a pas de fichier de ce nom ici
browser-may-not-open = ce dossier ne peut pas être ouvert
browser-not-a-folder = c’est un fichier, pas un dossier
browser-cannot-read = illisible ({ $reason })

## La ligne de commande : son aide

cli-about = Placard : créez les affiches, pancartes, autocollants et images pour les réseaux de vos campagnes, et exportez des fichiers qu’un imprimeur accepte tels quels.
cli-about-templates = Liste les modèles fournis avec leurs formats, leurs pages et leurs emplacements.
cli-about-new = Commence une nouvelle création à partir d’un modèle, en remplissant ses emplacements.
cli-about-check = Vérifie une création avant l’impression : photos floues, texte dans les marges, éléments qui s’arrêtent au trait de coupe, filets trop fins, texte minuscule ou difficile à lire, lettres manquantes. Se termine avec le code 1 quand quelque chose serait mal imprimé.
cli-about-kit = Fait un kit de campagne à partir d’une création : affiches A3 et A2, une pancarte, un autocollant et un tract en PDF prêts pour l’imprimeur, une photo de profil et une image de partage en PNG, chacun avec son fichier .placard modifiable à côté, dans un dossier ou un fichier zip.
cli-about-merge = Fait une version d’une création par ligne d’un tableau : un CSV dont les colonnes portent les noms des emplacements de la création (texte, lien pour un code QR ou fichier image). Écrit un PDF avec toutes les versions, ou un dossier avec un PDF par ligne.
cli-about-render = Exporte une création en PDF, PNG, JPEG ou SVG (selon la fin du nom du fichier de sortie).
cli-about-thumbnail = Dessine la première page d’une création en petite image PNG, comme les gestionnaires de fichiers montrent les fichiers .placard.
cli-about-help = Affiche l’aide de Placard ou de l’une de ses commandes.
cli-heading-usage = Utilisation :
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-options = OPTIONS
cli-value-command = COMMANDE
cli-value-file = FICHIER
cli-value-design = CRÉATION
cli-value-template = MODÈLE
cli-value-output = SORTIE
cli-value-slot = EMPLACEMENT=VALEUR
cli-value-metres = MÈTRES
cli-value-table = TABLEAU
cli-value-column = COLONNE
cli-value-folder = DOSSIER
cli-value-preset = RÉGLAGE
cli-value-dpi = PPP
cli-value-page = PAGE
cli-value-condition = CONDITION
cli-value-percent = POURCENTAGE
cli-value-sheet = FEUILLE
cli-value-mm = MM
cli-value-name = NOM
cli-value-alpha = ALPHA
cli-value-pixels = PIXELS
cli-arg-help = Affiche cette aide.
cli-arg-help-command = La commande à expliquer.
cli-arg-version = Affiche la version de Placard.
cli-arg-editor-file = Un fichier .placard à ouvrir dans l’éditeur.
cli-arg-templates-json = Écrit du JSON au lieu d’un tableau.
cli-arg-new-template = L’identifiant du modèle (voir « placard templates »).
cli-arg-new-output = Où enregistrer le nouveau fichier .placard.
cli-arg-new-set = Remplit un emplacement : EMPLACEMENT=TEXTE pour des mots, EMPLACEMENT=@FICHIER pour une photo ou un SVG.
cli-arg-check-input = Le fichier .placard.
cli-arg-check-json = Écrit les constats en JSON.
cli-arg-check-inks = Compte aussi les encres qu’il faut à chaque page en sérigraphie (de 1 à 4 tons directs).
cli-arg-check-distance = Dit aussi comment chaque page se lit à tant de mètres (hauteur des lettres, mots, contraste) : pour les pancartes et les affiches.
cli-arg-bundled-fonts-only = N’utilise que les polices fournies avec Placard, pas celles installées.
cli-arg-kit-design = La création .placard (ses emplacements — titre, photo, lien… — remplissent tous les formats).
cli-arg-kit-output = Un dossier, ou un fichier se terminant par .zip.
cli-arg-merge-design = La création .placard avec des emplacements nommés.
cli-arg-merge-csv = Le tableau (séparé par des virgules, des points-virgules ou des tabulations ; sa première ligne nomme les emplacements).
cli-arg-merge-output = sortie.pdf pour un seul fichier, ou sortie/ pour un fichier par ligne.
cli-arg-merge-name-column = La colonne qui nomme chaque fichier du dossier (la première, si elle n’est pas donnée).
cli-arg-merge-pictures = Le dossier où sont les images du tableau ; rien n’est jamais lu en dehors (le dossier du tableau, s’il n’est pas donné).
cli-arg-merge-preset = Un réglage d’impression, comme pour « render » : print-shop ou web-printer.
cli-arg-bleed = Inclut le fond perdu.
cli-arg-marks = Ajoute des traits de coupe (PDF).
cli-arg-render-input = Le fichier .placard.
cli-arg-render-output = Le fichier à créer : .pdf, .png, .jpg ou .svg.
cli-arg-thumbnail-output = L’image PNG à écrire.
cli-arg-thumbnail-size = Le nombre de pixels du plus grand côté de l’image (de { $least } à { $most }).
cli-arg-render-dpi = Résolution des fichiers PNG et JPEG, en points par pouce (celle de la création si elle n’est pas donnée — 72 pour les images des réseaux —, sinon 300).
cli-arg-render-page = La page à exporter, en comptant à partir de 1. PNG, JPEG et SVG prennent la page 1 si elle n’est pas donnée ; un PDF prend toutes les pages.
cli-arg-render-pdfx = Écrit un PDF/X-4 (intention de sortie, profil colorimétrique incorporé, clés de grossi-maigri et de version).
cli-arg-render-preset = Un réglage d’impression : print-shop est un PDF/X-4 en CMJN avec fond perdu et traits de coupe ; web-printer est le même sans traits (les imprimeurs en ligne ajoutent les leurs).
cli-arg-render-cmyk = Imprime en CMJN (PDF) : les couleurs et les photos passent aux encres de la condition d’impression, le texte noir en encre noire seule, les grands aplats noirs en noir enrichi.
cli-arg-render-rgb = Garde les couleurs en sRVB (PDF), même avec un réglage.
cli-arg-render-print-condition = La condition d’impression pour laquelle le CMJN est fait : fogra39 (papier couché, Europe) ou gracol (papier couché, Amérique du Nord). Celle de la création si elle n’est pas donnée, sinon fogra39.
cli-arg-render-ink-limit = Le total maximal des quatre encres en CMJN, en pourcentage (de 200 à { $limit } ; { $limit } s’il n’est pas donné).
cli-arg-render-tile = Imprime la page (--page, sinon la première) en taille réelle sur des feuilles d’imprimante de bureau, a4 ou letter (PDF) : un plan d’assemblage et une feuille par morceau, avec traits de coupe, repères de collage et étiquettes.
cli-arg-render-overlap = De combien les morceaux se chevauchent pour le collage, en millimètres ({ $overlap } s’il n’est pas donné).
cli-arg-render-cut-name = Le nom du ton direct de la ligne de découpe d’un autocollant (PDF), tel que la machine de découpe l’attend : CutContour (s’il n’est pas donné), CutContourFlex ou Thru-cut.
cli-arg-render-transparent = Un fond transparent (PNG, SVG).
cli-arg-render-allow-large = Exporte un PNG même s’il peut prendre plus de 1 Go sur le disque.
cli-arg-render-solid-alpha = Avec --transparent : les pixels moins opaques que ceci (de 0 à 255) deviennent transparents, les autres opaques, pour l’impression directe sur textile.
cli-arg-render-font-dir = Cherche les polices dans ce dossier au lieu de celles du système (peut être donné plusieurs fois).

## La ligne de commande : ce que disent ses commandes

cli-cannot-write = impossible d’écrire la sortie : { $reason }
cli-editor-failed = la fenêtre de l’éditeur n’a pas pu s’ouvrir : { $reason }
cli-editor-failed-hint = la ligne de commande fonctionne toujours ; voir « placard --help »
cli-no-editor = cette copie de Placard n’a pas de fenêtre d’éditeur ; voir « placard --help »
cli-slot-text = texte
cli-slot-image = image
cli-slot-link = lien
cli-size-px = { $width } × { $height } px
cli-size-mm = { $width } × { $height } mm
cli-template-details =
    { $size } · { $pages ->
        [one] une page
       *[other] { $pages } pages
    } · emplacements : { $slots }
cli-inks =
    page { $page } : { $count ->
        [one] une encre
       *[other] { $count } encres
    } en sérigraphie : { $inks }
cli-inks-photos = les photos ou les graphismes demandent la quadrichromie ou l’impression numérique
cli-inks-blends = les dégradés ou les couleurs transparentes demandent une trame
cli-inks-too-many = la plupart des sérigraphes travaillent avec 4 encres au plus
cli-inks-separator = {" "};{" "}
cli-unknown-template = le modèle « { $template } » n’existe pas ; il y a : { $available }
cli-template-damaged = le modèle fourni « { $template } » est endommagé
cli-set-form = --set « { $assignment } » : écrivez-le EMPLACEMENT=TEXTE ou EMPLACEMENT=@FICHIER_IMAGE
cli-slot-takes-image = l’emplacement « { $slot } » prend une image : écrivez --set { $slot }=@chemin/vers/photo.jpg
cli-in-template = modèle « { $template } » : { $reason }
cli-output-kind = { $file } : choisissez une sortie se terminant par .pdf, .png, .jpg ou .svg
cli-dpi-range = --dpi { $dpi } : choisissez une résolution entre 1 et 4800
cli-thumbnail-size = { $size } pixels : choisissez une taille de { $least } à { $most }
cli-no-such-page =
    { $file } : il n’y a pas de page { $page } ; le document a { $count ->
        [one] une page
       *[other] { $count } pages
    }
cli-overlap-range = --overlap { $overlap } : choisissez entre 0 et 50 mm
cli-png-large = { $file } : { $picture } à { $dpi } ppp ; baissez --dpi, ou ajoutez --allow-large pour l’exporter quand même
cli-ink-limit-range = --ink-limit { $limit } : choisissez entre 200 et { $most } pour cent
png-estimate = { $width } × { $height } pixels, un fichier de { $size } Go au plus
cli-kit-progress = { $done } formats faits sur { $total }
cli-note = remarque
cli-kit-written =
    { $folder } : { $count ->
        [one] un fichier
       *[other] { $count } fichiers
    } ({ $files })
cli-no-such-column = { $file } : il n’y a pas de colonne « { $column } » ; les colonnes sont : { $columns }
cli-no-slot-columns = { $file } : aucune colonne ne porte le nom d’un emplacement de { $design } ; ses emplacements sont : { $slots }
cli-column-left-out = la colonne « { $column } » ne porte le nom d’aucun emplacement et est laissée de côté
cli-merge-progress = { $done } lignes fusionnées sur { $total }
cli-merge-written =
    { $count ->
        [one] un fichier dans { $folder }
       *[other] { $count } fichiers dans { $folder }
    }
cli-merge-output = { $file } : la fusion écrit un PDF (sortie.pdf) ou un dossier de PDF (sortie/)

## Fichiers impossibles à lire ou à écrire

file-reason = { $file } : { $reason }
size-mb = { $size } Mo
size-kb = { $size } Ko
file-too-large = il dépasse les { $limit } que Placard accepte
file-larger-than = il fait { $size }, plus que les { $limit } que Placard accepte
file-is-folder = c’est un dossier, pas un fichier
file-not-ordinary = ce n’est pas un fichier ordinaire (un périphérique ou un tube) ; Placard ne lit que des fichiers
file-is-input = ce fichier fait partie de ce dont le travail est fait ; choisissez un autre nom pour ne pas le remplacer
file-no-name = le chemin ne désigne aucun fichier
io-not-found = ce fichier ou ce dossier n’existe pas
io-permission-denied = vous n’avez pas le droit de le lire ou de le modifier
io-already-exists = il existe déjà
io-disk-full = le disque est plein
io-read-only = le disque peut seulement être lu, pas écrit
io-not-a-folder = une partie du chemin n’est pas un dossier
io-quota = votre quota d’espace disque est épuisé
io-file-too-large = le fichier est trop grand pour ce disque
io-bad-name = ce nom ne peut pas servir de nom de fichier ici
file-not-placard = { $file } : ce n’est pas un fichier Placard ({ $reason })
file-damaged = { $file } : document.json est endommagé : { $reason }
file-newer = { $file } : fait avec un Placard plus récent (format { $found } ; cette version lit jusqu’au { $supported }) ; mettez Placard à jour
file-missing-asset = { $file } : le document utilise « { $asset } », mais le fichier ne le contient pas
file-not-zip = ce n’est pas une archive zip lisible : { $reason }
file-entries-twice = deux de ses entrées portent le même nom (document.json ou une ressource en double)
file-no-document = il n’a pas de document.json
file-document-too-large = son document.json fait { $size }, plus que les { $limit } d’une création que Placard lit
file-document-unpack = document.json ne peut pas être décompressé : { $reason }
file-entry-damaged = l’entrée { $entry } est endommagée : { $reason }
file-unsafe-entry = nom d’entrée dangereux « { $name } »
file-assets-too-large = ses images et ses polices ont une taille invraisemblable
file-asset-unpack = « { $name } » ne peut pas être décompressé : { $reason }
file-asset-twice = « { $name } » y figure deux fois
file-json = { $reason }
file-no-version = il n’a pas de numéro format_version
file-no-pages = il n’a aucune page
reason-as-said = { $reason }
reason-zip-damaged = le fichier est endommagé, ou c’est un autre type de fichier
reason-data-damaged = ses données sont endommagées
reason-zip-unsupported = il est compressé d’une façon que Placard ne sait pas ouvrir (chiffrement ou compression inhabituelle)
reason-zip-password = il est protégé par un mot de passe
reason-cut-short = il s’arrête trop tôt : une partie manque
reason-text-broken = le texte est abîmé ligne { $line }, colonne { $column }
reason-number-too-large = un nombre est hors limites (bien trop grand) ligne { $line }, colonne { $column }
reason-value-wrong = une valeur manque ou n’est pas du bon type ligne { $line }, colonne { $column }
reason-unreadable = il est illisible
reason-not-utf8 = il n’est pas enregistré en texte UTF-8

## Ce qu’une création peut contenir

limit-number = il contient le nombre { $number }, très loin de toute page (les nombres jusqu’à { $most } sont acceptés)
limit-pages = il a { $count } pages ; une création peut en avoir jusqu’à { $most }
limit-page-size = { $page } mesure { $width } × { $height } mm ; une page peut faire de { $least } mm à { $most } m de côté
limit-bleed = { $page } a un fond perdu de { $bleed } mm ; le fond perdu peut aller de 0 à { $most } mm
limit-gradient-stops = { $place } : un dégradé a { $count } points de couleur ; jusqu’à { $most } sont acceptés
limit-group-depth = { $place } : des groupes sont imbriqués sur plus de { $most } niveaux
limit-elements = il a plus de { $most } éléments ; une création peut en avoir jusqu’à { $most }
limit-text-size = { $place } : la taille de texte { $size } pt est hors de 0 à { $most } pt
limit-corners = { $place } : la forme a { $count } angles ; une forme peut en avoir jusqu’à { $most }
limit-face-blocks = { $place } : la photo a { $count } blocs sur des visages ; jusqu’à { $most } sont acceptés
limit-text-length = { $place } : le texte a { $count } caractères ; un texte peut en avoir jusqu’à { $most } (répartissez-le sur plusieurs zones de texte ou pages)
element-in-slot = l’emplacement « { $slot } »
element-text = le texte « { $words } »
quoted = « { $words } »

## Exports, fusions et kits impossibles

export-no-such-page =
    il n’y a pas de page { $page } ; le document a { $count ->
        [one] une page
       *[other] { $count } pages
    }
export-png-too-large = { $width } × { $height } pixels, c’est trop pour un PNG ; choisissez une résolution plus basse
export-jpeg-too-large = { $width } × { $height } pixels, c’est trop pour un JPEG (Placard fait des JPEG de { $most } mégapixels au plus) ; choisissez une résolution plus basse, ou le PNG
export-jpeg-too-wide = { $width } × { $height } pixels, c’est trop pour un JPEG (65535 par côté au plus) ; choisissez une résolution plus basse, ou le PNG
export-cancelled = l’export a été annulé
export-band-missing = une bande de la page n’a pas été dessinée
pdf-font-unusable = la police « { $font } » ne peut pas être incorporée dans un PDF
pdf-not-written = le PDF n’a pas pu être écrit : { $reason }
svg-image-not-embedded = une image n’a pas pu être incorporée : { $reason }
cmyk-profile-unusable = le profil colorimétrique pour { $condition } est inutilisable : { $reason }
job-could-not-start = le travail n’a pas pu démarrer : { $reason }
preview-failed = l’aperçu ne peut pas être dessiné
autosave-stopped = l’enregistrement automatique s’est arrêté de façon inattendue
autosave-failed = l’enregistrement automatique a échoué : { $reason }
slogans-damaged = { $file } n’est pas une liste de slogans valide : { $reason }
brand-kit-damaged = { $file } n’est pas une charte graphique valide : { $reason }
merge-row-failed = ligne { $row } : { $reason }
merge-cancelled = la fusion a été annulée
table-header-unreadable = la première ligne est illisible : { $reason }
table-no-header = la première ligne doit nommer les colonnes (les emplacements de la création)
table-line-unreadable = la ligne { $line } est illisible : { $reason }
table-too-many-values = la ligne { $line } a { $values } valeurs alors qu’il y a { $columns } colonnes
table-too-many-rows = il a plus de { $most } lignes, plus de versions qu’une fusion n’en fait ; coupez le tableau en plusieurs
table-no-rows = il n’y a aucune ligne sous les noms de colonnes
table-not-utf8 = ce n’est pas du texte UTF-8 ; enregistrez le tableur en « CSV UTF-8 »
merge-picture-outside = « { $name } » est en dehors du dossier d’images { $folder } ; mettez l’image dans ce dossier et nommez-la à partir de là
merge-no-such-slot = il n’y a pas d’emplacement « { $slot } » ; les emplacements sont : { $slots }
merge-picture-unreadable = { $file } : l’image est illisible : { $reason }
merge-slot-cannot-show = l’emplacement « { $slot } » ne peut pas afficher { $file }
kit-cancelled = l’export du kit a été annulé
kit-format-poster-a3 = Affiche A3
kit-format-poster-a2 = Affiche A2
kit-format-placard = Pancarte (A2, recto verso)
kit-format-sticker = Autocollant (rond de 75 mm)
kit-format-profile-picture = Photo de profil (carrée, 1080 px)
kit-format-share-image = Image de partage (1200 × 630 px)
kit-format-leaflet = Tract (A5)
kit-colour-kept = la couleur de { $element } ne se lirait pas sur le fond de « { $format } », donc « { $format } » garde la sienne
kit-colour-changed = { $element } prend une autre couleur dans « { $format } », car la sienne ne se lirait pas sur ce fond
kit-left-out = { $element } est laissé de côté dans « { $format } » : sa forme est trop différente pour le placer ; ajoutez-le à la main

## Les feuilles d’une affiche imprimée en morceaux à la maison

tile-sheet-label = { $tile } — rangée { $row } sur { $rows }, colonne { $column } sur { $columns }
tile-sheet-glue = coupez le long de la marque de gauche, collez sur le morceau de gauche
tile-map-title =
    Plan d’assemblage : { $sheets } feuilles, { $across ->
        [one] une en largeur
       *[other] { $across } en largeur
    } et { $down ->
        [one] une en hauteur
       *[other] { $down } en hauteur
    }
tile-map-how = Imprimez à 100 % (taille réelle). Coupez chaque feuille à ses marques là où un morceau chevauche le précédent ; collez-la sur la bande de { $overlap } mm de sa voisine.
