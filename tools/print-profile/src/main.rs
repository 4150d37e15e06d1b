//! Builds an ICC output profile (CMYK, Lab connection space, version 2.1 `mft2` tables)
//! from a printing condition's published characterisation data (an IT8.7/4 chart measured
//! in CGATS/ti3 form).
//!
//! The forward model (ink amounts → colour) is the measured CMY cube at 0 % K, multiplied
//! by the measured black ramp in Yule–Nielsen space, with what is left over at every
//! measured patch spread to its neighbours by Gaussian weights. The inverse table
//! (colour → ink amounts) is solved point by point on that model with a medium grey
//! component replacement and a total ink limit.
//!
//! ```text
//! cargo run --release -- data/FOGRA39L.ti3 ../../assets/icc/PlacardCoatedFOGRA39.icc \
//!     --name "Placard Coated FOGRA39 (300%)" --ink-limit 300
//! ```

// Colour arithmetic indexes several three- and four-channel arrays in step.
#![allow(clippy::needless_range_loop)]

use std::process::ExitCode;

/// D50, the profile connection space's white.
const D50: [f64; 3] = [0.9642, 1.0, 0.8249];
/// Grid points per ink of the model sampled for solving the inverse table.
const MODEL_GRID: usize = 17;
/// Grid points per ink in the profile's CMYK → Lab table (kept small: PDF/X files carry
/// the profile).
const FORWARD_GRID: usize = 11;
/// Grid points per axis in the Lab → CMYK table.
const INVERSE_GRID: usize = 33;
/// Spreads (in ink fraction) of the corrections around each measured patch, widest first.
const CORRECTION_SIGMAS: [f64; 2] = [0.2, 0.06];

struct Patch {
    cmyk: [f64; 4],
    /// Colour relative to the paper (media-relative), D50 Lab.
    lab: [f64; 3],
}

struct Data {
    paper_xyz: [f64; 3],
    patches: Vec<Patch>,
}

fn parse_ti3(text: &str) -> Result<Data, String> {
    let mut fields: Vec<&str> = Vec::new();
    let mut rows: Vec<Vec<f64>> = Vec::new();
    let mut in_format = false;
    let mut in_data = false;
    for line in text.lines() {
        let line = line.trim();
        match line {
            "BEGIN_DATA_FORMAT" => in_format = true,
            "END_DATA_FORMAT" => in_format = false,
            "BEGIN_DATA" => in_data = true,
            "END_DATA" => in_data = false,
            _ if in_format => fields.extend(line.split_whitespace()),
            _ if in_data && !line.is_empty() => {
                let values: Result<Vec<f64>, _> =
                    line.split_whitespace().map(str::parse::<f64>).collect();
                rows.push(values.map_err(|e| format!("bad number in '{line}': {e}"))?);
            }
            _ => {}
        }
    }
    let column = |name: &str| {
        fields
            .iter()
            .position(|f| *f == name)
            .ok_or_else(|| format!("no {name} column"))
    };
    let cmyk_cols = [
        column("CMYK_C")?,
        column("CMYK_M")?,
        column("CMYK_Y")?,
        column("CMYK_K")?,
    ];
    let xyz_cols = [column("XYZ_X")?, column("XYZ_Y")?, column("XYZ_Z")?];
    let mut raw: Vec<([f64; 4], [f64; 3])> = Vec::new();
    for row in &rows {
        let get = |i: usize| row.get(i).copied().ok_or("short row".to_owned());
        let cmyk = [
            get(cmyk_cols[0])? / 100.0,
            get(cmyk_cols[1])? / 100.0,
            get(cmyk_cols[2])? / 100.0,
            get(cmyk_cols[3])? / 100.0,
        ];
        let xyz = [
            get(xyz_cols[0])? / 100.0,
            get(xyz_cols[1])? / 100.0,
            get(xyz_cols[2])? / 100.0,
        ];
        raw.push((cmyk, xyz));
    }
    // Repeated patches (the chart prints paper and some others several times) are averaged.
    let mut merged: Vec<([f64; 4], [f64; 3], f64)> = Vec::new();
    for (cmyk, xyz) in raw {
        if let Some(m) = merged.iter_mut().find(|m| m.0 == cmyk) {
            for i in 0..3 {
                m.1[i] += xyz[i];
            }
            m.2 += 1.0;
        } else {
            merged.push((cmyk, xyz, 1.0));
        }
    }
    let paper = merged
        .iter()
        .find(|m| m.0 == [0.0; 4])
        .map(|m| [m.1[0] / m.2, m.1[1] / m.2, m.1[2] / m.2])
        .ok_or("no paper patch (0/0/0/0)")?;
    let patches = merged
        .into_iter()
        .map(|(cmyk, xyz, n)| Patch {
            cmyk,
            lab: xyz_to_lab(relative([xyz[0] / n, xyz[1] / n, xyz[2] / n], paper)),
        })
        .collect();
    Ok(Data {
        paper_xyz: paper,
        patches,
    })
}

