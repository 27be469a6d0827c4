"""Generator f: Free Pascal fcl-pdf. Python lays out a draw list, fclpdf/drawlist.pas draws it."""
import os
import subprocess

from core import dash_cuit
from textmetrics import width, wrap

DRAWLIST = os.environ.get("FCL_DRAWLIST", "/work/round12-scratch/fbuild/drawlist")


class Page:
    def __init__(self):
        self.ops = []

    def font(self, f, s):
        s = int(round(s))  # fcl-pdf 3.2.2 SetFont takes an integer size
        self.ops.append(f"FONT\t{f}\t{s}")
        self.cur = (f, s)

    def text(self, x, y, s, align="L", f=None, size=None):
        if f is not None:
            self.font(f, size)
        fo, sz = self.cur
        w = width(s, fo, sz)
        if align == "R":
            x -= w
        elif align == "C":
            x -= w / 2
        self.ops.append(f"T\t{x:.2f}\t{y:.2f}\t{s}")

    def line(self, x1, y1, x2, y2, w=0.6):
        self.ops.append(f"LINE\t{x1:.2f}\t{y1:.2f}\t{x2:.2f}\t{y2:.2f}\t{w}")

    def box(self, x, y, w, h, lw=0.8):
        # fcl-pdf with origin at top: DrawRect's y is the bottom edge
        self.ops.append(f"BOX\t{x:.2f}\t{y + h:.2f}\t{w:.2f}\t{h:.2f}\t{lw}")

    def grey(self, x, y, w, h):
        self.ops.append(f"GREY\t{x:.2f}\t{y + h:.2f}\t{w:.2f}\t{h:.2f}")

    def qr(self, x, y, matrix, mod):
        for r, row in enumerate(matrix):
            c = 0
            while c < len(row):
                if row[c]:
                    s = c
                    while c < len(row) and row[c]:
                        c += 1
                    self.ops.append(f"RECT\t{x + s * mod:.2f}\t{y + (r + 1) * mod:.2f}\t{(c - s) * mod:.2f}\t{mod:.2f}")
                else:
                    c += 1


