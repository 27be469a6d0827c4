#!/bin/sh
# Rebuild: venv + libssl1.1 as described in MANIFEST.md, then: ./build.sh [t m j | NAME ...]
set -e
cd "$(dirname "$0")"
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
export LD_LIBRARY_PATH=/work/round20-scratch/bull/root/usr/lib/x86_64-linux-gnu
/work/round20-scratch/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt || true
python3 make_manifest.py
