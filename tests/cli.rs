//! The command-line contract, run as a volunteer or a print shop would run it.

#![allow(clippy::unwrap_used)] // test helpers may panic on broken fixtures

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{assert_ok, placard, work_dir, write_photo};

/// Fails with one line on stderr that mentions `needle`.
fn assert_fails_with(output: &Output, needle: &str) {
    assert!(!output.status.success(), "unexpectedly succeeded");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "expected one line, got: {stderr}"
    );
    assert!(stderr.contains(needle), "'{needle}' not in: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn number(object: &lopdf::Object) -> f32 {
    match object {
        lopdf::Object::Integer(i) => *i as f32,
        lopdf::Object::Real(r) => *r,
        other => panic!("not a number: {other:?}"),
    }
}

fn pdf_box(page: &lopdf::Dictionary, name: &[u8]) -> [f32; 4] {
    let values = page.get(name).unwrap().as_array().unwrap();
    [
        number(&values[0]),
        number(&values[1]),
        number(&values[2]),
        number(&values[3]),
    ]
}

#[test]
fn poster_from_template_to_print_pdf() {
    let dir = work_dir("cli-pdf");
    write_photo(&dir, 300, 200);
    assert_ok(&placard(
        &[
            "new",
            "poster-a2",
            "-o",
            "x.placard",
            "--set",
            "headline=FREE ASSANGE",
            "--set",
            "photo=@photo.jpg",
        ],
        &dir,
    ));
    assert_ok(&placard(
        &[
            "render",
            "x.placard",
            "-o",
            "x.pdf",
            "--bleed",
            "--marks",
            "--bundled-fonts-only",
        ],
        &dir,
    ));

    let pdf = lopdf::Document::load(dir.join("x.pdf")).unwrap();
    let pages = pdf.get_pages();
    assert_eq!(pages.len(), 1);
    let page = pdf.get_dictionary(pages[&1]).unwrap();
    let trim = pdf_box(page, b"TrimBox");
    let bleed = pdf_box(page, b"BleedBox");
    let media = pdf_box(page, b"MediaBox");
    let mm = |pt: f32| pt / 72.0 * 25.4;
    assert!(
        (mm(trim[2] - trim[0]) - 420.0).abs() < 0.1,
        "trim width {trim:?}"
    );
    assert!(
        (mm(trim[3] - trim[1]) - 594.0).abs() < 0.1,
        "trim height {trim:?}"
    );
    for side in 0..2 {
        assert!(
            (mm(trim[side] - bleed[side]) - 3.0).abs() < 0.01,
            "bleed {bleed:?} vs trim {trim:?}"
        );
        assert!((mm(bleed[side + 2] - trim[side + 2]) - 3.0).abs() < 0.01);
        // Crop marks sit outside the bleed, so the media box is larger still.
        assert!(media[side] < bleed[side] && media[side + 2] > bleed[side + 2]);
    }

    let mut fonts = 0;
    let mut images = Vec::new();
    for object in pdf.objects.values() {
        let Ok(dict) = object
            .as_dict()
            .or_else(|_| object.as_stream().map(|s| &s.dict))
        else {
            continue;
        };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor".as_slice()) {
            let name = dict.get(b"FontName").unwrap().as_name().unwrap();
            assert_eq!(
                name.get(6),
                Some(&b'+'),
                "font {} is not subset",
                String::from_utf8_lossy(name)
            );
            assert!(
                dict.has(b"FontFile2") || dict.has(b"FontFile3"),
                "font not embedded"
            );
            fonts += 1;
        }
        if dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image".as_slice()) {
            images.push((
                dict.get(b"Width").unwrap().as_i64().unwrap(),
                dict.get(b"Height").unwrap().as_i64().unwrap(),
                dict.get(b"Filter").and_then(|f| f.as_name()).ok() == Some(b"DCTDecode".as_slice()),
            ));
        }
    }
    assert!(
        fonts >= 2,
        "expected the headline and body fonts, found {fonts}"
    );
    assert_eq!(
        images,
        vec![(300, 200, true)],
        "the photo at its own size, passed through as JPEG"
    );
    let text = pdf.extract_text(&[1]).unwrap_or_default();
    assert!(
        text.replace(['\n', ' '], "").contains("FREEASSANGE"),
        "text: {text}"
    );
}

