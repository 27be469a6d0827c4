"""Turns a Doc into pages of drawing operations (A4, points, y measured from the top).

Ops: ("text", x, y_baseline, s, bold, size, align) | ("line", x1, y1, x2, y2, width)
     | ("rect", x, y, w, h, fill_gray_or_None, stroke_width_or_0) | ("qr", x, y, module, matrix)
Each renderer supplies the Metrics of the fonts it embeds and draws the ops its own way."""
import segno
from fontTools.ttLib import TTFont

from core import fmt_money, fmt_rate, dash_cuit, D

W, H = 595.28, 841.89


class TTFMetrics:
    def __init__(self, regular, bold):
        self.f = {}
        for key, path in ((False, regular), (True, bold)):
            t = TTFont(path)
            self.f[key] = (t.getBestCmap(), t["hmtx"].metrics, t["head"].unitsPerEm)

    def width(self, s, bold, size):
        cmap, hmtx, upm = self.f[bool(bold)]
        return sum(hmtx[cmap.get(ord(c), ".notdef")][0] if cmap.get(ord(c)) in hmtx else hmtx[".notdef"][0]
                   for c in s) * size / upm


class AFMMetrics:
    def __init__(self, regular, bold):
        import unicodedata
        self.f = {}
        for key, path in ((False, regular), (True, bold)):
            w = {}
            for line in open(path, encoding="latin-1"):
                if line.startswith("C "):
                    parts = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip())
                    w[parts["N"]] = int(parts["WX"])
            self.f[key] = w
        from fontTools.agl import UV2AGL
        self.agl = UV2AGL

    def width(self, s, bold, size):
        w = self.f[bool(bold)]
        tot = 0
        for c in s:
            n = self.agl.get(ord(c), "space")
            tot += w.get(n, w.get("space", 278))
        return tot * size / 1000


