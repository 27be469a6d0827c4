"""Prefix e: PDF::Reuse 0.39 (Perl, Debian libpdf-reuse-perl). render() writes a draw list and runs
reuse_draw.pl; wrapping uses Helvetica metrics (NimbusSans AFM of fonts-urw-base35, metric-compatible)."""
import os
import subprocess
import tempfile

from layout import AFMMetrics, layout, H

AFM = "/usr/share/fonts/type1/urw-base35/"
METRICS = AFMMetrics(AFM + "NimbusSans-Regular.afm", AFM + "NimbusSans-Bold.afm")
HERE = os.path.dirname(os.path.abspath(__file__))
SCRATCH = os.environ.get("R13_WORK", "/work/round13-scratch/build")


def render(doc, out):
    os.makedirs(SCRATCH, exist_ok=True)
    lines = []
    for pg in layout(doc, METRICS):
        lines.append("page")
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, bold, size, align = op
                lines.append(f"text\t{x:.2f}\t{H - y:.2f}\t{int(bool(bold))}\t{size:g}\t{align}\t{s}")
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw = op
                lines.append(f"raw\t{lw:.2f} w {x1:.2f} {H - y1:.2f} m {x2:.2f} {H - y2:.2f} l S")
            elif op[0] == "rect":
                _, x, y, rw, rh, fill, stroke = op
                r = f"{x:.2f} {H - y - rh:.2f} {rw:.2f} {rh:.2f} re"
                if fill is not None:
                    lines.append(f"raw\tq {fill:.2f} g {r} f Q")
                if stroke:
                    lines.append(f"raw\t{stroke:.2f} w {r} S")
            elif op[0] == "qr":
                _, x, y, mod, mat = op
                parts = ["q 0 g"]
                for i, row in enumerate(mat):
                    j = 0
                    while j < len(row):
                        if row[j]:
                            k = j
                            while k < len(row) and row[k]:
                                k += 1
                            parts.append(f"{x + j * mod:.2f} {H - y - (i + 1) * mod:.2f} {(k - j) * mod:.2f} {mod:.2f} re")
                            j = k
                        else:
                            j += 1
                parts.append("f Q")
                lines.append("raw\t" + " ".join(parts))
    fd, path = tempfile.mkstemp(suffix=".tsv", dir=SCRATCH)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    subprocess.run(["perl", os.path.join(HERE, "reuse_draw.pl"), path, out], check=True, cwd=SCRATCH)
    os.unlink(path)
