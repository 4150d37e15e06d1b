//! Image decoding: orientation, CMYK, formats, and broken files.

#![allow(clippy::unwrap_used)] // test helpers may panic on broken fixtures

mod common;

use std::path::Path;
use std::sync::Arc;

use placard::layout::decode_image;

fn fixture(name: &str) -> Arc<[u8]> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    Arc::from(std::fs::read(path).unwrap())
}

fn pixel(image: &placard::layout::LoadedImage, x: u32, y: u32) -> [u8; 4] {
    let i = ((y * image.width + x) * 4) as usize;
    let rgba = image.rgba().unwrap();
    [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]]
}

#[test]
fn exif_rotation_is_applied() {
    // Stored 60×40, left half red, right half blue, EXIF orientation 6 (rotate 90° clockwise).
    let image = decode_image("oriented.jpg", &fixture("oriented.jpg")).unwrap();
    assert_eq!((image.width, image.height), (40, 60));
    let top = pixel(&image, 20, 5);
    let bottom = pixel(&image, 20, 55);
    assert!(top[0] > 200 && top[2] < 60, "top should be red, is {top:?}");
    assert!(
        bottom[2] > 200 && bottom[0] < 60,
        "bottom should be blue, is {bottom:?}"
    );
    // The PDF keeps the stored JPEG and rotates it with the same orientation.
    let jpeg = image.jpeg.as_ref().unwrap();
    assert_eq!((jpeg.width, jpeg.height), (60, 40));
    let corner = jpeg.orientation.apply(placard::geom::Point::new(0.0, 0.0));
    assert_eq!(
        (corner.x, corner.y),
        (1.0, 0.0),
        "stored top-left goes to the upright top-right"
    );
}

#[test]
fn cmyk_jpeg_has_correct_colours() {
    // #00a0ff converted to CMYK by ImageMagick (an Adobe, inverted CMYK JPEG).
    let image = decode_image("cmyk.jpg", &fixture("cmyk.jpg")).unwrap();
    let [r, g, b, a] = pixel(&image, 16, 16);
    assert_eq!(a, 255);
    assert!(
        r < 16 && g.abs_diff(160) < 16 && b > 235,
        "expected about #00a0ff, got {r} {g} {b}"
    );
    let jpeg = image.jpeg.as_ref().unwrap();
    assert_eq!(jpeg.components, 4);
    assert!(jpeg.inverted_cmyk);
}

#[test]
fn png_with_transparency_keeps_alpha() {
    let image = decode_image("logo.png", &fixture("logo.png")).unwrap();
    assert!(!image.opaque);
    assert_eq!(pixel(&image, 0, 0)[3], 0);
    assert_eq!(pixel(&image, 20, 20)[3], 255);
    assert!(image.jpeg.is_none());
}

#[test]
fn webp_and_gif_first_frame_decode() {
    for format in [image::ImageFormat::WebP, image::ImageFormat::Gif] {
        let source = image::RgbaImage::from_pixel(8, 6, image::Rgba([10, 200, 30, 255]));
        let mut bytes = Vec::new();
        image::DynamicImage::ImageRgba8(source)
            .write_to(&mut std::io::Cursor::new(&mut bytes), format)
            .unwrap();
        let image = decode_image("x", &Arc::from(bytes)).unwrap();
        assert_eq!((image.width, image.height), (8, 6), "{format:?}");
        let [r, g, b, _] = pixel(&image, 3, 3);
        assert!(r < 40 && g > 170 && b < 60, "{format:?}: {r} {g} {b}");
    }
}

#[test]
fn broken_images_are_errors_naming_the_file() {
    for name in ["corrupt.jpg", "truncated.jpg"] {
        let err = decode_image(name, &fixture(name)).unwrap_err();
        assert!(err.to_string().contains(name), "{err}");
    }
    let err = decode_image("empty.png", &Arc::from(Vec::new())).unwrap_err();
    assert!(err.to_string().contains("empty.png"), "{err}");
}

/// CRC-32 as PNG chunks use it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend(data);
    out.extend(&body);
    out.extend(crc32(&body).to_be_bytes());
    out
}

#[test]
fn a_decompression_bomb_is_refused_before_it_is_decoded() {
    // A few hundred bytes claiming 100000 × 100000 pixels (40 GB as RGBA).
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend(100_000u32.to_be_bytes());
    header.extend(100_000u32.to_be_bytes());
    header.extend([8, 6, 0, 0, 0]);
    png.extend(chunk(b"IHDR", &header));
    png.extend(chunk(
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend(chunk(b"IEND", &[]));
    let bytes: std::sync::Arc<[u8]> = png.into();
    let started = std::time::Instant::now();
    let err = placard::layout::decode_image("bomb.png", &bytes).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("bomb.png") && message.contains("too large"),
        "{message}"
    );
    assert!(
        started.elapsed().as_secs() < 2,
        "refused at once, not after decoding"
    );
}

/// A 96×64 photo-like JPEG with varied content, so its scan data is long.
fn noisy_jpeg() -> Vec<u8> {
    common::jpeg_bytes(&image::RgbImage::from_fn(96, 64, |x, y| {
        let v = ((x * 37 + y * 91) % 251) as u8;
        image::Rgb([v, v.wrapping_mul(3), 255 - v])
    }))
}

#[test]
fn a_jpeg_is_decoded_only_when_its_pixels_are_asked_for() {
    let bytes = fixture("oriented.jpg");
    let loaded = placard::layout::load_image("oriented.jpg", &bytes).unwrap();
    // Size upright (EXIF turns the stored 60×40 a quarter) from the headers alone.
    assert_eq!((loaded.width, loaded.height), (40, 60));
    assert!(loaded.opaque && loaded.jpeg.is_some() && !loaded.cut_short);
    assert!(!loaded.is_decoded());
    let eager = decode_image("oriented.jpg", &bytes).unwrap();
    assert_eq!(loaded.rgba().unwrap(), eager.rgba().unwrap());
    assert!(loaded.is_decoded());
    // Other formats are decoded as they are loaded.
    let png = placard::layout::load_image("logo.png", &fixture("logo.png")).unwrap();
    assert!(png.is_decoded());
}

#[test]
fn a_jpeg_cut_short_is_noticed_but_data_after_its_end_is_not_damage() {
    let whole = noisy_jpeg();
    let load = |bytes: &[u8]| placard::layout::load_image("p.jpg", &Arc::from(bytes)).unwrap();
    assert!(!load(&whole).cut_short);
    let cut = &whole[..whole.len() * 7 / 10];
    assert!(load(cut).cut_short);
    assert!(decode_image("p.jpg", &Arc::from(cut)).unwrap().cut_short);
    // A phone's motion photo: a video after the JPEG's end marker.
    let mut motion = whole.clone();
    motion.extend_from_slice(b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom\xFF\xD8\xFF");
    assert!(!load(&motion).cut_short);
}
