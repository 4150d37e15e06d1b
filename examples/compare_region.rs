//! Compares a region of a screenshot with an image rendered by the engine:
//! `compare_region SCREEN.png EXPECTED.png X Y [INSET [MEAN [SHARE]]]` exits non-zero when
//! they differ: when the mean difference of a channel is over MEAN (out of 255; 2 if not
//! given) or fewer than SHARE per cent of the channels are within 8/255 (99 if not given).
//! INSET pixels along each edge are left out.
//! Used by scripts/window-smoke.sh (the same rasteriser: the defaults) and
//! scripts/check-print.sh (MuPDF against the engine: their edges differ a little).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(screen), Some(expected), Some(x), Some(y)) = (
        args.get(1),
        args.get(2),
        args.get(3).and_then(|v| v.parse::<u32>().ok()),
        args.get(4).and_then(|v| v.parse::<u32>().ok()),
    ) else {
        eprintln!("usage: compare_region SCREEN.png EXPECTED.png X Y [INSET [MEAN [SHARE]]]");
        return ExitCode::FAILURE;
    };
    let inset: u32 = args.get(5).and_then(|v| v.parse().ok()).unwrap_or(0);
    let most_mean: f64 = args.get(6).and_then(|v| v.parse().ok()).unwrap_or(2.0);
    let least_share: f64 = args.get(7).and_then(|v| v.parse().ok()).unwrap_or(99.0) / 100.0;
    let (screen, expected) = match (image::open(screen), image::open(expected)) {
        (Ok(s), Ok(e)) => (s.to_rgb8(), e.to_rgb8()),
        (Err(err), _) | (_, Err(err)) => {
            eprintln!("cannot read the images: {err}");
            return ExitCode::FAILURE;
        }
    };
    if x + expected.width() > screen.width() || y + expected.height() > screen.height() {
        eprintln!("the region lies outside the screenshot");
        return ExitCode::FAILURE;
    }
    let mut total = 0u64;
    let mut near = 0u64;
    let mut count = 0u64;
    for (ex, ey, pixel) in expected.enumerate_pixels() {
        if ex < inset
            || ey < inset
            || ex + inset >= expected.width()
            || ey + inset >= expected.height()
        {
            continue;
        }
        let shown = screen.get_pixel(x + ex, y + ey);
        for c in 0..3 {
            let d = pixel[c].abs_diff(shown[c]);
            total += u64::from(d);
            near += u64::from(d <= 8);
            count += 1;
        }
    }
    let mean = total as f64 / count.max(1) as f64;
    let share = near as f64 / count.max(1) as f64;
    println!(
        "{}×{} region at ({x}, {y}): mean difference {mean:.3}, {:.2}% within 8/255",
        expected.width(),
        expected.height(),
        share * 100.0
    );
    if mean <= most_mean && share >= least_share {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
