//! The colour chooser, for people rather than programmers: the design's own colours first,
//! then the recently used ones and a few plain basics, a hex field, and a
//! saturation/brightness square beside a hue strip.

use super::rtl::{self, Shown};
use crate::i18n::Message;
use crate::tr;
use egui::{Color32, Pos2, Rect, Sense, Stroke, Vec2};

use crate::model::{Background, Color, Document, ElementKind};

/// How many recently used colours are offered.
const RECENT_COLOURS: usize = 8;

/// How many of the design's colours are offered.
const DESIGN_COLOURS: usize = 12;

/// Plain colours everyone knows, after the design's own.
const BASICS: [(u32, &str); 10] = [
    (0xffffff, "white"),
    (0x111111, "black"),
    (0x808080, "grey"),
    (0xd7261e, "red"),
    (0xff7a00, "orange"),
    (0xffd400, "yellow"),
    (0x2e7d32, "green"),
    (0x1d4ed8, "blue"),
    (0x6a1b9a, "purple"),
    (0xe91e63, "pink"),
];

/// Where the editor keeps the open design's colours for the chooser.
pub(crate) fn design_colours_id() -> egui::Id {
    egui::Id::unique("design-colours")
}

/// The colour button waiting for a colour picked from the page (the eyedropper), if any.
pub(crate) fn pick_request_id() -> egui::Id {
    egui::Id::unique("colour-pick-request")
}

/// A colour picked from the page, and the button that asked for it.
pub(crate) fn pick_result_id() -> egui::Id {
    egui::Id::unique("colour-pick-result")
}

/// Whether a colour button is waiting for a click on the page to pick its colour.
pub(crate) fn picking(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<egui::Id>(pick_request_id()))
        .is_some()
}

/// Hands the colour picked on the page to the button that asked for it.
pub(crate) fn picked(ctx: &egui::Context, colour: Color) {
    ctx.data_mut(|d| {
        if let Some(button) = d.get_temp::<egui::Id>(pick_request_id()) {
            d.remove::<egui::Id>(pick_request_id());
            d.insert_temp(pick_result_id(), (button, colour));
        }
    });
}

/// Stops waiting for a colour from the page.
pub(crate) fn stop_picking(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<egui::Id>(pick_request_id()));
}

/// Where the chooser keeps the recently used colours, and when the last one was changed.
fn recent_colours_id() -> egui::Id {
    egui::Id::unique("recent-colours")
}

/// The colours a design is made of: its palette's roles first, then the page and its
/// elements' colours, each once, at most [`DESIGN_COLOURS`].
pub fn design_colours(document: &Document) -> Vec<Color> {
    let mut colours = Vec::new();
    let mut add = |colour: Color| {
        let colour = Color {
            cmyk: None,
            ..colour
        };
        if colour.a == 255 && !colours.contains(&colour) {
            colours.push(colour);
        }
    };
    if let Some(palette) = &document.palette {
        for colour in [
            palette.background,
            palette.text,
            palette.accent,
            palette.accent_text,
        ] {
            add(colour);
        }
    }
    for page in &document.pages {
        match &page.background {
            Background::Solid { color } => add(*color),
            Background::LinearGradient { stops, .. } => {
                stops.iter().for_each(|stop| add(stop.color));
            }
            _ => {}
        }
        let mut stack: Vec<&crate::model::Element> = page.elements.iter().collect();
        while let Some(element) = stack.pop() {
            match &element.kind {
                ElementKind::Text(text) => add(text.fill),
                ElementKind::Shape(shape) => {
                    shape.fill.into_iter().for_each(&mut add);
                    shape.stroke.iter().for_each(|s| add(s.color));
                }
                ElementKind::Qr(qr) => add(qr.dark),
                ElementKind::Group(group) => stack.extend(group.children.iter().rev()),
                ElementKind::Image(_) | ElementKind::Svg(_) => {}
            }
        }
    }
    colours.truncate(DESIGN_COLOURS);
    colours
}

