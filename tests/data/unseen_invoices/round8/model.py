"""Document spec -> printed strings (P) + expected JSON (contract v2, every key, contract order)."""
import random
from core import D, q2, make_cuit, ean13, fmt_money, fmt_qty, fmt_date, qr_payload, decode_qr_url

CODES = {"A": (1, "factura_a"), "B": (6, "factura_b"), "C": (11, "factura_c")}

def dash(c): return f"{c[:2]}-{c[2:10]}-{c[10]}"

def rate_str(r, style):
    r = D(r)
    if style == "pct2": return f"{r:.2f}".replace(".", ",") + "%"
    if style == "paren": return "(" + f"{r:.2f}".replace(".", ",") + ")"
    return (f"{r:.1f}".replace(".", ",") if r != r.to_integral() else str(int(r))) + "%"

def build(s):
    rng = random.Random(s["seed"])
    L = s["letter"]; code, doc_type = CODES[L]
    ms = s.get("money", "ar"); qs = "dot" if ms == "dot" else "ar"
    M = lambda x: fmt_money(x, ms)
    cuit = make_cuit(rng, s.get("cuit_prefix", "30"))
    pos = s.get("pos", rng.randrange(1, 20)); number = s.get("number", rng.randrange(100, 60000))
    date = s.get("date") or f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    cae = "7" + "".join(str(rng.randrange(10)) for _ in range(13))
    cae_vto = s.get("cae_vto", fmt_date(date[:8] + f"{min(28, int(date[8:]) + 10):02d}", s.get("datefmt", "dmy/")))
    b = s["buyer"]
    if b.get("doc") == "CUIT":
        bdoc = make_cuit(rng, b.get("prefix", "30")); tdr = 80
    elif b.get("doc") == "DNI":
        bdoc = str(rng.randrange(20000000, 45000000)); tdr = 96
    else:
        bdoc = "0"; tdr = 99
    civa = L == "A" and s.get("a_mode") == "civa"
    # ---- items
    items, rows, rowdisc = [], [], []
    by_rate_net, by_rate_gross = {}, {}
    for it in s["items"]:
        if it.get("rowdisc"):
            amt = -q2(D(it["base"]) * D(it["pct"]) / 100)
            rowdisc.append({"description": it["rowdisc"], "amount": f"{amt:.2f}"})
            rows.append({"kind": "disc", "desc": it["rowdisc"], "amount": M(amt), "_amt": amt})
            continue
        qty = it.get("qty"); unit = it.get("unit")
        price = D(it["price"]); rate = D(it.get("rate", "21"))
        bon = D(it.get("bonif", "0"))
        if qty is None:
            net = price; up = None
        else:
            net = q2(D(qty) * price * (1 - bon / 100)); up = price
        amount = net
        if civa:
            amount = q2(net * (1 + rate / 100))
        by_rate_net[rate] = by_rate_net.get(rate, D(0)) + net
        by_rate_gross[rate] = by_rate_gross.get(rate, D(0)) + amount
        if "amount_override" in it:
            amount = D(it["amount_override"])
        ean = None; codecell = ""
        if it.get("code") == "ean":
            ean = ean13(rng); codecell = ean
        elif it.get("code"):
            codecell = it["code"]
        dec = 3 if unit == "kg" else it.get("qdec", 0)
        qtxt = fmt_qty(qty, dec, qs) if qty is not None else ""
        e_unit = None if qty is None else ("kg" if unit == "kg" else "un")
        e_qty = None if qty is None else f"{D(qty):.{dec}f}"
        rate_printed = s.get("rate_col")
        items.append({"line": len(items) + 1, "department": None, "description": " ".join(it["desc"].split()),
                      "ean": ean, "quantity": e_qty, "unit": e_unit,
                      "unit_price": None if up is None else f"{q2(up):.2f}",
                      "vat_rate": f"{rate:.2f}" if rate_printed else None, "amount": f"{amount:.2f}"})
        rows.append({"kind": "item", "code": codecell, "desc": it["desc"], "qty": qtxt,
                     "unit": (it.get("unit_print") or unit or "") if qty is not None else "",
                     "price": M(up) if up is not None else "", "bonif": fmt_qty(bon, 2, qs) if "bonif" in it or s.get("bonif_col") else "",
                     "rate": rate_str(rate, s.get("rate_style", "pct")), "net": M(net), "amount": M(amount)})
    sum_items = sum(D(i["amount"]) for i in items) + sum(D(r["amount"]) for r in rowdisc)
    subtotal = sum(by_rate_net.values()) if L == "A" else sum_items
    if s.get("subtotal_override") is not None: subtotal = D(s["subtotal_override"])
    totals = []
    disc = []
    for lab, pct in s.get("block_disc", []):
        amt = -q2(subtotal * D(pct) / 100)
        disc.append({"description": lab, "amount": f"{amt:.2f}"})
    dfac = 1 - sum((D(p) for _, p in s.get("block_disc", [])), D(0)) / 100
    vat = []
    if L == "A":
        for r in sorted(by_rate_net, reverse=True):
            v = (by_rate_gross[r] - by_rate_net[r]) if civa else q2(by_rate_net[r] * dfac * r / 100)
            if v: vat.append({"rate": f"{r:.2f}", "amount": f"{v:.2f}"})
    base = subtotal + sum(D(d["amount"]) for d in disc) if L != "A" or not civa else subtotal
    taxes = []
    for lab, desc, pct in s.get("taxes", []):
        taxes.append({"description": desc, "amount": f"{q2(base * D(pct) / 100):.2f}", "_lab": lab})
    if civa:
        total = sum_items + sum(D(t["amount"]) for t in taxes)
    else:
        total = subtotal + sum(D(d["amount"]) for d in disc) + sum(D(t["amount"]) for t in taxes) + \
            (sum(D(v["amount"]) for v in vat) if L == "A" else 0)
    printed_total = total + D(s.get("totals_delta", "0"))
    # totals block (label, value)
    tl = s.get("tlabels", {})
    totals.append((tl.get("subtotal", "Subtotal:" if L != "A" else "Importe Neto Gravado:"), M(subtotal)))
    for d_ in disc: totals.append((d_["description"] + ":", M(D(d_["amount"]))))
    for v in vat:
        totals.append((tl.get("vat", "IVA {r}:").format(r=rate_str(D(v["rate"]), "pct")), M(D(v["amount"]))))
    for z in s.get("zero_lines", []): totals.append((z, M(0)))
    for t in taxes: totals.append((t["_lab"], M(D(t["amount"]))))
    totals.append((tl.get("total", "Importe Total:"), M(printed_total)))
    # QR
    qr = None; qr_url = None; warnings = []
    if s.get("qr", True) is not False:
        cur = s.get("currency", "ARS")
        qp = {"fecha": date, "cuit": cuit, "ptoVta": pos, "tipoCmp": code, "nroCmp": number, "importe": printed_total,
              "moneda": "DOL" if cur == "USD" else "PES", "ctz": s.get("ctz", 1), "tipoDocRec": tdr,
              "nroDocRec": bdoc, "codAut": cae}
        for k, v in s.get("qr_flag", {}).items():
            qp[k] = v(qp[k]) if callable(v) else v
        qr_url = qr_payload(qp, s.get("qr") if isinstance(s.get("qr"), str) else "")
        qr = decode_qr_url(qr_url)
        if s.get("qr_flag"): warnings.append("qr_mismatch")
    if s.get("totals_delta"): warnings.append("totals_mismatch")
    for t in taxes: t.pop("_lab")
    exp = {"doc_type": doc_type, "merchant": {"name": " ".join(s["issuer"]["razon"].split()), "cuit": cuit},
           "pos": pos, "number": number, "issued_at": date, "currency": s.get("currency", "ARS"),
           "items": items, "discounts": rowdisc + disc, "subtotal": f"{q2(subtotal):.2f}",
           "discount_total": f"{-sum(D(x['amount']) for x in rowdisc + disc):.2f}",
           "total": f"{q2(printed_total):.2f}", "vat": vat, "taxes": taxes, "payments": [],
           "prices_include_vat": (not (L == "A" and not civa)), "cae": cae, "qr": qr, "warnings": warnings}
    # ---- printed strings
    iss = s["issuer"]; nst = s.get("numfmt", "pv_nro")
    p4, n8 = f"{pos:04d}", f"{number:08d}"; p5 = f"{pos:05d}"
    numline = {"pv_nro": [f"Punto de Venta: {p4}", f"Comp. Nro: {n8}"], "n_dash": [f"Nº {p4}-{n8}"],
               "comp": [f"Comprobante: {p5}-{n8}"], "ptovta": [f"Pto. Vta.: {p5} - Nro.: {n8}"],
               "nro": [f"Nro. {p4}-{n8}"], "ncomp": [f"N° Comprobante {p5}-{n8}"],
               "n_sp": [f"N° {p4} - {n8}"]}[nst]
    cuitline = s.get("cuitfmt", "CUIT: {d}").format(d=dash(cuit), c=cuit)
    P = {"letter": L, "codelabel": s.get("codelabel", {"A": "COD. 01", "B": "COD. 06", "C": "COD. 011"}[L]),
         "title": s.get("title", "FACTURA"), "numlines": numline,
         "dateline": s.get("datelabel", "Fecha de Emisión:") + " " + fmt_date(date, s.get("datefmt", "dmy/")),
         "cuitline": cuitline, "iss_top": [], "iss_more": [], "inv_more": [], "buyer": [],
         "rows": rows, "totals": totals, "qr_url": qr_url, "copies": s.get("copies", [""]),
         "cae": [f"CAE N°: {cae}", f"Fecha de Vto. de CAE: {cae_vto}"]}
    if iss.get("fantasy"):
        P["iss_top"] = [(iss["fantasy"], 15, True)]
        P["iss_more"].append(f"Razón Social: {iss['razon']}")
    else:
        P["iss_top"] = [(iss["razon"], 13, True)]
    P["iss_more"] += iss.get("addr", [])
    P["iss_more"].append(f"Condición frente al IVA: {iss['cond']}")
    if s.get("cuit_in_issuer"): P["iss_more"].append(cuitline)
    P["inv_more"] = ([] if s.get("cuit_in_issuer") else [cuitline]) + \
        [f"Ingresos Brutos: {iss.get('iibb', 'Exento' if L == 'C' else cuit[:2] + '-' + cuit[2:10])}",
         f"Inicio de Actividades: {iss.get('inicio', '01/03/2015')}"]
    bl = b.get("label", "Señor(es):")
    P["buyer"].append(f"{bl} {b['name']}")
    if b.get("doc") == "CUIT": P["buyer"].append(f"CUIT: {dash(bdoc)}")
    elif b.get("doc") == "DNI": P["buyer"].append(f"DNI: {bdoc}")
    P["buyer"].append(f"Condición frente al IVA: {b.get('cond', 'Consumidor Final')}")
    if b.get("addr"): P["buyer"].append(f"Domicilio: {b['addr']}")
    P["buyer"].append(f"Condición de venta: {b.get('venta', 'Contado')}")
    if s.get("currency") == "USD":
        P["buyer"].append(f"Moneda: USD   Tipo de cambio: {fmt_money(D(s['ctz']), 'ar')}")
    P["cols"] = s["cols"]
    P["notes"] = s.get("notes", [])
    return exp, P
