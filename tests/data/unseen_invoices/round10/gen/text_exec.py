"""Vim :hardcopy and Emacs ps-print of an aligned text invoice, ps2pdf, QR stamped with qpdf --overlay."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from layout import text_pages
from pdfraw import qr_stamp

def run(d, out_pdf, tool, scratch):
    pages = text_pages(d)
    txt = os.path.join(scratch, d.name + ".txt")
    ps = os.path.join(scratch, d.name + ".ps")
    raw = os.path.join(scratch, d.name + ".raw.pdf")
    open(txt, "w", encoding="latin-1").write("\f".join("\n".join(p) + "\n" for p in pages))
    if tool == "vim":
        subprocess.run(["vim", "-N", "-u", "NONE", "-i", "NONE", "-es", "-c", "set fileencodings=latin1 encoding=utf-8",
                        "-c", "e! ++enc=latin1 " + txt,
                        "-c", "set printoptions=header:0,paper:A4,left:14mm,top:12mm,bottom:10mm,formfeed:y,number:n",
                        "-c", "set printfont=Courier:h8", "-c", "set printencoding=latin1",
                        "-c", "hardcopy > " + ps, "-c", "qa!"], check=False, timeout=60)
    else:
        el = ("(progn (setq ps-paper-type 'a4 ps-print-header nil ps-font-size 8 ps-left-margin 40 ps-top-margin 34 "
              "ps-bottom-margin 30 ps-print-color-p nil ps-lines-per-page nil) "
              f"(find-file \"{txt}\") (ps-print-buffer \"{ps}\"))")
        subprocess.run(["emacs", "--batch", "-Q", "--eval", "(prefer-coding-system 'latin-1)", "--eval", el], check=True,
                       timeout=120, capture_output=True)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, raw], check=True)
    m = d.qr_matrix()
    if m is None:
        os.replace(raw, out_pdf); return
    n = int(subprocess.run(["qpdf", "--show-npages", raw], capture_output=True, text=True).stdout)
    stamp = os.path.join(scratch, d.name + ".qr.pdf")
    qr_stamp(stamp, m, 465, 842 - 150, 100)
    if d.copies > 1:
        args = ["--overlay", stamp, "--repeat=1", "--"]
    else:
        args = ["--overlay", stamp, f"--to={n}", "--repeat=1", "--"]
    subprocess.run(["qpdf", raw] + args + [out_pdf], check=True)
