//! The transformation cage: the frame drawn around the selection (the one element, or a
//! box around several), its handles, and what dragging a handle does to an element.

#[allow(clippy::wildcard_imports)]
use super::*;

/// A handle of the cage: a corner or edge (as -1, 0, 1 across and down) or the turn.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Handle {
    Corner(i8, i8),
    Edge(i8, i8),
    Rotate,
}

/// What the handles are drawn around: the one selected element, or for several a box
/// around the unlocked ones (as an unrotated stand-in element).
pub(super) fn selection_frame(session: &Session) -> Option<Element> {
    if let Some((_, element)) = session.single_selection() {
        return Some(element.clone());
    }
    let elements = &session.page().elements;
    let b = session
        .selection
        .iter()
        .filter_map(|&i| elements.get(i))
        .filter(|e| !e.locked)
        .map(Element::bounds)
        .reduce(|a, b| a.union(&b))?;
    Some(Element::new(
        Pt(b.x),
        Pt(b.y),
        Pt(b.width),
        Pt(b.height),
        ElementKind::Group(GroupElement { children: vec![] }),
    ))
}

/// The handles of the selection frame: several elements turn only as a group.
pub(super) fn frame_handles(frame: &Element, session: &Session) -> Vec<(Handle, Point)> {
    let several = session.selection.len() > 1;
    handles(frame)
        .into_iter()
        .filter(|(h, _)| !(several && *h == Handle::Rotate))
        .collect()
}

/// The handles of an element and where they are on the page.
pub(super) fn handles(element: &Element) -> Vec<(Handle, Point)> {
    let t = element.transform();
    let (w, h) = (element.width.0, element.height.0);
    let mut out = Vec::new();
    for (x, y) in [(-1, -1), (1, -1), (1, 1), (-1, 1)] {
        out.push((
            Handle::Corner(x, y),
            t.apply(Point::new(
                w * f32::from(x + 1) / 2.0,
                h * f32::from(y + 1) / 2.0,
            )),
        ));
    }
    for (x, y) in [(0, -1), (1, 0), (0, 1), (-1, 0)] {
        out.push((
            Handle::Edge(x, y),
            t.apply(Point::new(
                w * f32::from(x + 1) / 2.0,
                h * f32::from(y + 1) / 2.0,
            )),
        ));
    }
    let lift = (h * 0.15).clamp(12.0, 40.0);
    out.push((Handle::Rotate, t.apply(Point::new(w / 2.0, -lift))));
    out
}

/// The element resized by dragging `handle` to `point`; the opposite side stays put.
pub(super) fn resize(
    original: &Element,
    handle: Handle,
    point: Point,
    keep_aspect: bool,
) -> Element {
    let t = original.transform();
    let Some(inverse) = t.invert() else {
        return original.clone();
    };
    let local = inverse.apply(point);
    let (w, h) = (original.width.0, original.height.0);
    let (mut x0, mut y0, mut x1, mut y1) = (0.0, 0.0, w, h);
    let (hx, hy) = match handle {
        Handle::Corner(x, y) | Handle::Edge(x, y) => (x, y),
        Handle::Rotate => return original.clone(),
    };
    match hx {
        -1 => x0 = local.x.min(x1 - 1.0),
        1 => x1 = local.x.max(x0 + 1.0),
        _ => {}
    }
    match hy {
        -1 => y0 = local.y.min(y1 - 1.0),
        1 => y1 = local.y.max(y0 + 1.0),
        _ => {}
    }
    if keep_aspect && hx != 0 && hy != 0 && w > 0.0 && h > 0.0 {
        // Follow whichever side the pointer changed more, growing or shrinking.
        let (sx, sy) = ((x1 - x0) / w, (y1 - y0) / h);
        let scale = if (sx - 1.0).abs() >= (sy - 1.0).abs() {
            sx
        } else {
            sy
        };
        let (nw, nh) = (w * scale, h * scale);
        if hx == -1 {
            x0 = x1 - nw;
        } else {
            x1 = x0 + nw;
        }
        if hy == -1 {
            y0 = y1 - nh;
        } else {
            y1 = y0 + nh;
        }
    }
    let centre = t.apply(Point::new((x0 + x1) / 2.0, (y0 + y1) / 2.0));
    let (nw, nh) = (x1 - x0, y1 - y0);
    let mut element = original.clone();
    element.width = Pt(nw);
    element.height = Pt(nh);
    element.x = Pt(centre.x - nw / 2.0);
    element.y = Pt(centre.y - nh / 2.0);
    element
}
