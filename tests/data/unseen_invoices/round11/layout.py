"""Neutral page layout: a list of pages, each a list of draw ops in points, y from the top of an A4 page.
ops: ("t", x, y, text, size, bold, align)  align l|r|c, y = baseline
     ("l", x1, y1, x2, y2, width)
     ("r", x, y, w, h, fill)
     ("qr", x, y, module, matrix)          matrix: list of rows of 0/1 (segno)
"""
import segno
from core import fmt_amount, fmt_qty, fmt_date, fmt_rate, dash_cuit

W, H = 595, 842


def qr_matrix(payload):
    q = segno.make(payload, error="m", micro=False)
    return [list(r) for r in q.matrix]


def wrap(text, width_pt, size):
    maxc = max(8, int(width_pt / (size * 0.64)))
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > maxc:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


NUMFMT = {
    "pv": lambda d: (f"Punto de Venta: {d.pos:05d}", f"Comp. Nro: {d.number:08d}"),
    "dash": lambda d: (f"Nº {d.pos:04d}-{d.number:08d}", None),
    "pvn": lambda d: (f"P.V. {d.pos} - Nro. {d.number}", None),
    "comp": lambda d: (f"Comprobante: {d.pos:05d}-{d.number:08d}", None),
    "ptovta": lambda d: (f"Pto. Vta.: {d.pos:04d}", f"Número: {d.number:08d}"),
}

COLSETS = {
    # key, label, width, align
    "A_net": [("code", "Código", 40, "l"), ("desc", "Descripción", 200, "l"), ("qty", "Cant.", 40, "r"),
              ("unit", "U.Med", 38, "l"), ("price", "Precio Unit.", 65, "r"), ("rate", "Alic. IVA", 50, "r"),
              ("amount", "Subtotal", 90, "r")],
    "A_net2": [("qty", "Cantidad", 50, "r"), ("unit", "Unidad", 42, "l"), ("desc", "Detalle", 228, "l"),
               ("rate", "IVA", 40, "r"), ("price", "P. Unitario", 75, "r"), ("amount", "Importe Neto", 88, "r")],
    "A_incl": [("desc", "Producto / Servicio", 170, "l"), ("qty", "Cantidad", 45, "r"), ("unit", "U. medida", 45, "l"),
               ("price", "Precio Unit.", 60, "r"), ("net", "Subtotal", 60, "r"), ("rate", "Alícuota IVA", 52, "r"),
               ("amount", "Subtotal c/IVA", 91, "r")],
    "B": [("code", "Cód.", 62, "l"), ("desc", "Descripción", 223, "l"), ("qty", "Cant.", 50, "r"),
          ("unit", "U.M.", 35, "l"), ("price", "Precio Unit.", 70, "r"), ("amount", "Importe", 83, "r")],
    "B2": [("desc", "Concepto", 275, "l"), ("price", "P. Unit.", 80, "r"), ("qty", "Cant.", 55, "r"),
           ("unit", "Un.", 30, "l"), ("amount", "Subtotal", 83, "r")],
    "C": [("qty", "Cant.", 50, "r"), ("unit", "Unidad", 40, "l"), ("desc", "Descripción", 265, "l"),
          ("price", "Precio Unitario", 80, "r"), ("amount", "Importe", 88, "r")],
}

UNIT_LABEL = {"un": "Unid", "kg": "kg"}


def cell_text(d, it, key, L):
    st = d.style
    if key == "desc":
        return it["desc"]
    if key == "code":
        return it["ean"] or it["code"] or ""
    if key == "qty":
        return "" if it["qty"] is None else fmt_qty(it["qty"], it["unit"], st)
    if key == "unit":
        return "" if it["qty"] is None else L.get("unit_labels", UNIT_LABEL)[it["unit"]]
    if key == "price":
        return "" if it["qty"] is None else fmt_amount(it["price"], st)
    if key == "rate":
        return fmt_rate(it["rate"], L.get("rate_style", "ar"))
    if key == "net":
        return fmt_amount(it["net"], st)
    if key == "amount":
        return fmt_amount(it["amount"], st)
    return ""


