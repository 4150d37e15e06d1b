//! Export: PNG and JPEG (banded, parallel, with the resolution recorded and no other
//! metadata), PDF and SVG files.

use std::io::Write;
use std::path::{Path, PathBuf};

use resvg::tiny_skia::{self, Pixmap};

use crate::diag::Diagnostic;
use crate::layout::{LayoutError, Resources};
use crate::model::Project;
use crate::render::pdf::{PdfError, PdfOptions};
use crate::render::raster::{self, RasterRegion};
use crate::render::svg::{SvgError, SvgOptions};
use crate::scene::{PhotoPixels, Scene, build_page, build_page_with};

/// Default print resolution.
pub const DEFAULT_DPI: f32 = 300.0;
/// Rows rendered at once per band (bounded further by [`BAND_BYTES`]).
const BAND_ROWS: u32 = 512;
/// Upper bound for one band's RGBA buffer.
const BAND_BYTES: u64 = 2 * 1024 * 1024;
/// Largest PNG side accepted, to refuse absurd sizes before allocating anything.
const MAX_PNG_SIDE: f32 = 100_000.0;

/// What can go wrong exporting.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The document could not be laid out.
    Layout(#[from] LayoutError),
    /// The PDF could not be made.
    Pdf(#[from] PdfError),
    /// The SVG could not be made.
    Svg(#[from] SvgError),
    /// The requested page does not exist.
    NoSuchPage {
        /// 1-based page asked for.
        requested: usize,
        /// How many pages there are.
        count: usize,
    },
    /// The PNG would be unreasonably large.
    TooLarge {
        /// Width in pixels.
        width: f32,
        /// Height in pixels.
        height: f32,
    },
    /// Writing the file failed.
    Io {
        /// The output file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self {
            ExportError::Layout(err) => return err.fmt(f),
            ExportError::Pdf(err) => return err.fmt(f),
            ExportError::Svg(err) => return err.fmt(f),
            ExportError::NoSuchPage { requested, count } => {
                crate::tr!("export-no-such-page", page = *requested, count = *count)
            }
            ExportError::TooLarge { width, height } => crate::tr!(
                "export-png-too-large",
                width = crate::i18n::Arg::number(*width, 0),
                height = crate::i18n::Arg::number(*height, 0)
            ),
            ExportError::Io { path, source } => {
                return f.write_str(&crate::io::describe(path, source));
            }
        };
        f.write_str(&message.text())
    }
}

/// PNG export settings.
#[derive(Debug, Clone, Copy)]
pub struct PngOptions {
    /// Resolution in dots per inch.
    pub dpi: f32,
    /// Include the bleed area (the default is the trim size).
    pub include_bleed: bool,
    /// Leave the background out and keep transparency (t-shirt prints).
    pub transparent: bool,
    /// For direct-to-garment printing, where a white underbase shows through anything
    /// half transparent: pixels less opaque than this become fully transparent, the rest
    /// fully opaque. Only with `transparent`.
    pub solid_alpha: Option<u8>,
}

impl Default for PngOptions {
    fn default() -> PngOptions {
        PngOptions {
            dpi: DEFAULT_DPI,
            include_bleed: false,
            transparent: false,
            solid_alpha: None,
        }
    }
}

/// Builds the scene for one page (0-based), with layout warnings.
pub fn page_scene(
    project: &Project,
    page: usize,
    resources: &Resources,
) -> Result<(Scene, Vec<Diagnostic>), ExportError> {
    let count = project.document.pages.len();
    if page >= count {
        return Err(ExportError::NoSuchPage {
            requested: page + 1,
            count,
        });
    }
    let built = build_page(project, page, resources)?;
    Ok((built.scene, built.diagnostics))
}

/// Exports that may need more than this on disk are confirmed first (1 GiB).
pub const LARGE_EXPORT_BYTES: u64 = 1 << 30;

/// What a PNG export of a page will take, known before it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PngEstimate {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The most the file can take: every pixel stored uncompressed (real files are
    /// smaller, by how much depends on the picture).
    pub max_file_bytes: u64,
    /// Memory while exporting: the bands rendered at once.
    pub memory_bytes: u64,
}

