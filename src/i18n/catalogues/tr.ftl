# Placard'ın Türkçe iletileri.

## Bir sorunun ne kadar ciddi olduğu

severity-error = hata
severity-warning = uyarı

## Sorunun nerede olduğu

place-file = { $file }
place-row = { $row }. satır
place-page = { $page }. sayfa
place-subject = “{ $name }”
place-separator = ,{" "}
diagnostic-with-hint = { $message }; { $hint }
diagnostic-at = { $place }: { $text }

## Tasarım çizilirken bulunan sorunlar

font-file-damaged = tasarımdaki “{ $file }” adlı yazı tipi dosyası bozuk ({ $reason }); metni başka bir yazı tipiyle gösteriliyor
design-has-no-page = tasarımda { $page }. sayfa yok
qr-too-long = QR kod { $count } karakter alamaz
qr-too-long-hint = bağlantıyı kısaltın ya da hata düzeltme düzeyini düşürün
font-not-installed = “{ $font }” adlı yazı tipi bu bilgisayarda yok, bu yüzden yerine Inter kullanılıyor
font-not-installed-hint = yazı tipini kurun ya da Placard ile gelenlerden birini seçin
text-overflows = metin { $size } pt boyutunda kutusuna sığmıyor ve dışına taşıyor
text-overflows-hint = kutuyu büyütün, metni kısaltın ya da “Kutuya sığdır” seçeneğini açın
characters-missing =
    { $count ->
        [one] bir karakter hiçbir yazı tipinde yok ve boş bir kutu olarak basılacak
       *[other] { $count } karakter hiçbir yazı tipinde yok ve boş kutular olarak basılacak
    }
characters-missing-hint = başka bir yazı tipi seçin
photo-cut-short = “{ $file }” adlı fotoğraf eksik: dosya, resim bitmeden sona eriyor ve eksik kısım düz gri basılacak
photo-cut-short-hint = fotoğrafı eksiksiz bir kopyasından yeniden ekleyin
picture-unusable = “{ $file }” adlı resim kullanılamıyor: { $reason }
asset-missing = tasarım “{ $file }” adlı dosyayı anıyor ama bu dosya tasarımın içinde yok
svg-links-outside = “{ $file }” adlı SVG, dosyanın dışındaki “{ $link }” adlı resme bağlantı veriyor; bu resim dışarıda bırakıldı
svg-links-outside-hint = resmi SVG'nin içine gömün (Placard, bir SVG'nin andığı başka dosyaları asla okumaz)
svg-inner-svg-unreadable = “{ $file }” adlı SVG'nin içine gömülü bir SVG okunamıyor ({ $reason }) ve dışarıda bırakıldı
svg-inner-picture-damaged = “{ $file }” adlı SVG'nin içine gömülü bir resim bozuk ve dışarıda bırakıldı
svg-inner-picture-unknown = “{ $file }” adlı SVG'nin içine gömülü bir resim { $format } biçiminde; Placard bu biçimi okuyamadığı için resim dışarıda bırakıldı
svg-inner-picture-unknown-hint = resmi PNG ya da JPEG olarak gömün

## Baskı denetimi

check-text-too-small = metin { $size } pt, basıldığında okunamayacak kadar küçük (en az { $least } pt olmalı)
check-text-past-trim = metin kesim kenarını aşıyor ve kesilip gidecek
check-text-near-edge = metin kenara güvenli kenar boşluğundan daha çok yaklaşıyor; biraz kaymış bir kesim metne değebilir
check-text-low-contrast = metin arka planında zor okunuyor (karşıtlık { $ratio }:1, en az { $needed }:1 olmalı); daha açık ya da daha koyu bir renk seçin
check-outline-too-thin = metnin dış çizgisi { $width } pt, düzgün basılamayacak kadar ince (en az { $least } pt olmalı)
check-line-too-thin = çizgi { $width } pt, sağlıklı basılamayacak kadar ince (en az { $least } pt olmalı)
check-photo-blurry-print = fotoğraf burada { $dpi } dpi ve bulanık basılacak (en az { $wanted } olmalı); daha büyük bir fotoğraf kullanın ya da fotoğrafı küçültün
check-photo-blurry-screen = fotoğraf bu boyutta inç başına { $dpi } piksel ve bulanık görünecek (en az { $wanted } olmalı); daha büyük bir fotoğraf kullanın ya da fotoğrafı küçültün
check-photo-soft-print = fotoğraf burada { $dpi } dpi ve biraz yumuşak basılabilir (en iyisi { $wanted })
check-photo-soft-screen = fotoğraf bu boyutta inç başına { $dpi } piksel ve biraz yumuşak görünebilir (en iyisi { $wanted })
check-qr-empty = QR kod boş; bağlantısını yazın
check-qr-too-fine = QR kodun kareleri { $size } mm, basılıp okutulamayacak kadar küçük (kodu büyütün ya da bağlantıyı kısaltın)
check-qr-too-small = QR kodun genişliği { $side } mm; yaklaşık { $distance } cm uzaktan okutulabilmesi için en az { $needed } mm olmalı
check-qr-pixels = QR kodun kareleri 2 pikselden küçük; telefonların okuyabilmesi için kodu büyütün
check-qr-contrast = QR kodun açık bir zemin üzerinde, güçlü karşıtlıkla koyu karelere ihtiyacı var; yoksa telefonlar okuyamayabilir
check-ends-at-trim = tam kesim kenarında bitiyor; biraz kaymış bir kesim beyaz bir şerit bırakır. Taşma payına kadar uzatın

## Komut satırındaki denetim

cli-check-ready = { $file }: baskıya hazır, hiçbir sorun bulunmadı
cli-check-counts =
    { $file }: { $errors ->
        [0] hata yok
        [one] bir hata
       *[other] { $errors } hata
    }, { $warnings ->
        [0] uyarı yok
        [one] bir uyarı
       *[other] { $warnings } uyarı
    }
cli-check-fails =
    { $file }: { $errors ->
        [one] bir sorun baskının yanlış çıkmasına yol açacak
       *[other] { $errors } sorun baskının yanlış çıkmasına yol açacak
    }

## Düzenleyiciden dışa aktarma

export-replaced-files =
    { $count ->
        [one] önceden var olan bir dosyanın yerine yazıldı: { $files }
       *[other] önceden var olan { $count } dosyanın yerine yazıldı: { $files }
    }

## Düzenleyicideki baskı denetimi

print-check-title = Baskı denetimi
print-check-ready = Baskı denetimi: hazır
print-check-summary =
    Baskı denetimi: { $errors ->
        [0] { $warnings ->
            [one] bir uyarı
           *[other] { $warnings } uyarı
        }
        [one] bir sorun{ $warnings ->
            [0] {""}
            [one] , bir uyarı
           *[other] , { $warnings } uyarı
        }
       *[other] { $errors } sorun{ $warnings ->
            [0] {""}
            [one] , bir uyarı
           *[other] , { $warnings } uyarı
        }
    }
print-check-none = Baskıya hazır: hiçbir sorun bulunmadı.
print-check-click = Neyle ilgili olduğunu seçmek için bir bulguya tıklayın.
print-check-problem = Sorun
print-check-warning = Uyarı
fix-extend-into-bleed = Taşma payına uzat
fix-thicken-line = { $width } pt yap
fix-move-inside-margin = Kenardan uzaklaştır

## Düzenleyicinin komutları

