//! The editor's command vocabulary: every intent a volunteer can have — from a menu, a
//! shortcut, a button or a right-click — is one [`Command`] that knows its label, its
//! tooltip, its shortcuts and when it applies. Widgets only queue commands; the app
//! carries them out in one place at the end of the frame (`command_handling.rs`).

use egui::{Key, KeyboardShortcut, Modifiers};

use super::arrange::Alignment;
use super::rtl::Shown;
use crate::i18n::Message;
use crate::model::Shape;
use crate::tr;
use crate::units::Pt;

/// A shape the Add menu offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShapeChoice {
    /// A rectangle.
    Rectangle,
    /// An ellipse.
    Ellipse,
    /// A straight line.
    Line,
    /// A line with an arrow head.
    Arrow,
    /// A five-pointed star.
    Star,
    /// A hexagon.
    Hexagon,
    /// A speech bubble.
    Bubble,
    /// A burst of short points.
    Burst,
    /// A ribbon banner.
    Ribbon,
    /// A thick arrow.
    ArrowBlock,
}

impl ShapeChoice {
    /// The shape it makes.
    pub fn shape(self) -> Shape {
        match self {
            ShapeChoice::Rectangle => Shape::Rect {
                corner_radius: Pt(0.0),
            },
            ShapeChoice::Ellipse => Shape::Ellipse,
            ShapeChoice::Line => Shape::Line {
                arrow_start: false,
                arrow_end: false,
            },
            ShapeChoice::Arrow => Shape::Line {
                arrow_start: false,
                arrow_end: true,
            },
            ShapeChoice::Star => Shape::Star {
                points: 5,
                inner_ratio: 0.45,
            },
            ShapeChoice::Hexagon => Shape::Polygon { sides: 6 },
            ShapeChoice::Bubble => Shape::SpeechBubble,
            ShapeChoice::Burst => Shape::Burst { points: 16 },
            ShapeChoice::Ribbon => Shape::Ribbon,
            ShapeChoice::ArrowBlock => Shape::ArrowBlock,
        }
    }
}

/// A kind of text the Text panel offers, each with its own size and weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextChoice {
    /// A big bold line: the slogan or headline.
    Slogan,
    /// A smaller line under the headline.
    Subheading,
    /// Plain sentences: a date, a place, a call to act.
    SmallText,
    /// A hashtag or a web address, bold.
    Hashtag,
}

impl TextChoice {
    /// What a new text of this kind says until the volunteer types.
    pub fn placeholder(self) -> String {
        match self {
            TextChoice::Slogan => tr!("new-text-slogan"),
            TextChoice::Subheading => tr!("new-text-subheading"),
            TextChoice::SmallText => tr!("new-text-small"),
            TextChoice::Hashtag => tr!("new-text-hashtag"),
        }
        .text()
    }

    /// Its size as a share of the page's shorter side, and its weight.
    pub fn size_and_weight(self) -> (f32, u16) {
        match self {
            TextChoice::Slogan => (0.12, 800),
            TextChoice::Subheading => (0.06, 700),
            TextChoice::SmallText => (0.035, 400),
            TextChoice::Hashtag => (0.05, 700),
        }
    }
}

/// A way to move the selection a step with the arrow keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nudge {
    /// To the left.
    Left,
    /// To the right.
    Right,
    /// Up.
    Up,
    /// Down.
    Down,
}

