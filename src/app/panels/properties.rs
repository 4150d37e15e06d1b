//! The properties panel: everything about the selected element.

use super::{color_field, mm_field};
use crate::app::design_text::design_text_field;
use crate::app::rtl::{self, Shown};
use crate::app::session::Session;
use crate::campaign::relative_luminance;
use crate::layout::Resources;
use crate::model::{
    Color, CropRect, Element, ElementKind, ImageAdjust, ImageEffect, ImageFit, Palette, Shape,
    Stroke, StrokeDash, TextAlign, TextElement,
};
use crate::tr;
use crate::units::{Mm, Pt};

/// What the panel asks the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PropertiesAction {
    /// Nothing.
    None,
    /// Choose a new photo for the image element at this index.
    ReplaceImage(usize),
}

/// Shows the properties of the single selected element.
pub fn properties_ui(
    ui: &mut egui::Ui,
    session: &mut Session,
    families: &[String],
    resources: &Resources,
) -> PropertiesAction {
    let Some((index, element)) = session.single_selection() else {
        let count = session.selection.len();
        ui.heading(tr!("props-selection").shown());
        rtl::label(ui, &tr!("props-many-selected", count = count));
        return PropertiesAction::None;
    };
    let element = element.clone();
    ui.heading(element.kind.name().shown());
    let mut action = PropertiesAction::None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        geometry_ui(ui, session, index, &element);
        ui.separator();
        match &element.kind {
            ElementKind::Text(text) => text_ui(ui, session, index, text, families, resources),
            ElementKind::Shape(shape) => shape_ui(ui, session, index, shape),
            ElementKind::Image(image) => {
                let mut fit = image.fit;
                rtl::labelled_combo(ui, "fit", &tr!("props-fit").shown(), fit_name(fit), |ui| {
                    for option in [ImageFit::Cover, ImageFit::Contain, ImageFit::Stretch] {
                        ui.selectable_value(&mut fit, option, fit_name(option));
                    }
                });
                if fit != image.fit {
                    session.edit_element(index, None, |e| {
                        if let ElementKind::Image(i) = &mut e.kind {
                            i.fit = fit;
                        }
                    });
                }
                super::photo_frame_ui::photo_frame_ui(ui, session, index, image, resources);
                crop_ui(ui, session, index, image.crop);
                if ui.button(tr!("props-replace-photo").shown()).clicked() {
                    action = PropertiesAction::ReplaceImage(index);
                }
                ui.separator();
                adjust_ui(ui, session, index, image.adjust);
                effect_ui(ui, session, index, image.effect);
                ui.separator();
                face_blocks_ui(ui, session, index, image.blocks.len());
            }
            ElementKind::Qr(qr) => qr_ui(ui, session, index, qr),
            ElementKind::Svg(svg) => svg_ui(ui, session, index, svg, resources),
            ElementKind::Group(_) => {}
        }
    });
    action
}

/// Most colours of a drawing offered one by one: beyond them a drawing is a picture
/// (a photo traced into paths), not artwork to recolour.
const MAX_DRAWING_COLOURS: usize = 12;

