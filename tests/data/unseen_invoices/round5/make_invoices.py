"""Builds every round-5 PDF and expected file. Run with the scratch venv python (PySide6, segno)."""
import json, os, subprocess, sys, html, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs import all_docs
from renderers import layout_draw, to_html, to_text, to_gnumeric, qr_png, qr_matrix, W, H

SCR = "/work/wt-round5-scratch/build"
os.makedirs(SCR, exist_ok=True)
CP = ":".join(["/work/wt-round5-scratch/build", "/usr/share/java/pdfbox2.jar", "/usr/share/java/fontbox2.jar",
               "/usr/share/java/commons-logging.jar"])

_qapp = None
# PySide6 6.12 on CPython 3.11 drops a reference to None on some void calls (QPainterPath.addRect, fillRect):
# pad None's refcount so the long QR loops do not trip "none_dealloc" (CPython 3.12+ makes None immortal).
import ctypes
ctypes.c_ssize_t.from_address(id(None)).value += 10 ** 9


def qapp():
    global _qapp
    from PySide6.QtGui import QGuiApplication
    if _qapp is None:
        _qapp = QGuiApplication.instance() or QGuiApplication([])
    return _qapp


def gen_qthtml(m, out):
    qapp()
    from PySide6.QtGui import QTextDocument, QPdfWriter, QPageSize, QPageLayout
    from PySide6.QtCore import QMarginsF, QUrl, QSizeF
    png = os.path.join(SCR, m["name"] + ".qr.png")
    if m["qr"]:
        qr_png(m["qr"], png, scale=5)
    from PySide6.QtGui import QFont
    doc = QTextDocument()
    df = QFont("DejaVu Sans")
    df.setPointSizeF(9)
    df.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(df)
    doc.setHtml(to_html(m, qr_src=("file://" + png) if m["qr"] else None))
    w = QPdfWriter(out)
    w.setPageSize(QPageSize(QPageSize.A4))
    w.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Millimeter)
    w.setCreator("Qt QTextDocument (round5)")
    doc.print_(w)
    del w


def gen_qpainter(m, out, vector=True):
    qapp()
    from PySide6.QtGui import QPdfWriter, QPageSize, QPainter, QFont, QFontMetricsF, QPen, QImage, QColor, QPainterPath, QBrush
    from PySide6.QtCore import Qt
    from PySide6.QtCore import QRectF, QPointF, QMarginsF
    w = QPdfWriter(out)
    w.setPageSize(QPageSize(QPageSize.A4))
    w.setResolution(72)
    w.setPageMargins(QMarginsF(0, 0, 0, 0))
    w.setCreator("Qt QPainter (round5)")
    p = QPainter(w)
    p.setPen(QPen(QColor(0, 0, 0), 0.6))
    pages = layout_draw(m)
    for pi, ops in enumerate(pages):
        if pi:
            w.newPage()
        for op in ops:
            if op[0] == "T":
                _, x, y, size, bold, al, t = op
                f = QFont("DejaVu Sans")
                f.setPixelSize(max(int(round(size)), 5))
                f.setBold(bool(bold))
                f.setFeature(QFont.Tag("liga"), 0)
                p.setFont(f)
                tw = QFontMetricsF(f).horizontalAdvance(t)
                if al == "r":
                    x -= tw
                elif al == "c":
                    x -= tw / 2
                p.drawText(QPointF(x, y), t)
            elif op[0] == "R":
                p.drawRect(QRectF(op[1], op[2], op[3], op[4]))
            elif op[0] == "L":
                p.drawLine(QPointF(op[1], op[2]), QPointF(op[3], op[4]))
            elif op[0] == "Q":
                _, x, y, s, url = op
                if vector:
                    mat = qr_matrix(url)
                    n = len(mat) + 4
                    mod = s / n
                    path = QPainterPath()
                    for r, row in enumerate(mat):
                        for c, v in enumerate(row):
                            if v:
                                path.addRect(QRectF(x + (c + 2) * mod, y + (r + 2) * mod, mod, mod))
                    path.setFillRule(Qt.WindingFill)
                    brush = QBrush(QColor(0, 0, 0))
                    p.fillPath(path, brush)
                else:
                    png = os.path.join(SCR, m["name"] + ".qr.png")
                    qr_png(url, png, scale=6)
                    p.drawImage(QRectF(x, y, s, s), QImage(png))
    p.end()


