//! The hostile and faulty files of the corpus, made on the spot.

use std::io::Write;
use std::path::Path;

/// A one-page design of 300 × 300 pt holding `elements` (JSON objects, comma-separated).
pub fn document(elements: &str) -> String {
    page_document(
        300.0,
        300.0,
        0.0,
        r##"{"type": "solid", "color": "#ffffff"}"##,
        elements,
    )
}

/// A one-page design of the given size, bleed and background.
pub fn page_document(
    width: f64,
    height: f64,
    bleed: f64,
    background: &str,
    elements: &str,
) -> String {
    format!(
        r#"{{"format_version": 1, "title": "corpus", "pages": [{{"width": {width}, "height": {height}, "bleed": {bleed}, "background": {background}, "elements": [{elements}]}}]}}"#
    )
}

/// A text element.
pub fn text(slot: &str, text: &str, auto_fit: bool) -> String {
    let text = serde_json::to_string(text).unwrap();
    format!(
        r##"{{"slot": "{slot}", "x": 10, "y": 10, "width": 280, "height": 100, "type": "text", "text": {text}, "font_family": "Inter", "font_size": 40, "fill": "#111111", "auto_fit": {auto_fit}}}"##
    )
}

/// An image element showing `asset`, with extra fields.
pub fn image(asset: &str, extra: &str) -> String {
    format!(
        r#"{{"slot": "photo", "x": 10, "y": 120, "width": 280, "height": 170, "type": "image", "asset": "{asset}"{extra}}}"#
    )
}

/// An SVG element showing `asset`.
pub fn svg(asset: &str) -> String {
    format!(r#"{{"x": 0, "y": 0, "width": 300, "height": 300, "type": "svg", "asset": "{asset}"}}"#)
}

/// A shape element.
pub fn shape(shape: &str) -> String {
    format!(
        r##"{{"x": 10, "y": 10, "width": 100, "height": 100, "type": "shape", "shape": {shape}, "fill": "#d7261e"}}"##
    )
}

/// Writes a `.placard` zip of `document.json` and `assets/NAME` entries; `extra` entries
/// are written with their names as they are.
pub fn placard(path: &Path, document: &str, assets: &[(&str, &[u8])], extra: &[(&str, &[u8])]) {
    use zip::write::SimpleFileOptions;
    let mut writer = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let deflated = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    let stored = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .large_file(true);
    writer.start_file("document.json", deflated).unwrap();
    writer.write_all(document.as_bytes()).unwrap();
    for (name, data) in assets {
        writer.start_file(format!("assets/{name}"), stored).unwrap();
        writer.write_all(data).unwrap();
    }
    for (name, data) in extra {
        writer.start_file(*name, deflated).unwrap();
        writer.write_all(data).unwrap();
    }
    writer.finish().unwrap();
}

/// A small real photo as JPEG.
pub fn photo_jpeg() -> Vec<u8> {
    let picture = image::RgbImage::from_fn(64, 48, |x, y| {
        image::Rgb([(x * 4) as u8, (y * 5) as u8, ((x + y) * 2) as u8])
    });
    super::common::jpeg_bytes(&picture)
}

/// A pure red PNG: if any of it reaches an output, the output shows red.
pub fn red_png() -> Vec<u8> {
    let mut out = Vec::new();
    image::RgbaImage::from_pixel(8, 8, image::Rgba([255, 0, 0, 255]))
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A PNG chunk with its checksum.
fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    let mut out = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
    out
}

/// A valid PNG header claiming `side` × `side` pixels, with almost no data.
pub fn huge_png(side: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = side.to_be_bytes().to_vec();
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]);
    png.extend(chunk(b"IHDR", &header));
    png.extend(chunk(b"IDAT", &[0x78, 0x9C, 0x03, 0, 0, 0, 0, 1]));
    png.extend(chunk(b"IEND", &[]));
    png
}

/// A real PNG with one byte of its picture data changed (its checksum no longer holds).
pub fn bad_checksum_png() -> Vec<u8> {
    let mut png = red_png();
    let idat = png.windows(4).position(|w| w == b"IDAT").unwrap();
    png[idat + 6] ^= 0x55;
    png
}

/// A JPEG with garbage in the middle of its picture data, its full length kept.
pub fn garbled_jpeg() -> Vec<u8> {
    let mut jpeg = photo_jpeg();
    let scan = jpeg.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
    let start = scan + (jpeg.len() - scan) / 3;
    for (i, byte) in jpeg[start..start + 200].iter_mut().enumerate() {
        *byte = [0xFF, 0x12, 0x34, 0xFF, 0x00][i % 5];
    }
    jpeg
}

/// An SVG showing a picture by `href`.
pub fn svg_linking(href: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100"><rect width="100" height="100" fill="white"/><image href="{href}" xlink:href="{href}" width="100" height="100"/></svg>"#
    )
}

/// An SVG with an embedded picture.
pub fn svg_embedding(png: &[u8]) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(png);
    svg_linking(&format!("data:image/png;base64,{encoded}"))
}

/// An SVG holding `chars` characters of text.
pub fn svg_text(chars: usize) -> String {
    let words = "solidarity ".repeat(chars / 11 + 1);
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text x="0" y="50" font-size="4">{words}</text></svg>"#
    )
}

/// An SVG whose one path has `points` points.
pub fn svg_path(points: usize) -> String {
    let mut d = String::with_capacity(points * 10);
    d.push_str("M0 0");
    for i in 0..points {
        d.push_str(&format!(" L{} {}", i % 100, (i / 100) % 100));
    }
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><path d="{d}" stroke="black"/></svg>"#
    )
}

/// An SVG with a huge `feMorphology` radius.
pub fn svg_morphology(radius: f32) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><filter id="f"><feMorphology operator="dilate" radius="{radius}"/></filter><rect x="20" y="20" width="60" height="60" filter="url(#f)"/></svg>"#
    )
}

/// The billion laughs: entities that expand to gigabytes.
pub fn svg_entity_loop() -> String {
    let mut dtd = String::from(r#"<!ENTITY a0 "laugh">"#);
    for i in 1..12 {
        let previous = format!("&a{};", i - 1).repeat(10);
        dtd.push_str(&format!(r#"<!ENTITY a{i} "{previous}">"#));
    }
    format!(
        r#"<?xml version="1.0"?><!DOCTYPE svg [{dtd}]><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text y="50">&a11;</text></svg>"#
    )
}

/// An SVG asking for a file through an external entity.
pub fn svg_external_entity(path: &Path) -> String {
    format!(
        r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY secret SYSTEM "file://{}">]><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text y="50">&secret;</text></svg>"#,
        path.display()
    )
}

/// An SVG of more than 400 000 XML nodes.
pub fn svg_many_nodes() -> String {
    let rects = "<g/>".repeat(450_000);
    format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">{rects}</svg>"#)
}

/// `bytes` compressed with gzip (a `.svgz`).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}
