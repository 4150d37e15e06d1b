//! The PDF backend (printpdf, finished with lopdf): vectors stay vectors, text is real
//! text in embedded subset fonts, images keep their native resolution (JPEGs untouched).

mod icc;
mod info;
mod pdfx;
mod usvg_walk;

use std::collections::HashMap;
use std::sync::Arc;

use printpdf::{
    Cmyk, Codepoint, CurTransMat, ExtendedGraphicsState, ExtendedGraphicsStateId, FontId,
    LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    PdfWarnMsg, Polygon, PolygonRing, Pt, RawImage, RawImageData, RawImageFormat, Rgb, TextItem,
    TextMatrix, WindingOrder, XObjectId, XObjectTransform,
};

use crate::colour::cmyk::{Cmyk as Inks, CmykConverter};
use crate::geom::{self, PathSegment, Transform};
use crate::layout::LoadedImage;
use crate::model::Color;
use crate::scene::{GlyphItem, ImageItem, Item, Paint, PathItem, Scene, StrokeStyle};
use crate::units;

/// Distance of crop marks from the trim edge when the bleed is smaller.
const MARK_MIN_OFFSET_MM: f32 = 3.0;
/// Length of each crop mark.
const MARK_LENGTH_MM: f32 = 5.0;
/// Crop mark line width in points (a hairline).
const MARK_WIDTH_PT: f32 = 0.25;

/// How to lay the pages out.
#[derive(Debug, Clone)]
pub struct PdfOptions {
    /// Include the bleed area on the page (BleedBox beyond the TrimBox).
    pub include_bleed: bool,
    /// Draw crop marks outside the bleed (this widens the page by a slug).
    pub crop_marks: bool,
    /// Document title.
    pub title: String,
    /// Creation date as Unix seconds; `None` for now. Fix it for reproducible files.
    pub timestamp: Option<i64>,
    /// The spot colour a sticker's cut line is drawn in, as the cutter expects it.
    pub cut_contour: CutContourName,
    /// Write PDF/X-4: an output intent with its ICC profile (the CMYK printing condition
    /// when `cmyk` is set, else sRGB), the PDF/X version and trapping keys, XMP metadata
    /// and a document ID.
    pub pdfx: bool,
    /// Print in CMYK: every colour and photo is turned into the printing condition's inks
    /// (black text and thin black lines as black ink alone, overprinting; large black
    /// areas as rich black; colours given as inks kept as they are). `None` keeps sRGB.
    pub cmyk: Option<CmykConverter>,
}

/// Names cutting plotters and their RIPs look for in a die line's spot colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CutContourName {
    /// `CutContour` (Roland VersaWorks and most others).
    #[default]
    CutContour,
    /// `CutContourFlex` (flexible media workflows).
    CutContourFlex,
    /// `Thru-cut` (cut all the way through).
    ThruCut,
}

impl CutContourName {
    /// The name as written in the PDF.
    pub fn as_str(self) -> &'static str {
        match self {
            CutContourName::CutContour => "CutContour",
            CutContourName::CutContourFlex => "CutContourFlex",
            CutContourName::ThruCut => "Thru-cut",
        }
    }
}

impl Default for PdfOptions {
    fn default() -> PdfOptions {
        PdfOptions {
            include_bleed: true,
            crop_marks: false,
            title: String::new(),
            timestamp: None,
            cut_contour: CutContourName::default(),
            pdfx: false,
            cmyk: None,
        }
    }
}

/// What can go wrong making a PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A font cannot be embedded.
    #[error("font '{family}' cannot be embedded in a PDF")]
    Font {
        /// The font's family.
        family: String,
    },
    /// The finished document could not be written.
    #[error("the PDF could not be written: {0}")]
    Write(String),
    /// A photo's pixels, needed for the PDF, cannot be decoded.
    #[error(transparent)]
    Image(#[from] crate::layout::LayoutError),
}

/// Page geometry in PDF points, y up.
#[derive(Debug, Clone, Copy)]
struct PageFrame {
    media_width: f32,
    media_height: f32,
    /// Distance from the media box's left/bottom edge to the trim box.
    trim_offset: f32,
    /// Bleed shown around the trim box.
    bleed_shown: f32,
}

impl PageFrame {
    fn new(scene: &Scene, options: &PdfOptions) -> PageFrame {
        let bleed_shown = if options.include_bleed || options.crop_marks {
            scene.bleed
        } else {
            0.0
        };
        let slug = if options.crop_marks {
            mark_offset(scene) + units::Pt::from(units::Mm(MARK_LENGTH_MM)).0 + 2.0 - bleed_shown
        } else {
            0.0
        };
        let trim_offset = bleed_shown + slug.max(0.0);
        PageFrame {
            media_width: scene.width + 2.0 * trim_offset,
            media_height: scene.height + 2.0 * trim_offset,
            trim_offset,
            bleed_shown,
        }
    }
}

fn mark_offset(scene: &Scene) -> f32 {
    scene
        .bleed
        .max(units::Pt::from(units::Mm(MARK_MIN_OFFSET_MM)).0)
}

