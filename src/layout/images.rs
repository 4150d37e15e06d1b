//! Images and SVG files, decoded once and shared.

use std::collections::HashMap;
use std::io::Cursor;
use std::sync::{Arc, Mutex, OnceLock};

use image::ImageDecoder;
use image::metadata::Orientation;

use super::LayoutError;
use super::svg::{ParsedSvg, parse_svg};
use crate::geom::Transform;

/// A raster image, upright (EXIF orientation applied). Its pixels are decoded when first
/// asked for, except that other image files than JPEG are decoded when loaded: a JPEG that
/// goes into a PDF as it is never needs them.
pub struct LoadedImage {
    /// Width in pixels, upright.
    pub width: u32,
    /// Height in pixels, upright.
    pub height: u32,
    /// Whether every pixel is fully opaque.
    pub opaque: bool,
    /// The original file when it is a JPEG that a PDF can carry untouched.
    pub jpeg: Option<JpegSource>,
    /// Drawn without smoothing, so that enlarged pixels keep hard edges and no colours
    /// in between appear (two-colour stencil pictures).
    pub crisp: bool,
    /// The file ends before its picture does (a JPEG cut short): the missing part shows
    /// as flat grey.
    pub cut_short: bool,
    /// Straight-alpha RGBA8, row by row, once decoded.
    pixels: OnceLock<Result<Vec<u8>, LayoutError>>,
    /// The file the pixels are decoded from on first use, with its name for messages.
    file: Option<(String, Arc<[u8]>)>,
    premultiplied: OnceLock<Vec<u8>>,
}

impl std::fmt::Debug for LoadedImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedImage")
            .field("width", &self.width)
            .field("height", &self.height)
            .field("jpeg", &self.jpeg.is_some())
            .field("decoded", &self.is_decoded())
            .finish_non_exhaustive()
    }
}

/// A JPEG file as stored, for passing through to PDF without re-encoding.
#[derive(Debug, Clone)]
pub struct JpegSource {
    /// The file's bytes without its metadata (see `strip_jpeg_metadata`).
    pub bytes: Arc<[u8]>,
    /// Stored width in pixels (before EXIF orientation).
    pub width: u32,
    /// Stored height in pixels.
    pub height: u32,
    /// Colour components: 1 (grey), 3 (RGB/YCbCr) or 4 (CMYK).
    pub components: u8,
    /// Adobe CMYK JPEGs store inverted values.
    pub inverted_cmyk: bool,
    /// Maps the stored image's unit square (y down) onto the upright one.
    pub orientation: Transform,
}

impl LoadedImage {
    /// A picture made by Placard (an effect's result): no file behind it.
    pub fn processed(width: u32, height: u32, rgba: Vec<u8>, crisp: bool) -> LoadedImage {
        let opaque = rgba.chunks_exact(4).all(|px| px[3] == 255);
        LoadedImage {
            width,
            height,
            opaque,
            jpeg: None,
            crisp,
            cut_short: false,
            pixels: OnceLock::from(Ok(rgba)),
            file: None,
            premultiplied: OnceLock::new(),
        }
    }

    /// Pixels as straight-alpha RGBA8, row by row, decoding the file on first use. Fails
    /// only for a file whose headers read well but whose picture data cannot be decoded.
    pub fn rgba(&self) -> Result<&[u8], LayoutError> {
        self.pixels
            .get_or_init(|| self.decode_file())
            .as_deref()
            .map_err(Clone::clone)
    }

    /// Whether the pixels have been decoded (or were given).
    pub fn is_decoded(&self) -> bool {
        self.pixels.get().is_some()
    }

    fn decode_file(&self) -> Result<Vec<u8>, LayoutError> {
        let Some((name, bytes)) = &self.file else {
            return Err(LayoutError::BadImage {
                asset: String::new(),
                reason: "the picture has no pixels".to_owned(),
            });
        };
        // Only the pixels: what the headers say was taken when the file was loaded.
        let decoded = read_pixels(name, open_image(name, bytes)?)?;
        if (decoded.width, decoded.height) != (self.width, self.height) {
            return Err(LayoutError::BadImage {
                asset: name.clone(),
                reason: format!(
                    "the file says it is {} × {} pixels but decodes as {} × {}",
                    self.width, self.height, decoded.width, decoded.height
                ),
            });
        }
        Ok(decoded.rgba)
    }

