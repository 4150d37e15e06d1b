# As mensagens do Placard em português do Brasil.

## Gravidade de um problema

severity-error = erro
severity-warning = aviso

## Onde está um problema

place-file = { $file }
place-row = linha { $row }
place-page = página { $page }
place-subject = “{ $name }”
place-separator = ,{" "}
diagnostic-with-hint = { $message }; { $hint }
diagnostic-at = { $place }: { $text }

## Problemas ao desenhar o design

font-file-damaged = o arquivo de fonte “{ $file }” do design está danificado ({ $reason }); o texto dele usa outra fonte
design-has-no-page = o design não tem página { $page }
qr-too-long = o código QR não comporta { $count } caracteres
qr-too-long-hint = encurte o link ou diminua a correção de erros
font-not-installed = a fonte “{ $font }” não está neste computador, então a Inter é usada no lugar dela
font-not-installed-hint = instale a fonte ou escolha uma das que vêm com o Placard
text-overflows = o texto não cabe na caixa em { $size } pt e passa para fora dela
text-overflows-hint = aumente a caixa, encurte o texto ou ative “Ajustar à caixa”
characters-missing =
    { $count ->
        [one] um caractere não está em nenhuma fonte disponível e sai impresso como um quadradinho vazio
       *[other] { $count } caracteres não estão em nenhuma fonte disponível e saem impressos como quadradinhos vazios
    }
characters-missing-hint = escolha outra fonte
photo-cut-short = a foto “{ $file }” está incompleta: o arquivo termina antes da imagem, e a parte que falta sai impressa em cinza liso
photo-cut-short-hint = adicione de novo a partir de uma cópia completa
picture-unusable = a imagem “{ $file }” não pode ser usada: { $reason }
asset-missing = o design cita “{ $file }”, mas não contém esse arquivo
svg-links-outside = o SVG “{ $file }” aponta para a imagem “{ $link }”, que está fora do arquivo, e ela fica de fora
svg-links-outside-hint = incorpore a imagem no SVG (o Placard nunca lê outros arquivos que um SVG cita)
svg-inner-svg-unreadable = um SVG incorporado no SVG “{ $file }” não pode ser lido ({ $reason }) e fica de fora
svg-inner-picture-damaged = uma imagem incorporada no SVG “{ $file }” está danificada e fica de fora
svg-inner-picture-unknown = uma imagem incorporada no SVG “{ $file }” está em { $format }, formato que o Placard não lê, e fica de fora
svg-inner-picture-unknown-hint = incorpore-a como PNG ou JPEG

## A conferência antes de imprimir

check-text-too-small = o texto tem { $size } pt, pequeno demais para ler impresso (no mínimo { $least } pt)
check-text-past-trim = o texto passa da linha de corte e vai ser cortado
check-text-near-edge = o texto chega mais perto da borda do que a margem de segurança; um corte um pouco torto pode pegar nele
check-text-low-contrast = o texto é difícil de ler sobre o fundo (contraste { $ratio }:1, o ideal é pelo menos { $needed }:1); escolha uma cor mais clara ou mais escura
check-outline-too-thin = o contorno do texto tem { $width } pt, fino demais para imprimir por igual (no mínimo { $least } pt)
check-line-too-thin = a linha tem { $width } pt, fina demais para imprimir bem (no mínimo { $least } pt)
check-photo-blurry-print = a foto tem { $dpi } dpi aqui e vai sair borrada (o ideal é pelo menos { $wanted }); use uma foto maior ou diminua o tamanho dela
check-photo-blurry-screen = a foto tem { $dpi } pixels por polegada neste tamanho e vai ficar borrada (o ideal é pelo menos { $wanted }); use uma foto maior ou diminua o tamanho dela
check-photo-soft-print = a foto tem { $dpi } dpi aqui e pode sair sem nitidez (o melhor é { $wanted })
check-photo-soft-screen = a foto tem { $dpi } pixels por polegada neste tamanho e pode ficar sem nitidez (o melhor é { $wanted })
check-qr-empty = o código QR está vazio; digite o link dele
check-qr-too-fine = os quadradinhos do código QR têm { $size } mm, finos demais para imprimir e escanear (aumente o código ou encurte o link)
check-qr-too-small = o código QR tem { $side } mm de largura; para escanear a uns { $distance } cm ele deveria ter pelo menos { $needed } mm
check-qr-pixels = os quadradinhos do código QR têm menos de 2 pixels; aumente o código para que os celulares consigam ler
check-qr-contrast = o código QR precisa de quadradinhos escuros sobre um fundo claro, com bom contraste, senão os celulares podem não ler
check-ends-at-trim = termina bem na linha de corte; um corte um pouco torto deixa um filete branco. Estenda até a sangria

## A conferência na linha de comando

cli-check-ready = { $file }: pronto para imprimir, nenhum problema encontrado
cli-check-counts =
    { $file }: { $errors ->
        [0] nenhum erro
        [one] um erro
       *[other] { $errors } erros
    }, { $warnings ->
        [0] nenhum aviso
        [one] um aviso
       *[other] { $warnings } avisos
    }
cli-check-fails =
    { $file }: { $errors ->
        [one] um problema sairia errado na impressão
       *[other] { $errors } problemas sairiam errados na impressão
    }

## Exportações do editor

export-replaced-files =
    { $count ->
        [one] um arquivo que já existia foi substituído: { $files }
       *[other] { $count } arquivos que já existiam foram substituídos: { $files }
    }

## A conferência no editor

print-check-title = Conferência para impressão
print-check-ready = Conferência: tudo pronto
print-check-summary =
    Conferência: { $errors ->
        [0] { $warnings ->
            [one] um aviso
           *[other] { $warnings } avisos
        }
        [one] um problema{ $warnings ->
            [0] {""}
            [one] , um aviso
           *[other] , { $warnings } avisos
        }
       *[other] { $errors } problemas{ $warnings ->
            [0] {""}
            [one] , um aviso
           *[other] , { $warnings } avisos
        }
    }
print-check-none = Pronto para imprimir: nenhum problema encontrado.
print-check-click = Clique em um item para selecionar o elemento a que ele se refere.
print-check-problem = Problema
print-check-warning = Aviso
fix-extend-into-bleed = Estender até a sangria
fix-thicken-line = Deixar com { $width } pt
fix-move-inside-margin = Afastar da borda

## Os comandos do editor