cmd-new = Yeni…
cmd-new-tip = Bir şablondan ya da boş bir sayfadan yeni bir tasarıma başlayın
cmd-open = Aç…
cmd-open-tip = .placard dosyası olarak kaydedilmiş bir tasarımı açın
cmd-save = Kaydet
cmd-save-tip = Tasarımı kendi dosyasına kaydedin
cmd-save-as = Farklı kaydet…
cmd-save-as-tip = Tasarımı yeni bir dosyaya kaydedin
cmd-export = Yazdır ve indir…
cmd-export-tip = Evde yazdırmak, matbaaya göndermek ya da internette paylaşmak için bir dosya alın
cmd-save-as-template = Şablon olarak kaydet…
cmd-save-as-template-tip = Bu tasarımı bir dahaki sefere başlamak için şablon olarak saklayın
cmd-undo = Geri al
cmd-undo-what = Geri al: { $what }
cmd-undo-tip = Son değişikliği geri alın
cmd-redo = Yinele
cmd-redo-what = Yinele: { $what }
cmd-redo-tip = Geri aldığınız değişikliği yeniden uygulayın
cmd-cut = Kes
cmd-cut-tip = Seçimi kaldırın ve yapıştırmak için saklayın
cmd-copy = Kopyala
cmd-copy-tip = Yapıştırmak için seçimin bir kopyasını saklayın
cmd-paste = Yapıştır
cmd-paste-tip = Kopyaladığınızı sayfaya koyun
cmd-duplicate = Çoğalt
cmd-duplicate-tip = Seçimin bir kopyasını yanına koyun
cmd-delete = Sil
cmd-delete-tip = Seçimi sayfadan kaldırın
cmd-select-all = Tümünü seç
cmd-select-all-tip = Sayfada kilitli olmayan her şeyi seçin
cmd-deselect = Seçimi kaldır
cmd-deselect-tip = Seçimi kaldırın; sürüklemeyi durdurup her şeyi eski yerine koyar
cmd-move-left = Sola taşı
cmd-move-right = Sağa taşı
cmd-move-up = Yukarı taşı
cmd-move-down = Aşağı taşı
cmd-move-far-left = Sola çok taşı
cmd-move-far-right = Sağa çok taşı
cmd-move-far-up = Yukarı çok taşı
cmd-move-far-down = Aşağı çok taşı
cmd-move-tip = Seçimi bir punto kaydırın
cmd-move-far-tip = Seçimi on punto kaydırın
cmd-add-slogan-text = Metin
cmd-add-slogan-text-tip = Slogan için büyük bir metin kutusu ekleyin, hemen yazabilirsiniz
cmd-add-subheading = Alt başlık
cmd-add-subheading-tip = Daha küçük bir metin satırı ekleyin, hemen yazabilirsiniz
cmd-add-small-text = Küçük metin
cmd-add-small-text-tip = Tarih, yer ya da bir çağrı için sade bir metin ekleyin
cmd-add-hashtag = Hashtag
cmd-add-hashtag-tip = Bir hashtag ya da web adresi ekleyin
cmd-add-photo = Fotoğraf ya da grafik…
cmd-add-photo-tip = Bir dosyadan fotoğraf ya da SVG grafik ekleyin
cmd-replace-photo = Fotoğrafı değiştir…
cmd-choose-photo = Fotoğraf seç…
cmd-replace-photo-tip = Bir dosyadaki fotoğrafı seçili çerçeveye koyun; çerçevenin boyutu ve yeri korunur
cmd-add-slogan = Slogan ya da alıntı…
cmd-add-slogan-tip = Kitaplıktan bir slogan ya da alıntı seçin
cmd-add-qr = QR kod
cmd-add-qr-tip = Bir bağlantıyı açan QR kod ekleyin
cmd-shape-rectangle = Dikdörtgen
cmd-shape-ellipse = Elips
cmd-shape-line = Çizgi
cmd-shape-arrow = Ok
cmd-shape-star = Yıldız
cmd-shape-hexagon = Altıgen
cmd-shape-bubble = Konuşma balonu
cmd-shape-burst = Patlama
cmd-shape-ribbon = Şerit
cmd-shape-arrow-block = Kalın ok
cmd-add-shape-tip = Bu şekli sayfanın ortasına ekleyin
cmd-bring-forward = Öne getir
cmd-bring-forward-tip = Seçili ögeyi üstündekinin önüne alın
cmd-send-backward = Arkaya gönder
cmd-send-backward-tip = Seçili ögeyi altındakinin arkasına alın
cmd-group = Grupla
cmd-group-tip = Seçili ögeleri birlikte hareket etmeleri için birleştirin
cmd-ungroup = Grubu çöz
cmd-ungroup-tip = Seçili grubu ögelerine ayırın
cmd-align-left = Sola hizala
cmd-align-centres = Yatayda ortala
cmd-align-right = Sağa hizala
cmd-align-top = Üste hizala
cmd-align-middles = Dikeyde ortala
cmd-align-bottom = Alta hizala
cmd-align-tip = Seçimi hizalayın (tek öge: sayfaya göre)
cmd-distribute-across = Yatayda dağıt
cmd-distribute-across-tip = Üç ya da daha çok ögeyi yatayda eşit aralıklarla yerleştirin
cmd-distribute-down = Dikeyde dağıt
cmd-distribute-down-tip = Üç ya da daha çok ögeyi dikeyde eşit aralıklarla yerleştirin
cmd-fit-page = Sayfayı sığdır
cmd-fit-page-tip = Sayfanın tamamını pencerede gösterin
cmd-print-size = Baskı boyutu
cmd-print-size-tip = Sayfayı basılacağı boyutta gösterin
cmd-zoom-in = Yakınlaştır
cmd-zoom-in-tip = Daha yakından bakın
cmd-zoom-out = Uzaklaştır
cmd-zoom-out-tip = Sayfanın daha çoğunu görün
cmd-slogans = Sloganlar ve alıntılar…
cmd-slogans-tip = Kullanabileceğiniz sloganlar ve alıntılar, sizinkiler de
cmd-brand-kit = Marka kiti…
cmd-brand-kit-tip = Kuruluşunuzun renkleri, yazı tipleri ve logosu
cmd-data-merge = Tablodan çoğalt…
cmd-data-merge-tip = Bir tablonun her satırı için bir sürüm yapın (adlar, yerler, tarihler)
cmd-campaign-kit = Kampanya kiti…
cmd-campaign-kit-tip = Bu tasarım aynı anda afiş, pankart, çıkartma ve sosyal medya görseli olarak
cmd-apply-brand-kit = Marka kitini uygula
cmd-apply-brand-kit-tip = Marka kitinizin renklerini ve yazı tiplerini bu tasarıma uygulayın
cmd-print-check = Baskı denetimi…
cmd-print-check-tip = Bir matbaanın bu tasarım hakkında soracakları
cmd-shortcuts = Klavye kısayolları
cmd-shortcuts-tip = Tüm klavye kısayolları tek sayfada
cmd-tour = Tanıtımı yeniden göster
cmd-tour-tip = Her şeyin nerede olduğunu gösteren dört kart
cmd-with-shortcut = { $tip } ({ $shortcut })

## “Geri al” ve “Yinele” sonrasında değişikliğin ne olduğu

action-change = değişiklik
action-move = taşıma
action-resize = boyutlandırma
action-rotate = döndürme
action-opacity = saydamlık
action-rename = yeniden adlandırma
action-typing = yazma
action-crop = kırpma
action-effect = efekt
action-cut = kesme
action-paste = yapıştırma
action-duplicate = çoğaltma
action-delete = silme
action-new-text = yeni metin
action-new-qr = yeni QR kod
action-new-shape = yeni şekil
action-restack = sıralama
action-group = gruplama
action-ungroup = grubu çözme
action-align = hizalama
action-distribute = dağıtma
action-brand-kit = marka kiti
action-hide = gizleme
action-show = gösterme
action-lock = kilitleme
action-unlock = kilidi açma
action-photo = fotoğraf
action-new-photo = yeni fotoğraf
action-paper = kâğıt

## Menüler ve durum çubuğu

menu-file = Dosya
menu-edit = Düzen
menu-add = Ekle
menu-arrange = Düzenle
menu-view = Görünüm
menu-campaign = Kampanya
menu-help = Yardım
menu-language-tip = Düzenleyicinin dili (Language)
page-name = Sayfa { $page }
status-pixels = { $width } × { $height } piksel
status-size = { $width } × { $height } mm, taşma payı { $bleed } mm
status-zoom = Yakınlık %{ $percent }
status-exporting = { $file } dışa aktarılıyor
button-cancel = İptal

## Yan çubuk ve panelleri

