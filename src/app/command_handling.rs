//! Carrying out commands: the one place where what the volunteer asked for (from a menu,
//! a shortcut, a button or a right-click) changes the editor and the design. Widgets
//! queue [`Command`]s during the frame; [`PlacardApp::run_commands`] carries them out at
//! its end, each change one undo step named after the command.

use super::command::{Command, CommandState, Nudge};
use super::{AfterDiscard, FileKind, PlacardApp, Waiting, arrange};
use crate::model::Element;
use crate::units::{Mm, Pt};

impl PlacardApp {
    /// What the editor is like now, for the commands' labels and whether they apply.
    pub fn command_state(&self) -> CommandState {
        let session = self.session.as_ref();
        CommandState {
            has_design: session.is_some(),
            selected: session.map_or(0, |s| s.selection.len()),
            group_selected: session
                .and_then(|s| s.single_selection())
                .is_some_and(|(_, e)| matches!(e.kind, crate::model::ElementKind::Group(_))),
            undo: session.and_then(|s| s.undo_label()).map(str::to_owned),
            redo: session.and_then(|s| s.redo_label()).map(str::to_owned),
            clipboard: !self.clipboard.is_empty(),
            templates_folder: self.folders.is_some(),
            brand_kit: self.brand.is_some(),
            photo_frame: session
                .and_then(|s| s.single_selection())
                .and_then(|(_, e)| match &e.kind {
                    crate::model::ElementKind::Image(image) => Some(image.asset.is_none()),
                    crate::model::ElementKind::Svg(_) => Some(false),
                    _ => None,
                }),
        }
    }

