//! Preflight: what a print shop would phone about, found before the file leaves — blurry
//! photos, text in the margin or the bleed, artwork stopping at the trim edge, hairlines,
//! tiny or hard-to-read text, characters no font has. Each finding names its element,
//! says in plain words what is wrong, and offers a fix where one exists.

use serde::Serialize;

use crate::campaign::contrast;
use crate::diag::Diagnostic;
use crate::geom::{Point, Rect, Transform};
use crate::i18n::{Arg, Message};
use crate::layout::Resources;
use crate::model::{Background, Color, Element, ElementKind, ImageFit, Page, Project, TextElement};
use crate::scene::{TextFit, build_page_for_check, colour_behind};
use crate::tr;
use crate::units::{Mm, Pt};

pub use crate::diag::{Fix, Severity};

/// One problem found: the print check speaks the engine's diagnostics.
pub type Finding = Diagnostic;

/// Thinnest line that prints reliably.
pub const MIN_LINE_WIDTH: f32 = 0.25;
/// Smallest readable type in print.
pub const MIN_PRINT_TEXT: f32 = 6.0;

/// Photo resolutions below which a product looks soft (warning) or blurry (error),
/// in pixels per inch as printed.
fn resolution_limits(page: &Page, screen_dpi: Option<f32>) -> (f32, f32) {
    if let Some(dpi) = screen_dpi {
        return (0.75 * dpi, dpi);
    }
    // Big formats are seen from a distance and need fewer pixels.
    let big = page.width.0.max(page.height.0) > Pt::from(Mm(450.0)).0;
    if big { (100.0, 150.0) } else { (150.0, 300.0) }
}

/// Where the letters of a text box are, in the box's own coordinates.
fn ink_box(text: &TextElement, width: f32, height: f32, content: (f32, f32)) -> Rect {
    use crate::model::{TextAlign, VerticalAlign};
    let (cw, ch) = (content.0.min(width), content.1.min(height));
    let x = match text.align {
        TextAlign::Left | TextAlign::Justify => 0.0,
        TextAlign::Center => (width - cw) / 2.0,
        TextAlign::Right => width - cw,
    };
    let y = match text.vertical_align {
        VerticalAlign::Top => 0.0,
        VerticalAlign::Middle => (height - ch) / 2.0,
        VerticalAlign::Bottom => height - ch,
    };
    Rect::new(x, y, cw, ch)
}

fn corners(r: &Rect) -> [Point; 4] {
    [
        Point::new(r.x, r.y),
        Point::new(r.right(), r.y),
        Point::new(r.right(), r.bottom()),
        Point::new(r.x, r.bottom()),
    ]
}

/// Checks every page of a design. Each page is first built the way an export builds it
/// (every picture and drawing loaded, pixels decoded), so what an export would refuse or
/// warn about is found here in the same words; then come the print shop's own checks.
pub fn check(project: &Project, resources: &Resources) -> Vec<Finding> {
    let mut findings = Vec::new();
    let screen_dpi = project.document.export_dpi;
    for (page_index, page) in project.document.pages.iter().enumerate() {
        let built = build_page_for_check(project, page_index, resources);
        findings.extend(built.diagnostics);
        check_page(
            project,
            resources,
            page_index,
            page,
            &built.texts,
            screen_dpi,
            &mut findings,
        );
    }
    crate::diag::dedup(&mut findings);
    findings.sort_by_key(|f| (f.severity, f.page, f.element));
    findings
}

