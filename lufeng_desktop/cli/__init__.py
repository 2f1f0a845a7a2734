"""``lufeng-desktop SUBCOMMAND``: every clerk task that can be scripted.

Each area lives in its own module exposing ``register(subparsers)``; a handler
takes the parsed arguments and returns the exit code. Expected failures are
``LufengError``s and become one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from lufeng_desktop import __version__
from lufeng_desktop.core.errors import LufengError

Handler = Callable[[argparse.Namespace], int]

# Modules that add subcommands; imported lazily so ``--help`` stays fast.
_AREAS = ("database", "quorum", "matters", "xlsx", "handover", "printing")


def build_parser() -> argparse.ArgumentParser:
    # SUPPRESS: the options work before or after the subcommand without one overwriting the other.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="数据目录 / data folder (default: $LUFENG_DATA_DIR or the user data folder)",
    )  # fmt: skip
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="机器可读输出 / machine-readable output")
    common.add_argument(
        "--user", metavar="NAME", default=argparse.SUPPRESS, help="操作人 / acting user (default: $LUFENG_USER or the login name)"
    )

    parser = argparse.ArgumentParser(
        prog="lufeng-desktop",
        description="陆丰村务：村情台账与“四议两公开” / Lufeng village register and 4+2 workflow",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for area in _AREAS:
        module = __import__(f"lufeng_desktop.cli.{area}", fromlist=["register"])
        module.register(subparsers, common)
    return parser


def data_dir(args: argparse.Namespace) -> Path:
    from lufeng_desktop import paths  # noqa: PLC0415

    return paths.data_dir(getattr(args, "data_dir", None))


@contextmanager
def opened_store(args: argparse.Namespace) -> Iterator[Any]:
    """The database of ``--data-dir``, closed again whatever the command does."""
    from lufeng_desktop.services import rules_provider  # noqa: PLC0415
    from lufeng_desktop.store.database import open_store  # noqa: PLC0415

    store = open_store(data_dir(args))
    rules_provider.activate(store.data_dir)  # the rules received from the town, if any
    try:
        yield store
    finally:
        store.dispose()


def user_name(args: argparse.Namespace) -> str:
    name = getattr(args, "user", None) or os.environ.get("LUFENG_USER")
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "clerk"
    return name


def emit(args: argparse.Namespace, data: Any, human: str) -> None:
    """Print ``data`` as JSON with ``--json``, otherwise the human text."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(human)


def fail(message: LufengError | str) -> int:
    text = message.sentence() if isinstance(message, LufengError) else message
    print(f"错误 / error: {text}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "func", None)
    if handler is None:
        return _start_gui_or_help(parser, args)
    try:
        return handler(args)
    except LufengError as exc:
        return fail(exc)
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except OSError as exc:
        from lufeng_desktop.store.errors import from_os_error  # noqa: PLC0415

        return fail(from_os_error(exc))
    except KeyboardInterrupt:
        return fail("已取消 / cancelled")
    except Exception as exc:
        from lufeng_desktop.store.errors import from_sqlite_error, is_sqlite_error  # noqa: PLC0415

        if is_sqlite_error(exc):
            return fail(from_sqlite_error(exc))
        raise


def _start_gui_or_help(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    try:
        from lufeng_desktop.app import run_gui  # noqa: PLC0415 - the GUI is optional until it lands
    except ImportError:
        parser.print_help()
        return 0
    return run_gui(args)
