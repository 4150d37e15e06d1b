//! The system clipboard, read by Placard itself when the volunteer pastes. The window
//! toolkit reads only text and PNG pictures, and gives up on big pictures without a
//! word; here the clipboard is asked what it holds and the best of it is taken: files
//! copied in a file manager, then a picture (SVG, PNG, JPEG, WebP, GIF), then text. A
//! paste that brings nothing usable says what the clipboard held.
//!
//! The keys are taken from the window's raw input ([`clipboard_key`]), so that a paste
//! the toolkit would drop still reaches the editor; text fields get their text as
//! before.

#[cfg(all(unix, not(target_os = "macos")))]
mod x11;

use std::path::PathBuf;

/// Largest clipboard content read (a picture as big as an image file may be).
pub const MAX_CLIPBOARD_BYTES: usize = crate::layout::MAX_IMAGE_FILE_BYTES as usize;

/// What a paste brought.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pasted {
    /// Files copied in a file manager, each one on this machine.
    Files(Vec<PathBuf>),
    /// A picture's encoded bytes, with a file name that says its format.
    Picture {
        /// A name for the picture in the design ("pasted.jpg").
        name: String,
        /// The picture file's bytes as the clipboard gave them.
        bytes: Vec<u8>,
    },
    /// Text.
    Text(String),
    /// Nothing Placard can use: the formats the clipboard offered (none when empty).
    Nothing {
        /// The clipboard's own names of what it holds.
        offered: Vec<String>,
    },
}

/// What a paste is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// Text for the text field being typed in.
    Text,
    /// Whatever the clipboard holds, for the page.
    Anything,
}

/// A clipboard key pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClipboardKey {
    /// Ctrl+X (Cmd+X), or the keyboard's Cut key.
    Cut,
    /// Ctrl+C (Cmd+C), or the keyboard's Copy key.
    Copy,
    /// Ctrl+V (Cmd+V), or the keyboard's Paste key.
    Paste,
}

/// The clipboard key an input event presses, if it is one. The key is the one printed
/// for the keyboard's layout or, on layouts without Latin letters (Persian, Russian),
/// the one in the place of the Latin letter.
pub fn clipboard_key(event: &egui::Event) -> Option<ClipboardKey> {
    let egui::Event::Key {
        key,
        pressed: true,
        modifiers,
        ..
    } = event
    else {
        return None;
    };
    let command = modifiers.command_only();
    let windows = cfg!(target_os = "windows");
    match key {
        egui::Key::Cut => Some(ClipboardKey::Cut),
        egui::Key::Copy => Some(ClipboardKey::Copy),
        egui::Key::Paste => Some(ClipboardKey::Paste),
        egui::Key::X if command => Some(ClipboardKey::Cut),
        egui::Key::C if command => Some(ClipboardKey::Copy),
        egui::Key::V if command => Some(ClipboardKey::Paste),
        egui::Key::Delete if windows && modifiers.shift => Some(ClipboardKey::Cut),
        egui::Key::Insert if windows && modifiers.ctrl => Some(ClipboardKey::Copy),
        egui::Key::Insert if windows && modifiers.shift => Some(ClipboardKey::Paste),
        _ => None,
    }
}

/// A clipboard to read: the system's, or a stand-in in tests.
pub trait ClipboardSource {
    /// The formats the clipboard offers now (MIME types, and X11's own names).
    fn offered(&mut self) -> Result<Vec<String>, String>;
    /// The clipboard's content in one of the offered formats, at most `limit` bytes.
    fn fetch(&mut self, format: &str, limit: usize) -> Result<Vec<u8>, String>;
}

/// Formats naming copied files.
const FILE_FORMATS: [&str; 2] = ["text/uri-list", "x-special/gnome-copied-files"];
/// Picture formats Placard reads, best first, with the extension each file gets.
const PICTURE_FORMATS: [(&str, &str); 6] = [
    ("image/svg+xml", "svg"),
    ("image/png", "png"),
    ("image/jpeg", "jpg"),
    ("image/jpg", "jpg"),
    ("image/webp", "webp"),
    ("image/gif", "gif"),
];
/// Text formats, best first.
const TEXT_FORMATS: [&str; 6] = [
    "UTF8_STRING",
    "text/plain;charset=utf-8",
    "text/plain;charset=UTF-8",
    "text/plain",
    "STRING",
    "TEXT",
];