cmd-new = Novo…
cmd-new-tip = Comece outro design a partir de um modelo ou de uma página em branco
cmd-open = Abrir…
cmd-open-tip = Abra um design salvo como arquivo .placard
cmd-save = Salvar
cmd-save-tip = Salve o design no arquivo dele
cmd-save-as = Salvar como…
cmd-save-as-tip = Salve o design em um arquivo novo
cmd-export = Imprimir e baixar…
cmd-export-tip = Gere um arquivo para imprimir em casa, mandar para a gráfica ou postar na internet
cmd-save-as-template = Salvar como modelo…
cmd-save-as-template-tip = Guarde este design como modelo para começar a partir dele da próxima vez
cmd-undo = Desfazer
cmd-undo-what = Desfazer: { $what }
cmd-undo-tip = Desfaça a última alteração
cmd-redo = Refazer
cmd-redo-what = Refazer: { $what }
cmd-redo-tip = Refaça a alteração que você desfez
cmd-cut = Recortar
cmd-cut-tip = Remova a seleção e guarde para colar
cmd-copy = Copiar
cmd-copy-tip = Guarde uma cópia da seleção para colar
cmd-paste = Colar
cmd-paste-tip = Coloque na página o que você copiou
cmd-duplicate = Duplicar
cmd-duplicate-tip = Faça uma cópia da seleção ao lado dela
cmd-delete = Excluir
cmd-delete-tip = Remova a seleção da página
cmd-select-all = Selecionar tudo
cmd-select-all-tip = Selecione tudo o que não está travado na página
cmd-deselect = Não selecionar nada
cmd-deselect-tip = Tire a seleção; interrompe um arraste e deixa tudo como estava
cmd-move-left = Mover para a esquerda
cmd-move-right = Mover para a direita
cmd-move-up = Mover para cima
cmd-move-down = Mover para baixo
cmd-move-far-left = Mover bem para a esquerda
cmd-move-far-right = Mover bem para a direita
cmd-move-far-up = Mover bem para cima
cmd-move-far-down = Mover bem para baixo
cmd-move-tip = Mova a seleção um ponto
cmd-move-far-tip = Mova a seleção dez pontos
cmd-add-slogan-text = Texto
cmd-add-slogan-text-tip = Adicione uma caixa de texto grande para um slogan, pronta para digitar
cmd-add-subheading = Subtítulo
cmd-add-subheading-tip = Adicione uma linha de texto menor, pronta para digitar
cmd-add-small-text = Texto pequeno
cmd-add-small-text-tip = Adicione um texto simples para uma data, um local ou um chamado à ação
cmd-add-hashtag = Hashtag
cmd-add-hashtag-tip = Adicione uma hashtag ou um endereço da web
cmd-add-photo = Foto ou imagem…
cmd-add-photo-tip = Adicione uma foto ou uma imagem SVG de um arquivo
cmd-replace-photo = Trocar a foto…
cmd-choose-photo = Escolher uma foto…
cmd-replace-photo-tip = Coloque uma foto de um arquivo no quadro selecionado, mantendo o tamanho e o lugar dele
cmd-add-slogan = Slogan ou citação…
cmd-add-slogan-tip = Escolha um slogan ou uma citação da biblioteca
cmd-add-qr = Código QR
cmd-add-qr-tip = Adicione um código QR que abre um link
cmd-shape-rectangle = Retângulo
cmd-shape-ellipse = Elipse
cmd-shape-line = Linha
cmd-shape-arrow = Seta
cmd-shape-star = Estrela
cmd-shape-hexagon = Hexágono
cmd-shape-bubble = Balão de fala
cmd-shape-burst = Explosão
cmd-shape-ribbon = Faixa
cmd-shape-arrow-block = Seta grossa
cmd-add-shape-tip = Adicione esta forma no meio da página
cmd-bring-forward = Trazer para a frente
cmd-bring-forward-tip = Coloque o elemento selecionado na frente do que está acima dele
cmd-send-backward = Enviar para trás
cmd-send-backward-tip = Coloque o elemento selecionado atrás do que está abaixo dele
cmd-group = Agrupar
cmd-group-tip = Junte os elementos selecionados para que se movam juntos
cmd-ungroup = Desagrupar
cmd-ungroup-tip = Separe o grupo selecionado nos elementos dele
cmd-align-left = Alinhar à esquerda
cmd-align-centres = Centralizar na horizontal
cmd-align-right = Alinhar à direita
cmd-align-top = Alinhar em cima
cmd-align-middles = Centralizar na vertical
cmd-align-bottom = Alinhar embaixo
cmd-align-tip = Alinhe a seleção (um elemento só: com a página)
cmd-distribute-across = Distribuir na horizontal
cmd-distribute-across-tip = Distribua três ou mais elementos com o mesmo espaço na horizontal
cmd-distribute-down = Distribuir na vertical
cmd-distribute-down-tip = Distribua três ou mais elementos com o mesmo espaço na vertical
cmd-fit-page = Ver a página inteira
cmd-fit-page-tip = Mostre a página inteira na janela
cmd-print-size = Tamanho real
cmd-print-size-tip = Mostre a página no tamanho em que ela sai impressa
cmd-zoom-in = Aproximar
cmd-zoom-in-tip = Veja mais de perto
cmd-zoom-out = Afastar
cmd-zoom-out-tip = Veja mais da página
cmd-slogans = Slogans e citações…
cmd-slogans-tip = Slogans e citações para usar, e os seus
cmd-brand-kit = Identidade visual…
cmd-brand-kit-tip = As cores, as fontes e o logo da sua organização
cmd-data-merge = Mala direta…
cmd-data-merge-tip = Faça uma versão para cada linha de uma tabela (nomes, lugares, datas)
cmd-campaign-kit = Kit de campanha…
cmd-campaign-kit-tip = Este design como cartazes, placa, adesivo e imagens para redes sociais, tudo de uma vez
cmd-apply-brand-kit = Aplicar a identidade visual
cmd-apply-brand-kit-tip = Aplique as cores e as fontes da sua identidade visual neste design
cmd-print-check = Conferência para impressão…
cmd-print-check-tip = O que uma gráfica perguntaria sobre este design
cmd-shortcuts = Atalhos de teclado
cmd-shortcuts-tip = Todos os atalhos de teclado em uma folha
cmd-tour = Ver o tour de novo
cmd-tour-tip = Os quatro cartões que mostram onde fica cada coisa
cmd-with-shortcut = { $tip } ({ $shortcut })

## O que foi uma alteração, depois de “Desfazer” e “Refazer”

action-change = alteração
action-move = mover
action-resize = redimensionar
action-rotate = girar
action-opacity = transparência
action-rename = renomear
action-typing = digitação
action-crop = corte
action-effect = efeito
action-cut = recortar
action-paste = colar
action-duplicate = duplicar
action-delete = excluir
action-new-text = texto novo
action-new-qr = código QR novo
action-new-shape = forma nova
action-restack = mudar a ordem
action-group = agrupar
action-ungroup = desagrupar
action-align = alinhar
action-distribute = distribuir
action-brand-kit = identidade visual
action-hide = ocultar
action-show = mostrar
action-lock = travar
action-unlock = destravar
action-photo = foto
action-new-photo = foto nova
action-paper = papel

## Menus e barra de status

menu-file = Arquivo
menu-edit = Editar
menu-add = Adicionar
menu-arrange = Organizar
menu-view = Exibir
menu-campaign = Campanha
menu-help = Ajuda
menu-language-tip = O idioma do editor (Language)
page-name = Página { $page }
status-pixels = { $width } × { $height } px
status-size = { $width } × { $height } mm, sangria { $bleed } mm
status-zoom = Zoom { $percent } %
status-exporting = Exportando { $file }
button-cancel = Cancelar

## A barra lateral e seus painéis

