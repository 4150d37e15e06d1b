//! The document model: plain data that is saved in `.placard` files.
//!
//! No rendering or UI types live here. Geometry is in [`Pt`](crate::units::Pt), colours
//! are sRGB with alpha.

mod archive;
mod color;
mod document;
mod element;
mod geometry;
pub mod limits;
mod text;

pub use archive::{Assets, ModelError, Project};
pub use color::{Color, PrintCondition};
pub use document::{
    Background, Document, FORMAT_VERSION, GradientStop, Orientation, OutlineShape, Page,
    PageOutline, Palette, PaperSize,
};
pub use element::{
    ColorSwap, CropRect, Element, ElementKind, GroupElement, ImageAdjust, ImageEffect,
    ImageElement, ImageFit, PhotoFrame, QrElement, QrErrorCorrection, Shape, ShapeElement, Stroke,
    StrokeDash, SvgElement,
};
pub use geometry::SAFE_MARGIN_MM;
pub use text::{
    TextAlign, TextElement, TextHighlight, TextOutline, TextPath, TextShadow, VerticalAlign,
    capital,
};
