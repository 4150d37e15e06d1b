//! Design text in the panels, shown by the engine: the words of a design are laid out,
//! shaped and drawn in the side panels by the same layout and scene as the page, so a
//! Persian or Arabic slogan reads there exactly as it prints (joined, in visual order,
//! in the design's font), and can be edited with the caret moving as the text reads.
//!
//! egui's own text fields shape each run of a line but place the runs in typed order,
//! which reverses the words of right-to-left text; they are kept for what is not design
//! text (names, numbers, file names).

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use egui::{Color32, Pos2, Rect, Response, Sense, Stroke, TextureHandle, Ui, Vec2};

use super::text_caret::{TextCaret, TypingOutcome};
use crate::layout::{CaretLayout, Resources};
use crate::model::{
    Color, Document, Element, ElementKind, PaperSize, Project, TextElement, VerticalAlign,
};
use crate::units::Pt;

/// Size of design text in a field, in screen points.
const FIELD_TEXT_SIZE: f32 = 16.0;
/// Room between a field's frame and its text.
const PADDING: Vec2 = Vec2::new(6.0, 5.0);
/// Lines a field always has room for.
const FIELD_ROWS: f32 = 3.0;
/// The tallest a picture of text may be, in points (a design's longest text in a
/// narrow panel stays a texture any graphics card takes).
const MAX_PICTURE_HEIGHT: f32 = 4000.0;

/// Text laid out and drawn by the engine for showing in a panel. It is laid out when
/// made (which gives its size); its pixels are drawn the first time it is painted where
/// it can be seen, so a long list of texts draws only the rows scrolled into view.
pub struct TextPicture {
    /// The text it shows.
    pub text: String,
    /// What is drawn: the text with its style, as prepared for the panel.
    element: TextElement,
    /// The caret geometry of the same layout, in the picture's points.
    pub layout: CaretLayout,
    /// Width and height in points.
    pub size: Vec2,
    /// The drawn picture, made on the first paint.
    drawn: std::sync::OnceLock<Drawn>,
}

/// A picture's pixels and glyphs, once drawn.
struct Drawn {
    /// The drawn text (transparent where there are no letters); none for empty text.
    texture: Option<TextureHandle>,
    /// The glyph ids as drawn, line by line, each line from left to right: what a reader
    /// sees, for comparing with the page.
    glyphs_left_to_right: Vec<Vec<u16>>,
}

/// The field's text as the engine lays it out: the design text's font, weight, style,
/// spacing and alignment, at a size for reading in a panel, in the panel's ink. Letters
/// keep the case they were typed in, as the field holds them: "All capitals" is how the
/// page shows them, not what the volunteer edits.
fn panel_text(style: &TextElement, text: &str, size: f32, ink: Color32) -> TextElement {
    TextElement {
        text: text.to_owned(),
        font_size: Pt(size),
        auto_fit: false,
        all_caps: false,
        vertical_align: VerticalAlign::Top,
        // Posters set lines tightly; in a panel they must not touch.
        line_height: style.line_height.max(1.15),
        fill: Color::rgb(ink.r(), ink.g(), ink.b()),
        outline: None,
        shadow: None,
        // The field shows the words on one straight line to be read and edited.
        path: None,
        ..style.clone()
    }
}

impl TextPicture {
    /// Lays out `element` (a design text prepared by [`panel_text`]) `width` points wide.
    fn new(resources: &Resources, element: TextElement, width: f32) -> TextPicture {
        let size = element.font_size.0;
        let width = width.max(size);
        let layout = CaretLayout::new(&resources.fonts, &element, width, MAX_PICTURE_HEIGHT);
        let line = size * element.line_height;
        let height = layout
            .content_height()
            .max(line)
            .ceil()
            .min(MAX_PICTURE_HEIGHT);
        TextPicture {
            text: element.text.clone(),
            element,
            layout,
            size: Vec2::new(width, height),
            drawn: std::sync::OnceLock::new(),
        }
    }

