"""pdfme 0.4.12: a flowing document (paragraphs, tables with borders, the QR as a PNG image in a table
cell), built from a Doc with pdfme's own layout engine (no coordinates)."""
from pdfme import build_pdf
from core import dash_cuit, date_str, money, qty_str, rate_str


def R(s, **st):
    return {".": str(s), "style": dict(text_align="r", **st)}


def B(s, **st):
    return {".b": str(s), "style": st} if st else {".b": str(s)}


def render(doc, out, png):
    L = doc.o.get("layout", {})
    iss = doc.issuer
    m = doc.m
    ns = L.get("num_style", "pv")
    pv, nro = doc.pos, doc.number
    numtxt = {"pv": f"Punto de Venta: {pv:05d}  Comp. Nro: {nro:08d}", "dash": f"Nº {pv:04d}-{nro:08d}",
              "comp": f"Comprobante: {pv:05d}-{nro:08d}", "fn": f"Factura N° {pv:04d} - {nro:08d}"}[ns]
    left = [{".b": iss["name"], "style": {"s": 12}}] + [{".": a} for a in iss.get("addr", [])] + \
           [{".": iss.get("cond", "IVA Responsable Inscripto")}]
    right = [{".b": f"FACTURA {doc.kind}", "style": {"s": 12, "text_align": "r"}}, R(numtxt),
             R(f"Fecha de Emisión: {date_str(doc.date, L.get('date_fmt', 'dmy/'))}"),
             R(f"CUIT: {dash_cuit(doc.issuer_cuit)}"), R(f"Ingresos Brutos: {doc.issuer_cuit[2:10]}"),
             R("Inicio de Actividades: 01/07/2018")]
    letter = [{".b": doc.kind, "style": {"s": 26, "text_align": "c"}},
              {".": f"COD. {doc.doc_code:02d}", "style": {"s": 6, "text_align": "c"}}]
    header = {"widths": [4.4, 1.2, 4.4], "style": {"border_width": 0, "s": 8.5},
              "table": [[{"content": left}, {"content": letter, "style": {"border_width": 1}}, {"content": right}]]}
    b = doc.buyer or {"name": "Consumidor Final", "cond": "Consumidor Final"}
    idtxt = f"CUIT: {dash_cuit(b['cuit'])}" if b.get("cuit") else (f"DNI: {b['dni']}" if b.get("dni") else "")
    buyer = {"widths": [6, 4], "style": {"border_width": 0, "s": 8.5, "cell_fill": 0.93},
             "table": [[f"Señor(es): {b['name']}", R(idtxt)],
                       [f"Condición frente al IVA: {b.get('cond', 'Consumidor Final')}",
                        R(f"Condición de venta: {b.get('pay', 'Contado')}")]]}
    cols = [c for c in doc.cols() if c != "code" or any(i.code for i in doc.items)]
    labels = {"code": "Código", "desc": "Descripción", "qty": "Cantidad", "price": "Precio Unitario",
              "rate": "Alícuota", "amount": "Importe" if doc.kind != "A" else "Subtotal"}
    widths = {"code": 1.2, "desc": 5, "qty": 1.3, "price": 1.8, "rate": 1.1, "amount": 1.8}
    rows = [[B(labels[c]) if c in ("code", "desc") else {".b": labels[c], "style": {"text_align": "r"}} for c in cols]]
    for it in doc.items:
        row = []
        for c in cols:
            if c == "code":
                row.append(it.code or "")
            elif c == "desc":
                row.append(it.desc)
            elif c == "qty":
                row.append(R("" if it.qty is None else qty_str(it.qty, doc.style, it.unit) + (" kg" if it.unit == "kg" else "")))
            elif c == "price":
                row.append(R("" if it.price is None else m(it.price)))
            elif c == "rate":
                row.append(R(rate_str(it.rate, "pct")))
            elif c == "amount":
                row.append(R(m(doc.amount_of(it))))
        rows.append(row)
    items = {"widths": [widths[c] for c in cols], "style": {"s": 8.5, "border_width": 0.5, "margin_bottom": 10},
             "table": rows}
    trows = [["", ("Importe Neto Gravado:" if doc.kind == "A" else "Subtotal:"), R(m(doc.subtotal))]]
    for lab, a in doc.discounts:
        trows.append(["", lab + ":", R(m(a))])
    if doc.kind == "A":
        for r, a in doc.vat:
            trows.append(["", f"IVA {rate_str(r, 'pct')}:", R(m(a))])
    for lab, a in doc.taxes:
        trows.append(["", lab + ":", R(m(a))])
    trows.append(["", B("TOTAL:"), {".b": m(doc.printed_total), "style": {"text_align": "r"}}])
    totals = {"widths": [5, 3, 2], "style": {"border_width": 0, "s": 9, "margin_bottom": 14}, "table": trows}
    cae = [{".b": "Comprobante Autorizado"}, {".": f"CAE N°: {doc.cae}"},
           {".": f"Fecha de Vto. de CAE: {date_str(doc.cae_vto, 'dmy/')}"}]
    foot = {"widths": [1.6, 8.4], "style": {"border_width": 0, "s": 9},
            "table": [[{"image": png} if png else "", {"content": cae}]]}
    document = {
        "style": {"page_size": "a4", "margin": [40, 45], "s": 8.5, "f": "Helvetica", "text_align": "l",
                  "margin_bottom": 6},
        "sections": [{"content": [header, {".": ""}, buyer, {".": ""}, items, totals, foot,
                                  {".": "Esta factura contribuye al desarrollo del país.", "style": {"s": 7}}]}],
    }
    with open(out, "wb") as f:
        build_pdf(document, f)
