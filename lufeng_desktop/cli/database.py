"""Database subcommands: init, demo, stats, check, backup, restore."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from lufeng_desktop.cli import data_dir, emit, opened_store, user_name


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("init", parents=[common], help="为本村新建空数据库 / create an empty village database")
    p.add_argument("--village", required=True, metavar="CODE", help="12 位统计用区划代码 / 12-digit division code")
    p.add_argument("--name", required=True, metavar="NAME", help="村（社区）名称 / village name")
    p.add_argument("--town-name", metavar="NAME", help="镇（街道）名称 / town name")
    p.add_argument("--regime", choices=("村委会", "居委会"), default="村委会")
    p.set_defaults(func=run_init)

    p = subparsers.add_parser("demo", parents=[common], help="生成演示数据 / generate demonstration data")
    p.add_argument("--scale", choices=("lufeng", "small"), default="small")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=run_demo)

    p = subparsers.add_parser("stats", parents=[common], help="台账统计 / register counts")
    p.set_defaults(func=run_stats)

    p = subparsers.add_parser("check", parents=[common], help="检查数据库与变更日志 / check database and change log")
    p.set_defaults(func=run_check)

    p = subparsers.add_parser("backup", parents=[common], help="备份数据库 / back up the database")
    p.add_argument("--out", required=True, metavar="FILE", type=Path)
    p.set_defaults(func=run_backup)

    p = subparsers.add_parser("restore", parents=[common], help="从备份恢复 / restore from a backup")
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(func=run_restore)



def _progress(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return None
    return lambda fraction, label: print(f"\r{fraction:4.0%} {label}      ", end="", file=sys.stderr, flush=True)


def run_init(args: argparse.Namespace) -> int:
    from lufeng_desktop.core.divisions import normalize_village_code  # noqa: PLC0415
    from lufeng_desktop.services.admin import create_village_database  # noqa: PLC0415

    store, village_id = create_village_database(
        data_dir(args), village_code=args.village, village_name=args.name, user_name=user_name(args),
        town_name=args.town_name, regime=args.regime,
    )  # fmt: skip
    try:
        emit(args, {"database": str(store.path), "village_id": village_id, "village_code": normalize_village_code(args.village)},
             f"已创建 {args.name} 的数据库：{store.path}\ncreated the database of {args.name}: {store.path}")  # fmt: skip
    finally:
        store.dispose()
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.admin import create_demo_database  # noqa: PLC0415
    from lufeng_desktop.services.stats import register_counts  # noqa: PLC0415

    started = time.perf_counter()
    store, _summary = create_demo_database(
        data_dir(args), user_name=user_name(args), scale=args.scale, seed=args.seed, progress=_progress(args)
    )
    try:
        seconds = time.perf_counter() - started

        with store.sessions() as session:
            counts = register_counts(session)
        lines = [f"演示数据已生成（{args.scale}，种子 {args.seed}，{seconds:.1f} 秒）：{store.path}"]
        lines += [f"  {key:<20} {value:>8}" for key, value in counts.items()]
        emit(args, {"database": str(store.path), "scale": args.scale, "seed": args.seed, "seconds": round(seconds, 2),
                    "counts": counts}, "\n".join(lines))  # fmt: skip
    finally:
        store.dispose()
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.stats import register_counts  # noqa: PLC0415

    with opened_store(args) as store:
        with store.sessions() as session:
            counts = register_counts(session)
    labels = {
        "towns": "镇（街道）", "villages": "村（社区）", "groups": "村（居）民小组", "grids": "网格",
        "party_branches": "小网格党支部", "party_groups": "党小组", "central_households": "党员中心户",
        "demo_sites": "示范点", "households": "户", "people": "人", "village_party_orgs": "村级党组织",
        "party_members": "党员",
    }  # fmt: skip
    emit(args, counts, "\n".join(f"{labels.get(k, k)}\t{v}" for k, v in counts.items()))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.integrity import check_store  # noqa: PLC0415

    with opened_store(args) as store:
        report = check_store(store)
    data = {"ok": report.ok, "problems": report.problems, "rows": report.checked_rows, "changes": report.changes,
            "audit_entries": report.audit_entries}  # fmt: skip
    if report.ok:
        emit(args, data, f"数据库完好：{report.checked_rows} 行，{report.changes} 条变更记录，审计链 {report.audit_entries} 条均已核对。\n"
                         f"the database is sound: {report.checked_rows} rows, {report.changes} changes, {report.audit_entries} audit entries verified.")  # fmt: skip
        return 0
    emit(args, data, "数据库有问题 / the database has problems:\n" + "\n".join(f"  - {p}" for p in report.problems))
    return 1


def run_backup(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.admin import backup_to  # noqa: PLC0415

    with opened_store(args) as store:
        saved = backup_to(store, args.out.expanduser().resolve())
    size = saved.stat().st_size
    emit(args, {"backup": str(saved), "bytes": size}, f"已备份并校验：{saved}（{size:,} 字节）\nbacked up and verified: {saved}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.admin import restore_from  # noqa: PLC0415

    source = args.file.expanduser().resolve()
    safety, epoch = restore_from(data_dir(args), source, user_name=user_name(args))
    note = f"原数据库已另存为 {safety}" if safety else "原先没有数据库"
    emit(args, {"restored_from": str(source), "previous_saved_as": str(safety) if safety else None, "epoch": epoch},
         f"已从 {source.name} 恢复；{note}；本机开始第 {epoch} 轮变更编号。\nrestored from {source.name}; new epoch {epoch}.")  # fmt: skip
    return 0
