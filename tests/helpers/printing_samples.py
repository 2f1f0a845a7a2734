"""A realistic sample matter shared by the printing tests."""

from __future__ import annotations

from datetime import date

from lufeng_desktop.printing.model import (
    ImplementationDoc,
    LineItem,
    MatterDoc,
    MeetingDoc,
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


def sample_meeting() -> MeetingDoc:
    return MeetingDoc("东海村", "村民代表会议", date(2026, 11, 20), "村委会二楼会议室",
                      "村道硬底化及路灯安装项目", audit_head=AUDIT_HEAD)


SURNAMES = "陈林黄张李王吴刘蔡杨郑许"
GIVEN = "国强志明秀英建华丽娟海波小红伟东"


def sample_roster(count: int) -> list[RosterEntry]:
    return [
        RosterEntry(SURNAMES[i % len(SURNAMES)] + GIVEN[i % 7 * 2: i % 7 * 2 + 2],
                    f"第{i % 6 + 1}村民小组")
        for i in range(count)
    ]
