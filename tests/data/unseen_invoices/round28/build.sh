#!/bin/sh
# Rebuild: python3 -m venv /work/round28-scratch/V && /work/round28-scratch/V/bin/pip install -r requirements.txt; then:
set -e
cd "$(dirname "$0")"
/work/round28-scratch/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
