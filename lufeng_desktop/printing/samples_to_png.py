"""Render page 1 of every sample document to ``FOLDER/doc-<kind>.png`` (``make screenshots``).

Usage: ``python -m lufeng_desktop.printing.samples_to_png docs/screenshots [--dpi 60] [--paper A4]``.
Uses poppler's ``pdftoppm`` (the same raster a clerk's PDF viewer shows); the PDFs
are written next to the PNGs so a reviewer can open the real file too.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from lufeng_desktop.printing.samples import SAMPLE_KINDS, render_sample


def render_all(folder: Path, *, dpi: int = 60, paper: str = "A4",
               kinds: tuple[str, ...] = SAMPLE_KINDS) -> list[Path]:
    """Write ``doc-<kind>.pdf`` and ``doc-<kind>.png`` (first page) for each kind."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise SystemExit("pdftoppm not found: install poppler-utils")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in kinds:
        stem = folder / f"doc-{kind}"
        pdf = stem.with_suffix(".pdf")
        pdf.write_bytes(render_sample(kind, paper))
        subprocess.run([tool, "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True)
        written.append(stem.with_suffix(".png"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--paper", default="A4", choices=("A4", "A3"))
    parser.add_argument("--kind", action="append", choices=SAMPLE_KINDS)
    args = parser.parse_args(argv)
    kinds = tuple(args.kind) if args.kind else SAMPLE_KINDS
    for path in render_all(args.folder, dpi=args.dpi, paper=args.paper, kinds=kinds):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
