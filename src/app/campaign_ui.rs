//! The campaign windows: the slogan and quote library, ready palettes with their contrast
//! check, and the brand kit. They only show and collect; the app carries out what they
//! return.

use super::design_text;
use super::rtl::{self, Shown};
use crate::i18n::Arg;
use crate::layout::Resources;
use crate::tr;
use egui::{Color32, RichText};

use crate::campaign::slogans::{Slogan, SloganLibrary};
use crate::campaign::{BrandKit, ContrastCheck, MIN_TEXT_CONTRAST, PALETTES};
use crate::model::{Color, Palette};

use super::panels::color_field;

/// What the volunteer asked for in a campaign window.
#[derive(Debug, Clone, PartialEq)]
pub enum CampaignAction {
    /// Place a slogan or quote on the page as new styled text.
    Insert(Slogan),
    /// Put a slogan's words into the selected text.
    UseInSelection(Slogan),
    /// Keep a slogan of the volunteer's own.
    AddOwn(Slogan),
    /// Forget one of the volunteer's own slogans.
    RemoveOwn(Slogan),
    /// Recolour the design with a palette.
    ApplyPalette(Palette),
    /// Save the brand kit being edited.
    SaveBrandKit(BrandKit),
    /// Apply the saved brand kit to the design.
    ApplyBrandKit,
    /// Pick a logo file for the brand kit.
    ChooseLogo,
}

/// State of the campaign windows.
pub struct CampaignWindows {
    /// Whether the slogan library is open.
    pub slogans_open: bool,
    /// Whether the brand kit is open.
    pub brand_open: bool,
    query: String,
    /// Put the keyboard in the search field on the next frame.
    focus_search: bool,
    new_text: String,
    new_attribution: String,
    /// The brand kit as being edited.
    pub brand_draft: BrandKit,
}

impl Default for CampaignWindows {
    fn default() -> CampaignWindows {
        CampaignWindows {
            slogans_open: false,
            brand_open: false,
            query: String::new(),
            focus_search: false,
            new_text: String::new(),
            new_attribution: String::new(),
            brand_draft: BrandKit {
                name: String::new(),
                palette: PALETTES[0].palette,
                heading_font: "Anton".to_owned(),
                body_font: "Inter".to_owned(),
                logo: None,
                logo_bytes: None,
            },
        }
    }
}

impl CampaignWindows {
    /// Opens the slogan library, ready to type a search.
    pub fn open_slogans(&mut self) {
        self.slogans_open = true;
        self.focus_search = true;
    }

