#!/bin/sh
# Rebuild: venv as described in MANIFEST.md
#   python3 -m venv /work/round27-scratch/V && /work/round27-scratch/V/bin/pip install --only-binary=:all: -r requirements.txt
# then: ./build.sh [p l r | NAME ...]
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
/work/round27-scratch/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
