# پیام‌های Placard به فارسی.

## جدی بودن یک مشکل

severity-error = خطا
severity-warning = هشدار

## جای یک مشکل

place-file = { $file }
place-row = ردیف { $row }
place-page = صفحهٔ { $page }
place-subject = «{ $name }»
place-separator = ،{" "}
diagnostic-with-hint = { $message }؛ { $hint }
diagnostic-at = { $place }: { $text }

## مشکل‌هایی که هنگام کشیدن طرح پیدا می‌شوند

font-file-damaged = فایل قلم «{ $file }» در طرح خراب است ({ $reason })؛ متنش با قلم دیگری نوشته می‌شود
design-has-no-page = طرح صفحهٔ { $page } ندارد
qr-too-long = کد QR نمی‌تواند { $count } نویسه را در خود جا دهد
qr-too-long-hint = پیوند را کوتاه‌تر کنید یا سطح تصحیح خطا را پایین بیاورید
font-not-installed = قلم «{ $font }» روی این رایانه نیست، برای همین به جای آن از Inter استفاده می‌شود
font-not-installed-hint = قلم را نصب کنید، یا یکی از قلم‌هایی را که همراه Placard می‌آید انتخاب کنید
text-overflows = متن با اندازهٔ { $size } پوینت در کادرش جا نمی‌شود و از آن بیرون می‌زند
text-overflows-hint = کادر را بزرگ‌تر یا متن را کوتاه‌تر کنید، یا «جا دادن در کادر» را روشن کنید
characters-missing =
    { $count ->
        [one] یک نویسه در هیچ‌کدام از قلم‌های موجود نیست و به شکل یک مربع خالی چاپ می‌شود
       *[other] { $count } نویسه در هیچ‌کدام از قلم‌های موجود نیستند و به شکل مربع‌های خالی چاپ می‌شوند
    }
characters-missing-hint = قلم دیگری انتخاب کنید
photo-cut-short = عکس «{ $file }» ناقص است: فایل پیش از پایان تصویر تمام می‌شود و بخش جاافتاده به رنگ خاکستری یکدست چاپ می‌شود
photo-cut-short-hint = آن را دوباره از یک نسخهٔ کامل اضافه کنید
picture-unusable = تصویر «{ $file }» قابل استفاده نیست: { $reason }
asset-missing = طرح به «{ $file }» اشاره می‌کند، اما این فایل در طرح نیست
svg-links-outside = فایل SVG «{ $file }» به تصویر «{ $link }» بیرون از خودش پیوند دارد و آن تصویر کنار گذاشته می‌شود
svg-links-outside-hint = تصویر را درون خود فایل SVG جای دهید (Placard هرگز فایل‌های دیگری را که یک SVG نام می‌برد نمی‌خواند)
svg-inner-svg-unreadable = یک SVG جاسازی‌شده در فایل SVG «{ $file }» خوانده نمی‌شود ({ $reason }) و کنار گذاشته می‌شود
svg-inner-picture-damaged = تصویری که در فایل SVG «{ $file }» جاسازی شده خراب است و کنار گذاشته می‌شود
svg-inner-picture-unknown = تصویری که در فایل SVG «{ $file }» جاسازی شده در قالب { $format } است که Placard آن را نمی‌خواند، و کنار گذاشته می‌شود
svg-inner-picture-unknown-hint = آن را به صورت PNG یا JPEG جاسازی کنید

## بررسی پیش از چاپ

check-text-too-small = اندازهٔ متن { $size } پوینت است و چاپ‌شده‌اش خوانا نیست (دست‌کم { $least } پوینت)
check-text-past-trim = متن از لبهٔ برش بیرون می‌زند و بریده خواهد شد
check-text-near-edge = متن از حاشیهٔ امن به لبه نزدیک‌تر است؛ اگر برش کمی جابه‌جا شود ممکن است به متن بخورد
check-text-low-contrast = متن روی زمینه‌اش سخت خوانده می‌شود (تضاد { $ratio } به ۱، دست‌کم { $needed } به ۱ لازم است)؛ رنگی روشن‌تر یا تیره‌تر انتخاب کنید
check-outline-too-thin = دورخط متن { $width } پوینت است و برای چاپ یکدست خیلی نازک است (دست‌کم { $least } پوینت)
check-line-too-thin = ضخامت خط { $width } پوینت است و برای چاپ مطمئن خیلی نازک است (دست‌کم { $least } پوینت)
check-photo-blurry-print = عکس در اینجا { $dpi } نقطه در اینچ است و تار چاپ می‌شود (دست‌کم { $wanted } لازم است)؛ عکس بزرگ‌تری بگذارید یا آن را کوچک‌تر کنید
check-photo-blurry-screen = عکس در این اندازه { $dpi } پیکسل در اینچ است و تار دیده می‌شود (دست‌کم { $wanted } لازم است)؛ عکس بزرگ‌تری بگذارید یا آن را کوچک‌تر کنید
check-photo-soft-print = عکس در اینجا { $dpi } نقطه در اینچ است و ممکن است کمی کم‌وضوح چاپ شود (بهترین { $wanted } است)
check-photo-soft-screen = عکس در این اندازه { $dpi } پیکسل در اینچ است و ممکن است کمی کم‌وضوح دیده شود (بهترین { $wanted } است)
check-qr-empty = کد QR خالی است؛ پیوندش را بنویسید
check-qr-too-fine = مربع‌های کد QR { $size } میلی‌متر است و برای چاپ و اسکن خیلی ریز است (کد را بزرگ‌تر یا پیوند را کوتاه‌تر کنید)
check-qr-too-small = پهنای کد QR { $side } میلی‌متر است؛ برای اسکن از حدود { $distance } سانتی‌متری باید دست‌کم { $needed } میلی‌متر باشد
check-qr-pixels = مربع‌های کد QR کمتر از ۲ پیکسل‌اند؛ کد را بزرگ‌تر کنید تا گوشی‌ها بتوانند آن را بخوانند
check-qr-contrast = کد QR به مربع‌های تیره روی زمینهٔ روشن با تضاد زیاد نیاز دارد، وگرنه ممکن است گوشی‌ها آن را نخوانند
check-ends-at-trim = درست در لبهٔ برش تمام می‌شود؛ اگر برش کمی جابه‌جا شود نوار باریک سفیدی می‌ماند. آن را تا حاشیهٔ اضافهٔ برش (بلید) ادامه دهید

## بررسی در خط فرمان

cli-check-ready = { $file }: آمادهٔ چاپ است، مشکلی پیدا نشد
cli-check-counts =
    { $file }: { $errors ->
        [0] بدون خطا
        [one] یک خطا
       *[other] { $errors } خطا
    }، { $warnings ->
        [0] بدون هشدار
        [one] یک هشدار
       *[other] { $warnings } هشدار
    }
cli-check-fails =
    { $file }: { $errors ->
        [one] یک مشکل باعث می‌شود چاپ درست درنیاید
       *[other] { $errors } مشکل باعث می‌شوند چاپ درست درنیاید
    }

## خروجی گرفتن از ویرایشگر

export-replaced-files =
    { $count ->
        [one] فایلی که از قبل بود جایگزین شد: { $files }
       *[other] { $count } فایلی که از قبل بودند جایگزین شدند: { $files }
    }

## بررسی چاپ در ویرایشگر

print-check-title = بررسی چاپ
print-check-ready = بررسی چاپ: آماده
print-check-summary =
    بررسی چاپ: { $errors ->
        [0] { $warnings ->
            [one] یک هشدار
           *[other] { $warnings } هشدار
        }
        [one] یک مشکل{ $warnings ->
            [0] {""}
            [one] ، یک هشدار
           *[other] ، { $warnings } هشدار
        }
       *[other] { $errors } مشکل{ $warnings ->
            [0] {""}
            [one] ، یک هشدار
           *[other] ، { $warnings } هشدار
        }
    }
print-check-none = آمادهٔ چاپ است: مشکلی پیدا نشد.
print-check-click = روی هر مورد کلیک کنید تا چیزی که به آن مربوط است انتخاب شود.
print-check-problem = مشکل
print-check-warning = هشدار
fix-extend-into-bleed = ادامه تا حاشیهٔ اضافه
fix-thicken-line = رساندن ضخامت به { $width } پوینت
fix-move-inside-margin = دور کردن از لبه

## فرمان‌های ویرایشگر