/// Absolute XYZ to media-relative XYZ (the paper becomes D50).
fn relative(xyz: [f64; 3], paper: [f64; 3]) -> [f64; 3] {
    [
        xyz[0] / paper[0] * D50[0],
        xyz[1] / paper[1] * D50[1],
        xyz[2] / paper[2] * D50[2],
    ]
}

fn xyz_to_lab(xyz: [f64; 3]) -> [f64; 3] {
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let fx = f(xyz[0] / D50[0]);
    let fy = f(xyz[1] / D50[1]);
    let fz = f(xyz[2] / D50[2]);
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

/// Linear interpolation position of `x` in ascending `levels`: (lower index, fraction).
fn locate(levels: &[f64], x: f64) -> (usize, f64) {
    let last = levels.len() - 2;
    let mut i = 0;
    while i < last && x > levels[i + 1] {
        i += 1;
    }
    let t = (x - levels[i]) / (levels[i + 1] - levels[i]);
    (i, t.clamp(0.0, 1.0))
}

/// The physical part of the model, in Yule–Nielsen space `v = (XYZ / white)^(1/n)`.
struct InkModel {
    n: f64,
    levels: Vec<f64>,
    /// v at every (c, m, y) of the measured cube at 0 % K, c slowest.
    cube: Vec<[f64; 3]>,
    /// v of black alone at measured steps.
    black: Vec<(f64, [f64; 3])>,
}

fn to_v(lab: [f64; 3], n: f64) -> [f64; 3] {
    let xyz = lab_to_xyz(lab);
    [
        (xyz[0] / D50[0]).max(0.0).powf(1.0 / n),
        (xyz[1] / D50[1]).max(0.0).powf(1.0 / n),
        (xyz[2] / D50[2]).max(0.0).powf(1.0 / n),
    ]
}

fn from_v(v: [f64; 3], n: f64) -> [f64; 3] {
    xyz_to_lab([
        v[0].powf(n) * D50[0],
        v[1].powf(n) * D50[1],
        v[2].powf(n) * D50[2],
    ])
}

fn lab_to_xyz(lab: [f64; 3]) -> [f64; 3] {
    let fy = (lab[0] + 16.0) / 116.0;
    let fx = fy + lab[1] / 500.0;
    let fz = fy - lab[2] / 200.0;
    let inv = |f: f64| {
        if f.powi(3) > 216.0 / 24389.0 {
            f.powi(3)
        } else {
            (116.0 * f - 16.0) * 27.0 / 24389.0
        }
    };
    [inv(fx) * D50[0], inv(fy) * D50[1], inv(fz) * D50[2]]
}

impl InkModel {
    fn new(data: &Data, n: f64) -> Result<InkModel, String> {
        // The cube's levels: values of C that appear with every M and Y at 0 % K.
        let at_zero_k: Vec<&Patch> = data.patches.iter().filter(|p| p.cmyk[3] == 0.0).collect();
        let mut candidates: Vec<f64> = at_zero_k.iter().map(|p| p.cmyk[0]).collect();
        candidates.sort_by(f64::total_cmp);
        candidates.dedup();
        let levels: Vec<f64> = candidates
            .iter()
            .copied()
            .filter(|&c| at_zero_k.iter().filter(|p| p.cmyk[0] == c).count() >= 64)
            .collect();
        let find = |cmyk: [f64; 4]| {
            data.patches
                .iter()
                .find(|p| p.cmyk == cmyk)
                .map(|p| to_v(p.lab, n))
        };
        let mut cube = Vec::new();
        for &c in &levels {
            for &m in &levels {
                for &y in &levels {
                    cube.push(
                        find([c, m, y, 0.0])
                            .ok_or_else(|| format!("cube patch {c}/{m}/{y}/0 missing"))?,
                    );
                }
            }
        }
        let mut black: Vec<(f64, [f64; 3])> = data
            .patches
            .iter()
            .filter(|p| p.cmyk[0] == 0.0 && p.cmyk[1] == 0.0 && p.cmyk[2] == 0.0)
            .map(|p| (p.cmyk[3], to_v(p.lab, n)))
            .collect();
        black.sort_by(|a, b| a.0.total_cmp(&b.0));
        if levels.len() < 5 || black.len() < 5 || levels[0] != 0.0 || black[0].0 != 0.0 {
            return Err("the chart has no full CMY cube and black ramp".to_owned());
        }
        Ok(InkModel {
            n,
            levels,
            cube,
            black,
        })
    }

    fn lab(&self, cmyk: [f64; 4]) -> [f64; 3] {
        let size = self.levels.len();
        let (ci, ct) = locate(&self.levels, cmyk[0]);
        let (mi, mt) = locate(&self.levels, cmyk[1]);
        let (yi, yt) = locate(&self.levels, cmyk[2]);
        let mut v = [0.0; 3];
        for (dc, wc) in [(0, 1.0 - ct), (1, ct)] {
            for (dm, wm) in [(0, 1.0 - mt), (1, mt)] {
                for (dy, wy) in [(0, 1.0 - yt), (1, yt)] {
                    let w = wc * wm * wy;
                    if w == 0.0 {
                        continue;
                    }
                    let corner = self.cube[((ci + dc) * size + mi + dm) * size + yi + dy];
                    for i in 0..3 {
                        v[i] += w * corner[i];
                    }
                }
            }
        }
        let steps: Vec<f64> = self.black.iter().map(|b| b.0).collect();
        let (ki, kt) = locate(&steps, cmyk[3]);
        for i in 0..3 {
            let q = self.black[ki].1[i] * (1.0 - kt) + self.black[ki + 1].1[i] * kt;
            v[i] *= q;
        }
        from_v(v, self.n)
    }
}

/// The ink model plus the measured patches' remaining differences, spread to their
/// surroundings by Gaussian weights: first widely (so sparsely measured regions follow
/// their neighbours), then narrowly (so each patch is met closely).
struct Model {
    ink: InkModel,
    points: Vec<[f64; 4]>,
    /// Per scale: its spread and each patch's correction.
    scales: Vec<(f64, Vec<[f64; 3]>)>,
}

fn weight(a: [f64; 4], b: [f64; 4], sigma: f64) -> f64 {
    let d2: f64 = (0..4).map(|i| (a[i] - b[i]).powi(2)).sum();
    (-d2 / (2.0 * sigma * sigma)).exp()
}

impl Model {
    fn new(data: &Data, ink: InkModel, held_out: Option<usize>) -> Model {
        let used: Vec<&Patch> = data
            .patches
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != held_out)
            .map(|(_, p)| p)
            .collect();
        let mut model = Model {
            ink,
            points: used.iter().map(|p| p.cmyk).collect(),
            scales: Vec::new(),
        };
        for sigma in CORRECTION_SIGMAS {
            model.scales.push((sigma, vec![[0.0; 3]; used.len()]));
            // Refine a few times so the corrected model comes close to every patch.
            for _ in 0..6 {
                let residuals: Vec<[f64; 3]> = used
                    .iter()
                    .map(|p| {
                        let lab = model.lab(p.cmyk);
                        [p.lab[0] - lab[0], p.lab[1] - lab[1], p.lab[2] - lab[2]]
                    })
                    .collect();
                if let Some((_, corrections)) = model.scales.last_mut() {
                    for (c, r) in corrections.iter_mut().zip(residuals) {
                        for i in 0..3 {
                            c[i] += 0.8 * r[i];
                        }
                    }
                }
            }
        }
        model
    }

    fn lab(&self, cmyk: [f64; 4]) -> [f64; 3] {
        let mut lab = self.ink.lab(cmyk);
        for (sigma, corrections) in &self.scales {
            let mut total = 0.05;
            let mut sum = [0.0; 3];
            for (p, c) in self.points.iter().zip(corrections) {
                let w = weight(cmyk, *p, *sigma);
                if w < 1e-6 {
                    continue;
                }
                total += w;
                for i in 0..3 {
                    sum[i] += w * c[i];
                }
            }
            for i in 0..3 {
                lab[i] += sum[i] / total;
            }
        }
        lab
    }
}

