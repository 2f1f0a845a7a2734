"""The main window: navigation on the left, one page per section, the database in the status bar."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from lufeng_desktop.gui.pages.placeholder import PlaceholderPage
from lufeng_desktop.gui.pages.settings_page import SettingsPage

if TYPE_CHECKING:
    from lufeng_desktop.services.people_rows import PersonRow
    from lufeng_desktop.store.database import Store

SECTIONS = ("register", "matters", "board", "sites", "sync", "stats", "settings")
NAV_WIDTH = 150


def database_state(store: Store | None) -> str:
    """正常 / 只读 / 已损坏 as the clerk needs to know it (damage found by the check that runs behind the window)."""
    if store is None:
        return "opening"
    if store.check.done() and store.check.error is not None:
        return "damaged"
    path = store.path
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return "read_only" if not writable else "ok"


class MainWindow(QMainWindow):
    """Sections are built the first time they are shown (the register at once): a page that is
    never opened costs nothing at start-up, and its queries don't wait in front of the
    register's first rows on the single database worker.

    ``opening`` makes the window before the store is open (startup.start_window): the register
    shows a preview of its first rows and nothing else works until ``attach``."""

    def __init__(self, store: Store | None, user_name: str, parent: QWidget | None = None,
                 *, db_path: Path | None = None, preview: list[PersonRow] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.user_name = store, user_name
        self._db_path, self._preview = (store.path if store is not None else db_path), preview or []
        if store is not None:
            _activate_rules(store)
        self.setWindowTitle(self.tr("Lufeng Village Affairs"))
        self.resize(1366, 768)
        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.pages = QStackedWidget()
        self.page_by_key: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        for key, title, factory in self._sections():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(NAV_WIDTH - 8, 40))
            self.nav.addItem(item)
            self._factories[key] = factory
            self.pages.addWidget(QWidget())  # stands in until the section is first shown
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self.nav.setEnabled(store is not None)
        self.nav.setCurrentRow(0)

    @classmethod
    def opening(cls, db_path: Path, user_name: str, preview: list[PersonRow]) -> MainWindow:
        """The window while the store opens, with the register's first people read by services/quick_start.py."""
        return cls(None, user_name, db_path=db_path, preview=preview)

    def attach(self, store: Store) -> None:
        """The store is open: the register page takes the preview's place, showing the same rows at once
        (its own first query, already queued, confirms them), and every section can be opened."""
        self.store, self._db_path = store, store.path
        _activate_rules(store)
        if self.page_by_key.pop("register", None) is not None:  # page() puts the real one in the preview's place
            self.page("register").models["people"].show_first(self._preview)  # type: ignore[attr-defined]
        self._preview = []
        self.nav.setEnabled(True)
        self.refresh_status()

    def _sections(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        return [
            ("register", self.tr("Village register"), self._make_register),
            ("matters", self.tr("4+2 decisions"), self._make_matters),
            ("board", self.tr("Notice board"), self._make_board),
            ("sites", self.tr("Demonstration sites"), self._make_sites),
            ("sync", self.tr("Sync and handover"), self._make_handover),
            ("stats", self.tr("Statistics"), lambda: PlaceholderPage(
                self.tr("Statistics"), self.tr("Counts and reports for the town."),
            )),
            ("settings", self.tr("Settings"), lambda: SettingsPage(self.store.data_dir, self)),
        ]  # fmt: skip

    def page(self, key: str) -> QWidget:
        """The section's page, built now if it has not been shown yet."""
        page = self.page_by_key.get(key)
        if page is None:
            page = self._factories[key]()
            index, current = SECTIONS.index(key), self.pages.currentIndex()
            stand_in = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages.setCurrentIndex(current)
            self.page_by_key[key] = page
        return page

    def _show_row(self, row: int) -> None:
        self.page(SECTIONS[row])
        self.pages.setCurrentIndex(row)

    # ── the sections and how they tell each other about changes ───────────────────────────
    def _make_register(self) -> QWidget:
        if self.store is None:
            from lufeng_desktop.gui.pages.register_preview import RegisterPreview  # noqa: PLC0415

            return RegisterPreview(self._preview, self)
        from lufeng_desktop.gui.pages.register_page import RegisterPage  # noqa: PLC0415

        page = RegisterPage(self.store, self.user_name, self)
        page.village_label_changed.connect(self._set_village_label)
        page.data_changed.connect(lambda: self._reload_if_built("sites"))  # new groups can become sites
        return page

    def _make_sites(self) -> QWidget:
        from lufeng_desktop.gui.pages.sites_page import SitesPage  # noqa: PLC0415

        return SitesPage(self.store, self.user_name, self)

    def _make_handover(self) -> QWidget:
        from lufeng_desktop.gui.pages.handover_page import HandoverPage  # noqa: PLC0415

        page = HandoverPage(self.store, self.user_name, self)
        page.data_changed.connect(lambda: self.register_page.refresh_after_change())  # answered conflicts change rows
        return page

    def _make_matters(self) -> QWidget:
        from lufeng_desktop.gui.pages.matters_page import MattersPage  # noqa: PLC0415

        page = MattersPage(self.store, self.user_name, self)
        page.data_changed.connect(lambda: self._reload_if_built("board"))
        return page

    def _make_board(self) -> QWidget:
        from lufeng_desktop.gui.pages.board_page import BoardPage  # noqa: PLC0415

        page = BoardPage(self.store, self)
        page.open_matter_requested.connect(lambda matter_id: self.show_section("matters").open_matter(matter_id))  # type: ignore[attr-defined]
        return page

    def _reload_if_built(self, key: str) -> None:
        page = self.page_by_key.get(key)
        if page is not None:
            page.reload()  # type: ignore[attr-defined]

    # The sections by name, for the code that connects them and for tests; each is built on first use.
    register_page = property(lambda self: self.page("register"))
    matters_page = property(lambda self: self.page("matters"))
    board_page = property(lambda self: self.page("board"))
    sites_page = property(lambda self: self.page("sites"))
    handover_page = property(lambda self: self.page("sync"))
    settings_page = property(lambda self: self.page("settings"))

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
        text = {"ok": self.tr("Database OK"), "read_only": self.tr("Database read-only"),
                "damaged": self.tr("Database damaged: read-only"), "opening": self.tr("Opening the database…")}[state]  # fmt: skip
        self.state_label.setText(text)
        self.state_label.setStyleSheet("" if state in ("ok", "opening") else "color: #b3261e;")
        if self._db_path is not None:
            self.path_label.setText(self.tr("Database: {0}").format(_short(self._db_path)))
            self.path_label.setToolTip(str(self._db_path))

    def _set_village_label(self, text: str) -> None:
        self.village_label.setText(text)

    def show_section(self, key: str) -> QWidget:
        self.nav.setCurrentRow(SECTIONS.index(key))
        return self.page_by_key[key]


def _activate_rules(store: Store) -> None:
    """The rules received from the town, before any page loads them."""
    from lufeng_desktop.services import rules_provider  # noqa: PLC0415

    rules_provider.activate(store.data_dir)


def _short(path: Path) -> str:
    home = Path.home()
    try:
        return "~/" + str(path.relative_to(home))
    except ValueError:
        return str(path)
