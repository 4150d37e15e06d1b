//! The desktop editor (egui/eframe). It only orchestrates: every pixel of the design it
//! shows comes from the engine's raster backend.

mod arrange;
mod autosave;
pub(crate) mod campaign_ui;
mod canvas;
pub mod command;
mod command_handling;
mod dialogs;
mod export_job;
mod file_browser;
mod file_requests;
pub mod history;
pub mod icons;
mod kit_ui;
mod merge_ui;
pub mod panels;
mod photos;
mod preflight_ui;
mod print_download;
mod session;
mod start;
mod text_edit;

pub use canvas::{Canvas, CanvasRenderer, RenderedRegion};
pub use dialogs::{
    DialogAnswer, FileDialogs, FileKind, NativeDialogs, PendingPath, ScriptedDialogs,
};
pub use export_job::{ExportFormat, ExportJob, ExportSettings};
pub use history::History;
pub use session::Session;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::campaign::{BrandKit, apply_palette};
use crate::layout::{BundledFont, Resources};
use crate::model::{
    Color, Document, Element, ElementKind, Project, Shape, ShapeElement, Stroke, TextElement,
};
use crate::slogans::{Slogan, SloganLibrary};
use crate::units::{Mm, Pt};
use campaign_ui::{CampaignAction, CampaignWindows};
use command::{Command, ShapeChoice};
use panels::properties::PropertiesAction;
use start::{StartChoice, StartScreen};

/// What a file dialog was opened for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Waiting {
    Open,
    SaveAs,
    AddImage,
    ReplaceImage(usize),
    Export,
    MergeExport(crate::merge::MergeTable),
    MergePictures,
    KitExport,
    BrandLogo,
}

/// Where image files named in a merge table are read from (inside it only): the folder
/// the volunteer chose, else the design's folder, else the working folder.
fn merge_base(session: &Session, chosen: Option<&std::path::Path>) -> PathBuf {
    if let Some(chosen) = chosen {
        return chosen.to_owned();
    }
    session
        .path
        .as_deref()
        .and_then(std::path::Path::parent)
        .filter(|folder| !folder.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf)
}

/// What to do once unsaved changes are dealt with.
#[derive(Debug, Clone, PartialEq)]
enum AfterDiscard {
    StartScreen,
    Open,
    Quit,
}

/// A message shown in the corner of the window for a few seconds.
struct Toast {
    text: String,
    error: bool,
    until: f64,
    folder: Option<PathBuf>,
}

/// The editor application.
pub struct PlacardApp {
    resources: Arc<Resources>,
    dialogs: Box<dyn FileDialogs>,
    /// The open design, if any (otherwise the start screen shows).
    pub session: Option<Session>,
    /// The canvas.
    pub canvas: Canvas,
    start: StartScreen,
    families: Vec<String>,
    toasts: Vec<Toast>,
    /// The file dialog open now, and what it is for.
    waiting: Option<file_requests::Asked>,
    /// The editor's own file browser, open where the desktop has no file dialog.
    browser: Option<(Waiting, file_browser::FileBrowser)>,
    /// The folder last chosen in the editor's own browser, where it opens next.
    last_folder: Option<PathBuf>,
    export_settings: ExportSettings,
    export_open: bool,
    export_job: Option<ExportJob>,
    clipboard: Vec<Element>,
    confirm: Option<AfterDiscard>,
    /// A very large PNG export waiting to be confirmed: what it will take.
    large_export: Option<String>,
    /// The data merge window.
    merge: merge_ui::MergeWindow,
    /// The campaign kit window.
    kit: kit_ui::KitWindow,
    /// The design a campaign kit was made from, put aside while one of the kit's formats
    /// is on the canvas.
    kit_source: Option<Session>,
    recent: Vec<PathBuf>,
    /// Set when the window may close.
    quit_confirmed: bool,
    /// Where the volunteer's own slogans, brand kit, templates and recent files live
    /// (nothing is kept when `None`).
    config_dir: Option<PathBuf>,
    slogans: SloganLibrary,
    brand: Option<BrandKit>,
    campaign: CampaignWindows,
    /// Whether the bundled fonts were given to egui (to show each font in itself).
    fonts_registered: bool,
    template_name: Option<String>,
    print_check: preflight_ui::PrintCheck,
    autosave: autosave::Autosave,
    /// Autosaved designs from an editor that did not close properly, offered back.
    recovery: Vec<autosave::Recovery>,
    /// Commands asked for this frame, carried out at its end.
    commands: Vec<Command>,
}

