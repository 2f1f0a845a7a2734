"""`make bench`: run every tests/perf/bench_*.py and print one table.

Each module exposes ``run() -> list[dict]`` with rows
``{name, value, unit, baseline?, note?}``; where a baseline was measured in the
same run the ratio is printed, so numbers stay comparable across machines.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        # The store benchmark generates the `lufeng` demo here; the GUI benchmark then reuses it.
        os.environ.setdefault("LUFENG_BENCH_LUFENG_DIR", str(Path(tmp) / "lufeng"))
        return _run_all(set(argv))


def _run_all(wanted: set[str]) -> int:
    rows: list[dict] = []
    # bench_store first: it generates the `lufeng` demo that later ones reuse.
    for path in sorted(HERE.glob("bench_*.py"), key=lambda p: (p.stem != "bench_store", p.stem)):
        if wanted and path.stem not in wanted:
            continue
        started = time.perf_counter()
        print(f"… {path.stem}", file=sys.stderr, flush=True)
        for row in _load(path).run():
            rows.append({"bench": path.stem, **row})
        print(f"  {path.stem} done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    _print(rows)
    (HERE.parent.parent / "build").mkdir(exist_ok=True)
    (HERE.parent.parent / "build" / "bench.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def _fmt(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.3f} {unit}".strip()
    return f"{value:,} {unit}".strip()


def _print(rows: list[dict]) -> None:
    header = ("measure", "value", "baseline", "ratio", "note")
    table = [header]
    for row in rows:
        baseline = row.get("baseline")
        ratio = f"{row['value'] / baseline:.2f}×" if baseline else ""
        table.append((row["name"], _fmt(row["value"], row.get("unit", "")), _fmt(baseline, row.get("unit", "")), ratio, row.get("note", "")))
    widths = [max(len(str(r[i])) for r in table) for i in range(len(header))]
    for i, row in enumerate(table):
        print(" | ".join(str(cell).ljust(widths[j]) for j, cell in enumerate(row)))
        if i == 0:
            print("-+-".join("-" * w for w in widths))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
