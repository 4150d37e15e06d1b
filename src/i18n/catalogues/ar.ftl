# رسائل Placard باللغة العربية.

## مدى خطورة المشكلة

severity-error = خطأ
severity-warning = تحذير

## مكان المشكلة

place-file = { $file }
place-row = الصف { $row }
place-page = الصفحة { $page }
place-subject = «{ $name }»
place-separator = ،{" "}
diagnostic-with-hint = { $message }؛ { $hint }
diagnostic-at = { $place }: { $text }

## مشكلات تظهر أثناء رسم التصميم

font-file-damaged = ملف الخط «{ $file }» في التصميم تالف ({ $reason })؛ لذا يُكتب نصه بخط آخر
design-has-no-page = ليس في التصميم صفحة رقم { $page }
qr-too-long =
    { $count ->
        [one] لا يتسع رمز QR لحرف واحد
        [two] لا يتسع رمز QR لحرفين
        [few] لا يتسع رمز QR لـ { $count } أحرف
        [many] لا يتسع رمز QR لـ { $count } حرفًا
       *[other] لا يتسع رمز QR لـ { $count } حرف
    }
qr-too-long-hint = اختصر الرابط أو خفّض مستوى تصحيح الأخطاء
font-not-installed = الخط «{ $font }» غير موجود على هذا الحاسوب، لذا يُستخدم خط Inter بدلًا منه
font-not-installed-hint = ثبّت الخط، أو اختر واحدًا من الخطوط التي تأتي مع Placard
text-overflows = لا يتسع النص في إطاره بحجم { $size } نقطة، فيفيض خارجه
text-overflows-hint = كبّر الإطار، أو اختصر النص، أو فعّل «ملاءمة للإطار»
characters-missing =
    { $count ->
        [one] حرف واحد لا يوجد في أي خط متاح، وسيُطبع مربعًا فارغًا
        [two] حرفان لا يوجدان في أي خط متاح، وسيُطبعان مربعين فارغين
        [few] { $count } أحرف لا توجد في أي خط متاح، وستُطبع مربعات فارغة
        [many] { $count } حرفًا لا توجد في أي خط متاح، وستُطبع مربعات فارغة
       *[other] { $count } حرف لا توجد في أي خط متاح، وستُطبع مربعات فارغة
    }
characters-missing-hint = اختر خطًا آخر
photo-cut-short = الصورة «{ $file }» ناقصة: ينتهي الملف قبل أن تكتمل الصورة، ويُطبع الجزء الناقص بلون رمادي موحّد
photo-cut-short-hint = أضفها من جديد من نسخة كاملة
picture-unusable = لا يمكن استخدام الصورة «{ $file }»: { $reason }
asset-missing = يشير التصميم إلى «{ $file }»، لكنه لا يحتويه
svg-links-outside = ملف SVG «{ $file }» يرتبط بالصورة «{ $link }» الموجودة خارجه، لذا تُترك جانبًا
svg-links-outside-hint = ضمّن الصورة داخل ملف SVG نفسه (لا يقرأ Placard أبدًا ملفات أخرى يذكرها ملف SVG)
svg-inner-svg-unreadable = تعذّرت قراءة ملف SVG مضمّن في ملف SVG «{ $file }» ({ $reason })، لذا تُرك جانبًا
svg-inner-picture-damaged = صورة مضمّنة في ملف SVG «{ $file }» تالفة، لذا تُركت جانبًا
svg-inner-picture-unknown = صورة مضمّنة في ملف SVG «{ $file }» بصيغة { $format } التي لا يقرؤها Placard، لذا تُركت جانبًا
svg-inner-picture-unknown-hint = ضمّنها بصيغة PNG أو JPEG

## فحص ما قبل الطباعة

check-text-too-small = حجم النص { $size } نقطة، وهو أصغر من أن يُقرأ مطبوعًا (على الأقل { $least } نقطة)
check-text-past-trim = يتجاوز النص حافة القص وسيُقطع
check-text-near-edge = النص أقرب إلى الحافة من الهامش الآمن؛ وقد يصيبه قصٌّ منحرف قليلًا
check-text-low-contrast = النص صعب القراءة على خلفيته (التباين { $ratio } إلى ١، والمطلوب { $needed } إلى ١ على الأقل)؛ اختر لونًا أفتح أو أغمق
check-outline-too-thin = سماكة حدّ النص { $width } نقطة، وهو أرفع من أن يُطبع بانتظام (على الأقل { $least } نقطة)
check-line-too-thin = سماكة الخط المرسوم { $width } نقطة، وهو أرفع من أن يُطبع جيدًا (على الأقل { $least } نقطة)
check-photo-blurry-print = دقة الصورة هنا { $dpi } نقطة في البوصة، وستُطبع ضبابية (المطلوب { $wanted } على الأقل)؛ استخدم صورة أكبر أو صغّرها
check-photo-blurry-screen = دقة الصورة بهذا الحجم { $dpi } بكسل في البوصة، وستبدو ضبابية (المطلوب { $wanted } على الأقل)؛ استخدم صورة أكبر أو صغّرها
check-photo-soft-print = دقة الصورة هنا { $dpi } نقطة في البوصة، وقد تُطبع أقل حدّة (الأفضل { $wanted })
check-photo-soft-screen = دقة الصورة بهذا الحجم { $dpi } بكسل في البوصة، وقد تبدو أقل حدّة (الأفضل { $wanted })
check-qr-empty = رمز QR فارغ؛ اكتب رابطه
check-qr-too-fine = مربعات رمز QR بحجم { $size } مم، وهي أدق من أن تُطبع وتُمسح (كبّر الرمز أو اختصر الرابط)
check-qr-too-small = عرض رمز QR { $side } مم؛ ولمسحه من مسافة { $distance } سم تقريبًا ينبغي ألا يقل عن { $needed } مم
check-qr-pixels = مربعات رمز QR أصغر من بكسلين؛ كبّر الرمز حتى تتمكن الهواتف من قراءته
check-qr-contrast = يحتاج رمز QR إلى مربعات داكنة على خلفية فاتحة بتباين قوي، وإلا فقد لا تقرؤه الهواتف
check-ends-at-trim = ينتهي عند حافة القص تمامًا؛ وأي انحراف بسيط في القص يترك شريطًا أبيض رفيعًا. مدّه إلى منطقة النزف

## الفحص في سطر الأوامر

cli-check-ready = { $file }: جاهز للطباعة، لم تُوجد أي مشكلة
cli-check-counts =
    { $file }: { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }
cli-check-fails =
    { $file }: { $errors ->
        [one] مشكلة واحدة ستُفسد الطباعة
        [two] مشكلتان ستُفسدان الطباعة
        [few] { $errors } مشكلات ستُفسد الطباعة
        [many] { $errors } مشكلةً ستُفسد الطباعة
       *[other] { $errors } مشكلة ستُفسد الطباعة
    }

## التصدير من المحرر

export-replaced-files =
    { $count ->
        [one] استُبدل ملف كان موجودًا: { $files }
        [two] استُبدل ملفان كانا موجودين: { $files }
        [few] استُبدلت { $count } ملفات كانت موجودة: { $files }
        [many] استُبدل { $count } ملفًا كانت موجودة: { $files }
       *[other] استُبدل { $count } ملف كانت موجودة: { $files }
    }

## فحص الطباعة في المحرر

print-check-title = فحص الطباعة
print-check-ready = فحص الطباعة: جاهز
print-check-summary =
    فحص الطباعة: { $errors ->
        [0] { $warnings ->
            [one] تحذير واحد
            [two] تحذيران
            [few] { $warnings } تحذيرات
            [many] { $warnings } تحذيرًا
           *[other] { $warnings } تحذير
        }
        [one] مشكلة واحدة{ $warnings ->
            [0] {""}
            [one] ، وتحذير واحد
            [two] ، وتحذيران
            [few] ، و{ $warnings } تحذيرات
            [many] ، و{ $warnings } تحذيرًا
           *[other] ، و{ $warnings } تحذير
        }
        [two] مشكلتان{ $warnings ->
            [0] {""}
            [one] ، وتحذير واحد
            [two] ، وتحذيران
            [few] ، و{ $warnings } تحذيرات
            [many] ، و{ $warnings } تحذيرًا
           *[other] ، و{ $warnings } تحذير
        }
        [few] { $errors } مشكلات{ $warnings ->
            [0] {""}
            [one] ، وتحذير واحد
            [two] ، وتحذيران
            [few] ، و{ $warnings } تحذيرات
            [many] ، و{ $warnings } تحذيرًا
           *[other] ، و{ $warnings } تحذير
        }
       *[other] { $errors } مشكلة{ $warnings ->
            [0] {""}
            [one] ، وتحذير واحد
            [two] ، وتحذيران
            [few] ، و{ $warnings } تحذيرات
            [many] ، و{ $warnings } تحذيرًا
           *[other] ، و{ $warnings } تحذير
        }
    }
