"""What the register shows while the database opens: the first people, read with sqlite3 alone.

Light on purpose (the register page imports this module, not the other way round).
The rows come from services/quick_start.py before SQLAlchemy is imported; the
window swaps in the real register page (with the same rows) as soon as the store
is open. Read-only: nothing here can be clicked into doing work (the status bar says the database is opening).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from lufeng_desktop.gui.models.people_model import PeopleModel
from lufeng_desktop.gui.widgets.table_view import make_table_view
from lufeng_desktop.services.people_rows import PersonRow


TREE_WIDTH = 210  # the register's town → village → group tree, as it starts (here and on the register page)


def people_search_box() -> QLineEdit:
    """The register's search box (the preview shows it disabled); one text in the register page's translations."""
    box = QLineEdit()
    box.setPlaceholderText(QCoreApplication.translate("RegisterPage", "Search people: name, pinyin initials (zs → 张三) or ID number"))
    return box


class RegisterPreview(QWidget):
    def __init__(self, rows: list[PersonRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleModel(None, self)  # never queries: it holds one page and is replaced before any other
        self.model.show_first(rows)
        self.view = make_table_view(self.model, PeopleModel.columns, sortable=False)
        search = people_search_box()
        search.setEnabled(False)
        tree = QFrame()  # where the register's town → village → group tree will be
        tree.setFrameShape(QFrame.Shape.StyledPanel)
        tree.setFixedWidth(TREE_WIDTH)
        right = QVBoxLayout()
        right.addWidget(search)
        right.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tree)
        layout.addLayout(right, 1)
        # The shape of the register page, for code that looks at the people table whichever page is shown.
        self.models, self.views = {"people": self.model}, {"people": self.view}
