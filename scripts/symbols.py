#!/usr/bin/env python3
"""Makes assets/symbols/symbols.json, the drawings of the symbol library, from the icon
sets named in assets/symbols/catalogue.tsv (`ph:` Phosphor's filled icons, `fe:` Fluent
Emoji High Contrast), both MIT-licensed, as published on npm:

    scripts/symbols.py            # downloads the two packages with `npm pack`
    scripts/symbols.py DIR        # or takes them already unpacked in DIR/phosphor, DIR/fluent

Each drawing is kept as the set draws it, in one colour (`currentColor`, which Placard
reads as black and paints in the design's colour when it is placed).
"""
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile

PHOSPHOR = "@phosphor-icons/core@2.1.1"
FLUENT = "@iconify-json/fluent-emoji-high-contrast@1.2.6"
ROOT = pathlib.Path(__file__).resolve().parent.parent


def unpack(spec: str, into: pathlib.Path) -> pathlib.Path:
    into.mkdir(parents=True, exist_ok=True)
    name = subprocess.run(["npm", "pack", spec], cwd=into, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(into / name) as archive:
        archive.extractall(into, filter="data")
    return into / "package"


def main() -> None:
    if len(sys.argv) > 1:
        base = pathlib.Path(sys.argv[1])
        phosphor, fluent = base / "phosphor", base / "fluent"
    else:
        work = pathlib.Path(tempfile.mkdtemp())
        phosphor = unpack(PHOSPHOR, work / "phosphor")
        fluent = unpack(FLUENT, work / "fluent")
    fluent_icons = json.loads((fluent / "icons.json").read_text())
    size = fluent_icons.get("width", 16)
    drawings = {}
    for line in (ROOT / "assets/symbols/catalogue.tsv").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        symbol, source = line.split("\t")[:2]
        kind, name = source.split(":")
        if kind == "ph":
            svg = (phosphor / "assets/fill" / f"{name}-fill.svg").read_text().strip()
        elif kind == "fe":
            icon = fluent_icons["icons"][name]
            width = icon.get("width", size)
            height = icon.get("height", size)
            svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">'
                   f'{icon["body"]}</svg>')
        else:
            raise SystemExit(f"{symbol}: unknown source {source}")
        drawings[symbol] = svg
    out = ROOT / "assets/symbols/symbols.json"
    out.write_text(json.dumps(drawings, indent=0, ensure_ascii=False) + "\n")
    (ROOT / "assets/symbols/LICENSE-phosphor.txt").write_text((phosphor / "LICENSE").read_text())
    print(f"{len(drawings)} symbols written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
