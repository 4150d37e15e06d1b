//! The cases of the hostile corpus, by the class of harm they try.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Run;
use super::files::*;

/// What a run must do.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Expect {
    /// Exit 1 with one line naming the file (first) and saying the words (second).
    Refused(&'static str, &'static str),
    /// Exit 0.
    Succeeds,
    /// Exit 0 or 1, as long as every other rule holds.
    Either,
}

/// Files every case may reach: a secret picture in a folder outside the cases'.
pub struct Material {
    /// The red picture no output may show.
    pub secret: PathBuf,
    /// Its folder.
    pub outside: PathBuf,
}

impl Material {
    /// Writes the material under `root`.
    pub fn new(root: &Path) -> Material {
        let outside = root.join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        let secret = outside.join("secret.png");
        std::fs::write(&secret, red_png()).unwrap();
        Material { secret, outside }
    }
}

type Files = Vec<(String, Arc<Vec<u8>>)>;

/// One run of the program and what its folder holds before it.
pub struct Case {
    /// Its name, also its folder's.
    pub name: String,
    /// The program's arguments.
    pub args: Vec<String>,
    /// What it must do.
    pub expect: Expect,
    /// What it may create (a file, or a folder and all in it), relative to its folder.
    pub outputs: Vec<String>,
    /// A further check of what it did.
    pub check: Option<fn(&Path, &Run) -> Vec<String>>,
    files: Files,
    special: Option<fn(&Path, &Material)>,
}

impl Case {
    fn new(name: &str, args: &[&str]) -> Case {
        Case {
            name: name.to_owned(),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            expect: Expect::Succeeds,
            outputs: Vec::new(),
            check: None,
            files: Vec::new(),
            special: None,
        }
    }

