//! Helpers shared by the integration tests.

#![allow(dead_code, clippy::unwrap_used)] // each test file uses some of them

use std::path::Path;
use std::process::{Command, Output};

/// Runs the `placard` program in `dir` with a fixed date (reproducible PDFs), in English.
pub fn placard(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_placard"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap()
}

/// An empty folder for one test under Cargo's scratch folder for tests.
pub fn work_dir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The picture as a JPEG file (the image crate's encoder, its default quality).
pub fn jpeg_bytes(picture: &image::RgbImage) -> Vec<u8> {
    let mut jpeg = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    jpeg
}

/// The contents of every QR code found in the picture.
pub fn decode_qr(image: image::GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare(image);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, content)| content))
        .collect()
}

/// Runs `placard` with only `LANG` naming the language, as a desktop session sets it.
pub fn placard_in(lang: &str, args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_placard"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", lang)
        .output()
        .unwrap()
}

/// A made-up photo of `width` × `height` pixels saved as `photo.jpg` in `dir`.
pub fn write_photo(dir: &Path, width: u32, height: u32) {
    let photo = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    image::DynamicImage::ImageRgb8(photo)
        .save(dir.join("photo.jpg"))
        .unwrap();
}

/// Fails with what the program said on stderr unless it succeeded.
pub fn assert_ok(output: &Output) {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
