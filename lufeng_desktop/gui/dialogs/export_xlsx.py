"""Export the table on screen (with the tree scope and search applied) to .xlsx via services.xlsx_export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from lufeng_desktop.gui import ops
from lufeng_desktop.gui.errors import show_info
from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.services import xlsx_export
from lufeng_desktop.services.query_common import RegisterFilter
from lufeng_desktop.store.database import Store

# Register page tab → xlsx_export.TABLES key.
TABLE_KEYS = {
    "people": "people", "households": "households", "party": "party_members", "representatives": "representatives",
    "committee": "committee", "supervisors": "supervisors", "grids": "grids", "central": "central_households",
    "sites": "demo_sites",
}  # fmt: skip


def ask_path(parent: QWidget | None, suggested: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("export", "Export to Excel"), str(Path.home() / suggested), translate("export", "Excel workbook (*.xlsx)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def export_table(parent: QWidget | None, store: Store, key: str, flt: RegisterFilter, path: Path | None = None) -> ops.DbOp[int] | None:
    """Ask where (unless ``path`` is given), then write the file on the database thread."""
    table = TABLE_KEYS[key]
    target = path or ask_path(parent, f"{xlsx_export.TABLES[table].title}.xlsx")
    if target is None:
        return None

    def done(count: int) -> None:
        show_info(parent, translate("export", "Exported"), translate("export", "{0} rows written to {1}").format(count, target))

    op = ops.DbOp(parent, lambda _p: xlsx_export.export_xlsx(store, table, target, flt)).success(done)
    op.with_progress(translate("export", "Writing the Excel file…")).run_in_background()
    return op
