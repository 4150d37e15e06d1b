//! Poster effects, face blocks and what exported files say about the photos in them.

#![allow(clippy::unwrap_used)]

mod common;

use common::jpeg_bytes;

use placard::export::{self, PngOptions};
use placard::layout::Resources;
use placard::model::{
    Color, CropRect, Document, Element, ElementKind, ImageEffect, ImageElement, ImageFit,
    PaperSize, Project,
};
use placard::render::pdf::PdfOptions;
use placard::units::Pt;

/// A photo-like picture: dark on the left, light on the right, with a bright square in
/// the dark half and a dark one in the light half.
fn photo(width: u32, height: u32) -> image::RgbImage {
    image::RgbImage::from_fn(width, height, |x, y| {
        let mut v = (x * 255 / width) as u8;
        let (u, w) = (x * 8 / width, y * 4 / height);
        if u == 1 && w == 1 {
            v = 240;
        }
        if u == 6 && w == 2 {
            v = 15;
        }
        image::Rgb([v, v.saturating_add(10), v / 2 + 60])
    })
}

/// An EXIF segment as cameras write it: orientation, camera make and a GPS position.
fn exif_segment() -> Vec<u8> {
    let mut tiff: Vec<u8> = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    // IFD0: Make (ASCII, stored after the IFDs), Orientation = 1, GPS IFD pointer.
    let entry = |tag: u16, kind: u16, count: u32, value: u32| {
        let mut e = tag.to_le_bytes().to_vec();
        e.extend_from_slice(&kind.to_le_bytes());
        e.extend_from_slice(&count.to_le_bytes());
        e.extend_from_slice(&value.to_le_bytes());
        e
    };
    let ifd0_len = 2 + 3 * 12 + 4;
    let gps_offset = 8 + ifd0_len;
    let gps_len = 2 + 2 * 12 + 4;
    let make_offset = gps_offset + gps_len;
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend(entry(0x010F, 2, 12, make_offset as u32));
    tiff.extend(entry(0x0112, 3, 1, 1));
    tiff.extend(entry(0x8825, 4, 1, gps_offset as u32));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD: latitude reference 'N', GPS version 2.2.0.0.
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend(entry(0x0000, 1, 4, u32::from_le_bytes([2, 2, 0, 0])));
    tiff.extend(entry(0x0001, 2, 2, u32::from_le_bytes([b'N', 0, 0, 0])));
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(b"SPYCAM-GPS\0\0");
    let mut segment = vec![0xFF, 0xE1];
    let length = (2 + 6 + tiff.len()) as u16;
    segment.extend_from_slice(&length.to_be_bytes());
    segment.extend_from_slice(b"Exif\0\0");
    segment.extend(tiff);
    segment
}

/// A JPEG from a phone: EXIF with a GPS position and a comment naming the owner.
fn phone_jpeg(picture: &image::RgbImage) -> Vec<u8> {
    let plain = jpeg_bytes(picture);
    let mut out = plain[..2].to_vec();
    out.extend(exif_segment());
    out.extend_from_slice(&[0xFF, 0xFE, 0x00, 0x0E]);
    out.extend_from_slice(b"OWNER-SECRET");
    out.extend_from_slice(&plain[2..]);
    out
}

/// An A6 page whose only element is a photo filling it.
fn photo_page(asset_bytes: Vec<u8>, name: &str, look: impl FnOnce(&mut ImageElement)) -> Project {
    let document = Document::new("Effects", PaperSize::Metric(105.0, 148.0));
    let mut project = Project::new(document);
    let asset = project.add_asset(name, asset_bytes.into());
    let page = &mut project.document.pages[0];
    let mut image = ImageElement {
        asset: Some(asset),
        fit: ImageFit::Cover,
        ..ImageElement::default()
    };
    look(&mut image);
    page.elements.push(Element::new(
        Pt(0.0),
        Pt(0.0),
        page.width,
        page.height,
        ElementKind::Image(image),
    ));
    project
}

fn image_streams(doc: &lopdf::Document) -> Vec<&lopdf::Stream> {
    doc.objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"Image"))
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn render_pdf(pdf: Vec<u8>, scale: f32) -> image::RgbaImage {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    let pages = hayro::render_pdf(
        &Pdf::new(pdf).unwrap(),
        scale,
        InterpreterSettings::default(),
        &hayro::RenderSettings::default(),
        None,
    )
    .unwrap();
    let page = &pages[0];
    image::RgbaImage::from_raw(
        u32::from(page.width()),
        u32::from(page.height()),
        page.data_as_u8_slice().to_vec(),
    )
    .unwrap()
}

fn mean_luma(picture: &image::RgbaImage, x0: u32, x1: u32, y0: u32, y1: u32) -> f32 {
    let mut total = 0.0;
    let mut count = 0.0;
    for y in y0..y1 {
        for x in x0..x1 {
            let p = picture.get_pixel(x, y);
            total += 0.2126 * f32::from(p[0]) + 0.7152 * f32::from(p[1]) + 0.0722 * f32::from(p[2]);
            count += 1.0;
        }
    }
    total / count
}

