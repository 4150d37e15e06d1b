//! What the canvas draws over the engine's pixels: the page's edges and outlines, the
//! selection and its handles, hints on empty photo frames, rulers.

use super::*;
#[allow(clippy::wildcard_imports)]
use crate::app::rtl::Shown;

impl Canvas {
    /// Draws a page outline (cut line, safe area) as a guide.
    pub(super) fn outline(
        &self,
        painter: &egui::Painter,
        canvas: Rect,
        path: &geom::Path,
        color: Color32,
        dashed: bool,
    ) {
        let stroke = Stroke::new(1.5, color);
        for line in path.polylines(24) {
            let points: Vec<Pos2> = line.iter().map(|p| self.to_screen(*p, canvas)).collect();
            if dashed {
                painter.extend(egui::Shape::dashed_line(&points, stroke, 6.0, 4.0));
            } else {
                painter.add(egui::Shape::line(points, stroke));
            }
        }
    }

    /// Says on each empty photo frame what to do with it (on screen only: exports show
    /// the frame as a plain panel).
    pub(super) fn paint_photo_slot_hints(
        &self,
        painter: &egui::Painter,
        canvas: Rect,
        session: &Session,
    ) {
        for element in &session.page().elements {
            let empty = matches!(&element.kind, ElementKind::Image(image) if image.asset.is_none());
            if !empty || element.hidden {
                continue;
            }
            let centre = element.centre();
            let at = self.to_screen(centre, canvas);
            let font = egui::FontId::proportional(15.0);
            let text = format!(
                "{}  {}",
                crate::app::icons::IMAGE,
                crate::tr!("canvas-photo-frame").shown()
            );
            let galley = painter.layout_no_wrap(text, font, Color32::WHITE);
            let rect = Rect::from_center_size(at, galley.size() + egui::vec2(24.0, 14.0));
            painter.rect_filled(rect, 6.0, Color32::from_black_alpha(170));
            painter.galley(rect.center() - galley.size() / 2.0, galley, Color32::WHITE);
        }
    }

    pub(super) fn paint_selection(&self, painter: &egui::Painter, canvas: Rect, session: &Session) {
        let elements = &session.page().elements;
        for &index in &session.selection {
            let Some(element) = elements.get(index) else {
                continue;
            };
            let t = element.transform();
            let (w, h) = (element.width.0, element.height.0);
            let corners: Vec<Pos2> = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
                .iter()
                .map(|&(x, y)| self.to_screen(t.apply(Point::new(x, y)), canvas))
                .collect();
            painter.add(egui::Shape::closed_line(
                corners,
                Stroke::new(1.5, SELECTION),
            ));
        }
        if let Some(element) = selection_frame(session) {
            let element = &element;
            if session.selection.len() > 1 {
                let b = element.frame();
                dashed_rect(
                    painter,
                    Rect::from_min_max(
                        self.to_screen(Point::new(b.x, b.y), canvas),
                        self.to_screen(Point::new(b.right(), b.bottom()), canvas),
                    ),
                    SELECTION,
                );
            }
            let handles = frame_handles(element, session);
            let top = self.to_screen(
                element
                    .transform()
                    .apply(Point::new(element.width.0 / 2.0, 0.0)),
                canvas,
            );
            if let Some((_, rotate)) = handles.iter().find(|(h, _)| *h == Handle::Rotate) {
                painter.line_segment(
                    [top, self.to_screen(*rotate, canvas)],
                    Stroke::new(1.0, SELECTION),
                );
            }
            for (handle, at) in handles {
                let pos = self.to_screen(at, canvas);
                if handle == Handle::Rotate {
                    painter.circle(
                        pos,
                        HANDLE / 2.0 + 1.0,
                        Color32::WHITE,
                        Stroke::new(1.5, SELECTION),
                    );
                } else {
                    let r = Rect::from_center_size(pos, Vec2::splat(HANDLE));
                    painter.rect(
                        r,
                        1.0,
                        Color32::WHITE,
                        Stroke::new(1.5, SELECTION),
                        StrokeKind::Middle,
                    );
                }
            }
        }
    }

