//! Tiling: a big poster or placard printed on A4 or US Letter sheets at full size, to be
//! trimmed and glued. The first sheet is an assembly map; every other sheet carries one
//! tile with cut marks, glue guides in the overlap, and its row and column.
//!
//! Each tile shows the poster's own scene through a clip, so the sheets are drawn by the
//! same backends as any export.

use crate::geom::{Path, Point, Rect, Transform};
use crate::layout::Resources;
use crate::model::{
    Background, Color, Document, Element, ElementKind, PaperSize, Project, TextAlign, TextElement,
};
use crate::scene::{Group, Item, PathItem, Scene, StrokeStyle, build_page};
use crate::units::{In, Mm, Pt};

/// The sheets a home printer takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    /// ISO A4, 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Sheet {
    /// Portrait width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Sheet::A4 => (Pt::from(Mm(210.0)).0, Pt::from(Mm(297.0)).0),
            Sheet::Letter => (Pt::from(In(8.5)).0, Pt::from(In(11.0)).0),
        }
    }
}

/// How to cut the poster into sheets.
#[derive(Debug, Clone, Copy)]
pub struct TileOptions {
    /// The sheet size.
    pub sheet: Sheet,
    /// How much neighbouring tiles share, for gluing.
    pub overlap: Pt,
    /// The edge of the sheet the printer cannot print on.
    pub printer_margin: Pt,
}

impl TileOptions {
    /// A4 or Letter with a 10 mm overlap and a 5 mm unprintable margin.
    pub fn new(sheet: Sheet) -> TileOptions {
        TileOptions {
            sheet,
            overlap: Pt::from(Mm(10.0)),
            printer_margin: Pt::from(Mm(5.0)),
        }
    }
}

/// One tile: where it sits in the grid and the part of the poster it shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tile {
    /// Row, from 0 at the top.
    pub row: usize,
    /// Column, from 0 at the left.
    pub column: usize,
    /// The part of the poster (trim coordinates, points) on this sheet.
    pub area: Rect,
}

impl Tile {
    /// The label printed on the sheet and the map: row letter, column number ("B3").
    pub fn label(&self) -> String {
        format!("{}{}", row_letter(self.row), self.column + 1)
    }
}

fn row_letter(row: usize) -> String {
    let mut letters = String::new();
    let mut n = row + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters
}

/// Where the tiles go.
#[derive(Debug, Clone, PartialEq)]
pub struct TilePlan {
    /// Sheet width and height in points (the orientation chosen).
    pub sheet: (f32, f32),
    /// Where a tile's artwork sits on its sheet.
    pub content: Rect,
    /// Columns and rows.
    pub columns: usize,
    /// Rows.
    pub rows: usize,
    /// The tiles, row by row.
    pub tiles: Vec<Tile>,
    /// The overlap in points.
    pub overlap: f32,
}

/// Room between the printable edge and the artwork, for marks and labels.
const MARK_SPACE_MM: f32 = 7.0;

/// Plans the sheets for a `width` × `height` poster (points), in whichever orientation
/// needs fewer sheets.
pub fn plan(width: f32, height: f32, options: &TileOptions) -> TilePlan {
    let (w, h) = options.sheet.size();
    let plans = [(w, h), (h, w)].map(|sheet| plan_for(width, height, sheet, options));
    let [portrait, landscape] = plans;
    if landscape.tiles.len() < portrait.tiles.len() {
        landscape
    } else {
        portrait
    }
}

fn plan_for(width: f32, height: f32, sheet: (f32, f32), options: &TileOptions) -> TilePlan {
    let inset = options.printer_margin.0 + Pt::from(Mm(MARK_SPACE_MM)).0;
    let content = Rect::new(
        inset,
        inset,
        (sheet.0 - 2.0 * inset).max(1.0),
        (sheet.1 - 2.0 * inset).max(1.0),
    );
    let overlap = options
        .overlap
        .0
        .clamp(0.0, content.width.min(content.height) / 2.0);
    let count = |length: f32, room: f32| -> usize {
        if length <= room {
            1
        } else {
            ((length - overlap) / (room - overlap)).ceil().max(1.0) as usize
        }
    };
    let columns = count(width, content.width);
    let rows = count(height, content.height);
    let mut tiles = Vec::new();
    for row in 0..rows {
        for column in 0..columns {
            let x = column as f32 * (content.width - overlap);
            let y = row as f32 * (content.height - overlap);
            tiles.push(Tile {
                row,
                column,
                area: Rect::new(
                    x,
                    y,
                    content.width.min(width - x),
                    content.height.min(height - y),
                ),
            });
        }
    }
    TilePlan {
        sheet,
        content,
        columns,
        rows,
        tiles,
        overlap,
    }
}