/// The drawing's colours, each changeable, and a way back to its own.
fn svg_ui(
    ui: &mut egui::Ui,
    session: &mut Session,
    index: usize,
    svg: &crate::model::SvgElement,
    resources: &Resources,
) {
    let Some(bytes) = session.project.assets.get(svg.asset.as_str()) else {
        return;
    };
    let Ok(parsed) = resources
        .assets
        .svg(&svg.asset, bytes, resources.fonts.svg_font_database())
    else {
        return;
    };
    let colours = crate::layout::svg_colours(&parsed.tree);
    if colours.is_empty() {
        return;
    }
    ui.label(tr!("props-drawing-colours").shown());
    for (number, own) in colours.iter().take(MAX_DRAWING_COLOURS).enumerate() {
        let label = if colours.len() == 1 {
            tr!("props-drawing-colour-only").text()
        } else {
            tr!("props-drawing-colour", number = number + 1).text()
        };
        if let Some(chosen) = color_field(ui, &label, svg.painted(*own)) {
            let own = *own;
            session.edit_element(index, Some(&format!("drawing-colour-{number}")), |e| {
                if let ElementKind::Svg(svg) = &mut e.kind {
                    svg.set_painted(own, chosen);
                }
            });
        }
    }
    if colours.len() > MAX_DRAWING_COLOURS {
        rtl::weak(
            ui,
            &tr!(
                "props-drawing-many-colours",
                count = colours.len(),
                shown = MAX_DRAWING_COLOURS
            ),
        );
    }
    if !svg.recolor.is_empty()
        && ui
            .button(tr!("props-drawing-own-colours").shown())
            .clicked()
    {
        session.edit_element(index, None, |e| {
            if let ElementKind::Svg(svg) = &mut e.kind {
                svg.recolor.clear();
            }
        });
    }
}

/// The part of the photo used, in per cent of its width and height.
fn crop_ui(ui: &mut egui::Ui, session: &mut Session, index: usize, crop: Option<CropRect>) {
    let set = |session: &mut Session, key: &str, crop: Option<CropRect>| {
        session.edit_element(index, Some(key), |e| {
            if let ElementKind::Image(i) = &mut e.kind {
                i.crop = crop.map(CropRect::sanitized);
            }
        });
    };
    let mut cropped = crop.is_some();
    if ui
        .checkbox(&mut cropped, tr!("props-crop").shown())
        .changed()
    {
        let full = CropRect {
            x: 0.0,
            y: 0.0,
            width: 1.0,
            height: 1.0,
        };
        set(session, "crop", cropped.then_some(full));
    }
    let Some(crop) = crop else {
        return;
    };
    let mut values = [crop.x, crop.y, crop.width, crop.height].map(|v| v * 100.0);
    let mut changed = false;
    rtl::grid(ui, "crop", 4, |ui| {
        let names = [
            tr!("props-crop-left"),
            tr!("props-crop-top"),
            tr!("props-crop-width"),
            tr!("props-crop-height"),
        ];
        for (i, name) in names.into_iter().enumerate() {
            let label = ui.label(name.shown());
            changed |= ui
                .add(rtl::localised(
                    egui::DragValue::new(&mut values[i])
                        .range(0.0..=100.0)
                        .suffix(" %"),
                ))
                .labelled_by(label.id)
                .changed();
            if i % 2 == 1 {
                ui.end_row();
            }
        }
    });
    if changed {
        let [x, y, width, height] = values.map(|v| v / 100.0);
        set(
            session,
            "crop-values",
            Some(CropRect {
                x,
                y,
                width,
                height,
            }),
        );
    }
}

/// Brightness and contrast sliders.
fn adjust_ui(ui: &mut egui::Ui, session: &mut Session, index: usize, adjust: ImageAdjust) {
    let mut values = [adjust.brightness, adjust.contrast].map(|v| v * 100.0);
    let mut changed = false;
    rtl::grid(ui, "adjust", 2, |ui| {
        let names = [tr!("props-brightness"), tr!("props-contrast")];
        for (value, name) in values.iter_mut().zip(names) {
            let label = ui.label(name.shown());
            changed |= ui
                .add(egui::Slider::new(value, -100.0..=100.0).suffix(" %"))
                .labelled_by(label.id)
                .changed();
            ui.end_row();
        }
    });
    if changed {
        let [brightness, contrast] = values.map(|v| v / 100.0);
        session.edit_element(index, Some("adjust"), |e| {
            if let ElementKind::Image(i) = &mut e.kind {
                i.adjust = ImageAdjust {
                    brightness,
                    contrast,
                };
            }
        });
    }
}

