//! SVG artwork, read safely: an SVG comes from outside (a download, a mail) and may ask
//! for anything. Here it gets only what a drawing needs: no file on the volunteer's disk
//! (a picture it links to is left out and said so), pictures embedded in it within the
//! same limits as photos, and a bounded amount of text, path data and elements, so that
//! reading it takes a moment and not minutes or gigabytes.

use std::io::Read;
use std::sync::{Arc, Mutex};

use usvg::roxmltree;

use super::LayoutError;
use super::images::{MAX_DECODED_BYTES, MAX_IMAGE_SIDE};
use crate::diag::Diagnostic;

/// Largest SVG file accepted (after unpacking a `.svgz`).
pub const MAX_SVG_BYTES: u64 = 16 * 1024 * 1024;
/// Most XML nodes (elements, text, attributes' nodes as roxmltree counts them).
pub const MAX_SVG_NODES: u32 = 400_000;
/// Most characters of text an SVG may lay out (shaping is slow on huge texts).
pub const MAX_SVG_TEXT_CHARS: usize = 20_000;
/// Most bytes of path data (`d` and `points`), about 400 000 points.
pub const MAX_SVG_PATH_BYTES: usize = 3 * 1024 * 1024;
/// Largest `feMorphology` radius, as a share of the picture's larger side: the filter's
/// work grows with the square of its radius at every pixel.
pub const MAX_MORPHOLOGY_SHARE: f32 = 0.02;
/// Widest blur (`feGaussianBlur`, `feDropShadow` standard deviation), in multiples of the
/// drawing's larger side.
pub const MAX_BLUR_SIDES: f32 = 10.0;
/// How far a shape may reach from the drawing, in multiples of the drawing's larger side:
/// shapes millions of sides away (a circle of radius 10¹⁷ in a clip path, a scale of 10¹²)
/// overflow the rasteriser's fixed-point maths, while real artwork stays within a few
/// sides of its page.
pub const MAX_REACH_SIDES: f32 = 1000.0;

/// A parsed SVG and what was left out of it.
pub struct ParsedSvg {
    /// The drawing.
    pub tree: Arc<usvg::Tree>,
    /// Each part left out (a linked file), as a warning about the file.
    pub left_out: Vec<Diagnostic>,
    /// Whether the drawing looks different at different resolutions: it has lighting
    /// filters (`feDiffuseLighting`, `feSpecularLighting`), whose surface resvg measures
    /// between neighbouring pixels. Such a drawing is shown as it prints (see
    /// `render::svg_picture`).
    pub depends_on_resolution: bool,
}

