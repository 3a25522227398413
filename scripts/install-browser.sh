#!/bin/sh
# Make sure Debian's Chromium is installed for the browser tests (tests/web/test_browser.py).
# Idempotent: does nothing when /usr/bin/chromium exists. Installs it with apt-get only when
# running as root on a machine that has apt-get; otherwise says why it cannot, and the browser
# tests are skipped with that reason.
set -eu

BROWSER=/usr/bin/chromium

if [ -x "$BROWSER" ]; then
    echo "install-browser: $BROWSER is already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get on this machine; install Chromium at $BROWSER yourself" \
         "(the browser tests are skipped without it)"
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "install-browser: not running as root, so Chromium cannot be installed here; run" \
         "'sudo apt-get install -y chromium' (the browser tests are skipped without it)"
    exit 0
fi

echo "install-browser: installing Chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
if [ -x "$BROWSER" ]; then
    echo "install-browser: installed $("$BROWSER" --version 2>/dev/null || echo chromium)"
else
    echo "install-browser: apt-get finished but $BROWSER is still missing" >&2
    exit 1
fi
