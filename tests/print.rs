//! Print production: what print shops and cutters find in the files.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

mod common;

use common::decode_qr;
use placard::export::{self, PngOptions};
use placard::layout::Resources;
use placard::render::pdf::{CutContourName, PdfOptions};
use placard::templates;

/// The names of the Separation colour spaces a PDF's pages use.
fn separations(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut names = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).unwrap();
        let Ok(resources) = page.get(b"Resources").and_then(|r| match r {
            lopdf::Object::Reference(id) => doc.get_dictionary(*id),
            lopdf::Object::Dictionary(d) => Ok(d),
            _ => Err(lopdf::Error::DictKey("Resources".into())),
        }) else {
            continue;
        };
        let Ok(lopdf::Object::Dictionary(spaces)) = resources.get(b"ColorSpace") else {
            continue;
        };
        for (_, space) in spaces.iter() {
            if let lopdf::Object::Array(parts) = space
                && let [lopdf::Object::Name(kind), lopdf::Object::Name(name), ..] = parts.as_slice()
                && kind == b"Separation"
            {
                names.push(String::from_utf8_lossy(name).into_owned());
            }
        }
    }
    names
}

#[test]
fn a_sticker_pdf_carries_its_cut_line_as_a_spot_colour_and_the_png_does_not() {
    let resources = Resources::bundled();
    let project = templates::load("sticker-round-75mm").unwrap().unwrap();
    assert!(project.document.pages[0].cut_line.is_some());

    let (pdf, warnings) = export::pdf_bytes(&project, &resources, &PdfOptions::default()).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(separations(&pdf), vec!["CutContour".to_owned()]);
    let options = PdfOptions {
        cut_contour: CutContourName::ThruCut,
        ..PdfOptions::default()
    };
    let (pdf, _) = export::pdf_bytes(&project, &resources, &options).unwrap();
    assert_eq!(separations(&pdf), vec!["Thru-cut".to_owned()]);

    // The PNG is the same with or without a cut line: it is not ink.
    let png = |project: &placard::model::Project| {
        let (scene, _) = export::page_scene(project, 0, &resources).unwrap();
        let mut bytes = Vec::new();
        let options = PngOptions {
            dpi: 150.0,
            include_bleed: true,
            transparent: false,
            solid_alpha: None,
        };
        export::write_png(&scene, &options, &mut bytes).unwrap();
        bytes
    };
    let mut uncut = project.clone();
    uncut.document.pages[0].cut_line = None;
    assert_eq!(png(&project), png(&uncut));

    // A poster has no cut line.
    let poster = templates::load("poster-a2").unwrap().unwrap();
    let (pdf, _) = export::pdf_bytes(&poster, &resources, &PdfOptions::default()).unwrap();
    assert!(separations(&pdf).is_empty());
}

/// A one-page design holding a QR code `side` points wide.
fn qr_design(data: &str, side_mm: f32, page_mm: f32) -> placard::model::Project {
    use placard::model::{Document, Element, ElementKind, PaperSize, Project, QrElement};
    use placard::units::{Mm, Pt};
    let mut document = Document::new("QR", PaperSize::Metric(page_mm, page_mm));
    let side = Pt::from(Mm(side_mm)).0;
    let margin = (Pt::from(Mm(page_mm)).0 - side) / 2.0;
    let mut qr = Element::new(
        Pt(margin),
        Pt(margin),
        Pt(side),
        Pt(side),
        ElementKind::Qr(QrElement::new(data)),
    );
    qr.name = Some("Petition".to_owned());
    document.pages[0].elements.push(qr);
    Project::new(document)
}

#[test]
fn a_qr_code_scans_from_the_png_and_from_the_vector_pdf() {
    let resources = Resources::bundled();
    let link = "https://example.org/petition?ref=placard";
    let project = qr_design(link, 40.0, 60.0);
    let (scene, warnings) = export::page_scene(&project, 0, &resources).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut png = Vec::new();
    let options = PngOptions {
        dpi: 150.0,
        include_bleed: false,
        transparent: false,
        solid_alpha: None,
    };
    export::write_png(&scene, &options, &mut png).unwrap();
    let image = image::load_from_memory(&png).unwrap().to_luma8();
    assert_eq!(decode_qr(image), vec![link.to_owned()]);

    // In the PDF it is vector paths, no image.
    let whole = PdfOptions {
        include_bleed: false,
        ..PdfOptions::default()
    };
    let (pdf, _) = export::pdf_bytes(&project, &resources, &whole).unwrap();
    assert_eq!(common::pictures_in_pdf(&pdf), 0);
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    let pages = hayro::render_pdf(
        &Pdf::new(pdf).unwrap(),
        150.0 / 72.0,
        InterpreterSettings::default(),
        &hayro::RenderSettings::default(),
        None,
    )
    .unwrap();
    let page = &pages[0];
    let rgba = image::RgbaImage::from_raw(
        u32::from(page.width()),
        u32::from(page.height()),
        page.data_as_u8_slice().to_vec(),
    )
    .unwrap();
    let grey = image::DynamicImage::ImageRgba8(rgba).to_luma8();
    assert_eq!(decode_qr(grey), vec![link.to_owned()]);
}

