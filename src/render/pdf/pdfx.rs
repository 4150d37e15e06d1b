//! Finishing a PDF as PDF/X-4: the output intent with its embedded ICC profile, the
//! PDF/X version and trapping keys in XMP metadata (the Info dictionary's are written by
//! `info`), and a document ID.

use lopdf::{Dictionary, Object, Stream, StringFormat};

use super::info::text_string as text;
use super::{PdfError, PdfOptions, icc};
use crate::colour::cmyk;

/// Name of the output condition RGB files declare.
const SRGB_CONDITION: &str = "sRGB IEC61966-2.1";

/// Turns the finished document into PDF/X-4.
pub(super) fn make_pdfx(
    pdf: &mut lopdf::Document,
    options: &PdfOptions,
    date: printpdf::OffsetDateTime,
) -> Result<(), PdfError> {
    // The condition printed for: the CMYK one the colours were converted for, else sRGB.
    let (channels, profile, identifier, condition) = match &options.cmyk {
        Some(press) => {
            let c = press.condition();
            (
                4,
                cmyk::profile(c).to_vec(),
                cmyk::registry_identifier(c),
                cmyk::description(c),
            )
        }
        None => (3, icc::srgb_profile(), SRGB_CONDITION, SRGB_CONDITION),
    };
    let mut profile_dict = Dictionary::new();
    profile_dict.set("N", Object::Integer(channels));
    profile_dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    let profile_id =
        pdf.add_object(Stream::new(profile_dict, super::deflate(&profile)).with_compression(false));
    let intent = Dictionary::from_iter([
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFX".to_vec())),
        ("OutputConditionIdentifier", text(identifier)),
        ("OutputCondition", text(condition)),
        ("RegistryName", text("http://www.color.org")),
        ("Info", text(condition)),
        ("DestOutputProfile", Object::Reference(profile_id)),
    ]);

    let stamp = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        date.year(),
        u8::from(date.month()),
        date.day(),
        date.hour(),
        date.minute(),
        date.second()
    );
    // A stable identifier from what the file is: its title and date (FNV-1a).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in options.title.bytes().chain(stamp.bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    let id = format!(
        "{hash:016x}{:016x}",
        hash.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15
    );
    let uuid = format!(
        "uuid:{}-{}-{}-{}-{}",
        &id[0..8],
        &id[8..12],
        &id[12..16],
        &id[16..20],
        &id[20..32]
    );
    let title = options
        .title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let version = env!("CARGO_PKG_VERSION");
    let xmp = format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">
 <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">
  <rdf:Description rdf:about=\"\"
    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"
    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"
    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"
    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"
    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
   <xmp:CreatorTool>Placard</xmp:CreatorTool>
   <pdf:Producer>Placard {version}</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
   <xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end=\"w\"?>"
    );
    let metadata = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp.into_bytes(),
    )
    .with_compression(false);
    let metadata_id = pdf.add_object(metadata);

    let write_error = |what: &str| PdfError::Write(format!("the PDF/X {what}"));
    let catalog = pdf.catalog_mut().map_err(|_| write_error("catalog"))?;
    catalog.set(
        "OutputIntents",
        Object::Array(vec![Object::Dictionary(intent)]),
    );
    catalog.set("Metadata", Object::Reference(metadata_id));

    let id_bytes = Object::String(id.into_bytes(), StringFormat::Hexadecimal);
    pdf.trailer
        .set("ID", Object::Array(vec![id_bytes.clone(), id_bytes]));
    Ok(())
}
