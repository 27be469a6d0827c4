"""HTML layouts (printed by Chromium, wkhtmltopdf or PyMuPDF Story)."""
from __future__ import annotations

import base64
import html
import io

import segno

from model import Invoice, dash_cuit, fdate, fnum

E = html.escape


def qr_png_b64(payload: str, scale: int = 4) -> str:
    buf = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(buf, kind="png", scale=scale, border=4)
    return base64.b64encode(buf.getvalue()).decode()


def qr_svg(payload: str, size_mm: int = 30) -> str:
    buf = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(buf, kind="svg", scale=4, border=4, xmldecl=False,
                                                     svgns=True, nl=False)
    s = buf.getvalue().decode()
    import re
    w = re.search(r'width="(\d+)"', s).group(1)
    h = re.search(r'height="(\d+)"', s).group(1)
    s = re.sub(r'width="\d+" height="\d+"', f'viewBox="0 0 {w} {h}" width="{size_mm}mm" height="{size_mm}mm"', s, count=1)
    return s


def qr_html(inv: Invoice, mode: str, size_mm: int = 30, src: str | None = None) -> str:
    if not inv.qr_payload or mode == "none":
        return ""
    if mode == "svg":
        return qr_svg(inv.qr_payload, size_mm)
    if src:
        return f'<img src="{src}" width="{size_mm * 3.78:.0f}" height="{size_mm * 3.78:.0f}">'
    return (f'<img src="data:image/png;base64,{qr_png_b64(inv.qr_payload)}" '
            f'style="width:{size_mm}mm;height:{size_mm}mm">')


def money(x, o) -> str:
    return o.get("cur", "$ ") + fnum(x, o.get("num", "ar"))


def plain(x, o) -> str:
    return fnum(x, o.get("num", "ar"))


# ------------------------------------------------------------------ item table
COLS = {
    "code": "Código", "desc": "Producto / Servicio", "qty": "Cantidad", "unit": "U. Medida",
    "price": "Precio Unit.", "bonif": "% Bonif", "impbonif": "Imp. Bonif.", "net": "Subtotal",
    "rate": "Alícuota IVA", "incl": "Subtotal c/IVA", "amount": "Importe",
}


def cell(inv: Invoice, it, c: str, o) -> str:
    n = o.get("num", "ar")
    if c == "code":
        return E(it.code)
    if c == "desc":
        return E(it.desc)
    if c == "qty":
        return fnum(it.qty, n if n != "us" else "us", it.qty_dec)
    if c == "unit":
        return E(it.unit_label)
    if c == "price":
        return fnum(it.unit_price, n)
    if c == "bonif":
        return fnum(it.bonif, n)
    if c == "impbonif":
        from model import q2
        return fnum(q2(it.qty * it.unit_price) - it.net if inv.letter == "A" else q2(it.qty * it.unit_price) - it.incl, n)
    if c == "net":
        return fnum(it.net, n)
    if c == "rate":
        r = fnum(it.rate, n)
        return o.get("rate_fmt", "{}%").format(r if o.get("rate_dec", True) else r.split(",")[0].split(".")[0])
    if c == "incl":
        return fnum(it.incl, n)
    if c == "amount":
        return fnum(it.net if inv.letter == "A" and not inv.prices_include_vat else it.incl, n)
    raise KeyError(c)


