#!/usr/bin/env python3
"""Export benchmark: PNG at 300 dpi of an A2 and an A1 poster with a 3000x2000 photo,
PDF export of the same, and the same poster's SVG rendered by resvg's command line for
comparison. Measures wall time and peak memory (max RSS) of each run and rewrites the
results section of docs/PERFORMANCE.md.

Run from the repository root:  python3 bench/export.py [--resvg PATH] [--runs N]
"""

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PLACARD = ROOT / "target" / "release" / "placard"


def run(cmd):
    """Runs cmd; returns (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024.0


def measure(cmd, runs):
    results = [run(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--resvg", default=os.environ.get("RESVG", "resvg"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    subprocess.run(["cargo", "build", "--release", "--bin", "placard", "--example", "make_photo"], cwd=ROOT, check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    photo = OUT / "photo.jpg"
    subprocess.run([ROOT / "target" / "release" / "examples" / "make_photo", photo, "3000", "2000"], check=True)

    rows = []
    for template in ["poster-a2", "poster-a1"]:
        design = OUT / f"{template}.placard"
        subprocess.run([PLACARD, "new", template, "-o", design, "--set", "headline=FREE ASSANGE",
                        "--set", f"photo=@{photo}"], check=True)
        png = OUT / f"{template}.png"
        seconds, mib = measure([PLACARD, "render", design, "-o", png, "--dpi", "300", "--bundled-fonts-only"], args.runs)
        size = png_size(png)
        rows.append((f"{template} PNG 300 dpi ({size})", "placard", seconds, mib))
        seconds, mib = measure([PLACARD, "render", design, "-o", OUT / f"{template}.pdf", "--bleed", "--marks",
                                "--bundled-fonts-only"], args.runs)
        rows.append((f"{template} PDF, bleed and marks", "placard", seconds, mib))
        svg = OUT / f"{template}.svg"
        subprocess.run([PLACARD, "render", design, "-o", svg, "--bundled-fonts-only"], check=True)
        try:
            resvg_png = OUT / f"{template}.resvg.png"
            seconds, mib = measure([args.resvg, "--dpi", "300", svg, resvg_png], args.runs)
            rows.append((f"{template} PNG 300 dpi ({png_size(resvg_png)}), from Placard's SVG", "resvg CLI", seconds, mib))
        except FileNotFoundError:
            rows.append((f"{template} PNG 300 dpi from Placard's SVG", "resvg CLI (not installed)", float("nan"), float("nan")))

    table = ["| what | tool | time (median of %d) | peak memory |" % args.runs, "|---|---|---|---|"]
    for what, tool, seconds, mib in rows:
        table.append(f"| {what} | {tool} | {seconds:.2f} s | {mib:.0f} MiB |")
    cpu = cpu_name()
    section = "\n".join([
        "<!-- bench/export.py writes between these markers -->",
        f"Measured {time.strftime('%Y-%m-%d')} on {cpu}, {os.cpu_count()} cores, {platform.system()}; "
        "release build, bundled fonts only.",
        "",
        *table,
        "<!-- end of bench/export.py results -->",
    ])
    print(section)
    doc = ROOT / "docs" / "PERFORMANCE.md"
    text = doc.read_text()
    text = re.sub(r"<!-- bench/export.py writes between these markers -->.*<!-- end of bench/export.py results -->",
                  lambda _: section, text, flags=re.S)
    doc.write_text(text)


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    width = int.from_bytes(header[16:20], "big")
    height = int.from_bytes(header[20:24], "big")
    return f"{width}×{height}"


def cpu_name():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()
