"""Builds one invoice: the printed model (blocks of text, a table, totals) and the expected contract-v2 object."""
import datetime
from decimal import Decimal as D
from core import q2, money, fmt_num, fmt_date, dash_cuit, qr_payload, decode_qr_url, make_cuit

LETTER_CODE = {"A": 1, "B": 6, "C": 11}


class Item:
    def __init__(self, desc, qty=None, price=None, rate=None, code=None, ean=None, unit=None, bonif=None,
                 amount=None, qdec=0, pdec=2):
        self.desc, self.qty, self.price, self.rate = desc, qty, price, rate
        self.code, self.ean, self.unit, self.bonif = code, ean, unit, bonif
        self.amount_fixed, self.qdec, self.pdec = amount, qdec, pdec


def build(name, gen, kind, rng, *, merchant, cuit, issuer_extra, pos, number, date, items,
          date_style="slash", money_style="ar", number_label=None, date_label="Fecha de Emisión:",
          letter_style="box", letter_code_text=None, issuer_align="left", buyer_lines=(), extra_lines=(),
          columns=None, taxes=(), discount=None, table_discount=None, totals_style="column",
          total_label="TOTAL:", subtotal_label="Subtotal:", civa=False, show_rate=False,
          currency="ARS", qr=True, qr_variant=None, qr_tamper=None, total_tamper=None,
          qr_size=80, copies=None, repeat_header=True, rows_per_page=None, cond_venta=None,
          merchant_label=None, footer_extra=(), payments=(), doc_title="FACTURA", vat_label="IVA {r}%:",
          show_vat_block=None, ctz=None, cae_label="CAE N°:", cae_due_label="Fecha Vto. CAE:",
          qr_page="first", buyer_cuit=None, net_label="Importe Neto Gravado:", exempt_label=None):
    code = LETTER_CODE[kind]
    ms = money_style
    exp_items, rows = [], []
    nets = {}  # rate -> net (A) for vat
    exempt = D(0)
    sum_amount = D(0)
    has_unit_col = columns is not None and "unit" in columns
    for i, it in enumerate(items, 1):
        # amounts
        if it.qty is not None:
            base = it.qty * it.price
            if it.bonif:
                base = base * (1 - it.bonif / 100)
            net = q2(base)
        else:
            net = q2(it.price) if it.amount_fixed is None else it.amount_fixed
        if it.amount_fixed is not None:
            net = it.amount_fixed
        if kind == "A":
            if it.rate is None:
                exempt += net
            else:
                nets[it.rate] = nets.get(it.rate, D(0)) + net
            amount = q2(net * (1 + it.rate / 100)) if (civa and it.rate is not None) else net
        else:
            amount = net
        sum_amount += amount
        it.net, it.amount = net, amount
        exp_items.append({
            "line": i, "department": None, "description": " ".join(it.desc.split("\n")).strip(),
            "ean": it.ean,
            "quantity": (fmt_num(it.qty, it.qdec, False).replace(",", ".") if it.qty is not None else None),
            "unit": (None if it.qty is None else (it.unit if has_unit_col or it.unit == "kg" else None)),
            "unit_price": (str(D(it.price).quantize(D(1).scaleb(-it.pdec))) if it.qty is not None else None),
            "vat_rate": (str(D(it.rate).quantize(D("0.01"))) if (show_rate and it.rate is not None) else None),
            "amount": str(amount),
        })
    # discounts
    discounts, disc_total = [], D(0)
    if table_discount:
        label, amt = table_discount
        discounts.append({"description": label, "amount": str(-amt)})
        disc_total += amt
        if kind == "A":
            # net discount on the single rate present
            r = list(nets)[0]
            nets[r] -= amt
    subtotal = sum_amount - (table_discount[1] if table_discount else 0)
    if kind == "A" and not civa:
        subtotal = sum(nets.values()) + exempt
    vat = []
    vat_total = D(0)
    if kind == "A":
        for r in sorted(nets, reverse=True):
            if civa:
                v = sum(it.amount - it.net for it in items if it.rate == r)
            else:
                v = q2(nets[r] * r / 100)
            vat.append({"rate": str(D(r).quantize(D("0.01"))), "amount": str(v)})
            vat_total += v
    if discount:
        label, pct = discount
        amt = q2(subtotal * pct / 100)
        discounts.append({"description": label, "amount": str(-amt)})
        disc_total += amt
    tax_list = []
    base_for_tax = (sum(nets.values()) if kind == "A" else subtotal - (discount and disc_total or 0))
    base_for_tax = sum(nets.values()) if kind == "A" else subtotal - (disc_total if discount else 0)
    taxes = [(t[0], t[1], q2(base_for_tax * t[2] / 100)) for t in taxes]
    for t in taxes:
        label, rate_txt, amt = t
        tax_list.append({"description": label, "amount": str(amt)})
    tax_total = sum((t[2] for t in taxes), D(0))
    if kind == "A":
        total = sum(nets.values()) + exempt + vat_total + tax_total - (disc_total if discount else 0)
    else:
        total = subtotal - (disc_total if discount else 0) + tax_total
    printed_total = total + (total_tamper or 0)
    warnings = []
    if total_tamper:
        warnings.append("totals_mismatch")
    # ---------- printed model ----------
    num_txt = f"{pos:04d}-{number:08d}"
    if number_label is None:
        number_label = "Punto de Venta: {pos4}  Comp. Nro: {num8}"
    nl = number_label.format(pos4=f"{pos:04d}", pos5=f"{pos:05d}", num8=f"{number:08d}", letter=kind)
    cae = "".join(str(rng.randrange(10)) for _ in range(14))
    cae = "7" + cae[1:]
    cae_due = date + datetime.timedelta(days=10)
    issuer = []
    if merchant_label:
        issuer.append((merchant_label + " " + merchant, True))
    else:
        issuer.append((merchant, True))
    issuer += [(l, False) for l in issuer_extra]
    title = [(doc_title, True), (nl, False), (f"{date_label} {fmt_date(date, date_style)}", False),
             (f"CUIT: {dash_cuit(cuit)}", False)]
    if letter_code_text is None:
        letter_code_text = {"A": "COD. 01", "B": "COD. 06", "C": "COD. 11"}[kind]
    # columns
    if columns is None:
        columns = ["code", "desc", "qty", "price", "amount"]
    colnames = {"code": "Código", "desc": "Descripción", "qty": "Cant.", "unit": "U. Medida",
                "price": "Precio Unit.", "bonif": "% Bonif", "rate": "IVA %", "amount": "Importe",
                "net": "Subtotal", "civa": "Subtotal c/IVA"}
    cols = []
    for c in columns:
        if isinstance(c, tuple):
            cols.append(c)
        else:
            cols.append((c, colnames[c]))
    for it in items:
        r = []
        for key, _ in cols:
            if key == "code":
                r.append(it.ean or it.code or "")
            elif key == "desc":
                r.append(it.desc)
            elif key == "qty":
                if it.qty is None:
                    r.append("")
                else:
                    s = fmt_num(it.qty, it.qdec, thousands=False)
                    r.append(s + (" kg" if (it.unit == "kg" and not has_unit_col) else ""))
            elif key == "unit":
                r.append({"kg": "kg", "un": getattr(it, "unit_word", "unidades")}.get(it.unit, "") if it.qty is not None else "")
            elif key == "price":
                r.append(money(it.price, ms, it.pdec) if it.qty is not None else "")
            elif key == "bonif":
                r.append(fmt_num(it.bonif or 0, 2))
            elif key == "rate":
                r.append("Exento" if it.rate is None else (fmt_num(it.rate, 2) + "%" if it.rate != 10.5 else "10,5%"))
            elif key == "amount":
                r.append(money(it.amount, ms))
            elif key == "net":
                r.append(money(it.net, ms))
            elif key == "civa":
                r.append(money(it.amount, ms))
        rows.append(r)
    if table_discount:
        r = []
        for key, _ in cols:
            r.append(table_discount[0] if key == "desc" else (money(-table_discount[1], ms) if key in ("amount", "net", "civa") else ""))
        rows.append(r)
    totals = []
    if kind == "A":
        totals.append((subtotal_label if not civa else net_label, money(sum(nets.values()) + exempt if civa else subtotal, ms)))
        if exempt and exempt_label:
            totals.append((exempt_label, money(exempt, ms)))
        for v in vat:
            r = D(v["rate"])
            rtxt = "10,5" if r == D("10.5") else fmt_num(r, 0)
            totals.append((vat_label.format(r=rtxt), money(D(v["amount"]), ms)))
    else:
        totals.append((subtotal_label, money(subtotal, ms)))
    if discount:
        totals.append((discount[0] + ":", money(-disc_total, ms)))
    for t in taxes:
        totals.append((t[0] + (" " + t[1] if t[1] else "") + ":", money(t[2], ms)))
    totals.append((total_label, money(printed_total, ms)))
    footer = [f"{cae_label} {cae}", f"{cae_due_label} {fmt_date(cae_due, 'slash')}"] + list(footer_extra)
    # payments
    payments = [(m, a if a is not None else printed_total) for m, a in payments]
    if ctz:
        footer = [f.replace("{pesos}", money(q2(printed_total * ctz), "dollar")) for f in footer]
    pay_exp = []
    for p in payments:
        pay_exp.append({"method": p[0], "amount": str(p[1])})
    # QR
    qr_url, qr_exp = None, None
    if qr:
        fields = {"ver": 1, "fecha": date.isoformat(), "cuit": int(cuit), "ptoVta": pos, "tipoCmp": code,
                  "nroCmp": number, "importe": float(printed_total), "moneda": "PES" if currency == "ARS" else "DOL",
                  "ctz": float(ctz) if ctz else 1, "tipoDocRec": 99 if kind != "A" else 80,
                  "nroDocRec": 0, "tipoCodAut": "E", "codAut": int(cae)}
        if buyer_cuit:
            fields["tipoDocRec"], fields["nroDocRec"] = 80, int(buyer_cuit)
        warn = None
        if qr_tamper:
            k, v = qr_tamper
            fields[k] = v
            warnings.append("qr_mismatch")
        qr_url = qr_payload(fields, qr_variant)
        qr_exp = decode_qr_url(qr_url)
    expected = {
        "doc_type": {"A": "factura_a", "B": "factura_b", "C": "factura_c"}[kind],
        "merchant": {"name": merchant, "cuit": cuit},
        "pos": pos, "number": number,
        "issued_at": date.isoformat(),
        "currency": currency,
        "items": exp_items,
        "discounts": discounts,
        "subtotal": str(subtotal if not (kind == "A" and civa) else sum(nets.values()) + exempt),
        "discount_total": str(q2(disc_total)),
        "total": str(printed_total),
        "vat": vat,
        "taxes": tax_list,
        "payments": pay_exp,
        "prices_include_vat": (kind != "A") or civa,
        "cae": cae,
        "qr": qr_exp,
        "warnings": warnings,
    }
    model = dict(name=name, gen=gen, kind=kind, letter_code=letter_code_text, letter_style=letter_style,
                 issuer=issuer, issuer_align=issuer_align, title=title, buyer=list(buyer_lines),
                 extra=list(extra_lines), cols=cols, rows=rows, totals=totals, totals_style=totals_style,
                 footer=footer, qr=qr_url, qr_size=qr_size, copies=copies, repeat_header=repeat_header,
                 rows_per_page=rows_per_page, cond_venta=cond_venta, payments=[(p[0], money(p[1], ms)) for p in payments],
                 qr_page=qr_page, code=code)
    return model, expected
