"""``import-xlsx`` / ``export-xlsx`` through the real command line in a subprocess."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cli_runner import run_cli
from openpyxl import Workbook, load_workbook

from lufeng_desktop.cli.xlsx import TABLE_NAMES
from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, make_id_number
from lufeng_desktop.services.xlsx_export import TABLES

GOOD = make_id_number(LUFENG_REGION_CODE, date(1985, 3, 2), 7, "男")


def _sheet(path: Path, *, bad: bool) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["花名册"])
    sheet.append(["姓名", "身份证号", "村民小组", "户号"])
    sheet.append(["张三", GOOD, "1", "0101"])
    sheet.append(["李四", GOOD[:-1] + ("1" if GOOD[-1] != "1" else "2") if bad else "", "1", "0101"])
    workbook.save(path)
    return path


def test_import_is_all_or_nothing_then_only_good(tmp_path: Path, isolated_data_dir: Path) -> None:
    assert run_cli("init", "--village", "441581004201", "--name", "新寮村").code == 0
    path = _sheet(tmp_path / "名册.xlsx", bad=True)
    refused = run_cli("import-xlsx", path, "--json")
    assert refused.code == 1
    report = refused.json()
    assert report["imported"] == 0
    assert report["rejected"] == [{"row": 4, "column": "身份证号", "reason": report["rejected"][0]["reason"]}]
    assert "校验" in report["rejected"][0]["reason"]
    assert run_cli("stats", "--json").json()["people"] == 0
    partial = run_cli("import-xlsx", path, "--only-good", "--json", "--village", "441581004201")
    assert partial.code == 0 and partial.json()["imported"] == 1
    assert run_cli("stats", "--json").json()["people"] == 1
    out = tmp_path / "人员.xlsx"
    exported = run_cli("export-xlsx", "--table", "people", "--out", out)
    assert exported.code == 0, exported.stderr
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("村（社区）", "村民小组", "户号", "姓名") and rows[1][3] == "张三" and rows[1][7] == GOOD
    assert run_cli("check").code == 0


def test_failures_are_one_sentence(tmp_path: Path, isolated_data_dir: Path) -> None:
    run_cli("init", "--village", "441581004201", "--name", "新寮村")
    run_cli("import-xlsx", tmp_path / "missing.xlsx").assert_one_sentence_failure()
    run_cli("import-xlsx", _sheet(tmp_path / "a.xlsx", bad=False), "--village", "441581009999").assert_one_sentence_failure()
    run_cli("export-xlsx", "--table", "people", "--out", tmp_path / "x.xlsx", "--village", "1").assert_one_sentence_failure()


def test_cli_table_names_match_the_exporter() -> None:
    assert tuple(sorted(TABLES)) == TABLE_NAMES
