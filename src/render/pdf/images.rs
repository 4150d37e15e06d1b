//! Photos and pictures in the PDF: image XObjects at native size (a whole JPEG carried
//! as it is, a CMYK JPEG for the print shop, other pixels deflated with their alpha as a
//! soft mask), placed by the scene's transforms.

#[allow(clippy::wildcard_imports)]
use super::*;

impl Writer {
    pub(super) fn image_xobject(
        &mut self,
        image: &Arc<LoadedImage>,
    ) -> Result<(XObjectId, Transform), PdfError> {
        let key = Arc::as_ptr(image) as usize;
        // PDF draws an image into the unit square with its first row at the top (y = 1).
        let flip = Transform {
            d: -1.0,
            f: 1.0,
            ..Transform::IDENTITY
        };
        // In CMYK only grey and CMYK JPEGs can pass as they are; the others are converted.
        let jpeg = image
            .jpeg
            .as_ref()
            .filter(|j| self.cmyk.is_none() || j.components != 3);
        if let Some(jpeg) = jpeg {
            let placement = jpeg.orientation.concat(&flip);
            if let Some(id) = self.images.get(&key) {
                return Ok((id.clone(), placement));
            }
            let id = self.doc.add_xobject(&jpeg_xobject(jpeg));
            self.images.insert(key, id.clone());
            return Ok((id, placement));
        }
        if let Some(id) = self.images.get(&key) {
            return Ok((id.clone(), flip));
        }
        // A photo that came as a JPEG stays a JPEG in inks (smaller than lossless by far).
        let cmyk_jpeg = match (&self.cmyk, &image.jpeg) {
            (Some(press), Some(_)) => cmyk_jpeg(press, image),
            _ => None,
        };
        let id = match cmyk_jpeg {
            Some(jpeg) => self.doc.add_xobject(&jpeg_xobject(&jpeg)),
            None => self.raster_xobject(image.width, image.height, image.rgba()?, image.opaque),
        };
        self.images.insert(key, id.clone());
        Ok((id, flip))
    }

    /// An image XObject for straight-alpha RGBA pixels: RGB (or CMYK inks when printing
    /// in CMYK) with a soft mask when any pixel is not opaque.
    pub(super) fn raster_xobject(
        &mut self,
        width: u32,
        height: u32,
        rgba: &[u8],
        opaque: bool,
    ) -> XObjectId {
        if let Some(press) = &self.cmyk {
            let rgb: Vec<u8> = rgba
                .chunks_exact(4)
                .flat_map(|px| [px[0], px[1], px[2]])
                .collect();
            let inks = press.pixels(&rgb);
            let alpha: Option<Vec<u8>> =
                (!opaque).then(|| rgba.chunks_exact(4).map(|px| px[3]).collect());
            return self.doc.add_xobject(&cmyk_image_xobject(
                width,
                height,
                &inks,
                alpha.as_deref(),
            ));
        }
        let (pixels, format) = if opaque {
            let rgb: Vec<u8> = rgba
                .chunks_exact(4)
                .flat_map(|px| [px[0], px[1], px[2]])
                .collect();
            (rgb, RawImageFormat::RGB8)
        } else {
            (rgba.to_vec(), RawImageFormat::RGBA8)
        };
        let raw = RawImage {
            pixels: RawImageData::U8(pixels),
            width: width as usize,
            height: height as usize,
            data_format: format,
            tag: Vec::new(),
        };
        self.doc.add_image(&raw)
    }

    pub(super) fn image(&mut self, item: &ImageItem, ops: &mut Vec<Op>) -> Result<(), PdfError> {
        let (id, placement) = self.image_xobject(&item.image)?;
        self.place_xobject(id, &item.transform.concat(&placement), item.opacity, ops);
        Ok(())
    }

    pub(super) fn place_xobject(
        &mut self,
        id: XObjectId,
        transform: &Transform,
        opacity: f32,
        ops: &mut Vec<Op>,
    ) {
        ops.push(Op::SaveGraphicsState);
        let alpha = (opacity.clamp(0.0, 1.0) * 255.0).round() as u8;
        self.set_alpha(alpha, alpha, ops);
        ops.push(Op::SetTransformationMatrix {
            matrix: matrix(transform),
        });
        ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                no_auto_scale: true,
                ..XObjectTransform::default()
            },
        });
        ops.push(Op::RestoreGraphicsState);
    }
}

/// Deflates a stream's content.
pub(super) fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