def items_table(inv: Invoice, o, items=None, with_disc=True) -> str:
    cols = o["cols"]
    names = {**COLS, **o.get("colnames", {})}
    items = inv.items if items is None else items
    th = "".join(f'<th class="c-{c}">{E(names[c])}</th>' for c in cols)
    rows = []
    for it in items:
        rows.append("<tr>" + "".join(f'<td class="c-{c}">{cell(inv, it, c, o)}</td>' for c in cols) + "</tr>")
    if with_disc and inv.discount_in_table:
        for d, a in inv.discounts:
            tds = []
            for c in cols:
                if c == "desc":
                    tds.append(f'<td class="c-desc">{E(d)}</td>')
                elif c == cols[-1]:
                    tds.append(f'<td class="c-{c}">{plain(a, o)}</td>')
                else:
                    tds.append(f'<td class="c-{c}"></td>')
            rows.append("<tr>" + "".join(tds) + "</tr>")
    return f'<table class="items"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def totals_rows(inv: Invoice, o) -> list[tuple[str, str]]:
    """(label, value) pairs of the totals block in the document's order."""
    rows: list[tuple[str, str]] = []
    lab = o.get("labels", {})
    A = inv.letter == "A"
    if A and inv.prices_include_vat:
        rows.append((lab.get("net", "Importe Neto Gravado:"), money(inv.subtotal, o)))
        for r in o.get("all_rates", []):
            amt = dict(inv.vat).get(r, 0)
            rows.append((f"IVA {fnum(r, 'ar')}%:", money(amt, o)))
        if not o.get("all_rates"):
            for r, a in inv.vat:
                rows.append((f"IVA {fnum(r, 'ar')}%:", money(a, o)))
        for d, labl, a in inv.taxes:
            rows.append((labl, money(a, o)))
        for z in inv.zero_taxes:
            rows.append((z, money(0, o)))
        rows.append((lab.get("total", "Importe Total:"), money(inv.printed_total or inv.total, o)))
        return rows
    rows.append((lab.get("sub", "Subtotal:"), money(inv.subtotal, o)))
    if not inv.discount_in_table:
        for d, a in inv.discounts:
            rows.append((d + ":", money(a, o)))
    if A:
        if inv.discounts and o.get("show_net", True):
            rows.append((lab.get("net", "Neto Gravado:"), money(inv.subtotal + sum(a for _, a in inv.discounts), o)))
        for r, a in inv.vat:
            if inv.vat_total_rate_printed:
                rl = fnum(r, "ar") if o.get("rate_dec", True) else fnum(r, "ar").replace(",00", "")
                rows.append((o.get("vat_fmt", "IVA {}%:").format(rl), money(a, o)))
            else:
                rows.append((lab.get("vat", "IVA:"), money(a, o)))
    for d, labl, a in inv.taxes:
        rows.append((labl, money(a, o)))
    for z in inv.zero_taxes:
        rows.append((z, money(0, o)))
    rows.append((lab.get("total", "TOTAL:"), money(inv.printed_total or inv.total, o)))
    return rows


COND = {"A": "IVA Responsable Inscripto", "B": "IVA Responsable Inscripto", "C": "Responsable Monotributo"}

BASE_CSS = """
@page { size: A4; margin: 12mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #111; }
table { border-collapse: collapse; }
.items { width: 100%; margin-top: 4mm; }
.items th { background: #ddd; border: 1px solid #777; padding: 2px 3px; font-size: 8pt; }
.items td { border-bottom: 1px solid #ccc; padding: 2px 3px; vertical-align: top; }
.c-desc { text-align: left; width: 40%; }
.c-qty, .c-price, .c-net, .c-incl, .c-amount, .c-bonif, .c-impbonif, .c-rate { text-align: right; white-space: nowrap; }
.pb { page-break-after: always; }
"""