def header(d, L, copy, page, npages):
    ops = []
    st = d.style
    align = L.get("issuer", "left")
    align = L.get("issuer", "left")
    letter_x = 297 if align == "left" else 265
    ops.append(("r", 36, 30, 523, 150, False))
    # letter box
    ops.append(("r", letter_x - 22, 30, 44, 46, False))
    ops.append(("t", letter_x, 66, d.letter, 26, True, "c"))
    ops.append(("t", letter_x, 86, L.get("codlabel", "COD. {c:03d}").format(c=d.code), 7, True, "c"))
    ops.append(("l", letter_x, 74, letter_x, 180, 0.6))
    # issuer block
    if align == "left":
        ix, ia = 46, "l"
        dx, da = 332, "l"
    else:
        ix, ia = 549, "r"
        dx, da = 46, "l"
    y = 52
    iss = []
    if d.fantasy:
        iss.append((d.fantasy, 15, True))
        for k, ln in enumerate(wrap("Razón Social: " + d.merchant, 200, 9)):
            iss.append((ln, 9, k == 0 and False))
    else:
        for ln in wrap(d.merchant, 200, 13):
            iss.append((ln, 13, True))
    iss.append((d.address, 8, False))
    iss.append((("CUIT: " + (dash_cuit(d.cuit) if L.get("cuit_dash", True) else d.cuit)), 9, True))
    iss.append((f"Ingresos Brutos: {d.cuit[:2]}-{d.cuit[2:10]}-{d.cuit[10]}" if L.get("iibb_cm") else "Ingresos Brutos: Exento", 8, False))
    iss.append(("Condición frente al IVA: " + ("Responsable Monotributo" if d.letter == "C" else "IVA Responsable Inscripto"), 8, False))
    iss.append(("Inicio de Actividades: 01/03/2015", 8, False))
    for text, size, bold in iss:
        ops.append(("t", ix, y, text, size, bold, ia))
        y += size + 4
    # document data
    y = 48
    ops.append(("t", dx, y, "FACTURA", 16, True, da))
    ops.append(("t", 549, 174, copy, 9, True, "r"))
    y += 22
    a, b = NUMFMT[L.get("num", "pv")](d)
    ops.append(("t", dx, y, a, 10, True, da))
    y += 14
    if b:
        ops.append(("t", dx, y, b, 10, True, da))
        y += 14
    ops.append(("t", dx, y, L.get("datelabel", "Fecha de Emisión:") + " " + fmt_date(d.date, d.date_fmt), 10, True, da))
    y += 14
    if d.currency != "ARS":
        ops.append(("t", dx, y, f"Moneda: {d.currency}   Tipo de cambio: {fmt_amount(d.ctz, 'ar')}", 9, False, da))
        y += 13
    if npages > 1:
        ops.append(("t", dx, y, f"Hoja {page} de {npages}", 8, False, da))
    # buyer
    y = 198
    ops.append(("r", 36, 186, 523, 58, False))
    lab = L.get("buyerlabel", "Razón Social:")
    ops.append(("t", 46, y, f"{lab} {d.buyer_name}", 9, True, "l"))
    if d.buyer_cuit:
        ops.append(("t", 400, y, "CUIT: " + dash_cuit(d.buyer_cuit), 9, False, "l"))
    elif d.buyer_dni:
        ops.append(("t", 400, y, "DNI: " + d.buyer_dni, 9, False, "l"))
    ops.append(("t", 46, y + 14, "Condición frente al IVA: " + d.buyer_cond, 8, False, "l"))
    ops.append(("t", 400, y + 14, "Condición de venta: " + L.get("cv", "Contado"), 8, False, "l"))
    ops.append(("t", 46, y + 28, "Domicilio: " + L.get("buyer_addr", "Calle 12 Nº 1450, La Plata, Buenos Aires"), 8, False, "l"))
    return ops


def item_rows(d, L, cols):
    """Return a list of rows; each row = list of (lines-per-column) plus height."""
    rows = []
    size = L.get("size", 7)
    for it in d.items:
        cells = []
        for key, lab, w, al in cols:
            t = cell_text(d, it, key, L)
            cells.append(wrap(t, w - 6, size) if key == "desc" else [t])
        rows.append(cells)
        if d.row_disc and d.row_disc["after"] == it["line"]:
            cells = []
            for key, lab, w, al in cols:
                if key == "desc":
                    cells.append(wrap(d.row_disc["desc"], w - 6, size))
                elif key == "amount":
                    cells.append([fmt_amount(d.row_disc["amount"], d.style)])
                else:
                    cells.append([""])
            rows.append(cells)
    return rows


