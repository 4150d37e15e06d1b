//! An sRGB ICC profile (version 2.1), written out from the sRGB standard's numbers: the
//! D50-adapted primaries and the sRGB tone curve. PDF/X output intents embed it; being
//! generated, it carries no third party's licence.

/// The profile's bytes.
pub fn srgb_profile() -> Vec<u8> {
    // Tag data, each padded to 4 bytes.
    let curve = srgb_curve();
    let tags: Vec<([u8; 4], Vec<u8>)> = vec![
        (*b"desc", text_description("Placard sRGB IEC61966-2.1")),
        (*b"cprt", text("No copyright, use freely")),
        (*b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (*b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
        (*b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
        (*b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
        (*b"rTRC", curve.clone()),
        (*b"gTRC", curve.clone()),
        (*b"bTRC", curve),
    ];

    let table_size = 4 + 12 * tags.len();
    let mut offset = 128 + table_size;
    let mut table = Vec::new();
    let mut data = Vec::new();
    table.extend((tags.len() as u32).to_be_bytes());
    for (signature, bytes) in &tags {
        table.extend(signature);
        table.extend((offset as u32).to_be_bytes());
        table.extend((bytes.len() as u32).to_be_bytes());
        let mut padded = bytes.clone();
        while padded.len() % 4 != 0 {
            padded.push(0);
        }
        offset += padded.len();
        data.extend(padded);
    }
    let size = 128 + table.len() + data.len();

    let mut header = Vec::with_capacity(128);
    header.extend((size as u32).to_be_bytes());
    header.extend(b"none"); // preferred CMM: any
    header.extend([0x02, 0x10, 0x00, 0x00]); // version 2.1
    header.extend(b"mntr"); // display device class
    header.extend(b"RGB "); // data colour space
    header.extend(b"XYZ "); // connection space
    header.extend([0u8; 12]); // date
    header.extend(b"acsp");
    header.extend([0u8; 4]); // platform
    header.extend([0u8; 4]); // flags
    header.extend([0u8; 4]); // manufacturer
    header.extend([0u8; 4]); // model
    header.extend([0u8; 8]); // attributes
    header.extend(0u32.to_be_bytes()); // perceptual intent
    header.extend(s15_fixed16(0.9642));
    header.extend(s15_fixed16(1.0));
    header.extend(s15_fixed16(0.8249));
    header.extend([0u8; 4]); // creator
    header.resize(128, 0);

    let mut profile = header;
    profile.extend(table);
    profile.extend(data);
    profile
}

fn s15_fixed16(value: f32) -> [u8; 4] {
    ((value * 65536.0).round() as i32).to_be_bytes()
}

fn xyz(x: f32, y: f32, z: f32) -> Vec<u8> {
    let mut out = b"XYZ ".to_vec();
    out.extend([0u8; 4]);
    for v in [x, y, z] {
        out.extend(s15_fixed16(v));
    }
    out
}

fn text(words: &str) -> Vec<u8> {
    let mut out = b"text".to_vec();
    out.extend([0u8; 4]);
    out.extend(words.as_bytes());
    out.push(0);
    out
}

/// A version 2 `desc` tag: ASCII, with empty Unicode and ScriptCode parts.
fn text_description(words: &str) -> Vec<u8> {
    let mut out = b"desc".to_vec();
    out.extend([0u8; 4]);
    out.extend(((words.len() + 1) as u32).to_be_bytes());
    out.extend(words.as_bytes());
    out.push(0);
    out.extend([0u8; 4]); // Unicode language
    out.extend([0u8; 4]); // Unicode count
    out.extend([0u8; 2]); // ScriptCode code
    out.push(0); // ScriptCode count
    out.extend([0u8; 67]); // ScriptCode text
    out
}

/// The sRGB tone curve (encoded value to linear light) as a 1024-entry table.
fn srgb_curve() -> Vec<u8> {
    const ENTRIES: usize = 1024;
    let mut out = b"curv".to_vec();
    out.extend([0u8; 4]);
    out.extend((ENTRIES as u32).to_be_bytes());
    for i in 0..ENTRIES {
        let v = i as f64 / (ENTRIES - 1) as f64;
        let linear = if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        };
        out.extend(((linear * 65535.0).round() as u16).to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profile_is_well_formed() {
        let profile = srgb_profile();
        let size = u32::from_be_bytes([profile[0], profile[1], profile[2], profile[3]]);
        assert_eq!(size as usize, profile.len());
        assert_eq!(&profile[36..40], b"acsp");
        let count = u32::from_be_bytes([profile[128], profile[129], profile[130], profile[131]]);
        assert_eq!(count, 9);
        // Every tag lies inside the profile, 4-byte aligned.
        for i in 0..count as usize {
            let at = 132 + 12 * i;
            let word = |o: usize| {
                u32::from_be_bytes([profile[o], profile[o + 1], profile[o + 2], profile[o + 3]])
            };
            let (offset, length) = (word(at + 4) as usize, word(at + 8) as usize);
            assert_eq!(offset % 4, 0);
            assert!(offset + length <= profile.len());
        }
    }
}
