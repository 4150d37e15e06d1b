//! Typed lengths. Everything in a document is stored in PostScript points (1/72 in);
//! millimetres, inches and pixels exist to convert at the edges.

use serde::{Deserialize, Serialize};

/// Points per inch.
pub const PT_PER_INCH: f32 = 72.0;
/// Millimetres per inch.
pub const MM_PER_INCH: f32 = 25.4;

/// A length in PostScript points (1/72 inch), the unit of the document model and the scene.
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pt(pub f32);

/// A length in millimetres.
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct Mm(pub f32);

/// A length in inches.
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct In(pub f32);

/// A length in pixels, meaningful only together with a resolution in dots per inch.
#[derive(Debug, Clone, Copy, Default, PartialEq, PartialOrd)]
pub struct Px(pub f32);

impl Pt {
    /// Zero length.
    pub const ZERO: Pt = Pt(0.0);

    /// The length in millimetres.
    pub fn to_mm(self) -> Mm {
        Mm(self.0 / PT_PER_INCH * MM_PER_INCH)
    }

    /// The length in inches.
    pub fn to_in(self) -> In {
        In(self.0 / PT_PER_INCH)
    }

    /// The length in pixels at `dpi` dots per inch.
    pub fn to_px(self, dpi: f32) -> Px {
        Px(self.0 / PT_PER_INCH * dpi)
    }
}

impl From<Mm> for Pt {
    fn from(mm: Mm) -> Pt {
        Pt(mm.0 / MM_PER_INCH * PT_PER_INCH)
    }
}

impl From<In> for Pt {
    fn from(inches: In) -> Pt {
        Pt(inches.0 * PT_PER_INCH)
    }
}

impl Px {
    /// The length in points when shown at `dpi` dots per inch.
    pub fn to_pt(self, dpi: f32) -> Pt {
        Pt(self.0 / dpi * PT_PER_INCH)
    }
}

impl std::ops::Add for Pt {
    type Output = Pt;
    fn add(self, rhs: Pt) -> Pt {
        Pt(self.0 + rhs.0)
    }
}

impl std::ops::Sub for Pt {
    type Output = Pt;
    fn sub(self, rhs: Pt) -> Pt {
        Pt(self.0 - rhs.0)
    }
}

impl std::ops::Mul<f32> for Pt {
    type Output = Pt;
    fn mul(self, rhs: f32) -> Pt {
        Pt(self.0 * rhs)
    }
}

/// Parses a length such as `3mm`, `0.125in`, `12pt` or `1080px@96` into points.
/// A bare number is taken as points.
pub fn parse_length(text: &str) -> Option<Pt> {
    let text = text.trim();
    let split = text
        .find(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let unit = unit.trim();
    if let Some(dpi) = unit.strip_prefix("px@") {
        let value: f32 = number.trim().parse().ok()?;
        let dpi: f32 = dpi.parse().ok()?;
        return (dpi > 0.0).then(|| Px(value).to_pt(dpi));
    }
    let value: f32 = number.trim().parse().ok()?;
    match unit {
        "" | "pt" => Some(Pt(value)),
        "mm" => Some(Mm(value).into()),
        "cm" => Some(Mm(value * 10.0).into()),
        "in" => Some(In(value).into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a2_width_in_points() {
        let width: Pt = Mm(420.0).into();
        assert!((width.0 - 1190.55).abs() < 0.01);
        assert!((width.to_mm().0 - 420.0).abs() < 1e-3);
    }

    #[test]
    fn parses_lengths_with_units() {
        assert_eq!(parse_length("72"), Some(Pt(72.0)));
        assert_eq!(parse_length("1in"), Some(Pt(72.0)));
        assert_eq!(parse_length("1080px@72"), Some(Pt(1080.0)));
        assert!((parse_length("25.4mm").map(|p| p.0).unwrap_or(0.0) - 72.0).abs() < 1e-3);
        assert_eq!(parse_length("3 furlongs"), None);
    }
}
