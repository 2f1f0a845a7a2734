"""Printing a finished PDF through Qt (ECOSYSTEM.md §2): pages rasterised at ≤ 300 dpi.

Why raster: the PDF from ``printing/`` is the document of record; re-drawing it with
QPainter would duplicate the reportlab layout. Why ≤ 300 dpi: ``QPrinter(HighResolution)``
reports 600–1200 dpi, and full pages at that resolution take seconds and ~140 MB each.

Why a thread of its own: ``QPainter`` may paint on a ``QPrinter`` (and ``QImage``) outside
the GUI thread, and QtPdf serialises pdfium behind its own lock, so the whole job — render a
page, draw it, let Qt's PDF/CUPS writer compress it — runs off the GUI thread and the window
stays responsive. It is not the database worker: a 20-page 登记表 takes several seconds to
print and must not hold up the register's queries meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.gui import ops
from lufeng_desktop.gui.i18n import translate

log = logging.getLogger(__name__)

MAX_DPI = 300
STRIP_ROWS = 256  # ≈ 2 cm of page at 300 dpi per drawImage call (see _draw_in_strips)
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lufeng-print")
_running = 0


def jobs_running() -> int:
    """Print jobs started and not yet reported back (tests wait on this)."""
    return _running


def load_document(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``data``; keep the returned buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)  # a random-access device loads synchronously
    if document.status() != QPdfDocument.Status.Ready:
        raise LufengError("无法读取生成的 PDF 文件", f"the generated PDF could not be read ({document.error()})", code="pdf")
    return document, buffer


def match_paper(printer: QPrinter, page_points: QSizeF) -> None:
    """Preselect the document's paper (A4 or A3) and orientation in the printer."""
    portrait = QSize(round(min(page_points.width(), page_points.height())), round(max(page_points.width(), page_points.height())))
    printer.setPageSize(QPageSize(portrait))  # QSize in points → the matching standard size
    landscape = page_points.width() > page_points.height()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the PDF already has its GB/T 9704 margins
    return printer


def pdf_file_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file, no dialog (tests; a clerk uses 另存为 PDF instead)."""
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def print_pdf(data: bytes, printer: QPrinter, *, max_dpi: int = MAX_DPI, progress: ops.Progress | None = None) -> int:
    """Draw every page of ``data`` on ``printer``; returns the page count. Safe on any thread."""
    document, buffer = load_document(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise LufengError("无法开始打印，请检查打印机是否可用", "cannot start printing: check the printer", code="printer")
        count = document.pageCount()
        dpi = min(printer.resolution(), max_dpi)
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        for index in range(count):
            if progress is not None:
                progress.report(index / count, translate("printing", "Page {0} of {1}").format(index + 1, count))
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            _draw_in_strips(painter, image, _fit(QSizeF(image.size()), QRectF(target)), progress)
        return count
    except ops.Cancelled:
        printer.abort()  # the spooler drops the pages already sent
        raise
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        buffer.close()


def _draw_in_strips(painter: QPainter, image: QImage, target: QRectF, progress: ops.Progress | None) -> None:
    """Draw ``image`` into ``target`` a band of rows at a time.

    Why: Qt's PDF/CUPS writer compresses the pixels inside ``drawImage``, and PySide keeps
    the GIL for that call — a whole A3 page at 300 dpi froze the GUI thread for ~0.5 s.
    Bands of ``STRIP_ROWS`` rows hold it ~25 ms each. The bands meet exactly (same scale,
    shared edges), so the printed page is the same picture; cancelling checks between bands.
    """
    scale = target.height() / image.height()
    for top in range(0, image.height(), STRIP_ROWS):
        rows = min(STRIP_ROWS, image.height() - top)
        band = QRectF(target.x(), target.y() + top * scale, target.width(), rows * scale)
        painter.drawImage(band, image, QRectF(0, top, image.width(), rows))
        if progress is not None and progress.cancelled():
            raise ops.Cancelled()


def _fit(size: QSizeF, box: QRectF) -> QRectF:
    """``size`` scaled into ``box`` keeping its proportions, centred (A3 notice on A4 paper, say)."""
    scale = min(box.width() / size.width(), box.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(box.x() + (box.width() - width) / 2, box.y() + (box.height() - height) / 2, width, height)


class PrintJob:
    """``print_pdf`` on the print thread, with the same delayed progress dialog as ``DbOp``."""

    def __init__(self, parent: QWidget | None, data: bytes, printer: QPrinter) -> None:
        self.parent, self.data, self.printer = parent, data, printer
        self.progress = ops.Progress()
        self.future: Future[int] | None = None
        self._dialog: ops.ProgressDialog | None = None
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self._on_done: Callable[[int], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None

    def start(self, on_done: Callable[[int], None], on_error: Callable[[BaseException], None]) -> PrintJob:
        global _running
        self._on_done, self._on_error = on_done, on_error
        _running += 1
        self._timer.start(ops.PROGRESS_DELAY_MS)
        manager = ops.tasks()  # made here, on the GUI thread, never first from the print thread
        self.future = _executor.submit(print_pdf, self.data, self.printer, progress=self.progress)
        self.future.add_done_callback(lambda fut: manager.run_on_main(lambda: self._finish(fut)))
        return self

    def _show_progress(self) -> None:
        parent = self.parent if self.parent is not None and shiboken6.isValid(self.parent) else None
        self._dialog = ops.ProgressDialog(translate("printing", "Printing…"), cancellable=True, parent=parent)
        self._dialog.cancel_requested.connect(self.progress.cancel)
        self._dialog.show()
        self._timer.timeout.disconnect(self._show_progress)
        self._timer.timeout.connect(self._update_progress)
        self._timer.setSingleShot(False)
        self._timer.start(ops.POLL_MS)

    def _update_progress(self) -> None:
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.set_progress(*self.progress.snapshot())

    def _finish(self, future: Future[int]) -> None:
        global _running
        _running -= 1
        self._timer.stop()
        if self._dialog is not None and shiboken6.isValid(self._dialog):  # its parent may have closed meanwhile
            self._dialog.finish()
            self._dialog.deleteLater()
        self._dialog = None
        exc = future.exception()
        if isinstance(exc, ops.Cancelled):
            log.info("printing cancelled by the clerk")
        elif exc is not None:
            assert self._on_error is not None
            self._on_error(exc)
        else:
            assert self._on_done is not None
            self._on_done(future.result())


def wait_for_jobs(timeout: float = 60.0) -> None:
    """Process events until every print job reported back (tests, and closing the application)."""
    import time  # noqa: PLC0415

    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    deadline = time.monotonic() + timeout
    while _running and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()

