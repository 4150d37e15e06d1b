//! The PDF's information dictionary, written as readers and preflight software expect:
//! text in PDF's text-string encoding (plain when ASCII, else UTF-16 with its byte-order
//! mark, so "Poster — Persian: آزادی" shows as typed), no empty entries, and the PDF/X
//! keys only in a PDF/X file (an empty `GTS_PDFXVersion` reads as a broken PDF/X claim).

use lopdf::{Dictionary, Object, StringFormat};

use super::PdfError;

/// A PDF text string: PDFDocEncoding's ASCII part as it is, anything else as UTF-16BE
/// with a byte-order mark (PDF 32000-1, 7.9.2.2).
pub(super) fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        return Object::String(text.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xfe, 0xff];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Rewrites the information dictionary: the title, creator, producer and dates; and for
/// PDF/X its version and trapping state.
pub(super) fn write_info(
    pdf: &mut lopdf::Document,
    title: &str,
    pdfx: Option<&str>,
) -> Result<(), PdfError> {
    let info_id = match pdf.trailer.get(b"Info") {
        Ok(Object::Reference(id)) => *id,
        _ => pdf.add_object(Dictionary::new()),
    };
    pdf.trailer.set("Info", Object::Reference(info_id));
    let old = pdf
        .get_dictionary(info_id)
        .map_err(|_| PdfError::Write("the PDF's information dictionary".to_owned()))?
        .clone();
    let mut info = Dictionary::new();
    // The dates printpdf wrote are plain ASCII and correct.
    for key in ["CreationDate", "ModDate"] {
        if let Ok(date) = old.get(key.as_bytes()) {
            info.set(key, date.clone());
        }
    }
    if !title.trim().is_empty() {
        info.set("Title", text_string(title));
    }
    info.set("Creator", text_string("Placard"));
    info.set(
        "Producer",
        text_string(&format!("Placard {}", env!("CARGO_PKG_VERSION"))),
    );
    if let Some(version) = pdfx {
        info.set("GTS_PDFXVersion", text_string(version));
        info.set("Trapped", Object::Name(b"False".to_vec()));
    }
    pdf.objects.insert(info_id, Object::Dictionary(info));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_are_ascii_or_utf16_with_a_byte_order_mark() {
        assert_eq!(
            text_string("Poster A2"),
            Object::String(b"Poster A2".to_vec(), StringFormat::Literal)
        );
        let Object::String(bytes, _) = text_string("A — آ") else {
            panic!("a string");
        };
        assert_eq!(
            bytes,
            [
                0xfe, 0xff, 0x00, b'A', 0x00, b' ', 0x20, 0x14, 0x00, b' ', 0x06, 0x22
            ]
        );
    }
}
