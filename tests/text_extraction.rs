//! Text copied or searched in an exported PDF comes back as typed: read with the tools
//! people use (poppler's pdftotext, MuPDF's mutool), for Persian, Arabic, mixed
//! right-to-left lines, ligatures, capitals and justified paragraphs; and the SVG
//! export's labels give the same text.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

use std::path::PathBuf;
use std::process::Command;

use placard::export;
use placard::layout::Resources;
use placard::model::{Document, Element, ElementKind, PaperSize, Project, TextAlign, TextElement};
use placard::render::pdf::PdfOptions;
use placard::render::svg::SvgOptions;
use placard::units::Pt;

/// A page with one text element, `text` in `family`, in a box wide enough for one line
/// unless the text is long.
fn design(text: &str, family: &str, align: TextAlign, caps: bool) -> Project {
    let mut element = TextElement::new(text, family, Pt(28.0));
    element.align = align;
    element.all_caps = caps;
    element.auto_fit = false;
    let mut document = Document::new("Text", PaperSize::Metric(297.0, 210.0));
    document.pages[0].elements.push(Element::new(
        Pt(40.0),
        Pt(40.0),
        Pt(760.0),
        Pt(500.0),
        ElementKind::Text(element),
    ));
    Project::new(document)
}

fn pdf_file(project: &Project, name: &str) -> PathBuf {
    let resources = Resources::bundled();
    let options = PdfOptions {
        timestamp: Some(1_700_000_000),
        ..PdfOptions::default()
    };
    let (pdf, _) = export::pdf_bytes(project, &resources, &options).unwrap();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("text-extraction");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    path
}

/// The text a tool reads from the PDF, lines joined by single spaces. poppler wraps
/// right-to-left lines in bidi embedding marks (U+202A–U+202C) of its own; they are
/// not part of the text.
fn read_with(tool: &str, path: &PathBuf) -> Option<String> {
    let output = match tool {
        "pdftotext" => Command::new("pdftotext").arg(path).arg("-").output(),
        _ => Command::new("mutool")
            .args(["draw", "-q", "-F", "txt"])
            .arg(path)
            .output(),
    };
    let Ok(output) = output else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install poppler-utils and mupdf-tools"
        );
        return None;
    };
    assert!(
        output.status.success(),
        "{tool} failed on {}",
        path.display()
    );
    let text: String = String::from_utf8_lossy(&output.stdout)
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202C}').contains(c))
        .collect();
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The SVG export's labels in document order, joined by nothing (a run ends with its
/// space where the line has one).
fn svg_labels(project: &Project) -> String {
    let resources = Resources::bundled();
    let (scene, _) = export::page_scene(project, 0, &resources).unwrap();
    let svg = placard::render::svg::render(
        &scene,
        &SvgOptions {
            include_bleed: false,
            background: true,
        },
    )
    .unwrap();
    let mut text = String::new();
    for part in svg.split("aria-label=\"").skip(1) {
        let label = part.split('"').next().unwrap_or_default();
        text.push_str(&label.replace("&quot;", "\"").replace("&amp;", "&"));
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks that mutool, poppler and the SVG labels give `expected` for the design.
fn assert_reads_back(name: &str, project: &Project, expected: &str) {
    let path = pdf_file(project, name);
    let expected = normalised(expected);
    for tool in ["mutool", "pdftotext"] {
        if let Some(read) = read_with(tool, &path) {
            assert_eq!(read, expected, "{name}: {tool} on {}", path.display());
        }
    }
    assert_eq!(svg_labels(project), expected, "{name}: SVG labels");
}

#[test]
fn arabic_with_lam_alef_reads_back_as_typed() {
    // (With an Arabic comma, poppler's own reordering moves the comma across the space
    // after it: "للحرب، لا" reads "للحرب ،لا"; MuPDF reads it as typed.)
    let text = "لا للحرب لا للاحتلال";
    let project = design(text, "Noto Sans Arabic", TextAlign::Center, false);
    assert_reads_back("lam-alef", &project, text);
}

#[test]
fn persian_reads_back_as_typed_with_shared_base_glyphs() {
    // ز and ر, ب and ی share base glyphs in the bundled Arabic face.
    let text = "آزادی برای آسانژ";
    let project = design(text, "Noto Sans Arabic", TextAlign::Center, false);
    assert_reads_back("persian", &project, text);
}

#[test]
fn persian_with_a_zero_width_non_joiner_keeps_it_where_it_was_typed() {
    for text in ["روزنامه‌نگاری جرم نیست", "می‌خواهیم خانه‌ها را بسازیم"]
    {
        let project = design(text, "Noto Sans Arabic", TextAlign::Center, false);
        assert_reads_back("zwnj", &project, text);
    }
    // Left to right too.
    let text = "Auf\u{200C}lage";
    let project = design(text, "Inter", TextAlign::Center, false);
    assert_reads_back("zwnj-latin", &project, text);
}

#[test]
fn latin_ligatures_capitals_and_justified_lines_read_back_as_shown() {
    let ligatures = "office staff efficient";
    let project = design(ligatures, "Noto Serif", TextAlign::Left, false);
    assert_reads_back("ligatures", &project, ligatures);

    // Capitals are how the line is shown; searching is by the letters shown.
    let project = design("Free Assange now", "Anton", TextAlign::Center, true);
    assert_reads_back("capitals", &project, "FREE ASSANGE NOW");

    let paragraph = "Journalism is not a crime. When publishers are jailed for telling the \
        truth about wars, every reader loses the right to know what is done in their name.";
    let mut project = design(paragraph, "Inter", TextAlign::Justify, false);
    if let ElementKind::Text(text) = &mut project.document.pages[0].elements[0].kind {
        text.font_size = Pt(20.0);
    }
    project.document.pages[0].elements[0].width = Pt(300.0);
    assert_reads_back("justified", &project, paragraph);
}

#[test]
fn a_right_to_left_line_with_a_latin_hashtag_and_digits_reads_back_in_the_order_typed() {
    let text = "آزادی برای آسانژ #FreeAssange از ۲۰۱۹";
    let project = design(text, "Noto Sans Arabic", TextAlign::Center, false);
    assert_eq!(svg_labels(&project), text, "SVG labels");
    let path = pdf_file(&project, "mixed");
    // Every word comes back, in the order typed. Where the direction changes, the
    // readers' own rules still differ from the typed text: MuPDF starts a new line
    // ("# FreeAssange"), poppler puts the sign on the far side ("FreeAssange#").
    let words = |t: &str| normalised(&t.replace('#', " "));
    for tool in ["mutool", "pdftotext"] {
        if let Some(read) = read_with(tool, &path) {
            assert_eq!(words(&read), words(text), "{tool} on {}", path.display());
        }
    }
}
