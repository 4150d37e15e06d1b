//! SVG elements in PDF: plain drawings (solid fills and strokes, no clipping, masks,
//! filters, group opacity or embedded images) become PDF vectors; anything richer is
//! rendered by resvg at 300 dpi and embedded as an image, so it always prints as seen.

use printpdf::{CurTransMat, Op};
use resvg::tiny_skia;
use usvg::{Node, Paint as SvgPaint};

use super::Writer;
use crate::geom::{self, Transform};
use crate::model::Color;
use crate::scene::{Paint, PathItem, StrokeStyle, SvgItem};

/// Resolution of the image used for SVGs that cannot be drawn as PDF vectors.
const FALLBACK_DPI: f32 = 300.0;
/// Largest side of that image in pixels.
const FALLBACK_MAX_PX: f32 = 6000.0;

pub(super) fn svg(writer: &mut Writer, item: &SvgItem, ops: &mut Vec<Op>) {
    if item.opacity >= 1.0 && is_plain(item.tree.root()) {
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetTransformationMatrix {
            matrix: super::matrix(&item.transform),
        });
        vectors(writer, item.tree.root(), ops);
        ops.push(Op::RestoreGraphicsState);
    } else {
        raster_fallback(writer, item, ops);
    }
}

fn is_plain(group: &usvg::Group) -> bool {
    let group_plain = group.opacity().get() >= 1.0
        && group.clip_path().is_none()
        && group.mask().is_none()
        && group.filters().is_empty()
        && group.blend_mode() == usvg::BlendMode::Normal;
    group_plain
        && group.children().iter().all(|node| match node {
            Node::Group(g) => is_plain(g),
            Node::Path(p) => {
                p.fill().is_none_or(|f| {
                    matches!(f.paint(), SvgPaint::Color(_)) && f.rule() == usvg::FillRule::NonZero
                }) && p.stroke().is_none_or(|s| {
                    matches!(s.paint(), SvgPaint::Color(_)) && s.dasharray().is_none()
                })
            }
            Node::Image(_) => false,
            Node::Text(t) => is_plain(t.flattened()),
        })
}

fn color(paint: &SvgPaint, opacity: f32) -> Option<Color> {
    match paint {
        SvgPaint::Color(c) => Some(Color::rgb(c.red, c.green, c.blue).with_opacity(opacity)),
        _ => None,
    }
}

fn vectors(writer: &mut Writer, group: &usvg::Group, ops: &mut Vec<Op>) {
    for node in group.children() {
        match node {
            Node::Group(g) => vectors(writer, g, ops),
            Node::Text(t) => vectors(writer, t.flattened(), ops),
            Node::Image(_) => {}
            Node::Path(p) => {
                if !p.is_visible() {
                    continue;
                }
                let mut path = geom::Path::default();
                for segment in p.data().segments() {
                    use tiny_skia::PathSegment as S;
                    match segment {
                        S::MoveTo(a) => path.move_to(a.x, a.y),
                        S::LineTo(a) => path.line_to(a.x, a.y),
                        S::QuadTo(a, b) => path.quad_to(a.x, a.y, b.x, b.y),
                        S::CubicTo(a, b, c) => path.cubic_to(a.x, a.y, b.x, b.y, c.x, c.y),
                        S::Close => path.close(),
                    }
                }
                let t = p.abs_transform();
                let fill = p
                    .fill()
                    .and_then(|f| color(f.paint(), f.opacity().get()))
                    .map(Paint::Solid);
                let stroke = p.stroke().and_then(|s| {
                    color(s.paint(), s.opacity().get()).map(|c| StrokeStyle {
                        color: c,
                        width: s.width().get(),
                        round: s.linejoin() == usvg::LineJoin::Round,
                    })
                });
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: CurTransMat::Raw([t.sx, t.ky, t.kx, t.sy, t.tx, t.ty]),
                });
                writer.path(&PathItem { path, fill, stroke }, ops);
                ops.push(Op::RestoreGraphicsState);
            }
        }
    }
}

fn raster_fallback(writer: &mut Writer, item: &SvgItem, ops: &mut Vec<Op>) {
    let size = item.tree.size();
    let (w, h) = (size.width(), size.height());
    let printed_scale = item.transform.mean_scale();
    let mut px_per_unit = printed_scale * FALLBACK_DPI / 72.0;
    px_per_unit = px_per_unit.min(FALLBACK_MAX_PX / w.max(h));
    let pw = (w * px_per_unit).ceil().max(1.0) as u32;
    let ph = (h * px_per_unit).ceil().max(1.0) as u32;
    let Some(mut pixmap) = tiny_skia::Pixmap::new(pw, ph) else {
        return;
    };
    resvg::render(
        &item.tree,
        tiny_skia::Transform::from_scale(pw as f32 / w, ph as f32 / h),
        &mut pixmap.as_mut(),
    );
    let mut data = pixmap.take();
    crate::render::raster::unpremultiply(&mut data);
    let opaque = data.chunks_exact(4).all(|px| px[3] == 255);
    let id = writer.raster_xobject(pw, ph, &data, opaque);
    let placement = item
        .transform
        .concat(&Transform::scale(w, h))
        .concat(&Transform {
            d: -1.0,
            f: 1.0,
            ..Transform::IDENTITY
        });
    writer.place_xobject(id, &placement, item.opacity, ops);
}