fn check_page(
    project: &Project,
    resources: &Resources,
    page_index: usize,
    page: &Page,
    texts: &[TextFit],
    screen_dpi: Option<f32>,
    out: &mut Vec<Finding>,
) {
    let trim = Rect::new(0.0, 0.0, page.width.0, page.height.0);
    let print = screen_dpi.is_none();
    for (index, element) in page.elements.iter().enumerate() {
        if element.hidden {
            continue;
        }
        let transform = element.transform();
        let found = |severity, message: Message, fix: Option<Fix>| {
            let finding =
                Diagnostic::new(severity, message).at(page_index, Some(index), element.label());
            match fix {
                Some(fix) => finding.with_fix(fix),
                None => finding,
            }
        };
        match &element.kind {
            ElementKind::Text(text) => {
                // Laid out once, by the scene builder, which also reported what does not
                // fit and what no font has.
                let Some(layout) = texts.iter().find(|t| t.element == index) else {
                    continue;
                };
                let size = layout.font_size;
                if print && size < MIN_PRINT_TEXT && !text.text.trim().is_empty() {
                    out.push(found(
                        Severity::Error,
                        tr!(
                            "check-text-too-small",
                            size = Arg::number(size, 1),
                            least = Arg::number(MIN_PRINT_TEXT, 0)
                        ),
                        None,
                    ));
                }
                let ink = ink_box(text, element.width.0, element.height.0, layout.content);
                let ink_corners: Vec<Point> = if layout.bent_ink.is_empty() {
                    corners(&ink).map(|p| transform.apply(p)).to_vec()
                } else {
                    layout
                        .bent_ink
                        .iter()
                        .map(|&p| transform.apply(p))
                        .collect()
                };
                if !text.text.trim().is_empty()
                    && ink_corners.iter().any(|&p| !page.is_in_safe_area(p))
                {
                    let outside_trim = ink_corners.iter().any(|&p| !trim.contains(p));
                    out.push(found(
                        if outside_trim {
                            Severity::Error
                        } else {
                            Severity::Warning
                        },
                        if outside_trim {
                            tr!("check-text-past-trim")
                        } else {
                            tr!("check-text-near-edge")
                        },
                        Some(Fix::MoveInsideSafeArea {
                            page: page_index,
                            element: index,
                        }),
                    ));
                }
                let centre = transform.apply(Point::new(
                    ink.x + ink.width / 2.0,
                    ink.y + ink.height / 2.0,
                ));
                if let Some(behind) = colour_behind(page, index, centre) {
                    let ratio = contrast(text.fill, behind);
                    let large = size >= 18.0 || (size >= 14.0 && text.font_weight >= 700);
                    let needed = if large { 3.0 } else { 4.5 };
                    if text.fill.a > 128 && ratio < needed {
                        out.push(found(
                            Severity::Warning,
                            tr!(
                                "check-text-low-contrast",
                                ratio = Arg::number(ratio, 1),
                                needed = Arg::number(needed, 1)
                            ),
                            None,
                        ));
                    }
                }
                if let Some(outline) = &text.outline
                    && outline.width.0 > 0.0
                    && outline.width.0 < MIN_LINE_WIDTH
                {
                    out.push(found(
                        Severity::Warning,
                        tr!(
                            "check-outline-too-thin",
                            width = Arg::number(outline.width.0, 2),
                            least = Arg::number(MIN_LINE_WIDTH, 2)
                        ),
                        None,
                    ));
                }
            }
            ElementKind::Shape(shape) => {
                if let Some(stroke) = &shape.stroke
                    && stroke.width.0 < MIN_LINE_WIDTH
                {
                    out.push(found(
                        Severity::Warning,
                        tr!(
                            "check-line-too-thin",
                            width = Arg::number(stroke.width.0, 2),
                            least = Arg::number(MIN_LINE_WIDTH, 2)
                        ),
                        Some(Fix::ThickenLine {
                            page: page_index,
                            element: index,
                        }),
                    ));
                }
            }
            ElementKind::Image(image) => {
                if let Some(asset) = &image.asset
                    && let Some(bytes) = project.assets.get(asset)
                    && let Ok(loaded) = resources.assets.image(asset, bytes)
                {
                    let crop = image.crop.map(|c| c.sanitized());
                    let (cw, ch) = (
                        loaded.width as f32 * crop.map_or(1.0, |c| c.width),
                        loaded.height as f32 * crop.map_or(1.0, |c| c.height),
                    );
                    let (w_in, h_in) = (element.width.0 / 72.0, element.height.0 / 72.0);
                    let (dx, dy) = (cw / w_in.max(1e-3), ch / h_in.max(1e-3));
                    let dpi = match image.fit {
                        ImageFit::Cover => dx.min(dy),
                        ImageFit::Contain => dx.max(dy),
                        ImageFit::Stretch => dx.min(dy),
                    };
                    let (error, warning) = resolution_limits(page, screen_dpi);
                    if dpi < error {
                        out.push(found(
                            Severity::Error,
                            if print {
                                tr!(
                                    "check-photo-blurry-print",
                                    dpi = Arg::number(dpi.round(), 0),
                                    wanted = Arg::number(warning.round(), 0)
                                )
                            } else {
                                tr!(
                                    "check-photo-blurry-screen",
                                    dpi = Arg::number(dpi.round(), 0),
                                    wanted = Arg::number(warning.round(), 0)
                                )
                            },
                            None,
                        ));
                    } else if dpi < warning {
                        out.push(found(
                            Severity::Warning,
                            if print {
                                tr!(
                                    "check-photo-soft-print",
                                    dpi = Arg::number(dpi.round(), 0),
                                    wanted = Arg::number(warning.round(), 0)
                                )
                            } else {
                                tr!(
                                    "check-photo-soft-screen",
                                    dpi = Arg::number(dpi.round(), 0),
                                    wanted = Arg::number(warning.round(), 0)
                                )
                            },
                            None,
                        ));
                    }
                }
            }
            ElementKind::Qr(qr) => check_qr(page, qr, element, print, &mut |severity, message| {
                out.push(found(severity, message, None));
            }),
            _ => {}
        }
        // Artwork that stops exactly at the trim edge leaves a white sliver after cutting.
        if print && page.bleed.0 > 0.5 && !matches!(element.kind, ElementKind::Text(_)) {
            let sides = edges_stopping_at_trim(element, &transform, &trim, page.bleed.0);
            if sides > 0 {
                out.push(found(
                    Severity::Warning,
                    tr!("check-ends-at-trim"),
                    Some(Fix::ExtendIntoBleed {
                        page: page_index,
                        element: index,
                    }),
                ));
            }
        }
    }
}

