"""`matters show` lists the implementation facts; `matters add-payment` records a later payment (real subprocesses)."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli
from implementation_helpers import day, full_facts, matter_ready_to_implement

from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.store.database import Store


def _implemented(store: Store) -> str:
    matter_id = matter_ready_to_implement(store, selection_method="比选", time_frame="2026年9月底前完工")
    ms.record_implementation(store, store.actor("测试文书"), matter_id, full_facts(contract_fen=44_000_000))
    return matter_id


def test_show_lists_the_planned_and_recorded_facts(small_demo: Store, isolated_data_dir: Path) -> None:
    matter_id = _implemented(small_demo)
    shown = run_cli("matters", "show", matter_id[:8], "--today", day(70).isoformat(), data_dir=isolated_data_dir)
    assert shown.code == 0, shown.stderr
    for line in ("拟选定方式：比选　实施期限：2026年9月底前完工",
                 "组织实施：2026-06-21 开工，2026-07-31 验收，验收合格，验收人：镇农办、村务监督委员会",
                 "选定方式：比选（2026-06-16）", "承接方：陆丰市安达建筑工程有限公司", "合同金额：440,000.00 元",
                 "付款：2026-06-22  131,400.00 元  上级财政专项资金（预付款）",
                 "已付合计：416,100.00 元（上级财政专项资金 394,200.00 元；村集体经济收入 21,900.00 元）",
                 "遗留事项：质保金2,190.00元待质保期满后支付；路灯安装待供电所接电"):  # fmt: skip
        assert line in shown.stdout, line
    assert "超付说明" not in shown.stdout and "租赁" not in shown.stdout  # not recorded, not shown
    data = run_cli("matters", "show", matter_id[:8], "--json", data_dir=isolated_data_dir).json()
    facts = data["implementation"]
    assert (data["selection_method"], data["time_frame"]) == ("比选", "2026年9月底前完工")
    assert facts["paid_fen"] == 41_610_000 and facts["contract_fen"] == 44_000_000
    assert [p["amount_fen"] for p in facts["payments"]] == [13_140_000, 26_280_000, 2_190_000]
    assert facts["selection_date"] == "2026-06-16" and facts["outstanding"][1] == "路灯安装待供电所接电"


def test_add_payment_records_it_and_asks_for_a_corrected_notice(small_demo: Store, isolated_data_dir: Path) -> None:
    matter_id = _implemented(small_demo)
    first = run_cli("matters", "add-payment", matter_id[:8], "--payment", f"{day(70).isoformat()}:1000:村集体经济收入:尾款",
                    "--user", "文书", data_dir=isolated_data_dir)  # fmt: skip
    assert first.code == 0, first.stderr
    assert "将列入实施结果公开" in first.stdout and "已付合计：417,100.00 元" in first.stdout
    ds.post_disclosure(small_demo, small_demo.actor("文书"), matter_id, ds.DisclosureInput("result", day(75), "实施结果公开"))
    later = run_cli("matters", "add-payment", matter_id[:8], "--payment", f"{day(400).isoformat()}:21900:村集体经济收入:质保金",
                    "--json", data_dir=isolated_data_dir)  # fmt: skip
    assert later.code == 0, later.stderr
    answer = later.json()
    assert answer["repost_needed"] is True and answer["notice_revision"] == 1 and answer["paid_fen"] == 41_610_000 + 100_000 + 2_190_000
    over = run_cli("matters", "add-payment", matter_id[:8], "--payment", f"{day(401).isoformat()}:5000:村集体经济收入",
                   data_dir=isolated_data_dir)  # fmt: skip
    over.assert_one_sentence_failure()
    assert "超出合同金额" in over.stderr
    shown = run_cli("matters", "show", matter_id[:8], data_dir=isolated_data_dir)
    assert "付款：2027-07-06  21,900.00 元  村集体经济收入（质保金）" in shown.stdout