/// Renders the scenes as pages of one PDF.
pub fn render(scenes: &[Scene], options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&options.title);
    let date = options
        .timestamp
        .and_then(|t| printpdf::OffsetDateTime::from_unix_timestamp(t).ok())
        .unwrap_or_else(printpdf::OffsetDateTime::now_utc);
    doc.metadata.info.creation_date = date;
    doc.metadata.info.modification_date = date;
    doc.metadata.info.metadata_date = date;
    doc.metadata.info.creator = "Placard".to_owned();
    doc.metadata.info.producer = format!("Placard {}", env!("CARGO_PKG_VERSION"));
    doc.metadata.info.identifier = options.title.clone();

    let mut writer = Writer {
        doc,
        fonts: HashMap::new(),
        alphas: HashMap::new(),
        images: HashMap::new(),
        cmyk: options.cmyk.clone(),
        transforms: vec![Transform::IDENTITY],
        overprint: None,
    };
    let mut frames = Vec::new();
    let mut pages = Vec::new();
    for scene in scenes {
        let frame = PageFrame::new(scene, options);
        let mut ops = vec![
            Op::SaveGraphicsState,
            // Scene space (points, y down, origin at trim top-left) to PDF space.
            Op::SetTransformationMatrix {
                matrix: CurTransMat::Raw([
                    1.0,
                    0.0,
                    0.0,
                    -1.0,
                    frame.trim_offset,
                    frame.media_height - frame.trim_offset,
                ]),
            },
        ];
        // Nothing outside the bleed box is part of the page.
        ops.extend(clip_ops(&geom::Path::rect(
            scene.trim_box().outset(frame.bleed_shown),
        )));
        writer.items(&scene.background, &mut ops)?;
        writer.items(&scene.items, &mut ops)?;
        ops.push(Op::RestoreGraphicsState);
        if options.crop_marks {
            crop_mark_ops(
                scene,
                &frame,
                options.pdfx && options.cmyk.is_none(),
                &mut ops,
            );
        }
        let page = PdfPage::new(
            Mm::from(Pt(frame.media_width)),
            Mm::from(Pt(frame.media_height)),
            ops,
        );
        pages.push(page);
        frames.push(frame);
    }
    writer.doc.with_pages(pages);

    let save_options = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings: Vec<PdfWarnMsg> = Vec::new();
    let mut pdf = writer.doc.to_lopdf_document(&save_options, &mut warnings);
    // printpdf has no BleedBox and writes boxes away from the origin wrongly: set both.
    for ((_, page_id), frame) in pdf.get_pages().into_iter().zip(&frames) {
        let Ok(page) = pdf.get_dictionary_mut(page_id) else {
            continue;
        };
        let pdf_box = |inset: f32| -> Vec<lopdf::Object> {
            [
                inset,
                inset,
                frame.media_width - inset,
                frame.media_height - inset,
            ]
            .into_iter()
            .map(lopdf::Object::Real)
            .collect()
        };
        page.set("TrimBox", pdf_box(frame.trim_offset));
        page.set("BleedBox", pdf_box(frame.trim_offset - frame.bleed_shown));
    }
    let page_ids: Vec<lopdf::ObjectId> = pdf.get_pages().into_values().collect();
    for ((page_id, frame), scene) in page_ids.into_iter().zip(&frames).zip(scenes) {
        if let Some(cut) = &scene.cut_line {
            add_cut_line(&mut pdf, page_id, frame, cut, options)?;
        }
    }
    if let Some(press) = &options.cmyk {
        shadings_to_cmyk(&mut pdf, press);
    }
    info::write_info(&mut pdf, &options.title, options.pdfx.then_some("PDF/X-4"))?;
    if options.pdfx {
        pdfx::make_pdfx(&mut pdf, options, date)?;
    }
    // Transparency needs PDF 1.4 or later; printpdf's header says 1.3.
    pdf.version = "1.7".to_owned();
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|err| PdfError::Write(err.to_string()))?;
    Ok(bytes)
}

/// Width of the cut line: a hairline, as cutters want it.
const CUT_LINE_WIDTH_PT: f32 = 0.25;
/// Resource names of the cut line's colour space and overprint state.
const CUT_COLOUR_SPACE: &str = "PlacardCutContour";
const CUT_OVERPRINT: &str = "PlacardCutOverprint";

