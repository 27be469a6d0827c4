#!/bin/sh
# Rebuild: venv as described in MANIFEST.md (python3 -m venv /work/round31-scratch/R && R/bin/pip install -r requirements.txt), then:
set -e
cd "$(dirname "$0")"
/work/round31-scratch/R/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
