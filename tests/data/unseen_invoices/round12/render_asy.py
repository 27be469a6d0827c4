"""Generator a: Asymptote 2.85 (pdflatex engine). One .asy program per document, drawn in points,
y measured from the top of an A4 page; labels are LaTeX (lmodern, T1), the QR is filled boxes."""
import os
import subprocess

from core import dash_cuit
from textmetrics import wrap

ASY = "asy"
SPECIAL = {"\\": r"\textbackslash{}", "$": r"\$", "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           '"': r"\textquotedbl{}", "²": r"\textsuperscript{2}", "º": r"\textordmasculine{}",
           "°": r"\textdegree{}", "-": "-{}"}


def tex(s):
    return "".join(SPECIAL.get(ch, ch) for ch in s)


class Asy:
    def __init__(self):
        self.out = []

    def t(self, x, y, s, al="L", size=8, bold=False):
        d = {"L": "E", "R": "W", "C": "(0,0)"}[al]
        body = tex(s)
        if bold:
            body = r"\textbf{" + body + "}"
        self.out.append(f'label("{body}", ({x:.2f},{842 - y:.2f}), {d}, fontsize({size}pt));')

    def line(self, x1, y1, x2, y2, w=0.6):
        self.out.append(f"draw(({x1:.2f},{842 - y1:.2f})--({x2:.2f},{842 - y2:.2f}), linewidth({w}));")

    def rbox(self, x, y, w, h, lw=0.7, r=6):
        self.out.append(f"draw(shift({x:.2f},{842 - y - h:.2f})*roundedpath(box((0,0),({w:.2f},{h:.2f})),{r}), linewidth({lw}));")

    def box(self, x, y, w, h, lw=0.9):
        self.out.append(f"draw(box(({x:.2f},{842 - y - h:.2f}),({x + w:.2f},{842 - y:.2f})), linewidth({lw}));")

    def shade(self, x, y, w, h):
        self.out.append(f"fill(box(({x:.2f},{842 - y - h:.2f}),({x + w:.2f},{842 - y:.2f})), gray(0.88));")

    def qr(self, x, y, m, mod):
        for r, row in enumerate(m):
            c = 0
            while c < len(row):
                if row[c]:
                    s = c
                    while c < len(row) and row[c]:
                        c += 1
                    # boxes overlap by 0.15 pt so that the rendering leaves no hairline seams
                    self.out.append(f"fill(box(({x + s * mod - 0.08:.2f},{842 - y - (r + 1) * mod - 0.08:.2f}),"
                                    f"({x + c * mod + 0.08:.2f},{842 - y - r * mod + 0.08:.2f})));")
                else:
                    c += 1


PRE = r'''settings.tex="pdflatex";
settings.outformat="pdf";
usepackage("fontenc","T1");
usepackage("inputenc","utf8");
usepackage("lmodern");
usepackage("textcomp");
texpreamble("\renewcommand{\familydefault}{\sfdefault}");
import roundedpath;
unitsize(1bp);
defaultpen(fontsize(8pt)+linewidth(0.6));
draw(box((0,0),(595.28,841.89)), invisible);
'''