/// Everything a volunteer can ask the editor to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Back to the start screen to begin another design.
    NewDesign,
    /// Open a design file.
    OpenDesign,
    /// Save the design to its file (or ask where).
    Save,
    /// Save the design to a new file.
    SaveAs,
    /// Open "Print & download".
    Export,
    /// Keep the design as a template of one's own.
    SaveAsTemplate,
    /// Take back the last change.
    Undo,
    /// Bring back the change last taken back.
    Redo,
    /// Cut the selection to the clipboard.
    Cut,
    /// Copy the selection.
    Copy,
    /// Paste what was copied.
    Paste,
    /// Copy the selection and paste it a little offset.
    Duplicate,
    /// Delete the selection.
    Delete,
    /// Select everything on the page that is not locked or hidden.
    SelectAll,
    /// Select nothing.
    Deselect,
    /// Move the selection a millimetre-sized step (with `true`, ten of them).
    Nudge(Nudge, bool),
    /// Add a text box.
    AddText(TextChoice),
    /// Add a photo or graphic from a file.
    AddPhoto,
    /// Choose the photo for the selected photo frame (or another one in its place).
    ReplacePhoto,
    /// Add a slogan or quote from the library.
    AddSlogan,
    /// Add a QR code.
    AddQr,
    /// Add a shape.
    AddShape(ShapeChoice),
    /// Move the selected element one step up the stack.
    BringForward,
    /// Move it one step down.
    SendBackward,
    /// Make the selected elements one group.
    Group,
    /// Break the selected group into its elements.
    Ungroup,
    /// Line up the selection (or one element with the page).
    Align(Alignment),
    /// Space three or more elements evenly across.
    DistributeHorizontally,
    /// Space three or more elements evenly down.
    DistributeVertically,
    /// Show the whole page.
    FitPage,
    /// Show the page at its printed size.
    ActualSize,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// The slogan and quote library.
    Slogans,
    /// The organisation's colours, fonts and logo.
    BrandKit,
    /// One version per row of a table.
    DataMerge,
    /// The design in every campaign format.
    CampaignKit,
    /// Put the brand kit's colours and fonts on the design.
    ApplyBrandKit,
    /// What a print shop would ask about.
    PrintCheck,
    /// Every shortcut on one sheet.
    ShortcutSheet,
    /// The first-run tour, again.
    Tour,
}

/// What an undo step's name (the editor's own word for a change: "move", "typing") reads
/// as in the volunteer's language; a name it does not know reads as "change".
pub fn change_name(name: &str) -> Message {
    match name {
        "move" => tr!("action-move"),
        "resize" => tr!("action-resize"),
        "rotate" => tr!("action-rotate"),
        "see-through change" => tr!("action-opacity"),
        "rename" => tr!("action-rename"),
        "typing" => tr!("action-typing"),
        "crop" => tr!("action-crop"),
        "effect change" => tr!("action-effect"),
        "cut" => tr!("action-cut"),
        "paste" => tr!("action-paste"),
        "duplicate" => tr!("action-duplicate"),
        "delete" => tr!("action-delete"),
        "new text" => tr!("action-new-text"),
        "new QR code" => tr!("action-new-qr"),
        "new shape" => tr!("action-new-shape"),
        "restack" => tr!("action-restack"),
        "group" => tr!("action-group"),
        "ungroup" => tr!("action-ungroup"),
        "align" => tr!("action-align"),
        "distribute" => tr!("action-distribute"),
        "brand kit" => tr!("action-brand-kit"),
        "hide" => tr!("action-hide"),
        "show" => tr!("action-show"),
        "lock" => tr!("action-lock"),
        "unlock" => tr!("action-unlock"),
        "photo" => tr!("action-photo"),
        "new photo" => tr!("action-new-photo"),
        "paper" => tr!("action-paper"),
        _ => tr!("action-change"),
    }
}