drawer-templates = Şablonlar
drawer-templates-tip = Bir şablondan yeni bir tasarıma başlayın
drawer-text = Metin
drawer-text-tip = Bir slogan, alt başlık, küçük metin ya da hashtag ekleyin
drawer-photos = Fotoğraflar
drawer-photos-tip = Fotoğraf ekleyin ve fotoğraf çerçevelerini doldurun
drawer-shapes = Şekiller
drawer-shapes-tip = Şekil, ok ve QR kod ekleyin
drawer-slogans = Sloganlar
drawer-slogans-tip = Kullanabileceğiniz sloganlar ve alıntılar
drawer-symbols = Simgeler
drawer-symbols-tip = Simgeler: yumruklar, güvercinler, megafonlar, oklar, balonlar, rozetler
drawer-symbols-hint = Bir simgeye tıklayın; tasarımın rengiyle sayfaya eklensin.
symbols-search = Simge arayın
symbols-all = Tümü
symbols-none = Bu sözcükleri taşıyan simge yok. Herhangi bir dilde başka bir sözcük deneyin.
symbols-protest = Protesto
symbols-peace = Barış
symbols-solidarity = Dayanışma
symbols-work = Emek
symbols-environment = Çevre
symbols-housing = Barınma
symbols-arrows = Oklar
symbols-speech = Konuşma balonları
symbols-badges = Rozetler ve patlamalar
symbols-social = Sosyal medya
drawer-campaign = Kampanya
drawer-campaign-tip = Renkler, marka kiti, kampanya kiti ve baskı denetimi
drawer-layers = Katmanlar
drawer-layers-tip = Sayfadaki her şey, en üstteki önce
drawer-shapes-hint = Sayfanın ortasına eklemek için tıklayın.
drawer-qr-hint = QR kod insanları bir imza kampanyasına, toplantıya ya da siteye götürür.
drawer-own-slogans = Kendi sloganlarınız…
drawer-own-slogans-tip = Kampanyanızın sloganlarını ve alıntılarını saklayın
drawer-whole-campaign = Bütün kampanya için
drawer-templates-hint = Birinden yeni bir tasarıma başlayın. Siz seçene kadar tasarımınız olduğu gibi kalır.
drawer-photos-hint = Dosyalarınızdan bir fotoğrafı bir çerçevenin üstüne bırakabilir ya da yapıştırabilirsiniz (Ctrl+V).
drawer-photos-in-design = Bu tasarımdaki fotoğraflar
drawer-photo-choose = Seç…
drawer-photo-replace = Değiştir…
drawer-photo-choose-tip = Bu çerçeve için bir fotoğraf seçin
drawer-photo-replace-tip = Bu çerçeveye başka bir fotoğraf koyun; yeri ve boyutu korunur
drawer-text-hint = Sayfaya metin eklemek için tıklayın, sonra yazın.
drawer-add-slogan = Slogan ekle
drawer-add-subheading = Alt başlık ekle
drawer-add-small-text = Küçük metin ekle
drawer-add-hashtag = #hashtag ekle
drawer-text-edit-hint = Sözlerini değiştirmek için sayfadaki herhangi bir metne çift tıklayın.

## Üst çubuk ve seçim çubuğu

top-title-hint = Tasarımın adı
top-title-tip = Tasarımın adı: kaydettiğiniz ya da indirdiğiniz dosyalar bu adı alır
top-not-saved = kaydedilmedi
top-not-saved-tip = { $shortcut } ile kaydedin
top-zoom = %{ $percent }
top-zoom-tip = %100, sıradan bir ekranda basılacağı boyuttur
top-print-download = Yazdır ve indir
bar-fill = Dolgu
bar-fill-colour = Dolgu rengi
bar-line = Çizgi
bar-line-colour = Çizgi rengi
bar-font = Yazı tipi
bar-size-tip = Punto cinsinden metin boyutu (gerekirse metin kutusuna sığmak için küçülür)
bar-size-unit = pt
bar-bold-on = Kalın: normal için tıklayın
bar-bold-off = Normal: kalın için tıklayın
bar-align-left = Metin sola
bar-align-centre = Metin ortada
bar-align-right = Metin sağa
bar-text-colour = Metin rengi
bar-effects = Efektler
bar-outline = Dış çizgi
bar-outline-tip = Her harfin çevresinde bir çizgi; metin kalabalık bir fotoğrafta da okunur
bar-shadow = Gölge
bar-shadow-tip = Harflerin altında bir gölge
bar-effects-more =
    { $side ->
        [left] İkisinin de boyutu ve rengi soldaki panelde.
       *[right] İkisinin de boyutu ve rengi sağdaki panelde.
    }

## Bir sayfanın uzaktan nasıl okunduğu

legibility-no-text = Bu sayfada hiç metin yok.
legibility-too-small = “{ $name }” { $distance } m uzaktan okunamıyor: büyük harfleri { $height } cm, { $needed } cm olmalı. Daha az sözcük kullanın ya da kutuyu büyütün.
legibility-too-many-words = { $distance } m uzaktan { $words } sözcük okunuyor; insanlar bir bakışta yaklaşık { $most } sözcük algılar, sloganı kısaltın.
legibility-weak-contrast = “{ $name }” arka planıyla zayıf bir karşıtlık içinde ({ $ratio }:1; dışarıda iyi okunması için { $good }:1 ya da daha fazlası gerekir).
legibility-title = Uzaktan okunurluk
legibility-distance = Okuma uzaklığı
unit-metres = m
legibility-needed = { $distance } m uzaklık için büyük harfler { $height } cm olmalı (her 10 m için 2,5 cm).
legibility-reads = Okunuyor: “{ $name }”: { $height } cm, { $from } m uzaktan okunur
legibility-close-by = Yakından okunur: “{ $name }”: { $height } cm, { $from } m uzaktan okunur
legibility-too-small-line = Çok küçük: “{ $name }”: { $height } cm, { $from } m uzaktan okunur
legibility-contrast = karşıtlık { $ratio }:1
legibility-words =
    { $words ->
        [one] { $distance } m uzaktan bir sözcük okunuyor (en çok { $most } olmalı)
       *[other] { $distance } m uzaktan { $words } sözcük okunuyor (en çok { $most } olmalı)
    }
cli-distance-range = --distance { $distance }: 0,5 ile 500 metre arasında bir değer seçin
cli-legibility-page = { $file }: { $page }. sayfa, { $distance } m uzaktan (büyük harfler { $needed } cm olmalı):
cli-legibility-ok = iyi
cli-legibility-small = KÜÇÜK
cli-legibility-line = { $verdict } “{ $name }”: büyük harfler { $height } cm, { $from } m uzaktan okunur, { $words } sözcük, { $contrast }
cli-legibility-over-picture = bir resmin üstünde
cli-legibility-advice = öneri: { $advice }

## Sayfa paneli ve panellerin alanları

page-heading = Sayfa
page-size = Boyut
page-size-choose = Seç…
page-width = Genişlik
page-height = Yükseklik
page-portrait = Dikey
page-landscape = Yatay
page-bleed = Taşma payı
page-background = Arka plan
page-cut-line = Kesim çizgisi
page-cut-none = Yok
page-cut-ellipse = Daire ya da oval
page-cut-rounded = Yuvarlak köşeli dikdörtgen
page-cut-rectangle = Dikdörtgen
page-cut-line-tip = Çıkartma kesim makinesinin kestiği yer: PDF içinde hiç basılmayan CutContour özel renkli bir çizgi
page-cut-inset = Kenarın içinden kesim
page-corner-radius = Köşe yarıçapı
unit-mm = mm
unit-px = piksel
field-in-cmyk = CMYK olarak { $field }
field-cmyk-tip = Yüzde olarak baskı mürekkepleri: camgöbeği/macenta/sarı/siyah ({ $condition }). CMYK dosyalarında tam olarak bunları basmak için mürekkep değerlerini yazın.
layers-empty = Bu sayfada henüz bir şey yok. Metin, şekil ya da fotoğraf koymak için Ekle’yi kullanın.
layers-shown-tip = Görünüyor: gizlemek için tıklayın
layers-hidden-tip = Gizli: göstermek için tıklayın
layers-locked-tip = Yanlışlıkla taşınmasın diye kilitli: kilidi açmak için tıklayın
layers-unlocked-tip = Yerine kilitlemek için tıklayın
layers-row-tip = Seçmek için tıklayın; sırayı değiştirmek için yukarı ya da aşağı sürükleyin
canvas-hint = Değiştirmek için sayfada bir şeye tıklayın · yazmak için metne çift tıklayın · fotoğrafı bir çerçeveye bırakın
canvas-photo-frame = Tıklayın ya da bir fotoğraf bırakın
canvas-cannot-show =
    Bu sayfa gösterilemiyor:
    { $reason }

