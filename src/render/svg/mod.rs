//! The SVG backend: a page as a standalone SVG file. Text becomes outlines (so it looks
//! the same without the fonts), images are embedded, numbers have fixed precision.

use std::fmt::Write as _;

use base64::Engine as _;

use crate::geom::{self, PathSegment, Transform};
use crate::model::Color;
use crate::scene::{GlyphItem, Item, Paint, PathItem, Scene, StrokeStyle};

/// What to include.
#[derive(Debug, Clone, Copy)]
pub struct SvgOptions {
    /// Include the bleed area.
    pub include_bleed: bool,
    /// Draw the page background.
    pub background: bool,
}

/// What can go wrong making an SVG.
#[derive(Debug, thiserror::Error)]
pub enum SvgError {
    /// An embedded image could not be encoded.
    Image(String),
}

impl std::fmt::Display for SvgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let SvgError::Image(reason) = self;
        f.write_str(&crate::tr!("svg-image-not-embedded", reason = reason).text())
    }
}

/// Renders the scene as an SVG document.
pub fn render(scene: &Scene, options: &SvgOptions) -> Result<String, SvgError> {
    let area = scene.export_area(options.include_bleed);
    let mut writer = SvgWriter {
        out: String::new(),
        defs: String::new(),
        next_id: 0,
        unlabelled: String::new(),
    };
    let mut body = String::new();
    std::mem::swap(&mut writer.out, &mut body);
    if options.background {
        writer.items(&scene.background)?;
    }
    writer.items(&scene.items)?;
    std::mem::swap(&mut writer.out, &mut body);
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{w}pt\" height=\"{h}pt\" viewBox=\"{x} {y} {w} {h}\">",
        x = num(area.x),
        y = num(area.y),
        w = num(area.width),
        h = num(area.height)
    );
    if !writer.defs.is_empty() {
        let _ = writeln!(svg, "<defs>\n{}</defs>", writer.defs);
    }
    svg.push_str(&body);
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// A number with at most three decimals and no trailing zeros.
fn num(value: f32) -> String {
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

fn color(color: Color) -> String {
    format!("#{:02x}{:02x}{:02x}", color.r, color.g, color.b)
}

fn transform_attr(t: &Transform) -> String {
    format!(
        "matrix({} {} {} {} {} {})",
        num(t.a),
        num(t.b),
        num(t.c),
        num(t.d),
        num(t.e),
        num(t.f)
    )
}

fn path_data(path: &geom::Path) -> String {
    let mut d = String::new();
    for segment in &path.segments {
        match *segment {
            PathSegment::MoveTo(p) => {
                let _ = write!(d, "M{} {}", num(p.x), num(p.y));
            }
            PathSegment::LineTo(p) => {
                let _ = write!(d, "L{} {}", num(p.x), num(p.y));
            }
            PathSegment::CubicTo(a, b, c) => {
                let _ = write!(
                    d,
                    "C{} {} {} {} {} {}",
                    num(a.x),
                    num(a.y),
                    num(b.x),
                    num(b.y),
                    num(c.x),
                    num(c.y)
                );
            }
            PathSegment::Close => d.push('Z'),
        }
    }
    d
}

struct SvgWriter {
    out: String,
    defs: String,
    next_id: u32,
    /// The text of runs that draw nothing (a space alone between runs of different
    /// directions), carried into the next run's label so no word runs into the next.
    unlabelled: String,
}

impl SvgWriter {
    fn id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }

    fn items(&mut self, items: &[Item]) -> Result<(), SvgError> {
        for item in items {
            self.item(item)?;
        }
        Ok(())
    }

    fn item(&mut self, item: &Item) -> Result<(), SvgError> {
        match item {
            Item::Group(group) => {
                let mut attrs = String::new();
                if group.transform != Transform::IDENTITY {
                    let _ = write!(attrs, " transform=\"{}\"", transform_attr(&group.transform));
                }
                if let Some(clip) = &group.clip {
                    let id = self.id("clip");
                    let _ = writeln!(
                        self.defs,
                        "<clipPath id=\"{id}\"><path d=\"{}\"/></clipPath>",
                        path_data(clip)
                    );
                    // The clip is in the group's coordinates, so wrap the content.
                    let _ = writeln!(self.out, "<g{attrs}>\n<g clip-path=\"url(#{id})\">");
                    self.items(&group.items)?;
                    self.out.push_str("</g>\n</g>\n");
                } else {
                    let _ = writeln!(self.out, "<g{attrs}>");
                    self.items(&group.items)?;
                    self.out.push_str("</g>\n");
                }
            }
            Item::Path(path) => self.path(path),
            Item::Glyphs(glyphs) => self.glyphs(glyphs),
            Item::Image(image) => {
                let img = &image.image;
                // An upright RGB or grey JPEG goes in as it is; anything else as PNG.
                let (mime, bytes) = match img
                    .jpeg
                    .as_ref()
                    .filter(|j| j.components != 4 && j.orientation == Transform::IDENTITY)
                {
                    Some(jpeg) => ("image/jpeg", jpeg.bytes.to_vec()),
                    None => {
                        let mut png = Vec::new();
                        let encoder = image::codecs::png::PngEncoder::new(&mut png);
                        image::ImageEncoder::write_image(
                            encoder,
                            img.rgba().map_err(|err| SvgError::Image(err.to_string()))?,
                            img.width,
                            img.height,
                            image::ExtendedColorType::Rgba8,
                        )
                        .map_err(|err| SvgError::Image(err.to_string()))?;
                        ("image/png", png)
                    }
                };
                let data = base64::engine::general_purpose::STANDARD.encode(&bytes);
                let t = image.transform.concat(&Transform::scale(
                    1.0 / img.width as f32,
                    1.0 / img.height as f32,
                ));
                let _ = writeln!(
                    self.out,
                    "<image transform=\"{}\" width=\"{}\" height=\"{}\" preserveAspectRatio=\"none\" opacity=\"{}\"{} xlink:href=\"data:{mime};base64,{data}\"/>",
                    transform_attr(&t),
                    img.width,
                    img.height,
                    num(image.opacity),
                    if img.crisp {
                        " image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\""
                    } else {
                        ""
                    }
                );
            }
            Item::Svg(svg) => {
                let inner = svg.tree.to_string(&usvg::WriteOptions::default());
                let inner = inner
                    .find("<svg")
                    .map_or(inner.as_str(), |start| &inner[start..]);
                let _ = writeln!(
                    self.out,
                    "<g transform=\"{}\" opacity=\"{}\" style=\"isolation:isolate\">\n{inner}</g>",
                    transform_attr(&svg.transform),
                    num(svg.opacity)
                );
            }
        }
        Ok(())
    }

    fn paint_attrs(&mut self, fill: Option<&Paint>, stroke: Option<&StrokeStyle>) -> String {
        let mut attrs = String::new();
        match fill {
            Some(Paint::Solid(c)) => {
                let _ = write!(attrs, " fill=\"{}\"", color(*c));
                if c.a < 255 {
                    let _ = write!(attrs, " fill-opacity=\"{}\"", num(f32::from(c.a) / 255.0));
                }
            }
            Some(Paint::LinearGradient { start, end, stops }) => {
                let id = self.id("gradient");
                let _ = write!(
                    self.defs,
                    "<linearGradient id=\"{id}\" gradientUnits=\"userSpaceOnUse\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\">",
                    num(start.x),
                    num(start.y),
                    num(end.x),
                    num(end.y)
                );
                for stop in stops {
                    let _ = write!(
                        self.defs,
                        "<stop offset=\"{}\" stop-color=\"{}\"/>",
                        num(stop.offset),
                        color(stop.color)
                    );
                }
                self.defs.push_str("</linearGradient>\n");
                let _ = write!(attrs, " fill=\"url(#{id})\"");
            }
            None => attrs.push_str(" fill=\"none\""),
        }
        if let Some(s) = stroke {
            let _ = write!(
                attrs,
                " stroke=\"{}\" stroke-width=\"{}\"",
                color(s.color),
                num(s.width)
            );
            if s.color.a < 255 {
                let _ = write!(
                    attrs,
                    " stroke-opacity=\"{}\"",
                    num(f32::from(s.color.a) / 255.0)
                );
            }
            if let Some([on, off]) = s.dash {
                let _ = write!(attrs, " stroke-dasharray=\"{} {}\"", num(on), num(off));
            }
            if s.round {
                attrs.push_str(" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
            }
        }
        attrs
    }

    fn path(&mut self, item: &PathItem) {
        if item.path.is_empty() {
            return;
        }
        let attrs = self.paint_attrs(item.fill.as_ref(), item.stroke.as_ref());
        let _ = writeln!(self.out, "<path d=\"{}\"{attrs}/>", path_data(&item.path));
    }

    fn glyphs(&mut self, item: &GlyphItem) {
        let path = item.to_path_item();
        if path.path.is_empty() {
            if item.carries_text {
                self.unlabelled.push_str(&item.text());
            }
            return;
        }
        let attrs = self.paint_attrs(path.fill.as_ref(), path.stroke.as_ref());
        let label = if item.carries_text {
            let text = std::mem::take(&mut self.unlabelled) + &item.text();
            format!(" aria-label=\"{}\"", xml_escape(&text))
        } else {
            String::new()
        };
        let _ = writeln!(
            self.out,
            "<path{label} d=\"{}\"{attrs}/>",
            path_data(&path.path)
        );
    }
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