/// The colour new text gets: of the palette's colours (or black and white), the one with
/// the most contrast against `behind` (a photo or gradient behind it counts as dark).
fn readable_colour(palette: Option<&crate::model::Palette>, behind: Option<Color>) -> Color {
    let behind = behind.unwrap_or(Color::rgb(0x40, 0x40, 0x40));
    let mut candidates = Vec::new();
    if let Some(palette) = palette {
        candidates.extend([
            palette.text,
            palette.accent_text,
            palette.accent,
            palette.background,
        ]);
    }
    candidates.extend([Color::BLACK, Color::WHITE]);
    candidates
        .into_iter()
        .map(|colour| (crate::campaign::contrast(colour, behind), colour))
        // The palette's own colours first when they read well enough (4.5:1).
        .find(|(ratio, _)| *ratio >= 4.5)
        .map_or(Color::BLACK, |(_, colour)| colour)
}

/// The volunteer's configuration folder: `$XDG_CONFIG_HOME/placard` or
/// `~/.config/placard`.
pub fn default_config_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("placard"))
}

impl PlacardApp {
    /// An editor showing the start screen, keeping the volunteer's own things in the
    /// usual configuration folder.
    pub fn new(resources: Arc<Resources>, dialogs: Box<dyn FileDialogs>) -> PlacardApp {
        PlacardApp::with_config_dir(resources, dialogs, default_config_dir())
    }

    /// An editor keeping the volunteer's slogans, brand kit, templates and recent files in
    /// `config_dir` (or nowhere).
    pub fn with_config_dir(
        resources: Arc<Resources>,
        dialogs: Box<dyn FileDialogs>,
        config_dir: Option<PathBuf>,
    ) -> PlacardApp {
        let families = resources.fonts.bundled_families();
        let mut problems = Vec::new();
        let slogans = match &config_dir {
            Some(dir) => {
                let (library, problem) = SloganLibrary::with_user_file(dir.join("slogans.toml"));
                problems.extend(problem.map(|p| p.to_string()));
                library
            }
            None => SloganLibrary::built_in(),
        };
        let brand = match config_dir
            .as_deref()
            .map(|d| BrandKit::load(&d.join("brand")))
        {
            Some(Ok(kit)) => kit,
            Some(Err(err)) => {
                problems.push(err.to_string());
                None
            }
            None => None,
        };
        let mut campaign = CampaignWindows::default();
        if let Some(kit) = &brand {
            campaign.brand_draft = kit.clone();
        }
        let recent = config_dir.as_deref().map(load_recent).unwrap_or_default();
        let autosave = autosave::Autosave::new(config_dir.as_deref());
        let recovery = autosave.leftovers();
        let mut app = PlacardApp {
            resources,
            dialogs,
            session: None,
            canvas: Canvas::new(),
            start: StartScreen::default(),
            families,
            toasts: Vec::new(),
            waiting: None,
            browser: None,
            last_folder: None,
            export_settings: ExportSettings::default(),
            export_open: false,
            export_job: None,
            clipboard: Vec::new(),
            confirm: None,
            large_export: None,
            merge: merge_ui::MergeWindow::default(),
            kit: kit_ui::KitWindow::default(),
            kit_source: None,
            recent,
            quit_confirmed: false,
            config_dir,
            slogans,
            brand,
            campaign,
            fonts_registered: false,
            template_name: None,
            print_check: preflight_ui::PrintCheck::default(),
            autosave,
            recovery,
            commands: Vec::new(),
        };
        for problem in problems {
            app.error(problem);
        }
        app
    }

    /// Opens a design file, or reports why it cannot be opened.
    pub fn open_path(&mut self, path: &Path) {
        match Session::open(path) {
            Ok(session) => {
                self.session = Some(session);
                self.canvas = Canvas::new();
                remember_recent(&mut self.recent, path, self.config_dir.as_deref());
            }
            Err(err) => self.error(err.to_string()),
        }
    }

    /// Starts a new design from a built-in template.
    pub fn new_from_template(&mut self, id: &str) {
        match crate::templates::load(id) {
            Some(Ok(project)) => self.start_session(project),
            Some(Err(err)) => self.error(err.to_string()),
            None => self.error(format!("there is no template '{id}'")),
        }
    }

    fn start_session(&mut self, project: Project) {
        self.session = Some(Session::new(project, None));
        self.canvas = Canvas::new();
    }

    /// The window title.
    pub fn title(&self) -> String {
        self.session
            .as_ref()
            .map_or_else(|| "Placard".to_owned(), Session::title)
    }

    /// Messages currently shown, newest last.
    pub fn messages(&self) -> Vec<String> {
        self.toasts.iter().map(|t| t.text.clone()).collect()
    }

    fn toast(&mut self, text: String, error: bool, folder: Option<PathBuf>) {
        self.toasts.push(Toast {
            text,
            error,
            until: f64::INFINITY,
            folder,
        });
    }

    fn error(&mut self, text: String) {
        self.toast(text, true, None);
    }