/// The sheets for one page of a design: the assembly map, then one sheet per tile.
/// Returns the sheets' scenes, the plan, and layout warnings.
pub fn tile_scenes(
    project: &Project,
    page: usize,
    resources: &Resources,
    options: &TileOptions,
) -> Result<(Vec<Scene>, TilePlan, Vec<crate::diag::Diagnostic>), crate::layout::LayoutError> {
    let built = build_page(project, page, resources)?;
    let poster = built.scene;
    let plan = plan(poster.width, poster.height, options);
    let mut poster_items = poster.background.clone();
    poster_items.extend(poster.items.iter().cloned());

    let mut sheets = vec![map_sheet(&poster, &poster_items, &plan, resources)?];
    for tile in &plan.tiles {
        sheets.push(tile_sheet(&poster_items, &plan, tile, resources)?);
    }
    Ok((sheets, plan, built.diagnostics))
}

/// A blank sheet scene with the given labels (text elements) drawn by the engine.
fn sheet_with_labels(
    plan: &TilePlan,
    labels: Vec<Element>,
    resources: &Resources,
) -> Result<Scene, crate::layout::LayoutError> {
    let mut document = Document::new("Tiles", PaperSize::Metric(1.0, 1.0));
    let page = &mut document.pages[0];
    page.width = Pt(plan.sheet.0);
    page.height = Pt(plan.sheet.1);
    page.bleed = Pt(0.0);
    page.background = Background::None;
    page.elements = labels;
    Ok(build_page(&Project::new(document), 0, resources)?.scene)
}

fn label(text: &str, x: f32, y: f32, width: f32, size: f32, align: TextAlign) -> Element {
    let mut style = TextElement::new(text, "Inter", Pt(size));
    style.align = align;
    style.font_weight = 700;
    style.fill = Color::rgb(0x33, 0x33, 0x33);
    Element::new(
        Pt(x),
        Pt(y),
        Pt(width),
        Pt(size * 1.5),
        ElementKind::Text(style),
    )
}

fn hairline(path: Path, color: Color) -> Item {
    Item::Path(PathItem {
        path,
        fill: None,
        stroke: Some(StrokeStyle {
            color,
            width: 0.5,
            round: false,
            dash: None,
        }),
    })
}

/// A dashed line from `a` to `b` as separate short strokes.
fn dashed(a: Point, b: Point, dash: f32) -> Path {
    let mut path = Path::default();
    let length = ((b.x - a.x).powi(2) + (b.y - a.y).powi(2)).sqrt();
    let steps = (length / dash).floor() as usize;
    for i in (0..steps).step_by(2) {
        let t0 = i as f32 * dash / length;
        let t1 = ((i + 1) as f32 * dash / length).min(1.0);
        path.move_to(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0);
        path.line_to(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1);
    }
    path
}

/// Puts `items` under what the sheet already shows (its labels).
fn put_below(scene: &mut Scene, mut items: Vec<Item>) {
    let count = items.len();
    items.append(&mut scene.items);
    scene.items = items;
    scene.item_elements = vec![0; count]
        .into_iter()
        .chain(std::mem::take(&mut scene.item_elements))
        .collect();
}

/// Where lines of the sheets' words start: the left, or the right in a right-to-left
/// language.
fn reading_start() -> TextAlign {
    if crate::i18n::language().is_rtl() {
        TextAlign::Right
    } else {
        TextAlign::Left
    }
}

fn tile_sheet(
    poster_items: &[Item],
    plan: &TilePlan,
    tile: &Tile,
    resources: &Resources,
) -> Result<Scene, crate::layout::LayoutError> {
    let c = plan.content;
    let area = tile.area;
    let total = crate::tr!(
        "tile-sheet-label",
        tile = tile.label(),
        row = row_letter(tile.row),
        rows = row_letter(plan.rows - 1),
        column = tile.column + 1,
        columns = plan.columns
    )
    .text();
    let mut labels = vec![label(
        &total,
        c.x,
        c.y - 16.0,
        c.width,
        9.0,
        reading_start(),
    )];
    let has_right = tile.column + 1 < plan.columns;
    let has_below = tile.row + 1 < plan.rows;
    if tile.column > 0 {
        labels.push(label(
            &crate::tr!("tile-sheet-glue").text(),
            c.x,
            c.y + area.height + 3.0,
            c.width,
            7.0,
            reading_start(),
        ));
    }
    let mut scene = sheet_with_labels(plan, labels, resources)?;
    // The poster's part, drawn by its own scene through a clip.
    let poster = Item::Group(Group {
        transform: Transform::translate(c.x - area.x, c.y - area.y),
        clip: Some(Path::rect(area)),
        items: poster_items.to_vec(),
    });
    let mut items = vec![poster];

    // Glue guides: the strips the next tiles cover, dashed where they begin.
    let grey = Color::rgb(0x80, 0x80, 0x80);
    let overlap = plan.overlap;
    if has_right {
        let x = c.x + area.width - overlap;
        items.push(hairline(
            dashed(Point::new(x, c.y), Point::new(x, c.y + area.height), 4.0),
            grey,
        ));
    }
    if has_below {
        let y = c.y + area.height - overlap;
        items.push(hairline(
            dashed(Point::new(c.x, y), Point::new(c.x + area.width, y), 4.0),
            grey,
        ));
    }
    // Cut marks outside the artwork at its corners.
    let mark = Pt::from(Mm(4.0)).0;
    let gap = 2.0;
    let mut marks = Path::default();
    let (x0, y0, x1, y1) = (c.x, c.y, c.x + area.width, c.y + area.height);
    for (x, dx) in [(x0, -1.0), (x1, 1.0)] {
        for (y, dy) in [(y0, -1.0), (y1, 1.0)] {
            marks.move_to(x + dx * gap, y);
            marks.line_to(x + dx * (gap + mark), y);
            marks.move_to(x, y + dy * gap);
            marks.line_to(x, y + dy * (gap + mark));
        }
    }
    items.push(hairline(marks, Color::BLACK));
    put_below(&mut scene, items);
    Ok(scene)
}