print-check-none = جاهز للطباعة: لا توجد أي مشكلة.
print-check-click = انقر على أي ملاحظة لتحديد العنصر الذي تخصه.
print-check-problem = مشكلة
print-check-warning = تحذير
fix-extend-into-bleed = مدّ إلى منطقة النزف
fix-thicken-line = اجعل سماكته { $width } نقطة
fix-move-inside-margin = أبعده عن الحافة

## أوامر المحرر

cmd-new = جديد…
cmd-new-tip = ابدأ تصميمًا آخر من قالب أو من صفحة فارغة
cmd-open = فتح…
cmd-open-tip = افتح تصميمًا محفوظًا في ملف .placard
cmd-save = حفظ
cmd-save-tip = احفظ التصميم في ملفه
cmd-save-as = حفظ باسم…
cmd-save-as-tip = احفظ التصميم في ملف جديد
cmd-export = طباعة وتنزيل…
cmd-export-tip = احصل على ملف للطباعة في المنزل أو لإرساله إلى المطبعة أو لنشره على الإنترنت
cmd-save-as-template = حفظ كقالب…
cmd-save-as-template-tip = احتفظ بهذا التصميم قالبًا تبدأ منه في المرة القادمة
cmd-undo = تراجع
cmd-undo-what = تراجع: { $what }
cmd-undo-tip = تراجع عن آخر تغيير
cmd-redo = إعادة
cmd-redo-what = إعادة: { $what }
cmd-redo-tip = أعد التغيير الذي تراجعت عنه
cmd-cut = قص
cmd-cut-tip = أزل التحديد واحتفظ به للصقه
cmd-copy = نسخ
cmd-copy-tip = احتفظ بنسخة من التحديد للصقها
cmd-paste = لصق
cmd-paste-tip = ضع ما نسخته على الصفحة
cmd-duplicate = تكرار
cmd-duplicate-tip = أنشئ نسخة من التحديد بجانبه
cmd-delete = حذف
cmd-delete-tip = أزل التحديد من الصفحة
cmd-select-all = تحديد الكل
cmd-select-all-tip = حدد كل ما في الصفحة غير المقفل
cmd-deselect = إلغاء التحديد
cmd-deselect-tip = ألغِ التحديد؛ يوقف السحب ويعيد كل شيء إلى مكانه
cmd-move-left = تحريك لليسار
cmd-move-right = تحريك لليمين
cmd-move-up = تحريك للأعلى
cmd-move-down = تحريك للأسفل
cmd-move-far-left = تحريك كبير لليسار
cmd-move-far-right = تحريك كبير لليمين
cmd-move-far-up = تحريك كبير للأعلى
cmd-move-far-down = تحريك كبير للأسفل
cmd-move-tip = حرّك التحديد نقطة واحدة
cmd-move-far-tip = حرّك التحديد عشر نقاط
cmd-add-slogan-text = نص
cmd-add-slogan-text-tip = أضف مربع نص كبيرًا لشعار، جاهزًا للكتابة
cmd-add-subheading = عنوان فرعي
cmd-add-subheading-tip = أضف سطر نص أصغر، جاهزًا للكتابة
cmd-add-small-text = نص صغير
cmd-add-small-text-tip = أضف نصًا بسيطًا لتاريخ أو مكان أو دعوة إلى التحرك
cmd-add-hashtag = وسم
cmd-add-hashtag-tip = أضف وسمًا أو عنوان موقع
cmd-add-photo = صورة أو رسم…
cmd-add-photo-tip = أضف صورة أو رسمًا بصيغة SVG من ملف
cmd-replace-photo = استبدال الصورة…
cmd-choose-photo = اختيار صورة…
cmd-replace-photo-tip = ضع صورة من ملف في الإطار المحدد مع الحفاظ على حجمه ومكانه
cmd-add-slogan = شعار أو اقتباس…
cmd-add-slogan-tip = اختر شعارًا أو اقتباسًا من المكتبة
cmd-add-qr = رمز QR
cmd-add-qr-tip = أضف رمز QR يفتح رابطًا
cmd-shape-rectangle = مستطيل
cmd-shape-ellipse = شكل بيضاوي
cmd-shape-line = خط مستقيم
cmd-shape-arrow = سهم
cmd-shape-star = نجمة
cmd-shape-hexagon = شكل سداسي
cmd-shape-bubble = فقاعة كلام
cmd-shape-burst = انفجار
cmd-shape-ribbon = شريط
cmd-shape-arrow-block = سهم عريض
cmd-add-shape-tip = أضف هذا الشكل في وسط الصفحة
cmd-bring-forward = تقديم للأمام
cmd-bring-forward-tip = ضع العنصر المحدد أمام العنصر الذي فوقه
cmd-send-backward = إرجاع للخلف
cmd-send-backward-tip = ضع العنصر المحدد خلف العنصر الذي تحته
cmd-group = تجميع
cmd-group-tip = اجمع العناصر المحددة لتتحرك معًا
cmd-ungroup = فك التجميع
cmd-ungroup-tip = افصل المجموعة المحددة إلى عناصرها
cmd-align-left = محاذاة لليسار
cmd-align-centres = توسيط أفقي
cmd-align-right = محاذاة لليمين
cmd-align-top = محاذاة للأعلى
cmd-align-middles = توسيط عمودي
cmd-align-bottom = محاذاة للأسفل
cmd-align-tip = حاذِ التحديد (عنصر واحد: مع الصفحة)
cmd-distribute-across = توزيع أفقي
cmd-distribute-across-tip = وزّع ثلاثة عناصر أو أكثر بمسافات متساوية أفقيًا
cmd-distribute-down = توزيع عمودي
cmd-distribute-down-tip = وزّع ثلاثة عناصر أو أكثر بمسافات متساوية عموديًا
cmd-fit-page = الصفحة كاملة
cmd-fit-page-tip = اعرض الصفحة كلها في النافذة
cmd-print-size = حجم الطباعة
cmd-print-size-tip = اعرض الصفحة بالحجم الذي تُطبع به
cmd-zoom-in = تكبير
cmd-zoom-in-tip = انظر عن قرب
cmd-zoom-out = تصغير
cmd-zoom-out-tip = شاهد جزءًا أكبر من الصفحة
cmd-slogans = شعارات واقتباسات…
cmd-slogans-tip = شعارات واقتباسات لتستخدمها، وشعاراتك أيضًا
cmd-brand-kit = الهوية البصرية…
cmd-brand-kit-tip = ألوان منظمتك وخطوطها وشعارها
cmd-data-merge = دمج مع جدول…
cmd-data-merge-tip = أنشئ نسخة لكل صف من جدول (أسماء، أماكن، تواريخ)
cmd-campaign-kit = حزمة الحملة…
cmd-campaign-kit-tip = هذا التصميم ملصقاتٍ ولافتةً وملصقًا لاصقًا وصورًا لمواقع التواصل دفعة واحدة
cmd-apply-brand-kit = تطبيق الهوية البصرية
cmd-apply-brand-kit-tip = طبّق ألوان هويتك البصرية وخطوطها على هذا التصميم
cmd-print-check = فحص الطباعة…
cmd-print-check-tip = ما قد تسأل عنه المطبعة في هذا التصميم
cmd-shortcuts = اختصارات لوحة المفاتيح
cmd-shortcuts-tip = جميع اختصارات لوحة المفاتيح في ورقة واحدة
cmd-tour = عرض الجولة التعريفية مرة أخرى
cmd-tour-tip = البطاقات الأربع التي تبيّن مكان كل شيء
cmd-with-shortcut = { $tip } ({ $shortcut })

## ما كان التغيير، بعد «تراجع» و«إعادة»

action-change = التغيير
action-move = النقل
action-resize = تغيير الحجم
action-rotate = التدوير
action-opacity = تغيير الشفافية
action-rename = إعادة التسمية
action-typing = الكتابة
action-crop = الاقتصاص
action-effect = تغيير التأثير
action-cut = القص
action-paste = اللصق
action-duplicate = التكرار
action-delete = الحذف
action-new-text = نص جديد
action-new-qr = رمز QR جديد
action-new-shape = شكل جديد
action-restack = تغيير الترتيب
action-group = التجميع
action-ungroup = فك التجميع
action-align = المحاذاة
action-distribute = التوزيع
action-brand-kit = الهوية البصرية
action-hide = الإخفاء
action-show = الإظهار
action-lock = القفل
action-unlock = فك القفل
action-photo = الصورة
action-new-photo = صورة جديدة
action-paper = الورق

## القوائم وشريط الحالة

menu-file = ملف
menu-edit = تحرير
menu-add = إضافة
menu-arrange = ترتيب
menu-view = عرض
menu-campaign = الحملة
menu-help = مساعدة
menu-language-tip = لغة المحرر (Language)
page-name = الصفحة { $page }
status-pixels = { $width } × { $height } بكسل
status-size = { $width } × { $height } مم، النزف { $bleed } مم
status-zoom = التكبير { $percent }٪
status-exporting = جارٍ تصدير { $file }
button-cancel = إلغاء