    fn suggested_name(&self, extension: &str) -> String {
        let stem = self.session.as_ref().map_or_else(
            || "design".to_owned(),
            |s| match &s.path {
                Some(path) => path
                    .file_stem()
                    .map_or("design".into(), |n| n.to_string_lossy().into_owned()),
                None => s
                    .project
                    .document
                    .title
                    .split(['—', '-'])
                    .next()
                    .unwrap_or("design")
                    .trim()
                    .to_owned(),
            },
        );
        format!("{stem}.{extension}")
    }

    /// Saves to the known path, or asks for one.
    pub fn save(&mut self) {
        let Some(session) = &mut self.session else {
            return;
        };
        match session.path.clone() {
            Some(path) => {
                crate::layout::embed_fonts(&mut session.project, &self.resources);
                if let Err(err) = session.save_as(&path) {
                    self.error(err.to_string());
                } else {
                    remember_recent(&mut self.recent, &path, self.config_dir.as_deref());
                }
            }
            None => {
                let name = self.suggested_name("placard");
                self.ask(Waiting::SaveAs, FileKind::SaveDesign, &name);
            }
        }
    }

    fn quit_pending(&self) -> bool {
        self.confirm == Some(AfterDiscard::Quit)
    }

    /// Adds an element in the middle of the page and selects it.
    pub fn add_element(&mut self, kind: ElementKind, name: &str, relative_size: (f32, f32)) {
        let Some(session) = &self.session else {
            return;
        };
        let page = session.page();
        let size = (
            page.width.0 * relative_size.0,
            page.height.0 * relative_size.1,
        );
        self.place_centred(name, size, |_| kind);
    }

    /// Adds an element of `size` (points) in the middle of the page as one undo step and
    /// selects it; `make` may add assets to the project for it.
    fn place_centred(
        &mut self,
        name: &str,
        size: (f32, f32),
        make: impl FnOnce(&mut Project) -> ElementKind,
    ) {
        let Some(session) = &mut self.session else {
            return;
        };
        let page_index = session.page;
        session.edit(|project| {
            let kind = make(project);
            if let Some(page) = project.document.pages.get_mut(page_index) {
                let (w, h) = size;
                let mut element = Element::new(
                    Pt((page.width.0 - w) / 2.0),
                    Pt((page.height.0 - h) / 2.0),
                    Pt(w),
                    Pt(h),
                    kind,
                );
                element.name = Some(name.to_owned());
                page.elements.push(element);
            }
        });
        let count = session.page().elements.len();
        session.selection = vec![count.saturating_sub(1)];
    }

    /// Adds a text box in the middle of the page (inside the safe margin), in the
    /// palette's colour that reads best on what is behind it, ready to type in: its words
    /// are selected, so the first keys replace them.
    pub fn add_text(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let page = session.page();
        let centre = crate::geom::Point::new(page.width.0 / 2.0, page.height.0 / 2.0);
        let behind = crate::scene::colour_behind(page, page.elements.len(), centre);
        let mut text = TextElement::new("Your slogan", "Inter", Pt(48.0));
        text.font_weight = 700;
        text.auto_fit = true;
        text.fill = readable_colour(session.project.document.palette.as_ref(), behind);
        self.add_element(ElementKind::Text(text), "Text", (0.7, 0.15));
        if let Some(session) = &self.session
            && let [index] = session.selection.as_slice()
        {
            self.canvas.edit_text(session, *index);
        }
    }

    /// Adds a QR code, square, a quarter of the page's shorter side (its link is edited
    /// in the properties panel).
    pub fn add_qr(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let page = session.page();
        let side = page.width.0.min(page.height.0) * 0.25;
        let relative = (side / page.width.0, side / page.height.0);
        let qr = crate::model::QrElement::new("https://example.org");
        self.add_element(ElementKind::Qr(qr), "QR code", relative);
    }

    /// Adds a shape.
    pub fn add_shape(&mut self, shape: Shape) {
        let name = match shape {
            Shape::Rect { .. } => "Rectangle",
            Shape::Ellipse => "Ellipse",
            Shape::Line { .. } => "Line",
            Shape::Polygon { .. } => "Polygon",
            Shape::Star { .. } => "Star",
        };
        let is_line = matches!(shape, Shape::Line { .. });
        let element = ShapeElement {
            shape,
            fill: (!is_line).then_some(Color::rgb(0xd7, 0x26, 0x1e)),
            stroke: is_line.then_some(Stroke {
                color: Color::BLACK,
                width: Pt::from(Mm(2.0)),
            }),
        };
        self.add_element(
            ElementKind::Shape(element),
            name,
            (0.3, if is_line { 0.05 } else { 0.2 }),
        );
    }

    fn merge_window(&mut self, ctx: &egui::Context) {
        let Some(session) = &self.session else {
            return;
        };
        let base = merge_base(session, self.merge.pictures.as_deref());
        match self.merge.ui(ctx, &session.project, &base, &self.resources) {
            Some(merge_ui::MergeAction::Export(table)) => {
                let name = self.suggested_name("pdf").replace(".pdf", "-merged.pdf");
                self.ask(Waiting::MergeExport(table), FileKind::ExportPdf, &name);
            }
            Some(merge_ui::MergeAction::ChoosePictures) => {
                self.ask(Waiting::MergePictures, FileKind::Folder, "");
            }
            None => {}
        }
    }

