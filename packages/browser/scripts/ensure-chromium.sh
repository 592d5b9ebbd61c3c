#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing. playwright-core drives it
# (`executablePath: /usr/bin/chromium`): Playwright's own browser downloads are not used.
# Safe to run again; does nothing when /usr/bin/chromium is there.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  "$CHROMIUM" --version 2>/dev/null || true
  exit 0
fi

if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
"$CHROMIUM" --version
