"""Print buttons of the 四议两公开 screens: open the print preview when that dialog exists in this build."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QWidget

from lufeng_desktop.gui.errors import show_info
from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.store.database import Store

log = logging.getLogger(__name__)


def open_print(parent: QWidget | None, store: Store, kind: str, **render_kwargs: Any) -> Any:
    """``print_preview.open_print_preview`` renders off the GUI thread and shows the exact PDF; returns its dialog."""
    try:
        from lufeng_desktop.gui.dialogs.print_preview import open_print_preview  # noqa: PLC0415
    except ImportError:
        log.warning("print preview not available in this build")
        show_info(parent, translate("Printing", "Print"), translate("Printing", "Printing is not available in this version."))
        return None
    return open_print_preview(parent, store, kind, **render_kwargs)
