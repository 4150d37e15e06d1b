//! The raster backend and the PDF backend draw the same scene: a page rendered directly
//! and the same page's PDF rasterised by an independent renderer (hayro) must agree at
//! 50 dpi. Both are drawn at 6 × 6 samples per 50 dpi pixel and box-filtered down, so
//! what is compared is page content, not the two rasterisers' edge anti-aliasing (tiny-skia
//! quantises edge coverage to 1/16, hayro computes it exactly).

#![allow(clippy::unwrap_used)] // test helpers may panic on broken fixtures

use std::path::Path;
use std::sync::Arc;

use placard::layout::Resources;
use placard::model::{ElementKind, Project};
use placard::render::pdf::{self, PdfOptions};
use placard::render::raster;
use placard::scene::build_page;
use placard::templates;

/// Resolution of the comparison, lowered for big pages (see [`comparison_dpi`]).
const DPI: f32 = 50.0;
/// Longest side of a compared page, in output pixels.
const MAX_SIDE_PX: f32 = 700.0;
/// Samples per output pixel along each axis.
const SUPERSAMPLE: u32 = 6;
/// Mean absolute difference allowed per channel.
const MAX_MEAN_DIFF: f64 = 2.0;
/// Share of channel values that must be within [`NEAR`].
const MIN_NEAR_SHARE: f64 = 0.99;
const NEAR: u8 = 8;

/// The comparison resolution for pages of these scenes: [`DPI`], or less so that no page
/// is longer than [`MAX_SIDE_PX`] (the supersampled renders stay affordable).
fn comparison_dpi(scenes: &[placard::scene::Scene]) -> f32 {
    let longest = scenes
        .iter()
        .map(|s| s.width.max(s.height))
        .fold(1.0, f32::max);
    DPI.min(MAX_SIDE_PX * 72.0 / longest)
}

fn hayro_pages(pdf_bytes: Vec<u8>, dpi: f32) -> Vec<(u32, u32, Vec<u8>)> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    let pdf = Pdf::new(pdf_bytes).expect("hayro reads the PDF");
    let pixmaps = hayro::render_pdf(
        &pdf,
        dpi * SUPERSAMPLE as f32 / 72.0,
        InterpreterSettings::default(),
        &hayro::RenderSettings {
            // Our raster backend draws unhinted outlines and smooths enlarged images.
            hinting: false,
            glyph_caching: false,
            force_image_interpolation: true,
            ..hayro::RenderSettings::default()
        },
        None,
    )
    .expect("hayro renders the PDF");
    pixmaps
        .into_iter()
        .map(|p| {
            downsample(
                u32::from(p.width()),
                u32::from(p.height()),
                p.data_as_u8_slice(),
            )
        })
        .collect()
}

/// Box-filters an RGBA image by [`SUPERSAMPLE`] in each direction.
fn downsample(width: u32, height: u32, data: &[u8]) -> (u32, u32, Vec<u8>) {
    let (w, h) = (width / SUPERSAMPLE, height / SUPERSAMPLE);
    let mut out = vec![0u8; (w * h * 4) as usize];
    for y in 0..h {
        for x in 0..w {
            for c in 0..4 {
                let mut sum = 0u32;
                for dy in 0..SUPERSAMPLE {
                    for dx in 0..SUPERSAMPLE {
                        let i = (((y * SUPERSAMPLE + dy) * width + x * SUPERSAMPLE + dx) * 4 + c)
                            as usize;
                        sum += u32::from(data[i]);
                    }
                }
                out[((y * w + x) * 4 + c) as usize] = (sum / (SUPERSAMPLE * SUPERSAMPLE)) as u8;
            }
        }
    }
    (w, h, out)
}

/// Compares two RGBA images over their common area; returns (mean diff, near share).
fn compare(a: (u32, u32, &[u8]), b: (u32, u32, &[u8])) -> (f64, f64) {
    let width = a.0.min(b.0);
    let height = a.1.min(b.1);
    assert!(
        a.0.abs_diff(b.0) <= 1 && a.1.abs_diff(b.1) <= 1,
        "sizes differ: {a:?} vs {b:?}",
        a = (a.0, a.1),
        b = (b.0, b.1)
    );
    let mut total = 0u64;
    let mut near = 0u64;
    let mut count = 0u64;
    for y in 0..height {
        for x in 0..width {
            let ia = ((y * a.0 + x) * 4) as usize;
            let ib = ((y * b.0 + x) * 4) as usize;
            for c in 0..3 {
                let d = a.2[ia + c].abs_diff(b.2[ib + c]);
                total += u64::from(d);
                near += u64::from(d <= NEAR);
                count += 1;
            }
        }
    }
    (total as f64 / count as f64, near as f64 / count as f64)
}

