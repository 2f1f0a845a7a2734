"""Demo 四议两公开 matters: every stage in every village of the small scale, a handful per town at
Lufeng scale — some overdue, one with an open (and overdue) objection, one failed Party-meeting
quorum awaiting a re-hold, one failed vote that ended the matter, and a road repair with three
line items whose result notice is on the board now.

Built through the real services (in one transaction), so the demo can only contain what a clerk
could have recorded: every verdict is computed from a roster derived from the generated register.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.quorum import evaluate
from lufeng_desktop.core.rules import rule_for
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Matter, Village
from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.services import meetings as mt
from lufeng_desktop.services.roster import derive_roster
from lufeng_desktop.services.uow import unit_of_work

PLACES = {"party_committee": "村党群服务中心会议室", "joint_committees": "村委会会议室", "party_congress": "村党群服务中心大会议室"}
ROAD_ITEMS = (
    ms.LineItemInput("主干道路面硬化（C25混凝土，长1.2公里、宽4.5米）", 32_600_000, "上级财政专项资金"),
    ms.LineItemInput("道路两侧排水沟修缮（长2.4公里）", 8_450_000, "村集体经济收入"),
    ms.LineItemInput("新装太阳能路灯36盏", 3_200_000, "一事一议筹资"),
)


class _Maker:
    def __init__(self, session: Session, rng: random.Random, village: Village, today: date) -> None:
        self.session, self.rng, self.village, self.today = session, rng, village, today

    def day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def matter(self, kind: str, title: str, opened: int, *, items: tuple[ms.LineItemInput, ...] = (), body: str = "representatives_meeting",
               plan: tuple[str, str] = ("", "")) -> str:  # fmt: skip
        source = self.rng.choice(wf.MOTION_SOURCES[:3])
        return ms.create_matter_in(self.session, ms.MatterInput(
            village_id=self.village.id, matter_type=kind, title=title, motion_source=source, opened_on=self.day(opened),
            items=items, deciding_body=body, selection_method=plan[0], time_frame=plan[1],
        ))  # fmt: skip

    @property
    def tendered(self) -> bool:
        """Half the villages put the road out to 公开招标, the others choose by 比选 (no rng draw: the
        meetings' random attendance stays what it was)."""
        return int(self.village.code) % 2 == 0

    def meet(self, matter_id: str, days_ago: int, outcome: str = "pass") -> mt.MeetingResult:
        """Hold the meeting due next; ``outcome`` is "pass", "no_quorum" or "rejected"."""
        state = ms.load_state(self.session, matter_id)
        stage = wf.Stage(state.matter.stage)
        body = mt.meeting_body(state, stage, None, False)
        held = self.day(days_ago)
        roster = derive_roster(self.session, self.village.id, body, held, group_id=state.matter.group_id)
        rule = rule_for(body, state.matter.rule_set)
        counted = [m.key for m in roster.members if m.counted]
        probe = evaluate(rule, base=roster.base, present=roster.base, yes=0)
        if outcome == "no_quorum":
            present = probe.quorum_needed - 1
        else:
            present = min(roster.base, max(probe.quorum_needed, round(roster.base * self.rng.uniform(0.75, 0.95))))
        attendees = frozenset(self.rng.sample(counted, present))
        needed = evaluate(rule, base=roster.base, present=present, yes=0).yes_needed
        yes = min(present, needed + self.rng.randrange(0, max(1, present - needed) // 2 + 1)) if outcome == "pass" else max(0, min(present, needed) - 1)
        no = (present - yes) // 2
        chair = roster.members[0].name if roster.members else "主持人"
        notice = held - timedelta(days=12) if body.startswith("villagers_meeting") else None
        return mt.record_meeting_in(self.session, matter_id, mt.MeetingInput(
            held_on=held, place=PLACES.get(body, "村文化广场"), chair=chair, recorder="村委会文书", attendees=attendees,
            yes=yes, no=no, abstain=present - yes - no, resolution=f"同意{state.matter.title}方案。" if outcome == "pass" else "",
            minutes=f"会议讨论了{state.matter.title}。", town_officials="镇驻村工作组 组长" if stage is wf.Stage.REVIEW else "",
            notice_date=notice,
        ))  # fmt: skip

    def through(self, matter_id: str, *days_ago: int) -> None:
        for days in days_ago:
            self.meet(matter_id, days)

    def post(self, matter_id: str, kind: wf.DisclosureKind, days_ago: int, *, reviewed: bool = True) -> str:
        title = self.session.get(Matter, matter_id).title  # type: ignore[union-attr]
        notice_id = ds.post_disclosure_in(self.session, matter_id, ds.DisclosureInput(
            kind=str(kind), posted_on=self.day(days_ago), title=f"关于{title}的{wf.DISCLOSURE_LABELS[kind]}",
            body=f"经村民代表会议决议，现将{title}有关情况予以公示。",
        ))  # fmt: skip
        if reviewed:
            ds.review_disclosure_in(self.session, notice_id, reviewer="村务监督委员会主任", reviewed_on=self.day(days_ago), opinion="内容属实，同意公开。")
        return notice_id

    def implement(self, matter_id: str, started: int, completed: int, **facts: object) -> None:
        facts = {"summary": "按决议组织实施，已验收合格。", "accepted_by": "镇农办、村务监督委员会", "acceptance_result": "验收合格", **facts}
        ms.record_implementation_in(self.session, matter_id, ms.ImplementationInput(
            started_on=self.day(started), completed_on=self.day(completed), **facts,  # type: ignore[arg-type]
        ))  # fmt: skip


def _proposal(m: _Maker) -> None:
    m.matter("charter_village_rules", "修订村规民约", 3, body="villagers_meeting_persons")


def _consultation(m: _Maker) -> None:
    m.through(m.matter("collective_property_disposal", "村集体鱼塘承包方案", 12), 10)


def _review_failed_quorum(m: _Maker) -> None:
    matter = m.matter("public_welfare", "村文化室修缮", 30)
    m.through(matter, 28, 25)
    m.meet(matter, 20, "no_quorum")


def _resolution(m: _Maker) -> None:
    m.through(m.matter("development_plan", "2027年度村级工作计划", 25), 22, 20, 15)


def _disclosure_overdue(m: _Maker) -> None:
    m.through(m.matter("allowance", "村干部误工补贴标准调整", 40), 38, 35, 30, 12)


def _open_objection(m: _Maker) -> None:
    matter = m.matter("social_assistance", "2026年第四季度农村低保对象推荐", 50)
    m.through(matter, 48, 45, 40, 20)
    notice = m.post(matter, wf.DisclosureKind.RESOLUTION, 18)
    ds.add_objection_in(m.session, notice, ds.ObjectionInput(m.day(15), "书面", "认为推荐名单中有一户家庭收入不符合条件，请求复核。", complainant="村民"))


def _road_repair(m: _Maker) -> None:
    """Contract at the resolved total; 5% retention (质保金) held back for a year, listed as outstanding."""
    method = "公开招标" if m.tendered else "比选"
    matter = m.matter("public_welfare", "村道硬化及排水沟修缮工程", 120, items=ROAD_ITEMS, plan=(method, "合同签订后90日内完工"))
    m.through(matter, 115, 110, 100, 92)
    m.post(matter, wf.DisclosureKind.RESOLUTION, 90)
    contract = sum(i.amount_fen for i in ROAD_ITEMS)
    retention = contract // 20
    payments = (
        ms.PaymentInput(m.day(78), 13_000_000, "上级财政专项资金", "预付款"),
        ms.PaymentInput(m.day(40), 19_600_000, "上级财政专项资金", "进度款"),
        ms.PaymentInput(m.day(5), contract - retention - 32_600_000, "村集体经济收入", "结算款"),
    )  # fmt: skip
    m.implement(matter, 80, 6, contractor="陆丰市某建筑工程有限公司", contract_fen=contract, selection_method=method,
                selection_date=m.day(84 if m.tendered else 86), payments=payments,
                outstanding=(f"质保金{retention // 100:,}.{retention % 100:02d}元（合同价5%），质保期满一年后支付",))  # fmt: skip
    m.post(matter, wf.DisclosureKind.RESULT, 3)


def _archived(m: _Maker) -> None:
    matter = m.matter("collective_property_disposal", "村集体临街商铺出租", 200)
    m.through(matter, 195, 190)
    m.meet(matter, 185, "no_quorum")
    m.through(matter, 178, 170)
    notice = m.post(matter, wf.DisclosureKind.RESOLUTION, 168)
    objection = ds.add_objection_in(m.session, notice, ds.ObjectionInput(m.day(166), "口头", "询问租金标准是否经过评估。"))
    ds.answer_objection_in(m.session, objection, replied_on=m.day(163), reply="租金标准经第三方评估，评估报告可在村委会查阅。", outcome=str(wf.ObjectionOutcome.UPHELD), handled_by="村委会文书")
    m.implement(matter, 150, 120, contractor="陆丰市某商贸有限公司", contract_fen=1_800_000, selection_method="公开竞投",
                summary="经公开竞投确定承租方，已签订租赁合同。", acceptance_result="商铺已交付承租方使用", accepted_by="村务监督委员会",
                selection_date=m.day(160), asset_terms=ms.AssetTermsInput(
                    lessee="陆丰市某商贸有限公司", area="临街商铺3间，共120平方米", term_from=m.day(120),
                    term_to=m.day(120) + timedelta(days=5 * 365), rent="每年18,000元", schedule="每年1月31日前缴清当年租金"))  # fmt: skip
    m.post(matter, wf.DisclosureKind.RESULT, 115)
    ms.archive_matter_in(m.session, matter, on=m.day(100))


def _ended_after_failed_vote(m: _Maker) -> None:
    matter = m.matter("land_contract_outsider", "村集体林地发包给外村企业", 60)
    m.through(matter, 58, 55, 50)
    m.meet(matter, 40, "rejected")
    ms.end_matter_in(m.session, matter, on=m.day(38), reason="村民代表会议表决未获通过，本事项终止。")


SCENARIOS: tuple[Callable[[_Maker], None], ...] = (
    _proposal, _consultation, _review_failed_quorum, _resolution, _disclosure_overdue,
    _open_objection, _road_repair, _archived, _ended_after_failed_vote,
)  # fmt: skip


def add_demo_matters(store: Store, actor: Actor, *, scale: str, seed: int, today: date) -> dict[str, int]:
    """Every scenario in every village (small), or five rotating scenarios in one village per town (lufeng)."""
    rng = random.Random(seed * 7919 + 4)
    with unit_of_work(store, actor, "demo.matters", scale=scale, seed=seed) as session:
        villages = list(session.scalars(select(Village).where(Village.deleted_at.is_(None)).order_by(Village.code)))
        if scale != "small":
            first: dict[str, Village] = {}
            for v in villages:
                first.setdefault(v.town_id, v)
            villages = list(first.values())
        count = 0
        for i, village in enumerate(villages):
            maker = _Maker(session, rng, village, today)
            chosen = SCENARIOS if scale == "small" else [SCENARIOS[(i + k) % len(SCENARIOS)] for k in range(5)]
            for scenario in chosen:
                scenario(maker)
                count += 1
    return {"matter": count}
