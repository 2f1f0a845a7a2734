"""Print preview of real documents from the `small` demo: page count, A3, save as PDF, printing, failures."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from qt_wait import wait_idle
from sqlalchemy import select

from lufeng_desktop.services import print_jobs
from lufeng_desktop.store.models import Matter

pytestmark = pytest.mark.gui

A4_HEIGHT, A3_HEIGHT = 841.9, 1190.6  # points


def _matter(store, stage: str) -> str:  # type: ignore[no-untyped-def]
    with store.sessions() as session:
        return session.scalars(select(Matter.id).where(Matter.stage == stage).order_by(Matter.number)).first()


def _open(qtbot, store, kind: str, **kwargs):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.print_preview import open_print_preview

    dialog = open_print_preview(None, store, kind, **kwargs)
    qtbot.addWidget(dialog)
    wait_idle()
    return dialog


def test_preview_shows_the_dossier_with_its_page_count_and_a3_rerenders(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    matter_id = _matter(small_demo, "result_disclosure")
    expected = len(PdfReader(_bytes_io(print_jobs.render(small_demo, "dossier", matter_id=matter_id))).pages)
    dialog = _open(qtbot, small_demo, "dossier", matter_id=matter_id)
    assert dialog.message_text() == ""
    assert dialog.document.pageCount() == expected > 1
    assert f"共 {expected} 页" in dialog.pages_label.text()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.document.pagePointSize(0).height() == pytest.approx(A4_HEIGHT, abs=1)
    assert "登记表" in dialog.windowTitle()

    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    wait_idle()
    assert dialog.document.pagePointSize(0).height() == pytest.approx(A3_HEIGHT, abs=1)
    assert dialog.pdf is not None and PdfReader(_bytes_io(dialog.pdf)).pages[0].mediabox.height == pytest.approx(A3_HEIGHT, abs=1)


def test_save_as_writes_the_previewed_pdf(qtbot, small_demo, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    matter_id = _matter(small_demo, "result_disclosure")
    dialog = _open(qtbot, small_demo, "resolution-notice", matter_id=matter_id)
    folder = tmp_path / "公告"
    folder.mkdir()
    target = folder / "决议公开"  # the clerk typed no extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    dialog.save_button.click()
    written = target.with_name("决议公开.pdf")
    assert written.read_bytes() == dialog.pdf
    reader = PdfReader(written)
    assert len(reader.pages) == dialog.document.pageCount()
    assert "全体村民" in reader.pages[0].extract_text()
    assert [p.name for p in folder.iterdir()] == ["决议公开.pdf"]  # no temp file left behind


def test_save_as_into_a_missing_folder_is_a_plain_message(qtbot, small_demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui import errors

    dialog = _open(qtbot, small_demo, "resolution-notice", matter_id=_matter(small_demo, "result_disclosure"))
    assert dialog.save_as(tmp_path / "gone" / "x.pdf") is None
    assert errors.shown_messages and not errors.bugs


def test_printing_through_qprinter_produces_every_page(qtbot, small_demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui import printing

    matter_id = _matter(small_demo, "result_disclosure")
    dialog = _open(qtbot, small_demo, "dossier", matter_id=matter_id)
    out = tmp_path / "printed.pdf"
    printer = printing.pdf_file_printer(out)
    printing.match_paper(printer, dialog.document.pagePointSize(0))
    job = dialog.print_to(printer)
    assert job is not None and not dialog.print_button.isEnabled()  # no second job while this one runs
    printing.wait_for_jobs()
    assert job.future is not None and job.future.result() == dialog.document.pageCount()
    pages = PdfReader(out).pages
    assert len(pages) == dialog.document.pageCount()
    assert float(pages[0].mediabox.height) == pytest.approx(A4_HEIGHT, abs=1)
    assert dialog.print_button.isEnabled()
    assert "已送打印机" in dialog.pages_label.text() or "已发送" in dialog.pages_label.text()


def test_print_renders_at_most_300_dpi(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A 1200-dpi printer gets 300-dpi page images, one per page, A4 wide."""
    from pikepdf import Pdf

    from lufeng_desktop.gui import printing
    from lufeng_desktop.printing.samples import render_sample

    out = tmp_path / "notice.pdf"
    printer = printing.pdf_file_printer(out)
    assert printer.resolution() > 300
    data = render_sample("resolution-notice")
    pages = len(PdfReader(_bytes_io(data)).pages)
    assert printing.print_pdf(data, printer) == pages
    with Pdf.open(out) as pdf:
        assert len(pdf.pages) == pages
        images = [(int(img.Width), int(img.Height)) for page in pdf.pages for img in page.get_images().values()]
        assert {w for w, _h in images} == {round(595.28 * 300 / 72)}  # A4 wide at 300 dpi, in bands
        assert sum(h for _w, h in images) == pages * round(841.89 * 300 / 72)


