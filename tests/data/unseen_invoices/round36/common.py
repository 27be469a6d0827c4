"""Helpers for the probe invoices."""
import base64
import io
import json
import subprocess
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

import segno

OUT = Path(__file__).resolve().parent
Q2 = D("0.01")


def r2(x):
    return D(x).quantize(Q2, ROUND_HALF_UP)


def cuit(prefix10):
    """prefix10: 10 digits; append the mod-11 check digit."""
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(prefix10, w))
    c = 11 - s % 11
    if c == 11:
        c = 0
    if c == 10:
        raise ValueError("prefix gives 10, pick another")
    return prefix10 + str(c)


def dash(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def ar(x, dec=2, thousands=True):
    """Argentine format: 1.234.567,89"""
    x = D(x)
    neg = x < 0
    x = abs(x)
    s = f"{x:.{dec}f}"
    ip, _, fp = s.partition(".")
    if thousands:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = ".".join(parts)
    out = ip + ("," + fp if fp else "")
    return ("-" if neg else "") + out


def s2(x):
    return str(r2(x))


def qr_url(fecha, cuit_, pv, tipo, nro, importe, moneda="PES", ctz=1, tdoc=80, ndoc=0, cae="0"):
    p = {"ver": 1, "fecha": fecha, "cuit": int(cuit_), "ptoVta": pv, "tipoCmp": tipo, "nroCmp": nro,
         "importe": float(importe), "moneda": moneda, "ctz": ctz, "tipoDocRec": tdoc,
         "nroDocRec": int(ndoc), "tipoCodAut": "E", "codAut": int(cae)}
    return "https://www.afip.gob.ar/fe/qr/?p=" + base64.b64encode(json.dumps(p).encode()).decode()


def qr_img(url, px=110):
    buf = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buf, kind="png", scale=4, border=2)
    b = base64.b64encode(buf.getvalue()).decode()
    return f'<img src="data:image/png;base64,{b}" style="width:{px}px;height:{px}px">'


def qr_expected(fecha, cuit_, pv, tipo, nro, importe, currency="ARS", cae="0"):
    return {"doc_code": tipo, "cuit": cuit_, "pos": pv, "number": nro, "date": fecha,
            "total": s2(importe), "currency": currency, "cae": cae}


def render(name, html):
    h = OUT / f"{name}.html"
    h.write_text(html)
    pdf = OUT / f"{name}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    f"--print-to-pdf={pdf}", "--no-pdf-header-footer", str(h)],
                   check=True, capture_output=True)
    return pdf


def write_expected(name, exp):
    (OUT / f"{name}.expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False))


def item(line, desc, qty, unit_price, amount, vat_rate=None, unit="un", ean=None):
    return {"line": line, "department": None, "description": desc, "ean": ean,
            "quantity": str(qty), "unit": unit, "unit_price": str(unit_price),
            "vat_rate": None if vat_rate is None else str(vat_rate), "amount": str(amount)}


def base(doc_type, name, cuit_, pos, number, date, items, total, subtotal, **kw):
    e = {"doc_type": doc_type, "merchant": {"name": name, "cuit": cuit_}, "pos": pos,
         "number": number, "issued_at": date, "currency": "ARS", "items": items,
         "discounts": [], "subtotal": s2(subtotal), "discount_total": "0.00", "total": s2(total),
         "vat": [], "taxes": [], "payments": [], "prices_include_vat": True, "cae": None,
         "qr": None, "warnings": []}
    e.update(kw)
    return e


PAGE_CSS = """@page { size: A4; margin: 12mm; } body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }"""


def render_pdf(path_html, pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    f"--print-to-pdf={pdf}", "--no-pdf-header-footer", str(path_html)],
                   check=True, capture_output=True)
    return pdf


def ean13(prefix12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(prefix12))
    return prefix12 + str((10 - s % 10) % 10)