    /// Keeps the kit format on the canvas in the kit and puts the design it was made
    /// from back on the canvas.
    fn leave_kit_format(&mut self) {
        let Some(index) = self.kit.editing.take() else {
            return;
        };
        if let Some(session) = &self.session {
            self.kit.update(index, session.project.clone());
        }
        if let Some(source) = self.kit_source.take() {
            self.session = Some(source);
            self.canvas = Canvas::new();
        }
    }

    /// Opens the campaign kit window, making the kit from the design on the canvas
    /// unless one of the kit's formats is being edited.
    pub fn open_campaign_kit(&mut self) {
        if self.kit.editing.is_none() {
            let Some(session) = &self.session else {
                return;
            };
            if let Err(err) = self.kit.build(&session.project) {
                self.error(err);
                return;
            }
        }
        self.kit.open = true;
    }

    /// The kit's formats (for inspection), and which one is on the canvas.
    pub fn campaign_kit(&self) -> (&[crate::kit::KitItem], Option<usize>) {
        (&self.kit.items, self.kit.editing)
    }

    fn kit_window(&mut self, ctx: &egui::Context) {
        let Some(action) = self.kit.ui(ctx, &self.resources) else {
            return;
        };
        match action {
            kit_ui::KitAction::Edit(index) => {
                let Some(item) = self.kit.items.get(index) else {
                    return;
                };
                let project = item.project.clone();
                match self.kit.editing {
                    Some(current) => {
                        if let Some(session) = &self.session {
                            self.kit.update(current, session.project.clone());
                        }
                    }
                    None => self.kit_source = self.session.take(),
                }
                self.session = Some(Session::new(project, None));
                self.canvas = Canvas::new();
                self.kit.editing = Some(index);
            }
            kit_ui::KitAction::BackToDesign => self.leave_kit_format(),
            kit_ui::KitAction::ExportZip | kit_ui::KitAction::ExportFolder => {
                if let (Some(index), Some(session)) = (self.kit.editing, &self.session) {
                    self.kit.update(index, session.project.clone());
                }
                let name = self.suggested_name("zip").replace(".zip", "-kit.zip");
                let kind = if action == kit_ui::KitAction::ExportZip {
                    FileKind::ExportZip
                } else {
                    FileKind::Folder
                };
                self.ask(Waiting::KitExport, kind, &name);
            }
        }
    }

    /// The row the data merge window previews, when it is open.
    pub fn merge_preview_row(&self) -> Option<usize> {
        self.merge.open.then(|| self.merge.previewed_row())
    }

    fn campaign_windows(&mut self, ctx: &egui::Context) {
        let text_selected = self.session.as_ref().is_some_and(|s| {
            matches!(
                s.single_selection().map(|(_, e)| &e.kind),
                Some(ElementKind::Text(_))
            )
        });
        let mut actions = Vec::new();
        if self.campaign.slogans_open {
            actions.extend(
                self.campaign
                    .slogans_window(ctx, &self.slogans, text_selected),
            );
        }
        if self.campaign.brand_open {
            actions.extend(self.campaign.brand_window(
                ctx,
                &self.families,
                self.brand.as_ref(),
                self.session.is_some(),
            ));
        }
        for action in actions {
            self.campaign_action(action);
        }
    }

    fn print_check_window(&mut self, ctx: &egui::Context) {
        let Some(session) = &mut self.session else {
            return;
        };
        let now = ctx.input(|i| i.time);
        self.print_check.refresh(session, &self.resources, now);
        let pages = session.project.document.pages.len();
        match self.print_check.window(ctx, pages) {
            Some(preflight_ui::CheckAction::Select(page, element)) => {
                session.page = page;
                session.selection = vec![element];
            }
            Some(preflight_ui::CheckAction::Fix(fix)) => {
                session.edit(|p| crate::preflight::apply_fix(p, fix));
            }
            None => {}
        }
    }