## الشريط الجانبي ولوحاته

drawer-templates = القوالب
drawer-templates-tip = ابدأ تصميمًا جديدًا من قالب
drawer-text = النص
drawer-text-tip = أضف شعارًا أو عنوانًا فرعيًا أو نصًا صغيرًا أو وسمًا
drawer-photos = الصور
drawer-photos-tip = أضف صورًا واملأ إطارات الصور
drawer-shapes = الأشكال
drawer-shapes-tip = أضف أشكالًا وأسهمًا ورموز QR
drawer-slogans = الشعارات
drawer-slogans-tip = شعارات واقتباسات لتستخدمها
drawer-symbols = رموز
drawer-symbols-tip = رموز: قبضات، حمائم، مكبرات صوت، أسهم، فقاعات، شارات
drawer-symbols-hint = انقر على رمز لتضعه على الصفحة بلون التصميم.
symbols-search = ابحث عن رمز
symbols-all = الكل
symbols-none = لا يوجد رمز بهذه الكلمات. جرّب كلمة أخرى بأي لغة.
symbols-protest = احتجاج
symbols-peace = سلام
symbols-solidarity = تضامن
symbols-work = عمل
symbols-environment = بيئة
symbols-housing = سكن
symbols-arrows = أسهم
symbols-speech = فقاعات كلام
symbols-badges = شارات وانفجارات
symbols-social = وسائل التواصل
drawer-campaign = الحملة
drawer-campaign-tip = الألوان والهوية البصرية وحزمة الحملة وفحص الطباعة
drawer-layers = الطبقات
drawer-layers-tip = كل ما في الصفحة، الأعلى أولًا
drawer-shapes-hint = انقر لإضافة شكل في وسط الصفحة.
drawer-qr-hint = يأخذ رمز QR الناس إلى عريضة أو اجتماع أو موقع.
drawer-own-slogans = شعاراتك الخاصة…
drawer-own-slogans-tip = احتفظ بشعارات حملتك واقتباساتها
drawer-whole-campaign = للحملة كلها
drawer-templates-hint = ابدأ تصميمًا جديدًا من أحدها. يبقى تصميمك كما هو حتى تختار.
drawer-photos-hint = يمكنك أيضًا إفلات صورة من ملفاتك على إطار، أو لصقها (Ctrl+V).
drawer-photos-in-design = صور هذا التصميم
drawer-photo-choose = اختيار…
drawer-photo-replace = استبدال…
drawer-photo-choose-tip = اختر صورة لهذا الإطار
drawer-photo-replace-tip = ضع صورة أخرى في هذا الإطار مع الحفاظ على مكانه وحجمه
drawer-text-hint = انقر لإضافة نص إلى الصفحة، ثم اكتب.
drawer-add-slogan = إضافة شعار
drawer-add-subheading = إضافة عنوان فرعي
drawer-add-small-text = إضافة نص صغير
drawer-add-hashtag = إضافة #وسم
drawer-text-edit-hint = انقر مرتين على أي نص في الصفحة لتغيير كلماته.

## الشريط العلوي وشريط التحديد

top-title-hint = اسم التصميم
top-title-tip = اسم التصميم: تحمل الملفات التي تحفظها أو تنزّلها هذا الاسم
top-not-saved = غير محفوظ
top-not-saved-tip = احفظ بـ { $shortcut }
top-zoom = { $percent }٪
top-zoom-tip = ١٠٠٪ هو حجم الطباعة على شاشة عادية
top-print-download = طباعة وتنزيل
bar-fill = التعبئة
bar-fill-colour = لون التعبئة
bar-line = الحد
bar-line-colour = لون الحد
bar-font = الخط
bar-size-tip = حجم النص بالنقاط (يصغر النص ليتسع في إطاره عند الحاجة)
bar-size-unit = نقطة
bar-bold-on = عريض: انقر للعادي
bar-bold-off = عادي: انقر للعريض
bar-align-left = النص إلى اليسار
bar-align-centre = النص في الوسط
bar-align-right = النص إلى اليمين
bar-text-colour = لون النص
bar-effects = التأثيرات
bar-outline = حدّ
bar-outline-tip = خط حول كل حرف ليُقرأ النص فوق صورة مزدحمة
bar-shadow = ظل
bar-shadow-tip = ظل تحت الحروف
bar-effects-more =
    { $side ->
        [left] حجم ولون كليهما في اللوحة اليسرى.
       *[right] حجم ولون كليهما في اللوحة اليمنى.
    }

## وضوح الصفحة من بعيد

legibility-no-text = لا يوجد نص في هذه الصفحة.
legibility-too-small = لا يمكن قراءة «{ $name }» من { $distance } م: ارتفاع حروفه { $height } سم، والمطلوب { $needed } سم. استخدم كلمات أقل أو إطارًا أكبر.
legibility-too-many-words =
    { $words ->
        [few] تُقرأ { $words } كلمات من { $distance } م؛ والناس يلتقطون نحو { $most } كلمات في نظرة واحدة، فاختصر الشعار.
       *[other] تُقرأ { $words } كلمة من { $distance } م؛ والناس يلتقطون نحو { $most } كلمات في نظرة واحدة، فاختصر الشعار.
    }
legibility-weak-contrast = تباين «{ $name }» مع خلفيته ضعيف ({ $ratio } إلى ١؛ ويُقرأ جيدًا في الخارج من { $good } إلى ١ فأكثر).
legibility-title = الوضوح من بعيد
legibility-distance = مسافة المشاهدة
unit-metres = م
legibility-needed = من { $distance } م تحتاج الحروف إلى ارتفاع { $height } سم (٢٫٥ سم لكل ١٠ م).
legibility-reads = مقروء: «{ $name }»: { $height } سم، يُقرأ من { $from } م
legibility-close-by = للقراءة عن قرب: «{ $name }»: { $height } سم، يُقرأ من { $from } م
legibility-too-small-line = صغير جدًا: «{ $name }»: { $height } سم، يُقرأ من { $from } م
legibility-contrast = التباين { $ratio } إلى ١
legibility-words =
    { $words ->
        [zero] لا تُقرأ أي كلمة من { $distance } م (الأفضل { $most } كلمات أو أقل)
        [one] تُقرأ كلمة واحدة من { $distance } م (الأفضل { $most } كلمات أو أقل)
        [two] تُقرأ كلمتان من { $distance } م (الأفضل { $most } كلمات أو أقل)
        [few] تُقرأ { $words } كلمات من { $distance } م (الأفضل { $most } كلمات أو أقل)
       *[other] تُقرأ { $words } كلمة من { $distance } م (الأفضل { $most } كلمات أو أقل)
    }
cli-distance-range = --distance { $distance }: اختر قيمة بين ٠٫٥ و٥٠٠ متر
cli-legibility-page = { $file }: الصفحة { $page }، من { $distance } م (المطلوب حروف بارتفاع { $needed } سم):
cli-legibility-ok = جيد
cli-legibility-small = صغير
cli-legibility-line =
    { $verdict } «{ $name }»: ارتفاع الحروف { $height } سم، يُقرأ من { $from } م، { $words ->
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $words } كلمات
       *[other] { $words } كلمة
    }، { $contrast }
cli-legibility-over-picture = فوق صورة
cli-legibility-advice = نصيحة: { $advice }

## لوحة الصفحة وحقول اللوحات

page-heading = الصفحة
page-size = الحجم
page-size-choose = اختيار…
page-width = العرض
page-height = الارتفاع
page-portrait = طولي
page-landscape = عرضي
page-bleed = النزف
page-background = الخلفية
page-cut-line = خط القص
page-cut-none = بلا
page-cut-ellipse = دائرة أو شكل بيضاوي
page-cut-rounded = مستطيل مستدير الزوايا
page-cut-rectangle = مستطيل
page-cut-line-tip = حيث تقص آلة الملصقات: خط بلون خاص CutContour في ملف PDF لا يُطبع أبدًا
page-cut-inset = القص داخل الحافة
page-corner-radius = نصف قطر الزوايا
unit-mm = مم
unit-px = بكسل
field-in-cmyk = { $field } بنظام CMYK
field-cmyk-tip = أحبار الطباعة بالنسبة المئوية: سماوي/أرجواني/أصفر/أسود ({ $condition }). اكتب قيم الأحبار لتُطبع كما هي تمامًا في ملفات CMYK.
layers-empty = لا شيء في هذه الصفحة بعد. استخدم «إضافة» لوضع نص أو أشكال أو صور.
layers-shown-tip = ظاهر: انقر للإخفاء
layers-hidden-tip = مخفي: انقر للإظهار
layers-locked-tip = مقفل حتى لا يتحرك خطأً: انقر لفك القفل
layers-unlocked-tip = انقر لتثبيته في مكانه
layers-row-tip = انقر للتحديد؛ اسحب لأعلى أو لأسفل لتغيير الترتيب
canvas-hint = انقر على أي شيء في الصفحة لتغييره · انقر مرتين على النص للكتابة · أفلت صورة على إطار
canvas-photo-frame = انقر أو أفلت صورة
canvas-cannot-show =
    لا يمكن عرض هذه الصفحة:
    { $reason }