/// The inks a screen printer would need: one per distinct solid colour.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InkReport {
    /// The distinct colours, as `#rrggbb`, in order of first use.
    pub inks: Vec<String>,
    /// Photos need process colour or digital printing, not spot inks.
    pub photos: bool,
    /// Gradients and half-transparent colours need halftones.
    pub blends: bool,
}

impl InkReport {
    /// Whether a 1–4 colour screen print can reproduce the design as it is.
    pub fn screen_printable(&self) -> bool {
        !self.photos && !self.blends && (1..=4).contains(&self.inks.len())
    }
}

/// Counts the inks a screen print of page `page` would need.
pub fn inks(project: &Project, page: usize) -> InkReport {
    let mut report = InkReport {
        inks: Vec::new(),
        photos: false,
        blends: false,
    };
    let Some(page) = project.document.pages.get(page) else {
        return report;
    };
    let mut add = |report: &mut InkReport, color: Color, opacity: f32| {
        if color.a == 0 {
            return;
        }
        if color.a < 255 || opacity < 1.0 {
            report.blends = true;
        }
        let hex = format!("#{:02x}{:02x}{:02x}", color.r, color.g, color.b);
        if !report.inks.contains(&hex) {
            report.inks.push(hex);
        }
    };
    match &page.background {
        Background::Solid { color } => add(&mut report, *color, 1.0),
        Background::LinearGradient { .. } => report.blends = true,
        Background::Image { .. } => report.photos = true,
        Background::None => {}
    }
    fn walk(
        elements: &[Element],
        opacity: f32,
        report: &mut InkReport,
        add: &mut dyn FnMut(&mut InkReport, Color, f32),
    ) {
        for element in elements.iter().filter(|e| !e.hidden) {
            let opacity = opacity * element.opacity;
            match &element.kind {
                ElementKind::Text(text) => {
                    add(report, text.fill, opacity);
                    if let Some(outline) = &text.outline {
                        add(report, outline.color, opacity);
                    }
                    if let Some(shadow) = &text.shadow {
                        add(report, shadow.color, opacity);
                    }
                }
                ElementKind::Shape(shape) => {
                    if let Some(fill) = shape.fill {
                        add(report, fill, opacity);
                    }
                    if let Some(stroke) = &shape.stroke {
                        add(report, stroke.color, opacity);
                    }
                }
                ElementKind::Qr(qr) => {
                    add(report, qr.dark, opacity);
                    if let Some(light) = qr.light {
                        add(report, light, opacity);
                    }
                }
                ElementKind::Image(_) => report.photos = true,
                // An SVG's colours are not counted; treat it like a photo.
                ElementKind::Svg(_) => report.photos = true,
                ElementKind::Group(group) => walk(&group.children, opacity, report, add),
            }
        }
    }
    walk(&page.elements, 1.0, &mut report, &mut add);
    report
}

/// Smallest QR module that prints and scans reliably.
pub const MIN_QR_MODULE_MM: f32 = 0.4;

