"""``lufeng-desktop print KIND``: the notices and forms of a matter (or a 示范点) as a PDF file.

The PDF is rendered completely before the file is touched, then written next to the
target and renamed over it, so a failure never leaves half a notice (or an old notice
under a new name) behind.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from lufeng_desktop.cli import emit, opened_store
from lufeng_desktop.core.errors import LufengError, ValidationError
from lufeng_desktop.fileio import write_atomic

_KINDS = ("resolution-notice", "result-notice", "meeting-notice", "sign-in-sheet", "ballot", "minutes",
          "dossier", "objection-receipt", "demo-site-checklist")  # fmt: skip
_EPILOG = (
    "KIND：resolution-notice 决议公示，result-notice 实施结果公示，meeting-notice 会议通知，sign-in-sheet 签到表，"
    "ballot 表决票，minutes 会议记录，dossier 决策实施登记表（六张），objection-receipt 异议受理回执"
    "（--version N 为第N条异议），demo-site-checklist 示范点“五有”清单（--group）。"
    " Meeting documents are for the meeting due now (or --step); a meeting not held yet needs --held-on for its notice."
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "print", parents=[common], help="打印公示、会议文书和登记表 / print notices and forms to PDF",
        description="把事项的公示、会议通知、签到表、表决票、会议记录、登记表或异议回执输出为 PDF。", epilog=_EPILOG,
    )  # fmt: skip
    parser.add_argument("kind", choices=_KINDS, metavar="KIND", help="文书类型 / document kind: " + ", ".join(_KINDS))
    parser.add_argument("--matter", metavar="ID", help="事项ID / matter id")
    parser.add_argument("--group", metavar="ID", help="村民小组ID或名称（示范点清单） / villager group id or name")
    parser.add_argument("--version", type=int, metavar="N", help="公示的第N版；异议回执为第N条异议 / notice revision N")
    parser.add_argument("--paper", default="A4", type=str.upper, choices=("A4", "A3"), help="纸张（A3 为公开栏海报） / paper")
    parser.add_argument("--step", choices=("proposal", "consultation", "review", "resolution"),
                        help="会议步骤（默认为当前待开的会议） / which meeting")  # fmt: skip
    parser.add_argument("--held-on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="未召开会议的日期 / planned meeting date")
    parser.add_argument("--place", default="", help="未召开会议的地点 / planned meeting place")
    parser.add_argument("--starts-at", default="", metavar="TEXT", help="开会时间，如 上午9时 / time of day")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="输出文件 / output PDF")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lufeng_desktop.services import print_jobs  # noqa: PLC0415 - keeps --help fast

    if args.kind == "demo-site-checklist" and not args.group:
        raise ValidationError("请用 --group 指定示范点所在的村民小组", "--group is required for demo-site-checklist", field="group", code="required")
    if args.kind != "demo-site-checklist" and not args.matter:
        raise ValidationError("请用 --matter 指定事项", "--matter is required", field="matter", code="required")
    target = _check_target(args.out)
    with opened_store(args) as store:
        data = print_jobs.render(
            store, args.kind, matter_id=args.matter, group_id=args.group, version=args.version, paper=args.paper,
            step=args.step, held_on=args.held_on, place=args.place, starts_at=args.starts_at,
        )  # fmt: skip
    _write(target, data)
    emit(args, {"kind": args.kind, "out": str(target), "bytes": len(data), "paper": args.paper},
         f"已输出 / written: {target}（{len(data):,} 字节）")
    return 0


def _unwritable(path: Path, zh: str, en: str) -> LufengError:
    return LufengError(f"无法写入 {path}：{zh}", f"cannot write {path}: {en}", code="out_path")


def _check_target(path: Path) -> Path:
    """Fail before rendering if the PDF could not be written there."""
    target = path.expanduser().resolve()
    if target.is_dir():
        raise _unwritable(target, "这是一个文件夹", "it is a folder")
    if not target.parent.is_dir():
        raise _unwritable(target, "所在文件夹不存在", "the folder does not exist")
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise _unwritable(target, "没有写入权限", "permission denied")
    return target


def _write(target: Path, data: bytes) -> None:
    try:
        write_atomic(target, data, prefix=".print-")
    except OSError as exc:
        raise _unwritable(target, "写入失败", exc.strerror or str(exc)) from exc
