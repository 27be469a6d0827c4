#!/bin/sh
# Rebuild: Debian packages as described in MANIFEST.md (libcam-pdf-perl, libtext-qrcode-perl, poppler-utils, zbar-tools), then:
set -e
cd "$(dirname "$0")"
python3 make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