impl PngEstimate {
    /// Whether to ask before exporting (more than [`LARGE_EXPORT_BYTES`]).
    pub fn is_large(&self) -> bool {
        self.max_file_bytes > LARGE_EXPORT_BYTES || self.memory_bytes > LARGE_EXPORT_BYTES
    }

    /// E.g. `39732 × 56173 pixels, a file of up to 6.7 GB`, in the current language.
    pub fn describe(&self) -> String {
        crate::tr!(
            "png-estimate",
            width = self.width,
            height = self.height,
            size = crate::i18n::Arg::number(self.max_file_bytes as f64 / 1e9, 1)
        )
        .text()
    }
}

/// Most memory the picture of a JPEG export may take (RGB): about 89 megapixels, an A1
/// page at 300 dpi.
pub const MAX_JPEG_BYTES: u64 = 256 * 1024 * 1024;

/// What exporting `scene` as a PNG with `options` will take.
pub fn png_estimate(scene: &Scene, options: &PngOptions) -> PngEstimate {
    let (width, height) = png_size(scene, options);
    let channels = if options.transparent { 4 } else { 3 };
    let band_rows = band_rows(width);
    let batch = rayon::current_num_threads().max(1) as u64;
    PngEstimate {
        width,
        height,
        max_file_bytes: u64::from(height) * (u64::from(width) * channels + 1),
        memory_bytes: batch * u64::from(band_rows) * u64::from(width) * 4,
    }
}

/// Rows per band for a PNG `width` pixels wide.
fn band_rows(width: u32) -> u32 {
    let rows_by_memory = (BAND_BYTES / (u64::from(width.max(1)) * 4)).max(1);
    BAND_ROWS
        .min(u32::try_from(rows_by_memory).unwrap_or(BAND_ROWS))
        .max(1)
}

/// Pixel size of a PNG export of `scene`.
pub fn png_size(scene: &Scene, options: &PngOptions) -> (u32, u32) {
    let area = scene.export_area(options.include_bleed);
    let scale = options.dpi / 72.0;
    (
        (area.width * scale).round().max(1.0) as u32,
        (area.height * scale).round().max(1.0) as u32,
    )
}

/// Encodes the scene as a PNG into `out`, rendering horizontal bands in parallel so
/// memory stays at a band per core whatever the page size. Returns the pixel size.
pub fn write_png<W: Write>(
    scene: &Scene,
    options: &PngOptions,
    out: W,
) -> Result<(u32, u32), std::io::Error> {
    write_png_with_progress(scene, options, out, &|_| true)
}