/// Renders each page of `project` with the raster backend and, through its PDF, with
/// hayro: the mean difference and share of near values of each page (both renderings are
/// kept in the test folder for a look).
fn measure_project(name: &str, project: &Project, resources: &Resources) -> Vec<(f64, f64)> {
    let mut scenes = Vec::new();
    for page in 0..project.document.pages.len() {
        let mut scene = build_page(project, page, resources).unwrap().scene;
        // A sticker's cut line is for the cutter, in the PDF only: compare the artwork.
        scene.cut_line = None;
        scenes.push(scene);
    }
    let options = PdfOptions {
        include_bleed: false,
        crop_marks: false,
        title: name.to_owned(),
        timestamp: Some(0),
        ..PdfOptions::default()
    };
    let pdf_bytes = pdf::render(&scenes, &options).unwrap();
    let dpi = comparison_dpi(&scenes);
    let pdf_pages = hayro_pages(pdf_bytes, dpi);
    assert_eq!(pdf_pages.len(), scenes.len());
    let mut figures = Vec::new();
    for (index, (scene, pdf_page)) in scenes.iter().zip(&pdf_pages).enumerate() {
        let big = raster::render_page(scene, dpi * SUPERSAMPLE as f32, false, false).unwrap();
        let small = downsample(big.width(), big.height(), big.data());
        let (mean, near) = compare(
            (small.0, small.1, &small.2),
            (pdf_page.0, pdf_page.1, &pdf_page.2),
        );
        eprintln!(
            "{name} page {}: mean difference {mean:.3}, {:.2}% within {NEAR}/255",
            index + 1,
            near * 100.0
        );
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
        for (kind, (w, h, data)) in [("raster", &small), ("pdf", pdf_page)] {
            let image = image::RgbaImage::from_raw(*w, *h, data.clone()).unwrap();
            let _ = image.save(dir.join(format!("{name}-{index}.{kind}.png")));
        }
        figures.push((mean, near));
    }
    figures
}

/// Each page of `project` prints as it renders, within [`MAX_MEAN_DIFF`] and
/// [`MIN_NEAR_SHARE`].
fn check_project(name: &str, project: &Project, resources: &Resources) {
    for (index, (mean, near)) in measure_project(name, project, resources)
        .into_iter()
        .enumerate()
    {
        if mean > MAX_MEAN_DIFF || near < MIN_NEAR_SHARE {
            panic!(
                "{name} page {}: mean difference {mean:.2}, {:.2}% near",
                index + 1,
                near * 100.0
            );
        }
    }
}

#[test]
fn every_template_prints_as_it_renders() {
    let resources = Resources::bundled();
    for id in templates::ids() {
        let project = templates::load(id).unwrap().unwrap();
        check_project(id, &project, &resources);
    }
}

#[test]
fn photos_and_svgs_print_as_they_render() {
    let resources = Resources::bundled();
    let mut project = templates::load("poster-a2").unwrap().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    // A smooth photo-like JPEG, so resampling differences between renderers stay small.
    let gradient = image::RgbImage::from_fn(600, 400, |x, y| {
        image::Rgb([(x * 255 / 600) as u8, (y * 255 / 400) as u8, 160])
    });
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(gradient)
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    let photo = project.add_asset("photo.jpg", Arc::from(jpeg));
    let photo_name = photo.clone();
    let star = project.add_asset(
        "star.svg",
        Arc::from(std::fs::read(fixtures.join("star.svg")).unwrap()),
    );
    let logo = project.add_asset(
        "logo.png",
        Arc::from(std::fs::read(fixtures.join("logo.png")).unwrap()),
    );
    let page = &mut project.document.pages[0];
    let photo_slot = page
        .elements
        .iter_mut()
        .find(|e| e.slot.as_deref() == Some("photo"))
        .unwrap();
    if let ElementKind::Image(image) = &mut photo_slot.kind {
        image.asset = Some(photo);
    }
    let mut extra = |asset: String, x: f32, svg: bool| {
        let kind = if svg {
            ElementKind::Svg(placard::model::SvgElement::new(asset))
        } else {
            ElementKind::Image(placard::model::ImageElement {
                asset: Some(asset),
                fit: placard::model::ImageFit::Contain,
                crop: None,
                ..Default::default()
            })
        };
        let mut element = placard::model::Element::new(
            placard::units::Pt(x),
            placard::units::Pt(100.0),
            placard::units::Pt(200.0),
            placard::units::Pt(200.0),
            kind,
        );
        element.rotation = 15.0;
        page.elements.push(element);
    };
    extra(star, 400.0, true);
    extra(logo, 800.0, false);
    // A cropped photo, and the photo again as the page background (visible below).
    let mut cropped = page.elements.last().unwrap().clone();
    if let ElementKind::Image(image) = &mut cropped.kind {
        image.asset = Some(photo_name.clone());
        image.fit = placard::model::ImageFit::Cover;
        image.crop = Some(placard::model::CropRect {
            x: 0.2,
            y: 0.1,
            width: 0.3,
            height: 0.5,
        });
    }
    cropped.y = placard::units::Pt(1300.0);
    page.elements.push(cropped);
    page.background = placard::model::Background::Image { asset: photo_name };
    check_project("poster-with-images", &project, &resources);
}

