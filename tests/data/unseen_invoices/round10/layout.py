"""Neutral layouts: text lines (fixed pitch, for Vim / Emacs) and a draw list (for rsvg, PyX, form templates)."""
import textwrap
from core import fmt, fq, dash

NUMSTY = {
    "pv": lambda d: [f"Punto de Venta: {d.pos:04d}", f"Comp. Nro: {d.number:08d}"],
    "dash": lambda d: [f"Nro: {d.pos:04d}-{d.number:08d}"],
    "pvn": lambda d: [f"P.V. {d.pos}   N° {d.number}"],
    "fnum": lambda d: [f"Factura N° {d.pos:04d} - {d.number:08d}"],
    "comp": lambda d: [f"Comprobante: {d.pos:05d}-{d.number:08d}"],
}
LETTER_TITLE = {"A": "FACTURA", "B": "FACTURA", "C": "FACTURA"}

def header_values(d):
    L = d.layout
    num = NUMSTY[L.get("num", "pv")](d)
    datel = L.get("datelabel", "Fecha de Emisión:")
    return num, f"{datel} {d.mdy}"

def col_specs(d):
    L = d.layout
    cols = L.get("cols")
    if not cols:
        cols = ["desc", "qty", "price", "amount"] if d.kind != "A" else ["desc", "qty", "price", "rate", "amount"]
    names = {"desc": "Descripción", "qty": "Cant.", "price": "P. Unit.", "rate": "IVA %", "amount": "Importe",
             "unit": "U.M."}
    names.update(L.get("names", {}))
    return cols, names

def cell(d, it, key):
    if key == "desc": return it["desc"]
    if key == "qty": return "" if it["qty"] is None else (fq(it["qty"]) if it["unit"] == "un" else f"{it['qty']:.3f}".replace(".", ","))
    if key == "unit": return "" if it["qty"] is None else {"un": d.layout.get("unname", "un"), "kg": "kg"}[it["unit"]]
    if key == "price": return "" if it["price"] is None else d.m(it["price"])
    if key == "rate": return fmt(it["rate"], "plain").replace(",00", "").replace(",50", ",5") + "%"
    if key == "amount": return d.m(it["amount"])

def totals_rows(d):
    """(label, value) rows of the totals block."""
    L = d.layout; rows = []
    cur = "U$S " if d.currency == "USD" else ""
    sub = d.subtotal_printed()
    rows.append((L.get("sublabel", "Subtotal:"), cur + d.m(sub)))
    for b in d.block_disc:
        rows.append((b["desc"] + ":", cur + d.m(b["amount"])))
    if d.kind == "A":
        if d.block_disc or d.row_disc:
            rows.append(("Importe Neto Gravado:", cur + d.m(d.neto)))
        for v in d.vat:
            r = fmt(v["rate"], "plain").replace(",00", "").replace(",50", ",5")
            rows.append((f"IVA {r}%:", cur + d.m(v["amount"])))
    for t in d.taxes:
        p = fmt(t["pct"], "plain")
        rows.append((f"{t['desc']} {p}%:" if L.get("taxpct") else f"{t['desc']}:", cur + d.m(t["amount"])))
    rows.append((L.get("totlabel", "Importe Total:"), cur + d.m(d.total)))
    return rows

def buyer_lines(d):
    b = d.buyer; out = []
    lab = d.layout.get("buyerlabel", "Razón Social:")
    out.append(f"{lab} {b['name']}")
    if b.get("cuit"): out.append(f"CUIT: {dash(b['cuit'])}")
    elif b.get("dni"): out.append(f"DNI: {b['dni']}")
    out.append(f"Condición frente al IVA: {b['cond']}")
    if b.get("addr"): out.append(f"Domicilio: {b['addr']}")
    return out

def issuer_lines(d):
    out = []
    if d.fantasy: out.append(("big", d.fantasy))
    w = d.layout.get("namewrap", 60)
    for i, part in enumerate(textwrap.wrap(f"Razón Social: {d.issuer}", w)):
        out.append(("n", part))
    out.append(("n", f"Domicilio Comercial: {d.address}"))
    out.append(("n", f"CUIT: {dash(d.cuit) if d.layout.get('cuitdash', True) else d.cuit}"))
    out.append(("n", f"Condición frente al IVA: {d.cond}"))
    return out

