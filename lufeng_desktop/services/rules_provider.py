"""Which rules are in force: the bundled ``resources/rules`` or the newest verified set received from the town.

The town sends its rules (quorum bodies, rule sets, matter catalogue, deadlines,
五有 criteria, holidays) in every return bundle. A received set is checked in a
staging folder with the same loaders the program uses — and it may change values
or add entries but never drop one the program or existing records rely on —
before it replaces anything: a bad file refuses the return bundle and the rules
in force stay. Installed sets live in ``<data>/reference/rules-<seq>-<hash>/``;
``reference/in_force.json`` (written last, atomically) names the one in force with
the SHA-256 of each file, re-checked whenever it is activated.

The rules are process-wide (one database per process: the GUI or one CLI
command); ``activate(data_dir)`` points ``core.rules``' default loaders at them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lufeng_desktop.core import calendar, rules
from lufeng_desktop.core.errors import LufengError, ValidationError
from lufeng_desktop.sync import envelope

RULE_FILES = ("bodies.toml", "rule_sets.toml", "matter_types.toml", "deadlines.toml", "five_haves.toml", "holidays.toml")
POINTER = "in_force.json"


@dataclass(frozen=True)
class RulesInForce:
    source: str  # "bundled" | "received"
    received_at: str = ""  # ISO date-time the set was installed
    bundle: str = ""  # the return bundle it came in
    files: tuple[str, ...] = ()  # the received file names (the others are bundled)
    problem: str = ""  # why an installed received set is not used, for the handover page

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "received_at": self.received_at, "bundle": self.bundle, "files": list(self.files),
                "problem": self.problem}  # fmt: skip


BUNDLED = RulesInForce("bundled")
_current: RulesInForce = BUNDLED


def reference_dir(data_dir: Path) -> Path:
    return data_dir / "reference"


def in_force() -> RulesInForce:
    return _current


def activate(data_dir: Path | None) -> RulesInForce:
    """Use the received set installed under ``data_dir`` if it verifies, else the bundled rules (``None``: bundled)."""
    global _current  # noqa: PLW0603 - one set of rules per process, like the one open database
    state, files = _installed(data_dir) if data_dir is not None else (BUNDLED, {})
    rules.use_received(files)
    _clear_caches()
    _current = state
    return state


def describe(data_dir: Path) -> RulesInForce:
    """What ``activate(data_dir)`` would put in force, without changing anything."""
    return _installed(data_dir)[0]


def _installed(data_dir: Path) -> tuple[RulesInForce, dict[str, Path]]:
    pointer = reference_dir(data_dir) / POINTER
    if not pointer.exists():
        return BUNDLED, {}
    try:
        info = json.loads(pointer.read_text("utf-8"))
        folder = reference_dir(data_dir) / str(info["folder"])
        files = {name: folder / name for name in info["sha256"]}
        for name, path in files.items():
            if name not in RULE_FILES or hashlib.sha256(path.read_bytes()).hexdigest() != info["sha256"][name]:
                raise ValidationError(f"规则文件 {name} 已被改动", f"rules file {name} was altered", field=name)
        if not files:
            return BUNDLED, {}  # the town went back to the bundled rules
        check_set(files)
    except (OSError, ValueError, KeyError, TypeError, LufengError) as exc:
        why = exc.sentence() if isinstance(exc, LufengError) else f"{type(exc).__name__}"
        return RulesInForce("bundled", problem=f"收到的规则无法使用，已改用程序自带规则（received rules unusable; using the bundled ones）：{why}"), {}
    return RulesInForce("received", str(info["received_at"]), str(info["bundle"]), tuple(sorted(files))), files


def check_set(received: dict[str, Path]) -> None:
    """Load a candidate set (received files, bundled for the rest) exactly as the program will; raise ValidationError."""
    paths = {name: received.get(name) or rules.bundled_file(name) for name in RULE_FILES}
    bodies = rules.load_bodies(paths["bodies.toml"])
    rules.body_aliases(paths["bodies.toml"])
    rule_sets = rules.load_rule_sets(paths["rule_sets.toml"], bodies=bodies)
    matter_types = rules.load_matter_types(paths["matter_types.toml"], bodies=bodies, rule_sets=rule_sets)[0]
    deadlines = rules.load_deadlines(paths["deadlines.toml"])
    criteria = rules.load_five_haves(paths["five_haves.toml"])
    calendar.load_holidays(paths["holidays.toml"])
    if not received:
        return
    bundled_bodies = rules.load_bodies(rules.bundled_file("bodies.toml"))
    bundled = {
        "bodies.toml": (set(bundled_bodies), set(bodies)),
        "rule_sets.toml": (set(rules.load_rule_sets(rules.bundled_file("rule_sets.toml"), bodies=bundled_bodies)), set(rule_sets)),
        "matter_types.toml": ({m for m in _bundled_matter_codes()}, set(matter_types)),
        "deadlines.toml": (set(rules.load_deadlines(rules.bundled_file("deadlines.toml"))), set(deadlines)),
        "five_haves.toml": ({c.code for c in rules.load_five_haves(rules.bundled_file("five_haves.toml"))}, {c.code for c in criteria}),
    }
    for name, (needed, have) in bundled.items():
        missing = sorted(needed - have)
        if missing and name in received:
            raise ValidationError(f"规则文件 {name} 缺少本程序需要的条目：{'、'.join(missing[:5])}",
                                  f"rules file {name} lacks entries this program needs: {', '.join(missing[:5])}", field=name,
                                  code="bad_rules_file")  # fmt: skip


def _bundled_matter_codes() -> set[str]:
    bodies = rules.load_bodies(rules.bundled_file("bodies.toml"))
    rule_sets = rules.load_rule_sets(rules.bundled_file("rule_sets.toml"), bodies=bodies)
    return set(rules.load_matter_types(rules.bundled_file("matter_types.toml"), bodies=bodies, rule_sets=rule_sets)[0])


@dataclass(frozen=True)
class Staged:
    """A verified received set in a staging folder, installed by ``install`` once the bundle's transaction commits."""

    data_dir: Path
    folder: Path | None  # None: same content as the set in force, or older than it: nothing to install
    info: dict[str, Any]

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def stage(data_dir: Path, files: dict[str, str], *, bundle: str, seq: int, received_at: str) -> Staged:
    """Write ``files`` (name → TOML text) to a staging folder and verify them; ValidationError names the bad file.

    Only files that differ from the bundled ones are kept: a town running the same rules changes nothing, and
    a town going back to them puts the bundled rules in force again (an empty set).
    """
    for name in files:
        if name not in RULE_FILES:
            raise ValidationError(f"未知的规则文件 {name}", f"unknown rules file {name}", field=name, code="bad_rules_file")
    files = {name: text for name, text in files.items() if text != _bundled_text(name)}
    digests = {name: hashlib.sha256(text.encode("utf-8")).hexdigest() for name, text in sorted(files.items())}
    current = _pointer(data_dir)
    if current.get("sha256", {}) == digests or int(current.get("seq", 0)) > seq:
        return Staged(data_dir, None, {})
    tag = hashlib.sha256(json.dumps(digests, sort_keys=True).encode()).hexdigest()[:12]
    folder = reference_dir(data_dir) / f".rules-{seq}-{tag}.staging"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        for name, text in files.items():
            envelope.write_file(folder, name, text.encode("utf-8"))
        check_set({name: folder / name for name in files})
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    info = {"folder": f"rules-{seq}-{tag}", "seq": seq, "bundle": bundle, "received_at": received_at, "sha256": digests}
    return Staged(data_dir, folder, info)


