"""Excel import dialog (bad rows listed, nothing half-imported) and the 示范点 models."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from qt_wait import wait_idle

from lufeng_desktop.core.idcard import make_id_number
from lufeng_desktop.services import queries

pytestmark = pytest.mark.gui


def _workbook(path, rows) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["新寮村人员花名册"])  # a title row above the header, as clerks' files have
    sheet.append(["序号", "姓名", "性别", "身份证号码", "组别", "户号"])
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_import_lists_bad_rows_then_imports_only_the_good_ones(qtbot, village_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.import_dialog import PAGE_MAPPING, PAGE_REPORT, ImportDialog

    village_id = queries.org_tree(village_store)[0].villages[0].id
    good = make_id_number("441581", date(1975, 3, 2), 1, "男")
    path = tmp_path / "花名册.xlsx"
    _workbook(path, [[1, "陈大文", "男", good, "1", "0101"], [2, "林小红", "女", "441581199001011234", "1", "0101"]])
    dialog = ImportDialog(village_store, "测试文书", village_id=village_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_edit.setText(str(path))
    dialog.next_button.click()
    wait_idle()
    assert dialog.pages.currentIndex() == PAGE_MAPPING
    assert dialog.mapping()["name"] == "B" and dialog.mapping()["id_number"] == "D"
    dialog.check_button.click()
    wait_idle()
    assert dialog.pages.currentIndex() == PAGE_REPORT
    assert queries.count_people(village_store) == 0  # one bad row: nothing written
    rejected = dialog.rejected_model.rows
    assert [(r.row, r.column) for r in rejected] == [(4, "身份证号码")]  # numbered as Excel shows it
    assert dialog.only_good_button.isVisibleTo(dialog)
    dialog.only_good_button.click()
    wait_idle()
    assert queries.count_people(village_store) == 1
    assert "1" in dialog.report_label.text()


def test_unreadable_file_is_explained(qtbot, village_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.import_dialog import PAGE_FILE, ImportDialog

    bad = tmp_path / "not-excel.xlsx"
    bad.write_text("hello", encoding="utf-8")
    dialog = ImportDialog(village_store, "测试文书", village_id="x")
    qtbot.addWidget(dialog)
    dialog.open_file(bad)
    wait_idle()
    assert dialog.pages.currentIndex() == PAGE_FILE
    assert ".xlsx" in dialog.file_error.text()


def test_site_models(qtmodeltester, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models.site_summary_model import SiteSummaryModel
    from lufeng_desktop.gui.models.sites_model import SitesModel
    from lufeng_desktop.services import sites

    model = SitesModel()
    rows = sites.list_sites(small_demo)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) > 0
    assert model.data(model.index(0, 3)) == f"{rows[0].met}/{rows[0].total}"
    summary = SiteSummaryModel()
    summary.set_rows(sites.site_summary(small_demo).by_village)
    qtmodeltester.check(summary)


def test_role_table_models(qtbot, qtmodeltester, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models.central_households_model import CentralHouseholdsModel
    from lufeng_desktop.gui.models.committee_model import CommitteeModel
    from lufeng_desktop.gui.models.grids_model import GridsModel
    from lufeng_desktop.gui.models.households_model import HouseholdsModel
    from lufeng_desktop.gui.models.party_members_model import PartyMembersModel
    from lufeng_desktop.gui.models.representatives_model import RepresentativesModel
    from lufeng_desktop.gui.models.supervisors_model import SupervisorsModel

    for cls in (HouseholdsModel, PartyMembersModel, RepresentativesModel, CommitteeModel, SupervisorsModel, GridsModel,
                CentralHouseholdsModel):  # fmt: skip
        model = cls(small_demo)
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.set_filter(queries.ALL)
        assert model.rowCount() > 0, cls.__name__
        qtmodeltester.check(model)
        wait_idle()
        assert model.data(model.index(0, 0)) not in (None, "", "…"), cls.__name__