## Özellikler paneli

props-selection = Seçim
props-many-selected = { $count } öge seçili. Hizalamak ya da dağıtmak için Düzenle menüsünü kullanın.
props-kind-text = Metin kutusu
props-kind-photo = Fotoğraf
props-kind-shape = Şekil
props-kind-graphic = Grafik
props-kind-qr = QR kod
props-kind-group = Grup
props-fit = Sığdırma
props-fit-cover = Kutuyu doldur (kırp)
props-fit-contain = Tamamını göster
props-fit-stretch = Uzat
props-replace-photo = Fotoğrafı değiştir…
props-crop = Kırp
props-crop-left = Sol
props-crop-top = Üst
props-crop-width = Genişlik
props-crop-height = Yükseklik
props-brightness = Parlaklık
props-contrast = Karşıtlık
props-effect = Efekt
props-effect-none = Yok (fotoğrafın kendisi)
props-effect-grayscale = Gri tonlama
props-effect-duotone = İki ton
props-effect-threshold = Eşik (şablon)
props-effect-posterize = Posterleştir
props-effect-halftone = Yarım ton noktaları
props-shadows = Gölgeler
props-highlights = Parlak alanlar
props-level = Düzey
props-steps = Adım
props-dot-spacing = Nokta aralığı
props-angle = Açı
props-ink = Mürekkep
props-paper-colour = Kâğıt rengi (yoksa saydam)
props-paper = Kâğıt
props-hide-faces = Yüzleri gizle
props-faces-done = Yüz işaretlemeyi bitir
props-faces-block = Yüzleri kapat…
props-faces-remove-last = Son bloğu kaldır
props-faces-hint = Fotoğraftaki her yüzün üstünden sürükleyin. Dışa aktarılan her dosyada yüzleri düz bloklar kapatır; özgün fotoğraf yalnızca tasarımda kalır.
props-name = Ad
props-x = X
props-y = Y
props-w = G
props-h = Y
props-rotation = Döndürme
props-opacity = Opaklık
props-text = Metin
props-font = Yazı tipi
props-weight = Kalınlık
props-weight-regular = Normal
props-weight-bold = Kalın
props-weight-black = Çok kalın
props-italic = İtalik
props-capitals = Büyük harf
props-fit-to-box = Kutuya sığdır
props-size = Boyut
props-align-left = Sol
props-align-centre = Orta
props-align-right = Sağ
props-align-justify = İki yana
props-line-height = Satır yüksekliği
props-line = Satırın biçimi
props-line-straight = Düz
props-line-arc-top = Üstten yay
props-line-arc-bottom = Alttan yay
props-line-wave = Dalga
props-line-radius = Daire boyutu (yarıçap)
props-line-wave-height = Dalga yüksekliği
props-line-wave-length = Dalga boyu
props-line-hint = Eğri metin tek satırdır; sözcüklerini yukarıdaki Metin alanında değiştirin.
props-spacing = Harf aralığı
props-colour = Renk
props-outline = Dış çizgi
props-outline-colour = Dış çizgi rengi
props-outline-width = Dış çizgi kalınlığı
props-shadow = Gölge
props-shadow-colour = Gölge rengi
props-band = Satırların arkasında şerit
props-band-colour = Şerit rengi
props-band-padding = Şerit payı
props-fill = Dolgu
props-fill-colour = Dolgu rengi
props-corner-radius = Köşe yarıçapı
props-sides = Kenar sayısı
props-points = Köşe sayısı
props-line-style = Çizgi
props-line-solid = Düz
props-line-dashed = Kesikli
props-line-dotted = Noktalı
props-line-round = Yuvarlak uçlar
props-qr-link = Bağlantı ya da metin
props-qr-low = Düşük (%7)
props-qr-medium = Orta (%15)
props-qr-quartile = Yüksek (%25)
props-qr-high = En yüksek (%30, yıpranmaya dayanır)
props-qr-correction = Hata düzeltme
props-qr-colour = Kod rengi
props-qr-hint = Kodu açık zemin üstünde koyu tutun ve basmadan önce bir telefonla deneyin.
props-drawing-colours = Grafiğin renkleri
props-drawing-colour-only = Renk
props-drawing-colour = Renk { $number }
props-drawing-many-colours = Bu grafikte { $count } renk var; ilk { $shown } tanesi burada değiştirilebilir.
props-drawing-own-colours = Kendi renklerine dön
props-frame = Biçim
props-frame-box = Dikdörtgen
props-frame-circle = Daire
props-frame-rounded = Yuvarlatılmış
props-frame-hexagon = Altıgen
props-frame-star = Yıldız
props-frame-heart = Kalp
props-frame-move = Fotoğrafı çerçevesinde kaydır
props-frame-done = Tamam
props-frame-move-hint = Fotoğrafı kaydırmak için sayfada sürükleyin; bir fotoğrafa çift tıklamak da olur.
props-frame-zoom = Çerçevede yakınlaştır

## Yüz blokları

props-face-blocks = { $count } yüz bloğu: altındaki pikseller tasarımın dışına hiç çıkmaz.

## Yazdır ve indir

export-purpose-home = Evde ya da işte yazdır
export-purpose-shop = Matbaaya gönder
export-purpose-online = İnternette paylaş
export-purpose-stickers = Çıkartma kes
export-purpose-other = Diğer dosyalar
export-explain-home = Sayfayla tam aynı boyutta, ekran renklerinde, kendi yazıcınız için bir PDF. %100 ölçekte (“gerçek boyut”) yazdırın.
export-explain-shop = Baskı mürekkeplerinde, her yandan 3 mm büyük (taşma payı) ve nereden kesileceğini gösteren işaretlerle baskıya hazır bir PDF. Matbaalar onu olduğu gibi kabul eder.
export-explain-online = Sosyal medya, mesajlar ve web siteleri için bir resim.
export-explain-stickers = Kesim makinesinin izlediği ayrı bir renkte kesim çizgisi olan, kesim işaretleri olmayan baskıya hazır bir PDF.
export-explain-other = Başka tasarım programları için SVG, istediğiniz çözünürlükte PNG.
export-suffix-home = evde yazdır
export-suffix-home-a4 = evde A4 yazdır
export-suffix-home-letter = evde Letter yazdır
export-suffix-shop = matbaa
export-suffix-online = internet
export-suffix-stickers = çıkartma
export-online-1080 = 1080 piksel: sosyal medya gönderileri
export-online-1600 = 1600 piksel: web siteleri
export-online-2400 = 2400 piksel: her ekranda net
export-what-for = Dosya ne için?
export-too-big-for-home = Bu sayfa ev yazıcısının kâğıdından büyük. Parça parça yazdırıp bantla birleştirin:
export-one-big-page = Tek büyük sayfa
export-on-a4 = A4 kâğıtlara
export-on-letter = Letter kâğıtlara
export-shop-options = Matbaa seçenekleri
export-bleed = Taşma payı (kenarların 3 mm dışı)
export-marks = Kesim işaretleri
export-cmyk = Baskı mürekkepleri (CMYK)
export-cmyk-tip = Renkler ve fotoğraflar baskı mürekkebine dönüşür (siyah metin yalnızca siyah mürekkeple, geniş siyah alanlar zengin siyahla, en çok %300 mürekkep). Kapalı: ekran renkleri (RGB).
export-paper = Kâğıt
export-condition-fogra39 = Kuşe kâğıt, Avrupa (FOGRA39)
export-condition-gracol = Kuşe kâğıt, Kuzey Amerika (GRACoL)
export-pdfx = PDF/X-4 (baskı standardı)
export-png-sharp = PNG (net)
export-jpeg-small = JPEG (daha küçük, fotoğraflar için)
export-pixels = { $width } × { $height } piksel
export-check-found = Baskı denetimi { $errors } sorun ve { $warnings } uyarı buldu.
export-show = Göster
export-save-file = Dosyayı kaydet…
export-large-heading = Çok büyük bir resim
export-large-text = Bu PNG { $size } olacak. Uzun sürer ve diskte çok yer kaplar; matbaaların basılı boyutta 300 dpi’dan fazlasına nadiren ihtiyacı olur.
export-large-size = { $dpi } dpi’da { $picture }
export-anyway = Yine de dışa aktar
export-png-image = PNG resmi
export-jpeg-image = JPEG resmi
export-svg = SVG
export-resolution = Çözünürlük
unit-dpi = dpi
export-include-bleed = Taşma payını dahil et
export-transparent = Saydam arka plan
export-solid-edges = Tişört baskısı için net kenarlar
export-solid-edges-tip = Yarı saydam pikselleri atar: DTG yazıcının beyaz alt katmanı onların arasından görünürdü
export-page-shown = Şu an gösterilen sayfa.

