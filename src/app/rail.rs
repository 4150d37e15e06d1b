//! The rail on the left edge of the editor: big labelled buttons (Templates, Text, Photos,
//! Shapes and symbols, Slogans, Campaign, Layers), each opening its panel beside the
//! canvas. Everything in the panels is a [`Command`] or a campaign action, carried out
//! where the menus' are.

#[allow(clippy::wildcard_imports)]
use super::*;
use command::CommandState;

/// A panel the rail opens beside the canvas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawer {
    /// Start again from another template.
    Templates,
    /// Add a slogan, a subheading, small text or a hashtag.
    Text,
    /// Add photos and fill the design's photo frames.
    Photos,
    /// Shapes, arrows and QR codes.
    Shapes,
    /// The slogan and quote library.
    Slogans,
    /// Palettes, the brand kit, data merge, the campaign kit and the print check.
    Campaign,
    /// What is on the page, top first.
    Layers,
}

impl Drawer {
    /// Every panel, in the rail's order.
    pub const ALL: [Drawer; 7] = [
        Drawer::Templates,
        Drawer::Text,
        Drawer::Photos,
        Drawer::Shapes,
        Drawer::Slogans,
        Drawer::Campaign,
        Drawer::Layers,
    ];

    /// The word under its icon.
    pub fn label(self) -> &'static str {
        match self {
            Drawer::Templates => "Templates",
            Drawer::Text => "Text",
            Drawer::Photos => "Photos",
            Drawer::Shapes => "Shapes",
            Drawer::Slogans => "Slogans",
            Drawer::Campaign => "Campaign",
            Drawer::Layers => "Layers",
        }
    }

    /// Its icon.
    pub fn icon(self) -> &'static str {
        match self {
            Drawer::Templates => icons::LAYOUT_TEMPLATE,
            Drawer::Text => icons::TYPE,
            Drawer::Photos => icons::IMAGE,
            Drawer::Shapes => icons::SHAPES,
            Drawer::Slogans => icons::QUOTE,
            Drawer::Campaign => icons::MEGAPHONE,
            Drawer::Layers => icons::LAYERS,
        }
    }

    /// What its panel is for, for the tooltip.
    pub fn tooltip(self) -> &'static str {
        match self {
            Drawer::Templates => "Start a new design from a template",
            Drawer::Text => "Add a slogan, a subheading, small text or a hashtag",
            Drawer::Photos => "Add photos and fill the photo frames",
            Drawer::Shapes => "Add shapes, arrows and QR codes",
            Drawer::Slogans => "Slogans and quotes to use",
            Drawer::Campaign => "Colours, brand kit, campaign kit and print check",
            Drawer::Layers => "Everything on the page, top first",
        }
    }
}

/// Size of a rail button.
const RAIL_BUTTON: egui::Vec2 = egui::vec2(64.0, 54.0);

/// One rail button: the icon large, its word under it. A tab for screen readers.
fn rail_button(ui: &mut egui::Ui, drawer: Drawer, open: bool) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(RAIL_BUTTON, egui::Sense::click());
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::selected(egui::Role::Tab, true, open, "");
        info.label = Some(drawer.label().to_owned());
        info
    });
    let visuals = ui.style().interact_selectable(&response, open);
    if open || response.hovered() {
        ui.painter()
            .rect_filled(rect.shrink(2.0), 6.0, visuals.weak_bg_fill);
    }
    let colour = visuals.text_color();
    ui.painter().text(
        rect.center_top() + egui::vec2(0.0, 8.0),
        egui::Align2::CENTER_TOP,
        drawer.icon(),
        egui::FontId::proportional(22.0),
        colour,
    );
    ui.painter().text(
        rect.center_bottom() - egui::vec2(0.0, 6.0),
        egui::Align2::CENTER_BOTTOM,
        drawer.label(),
        egui::FontId::proportional(11.5),
        colour,
    );
    response.on_hover_text(drawer.tooltip())
}

