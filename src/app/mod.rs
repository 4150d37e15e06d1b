//! The desktop editor (egui/eframe). It only orchestrates: every pixel of the design it
//! shows comes from the engine's raster backend.

mod adding;
mod arrange;
mod autosave;
mod campaign_flow;
pub(crate) mod campaign_ui;
pub(crate) mod canvas;
mod clipboard;
pub mod colour_chooser;
pub mod command;
mod command_handling;
pub mod design_text;
mod dialogs;
mod export_job;
mod file_browser;
mod file_requests;
pub mod folders;
pub mod history;
pub mod icons;
mod kit_ui;
mod menus;
mod merge_ui;
mod notices;
pub mod panels;
mod pasting;
mod photos;
mod preflight_ui;
mod print_download;
mod rail;
pub mod rtl;
mod session;
mod start;
mod symbols_drawer;
mod text_caret;
mod text_edit;
mod top_bar;
mod tour;
mod window;

pub use window::run;

pub use canvas::{Canvas, CanvasRenderer, RenderedRegion};
pub use dialogs::{
    DialogAnswer, FileDialogs, FileKind, NativeDialogs, PendingPath, ScriptedDialogs,
};
pub use export_job::{ExportFormat, ExportJob, ExportSettings};
pub use folders::Folders;
pub use history::History;
pub use session::Session;

use crate::tr;
use rtl::Shown;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::campaign::slogans::{Slogan, SloganLibrary};
use crate::campaign::{BrandKit, apply_palette};
use crate::i18n::Language;
use crate::layout::{BundledFont, Resources};
use crate::model::{
    Color, Document, Element, ElementKind, Project, Shape, ShapeElement, Stroke, TextElement,
};
use crate::units::{Mm, Pt};
use campaign_ui::{CampaignAction, CampaignWindows};
use command::{Command, ShapeChoice, TextChoice};
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
    MergeExport(crate::campaign::merge::MergeTable),
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
    /// A new design from the built-in template with this id.
    Template(String),
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
    /// The elements copied on the page, to paste.
    clipboard: Vec<Element>,
    /// The words put on the system clipboard with the last copy on the page: pasting
    /// them brings back the copied elements.
    copied_words: Option<String>,
    /// What the system clipboard gave for this frame's paste.
    system_paste: Option<Result<clipboard::Pasted, String>>,
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
    /// Where the volunteer's settings, own slogans, brand kit, templates, recent files
    /// and autosaved work live (nothing is kept when `None`).
    folders: Option<Folders>,
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
    /// Whether the keyboard shortcut sheet is open.
    shortcut_sheet: bool,
    /// The panel the rail has open beside the canvas.
    drawer: Option<rail::Drawer>,
    /// The Symbols drawer's search and pictures.
    symbols: symbols_drawer::SymbolsDrawer,
    /// The first-run tour.
    tour: tour::Tour,
}

impl PlacardApp {
    /// An editor showing the start screen, keeping the volunteer's own things in the
    /// platform's usual folders, where what an older Placard kept in `~/.config/placard`
    /// is moved on its first start.
    pub fn new(resources: Arc<Resources>, dialogs: Box<dyn FileDialogs>) -> PlacardApp {
        let folders = Folders::platform();
        let moved = match (&folders, Folders::older()) {
            (Some(folders), Some(older)) => folders.adopt(&older),
            _ => Vec::new(),
        };
        let mut app = PlacardApp::with_folders(resources, dialogs, folders);
        for problem in moved {
            app.error(problem);
        }
        app
    }

    /// An editor keeping everything of the volunteer's in `config_dir` (or nowhere).
    pub fn with_config_dir(
        resources: Arc<Resources>,
        dialogs: Box<dyn FileDialogs>,
        config_dir: Option<PathBuf>,
    ) -> PlacardApp {
        let folders = config_dir.as_deref().map(Folders::in_one);
        PlacardApp::with_folders(resources, dialogs, folders)
    }

