"""A road matter on the small demo brought to 组织实施, and a full set of implementation facts for it."""

from __future__ import annotations

from datetime import date, timedelta

from matter_helpers import ROAD_ITEMS, first_village_id, hold

from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.store.database import Store

D0 = date(2026, 6, 1)
POSTED = D0 + timedelta(days=10)  # the resolution notice goes up on the board


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def matter_ready_to_implement(store: Store, *, kind: str = "public_welfare", title: str = "村道硬化及排水沟修缮工程",
                              selection_method: str = "", time_frame: str = "") -> str:  # fmt: skip
    """Four meetings held and the resolution notice posted (and reviewed) on day 10."""
    data = ms.MatterInput(
        village_id=first_village_id(store), matter_type=kind, title=title, motion_source="村干部提议", opened_on=D0,
        items=ROAD_ITEMS, deciding_body="representatives_meeting", selection_method=selection_method, time_frame=time_frame,
    )  # fmt: skip
    matter_id = ms.create_matter(store, store.actor("测试文书"), data)
    for n in (1, 3, 5, 8):
        hold(store, matter_id, day(n))
    actor = store.actor("测试文书")
    notice = ds.post_disclosure(store, actor, matter_id, ds.DisclosureInput("resolution", POSTED, "关于村道硬化的决议公开"))
    ds.review_disclosure(store, actor, notice, reviewer="监委会主任", reviewed_on=POSTED)
    return matter_id


def full_facts(**changes: object) -> ms.ImplementationInput:
    base: dict[str, object] = dict(
        started_on=day(20), completed_on=day(60), summary="村道硬化1.2公里、排水沟800米已完工",
        contractor="陆丰市安达建筑工程有限公司", contract_fen=43_800_000, accepted_by="镇农办、村务监督委员会",
        selection_method="比选", selection_date=day(15), acceptance_result="验收合格",
        payments=(ms.PaymentInput(day(21), 13_140_000, "上级财政专项资金", "预付款"),
                  ms.PaymentInput(day(62), 26_280_000, "上级财政专项资金", "结算款"),
                  ms.PaymentInput(day(62), 2_190_000, "村集体经济收入", "结算款")),
        outstanding=("质保金2,190.00元待质保期满后支付", "路灯安装待供电所接电"),
    )  # fmt: skip
    base.update(changes)
    return ms.ImplementationInput(**base)  # type: ignore[arg-type]
