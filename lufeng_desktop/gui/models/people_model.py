"""人员 table: every live person in the selected town, village or group, with the search applied."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.models.paged import Column, PagedTableModel
from lufeng_desktop.services.people_rows import PersonRow


def _date(value: Any) -> str:
    return value.isoformat() if value else ""


class PeopleModel(PagedTableModel):
    COL_NAME, COL_GENDER, COL_AGE, COL_ID = 0, 1, 2, 3
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, "name", width=90),
        Column(QT_TRANSLATE_NOOP("columns", "Gender"), lambda r: r.gender, "gender", width=50),
        Column(QT_TRANSLATE_NOOP("columns", "Age"), lambda r: r.age, "age", align_right=True, width=50),
        Column(QT_TRANSLATE_NOOP("columns", "ID number"), lambda r: r.id_number, "id_number", width=175),
        Column(QT_TRANSLATE_NOOP("columns", "Birth date"), lambda r: _date(r.birth_date)),
        Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda r: r.phone),
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
        Column(QT_TRANSLATE_NOOP("columns", "Group"), lambda r: r.group_name, "group"),
        Column(QT_TRANSLATE_NOOP("columns", "Household"), lambda r: r.household_number, "household", width=130),
        Column(QT_TRANSLATE_NOOP("columns", "Relation"), lambda r: r.relation_to_head, width=90),
        Column(QT_TRANSLATE_NOOP("columns", "Roles"), lambda r: r.roles),
    )
    default_order = "name"

    # services.queries is imported when the first query runs (on the database thread), not with this module:
    # the start-up preview (services/quick_start.py) shows this model before SQLAlchemy is loaded.
    def count(self, flt: Any) -> int:
        from lufeng_desktop.services import queries  # noqa: PLC0415

        return queries.count_people(self.store, flt or queries.ALL)

    def fetch(self, flt: Any, order: str, offset: int, limit: int) -> list[PersonRow]:
        from lufeng_desktop.services import queries  # noqa: PLC0415

        return queries.page_people(self.store, flt or queries.ALL, offset, limit, order or self.default_order)
