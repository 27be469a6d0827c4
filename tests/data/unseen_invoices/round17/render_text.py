"""m: plain-text ERP invoice (monospaced columns) written as PDF by CamlPDF (mkpdf.ml); the QR is drawn by CamlPDF
as filled rectangles (segno only computes the module matrix)."""
import subprocess, textwrap, segno
from docs import fmt_date, fmt_num

W = 104
MKPDF = "/work/round17-scratch/caml/mkpdf"

def cols_table(doc):
    cols = doc.o["cols"]
    widths = {}
    for k, h in cols:
        if k == "desc": widths[k] = 36 if len(cols) > 3 else 70
        else: widths[k] = max([len(h)] + [len(doc.cell(it, k)) for it in doc.items])
    def row(vals):
        out = []
        for (k, _), v in zip(cols, vals):
            out.append(v.ljust(widths[k]) if k in ("desc", "code", "ean", "unit") else v.rjust(widths[k]))
        return "  ".join(out)
    head = row([h for _, h in cols])
    lines = []
    for it in doc.items:
        wrapped = textwrap.wrap(it["description"], widths["desc"])
        vals = [wrapped[0] if k == "desc" else doc.cell(it, k) for k, _ in cols]
        lines.append([row(vals)] + [row([w if k == "desc" else "" for k, _ in cols]).rstrip() for w in wrapped[1:]])
    return head, lines

def header(doc, copy, page, npages):
    L = []
    sep = "=" * W
    L.append(("B", sep))
    right = [f"FACTURA   {doc.letter}   COD. {doc.code:02d}"] + doc.number_lines() + [f"Fecha de Emisión: {doc.date_s()}"]
    left = list(doc.issuer_lines) + [doc.address, doc.cond_iva]
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        L.append(("B" if i < len(doc.issuer_lines) else "F", l.ljust(56) + r))
    L.append(("F", f"CUIT: {doc.cuit_s()}".ljust(56) + f"Ing. Brutos: {doc.iibb}"))
    L.append(("F", f"Inicio de Actividades: {fmt_date(doc.inicio, 'slash')}".ljust(56) + (copy or "") + (f"   Hoja {page} de {npages}" if npages > 1 else "")))
    L.append(("F", "-" * W))
    return L

def buyer(doc):
    b = doc.buyer
    lab = "Cliente:" if doc.letter == "C" else "Señor(es):"
    idl = "CUIT: " + doc.cuit_s(b["doc"]) if b["doc_type"] == 80 else ("DNI: " + b["doc"] if b["doc_type"] == 96 else "")
    return [("F", f"{lab} {b['name']}".ljust(56) + idl), ("F", f"Domicilio: {doc.buyer_addr}".ljust(56) + f"Cond. IVA: {b['cond']}"),
            ("F", "Condición de venta: " + ("Cuenta Corriente" if doc.letter == "A" else "Contado")), ("F", "-" * W)]

def totals(doc):
    rows = doc.totals_rows()
    out = [("F", "-" * W)]
    for lab, v in rows:
        out.append(("B" if "Total" in lab else "F", " " * (W - 48) + lab.ljust(32) + v.rjust(16)))
    if doc.currency == "USD": out.append(("F", f"Moneda: USD   Tipo de cambio: {fmt_num(doc.ctz)}"))
    return out

def render(doc, pdf_path, tmp):
    head, item_lines = cols_table(doc)
    per_page = 40 if doc.o.get("multipage") else 999
    chunks = [item_lines[i:i + per_page] for i in range(0, len(item_lines), per_page)]
    copies = doc.copies or [None]
    ops = []
    qr = segno.make(doc.qr_payload(), error="m") if doc.qr_fields else None
    for copy in copies:
        for pi, chunk in enumerate(chunks, 1):
            lines = header(doc, copy, pi, len(chunks))
            if pi == 1: lines += buyer(doc)
            lines.append(("B", head)); lines.append(("F", "-" * W))
            for il in chunk: lines += [("F", x) for x in il]
            if pi < len(chunks):
                lines.append(("F", "-" * W)); lines.append(("F", "Continúa en hoja siguiente ..."))
            else:
                lines += totals(doc)
            ops.append("P")
            y = 800
            for font, txt in lines:
                ops.append(f"T 40 {y} 7.9 {font} {txt}")
                y -= 10
            if pi == len(chunks):
                y -= 10
                size = 1.5
                if qr is not None:
                    m = [list(r) for r in qr.matrix]
                    n = len(m)
                    top = y
                    for r, rowv in enumerate(m):
                        c = 0
                        while c < n:
                            if rowv[c]:
                                s = c
                                while c < n and rowv[c]: c += 1
                                ops.append(f"R {40 + 4*size + s*size:.3f} {top - 4*size - (r+1)*size:.3f} {(c-s)*size:.3f} {size + 0.02:.3f}")
                            else: c += 1
                    x = 40 + (n + 8) * size + 14
                else:
                    x = 40
                t = y - 14
                for txt in [f"CAE N°: {doc.cae}", f"Fecha de Vto. de CAE: {fmt_date(doc.cae_vto, 'slash')}", "Comprobante Autorizado por AFIP"]:
                    ops.append(f"T {x:.1f} {t} 7.9 F {txt}"); t -= 11
    inp = f"{tmp}/{doc.name}.ops"
    with open(inp, "wb") as f:
        f.write("\n".join(ops).encode("latin-1") + b"\n")
    subprocess.run([MKPDF, inp, pdf_path], check=True)
