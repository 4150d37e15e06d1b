//! Press colours: a design's sRGB colours and photos turned into CMYK inks through a
//! printing condition's ICC profile (`assets/icc/`, built from the published measurements
//! of that condition), with a total ink limit; and CMYK given by hand shown on screen.

use std::sync::{Arc, OnceLock};

use crate::model::Color;
pub use crate::model::PrintCondition;
use moxcms::{
    ColorProfile, Layout, RenderingIntent, Transform8BitExecutor, Transform16BitExecutor,
    TransformOptions,
};

/// Amounts of cyan, magenta, yellow and black ink, each 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cmyk {
    /// Cyan, 0–1.
    pub c: f32,
    /// Magenta, 0–1.
    pub m: f32,
    /// Yellow, 0–1.
    pub y: f32,
    /// Black, 0–1.
    pub k: f32,
}

impl Cmyk {
    /// Black ink alone: what black text is printed with.
    pub const BLACK: Cmyk = Cmyk {
        c: 0.0,
        m: 0.0,
        y: 0.0,
        k: 1.0,
    };
    /// The rich black large black areas are printed with (60/40/40/100, 240 % ink): deeper
    /// than black ink alone, well under any press's ink limit.
    pub const RICH_BLACK: Cmyk = Cmyk {
        c: 0.6,
        m: 0.4,
        y: 0.4,
        k: 1.0,
    };

    /// From percentages (clamped to 0–100).
    pub fn from_percent(percent: [u8; 4]) -> Cmyk {
        let f = |v: u8| f32::from(v.min(100)) / 100.0;
        Cmyk {
            c: f(percent[0]),
            m: f(percent[1]),
            y: f(percent[2]),
            k: f(percent[3]),
        }
    }

    /// Rounded percentages.
    pub fn percent(self) -> [u8; 4] {
        [self.c, self.m, self.y, self.k].map(|v| (v.clamp(0.0, 1.0) * 100.0).round() as u8)
    }

    /// Total ink in percent.
    pub fn total_percent(self) -> f32 {
        (self.c + self.m + self.y + self.k) * 100.0
    }

    /// Reads four percentages separated by spaces, commas or slashes, e.g. `0 100 100 0`
    /// or `0/100/100/0` (a `%` after each is allowed).
    pub fn parse(text: &str) -> Option<Cmyk> {
        let values: Vec<f32> = text
            .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
            .filter(|part| !part.is_empty())
            .map(|part| part.trim_end_matches('%').parse::<f32>())
            .collect::<Result<_, _>>()
            .ok()?;
        let [c, m, y, k] = <[f32; 4]>::try_from(values).ok()?;
        let ok = |v: f32| (0.0..=100.0).contains(&v);
        (ok(c) && ok(m) && ok(y) && ok(k)).then(|| Cmyk {
            c: c / 100.0,
            m: m / 100.0,
            y: y / 100.0,
            k: k / 100.0,
        })
    }

    /// `C/M/Y/K` in whole percent.
    pub fn to_text(self) -> String {
        let [c, m, y, k] = self.percent();
        format!("{c}/{m}/{y}/{k}")
    }

    /// Holds total ink to `limit_percent` by taking cyan, magenta and yellow back in
    /// proportion (black stays: it carries the detail).
    pub fn limited(self, limit_percent: f32) -> Cmyk {
        let limit = limit_percent / 100.0;
        let cmy = self.c + self.m + self.y;
        if self.c + self.m + self.y + self.k <= limit || cmy <= 0.0 {
            return self;
        }
        let scale = ((limit - self.k).max(0.0) / cmy).min(1.0);
        Cmyk {
            c: self.c * scale,
            m: self.m * scale,
            y: self.y * scale,
            k: self.k,
        }
    }
}

/// The condition's identifier in the ICC characterization registry, as PDF/X output
/// intents name it.
pub fn registry_identifier(condition: PrintCondition) -> &'static str {
    match condition {
        PrintCondition::CoatedFogra39 => "FOGRA39",
        PrintCondition::CoatedGracol => "CGATS TR 006",
    }
}

/// What the condition is, in words, for the output intent.
pub fn description(condition: PrintCondition) -> &'static str {
    match condition {
        PrintCondition::CoatedFogra39 => {
            "Offset printing, ISO 12647-2:2004/Amd 1, coated paper (FOGRA39)"
        }
        PrintCondition::CoatedGracol => "GRACoL printing on grade 1 coated paper (TR 006)",
    }
}