## Başlangıç ekranı, tanıtım ve düzenleyicinin soruları

start-heading = Bir afiş, pankart, çıkartma ya da sosyal medya görseli yapın
start-subheading = Bir şablon seçin, sloganınızı yazın, bir fotoğraf ekleyin, baskı için dışa aktarın.
start-open = Bir tasarım aç…
start-your-templates = Şablonlarınız
start-kind-poster = Afişler
start-kind-placard = Pankartlar
start-kind-sticker = Çıkartmalar
start-kind-t-shirt = Tişörtler
start-kind-social = Sosyal medya görselleri
start-kind-leaflet = El ilanları
start-kind-other = Diğer
start-blank = Boş sayfa
start-custom-size = Özel boyut
unit-in = inç
paper-letter = Letter (ABD)
paper-tabloid = Tabloid 11×17 inç
paper-inches = { $width }×{ $height } inç
start-create-blank = Boş sayfa oluştur
tour-title = Başlarken · { $card } / { $cards }
tour-words-title = Sözleri değiştirin
tour-words = Sayfadaki herhangi bir metne çift tıklayıp kendi sözlerinizi yazın. Bir kez tıklayınca seçilir: sayfanın üstündeki çubuk yazı tipini, boyutunu ve rengini değiştirir.
tour-photo-title = Fotoğrafınızı ekleyin
tour-photo = Gri bir fotoğraf çerçevesine tıklayıp bir fotoğraf seçin ya da dosyalarınızdan birini üstüne bırakın. Fotoğraf çerçeveyi doldurur; çerçeveyi değiştirmek için tutamaçları sürükleyin.
tour-more-title = Daha fazlasını ekleyin
tour-more =
    { $side ->
        [right] Sağdaki düğmeler metin, fotoğraf, şekil ve slogan ekler, kampanyanızın renklerini değiştirir. Daha fazlası için herhangi bir şeye sağ tıklayın; F1 tuşları listeler.
       *[left] Soldaki düğmeler metin, fotoğraf, şekil ve slogan ekler, kampanyanızın renklerini değiştirir. Daha fazlası için herhangi bir şeye sağ tıklayın; F1 tuşları listeler.
    }
tour-print-title = Yazdırın ya da paylaşın
tour-print =
    { $side ->
        [left] Her şey yerindeyse sol üstteki Yazdır ve indir’e tıklayın ve dosyanın ne için olduğunu söyleyin: evde yazdırmak, matbaa, internette paylaşmak ya da çıkartma.
       *[right] Her şey yerindeyse sağ üstteki Yazdır ve indir’e tıklayın ve dosyanın ne için olduğunu söyleyin: evde yazdırmak, matbaa, internette paylaşmak ya da çıkartma.
    }
tour-skip = Tanıtımı geç
tour-done = Tamam
tour-next = İleri
tour-back = Geri
unsaved-heading = Değişiklikler kaydedilsin mi?
unsaved-text = Bu tasarımda henüz kaydedilmemiş değişiklikler var.
unsaved-save = Kaydet
unsaved-discard = Kaydetme
restore-heading = Kaydedilmemiş çalışma geri getirilsin mi?
restore-text = Placard “{ $name }” kaydedilmeden kapandı. Otomatik kaydedilen son hâli geri getirilebilir.
restore-restore = Geri getir
restore-discard = At
toast-show-in-folder = Klasörde göster
toast-dismiss = Kapat
shortcuts-title = Klavye kısayolları

## Kısayol sayfası

shortcuts-or = { $first }  ya da  { $second }
shortcuts-hint = Bir metne yazmak için sayfada ona çift tıklayın. Ctrl+tekerlek yakınlaştırır; tekerlek ya da orta tuş sayfayı kaydırır. Seçimle neler yapılabileceği için sağ tıklayın.

## Renk seçici, yeni ögeler ve kısa iletiler

colour-white = beyaz
colour-black = siyah
colour-grey = gri
colour-red = kırmızı
colour-orange = turuncu
colour-yellow = sarı
colour-green = yeşil
colour-blue = mavi
colour-purple = mor
colour-pink = pembe
colour-shade = Doygunluk ve parlaklık
colour-hue = Renk tonu
colour-hex = Hex
colour-hex-tip = Marka kılavuzlarında verildiği gibi #FFD400 benzeri bir renk kodu.
colour-design = Bu tasarımın renkleri
colour-design-one = Tasarım rengi
colour-recent = Son kullanılanlar
colour-recent-one = Son kullanılan renk
colour-pick = Sayfadan al
colour-pick-tip = Sonra sayfada herhangi bir yere tıklayın, oradaki renk alınır. Durdurmak için Esc.
colour-basics = Temel renkler
colour-button-tip = { $name }: { $hex } — seçmek için tıklayın
new-text-name = Metin
new-qr-name = QR kod
new-rectangle-name = Dikdörtgen
new-ellipse-name = Elips
new-line-name = Çizgi
new-polygon-name = Çokgen
new-star-name = Yıldız
new-bubble-name = Konuşma balonu
new-burst-name = Patlama
new-ribbon-name = Şerit
new-arrow-block-name = Kalın ok
new-quote-name = Alıntı
new-slogan-name = Slogan
new-text-slogan = Sloganınız
new-text-subheading = Altına bir satır
new-text-small = Ne zaman, nerede: cumartesi, 12.00, meydan
new-text-hashtag = #Kampanyanız
toast-exported = Dışa aktarıldı: { $file }
toast-brand-saved = Marka kiti kaydedildi
toast-template-saved = “{ $name }” şablonu olarak kaydedildi
template-save-title = Şablon olarak kaydet
template-name = Şablon adı
template-save = Şablonu kaydet
clipboard-unreadable = Pano okunamıyor: { $reason }
clipboard-text-too-long = Kopyalanan metin { $count } karakter; bir metin kutusunun alabileceği { $most } karakterden fazla. Daha kısa bir bölümünü kopyalayın.
pasted-picture = yapıştırılan resim
pasted-picture-unusable = yapıştırılan resim kullanılamıyor: { $reason }
no-such-template = “{ $id }” adlı bir şablon yok
filter-design = Placard tasarımı
filter-images = Resimler
filter-zip = Zip dosyası

## Slogan, marka kiti, kampanya kiti ve tablodan çoğaltma pencereleri