# ------------------------------------------------------------------ AFIP-like boxed layout
def afip_page(inv: Invoice, o, copy: str, items=None, last=True, page=(1, 1)) -> str:
    L = inv.letter
    iss, buy = inv.issuer, inv.buyer
    buyer_id = (f"<b>CUIT:</b> {buy.cuit}" if buy.cuit else f"<b>DNI:</b> {buy.doc_num}")
    tot = "".join(f'<tr><td class="tl">{E(a)}</td><td class="tv">{b}</td></tr>' for a, b in totals_rows(inv, o)) if last else ""
    qr = qr_html(inv, o.get("qr", "png"), 28) if last else ""
    cae = (f'<b>CAE N°:</b> {inv.cae}<br><b>Fecha de Vto. de CAE:</b> {fdate(inv.cae_due, o["date"])}'
           if last and inv.cae else "")
    return f"""
<div class="{'pb' if o.get('_pb') else ''}">
<div class="copy">{copy}</div>
<table class="hdr"><tr>
<td class="iss"><div class="big">{E(iss.fantasy or iss.name)}</div>
<b>Razón Social:</b> {E(iss.name)}<br><b>Domicilio Comercial:</b> {E(iss.addr)}<br>
<b>Condición frente al IVA:</b> {E(COND[L])}</td>
<td class="letter"><div class="L">{L}</div><div class="cod">COD. {inv.code:02d}</div></td>
<td class="doc"><div class="big">FACTURA</div>
<b>Punto de Venta:</b> {inv.pos:05d} &nbsp; <b>Comp. Nro:</b> {inv.number:08d}<br>
<b>Fecha de Emisión:</b> {fdate(inv.issued, o['date'])}<br><br>
<b>CUIT:</b> {iss.cuit}<br><b>Ingresos Brutos:</b> {o.get('iibb', '901-' + iss.cuit[2:9])}<br>
<b>Fecha de Inicio de Actividades:</b> 01/03/2016</td></tr></table>
<table class="per"><tr><td><b>Período Facturado Desde:</b> {fdate(inv.issued.replace(day=1), o['date'])}</td>
<td><b>Hasta:</b> {fdate(inv.issued, o['date'])}</td>
<td><b>Fecha de Vto. para el pago:</b> {fdate(inv.pay_due, o['date'])}</td></tr></table>
<table class="buy"><tr><td>{buyer_id}</td><td><b>Apellido y Nombre / Razón Social:</b> {E(buy.name)}</td></tr>
<tr><td><b>Condición frente al IVA:</b> {E(buy.cond)}</td><td><b>Domicilio:</b> {E(buy.addr)}</td></tr>
<tr><td><b>Condición de venta:</b> Contado</td><td></td></tr></table>
{items_table(inv, o, items, with_disc=last)}
<table class="tot">{tot}</table>
<table class="foot"><tr><td class="qr">{qr}</td><td>{'<b>Comprobante Autorizado</b><br>' if last and inv.cae else ''}{cae}</td>
<td class="pg">Pág. {page[0]}/{page[1]}</td></tr></table>
</div>"""


AFIP_CSS = BASE_CSS + """
.copy { text-align: center; font-weight: bold; font-size: 13pt; border: 1px solid #000; padding: 2px; }
.hdr { width: 100%; border: 1px solid #000; } .hdr td { vertical-align: top; padding: 4px; }
.iss { width: 45%; } .doc { width: 45%; } .big { font-size: 15pt; font-weight: bold; margin-bottom: 2mm; }
.letter { text-align: center; border: 1px solid #000; width: 10%; } .L { font-size: 28pt; font-weight: bold; }
.cod { font-size: 7pt; font-weight: bold; }
.per, .buy { width: 100%; border: 1px solid #000; margin-top: 2mm; } .per td, .buy td { padding: 2px 4px; }
.tot { margin-left: auto; margin-top: 4mm; } .tl { text-align: right; font-weight: bold; padding: 1px 6px; }
.tv { text-align: right; padding: 1px 4px; min-width: 30mm; }
.foot { width: 100%; margin-top: 5mm; } .foot td { vertical-align: top; } .qr { width: 35mm; } .pg { text-align: right; }
"""


def afip_doc(inv: Invoice, o) -> str:
    copies = o.get("copies", ["ORIGINAL"])
    per_page = o.get("per_page")
    chunks = [inv.items] if not per_page else [inv.items[i:i + per_page] for i in range(0, len(inv.items), per_page)]
    pages = []
    for ci, cp in enumerate(copies):
        for pi, ch in enumerate(chunks):
            last = pi == len(chunks) - 1
            oo = dict(o, _pb=not (ci == len(copies) - 1 and last))
            pages.append(afip_page(inv, oo, cp, ch, last, (pi + 1, len(chunks))))
    return f"<html><head><meta charset='utf-8'><style>{AFIP_CSS}</style></head><body>{''.join(pages)}</body></html>"