def header(p, doc, copy, hoja=None):
    L, R, top = 36, 559, 36
    p.box(L, top, R - L, 128)
    p.line(297.5, top + 44, 297.5, top + 128)
    p.box(279.5, top, 36, 44, 1.2)
    p.text(297.5, top + 30, doc.letter, "C", 1, 26)
    p.text(297.5, top + 41, f"COD. {doc.code:03d}", "C", 1, 6)
    p.text(297.5, top - 6, copy, "C", 1, 9)
    centred = doc.name.startswith("f03") or doc.name.startswith("f06")
    if centred:
        p.text(150, top + 26, doc.fantasy or doc.merchant_name, "C", 1, 14)
        p.text(150, top + 62, "Razón Social: " + doc.merchant_name, "C", 2, 7.5)
        p.text(150, top + 75, "Domicilio Comercial: " + doc.address, "C", 2, 7.5)
        p.text(150, top + 88, "Condición frente al IVA: " + doc.iva_cond, "C", 2, 7.5)
    else:
        p.text(L + 8, top + 24, (doc.fantasy or doc.merchant_name).upper(), "L", 1, 13)
        y = top + 58
        for lab, val in (("Razón Social:", doc.merchant_name), ("Domicilio Comercial:", doc.address),
                         ("Condición frente al IVA:", doc.iva_cond)):
            p.text(L + 8, y, lab, "L", 1, 7.5)
            xv = L + 8 + width(lab, 1, 7.5) + 10
            for k, part in enumerate(wrap(val, 0, 8, 290 - xv)):
                p.text(xv, y, part, "L", 0, 7.5)
                y += 11
            y += 2
    x = 312
    p.text(x + 14, top + 22, "FACTURA", "L", 1, 16)
    rows = [("Punto de Venta:", f"{doc.pos:05d}", "Comp. Nro:", f"{doc.number:08d}"),
            ("Fecha de Emisión:", doc.dt(), None, None),
            ("CUIT:", dash_cuit(doc.cuit), None, None),
            ("Ingresos Brutos:", doc.iibb, None, None),
            ("Inicio de Actividades:", doc.inicio.strftime("%d/%m/%Y"), None, None)]
    y = top + 58
    for a, b, c, d in rows:
        p.text(x, y, a, "L", 1, 7.5)
        p.text(x + width(a, 1, 7.5) + 10, y, b, "L", 0, 7.5)
        if c:
            p.text(x + 125, y, c, "L", 1, 7.5)
            p.text(x + 125 + width(c, 1, 7.5) + 10, y, d, "L", 0, 7.5)
        y += 13
    if hoja:
        p.text(R, top + 140, hoja, "R", 0, 7)
    # buyer
    y0 = top + 150
    p.box(L, y0, R - L, 50)
    docl = {80: "CUIT", 96: "DNI", 99: "Doc."}[doc.buyer_doc_type]
    docv = dash_cuit(doc.buyer_doc) if doc.buyer_doc_type == 80 else doc.buyer_doc
    p.text(L + 8, y0 + 14, f"{docl}: {docv}", "L", 0, 8)
    p.text(L + 150, y0 + 14, "Apellido y Nombre / Razón Social: " + doc.buyer_name, "L", 0, 8)
    p.text(L + 8, y0 + 28, "Condición frente al IVA: " + doc.buyer_cond, "L", 0, 8)
    p.text(L + 260, y0 + 28, "Domicilio: " + (doc.buyer_address or "-"), "L", 0, 8)
    p.text(L + 8, y0 + 42, "Condición de venta: " + doc.cond_venta, "L", 0, 8)
    if doc.currency == "USD":
        p.text(L + 260, y0 + 42, f"Moneda: USD   Tipo de cambio: {doc.ctz}", "L", 0, 8)
    return y0 + 62


def columns(doc):
    """(title, key, x_right_or_left, align, width)"""
    if doc.letter == "A" and doc.prices_include_vat:
        return [("Código", "code", 40, "L"), ("Producto / Servicio", "desc", 110, "L"), ("Cant.", "qty", 305, "R"),
                ("Precio Unit.", "up", 370, "R"), ("Subtotal", "net", 430, "R"),
                ("Alíc. IVA", "rate", 478, "R"), ("Subtotal c/IVA", "amt", 555, "R")]
    if doc.letter == "A":
        return [("Código", "code", 40, "L"), ("Descripción", "desc", 110, "L"), ("Cantidad", "qty", 345, "R"),
                ("Unidad", "ul", 352, "L"), ("Precio Unitario", "up", 455, "R"), ("IVA", "rate", 490, "R"),
                ("Importe", "amt", 555, "R")]
    if any(i.ean for i in doc.items):
        return [("EAN", "code", 40, "L"), ("Descripción", "desc", 115, "L"), ("Cant.", "qty", 370, "R"),
                ("P. Unitario", "up", 460, "R"), ("Importe", "amt", 555, "R")]
    return [("Cantidad", "qty", 70, "R"), ("U.M.", "ul", 76, "L"), ("Descripción", "desc", 110, "L"),
            ("Precio Unit.", "up", 460, "R"), ("Subtotal", "amt", 555, "R")]


def cell(doc, it, key):
    if key == "code":
        return it.code or ""
    if key == "qty":
        return doc.qt(it)
    if key == "ul":
        return it.unit_label or ""
    if key == "up":
        return doc.m(it.unit_price) if it.unit_price is not None else ""
    if key == "net":
        return doc.m(it.net_amount)
    if key == "rate":
        return doc.rate_txt(it.vat_rate)
    if key == "amt":
        return doc.m(it.amount)