/// The forward model sampled on a regular grid, interpolated between grid points.
struct Table {
    grid: usize,
    lab: Vec<[f64; 3]>,
}

impl Table {
    fn new(model: &Model, grid: usize) -> Table {
        let g = grid;
        let step = 1.0 / (g - 1) as f64;
        let mut lab = Vec::with_capacity(g.pow(4));
        for c in 0..g {
            for m in 0..g {
                for y in 0..g {
                    for k in 0..g {
                        lab.push(model.lab([
                            c as f64 * step,
                            m as f64 * step,
                            y as f64 * step,
                            k as f64 * step,
                        ]));
                    }
                }
            }
        }
        Table { grid, lab }
    }

    fn lab(&self, cmyk: [f64; 4]) -> [f64; 3] {
        let g = self.grid;
        let mut base = [0usize; 4];
        let mut frac = [0.0; 4];
        for i in 0..4 {
            let x = cmyk[i].clamp(0.0, 1.0) * (g - 1) as f64;
            let b = (x.floor() as usize).min(g - 2);
            base[i] = b;
            frac[i] = x - b as f64;
        }
        let mut out = [0.0; 3];
        for corner in 0..16 {
            let mut w = 1.0;
            let mut index = 0;
            for i in 0..4 {
                let bit = (corner >> (3 - i)) & 1;
                w *= if bit == 1 { frac[i] } else { 1.0 - frac[i] };
                index = index * g + base[i] + bit;
            }
            if w == 0.0 {
                continue;
            }
            let lab = self.lab[index];
            for i in 0..3 {
                out[i] += w * lab[i];
            }
        }
        out
    }
}

