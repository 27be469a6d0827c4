"""The build tells the user which Debian package is missing."""
import os
import subprocess
import sys

from conftest import ROOT


def test_missing_library_names_the_debian_package(tmp_path):
    env = dict(os.environ, PKG_CONFIG_LIBDIR=str(tmp_path), PKG_CONFIG_PATH="")
    p = subprocess.run([sys.executable, "setup.py", "--name"], cwd=ROOT, env=env,
                       capture_output=True, text=True)
    assert p.returncode != 0
    assert "expetl: poppler-glib is missing: apt-get install libpoppler-glib-dev" in p.stderr
    assert p.stderr.strip().count("\n") == 0  # one clear line