#[test]
fn the_print_check_wants_a_qr_code_big_enough_to_scan() {
    let resources = Resources::bundled();
    let about_qr = |project: &placard::model::Project| -> Vec<String> {
        placard::print::preflight::check(project, &resources)
            .into_iter()
            .filter(|f| f.subject == "Petition")
            .map(|f| f.message.text_in(placard::i18n::Language::English))
            .collect()
    };
    // 40 mm on a small print: fine. 15 mm: too small to scan from 30 cm. 6 mm with a
    // long link: squares too fine to print.
    assert!(about_qr(&qr_design("https://example.org", 40.0, 100.0)).is_empty());
    let small = about_qr(&qr_design("https://example.org", 15.0, 100.0));
    assert!(
        small.iter().any(|m| m.contains("at least 30 mm")),
        "{small:?}"
    );
    let long = "https://example.org/".to_owned() + &"x".repeat(200);
    let fine = about_qr(&qr_design(&long, 6.0, 100.0));
    assert!(fine.iter().any(|m| m.contains("too fine")), "{fine:?}");
}

#[test]
fn a_t_shirt_png_can_have_no_half_transparent_pixels() {
    let resources = Resources::bundled();
    let project = templates::load("tshirt-front-12x16in").unwrap().unwrap();
    let (scene, _) = export::page_scene(&project, 0, &resources).unwrap();
    let alphas = |solid_alpha: Option<u8>| {
        let options = PngOptions {
            dpi: 30.0,
            include_bleed: false,
            transparent: true,
            solid_alpha,
        };
        let mut png = Vec::new();
        export::write_png(&scene, &options, &mut png).unwrap();
        let image = image::load_from_memory(&png).unwrap().to_rgba8();
        let half = image.pixels().filter(|p| p[3] != 0 && p[3] != 255).count();
        let clear = image.pixels().filter(|p| p[3] == 0).count();
        (half, clear)
    };
    let (half, clear) = alphas(None);
    assert!(
        half > 0 && clear > 0,
        "antialiased edges and a clear background"
    );
    let (half, clear) = alphas(Some(128));
    assert_eq!(half, 0);
    assert!(clear > 0);
}

