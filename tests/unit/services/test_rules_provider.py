"""Rules received from the town take effect in the village's workflow; bad ones are refused and the bundled rules stay."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cli_runner import run_cli
from rules_kit import bundled_rules, town_return_with, with_deadline_days

from lufeng_desktop.core import rules
from lufeng_desktop.services import matter_gui_support, matters, rules_provider


@pytest.fixture(autouse=True)
def bundled_afterwards() -> Iterator[None]:
    """The rules in force are process-wide: every test leaves the bundled ones in force."""
    yield
    rules_provider.activate(None)


def test_a_changed_deadline_from_the_town_is_used_by_the_workflow(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    received_on = date(2026, 3, 2)
    bundled_due = matter_gui_support.objection_reply_due(received_on)
    bundled_days = matters.deadline("objection_reply").days
    edited = town_return_with(world, 0, with_deadline_days("objection_reply", bundled_days + 20), tmp_path)

    report = world.village_import(0, edited)

    assert [f.status for f in report.files] == ["applied"], report.files[0].message
    state = rules_provider.in_force()
    assert state.source == "received" and "deadlines.toml" in state.files
    assert matters.deadline("objection_reply").days == bundled_days + 20
    assert matter_gui_support.objection_reply_due(received_on) > bundled_due
    # a fresh process (the command line) on that village's folder uses them too and says so
    status = run_cli("handover-status", "--json", data_dir=world.villages[0].data_dir).json()
    assert status["rules"]["source"] == "received" and status["rules"]["bundle"] == state.bundle
    # the town going back to the bundled rules puts them back in force
    back = town_return_with(world, 0, bundled_rules(), tmp_path / "back")
    assert world.village_import(0, back).files[0].status == "applied"
    assert rules_provider.in_force().source == "bundled" and matters.deadline("objection_reply").days == bundled_days
    assert len(list(rules_provider.reference_dir(world.villages[0].data_dir).glob("rules-*"))) == 1
    # the other village, which received nothing, still works with the bundled rules
    assert rules_provider.activate(world.villages[1].data_dir).source == "bundled"
    assert matters.deadline("objection_reply").days == bundled_days


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda t: t.replace("days = 10", "days = \"ten\"", 1), "deadlines.toml"),
        (lambda t: t + "\n[deadlines.broken\n", "deadlines.toml"),
        (lambda t: t.replace("[deadlines.meeting_notice]", "[deadlines.meeting_notice_renamed]", 1), "meeting_notice"),
    ],
    ids=["wrong-type", "not-toml", "drops-a-needed-deadline"],
)
def test_a_malformed_rules_file_refuses_the_bundle_and_the_bundled_rules_stay(world, tmp_path: Path, damage, words) -> None:  # type: ignore[no-untyped-def]
    files = bundled_rules()
    files["rules/deadlines.toml"] = damage(files["rules/deadlines.toml"])
    before = matters.deadline("meeting_notice")
    edited = town_return_with(world, 0, files, tmp_path)

    report = world.village_import(0, edited)

    (result,) = report.files
    assert result.status == "rejected"
    assert "规则" in result.message and "rules" in result.message and words in result.message
    assert rules_provider.activate(world.villages[0].data_dir).source == "bundled"
    assert matters.deadline("meeting_notice") == before
    assert not any(p.name.startswith("rules-") for p in rules_provider.reference_dir(world.villages[0].data_dir).glob("*"))


def test_an_installed_set_that_was_altered_on_disk_is_not_used(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    edited = town_return_with(world, 0, with_deadline_days("posting_period", 9), tmp_path)
    assert world.village_import(0, edited).files[0].status == "applied"
    assert matter_gui_support.default_period()[0] == 9
    (installed,) = rules_provider.reference_dir(world.villages[0].data_dir).glob("rules-*/deadlines.toml")
    installed.write_text(installed.read_text("utf-8").replace("days = 9", "days = 99"), "utf-8")

    state = rules_provider.activate(world.villages[0].data_dir)

    assert state.source == "bundled" and "deadlines.toml" in state.problem
    assert matter_gui_support.default_period()[0] == matters.deadline("posting_period").days != 99
    assert rules.rules_file("deadlines.toml") == rules.bundled_file("deadlines.toml")
