#!/bin/sh
# Rebuild round 17: ./build.sh [c m v | NAME ...]
# Needs: venv /work/round17-scratch/V from requirements.txt; Debian libcamlpdf-ocaml-dev ocaml-nox ocaml-findlib libgdiplus
# libicu72 poppler-utils zbar-tools fonts-liberation2; libssl1.1 (bullseye-security) unpacked in /work/round17-scratch/bull/root.
set -e
cd "$(dirname "$0")"
S=/work/round17-scratch
mkdir -p $S/caml && cp mkpdf.ml $S/caml/ && (cd $S/caml && ocamlfind ocamlopt -package camlpdf -linkpkg mkpdf.ml -o mkpdf)
$S/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