/// Like [`write_png`], reporting the finished fraction (0–1) after each batch of bands;
/// when `progress` returns `false` the export stops with [`std::io::ErrorKind::Interrupted`].
pub fn write_png_with_progress<W: Write>(
    scene: &Scene,
    options: &PngOptions,
    out: W,
    progress: &(dyn Fn(f32) -> bool + Sync),
) -> Result<(u32, u32), std::io::Error> {
    let area = scene.export_area(options.include_bleed);
    let scale = options.dpi / 72.0;
    let (width, height) = png_size(scene, options);
    let mut encoder = png::Encoder::new(out, width, height);
    encoder.set_color(if options.transparent {
        png::ColorType::Rgba
    } else {
        png::ColorType::Rgb
    });
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let dots_per_metre = (options.dpi / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: dots_per_metre,
        yppu: dots_per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header().map_err(std::io::Error::other)?;
    let mut stream = writer.stream_writer().map_err(std::io::Error::other)?;

    let band_rows = band_rows(width);
    let band_starts: Vec<u32> = (0..height).step_by(band_rows as usize).collect();
    let render = |index: usize, buffer: Vec<u8>| {
        let y0 = band_starts[index];
        let rows = band_rows.min(height - y0);
        render_band(scene, area, scale, width, y0, rows, options, buffer)
    };
    let encode = |index: usize, band: &[u8]| {
        stream.write_all(band)?;
        let done = (band_starts[index] + band_rows).min(height);
        if progress(done as f32 / height as f32) {
            Ok(())
        } else {
            Err(std::io::Error::new(
                std::io::ErrorKind::Interrupted,
                crate::tr!("export-cancelled").text(),
            ))
        }
    };
    render_bands_in_order(band_starts.len(), render, encode)?;
    stream.finish().map_err(std::io::Error::other)?;
    writer.finish().map_err(std::io::Error::other)?;
    Ok((width, height))
}

/// Renders bands `0 .. count` on one thread per core while `encode` takes them in order
/// on this thread, so encoding overlaps rendering. `render` gets the memory of a band
/// already encoded to draw into (empty at first). A band is handed out as the encoder
/// takes one, so a band per core is rendered while one is encoded, whatever the page
/// size. An error from `encode` stops the rendering and is returned.
fn render_bands_in_order(
    count: usize,
    render: impl Fn(usize, Vec<u8>) -> Vec<u8> + Sync,
    mut encode: impl FnMut(usize, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::sync::{Mutex, mpsc};
    let workers = rayon::current_num_threads().clamp(1, count.max(1));
    let (work, work_queue) = mpsc::channel::<usize>();
    let work_queue = Mutex::new(work_queue);
    let spare: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        // Owned here, so the queue closes (and the workers stop) however this returns.
        let work = work;
        let (finished, rendered) = mpsc::channel::<(usize, Vec<u8>)>();
        for _ in 0..workers {
            let finished = finished.clone();
            let (work_queue, render, spare) = (&work_queue, &render, &spare);
            scope.spawn(move || {
                loop {
                    let next = work_queue.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    // The queue closes when every band is handed out or encoding failed.
                    let Ok(index) = next else { break };
                    let buffer = spare
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .pop()
                        .unwrap_or_default();
                    if finished.send((index, render(index, buffer))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(finished);
        let mut handed_out = 0;
        let mut hand_out = |work: &mpsc::Sender<usize>| {
            if handed_out < count {
                // The workers outlive this loop, so the queue is open.
                let _ = work.send(handed_out);
                handed_out += 1;
            }
        };
        for _ in 0..workers {
            hand_out(&work);
        }
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        while next < count {
            let Ok((index, band)) = rendered.recv() else {
                return Err(std::io::Error::other(
                    crate::tr!("export-band-missing").text(),
                ));
            };
            waiting.insert(index, band);
            while let Some(band) = waiting.remove(&next) {
                hand_out(&work);
                encode(next, &band)?;
                spare.lock().unwrap_or_else(|e| e.into_inner()).push(band);
                next += 1;
            }
        }
        Ok(())
    })
}

/// Renders rows `y0 .. y0 + rows` as RGB (opaque) or straight RGBA (transparent) bytes,
/// into `buffer`'s memory (an earlier band's, or empty).
#[allow(clippy::too_many_arguments)]
fn render_band(
    scene: &Scene,
    area: crate::geom::Rect,
    scale: f32,
    width: u32,
    y0: u32,
    rows: u32,
    options: &PngOptions,
    mut buffer: Vec<u8>,
) -> Vec<u8> {
    let transparent = options.transparent;
    buffer.clear();
    buffer.resize(width as usize * rows as usize * 4, 0);
    let Some(mut pixmap) =
        tiny_skia::IntSize::from_wh(width, rows).and_then(|size| Pixmap::from_vec(buffer, size))
    else {
        return vec![0; (width * rows * if transparent { 4 } else { 3 }) as usize];
    };
    if !transparent {
        pixmap.fill(tiny_skia::Color::WHITE);
    }
    let region = RasterRegion {
        area: crate::geom::Rect::new(
            area.x,
            area.y + y0 as f32 / scale,
            width as f32 / scale,
            rows as f32 / scale,
        ),
        scale,
        background: !transparent,
    };
    raster::render(scene, &region, &mut pixmap);
    let mut data = pixmap.take();
    if transparent {
        raster::unpremultiply(&mut data);
        if let Some(threshold) = options.solid_alpha {
            solidify(&mut data, threshold);
        }
        data
    } else {
        // RGBA to RGB in place: no second buffer.
        let pixels = data.len() / 4;
        for i in 0..pixels {
            data.copy_within(i * 4..i * 4 + 3, i * 3);
        }
        data.truncate(pixels * 3);
        data
    }
}

/// Makes every straight-alpha RGBA pixel either fully transparent (below `threshold`)
/// or fully opaque.
fn solidify(rgba: &mut [u8], threshold: u8) {
    for pixel in rgba.chunks_exact_mut(4) {
        if pixel[3] < threshold {
            pixel.copy_from_slice(&[0, 0, 0, 0]);
        } else {
            pixel[3] = 255;
        }
    }
}

/// Writes what `encode` makes into `path` atomically, through a buffer.
fn write_picture_file(
    path: &Path,
    encode: impl FnOnce(&mut std::io::BufWriter<&mut std::fs::File>) -> std::io::Result<(u32, u32)>,
) -> Result<(), ExportError> {
    crate::io::write_atomic_with(path, |file| {
        let mut buffered = std::io::BufWriter::new(file);
        encode(&mut buffered)?;
        buffered.flush()
    })
    .map_err(|source| ExportError::Io {
        path: path.to_owned(),
        source,
    })
}

/// Exports one page (0-based) as a PNG file, written atomically.
pub fn export_png(
    project: &Project,
    page: usize,
    resources: &Resources,
    options: &PngOptions,
    path: &Path,
) -> Result<Vec<Diagnostic>, ExportError> {
    let (scene, warnings) = page_scene(project, page, resources)?;
    let (width, height) = png_size(&scene, options);
    if width as f32 > MAX_PNG_SIDE || height as f32 > MAX_PNG_SIDE {
        return Err(ExportError::TooLarge {
            width: width as f32,
            height: height as f32,
        });
    }
    write_picture_file(path, |out| write_png(&scene, options, out))?;
    Ok(warnings)
}

/// Quality of JPEG exports: high enough that text edges stay clean on screens.
pub const JPEG_QUALITY: u8 = 90;

/// Encodes the scene as a JPEG (white under anything transparent) into `out`: bands
/// rendered in parallel into one RGB picture, then encoded with the resolution recorded
/// in the JFIF header and no other metadata. Returns the pixel size.
pub fn write_jpeg<W: Write>(
    scene: &Scene,
    options: &PngOptions,
    out: W,
) -> Result<(u32, u32), std::io::Error> {
    let opaque = PngOptions {
        transparent: false,
        solid_alpha: None,
        ..*options
    };
    let area = scene.export_area(opaque.include_bleed);
    let scale = opaque.dpi / 72.0;
    let (width, height) = png_size(scene, &opaque);
    // The encoder takes the whole picture at once, so its size is bounded here whatever
    // the caller allowed (a PNG is written in bands and has no such bound).
    if u64::from(width) * u64::from(height) * 3 > MAX_JPEG_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            crate::tr!(
                "export-jpeg-too-large",
                width = width,
                height = height,
                most = MAX_JPEG_BYTES / 3 / 1_000_000
            )
            .text(),
        ));
    }
    let (Ok(w16), Ok(h16)) = (u16::try_from(width), u16::try_from(height)) else {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            crate::tr!("export-jpeg-too-wide", width = width, height = height).text(),
        ));
    };
    let band_rows = band_rows(width);
    let band_starts: Vec<u32> = (0..height).step_by(band_rows as usize).collect();
    // The encoder takes the whole picture: bands are gathered into it as they come, so
    // the page is held once, not once in bands and again joined.
    let mut rgb = Vec::with_capacity(width as usize * height as usize * 3);
    render_bands_in_order(
        band_starts.len(),
        |index, buffer| {
            let y0 = band_starts[index];
            let rows = band_rows.min(height - y0);
            render_band(scene, area, scale, width, y0, rows, &opaque, buffer)
        },
        |_, band| {
            rgb.extend_from_slice(band);
            Ok(())
        },
    )?;
    let mut encoder = jpeg_encoder::Encoder::new(out, JPEG_QUALITY);
    let dpi = opaque.dpi.round().clamp(1.0, f32::from(u16::MAX)) as u16;
    encoder.set_density(jpeg_encoder::PixelDensity::dpi(dpi));
    encoder
        .encode(&rgb, w16, h16, jpeg_encoder::ColorType::Rgb)
        .map_err(|err| match err {
            jpeg_encoder::EncodingError::IoError(io) => io,
            other => std::io::Error::other(other.to_string()),
        })?;
    Ok((width, height))
}

