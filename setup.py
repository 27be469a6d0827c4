"""Build expetl._native from csrc/ with flags from pkg-config.

Environment switches (the msgspec habit):
  EXPETL_WERROR=1    -Wall -Wextra -Werror (CI)
  EXPETL_SANITIZE=1  -fsanitize=address,undefined -fno-omit-frame-pointer -O1 -g
  EXPETL_DEBUG=1     -O0 -g
"""
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup

# pkg-config module -> the Debian package that provides it
PKGS = {
    "poppler-glib": "libpoppler-glib-dev",
    "libcurl": "libcurl4-openssl-dev",
    "libcjson": "libcjson-dev",
    "libpq": "libpq-dev",
    "libcrypto": "libssl-dev",  # SHA-256 with the CPU's SHA extensions
    "libxcrypt": "libcrypt-dev",  # bcrypt for Mercado Pago report notifications
    "cairo": "libcairo2-dev",  # the pixels of an invoice's QR code (poppler's cairo output)
    "zbar": "libzbar-dev",  # reading the AFIP QR code
}


def pkg_config(*args):
    return subprocess.run(
        ["pkg-config", *args], check=True, capture_output=True, text=True
    ).stdout.split()


def native_flags():
    if not shutil.which("pkg-config"):
        sys.exit("expetl: pkg-config is missing: apt-get install pkg-config")
    for mod, deb in PKGS.items():
        if subprocess.run(["pkg-config", "--exists", mod]).returncode != 0:
            sys.exit(f"expetl: {mod} is missing: apt-get install {deb}")
    mods = list(PKGS)
    cflags = pkg_config("--cflags", *mods)
    libs = pkg_config("--libs", *mods)
    return dict(
        include_dirs=[f[2:] for f in cflags if f.startswith("-I")],
        extra_compile_args=[f for f in cflags if not f.startswith("-I")],
        library_dirs=[f[2:] for f in libs if f.startswith("-L")],
        libraries=[f[2:] for f in libs if f.startswith("-l")],
        extra_link_args=[f for f in libs if not f.startswith(("-L", "-l"))],
    )


def build_args(flags):
    cargs = ["-std=c11", "-D_GNU_SOURCE", "-fvisibility=hidden"]
    largs = []
    if os.environ.get("EXPETL_WERROR"):
        cargs += ["-Wall", "-Wextra", "-Werror"]
    else:
        cargs += ["-Wall", "-Wextra"]
    if os.environ.get("EXPETL_SANITIZE"):
        san = ["-fsanitize=address,undefined", "-fno-omit-frame-pointer",
               "-fno-sanitize-recover=undefined"]
        cargs += san + ["-O1", "-g"]
        largs += san
    elif os.environ.get("EXPETL_DEBUG"):
        cargs += ["-O0", "-g", "-UNDEBUG"]
    else:
        cargs += ["-O2"]
    flags["extra_compile_args"] = flags["extra_compile_args"] + cargs
    flags["extra_link_args"] = flags["extra_link_args"] + largs
    return flags


SOURCES = [
    "csrc/module.c",
    "csrc/xcommon.c",
    "csrc/normalize.c",
    "csrc/rows.c",
    "csrc/pdfrows.c",
    "csrc/pdfqr.c",
    "csrc/qr.c",
    "csrc/receipt.c",
    "csrc/layout.c",
    "csrc/parse.c",
    "csrc/ticket.c",
    "csrc/invoice.c",
    "csrc/invoice_table.c",
    "csrc/invoice_totals.c",
    "csrc/invoice_rows.c",
    "csrc/mpcsv.c",
    "csrc/processed.c",
    "csrc/knowledge.c",
    "csrc/http.c",
    "csrc/stage.c",
    "csrc/stage_s3.c",
    "csrc/warehouse.c",
    "csrc/bind_common.c",
    "csrc/bind_receipt.c",
    "csrc/bind_report.c",
    "csrc/bind_webhooks.c",
    "csrc/bind_stage.c",
    "csrc/bind_warehouse.c",
    "csrc/bind_gmail.c",
    "csrc/bind_mercadopago.c",
    "csrc/bind_glue.c",
    "csrc/bind_http.c",
    "csrc/pgconn.c",
    "csrc/csvproj.c",
    "csrc/whdialect.c",
    "csrc/mpwebhook.c",
    "csrc/glue.c",
    "csrc/mpapi.c",
    "csrc/gmail.c",
    "csrc/categorize.c",
    "csrc/mpclass.c",
    "csrc/bind_rules.c",
    "csrc/links.c",
    "csrc/scrub.c",
]

ext_kwargs = build_args(native_flags())

setup(
    ext_modules=[
        Extension(
            "expetl._native",
            sources=SOURCES,
            depends=[os.path.join("csrc", f) for f in os.listdir("csrc") if f.endswith(".h")],
            **ext_kwargs,
        )
    ],
)