#[test]
fn shapes_gradients_and_text_effects_print_as_they_render() {
    use placard::model::{
        Background, Color, Element, GradientStop, Shape, ShapeElement, Stroke, TextAlign,
        TextElement, TextOutline, TextShadow,
    };
    use placard::units::Pt;
    let resources = Resources::bundled();
    let mut project = Project::new(placard::model::Document::new(
        "Effects",
        placard::model::PaperSize::Metric(210.0, 297.0),
    ));
    let page = &mut project.document.pages[0];
    page.background = Background::LinearGradient {
        angle: 60.0,
        stops: vec![
            GradientStop {
                offset: 0.0,
                color: Color::rgb(255, 212, 0),
            },
            GradientStop {
                offset: 1.0,
                color: Color::rgb(215, 38, 30),
            },
        ],
    };
    let shape = |shape: Shape, x: f32, y: f32| {
        let mut element = Element::new(
            Pt(x),
            Pt(y),
            Pt(150.0),
            Pt(110.0),
            ElementKind::Shape(ShapeElement {
                shape,
                fill: Some(Color::rgba(20, 60, 200, 200)),
                stroke: Some(Stroke::solid(Color::rgb(255, 255, 255), Pt(5.0))),
            }),
        );
        element.rotation = -10.0;
        element
    };
    page.elements.push(shape(
        Shape::Rect {
            corner_radius: Pt(20.0),
        },
        30.0,
        30.0,
    ));
    page.elements.push(shape(Shape::Ellipse, 220.0, 30.0));
    page.elements
        .push(shape(Shape::Polygon { sides: 6 }, 410.0, 30.0));
    page.elements.push(shape(
        Shape::Star {
            points: 5,
            inner_ratio: 0.45,
        },
        30.0,
        180.0,
    ));
    page.elements.push(shape(
        Shape::Line {
            arrow_start: true,
            arrow_end: true,
        },
        220.0,
        180.0,
    ));
    let mut slogan = TextElement::new(
        "Truth, ultimately, is all we have",
        "Archivo Black",
        Pt(40.0),
    );
    slogan.fill = Color::rgb(255, 255, 255);
    slogan.outline = Some(TextOutline {
        color: Color::rgb(0, 0, 0),
        width: Pt(3.0),
    });
    slogan.shadow = Some(TextShadow {
        color: Color::rgba(0, 0, 0, 160),
        offset_x: Pt(4.0),
        offset_y: Pt(4.0),
    });
    slogan.align = TextAlign::Justify;
    slogan.letter_spacing = 0.05;
    page.elements.push(Element::new(
        Pt(40.0),
        Pt(330.0),
        Pt(500.0),
        Pt(200.0),
        ElementKind::Text(slogan),
    ));
    let mut persian = TextElement::new("آزادی بیان", "Noto Sans Arabic", Pt(48.0));
    persian.font_weight = 700;
    persian.italic = true;
    let mut persian_box = Element::new(
        Pt(40.0),
        Pt(560.0),
        Pt(500.0),
        Pt(120.0),
        ElementKind::Text(persian),
    );
    persian_box.opacity = 0.7;
    page.elements.push(persian_box);
    check_project("effects", &project, &resources);
}

