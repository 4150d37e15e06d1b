//! Cut, copy and paste between Placard and the rest of the desktop. Copying on the page
//! keeps the elements and puts their words on the system clipboard, so that the last
//! copy wins wherever it was made; pasting reads the system clipboard
//! ([`super::clipboard`]): files and pictures go into the selected photo frame or onto
//! the page, outside text becomes a text box, Placard's own copy comes back as elements.

use super::PlacardApp;
use super::clipboard::{self, ClipboardKey, ClipboardSource, Pasted, Want};
use super::command::{Command, TextChoice};

/// Text longer than this is refused as one text box (a pasted book is a mistake).
const MAX_PASTED_TEXT_CHARS: usize = crate::model::limits::MAX_TEXT_CHARS;

impl PlacardApp {
    /// Turns the clipboard keys among a frame's raw input `events` into egui's clipboard
    /// events, reading the system clipboard for a paste: text when a text field has the
    /// keyboard (`typing`), else whatever it holds, kept for the frame's commands.
    pub fn take_clipboard_keys(
        &mut self,
        typing: bool,
        events: &mut Vec<egui::Event>,
        source: &mut dyn ClipboardSource,
    ) {
        let mut kept = Vec::with_capacity(events.len());
        for event in events.drain(..) {
            match clipboard::clipboard_key(&event) {
                None => kept.push(event),
                Some(ClipboardKey::Cut) => kept.push(egui::Event::Cut),
                Some(ClipboardKey::Copy) => kept.push(egui::Event::Copy),
                Some(ClipboardKey::Paste) if typing => match clipboard::read(source, Want::Text) {
                    Ok(Pasted::Text(text)) => kept.push(egui::Event::Paste(text)),
                    Ok(_) => {}
                    Err(err) => self
                        .error(crate::tr!("clipboard-unreadable", reason = err.to_string()).text()),
                },
                Some(ClipboardKey::Paste) => {
                    self.system_paste = Some(clipboard::read(source, Want::Anything));
                }
            }
        }
        *events = kept;
    }

    /// Carries out a paste from the system clipboard read this frame, if any.
    pub(super) fn paste_from_system(&mut self) {
        let Some(pasted) = self.system_paste.take() else {
            return;
        };
        match pasted {
            Ok(Pasted::Files(files)) => self.paste_file_list(&files),
            Ok(Pasted::Picture { name, bytes }) => {
                let target = self.selected_photo_frame();
                self.add_image_bytes(
                    name,
                    bytes.into(),
                    target,
                    &crate::tr!("pasted-picture").text(),
                );
            }
            Ok(Pasted::Text(text)) => self.paste_text(&text),
            Ok(Pasted::Nothing { .. }) if !self.clipboard.is_empty() => {
                self.commands.push(Command::Paste);
            }
            Ok(Pasted::Nothing { offered }) => self.error(clipboard::nothing_message(&offered)),
            Err(err) => {
                self.error(crate::tr!("clipboard-unreadable", reason = err.to_string()).text())
            }
        }
    }

    /// Text pasted onto the page: file addresses are files; the words Placard itself put
    /// on the clipboard bring back the copied elements; other words become a text box.
    pub(super) fn paste_text(&mut self, text: &str) {
        if self.paste_files(text) {
            return;
        }
        if self.copied_words.as_deref() == Some(text) || text.trim().is_empty() {
            self.commands.push(Command::Paste);
            return;
        }
        let count = text.chars().count();
        if count > MAX_PASTED_TEXT_CHARS {
            self.error(
                crate::tr!(
                    "clipboard-text-too-long",
                    count = count,
                    most = MAX_PASTED_TEXT_CHARS
                )
                .text(),
            );
            return;
        }
        let choice = if count <= 40 && !text.contains('\n') {
            TextChoice::Subheading
        } else {
            TextChoice::SmallText
        };
        self.add_text_saying(choice, text.trim());
    }

    /// Keeps the selection to paste and puts its words (or its layers' names) on the
    /// system clipboard, for other programs and to know the copy later.
    pub(super) fn copy_to_clipboard(&mut self, ctx: &egui::Context) {
        self.copy_selection();
        let words: Vec<String> = self
            .clipboard
            .iter()
            .map(|e| e.words(usize::MAX).unwrap_or_else(|| e.label()))
            .collect();
        if words.is_empty() {
            return;
        }
        let words = words.join("\n");
        ctx.copy_text(words.clone());
        self.copied_words = Some(words);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Resources;

    /// A clipboard holding one format's bytes.
    struct Holding(&'static str, Vec<u8>);

    impl ClipboardSource for Holding {
        fn offered(&mut self) -> Result<Vec<String>, String> {
            Ok(vec![self.0.to_owned()])
        }
        fn fetch(&mut self, format: &str, _limit: usize) -> Result<Vec<u8>, String> {
            Ok(if format == self.0 {
                self.1.clone()
            } else {
                Vec::new()
            })
        }
    }

    fn paste_key() -> egui::Event {
        egui::Event::Key {
            key: egui::Key::V,
            physical_key: Some(egui::Key::V),
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::COMMAND,
        }
    }

    #[test]
    fn ctrl_v_in_a_text_field_brings_the_text_and_on_the_page_keeps_the_picture() {
        let mut app = PlacardApp::new(
            Resources::bundled(),
            Box::new(crate::app::dialogs::ScriptedDialogs::unavailable()),
        );
        let mut text = Holding("UTF8_STRING", "روزنامه‌نگاری جرم نیست".as_bytes().to_vec());
        let mut events = vec![paste_key()];
        app.take_clipboard_keys(true, &mut events, &mut text);
        assert_eq!(events, [egui::Event::Paste("روزنامه‌نگاری جرم نیست".into())]);

        let mut jpeg = Holding("image/jpeg", vec![0xff, 0xd8, 0xff, 0xe0]);
        let mut events = vec![paste_key(), egui::Event::Text("a".into())];
        app.take_clipboard_keys(false, &mut events, &mut jpeg);
        assert_eq!(events, [egui::Event::Text("a".into())]);
        assert_eq!(
            app.system_paste,
            Some(Ok(Pasted::Picture {
                name: "pasted.jpg".into(),
                bytes: vec![0xff, 0xd8, 0xff, 0xe0]
            }))
        );
    }
}