    /// Asks for a command to be carried out at the end of this frame.
    pub fn queue(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Carries out the queued commands, those that apply, in order.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            if command.enabled(&self.command_state()) {
                self.execute(command, ctx);
            }
        }
    }

    /// Queues the commands whose shortcuts were pressed; text fields keep their own keys
    /// (only commands that work while typing are taken from them). Cut, copy and paste
    /// arrive as clipboard events.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        // Escape stops a drag and puts back what it moved, even while the canvas holds
        // the keyboard; at once, because egui ends the drag itself in this frame and the
        // canvas would otherwise keep it as a change.
        if self.canvas.is_dragging()
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
            && let Some(session) = &mut self.session
        {
            self.canvas.abort_drag(session);
        }
        let typing = ctx.egui_wants_keyboard_input();
        // While the file browser is open, Escape closes it rather than the selection.
        let browsing = self.browser.is_some();
        let table = Command::shortcut_table();
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            for (shortcut, command) in &table {
                if command.comes_as_clipboard_event()
                    || (typing && !command.works_while_typing())
                    || (browsing && shortcut.logical_key == egui::Key::Escape)
                {
                    continue;
                }
                let count = input.count_and_consume_key(shortcut.modifiers, shortcut.logical_key);
                pressed.extend(std::iter::repeat_n(*command, count));
            }
        });
        self.commands.extend(pressed);
        if typing {
            return;
        }
        self.paste_from_system();
        let pasted_image = ctx.input(|i| {
            i.events.iter().find_map(|e| match e {
                egui::Event::PasteImage(image) => Some(image.clone()),
                _ => None,
            })
        });
        if let Some(image) = pasted_image {
            self.paste_image(&image);
            return;
        }
        let events: Vec<egui::Event> = ctx.input(|i| i.events.clone());
        for event in events {
            match event {
                egui::Event::Copy => self.commands.push(Command::Copy),
                egui::Event::Cut => self.commands.push(Command::Cut),
                egui::Event::Paste(text) => self.paste_text(&text),
                _ => {}
            }
        }
    }

    /// Carries out one command.
    fn execute(&mut self, command: Command, ctx: &egui::Context) {
        if let (Some(session), Some(label)) = (&mut self.session, undo_name(command)) {
            session.label_next(label);
        }
        let offset = Pt::from(Mm(5.0)).0;
        let centre = ctx.content_rect().center();
        match command {
            Command::NewDesign => self.request(AfterDiscard::StartScreen),
            Command::OpenDesign => self.request(AfterDiscard::Open),
            Command::Save => self.save(),
            Command::SaveAs => {
                let name = self.suggested_name("placard");
                self.ask(Waiting::SaveAs, FileKind::SaveDesign, &name);
            }
            Command::Export => self.open_export(),
            Command::SaveAsTemplate => {
                let title = self
                    .session
                    .as_ref()
                    .map(|s| s.project.document.title.clone())
                    .unwrap_or_default();
                self.template_name = Some(title);
            }
            Command::Undo => {
                if let Some(session) = &mut self.session {
                    session.undo();
                }
            }
            Command::Redo => {
                if let Some(session) = &mut self.session {
                    session.redo();
                }
            }
            Command::Cut => {
                self.copy_to_clipboard(ctx);
                self.delete_selection();
            }
            Command::Copy => self.copy_to_clipboard(ctx),
            Command::Paste => self.paste(offset),
            Command::Duplicate => {
                self.copy_selection();
                self.paste(offset);
            }
            Command::Delete => self.delete_selection(),
            Command::SelectAll => {
                if let Some(session) = &mut self.session {
                    session.selection = session
                        .page()
                        .elements
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| !e.hidden && !e.locked)
                        .map(|(i, _)| i)
                        .collect();
                }
            }
            Command::Deselect => {
                if let Some(session) = &mut self.session {
                    if crate::app::colour_chooser::picking(ctx) {
                        // Escape puts the eyedropper down.
                        crate::app::colour_chooser::stop_picking(ctx);
                    } else if self.canvas.is_dragging() {
                        self.canvas.abort_drag(session);
                    } else if session.adjusting_photo.take().is_some() {
                        // Escape ends moving the photo in its frame; the photo stays selected.
                    } else {
                        session.selection.clear();
                    }
                }
            }
            Command::Nudge(direction, big) => {
                let step = if big { 10.0 } else { 1.0 };
                let (dx, dy) = match direction {
                    Nudge::Left => (-step, 0.0),
                    Nudge::Right => (step, 0.0),
                    Nudge::Up => (0.0, -step),
                    Nudge::Down => (0.0, step),
                };
                self.nudge(dx, dy);
            }
            Command::AddText(choice) => self.add_text(choice),
            Command::AddPhoto => self.ask(Waiting::AddImage, FileKind::Image, ""),
            Command::ReplacePhoto => {
                if let Some(index) = self.selected_photo_frame() {
                    self.ask(Waiting::ReplaceImage(index), FileKind::Image, "");
                }
            }
            Command::AddSlogan | Command::Slogans => self.campaign.open_slogans(),
            Command::AddQr => self.add_qr(),
            Command::AddShape(shape) => self.add_shape(shape.shape()),
            Command::BringForward => self.restack(true),
            Command::SendBackward => self.restack(false),
            Command::Group
            | Command::Ungroup
            | Command::Align(_)
            | Command::DistributeHorizontally
            | Command::DistributeVertically => self.arrange(command),
            Command::FitPage => self.canvas.fit_page(),
            Command::ActualSize => self.canvas.actual_size(),
            Command::ZoomIn => self.canvas.zoom_by(1.25, centre, ctx.content_rect()),
            Command::ZoomOut => self.canvas.zoom_by(0.8, centre, ctx.content_rect()),
            Command::BrandKit => self.campaign.brand_open = true,
            Command::DataMerge => self.merge.open = true,
            Command::CampaignKit => self.open_campaign_kit(),
            Command::ApplyBrandKit => {
                self.campaign_action(super::campaign_ui::CampaignAction::ApplyBrandKit);
            }
            Command::PrintCheck => self.print_check.open = true,
            Command::ShortcutSheet => self.shortcut_sheet = true,
            Command::Tour => self.tour.restart(),
        }
        if let Some(session) = &mut self.session {
            session.clear_label();
        }
    }

    pub(super) fn delete_selection(&mut self) {
        let Some(session) = &mut self.session else {
            return;
        };
        let mut selected = session.selection.clone();
        selected.sort_unstable();
        let page_index = session.page;
        session.edit(|p| {
            if let Some(page) = p.document.pages.get_mut(page_index) {
                for &i in selected.iter().rev() {
                    if i < page.elements.len() && !page.elements[i].locked {
                        page.elements.remove(i);
                    }
                }
            }
        });
        session.selection.clear();
    }

    pub(super) fn copy_selection(&mut self) {
        if let Some(session) = &self.session {
            self.clipboard = session
                .selection
                .iter()
                .filter_map(|&i| session.page().elements.get(i).cloned())
                .collect();
        }
    }

    pub(super) fn paste(&mut self, offset: f32) {
        let Some(session) = &mut self.session else {
            return;
        };
        if self.clipboard.is_empty() {
            return;
        }
        let pasted: Vec<Element> = self
            .clipboard
            .iter()
            .map(|e| {
                let mut e = e.clone();
                e.x = Pt(e.x.0 + offset);
                e.y = Pt(e.y.0 + offset);
                e.locked = false;
                e
            })
            .collect();
        let page_index = session.page;
        let first = session.page().elements.len();
        let count = pasted.len();
        session.edit(|p| {
            if let Some(page) = p.document.pages.get_mut(page_index) {
                page.elements.extend(pasted);
            }
        });
        session.selection = (first..first + count).collect();
    }

    fn nudge(&mut self, dx: f32, dy: f32) {
        let Some(session) = &mut self.session else {
            return;
        };
        let selected = session.selection.clone();
        let page_index = session.page;
        session.edit_coalesced("nudge", |p| {
            if let Some(page) = p.document.pages.get_mut(page_index) {
                for &i in &selected {
                    if let Some(e) = page.elements.get_mut(i).filter(|e| !e.locked) {
                        e.x = Pt(e.x.0 + dx);
                        e.y = Pt(e.y.0 + dy);
                    }
                }
            }
        });
    }

    fn restack(&mut self, up: bool) {
        let Some(session) = &mut self.session else {
            return;
        };
        let Some((index, _)) = session.single_selection() else {
            return;
        };
        let count = session.page().elements.len();
        let target = if up { index + 1 } else { index.wrapping_sub(1) };
        if target >= count {
            return;
        }
        let page_index = session.page;
        session.edit(|p| {
            if let Some(page) = p.document.pages.get_mut(page_index) {
                page.elements.swap(index, target);
            }
        });
        session.selection = vec![target];
    }

    fn arrange(&mut self, command: Command) {
        let Some(session) = &mut self.session else {
            return;
        };
        let page_index = session.page;
        let selection = session.selection.clone();
        let mut new_selection = None;
        match command {
            Command::Group => session.edit(|p| {
                if let Some(page) = p.document.pages.get_mut(page_index) {
                    new_selection = arrange::group(&mut page.elements, &selection).map(|i| vec![i]);
                }
            }),
            Command::Ungroup => session.edit(|p| {
                if let Some(page) = p.document.pages.get_mut(page_index)
                    && let [index] = selection.as_slice()
                {
                    let members = arrange::ungroup(&mut page.elements, *index);
                    new_selection = (!members.is_empty()).then_some(members);
                }
            }),
            Command::Align(alignment) => session.edit(|p| {
                if let Some(page) = p.document.pages.get_mut(page_index) {
                    let trim = crate::geom::Rect::new(0.0, 0.0, page.width.0, page.height.0);
                    arrange::align(&mut page.elements, &selection, alignment, trim);
                }
            }),
            Command::DistributeHorizontally | Command::DistributeVertically => session.edit(|p| {
                let horizontal = command == Command::DistributeHorizontally;
                if let Some(page) = p.document.pages.get_mut(page_index) {
                    arrange::distribute(&mut page.elements, &selection, horizontal);
                }
            }),
            _ => {}
        }
        if let Some(selection) = new_selection {
            session.selection = selection;
        }
    }
}

/// What the undo step a command makes is called ("Undo delete"), when it makes one.
fn undo_name(command: Command) -> Option<&'static str> {
    Some(match command {
        Command::Cut => "cut",
        Command::Paste => "paste",
        Command::Duplicate => "duplicate",
        Command::Delete => "delete",
        Command::Nudge(..) => "move",
        Command::AddText(_) => "new text",
        Command::AddQr => "new QR code",
        Command::AddShape(_) => "new shape",
        Command::BringForward | Command::SendBackward => "restack",
        Command::Group => "group",
        Command::Ungroup => "ungroup",
        Command::Align(_) => "align",
        Command::DistributeHorizontally | Command::DistributeVertically => "distribute",
        Command::ApplyBrandKit => "brand kit",
        _ => return None,
    })
}
