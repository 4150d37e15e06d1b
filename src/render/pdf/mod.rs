//! The PDF backend (printpdf, finished with lopdf): vectors stay vectors, text is real
//! text in embedded subset fonts, images keep their native resolution (JPEGs untouched).

mod cid_font;
mod icc;
mod images;
mod info;
mod marks;
mod pdfx;
mod text;
mod usvg_walk;

use images::deflate;
use marks::{MARK_LENGTH_MM, add_cut_line, crop_mark_ops, mark_offset};

use std::collections::HashMap;
use std::sync::Arc;

use printpdf::{
    Cmyk, CurTransMat, ExtendedGraphicsState, ExtendedGraphicsStateId, LinePoint, Mm, Op,
    PaintMode, PdfDocument, PdfPage, PdfSaveOptions, PdfWarnMsg, Polygon, PolygonRing, Pt,
    RawImage, RawImageData, RawImageFormat, Rgb, WindingOrder, XObjectId, XObjectTransform,
};

use crate::colour::cmyk::{Cmyk as Inks, CmykConverter};
use crate::geom::{self, PathSegment, Transform};
use crate::layout::LoadedImage;
use crate::model::Color;
use crate::scene::{ImageItem, Item, Paint, PathItem, Scene};
use crate::units;

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
    Font {
        /// The font's family.
        family: String,
    },
    /// The finished document could not be written.
    Write(String),
    /// A photo's pixels, needed for the PDF, cannot be decoded.
    Image(#[from] crate::layout::LayoutError),
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self {
            PdfError::Font { family } => crate::tr!("pdf-font-unusable", font = family),
            PdfError::Write(reason) => crate::tr!("pdf-not-written", reason = reason),
            PdfError::Image(err) => return err.fmt(f),
        };
        f.write_str(&message.text())
    }
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
    // Title, creator and producer are written by `info::write_info` once the file is made.

    let mut writer = Writer {
        doc,
        fonts: HashMap::new(),
        page: 0,
        alphas: HashMap::new(),
        images: HashMap::new(),
        cmyk: options.cmyk.clone(),
        transforms: vec![Transform::IDENTITY],
        overprint: None,
    };
    let mut frames = Vec::new();
    let mut pages = Vec::new();
    for (page, scene) in scenes.iter().enumerate() {
        writer.page = page;
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
        // Not secure: that drops operators printpdf has no type for, and the text of
        // faces coded by Placard (`cid_font`) is written with them.
        secure: false,
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
    // In the order first used, so that the same design makes the same file.
    let mut faces: Vec<&text::FontFace> = writer.fonts.values().collect();
    faces.sort_by_key(|face| face.order());
    for face in faces {
        face.finish(&mut pdf, &page_ids)?;
    }
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
    outlines(path).into_iter().map(|(ring, _)| ring).collect()
}