def install(staged: Staged) -> bool:
    """Move a staged set into place, then switch the pointer (the switch is the one atomic step)."""
    if staged.folder is None:
        return False
    target = reference_dir(staged.data_dir) / staged.info["folder"]
    if target.exists():
        shutil.rmtree(target)
    staged.folder.rename(target)
    envelope.write_file(reference_dir(staged.data_dir), POINTER, json.dumps(staged.info, ensure_ascii=False, indent=1).encode("utf-8"))
    for old in reference_dir(staged.data_dir).glob("rules-*"):
        if old != target and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)  # superseded sets; the pointer no longer names them
    return True


def _bundled_text(name: str) -> str | None:
    try:
        return rules.bundled_file(name).read_text("utf-8")
    except OSError:
        return None


def _pointer(data_dir: Path) -> dict[str, Any]:
    try:
        info = json.loads((reference_dir(data_dir) / POINTER).read_text("utf-8"))
        return info if isinstance(info, dict) else {}
    except (OSError, ValueError):
        return {}


def _clear_caches() -> None:
    """Services that cache what they loaded from the rules forget it when the rules in force change."""
    from lufeng_desktop.services import matters  # noqa: PLC0415

    for name in ("catalogue", "holidays"):
        cached = getattr(matters, name, None)
        if cached is not None and hasattr(cached, "cache_clear"):
            cached.cache_clear()
