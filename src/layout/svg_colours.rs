//! The colours of a placed SVG drawing: which ones it paints with, and the drawing with
//! some of them swapped for others. The swap is made on the drawing as usvg has read it
//! (every colour written the same way, `#rrggbb`, whatever form the file used: names,
//! `rgb()`, styles, `currentColor`), so every backend draws the recoloured drawing the
//! same way and a print file carries it as vectors.

use std::sync::Arc;

use super::LayoutError;
use super::svg::{ParsedSvg, parse_svg};
use crate::model::{Color, ColorSwap};

/// The colours the drawing paints with, each once, in the order first used: fills,
/// strokes and gradient stops of what is drawn (text included), not what only shapes a
/// mask or a clip.
pub fn svg_colours(tree: &usvg::Tree) -> Vec<Color> {
    let mut colours = Vec::new();
    walk_group(tree.root(), &mut colours);
    colours
}

fn walk_group(group: &usvg::Group, colours: &mut Vec<Color>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(inner) => walk_group(inner, colours),
            usvg::Node::Path(path) => {
                if let Some(fill) = path.fill() {
                    walk_paint(fill.paint(), colours);
                }
                if let Some(stroke) = path.stroke() {
                    walk_paint(stroke.paint(), colours);
                }
            }
            usvg::Node::Text(text) => walk_group(text.flattened(), colours),
            usvg::Node::Image(_) => {}
        }
    }
}

fn walk_paint(paint: &usvg::Paint, colours: &mut Vec<Color>) {
    let mut add = |c: usvg::Color| {
        let colour = Color::rgb(c.red, c.green, c.blue);
        if !colours.contains(&colour) {
            colours.push(colour);
        }
    };
    match paint {
        usvg::Paint::Color(c) => add(*c),
        usvg::Paint::LinearGradient(gradient) => {
            for stop in gradient.stops() {
                add(stop.color());
            }
        }
        usvg::Paint::RadialGradient(gradient) => {
            for stop in gradient.stops() {
                add(stop.color());
            }
        }
        usvg::Paint::Pattern(pattern) => walk_group(pattern.root(), colours),
    }
}

/// The drawing with each swap's `from` colour painted in its `to` colour instead (the
/// swap's transparency is not used: the drawing keeps its own). Masks keep their colours,
/// since there a colour decides how much shows through, not what is seen.
pub fn recoloured_svg(
    name: &str,
    parsed: &ParsedSvg,
    swaps: &[ColorSwap],
) -> Result<ParsedSvg, LayoutError> {
    let written = parsed.tree.to_string(&usvg::WriteOptions::default());
    let swapped = swap_colours(&written, swaps);
    // Text is written as outlines, so the drawing needs no fonts to be read again; it is
    // read within the same limits as any SVG.
    let fonts = Arc::new(usvg::fontdb::Database::new());
    let mut recoloured = parse_svg(name, swapped.as_bytes(), fonts)?;
    recoloured.left_out.clone_from(&parsed.left_out);
    Ok(recoloured)
}

/// The attributes usvg writes a colour into, each as `name="#rrggbb"`.
const COLOUR_ATTRIBUTES: [&str; 5] = [
    " fill=\"#",
    " stroke=\"#",
    " stop-color=\"#",
    " flood-color=\"#",
    " lighting-color=\"#",
];