impl ParsedSvg {
    /// The family and file of each font the drawing's text is drawn with, in the order
    /// first used (text in groups, not in patterns, masks or clip paths).
    pub fn font_files(&self) -> Vec<(String, Vec<u8>)> {
        fn walk(group: &usvg::Group, ids: &mut Vec<usvg::fontdb::ID>) {
            for node in group.children() {
                match node {
                    usvg::Node::Group(inner) => walk(inner, ids),
                    usvg::Node::Text(text) => {
                        for span in text.layouted() {
                            for glyph in &span.positioned_glyphs {
                                if !ids.contains(&glyph.font) {
                                    ids.push(glyph.font);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut ids = Vec::new();
        walk(self.tree.root(), &mut ids);
        let db = self.tree.fontdb();
        ids.into_iter()
            .filter_map(|id| {
                let family = db.face(id)?.families.first()?.0.clone();
                let data = db.with_face_data(id, |data, _| data.to_vec())?;
                Some((family, data))
            })
            .collect()
    }
}

impl std::fmt::Debug for ParsedSvg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The tree holds every font's bytes: far too much to print.
        f.debug_struct("ParsedSvg")
            .field("size", &self.tree.size())
            .field("left_out", &self.left_out)
            .finish_non_exhaustive()
    }
}

/// What the SVG and the SVGs nested in it have used of the limits so far.
#[derive(Default)]
struct Budget {
    /// Pixels of the pictures embedded so far.
    pixels: u64,
    /// Characters of text so far.
    text_chars: usize,
    /// Bytes of path data so far.
    path_bytes: usize,
    /// The file's name in the design, for messages.
    name: String,
    /// Parts left out, each a warning.
    left_out: Vec<Diagnostic>,
    /// The first limit passed, which refuses the whole file.
    refused: Option<String>,
}

/// Whether a file is an SVG drawing (by its name, or its first bytes when the name says
/// nothing), not a raster picture.
pub fn is_svg_file(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".svg") || lower.ends_with(".svgz") {
        return true;
    }
    if image::guess_format(bytes).is_ok() {
        return false;
    }
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let start = start.trim_start_matches('\u{feff}').trim_start();
    start.starts_with("<svg") || (start.starts_with("<?xml") && start.contains("<svg"))
}

/// Parses an SVG (or gzip-compressed `.svgz`) file with the given fonts for its text,
/// within the limits above. `name` names the file in messages.
pub fn parse_svg(
    name: &str,
    bytes: &[u8],
    fontdb: Arc<usvg::fontdb::Database>,
) -> Result<ParsedSvg, LayoutError> {
    let bad = |reason: String| LayoutError::BadImage {
        asset: name.to_owned(),
        reason,
    };
    let unpacked;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        unpacked = gunzip(bytes).map_err(bad)?;
        &unpacked[..]
    } else {
        bytes
    };
    if bytes.len() as u64 > MAX_SVG_BYTES {
        return Err(bad(format!(
            "the SVG is {}, more than the {} Placard takes",
            crate::io::size_words(bytes.len() as u64),
            crate::io::size_words(MAX_SVG_BYTES)
        )));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| bad("not a usable SVG file: it is not UTF-8 text".to_owned()))?;
    let budget = Arc::new(Mutex::new(Budget {
        name: name.to_owned(),
        ..Budget::default()
    }));
    let tree = {
        let document = parse_xml(text).map_err(&bad)?;
        take_from_budget(&budget, &document);
        let options = options(fontdb, budget.clone());
        if let Some(reason) = lock(&budget).refused.take() {
            return Err(bad(reason));
        }
        usvg::Tree::from_xmltree(&document, &options)
            .map_err(|err| bad(format!("not a usable SVG file: {err}")))?
    };
    let mut budget = lock(&budget);
    if let Some(reason) = budget.refused.take() {
        return Err(bad(reason));
    }
    if let Some(reason) = heavy_filter(&tree).or_else(|| far_reaching_shapes(&tree)) {
        return Err(bad(reason));
    }
    Ok(ParsedSvg {
        depends_on_resolution: has_lighting(tree.root()),
        tree: Arc::new(tree),
        left_out: std::mem::take(&mut budget.left_out),
    })
}

/// Whether `group` or anything in it is filtered with lighting.
fn has_lighting(group: &usvg::Group) -> bool {
    let lighting = group.filters().iter().any(|filter| {
        filter.primitives().iter().any(|primitive| {
            matches!(
                primitive.kind(),
                usvg::filter::Kind::DiffuseLighting(_) | usvg::filter::Kind::SpecularLighting(_)
            )
        })
    });
    lighting
        || group.children().iter().any(|node| match node {
            usvg::Node::Group(inner) => has_lighting(inner),
            usvg::Node::Text(text) => has_lighting(text.flattened()),
            _ => false,
        })
}

fn lock(budget: &Mutex<Budget>) -> std::sync::MutexGuard<'_, Budget> {
    budget
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Unpacks a `.svgz`, stopping at the size limit (a small file can unpack to gigabytes).
fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .take(MAX_SVG_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|err| format!("the compressed SVG (.svgz) is damaged: {err}"))?;
    if out.len() as u64 > MAX_SVG_BYTES {
        return Err(format!(
            "the compressed SVG unpacks to more than the {} Placard takes",
            crate::io::size_words(MAX_SVG_BYTES)
        ));
    }
    Ok(out)
}

fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_SVG_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|err| match err {
        roxmltree::Error::NodesLimitReached => format!(
            "the SVG has more than {MAX_SVG_NODES} parts; Placard takes simpler drawings (simplify it, or export it as PNG)"
        ),
        other => format!("not a usable SVG file: {other}"),
    })
}