cmd-new = جدید…
cmd-new-tip = طرح دیگری را از یک قالب یا یک صفحهٔ خالی شروع کنید
cmd-open = باز کردن…
cmd-open-tip = طرحی را که به صورت فایل ‎.placard ذخیره شده باز کنید
cmd-save = ذخیره
cmd-save-tip = طرح را در فایل خودش ذخیره کنید
cmd-save-as = ذخیره با نام دیگر…
cmd-save-as-tip = طرح را در فایلی تازه ذخیره کنید
cmd-export = چاپ و دریافت فایل…
cmd-export-tip = فایلی بگیرید برای چاپ در خانه، فرستادن به چاپخانه یا گذاشتن در اینترنت
cmd-save-as-template = ذخیره به‌عنوان قالب…
cmd-save-as-template-tip = این طرح را به‌عنوان قالب نگه دارید تا دفعهٔ بعد از آن شروع کنید
cmd-undo = واگرد
cmd-undo-what = واگرد: { $what }
cmd-undo-tip = آخرین تغییر را برگردانید
cmd-redo = ازنو
cmd-redo-what = ازنو: { $what }
cmd-redo-tip = تغییری را که برگرداندید دوباره انجام دهید
cmd-cut = برش
cmd-cut-tip = انتخاب را بردارید و برای چسباندن نگه دارید
cmd-copy = رونوشت
cmd-copy-tip = از انتخاب رونوشتی برای چسباندن نگه دارید
cmd-paste = چسباندن
cmd-paste-tip = آنچه رونوشت گرفتید روی صفحه بگذارید
cmd-duplicate = تکثیر
cmd-duplicate-tip = از انتخاب یک نسخه کنارش بسازید
cmd-delete = حذف
cmd-delete-tip = انتخاب را از صفحه بردارید
cmd-select-all = انتخاب همه
cmd-select-all-tip = هر چیزی را که روی صفحه قفل نیست انتخاب کنید
cmd-deselect = لغو انتخاب
cmd-deselect-tip = هیچ چیز انتخاب نشود؛ کشیدن را متوقف می‌کند و همه چیز را سر جایش برمی‌گرداند
cmd-move-left = جابه‌جایی به چپ
cmd-move-right = جابه‌جایی به راست
cmd-move-up = جابه‌جایی به بالا
cmd-move-down = جابه‌جایی به پایین
cmd-move-far-left = جابه‌جایی زیاد به چپ
cmd-move-far-right = جابه‌جایی زیاد به راست
cmd-move-far-up = جابه‌جایی زیاد به بالا
cmd-move-far-down = جابه‌جایی زیاد به پایین
cmd-move-tip = انتخاب را یک پوینت جابه‌جا کنید
cmd-move-far-tip = انتخاب را ده پوینت جابه‌جا کنید
cmd-add-slogan-text = متن
cmd-add-slogan-text-tip = یک کادر متن بزرگ برای شعار اضافه کنید که آمادهٔ نوشتن است
cmd-add-subheading = زیرعنوان
cmd-add-subheading-tip = یک سطر متن کوچک‌تر اضافه کنید که آمادهٔ نوشتن است
cmd-add-small-text = متن کوچک
cmd-add-small-text-tip = متن ساده‌ای برای تاریخ، مکان یا فراخوان اضافه کنید
cmd-add-hashtag = هشتگ
cmd-add-hashtag-tip = یک هشتگ یا نشانی وب اضافه کنید
cmd-add-photo = عکس یا گرافیک…
cmd-add-photo-tip = از یک فایل، عکس یا گرافیک SVG اضافه کنید
cmd-replace-photo = عوض کردن عکس…
cmd-choose-photo = انتخاب عکس…
cmd-replace-photo-tip = عکسی از یک فایل را در قاب انتخاب‌شده بگذارید؛ اندازه و جای قاب حفظ می‌شود
cmd-add-slogan = شعار یا نقل‌قول…
cmd-add-slogan-tip = شعار یا نقل‌قولی از کتابخانه انتخاب کنید
cmd-add-qr = کد QR
cmd-add-qr-tip = یک کد QR اضافه کنید که پیوندی را باز می‌کند
cmd-shape-rectangle = مستطیل
cmd-shape-ellipse = بیضی
cmd-shape-line = خط
cmd-shape-arrow = پیکان
cmd-shape-star = ستاره
cmd-shape-hexagon = شش‌ضلعی
cmd-shape-bubble = حباب گفتگو
cmd-shape-burst = ستارهٔ انفجاری
cmd-shape-ribbon = روبان
cmd-shape-arrow-block = پیکان پهن
cmd-add-shape-tip = این شکل را وسط صفحه اضافه کنید
cmd-bring-forward = آوردن به جلو
cmd-bring-forward-tip = عنصر انتخاب‌شده را جلوی عنصر بالایی‌اش بگذارید
cmd-send-backward = بردن به عقب
cmd-send-backward-tip = عنصر انتخاب‌شده را پشت عنصر زیرینش بگذارید
cmd-group = گروه کردن
cmd-group-tip = عنصرهای انتخاب‌شده را به هم بپیوندید تا با هم جابه‌جا شوند
cmd-ungroup = لغو گروه
cmd-ungroup-tip = گروه انتخاب‌شده را به عنصرهایش جدا کنید
cmd-align-left = تراز به چپ
cmd-align-centres = تراز وسط افقی
cmd-align-right = تراز به راست
cmd-align-top = تراز به بالا
cmd-align-middles = تراز وسط عمودی
cmd-align-bottom = تراز به پایین
cmd-align-tip = انتخاب را تراز کنید (یک عنصر تنها: نسبت به صفحه)
cmd-distribute-across = توزیع افقی
cmd-distribute-across-tip = سه عنصر یا بیشتر را با فاصلهٔ برابر در پهنا بچینید
cmd-distribute-down = توزیع عمودی
cmd-distribute-down-tip = سه عنصر یا بیشتر را با فاصلهٔ برابر در ارتفاع بچینید
cmd-fit-page = نمایش کل صفحه
cmd-fit-page-tip = کل صفحه را در پنجره نشان دهید
cmd-print-size = اندازهٔ چاپ
cmd-print-size-tip = صفحه را به اندازه‌ای که چاپ می‌شود نشان دهید
cmd-zoom-in = بزرگ‌نمایی
cmd-zoom-in-tip = از نزدیک‌تر ببینید
cmd-zoom-out = کوچک‌نمایی
cmd-zoom-out-tip = بخش بیشتری از صفحه را ببینید
cmd-slogans = شعارها و نقل‌قول‌ها…
cmd-slogans-tip = شعارها و نقل‌قول‌هایی برای استفاده، و شعارهای خودتان
cmd-brand-kit = هویت بصری…
cmd-brand-kit-tip = رنگ‌ها، قلم‌ها و نشان سازمان شما
cmd-data-merge = ساخت نسخه‌ها از جدول…
cmd-data-merge-tip = برای هر ردیف یک جدول نسخه‌ای بسازید (نام‌ها، مکان‌ها، تاریخ‌ها)
cmd-campaign-kit = بستهٔ کارزار…
cmd-campaign-kit-tip = این طرح، یک‌جا به صورت پوستر، پلاکارد، برچسب و تصویر شبکه‌های اجتماعی
cmd-apply-brand-kit = اعمال هویت بصری
cmd-apply-brand-kit-tip = رنگ‌ها و قلم‌های هویت بصری خود را روی این طرح بگذارید
cmd-print-check = بررسی چاپ…
cmd-print-check-tip = چیزهایی که یک چاپخانه دربارهٔ این طرح می‌پرسد
cmd-shortcuts = میان‌برهای صفحه‌کلید
cmd-shortcuts-tip = همهٔ میان‌برهای صفحه‌کلید در یک برگه
cmd-tour = نمایش دوبارهٔ راهنمای آغاز
cmd-tour-tip = چهار کارتی که نشان می‌دهند هر چیز کجاست
cmd-with-shortcut = { $tip } ({ $shortcut })

## تغییر چه بود، پس از «واگرد» و «ازنو»

action-change = تغییر
action-move = جابه‌جایی
action-resize = تغییر اندازه
action-rotate = چرخاندن
action-opacity = تغییر شفافیت
action-rename = تغییر نام
action-typing = نوشتن
action-crop = برش تصویر
action-effect = تغییر جلوه
action-cut = برش
action-paste = چسباندن
action-duplicate = تکثیر
action-delete = حذف
action-new-text = متن تازه
action-new-qr = کد QR تازه
action-new-shape = شکل تازه
action-restack = تغییر ترتیب
action-group = گروه کردن
action-ungroup = لغو گروه
action-align = تراز کردن
action-distribute = توزیع
action-brand-kit = هویت بصری
action-hide = پنهان کردن
action-show = نمایش
action-lock = قفل کردن
action-unlock = باز کردن قفل
action-photo = عکس
action-new-photo = عکس تازه
action-paper = کاغذ

## منوها و نوار وضعیت

menu-file = پرونده
menu-edit = ویرایش
menu-add = افزودن
menu-arrange = چیدمان
menu-view = نما
menu-campaign = کارزار
menu-help = راهنما
menu-language-tip = زبان ویرایشگر (Language)
page-name = صفحهٔ { $page }
status-pixels = { $width } × { $height } پیکسل
status-size = { $width } × { $height } میلی‌متر، حاشیهٔ اضافه { $bleed } میلی‌متر
status-zoom = بزرگ‌نمایی { $percent }٪
status-exporting = در حال ساختن { $file }
button-cancel = لغو

## نوار کناری و کشوهایش