# ---------------- fixed-pitch text ----------------
def text_pages(d, width=88, rows_per_page=60):
    L = d.layout
    cols, names = col_specs(d)
    W = {"desc": L.get("descw", 34), "qty": 9, "unit": 5, "price": 13, "rate": 7, "amount": 14}
    W["desc"] = width - sum(W[c] + 1 for c in cols if c != "desc") - 1
    def fmtrow(vals):
        s = ""
        for c, v in zip(cols, vals):
            s += (v.ljust(W[c]) if c == "desc" else v.rjust(W[c])) + " "
        return s.rstrip()
    head = []
    al = L.get("align", "left")
    def place(s):
        if al == "center": return s.center(width).rstrip()
        if al == "right": return s.rjust(width)
        return s
    letter = d.kind
    lbox = L.get("letter", "box")
    if lbox == "box":
        head += [" " * (width // 2 - 4) + "+-----+", " " * (width // 2 - 4) + f"|  {letter}  |", " " * (width // 2 - 4) + f"+-----+  COD. {d.code:03d}"]
    elif lbox == "word":
        head += [f"FACTURA \"{letter}\"   Código {d.code:02d}".center(width).rstrip()]
    copyl = None
    for k, s in issuer_lines(d):
        head.append(place(s.upper() if k == "big" else s))
    head.append("")
    num, dt = header_values(d)
    title = [f"FACTURA {letter}" if lbox != "word" else "ORIGINAL"] + num + [dt]
    for s in title:
        head.append(s.rjust(width) if al != "right" else s)
    head.append("-" * width)
    head += buyer_lines(d)
    head.append("Condición de venta: Contado")
    if d.currency == "USD":
        head.append(f"Moneda: USD   Cotización: {fmt(d.ctz, 'usth')}")
    head.append("-" * width)
    head.append(fmtrow([names[c] for c in cols]))
    head.append("-" * width)
    body = []
    for it in d.items:
        desc_lines = textwrap.wrap(it["desc"], W["desc"])
        vals = [desc_lines[0] if c == "desc" else cell(d, it, c) for c in cols]
        body.append(fmtrow(vals))
        for extra in desc_lines[1:]:
            body.append(fmtrow([extra if c == "desc" else "" for c in cols]))
    for r in d.row_disc:
        body.append(fmtrow([r["desc"] if c == "desc" else (d.m(r["amount"]) if c == "amount" else "") for c in cols]))
    tail = ["-" * width]
    for lab, val in totals_rows(d):
        tail.append((lab.rjust(width - 20) + val.rjust(20)))
    tail.append("")
    tail.append(f"CAE N°: {d.cae}      Fecha de Vto. de CAE: {d.cae_vto.strftime('%d/%m/%Y')}")
    tail.append("Comprobante Autorizado")
    # pagination
    pages = []
    per = rows_per_page - len(head) - 2
    chunks = [body[i:i + per] for i in range(0, len(body), per)] or [[]]
    for n, ch in enumerate(chunks):
        pg = list(head) + ch
        if n < len(chunks) - 1:
            pg += ["", f"Continúa en hoja {n + 2}".rjust(width)]
        else:
            pg += tail
        pages.append(pg)
    out = []
    copies = ["ORIGINAL", "DUPLICADO"][:d.copies] if d.copies > 1 else [None]
    for c in copies:
        for n, pg in enumerate(pages):
            pg = list(pg)
            if c: pg.insert(0, c.center(width).rstrip())
            if len(pages) > 1: pg.insert(0, f"Hoja {n + 1} de {len(pages)}".rjust(width))
            out.append(pg)
    return out

# ---------------- draw list (points, y from top, A4 595x842) ----------------
def draw_pages(d):
    L = d.layout
    ops = []
    T = lambda x, y, s, size=9, bold=False, align="l", field=False: ops.append(("t", x, y, s, size, bold, align, field))
    al = L.get("align", "left")
    # header box
    ops.append(("r", 30, 30, 535, 150, False))
    ix = {"left": 40, "right": 555, "center": 297}[al]
    ia = {"left": "l", "right": "r", "center": "c"}[al]
    y = 50
    for k, s in issuer_lines(d):
        if k == "big":
            T(ix, y, s, 15, True, ia); y += 20
        else:
            T(ix, y, s, 8.5, False, ia, field=s.startswith(("Razón", "CUIT"))); y += 12
    # letter
    lx = 297 if al != "center" else 470
    ls = L.get("letter", "box")
    if ls == "box":
        ops.append(("r", lx - 22, 30, 44, 40, False)); T(lx, 60, d.kind, 24, True, "c"); T(lx, 80, f"COD. {d.code:03d}", 7, False, "c")
    elif ls == "filled":
        ops.append(("r", lx - 20, 34, 40, 36, True)); T(lx, 62, d.kind, 24, True, "c", ); T(lx, 82, f"Cód. {d.code:02d}", 7, False, "c")
    else:
        T(lx, 60, f"FACTURA \"{d.kind}\"", 12, True, "c"); T(lx, 74, f"CÓDIGO {d.code:02d}", 7, False, "c")
    num, dt = header_values(d)
    dx = 555 if al != "right" else 40
    da = "r" if al != "right" else "l"
    yy = 105 if al == "center" else 50
    T(dx, yy, "FACTURA", 14, True, da); yy += 16
    for s in num + [dt]:
        T(dx, yy, s, 9, False, da, field=True); yy += 12
    if d.currency == "USD":
        T(dx, yy, f"Moneda: USD   Cotización: {fmt(d.ctz, 'usth')}", 8.5, False, da); yy += 12
    # buyer
    ops.append(("r", 30, 186, 535, 62, False))
    y = 200
    for s in buyer_lines(d):
        T(40, y, s, 8.5, False, "l", field=True); y += 12
    T(555, 200, "Condición de venta: Contado", 8.5, False, "r")
    # table
    cols, names = col_specs(d)
    Wd = {"desc": 0, "qty": 50, "unit": 34, "price": 75, "rate": 40, "amount": 85}
    fixed = sum(Wd[c] for c in cols if c != "desc")
    Wd["desc"] = 515 - fixed
    xs = {}; x = 40
    for c in cols:
        xs[c] = x; x += Wd[c]
    def colx(c):
        return (xs[c] + 2, "l") if c == "desc" else (xs[c] + Wd[c] - 3, "r")
    pages = []
    ypos = 262
    def table_head(ops, y):
        ops.append(("r", 35, y - 11, 525, 15, True if L.get("shade") else False))
        for c in cols:
            x, a = colx(c)
            T(x, y, names[c], 8.5, True, a)
        return y + 18
    y = table_head(ops, ypos)
    wrapn = int(Wd["desc"] / 4.6)
    rows = []
    for it in d.items:
        rows.append((it, textwrap.wrap(it["desc"], wrapn)))
    for r in d.row_disc:
        rows.append(({"disc": r}, [r["desc"]]))
    for it, dl in rows:
        if y + 12 * len(dl) > 700:
            T(555, 800, f"Continúa en hoja {len(pages) + 2}", 8, False, "r")
            pages.append(ops); ops = []
            T(40, 50, d.fantasy or d.issuer, 10, True, "l")
            T(555, 50, " ".join(num), 8.5, False, "r")
            y = table_head(ops, 80)
        for c in cols:
            x, a = colx(c)
            if "disc" in it:
                v = dl[0] if c == "desc" else (d.m(it["disc"]["amount"]) if c == "amount" else "")
            else:
                v = dl[0] if c == "desc" else cell(d, it, c)
            if v: T(x, y, v, 8.5, False, a, field=True)
        for extra in dl[1:]:
            y += 11; T(xs["desc"] + 2, y, extra, 8.5, False, "l", field=True)
        y += 14
    y = max(y + 10, 560 if len(pages) == 0 and y < 560 else y + 10)
    ops.append(("l", 35, y - 12, 560, y - 12))
    for lab, val in totals_rows(d):
        big = lab.startswith(("Importe Total", "TOTAL", "Total"))
        T(450, y, lab, 10 if big else 9, big, "r"); T(555, y, val, 10 if big else 9, big, "r", field=True); y += 14
    # footer
    if d.qr_variant is not None:
        ops.append(("qr", 40, 705, 95))
        T(145, 730, f"CAE N°: {d.cae}", 9, True, "l", field=True)
        T(145, 744, f"Fecha de Vto. de CAE: {d.cae_vto.strftime('%d/%m/%Y')}", 9, False, "l", field=True)
        T(145, 758, "Comprobante Autorizado por AFIP", 8, False, "l")
    else:
        T(40, 740, f"CAE N°: {d.cae}", 9, True, "l", field=True)
        T(40, 754, f"Fecha de Vto. de CAE: {d.cae_vto.strftime('%d/%m/%Y')}", 9, False, "l", field=True)
    pages.append(ops)
    if len(pages) > 1:
        for n, pg in enumerate(pages):
            pg.append(("t", 555, 20, f"Hoja {n + 1} de {len(pages)}", 8, False, "r", False))
    out = []
    if d.copies > 1:
        for c in ["ORIGINAL", "DUPLICADO", "TRIPLICADO"][:d.copies]:
            for pg in pages:
                out.append([("t", 297, 22, c, 10, True, "c", False)] + pg)
        return out
    return pages