drawer-templates = Modelos
drawer-templates-tip = Comece um design novo a partir de um modelo
drawer-text = Texto
drawer-text-tip = Adicione um slogan, um subtítulo, um texto pequeno ou uma hashtag
drawer-photos = Fotos
drawer-photos-tip = Adicione fotos e preencha os quadros de foto
drawer-shapes = Formas
drawer-shapes-tip = Adicione formas, setas e códigos QR
drawer-slogans = Slogans
drawer-slogans-tip = Slogans e citações para usar
drawer-symbols = Símbolos
drawer-symbols-tip = Símbolos: punhos, pombas, megafones, setas, balões, selos
drawer-symbols-hint = Clique em um símbolo para colocá-lo na página, na cor do design.
symbols-search = Buscar símbolos
symbols-all = Todos
symbols-none = Nenhum símbolo tem essas palavras. Tente outra, em qualquer idioma.
symbols-protest = Protesto
symbols-peace = Paz
symbols-solidarity = Solidariedade
symbols-work = Trabalho
symbols-environment = Meio ambiente
symbols-housing = Moradia
symbols-arrows = Setas
symbols-speech = Balões de fala
symbols-badges = Selos e explosões
symbols-social = Redes sociais
drawer-campaign = Campanha
drawer-campaign-tip = Cores, identidade visual, kit de campanha e conferência para impressão
drawer-layers = Camadas
drawer-layers-tip = Tudo o que está na página, o de cima primeiro
drawer-shapes-hint = Clique para adicionar uma no meio da página.
drawer-qr-hint = Um código QR leva as pessoas a um abaixo-assinado, uma reunião ou um site.
drawer-own-slogans = Seus próprios slogans…
drawer-own-slogans-tip = Guarde os slogans e as citações da sua campanha
drawer-whole-campaign = Para a campanha inteira
drawer-templates-hint = Comece um design novo a partir de um deles. Seu design fica como está até você escolher.
drawer-photos-hint = Você também pode soltar uma foto dos seus arquivos sobre um quadro, ou colar uma (Ctrl+V).
drawer-photos-in-design = Fotos deste design
drawer-photo-choose = Escolher…
drawer-photo-replace = Trocar…
drawer-photo-choose-tip = Escolha uma foto para este quadro
drawer-photo-replace-tip = Coloque outra foto neste quadro, mantendo o lugar e o tamanho dele
drawer-text-hint = Clique para adicionar texto à página e depois digite.
drawer-add-slogan = Adicionar um slogan
drawer-add-subheading = Adicionar um subtítulo
drawer-add-small-text = Adicionar texto pequeno
drawer-add-hashtag = Adicionar uma #hashtag
drawer-text-edit-hint = Clique duas vezes em qualquer texto da página para mudar as palavras.

## A barra superior e a da seleção

top-title-hint = Nome do design
top-title-tip = O nome do design: os arquivos que você salvar ou baixar recebem esse nome
top-not-saved = não salvo
top-not-saved-tip = Salve com { $shortcut }
top-zoom = { $percent } %
top-zoom-tip = 100 % é o tamanho em que sai impresso, em uma tela comum
top-print-download = Imprimir e baixar
bar-fill = Preenchimento
bar-fill-colour = Cor de preenchimento
bar-line = Linha
bar-line-colour = Cor da linha
bar-font = Fonte
bar-size-tip = Tamanho do texto em pontos (o texto diminui para caber na caixa quando precisa)
bar-size-unit = pt
bar-bold-on = Negrito: clique para tirar
bar-bold-off = Normal: clique para negrito
bar-align-left = Texto à esquerda
bar-align-centre = Texto centralizado
bar-align-right = Texto à direita
bar-text-colour = Cor do texto
bar-effects = Efeitos
bar-outline = Contorno
bar-outline-tip = Uma linha em volta de cada letra, para o texto ser lido sobre uma foto cheia de detalhes
bar-shadow = Sombra
bar-shadow-tip = Uma sombra embaixo das letras
bar-effects-more =
    { $side ->
        [left] Os tamanhos e as cores dos dois ficam no painel da esquerda.
       *[right] Os tamanhos e as cores dos dois ficam no painel da direita.
    }

## Como uma página se lê de longe

legibility-no-text = Não há texto nesta página.
legibility-too-small = “{ $name }” não dá para ler a { $distance } m: as maiúsculas têm { $height } cm e são necessários { $needed } cm. Use menos palavras ou uma caixa maior.
legibility-too-many-words = Dá para ler { $words } palavras a { $distance } m; as pessoas captam umas { $most } de relance: encurte o slogan.
legibility-weak-contrast = “{ $name }” tem pouco contraste com o fundo ({ $ratio }:1; a partir de { $good }:1 dá para ler bem ao ar livre).
legibility-title = Leitura de longe
legibility-distance = Distância de leitura
unit-metres = m
legibility-needed = A { $distance } m, as maiúsculas precisam de { $height } cm (2,5 cm a cada 10 m).
legibility-reads = Dá para ler: “{ $name }”: { $height } cm, lido a até { $from } m
legibility-close-by = Para ler de perto: “{ $name }”: { $height } cm, lido a até { $from } m
legibility-too-small-line = Pequeno demais: “{ $name }”: { $height } cm, lido a até { $from } m
legibility-contrast = contraste { $ratio }:1
legibility-words =
    { $words ->
        [one] uma palavra lida a { $distance } m (o ideal é { $most } ou menos)
       *[other] { $words } palavras lidas a { $distance } m (o ideal é { $most } ou menos)
    }
cli-distance-range = --distance { $distance }: escolha entre 0,5 e 500 metros
cli-legibility-page = { $file }: página { $page }, a { $distance } m (são necessárias maiúsculas de { $needed } cm):
cli-legibility-ok = ok
cli-legibility-small = PEQUENO
cli-legibility-line =
    { $verdict } “{ $name }”: maiúsculas de { $height } cm, lido a até { $from } m, { $words ->
        [one] uma palavra
       *[other] { $words } palavras
    }, { $contrast }
cli-legibility-over-picture = sobre uma imagem
cli-legibility-advice = dica: { $advice }

## O painel da página e os campos dos painéis

page-heading = Página
page-size = Tamanho
page-size-choose = Escolher…
page-width = Largura
page-height = Altura
page-portrait = Retrato
page-landscape = Paisagem
page-bleed = Sangria
page-background = Fundo
page-cut-line = Linha de corte
page-cut-none = Nenhuma
page-cut-ellipse = Círculo ou oval
page-cut-rounded = Retângulo arredondado
page-cut-rectangle = Retângulo
page-cut-line-tip = Por onde a máquina de adesivos corta: uma linha em cor especial CutContour no PDF, que nunca é impressa
page-cut-inset = Corte dentro da borda
page-corner-radius = Raio dos cantos
unit-mm = mm
unit-px = px
field-in-cmyk = { $field } em CMYK
field-cmyk-tip = Tintas de impressão em porcentagem: ciano/magenta/amarelo/preto ({ $condition }). Digite as tintas para imprimir exatamente essas nos arquivos CMYK.
layers-empty = Ainda não há nada nesta página. Use Adicionar para colocar texto, formas ou fotos.
layers-shown-tip = Visível: clique para ocultar
layers-hidden-tip = Oculto: clique para mostrar
layers-locked-tip = Travado para não ser movido sem querer: clique para destravar
layers-unlocked-tip = Clique para travar no lugar
layers-row-tip = Clique para selecionar; arraste para cima ou para baixo para mudar a ordem
canvas-hint = Clique em algo da página para mudar · clique duas vezes num texto para digitar · solte uma foto sobre um quadro
canvas-photo-frame = Clique ou solte uma foto
canvas-cannot-show =
    Esta página não pode ser mostrada:
    { $reason }

## O painel de propriedades

props-selection = Seleção
props-many-selected =
    { $count ->
        [one] Um elemento selecionado. Use Organizar para alinhar ou distribuir.
       *[other] { $count } elementos selecionados. Use Organizar para alinhar ou distribuir.
    }
