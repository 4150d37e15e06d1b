//! Arranging several elements: align, distribute, group and ungroup. Pure functions over
//! a page's element list, so they are tested without a window.

use crate::geom::{Point, Rect};
use crate::model::{Element, ElementKind, GroupElement};
use crate::units::Pt;

/// Which edge or centre line to align.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Alignment {
    /// Left edges.
    Left,
    /// Vertical centre lines.
    CentreX,
    /// Right edges.
    Right,
    /// Top edges.
    Top,
    /// Horizontal centre lines.
    CentreY,
    /// Bottom edges.
    Bottom,
}

/// Aligns the selected elements' bounding boxes to each other, or to `page` (the trim
/// box) when only one is selected.
pub fn align(elements: &mut [Element], selection: &[usize], alignment: Alignment, page: Rect) {
    let boxes = unlocked_bounds(elements, selection);
    let Some(target) = (if boxes.len() == 1 {
        Some(page)
    } else {
        boxes.iter().map(|(_, b)| *b).reduce(|a, b| a.union(&b))
    }) else {
        return;
    };
    for (i, b) in boxes {
        let (dx, dy) = match alignment {
            Alignment::Left => (target.x - b.x, 0.0),
            Alignment::CentreX => (target.x + target.width / 2.0 - (b.x + b.width / 2.0), 0.0),
            Alignment::Right => (target.right() - b.right(), 0.0),
            Alignment::Top => (0.0, target.y - b.y),
            Alignment::CentreY => (0.0, target.y + target.height / 2.0 - (b.y + b.height / 2.0)),
            Alignment::Bottom => (0.0, target.bottom() - b.bottom()),
        };
        let e = &mut elements[i];
        e.x = Pt(e.x.0 + dx);
        e.y = Pt(e.y.0 + dy);
    }
}

/// The page bounds of the selected elements that are not locked.
fn unlocked_bounds(elements: &[Element], selection: &[usize]) -> Vec<(usize, Rect)> {
    selection
        .iter()
        .filter_map(|&i| {
            elements
                .get(i)
                .filter(|e| !e.locked)
                .map(|e| (i, e.bounds()))
        })
        .collect()
}

/// Spaces three or more selected elements evenly between the outermost two.
pub fn distribute(elements: &mut [Element], selection: &[usize], horizontal: bool) {
    let mut boxes = unlocked_bounds(elements, selection);
    if boxes.len() < 3 {
        return;
    }
    let start = |r: &Rect| if horizontal { r.x } else { r.y };
    let size = |r: &Rect| if horizontal { r.width } else { r.height };
    boxes.sort_by(|a, b| start(&a.1).total_cmp(&start(&b.1)));
    let (Some(first), Some(last)) = (boxes.first(), boxes.last()) else {
        return;
    };
    let span = start(&last.1) + size(&last.1) - start(&first.1);
    let total: f32 = boxes.iter().map(|(_, b)| size(b)).sum();
    let gap = (span - total) / (boxes.len() - 1) as f32;
    let mut at = start(&first.1);
    for (i, b) in &boxes {
        let delta = at - start(b);
        let e = &mut elements[*i];
        if horizontal {
            e.x = Pt(e.x.0 + delta);
        } else {
            e.y = Pt(e.y.0 + delta);
        }
        at += size(b) + gap;
    }
}

/// Puts the selected elements into one group (in their paint order) and returns the
/// group's index, or `None` with fewer than two.
pub fn group(elements: &mut Vec<Element>, selection: &[usize]) -> Option<usize> {
    let mut indices: Vec<usize> = selection
        .iter()
        .copied()
        .filter(|&i| i < elements.len())
        .collect();
    indices.sort_unstable();
    indices.dedup();
    if indices.len() < 2 {
        return None;
    }
    let area = indices
        .iter()
        .map(|&i| elements[i].bounds())
        .reduce(|a, b| a.union(&b))?;
    let insert_at = indices[indices.len() - 1] + 1 - indices.len();
    let mut children = Vec::new();
    for &i in indices.iter().rev() {
        let mut child = elements.remove(i);
        child.x = Pt(child.x.0 - area.x);
        child.y = Pt(child.y.0 - area.y);
        children.push(child);
    }
    children.reverse();
    // Unnamed: the layers call it a group in the volunteer's language.
    let group = Element::new(
        Pt(area.x),
        Pt(area.y),
        Pt(area.width),
        Pt(area.height),
        ElementKind::Group(GroupElement { children }),
    );
    elements.insert(insert_at, group);
    Some(insert_at)
}

