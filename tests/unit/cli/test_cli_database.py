"""The database subcommands end to end, including every kind of bad input a clerk can hit."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from cli_runner import run_cli
from hostile_fs import full_disk, read_only_folder

SMALL_COUNTS = {"towns": 1, "villages": 3, "groups": 10, "grids": 25, "party_branches": 2, "party_groups": 12,
                "central_households": 4, "demo_sites": 2}  # fmt: skip


def _copy_demo(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


def test_init_then_stats_and_check(tmp_path: Path) -> None:
    data = tmp_path / "village"
    made = run_cli("init", "--village", "４４１５８１００４２０１", "--name", " 新寮村 ", "--json", data_dir=data)
    assert made.code == 0, made.stderr
    assert made.json()["village_code"] == "441581004201"
    stats = run_cli("stats", "--json", data_dir=data).json()
    assert stats["towns"] == 1 and stats["villages"] == 1 and stats["people"] == 0
    checked = run_cli("check", data_dir=data)
    assert checked.code == 0 and "数据库完好" in checked.stdout


def test_init_refuses_a_bad_code_and_leaves_no_file(tmp_path: Path) -> None:
    data = tmp_path / "village"
    result = run_cli("init", "--village", "4415", "--name", "新寮村", data_dir=data)
    result.assert_one_sentence_failure()
    assert "12 位" in result.stderr
    assert not (data / "lufeng.db").exists()


def test_init_twice_does_not_overwrite(tmp_path: Path) -> None:
    data = tmp_path / "village"
    assert run_cli("init", "--village", "441581004201", "--name", "新寮村", data_dir=data).code == 0
    again = run_cli("init", "--village", "441581004202", "--name", "别村", data_dir=data)
    again.assert_one_sentence_failure()
    assert run_cli("stats", "--json", data_dir=data).json()["villages"] == 1


def test_demo_small_counts_and_is_deterministic(tmp_path: Path) -> None:
    first = run_cli("demo", "--scale", "small", "--seed", "7", "--json", data_dir=tmp_path / "a").json()["counts"]
    second = run_cli("demo", "--scale", "small", "--seed", "7", "--json", data_dir=tmp_path / "b").json()["counts"]
    other = run_cli("demo", "--scale", "small", "--seed", "8", "--json", data_dir=tmp_path / "c").json()["counts"]
    assert {k: first[k] for k in SMALL_COUNTS} == SMALL_COUNTS
    assert first == second
    assert other["people"] != first["people"]
    names = []
    for folder in ("a", "b"):
        connection = sqlite3.connect(tmp_path / folder / "lufeng.db")
        names.append(connection.execute("SELECT name, id_number FROM person ORDER BY id_number").fetchall())
        connection.close()
    assert names[0] == names[1]


def test_stats_and_check_on_the_small_demo(small_demo_template: Path, tmp_path: Path) -> None:
    data = _copy_demo(small_demo_template, tmp_path / "demo")
    stats = run_cli("stats", "--json", data_dir=data).json()
    assert {k: stats[k] for k in SMALL_COUNTS} == SMALL_COUNTS
    assert stats["people"] > 500 and stats["households"] > 100
    assert run_cli("check", "--json", data_dir=data).json()["ok"] is True


def test_check_finds_an_edit_that_bypassed_the_application(small_demo_template: Path, tmp_path: Path) -> None:
    data = _copy_demo(small_demo_template, tmp_path / "demo")
    connection = sqlite3.connect(data / "lufeng.db")
    connection.execute("UPDATE person SET name = '王五' WHERE rowid = 3")
    connection.commit()
    connection.close()
    result = run_cli("check", "--json", data_dir=data)
    assert result.code == 1
    problems = result.json()["problems"]
    assert any(p.startswith("person: 1 rows differ") for p in problems), problems


def test_backup_and_restore_round_trip_with_a_new_epoch(small_demo_template: Path, tmp_path: Path) -> None:
    data = _copy_demo(small_demo_template, tmp_path / "demo")
    saved = tmp_path / "备份" / "lufeng-backup.db"
    saved.parent.mkdir()
    result = run_cli("backup", "--out", saved, "--json", data_dir=data)
    assert result.code == 0, result.stderr
    assert not saved.with_name(saved.name + ".tmp").exists()
    connection = sqlite3.connect(saved)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained single file
    connection.close()

    run_cli("init", "--village", "441581004201", "--name", "新寮村", data_dir=tmp_path / "other")
    restored = run_cli("restore", saved, "--json", data_dir=tmp_path / "other")
    assert restored.code == 0, restored.stderr
    assert restored.json()["epoch"] == 2
    assert Path(restored.json()["previous_saved_as"]).exists()  # the replaced database was kept
    assert run_cli("stats", "--json", data_dir=tmp_path / "other").json()["villages"] == 3
    assert run_cli("check", data_dir=tmp_path / "other").code == 0


def test_every_command_on_a_missing_database(tmp_path: Path) -> None:
    for command in (("stats",), ("check",), ("backup", "--out", tmp_path / "x.db")):
        result = run_cli(*command, data_dir=tmp_path / "nothing-here")
        result.assert_one_sentence_failure()
        assert "找不到数据库" in result.stderr
    assert not (tmp_path / "nothing-here").exists()  # and no empty database was created


def test_a_non_database_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "lufeng.db").write_text("这是一份会议记录，不是数据库。", encoding="utf-8")
    for command in (("stats",), ("check",)):
        result = run_cli(*command, data_dir=data)
        result.assert_one_sentence_failure()
        assert "不是数据库文件" in result.stderr
    assert (data / "lufeng.db").read_text(encoding="utf-8") == "这是一份会议记录，不是数据库。"


def test_a_corrupt_database(small_demo_template: Path, tmp_path: Path) -> None:
    data = _copy_demo(small_demo_template, tmp_path / "demo")
    path = data / "lufeng.db"
    raw = bytearray(path.read_bytes())
    for offset in range(8192, len(raw), 4096):  # scribble over the start of every page after the first two
        raw[offset : offset + 16] = b"\xde\xad\xbe\xef" * 4
    path.write_bytes(bytes(raw))
    for command in (("stats",), ("check",), ("backup", "--out", tmp_path / "b.db")):
        result = run_cli(*command, data_dir=data)
        result.assert_one_sentence_failure()
        assert "损坏" in result.stderr
    assert not (tmp_path / "b.db").exists()


def test_restore_refuses_bad_backups_and_keeps_the_current_database(small_demo_template: Path, tmp_path: Path) -> None:
    data = _copy_demo(small_demo_template, tmp_path / "demo")
    before = (data / "lufeng.db").read_bytes()
    text_file = tmp_path / "notes.db"
    text_file.write_text("not sqlite", encoding="utf-8")
    for source, phrase in ((tmp_path / "missing.db", "找不到备份文件"), (text_file, "不是数据库备份"), (tmp_path, "文件夹")):
        result = run_cli("restore", source, data_dir=data)
        result.assert_one_sentence_failure()
        assert phrase in result.stderr
    assert (data / "lufeng.db").read_bytes() == before


def test_init_into_a_read_only_folder(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as folder:
        result = run_cli("init", "--village", "441581004201", "--name", "新寮村", data_dir=folder / "data")
        result.assert_one_sentence_failure()
        assert "没有写入权限" in result.stderr or "只读" in result.stderr


def test_backup_into_a_read_only_folder(small_demo_template: Path, tmp_path: Path) -> None:
    data = _copy_demo(small_demo_template, tmp_path / "demo")
    with read_only_folder(tmp_path) as folder:
        result = run_cli("backup", "--out", folder / "b.db", data_dir=data)
        result.assert_one_sentence_failure()
        assert "没有写入权限" in result.stderr or "只读" in result.stderr


def test_demo_onto_a_full_disk_leaves_nothing_half_made(tmp_path: Path) -> None:
    with full_disk(tmp_path, size_kb=600) as (folder, limit):
        result = run_cli("demo", "--scale", "small", data_dir=folder / "data", preexec_fn=limit)
        result.assert_one_sentence_failure()
        assert "满" in result.stderr or "磁盘" in result.stderr
        assert not (folder / "data" / "lufeng.db").exists()


def test_backup_onto_a_full_disk_leaves_no_partial_file(small_demo_template: Path, tmp_path: Path) -> None:
    data = _copy_demo(small_demo_template, tmp_path / "demo")
    with full_disk(tmp_path, size_kb=200) as (folder, limit):
        result = run_cli("backup", "--out", folder / "b.db", data_dir=data, preexec_fn=limit)
        result.assert_one_sentence_failure()
        assert "满" in result.stderr or "磁盘" in result.stderr
        assert list(folder.iterdir()) == []
    assert run_cli("check", data_dir=data).code == 0  # the source was not harmed