    /// The search field and the slogans found, each a button that adds it; the list is at
    /// most `list_height` tall.
    pub fn slogan_search_ui(
        &mut self,
        ui: &mut egui::Ui,
        library: &SloganLibrary,
        resources: &Resources,
        text_selected: bool,
        list_height: f32,
    ) -> Option<CampaignAction> {
        let mut action = None;
        ui.horizontal(|ui| {
            let label = ui.label(tr!("slogans-search").shown());
            let search = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .hint_text(tr!("slogans-search-hint").shown())
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_search) {
                search.request_focus();
            }
        });
        rtl::weak(
            ui,
            &if text_selected {
                tr!("slogans-click-use")
            } else {
                tr!("slogans-click-add")
            },
        );
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(list_height)
            .show(ui, |ui| {
                let found = library.search(&self.query);
                if found.is_empty() {
                    rtl::weak(ui, &tr!("slogans-nothing"));
                }
                for (index, slogan) in found.into_iter().enumerate() {
                    let shown = slogan.with_attribution(" ");
                    // The slogan as the page would show it: shaped and ordered by the
                    // engine, in its own direction.
                    if design_text::label(
                        ui,
                        ("slogan", index),
                        resources,
                        &shown,
                        design_text::LabelLook::button(ui),
                        egui::Sense::click(),
                    )
                    .on_hover_text(tr!("slogans-add-tip").shown())
                    .clicked()
                    {
                        action = Some(CampaignAction::Insert(slogan.clone()));
                    }
                    let own = library.is_own(slogan);
                    if text_selected || own {
                        rtl::row(ui, |ui| {
                            if text_selected
                                && ui.small_button(tr!("slogans-use").shown()).clicked()
                            {
                                action = Some(CampaignAction::UseInSelection(slogan.clone()));
                            }
                            if own
                                && ui
                                    .small_button(tr!("slogans-forget").shown())
                                    .on_hover_text(tr!("slogans-forget-tip").shown())
                                    .clicked()
                            {
                                action = Some(CampaignAction::RemoveOwn(slogan.clone()));
                            }
                        });
                    }
                    ui.add_space(4.0);
                }
            });
        action
    }

    /// Shows the slogan library window when open.
    pub fn slogans_window(
        &mut self,
        ctx: &egui::Context,
        library: &SloganLibrary,
        resources: &Resources,
        text_selected: bool,
    ) -> Option<CampaignAction> {
        let mut action = None;
        let mut open = self.slogans_open;
        egui::Window::new(tr!("slogans-title").shown())
            .id(egui::Id::unique("slogans-window"))
            .open(&mut open)
            .default_width(380.0)
            .default_height(460.0)
            .show(ctx, |ui| {
                ui.with_layout(rtl::column_layout(), |ui| {
                    action = self.slogan_search_ui(ui, library, resources, text_selected, 280.0);
                    ui.separator();
                    ui.strong(tr!("slogans-your-own").shown());
                    // Typed and shown as the engine lays out the page's words, so a
                    // Persian or Arabic slogan reads as it will print.
                    let label = ui.label(tr!("slogans-text").shown());
                    let mut style =
                        crate::model::TextElement::new("", "Inter", crate::units::Pt(14.0));
                    style.align = if rtl::is_rtl() {
                        crate::model::TextAlign::Right
                    } else {
                        crate::model::TextAlign::Left
                    };
                    design_text::design_text_field(
                        ui,
                        "own-slogan-text",
                        resources,
                        &style,
                        &mut self.new_text,
                        "",
                    )
                    .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        let label = ui.label(tr!("slogans-said-by").shown());
                        ui.text_edit_singleline(&mut self.new_attribution)
                            .labelled_by(label.id);
                    });
                    let text = self.new_text.trim();
                    if ui
                        .add_enabled(
                            !text.is_empty(),
                            egui::Button::new(tr!("slogans-add-mine").shown()),
                        )
                        .clicked()
                    {
                        let attribution = self.new_attribution.trim();
                        // Written, most likely, in the language the editor speaks.
                        let language = crate::i18n::language();
                        action = Some(CampaignAction::AddOwn(Slogan {
                            text: text.to_owned(),
                            attribution: (!attribution.is_empty()).then(|| attribution.to_owned()),
                            tags: Vec::new(),
                            lang: (language != crate::i18n::Language::English)
                                .then(|| language.tag().to_owned()),
                        }));
                        self.new_text.clear();
                        self.new_attribution.clear();
                    }
                });
            });
        self.slogans_open = open;
        action
    }

    /// Shows the brand kit window when open.
    pub fn brand_window(
        &mut self,
        ctx: &egui::Context,
        families: &[String],
        saved: Option<&BrandKit>,
        has_design: bool,
    ) -> Option<CampaignAction> {
        let mut action = None;
        let mut open = self.brand_open;
        egui::Window::new(tr!("brand-title").shown())
            .id(egui::Id::unique("brand-kit-window"))
            .open(&mut open)
            .default_width(360.0)
            .show(ctx, |ui| {
                ui.with_layout(rtl::column_layout(), |ui| {
                    rtl::label(ui, &tr!("brand-intro"));
                    let draft = &mut self.brand_draft;
                    ui.horizontal(|ui| {
                        let label = ui.label(tr!("brand-campaign").shown());
                        ui.text_edit_singleline(&mut draft.name)
                            .labelled_by(label.id);
                    });
                    ui.strong(tr!("brand-colours").shown());
                    for (label, colour) in [
                        (tr!("brand-background"), &mut draft.palette.background),
                        (tr!("brand-text"), &mut draft.palette.text),
                        (tr!("brand-accent"), &mut draft.palette.accent),
                        (tr!("brand-text-on-accent"), &mut draft.palette.accent_text),
                    ] {
                        if let Some(picked) = color_field(ui, &label.text(), *colour) {
                            *colour = picked;
                        }
                    }
                    contrast_ui(ui, &draft.palette);
                    ui.horizontal(|ui| {
                        ui.label(tr!("brand-start-from").shown());
                        for named in PALETTES {
                            let label = tr!("brand-start-from-named", palette = named.name).text();
                            if palette_button(ui, &named.palette, &label)
                                .on_hover_text(named.name)
                                .clicked()
                            {
                                draft.palette = named.palette;
                            }
                        }
                    });
                    ui.strong(tr!("brand-fonts").shown());
                    for (label, font) in [
                        (tr!("brand-headlines"), &mut draft.heading_font),
                        (tr!("brand-everything-else"), &mut draft.body_font),
                    ] {
                        font_combo(ui, &label.shown(), font, families);
                    }
                    ui.strong(tr!("brand-logo").shown());
                    ui.horizontal(|ui| {
                        match &draft.logo {
                            Some(name) => ui.label(name.as_str()),
                            None => ui.weak(tr!("brand-no-logo").shown()),
                        };
                        if ui.button(tr!("brand-choose-logo").shown()).clicked() {
                            action = Some(CampaignAction::ChooseLogo);
                        }
                        if draft.logo.is_some()
                            && ui.small_button(tr!("brand-remove").shown()).clicked()
                        {
                            draft.logo = None;
                            draft.logo_bytes = None;
                        }
                    });
                    ui.separator();
                    ui.horizontal(|ui| {
                        let changed = saved != Some(&*draft);
                        if ui
                            .add_enabled(changed, egui::Button::new(tr!("brand-save").shown()))
                            .clicked()
                        {
                            action = Some(CampaignAction::SaveBrandKit(draft.clone()));
                        }
                        let can_apply = has_design && saved.is_some();
                        if ui
                            .add_enabled(can_apply, egui::Button::new(tr!("brand-apply").shown()))
                            .on_disabled_hover_text(tr!("brand-apply-disabled").shown())
                            .clicked()
                        {
                            action = Some(CampaignAction::ApplyBrandKit);
                        }
                    });
                });
            });
        self.brand_open = open;
        action
    }
}

