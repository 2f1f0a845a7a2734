"""`lufeng-desktop matters implement` in a real subprocess: the facts land in the record and print on the notice."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli
from implementation_helpers import day, matter_ready_to_implement
from pdfcheck import all_text
from sqlalchemy import select

from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import MatterPayment, MatterStep


def _implement(data_dir: Path, matter_id: str, *extra: str):  # type: ignore[no-untyped-def]
    return run_cli("matters", "implement", matter_id[:8], "--started-on", day(20).isoformat(), "--completed-on",
                   day(60).isoformat(), "--summary", "村道硬化已完工", "--contractor", "陆丰市安达建筑工程有限公司",
                   "--contract-yuan", "438000", "--user", "文书", *extra, data_dir=data_dir)  # fmt: skip


def test_implement_records_payments_and_the_result_notice_prints_them(small_demo: Store, isolated_data_dir: Path, tmp_path: Path) -> None:
    matter_id = matter_ready_to_implement(small_demo)
    done = _implement(isolated_data_dir, matter_id, "--selection-method", "比选", "--selection-date", day(15).isoformat(),
                      "--payment", f"{day(21).isoformat()}:131400:上级财政专项资金:预付款",
                      "--payment", f"{day(62).isoformat()}:21,900.50元:村集体经济收入",
                      "--acceptance-result", "验收合格", "--outstanding", "质保金待质保期满后支付", "--json")  # fmt: skip
    assert done.code == 0, done.stderr
    assert done.json()["paid_fen"] == 15_330_050 and done.json()["payments"] == 2
    with small_demo.sessions() as session:
        step = session.get(MatterStep, done.json()["step_id"])
        assert (step.selection_method, step.outstanding, step.contract_fen) == ("比选", "质保金待质保期满后支付", 43_800_000)
        amounts = session.scalars(select(MatterPayment.amount_fen).where(MatterPayment.step_id == step.id).order_by(MatterPayment.position)).all()
        assert amounts == [13_140_000, 2_190_050]
    ds.post_disclosure(small_demo, small_demo.actor("文书"), matter_id, ds.DisclosureInput("result", day(65), "实施结果公开"))
    out = tmp_path / "result.pdf"
    printed = run_cli("print", "result-notice", "--matter", matter_id, "--out", out, data_dir=isolated_data_dir)
    assert printed.code == 0, printed.stderr
    text = all_text(out.read_bytes())
    for fact in ("选定方式：比选（2026年6月16日）", "2026年8月2日支付¥21,900.50（村集体经济收入）", "遗留事项：质保金待质保期满后支付",
                 "实际支出：上级财政专项资金¥131,400.00；村集体经济收入¥21,900.50，合计¥153,300.50"):
        assert fact in text, fact


def test_bad_options_fail_with_one_sentence(small_demo: Store, isolated_data_dir: Path) -> None:
    matter_id = matter_ready_to_implement(small_demo)
    for extra, words in (
        (("--payment", "2026-06-21:abc:村集体经济收入"), "无法识别"),
        (("--payment", "2026-06-21:100"), "日期:金额(元):资金来源"),
        (("--selection-method", "抓阄"), "选定方式应为"),
        (("--payment", f"{day(21).isoformat()}:500000:上级财政专项资金"), "超出合同金额"),
    ):
        done = _implement(isolated_data_dir, matter_id, *extra)
        done.assert_one_sentence_failure()
        assert words in done.stderr, done.stderr
    with small_demo.sessions() as session:  # nothing half-recorded
        assert session.scalars(select(MatterStep).where(MatterStep.matter_id == matter_id, MatterStep.kind == "implementation")).all() == []