# ------------------------------------------------------------------ modern "SaaS" layout
SAAS_CSS = BASE_CSS + """
body { font-family: 'DejaVu Sans', sans-serif; }
.top { width: 100%; } .top td { vertical-align: top; }
.brand { font-size: 18pt; font-weight: bold; color: #1a4f8b; white-space: nowrap; }
.kind { font-size: 18pt; font-weight: bold; text-align: right; } .r { text-align: right; white-space: nowrap; }
.box { border: 1px solid #1a4f8b; border-radius: 4px; padding: 3mm; margin-top: 3mm; }
.items th { background: #1a4f8b; color: #fff; border: none; }
.tot { margin-left: auto; margin-top: 3mm; } .tot td { padding: 2px 6px; text-align: right; }
.grand td { font-size: 12pt; font-weight: bold; border-top: 2px solid #1a4f8b; }
.foot { width: 100%; margin-top: 6mm; } .foot td { vertical-align: middle; }
.banner { text-align:center; font-size: 10pt; letter-spacing: 3px; color: #555; }
"""


def saas_page(inv: Invoice, o, copy: str | None, items, last: bool, page) -> str:
    L, iss, buy = inv.letter, inv.issuer, inv.buyer
    lab = o.get("labels", {})
    numtxt = o.get("numfmt", "Nro. Comp.: {pos:05d}-{num:08d}").format(pos=inv.pos, num=inv.number)
    rs = (f"Razón Social: {E(iss.name)}<br>" if iss.fantasy else "")
    first = E(iss.fantasy or iss.name)
    buyer_lines = o.get("buyer_fmt", "Señor(es): {name}<br>CUIT: {cuit}<br>Condición IVA: {cond}<br>Domicilio: {addr}")
    bl = buyer_lines.format(name=E(buy.name), cuit=(dash_cuit(buy.cuit) if buy.cuit else buy.doc_num),
                            cond=E(buy.cond), addr=E(buy.addr))
    rows = totals_rows(inv, o) if last else []
    tot = "".join(f'<tr class="{"grand" if i == len(rows) - 1 else ""}"><td>{E(a)}</td><td>{b}</td></tr>'
                  for i, (a, b) in enumerate(rows))
    cur = f"<br>Moneda: {inv.currency} &nbsp; Cotización: {fnum(inv.ctz, 'ar')}" if inv.currency != "ARS" else ""
    cae = (f"CAE: {inv.cae} &nbsp;&nbsp; Vto. CAE: {fdate(inv.cae_due, o['date'])}" if last and inv.cae else "")
    qr = qr_html(inv, o.get("qr", "png"), 30) if last else ""
    return f"""<div class="{'pb' if o.get('_pb') else ''}">
{f'<div class="banner">{copy}</div>' if copy else ''}
<table class="top"><tr><td><div class="brand">{first}</div>{rs}
CUIT {dash_cuit(iss.cuit) if o.get('dash', True) else iss.cuit} &middot; {E(COND[L])}<br>{E(iss.addr)}<br>
Inicio de actividades: 05/2019</td>
<td class="r" style="width:40%"><div class="kind">FACTURA {L}</div>Cód. {inv.code:02d}<br>{numtxt}<br>
{lab.get('date', 'Fecha')}: {fdate(inv.issued, o['date'])}<br>Vencimiento: {fdate(inv.pay_due, o['date'])}{cur}</td></tr></table>
<div class="box">{bl}<br>Condición de venta: {o.get('cond_venta', 'Transferencia bancaria')}</div>
{items_table(inv, o, items, with_disc=last)}
<table class="tot">{tot}</table>
<table class="foot"><tr><td style="width:36mm">{qr}</td><td>{cae}{'<br>Comprobante autorizado por AFIP' if cae else ''}</td>
<td class="r">Página {page[0]} de {page[1]}</td></tr></table></div>"""