/// Adds a sticker's cut line to a page: a hairline path stroked at 100 % of a Separation
/// colour (shown as magenta) with overprint on, in its own content stream after the
/// artwork, so the RIP sees it as a die line and not as ink.
fn add_cut_line(
    pdf: &mut lopdf::Document,
    page_id: lopdf::ObjectId,
    frame: &PageFrame,
    cut: &geom::Path,
    options: &PdfOptions,
) -> Result<(), PdfError> {
    let name = options.cut_contour;
    use lopdf::{Dictionary, Object, Stream};
    let mut content = format!(
        "q 1 0 0 -1 {} {} cm /{CUT_COLOUR_SPACE} CS 1 SCN /{CUT_OVERPRINT} gs {CUT_LINE_WIDTH_PT} w\n",
        frame.trim_offset,
        frame.media_height - frame.trim_offset
    );
    for segment in &cut.segments {
        let line = match segment {
            PathSegment::MoveTo(p) => format!("{} {} m\n", p.x, p.y),
            PathSegment::LineTo(p) => format!("{} {} l\n", p.x, p.y),
            PathSegment::CubicTo(a, b, p) => {
                format!("{} {} {} {} {} {} c\n", a.x, a.y, b.x, b.y, p.x, p.y)
            }
            PathSegment::Close => "h\n".to_owned(),
        };
        content.push_str(&line);
    }
    content.push_str("S Q\n");
    let stream_id = pdf.add_object(Stream::new(Dictionary::new(), content.into_bytes()));

    // Tint 1 shows as magenta on proofs; the RIP cuts along it instead. In PDF/X with an
    // RGB output intent the alternate colour is RGB magenta.
    let (alternate, c0, c1): (&[u8], Vec<Object>, Vec<Object>) =
        if options.pdfx && options.cmyk.is_none() {
            (
                b"DeviceRGB",
                vec![1.into(), 1.into(), 1.into()],
                vec![1.into(), 0.into(), 1.into()],
            )
        } else {
            (
                b"DeviceCMYK",
                vec![0.into(), 0.into(), 0.into(), 0.into()],
                vec![0.into(), 1.into(), 0.into(), 0.into()],
            )
        };
    let tint = Dictionary::from_iter([
        ("FunctionType", Object::Integer(2)),
        ("Domain", vec![0.into(), 1.into()].into()),
        ("C0", c0.into()),
        ("C1", c1.into()),
        ("N", Object::Integer(1)),
    ]);
    let separation: Object = vec![
        Object::Name(b"Separation".to_vec()),
        Object::Name(name.as_str().as_bytes().to_vec()),
        Object::Name(alternate.to_vec()),
        Object::Dictionary(tint),
    ]
    .into();
    let overprint = Dictionary::from_iter([
        ("Type", Object::Name(b"ExtGState".to_vec())),
        ("OP", Object::Boolean(true)),
        ("op", Object::Boolean(true)),
        ("OPM", Object::Integer(1)),
    ]);

    let write_error = |what: &str| PdfError::Write(format!("the cut line's {what}"));
    let page = pdf
        .get_dictionary(page_id)
        .map_err(|_| write_error("page"))?;
    // The page's resources, resolved and copied so this page alone gains the entries.
    let mut resources = match page.get(b"Resources") {
        Ok(Object::Reference(id)) => pdf
            .get_dictionary(*id)
            .map_err(|_| write_error("resources"))?
            .clone(),
        Ok(Object::Dictionary(dict)) => dict.clone(),
        _ => Dictionary::new(),
    };
    for (category, key, value) in [
        ("ColorSpace", CUT_COLOUR_SPACE, separation),
        ("ExtGState", CUT_OVERPRINT, Object::Dictionary(overprint)),
    ] {
        let mut entries = match resources.get(category.as_bytes()) {
            Ok(Object::Dictionary(dict)) => dict.clone(),
            Ok(Object::Reference(id)) => pdf.get_dictionary(*id).cloned().unwrap_or_default(),
            _ => Dictionary::new(),
        };
        entries.set(key, value);
        resources.set(category, Object::Dictionary(entries));
    }
    let contents = match page.get(b"Contents") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => Vec::new(),
    };
    let page = pdf
        .get_dictionary_mut(page_id)
        .map_err(|_| write_error("page"))?;
    page.set("Resources", Object::Dictionary(resources));
    let mut contents = contents;
    contents.push(Object::Reference(stream_id));
    page.set("Contents", Object::Array(contents));
    Ok(())
}

/// Four pairs of hairlines in registration colour, one pair at each trim corner,
/// starting outside the bleed.
/// In PDF/X with an RGB output intent the marks are plain black (no CMYK colour may
/// appear).
fn crop_mark_ops(scene: &Scene, frame: &PageFrame, rgb_only: bool, ops: &mut Vec<Op>) {
    let offset = mark_offset(scene);
    let length = units::Pt::from(units::Mm(MARK_LENGTH_MM)).0;
    let (left, bottom) = (frame.trim_offset, frame.trim_offset);
    let (right, top) = (left + scene.width, bottom + scene.height);
    ops.push(Op::SaveGraphicsState);
    ops.push(Op::SetOutlineColor {
        col: if rgb_only {
            rgb(Color::BLACK)
        } else {
            printpdf::Color::Cmyk(Cmyk {
                c: 1.0,
                m: 1.0,
                y: 1.0,
                k: 1.0,
                icc_profile: None,
            })
        },
    });
    ops.push(Op::SetOutlineThickness {
        pt: Pt(MARK_WIDTH_PT),
    });
    for (x, y, sx, sy) in [
        (left, bottom, -1.0, -1.0),
        (right, bottom, 1.0, -1.0),
        (left, top, -1.0, 1.0),
        (right, top, 1.0, 1.0),
    ] {
        for (from, to) in [
            ((x + sx * offset, y), (x + sx * (offset + length), y)),
            ((x, y + sy * offset), (x, y + sy * (offset + length))),
        ] {
            ops.push(Op::DrawLine {
                line: printpdf::Line {
                    points: vec![point(from.0, from.1, false), point(to.0, to.1, false)],
                    is_closed: false,
                },
            });
        }
    }
    ops.push(Op::RestoreGraphicsState);
}

