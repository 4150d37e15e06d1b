//! A `.placard` file from anywhere: it is opened, every page laid out and drawn small,
//! as the editor would on opening it. Errors are fine; panics, hangs and runaway memory
//! are not.
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

fuzz_target!(|data: &[u8]| {
    let Ok(project) = Project::from_bytes(data, Path::new("fuzz.placard")) else {
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