/// An image XObject of 8-bit CMYK pixels, with the alpha as its soft mask if given.
pub(super) fn cmyk_image_xobject(
    width: u32,
    height: u32,
    inks: &[u8],
    alpha: Option<&[u8]>,
) -> printpdf::ExternalXObject {
    use printpdf::DictItem;
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let image_dict = |space: &str| {
        let mut dict = std::collections::BTreeMap::new();
        dict.insert("Type".to_owned(), name("XObject"));
        dict.insert("Subtype".to_owned(), name("Image"));
        dict.insert("Width".to_owned(), DictItem::Int(i64::from(width)));
        dict.insert("Height".to_owned(), DictItem::Int(i64::from(height)));
        dict.insert("BitsPerComponent".to_owned(), DictItem::Int(8));
        dict.insert("ColorSpace".to_owned(), name(space));
        dict.insert("Filter".to_owned(), name("FlateDecode"));
        dict
    };
    let mut dict = image_dict("DeviceCMYK");
    if let Some(alpha) = alpha {
        dict.insert(
            "SMask".to_owned(),
            DictItem::Stream {
                stream: printpdf::ExternalStream {
                    dict: image_dict("DeviceGray"),
                    content: deflate(alpha),
                    compress: false,
                },
            },
        );
    }
    printpdf::ExternalXObject {
        stream: printpdf::ExternalStream {
            dict,
            content: deflate(inks),
            compress: false,
        },
        width: Some(printpdf::Px(width as usize)),
        height: Some(printpdf::Px(height as usize)),
        dpi: None,
    }
}

/// Quality of photos re-encoded as CMYK JPEGs (high: print shops look closely).
pub(super) const CMYK_JPEG_QUALITY: u8 = 92;

/// An upright photo's pixels in inks, encoded as an Adobe-style (inverted) CMYK JPEG
/// without chroma subsampling. `None` if it cannot be encoded.
pub(super) fn cmyk_jpeg(
    press: &CmykConverter,
    image: &LoadedImage,
) -> Option<crate::layout::JpegSource> {
    let width = u16::try_from(image.width).ok()?;
    let height = u16::try_from(image.height).ok()?;
    let rgb: Vec<u8> = image
        .rgba()
        .ok()?
        .chunks_exact(4)
        .flat_map(|px| [px[0], px[1], px[2]])
        .collect();
    let inks = press.pixels(&rgb);
    let mut bytes = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut bytes, CMYK_JPEG_QUALITY);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::F_1_1);
    encoder
        .encode(&inks, width, height, jpeg_encoder::ColorType::Cmyk)
        .ok()?;
    Some(crate::layout::JpegSource {
        bytes: bytes.into(),
        width: image.width,
        height: image.height,
        components: 4,
        inverted_cmyk: true,
        orientation: Transform::IDENTITY,
    })
}

/// A JPEG image XObject that carries the file's bytes as they are.
pub(super) fn jpeg_xobject(jpeg: &crate::layout::JpegSource) -> printpdf::ExternalXObject {
    use printpdf::DictItem;
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let mut dict = std::collections::BTreeMap::new();
    dict.insert("Type".to_owned(), name("XObject"));
    dict.insert("Subtype".to_owned(), name("Image"));
    dict.insert("Width".to_owned(), DictItem::Int(i64::from(jpeg.width)));
    dict.insert("Height".to_owned(), DictItem::Int(i64::from(jpeg.height)));
    dict.insert("BitsPerComponent".to_owned(), DictItem::Int(8));
    dict.insert("Filter".to_owned(), name("DCTDecode"));
    let space = match jpeg.components {
        1 => "DeviceGray",
        4 => "DeviceCMYK",
        _ => "DeviceRGB",
    };
    dict.insert("ColorSpace".to_owned(), name(space));
    if jpeg.inverted_cmyk {
        dict.insert(
            "Decode".to_owned(),
            DictItem::Array(
                [1, 0, 1, 0, 1, 0, 1, 0]
                    .into_iter()
                    .map(DictItem::Int)
                    .collect(),
            ),
        );
    }
    printpdf::ExternalXObject {
        stream: printpdf::ExternalStream {
            dict,
            content: jpeg.bytes.to_vec(),
            compress: false,
        },
        width: Some(printpdf::Px(jpeg.width as usize)),
        height: Some(printpdf::Px(jpeg.height as usize)),
        dpi: None,
    }
}