    /// Carries out what a campaign window asked for.
    fn campaign_action(&mut self, action: CampaignAction) {
        match action {
            CampaignAction::Insert(slogan) => self.insert_slogan(&slogan),
            CampaignAction::UseInSelection(slogan) => {
                if let Some(session) = &mut self.session
                    && let Some((index, _)) = session.single_selection()
                {
                    session.edit_element(index, None, |e| {
                        if let ElementKind::Text(t) = &mut e.kind {
                            t.text = slogan_words(&slogan);
                        }
                    });
                }
            }
            CampaignAction::AddOwn(slogan) => {
                if let Err(err) = self.slogans.add_own(slogan) {
                    self.error(err.to_string());
                }
            }
            CampaignAction::RemoveOwn(slogan) => {
                if let Err(err) = self.slogans.remove_own(&slogan) {
                    self.error(err.to_string());
                }
            }
            CampaignAction::ApplyPalette(palette) => {
                if let Some(session) = &mut self.session {
                    session.edit(|p| apply_palette(&mut p.document, &palette));
                }
            }
            CampaignAction::SaveBrandKit(kit) => {
                let Some(dir) = self.config_dir.as_ref().map(|d| d.join("brand")) else {
                    self.brand = Some(kit);
                    return;
                };
                match kit.save(&dir) {
                    Ok(()) => {
                        self.brand = Some(kit);
                        self.toast("Brand kit saved".to_owned(), false, None);
                    }
                    Err(err) => self.error(err.to_string()),
                }
            }
            CampaignAction::ApplyBrandKit => {
                if let (Some(session), Some(kit)) = (&mut self.session, &self.brand) {
                    session.edit(|p| kit.apply(p));
                }
            }
            CampaignAction::ChooseLogo => self.ask(Waiting::BrandLogo, FileKind::Image, ""),
        }
    }

    /// Places a slogan (big, in the design's headline style) or a quote (serif, with its
    /// attribution) in the middle of the page.
    fn insert_slogan(&mut self, slogan: &Slogan) {
        let Some(session) = &self.session else {
            return;
        };
        let colour = session
            .project
            .document
            .palette
            .map_or(Color::BLACK, |p| p.text);
        let (kind, name, size) = if slogan.is_quote() {
            let mut text = TextElement::new(&slogan_words(slogan), "Noto Serif", Pt(48.0));
            text.italic = true;
            text.align = crate::model::TextAlign::Left;
            text.line_height = 1.2;
            (text, "Quote", (0.8, 0.3))
        } else {
            let mut text = TextElement::new(&slogan.text, "Anton", Pt(120.0));
            text.all_caps = !slogan.text.starts_with('#');
            text.line_height = 1.0;
            (text, "Slogan", (0.8, 0.18))
        };
        let mut text = kind;
        text.fill = colour;
        text.auto_fit = true;
        self.add_element(ElementKind::Text(text), name, size);
    }