/// Reads the clipboard for a paste: the first of files, picture and text (only text
/// when `want` is text) that the clipboard offers and that reads as what it claims.
pub fn read(source: &mut dyn ClipboardSource, want: Want) -> Result<Pasted, String> {
    let offered = source.offered()?;
    let has = |format: &str| offered.iter().any(|o| o.eq_ignore_ascii_case(format));
    if want == Want::Anything {
        for format in FILE_FORMATS.into_iter().filter(|f| has(f)) {
            let bytes = source.fetch(format, MAX_CLIPBOARD_BYTES)?;
            let files = super::photos::pasted_files(&file_lines(&bytes));
            if !files.is_empty() {
                return Ok(Pasted::Files(files));
            }
        }
        for (format, extension) in PICTURE_FORMATS.into_iter().filter(|(f, _)| has(f)) {
            let bytes = source.fetch(format, MAX_CLIPBOARD_BYTES)?;
            if !bytes.is_empty() {
                return Ok(Pasted::Picture {
                    name: format!("pasted.{extension}"),
                    bytes,
                });
            }
        }
    }
    for format in TEXT_FORMATS.into_iter().filter(|f| has(f)) {
        let bytes = source.fetch(format, MAX_CLIPBOARD_BYTES)?;
        let text = match format {
            // X11's STRING is Latin-1.
            "STRING" => bytes.iter().map(|&b| char::from(b)).collect(),
            _ => String::from_utf8_lossy(&bytes).into_owned(),
        };
        let text = text.replace("\r\n", "\n");
        if !text.is_empty() {
            return Ok(Pasted::Text(text));
        }
    }
    Ok(Pasted::Nothing {
        offered: offered.into_iter().filter(|o| !is_bookkeeping(o)).collect(),
    })
}

/// The lines of a file list: GNOME's own format starts with "copy" or "cut".
fn file_lines(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut lines: Vec<&str> = text.lines().collect();
    if matches!(lines.first().map(|l| l.trim()), Some("copy" | "cut")) {
        lines.remove(0);
    }
    lines.join("\n")
}

/// Formats X11 clipboards list about themselves, not content.
fn is_bookkeeping(format: &str) -> bool {
    matches!(
        format,
        "TARGETS" | "MULTIPLE" | "TIMESTAMP" | "SAVE_TARGETS" | "DELETE" | "INCR"
    ) || format.starts_with("chromium/")
        || format.starts_with("text/_moz")
}

/// What to tell the volunteer when a paste brought nothing usable.
pub fn nothing_message(offered: &[String]) -> String {
    if offered.is_empty() {
        return "Nothing to paste: the clipboard is empty. Copy a photo, a file or some text first.".to_owned();
    }
    let shown: Vec<&str> = offered.iter().take(4).map(String::as_str).collect();
    format!(
        "Nothing to paste: the clipboard holds {}, which Placard cannot use. Copy a photo (PNG, JPEG, WebP), an SVG drawing, a file or some text.",
        shown.join(", ")
    )
}

/// The system clipboard: read straight from the X server where there is one (also under
/// Wayland, whose desktops share their clipboard with it), else through the toolkit's
/// clipboard library.
pub fn system() -> Box<dyn ClipboardSource> {
    #[cfg(all(unix, not(target_os = "macos")))]
    if std::env::var_os("DISPLAY").is_some() {
        match x11::X11Clipboard::connect() {
            Ok(clipboard) => return Box::new(clipboard),
            Err(err) => eprintln!("placard: the X11 clipboard cannot be opened: {err}"),
        }
    }
    Box::new(LibraryClipboard)
}

/// The clipboard through the `arboard` library: files, PNG pictures and text.
struct LibraryClipboard;

impl LibraryClipboard {
    fn open() -> Result<arboard::Clipboard, String> {
        arboard::Clipboard::new().map_err(|err| err.to_string())
    }
}

impl ClipboardSource for LibraryClipboard {
    fn offered(&mut self) -> Result<Vec<String>, String> {
        // The library cannot list formats: offer all it reads and let each fetch tell.
        Ok(["text/uri-list", "image/png", "UTF8_STRING"]
            .map(str::to_owned)
            .to_vec())
    }