/// A colour as hue, saturation and brightness, all 0–1, in the sRGB values people see.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Hsv {
    hue: f32,
    saturation: f32,
    value: f32,
}

impl Hsv {
    fn of(colour: Color) -> Hsv {
        let (hue, saturation, value) = egui::ecolor::hsv_from_rgb([
            f32::from(colour.r) / 255.0,
            f32::from(colour.g) / 255.0,
            f32::from(colour.b) / 255.0,
        ]);
        Hsv {
            hue,
            saturation,
            value,
        }
    }

    fn colour(self, alpha: u8) -> Color {
        let [r, g, b] = egui::ecolor::rgb_from_hsv((self.hue, self.saturation, self.value));
        let byte = |x: f32| (x.clamp(0.0, 1.0) * 255.0).round() as u8;
        Color::rgba(byte(r), byte(g), byte(b), alpha)
    }
}

/// The colour as egui paints it.
pub(crate) fn to_egui(colour: Color) -> Color32 {
    Color32::from_rgba_unmultiplied(colour.r, colour.g, colour.b, colour.a)
}

/// A swatch button; returns whether it was clicked.
fn swatch(ui: &mut egui::Ui, colour: Color, name: &str, size: f32, current: bool) -> bool {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::click());
    let hex = colour.to_hex();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("{name} {hex}"))
    });
    let painter = ui.painter();
    painter.rect_filled(rect, 3.0, to_egui(colour));
    let edge = if current {
        Stroke::new(2.0, ui.visuals().selection.stroke.color)
    } else if response.hovered() {
        Stroke::new(1.5, ui.visuals().strong_text_color())
    } else {
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
    };
    painter.rect_stroke(rect, 3.0, edge, egui::StrokeKind::Inside);
    response.on_hover_text(hex).clicked()
}

/// A row of swatches under a small heading; returns the one clicked.
fn swatch_row(
    ui: &mut egui::Ui,
    heading: &str,
    colours: impl IntoIterator<Item = (Color, String)>,
    current: Color,
) -> Option<Color> {
    let colours: Vec<(Color, String)> = colours.into_iter().collect();
    if colours.is_empty() {
        return None;
    }
    ui.label(egui::RichText::new(heading).small().weak());
    let mut picked = None;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(4.0);
        for (colour, name) in colours {
            let same = Color { a: 255, ..colour } == Color { a: 255, ..current };
            if swatch(ui, colour, &name, 22.0, same) {
                picked = Some(colour);
            }
        }
    });
    picked
}

/// The saturation/brightness square for `hsv`'s hue; dragging in it sets both.
fn saturation_value_square(ui: &mut egui::Ui, hsv: &mut Hsv, size: Vec2) -> bool {
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Slider, true, tr!("colour-shade").text())
    });
    let painter = ui.painter();
    // A grid of small quads shaded at their corners: colours blend smoothly between them.
    const STEPS: usize = 12;
    let mut mesh = egui::Mesh::default();
    for row in 0..=STEPS {
        for column in 0..=STEPS {
            let s = column as f32 / STEPS as f32;
            let v = 1.0 - row as f32 / STEPS as f32;
            let at = Pos2::new(
                rect.left() + s * rect.width(),
                rect.top() + (1.0 - v) * rect.height(),
            );
            let shade = Hsv {
                saturation: s,
                value: v,
                ..*hsv
            };
            mesh.colored_vertex(at, to_egui(shade.colour(255)));
        }
    }
    let stride = (STEPS + 1) as u32;
    for row in 0..STEPS as u32 {
        for column in 0..STEPS as u32 {
            let i = row * stride + column;
            mesh.add_triangle(i, i + 1, i + stride);
            mesh.add_triangle(i + 1, i + stride + 1, i + stride);
        }
    }
    painter.add(egui::Shape::mesh(mesh));
    let marker = Pos2::new(
        rect.left() + hsv.saturation * rect.width(),
        rect.top() + (1.0 - hsv.value) * rect.height(),
    );
    let ring = if hsv.value > 0.5 && hsv.saturation < 0.5 {
        Color32::BLACK
    } else {
        Color32::WHITE
    };
    painter.circle_stroke(marker, 6.0, Stroke::new(2.0, ring));
    if let Some(pointer) = response.interact_pointer_pos()
        && (response.dragged() || response.clicked() || response.drag_started())
    {
        hsv.saturation = ((pointer.x - rect.left()) / rect.width()).clamp(0.0, 1.0);
        hsv.value = 1.0 - ((pointer.y - rect.top()) / rect.height()).clamp(0.0, 1.0);
        return true;
    }
    false
}