    /// The "Save as template" window: a name, then the design goes into the volunteer's
    /// templates.
    fn template_window(&mut self, ctx: &egui::Context) {
        let Some(mut name) = self.template_name.take() else {
            return;
        };
        let mut open = true;
        let mut save = false;
        egui::Window::new("Save as template")
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    let label = ui.label("Template name");
                    ui.text_edit_singleline(&mut name).labelled_by(label.id);
                });
                save = ui
                    .add_enabled(!name.trim().is_empty(), egui::Button::new("Save template"))
                    .clicked();
            });
        if save {
            self.save_as_template(name.trim());
        } else if open {
            self.template_name = Some(name);
        }
    }

    fn save_as_template(&mut self, name: &str) {
        let (Some(session), Some(dir)) = (&self.session, &self.config_dir) else {
            return;
        };
        let mut project = session.project.clone();
        project.document.title = name.to_owned();
        crate::layout::embed_fonts(&mut project, &self.resources);
        let path = dir
            .join("templates")
            .join(format!("{}.placard", file_stem(name)));
        let saved = std::fs::create_dir_all(path.parent().unwrap_or(dir))
            .map_err(|err| format!("{}: {err}", path.display()))
            .and_then(|()| {
                // The templates folder is Placard's own: a template may be replaced.
                project
                    .save_over_own_file(&path)
                    .map_err(|err| err.to_string())
            });
        match saved {
            Ok(()) => {
                self.start.forget_user_templates();
                self.toast(format!("Saved as the template “{name}”"), false, None);
            }
            Err(err) => self.error(err),
        }
    }

    /// Asks before throwing away unsaved changes.
    fn request(&mut self, after: AfterDiscard) {
        self.leave_kit_format();
        if self.session.as_ref().is_some_and(Session::is_dirty) {
            self.confirm = Some(after);
        } else {
            self.proceed(after);
        }
    }

    fn proceed(&mut self, after: AfterDiscard) {
        match after {
            AfterDiscard::StartScreen => self.session = None,
            AfterDiscard::Open => self.ask(Waiting::Open, FileKind::OpenDesign, ""),
            AfterDiscard::Quit => {
                // The volunteer chose to drop the changes: no recovery offer next time.
                self.autosave.remove();
                self.quit_confirmed = true;
            }
        }
    }

    /// Whether the window may close now (no unsaved work, or the volunteer said so).
    pub fn may_close(&mut self) -> bool {
        self.leave_kit_format();
        if self.quit_confirmed || !self.session.as_ref().is_some_and(Session::is_dirty) {
            return true;
        }
        self.confirm = Some(AfterDiscard::Quit);
        false
    }

    /// What the live print check found in the open design (as of the last frame).
    pub fn print_findings(&self) -> &[crate::preflight::Finding] {
        self.print_check.findings()
    }

    /// Where the export under way writes, if one is running.
    pub fn export_running(&self) -> Option<&Path> {
        self.export_job.as_ref().map(|job| job.path.as_path())
    }

    /// Whether the volunteer confirmed quitting.
    pub fn quit_confirmed(&self) -> bool {
        self.quit_confirmed
    }

    /// Shows the whole editor in `ui`.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_registered {
            register_fonts(&ctx);
            self.fonts_registered = true;
        }
        self.poll_background(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);
        let condition = self
            .session
            .as_ref()
            .and_then(|session| session.project.document.print_condition)
            .unwrap_or_default();
        ctx.data_mut(|d| d.insert_temp(panels::print_condition_id(), condition));

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        if self.session.is_none() {
            egui::CentralPanel::default().show(ui, |ui| {
                let config_dir = self.config_dir.clone();
                if let Some(choice) =
                    self.start
                        .ui(ui, &self.resources, &self.recent, config_dir.as_deref())
                {
                    match choice {
                        StartChoice::Template(id) => self.new_from_template(&id),
                        StartChoice::Blank(paper) => {
                            self.start_session(Project::new(Document::new("Untitled", paper)));
                        }
                        StartChoice::Open => self.ask(Waiting::Open, FileKind::OpenDesign, ""),
                        StartChoice::Recent(path) => self.open_path(&path),
                        StartChoice::UserTemplate(path) => match Project::load(&path) {
                            Ok(project) => self.start_session(project),
                            Err(err) => self.error(err.to_string()),
                        },
                    }
                }
            });
        } else {
            let mut action = PropertiesAction::None;
            let mut campaign_action = None;
            let state = self.command_state();
            egui::Panel::left("layers")
                .default_size(220.0)
                .show(ui, |ui| {
                    if let Some(session) = &mut self.session {
                        panels::layers::layers_ui(ui, session, &state, &mut self.commands);
                    }
                });
            egui::Panel::right("properties")
                .default_size(280.0)
                .show(ui, |ui| {
                    if let Some(session) = &mut self.session {
                        if session.selection.is_empty() {
                            egui::ScrollArea::vertical().show(ui, |ui| {
                                panels::page::page_ui(ui, session);
                                ui.separator();
                                panels::legibility::legibility_ui(ui, session, &self.resources);
                                ui.separator();
                                campaign_action = campaign_ui::palettes_ui(
                                    ui,
                                    session.project.document.palette.as_ref(),
                                );
                            });
                        } else {
                            action = panels::properties::properties_ui(ui, session, &self.families);
                        }
                    }
                });
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    if let Some(session) = &mut self.session {
                        self.canvas
                            .ui(ui, session, &self.resources, &state, &mut self.commands);
                    }
                });
            if let PropertiesAction::ReplaceImage(index) = action {
                self.ask(Waiting::ReplaceImage(index), FileKind::Image, "");
            }
            if let Some(action) = campaign_action {
                self.campaign_action(action);
            }
        }
        self.campaign_windows(&ctx);
        self.merge_window(&ctx);
        self.kit_window(&ctx);
        self.template_window(&ctx);
        self.print_check_window(&ctx);
        self.export_window(&ctx);
        self.file_browser_window(&ctx);
        self.confirm_window(&ctx);
        self.large_export_window(&ctx);
        self.recovery_window(&ctx);
        let now = ctx.input(|i| i.time);
        let (next, problem) = self.autosave.tick(self.session.as_ref(), now);
        if let Some(seconds) = next {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(seconds));
        }
        if let Some(problem) = problem {
            self.error(problem);
        }
        self.run_commands(&ctx);
        // Dialogs that answer at once (and native ones that just closed) take effect now.
        self.poll_background(&ctx);
        self.toasts_ui(&ctx);
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let state = self.command_state();
        let mut queue = Vec::new();
        egui::MenuBar::new().ui(ui, |ui| {
            let mut menu = |ui: &mut egui::Ui, title: &str, items: &[Option<Command>]| {
                ui.menu_button(title, |ui| {
                    Command::menu_items(ui, items, &state, &mut queue);
                });
            };
            use Command as C;
            menu(
                ui,
                "File",
                &[
                    Some(C::NewDesign),
                    Some(C::OpenDesign),
                    Some(C::Save),
                    Some(C::SaveAs),
                    Some(C::Export),
                    None,
                    Some(C::SaveAsTemplate),
                ],
            );
            menu(
                ui,
                "Campaign",
                &[
                    Some(C::Slogans),
                    Some(C::BrandKit),
                    Some(C::DataMerge),
                    Some(C::CampaignKit),
                    Some(C::ApplyBrandKit),
                    None,
                    Some(C::PrintCheck),
                ],
            );
            if self.session.is_none() {
                return;
            }
            menu(
                ui,
                "Edit",
                &[
                    Some(C::Undo),
                    Some(C::Redo),
                    None,
                    Some(C::Cut),
                    Some(C::Copy),
                    Some(C::Paste),
                    Some(C::Duplicate),
                    Some(C::Delete),
                    Some(C::SelectAll),
                ],
            );
            menu(
                ui,
                "Add",
                &[
                    Some(C::AddText),
                    Some(C::AddPhoto),
                    Some(C::AddSlogan),
                    Some(C::AddQr),
                    None,
                    Some(C::AddShape(ShapeChoice::Rectangle)),
                    Some(C::AddShape(ShapeChoice::Ellipse)),
                    Some(C::AddShape(ShapeChoice::Line)),
                    Some(C::AddShape(ShapeChoice::Arrow)),
                    Some(C::AddShape(ShapeChoice::Star)),
                    Some(C::AddShape(ShapeChoice::Hexagon)),
                ],
            );
            menu(
                ui,
                "Arrange",
                &[
                    Some(C::BringForward),
                    Some(C::SendBackward),
                    Some(C::Group),
                    Some(C::Ungroup),
                    None,
                    Some(C::Align(arrange::Alignment::Left)),
                    Some(C::Align(arrange::Alignment::CentreX)),
                    Some(C::Align(arrange::Alignment::Right)),
                    Some(C::Align(arrange::Alignment::Top)),
                    Some(C::Align(arrange::Alignment::CentreY)),
                    Some(C::Align(arrange::Alignment::Bottom)),
                    Some(C::DistributeHorizontally),
                    Some(C::DistributeVertically),
                ],
            );
            menu(
                ui,
                "View",
                &[
                    Some(C::FitPage),
                    Some(C::ActualSize),
                    Some(C::ZoomIn),
                    Some(C::ZoomOut),
                ],
            );
            let Some(session) = &mut self.session else {
                return;
            };
            let pages = session.project.document.pages.len();
            if pages > 1 {
                for page in 0..pages {
                    let name = session.project.document.pages[page]
                        .name
                        .clone()
                        .unwrap_or_else(|| format!("Page {}", page + 1));
                    if ui.selectable_label(session.page == page, name).clicked() {
                        session.page = page;
                        session.selection.clear();
                    }
                }
            }
        });
        self.commands.extend(queue);
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if let Some(session) = &self.session {
                let page = session.page();
                ui.label(match session.project.document.export_dpi {
                    Some(dpi) => format!(
                        "{:.0} × {:.0} px",
                        page.width.0 * dpi / 72.0,
                        page.height.0 * dpi / 72.0
                    ),
                    None => format!(
                        "{:.0} × {:.0} mm, bleed {:.1} mm",
                        page.width.to_mm().0,
                        page.height.to_mm().0,
                        page.bleed.to_mm().0
                    ),
                });
                ui.separator();
                ui.label(format!(
                    "Zoom {:.0} %",
                    self.canvas.zoom() * 72.0 / 96.0 * 100.0
                ));
                ui.separator();
                let (errors, _) = self.print_check.counts();
                let summary = egui::RichText::new(self.print_check.summary());
                let summary = if errors > 0 {
                    summary.color(egui::Color32::from_rgb(0xe5, 0x39, 0x35))
                } else {
                    summary
                };
                if ui
                    .small_button(summary)
                    .on_hover_text("What a print shop would ask about")
                    .clicked()
                {
                    self.commands.push(Command::PrintCheck);
                }
                ui.separator();
                let state = self.command_state();
                Command::FitPage.button(ui, &state, &mut self.commands);
                Command::ActualSize.button(ui, &state, &mut self.commands);
            }
            if let Some(job) = &self.export_job {
                ui.separator();
                ui.label(format!("Exporting {}", job.path.display()));
                ui.add(
                    egui::ProgressBar::new(job.progress())
                        .desired_width(160.0)
                        .show_percentage(),
                );
                if ui.button("Cancel").clicked() {
                    job.cancel();
                }
            }
        });
    }

    fn confirm_window(&mut self, ctx: &egui::Context) {
        let Some(after) = self.confirm.clone() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.heading("Save your changes?");
            ui.label("This design has changes that are not saved yet.");
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    choice = Some(0);
                }
                if ui.button("Don't save").clicked() {
                    choice = Some(1);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(2);
                }
            });
        });
        match choice {
            Some(0) => {
                self.save();
                if self.session.as_ref().is_some_and(|s| !s.is_dirty()) {
                    self.confirm = None;
                    self.proceed(after);
                }
            }
            Some(1) => {
                self.confirm = None;
                self.proceed(after);
            }
            Some(_) => self.confirm = None,
            None => {}
        }
    }

    /// Offers back the work an editor left when it did not close properly.
    fn recovery_window(&mut self, ctx: &egui::Context) {
        let Some(found) = self.recovery.first().cloned() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.heading("Restore unsaved work?");
            let name = found
                .info
                .path
                .as_ref()
                .and_then(|p| p.file_name())
                .map_or_else(
                    || found.info.title.clone(),
                    |n| n.to_string_lossy().into_owned(),
                );
            ui.label(format!(
                "Placard closed without saving “{name}”. Its last autosaved state can be restored."
            ));
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    choice = Some(true);
                }
                if ui.button("Discard").clicked() {
                    choice = Some(false);
                }
            });
        });
        let Some(restore) = choice else {
            return;
        };
        self.recovery.remove(0);
        if restore {
            match Project::load(&found.design) {
                Ok(project) => {
                    let mut session = Session::new(project, found.info.path.clone());
                    session.mark_unsaved();
                    self.session = Some(session);
                    self.canvas = Canvas::new();
                }
                Err(err) => {
                    self.error(err.to_string());
                    return;
                }
            }
        }
        autosave::Autosave::discard(&found);
    }

    fn toasts_ui(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        for toast in &mut self.toasts {
            if toast.until.is_infinite() {
                toast.until = now + if toast.error { 12.0 } else { 6.0 };
            }
        }
        self.toasts.retain(|t| t.until > now);
        if self.toasts.is_empty() {
            return;
        }
        ctx.request_repaint_after(std::time::Duration::from_millis(250));
        let mut dismiss = None;
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -40.0))
            .show(ctx, |ui| {
                for (i, toast) in self.toasts.iter().enumerate() {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(380.0);
                        let color = if toast.error {
                            egui::Color32::from_rgb(0xc6, 0x28, 0x28)
                        } else {
                            ui.visuals().text_color()
                        };
                        ui.colored_label(color, &toast.text);
                        ui.horizontal(|ui| {
                            if let Some(folder) = &toast.folder
                                && ui.button("Show in folder").clicked()
                            {
                                let _ = std::process::Command::new("xdg-open").arg(folder).spawn();
                            }
                            if ui.small_button("Dismiss").clicked() {
                                dismiss = Some(i);
                            }
                        });
                    });
                }
            });
        if let Some(i) = dismiss {
            self.toasts.remove(i);
        }
    }

    fn poll_background(&mut self, ctx: &egui::Context) {
        self.poll_dialog(ctx);
        if let Some(job) = &self.export_job {
            match job.poll() {
                Some(result) => {
                    let path = job.path.clone();
                    self.export_job = None;
                    match result {
                        Ok(warnings) => {
                            let folder = path.parent().map(Path::to_path_buf);
                            self.toast(format!("Exported {}", path.display()), false, folder);
                            for warning in warnings {
                                self.toast(warning.to_string(), true, None);
                            }
                        }
                        Err(err) => self.error(err),
                    }
                }
                None => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
            }
        }
    }
}