drawer-templates = قالب‌ها
drawer-templates-tip = طرح تازه‌ای را از یک قالب شروع کنید
drawer-text = متن
drawer-text-tip = شعار، زیرعنوان، متن کوچک یا هشتگ اضافه کنید
drawer-photos = عکس‌ها
drawer-photos-tip = عکس اضافه کنید و قاب‌های عکس را پر کنید
drawer-shapes = شکل‌ها
drawer-shapes-tip = شکل، پیکان و کد QR اضافه کنید
drawer-slogans = شعارها
drawer-slogans-tip = شعارها و نقل‌قول‌هایی برای استفاده
drawer-symbols = نمادها
drawer-symbols-tip = نمادها: مشت، کبوتر، بلندگو، پیکان، حباب گفتگو، نشان
drawer-symbols-hint = روی یک نماد کلیک کنید تا با رنگ طرح روی صفحه بیاید.
symbols-search = جست‌وجوی نماد
symbols-all = همه
symbols-none = هیچ نمادی این کلمه‌ها را ندارد. کلمهٔ دیگری را امتحان کنید، به هر زبانی.
symbols-protest = اعتراض
symbols-peace = صلح
symbols-solidarity = همبستگی
symbols-work = کار
symbols-environment = محیط زیست
symbols-housing = مسکن
symbols-arrows = پیکان‌ها
symbols-speech = حباب‌های گفتگو
symbols-badges = نشان‌ها و ستاره‌ها
symbols-social = شبکه‌های اجتماعی
drawer-campaign = کارزار
drawer-campaign-tip = رنگ‌ها، هویت بصری، بستهٔ کارزار و بررسی چاپ
drawer-layers = لایه‌ها
drawer-layers-tip = هر چه روی صفحه است، بالایی‌ترین اول
drawer-shapes-hint = کلیک کنید تا یکی وسط صفحه اضافه شود.
drawer-qr-hint = کد QR مردم را به یک طومار، یک نشست یا یک وب‌سایت می‌برد.
drawer-own-slogans = شعارهای خودتان…
drawer-own-slogans-tip = شعارها و نقل‌قول‌های کارزارتان را نگه دارید
drawer-whole-campaign = برای کل کارزار
drawer-templates-hint = از یکی از آن‌ها طرح تازه‌ای شروع کنید. تا انتخاب نکنید، طرح شما همان‌طور می‌ماند.
drawer-photos-hint = می‌توانید عکسی را از فایل‌هایتان روی یک قاب رها کنید، یا آن را بچسبانید (Ctrl+V).
drawer-photos-in-design = عکس‌های این طرح
drawer-photo-choose = انتخاب…
drawer-photo-replace = عوض کردن…
drawer-photo-choose-tip = برای این قاب عکسی انتخاب کنید
drawer-photo-replace-tip = عکس دیگری در این قاب بگذارید؛ جا و اندازهٔ قاب حفظ می‌شود
drawer-text-hint = کلیک کنید تا متنی به صفحه اضافه شود، بعد بنویسید.
drawer-add-slogan = افزودن شعار
drawer-add-subheading = افزودن زیرعنوان
drawer-add-small-text = افزودن متن کوچک
drawer-add-hashtag = افزودن #هشتگ
drawer-text-edit-hint = روی هر متنی در صفحه دوبار کلیک کنید تا نوشته‌اش را عوض کنید.

## نوار بالا و نوار انتخاب

top-title-hint = نام طرح
top-title-tip = نام طرح: فایل‌هایی که ذخیره یا دریافت می‌کنید به این نام خوانده می‌شوند
top-not-saved = ذخیره نشده
top-not-saved-tip = با { $shortcut } ذخیره کنید
top-zoom = { $percent }٪
top-zoom-tip = ۱۰۰٪ روی یک صفحه‌نمایش معمولی همان اندازهٔ چاپ است
top-print-download = چاپ و دریافت فایل
bar-fill = رنگ داخل
bar-fill-colour = رنگ داخل
bar-line = خط دور
bar-line-colour = رنگ خط دور
bar-font = قلم
bar-size-tip = اندازهٔ متن به پوینت (اگر لازم باشد متن کوچک می‌شود تا در کادرش جا شود)
bar-size-unit = پوینت
bar-bold-on = درشت: برای معمولی کلیک کنید
bar-bold-off = معمولی: برای درشت کلیک کنید
bar-align-left = متن چپ‌چین
bar-align-centre = متن وسط‌چین
bar-align-right = متن راست‌چین
bar-text-colour = رنگ متن
bar-effects = جلوه‌ها
bar-outline = دورخط
bar-outline-tip = خطی دور هر حرف، تا متن روی عکس شلوغ هم خوانده شود
bar-shadow = سایه
bar-shadow-tip = سایه‌ای زیر حرف‌ها
bar-effects-more =
    { $side ->
        [left] اندازه و رنگ هر دو در پنل سمت چپ است.
       *[right] اندازه و رنگ هر دو در پنل سمت راست است.
    }

## خوانایی صفحه از دور

legibility-no-text = در این صفحه متنی نیست.
legibility-too-small = «{ $name }» از { $distance } متری خوانده نمی‌شود: بلندی حرف‌هایش { $height } سانتی‌متر است و { $needed } سانتی‌متر لازم است. واژه‌های کمتری بنویسید یا کادر را بزرگ‌تر کنید.
legibility-too-many-words = از { $distance } متری { $words } واژه خوانده می‌شود؛ مردم در یک نگاه حدود { $most } واژه را می‌گیرند، شعار را کوتاه‌تر کنید.
legibility-weak-contrast = تضاد «{ $name }» با زمینه‌اش کم است ({ $ratio } به ۱؛ از { $good } به ۱ به بالا در فضای باز خوب خوانده می‌شود).
legibility-title = خوانایی از دور
legibility-distance = فاصلهٔ دیدن
unit-metres = متر
legibility-needed = از { $distance } متری، حرف‌ها باید { $height } سانتی‌متر بلند باشند (هر ۱۰ متر ۲٫۵ سانتی‌متر).
legibility-reads = خوانا: «{ $name }»: { $height } سانتی‌متر، از { $from } متری خوانده می‌شود
legibility-close-by = برای خواندن از نزدیک: «{ $name }»: { $height } سانتی‌متر، از { $from } متری خوانده می‌شود
legibility-too-small-line = خیلی کوچک: «{ $name }»: { $height } سانتی‌متر، از { $from } متری خوانده می‌شود
legibility-contrast = تضاد { $ratio } به ۱
legibility-words =
    { $words ->
        [one] از { $distance } متری یک واژه خوانده می‌شود (بهتر است { $most } واژه یا کمتر باشد)
       *[other] از { $distance } متری { $words } واژه خوانده می‌شود (بهتر است { $most } واژه یا کمتر باشد)
    }
cli-distance-range = --distance { $distance }: عددی بین ۰٫۵ و ۵۰۰ متر انتخاب کنید
cli-legibility-page = { $file }: صفحهٔ { $page }، از { $distance } متری (حرف‌هایی به بلندی { $needed } سانتی‌متر لازم است):
cli-legibility-ok = خوب
cli-legibility-small = کوچک
cli-legibility-line = { $verdict } «{ $name }»: بلندی حرف‌ها { $height } سانتی‌متر، از { $from } متری خوانده می‌شود، { $words } واژه، { $contrast }
cli-legibility-over-picture = روی تصویر
cli-legibility-advice = پیشنهاد: { $advice }

## پنل صفحه و فیلدهای پنل‌ها

page-heading = صفحه
page-size = اندازه
page-size-choose = انتخاب…
page-width = پهنا
page-height = بلندی
page-portrait = عمودی
page-landscape = افقی
page-bleed = حاشیهٔ اضافه
page-background = زمینه
page-cut-line = خط برش
page-cut-none = هیچ
page-cut-ellipse = دایره یا بیضی
page-cut-rounded = مستطیل با گوشه‌های گرد
page-cut-rectangle = مستطیل
page-cut-line-tip = جایی که دستگاه برش برچسب می‌بُرد: خطی با رنگ ویژهٔ CutContour در PDF که هرگز چاپ نمی‌شود
page-cut-inset = برش داخل لبه
page-corner-radius = شعاع گوشه‌ها
unit-mm = میلی‌متر
unit-px = پیکسل
field-in-cmyk = { $field } به CMYK
field-cmyk-tip = جوهرهای چاپ به درصد: فیروزه‌ای/سرخابی/زرد/سیاه ({ $condition }). مقدار جوهرها را بنویسید تا در فایل‌های CMYK دقیقاً همان‌ها چاپ شوند.
layers-empty = هنوز چیزی در این صفحه نیست. با «افزودن» متن، شکل یا عکس بگذارید.
layers-shown-tip = پیدا: برای پنهان کردن کلیک کنید
layers-hidden-tip = پنهان: برای نمایش کلیک کنید
layers-locked-tip = قفل است تا اشتباهی جابه‌جا نشود: برای باز کردن قفل کلیک کنید
layers-unlocked-tip = برای قفل کردن در جای خود کلیک کنید
layers-row-tip = برای انتخاب کلیک کنید؛ برای تغییر ترتیب بالا یا پایین بکشید
canvas-hint = برای تغییر، روی چیزی در صفحه کلیک کنید · برای نوشتن روی متن دوبار کلیک کنید · عکس را روی قاب رها کنید
canvas-photo-frame = کلیک کنید یا عکسی رها کنید
canvas-cannot-show =
    این صفحه نمایش داده نمی‌شود:
    { $reason }

## پنل ویژگی‌ها