/// Keeps CMY within 0–1 and under `cap` in total.
fn project(x: &mut [f64; 3], cap: f64) {
    for v in x.iter_mut() {
        *v = v.clamp(0.0, 1.0);
    }
    for _ in 0..4 {
        let sum: f64 = x.iter().sum();
        if sum <= cap {
            return;
        }
        let free = x.iter().filter(|v| **v > 0.0).count().max(1) as f64;
        let cut = (sum - cap) / free;
        for v in x.iter_mut() {
            *v = (*v - cut).max(0.0);
        }
    }
}

fn solve3(a: [[f64; 3]; 3], b: [f64; 3]) -> Option<[f64; 3]> {
    let det = a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
        - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
        + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    if det.abs() < 1e-14 {
        return None;
    }
    let mut out = [0.0; 3];
    for (col, o) in out.iter_mut().enumerate() {
        let mut m = a;
        for row in 0..3 {
            m[row][col] = b[row];
        }
        *o = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
            / det;
    }
    Some(out)
}

/// Best CMY for `target` with black fixed at `k` (damped Gauss–Newton within the limits).
fn solve_cmy(
    table: &Table,
    target: [f64; 3],
    k: f64,
    start: [f64; 3],
    cap: f64,
) -> ([f64; 3], f64) {
    solve_weighted(table, target, [1.0; 3], k, start, cap)
}