/// Runs the editor window, optionally opening a file.
pub fn run(file: Option<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Placard")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
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
            }))
        }),
    )
}

/// eframe glue: the window title and closing.
struct Window {
    app: PlacardApp,
    title: String,
    /// Where to report the first canvas render (`PLACARD_SMOKE_DIR`), for the window
    /// smoke test that compares the screen with the engine's pixels.
    smoke_dir: Option<PathBuf>,
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
            ((bleed + Pt::from(Mm(canvas::SAFE_MARGIN_MM)).0) * self.app.canvas.zoom() * ppp)
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

fn load_recent(config_dir: &Path) -> Vec<PathBuf> {
    std::fs::read(config_dir.join("recent.json"))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Vec<PathBuf>>(&bytes).ok())
        .unwrap_or_default()
}

fn remember_recent(recent: &mut Vec<PathBuf>, path: &Path, config_dir: Option<&Path>) {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
    recent.retain(|p| *p != path);
    recent.insert(0, path);
    recent.truncate(8);
    if let Some(dir) = config_dir
        && std::fs::create_dir_all(dir).is_ok()
        && let Ok(json) = serde_json::to_vec_pretty(recent)
    {
        let _ = crate::io::write_atomic(&dir.join("recent.json"), &json);
    }
}

/// A slogan's words as they go on the page: quotes in quotation marks with who said them.
fn slogan_words(slogan: &Slogan) -> String {
    match &slogan.attribution {
        Some(who) => format!("“{}”\n— {who}", slogan.text),
        None => slogan.text.clone(),
    }
}

/// A file name made from a template name: letters, digits and dashes.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-').to_owned();
    if stem.is_empty() {
        "template".to_owned()
    } else {
        stem
    }
}

/// Gives egui every bundled family (so font menus show each font in itself) and the
/// bundled fonts as fallbacks for text fields (Arabic, Cyrillic, Greek).
fn register_fonts(ctx: &egui::Context) {
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
