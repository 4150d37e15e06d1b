//! Image decoding: orientation, CMYK, formats, and broken files.

#![allow(clippy::unwrap_used)] // test helpers may panic on broken fixtures

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
    [
        image.rgba[i],
        image.rgba[i + 1],
        image.rgba[i + 2],
        image.rgba[i + 3],
    ]
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