/// The subpaths of `path`, each with whether it is closed (a closed one is stroked with
/// a join where it ends, an open one with its caps). A closed subpath's points end
/// back at its start.
fn outlines(path: &geom::Path) -> Vec<(PolygonRing, bool)> {
    let mut rings = Vec::new();
    let mut closed = false;
    let mut current: Vec<LinePoint> = Vec::new();
    let mut start = geom::Point::default();
    for segment in &path.segments {
        match *segment {
            PathSegment::MoveTo(p) => {
                if current.len() > 1 {
                    rings.push((
                        PolygonRing {
                            points: std::mem::take(&mut current),
                        },
                        closed,
                    ));
                }
                current.clear();
                closed = false;
                start = p;
                current.push(point(p.x, p.y, false));
            }
            PathSegment::LineTo(p) => current.push(point(p.x, p.y, false)),
            PathSegment::CubicTo(a, b, c) => {
                current.push(point(a.x, a.y, true));
                current.push(point(b.x, b.y, true));
                current.push(point(c.x, c.y, false));
            }
            PathSegment::Close => {
                current.push(point(start.x, start.y, false));
                closed = true;
            }
        }
    }
    if current.len() > 1 {
        rings.push((PolygonRing { points: current }, closed));
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

/// How lines are stroked.
pub(super) struct StrokeLines {
    /// Their colour.
    pub color: Color,
    /// Their width.
    pub width: f32,
    /// How segments meet.
    pub join: printpdf::LineJoinStyle,
    /// How open ends finish.
    pub cap: printpdf::LineCapStyle,
    /// How long a miter may grow, in line widths, before it is bevelled.
    pub miter_limit: f32,
    /// Lengths drawn and left out in turn; `None` for an unbroken line.
    pub dash: Option<[f32; 2]>,
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

/// Names `value` as `key` among the `category` resources of one page ("Font",
/// "ColorSpace", "ExtGState"), leaving other pages that share its resources as they are.
pub(super) fn add_page_resource(
    pdf: &mut lopdf::Document,
    page_id: lopdf::ObjectId,
    category: &str,
    key: &str,
    value: lopdf::Object,
) -> Result<(), PdfError> {
    use lopdf::{Dictionary, Object};
    let failed = || PdfError::Write(format!("the page's {category} resources"));
    let page = pdf.get_dictionary(page_id).map_err(|_| failed())?;
    // The page's resources, resolved and copied so this page alone gains the entry.
    let mut resources = match page.get(b"Resources") {
        Ok(Object::Reference(id)) => pdf.get_dictionary(*id).map_err(|_| failed())?.clone(),
        Ok(Object::Dictionary(dict)) => dict.clone(),
        _ => Dictionary::new(),
    };
    let mut entries = match resources.get(category.as_bytes()) {
        Ok(Object::Dictionary(dict)) => dict.clone(),
        Ok(Object::Reference(id)) => pdf.get_dictionary(*id).cloned().unwrap_or_default(),
        _ => Dictionary::new(),
    };
    entries.set(key, value);
    resources.set(category, Object::Dictionary(entries));
    pdf.get_dictionary_mut(page_id)
        .map_err(|_| failed())?
        .set("Resources", Object::Dictionary(resources));
    Ok(())
}

fn matrix(t: &Transform) -> CurTransMat {
    CurTransMat::Raw([t.a, t.b, t.c, t.d, t.e, t.f])
}

struct Writer {
    doc: PdfDocument,
    /// Embedded fonts by the font's identity.
    fonts: HashMap<(u64, u32), text::FontFace>,
    /// The index of the page being written.
    page: usize,
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
        self.path_filled_by(item, WindingOrder::NonZero, ops);
    }

    /// Draws a path whose solid fill follows `rule` (an SVG drawing may ask for
    /// even-odd; everything Placard draws itself fills non-zero).
    fn path_filled_by(&mut self, item: &PathItem, rule: WindingOrder, ops: &mut Vec<Op>) {
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
                        winding_order: rule,
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
            let (join, cap) = if stroke.round {
                (
                    printpdf::LineJoinStyle::Round,
                    printpdf::LineCapStyle::Round,
                )
            } else {
                (printpdf::LineJoinStyle::Miter, printpdf::LineCapStyle::Butt)
            };
            let lines = StrokeLines {
                color: stroke.color,
                width: stroke.width,
                join,
                cap,
                // SVG's and Placard's own default; PDF's is 10.
                miter_limit: 4.0,
                dash: stroke.dash,
            };
            self.stroke(outlines(&item.path), &lines, ops);
        }
    }

    /// Strokes `outlines` (closed ones with a join where they end) as `lines` says.
    fn stroke(
        &mut self,
        outlines: Vec<(PolygonRing, bool)>,
        lines: &StrokeLines,
        ops: &mut Vec<Op>,
    ) {
        let stroke = lines;
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
        ops.push(Op::SetLineJoinStyle { join: stroke.join });
        ops.push(Op::SetLineCapStyle { cap: stroke.cap });
        ops.push(Op::SetMiterLimit {
            limit: Pt(stroke.miter_limit.max(1.0)),
        });
        if let Some(pattern) = stroke.dash {
            ops.push(Op::SetLineDashPattern {
                dash: printpdf::LineDashPattern::new(0.0, &pattern),
            });
        }
        for (mut ring, closed) in outlines {
            if closed && ring.points.len() > 2 {
                // The path closes itself: the point back at the start is not drawn
                // twice, so the join there is a real one.
                ring.points.pop();
            }
            ops.push(Op::DrawLine {
                line: printpdf::Line {
                    points: ring.points,
                    is_closed: closed,
                },
            });
        }
        ops.push(Op::RestoreGraphicsState);
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
