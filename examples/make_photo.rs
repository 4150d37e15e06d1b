//! Writes a deterministic photo-like JPEG for benchmarks:
//! `cargo run --release --example make_photo -- OUT.jpg WIDTH HEIGHT`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(out), Some(width), Some(height)) = (
        args.get(1),
        args.get(2).and_then(|w| w.parse::<u32>().ok()),
        args.get(3).and_then(|h| h.parse::<u32>().ok()),
    ) else {
        eprintln!("usage: make_photo OUT.jpg WIDTH HEIGHT");
        return ExitCode::FAILURE;
    };
    // Smooth colour fields with fine grain, so the JPEG compresses like a photo.
    let mut seed: u32 = 0x2545_f491;
    let photo = image::RgbImage::from_fn(width, height, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let grain = (seed % 24) as f32 - 12.0;
        let (u, v) = (x as f32 / width as f32, y as f32 / height as f32);
        let wave = ((u * 9.0).sin() + (v * 7.0 + u * 3.0).cos()) * 30.0;
        let channel = |base: f32| (base + wave + grain).clamp(0.0, 255.0) as u8;
        image::Rgb([
            channel(70.0 + 120.0 * u),
            channel(60.0 + 90.0 * v),
            channel(150.0 - 80.0 * u * v),
        ])
    });
    match image::DynamicImage::ImageRgb8(photo).save(out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{out}: {err}");
            ExitCode::FAILURE
        }
    }
}