/// The hue strip, top to bottom round the colour wheel.
fn hue_strip(ui: &mut egui::Ui, hsv: &mut Hsv, size: Vec2) -> bool {
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Slider, true, tr!("colour-hue").text())
    });
    let painter = ui.painter();
    const STEPS: usize = 24;
    let mut mesh = egui::Mesh::default();
    for step in 0..=STEPS {
        let hue = step as f32 / STEPS as f32;
        let colour = to_egui(
            Hsv {
                hue,
                saturation: 1.0,
                value: 1.0,
            }
            .colour(255),
        );
        let y = rect.top() + hue * rect.height();
        mesh.colored_vertex(Pos2::new(rect.left(), y), colour);
        mesh.colored_vertex(Pos2::new(rect.right(), y), colour);
    }
    for step in 0..STEPS as u32 {
        let i = step * 2;
        mesh.add_triangle(i, i + 1, i + 2);
        mesh.add_triangle(i + 1, i + 3, i + 2);
    }
    painter.add(egui::Shape::mesh(mesh));
    let y = rect.top() + hsv.hue * rect.height();
    let marker = Rect::from_min_max(
        Pos2::new(rect.left() - 2.0, y - 3.0),
        Pos2::new(rect.right() + 2.0, y + 3.0),
    );
    painter.rect_stroke(
        marker,
        2.0,
        Stroke::new(2.0, Color32::WHITE),
        egui::StrokeKind::Middle,
    );
    painter.rect_stroke(
        marker.expand(1.5),
        3.0,
        Stroke::new(1.0, Color32::BLACK),
        egui::StrokeKind::Middle,
    );
    if let Some(pointer) = response.interact_pointer_pos()
        && (response.dragged() || response.clicked() || response.drag_started())
    {
        hsv.hue = ((pointer.y - rect.top()) / rect.height()).clamp(0.0, 0.999);
        return true;
    }
    false
}

/// The hex field: shows the colour, takes `#rgb` or `#rrggbb` when the volunteer presses
/// Enter or leaves it.
fn hex_field(ui: &mut egui::Ui, id: egui::Id, colour: Color) -> Option<Color> {
    let shown = colour.to_hex()[..7].to_uppercase();
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| shown.clone());
    let parsed = Color::from_hex(&text).or_else(|| Color::from_hex(&format!("#{text}")));
    let mut edit = egui::TextEdit::singleline(&mut text)
        .desired_width(80.0)
        .font(egui::TextStyle::Monospace);
    if parsed.is_none() {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let label = ui.label(tr!("colour-hex").shown());
    let response = ui.add(edit).labelled_by(label.id);
    let response = response.on_hover_text(tr!("colour-hex-tip").shown());
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(id));
        let parsed = Color::from_hex(&text).or_else(|| Color::from_hex(&format!("#{text}")));
        return parsed
            .filter(|p| p.to_hex()[..7] != colour.to_hex()[..7])
            .map(|p| Color { a: colour.a, ..p });
    }
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    }
    None
}