/// Counts the document's text and path data against the budget; the first limit passed
/// is noted as the reason to refuse.
fn take_from_budget(budget: &Mutex<Budget>, document: &roxmltree::Document<'_>) {
    let mut text_chars = 0;
    let mut path_bytes = 0;
    for node in document.descendants() {
        if node.is_text()
            && node
                .ancestors()
                .any(|a| matches!(a.tag_name().name(), "text" | "tspan" | "textPath"))
        {
            text_chars += node.text().map_or(0, |t| t.chars().count());
        } else if node.is_element() {
            for attribute in node.attributes() {
                if matches!(attribute.name(), "d" | "points") {
                    path_bytes += attribute.value().len();
                }
            }
        }
    }
    let mut budget = lock(budget);
    budget.text_chars += text_chars;
    budget.path_bytes += path_bytes;
    if budget.refused.is_some() {
        return;
    }
    if budget.text_chars > MAX_SVG_TEXT_CHARS {
        budget.refused = Some(format!(
            "the SVG holds {} characters of text, more than the {MAX_SVG_TEXT_CHARS} Placard lays out in a drawing; put long text in a text box instead",
            budget.text_chars
        ));
    } else if budget.path_bytes > MAX_SVG_PATH_BYTES {
        budget.refused = Some(format!(
            "the SVG's shapes have {} of path data, more than the {} Placard takes; simplify the drawing",
            crate::io::size_words(budget.path_bytes as u64),
            crate::io::size_words(MAX_SVG_PATH_BYTES as u64)
        ));
    }
}

/// usvg options that read no file and hold embedded pictures to the budget.
fn options(
    fontdb: Arc<usvg::fontdb::Database>,
    budget: Arc<Mutex<Budget>>,
) -> usvg::Options<'static> {
    let strings = budget.clone();
    usvg::Options {
        fontdb,
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(move |mime, data, options| {
                embedded_picture(&budget, mime, data, options)
            }),
            resolve_string: Box::new(move |href, _| {
                let mut budget = lock(&strings);
                let shown: String = href.chars().take(80).collect();
                let warning = Diagnostic::warning(crate::tr!(
                    "svg-links-outside",
                    file = &budget.name,
                    link = shown
                ))
                .with_hint(crate::tr!("svg-links-outside-hint"));
                budget.left_out.push(warning);
                None
            }),
        },
        ..usvg::Options::default()
    }
}

/// A picture written into the SVG itself (a `data:` address): raster pictures within the
/// photo limits, counted together; nested SVGs under the same limits as the file.
fn embedded_picture(
    budget: &Mutex<Budget>,
    mime: &str,
    data: Arc<Vec<u8>>,
    options: &usvg::Options<'_>,
) -> Option<usvg::ImageKind> {
    let looks_like_svg =
        mime == "image/svg+xml" || (mime == "text/plain" && image::guess_format(&data).is_err());
    if looks_like_svg {
        let text = std::str::from_utf8(&data).ok()?;
        let document = match parse_xml(text) {
            Ok(document) => document,
            Err(reason) => {
                let mut budget = lock(budget);
                let warning = Diagnostic::warning(crate::tr!(
                    "svg-inner-svg-unreadable",
                    file = &budget.name,
                    reason = reason.to_string()
                ));
                budget.left_out.push(warning);
                return None;
            }
        };
        take_from_budget(budget, &document);
        if lock(budget).refused.is_some() {
            return None;
        }
        return usvg::Tree::from_xmltree(&document, &nested(options))
            .ok()
            .map(usvg::ImageKind::SVG);
    }
    let format = image::guess_format(&data).ok()?;
    let size =
        image::ImageReader::with_format(std::io::Cursor::new(&data[..]), format).into_dimensions();
    let mut budget = lock(budget);
    let (width, height) = match size {
        Ok(size) => size,
        Err(_) => {
            let warning =
                Diagnostic::warning(crate::tr!("svg-inner-picture-damaged", file = &budget.name));
            budget.left_out.push(warning);
            return None;
        }
    };
    let pixels = u64::from(width) * u64::from(height);
    budget.pixels += pixels;
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || budget.pixels * 4 > MAX_DECODED_BYTES {
        budget.refused = Some(format!(
            "a picture embedded in the SVG is {width} × {height} pixels; the pictures in one SVG may have {} megapixels together and {MAX_IMAGE_SIDE} pixels a side",
            MAX_DECODED_BYTES / 4 / 1_000_000
        ));
        return None;
    }
    Some(match format {
        image::ImageFormat::Png => usvg::ImageKind::PNG(data),
        image::ImageFormat::Jpeg => usvg::ImageKind::JPEG(data),
        image::ImageFormat::Gif => usvg::ImageKind::GIF(data),
        image::ImageFormat::WebP => usvg::ImageKind::WEBP(data),
        _ => {
            let warning = Diagnostic::warning(crate::tr!(
                "svg-inner-picture-unknown",
                file = &budget.name,
                format = format!("{format:?}")
            ))
            .with_hint(crate::tr!("svg-inner-picture-unknown-hint"));
            budget.left_out.push(warning);
            return None;
        }
    })
}

