//! Placard: an offline designer for campaign posters, placards, stickers, t-shirt prints
//! and social images, with print-ready export.
//!
//! The layers, each using only those before it:
//! [`model`] → [`layout`] → [`scene`] → [`render`] → [`export`] → [`cli`].

#![forbid(unsafe_code)]

#[cfg(feature = "editor")]
pub mod app;
pub mod campaign;
pub mod cli;
pub mod colour;
pub mod diag;
pub mod export;
pub mod geom;
pub mod i18n;
pub mod io;
pub mod layout;
pub mod model;
pub mod print;
pub mod reasons;
pub mod render;
pub mod scene;
pub mod symbols;
pub mod templates;
pub mod units;