props-kind-text = Caixa de texto
props-kind-photo = Foto
props-kind-shape = Forma
props-kind-graphic = Imagem vetorial
props-kind-qr = Código QR
props-kind-group = Grupo
props-fit = Encaixe
props-fit-cover = Preencher a caixa (cortar)
props-fit-contain = Mostrar inteira
props-fit-stretch = Esticar
props-replace-photo = Trocar a foto…
props-crop = Cortar
props-crop-left = Esquerda
props-crop-top = Topo
props-crop-width = Largura
props-crop-height = Altura
props-brightness = Brilho
props-contrast = Contraste
props-effect = Efeito
props-effect-none = Nenhum (a foto como está)
props-effect-grayscale = Tons de cinza
props-effect-duotone = Duotom
props-effect-threshold = Limiar (estêncil)
props-effect-posterize = Posterizar
props-effect-halftone = Retícula de pontos
props-shadows = Sombras
props-highlights = Realces
props-level = Nível
props-steps = Níveis
props-dot-spacing = Espaço entre pontos
props-angle = Ângulo
props-ink = Tinta
props-paper-colour = Cor do papel (senão, transparente)
props-paper = Papel
props-hide-faces = Esconder rostos
props-faces-done = Terminar de marcar rostos
props-faces-block = Cobrir rostos…
props-faces-remove-last = Tirar o último bloco
props-faces-hint = Arraste sobre cada rosto na foto. Blocos sólidos cobrem os rostos em tudo o que você exportar; a foto original fica só no design.
props-name = Nome
props-x = X
props-y = Y
props-w = L
props-h = A
props-rotation = Rotação
props-opacity = Opacidade
props-text = Texto
props-font = Fonte
props-weight = Peso
props-weight-regular = Normal
props-weight-bold = Negrito
props-weight-black = Extranegrito
props-italic = Itálico
props-capitals = Maiúsculas
props-fit-to-box = Ajustar à caixa
props-size = Tamanho
props-align-left = Esquerda
props-align-centre = Centro
props-align-right = Direita
props-align-justify = Justificar
props-line-height = Entrelinha
props-line = Forma da linha
props-line-straight = Reta
props-line-arc-top = Arco por cima
props-line-arc-bottom = Arco por baixo
props-line-wave = Onda
props-line-radius = Tamanho do círculo (raio)
props-line-wave-height = Altura da onda
props-line-wave-length = Comprimento da onda
props-line-hint = Texto curvo fica em uma linha só; mude as palavras no campo Texto acima.
props-spacing = Espaçamento
props-colour = Cor
props-outline = Contorno
props-outline-colour = Cor do contorno
props-outline-width = Espessura do contorno
props-shadow = Sombra
props-shadow-colour = Cor da sombra
props-band = Faixa atrás das linhas
props-band-colour = Cor da faixa
props-band-padding = Margem da faixa
props-fill = Preenchimento
props-fill-colour = Cor de preenchimento
props-corner-radius = Raio dos cantos
props-sides = Lados
props-points = Pontas
props-line-style = Traço
props-line-solid = Contínuo
props-line-dashed = Tracejado
props-line-dotted = Pontilhado
props-line-round = Pontas arredondadas
props-qr-link = Link ou texto
props-qr-low = Baixa (7 %)
props-qr-medium = Média (15 %)
props-qr-quartile = Alta (25 %)
props-qr-high = Máxima (30 %, resiste ao desgaste)
props-qr-correction = Correção de erros
props-qr-colour = Cor do código
props-qr-hint = Deixe o código escuro sobre claro e teste com um celular antes de imprimir.
props-drawing-colours = Cores da imagem
props-drawing-colour-only = Cor
props-drawing-colour = Cor { $number }
props-drawing-many-colours = Esta imagem tem { $count } cores; aqui dá para mudar as { $shown } primeiras.
props-drawing-own-colours = Voltar às cores originais
props-frame = Formato
props-frame-box = Retângulo
props-frame-circle = Círculo
props-frame-rounded = Arredondado
props-frame-hexagon = Hexágono
props-frame-star = Estrela
props-frame-heart = Coração
props-frame-move = Mover a foto na moldura
props-frame-done = Pronto
props-frame-move-hint = Arraste na página para deslizar a foto; um clique duplo na foto também faz isso.
props-frame-zoom = Zoom na moldura

## Blocos sobre rostos

props-face-blocks =
    { $count ->
        [one] Um bloco sobre um rosto: os pixels embaixo dele nunca saem do design.
       *[other] { $count } blocos sobre rostos: os pixels embaixo deles nunca saem do design.
    }

## Imprimir e baixar

export-purpose-home = Imprimir em casa ou no trabalho
export-purpose-shop = Mandar para a gráfica
export-purpose-online = Postar na internet
export-purpose-stickers = Adesivos recortados
export-purpose-other = Outros arquivos
export-explain-home = Um PDF exatamente do tamanho da página, com cores de tela, para a sua impressora. Imprima em 100 % (“tamanho real”).
export-explain-shop = Um PDF pronto para gráfica, em tintas de impressão, 3 mm maior em volta (a sangria) e com marcas que mostram onde cortar. As gráficas aceitam como está.
export-explain-online = Uma imagem para redes sociais, mensagens e sites.
export-explain-stickers = Um PDF pronto para gráfica com a linha de corte numa cor à parte que a máquina de corte segue, sem marcas de corte.
export-explain-other = SVG para outros programas de design, PNG em qualquer resolução.
export-suffix-home = imprimir em casa
export-suffix-home-a4 = imprimir em casa em A4
export-suffix-home-letter = imprimir em casa em Carta
export-suffix-shop = gráfica
export-suffix-online = internet
export-suffix-stickers = adesivos
export-online-1080 = 1080 px: posts em redes sociais
export-online-1600 = 1600 px: sites
export-online-2400 = 2400 px: nítida em qualquer tela
export-what-for = Para que é o arquivo?
export-too-big-for-home = Esta página é maior que o papel de uma impressora doméstica. Imprima em partes e junte com fita:
export-one-big-page = Uma página grande
export-on-a4 = Em folhas A4
export-on-letter = Em folhas Carta
export-shop-options = Opções para a gráfica
export-bleed = Sangria (3 mm além das bordas)
export-marks = Marcas de corte
export-cmyk = Tintas de impressão (CMYK)
export-cmyk-tip = Cores e fotos viram tintas de impressão (texto preto só com tinta preta, grandes áreas pretas em preto enriquecido, no máximo 300 % de tinta). Desligado: cores de tela (RGB).
export-paper = Papel
export-condition-fogra39 = Papel couché, Europa (FOGRA39)
export-condition-gracol = Papel couché, América do Norte (GRACoL)
export-pdfx = PDF/X-4 (o padrão de impressão)
export-png-sharp = PNG (nítido)
export-jpeg-small = JPEG (menor, para fotos)
export-pixels = { $width } × { $height } pixels
export-check-found =
    A conferência encontrou { $errors ->
        [one] um problema
       *[other] { $errors } problemas
    } e { $warnings ->
        [one] um aviso.
       *[other] { $warnings } avisos.
    }
