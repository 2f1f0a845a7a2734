"""The 实施结果公开 notice prints every implementation fact the workflow recorded, and no blank for the rest."""

from __future__ import annotations

from implementation_helpers import day, full_facts, matter_ready_to_implement
from pdfcheck import all_text, font_problems, squash

from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.services import print_jobs
from lufeng_desktop.store.database import Store


def _result_notice(store: Store, data: ms.ImplementationInput, **matter: str) -> bytes:
    matter_id = matter_ready_to_implement(store, **matter)
    actor = store.actor("测试文书")
    ms.record_implementation(store, actor, matter_id, data)
    notice = ds.post_disclosure(store, actor, matter_id, ds.DisclosureInput("result", day(65), "实施结果公开"))
    ds.review_disclosure(store, actor, notice, reviewer="监委会主任", reviewed_on=day(65), opinion="资金支出与合同相符，同意公示。")
    return print_jobs.render(store, "result-notice", matter_id=matter_id, today=day(65))


def test_result_notice_shows_the_recorded_facts(small_demo: Store) -> None:
    data = _result_notice(small_demo, full_facts())
    text = all_text(data)
    for fact in (
        "承接方：陆丰市安达建筑工程有限公司。",
        "选定方式：比选（2026年6月16日）。",
        "合同金额：¥438,000.00。",
        "实际支出：上级财政专项资金¥394,200.00；村集体经济收入¥21,900.00，合计¥416,100.00。",
        "实施时间：自 2026年6月21日 至 2026年7月31日。",
        "验收情况：2026年7月31日验收，验收合格（验收人：镇农办、村务监督委员会）。",
        "付款情况：2026年6月22日支付¥131,400.00（上级财政专项资金，预付款）；"
        "2026年8月2日支付¥262,800.00（上级财政专项资金，结算款）；2026年8月2日支付¥21,900.00（村集体经济收入，结算款）。",
        "遗留事项：质保金2,190.00元待质保期满后支付；路灯安装待供电所接电。",
        "村务监督委员会意见：资金支出与合同相符，同意公示。",
    ):
        assert squash(fact) in text, fact
    assert "资产（资源）情况" not in text and "超出合同金额" not in text  # not recorded, not printed
    assert font_problems(data) == []


def test_land_lease_terms_and_an_overpayment_reason_are_printed(small_demo: Store) -> None:
    terms = ms.AssetTermsInput("陈某某", "35.6亩", day(70), day(3721), "每亩每年800元，合计每年28,480元", "每年1月31日前缴清当年租金")
    note = "增加排水沟120米，经村民代表会议同意追加"
    text = all_text(_result_notice(small_demo, full_facts(asset_terms=terms, contract_fen=40_000_000, overpayment_note=note),
                                   kind="collective_property_disposal", title="村集体鱼塘承包"))
    assert squash("资产（资源）情况：承租（承包）方：陈某某；面积：35.6亩；期限：自2026年8月10日至2036年8月8日；"
                  "租金：每亩每年800元，合计每年28,480元；租金支付方式：每年1月31日前缴清当年租金。") in text
    assert squash(f"；超出合同金额的说明：{note}。") in text


def test_a_sparse_record_prints_no_empty_lines(small_demo: Store) -> None:
    text = all_text(_result_notice(small_demo, ms.ImplementationInput(day(20), day(60), "按决议组织实施，已完工")))
    for absent in ("承接方", "选定方式", "合同金额", "实际支出", "资产（资源）情况", "＿"):
        assert absent not in text, absent
    assert "验收情况：2026年7月31日验收，已验收。" in text and "付款情况：尚未付款。" in text


def test_resolution_notice_carries_the_planned_selection_method_and_time_frame(small_demo: Store) -> None:
    matter_id = matter_ready_to_implement(small_demo, selection_method="公开招标", time_frame="2026年9月底前完工")
    text = all_text(print_jobs.render(small_demo, "resolution-notice", matter_id=matter_id, today=day(10)))
    assert "承接方选定方式：公开招标；实施期限：2026年9月底前完工。总金额" in text
    plain = all_text(print_jobs.render(small_demo, "resolution-notice", matter_id=matter_ready_to_implement(small_demo), today=day(10)))
    assert "选定方式" not in plain and "实施期限" not in plain
