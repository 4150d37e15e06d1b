//! Placard legibility: whether a design's words read from a given distance — letter
//! height, how many words, and contrast with what is behind them.
//!
//! The rule of thumb sign makers use: about 2.5 cm of capital height per 10 m of
//! viewing distance. Letter heights are measured on the laid-out page (after auto-fit),
//! from each font's own capital height.

use crate::campaign::contrast;
use crate::i18n::{Arg, Message};
use crate::layout::{LayoutError, Resources};
use crate::model::{ElementKind, Project};
use crate::scene::{Item, build_page, colour_behind};
use crate::tr;
use crate::units::Pt;

/// Capital height needed per metre of viewing distance, in millimetres (2.5 cm per 10 m).
pub const CAP_MM_PER_METRE: f32 = 2.5;
/// Most words a placard should carry to be taken in at a glance while it moves.
pub const PLACARD_WORDS: usize = 7;
/// Contrast (WCAG ratio) from which text reads well outdoors.
pub const GOOD_CONTRAST: f32 = 4.5;

/// How one text on the page reads.
#[derive(Debug, Clone, PartialEq)]
pub struct TextReading {
    /// The element's index on the page.
    pub element: usize,
    /// The first words of the text.
    pub subject: String,
    /// Height of its capital letters as printed, in millimetres (the largest size in
    /// the text).
    pub cap_height_mm: f32,
    /// The farthest it reads from, in metres.
    pub readable_from_m: f32,
    /// Its words.
    pub words: usize,
    /// Contrast with a plain colour behind it; `None` over a photo or graphic.
    pub contrast: Option<f32>,
}

impl TextReading {
    /// Whether it reads from `distance_m`.
    pub fn reads_from(&self, distance_m: f32) -> bool {
        self.readable_from_m >= distance_m
    }
}

/// How a page reads from a distance.
#[derive(Debug, Clone, PartialEq)]
pub struct Legibility {
    /// The viewing distance asked about, in metres.
    pub distance_m: f32,
    /// Every visible text, largest letters first.
    pub texts: Vec<TextReading>,
}

impl Legibility {
    /// Measures page `page` of `project` for viewing from `distance_m` metres.
    pub fn of_page(
        project: &Project,
        page: usize,
        resources: &Resources,
        distance_m: f32,
    ) -> Result<Legibility, LayoutError> {
        let built = build_page(project, page, resources)?;
        let scene = &built.scene;
        let Some(model_page) = project.document.pages.get(page) else {
            return Ok(Legibility {
                distance_m,
                texts: Vec::new(),
            });
        };
        let mut texts = Vec::new();
        for (index, element) in model_page.elements.iter().enumerate() {
            let ElementKind::Text(text) = &element.kind else {
                continue;
            };
            if element.hidden || text.text.trim().is_empty() {
                continue;
            }
            let mut cap_pt: f32 = 0.0;
            for (item, owner) in scene.items.iter().zip(&scene.item_elements) {
                if *owner == index {
                    largest_capitals(item, 1.0, &mut cap_pt);
                }
            }
            let cap_height_mm = Pt(cap_pt).to_mm().0;
            let centre = element.centre();
            let behind =
                colour_behind(model_page, index, centre).or(match &model_page.background {
                    crate::model::Background::Solid { color } => Some(*color),
                    _ => None,
                });
            texts.push(TextReading {
                element: index,
                subject: first_words(&text.text),
                cap_height_mm,
                readable_from_m: cap_height_mm / CAP_MM_PER_METRE,
                words: text.text.split_whitespace().count(),
                contrast: behind.map(|behind| contrast(text.fill, behind)),
            });
        }
        texts.sort_by(|a, b| b.cap_height_mm.total_cmp(&a.cap_height_mm));
        Ok(Legibility { distance_m, texts })
    }

    /// Words on the page.
    pub fn words(&self) -> usize {
        self.texts.iter().map(|t| t.words).sum()
    }

    /// Words that read from the distance (the ones that count on a placard).
    pub fn words_read(&self) -> usize {
        self.texts
            .iter()
            .filter(|t| t.reads_from(self.distance_m))
            .map(|t| t.words)
            .sum()
    }

