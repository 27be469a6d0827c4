#!/bin/sh
# Rebuild the set. Aspose.PDF for Python bundles a .NET Core 3.1 runtime: it needs libgdiplus (Debian),
# OpenSSL 1.1 (libssl1.1 from Debian bullseye-security, unpacked with dpkg -x, not installed) and no ICU.
set -e
S=${R15_SCRATCH:-/work/round15-scratch}
export LD_LIBRARY_PATH=$S/bull/root/usr/lib/x86_64-linux-gnu
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
cd "$(dirname "$0")"
$S/V/bin/python make_invoices.py "$@"
python3 verify.py > verify.txt || true
tail -n 1 verify.txt
