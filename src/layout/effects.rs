//! Poster effects and face blocks: a new picture made from a photo's pixels, the stored
//! photo left as it is.
//!
//! Order: brightness and contrast, then the blocks (so no adjustment can lighten them),
//! then the effect. A halftone's picture is the grey tone the scene turns into dots.

use rayon::prelude::*;

use super::LayoutError;
use super::images::LoadedImage;
use crate::model::{Color, CropRect, ImageAdjust, ImageEffect, ImageElement};

/// What an image element asks of its photo's pixels, as a key for caching the result.
pub fn look_key(element: &ImageElement) -> String {
    // Halftone cell and angle are applied by the scene, not to the pixels.
    let effect = match element.effect {
        Some(ImageEffect::Halftone { .. }) => Some(ImageEffect::Grayscale),
        other => other,
    };
    format!("{:?}|{:?}|{:?}", element.adjust, effect, element.blocks)
}

/// The photo with the element's adjustment, blocks and effect applied. Fails when the
/// photo's pixels cannot be decoded.
pub fn apply(image: &LoadedImage, element: &ImageElement) -> Result<LoadedImage, LayoutError> {
    let tone = tone_table(element.adjust);
    let (width, height) = (image.width as usize, image.height as usize);
    let blocks: Vec<(usize, usize, usize, usize)> = element
        .blocks
        .iter()
        .map(|block| block_pixels(*block, width, height))
        .collect();
    let effect = element.effect;
    let mut rgba = image.rgba()?.to_vec();
    rgba.par_chunks_mut(width * 4)
        .enumerate()
        .for_each(|(y, row)| {
            for (x, px) in row.chunks_exact_mut(4).enumerate() {
                for channel in &mut px[..3] {
                    *channel = tone[usize::from(*channel)];
                }
                if blocks
                    .iter()
                    .any(|&(x0, y0, x1, y1)| x >= x0 && x < x1 && y >= y0 && y < y1)
                {
                    px.copy_from_slice(&[0, 0, 0, 255]);
                }
                if let Some(effect) = effect {
                    apply_effect(effect, px);
                }
            }
        });
    let two_colours = matches!(effect, Some(ImageEffect::Threshold { .. }));
    Ok(LoadedImage::processed(
        image.width,
        image.height,
        rgba,
        two_colours,
    ))
}

/// Lightness of an sRGB pixel, 0–255 (Rec. 709 weights on the encoded values).
pub fn luma(px: &[u8]) -> u8 {
    let y = 0.2126 * f32::from(px[0]) + 0.7152 * f32::from(px[1]) + 0.0722 * f32::from(px[2]);
    y.round().clamp(0.0, 255.0) as u8
}

fn apply_effect(effect: ImageEffect, px: &mut [u8]) {
    match effect {
        ImageEffect::Grayscale | ImageEffect::Halftone { .. } => {
            let y = luma(px);
            px[..3].copy_from_slice(&[y, y, y]);
        }
        ImageEffect::Duotone { dark, light } => {
            let t = f32::from(luma(px)) / 255.0;
            let mix =
                |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
            px[0] = mix(dark.r, light.r);
            px[1] = mix(dark.g, light.g);
            px[2] = mix(dark.b, light.b);
        }
        ImageEffect::Threshold { level, ink, paper } => {
            let inked = px[3] >= 128 && f32::from(luma(px)) < level.clamp(0.0, 1.0) * 255.0;
            let colour = if inked {
                ink
            } else {
                paper.unwrap_or(Color::TRANSPARENT)
            };
            px.copy_from_slice(&[colour.r, colour.g, colour.b, colour.a]);
        }
        ImageEffect::Posterize { levels } => {
            let steps = f32::from(levels.clamp(2, 8) - 1);
            for channel in &mut px[..3] {
                *channel =
                    ((f32::from(*channel) / 255.0 * steps).round() / steps * 255.0).round() as u8;
            }
        }
    }
}

/// Brightness and contrast as a table from each channel value to the adjusted one.
fn tone_table(adjust: ImageAdjust) -> [u8; 256] {
    let brightness = adjust.brightness.clamp(-1.0, 1.0);
    let contrast = adjust.contrast.clamp(-1.0, 1.0);
    // Positive contrast steepens the curve towards a hard step, negative flattens it.
    let gain = if contrast >= 0.0 {
        1.0 / (1.0 - contrast * 0.99)
    } else {
        1.0 + contrast
    };
    let mut table = [0u8; 256];
    for (value, out) in table.iter_mut().enumerate() {
        let v = value as f32 / 255.0;
        let adjusted = (v - 0.5) * gain + 0.5 + brightness;
        *out = (adjusted.clamp(0.0, 1.0) * 255.0).round() as u8;
    }
    table
}