    /// The picture's pixels and glyphs: the text built into a scene like any page, exactly
    /// its box, and drawn by the raster backend for the screen of `ctx`.
    fn drawn(&self, ctx: &egui::Context, resources: &Resources) -> &Drawn {
        self.drawn.get_or_init(|| {
            let (width, height) = (self.size.x, self.size.y);
            let mut document = Document::new("", PaperSize::Imperial(width / 72.0, height / 72.0));
            let mut drawn = Drawn {
                texture: None,
                glyphs_left_to_right: Vec::new(),
            };
            if let Some(page) = document.pages.first_mut() {
                page.elements.push(Element::new(
                    Pt(0.0),
                    Pt(0.0),
                    Pt(width),
                    Pt(MAX_PICTURE_HEIGHT),
                    ElementKind::Text(self.element.clone()),
                ));
                let project = Project::new(document);
                if let Ok(built) = crate::scene::build_page(&project, 0, resources) {
                    drawn.glyphs_left_to_right = lines_left_to_right(&built.scene);
                    drawn.texture = draw(ctx, &built.scene, width, height, &self.text);
                }
            }
            drawn
        })
    }

    /// Paints the picture with its top-left corner at `at`, drawing it first if it has
    /// not been drawn and can be seen.
    pub fn paint(&self, painter: &egui::Painter, resources: &Resources, at: Pos2) {
        let rect = Rect::from_min_size(at, self.size);
        if !painter.clip_rect().intersects(rect) {
            return;
        }
        if let Some(texture) = &self.drawn(painter.ctx(), resources).texture {
            painter.image(
                texture.id(),
                rect,
                Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
                Color32::WHITE,
            );
        }
    }
}

/// The scene's glyphs, grouped into lines and each line sorted from left to right.
fn lines_left_to_right(scene: &crate::scene::Scene) -> Vec<Vec<u16>> {
    fn collect(items: &[crate::scene::Item], out: &mut Vec<PlacedGlyph>) {
        for item in items {
            match item {
                crate::scene::Item::Glyphs(run) if run.carries_text => {
                    out.extend(run.glyphs.iter().map(|g| PlacedGlyph {
                        x: g.x,
                        y: g.y,
                        size: run.size,
                        id: g.id,
                    }));
                }
                crate::scene::Item::Group(group) => collect(&group.items, out),
                _ => {}
            }
        }
    }
    let mut placed = Vec::new();
    collect(&scene.items, &mut placed);
    glyph_lines(placed)
}

/// A glyph where it is drawn.
#[derive(Debug, Clone, Copy)]
pub struct PlacedGlyph {
    /// Left edge of its advance.
    pub x: f32,
    /// Its baseline, with any offset of a mark.
    pub y: f32,
    /// Its font size.
    pub size: f32,
    /// Its id in its font.
    pub id: u16,
}

/// Glyph ids grouped into lines (glyphs whose baselines lie within half a font size of
/// each other, marks included), each line from left to right.
pub fn glyph_lines(mut placed: Vec<PlacedGlyph>) -> Vec<Vec<u16>> {
    placed.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut lines: Vec<Vec<PlacedGlyph>> = Vec::new();
    for glyph in placed {
        match lines.last_mut() {
            Some(line) if glyph.y - line[0].y < glyph.size * 0.5 => line.push(glyph),
            _ => lines.push(vec![glyph]),
        }
    }
    lines
        .into_iter()
        .map(|mut line| {
            line.sort_by(|a, b| a.x.total_cmp(&b.x));
            line.into_iter().map(|g| g.id).collect()
        })
        .collect()
}

/// Draws a scene `width` × `height` points large into a texture for the screen.
fn draw(
    ctx: &egui::Context,
    scene: &crate::scene::Scene,
    width: f32,
    height: f32,
    text: &str,
) -> Option<TextureHandle> {
    if text.trim().is_empty() {
        return None;
    }
    let scale = ctx.pixels_per_point();
    let (w, h) = (
        (width * scale).ceil() as u32,
        (height * scale).ceil() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1))?;
    crate::render::raster::render(
        scene,
        &crate::render::raster::RasterRegion {
            area: crate::geom::Rect::new(0.0, 0.0, width, height),
            scale,
            background: false,
        },
        &mut pixmap,
    );
    let image = egui::ColorImage::from_rgba_premultiplied(
        [pixmap.width() as usize, pixmap.height() as usize],
        pixmap.data(),
    );
    Some(ctx.load_texture("design-text", image, egui::TextureOptions::LINEAR))
}

/// What identifies a picture: everything it is drawn from, so that any change to the
/// text, its style or the field draws it again.
fn picture_key(element: &TextElement, width: f32, scale: f32) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    format!("{element:?}").hash(&mut hasher);
    (width.to_bits(), scale.to_bits()).hash(&mut hasher);
    hasher.finish()
}

/// Where the pictures are kept in egui's memory.
fn pictures_store() -> egui::Id {
    egui::Id::unique("placard-design-text-pictures")
}