/// Exports one page (0-based) as a JPEG file, written atomically.
pub fn export_jpeg(
    project: &Project,
    page: usize,
    resources: &Resources,
    options: &PngOptions,
    path: &Path,
) -> Result<Vec<Diagnostic>, ExportError> {
    let (scene, warnings) = page_scene(project, page, resources)?;
    write_picture_file(path, |out| write_jpeg(&scene, options, out))?;
    Ok(warnings)
}

/// Exports every page as one PDF file, written atomically.
pub fn export_pdf(
    project: &Project,
    resources: &Resources,
    options: &PdfOptions,
    path: &Path,
) -> Result<Vec<Diagnostic>, ExportError> {
    let (bytes, warnings) = pdf_bytes(project, resources, options)?;
    crate::io::write_atomic(path, &bytes).map_err(|source| ExportError::Io {
        path: path.to_owned(),
        source,
    })?;
    Ok(warnings)
}

/// One page (0-based) tiled onto home-printer sheets as PDF bytes: the assembly map
/// first, then a sheet per tile (see [`crate::print::tiling`]); with the plan and warnings.
pub fn tiled_pdf_bytes(
    project: &Project,
    page: usize,
    resources: &Resources,
    tiles: &crate::print::tiling::TileOptions,
    options: &PdfOptions,
) -> Result<(Vec<u8>, crate::print::tiling::TilePlan, Vec<Diagnostic>), ExportError> {
    let count = project.document.pages.len();
    if page >= count {
        return Err(ExportError::NoSuchPage {
            requested: page + 1,
            count,
        });
    }
    let (sheets, plan, warnings) =
        crate::print::tiling::tile_scenes(project, page, resources, tiles)?;
    // The sheets are printed whole: no bleed, no crop marks of their own.
    let options = PdfOptions {
        include_bleed: false,
        crop_marks: false,
        title: if options.title.is_empty() {
            project.document.title.clone()
        } else {
            options.title.clone()
        },
        ..options.clone()
    };
    Ok((
        crate::render::pdf::render(&sheets, &options)?,
        plan,
        warnings,
    ))
}

