//! Bytes dropped in as an SVG: parsed as the editor does (bundled fonts, no access to
//! other files) and drawn small. Errors are fine; panics and hangs are not.
#![no_main]

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use placard::layout::Resources;

fn resources() -> &'static Arc<Resources> {
    static RESOURCES: OnceLock<Arc<Resources>> = OnceLock::new();
    RESOURCES.get_or_init(Resources::bundled)
}

fuzz_target!(|data: &[u8]| {
    let fonts = resources().fonts.svg_font_database();
    let Ok(parsed) = placard::layout::parse_svg("fuzz.svg", data, fonts) else {
        return;
    };
    let tree = parsed.tree;
    let size = tree.size();
    let scale = 64.0 / size.width().max(size.height());
    if let Some(mut pixmap) = resvg::tiny_skia::Pixmap::new(64, 64) {
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
    }
});