/// Frames a picture is kept for while no widget shows it.
const KEPT_FRAMES: u64 = 600;

/// A picture kept for a widget.
#[derive(Clone)]
struct KeptPicture {
    /// What it was drawn from ([`picture_key`]).
    key: u64,
    picture: Arc<TextPicture>,
    /// The frame it was last shown in.
    frame: u64,
}

/// The pictures of design text shown lately, kept until their text changes or they have
/// not been shown for [`KEPT_FRAMES`] frames.
#[derive(Clone, Default)]
struct Pictures {
    by_id: std::collections::HashMap<egui::Id, KeptPicture>,
}

/// The picture of `element` for the widget `id`, laid out again only when it changed.
fn picture(
    ui: &Ui,
    id: egui::Id,
    resources: &Resources,
    element: TextElement,
    width: f32,
) -> Arc<TextPicture> {
    let key = picture_key(&element, width, ui.ctx().pixels_per_point());
    let frame = ui.ctx().cumulative_frame_nr();
    let store = pictures_store();
    let kept = ui.data_mut(|d| {
        d.get_temp_mut_or_default::<Pictures>(store)
            .by_id
            .get_mut(&id)
            .filter(|kept| kept.key == key)
            .map(|kept| {
                kept.frame = frame;
                kept.picture.clone()
            })
    });
    if let Some(picture) = kept {
        return picture;
    }
    let picture = Arc::new(TextPicture::new(resources, element, width));
    ui.data_mut(|d| {
        let pictures = d.get_temp_mut_or_default::<Pictures>(store);
        pictures
            .by_id
            .retain(|_, kept| frame.saturating_sub(kept.frame) < KEPT_FRAMES);
        pictures.by_id.insert(
            id,
            KeptPicture {
                key,
                picture: picture.clone(),
                frame,
            },
        );
    });
    picture
}

/// The state of a design-text field between frames.
#[derive(Clone, Default)]
struct FieldState {
    caret: TextCaret,
    /// Whether a pointer drag is extending the selection.
    selecting: bool,
}

/// A field for editing design text, shown and edited by the engine's layout: the text
/// reads as on the page (in the style of `style`), the caret moves over the glyphs in
/// the order they read, and typing, the clipboard and the input method work as in the
/// canvas's text editing. `hint` is shown while it is empty. The response is `changed`
/// when `content` was edited.
pub fn design_text_field(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    resources: &Resources,
    style: &TextElement,
    content: &mut String,
    hint: &str,
) -> Response {
    let id = ui.make_persistent_id(id_salt);
    let visuals = ui.visuals().clone();
    let ink = visuals.text_color();
    let width = ui.available_width().max(80.0);
    let inner = width - 2.0 * PADDING.x;
    let mut state: FieldState = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    state.caret.clamp(content);
    let draw = |ui: &Ui, content: &str| {
        let element = panel_text(style, content, FIELD_TEXT_SIZE, ink);
        picture(ui, id, resources, element, inner)
    };
    let mut shown = draw(ui, content);
    let rows = FIELD_TEXT_SIZE * style.line_height.max(1.15) * FIELD_ROWS;
    let height = shown.size.y.max(rows) + 2.0 * PADDING.y;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
    let mut response = ui.interact(rect, id, Sense::click_and_drag());
    let text_origin = rect.min + PADDING;
    let now = ui.input(|i| i.time);
    let local = |pos: Pos2| pos - text_origin;

    // The pointer places the caret, drags a selection, picks a word.
    let shift = ui.input(|i| i.modifiers.shift);
    if response.double_clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        let p = local(pos);
        state.caret.select(shown.layout.word_at(p.x, p.y), now);
        state.selecting = false;
    } else if response.drag_started_by(egui::PointerButton::Primary)
        && let Some(pos) = ui.input(|i| i.pointer.press_origin())
    {
        let p = local(pos);
        state
            .caret
            .place(shown.layout.index_at(p.x, p.y), shift, now);
        state.selecting = true;
    } else if state.selecting && response.dragged() {
        if let Some(pos) = response.interact_pointer_pos() {
            let p = local(pos);
            state
                .caret
                .place(shown.layout.index_at(p.x, p.y), true, now);
        }
    } else if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        let p = local(pos);
        state
            .caret
            .place(shown.layout.index_at(p.x, p.y), shift, now);
    }
    if !response.dragged() {
        state.selecting = false;
    }
    if response.clicked() || response.drag_started() {
        response.request_focus();
    }

    // The keyboard, while the field has it.
    // As egui's own text fields do, the field keeps the keyboard focus it was given even
    // while the window itself is not focused (a window manager may be slow to give it).
    let focused = ui.memory(|m| m.has_focus(id));
    if focused {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    tab: false,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: true,
                },
            );
        });
        if response.gained_focus() && !ui.input(|i| i.pointer.any_pressed()) {
            // Reached with the keyboard: the caret goes to the end.
            state.caret = TextCaret::at_end(content);
        }
        let before = content.clone();
        let events = ui.input(|i| i.events.clone());
        let outcome = state
            .caret
            .type_events(ui.ctx(), &events, content, &shown.layout);
        if *content != before {
            response.mark_changed();
            shown = draw(ui, content);
        }
        if outcome == TypingOutcome::Finished {
            response.surrender_focus();
        }
    }

    // The frame, the text, and (with the keyboard) the caret and the selection.
    let frame_stroke = if focused {
        visuals.selection.stroke
    } else {
        visuals.widgets.inactive.bg_stroke
    };
    let painter = ui.painter_at(rect);
    painter.rect(
        rect,
        visuals.widgets.inactive.corner_radius,
        visuals.extreme_bg_color,
        Stroke::new(frame_stroke.width.max(1.0), frame_stroke.color),
        egui::StrokeKind::Inside,
    );
    shown.paint(&painter, resources, text_origin);
    if content.is_empty() && !hint.is_empty() {
        painter.text(
            text_origin,
            egui::Align2::LEFT_TOP,
            hint,
            egui::FontId::proportional(FIELD_TEXT_SIZE * 0.85),
            visuals.weak_text_color(),
        );
    }
    if focused {
        state.caret.paint(
            ui,
            &painter,
            &shown.layout,
            |x, y| text_origin + Vec2::new(x, y),
            id,
            rect,
        );
    }
    if shown.size.y + 2.0 * PADDING.y > height {
        ui.ctx().request_repaint();
    }
    response = response.on_hover_cursor(egui::CursorIcon::Text);
    let before = ui.data(|d| d.get_temp::<String>(id.with("accessible")));
    response.widget_info(|| {
        egui::WidgetInfo::text_edit(
            ui.is_enabled(),
            before.clone().unwrap_or_default(),
            content.as_str(),
            "",
        )
    });
    ui.data_mut(|d| {
        d.insert_temp(id, state);
        d.insert_temp(id.with("accessible"), content.clone());
    });
    response
}