slogans-search = Ara
slogans-search-hint = grev, barış, assange…
slogans-click-use = Yeni metin olarak eklemek için tıklayın; “Kullan” sözleri seçili metne koyar.
slogans-click-add = Biçimli metin olarak sayfaya eklemek için tıklayın.
slogans-nothing = Hiçbir şey bulunamadı. Aşağıya kendinizinkini ekleyin.
slogans-add-tip = Sayfaya ekle
slogans-use = Kullan
slogans-forget = Unut
slogans-forget-tip = Sloganlarınızdan kaldırın
slogans-title = Sloganlar ve alıntılar
slogans-your-own = Sizinkiler
slogans-text = Slogan ya da alıntı
slogans-said-by = Söyleyen (alıntılar için)
slogans-add-mine = Sloganlarıma ekle
brand-title = Marka kiti
brand-intro = Kampanyanızın renkleri, yazı tipleri ve logosu; her tasarım için bir kez kaydedilir.
brand-campaign = Kampanya
brand-colours = Renkler
brand-background = Arka plan
brand-text = Metin
brand-accent = Vurgu
brand-text-on-accent = Vurgu üstündeki metin
brand-start-from = Buradan başla
brand-start-from-named = { $palette } ile başla
brand-fonts = Yazı tipleri
brand-headlines = Başlıklar
brand-everything-else = Geri kalan her şey
brand-logo = Logo
brand-no-logo = yok
brand-choose-logo = Logo seç…
brand-remove = Kaldır
brand-save = Marka kitini kaydet
brand-apply = Bu tasarıma uygula
brand-apply-disabled = Önce marka kitini kaydedin ve bir tasarım açın
palette-heading = Palet
palette-text-on-background = Arka plan üstündeki metin
palette-reads-well = iyi okunur
palette-large-only = yalnızca büyük metin
palette-hard = zor okunur
palette-check = { $pair }: { $ratio }:1, { $verdict }
kit-title = Kampanya kiti
kit-editing = { $format } tuvalde düzenleniyor.
kit-back = Tasarıma dön
kit-not-every-change = Her değişikliğiniz her biçime uymuyor:
kit-export-zip = Kiti zip olarak dışa aktar…
kit-export-folder = Kiti bir klasöre aktar…
kit-on-canvas = Tuvalde
kit-edit = Düzenle
kit-edit-tip = { $format } tuvalde düzenleyin
merge-title = Tablodan çoğalt
merge-intro = Her satır için bu tasarımın bir sürümü. Bir hesap tablosundan tablo yapıştırın: ilk satır yuvaları adlandırır ({ $slots }).
merge-no-slots = bu tasarımda yok: ögelerin yuvalarını özellikler panelinde adlandırın
merge-table = Tablo
merge-the-table = tablo
merge-no-column = Hiçbir sütun bu tasarımın bir yuvasını adlandırmıyor.
merge-left-out = Dışarıda bırakıldı (böyle bir yuva yok): { $columns }
merge-previous = Önceki satır
merge-next = Sonraki satır
merge-row-of = Satır { $row } / { $rows }
merge-pictures-from = Tabloda adı geçen resimler { $folder } klasöründen alınır
merge-pictures-folder = Resim klasörü…
merge-pictures-tip = Placard tablonun resimlerini yalnızca bu klasörden okur
merge-export = { $rows } sürümü tek PDF olarak dışa aktar…

## Kampanya kiti penceresi

kit-intro = Tasarımınız her biçimde; her biri kendi şablonundan, sizin sözleriniz, fotoğrafınız ve renklerinizle. İstediğinizi tuvalde düzenleyin, sonra hepsini birlikte dışa aktarın: baskıya hazır PDF’ler, paylaşmak için PNG’ler ve her biçimin tasarımı.

## Dosya tarayıcısı

place-home = Ev klasörü
place-documents = Belgeler
place-pictures = Resimler
place-desktop = Masaüstü
place-downloads = İndirilenler
browser-open-design = Bir tasarım aç
browser-save-design = Tasarımı kaydet
browser-choose-image = Bir fotoğraf ya da grafik seçin
browser-where-to-save = Dosya nereye kaydedilsin
browser-choose-folder = Bir klasör seçin
browser-up = Yukarı
browser-up-tip = Bu klasörün içinde bulunduğu klasör
browser-folder = Klasör
browser-folder-hint = Bir klasör yazıp Enter’a basın
browser-no-folders = Burada klasör yok.
browser-nothing-fits = Burada uygun bir şey yok: ne klasör ne de doğru türde dosya var.
browser-more = … ve { $count } tane daha; birini seçmek için aşağıya adını yazın
browser-file-name = Dosya adı
browser-already-there = “{ $name }” zaten var. Yeni dosyayı onun yerine koymak için Değiştir’e basın.
browser-replace = Değiştir
browser-choose-this-folder = Bu klasörü seç
browser-open = Aç
browser-save = Kaydet
browser-no-such-folder = böyle bir klasör yok
browser-no-such-file = burada böyle bir dosya yok
browser-may-not-open = bu klasör açılamaz
browser-not-a-folder = bu bir dosya, klasör değil
browser-cannot-read = okunamıyor ({ $reason })

## Komut satırı: yardımı

cli-about = Placard: kampanyalarınız için afiş, pankart, çıkartma ve sosyal medya görselleri tasarlayın; matbaanın olduğu gibi kabul edeceği dosyalar çıkarın.
cli-about-templates = Hazır şablonları boyutları, sayfaları ve yuvalarıyla listeler.
cli-about-new = Bir şablondan yeni bir tasarım başlatır ve yuvalarını doldurur.
cli-about-check = Bir tasarımı baskıdan önce kontrol eder: bulanık fotoğraflar, kenar boşluğundaki yazılar, kesim çizgisinde biten çizimler, fazla ince çizgiler, çok küçük ya da zor okunan yazılar, eksik harfler. Baskıda bir şey bozuk çıkacaksa 1 durumuyla biter.
cli-about-kit = Tek bir tasarımdan kampanya seti yapar: A3 ve A2 afişler, bir pankart, bir çıkartma ve bir el ilanı baskıya hazır PDF olarak, bir profil fotoğrafı ve bir paylaşım görseli PNG olarak; her birinin yanında düzenlenebilir .placard dosyasıyla, bir klasörde ya da zip dosyasında.
cli-about-merge = Bir tablonun her satırı için tasarımın bir sürümünü yapar: sütun adları tasarımın yuvaları olan bir CSV (metin, QR kod için bir bağlantı ya da bir görsel dosyası). Tüm sürümleri içeren tek bir PDF ya da her satır için bir PDF bulunan bir klasör yazar.
cli-about-render = Bir tasarımı PDF, PNG, JPEG ya da SVG olarak dışa aktarır (çıktı adının uzantısına göre).
cli-about-thumbnail = Bir tasarımın ilk sayfasını, dosya yöneticilerinin .placard dosyalarını gösterdiği gibi küçük bir PNG resmi olarak çizer.
cli-about-help = Placard’ın ya da komutlarından birinin yardımını gösterir.
cli-heading-usage = Kullanım:
cli-heading-commands = Komutlar
cli-heading-arguments = Bağımsız değişkenler
cli-heading-options = Seçenekler
cli-value-options = SEÇENEKLER
cli-value-command = KOMUT
cli-value-file = DOSYA
cli-value-design = TASARIM
cli-value-template = ŞABLON
cli-value-output = ÇIKTI
cli-value-slot = YUVA=DEĞER
cli-value-metres = METRE
cli-value-table = TABLO
cli-value-column = SÜTUN
cli-value-folder = KLASÖR
cli-value-preset = AYAR
cli-value-dpi = DPI
cli-value-page = SAYFA
cli-value-condition = KOŞUL
cli-value-percent = YÜZDE
cli-value-sheet = KÂĞIT
cli-value-mm = MM
cli-value-name = AD
cli-value-alpha = ALFA
cli-value-pixels = PİKSEL
cli-arg-help = Bu yardımı gösterir.
cli-arg-help-command = Açıklanacak komut.
cli-arg-version = Placard’ın sürümünü gösterir.
cli-arg-editor-file = Düzenleyicide açılacak bir .placard dosyası.
cli-arg-templates-json = Tablo yerine JSON yazar.
cli-arg-new-template = Şablonun kimliği (bkz. “placard templates”).
cli-arg-new-output = Yeni .placard dosyasının kaydedileceği yer.
cli-arg-new-set = Bir yuvayı doldurur: sözler için YUVA=METİN, fotoğraf ya da SVG için YUVA=@DOSYA.
cli-arg-check-input = .placard dosyası.
cli-arg-check-json = Bulguları JSON olarak yazar.
cli-arg-check-inks = Her sayfanın serigrafi baskıda kaç mürekkep gerektirdiğini de sayar (1 ile 4 arası özel renk).
cli-arg-check-distance = Her sayfanın bu kadar metre uzaktan nasıl okunduğunu da söyler (harf yüksekliği, sözcükler, kontrast): pankartlar ve afişler için.
cli-arg-bundled-fonts-only = Yüklü yazı tiplerini değil, yalnızca Placard’la gelenleri kullanır.
cli-arg-kit-design = .placard tasarımı (yuvaları — başlık, fotoğraf, bağlantı… — her biçimi doldurur).
cli-arg-kit-output = Bir klasör ya da .zip ile biten bir dosya.
cli-arg-merge-design = Adlandırılmış yuvaları olan .placard tasarımı.
cli-arg-merge-csv = Tablo (virgül, noktalı virgül ya da sekmeyle ayrılmış; ilk satırı yuvaları adlandırır).
cli-arg-merge-output = Tek dosya için cikti.pdf, her satıra bir dosya için cikti/.
cli-arg-merge-name-column = Klasördeki her dosyaya adını veren sütun (verilmezse ilki).
cli-arg-merge-pictures = Tablodaki görsel dosyalarının bulunduğu klasör; dışındaki hiçbir dosya okunmaz (verilmezse tablonun klasörü).
cli-arg-merge-preset = “render”daki gibi bir baskı ayarı: print-shop ya da web-printer.
cli-arg-bleed = Taşma payını dahil eder.
cli-arg-marks = Kesim işaretleri ekler (PDF).
cli-arg-render-input = .placard dosyası.
cli-arg-render-output = Oluşturulacak dosya: .pdf, .png, .jpg ya da .svg.
cli-arg-thumbnail-output = Yazılacak PNG resmi.
cli-arg-thumbnail-size = Resmin uzun kenarının kaç piksel olacağı ({ $least } ile { $most } arası).
cli-arg-render-dpi = PNG ve JPEG dosyalarının inç başına nokta cinsinden çözünürlüğü (verilmezse tasarımınki — sosyal medya görsellerinde 72 —, yoksa 300).
cli-arg-render-page = Dışa aktarılacak sayfa, 1’den sayarak. Verilmezse PNG, JPEG ve SVG 1. sayfayı alır; PDF tüm sayfaları alır.
cli-arg-render-pdfx = PDF/X-4 yazar (çıktı amacı, gömülü renk profili, trapping ve sürüm anahtarları).
cli-arg-render-preset = Bir baskı ayarı: print-shop taşma paylı ve kesim işaretli CMYK bir PDF/X-4’tür; web-printer aynısının işaretsiz hâlidir (çevrimiçi matbaalar kendi işaretlerini ekler).
cli-arg-render-cmyk = CMYK olarak basar (PDF): renkler ve fotoğraflar baskı koşulunun mürekkeplerine dönüşür, siyah yazı yalnızca siyah mürekkeple, büyük siyah alanlar zengin siyahla basılır.
cli-arg-render-rgb = Renkleri sRGB’de tutar (PDF), bir ayar seçilse bile.
cli-arg-render-print-condition = CMYK’nın hazırlandığı baskı koşulu: fogra39 (kuşe kâğıt, Avrupa) ya da gracol (kuşe kâğıt, Kuzey Amerika). Verilmezse tasarımınki, o da yoksa fogra39.
cli-arg-render-ink-limit = CMYK’da dört mürekkebin en yüksek toplamı, yüzde olarak (200 ile { $limit } arası; verilmezse { $limit }).
cli-arg-render-tile = Sayfayı (--page, yoksa ilkini) ev yazıcısı kâğıtlarına gerçek boyutunda basar, a4 ya da letter (PDF): nasıl birleşeceklerini gösteren bir harita ve her parça için bir kâğıt; kesim işaretleri, yapıştırma kılavuzları ve etiketlerle.
cli-arg-render-overlap = Yapıştırmak için parçaların ne kadar üst üste bineceği, milimetre olarak (verilmezse { $overlap }).
cli-arg-render-cut-name = Bir çıkartmanın kesim çizgisinin özel renk adı (PDF), kesim makinesinin beklediği gibi: CutContour (verilmezse), CutContourFlex ya da Thru-cut.
cli-arg-render-transparent = Saydam arka plan (PNG, SVG).
cli-arg-render-allow-large = Diskte 1 GB’tan fazla yer tutabilecek olsa da PNG’yi dışa aktarır.
cli-arg-render-solid-alpha = --transparent ile: bundan daha az opak pikseller (0 ile 255 arası) saydam, geri kalanı opak olur; doğrudan tekstil baskısı için.
cli-arg-render-font-dir = Yazı tiplerini sistemdekiler yerine bu klasörde arar (birden çok kez verilebilir).

