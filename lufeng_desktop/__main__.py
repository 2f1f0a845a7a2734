"""``python -m lufeng_desktop`` → the GUI, or a CLI subcommand."""

import sys

from lufeng_desktop.cli import main

sys.exit(main())
