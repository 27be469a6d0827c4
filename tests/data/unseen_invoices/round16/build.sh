#!/bin/sh
# Rebuild: ./build.sh [w d x | NAME ...]
export LD_LIBRARY_PATH=/work/round16-scratch/bull/root/usr/lib/x86_64-linux-gnu DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
cd "$(dirname "$0")" && /work/round16-scratch/V/bin/python make_invoices.py "$@"