props-selection = انتخاب
props-many-selected = { $count } عنصر انتخاب شده است. برای تراز کردن یا توزیع از «چیدمان» استفاده کنید.
props-kind-text = کادر متن
props-kind-photo = عکس
props-kind-shape = شکل
props-kind-graphic = گرافیک
props-kind-qr = کد QR
props-kind-group = گروه
props-fit = جاگیری
props-fit-cover = پر کردن کادر (با برش)
props-fit-contain = نمایش همه
props-fit-stretch = کشیدن
props-replace-photo = عوض کردن عکس…
props-crop = برش
props-crop-left = چپ
props-crop-top = بالا
props-crop-width = پهنا
props-crop-height = بلندی
props-brightness = روشنایی
props-contrast = تضاد
props-effect = جلوه
props-effect-none = هیچ (خود عکس)
props-effect-grayscale = سیاه‌وسفید
props-effect-duotone = دورنگ
props-effect-threshold = آستانه (استنسیل)
props-effect-posterize = پوستری
props-effect-halftone = نقطه‌های هافتون
props-shadows = سایه‌ها
props-highlights = روشنی‌ها
props-level = سطح
props-steps = پله‌ها
props-dot-spacing = فاصلهٔ نقطه‌ها
props-angle = زاویه
props-ink = جوهر
props-paper-colour = رنگ کاغذ (وگرنه شفاف)
props-paper = کاغذ
props-hide-faces = پوشاندن چهره‌ها
props-faces-done = پایان علامت‌گذاری چهره‌ها
props-faces-block = پوشاندن چهره‌ها…
props-faces-remove-last = برداشتن آخرین پوشش
props-faces-hint = روی هر چهره در عکس بکشید. در هر خروجی، مربع‌های یکدست چهره‌ها را می‌پوشانند؛ عکس اصلی فقط در خود طرح می‌ماند.
props-name = نام
props-x = X
props-y = Y
props-w = پهنا
props-h = بلندی
props-rotation = چرخش
props-opacity = ماتی
props-text = متن
props-font = قلم
props-weight = ضخامت
props-weight-regular = معمولی
props-weight-bold = درشت
props-weight-black = خیلی درشت
props-italic = ایتالیک
props-capitals = حروف بزرگ
props-fit-to-box = جا دادن در کادر
props-size = اندازه
props-align-left = چپ
props-align-centre = وسط
props-align-right = راست
props-align-justify = هم‌تراز
props-line-height = فاصلهٔ سطرها
props-line = شکل خط
props-line-straight = صاف
props-line-arc-top = کمان بالا
props-line-arc-bottom = کمان پایین
props-line-wave = موج
props-line-radius = اندازهٔ دایره (شعاع)
props-line-wave-height = ارتفاع موج
props-line-wave-length = طول موج
props-line-hint = متن خمیده یک خط است؛ کلمه‌هایش را در بخش «متن» بالا عوض کنید.
props-spacing = فاصلهٔ حرف‌ها
props-colour = رنگ
props-outline = دورخط
props-outline-colour = رنگ دورخط
props-outline-width = ضخامت دورخط
props-shadow = سایه
props-shadow-colour = رنگ سایه
props-band = نوار پشت سطرها
props-band-colour = رنگ نوار
props-band-padding = حاشیهٔ نوار
props-fill = رنگ داخل
props-fill-colour = رنگ داخل
props-corner-radius = شعاع گوشه‌ها
props-sides = تعداد ضلع‌ها
props-points = تعداد پرها
props-line-style = خط
props-line-solid = پیوسته
props-line-dashed = خط‌چین
props-line-dotted = نقطه‌چین
props-line-round = سرهای گرد
props-qr-link = پیوند یا متن
props-qr-low = کم (۷٪)
props-qr-medium = متوسط (۱۵٪)
props-qr-quartile = زیاد (۲۵٪)
props-qr-high = بیشترین (۳۰٪، در برابر فرسودگی دوام می‌آورد)
props-qr-correction = تصحیح خطا
props-qr-colour = رنگ کد
props-qr-hint = کد را تیره روی زمینهٔ روشن نگه دارید و پیش از چاپ با گوشی امتحانش کنید.
props-drawing-colours = رنگ‌های گرافیک
props-drawing-colour-only = رنگ
props-drawing-colour = رنگ { $number }
props-drawing-many-colours = این گرافیک { $count } رنگ دارد؛ { $shown } رنگ اول را اینجا می‌شود عوض کرد.
props-drawing-own-colours = برگشت به رنگ‌های خودش
props-frame = شکل
props-frame-box = مستطیل
props-frame-circle = دایره
props-frame-rounded = گوشه‌گرد
props-frame-hexagon = شش‌ضلعی
props-frame-star = ستاره
props-frame-heart = قلب
props-frame-move = جابه‌جا کردن عکس در قاب
props-frame-done = تمام
props-frame-move-hint = برای سُر دادن عکس روی صفحه بکشید؛ دوبار کلیک روی عکس هم همین کار را می‌کند.
props-frame-zoom = بزرگ‌نمایی در قاب

## پوشش چهره‌ها

props-face-blocks = { $count } پوشش چهره: پیکسل‌های زیر آن‌ها هرگز از طرح بیرون نمی‌روند.

## چاپ و دریافت فایل

export-purpose-home = چاپ در خانه یا محل کار
export-purpose-shop = فرستادن به چاپخانه
export-purpose-online = گذاشتن در اینترنت
export-purpose-stickers = برچسب برش‌خورده
export-purpose-other = فایل‌های دیگر
export-explain-home = یک PDF دقیقاً به اندازهٔ صفحه، با رنگ‌های صفحه‌نمایش، برای چاپگر خودتان. آن را با ۱۰۰٪ («اندازهٔ واقعی») چاپ کنید.
export-explain-shop = یک PDF آمادهٔ چاپ با جوهرهای چاپی، از هر طرف ۳ میلی‌متر بزرگ‌تر (حاشیهٔ اضافه) و با نشانه‌هایی که جای برش را نشان می‌دهند. چاپخانه‌ها آن را همان‌طور که هست می‌پذیرند.
export-explain-online = تصویری برای شبکه‌های اجتماعی، پیام‌رسان‌ها و وب‌سایت‌ها.
export-explain-stickers = یک PDF آمادهٔ چاپ که خط برش در آن رنگ جداگانه‌ای است که دستگاه برش دنبال می‌کند، بدون نشانهٔ برش.
export-explain-other = SVG برای برنامه‌های طراحی دیگر، PNG با هر وضوحی.
export-suffix-home = چاپ در خانه
export-suffix-home-a4 = چاپ در خانه روی A4
export-suffix-home-letter = چاپ در خانه روی Letter
export-suffix-shop = چاپخانه
export-suffix-online = اینترنت
export-suffix-stickers = برچسب
export-online-1080 = ۱۰۸۰ پیکسل: پست شبکه‌های اجتماعی
export-online-1600 = ۱۶۰۰ پیکسل: وب‌سایت
export-online-2400 = ۲۴۰۰ پیکسل: واضح روی هر صفحه‌نمایش
export-what-for = فایل برای چیست؟
export-too-big-for-home = این صفحه از کاغذ چاپگر خانگی بزرگ‌تر است. آن را تکه‌تکه چاپ کنید و با چسب به هم وصل کنید:
export-one-big-page = یک صفحهٔ بزرگ
export-on-a4 = روی برگه‌های A4
export-on-letter = روی برگه‌های Letter
export-shop-options = گزینه‌های چاپخانه
export-bleed = حاشیهٔ اضافه (۳ میلی‌متر بیرون از لبه‌ها)
export-marks = نشانه‌های برش
export-cmyk = جوهرهای چاپ (CMYK)
export-cmyk-tip = رنگ‌ها و عکس‌ها به جوهرهای چاپ تبدیل می‌شوند (متن سیاه فقط با جوهر سیاه، سطح‌های بزرگ سیاه با سیاه غنی، حداکثر ۳۰۰٪ جوهر). خاموش: رنگ‌های صفحه‌نمایش (RGB).
export-paper = کاغذ
export-condition-fogra39 = کاغذ گلاسه، اروپا (FOGRA39)
export-condition-gracol = کاغذ گلاسه، آمریکای شمالی (GRACoL)
export-pdfx = PDF/X-4 (استاندارد چاپ)
export-png-sharp = PNG (واضح)
export-jpeg-small = JPEG (کم‌حجم‌تر، برای عکس)
export-pixels = { $width } × { $height } پیکسل
export-check-found = بررسی چاپ { $errors } مشکل و { $warnings } هشدار پیدا کرد.
export-show = نمایش
export-save-file = ذخیرهٔ فایل…
export-large-heading = تصویری بسیار بزرگ
export-large-text = این PNG { $size } خواهد بود. زمان زیادی می‌برد و جای زیادی روی دیسک می‌گیرد؛ چاپخانه‌ها به‌ندرت در اندازهٔ چاپی به بیش از ۳۰۰ نقطه در اینچ نیاز دارند.
export-large-size = { $picture } با { $dpi } نقطه در اینچ
export-anyway = با این حال بساز
export-png-image = تصویر PNG
export-jpeg-image = تصویر JPEG
export-svg = SVG
export-resolution = وضوح
unit-dpi = dpi
export-include-bleed = همراه با حاشیهٔ اضافه
export-transparent = زمینهٔ شفاف
export-solid-edges = لبه‌های یکدست برای چاپ تی‌شرت
export-solid-edges-tip = پیکسل‌های نیمه‌شفاف را حذف می‌کند: لایهٔ زیرین سفید چاپگر DTG از میان آن‌ها پیدا می‌شد
export-page-shown = صفحه‌ای که اکنون نمایش داده می‌شود.