/// The chooser's contents for `colour`; returns the colour chosen, if any changed, and
/// whether it is a drag still going on (so the recent list takes it once).
fn chooser_ui(ui: &mut egui::Ui, id: egui::Id, colour: Color) -> Option<(Color, bool)> {
    let design: Vec<Color> = ui
        .data(|d| d.get_temp(design_colours_id()))
        .unwrap_or_default();
    let (recent, _): (Vec<Color>, f64) = ui
        .data(|d| d.get_temp(recent_colours_id()))
        .unwrap_or_default();
    let mut picked = None;
    ui.set_width(260.0);
    let named = |list: &[Color], name: &str| -> Vec<(Color, String)> {
        list.iter().map(|c| (*c, name.to_owned())).collect()
    };
    picked = picked.or(swatch_row(
        ui,
        &tr!("colour-design").shown(),
        named(&design, &tr!("colour-design-one").text()),
        colour,
    ));
    picked = picked.or(swatch_row(
        ui,
        &tr!("colour-recent").shown(),
        named(&recent, &tr!("colour-recent-one").text()),
        colour,
    ));
    picked = picked.or(swatch_row(
        ui,
        &tr!("colour-basics").shown(),
        BASICS.iter().map(|(rgb, name)| {
            let [_, r, g, b] = rgb.to_be_bytes();
            (Color::rgb(r, g, b), basic_name(name).text())
        }),
        colour,
    ));
    if let Some(picked) = picked {
        return Some((
            Color {
                a: colour.a,
                ..picked
            },
            false,
        ));
    }
    ui.add_space(6.0);
    // The hue is kept while the chooser is open: grey and black have none of their own.
    let hsv_id = id.with("hsv");
    let mut hsv = match ui.data(|d| d.get_temp::<(Hsv, Color)>(hsv_id)) {
        Some((hsv, shown)) if shown == colour => hsv,
        _ => Hsv::of(colour),
    };
    let mut dragged = false;
    ui.horizontal(|ui| {
        dragged |= saturation_value_square(ui, &mut hsv, Vec2::new(196.0, 140.0));
        dragged |= hue_strip(ui, &mut hsv, Vec2::new(24.0, 140.0));
    });
    let mut result = None;
    if dragged {
        let chosen = hsv.colour(colour.a);
        result = Some((chosen, true));
        ui.data_mut(|d| d.insert_temp(hsv_id, (hsv, chosen)));
    } else {
        ui.data_mut(|d| d.insert_temp(hsv_id, (hsv, colour)));
    }
    ui.horizontal(|ui| {
        if let Some(typed) = hex_field(ui, id.with("hex"), colour) {
            result = Some((typed, false));
        }
        let (rect, _) = ui.allocate_exact_size(Vec2::new(44.0, 20.0), Sense::hover());
        ui.painter().rect_filled(rect, 3.0, to_egui(colour));
    });
    // The eyedropper: the next click on the page gives this button the colour there.
    let words = format!("{}  {}", super::icons::PIPETTE, tr!("colour-pick").shown());
    if ui
        .button(words)
        .on_hover_text(tr!("colour-pick-tip").shown())
        .clicked()
    {
        ui.data_mut(|d| d.insert_temp(pick_request_id(), id));
        ui.close();
    }
    result
}

/// Puts `colour` first in the recently used colours. A drag in the square changes the colour
/// every frame: it is one entry for the whole drag.
fn remember(ctx: &egui::Context, colour: Color, dragging: bool) {
    let (mut list, last_change): (Vec<Color>, f64) = ctx
        .data(|d| d.get_temp(recent_colours_id()))
        .unwrap_or_default();
    let now = ctx.input(|i| i.time);
    if dragging && now - last_change < 1.0 && !list.is_empty() {
        list.remove(0);
    }
    let colour = Color {
        cmyk: None,
        ..colour
    };
    list.retain(|x| *x != colour);
    list.insert(0, colour);
    list.truncate(RECENT_COLOURS);
    ctx.data_mut(|d| d.insert_temp(recent_colours_id(), (list, now)));
}