/// The effects offered, with settings that suit a design in `palette`'s colours.
fn effect_choices(palette: Option<&Palette>) -> [Option<ImageEffect>; 6] {
    // Shadows in the palette's darkest colour, highlights in its accent (or, when the
    // accent is the darkest, its lightest colour).
    let (dark, light) = palette.map_or(
        (Color::rgb(0x1a, 0x1a, 0x2e), Color::rgb(0xff, 0xd4, 0x00)),
        |p| {
            let colours = [p.background, p.text, p.accent, p.accent_text];
            let by_lightness = |a: &&Color, b: &&Color| {
                relative_luminance(**a).total_cmp(&relative_luminance(**b))
            };
            let darkest = *colours.iter().min_by(by_lightness).unwrap_or(&Color::BLACK);
            let lightest = *colours.iter().max_by(by_lightness).unwrap_or(&Color::WHITE);
            (
                darkest,
                if p.accent == darkest {
                    lightest
                } else {
                    p.accent
                },
            )
        },
    );
    [
        None,
        Some(ImageEffect::Grayscale),
        Some(ImageEffect::Duotone { dark, light }),
        Some(ImageEffect::Threshold {
            level: 0.5,
            ink: dark,
            paper: None,
        }),
        Some(ImageEffect::Posterize { levels: 4 }),
        Some(ImageEffect::Halftone {
            cell: Pt::from(Mm(3.0)),
            angle: 45.0,
            ink: dark,
            paper: None,
        }),
    ]
}

fn effect_name(effect: Option<ImageEffect>) -> String {
    effect
        .map_or_else(|| tr!("props-effect-none"), |effect| effect.name())
        .shown()
}

/// The poster effect and its settings.
fn effect_ui(ui: &mut egui::Ui, session: &mut Session, index: usize, effect: Option<ImageEffect>) {
    let set = |session: &mut Session, key: Option<&str>, effect: Option<ImageEffect>| {
        session.edit_element(index, key, |e| {
            if let ElementKind::Image(i) = &mut e.kind {
                i.effect = effect;
            }
        });
    };
    let choices = effect_choices(session.project.document.palette.as_ref());
    let mut chosen = None;
    rtl::labelled_combo(
        ui,
        "effect",
        &tr!("props-effect").shown(),
        effect_name(effect),
        |ui| {
            for choice in choices {
                let same = effect_name(choice) == effect_name(effect);
                if ui.selectable_label(same, effect_name(choice)).clicked() && !same {
                    chosen = Some(choice);
                }
            }
        },
    );
    if let Some(choice) = chosen {
        set(session, None, choice);
        return;
    }
    let Some(mut edited) = effect else {
        return;
    };
    let mut key = "effect";
    match &mut edited {
        ImageEffect::Grayscale => {}
        ImageEffect::Duotone { dark, light } => {
            if let Some(c) = color_field(ui, &tr!("props-shadows").text(), *dark) {
                *dark = c;
            }
            if let Some(c) = color_field(ui, &tr!("props-highlights").text(), *light) {
                *light = c;
            }
        }
        ImageEffect::Threshold { level, ink, paper } => {
            let mut percent = *level * 100.0;
            if ui
                .add(
                    egui::Slider::new(&mut percent, 1.0..=99.0)
                        .suffix(" %")
                        .text(tr!("props-level").shown()),
                )
                .changed()
            {
                *level = percent / 100.0;
                key = "effect-level";
            }
            ink_and_paper_ui(ui, ink, paper);
        }
        ImageEffect::Posterize { levels } => {
            ui.add(egui::Slider::new(levels, 2..=8).text(tr!("props-steps").shown()));
        }
        ImageEffect::Halftone {
            cell,
            angle,
            ink,
            paper,
        } => {
            if let Some(size) = mm_field(ui, &tr!("props-dot-spacing").text(), *cell) {
                *cell = Pt(size.0.max(Pt::from(Mm(0.5)).0));
            }
            if ui
                .add(
                    egui::Slider::new(angle, 0.0..=90.0)
                        .suffix("°")
                        .text(tr!("props-angle").shown()),
                )
                .changed()
            {
                key = "effect-angle";
            }
            ink_and_paper_ui(ui, ink, paper);
        }
    }
    if Some(edited) != effect {
        set(session, Some(key), Some(edited));
    }
}