export-show = Ver
export-save-file = Salvar o arquivo…
export-large-heading = Uma imagem muito grande
export-large-text = Este PNG terá { $size }. Leva muito tempo e ocupa muito espaço; as gráficas raramente precisam de mais de 300 dpi no tamanho impresso.
export-large-size = { $picture } a { $dpi } dpi
export-anyway = Exportar mesmo assim
export-png-image = Imagem PNG
export-jpeg-image = Imagem JPEG
export-svg = SVG
export-resolution = Resolução
unit-dpi = dpi
export-include-bleed = Incluir a sangria
export-transparent = Fundo transparente
export-solid-edges = Bordas sólidas para estampar camisetas
export-solid-edges-tip = Remove os pixels semitransparentes: a base branca de uma impressora DTG apareceria através deles
export-page-shown = A página mostrada agora.

## A tela inicial, o tour e as perguntas do editor

start-heading = Faça um cartaz, uma placa, um adesivo ou uma imagem para redes sociais
start-subheading = Escolha um modelo, digite seu slogan, adicione uma foto e exporte para imprimir.
start-open = Abrir um design…
start-your-templates = Seus modelos
start-kind-poster = Cartazes
start-kind-placard = Placas
start-kind-sticker = Adesivos
start-kind-t-shirt = Camisetas
start-kind-social = Imagens para redes sociais
start-kind-leaflet = Panfletos
start-kind-other = Outros
start-blank = Página em branco
start-custom-size = Tamanho personalizado
unit-in = pol
paper-letter = Carta
paper-tabloid = Tabloide 11×17 polegadas
paper-inches = { $width }×{ $height } polegadas
start-create-blank = Criar página em branco
tour-title = Primeiros passos · { $card } de { $cards }
tour-words-title = Mude as palavras
tour-words = Clique duas vezes em qualquer texto da página e digite suas próprias palavras. Com um clique você seleciona: a barra acima da página muda a fonte, o tamanho e a cor.
tour-photo-title = Adicione sua foto
tour-photo = Clique num quadro de foto cinza e escolha uma foto, ou solte uma dos seus arquivos sobre ele. Ela preenche o quadro; arraste as alças da foto para mudar o quadro.
tour-more-title = Adicione mais
tour-more =
    { $side ->
        [right] Os botões da direita adicionam texto, fotos, formas e slogans, e mudam as cores da sua campanha. Clique com o botão direito em qualquer coisa para ver mais; F1 mostra as teclas.
       *[left] Os botões da esquerda adicionam texto, fotos, formas e slogans, e mudam as cores da sua campanha. Clique com o botão direito em qualquer coisa para ver mais; F1 mostra as teclas.
    }
tour-print-title = Imprima ou poste
tour-print =
    { $side ->
        [left] Quando estiver bom, clique em Imprimir e baixar, no alto à esquerda, e diga para que é o arquivo: imprimir em casa, gráfica, postar na internet ou adesivos.
       *[right] Quando estiver bom, clique em Imprimir e baixar, no alto à direita, e diga para que é o arquivo: imprimir em casa, gráfica, postar na internet ou adesivos.
    }
tour-skip = Pular o tour
tour-done = Pronto
tour-next = Próximo
tour-back = Voltar
unsaved-heading = Salvar as alterações?
unsaved-text = Este design tem alterações que ainda não foram salvas.
unsaved-save = Salvar
unsaved-discard = Não salvar
restore-heading = Recuperar o trabalho não salvo?
restore-text = O Placard fechou sem salvar “{ $name }”. O último estado salvo automaticamente pode ser recuperado.
restore-restore = Recuperar
restore-discard = Descartar
toast-show-in-folder = Mostrar na pasta
toast-dismiss = Fechar
shortcuts-title = Atalhos de teclado

## A folha de atalhos

shortcuts-or = { $first }  ou  { $second }
shortcuts-hint = Clique duas vezes num texto da página para digitar nele. Ctrl+roda aproxima e afasta; a roda ou o botão do meio movem a página. Clique com o botão direito para ver o que dá para fazer com a seleção.

## O seletor de cores, elementos novos e mensagens curtas

colour-white = branco
colour-black = preto
colour-grey = cinza
colour-red = vermelho
colour-orange = laranja
colour-yellow = amarelo
colour-green = verde
colour-blue = azul
colour-purple = roxo
colour-pink = rosa
colour-shade = Tom e brilho
colour-hue = Matiz
colour-hex = Hex
colour-hex-tip = Um código de cor como #FFD400, como os guias de marca trazem.
colour-design = Cores deste design
colour-design-one = Cor do design
colour-recent = Recentes
colour-recent-one = Cor recente
colour-pick = Pegar da página
colour-pick-tip = Depois clique em qualquer lugar da página para pegar a cor. Esc para parar.
colour-basics = Básicas
colour-button-tip = { $name }: { $hex } — clique para escolher
new-text-name = Texto
new-qr-name = Código QR
new-rectangle-name = Retângulo
new-ellipse-name = Elipse
new-line-name = Linha
new-polygon-name = Polígono
new-star-name = Estrela
new-bubble-name = Balão de fala
new-burst-name = Explosão
new-ribbon-name = Faixa
new-arrow-block-name = Seta grossa
new-quote-name = Citação
new-slogan-name = Slogan
new-text-slogan = Seu slogan
new-text-subheading = Uma linha embaixo
new-text-small = Quando e onde: sábado, 12h, praça central
new-text-hashtag = #SuaCampanha
toast-exported = Exportado: { $file }
toast-brand-saved = Identidade visual salva
toast-template-saved = Salvo como o modelo “{ $name }”
template-save-title = Salvar como modelo
template-name = Nome do modelo
template-save = Salvar modelo
clipboard-unreadable = Não foi possível ler a área de transferência: { $reason }
clipboard-text-too-long = O texto copiado tem { $count } caracteres, mais que os { $most } que cabem numa caixa de texto; copie um trecho menor.
pasted-picture = a imagem colada
pasted-picture-unusable = a imagem colada não pode ser usada: { $reason }
no-such-template = não existe o modelo “{ $id }”
filter-design = Design do Placard
filter-images = Imagens
filter-zip = Arquivo zip

## Janelas de slogans, identidade visual, kit de campanha e mala direta

