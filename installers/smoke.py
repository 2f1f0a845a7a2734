"""Smoke-test a built bundle as a clerk would use it: ``python installers/smoke.py [dist/lufeng_desktop]``.

Every check runs the frozen program in a subprocess on fresh data folders in a temporary directory (headless,
``QT_QPA_PLATFORM=offscreen``) and looks at what a user would see: exit codes, counts, PDFs with Chinese text
and the embedded font, an Excel file, a USB handover round trip between a village and its town, and a
screenshot of the GUI opened on a demo database. Prints PASS/FAIL per check and exits 1 if any failed.

Needs only the standard library (pypdf and openpyxl are used when installed, for a closer look).
``--compare-source N`` also times N cold GUI starts of the bundle against the source tree (``.venv``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HOOK = ROOT / "installers" / "pyinstaller" / "rthook_smoke_screenshot.py"
CJK = re.compile(r"[\u4e00-\u9fff]")
VILLAGE, TOWN = "441581004201", "441581004"


class Failed(Exception):
    """A check saw something a user would not accept."""


def expect(condition: object, message: str) -> None:
    if not condition:
        raise Failed(message)


class Smoke:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle, self.work = bundle, work
        self.exe = bundle / ("lufeng_desktop.exe" if os.name == "nt" else "lufeng_desktop")
        self.internal = bundle / "_internal"
        self.results: list[tuple[str, bool, float, str]] = []
        home = work / "home"  # a fresh user: no settings or fonts from the build machine's account
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("LUFENG_")},
            "QT_QPA_PLATFORM": "offscreen", "LUFENG_NO_ERROR_DIALOGS": "1", "LUFENG_USER": "smoke",
            "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
        }  # fmt: skip

    # -- running ---------------------------------------------------------------------------------
    def run(self, *args: object, data: Path | None = None, ok: bool = True, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        argv = [str(self.exe), *map(str, args)] + (["--data-dir", str(data)] if data else [])
        done = subprocess.run(argv, capture_output=True, text=True, env=self.env, timeout=timeout, check=False)
        if ok and done.returncode != 0:
            raise Failed(f"`{' '.join(argv[1:])}` exited {done.returncode}: {(done.stderr or done.stdout).strip()[-800:]}")
        expect("Traceback" not in done.stderr, f"traceback from `{' '.join(argv[1:])}`:\n{done.stderr[-1500:]}")
        return done

    def json(self, *args: object, data: Path | None = None) -> Any:
        return json.loads(self.run(*args, "--json", data=data).stdout)

    def check(self, name: str, body: Callable[[], str | None]) -> None:
        start = time.perf_counter()
        try:
            note, passed = body() or "", True
        except (Failed, subprocess.TimeoutExpired, json.JSONDecodeError, OSError, sqlite3.Error) as exc:
            note, passed = f"{type(exc).__name__}: {exc}" if not isinstance(exc, Failed) else str(exc), False
        seconds = time.perf_counter() - start
        self.results.append((name, passed, seconds, note))
        print(f"{'PASS' if passed else 'FAIL'}  {name:<22} {seconds:6.1f} s  {note}", flush=True)

    # -- the checks --------------------------------------------------------------------------------
    def contents(self) -> str:
        expect(self.exe.is_file(), f"no program at {self.exe}")
        wanted = [
            "resources/fonts/LXGWWenKai-Regular.ttf", "resources/fonts/OFL.txt", "resources/rules/rule_sets.toml",
            "resources/translations/lufeng_zh_CN.qm", "lufeng_desktop/store/migrations/env.py",
            "PySide6/Qt/plugins/platforms", "PySide6/Qt/plugins/imageformats", "PySide6/Qt/plugins/printsupport",
            "PySide6/Qt/translations/qtbase_zh_CN.qm", "pypinyin/pinyin_dict.json",
        ]  # fmt: skip
        missing = [w for w in wanted if not (self.internal / w).exists()]
        expect(not missing, f"missing from the bundle: {missing}")
        plugins = {p.stem.removeprefix("lib") for p in (self.internal / "PySide6/Qt/plugins/platforms").iterdir()}
        expect({"qoffscreen", "qxcb"} <= plugins or "qwindows" in plugins, f"platform plugins: {sorted(plugins)}")
        shipped = sorted(p.name for p in (self.internal / "lufeng_desktop/store/migrations/versions").glob("*.py"))
        source = sorted(p.name for p in (ROOT / "lufeng_desktop/store/migrations/versions").glob("*.py"))
        expect(not source or shipped == source, f"bundle migrations {shipped} differ from the source tree {source}: rebuild")
        size = sum(f.stat().st_size for f in self.bundle.rglob("*") if f.is_file() and not f.is_symlink())
        return f"{size / 2**20:.0f} MiB, {len(shipped)} migrations"

    def version(self) -> str:
        out = self.run("--version").stdout.strip()
        expect(re.fullmatch(r"lufeng-desktop \d+\.\d+\.\d+\S*", out), f"--version printed {out!r}")
        return out

    def init_village(self) -> str:
        data = self.work / "village"
        out = self.run("init", "--village", VILLAGE, "--name", "新寮村", data=data).stdout
        expect("新寮村" in out, f"init said {out!r}")
        head = max(p.stem for p in (self.internal / "lufeng_desktop/store/migrations/versions").glob("*.py"))
        with sqlite3.connect(data / "lufeng.db") as db:
            (revision,) = db.execute("select version_num from alembic_version").fetchone()
        expect(revision == head, f"schema revision {revision}, the bundle's newest migration is {head}")
        self.run("check", data=data)
        return f"schema {revision}"

    def demo(self) -> str:
        data = self.work / "demo"
        self.run("demo", "--scale", "small", data=data)
        stats = self.json("stats", data=data)
        expect(stats.get("villages") == 3 and stats.get("people", 0) > 500, f"stats after demo: {stats}")
        report = self.json("check", data=data)
        expect(report.get("ok"), f"check found problems: {report.get('problems')}")
        return f"{stats['people']} people, {report['rows']} rows checked"

    def quorum(self) -> str:
        verdict = self.json("quorum", "--body", "村民代表会议", "--base", 45, "--present", 30, "--yes", 16)
        expect(verdict["valid"] and verdict["passed"] and verdict["quorum_needed"] == 30, f"quorum verdict: {verdict}")
        return "rules TOML loaded"

    def pdf_text(self, path: Path) -> str:
        raw = path.read_bytes()
        expect(raw.startswith(b"%PDF") and b"%%EOF" in raw[-1024:], f"{path.name} is not a complete PDF")
        expect(b"LXGWWenKai" in raw and b"FontFile2" in raw, f"{path.name}: the LXGW WenKai font is not embedded")
        try:
            from pypdf import PdfReader
        except ImportError:
            return "(pypdf not installed: text not extracted)"
        return "".join(page.extract_text() or "" for page in PdfReader(path).pages)

    def printing(self) -> str:
        data, notes = self.work / "demo", []
        matters = self.json("matters", "list", data=data)["matters"]
        decided = [m for m in matters if m["stage"] in ("implementation", "result_disclosure", "ended", "archived")]
        expect(decided, f"no decided matter among stages {sorted({m['stage'] for m in matters})}")
        pdf = self.work / "resolution-notice.pdf"
        self.run("print", "resolution-notice", "--matter", decided[0]["id"], "--out", pdf, data=data)
        text = self.pdf_text(pdf)
        expect("pypdf" in text or ("决议" in text and decided[0]["title"][:4] in text), f"notice text: {text[:200]!r}")
        notes.append(f"notice {pdf.stat().st_size // 1024} KiB")
        with sqlite3.connect(data / "lufeng.db") as db:
            (group,) = db.execute("select group_id from demo_site where deleted_at is null limit 1").fetchone()
        sheet = self.work / "demo-site-checklist.pdf"
        self.run("print", "demo-site-checklist", "--group", group, "--out", sheet, data=data)
        text = self.pdf_text(sheet)
        expect("pypdf" in text or ("五有" in text and len(CJK.findall(text)) > 50), f"checklist text: {text[:200]!r}")
        notes.append(f"checklist {sheet.stat().st_size // 1024} KiB")
        return ", ".join(notes)

    def excel(self) -> str:
        data, out = self.work / "demo", self.work / "people.xlsx"
        self.run("export-xlsx", "--table", "people", "--out", out, data=data)
        people = self.json("stats", data=data)["people"]
        with zipfile.ZipFile(out) as book:
            expect("xl/workbook.xml" in book.namelist(), "export is not an .xlsx workbook")
        try:
            from openpyxl import load_workbook
        except ImportError:
            return "workbook written (openpyxl not installed: rows not counted)"
        sheet = load_workbook(out, read_only=True).worksheets[0]
        rows = [r for r in sheet.iter_rows(values_only=True) if any(v not in (None, "") for v in r)]
        expect(len(rows) - 1 == people, f"{len(rows) - 1} data rows in the workbook, {people} people in the database")
        expect(any(CJK.search(str(v)) for v in rows[1]), f"first row has no Chinese: {rows[1]}")
        return f"{people} rows"

    def handover(self) -> str:
        town, village, stick = self.work / "town", self.work / "village", self.work / "stick"
        stick.mkdir(exist_ok=True)
        enrol = self.work / "enrol.json"
        self.run("town-init", "--town", TOWN, data=town)
        made = self.json("enrol-file", "--village", VILLAGE, "--out", enrol, data=town)
        enrolled = self.json("enrol", enrol, data=village)
        expect(enrolled["fingerprint"] == made["fingerprint"], "the village enrolled with another town key")
        (bundle,) = self.json("export-bundle", "--out", stick, data=village)["files"]
        imported = self.json("import-bundle", bundle, data=town)
        expect(imported["summary"]["new"] >= 1, f"town import: {imported['summary']}")
        returned = self.json("export-bundle", "--out", stick, data=town)["files"]
        back = self.json("import-bundle", *returned, data=village)
        expect(back["files"][0]["counts"]["acknowledged"] == 1, f"acknowledgement: {back['files'][0]['counts']}")
        expect(self.json("handover-status", data=village)["waiting_for_ack"] == [], "village still waits for an ack")
        self.run("check", data=town)
        self.run("check", data=village)
        junk = stick / "junk.lfb"
        junk.write_bytes(b"not a bundle" * 20)
        failed = self.run("import-bundle", junk, "--json", data=town, ok=False)
        expect(failed.returncode == 1 and json.loads(failed.stdout)["summary"]["rejected"] == 1, "a junk file was not rejected")
        return f"{Path(bundle).name} {Path(bundle).stat().st_size} bytes; junk rejected"

    def decoding_worker(self) -> str:
        """Two villages' bundles in one town batch, the second decoded by the spawned worker: in the frozen program the
        worker is the program itself again (multiprocessing.freeze_support in __main__), and must not start a GUI."""
        town, stick = self.work / "worker-town", self.work / "worker-stick"
        stick.mkdir(exist_ok=True)
        self.run("town-init", "--town", TOWN, data=town)
        bundles = []
        for n, code in enumerate((f"{TOWN}301", f"{TOWN}302")):
            village, enrol = self.work / f"worker-village-{n}", self.work / f"worker-enrol-{n}.json"
            self.run("init", "--village", code, "--name", f"第{n + 1}村", data=village)
            self.json("enrol-file", "--village", code, "--out", enrol, data=town)
            self.json("enrol", enrol, data=village)
            bundles += self.json("export-bundle", "--out", stick, data=village)["files"]
        saved = self.env.get("LUFENG_DECODE_WORKER")
        self.env["LUFENG_DECODE_WORKER"] = "always"
        try:
            report = self.json("import-bundle", *bundles, data=town)
        finally:
            self.env.pop("LUFENG_DECODE_WORKER")
            if saved is not None:
                self.env["LUFENG_DECODE_WORKER"] = saved
        expect(report["summary"]["bundles_applied"] == 2, f"town batch: {report['summary']}")
        expect(report["decoded_by_worker"] == 1, f"the worker decoded {report['decoded_by_worker']} of the 2 bundles (expected 1)")
        self.run("check", data=town)
        return "2 bundles applied, 1 decoded by the worker process"

    def gui(self) -> str:
        shown, total, shot = self.gui_start([str(self.exe)], self.work / "gui.png")
        size = shot.stat().st_size
        expect(size > 30_000, f"the screenshot is only {size} bytes: an empty window?")
        return f"{shot} ({size // 1024} KiB); window shown after {shown:.2f} s, closed after {total:.2f} s"

    def gui_start(self, argv: list[str], shot: Path) -> tuple[float, float, Path]:
        """Cold start to a shown main window on the demo folder; returns (shown, exited) seconds and the picture."""
        shot.unlink(missing_ok=True)
        env = {**self.env, "LUFENG_SMOKE_SCREENSHOT": str(shot)}
        log = self.work / "demo" / "logs" / "lufeng.log"
        seen = log.stat().st_size if log.exists() else 0
        start = time.time()
        done = subprocess.run([*argv, "--data-dir", str(self.work / "demo")], capture_output=True, text=True, env=env, timeout=180, check=False)
        total = time.time() - start
        expect(done.returncode == 0, f"GUI exited {done.returncode}: {done.stderr.strip()[-800:]}")
        expect(shot.is_file(), "the GUI wrote no screenshot")
        facts = json.loads(Path(f"{shot}.json").read_text("utf-8"))
        expect(facts["title"] == "陆丰村务", f"window title {facts['title']!r}")
        # A missing font or Qt translation is only logged ("could not load the bundled font", "qtbase_zh_CN.qm not found").
        with log.open(encoding="utf-8") as text:
            text.seek(seen)
            complaints = [line.strip() for line in text if " WARNING " in line or " ERROR " in line or " CRITICAL " in line]
        expect(not complaints, f"the GUI logged: {complaints[:5]}")
        return facts["shown"] - start, total, shot

    def compare_source(self, rounds: int) -> str:
        python = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        source = [str(python), "-c", f"import runpy,sys; runpy.run_path({str(HOOK)!r}); "
                  "from lufeng_desktop.cli import main; sys.exit(main())"]  # fmt: skip
        frozen, tree = [], []
        for n in range(rounds):  # alternate, so both see the same machine load and page cache
            frozen.append(self.gui_start([str(self.exe)], self.work / f"frozen-{n}.png")[0])
            tree.append(self.gui_start(source, self.work / f"source-{n}.png")[0])
        f, s = statistics.median(frozen), statistics.median(tree)
        return f"median to shown window: bundle {f:.2f} s, source tree {s:.2f} s (ratio {f / s:.2f}; {rounds} runs each)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "lufeng_desktop")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (PDFs, workbook, screenshot)")
    parser.add_argument("--compare-source", type=int, metavar="N", default=0, help="also time N GUI cold starts against the source tree")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lufeng-smoke-") as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        smoke = Smoke(args.bundle.resolve(), work)
        smoke.check("bundle contents", smoke.contents)
        smoke.check("--version", smoke.version)
        smoke.check("init + check", smoke.init_village)
        smoke.check("demo small + stats", smoke.demo)
        smoke.check("quorum", smoke.quorum)
        smoke.check("print PDFs", smoke.printing)
        smoke.check("export-xlsx", smoke.excel)
        smoke.check("handover round trip", smoke.handover)
        smoke.check("decoding worker", smoke.decoding_worker)
        smoke.check("GUI screenshot", smoke.gui)
        if args.compare_source:
            smoke.check("cold start vs source", lambda: smoke.compare_source(args.compare_source))
        failed = [name for name, passed, _, _ in smoke.results if not passed]
        print(f"\n{len(smoke.results) - len(failed)}/{len(smoke.results)} checks passed" + (f"; FAILED: {', '.join(failed)}" if failed else ""))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
