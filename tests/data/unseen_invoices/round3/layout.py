"""A device-independent positioned layout (mm from the top-left of an A4 page) that the
pycairo, PostScript and pikepdf back ends draw. Text wrapping is by character count."""
import textwrap

from core import dash_cuit


def wrap(s, n):
    return textwrap.wrap(s, n) or [""]


def build(doc, o):
    """o: options dict. Returns list of pages; each page a list of ops."""
    m, b = doc.merchant, doc.buyer
    pages_all = []
    cols = o["cols"]          # list of (header, x_mm, align, fn, wrapchars or None)
    per_page = o.get("per_page", 99)
    chunks = [doc.items[i:i + per_page] for i in range(0, len(doc.items), per_page)]
    for copy in doc.copies:
        for pi, chunk in enumerate(chunks):
            ops = []
            T = lambda x, y, s, size=9, bold=False, align="l": ops.append(("text", x, y, s, size, bold, align))  # noqa: E731
            R = lambda x, y, w, h, lw=0.5: ops.append(("rect", x, y, w, h, lw))  # noqa: E731
            first = pi == 0
            last = pi == len(chunks) - 1
            if o.get("copy_banner"):
                T(105, 10, copy, 9, True, "c")
            if first or o.get("header_every_page", True):
                left = o.get("issuer", "left") == "left"
                ix = 14 if left else 196
                al = "l" if left else "r"
                y = 20
                T(ix, y, m["name"], 14, True, al)
                y += 6
                for line in o.get("issuer_lines", lambda d: [])(doc):
                    T(ix, y, line, 8.5, False, al)
                    y += 4.2
                # letter box
                R(98, 14, 16, 16, 1)
                T(106, 25, doc.letter, 22, True, "c")
                T(106, 34, o.get("code_label", "COD. {c}").format(c=doc.code), 7, False, "c")
                dx = 196 if left else 14
                dal = "r" if left else "l"
                y = 18
                for i, line in enumerate(o["doc_lines"](doc)):
                    T(dx, y, line, 11 if i == 0 else 8.5, i == 0, dal)
                    y += 5 if i == 0 else 4.2
                y = max(y, 52)
                R(12, y - 4, 186, 0.1, 0.3)
                for line in o["buyer_lines"](doc):
                    T(14, y + 1, line, 8.5)
                    y += 4.4
                y += 3
            else:
                y = 20
                T(14, y, m["name"] + " - continuación", 9, True)
                y += 8
            if len(chunks) > 1:
                T(196, 10, f"Hoja {pi + 1} de {len(chunks)}", 7.5, False, "r")
            # item header
            if first or o.get("repeat_table_header", True):
                R(12, y - 1, 186, 6.5, 0.4)
                for h, x, al, fn, wc in cols:
                    T(x, y + 3.6, h, 8, True, al)
                y += 9
            for it in chunk:
                lines_by_col = []
                for h, x, al, fn, wc in cols:
                    v = fn(it)
                    lines_by_col.append(wrap(v, wc) if wc else [v])
                n = max(len(c) for c in lines_by_col)
                for (h, x, al, fn, wc), ls in zip(cols, lines_by_col):
                    for k, s in enumerate(ls):
                        T(x, y + 4.2 * k, s, 8.5, False, al)
                y += 4.2 * n + 1.2
            for desc, amt in (o.get("table_discounts", []) if last else []):
                T(cols[o.get("desc_col", 0)][1], y, desc, 8.5)
                T(cols[-1][1], y, doc.m(amt), 8.5, False, "r")
                y += 5.4
            if not last:
                T(196, y + 4, "Continúa en la hoja siguiente...", 7.5, False, "r")
                pages_all.append(ops)
                continue
            y += 4
            R(12, y - 3, 186, 0.1, 0.3)
            ty = y + 2
            if o.get("totals", "col") == "col":
                for lab, amt, kind in doc.totals:
                    lab2 = o.get("total_label", "TOTAL") if kind == "total" else lab
                    T(160, ty, lab2 + ":", 10 if kind == "total" else 8.5, kind == "total", "r")
                    T(196, ty, doc.m(amt), 10 if kind == "total" else 8.5, kind == "total", "r")
                    ty += 5.5 if kind == "total" else 4.6
            else:  # one horizontal row: labels over values
                n = len(doc.totals)
                w = 186 / n
                for i, (lab, amt, kind) in enumerate(doc.totals):
                    cx = 12 + w * i + w / 2
                    R(12 + w * i, ty - 3, w, 11, 0.3)
                    T(cx, ty + 1, o.get("total_label", "TOTAL") if kind == "total" else lab, 7.5, True, "c")
                    T(cx, ty + 6, doc.m(amt), 8.5, kind == "total", "c")
                ty += 12
            for line in o.get("after_total", lambda d: [])(doc):
                T(14, ty, line, 8.5)
                ty += 4.6
            qy = max(ty + 4, y + 2)
            if doc.qr_payload and o.get("qr"):
                ops.append(("qr", o.get("qr_x", 14), qy, o["qr_mm"], doc.qr_payload, o["qr"]))
            T(o.get("cae_x", 60), qy + 6, f"CAE N°: {doc.cae}", 9, True)
            T(o.get("cae_x", 60), qy + 11, f"Fecha de Vto. de CAE: {doc.cae_vto.strftime('%d/%m/%Y')}", 9)
            T(o.get("cae_x", 60), qy + 16, "Comprobante autorizado", 8)
            pages_all.append(ops)
    return pages_all


# common line sets ----------------------------------------------------------
def issuer_rs(doc):
    m = doc.merchant
    return ["Razón Social: " + m["name"], "Domicilio Comercial: " + m["addr"],
            "Condición frente al IVA: " + m["iva"]]


def issuer_plain(doc):
    m = doc.merchant
    return [m["activity"], m["addr"] + " - " + m["city"], m["iva"]]


def buyer_std(doc):
    b = doc.buyer
    if b.get("cuit"):
        return [f"Razón Social: {b['name']}          CUIT: {b['cuit']}",
                f"Condición frente al IVA: {b['iva']}     Domicilio: {b['addr']}",
                f"Condición de venta: {doc.cond_venta}"]
    if b.get("dni"):
        return [f"Señor(es): {b['name']}          DNI: {b['dni']}",
                f"Condición frente al IVA: {b['iva']}     Domicilio: {b['addr']}",
                f"Condición de venta: {doc.cond_venta}"]
    return [f"Cliente: {b['name']}", f"Condición de venta: {doc.cond_venta}"]


def doc_lines_pv(doc):
    m = doc.merchant
    return ["FACTURA", f"Punto de Venta: {doc.pos:04d}   Comp. Nro: {doc.number:08d}",
            "Fecha de Emisión: " + doc.date_str(), "CUIT: " + m["cuit"], "Ingresos Brutos: " + m["iibb"],
            "Inicio de Actividades: " + m["inicio"].strftime("%d/%m/%Y")]


def doc_lines_fact(doc):
    m = doc.merchant
    return [f"FACTURA {doc.letter} N° {doc.pos:05d}-{doc.number:08d}", "Fecha: " + doc.date_str(),
            "C.U.I.T.: " + dash_cuit(m["cuit"]), "IIBB: " + m["iibb"],
            "Inicio Act.: " + m["inicio"].strftime("%d/%m/%Y")]
