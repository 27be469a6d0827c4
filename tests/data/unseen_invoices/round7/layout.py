"""Neutral page layout -> draw list (pages of ops), executed natively by each generator.

Ops (y measured from the top of an A4 page, 595 x 842 pt; text y = baseline):
  ("T", x, y, size, bold, align, text)   align l/r/c: x is the left edge / right edge / centre
  ("L", x1, y1, x2, y2, width)
  ("R", x, y, w, h, width)               stroked rectangle
  ("F", x, y, w, h)                      filled black rectangle (QR modules as vectors)
  ("I", x, y, w, h, path)                PNG image
"""
import os
from decimal import Decimal as D
from PIL import ImageFont

from core import fmt_num, fmt_date, dash_cuit

FONT_DIR = "/usr/share/fonts/truetype/liberation/"
_fonts = {False: ImageFont.truetype(FONT_DIR + "LiberationSans-Regular.ttf", 1000),
          True: ImageFont.truetype(FONT_DIR + "LiberationSans-Bold.ttf", 1000)}


def width(s, size, bold=False):
    return _fonts[bool(bold)].getlength(s) * size / 1000.0


def wrap(s, w, size, bold=False):
    words, lines, cur = s.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if width(t, size, bold) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


COLS = {  # key: (default label, width, align)
    "code": ("Código", 62, "l"), "desc": ("Descripción", 0, "l"), "qty": ("Cant.", 42, "r"),
    "unit": ("U. Medida", 48, "l"), "price": ("P. Unit.", 66, "r"), "bonif": ("% Bonif", 40, "r"),
    "rate": ("Alíc. IVA", 44, "r"), "amount": ("Subtotal", 72, "r"), "civa": ("Subtotal c/IVA", 78, "r"),
}

NUMSTYLES = {
    "pv_comp": "Punto de Venta: {p:04d}    Comp. Nro: {n:08d}",
    "n_dash": "Nº {p:04d}-{n:08d}",
    "ncomp5": "N° Comprobante {p:05d}-{n:08d}",
    "ptovta": "Pto. Vta.: {p:05d} - Nro.: {n:08d}",
    "nro": "Nro. {p:04d}-{n:08d}",
    "comprob": "Comprobante: {p:04d}-{n:08d}",
    "n_space": "N° {p:04d} - {n:08d}",
}


def rate_str(r, style):
    if style == "pct2":
        return fmt_num(r, "arnd", 2) + "%"
    s = fmt_num(r, "arnd", 1 if r != r.to_integral() else 0)
    return s + "%"