fn point(x: f32, y: f32, bezier: bool) -> LinePoint {
    LinePoint {
        p: printpdf::Point { x: Pt(x), y: Pt(y) },
        bezier,
    }
}

/// A path as printpdf rings. Closed sub-paths get an explicit closing line so strokes
/// draw every side.
/// The area of the bounding box of a path's largest part (subpath) on the page: a
/// large solid area is one large part, not many small ones (halftone dots, QR modules).
fn largest_part_area(path: &geom::Path, transform: &Transform) -> f32 {
    let mut largest: f32 = 0.0;
    let mut part: Vec<geom::Point> = Vec::new();
    let mut measure = |part: &mut Vec<geom::Point>| {
        if let Some(b) = geom::bounds_of(part.drain(..)) {
            let b = transform.map_rect(&b);
            largest = largest.max(b.width * b.height);
        }
    };
    for segment in &path.segments {
        match *segment {
            PathSegment::MoveTo(p) => {
                measure(&mut part);
                part.push(p);
            }
            PathSegment::LineTo(p) => part.push(p),
            PathSegment::CubicTo(a, b, c) => part.extend([a, b, c]),
            PathSegment::Close => {}
        }
    }
    measure(&mut part);
    largest
}

fn rings(path: &geom::Path) -> Vec<PolygonRing> {
    let mut rings = Vec::new();
    let mut current: Vec<LinePoint> = Vec::new();
    let mut start = geom::Point::default();
    for segment in &path.segments {
        match *segment {
            PathSegment::MoveTo(p) => {
                if current.len() > 1 {
                    rings.push(PolygonRing {
                        points: std::mem::take(&mut current),
                    });
                }
                current.clear();
                start = p;
                current.push(point(p.x, p.y, false));
            }
            PathSegment::LineTo(p) => current.push(point(p.x, p.y, false)),
            PathSegment::CubicTo(a, b, c) => {
                current.push(point(a.x, a.y, true));
                current.push(point(b.x, b.y, true));
                current.push(point(c.x, c.y, false));
            }
            PathSegment::Close => current.push(point(start.x, start.y, false)),
        }
    }
    if current.len() > 1 {
        rings.push(PolygonRing { points: current });
    }
    rings
}

fn clip_ops(path: &geom::Path) -> Vec<Op> {
    vec![Op::DrawPolygon {
        polygon: Polygon {
            rings: rings(path),
            mode: PaintMode::Clip,
            winding_order: WindingOrder::NonZero,
        },
    }]
}

fn rgb(color: Color) -> printpdf::Color {
    printpdf::Color::Rgb(Rgb::new(
        f32::from(color.r) / 255.0,
        f32::from(color.g) / 255.0,
        f32::from(color.b) / 255.0,
        None,
    ))
}

fn cmyk(inks: Inks) -> printpdf::Color {
    printpdf::Color::Cmyk(Cmyk {
        c: inks.c,
        m: inks.m,
        y: inks.y,
        k: inks.k,
        icc_profile: None,
    })
}

/// Black areas at least this large (in square points, 10 cm²) print as rich black.
const RICH_BLACK_MIN_AREA: f32 = 10.0 * 28.346_457 * 28.346_457;

/// What a colour paints, which decides how black is printed.
#[derive(Debug, Clone, Copy)]
enum Painted {
    /// Text, and lines: black ink alone, so no colour fringes if plates shift.
    TextOrLine,
    /// A filled area of this many square points on the page.
    Area(f32),
}

