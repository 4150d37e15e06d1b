//! Photos and graphics coming in — chosen in a file dialog, dropped on the window, pasted
//! as pixels or as files copied in a file manager — and where they go: into the photo
//! frame they are dropped on or that is selected (keeping the frame, its fit and effect),
//! else onto the page as a new element.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::PlacardApp;
use crate::model::{ElementKind, ImageElement, ImageFit, SvgElement};

/// Whether an element is a frame a photo can go into.
fn is_photo_frame(kind: &ElementKind) -> bool {
    matches!(kind, ElementKind::Image(_) | ElementKind::Svg(_))
}

/// The element a new picture becomes when it goes into the frame of `old`: the frame's
/// fit, outline, adjustments and effect stay (they are the template's look); its crop and face
/// blocks belonged to the old photo and go.
fn into_frame(old: &ElementKind, new: ElementKind) -> ElementKind {
    match (old, new) {
        (ElementKind::Image(frame), ElementKind::Image(photo)) => {
            ElementKind::Image(ImageElement {
                asset: photo.asset,
                fit: frame.fit,
                adjust: frame.adjust,
                effect: frame.effect,
                crop: None,
                blocks: Vec::new(),
                frame: frame.frame,
            })
        }
        (_, new) => new,
    }
}

/// Files named by pasted text, as file managers put them on the clipboard (`file://`
/// addresses or plain paths, one a line); empty unless every line names an existing file.
pub fn pasted_files(text: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let path = match line.strip_prefix("file://") {
            Some(rest) => {
                // file://host/path: the host is empty or localhost on this machine.
                let rest = rest.strip_prefix("localhost").unwrap_or(rest);
                match percent_encoding::percent_decode_str(rest).decode_utf8() {
                    Ok(decoded) => PathBuf::from(decoded.into_owned()),
                    Err(_) => return Vec::new(),
                }
            }
            None if Path::new(line).is_absolute() => PathBuf::from(line),
            None => return Vec::new(),
        };
        if !path.is_file() {
            return Vec::new();
        }
        files.push(path);
    }
    files
}

impl PlacardApp {
    /// The selected element when it is one photo frame.
    pub(super) fn selected_photo_frame(&self) -> Option<usize> {
        let session = self.session.as_ref()?;
        let (index, element) = session.single_selection()?;
        is_photo_frame(&element.kind).then_some(index)
    }

    /// The photo frame under a screen position (the topmost shown, locked or not), else
    /// the selected one.
    pub(super) fn photo_frame_at(&self, at: Option<egui::Pos2>) -> Option<usize> {
        let session = self.session.as_ref()?;
        let under = at
            .and_then(|pos| self.canvas.page_point(pos))
            .and_then(|point| {
                let elements = &session.page().elements;
                (0..elements.len()).rev().find(|&i| {
                    let e = &elements[i];
                    !e.hidden && is_photo_frame(&e.kind) && e.contains(point)
                })
            });
        under.or_else(|| self.selected_photo_frame())
    }

    /// Files pasted from a file manager: each picture goes in as if dropped (the first
    /// into the selected frame). Returns whether the text named files.
    pub(super) fn paste_files(&mut self, text: &str) -> bool {
        let files = pasted_files(text);
        if files.is_empty() {
            return false;
        }
        self.paste_file_list(&files);
        true
    }

    /// Files copied in a file manager: each picture goes in as if dropped, the first into
    /// the selected frame.
    pub(super) fn paste_file_list(&mut self, files: &[PathBuf]) {
        for (n, path) in files.iter().enumerate() {
            let target = if n == 0 {
                self.selected_photo_frame()
            } else {
                None
            };
            self.add_image_file(path, target);
        }
    }

    /// Places an image or SVG file on the page (or into the image element at `replace`).
    pub fn add_image_file(&mut self, path: &Path, replace: Option<usize>) {
        let bytes: Arc<[u8]> =
            match crate::io::read_input(path, crate::layout::MAX_IMAGE_FILE_BYTES) {
                Ok(bytes) => bytes.into(),
                Err(err) => {
                    self.error(crate::io::describe(path, &err));
                    return;
                }
            };
        let name = path
            .file_name()
            .map_or("image".into(), |n| n.to_string_lossy().into_owned());
        self.add_image_bytes(name, bytes, replace, &path.display().to_string());
    }

