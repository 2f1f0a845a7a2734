"""Do the printing speed-ups change what the villagers see? Compare with a committed renderer.

Renders every sample document (printing/samples.py, A4 and A3) plus the benchmark's
20-page 登记表 twice: with the working tree, and with the working tree whose layout
modules (tables, linebreak, layout, story, fonts, …) are taken from ``--ref`` (the commit
before the speed-ups, by default). Documents and data models come from the working tree
on both sides, so only the renderer differs. Identical bytes pass at once; otherwise every
page of both PDFs is rasterised with ``pdftoppm -r 100`` and must match pixel for pixel.

Run: ``python tests/unit/printing/same_pages.py [--ref COMMIT]``; exit 0 when all match.
Needs git and poppler's pdftoppm. A script, not a test: it depends on the git history.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
REF = "2bde337a2829c1b0746441ee5669cbdee7b48b59"  # before the 登记表 speed-ups
RENDERER = ("tables", "linebreak", "layout", "story", "fonts", "meeting_forms", "checklist", "receipts")

_RENDER = """
import sys
from pathlib import Path
from lufeng_desktop.printing.samples import SAMPLE_KINDS, render_sample, sample_dossier
from lufeng_desktop.printing.dossier import dossier
out = Path(sys.argv[1])
for paper in ("A4", "A3"):
    for kind in SAMPLE_KINDS:
        (out / f"{kind}-{paper}.pdf").write_bytes(render_sample(kind, paper))
(out / "dossier-240-A4.pdf").write_bytes(dossier(sample_dossier(attendees_per_meeting=240)))
"""


def render(package_root: Path, out: Path) -> None:
    out.mkdir(parents=True)
    subprocess.run([sys.executable, "-c", _RENDER, str(out)], check=True, cwd=package_root,
                   env={"PYTHONPATH": str(package_root), "PATH": "/usr/bin:/bin"})


def reference_tree(ref: str, into: Path) -> Path:
    """A copy of the working tree's package with the renderer modules from ``ref``."""
    shutil.copytree(ROOT / "lufeng_desktop", into / "lufeng_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (into / "resources").symlink_to(ROOT / "resources")  # the font, rules
    for name in RENDERER:
        path = f"lufeng_desktop/printing/{name}.py"
        text = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=ROOT, check=True,
                              capture_output=True).stdout
        (into / path).write_bytes(text)
    return into


def pages_png(pdf: Path, folder: Path) -> list[bytes]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(folder / "p")], check=True)
    return [p.read_bytes() for p in sorted(folder.glob("p-*.png"))]


def compare(old: Path, new: Path, scratch: Path) -> list[str]:
    """One line per document: identical bytes, identical pixels, or what differs."""
    report = []
    for pdf in sorted(old.glob("*.pdf")):
        other = new / pdf.name
        if pdf.read_bytes() == other.read_bytes():
            report.append(f"same bytes   {pdf.name}")
            continue
        a = pages_png(pdf, scratch / f"old-{pdf.stem}")
        b = pages_png(other, scratch / f"new-{pdf.stem}")
        if len(a) != len(b):
            report.append(f"DIFFERENT    {pdf.name}: {len(a)} pages before, {len(b)} now")
        elif a != b:
            bad = [i + 1 for i, (x, y) in enumerate(zip(a, b)) if x != y]
            report.append(f"DIFFERENT    {pdf.name}: pixels differ on pages {bad}")
        else:
            report.append(f"same pixels  {pdf.name} ({len(a)} pages)")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default=REF)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        render(reference_tree(args.ref, scratch / "ref"), scratch / "old")
        render(ROOT, scratch / "new")
        report = compare(scratch / "old", scratch / "new", scratch)
    print("\n".join(report))
    return 1 if any(line.startswith("DIFFERENT") for line in report) else 0


if __name__ == "__main__":
    sys.exit(main())
