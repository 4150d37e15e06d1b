//! Inputs the fuzz targets (`fuzz/`) once found troublesome, or that reach deep into the
//! importers, run through the same code on every `cargo test`: each must give a result or
//! an error, never a panic. Add a file to `tests/fuzz/<target>/` for every crash fixed.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

use std::path::{Path, PathBuf};
use std::sync::Arc;

use placard::export::{self, PngOptions};
use placard::layout::Resources;
use placard::model::Project;

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// `document` as the only entry of a `.placard` zip (as the fuzz target does).
fn wrap(document: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("document.json", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(document).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn project_files_open_or_are_refused() {
    let resources = Resources::bundled();
    for (path, data) in inputs("project_loader") {
        let bytes = if data.starts_with(b"PK") {
            data
        } else {
            wrap(&data)
        };
        let Ok(project) = Project::from_bytes(&bytes, &path) else {
            continue;
        };
        for page in 0..project.document.pages.len().min(4) {
            let Ok((scene, _)) = export::page_scene(&project, page, &resources) else {
                continue;
            };
            let options = PngOptions {
                dpi: 2.0,
                include_bleed: true,
                transparent: false,
                solid_alpha: None,
            };
            let (width, height) = export::png_size(&scene, &options);
            if u64::from(width) * u64::from(height) <= 4_000_000 {
                export::write_png(&scene, &options, &mut std::io::sink()).unwrap();
            }
        }
    }
}

#[test]
fn images_decode_or_are_refused() {
    for (path, data) in inputs("image_import") {
        let bytes: Arc<[u8]> = data.into();
        let name = path.file_name().unwrap().to_string_lossy();
        if let Err(err) = placard::layout::decode_image(&name, &bytes) {
            assert!(err.to_string().contains(name.as_ref()), "{err}");
        }
    }
}

#[test]
fn svgs_draw_or_are_refused() {
    let resources = Resources::bundled();
    for (path, data) in inputs("svg_import") {
        let name = path.file_name().unwrap().to_string_lossy();
        let Ok(parsed) =
            placard::layout::parse_svg(&name, &data, resources.fonts.svg_font_database())
        else {
            continue;
        };
        let tree = parsed.tree;
        let size = tree.size();
        let scale = 64.0 / size.width().max(size.height());
        let mut pixmap = resvg::tiny_skia::Pixmap::new(64, 64).unwrap();
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
    }
}