## صفحهٔ آغاز، راهنمای آغاز و پرسش‌های ویرایشگر

start-heading = پوستر، پلاکارد، برچسب یا تصویری برای شبکه‌های اجتماعی بسازید
start-subheading = یک قالب انتخاب کنید، شعارتان را بنویسید، عکسی اضافه کنید و برای چاپ خروجی بگیرید.
start-open = باز کردن طرح…
start-your-templates = قالب‌های شما
start-kind-poster = پوسترها
start-kind-placard = پلاکاردها
start-kind-sticker = برچسب‌ها
start-kind-t-shirt = تی‌شرت‌ها
start-kind-social = تصویرهای شبکه‌های اجتماعی
start-kind-leaflet = برگه‌های تبلیغاتی
start-kind-other = دیگر
start-blank = صفحهٔ خالی
start-custom-size = اندازهٔ دلخواه
unit-in = اینچ
paper-letter = Letter (آمریکایی)
paper-tabloid = تبلوید ۱۱×۱۷ اینچ
paper-inches = { $width }×{ $height } اینچ
start-create-blank = ساختن صفحهٔ خالی
tour-title = آغاز کار · { $card } از { $cards }
tour-words-title = نوشته‌ها را عوض کنید
tour-words = روی هر متنی در صفحه دوبار کلیک کنید و نوشتهٔ خودتان را بنویسید. با یک کلیک انتخاب می‌شود: نوار بالای صفحه قلم، اندازه و رنگش را عوض می‌کند.
tour-photo-title = عکستان را اضافه کنید
tour-photo = روی یک قاب عکس خاکستری کلیک کنید و عکسی انتخاب کنید، یا عکسی را از فایل‌هایتان رویش رها کنید. عکس قاب را پر می‌کند؛ برای تغییر قاب، دستگیره‌های عکس را بکشید.
tour-more-title = چیزهای بیشتری اضافه کنید
tour-more =
    { $side ->
        [right] دکمه‌های سمت راست متن، عکس، شکل و شعار اضافه می‌کنند و رنگ‌های کارزارتان را عوض می‌کنند. برای گزینه‌های بیشتر روی هر چیزی راست‌کلیک کنید؛ F1 کلیدها را نشان می‌دهد.
       *[left] دکمه‌های سمت چپ متن، عکس، شکل و شعار اضافه می‌کنند و رنگ‌های کارزارتان را عوض می‌کنند. برای گزینه‌های بیشتر روی هر چیزی راست‌کلیک کنید؛ F1 کلیدها را نشان می‌دهد.
    }
tour-print-title = چاپش کنید یا منتشرش کنید
tour-print =
    { $side ->
        [left] وقتی درست به نظر رسید، بالا سمت چپ روی «چاپ و دریافت فایل» کلیک کنید و بگویید فایل برای چیست: چاپ در خانه، چاپخانه، گذاشتن در اینترنت یا برچسب.
       *[right] وقتی درست به نظر رسید، بالا سمت راست روی «چاپ و دریافت فایل» کلیک کنید و بگویید فایل برای چیست: چاپ در خانه، چاپخانه، گذاشتن در اینترنت یا برچسب.
    }
tour-skip = رد کردن راهنما
tour-done = تمام
tour-next = بعدی
tour-back = قبلی
unsaved-heading = تغییرها ذخیره شود؟
unsaved-text = این طرح تغییرهایی دارد که هنوز ذخیره نشده‌اند.
unsaved-save = ذخیره
unsaved-discard = ذخیره نکن
restore-heading = کار ذخیره‌نشده بازیابی شود؟
restore-text = Placard بدون ذخیرهٔ «{ $name }» بسته شد. آخرین حالتی که خودکار ذخیره شده بود را می‌توان بازیابی کرد.
restore-restore = بازیابی
restore-discard = دور انداختن
toast-show-in-folder = نمایش در پوشه
toast-dismiss = بستن
shortcuts-title = میان‌برهای صفحه‌کلید

## برگهٔ میان‌برها

shortcuts-or = { $first }  یا  { $second }
shortcuts-hint = برای نوشتن در متنی از صفحه، رویش دوبار کلیک کنید. Ctrl+چرخ بزرگ‌نمایی می‌کند؛ چرخ یا دکمهٔ وسط صفحه را جابه‌جا می‌کند. برای کارهایی که با انتخاب می‌شود کرد، راست‌کلیک کنید.

## انتخاب رنگ، عنصرهای تازه و پیام‌های کوتاه

colour-white = سفید
colour-black = سیاه
colour-grey = خاکستری
colour-red = قرمز
colour-orange = نارنجی
colour-yellow = زرد
colour-green = سبز
colour-blue = آبی
colour-purple = بنفش
colour-pink = صورتی
colour-shade = غلظت و روشنایی
colour-hue = فام
colour-hex = کد هگز
colour-hex-tip = یک کد رنگ مانند ‎#FFD400، همان‌طور که راهنمای هویت بصری می‌دهد.
colour-design = رنگ‌های این طرح
colour-design-one = رنگ طرح
colour-recent = اخیر
colour-recent-one = رنگ اخیر
colour-pick = برداشتن از صفحه
colour-pick-tip = بعد هر جای صفحه کلیک کنید تا رنگ آنجا برداشته شود. برای لغو Esc را بزنید.
colour-basics = رنگ‌های پایه
colour-button-tip = { $name }: { $hex } — برای انتخاب کلیک کنید
new-text-name = متن
new-qr-name = کد QR
new-rectangle-name = مستطیل
new-ellipse-name = بیضی
new-line-name = خط
new-polygon-name = چندضلعی
new-star-name = ستاره
new-bubble-name = حباب گفتگو
new-burst-name = ستارهٔ انفجاری
new-ribbon-name = روبان
new-arrow-block-name = پیکان پهن
new-quote-name = نقل‌قول
new-slogan-name = شعار
new-text-slogan = شعار شما
new-text-subheading = یک سطر زیر آن
new-text-small = کی و کجا: شنبه، ساعت ۱۲، میدان شهر
new-text-hashtag = #کارزار_شما
toast-exported = ساخته شد: { $file }
toast-brand-saved = هویت بصری ذخیره شد
toast-template-saved = با نام قالب «{ $name }» ذخیره شد
template-save-title = ذخیره به‌عنوان قالب
template-name = نام قالب
template-save = ذخیرهٔ قالب
clipboard-unreadable = کلیپ‌بورد خوانده نمی‌شود: { $reason }
clipboard-text-too-long = متن رونوشت‌شده { $count } نویسه دارد، بیش از { $most } نویسه‌ای که یک کادر متن جا می‌دهد؛ بخش کوتاه‌تری را رونوشت کنید.
pasted-picture = تصویر چسبانده‌شده
pasted-picture-unusable = تصویر چسبانده‌شده قابل استفاده نیست: { $reason }
no-such-template = قالبی با نام «{ $id }» نیست
filter-design = طرح Placard
filter-images = تصویرها
filter-zip = فایل zip

## پنجره‌های شعارها، هویت بصری، بستهٔ کارزار و ساخت نسخه‌ها

slogans-search = جست‌وجو
slogans-search-hint = اعتصاب، صلح، آسانژ…
slogans-click-use = کلیک کنید تا متن تازه‌ای اضافه شود؛ «استفاده» نوشته را در متن انتخاب‌شده می‌گذارد.
slogans-click-add = کلیک کنید تا با قالب‌بندی به صفحه اضافه شود.
slogans-nothing = چیزی پیدا نشد. شعارهای خودتان را پایین اضافه کنید.
slogans-add-tip = افزودن به صفحه
slogans-use = استفاده
slogans-forget = فراموش کن
slogans-forget-tip = برداشتن از شعارهای شما
slogans-title = شعارها و نقل‌قول‌ها
slogans-your-own = مال خودتان
slogans-text = شعار یا نقل‌قول
slogans-said-by = گوینده (برای نقل‌قول)
slogans-add-mine = افزودن به شعارهای من
brand-title = هویت بصری
brand-intro = رنگ‌ها، قلم‌ها و نشان کارزار شما، یک بار برای همهٔ طرح‌ها ذخیره می‌شود.
brand-campaign = کارزار
brand-colours = رنگ‌ها
brand-background = زمینه
brand-text = متن
brand-accent = رنگ تأکید
brand-text-on-accent = متن روی رنگ تأکید
brand-start-from = شروع از
brand-start-from-named = شروع از { $palette }
brand-fonts = قلم‌ها
brand-headlines = تیترها
brand-everything-else = بقیهٔ متن‌ها
brand-logo = نشان
brand-no-logo = ندارد
brand-choose-logo = انتخاب نشان…
brand-remove = برداشتن
brand-save = ذخیرهٔ هویت بصری
brand-apply = اعمال روی این طرح
brand-apply-disabled = اول هویت بصری را ذخیره کنید و طرحی را باز کنید
palette-heading = رنگ‌ها
palette-text-on-background = متن روی زمینه
palette-reads-well = خوب خوانده می‌شود
palette-large-only = فقط متن درشت
palette-hard = سخت خوانده می‌شود
palette-check = { $pair }: { $ratio } به ۱، { $verdict }
kit-title = بستهٔ کارزار
kit-editing = در حال ویرایش { $format } روی بوم.
kit-back = بازگشت به طرح
kit-not-every-change = همهٔ تغییرهای شما در همهٔ قالب‌ها جا نمی‌شود:
kit-export-zip = ساختن بسته به صورت zip…
kit-export-folder = ساختن بسته در یک پوشه…
kit-on-canvas = روی بوم
kit-edit = ویرایش
kit-edit-tip = ویرایش { $format } روی بوم
merge-title = ساخت نسخه‌ها از جدول
merge-intro = برای هر ردیف یک نسخه از این طرح. جدولی را از یک صفحه‌گسترده بچسبانید: سطر اول نام جای‌ها را می‌گوید ({ $slots }).
merge-no-slots = این طرح جایی ندارد: در پنل ویژگی‌ها برای جای عنصرها نام بگذارید
merge-table = جدول
merge-the-table = جدول
merge-no-column = هیچ ستونی نام جایی از این طرح را ندارد.
merge-left-out = کنار گذاشته شد (چنین جایی نیست): { $columns }
merge-previous = ردیف قبلی
merge-next = ردیف بعدی
merge-row-of = ردیف { $row } از { $rows }
merge-pictures-from = تصویرهایی که جدول نام می‌برد از { $folder } خوانده می‌شوند
merge-pictures-folder = پوشهٔ تصویرها…
merge-pictures-tip = Placard تصویرهای جدول را فقط از این پوشه می‌خواند
merge-export = ساختن { $rows } نسخه در یک PDF…