/// The condition's ICC profile.
pub fn profile(condition: PrintCondition) -> &'static [u8] {
    match condition {
        PrintCondition::CoatedFogra39 => {
            include_bytes!("../../assets/icc/PlacardCoatedFOGRA39.icc")
        }
        PrintCondition::CoatedGracol => include_bytes!("../../assets/icc/PlacardCoatedGRACoL.icc"),
    }
}

/// The ink limit used unless told otherwise, in percent (the profiles' own).
pub const DEFAULT_INK_LIMIT: f32 = 300.0;

/// What can go wrong setting up a conversion.
#[derive(Debug, thiserror::Error)]
pub struct CmykError {
    condition: PrintCondition,
    reason: String,
}

impl std::fmt::Display for CmykError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = crate::tr!(
            "cmyk-profile-unusable",
            condition = self.condition.name().text(),
            reason = self.reason.as_str()
        );
        f.write_str(&message.text())
    }
}

/// Converts between the design's sRGB and one printing condition's inks.
#[derive(Clone)]
pub struct CmykConverter {
    condition: PrintCondition,
    ink_limit: f32,
    /// sRGB → CMYK for single colours (relative colorimetric).
    colours: Arc<Transform16BitExecutor>,
    /// sRGB → CMYK for photos (perceptual).
    pixels: Arc<Transform8BitExecutor>,
    /// CMYK → sRGB: how inks look on screen.
    preview: Arc<Transform16BitExecutor>,
    /// How light black ink alone looks on screen (sRGB grey level) at 0–100 %.
    black_ramp: [u8; 101],
}

impl std::fmt::Debug for CmykConverter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CmykConverter")
            .field("condition", &self.condition)
            .field("ink_limit", &self.ink_limit)
            .finish_non_exhaustive()
    }
}

impl CmykConverter {
    /// A converter for `condition` holding total ink to `ink_limit` percent (at most the
    /// profile's 300 %).
    pub fn new(condition: PrintCondition, ink_limit: f32) -> Result<CmykConverter, CmykError> {
        let error = |reason: String| CmykError { condition, reason };
        let press =
            ColorProfile::new_from_slice(profile(condition)).map_err(|e| error(e.to_string()))?;
        let srgb = ColorProfile::new_srgb();
        let options = |intent| TransformOptions {
            rendering_intent: intent,
            ..TransformOptions::default()
        };
        let colours = srgb
            .create_transform_16bit(
                Layout::Rgb,
                &press,
                Layout::Rgba,
                options(RenderingIntent::RelativeColorimetric),
            )
            .map_err(|e| error(e.to_string()))?;
        let pixels = srgb
            .create_transform_8bit(
                Layout::Rgb,
                &press,
                Layout::Rgba,
                options(RenderingIntent::Perceptual),
            )
            .map_err(|e| error(e.to_string()))?;
        let preview = press
            .create_transform_16bit(
                Layout::Rgba,
                &srgb,
                Layout::Rgb,
                options(RenderingIntent::RelativeColorimetric),
            )
            .map_err(|e| error(e.to_string()))?;
        let mut converter = CmykConverter {
            condition,
            ink_limit: ink_limit.clamp(100.0, DEFAULT_INK_LIMIT),
            colours,
            pixels,
            preview,
            black_ramp: [0; 101],
        };
        let mut ramp = [0u8; 101];
        for (percent, level) in ramp.iter_mut().enumerate() {
            let inks = Cmyk {
                k: percent as f32 / 100.0,
                ..Cmyk::from_percent([0; 4])
            };
            *level = converter.preview(inks).g;
        }
        converter.black_ramp = ramp;
        Ok(converter)
    }

    /// A converter with the full ink limit for `condition`, made once and shared (the
    /// editor asks for it every frame).
    pub fn shared(condition: PrintCondition) -> Result<&'static CmykConverter, &'static CmykError> {
        static CONVERTERS: [OnceLock<Result<CmykConverter, CmykError>>; 2] =
            [OnceLock::new(), OnceLock::new()];
        let slot = match condition {
            PrintCondition::CoatedFogra39 => &CONVERTERS[0],
            PrintCondition::CoatedGracol => &CONVERTERS[1],
        };
        slot.get_or_init(|| CmykConverter::new(condition, DEFAULT_INK_LIMIT))
            .as_ref()
    }

    /// The printing condition converted to.
    pub fn condition(&self) -> PrintCondition {
        self.condition
    }

    /// The total ink limit in percent.
    pub fn ink_limit(&self) -> f32 {
        self.ink_limit
    }

