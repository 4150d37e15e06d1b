//! Helpers shared by the integration tests.

#![allow(dead_code, clippy::unwrap_used)] // each test file uses some of them

use std::path::Path;
use std::process::{Command, Output};

/// Runs the `placard` program in `dir` with a fixed date (reproducible PDFs).
pub fn placard(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_placard"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap()
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