    /// Pixels as premultiplied RGBA8: the pixels themselves when every one is opaque,
    /// else a copy computed once on first use.
    pub fn premultiplied(&self) -> Result<&[u8], LayoutError> {
        let rgba = self.rgba()?;
        if self.opaque {
            return Ok(rgba);
        }
        Ok(self.premultiplied.get_or_init(|| {
            let mut data = rgba.to_vec();
            for px in data.chunks_exact_mut(4) {
                let a = u16::from(px[3]);
                for channel in &mut px[..3] {
                    *channel = ((u16::from(*channel) * a + 127) / 255) as u8;
                }
            }
            data
        }))
    }
}

/// Largest image file read from the volunteer's disk.
pub const MAX_IMAGE_FILE_BYTES: u64 = 200 * 1024 * 1024;
/// Longest image side accepted, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 20_000;
/// Most memory one decoded image may take as RGBA (about 67 megapixels).
pub const MAX_DECODED_BYTES: u64 = 256 * 1024 * 1024;

/// Decodes an image file (PNG, JPEG, WebP, GIF), upright per its EXIF orientation, into
/// straight RGBA. Images claiming more than `MAX_DECODED_BYTES` are refused before
/// decoding.
pub fn decode_image(name: &str, bytes: &Arc<[u8]>) -> Result<LoadedImage, LayoutError> {
    let opened = open_image(name, bytes)?;
    decode_opened(name, bytes, opened)
}

/// What a photo cut short earns wherever it is placed or printed: the file ends before
/// the picture does, so its missing part shows as flat grey.
pub fn cut_short_diagnostic(name: &str) -> crate::diag::Diagnostic {
    crate::diag::Diagnostic::error(crate::tr!("photo-cut-short", file = name))
        .with_hint(crate::tr!("photo-cut-short-hint"))
        .on_asset(name)
}

/// Reads an image file's headers; decodes its pixels now unless it is a JPEG, whose
/// pixels wait until something asks for them ([`LoadedImage::rgba`]): a PDF carries the
/// file as it is. What can be told without decoding is found here either way: a file too
/// large, damaged headers, a JPEG cut short ([`LoadedImage::cut_short`]). Damage inside
/// the picture data shows when the pixels are decoded.
pub fn load_image(name: &str, bytes: &Arc<[u8]>) -> Result<LoadedImage, LayoutError> {
    let opened = open_image(name, bytes)?;
    if opened.format != Some(image::ImageFormat::Jpeg)
        || jpeg_structure(bytes) != JpegStructure::Whole
    {
        // Only a whole JPEG is carried into a PDF as it is: any other is decoded now,
        // so every backend shows the same pixels, or the damage is reported here.
        return decode_opened(name, bytes, opened);
    }
    let Some(jpeg) = jpeg_source(bytes, opened.orientation) else {
        return decode_opened(name, bytes, opened);
    };
    let (width, height) = if swaps_sides(opened.orientation) {
        (opened.height, opened.width)
    } else {
        (opened.width, opened.height)
    };
    Ok(LoadedImage {
        width,
        height,
        opaque: true,
        jpeg: Some(jpeg),
        crisp: false,
        cut_short: false,
        pixels: OnceLock::new(),
        file: Some((name.to_owned(), bytes.clone())),
        premultiplied: OnceLock::new(),
    })
}

/// What an image file's headers say.
struct OpenedImage<'a> {
    decoder: Box<dyn ImageDecoder + 'a>,
    format: Option<image::ImageFormat>,
    width: u32,
    height: u32,
    orientation: Orientation,
}

fn bad_image(name: &str, reason: String) -> LayoutError {
    LayoutError::BadImage {
        asset: name.to_owned(),
        reason,
    }
}

