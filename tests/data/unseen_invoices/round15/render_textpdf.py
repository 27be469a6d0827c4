"""Text::PDF (Perl, Debian libtext-pdf-perl): this module lays the page out as a JSON draw list, textpdf_draw.pl draws it."""
import json
import os
import subprocess

import segno

HERE = os.path.dirname(os.path.abspath(__file__))
NUMERIC = {"qty", "price", "bonif", "rate", "net", "amount"}
WIDTHS = {"code": 44, "ean": 74, "desc": 0, "qty": 44, "unit": 40, "price": 62, "bonif": 36, "rate": 34, "net": 68,
          "amount": 68}
X0, X1 = 36.0, 559.0


def wrap(s, n):
    words, out, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        out.append(cur)
    return out


class Page:
    def __init__(self, ops):
        self.ops = ops

    def t(self, f, size, x, y, s, align="left"):
        self.ops.append(["text", f, size, round(x, 2), round(y, 2), align, s])

    def rect(self, x, y, w, h, gray=0.0, lw=0.0):
        self.ops.append(["rect", x, y, w, h, gray, lw])

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.ops.append(["line", x1, y1, x2, y2, lw])


def header(p, d, copy, page_no, pages):
    top = 806.0
    p.t("F2", 9, X1, top + 12, copy, "right")
    p.rect(X0, top - 128, X1 - X0, 128, lw=0.8)
    # letter box centre
    cx = (X0 + X1) / 2
    p.rect(cx - 22, top - 44, 44, 44, lw=0.8)
    p.line(cx, top - 44, cx, top - 128, 0.6)
    p.t("F2", 26, cx, top - 28, d.letter(), "center")
    p.t("F1", 6.5, cx, top - 39, "COD. " + {"A": "01", "B": "06", "C": "11"}[d.kind], "center")
    # issuer left
    y = top - 16
    for s, st in d.issuer_lines():
        if st == "big":
            p.t("F2", 13, X0 + 8, y, s)
            y -= 16
        else:
            for part in wrap(s, 44 if st == "bold" else 58):
                p.t("F2" if st == "bold" else "F1", 9.5 if st == "bold" else 7.8, X0 + 8, y, part)
                y -= 11.5 if st == "bold" else 10
    # document right
    xr = cx + 30
    y = top - 18
    if d.num_form != "title":
        p.t("F2", 15, xr, y, "FACTURA")
        y -= 18
    for ln in d.doc_lines():
        p.t("F2" if ln.startswith(("Comp", "Nº", "Nro", "FACTURA")) else "F1", 9, xr, y, ln)
        y -= 12
    for ln in d.fiscal_lines():
        p.t("F1", 8, xr, y, ln)
        y -= 10.5
    if pages > 1:
        p.t("F1", 7.5, X1, 28, f"Página {page_no} de {pages}", "right")
    # buyer
    y = top - 142
    bl = d.buyer_lines()
    h = 10.5 * len(bl) + 8
    p.rect(X0, y - h + 8, X1 - X0, h, lw=0.5)
    for ln in bl:
        p.t("F1", 8, X0 + 8, y - 2, ln)
        y -= 10.5
    return y - 10


def render(d, out_pdf, work):
    cols = d.cols
    fixed = sum(WIDTHS[k] for k, _ in cols if k != "desc")
    dw = (X1 - X0) - fixed
    nchar = int(dw / 4.6)
    xs = []
    x = X0
    for k, _ in cols:
        w = WIDTHS[k] if k != "desc" else dw
        xs.append((x, w))
        x += w
    rows = []
    for it in d.items:
        rows.append((it, wrap(it.desc, nchar)))
    ops = [["font", "F1", "Helvetica"], ["font", "F2", "Helvetica-Bold"]]
    # paginate: rows per page (single page documents here)
    for copy in d.copies:
        ops.append(["page"])
        p = Page(ops)
        y = header(p, d, copy, 1, 1)
        p.rect(X0, y - 4, X1 - X0, 14, gray=0.85)
        for (k, lab), (cx, w) in zip(cols, xs):
            if k in NUMERIC:
                p.t("F2", 7.8, cx + w - 3, y, lab, "right")
            else:
                p.t("F2", 7.8, cx + 3, y, lab)
        y -= 16
        for it, lines in rows:
            for (k, _), (cx, w) in zip(cols, xs):
                if k == "desc":
                    for i, ln in enumerate(lines):
                        p.t("F1", 8, cx + 3, y - 10 * i, ln)
                elif k in NUMERIC:
                    p.t("F1", 8, cx + w - 3, y, d.cell(it, k), "right")
                else:
                    p.t("F1", 8, cx + 3, y, d.cell(it, k))
            y -= 10 * len(lines) + 4
            p.line(X0, y + 9, X1, y + 9, 0.25)
        y -= 10
        for lab, val in d.totals_lines():
            last = lab.startswith(("Importe Total", "TOTAL", "Total"))
            f, s = ("F2", 10) if last else ("F1", 8.5)
            p.t(f, s, X1 - 100, y, lab, "right")
            p.t(f, s, X1, y, val, "right")
            y -= 13
        y -= 8
        p.line(X0, y, X1, y, 0.6)
        y -= 8
        qsize = 0
        if d.qr_mode:
            qr = segno.make(d.qr_url(), error="m", micro=False)
            m = 1.55
            n = len(qr.matrix)
            for r, row in enumerate(qr.matrix):
                c = 0
                while c < n:
                    if row[c]:
                        s0 = c
                        while c < n and row[c]:
                            c += 1
                        p.rect(X0 + s0 * m, y - (r + 1) * m, (c - s0) * m, m, gray=0.0)
                    else:
                        c += 1
            qsize = n * m
        xc = X0 + qsize + 18
        p.t("F2", 9, xc, y - 14, "Comprobante Autorizado")
        p.t("F1", 7, xc, y - 40, "Esta Agencia no se responsabiliza por los datos ingresados")
        p.t("F1", 7, xc, y - 49, "en el detalle de la operación.")
        yy = y - 14
        for ln in d.cae_lines():
            p.t("F2", 9, X1, yy, ln, "right")
            yy -= 12
    lst = os.path.join(work, d.name + ".json")
    with open(lst, "w", encoding="utf-8") as f:
        json.dump(ops, f, ensure_ascii=False)
    subprocess.run(["perl", os.path.join(HERE, "textpdf_draw.pl"), lst, out_pdf], check=True)