/// Options for an SVG inside an SVG: the same fonts and the same picture rules.
fn nested<'a>(options: &'a usvg::Options<'_>) -> usvg::Options<'a> {
    usvg::Options {
        fontdb: options.fontdb.clone(),
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|mime, data, nested_options| {
                (options.image_href_resolver.resolve_data)(mime, data, nested_options)
            }),
            resolve_string: Box::new(|href, nested_options| {
                (options.image_href_resolver.resolve_string)(href, nested_options)
            }),
        },
        ..usvg::Options::default()
    }
}

/// A filter whose work would take minutes to draw: an `feMorphology` radius larger than
/// [`MAX_MORPHOLOGY_SHARE`] of the picture.
fn heavy_filter(tree: &usvg::Tree) -> Option<String> {
    let side = tree.size().width().max(tree.size().height());
    let limit = side * MAX_MORPHOLOGY_SHARE;
    let mut worst: f32 = 0.0;
    let mut widest_blur: f32 = 0.0;
    visit_filters(tree.root(), &mut |filter| {
        for primitive in filter.primitives() {
            match primitive.kind() {
                usvg::filter::Kind::Morphology(morphology) => {
                    worst = worst
                        .max(morphology.radius_x().get())
                        .max(morphology.radius_y().get());
                }
                usvg::filter::Kind::GaussianBlur(blur) => {
                    widest_blur = widest_blur
                        .max(blur.std_dev_x().get())
                        .max(blur.std_dev_y().get());
                }
                usvg::filter::Kind::DropShadow(shadow) => {
                    widest_blur = widest_blur
                        .max(shadow.std_dev_x().get())
                        .max(shadow.std_dev_y().get());
                }
                _ => {}
            }
        }
    });
    if worst > limit {
        return Some(format!(
            "its filter thickens shapes by {worst:.0} units on a drawing {side:.0} units across; Placard draws such filters up to {:.0} % of the drawing (they take minutes to print otherwise)",
            MAX_MORPHOLOGY_SHARE * 100.0
        ));
    }
    // A blur wider than the drawing many times over leaves nothing but an even haze, and
    // its boxes overflow the rasteriser's arithmetic.
    (widest_blur > side * MAX_BLUR_SIDES).then(|| {
        format!(
            "its filter blurs by {widest_blur:.0} units on a drawing {side:.0} units across; Placard draws blurs up to {MAX_BLUR_SIDES:.0} times the drawing's size"
        )
    })
}

fn visit_filters(group: &usvg::Group, visit: &mut impl FnMut(&usvg::filter::Filter)) {
    for filter in group.filters() {
        visit(filter);
    }
    for node in group.children() {
        match node {
            usvg::Node::Group(child) => visit_filters(child, visit),
            usvg::Node::Image(image) => {
                if let usvg::ImageKind::SVG(tree) = image.kind() {
                    visit_filters(tree.root(), visit);
                }
            }
            usvg::Node::Path(_) | usvg::Node::Text(_) => {}
        }
    }
}

/// A shape reaching more than [`MAX_REACH_SIDES`] sides away from the drawing, or to no
/// finite place: in the drawing itself, its clip paths, masks and patterns, its text, and
/// the SVGs embedded in it.
fn far_reaching_shapes(tree: &usvg::Tree) -> Option<String> {
    let side = tree.size().width().max(tree.size().height()).max(1.0);
    let mut farthest: f32 = 0.0;
    let mut reach = |group: &usvg::Group, transform: usvg::Transform| {
        visit_paths(group, &mut |path| {
            let bounds = path.abs_stroke_bounding_box();
            let bounds = bounds.transform(transform).unwrap_or(bounds);
            for value in [bounds.left(), bounds.top(), bounds.right(), bounds.bottom()] {
                farthest = farthest.max(if value.is_finite() {
                    value.abs()
                } else {
                    f32::INFINITY
                });
            }
        });
    };
    reach(tree.root(), usvg::Transform::identity());
    for clip in tree.clip_paths() {
        reach(clip.root(), clip.transform());
    }
    for mask in tree.masks() {
        reach(mask.root(), usvg::Transform::identity());
    }
    for pattern in tree.patterns() {
        reach(pattern.root(), pattern.transform());
    }
    let nested = nested_trees(tree.root())
        .into_iter()
        .find_map(far_reaching_shapes);
    if nested.is_some() {
        return nested;
    }
    (farthest > side * MAX_REACH_SIDES).then(|| {
        format!(
            "its shapes reach {farthest:.0} units out on a drawing {side:.0} units across, too far to draw; Placard takes shapes up to {MAX_REACH_SIDES:.0} times the drawing's size away (remove the stray shape, or export the drawing as PNG)"
        )
    })
}

