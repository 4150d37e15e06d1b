//! The rail on the left edge of the editor: big labelled buttons (Templates, Text, Photos,
//! Shapes and symbols, Slogans, Campaign, Layers), each opening its panel beside the
//! canvas. Everything in the panels is a [`Command`] or a campaign action, carried out
//! where the menus' are.

#[allow(clippy::wildcard_imports)]
use super::*;
use crate::tr;
use command::CommandState;
use rtl::Shown;

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
    /// The symbol library: fists, doves, megaphones, bubbles, badges.
    Symbols,
    /// The slogan and quote library.
    Slogans,
    /// Palettes, the brand kit, data merge, the campaign kit and the print check.
    Campaign,
    /// What is on the page, top first.
    Layers,
}

impl Drawer {
    /// Every panel, in the rail's order.
    pub const ALL: [Drawer; 8] = [
        Drawer::Templates,
        Drawer::Text,
        Drawer::Photos,
        Drawer::Shapes,
        Drawer::Symbols,
        Drawer::Slogans,
        Drawer::Campaign,
        Drawer::Layers,
    ];

    /// The word under its icon.
    pub fn label(self) -> String {
        match self {
            Drawer::Templates => tr!("drawer-templates"),
            Drawer::Text => tr!("drawer-text"),
            Drawer::Photos => tr!("drawer-photos"),
            Drawer::Shapes => tr!("drawer-shapes"),
            Drawer::Symbols => tr!("drawer-symbols"),
            Drawer::Slogans => tr!("drawer-slogans"),
            Drawer::Campaign => tr!("drawer-campaign"),
            Drawer::Layers => tr!("drawer-layers"),
        }
        .shown()
    }

    /// Its icon.
    pub fn icon(self) -> &'static str {
        match self {
            Drawer::Templates => icons::LAYOUT_TEMPLATE,
            Drawer::Text => icons::TYPE,
            Drawer::Photos => icons::IMAGE,
            Drawer::Shapes => icons::SHAPES,
            Drawer::Symbols => icons::STICKER,
            Drawer::Slogans => icons::QUOTE,
            Drawer::Campaign => icons::MEGAPHONE,
            Drawer::Layers => icons::LAYERS,
        }
    }

    /// What its panel is for, for the tooltip.
    pub fn tooltip(self) -> String {
        match self {
            Drawer::Templates => tr!("drawer-templates-tip"),
            Drawer::Text => tr!("drawer-text-tip"),
            Drawer::Photos => tr!("drawer-photos-tip"),
            Drawer::Shapes => tr!("drawer-shapes-tip"),
            Drawer::Symbols => tr!("drawer-symbols-tip"),
            Drawer::Slogans => tr!("drawer-slogans-tip"),
            Drawer::Campaign => tr!("drawer-campaign-tip"),
            Drawer::Layers => tr!("drawer-layers-tip"),
        }
        .shown()
    }
}

/// Size of a rail button.
const RAIL_BUTTON: egui::Vec2 = egui::vec2(64.0, 54.0);

/// One rail button: the icon large, its word under it. A tab for screen readers.
fn rail_button(ui: &mut egui::Ui, drawer: Drawer, open: bool) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(RAIL_BUTTON, egui::Sense::click());
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::selected(egui::Role::Tab, true, open, "");
        info.label = Some(drawer.label());
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
                rtl::label(ui, &tr!("drawer-shapes-hint"));
                ui.add_space(4.0);
                ui.horizontal_wrapped(|ui| {
                    for shape in [
                        ShapeChoice::Rectangle,
                        ShapeChoice::Ellipse,
                        ShapeChoice::Star,
                        ShapeChoice::Hexagon,
                        ShapeChoice::Line,
                        ShapeChoice::Arrow,
                        ShapeChoice::Bubble,
                        ShapeChoice::Burst,
                        ShapeChoice::Ribbon,
                        ShapeChoice::ArrowBlock,
                    ] {
                        big_command_button(ui, Command::AddShape(shape), state, &mut queue);
                    }
                });
                ui.add_space(8.0);
                rtl::label(ui, &tr!("drawer-qr-hint"));
                big_command_button(ui, Command::AddQr, state, &mut queue);
            }
            Drawer::Symbols => {
                let resources = Arc::clone(&self.resources);
                if let Some(symbol) = self.symbols.ui(ui, &resources) {
                    self.add_symbol(symbol);
                }
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
                let action = self.campaign.slogan_search_ui(
                    ui,
                    &self.slogans,
                    &self.resources,
                    text_selected,
                    height,
                );
                if ui
                    .button(tr!("drawer-own-slogans").shown())
                    .on_hover_text(tr!("drawer-own-slogans-tip").shown())
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
                    ui.strong(tr!("drawer-whole-campaign").shown());
                    for command in [
                        Command::BrandKit,
                        Command::ApplyBrandKit,
                        Command::CampaignKit,
                        Command::DataMerge,
                        Command::PrintCheck,
                    ] {
                        let response = command.icon_button(ui, state, &mut queue, true);
                        rtl::words_label(ui, &command.tooltip_text(), true);
                        let _ = response;
                        ui.add_space(2.0);
                    }
                });
            }
            Drawer::Layers => {
                if let Some(session) = &mut self.session {
                    panels::layers::layers_ui(ui, session, &self.resources, state, &mut queue);
                }
            }
        }
        self.commands.extend(queue);
    }

    fn templates_drawer(&mut self, ui: &mut egui::Ui) {
        rtl::label(ui, &tr!("drawer-templates-hint"));
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
        rtl::weak(ui, &tr!("drawer-photos-hint"));
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
        ui.strong(tr!("drawer-photos-in-design").shown());
        for (index, name, empty) in frames {
            rtl::row(ui, |ui| {
                let selected = session.selection == [index];
                if ui
                    .selectable_label(selected, rtl::shown_words(&name))
                    .clicked()
                {
                    session.selection = vec![index];
                }
                let (words, tip) = if empty {
                    (tr!("drawer-photo-choose"), tr!("drawer-photo-choose-tip"))
                } else {
                    (tr!("drawer-photo-replace"), tr!("drawer-photo-replace-tip"))
                };
                if ui
                    .small_button(words.shown())
                    .on_hover_text(tip.shown())
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
    rtl::label(ui, &tr!("drawer-text-hint"));
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
            TextChoice::Slogan => tr!("drawer-add-slogan"),
            TextChoice::Subheading => tr!("drawer-add-subheading"),
            TextChoice::SmallText => tr!("drawer-add-small-text"),
            TextChoice::Hashtag => tr!("drawer-add-hashtag"),
        }
        .shown();
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
    rtl::weak(ui, &tr!("drawer-text-edit-hint"));
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
