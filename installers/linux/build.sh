#!/usr/bin/env bash
# Linux one-folder bundle: dist/lufeng_desktop/ and a tar.gz of it.
# The target needs libgl1 libegl1 (PyInstaller leaves them to the system) — see ECOSYSTEM.md §3.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/pip install --quiet -e '.[dist]'
.venv/bin/pyinstaller --noconfirm --clean installers/pyinstaller/lufeng_desktop.spec
tar -C dist -czf dist/lufeng_desktop-linux.tar.gz lufeng_desktop
echo "built dist/lufeng_desktop-linux.tar.gz"