def totals_lines(d, L):
    st = d.style
    out = []
    if d.letter == "A":
        out.append((L.get("sublabel", "Subtotal:"), d.subtotal))
        if d.block_disc:
            out.append((d.block_disc["desc"] + ":", d.block_disc["amount"]))
            out.append(("Importe Neto Gravado:", d.net_after))
        for v in d.vat:
            out.append((f"IVA {fmt_rate(v['rate'], L.get('rate_style', 'ar'))}:", v["amount"]))
    else:
        out.append((L.get("sublabel", "Subtotal:"), d.subtotal))
        if d.block_disc:
            out.append((d.block_disc["desc"] + ":", d.block_disc["amount"]))
    for t in d.taxes:
        out.append((t["description"] + ":", t["amount"]))
    out.append((L.get("totlabel", "Importe Total:") + (f" {d.currency}" if d.currency != "ARS" else ""), d.total))
    return [(a, fmt_amount(b, st)) for a, b in out]


def footer(d, L, with_qr):
    ops = []
    y = 742
    ops.append(("l", 36, y - 22, 559, y - 22, 0.6))
    qx = 40 if L.get("qr_side", "left") == "left" else 470
    if with_qr and d.has_qr:
        m = qr_matrix(d.qr_payload)
        mod = 80.0 / len(m)
        ops.append(("qr", qx, y - 8, mod, m))
    tx = 135 if L.get("qr_side", "left") == "left" else 46
    ops.append(("t", tx, y + 6, "Comprobante Autorizado", 10, True, "l"))
    ops.append(("t", tx, y + 36, "Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación", 6, False, "l"))
    caex = 549 if L.get("qr_side", "left") == "left" else 440
    ops.append(("t", caex, y + 6, L.get("caelabel", "CAE N°:") + " " + d.cae, 10, True, "r"))
    ops.append(("t", caex, y + 20, "Fecha de Vto. de CAE: " + d.cae_vto.strftime("%d/%m/%Y"), 9, False, "r"))
    return ops


def layout(d, L):
    cols = COLSETS[L["cols"]]
    size = L.get("size", 7)
    lh = size + 3
    rows = item_rows(d, L, cols)
    tl = totals_lines(d, L)
    # paginate: table area 256..(last page: leave room for totals)
    top, bottom_full, bottom_last = 256, 712, 712 - 16 * len(tl) - 10
    pages_rows, cur, y = [], [], top + 14
    for r in rows:
        h = max(len(c) for c in r) * lh + 3
        if y + h > bottom_full:
            pages_rows.append(cur)
            cur, y = [], top + 14
        cur.append(r)
        y += h
    pages_rows.append(cur)
    # ensure totals fit on last page
    yl = top + 14 + sum(max(len(c) for c in r) * lh + 3 for r in pages_rows[-1])
    if yl > bottom_last:
        pages_rows.append([])
    npages = len(pages_rows)
    out = []
    for copy in d.copies:
        for pi, prow in enumerate(pages_rows, 1):
            ops = header(d, L, copy, pi, npages)
            # table header
            x = 36
            ops.append(("r", 36, top - 10, 523, 16, True if L.get("dark_head") else False))
            for key, lab, w, al in cols:
                tx = x + 3 if al == "l" else x + w - 3
                ops.append(("t", tx, top + 1, lab, size, True, "l" if al == "l" else "r"))
                x += w
            y = top + 14 + size
            for r in prow:
                x = 36
                for (key, lab, w, al), lines in zip(cols, r):
                    for k, ln in enumerate(lines):
                        tx = x + 3 if al == "l" else x + w - 3
                        ops.append(("t", tx, y + k * lh, ln, size, False, "l" if al == "l" else "r"))
                    x += w
                h = max(len(c) for c in r) * lh + 3
                y += h
                if L.get("row_rules"):
                    ops.append(("l", 36, y - lh + 1, 559, y - lh + 1, 0.3))
            last = pi == npages
            if last:
                ty = max(y + 14, 0)
                ty = bottom_last + 10 if L.get("totals_bottom") else ty
                for k, (lab, val) in enumerate(tl):
                    bold = k == len(tl) - 1
                    ops.append(("t", 450, ty + k * 16, lab, 10 if bold else 9, bold, "r"))
                    ops.append(("t", 555, ty + k * 16, val, 10 if bold else 9, bold, "r"))
            else:
                ops.append(("t", 555, 715, "Continúa en la hoja siguiente", 8, False, "r"))
            ops += footer(d, L, last or L.get("qr_every_page"))
            out.append(ops)
    return out
