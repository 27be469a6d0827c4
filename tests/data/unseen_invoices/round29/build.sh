#!/bin/sh
# Rebuild: venv as described in MANIFEST.md (python3 -m venv /work/round29-scratch/V2 && V2/bin/pip install -r requirements.txt), then:
set -e
cd "$(dirname "$0")"
/work/round29-scratch/V2/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
