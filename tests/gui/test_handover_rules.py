"""The village's 同步与交接 page says which rules are in force: the bundled ones, or the town's from a given date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from qt_wait import wait_idle
from rules_kit import town_return_with, with_deadline_days

from lufeng_desktop.gui.pages.handover_page import HandoverPage
from lufeng_desktop.services import rules_provider


@pytest.fixture(autouse=True)
def bundled_afterwards() -> Iterator[None]:
    yield
    rules_provider.activate(None)


def test_the_village_page_names_the_rules_in_force(qtbot, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = HandoverPage(world.villages[0], "测试文书")
    qtbot.addWidget(page)
    page.show()
    wait_idle()
    assert page.tr("Rules in force: those bundled with this program") in page.status_label.text()
    edited = town_return_with(world, 0, with_deadline_days("posting_period", 9), tmp_path)
    page.add_folder(edited.parent)
    page.select_medium(edited.parent)
    page.import_from_medium()
    wait_idle()
    received = rules_provider.in_force()
    assert received.source == "received"
    expected = page.tr("Rules in force: received from the town on {0} ({1})").format(received.received_at.replace("T", " ")[:16],
                                                                                      ", ".join(received.files))  # fmt: skip
    assert expected in page.status_label.text()
    page.report_dialog.close()
