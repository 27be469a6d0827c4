#!/bin/sh
# Rebuild: venv + Debian packages as described in MANIFEST.md, then:
#   ./build.sh [c o p | NAME-PREFIX ...]
set -e
cd "$(dirname "$0")"
/work/round22-scratch/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
