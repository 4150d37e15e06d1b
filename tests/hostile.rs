//! Hostile and broken design files: each is refused with a message naming the file and
//! what is wrong, and nothing panics.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

use std::io::Write;
use std::path::{Path, PathBuf};

use placard::model::Project;

fn dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const DOCUMENT: &str = r#"{"format_version": 1, "title": "x", "pages": [{"width": 100, "height": 100, "bleed": 0, "background": {"type": "none"}, "elements": []}]}"#;

/// Writes a zip with the given entries (stored or deflated) and returns its path.
fn zip(name: &str, entries: &[(&str, &[u8], bool)]) -> PathBuf {
    use zip::write::SimpleFileOptions;
    let path = dir().join(name);
    let mut writer = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for (entry, data, deflate) in entries {
        let method = if *deflate {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .large_file(data.len() > u32::MAX as usize / 2);
        writer.start_file(*entry, options).unwrap();
        writer.write_all(data).unwrap();
    }
    writer.finish().unwrap();
    path
}

fn refused(path: &Path, needle: &str) {
    let message = Project::load(path).unwrap_err().to_string();
    let name = path.file_name().unwrap().to_string_lossy();
    assert!(
        message.contains(name.as_ref()) && message.contains(needle),
        "{message}"
    );
}

#[test]
fn asset_names_leaving_the_archive_are_refused() {
    let doc = DOCUMENT.as_bytes();
    refused(
        &zip(
            "slip.placard",
            &[
                ("document.json", doc, true),
                ("assets/../../evil.sh", b"x", false),
            ],
        ),
        "unsafe entry name",
    );
    refused(
        &zip(
            "slip-outside.placard",
            &[("document.json", doc, true), ("../../evil.sh", b"x", false)],
        ),
        "unsafe entry name",
    );
    refused(
        &zip(
            "root.placard",
            &[("document.json", doc, true), ("/etc/passwd", b"x", false)],
        ),
        "unsafe entry name",
    );
    refused(
        &zip(
            "absolute.placard",
            &[
                ("document.json", doc, true),
                ("assets//etc/passwd", b"x", false),
            ],
        ),
        "unsafe entry name",
    );
}

#[test]
fn broken_documents_are_refused() {
    refused(
        &zip("json.placard", &[("document.json", b"{ not json", true)]),
        "json.placard",
    );
    let future = DOCUMENT.replace("\"format_version\": 1", "\"format_version\": 99");
    refused(
        &zip(
            "future.placard",
            &[("document.json", future.as_bytes(), true)],
        ),
        "newer",
    );
    let missing = DOCUMENT.replace(
        "\"elements\": []",
        r#""elements": [{"x": 0, "y": 0, "width": 10, "height": 10, "type": "image", "asset": "gone.jpg"}]"#,
    );
    refused(
        &zip(
            "missing.placard",
            &[("document.json", missing.as_bytes(), true)],
        ),
        "gone.jpg",
    );
    refused(
        &zip("empty.placard", &[("other.txt", b"hello", false)]),
        "no document.json",
    );
}

#[test]
fn a_zip_bomb_is_stopped_early() {
    // 600 MiB of zeros squeeze into well under a megabyte; the design uses them, so they
    // are unpacked (assets nothing uses are not).
    let zeros = vec![0u8; 600 * 1024 * 1024];
    let document = DOCUMENT.replace(
        r#""elements": []"#,
        r#""elements": [{"x": 0, "y": 0, "width": 10, "height": 10, "type": "image", "asset": "zeros.png"}]"#,
    );
    let path = zip(
        "bomb.placard",
        &[
            ("document.json", document.as_bytes(), true),
            ("assets/zeros.png", &zeros, true),
        ],
    );
    drop(zeros);
    assert!(std::fs::metadata(&path).unwrap().len() < 2 * 1024 * 1024);
    refused(&path, "implausibly large");
}

#[test]
fn an_svg_pointing_at_local_files_does_not_read_them() {
    // A real picture, so nothing but the rule keeps it out.
    let secret = dir().join("secret.png");
    image::RgbaImage::from_pixel(4, 4, image::Rgba([255, 0, 0, 255]))
        .save(&secret)
        .unwrap();
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image href="file://{0}" width="10" height="10"/><image xlink:href="{0}" width="10" height="10"/></svg>"#,
        secret.display()
    );
    let resources = placard::layout::Resources::bundled();
    let bytes: std::sync::Arc<[u8]> = svg.into_bytes().into();
    // It parses (the picture simply has no image in it) and does not fail the page.
    let parsed =
        placard::layout::parse_svg("remote.svg", &bytes, resources.fonts.svg_font_database())
            .unwrap();
    let mut images = 0;
    fn count(group: &usvg::Group, images: &mut usize) {
        for node in group.children() {
            match node {
                usvg::Node::Image(_) => *images += 1,
                usvg::Node::Group(g) => count(g, images),
                _ => {}
            }
        }
    }
    count(parsed.tree.root(), &mut images);
    assert_eq!(images, 0, "the SVG loaded a file from disk");
    assert_eq!(parsed.left_out.len(), 2, "{:?}", parsed.left_out);
}