/// Replaces a group by its members, keeping where they are on the page (the group's
/// rotation and opacity pass to each). Returns the members' indices.
pub fn ungroup(elements: &mut Vec<Element>, index: usize) -> Vec<usize> {
    let Some(group) = elements.get(index) else {
        return Vec::new();
    };
    let ElementKind::Group(members) = &group.kind else {
        return Vec::new();
    };
    let transform = group.transform();
    let children: Vec<Element> = members
        .children
        .iter()
        .map(|child| {
            let mut child = child.clone();
            let centre = transform.apply(Point::new(
                child.x.0 + child.width.0 / 2.0,
                child.y.0 + child.height.0 / 2.0,
            ));
            child.x = Pt(centre.x - child.width.0 / 2.0);
            child.y = Pt(centre.y - child.height.0 / 2.0);
            child.rotation += group.rotation;
            child.opacity *= group.opacity;
            child.hidden |= group.hidden;
            child
        })
        .collect();
    let count = children.len();
    elements.splice(index..=index, children);
    (index..index + count).collect()
}

/// Resizes the selected elements together: their joint bounding box `from` becomes `to`,
/// and each element keeps its place and share within it. When the scale is the same both
/// ways, text sizes, outlines and shadows scale too, so the design looks the same, only
/// bigger or smaller.
pub fn resize_together(
    originals: &[(usize, Element)],
    from: Rect,
    to: Rect,
) -> Vec<(usize, Element)> {
    if from.width <= 0.0 || from.height <= 0.0 {
        return originals.to_vec();
    }
    let (sx, sy) = (to.width / from.width, to.height / from.height);
    originals
        .iter()
        .map(|(index, original)| {
            let mut element = original.clone();
            let (cx, cy) = (
                original.x.0 + original.width.0 / 2.0,
                original.y.0 + original.height.0 / 2.0,
            );
            scale_element(&mut element, sx, sy);
            let (ncx, ncy) = (to.x + (cx - from.x) * sx, to.y + (cy - from.y) * sy);
            element.x = Pt(ncx - element.width.0 / 2.0);
            element.y = Pt(ncy - element.height.0 / 2.0);
            (*index, element)
        })
        .collect()
}

