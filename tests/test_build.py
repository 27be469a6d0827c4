"""The build: it tells the user which Debian package is missing, and the
wheel alone is enough to run the demo."""
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_missing_library_names_the_debian_package(tmp_path):
    env = dict(os.environ, PKG_CONFIG_LIBDIR=str(tmp_path), PKG_CONFIG_PATH="")
    p = subprocess.run([sys.executable, "setup.py", "--name"], cwd=ROOT, env=env,
                       capture_output=True, text=True)
    assert p.returncode != 0
    assert "expetl: poppler-glib is missing: apt-get install libpoppler-glib-dev" in p.stderr
    assert p.stderr.strip().count("\n") == 0  # one clear line


def test_the_wheel_alone_runs_the_demo(tmp_path):
    """What a `pip install` user gets: the wheel built from the tracked
    sources, in a clean venv without Airflow, run from an empty folder with
    no checkout and no ../shared around: `expetl demo` generates its sample,
    falls back to the in-process runner and prints the weekly summary."""
    import shutil
    import tempfile
    import time

    t0 = time.monotonic()
    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split("\n")
    for f in filter(None, files):
        if (ROOT / f).is_file():  # a file deleted in the work tree is still in the index
            (src / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / f, src / f)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LD_PRELOAD", "AIRFLOW_HOME")
           and not k.startswith("AIRFLOW__")}
    pip = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
           "-c", str(ROOT / "constraints.txt"), "-w", str(tmp_path / "dist"), str(src)]
    subprocess.run(pip, env=env, check=True, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("expetl-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], env=env, check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-index", "--no-deps",
                    str(wheel)], env=env, check=True, capture_output=True)
    # as root the server runs as `postgres`, which must reach the folder:
    # pytest's tmp_path is private, a plain temp dir is not
    with tempfile.TemporaryDirectory(prefix="expetl-wheel-") as d:
        os.chmod(d, 0o755)
        assert not (Path(d).parent / "shared").exists()
        probe = subprocess.run([str(venv / "bin" / "python"), "-c",
                                "import importlib.util, expetl; print(expetl.__file__); "
                                "print(importlib.util.find_spec('airflow'))"],
                               cwd=d, env=env, capture_output=True, text=True, check=True).stdout.split("\n")
        assert probe[0].startswith(str(venv)) and probe[1] == "None"  # the wheel's, and no Airflow
        p = subprocess.run([str(venv / "bin" / "expetl"), "demo"], cwd=d, env=env, capture_output=True,
                           text=True, timeout=300)
        assert p.returncode == 0, p.stdout + p.stderr
        out = p.stdout
        assert "engine:    Airflow is not installed: the in-process runner runs the pipeline" in out
        assert ": 11 new, 1 duplicate, 0 quarantined, 11 loaded (10 receipts," in out
        assert "weekly expenses" in out
        weeks = {ln.split()[1] for ln in out.splitlines() if re.match(r"2025-W\d\d  ", ln)}
        assert weeks == {"2025-10-06", "2025-10-13", "2025-10-20", "2025-10-27"}
        assert "Monday report: " in out  # written without matplotlib too (tables only)
        assert (Path(d) / ".demo" / "sample" / "takeout.mbox").is_file()
    print(f"wheel build + clean venv + demo: {time.monotonic() - t0:.0f} s")