fn map_sheet(
    poster: &Scene,
    poster_items: &[Item],
    plan: &TilePlan,
    resources: &Resources,
) -> Result<Scene, crate::layout::LayoutError> {
    let c = plan.content;
    let title_space = 40.0;
    let room = Rect::new(c.x, c.y + title_space, c.width, c.height - title_space);
    let scale = (room.width / poster.width).min(room.height / poster.height);
    let w = poster.width * scale;
    let origin = Point::new(room.x + (room.width - w) / 2.0, room.y);
    let mut labels = vec![
        label(
            &crate::tr!(
                "tile-map-title",
                sheets = plan.tiles.len(),
                across = plan.columns,
                down = plan.rows
            )
            .text(),
            c.x,
            c.y,
            c.width,
            12.0,
            reading_start(),
        ),
        label(
            &crate::tr!(
                "tile-map-how",
                overlap = crate::i18n::Arg::number(Pt(plan.overlap).to_mm().0, 0)
            )
            .text(),
            c.x,
            c.y + 18.0,
            c.width,
            7.5,
            reading_start(),
        ),
    ];
    for tile in &plan.tiles {
        let a = tile.area;
        let size = (a.width.min(a.height) * scale * 0.25).clamp(6.0, 28.0);
        labels.push(label(
            &tile.label(),
            origin.x + a.x * scale,
            origin.y + (a.y + a.height / 2.0) * scale - size * 0.75,
            a.width * scale,
            size,
            TextAlign::Center,
        ));
    }
    let mut scene = sheet_with_labels(plan, labels, resources)?;
    let thumbnail = Item::Group(Group {
        transform: Transform::translate(origin.x, origin.y).concat(&Transform::scale(scale, scale)),
        clip: Some(Path::rect(poster.trim_box())),
        items: poster_items.to_vec(),
    });
    let mut grid = Path::default();
    for tile in &plan.tiles {
        let a = tile.area;
        let r = Rect::new(
            origin.x + a.x * scale,
            origin.y + a.y * scale,
            a.width * scale,
            a.height * scale,
        );
        grid.extend(&Path::rect(r));
    }
    // White under black so the grid reads on any artwork.
    let items = vec![
        thumbnail,
        Item::Path(PathItem {
            path: grid.clone(),
            fill: None,
            stroke: Some(StrokeStyle {
                color: Color::WHITE,
                width: 2.0,
                round: false,
                dash: None,
            }),
        }),
        hairline(grid, Color::BLACK),
    ];
    put_below(&mut scene, items);
    Ok(scene)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_a1_poster_takes_a_grid_of_a4_sheets_that_covers_it() {
        let (w, h) = (Pt::from(Mm(594.0)).0, Pt::from(Mm(841.0)).0);
        let plan = plan(w, h, &TileOptions::new(Sheet::A4));
        // Content per A4 sheet is 186 × 273 mm (portrait) with 10 mm overlap: 4 × 4 = 16;
        // landscape 273 × 186 mm gives 3 × 5 = 15, which wins.
        assert_eq!((plan.columns, plan.rows), (3, 5));
        assert_eq!(plan.tiles.len(), 15);
        // The tiles cover the poster exactly, each neighbour sharing the overlap.
        let right = plan
            .tiles
            .iter()
            .map(|t| t.area.right())
            .fold(0.0, f32::max);
        let bottom = plan
            .tiles
            .iter()
            .map(|t| t.area.bottom())
            .fold(0.0, f32::max);
        assert!((right - w).abs() < 1e-3 && (bottom - h).abs() < 1e-3);
        let a = plan.tiles[0].area;
        let b = plan.tiles[1].area;
        assert!((a.right() - b.x - plan.overlap).abs() < 1e-3);
        assert_eq!(plan.tiles[4].label(), "B2");
    }

    #[test]
    fn a_small_page_fits_one_sheet() {
        let (w, h) = (Pt::from(Mm(100.0)).0, Pt::from(Mm(150.0)).0);
        let plan = plan(w, h, &TileOptions::new(Sheet::Letter));
        assert_eq!(plan.tiles.len(), 1);
        assert_eq!(row_letter(26), "AA");
    }
}