/// [`solve_cmy`] with weights on the L*, a* and b* differences.
fn solve_weighted(
    table: &Table,
    target: [f64; 3],
    weights: [f64; 3],
    k: f64,
    start: [f64; 3],
    cap: f64,
) -> ([f64; 3], f64) {
    let cap = (cap - k).max(0.0);
    let mut x = start;
    project(&mut x, cap);
    let weigh = |lab: [f64; 3]| {
        [
            target[0] + (lab[0] - target[0]) * weights[0],
            target[1] + (lab[1] - target[1]) * weights[1],
            target[2] + (lab[2] - target[2]) * weights[2],
        ]
    };
    let table_lab = |cmyk: [f64; 4]| weigh(table.lab(cmyk));
    let eval = |x: [f64; 3]| delta_e(table_lab([x[0], x[1], x[2], k]), target);
    let mut err = eval(x);
    let mut lambda = 1e-3;
    for _ in 0..60 {
        let lab = table_lab([x[0], x[1], x[2], k]);
        let r = [lab[0] - target[0], lab[1] - target[1], lab[2] - target[2]];
        let h = 0.004;
        let mut jac = [[0.0; 3]; 3];
        for j in 0..3 {
            let mut up = x;
            let mut down = x;
            up[j] = (x[j] + h).min(1.0);
            down[j] = (x[j] - h).max(0.0);
            let span = up[j] - down[j];
            let a = table_lab([up[0], up[1], up[2], k]);
            let b = table_lab([down[0], down[1], down[2], k]);
            for i in 0..3 {
                jac[i][j] = (a[i] - b[i]) / span;
            }
        }
        let mut jtj = [[0.0; 3]; 3];
        let mut jtr = [0.0; 3];
        for a in 0..3 {
            for b in 0..3 {
                jtj[a][b] = (0..3).map(|i| jac[i][a] * jac[i][b]).sum();
            }
            jtr[a] = -(0..3).map(|i| jac[i][a] * r[i]).sum::<f64>();
        }
        let mut improved = false;
        for _ in 0..8 {
            let mut damped = jtj;
            for (i, row) in damped.iter_mut().enumerate() {
                row[i] += lambda * (1.0 + jtj[i][i]);
            }
            let Some(step) = solve3(damped, jtr) else {
                lambda *= 10.0;
                continue;
            };
            let mut candidate = [x[0] + step[0], x[1] + step[1], x[2] + step[2]];
            project(&mut candidate, cap);
            let candidate_err = eval(candidate);
            if candidate_err < err - 1e-9 {
                let moved: f64 = (0..3).map(|i| (candidate[i] - x[i]).abs()).sum();
                x = candidate;
                err = candidate_err;
                lambda = (lambda / 3.0).max(1e-7);
                improved = moved > 1e-6;
                break;
            }
            lambda *= 4.0;
        }
        if !improved || err < 0.01 {
            break;
        }
    }
    (x, err)
}

/// How much black a colour gets: none in light colours, rising smoothly towards the darkest
/// neutral, less the more colourful the colour is (medium grey component replacement).
struct BlackGeneration {
    /// Lightness of the darkest colour the press can print.
    darkest: f64,
}

impl BlackGeneration {
    /// Lightness at which black starts.
    const START: f64 = 92.0;
    /// Chroma at which a colour gets no black from this rule.
    const CHROMA: f64 = 70.0;

    fn black(&self, lab: [f64; 3]) -> f64 {
        let neutral = ((Self::START - lab[0]) / (Self::START - self.darkest)).clamp(0.0, 1.0);
        let chroma = (lab[1] * lab[1] + lab[2] * lab[2]).sqrt();
        let colourful = (1.0 - chroma / Self::CHROMA).max(0.0);
        neutral.powf(1.4) * colourful.powf(1.5)
    }
}

fn inverse(
    table: &Table,
    black: &BlackGeneration,
    target: [f64; 3],
    hint: [f64; 3],
    cap: f64,
) -> [f64; 4] {
    // Nothing prints darker than the press's black: lightness is clipped to it first.
    let target = [target[0].max(black.darkest), target[1], target[2]];
    let mut k = black.black(target);
    let mut result = solve_cmy(table, target, k, hint, cap);
    for start in [
        [0.0; 3],
        [0.5; 3],
        [1.0; 3],
        [1.0, 0.0, 0.0],
        [0.0, 1.0, 0.0],
        [0.0, 0.0, 1.0],
    ] {
        if result.1 < 0.5 {
            break;
        }
        let tried = solve_cmy(table, target, k, start, cap);
        if tried.1 < result.1 - 0.01 {
            result = tried;
        }
    }
    // Colours too dark for that much black take more.
    if result.1 > 0.5 {
        let mut more = k;
        while more < 1.0 {
            more = (more + 0.02).min(1.0);
            let tried = solve_cmy(table, target, more, result.0, cap);
            if tried.1 < result.1 - 0.05 {
                result = tried;
                k = more;
            } else if tried.1 > result.1 + 0.5 {
                break;
            }
        }
    }
    [result.0[0], result.0[1], result.0[2], k]
}