fn ink_and_paper_ui(ui: &mut egui::Ui, ink: &mut Color, paper: &mut Option<Color>) {
    if let Some(c) = color_field(ui, &tr!("props-ink").text(), *ink) {
        *ink = c;
    }
    let mut has_paper = paper.is_some();
    if ui
        .checkbox(&mut has_paper, tr!("props-paper-colour").shown())
        .changed()
    {
        *paper = has_paper.then_some(Color::WHITE);
    }
    if let Some(colour) = paper
        && let Some(c) = color_field(ui, &tr!("props-paper").text(), *colour)
    {
        *colour = c;
    }
}

/// Face blocks: mark them by dragging on the photo, remove them here.
fn face_blocks_ui(ui: &mut egui::Ui, session: &mut Session, index: usize, count: usize) {
    ui.label(tr!("props-hide-faces").shown());
    let marking = session.marking_faces == Some(index);
    ui.horizontal(|ui| {
        let text = if marking {
            tr!("props-faces-done").shown()
        } else {
            tr!("props-faces-block").shown()
        };
        if ui.selectable_label(marking, text).clicked() {
            session.marking_faces = (!marking).then_some(index);
        }
        if count > 0 && ui.button(tr!("props-faces-remove-last").shown()).clicked() {
            session.edit_element(index, None, |e| {
                if let ElementKind::Image(i) = &mut e.kind {
                    i.blocks.pop();
                }
            });
        }
    });
    if marking {
        rtl::label(ui, &tr!("props-faces-hint"));
    } else if count > 0 {
        rtl::label(ui, &tr!("props-face-blocks", count = count));
    }
}

fn fit_name(fit: ImageFit) -> String {
    match fit {
        ImageFit::Cover => tr!("props-fit-cover"),
        ImageFit::Contain => tr!("props-fit-contain"),
        ImageFit::Stretch => tr!("props-fit-stretch"),
    }
    .shown()
}

fn geometry_ui(ui: &mut egui::Ui, session: &mut Session, index: usize, element: &Element) {
    let mut name = element.name.clone().unwrap_or_default();
    let changed = ui
        .horizontal(|ui| {
            let label = ui.label(tr!("props-name").shown());
            ui.text_edit_singleline(&mut name)
                .labelled_by(label.id)
                .changed()
        })
        .inner;
    if changed {
        session.edit_element(index, Some("name"), |e| {
            e.name = (!name.trim().is_empty()).then(|| name.clone());
        });
    }
    rtl::grid(ui, "geometry", 2, |ui| {
        if let Some(x) = mm_field(ui, &tr!("props-x").text(), element.x) {
            session.edit_element(index, Some("x"), |e| e.x = x);
        }
        if let Some(y) = mm_field(ui, &tr!("props-y").text(), element.y) {
            session.edit_element(index, Some("y"), |e| e.y = y);
        }
        ui.end_row();
        if let Some(w) = mm_field(ui, &tr!("props-w").text(), element.width) {
            session.edit_element(index, Some("w"), |e| e.width = Pt(w.0.max(0.1)));
        }
        if let Some(h) = mm_field(ui, &tr!("props-h").text(), element.height) {
            session.edit_element(index, Some("h"), |e| e.height = Pt(h.0.max(0.1)));
        }
        ui.end_row();
    });
    let (mut rotation, mut opacity) = (element.rotation, element.opacity * 100.0);
    ui.horizontal(|ui| {
        let label = ui.label(tr!("props-rotation").shown());
        if ui
            .add(rtl::localised(
                egui::DragValue::new(&mut rotation)
                    .range(-180.0..=180.0)
                    .suffix("°"),
            ))
            .labelled_by(label.id)
            .changed()
        {
            session.edit_element(index, Some("rotation"), |e| e.rotation = rotation);
        }
        let label = ui.label(tr!("props-opacity").shown());
        if ui
            .add(rtl::localised(
                egui::DragValue::new(&mut opacity)
                    .range(0.0..=100.0)
                    .suffix(" %"),
            ))
            .labelled_by(label.id)
            .changed()
        {
            session.edit_element(index, Some("opacity"), |e| e.opacity = opacity / 100.0);
        }
    });
}