/// A QR code must scan: big enough for the distance it is read from (about a tenth of
/// it), modules not too fine, dark on light with enough contrast.
fn check_qr(
    page: &Page,
    qr: &crate::model::QrElement,
    element: &Element,
    print: bool,
    report: &mut dyn FnMut(Severity, Message),
) {
    // A QR code that cannot hold its text is reported by the scene builder.
    let Ok((count, _)) = crate::scene::qr_modules(qr) else {
        return;
    };
    if qr.data.trim().is_empty() {
        report(Severity::Error, tr!("check-qr-empty"));
    }
    let side = element.width.0.min(element.height.0);
    let modules = (count + 2 * crate::scene::QR_QUIET_ZONE) as f32;
    if print {
        let side_mm = Pt(side).to_mm().0;
        let module_mm = side_mm / modules;
        // Posters are read from a metre or two, hand-held prints from about 30 cm.
        let big = page.width.0.max(page.height.0) > Pt::from(Mm(450.0)).0;
        let (distance_cm, needed_mm) = if big { (100.0, 100.0) } else { (30.0, 30.0) };
        if module_mm < MIN_QR_MODULE_MM {
            report(
                Severity::Error,
                tr!("check-qr-too-fine", size = Arg::number(module_mm, 2)),
            );
        } else if side_mm < needed_mm {
            report(
                Severity::Warning,
                tr!(
                    "check-qr-too-small",
                    side = Arg::number(side_mm.round(), 0),
                    distance = Arg::number(distance_cm, 0),
                    needed = Arg::number(needed_mm, 0)
                ),
            );
        }
    } else if side / modules < 2.0 {
        report(Severity::Warning, tr!("check-qr-pixels"));
    }
    let light = qr.light.unwrap_or(Color::WHITE);
    if contrast(qr.dark, light) < 4.5 || luminance_order(qr.dark, light) {
        report(Severity::Warning, tr!("check-qr-contrast"));
    }
}

/// Whether `dark` is in fact the lighter of the two.
fn luminance_order(dark: Color, light: Color) -> bool {
    let sum = |c: Color| u32::from(c.r) * 3 + u32::from(c.g) * 6 + u32::from(c.b);
    sum(dark) > sum(light)
}

/// How many sides of an unrotated element lie on the trim edge without reaching into
/// the bleed.
fn edges_stopping_at_trim(
    element: &Element,
    transform: &Transform,
    trim: &Rect,
    bleed: f32,
) -> usize {
    if element.rotation.rem_euclid(360.0) != 0.0 {
        return 0;
    }
    let b = transform.map_rect(&Rect::new(0.0, 0.0, element.width.0, element.height.0));
    let near = |a: f32, b: f32| (a - b).abs() < 1.0;
    let short = bleed - 0.5;
    let mut sides = 0;
    if near(b.x, trim.x) || (b.x < trim.x && trim.x - b.x < short && b.x > trim.x - bleed) {
        sides += 1;
    }
    if near(b.right(), trim.right())
        || (b.right() > trim.right() && b.right() - trim.right() < short)
    {
        sides += 1;
    }
    if near(b.y, trim.y) || (b.y < trim.y && trim.y - b.y < short && b.y > trim.y - bleed) {
        sides += 1;
    }
    if near(b.bottom(), trim.bottom())
        || (b.bottom() > trim.bottom() && b.bottom() - trim.bottom() < short)
    {
        sides += 1;
    }
    sides
}

