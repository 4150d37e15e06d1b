//! Built-in templates: documents in `assets/templates/` with named slots, embedded in the
//! program so a lone executable has them.

use std::path::Path;

use serde::Serialize;

use crate::model::{Document, ElementKind, ModelError, Project};

/// A template's source, embedded at build time.
struct TemplateSource {
    id: &'static str,
    kind: &'static str,
    json: &'static str,
}

macro_rules! templates {
    ($($kind:literal : $id:literal),* $(,)?) => {
        &[$(TemplateSource {
            id: $id,
            kind: $kind,
            json: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/templates/", $id, ".json")),
        }),*]
    };
}

static TEMPLATES: &[TemplateSource] = templates![
    "poster": "poster-a3",
    "poster": "poster-a2",
    "poster": "poster-a1",
    "poster": "poster-11x17in",
    "poster": "poster-18x24in",
    "poster": "poster-24x36in",
    "poster": "poster-a3-es",
    "poster": "poster-a3-fa",
    "poster": "poster-a3-ar",
    "poster": "poster-a3-bands",
    "poster": "event-a4-burst",
    "placard": "placard-22x28in",
    "placard": "placard-a2-landscape",
    "placard": "yard-sign-18x24in",
    "sticker": "sticker-round-75mm",
    "sticker": "sticker-round-rim-75mm",
    "sticker": "sticker-rect-100x50mm",
    "sticker": "sticker-square-3in",
    "t-shirt": "tshirt-front-12x16in",
    "social": "social-square-1080",
    "social": "social-share-1200x630",
    "social": "social-story-1080x1920",
    "social": "quote-card-1080",
    "social": "social-square-1080-es",
    "social": "social-square-1080-fa",
    "social": "social-square-1080-ar",
    "social": "social-square-photo-circle-1080",
    "leaflet": "leaflet-a5",
    "leaflet": "leaflet-a6",
];

/// What a template offers, as `placard templates` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateInfo {
    /// Identifier used on the command line, such as `poster-a2`.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Kind: poster, placard, sticker, …
    pub kind: String,
    /// The language its words are in, when a template was made for one (its id ends in
    /// the language's tag: `poster-a3-fa`); `None` for the English ones.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Trim width in millimetres.
    pub width_mm: f32,
    /// Trim height in millimetres.
    pub height_mm: f32,
    /// For designs made for screens: the size in pixels at the design's export
    /// resolution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pixels: Option<(u32, u32)>,
    /// Number of pages (2 for double-sided placards).
    pub pages: usize,
    /// The slots a volunteer fills in, with what each takes.
    pub slots: Vec<SlotInfo>,
}

/// One fillable slot.
#[derive(Debug, Clone, Serialize)]
pub struct SlotInfo {
    /// The slot's name, such as `headline`.
    pub name: String,
    /// `text`, `image` or `link` (a QR code).
    pub takes: String,
}

mod words;
pub use words::{load_in, part_names, title_in};

/// Ids of all built-in templates.
pub fn ids() -> Vec<&'static str> {
    TEMPLATES.iter().map(|t| t.id).collect()
}

/// Loads a built-in template as a new project.
pub fn load(id: &str) -> Option<Result<Project, ModelError>> {
    let source = TEMPLATES.iter().find(|t| t.id == id)?;
    let path = Path::new(source.id);
    Some(parse(source.json, path))
}

fn parse(json: &str, path: &Path) -> Result<Project, ModelError> {
    let document: Document = serde_json::from_str(json).map_err(|err| ModelError::BadDocument {
        path: path.to_owned(),
        reason: crate::tr!("file-json", reason = err.to_string()),
    })?;
    let mut project = Project::new(document);
    add_symbols(&mut project);
    Ok(project)
}

/// Gives a template the drawings of the library symbols it shows: an `svg` element whose
/// asset is `symbol-<id>.svg` takes the symbol's drawing (templates carry no files).
fn add_symbols(project: &mut Project) {
    let mut wanted = Vec::new();
    for element in project.document.elements_recursive() {
        if let ElementKind::Svg(drawing) = &element.kind
            && !project.assets.contains_key(drawing.asset.as_str())
            && let Some(id) = drawing
                .asset
                .strip_prefix("symbol-")
                .and_then(|rest| rest.strip_suffix(".svg"))
            && let Some(symbol) = crate::symbols::by_id(id)
        {
            wanted.push(symbol);
        }
    }
    for symbol in wanted {
        project.add_asset(&symbol.file_name(), symbol.svg.clone());
    }
}

