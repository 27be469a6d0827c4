#!/bin/sh
# Rebuild: python3 -m venv /work/round25-scratch/venv && /work/round25-scratch/venv/bin/pip install -r requirements.txt, then:
#   ./build.sh [j m k | NAME ...]
set -e
cd "$(dirname "$0")"
/work/round25-scratch/venv/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
