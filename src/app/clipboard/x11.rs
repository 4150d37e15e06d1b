//! The X11 clipboard, read with the X protocol itself: ask the owner of `CLIPBOARD` for
//! its list of formats, then for one of them, in one piece or in the increments big
//! pictures come in. The owner is given a few seconds to answer each step.

use std::time::{Duration, Instant};

use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ConnectionExt, CreateWindowAux, EventMask, Property, WindowClass,
};
use x11rb::rust_connection::RustConnection;

/// How long the clipboard's owner may take to answer one step.
const ANSWER_TIME: Duration = Duration::from_secs(3);

/// A connection to the X server with a small unseen window to receive the clipboard on.
pub struct X11Clipboard {
    connection: RustConnection,
    window: u32,
    clipboard: Atom,
    targets: Atom,
    incr: Atom,
    property: Atom,
}

impl X11Clipboard {
    /// Opens a connection to the display named by `DISPLAY`.
    pub fn connect() -> Result<Self, String> {
        let (connection, screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
        let root = connection
            .setup()
            .roots
            .get(screen)
            .ok_or("the display has no such screen")?
            .root;
        let window = connection.generate_id().map_err(|e| e.to_string())?;
        connection
            .create_window(
                x11rb::COPY_DEPTH_FROM_PARENT,
                window,
                root,
                0,
                0,
                1,
                1,
                0,
                WindowClass::INPUT_OUTPUT,
                x11rb::COPY_FROM_PARENT,
                &CreateWindowAux::new().event_mask(EventMask::PROPERTY_CHANGE),
            )
            .map_err(|e| e.to_string())?;
        let mut clipboard = Self {
            connection,
            window,
            clipboard: 0,
            targets: 0,
            incr: 0,
            property: 0,
        };
        clipboard.clipboard = clipboard.atom("CLIPBOARD")?;
        clipboard.targets = clipboard.atom("TARGETS")?;
        clipboard.incr = clipboard.atom("INCR")?;
        clipboard.property = clipboard.atom("PLACARD_PASTE")?;
        Ok(clipboard)
    }

    fn atom(&self, name: &str) -> Result<Atom, String> {
        Ok(self
            .connection
            .intern_atom(false, name.as_bytes())
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?
            .atom)
    }

    fn atom_name(&self, atom: Atom) -> Option<String> {
        let reply = self.connection.get_atom_name(atom).ok()?.reply().ok()?;
        String::from_utf8(reply.name).ok()
    }

    /// The next event of the kind `wanted` picks, waiting at most [`ANSWER_TIME`].
    fn wait_for<T>(&self, mut wanted: impl FnMut(&Event) -> Option<T>) -> Result<T, String> {
        let deadline = Instant::now() + ANSWER_TIME;
        loop {
            match self
                .connection
                .poll_for_event()
                .map_err(|e| e.to_string())?
            {
                Some(event) => {
                    if let Some(found) = wanted(&event) {
                        return Ok(found);
                    }
                }
                None if Instant::now() > deadline => {
                    return Err("the program that holds the clipboard did not answer".to_owned());
                }
                None => std::thread::sleep(Duration::from_millis(2)),
            }
        }
    }

    /// The content in the format `target`, at most `limit` bytes; empty when the owner
    /// refuses the format.
    fn convert(&self, target: Atom, limit: usize) -> Result<(Atom, Vec<u8>), String> {
        let failed = |e: &dyn std::fmt::Display| e.to_string();
        self.connection
            .delete_property(self.window, self.property)
            .map_err(|e| failed(&e))?;
        self.connection
            .convert_selection(
                self.window,
                self.clipboard,
                target,
                self.property,
                x11rb::CURRENT_TIME,
            )
            .map_err(|e| failed(&e))?;
        self.connection.flush().map_err(|e| failed(&e))?;
        let window = self.window;
        let answered = self.wait_for(|event| match event {
            Event::SelectionNotify(e) if e.requestor == window => Some(e.property),
            _ => None,
        })?;
        if answered == u32::from(AtomEnum::NONE) {
            return Ok((0, Vec::new()));
        }
        let first = self.take_property()?;
        if first.0 != self.incr {
            return check_size(first.1, limit).map(|bytes| (first.0, bytes));
        }
        // Increments: each new value of the property is the next piece, until an empty one.
        let mut bytes = Vec::new();
        let property = self.property;
        loop {
            self.wait_for(|event| match event {
                Event::PropertyNotify(e)
                    if e.window == window
                        && e.atom == property
                        && e.state == Property::NEW_VALUE =>
                {
                    Some(())
                }
                _ => None,
            })?;
            let (_, piece) = self.take_property()?;
            if piece.is_empty() {
                return Ok((target, bytes));
            }
            bytes.extend_from_slice(&piece);
            bytes = check_size(bytes, limit)?;
        }
    }

    /// Reads and deletes the window's property: its type and bytes.
    fn take_property(&self) -> Result<(Atom, Vec<u8>), String> {
        let reply = self
            .connection
            .get_property(
                true,
                self.window,
                self.property,
                AtomEnum::ANY,
                0,
                u32::MAX / 4,
            )
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?;
        self.connection.flush().map_err(|e| e.to_string())?;
        Ok((reply.type_, reply.value))
    }
}

/// `bytes`, unless more than `limit`.
fn check_size(bytes: Vec<u8>, limit: usize) -> Result<Vec<u8>, String> {
    if bytes.len() > limit {
        return Err(format!(
            "what was copied is more than the {} Placard takes",
            crate::io::size_words(limit as u64)
        ));
    }
    Ok(bytes)
}

impl super::ClipboardSource for X11Clipboard {
    fn offered(&mut self) -> Result<Vec<String>, String> {
        let (kind, bytes) = self.convert(self.targets, 64 * 1024)?;
        if kind != u32::from(AtomEnum::ATOM) && kind != self.targets {
            return Ok(Vec::new());
        }
        Ok(bytes
            .chunks_exact(4)
            .filter_map(|c| <[u8; 4]>::try_from(c).ok())
            .map(u32::from_ne_bytes)
            .filter_map(|atom| self.atom_name(atom))
            .collect())
    }

    fn fetch(&mut self, format: &str, limit: usize) -> Result<Vec<u8>, String> {
        let target = self.atom(format)?;
        Ok(self.convert(target, limit)?.1)
    }
}

impl Drop for X11Clipboard {
    fn drop(&mut self) {
        let _ = self.connection.destroy_window(self.window);
        let _ = self.connection.flush();
    }
}
