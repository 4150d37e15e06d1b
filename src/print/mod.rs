//! What makes a design print right: the print check, tiling a big page onto home
//! printer sheets, and how a page reads from a distance.

pub mod legibility;
pub mod preflight;
pub mod tiling;