fn open_image<'a>(name: &str, bytes: &'a Arc<[u8]>) -> Result<OpenedImage<'a>, LayoutError> {
    let bad = |reason: String| bad_image(name, reason);
    if bytes.is_empty() {
        return Err(bad("the file is empty".to_owned()));
    }
    let mut reader = image::ImageReader::new(Cursor::new(&bytes[..]))
        .with_guessed_format()
        .map_err(|err| bad(err.to_string()))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    reader.limits(limits);
    let format = reader.format();
    let mut decoder = reader.into_decoder().map_err(|err| bad(describe(&err)))?;
    // A file can claim any size: refuse before anything that big is allocated.
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) * 4 > MAX_DECODED_BYTES
        || width > MAX_IMAGE_SIDE
        || height > MAX_IMAGE_SIDE
    {
        return Err(bad(format!(
            "{width} × {height} pixels is too large; Placard takes images up to {} megapixels and {MAX_IMAGE_SIDE} pixels a side",
            MAX_DECODED_BYTES / 4 / 1_000_000
        )));
    }
    if width == 0 || height == 0 {
        return Err(bad("the image has no pixels".to_owned()));
    }
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    Ok(OpenedImage {
        decoder: Box::new(decoder),
        format,
        width,
        height,
        orientation,
    })
}

fn decode_opened(
    name: &str,
    bytes: &Arc<[u8]>,
    opened: OpenedImage<'_>,
) -> Result<LoadedImage, LayoutError> {
    let (format, orientation) = (opened.format, opened.orientation);
    let DecodedPixels {
        width,
        height,
        rgba,
        opaque,
    } = read_pixels(name, opened)?;
    let structure = if format == Some(image::ImageFormat::Jpeg) {
        jpeg_structure(bytes)
    } else {
        JpegStructure::NotJpeg
    };
    Ok(LoadedImage {
        width,
        height,
        opaque,
        jpeg: (structure == JpegStructure::Whole)
            .then(|| jpeg_source(bytes, orientation))
            .flatten(),
        crisp: false,
        cut_short: structure == JpegStructure::CutShort,
        pixels: OnceLock::from(Ok(rgba)),
        file: None,
        premultiplied: OnceLock::new(),
    })
}

/// An image's pixels, upright.
struct DecodedPixels {
    width: u32,
    height: u32,
    /// Straight-alpha RGBA8, row by row.
    rgba: Vec<u8>,
    opaque: bool,
}

fn read_pixels(name: &str, opened: OpenedImage<'_>) -> Result<DecodedPixels, LayoutError> {
    let bad = |reason: String| bad_image(name, reason);
    let OpenedImage {
        decoder,
        format: _,
        width,
        height,
        orientation,
    } = opened;
    let rgb = decoder.color_type() == image::ColorType::Rgb8;
    let mut decoded = if rgb {
        // Photos: decoded straight into a buffer the size of the RGBA result and widened
        // in place, so a 12-megapixel photo never needs its RGB and RGBA copies at once.
        let pixels = width as usize * height as usize;
        let mut buffer = vec![0u8; pixels * 4];
        decoder
            .read_image(&mut buffer[..pixels * 3])
            .map_err(|err| bad(describe(&err)))?;
        for i in (0..pixels).rev() {
            let (r, g, b) = (buffer[3 * i], buffer[3 * i + 1], buffer[3 * i + 2]);
            buffer[4 * i..4 * i + 4].copy_from_slice(&[r, g, b, 255]);
        }
        let image = image::RgbaImage::from_raw(width, height, buffer)
            .ok_or_else(|| bad("the image's size does not match its pixels".to_owned()))?;
        image::DynamicImage::ImageRgba8(image)
    } else {
        image::DynamicImage::from_decoder(decoder).map_err(|err| bad(describe(&err)))?
    };
    decoded.apply_orientation(orientation);
    let rgba = decoded.into_rgba8();
    let (width, height) = rgba.dimensions();
    let rgba = rgba.into_raw();
    let opaque = rgb || rgba.chunks_exact(4).all(|px| px[3] == 255);
    Ok(DecodedPixels {
        width,
        height,
        rgba,
        opaque,
    })
}

/// Whether an orientation turns the picture a quarter, so its sides swap.
fn swaps_sides(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// What walking a JPEG's segments and scans finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JpegStructure {
    /// Not a JPEG file.
    NotJpeg,
    /// Segments and scans run through to the end marker.
    Whole,
    /// The file ends before the end marker (an interrupted download or copy); it may
    /// still decode, the missing part as flat grey.
    CutShort,
    /// Something other than a segment stands where one must: damage inside the file.
    Damaged,
}