/// Writes [`tiled_pdf_bytes`] to a file, atomically.
pub fn export_tiled_pdf(
    project: &Project,
    page: usize,
    resources: &Resources,
    tiles: &crate::print::tiling::TileOptions,
    options: &PdfOptions,
    path: &Path,
) -> Result<Vec<Diagnostic>, ExportError> {
    let (bytes, _, warnings) = tiled_pdf_bytes(project, page, resources, tiles, options)?;
    crate::io::write_atomic(path, &bytes).map_err(|source| ExportError::Io {
        path: path.to_owned(),
        source,
    })?;
    Ok(warnings)
}

/// Every page as PDF bytes, with layout warnings.
pub fn pdf_bytes(
    project: &Project,
    resources: &Resources,
    options: &PdfOptions,
) -> Result<(Vec<u8>, Vec<Diagnostic>), ExportError> {
    let mut scenes = Vec::new();
    let mut warnings = Vec::new();
    // In RGB a JPEG photo goes into the file as it is, so its pixels are never decoded;
    // in CMYK they are converted, decoded on all cores first.
    let pixels = if options.cmyk.is_some() {
        PhotoPixels::Decoded
    } else {
        PhotoPixels::OnDemand
    };
    for page in 0..project.document.pages.len() {
        let built = build_page_with(project, page, resources, pixels)?;
        scenes.push(built.scene);
        warnings.extend(built.diagnostics);
    }
    crate::diag::dedup(&mut warnings);
    let options = PdfOptions {
        title: if options.title.is_empty() {
            project.document.title.clone()
        } else {
            options.title.clone()
        },
        ..options.clone()
    };
    Ok((crate::render::pdf::render(&scenes, &options)?, warnings))
}

