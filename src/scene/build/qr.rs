//! QR codes in the scene: the code's modules and the squares that draw them.

#[allow(clippy::wildcard_imports)]
use super::*;

/// Quiet zone around a QR code, in modules, as the standard asks.
pub const QR_QUIET_ZONE: usize = 4;

/// The modules of a QR code: how many along a side (quiet zone excluded) and which are
/// dark, row by row.
pub fn qr_modules(
    qr: &crate::model::QrElement,
) -> Result<(usize, Vec<bool>), crate::i18n::Message> {
    use crate::model::QrErrorCorrection;
    let level = match qr.error_correction {
        QrErrorCorrection::Low => qrcode::EcLevel::L,
        QrErrorCorrection::Medium => qrcode::EcLevel::M,
        QrErrorCorrection::Quartile => qrcode::EcLevel::Q,
        QrErrorCorrection::High => qrcode::EcLevel::H,
    };
    let code = qrcode::QrCode::with_error_correction_level(qr.data.as_bytes(), level)
        .map_err(|_| crate::tr!("qr-too-long", count = qr.data.chars().count()))?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Ok((code.width(), dark))
}

/// A QR code filling the largest centred square of a `w` × `h` box: the light square
/// (quiet zone included), then the dark modules as one path, each row's runs merged.
pub(super) fn qr_items(
    qr: &crate::model::QrElement,
    w: f32,
    h: f32,
    opacity: f32,
) -> Result<Vec<Item>, crate::i18n::Message> {
    let (count, dark) = qr_modules(qr)?;
    let side = w.min(h);
    let module = side / (count + 2 * QR_QUIET_ZONE) as f32;
    let (x0, y0) = ((w - side) / 2.0, (h - side) / 2.0);
    let mut items = Vec::new();
    if let Some(light) = qr.light {
        items.push(fill_rect(
            Rect::new(x0, y0, side, side),
            Paint::Solid(light.with_opacity(opacity)),
        ));
    }
    let origin = (
        x0 + QR_QUIET_ZONE as f32 * module,
        y0 + QR_QUIET_ZONE as f32 * module,
    );
    let mut path = Path::default();
    for row in 0..count {
        let mut column = 0;
        while column < count {
            if !dark[row * count + column] {
                column += 1;
                continue;
            }
            let start = column;
            while column < count && dark[row * count + column] {
                column += 1;
            }
            path.extend(&Path::rect(Rect::new(
                origin.0 + start as f32 * module,
                origin.1 + row as f32 * module,
                (column - start) as f32 * module,
                module,
            )));
        }
    }
    items.push(Item::Path(PathItem {
        path,
        fill: Some(Paint::Solid(qr.dark.with_opacity(opacity))),
        stroke: None,
    }));
    Ok(items)
}