#[test]
fn svg_export_renders_like_the_raster_backend() {
    let resources = Resources::bundled();
    for id in templates::ids() {
        let project = templates::load(id).unwrap().unwrap();
        let scene = build_page(&project, 0, &resources).unwrap().scene;
        let svg = placard::render::svg::render(
            &scene,
            &placard::render::svg::SvgOptions {
                include_bleed: false,
                background: true,
            },
        )
        .unwrap();
        let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
        let direct = raster::render_page(&scene, DPI * SUPERSAMPLE as f32, false, false).unwrap();
        let mut from_svg = resvg::tiny_skia::Pixmap::new(direct.width(), direct.height()).unwrap();
        from_svg.fill(resvg::tiny_skia::Color::WHITE);
        // The SVG's user unit is the point; its size is given in pt (4/3 CSS pixels), so
        // the raster backend's pixels a point are 72/96 of resvg's scale. (Taken from the
        // pixmap's width instead, the scale is off by the rounding of that width, and a
        // page whose size is not a whole number of pixels drifts by up to a pixel.)
        let scale = DPI * SUPERSAMPLE as f32 / 96.0;
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut from_svg.as_mut(),
        );
        let a = downsample(direct.width(), direct.height(), direct.data());
        let b = downsample(from_svg.width(), from_svg.height(), from_svg.data());
        let (mean, near) = compare((a.0, a.1, &a.2), (b.0, b.1, &b.2));
        eprintln!(
            "{id} SVG: mean difference {mean:.3}, {:.2}% within {NEAR}/255",
            near * 100.0
        );
        assert!(
            mean <= MAX_MEAN_DIFF && near >= MIN_NEAR_SHARE,
            "{id}: SVG export differs"
        );
    }
}

/// Places the SVG `asset` in each box (x, y, width, height in points) of the page.
fn place_svg(page: &mut placard::model::Page, asset: &str, boxes: [(f32, f32, f32, f32); 3]) {
    for (x, y, w, h) in boxes {
        page.elements.push(placard::model::Element::new(
            placard::units::Pt(x),
            placard::units::Pt(y),
            placard::units::Pt(w),
            placard::units::Pt(h),
            ElementKind::Svg(placard::model::SvgElement::new(asset)),
        ));
    }
}

/// An SVG placed in boxes of three shapes, each on a red page: what lies outside the
/// SVG's own width × height shows on neither the PNG nor the PDF, and its blend modes mix
/// its own shapes, not the page beneath (a placed SVG is an isolated picture).
#[test]
fn placed_svgs_are_clipped_to_their_viewport_and_isolated_in_every_backend() {
    let resources = Resources::bundled();
    // Plain shapes (vectors in the PDF), with blue bars just outside the viewport on
    // every side.
    let plain = r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100" height="40" fill="#fff"/><g fill="#00f"><rect x="-50" width="50" height="40"/><rect x="100" width="50" height="40"/><rect y="-20" width="100" height="20"/><rect y="40" width="100" height="20"/></g></svg>"##;
    // Multiply blending (a picture in the PDF): grey over white inside, never over the page.
    let blended = r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100" height="40" fill="#fff"/><rect x="20" y="-100" width="60" height="300" fill="#888" style="mix-blend-mode:multiply"/></svg>"##;
    for (name, svg) in [("plain", plain), ("blended", blended)] {
        let mut project = Project::new(placard::model::Document::new(
            name,
            placard::model::PaperSize::Metric(150.0, 150.0),
        ));
        let asset = project.add_asset(&format!("{name}.svg"), Arc::from(svg.as_bytes()));
        let page = &mut project.document.pages[0];
        page.background = placard::model::Background::Solid {
            color: placard::model::Color::rgb(220, 0, 0),
        };
        // Its own proportions, wider, taller (in points; the page is 425 pt square).
        place_svg(
            page,
            &asset,
            [
                (20.0, 20.0, 200.0, 80.0),
                (20.0, 150.0, 380.0, 80.0),
                (260.0, 20.0, 100.0, 110.0),
            ],
        );
        let scene = build_page(&project, 0, &resources).unwrap().scene;
        let png = raster::render_page(&scene, 72.0, false, false).unwrap();
        let at = |x: u32, y: u32| {
            let p = png.pixel(x, y).unwrap();
            (p.red(), p.green(), p.blue())
        };
        // Beside the picture in the wide box, and above and below it in the tall one:
        // the red page, not the SVG's stray bars or its blending.
        for (x, y) in [(60, 190), (340, 190), (310, 45), (310, 105)] {
            assert_eq!(at(x, y), (220, 0, 0), "{name}: the page at ({x}, {y})");
        }
        // Inside, the picture as drawn: white, and grey where it multiplies.
        assert_eq!(at(30, 60), (255, 255, 255), "{name}");
        if name == "blended" {
            let (r, g, b) = at(120, 60);
            assert!(
                r == g && g == b && (130..=140).contains(&r),
                "{name}: {r} {g} {b}"
            );
        }
        check_project(&format!("svg-viewport-{name}"), &project, &resources);
    }
}