/// A block's pixel rectangle `(x0, y0, x1, y1)`, grown outwards to whole pixels so that
/// no partly covered pixel stays visible.
fn block_pixels(block: CropRect, width: usize, height: usize) -> (usize, usize, usize, usize) {
    let block = block.sanitized();
    let (w, h) = (width as f32, height as f32);
    let x0 = (block.x * w).floor().max(0.0) as usize;
    let y0 = (block.y * h).floor().max(0.0) as usize;
    let x1 = ((block.x + block.width) * w).ceil().min(w) as usize;
    let y1 = ((block.y + block.height) * h).ceil().min(h) as usize;
    (x0, y0, x1, y1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(width: u32, height: u32) -> LoadedImage {
        let mut rgba = Vec::new();
        for y in 0..height {
            for x in 0..width {
                rgba.extend_from_slice(&[
                    (x * 255 / width) as u8,
                    (y * 255 / height) as u8,
                    90,
                    255,
                ]);
            }
        }
        LoadedImage::processed(width, height, rgba, false)
    }

    fn element(effect: Option<ImageEffect>) -> ImageElement {
        ImageElement {
            asset: Some("photo.png".to_owned()),
            effect,
            ..ImageElement::default()
        }
    }

    fn colours(image: &LoadedImage) -> std::collections::BTreeSet<[u8; 4]> {
        image
            .rgba()
            .unwrap()
            .chunks_exact(4)
            .map(|px| [px[0], px[1], px[2], px[3]])
            .collect()
    }

    #[test]
    fn threshold_leaves_exactly_the_ink_and_the_paper() {
        let ink = Color::rgb(200, 16, 46);
        let out = apply(
            &photo(64, 48),
            &element(Some(ImageEffect::Threshold {
                level: 0.5,
                ink,
                paper: Some(Color::WHITE),
            })),
        )
        .unwrap();
        let found = colours(&out);
        assert_eq!(
            found,
            [[200, 16, 46, 255], [255, 255, 255, 255]]
                .into_iter()
                .collect()
        );
        assert!(out.crisp, "two-colour pictures are drawn without smoothing");
        assert!(out.jpeg.is_none());
    }

    #[test]
    fn grayscale_and_duotone_follow_the_tone() {
        let source = photo(32, 32);
        let grey = apply(&source, &element(Some(ImageEffect::Grayscale))).unwrap();
        assert!(
            grey.rgba()
                .unwrap()
                .chunks_exact(4)
                .all(|px| px[0] == px[1] && px[1] == px[2])
        );
        let dark = Color::rgb(20, 30, 120);
        let light = Color::rgb(250, 220, 0);
        let duo = apply(
            &source,
            &element(Some(ImageEffect::Duotone { dark, light })),
        )
        .unwrap();
        // Every pixel lies between the two colours, the darkest source pixel near `dark`.
        for px in duo.rgba().unwrap().chunks_exact(4) {
            assert!((20..=250).contains(&px[0]) && (30..=220).contains(&px[1]));
        }
        let first = &duo.rgba().unwrap()[..3];
        assert!(
            first[2] > 90,
            "the darkest corner takes the dark colour: {first:?}"
        );
    }

    #[test]
    fn posterize_keeps_few_values_per_channel() {
        let out = apply(
            &photo(64, 64),
            &element(Some(ImageEffect::Posterize { levels: 3 })),
        )
        .unwrap();
        let reds: std::collections::BTreeSet<u8> = out
            .rgba()
            .unwrap()
            .chunks_exact(4)
            .map(|px| px[0])
            .collect();
        assert_eq!(reds, [0, 128, 255].into_iter().collect());
    }

    #[test]
    fn brightness_and_contrast_move_tones_as_expected() {
        let table = tone_table(ImageAdjust {
            brightness: 0.2,
            contrast: 0.0,
        });
        assert_eq!(table[100], 151);
        let hard = tone_table(ImageAdjust {
            brightness: 0.0,
            contrast: 0.5,
        });
        assert!(hard[64] < 64 && hard[192] > 192 && hard[128] == 128);
        let flat = tone_table(ImageAdjust {
            brightness: 0.0,
            contrast: -1.0,
        });
        assert!(flat.iter().all(|&v| v == 128));
    }

    #[test]
    fn a_block_is_solid_black_whatever_the_adjustment() {
        let mut look = element(None);
        look.adjust.brightness = 1.0;
        look.blocks.push(CropRect {
            x: 0.25,
            y: 0.25,
            width: 0.5,
            height: 0.5,
        });
        let out = apply(&photo(40, 40), &look).unwrap();
        for y in 0..40 {
            for x in 0..40 {
                let px = &out.rgba().unwrap()[(y * 40 + x) * 4..][..4];
                let inside = (10..30).contains(&x) && (10..30).contains(&y);
                assert_eq!(px == [0, 0, 0, 255], inside, "pixel {x},{y}: {px:?}");
            }
        }
    }
}