#[test]
fn poster_png_at_300_dpi_records_its_resolution() {
    let dir = work_dir("cli-png");
    assert_ok(&placard(
        &[
            "new",
            "poster-a2",
            "-o",
            "x.placard",
            "--set",
            "headline=General Strike Now!",
        ],
        &dir,
    ));
    assert_ok(&placard(
        &[
            "render",
            "x.placard",
            "-o",
            "x.png",
            "--dpi",
            "300",
            "--bundled-fonts-only",
        ],
        &dir,
    ));
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(dir.join("x.png")).unwrap(),
    ));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    assert_eq!((info.width, info.height), (4961, 7016));
    let dims = info.pixel_dims.unwrap();
    assert_eq!(dims.unit, png::Unit::Meter);
    assert_eq!(dims.xppu, 11811); // 300 dpi
    assert_eq!(dims.yppu, 11811);
}

#[test]
fn transparent_png_and_svg_export() {
    let dir = work_dir("cli-svg");
    assert_ok(&placard(
        &[
            "new",
            "sticker-round-75mm",
            "-o",
            "s.placard",
            "--set",
            "headline=NO WAR",
        ],
        &dir,
    ));
    assert_ok(&placard(
        &[
            "render",
            "s.placard",
            "-o",
            "s.png",
            "--dpi",
            "100",
            "--transparent",
            "--bundled-fonts-only",
        ],
        &dir,
    ));
    let image = image::open(dir.join("s.png")).unwrap().to_rgba8();
    assert_eq!(image.get_pixel(0, 0)[3], 0, "the background is left out");
    assert_ok(&placard(
        &["render", "s.placard", "-o", "s.svg", "--bundled-fonts-only"],
        &dir,
    ));
    let svg = std::fs::read_to_string(dir.join("s.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("aria-label=\"NO WAR\""));
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
    // 75 mm = 212.6 pt, which SVG readers show as 283.5 CSS pixels.
    assert!(
        (tree.size().width() - 212.6 * 96.0 / 72.0).abs() < 0.2,
        "{:?}",
        tree.size()
    );
}

#[test]
fn double_sided_placard_gives_two_pdf_pages() {
    let dir = work_dir("cli-pages");
    assert_ok(&placard(
        &["new", "placard-22x28in", "-o", "p.placard"],
        &dir,
    ));
    assert_ok(&placard(
        &["render", "p.placard", "-o", "p.pdf", "--bundled-fonts-only"],
        &dir,
    ));
    let pdf = lopdf::Document::load(dir.join("p.pdf")).unwrap();
    assert_eq!(pdf.get_pages().len(), 2);
    assert_ok(&placard(
        &[
            "render",
            "p.placard",
            "-o",
            "back.png",
            "--page",
            "2",
            "--dpi",
            "10",
            "--bundled-fonts-only",
        ],
        &dir,
    ));
    assert_fails_with(
        &placard(&["render", "p.placard", "-o", "x.png", "--page", "3"], &dir),
        "no page 3",
    );
}

