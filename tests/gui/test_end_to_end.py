"""One clerk's first day, through the screens: first start → create the village → groups, households,
people (Chinese typed with setText) → a demonstration site's 五有 → search by pinyin → export and read back."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtGui import QColor, QImage
from qt_wait import press_save, wait_idle

from lufeng_desktop.core.idcard import make_id_number

pytestmark = pytest.mark.gui


def test_first_day_of_a_village_clerk(qtbot, isolated_data_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.core.roles import ChecklistStatus
    from lufeng_desktop.core.rules import load_five_haves
    from lufeng_desktop.gui.dialogs.export_xlsx import export_table
    from lufeng_desktop.gui.dialogs.first_start import FirstStartDialog
    from lufeng_desktop.gui.main_window import MainWindow

    wizard = FirstStartDialog(isolated_data_dir, "测试文书")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.create_button.click()
    wizard.code_edit.setText("441581004201")
    wizard.name_edit.setText("新寮村")
    wizard.create_ok.click()
    wait_idle()
    store = wizard.store
    assert store is not None
    try:
        window = MainWindow(store, "测试文书")
        qtbot.addWidget(window)
        window.show()
        wait_idle()
        page = window.register_page
        assert "新寮村" in window.village_label.text()

        for number in (1, 2):
            dialog = page.add_group()
            dialog.name.setText(f"第{number}村民小组")
            assert press_save(dialog)
        village = page.villages()[0]
        assert [g.name for g in village.groups] == ["第1村民小组", "第2村民小组"]

        dialog = page.add_household()
        dialog.group.setCurrentIndex(0)
        dialog.number.setText("0101")
        dialog.address.setText("新寮村东一巷 3 号")
        assert press_save(dialog)

        region = "441581"
        people = [("张三", date(1980, 5, 1), "男", "户主"), ("李四", date(1982, 7, 9), "女", "配偶")]
        for sequence, (name, birth, gender, relation) in enumerate(people):
            dialog = page.add_person()
            dialog.name.setText(name)
            dialog.id_number.setText(make_id_number(region, birth, sequence, gender))
            dialog.group.setCurrentIndex(1)  # 第1村民小组 (index 0 is "none")
            wait_idle()  # the households of the group load in the background
            dialog.household.setCurrentIndex(1)
            dialog.relation.setCurrentText(relation)
            assert press_save(dialog)

        # A mistyped ID number is explained next to the field, and nothing is saved.
        dialog = page.add_person()
        dialog.name.setText("王五")
        dialog.id_number.setText(make_id_number(region, date(1990, 1, 1), 3, "男")[:-1] + "0")
        assert not press_save(dialog)
        assert dialog.isVisible() and "校验" in dialog.errors.text("id_number")
        dialog.reject()

        people_model = page.models["people"]
        assert people_model.rowCount() == 2
        households = page.models["households"]
        page.tabs.setCurrentIndex(1)
        wait_idle()
        assert households.record(0).head_name == "张三" and households.record(0).members == 2
        page.tabs.setCurrentIndex(0)

        # 示范点: make group 1 a demonstration site, mark all five, attach a photo.
        sites_page = window.show_section("sites")
        wait_idle()
        sites_page.new_group.setCurrentIndex(sites_page.new_group.findText("新寮村 第1村民小组"))
        sites_page.new_button.click()
        wait_idle()
        editor = sites_page.checklist
        assert editor.site_id is not None
        codes = [c.code for c in load_five_haves()]
        for code in codes:
            editor.set_status(code, str(ChecklistStatus.MET), date(2026, 5, 1))
        sites_page.save_checklist.click()
        wait_idle()
        photo = tmp_path / "sign.png"
        image = QImage(40, 30, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        assert image.save(str(photo))
        editor.attach_photo(codes[0], photo)
        wait_idle()
        assert editor.thumbnail_loaded(codes[0])
        assert sites_page.sites_model.rows[0].all_met
        assert "1" in sites_page.summary_label.text()
        assert sites_page.village_summary.rows[0].complete == 1

        # Search by pinyin initials.
        window.show_section("register")
        page.search.setText("zs")
        qtbot.waitUntil(lambda: not page._search_timer.isActive(), timeout=2000)
        wait_idle()
        assert [people_model.record(r).name for r in range(people_model.rowCount())] == ["张三"]

        # Export the table on screen and read it back.
        target = tmp_path / "人员.xlsx"
        export_table(page, store, "people", page.current_filter("people"), path=target)
        wait_idle()
        sheet = openpyxl.load_workbook(target).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        assert "姓名" in rows[0]
        name_col = rows[0].index("姓名")
        assert [r[name_col] for r in rows[1:]] == ["张三"]
        window.close()
    finally:
        store.dispose()