/// Applies a change to the text element at `index`.
pub(super) fn edit_text(
    session: &mut Session,
    index: usize,
    key: &str,
    change: impl FnOnce(&mut TextElement),
) {
    session.edit_element(index, Some(key), |e| {
        if let ElementKind::Text(t) = &mut e.kind {
            change(t);
        }
    });
}

fn text_ui(
    ui: &mut egui::Ui,
    session: &mut Session,
    index: usize,
    text: &TextElement,
    families: &[String],
    resources: &Resources,
) {
    let mut content = text.text.clone();
    let label = ui.label(tr!("props-text").shown());
    // Shown and edited as the page shows it: the engine lays it out.
    let response = design_text_field(ui, ("text", index), resources, text, &mut content, "")
        .labelled_by(label.id);
    if response.changed() {
        edit_text(session, index, "text", |t| t.text = content);
    }
    let mut family = text.font_family.clone();
    crate::app::campaign_ui::font_combo(ui, &tr!("props-font").shown(), &mut family, families);
    if family != text.font_family {
        edit_text(session, index, "family", |t| t.font_family = family);
    }
    let mut weight = text.font_weight;
    rtl::labelled_combo(
        ui,
        "weight",
        &tr!("props-weight").shown(),
        weight_name(weight),
        |ui| {
            for w in [400, 700, 900] {
                ui.selectable_value(&mut weight, w, weight_name(w));
            }
        },
    );
    if weight != text.font_weight {
        edit_text(session, index, "weight", |t| t.font_weight = weight);
    }
    let (mut italic, mut caps, mut auto_fit) = (text.italic, text.all_caps, text.auto_fit);
    ui.horizontal(|ui| {
        if ui
            .checkbox(&mut italic, tr!("props-italic").shown())
            .changed()
        {
            edit_text(session, index, "italic", |t| t.italic = italic);
        }
        if ui
            .checkbox(&mut caps, tr!("props-capitals").shown())
            .changed()
        {
            edit_text(session, index, "caps", |t| t.all_caps = caps);
        }
        if ui
            .checkbox(&mut auto_fit, tr!("props-fit-to-box").shown())
            .changed()
        {
            edit_text(session, index, "fit", |t| t.auto_fit = auto_fit);
        }
    });
    if !text.auto_fit {
        let mut size = text.font_size.0;
        ui.horizontal(|ui| {
            let label = ui.label(tr!("props-size").shown());
            if ui
                .add(rtl::localised(
                    egui::DragValue::new(&mut size)
                        .range(1.0..=2000.0)
                        .suffix(format!(" {}", tr!("bar-size-unit").shown())),
                ))
                .labelled_by(label.id)
                .changed()
            {
                edit_text(session, index, "size", |t| t.font_size = Pt(size));
            }
        });
    }
    // Words bent along a path are one line centred on it: alignment means nothing there.
    let mut align = text.align;
    if text.path.is_none() {
        ui.horizontal(|ui| {
            for (option, name) in [
                (TextAlign::Left, tr!("props-align-left")),
                (TextAlign::Center, tr!("props-align-centre")),
                (TextAlign::Right, tr!("props-align-right")),
                (TextAlign::Justify, tr!("props-align-justify")),
            ] {
                ui.selectable_value(&mut align, option, name.shown());
            }
        });
    }
    if align != text.align {
        edit_text(session, index, "align", |t| t.align = align);
    }
    if let Some(element) = session.page().elements.get(index) {
        let size = (element.width.0, element.height.0);
        super::text_path_ui::text_path_ui(ui, session, index, text, size);
    }
    let (mut line_height, mut spacing) = (text.line_height, text.letter_spacing * 100.0);
    ui.horizontal(|ui| {
        let label = ui.label(tr!("props-line-height").shown());
        if ui
            .add(rtl::localised(
                egui::DragValue::new(&mut line_height)
                    .range(0.5..=3.0)
                    .speed(0.01),
            ))
            .labelled_by(label.id)
            .changed()
        {
            edit_text(session, index, "line", |t| t.line_height = line_height);
        }
        let label = ui.label(tr!("props-spacing").shown());
        if ui
            .add(rtl::localised(
                egui::DragValue::new(&mut spacing)
                    .range(-20.0..=100.0)
                    .suffix(" %"),
            ))
            .labelled_by(label.id)
            .changed()
        {
            edit_text(session, index, "spacing", |t| {
                t.letter_spacing = spacing / 100.0
            });
        }
    });
    if let Some(fill) = color_field(ui, &tr!("props-colour").text(), text.fill) {
        edit_text(session, index, "fill", |t| t.fill = fill);
    }
    super::text_effects_ui::text_effects_ui(ui, session, index, text);
}