## لوحة الخصائص

props-selection = التحديد
props-many-selected =
    { $count ->
        [two] عنصران محددان. استخدم «ترتيب» لمحاذاتهما أو توزيعهما.
        [few] { $count } عناصر محددة. استخدم «ترتيب» لمحاذاتها أو توزيعها.
       *[other] { $count } عنصرًا محددًا. استخدم «ترتيب» لمحاذاتها أو توزيعها.
    }
props-kind-text = مربع نص
props-kind-photo = صورة
props-kind-shape = شكل
props-kind-graphic = رسم
props-kind-qr = رمز QR
props-kind-group = مجموعة
props-fit = الملاءمة
props-fit-cover = ملء الإطار (مع القص)
props-fit-contain = عرض الكل
props-fit-stretch = مطّ
props-replace-photo = استبدال الصورة…
props-crop = اقتصاص
props-crop-left = اليسار
props-crop-top = الأعلى
props-crop-width = العرض
props-crop-height = الارتفاع
props-brightness = السطوع
props-contrast = التباين
props-effect = التأثير
props-effect-none = بلا تأثير (الصورة كما هي)
props-effect-grayscale = تدرج رمادي
props-effect-duotone = لونان
props-effect-threshold = العتبة (استنسل)
props-effect-posterize = تقليل الألوان
props-effect-halftone = نقاط نصف الظل
props-shadows = الظلال
props-highlights = الإضاءات
props-level = المستوى
props-steps = الدرجات
props-dot-spacing = المسافة بين النقاط
props-angle = الزاوية
props-ink = الحبر
props-paper-colour = لون الورق (وإلا فشفاف)
props-paper = الورق
props-hide-faces = إخفاء الوجوه
props-faces-done = إنهاء تحديد الوجوه
props-faces-block = حجب الوجوه…
props-faces-remove-last = إزالة آخر حجب
props-faces-hint = اسحب فوق كل وجه في الصورة. تغطي كتل مصمتة الوجوه في كل ملف تصدّره؛ وتبقى الصورة الأصلية في التصميم فقط.
props-name = الاسم
props-x = س
props-y = ص
props-w = العرض
props-h = الارتفاع
props-rotation = الدوران
props-opacity = العتامة
props-text = النص
props-font = الخط
props-weight = السماكة
props-weight-regular = عادي
props-weight-bold = عريض
props-weight-black = عريض جدًا
props-italic = مائل
props-capitals = أحرف كبيرة
props-fit-to-box = ملاءمة للإطار
props-size = الحجم
props-align-left = يسار
props-align-centre = وسط
props-align-right = يمين
props-align-justify = ضبط
props-line-height = ارتفاع السطر
props-line = شكل السطر
props-line-straight = مستقيم
props-line-arc-top = قوس من الأعلى
props-line-arc-bottom = قوس من الأسفل
props-line-wave = موجة
props-line-radius = حجم الدائرة (نصف القطر)
props-line-wave-height = ارتفاع الموجة
props-line-wave-length = طول الموجة
props-line-hint = النص المنحني سطر واحد؛ غيّر كلماته في خانة «النص» أعلاه.
props-spacing = التباعد
props-colour = اللون
props-outline = الحد
props-outline-colour = لون الحد
props-outline-width = سماكة الحد
props-shadow = الظل
props-shadow-colour = لون الظل
props-band = شريط خلف الأسطر
props-band-colour = لون الشريط
props-band-padding = هامش الشريط
props-fill = التعبئة
props-fill-colour = لون التعبئة
props-corner-radius = نصف قطر الزوايا
props-sides = عدد الأضلاع
props-points = عدد الرؤوس
props-line-style = الخط
props-line-solid = متصل
props-line-dashed = متقطع
props-line-dotted = منقط
props-line-round = أطراف مستديرة
props-qr-link = رابط أو نص
props-qr-low = منخفض (٧٪)
props-qr-medium = متوسط (١٥٪)
props-qr-quartile = مرتفع (٢٥٪)
props-qr-high = الأعلى (٣٠٪، يتحمل التلف)
props-qr-correction = تصحيح الأخطاء
props-qr-colour = لون الرمز
props-qr-hint = اجعل الرمز داكنًا على خلفية فاتحة، وجرّبه بهاتف قبل الطباعة.
props-drawing-colours = ألوان الرسم
props-drawing-colour-only = اللون
props-drawing-colour = اللون { $number }
props-drawing-many-colours = في هذا الرسم { $count } لونًا؛ يمكن تغيير أول { $shown } منها هنا.
props-drawing-own-colours = العودة إلى ألوانه الأصلية
props-frame = الشكل
props-frame-box = مستطيل
props-frame-circle = دائرة
props-frame-rounded = مستديرة الزوايا
props-frame-hexagon = سداسي
props-frame-star = نجمة
props-frame-heart = قلب
props-frame-move = تحريك الصورة داخل إطارها
props-frame-done = تم
props-frame-move-hint = اسحب على الصفحة لتحريك الصورة؛ والنقر المزدوج على صورة يفعل ذلك أيضًا.
props-frame-zoom = التكبير داخل الإطار

## حجب الوجوه

props-face-blocks =
    { $count ->
        [one] حجب واحد لوجه: لا تغادر البكسلات تحته التصميم أبدًا.
        [two] حجبان لوجهين: لا تغادر البكسلات تحتهما التصميم أبدًا.
        [few] { $count } حجوبات للوجوه: لا تغادر البكسلات تحتها التصميم أبدًا.
       *[other] { $count } حجبًا للوجوه: لا تغادر البكسلات تحتها التصميم أبدًا.
    }

## طباعة وتنزيل

export-purpose-home = الطباعة في المنزل أو العمل
export-purpose-shop = الإرسال إلى مطبعة
export-purpose-online = النشر على الإنترنت
export-purpose-stickers = ملصقات مقصوصة
export-purpose-other = ملفات أخرى
export-explain-home = ملف PDF بحجم الصفحة تمامًا، بألوان الشاشة، لطابعتك. اطبعه بنسبة ١٠٠٪ («الحجم الفعلي»).
export-explain-shop = ملف PDF جاهز للمطبعة بأحبار الطباعة، أكبر بـ ٣ مم من كل جانب (النزف) مع علامات تبيّن مكان القص. تقبله المطابع كما هو.
export-explain-online = صورة لمواقع التواصل والرسائل والمواقع.
export-explain-stickers = ملف PDF جاهز للمطبعة يكون فيه خط القص بلون مستقل تتبعه آلة القص، من دون علامات قص.
export-explain-other = SVG لبرامج التصميم الأخرى، وPNG بأي دقة.
export-suffix-home = طباعة منزلية
export-suffix-home-a4 = طباعة منزلية على A4
export-suffix-home-letter = طباعة منزلية على Letter
export-suffix-shop = مطبعة
export-suffix-online = إنترنت
export-suffix-stickers = ملصقات
export-online-1080 = ١٠٨٠ بكسل: منشورات التواصل
export-online-1600 = ١٦٠٠ بكسل: المواقع
export-online-2400 = ٢٤٠٠ بكسل: واضحة على أي شاشة
export-what-for = لماذا تحتاج الملف؟
export-too-big-for-home = هذه الصفحة أكبر من ورق الطابعة المنزلية. اطبعها على أجزاء وألصقها معًا:
export-one-big-page = صفحة واحدة كبيرة
export-on-a4 = على أوراق A4
export-on-letter = على أوراق Letter
export-shop-options = خيارات المطبعة
export-bleed = النزف (٣ مم خارج الحواف)
export-marks = علامات القص
export-cmyk = أحبار الطباعة (CMYK)
export-cmyk-tip = تتحول الألوان والصور إلى أحبار طباعة (النص الأسود بالحبر الأسود وحده، والمساحات السوداء الكبيرة بأسود غني، و٣٠٠٪ حبر على الأكثر). عند الإيقاف: ألوان الشاشة (RGB).
export-paper = الورق
export-condition-fogra39 = ورق مصقول، أوروبا (FOGRA39)
export-condition-gracol = ورق مصقول، أمريكا الشمالية (GRACoL)
export-pdfx = PDF/X-4 (معيار الطباعة)
export-png-sharp = PNG (واضح)
export-jpeg-small = JPEG (أصغر، للصور)
export-pixels = { $width } × { $height } بكسل
export-check-found =
    وجد فحص الطباعة { $errors ->
        [zero] لا مشكلات
        [one] مشكلة واحدة
        [two] مشكلتين
        [few] { $errors } مشكلات
       *[other] { $errors } مشكلة
    } و{ $warnings ->
        [zero] لا تحذيرات.
        [one] تحذيرًا واحدًا.
        [two] تحذيرين.
        [few] { $warnings } تحذيرات.
       *[other] { $warnings } تحذيرًا.
    }
