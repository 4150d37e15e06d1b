#!/usr/bin/env python3
"""Placard against its peers on the same posters, in one run.

Builds the release binary, makes a 3000x2000 photo, fills the A2 and A1 poster templates
with it, exports each poster as SVG with Placard, and then measures (wall time, median
of --runs; peak resident memory of the process; output size):

- PNG at 300 dpi: Placard from its design; resvg, rsvg-convert and Inkscape from the SVG;
- PDF: Placard from its design; svg2pdf, rsvg-convert and Inkscape from the SVG.

Prints the table and the ratios to the fastest peer, and rewrites the results section of
docs/PERFORMANCE.md. Peers that are not installed are listed as missing.

Run from anywhere:  bench/compare.sh [--runs N]
"""

import argparse
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PLACARD = ROOT / "target" / "release" / "placard"
MARK_START = "<!-- bench/compare.py writes between these markers -->"
MARK_END = "<!-- end of bench/compare.py results -->"


def run(cmd):
    """Runs cmd; returns (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(c) for c in cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"failed: {' '.join(map(str, cmd))}\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024.0


def measure(cmd, runs):
    results = [run(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def duration(seconds):
    """Seconds as text: milliseconds below one second, so short runs keep their digits."""
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    return f"{int.from_bytes(header[16:20], 'big')}×{int.from_bytes(header[20:24], 'big')}"


def cpu_name():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def peers_png(svg, out_stem):
    """The PNG peers: (name, command, output) for those installed."""
    candidates = [
        ("resvg", lambda o: ["resvg", "--dpi", "300", svg, o]),
        ("rsvg-convert", lambda o: ["rsvg-convert", "--dpi-x", "300", "--dpi-y", "300", "-o", o, svg]),
        ("Inkscape", lambda o: ["inkscape", "--export-type=png", "--export-dpi=300", f"--export-filename={o}", svg]),
    ]
    for name, make in candidates:
        tool = make("x")[0]
        out = OUT / f"{out_stem}.{tool}.png"
        yield name, (make(out) if shutil.which(tool) else None), out


def peers_pdf(svg, out_stem):
    """The PDF peers: (name, command, output) for those installed."""
    candidates = [
        ("svg2pdf", lambda o: ["svg2pdf", svg, o]),
        ("rsvg-convert", lambda o: ["rsvg-convert", "-f", "pdf", "-o", o, svg]),
        ("Inkscape", lambda o: ["inkscape", "--export-type=pdf", f"--export-filename={o}", svg]),
    ]
    for name, make in candidates:
        tool = make("x")[0]
        out = OUT / f"{out_stem}.{tool}.pdf"
        yield name, (make(out) if shutil.which(tool) else None), out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    subprocess.run(["cargo", "build", "--release", "--bin", "placard", "--example", "make_photo"],
                   cwd=ROOT, check=True)
    OUT.mkdir(parents=True, exist_ok=True)
    photo = OUT / "photo.jpg"
    subprocess.run([ROOT / "target" / "release" / "examples" / "make_photo", photo, "3000", "2000"], check=True)

    rows = []  # (case, tool, seconds, MiB, bytes, note)
    ratios = []  # (case, what, placard, best peer name, best peer value, ratio, goal)
    for template in ["poster-a2", "poster-a1"]:
        design = OUT / f"{template}.placard"
        subprocess.run([PLACARD, "new", template, "-o", design, "--set", "headline=FREE ASSANGE",
                        "--set", f"photo=@{photo}"], check=True)
        svg = OUT / f"{template}.svg"
        subprocess.run([PLACARD, "render", design, "-o", svg, "--bundled-fonts-only"], check=True)

        # PNG at 300 dpi.
        case = f"{template} PNG 300 dpi"
        png = OUT / f"{template}.png"
        seconds, mib = measure([PLACARD, "render", design, "-o", png, "--dpi", "300", "--bundled-fonts-only"],
                               args.runs)
        rows.append((case, "Placard", seconds, mib, png.stat().st_size, png_size(png)))
        mine = (seconds, mib)
        peers = []
        for name, cmd, out in peers_png(svg, template):
            if cmd is None:
                rows.append((case, name, math.nan, math.nan, 0, "not installed"))
                continue
            seconds, mib = measure(cmd, args.runs)
            rows.append((case, name, seconds, mib, out.stat().st_size, png_size(out)))
            peers.append((name, seconds, mib))
        if peers:
            name, seconds, mib = min(peers, key=lambda p: p[1])
            ratios.append((case, "time", duration(mine[0]), name, duration(seconds), mine[0] / seconds, 0.25))
            ratios.append((case, "peak memory", f"{mine[1]:.0f} MiB", name, f"{mib:.0f} MiB", mine[1] / mib, 0.25))

        # PDF.
        case = f"{template} PDF"
        pdf = OUT / f"{template}.pdf"
        seconds, mib = measure([PLACARD, "render", design, "-o", pdf, "--bundled-fonts-only"], args.runs)
        rows.append((case, "Placard", seconds, mib, pdf.stat().st_size, ""))
        mine = (seconds, mib, pdf.stat().st_size)
        by_name = {}
        for name, cmd, out in peers_pdf(svg, template):
            if cmd is None:
                rows.append((case, name, math.nan, math.nan, 0, "not installed"))
                continue
            seconds, mib = measure(cmd, args.runs)
            rows.append((case, name, seconds, mib, out.stat().st_size, ""))
            by_name[name] = (seconds, mib, out.stat().st_size)
        if "svg2pdf" in by_name:
            s = by_name["svg2pdf"][0]
            ratios.append((case, "time", duration(mine[0]), "svg2pdf", duration(s), mine[0] / s, 0.5))
        if "Inkscape" in by_name:
            b = by_name["Inkscape"][2]
            ratios.append((case, "file size", f"{mine[2] / 1e6:.2f} MB", "Inkscape", f"{b / 1e6:.2f} MB",
                           mine[2] / b, 1.0))

    table = ["| case | tool | time (median of %d) | peak memory | file | note |" % args.runs,
             "|---|---|---|---|---|---|"]
    for case, tool, seconds, mib, size, note in rows:
        if math.isnan(seconds):
            table.append(f"| {case} | {tool} | – | – | – | {note} |")
        else:
            table.append(f"| {case} | {tool} | {duration(seconds)} | {mib:.0f} MiB | {size / 1e6:.1f} MB | {note} |")
    ratio_table = ["| case | measure | Placard | best peer | peer | ratio | goal | met |",
                   "|---|---|---|---|---|---|---|---|"]
    for case, what, mine, name, theirs, ratio, goal in ratios:
        ratio_table.append(f"| {case} | {what} | {mine} | {name} | {theirs} | {ratio:.2f}× | ≤ {goal}× | "
                           f"{'yes' if ratio <= goal else 'no'} |")
    versions = []
    for tool, flag in [("resvg", "--version"), ("rsvg-convert", "--version"), ("inkscape", "--version"),
                       ("svg2pdf", "--version")]:
        if shutil.which(tool):
            text = subprocess.run([tool, flag], capture_output=True, text=True).stdout.strip().splitlines()
            versions.append(f"{tool} {text[0] if text else '?'}")
    section = "\n".join([
        MARK_START,
        f"Measured {time.strftime('%Y-%m-%d')} on {cpu_name()}, {os.cpu_count()} cores, "
        f"{platform.system()}; Placard release build, bundled fonts only. Peers: {'; '.join(versions)}.",
        "",
        *table,
        "",
        *ratio_table,
        MARK_END,
    ])
    print(section)
    doc = ROOT / "docs" / "PERFORMANCE.md"
    text = doc.read_text()
    if MARK_START in text:
        text = re.sub(re.escape(MARK_START) + ".*" + re.escape(MARK_END), lambda _: section, text, flags=re.S)
    else:
        text += "\n" + section + "\n"
    doc.write_text(text)


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as err:
        sys.exit(str(err))
