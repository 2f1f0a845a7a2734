"""Print jobs on the small demo database: every document of real matters, without personal data."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pdfcheck import all_text, font_problems, structure_problems
from sqlalchemy import select

from lufeng_desktop.core.errors import LufengError, NotFoundError
from lufeng_desktop.core.masking import contains_full_id_number, contains_unmasked_mobile
from lufeng_desktop.services import print_jobs
from lufeng_desktop.store import audit
from lufeng_desktop.store.models import DemoSite, Matter, MatterObjection, Person, Village


def _matter(store, stage: str, village: str | None = None) -> str:  # type: ignore[no-untyped-def]
    with store.sessions() as session:
        query = select(Matter.id).where(Matter.stage == stage).order_by(Matter.number)
        return session.scalars(query).first()


def test_every_kind_renders_for_a_matter_with_its_result_on_the_board(small_demo) -> None:  # type: ignore[no-untyped-def]
    matter_id = _matter(small_demo, "result_disclosure")
    with small_demo.sessions() as session:
        matter = session.get(Matter, matter_id)
        title = matter.title
        village = session.get(Village, matter.village_id).name
        head = audit.head(session)
        secrets = {v for row in session.execute(select(Person.id_number, Person.phone)) for v in row if v}
    for kind in ("resolution-notice", "result-notice", "sign-in-sheet", "ballot", "minutes", "dossier"):
        data = print_jobs.render(small_demo, kind, matter_id=matter_id)
        text = all_text(data)
        assert font_problems(data) == [] and structure_problems(data) == []
        assert f"审计链{head[:16]}" in text, kind
        assert title in text and village in text, kind
        assert not contains_full_id_number(text), kind
        leaked = [s for s in secrets if s in text and not text.count(f"村务监督委员会{s}")]
        assert leaked == [], kind
    notice = all_text(print_jobs.render(small_demo, "resolution-notice", matter_id=matter_id))
    for element in ("全体村民：", "决策程序", "党员大会审议", "公示期：自", "异议方式", "监督电话：村务监督委员会", "（印章）",
                    "村务监督委员会审核：", "合计"):
        assert element in notice
    assert not contains_unmasked_mobile(notice.split("监督电话")[0])


def test_objection_receipt_and_demo_site_checklist(small_demo) -> None:  # type: ignore[no-untyped-def]
    with small_demo.sessions() as session:
        objection = session.scalars(select(MatterObjection)).first()
        group_id = session.scalars(select(DemoSite.group_id)).first()
    text = all_text(print_jobs.render(small_demo, "objection-receipt", matter_id=objection.matter_id))
    assert "异议受理回执（存根）" in text and objection.content.replace(" ", "")[:10] in text
    site = all_text(print_jobs.render(small_demo, "demo-site-checklist", group_id=group_id, paper="A3"))
    assert "示范点“五有”建设情况表" in site and "有标识牌子" in site and "检查记录" in site


def test_planned_meeting_documents_use_the_roster_derived_today(small_demo) -> None:  # type: ignore[no-untyped-def]
    matter_id = _matter(small_demo, "review")
    sheet = all_text(print_jobs.render(small_demo, "sign-in-sheet", matter_id=matter_id, today=date(2026, 11, 1)))
    assert "党员大会签到表" in sheet and "应到" in sheet
    notice = all_text(print_jobs.render(small_demo, "meeting-notice", matter_id=matter_id, held_on=date(2026, 11, 20),
                                        place="党群服务中心", starts_at="上午9时", today=date(2026, 11, 1)))
    assert "关于召开党员大会的通知" in notice and "全体党员：" in notice and "2026年11月20日上午9时" in notice


@pytest.mark.parametrize(
    ("kind", "stage", "extra", "code"),
    [
        ("resolution-notice", "review", {}, "stage"),  # no resolution notice posted yet
        ("result-notice", "resolution_disclosure", {}, "stage"),
        ("minutes", "proposal", {"step": "review"}, "stage"),  # that meeting is still ahead
        ("meeting-notice", "proposal", {}, "required"),  # a meeting not yet held needs its date
        ("resolution-notice", "result_disclosure", {"version": 9}, "version_not_found"),
    ],
)
def test_clear_errors(small_demo, kind: str, stage: str, extra: dict[str, object], code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LufengError) as info:
        print_jobs.render(small_demo, kind, matter_id=_matter(small_demo, stage), **extra)  # type: ignore[arg-type]
    assert info.value.code == code
    assert info.value.zh and info.value.en


def test_unknown_ids(small_demo) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError):
        print_jobs.render(small_demo, "dossier", matter_id="no-such-matter")
    with pytest.raises(NotFoundError):
        print_jobs.render(small_demo, "demo-site-checklist", group_id="no-such-group")


def _cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lufeng_desktop", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def test_cli_prints_to_a_file_and_fails_in_one_sentence(small_demo, isolated_data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    matter_id = _matter(small_demo, "result_disclosure")
    small_demo.dispose()
    out = tmp_path / "公示.pdf"
    done = _cli("print", "resolution-notice", "--matter", matter_id, "--paper", "a3", "--out", str(out), data_dir=isolated_data_dir)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and "决议公示" in all_text(out.read_bytes())
    for args, words in [
        (("dossier", "--matter", "nope", "--out", str(tmp_path / "x.pdf")), "找不到该事项"),
        (("dossier", "--matter", matter_id, "--out", str(tmp_path / "missing" / "x.pdf")), "所在文件夹不存在"),
        (("dossier", "--matter", matter_id, "--out", str(tmp_path)), "文件夹"),
        (("demo-site-checklist", "--out", str(tmp_path / "x.pdf")), "--group"),
    ]:
        failed = _cli("print", *args, data_dir=isolated_data_dir)
        assert failed.returncode == 2, (args, failed.stderr)
        assert words in failed.stderr and "Traceback" not in failed.stderr
        assert len(failed.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()