/// A button showing `colour` that opens the chooser below it; `name` is what the colour is
/// for ("Fill colour"). Returns the new colour when the volunteer chose one.
pub(crate) fn colour_button(ui: &mut egui::Ui, name: &str, colour: Color) -> Option<Color> {
    let size = Vec2::new(44.0, ui.spacing().interact_size.y);
    // Known by what it is for, not by where it is: choosing a colour may add a swatch
    // before it, and the open chooser must stay open.
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let response = ui.interact(
        rect,
        ui.make_persistent_id(("colour-button", name)),
        Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    let visuals = ui.style().interact(&response);
    ui.painter().rect_filled(rect, 3.0, to_egui(colour));
    ui.painter()
        .rect_stroke(rect, 3.0, visuals.bg_stroke, egui::StrokeKind::Inside);
    let response = response
        .on_hover_text(tr!("colour-button-tip", name = name, hex = colour.to_hex()).shown());
    let id = response.id;
    // A colour picked on the page for this button (the eyedropper), as if chosen here.
    let from_page = ui.data_mut(
        |d| match d.get_temp::<(egui::Id, Color)>(pick_result_id()) {
            Some((button, colour)) if button == id => {
                d.remove::<(egui::Id, Color)>(pick_result_id());
                Some(colour)
            }
            _ => None,
        },
    );
    if let Some(colour) = from_page {
        remember(ui.ctx(), colour, false);
        return Some(colour);
    }
    let mut chosen = None;
    egui::Popup::from_toggle_button_response(&response)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            ui.label(egui::RichText::new(rtl::visual(name, rtl::is_rtl())).strong());
            chosen = chooser_ui(ui, id, colour);
        });
    let (colour, dragging) = chosen?;
    remember(ui.ctx(), colour, dragging);
    Some(colour)
}

/// Swatches of the design's colours in a row, for the bar over the canvas; returns the one
/// clicked.
pub(crate) fn design_swatches(ui: &mut egui::Ui, name: &str, colour: Color) -> Option<Color> {
    let design: Vec<Color> = ui
        .data(|d| d.get_temp(design_colours_id()))
        .unwrap_or_default();
    let mut picked = None;
    for swatch_colour in design.iter().take(6) {
        let same = Color {
            cmyk: None,
            ..*swatch_colour
        } == Color {
            cmyk: None,
            ..colour
        };
        if swatch(ui, *swatch_colour, &format!("{name}:"), 20.0, same) {
            picked = Some(Color {
                a: colour.a,
                ..*swatch_colour
            });
        }
    }
    if let Some(picked) = picked {
        remember(ui.ctx(), picked, false);
    }
    picked
}

/// A basic colour's name in the volunteer's language.
fn basic_name(key: &str) -> Message {
    match key {
        "white" => tr!("colour-white"),
        "black" => tr!("colour-black"),
        "grey" => tr!("colour-grey"),
        "red" => tr!("colour-red"),
        "orange" => tr!("colour-orange"),
        "yellow" => tr!("colour-yellow"),
        "green" => tr!("colour-green"),
        "blue" => tr!("colour-blue"),
        "purple" => tr!("colour-purple"),
        _ => tr!("colour-pink"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hue_saturation_and_value_go_there_and_back() {
        for colour in [
            Color::rgb(0xd7, 0x26, 0x1e),
            Color::rgb(0xff, 0xd4, 0x00),
            Color::rgb(0x0f, 0x1b, 0x2d),
            Color::rgb(0x80, 0x80, 0x80),
            Color::WHITE,
            Color::BLACK,
        ] {
            assert_eq!(Hsv::of(colour).colour(255), colour);
        }
        let yellow = Hsv::of(Color::rgb(0xff, 0xd4, 0x00));
        assert!((yellow.hue - 50.0 / 360.0).abs() < 0.01, "{yellow:?}");
        assert_eq!(yellow.saturation, 1.0);
    }

    #[test]
    fn a_designs_colours_come_palette_first_each_once() {
        let mut document = Document::new("t", crate::model::PaperSize::Metric(210.0, 297.0));
        document.palette = crate::campaign::ready_palette(crate::campaign::PALETTES[0].name);
        let colours = design_colours(&document);
        let palette = document.palette.unwrap();
        assert_eq!(colours[0], palette.background);
        assert_eq!(colours[1], palette.text);
        let mut unique = colours.clone();
        unique.dedup();
        assert_eq!(unique.len(), colours.len());
    }
}
