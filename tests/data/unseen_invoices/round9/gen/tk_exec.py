"""Tk canvas -> Canvas.postscript() per page -> Ghostscript ps2pdf (all pages in one gs run).
Run with Debian's python3 (tkinter) under xvfb-run: tk_exec.py ops.tsv out.pdf workdir"""
import subprocess, sys, tkinter as tk
from tkinter import font as tkfont

ops_path, out, work = sys.argv[1:4]
root = tk.Tk()
root.tk.call("tk", "scaling", 1.0)  # 1 screen pixel = 1 point
pages = [[]]
for line in open(ops_path, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[0] == "P":
        pages.append([])
    else:
        pages[-1].append(f)
fonts = {}


def font(sz, b):
    k = (sz, b)
    if k not in fonts:
        fonts[k] = tkfont.Font(root, family="Helvetica", size=int(round(float(sz))), weight="bold" if b else "normal")
    return fonts[k]


ps_files = []
for n, ops in enumerate(pages):
    c = tk.Canvas(root, width=595, height=842, bg="white", highlightthickness=0, borderwidth=0)
    c.pack()
    for f in ops:
        if f[0] == "T":
            x, y = float(f[1]), float(f[2])
            fo = font(f[3], f[4] == "1")
            anchor = {"l": "sw", "r": "se", "c": "s"}[f[5]]
            c.create_text(x, y + fo.metrics("descent"), text=f[6], font=fo, anchor=anchor, fill="black")
        elif f[0] == "R":
            x, y, w, h = map(float, f[1:5])
            c.create_rectangle(x, y, x + w, y + h, width=float(f[6]), outline="black",
                               fill="black" if f[5] == "1" else "")
        elif f[0] == "L":
            c.create_line(float(f[1]), float(f[2]), float(f[3]), float(f[4]), width=float(f[5]), fill="black")
        elif f[0] == "Q":
            x, y, m = float(f[1]), float(f[2]), float(f[3])
            for r, row in enumerate(f[4].split("/")):
                for col, ch in enumerate(row):
                    if ch == "1":
                        c.create_rectangle(x + col * m, y + r * m, x + (col + 1) * m, y + (r + 1) * m,
                                           fill="black", outline="")
    c.update()
    ps = f"{work}/page{n + 1}.ps"
    c.postscript(file=ps, x=0, y=0, width=595, height=842, pagex=0, pagey=0, pageanchor="sw",
                 pagewidth="595p", colormode="gray")
    ps_files.append(ps)
    c.destroy()
root.destroy()
subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4",
                "-dFIXEDMEDIA", "-dCompatibilityLevel=1.4", f"-sOutputFile={out}"] + ps_files, check=True)