    /// The capital height needed at the distance, in millimetres.
    pub fn needed_cap_mm(&self) -> f32 {
        self.distance_m * CAP_MM_PER_METRE
    }

    /// What a volunteer should know, one line each: texts too small to read, too many
    /// words, weak contrast. Empty when the page reads well.
    pub fn advice(&self) -> Vec<Message> {
        let mut advice = Vec::new();
        let needed = self.needed_cap_mm();
        let distance = Arg::number(self.distance_m, 0);
        match self.texts.first() {
            None => advice.push(tr!("legibility-no-text")),
            Some(main) if !main.reads_from(self.distance_m) => advice.push(tr!(
                "legibility-too-small",
                name = &main.subject,
                distance = distance.clone(),
                height = Arg::number(main.cap_height_mm / 10.0, 1),
                needed = Arg::number(needed / 10.0, 1)
            )),
            Some(_) => {}
        }
        if self.words_read() > PLACARD_WORDS {
            advice.push(tr!(
                "legibility-too-many-words",
                words = self.words_read(),
                distance = distance.clone(),
                most = PLACARD_WORDS
            ));
        }
        for text in &self.texts {
            if let Some(ratio) = text.contrast
                && ratio < GOOD_CONTRAST
            {
                advice.push(tr!(
                    "legibility-weak-contrast",
                    name = &text.subject,
                    ratio = Arg::number(ratio, 1),
                    good = Arg::number(GOOD_CONTRAST, 1)
                ));
            }
        }
        advice
    }
}

/// The largest capital height, in page points, among the text-carrying glyphs of `item`.
fn largest_capitals(item: &Item, scale: f32, largest: &mut f32) {
    match item {
        Item::Group(group) => {
            let scale = scale * group.transform.mean_scale();
            for inner in &group.items {
                largest_capitals(inner, scale, largest);
            }
        }
        Item::Glyphs(glyphs) if glyphs.carries_text && !glyphs.glyphs.is_empty() => {
            *largest = largest.max(glyphs.size * glyphs.font.cap_height() * scale);
        }
        _ => {}
    }
}

/// The first few words of a text, for naming it.
fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 5 {
        words.join(" ")
    } else {
        format!("{} …", words[..5].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placard(slogan: &str) -> Project {
        let mut project = crate::templates::load("placard-a2-landscape")
            .unwrap()
            .unwrap();
        crate::campaign::merge::fill_slot(
            &mut project,
            "headline",
            slogan,
            crate::campaign::merge::PictureFiles::Anywhere(std::path::Path::new(".")),
        )
        .unwrap();
        project
    }

    #[test]
    fn a_short_slogan_on_an_a2_placard_reads_from_across_a_square() {
        let resources = Resources::bundled();
        let reading = Legibility::of_page(&placard("NO WAR"), 0, &resources, 20.0).unwrap();
        let main = &reading.texts[0];
        assert_eq!(main.subject, "NO WAR");
        // Auto-fit makes two words huge on a 594 mm wide board.
        assert!(main.cap_height_mm > 80.0, "{main:?}");
        assert!(main.reads_from(20.0));
        assert_eq!(main.words, 2);
        assert!(
            main.contrast.is_some_and(|c| c >= GOOD_CONTRAST),
            "{main:?}"
        );
        assert!(reading.advice().is_empty(), "{:?}", reading.advice());
        // The capital height follows the rule: 2.5 cm per 10 m.
        assert!((main.readable_from_m - main.cap_height_mm / 2.5).abs() < 1e-3);
    }

    #[test]
    fn a_long_slogan_is_too_small_and_too_wordy() {
        let resources = Resources::bundled();
        let slogan = "We demand an immediate end to the privatisation of our public services \
                      and a fair deal for every worker in this country right now";
        let reading = Legibility::of_page(&placard(slogan), 0, &resources, 30.0).unwrap();
        let main = reading
            .texts
            .iter()
            .find(|t| t.subject.starts_with("We demand"))
            .unwrap();
        assert!(!main.reads_from(30.0), "{main:?}");
        let advice: Vec<String> = reading
            .advice()
            .iter()
            .map(|a| a.text_in(crate::i18n::Language::English))
            .collect();
        let advice = advice.join("\n");
        assert!(advice.contains("cannot be read from 30 m"), "{advice}");
    }
}
