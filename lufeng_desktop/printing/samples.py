"""Realistic sample documents: shared by the tests, the benchmark and ``samples_to_png``.

Invented people and numbers; the 138 0013 8000 supervision number is the standard
fictitious mobile used in Chinese documentation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from lufeng_desktop.printing.model import (
    ImplementationDoc,
    LineItem,
    MOTION_KINDS,
    ChecklistItem,
    DemoSiteDoc,
    DossierDoc,
    DossierSheet,
    InspectionNote,
    MatterDoc,
    MeetingDoc,
    MinutesDoc,
    ObjectionDoc,
    Payment,
    RosterEntry,
    Spending,
    StepRecord,
)

AUDIT_HEAD = "3f9a1c0b7d2e4f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a"


def sample_matter(**changes: object) -> MatterDoc:
    base = dict(
        village_name="东海村",
        town_name="东海街道",
        title="村道硬底化及路灯安装项目",
        matter_type_label="村集体经济项目",
        motion_source="第三、五村民小组村民联名提出村道破损、夜间无照明，出行不便",
        line_items=(
            LineItem("新村至旧圩村道硬底化（长约850米、宽4米）", 1_234_500, "村集体经济收入"),
            LineItem("安装太阳能路灯32盏", 385_000, "镇财政以奖代补资金"),
        ),
        steps=(
            StepRecord("村党组织提议", date(2026, 11, 2), "村党支部委员会会议",
                       expected=5, base_label="支部委员", present=5, yes=5, no=0, abstain=0,
                       result="同意提交“两委”商议"),
            StepRecord("村“两委”商议", date(2026, 11, 5), "村“两委”联席会议",
                       expected=9, base_label="“两委”成员", present=8, yes=8, no=0, abstain=0,
                       result="形成初步方案"),
            StepRecord("党员大会审议", date(2026, 11, 12), "村党员大会",
                       expected=47, base_label="有表决权的党员", present=41, yes=39, no=1,
                       abstain=1, result="审议通过"),
            StepRecord("村民代表会议决议", date(2026, 11, 20), "村民代表会议",
                       expected=35, base_label="组成人员", present=31, yes=29, no=1,
                       abstain=1, result="表决通过"),
        ),
        resolution_text="同意实施村道硬底化及路灯安装项目，采取比选方式确定施工单位，"
        "工期自2027年1月至2027年4月。",
        posting_from=date(2026, 11, 26),
        posting_to=date(2026, 12, 3),
        objection_channel="公示期内，村民如有异议，可以书面或口头方式向村务监督委员会反映"
        "（地址：村委会一楼村务监督委员会办公室），村委会在10日内予以答复。",
        supervision_phone="村务监督委员会 13800138000；东海街道纪工委 0660-8123456",
        issuers=("中共东海村支部委员会", "东海村民委员会"),
        supervision_reviewer="陈国强",
        audit_head=AUDIT_HEAD,
    )
    base.update(changes)
    return MatterDoc(**base)  # type: ignore[arg-type]


def sample_implementation(**changes: object) -> ImplementationDoc:
    base = dict(
        resolution_ref="2026年11月26日公示的决议",
        contractor="陆丰市安达建筑工程有限公司",
        selection_method="比选",
        selection_date=date(2026, 12, 15),
        contract_amount_fen=1_580_000,
        spending=(Spending("村集体经济收入", 1_190_000), Spending("镇财政以奖代补资金", 378_000)),
        started_on=date(2027, 1, 6),
        finished_on=date(2027, 4, 18),
        acceptance_date=date(2027, 4, 25),
        acceptance_result="验收合格",
        payments=(Payment(date(2027, 1, 10), 474_000, "预付款"),
                  Payment(date(2027, 4, 28), 1_094_000, "进度款及结算款")),
        outstanding=("质保金待质保期满后结算",),
        supervision_opinion="经审核，项目程序合规，资金支出与合同相符，同意公示。",
        posting_from=date(2027, 5, 6),
        posting_to=date(2027, 5, 13),
    )
    base.update(changes)
    return ImplementationDoc(**base)  # type: ignore[arg-type]


def sample_meeting(**changes: object) -> MeetingDoc:
    base = dict(
        village_name="东海村", body_label="村民代表会议", held_on=date(2026, 11, 20),
        place="村委会二楼会议室", matter_title="村道硬底化及路灯安装项目", audit_head=AUDIT_HEAD,
        starts_at="上午9时", convener="东海村民委员会",
        attendees_label="全体村民代表和村民委员会成员", expected=35,
        agenda=("表决村道硬底化及路灯安装项目实施方案", "通报第三季度村务公开情况"),
        notice_on=date(2026, 11, 13), chair="陈志明", recorder="林丽娟",
        contact="村委会 0660-8123456",
    )
    base.update(changes)
    return MeetingDoc(**base)  # type: ignore[arg-type]


SURNAMES = "陈林黄张李王吴刘蔡杨郑许"
GIVEN = "国强志明秀英建华丽娟海波小红伟东"


def sample_roster(count: int) -> list[RosterEntry]:
    return [
        RosterEntry(SURNAMES[i % len(SURNAMES)] + GIVEN[i % 7 * 2: i % 7 * 2 + 2],
                    f"第{i % 6 + 1}村民小组")
        for i in range(count)
    ]


SAMPLE_MOTIONS = ("同意实施村道硬底化及路灯安装项目（总金额16,195.00元）",)


def sample_villagers_meeting(**changes: object) -> MeetingDoc:
    """A 村民会议, which needs ten days' notice (村民委员会组织法 第二十一条)."""
    base: dict[str, object] = dict(
        body_label="村民会议", held_on=date(2026, 12, 20), place="村文化广场",
        attendees_label="本村年满十八周岁的村民", expected=1046,
        agenda=("审议东海村2027年度集体经济收益使用方案", "表决村规民约修订草案"),
        notice_on=date(2026, 12, 8), notice_days=10,
        notice_basis="《中华人民共和国村民委员会组织法》第二十一条",
    )
    base.update(changes)
    return sample_meeting(**base)