#[test]
fn a_photo_cut_short_is_placed_with_a_warning_naming_it() {
    let dir = work_dir("cut-short");
    write_photo(&dir, 800, 600);
    let bytes = std::fs::read(dir.join("photo.jpg")).unwrap();
    std::fs::write(dir.join("cut-short.jpg"), &bytes[..bytes.len() * 2 / 3]).unwrap();
    let out = placard(
        &[
            "new",
            "poster-a2",
            "-o",
            "poster.placard",
            "--set",
            "photo=@cut-short.jpg",
        ],
        &dir,
    );
    assert_ok(&out);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.starts_with("warning: cut-short.jpg: the photo “cut-short.jpg” is cut short"),
        "{said}"
    );
    // A whole photo goes in without a word.
    let out = placard(
        &[
            "new",
            "poster-a2",
            "-o",
            "whole.placard",
            "--set",
            "photo=@photo.jpg",
        ],
        &dir,
    );
    assert_ok(&out);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn templates_are_listed_as_json() {
    let dir = work_dir("cli-templates");
    let output = placard(&["templates", "--json"], &dir);
    assert_ok(&output);
    let list: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    for id in ["poster-a2", "placard-22x28in", "sticker-round-75mm"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
}

#[test]
fn bad_input_gives_one_line_naming_the_problem() {
    let dir = work_dir("cli-errors");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::copy(fixtures.join("corrupt.jpg"), dir.join("corrupt.jpg")).unwrap();
    std::fs::write(dir.join("junk.placard"), b"PK\x03\x04 definitely not a zip").unwrap();

    assert_fails_with(
        &placard(&["render", "missing.placard", "-o", "x.pdf"], &dir),
        "missing.placard",
    );
    assert_fails_with(
        &placard(&["render", "junk.placard", "-o", "x.pdf"], &dir),
        "junk.placard",
    );
    assert_fails_with(
        &placard(&["new", "poster-a9", "-o", "x.placard"], &dir),
        "unknown template “poster-a9”",
    );
    assert_fails_with(
        &placard(
            &["new", "poster-a2", "-o", "x.placard", "--set", "slogan=Hi"],
            &dir,
        ),
        "there is no slot “slogan”",
    );
    assert_fails_with(
        &placard(
            &[
                "new",
                "poster-a2",
                "-o",
                "x.placard",
                "--set",
                "photo=@nowhere.jpg",
            ],
            &dir,
        ),
        "nowhere.jpg",
    );
    assert_fails_with(
        &placard(
            &[
                "new",
                "poster-a2",
                "-o",
                "x.placard",
                "--set",
                "photo=@corrupt.jpg",
            ],
            &dir,
        ),
        "corrupt.jpg",
    );
    assert_fails_with(
        &placard(
            &[
                "new",
                "poster-a2",
                "-o",
                "x.placard",
                "--set",
                "photo=crowd",
            ],
            &dir,
        ),
        "takes an image",
    );
    assert_ok(&placard(&["new", "poster-a2", "-o", "x.placard"], &dir));
    assert_fails_with(
        &placard(&["render", "x.placard", "-o", "x.docx"], &dir),
        "x.docx",
    );
    assert!(
        !dir.join("x.pdf").exists(),
        "no output is left behind after a failure"
    );
}

#[test]
fn every_template_takes_long_slogans_in_every_slot() {
    let dir = work_dir("cli-every-slot");
    write_photo(&dir, 400, 300);
    let output = placard(&["templates", "--json"], &dir);
    assert_ok(&output);
    let list: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let resources = placard::layout::Resources::bundled();
    for template in list.as_array().unwrap() {
        let id = template["id"].as_str().unwrap();
        let mut args = vec![
            "new".to_owned(),
            id.to_owned(),
            "-o".to_owned(),
            format!("{id}.placard"),
        ];
        for slot in template["slots"].as_array().unwrap() {
            let name = slot["name"].as_str().unwrap();
            let value = if slot["takes"] == "image" {
                "@photo.jpg".to_owned()
            } else {
                "Journalism is not a crime: free Julian Assange, no extradition, now!".to_owned()
            };
            args.extend(["--set".to_owned(), format!("{name}={value}")]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_ok(&placard(&args, &dir));
        let project = placard::model::Project::load(&dir.join(format!("{id}.placard"))).unwrap();
        for page in &project.document.pages {
            for element in &page.elements {
                let placard::model::ElementKind::Text(text) = &element.kind else {
                    continue;
                };
                if element.slot.is_none() {
                    continue;
                }
                let layout = placard::layout::layout_text(
                    &resources.fonts,
                    text,
                    element.width.0,
                    element.height.0,
                );
                assert!(
                    layout.fits,
                    "{id}: slot {:?} overflows at {} pt",
                    element.slot, layout.font_size
                );
            }
        }
    }
}

#[test]
fn a_poster_is_tiled_onto_home_printer_sheets() {
    let dir = work_dir("cli-tiles");
    assert_ok(&placard(&["new", "poster-a1", "-o", "a1.placard"], &dir));
    assert_ok(&placard(
        &["render", "a1.placard", "-o", "tiles.pdf", "--tile", "a4"],
        &dir,
    ));
    let pdf = lopdf::Document::load(dir.join("tiles.pdf")).unwrap();
    // An assembly map and 3 × 5 landscape A4 sheets.
    assert_eq!(pdf.get_pages().len(), 16);
    assert_ok(&placard(
        &[
            "render",
            "a1.placard",
            "-o",
            "letter.pdf",
            "--tile",
            "letter",
            "--overlap",
            "15",
        ],
        &dir,
    ));
    assert_fails_with(
        &placard(
            &[
                "render",
                "a1.placard",
                "-o",
                "x.pdf",
                "--tile",
                "a4",
                "--overlap",
                "90",
            ],
            &dir,
        ),
        "--overlap 90",
    );
}

#[test]
fn check_reports_what_would_print_wrong() {
    let dir = work_dir("cli-check");
    write_photo(&dir, 300, 200);
    assert_ok(&placard(&["new", "poster-a2", "-o", "fine.placard"], &dir));
    let fine = placard(&["check", "fine.placard", "--bundled-fonts-only"], &dir);
    assert_ok(&fine);
    assert!(String::from_utf8_lossy(&fine.stdout).contains("ready to print"));
    assert_ok(&placard(
        &["new", "tshirt-front-12x16in", "-o", "shirt.placard"],
        &dir,
    ));
    let inks = placard(
        &["check", "shirt.placard", "--inks", "--bundled-fonts-only"],
        &dir,
    );
    assert_ok(&inks);
    let inks = String::from_utf8_lossy(&inks.stdout);
    assert!(
        inks.contains("page 1: 3 inks for screen printing"),
        "{inks}"
    );

    // A tiny photo on an A2 poster, and a character no bundled font has.
    assert_ok(&placard(
        &[
            "new",
            "poster-a2",
            "-o",
            "bad.placard",
            "--set",
            "photo=@photo.jpg",
            "--set",
            "headline=FREE \u{13000}",
        ],
        &dir,
    ));
    let bad = placard(&["check", "bad.placard", "--bundled-fonts-only"], &dir);
    assert!(!bad.status.success());
    let report = String::from_utf8_lossy(&bad.stdout);
    assert!(
        report.contains("“Photo”") && report.contains("blurry"),
        "{report}"
    );
    assert!(
        report.contains("“Headline”") && report.contains("no available font"),
        "{report}"
    );
    assert!(String::from_utf8_lossy(&bad.stderr).contains("bad.placard"));

    let json = placard(
        &["check", "bad.placard", "--json", "--bundled-fonts-only"],
        &dir,
    );
    let findings: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let findings = findings.as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["severity"] == "error" && f["subject"] == "Photo")
    );
}

/// Runs the command line as a user the folder's permissions apply to: as it is, or as
/// `nobody` when the tests run with privileges that ignore permissions (root in CI).
fn placard_unprivileged(args: &[&str], dir: &Path, privileged: bool) -> Output {
    let mut command = if privileged {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(env!("CARGO_BIN_EXE_placard"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_placard"))
    };
    command
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("setpriv (util-linux) runs the test as nobody")
}

#[test]
fn saving_into_a_read_only_folder_fails_cleanly_and_keeps_the_old_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = work_dir("read-only");
    // A reachable, readable folder for any user.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_ok(&placard(
        &["new", "sticker-round-75mm", "-o", "sticker.placard"],
        &dir,
    ));
    assert_ok(&placard(
        &[
            "render",
            "sticker.placard",
            "-o",
            "sticker.pdf",
            "--bundled-fonts-only",
        ],
        &dir,
    ));
    for name in ["sticker.placard", "sticker.pdf"] {
        std::fs::set_permissions(dir.join(name), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let design = std::fs::read(dir.join("sticker.placard")).unwrap();
    let pdf = std::fs::read(dir.join("sticker.pdf")).unwrap();

    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores folder permissions: then the command runs as nobody.
    let probe = dir.join("probe");
    let privileged = std::fs::write(&probe, b"x").is_ok();
    let _ = std::fs::remove_file(&probe);

    let save = placard_unprivileged(
        &["new", "poster-a3", "-o", "sticker.placard"],
        &dir,
        privileged,
    );
    let export = placard_unprivileged(
        &[
            "render",
            "sticker.placard",
            "-o",
            "sticker.pdf",
            "--bundled-fonts-only",
        ],
        &dir,
        privileged,
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();

    assert_fails_with(&save, "sticker.placard");
    assert_fails_with(&export, "sticker.pdf");
    for output in [&save, &export] {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.matches("permission").count(), 1, "{stderr}");
    }
    // The files before are byte for byte as they were, and nothing half-written is left.
    assert_eq!(std::fs::read(dir.join("sticker.placard")).unwrap(), design);
    assert_eq!(std::fs::read(dir.join("sticker.pdf")).unwrap(), pdf);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["sticker.pdf", "sticker.placard"]);
}

#[test]
fn a_very_large_png_needs_to_be_asked_for() {
    let dir = work_dir("large-png");
    assert_ok(&placard(
        &["new", "poster-a2", "-o", "poster.placard"],
        &dir,
    ));
    let output = placard(
        &[
            "render",
            "poster.placard",
            "-o",
            "huge.png",
            "--dpi",
            "1200",
            "--bundled-fonts-only",
        ],
        &dir,
    );
    assert_fails_with(&output, "19843 × 28063 pixels");
    assert_fails_with(&output, "--allow-large");
    assert!(!dir.join("huge.png").exists());
}

#[test]
fn output_read_only_in_part_ends_quietly() {
    // `placard templates | head -1`: the reader goes away after the first line.
    let mut child = Command::new(env!("CARGO_BIN_EXE_placard"))
        .arg("templates")
        .env("LC_ALL", "C.UTF-8")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{:?} {stderr}", output.status);
}

#[test]
fn the_thumbnailer_draws_the_first_page_its_longer_side_as_asked() {
    let dir = work_dir("cli-thumbnail");
    assert_ok(&placard(
        &["new", "social-share-1200x630", "-o", "share.placard"],
        &dir,
    ));
    assert_ok(&placard(
        &["thumbnail", "share.placard", "share-thumb.png", "256"],
        &dir,
    ));
    let thumb = image::open(dir.join("share-thumb.png")).unwrap().to_rgb8();
    // 1200 × 630 drawn 256 pixels wide.
    assert_eq!(thumb.width(), 256);
    assert!(
        (thumb.height() as i32 - 134).abs() <= 1,
        "{}",
        thumb.height()
    );
    let first = *thumb.get_pixel(0, 0);
    assert!(
        thumb.pixels().filter(|p| **p != first).count() > 1000,
        "the design is drawn"
    );
    // Sizes outside what file managers ask for, a file that is no design, and an output
    // that would replace the design are refused with one line.
    assert_fails_with(
        &placard(&["thumbnail", "share.placard", "t.png", "5000"], &dir),
        "5000 pixels",
    );
    std::fs::write(dir.join("not.placard"), b"hello").unwrap();
    assert_fails_with(
        &placard(&["thumbnail", "not.placard", "t.png", "128"], &dir),
        "not.placard",
    );
    assert!(!dir.join("t.png").exists());
    assert_fails_with(
        &placard(
            &["thumbnail", "share.placard", "share.placard", "128"],
            &dir,
        ),
        "share.placard",
    );
    assert!(
        placard_opens(&dir.join("share.placard")),
        "the design is left as it was"
    );
}

/// Whether a design still opens.
fn placard_opens(path: &Path) -> bool {
    placard::model::Project::load(path).is_ok()
}

#[test]
fn the_version_names_the_commit_it_was_built_from() {
    let dir = work_dir("cli-version");
    let output = placard(&["--version"], &dir);
    assert_ok(&output);
    let said = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let prefix = format!("placard {} (", env!("CARGO_PKG_VERSION"));
    assert!(said.starts_with(&prefix) && said.ends_with(')'), "{said}");
    // In a checkout, the commit git names.
    if let Ok(git) = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        && git.status.success()
    {
        let commit = String::from_utf8_lossy(&git.stdout).trim().to_owned();
        assert_eq!(said, format!("{prefix}{commit})"));
    }
}