## Komut satırı: komutlarının söyledikleri

cli-cannot-write = çıktı yazılamadı: { $reason }
cli-editor-failed = düzenleyici penceresi açılamadı: { $reason }
cli-editor-failed-hint = komut satırı yine çalışıyor; bkz. “placard --help”
cli-no-editor = Placard’ın bu kopyasında düzenleyici penceresi yok; bkz. “placard --help”
cli-slot-text = metin
cli-slot-image = görsel
cli-slot-link = bağlantı
cli-size-px = { $width } × { $height } px
cli-size-mm = { $width } × { $height } mm
cli-template-details =
    { $size } · { $pages ->
        [one] bir sayfa
       *[other] { $pages } sayfa
    } · yuvalar: { $slots }
cli-inks =
    sayfa { $page }: serigrafi için { $count ->
        [one] bir mürekkep
       *[other] { $count } mürekkep
    }: { $inks }
cli-inks-photos = fotoğraflar ya da grafikler dört renk ya da dijital baskı gerektirir
cli-inks-blends = renk geçişleri ya da saydam renkler tram gerektirir
cli-inks-too-many = serigrafçıların çoğu en fazla 4 mürekkeple basar
cli-inks-separator = ;{" "}
cli-unknown-template = “{ $template }” diye bir şablon yok; olanlar: { $available }
cli-template-damaged = hazır şablon “{ $template }” bozuk
cli-set-form = --set “{ $assignment }”: YUVA=METİN ya da YUVA=@GÖRSEL_DOSYASI biçiminde yazın
cli-slot-takes-image = “{ $slot }” yuvası bir görsel alır: --set { $slot }=@yol/fotograf.jpg yazın
cli-in-template = “{ $template }” şablonu: { $reason }
cli-output-kind = { $file }: .pdf, .png, .jpg ya da .svg ile biten bir çıktı seçin
cli-dpi-range = --dpi { $dpi }: 1 ile 4800 arasında bir çözünürlük seçin
cli-thumbnail-size = { $size } piksel: { $least } ile { $most } arasında bir boyut seçin
cli-no-such-page =
    { $file }: { $page }. sayfa yok; belgede { $count ->
        [one] bir sayfa
       *[other] { $count } sayfa
    } var
cli-overlap-range = --overlap { $overlap }: 0 ile 50 mm arasında seçin
cli-png-large = { $file }: { $dpi } dpi’de { $picture }; --dpi değerini düşürün ya da yine de dışa aktarmak için --allow-large ekleyin
cli-ink-limit-range = --ink-limit { $limit }: yüzde 200 ile { $most } arasında seçin
png-estimate = { $width } × { $height } piksel, en fazla { $size } GB’lık bir dosya
cli-kit-progress = { $total } biçimden { $done } tanesi hazır
cli-note = not
cli-kit-written =
    { $folder }: { $count ->
        [one] bir dosya
       *[other] { $count } dosya
    } ({ $files })
cli-no-such-column = { $file }: “{ $column }” diye bir sütun yok; sütunlar şunlar: { $columns }
cli-no-slot-columns = { $file }: hiçbir sütun { $design } tasarımının bir yuvasını adlandırmıyor; yuvaları şunlar: { $slots }
cli-column-left-out = “{ $column }” sütunu hiçbir yuvayı adlandırmıyor ve dışarıda bırakıldı
cli-merge-progress = { $total } satırdan { $done } tanesi birleştirildi
cli-merge-written =
    { $count ->
        [one] { $folder } içinde bir dosya
       *[other] { $folder } içinde { $count } dosya
    }
cli-merge-output = { $file }: birleştirme bir PDF (cikti.pdf) ya da PDF’lerden oluşan bir klasör (cikti/) yazar

## Okunamayan ya da yazılamayan dosyalar

