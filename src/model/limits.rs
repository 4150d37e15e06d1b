//! What a design may ask for: the one place that bounds pages, elements, text, shapes and
//! numbers, so that a file made to harm (or a slip of the keyboard) gets a plain message
//! naming the limit instead of minutes of work or gigabytes of memory. Checked when a
//! design is opened ([`check_json`] on the raw file, [`check_document`] on the result)
//! and when a value enters it from outside (a merge table's cell, `--set`).

use super::{Background, Document, Element, ElementKind, Shape};
use crate::i18n::{Arg, Message};
use crate::tr;
use crate::units::{Mm, Pt};

/// Most pages in one design.
pub const MAX_PAGES: usize = 200;
/// Most elements in one design, groups and their members counted.
pub const MAX_ELEMENTS: usize = 20_000;
/// Deepest nesting of groups.
pub const MAX_GROUP_DEPTH: usize = 40;
/// Most characters in one text (or one QR code's data): several pages of a leaflet.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Most corners of a polygon or points of a star.
pub const MAX_CORNERS: u32 = 1000;
/// Most colour stops in a gradient.
pub const MAX_GRADIENT_STOPS: usize = 64;
/// Most face blocks on one photo.
pub const MAX_BLOCKS: usize = 200;
/// Smallest page side, in millimetres.
pub const MIN_PAGE_MM: f32 = 5.0;
/// Largest page side, in millimetres: 5 m, which with bleed and crop marks stays inside
/// the 200 inches a PDF page may measure.
pub const MAX_PAGE_MM: f32 = 5000.0;
/// Largest bleed, in millimetres.
pub const MAX_BLEED_MM: f32 = 25.0;
/// Largest text size, in points (a 7 m tall letter).
pub const MAX_FONT_SIZE: f32 = 20_000.0;
/// Largest magnitude of any number in a design file: positions and sizes stay within
/// a few kilometres of the page.
pub const MAX_NUMBER: f64 = 1.0e7;

/// A limit passed, in plain words.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct OverLimit(pub Message);

/// Checks the raw `document.json` before it is read: every number finite and within
/// [`MAX_NUMBER`] (JSON allows 1e400, which becomes infinity).
pub fn check_json(value: &serde_json::Value) -> Result<(), OverLimit> {
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            serde_json::Value::Number(number) => {
                let n = number.as_f64().unwrap_or(f64::INFINITY);
                if !n.is_finite() || n.abs() > MAX_NUMBER {
                    return Err(OverLimit(tr!(
                        "limit-number",
                        number = number.to_string(),
                        most = format!("{MAX_NUMBER:e}")
                    )));
                }
            }
            serde_json::Value::Array(items) => stack.extend(items),
            serde_json::Value::Object(fields) => stack.extend(fields.values()),
            _ => {}
        }
    }
    Ok(())
}

/// Checks a design against every limit above; the message names the page and element.
pub fn check_document(document: &Document) -> Result<(), OverLimit> {
    if document.pages.len() > MAX_PAGES {
        return Err(OverLimit(tr!(
            "limit-pages",
            count = document.pages.len(),
            most = MAX_PAGES
        )));
    }
    let (min, max, max_bleed) = (
        Pt::from(Mm(MIN_PAGE_MM)).0,
        Pt::from(Mm(MAX_PAGE_MM)).0,
        Pt::from(Mm(MAX_BLEED_MM)).0,
    );
    let mut elements = 0;
    for (index, page) in document.pages.iter().enumerate() {
        let name = tr!("place-page", page = index + 1).text();
        for side in [page.width.0, page.height.0] {
            if !(min..=max).contains(&side) {
                return Err(OverLimit(tr!(
                    "limit-page-size",
                    page = name.as_str(),
                    width = Arg::number(page.width.to_mm().0, 0),
                    height = Arg::number(page.height.to_mm().0, 0),
                    least = Arg::number(MIN_PAGE_MM, 0),
                    most = Arg::number(MAX_PAGE_MM / 1000.0, 0)
                )));
            }
        }
        if !(0.0..=max_bleed).contains(&page.bleed.0) {
            return Err(OverLimit(tr!(
                "limit-bleed",
                page = name.as_str(),
                bleed = Arg::number(page.bleed.to_mm().0, 1),
                most = Arg::number(MAX_BLEED_MM, 0)
            )));
        }
        if let Background::LinearGradient { stops, .. } = &page.background {
            check_stops(&name, stops.len())?;
        }
        check_elements(&name, &page.elements, 1, &mut elements)?;
    }
    Ok(())
}

