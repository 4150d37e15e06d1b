//! Data merge from the command line: one design, a row of a table per version.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

mod common;

use std::path::Path;

use common::{decode_qr, placard, work_dir};

use placard::model::{Element, ElementKind, QrElement};
use placard::units::{Mm, Pt};

const TOWNS: [&str; 20] = [
    "Leeds",
    "York",
    "Hull",
    "Derby",
    "Bath",
    "Ely",
    "Wells",
    "Truro",
    "Exeter",
    "Lincoln",
    "Durham",
    "Carlisle",
    "Preston",
    "Salford",
    "Bangor",
    "Newport",
    "Perth",
    "Stirling",
    "Dundee",
    "Inverness",
];

/// The A3 rally poster with a QR code in a `link` slot, and a table of twenty towns.
fn design_and_table(dir: &Path) {
    let mut project = placard::templates::load("poster-a3").unwrap().unwrap();
    let side = Pt::from(Mm(45.0));
    let mut qr = Element::new(
        Pt::from(Mm(10.0)),
        Pt::from(Mm(10.0)),
        side,
        side,
        ElementKind::Qr(QrElement::new("https://example.org")),
    );
    qr.slot = Some("link".to_owned());
    project.document.pages[0].elements.push(qr);
    project.save(&dir.join("rally.placard")).unwrap();
    let mut csv = String::from("headline,details,link,notes\n");
    for (i, town) in TOWNS.iter().enumerate() {
        csv.push_str(&format!(
            "{town},\"Saturday {} May, 2 pm, {town} Town Hall\",https://example.org/rally/{}, internal\n",
            i + 1,
            town.to_lowercase()
        ));
    }
    std::fs::write(dir.join("towns.csv"), csv).unwrap();
}

#[test]
fn twenty_rows_give_twenty_pages_each_with_its_text_and_qr_code() {
    let dir = work_dir("merge-pdf");
    design_and_table(&dir);
    let output = placard(
        &[
            "merge",
            "rally.placard",
            "--csv",
            "towns.csv",
            "-o",
            "rallies.pdf",
            "--bundled-fonts-only",
        ],
        &dir,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // The column that names no slot is reported, not merged.
    assert!(
        stderr.contains("the column “notes” names no slot"),
        "{stderr}"
    );

    let bytes = std::fs::read(dir.join("rallies.pdf")).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    assert_eq!(doc.get_pages().len(), 20);
    for (i, town) in TOWNS.iter().enumerate() {
        let page = u32::try_from(i + 1).unwrap();
        // lopdf puts a space between separately placed glyphs: compare without spaces.
        let text: String = doc
            .extract_text(&[page])
            .unwrap()
            .split_whitespace()
            .collect();
        assert!(text.contains(&town.to_uppercase()), "page {page}: {text}");
        assert!(
            text.contains(&format!("Saturday{}May", i + 1)),
            "page {page}: {text}"
        );
    }

    // Each page's QR code scans as its own row's link.
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    let pages = hayro::render_pdf(
        &Pdf::new(bytes).unwrap(),
        1.5,
        InterpreterSettings::default(),
        &hayro::RenderSettings::default(),
        None,
    )
    .unwrap();
    assert_eq!(pages.len(), 20);
    for (page, town) in pages.iter().zip(TOWNS) {
        let rgba = image::RgbaImage::from_raw(
            u32::from(page.width()),
            u32::from(page.height()),
            page.data_as_u8_slice().to_vec(),
        )
        .unwrap();
        let grey = image::DynamicImage::ImageRgba8(rgba).to_luma8();
        assert_eq!(
            decode_qr(grey),
            vec![format!("https://example.org/rally/{}", town.to_lowercase())]
        );
    }
}

#[test]
fn a_folder_gets_one_file_per_row_named_from_a_column() {
    let dir = work_dir("merge-folder");
    design_and_table(&dir);
    let output = placard(
        &[
            "merge",
            "rally.placard",
            "--csv",
            "towns.csv",
            "-o",
            "posters/",
            "--name-column",
            "headline",
            "--bundled-fonts-only",
        ],
        &dir,
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.join("posters"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = TOWNS.iter().map(|t| format!("{t}.pdf")).collect();
    expected.sort();
    assert_eq!(names, expected);
    let york = lopdf::Document::load(dir.join("posters/York.pdf")).unwrap();
    let text: String = york
        .extract_text(&[1])
        .unwrap()
        .split_whitespace()
        .collect();
    assert!(text.contains("YORK"), "{text}");
}

#[test]
fn a_bad_table_is_reported_in_one_line() {
    let dir = work_dir("merge-bad");
    design_and_table(&dir);
    std::fs::write(dir.join("wrong.csv"), "town,when\nLeeds,Saturday\n").unwrap();
    let output = placard(
        &[
            "merge",
            "rally.placard",
            "--csv",
            "wrong.csv",
            "-o",
            "x.pdf",
        ],
        &dir,
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("wrong.csv") && stderr.contains("no column names a slot"),
        "{stderr}"
    );
    assert!(!dir.join("x.pdf").exists());
    std::fs::write(dir.join("photo.csv"), "headline,photo\nLeeds,missing.jpg\n").unwrap();
    let output = placard(
        &[
            "merge",
            "rally.placard",
            "--csv",
            "photo.csv",
            "-o",
            "y.pdf",
        ],
        &dir,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("row 1") && stderr.contains("missing.jpg"),
        "{stderr}"
    );
}
