"""Excel exchange with real .xlsx files: a clerk's messy sheet in, every table out, nothing half-imported."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, make_id_number
from lufeng_desktop.services import queries as q
from lufeng_desktop.services import register
from lufeng_desktop.services.uow import reading
from lufeng_desktop.services.xlsx_cells import parse_date
from lufeng_desktop.services.xlsx_export import TABLES, export_xlsx
from lufeng_desktop.services.xlsx_import import import_people_xlsx
from lufeng_desktop.store import models as m

TODAY = date(2026, 11, 26)
FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
ZHANG = make_id_number(LUFENG_REGION_CODE, date(1985, 3, 2), 7, "男")
LI = make_id_number(LUFENG_REGION_CODE, date(1987, 6, 9), 3, "女")
WANG = make_id_number(LUFENG_REGION_CODE, date(2001, 12, 30), 4, "男")
BAD_CHECK = ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def messy_sheet(path: Path, *, bad: bool) -> Path:
    """Title row, a blank row, headers with stray spaces; rows 4.. are people (numbered as Excel shows them)."""
    rows: list[list[object]] = [
        ["新寮村户籍人员花名册（2026年）"],
        [],
        [" 姓 名 ", "性别", "出生日期", "公民身份号码", "手机", "户号", "村民小组", "与户主关系", "备注"],
        ["张 三", "男", "1985.3.2", ZHANG.translate(FULLWIDTH), "１３８ ００１３ ８０００", "0101", "第1村民小组", "户主", ""],
        ["李四", "女", "1987-06-09", LI, "", "0101", "1组", "配偶", "  低保户 "],
        ["王五", "", "20011230", WANG, "", "0102", "第二组", "户主", ""],
        ["赵六", "男", datetime(1960, 1, 15), "", "", "0102", "2", "父母", ""],
        [],
    ]
    if bad:
        rows += [
            ["钱七", "男", "", BAD_CHECK, "", "", "", "", ""],  # row 9: check digit
            ["孙八", "女", "1990.2.30", "", "", "", "", "", ""],  # row 10: no such date
            ["周九", "男", "", ZHANG, "", "", "", "", ""],  # row 11: same ID as row 4
        ]
    return write_sheet(path, rows)


@pytest.fixture
def village(village_store):  # type: ignore[no-untyped-def]
    with reading(village_store) as session:
        village_id = session.scalars(select(m.Village.id)).one()
    return village_store, village_id


def _people(store) -> int:  # type: ignore[no-untyped-def]
    with reading(store) as session:
        return int(session.scalar(select(func.count()).select_from(m.Person)) or 0)


def test_a_bad_row_means_nothing_is_imported(village, tmp_path: Path) -> None:
    store, village_id = village
    path = messy_sheet(tmp_path / "名册.xlsx", bad=True)
    report = import_people_xlsx(store, store.actor("测试"), path, village_id=village_id, today=TODAY)
    assert report.imported == 0 and _people(store) == 0
    assert report.header_row == 3
    by_row = {r.row: r for r in report.rejected}
    assert sorted(by_row) == [9, 10, 11]
    assert by_row[9].column == "公民身份号码" and "校验" in by_row[9].reason
    assert by_row[10].column == "出生日期" and "不存在" in by_row[10].reason
    assert by_row[11].column == "公民身份号码" and "第 4 行" in by_row[11].reason and "同一人" in by_row[11].reason


def test_only_good_imports_the_good_rows_with_households(village, tmp_path: Path) -> None:
    store, village_id = village
    path = messy_sheet(tmp_path / "名册.xlsx", bad=True)
    report = import_people_xlsx(store, store.actor("测试"), path, village_id=village_id, only_good=True, today=TODAY)
    assert report.imported == 4 and len(report.rejected) == 3
    assert (report.groups_created, report.households_created) == (2, 2)
    people = {r.name: r for r in q.page_people(store, q.RegisterFilter(village_id=village_id), 0, 100)}
    assert set(people) == {"张三", "李四", "王五", "赵六"}
    zhang = people["张三"]
    assert zhang.id_number == ZHANG and zhang.phone == "13800138000" and zhang.birth_date == date(1985, 3, 2)
    assert people["李四"].household_id == zhang.household_id and people["李四"].group_name == "第1村民小组"
    assert people["王五"].gender == "男" and people["王五"].birth_date == date(2001, 12, 30)  # from the ID number
    assert people["王五"].group_name == "第2村民小组" and people["赵六"].household_number == "0102"
    assert people["李四"].notes == "低保户"
    again = import_people_xlsx(store, store.actor("测试"), path, village_id=village_id, only_good=True, today=TODAY)
    assert again.imported == 0 and {r.row for r in again.rejected} == {4, 5, 6, 7, 9, 10, 11}  # 4–7 already registered
    with reading(store) as session:
        actions = session.scalars(select(m.AuditEntry.action).where(m.AuditEntry.action == "register.import_xlsx")).all()
    assert len(actions) == 1  # one transaction; the second run wrote nothing


def test_mapping_overrides_unknown_headers(village, tmp_path: Path) -> None:
    store, village_id = village
    path = write_sheet(tmp_path / "a.xlsx", [["名", "证"], ["林一", LI]])
    with pytest.raises(ValidationError):
        import_people_xlsx(store, store.actor("测试"), path, village_id=village_id, today=TODAY)
    report = import_people_xlsx(store, store.actor("测试"), path, village_id=village_id,
                                mapping={"name": "A", "id_number": "证"}, today=TODAY)
    assert report.imported == 1 and report.mapping == {"name": "A", "id_number": "B"}


def test_not_an_excel_file(village, tmp_path: Path) -> None:
    store, village_id = village
    path = tmp_path / "名册.xlsx"
    path.write_text("姓名,性别\n张三,男\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="xlsx"):
        import_people_xlsx(store, store.actor("测试"), path, village_id=village_id)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1985.3.2", date(1985, 3, 2)), ("1985-03-02", date(1985, 3, 2)), ("19850302", date(1985, 3, 2)),
     ("1985年3月2日", date(1985, 3, 2)), ("１９８５/３/２", date(1985, 3, 2)), (datetime(1985, 3, 2), date(1985, 3, 2)),
     (19850302, date(1985, 3, 2)), (31108, date(1985, 3, 2)), ("", None)],
)  # fmt: skip
def test_date_styles(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_export_reads_back_with_injection_neutralised(village, tmp_path: Path) -> None:
    store, village_id = village
    actor = store.actor("测试")
    group = register.add_group(store, actor, village_id=village_id, number=1)
    register.add_person(store, actor, village_id=village_id,
                        data=register.PersonInput(name="张三", id_number=ZHANG, group_id=group, notes="=1+2"))
    register.add_person(store, actor, village_id=village_id,
                        data=register.PersonInput(name="李四", gender="女", group_id=group, notes="@SUM(A1)"))
    out = tmp_path / "out" / "人员.xlsx"
    assert export_xlsx(store, "people", out) == 2
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    header = [c.value for c in sheet[1]]
    rows = {r[header.index("姓名")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["张三"][header.index("身份证号")] == ZHANG
    assert rows["张三"][header.index("备注")] == "'=1+2" and rows["李四"][header.index("备注")] == "'@SUM(A1)"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert import_people_xlsx(store, actor, out, village_id=village_id, only_good=True).imported == 0  # both registered
    other = register.init_village(store, actor, village_code="441581004202", village_name="新田村")
    report = import_people_xlsx(store, actor, out, village_id=other)  # the guard comes off again on import
    assert report.imported == 2 and report.rejected == []
    notes = {r.name: r.notes for r in q.page_people(store, q.RegisterFilter(village_id=other), 0, 10)}
    assert notes == {"张三": "=1+2", "李四": "@SUM(A1)"}
    for table in TABLES:
        assert export_xlsx(store, table, tmp_path / f"{table}.xlsx") >= 0
        assert load_workbook(tmp_path / f"{table}.xlsx").active.max_row >= 1