/// The glyph ids of a design text as each panel that shows it drew it (the properties
/// field, a layer, a slogan…), line by line from left to right; empty when none has.
pub fn shown_glyphs(ctx: &egui::Context, text: &str) -> Vec<Vec<Vec<u16>>> {
    ctx.data(|d| {
        d.get_temp::<Pictures>(pictures_store())
            .map(|p| {
                p.by_id
                    .values()
                    // A label's lines may have been started from the right with a mark.
                    .filter(|kept| kept.picture.text.trim_start_matches('\u{200F}') == text)
                    .filter_map(|kept| kept.picture.drawn.get())
                    .map(|drawn| drawn.glyphs_left_to_right.clone())
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// How a label's words are shown.
#[derive(Clone, Copy, Debug)]
pub struct LabelLook {
    /// Ink.
    pub colour: Color32,
    /// Size in screen points.
    pub size: f32,
    /// Set bold.
    pub strong: bool,
    /// Lines start on the right whatever the words' first letter (Placard's own sentences
    /// in a language written from the right, which may begin with a Latin name).
    pub from_right: bool,
    /// As wide as its longest line (a table's cell) rather than the space there is.
    pub fit: bool,
    /// A row that can be selected (a layer): whether it is, lit as egui lights a
    /// selected label.
    pub selected: Option<bool>,
    /// Kept to one line, shortened with an ellipsis where it is longer than the space.
    pub one_line: bool,
}

impl LabelLook {
    /// Body text in the panel's ink, lines starting where the words' own first letter
    /// has them start (a volunteer's words in their own direction).
    pub fn body(ui: &Ui) -> LabelLook {
        LabelLook {
            colour: ui.visuals().text_color(),
            size: egui::TextStyle::Body.resolve(ui.style()).size,
            strong: false,
            from_right: false,
            fit: false,
            selected: None,
            one_line: false,
        }
    }

    /// The same, kept to one line (a layer's name).
    #[must_use]
    pub fn one_line(self) -> LabelLook {
        LabelLook {
            one_line: true,
            ..self
        }
    }

    /// The same as a row that can be selected, and is when `selected`.
    #[must_use]
    pub fn selectable(self, selected: bool, ui: &Ui) -> LabelLook {
        let colour = if selected {
            ui.visuals().selection.stroke.color
        } else {
            self.colour
        };
        LabelLook {
            selected: Some(selected),
            colour,
            ..self
        }
    }

    /// The same in bold.
    #[must_use]
    pub fn strong(self) -> LabelLook {
        LabelLook {
            strong: true,
            ..self
        }
    }

    /// The same, as wide as its longest line at most `width` points.
    #[must_use]
    pub fn fitted(self) -> LabelLook {
        LabelLook { fit: true, ..self }
    }

    /// Body text in the ink of a button's words, for words that are clicked.
    pub fn button(ui: &Ui) -> LabelLook {
        LabelLook {
            colour: ui.visuals().widgets.inactive.text_color(),
            ..LabelLook::body(ui)
        }
    }

    /// The same in another ink.
    #[must_use]
    pub fn coloured(self, colour: Color32) -> LabelLook {
        LabelLook { colour, ..self }
    }

    /// The same, its lines starting on the right in a language written from the right.
    #[must_use]
    pub fn in_editor_direction(self) -> LabelLook {
        LabelLook {
            from_right: super::rtl::is_rtl(),
            ..self
        }
    }
}

/// Words laid out, shaped and drawn by the engine as a label the panel's width: a
/// slogan, a merge table's cell, a layer's words, or a sentence quoting them. Persian and
/// Arabic read there as on the page (joined, in bidirectional order, lines broken from
/// where they start, in a face that has the letters); the label's accessible name is the
/// words as typed. `sense` makes it clickable; hovered, it is lit as a button is.
pub fn label(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    resources: &Resources,
    text: &str,
    look: LabelLook,
    sense: Sense,
) -> Response {
    let id = ui.make_persistent_id(id_salt);
    let own_right = unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl;
    let starts_right = look.from_right || own_right;
    // A right-to-left mark first makes the engine's paragraph run from the right.
    let laid_out = if starts_right && !own_right {
        format!("\u{200F}{text}")
    } else {
        text.to_owned()
    };
    let mut style = TextElement::new(&laid_out, "Inter", Pt(look.size));
    style.font_weight = if look.strong { 700 } else { 400 };
    style.align = if starts_right {
        crate::model::TextAlign::Right
    } else {
        crate::model::TextAlign::Left
    };
    style.line_height = 1.25;
    let mut element = panel_text(&style, &laid_out, look.size, look.colour);
    let width = ui.available_width().max(look.size * 4.0);
    if look.one_line {
        // Measured on one line; where longer than the space, shortened by the share of
        // it that fits, with a margin for letters of different widths.
        let measured = picture(ui, id.with("one-line"), resources, element.clone(), 1.0e5);
        let long = measured.layout.content_width();
        if long > width {
            let count = element.text.chars().count();
            let keep = ((count as f32) * width / long * 0.92).floor() as usize;
            let short: String = element.text.chars().take(keep.saturating_sub(1)).collect();
            element.text = format!("{}…", short.trim_end());
        }
    }
    let shown = if look.fit {
        // Measured in the space there is, then laid out again at the width its lines
        // take, so that they start where they should.
        let measured = picture(ui, id.with("measured"), resources, element.clone(), width);
        let fitted = (measured.layout.content_width() + 1.0).ceil().min(width);
        picture(ui, id, resources, element, fitted)
    } else {
        picture(ui, id, resources, element, width)
    };
    let (rect, response) = ui.allocate_exact_size(shown.size, sense);
    if look.selected == Some(true) {
        let visuals = ui.visuals();
        ui.painter().rect_filled(
            rect.expand(2.0),
            visuals.widgets.hovered.corner_radius,
            visuals.selection.bg_fill,
        );
    } else if response.hovered() && sense.senses_click() {
        let visuals = ui.visuals().widgets.hovered;
        ui.painter().rect_filled(
            rect.expand(2.0),
            visuals.corner_radius,
            visuals.weak_bg_fill,
        );
    }
    shown.paint(ui.painter(), resources, rect.min);
    let kind = if sense.senses_click() {
        egui::Role::Button
    } else {
        egui::Role::Label
    };
    let enabled = ui.is_enabled();
    response.widget_info(|| match look.selected {
        Some(selected) => egui::WidgetInfo::selected(kind, enabled, selected, text),
        None => egui::WidgetInfo::labeled(kind, enabled, text),
    });
    response
}
