#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for RADAR Reviewer: Debian's
# Chromium (test tools cannot download their own browser here) and the npm
# packages of package-lock.json. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ ! -x /usr/lib/chromium/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Installing Chromium from Debian's packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

# Reinstall when the lock file changed since the last install.
stamp=node_modules/.radar-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "Installing npm packages (npm ci)..."
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
