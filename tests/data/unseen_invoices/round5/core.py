"""Shared helpers: money formats, CUITs, QR payloads, the document model (round 5)."""
import base64, json, re, random, datetime
from decimal import Decimal as D, ROUND_HALF_UP

C2 = D("0.01")


def q2(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def cuit_dv(first10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first10, w))
    r = 11 - s % 11
    if r == 11:
        return 0
    if r == 10:
        return None
    return r


def make_cuit(rng, prefix):
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(8))
        dv = cuit_dv(body)
        if dv is not None:
            return body + str(dv)


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def ean13(rng, prefix="779"):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ean_ok(e):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(e[:12]))
    return len(e) == 13 and (10 - s % 10) % 10 == int(e[12])


def fmt_num(x, dec=2, thousands=True):
    x = D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP) if dec else D(x).quantize(D(1))
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    if thousands:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = ".".join(g)
    out = ip + ("," + fp if dec else "")
    return ("-" if neg else "") + out


def money(x, style="ar", dec=2):
    """Printed money string in one of the Argentine styles."""
    if style == "ar":
        return fmt_num(x, dec)
    if style == "plain":
        return fmt_num(x, dec, thousands=False)
    if style == "dollar":
        s = fmt_num(x, dec)
        return ("-$ " + s[1:]) if s.startswith("-") else "$ " + s
    if style == "glued":
        s = fmt_num(x, dec)
        return ("-$" + s[1:]) if s.startswith("-") else "$" + s
    if style == "ars":
        return "ARS " + fmt_num(x, dec)
    if style == "usd":
        return "U$S " + fmt_num(x, dec)
    raise ValueError(style)


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def fmt_date(d, style):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dash2":
        return d.strftime("%d-%m-%y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "slash2":
        return d.strftime("%d/%m/%y")
    if style == "dash4":
        return d.strftime("%d-%m-%Y")
    raise ValueError(style)


QR_BASE = "https://www.afip.gob.ar/fe/qr/?p="


def qr_payload(fields, variant=None):
    """fields: dict with the RG 4291 keys in order. variant: None, nowww, cut255, ddmmyyyy, strings, pretty, nodate."""
    f = dict(fields)
    if variant == "ddmmyyyy":
        y, m, d = f["fecha"].split("-")
        f["fecha"] = f"{d}/{m}/{y}"
    if variant == "nodate":
        f.pop("fecha")
    if variant == "strings":
        f = {k: (str(v) if not isinstance(v, str) else v) for k, v in f.items()}
    if variant == "pretty":
        js = json.dumps(f, indent=4, separators=(",", ": ")).replace("\n", "\r\n")
    else:
        js = json.dumps(f, separators=(",", ":"))
    # importe: json.dumps of a float may print e.g. 12345.6; use the decimal text instead
    js = js.replace('"__IMP__"', f.get("__imptext__", '"__IMP__"'))
    b = base64.b64encode(js.encode()).decode()
    url = ("https://afip.gob.ar/fe/qr/?p=" if variant == "nowww" else QR_BASE) + b
    if variant == "cut255":
        url = url[:255]
    return url


def decode_qr_url(url):
    """Lenient decode (NOTES 15) into the contract's qr keys."""
    m = re.match(r"https?://(www\.)?afip\.gob\.ar/fe/qr/\?p=(.*)$", url.strip())
    if not m:
        return None
    b = m.group(2)
    b = b[: len(b) - len(b) % 4]
    txt = base64.b64decode(b).decode("utf-8", "replace")
    vals = {}
    for mm in re.finditer(r'"(\w+)"\s*:\s*("([^"]*)"|(-?[0-9.]+))\s*(?=[,}\r\n])', txt):
        vals[mm.group(1)] = mm.group(3) if mm.group(3) is not None else mm.group(4)

    def date(v):
        if v is None:
            return None
        if re.match(r"\d{2}/\d{2}/\d{4}$", v):
            d, mth, y = v.split("/")
            return f"{y}-{mth}-{d}"
        return v

    cur = vals.get("moneda")
    cur = {"PES": "ARS", "DOL": "USD"}.get(cur, cur)
    return {
        "doc_code": int(vals["tipoCmp"]) if "tipoCmp" in vals else None,
        "cuit": str(vals["cuit"]) if "cuit" in vals else None,
        "pos": int(vals["ptoVta"]) if "ptoVta" in vals else None,
        "number": int(vals["nroCmp"]) if "nroCmp" in vals else None,
        "date": date(vals.get("fecha")),
        "total": str(q2(D(vals["importe"]))) if "importe" in vals else None,
        "currency": cur,
        "cae": str(vals["codAut"]) if "codAut" in vals else None,
    }
