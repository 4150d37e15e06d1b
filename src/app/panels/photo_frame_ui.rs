//! A photo's outline (its box, a circle, a heart…) and moving the photo inside it, in
//! the photo's properties.

use crate::app::canvas::photo_tool;
use crate::app::rtl::{self, Shown};
use crate::app::session::Session;
use crate::layout::Resources;
use crate::model::{ElementKind, ImageElement, PhotoFrame};
use crate::tr;

fn frame_name(frame: Option<PhotoFrame>) -> String {
    match frame {
        None => tr!("props-frame-box"),
        Some(PhotoFrame::Circle) => tr!("props-frame-circle"),
        Some(PhotoFrame::Rounded) => tr!("props-frame-rounded"),
        Some(PhotoFrame::Hexagon) => tr!("props-frame-hexagon"),
        Some(PhotoFrame::Star) => tr!("props-frame-star"),
        Some(PhotoFrame::Heart) => tr!("props-frame-heart"),
    }
    .shown()
}

/// The outline choice, the button that lets drags move the photo in it, and its zoom.
pub fn photo_frame_ui(
    ui: &mut egui::Ui,
    session: &mut Session,
    index: usize,
    image: &ImageElement,
    resources: &Resources,
) {
    let mut frame = image.frame;
    rtl::labelled_combo(
        ui,
        "photo-frame",
        &tr!("props-frame").shown(),
        frame_name(frame),
        |ui| {
            ui.selectable_value(&mut frame, None, frame_name(None));
            for option in PhotoFrame::ALL {
                ui.selectable_value(&mut frame, Some(option), frame_name(Some(option)));
            }
        },
    );
    if frame != image.frame {
        session.edit_element(index, None, |e| {
            if let ElementKind::Image(image) = &mut e.kind {
                image.frame = frame;
            }
        });
    }
    if !photo_tool::can_adjust(session, index) {
        return;
    }
    let adjusting = session.adjusting_photo == Some(index);
    let words = if adjusting {
        tr!("props-frame-done")
    } else {
        tr!("props-frame-move")
    };
    if ui.selectable_label(adjusting, words.shown()).clicked() {
        session.adjusting_photo = (!adjusting).then_some(index);
    }
    if adjusting {
        rtl::weak(ui, &tr!("props-frame-move-hint"));
    }
    // How much larger than filling its frame the photo is shown.
    let (Some(shown), Some(covering)) = (
        photo_tool::shown_crop(session, resources, index),
        photo_tool::filling_crop(session, resources, index),
    ) else {
        return;
    };
    let mut zoom = (covering.width / shown.width.max(0.0001)) * 100.0;
    let changed = ui
        .horizontal(|ui| {
            let label = ui.label(tr!("props-frame-zoom").shown());
            ui.add(rtl::localised(
                egui::DragValue::new(&mut zoom)
                    .range(100.0..=400.0)
                    .speed(1.0)
                    .suffix(" %"),
            ))
            .labelled_by(label.id)
            .changed()
        })
        .inner;
    if changed {
        let crop = photo_tool::zoomed(shown, covering, zoom / 100.0);
        session.edit_element(index, Some("photo-zoom"), |e| {
            if let ElementKind::Image(image) = &mut e.kind {
                image.crop = Some(crop);
            }
        });
    }
}
