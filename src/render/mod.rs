//! Backends: one function per output over the same [`Scene`](crate::scene::Scene).

pub mod pdf;
pub mod raster;
pub mod svg;
pub mod svg_picture;
