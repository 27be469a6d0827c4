"""Round 9 invoice model: data -> expected JSON (contract v2) and a neutral draw list (ops).

Ops (top-left origin, points, A4 595x842), one per line in a TSV file:
  T x y size bold align text      (align l/r/c; y = baseline)
  R x y w h fill lw               (fill 0/1)
  L x1 y1 x2 y2 lw
  Q x y modsize rows              (vector QR: rows of 0/1 separated by '/')
  I x y size pngpath              (QR as PNG image)
  P                               (new page)
"""
import base64, json, random, textwrap
from decimal import Decimal as D, ROUND_HALF_UP
import segno

C2 = D("0.01")


def q2(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


def cuit_dv(base10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(base10, w))
    r = 11 - s % 11
    return 0 if r == 11 else (9 if r == 10 else r)


def make_cuit(rng, prefix):
    while True:
        base = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        r = 11 - sum(int(a) * b for a, b in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r == 10:
            continue
        return base + str(0 if r == 11 else r)


def ean13(rng, prefix="779"):
    b = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def money(d, style="ar", sign=""):
    d = q2(d)
    neg = d < 0
    s = f"{abs(d):.2f}"
    ip, dp = s.split(".")
    if style == "ar":
        ip = f"{int(ip):,}".replace(",", ".")
        s = ip + "," + dp
    elif style == "arn":
        s = ip + "," + dp
    elif style == "us":
        s = ip + "." + dp
    elif style == "usc":
        s = f"{int(ip):,}" + "." + dp
    return ("-" if neg else "") + sign + s


def qty_str(q, style, unit):
    if unit == "kg":
        s = f"{q:.3f}"
    else:
        s = str(q)
    if style in ("ar", "arn"):
        s = s.replace(".", ",")
    return s


MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]


def date_str(iso, fmt):
    y, m, d = iso.split("-")
    if fmt == "dmy/":
        return f"{d}/{m}/{y}"
    if fmt == "dmy-2":
        return f"{d}-{m}-{y[2:]}"
    if fmt == "dmy.":
        return f"{d}.{m}.{y}"
    if fmt == "words":
        return f"{int(d)} de {MONTHS[int(m) - 1]} de {y}"
    return iso


def rate_str(r, style):
    s = f"{r:.2f}" if style == "2dec" else (f"{r.normalize():f}" if r != r.to_integral() else str(int(r)))
    s = s.replace(".", ",")
    return s + ("%" if style != "2dec" else "")


class Item:
    def __init__(self, desc, qty=None, unit=None, price=None, rate=None, code=None, ean=None, amount=None):
        self.desc, self.qty, self.unit, self.price, self.rate = desc, qty, unit, price, rate
        self.code, self.ean = code, ean
        self.qty = D(qty) if qty is not None else None
        self.price = D(price) if price is not None else None
        self.rate = D(rate) if rate is not None else None
        self._amount = D(amount) if amount is not None else None

    @property
    def net(self):
        if self._amount is not None:
            return q2(self._amount)
        return q2(self.qty * self.price)


class Doc:
    """kind: A/B/C; mode for A: 'net' or 'civa'."""

    def __init__(self, name, seed, kind, **kw):
        self.name, self.kind = name, kind
        rng = random.Random(seed)
        self.rng = rng
        self.o = kw
        self.issuer = kw["issuer"]
        self.issuer_cuit = make_cuit(rng, kw.get("cuit_prefix", "30"))
        self.buyer = kw.get("buyer")
        if self.buyer and self.buyer.get("cuit_prefix"):
            self.buyer["cuit"] = make_cuit(rng, self.buyer["cuit_prefix"])
        if self.buyer and "qr_doc" not in self.buyer:
            if self.buyer.get("cuit"):
                self.buyer["qr_doc"] = (80, self.buyer["cuit"])
            elif self.buyer.get("dni"):
                self.buyer["qr_doc"] = (96, self.buyer["dni"])
        self.pos = rng.randint(1, 12) if "pos" not in kw else kw["pos"]
        self.number = rng.randint(100, 40000) if "number" not in kw else kw["number"]
        m, d = rng.randint(1, 10), rng.randint(1, 28)
        self.date = kw.get("date", f"2026-{m:02d}-{d:02d}")
        self.cae = "7" + "".join(str(rng.randint(0, 9)) for _ in range(13))
        self.cae_vto = kw.get("cae_vto", "2026-11-15")
        self.items = kw["items"]
        for it in self.items:
            if it.ean == "auto":
                it.ean = ean13(rng)
        self.mode = kw.get("mode", "net" if kind == "A" else "incl")
        self.row_disc = kw.get("row_disc", [])      # [(label, pct)] percentage of items sum
        self.block_disc = kw.get("block_disc", [])  # [(label, pct)]
        self.taxes_pct = kw.get("taxes", [])        # [(label, pct)] of the net/ subtotal base
        self.currency = kw.get("currency", "ARS")
        self.ctz = kw.get("ctz", D(1))
        self.style = kw.get("money", "ar")
        self.sign = kw.get("sign", "")
        self.compute()

    # ------------------------------------------------------------------ sums
    def compute(self):
        k = self.kind
        self.doc_code = {"A": 1, "B": 6, "C": 11}[k]
        items_sum = sum(i.net for i in self.items)
        self.discounts = []
        for lab, pct in self.row_disc + self.block_disc:
            self.discounts.append((lab, -q2(items_sum * D(pct) / 100)))
        self.subtotal = items_sum
        base = items_sum + sum(a for _, a in self.discounts)
        self.vat = []
        self.civa = {}
        if k == "A":
            rates = sorted({i.rate for i in self.items}, reverse=True)
            factor = base / items_sum
            for r in rates:
                net_r = sum(i.net for i in self.items if i.rate == r)
                self.vat.append((r, q2(net_r * factor * r / 100)))
            if self.mode == "civa":
                for i in self.items:
                    self.civa[id(i)] = q2(i.net * (1 + i.rate / 100))
                # vat printed consistent with line amounts
                self.vat = [(r, sum(self.civa[id(i)] for i in self.items if i.rate == r)
                             - sum(i.net for i in self.items if i.rate == r)) for r in rates]
        self.taxes = [(lab, q2(base * D(pct) / 100)) for lab, pct in self.taxes_pct]
        if k == "A" and self.mode == "civa":
            self.total = sum(self.civa.values()) + sum(a for _, a in self.discounts) + sum(a for _, a in self.taxes)
        else:
            self.total = base + sum(a for _, a in self.taxes) + (sum(a for _, a in self.vat) if k == "A" else 0)
        self.printed_total = self.total + D(self.o.get("total_offset", "0"))

    def amount_of(self, it):
        return self.civa[id(it)] if (self.kind == "A" and self.mode == "civa") else it.net

    # ------------------------------------------------------------------ QR
    def qr_payload(self):
        v = self.o.get("qr_variant", {})
        if v.get("none"):
            return None
        fecha = self.date if not v.get("date_dmy") else date_str(self.date, "dmy/")
        imp = D(v.get("importe", self.printed_total))
        imp_s = f"{q2(imp):f}".rstrip("0").rstrip(".")
        b = self.buyer or {}
        tdr, ndr = b.get("qr_doc", (99, "0"))
        vals = [("ver", 1), ("fecha", fecha), ("cuit", int(self.issuer_cuit)), ("ptoVta", self.pos),
                ("tipoCmp", self.doc_code), ("nroCmp", v.get("number", self.number)), ("importe", imp_s),
                ("moneda", "DOL" if self.currency == "USD" else "PES"), ("ctz", f"{self.ctz}"),
                ("tipoDocRec", tdr), ("nroDocRec", int(ndr)), ("tipoCodAut", "E"), ("codAut", int(self.cae))]
        parts = []
        for kk, vv in vals:
            if v.get("strings") or kk in ("fecha", "moneda", "tipoCodAut"):
                parts.append(f'"{kk}":"{vv}"')
            else:
                parts.append(f'"{kk}":{vv}')
        js = "{" + ",".join(parts) + "}"
        host = "https://afip.gob.ar" if v.get("nowww") else "https://www.afip.gob.ar"
        url = host + "/fe/qr/?p=" + base64.b64encode(js.encode()).decode()
        exp = {"doc_code": self.doc_code, "cuit": self.issuer_cuit, "pos": self.pos,
               "number": v.get("number", self.number), "date": self.date, "total": f"{q2(imp):f}",
               "currency": "USD" if self.currency == "USD" else "ARS", "cae": self.cae}
        return url, exp

    # ------------------------------------------------------------------ expected
    def expected(self):
        qp = self.qr_payload()
        warnings = list(self.o.get("warnings", []))
        items = []
        for n, it in enumerate(self.items, 1):
            q = None if it.qty is None else (f"{it.qty:.3f}" if it.unit == "kg" else f"{it.qty}")
            items.append({"line": n, "department": None, "description": " ".join(it.desc.split()),
                          "ean": it.ean, "quantity": q, "unit": it.unit if it.qty is not None else None,
                          "unit_price": None if it.price is None else f"{q2(it.price):f}",
                          "vat_rate": None if (it.rate is None or "rate" not in self.cols())
                          else f"{it.rate:.2f}",
                          "amount": f"{self.amount_of(it):f}"})
        return {
            "doc_type": {"A": "factura_a", "B": "factura_b", "C": "factura_c"}[self.kind],
            "merchant": {"name": " ".join(self.issuer["name"].split()), "cuit": self.issuer_cuit},
            "pos": self.pos, "number": self.number, "issued_at": self.date, "currency": self.currency,
            "items": items,
            "discounts": [{"description": l, "amount": f"{a:f}"} for l, a in self.discounts],
            "subtotal": f"{self.subtotal:f}",
            "discount_total": f"{q2(-sum((a for _, a in self.discounts), D(0))):f}",
            "total": f"{q2(self.printed_total):f}",
            "vat": [{"rate": f"{r:.2f}", "amount": f"{a:f}"} for r, a in self.vat if a != 0],
            "taxes": [{"description": l, "amount": f"{a:f}"} for l, a in self.taxes],
            "payments": [],
            "prices_include_vat": not (self.kind == "A" and self.mode == "net"),
            "cae": self.cae,
            "qr": qp[1] if qp else None,
            "warnings": warnings,
        }

    def cols(self):
        cols = self.o.get("layout", {}).get("cols")
        if not cols:
            cols = ["code", "desc", "qty", "price", "rate", "amount"] if self.kind == "A" else ["desc", "qty", "price", "amount"]
            if self.kind == "A" and self.mode == "civa":
                cols = ["code", "desc", "qty", "price", "rate", "net", "amount"]
        return cols

    # ------------------------------------------------------------------ printing helpers
    def m(self, d):
        return money(d, self.style, self.sign)

    def qrmatrix(self):
        qp = self.qr_payload()
        if not qp:
            return None
        qr = segno.make(qp[0], error="l", micro=False)
        return qr


# ====================================================================== layout
W, H = 595, 842


class Ops:
    def __init__(self):
        self.ops = []

    def t(self, x, y, s, size=9, bold=False, align="l"):
        self.ops.append(["T", round(x, 1), round(y, 1), size, int(bold), align, str(s)])

    def r(self, x, y, w, h, fill=0, lw=0.8):
        self.ops.append(["R", round(x, 1), round(y, 1), round(w, 1), round(h, 1), fill, lw])

    def l(self, x1, y1, x2, y2, lw=0.6):
        self.ops.append(["L", round(x1, 1), round(y1, 1), round(x2, 1), round(y2, 1), lw])

    def page(self):
        self.ops.append(["P"])


def layout(doc, qr_mode="vector", png_path=None):
    """Return list of ops for all pages of doc."""
    o = doc.o
    L = o.get("layout", {})
    copies = L.get("copies", [None])
    rows_pp = L.get("rows_per_page", 40)
    chunks = [doc.items[i:i + rows_pp] for i in range(0, len(doc.items), rows_pp)]
    out = Ops()
    first = True
    for copy in copies:
        for pi, chunk in enumerate(chunks):
            if not first:
                out.page()
            first = False
            _page(doc, out, copy, chunk, pi, len(chunks), qr_mode, png_path)
    return out.ops


def _page(doc, P, copy, chunk, pi, npages, qr_mode, png_path):
    o, L = doc.o, doc.o.get("layout", {})
    iss = doc.issuer
    ia = L.get("issuer_align", "left")
    lm, rm = 40, 555
    y = 50
    if copy:
        P.t(W / 2, 30, copy, 10, True, "c")
    # letter box
    lb = L.get("letter", "box")
    letter = doc.kind
    code_txt = L.get("code_fmt", "COD. {:02d}").format(doc.doc_code)
    if ia == "center":
        bx = W / 2
        by = y + 95
    else:
        bx = W / 2
        by = y
    if lb == "box":
        P.r(bx - 22, by - 8, 44, 44, 0, 1.2)
        P.t(bx, by + 24, letter, 26, True, "c")
        P.t(bx, by + 33, code_txt, 6, False, "c")
    elif lb == "fill":
        P.r(bx - 20, by - 8, 40, 40, 0, 2.0)
        P.r(bx - 16, by - 4, 32, 32, 0, 0.5)
        P.t(bx, by + 20, letter, 22, True, "c")
        P.t(bx, by + 44, code_txt, 7, False, "c")
    else:  # words
        P.t(bx, by + 10, f"FACTURA {letter}", 14, True, "c")
        P.t(bx, by + 22, code_txt, 7, False, "c")
    # issuer block
    lines = []
    if iss.get("fantasy"):
        lines.append((iss["fantasy"], 15, True))
    name_label = iss.get("name_label", "Razón Social: " if iss.get("fantasy") else "")
    for k, ln in enumerate(textwrap.wrap(iss["name"], iss.get("wrap", (34 if not name_label else 24) if ia != "center" else 70))):
        lines.append(((name_label if k == 0 else "") + ln, 11 if not iss.get("fantasy") else 9,
                      not iss.get("fantasy")))
    for a in iss.get("addr", []):
        lines.append((a, 8, False))
    lines.append((iss.get("cond", "IVA Responsable Inscripto"), 8, False))
    if ia == "left":
        x, al = lm, "l"
    elif ia == "right":
        x, al = rm, "r"
    else:
        x, al = W / 2, "c"
    yy = y + 5
    for s, sz, b in lines:
        P.t(x, yy, s, sz, b, al)
        yy += sz + 4
    # comprobante block (opposite side)
    dl = L.get("date_label", "Fecha de Emisión:")
    ns = L.get("num_style", "pv")
    pv, nro = doc.pos, doc.number
    if ns == "pv":
        numlines = [f"Punto de Venta: {pv:05d}", f"Comp. Nro: {nro:08d}"]
    elif ns == "dash":
        numlines = [f"Nº {pv:04d}-{nro:08d}"]
    elif ns == "short":
        numlines = [f"P.V. {pv}   N° {nro}"]
    elif ns == "comp":
        numlines = [f"Comprobante: {pv:05d}-{nro:08d}"]
    else:
        numlines = [f"Factura N° {pv:04d} - {nro:08d}"]
    comp = [f"FACTURA {letter}" if lb != "words" else "ORIGINAL" if not copy else copy] + numlines
    comp += [f"{dl} {date_str(doc.date, L.get('date_fmt', 'dmy/'))}",
             f"{L.get('cuit_label', 'CUIT:')} {dash_cuit(doc.issuer_cuit) if L.get('cuit_dash', True) else doc.issuer_cuit}",
             L.get("iibb", f"Ingresos Brutos: {doc.issuer_cuit[2:10]}"),
             "Inicio de Actividades: 01/03/2015"]
    if ia == "right":
        cx, cal = lm, "l"
    elif ia == "left":
        cx, cal = rm, "r"
    else:
        cx, cal = lm, "l"
    cy = y + 5 if ia != "center" else yy + 14
    if ia == "center":
        # comprobante data in two columns under the centred issuer, letter box in the middle
        half = (len(comp) + 1) // 2
        for k, s in enumerate(comp[:half]):
            P.t(lm, cy + k * 12, s, 9, k == 0)
        for k, s in enumerate(comp[half:]):
            P.t(rm, cy + k * 12, s, 9, False, "r")
        y = cy + half * 12 + 8
    else:
        for k, s in enumerate(comp):
            P.t(cx, cy + k * 12, s, 10 if k == 0 else 9, k == 0, cal)
        y = max(yy, cy + len(comp) * 12) + 8
    if doc.currency == "USD":
        P.t(rm, y, f"Moneda: USD   Cotización: {money(doc.ctz, doc.style)}", 9, True, "r")
        y += 12
    P.l(lm, y, rm, y, 1)
    y += 14
    # buyer
    b = doc.buyer or {"name": "Consumidor Final", "cond": "Consumidor Final"}
    bl = L.get("buyer_label", "Señor(es):")
    P.t(lm, y, f"{bl} {b['name']}", 9)
    if b.get("cuit"):
        P.t(rm, y, f"CUIT: {dash_cuit(b['cuit']) if L.get('cuit_dash', True) else b['cuit']}", 9, False, "r")
    elif b.get("dni"):
        P.t(rm, y, f"DNI: {b['dni']}", 9, False, "r")
    y += 12
    P.t(lm, y, f"Condición frente al IVA: {b.get('cond', 'Consumidor Final')}", 9)
    P.t(rm, y, f"Condición de venta: {b.get('pay', 'Contado')}", 9, False, "r")
    y += 12
    if b.get("addr"):
        P.t(lm, y, f"Domicilio: {b['addr']}", 9)
        y += 12
    P.l(lm, y, rm, y, 1)
    y += 6
    # table
    cols = doc.cols()
    labels = {"code": "Código", "ean": "Cód. Barras", "desc": "Descripción", "qty": "Cant.", "unit": "U.Med",
              "price": "P. Unit.", "rate": "% IVA", "amount": "Importe", "net": "Subtotal"}
    if doc.kind == "A" and doc.mode == "civa":
        labels["amount"] = "Subtotal c/IVA"
    labels.update(L.get("labels", {}))
    widths = {"code": 45, "ean": 75, "desc": 0, "qty": 45, "unit": 35, "price": 65, "rate": 40, "amount": 70,
              "net": 65}
    fixed = sum(widths[c] for c in cols if c != "desc")
    widths["desc"] = (rm - lm) - fixed
    xs = {}
    xx = lm
    for c in cols:
        xs[c] = (xx, xx + widths[c])
        xx += widths[c]
    left_cols = ("code", "ean", "desc", "unit")
    grid = L.get("grid", False)
    hy = y + 10
    if grid:
        P.r(lm, y, rm - lm, 15, 0, 0.6)
    for c in cols:
        a, bb = xs[c]
        if c in left_cols:
            P.t(a + 3, hy, labels[c], 8, True)
        else:
            P.t(bb - 3, hy, labels[c], 8, True, "r")
    y += 16
    if not grid:
        P.l(lm, y, rm, y, 0.6)
    y += 11
    wrapw = int(widths["desc"] / 4.6)
    for it in chunk:
        dl_ = textwrap.wrap(it.desc, wrapw)
        row0 = y
        for c in cols:
            a, bb = xs[c]
            if c == "desc":
                for k, s in enumerate(dl_):
                    P.t(a + 3, y + k * 10, s, 8)
            elif c == "code" and it.code:
                P.t(a + 3, y, it.code, 8)
            elif c == "ean" and it.ean:
                P.t(a + 3, y, it.ean, 8)
            elif c == "qty" and it.qty is not None:
                qs = qty_str(it.qty, doc.style, it.unit)
                if "unit" not in cols and it.unit == "kg":
                    qs += " kg"
                P.t(bb - 3, y, qs, 8, False, "r")
            elif c == "unit" and it.qty is not None:
                P.t(a + 3, y, L.get("unit_names", {}).get(it.unit, it.unit), 8)
            elif c == "price" and it.price is not None:
                P.t(bb - 3, y, doc.m(it.price), 8, False, "r")
            elif c == "rate" and it.rate is not None:
                P.t(bb - 3, y, rate_str(it.rate, L.get("rate_style", "pct")), 8, False, "r")
            elif c == "net":
                P.t(bb - 3, y, doc.m(it.net), 8, False, "r")
            elif c == "amount":
                P.t(bb - 3, y, doc.m(doc.amount_of(it)), 8, False, "r")
        y += 10 * max(1, len(dl_)) + 3
        if grid:
            P.l(lm, y - 9, rm, y - 9, 0.3)
    last = pi == npages - 1
    if last:
        for lab, a in doc.discounts[:len(doc.row_disc)]:
            P.t(xs["desc"][0] + 3, y, lab, 8)
            P.t(xs["amount"][1] - 3, y, doc.m(a), 8, False, "r")
            y += 13
    P.l(lm, y - 4, rm, y - 4, 0.6)
    if not last:
        P.t(rm, y + 12, f"Continúa en hoja {pi + 2}", 8, False, "r")
        P.t(lm, 800, f"Hoja {pi + 1} de {npages}", 7)
        return
    y += 14
    # totals
    tl = L.get("tot_labels", {})
    rows = []
    if doc.kind == "A":
        rows.append((tl.get("sub", "Importe Neto Gravado:"), doc.m(doc.subtotal)))
    else:
        rows.append((tl.get("sub", "Subtotal:"), doc.m(doc.subtotal)))
    nrow = len(doc.row_disc)
    for lab, a in doc.discounts[nrow:]:
        rows.append((lab + ":", doc.m(a)))
    if doc.kind == "A":
        for r, a in doc.vat:
            rows.append((f"IVA {rate_str(r, 'pct')}:", doc.m(a)))
    for lab, a in doc.taxes:
        rows.append((lab + ":", doc.m(a)))
    tot_label = tl.get("total", "Importe Total:")
    rows.append((tot_label + (" USD" if doc.currency == "USD" else ""), doc.m(doc.printed_total)))
    tx = L.get("tot_x", rm)
    for k, (lab, val) in enumerate(rows):
        is_tot = k == len(rows) - 1
        P.t(tx - 90, y, lab, 10 if is_tot else 9, is_tot, "r")
        P.t(tx, y, val, 10 if is_tot else 9, is_tot, "r")
        y += 14 if is_tot else 12
    ytot_end = y
    # footer: QR + CAE
    fy = max(ytot_end + 20, L.get("footer_y", 0))
    if fy > 720:
        fy = 720
    qpos = L.get("qr_pos", "left")
    qsize = L.get("qr_size", 100)
    qm = doc.qrmatrix()
    caelines = [f"{L.get('cae_label', 'CAE N°:')} {doc.cae}",
                f"Fecha de Vto. de CAE: {date_str(doc.cae_vto, 'dmy/')}"]
    if qm is not None:
        qx = lm if qpos == "left" else rm - qsize
        n = len(qm.matrix) + 8
        mod = qsize / n
        if qr_mode == "vector":
            rows_s = "/".join("".join("1" if c else "0" for c in row) for row in qm.matrix)
            P.ops.append(["Q", round(qx + 4 * mod, 2), round(fy + 4 * mod, 2), round(mod, 4), rows_s])
        else:
            P.ops.append(["I", qx, fy, qsize, png_path])
        tx0, al = (qx + qsize + 12, "l") if qpos == "left" else (qx - 12, "r")
        P.t(tx0, fy + 20, "Comprobante Autorizado", 9, True, al)
        for k, s in enumerate(caelines):
            P.t(tx0, fy + 36 + 12 * k, s, 9, False, al)
    else:
        for k, s in enumerate(caelines):
            P.t(rm, fy + 12 * k, s, 9, False, "r")
    P.t(lm, 815, L.get("footer", "Esta factura contribuye al desarrollo del país."), 7)
    if npages > 1:
        P.t(rm, 815, f"Hoja {pi + 1} de {npages}", 7, False, "r")


def write_ops(ops, path):
    with open(path, "w", encoding="utf-8") as f:
        for op in ops:
            f.write("\t".join(str(x) for x in op) + "\n")


def write_png(doc, path):
    qm = doc.qrmatrix()
    qm.save(path, kind="png", scale=6, border=4)


def dump_expected(doc, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc.expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")