/// Every file of the SVG corpus (`tests/corpus/svg`, artwork from Debian's packages) is
/// read and printed, placed in a box of its own proportions, a wider one and a taller
/// one. How closely the PDF follows the raster backend is measured and written to
/// `fidelity-corpus.tsv` in the test folder (docs/FIDELITY.md): hairlines thinner than a
/// pixel differ between rasterisers at this resolution, so the figures are recorded
/// here and held to the rasterisers' own spread by the real-tool checks.
#[test]
fn the_svg_corpus_prints_as_it_renders_in_boxes_of_three_shapes() {
    let resources = Resources::bundled();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/svg");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "svg" || e == "svgz"))
        .collect();
    files.sort();
    assert!(files.len() >= 40, "the corpus has {} files", files.len());
    let mut table = String::from("file\tmean difference\t% within 8/255\n");
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let parsed = placard::layout::parse_svg(&name, &bytes, resources.fonts.svg_font_database())
            .unwrap_or_else(|err| panic!("{name}: {err}"));
        let size = parsed.tree.size();
        let ratio = size.height() / size.width();
        let mut project = Project::new(placard::model::Document::new(
            &name,
            placard::model::PaperSize::Metric(150.0, 150.0),
        ));
        let asset = project.add_asset(&name, Arc::from(bytes));
        let page = &mut project.document.pages[0];
        page.background = placard::model::Background::Solid {
            color: placard::model::Color::rgb(240, 240, 200),
        };
        let own = if ratio <= 1.0 {
            (200.0, 200.0 * ratio)
        } else {
            (200.0 / ratio, 200.0)
        };
        place_svg(
            page,
            &asset,
            [
                (10.0, 10.0, own.0, own.1),
                (10.0, 230.0, 405.0, 150.0),
                (240.0, 10.0, 120.0, 200.0),
            ],
        );
        for (mean, near) in measure_project(&format!("corpus-{name}"), &project, &resources) {
            assert!(mean.is_finite() && near > 0.0, "{name}: nothing comparable");
            table.push_str(&format!("{name}\t{mean:.3}\t{:.2}\n", near * 100.0));
        }
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fidelity-corpus.tsv");
    std::fs::write(out, table).unwrap();
}

/// Thick strokes of a drawn SVG (vectors in the PDF) keep the drawing's joins, caps,
/// miter limit and paint order: a closed square meets itself with a miter where it
/// starts, square and round caps, bevelled and round joins, a sharp angle bevelled by
/// SVG's miter limit of 4 (PDF's own is 10), and a stroke painted under its fill.
#[test]
fn svg_strokes_keep_their_joins_caps_miter_limit_and_paint_order() {
    let resources = Resources::bundled();
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
        <rect width="200" height="100" fill="#fff"/>
        <rect x="15" y="15" width="30" height="30" fill="none" stroke="#000" stroke-width="8"/>
        <polyline points="60,40 75,15 90,40" fill="none" stroke="#06c" stroke-width="8" stroke-linecap="square" stroke-linejoin="bevel"/>
        <polyline points="105,40 120,15 135,40" fill="none" stroke="#c60" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>
        <polyline points="150,45 160,10 170,45" fill="none" stroke="#090" stroke-width="6"/>
        <circle cx="40" cy="75" r="15" fill="#fc0" stroke="#c00" stroke-width="10" paint-order="stroke"/>
        <polyline points="80,90 95,60 110,90" fill="none" stroke="#609" stroke-width="6" stroke-miterlimit="10"/>
    </svg>"##;
    let mut project = Project::new(placard::model::Document::new(
        "strokes",
        placard::model::PaperSize::Metric(150.0, 80.0),
    ));
    let asset = project.add_asset("strokes.svg", Arc::from(svg.as_bytes()));
    place_svg(
        &mut project.document.pages[0],
        &asset,
        [
            (10.0, 10.0, 400.0, 200.0),
            (10.0, 10.0, 400.0, 200.0),
            (10.0, 10.0, 400.0, 200.0),
        ],
    );
    check_project("svg-strokes", &project, &resources);
}
