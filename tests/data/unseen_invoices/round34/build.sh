#!/bin/sh
# Rebuild (see MANIFEST.md): Debian bookworm packages qpdf, libqpdf-dev, gdal-bin, kicad (--no-install-recommends), g++, fonts-urw-base35, poppler-utils, zbar-tools; venv with requirements.txt.
set -e
cd "$(dirname "$0")"
S=/work/round34-scratch
[ -x $S/V/bin/python ] || { python3 -m venv $S/V && $S/V/bin/pip install -r requirements.txt; }
mkdir -p $S/kicadhome
g++ -DPOINTERHOLDER_TRANSITION=4 -O1 -o $S/qrender qpdf_render/qrender.cc -lqpdf
$S/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt
python3 make_manifest.py
