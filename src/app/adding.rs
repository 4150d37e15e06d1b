//! Adding elements to the page: text, QR codes, shapes and symbols, each in the middle
//! of the page as one undo step and selected.

#[allow(clippy::wildcard_imports)]
use super::*;

impl PlacardApp {
    /// Adds an element in the middle of the page and selects it.
    pub fn add_element(&mut self, kind: ElementKind, name: &str, relative_size: (f32, f32)) {
        let Some(session) = &self.session else {
            return;
        };
        let page = session.page();
        let size = (
            page.width.0 * relative_size.0,
            page.height.0 * relative_size.1,
        );
        self.place_centred(name, size, |_| kind);
    }

    /// Adds an element of `size` (points) in the middle of the page as one undo step and
    /// selects it; `make` may add assets to the project for it.
    pub(super) fn place_centred(
        &mut self,
        name: &str,
        size: (f32, f32),
        make: impl FnOnce(&mut Project) -> ElementKind,
    ) {
        let Some(session) = &mut self.session else {
            return;
        };
        let page_index = session.page;
        session.edit(|project| {
            let kind = make(project);
            if let Some(page) = project.document.pages.get_mut(page_index) {
                let (w, h) = size;
                let mut element = Element::new(
                    Pt((page.width.0 - w) / 2.0),
                    Pt((page.height.0 - h) / 2.0),
                    Pt(w),
                    Pt(h),
                    kind,
                );
                element.name = Some(name.to_owned());
                page.elements.push(element);
            }
        });
        let count = session.page().elements.len();
        session.selection = vec![count.saturating_sub(1)];
    }

    /// Adds a text box in the middle of the page (inside the safe margin), in the
    /// palette's colour that reads best on what is behind it, ready to type in: its words
    /// are selected, so the first keys replace them.
    pub fn add_text(&mut self, choice: TextChoice) {
        self.add_text_box(choice, &choice.placeholder(), true);
    }

    /// Adds a text box saying `words` (pasted from elsewhere), placed and coloured as
    /// [`Self::add_text`] does, selected but not being typed in.
    pub fn add_text_saying(&mut self, choice: TextChoice, words: &str) {
        self.add_text_box(choice, words, false);
    }

    fn add_text_box(&mut self, choice: TextChoice, words: &str, type_at_once: bool) {
        let Some(session) = &self.session else {
            return;
        };
        let page = session.page();
        let centre = crate::geom::Point::new(page.width.0 / 2.0, page.height.0 / 2.0);
        let behind = crate::scene::colour_behind(page, page.elements.len(), centre);
        let (share, weight) = choice.size_and_weight();
        let size = Pt(page.width.0.min(page.height.0) * share);
        // Room for two lines of the text's size, across most of the page.
        let height = (size.0 * 2.6 / page.height.0).min(0.5);
        let mut text = TextElement::new(words, "Inter", size);
        text.font_weight = weight;
        text.auto_fit = true;
        // Written, most likely, in the language the editor speaks.
        let language = crate::i18n::language();
        if language != crate::i18n::Language::English {
            text.language = Some(language.tag().to_owned());
        }
        // A photo or gradient behind it counts as dark.
        text.fill = crate::campaign::readable_text_colour(
            session.project.document.palette.as_ref(),
            behind.unwrap_or(Color::rgb(0x40, 0x40, 0x40)),
        );
        self.add_element(
            ElementKind::Text(text),
            &crate::tr!("new-text-name").text(),
            (0.7, height),
        );
        if type_at_once
            && let Some(session) = &self.session
            && let [index] = session.selection.as_slice()
        {
            self.canvas.edit_text(session, *index);
        }
    }

    /// Adds a QR code, square, a quarter of the page's shorter side (its link is edited
    /// in the properties panel).
    pub fn add_qr(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let page = session.page();
        let side = page.width.0.min(page.height.0) * 0.25;
        let relative = (side / page.width.0, side / page.height.0);
        let qr = crate::model::QrElement::new("https://example.org");
        self.add_element(
            ElementKind::Qr(qr),
            &crate::tr!("new-qr-name").text(),
            relative,
        );
    }

    /// Adds a shape.
    pub fn add_shape(&mut self, shape: Shape) {
        let name = match shape {
            Shape::Rect { .. } => crate::tr!("new-rectangle-name"),
            Shape::Ellipse => crate::tr!("new-ellipse-name"),
            Shape::Line { .. } => crate::tr!("new-line-name"),
            Shape::Polygon { .. } => crate::tr!("new-polygon-name"),
            Shape::Star { .. } => crate::tr!("new-star-name"),
            Shape::SpeechBubble => crate::tr!("new-bubble-name"),
            Shape::Burst { .. } => crate::tr!("new-burst-name"),
            Shape::Ribbon => crate::tr!("new-ribbon-name"),
            Shape::ArrowBlock => crate::tr!("new-arrow-block-name"),
        }
        .text();
        let is_line = matches!(shape, Shape::Line { .. });
        let element = ShapeElement {
            shape,
            fill: (!is_line).then_some(Color::rgb(0xd7, 0x26, 0x1e)),
            stroke: is_line.then_some(Stroke::solid(Color::BLACK, Pt::from(Mm(2.0)))),
        };
        // Each in the proportions it is drawn for: a ribbon long and low, a burst square.
        let Some(session) = &self.session else {
            return;
        };
        let page = session.page();
        let (page_w, page_h) = (page.width.0, page.height.0.max(1.0));
        let short = page_w.min(page_h);
        let (w, h) = match element.shape {
            Shape::Line { .. } => (page_w * 0.3, page_h * 0.05),
            Shape::Ribbon => (page_w * 0.6, short * 0.12),
            Shape::ArrowBlock => (short * 0.4, short * 0.2),
            Shape::SpeechBubble => (short * 0.4, short * 0.3),
            Shape::Burst { .. } | Shape::Star { .. } | Shape::Polygon { .. } | Shape::Ellipse => {
                (short * 0.28, short * 0.28)
            }
            Shape::Rect { .. } => (page_w * 0.3, page_h * 0.2),
        };
        self.add_element(ElementKind::Shape(element), &name, (w / page_w, h / page_h));
    }

    /// Puts a symbol from the library in the middle of the page, a quarter of the page's
    /// shorter side, painted in the design's colour that reads best on what is behind it
    /// (as a new text box is).
    pub fn add_symbol(&mut self, symbol: &crate::symbols::Symbol) {
        let Some(session) = &self.session else {
            return;
        };
        let page = session.page();
        let centre = crate::geom::Point::new(page.width.0 / 2.0, page.height.0 / 2.0);
        let behind = crate::scene::colour_behind(page, page.elements.len(), centre);
        let colour = crate::campaign::readable_text_colour(
            session.project.document.palette.as_ref(),
            behind.unwrap_or(Color::rgb(0x40, 0x40, 0x40)),
        );
        let side = page.width.0.min(page.height.0) * 0.25;
        let name = symbol.name(crate::i18n::language().tag()).to_owned();
        let (file, bytes) = (symbol.file_name(), symbol.svg.clone());
        self.place_centred(&name, (side, side), move |project| {
            let mut drawing = crate::model::SvgElement::new(project.add_asset(&file, bytes));
            drawing.set_painted(Color::BLACK, colour);
            ElementKind::Svg(drawing)
        });
    }
}
