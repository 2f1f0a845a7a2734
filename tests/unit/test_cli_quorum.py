"""``python -m lufeng_desktop quorum`` as a clerk's script would run it (a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LUFENG_DATA_DIR": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "lufeng_desktop", "quorum", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=60,
    )


def _json(tmp_path: Path, *args: str) -> dict[str, Any]:
    result = _run(tmp_path, *args, "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_passing_vote_as_json(tmp_path: Path) -> None:
    data = _json(tmp_path, "--body", "representatives_meeting", "--base", "45", "--present", "30", "--yes", "16", "--no", "10", "--abstain", "4")
    assert data["valid"] is True and data["passed"] is True
    assert (data["body"], data["rule_set"], data["base"], data["present"], data["yes"]) == ("representatives_meeting", "village_law", 45, 30, 16)
    assert (data["quorum_needed"], data["yes_needed"]) == (30, 16)
    assert data["reasons"] == [
        "应到 45 人，实到 30 人，达到 2/3 以上（至少 30 人），会议有效",
        "同意 16 票，超过实到人数的半数（至少 16 票），决议通过",
    ]
    assert data["quorum_rule"]["source"] == "村民委员会组织法 第二十六条"


@pytest.mark.parametrize(
    ("args", "valid", "passed"),
    [
        (["--body", "party_congress", "--base", "40", "--present", "40", "--yes", "20"], True, False),
        (["--body", "party_congress", "--base", "40", "--present", "26", "--yes", "26", "--rule-set", "party_two_thirds_attendance"], False, False),
        (["--body", "collective_members_meeting", "--base", "900", "--present", "900", "--yes", "600", "--rule-set", "collective_economy_2025"], True, True),
        (["--body", "representatives_meeting", "--base", "45", "--present", "30", "--yes", "29", "--rule-set", "land_contract_two_thirds"], True, False),
    ],
)
def test_failed_vote_still_exits_zero(tmp_path: Path, args: list[str], valid: bool, passed: bool) -> None:
    data = _json(tmp_path, *args)
    assert (data["valid"], data["passed"]) == (valid, passed)


def test_chinese_body_name_is_accepted(tmp_path: Path) -> None:
    data = _json(tmp_path, "--body", "村民代表会议", "--base", "45", "--present", "29", "--yes", "20")
    assert data["body"] == "representatives_meeting"
    assert data["valid"] is False
    assert "会议无效" in data["reasons"][0]


def test_human_output_prints_the_reasons(tmp_path: Path) -> None:
    result = _run(tmp_path, "--body", "villagers_meeting_households", "--base", "300", "--present", "200", "--yes", "101")
    assert result.returncode == 0, result.stderr
    assert "应到 300 户，实到 200 户，达到 2/3 以上（至少 200 户），会议有效" in result.stdout
    assert "决议通过" in result.stdout


def test_list_bodies(tmp_path: Path) -> None:
    data = _json(tmp_path, "--list-bodies")
    assert len(data["bodies"]) == 11
    assert {"village_law", "collective_economy_2025", "land_contract_two_thirds", "party_two_thirds_attendance", "village_law_merge_1_2"} == {s["code"] for s in data["rule_sets"]}
    human = _run(tmp_path, "--list-bodies")
    assert human.returncode == 0 and "residents_meeting" in human.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--body", "nonexistent", "--base", "45", "--present", "30", "--yes", "16"], "nonexistent"),
        (["--body", "representatives_meeting", "--base", "45", "--present", "30", "--yes", "16", "--rule-set", "ghost"], "ghost"),
        (["--body", "representatives_meeting", "--base", "45", "--present", "46", "--yes", "16"], "实到 46"),
        (["--body", "representatives_meeting", "--base", "45", "--present", "30", "--yes", "31"], "超过实到"),
        (["--body", "representatives_meeting", "--base", "45", "--present", "30", "--yes", "-1"], "负数"),
        (["--body", "villagers_meeting_households", "--base", "300", "--present", "200", "--yes", "150", "--rule-set", "land_contract_two_thirds"], "不适用"),
        (["--body", "representatives_meeting", "--base", "45"], "--present"),
    ],
)
def test_impossible_requests_fail_with_one_sentence(tmp_path: Path, args: list[str], fragment: str) -> None:
    result = _run(tmp_path, *args, "--json")
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr
