//! The editor's desktop window: eframe's options, the fonts egui draws with, and the
//! frame loop.

#[allow(clippy::wildcard_imports)]
use super::*;

/// eframe glue: the window title and closing.
struct Window {
    app: PlacardApp,
    title: String,
    /// Where to report the first canvas render (`PLACARD_SMOKE_DIR`), for the window
    /// smoke test that compares the screen with the engine's pixels.
    smoke_dir: Option<PathBuf>,
    /// The system clipboard, read when the volunteer pastes.
    clipboard: Box<dyn clipboard::ClipboardSource>,
}

impl Window {
    fn report_canvas(&mut self, ppp: f32) {
        let (Some(dir), Some(render)) = (&self.smoke_dir, &self.app.canvas.last_render) else {
            return;
        };
        if !self.app.canvas.is_settled() {
            return;
        }
        let rect = render.screen_rect;
        // The trim, bleed and safe-margin guides are drawn over the page; the part inside
        // the safe margin shows the engine's pixels alone.
        let bleed = self.app.session.as_ref().map_or(0.0, |s| s.page().bleed.0);
        let inset =
            ((bleed + Pt::from(Mm(crate::model::SAFE_MARGIN_MM)).0) * self.app.canvas.zoom() * ppp)
                .ceil()
                + 2.0;
        let json = format!(
            "{{\"x\": {}, \"y\": {}, \"width\": {}, \"height\": {}, \"inset\": {inset}}}\n",
            (rect.min.x * ppp).round(),
            (rect.min.y * ppp).round(),
            render.pixmap.width(),
            render.pixmap.height()
        );
        let written = render.pixmap.save_png(dir.join("canvas.png")).is_ok()
            && crate::io::write_atomic(&dir.join("canvas.json"), json.as_bytes()).is_ok();
        if !written {
            eprintln!(
                "placard: could not write the canvas report to {}",
                dir.display()
            );
        }
        self.smoke_dir = None;
    }
}

impl eframe::App for Window {
    /// Cut, copy and paste keys are the editor's: the toolkit reads only text and small
    /// PNG pictures, and drops a paste it cannot read without a word.
    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        let typing = ctx.egui_wants_keyboard_input() || self.app.canvas.is_editing_text();
        self.app
            .take_clipboard_keys(typing, &mut raw_input.events, &mut *self.clipboard);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) && !self.app.may_close() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        self.app.ui(ui);
        if self.app.quit_confirmed() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.report_canvas(ctx.pixels_per_point());
        let title = self.app.title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

/// The application's id: its desktop entry's name, and what desktops know its window by.
pub const APP_ID: &str = "org.placard.Placard";

/// The application's icon, drawn from `packaging/linux/icons` by the `app_icons` example.
static ICON: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/packaging/linux/icons/hicolor/256x256/apps/org.placard.Placard.png"
));

/// Runs the editor window, optionally opening a file.
pub fn run(file: Option<PathBuf>) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default().with_app_id(APP_ID);
    // The icon is part of the program; should it ever fail to read, the window has none.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_title("Placard")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        // The clipboard keys arrive as keys: `Window::raw_input_hook` reads the clipboard.
        clipboard_shortcuts: false,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Placard",
        options,
        Box::new(move |_cc| {
            let mut app = PlacardApp::new(Resources::with_system_fonts(), Box::new(NativeDialogs));
            if let Some(file) = file {
                app.open_path(&file);
            }
            let smoke_dir = std::env::var_os("PLACARD_SMOKE_DIR").map(PathBuf::from);
            Ok(Box::new(Window {
                app,
                title: String::new(),
                smoke_dir,
                clipboard: clipboard::system(),
            }))
        }),
    )
}

/// Gives egui every bundled family (so font menus show each font in itself) and the
/// bundled fonts as fallbacks for text fields (Arabic, Cyrillic, Greek).
pub(super) fn register_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    let defaults = fonts
        .families
        .get(&egui::FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for (family, data) in BundledFont::regular_faces() {
        fonts
            .font_data
            .insert(family.clone(), Arc::new(egui::FontData::from_static(data)));
        let mut chain = vec![family.clone()];
        chain.extend(defaults.iter().cloned());
        fonts
            .families
            .insert(egui::FontFamily::Name(family.clone().into()), chain);
        if family == "Inter" || family == "Noto Sans Arabic" {
            for list in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
                fonts.families.entry(list).or_default().push(family.clone());
            }
        }
    }
    // Icons right after each list's first font (which sets the line's metrics): they have
    // only their own private-use characters, which Inter also fills with glyphs of its own.
    fonts.font_data.insert(
        icons::FONT_NAME.to_owned(),
        Arc::new(egui::FontData::from_static(icons::FONT)),
    );
    for list in fonts.families.values_mut() {
        list.insert(list.len().min(1), icons::FONT_NAME.to_owned());
    }
    ctx.set_fonts(fonts);
}