/// Walks a JPEG's segments and scans to its end marker. Whatever follows the end marker
/// (a phone's motion photo) is not looked at.
fn jpeg_structure(data: &[u8]) -> JpegStructure {
    use JpegStructure::{CutShort, Damaged, NotJpeg, Whole};
    if data.get(..2) != Some(&[0xFF, 0xD8]) {
        return NotJpeg;
    }
    let mut pos = 2;
    loop {
        let (Some(&first), Some(&marker)) = (data.get(pos), data.get(pos + 1)) else {
            return CutShort;
        };
        if first != 0xFF {
            return Damaged;
        }
        match marker {
            0xD9 => return Whole,
            // Fill byte before a marker.
            0xFF => pos += 1,
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => pos += 2,
            // A byte that begins no segment.
            0x00 | 0x02..=0xBF => return Damaged,
            _ => {
                let (Some(&high), Some(&low)) = (data.get(pos + 2), data.get(pos + 3)) else {
                    return CutShort;
                };
                let length = usize::from(u16::from_be_bytes([high, low]));
                if length < 2 {
                    return Damaged;
                }
                pos += 2 + length;
                if marker == 0xDA {
                    // Entropy-coded data runs to the next marker that is neither a
                    // stuffed zero nor a restart.
                    loop {
                        let Some(offset) = data
                            .get(pos..)
                            .and_then(|rest| rest.iter().position(|&byte| byte == 0xFF))
                        else {
                            return CutShort;
                        };
                        pos += offset;
                        match data.get(pos + 1) {
                            None => return CutShort,
                            Some(0x00 | 0xD0..=0xD7) => pos += 2,
                            Some(0xFF) => pos += 1,
                            Some(_) => break,
                        }
                    }
                }
            }
        }
    }
}

/// What went wrong, in plain words (the decoders' own words name their internals).
fn describe(err: &image::ImageError) -> String {
    match err {
        image::ImageError::Limits(_) => format!(
            "the image is too large; Placard takes images up to {MAX_IMAGE_SIDE} pixels a side and about {} megapixels",
            MAX_DECODED_BYTES / 4 / 1_000_000
        ),
        image::ImageError::Unsupported(unsupported) => match unsupported.kind() {
            image::error::UnsupportedErrorKind::Format(image::error::ImageFormatHint::Unknown) => {
                "it is not a picture Placard reads (PNG, JPEG, WebP, GIF or SVG)".to_owned()
            }
            image::error::UnsupportedErrorKind::Format(format) => {
                format!("it is a {format} picture; Placard reads PNG, JPEG, WebP, GIF and SVG")
            }
            _ => "it uses a kind of picture data Placard cannot read; save it again as PNG or JPEG"
                .to_owned(),
        },
        image::ImageError::Decoding(_) | image::ImageError::IoError(_) => {
            "the file is damaged or cut short".to_owned()
        }
        _ => "the file cannot be read as a picture; save it again as PNG or JPEG".to_owned(),
    }
}

/// Reads what a PDF needs from a JPEG's headers.
fn jpeg_source(bytes: &Arc<[u8]>, orientation: Orientation) -> Option<JpegSource> {
    let data = &bytes[..];
    if data.get(..2) != Some(&[0xFF, 0xD8]) {
        return None;
    }
    let mut pos = 2;
    let mut adobe = false;
    while pos + 4 <= data.len() {
        if data[pos] != 0xFF {
            return None;
        }
        let marker = data[pos + 1];
        if marker == 0xFF {
            pos += 1;
            continue;
        }
        let length = usize::from(u16::from_be_bytes([data[pos + 2], data[pos + 3]]));
        let segment = data.get(pos + 4..pos + 2 + length)?;
        match marker {
            0xEE if segment.starts_with(b"Adobe") => adobe = true,
            // Baseline, extended and progressive Huffman frames: what PDF's DCTDecode reads.
            0xC0..=0xC2 => {
                let height = u32::from(u16::from_be_bytes([*segment.get(1)?, *segment.get(2)?]));
                let width = u32::from(u16::from_be_bytes([*segment.get(3)?, *segment.get(4)?]));
                let components = *segment.get(5)?;
                if !matches!(components, 1 | 3 | 4) || *segment.first()? != 8 {
                    return None;
                }
                return Some(JpegSource {
                    bytes: strip_jpeg_metadata(bytes)?,
                    width,
                    height,
                    components,
                    inverted_cmyk: components == 4 && adobe,
                    orientation: orientation_transform(orientation),
                });
            }
            // Arithmetic coding, lossless and hierarchical frames: decode instead.
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => return None,
            _ => {}
        }
        pos += 2 + length;
    }
    None
}

