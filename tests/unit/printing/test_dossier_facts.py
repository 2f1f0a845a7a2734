"""The 登记表's 实施情况 sheet (sheet 6) lists the recorded implementation facts, and nothing blank for the rest."""

from __future__ import annotations

from implementation_helpers import day, full_facts, matter_ready_to_implement
from pdfcheck import font_problems, page_texts, squash

from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.services import print_jobs
from lufeng_desktop.services.payments import add_payment
from lufeng_desktop.store.database import Store


def _sheet_six(pdf: bytes) -> str:
    """Text of the pages from the 第6张 heading on (sheet 6 may flow onto a second page)."""
    pages = page_texts(pdf)
    start = next(i for i, text in enumerate(pages) if "第6张" in text)
    return "".join(pages[start:])


def test_sheet_six_lists_every_recorded_fact(small_demo: Store) -> None:
    matter_id = matter_ready_to_implement(small_demo)
    actor = small_demo.actor("测试文书")
    terms = ms.AssetTermsInput("陈某某", "35.6亩", day(70), day(3721), "每亩每年800元")
    ms.record_implementation(small_demo, actor, matter_id, full_facts(asset_terms=terms, contract_fen=44_000_000))
    ds.post_disclosure(small_demo, actor, matter_id, ds.DisclosureInput("result", day(65), "实施结果公开"))
    add_payment(small_demo, actor, matter_id, ms.PaymentInput(day(400), 1_000_000, "村集体经济收入", "质保金"))
    pdf = print_jobs.render(small_demo, "dossier", matter_id=matter_id, today=day(400))
    text = _sheet_six(pdf)
    for fact in (
        "选定方式比选（2026年6月16日选定）", "承接方陆丰市安达建筑工程有限公司", "合同金额440,000.00元",
        "实施期间2026年6月21日开工，2026年7月31日验收",
        "付款情况2026年6月22日131,400.00元上级财政专项资金（预付款）",
        "2026年8月2日21,900.00元村集体经济收入（结算款）", "2027年7月6日10,000.00元村集体经济收入（质保金）",
        "合计426,100.00元", "资金来源上级财政专项资金394,200.00元；村集体经济收入31,900.00元",
        "验收情况2026年7月31日验收，验收合格，验收人：镇农办、村务监督委员会",
        "遗留事项质保金2,190.00元待质保期满后支付路灯安装待供电所接电",
        "租赁（承包）条件承租（承包）方：陈某某；面积：35.6亩；期限：自2026年8月10日至2036年8月8日；租金：每亩每年800元",
    ):
        assert squash(fact) in text, fact
    assert "超付说明" not in text
    assert font_problems(pdf) == []


def test_a_sparse_record_prints_no_empty_fact_rows(small_demo: Store) -> None:
    matter_id = matter_ready_to_implement(small_demo)
    ms.record_implementation(small_demo, small_demo.actor("测试文书"), matter_id,
                             ms.ImplementationInput(day(20), day(60), "按决议组织实施，已完工"))  # fmt: skip
    text = _sheet_six(print_jobs.render(small_demo, "dossier", matter_id=matter_id, today=day(61)))
    assert "按决议组织实施，已完工" in text and "验收情况2026年7月31日验收" in text  # recorded though not yet posted
    for absent in ("选定方式", "承接方", "合同金额", "付款情况", "资金来源", "遗留事项", "租赁", "超付说明"):
        assert absent not in text, absent