fn weight_name(weight: u16) -> String {
    match weight {
        0..=549 => tr!("props-weight-regular"),
        550..=799 => tr!("props-weight-bold"),
        _ => tr!("props-weight-black"),
    }
    .shown()
}

fn shape_ui(
    ui: &mut egui::Ui,
    session: &mut Session,
    index: usize,
    shape: &crate::model::ShapeElement,
) {
    let edit =
        |session: &mut Session, key: &str, change: &dyn Fn(&mut crate::model::ShapeElement)| {
            session.edit_element(index, Some(key), |e| {
                if let ElementKind::Shape(s) = &mut e.kind {
                    change(s);
                }
            });
        };
    let mut filled = shape.fill.is_some();
    if ui
        .checkbox(&mut filled, tr!("props-fill").shown())
        .changed()
    {
        edit(session, "filled", &|s| {
            s.fill = filled.then_some(Color::rgb(0xd7, 0x26, 0x1e))
        });
    }
    if let Some(fill) = shape.fill
        && let Some(color) = color_field(ui, &tr!("props-fill-colour").text(), fill)
    {
        edit(session, "fill", &|s| s.fill = Some(color));
    }
    let mut stroked = shape.stroke.is_some();
    if ui
        .checkbox(&mut stroked, tr!("props-outline").shown())
        .changed()
    {
        edit(session, "stroked", &|s| {
            s.stroke = stroked.then_some(Stroke::solid(Color::BLACK, Pt::from(Mm(1.0))));
        });
    }
    if let Some(stroke) = shape.stroke {
        if let Some(color) = color_field(ui, &tr!("props-outline-colour").text(), stroke.color) {
            edit(session, "stroke-color", &|s| {
                s.stroke = Some(Stroke { color, ..stroke })
            });
        }
        if let Some(width) = mm_field(ui, &tr!("props-outline-width").text(), stroke.width) {
            edit(session, "stroke-width", &|s| {
                s.stroke = Some(Stroke { width, ..stroke })
            });
        }
        let dash_name = |dash: StrokeDash| {
            match dash {
                StrokeDash::Solid => tr!("props-line-solid"),
                StrokeDash::Dashed => tr!("props-line-dashed"),
                StrokeDash::Dotted => tr!("props-line-dotted"),
            }
            .shown()
        };
        let mut dash = stroke.dash;
        rtl::labelled_combo(
            ui,
            "stroke-dash",
            &tr!("props-line-style").shown(),
            dash_name(dash),
            |ui| {
                for option in [StrokeDash::Solid, StrokeDash::Dashed, StrokeDash::Dotted] {
                    ui.selectable_value(&mut dash, option, dash_name(option));
                }
            },
        );
        if dash != stroke.dash {
            edit(session, "stroke-dash", &|s| {
                s.stroke = Some(Stroke { dash, ..stroke })
            });
        }
        let mut round = stroke.round;
        if ui
            .checkbox(&mut round, tr!("props-line-round").shown())
            .changed()
        {
            edit(session, "stroke-round", &|s| {
                s.stroke = Some(Stroke { round, ..stroke })
            });
        }
    }
    if let Shape::Rect { corner_radius } = shape.shape
        && let Some(radius) = mm_field(ui, &tr!("props-corner-radius").text(), corner_radius)
    {
        edit(session, "radius", &|s| {
            s.shape = Shape::Rect {
                corner_radius: Pt(radius.0.max(0.0)),
            }
        });
    }
    // Points of a star or burst, sides of a polygon.
    let corners = match shape.shape {
        Shape::Polygon { sides } => Some((sides, tr!("props-sides"))),
        Shape::Star { points, .. } | Shape::Burst { points } => Some((points, tr!("props-points"))),
        _ => None,
    };
    if let Some((count, name)) = corners {
        let mut count = count;
        let changed = ui
            .horizontal(|ui| {
                let label = ui.label(name.shown());
                ui.add(rtl::localised(
                    egui::DragValue::new(&mut count)
                        .range(3..=crate::model::limits::MAX_CORNERS.min(60))
                        .speed(0.1),
                ))
                .labelled_by(label.id)
                .changed()
            })
            .inner;
        if changed {
            edit(session, "corners", &|s| {
                s.shape = match s.shape.clone() {
                    Shape::Polygon { .. } => Shape::Polygon { sides: count },
                    Shape::Star { inner_ratio, .. } => Shape::Star {
                        points: count,
                        inner_ratio,
                    },
                    Shape::Burst { .. } => Shape::Burst { points: count },
                    other => other,
                }
            });
        }
    }
}