/// The ready palettes, with their contrast check, for the page panel.
pub fn palettes_ui(ui: &mut egui::Ui, current: Option<&Palette>) -> Option<CampaignAction> {
    let mut action = None;
    ui.strong(tr!("palette-heading").shown());
    for named in PALETTES {
        ui.horizontal(|ui| {
            let response = palette_button(ui, &named.palette, &format!("{} colours", named.name));
            let selected = current == Some(&named.palette);
            let name = ui.selectable_label(selected, named.name);
            if response.clicked() || name.clicked() {
                action = Some(CampaignAction::ApplyPalette(named.palette));
            }
        });
    }
    if let Some(palette) = current {
        contrast_ui(ui, palette);
    }
    action
}

/// Four swatches in a row, as one button named `label` for screen readers.
fn palette_button(ui: &mut egui::Ui, palette: &Palette, label: &str) -> egui::Response {
    let size = egui::vec2(64.0, 16.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    let quarter = size.x / 4.0;
    for (i, colour) in [
        palette.background,
        palette.text,
        palette.accent,
        palette.accent_text,
    ]
    .into_iter()
    .enumerate()
    {
        let min = rect.min + egui::vec2(quarter * i as f32, 0.0);
        ui.painter().rect_filled(
            egui::Rect::from_min_size(min, egui::vec2(quarter, size.y)),
            0.0,
            to_egui(colour),
        );
    }
    let stroke = if response.hovered() {
        ui.visuals().widgets.hovered.fg_stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    ui.painter()
        .rect_stroke(rect, 2.0, stroke, egui::StrokeKind::Outside);
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// The palette's two text pairings and whether they read well.
fn contrast_ui(ui: &mut egui::Ui, palette: &Palette) {
    let check = ContrastCheck::of(palette);
    for (what, ratio) in [
        (tr!("palette-text-on-background"), check.text),
        (tr!("brand-text-on-accent"), check.accent_text),
    ] {
        let good = ratio >= MIN_TEXT_CONTRAST;
        let colour = if good {
            Color32::from_rgb(0x43, 0xa0, 0x47)
        } else {
            Color32::from_rgb(0xff, 0xa0, 0x00)
        };
        let verdict = if good {
            tr!("palette-reads-well")
        } else if ratio >= 3.0 {
            tr!("palette-large-only")
        } else {
            tr!("palette-hard")
        };
        let line = tr!(
            "palette-check",
            pair = what.text(),
            ratio = Arg::number(ratio, 1),
            verdict = verdict.text()
        );
        ui.label(RichText::new(line.shown()).color(colour));
    }
}

/// A font chooser whose entries are shown in their own typeface.
pub fn font_combo(ui: &mut egui::Ui, label: &str, font: &mut String, families: &[String]) {
    let selected = font_preview(ui, font, font);
    rtl::labelled_combo(ui, ("font", label), label, selected, |ui| {
        for name in families {
            let preview = font_preview(ui, name, name);
            ui.selectable_value(font, name.clone(), preview);
        }
    });
}

/// `text` set in `family` when the window knows that font (the bundled ones), else in
/// the window's own font.
pub fn font_preview(ui: &egui::Ui, text: &str, family: &str) -> RichText {
    let family = egui::FontFamily::Name(family.into());
    let known = ui
        .ctx()
        .fonts(|f| f.definitions().families.contains_key(&family));
    let text = RichText::new(text);
    if known { text.family(family) } else { text }
}

fn to_egui(colour: Color) -> Color32 {
    Color32::from_rgba_unmultiplied(colour.r, colour.g, colour.b, colour.a)
}
