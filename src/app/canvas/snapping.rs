//! Snapping while moving: the lines a moved selection's edges and centre are drawn to
//! (page edges, centre, safe margin, other elements) and the nearest within reach.

#[allow(clippy::wildcard_imports)]
use super::*;

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