def gen_pdfbox(m, out):
    lines = []
    png = os.path.join(SCR, m["name"] + ".qr.png")
    for ops in layout_draw(m):
        lines.append("P")
        for op in ops:
            if op[0] == "T":
                lines.append("\t".join(["T", f"{op[1]:.2f}", f"{op[2]:.2f}", f"{op[3]:.1f}", "1" if op[4] else "0", op[5], op[6]]))
            elif op[0] in "RL":
                lines.append("\t".join([op[0]] + [f"{v:.2f}" for v in op[1:]]))
            elif op[0] == "Q":
                if m["name"].startswith(("b02", "b05")):  # vector QR (filled rectangles)
                    mat = qr_matrix(op[4])
                    n = len(mat) + 4
                    mod = op[3] / n
                    for r, row in enumerate(mat):
                        for c, v in enumerate(row):
                            if v:
                                lines.append("\t".join(["F", f"{op[1] + (c + 2) * mod:.3f}", f"{op[2] + (r + 2) * mod:.3f}", f"{mod + 0.02:.3f}", f"{mod + 0.02:.3f}"]))
                else:
                    qr_png(op[4], png, scale=6)
                    lines.append("\t".join(["Q", f"{op[1]:.2f}", f"{op[2]:.2f}", f"{op[3]:.2f}", png]))
    tsv = os.path.join(SCR, m["name"] + ".tsv")
    open(tsv, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    subprocess.run(["java", "-cp", CP, "DrawBox", tsv, out], check=True)


def gen_abiword(m, out):
    """HTML -> AbiWord document (abiword --to=abw), the QR PNG put in as an AbiWord <image> with a <data> blob
    (AbiWord's HTML importer drops <img>), then abiword --to=pdf."""
    import base64, re
    png = os.path.join(SCR, m["name"] + ".qr.png")
    if m["qr"]:
        qr_png(m["qr"], png, scale=6)
    src = os.path.join(SCR, m["name"] + ".html")
    h = to_html(m, qr_src="QRSLOT" if m["qr"] else None, flavor="abiword")
    h = re.sub(r'<img src="QRSLOT"[^>]*>', "QRSLOT", h)
    open(src, "w", encoding="utf-8").write(h)
    abw = os.path.join(SCR, m["name"] + ".abw")
    subprocess.run(["abiword", "--to=abw", "-o", abw, src], check=True, stderr=subprocess.DEVNULL)
    a = open(abw, encoding="utf-8").read()
    if m["qr"]:
        inch = m["qr_size"] / 72
        assert ">QRSLOT</p>" in a
        a = a.replace(">QRSLOT</p>", f'><image dataid="qr1" props="width:{inch:.2f}in; height:{inch:.2f}in"/></p>')
        b = base64.b64encode(open(png, "rb").read()).decode()
        a = a.replace("</abiword>", f'<data>\n<d name="qr1" mime-type="image/png" base64="yes">\n{b}\n</d>\n</data>\n</abiword>')
        open(abw, "w", encoding="utf-8").write(a)
    subprocess.run(["abiword", "--to=pdf", "-o", out, abw], check=True, stderr=subprocess.DEVNULL)


def gen_inkscape(m, out):
    pages = layout_draw(m)
    assert len(pages) == 1
    e = html.escape
    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}pt" height="{H}pt" viewBox="0 0 {W} {H}">',
         '<rect x="0" y="0" width="595" height="842" fill="white"/>']
    for op in pages[0]:
        if op[0] == "T":
            _, x, y, size, bold, al, t = op
            anchor = {"l": "start", "r": "end", "c": "middle"}[al]
            s.append(f'<text x="{x:.2f}" y="{y:.2f}" font-family="DejaVu Sans" font-size="{size}" '
                     f'font-weight="{"bold" if bold else "normal"}" style="font-variant-ligatures:none" text-anchor="{anchor}" xml:space="preserve">{e(t)}</text>')
        elif op[0] == "R":
            s.append(f'<rect x="{op[1]:.2f}" y="{op[2]:.2f}" width="{op[3]:.2f}" height="{op[4]:.2f}" fill="none" stroke="black" stroke-width="0.6"/>')
        elif op[0] == "L":
            s.append(f'<line x1="{op[1]:.2f}" y1="{op[2]:.2f}" x2="{op[3]:.2f}" y2="{op[4]:.2f}" stroke="black" stroke-width="0.6"/>')
        elif op[0] == "Q":
            _, x, y, side, url = op
            mat = qr_matrix(url)
            n = len(mat) + 4
            mod = side / n
            d = []
            for r, row in enumerate(mat):
                for c, v in enumerate(row):
                    if v:
                        d.append(f"M{x + (c + 2) * mod:.3f} {y + (r + 2) * mod:.3f}h{mod:.3f}v{mod:.3f}h-{mod:.3f}z")
            s.append(f'<path d="{"".join(d)}" fill="black"/>')
    s.append("</svg>")
    svg = os.path.join(SCR, m["name"] + ".svg")
    open(svg, "w", encoding="utf-8").write("\n".join(s))
    subprocess.run(["inkscape", "--export-type=pdf", f"--export-filename={out}", svg], check=True,
                   stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)