/// The JPEG file without the segments that describe rather than draw it: EXIF (camera,
/// time, GPS position, thumbnail), XMP, IPTC, ICC and comments. Kept: JFIF (`APP0`) and
/// Adobe (`APP14`, which says how colours are stored); everything from the first scan on
/// is copied as it is. Returns the same bytes when there is nothing to remove, `None`
/// when the file's segments are malformed.
pub fn strip_jpeg_metadata(bytes: &Arc<[u8]>) -> Option<Arc<[u8]>> {
    let data = &bytes[..];
    if data.get(..2) != Some(&[0xFF, 0xD8]) {
        return None;
    }
    let mut kept = Vec::with_capacity(data.len());
    kept.extend_from_slice(&data[..2]);
    let mut removed = false;
    let mut pos = 2;
    loop {
        if *data.get(pos)? != 0xFF {
            return None;
        }
        let marker = *data.get(pos + 1)?;
        if marker == 0xFF {
            pos += 1;
            continue;
        }
        if marker == 0xDA || marker == 0xD9 {
            kept.extend_from_slice(&data[pos..]);
            break;
        }
        let length = usize::from(u16::from_be_bytes([
            *data.get(pos + 2)?,
            *data.get(pos + 3)?,
        ]));
        let end = pos + 2 + length;
        let segment = data.get(pos..end)?;
        let metadata = matches!(marker, 0xE1..=0xED | 0xEF | 0xFE);
        if metadata {
            removed = true;
        } else {
            kept.extend_from_slice(segment);
        }
        pos = end;
    }
    Some(if removed {
        Arc::from(kept)
    } else {
        bytes.clone()
    })
}

/// Maps the stored image's unit square onto the upright image's, per EXIF orientation.
fn orientation_transform(orientation: Orientation) -> Transform {
    // Each maps stored (u, v) to upright coordinates, y down.
    let (a, b, c, d, e, f) = match orientation {
        Orientation::NoTransforms => (1.0, 0.0, 0.0, 1.0, 0.0, 0.0),
        // (u, v) -> (1 - v, u)
        Orientation::Rotate90 => (0.0, 1.0, -1.0, 0.0, 1.0, 0.0),
        // (u, v) -> (1 - u, 1 - v)
        Orientation::Rotate180 => (-1.0, 0.0, 0.0, -1.0, 1.0, 1.0),
        // (u, v) -> (v, 1 - u)
        Orientation::Rotate270 => (0.0, -1.0, 1.0, 0.0, 0.0, 1.0),
        // (u, v) -> (1 - u, v)
        Orientation::FlipHorizontal => (-1.0, 0.0, 0.0, 1.0, 1.0, 0.0),
        // (u, v) -> (u, 1 - v)
        Orientation::FlipVertical => (1.0, 0.0, 0.0, -1.0, 0.0, 1.0),
        // rotate 90 then flip: (u, v) -> (v, u)
        Orientation::Rotate90FlipH => (0.0, 1.0, 1.0, 0.0, 0.0, 0.0),
        // rotate 270 then flip: (u, v) -> (1 - v, 1 - u)
        Orientation::Rotate270FlipH => (0.0, -1.0, -1.0, 0.0, 1.0, 1.0),
    };
    Transform { a, b, c, d, e, f }
}

/// Decoded images and parsed SVGs by the identity of their bytes: each file is decoded
/// once however many elements, pages and exports use it.
#[derive(Default)]
pub struct AssetCache {
    images: Mutex<CacheMap<LoadedImage>>,
    svgs: Mutex<CacheMap<ParsedSvg>>,
    looks: Mutex<Vec<ProcessedLook>>,
    recoloured: Mutex<Vec<RecolouredSvg>>,
}

/// A drawing with some of its colours swapped, by the identity of the drawing's bytes and
/// the swaps.
struct RecolouredSvg {
    source: Arc<[u8]>,
    swaps: Vec<crate::model::ColorSwap>,
    parsed: Arc<ParsedSvg>,
}

/// Recoloured drawings kept at once: enough for a design's symbols, few enough that
/// trying colours (a new drawing each) does not pile them up.
const KEPT_RECOLOURED: usize = 32;

/// A photo with an effect applied, by the identity of the photo's bytes and the look.
struct ProcessedLook {
    source: Arc<[u8]>,
    key: String,
    image: Arc<LoadedImage>,
}