export-show = عرض
export-save-file = حفظ الملف…
export-large-heading = صورة كبيرة جدًا
export-large-text = سيكون ملف PNG هذا { $size }. يستغرق وقتًا طويلًا ومساحة كبيرة على القرص؛ ونادرًا ما تحتاج المطابع إلى أكثر من ٣٠٠ نقطة في البوصة بالحجم المطبوع.
export-large-size = { $picture } بدقة { $dpi } نقطة في البوصة
export-anyway = التصدير على أي حال
export-png-image = صورة PNG
export-jpeg-image = صورة JPEG
export-svg = SVG
export-resolution = الدقة
unit-dpi = نقطة/بوصة
export-include-bleed = تضمين النزف
export-transparent = خلفية شفافة
export-solid-edges = حواف مصمتة لطباعة القمصان
export-solid-edges-tip = يحذف البكسلات نصف الشفافة: فالطبقة البيضاء السفلية لطابعة DTG كانت ستظهر من خلالها
export-page-shown = الصفحة المعروضة الآن.

## شاشة البداية والجولة التعريفية وأسئلة المحرر

start-heading = اصنع ملصقًا جداريًا أو لافتة أو ملصقًا لاصقًا أو صورة لمواقع التواصل
start-subheading = اختر قالبًا، واكتب شعارك، وأضف صورة، وصدّر للطباعة.
start-open = فتح تصميم…
start-your-templates = قوالبك
start-kind-poster = ملصقات جدارية
start-kind-placard = لافتات
start-kind-sticker = ملصقات لاصقة
start-kind-t-shirt = قمصان
start-kind-social = صور لمواقع التواصل
start-kind-leaflet = منشورات
start-kind-other = أخرى
start-blank = صفحة فارغة
start-custom-size = حجم مخصص
unit-in = بوصة
paper-letter = Letter (أمريكي)
paper-tabloid = تابلويد ١١×١٧ بوصة
paper-inches = { $width }×{ $height } بوصة
start-create-blank = إنشاء صفحة فارغة
tour-title = البداية · { $card } من { $cards }
tour-words-title = غيّر الكلمات
tour-words = انقر مرتين على أي نص في الصفحة واكتب كلماتك. نقرة واحدة تحدده: ويغيّر الشريط فوق الصفحة خطه وحجمه ولونه.
tour-photo-title = أضف صورتك
tour-photo = انقر على إطار صورة رمادي واختر صورة، أو أفلت صورة من ملفاتك عليه. تملأ الصورة الإطار؛ اسحب مقابض الصورة لتغيير الإطار.
tour-more-title = أضف المزيد
tour-more =
    { $side ->
        [right] تضيف الأزرار على اليمين نصوصًا وصورًا وأشكالًا وشعارات، وتغيّر ألوان حملتك. انقر بالزر الأيمن على أي شيء للمزيد؛ ويعرض F1 المفاتيح.
       *[left] تضيف الأزرار على اليسار نصوصًا وصورًا وأشكالًا وشعارات، وتغيّر ألوان حملتك. انقر بالزر الأيمن على أي شيء للمزيد؛ ويعرض F1 المفاتيح.
    }
tour-print-title = اطبعه أو انشره
tour-print =
    { $side ->
        [left] عندما يبدو جيدًا، انقر على «طباعة وتنزيل» في أعلى اليسار وحدد الغرض من الملف: الطباعة في المنزل أو المطبعة أو النشر على الإنترنت أو الملصقات.
       *[right] عندما يبدو جيدًا، انقر على «طباعة وتنزيل» في أعلى اليمين وحدد الغرض من الملف: الطباعة في المنزل أو المطبعة أو النشر على الإنترنت أو الملصقات.
    }
tour-skip = تخطي الجولة
tour-done = تم
tour-next = التالي
tour-back = السابق
unsaved-heading = هل تحفظ التغييرات؟
unsaved-text = في هذا التصميم تغييرات لم تُحفظ بعد.
unsaved-save = حفظ
unsaved-discard = عدم الحفظ
restore-heading = هل تستعيد العمل غير المحفوظ؟
restore-text = أُغلق Placard دون حفظ «{ $name }». يمكن استعادة آخر حالة حُفظت تلقائيًا.
restore-restore = استعادة
restore-discard = تجاهل
toast-show-in-folder = إظهار في المجلد
toast-dismiss = إغلاق
shortcuts-title = اختصارات لوحة المفاتيح

## ورقة الاختصارات

shortcuts-or = { $first }  أو  { $second }
shortcuts-hint = انقر مرتين على نص في الصفحة لتكتب فيه. Ctrl+العجلة يكبّر ويصغّر؛ والعجلة أو الزر الأوسط يحرّكان الصفحة. انقر بالزر الأيمن لترى ما يمكن فعله بالتحديد.

## منتقي الألوان والعناصر الجديدة والرسائل القصيرة

colour-white = أبيض
colour-black = أسود
colour-grey = رمادي
colour-red = أحمر
colour-orange = برتقالي
colour-yellow = أصفر
colour-green = أخضر
colour-blue = أزرق
colour-purple = بنفسجي
colour-pink = وردي
colour-shade = التشبع والسطوع
colour-hue = الصبغة
colour-hex = سداسي
colour-hex-tip = رمز لون مثل #FFD400، كما تعطيه أدلة الهوية البصرية.
colour-design = ألوان هذا التصميم
colour-design-one = لون التصميم
colour-recent = الأخيرة
colour-recent-one = لون حديث
colour-pick = التقاط من الصفحة
colour-pick-tip = ثم انقر على أي مكان في الصفحة لالتقاط لونه. اضغط Esc للإلغاء.
colour-basics = الأساسية
colour-button-tip = { $name }: { $hex } — انقر للاختيار
new-text-name = نص
new-qr-name = رمز QR
new-rectangle-name = مستطيل
new-ellipse-name = شكل بيضاوي
new-line-name = خط مستقيم
new-polygon-name = مضلع
new-star-name = نجمة
new-bubble-name = فقاعة كلام
new-burst-name = انفجار
new-ribbon-name = شريط
new-arrow-block-name = سهم عريض
new-quote-name = اقتباس
new-slogan-name = شعار
new-text-slogan = شعارك
new-text-subheading = سطر تحته
new-text-small = متى وأين: السبت، الساعة ١٢، الساحة العامة
new-text-hashtag = #حملتك
toast-exported = تم التصدير: { $file }
toast-brand-saved = حُفظت الهوية البصرية
toast-template-saved = حُفظ بوصفه القالب «{ $name }»
template-save-title = حفظ كقالب
template-name = اسم القالب
template-save = حفظ القالب
clipboard-unreadable = تعذّرت قراءة الحافظة: { $reason }
clipboard-text-too-long = في النص المنسوخ { $count } حرفًا، أكثر من { $most } يتسع لها مربع النص؛ انسخ جزءًا أقصر.
pasted-picture = الصورة الملصقة
pasted-picture-unusable = لا يمكن استخدام الصورة الملصقة: { $reason }
no-such-template = لا يوجد قالب باسم «{ $id }»
filter-design = تصميم Placard
filter-images = الصور
filter-zip = ملف zip

## نوافذ الشعارات والهوية البصرية وحزمة الحملة والدمج

