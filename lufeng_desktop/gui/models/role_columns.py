"""Columns shared by the office tables (村民代表, 两委, 村务监督委员会): one row per office held."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.models.paged import Column


def _term(start: date, end: date | None) -> str:
    return f"{start.isoformat()} – {end.isoformat() if end else ''}"


ROLE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, "name"),
    Column(QT_TRANSLATE_NOOP("columns", "Gender"), lambda r: r.gender, width=50),
    Column(QT_TRANSLATE_NOOP("columns", "Age"), lambda r: r.age, align_right=True, width=50),
    Column(QT_TRANSLATE_NOOP("columns", "Body"), lambda r: r.body, width=130),
    Column(QT_TRANSLATE_NOOP("columns", "Post"), lambda r: r.post, "post"),
    Column(QT_TRANSLATE_NOOP("columns", "Term"), lambda r: _term(r.term_start, r.term_end), "term_start", width=200),
    Column(QT_TRANSLATE_NOOP("columns", "Party"), lambda r: r.party_status, width=60),
    Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
    Column(QT_TRANSLATE_NOOP("columns", "Group"), lambda r: r.group_name, "group"),
    Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda r: r.phone),
)