    /// A design file `name` holding `document` and `assets`.
    fn design_named(mut self, name: &str, document: &str, assets: &[(&str, Arc<Vec<u8>>)]) -> Case {
        let path =
            std::env::temp_dir().join(format!("corpus-{}-{}", std::process::id(), self.name));
        let assets: Vec<(&str, &[u8])> = assets.iter().map(|(n, d)| (*n, &d[..])).collect();
        placard(&path, document, &assets, &[]);
        let bytes = std::fs::read(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        self.files.push((name.to_owned(), Arc::new(bytes)));
        self
    }

    /// The design `d.placard`.
    fn design(self, document: &str, assets: &[(&str, Arc<Vec<u8>>)]) -> Case {
        self.design_named("d.placard", document, assets)
    }

    fn file(mut self, name: &str, bytes: impl Into<Vec<u8>>) -> Case {
        self.files.push((name.to_owned(), Arc::new(bytes.into())));
        self
    }

    fn special(mut self, special: fn(&Path, &Material)) -> Case {
        self.special = Some(special);
        self
    }

    fn expect(mut self, expect: Expect) -> Case {
        self.expect = expect;
        self
    }

    fn refused(self, file: &'static str, words: &'static str) -> Case {
        self.expect(Expect::Refused(file, words))
    }

    fn output(mut self, output: &str) -> Case {
        self.outputs.push(output.to_owned());
        self
    }

    fn then(mut self, check: fn(&Path, &Run) -> Vec<String>) -> Case {
        self.check = Some(check);
        self
    }

    /// The same files under another name with other arguments.
    fn again(&self, name: &str, args: &[&str]) -> Case {
        Case {
            name: name.to_owned(),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            expect: self.expect,
            outputs: Vec::new(),
            check: None,
            files: self.files.clone(),
            special: self.special,
        }
    }

    /// Writes the case's files into `dir`.
    pub fn set_up(&self, dir: &Path, material: &Material) {
        for (name, bytes) in &self.files {
            std::fs::write(dir.join(name), &**bytes).unwrap();
        }
        if let Some(special) = self.special {
            special(dir, material);
        }
    }
}

fn shared(bytes: Vec<u8>) -> Arc<Vec<u8>> {
    Arc::new(bytes)
}

/// Every case.
pub fn all(material: &Material) -> Vec<Case> {
    let mut cases = Vec::new();
    cases.extend(local_files(material));
    cases.extend(data_loss());
    cases.extend(crashes());
    cases.extend(hangs());
    cases.extend(broken_output());
    cases.extend(memory());
    cases
}

const RENDER_PDF: [&str; 5] = [
    "render",
    "d.placard",
    "-o",
    "out.pdf",
    "--bundled-fonts-only",
];
const CHECK: [&str; 3] = ["check", "d.placard", "--bundled-fonts-only"];

/// Whether a PNG shows any of the secret's red.
fn shows_red(path: &Path) -> bool {
    image::open(path).is_ok_and(|picture| {
        picture
            .to_rgba8()
            .pixels()
            .any(|p| p[0] > 200 && p[1] < 60 && p[2] < 60 && p[3] > 200)
    })
}

fn no_secret_in_outputs(dir: &Path, _: &Run) -> Vec<String> {
    let mut found = Vec::new();
    if shows_red(&dir.join("out.png")) {
        found.push("the secret picture shows in out.png".to_owned());
    }
    if std::fs::read_to_string(dir.join("out.svg")).is_ok_and(|svg| svg.contains("<image")) {
        found.push("out.svg holds a picture".to_owned());
    }
    let pdf = std::fs::read(dir.join("out.pdf")).unwrap_or_default();
    if pdf.windows(6).any(|w| w == b"/Image") {
        found.push("out.pdf holds a picture".to_owned());
    }
    found
}

fn check_says_left_out(_: &Path, run: &Run) -> Vec<String> {
    if run.stdout.contains("outside the file") {
        Vec::new()
    } else {
        vec![format!(
            "check does not say the linked picture is left out: {}",
            run.stdout
        )]
    }
}

/// Files an SVG or a merge table names never reach an output.
fn local_files(material: &Material) -> Vec<Case> {
    let secret = material.secret.display().to_string();
    let mut cases = Vec::new();
    for (name, href) in [
        ("svg-absolute-href", secret.clone()),
        ("svg-file-url", format!("file://{secret}")),
        ("svg-dotdot-href", "../../outside/secret.png".to_owned()),
        ("svg-bare-name", "secret.png".to_owned()),
    ] {
        let base = Case::new(name, &[])
            .design(
                &document(&svg("art.svg")),
                &[("art.svg", shared(svg_linking(&href).into_bytes()))],
            )
            .file("secret.png", red_png());
        for output in ["out.pdf", "out.png", "out.svg"] {
            let case_name = format!("{name}-{}", &output[4..]);
            cases.push(
                base.again(
                    &case_name,
                    &["render", "d.placard", "-o", output, "--bundled-fonts-only"],
                )
                .output(output)
                .then(no_secret_in_outputs),
            );
        }
        cases.push(
            base.again(&format!("{name}-check"), &CHECK)
                .expect(Expect::Either)
                .then(check_says_left_out),
        );
    }
    cases.extend(svg_cases(
        "svg-external-entity",
        svg_external_entity(&material.secret).into_bytes(),
        Expect::Refused("art.svg", "entity"),
    ));
    let design = document(&format!(
        "{},{}",
        text("headline", "x", true),
        image("p.jpg", "")
    ));
    let photo = shared(photo_jpeg());
    let merge = [
        "merge",
        "d.placard",
        "--csv",
        "rows.csv",
        "-o",
        "out.pdf",
        "--bundled-fonts-only",
    ];
    for (name, cell) in [
        ("merge-absolute-cell", secret.as_str()),
        ("merge-dotdot-cell", "../../outside/secret.png"),
        ("merge-link-cell", "link.png"),
    ] {
        cases.push(
            Case::new(name, &merge)
                .design(&design, &[("p.jpg", photo.clone())])
                .file("rows.csv", format!("headline,photo\nLeeds,{cell}\n"))
                .special(|dir, material| {
                    std::os::unix::fs::symlink(&material.secret, dir.join("link.png")).unwrap();
                })
                .refused("row 1", "outside the pictures folder")
                .output("out.pdf"),
        );
    }
    let outside = material.outside.display().to_string();
    let mut chosen = merge.to_vec();
    chosen.extend(["--pictures", &outside]);
    cases.push(
        Case::new("merge-chosen-pictures-folder", &chosen)
            .design(&design, &[("p.jpg", photo)])
            .file("rows.csv", "headline,photo\nLeeds,secret.png\n")
            .output("out.pdf"),
    );
    cases
}

fn photo_unchanged(dir: &Path, _: &Run) -> Vec<String> {
    if std::fs::read(dir.join("photo.jpg")).unwrap() == photo_jpeg() {
        Vec::new()
    } else {
        vec!["the photo changed".to_owned()]
    }
}

/// An output never replaces an input; killed exports leave nothing behind for long.
fn data_loss() -> Vec<Case> {
    let one_text = document(&text("headline", "FREE ASSANGE", true));
    vec![
        Case::new(
            "new-over-its-photo",
            &[
                "new",
                "poster-a2",
                "-o",
                "photo.jpg",
                "--set",
                "photo=@photo.jpg",
            ],
        )
        .file("photo.jpg", photo_jpeg())
        .refused("photo.jpg", "choose another name")
        .then(photo_unchanged),
        Case::new(
            "new-over-a-link-to-its-photo",
            &[
                "new",
                "poster-a2",
                "-o",
                "link.placard",
                "--set",
                "photo=@photo.jpg",
            ],
        )
        .file("photo.jpg", photo_jpeg())
        .special(|dir, _| {
            std::fs::hard_link(dir.join("photo.jpg"), dir.join("link.placard")).unwrap()
        })
        .refused("link.placard", "choose another name")
        .then(photo_unchanged),
        Case::new(
            "render-over-its-design",
            &["render", "d.pdf", "-o", "d.pdf", "--bundled-fonts-only"],
        )
        .design_named("d.pdf", &one_text, &[])
        .refused("d.pdf", "choose another name"),
        Case::new(
            "merge-over-its-table",
            &[
                "merge",
                "d.placard",
                "--csv",
                "rows.pdf",
                "-o",
                "rows.pdf",
                "--bundled-fonts-only",
            ],
        )
        .design(&one_text, &[])
        .file("rows.pdf", "headline\nLeeds\n")
        .refused("rows.pdf", "choose another name"),
        Case::new(
            "kit-over-its-design",
            &["kit", "d.zip", "-o", "d.zip", "--bundled-fonts-only"],
        )
        .design_named("d.zip", &one_text, &[])
        .refused("d.zip", "choose another name"),
        Case::new("stale-temporary", &RENDER_PDF)
            .design(&one_text, &[])
            .file(".out.pdf.4194999.tmp", "half an export")
            .output("out.pdf")
            .then(|dir, _| {
                if dir.join(".out.pdf.4194999.tmp").exists() {
                    vec!["the temporary of a killed export is still there".to_owned()]
                } else {
                    Vec::new()
                }
            }),
        Case::new(
            "kit-into-a-used-folder",
            &["kit", "d.placard", "-o", "kit", "--bundled-fonts-only"],
        )
        .design(&one_text, &[])
        .special(|dir, _| {
            std::fs::create_dir_all(dir.join("kit")).unwrap();
            std::fs::write(dir.join("kit/poster-a3.pdf"), "an earlier kit").unwrap();
        })
        .output("kit")
        .then(|_, run| {
            if run
                .stderr
                .contains("replaced a file that was there: kit/poster-a3.pdf")
            {
                Vec::new()
            } else {
                vec![format!(
                    "the kit did not say it replaced a file: {}",
                    run.stderr
                )]
            }
        }),
    ]
}

/// Crops and face blocks at the edges, shapes with absurd corner counts.
fn crashes() -> Vec<Case> {
    let photo = shared(photo_jpeg());
    let mut cases = Vec::new();
    for (name, extra) in [
        (
            "crop-at-the-edge",
            r#", "crop": {"x": 0.995, "y": 0.999, "width": 0.5, "height": 0.5}"#,
        ),
        (
            "crop-out-of-range",
            r#", "crop": {"x": 5, "y": -3, "width": -1, "height": 40}"#,
        ),
        (
            "face-block-at-the-bottom",
            r#", "blocks": [{"x": 0.2, "y": 0.995, "width": 0.3, "height": 0.3}]"#,
        ),
        (
            "face-block-past-the-corner",
            r#", "blocks": [{"x": 1.5, "y": 0.99, "width": 9, "height": 0.001}]"#,
        ),
    ] {
        let base = Case::new(
            name,
            &["render", "d.placard", "-o", "out.png", "--dpi", "72"],
        )
        .design(
            &document(&image("p.jpg", extra)),
            &[("p.jpg", photo.clone())],
        )
        .output("out.png");
        cases.push(
            base.again(&format!("{name}-pdf"), &RENDER_PDF)
                .output("out.pdf"),
        );
        cases.push(base);
    }
    for (name, shape_json) in [
        (
            "star-of-5-million-points",
            r#"{"kind": "star", "points": 5000000, "inner_ratio": 0.5}"#,
        ),
        (
            "polygon-of-10-million-sides",
            r#"{"kind": "polygon", "sides": 9999999}"#,
        ),
        (
            "star-of-4-billion-points",
            r#"{"kind": "star", "points": 4000000000, "inner_ratio": 0.5}"#,
        ),
    ] {
        let words = if name.contains("billion") {
            "far outside"
        } else {
            "corners"
        };
        cases.push(
            Case::new(name, &RENDER_PDF)
                .design(&document(&shape(shape_json)), &[])
                .refused("d.placard", words)
                .output("out.pdf"),
        );
    }
    cases
}

/// An SVG as a design's artwork, with its check and its arrival through `new`.
fn svg_cases(name: &str, bytes: Vec<u8>, expect: Expect) -> Vec<Case> {
    let bytes = shared(bytes);
    let base = Case::new(name, &RENDER_PDF)
        .design(&document(&svg("art.svg")), &[("art.svg", bytes.clone())])
        .expect(expect)
        .output("out.pdf");
    let check = match expect {
        Expect::Refused(..) => Expect::Refused("d.placard", "problem"),
        _ => Expect::Either,
    };
    let new = Case::new(
        &format!("{name}-new"),
        &[
            "new",
            "poster-a2",
            "-o",
            "out.placard",
            "--set",
            "photo=@art.svg",
        ],
    )
    .file("art.svg", (*bytes).clone())
    .expect(match expect {
        Expect::Refused(_, words) => Expect::Refused("art.svg", words),
        other => other,
    })
    .output("out.placard");
    vec![
        base.again(&format!("{name}-check"), &CHECK).expect(check),
        new,
        base,
    ]
}

/// Heavy filters, long texts, repeated names, files that never end.
fn hangs() -> Vec<Case> {
    let refused = |words| Expect::Refused("art.svg", words);
    let mut cases = Vec::new();
    for (name, bytes, expect) in [
        (
            "svg-huge-morphology",
            svg_morphology(1.0e6).into_bytes(),
            refused("filter"),
        ),
        (
            "svg-thin-morphology",
            svg_morphology(1.0).into_bytes(),
            Expect::Succeeds,
        ),
        (
            "svg-text-55k",
            svg_text(55_000).into_bytes(),
            refused("characters of text"),
        ),
        (
            "svg-text-1m",
            svg_text(1_000_000).into_bytes(),
            refused("characters of text"),
        ),
        (
            "svg-text-15k",
            svg_text(15_000).into_bytes(),
            Expect::Succeeds,
        ),
        (
            "svg-path-2m-points",
            svg_path(2_000_000).into_bytes(),
            refused("path data"),
        ),
        (
            "svg-path-300k-points",
            svg_path(300_000).into_bytes(),
            Expect::Succeeds,
        ),
        (
            "svg-embedded-16000px-png",
            svg_embedding(&huge_png(16_000)).into_bytes(),
            refused("16000 × 16000"),
        ),
        (
            "svg-entity-loop",
            svg_entity_loop().into_bytes(),
            refused("entity"),
        ),
        (
            "svg-many-nodes",
            svg_many_nodes().into_bytes(),
            refused("parts"),
        ),
        (
            "svgz-icon",
            gzip(svg_linking("none.png").as_bytes()),
            Expect::Succeeds,
        ),
        (
            "svgz-bomb",
            gzip(&vec![b' '; 40 * 1024 * 1024]),
            refused("unpacks to more than"),
        ),
    ] {
        cases.extend(svg_cases(name, bytes, expect));
    }
    let mut rows = String::from("headline\n");
    rows.push_str(&"Leeds\n".repeat(2000));
    cases.push(
        Case::new(
            "merge-2000-rows-of-one-name",
            &[
                "merge",
                "d.placard",
                "--csv",
                "rows.csv",
                "-o",
                "out/",
                "--bundled-fonts-only",
            ],
        )
        .design(&document(&text("headline", "x", true)), &[])
        .file("rows.csv", rows)
        .output("out"),
    );
    cases.push(
        Case::new(
            "fifo-as-photo",
            &[
                "new",
                "poster-a2",
                "-o",
                "out.placard",
                "--set",
                "photo=@photo.jpg",
            ],
        )
        .special(|dir, _| {
            let made = std::process::Command::new("mkfifo")
                .arg(dir.join("photo.jpg"))
                .status()
                .unwrap();
            assert!(made.success());
        })
        .refused("photo.jpg", "not an ordinary file"),
    );
    cases.push(
        Case::new(
            "dev-zero-as-photo",
            &[
                "new",
                "poster-a2",
                "-o",
                "out.placard",
                "--set",
                "photo=@/dev/zero",
            ],
        )
        .refused("/dev/zero", "not an ordinary file"),
    );
    cases.push(
        Case::new("folder-as-design", &RENDER_PDF)
            .special(|dir, _| std::fs::create_dir_all(dir.join("d.placard")).unwrap())
            .refused("d.placard", "folder"),
    );
    cases
}

/// Damaged photos, and numbers a PDF cannot hold.
fn broken_output() -> Vec<Case> {
    let fixture = |name: &str| {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
        )
        .unwrap()
    };
    let mut half = photo_jpeg();
    half.truncate(half.len() / 2);
    let mut cases = Vec::new();
    for (name, asset, bytes) in [
        ("truncated-jpeg", "p.jpg", fixture("truncated.jpg")),
        ("corrupt-jpeg", "p.jpg", fixture("corrupt.jpg")),
        ("garbled-jpeg", "p.jpg", garbled_jpeg()),
        ("half-a-jpeg", "p.jpg", half.clone()),
        ("empty-image", "p.png", Vec::new()),
        (
            "not-an-image",
            "p.png",
            b"hello, I am not a picture".to_vec(),
        ),
        ("bad-checksum-png", "p.png", bad_checksum_png()),
        ("png-claiming-100000px", "p.png", huge_png(100_000)),
    ] {
        let base = Case::new(name, &RENDER_PDF)
            .design(&document(&image(asset, "")), &[(asset, shared(bytes))])
            .expect(Expect::Either)
            .output("out.pdf");
        cases.push(
            base.again(
                &format!("{name}-cmyk"),
                &[
                    "render",
                    "d.placard",
                    "-o",
                    "out.pdf",
                    "--preset",
                    "print-shop",
                    "--bundled-fonts-only",
                ],
            )
            .output("out.pdf"),
        );
        cases.push(
            base.again(
                &format!("{name}-png"),
                &["render", "d.placard", "-o", "out.png", "--dpi", "72"],
            )
            .output("out.png"),
        );
        cases.push(base.again(&format!("{name}-check"), &CHECK));
        cases.push(base);
    }
    let none = r#"{"type": "none"}"#;
    let gradient =
        |stops: &str| format!(r#"{{"type": "linear_gradient", "angle": 0, "stops": [{stops}]}}"#);
    for (name, doc, words) in [
        (
            "gradient-stop-at-1e30",
            page_document(
                300.0,
                300.0,
                0.0,
                &gradient(
                    r##"{"offset": 1e30, "color": "#ff0000"}, {"offset": -1e30, "color": "#0000ff"}"##,
                ),
                "",
            ),
            "far outside",
        ),
        (
            "number-1e400",
            document(&shape(r#"{"kind": "rect", "corner_radius": 1e400}"#)),
            "out of range",
        ),
        (
            "zero-page",
            page_document(0.0, 300.0, 0.0, none, ""),
            "pages may be",
        ),
        (
            "negative-page",
            page_document(-300.0, 300.0, 0.0, none, ""),
            "pages may be",
        ),
        (
            "page-of-6-metres",
            page_document(17_000.0, 300.0, 0.0, none, ""),
            "pages may be",
        ),
        (
            "page-of-100-metres",
            page_document(283_465.0, 283_465.0, 0.0, none, ""),
            "pages may be",
        ),
        (
            "bleed-of-a-metre",
            page_document(300.0, 300.0, 2834.0, none, ""),
            "bleed",
        ),
        (
            "text-size-zero",
            document(
                &text("headline", "x", false).replace("\"font_size\": 40", "\"font_size\": 0"),
            ),
            "text size",
        ),
    ] {
        cases.push(
            Case::new(name, &RENDER_PDF)
                .design(&doc, &[])
                .refused("d.placard", words)
                .output("out.pdf"),
        );
    }
    let red = r##"{"type": "solid", "color": "#d7261e"}"##;
    let print_shop = [
        "render",
        "d.placard",
        "-o",
        "out.pdf",
        "--preset",
        "print-shop",
        "--bundled-fonts-only",
    ];
    cases.extend([
        Case::new("gradient-with-odd-stops", &print_shop)
            .design(&page_document(300.0, 300.0, 8.5, &gradient(r##"{"offset": 9e6, "color": "#ff0000"}, {"offset": 0.5, "color": "#00ff00"}, {"offset": 0.5, "color": "#0000ff"}, {"offset": -5, "color": "#000000"}"##).replace("\"angle\": 0", "\"angle\": 1e6"), ""), &[])
            .output("out.pdf"),
        Case::new("gradient-of-one-stop", &RENDER_PDF)
            .design(&page_document(300.0, 300.0, 0.0, &gradient(r##"{"offset": 0.3, "color": "#ff0000"}"##), ""), &[])
            .output("out.pdf"),
        Case::new("gradient-of-no-stops", &RENDER_PDF).design(&page_document(300.0, 300.0, 0.0, &gradient(""), ""), &[]).output("out.pdf"),
        Case::new("page-of-5-metres", &print_shop)
            .design(&page_document(14_173.0, 14_173.0, 70.0, red, &text("headline", "FREE ASSANGE", true)), &[])
            .output("out.pdf"),
        Case::new("page-of-5-metres-tiled", &["render", "d.placard", "-o", "out.pdf", "--tile", "a4", "--bundled-fonts-only"])
            .design(&page_document(14_173.0, 14_173.0, 0.0, red, &text("headline", "FREE ASSANGE", true)), &[])
            .output("out.pdf"),
        Case::new("page-of-5-metres-as-jpeg", &["render", "d.placard", "-o", "out.jpg", "--allow-large"])
            .design(&page_document(14_173.0, 14_173.0, 0.0, red, ""), &[])
            .refused("d.placard", "too large for a JPEG"),
        Case::new("page-of-5-mm", &RENDER_PDF)
            .design(&page_document(14.2, 14.2, 0.0, red, &text("headline", "FREE ASSANGE", true)), &[])
            .output("out.pdf"),
        Case::new("zero-sized-elements", &RENDER_PDF)
            .design(&document(&[shape(r#"{"kind": "star", "points": 5, "inner_ratio": 0.5}"#), svg("a.svg"), image("p.jpg", ""), text("t", "x", true)].join(",").replace("\"width\": ", "\"width\": 0, \"w\": ").replace("\"height\": ", "\"height\": 0, \"h\": ")), &[("a.svg", shared(svg_linking("x").into_bytes())), ("p.jpg", shared(photo_jpeg()))])
            .expect(Expect::Either)
            .output("out.pdf"),
    ]);
    cases
}

/// Long texts, big unused assets, big tables, many elements.
fn memory() -> Vec<Case> {
    let one_text = document(&text("headline", "x", true));
    let ellipses = |count: usize| document(&vec![shape(r#"{"kind": "ellipse"}"#); count].join(","));
    let nested = (0..100).fold(shape(r#"{"kind": "ellipse"}"#), |inner, _| {
        format!(r#"{{"x": 0, "y": 0, "width": 10, "height": 10, "type": "group", "children": [{inner}]}}"#)
    });
    vec![
        Case::new("text-of-60-mb", &RENDER_PDF)
            .design(
                &document(&text("headline", &"a".repeat(60 << 20), false)),
                &[],
            )
            .refused("d.placard", "document.json is"),
        Case::new("auto-fit-text-of-1-mb", &RENDER_PDF)
            .design(
                &document(&text("headline", &"solidarity ".repeat(100_000), true)),
                &[],
            )
            .refused("d.placard", "characters"),
        Case::new("unused-asset-of-400-mb", &RENDER_PDF)
            .design(&one_text, &[("junk.bin", shared(vec![7_u8; 400 << 20]))])
            .output("out.pdf"),
        Case::new("400k-elements", &RENDER_PDF)
            .design(&ellipses(400_000), &[])
            .refused("d.placard", "document.json is"),
        Case::new("25k-elements", &RENDER_PDF)
            .design(&ellipses(25_000), &[])
            .refused("d.placard", "elements"),
        Case::new("groups-100-deep", &RENDER_PDF)
            .design(&document(&nested), &[])
            .refused("d.placard", ""),
        Case::new("two-documents", &CHECK)
            .design(&document(""), &[])
            .special(|dir, _| {
                // The zip writer refuses a second entry of one name: write it under a
                // name of the same length, then rename it in place.
                let path = dir.join("d.placard");
                let mut bytes = std::fs::read(&path).unwrap();
                let second =
                    std::env::temp_dir().join(format!("corpus-two-{}", std::process::id()));
                placard(
                    &second,
                    &document(""),
                    &[],
                    &[("documentXjson", document("").as_bytes())],
                );
                bytes = std::fs::read(&second).unwrap_or(bytes);
                let _ = std::fs::remove_file(&second);
                for at in 0..bytes.len() - 13 {
                    if &bytes[at..at + 13] == b"documentXjson" {
                        bytes[at + 8] = b'.';
                    }
                }
                std::fs::write(&path, bytes).unwrap();
            })
            .refused("d.placard", "same name"),
        Case::new(
            "csv-cell-of-1-mb",
            &["merge", "d.placard", "--csv", "rows.csv", "-o", "out.pdf"],
        )
        .design(&one_text, &[])
        .file(
            "rows.csv",
            format!("headline\n{}\n", "solidarity ".repeat(100_000)),
        )
        .refused("row 1", "characters"),
        Case::new(
            "merge-of-100k-rows",
            &["merge", "d.placard", "--csv", "rows.csv", "-o", "out.pdf"],
        )
        .design(&one_text, &[])
        .file(
            "rows.csv",
            format!("headline\n{}", "Leeds\n".repeat(100_000)),
        )
        .refused("rows.csv", "rows"),
        Case::new(
            "set-text-of-100k",
            &[
                "new",
                "poster-a2",
                "-o",
                "out.placard",
                "--set",
                &format!("headline={}", "a".repeat(100_000)),
            ],
        )
        .refused("headline", "characters"),
    ]
}
