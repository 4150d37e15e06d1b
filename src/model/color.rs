//! sRGB colours with alpha, written as `#rrggbb` or `#rrggbbaa` in files.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An sRGB colour with straight (not premultiplied) alpha, 8 bits per channel.
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
}

impl Color {
    /// Opaque black.
    pub const BLACK: Color = Color::rgb(0, 0, 0);
    /// Opaque white.
    pub const WHITE: Color = Color::rgb(255, 255, 255);
    /// Fully transparent.
    pub const TRANSPARENT: Color = Color::rgba(0, 0, 0, 0);

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b, a: 255 }
    }

    /// A colour with alpha.
    pub const fn rgba(r: u8, g: u8, b: u8, a: u8) -> Color {
        Color { r, g, b, a }
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

    /// `#rrggbb` for opaque colours, `#rrggbbaa` otherwise.
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
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Color, D::Error> {
        let text = String::deserialize(deserializer)?;
        Color::from_hex(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "'{text}' is not a colour; write it as #rrggbb or #rrggbbaa"
            ))
        })
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
}
