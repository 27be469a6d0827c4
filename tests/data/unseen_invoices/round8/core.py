"""Shared model: amounts (Decimal), CUITs, QR payloads, expected JSON. Deterministic."""
import base64, json, random
from decimal import Decimal as D, ROUND_HALF_UP

Q2 = D("0.01")
def q2(x): return D(x).quantize(Q2, ROUND_HALF_UP)

def cuit_dv(base10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(base10, w))
    r = 11 - s % 11
    return 0 if r == 11 else (None if r == 10 else r)

def make_cuit(rng, prefix):
    while True:
        base = prefix + "".join(str(rng.randrange(10)) for _ in range(8))
        dv = cuit_dv(base)
        if dv is not None:
            return base + str(dv)

def cuit_ok(c):
    return len(c) == 11 and c.isdigit() and cuit_dv(c[:10]) == int(c[10])

def ean13(rng):
    b = "779" + "".join(str(rng.randrange(10)) for _ in range(9))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)

def fmt_money(x, style="ar"):
    """ar: 1.234,56  arn: 1234,56  dot: 1234.56  ar$: $ 1.234,56  usd: U$S 1.234,56"""
    x = q2(x); neg = x < 0; x = abs(x)
    ip, fp = f"{x:.2f}".split(".")
    if style in ("ar", "ar$", "usd"):
        g = ""
        while len(ip) > 3:
            g = "." + ip[-3:] + g; ip = ip[:-3]
        s = ip + g + "," + fp
    elif style == "arn":
        s = ip + "," + fp
    else:
        s = ip + "." + fp
    if style == "ar$": s = "$ " + s
    if style == "usd": s = "U$S " + s
    return ("-" if neg else "") + s

def fmt_qty(q, dec, style="ar"):
    s = f"{D(q):.{dec}f}"
    return s if style == "dot" else s.replace(".", ",")

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
def fmt_date(iso, style):
    y, m, d = iso.split("-")
    return {"dmy/": f"{d}/{m}/{y}", "dmy-": f"{d}-{m}-{y[2:]}", "dmy.": f"{d}.{m}.{y}",
            "dmyy-": f"{d}-{m}-{y}", "words": f"{int(d)} de {MONTHS[int(m)-1]} de {y}"}[style]

def qr_payload(p, variant=""):
    """p: dict fecha,cuit,ptoVta,tipoCmp,nroCmp,importe(D),moneda,ctz,tipoDocRec,nroDocRec,codAut"""
    imp = str(q2(p["importe"]).normalize()) if q2(p["importe"]) != q2(p["importe"]).to_integral() else str(int(p["importe"]))
    fecha = p["fecha"]
    if "ddmm" in variant:
        y, m, d = fecha.split("-"); fecha = f"{d}/{m}/{y}"
    if "strings" in variant:
        parts = [("ver", '"1"'), ("fecha", f'"{fecha}"'), ("cuit", f'"{p["cuit"]}"'), ("ptoVta", f'"{p["ptoVta"]}"'),
                 ("tipoCmp", f'"{p["tipoCmp"]}"'), ("nroCmp", f'"{p["nroCmp"]}"'), ("importe", f'"{q2(p["importe"])}"'),
                 ("moneda", f'"{p["moneda"]}"'), ("ctz", f'"{p["ctz"]}"'), ("tipoDocRec", f'"{p["tipoDocRec"]}"'),
                 ("nroDocRec", f'"{p["nroDocRec"]}"'), ("tipoCodAut", '"E"'), ("codAut", f'"{p["codAut"]}"')]
    else:
        parts = [("ver", "1"), ("fecha", f'"{fecha}"'), ("cuit", str(p["cuit"])), ("ptoVta", str(p["ptoVta"])),
                 ("tipoCmp", str(p["tipoCmp"])), ("nroCmp", str(p["nroCmp"])), ("importe", imp),
                 ("moneda", f'"{p["moneda"]}"'), ("ctz", str(p["ctz"])), ("tipoDocRec", str(p["tipoDocRec"])),
                 ("nroDocRec", str(p["nroDocRec"])), ("tipoCodAut", '"E"'), ("codAut", str(p["codAut"]))]
    js = "{" + ",".join(f'"{k}":{v}' for k, v in parts) + "}"
    host = "https://afip.gob.ar" if "nowww" in variant else "https://www.afip.gob.ar"
    return host + "/fe/qr/?p=" + base64.b64encode(js.encode()).decode()

def decode_qr_url(url):
    """Contract reading of a QR payload (lenient, as NOTES rule 15)."""
    b64 = url.split("?p=", 1)[1]
    b64 += "=" * (-len(b64) % 4)
    j = json.loads(base64.b64decode(b64).decode())
    fecha = str(j["fecha"])
    if "/" in fecha:
        d, m, y = fecha.split("/"); fecha = f"{y}-{m}-{d}"
    cur = {"PES": "ARS", "DOL": "USD"}.get(str(j["moneda"]), str(j["moneda"]))
    return {"doc_code": int(j["tipoCmp"]), "cuit": str(j["cuit"]), "pos": int(j["ptoVta"]),
            "number": int(j["nroCmp"]), "date": fecha, "total": f"{q2(D(str(j['importe']))):.2f}",
            "currency": cur, "cae": str(j["codAut"])}