fn check_stops(name: &str, count: usize) -> Result<(), OverLimit> {
    if count > MAX_GRADIENT_STOPS {
        return Err(OverLimit(tr!(
            "limit-gradient-stops",
            place = name,
            count = count,
            most = MAX_GRADIENT_STOPS
        )));
    }
    Ok(())
}

fn check_elements(
    page: &str,
    elements: &[Element],
    depth: usize,
    count: &mut usize,
) -> Result<(), OverLimit> {
    if depth > MAX_GROUP_DEPTH {
        return Err(OverLimit(tr!(
            "limit-group-depth",
            place = page,
            most = MAX_GROUP_DEPTH
        )));
    }
    *count += elements.len();
    if *count > MAX_ELEMENTS {
        return Err(OverLimit(tr!("limit-elements", most = MAX_ELEMENTS)));
    }
    for element in elements {
        let name = || format!("{page}{}{}", tr!("place-separator").text(), element.label());
        match &element.kind {
            ElementKind::Text(text) => {
                check_text_length(&name(), &text.text).map_err(OverLimit)?;
                if !(text.font_size.0 > 0.0 && text.font_size.0 <= MAX_FONT_SIZE) {
                    return Err(OverLimit(tr!(
                        "limit-text-size",
                        place = name(),
                        size = text.font_size.0.to_string(),
                        most = Arg::number(MAX_FONT_SIZE, 0)
                    )));
                }
            }
            ElementKind::Qr(qr) => check_text_length(&name(), &qr.data).map_err(OverLimit)?,
            ElementKind::Shape(shape) => {
                let corners = match shape.shape {
                    Shape::Polygon { sides } => sides,
                    Shape::Star { points, .. } | Shape::Burst { points } => points,
                    _ => 0,
                };
                if corners > MAX_CORNERS {
                    return Err(OverLimit(tr!(
                        "limit-corners",
                        place = name(),
                        count = corners,
                        most = MAX_CORNERS
                    )));
                }
            }
            ElementKind::Image(image) if image.blocks.len() > MAX_BLOCKS => {
                return Err(OverLimit(tr!(
                    "limit-face-blocks",
                    place = name(),
                    count = image.blocks.len(),
                    most = MAX_BLOCKS
                )));
            }
            ElementKind::Group(group) => check_elements(page, &group.children, depth + 1, count)?,
            ElementKind::Image(_) | ElementKind::Svg(_) => {}
        }
    }
    Ok(())
}

/// Checks a text (or a QR code's data) for `subject` against [`MAX_TEXT_CHARS`].
pub fn check_text_length(subject: &str, text: &str) -> Result<(), Message> {
    // Bytes bound characters from above: count only when it could matter.
    if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS {
        return Err(tr!(
            "limit-text-length",
            place = subject,
            count = text.chars().count(),
            most = MAX_TEXT_CHARS
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PaperSize, ShapeElement, TextElement};

    fn poster() -> Document {
        Document::new("Test", PaperSize::Metric(420.0, 594.0))
    }

    fn add(document: &mut Document, kind: ElementKind) {
        document.pages[0]
            .elements
            .push(Element::new(Pt(0.0), Pt(0.0), Pt(100.0), Pt(100.0), kind));
    }

    #[test]
    fn an_ordinary_design_passes() {
        let mut document = poster();
        add(
            &mut document,
            ElementKind::Text(TextElement::new("FREE ASSANGE", "Anton", Pt(72.0))),
        );
        assert_eq!(check_document(&document), Ok(()));
    }

    #[test]
    fn each_limit_is_named_when_passed() {
        let mut document = poster();
        add(
            &mut document,
            ElementKind::Shape(ShapeElement {
                shape: Shape::Star {
                    points: 4_000_000_000,
                    inner_ratio: 0.5,
                },
                fill: None,
                stroke: None,
            }),
        );
        let err = check_document(&document).unwrap_err().to_string();
        assert!(err.contains("page 1") && err.contains("1000"), "{err}");

        let mut document = poster();
        let long = "word ".repeat(MAX_TEXT_CHARS);
        add(
            &mut document,
            ElementKind::Text(TextElement::new(&long, "Anton", Pt(12.0))),
        );
        let err = check_document(&document).unwrap_err().to_string();
        assert!(err.contains("characters"), "{err}");

        for (width, height) in [(0.0, 100.0), (-5.0, 100.0), (100.0, 20_000.0)] {
            let mut document = poster();
            document.pages[0].width = Mm(width).into();
            document.pages[0].height = Mm(height).into();
            let err = check_document(&document).unwrap_err().to_string();
            assert!(err.contains("pages may be"), "{err}");
        }

        let value: serde_json::Value = serde_json::from_str(r#"{"x": [1, 2, 1e39]}"#).unwrap();
        assert!(check_json(&value).is_err());
    }
}
