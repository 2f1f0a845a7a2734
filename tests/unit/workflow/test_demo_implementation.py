"""The demo's implemented matters carry realistic facts, so the screenshots and the notices show them."""

from __future__ import annotations

from datetime import date

from pdfcheck import all_text
from sqlalchemy import select

from lufeng_desktop.services import print_jobs
from lufeng_desktop.services.matter_views import matter_detail
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Matter

TODAY = date(2026, 11, 26)  # the demo's reference date (only deadlines depend on it)


def _matters(store: Store, title: str) -> list[str]:
    with store.sessions() as session:
        return list(session.scalars(select(Matter.id).where(Matter.title == title).order_by(Matter.village_id)))


def test_the_road_repair_records_method_payments_by_source_and_retention(small_demo: Store) -> None:
    roads = _matters(small_demo, "村道硬化及排水沟修缮工程")
    assert len(roads) == 3
    methods = set()
    for matter_id in roads:
        detail = matter_detail(small_demo, matter_id, today=TODAY)
        facts = detail.implementation
        assert facts is not None and detail.selection_method == facts.selection_method
        methods.add(facts.selection_method)
        assert facts.selection_date is not None and facts.acceptance_result == "验收合格"
        assert [p.note for p in facts.payments] == ["预付款", "进度款", "结算款"]
        assert {s for s, _fen in facts.spending} == {"上级财政专项资金", "村集体经济收入"}
        assert facts.paid_fen == facts.contract_fen - facts.contract_fen // 20  # 5% retention held back
        assert facts.outstanding[0].startswith("质保金22,125.00元")
    assert methods <= {"比选", "公开招标"} and len(methods) >= 1
    text = all_text(print_jobs.render(small_demo, "result-notice", matter_id=roads[0]))
    assert "预付款" in text and "质保金22,125.00元" in text


def test_the_archived_shop_lease_records_its_lease_terms(small_demo: Store) -> None:
    lease = _matters(small_demo, "村集体临街商铺出租")[0]
    facts = matter_detail(small_demo, lease, today=TODAY).implementation
    assert facts is not None and facts.selection_method == "公开竞投" and facts.payments == ()
    assert "临街商铺3间" in facts.asset_terms and "每年18,000元" in facts.asset_terms

