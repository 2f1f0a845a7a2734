"""The whole round trip is scriptable with the real command line, and failures are one sentence."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli


def test_cli_round_trip(tmp_path: Path) -> None:
    town, village, stick = tmp_path / "town", tmp_path / "v", tmp_path / "stick"
    stick.mkdir()
    assert run_cli("town-init", "--town", "441581004", data_dir=town).code == 0
    made = run_cli("enrol-file", "--village", "441581004201", "--out", tmp_path / "enrol.json", "--json", data_dir=town)
    assert made.code == 0, made.stderr
    assert run_cli("init", "--village", "441581004201", "--name", "新寮村", data_dir=village).code == 0
    enrolled = run_cli("enrol", tmp_path / "enrol.json", "--json", data_dir=village)
    assert enrolled.json()["fingerprint"] == made.json()["fingerprint"]
    exported = run_cli("export-bundle", "--out", stick, "--json", data_dir=village).json()
    (bundle,) = exported["files"]
    info = run_cli("bundle-info", bundle, "--json", data_dir=town).json()
    assert info["verified"] and info["state"] == "next in line" and info["seq"] == 1
    imported = run_cli("import-bundle", bundle, "--json", data_dir=town)
    assert imported.code == 0 and imported.json()["summary"]["new"] == 1  # the village row; the town row is shared
    assert run_cli("check", data_dir=town).code == 0
    returned = run_cli("export-bundle", "--out", stick, "--json", data_dir=town).json()["files"]
    back = run_cli("import-bundle", *returned, "--json", data_dir=village)
    assert back.code == 0 and back.json()["files"][0]["counts"]["acknowledged"] == 1
    assert run_cli("handover-status", "--json", data_dir=village).json()["waiting_for_ack"] == []
    assert run_cli("conflicts", "list", "--json", data_dir=town).json() == []

    junk = tmp_path / "junk.lfb"
    junk.write_bytes(b"not a bundle" * 20)
    failed = run_cli("import-bundle", bundle, junk, "--json", data_dir=town)
    assert failed.code == 1 and failed.json()["summary"]["rejected"] == 1 and failed.json()["summary"]["bundles_duplicate"] == 1


def test_cli_failures_are_one_sentence(tmp_path: Path) -> None:
    village = tmp_path / "v"
    assert run_cli("init", "--village", "441581004201", "--name", "新寮村", data_dir=village).code == 0
    run_cli("export-bundle", "--out", tmp_path, data_dir=village).assert_one_sentence_failure()  # not enrolled
    run_cli("enrol-file", "--village", "441581004201", "--out", tmp_path / "x.json", data_dir=village).assert_one_sentence_failure()
    bad = tmp_path / "bad.json"
    bad.write_text('{"lufeng_enrolment": 1, "lufeng_enrolment": 2}', "utf-8")
    run_cli("enrol", bad, data_dir=village).assert_one_sentence_failure()
    run_cli("conflicts", "resolve", "nope", "--choose", "local", data_dir=village).assert_one_sentence_failure()