    /// Places an image pasted from the clipboard.
    pub(super) fn paste_image(&mut self, image: &egui::ColorImage) {
        let [width, height] = image.size;
        let rgba: Vec<u8> = image
            .pixels
            .iter()
            .flat_map(|p| p.to_srgba_unmultiplied())
            .collect();
        match super::clipboard::rgba_png(width, height, &rgba) {
            Ok(png) => {
                let target = self.selected_photo_frame();
                self.add_image_bytes(
                    "pasted.png".to_owned(),
                    png.into(),
                    target,
                    &crate::tr!("pasted-picture").text(),
                );
            }
            Err(err) => {
                self.error(crate::tr!("pasted-picture-unusable", reason = err.to_string()).text())
            }
        }
    }

    /// Places image or SVG bytes; `source` names them in messages.
    pub(super) fn add_image_bytes(
        &mut self,
        name: String,
        bytes: Arc<[u8]>,
        replace: Option<usize>,
        source: &str,
    ) {
        let Some(session) = &mut self.session else {
            return;
        };
        let is_svg = crate::layout::is_svg_file(&name, &bytes);
        // Decoded through the shared cache: the canvas will find it there.
        let cache = &self.resources.assets;
        let size = if is_svg {
            cache
                .svg(&name, &bytes, self.resources.fonts.svg_font_database())
                .map(|parsed| {
                    (
                        parsed.tree.size().width(),
                        parsed.tree.size().height(),
                        false,
                    )
                })
        } else {
            cache
                .image(&name, &bytes)
                .map(|i| (i.width as f32, i.height as f32, i.cut_short))
        };
        let (w, h, cut_short) = match size {
            Ok(size) => size,
            Err(err) => {
                self.error(format!("{source}: {err}"));
                return;
            }
        };
        // Placed all the same (most of it may be fine), but said at once.
        let damage = cut_short.then(|| {
            format!(
                "{source}: {}",
                crate::layout::cut_short_diagnostic(&name).text()
            )
        });
        let kind_for = move |asset: String, fit: ImageFit| {
            if is_svg {
                ElementKind::Svg(SvgElement::new(asset))
            } else {
                ElementKind::Image(ImageElement {
                    asset: Some(asset),
                    fit,
                    crop: None,
                    ..Default::default()
                })
            }
        };
        match replace {
            Some(index) => {
                let page_index = session.page;
                session.label_next("photo");
                session.edit(|project| {
                    let asset = project.add_asset(&name, bytes);
                    if let Some(element) = project
                        .document
                        .pages
                        .get_mut(page_index)
                        .and_then(|p| p.elements.get_mut(index))
                    {
                        element.kind = into_frame(&element.kind, kind_for(asset, ImageFit::Cover));
                    }
                    project.prune_assets();
                });
            }
            None => {
                session.label_next("new photo");
                let page = session.page();
                let scale = (page.width.0 * 0.6 / w).min(page.height.0 * 0.6 / h);
                self.place_centred(&name.clone(), (w * scale, h * scale), |project| {
                    kind_for(project.add_asset(&name, bytes), ImageFit::Contain)
                });
            }
        }
        if let Some(damage) = damage {
            self.error(damage);
        }
    }

    /// Files dropped on the window: a design opens; a photo or SVG dropped on a photo
    /// frame fills it (or, with a frame selected, that one), else it is placed.
    pub(super) fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        let at = ctx.input(|i| i.pointer.hover_pos());
        for path in dropped {
            let is_design = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("placard"));
            if is_design || self.session.is_none() {
                if is_design {
                    self.open_path(&path);
                }
            } else {
                let target = self.photo_frame_at(at);
                self.add_image_file(&path, target);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_copied_in_a_file_manager_are_read_from_pasted_text() {
        let dir = std::env::temp_dir().join(format!("placard paste {}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let photo = dir.join("crowd 1.jpg");
        std::fs::write(&photo, b"x").unwrap();
        let uri = format!(
            "file://{}",
            dir.display().to_string().replace(' ', "%20") + "/crowd%201.jpg"
        );
        assert_eq!(pasted_files(&uri), vec![photo.clone()]);
        assert_eq!(
            pasted_files(&format!("{}\n", photo.display())),
            vec![photo.clone()]
        );
        // Words are words, and a missing file is not a file.
        assert!(pasted_files("FREE ASSANGE").is_empty());
        assert!(pasted_files(&format!("file://{}/gone.jpg", dir.display())).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