/// Every shading's colours (from gradients, which printpdf writes in RGB) turned into
/// inks: the colour space becomes DeviceCMYK and each function's end colours CMYK.
fn shadings_to_cmyk(pdf: &mut lopdf::Document, press: &CmykConverter) {
    use lopdf::Object;
    fn to_inks(values: &[Object], press: &CmykConverter) -> Option<Vec<Object>> {
        let channel = |o: &Object| -> Option<u8> {
            let v = match o {
                Object::Real(v) => *v,
                Object::Integer(v) => *v as f32,
                _ => return None,
            };
            Some((v.clamp(0.0, 1.0) * 255.0).round() as u8)
        };
        let [r, g, b] = values else { return None };
        let inks = press.color(Color::rgb(channel(r)?, channel(g)?, channel(b)?));
        Some(
            [inks.c, inks.m, inks.y, inks.k]
                .into_iter()
                .map(Object::Real)
                .collect(),
        )
    }
    fn visit(object: &mut Object, press: &CmykConverter, in_shading: bool) {
        match object {
            Object::Dictionary(dict) => visit_dict(dict, press, in_shading),
            Object::Stream(stream) => visit_dict(&mut stream.dict, press, in_shading),
            Object::Array(items) => {
                for item in items {
                    visit(item, press, in_shading);
                }
            }
            _ => {}
        }
    }
    fn visit_dict(dict: &mut lopdf::Dictionary, press: &CmykConverter, in_shading: bool) {
        let shading = in_shading || dict.has(b"ShadingType");
        if dict.has(b"ShadingType")
            && matches!(dict.get(b"ColorSpace"), Ok(Object::Name(n)) if n == b"DeviceRGB")
        {
            dict.set("ColorSpace", Object::Name(b"DeviceCMYK".to_vec()));
        }
        if shading {
            for key in [&b"C0"[..], &b"C1"[..]] {
                if let Ok(Object::Array(values)) = dict.get(key)
                    && let Some(inks) = to_inks(values, press)
                {
                    dict.set(key, Object::Array(inks));
                }
            }
            if dict.has(b"Range") && dict.has(b"C0") {
                // A sampled function's range follows its outputs.
                dict.set(
                    "Range",
                    Object::Array([0, 1, 0, 1, 0, 1, 0, 1].map(Object::Integer).to_vec()),
                );
            }
        }
        for (_, value) in dict.iter_mut() {
            visit(value, press, shading);
        }
    }
    for object in pdf.objects.values_mut() {
        visit(object, press, false);
    }
}

fn matrix(t: &Transform) -> CurTransMat {
    CurTransMat::Raw([t.a, t.b, t.c, t.d, t.e, t.f])
}

struct Writer {
    doc: PdfDocument,
    fonts: HashMap<(u64, u32), FontId>,
    /// Graphics states by (fill alpha, stroke alpha).
    alphas: HashMap<(u8, u8), ExtendedGraphicsStateId>,
    /// Image XObjects by the identity of the decoded image.
    images: HashMap<usize, XObjectId>,
    /// Converts colours to inks when printing in CMYK.
    cmyk: Option<CmykConverter>,
    /// The transform from scene space of each open group, innermost last.
    transforms: Vec<Transform>,
    /// The graphics state that makes black ink overprint.
    overprint: Option<ExtendedGraphicsStateId>,
}

impl Writer {
    fn items(&mut self, items: &[Item], ops: &mut Vec<Op>) -> Result<(), PdfError> {
        for item in items {
            self.item(item, ops)?;
        }
        Ok(())
    }

    fn item(&mut self, item: &Item, ops: &mut Vec<Op>) -> Result<(), PdfError> {
        match item {
            Item::Group(group) => {
                ops.push(Op::SaveGraphicsState);
                if group.transform != Transform::IDENTITY {
                    ops.push(Op::SetTransformationMatrix {
                        matrix: matrix(&group.transform),
                    });
                }
                if let Some(clip) = &group.clip {
                    ops.extend(clip_ops(clip));
                }
                let outer = self.transform();
                self.transforms.push(outer.concat(&group.transform));
                let drawn = self.items(&group.items, ops);
                self.transforms.pop();
                drawn?;
                ops.push(Op::RestoreGraphicsState);
            }
            Item::Path(path) => self.path(path, ops),
            Item::Glyphs(glyphs) => self.glyphs(glyphs, ops)?,
            Item::Image(image) => self.image(image, ops)?,
            Item::Svg(svg) => usvg_walk::svg(self, svg, ops),
        }
        Ok(())
    }

    fn transform(&self) -> Transform {
        self.transforms
            .last()
            .copied()
            .unwrap_or(Transform::IDENTITY)
    }

    /// The PDF colour for `color` used as `painted`; in CMYK, whether it is black ink
    /// alone (which then overprints).
    fn color(&self, color: Color, painted: Painted) -> (printpdf::Color, bool) {
        let Some(press) = &self.cmyk else {
            return (rgb(color), false);
        };
        let pure_black = color.cmyk.is_none() && (color.r, color.g, color.b) == (0, 0, 0);
        let inks = match painted {
            Painted::Area(area) if pure_black && area >= RICH_BLACK_MIN_AREA => {
                Inks::RICH_BLACK.limited(press.ink_limit())
            }
            _ if pure_black => Inks::BLACK,
            Painted::TextOrLine => press
                .grey_as_black(color)
                .unwrap_or_else(|| press.color(color)),
            Painted::Area(_) => press.color(color),
        };
        (cmyk(inks), inks.percent() == [0, 0, 0, 100])
    }

    /// Makes black ink alone print over what lies beneath instead of knocking it out.
    fn overprint_black(&mut self, ops: &mut Vec<Op>) {
        let id = self
            .overprint
            .get_or_insert_with(|| {
                self.doc.add_graphics_state(
                    ExtendedGraphicsState::default()
                        .with_overprint_fill(true)
                        .with_overprint_stroke(true)
                        .with_overprint_mode(printpdf::OverprintMode::KeepUnderlying),
                )
            })
            .clone();
        ops.push(Op::LoadGraphicsState { gs: id });
    }

