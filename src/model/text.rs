//! Text elements and their style.

use serde::{Deserialize, Serialize};

use super::Color;
use crate::units::Pt;

/// A block of text wrapped inside its element's box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextElement {
    /// The text; `\n` starts a new paragraph.
    pub text: String,
    /// Font family name, such as `Anton` or `Inter`. Glyphs it lacks come from the
    /// bundled fallback fonts.
    pub font_family: String,
    /// Weight from 100 (thin) to 900 (black); 400 is regular, 700 bold.
    #[serde(default = "regular_weight")]
    pub font_weight: u16,
    /// Italic style.
    #[serde(default)]
    pub italic: bool,
    /// Font size. With `auto_fit` this is the largest size tried.
    pub font_size: Pt,
    /// Shrink or grow the text to the largest size (up to `font_size`) that fits the box.
    #[serde(default)]
    pub auto_fit: bool,
    /// Horizontal alignment.
    #[serde(default)]
    pub align: TextAlign,
    /// Vertical placement of the text block in its box.
    #[serde(default)]
    pub vertical_align: VerticalAlign,
    /// Line height as a multiple of the font size.
    #[serde(default = "default_line_height")]
    pub line_height: f32,
    /// Extra space between letters, in ems (0.1 = a tenth of the font size).
    #[serde(default)]
    pub letter_spacing: f32,
    /// Show the text in capitals.
    #[serde(default)]
    pub all_caps: bool,
    /// Colour of the letters.
    pub fill: Color,
    /// An outline drawn around the letters, outside them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outline: Option<TextOutline>,
    /// A hard drop shadow behind the letters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shadow: Option<TextShadow>,
    /// The language the words are written in, as a tag such as `tr` or `fa`, where it is
    /// known: their capitals follow its rules (in Turkish and Azerbaijani i becomes İ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The line the words follow instead of running straight: an arc (a round sticker's
    /// rim) or a wave. Text on a path is one line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<TextPath>,
    /// A band of colour behind each line (the poster look of words on strips of paper).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highlight: Option<TextHighlight>,
}

/// A band of colour behind each line of a text, as long as the line's words.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TextHighlight {
    /// The band's colour.
    pub color: Color,
    /// How far the band reaches past the words on every side.
    pub padding: Pt,
}

/// A line for text to follow, inside the text's box.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TextPath {
    /// Along a circle about the box's centre, the words centred on its top (reading
    /// clockwise, letters standing outward) or on its bottom (reading left to right
    /// along the bottom, letters' tops toward the centre).
    Arc {
        /// Radius of the circle through the middle of the capitals.
        radius: crate::units::Pt,
        /// Along the bottom instead of the top.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        bottom: bool,
    },
    /// Along a wave across the middle of the box.
    Wave {
        /// How far a crest rises above the middle.
        height: crate::units::Pt,
        /// The length of one wave, crest to crest.
        length: crate::units::Pt,
    },
}

/// Horizontal text alignment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextAlign {
    /// Flush left (flush right for right-to-left text is not implied; use `Right`).
    Left,
    /// Centred (the default: slogans are centred).
    #[default]
    Center,
    /// Flush right.
    Right,
    /// Both edges flush, except the last line of a paragraph.
    Justify,
}

/// Vertical placement of a text block in its box.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerticalAlign {
    /// At the top.
    Top,
    /// Centred (the default).
    #[default]
    Middle,
    /// At the bottom.
    Bottom,
}

/// An outline around letters.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TextOutline {
    /// Outline colour.
    pub color: Color,
    /// How far the outline reaches outside the letter shapes.
    pub width: Pt,
}

/// A hard (unblurred) drop shadow: the letters repeated, offset, in another colour.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TextShadow {
    /// Shadow colour.
    pub color: Color,
    /// Offset to the right.
    pub offset_x: Pt,
    /// Offset downwards.
    pub offset_y: Pt,
}

impl TextElement {
    /// Text in the given family and size with default style: centred, black, 1.1 line height.
    pub fn new(text: &str, font_family: &str, font_size: Pt) -> TextElement {
        TextElement {
            text: text.to_owned(),
            font_family: font_family.to_owned(),
            font_weight: regular_weight(),
            italic: false,
            font_size,
            auto_fit: false,
            align: TextAlign::Center,
            vertical_align: VerticalAlign::Middle,
            line_height: default_line_height(),
            letter_spacing: 0.0,
            all_caps: false,
            fill: Color::BLACK,
            outline: None,
            shadow: None,
            language: None,
            path: None,
            highlight: None,
        }
    }

    /// The text as it is shown (in capitals, by its language's rules, when `all_caps` is
    /// set).
    pub fn display_text(&self) -> String {
        if self.all_caps {
            let dotted = self.keeps_dot_of_i();
            self.text.chars().map(|c| capital(c, dotted)).collect()
        } else {
            self.text.clone()
        }
    }

    /// Whether the capital of its i keeps the dot (Turkish, Azerbaijani, Crimean Tatar).
    pub fn keeps_dot_of_i(&self) -> bool {
        self.language.as_deref().is_some_and(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or(tag);
            matches!(primary, "tr" | "az" | "crh")
        })
    }
}

/// The capital of `c` (one letter or more: ß becomes SS); where `dotted_i`, i becomes İ
/// and ı becomes I, as in Turkish.
pub fn capital(c: char, dotted_i: bool) -> String {
    match c {
        'i' if dotted_i => "İ".to_owned(),
        'ı' if dotted_i => "I".to_owned(),
        other => other.to_uppercase().collect(),
    }
}

fn regular_weight() -> u16 {
    400
}

fn default_line_height() -> f32 {
    1.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_follow_the_words_language() {
        let mut text = TextElement::new("istanbul ılık şimdi straße", "Inter", Pt(12.0));
        text.all_caps = true;
        assert_eq!(text.display_text(), "ISTANBUL ILIK ŞIMDI STRASSE");
        text.language = Some("tr".to_owned());
        assert_eq!(text.display_text(), "İSTANBUL ILIK ŞİMDİ STRASSE");
        text.language = Some("az-Latn".to_owned());
        assert!(text.keeps_dot_of_i());
        text.language = Some("de".to_owned());
        assert!(!text.keeps_dot_of_i());
        // Kept in the file only when known.
        let json = serde_json::to_string(&TextElement::new("x", "Inter", Pt(12.0)))
            .expect("a text element");
        assert!(!json.contains("language"), "{json}");
    }
}