/// Exports one page (0-based) as an SVG file, written atomically.
pub fn export_svg(
    project: &Project,
    page: usize,
    resources: &Resources,
    options: &SvgOptions,
    path: &Path,
) -> Result<Vec<Diagnostic>, ExportError> {
    let (scene, warnings) = page_scene(project, page, resources)?;
    let svg = crate::render::svg::render(&scene, options)?;
    crate::io::write_atomic(path, svg.as_bytes()).map_err(|source| ExportError::Io {
        path: path.to_owned(),
        source,
    })?;
    Ok(warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_reach_the_encoder_in_order_and_an_encoder_error_stops_the_rest() {
        for count in [0, 1, 2, 7, 40] {
            let mut seen = Vec::new();
            render_bands_in_order(
                count,
                |index, _| {
                    // Later bands finish first, so the order has to be restored.
                    std::thread::sleep(std::time::Duration::from_micros(
                        ((count - index) * 50) as u64,
                    ));
                    vec![index as u8; 3]
                },
                |index, band| {
                    assert_eq!(band, [index as u8; 3]);
                    seen.push(index);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, (0..count).collect::<Vec<_>>());
        }
        let rendered = std::sync::atomic::AtomicUsize::new(0);
        let err = render_bands_in_order(
            1000,
            |_, _| {
                rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                vec![0; 3]
            },
            |index, _| {
                if index == 3 {
                    Err(std::io::Error::other("disk full"))
                } else {
                    Ok(())
                }
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        let rendered = rendered.into_inner();
        assert!(rendered < 20, "{rendered} bands rendered after the error");
    }

    #[test]
    fn banded_png_matches_a_single_render() {
        let resources = Resources::bundled();
        let project = crate::templates::load("sticker-round-75mm")
            .unwrap()
            .unwrap();
        let (scene, _) = page_scene(&project, 0, &resources).unwrap();
        // 600 dpi: 1772 rows, so several bands of 512 rows.
        let options = PngOptions {
            dpi: 600.0,
            include_bleed: true,
            transparent: true,
            solid_alpha: None,
        };
        let mut encoded = Vec::new();
        let (width, height) = write_png(&scene, &options, &mut encoded).unwrap();
        assert!(height > 3 * BAND_ROWS);
        let banded = image::load_from_memory(&encoded).unwrap().to_rgba8();
        let mut whole = raster::render_page(&scene, 600.0, true, true).unwrap();
        assert_eq!((whole.width(), whole.height()), (width, height));
        raster::unpremultiply(whole.data_mut());
        // tiny-skia's edge anti-aliasing depends a little on the target's size, so edge
        // pixels of large shapes may differ; everything else must be the same.
        let mut differing = 0;
        for (a, b) in banded
            .as_raw()
            .chunks_exact(4)
            .zip(whole.data().chunks_exact(4))
        {
            let worst = a
                .iter()
                .zip(b)
                .map(|(x, y)| x.abs_diff(*y))
                .max()
                .unwrap_or(0);
            differing += usize::from(worst > 2);
        }
        assert!(
            differing * 200 < (width * height) as usize,
            "{differing} pixels differ"
        );
    }
}
