//! The geometry the canvas works with: the selection's frame and its handles, resizing
//! by a handle, snapping lines, and face blocks marked on a photo.

#[allow(clippy::wildcard_imports)]
use super::*;

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

/// Lines to snap to: page edges, centre and safe margins, and other elements' edges
/// and centres. Returns (vertical lines' x, horizontal lines' y).
pub(super) fn snap_lines(session: &Session, moving: &[usize]) -> (Vec<f32>, Vec<f32>) {
    let page = session.page();
    let (w, h) = (page.width.0, page.height.0);
    let safe = page.safe_margin();
    let mut xs = vec![0.0, w / 2.0, w, safe, w - safe];
    let mut ys = vec![0.0, h / 2.0, h, safe, h - safe];
    for (i, e) in page.elements.iter().enumerate() {
        if moving.contains(&i) || e.hidden {
            continue;
        }
        let b = e.bounds();
        xs.extend([b.x, b.x + b.width / 2.0, b.right()]);
        ys.extend([b.y, b.y + b.height / 2.0, b.bottom()]);
    }
    // Text belongs inside the safe margin: it snaps to nothing beyond it (not to a photo
    // reaching into the bleed, not to the trim edge), so a drag never puts it where the
    // print check would object.
    let only_text = !moving.is_empty()
        && moving.iter().all(|&i| {
            page.elements
                .get(i)
                .is_some_and(|e| matches!(e.kind, ElementKind::Text(_)))
        });
    if only_text {
        xs.retain(|&x| (safe - 0.01..=w - safe + 0.01).contains(&x));
        ys.retain(|&y| (safe - 0.01..=h - safe + 0.01).contains(&y));
    }
    (xs, ys)
}

/// The smallest correction that puts one of `edges` on one of `lines`, within `reach`.
pub(super) fn best_snap(edges: &[f32], lines: &[f32], reach: f32) -> Option<(f32, f32)> {
    let mut best: Option<(f32, f32)> = None;
    for &edge in edges {
        for &line in lines {
            let delta = line - edge;
            if delta.abs() <= reach && best.is_none_or(|(d, _)| delta.abs() < d.abs()) {
                best = Some((delta, line));
            }
        }
    }
    best
}

/// What the handles are drawn around: the one selected element, or for several a box
/// around the unlocked ones (as an unrotated stand-in element).
/// The face block, in fractions of the upright photo, that a drag from `a` to `b` (page
/// points) marks on the photo element at `index`; `None` when it misses the photo or is
/// too small to mean anything.
pub(super) fn face_block(
    session: &Session,
    resources: &Resources,
    index: usize,
    a: Point,
    b: Point,
) -> Option<crate::model::CropRect> {
    let element = session.page().elements.get(index)?;
    let ElementKind::Image(image) = &element.kind else {
        return None;
    };
    let asset = image.asset.as_ref()?;
    let bytes = session.project.assets.get(asset)?;
    let loaded = resources.assets.image(asset, bytes).ok()?;
    let area = geom::Rect::new(0.0, 0.0, element.width.0, element.height.0);
    let placement = crate::scene::place_image(&loaded, area, image.fit, image.crop);
    let to_photo = element.transform().concat(&placement).invert()?;
    let corners = [
        Point::new(a.x, a.y),
        Point::new(b.x, a.y),
        Point::new(a.x, b.y),
        Point::new(b.x, b.y),
    ]
    .map(|p| to_photo.apply(p));
    let bounds = geom::bounds_of(corners.into_iter())?;
    let x0 = bounds.x.clamp(0.0, 1.0);
    let y0 = bounds.y.clamp(0.0, 1.0);
    let x1 = bounds.right().clamp(0.0, 1.0);
    let y1 = bounds.bottom().clamp(0.0, 1.0);
    (x1 - x0 > 0.005 && y1 - y0 > 0.005).then_some(crate::model::CropRect {
        x: x0,
        y: y0,
        width: x1 - x0,
        height: y1 - y0,
    })
}
