//! Draws the application's icon and the design file's icon (the SVGs in
//! `packaging/linux/icons/hicolor/scalable/`) as PNGs at the sizes desktops look for, into
//! the hicolor theme's other folders: `cargo run --example app_icons`.

#![allow(clippy::unwrap_used)] // a tool run by hand: a failure should stop it loudly

use std::path::Path;

/// The sizes of the hicolor theme's fixed-size folders.
const SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn main() {
    let icons = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/linux/icons");
    for (name, kind) in [
        ("org.placard.Placard", "apps"),
        ("application-x-placard", "mimetypes"),
    ] {
        let source = icons.join(format!("hicolor/scalable/{kind}/{name}.svg"));
        let svg = std::fs::read(source).unwrap();
        let tree = usvg::Tree::from_data(&svg, &usvg::Options::default()).unwrap();
        for size in SIZES {
            let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).unwrap();
            let scale = size as f32 / tree.size().width();
            resvg::render(
                &tree,
                resvg::tiny_skia::Transform::from_scale(scale, scale),
                &mut pixmap.as_mut(),
            );
            let folder = icons.join(format!("hicolor/{size}x{size}/{kind}"));
            std::fs::create_dir_all(&folder).unwrap();
            pixmap.save_png(folder.join(format!("{name}.png"))).unwrap();
        }
    }
}
