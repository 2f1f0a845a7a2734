"""`lufeng-desktop matters list|show` as a clerk runs it: a real subprocess on a copy of the small demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from lufeng_desktop.store.database import Store

TODAY = "2026-11-26"  # the demo's reference date


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LUFENG_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "lufeng_desktop", "matters", *args], capture_output=True, text=True, env=env, timeout=60)


def _json(data_dir: Path, *args: str) -> Any:
    done = _run(data_dir, *args, "--json", "--today", TODAY)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_list_shows_every_stage_and_the_overdue_ones(small_demo: Store, isolated_data_dir: Path) -> None:
    small_demo.dispose()
    matters = _json(isolated_data_dir, "list")["matters"]
    assert {m["stage"] for m in matters} == {
        "proposal", "consultation", "review", "resolution", "resolution_disclosure", "implementation",
        "result_disclosure", "archived", "ended",
    }  # fmt: skip
    overdue = _json(isolated_data_dir, "list", "--overdue")["matters"]
    assert overdue and all(m["overdue"] for m in overdue)
    assert {m["stage"] for m in overdue} >= {"resolution_disclosure", "implementation"}  # late notice; unanswered objection


def test_show_gives_steps_votes_reasons_and_deadlines(small_demo: Store, isolated_data_dir: Path) -> None:
    small_demo.dispose()
    road = [m for m in _json(isolated_data_dir, "list")["matters"] if "村道硬化" in m["title"]][0]
    detail = _json(isolated_data_dir, "show", road["id"][:8])
    assert len(detail["items"]) == 3 and detail["row"]["total_fen"] == 44_250_000
    meeting = [s for s in detail["steps"] if s["kind"] == "resolution"][0]
    assert meeting["passed"] and meeting["base"] >= meeting["present"] > 0 and meeting["reasons"]
    assert meeting["quorum_base_kind"] == "composition"
    assert any(d["label"] == "实施结果公开" for d in detail["deadlines"])
    human = _run(isolated_data_dir, "show", road["id"], "--today", TODAY)
    assert human.returncode == 0 and "合计：442,500.00 元" in human.stdout and "会议有效" in human.stdout


def test_unknown_matter_is_one_sentence_and_exit_2(small_demo: Store, isolated_data_dir: Path) -> None:
    small_demo.dispose()
    done = _run(isolated_data_dir, "show", "ffffffff")
    assert done.returncode == 2 and "找不到事项" in done.stderr and "Traceback" not in done.stderr
