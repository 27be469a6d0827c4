#!/bin/sh
# Rebuild round 30 (see MANIFEST.md): venv in /work/round30-scratch/V from requirements.txt, then the PDFs + expected
# files, verify.txt and MANIFEST.md. Arguments select files by name or by generator prefix (f g u).
set -e
cd "$(dirname "$0")"
V=/work/round30-scratch/V
[ -x "$V/bin/python" ] || { python3 -m venv "$V" && "$V/bin/pip" install -q -r requirements.txt; }
"$V/bin/python" make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
