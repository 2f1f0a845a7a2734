from __future__ import annotations

from datetime import date

import pytest
from pdfcheck import all_text, font_problems, page_sizes, page_texts, squash, structure_problems
from printing_samples import (
    AUDIT_HEAD,
    sample_implementation,
    sample_matter,
    sample_meeting,
    sample_roster,
)

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.printing.documents import resolution_notice, result_notice, sign_in_sheet
from lufeng_desktop.printing.fonts import has_glyph
from lufeng_desktop.printing.model import RosterEntry

ASTRAL = "\U0002CC56"  # 𬱖
NOT_IN_FONT = "\U00020000"  # 𠀀


@pytest.fixture(scope="module")
def resolution_pdf() -> bytes:
    return resolution_notice(sample_matter())


def _assert_contains(text: str, *expected: str) -> None:
    for item in expected:
        assert squash(item) in text, item


def test_resolution_notice_has_every_element(resolution_pdf: bytes) -> None:
    text = all_text(resolution_pdf)
    _assert_contains(
        text,
        "东海村关于村道硬底化及路灯安装项目的决议公示",
        "全体村民：",
        "根据《中华人民共和国村民委员会组织法》及“四议两公开”工作要求，",
        "事项名称：村道硬底化及路灯安装项目（村集体经济项目）",
        "动议事由：第三、五村民小组村民联名提出村道破损、夜间无照明，出行不便。",
        "（一）村党组织提议：2026年11月2日，村党支部委员会会议；应到5人（支部委员），实到5人；"
        "同意5票，反对0票，弃权0票；同意提交“两委”商议。",
        "（二）村“两委”商议：2026年11月5日，村“两委”联席会议；应到9人（“两委”成员），实到8人；",
        "（三）党员大会审议：2026年11月12日，村党员大会；应到47人（有表决权的党员），实到41人；"
        "同意39票，反对1票，弃权1票；审议通过。",
        "（四）村民代表会议决议：2026年11月20日，村民代表会议；应到35人（组成人员），实到31人；"
        "同意29票，反对1票，弃权1票；表决通过。",
        "决议内容：同意实施村道硬底化及路灯安装项目，采取比选方式确定施工单位",
        "总金额16,195.00元",
        "¥12,345.00", "村集体经济收入", "¥3,850.00", "镇财政以奖代补资金", "合计¥16,195.00",
        "公示期：自 2026年11月26日 至 2026年12月3日。",
        "异议方式：公示期内，村民如有异议，可以书面或口头方式向村务监督委员会反映",
        "监督电话：村务监督委员会 13800138000；东海街道纪工委 0660-8123456",
        "中共东海村支部委员会", "东海村民委员会", "（印章）",
        "村务监督委员会审核：陈国强",
        f"审计链 {AUDIT_HEAD[:16]}",
    )
    assert AUDIT_HEAD[:17] not in text
    # The date under the issuers, in standard form (it also opens the posting period).
    assert text.count("2026年11月26日") >= 2


def test_page_numbers_on_every_page(resolution_pdf: bytes) -> None:
    pages = page_texts(resolution_pdf)
    for number, page in enumerate(pages, 1):
        assert f"—{number}—" in page


def test_blank_reviewer_line_when_not_reviewed() -> None:
    text = all_text(resolution_notice(sample_matter(supervision_reviewer=None)))
    assert "村务监督委员会审核：＿＿＿＿" in text
    assert "陈国强" not in text


def test_fonts_are_embedded_subsets_and_structure_is_clean(resolution_pdf: bytes) -> None:
    others = [
        resolution_notice(sample_matter(), "A3"),
        result_notice(sample_matter(), sample_implementation()),
        sign_in_sheet(sample_meeting(), sample_roster(30)),
    ]
    for data in [resolution_pdf, *others]:
        assert font_problems(data) == []
        assert structure_problems(data) == []
        assert b"/FontFile2" in data and b"LXGWWenKai-Regular" in data


def test_output_is_deterministic() -> None:
    assert resolution_notice(sample_matter()) == resolution_notice(sample_matter())


def test_a3_poster_has_same_text_on_a3_paper(resolution_pdf: bytes) -> None:
    poster = resolution_notice(sample_matter(), paper="A3")
    for width, height in page_sizes(poster):
        assert (width, height) == (pytest.approx(841.89, abs=0.5), pytest.approx(1190.55, abs=0.5))
    assert len(page_texts(poster)) == len(page_texts(resolution_pdf))
    assert all_text(poster) == all_text(resolution_pdf)


