"""The main window: navigation on the left, one page per section, the database in the status bar."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from lufeng_desktop.gui.pages.placeholder import PlaceholderPage
from lufeng_desktop.gui.pages.settings_page import SettingsPage
from lufeng_desktop.store.database import Store

SECTIONS = ("register", "matters", "board", "sites", "sync", "stats", "settings")
NAV_WIDTH = 150


def database_state(store: Store) -> str:
    """正常 / 只读 as the clerk needs to know it; a damaged file never gets this far (start-up refuses it)."""
    path = store.path
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return "read_only" if not writable else "ok"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name = store, user_name
        self.setWindowTitle(self.tr("Lufeng Village Affairs"))
        self.resize(1366, 768)
        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.pages = QStackedWidget()
        self.page_by_key: dict[str, QWidget] = {}
        for key, title, page in self._make_pages():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(NAV_WIDTH - 8, 40))
            self.nav.addItem(item)
            self.pages.addWidget(page)
            self.page_by_key[key] = page
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self.nav.setCurrentRow(0)

    def _make_pages(self) -> list[tuple[str, str, QWidget]]:
        from lufeng_desktop.gui.pages.register_page import RegisterPage  # noqa: PLC0415
        from lufeng_desktop.gui.pages.sites_page import SitesPage  # noqa: PLC0415

        self.register_page = RegisterPage(self.store, self.user_name, self)
        self.register_page.village_label_changed.connect(self._set_village_label)
        self.sites_page = SitesPage(self.store, self.user_name, self)
        self.register_page.data_changed.connect(lambda: self.sites_page.reload())  # new groups can become sites
        self.settings_page = SettingsPage(self.store.data_dir, self)
        from lufeng_desktop.gui.pages.handover_page import HandoverPage  # noqa: PLC0415

        self.handover_page = HandoverPage(self.store, self.user_name, self)
        self.handover_page.data_changed.connect(lambda: self.register_page.refresh_after_change())  # answered conflicts change rows
        self._make_matter_pages()
        return [
            ("register", self.tr("Village register"), self.register_page),
            ("matters", self.tr("4+2 decisions"), self.matters_page),
            ("board", self.tr("Notice board"), self.board_page),
            ("sites", self.tr("Demonstration sites"), self.sites_page),
            ("sync", self.tr("Sync and handover"), self.handover_page),
            ("stats", self.tr("Statistics"), PlaceholderPage(
                self.tr("Statistics"), self.tr("Counts and reports for the town."),
            )),
            ("settings", self.tr("Settings"), self.settings_page),
        ]  # fmt: skip

    def _make_matter_pages(self) -> None:
        from lufeng_desktop.gui.pages.board_page import BoardPage  # noqa: PLC0415
        from lufeng_desktop.gui.pages.matters_page import MattersPage  # noqa: PLC0415

        self.matters_page = MattersPage(self.store, self.user_name, self)
        self.board_page = BoardPage(self.store, self)
        self.matters_page.data_changed.connect(self.board_page.reload)
        self.board_page.open_matter_requested.connect(lambda matter_id: self.show_section("matters").open_matter(matter_id))  # type: ignore[attr-defined]

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.village_label = QLabel()
        self.state_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.village_label)
        bar.addPermanentWidget(self.state_label)
        bar.addPermanentWidget(self.path_label)
        self.refresh_status()

    def refresh_status(self) -> None:
        state = database_state(self.store)
        text = {"ok": self.tr("Database OK"), "read_only": self.tr("Database read-only")}[state]
        self.state_label.setText(text)
        self.state_label.setStyleSheet("" if state == "ok" else "color: #b3261e;")
        self.path_label.setText(self.tr("Database: {0}").format(_short(self.store.path)))
        self.path_label.setToolTip(str(self.store.path))

    def _set_village_label(self, text: str) -> None:
        self.village_label.setText(text)

    def show_section(self, key: str) -> QWidget:
        self.nav.setCurrentRow(SECTIONS.index(key))
        return self.page_by_key[key]


def _short(path: Path) -> str:
    home = Path.home()
    try:
        return "~/" + str(path.relative_to(home))
    except ValueError:
        return str(path)