def wrap(text, width, m, bold, size):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and m.width(t, bold, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def qr_matrix(payload):
    q = segno.make(payload, error="m", micro=False)
    return [list(map(bool, row)) for row in q.matrix]


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, bold=False, size=9, align="l"):
        self.ops.append(("text", x, y, s, bold, size, align))

    def line(self, x1, y1, x2, y2, w=0.6):
        self.ops.append(("line", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, fill=None, stroke=0.8):
        self.ops.append(("rect", x, y, w, h, fill, stroke))


DEFAULT_HEAD = {"code": "Código", "qty": "Cant.", "unit": "U. medida", "desc": "Descripción",
                "uprice": "Precio Unit.", "rate": "% IVA", "amount": "Subtotal", "amount_incl": "Subtotal c/IVA"}


def layout(doc, m):
    st = doc.style
    ms = st.get("money", "ar")
    dollar = st.get("dollar", False)
    cur_sign = "U$S " if doc.currency == "USD" and dollar else ("$ " if dollar else "")

    def money(x):
        return cur_sign + fmt_money(x, ms)

    L, R = 36, W - 36
    fs = st.get("size", 8.5)
    pages = []

    def header(pg, copy_label, first):
        y = 40
        pos = st.get("issuer_pos", "left")
        # letter box, top centre
        bx = W / 2 - 22
        pg.rect(bx, y - 12, 44, 42, fill=None, stroke=1.2)
        pg.text(W / 2, y + 16, doc.letter, True, 26, "c")
        pg.text(W / 2, y + 40, st.get("cod_label", "COD. {:03d}").format(doc.doc_code), True, 7, "c")
        if copy_label:
            pg.text(W / 2, y - 18, copy_label, True, 10, "c")
        iss = doc.issuer
        # issuer block
        if pos == "left":
            ix, ial, iw = L, "l", bx - L - 10
        elif pos == "right":
            ix, ial, iw = R, "r", R - bx - 54
        else:
            ix, ial, iw = W / 2, "c", 360
        if pos == "centre":
            # centred issuer above, document data below the letter
            yy = y + 72
        else:
            yy = y
        if iss.fantasy:
            pg.text(ix, yy, iss.fantasy, True, 15, ial)
            yy += 17
        name_lines = iss.name_lines or [iss.name]
        lbl = st.get("rs_label", "Razón Social:")
        nsz = 10 if not iss.fantasy else 9
        printed = []
        for k, nl in enumerate(name_lines):
            t = (lbl + " " + nl) if (k == 0 and lbl) else nl
            printed += wrap(t, iw, m, True, nsz)
        for t in printed:
            pg.text(ix, yy, t, True, nsz, ial)
            yy += 12
        for t in (f"Domicilio Comercial: {iss.address}", f"Condición frente al IVA: {iss.iva}"):
            for ln in wrap(t, iw, m, False, fs - 0.5):
                pg.text(ix, yy, ln, False, fs - 0.5, ial)
                yy += 10
        # document data block
        if pos == "right":
            dx, dal = L, "l"
        elif pos == "left":
            dx, dal = R, "r"
        else:
            dx, dal = R, "r"
        dy = y if pos != "centre" else y + 72
        title = "FACTURA" if doc.currency == "ARS" or True else "FACTURA"
        dl = [(f"{title}", True, 14)]
        if st.get("nro_style", "afip") == "afip":
            dl.append((f"Punto de Venta: {doc.pos:05d}   Comp. Nro: {doc.number:08d}", True, fs))
        else:
            dl.append((f"N° {doc.pos:04d}-{doc.number:08d}", True, 11))
        dl.append((f"Fecha de Emisión: {doc.issued.strftime(st.get('date_fmt', '%d/%m/%Y'))}", False, fs))
        cuit_txt = dash_cuit(iss.cuit) if st.get("cuit_dash") else iss.cuit
        dl.append((f"CUIT: {cuit_txt}", False, fs))
        dl.append((f"Ingresos Brutos: {iss.iibb}", False, fs))
        dl.append((f"Fecha de Inicio de Actividades: {iss.start}", False, fs))
        if pos == "centre":
            dy = yy + 6
            # two columns under the centred issuer: data left & right
            half = (len(dl) + 1) // 2
            for k, (t, b, s) in enumerate(dl[:half]):
                pg.text(L, dy + k * 12, t, b, s if k else 12, "l")
            for k, (t, b, s) in enumerate(dl[half:]):
                pg.text(R, dy + k * 12, t, b, s, "r")
            yy = dy + half * 12
        else:
            for t, b, s in dl:
                pg.text(dx, dy, t, b, s, dal)
                dy += s + 4
            yy = max(yy, dy)
        yy += 4
        pg.line(L, yy, R, yy, 1)
        return yy + 14

    def buyer(pg, y):
        b = doc.buyer
        blabel = st.get("buyer_label", "Apellido y Nombre / Razón Social:")
        if b.cuit:
            idt = f"CUIT: {dash_cuit(b.cuit) if st.get('cuit_dash') else b.cuit}"
        elif b.dni:
            idt = f"DNI: {b.dni}"
        else:
            idt = "DNI: -"
        pg.text(L, y, idt, False, fs)
        pg.text(L + 170, y, f"{blabel} {b.name}", False, fs)
        y += 12
        pg.text(L, y, f"Condición frente al IVA: {b.iva}", False, fs)
        pg.text(L + 250, y, f"Domicilio: {b.address}", False, fs)
        y += 12
        pg.text(L, y, f"Condición de venta: {doc.cond_venta}", False, fs)
        if doc.currency == "USD":
            pg.text(L + 250, y, f"Moneda: USD   Tipo de cambio: {fmt_money(doc.ctz, 'ar')}", False, fs)
        y += 6
        pg.line(L, y, R, y, 0.8)
        return y + 14

    cols = st["cols"]
    heads = dict(DEFAULT_HEAD, **st.get("heads", {}))
    widths = {"code": 70, "qty": 42, "unit": 40, "uprice": 64, "rate": 34, "amount": 70, "amount_incl": 72}
    widths.update(st.get("widths", {}))
    fixed = sum(widths[c] for c in cols if c != "desc")
    widths["desc"] = R - L - fixed - 4 * (len(cols) - 1)
    xs, x = {}, L
    for c in cols:
        xs[c] = x
        x += widths[c] + 4
    right_cols = {"qty", "uprice", "amount", "amount_incl", "rate"}

    def table_head(pg, y):
        if st.get("head_fill", True):
            pg.rect(L - 2, y - 10, R - L + 4, 14, fill=0.85, stroke=0)
        else:
            pg.line(L, y - 10, R, y - 10, 0.6)
        for c in cols:
            if c in right_cols:
                pg.text(xs[c] + widths[c], y, heads[c], True, fs, "r")
            else:
                pg.text(xs[c], y, heads[c], True, fs, "l")
        pg.line(L, y + 4, R, y + 4, 0.6)
        return y + 16

    def row_cells(it):
        cells = {}
        cells["code"] = it.code or ""
        cells["qty"] = it.qty_text or ""
        cells["unit"] = (it.unit_label or "") if it.qty is not None else ""
        cells["uprice"] = money(it.unit_price) if it.unit_price is not None else ""
        cells["rate"] = fmt_rate(it.vat_rate) if it.rate_printed else ""
        cells["amount"] = money(it.amount)
        cells["amount_incl"] = money(it.amount_incl) if it.amount_incl is not None else ""
        return cells

    # totals block lines
    tl = []
    lab = st.get("labels", {})
    tl.append((lab.get("subtotal", "Subtotal:"), doc.subtotal))
    for l, a in doc.discounts:
        tl.append((l + ":", a))
    if doc.letter == "A":
        if doc.discounts or st.get("print_neto"):
            tl.append((lab.get("neto", "Importe Neto Gravado:"), doc.net_gravado))
        for r, a in doc.vat:
            tl.append((f"IVA {fmt_rate(r)}:", a))
    for l, a in doc.taxes:
        tl.append((l + ":", a))
    for l in doc.zero_taxes:
        tl.append((l + ":", D(0)))
    tl.append((lab.get("total", "Importe Total:"), doc.total))
    totals_h = 14 * len(tl) + 20
    foot_h = 120 if doc.qr or doc.cae else 40

    def totals(pg, y):
        x1, x2 = R - 230, R
        pg.line(x1, y - 4, R, y - 4, 0.6)
        y += 8
        for k, (l, a) in enumerate(tl):
            last = k == len(tl) - 1
            pg.text(x2 - 95, y, l, last, fs + (1.5 if last else 0), "r")
            pg.text(x2, y, money(a), last, fs + (1.5 if last else 0), "r")
            y += 14 if not last else 16
        return y

    def footer(pg, y):
        y = max(y + 10, H - 150)
        qx = L if st.get("qr_pos", "bl") == "bl" else R - 100
        cx = L + 130 if st.get("qr_pos", "bl") == "bl" else L
        if doc.qr:
            mat = qr_matrix(doc.qr)
            mod = st.get("qr_module", 1.6)
            pg.ops.append(("qr", qx, y, mod, mat))
        if doc.cae:
            pg.text(cx, y + 30, f"{st.get('cae_label', 'CAE N°:')} {doc.cae}", True, fs + 1)
            pg.text(cx, y + 44, f"Fecha de Vto. de CAE: {doc.cae_due.strftime('%d/%m/%Y')}", False, fs)
            pg.text(cx, y + 62, "Comprobante Autorizado", True, fs)
            pg.text(cx, y + 74, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación", False, 6)

    # paginate rows
    rows = []
    for it in doc.items:
        c = row_cells(it)
        dl = wrap(it.description, widths["desc"], m, False, fs)
        rows.append((c, dl))
    body_pages = [[]]
    y_first = table_head(Page(), buyer(Page(), header(Page(), None, True)))
    y_next = table_head(Page(), header(Page(), None, False))
    limit_last = H - 40 - totals_h - foot_h
    y = y_first
    for c, dl in rows:
        h = 11 * len(dl) + 4
        if y + h > H - 60:
            body_pages.append([])
            y = y_next
        body_pages[-1].append((c, dl))
        y += h
    if y > limit_last:
        body_pages.append([])
    copies = st.get("copies") or [None]
    n = len(body_pages)
    for cl in copies:
        for k, rws in enumerate(body_pages):
            pg = Page()
            y = header(pg, cl, k == 0)
            if k == 0:
                y = buyer(pg, y)
            y = table_head(pg, y)
            for c, dl in rws:
                for col in cols:
                    if col == "desc":
                        for j, ln in enumerate(dl):
                            pg.text(xs["desc"], y + 11 * j, ln, False, fs)
                    elif col in right_cols:
                        pg.text(xs[col] + widths[col], y, c[col], False, fs, "r")
                    else:
                        pg.text(xs[col], y, c[col], False, fs, "l")
                y += 11 * len(dl) + 4
                if st.get("row_lines"):
                    pg.line(L, y - 9, R, y - 9, 0.3)
            if n > 1:
                pg.text(R, H - 30, f"Hoja {k + 1} de {n}", False, fs - 1, "r")
            if k < n - 1:
                pg.text(L, H - 30, "Continúa en la hoja siguiente", False, fs - 1)
                pages.append(pg)
                continue
            y = totals(pg, y + 8)
            footer(pg, y)
            pages.append(pg)
    return pages