def sample_minutes(**changes: object) -> MinutesDoc:
    base = dict(
        meeting=sample_meeting(),
        record=sample_matter().steps[3],
        discussion="陈志明介绍项目方案及资金来源；第三村民小组代表林海波建议路灯间距适当加密，"
        "经讨论采纳；第五村民小组代表黄秀英询问工期安排，由村委会作出说明。",
        resolution="同意实施村道硬底化及路灯安装项目，总金额16,195.00元，采取比选方式确定施工单位。",
        verdict="应到35人，实到31人，达到三分之二以上，会议有效；同意29票，超过实到人数的半数，表决通过",
        town_attendees=("郑建华（东海街道驻村干部）",),
    )
    base.update(changes)
    return MinutesDoc(**base)  # type: ignore[arg-type]


def sample_dossier(attendees_per_meeting: int | None = None) -> DossierDoc:
    """The 登记表 of the sample matter; ``attendees_per_meeting`` pre-prints that many names."""
    matter = sample_matter()
    labels = ("提议内容", "商议内容", "审议内容", "决议内容")
    forms = ("支委会", "“两委”联席会议", "党员大会", "村民代表会议")
    sheets = []
    for index, step in enumerate(matter.steps):
        count = step.present if attendees_per_meeting is None else attendees_per_meeting
        sheets.append(DossierSheet(
            step.kind_label, labels[index], held_on=step.held_on, form=forms[index],
            expected=step.expected if attendees_per_meeting is None else count,
            present=count, content=f"{step.result}：{matter.resolution_text}",
            result=f"同意{step.yes}票，反对{step.no}票，弃权{step.abstain}票",
            attendees=tuple(e.name for e in sample_roster(count or 0)),
            town_attendees=("郑建华（东海街道驻村干部）",) if index >= 2 else (),
        ))
    sheets.append(DossierSheet(
        "决议公开", "公开内容", held_on=matter.posting_from, form="村务公开栏张贴",
        content="公开决议内容、决策程序、项目明细及资金来源。",
        disclosure="2026年11月26日在村务公开栏及各村民小组公告栏张贴，公示至2026年12月3日，期间收到异议1件，已答复。",
        supervision="经审核，决策程序符合规定，同意公开。陈国强",
    ))
    impl = sample_implementation()
    sheets.append(DossierSheet(
        "组织实施及实施结果公开", "实施情况", held_on=impl.posting_from, form="村务公开栏张贴",
        content="陆丰市安达建筑工程有限公司承建，合同金额15,800.00元，2027年4月25日验收合格。",
        disclosure="2027年5月6日张贴实施结果公示，公示至2027年5月13日，未收到异议。",
        supervision=impl.supervision_opinion,
    ))
    return DossierDoc(matter.village_name, matter.town_name, matter.title, MOTION_KINDS[0],
                      matter.motion_source, tuple(sheets), audit_head=AUDIT_HEAD)