fn be16(v: u16) -> [u8; 2] {
    v.to_be_bytes()
}

fn unit16(v: f64) -> u16 {
    (v.clamp(0.0, 1.0) * 65535.0).round() as u16
}

/// Lab in the ICC version 2 16-bit encoding (`mft2`).
fn lab16(lab: [f64; 3]) -> [u16; 3] {
    let l = (lab[0] / 100.0 * 65280.0).round().clamp(0.0, 65535.0) as u16;
    let a = ((lab[1] + 128.0) * 256.0).round().clamp(0.0, 65535.0) as u16;
    let b = ((lab[2] + 128.0) * 256.0).round().clamp(0.0, 65535.0) as u16;
    [l, a, b]
}

fn lab_of_grid(i: usize, n: usize) -> f64 {
    (i as f64 / (n - 1) as f64) * 65535.0
}

fn mft2(inputs: usize, outputs: usize, grid: usize, clut: &[u16]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend(b"mft2");
    out.extend([0; 4]);
    out.push(inputs as u8);
    out.push(outputs as u8);
    out.push(grid as u8);
    out.push(0);
    // Identity matrix (s15.16).
    for v in [1i32, 0, 0, 0, 1, 0, 0, 0, 1] {
        out.extend((v * 65536).to_be_bytes());
    }
    out.extend(be16(2));
    out.extend(be16(2));
    for _ in 0..inputs {
        out.extend(be16(0));
        out.extend(be16(65535));
    }
    for v in clut {
        out.extend(be16(*v));
    }
    for _ in 0..outputs {
        out.extend(be16(0));
        out.extend(be16(65535));
    }
    out
}

fn text_type(text: &str) -> Vec<u8> {
    let mut out = b"text\0\0\0\0".to_vec();
    out.extend(text.as_bytes());
    out.push(0);
    out
}

fn desc_type(text: &str) -> Vec<u8> {
    let mut out = b"desc\0\0\0\0".to_vec();
    out.extend((text.len() as u32 + 1).to_be_bytes());
    out.extend(text.as_bytes());
    out.push(0);
    out.extend([0; 4]); // Unicode language and count
    out.extend([0; 4]);
    out.extend([0; 3]); // ScriptCode code, count
    out.extend([0; 67]);
    out
}

fn xyz_type(xyz: [f64; 3]) -> Vec<u8> {
    let mut out = b"XYZ \0\0\0\0".to_vec();
    for v in xyz {
        out.extend(((v * 65536.0).round() as i32).to_be_bytes());
    }
    out
}

fn profile(tags: &[([u8; 4], usize)], data: &[Vec<u8>]) -> Vec<u8> {
    let table_size = 4 + 12 * tags.len();
    let mut offsets = Vec::new();
    let mut body = Vec::new();
    let mut offset = 128 + table_size;
    for d in data {
        offsets.push((offset, d.len()));
        let mut padded = d.clone();
        while padded.len() % 4 != 0 {
            padded.push(0);
        }
        offset += padded.len();
        body.extend(padded);
    }
    let size = 128 + table_size + body.len();
    let mut out = Vec::with_capacity(size);
    out.extend((size as u32).to_be_bytes());
    out.extend(b"    "); // preferred CMM: none
    out.extend([2, 0x10, 0, 0]); // version 2.1
    out.extend(b"prtr");
    out.extend(b"CMYK");
    out.extend(b"Lab ");
    out.extend([0; 12]); // date (left empty so the file is reproducible)
    out.extend(b"acsp");
    out.extend([0; 4]); // platform
    out.extend([0; 4]); // flags
    out.extend([0; 8]); // manufacturer, model
    out.extend([0; 8]); // attributes: reflective, glossy
    out.extend([0, 0, 0, 1]); // rendering intent: relative colorimetric
    for v in D50 {
        out.extend(((v * 65536.0).round() as i32).to_be_bytes());
    }
    out.extend([0; 4]); // creator
    out.extend([0; 44]);
    debug_assert_eq!(out.len(), 128);
    out.extend((tags.len() as u32).to_be_bytes());
    for (signature, index) in tags {
        out.extend(signature);
        out.extend((offsets[*index].0 as u32).to_be_bytes());
        out.extend((offsets[*index].1 as u32).to_be_bytes());
    }
    out.extend(body);
    out
}