def test_a_document_not_yet_possible_is_explained_in_the_dialog(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui import errors

    matter_id = _matter(small_demo, "proposal")  # nothing posted yet: no resolution notice
    dialog = _open(qtbot, small_demo, "resolution-notice", matter_id=matter_id)
    text = dialog.message_text()
    assert "尚未" in text and "（" in text  # Chinese first, English in brackets
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.pages_label.text() == "" and not errors.bugs


def test_closing_before_the_render_arrives_is_harmless(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.print_preview import open_print_preview

    dialog = open_print_preview(None, small_demo, "dossier", matter_id=_matter(small_demo, "result_disclosure"))
    dialog.close()
    wait_idle()  # the late result is dropped; the crash handler stays quiet (checked by the fixture)


def test_sites_page_prints_the_selected_checklist(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from lufeng_desktop.gui.dialogs.print_preview import PrintPreviewDialog
    from lufeng_desktop.gui.pages.sites_page import SitesPage

    page = SitesPage(small_demo, "测试文书")
    qtbot.addWidget(page)
    wait_idle()
    assert not page.print_button.isEnabled()
    page.sites_view.selectRow(0)
    wait_idle()
    assert page.print_button.isEnabled()
    page.print_button.click()
    wait_idle()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.kind == "demo-site-checklist" and dialog.message_text() == ""
    assert dialog.render_kwargs == {"group_id": page.detail.site.group_id}
    assert dialog.document.pageCount() >= 1
    dialog.close()


def _bytes_io(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)


def test_the_window_keeps_responding_while_a_long_document_prints(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Pages are rendered and written on the print thread: the GUI thread's event loop never stalls."""
    import time

    from PySide6.QtWidgets import QApplication

    from lufeng_desktop.gui import printing
    from lufeng_desktop.printing.samples import render_sample

    data = render_sample("dossier", "A3")
    pages = len(PdfReader(_bytes_io(data)).pages)
    out = tmp_path / "long.pdf"
    job = printing.PrintJob(None, data, printing.pdf_file_printer(out)).start(lambda _n: None, lambda exc: None)
    assert printing.jobs_running()  # start() hands the work to the print thread and returns at once
    turns = 0
    while printing.jobs_running():
        QApplication.processEvents()
        turns += 1
        time.sleep(0.005)
    assert job.future is not None and job.future.result() == pages == len(PdfReader(out).pages)
    # The GUI thread kept turning its event loop while every page was rendered and written
    # (a blocking print would allow a handful of turns at most). Latency is measured in make bench.
    assert turns >= 4 * pages, (turns, pages)


def test_cancelling_a_print_job_stops_it(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui import printing
    from lufeng_desktop.printing.samples import render_sample

    outcome: list[object] = []
    job = printing.PrintJob(None, render_sample("dossier", "A3"), printing.pdf_file_printer(tmp_path / "x.pdf"))
    job.progress.cancel()  # as the progress dialog's 取消 does
    job.start(outcome.append, outcome.append)
    printing.wait_for_jobs()
    assert outcome == []  # neither "done" nor an error message: the clerk asked for it


def test_the_printed_bands_tile_each_page_without_seams(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Pages are drawn in bands (gui/printing.py says why): each band starts exactly where the previous
    one ends, at the same scale and width, so the paper shows one picture with no white line through it."""
    import pikepdf

    from lufeng_desktop.gui import printing
    from lufeng_desktop.printing.samples import render_sample

    out = tmp_path / "printed.pdf"
    printing.print_pdf(render_sample("resolution-notice"), printing.pdf_file_printer(out))
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            bands, matrices = [], []
            for item in pikepdf.parse_content_stream(page):
                if str(item.operator) == "cm":
                    matrices.append([float(v) for v in item.operands])
                elif str(item.operator) == "Do":
                    (sx, _b, _c, sy, x, top), (width, _b2, _c2, height, _e, _f) = matrices[-2], matrices[-1]
                    bands.append((top, abs(height * sy), x, width * sx))
            assert len(bands) > 1
            bands.sort()
            assert {round(b[2], 3) for b in bands} == {round(bands[0][2], 3)}  # same left edge
            assert {round(b[3], 3) for b in bands} == {round(bands[0][3], 3)}  # same width
            for (top, height, _x, _w), (next_top, *_more) in zip(bands, bands[1:]):
                assert next_top == pytest.approx(top + height, abs=1e-3)
            full_height = bands[-1][0] + bands[-1][1] - bands[0][0]
            assert full_height == pytest.approx(842 / 72 * 1200, rel=0.01)  # the whole A4 page, 1200-dpi units
