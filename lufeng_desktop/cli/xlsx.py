"""Excel exchange: ``import-xlsx FILE [--village CODE] [--only-good]`` and ``export-xlsx --table T --out FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from lufeng_desktop.cli import emit, opened_store, user_name
from lufeng_desktop.core.errors import NotFoundError, ValidationError


# The tables of services.xlsx_export.TABLES, spelled out so ``--help`` does not load openpyxl (a test keeps them equal).
TABLE_NAMES = ("central_households", "committee", "demo_sites", "grids", "households", "party_members", "people",
               "representatives", "supervisors")  # fmt: skip


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "import-xlsx", parents=[common], help="从 Excel 导入人员和户 / import people and households from .xlsx"
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--village", metavar="CODE", help="村（社区）代码；库中只有一个村时可省略 / village code")
    p.add_argument("--only-good", action="store_true", help="只导入正确的行 / import only the good rows")
    p.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help="指定列：如 name=B 或 id_number=证件号 / map a field to a column letter or header",
    )  # fmt: skip
    p.set_defaults(func=run_import)

    p = subparsers.add_parser("export-xlsx", parents=[common], help="导出台账到 Excel / export a register table to .xlsx")
    p.add_argument("--table", required=True, choices=TABLE_NAMES)
    p.add_argument("--out", required=True, metavar="FILE", type=Path)
    p.add_argument("--village", metavar="CODE", help="只导出该村 / only this village")
    p.set_defaults(func=run_export)


def _village_id(store: Any, code: str | None, *, required: bool) -> str | None:
    from sqlalchemy import select  # noqa: PLC0415

    from lufeng_desktop.services.uow import reading  # noqa: PLC0415
    from lufeng_desktop.store.models import Village  # noqa: PLC0415

    with reading(store) as session:
        query = select(Village.id, Village.code).where(Village.deleted_at.is_(None))
        if code:
            row = session.execute(query.where(Village.code == code.strip())).first()
            if row is None:
                raise NotFoundError(f"库中没有代码为 {code} 的村（社区）", f"no village with code {code} in this database")
            return str(row.id)
        rows = session.execute(query.limit(2)).all()
    if len(rows) == 1:
        return str(rows[0].id)
    if not required:
        return None
    raise ValidationError(
        "库中有多个村（社区），请用 --village 指定代码" if rows else "库中还没有村（社区），请先运行 init",
        "the database holds several villages; name one with --village" if rows else "no village yet; run init first",
        field="village",
    )


def run_import(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.xlsx_import import import_people_xlsx  # noqa: PLC0415

    mapping = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep:
            raise ValidationError(f"--map 应写成 字段=列，而不是“{item}”", f"--map takes FIELD=COLUMN, not {item!r}", field="map")
        mapping[field.strip()] = column.strip()
    with opened_store(args) as store:
        village_id = _village_id(store, args.village, required=True)
        assert village_id is not None
        report = import_people_xlsx(
            store, store.actor(user_name(args)), args.file, village_id=village_id, mapping=mapping or None,
            only_good=args.only_good,
        )  # fmt: skip
    lines = [f"表头在第 {report.header_row} 行（header row {report.header_row}）"]
    lines += [f"  第 {r.row} 行 [{r.column or '整行'}] {r.reason}" for r in report.rejected]
    if report.rejected and not args.only_good:
        lines.append(f"有 {len(report.rejected)} 行有问题，未导入任何数据；改正后重试，或加 --only-good 只导入正确的行"
                     f"（{len(report.rejected)} bad rows; nothing imported）")  # fmt: skip
    else:
        lines.append(f"已导入 {report.imported} 人，新建村民小组 {report.groups_created} 个、户 {report.households_created} 户"
                     f"（imported {report.imported}; skipped {len(report.rejected)} bad rows）")  # fmt: skip
    emit(args, report.as_dict(), "\n".join(lines))
    return 1 if report.rejected and not args.only_good else 0


def run_export(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.query_common import RegisterFilter  # noqa: PLC0415
    from lufeng_desktop.services.xlsx_export import export_xlsx  # noqa: PLC0415

    with opened_store(args) as store:
        village_id = _village_id(store, args.village, required=False) if args.village else None
        count = export_xlsx(store, args.table, args.out, RegisterFilter(village_id=village_id))
    emit(args, {"table": args.table, "rows": count, "file": str(args.out)}, f"已导出 {count} 行到 {args.out}（exported {count} rows）")
    return 0
