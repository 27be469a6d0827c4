"""A run killed between a temp file's creation and its rename leaves a
``.expetl-tmp-*`` file in the file stage: once stale, opening the stage
removes it (live writers' temp files are young and stay)."""
import os
import signal
import subprocess
import sys
import time

from expetl.stage import Stage


def test_stale_temp_files_are_reaped_and_fresh_ones_kept(tmp_path):
    root = tmp_path / "stage"
    (root / "raw" / "receipts" / "2025").mkdir(parents=True)
    stale = root / "raw" / "receipts" / "2025" / ".expetl-tmp-AbC123"
    fresh = root / "raw" / ".expetl-tmp-XyZ789"
    keep = root / "raw" / "receipts" / "2025" / "a.pdf"
    for p in (stale, fresh, keep):
        p.write_bytes(b"x")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    os.utime(keep, (old, old))
    s = Stage(str(root))  # opening reaps
    assert not stale.exists() and fresh.exists() and keep.exists()
    assert s._s.reap_tmp(0) == 1 and not fresh.exists()  # explicitly, with any age
    assert [o["key"] for o in s.list()] == ["raw/receipts/2025/a.pdf"]


def test_a_killed_writer_leaves_nothing_for_long(tmp_path):
    """A real writer killed mid-put (SIGKILL while it writes 64 MiB objects
    in a loop): its temp file is reaped by the next open once stale."""
    root = tmp_path / "stage"
    code = ("from expetl.stage import Stage\nimport sys\ns = Stage(sys.argv[1])\nd = b'x' * (64 << 20)\n"
            "print('go', flush=True)\nwhile True:\n    s.put('raw/big.bin', d)\n")
    p = subprocess.Popen([sys.executable, "-c", code, str(root)], stdout=subprocess.PIPE)
    p.stdout.readline()
    for _ in range(500):  # until a temp file exists
        if (root / "raw").exists() and any(f.name.startswith(".expetl-tmp-") for f in (root / "raw").iterdir()):
            break
        time.sleep(0.01)
    p.send_signal(signal.SIGKILL)
    p.wait()
    left = [f for f in (root / "raw").iterdir() if f.name.startswith(".expetl-tmp-")]
    assert left  # the kill left one
    old = time.time() - 2 * 3600
    for f in left:
        os.utime(f, (old, old))
    Stage(str(root))
    assert not [f for f in (root / "raw").iterdir() if f.name.startswith(".expetl-tmp-")]