class Builder:
    def __init__(self, doc, qr_png):
        self.doc, self.st, self.qr_png = doc, doc.spec.get("style", {}), qr_png
        self.pages = []

    def T(self, x, y, size, bold, align, text):
        self.ops.append(("T", round(x, 2), round(y, 2), size, int(bool(bold)), align, text))

    def L(self, x1, y1, x2, y2, w=0.6):
        self.ops.append(("L", x1, y1, x2, y2, w))

    def R(self, x, y, w, h, lw=0.8):
        self.ops.append(("R", round(x, 2), round(y, 2), round(w, 2), round(h, 2), lw))

    def newpage(self):
        self.ops = []
        self.pages.append(self.ops)

    # ------------------------------------------------------------------
    def issuer_lines(self):
        d, iss, st = self.doc, self.doc.issuer, self.st
        out = []  # (size, bold, text)
        width_ = st.get("issuer_w", 218)
        if iss.get("fantasy"):
            for l in wrap(iss["fantasy"], width_, 15, True):
                out.append((15, 1, l))
            for l in wrap("Razón Social: " + iss["legal"], width_, 8.5, True):
                out.append((8.5, 1, l))
        else:
            for l in wrap(iss["legal"], width_, 12.5, True):
                out.append((12.5, 1, l))
        for a in iss.get("addr", []):
            out.append((8, 0, a))
        if st.get("cuit_in", "issuer") == "issuer":
            out.append((8, 0, "CUIT: " + dash_cuit(iss["cuit"])))
        out.append((8, 0, iss.get("cond", "IVA Responsable Inscripto" if d.letter != "C" else "Responsable Monotributo")))
        return out

    def data_lines(self):
        d, st = self.doc, self.st
        out = [(16, 1, st.get("title", "FACTURA"))]
        num = NUMSTYLES[st.get("numstyle", "pv_comp")].format(p=d.pos, n=d.number)
        out.append((9.5, 1, num))
        out.append((9, 0, st.get("datelabel", "Fecha de Emisión:") + " " + fmt_date(d.date, st.get("datestyle", "slash"))))
        if st.get("cuit_in", "issuer") == "data":
            out.append((8, 0, "CUIT: " + dash_cuit(d.issuer["cuit"])))
        out.append((8, 0, "Ingresos Brutos: " + d.issuer.get("iibb", "901-" + d.issuer["cuit"][2:8])))
        out.append((8, 0, "Inicio de Actividades: " + d.issuer.get("inicio", "01/03/2015")))
        return out

    def letter_box(self, x, y):
        d, st = self.doc, self.st
        self.R(x, y, 46, 46, 1.2)
        self.T(x + 23, y + 30, 28, 1, "c", d.letter)
        code = st.get("codebox", "COD. {c:02d}").format(c={"A": 1, "B": 6, "C": 11}[d.letter])
        self.T(x + 23, y + 42, 6.5, 0, "c", code)

    def header(self, copy):
        d, st = self.doc, self.st
        y = 40
        if copy:
            self.T(297, 48, 10, 1, "c", copy)
            y = 56
        hdr = st.get("hdr", "left")
        iss, dat = self.issuer_lines(), self.data_lines()
        if hdr in ("left", "right"):
            h = max(sum(s + 3 for s, _, _ in iss), sum(s + 3 for s, _, _ in dat)) + 30
            self.R(36, y, 523, h)
            self.letter_box(274, y)
            self.L(297, y + 46, 297, y + h)
            ix, ia, dx = (46, "l", 318) if hdr == "left" else (549, "r", 46)
            yy = y + 20
            for s, b, t in iss:
                self.T(ix, yy, s, b, ia, t)
                yy += s + 3
            yy = y + 22
            for s, b, t in dat:
                self.T(dx, yy, s, b, "l", t)
                yy += s + 3
            return y + h
        # centred issuer, then letter box + data under it
        yy = y + 20
        for s, b, t in iss:
            self.T(297, yy, s, b, "c", t)
            yy += s + 3
        self.L(36, yy, 559, yy)
        top = yy + 6
        self.letter_box(46, top)
        yy = top + 14
        col2 = []
        for i, (s, b, t) in enumerate(dat):
            if i < 3:
                self.T(110, yy, s, b, "l", t)
                yy += s + 3
            else:
                col2.append((s, b, t))
        y2 = top + 14
        for s, b, t in col2:
            self.T(549, y2, s, b, "r", t)
            y2 += s + 3
        bottom = max(yy, top + 50) + 4
        self.R(36, y, 523, bottom - y)
        return bottom

    def buyer(self, y):
        d, st, b = self.doc, self.st, self.doc.buyer
        y += 6
        lines_l = [f"{st.get('buyerlabel', 'Señor(es):')} {b['name']}",
                   f"Condición frente al IVA: {b.get('cond', 'Consumidor Final')}"]
        if b.get("addr"):
            lines_l.append("Domicilio: " + b["addr"])
        lines_r = []
        if b.get("cuit"):
            lines_r.append("CUIT: " + dash_cuit(b["cuit"]))
        elif b.get("dni"):
            lines_r.append("DNI: " + b["dni"])
        lines_r.append("Condición de venta: " + st.get("venta", "Contado"))
        for extra in st.get("buyer_extra", []):
            lines_r.append(extra)
        if d.currency == "USD":
            lines_r.append(f"Moneda: USD   Tipo de cambio: {fmt_num(D(d.spec['ctz']), 'ar')}")
        n = max(len(lines_l), len(lines_r))
        h = n * 11 + 10
        self.R(36, y, 523, h)
        for i, t in enumerate(lines_l):
            self.T(44, y + 14 + 11 * i, 8.5, 0, "l", t)
        for i, t in enumerate(lines_r):
            self.T(360, y + 14 + 11 * i, 8.5, 0, "l", t)
        return y + h

    def columns(self):
        st = self.st
        keys = st.get("cols", ["code", "desc", "qty", "price", "amount"])
        labels = st.get("labels", {})
        cols, fixed = [], 0
        for k in keys:
            lab, w, al = COLS[k]
            lab = labels.get(k, lab)
            w = st.get("widths", {}).get(k, w)
            cols.append([k, lab, w, al])
            fixed += w
        x = 36
        for c in cols:
            if c[0] == "desc":
                c[2] = 523 - fixed
            c.append(x)
            x += c[2]
        return cols

    def table_header(self, y, cols):
        self.R(36, y, 523, 16)
        for k, lab, w, al, x in cols:
            self.T(x + 3 if al != "r" else x + w - 3, y + 11, 8, 1, al, lab)
        return y + 16

    def cell_text(self, k, it):
        d = self.doc
        if k == "code":
            return it.get("code", "")
        if k == "qty":
            return d.qty_str(it)
        if k == "unit":
            if it["qty"] is None:
                return ""
            return it.get("unit_label", "kg" if it.get("unit") == "kg" else self.st.get("unit_word", "unidades"))
        if k == "price":
            return "" if it["qty"] is None else d.money(it["price"]) if d.price_places() == 2 else fmt_num(it["price"], "ar" if d.numfmt != "plain" else "plain", d.price_places())
        if k == "bonif":
            return fmt_num(it["bonif"], "arnd", 2) if it["bonif"] else "0,00"
        if k == "rate":
            return rate_str(it["rate"], self.st.get("ratestyle", "short"))
        if k == "amount":
            return d.money(it["amount"])
        if k == "civa":
            return d.money(it["amount_civa"])
        return ""

    def rows(self):
        out = []
        for it in self.doc.items:
            out.append(("item", it))
        for r in self.doc.row_discounts:
            out.append(("disc", r))
        return out

    def totals_lines(self):
        d, st = self.doc, self.st
        lines = []
        sublab = st.get("sublabel", "Importe Neto Gravado:" if d.letter == "A" else "Subtotal:")
        lines.append((sublab, d.money(d.subtotal), 0))
        for ds in d.block_discounts:
            lines.append((ds["desc"] + ":", d.money(ds["amount"]), 0))
        for v in d.vat:
            lab = st.get("vatlabel", "IVA {r}:").format(r=rate_str(v["rate"], st.get("ratestyle", "short")))
            lines.append((lab, d.money(v["amount"]), 0))
        for z in st.get("zero_lines", []):
            lines.append((z, d.money(D(0)), 0))
        for t in d.taxes:
            lines.append((t["label"], d.money(t["amount"]), 0))
        lines.append((st.get("totallabel", "TOTAL:" if d.letter != "A" else "Importe Total:"), d.money(d.printed_total), 1))
        return lines

    def totals(self, y):
        st = self.st
        lines = self.totals_lines()
        if st.get("totals", "column") == "column":
            y += 8
            h = len(lines) * 13 + 8
            self.R(300, y, 259, h)
            yy = y + 13
            for lab, val, b in lines:
                s = 10 if b else 8.5
                self.T(470, yy, s, b, "r", lab)
                self.T(553, yy, s, b, "r", val)
                yy += 13
            return y + h
        # grid: labels row, values row
        y += 8
        n = len(lines)
        cw = 523 / n
        self.R(36, y, 523, 34)
        self.L(36, y + 17, 559, y + 17)
        for i, (lab, val, b) in enumerate(lines):
            x = 36 + cw * i
            if i:
                self.L(x, y, x, y + 34)
            self.T(x + cw - 3, y + 12, 7, 1, "r", lab.rstrip(":"))
            self.T(x + cw - 3, y + 29, 8.5 if not b else 9.5, b, "r", val)
        return y + 34

    def footer(self, y):
        d, st = self.doc, self.st
        y += 14
        qsz = st.get("qrsize", 80)
        qpos = st.get("qrpos", "left")
        has_qr = self.qr_png is not None
        tx = 46
        if has_qr:
            qx = 40 if qpos == "left" else 559 - qsz
            if st.get("qrvector"):
                self.ops.append(("Q", qx, y, qsz))
            else:
                self.ops.append(("I", qx, y, qsz, qsz, os.path.basename(self.qr_png)))
            if qpos == "left":
                tx = 40 + qsz + 14
        cae_lab = st.get("caelabel", "CAE N°:")
        self.T(tx, y + 16, 9, 1, "l", f"{cae_lab} {d.cae}")
        self.T(tx, y + 28, 8.5, 0, "l", "Fecha de Vto. de CAE: " + fmt_date(d.cae_vto, "slash"))
        self.T(tx, y + 44, 8, 0, "l", st.get("footnote", "Comprobante Autorizado"))
        for i, t in enumerate(st.get("notes", [])):
            self.T(tx, y + 58 + 11 * i, 7.5, 0, "l", t)
        return y + max(qsz if has_qr else 0, 60)

    def build(self):
        copies = self.st.get("copies", [None])
        for cp in copies:
            self.build_copy(cp)
        return self.pages

    def build_copy(self, copy):
        d, st = self.doc, self.st
        self.newpage()
        y = self.header(copy)
        y = self.buyer(y)
        cols = self.columns()
        y = self.table_header(y + 8, cols)
        rows = self.rows()
        limit = st.get("page_limit", 790)
        page_no, pages_total = 1, st.get("pages_hint", 1)
        for kind, r in rows:
            if kind == "item":
                dcol = [c for c in cols if c[0] == "desc"][0]
                dl = wrap(r["desc"], dcol[2] - 6, 8)
            else:
                dl = [r["desc"]]
            h = 11 * len(dl) + 3
            if y + h > limit:
                if st.get("continua"):
                    self.T(559, y + 14, 7.5, 0, "r", st["continua"])
                self.newpage()
                page_no += 1
                y = 40
                if copy:
                    self.T(297, 48, 10, 1, "c", copy)
                    y = 56
                self.T(36, y + 12, 9, 1, "l", f"{st.get('title', 'FACTURA')} {d.letter} "
                       + NUMSTYLES[st.get("numstyle", "pv_comp")].format(p=d.pos, n=d.number))
                self.T(559, y + 12, 8, 0, "r", f"Hoja {page_no} de {pages_total}")
                y += 22
                if st.get("repeat_header", True):
                    y = self.table_header(y, cols)
            yy = y + 11
            for k, lab, w, al, x in cols:
                if kind == "item":
                    if k == "desc":
                        for i, l in enumerate(dl):
                            self.T(x + 3, yy + 11 * i, 8, 0, "l", l)
                    else:
                        t = self.cell_text(k, r)
                        if t:
                            self.T(x + 3 if al != "r" else x + w - 3, yy, 8, 0, al, t)
                else:
                    if k == "desc":
                        self.T(x + 3, yy, 8, 0, "l", r["desc"])
                    elif k in ("amount", "civa"):
                        self.T(x + w - 3, yy, 8, 0, "r", d.money(r["amount"]))
            y += h
            if st.get("rowlines"):
                self.L(36, y, 559, y, 0.3)
        self.L(36, y + 2, 559, y + 2)
        if y > limit - 150:
            self.newpage()
            page_no += 1
            y = 40
        y = self.totals(y + 4)
        self.footer(y)