    fn set_alpha(&mut self, fill: u8, stroke: u8, ops: &mut Vec<Op>) {
        if fill == 255 && stroke == 255 {
            return;
        }
        let id = self
            .alphas
            .entry((fill, stroke))
            .or_insert_with(|| {
                self.doc.add_graphics_state(
                    ExtendedGraphicsState::default()
                        .with_current_fill_alpha(f32::from(fill) / 255.0)
                        .with_current_stroke_alpha(f32::from(stroke) / 255.0),
                )
            })
            .clone();
        ops.push(Op::LoadGraphicsState { gs: id });
    }

    fn path(&mut self, item: &PathItem, ops: &mut Vec<Op>) {
        let rings = rings(&item.path);
        if rings.is_empty() {
            return;
        }
        match &item.fill {
            Some(Paint::Solid(color)) if color.a > 0 => {
                ops.push(Op::SaveGraphicsState);
                self.set_alpha(color.a, 255, ops);
                let area = largest_part_area(&item.path, &self.transform());
                let (col, _) = self.color(*color, Painted::Area(area));
                ops.push(Op::SetFillColor { col });
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: rings.clone(),
                        mode: PaintMode::Fill,
                        winding_order: WindingOrder::NonZero,
                    },
                });
                ops.push(Op::RestoreGraphicsState);
            }
            Some(Paint::LinearGradient { start, end, stops }) if !stops.is_empty() => {
                let shading = printpdf::Shading {
                    geometry: printpdf::ShadingGeometry::Axial {
                        coords: [start.x, start.y, end.x, end.y],
                    },
                    stops: stops
                        .iter()
                        .map(|s| printpdf::GradientStop {
                            offset: s.offset.clamp(0.0, 1.0),
                            color: [
                                f32::from(s.color.r) / 255.0,
                                f32::from(s.color.g) / 255.0,
                                f32::from(s.color.b) / 255.0,
                            ],
                        })
                        .collect(),
                    extend: (true, true),
                };
                let id = self.doc.add_shading(shading);
                ops.push(Op::SaveGraphicsState);
                ops.extend(clip_ops(&item.path));
                ops.push(Op::PaintShading { id });
                ops.push(Op::RestoreGraphicsState);
            }
            _ => {}
        }
        if let Some(stroke) = &item.stroke {
            self.stroke(rings, stroke, ops);
        }
    }

    fn stroke(&mut self, rings: Vec<PolygonRing>, stroke: &StrokeStyle, ops: &mut Vec<Op>) {
        if stroke.color.a == 0 {
            return;
        }
        ops.push(Op::SaveGraphicsState);
        self.set_alpha(255, stroke.color.a, ops);
        let (col, black_ink) = self.color(stroke.color, Painted::TextOrLine);
        if black_ink {
            self.overprint_black(ops);
        }
        ops.push(Op::SetOutlineColor { col });
        ops.push(Op::SetOutlineThickness {
            pt: Pt(stroke.width),
        });
        let (join, cap) = if stroke.round {
            (
                printpdf::LineJoinStyle::Round,
                printpdf::LineCapStyle::Round,
            )
        } else {
            (printpdf::LineJoinStyle::Miter, printpdf::LineCapStyle::Butt)
        };
        ops.push(Op::SetLineJoinStyle { join });
        ops.push(Op::SetLineCapStyle { cap });
        for ring in rings {
            // Open lines must not be closed by the stroke.
            ops.push(Op::DrawLine {
                line: printpdf::Line {
                    points: ring.points,
                    is_closed: false,
                },
            });
        }
        ops.push(Op::RestoreGraphicsState);
    }

    fn font(&mut self, item: &GlyphItem) -> Result<FontId, PdfError> {
        let key = item.font.key();
        if let Some(id) = self.fonts.get(&key) {
            return Ok(id.clone());
        }
        let mut warnings = Vec::new();
        let index = usize::try_from(item.font.index()).unwrap_or(0);
        let parsed =
            ParsedFont::from_bytes(item.font.data(), index, &mut warnings).ok_or_else(|| {
                PdfError::Font {
                    family: item.font.family().to_owned(),
                }
            })?;
        let id = self.doc.add_font(&parsed);
        self.fonts.insert(key, id.clone());
        Ok(id)
    }

    fn glyphs(&mut self, item: &GlyphItem, ops: &mut Vec<Op>) -> Result<(), PdfError> {
        let Some(fill) = item
            .fill
            .filter(|_| item.stroke.is_none() && item.carries_text)
        else {
            // Shadows and outlines repeat the text: they are drawn as paths so the text
            // is found once when searching or copying.
            self.path(&item.to_path_item(), ops);
            return Ok(());
        };
        if fill.a == 0 {
            return Ok(());
        }
        let font = self.font(item)?;
        ops.push(Op::SaveGraphicsState);
        self.set_alpha(fill.a, 255, ops);
        let (col, black_ink) = self.color(fill, Painted::TextOrLine);
        if black_ink {
            self.overprint_black(ops);
        }
        ops.push(Op::SetFillColor { col });
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font),
            size: Pt(1.0),
        });
        for glyph in &item.glyphs {
            // Text space is y up; the page space here is y down.
            let m = item
                .glyph_transform(glyph)
                .concat(&Transform::scale(1.0, -1.0));
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Raw([m.a, m.b, m.c, m.d, m.e, m.f]),
            });
            let codepoint = if glyph.text.is_empty() {
                Codepoint::new(glyph.id, 0.0)
            } else {
                Codepoint::with_cid(glyph.id, 0.0, glyph.text.clone())
            };
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(vec![codepoint])],
            });
        }
        ops.push(Op::EndTextSection);
        ops.push(Op::RestoreGraphicsState);
        Ok(())
    }

    fn image_xobject(
        &mut self,
        image: &Arc<LoadedImage>,
    ) -> Result<(XObjectId, Transform), PdfError> {
        let key = Arc::as_ptr(image) as usize;
        // PDF draws an image into the unit square with its first row at the top (y = 1).
        let flip = Transform {
            d: -1.0,
            f: 1.0,
            ..Transform::IDENTITY
        };
        // In CMYK only grey and CMYK JPEGs can pass as they are; the others are converted.
        let jpeg = image
            .jpeg
            .as_ref()
            .filter(|j| self.cmyk.is_none() || j.components != 3);
        if let Some(jpeg) = jpeg {
            let placement = jpeg.orientation.concat(&flip);
            if let Some(id) = self.images.get(&key) {
                return Ok((id.clone(), placement));
            }
            let id = self.doc.add_xobject(&jpeg_xobject(jpeg));
            self.images.insert(key, id.clone());
            return Ok((id, placement));
        }
        if let Some(id) = self.images.get(&key) {
            return Ok((id.clone(), flip));
        }
        // A photo that came as a JPEG stays a JPEG in inks (smaller than lossless by far).
        let cmyk_jpeg = match (&self.cmyk, &image.jpeg) {
            (Some(press), Some(_)) => cmyk_jpeg(press, image),
            _ => None,
        };
        let id = match cmyk_jpeg {
            Some(jpeg) => self.doc.add_xobject(&jpeg_xobject(&jpeg)),
            None => self.raster_xobject(image.width, image.height, image.rgba()?, image.opaque),
        };
        self.images.insert(key, id.clone());
        Ok((id, flip))
    }

    /// An image XObject for straight-alpha RGBA pixels: RGB (or CMYK inks when printing
    /// in CMYK) with a soft mask when any pixel is not opaque.
    fn raster_xobject(&mut self, width: u32, height: u32, rgba: &[u8], opaque: bool) -> XObjectId {
        if let Some(press) = &self.cmyk {
            let rgb: Vec<u8> = rgba
                .chunks_exact(4)
                .flat_map(|px| [px[0], px[1], px[2]])
                .collect();
            let inks = press.pixels(&rgb);
            let alpha: Option<Vec<u8>> =
                (!opaque).then(|| rgba.chunks_exact(4).map(|px| px[3]).collect());
            return self.doc.add_xobject(&cmyk_image_xobject(
                width,
                height,
                &inks,
                alpha.as_deref(),
            ));
        }
        let (pixels, format) = if opaque {
            let rgb: Vec<u8> = rgba
                .chunks_exact(4)
                .flat_map(|px| [px[0], px[1], px[2]])
                .collect();
            (rgb, RawImageFormat::RGB8)
        } else {
            (rgba.to_vec(), RawImageFormat::RGBA8)
        };
        let raw = RawImage {
            pixels: RawImageData::U8(pixels),
            width: width as usize,
            height: height as usize,
            data_format: format,
            tag: Vec::new(),
        };
        self.doc.add_image(&raw)
    }

    fn image(&mut self, item: &ImageItem, ops: &mut Vec<Op>) -> Result<(), PdfError> {
        let (id, placement) = self.image_xobject(&item.image)?;
        self.place_xobject(id, &item.transform.concat(&placement), item.opacity, ops);
        Ok(())
    }

    fn place_xobject(
        &mut self,
        id: XObjectId,
        transform: &Transform,
        opacity: f32,
        ops: &mut Vec<Op>,
    ) {
        ops.push(Op::SaveGraphicsState);
        let alpha = (opacity.clamp(0.0, 1.0) * 255.0).round() as u8;
        self.set_alpha(alpha, alpha, ops);
        ops.push(Op::SetTransformationMatrix {
            matrix: matrix(transform),
        });
        ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                no_auto_scale: true,
                ..XObjectTransform::default()
            },
        });
        ops.push(Op::RestoreGraphicsState);
    }
}

