//! The first-run tour: four short cards the first time a design is open, saying where
//! the few things a first poster needs are. It can be skipped at any card, is not shown
//! again once finished or skipped, and Help → Show the tour brings it back.

use std::path::Path;

/// The file in the configuration folder that says the tour was seen.
const SEEN_MARKER: &str = "tour-seen";

/// One card: a title and what to do, in plain words.
struct Card {
    title: &'static str,
    text: &'static str,
}

const CARDS: [Card; 4] = [
    Card {
        title: "Change the words",
        text: "Double-click any text on the page and type your own words. Click once to \
               select it: the bar above the page changes its font, size and colour.",
    },
    Card {
        title: "Add your photo",
        text: "Click a grey photo frame and choose a photo, or drop one from your files \
               onto it. It fills the frame; drag the photo's handles to change the frame.",
    },
    Card {
        title: "Add more",
        text: "The buttons on the left add text, photos, shapes and slogans, and change \
               your campaign's colours. Right-click anything for more; F1 lists the keys.",
    },
    Card {
        title: "Print or post it",
        text: "When it looks right, click Print & download at the top right and say what \
               the file is for: printing at home, a print shop, posting online or stickers.",
    },
];

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
        let Some(card) = CARDS.get(index) else {
            self.finish(config_dir);
            return;
        };
        let mut next = Some(index);
        egui::Window::new(format!(
            "Getting started · {} of {}",
            index + 1,
            CARDS.len()
        ))
        .id(egui::Id::unique("first-run-tour"))
        .collapsible(false)
        .resizable(false)
        .default_width(360.0)
        .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -48.0))
        .show(ctx, |ui| {
            ui.heading(card.title);
            ui.add(egui::Label::new(card.text).wrap());
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button("Skip the tour").clicked() {
                    next = None;
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let last = index + 1 == CARDS.len();
                    if ui.button(if last { "Done" } else { "Next" }).clicked() {
                        next = (!last).then_some(index + 1);
                    }
                    if index > 0 && ui.button("Back").clicked() {
                        next = Some(index - 1);
                    }
                });
            });
        });
        match next {
            Some(card) => self.card = Some(card),
            None => self.finish(config_dir),
        }
    }
}
