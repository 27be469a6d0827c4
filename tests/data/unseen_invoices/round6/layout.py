"""Turn a document into a neutral layout spec (blocks of lines, a table, totals) that each generator draws."""
from datetime import timedelta

from core import fmt_money, fmt_num, fmt_date, fmt_rate, dash_cuit

COLNAMES = {"code": "Código", "desc": "Descripción", "qty": "Cant.", "unit": "U. Medida", "price": "Precio Unit.",
            "bonif": "% Bonif", "rate": "Alícuota IVA", "net": "Subtotal", "amount": "Importe"}
RIGHT = {"qty", "price", "bonif", "rate", "net", "amount"}


def number_label(doc):
    p, n, s = doc["pos"], doc["number"], doc.get("numlabel", "pv_comp")
    if s == "pv_comp":
        return f"Punto de Venta: {p:04d}   Comp. Nro: {n:08d}"
    if s == "n":
        return f"Nº {p:04d}-{n:08d}"
    if s == "factura_n":
        return f"FACTURA {doc['letter']} N° {p:05d}-{n:08d}"
    if s == "comprobante":
        return f"Comprobante Nro. {p:04d}-{n:08d}"
    if s == "nro":
        return f"Nro: {p:04d}-{n:08d}"
    raise ValueError(s)


def build(doc):
    st = doc.get("money", "ar")
    m = lambda d: fmt_money(d, st)
    A = doc["letter"] == "A"
    sp = {}
    sp["issuer_pos"] = doc.get("issuer_pos", "left")
    iss = []
    if doc.get("razon_label"):
        iss.append(("b", doc.get("trade", doc["name"])))
        iss.append(("n", "Razón Social: " + doc["name"]))
    else:
        iss.append(("b", doc["name"]))
    iss += [("n", l) for l in doc["issuer_extra"]]
    sp["issuer"] = iss
    sp["letter"] = doc["letter"]
    sp["code_text"] = doc.get("code_fmt", "COD. {:03d}").format(doc["code"])
    title = []
    if doc.get("numlabel") != "factura_n":
        title.append(("b", doc.get("title_word", "FACTURA")))
    title.append(("b" if doc.get("numlabel") == "factura_n" else "n", number_label(doc)))
    title.append(("n", doc.get("date_label", "Fecha de Emisión:") + " " + fmt_date(doc["date"], doc.get("date_fmt", "%d/%m/%Y"))))
    title.append(("n", "CUIT: " + dash_cuit(doc["cuit"])))
    title.append(("n", "Ingresos Brutos: " + doc.get("iibb", doc["cuit"][2:10])))
    title.append(("n", "Inicio de Actividades: " + doc.get("inicio", "01/04/2016")))
    sp["title"] = title
    sp["buyer"] = doc["buyer"]
    sp["extra"] = doc.get("extra", [])
    cols = doc["cols"]
    names = dict(COLNAMES)
    names.update(doc.get("colnames", {}))
    sp["head"] = [names[c] for c in cols]
    sp["aligns"] = ["r" if c in RIGHT else "l" for c in cols]
    sp["colkeys"] = cols
    rows = []
    for it in doc["items"]:
        r = []
        for c in cols:
            if c == "code":
                r.append(it.ean or it.code or "")
            elif c == "desc":
                r.append(it.desc)
            elif c == "qty":
                s = it.qty_str() if it.qty is not None else ""
                if it.unit == "kg" and "unit" not in cols and it.qty is not None:
                    s += " kg"
                r.append(s)
            elif c == "unit":
                r.append(it.unit_word or ("kg" if it.unit == "kg" else "un"))
            elif c == "price":
                r.append(it.price_str(st) if it.price is not None else "")
            elif c == "bonif":
                r.append(fmt_num(it.bonif) if it.bonif else "0,00")
            elif c == "rate":
                r.append(fmt_rate(it.rate, doc.get("rate_style", "pct2")))
            elif c == "net":
                r.append(m(it.amount))
            elif c == "amount":
                r.append(m(it.civa if (A and doc["pia"]) else it.amount))
        rows.append(r)
    for lab, amt in doc.get("row_discounts", []):
        r = ["" for _ in cols]
        r[cols.index("desc")] = lab
        r[cols.index("amount")] = m(amt)
        rows.append(r)
    sp["rows"] = rows
    tot = []
    tot.append((doc.get("subtotal_label", "Subtotal:"), m(doc["subtotal"])))
    for d in doc.get("tot_discounts", []):
        tot.append((d[2] if len(d) > 2 else d[0] + ":", m(d[1])))
    if A:
        ex = sum((i.amount for i in doc["items"] if i.exempt), 0)
        if ex:
            tot.append(("Importe Exento:", m(ex)))
        for rt, a in doc["vat"]:
            tot.append((f"IVA {fmt_rate(rt, 'pct')}:", m(a)))
    for t in doc.get("taxes", []):
        tot.append((t[2] if len(t) > 2 else t[0] + ":", m(t[1])))
    tot.append((doc.get("total_label", "Importe Total:"), m(doc["total"])))
    sp["totals"] = tot
    sp["total_str"] = m(doc["total"])
    sp["totals_style"] = doc.get("totals_style", "column")
    foot = []
    for p in doc.get("payments", []):
        foot.append(f"{p[0]} {m(p[1])}")
    foot += doc.get("foot_extra", [])
    foot.append(f"CAE N°: {doc['cae']}")
    foot.append("Fecha de Vto. de CAE: " + (doc["date"] + timedelta(days=10)).strftime("%d/%m/%Y"))
    sp["footer"] = foot
    sp["copies"] = doc.get("copies")
    return sp