def render(doc, outdir, workdir):
    a = Asy()
    left_issuer = doc.letter != "C"
    # letter box centred at the top
    a.box(280, 30, 36, 40, 1.2)
    a.t(298, 47, doc.letter, "C", 24, True)
    a.t(298, 64, f"Cod. {doc.code:02d}" if doc.name.startswith("a0") and doc.seed % 2 else f"COD. {doc.code:03d}",
        "C", 6, True)
    a.rbox(30, 30, 535, 135)
    if left_issuer:
        a.t(40, 48, doc.fantasy or doc.merchant_name, "L", 14, True)
        ys = 80
        for s in wrap("Razón Social: " + doc.merchant_name, 0, 8, 220):
            a.t(40, ys, s, "L", 8)
            ys += 11
        for s in (doc.address, doc.iva_cond):
            a.t(40, ys, s, "L", 8)
            ys += 11
    else:
        a.t(150, 90, doc.merchant_name, "C", 10, True)
        a.t(150, 106, doc.address, "C", 8)
        a.t(150, 118, doc.iva_cond, "C", 8)
    x = 335
    a.t(x, 48, "FACTURA", "L", 15, True)
    rows = [f"N° {doc.pos:04d}-{doc.number:08d}", "Fecha: " + doc.dt(), "C.U.I.T.: " + dash_cuit(doc.cuit),
            "Ing. Brutos: " + doc.iibb, "Inicio de actividades: " + doc.inicio.strftime("%d/%m/%Y")]
    y = 80
    for r in rows:
        a.t(x, y, r, "L", 8, r.startswith("N°"))
        y += 12
    # buyer
    a.rbox(30, 172, 535, 52)
    docl = {80: "C.U.I.T.", 96: "D.N.I.", 99: "Doc."}[doc.buyer_doc_type]
    docv = dash_cuit(doc.buyer_doc) if doc.buyer_doc_type == 80 else doc.buyer_doc
    a.t(40, 186, "Señor(es): " + doc.buyer_name, "L", 8)
    a.t(360, 186, f"{docl}: {docv}", "L", 8)
    a.t(40, 200, "Domicilio: " + (doc.buyer_address or "-"), "L", 8)
    a.t(360, 200, "I.V.A.: " + doc.buyer_cond, "L", 8)
    a.t(40, 214, "Condición de venta: " + doc.cond_venta, "L", 8)
    # items: quantity first
    if doc.letter == "A":
        cols = [("Cant.", 58, "R"), ("Código", 66, "L"), ("Descripción", 135, "L"), ("P. Unitario", 420, "R"),
                ("% IVA", 462, "R"), ("Importe neto", 555, "R")]
        dw = 230
    elif any(i.code for i in doc.items):
        cols = [("Descripción", 40, "L"), ("Cód./ISBN", 270, "L"), ("Cant.", 380, "R"),
                ("P. Unit.", 460, "R"), ("Importe", 555, "R")]
        dw = 220
    elif doc.name.startswith("a06"):
        cols = [("Descripción", 40, "L"), ("Cantidad", 350, "R"), ("Precio", 450, "R"), ("Importe", 555, "R")]
        dw = 280
    else:
        cols = [("Cant.", 62, "R"), ("Unidad", 70, "L"), ("Detalle", 110, "L"), ("Precio Unit.", 460, "R"),
                ("Importe", 555, "R")]
        dw = 280
    a.shade(30, 234, 535, 16)
    for title, cx, al in cols:
        a.t(cx, 242, title, al, 8, True)
    y = 262
    for it in doc.items:
        lines = wrap(it.description, 0, 8, dw)
        vals = {"Cant.": doc.qt(it), "Cantidad": doc.qt(it), "Unidad": it.unit_label or "",
                "Código": it.code or "", "Cód./ISBN": it.code or "",
                "P. Unitario": doc.m(it.unit_price) if it.unit_price is not None else "",
                "P. Unit.": doc.m(it.unit_price) if it.unit_price is not None else "",
                "Precio Unit.": doc.m(it.unit_price) if it.unit_price is not None else "",
                "Precio": doc.m(it.unit_price) if it.unit_price is not None else "",
                "% IVA": doc.rate_txt(it.vat_rate) if it.vat_rate is not None else "",
                "Importe neto": doc.m(it.amount), "Importe": doc.m(it.amount)}
        for title, cx, al in cols:
            if title in ("Descripción", "Detalle"):
                for k, ln in enumerate(lines):
                    a.t(cx, y + 11 * k, ln, "L", 8)
            elif vals[title]:
                a.t(cx, y, vals[title], al, 8)
        y += 11 * len(lines) + 4
    y += 4
    a.line(30, y, 565, y)
    y += 16
    tot = [("Subtotal", doc.subtotal)]
    tot += [(d_, v) for d_, v in doc.discounts]
    if doc.letter == "A":
        if doc.discounts:
            tot.append(("Importe Neto Gravado", doc.neto))
        tot += [(f"IVA {doc.rate_txt(r)}", v) for r, v in doc.vat]
    tot += [(d_, v) for d_, v in doc.taxes]
    tot.append(("TOTAL", doc.total))
    for lab, v in tot:
        b = lab == "TOTAL"
        a.t(470, y, lab + ("" if b else ":"), "R", 10 if b else 8, b)
        a.t(555, y, doc.m(v), "R", 10 if b else 8, b)
        y += 14 if not b else 16
    yb = max(y + 16, 680)
    url = doc.qr_url()
    if url:
        mod = 1.8
        m = doc.qr_matrix()
        a.qr(450, yb, m, mod)
        xr = 440
    else:
        xr = 555
    a.t(30, yb + 10, "C.A.E. N°: " + doc.cae, "L", 9, True)
    a.t(30, yb + 24, "Vencimiento C.A.E.: " + doc.cae_vto.strftime("%d/%m/%Y"), "L", 8)
    a.t(30, yb + 44, "Comprobante autorizado por AFIP - RG 4291", "L", 7)
    src = os.path.join(workdir, doc.name + ".asy")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(PRE + "\n".join(a.out) + "\n")
    subprocess.run([ASY, "-q", "-o", os.path.join(outdir, doc.name), src], check=True, cwd=workdir)
