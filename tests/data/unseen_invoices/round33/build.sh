#!/bin/sh
# Rebuild: venv as described in MANIFEST.md (python3 -m venv /work/round33-scratch/V && V/bin/pip install -r requirements.txt;
# Java 17 from Debian bookworm: openjdk-17-jre-headless), then:  ./build.sh [j p r | NAME ...]
set -e
cd "$(dirname "$0")"
/work/round33-scratch/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
