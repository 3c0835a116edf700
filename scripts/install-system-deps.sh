#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (pdftoppm from poppler-utils, fonts, CUPS).
# Quiet and quick when everything is already there.
set -euo pipefail
needed=()
command -v pdftoppm >/dev/null 2>&1 || needed+=(poppler-utils)
command -v fc-list >/dev/null 2>&1 || needed+=(fontconfig)
# Qt needs at least one system font for the window in tests; printing uses the bundled ones.
ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1 || needed+=(fonts-dejavu-core)
# The sync tests start their own PostgreSQL server (with TLS certificates made by openssl).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
command -v openssl >/dev/null 2>&1 || needed+=(openssl)
# The printing tests run their own CUPS server with a cups-pdf queue (a PDF "printer").
[ -x /usr/sbin/cupsd ] || needed+=(cups)
command -v lp >/dev/null 2>&1 || needed+=(cups-client)
[ -e /usr/lib/cups/backend/cups-pdf ] || needed+=(printer-driver-cups-pdf)
[ ${#needed[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "Please install: ${needed[*]} (needs root)" >&2; exit 1
    fi
else SUDO=""; fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
# Package scripts that cannot start services in a container only warn: show output on failure.
if ! { $SUDO apt-get update -qq && \
       $SUDO apt-get install -y -qq --no-install-recommends "${needed[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; exit 1
fi
rm -f "$log"