    /// The inks for a colour: the CMYK given for it if any, else through the profile.
    /// Alpha is not part of ink; the caller keeps it.
    pub fn color(&self, color: Color) -> Cmyk {
        if let Some(given) = color.cmyk {
            return Cmyk::from_percent(given).limited(self.ink_limit);
        }
        let widen = |v: u8| u16::from(v) * 257;
        let source = [widen(color.r), widen(color.g), widen(color.b)];
        let mut out = [0u16; 4];
        if self.colours.transform(&source, &mut out).is_err() {
            return Cmyk::BLACK;
        }
        let f = |v: u16| f32::from(v) / 65535.0;
        Cmyk {
            c: f(out[0]),
            m: f(out[1]),
            y: f(out[2]),
            k: f(out[3]),
        }
        .limited(self.ink_limit)
    }

    /// Black ink alone for a grey (red, green and blue within a few steps of each other):
    /// the amount that looks as light, up to 100 %. Text and lines in grey print this way
    /// so they stay sharp however the plates shift. `None` for colours and given inks.
    pub fn grey_as_black(&self, color: Color) -> Option<Cmyk> {
        let high = color.r.max(color.g).max(color.b);
        let low = color.r.min(color.g).min(color.b);
        if color.cmyk.is_some() || high - low > 6 {
            return None;
        }
        let level = ((u16::from(color.r) + u16::from(color.g) + u16::from(color.b)) / 3) as u8;
        // The ramp darkens as black grows: the first step at least as dark as the grey.
        let percent = self
            .black_ramp
            .iter()
            .position(|ramp| *ramp <= level)
            .unwrap_or(100);
        Some(Cmyk {
            k: percent as f32 / 100.0,
            ..Cmyk::from_percent([0; 4])
        })
    }

    /// Turns 8-bit RGB pixels into 8-bit CMYK pixels (four bytes each).
    pub fn pixels(&self, rgb: &[u8]) -> Vec<u8> {
        let count = rgb.len() / 3;
        let mut out = vec![0u8; count * 4];
        if self.pixels.transform(&rgb[..count * 3], &mut out).is_err() {
            // Cannot happen with matching lengths; print nothing rather than garbage.
            out.fill(0);
        }
        let limit = self.ink_limit * 2.55;
        if limit < 4.0 * 255.0 {
            for px in out.chunks_exact_mut(4) {
                let total: f32 = px.iter().map(|v| f32::from(*v)).sum();
                if total > limit {
                    let cmy = f32::from(px[0]) + f32::from(px[1]) + f32::from(px[2]);
                    let scale = ((limit - f32::from(px[3])).max(0.0) / cmy).min(1.0);
                    for v in &mut px[..3] {
                        *v = (f32::from(*v) * scale).floor() as u8;
                    }
                }
            }
        }
        out
    }

    /// How inks look on screen, as sRGB.
    pub fn preview(&self, inks: Cmyk) -> Color {
        let f = |v: f32| (v.clamp(0.0, 1.0) * 65535.0).round() as u16;
        let source = [f(inks.c), f(inks.m), f(inks.y), f(inks.k)];
        let mut out = [0u16; 3];
        if self.preview.transform(&source, &mut out).is_err() {
            return Color::BLACK;
        }
        let narrow = |v: u16| ((u32::from(v) + 128) / 257) as u8;
        Color::rgb(narrow(out[0]), narrow(out[1]), narrow(out[2]))
    }

