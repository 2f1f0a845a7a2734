"""USB handover subcommands: town-init, enrol-file, enrol, export-bundle, import-bundle, bundle-info, conflicts, devices."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from lufeng_desktop.cli import data_dir, emit, opened_store, user_name


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("town-init", parents=[common], help="新建镇（街道）数据目录和密钥 / create a town profile with its keys")
    p.add_argument("--town", required=True, metavar="CODE", help="9 位镇（街道）代码 / 9-digit town code")
    p.add_argument("--name", metavar="NAME", help="镇（街道）名称 / town name")
    p.set_defaults(func=run_town_init)

    p = subparsers.add_parser("enrol-file", parents=[common], help="（镇）为村写登记文件 / (town) write a village's enrolment file")
    p.add_argument("--village", required=True, metavar="CODE")
    p.add_argument("--out", required=True, metavar="FILE", type=Path)
    p.set_defaults(func=run_enrol_file)

    p = subparsers.add_parser("enrol", parents=[common], help="（村）读取登记文件 / (village) enrol with the town's file")
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(func=run_enrol)

    p = subparsers.add_parser("export-bundle", parents=[common], help="导出数据包到 U 盘 / write bundles to a stick")
    p.add_argument("--out", required=True, metavar="DIR", type=Path)
    p.set_defaults(func=run_export)

    p = subparsers.add_parser("import-bundle", parents=[common], help="导入数据包 / import bundles")
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.set_defaults(func=run_import)

    p = subparsers.add_parser("bundle-info", parents=[common], help="查看数据包（不导入）/ inspect a bundle without applying it")
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(func=run_info)

    p = subparsers.add_parser("handover-status", parents=[common], help="交接状态 / what waits to be sent or applied")
    p.set_defaults(func=run_status)

    p = subparsers.add_parser("conflicts", parents=[common], help="同步冲突 / sync conflicts")
    sub = p.add_subparsers(dest="conflicts_command", metavar="list|show|resolve", required=True)
    q = sub.add_parser("list", parents=[common])
    q.add_argument("--all", action="store_true", help="包括已处理的 / include resolved ones")
    q.set_defaults(func=run_conflicts_list)
    q = sub.add_parser("show", parents=[common])
    q.add_argument("id", metavar="ID")
    q.set_defaults(func=run_conflicts_show)
    q = sub.add_parser("resolve", parents=[common])
    q.add_argument("id", metavar="ID")
    q.add_argument("--choose", required=True, choices=("local", "remote", "merged"))
    q.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="merged 时修改的字段 / fields for merged")
    q.set_defaults(func=run_conflicts_resolve)

    p = subparsers.add_parser("devices", parents=[common], help="（镇）已登记设备 / (town) enrolled devices")
    sub = p.add_subparsers(dest="devices_command", metavar="list|revoke", required=True)
    sub.add_parser("list", parents=[common]).set_defaults(func=run_devices_list)
    q = sub.add_parser("revoke", parents=[common])
    q.add_argument("device", metavar="DEVICE_ID")
    q.set_defaults(func=run_devices_revoke)



def run_town_init(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.enrolment import town_init  # noqa: PLC0415

    profile = town_init(data_dir(args), town_code=args.town, user_name=user_name(args), town_name=args.name)
    emit(args, {"database": str(profile.database), "town_code": profile.town_code, "town_name": profile.town_name,
                "fingerprint": profile.fingerprint},
         f"已建立 {profile.town_name}（{profile.town_code}）的数据目录：{profile.database}\n密钥指纹 / key fingerprint: {profile.fingerprint}")  # fmt: skip
    return 0


def run_enrol_file(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.enrolment import write_enrolment_file  # noqa: PLC0415

    with opened_store(args) as store:
        info = write_enrolment_file(store, store.actor(user_name(args)), village_code=args.village, out=args.out)
    emit(args, info, f"已写登记文件 / enrolment file written: {info['file']}\n请村里核对指纹 / the village must confirm: {info['fingerprint']}")
    return 0


def run_enrol(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.enrolment import enrol  # noqa: PLC0415

    with opened_store(args) as store:
        info = enrol(store, store.actor(user_name(args)), args.file.expanduser())
    emit(args, info, f"已登记到 {info['town_name']}（{info['town_code']}）。请与镇（街道）电话核对指纹：{info['fingerprint']}\n"
                     f"enrolled with {info['town_code']}; confirm this fingerprint with the town by phone: {info['fingerprint']}")  # fmt: skip
    return 0


def run_export(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.handover import export_bundles  # noqa: PLC0415

    with opened_store(args) as store:
        result = export_bundles(store, store.actor(user_name(args)), args.out)
    emit(args, result.as_dict(), f"已写 {len(result.files)} 个数据包（新 {len(result.new_bundles)} 个，{result.changes} 条变更）到 {args.out}\n"
                                 f"wrote {len(result.files)} bundles ({len(result.new_bundles)} new, {result.changes} changes); "
                                 f"they stay re-sendable until acknowledged")  # fmt: skip
    return 0


def run_import(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.bundle_import import import_files  # noqa: PLC0415

    with opened_store(args) as store:
        report = import_files(store, store.actor(user_name(args)), [f.expanduser() for f in args.files])
    s = report.summary()
    lines = [f"{f.status:<9} {f.file}: {f.message}" + "".join(f"\n          ! {w}" for w in f.warnings) for f in report.files]
    lines.append(f"新增 {s['new']}，更新 {s['updated']}，重复 {s['duplicate']}，冲突 {s['conflicting']}，暂存 {s['held']}，分叉 {s['forks']}，拒收 {s['rejected']}"
                 f"\nnew {s['new']}, updated {s['updated']}, duplicate {s['duplicate']}, conflicting {s['conflicting']}, "
                 f"held {s['held']}, forks {s['forks']}, rejected {s['rejected']}")  # fmt: skip
    emit(args, report.as_dict(), "\n".join(lines))
    return 1 if report.rejected or s["forks"] else 0


def run_info(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.handover_status import bundle_info  # noqa: PLC0415

    with opened_store(args) as store:
        info = bundle_info(store, args.file.expanduser())
    emit(args, info, "\n".join(f"{k:<20} {v}" for k, v in info.items()))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.handover_status import handover_status  # noqa: PLC0415

    from lufeng_desktop.services import rules_provider  # noqa: PLC0415

    with opened_store(args) as store:
        info = {**handover_status(store), "rules": rules_provider.in_force().as_dict()}
    lines = [f"{k:<20} {v}" for k, v in info.items() if k != "backlog"]
    lines += [f"  {w['message']}" for w in info.get("backlog", [])]
    emit(args, info, "\n".join(lines))
    return 0


def run_conflicts_list(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.conflicts import list_conflicts  # noqa: PLC0415

    with opened_store(args) as store:
        rows = list_conflicts(store, status=None if args.all else "open")
    human = "\n".join(f"{r['id'][:8]}  {r['status']:<8} {r['entity']:<16} {r['row_id'][:8]}  {r['reason']}  v{r['local_version']} ↔ "
                      f"v{r['remote_base_version']}→{r['remote_new_version']}" for r in rows) or "没有冲突 / no conflicts"  # fmt: skip
    emit(args, rows, human)
    return 0


def run_conflicts_show(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.conflicts import show_conflict  # noqa: PLC0415

    with opened_store(args) as store:
        info = show_conflict(store, args.id)
    local, remote = info["local"] or {}, info["remote"]
    lines = [f"冲突 / conflict {info['id']}  {info['entity']} {info['row_id']}  ({info['reason']}, {info['status']})",
             f"{'字段 field':<20} {'本地 local':<30} {'对方 remote':<30}"]  # fmt: skip
    lines += [f"{'*' if k in info['differing'] else ' '}{k:<19} {str(local.get(k))[:30]:<30} {str(remote.get(k))[:30]:<30}" for k in sorted(remote)]
    emit(args, info, "\n".join(lines))
    return 0


def run_conflicts_resolve(args: argparse.Namespace) -> int:
    from lufeng_desktop.core.errors import ValidationError  # noqa: PLC0415
    from lufeng_desktop.services.conflicts import resolve_conflict  # noqa: PLC0415

    values = {}
    for item in args.set:
        if "=" not in item:
            raise ValidationError(f"--set 应为 字段=值：{item}", f"--set takes FIELD=VALUE: {item}", field="set")
        key, value = item.split("=", 1)
        values[key.strip()] = value
    with opened_store(args) as store:
        info = resolve_conflict(store, store.actor(user_name(args)), args.id, choice=args.choose, values=values)
    emit(args, info, f"已处理冲突 {info['id'][:8]}（{info['choice']}），将随下一个退回包发回村里。\n"
                     f"resolved {info['id'][:8]} ({info['choice']}); the answer travels back in the next return bundle.")  # fmt: skip
    return 0


def run_devices_list(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.enrolment import list_peers  # noqa: PLC0415

    with opened_store(args) as store:
        rows = list_peers(store)
    emit(args, rows, "\n".join(f"{r['device_id']}  {r['village_code']}  {r['status']:<8} {r['key']}" for r in rows) or "没有设备 / no devices")
    return 0


def run_devices_revoke(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.enrolment import revoke_device  # noqa: PLC0415

    with opened_store(args) as store:
        revoke_device(store, store.actor(user_name(args)), args.device)
    emit(args, {"revoked": args.device}, f"已吊销设备 {args.device}（revoked）")
    return 0
