//! Colour for print: turning the screen's sRGB colours and photos into a press's inks.

pub mod cmyk;
