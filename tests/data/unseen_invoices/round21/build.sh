#!/bin/sh
# Rebuild: python3 -m venv /work/round21-scratch/V && /work/round21-scratch/V/bin/pip install -r requirements.txt, then:
#   ./build.sh [x h m | NAME ...]
set -e
cd "$(dirname "$0")"
/work/round21-scratch/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
