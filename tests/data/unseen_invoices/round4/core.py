"""Money, formatting, QR payloads and expected-file derivation (all amounts decimal.Decimal)."""
import base64, json, random
from decimal import Decimal as D, ROUND_HALF_UP

C2 = D("0.01")


def q2(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def qn(x, n):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def cuit_check(ten):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(ten, w))
    r = 11 - s % 11
    return 0 if r == 11 else (9 if r == 10 else r)


def cuit_valid(c):
    c = "".join(ch for ch in c if ch.isdigit())
    if len(c) != 11:
        return False
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(c[:10], w))
    r = 11 - s % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(c[10])


def make_cuit(rng, prefix):
    while True:
        ten = prefix + "".join(str(rng.randint(0, 9)) for _ in range(8))
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        s = sum(int(a) * b for a, b in zip(ten, w))
        r = 11 - s % 11
        if r == 10:
            continue
        r = 0 if r == 11 else r
        return ten + str(r)


def dash_cuit(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


def ean13(rng, prefix="779"):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ean_valid(e):
    if len(e) != 13 or not e.isdigit():
        return False
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(e[:12]))
    return (10 - s % 10) % 10 == int(e[12])


def fmt_num(x, dec=2, style="ar"):
    """style: ar 1.234,56 | plain 1234,56 | $ar $ 1.234,56 | $glued $1.234,56 | usd U$S 1.234,56"""
    x = qn(x, dec)
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"  # 1,234.56
    if style == "plain":
        s = s.replace(",", "")
        s = s.replace(".", ",")
    else:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if neg:
        s = "-" + s
    if style == "$ar":
        s = "$ " + s
    elif style == "$glued":
        s = "$" + s
    elif style == "usd":
        s = "U$S " + s
    return s


MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]


def fmt_date(iso, style):
    y, m, d = iso.split("-")
    if style == "dmy/":
        return f"{d}/{m}/{y}"
    if style == "dmy-2":
        return f"{d}-{m}-{y[2:]}"
    if style == "dmy-":
        return f"{d}-{m}-{y}"
    if style == "dmy.":
        return f"{d}.{m}.{y}"
    if style == "long":
        return f"{int(d)} de {MONTHS[int(m) - 1]} de {y}"
    raise ValueError(style)


QR_BASE = "https://www.afip.gob.ar/fe/qr/?p="


def qr_payload(q, variant=None):
    """q: dict with fecha(iso), cuit(str), ptoVta, tipoCmp, nroCmp, importe(Decimal), moneda, ctz(Decimal),
    tipoDocRec, nroDocRec, codAut(str). variant: None | nowww | strings | ddmmyyyy | pretty_crlf | nodate | cut255"""
    d = {"ver": 1, "fecha": q["fecha"], "cuit": int(q["cuit"]), "ptoVta": q["ptoVta"], "tipoCmp": q["tipoCmp"],
         "nroCmp": q["nroCmp"], "importe": float(q["importe"]), "moneda": q["moneda"], "ctz": float(q["ctz"]),
         "tipoDocRec": q["tipoDocRec"], "nroDocRec": int(q["nroDocRec"]), "tipoCodAut": "E", "codAut": int(q["codAut"])}
    base = QR_BASE
    if variant == "nowww":
        base = "https://afip.gob.ar/fe/qr/?p="
    if variant == "ddmmyyyy":
        y, m, dd = q["fecha"].split("-")
        d["fecha"] = f"{dd}/{m}/{y}"
    if variant == "nodate":
        del d["fecha"]
    if variant == "strings":
        d = {k: (str(v) if not isinstance(v, str) else v) for k, v in d.items()}
        d["importe"] = f"{q['importe']:.2f}"
    if variant == "pretty_crlf":
        js = json.dumps(d, indent=4).replace("\n", "\r\n")
    else:
        js = json.dumps(d, separators=(",", ":"))
    url = base + base64.b64encode(js.encode()).decode()
    if variant == "cut255":
        url = url[:255]
    return url


CUR = {"PES": "ARS", "DOL": "USD"}


def qr_expected(q, variant=None):
    """What the QR states, in the contract's keys (NOTES rule 15)."""
    out = {"doc_code": q["tipoCmp"], "cuit": q["cuit"], "pos": q["ptoVta"], "number": q["nroCmp"],
           "date": None if variant == "nodate" else q["fecha"], "total": str(q2(q["importe"])),
           "currency": CUR.get(q["moneda"], q["moneda"]), "cae": q["codAut"]}
    if variant == "cut255":
        # lenient read of the truncated JSON: keys whose values are complete before the cut are kept
        url = qr_payload(q, variant)
        b = url.split("?p=", 1)[1]
        b = b[: len(b) // 4 * 4]
        txt = base64.b64decode(b).decode("latin-1")
        full = json.dumps({"ver": 1, "fecha": q["fecha"], "cuit": int(q["cuit"]), "ptoVta": q["ptoVta"],
                           "tipoCmp": q["tipoCmp"], "nroCmp": q["nroCmp"], "importe": float(q["importe"]),
                           "moneda": q["moneda"], "ctz": float(q["ctz"]), "tipoDocRec": q["tipoDocRec"],
                           "nroDocRec": int(q["nroDocRec"]), "tipoCodAut": "E", "codAut": int(q["codAut"])},
                          separators=(",", ":"))
        assert full.startswith(txt)
        keys = {"fecha": "date", "cuit": "cuit", "ptoVta": "pos", "tipoCmp": "doc_code", "nroCmp": "number",
                "importe": "total", "moneda": "currency", "codAut": "cae"}
        for k, ck in keys.items():
            i = txt.find('"%s":' % k)
            # complete only if a following comma exists after the value
            if i < 0 or txt.find(",", i + len(k) + 3) < 0:
                out[ck] = None
    return out