/// Swaps colours in usvg's own writing of a drawing, outside `<mask>` elements.
fn swap_colours(svg: &str, swaps: &[ColorSwap]) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while !rest.is_empty() {
        // Copy a mask through untouched.
        if rest.starts_with("<mask") {
            let end = rest
                .find("</mask>")
                .map_or(rest.len(), |end| end + "</mask>".len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let next_mask = rest.find("<mask").unwrap_or(rest.len());
        let (plain, after) = rest.split_at(next_mask);
        out.push_str(&swap_in(plain, swaps));
        rest = after;
    }
    out
}

fn swap_in(text: &str, swaps: &[ColorSwap]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let found = COLOUR_ATTRIBUTES
            .iter()
            .filter_map(|attribute| rest.find(attribute).map(|at| (at, attribute.len())))
            .min();
        let Some((at, len)) = found else {
            out.push_str(rest);
            return out;
        };
        let value_start = at + len;
        out.push_str(&rest[..value_start]);
        let hex = rest.get(value_start..value_start + 6).unwrap_or("");
        let colour = Color::from_hex(&format!("#{hex}"));
        let swapped = colour.and_then(|colour| {
            swaps
                .iter()
                .find(|swap| swap.from.same_rgb(colour))
                .map(|swap| swap.to)
        });
        match swapped {
            Some(to) => {
                out.push_str(&format!("{:02x}{:02x}{:02x}", to.r, to.g, to.b));
                rest = &rest[value_start + 6..];
            }
            None => rest = &rest[value_start..],
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn parsed(svg: &str) -> ParsedSvg {
        parse_svg(
            "art.svg",
            svg.as_bytes(),
            Arc::new(usvg::fontdb::Database::new()),
        )
        .unwrap()
    }

    #[test]
    fn lists_each_colour_once_whatever_its_form() {
        let art = parsed(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" color="#123456">
              <style>.b { fill: rgb(0, 0, 255) }</style>
              <rect width="10" height="10" fill="red"/>
              <rect x="10" width="10" height="10" fill="currentColor"/>
              <rect x="20" width="10" height="10" class="b" stroke="#ff0000"/>
              <defs><linearGradient id="g"><stop offset="0" stop-color="#00ff00"/>
                <stop offset="1" stop-color="#fff"/></linearGradient>
                <mask id="m"><rect width="40" height="20" fill="#808080"/></mask></defs>
              <rect x="30" width="10" height="10" fill="url(#g)" mask="url(#m)"/>
            </svg>"##,
        );
        let hex: Vec<String> = svg_colours(&art.tree).iter().map(|c| c.to_hex()).collect();
        assert_eq!(
            hex,
            ["#ff0000", "#123456", "#0000ff", "#00ff00", "#ffffff"],
            "the mask's grey is not a colour of the drawing"
        );
    }

    #[test]
    fn swapped_colours_are_drawn_and_masks_kept() {
        let art = parsed(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">
              <defs><mask id="m"><rect width="20" height="10" fill="black"/>
                <rect width="15" height="10" fill="white"/></mask></defs>
              <rect width="10" height="10" fill="black" mask="url(#m)"/>
              <rect x="10" width="10" height="10" style="fill:#000" stroke="white"/>
            </svg>"##,
        );
        let swaps = [ColorSwap {
            from: Color::BLACK,
            to: Color::rgb(200, 30, 40),
        }];
        let recoloured = recoloured_svg("art.svg", &art, &swaps).unwrap();
        let hex: Vec<String> = svg_colours(&recoloured.tree)
            .iter()
            .map(|c| c.to_hex())
            .collect();
        assert_eq!(hex, ["#c81e28", "#ffffff"]);
        let written = recoloured.tree.to_string(&usvg::WriteOptions::default());
        let mask = &written[written.find("<mask").unwrap()..written.find("</mask>").unwrap()];
        assert!(mask.contains("fill=\"#000000\""), "{mask}");
        assert!(!mask.contains("c81e28"), "{mask}");
    }

    #[test]
    fn no_swap_leaves_the_drawing_as_it_was() {
        let art = parsed(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
              <circle cx="5" cy="5" r="4" fill="#336699"/></svg>"##,
        );
        let swaps = [ColorSwap {
            from: Color::WHITE,
            to: Color::BLACK,
        }];
        let same = recoloured_svg("art.svg", &art, &swaps).unwrap();
        assert_eq!(svg_colours(&same.tree), svg_colours(&art.tree));
    }
}
