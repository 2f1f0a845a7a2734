"""Preview of the exact PDF a document prints as, with A4/A3, 打印… and 另存为 PDF….

Call ``open_print_preview(parent, store, kind, matter_id=…)`` wherever a document belongs;
``kind`` and the keyword arguments are those of ``services.print_jobs.render``. Rendering
(``services.print_jobs``, imported on first use: reportlab is slow to import) runs on the database worker (it reads the matter and the audit head in one session), so
the window never waits for reportlab; printing runs on the print thread (gui/printing.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.fileio import write_atomic
from lufeng_desktop.gui import errors, ops, printing
from lufeng_desktop.gui.i18n import error_text, translate

if TYPE_CHECKING:
    from lufeng_desktop.store.database import Store

log = logging.getLogger(__name__)

KIND_TITLES = {
    "resolution-notice": QT_TRANSLATE_NOOP("PrintPreview", "Resolution notice"),
    "result-notice": QT_TRANSLATE_NOOP("PrintPreview", "Implementation result notice"),
    "meeting-notice": QT_TRANSLATE_NOOP("PrintPreview", "Meeting notice"),
    "sign-in-sheet": QT_TRANSLATE_NOOP("PrintPreview", "Sign-in sheet"),
    "ballot": QT_TRANSLATE_NOOP("PrintPreview", "Ballot"),
    "minutes": QT_TRANSLATE_NOOP("PrintPreview", "Meeting minutes"),
    "dossier": QT_TRANSLATE_NOOP("PrintPreview", "Matter record sheets"),
    "objection-receipt": QT_TRANSLATE_NOOP("PrintPreview", "Objection receipt"),
    "demo-site-checklist": QT_TRANSLATE_NOOP("PrintPreview", "Demonstration site checklist"),
}
PAPERS = ("A4", "A3")


def kind_title(kind: str) -> str:
    return translate("PrintPreview", KIND_TITLES[kind]) if kind in KIND_TITLES else kind


class PrintPreviewDialog(QDialog):
    """Shows ``render(store, kind, paper=…, **render_kwargs)``; re-renders when the paper changes."""

    def __init__(self, parent: QWidget | None, store: Store, kind: str, **render_kwargs: Any) -> None:
        super().__init__(parent)
        self.store, self.kind = store, kind
        paper = str(render_kwargs.pop("paper", "A4")).upper()
        self.render_kwargs = render_kwargs
        self.pdf: bytes | None = None
        self._generation = 0
        self._buffer: QBuffer | None = None
        self._alive = True  # False once closed: late results must not touch deleted widgets
        self.setWindowTitle(translate("PrintPreview", "Print preview — {0}").format(kind_title(kind)))
        self.resize(900, 1000)

        self.paper = QComboBox()
        for name in PAPERS:
            self.paper.addItem(translate("PrintPreview", "{0} paper").format(name), name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.paper.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pages_label = QLabel()
        self.print_button = QPushButton(translate("PrintPreview", "Print…"))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(translate("PrintPreview", "Save as PDF…"))
        self.save_button.clicked.connect(lambda: self.save_as())
        close = QPushButton(translate("PrintPreview", "Close"))
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("PrintPreview", "Paper:")))
        bar.addWidget(self.paper)
        bar.addWidget(self.pages_label, 1)
        for button in (self.print_button, self.save_button, close):
            bar.addWidget(button)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def done(self, result: int) -> None:  # Esc, 关闭 and the window's close button all end here
        self._alive = False
        self._generation += 1
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._alive = False
        self._generation += 1
        super().closeEvent(event)

    # -- rendering ------------------------------------------------------------------------------
    def paper_size(self) -> str:
        return str(self.paper.currentData())

    def refresh(self) -> ops.DbOp[bytes]:
        """Render again (paper changed); results of an older request are dropped."""
        self._generation += 1
        generation, store, kind, paper, kwargs = self._generation, self.store, self.kind, self.paper_size(), dict(self.render_kwargs)
        self._set_ready(False)
        self._show_message(translate("PrintPreview", "Preparing the document…"))
        op = ops.DbOp(self, lambda _p: _render(store, kind, paper, kwargs))
        op.success(lambda data: self._rendered(generation, data)).failure(lambda exc: self._failed(generation, exc))
        op.with_progress(translate("PrintPreview", "Preparing the document…")).run_in_background()
        return op

    def _rendered(self, generation: int, data: bytes) -> None:
        if generation != self._generation:
            return
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready:
            self._show_message(error_text(LufengError("无法显示生成的 PDF 文件", "the generated PDF cannot be shown", code="pdf")))
            return
        self.pdf = data
        count = self.document.pageCount()
        self.pages_label.setText(translate("PrintPreview", "%n page(s)", None, count))
        self.stack.setCurrentWidget(self.view)
        self._set_ready(True)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        known = errors.as_known(exc)
        if known is None:
            self._show_message(translate("PrintPreview", "The document could not be prepared."))
            errors.report_bug(exc)
            return
        self.pdf = None
        self._show_message(error_text(known))  # e.g. a missing glyph or "not yet at this stage"

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.pages_label.clear()
        self.stack.setCurrentWidget(self.message)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def message_text(self) -> str:
        """What the clerk reads instead of the preview ("" while the preview is shown)."""
        return self.message.text() if self.stack.currentWidget() is self.message else ""

    # -- actions --------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        return f"{kind_title(self.kind)}（{self.paper_size()}）.pdf"

    def save_as(self, path: Path | None = None) -> Path | None:
        """Write the previewed bytes (temp file + rename: never a half-written PDF)."""
        if self.pdf is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, translate("PrintPreview", "Save as PDF"), str(Path.home() / self.suggested_name()),
                                                    translate("PrintPreview", "PDF document (*.pdf)"))  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_atomic(path, self.pdf)
        except OSError as exc:
            known = errors.as_known(exc)
            assert known is not None
            errors.show_error(self, known)
            return None
        errors.show_info(self, translate("PrintPreview", "Saved"), translate("PrintPreview", "Saved to {0}").format(path))
        return path

    def print_with_dialog(self) -> None:
        if self.pdf is None:
            return
        printer = printing.new_printer()
        printing.match_paper(printer, self.document.pagePointSize(0))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("PrintPreview", "Print {0}").format(kind_title(self.kind)))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> printing.PrintJob | None:
        """Print the previewed PDF on ``printer`` in the background; buttons wait until it is done."""
        if self.pdf is None:
            return None
        self.print_button.setEnabled(False)
        self.pages_label.setText(translate("PrintPreview", "Printing…"))

        def done(count: int) -> None:
            if not self._alive:
                return
            self.print_button.setEnabled(self.pdf is not None)
            self.pages_label.setText(translate("PrintPreview", "%n page(s) sent to the printer", None, count))

        def failed(exc: BaseException) -> None:
            known = errors.as_known(exc)
            if known is None:
                errors.report_bug(exc)
            if not self._alive:
                if known is not None:
                    errors.show_error(None, known)
                return
            self.print_button.setEnabled(self.pdf is not None)
            self.pages_label.setText(translate("PrintPreview", "%n page(s)", None, self.document.pageCount()))
            if known is not None:
                errors.show_error(self, known)

        return printing.PrintJob(self, self.pdf, printer).start(done, failed)


def _render(store: Store, kind: str, paper: str, kwargs: dict[str, Any]) -> bytes:
    # imported here: reportlab and the fonts cost ~0.6 s, which the window's start-up should not pay
    from lufeng_desktop.services import print_jobs  # noqa: PLC0415

    return print_jobs.render(store, kind, paper=paper, **kwargs)


def open_print_preview(parent: QWidget | None, store: Store, kind: str, **render_kwargs: Any) -> PrintPreviewDialog:
    """Open the preview of document ``kind`` (render keywords as ``print_jobs.render``) and start rendering."""
    dialog = PrintPreviewDialog(parent, store, kind, **render_kwargs)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.refresh()
    return dialog