slogans-search = Buscar
slogans-search-hint = greve, paz, assange…
slogans-click-use = Clique para adicionar como texto novo; “Usar” coloca as palavras no texto selecionado.
slogans-click-add = Clique para adicionar à página como texto com estilo.
slogans-nothing = Nada encontrado. Adicione os seus abaixo.
slogans-add-tip = Adicionar à página
slogans-use = Usar
slogans-forget = Esquecer
slogans-forget-tip = Tirar dos seus slogans
slogans-title = Slogans e citações
slogans-your-own = Os seus
slogans-text = Slogan ou citação
slogans-said-by = Dito por (citações)
slogans-add-mine = Adicionar aos meus slogans
brand-title = Identidade visual
brand-intro = As cores, as fontes e o logo da sua campanha, salvos uma vez para todos os designs.
brand-campaign = Campanha
brand-colours = Cores
brand-background = Fundo
brand-text = Texto
brand-accent = Destaque
brand-text-on-accent = Texto sobre o destaque
brand-start-from = Começar de
brand-start-from-named = Começar de { $palette }
brand-fonts = Fontes
brand-headlines = Títulos
brand-everything-else = Todo o resto
brand-logo = Logo
brand-no-logo = nenhum
brand-choose-logo = Escolher logo…
brand-remove = Remover
brand-save = Salvar identidade visual
brand-apply = Aplicar a este design
brand-apply-disabled = Primeiro salve a identidade visual e abra um design
palette-heading = Paleta
palette-text-on-background = Texto sobre o fundo
palette-reads-well = lê-se bem
palette-large-only = só texto grande
palette-hard = difícil de ler
palette-check = { $pair }: { $ratio }:1, { $verdict }
kit-title = Kit de campanha
kit-editing = Editando { $format } na tela.
kit-back = Voltar ao design
kit-not-every-change = Nem toda alteração sua cabe em todos os formatos:
kit-export-zip = Exportar o kit em zip…
kit-export-folder = Exportar o kit para uma pasta…
kit-on-canvas = Na tela
kit-edit = Editar
kit-edit-tip = Editar { $format } na tela
merge-title = Mala direta
merge-intro = Uma versão deste design por linha. Cole uma tabela de uma planilha: a primeira linha dá o nome dos campos ({ $slots }).
merge-no-slots = este design não tem nenhum: dê nome aos campos dos elementos no painel de propriedades
merge-table = Tabela
merge-the-table = a tabela
merge-no-column = Nenhuma coluna corresponde a um campo deste design.
merge-left-out = Ficam de fora (campo inexistente): { $columns }
merge-previous = Linha anterior
merge-next = Próxima linha
merge-row-of = Linha { $row } de { $rows }
merge-pictures-from = As imagens citadas na tabela vêm de { $folder }
merge-pictures-folder = Pasta de imagens…
merge-pictures-tip = O Placard só lê as imagens da tabela desta pasta
merge-export =
    { $rows ->
        [one] Exportar uma versão em PDF…
       *[other] Exportar { $rows } versões num único PDF…
    }

## A janela do kit de campanha

kit-intro = Seu design em todos os formatos, cada um a partir do próprio modelo, com suas palavras, sua foto e suas cores. Edite qualquer um na tela e depois exporte todos juntos: PDFs prontos para a gráfica, PNGs para postar e o design de cada formato.

## O navegador de arquivos

place-home = Pasta pessoal
place-documents = Documentos
place-pictures = Imagens
place-desktop = Área de trabalho
place-downloads = Downloads
browser-open-design = Abrir um design
browser-save-design = Salvar o design
browser-choose-image = Escolher uma foto ou imagem
browser-where-to-save = Onde salvar o arquivo
browser-choose-folder = Escolher uma pasta
browser-up = Acima
browser-up-tip = A pasta onde esta está
browser-folder = Pasta
browser-folder-hint = Digite uma pasta e tecle Enter
browser-no-folders = Não há pastas aqui.
browser-nothing-fits = Nada aqui serve: nem pastas, nem arquivos do tipo certo.
browser-more = … e mais { $count }; digite um nome abaixo para escolher um deles
browser-file-name = Nome do arquivo
browser-already-there = “{ $name }” já existe. Clique em Substituir para colocar o arquivo novo no lugar.
browser-replace = Substituir
browser-choose-this-folder = Escolher esta pasta
browser-open = Abrir
browser-save = Salvar
browser-no-such-folder = essa pasta não existe
browser-no-such-file = não há nenhum arquivo com esse nome aqui
browser-may-not-open = esta pasta não pode ser aberta
browser-not-a-folder = isto é um arquivo, não uma pasta
browser-cannot-read = não pode ser lida ({ $reason })

## A linha de comando: sua ajuda

cli-about = Placard: crie cartazes, faixas, adesivos e imagens para redes sociais das suas campanhas, e exporte arquivos que a gráfica aceita do jeito que estão.
cli-about-templates = Lista os modelos incluídos com seus tamanhos, páginas e campos.
cli-about-new = Começa um design novo a partir de um modelo, preenchendo seus campos.
cli-about-check = Confere um design antes de imprimir: fotos borradas, texto nas margens, artes que param na linha de corte, linhas finas demais, texto minúsculo ou difícil de ler, letras que faltam. Termina com o status 1 quando algo sairia errado na impressão.
cli-about-kit = Faz um kit de campanha a partir de um design: cartazes A3 e A2, uma faixa, um adesivo e um panfleto em PDF prontos para a gráfica, uma foto de perfil e uma imagem para compartilhar em PNG, cada um com seu arquivo .placard editável ao lado, numa pasta ou num arquivo zip.
cli-about-merge = Faz uma versão de um design para cada linha de uma tabela: um CSV cujas colunas têm os nomes dos campos do design (texto, um link para um código QR ou um arquivo de imagem). Grava um PDF com todas as versões, ou uma pasta com um PDF por linha.
cli-about-render = Exporta um design como PDF, PNG, JPEG ou SVG (conforme a terminação do nome de saída).
cli-about-thumbnail = Desenha a primeira página de um design como uma pequena imagem PNG, do jeito que os gerenciadores de arquivos mostram os arquivos .placard.
cli-about-help = Mostra a ajuda do Placard ou de um dos seus comandos.
cli-heading-usage = Uso:
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opções
cli-value-options = OPÇÕES
cli-value-command = COMANDO
cli-value-file = ARQUIVO
cli-value-design = DESIGN
cli-value-template = MODELO
cli-value-output = SAÍDA
cli-value-slot = CAMPO=VALOR
cli-value-metres = METROS
cli-value-table = TABELA
cli-value-column = COLUNA
cli-value-folder = PASTA
cli-value-preset = PREDEFINIÇÃO
cli-value-dpi = DPI
cli-value-page = PÁGINA
cli-value-condition = CONDIÇÃO
cli-value-percent = PORCENTAGEM
cli-value-sheet = FOLHA
cli-value-mm = MM
cli-value-name = NOME
cli-value-alpha = ALFA
cli-value-pixels = PIXELS
cli-arg-help = Mostra esta ajuda.
cli-arg-help-command = O comando a explicar.
cli-arg-version = Mostra a versão do Placard.
cli-arg-editor-file = Um arquivo .placard para abrir no editor.
cli-arg-templates-json = Mostra JSON em vez de uma tabela.
cli-arg-new-template = O identificador do modelo (veja “placard templates”).
cli-arg-new-output = Onde salvar o novo arquivo .placard.
cli-arg-new-set = Preenche um campo: CAMPO=TEXTO para palavras, CAMPO=@ARQUIVO para uma foto ou um SVG.
cli-arg-check-input = O arquivo .placard.
cli-arg-check-json = Mostra o que foi encontrado como JSON.
cli-arg-check-inks = Conta também as tintas que cada página precisa na serigrafia (de 1 a 4 cores especiais).
cli-arg-check-distance = Diz também como cada página é lida a tantos metros de distância (altura das letras, palavras, contraste): para faixas e cartazes.
cli-arg-bundled-fonts-only = Usa só as fontes que vêm com o Placard, não as instaladas.
cli-arg-kit-design = O design .placard (seus campos — título, foto, link… — preenchem todos os formatos).
cli-arg-kit-output = Uma pasta, ou um arquivo terminado em .zip.
cli-arg-merge-design = O design .placard com campos nomeados.
cli-arg-merge-csv = A tabela (separada por vírgulas, ponto e vírgula ou tabulações; a primeira linha dá os nomes dos campos).
cli-arg-merge-output = saida.pdf para um só arquivo, ou saida/ para um arquivo por linha.
cli-arg-merge-name-column = A coluna que dá nome a cada arquivo da pasta (a primeira, se não for indicada).
cli-arg-merge-pictures = A pasta onde estão as imagens da tabela; nada fora dela é lido (a pasta da tabela, se não for indicada).
cli-arg-merge-preset = Uma predefinição de impressão, como em “render”: print-shop ou web-printer.
cli-arg-bleed = Inclui a sangria.
cli-arg-marks = Adiciona marcas de corte (PDF).
cli-arg-render-input = O arquivo .placard.
cli-arg-render-output = O arquivo a criar: .pdf, .png, .jpg ou .svg.
cli-arg-thumbnail-output = A imagem PNG que será gravada.
cli-arg-thumbnail-size = Quantos pixels tem o lado maior da imagem (de { $least } a { $most }).
cli-arg-render-dpi = Resolução dos arquivos PNG e JPEG, em pontos por polegada (a do design, se não for indicada — 72 para imagens de redes sociais —, senão 300).
cli-arg-render-page = A página a exportar, contando a partir de 1. PNG, JPEG e SVG usam a página 1 se não for indicada; um PDF leva todas.
cli-arg-render-pdfx = Grava PDF/X-4 (intenção de saída, perfil de cor embutido, chaves de trapping e de versão).
cli-arg-render-preset = Uma predefinição de impressão: print-shop é um PDF/X-4 em CMYK com sangria e marcas de corte; web-printer é o mesmo sem marcas (as gráficas on-line colocam as suas).
cli-arg-render-cmyk = Imprime em CMYK (PDF): cores e fotos viram as tintas da condição de impressão, texto preto só com tinta preta, grandes áreas pretas em preto enriquecido.
cli-arg-render-rgb = Mantém as cores em sRGB (PDF), também com uma predefinição.
cli-arg-render-print-condition = A condição de impressão para a qual o CMYK é feito: fogra39 (papel couché, Europa) ou gracol (papel couché, América do Norte). A do design, se não for indicada; senão fogra39.
cli-arg-render-ink-limit = O total máximo das quatro tintas em CMYK, em porcentagem (de 200 a { $limit }; { $limit } se não for indicado).
cli-arg-render-tile = Imprime a página (--page, ou a primeira) em tamanho real em folhas de impressora doméstica, a4 ou letter (PDF): um mapa de montagem e uma folha por pedaço, com marcas de corte, guias de colagem e etiquetas.
cli-arg-render-overlap = Quanto os pedaços se sobrepõem para colar, em milímetros ({ $overlap } se não for indicado).
cli-arg-render-cut-name = O nome da cor especial da linha de corte de um adesivo (PDF), como a máquina de corte espera: CutContour (se não for indicado), CutContourFlex ou Thru-cut.
cli-arg-render-transparent = Fundo transparente (PNG, SVG).
cli-arg-render-allow-large = Exporta um PNG mesmo que ele possa ocupar mais de 1 GB no disco.
cli-arg-render-solid-alpha = Com --transparent: pixels menos opacos que isto (de 0 a 255) ficam transparentes e o resto opaco, para impressão direta em tecido.
cli-arg-render-font-dir = Procura fontes nesta pasta em vez das do sistema (pode ser usado mais de uma vez).