#[test]
fn a_print_shop_pdf_is_pdf_x_4() {
    let resources = Resources::bundled();
    let project = templates::load("sticker-round-75mm").unwrap().unwrap();
    let options = PdfOptions {
        include_bleed: true,
        crop_marks: true,
        pdfx: true,
        title: "Sticker".to_owned(),
        timestamp: Some(1_700_000_000),
        ..PdfOptions::default()
    };
    let (pdf, _) = export::pdf_bytes(&project, &resources, &options).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    assert!(doc.version.as_str() >= "1.6", "{}", doc.version);
    assert!(doc.trailer.get(b"Encrypt").is_err(), "no encryption");
    assert!(doc.trailer.get(b"ID").is_ok(), "a document ID");

    // Info: version and trapping.
    let info_id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_id).unwrap();
    assert_eq!(
        info.get(b"GTS_PDFXVersion").unwrap().as_str().unwrap(),
        b"PDF/X-4"
    );
    assert_eq!(info.get(b"Trapped").unwrap().as_name().unwrap(), b"False");

    // The output intent carries an ICC profile.
    let catalog = doc.catalog().unwrap();
    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    let intent = intents[0].as_dict().unwrap();
    assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFX");
    let profile_id = intent
        .get(b"DestOutputProfile")
        .unwrap()
        .as_reference()
        .unwrap();
    let profile = doc.get_object(profile_id).unwrap().as_stream().unwrap();
    let bytes = profile
        .decompressed_content()
        .unwrap_or(profile.content.clone());
    assert_eq!(&bytes[36..40], b"acsp", "an ICC profile");
    assert_eq!(profile.dict.get(b"N").unwrap().as_i64().unwrap(), 3);

    // XMP metadata says the same.
    let metadata_id = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let xmp = doc.get_object(metadata_id).unwrap().as_stream().unwrap();
    let xmp = String::from_utf8_lossy(&xmp.content);
    assert!(xmp.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4<"), "{xmp}");
    assert!(xmp.contains("<pdf:Trapped>False<"));

    // Every page has its trim and bleed boxes; every font is embedded.
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).unwrap();
        assert!(page.get(b"TrimBox").is_ok() && page.get(b"BleedBox").is_ok());
    }
    let fonts: Vec<_> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| {
            d.get(b"Type")
                .is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"FontDescriptor"))
        })
        .collect();
    assert!(!fonts.is_empty());
    for descriptor in fonts {
        assert!(
            descriptor.get(b"FontFile2").is_ok() || descriptor.get(b"FontFile3").is_ok(),
            "a font is not embedded"
        );
    }
    // With an RGB output intent no CMYK colour may appear: the cut line's alternate
    // colour and the crop marks are RGB.
    let plain = String::from_utf8_lossy(&pdf);
    assert!(
        !plain.contains("DeviceCMYK"),
        "CMYK in a PDF/X with an RGB intent"
    );
    for (_, page_id) in doc.get_pages() {
        let content = doc.get_page_content(page_id);
        let operations = lopdf::content::Content::decode(&content)
            .unwrap()
            .operations;
        assert!(!operations.is_empty());
        for op in operations {
            assert!(
                op.operator != "k" && op.operator != "K",
                "a CMYK colour is set"
            );
        }
    }
}

/// A design with everything CMYK conversion treats differently: black text, grey text, a
/// large and a small pure black area, a red area given as exact inks, a gradient page, an
/// RGB photo with transparency and an RGB JPEG.
fn cmyk_design() -> placard::model::Project {
    use placard::model::{
        Background, Color, Document, Element, ElementKind, GradientStop, ImageElement, PaperSize,
        Project, Shape, ShapeElement, TextElement,
    };
    use placard::units::{Mm, Pt};
    let mm = |v: f32| Pt::from(Mm(v));
    let mut document = Document::new("CMYK", PaperSize::Metric(148.0, 210.0));
    let page = &mut document.pages[0];
    page.background = Background::LinearGradient {
        angle: 90.0,
        stops: vec![
            GradientStop {
                offset: 0.0,
                color: Color::rgb(255, 212, 0),
            },
            GradientStop {
                offset: 1.0,
                color: Color::rgb(20, 60, 140),
            },
        ],
    };
    let shape = |fill: Color| {
        ElementKind::Shape(ShapeElement {
            shape: Shape::Rect {
                corner_radius: Pt(0.0),
            },
            fill: Some(fill),
            stroke: None,
        })
    };
    let mut elements = vec![
        // 100 × 40 mm of pure black: rich black.
        Element::new(mm(20.0), mm(10.0), mm(100.0), mm(40.0), shape(Color::BLACK)),
        // 10 × 10 mm of pure black: black ink alone.
        Element::new(mm(20.0), mm(55.0), mm(10.0), mm(10.0), shape(Color::BLACK)),
        // Exact inks given by hand.
        Element::new(
            mm(40.0),
            mm(55.0),
            mm(10.0),
            mm(10.0),
            shape(Color {
                cmyk: Some([0, 100, 100, 0]),
                ..Color::rgb(228, 37, 37)
            }),
        ),
    ];
    let mut black_text = TextElement::new("BLACK TEXT", "Anton", Pt(30.0));
    black_text.fill = Color::BLACK;
    elements.push(Element::new(
        mm(20.0),
        mm(70.0),
        mm(100.0),
        mm(15.0),
        ElementKind::Text(black_text),
    ));
    let mut grey_text = TextElement::new("grey text", "Inter", Pt(14.0));
    grey_text.fill = Color::rgb(17, 17, 17);
    elements.push(Element::new(
        mm(20.0),
        mm(88.0),
        mm(100.0),
        mm(10.0),
        ElementKind::Text(grey_text),
    ));
    let mut project = Project::new(document);

    // A photo with a transparent hole, and a JPEG.
    let mut photo = image::RgbaImage::new(64, 48);
    for (x, y, px) in photo.enumerate_pixels_mut() {
        let hole = (20..40).contains(&x) && (15..30).contains(&y);
        *px = image::Rgba([
            (x * 4) as u8,
            (y * 5) as u8,
            160,
            if hole { 0 } else { 255 },
        ]);
    }
    let mut png = Vec::new();
    photo
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let png_name = project.add_asset("photo.png", png.into());
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgba8(photo)
        .to_rgb8()
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    let jpeg_name = project.add_asset("photo.jpg", jpeg.into());
    for (i, name) in [png_name, jpeg_name].into_iter().enumerate() {
        elements.push(Element::new(
            mm(20.0 + 55.0 * i as f32),
            mm(110.0),
            mm(50.0),
            mm(37.5),
            ElementKind::Image(ImageElement {
                asset: Some(name),
                fit: Default::default(),
                crop: None,
                ..Default::default()
            }),
        ));
    }
    project.document.pages[0].elements = elements;
    project
}

