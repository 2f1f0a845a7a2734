#!/usr/bin/env bash
# Linux one-folder bundle: dist/lufeng_desktop/ and a tar.gz of it. `make dist` also runs installers/smoke.py on it.
# Build on the oldest distribution you support (PySide6 6.12 wheels need glibc >= 2.34) with the xcb libraries
# installed (scripts/system-deps.sh), so that they are bundled. The target still needs libgl1 and libegl1,
# which PyInstaller leaves to the system — see ECOSYSTEM.md §3.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
.venv/bin/pip install --quiet -e '.[dist]'
# PyInstaller bundles only the libraries it finds here; a missing one makes the X11 plugin fail on laptops without it.
xcb=(.venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so)
missing=$(ldd "${xcb[0]}" | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
if [ -n "$missing" ] && [ "${LUFENG_ALLOW_MISSING_LIBS:-}" != 1 ]; then
  echo "the X11 platform plugin needs libraries this machine lacks: $missing" >&2
  echo "(Debian/Ubuntu: apt-get install libxcb-icccm4 libxcb-keysyms1; LUFENG_ALLOW_MISSING_LIBS=1 builds anyway)" >&2
  exit 1
fi
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN installers/pyinstaller/lufeng_desktop.spec
tar -C dist -czf dist/lufeng_desktop-linux.tar.gz lufeng_desktop
echo "built dist/lufeng_desktop ($(du -sh dist/lufeng_desktop | cut -f1)) and dist/lufeng_desktop-linux.tar.gz" \
     "($(du -sh dist/lufeng_desktop-linux.tar.gz | cut -f1)) in $(( $(date +%s) - start )) s"