def to_text(sp, width=96):
    """Monospace rendering (texttopdf)."""
    L = []
    W = width
    box = ["+-----+", f"|  {sp['letter']}  |", "+-----+", sp["code_text"]]
    iss = [t for _, t in sp["issuer"]]
    tit = [t for _, t in sp["title"]]
    if sp["issuer_pos"] == "center":
        for t in iss:
            L.append(t.center(W).rstrip())
        L.append("")
        for k in range(max(len(box), len(tit))):
            a = box[k] if k < len(box) else ""
            b = tit[k] if k < len(tit) else ""
            L.append((a.ljust(14) + b).rstrip())
    else:
        left, right = (iss, tit) if sp["issuer_pos"] == "left" else (tit, iss)
        for k in range(max(len(left), len(right), len(box))):
            a = left[k] if k < len(left) else ""
            b = box[k] if k < len(box) else ""
            c = right[k] if k < len(right) else ""
            L.append((a.ljust(46) + b.center(10) + "  " + c).rstrip())
    L.append("-" * W)
    L += sp["buyer"]
    L += sp["extra"]
    L.append("-" * W)
    rows = [sp["head"]] + sp["rows"]
    ncol = len(sp["head"])
    di = sp["colkeys"].index("desc")
    widths = []
    for c in range(ncol):
        widths.append(max(len(r[c]) for r in rows) if c != di else 0)
    widths[di] = max(12, W - sum(widths) - 2 * (ncol - 1))
    import textwrap

    def line(cells):
        out = []
        for c, v in enumerate(cells):
            out.append(v.rjust(widths[c]) if sp["aligns"][c] == "r" else v.ljust(widths[c]))
        return "  ".join(out).rstrip()
    L.append(line(sp["head"]))
    L.append("-" * W)
    for r in sp["rows"]:
        parts = textwrap.wrap(r[di], widths[di]) or [""]
        first = list(r)
        first[di] = parts[0]
        L.append(line(first))
        for p in parts[1:]:
            cont = [""] * ncol
            cont[di] = p
            L.append(line(cont))
    L.append("-" * W)
    for lab, v in sp["totals"]:
        L.append((lab.rjust(W - 20) + v.rjust(20)))
    L.append("")
    L += sp["footer"]
    return "\n".join(L) + "\n"
