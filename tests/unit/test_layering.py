"""DESIGN.md §2: only gui/ may import PySide6; the other layers must load without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lufeng_desktop"


def test_non_gui_layers_do_not_load_qt() -> None:
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in ("core", "store", "services", "sync", "printing", "cli")
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        if "migrations" not in path.parts and path.name != "__main__.py"  # __main__ runs the program
    ]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print([m for m in sys.modules if m.startswith('PySide6')])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]"


def test_core_does_not_load_sqlalchemy_or_reportlab() -> None:
    modules = [".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts) for p in sorted((PACKAGE / "core").rglob("*.py"))]  # fmt: skip
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules)
    code += "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'reportlab', 'PySide6'}))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_only_gui_sources_mention_pyside6() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts[:1]
        and any(line.lstrip().startswith(("import PySide6", "from PySide6")) for line in path.read_text(encoding="utf-8").splitlines())
    ]
    assert offenders == []
