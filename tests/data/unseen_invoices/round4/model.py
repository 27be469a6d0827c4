"""Document model: computes every amount (Decimal), the printed strings and the expected contract-v2 object."""
from decimal import Decimal as D
from core import q2, qn, fmt_num, fmt_date, qr_payload, qr_expected

DOC = {"A": ("factura_a", 1), "B": ("factura_b", 6), "C": ("factura_c", 11)}


def rate_str(r, style):
    if style == "pct2":
        return fmt_num(r, 2) + "%"
    if style == "num":
        return fmt_num(r, 2)
    if style == "pct":  # 21% / 10,5%
        s = fmt_num(r, 1)
        return (s[:-2] if s.endswith(",0") else s) + "%"
    if style == "paren":
        return "(" + fmt_num(r, 2) + ")"
    raise ValueError(style)


def build(d):
    """d: document definition (see docs.py). Adds d['rows'], d['totals'], d['expected'], d['qr_url']."""
    mode = d["mode"]  # A_net | A_civa | BC
    ns = d.get("numstyle", "ar")
    colkeys = [c[0] for c in d["columns"]]
    items = d["items"]
    for it in items:
        qty, price = it.get("qty"), it.get("price")
        if it.get("amount") is None:
            bon = it.get("bonif") or D(0)
            it["net"] = q2(qty * price * (1 - bon / 100))
        else:
            it["net"] = it["amount"]
        if mode == "A_civa":
            it["amount"] = q2(it["net"] * (1 + it["rate"] / 100))
        else:
            it["amount"] = it["net"]
    tdisc = d.get("table_discounts", [])   # (desc, amount<0, rate)
    xdisc = d.get("totals_discounts", [])  # (desc, amount<0)
    taxes = d.get("taxes", [])             # (printed label, expected desc, amount)
    vat = []
    if mode in ("A_net", "A_civa"):
        rates = []
        for it in items:
            if not it.get("exempt") and it["rate"] not in rates:
                rates.append(it["rate"])
        for r in sorted(rates, reverse=True):
            if mode == "A_net":
                base = sum((it["net"] for it in items if not it.get("exempt") and it["rate"] == r), D(0))
                base += sum((a for _, a, rr in tdisc if rr == r), D(0))
                vat.append((r, q2(base * r / 100)))
            else:
                vat.append((r, sum((it["amount"] - it["net"] for it in items if it["rate"] == r), D(0))))
    sum_items = sum((it["amount"] for it in items), D(0))
    sum_td = sum((a for _, a, _ in tdisc), D(0))
    sum_xd = sum((a for _, a in xdisc), D(0))
    sum_tax = sum((a for _, _, a in taxes), D(0))
    sum_vat = sum((a for _, a in vat), D(0))
    if mode == "A_net":
        subtotal = sum_items + sum_td
        total = subtotal + sum_xd + sum_vat + sum_tax
    elif mode == "A_civa":
        subtotal = sum((it["net"] for it in items), D(0))
        total = sum_items + sum_td + sum_xd + sum_tax
    else:
        subtotal = sum_items + sum_td
        total = subtotal + sum_xd + sum_tax
    true_total = total
    total = total + d.get("total_delta", D(0))
    exempt_total = sum((it["net"] for it in items if it.get("exempt")), D(0))

    # ---------- printed rows ----------
    pdec = d.get("pdec", 2)
    rs = d.get("rate_style", "pct2")
    rows = []
    for it in items:
        row = []
        for k in colkeys:
            if k == "code":
                row.append(it.get("code") or "")
            elif k == "desc":
                row.append(list(it["desc"]))
            elif k == "qty":
                row.append("" if it.get("qty") is None else fmt_num(it["qty"], it.get("qdec", 2), "plain" if ns == "plain" else "ar") + it.get("qsuffix", ""))
            elif k == "unit":
                row.append(it.get("unit_print", ""))
            elif k == "price":
                row.append("" if it.get("price") is None else fmt_num(it["price"], it.get("pdec", pdec), ns))
            elif k == "bonif":
                row.append(fmt_num(it.get("bonif") or D(0), 2))
            elif k == "rate":
                row.append("Exento" if it.get("exempt") else rate_str(it["rate"], rs))
            elif k == "net":
                row.append(fmt_num(it["net"], 2, ns))
            elif k == "amount":
                row.append(fmt_num(it["amount"], 2, ns))
            else:
                raise ValueError(k)
        rows.append(row)
    for desc, a, _ in tdisc:
        row = []
        for k in colkeys:
            row.append([desc] if k == "desc" else (fmt_num(a, 2, ns) if k in ("amount",) else ""))
        rows.append(row)
    d["rows"] = rows

    # ---------- printed totals ----------
    L = d.get("labels", {})
    tot = []
    if mode in ("A_net", "A_civa"):
        tot.append((L.get("subtotal", "Subtotal:"), fmt_num(subtotal, 2, ns)))
        if exempt_total:
            tot.append((L.get("exento", "Importe Exento:"), fmt_num(exempt_total, 2, ns)))
        for r, a in vat:
            tot.append((L.get("iva", "IVA {r}:").format(r=rate_str(r, "pct")), fmt_num(a, 2, ns)))
    else:
        if d.get("print_subtotal", True):
            tot.append((L.get("subtotal", "Subtotal:"), fmt_num(subtotal, 2, ns)))
    for desc, a in xdisc:
        tot.append((desc + ":", fmt_num(a, 2, ns)))
    for lab, _, a in taxes:
        tot.append((lab, fmt_num(a, 2, ns)))
    for lab, val in d.get("zero_lines", []):
        tot.append((lab, val))
    tot.append((L.get("total", "Importe Total:"), fmt_num(total, 2, d.get("total_style", ns))))
    d["totals"] = tot

    # ---------- QR ----------
    doc_type, code = DOC[d["letter"]]
    qrd = None
    if d.get("qr"):
        ov = d.get("qr_override", {})
        q = {"fecha": d["date"], "cuit": ov.get("cuit", d["cuit"]), "ptoVta": d["pos"], "tipoCmp": code,
             "nroCmp": ov.get("nroCmp", d["number"]), "importe": total + ov.get("importe_delta", D(0)),
             "moneda": "DOL" if d.get("currency") == "USD" else "PES", "ctz": d.get("ctz", D(1)),
             "tipoDocRec": d.get("doc_rec", (80, "20123456786"))[0], "nroDocRec": d.get("doc_rec", (80, "20123456786"))[1],
             "codAut": d["cae"]}
        d["qr_url"] = qr_payload(q, d.get("qr_variant"))
        qrd = qr_expected(q, d.get("qr_variant"))
    else:
        d["qr_url"] = None

    # ---------- expected ----------
    exp_items = []
    for i, it in enumerate(items, 1):
        has_q = "qty" in colkeys and it.get("qty") is not None
        exp_items.append({
            "line": i, "department": None, "description": " ".join(it["desc"]),
            "ean": it.get("code") if it.get("ean") else None,
            "quantity": str(qn(it["qty"], it.get("qdec", 2))) if has_q else None,
            "unit": (it.get("unit") or "un") if has_q else None,
            "unit_price": str(qn(it["price"], it.get("pdec", pdec))) if ("price" in colkeys and it.get("price") is not None) else None,
            "vat_rate": (None if it.get("exempt") else str(qn(it["rate"], 2))) if "rate" in colkeys else None,
            "amount": str(q2(it["amount"])),
        })
    discounts = [{"description": desc, "amount": str(q2(a))} for desc, a, _ in tdisc] + \
                [{"description": desc, "amount": str(q2(a))} for desc, a in xdisc]
    exp = {
        "doc_type": doc_type,
        "merchant": {"name": d["merchant_name"], "cuit": d["cuit"]},
        "pos": d["pos"], "number": d["number"], "issued_at": d["date"],
        "currency": d.get("currency", "ARS"),
        "items": exp_items,
        "discounts": discounts,
        "subtotal": str(q2(subtotal)),
        "discount_total": str(q2(-(sum_td + sum_xd))),
        "total": str(q2(total)),
        "vat": [{"rate": str(qn(r, 2)), "amount": str(q2(a))} for r, a in vat if a != 0],
        "taxes": [{"description": ed, "amount": str(q2(a))} for _, ed, a in taxes if a != 0],
        "payments": [{"method": m, "amount": str(q2(a))} for m, a in d.get("payments", []) if a is not None],
        "prices_include_vat": mode != "A_net",
        "cae": d["cae"] if d.get("cae_printed", True) else None,
        "qr": qrd,
        "warnings": sorted(d.get("warnings", [])),
    }
    d["expected"] = exp
    d["true_total"] = true_total
    return d