slogans-search = بحث
slogans-search-hint = إضراب، سلام، أسانج…
slogans-click-use = انقر لإضافته نصًا جديدًا؛ و«استخدام» يضع الكلمات في النص المحدد.
slogans-click-add = انقر لإضافته إلى الصفحة نصًا منسقًا.
slogans-nothing = لم يُعثر على شيء. أضف شعاراتك في الأسفل.
slogans-add-tip = إضافة إلى الصفحة
slogans-use = استخدام
slogans-forget = نسيان
slogans-forget-tip = إزالة من شعاراتك
slogans-title = شعارات واقتباسات
slogans-your-own = شعاراتك
slogans-text = شعار أو اقتباس
slogans-said-by = القائل (للاقتباسات)
slogans-add-mine = إضافة إلى شعاراتي
brand-title = الهوية البصرية
brand-intro = ألوان حملتك وخطوطها وشعارها، تُحفظ مرة واحدة لكل تصميم.
brand-campaign = الحملة
brand-colours = الألوان
brand-background = الخلفية
brand-text = النص
brand-accent = التمييز
brand-text-on-accent = النص فوق لون التمييز
brand-start-from = البدء من
brand-start-from-named = البدء من { $palette }
brand-fonts = الخطوط
brand-headlines = العناوين
brand-everything-else = كل ما عدا ذلك
brand-logo = الشعار
brand-no-logo = لا يوجد
brand-choose-logo = اختيار الشعار…
brand-remove = إزالة
brand-save = حفظ الهوية البصرية
brand-apply = التطبيق على هذا التصميم
brand-apply-disabled = احفظ الهوية البصرية وافتح تصميمًا أولًا
palette-heading = لوحة الألوان
palette-text-on-background = النص فوق الخلفية
palette-reads-well = يُقرأ جيدًا
palette-large-only = للنص الكبير فقط
palette-hard = صعب القراءة
palette-check = { $pair }: { $ratio } إلى ١، { $verdict }
kit-title = حزمة الحملة
kit-editing = جارٍ تحرير { $format } على اللوحة.
kit-back = العودة إلى التصميم
kit-not-every-change = ليست كل تغييراتك مناسبة لكل صيغة:
kit-export-zip = تصدير الحزمة ملف zip…
kit-export-folder = تصدير الحزمة إلى مجلد…
kit-on-canvas = على اللوحة
kit-edit = تحرير
kit-edit-tip = تحرير { $format } على اللوحة
merge-title = الدمج مع جدول
merge-intro = نسخة من هذا التصميم لكل صف. الصق جدولًا من جدول بيانات: يسمّي السطر الأول الخانات ({ $slots }).
merge-no-slots = لا خانات في هذا التصميم: سمِّ خانات العناصر في لوحة الخصائص
merge-table = الجدول
merge-the-table = الجدول
merge-no-column = لا يسمّي أي عمود خانةً من هذا التصميم.
merge-left-out = أُهملت (لا توجد خانة بهذا الاسم): { $columns }
merge-previous = الصف السابق
merge-next = الصف التالي
merge-row-of = الصف { $row } من { $rows }
merge-pictures-from = تُؤخذ الصور المذكورة في الجدول من { $folder }
merge-pictures-folder = مجلد الصور…
merge-pictures-tip = لا يقرأ Placard صور الجدول إلا من هذا المجلد
merge-export =
    { $rows ->
        [one] تصدير نسخة واحدة ملف PDF…
        [two] تصدير نسختين في ملف PDF واحد…
        [few] تصدير { $rows } نسخ في ملف PDF واحد…
       *[other] تصدير { $rows } نسخة في ملف PDF واحد…
    }

## نافذة حزمة الحملة

kit-intro = تصميمك بكل الصيغ، كل واحدة من قالبها الخاص بكلماتك وصورتك وألوانك. حرّر أيًا منها على اللوحة، ثم صدّرها معًا: ملفات PDF جاهزة للمطبعة، وملفات PNG للنشر، وتصميم كل صيغة.

## متصفح الملفات

place-home = المجلد الشخصي
place-documents = المستندات
place-pictures = الصور
place-desktop = سطح المكتب
place-downloads = التنزيلات
browser-open-design = فتح تصميم
browser-save-design = حفظ التصميم
browser-choose-image = اختيار صورة أو رسم
browser-where-to-save = أين تحفظ الملف
browser-choose-folder = اختيار مجلد
browser-up = للأعلى
browser-up-tip = المجلد الذي يحوي هذا المجلد
browser-folder = المجلد
browser-folder-hint = اكتب مجلدًا واضغط Enter
browser-no-folders = لا مجلدات هنا.
browser-nothing-fits = لا شيء مناسب هنا: لا مجلدات ولا ملفات من النوع الصحيح.
browser-more = … و{ $count } أخرى؛ اكتب اسمًا في الأسفل لتختار أحدها
browser-file-name = اسم الملف
browser-already-there = «{ $name }» موجود بالفعل. اضغط «استبدال» لوضع الملف الجديد مكانه.
browser-replace = استبدال
browser-choose-this-folder = اختيار هذا المجلد
browser-open = فتح
browser-save = حفظ
browser-no-such-folder = لا يوجد مجلد كهذا
browser-no-such-file = لا يوجد ملف كهذا هنا
browser-may-not-open = لا يُسمح بفتح هذا المجلد
browser-not-a-folder = هذا ملف وليس مجلدًا
browser-cannot-read = تتعذّر قراءته ({ $reason })

## سطر الأوامر: تعليماته

cli-about = بلاكارد: صمّم ملصقات حملتك ولافتاتها وملصقاتها اللاصقة وصورها لوسائل التواصل، وصدّر ملفات تقبلها المطبعة كما هي.
cli-about-templates = يعرض القوالب المرفقة بمقاساتها وصفحاتها وخاناتها.
cli-about-new = يبدأ تصميمًا جديدًا من قالب ويملأ خاناته.
cli-about-check = يفحص التصميم قبل الطباعة: صور ضبابية، نص في الهوامش، رسوم تنتهي عند حافة القص، خطوط رفيعة جدًا، نص صغير جدًا أو صعب القراءة، حروف ناقصة. ينتهي بالحالة ١ إذا كان شيء ما سيُطبع خطأً.
cli-about-kit = يصنع عدّة حملة من تصميم واحد: ملصقان A3 وA2 ولافتة وملصق لاصق ومنشور بصيغة PDF جاهزة للمطبعة، وصورة ملف شخصي وصورة للمشاركة بصيغة PNG، ومع كلٍّ منها ملف .placard قابل للتحرير، في مجلد أو في ملف zip.
cli-about-merge = يصنع نسخة من التصميم لكل صف في جدول: ملف CSV أسماء أعمدته هي خانات التصميم (نص، أو رابط لرمز QR، أو ملف صورة). يكتب ملف PDF واحدًا فيه كل النسخ، أو مجلدًا فيه PDF لكل صف.
cli-about-render = يصدّر التصميم بصيغة PDF أو PNG أو JPEG أو SVG (بحسب امتداد اسم الملف الناتج).
cli-about-thumbnail = يرسم الصفحة الأولى من تصميم صورةً صغيرة بصيغة PNG، كما تعرض مديرات الملفات ملفات .placard.
cli-about-help = يعرض تعليمات بلاكارد أو تعليمات أحد أوامره.
cli-heading-usage = طريقة الاستخدام:
cli-heading-commands = الأوامر
cli-heading-arguments = المُدخلات
cli-heading-options = الخيارات
cli-value-options = خيارات
cli-value-command = أمر
cli-value-file = ملف
cli-value-design = تصميم
cli-value-template = قالب
cli-value-output = ناتج
cli-value-slot = خانة=قيمة
cli-value-metres = أمتار
cli-value-table = جدول
cli-value-column = عمود
cli-value-folder = مجلد
cli-value-preset = إعداد
cli-value-dpi = دقة
cli-value-page = صفحة
cli-value-condition = ظروف-الطباعة
cli-value-percent = نسبة
cli-value-sheet = ورقة
cli-value-mm = مم
cli-value-name = اسم
cli-value-alpha = عتامة
cli-value-pixels = بكسل
cli-arg-help = يعرض هذه التعليمات.
cli-arg-help-command = الأمر الذي تريد شرحه.
cli-arg-version = يعرض إصدار بلاكارد.
cli-arg-editor-file = ملف .placard لفتحه في المحرّر.
cli-arg-templates-json = يكتب JSON بدل الجدول.
cli-arg-new-template = معرّف القالب (انظر «placard templates»).
cli-arg-new-output = مكان حفظ ملف .placard الجديد.
cli-arg-new-set = يملأ خانة: خانة=نص للكلمات، وخانة=@ملف لصورة أو SVG.
cli-arg-check-input = ملف .placard.
cli-arg-check-json = يكتب ما وُجد بصيغة JSON.
cli-arg-check-inks = يعدّ أيضًا الأحبار التي تحتاجها كل صفحة في طباعة الشاشة الحريرية (من ١ إلى ٤ ألوان خاصة).
cli-arg-check-distance = يقول أيضًا كيف تُقرأ كل صفحة من هذا العدد من الأمتار (ارتفاع الحروف، الكلمات، التباين): للافتات والملصقات.
cli-arg-bundled-fonts-only = يستخدم الخطوط المرفقة ببلاكارد فقط، لا الخطوط المثبتة.
cli-arg-kit-design = تصميم .placard (خاناته — العنوان والصورة والرابط… — تملأ كل الصيغ).
cli-arg-kit-output = مجلد، أو ملف ينتهي بـ .zip.
cli-arg-merge-design = تصميم .placard بخانات مسمّاة.
cli-arg-merge-csv = الجدول (مفصول بفواصل أو فواصل منقوطة أو مسافات جدولة؛ سطره الأول يسمّي الخانات).
cli-arg-merge-output = out.pdf لملف واحد، أو out/ لملف لكل صف.
cli-arg-merge-name-column = العمود الذي يعطي كل ملف في المجلد اسمه (الأول إن لم يُذكر).
cli-arg-merge-pictures = المجلد الذي فيه ملفات صور الجدول؛ لا يُقرأ أي ملف خارجه أبدًا (مجلد الجدول إن لم يُذكر).
cli-arg-merge-preset = إعداد طباعة، كما في «render»: print-shop أو web-printer.
cli-arg-bleed = يضمّن منطقة النزف.
cli-arg-marks = يضيف علامات القص (PDF).
cli-arg-render-input = ملف .placard.
cli-arg-render-output = الملف الناتج: .pdf أو .png أو .jpg أو .svg.
cli-arg-thumbnail-output = صورة PNG التي تُكتب.
cli-arg-thumbnail-size = عدد بكسلات الضلع الأطول للصورة (من { $least } إلى { $most }).
cli-arg-render-dpi = دقة ملفات PNG وJPEG بالنقاط في البوصة (دقة التصميم إن لم تُذكر — ٧٢ لصور وسائل التواصل — وإلا ٣٠٠).
cli-arg-render-page = الصفحة التي تُصدَّر، بالعدّ من ١. تأخذ PNG وJPEG وSVG الصفحة ١ إن لم تُذكر، ويأخذ PDF كل الصفحات.
cli-arg-render-pdfx = يكتب PDF/X-4 (غرض الإخراج، وملف تعريف ألوان مضمّن، ومفاتيح التراكب والإصدار).
cli-arg-render-preset = إعداد طباعة: print-shop ملف PDF/X-4 بألوان CMYK مع النزف وعلامات القص؛ وweb-printer مثله بلا علامات (مطابع الإنترنت تضع علاماتها).
cli-arg-render-cmyk = يطبع بألوان CMYK (PDF): تتحول الألوان والصور إلى أحبار ظروف الطباعة، والنص الأسود بالحبر الأسود وحده، والمساحات السوداء الكبيرة بالأسود الغني.
cli-arg-render-rgb = يُبقي الألوان بنظام sRGB (PDF)، حتى مع إعداد طباعة.
cli-arg-render-print-condition = ظروف الطباعة التي يُصنع لها CMYK: fogra39 (ورق مصقول، أوروبا) أو gracol (ورق مصقول، أمريكا الشمالية). ظروف التصميم إن لم تُذكر، وإلا fogra39.
cli-arg-render-ink-limit = أعلى مجموع للأحبار الأربعة في CMYK، بالنسبة المئوية (من ٢٠٠ إلى { $limit }؛ و{ $limit } إن لم يُذكر).
cli-arg-render-tile = يطبع الصفحة (--page، وإلا الأولى) بحجمها الحقيقي على أوراق طابعة منزلية، a4 أو letter (PDF): خريطة للتجميع وورقة لكل قطعة، مع علامات القص وأدلة اللصق والتسميات.
cli-arg-render-overlap = مقدار تداخل القطع للصقها، بالمليمتر ({ $overlap } إن لم يُذكر).
cli-arg-render-cut-name = اسم اللون الخاص لخط قص الملصق اللاصق (PDF)، كما تنتظره آلة القص: CutContour (إن لم يُذكر) أو CutContourFlex أو Thru-cut.
cli-arg-render-transparent = خلفية شفافة (PNG، SVG).
cli-arg-render-allow-large = يصدّر ملف PNG حتى لو احتاج أكثر من ١ غيغابايت على القرص.
cli-arg-render-solid-alpha = مع --transparent: البكسلات الأقل عتامة من هذه القيمة (من ٠ إلى ٢٥٥) تصير شفافة والباقي معتمًا، للطباعة المباشرة على الملابس.
cli-arg-render-font-dir = يبحث عن الخطوط في هذا المجلد بدل مجلدات النظام (يمكن ذكره أكثر من مرة).