impl PlacardApp {
    /// The rail: one button a panel; clicking the open one closes it.
    pub(super) fn rail_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        ui.vertical_centered(|ui| {
            ui.spacing_mut().item_spacing.y = 2.0;
            for drawer in Drawer::ALL {
                let open = self.drawer == Some(drawer);
                if rail_button(ui, drawer, open).clicked() {
                    self.drawer = if open { None } else { Some(drawer) };
                }
            }
        });
    }

    /// The open panel's contents.
    pub(super) fn drawer_ui(&mut self, ui: &mut egui::Ui, drawer: Drawer, state: &CommandState) {
        // The panel keeps the width it has (wrapped text would otherwise shrink it frame
        // by frame, and the page with it).
        ui.set_min_width(ui.available_width());
        ui.add_space(6.0);
        ui.heading(drawer.label());
        ui.add_space(4.0);
        let mut queue = Vec::new();
        match drawer {
            Drawer::Templates => self.templates_drawer(ui),
            Drawer::Text => text_drawer(ui, state, &mut queue),
            Drawer::Photos => self.photos_drawer(ui, state, &mut queue),
            Drawer::Shapes => {
                ui.label("Click to add one to the middle of the page.");
                ui.add_space(4.0);
                ui.horizontal_wrapped(|ui| {
                    for shape in [
                        ShapeChoice::Rectangle,
                        ShapeChoice::Ellipse,
                        ShapeChoice::Star,
                        ShapeChoice::Hexagon,
                        ShapeChoice::Line,
                        ShapeChoice::Arrow,
                    ] {
                        big_command_button(ui, Command::AddShape(shape), state, &mut queue);
                    }
                });
                ui.add_space(8.0);
                ui.label("A QR code takes people to a petition, a meeting or a site.");
                big_command_button(ui, Command::AddQr, state, &mut queue);
            }
            Drawer::Slogans => {
                let text_selected = matches!(
                    self.session
                        .as_ref()
                        .and_then(|s| s.single_selection())
                        .map(|(_, e)| &e.kind),
                    Some(ElementKind::Text(_))
                );
                let height = (ui.available_height() - 60.0).max(120.0);
                let action =
                    self.campaign
                        .slogan_search_ui(ui, &self.slogans, text_selected, height);
                if ui
                    .button("Your own slogans…")
                    .on_hover_text("Keep the slogans and quotes of your campaign")
                    .clicked()
                {
                    queue.push(Command::Slogans);
                }
                if let Some(action) = action {
                    self.campaign_action(action);
                }
            }
            Drawer::Campaign => {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let palette = self
                        .session
                        .as_ref()
                        .and_then(|s| s.project.document.palette.as_ref());
                    if let Some(action) = campaign_ui::palettes_ui(ui, palette) {
                        self.campaign_action(action);
                    }
                    ui.add_space(8.0);
                    ui.strong("For the whole campaign");
                    for command in [
                        Command::BrandKit,
                        Command::ApplyBrandKit,
                        Command::CampaignKit,
                        Command::DataMerge,
                        Command::PrintCheck,
                    ] {
                        let response = command.icon_button(ui, state, &mut queue, true);
                        ui.weak(command.tooltip());
                        let _ = response;
                        ui.add_space(2.0);
                    }
                });
            }
            Drawer::Layers => {
                if let Some(session) = &mut self.session {
                    panels::layers::layers_ui(ui, session, state, &mut queue);
                }
            }
        }
        self.commands.extend(queue);
    }

    fn templates_drawer(&mut self, ui: &mut egui::Ui) {
        ui.label("Start a new design from one. Your design stays as it is until you choose.");
        ui.add_space(4.0);
        let resources = Arc::clone(&self.resources);
        egui::ScrollArea::vertical().show(ui, |ui| {
            if let Some(id) = self.start.template_grid(ui, &resources) {
                self.request(AfterDiscard::Template(id));
            }
        });
    }

    fn photos_drawer(&mut self, ui: &mut egui::Ui, state: &CommandState, queue: &mut Vec<Command>) {
        big_command_button(ui, Command::AddPhoto, state, queue);
        ui.weak("You can also drop a photo from your files onto a frame, or paste one (Ctrl+V).");
        let Some(session) = &mut self.session else {
            return;
        };
        let frames: Vec<(usize, String, bool)> = session
            .page()
            .elements
            .iter()
            .enumerate()
            .filter_map(|(index, element)| match &element.kind {
                ElementKind::Image(image) => Some((
                    index,
                    panels::layers::layer_name(element),
                    image.asset.is_none(),
                )),
                _ => None,
            })
            .collect();
        if frames.is_empty() {
            return;
        }
        ui.add_space(8.0);
        ui.strong("Photos in this design");
        for (index, name, empty) in frames {
            ui.horizontal(|ui| {
                let selected = session.selection == [index];
                if ui.selectable_label(selected, &name).clicked() {
                    session.selection = vec![index];
                }
                let words = if empty { "Choose…" } else { "Replace…" };
                if ui
                    .small_button(words)
                    .on_hover_text(if empty {
                        "Choose a photo for this frame"
                    } else {
                        "Put another photo in this frame, keeping its place and size"
                    })
                    .clicked()
                {
                    session.selection = vec![index];
                    queue.push(Command::ReplacePhoto);
                }
            });
        }
    }
}

/// The Text panel: one big button a kind of text, each shown in its own size.
fn text_drawer(ui: &mut egui::Ui, state: &CommandState, queue: &mut Vec<Command>) {
    ui.label("Click to add text to the page, then type.");
    ui.add_space(4.0);
    let width = ui.available_width();
    for (choice, size) in [
        (TextChoice::Slogan, 24.0),
        (TextChoice::Subheading, 17.0),
        (TextChoice::SmallText, 13.0),
        (TextChoice::Hashtag, 15.0),
    ] {
        let command = Command::AddText(choice);
        let words = match choice {
            TextChoice::Slogan => "Add a slogan",
            TextChoice::Subheading => "Add a subheading",
            TextChoice::SmallText => "Add small text",
            TextChoice::Hashtag => "Add a #hashtag",
        };
        let mut text = egui::RichText::new(words).size(size);
        if choice != TextChoice::SmallText {
            text = text.strong();
        }
        let response = ui
            .add_sized([width, size + 22.0], egui::Button::new(text))
            .on_hover_text(command.tooltip_with_shortcut(ui.ctx()));
        if response.clicked() {
            queue.push(command);
        }
    }
    ui.add_space(8.0);
    ui.weak("Double-click any text on the page to change its words.");
    ui.add_space(4.0);
    big_command_button(ui, Command::Slogans, state, queue);
}

/// A command's button with its icon and its words, a comfortable size to click.
fn big_command_button(
    ui: &mut egui::Ui,
    command: Command,
    state: &CommandState,
    queue: &mut Vec<Command>,
) {
    let words = format!(
        "{}  {}",
        command.icon().unwrap_or_default(),
        command.label_now(state)
    );
    let response = ui
        .add_enabled(
            command.enabled(state),
            egui::Button::new(egui::RichText::new(words).size(15.0))
                .min_size(egui::vec2(110.0, 34.0)),
        )
        .on_hover_text(command.tooltip_with_shortcut(ui.ctx()));
    let label = command.label_now(state);
    let enabled = command.enabled(state);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &label));
    if response.clicked() {
        queue.push(command);
    }
}
