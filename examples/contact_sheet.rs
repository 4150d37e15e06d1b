//! Draws a contact sheet of every built-in template (every page), with a photo in the
//! photo slots: `cargo run --release --example contact_sheet -- OUT.png PHOTO.jpg`.
//! `scripts/contact-sheet.sh` makes docs/templates.png with it.
//!
//! The sheet is itself a Placard design — thumbnails as images, names as text — drawn
//! by the engine.

use std::process::ExitCode;
use std::sync::Arc;

use placard::export::{self, PngOptions};
use placard::layout::Resources;
use placard::model::{
    Background, Color, Document, Element, ElementKind, ImageElement, ImageFit, PaperSize, Project,
    TextAlign, TextElement,
};
use placard::templates;
use placard::units::Pt;

/// Thumbnail height in pixels (1 pt = 1 px on the sheet).
const THUMB: f32 = 300.0;
const GAP: f32 = 28.0;
const LABEL: f32 = 34.0;
const SHEET_WIDTH: f32 = 2000.0;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(out), Some(photo)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: contact_sheet OUT.png PHOTO.jpg");
        return ExitCode::FAILURE;
    };
    match run(out, photo) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("contact_sheet: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(out: &str, photo: &str) -> Result<(), String> {
    let resources = Resources::bundled();
    let photo: Arc<[u8]> = std::fs::read(photo)
        .map_err(|e| format!("{photo}: {e}"))?
        .into();
    let mut sheet = Project::new(Document::new(
        "Placard templates",
        PaperSize::Metric(1.0, 1.0),
    ));
    let (mut x, mut y) = (GAP, GAP);
    let mut row_height: f32 = 0.0;
    let mut elements = Vec::new();
    for id in templates::ids() {
        let mut project = templates::load(id)
            .ok_or_else(|| format!("no template {id}"))?
            .map_err(|e| e.to_string())?;
        let asset = project.add_asset("photo.jpg", photo.clone());
        fill_photo_slots(&mut project, &asset);
        for page in 0..project.document.pages.len() {
            let (scene, warnings) =
                export::page_scene(&project, page, &resources).map_err(|e| e.to_string())?;
            if !warnings.is_empty() {
                return Err(format!(
                    "{id}: {}",
                    warnings
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; ")
                ));
            }
            let dpi = THUMB / scene.height * 72.0;
            let mut png = Vec::new();
            let options = PngOptions {
                dpi,
                include_bleed: false,
                transparent: false,
                solid_alpha: None,
            };
            let (width, height) =
                export::write_png(&scene, &options, &mut png).map_err(|e| e.to_string())?;
            let (w, h) = (width as f32, height as f32);
            if x + w > SHEET_WIDTH - GAP {
                x = GAP;
                y += row_height + GAP;
                row_height = 0.0;
            }
            let name = format!("{id}-{}.png", page + 1);
            let thumb = sheet.add_asset(&name, png.into());
            elements.push(Element::new(
                Pt(x),
                Pt(y),
                Pt(w),
                Pt(h),
                ElementKind::Image(ImageElement {
                    asset: Some(thumb),
                    fit: ImageFit::Contain,
                    crop: None,
                    ..ImageElement::default()
                }),
            ));
            let pages = project.document.pages.len();
            let label = if pages > 1 {
                format!("{id} ({}/{pages})", page + 1)
            } else {
                id.to_owned()
            };
            let mut text = TextElement::new(&label, "Inter", Pt(15.0));
            text.fill = Color::rgba(0xee, 0xee, 0xee, 0xff);
            text.align = TextAlign::Left;
            elements.push(Element::new(
                Pt(x),
                Pt(y + h + 6.0),
                Pt(w.max(220.0)),
                Pt(LABEL - 8.0),
                ElementKind::Text(text),
            ));
            x += w.max(220.0) + GAP;
            row_height = row_height.max(h + LABEL);
        }
    }
    let page = &mut sheet.document.pages[0];
    page.width = Pt(SHEET_WIDTH);
    page.height = Pt(y + row_height + GAP);
    page.bleed = Pt(0.0);
    page.background = Background::Solid {
        color: Color::rgba(0x2a, 0x2a, 0x2e, 0xff),
    };
    page.elements = elements;
    let options = PngOptions {
        dpi: 72.0,
        include_bleed: false,
        transparent: false,
        solid_alpha: None,
    };
    let warnings = export::export_png(&sheet, 0, &resources, &options, std::path::Path::new(out))
        .map_err(|e| e.to_string())?;
    if !warnings.is_empty() {
        return Err(warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "));
    }
    println!("{out}");
    Ok(())
}

/// Puts the photo into every empty image slot.
fn fill_photo_slots(project: &mut Project, asset: &str) {
    fn fill(elements: &mut [Element], asset: &str) {
        for element in elements {
            match &mut element.kind {
                ElementKind::Image(image) if image.asset.is_none() => {
                    image.asset = Some(asset.to_owned());
                }
                ElementKind::Group(group) => fill(&mut group.children, asset),
                _ => {}
            }
        }
    }
    for page in &mut project.document.pages {
        fill(&mut page.elements, asset);
    }
}
