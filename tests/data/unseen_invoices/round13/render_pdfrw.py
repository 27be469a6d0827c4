"""Prefix r: pdfrw 0.4 (PdfWriter, PdfDict page objects) with content streams written by hand: standard
Times-Roman / Times-Bold (WinAnsiEncoding, not embedded), every string placed with its real advance width
from the Times-compatible NimbusRoman AFM metrics (fonts-urw-base35) for right/centre alignment and wrapping;
the QR as `re f` runs of modules."""
from pdfrw import IndirectPdfDict, PdfArray, PdfDict, PdfName, PdfWriter

from layout import AFMMetrics, layout, W, H

AFM = "/usr/share/fonts/type1/urw-base35/"
METRICS = AFMMetrics(AFM + "NimbusRoman-Regular.afm", AFM + "NimbusRoman-Bold.afm")


def pdfstr(s):
    b = s.encode("cp1252").decode("latin-1")
    return "(" + b.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def render(doc, out):
    fonts = {n: IndirectPdfDict(Type=PdfName.Font, Subtype=PdfName.Type1, BaseFont=PdfName(b),
                                Encoding=PdfName.WinAnsiEncoding)
             for n, b in (("F1", "Times-Roman"), ("F2", "Times-Bold"))}
    w = PdfWriter(compress=True)
    w.trailer.Info = IndirectPdfDict(Producer="pdfrw 0.4", Title=f"Factura {doc.letter} {doc.pos:05d}-{doc.number:08d}")
    for pg in layout(doc, METRICS):
        ops = []
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, bold, size, align = op
                wd = METRICS.width(s, bold, size)
                if align == "r":
                    x -= wd
                elif align == "c":
                    x -= wd / 2
                ops.append(f"BT /{'F2' if bold else 'F1'} {size:g} Tf {x:.2f} {H - y:.2f} Td {pdfstr(s)} Tj ET")
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw = op
                ops.append(f"{lw:.2f} w {x1:.2f} {H - y1:.2f} m {x2:.2f} {H - y2:.2f} l S")
            elif op[0] == "rect":
                _, x, y, rw, rh, fill, stroke = op
                r = f"{x:.2f} {H - y - rh:.2f} {rw:.2f} {rh:.2f} re"
                if fill is not None:
                    ops.append(f"q {fill:.2f} g {r} f Q")
                if stroke:
                    ops.append(f"{stroke:.2f} w {r} S")
            elif op[0] == "qr":
                _, x, y, mod, mat = op
                ops.append("q 0 g")
                for i, row in enumerate(mat):
                    j = 0
                    while j < len(row):
                        if row[j]:
                            k = j
                            while k < len(row) and row[k]:
                                k += 1
                            ops.append(f"{x + j * mod:.2f} {H - y - (i + 1) * mod:.2f} {(k - j) * mod:.2f} {mod:.2f} re")
                            j = k
                        else:
                            j += 1
                ops.append("f Q")
        page = PdfDict(Type=PdfName.Page, MediaBox=PdfArray([0, 0, W, H]),
                       Resources=PdfDict(Font=PdfDict(**fonts)), Contents=PdfDict(stream="\n".join(ops)))
        w.addpage(page)
    w.write(out)