## سطر الأوامر: ما تقوله أوامره

cli-cannot-write = تعذّرت كتابة الناتج: { $reason }
cli-editor-failed = تعذّر فتح نافذة المحرّر: { $reason }
cli-editor-failed-hint = سطر الأوامر ما زال يعمل؛ انظر «placard --help»
cli-no-editor = هذه النسخة من بلاكارد ليس فيها نافذة محرّر؛ انظر «placard --help»
cli-slot-text = نص
cli-slot-image = صورة
cli-slot-link = رابط
cli-size-px = { $width } × { $height } بكسل
cli-size-mm = { $width } × { $height } مم
cli-template-details =
    { $size } · { $pages ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحةً
       *[other] { $pages } صفحة
    } · الخانات: { $slots }
cli-inks =
    الصفحة { $page }: { $count ->
        [one] حبر واحد
        [two] حبران
        [few] { $count } أحبار
        [many] { $count } حبرًا
       *[other] { $count } حبر
    } لطباعة الشاشة الحريرية: { $inks }
cli-inks-photos = الصور والرسوم تحتاج طباعة بالألوان الأربعة أو طباعة رقمية
cli-inks-blends = التدرجات والألوان الشفافة تحتاج تنقيطًا نصفيًا
cli-inks-too-many = معظم مطابع الشاشة الحريرية تطبع بأربعة أحبار على الأكثر
cli-inks-separator = ؛{" "}
cli-unknown-template = لا يوجد قالب باسم «{ $template }»؛ القوالب الموجودة: { $available }
cli-template-damaged = القالب المرفق «{ $template }» تالف
cli-set-form = --set «{ $assignment }»: اكتبه بالشكل خانة=نص أو خانة=@ملف_صورة
cli-slot-takes-image = الخانة «{ $slot }» تأخذ صورة: اكتب --set { $slot }=@path/to/photo.jpg
cli-in-template = القالب «{ $template }»: { $reason }
cli-output-kind = { $file }: اختر ناتجًا ينتهي بـ .pdf أو .png أو .jpg أو .svg
cli-dpi-range = --dpi { $dpi }: اختر دقة بين ١ و٤٨٠٠
cli-thumbnail-size = { $size } بكسل: اختر حجمًا من { $least } إلى { $most }
cli-no-such-page =
    { $file }: لا توجد صفحة { $page }؛ في المستند { $count ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $count } صفحات
        [many] { $count } صفحةً
       *[other] { $count } صفحة
    }
cli-overlap-range = --overlap { $overlap }: اختر بين ٠ و٥٠ مم
cli-png-large = { $file }: { $picture } بدقة { $dpi } نقطة في البوصة؛ اخفض --dpi، أو أضف --allow-large لتصديره رغم ذلك
cli-ink-limit-range = --ink-limit { $limit }: اختر بين ٢٠٠ و{ $most } بالمئة
png-estimate = { $width } × { $height } بكسل، ملف يصل إلى { $size } غيغابايت
cli-kit-progress = صُنعت { $done } من { $total } صيغ
cli-note = ملاحظة
cli-kit-written =
    { $folder }: { $count ->
        [one] ملف واحد
        [two] ملفان
        [few] { $count } ملفات
        [many] { $count } ملفًا
       *[other] { $count } ملف
    } ({ $files })
cli-no-such-column = { $file }: لا يوجد عمود باسم «{ $column }»؛ الأعمدة هي: { $columns }
cli-no-slot-columns = { $file }: لا يسمّي أي عمود خانةً من { $design }؛ خاناته هي: { $slots }
cli-column-left-out = العمود «{ $column }» لا يسمّي أي خانة، فأُهمل
cli-merge-progress = دُمج { $done } من { $total } صفوف
cli-merge-written =
    { $count ->
        [one] ملف واحد في { $folder }
        [two] ملفان في { $folder }
        [few] { $count } ملفات في { $folder }
        [many] { $count } ملفًا في { $folder }
       *[other] { $count } ملف في { $folder }
    }
cli-merge-output = { $file }: الدمج يكتب ملف PDF واحدًا (out.pdf) أو مجلدًا من ملفات PDF (out/)

## ملفات لا تُقرأ أو لا تُكتب

