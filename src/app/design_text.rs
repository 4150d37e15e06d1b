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

/// Text laid out and drawn by the engine for showing in a panel.
pub struct TextPicture {
    /// The text it shows.
    pub text: String,
    /// The drawn text (transparent where there are no letters); none for empty text.
    texture: Option<TextureHandle>,
    /// The caret geometry of the same layout, in the picture's points.
    pub layout: CaretLayout,
    /// The glyph ids as drawn, line by line, each line from left to right: what a reader
    /// sees, for comparing with the page.
    pub glyphs_left_to_right: Vec<Vec<u16>>,
    /// Width and height in points.
    pub size: Vec2,
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
        ..style.clone()
    }
}

impl TextPicture {
    /// Lays out and draws `element` (a design text prepared by [`panel_text`]) `width`
    /// points wide, for the screen of `ctx`.
    fn new(
        ctx: &egui::Context,
        resources: &Resources,
        element: TextElement,
        width: f32,
    ) -> TextPicture {
        let size = element.font_size.0;
        let text = element.text.clone();
        let width = width.max(size);
        let layout = CaretLayout::new(&resources.fonts, &element, width, MAX_PICTURE_HEIGHT);
        let line = size * element.line_height;
        let height = layout
            .content_height()
            .max(line)
            .ceil()
            .min(MAX_PICTURE_HEIGHT);
        // The page this text is on: exactly its box, built into a scene like any page.
        let mut document = Document::new("", PaperSize::Imperial(width / 72.0, height / 72.0));
        let mut glyphs_left_to_right = Vec::new();
        let mut texture = None;
        if let Some(page) = document.pages.first_mut() {
            page.elements.push(Element::new(
                Pt(0.0),
                Pt(0.0),
                Pt(width),
                Pt(MAX_PICTURE_HEIGHT),
                ElementKind::Text(element),
            ));
            let project = Project::new(document);
            if let Ok(built) = crate::scene::build_page(&project, 0, resources) {
                glyphs_left_to_right = lines_left_to_right(&built.scene);
                texture = draw(ctx, &built.scene, width, height, &text);
            }
        }
        TextPicture {
            text,
            texture,
            layout,
            glyphs_left_to_right,
            size: Vec2::new(width, height),
        }
    }

    /// Paints the picture with its top-left corner at `at`.
    pub fn paint(&self, painter: &egui::Painter, at: Pos2) {
        if let Some(texture) = &self.texture {
            painter.image(
                texture.id(),
                Rect::from_min_size(at, self.size),
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

/// The pictures of design text shown in this frame, kept until their text changes.
#[derive(Clone, Default)]
struct Pictures {
    by_id: std::collections::HashMap<egui::Id, (u64, Arc<TextPicture>)>,
}

/// The picture of `element` for the widget `id`, drawn again only when it changed.
fn picture(
    ui: &Ui,
    id: egui::Id,
    resources: &Resources,
    element: TextElement,
    width: f32,
) -> Arc<TextPicture> {
    let key = picture_key(&element, width, ui.ctx().pixels_per_point());
    let store = pictures_store();
    if let Some(picture) = ui.data(|d| {
        d.get_temp::<Pictures>(store).and_then(|p| {
            p.by_id
                .get(&id)
                .filter(|(k, _)| *k == key)
                .map(|(_, p)| p.clone())
        })
    }) {
        return picture;
    }
    let picture = Arc::new(TextPicture::new(ui.ctx(), resources, element, width));
    ui.data_mut(|d| {
        d.get_temp_mut_or_default::<Pictures>(store)
            .by_id
            .insert(id, (key, picture.clone()));
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
/// canvas's text editing. The response is `changed` when `content` was edited.
pub fn design_text_field(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    resources: &Resources,
    style: &TextElement,
    content: &mut String,
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
    shown.paint(&painter, text_origin);
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

/// The glyph ids of a design text as a panel last showed it, line by line from left to
/// right; none when no panel shows that text.
pub fn shown_glyphs(ctx: &egui::Context, text: &str) -> Option<Vec<Vec<u16>>> {
    ctx.data(|d| {
        d.get_temp::<Pictures>(pictures_store()).and_then(|p| {
            p.by_id
                .values()
                .find(|(_, p)| p.text == text)
                .map(|(_, p)| p.glyphs_left_to_right.clone())
        })
    })
}