/// The QR code's contents, error correction and colours.
fn qr_ui(ui: &mut egui::Ui, session: &mut Session, index: usize, qr: &crate::model::QrElement) {
    use crate::model::QrErrorCorrection;
    let mut data = qr.data.clone();
    let label = ui.label(tr!("props-qr-link").shown());
    if ui
        .add(
            egui::TextEdit::singleline(&mut data)
                .char_limit(crate::model::limits::MAX_TEXT_CHARS)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed()
    {
        session.edit_element(index, Some("qr-data"), |e| {
            if let ElementKind::Qr(q) = &mut e.kind {
                q.data = data;
            }
        });
    }
    let mut level = qr.error_correction;
    let name = |l: QrErrorCorrection| {
        match l {
            QrErrorCorrection::Low => tr!("props-qr-low"),
            QrErrorCorrection::Medium => tr!("props-qr-medium"),
            QrErrorCorrection::Quartile => tr!("props-qr-quartile"),
            QrErrorCorrection::High => tr!("props-qr-high"),
        }
        .shown()
    };
    rtl::labelled_combo(
        ui,
        "qr-correction",
        &tr!("props-qr-correction").shown(),
        name(level),
        |ui| {
            for option in [
                QrErrorCorrection::Low,
                QrErrorCorrection::Medium,
                QrErrorCorrection::Quartile,
                QrErrorCorrection::High,
            ] {
                ui.selectable_value(&mut level, option, name(option));
            }
        },
    );
    if level != qr.error_correction {
        session.edit_element(index, None, |e| {
            if let ElementKind::Qr(q) = &mut e.kind {
                q.error_correction = level;
            }
        });
    }
    if let Some(dark) = color_field(ui, &tr!("props-qr-colour").text(), qr.dark) {
        session.edit_element(index, Some("qr-dark"), |e| {
            if let ElementKind::Qr(q) = &mut e.kind {
                q.dark = dark;
            }
        });
    }
    rtl::weak(ui, &tr!("props-qr-hint"));
}