/// Applies a fix to the design.
pub fn apply_fix(project: &mut Project, fix: Fix) {
    let (page_index, element_index) = match fix {
        Fix::ExtendIntoBleed { page, element }
        | Fix::ThickenLine { page, element }
        | Fix::MoveInsideSafeArea { page, element } => (page, element),
    };
    let Some(page) = project.document.pages.get_mut(page_index) else {
        return;
    };
    let (width, height, bleed) = (page.width.0, page.height.0, page.bleed.0);
    let safe = page.safe_rect();
    let Some(element) = page.elements.get_mut(element_index) else {
        return;
    };
    match fix {
        Fix::ExtendIntoBleed { .. } => {
            let (x0, y0) = (element.x.0, element.y.0);
            let (x1, y1) = (x0 + element.width.0, y0 + element.height.0);
            let reach = |edge: f32, at: f32, outward: f32| {
                if (edge - at).abs() < bleed {
                    at + outward * bleed
                } else {
                    edge
                }
            };
            let (nx0, ny0) = (reach(x0, 0.0, -1.0), reach(y0, 0.0, -1.0));
            let (nx1, ny1) = (reach(x1, width, 1.0), reach(y1, height, 1.0));
            element.x = Pt(nx0);
            element.y = Pt(ny0);
            element.width = Pt(nx1 - nx0);
            element.height = Pt(ny1 - ny0);
        }
        Fix::ThickenLine { .. } => {
            if let ElementKind::Shape(shape) = &mut element.kind
                && let Some(stroke) = &mut shape.stroke
            {
                stroke.width = Pt(MIN_LINE_WIDTH);
            }
        }
        Fix::MoveInsideSafeArea { .. } => {
            // Keep the box inside the safe rectangle (rotation aside).
            let w = element.width.0.min(safe.width);
            let h = element.height.0.min(safe.height);
            element.x = Pt(element.x.0.clamp(safe.x, safe.right() - w));
            element.y = Pt(element.y.0.clamp(safe.y, safe.bottom() - h));
            element.width = Pt(w);
            element.height = Pt(h);
            if let ElementKind::Text(text) = &mut element.kind {
                text.auto_fit = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, PaperSize, Shape, ShapeElement, Stroke};

    fn poster() -> Project {
        Project::new(Document::new("Check", PaperSize::Metric(297.0, 420.0)))
    }

    fn add(project: &mut Project, element: Element) -> usize {
        let page = &mut project.document.pages[0];
        page.elements.push(element);
        page.elements.len() - 1
    }

    fn text(words: &str, x: f32, y: f32, w: f32, h: f32, size: f32) -> Element {
        let mut t = TextElement::new(words, "Inter", Pt(size));
        t.fill = Color::BLACK;
        Element::new(Pt(x), Pt(y), Pt(w), Pt(h), ElementKind::Text(t))
    }

    fn kinds(findings: &[Finding]) -> Vec<(Severity, Option<usize>, String)> {
        findings
            .iter()
            .map(|f| {
                (
                    f.severity,
                    f.element,
                    f.message.text_in(crate::i18n::Language::English),
                )
            })
            .collect()
    }

    #[test]
    fn the_t_shirt_needs_three_screen_print_inks() {
        let project = crate::templates::load("tshirt-front-12x16in")
            .unwrap()
            .unwrap();
        let report = inks(&project, 0);
        assert_eq!(report.inks, vec!["#111111", "#d7261e", "#ffffff"]);
        assert!(report.screen_printable());
        let poster = crate::templates::load("poster-a2").unwrap().unwrap();
        assert!(
            !inks(&poster, 0).screen_printable(),
            "the photo slot needs process colour"
        );
    }

    #[test]
    fn a_clean_design_has_no_findings() {
        let mut project = poster();
        add(
            &mut project,
            text("FREE ASSANGE", 100.0, 100.0, 500.0, 100.0, 40.0),
        );
        assert!(check(&project, &Resources::bundled()).is_empty());
    }

    #[test]
    fn small_text_margins_thin_lines_contrast_and_edges_are_found_and_fixed() {
        let resources = Resources::bundled();
        let mut project = poster();
        let tiny = add(
            &mut project,
            text("small print", 100.0, 100.0, 200.0, 20.0, 4.0),
        );
        let mut edge = text("EDGE", 2.0, 300.0, 200.0, 60.0, 40.0);
        if let ElementKind::Text(t) = &mut edge.kind {
            t.align = crate::model::TextAlign::Left;
        }
        let edge = add(&mut project, edge);
        let mut pale = text("pale", 100.0, 500.0, 300.0, 60.0, 12.0);
        if let ElementKind::Text(t) = &mut pale.kind {
            t.fill = Color::rgb(0xee, 0xee, 0xee);
        }
        let pale = add(&mut project, pale);
        let band = add(
            &mut project,
            Element::new(
                Pt(0.0),
                Pt(900.0),
                Pt(841.89),
                Pt(100.0),
                ElementKind::Shape(ShapeElement {
                    shape: Shape::Rect {
                        corner_radius: Pt(0.0),
                    },
                    fill: Some(Color::rgb(200, 0, 0)),
                    stroke: Some(Stroke::solid(Color::BLACK, Pt(0.1))),
                }),
            ),
        );
        let findings = check(&project, &resources);
        let found = kinds(&findings);
        let about = |i: usize, needle: &str| {
            found
                .iter()
                .any(|(_, e, m)| *e == Some(i) && m.contains(needle))
        };
        assert!(about(tiny, "too small"), "{found:?}");
        assert!(about(edge, "safe margin"), "{found:?}");
        assert!(about(pale, "hard to read"), "{found:?}");
        assert!(about(band, "trim edge"), "{found:?}");
        assert!(about(band, "too thin"), "{found:?}");

        for finding in &findings {
            if let Some(fix) = finding.fix {
                apply_fix(&mut project, fix);
            }
        }
        let after = kinds(&check(&project, &resources));
        assert!(!after.iter().any(|(_, e, _)| *e == Some(band)), "{after:?}");
        assert!(
            !after
                .iter()
                .any(|(_, e, m)| *e == Some(edge) && m.contains("margin")),
            "{after:?}"
        );
    }
}
