"""Run the real command line in a subprocess, as a clerk's script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    def assert_one_sentence_failure(self) -> None:
        """Bad input: non-zero exit, no traceback, one line on stderr in Chinese and English."""
        assert self.code != 0, self.stdout
        assert "Traceback" not in self.stderr, self.stderr
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, self.stderr
        assert lines[0].startswith("错误 / error:"), self.stderr
        assert any("\u4e00" <= ch <= "\u9fff" for ch in lines[0]) and any(ch.isascii() and ch.isalpha() for ch in lines[0])


def run_cli(*args: str | Path, data_dir: Path | None = None, preexec_fn: Callable[[], None] | None = None,
            prefix: tuple[str, ...] = (), timeout: float = 300) -> CliResult:  # fmt: skip
    env = dict(os.environ)
    if data_dir is not None:
        env["LUFENG_DATA_DIR"] = str(data_dir)
    command = [*prefix, sys.executable, "-m", "lufeng_desktop", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, preexec_fn=preexec_fn)  # noqa: PLW1509
    return CliResult(done.returncode, done.stdout, done.stderr)
