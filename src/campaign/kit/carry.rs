//! What a volunteer did to their design beyond the template's slots, carried into each
//! format of a campaign kit: colours they gave the slots' texts (where they still read on
//! the format's background), texts, photos, drawings and QR codes they added (placed at
//! the same share of the page, inside its safe margin), and a photo they placed loose
//! instead of in the photo frame. What cannot be placed is named with the reason, so the
//! kit window can say so.

use crate::campaign::contrast;
use crate::model::{Element, ElementKind, Page, Project};
use crate::scene::colour_behind;
use crate::units::Pt;

/// Pages whose shapes differ more than this (the ratio of their aspect ratios) take no
/// added elements: a slogan placed for a tall poster has no sensible place on a wide
/// share image.
const MAX_SHAPE_CHANGE: f32 = 1.6;

/// What an element is called in the kit's report.
fn called(element: &Element) -> String {
    element.words(30).map_or_else(
        || element.label(),
        |words| crate::tr!("quoted", words = words).text(),
    )
}

/// Whether an element carries content a volunteer adds (text, picture, drawing, code).
fn is_content(element: &Element) -> bool {
    match &element.kind {
        ElementKind::Text(text) => !text.text.trim().is_empty(),
        ElementKind::Image(image) => image.asset.is_some(),
        ElementKind::Svg(_) | ElementKind::Qr(_) => true,
        _ => false,
    }
}

/// What the volunteer did beyond the template's slots, found once per design and used
/// for every format.
pub struct Changes<'a> {
    /// The built-in template the design was started from, when it is known.
    template: Option<Project>,
    /// The elements the volunteer added outside the slots.
    pub added: Vec<&'a Element>,
}

