"""``python -m lufeng_desktop`` → the GUI, or a CLI subcommand."""

import multiprocessing
import sys

# The town's import decodes bundles in a spawned worker process (sync/prefetch.py); in the frozen application that
# worker is this executable again, and freeze_support turns it into the worker before anything else starts.
multiprocessing.freeze_support()

from lufeng_desktop.cli import main  # noqa: E402

sys.exit(main())