#[test]
fn a_halftone_is_vector_dots_in_the_pdf_following_the_tone() {
    let resources = Resources::bundled();
    let project = photo_page(jpeg_bytes(&photo(800, 1100)), "photo.jpg", |image| {
        image.effect = Some(ImageEffect::Halftone {
            cell: Pt(8.0),
            angle: 45.0,
            ink: Color::rgb(200, 16, 46),
            paper: Some(Color::WHITE),
        });
    });
    let (pdf, warnings) = export::pdf_bytes(&project, &resources, &PdfOptions::default()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    assert!(
        image_streams(&doc).is_empty(),
        "a halftone carries no image XObject"
    );
    let content = doc.get_page_content(*doc.get_pages().values().next().unwrap());
    let curves = content
        .split(|b| *b == b'\n' || *b == b' ')
        .filter(|w| *w == b"c")
        .count();
    assert!(
        curves > 4 * 500,
        "dots are drawn as curves ({curves} found)"
    );

    // Dark on the left, light on the right, in the PDF as rendered.
    let page = render_pdf(pdf, 1.0);
    let (w, h) = page.dimensions();
    let left = mean_luma(&page, 0, w / 8, h / 4, 3 * h / 4);
    let right = mean_luma(&page, 7 * w / 8, w, h / 4, 3 * h / 4);
    assert!(
        left + 60.0 < right,
        "dark tones give big dots: left {left}, right {right}"
    );
    // The ink is the only colour besides the paper (edges of dots mix the two).
    let reddish = page
        .pixels()
        .filter(|p| p[0] > 150 && p[1] < 60 && p[2] < 90)
        .count();
    assert!(reddish > (w * h / 10) as usize);
}

#[test]
fn a_threshold_picture_exports_in_exactly_two_colours() {
    let resources = Resources::bundled();
    let ink = Color::rgb(10, 10, 10);
    let paper = Color::rgb(255, 230, 0);
    let project = photo_page(jpeg_bytes(&photo(300, 420)), "photo.jpg", |image| {
        image.effect = Some(ImageEffect::Threshold {
            level: 0.5,
            ink,
            paper: Some(paper),
        });
    });
    let (scene, _) = export::page_scene(&project, 0, &resources).unwrap();
    let mut png = Vec::new();
    // 254 dpi makes the A6 page a whole number of pixels, so no pixel is part paper.
    let options = PngOptions {
        dpi: 254.0,
        ..PngOptions::default()
    };
    export::write_png(&scene, &options, &mut png).unwrap();
    let picture = image::load_from_memory(&png).unwrap().to_rgb8();
    let colours: std::collections::BTreeSet<[u8; 3]> = picture.pixels().map(|p| p.0).collect();
    assert_eq!(
        colours,
        [[10, 10, 10], [255, 230, 0]].into_iter().collect(),
        "a stencil has its ink and its paper, nothing in between"
    );
}

#[test]
fn exported_files_carry_no_camera_metadata() {
    let resources = Resources::bundled();
    let jpeg = phone_jpeg(&photo(640, 880));
    // The test photo really carries what a phone writes.
    let decoder = image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(&jpeg)).unwrap();
    let mut decoder = decoder;
    let exif = image::ImageDecoder::exif_metadata(&mut decoder).unwrap();
    assert!(exif.is_some_and(|e| contains(&e, b"SPYCAM-GPS")));

    let project = photo_page(jpeg.clone(), "phone.jpg", |_| {});
    let dir = common::work_dir("exported-metadata");

    // PDF: the photo passes through as a JPEG, without its EXIF and comment.
    let pdf_path = dir.join("poster.pdf");
    export::export_pdf(&project, &resources, &PdfOptions::default(), &pdf_path).unwrap();
    let pdf = std::fs::read(&pdf_path).unwrap();
    for secret in [&b"Exif\0\0"[..], b"SPYCAM-GPS", b"OWNER-SECRET"] {
        assert!(
            !contains(&pdf, secret),
            "{:?} left in the PDF",
            String::from_utf8_lossy(secret)
        );
    }
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let streams = image_streams(&doc);
    assert_eq!(streams.len(), 1);
    let passed = &streams[0].content;
    assert!(
        passed.starts_with(&[0xFF, 0xD8]),
        "the photo is still a JPEG"
    );
    let decoded = image::load_from_memory(passed).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (640, 880));

    // PNG and JPEG exports: read back, no EXIF, no text chunks.
    let png_path = dir.join("share.png");
    let options = PngOptions {
        dpi: 72.0,
        ..PngOptions::default()
    };
    export::export_png(&project, 0, &resources, &options, &png_path).unwrap();
    let jpg_path = dir.join("share.jpg");
    export::export_jpeg(&project, 0, &resources, &options, &jpg_path).unwrap();
    for path in [&png_path, &jpg_path] {
        let bytes = std::fs::read(path).unwrap();
        for secret in [
            &b"Exif"[..],
            b"SPYCAM-GPS",
            b"OWNER-SECRET",
            b"eXIf",
            b"tEXt",
            b"iTXt",
        ] {
            assert!(
                !contains(&bytes, secret),
                "{} has {:?}",
                path.display(),
                String::from_utf8_lossy(secret)
            );
        }
        let mut decoder = image::ImageReader::open(path)
            .unwrap()
            .with_guessed_format()
            .unwrap()
            .into_decoder()
            .unwrap();
        assert_eq!(
            image::ImageDecoder::exif_metadata(&mut decoder).unwrap(),
            None,
            "{}",
            path.display()
        );
    }
    let exported = image::open(&jpg_path).unwrap();
    assert_eq!((exported.width(), exported.height()), (298, 420));
}