/// Every path in a group and its children, with the paths text is drawn with.
fn visit_paths(group: &usvg::Group, visit: &mut impl FnMut(&usvg::Path)) {
    for node in group.children() {
        match node {
            usvg::Node::Group(child) => visit_paths(child, visit),
            usvg::Node::Path(path) => visit(path),
            usvg::Node::Text(text) => visit_paths(text.flattened(), visit),
            usvg::Node::Image(_) => {}
        }
    }
}

/// The SVGs embedded as pictures in a group and its children.
fn nested_trees(group: &usvg::Group) -> Vec<&usvg::Tree> {
    let mut trees = Vec::new();
    for node in group.children() {
        match node {
            usvg::Node::Group(child) => trees.extend(nested_trees(child)),
            usvg::Node::Image(image) => {
                if let usvg::ImageKind::SVG(tree) = image.kind() {
                    trees.push(tree);
                }
            }
            usvg::Node::Path(_) | usvg::Node::Text(_) => {}
        }
    }
    trees
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Arc<usvg::fontdb::Database> {
        crate::layout::Resources::bundled()
            .fonts
            .svg_font_database()
    }

    fn count_images(group: &usvg::Group) -> usize {
        group
            .children()
            .iter()
            .map(|node| match node {
                usvg::Node::Image(_) => 1,
                usvg::Node::Group(g) => count_images(g),
                _ => 0,
            })
            .sum()
    }

    /// A real 2 × 2 PNG.
    fn png() -> Vec<u8> {
        let mut out = Vec::new();
        image::RgbaImage::from_pixel(2, 2, image::Rgba([200, 0, 0, 255]))
            .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn files_an_svg_names_are_never_read() {
        let dir = std::env::temp_dir().join(format!("placard-svg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let secret = dir.join("secret.png");
        std::fs::write(&secret, png()).unwrap();
        let cwd_name = "secret-in-cwd.png";
        for href in [
            secret.display().to_string(),
            format!("file://{}", secret.display()),
            format!(
                "{}/../{}/secret.png",
                dir.display(),
                dir.file_name().unwrap().to_string_lossy()
            ),
            cwd_name.to_owned(),
        ] {
            let svg = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image href="{href}" width="10" height="10"/><image xlink:href="{href}" width="10" height="10"/></svg>"#
            );
            let parsed = parse_svg("mailed.svg", svg.as_bytes(), fonts()).unwrap();
            assert_eq!(count_images(parsed.tree.root()), 0, "{href} was read");
            assert_eq!(parsed.left_out.len(), 2, "{:?}", parsed.left_out);
            assert!(
                parsed.left_out[0]
                    .message
                    .text_in(crate::i18n::Language::English)
                    .contains("outside the file")
            );
        }
        // Nor through an SVG embedded in the SVG.
        let inner = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="{}" width="10" height="10"/></svg>"#,
            secret.display()
        );
        use base64::Engine;
        let encoded = base64::engine::general_purpose::STANDARD.encode(inner);
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="data:image/svg+xml;base64,{encoded}" width="10" height="10"/></svg>"#
        );
        let parsed = parse_svg("nested.svg", svg.as_bytes(), fonts()).unwrap();
        let usvg::Node::Group(group) = &parsed.tree.root().children()[0] else {
            panic!("no nested picture");
        };
        let usvg::Node::Image(image) = &group.children()[0] else {
            panic!("no nested picture");
        };
        let usvg::ImageKind::SVG(nested) = image.kind() else {
            panic!("not an SVG");
        };
        assert_eq!(count_images(nested.root()), 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn embedded_pictures_are_kept_within_the_photo_limits() {
        use base64::Engine;
        let encode = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="data:image/png;base64,{}" width="10" height="10"/></svg>"#,
            encode(&png())
        );
        let parsed = parse_svg("ok.svg", svg.as_bytes(), fonts()).unwrap();
        assert_eq!(count_images(parsed.tree.root()), 1);
        assert!(parsed.left_out.is_empty());
        // A PNG that claims 16000 × 16000 pixels (2 GB decoded) in a few bytes.
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut crc = flate2::Crc::new();
            crc.update(kind);
            crc.update(data);
            let mut out = (data.len() as u32).to_be_bytes().to_vec();
            out.extend_from_slice(kind);
            out.extend_from_slice(data);
            out.extend_from_slice(&crc.sum().to_be_bytes());
            out
        };
        let mut huge = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut header = Vec::new();
        header.extend_from_slice(&16_000_u32.to_be_bytes());
        header.extend_from_slice(&16_000_u32.to_be_bytes());
        header.extend_from_slice(&[8, 6, 0, 0, 0]);
        huge.extend(chunk(b"IHDR", &header));
        huge.extend(chunk(b"IDAT", &[0x78, 0x9C, 0x03, 0, 0, 0, 0, 1]));
        huge.extend(chunk(b"IEND", &[]));
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="data:image/png;base64,{}" width="10" height="10"/></svg>"#,
            encode(&huge)
        );
        let err = parse_svg("bomb.svg", svg.as_bytes(), fonts()).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("bomb.svg") && message.contains("16000 × 16000"),
            "{message}"
        );
    }

    #[test]
    fn huge_text_paths_and_filters_are_refused_with_the_limit() {
        let text = "word ".repeat(MAX_SVG_TEXT_CHARS / 4);
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text y="5">{text}</text></svg>"#
        );
        let message = parse_svg("novel.svg", svg.as_bytes(), fonts())
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("novel.svg") && message.contains("characters of text"),
            "{message}"
        );

        let path = "L 1 1 ".repeat(MAX_SVG_PATH_BYTES / 5);
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path d="M 0 0 {path}"/></svg>"#
        );
        let message = parse_svg("lines.svg", svg.as_bytes(), fonts())
            .unwrap_err()
            .to_string();
        assert!(message.contains("path data"), "{message}");

        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><filter id="f"><feMorphology operator="dilate" radius="100000"/></filter><rect width="50" height="50" filter="url(#f)"/></svg>"#;
        let message = parse_svg("thick.svg", svg.as_bytes(), fonts())
            .unwrap_err()
            .to_string();
        assert!(message.contains("filter"), "{message}");
        // A thin outline by the same filter is fine.
        let svg = svg.replace("100000", "1");
        parse_svg("outline.svg", svg.as_bytes(), fonts()).unwrap();
    }

    #[test]
    fn shapes_reaching_absurdly_far_are_refused_and_a_stray_shape_nearby_is_not() {
        let far = [
            // A clip circle the size of a solar system, and a scaled-up group.
            r#"<clipPath id="c"><circle cx="20" cy="10" r="150000000000000000"/></clipPath><rect width="50" height="40" clip-path="url(#c)"/>"#,
            r#"<g transform="scale(1000000000000)"><rect width="5" height="5"/></g>"#,
            r#"<rect width="5" height="5" stroke="black" stroke-width="1e12"/>"#,
        ];
        for shapes in far {
            let svg = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40">{shapes}</svg>"#
            );
            let message = parse_svg("far.svg", svg.as_bytes(), fonts())
                .unwrap_err()
                .to_string();
            assert!(
                message.contains("far.svg") && message.contains("too far to draw"),
                "{shapes}: {message}"
            );
        }
        // A shape left beside the page, as drawing programs do, is fine.
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect x="-2000" width="50" height="40"/></svg>"#;
        parse_svg("stray.svg", svg.as_bytes(), fonts()).unwrap();
    }

    #[test]
    fn svgz_is_unpacked_within_the_limit() {
        use std::io::Write;
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>"#;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(svg).unwrap();
        let packed = gz.finish().unwrap();
        parse_svg("icon.svgz", &packed, fonts()).unwrap();
        // A bomb: 64 MB of spaces in a small file.
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&svg[..svg.len() - 6]).unwrap();
        for _ in 0..64 {
            gz.write_all(&[b' '; 1024 * 1024]).unwrap();
        }
        let packed = gz.finish().unwrap();
        assert!(packed.len() < 1024 * 1024);
        let message = parse_svg("bomb.svgz", &packed, fonts())
            .unwrap_err()
            .to_string();
        assert!(message.contains("unpacks to more than"), "{message}");
    }
}