    pub(super) fn paint_page(
        &mut self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        canvas: Rect,
        bleed_rect: Rect,
        scene: &Scene,
        session: &Session,
    ) {
        let visible = bleed_rect.intersect(canvas);
        if visible.width() < 1.0 || visible.height() < 1.0 {
            return;
        }
        let ppp = ui.ctx().pixels_per_point();
        // Snap the region to physical pixels so the texture maps one to one.
        let min = (visible.min.to_vec2() * ppp).floor();
        let max = (visible.max.to_vec2() * ppp).ceil();
        let screen_rect = Rect::from_min_max((min / ppp).to_pos2(), (max / ppp).to_pos2());
        let scale = self.zoom * ppp;
        let origin = self.to_doc(screen_rect.min, canvas);
        let size_px = max - min;
        let key = RenderKey {
            revision: session.revision(),
            page: session.page,
            region: [
                (origin.x * scale).round() as i64,
                (origin.y * scale).round() as i64,
                size_px.x as i64,
                size_px.y as i64,
            ],
            scale_milli: (scale * 1000.0).round() as i64,
        };
        if self.cache.as_ref().is_none_or(|c| c.key != key) {
            let (w, h) = (size_px.x.max(1.0) as u32, size_px.y.max(1.0) as u32);
            let region = RasterRegion {
                area: geom::Rect::new(origin.x, origin.y, w as f32 / scale, h as f32 / scale),
                scale,
                background: true,
            };
            let changing = self.changing_element();
            let Some(pixmap) = self.renderer.render(
                scene,
                &session.project,
                session.page,
                changing,
                &region,
                (w, h),
            ) else {
                return;
            };
            let image =
                egui::ColorImage::from_rgba_premultiplied([w as usize, h as usize], pixmap.data());
            let options = egui::TextureOptions::NEAREST;
            let texture = match self.cache.take() {
                Some(mut cache) => {
                    cache.texture.set(image, options);
                    cache.texture
                }
                None => ui.ctx().load_texture("placard-canvas", image, options),
            };
            let rendered = RenderedRegion {
                screen_rect,
                pixmap: Arc::new(pixmap),
                region,
            };
            self.last_render = Some(rendered.clone());
            self.cache = Some(RenderCache {
                key,
                texture,
                rendered,
            });
        }
        if let Some(cache) = &self.cache {
            painter.image(
                cache.texture.id(),
                cache.rendered.screen_rect,
                Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
                Color32::WHITE,
            );
        }
    }
}

pub(super) fn dashed_rect(painter: &egui::Painter, rect: Rect, color: Color32) {
    let stroke = Stroke::new(1.0, color);
    let corners = [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
        rect.left_top(),
    ];
    for pair in corners.windows(2) {
        painter.extend(egui::Shape::dashed_line(
            &[pair[0], pair[1]],
            stroke,
            6.0,
            4.0,
        ));
    }
}

/// Rulers along the top and left, in millimetres.
pub(super) fn rulers(painter: &egui::Painter, canvas: Rect, zoom: f32, offset: Vec2) {
    const SIZE: f32 = 18.0;
    let background = Color32::from_gray(0x26);
    let ink = Color32::from_gray(0xbb);
    let top = Rect::from_min_size(canvas.min, Vec2::new(canvas.width(), SIZE));
    let left = Rect::from_min_size(canvas.min, Vec2::new(SIZE, canvas.height()));
    painter.rect_filled(top, 0.0, background);
    painter.rect_filled(left, 0.0, background);
    let mm = Pt::from(Mm(1.0)).0 * zoom;
    // Choose a step that keeps labels about 60 points apart.
    let step_mm = [1.0, 5.0, 10.0, 50.0, 100.0, 500.0, 1000.0]
        .into_iter()
        .find(|s| s * mm >= 60.0)
        .unwrap_or(1000.0);
    let font = egui::FontId::monospace(9.0);
    for horizontal in [true, false] {
        // Along the ruler: where the page origin is and how long the ruler is.
        let (origin, length) = if horizontal {
            (offset.x, canvas.width())
        } else {
            (offset.y, canvas.height())
        };
        let first = (-origin / mm / step_mm).floor() as i64;
        let last = ((length - origin) / mm / step_mm).ceil() as i64;
        for k in first..=last {
            let along = origin + k as f32 * step_mm * mm;
            if along < SIZE {
                continue;
            }
            let (tick, label_at) = if horizontal {
                let x = canvas.left() + along;
                (
                    [Pos2::new(x, top.bottom() - 6.0), Pos2::new(x, top.bottom())],
                    Pos2::new(x + 2.0, top.top() + 1.0),
                )
            } else {
                let y = canvas.top() + along;
                (
                    [Pos2::new(left.right() - 6.0, y), Pos2::new(left.right(), y)],
                    Pos2::new(left.left() + 1.0, y + 2.0),
                )
            };
            painter.line_segment(tick, Stroke::new(1.0, ink));
            painter.text(
                label_at,
                egui::Align2::LEFT_TOP,
                format!("{}", k as f32 * step_mm),
                font.clone(),
                ink,
            );
        }
    }
    painter.rect_filled(
        Rect::from_min_size(canvas.min, Vec2::splat(SIZE)),
        0.0,
        background,
    );
}