#[test]
fn a_face_block_is_burnt_into_the_pdf_photo() {
    let resources = Resources::bundled();
    let picture = photo(400, 560);
    // The block covers the bright square in the dark half (x 50–100, y 140–280).
    let block = CropRect {
        x: 0.1,
        y: 0.2,
        width: 0.2,
        height: 0.35,
    };
    let project = photo_page(phone_jpeg(&picture), "phone.jpg", |image| {
        image.blocks.push(block);
    });
    let (pdf, _) = export::pdf_bytes(&project, &resources, &PdfOptions::default()).unwrap();
    assert!(!contains(&pdf, b"SPYCAM-GPS"));
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let streams = image_streams(&doc);
    assert_eq!(
        streams.len(),
        1,
        "the block is in the photo, not a shape over it"
    );
    let stream = streams[0];
    let filter = stream.dict.get(b"Filter").unwrap();
    assert!(
        !format!("{filter:?}").contains("DCTDecode"),
        "the original JPEG is not passed through"
    );
    let width = stream.dict.get(b"Width").unwrap().as_i64().unwrap() as usize;
    let height = stream.dict.get(b"Height").unwrap().as_i64().unwrap() as usize;
    assert_eq!((width, height), (400, 560));
    let pixels = stream.decompressed_content().unwrap();
    let channels = pixels.len() / (width * height);
    for y in (112..308).step_by(7) {
        for x in (40..120).step_by(7) {
            let px = &pixels[(y * width + x) * channels..][..channels];
            assert!(px.iter().all(|&v| v == 0), "pixel {x},{y} is {px:?}");
        }
    }
    // Outside the block the photo is as it was (its bright square's right neighbour).
    let outside = &pixels[(150 * width + 160) * channels..][..channels];
    assert!(outside.iter().any(|&v| v > 30), "{outside:?}");
}

#[test]
fn a_pdf_in_rgb_never_decodes_its_jpeg_photo_and_a_cut_photo_is_reported() {
    let resources = Resources::bundled();
    let jpeg = jpeg_bytes(&photo(640, 880));
    let project = photo_page(jpeg.clone(), "photo.jpg", |_| {});
    let stored = project.assets.get("photo.jpg").unwrap().clone();
    let (pdf, warnings) = export::pdf_bytes(&project, &resources, &PdfOptions::default()).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(
        contains(&pdf, &jpeg[jpeg.len() - 4096..]),
        "the JPEG is carried"
    );
    let loaded = resources.assets.image("photo.jpg", &stored).unwrap();
    assert!(!loaded.is_decoded(), "the PDF needed no pixels");
    // A PNG needs them: the same cached photo is decoded when its scene is built.
    let (scene, _) = export::page_scene(&project, 0, &resources).unwrap();
    assert!(loaded.is_decoded());
    let mut png = Vec::new();
    export::write_png(&scene, &PngOptions::default(), &mut png).unwrap();
    assert!(png.starts_with(b"\x89PNG"));

    // A file cut short is passed on with a warning naming it, in PDF as in PNG.
    let cut = jpeg[..jpeg.len() * 6 / 10].to_vec();
    let project = photo_page(cut, "cut.jpg", |_| {});
    let (_, warnings) = export::pdf_bytes(&project, &resources, &PdfOptions::default()).unwrap();
    assert!(
        warnings.len() == 1
            && warnings[0]
                .message
                .text_in(placard::i18n::Language::English)
                .contains("“cut.jpg” is cut short"),
        "{warnings:?}"
    );
    assert_eq!(warnings[0].asset.as_deref(), Some("cut.jpg"));
    let (_, png_warnings) = export::page_scene(&project, 0, &resources).unwrap();
    assert_eq!(png_warnings, warnings, "PNG and PDF say the same");
    // Preflight holds it back from the print shop, in the same words.
    let findings = placard::print::preflight::check(&project, &resources);
    assert!(
        findings.contains(&warnings[0]) && warnings[0].is_error(),
        "{findings:?}"
    );
}
