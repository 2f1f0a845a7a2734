"""``python -m lufeng_desktop.cli`` works like ``python -m lufeng_desktop``."""

import sys

from lufeng_desktop.cli import main

sys.exit(main())
