//! A `.placard` file from anywhere: it is opened, every page laid out and drawn small,
//! as the editor would on opening it. Errors are fine; panics, hangs and runaway memory
//! are not. Input that is not a zip is put into one as its `document.json`, so the
//! document reader is reached without the fuzzer having to forge zip checksums.
#![no_main]

use std::path::Path;
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use placard::export::{self, PngOptions};
use placard::layout::Resources;
use placard::model::Project;

fn resources() -> &'static Arc<Resources> {
    static RESOURCES: OnceLock<Arc<Resources>> = OnceLock::new();
    RESOURCES.get_or_init(Resources::bundled)
}

/// `document` as the only entry of a `.placard` zip.
fn wrap(document: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("document.json", zip::write::SimpleFileOptions::default())
        .ok()?;
    zip.write_all(document).ok()?;
    Some(zip.finish().ok()?.into_inner())
}

fuzz_target!(|data: &[u8]| {
    let wrapped;
    let bytes = if data.starts_with(b"PK") {
        data
    } else {
        let Some(zipped) = wrap(data) else { return };
        wrapped = zipped;
        &wrapped
    };
    let Ok(project) = Project::from_bytes(bytes, Path::new("fuzz.placard")) else {
        return;
    };
    for page in 0..project.document.pages.len().min(4) {
        let Ok((scene, _)) = export::page_scene(&project, page, resources()) else {
            continue;
        };
        let options = PngOptions {
            dpi: 2.0,
            include_bleed: true,
            transparent: false,
            solid_alpha: None,
        };
        let (width, height) = export::png_size(&scene, &options);
        if u64::from(width) * u64::from(height) > 4_000_000 {
            continue;
        }
        let _ = export::write_png(&scene, &options, &mut std::io::sink());
    }
});
