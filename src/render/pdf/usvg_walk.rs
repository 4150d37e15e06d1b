//! SVG elements in PDF: plain drawings (solid fills, non-zero or even-odd, and strokes; no
//! clipping, masks, filters, group opacity or embedded images) become PDF vectors, strokes with the
//! drawing's own joins, caps, miter limit and paint order; anything richer is rendered
//! by resvg at 300 dpi and embedded as an image, so it always prints as seen.

use printpdf::{CurTransMat, LineCapStyle, LineJoinStyle, Op};
use resvg::tiny_skia;
use usvg::{Node, Paint as SvgPaint};

use super::{StrokeLines, Writer};
use crate::geom::{self, Transform};
use crate::model::Color;
use crate::scene::{Paint, PathItem, SvgItem};

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
                p.fill()
                    .is_none_or(|f| matches!(f.paint(), SvgPaint::Color(_)))
                    && p.stroke().is_none_or(|s| {
                        // PDF has no clipped miters.
                        matches!(s.paint(), SvgPaint::Color(_))
                            && s.dasharray().is_none()
                            && s.linejoin() != usvg::LineJoin::MiterClip
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
                    color(s.paint(), s.opacity().get()).map(|c| StrokeLines {
                        color: c,
                        width: s.width().get(),
                        join: match s.linejoin() {
                            usvg::LineJoin::Round => LineJoinStyle::Round,
                            usvg::LineJoin::Bevel => LineJoinStyle::Bevel,
                            usvg::LineJoin::Miter | usvg::LineJoin::MiterClip => {
                                LineJoinStyle::Miter
                            }
                        },
                        cap: match s.linecap() {
                            usvg::LineCap::Butt => LineCapStyle::Butt,
                            usvg::LineCap::Round => LineCapStyle::Round,
                            usvg::LineCap::Square => LineCapStyle::ProjectingSquare,
                        },
                        miter_limit: s.miterlimit().get(),
                        dash: None,
                    })
                });
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetTransformationMatrix {
                    matrix: CurTransMat::Raw([t.sx, t.ky, t.kx, t.sy, t.tx, t.ty]),
                });
                let stroke_first = p.paint_order() == usvg::PaintOrder::StrokeAndFill;
                let rule = match p.fill().map(usvg::Fill::rule) {
                    Some(usvg::FillRule::EvenOdd) => printpdf::WindingOrder::EvenOdd,
                    _ => printpdf::WindingOrder::NonZero,
                };
                let draw_fill = |writer: &mut Writer, ops: &mut Vec<Op>| {
                    writer.path_filled_by(
                        &PathItem {
                            path: path.clone(),
                            fill: fill.clone(),
                            stroke: None,
                        },
                        rule,
                        ops,
                    );
                };
                if !stroke_first {
                    draw_fill(writer, ops);
                }
                if let Some(lines) = &stroke {
                    writer.stroke(super::outlines(&path), lines, ops);
                }
                if stroke_first {
                    draw_fill(writer, ops);
                }
                ops.push(Op::RestoreGraphicsState);
            }
        }
    }
}

fn raster_fallback(writer: &mut Writer, item: &SvgItem, ops: &mut Vec<Op>) {
    // The picture reaches past the drawing's edges by less than a pixel, on a grid of
    // square pixels; the scene's viewport clip trims it.
    let Some(crate::render::svg_picture::Picture {
        pixmap,
        covers: (w, h),
    }) = crate::render::svg_picture::render(item)
    else {
        return;
    };
    let (pw, ph) = (pixmap.width(), pixmap.height());
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
