//! The first-run tour: four short cards the first time a design is open, saying where
//! the few things a first poster needs are. It can be skipped at any card, is not shown
//! again once finished or skipped, and Help → Show the tour brings it back.

use super::rtl::{self, Shown};
use crate::i18n::Message;
use crate::tr;
use std::path::Path;

/// The file in the configuration folder that says the tour was seen.
const SEEN_MARKER: &str = "tour-seen";

/// The cards: a title and what to do, in plain words, in the volunteer's language (the
/// rail and the Print & download button are named on the side they are on).
fn cards() -> [(Message, Message); 4] {
    let (start, end) = if rtl::is_rtl() {
        ("right", "left")
    } else {
        ("left", "right")
    };
    [
        (tr!("tour-words-title"), tr!("tour-words")),
        (tr!("tour-photo-title"), tr!("tour-photo")),
        (tr!("tour-more-title"), tr!("tour-more", side = start)),
        (tr!("tour-print-title"), tr!("tour-print", side = end)),
    ]
}

/// How many cards there are.
const CARDS: usize = 4;

/// Where the tour is.
#[derive(Debug, Default)]
pub struct Tour {
    /// The card shown, when the tour is on.
    card: Option<usize>,
    /// Whether it was offered in this run already.
    offered: bool,
}

impl Tour {
    /// Starts the tour the first time a design is open (never again once seen, as the
    /// marker in `config_dir` says; once a run when there is no configuration folder).
    pub fn offer(&mut self, config_dir: Option<&Path>) {
        if self.offered {
            return;
        }
        self.offered = true;
        let seen = config_dir.is_some_and(|dir| dir.join(SEEN_MARKER).exists());
        if !seen {
            self.card = Some(0);
        }
    }

    /// Starts the tour again from the first card.
    pub fn restart(&mut self) {
        self.card = Some(0);
    }

    /// Whether a card is showing.
    pub fn is_showing(&self) -> bool {
        self.card.is_some()
    }

    fn finish(&mut self, config_dir: Option<&Path>) {
        self.card = None;
        if let Some(dir) = config_dir {
            // Not remembering it only means the tour shows once more next time.
            let _ = std::fs::create_dir_all(dir);
            let _ = crate::io::write_atomic(&dir.join(SEEN_MARKER), b"seen\n");
        }
    }

    /// Shows the card, low in the middle of the window, above the page.
    pub fn ui(&mut self, ctx: &egui::Context, config_dir: Option<&Path>) {
        let Some(index) = self.card else {
            return;
        };
        let cards = cards();
        let Some((title, text)) = cards.get(index) else {
            self.finish(config_dir);
            return;
        };
        let mut next = Some(index);
        egui::Window::new(tr!("tour-title", card = index + 1, cards = CARDS).shown())
            .id(egui::Id::unique("first-run-tour"))
            .collapsible(false)
            .resizable(false)
            .default_width(360.0)
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -48.0))
            .show(ctx, |ui| {
                ui.with_layout(rtl::column_layout(), |ui| {
                    ui.heading(title.shown());
                    rtl::label(ui, text);
                    ui.add_space(6.0);
                    rtl::row(ui, |ui| {
                        if ui.button(tr!("tour-skip").shown()).clicked() {
                            next = None;
                        }
                        rtl::end_row(ui, |ui| {
                            let last = index + 1 == CARDS;
                            let words = if last {
                                tr!("tour-done")
                            } else {
                                tr!("tour-next")
                            };
                            if ui.button(words.shown()).clicked() {
                                next = (!last).then_some(index + 1);
                            }
                            if index > 0 && ui.button(tr!("tour-back").shown()).clicked() {
                                next = Some(index - 1);
                            }
                        });
                    });
                });
            });
        match next {
            Some(card) => self.card = Some(card),
            None => self.finish(config_dir),
        }
    }
}
