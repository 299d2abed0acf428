#!/usr/bin/env bash
# The tests' system packages: Dovecot (the real IMAP server the tests start themselves),
# Chromium (driven by playwright-core), openssl (test certificates), zip (a stand-in Electron
# download) and the fonts the layouts and screenshots assume: Fluent UI's font stack falls back to
# Roboto after Segoe UI, a far closer stand-in for Segoe UI than DejaVu. Needs root or sudo.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends dovecot-imapd chromium openssl ca-certificates zip fontconfig fonts-roboto-unhinted fonts-dejavu-core >/dev/null
# The package may start a system-wide Dovecot; the tests run their own on other ports and need none.
$SUDO service dovecot stop >/dev/null 2>&1 || true