/// The language a template was made in, when its id ends in a language's tag
/// (`poster-a3-fa`); `None` for the English ones.
fn made_in(id: &str) -> Option<crate::i18n::Language> {
    id.rsplit_once('-')
        .and_then(|(_, last)| {
            crate::i18n::Language::ALL
                .into_iter()
                .find(|l| l.tag() == last)
        })
        .filter(|l| *l != crate::i18n::Language::English)
}

/// Describes every built-in template.
pub fn list() -> Vec<TemplateInfo> {
    TEMPLATES
        .iter()
        .filter_map(|source| {
            let project = parse(source.json, Path::new(source.id)).ok()?;
            Some(describe(source.id, source.kind, &project.document))
        })
        .collect()
}

/// The volunteer's own templates: the `.placard` files in `dir`, by name, with their
/// paths. Files that cannot be read are left out.
pub fn user_templates(dir: &Path) -> Vec<(TemplateInfo, std::path::PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(TemplateInfo, std::path::PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "placard"))
        .filter_map(|path| {
            let project = Project::load(&path).ok()?;
            let id = path.file_stem()?.to_string_lossy().into_owned();
            Some((describe(&id, "yours", &project.document), path))
        })
        .collect();
    found.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    found
}

/// Describes a template document.
pub fn describe(id: &str, kind: &str, document: &Document) -> TemplateInfo {
    let (width_mm, height_mm) = document
        .pages
        .first()
        .map_or((0.0, 0.0), |p| (p.width.to_mm().0, p.height.to_mm().0));
    let slots = document
        .slots()
        .into_iter()
        .map(|name| {
            let takes = slot_kind(document, &name).unwrap_or("text");
            SlotInfo {
                name,
                takes: takes.to_owned(),
            }
        })
        .collect();
    let pixels = document
        .export_dpi
        .zip(document.pages.first())
        .map(|(dpi, page)| {
            let px = |pt: f32| (pt * dpi / 72.0).round() as u32;
            (px(page.width.0), px(page.height.0))
        });
    let language = made_in(id).map(|l| l.tag().to_owned());
    TemplateInfo {
        id: id.to_owned(),
        language,
        pixels,
        name: document.title.clone(),
        kind: kind.to_owned(),
        width_mm: (width_mm * 10.0).round() / 10.0,
        height_mm: (height_mm * 10.0).round() / 10.0,
        pages: document.pages.len(),
        slots,
    }
}

/// What the named slot takes: `text`, `image`, or `link` (a QR code's contents).
pub fn slot_kind(document: &Document, slot: &str) -> Option<&'static str> {
    document
        .elements_recursive()
        .into_iter()
        .find(|e| e.slot.as_deref() == Some(slot))
        .map(|e| match e.kind {
            ElementKind::Image(_) | ElementKind::Svg(_) => "image",
            ElementKind::Qr(_) => "link",
            _ => "text",
        })
}

/// The heading over a kind of template ("poster" → "Posters"), in the volunteer's
/// language.
pub fn kind_heading(kind: &str) -> crate::i18n::Message {
    match kind {
        "poster" => crate::tr!("start-kind-poster"),
        "placard" => crate::tr!("start-kind-placard"),
        "sticker" => crate::tr!("start-kind-sticker"),
        "t-shirt" => crate::tr!("start-kind-t-shirt"),
        "social" => crate::tr!("start-kind-social"),
        "leaflet" => crate::tr!("start-kind-leaflet"),
        _ => crate::tr!("start-kind-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_has_slots() {
        for id in ids() {
            let project = load(id).unwrap().unwrap();
            assert!(!project.document.slots().is_empty(), "{id} has no slots");
        }
        let infos = list();
        assert_eq!(infos.len(), TEMPLATES.len());
        let a2 = infos.iter().find(|t| t.id == "poster-a2").unwrap();
        assert_eq!((a2.width_mm, a2.height_mm), (420.0, 594.0));
        assert_eq!(a2.pixels, None);
        let story = infos
            .iter()
            .find(|t| t.id == "social-story-1080x1920")
            .unwrap();
        assert_eq!(story.pixels, Some((1080, 1920)));
    }
}