file-reason = { $file }: { $reason }
size-mb = { $size } MB
size-kb = { $size } KB
file-too-large = Placard’ın kabul ettiği { $limit } sınırından büyük
file-larger-than = boyutu { $size }, Placard’ın kabul ettiği { $limit } sınırından büyük
file-is-folder = bu bir klasör, dosya değil
file-not-ordinary = sıradan bir dosya değil (bir aygıt ya da boru); Placard yalnızca dosya okur
file-is-input = bu, işin yapıldığı dosyalardan biri; üzerine yazılmasın diye başka bir ad seçin
file-no-name = yol hiçbir dosyayı göstermiyor
io-not-found = böyle bir dosya ya da klasör yok
io-permission-denied = bunu okuma ya da değiştirme izniniz yok
io-already-exists = zaten var
io-disk-full = disk dolu
io-read-only = disk yalnızca okunabiliyor, yazılamıyor
io-not-a-folder = yolun bir bölümü klasör değil
io-quota = disk kotanız doldu
io-file-too-large = dosya bu disk için çok büyük
io-bad-name = bu ad burada dosya adı olarak kullanılamıyor
file-not-placard = { $file }: Placard dosyası değil ({ $reason })
file-damaged = { $file }: document.json bozuk: { $reason }
file-newer = { $file }: daha yeni bir Placard ile yapılmış (dosya biçimi { $found }, bu sürüm en fazla { $supported } okuyor); lütfen Placard’ı güncelleyin
file-missing-asset = { $file }: belge “{ $asset }” kullanıyor ama dosyada yok
file-not-zip = okunabilir bir zip arşivi değil: { $reason }
file-entries-twice = iki girdisinin adı aynı (document.json ya da bir kaynak iki kez)
file-no-document = içinde document.json yok
file-document-too-large = document.json dosyası { $size }; Placard’ın okuduğu bir tasarımın { $limit } sınırından fazla
file-document-unpack = document.json açılamıyor: { $reason }
file-entry-damaged = { $entry }. girdi bozuk: { $reason }
file-unsafe-entry = tehlikeli girdi adı “{ $name }”
file-assets-too-large = görselleri ve yazı tipleri inanılmayacak kadar büyük
file-asset-unpack = “{ $name }” açılamıyor: { $reason }
file-asset-twice = “{ $name }” içinde iki kez var
file-json = { $reason }
file-no-version = format_version numarası yok
file-no-pages = hiç sayfası yok
reason-as-said = { $reason }
reason-zip-damaged = dosya bozuk ya da başka türde bir dosya
reason-data-damaged = verisi bozuk
reason-zip-unsupported = Placard’ın açamadığı bir biçimde paketlenmiş (şifreli ya da alışılmadık bir sıkıştırmayla)
reason-zip-password = parolayla korunuyor
reason-cut-short = erken bitiyor: bir kısmı eksik
reason-text-broken = metin { $line }. satırın { $column }. sütununda bozuk
reason-number-too-large = { $line }. satırın { $column }. sütununda bir sayı sınırın dışında (çok büyük)
reason-value-wrong = { $line }. satırın { $column }. sütununda bir değer eksik ya da yanlış türde
reason-unreadable = okunamıyor
reason-not-utf8 = UTF-8 metin olarak kaydedilmemiş

## Bir tasarımın içerebilecekleri

limit-number = { $number } sayısını içeriyor, her sayfanın çok dışında (en fazla { $most } kabul edilir)
limit-pages = { $count } sayfası var; bir tasarımda en fazla { $most } sayfa olabilir
limit-page-size = { $page } { $width } × { $height } mm; sayfaların bir kenarı { $least } mm ile { $most } m arasında olabilir
limit-bleed = { $page } taşma payı { $bleed } mm; taşma payı 0 ile { $most } mm arasında olabilir
limit-gradient-stops = { $place }: bir renk geçişinde { $count } renk durağı var; en fazla { $most } kabul edilir
limit-group-depth = { $place }: gruplar { $most } düzeyden daha derin iç içe
limit-elements = { $most } ögeden fazlası var; bir tasarımda en fazla { $most } öge olabilir
limit-text-size = { $place }: { $size } pt yazı boyutu 0 ile { $most } pt aralığının dışında
limit-corners = { $place }: şeklin { $count } köşesi var; şekillerin en fazla { $most } köşesi olabilir
limit-face-blocks = { $place }: fotoğrafta { $count } yüz kapatma bloğu var; en fazla { $most } kabul edilir
limit-text-length = { $place }: metinde { $count } karakter var; bir metin en fazla { $most } karakter olabilir (birkaç metin kutusuna ya da sayfaya bölün)
element-in-slot = “{ $slot }” yuvası
element-text = “{ $words }” metni
quoted = “{ $words }”

## Yapılamayan dışa aktarmalar, birleştirmeler ve setler

export-no-such-page =
    { $page }. sayfa yok; belgede { $count ->
        [one] bir sayfa
       *[other] { $count } sayfa
    } var
export-png-too-large = { $width } × { $height } piksel bir PNG için çok büyük; daha düşük bir çözünürlük seçin
export-jpeg-too-large = { $width } × { $height } piksel bir JPEG için çok büyük (Placard en fazla { $most } megapiksellik JPEG yapar); daha düşük bir çözünürlük ya da PNG seçin
export-jpeg-too-wide = { $width } × { $height } piksel bir JPEG için çok büyük (bir kenar en fazla 65535); daha düşük bir çözünürlük ya da PNG seçin
export-cancelled = dışa aktarma iptal edildi
export-band-missing = sayfanın bir şeridi çizilemedi
pdf-font-unusable = “{ $font }” yazı tipi PDF’ye gömülemiyor
pdf-not-written = PDF yazılamadı: { $reason }
svg-image-not-embedded = bir görsel gömülemedi: { $reason }
cmyk-profile-unusable = { $condition } için renk profili kullanılamıyor: { $reason }
job-could-not-start = iş başlayamadı: { $reason }
preview-failed = önizleme çizilemiyor
autosave-stopped = otomatik kayıt beklenmedik biçimde durdu
autosave-failed = otomatik kayıt başarısız oldu: { $reason }
slogans-damaged = { $file } geçerli bir slogan listesi değil: { $reason }
brand-kit-damaged = { $file } geçerli bir marka kiti değil: { $reason }
merge-row-failed = satır { $row }: { $reason }
merge-cancelled = birleştirme iptal edildi
table-header-unreadable = ilk satır okunamıyor: { $reason }
table-no-header = ilk satır sütunları (tasarımın yuvalarını) adlandırmalı
table-line-unreadable = { $line }. satır okunamıyor: { $reason }
table-too-many-values = { $line }. satırda { $values } değer var ama { $columns } sütun var
table-too-many-rows = { $most } satırdan fazlası var, bir birleştirmenin yaptığından çok sürüm; tabloyu bölün
table-no-rows = sütun adlarının altında hiç satır yok
table-not-utf8 = UTF-8 metin değil; hesap tablosunu “CSV UTF-8” olarak kaydedin
merge-picture-outside = “{ $name }” görsel klasörü { $folder } dışında; görseli o klasöre koyun ve adını oradan verin
merge-no-such-slot = “{ $slot }” diye bir yuva yok; yuvalar şunlar: { $slots }
merge-picture-unreadable = { $file }: görsel okunamıyor: { $reason }
merge-slot-cannot-show = “{ $slot }” yuvası { $file } dosyasını gösteremez
kit-cancelled = set dışa aktarması iptal edildi
kit-format-poster-a3 = A3 afiş
kit-format-poster-a2 = A2 afiş
kit-format-placard = Pankart (A2, iki yüz)
kit-format-sticker = Çıkartma (75 mm yuvarlak)
kit-format-profile-picture = Profil fotoğrafı (1080 px kare)
kit-format-share-image = Paylaşım görseli (1200 × 630 px)
kit-format-leaflet = El ilanı (A5)
kit-colour-kept = { $element } rengi “{ $format }” arka planında okunmazdı, bu yüzden “{ $format }” kendi rengini koruyor
kit-colour-changed = { $element }, “{ $format }” içinde başka bir renk alıyor, çünkü kendi rengi oradaki arka planda okunmazdı
kit-left-out = { $element }, “{ $format }” dışında bırakıldı: biçimi yerleştirmek için fazla farklı; oraya elle ekleyin

## Ev yazıcısında parça parça basılan bir afişin kâğıtları

tile-sheet-label = { $tile } — satır { $row } / { $rows }, sütun { $column } / { $columns }
tile-sheet-glue = soldaki işaretten kesin, soldaki parçanın üzerine yapıştırın
tile-map-title =
    Birleştirme haritası: { $sheets } kâğıt, yan yana { $across } ve alt alta { $down }
tile-map-how = %100 (gerçek boyut) basın. Her kâğıdı, bir parçanın öncekiyle üst üste bindiği yerde işaretlerinden kesin; komşusunun { $overlap } mm’lik şeridinin üzerine yapıştırın.