/// Every dictionary in a PDF, also those inside others and stream dictionaries.
fn all_dictionaries(doc: &lopdf::Document) -> Vec<&lopdf::Dictionary> {
    fn walk<'a>(object: &'a lopdf::Object, out: &mut Vec<&'a lopdf::Dictionary>) {
        let dict = match object {
            lopdf::Object::Dictionary(d) => d,
            lopdf::Object::Stream(s) => &s.dict,
            lopdf::Object::Array(items) => {
                items.iter().for_each(|item| walk(item, out));
                return;
            }
            _ => return,
        };
        out.push(dict);
        dict.iter().for_each(|(_, value)| walk(value, out));
    }
    let mut out = Vec::new();
    doc.objects.values().for_each(|o| walk(o, &mut out));
    out
}

/// The fill colours a page's content sets with `k`, as whole percentages.
fn cmyk_fills(doc: &lopdf::Document) -> Vec<[u8; 4]> {
    let mut fills = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let content = doc.get_page_content(page_id);
        for op in lopdf::content::Content::decode(&content)
            .unwrap()
            .operations
        {
            if op.operator == "k" {
                let values: Vec<u8> = op
                    .operands
                    .iter()
                    .map(|o| (o.as_float().unwrap() * 100.0).round() as u8)
                    .collect();
                fills.push(values.try_into().unwrap());
            }
        }
    }
    fills
}