def gen_gnumeric(m, out):
    cells, nrows, tstart = to_gnumeric(m)
    e = html.escape
    ncol = max(c for _, c, _, _ in cells) + 1
    widths = [0] * ncol
    for r, c, t, b in cells:
        if tstart[0] <= r < tstart[1]:
            widths[c] = max(widths[c], len(t))
    di = [k for k, _ in m["cols"]].index("desc")
    widths[1] = max(widths[1], 14)
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">',
         '<gnm:SheetNameIndex><gnm:SheetName>Factura</gnm:SheetName></gnm:SheetNameIndex>',
         '<gnm:Sheets><gnm:Sheet DisplayFormulas="0" HideZero="0" HideGrid="0" HideColHeader="0" HideRowHeader="0" DisplayOutlines="1" OutlineSymbolsBelow="1" OutlineSymbolsRight="1">',
         '<gnm:Name>Factura</gnm:Name>', f'<gnm:MaxCol>{ncol - 1}</gnm:MaxCol>', f'<gnm:MaxRow>{nrows}</gnm:MaxRow>',
         '<gnm:PrintInformation><gnm:Scale type="size_fit" cols="1" rows="1"/></gnm:PrintInformation>',
         '<gnm:Styles>']
    boldcells = [(r, c) for r, c, t, b in cells if b]
    for r, c in boldcells:
        x.append(f'<gnm:StyleRegion startCol="{c}" startRow="{r}" endCol="{c}" endRow="{r}"><gnm:Style HAlign="1" VAlign="2" WrapText="0" Format="General"><gnm:Font Unit="10" Bold="1" Italic="0" Underline="0" StrikeThrough="0">Sans</gnm:Font></gnm:Style></gnm:StyleRegion>')
    x.append('</gnm:Styles><gnm:Cols>')
    for i, w in enumerate(widths):
        x.append(f'<gnm:ColInfo No="{i}" Unit="{max(w, 5) * 5.5 + 6:.1f}"/>')
    x.append('</gnm:Cols><gnm:Cells>')
    for r, c, t, b in cells:
        x.append(f'<gnm:Cell Row="{r}" Col="{c}" ValueType="60">{e(t)}</gnm:Cell>')
    x.append('</gnm:Cells></gnm:Sheet></gnm:Sheets></gnm:Workbook>')
    src = os.path.join(SCR, m["name"] + ".gnumeric")
    open(src, "w", encoding="utf-8").write("\n".join(x))
    subprocess.run(["ssconvert", "-T", "Gnumeric_pdf:pdf_assistant", src, out], check=True,
                   stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)


def gen_pango(m, out):
    src = os.path.join(SCR, m["name"] + ".txt")
    open(src, "w", encoding="utf-8").write(to_text(m))
    subprocess.run(["pango-view", "-q", "--font=DejaVu Sans Mono 8", "--margin=36", "--dpi=72",
                    f"--output={out}", src], check=True)


GEN = {"qthtml": gen_qthtml, "qpainter": gen_qpainter, "pdfbox": gen_pdfbox, "abiword": gen_abiword,
       "inkscape": gen_inkscape, "gnumeric": gen_gnumeric, "pango": gen_pango}


def main(only=None):
    for m, exp in all_docs():
        if only and not any(m["name"].startswith(o) for o in only):
            continue
        out = os.path.join(HERE, m["name"] + ".pdf")
        if m["gen"] == "qpainter":
            gen_qpainter(m, out, vector=not m["name"].startswith(("p02", "p04")))
        else:
            GEN[m["gen"]](m, out)
        json.dump(exp, open(os.path.join(HERE, m["name"] + ".expected.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=2)
        open(os.path.join(HERE, m["name"] + ".expected.json"), "a").write("\n")
        di = [k for k, _ in m["cols"]].index("desc")
        json.dump([r[di].split("\n") for r in m["rows"][:len(exp["items"])]],
                  open(os.path.join(SCR, m["name"] + ".rows.json"), "w", encoding="utf-8"), ensure_ascii=False)
        json.dump({"qr": m["qr"]}, open(os.path.join(SCR, m["name"] + ".qrurl.json"), "w"))
        print("built", m["name"])


if __name__ == "__main__":
    main(sys.argv[1:] or None)