/// Scales an element's box by `sx` × `sy` about its top-left corner; a group's members
/// scale with it. Same-both-ways scaling also scales type, strokes and shadows.
pub fn scale_element(element: &mut Element, sx: f32, sy: f32) {
    element.width = Pt(element.width.0 * sx);
    element.height = Pt(element.height.0 * sy);
    let uniform = ((sx - sy).abs() <= 1e-4 * sx.abs().max(sy.abs())).then_some(sx);
    match &mut element.kind {
        ElementKind::Group(group) => {
            for child in &mut group.children {
                child.x = Pt(child.x.0 * sx);
                child.y = Pt(child.y.0 * sy);
                scale_element(child, sx, sy);
            }
        }
        ElementKind::Text(text) => {
            if let Some(s) = uniform {
                text.font_size = Pt(text.font_size.0 * s);
                if let Some(outline) = &mut text.outline {
                    outline.width = Pt(outline.width.0 * s);
                }
                if let Some(shadow) = &mut text.shadow {
                    shadow.offset_x = Pt(shadow.offset_x.0 * s);
                    shadow.offset_y = Pt(shadow.offset_y.0 * s);
                }
            }
        }
        ElementKind::Shape(shape) => {
            if let Some(s) = uniform
                && let Some(stroke) = &mut shape.stroke
            {
                stroke.width = Pt(stroke.width.0 * s);
            }
        }
        ElementKind::Image(_) | ElementKind::Svg(_) | ElementKind::Qr(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Color, Shape, ShapeElement};

    fn square(x: f32, y: f32, size: f32) -> Element {
        Element::new(
            Pt(x),
            Pt(y),
            Pt(size),
            Pt(size),
            ElementKind::Shape(ShapeElement {
                shape: Shape::Rect {
                    corner_radius: Pt(0.0),
                },
                fill: Some(Color::BLACK),
                stroke: None,
            }),
        )
    }

    #[test]
    fn aligns_to_each_other_and_to_the_page() {
        let page = Rect::new(0.0, 0.0, 500.0, 500.0);
        let mut elements = vec![square(10.0, 10.0, 50.0), square(100.0, 200.0, 20.0)];
        align(&mut elements, &[0, 1], Alignment::Right, page);
        assert_eq!(elements[0].x.0 + 50.0, elements[1].x.0 + 20.0);
        align(&mut elements, &[1], Alignment::CentreY, page);
        assert_eq!(elements[1].y.0, 240.0);
    }

    #[test]
    fn distributes_evenly() {
        let mut elements = vec![
            square(0.0, 0.0, 10.0),
            square(15.0, 0.0, 10.0),
            square(90.0, 0.0, 10.0),
        ];
        distribute(&mut elements, &[0, 1, 2], true);
        assert_eq!(elements[1].x.0, 45.0);
    }

    #[test]
    fn group_then_ungroup_keeps_everything_in_place() {
        let original = vec![
            square(0.0, 0.0, 10.0),
            square(50.0, 60.0, 20.0),
            square(100.0, 10.0, 30.0),
        ];
        let mut elements = original.clone();
        let index = group(&mut elements, &[0, 2]).unwrap();
        assert_eq!(elements.len(), 2);
        assert_eq!(index, 1, "the group takes the place of its topmost member");
        let members = ungroup(&mut elements, index);
        assert_eq!(members, vec![1, 2]);
        let mut expected = original.clone();
        let middle = expected.remove(1);
        expected.insert(0, middle);
        assert_eq!(elements, expected);
    }

    #[test]
    fn ungrouping_a_rotated_group_keeps_members_where_they_were() {
        let mut elements = vec![square(0.0, 0.0, 10.0), square(90.0, 0.0, 10.0)];
        group(&mut elements, &[0, 1]);
        elements[0].rotation = 90.0;
        ungroup(&mut elements, 0);
        // The group (100 × 10) turned about its centre (50, 5): the members stack vertically.
        // Member centres (5, 5) and (95, 5) go to (50, -40) and (50, 50).
        assert!((elements[0].x.0 - 45.0).abs() < 1e-3 && (elements[0].y.0 - -45.0).abs() < 1e-3);
        assert!((elements[1].x.0 - 45.0).abs() < 1e-3 && (elements[1].y.0 - 45.0).abs() < 1e-3);
        assert_eq!(elements[1].rotation, 90.0);
    }

    #[test]
    fn elements_resized_together_keep_their_places_in_the_box() {
        let originals = vec![(0, square(0.0, 0.0, 10.0)), (3, square(30.0, 10.0, 10.0))];
        let from = Rect::new(0.0, 0.0, 40.0, 20.0);
        let to = Rect::new(100.0, 100.0, 80.0, 40.0);
        let resized = resize_together(&originals, from, to);
        assert_eq!(resized[0].0, 0);
        assert_eq!(resized[1].0, 3);
        let b = &resized[1].1;
        assert_eq!(
            (b.x.0, b.y.0, b.width.0, b.height.0),
            (160.0, 120.0, 20.0, 20.0)
        );
        let a = &resized[0].1;
        assert_eq!(
            (a.x.0, a.y.0, a.width.0, a.height.0),
            (100.0, 100.0, 20.0, 20.0)
        );
    }

    #[test]
    fn a_group_scales_its_members_and_uniform_scaling_scales_type() {
        let mut text = crate::model::TextElement::new("GO", "Inter", Pt(20.0));
        text.outline = Some(crate::model::TextOutline {
            color: Color::BLACK,
            width: Pt(2.0),
        });
        let mut group = Element::new(
            Pt(0.0),
            Pt(0.0),
            Pt(100.0),
            Pt(50.0),
            ElementKind::Group(GroupElement {
                children: vec![
                    square(50.0, 0.0, 50.0),
                    Element::new(
                        Pt(0.0),
                        Pt(0.0),
                        Pt(50.0),
                        Pt(50.0),
                        ElementKind::Text(text),
                    ),
                ],
            }),
        );
        scale_element(&mut group, 2.0, 2.0);
        let ElementKind::Group(g) = &group.kind else {
            panic!("not a group");
        };
        assert_eq!((g.children[0].x.0, g.children[0].width.0), (100.0, 100.0));
        let ElementKind::Text(t) = &g.children[1].kind else {
            panic!("not text");
        };
        assert_eq!(t.font_size.0, 40.0);
        assert_eq!(t.outline.map(|o| o.width.0), Some(4.0));
        // Stretching one way leaves type alone.
        scale_element(&mut group, 1.0, 0.5);
        let ElementKind::Group(g) = &group.kind else {
            panic!("not a group");
        };
        let ElementKind::Text(t) = &g.children[1].kind else {
            panic!("not text");
        };
        assert_eq!(t.font_size.0, 40.0);
        assert_eq!(g.children[1].height.0, 50.0);
    }
}
