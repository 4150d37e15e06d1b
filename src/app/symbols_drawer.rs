//! The Symbols drawer: the symbol library ([`crate::symbols`]) searched by its words in
//! any language Placard speaks, or browsed by section; each symbol a button showing its
//! drawing, drawn by the engine as it prints. A click puts it on the page.

use std::collections::HashMap;

use crate::layout::Resources;
use crate::model::{
    Background, Color, Document, Element, ElementKind, PaperSize, Project, SvgElement,
};
use crate::render::raster;
use crate::symbols::{self, Category, Symbol};
use crate::tr;
use crate::units::Pt;

use super::rtl::{self, Shown};

/// Side of a symbol's button, in points.
const CELL: f32 = 52.0;
/// Side of the drawing in it.
const DRAWING: f32 = 40.0;

/// What the drawer remembers between frames.
#[derive(Default)]
pub struct SymbolsDrawer {
    /// The words searched for.
    query: String,
    /// The section shown, or every one.
    category: Option<Category>,
    /// Each symbol's picture, by id and the colour it is drawn in; `None` where it could
    /// not be drawn.
    pictures: HashMap<(String, [u8; 3]), Option<egui::TextureHandle>>,
}

impl SymbolsDrawer {
    /// Shows the search field, the sections and the symbols found; returns the symbol
    /// clicked.
    pub fn ui(&mut self, ui: &mut egui::Ui, resources: &Resources) -> Option<&'static Symbol> {
        rtl::label(ui, &tr!("drawer-symbols-hint"));
        ui.add_space(4.0);
        rtl::row(ui, |ui| {
            let label = ui.label(tr!("symbols-search").shown());
            ui.add(egui::TextEdit::singleline(&mut self.query).desired_width(f32::INFINITY))
                .labelled_by(label.id);
        });
        ui.add_space(2.0);
        rtl::wrapped_row(ui, |ui| {
            if ui
                .selectable_label(self.category.is_none(), tr!("symbols-all").shown())
                .clicked()
            {
                self.category = None;
            }
            for category in Category::ALL {
                if ui
                    .selectable_label(self.category == Some(category), category.name().shown())
                    .clicked()
                {
                    self.category = (self.category != Some(category)).then_some(category);
                }
            }
        });
        ui.separator();
        let language = crate::i18n::language().tag();
        let found = symbols::search(&self.query, language, self.category);
        if found.is_empty() {
            rtl::weak(ui, &tr!("symbols-none"));
            return None;
        }
        let ink = ui.visuals().text_color();
        let ink = [ink.r(), ink.g(), ink.b()];
        let per_row = ((ui.available_width() / (CELL + 4.0)).floor() as usize).max(1);
        let rows = found.len().div_ceil(per_row);
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, CELL + 4.0, rows, |ui, shown_rows| {
                for row in shown_rows {
                    rtl::row(ui, |ui| {
                        for symbol in found.iter().skip(row * per_row).take(per_row) {
                            let picture = self.picture(ui.ctx(), symbol, ink, resources);
                            if symbol_button(ui, symbol, picture, language).clicked() {
                                clicked = Some(*symbol);
                            }
                        }
                    });
                }
            });
        clicked
    }

    /// The symbol's picture in the panel's text colour, drawn by the engine on first use.
    fn picture(
        &mut self,
        ctx: &egui::Context,
        symbol: &Symbol,
        ink: [u8; 3],
        resources: &Resources,
    ) -> Option<egui::TextureHandle> {
        self.pictures
            .entry((symbol.id.clone(), ink))
            .or_insert_with(|| {
                let project = symbol_page(symbol, Color::rgb(ink[0], ink[1], ink[2]));
                let built = crate::scene::build_page(&project, 0, resources).ok()?;
                let dpi = DRAWING * ctx.pixels_per_point() / built.scene.width.max(1.0) * 72.0;
                let pixmap = raster::render_page(&built.scene, dpi, false, true)?;
                let image = egui::ColorImage::from_rgba_premultiplied(
                    [pixmap.width() as usize, pixmap.height() as usize],
                    pixmap.data(),
                );
                Some(ctx.load_texture(
                    format!("symbol-{}", symbol.id),
                    image,
                    egui::TextureOptions::LINEAR,
                ))
            })
            .clone()
    }
}

/// A page the symbol fills, in `colour`, with nothing behind it.
fn symbol_page(symbol: &Symbol, colour: Color) -> Project {
    let mut document = Document::new(&symbol.id, PaperSize::Metric(25.4, 25.4));
    let page = &mut document.pages[0];
    page.background = Background::None;
    page.bleed = Pt(0.0);
    let (width, height) = (page.width, page.height);
    let mut project = Project::new(document);
    let mut drawing = SvgElement::new(project.add_asset(&symbol.file_name(), symbol.svg.clone()));
    drawing.set_painted(Color::BLACK, colour);
    project.document.pages[0].elements.push(Element::new(
        Pt(0.0),
        Pt(0.0),
        width,
        height,
        ElementKind::Svg(drawing),
    ));
    project
}

/// One symbol's button: its drawing, its name for the tooltip and screen readers.
fn symbol_button(
    ui: &mut egui::Ui,
    symbol: &Symbol,
    picture: Option<egui::TextureHandle>,
    language: &str,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(CELL, CELL), egui::Sense::click());
    let name = symbol.name(language).to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    let visuals = ui.style().interact(&response);
    if response.hovered() || response.has_focus() {
        ui.painter().rect_filled(rect, 6.0, visuals.weak_bg_fill);
    }
    if let Some(picture) = picture {
        let size = picture.size_vec2() / ui.ctx().pixels_per_point();
        let scale = (DRAWING / size.x.max(size.y)).min(1.0);
        let shown = egui::Rect::from_center_size(rect.center(), size * scale);
        ui.painter().image(
            picture.id(),
            shown,
            egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
            egui::Color32::WHITE,
        );
    }
    response.on_hover_text(rtl::shown_words(symbol.name(language)).into_owned())
}
