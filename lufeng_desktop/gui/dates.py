"""Reading a date the way clerks type it: 1985-03-02, 1985.3.2, 1985/3/2, 19850302, 1985年3月2日."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from lufeng_desktop.core.errors import ValidationError

_SEPARATED = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(text: str, *, field: str) -> date | None:
    """None for an empty field; ValidationError naming ``field`` for anything that is not a real date."""
    clean = unicodedata.normalize("NFKC", text or "").strip()
    if not clean:
        return None
    match = _SEPARATED.fullmatch(clean) or _COMPACT.fullmatch(clean)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise ValidationError(
        f"日期“{clean}”无法识别，请写成 1985-03-02", f"cannot read the date {clean!r}; write it as 1985-03-02", field=field
    )