#[test]
fn a_cmyk_print_file_has_only_inks_with_black_text_in_black_alone() {
    use placard::colour::cmyk::{CmykConverter, PrintCondition};
    let resources = Resources::bundled();
    let project = cmyk_design();
    let press = CmykConverter::new(PrintCondition::CoatedFogra39, 300.0).unwrap();
    let options = PdfOptions {
        include_bleed: true,
        crop_marks: true,
        pdfx: true,
        cmyk: Some(press),
        timestamp: Some(1_700_000_000),
        ..PdfOptions::default()
    };
    let (pdf, warnings) = export::pdf_bytes(&project, &resources, &options).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let doc = lopdf::Document::load_mem(&pdf).unwrap();

    // Nothing is left in RGB: no RGB colour space, no RGB colour operator.
    let mut names = Vec::new();
    for dict in all_dictionaries(&doc) {
        for (_, value) in dict.iter() {
            if let lopdf::Object::Name(n) = value {
                names.push(String::from_utf8_lossy(n).into_owned());
            }
        }
    }
    assert!(!names.iter().any(|n| n == "DeviceRGB"), "{names:?}");
    for (_, page_id) in doc.get_pages() {
        let content = doc.get_page_content(page_id);
        for op in lopdf::content::Content::decode(&content)
            .unwrap()
            .operations
        {
            assert!(
                !["rg", "RG", "sc", "scn"].contains(&op.operator.as_str()),
                "RGB colour set by {}",
                op.operator
            );
        }
    }

    let fills = cmyk_fills(&doc);
    // Black text and grey (#111) text: black ink alone; the large black area rich black;
    // the small one black alone; the red given as inks exactly as given.
    assert!(
        fills.iter().filter(|f| **f == [0, 0, 0, 100]).count() >= 3,
        "{fills:?}"
    );
    assert!(fills.contains(&[60, 40, 40, 100]), "{fills:?}");
    assert!(fills.contains(&[0, 100, 100, 0]), "{fills:?}");
    for fill in &fills {
        let total: u32 = fill.iter().map(|v| u32::from(*v)).sum();
        assert!(total <= 300, "{fill:?} passes the ink limit");
    }
    // Black ink alone overprints.
    let dictionaries = all_dictionaries(&doc);
    let overprints = dictionaries.iter().any(|d| {
        let set = |key: &[u8]| d.get(key).is_ok_and(|v| v.as_bool().unwrap_or(false));
        set(b"op") && set(b"OP") && d.get(b"OPM").is_ok_and(|v| v.as_i64().unwrap_or(0) == 1)
    });
    assert!(overprints, "no overprinting graphics state for black");

    // Photos are CMYK images; the transparent one keeps its alpha as a soft mask.
    let images: Vec<&lopdf::Stream> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict
                .get(b"Subtype")
                .is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"Image"))
        })
        .collect();
    let spaces: Vec<&[u8]> = images
        .iter()
        .map(|s| s.dict.get(b"ColorSpace").unwrap().as_name().unwrap())
        .collect();
    assert_eq!(
        spaces.iter().filter(|s| **s == b"DeviceCMYK").count(),
        2,
        "{spaces:?}"
    );
    assert!(
        images.iter().any(|s| s.dict.get(b"SMask").is_ok()),
        "the photo's transparency is lost"
    );
    for image in images
        .iter()
        .filter(|s| s.dict.get(b"ColorSpace").unwrap().as_name().unwrap() == b"DeviceCMYK")
    {
        let filter = image.dict.get(b"Filter").unwrap().as_name().unwrap();
        if filter == b"DCTDecode" {
            // The JPEG photo stays a JPEG: Adobe's inverted CMYK, declared so.
            let decode = image.dict.get(b"Decode").unwrap().as_array().unwrap();
            assert_eq!(decode.len(), 8);
            continue;
        }
        let pixels = image.decompressed_content().unwrap();
        for px in pixels.chunks_exact(4) {
            let total: u32 = px.iter().map(|v| u32::from(*v)).sum();
            assert!(total <= 765 + 1, "a photo pixel {px:?} passes 300 % ink");
        }
    }
    let filters: Vec<&[u8]> = images
        .iter()
        .filter_map(|s| s.dict.get(b"Filter").ok()?.as_name().ok())
        .collect();
    assert!(filters.contains(&&b"DCTDecode"[..]), "{filters:?}");

    // The gradient is in inks too, and the output intent is the CMYK printing condition.
    let shading_spaces: Vec<&[u8]> = dictionaries
        .iter()
        .filter(|d| d.has(b"ShadingType"))
        .map(|d| d.get(b"ColorSpace").unwrap().as_name().unwrap())
        .collect();
    assert_eq!(shading_spaces, vec![&b"DeviceCMYK"[..]]);
    let catalog = doc.catalog().unwrap();
    let intent = catalog.get(b"OutputIntents").unwrap().as_array().unwrap()[0]
        .as_dict()
        .unwrap();
    assert_eq!(
        intent
            .get(b"OutputConditionIdentifier")
            .unwrap()
            .as_str()
            .unwrap(),
        b"FOGRA39"
    );
    let profile_id = intent
        .get(b"DestOutputProfile")
        .unwrap()
        .as_reference()
        .unwrap();
    let profile = doc.get_object(profile_id).unwrap().as_stream().unwrap();
    assert_eq!(profile.dict.get(b"N").unwrap().as_i64().unwrap(), 4);
    let bytes = profile.decompressed_content().unwrap();
    assert_eq!(&bytes[16..20], b"CMYK");
}

#[test]
fn a_cmyk_sticker_keeps_its_cut_line_and_has_no_rgb() {
    use placard::colour::cmyk::{CmykConverter, PrintCondition};
    let resources = Resources::bundled();
    let project = templates::load("sticker-round-75mm").unwrap().unwrap();
    let options = PdfOptions {
        include_bleed: true,
        crop_marks: true,
        pdfx: true,
        cmyk: Some(CmykConverter::new(PrintCondition::CoatedGracol, 300.0).unwrap()),
        timestamp: Some(1_700_000_000),
        ..PdfOptions::default()
    };
    let (pdf, _) = export::pdf_bytes(&project, &resources, &options).unwrap();
    assert_eq!(separations(&pdf), vec!["CutContour".to_owned()]);
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let rgb = all_dictionaries(&doc)
        .iter()
        .flat_map(|d| d.iter())
        .any(|(_, v)| v.as_name().is_ok_and(|n| n == b"DeviceRGB"));
    let arrays_rgb = doc.objects.values().any(|o| {
        o.as_array().is_ok_and(|a| {
            a.iter()
                .any(|v| v.as_name().is_ok_and(|n| n == b"DeviceRGB"))
        })
    });
    assert!(!rgb && !String::from_utf8_lossy(&pdf).contains("DeviceRGB") && !arrays_rgb);
}