## A linha de comando: o que seus comandos dizem

cli-cannot-write = não foi possível gravar a saída: { $reason }
cli-editor-failed = não foi possível abrir a janela do editor: { $reason }
cli-editor-failed-hint = a linha de comando continua funcionando; veja “placard --help”
cli-no-editor = esta cópia do Placard não tem janela de editor; veja “placard --help”
cli-slot-text = texto
cli-slot-image = imagem
cli-slot-link = link
cli-size-px = { $width } × { $height } px
cli-size-mm = { $width } × { $height } mm
cli-template-details =
    { $size } · { $pages ->
        [one] uma página
       *[other] { $pages } páginas
    } · campos: { $slots }
cli-inks =
    página { $page }: { $count ->
        [one] uma tinta
       *[other] { $count } tintas
    } para serigrafia: { $inks }
cli-inks-photos = fotos ou gráficos precisam de quadricromia ou impressão digital
cli-inks-blends = degradês ou cores transparentes precisam de retícula
cli-inks-too-many = a maioria das serigrafias trabalha com até 4 tintas
cli-inks-separator = ;{" "}
cli-unknown-template = o modelo “{ $template }” não existe; os que existem são: { $available }
cli-template-damaged = o modelo incluído “{ $template }” está danificado
cli-set-form = --set “{ $assignment }”: escreva como CAMPO=TEXTO ou CAMPO=@ARQUIVO_DE_IMAGEM
cli-slot-takes-image = o campo “{ $slot }” recebe uma imagem: escreva --set { $slot }=@caminho/da/foto.jpg
cli-in-template = modelo “{ $template }”: { $reason }
cli-output-kind = { $file }: escolha uma saída terminada em .pdf, .png, .jpg ou .svg
cli-dpi-range = --dpi { $dpi }: escolha uma resolução entre 1 e 4800
cli-thumbnail-size = { $size } pixels: escolha um tamanho de { $least } a { $most }
cli-no-such-page =
    { $file }: não existe a página { $page }; o documento tem { $count ->
        [one] uma página
       *[other] { $count } páginas
    }
cli-overlap-range = --overlap { $overlap }: escolha entre 0 e 50 mm
cli-png-large = { $file }: { $picture } a { $dpi } dpi; diminua --dpi, ou acrescente --allow-large para exportar mesmo assim
cli-ink-limit-range = --ink-limit { $limit }: escolha entre 200 e { $most } por cento
png-estimate = { $width } × { $height } pixels, um arquivo de até { $size } GB
cli-kit-progress = feitos { $done } de { $total } formatos
cli-note = observação
cli-kit-written =
    { $folder }: { $count ->
        [one] um arquivo
       *[other] { $count } arquivos
    } ({ $files })
cli-no-such-column = { $file }: não existe a coluna “{ $column }”; as colunas são: { $columns }
cli-no-slot-columns = { $file }: nenhuma coluna tem o nome de um campo de { $design }; os campos dele são: { $slots }
cli-column-left-out = a coluna “{ $column }” não tem o nome de nenhum campo e fica de fora
cli-merge-progress = mescladas { $done } de { $total } linhas
cli-merge-written =
    { $count ->
        [one] um arquivo em { $folder }
       *[other] { $count } arquivos em { $folder }
    }
cli-merge-output = { $file }: a mesclagem grava um PDF (saida.pdf) ou uma pasta deles (saida/)

## Arquivos que não podem ser lidos nem gravados