## پنجرهٔ بستهٔ کارزار

kit-intro = طرح شما در همهٔ قالب‌ها، هر کدام از قالب خودش با نوشته‌ها، عکس و رنگ‌های شما. هر کدام را خواستید روی بوم ویرایش کنید و بعد همه را با هم بسازید: PDF آمادهٔ چاپ، PNG برای انتشار، و طرح هر قالب.

## مرورگر فایل

place-home = پوشهٔ خانه
place-documents = اسناد
place-pictures = تصویرها
place-desktop = میز کار
place-downloads = دریافت‌ها
browser-open-design = باز کردن طرح
browser-save-design = ذخیرهٔ طرح
browser-choose-image = انتخاب عکس یا گرافیک
browser-where-to-save = فایل کجا ذخیره شود
browser-choose-folder = انتخاب پوشه
browser-up = بالا
browser-up-tip = پوشه‌ای که این پوشه در آن است
browser-folder = پوشه
browser-folder-hint = نام پوشه را بنویسید و Enter بزنید
browser-no-folders = اینجا پوشه‌ای نیست.
browser-nothing-fits = اینجا چیز مناسبی نیست: نه پوشه‌ای هست و نه فایلی از نوع درست.
browser-more = … و { $count } مورد دیگر؛ برای انتخاب یکی از آن‌ها نامش را پایین بنویسید
browser-file-name = نام فایل
browser-already-there = «{ $name }» از قبل اینجا هست. برای گذاشتن فایل تازه به جای آن «جایگزین کن» را بزنید.
browser-replace = جایگزین کن
browser-choose-this-folder = انتخاب همین پوشه
browser-open = باز کردن
browser-save = ذخیره
browser-no-such-folder = چنین پوشه‌ای نیست
browser-no-such-file = چنین فایلی این‌جا نیست
browser-may-not-open = این پوشه اجازهٔ باز شدن نمی‌دهد
browser-not-a-folder = این یک فایل است، نه پوشه
browser-cannot-read = خوانده نمی‌شود ({ $reason })

## خط فرمان: راهنمای آن

cli-about = پلاکارد: برای کارزارهایتان پوستر، پلاکارد، برچسب و تصویر شبکه‌های اجتماعی طراحی کنید و فایل‌هایی بگیرید که چاپخانه همان‌طور که هستند قبول می‌کند.
cli-about-templates = قالب‌های همراه برنامه را با اندازه، صفحه‌ها و جای‌هایشان فهرست می‌کند.
cli-about-new = طرح تازه‌ای را از یک قالب شروع می‌کند و جای‌هایش را پر می‌کند.
cli-about-check = طرح را پیش از چاپ بررسی می‌کند: عکس‌های تار، نوشته در حاشیه‌ها، طرح‌هایی که درست در لبهٔ برش تمام می‌شوند، خط‌های خیلی نازک، نوشتهٔ خیلی ریز یا سخت‌خوان، حروفی که نیستند. اگر چیزی درست چاپ نشود با وضعیت ۱ تمام می‌شود.
cli-about-kit = از یک طرح بستهٔ کارزار می‌سازد: پوسترهای A3 و A2، یک پلاکارد، یک برچسب و یک برگه به‌صورت PDF آمادهٔ چاپ، یک عکس نمایه و یک تصویر اشتراک‌گذاری به‌صورت PNG، هر کدام با فایل .placard قابل ویرایشش در کنارش، در یک پوشه یا یک فایل zip.
cli-about-merge = برای هر ردیف یک جدول، یک نسخه از طرح می‌سازد: فایل CSV که نام ستون‌هایش جای‌های طرح است (نوشته، پیوندی برای کد QR یا فایل تصویر). یک PDF با همهٔ نسخه‌ها می‌نویسد، یا پوشه‌ای با یک PDF برای هر ردیف.
cli-about-render = طرح را به PDF، PNG، JPEG یا SVG تبدیل می‌کند (بسته به پسوند نام خروجی).
cli-about-thumbnail = صفحهٔ اول یک طرح را به شکل یک تصویر کوچک PNG می‌کشد، همان‌طور که مدیر فایل‌ها فایل‌های .placard را نشان می‌دهند.
cli-about-help = راهنمای پلاکارد یا یکی از فرمان‌هایش را نشان می‌دهد.
cli-heading-usage = شیوهٔ استفاده:
cli-heading-commands = فرمان‌ها
cli-heading-arguments = ورودی‌ها
cli-heading-options = گزینه‌ها
cli-value-options = گزینه‌ها
cli-value-command = فرمان
cli-value-file = فایل
cli-value-design = طرح
cli-value-template = قالب
cli-value-output = خروجی
cli-value-slot = جا=مقدار
cli-value-metres = متر
cli-value-table = جدول
cli-value-column = ستون
cli-value-folder = پوشه
cli-value-preset = پیش‌تنظیم
cli-value-dpi = تفکیک
cli-value-page = صفحه
cli-value-condition = شرایط-چاپ
cli-value-percent = درصد
cli-value-sheet = کاغذ
cli-value-mm = میلی‌متر
cli-value-name = نام
cli-value-alpha = شفافیت
cli-value-pixels = پیکسل
cli-arg-help = همین راهنما را نشان می‌دهد.
cli-arg-help-command = فرمانی که توضیحش را می‌خواهید.
cli-arg-version = نسخهٔ پلاکارد را نشان می‌دهد.
cli-arg-editor-file = فایل .placard برای باز کردن در ویرایشگر.
cli-arg-templates-json = به جای جدول، JSON می‌نویسد.
cli-arg-new-template = شناسهٔ قالب (ببینید: «placard templates»).
cli-arg-new-output = جایی که فایل .placard تازه ذخیره می‌شود.
cli-arg-new-set = یک جا را پر می‌کند: جا=نوشته برای واژه‌ها، جا=@فایل برای عکس یا SVG.
cli-arg-check-input = فایل .placard.
cli-arg-check-json = یافته‌ها را به‌صورت JSON می‌نویسد.
cli-arg-check-inks = شمار جوهرهایی را هم که هر صفحه در چاپ سیلک لازم دارد می‌شمارد (۱ تا ۴ رنگ اختصاصی).
cli-arg-check-distance = این را هم می‌گوید که هر صفحه از این چند متر چطور خوانده می‌شود (بلندی حروف، واژه‌ها، تضاد): برای پلاکاردها و پوسترها.
cli-arg-bundled-fonts-only = فقط قلم‌هایی را به کار می‌برد که همراه پلاکارد آمده‌اند، نه قلم‌های نصب‌شده را.
cli-arg-kit-design = طرح .placard (جای‌هایش — تیتر، عکس، پیوند… — همهٔ قالب‌ها را پر می‌کنند).
cli-arg-kit-output = یک پوشه، یا فایلی که با .zip تمام می‌شود.
cli-arg-merge-design = طرح .placard با جای‌های نام‌دار.
cli-arg-merge-csv = جدول (جداشده با ویرگول، نقطه‌ویرگول یا تب؛ سطر اولش نام جای‌هاست).
cli-arg-merge-output = out.pdf برای یک فایل، یا out/ برای یک فایل به ازای هر ردیف.
cli-arg-merge-name-column = ستونی که نام هر فایل در پوشه را می‌دهد (اگر گفته نشود، ستون اول).
cli-arg-merge-pictures = پوشه‌ای که فایل‌های تصویر جدول در آن است؛ هیچ فایلی بیرون از آن خوانده نمی‌شود (اگر گفته نشود، پوشهٔ جدول).
cli-arg-merge-preset = یک پیش‌تنظیم چاپ، مانند «render»: print-shop یا web-printer.
cli-arg-bleed = حاشیهٔ اضافهٔ برش را هم می‌آورد.
cli-arg-marks = نشانه‌های برش می‌گذارد (PDF).
cli-arg-render-input = فایل .placard.
cli-arg-render-output = فایلی که ساخته می‌شود: .pdf، .png، .jpg یا .svg.
cli-arg-thumbnail-output = تصویر PNG که نوشته می‌شود.
cli-arg-thumbnail-size = ضلع بلندتر تصویر چند پیکسل باشد (از { $least } تا { $most }).
cli-arg-render-dpi = تفکیک فایل‌های PNG و JPEG، به نقطه در اینچ (اگر گفته نشود، تفکیک خود طرح — ۷۲ برای تصویرهای شبکه‌های اجتماعی — وگرنه ۳۰۰).
cli-arg-render-page = صفحه‌ای که خروجی گرفته می‌شود، با شمارش از ۱. اگر گفته نشود PNG و JPEG و SVG صفحهٔ ۱ را می‌گیرند و PDF همهٔ صفحه‌ها را.
cli-arg-render-pdfx = PDF/X-4 می‌نویسد (هدف خروجی، نمایهٔ رنگ جاسازی‌شده، کلیدهای ترپینگ و نسخه).
cli-arg-render-preset = یک پیش‌تنظیم چاپ: print-shop یک PDF/X-4 با رنگ CMYK، حاشیهٔ اضافه و نشانه‌های برش است؛ web-printer همان بدون نشانه‌ها (چاپخانه‌های اینترنتی نشانه‌های خودشان را می‌گذارند).
cli-arg-render-cmyk = با CMYK چاپ می‌کند (PDF): رنگ‌ها و عکس‌ها به جوهرهای شرایط چاپ تبدیل می‌شوند، نوشتهٔ سیاه فقط با جوهر سیاه، سطح‌های بزرگ سیاه با سیاه غنی.
cli-arg-render-rgb = رنگ‌ها را در sRGB نگه می‌دارد (PDF)، حتی با پیش‌تنظیم.
cli-arg-render-print-condition = شرایط چاپی که CMYK برایش ساخته می‌شود: fogra39 (کاغذ گلاسه، اروپا) یا gracol (کاغذ گلاسه، آمریکای شمالی). اگر گفته نشود، شرایط خود طرح، وگرنه fogra39.
cli-arg-render-ink-limit = بیشترین جمع چهار جوهر در CMYK، به درصد (از ۲۰۰ تا { $limit }؛ اگر گفته نشود { $limit }).
cli-arg-render-tile = صفحه را (--page، وگرنه صفحهٔ اول) به اندازهٔ واقعی روی کاغذهای چاپگر خانگی چاپ می‌کند، a4 یا letter (PDF): نقشهٔ کنار هم گذاشتن و یک کاغذ برای هر تکه، با نشانه‌های برش، راهنمای چسباندن و برچسب.
cli-arg-render-overlap = اندازهٔ هم‌پوشانی تکه‌ها برای چسباندن، به میلی‌متر (اگر گفته نشود { $overlap }).
cli-arg-render-cut-name = نام رنگ اختصاصی خط برش برچسب (PDF)، همان‌طور که دستگاه برش انتظار دارد: CutContour (اگر گفته نشود)، CutContourFlex یا Thru-cut.
cli-arg-render-transparent = زمینهٔ شفاف (PNG، SVG).
cli-arg-render-allow-large = فایل PNG را حتی اگر بیش از ۱ گیگابایت جا بگیرد می‌سازد.
cli-arg-render-solid-alpha = همراه با --transparent: پیکسل‌هایی که کدری‌شان کمتر از این عدد است (۰ تا ۲۵۵) شفاف می‌شوند و بقیه کدر، برای چاپ مستقیم روی پارچه.
cli-arg-render-font-dir = قلم‌ها را به جای پوشه‌های سیستم در این پوشه می‌جوید (چند بار می‌شود آورد).