/// Effect results kept at once: enough for a design's photos, few enough that dragging
/// a slider (a new look each frame) does not pile up pictures.
const KEPT_LOOKS: usize = 8;

/// Decoded values by the address and length of their source bytes; the entry holds the
/// bytes too, so the address cannot be reused while the entry lives.
type CacheMap<T> = HashMap<(usize, usize), (Arc<[u8]>, Arc<T>)>;

impl std::fmt::Debug for AssetCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssetCache").finish_non_exhaustive()
    }
}

fn identity(bytes: &Arc<[u8]>) -> (usize, usize) {
    (bytes.as_ptr() as usize, bytes.len())
}

impl AssetCache {
    /// The image for these bytes, loaded on first use (see [`load_image`]: a JPEG's
    /// pixels are decoded when first asked for).
    pub fn image(&self, name: &str, bytes: &Arc<[u8]>) -> Result<Arc<LoadedImage>, LayoutError> {
        let key = identity(bytes);
        if let Some((_, image)) = self
            .images
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
        {
            return Ok(image.clone());
        }
        let image = Arc::new(load_image(name, bytes)?);
        self.images
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, (bytes.clone(), image.clone()));
        Ok(image)
    }

    /// The photo as `element` shows it (adjusted, blocked, with its effect), made on
    /// first use; the photo itself when the element leaves it unaltered.
    pub fn image_as_shown(
        &self,
        name: &str,
        bytes: &Arc<[u8]>,
        element: &crate::model::ImageElement,
    ) -> Result<Arc<LoadedImage>, LayoutError> {
        let source = self.image(name, bytes)?;
        if element.is_unaltered() {
            return Ok(source);
        }
        let key = super::effects::look_key(element);
        let mut looks = self.looks.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(index) = looks
            .iter()
            .position(|look| Arc::ptr_eq(&look.source, bytes) && look.key == key)
        {
            // Most recently used last.
            let look = looks.remove(index);
            let image = look.image.clone();
            looks.push(look);
            return Ok(image);
        }
        drop(looks);
        let image = Arc::new(super::effects::apply(&source, element)?);
        let mut looks = self.looks.lock().unwrap_or_else(|e| e.into_inner());
        if looks.len() >= KEPT_LOOKS {
            looks.remove(0);
        }
        looks.push(ProcessedLook {
            source: bytes.clone(),
            key,
            image: image.clone(),
        });
        Ok(image)
    }

    /// The parsed SVG for these bytes, parsing them on first use, with what was left
    /// out of it (see [`parse_svg`]).
    pub fn svg(
        &self,
        name: &str,
        bytes: &Arc<[u8]>,
        fontdb: Arc<usvg::fontdb::Database>,
    ) -> Result<Arc<ParsedSvg>, LayoutError> {
        let key = identity(bytes);
        if let Some((_, parsed)) = self
            .svgs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
        {
            return Ok(parsed.clone());
        }
        let parsed = Arc::new(parse_svg(name, bytes, fontdb)?);
        self.svgs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, (bytes.clone(), parsed.clone()));
        Ok(parsed)
    }

    /// The parsed SVG for these bytes with some of its colours painted in others (see
    /// [`super::recoloured_svg`]), made on first use.
    pub fn svg_recoloured(
        &self,
        name: &str,
        bytes: &Arc<[u8]>,
        fontdb: Arc<usvg::fontdb::Database>,
        swaps: &[crate::model::ColorSwap],
    ) -> Result<Arc<ParsedSvg>, LayoutError> {
        let parsed = self.svg(name, bytes, fontdb)?;
        if swaps.is_empty() {
            return Ok(parsed);
        }
        let found = self
            .recoloured
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .find(|kept| Arc::ptr_eq(&kept.source, bytes) && kept.swaps == swaps)
            .map(|kept| kept.parsed.clone());
        if let Some(found) = found {
            return Ok(found);
        }
        let made = Arc::new(super::recoloured_svg(name, &parsed, swaps)?);
        let mut kept = self.recoloured.lock().unwrap_or_else(|e| e.into_inner());
        if kept.len() >= KEPT_RECOLOURED {
            kept.remove(0);
        }
        kept.push(RecolouredSvg {
            source: bytes.clone(),
            swaps: swaps.to_vec(),
            parsed: made.clone(),
        });
        Ok(made)
    }
}