def render(doc, outdir, workdir):
    cols = columns(doc)
    kd = [c for c in cols if c[1] == "desc"][0]
    nxt = sorted(c[2] for c in cols if c[2] > kd[2])
    dw = (nxt[0] if nxt else 555) - kd[2] - 50
    if [c for c in cols if c[1] == "qty"][0][2] > kd[2]:
        dw = [c for c in cols if c[1] == "qty"][0][2] - kd[2] - 40
    rows = [(it, wrap(it.description, 0, 7.5, dw)) for it in doc.items]
    per_page = []
    budget, cur = 470, []
    for r in rows:
        h = 11 * len(r[1]) + 3
        if budget - h < 0:
            per_page.append(cur)
            cur, budget = [], 560
        cur.append(r)
        budget -= h
    per_page.append(cur)
    npages = len(per_page)
    qr = doc.qr_matrix() if doc.qr_url() else None
    ops = []
    for copy in doc.copies:
        for pi, prow in enumerate(per_page):
            p = Page()
            hoja = f"Hoja {pi + 1} de {npages}" if npages > 1 else None
            y = header(p, doc, copy, hoja)
            p.grey(36, y, 523, 15)
            p.font(1, 7.5)
            for title, key, x, al in cols:
                p.text(x, y + 10.5, title, al)
            y += 26
            p.font(0, 7.5)
            for it, lines in prow:
                for title, key, x, al in cols:
                    if key == "desc":
                        for k, ln in enumerate(lines):
                            p.text(x, y + 11 * k, ln, "L")
                    else:
                        p.text(x, y, cell(doc, it, key), al)
                y += 11 * len(lines) + 3
            if pi < npages - 1:
                p.text(559, 800, "Continúa en la hoja siguiente", "R", 2, 7)
                ops.append(p)
                continue
            y += 6
            p.line(36, y, 559, y)
            y += 16
            tot = [("Subtotal:", doc.subtotal)]
            for d_, a in doc.discounts:
                tot.append((d_ + ":", a))
            if doc.letter == "A":
                if doc.discounts:
                    tot.append(("Importe Neto Gravado:", doc.neto))
                for r, a in doc.vat:
                    tot.append((f"IVA {doc.rate_txt(r)}:", a))
            for d_, a in doc.taxes:
                tot.append((d_ + ":", a))
            if doc.taxes:
                tot.append(("Importe Otros Tributos:", sum(a for _, a in doc.taxes)))
            cur_lab = "Importe Total" + (" (USD)" if doc.currency == "USD" else "") + ":"
            tot.append((cur_lab, doc.total))
            for lab, val in tot:
                big = lab.startswith("Importe Total")
                p.text(470, y, lab, "R", 1 if big else 0, 9 if big else 8)
                p.text(555, y, doc.m(val), "R", 1 if big else 0, 9 if big else 8)
                y += 14
            yb = max(y + 20, 690)
            if qr:
                mod = 1.9
                p.qr(40, yb, qr, mod)
                xt = 40 + len(qr) * mod + 14
            else:
                xt = 40
            p.text(xt, yb + 20, "Comprobante Autorizado", "L", 1, 9)
            p.text(xt, yb + 50, "Esta Administración Federal no se responsabiliza por los datos ingresados "
                   "en el detalle de la operación", "L", 2, 6.5)
            p.text(555, yb + 20, f"CAE N°: {doc.cae}", "R", 1, 9)
            p.text(555, yb + 34, "Fecha de Vto. de CAE: " + doc.cae_vto.strftime("%d/%m/%Y"), "R", 0, 8)
            if npages > 1:
                p.text(555, 820, f"Pág. {pi + 1}/{npages}", "R", 0, 7)
            ops.append(p)
    dl = os.path.join(workdir, doc.name + ".dl")
    with open(dl, "w", encoding="utf-8") as fh:
        for p in ops:
            fh.write("PAGE\n")
            fh.write("\n".join(p.ops) + "\n")
    subprocess.run([DRAWLIST, dl, os.path.join(outdir, doc.name + ".pdf")], check=True)
