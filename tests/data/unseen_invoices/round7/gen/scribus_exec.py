# Scribus scripter executor (run inside Scribus: scribus -g -ns -py scribus_exec.py in.tsv out.pdf)
import os
import sys
import scribus

tsv, out = sys.argv[1], sys.argv[2]
pages, cur = [], None
for line in open(tsv, encoding="utf-8"):
    o = line.rstrip("\n").split("\t")
    if o[0] == "P":
        cur = []
        pages.append(cur)
    else:
        cur.append(o)
scribus.newDocument(scribus.PAPER_A4, (0, 0, 0, 0), scribus.PORTRAIT, 1, scribus.UNIT_POINTS, scribus.PAGE_1, 0, 1)
FONTS = {"0": "Liberation Sans Regular", "1": "Liberation Sans Bold"}
n = 0
for pn, ops in enumerate(pages):
    if pn:
        scribus.newPage(-1)
    scribus.gotoPage(pn + 1)
    for o in ops:
        n += 1
        if o[0] == "T":
            x, y, size, al, s = float(o[1]), float(o[2]), float(o[3]), o[5], o[6]
            w = max(20, len(s) * size * 0.62 + 10)
            left = x if al == "l" else (x - w if al == "r" else x - w / 2)
            t = scribus.createText(left, y - size * 0.93, w, size * 1.4, "t%d" % n)
            scribus.setTextDistances(0, 0, 0, 0, t)
            scribus.setText(s, t)
            scribus.setFont(FONTS[o[4]], t)
            scribus.setFontSize(size, t)
            scribus.setLineSpacing(size * 1.15, t)
            scribus.setTextAlignment({"l": scribus.ALIGN_LEFT, "r": scribus.ALIGN_RIGHT, "c": scribus.ALIGN_CENTERED}[al], t)
        elif o[0] == "L":
            l = scribus.createLine(float(o[1]), float(o[2]), float(o[3]), float(o[4]), "l%d" % n)
            scribus.setLineWidth(float(o[5]), l)
        elif o[0] == "R":
            r = scribus.createRect(float(o[1]), float(o[2]), float(o[3]), float(o[4]), "r%d" % n)
            scribus.setFillColor("None", r)
            scribus.setLineWidth(float(o[5]), r)
        elif o[0] == "F":
            r = scribus.createRect(float(o[1]), float(o[2]), float(o[3]), float(o[4]), "f%d" % n)
            scribus.setFillColor("Black", r)
            scribus.setLineColor("None", r)
        elif o[0] == "I":
            i = scribus.createImage(float(o[1]), float(o[2]), float(o[3]), float(o[4]), "i%d" % n)
            scribus.loadImage(os.path.join(os.path.dirname(tsv), o[5]), i)
            scribus.setScaleImageToFrame(True, False, i)
pdf = scribus.PDFfile()
pdf.file = out
pdf.compress = True
pdf.save()
scribus.closeDoc()