    /// An editor keeping the volunteer's settings, slogans, brand kit, templates, recent
    /// files and autosaved work in `folders` (or nowhere).
    pub fn with_folders(
        resources: Arc<Resources>,
        dialogs: Box<dyn FileDialogs>,
        folders: Option<Folders>,
    ) -> PlacardApp {
        let families = resources.fonts.bundled_families();
        let mut problems = Vec::new();
        let slogans = match &folders {
            Some(folders) => {
                let (library, problem) = SloganLibrary::with_user_file(folders.slogans());
                problems.extend(problem.map(|p| p.to_string()));
                library
            }
            None => SloganLibrary::built_in(),
        };
        let brand = match folders.as_ref().map(|f| BrandKit::load(&f.brand())) {
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
        let settings = folders.as_ref().map(|f| f.settings.as_path());
        let recent = settings.map(load_recent).unwrap_or_default();
        if let Some(language) = settings.and_then(load_language) {
            crate::i18n::set_language(language);
        }
        let autosave = autosave::Autosave::new(folders.as_ref().map(|f| f.autosave.clone()));
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
            copied_words: None,
            system_paste: None,
            confirm: None,
            large_export: None,
            merge: merge_ui::MergeWindow::default(),
            kit: kit_ui::KitWindow::default(),
            kit_source: None,
            recent,
            quit_confirmed: false,
            folders,
            slogans,
            brand,
            campaign,
            fonts_registered: false,
            template_name: None,
            print_check: preflight_ui::PrintCheck::default(),
            autosave,
            recovery,
            commands: Vec::new(),
            shortcut_sheet: false,
            drawer: Some(rail::Drawer::Layers),
            symbols: symbols_drawer::SymbolsDrawer::default(),
            tour: tour::Tour::default(),
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
                remember_recent(&mut self.recent, path, settings_of(&self.folders));
            }
            Err(err) => self.error(err.to_string()),
        }
    }

    /// Starts a new design from a built-in template.
    pub fn new_from_template(&mut self, id: &str) {
        match crate::templates::load_in(id, crate::i18n::language()) {
            Some(Ok(project)) => self.start_session(project),
            Some(Err(err)) => self.error(err.to_string()),
            None => self.error(tr!("no-such-template", id = id).text()),
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

    /// Shows `text` as an error until dismissed; also on standard error, for a
    /// volunteer who started Placard from a terminal to copy into a report.
    fn error(&mut self, text: String) {
        eprintln!("placard: {text}");
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
                    remember_recent(&mut self.recent, &path, settings_of(&self.folders));
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

    fn print_check_window(&mut self, ctx: &egui::Context) {
        let Some(session) = &mut self.session else {
            return;
        };
        let now = ctx.input(|i| i.time);
        self.print_check.refresh(session, &self.resources, now);
        let pages = session.project.document.pages.len();
        match self.print_check.window(ctx, &self.resources, pages) {
            Some(preflight_ui::CheckAction::Select(page, element)) => {
                session.page = page;
                session.selection = vec![element];
            }
            Some(preflight_ui::CheckAction::Fix(fix)) => {
                session.edit(|p| crate::print::preflight::apply_fix(p, fix));
            }
            None => {}
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
            AfterDiscard::Template(id) => self.new_from_template(&id),
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
    pub fn print_findings(&self) -> &[crate::print::preflight::Finding] {
        self.print_check.findings()
    }

    /// Where the export under way writes, if one is running.
    pub fn export_running(&self) -> Option<&Path> {
        self.export_job.as_ref().map(|job| job.path.as_path())
    }

    /// Whether a card of the first-run tour is showing.
    pub fn tour_showing(&self) -> bool {
        self.tour.is_showing()
    }

    /// Whether the volunteer confirmed quitting.
    pub fn quit_confirmed(&self) -> bool {
        self.quit_confirmed
    }

    /// Shows the whole editor in `ui`.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_registered {
            window::register_fonts(&ctx);
            ctx.add_plugin(rtl::ReadingOrder);
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
        let screen_dpi = self
            .session
            .as_ref()
            .and_then(|session| session.project.document.export_dpi);
        ctx.data_mut(|d| d.insert_temp(panels::screen_dpi_id(), screen_dpi));
        if let Some(session) = &self.session {
            let colours = colour_chooser::design_colours(&session.project.document);
            ctx.data_mut(|d| d.insert_temp(colour_chooser::design_colours_id(), colours));
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        if self.session.is_none() {
            egui::CentralPanel::default().show(ui, |ui| {
                let templates = self.folders.as_ref().map(Folders::templates);
                if let Some(choice) =
                    self.start
                        .ui(ui, &self.resources, &self.recent, templates.as_deref())
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
            let state = self.command_state();
            egui::Panel::top("top-bar").show(ui, |ui| self.top_bar_ui(ui, &state));
            // The rail and its drawer sit where a line starts, the properties where it
            // ends: swapped in right-to-left languages.
            let start_side = |id: &'static str| {
                if rtl::is_rtl() {
                    egui::Panel::right(id)
                } else {
                    egui::Panel::left(id)
                }
            };
            let end_side = |id: &'static str| {
                if rtl::is_rtl() {
                    egui::Panel::left(id)
                } else {
                    egui::Panel::right(id)
                }
            };
            start_side("rail")
                .exact_size(76.0)
                .resizable(false)
                .show(ui, |ui| self.rail_ui(ui));
            if let Some(drawer) = self.drawer {
                start_side("drawer")
                    .default_size(250.0)
                    .size_range(200.0..=420.0)
                    .show(ui, |ui| {
                        ui.with_layout(rtl::column_layout(), |ui| {
                            self.drawer_ui(ui, drawer, &state);
                        });
                    });
            }
            end_side("properties").default_size(280.0).show(ui, |ui| {
                ui.with_layout(rtl::column_layout(), |ui| {
                    if let Some(session) = &mut self.session {
                        if session.selection.is_empty() {
                            egui::ScrollArea::vertical().show(ui, |ui| {
                                panels::page::page_ui(ui, session);
                                ui.separator();
                                panels::legibility::legibility_ui(ui, session, &self.resources);
                            });
                        } else {
                            action = panels::properties::properties_ui(
                                ui,
                                session,
                                &self.families,
                                &self.resources,
                            );
                        }
                    }
                });
            });
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    // Always there, so the page does not move when something is selected.
                    egui::Panel::top("selection-bar")
                        .exact_size(34.0)
                        .show(ui, |ui| {
                            if self
                                .session
                                .as_ref()
                                .is_some_and(|s| !s.selection.is_empty())
                            {
                                self.selection_bar_ui(ui, &state);
                            } else {
                                ui.centered_and_justified(|ui| {
                                    ui.weak(tr!("canvas-hint").shown());
                                });
                            }
                        });
                    if let Some(session) = &mut self.session {
                        self.canvas
                            .ui(ui, session, &self.resources, &state, &mut self.commands);
                    }
                });
            if let PropertiesAction::ReplaceImage(index) = action {
                self.ask(Waiting::ReplaceImage(index), FileKind::Image, "");
            }
        }
        self.campaign_windows(&ctx);
        self.merge_window(&ctx);
        self.kit_window(&ctx);
        self.template_window(&ctx);
        self.print_check_window(&ctx);
        self.shortcut_sheet_window(&ctx);
        if self.session.is_some() {
            self.tour.offer(settings_of(&self.folders));
            self.tour.ui(&ctx, settings_of(&self.folders));
        }
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
                            self.toast(
                                tr!("toast-exported", file = path.display().to_string()).text(),
                                false,
                                folder,
                            );
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

/// The language the volunteer chose in the editor, kept in `language` in the settings
/// folder as its tag (`fa`, `pt-BR`).
fn load_language(settings: &Path) -> Option<Language> {
    let tag = std::fs::read_to_string(settings.join("language")).ok()?;
    Language::ALL
        .into_iter()
        .find(|language| language.tag() == tag.trim())
}

impl PlacardApp {
    /// Words the editor in `language` from now on, and remembers it for the next start.
    pub fn choose_language(&mut self, language: Language) {
        crate::i18n::set_language(language);
        if let Some(dir) = self.folders.as_ref().map(|f| f.settings.clone()) {
            let written = std::fs::create_dir_all(&dir).and_then(|()| {
                let line = format!("{}\n", language.tag());
                crate::io::write_atomic_replacing(&dir.join("language"), |file| {
                    std::io::Write::write_all(file, line.as_bytes())
                })
            });
            if let Err(err) = written {
                self.error(crate::io::describe(&dir.join("language"), &err));
            }
        }
    }
}

/// The settings folder, when things are kept.
fn settings_of(folders: &Option<Folders>) -> Option<&Path> {
    folders.as_ref().map(|f| f.settings.as_path())
}

fn load_recent(settings: &Path) -> Vec<PathBuf> {
    std::fs::read(settings.join("recent.json"))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Vec<PathBuf>>(&bytes).ok())
        .unwrap_or_default()
}

fn remember_recent(recent: &mut Vec<PathBuf>, path: &Path, settings: Option<&Path>) {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
    recent.retain(|p| *p != path);
    recent.insert(0, path);
    recent.truncate(8);
    if let Some(dir) = settings
        && std::fs::create_dir_all(dir).is_ok()
        && let Ok(json) = serde_json::to_vec_pretty(recent)
    {
        let _ = crate::io::write_atomic(&dir.join("recent.json"), &json);
    }
}
