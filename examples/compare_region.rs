//! Compares a region of a screenshot with an image rendered by the engine:
//! `compare_region SCREEN.png EXPECTED.png X Y [INSET]` exits non-zero when they differ;
//! INSET pixels along each edge are left out.
//! Used by scripts/window-smoke.sh.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(screen), Some(expected), Some(x), Some(y)) = (
        args.get(1),
        args.get(2),
        args.get(3).and_then(|v| v.parse::<u32>().ok()),
        args.get(4).and_then(|v| v.parse::<u32>().ok()),
    ) else {
        eprintln!("usage: compare_region SCREEN.png EXPECTED.png X Y [INSET]");
        return ExitCode::FAILURE;
    };
    let inset: u32 = args.get(5).and_then(|v| v.parse().ok()).unwrap_or(0);
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
    if mean <= 2.0 && share >= 0.99 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
