#!/bin/sh
# Rebuild: Debian packages and venv as described in MANIFEST.md, then:
set -e
cd "$(dirname "$0")"
/work/round24-scratch/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