## خط فرمان: آنچه فرمان‌هایش می‌گویند

cli-cannot-write = خروجی نوشته نشد: { $reason }
cli-editor-failed = پنجرهٔ ویرایشگر باز نشد: { $reason }
cli-editor-failed-hint = خط فرمان همچنان کار می‌کند؛ ببینید: «placard --help»
cli-no-editor = این نسخه از پلاکارد پنجرهٔ ویرایشگر ندارد؛ ببینید: «placard --help»
cli-slot-text = نوشته
cli-slot-image = تصویر
cli-slot-link = پیوند
cli-size-px = { $width } × { $height } پیکسل
cli-size-mm = { $width } × { $height } میلی‌متر
cli-template-details =
    { $size } · { $pages ->
        [one] یک صفحه
       *[other] { $pages } صفحه
    } · جای‌ها: { $slots }
cli-inks =
    صفحهٔ { $page }: { $count ->
        [one] یک جوهر
       *[other] { $count } جوهر
    } برای چاپ سیلک: { $inks }
cli-inks-photos = عکس‌ها یا گرافیک‌ها چاپ چهاررنگ یا چاپ دیجیتال لازم دارند
cli-inks-blends = رنگ‌های گرادیان یا نیمه‌شفاف ترام لازم دارند
cli-inks-too-many = بیشتر چاپخانه‌های سیلک تا ۴ جوهر چاپ می‌کنند
cli-inks-separator = ؛{" "}
cli-unknown-template = قالب «{ $template }» وجود ندارد؛ قالب‌های موجود: { $available }
cli-template-damaged = قالب همراه برنامه «{ $template }» آسیب دیده است
cli-set-form = --set «{ $assignment }»: آن را به شکل جا=نوشته یا جا=@فایل_تصویر بنویسید
cli-slot-takes-image = جای «{ $slot }» تصویر می‌گیرد: بنویسید --set { $slot }=@path/to/photo.jpg
cli-in-template = قالب «{ $template }»: { $reason }
cli-output-kind = { $file }: خروجی‌ای انتخاب کنید که با .pdf، .png، .jpg یا .svg تمام شود
cli-dpi-range = --dpi { $dpi }: تفکیکی میان ۱ و ۴۸۰۰ انتخاب کنید
cli-thumbnail-size = { $size } پیکسل: اندازه‌ای از { $least } تا { $most } انتخاب کنید
cli-no-such-page =
    { $file }: صفحهٔ { $page } وجود ندارد؛ سند { $count ->
        [one] یک صفحه
       *[other] { $count } صفحه
    } دارد
cli-overlap-range = --overlap { $overlap }: عددی میان ۰ و ۵۰ میلی‌متر انتخاب کنید
cli-png-large = { $file }: { $picture } با { $dpi } نقطه در اینچ؛ --dpi را کمتر کنید، یا برای ساختنش با همین اندازه --allow-large را اضافه کنید
cli-ink-limit-range = --ink-limit { $limit }: عددی میان ۲۰۰ و { $most } درصد انتخاب کنید
png-estimate = { $width } × { $height } پیکسل، فایلی تا { $size } گیگابایت
cli-kit-progress = { $done } از { $total } قالب ساخته شد
cli-note = یادداشت
cli-kit-written =
    { $folder }: { $count ->
        [one] یک فایل
       *[other] { $count } فایل
    } ({ $files })
cli-no-such-column = { $file }: ستونی به نام «{ $column }» نیست؛ ستون‌ها: { $columns }
cli-no-slot-columns = { $file }: هیچ ستونی نام یکی از جای‌های { $design } نیست؛ جای‌های آن: { $slots }
cli-column-left-out = ستون «{ $column }» نام هیچ جایی نیست و کنار گذاشته شد
cli-merge-progress = { $done } از { $total } ردیف ادغام شد
cli-merge-written =
    { $count ->
        [one] یک فایل در { $folder }
       *[other] { $count } فایل در { $folder }
    }
cli-merge-output = { $file }: ادغام یک PDF (out.pdf) یا پوشه‌ای از آن‌ها (out/) می‌نویسد

## فایل‌هایی که خوانده یا نوشته نمی‌شوند