impl<'a> Changes<'a> {
    /// The changes of `source`.
    pub fn of(source: &'a Project) -> Changes<'a> {
        let template = source_template(source);
        let added = added_elements(source, template.as_ref());
        Changes { template, added }
    }
}

/// The built-in template the design was started from, found by its title in any of
/// the languages a design may have been started in.
fn source_template(source: &Project) -> Option<Project> {
    crate::templates::ids()
        .into_iter()
        .filter_map(|id| Some((id, crate::templates::load(id)?.ok()?)))
        .find(|(id, template)| {
            let own = &template.document.title;
            crate::i18n::Language::ALL.into_iter().any(|language| {
                let title = crate::templates::title_in(id, own, language);
                !title.is_empty() && source.document.title.starts_with(title)
            })
        })
        .map(|(_, template)| template)
}

/// The source's elements the volunteer added: content outside any slot, not among the
/// slot-less content of the template the design was started from.
fn added_elements<'a>(source: &'a Project, template: Option<&Project>) -> Vec<&'a Element> {
    let Some(page) = source.document.pages.first() else {
        return Vec::new();
    };
    // The template's own parts, each by its name in every language (the design may have
    // been started in another language than the kit is made in) and its kind.
    let template_own: Vec<(Option<&str>, std::mem::Discriminant<ElementKind>)> = template
        .and_then(|template| template.document.pages.first())
        .map(|p| {
            p.elements
                .iter()
                .filter(|e| e.slot.is_none() && is_content(e))
                .flat_map(|e| {
                    let kind = std::mem::discriminant(&e.kind);
                    match e.name.as_deref() {
                        Some(name) => crate::templates::part_names(name)
                            .into_iter()
                            .map(|name| (Some(name), kind))
                            .collect::<Vec<_>>(),
                        None => vec![(None, kind)],
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    page.elements
        .iter()
        .filter(|e| e.slot.is_none() && !e.hidden && is_content(e))
        .filter(|e| !template_own.contains(&(e.name.as_deref(), std::mem::discriminant(&e.kind))))
        .collect()
}

/// The largest photo among the added elements: the design's photo when its photo frame
/// is empty (the volunteer pasted or dropped it beside the frame).
pub fn loose_photo<'a>(added: &[&'a Element]) -> Option<&'a Element> {
    added
        .iter()
        .copied()
        .filter(|e| matches!(e.kind, ElementKind::Image(_)))
        .max_by(|a, b| {
            (a.width.0 * a.height.0)
                .partial_cmp(&(b.width.0 * b.height.0))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
}

/// Puts `element` (from a page of `from` size) on `page` at the same share of the page,
/// scaled with the page and kept inside the safe margin; `None` when the shapes differ
/// too much.
fn placed(element: &Element, from: (f32, f32), page: &Page) -> Option<Element> {
    let (fw, fh) = from;
    let (tw, th) = (page.width.0, page.height.0);
    if fw <= 0.0 || fh <= 0.0 || tw <= 0.0 || th <= 0.0 {
        return None;
    }
    let change = (fw / fh) / (tw / th);
    if change.max(1.0 / change) > MAX_SHAPE_CHANGE {
        return None;
    }
    let scale = (tw / fw).min(th / fh);
    let mut out = element.clone();
    out.width = Pt(element.width.0 * scale);
    out.height = Pt(element.height.0 * scale);
    let centre = (
        (element.x.0 + element.width.0 / 2.0) / fw * tw,
        (element.y.0 + element.height.0 / 2.0) / fh * th,
    );
    // Inside the page's safe area (on a round sticker, the square inside its circle).
    let safe = page.safe_rect();
    let (room_w, room_h) = (safe.width.max(1.0), safe.height.max(1.0));
    let fit = (room_w / out.width.0).min(room_h / out.height.0).min(1.0);
    out.width = Pt(out.width.0 * fit);
    out.height = Pt(out.height.0 * fit);
    let x = (centre.0 - out.width.0 / 2.0).clamp(safe.x, safe.right() - out.width.0);
    let y = (centre.1 - out.height.0 / 2.0).clamp(safe.y, safe.bottom() - out.height.0);
    out.x = Pt(x);
    out.y = Pt(y);
    if let ElementKind::Text(text) = &mut out.kind {
        text.font_size = Pt(text.font_size.0 * scale * fit);
    }
    Some(out)
}

/// The assets an element shows.
fn assets_of(element: &Element) -> Vec<String> {
    match &element.kind {
        ElementKind::Image(image) => image.asset.iter().cloned().collect(),
        ElementKind::Svg(svg) => vec![svg.asset.clone()],
        ElementKind::Group(group) => group.children.iter().flat_map(assets_of).collect(),
        _ => Vec::new(),
    }
}

/// The colour behind the middle of an element standing at `index` on `page`.
fn behind(page: &Page, index: usize, element: &Element) -> Option<crate::model::Color> {
    let centre = element.centre();
    colour_behind(page, index, centre)
}

/// Gives the format's slot texts the colours the volunteer gave them in `source`, where
/// they read at least as well on the format's background as they did in the source (or
/// well, at 3:1); returns what kept the format's own colour.
pub fn carry_text_colours(
    source: &Project,
    changes: &Changes<'_>,
    target: &mut Project,
    format: &str,
) -> Vec<String> {
    let mut kept = Vec::new();
    let Some(source_page) = source.document.pages.first() else {
        return kept;
    };
    // Only colours the volunteer chose: a slot text still in its template's colour takes
    // the format's own.
    let template_fill = |slot: &str| {
        changes.template.as_ref().and_then(|t| {
            t.document
                .elements_recursive()
                .into_iter()
                .find(|e| e.slot.as_deref() == Some(slot))
                .and_then(|e| match &e.kind {
                    ElementKind::Text(text) => Some(text.fill),
                    _ => None,
                })
        })
    };
    for page in &mut target.document.pages {
        for index in 0..page.elements.len() {
            let element = &page.elements[index];
            let (Some(slot), ElementKind::Text(text)) = (&element.slot, &element.kind) else {
                continue;
            };
            let Some((source_index, given)) =
                source_page.elements.iter().enumerate().find(|(_, e)| {
                    e.slot.as_deref() == Some(slot.as_str())
                        && matches!(e.kind, ElementKind::Text(_))
                })
            else {
                continue;
            };
            let ElementKind::Text(given_text) = &given.kind else {
                continue;
            };
            if given_text.fill == text.fill
                || element.hidden
                || template_fill(slot) == Some(given_text.fill)
            {
                continue;
            }
            let was = behind(source_page, source_index, given)
                .map_or(4.5, |b| contrast(given_text.fill, b));
            let now = behind(page, index, element).map_or(4.5, |b| contrast(given_text.fill, b));
            if now + 0.05 >= was.min(3.0) {
                let (fill, outline, shadow) =
                    (given_text.fill, given_text.outline, given_text.shadow);
                if let ElementKind::Text(text) = &mut page.elements[index].kind {
                    text.fill = fill;
                    text.outline = outline;
                    text.shadow = shadow;
                }
            } else {
                kept.push(
                    crate::tr!("kit-colour-kept", element = called(given), format = format).text(),
                );
            }
        }
    }
    kept
}

/// Places the volunteer's added elements on the format's first page; returns what could
/// not be placed, with why.
pub fn carry_added(
    source: &Project,
    added: &[&Element],
    target: &mut Project,
    format: &str,
) -> Vec<String> {
    let mut left_out = Vec::new();
    let Some(from) = source
        .document
        .pages
        .first()
        .map(|p| (p.width.0, p.height.0))
    else {
        return left_out;
    };
    let Some(page) = target.document.pages.first_mut() else {
        return left_out;
    };
    for element in added {
        match placed(element, from, page) {
            Some(mut element) => {
                for asset in assets_of(&element) {
                    if let Some(bytes) = source.assets.get(&asset) {
                        target.assets.insert(asset, bytes.clone());
                    }
                }
                // A text that would not read on this format's background takes the
                // colour that reads best there.
                let under = behind(page, page.elements.len(), &element);
                if let (ElementKind::Text(text), Some(under)) = (&mut element.kind, under)
                    && contrast(text.fill, under) < 3.0
                {
                    text.fill = crate::campaign::readable_text_colour(
                        target.document.palette.as_ref(),
                        under,
                    );
                    left_out.push(
                        crate::tr!(
                            "kit-colour-changed",
                            element = called(&element),
                            format = format
                        )
                        .text(),
                    );
                }
                page.elements.push(element);
            }
            None => left_out.push(
                crate::tr!("kit-left-out", element = called(element), format = format).text(),
            ),
        }
    }
    left_out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, PaperSize, TextElement};

    #[test]
    fn a_design_started_in_another_language_adds_none_of_its_template_s_parts() {
        use crate::i18n::Language;
        for language in Language::ALL {
            let source = crate::templates::load_in("poster-a3", language)
                .and_then(Result::ok)
                .expect("poster-a3");
            let changes = Changes::of(&source);
            assert!(
                changes.template.is_some(),
                "{language:?}: template not found"
            );
            assert!(
                changes.added.is_empty(),
                "{language:?}: {:?}",
                changes.added.iter().map(|e| &e.name).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn an_added_text_keeps_its_share_of_the_page_inside_the_safe_margin() {
        let page = Document::new("A2", PaperSize::Metric(420.0, 594.0)).pages[0].clone();
        let text = Element::new(
            Pt(-20.0),
            Pt(700.0),
            Pt(600.0),
            Pt(80.0),
            ElementKind::Text(TextElement::new("#FreeAssange", "Inter", Pt(40.0))),
        );
        let a3 = (841.89, 1190.55);
        let moved = placed(&text, a3, &page).unwrap();
        let safe = page.safe_margin();
        assert!(moved.x.0 >= safe - 1e-3, "kept off the edge: {}", moved.x.0);
        assert!((moved.width.0 / text.width.0 - page.width.0 / a3.0).abs() < 0.02);
        let wide = Document::new("share", PaperSize::Metric(423.0, 222.0)).pages[0].clone();
        assert!(
            placed(&text, a3, &wide).is_none(),
            "a wide page takes no tall poster's text"
        );
    }
}