struct Args {
    input: String,
    output: String,
    name: String,
    copyright: String,
    ink_limit: f64,
}

fn args() -> Result<Args, String> {
    let mut list = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut name = None;
    let mut copyright = None;
    let mut ink_limit = 300.0;
    while let Some(arg) = list.next() {
        match arg.as_str() {
            "--name" => name = list.next(),
            "--copyright" => copyright = list.next(),
            "--ink-limit" => {
                ink_limit = list
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--ink-limit needs a percentage")?;
            }
            _ => positional.push(arg),
        }
    }
    let [input, output] = <[String; 2]>::try_from(positional)
        .map_err(|_| "usage: print-profile DATA.ti3 OUT.icc --name NAME [--ink-limit 300]")?;
    Ok(Args {
        name: name.unwrap_or_else(|| output.clone()),
        copyright: copyright.unwrap_or_else(|| "No copyright, use freely".to_owned()),
        input,
        output,
        ink_limit,
    })
}

fn run() -> Result<(), String> {
    let args = args()?;
    let text = std::fs::read_to_string(&args.input).map_err(|e| format!("{}: {e}", args.input))?;
    let data = parse_ti3(&text).map_err(|e| format!("{}: {e}", args.input))?;
    eprintln!("{} patches", data.patches.len());

    // The Yule–Nielsen factor that best explains the patches printed with black.
    let with_black: Vec<&Patch> = data.patches.iter().filter(|p| p.cmyk[3] > 0.0).collect();
    let mut best = (f64::MAX, 1.0);
    for step in 0..=30 {
        let n = 1.0 + f64::from(step) * 0.1;
        let ink = InkModel::new(&data, n)?;
        let mean = with_black
            .iter()
            .map(|p| delta_e(ink.lab(p.cmyk), p.lab))
            .sum::<f64>()
            / with_black.len() as f64;
        if mean < best.0 {
            best = (mean, n);
        }
    }
    eprintln!(
        "Yule–Nielsen n = {:.1}: mean ΔE {:.2} before correction",
        best.1, best.0
    );
    // How well a patch printed with black is predicted when it is left out: the model's
    // accuracy between patches, where most colours fall.
    let mut left_out = Vec::new();
    let sampled = data
        .patches
        .iter()
        .enumerate()
        .filter(|(_, p)| p.cmyk[3] > 0.0);
    for (i, p) in sampled.step_by(8) {
        let model = Model::new(&data, InkModel::new(&data, best.1)?, Some(i));
        left_out.push(delta_e(model.lab(p.cmyk), p.lab));
    }
    left_out.sort_by(f64::total_cmp);
    eprintln!(
        "patches left out of the model ({}): median ΔE {:.2}, 95th percentile {:.2}, max {:.2}",
        left_out.len(),
        left_out[left_out.len() / 2],
        left_out[left_out.len() * 95 / 100],
        left_out[left_out.len() - 1]
    );
    let model = Model::new(&data, InkModel::new(&data, best.1)?, None);
    let errors: Vec<f64> = data
        .patches
        .iter()
        .map(|p| delta_e(model.lab(p.cmyk), p.lab))
        .collect();
    let mean = errors.iter().sum::<f64>() / errors.len() as f64;
    let max = errors.iter().copied().fold(0.0, f64::max);
    eprintln!("model against the patches: mean ΔE {mean:.2}, max {max:.2}");

    let table = Table::new(&model, MODEL_GRID);
    let written = Table::new(&model, FORWARD_GRID);
    for (what, t) in [
        ("model grid", &table),
        ("profile's CMYK → Lab table", &written),
    ] {
        let errors: Vec<f64> = data
            .patches
            .iter()
            .map(|p| delta_e(t.lab(p.cmyk), p.lab))
            .collect();
        eprintln!(
            "{what} against the patches: mean ΔE {:.2}, max {:.2}",
            errors.iter().sum::<f64>() / errors.len() as f64,
            errors.iter().copied().fold(0.0, f64::max)
        );
    }

    let mut forward = Vec::with_capacity(written.lab.len() * 3);
    for lab in &written.lab {
        forward.extend(lab16(*lab));
    }

    let cap = args.ink_limit / 100.0;
    // The darkest neutral the press prints within the ink limit.
    let (darkest_cmy, _) = solve_weighted(&table, [0.0; 3], [1.0, 6.0, 6.0], 1.0, [1.0; 3], cap);
    let darkest = table.lab([darkest_cmy[0], darkest_cmy[1], darkest_cmy[2], 1.0]);
    eprintln!(
        "darkest printable colour: L* {:.1} at {:.0}/{:.0}/{:.0}/100",
        darkest[0],
        darkest_cmy[0] * 100.0,
        darkest_cmy[1] * 100.0,
        darkest_cmy[2] * 100.0
    );
    let black = BlackGeneration {
        darkest: darkest[0],
    };
    let n = INVERSE_GRID;
    let mut inverse_table = vec![0u16; n * n * n * 4];
    let mut hint_row = vec![[0.3; 3]; n * n];
    let mut round_trip = Vec::new();
    let mut max_ink: f64 = 0.0;
    for li in 0..n {
        let l = lab_of_grid(li, n) / 65280.0 * 100.0;
        for ai in 0..n {
            let a = lab_of_grid(ai, n) / 256.0 - 128.0;
            for bi in 0..n {
                let b = lab_of_grid(bi, n) / 256.0 - 128.0;
                let target = [l, a, b];
                let cmyk = inverse(&table, &black, target, hint_row[ai * n + bi], cap);
                hint_row[ai * n + bi] = [cmyk[0], cmyk[1], cmyk[2]];
                let cmyk = if l >= 99.9 && a.abs() < 0.1 && b.abs() < 0.1 {
                    [0.0; 4]
                } else {
                    cmyk
                };
                max_ink = max_ink.max(cmyk.iter().sum());
                let err = delta_e(table.lab(cmyk), target);
                let chroma = (a * a + b * b).sqrt();
                if chroma < 40.0 && (20.0..=95.0).contains(&l) {
                    round_trip.push(err);
                }
                let at = ((li * n + ai) * n + bi) * 4;
                for (i, v) in cmyk.iter().enumerate() {
                    inverse_table[at + i] = unit16(*v);
                }
            }
        }
        eprint!(".");
    }
    eprintln!();
    round_trip.sort_by(f64::total_cmp);
    eprintln!(
        "Lab → CMYK → Lab for grid points of chroma < 40 and L 20–95: {} points, median ΔE {:.2}, 95th percentile {:.2} (out of gamut ones included); highest total ink {:.0} %",
        round_trip.len(),
        round_trip[round_trip.len() / 2],
        round_trip[round_trip.len() * 95 / 100],
        max_ink * 100.0
    );

    let paper = data.paper_xyz;
    let data_blocks = vec![
        desc_type(&args.name),
        text_type(&args.copyright),
        xyz_type(paper),
        mft2(4, 3, FORWARD_GRID, &forward),
        mft2(3, 4, INVERSE_GRID, &inverse_table),
    ];
    let tags = [
        (*b"desc", 0),
        (*b"cprt", 1),
        (*b"wtpt", 2),
        (*b"A2B0", 3),
        (*b"A2B1", 3),
        (*b"A2B2", 3),
        (*b"B2A0", 4),
        (*b"B2A1", 4),
        (*b"B2A2", 4),
    ];
    let bytes = profile(&tags, &data_blocks);
    std::fs::write(&args.output, &bytes).map_err(|e| format!("{}: {e}", args.output))?;
    eprintln!("wrote {} ({} bytes)", args.output, bytes.len());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("print-profile: {err}");
            ExitCode::FAILURE
        }
    }
}
