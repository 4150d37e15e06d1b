//! sRGB colours with alpha, written as `#rrggbb` or `#rrggbbaa` in files.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An sRGB colour with straight (not premultiplied) alpha, 8 bits per channel; optionally
/// with the exact press inks it is to be printed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
    /// Alpha, 0 (transparent) – 255 (opaque).
    pub a: u8,
    /// Cyan, magenta, yellow and black in percent when the colour was given as inks (the
    /// sRGB is then how they look on screen); CMYK print files use these as they are.
    pub cmyk: Option<[u8; 4]>,
}

impl Color {
    /// Whether the two are the same red, green and blue (transparency and press inks
    /// aside): the test for "this colour" when colours are swapped.
    pub fn same_rgb(self, other: Color) -> bool {
        (self.r, self.g, self.b) == (other.r, other.g, other.b)
    }

    /// Opaque black.
    pub const BLACK: Color = Color::rgb(0, 0, 0);
    /// Opaque white.
    pub const WHITE: Color = Color::rgb(255, 255, 255);
    /// Fully transparent.
    pub const TRANSPARENT: Color = Color::rgba(0, 0, 0, 0);

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color {
            r,
            g,
            b,
            a: 255,
            cmyk: None,
        }
    }

    /// A colour with alpha.
    pub const fn rgba(r: u8, g: u8, b: u8, a: u8) -> Color {
        Color {
            r,
            g,
            b,
            a,
            cmyk: None,
        }
    }

    /// The same colour with its alpha multiplied by `opacity` (0–1).
    pub fn with_opacity(self, opacity: f32) -> Color {
        let a = (f32::from(self.a) * opacity.clamp(0.0, 1.0)).round() as u8;
        Color { a, ..self }
    }

    /// Parses `#rgb`, `#rrggbb` or `#rrggbbaa`.
    pub fn from_hex(text: &str) -> Option<Color> {
        let hex = text.trim().strip_prefix('#')?;
        let nibble = |i: usize| -> Option<u8> {
            hex.get(i..=i).and_then(|c| u8::from_str_radix(c, 16).ok())
        };
        let byte = |i: usize| -> Option<u8> {
            hex.get(i..i + 2)
                .and_then(|c| u8::from_str_radix(c, 16).ok())
        };
        match hex.len() {
            3 => Some(Color::rgb(
                nibble(0)? * 17,
                nibble(1)? * 17,
                nibble(2)? * 17,
            )),
            6 => Some(Color::rgb(byte(0)?, byte(2)?, byte(4)?)),
            8 => Some(Color::rgba(byte(0)?, byte(2)?, byte(4)?, byte(6)?)),
            _ => None,
        }
    }

    /// The same colour on screen without given inks (print files convert it).
    pub fn without_inks(self) -> Color {
        Color { cmyk: None, ..self }
    }

    /// `#rrggbb` for opaque colours, `#rrggbbaa` otherwise (given inks are not part of it).
    pub fn to_hex(self) -> String {
        if self.a == 255 {
            format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
        } else {
            format!("#{:02x}{:02x}{:02x}{:02x}", self.r, self.g, self.b, self.a)
        }
    }
}

impl Serialize for Color {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.cmyk {
            None => serializer.serialize_str(&self.to_hex()),
            Some([c, m, y, k]) => {
                serializer.serialize_str(&format!("{} cmyk({c},{m},{y},{k})", self.to_hex()))
            }
        }
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Color, D::Error> {
        let text = String::deserialize(deserializer)?;
        let error = || {
            serde::de::Error::custom(format!(
                "'{text}' is not a colour; write it as #rrggbb or #rrggbbaa, optionally \
                 followed by cmyk(C,M,Y,K) in percent"
            ))
        };
        let (hex, inks) = match text.split_once(" cmyk(") {
            Some((hex, rest)) => (hex, Some(rest.strip_suffix(')').ok_or_else(error)?)),
            None => (text.as_str(), None),
        };
        let mut color = Color::from_hex(hex).ok_or_else(error)?;
        if let Some(inks) = inks {
            let values: Vec<u8> = inks
                .split(',')
                .map(|v| v.trim().parse::<u8>().ok().filter(|v| *v <= 100))
                .collect::<Option<_>>()
                .ok_or_else(error)?;
            color.cmyk = Some(<[u8; 4]>::try_from(values).map_err(|_| error())?);
        }
        Ok(color)
    }
}

/// A standard printing condition (press, paper, inks) CMYK print files are made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrintCondition {
    /// Offset on coated paper as in Europe (ISO 12647-2, FOGRA39).
    #[default]
    CoatedFogra39,
    /// Offset on coated paper as in North America (GRACoL 2006, CGATS TR 006).
    CoatedGracol,
}

impl PrintCondition {
    /// Every condition, for menus.
    pub const ALL: [PrintCondition; 2] =
        [PrintCondition::CoatedFogra39, PrintCondition::CoatedGracol];

    /// Its name for people, in the volunteer's language.
    pub fn name(self) -> crate::i18n::Message {
        match self {
            PrintCondition::CoatedFogra39 => crate::tr!("export-condition-fogra39"),
            PrintCondition::CoatedGracol => crate::tr!("export-condition-gracol"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        for text in ["#000000", "#ff8800", "#12345678"] {
            assert_eq!(
                Color::from_hex(text).map(Color::to_hex).as_deref(),
                Some(text)
            );
        }
        assert_eq!(Color::from_hex("#f80"), Some(Color::rgb(255, 136, 0)));
        assert_eq!(Color::from_hex("red"), None);
    }

    #[test]
    fn given_inks_are_saved_with_the_colour() {
        let color = Color {
            cmyk: Some([0, 100, 100, 0]),
            ..Color::rgb(228, 37, 37)
        };
        let json = serde_json::to_string(&color).expect("serialises");
        assert_eq!(json, "\"#e42525 cmyk(0,100,100,0)\"");
        assert_eq!(serde_json::from_str::<Color>(&json).ok(), Some(color));
        for bad in [
            "\"#e42525 cmyk(0,100,100)\"",
            "\"#e42525 cmyk(0,100,100,120)\"",
        ] {
            let err = serde_json::from_str::<Color>(bad).expect_err("refused");
            assert!(err.to_string().contains("cmyk(C,M,Y,K)"), "{err}");
        }
    }
}
