//! What the print shop and the cutter need besides the artwork: crop marks at the trim
//! corners and a sticker's cut line as a spot colour.

#[allow(clippy::wildcard_imports)]
use super::*;

/// Distance of crop marks from the trim edge when the bleed is smaller.
pub(super) const MARK_MIN_OFFSET_MM: f32 = 3.0;
/// Length of each crop mark.
pub(super) const MARK_LENGTH_MM: f32 = 5.0;
/// Crop mark line width in points (a hairline).
pub(super) const MARK_WIDTH_PT: f32 = 0.25;

pub(super) fn mark_offset(scene: &Scene) -> f32 {
    scene
        .bleed
        .max(units::Pt::from(units::Mm(MARK_MIN_OFFSET_MM)).0)
}

/// Width of the cut line: a hairline, as cutters want it.
pub(super) const CUT_LINE_WIDTH_PT: f32 = 0.25;
/// Resource names of the cut line's colour space and overprint state.
pub(super) const CUT_COLOUR_SPACE: &str = "PlacardCutContour";
pub(super) const CUT_OVERPRINT: &str = "PlacardCutOverprint";

/// Adds a sticker's cut line to a page: a hairline path stroked at 100 % of a Separation
/// colour (shown as magenta) with overprint on, in its own content stream after the
/// artwork, so the RIP sees it as a die line and not as ink.
pub(super) fn add_cut_line(
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
    super::add_page_resource(pdf, page_id, "ColorSpace", CUT_COLOUR_SPACE, separation)?;
    super::add_page_resource(
        pdf,
        page_id,
        "ExtGState",
        CUT_OVERPRINT,
        Object::Dictionary(overprint),
    )?;
    let page = pdf
        .get_dictionary(page_id)
        .map_err(|_| write_error("page"))?;
    let contents = match page.get(b"Contents") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => Vec::new(),
    };
    let page = pdf
        .get_dictionary_mut(page_id)
        .map_err(|_| write_error("page"))?;
    let mut contents = contents;
    contents.push(Object::Reference(stream_id));
    page.set("Contents", Object::Array(contents));
    Ok(())
}

/// Four pairs of hairlines in registration colour, one pair at each trim corner,
/// starting outside the bleed.
/// In PDF/X with an RGB output intent the marks are plain black (no CMYK colour may
/// appear).
pub(super) fn crop_mark_ops(scene: &Scene, frame: &PageFrame, rgb_only: bool, ops: &mut Vec<Op>) {
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
