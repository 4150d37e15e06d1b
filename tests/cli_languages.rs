//! The command line in the volunteer's language: its reports, its errors and its help,
//! with the language taken from `LANG` as a desktop session sets it.

#![allow(clippy::unwrap_used)] // test helpers may panic on broken fixtures

mod common;

use std::process::Output;

use common::{assert_ok, placard, placard_in, work_dir, write_photo};

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn check_speaks_the_system_s_language_with_its_digits() {
    let dir = work_dir("cli-check-languages");
    write_photo(&dir, 300, 200);
    assert_ok(&placard(
        &[
            "new",
            "poster-a2",
            "-o",
            "bad.placard",
            "--set",
            "photo=@photo.jpg",
        ],
        &dir,
    ));
    let english = placard(&["check", "bad.placard", "--bundled-fonts-only"], &dir);
    let english = String::from_utf8_lossy(&english.stdout).into_owned();
    // The photo's resolution, the number every language must write its own way.
    let dpi: String = english
        .split(" dpi")
        .next()
        .and_then(|before| before.rsplit(' ').next())
        .unwrap_or_default()
        .to_owned();
    assert!(
        !dpi.is_empty() && dpi.chars().all(|c| c.is_ascii_digit()),
        "{english}"
    );

    let spanish = placard_in(
        "es_ES.UTF-8",
        &["check", "bad.placard", "--bundled-fonts-only"],
        &dir,
    );
    assert!(!spanish.status.success());
    let report = String::from_utf8_lossy(&spanish.stdout);
    assert!(report.contains("bad.placard: "), "{report}");
    assert!(
        report.contains("la foto tiene") && report.contains(&format!("{dpi} ppp")),
        "{report}"
    );
    assert!(report.contains("saldrá borrosa"), "{report}");
    let complaint = String::from_utf8_lossy(&spanish.stderr);
    assert!(complaint.contains("saldría mal impreso"), "{complaint}");

    let persian = placard_in(
        "fa_IR.UTF-8",
        &["check", "bad.placard", "--bundled-fonts-only"],
        &dir,
    );
    assert!(!persian.status.success());
    let report = String::from_utf8_lossy(&persian.stdout);
    let persian_dpi: String = dpi
        .chars()
        .map(|c| char::from_u32('۰' as u32 + c.to_digit(10).unwrap()).unwrap())
        .collect();
    assert!(report.contains("خطا") && report.contains("عکس"), "{report}");
    assert!(
        report.contains(&format!("{persian_dpi} نقطه در اینچ")),
        "{report}"
    );
    assert!(report.contains("تار چاپ می‌شود"), "{report}");
    // Apart from the file's name, no Western digit is left in the Persian words.
    for line in report.lines() {
        let words = line.replace("bad.placard", "");
        assert!(
            !words.chars().any(|c| c.is_ascii_digit()),
            "a Western digit in {line}"
        );
    }
    let complaint = String::from_utf8_lossy(&persian.stderr);
    assert!(complaint.contains("چاپ درست درنیاید"), "{complaint}");
}

#[test]
fn the_help_speaks_the_system_s_language() {
    let dir = work_dir("cli-help-languages");
    let spanish = placard_in("es_ES.UTF-8", &["render", "--help"], &dir);
    assert_ok(&spanish);
    let help = stdout(&spanish);
    assert!(
        help.contains("Uso: placard render [OPCIONES] --output <SALIDA> <ARCHIVO>"),
        "{help}"
    );
    assert!(
        help.contains("Opciones:") && help.contains("Muestra esta ayuda"),
        "{help}"
    );
    assert!(
        help.contains("--dpi <PPP>") && help.contains("puntos por pulgada"),
        "{help}"
    );
    // clap's own English words are all replaced.
    for english in [
        "Usage",
        "Options",
        "OPTIONS",
        "Arguments",
        "Print help",
        "default:",
    ] {
        assert!(!help.contains(english), "“{english}” in:\n{help}");
    }

    let persian = placard_in("fa_IR.UTF-8", &["help", "check"], &dir);
    assert_ok(&persian);
    let help = stdout(&persian);
    assert!(
        help.contains("شیوهٔ استفاده: placard check [گزینه‌ها] <فایل>"),
        "{help}"
    );
    assert!(help.contains("--distance <متر>"), "{help}");
    assert!(help.contains("همین راهنما را نشان می‌دهد"), "{help}");
    assert!(
        !help.contains("Options") && !help.contains("Usage"),
        "{help}"
    );

    // English stays the source: the same help without a language.
    let english = placard(&["render", "--help"], &dir);
    let help = stdout(&english);
    assert!(
        help.contains("Usage: placard render [OPTIONS] --output <OUTPUT> <FILE>"),
        "{help}"
    );
    assert!(help.contains("-h, --help"), "{help}");
}

#[test]
fn the_template_list_speaks_the_system_s_language() {
    let dir = work_dir("cli-templates-languages");
    let persian = placard_in("fa_IR.UTF-8", &["templates"], &dir);
    assert_ok(&persian);
    let list = stdout(&persian);
    assert!(list.contains("پوستر"), "{list}");
    assert!(list.contains("۲۹۷ × ۴۲۰ میلی‌متر"), "{list}");
    assert!(list.contains("headline (نوشته)"), "{list}");
    let german = placard_in("de_DE.UTF-8", &["templates"], &dir);
    let list = stdout(&german);
    assert!(
        list.contains("eine Seite") && list.contains("Platzhalter: "),
        "{list}"
    );
    assert!(
        !list.contains("page(s)") && !list.contains("slots"),
        "{list}"
    );
}

#[test]
fn errors_speak_the_system_s_language() {
    let dir = work_dir("cli-errors-languages");
    let spanish = placard_in(
        "es_ES.UTF-8",
        &["render", "missing.placard", "-o", "out.pdf"],
        &dir,
    );
    assert!(!spanish.status.success());
    let said = String::from_utf8_lossy(&spanish.stderr);
    assert_eq!(said.trim_end().lines().count(), 1, "{said}");
    assert!(
        said.contains("missing.placard: no existe ese archivo o carpeta"),
        "{said}"
    );
    // The system's own English words are not added after them.
    assert!(!said.contains("No such file"), "{said}");

    std::fs::write(dir.join("notes.placard"), b"not a design at all").unwrap();
    let persian = placard_in("fa_IR.UTF-8", &["check", "notes.placard"], &dir);
    assert!(!persian.status.success());
    let said = String::from_utf8_lossy(&persian.stderr);
    assert!(said.contains("notes.placard: فایل پلاکارد نیست"), "{said}");

    let german = placard_in(
        "de_DE.UTF-8",
        &[
            "new",
            "poster-a3",
            "-o",
            "p.placard",
            "--set",
            "slogan=Hallo",
        ],
        &dir,
    );
    let said = String::from_utf8_lossy(&german.stderr);
    assert!(
        said.contains("es gibt keinen Platzhalter „slogan“"),
        "{said}"
    );
}