def saas_doc(inv: Invoice, o) -> str:
    copies = o.get("copies", [None])
    per_page = o.get("per_page")
    chunks = [inv.items] if not per_page else [inv.items[i:i + per_page] for i in range(0, len(inv.items), per_page)]
    pages = []
    for ci, cp in enumerate(copies):
        for pi, ch in enumerate(chunks):
            last = pi == len(chunks) - 1
            oo = dict(o, _pb=not (ci == len(copies) - 1 and last))
            pages.append(saas_page(inv, oo, cp, ch, last, (pi + 1, len(chunks))))
    return f"<html><head><meta charset='utf-8'><style>{SAAS_CSS}</style></head><body>{''.join(pages)}</body></html>"


# ------------------------------------------------------------------ dense ERP grid (horizontal totals)
ERP_CSS = BASE_CSS + """
body { font-family: 'DejaVu Serif', serif; font-size: 8.5pt; }
.g { width: 100%; border: 1.5px solid #000; } .g td { border: 1px solid #000; padding: 3px; vertical-align: top; }
.L { font-size: 30pt; font-weight: bold; text-align: center; }
.items td { border: 1px solid #999; } .items th { background: #eee; }
.ht { width: 100%; margin-top: 3mm; border: 1.5px solid #000; } .ht th, .ht td { border: 1px solid #000; padding: 3px; text-align: center; }
.ht th { font-size: 7.5pt; background: #eee; }
"""


def erp_page(inv: Invoice, o, copy: str | None) -> str:
    L, iss, buy = inv.letter, inv.issuer, inv.buyer
    numtxt = o.get("numfmt", "Comprobante N° {pos:04d}-{num:08d}").format(pos=inv.pos, num=inv.number)
    ht_lab, ht_val = [], []
    for a, b in totals_rows(inv, o):
        ht_lab.append(a.rstrip(":"))
        ht_val.append(b)
    qr = qr_html(inv, o.get("qr", "png"), 27)
    cae = (f"C.A.E. Nº {inv.cae} &nbsp;&nbsp; Fecha Vto. C.A.E.: {fdate(inv.cae_due, o['date'])}" if inv.cae else "")
    bid = f"C.U.I.T.: {dash_cuit(buy.cuit)}" if buy.cuit else f"D.N.I.: {buy.doc_num}"
    return f"""<div class="{'pb' if o.get('_pb') else ''}">
<table class="g"><tr><td style="width:44%"><b style="font-size:11pt;white-space:nowrap">{E(iss.name)}</b><br>{E(iss.addr)}<br>
C.U.I.T.: {dash_cuit(iss.cuit)}<br>I.V.A.: {E(COND[L])}<br>Ing. Brutos: C.M. 901-{iss.cuit[2:8]}</td>
<td style="width:12%"><div class="L">{L}</div><div style="text-align:center">Código {inv.code:02d}</div></td>
<td><b style="font-size:13pt">FACTURA</b> {f'<i>({copy})</i>' if copy else ''}<br>{numtxt}<br>
Fecha: {fdate(inv.issued, o['date'])}<br>Vto. pago: {fdate(inv.pay_due, o['date'])}</td></tr>
<tr><td colspan="3">Cliente: <b>{E(buy.name)}</b> &nbsp; {bid} &nbsp; Cond. IVA: {E(buy.cond)}<br>
Domicilio: {E(buy.addr)} &nbsp; Forma de pago: Cuenta corriente 30 días</td></tr></table>
{items_table(inv, o)}
<table class="ht"><tr>{''.join(f'<th>{E(x)}</th>' for x in ht_lab)}</tr>
<tr>{''.join(f'<td>{x}</td>' for x in ht_val)}</tr></table>
<table style="width:100%;margin-top:4mm"><tr><td style="width:32mm">{qr}</td><td>{cae}</td></tr></table></div>"""


def erp_doc(inv: Invoice, o) -> str:
    copies = o.get("copies", [None])
    pages = [erp_page(inv, dict(o, _pb=i < len(copies) - 1), c) for i, c in enumerate(copies)]
    return f"<html><head><meta charset='utf-8'><style>{ERP_CSS}</style></head><body>{''.join(pages)}</body></html>"