/// What the editor is like right now, as far as commands care.
#[derive(Debug, Clone, Default)]
pub struct CommandState {
    /// Whether a design is open.
    pub has_design: bool,
    /// How many elements are selected.
    pub selected: usize,
    /// Whether the one selected element is a group.
    pub group_selected: bool,
    /// What undo would take back, if anything.
    pub undo: Option<String>,
    /// What redo would bring back, if anything.
    pub redo: Option<String>,
    /// Whether something was copied.
    pub clipboard: bool,
    /// Whether the volunteer's own templates can be kept (a configuration folder exists).
    pub templates_folder: bool,
    /// Whether a brand kit is set up.
    pub brand_kit: bool,
    /// When the one selected element is a photo frame: whether it is empty.
    pub photo_frame: Option<bool>,
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(
        Modifiers {
            alt: false,
            ctrl: false,
            shift: true,
            mac_cmd: false,
            command: true,
        },
        key,
    )
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, key)
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: &'static [Command] = &[
        Command::NewDesign,
        Command::OpenDesign,
        Command::Save,
        Command::SaveAs,
        Command::Export,
        Command::SaveAsTemplate,
        Command::Undo,
        Command::Redo,
        Command::Cut,
        Command::Copy,
        Command::Paste,
        Command::Duplicate,
        Command::Delete,
        Command::SelectAll,
        Command::Deselect,
        Command::Nudge(Nudge::Left, false),
        Command::Nudge(Nudge::Right, false),
        Command::Nudge(Nudge::Up, false),
        Command::Nudge(Nudge::Down, false),
        Command::Nudge(Nudge::Left, true),
        Command::Nudge(Nudge::Right, true),
        Command::Nudge(Nudge::Up, true),
        Command::Nudge(Nudge::Down, true),
        Command::AddText(TextChoice::Slogan),
        Command::AddText(TextChoice::Subheading),
        Command::AddText(TextChoice::SmallText),
        Command::AddText(TextChoice::Hashtag),
        Command::AddPhoto,
        Command::ReplacePhoto,
        Command::AddSlogan,
        Command::AddQr,
        Command::AddShape(ShapeChoice::Rectangle),
        Command::AddShape(ShapeChoice::Ellipse),
        Command::AddShape(ShapeChoice::Line),
        Command::AddShape(ShapeChoice::Arrow),
        Command::AddShape(ShapeChoice::Star),
        Command::AddShape(ShapeChoice::Hexagon),
        Command::AddShape(ShapeChoice::Bubble),
        Command::AddShape(ShapeChoice::Burst),
        Command::AddShape(ShapeChoice::Ribbon),
        Command::AddShape(ShapeChoice::ArrowBlock),
        Command::BringForward,
        Command::SendBackward,
        Command::Group,
        Command::Ungroup,
        Command::Align(Alignment::Left),
        Command::Align(Alignment::CentreX),
        Command::Align(Alignment::Right),
        Command::Align(Alignment::Top),
        Command::Align(Alignment::CentreY),
        Command::Align(Alignment::Bottom),
        Command::DistributeHorizontally,
        Command::DistributeVertically,
        Command::FitPage,
        Command::ActualSize,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::Slogans,
        Command::BrandKit,
        Command::DataMerge,
        Command::CampaignKit,
        Command::ApplyBrandKit,
        Command::PrintCheck,
        Command::ShortcutSheet,
        Command::Tour,
    ];

    /// The words on its button or menu item, in the volunteer's language.
    pub fn label(self) -> String {
        self.label_message().shown()
    }

    fn label_message(self) -> Message {
        match self {
            Command::NewDesign => tr!("cmd-new"),
            Command::OpenDesign => tr!("cmd-open"),
            Command::Save => tr!("cmd-save"),
            Command::SaveAs => tr!("cmd-save-as"),
            Command::Export => tr!("cmd-export"),
            Command::SaveAsTemplate => tr!("cmd-save-as-template"),
            Command::Undo => tr!("cmd-undo"),
            Command::Redo => tr!("cmd-redo"),
            Command::Cut => tr!("cmd-cut"),
            Command::Copy => tr!("cmd-copy"),
            Command::Paste => tr!("cmd-paste"),
            Command::Duplicate => tr!("cmd-duplicate"),
            Command::Delete => tr!("cmd-delete"),
            Command::SelectAll => tr!("cmd-select-all"),
            Command::Deselect => tr!("cmd-deselect"),
            Command::Nudge(direction, big) => match (direction, big) {
                (Nudge::Left, false) => tr!("cmd-move-left"),
                (Nudge::Right, false) => tr!("cmd-move-right"),
                (Nudge::Up, false) => tr!("cmd-move-up"),
                (Nudge::Down, false) => tr!("cmd-move-down"),
                (Nudge::Left, true) => tr!("cmd-move-far-left"),
                (Nudge::Right, true) => tr!("cmd-move-far-right"),
                (Nudge::Up, true) => tr!("cmd-move-far-up"),
                (Nudge::Down, true) => tr!("cmd-move-far-down"),
            },
            Command::AddText(choice) => match choice {
                TextChoice::Slogan => tr!("cmd-add-slogan-text"),
                TextChoice::Subheading => tr!("cmd-add-subheading"),
                TextChoice::SmallText => tr!("cmd-add-small-text"),
                TextChoice::Hashtag => tr!("cmd-add-hashtag"),
            },
            Command::AddPhoto => tr!("cmd-add-photo"),
            Command::ReplacePhoto => tr!("cmd-replace-photo"),
            Command::AddSlogan => tr!("cmd-add-slogan"),
            Command::AddQr => tr!("cmd-add-qr"),
            Command::AddShape(shape) => match shape {
                ShapeChoice::Rectangle => tr!("cmd-shape-rectangle"),
                ShapeChoice::Ellipse => tr!("cmd-shape-ellipse"),
                ShapeChoice::Line => tr!("cmd-shape-line"),
                ShapeChoice::Arrow => tr!("cmd-shape-arrow"),
                ShapeChoice::Star => tr!("cmd-shape-star"),
                ShapeChoice::Hexagon => tr!("cmd-shape-hexagon"),
                ShapeChoice::Bubble => tr!("cmd-shape-bubble"),
                ShapeChoice::Burst => tr!("cmd-shape-burst"),
                ShapeChoice::Ribbon => tr!("cmd-shape-ribbon"),
                ShapeChoice::ArrowBlock => tr!("cmd-shape-arrow-block"),
            },
            Command::BringForward => tr!("cmd-bring-forward"),
            Command::SendBackward => tr!("cmd-send-backward"),
            Command::Group => tr!("cmd-group"),
            Command::Ungroup => tr!("cmd-ungroup"),
            Command::Align(alignment) => match alignment {
                Alignment::Left => tr!("cmd-align-left"),
                Alignment::CentreX => tr!("cmd-align-centres"),
                Alignment::Right => tr!("cmd-align-right"),
                Alignment::Top => tr!("cmd-align-top"),
                Alignment::CentreY => tr!("cmd-align-middles"),
                Alignment::Bottom => tr!("cmd-align-bottom"),
            },
            Command::DistributeHorizontally => tr!("cmd-distribute-across"),
            Command::DistributeVertically => tr!("cmd-distribute-down"),
            Command::FitPage => tr!("cmd-fit-page"),
            Command::ActualSize => tr!("cmd-print-size"),
            Command::ZoomIn => tr!("cmd-zoom-in"),
            Command::ZoomOut => tr!("cmd-zoom-out"),
            Command::Slogans => tr!("cmd-slogans"),
            Command::BrandKit => tr!("cmd-brand-kit"),
            Command::DataMerge => tr!("cmd-data-merge"),
            Command::CampaignKit => tr!("cmd-campaign-kit"),
            Command::ApplyBrandKit => tr!("cmd-apply-brand-kit"),
            Command::PrintCheck => tr!("cmd-print-check"),
            Command::ShortcutSheet => tr!("cmd-shortcuts"),
            Command::Tour => tr!("cmd-tour"),
        }
    }

    /// The label as it reads now: "Undo move" rather than "Undo".
    pub fn label_now(self, state: &CommandState) -> String {
        match (self, &state.undo, &state.redo) {
            (Command::Undo, Some(what), _) => {
                tr!("cmd-undo-what", what = change_name(what).text()).shown()
            }
            (Command::Redo, _, Some(what)) => {
                tr!("cmd-redo-what", what = change_name(what).text()).shown()
            }
            (Command::ReplacePhoto, _, _) if state.photo_frame == Some(true) => {
                tr!("cmd-choose-photo").shown()
            }
            _ => self.label(),
        }
    }

    /// A sentence saying what it does, for its tooltip, in the volunteer's language.
    pub fn tooltip(self) -> String {
        self.tooltip_message().shown()
    }

    /// The tooltip's sentence as typed, for laying out with other words.
    pub fn tooltip_text(self) -> String {
        self.tooltip_message().text()
    }

    fn tooltip_message(self) -> Message {
        match self {
            Command::NewDesign => tr!("cmd-new-tip"),
            Command::OpenDesign => tr!("cmd-open-tip"),
            Command::Save => tr!("cmd-save-tip"),
            Command::SaveAs => tr!("cmd-save-as-tip"),
            Command::Export => tr!("cmd-export-tip"),
            Command::SaveAsTemplate => tr!("cmd-save-as-template-tip"),
            Command::Undo => tr!("cmd-undo-tip"),
            Command::Redo => tr!("cmd-redo-tip"),
            Command::Cut => tr!("cmd-cut-tip"),
            Command::Copy => tr!("cmd-copy-tip"),
            Command::Paste => tr!("cmd-paste-tip"),
            Command::Duplicate => tr!("cmd-duplicate-tip"),
            Command::Delete => tr!("cmd-delete-tip"),
            Command::SelectAll => tr!("cmd-select-all-tip"),
            Command::Deselect => tr!("cmd-deselect-tip"),
            Command::Nudge(_, false) => tr!("cmd-move-tip"),
            Command::Nudge(_, true) => tr!("cmd-move-far-tip"),
            Command::AddText(choice) => match choice {
                TextChoice::Slogan => tr!("cmd-add-slogan-text-tip"),
                TextChoice::Subheading => tr!("cmd-add-subheading-tip"),
                TextChoice::SmallText => tr!("cmd-add-small-text-tip"),
                TextChoice::Hashtag => tr!("cmd-add-hashtag-tip"),
            },
            Command::AddPhoto => tr!("cmd-add-photo-tip"),
            Command::ReplacePhoto => tr!("cmd-replace-photo-tip"),
            Command::AddSlogan => tr!("cmd-add-slogan-tip"),
            Command::AddQr => tr!("cmd-add-qr-tip"),
            Command::AddShape(_) => tr!("cmd-add-shape-tip"),
            Command::BringForward => tr!("cmd-bring-forward-tip"),
            Command::SendBackward => tr!("cmd-send-backward-tip"),
            Command::Group => tr!("cmd-group-tip"),
            Command::Ungroup => tr!("cmd-ungroup-tip"),
            Command::Align(_) => tr!("cmd-align-tip"),
            Command::DistributeHorizontally => tr!("cmd-distribute-across-tip"),
            Command::DistributeVertically => tr!("cmd-distribute-down-tip"),
            Command::FitPage => tr!("cmd-fit-page-tip"),
            Command::ActualSize => tr!("cmd-print-size-tip"),
            Command::ZoomIn => tr!("cmd-zoom-in-tip"),
            Command::ZoomOut => tr!("cmd-zoom-out-tip"),
            Command::Slogans => tr!("cmd-slogans-tip"),
            Command::BrandKit => tr!("cmd-brand-kit-tip"),
            Command::DataMerge => tr!("cmd-data-merge-tip"),
            Command::CampaignKit => tr!("cmd-campaign-kit-tip"),
            Command::ApplyBrandKit => tr!("cmd-apply-brand-kit-tip"),
            Command::PrintCheck => tr!("cmd-print-check-tip"),
            Command::ShortcutSheet => tr!("cmd-shortcuts-tip"),
            Command::Tour => tr!("cmd-tour-tip"),
        }
    }

    /// The icon on its buttons, if it has one.
    pub fn icon(self) -> Option<&'static str> {
        use super::icons as i;
        Some(match self {
            Command::OpenDesign => i::FOLDER_OPEN,
            Command::Save | Command::SaveAs => i::SAVE,
            Command::Export => i::DOWNLOAD,
            Command::Undo => i::UNDO_2,
            Command::Redo => i::REDO_2,
            Command::Cut => i::SCISSORS,
            Command::Copy => i::COPY,
            Command::Duplicate => i::COPY_PLUS,
            Command::Paste => i::CLIPBOARD_PASTE,
            Command::Delete => i::TRASH_2,
            Command::AddText(TextChoice::Slogan) => i::HEADING,
            Command::AddText(TextChoice::Subheading) => i::TYPE,
            Command::AddText(TextChoice::SmallText) => i::BASELINE,
            Command::AddText(TextChoice::Hashtag) => i::HASH,
            Command::AddPhoto => i::IMAGE_PLUS,
            Command::ReplacePhoto => i::IMAGE,
            Command::AddSlogan | Command::Slogans => i::QUOTE,
            Command::AddQr => i::QR_CODE,
            Command::AddShape(ShapeChoice::Rectangle) => i::SQUARE,
            Command::AddShape(ShapeChoice::Ellipse) => i::CIRCLE,
            Command::AddShape(ShapeChoice::Line) => i::MINUS,
            Command::AddShape(ShapeChoice::Arrow) => i::MOVE_RIGHT,
            Command::AddShape(ShapeChoice::Star) => i::STAR,
            Command::AddShape(ShapeChoice::Hexagon) => i::HEXAGON,
            Command::AddShape(ShapeChoice::Bubble) => i::MESSAGE_SQUARE,
            Command::AddShape(ShapeChoice::Burst) => i::BADGE,
            Command::AddShape(ShapeChoice::Ribbon) => i::RIBBON,
            Command::AddShape(ShapeChoice::ArrowBlock) => i::ARROW_BIG_RIGHT,
            Command::Group => i::GROUP,
            Command::Ungroup => i::UNGROUP,
            Command::FitPage => i::MAXIMIZE,
            Command::ZoomIn => i::ZOOM_IN,
            Command::ZoomOut => i::ZOOM_OUT,
            Command::BrandKit | Command::ApplyBrandKit => i::PALETTE,
            Command::CampaignKit => i::MEGAPHONE,
            Command::DataMerge => i::LAYERS,
            Command::PrintCheck => i::PRINTER,
            Command::ShortcutSheet => i::CIRCLE_HELP,
            _ => return None,
        })
    }

    /// Its tooltip with its shortcut: "Undo the last change (Ctrl+Z)".
    pub fn tooltip_with_shortcut(self, ctx: &egui::Context) -> String {
        match self.shortcuts().first() {
            Some(shortcut) => tr!(
                "cmd-with-shortcut",
                tip = self.tooltip_message().text(),
                shortcut = ctx.format_shortcut(shortcut)
            )
            .shown(),
            None => self.tooltip(),
        }
    }

    /// A button with its icon and, when `labelled`, its words beside it; greyed out when it
    /// does not apply, queued when clicked. Its accessible name is always its label.
    pub fn icon_button(
        self,
        ui: &mut egui::Ui,
        state: &CommandState,
        queue: &mut Vec<Command>,
        labelled: bool,
    ) -> egui::Response {
        let label = self.label_now(state);
        let icon = self.icon().unwrap_or("");
        let text = if labelled || icon.is_empty() {
            format!("{icon}  {label}").trim().to_owned()
        } else {
            icon.to_owned()
        };
        let response = ui
            .add_enabled(self.enabled(state), egui::Button::new(text))
            .on_hover_text(self.tooltip_with_shortcut(ui.ctx()))
            .on_disabled_hover_text(self.tooltip_with_shortcut(ui.ctx()));
        // Screen readers (and tests) know it by its words, never by the icon's glyph.
        let enabled = self.enabled(state);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &label));
        if response.clicked() {
            queue.push(self);
        }
        response
    }

    /// Its keyboard shortcuts, the one shown first.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const UNDO: [KeyboardShortcut; 1] = [cmd(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [cmd_shift(Key::Z), cmd(Key::Y)];
        const SAVE: [KeyboardShortcut; 1] = [cmd(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [cmd_shift(Key::S)];
        const OPEN: [KeyboardShortcut; 1] = [cmd(Key::O)];
        const NEW: [KeyboardShortcut; 1] = [cmd(Key::N)];
        const EXPORT: [KeyboardShortcut; 1] = [cmd(Key::E)];
        const CUT: [KeyboardShortcut; 1] = [cmd(Key::X)];
        const COPY: [KeyboardShortcut; 1] = [cmd(Key::C)];
        const PASTE: [KeyboardShortcut; 1] = [cmd(Key::V)];
        const DUPLICATE: [KeyboardShortcut; 1] = [cmd(Key::D)];
        const DELETE: [KeyboardShortcut; 2] = [plain(Key::Delete), plain(Key::Backspace)];
        const SELECT_ALL: [KeyboardShortcut; 1] = [cmd(Key::A)];
        const DESELECT: [KeyboardShortcut; 1] = [plain(Key::Escape)];
        const GROUP: [KeyboardShortcut; 1] = [cmd(Key::G)];
        const UNGROUP: [KeyboardShortcut; 1] = [cmd_shift(Key::G)];
        const FORWARD: [KeyboardShortcut; 1] = [cmd(Key::CloseBracket)];
        const BACKWARD: [KeyboardShortcut; 1] = [cmd(Key::OpenBracket)];
        const FIT: [KeyboardShortcut; 1] = [cmd(Key::Num0)];
        const ACTUAL: [KeyboardShortcut; 1] = [cmd(Key::Num1)];
        const ZOOM_IN: [KeyboardShortcut; 2] = [cmd(Key::Plus), cmd(Key::Equals)];
        const ZOOM_OUT: [KeyboardShortcut; 1] = [cmd(Key::Minus)];
        const TEXT: [KeyboardShortcut; 1] = [plain(Key::T)];
        const SHEET: [KeyboardShortcut; 1] = [plain(Key::F1)];
        const LEFT: [KeyboardShortcut; 1] = [plain(Key::ArrowLeft)];
        const RIGHT: [KeyboardShortcut; 1] = [plain(Key::ArrowRight)];
        const UP: [KeyboardShortcut; 1] = [plain(Key::ArrowUp)];
        const DOWN: [KeyboardShortcut; 1] = [plain(Key::ArrowDown)];
        const FAR_LEFT: [KeyboardShortcut; 1] = [shift(Key::ArrowLeft)];
        const FAR_RIGHT: [KeyboardShortcut; 1] = [shift(Key::ArrowRight)];
        const FAR_UP: [KeyboardShortcut; 1] = [shift(Key::ArrowUp)];
        const FAR_DOWN: [KeyboardShortcut; 1] = [shift(Key::ArrowDown)];
        match self {
            Command::Undo => &UNDO,
            Command::Redo => &REDO,
            Command::Save => &SAVE,
            Command::SaveAs => &SAVE_AS,
            Command::OpenDesign => &OPEN,
            Command::NewDesign => &NEW,
            Command::Export => &EXPORT,
            Command::Cut => &CUT,
            Command::Copy => &COPY,
            Command::Paste => &PASTE,
            Command::Duplicate => &DUPLICATE,
            Command::Delete => &DELETE,
            Command::SelectAll => &SELECT_ALL,
            Command::Deselect => &DESELECT,
            Command::Group => &GROUP,
            Command::Ungroup => &UNGROUP,
            Command::BringForward => &FORWARD,
            Command::SendBackward => &BACKWARD,
            Command::FitPage => &FIT,
            Command::ActualSize => &ACTUAL,
            Command::ZoomIn => &ZOOM_IN,
            Command::ZoomOut => &ZOOM_OUT,
            Command::AddText(TextChoice::Slogan) => &TEXT,
            Command::AddText(_) => &[],
            Command::ShortcutSheet => &SHEET,
            Command::Nudge(Nudge::Left, false) => &LEFT,
            Command::Nudge(Nudge::Right, false) => &RIGHT,
            Command::Nudge(Nudge::Up, false) => &UP,
            Command::Nudge(Nudge::Down, false) => &DOWN,
            Command::Nudge(Nudge::Left, true) => &FAR_LEFT,
            Command::Nudge(Nudge::Right, true) => &FAR_RIGHT,
            Command::Nudge(Nudge::Up, true) => &FAR_UP,
            Command::Nudge(Nudge::Down, true) => &FAR_DOWN,
            _ => &[],
        }
    }

    /// Whether its shortcut works while the volunteer types in a field (undo and redo act
    /// on the document, whose value every field shows; saving and zooming never take
    /// letters from the text).
    pub fn works_while_typing(self) -> bool {
        matches!(
            self,
            Command::Undo
                | Command::Redo
                | Command::Save
                | Command::SaveAs
                | Command::OpenDesign
                | Command::Export
                | Command::FitPage
                | Command::ActualSize
                | Command::ZoomIn
                | Command::ZoomOut
                | Command::ShortcutSheet
        )
    }

    /// Whether egui turns its keys into a clipboard event (cut, copy, paste) rather than
    /// a key press: the app reacts to the event.
    pub fn comes_as_clipboard_event(self) -> bool {
        matches!(self, Command::Cut | Command::Copy | Command::Paste)
    }

    /// Whether it can be carried out now.
    pub fn enabled(self, state: &CommandState) -> bool {
        let design = state.has_design;
        let selected = design && state.selected > 0;
        match self {
            Command::NewDesign
            | Command::OpenDesign
            | Command::Slogans
            | Command::BrandKit
            | Command::ShortcutSheet => true,
            Command::Tour => design,
            Command::Save | Command::SaveAs | Command::Export => design,
            Command::SaveAsTemplate => design && state.templates_folder,
            Command::Undo => design && state.undo.is_some(),
            Command::Redo => design && state.redo.is_some(),
            Command::Cut
            | Command::Copy
            | Command::Duplicate
            | Command::Delete
            | Command::Nudge(..)
            | Command::Align(_) => selected,
            Command::Paste => design && state.clipboard,
            Command::SelectAll
            | Command::AddText(_)
            | Command::AddPhoto
            | Command::AddSlogan
            | Command::AddQr
            | Command::AddShape(_)
            | Command::FitPage
            | Command::ActualSize
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::DataMerge
            | Command::CampaignKit
            | Command::PrintCheck => design,
            Command::Deselect => selected,
            Command::BringForward | Command::SendBackward => design && state.selected == 1,
            Command::Group => design && state.selected > 1,
            Command::Ungroup => design && state.selected == 1 && state.group_selected,
            Command::DistributeHorizontally | Command::DistributeVertically => {
                design && state.selected > 2
            }
            Command::ApplyBrandKit => design && state.brand_kit,
            Command::ReplacePhoto => design && state.photo_frame.is_some(),
        }
    }

    /// Shows it as a menu item or button (label, shortcut, tooltip; greyed out when it does
    /// not apply) and queues it when clicked.
    pub fn button(self, ui: &mut egui::Ui, state: &CommandState, queue: &mut Vec<Command>) {
        let mut button = egui::Button::new(self.label_now(state));
        if let Some(shortcut) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        let tooltip = self.tooltip_with_shortcut(ui.ctx());
        if ui
            .add_enabled(self.enabled(state), button)
            .on_hover_text(tooltip)
            .clicked()
        {
            queue.push(self);
        }
    }

    /// Shows a list of commands as menu items, `None` as a separator line.
    pub fn menu_items(
        ui: &mut egui::Ui,
        items: &[Option<Command>],
        state: &CommandState,
        queue: &mut Vec<Command>,
    ) {
        for item in items {
            match item {
                Some(command) => command.button(ui, state, queue),
                None => {
                    ui.separator();
                }
            }
        }
    }

    /// What a right-click on the page or a layer offers.
    pub const CONTEXT_MENU: &'static [Option<Command>] = &[
        Some(Command::ReplacePhoto),
        None,
        Some(Command::Cut),
        Some(Command::Copy),
        Some(Command::Paste),
        Some(Command::Duplicate),
        Some(Command::Delete),
        None,
        Some(Command::BringForward),
        Some(Command::SendBackward),
        Some(Command::Group),
        Some(Command::Ungroup),
        None,
        Some(Command::SelectAll),
    ];

    /// The shortcuts of every command, those with more modifier keys first: egui matches
    /// Ctrl+Z also when Shift is held, so Ctrl+Shift+Z must be asked for before it.
    pub fn shortcut_table() -> Vec<(KeyboardShortcut, Command)> {
        let mut table: Vec<(KeyboardShortcut, Command)> = Command::ALL
            .iter()
            .flat_map(|&command| {
                command
                    .shortcuts()
                    .iter()
                    .map(move |&shortcut| (shortcut, command))
            })
            .collect();
        let weight = |m: Modifiers| {
            usize::from(m.alt) + usize::from(m.shift) + usize::from(m.command || m.ctrl)
        };
        table.sort_by_key(|(shortcut, _)| std::cmp::Reverse(weight(shortcut.modifiers)));
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_words_and_no_two_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, Command)> = Vec::new();
        for &command in Command::ALL {
            assert!(!command.label().is_empty(), "{command:?}");
            assert!(command.tooltip().len() > 8, "{command:?}");
            for &shortcut in command.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == shortcut) {
                    panic!("{command:?} and {other:?} share a shortcut");
                }
                seen.push((shortcut, command));
            }
        }
        for language in crate::i18n::Language::ALL {
            let mut labels: Vec<String> = Command::ALL
                .iter()
                .map(|c| c.label_message().text_in(language))
                .collect();
            labels.sort_unstable();
            let count = labels.len();
            labels.dedup();
            assert_eq!(
                labels.len(),
                count,
                "two commands read the same in {language:?}"
            );
        }
    }

    #[test]
    fn longer_shortcuts_are_matched_first() {
        let table = Command::shortcut_table();
        let position = |command: Command, key: Key| {
            table
                .iter()
                .position(|(s, c)| *c == command && s.logical_key == key)
                .unwrap()
        };
        assert!(position(Command::Redo, Key::Z) < position(Command::Undo, Key::Z));
        assert!(position(Command::Ungroup, Key::G) < position(Command::Group, Key::G));
        assert!(
            position(Command::Nudge(Nudge::Left, true), Key::ArrowLeft)
                < position(Command::Nudge(Nudge::Left, false), Key::ArrowLeft)
        );
    }

    #[test]
    fn undo_says_what_it_undoes_and_commands_know_when_they_apply() {
        let mut state = CommandState {
            has_design: true,
            ..CommandState::default()
        };
        assert!(!Command::Undo.enabled(&state));
        assert!(!Command::Ungroup.enabled(&state));
        state.undo = Some("move".to_owned());
        state.selected = 1;
        assert_eq!(Command::Undo.label_now(&state), "Undo move");
        assert!(Command::Undo.enabled(&state));
        assert!(!Command::Ungroup.enabled(&state), "a plain element");
        state.group_selected = true;
        assert!(Command::Ungroup.enabled(&state));
        assert!(!Command::Group.enabled(&state));
    }
}