/// Deflates a stream's content.
fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

/// An image XObject of 8-bit CMYK pixels, with the alpha as its soft mask if given.
fn cmyk_image_xobject(
    width: u32,
    height: u32,
    inks: &[u8],
    alpha: Option<&[u8]>,
) -> printpdf::ExternalXObject {
    use printpdf::DictItem;
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let image_dict = |space: &str| {
        let mut dict = std::collections::BTreeMap::new();
        dict.insert("Type".to_owned(), name("XObject"));
        dict.insert("Subtype".to_owned(), name("Image"));
        dict.insert("Width".to_owned(), DictItem::Int(i64::from(width)));
        dict.insert("Height".to_owned(), DictItem::Int(i64::from(height)));
        dict.insert("BitsPerComponent".to_owned(), DictItem::Int(8));
        dict.insert("ColorSpace".to_owned(), name(space));
        dict.insert("Filter".to_owned(), name("FlateDecode"));
        dict
    };
    let mut dict = image_dict("DeviceCMYK");
    if let Some(alpha) = alpha {
        dict.insert(
            "SMask".to_owned(),
            DictItem::Stream {
                stream: printpdf::ExternalStream {
                    dict: image_dict("DeviceGray"),
                    content: deflate(alpha),
                    compress: false,
                },
            },
        );
    }
    printpdf::ExternalXObject {
        stream: printpdf::ExternalStream {
            dict,
            content: deflate(inks),
            compress: false,
        },
        width: Some(printpdf::Px(width as usize)),
        height: Some(printpdf::Px(height as usize)),
        dpi: None,
    }
}