def test_result_notice_has_implementation_facts() -> None:
    text = all_text(result_notice(sample_matter(), sample_implementation()))
    _assert_contains(
        text,
        "东海村关于村道硬底化及路灯安装项目实施结果的公示",
        "全体村民：",
        "2026年11月26日公示的决议",
        "承接方：陆丰市安达建筑工程有限公司。",
        "选定方式：比选（2026年12月15日）。",
        "合同金额：¥15,800.00。",
        "实际支出：村集体经济收入¥11,900.00；镇财政以奖代补资金¥3,780.00，合计¥15,680.00。",
        "实施时间：自 2027年1月6日 至 2027年4月18日。",
        "验收情况：2027年4月25日验收，验收合格。",
        "付款情况：2027年1月10日支付¥4,740.00（预付款）；2027年4月28日支付¥10,940.00（进度款及结算款）。",
        "遗留事项：质保金待质保期满后结算。",
        "村务监督委员会意见：经审核，项目程序合规，资金支出与合同相符，同意公示。",
        "公示期：自 2027年5月6日 至 2027年5月13日。",
        "监督电话：村务监督委员会 13800138000",
        "中共东海村支部委员会", "东海村民委员会", "村务监督委员会审核：陈国强",
    )
    assert text.count("2027年5月6日") >= 2  # posting start and the sign-off date


def test_result_notice_without_completion_or_payments() -> None:
    impl = sample_implementation(finished_on=None, acceptance_date=None, acceptance_result="",
                                 payments=(), outstanding=(), asset_terms="承租方陈某，面积3亩，租期5年")
    text = all_text(result_notice(sample_matter(), impl))
    _assert_contains(text, "2027年1月6日开工，尚未完工", "验收情况：尚未验收", "付款情况：尚未付款",
                     "遗留事项：无", "资产（资源）情况：承租方陈某，面积3亩，租期5年")


def test_sign_in_sheet_spans_pages_and_repeats_header() -> None:
    roster = sample_roster(30)
    data = sign_in_sheet(sample_meeting(expected=None), roster)
    pages = page_texts(data)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        for header in ("序号", "姓名", "村民小组", "签名"):
            assert header in page, (number, header)
        assert f"—{number}—" in page
    text = "".join(pages)
    _assert_contains(text, "东海村村民代表会议签到表", "会议事项：村道硬底化及路灯安装项目",
                     "会议时间：2026年11月20日上午9时", "地点：村委会二楼会议室", "应到30人")
    for entry in roster:
        assert entry.name in text and entry.group in text
    assert "30" in pages[-1]


def test_minor_names_are_masked_on_public_documents() -> None:
    roster = [RosterEntry("陈小明", "第一村民小组", birth_date=date(2015, 3, 1)),
              RosterEntry("林秀英", "第二村民小组", birth_date=date(1970, 5, 5))]
    text = all_text(sign_in_sheet(sample_meeting(), roster))
    assert "陈某" in text and "陈小明" not in text
    assert "林秀英" in text


def test_full_id_number_stops_printing() -> None:
    matter = sample_matter(motion_source="村民陈国强（身份证441581198001010011）提出")
    with pytest.raises(LufengError) as info:
        resolution_notice(matter)
    assert info.value.code == "personal_info"


def test_villager_mobile_stops_printing_but_official_phone_is_shown() -> None:
    matter = sample_matter(objection_channel="可联系村民林秀英13912345678反映")
    with pytest.raises(LufengError) as info:
        resolution_notice(matter)
    assert info.value.code == "personal_info"
    with pytest.raises(LufengError):
        sign_in_sheet(sample_meeting(), [RosterEntry("林秀英", "13912345678")])


def test_missing_glyph_raises_before_printing() -> None:
    with pytest.raises(LufengError) as info:
        resolution_notice(sample_matter(supervision_reviewer=f"陈{NOT_IN_FONT}"))
    assert info.value.code == "missing_glyph"
    assert NOT_IN_FONT in info.value.zh
    with pytest.raises(LufengError) as info:
        sign_in_sheet(sample_meeting(), [RosterEntry(f"李{NOT_IN_FONT}", "第一村民小组")])
    assert info.value.code == "missing_glyph"


def test_astral_name_character_renders() -> None:
    # reportlab's ToUnicode is wrong for astral characters, so the text is not asserted.
    assert has_glyph(ASTRAL)
    data = sign_in_sheet(sample_meeting(), [RosterEntry(f"李{ASTRAL}", "第一村民小组")])
    assert structure_problems(data) == [] and font_problems(data) == []
    data = resolution_notice(sample_matter(supervision_reviewer=f"王{ASTRAL}"))
    assert font_problems(data) == []
