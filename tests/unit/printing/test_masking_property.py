"""Property: whatever people a clerk prints, no public document shows a full ID number or mobile.

People are generated with valid ID numbers (core.idcard.make_id_number) and mobiles; they
enter the documents the way the workflow puts them there — names with birth dates on
rosters and signature grids, the complainant's raw phone on a receipt, and the masked
forms (441581********1234, 139****5678) a clerk may type into free text. Each document
must render (masked forms are not mistaken for leaks) and its extracted text must hold
neither a full ID number nor an unmasked mobile.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfcheck import all_text
from printing_samples import sample_dossier, sample_meeting, sample_minutes, sample_objection

from lufeng_desktop.core.idcard import FEMALE, LUFENG_REGION_CODE, MALE, make_id_number
from lufeng_desktop.core.masking import contains_full_id_number, contains_unmasked_mobile, mask_id_number, mask_phone
from lufeng_desktop.printing.documents import sign_in_sheet
from lufeng_desktop.printing.dossier import dossier
from lufeng_desktop.printing.meeting_forms import minutes
from lufeng_desktop.printing.model import RosterEntry
from lufeng_desktop.printing.receipts import objection_receipt

NOTICE_DAY = date(2026, 11, 20)


@st.composite
def people(draw: st.DrawFn) -> tuple[str, date, str, str]:
    born = draw(st.dates(date(1930, 1, 1), date(2025, 12, 31)))
    gender = draw(st.sampled_from((MALE, FEMALE)))
    id_number = make_id_number(LUFENG_REGION_CODE, born, draw(st.integers(0, 499)), gender)
    mobile = "1" + draw(st.sampled_from("3456789")) + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=9, max_size=9)))
    name = draw(st.sampled_from("陈林黄张李王吴刘蔡杨郑许")) + "".join(draw(st.lists(st.sampled_from("国强志明秀英建华丽娟海波"), min_size=1, max_size=2)))
    return name, born, id_number, mobile


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(people(), min_size=1, max_size=12))
def test_no_public_document_leaks_an_id_number_or_mobile(crowd: list[tuple[str, date, str, str]]) -> None:
    roster = [RosterEntry(name, "第一村民小组", birth_date=born) for name, born, _, _ in crowd]
    masked = "；".join(f"{name}（{mask_id_number(idn, scheme='6+4')}，{mask_phone(mobile)}）" for name, _, idn, mobile in crowd)
    first_name, _, _, first_mobile = crowd[0]
    base = sample_dossier()
    sheets = tuple(dataclasses.replace(s, attendees=tuple(e.name for e in roster)) for s in base.sheets)
    documents = [
        sign_in_sheet(sample_meeting(), roster),
        minutes(sample_minutes(discussion=f"发言：{masked}")),
        objection_receipt(sample_objection(complainant=first_name, complainant_phone=first_mobile, content=f"反映人{masked}")),
        dossier(dataclasses.replace(base, sheets=sheets)),
    ]
    for data in documents:
        text = all_text(data)
        assert not contains_full_id_number(text)
        assert not contains_unmasked_mobile(text.replace("13800138000", ""))  # the duty phone is public
        for _, _, id_number, mobile in crowd:
            assert id_number not in text and mobile not in text
    receipt = all_text(documents[2])
    assert mask_phone(first_mobile) in receipt


def test_minors_are_surname_and_mou_on_the_sign_in_sheet() -> None:
    child = RosterEntry("欧阳小明", "第二村民小组", birth_date=date(2014, 1, 1))
    adult = RosterEntry("陈国强", "第二村民小组", birth_date=date(1960, 1, 1))
    text = all_text(sign_in_sheet(sample_meeting(held_on=NOTICE_DAY), [child, adult]))
    assert "欧阳某" in text and "欧阳小明" not in text and "陈国强" in text