/// Quality of photos re-encoded as CMYK JPEGs (high: print shops look closely).
const CMYK_JPEG_QUALITY: u8 = 92;

/// An upright photo's pixels in inks, encoded as an Adobe-style (inverted) CMYK JPEG
/// without chroma subsampling. `None` if it cannot be encoded.
fn cmyk_jpeg(press: &CmykConverter, image: &LoadedImage) -> Option<crate::layout::JpegSource> {
    let width = u16::try_from(image.width).ok()?;
    let height = u16::try_from(image.height).ok()?;
    let rgb: Vec<u8> = image
        .rgba()
        .ok()?
        .chunks_exact(4)
        .flat_map(|px| [px[0], px[1], px[2]])
        .collect();
    let inks = press.pixels(&rgb);
    let mut bytes = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut bytes, CMYK_JPEG_QUALITY);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::F_1_1);
    encoder
        .encode(&inks, width, height, jpeg_encoder::ColorType::Cmyk)
        .ok()?;
    Some(crate::layout::JpegSource {
        bytes: bytes.into(),
        width: image.width,
        height: image.height,
        components: 4,
        inverted_cmyk: true,
        orientation: Transform::IDENTITY,
    })
}

/// A JPEG image XObject that carries the file's bytes as they are.
fn jpeg_xobject(jpeg: &crate::layout::JpegSource) -> printpdf::ExternalXObject {
    use printpdf::DictItem;
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let mut dict = std::collections::BTreeMap::new();
    dict.insert("Type".to_owned(), name("XObject"));
    dict.insert("Subtype".to_owned(), name("Image"));
    dict.insert("Width".to_owned(), DictItem::Int(i64::from(jpeg.width)));
    dict.insert("Height".to_owned(), DictItem::Int(i64::from(jpeg.height)));
    dict.insert("BitsPerComponent".to_owned(), DictItem::Int(8));
    dict.insert("Filter".to_owned(), name("DCTDecode"));
    let space = match jpeg.components {
        1 => "DeviceGray",
        4 => "DeviceCMYK",
        _ => "DeviceRGB",
    };
    dict.insert("ColorSpace".to_owned(), name(space));
    if jpeg.inverted_cmyk {
        dict.insert(
            "Decode".to_owned(),
            DictItem::Array(
                [1, 0, 1, 0, 1, 0, 1, 0]
                    .into_iter()
                    .map(DictItem::Int)
                    .collect(),
            ),
        );
    }
    printpdf::ExternalXObject {
        stream: printpdf::ExternalStream {
            dict,
            content: jpeg.bytes.to_vec(),
            compress: false,
        },
        width: Some(printpdf::Px(jpeg.width as usize)),
        height: Some(printpdf::Px(jpeg.height as usize)),
        dpi: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Resources;
    use crate::model::{
        Document, Element, ElementKind, PaperSize, Project, TextElement, TextOutline, TextShadow,
    };
    use crate::units::Pt as Points;

    #[test]
    fn text_with_shadow_and_outline_is_searchable_once() {
        let mut slogan = TextElement::new("SOLIDARITY", "Anton", Points(60.0));
        slogan.outline = Some(TextOutline {
            color: Color::BLACK,
            width: Points(2.0),
        });
        slogan.shadow = Some(TextShadow {
            color: Color::BLACK,
            offset_x: Points(3.0),
            offset_y: Points(3.0),
        });
        let mut document = Document::new("T", PaperSize::Metric(210.0, 297.0));
        document.pages[0].elements.push(Element::new(
            Points(20.0),
            Points(20.0),
            Points(500.0),
            Points(100.0),
            ElementKind::Text(slogan),
        ));
        let project = Project::new(document);
        let resources = Resources::bundled();
        let scene = crate::scene::build_page(&project, 0, &resources)
            .unwrap()
            .scene;
        let bytes = render(&[scene], &PdfOptions::default()).unwrap();
        let pdf = lopdf::Document::load_mem(&bytes).unwrap();
        // lopdf puts a space between separately placed glyphs.
        let text: String = pdf.extract_text(&[1]).unwrap().split_whitespace().collect();
        assert_eq!(text.matches("SOLIDARITY").count(), 1, "{text}");
    }
}