    /// A colour given as inks: shown on screen as the profile says it prints, and printed
    /// with exactly those inks.
    pub fn given(&self, inks: Cmyk) -> Color {
        Color {
            cmyk: Some(inks.percent()),
            ..self.preview(inks)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converter(condition: PrintCondition) -> CmykConverter {
        CmykConverter::new(condition, DEFAULT_INK_LIMIT).expect("bundled profile loads")
    }

    #[test]
    fn paper_white_takes_no_ink_and_primaries_go_where_printers_expect() {
        for condition in PrintCondition::ALL {
            let press = converter(condition);
            assert_eq!(press.color(Color::WHITE).percent(), [0, 0, 0, 0]);
            let red = press.color(Color::rgb(255, 0, 0)).percent();
            assert!(
                red[0] <= 5 && red[1] >= 85 && red[2] >= 85 && red[3] <= 5,
                "{red:?}"
            );
            let yellow = press.color(Color::rgb(255, 255, 0)).percent();
            assert!(
                yellow[2] >= 90 && yellow[0] <= 10 && yellow[3] == 0,
                "{yellow:?}"
            );
            let cyan = press.color(Color::rgb(0, 160, 228)).percent();
            assert!(cyan[0] >= 75 && cyan[1] <= 25 && cyan[2] <= 5, "{cyan:?}");
        }
    }

    #[test]
    fn greys_are_balanced_and_get_more_black_as_they_darken() {
        let press = converter(PrintCondition::CoatedFogra39);
        let mut last_k = 0;
        let mut last_lightness = 256;
        for v in (0..=255u8).rev().step_by(15) {
            let inks = press.color(Color::rgb(v, v, v));
            let [c, m, y, k] = inks.percent();
            assert!(k >= last_k, "black falls at grey {v}: {inks:?}");
            last_k = k;
            // Cyan leads magenta and yellow, which stay close: a neutral grey balance (the
            // darkest greys lie beyond the press's black and are held to the ink limit).
            if v >= 45 {
                assert!(c >= m && m.abs_diff(y) <= 12, "grey {v}: {inks:?}");
            }
            // Printed back on screen the grey is still grey and in order.
            let seen = press.preview(inks);
            let spread = seen.r.max(seen.g).max(seen.b) - seen.r.min(seen.g).min(seen.b);
            assert!(spread <= 10, "grey {v} previews as {seen:?}");
            let lightness = u32::from(seen.g);
            assert!(
                lightness <= last_lightness,
                "grey {v} previews lighter than the one before"
            );
            last_lightness = lightness;
        }
        let white_ish = press.color(Color::rgb(230, 230, 230)).percent();
        assert_eq!(white_ish[3], 0, "light greys carry no black dots");
    }

    #[test]
    fn no_colour_or_pixel_passes_the_ink_limit() {
        for limit in [DEFAULT_INK_LIMIT, 260.0] {
            let press = CmykConverter::new(PrintCondition::CoatedGracol, limit).expect("profile");
            let mut rgb = Vec::new();
            for r in (0..=255u8).step_by(51) {
                for g in (0..=255u8).step_by(51) {
                    for b in (0..=255u8).step_by(51) {
                        let inks = press.color(Color::rgb(r, g, b));
                        assert!(inks.total_percent() <= limit + 0.5, "{r},{g},{b}: {inks:?}");
                        rgb.extend([r, g, b]);
                    }
                }
            }
            for px in press.pixels(&rgb).chunks_exact(4) {
                let total: u32 = px.iter().map(|v| u32::from(*v)).sum();
                assert!(total as f32 <= limit * 2.55 + 1.0, "{px:?}");
            }
        }
    }

    #[test]
    fn colours_survive_the_trip_to_ink_and_back() {
        let press = converter(PrintCondition::CoatedFogra39);
        // In-gamut colours: a dull red, a mid blue, a skin tone, a grey-green.
        for color in [
            Color::rgb(180, 60, 60),
            Color::rgb(60, 90, 160),
            Color::rgb(220, 180, 150),
            Color::rgb(120, 140, 110),
        ] {
            let back = press.preview(press.color(color));
            for (a, b) in [(color.r, back.r), (color.g, back.g), (color.b, back.b)] {
                assert!(a.abs_diff(b) <= 8, "{color:?} came back as {back:?}");
            }
        }
    }

    #[test]
    fn greys_for_text_take_black_ink_alone() {
        let press = converter(PrintCondition::CoatedFogra39);
        let near_black = press.grey_as_black(Color::rgb(17, 17, 17)).expect("a grey");
        assert_eq!(near_black.percent(), [0, 0, 0, 100]);
        assert_eq!(
            press.grey_as_black(Color::WHITE).map(Cmyk::percent),
            Some([0; 4])
        );
        let mid = press
            .grey_as_black(Color::rgb(128, 128, 128))
            .expect("a grey");
        assert!((0.4..=0.8).contains(&mid.k), "{mid:?}");
        let seen = press.preview(mid);
        assert!(
            seen.g.abs_diff(128) <= 6,
            "50 % grey as black ink looks {seen:?}"
        );
        assert_eq!(press.grey_as_black(Color::rgb(200, 30, 30)), None);
    }

    #[test]
    fn given_inks_are_kept_exactly() {
        let press = converter(PrintCondition::CoatedFogra39);
        let inks = Cmyk::parse("0 100 100 0").expect("parses");
        let color = press.given(inks);
        assert_eq!(color.cmyk, Some([0, 100, 100, 0]));
        assert_eq!(press.color(color).percent(), [0, 100, 100, 0]);
        assert!(color.r > 200 && color.g < 80 && color.b < 80, "{color:?}");
        assert_eq!(
            Cmyk::parse("10/20/30/40%").map(Cmyk::percent),
            Some([10, 20, 30, 40])
        );
        assert_eq!(Cmyk::parse("10 20 30"), None);
        assert_eq!(Cmyk::parse("10 20 30 140"), None);
    }
}
