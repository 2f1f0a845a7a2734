"""Meeting notice, ballot, minutes, 登记表, 示范点 checklist and objection receipt."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pdfcheck import all_text, font_problems, page_sizes, page_texts, squash, structure_problems
from printing_samples import (
    AUDIT_HEAD,
    SAMPLE_KINDS,
    SAMPLE_MOTIONS,
    render_sample,
    sample_demo_site,
    sample_dossier,
    sample_meeting,
    sample_minutes,
    sample_objection,
    sample_villagers_meeting,
)

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.printing.checklist import demo_site_checklist, overall
from lufeng_desktop.printing.dossier import dossier
from lufeng_desktop.printing.meeting_forms import ballot, meeting_notice, minutes
from lufeng_desktop.printing.model import DossierDoc, MinutesDoc
from lufeng_desktop.printing.receipts import objection_receipt


def _contains(text: str, *expected: str) -> None:
    for item in expected:
        assert squash(item) in text, item


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
def test_every_document_embeds_subset_fonts_passes_qpdf_and_carries_the_audit_head(kind: str) -> None:
    data = render_sample(kind)
    assert font_problems(data) == []
    assert structure_problems(data) == []
    pages = page_texts(data)
    for number, page in enumerate(pages, 1):
        assert f"审计链{AUDIT_HEAD[:16]}" in page, (kind, number)
        assert f"—{number}—" in page, (kind, number)


@pytest.mark.parametrize("kind", ["meeting-notice", "ballot", "objection-receipt", "demo-site-checklist"])
def test_a3_poster_variant(kind: str) -> None:
    for width, height in page_sizes(render_sample(kind, "A3")):
        assert (round(width), round(height)) == (842, 1191)


def test_meeting_notice_states_the_legal_notice_period() -> None:
    text = all_text(meeting_notice(sample_villagers_meeting()))
    _contains(
        text, "东海村关于召开村民会议的通知", "本村年满十八周岁的村民：",
        "会议时间：2026年12月20日上午9时。", "会议地点：村文化广场。", "（应到1046人）",
        "（一）审议东海村2027年度集体经济收益使用方案。", "（二）表决村规民约修订草案。",
        "根据《中华人民共和国村民委员会组织法》第二十一条，召开村民会议应当提前十日通知。",
        "本通知于2026年12月8日发出，距会议召开12日。", "联系电话：村委会0660-8123456", "东海村民委员会", "2026年12月8日",
    )


def test_meeting_notice_refuses_a_short_notice_unless_the_workflow_recorded_why() -> None:
    short = sample_villagers_meeting(notice_on=date(2026, 12, 15))
    with pytest.raises(LufengError) as info:
        meeting_notice(short)
    assert info.value.code == "notice_period" and "10日" in info.value.zh and "5日" in info.value.zh
    text = all_text(meeting_notice(sample_villagers_meeting(notice_on=date(2026, 12, 15), notice_override="防汛紧急")))
    assert "应当提前十日通知" not in text and "召开村民会议" in text
    # Exactly ten days is enough ("以上" includes the number itself).
    assert "距会议召开10日" in all_text(meeting_notice(sample_villagers_meeting(notice_on=date(2026, 12, 10))))


def test_ballot_has_boxes_for_each_option_no_names_and_two_per_page() -> None:
    data = ballot(sample_meeting(), SAMPLE_MOTIONS, copies=3)
    pages = page_texts(data)
    assert len(pages) == 2
    assert pages[0].count("东海村村民代表会议表决票") == 2 and pages[1].count("表决票") == 1
    assert "沿此线剪开" in pages[0]
    first = pages[0]
    _contains(first, "（不记名）", "同意反对弃权", "同意实施村道硬底化及路灯安装项目（总金额16,195.00元）", "□□□",
              "请在选定意见下的方框内划“√”，每项只能选一种意见")
    assert "编号" not in first
    with pytest.raises(LufengError):
        ballot(sample_meeting(), copies=0)


def test_minutes_form_prints_what_was_recorded() -> None:
    text = all_text(minutes(sample_minutes()))
    _contains(text, "东海村村民代表会议记录", "会议时间2026年11月20日上午9时", "会议地点村委会二楼会议室",
              "主持人陈志明", "记录人林丽娟", "应到人数35人", "实到人数31人", "乡镇参会人员郑建华（东海街道驻村干部）",
              "一、表决村道硬底化及路灯安装项目实施方案", "讨论情况陈志明介绍项目方案",
              "同意29票，反对1票，弃权1票。应到35人，实到31人", "决议内容同意实施", "主持人签字", "记录人签字", "参会人员签字")
    assert len(page_texts(minutes(sample_minutes()))) == 1


def test_blank_minutes_form_leaves_lines_to_fill_in() -> None:
    text = all_text(minutes(MinutesDoc(sample_meeting(chair="", recorder="", expected=None))))
    _contains(text, "同意＿＿票，反对＿＿票，弃权＿＿票", "讨论情况", "参会人员签字")
    assert "人实到人数" not in text


def test_dossier_has_six_sheets_with_the_fields_of_each_step() -> None:
    data = dossier(sample_dossier())
    text = all_text(data)
    for number, step in enumerate(["村党组织提议", "村“两委”商议", "党员大会审议", "村民代表会议决议", "决议公开",
                                   "组织实施及实施结果公开"], 1):
        _contains(text, f"第{number}张，共6张", step)
    assert text.count("东海村重大事务“四议两公开”决策实施登记表") == 6
    _contains(text, "动议事由", "√党员群众建议", "村干部提议", "上级党委政府安排", "事项村道硬底化及路灯安装项目",
              "会议形式党员大会", "应到47人实到41人比例87.2%", "审议内容", "决议内容", "参会人员签字",
              "公开情况2026年11月26日在村务公开栏", "监督意见经审核，决策程序符合规定")
    assert text.count("乡镇参会人员签字（含职务）") == 2
    assert text.count("公开情况") == 2 and text.count("监督意见") == 2
    assert text.count("√") == 6  # the motion source ticked once per sheet


def test_dossier_signature_grid_flows_over_pages_with_its_header() -> None:
    data = dossier(sample_dossier(attendees_per_meeting=200))
    pages = page_texts(data)
    assert len(pages) >= 14
    for page in pages:
        assert "登记表" in page or "参会人员签字" in page  # every page says what it is


def test_dossier_prints_blank_sheets_for_steps_not_reached() -> None:
    doc = sample_dossier()
    text = all_text(dossier(DossierDoc(doc.village_name, doc.town_name, doc.title, "", "", doc.sheets[:2])))
    assert "第6张，共6张" in text and "实施情况" in text
    assert "√" not in text  # nothing ticked when the motion source is unknown


def test_demo_site_checklist() -> None:
    site = sample_demo_site()
    assert overall(site) == "未全部达标（1项未达标，1项整改中，3项达标）"
    text = all_text(demo_site_checklist(site))
    _contains(text, "东海村第一村民小组示范点“五有”建设情况表", "所属镇（街道）：东海街道", "确定为示范点：2023年3月1日",
              "有标识牌子", "有党旗党徽", "有规章制度", "有活动场所", "有公开栏", "整改中", "未达标",
              "党旗褪色，已申请更换", "2026年9月1日", "（一）党群议事", "（四）便民服务",
              "2026年9月15日", "镇组织办", "五有台账齐全")


def test_objection_receipt_masks_the_villager_and_shows_the_duty_phone() -> None:
    data = objection_receipt(sample_objection())
    text = all_text(data)
    assert len(page_texts(data)) == 1
    assert "13912345678" not in text
    _contains(text, "东海村村务公开异议受理回执（存根）", "沿此线剪开", "黄秀英（联系电话：139****5678）",
              "路灯安装位置未覆盖第五村民小组新村巷道", "2026年12月8日前",
              "东海村村务监督委员会将于2026年12月8日前作出答复", "监督电话：村务监督委员会13800138000")
    assert text.count("编号2026-007") == 2
    anonymous = all_text(objection_receipt(sample_objection(complainant="", complainant_phone="不详")))
    assert "匿名" in anonymous and "联系电话" not in anonymous


def test_typed_mobile_in_free_text_stops_every_form() -> None:
    with pytest.raises(LufengError) as info:
        minutes(sample_minutes(discussion="村民林秀英（13912345678）提出意见"))
    assert info.value.code == "personal_info"
    with pytest.raises(LufengError):
        objection_receipt(sample_objection(content="请回电 139 1234 5678"))


def test_missing_glyph_is_reported_by_every_form() -> None:
    rare = "\U00020000"
    with pytest.raises(LufengError, match="U\\+20000"):
        demo_site_checklist(sample_demo_site().__class__(**{**sample_demo_site().__dict__, "group_name": f"第{rare}组"}))
    with pytest.raises(LufengError) as info:
        ballot(sample_meeting(), [f"同意{rare}"])
    assert info.value.code == "missing_glyph"


def test_ideographic_spaces_keep_their_width() -> None:
    text = all_text(dossier(sample_dossier()))
    assert re.search("村党组织提议第1张", text)