#[test]
fn black_halftone_dots_print_in_black_ink_alone() {
    use placard::colour::cmyk::{CmykConverter, PrintCondition};
    use placard::model::{
        Color, Document, Element, ElementKind, ImageEffect, ImageElement, PaperSize, Project,
    };
    use placard::units::Pt;
    let resources = Resources::bundled();
    let mut project = Project::new(Document::new("Dots", PaperSize::Metric(210.0, 297.0)));
    let photo = image::RgbImage::from_fn(200, 280, |x, _| {
        let v = (x * 255 / 200) as u8;
        image::Rgb([v, v, v])
    });
    let mut png = Vec::new();
    photo
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let asset = project.add_asset("tones.png", png.into());
    let page = &mut project.document.pages[0];
    let (width, height) = (page.width, page.height);
    page.elements.push(Element::new(
        Pt(0.0),
        Pt(0.0),
        width,
        height,
        ElementKind::Image(ImageElement {
            asset: Some(asset),
            effect: Some(ImageEffect::Halftone {
                cell: Pt(10.0),
                angle: 45.0,
                ink: Color::BLACK,
                paper: None,
            }),
            ..ImageElement::default()
        }),
    ));
    let options = PdfOptions {
        cmyk: Some(CmykConverter::new(PrintCondition::CoatedFogra39, 300.0).unwrap()),
        ..PdfOptions::default()
    };
    let (pdf, _) = export::pdf_bytes(&project, &resources, &options).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    // The dots cover the whole page's bounds, but each is small: black ink alone, not
    // the four-ink rich black that would blur them if the plates shift.
    // (The other fill is the white page.)
    assert_eq!(cmyk_fills(&doc), vec![[0, 0, 0, 0], [0, 0, 0, 100]]);
}

#[test]
fn every_pdf_flavour_carries_a_persian_title_as_typed_and_only_pdf_x_claims_pdf_x() {
    use placard::colour::cmyk::{CmykConverter, PrintCondition};
    let resources = Resources::bundled();
    let project = templates::load("poster-a2").unwrap().unwrap();
    let title = "Poster A2 — آزادی برای آسانژ";
    let press = CmykConverter::new(PrintCondition::CoatedFogra39, 300.0).unwrap();
    let flavours = [
        ("home print", false, None),
        ("PDF/X RGB", true, None),
        ("print shop CMYK", true, Some(press)),
    ];
    for (flavour, pdfx, cmyk) in flavours {
        let options = PdfOptions {
            pdfx,
            cmyk,
            title: title.to_owned(),
            timestamp: Some(1_700_000_000),
            ..PdfOptions::default()
        };
        let (pdf, _) = export::pdf_bytes(&project, &resources, &options).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let info_id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        let info = doc.get_dictionary(info_id).unwrap();
        let read = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
        assert_eq!(read, title, "{flavour}");
        assert_eq!(info.get(b"GTS_PDFXVersion").is_ok(), pdfx, "{flavour}");
        for (key, value) in info.iter() {
            if let lopdf::Object::String(bytes, _) = value {
                assert!(!bytes.is_empty(), "{flavour}: empty {key:?}");
            }
        }
        // Where poppler is installed (in CI), its pdfinfo shows the title as typed.
        let path = std::env::temp_dir().join(format!("placard-title-{}.pdf", std::process::id()));
        std::fs::write(&path, &pdf).unwrap();
        if let Ok(out) = std::process::Command::new("pdfinfo").arg(&path).output() {
            let shown = String::from_utf8_lossy(&out.stdout);
            let shown_title = shown
                .lines()
                .find_map(|l| l.strip_prefix("Title:"))
                .map(str::trim);
            assert_eq!(shown_title, Some(title), "{flavour}: {shown}");
            assert_eq!(shown.contains("PDF/X"), pdfx, "{flavour}: {shown}");
        } else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must install poppler-utils"
            );
        }
        std::fs::remove_file(&path).unwrap();
    }
}