file-reason = { $file }: { $reason }
size-mb = { $size } MB
size-kb = { $size } KB
file-too-large = é maior que os { $limit } que o Placard aceita
file-larger-than = tem { $size }, mais que os { $limit } que o Placard aceita
file-is-folder = é uma pasta, não um arquivo
file-not-ordinary = não é um arquivo comum (é um dispositivo ou um pipe); o Placard só lê arquivos
file-is-input = este é um dos arquivos de onde o trabalho vem; escolha outro nome para ele não ser substituído
file-no-name = o caminho não indica nenhum arquivo
io-not-found = esse arquivo ou pasta não existe
io-permission-denied = você não tem permissão para ler ou alterar isso
io-already-exists = já existe
io-disk-full = o disco está cheio
io-read-only = o disco só pode ser lido, não gravado
io-not-a-folder = uma parte do caminho não é uma pasta
io-quota = sua cota de espaço em disco acabou
io-file-too-large = o arquivo é grande demais para este disco
io-bad-name = esse nome não pode ser usado para um arquivo aqui
file-not-placard = { $file }: não é um arquivo do Placard ({ $reason })
file-damaged = { $file }: o document.json está danificado: { $reason }
file-newer = { $file }: feito com um Placard mais novo (formato { $found }; esta versão lê até o { $supported }); atualize o Placard
file-missing-asset = { $file }: o documento usa “{ $asset }”, mas o arquivo não o contém
file-not-zip = não é um arquivo zip legível: { $reason }
file-entries-twice = duas das entradas têm o mesmo nome (document.json ou um recurso repetido)
file-no-document = não tem document.json
file-document-too-large = o document.json tem { $size }, mais que os { $limit } de um design que o Placard lê
file-document-unpack = não foi possível descompactar o document.json: { $reason }
file-entry-damaged = a entrada { $entry } está danificada: { $reason }
file-unsafe-entry = nome de entrada perigoso “{ $name }”
file-assets-too-large = as imagens e fontes dele têm um tamanho absurdo
file-asset-unpack = não foi possível descompactar “{ $name }”: { $reason }
file-asset-twice = “{ $name }” aparece duas vezes
file-json = { $reason }
file-no-version = não tem o número de format_version
file-no-pages = não tem páginas
reason-as-said = { $reason }
reason-zip-damaged = o arquivo está danificado ou é de outro tipo
reason-data-damaged = os dados estão danificados
reason-zip-unsupported = foi compactado de um jeito que o Placard não consegue abrir (com criptografia ou uma compressão incomum)
reason-zip-password = está protegido por senha
reason-cut-short = termina antes da hora: falta uma parte
reason-text-broken = o texto está quebrado na linha { $line }, coluna { $column }
reason-number-too-large = um número está fora do limite (grande demais) na linha { $line }, coluna { $column }
reason-value-wrong = falta um valor, ou ele é do tipo errado, na linha { $line }, coluna { $column }
reason-unreadable = não dá para ler
reason-not-utf8 = não foi salvo como texto UTF-8

## O que um design pode ter

limit-number = contém o número { $number }, muito fora de qualquer página (são aceitos números até { $most })
limit-pages = tem { $count } páginas; um design pode ter até { $most }
limit-page-size = { $page } mede { $width } × { $height } mm; as páginas podem ter de { $least } mm a { $most } m de lado
limit-bleed = { $page } tem uma sangria de { $bleed } mm; a sangria pode ser de 0 a { $most } mm
limit-gradient-stops = { $place }: um degradê tem { $count } paradas de cor; são aceitas até { $most }
limit-group-depth = { $place }: há grupos dentro de grupos em mais de { $most } níveis
limit-elements = tem mais de { $most } elementos; um design pode ter até { $most }
limit-text-size = { $place }: o tamanho de texto { $size } pt está fora de 0 a { $most } pt
limit-corners = { $place }: a forma tem { $count } cantos; as formas podem ter até { $most }
limit-face-blocks = { $place }: a foto tem { $count } blocos sobre rostos; são aceitos até { $most }
limit-text-length = { $place }: o texto tem { $count } caracteres; um texto pode ter até { $most } (divida-o em várias caixas de texto ou páginas)
element-in-slot = o campo “{ $slot }”
element-text = o texto “{ $words }”
quoted = “{ $words }”

## Exportações, mesclagens e kits que não podem ser feitos

export-no-such-page =
    não existe a página { $page }; o documento tem { $count ->
        [one] uma página
       *[other] { $count } páginas
    }
export-png-too-large = { $width } × { $height } pixels é grande demais para um PNG; escolha uma resolução menor
export-jpeg-too-large = { $width } × { $height } pixels é grande demais para um JPEG (o Placard faz JPEGs de até { $most } megapixels); escolha uma resolução menor, ou PNG
export-jpeg-too-wide = { $width } × { $height } pixels é grande demais para um JPEG (no máximo 65535 de lado); escolha uma resolução menor, ou PNG
export-cancelled = a exportação foi cancelada
export-band-missing = uma faixa da página não foi desenhada
pdf-font-unusable = a fonte “{ $font }” não pode ser incorporada num PDF
pdf-not-written = não foi possível gravar o PDF: { $reason }
svg-image-not-embedded = não foi possível incorporar uma imagem: { $reason }
cmyk-profile-unusable = o perfil de cor de { $condition } não pode ser usado: { $reason }
job-could-not-start = não foi possível começar o trabalho: { $reason }
preview-failed = não foi possível desenhar a prévia
autosave-stopped = o salvamento automático parou de repente
autosave-failed = o salvamento automático falhou: { $reason }
slogans-damaged = { $file } não é uma lista de slogans válida: { $reason }
brand-kit-damaged = { $file } não é um arquivo de identidade visual válido: { $reason }
merge-row-failed = linha { $row }: { $reason }
merge-cancelled = a mesclagem foi cancelada
table-header-unreadable = não foi possível ler a primeira linha: { $reason }
table-no-header = a primeira linha precisa dar nome às colunas (os campos do design)
table-line-unreadable = não foi possível ler a linha { $line }: { $reason }
table-too-many-values = a linha { $line } tem { $values } valores, mas há { $columns } colunas
table-too-many-rows = tem mais de { $most } linhas, mais versões do que uma mesclagem faz; divida a tabela
table-no-rows = não há linhas abaixo dos nomes das colunas
table-not-utf8 = não é texto UTF-8; salve a planilha como “CSV UTF-8”
merge-picture-outside = “{ $name }” está fora da pasta de imagens { $folder }; coloque a imagem nessa pasta e dê o nome a partir dela
merge-no-such-slot = não existe o campo “{ $slot }”; os campos são: { $slots }
merge-picture-unreadable = { $file }: não foi possível ler a imagem: { $reason }
merge-slot-cannot-show = o campo “{ $slot }” não pode mostrar { $file }
kit-cancelled = a exportação do kit foi cancelada
kit-format-poster-a3 = Cartaz A3
kit-format-poster-a2 = Cartaz A2
kit-format-placard = Faixa (A2, frente e verso)
kit-format-sticker = Adesivo (redondo de 75 mm)
kit-format-profile-picture = Foto de perfil (quadrada de 1080 px)
kit-format-share-image = Imagem para compartilhar (1200 × 630 px)
kit-format-leaflet = Panfleto (A5)
kit-colour-kept = a cor de { $element } não daria para ler sobre o fundo de “{ $format }”, então “{ $format }” mantém a própria
kit-colour-changed = { $element } ganha outra cor em “{ $format }”, porque a dele não daria para ler sobre aquele fundo
kit-left-out = { $element } fica de fora de “{ $format }”: o formato é diferente demais para encaixá-lo; coloque-o lá à mão

## As folhas de um cartaz dividido para a impressora de casa

tile-sheet-label = { $tile } — linha { $row } de { $rows }, coluna { $column } de { $columns }
tile-sheet-glue = corte pela marca da esquerda e cole sobre o pedaço à esquerda
tile-map-title =
    Mapa de montagem: { $sheets } folhas, { $across ->
        [one] uma na largura
       *[other] { $across } na largura
    } e { $down ->
        [one] uma na altura
       *[other] { $down } na altura
    }
tile-map-how = Imprima em 100 % (tamanho real). Apare cada folha nas marcas onde um pedaço se sobrepõe ao anterior e cole-a sobre a faixa de { $overlap } mm da vizinha.
