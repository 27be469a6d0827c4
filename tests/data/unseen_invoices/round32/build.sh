#!/bin/sh
# Rebuild: venv as described in MANIFEST.md (python3 -m venv /work/round32-scratch/V && V/bin/pip install -r requirements.txt), then:
set -e
cd "$(dirname "$0")"
V=/work/round32-scratch/V
# Lpdf runs its bundled WASI engine through a `wasmtime run` command: bin/wasmtime is a small stand-in built on the
# wasmtime Python package. PATH puts the venv python and the shim first.
PATH="$PWD/bin:$V/bin:$PATH" "$V/bin/python" make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