file-reason = { $file }: { $reason }
size-mb = { $size } ميغابايت
size-kb = { $size } كيلوبايت
file-too-large = أكبر من { $limit } التي يقبلها بلاكارد
file-larger-than = حجمه { $size }، أكبر من { $limit } التي يقبلها بلاكارد
file-is-folder = هذا مجلد وليس ملفًا
file-not-ordinary = ليس ملفًا عاديًا (جهاز أو أنبوب)؛ بلاكارد يقرأ الملفات فقط
file-is-input = هذا أحد الملفات التي يُصنع منها العمل؛ اختر اسمًا آخر حتى لا يُستبدل
file-no-name = المسار لا يشير إلى أي ملف
io-not-found = لا يوجد ملف أو مجلد بهذا الاسم
io-permission-denied = ليس لديك إذن بقراءته أو تغييره
io-already-exists = موجود من قبل
io-disk-full = القرص ممتلئ
io-read-only = القرص للقراءة فقط ولا يمكن الكتابة عليه
io-not-a-folder = جزء من المسار ليس مجلدًا
io-quota = نفدت حصتك من مساحة القرص
io-file-too-large = الملف أكبر مما يتسع له هذا القرص
io-bad-name = لا يصلح هذا الاسم لملف هنا
file-not-placard = { $file }: ليس ملف بلاكارد ({ $reason })
file-damaged = { $file }: الملف document.json تالف: { $reason }
file-newer = { $file }: صُنع بإصدار أحدث من بلاكارد (صيغة الملف { $found }، وهذا الإصدار يقرأ حتى { $supported })؛ يُرجى تحديث بلاكارد
file-missing-asset = { $file }: المستند يستخدم «{ $asset }» لكن الملف لا يحتويه
file-not-zip = ليس أرشيف zip مقروءًا: { $reason }
file-entries-twice = اثنان من مدخلاته بالاسم نفسه (document.json أو مورد مكرر)
file-no-document = ليس فيه document.json
file-document-too-large = حجم document.json فيه { $size }، أكثر من { $limit } لتصميم يقرؤه بلاكارد
file-document-unpack = تعذّر فك ضغط document.json: { $reason }
file-entry-damaged = المدخل { $entry } تالف: { $reason }
file-unsafe-entry = اسم مدخل خطِر «{ $name }»
file-assets-too-large = صوره وخطوطه كبيرة على نحو لا يُصدَّق
file-asset-unpack = تعذّر فك ضغط «{ $name }»: { $reason }
file-asset-twice = «{ $name }» موجود فيه مرتين
file-json = { $reason }
file-no-version = ليس فيه رقم format_version
file-no-pages = ليس فيه أي صفحة
reason-as-said = { $reason }
reason-zip-damaged = الملف تالف أو من نوع آخر
reason-data-damaged = بياناته تالفة
reason-zip-unsupported = حُزِم بطريقة لا يستطيع Placard فكّها (مشفّر أو بضغط غير مألوف)
reason-zip-password = محميّ بكلمة مرور
reason-cut-short = ينتهي قبل أوانه: جزء منه مفقود
reason-text-broken = النص معطوب في السطر { $line }، العمود { $column }
reason-number-too-large = في السطر { $line }، العمود { $column } رقم خارج النطاق (كبير جدًا)
reason-value-wrong = في السطر { $line }، العمود { $column } قيمة مفقودة أو من نوع خاطئ
reason-unreadable = تتعذّر قراءته
reason-not-utf8 = لم يُحفظ نصًّا بترميز UTF-8

## ما يمكن أن يحتويه التصميم

limit-number = فيه العدد { $number }، بعيدًا جدًا عن أي صفحة (تُقبل الأعداد حتى { $most })
limit-pages = فيه { $count } صفحة؛ يمكن أن يكون في التصميم { $most } صفحة على الأكثر
limit-page-size = مقاس { $page } هو { $width } × { $height } مم؛ يمكن أن يكون ضلع الصفحة من { $least } مم إلى { $most } م
limit-bleed = نزف { $page } هو { $bleed } مم؛ يمكن أن يكون النزف من ٠ إلى { $most } مم
limit-gradient-stops = { $place }: في تدرّج { $count } نقطة لون؛ يُقبل { $most } على الأكثر
limit-group-depth = { $place }: مجموعات متداخلة بعضها في بعض أعمق من { $most } مستوى
limit-elements = فيه أكثر من { $most } عنصر؛ يمكن أن يكون في التصميم { $most } عنصر على الأكثر
limit-text-size = { $place }: حجم النص { $size } نقطة خارج المدى من ٠ إلى { $most } نقطة
limit-corners = { $place }: للشكل { $count } زاوية؛ يمكن أن يكون للأشكال { $most } زاوية على الأكثر
limit-face-blocks = { $place }: في الصورة { $count } حجب للوجوه؛ يُقبل { $most } على الأكثر
limit-text-length = { $place }: في النص { $count } حرف؛ يمكن أن يكون في النص { $most } حرف على الأكثر (وزّعه على عدة مربعات نص أو صفحات)
element-in-slot = الخانة «{ $slot }»
element-text = النص «{ $words }»
quoted = «{ $words }»

## تصديرات ودمج وحزم تعذّر صنعها

export-no-such-page =
    لا توجد صفحة { $page }؛ في المستند { $count ->
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $count } صفحات
        [many] { $count } صفحةً
       *[other] { $count } صفحة
    }
export-png-too-large = { $width } × { $height } بكسل أكبر مما يحتمله PNG؛ اختر دقة أقل
export-jpeg-too-large = { $width } × { $height } بكسل أكبر مما يحتمله JPEG (يصنع بلاكارد ملفات JPEG حتى { $most } ميغابكسل)؛ اختر دقة أقل، أو PNG
export-jpeg-too-wide = { $width } × { $height } بكسل أكبر مما يحتمله JPEG (٦٥٥٣٥ للضلع على الأكثر)؛ اختر دقة أقل، أو PNG
export-cancelled = أُلغي التصدير
export-band-missing = لم يُرسم شريط من الصفحة
pdf-font-unusable = لا يمكن تضمين الخط «{ $font }» في ملف PDF
pdf-not-written = تعذّرت كتابة ملف PDF: { $reason }
svg-image-not-embedded = تعذّر تضمين صورة: { $reason }
cmyk-profile-unusable = لا يمكن استخدام ملف تعريف الألوان لـ { $condition }: { $reason }
job-could-not-start = تعذّر بدء العمل: { $reason }
preview-failed = تعذّر رسم المعاينة
autosave-stopped = توقّف الحفظ التلقائي فجأة
autosave-failed = فشل الحفظ التلقائي: { $reason }
slogans-damaged = { $file } ليس قائمة شعارات صالحة: { $reason }
brand-kit-damaged = { $file } ليس ملف هوية بصرية صالحًا: { $reason }
merge-row-failed = الصف { $row }: { $reason }
merge-cancelled = أُلغي الدمج
table-header-unreadable = تعذّرت قراءة السطر الأول: { $reason }
table-no-header = يجب أن يسمّي السطر الأول الأعمدة (خانات التصميم)
table-line-unreadable = تعذّرت قراءة السطر { $line }: { $reason }
table-too-many-values = في السطر { $line } عدد { $values } من القيم، لكن الأعمدة { $columns }
table-too-many-rows = فيه أكثر من { $most } صف، أي نسخ أكثر مما يصنعه دمج واحد؛ قسّم الجدول
table-no-rows = لا توجد صفوف تحت أسماء الأعمدة
table-not-utf8 = ليس نصًا بترميز UTF-8؛ احفظ جدول البيانات بصيغة «CSV UTF-8»
merge-picture-outside = «{ $name }» خارج مجلد الصور { $folder }؛ ضع الصورة في ذلك المجلد وسمّها منه
merge-no-such-slot = لا توجد خانة باسم «{ $slot }»؛ الخانات هي: { $slots }
merge-picture-unreadable = { $file }: تعذّرت قراءة الصورة: { $reason }
merge-slot-cannot-show = الخانة «{ $slot }» لا تستطيع عرض { $file }
kit-cancelled = أُلغي تصدير الحزمة
kit-format-poster-a3 = ملصق A3
kit-format-poster-a2 = ملصق A2
kit-format-placard = لافتة (A2، وجهان)
kit-format-sticker = ملصق لاصق (دائري ٧٥ مم)
kit-format-profile-picture = صورة الملف الشخصي (مربعة ١٠٨٠ بكسل)
kit-format-share-image = صورة للمشاركة (١٢٠٠ × ٦٣٠ بكسل)
kit-format-leaflet = منشور (A5)
kit-colour-kept = لون { $element } لن يُقرأ على خلفية «{ $format }»، لذا يبقى في «{ $format }» لونه الأصلي
kit-colour-changed = يأخذ { $element } لونًا آخر في «{ $format }»، لأن لونه لن يُقرأ على الخلفية هناك
kit-left-out = تُرك { $element } خارج «{ $format }»: الشكل مختلف جدًا فلا يمكن وضعه فيه؛ أضفه هناك بيدك

## أوراق ملصق يُطبع قطعًا على طابعة منزلية

tile-sheet-label = { $tile } — الصف { $row } من { $rows }، العمود { $column } من { $columns }
tile-sheet-glue = قُصّ على العلامة اليسرى، والصق فوق القطعة التي على اليسار
tile-map-title =
    خريطة التجميع: { $sheets ->
        [one] ورقة واحدة
        [two] ورقتان
        [few] { $sheets } أوراق
        [many] { $sheets } ورقةً
       *[other] { $sheets } ورقة
    }، { $across } في العرض و{ $down } في الطول
tile-map-how = اطبع بنسبة ١٠٠ ٪ (الحجم الحقيقي). قُصّ كل ورقة على علاماتها حيث تتداخل قطعة مع التي قبلها، والصقها فوق الشريط بعرض { $overlap } مم من جارتها.
