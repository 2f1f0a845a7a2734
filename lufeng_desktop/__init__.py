"""陆丰村务 (lufeng_desktop): the village register and 四议两公开 workflow for Lufeng's village clerks."""

__version__ = "0.1.0"
APP_NAME = "lufeng_desktop"
