#!/usr/bin/env bash
# Installs the system libraries Qt needs to run headless (ECOSYSTEM.md §5.1), when they are missing.
# Only acts where apt-get exists and we are root; elsewhere it just reports what is missing.
set -euo pipefail

libs=(libglib-2.0.so.0 libEGL.so.1 libGL.so.1 libX11.so.6 libdbus-1.so.3 libfontconfig.so.1 libfreetype.so.6 libxkbcommon.so.0 libbrotlidec.so.1)
packages=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 libbrotli1 poppler-utils)

missing=()
for lib in "${libs[@]}"; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
done
command -v pdftoppm >/dev/null 2>&1 || missing+=(pdftoppm)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "system libraries missing: ${missing[*]}"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "install them with your package manager (Debian/Ubuntu: apt-get install ${packages[*]})" >&2
  exit 1
fi