    fn fetch(&mut self, format: &str, limit: usize) -> Result<Vec<u8>, String> {
        let mut clipboard = Self::open()?;
        let absent = |err: arboard::Error| match err {
            arboard::Error::ContentNotAvailable | arboard::Error::ConversionFailure => {
                Ok(Vec::new())
            }
            other => Err(other.to_string()),
        };
        let bytes = match format {
            "text/uri-list" => match clipboard.get().file_list() {
                Ok(files) => files
                    .iter()
                    .map(|f| f.display().to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into_bytes(),
                Err(err) => return absent(err),
            },
            "image/png" => match clipboard.get_image() {
                Ok(image) => rgba_png(image.width, image.height, &image.bytes)?,
                Err(err) => return absent(err),
            },
            _ => match clipboard.get_text() {
                Ok(text) => text.into_bytes(),
                Err(err) => return absent(err),
            },
        };
        if bytes.len() > limit {
            return Err(format!(
                "what was copied is {}, more than the {} Placard takes",
                crate::io::size_words(bytes.len() as u64),
                crate::io::size_words(limit as u64)
            ));
        }
        Ok(bytes)
    }
}

/// Straight-alpha RGBA pixels, row by row, as a PNG file: how a picture that came as
/// pixels (the clipboard library's, egui's pasted image) becomes a file in the design.
pub fn rgba_png(width: usize, height: usize, rgba: &[u8]) -> Result<Vec<u8>, String> {
    let mut png = Vec::new();
    let side = |n: usize| u32::try_from(n).map_err(|_| "the picture is too large".to_owned());
    image::ImageEncoder::write_image(
        image::codecs::png::PngEncoder::new(&mut png),
        rgba,
        side(width)?,
        side(height)?,
        image::ExtendedColorType::Rgba8,
    )
    .map_err(|err| err.to_string())?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A clipboard holding the given formats' bytes.
    struct Holding(Vec<(&'static str, Vec<u8>)>);

    impl ClipboardSource for Holding {
        fn offered(&mut self) -> Result<Vec<String>, String> {
            Ok(self.0.iter().map(|(f, _)| (*f).to_owned()).collect())
        }
        fn fetch(&mut self, format: &str, _limit: usize) -> Result<Vec<u8>, String> {
            Ok(self
                .0
                .iter()
                .find(|(f, _)| *f == format)
                .map(|(_, b)| b.clone())
                .unwrap_or_default())
        }
    }

    #[test]
    fn a_photo_copied_in_a_browser_comes_as_a_picture_and_text_fields_get_the_text() {
        let mut browser = Holding(vec![
            ("TARGETS", Vec::new()),
            (
                "text/html",
                b"<img src=\"https://example.org/a.jpg\">".to_vec(),
            ),
            ("image/jpeg", vec![0xff, 0xd8, 0xff]),
            ("UTF8_STRING", b"https://example.org/a.jpg".to_vec()),
        ]);
        assert_eq!(
            read(&mut browser, Want::Anything).unwrap(),
            Pasted::Picture {
                name: "pasted.jpg".into(),
                bytes: vec![0xff, 0xd8, 0xff]
            }
        );
        assert_eq!(
            read(&mut browser, Want::Text).unwrap(),
            Pasted::Text("https://example.org/a.jpg".into())
        );
    }

    #[test]
    fn files_copied_in_a_file_manager_come_as_files_and_web_addresses_do_not() {
        let dir = std::env::temp_dir().join(format!("placard-clip-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let photo = dir.join("my photo.jpg");
        std::fs::write(&photo, b"jpeg").unwrap();
        let address = format!("file://{}", photo.display()).replace(' ', "%20");
        let mut nautilus = Holding(vec![
            (
                "x-special/gnome-copied-files",
                format!("copy\n{address}").into_bytes(),
            ),
            ("UTF8_STRING", photo.display().to_string().into_bytes()),
        ]);
        assert_eq!(
            read(&mut nautilus, Want::Anything).unwrap(),
            Pasted::Files(vec![photo.clone()])
        );
        // A link copied in a browser is no file: its text is pasted.
        let mut link = Holding(vec![
            ("text/uri-list", b"https://example.org/".to_vec()),
            ("UTF8_STRING", b"https://example.org/".to_vec()),
        ]);
        assert_eq!(
            read(&mut link, Want::Anything).unwrap(),
            Pasted::Text("https://example.org/".into())
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_clipboard_of_nothing_usable_says_what_it_held() {
        let mut tiff = Holding(vec![("TARGETS", Vec::new()), ("image/tiff", vec![1, 2])]);
        let Pasted::Nothing { offered } = read(&mut tiff, Want::Anything).unwrap() else {
            panic!("a TIFF is not read");
        };
        assert_eq!(offered, ["image/tiff"]);
        assert!(nothing_message(&offered).contains("image/tiff"));
        let mut empty = Holding(Vec::new());
        let Pasted::Nothing { offered } = read(&mut empty, Want::Anything).unwrap() else {
            panic!("nothing is nothing");
        };
        assert!(nothing_message(&offered).contains("empty"));
    }

    #[test]
    fn ctrl_v_and_the_paste_key_are_pastes_and_plain_v_is_typing() {
        let key = |key, modifiers| egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        };
        assert_eq!(
            clipboard_key(&key(egui::Key::V, egui::Modifiers::COMMAND)),
            Some(ClipboardKey::Paste)
        );
        assert_eq!(
            clipboard_key(&key(egui::Key::C, egui::Modifiers::COMMAND)),
            Some(ClipboardKey::Copy)
        );
        assert_eq!(
            clipboard_key(&key(egui::Key::Paste, egui::Modifiers::NONE)),
            Some(ClipboardKey::Paste)
        );
        assert_eq!(
            clipboard_key(&key(egui::Key::V, egui::Modifiers::NONE)),
            None
        );
        // Ctrl+Shift+V is another command, not a paste.
        let shifted = egui::Modifiers::COMMAND | egui::Modifiers::SHIFT;
        assert_eq!(clipboard_key(&key(egui::Key::V, shifted)), None);
    }
}
