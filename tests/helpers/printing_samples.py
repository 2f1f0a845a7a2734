"""The sample documents live in the package (``make screenshots`` uses them too)."""

from lufeng_desktop.printing.samples import *  # noqa: F403
from lufeng_desktop.printing.samples import AUDIT_HEAD, GIVEN, SURNAMES  # noqa: F401