file-reason = { $file }: { $reason }
size-mb = { $size } مگابایت
size-kb = { $size } کیلوبایت
file-too-large = از { $limit } که پلاکارد می‌پذیرد بزرگ‌تر است
file-larger-than = اندازه‌اش { $size } است، بیشتر از { $limit } که پلاکارد می‌پذیرد
file-is-folder = این یک پوشه است، نه فایل
file-not-ordinary = فایل معمولی نیست (دستگاه یا لوله است)؛ پلاکارد فقط فایل می‌خواند
file-is-input = این یکی از فایل‌هایی است که کار از آن ساخته می‌شود؛ نام دیگری انتخاب کنید تا جایگزین نشود
file-no-name = این مسیر به هیچ فایلی اشاره نمی‌کند
io-not-found = چنین فایل یا پوشه‌ای وجود ندارد
io-permission-denied = اجازهٔ خواندن یا تغییر آن را ندارید
io-already-exists = از قبل وجود دارد
io-disk-full = دیسک پر است
io-read-only = دیسک فقط خواندنی است و نمی‌شود رویش نوشت
io-not-a-folder = بخشی از مسیر پوشه نیست
io-quota = سهمیهٔ فضای دیسک شما تمام شده است
io-file-too-large = فایل برای این دیسک خیلی بزرگ است
io-bad-name = این نام را اینجا نمی‌شود برای فایل به کار برد
file-not-placard = { $file }: فایل پلاکارد نیست ({ $reason })
file-damaged = { $file }: document.json آسیب دیده است: { $reason }
file-newer = { $file }: با نسخهٔ تازه‌تری از پلاکارد ساخته شده (قالب فایل { $found }، این نسخه تا { $supported } را می‌خواند)؛ لطفاً پلاکارد را به‌روز کنید
file-missing-asset = { $file }: سند از «{ $asset }» استفاده می‌کند، ولی فایل آن را ندارد
file-not-zip = بایگانی zip خواندنی نیست: { $reason }
file-entries-twice = دو مورد از محتوای آن هم‌نام‌اند (document.json یا یک پرونده دو بار)
file-no-document = document.json ندارد
file-document-too-large = اندازهٔ document.json آن { $size } است، بیشتر از { $limit } که برای یک طرح خوانده می‌شود
file-document-unpack = document.json باز نمی‌شود: { $reason }
file-entry-damaged = مورد { $entry } آسیب دیده است: { $reason }
file-unsafe-entry = نام خطرناک «{ $name }»
file-assets-too-large = عکس‌ها و قلم‌هایش به شکل باورنکردنی بزرگ‌اند
file-asset-unpack = «{ $name }» باز نمی‌شود: { $reason }
file-asset-twice = «{ $name }» دو بار در آن هست
file-json = { $reason }
file-no-version = شمارهٔ format_version ندارد
file-no-pages = هیچ صفحه‌ای ندارد
reason-as-said = { $reason }
reason-zip-damaged = فایل آسیب دیده است یا از نوع دیگری است
reason-data-damaged = داده‌هایش آسیب دیده است
reason-zip-unsupported = به روشی فشرده شده که Placard نمی‌تواند بازش کند (رمزگذاری‌شده یا با فشرده‌سازی نامعمول)
reason-zip-password = با گذرواژه محافظت شده است
reason-cut-short = زودتر از موعد تمام می‌شود: بخشی از آن نیست
reason-text-broken = متن در سطر { $line }، ستون { $column } خراب است
reason-number-too-large = در سطر { $line }، ستون { $column } عددی بیرون از محدوده است (بسیار بزرگ)
reason-value-wrong = در سطر { $line }، ستون { $column } مقداری نیست یا از نوع درستی نیست
reason-unreadable = خوانده نمی‌شود
reason-not-utf8 = به صورت متن UTF-8 ذخیره نشده است

## آنچه یک طرح می‌تواند داشته باشد

limit-number = عدد { $number } را دارد که بسیار بیرون از هر صفحه‌ای است (عددها تا { $most } پذیرفته می‌شوند)
limit-pages = { $count } صفحه دارد؛ یک طرح حداکثر { $most } صفحه می‌تواند داشته باشد
limit-page-size = اندازهٔ { $page }، { $width } × { $height } میلی‌متر است؛ هر ضلع صفحه می‌تواند از { $least } میلی‌متر تا { $most } متر باشد
limit-bleed = حاشیهٔ اضافهٔ { $page }، { $bleed } میلی‌متر است؛ حاشیهٔ اضافه می‌تواند از ۰ تا { $most } میلی‌متر باشد
limit-gradient-stops = { $place }: یک گرادیان { $count } نقطهٔ رنگ دارد؛ حداکثر { $most } پذیرفته می‌شود
limit-group-depth = { $place }: گروه‌ها بیش از { $most } لایه تودرتو هستند
limit-elements = بیش از { $most } جزء دارد؛ یک طرح حداکثر { $most } جزء می‌تواند داشته باشد
limit-text-size = { $place }: اندازهٔ نوشتهٔ { $size } پوینت بیرون از بازهٔ ۰ تا { $most } پوینت است
limit-corners = { $place }: شکل { $count } گوشه دارد؛ شکل‌ها حداکثر { $most } گوشه می‌توانند داشته باشند
limit-face-blocks = { $place }: عکس { $count } پوشش چهره دارد؛ حداکثر { $most } پذیرفته می‌شود
limit-text-length = { $place }: نوشته { $count } نویسه دارد؛ هر نوشته حداکثر { $most } نویسه می‌تواند داشته باشد (آن را در چند کادر نوشته یا چند صفحه پخش کنید)
element-in-slot = جای «{ $slot }»
element-text = نوشتهٔ «{ $words }»
quoted = «{ $words }»

## خروجی‌ها، ادغام‌ها و بسته‌هایی که ساخته نمی‌شوند

export-no-such-page =
    صفحهٔ { $page } وجود ندارد؛ سند { $count ->
        [one] یک صفحه
       *[other] { $count } صفحه
    } دارد
export-png-too-large = { $width } × { $height } پیکسل برای PNG خیلی بزرگ است؛ تفکیک کمتری انتخاب کنید
export-jpeg-too-large = { $width } × { $height } پیکسل برای JPEG خیلی بزرگ است (پلاکارد JPEG را تا { $most } مگاپیکسل می‌سازد)؛ تفکیک کمتری انتخاب کنید، یا PNG
export-jpeg-too-wide = { $width } × { $height } پیکسل برای JPEG خیلی بزرگ است (هر ضلع حداکثر ۶۵۵۳۵)؛ تفکیک کمتری انتخاب کنید، یا PNG
export-cancelled = ساختن خروجی لغو شد
export-band-missing = نواری از صفحه کشیده نشد
pdf-font-unusable = قلم «{ $font }» را نمی‌شود در PDF جا داد
pdf-not-written = PDF نوشته نشد: { $reason }
svg-image-not-embedded = تصویری جاسازی نشد: { $reason }
cmyk-profile-unusable = نمایهٔ رنگ { $condition } قابل استفاده نیست: { $reason }
job-could-not-start = کار شروع نشد: { $reason }
preview-failed = پیش‌نمایش کشیده نمی‌شود
autosave-stopped = ذخیرهٔ خودکار ناگهان متوقف شد
autosave-failed = ذخیرهٔ خودکار انجام نشد: { $reason }
slogans-damaged = { $file } فهرست شعار معتبری نیست: { $reason }
brand-kit-damaged = { $file } فایل هویت بصری معتبری نیست: { $reason }
merge-row-failed = ردیف { $row }: { $reason }
merge-cancelled = ادغام لغو شد
table-header-unreadable = سطر اول خوانده نمی‌شود: { $reason }
table-no-header = سطر اول باید نام ستون‌ها (جای‌های طرح) را بگوید
table-line-unreadable = سطر { $line } خوانده نمی‌شود: { $reason }
table-too-many-values = در سطر { $line }، { $values } مقدار هست، ولی { $columns } ستون هست
table-too-many-rows = بیش از { $most } ردیف دارد، بیشتر از نسخه‌هایی که یک ادغام می‌سازد؛ جدول را چند تکه کنید
table-no-rows = زیر نام ستون‌ها هیچ ردیفی نیست
table-not-utf8 = متن UTF-8 نیست؛ صفحه‌گسترده را به‌صورت «CSV UTF-8» ذخیره کنید
merge-picture-outside = «{ $name }» بیرون از پوشهٔ تصویرها ({ $folder }) است؛ تصویر را در آن پوشه بگذارید و از همان‌جا نامش را بدهید
merge-no-such-slot = جایی به نام «{ $slot }» نیست؛ جای‌ها: { $slots }
merge-picture-unreadable = { $file }: تصویر خوانده نمی‌شود: { $reason }
merge-slot-cannot-show = جای «{ $slot }» نمی‌تواند { $file } را نشان دهد
kit-cancelled = ساختن بسته لغو شد
kit-format-poster-a3 = پوستر A3
kit-format-poster-a2 = پوستر A2
kit-format-placard = پلاکارد (A2، دو رو)
kit-format-sticker = برچسب (گرد ۷۵ میلی‌متری)
kit-format-profile-picture = عکس نمایه (مربع ۱۰۸۰ پیکسلی)
kit-format-share-image = تصویر اشتراک‌گذاری (۱۲۰۰ × ۶۳۰ پیکسل)
kit-format-leaflet = برگه (A5)
kit-colour-kept = رنگ { $element } روی زمینهٔ «{ $format }» خوانده نمی‌شد، پس «{ $format }» رنگ خودش را نگه می‌دارد
kit-colour-changed = { $element } در «{ $format }» رنگ دیگری می‌گیرد، چون رنگ خودش روی زمینهٔ آنجا خوانده نمی‌شد
kit-left-out = { $element } در «{ $format }» نیامده است: شکلش آن‌قدر فرق دارد که نمی‌شود جایش داد؛ خودتان آن را آنجا اضافه کنید

## برگه‌های پوستری که تکه‌تکه با چاپگر خانگی چاپ می‌شود

tile-sheet-label = { $tile } — ردیف { $row } از { $rows }، ستون { $column } از { $columns }
tile-sheet-glue = از روی نشانهٔ چپ ببرید و روی تکهٔ سمت چپ بچسبانید
tile-map-title =
    نقشهٔ کنار هم گذاشتن: { $sheets } برگه، { $across } در عرض و { $down } در طول
tile-map-how = با ۱۰۰ ٪ (اندازهٔ واقعی) چاپ کنید. هر برگه را جایی که تکه‌ای روی تکهٔ قبلی می‌افتد از روی نشانه‌هایش ببرید و روی نوار { $overlap } میلی‌متری برگهٔ کناری بچسبانید.