def sample_demo_site() -> DemoSiteDoc:
    from lufeng_desktop.core.rules import load_five_haves  # noqa: PLC0415

    findings = {"flag": ("整改中", "党旗褪色，已申请更换"), "board": ("未达标", "公开栏破损，待修缮")}
    items = tuple(
        ChecklistItem(c.label, c.evidence, findings.get(c.code, ("达标", ""))[0],
                      date(2026, 9, 1 + i), findings.get(c.code, ("", ""))[1])
        for i, c in enumerate(load_five_haves())
    )
    return DemoSiteDoc(
        "东海村", "东海街道", "第一村民小组", date(2023, 3, 1), items,
        ("党群议事", "政策宣传", "矛盾调解", "便民服务"),
        (InspectionNote(date(2026, 9, 15), "镇组织办", "五有台账齐全，公开栏内容按时更新。"),),
        printed_on=date(2026, 11, 26), audit_head=AUDIT_HEAD,
    )


def sample_objection(**changes: object) -> ObjectionDoc:
    base = dict(
        village_name="东海村", notice_title="东海村关于村道硬底化及路灯安装项目的决议公示",
        receipt_no="2026-007", received_on=date(2026, 11, 28), channel="书面",
        complainant="黄秀英", complainant_phone="13912345678",
        content="路灯安装位置未覆盖第五村民小组新村巷道，请求调整方案。",
        handled_by="陈国强", reply_due=date(2026, 12, 8),
        supervision_phone="村务监督委员会 13800138000",
        receiver="东海村村务监督委员会", audit_head=AUDIT_HEAD,
    )
    base.update(changes)
    return ObjectionDoc(**base)  # type: ignore[arg-type]


def render_sample(kind: str, paper: str = "A4") -> bytes:
    """The sample document of ``kind`` (the CLI's KIND names) as PDF bytes."""
    from lufeng_desktop.printing import checklist, documents, dossier, meeting_forms, receipts  # noqa: PLC0415

    builders: dict[str, Callable[[], bytes]] = {
        "resolution-notice": lambda: documents.resolution_notice(sample_matter(), paper),
        "result-notice": lambda: documents.result_notice(sample_matter(), sample_implementation(), paper),
        "meeting-notice": lambda: meeting_forms.meeting_notice(sample_villagers_meeting(), paper),
        "sign-in-sheet": lambda: documents.sign_in_sheet(sample_meeting(), sample_roster(35), paper),
        "ballot": lambda: meeting_forms.ballot(sample_meeting(), SAMPLE_MOTIONS, copies=2, paper=paper),
        "minutes": lambda: meeting_forms.minutes(sample_minutes(), paper),
        "dossier": lambda: dossier.dossier(sample_dossier(), paper),
        "objection-receipt": lambda: receipts.objection_receipt(sample_objection(), paper),
        "demo-site-checklist": lambda: checklist.demo_site_checklist(sample_demo_site(), paper),
    }
    return builders[kind]()


SAMPLE_KINDS = ("resolution-notice", "result-notice", "meeting-notice", "sign-in-sheet", "ballot",
                "minutes", "dossier", "objection-receipt", "demo-site-checklist")
