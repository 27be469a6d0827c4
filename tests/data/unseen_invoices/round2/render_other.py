"""Typst, PyMuPDF (text at coordinates, Story) and matplotlib layouts."""
from __future__ import annotations

import io
import os
import tempfile

import segno

from model import Invoice, dash_cuit, fdate, fnum, q2
from render_html import COND, items_table, qr_png_b64, totals_rows

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


# ------------------------------------------------------------------ Typst
def tesc(s: str) -> str:
    out = []
    for ch in str(s):
        if ch in "\\#$*_@<>[]`~=/\"'-+":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def typst_pdf(inv: Invoice, o, out: str) -> None:
    import typst
    L, iss, buy = inv.letter, inv.issuer, inv.buyer
    with tempfile.TemporaryDirectory() as td:
        qr_line = ""
        if inv.qr_payload and o.get("qr") != "none":
            if o.get("qr") == "svg":
                segno.make(inv.qr_payload, error="m").save(os.path.join(td, "qr.svg"), scale=4, border=4)
                qr_line = '#image("qr.svg", width: 32mm)'
            else:
                segno.make(inv.qr_payload, error="m").save(os.path.join(td, "qr.png"), scale=5, border=4)
                qr_line = '#image("qr.png", width: 32mm)'
        cols = o["cols"]
        names = o["colnames"]
        n = o.get("num", "ar")
        hdr = ", ".join(f"[*{tesc(names[c])}*]" for c in cols)
        rows = []
        for it in inv.items:
            cells = []
            for c in cols:
                v = {"code": it.code, "desc": it.desc, "qty": fnum(it.qty, n, it.qty_dec), "unit": it.unit_label,
                     "price": fnum(it.unit_price, n), "net": fnum(it.net, n),
                     "rate": (fnum(it.rate, n) + "%") if it.rate is not None else "",
                     "incl": fnum(it.incl, n),
                     "amount": fnum(it.net if (L == "A" and not inv.prices_include_vat) else it.incl, n)}[c]
                cells.append(f"[{tesc(v)}]")
            rows.append(", ".join(cells))
        if inv.discount_in_table:
            for d, a in inv.discounts:
                rows.append(", ".join(f"[{tesc(d)}]" if c == "desc" else (f"[{tesc(fnum(a, n))}]" if c == cols[-1] else "[]")
                                      for c in cols))
        widths = ", ".join("1fr" if c == "desc" else "auto" for c in cols)
        aligns = ", ".join("left" if c in ("desc", "code", "unit") else "right" for c in cols)
        trows = totals_rows(inv, o)
        tot = ",\n".join(f"[{tesc(a)}], [{tesc(b)}]" if i < len(trows) - 1 else f"[*{tesc(a)}*], [*{tesc(b)}*]"
                         for i, (a, b) in enumerate(trows))
        numtxt = o.get("numfmt", "Pto Vta: {pos:04d}   Nro: {num:08d}").format(pos=inv.pos, num=inv.number)
        bid = f"CUIT {buy.cuit}" if buy.cuit else (f"DNI {buy.doc_num}" if buy.doc_num else "")
        extra = ""
        if o.get("iva_contenido"):
            extra = (f"#v(3mm)\n#text(size: 7.5pt)[Régimen de Transparencia Fiscal al Consumidor (Ley 27.743) "
                     f"\\ IVA Contenido: {tesc('$ ' + fnum(o['iva_contenido'], n))} "
                     f"\\ Otros Impuestos Nacionales Indirectos: {tesc('$ ' + fnum(0, n))}]\n")
        cae = (f"CAE {inv.cae} \\ Fecha Vto. CAE {tesc(fdate(inv.cae_due, o['date']))}" if inv.cae else "")
        BR = " \\ "
        rs_line = ("Razón Social: " + tesc(iss.name) + BR) if iss.fantasy else ""
        cur_line = (BR + "Moneda: " + inv.currency) if inv.currency != "ARS" else ""
        cuit_txt = tesc(dash_cuit(iss.cuit) if o.get("dash") else iss.cuit)
        blabel = tesc(o.get("buyer_label", "Razón social:"))
        dlabel = o.get("date_label", "Fecha de emisión")
        rows_txt = ",".join("\n  " + r for r in rows)
        src = f"""#set page(paper: "a4", margin: (x: 14mm, y: 12mm))
#set text(font: "DejaVu Sans", size: 8.5pt, lang: "es")
#grid(columns: (1fr, 22mm, 1fr), gutter: 4mm,
  [#text(size: 14pt, weight: "bold")[{tesc(iss.fantasy or iss.name)}] \\
   {rs_line}{tesc(iss.addr)} \\
   {tesc(COND[L])}],
  box(stroke: 1pt, inset: 3mm, width: 100%)[#align(center)[#text(size: 26pt, weight: "bold")[{L}] \\ #text(size: 7pt)[COD. {inv.code:03d}]]],
  [#align(right)[#text(size: 14pt, weight: "bold")[FACTURA] \\
   {tesc(numtxt)} \\
   {dlabel}: {tesc(fdate(inv.issued, o['date']))} \\
   CUIT: {cuit_txt} \\
   IIBB: {iss.cuit[2:10]}]])
#line(length: 100%)
#grid(columns: (1fr, 1fr), gutter: 3mm,
  [{blabel} *{tesc(buy.name)}* \\ {tesc(bid)} \\ IVA: {tesc(buy.cond)}],
  [Domicilio: {tesc(buy.addr)} \\ Condición de venta: Cuenta Corriente \\ Vencimiento: {tesc(fdate(inv.pay_due, o['date']))}{cur_line}])
#line(length: 100%)
#table(columns: ({widths}), align: ({aligns}), stroke: (x, y) => if y == 0 {{ (bottom: 1pt) }} else {{ (bottom: 0.3pt + gray) }},
  {hdr},
  {rows_txt})
#v(3mm)
#align(right)[#table(columns: 2, align: (right, right), stroke: none,
{tot})]
{extra}
#v(4mm)
#grid(columns: (36mm, 1fr), gutter: 3mm, [{qr_line}], [#v(4mm) {cae}])
"""
        with open(os.path.join(td, "main.typ"), "w") as f:
            f.write(src)
        typst.compile(os.path.join(td, "main.typ"), output=out, root=td)


# ------------------------------------------------------------------ PyMuPDF, roll paper (text at coordinates)
def roll_pdf(inv: Invoice, o, out: str) -> None:
    import pymupdf
    W = 80 * 72 / 25.4
    n = o.get("num", "ar")
    cols = 40
    lines: list[tuple[str, str]] = []  # (kind, text): c=center, l=left, b=bold center

    def lr(a, b):
        return a + " " * max(1, cols - len(a) - len(b)) + b

    iss, buy, L = inv.issuer, inv.buyer, inv.letter
    if iss.fantasy:
        lines.append(("b", iss.fantasy))
    lines += [("c", ("Razón Social: " if iss.fantasy else "") + iss.name), ("c", "CUIT: " + dash_cuit(iss.cuit)),
              ("c", iss.addr), ("c", COND[L]), ("c", "Inicio de Actividades: 01/08/2017"), ("l", "-" * cols),
              ("b", f"FACTURA {L}  (Cod. {inv.code:03d})"),
              ("l", lr(f"P.V. {inv.pos:04d}", f"Nro. {inv.number:08d}")),
              ("l", lr("Fecha " + fdate(inv.issued, o["date"]), "")), ("l", "-" * cols)]
    if buy.cuit:
        lines += [("l", "Cliente: " + buy.name), ("l", "CUIT: " + buy.cuit), ("l", "IVA: " + buy.cond)]
    else:
        lines += [("l", "A CONSUMIDOR FINAL")]
    lines.append(("l", "-" * cols))
    lines.append(("l", lr("Cant./Precio Unit.", "(IVA%)  IMPORTE")))
    for it in inv.items:
        q = fnum(it.qty, n, it.qty_dec)
        lines.append(("l", f"{q} {it.unit_label} x {fnum(it.unit_price, n)}"))
        amt = it.net if (L == "A" and not inv.prices_include_vat) else it.incl
        tail = (f"({fnum(it.rate, n)})  " if inv.print_line_rate and it.rate is not None else "") + fnum(amt, n)
        desc = it.desc
        if it.code:
            desc = it.code + " " + desc
        room = cols - len(tail) - 1
        words, chunks, cur = desc.split(), [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > cols:
                chunks.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        chunks.append(cur)
        if len(chunks[-1]) > room:
            last = chunks.pop()
            cut = last[:room].rfind(" ")
            chunks += [last[:cut], last[cut + 1:]]
        for ch in chunks[:-1]:
            lines.append(("l", ch))
        lines.append(("l", lr(chunks[-1], tail)))
    lines.append(("l", "-" * cols))
    for a, b in totals_rows(inv, o):
        lines.append(("l", lr(a.upper(), b)))
    for m, a in inv.payments:
        lines.append(("l", lr(m, fnum(a, n))))
    if o.get("vuelto"):
        lines.append(("l", lr("SU VUELTO", fnum(o["vuelto"], n))))
    lines.append(("l", "-" * cols))
    if inv.cae:
        lines += [("l", "CAE: " + inv.cae), ("l", "Vto. CAE: " + fdate(inv.cae_due, o["date"]))]
    lh = 10.5
    qr_h = 120 if inv.qr_payload else 0
    H = 30 + lh * len(lines) + qr_h + 30
    doc = pymupdf.open()
    page = doc.new_page(width=W, height=H)
    page.insert_font(fontname="mono", fontfile=MONO)
    page.insert_font(fontname="monob", fontfile=MONO_B)
    fs = 7.2
    cw = pymupdf.Font(fontfile=MONO).text_length("M", fs)
    x0 = (W - cw * cols) / 2
    y = 28
    for kind, t in lines:
        fn = "monob" if kind == "b" else "mono"
        x = x0 + ((cols - len(t)) / 2 * cw if kind in "cb" else 0)
        page.insert_text((x, y), t, fontname=fn, fontsize=fs)
        y += lh
    if inv.qr_payload:
        qr = segno.make(inv.qr_payload, error="m")
        size = 105
        if o.get("qr") == "vector":
            m = list(qr.matrix)
            mod = size / (len(m) + 8)
            qx, qy = (W - size) / 2 + 4 * mod, y + 5 + 4 * mod
            shape = page.new_shape()
            for r, row in enumerate(m):
                for c, v in enumerate(row):
                    if v:
                        shape.draw_rect(pymupdf.Rect(qx + c * mod, qy + r * mod, qx + (c + 1) * mod, qy + (r + 1) * mod))
            shape.finish(color=None, fill=(0, 0, 0), width=0)
            shape.commit()
        else:
            buf = io.BytesIO()
            qr.save(buf, kind="png", scale=4, border=4)
            page.insert_image(pymupdf.Rect((W - size) / 2, y + 5, (W + size) / 2, y + 5 + size), stream=buf.getvalue())
    doc.set_metadata({"producer": "PyMuPDF", "creator": "PuntoVenta Cloud"})
    doc.save(out, garbage=3, deflate=True)


# ------------------------------------------------------------------ PyMuPDF Story (HTML subset)
STORY_CSS = """
body { font-family: sans-serif; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
th { background-color: #dddddd; font-size: 8pt; text-align: left; }
td { vertical-align: top; font-size: 8.5pt; }
.r { text-align: right; }
h1 { font-size: 15pt; margin: 0; }
"""


def story_pdf(inv: Invoice, o, out: str) -> None:
    import html as H

    import pymupdf
    L, iss, buy = inv.letter, inv.issuer, inv.buyer
    copies = o.get("copies", [None])
    with tempfile.TemporaryDirectory() as td:
        if inv.qr_payload:
            segno.make(inv.qr_payload, error="m").save(os.path.join(td, "qr.png"), scale=5, border=4)
        numtxt = o.get("numfmt", "Nº {pos:04d}-{num:08d}").format(pos=inv.pos, num=inv.number)
        tot = "".join(f"<tr><td class='r'>{H.escape(a)}</td><td class='r'>{b}</td></tr>" for a, b in totals_rows(inv, o))
        qr = '<img src="qr.png" width="95" height="95">' if inv.qr_payload else ""
        bid = f"CUIT: {dash_cuit(buy.cuit)}" if buy.cuit else f"DNI: {buy.doc_num}"
        pages = []
        for cp in copies:
            pages.append(f"""
<p style="text-align:center"><b>{cp or ''}</b></p>
<h1>{H.escape(iss.fantasy or iss.name)}</h1>
<table><tr><td style="width:50%">{('Razón Social: ' + H.escape(iss.name) + '<br>') if iss.fantasy else ''}CUIT: {iss.cuit}<br>{H.escape(iss.addr)}<br>{COND[L]}</td>
<td style="width:10%;text-align:center"><h1>{L}</h1>Cód. {inv.code:02d}</td>
<td class="r"><h1>FACTURA</h1>{numtxt}<br>{o.get('date_label', 'Fecha')}: {fdate(inv.issued, o['date'])}<br>
Vencimiento: {fdate(inv.pay_due, o['date'])}</td></tr></table>
<hr>
<p>{o.get('buyer_label', 'Cliente:')} <b>{H.escape(buy.name)}</b> - {bid} - {H.escape(buy.cond)}<br>Domicilio: {H.escape(buy.addr)}</p>
{items_table(inv, o)}
<table><tr><td style="width:55%">{qr}</td><td><table>{tot}</table></td></tr></table>
<p>{('CAE Nro.: ' + inv.cae + ' - Vencimiento CAE: ' + fdate(inv.cae_due, o['date'])) if inv.cae else ''}</p>
""")
        writer = pymupdf.DocumentWriter(out)
        for body in pages:
            story = pymupdf.Story(html=body, user_css=STORY_CSS, archive=pymupdf.Archive(td))
            more = 1
            while more:
                dev = writer.begin_page(pymupdf.paper_rect("a4"))
                more, _ = story.place(pymupdf.paper_rect("a4") + (36, 36, -36, -36))
                story.draw(dev)
                writer.end_page()
        writer.close()


# ------------------------------------------------------------------ PyMuPDF text at coordinates (A4, unusual column order)
def coords_pdf(inv: Invoice, o, out: str) -> None:
    import pymupdf
    L, iss, buy = inv.letter, inv.issuer, inv.buyer
    n = o.get("num", "ar")
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="dv", fontfile=DEJAVU)
    page.insert_font(fontname="dvb", fontfile=DEJAVU_B)
    f = pymupdf.Font(fontfile=DEJAVU)

    def t(x, y, s, size=9, bold=False, right=False):
        if right:
            x = x - f.text_length(s, size)
        page.insert_text((x, y), s, fontname="dvb" if bold else "dv", fontsize=size)

    t(40, 60, iss.name, 15, True)
    t(40, 78, "CUIT " + iss.cuit + "  -  " + COND[L])
    t(40, 91, iss.addr)
    page.draw_rect(pymupdf.Rect(280, 40, 320, 85), color=(0, 0, 0), width=1)
    t(290, 70, L, 24, True)
    t(283, 82, f"C {inv.code:02d}", 7)
    t(555, 58, "FACTURA", 14, True, right=True)
    t(555, 74, o.get("numfmt", "Nro. Comp. {pos:05d} - {num:08d}").format(pos=inv.pos, num=inv.number), right=True)
    t(555, 87, "Emitida el " + fdate(inv.issued, o["date"]), right=True)
    page.draw_line((40, 100), (555, 100))
    t(40, 116, "Cliente: " + buy.name, bold=True)
    t(40, 129, ("CUIT " + buy.cuit) if buy.cuit else ("DNI " + buy.doc_num))
    t(300, 129, "Cond. IVA: " + buy.cond)
    t(40, 142, "Domicilio: " + buy.addr)
    page.draw_line((40, 150), (555, 150))
    # columns: Importe | Cant. | Detalle | P. Unit.   (amount first)
    y = 166
    t(95, y, "Importe", 8, True, right=True)
    t(130, y, "Cant.", 8, True, right=True)
    t(145, y, "Detalle", 8, True)
    t(555, y, "P. Unit.", 8, True, right=True)
    y += 16
    for it in inv.items:
        amt = it.net if (L == "A" and not inv.prices_include_vat) else it.incl
        t(95, y, fnum(amt, n), right=True)
        t(130, y, fnum(it.qty, n, it.qty_dec), right=True)
        words, cur, dl = it.desc.split(), "", []
        for w in words:
            if f.text_length(cur + " " + w, 9) > 330 and cur:
                dl.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        dl.append(cur)
        for k, d in enumerate(dl):
            t(145, y + 11 * k, d)
        t(555, y, fnum(it.unit_price, n), right=True)
        y += 11 * len(dl) + 5
    page.draw_line((40, y), (555, y))
    y += 16
    for a, b in totals_rows(inv, o):
        t(450, y, a, 9, True, right=True)
        t(555, y, b, right=True)
        y += 13
    if inv.qr_payload:
        buf = io.BytesIO()
        segno.make(inv.qr_payload, error="m").save(buf, kind="png", scale=4, border=4)
        page.insert_image(pymupdf.Rect(40, y + 10, 140, y + 110), stream=buf.getvalue())
    if inv.cae:
        t(160, y + 50, "CAE: " + inv.cae)
        t(160, y + 63, "Vencimiento CAE: " + fdate(inv.cae_due, o["date"]))
    doc.set_metadata({"producer": "PyMuPDF", "creator": "FacturadorPro 3"})
    doc.save(out, garbage=3, deflate=True)


# ------------------------------------------------------------------ matplotlib PDF backend
def mpl_pdf(inv: Invoice, o, out: str) -> None:
    import matplotlib
    matplotlib.use("pdf")
    matplotlib.rcParams["pdf.fonttype"] = 42
    matplotlib.rcParams["font.family"] = "DejaVu Sans"
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle
    L, iss, buy = inv.letter, inv.issuer, inv.buyer
    n = o.get("num", "ar")
    fig = plt.figure(figsize=(8.27, 11.69))
    H = 842.0

    def t(x, y, s, size=9, bold=False, ha="left"):
        fig.text(x / 595, 1 - y / H, s, fontsize=size, fontweight="bold" if bold else "normal", ha=ha, va="baseline")

    t(297, 40, "ORIGINAL", 10, True, "center")
    t(45, 70, iss.fantasy or iss.name, 15, True)
    y = 86
    if iss.fantasy:
        t(45, y, "Razón Social: " + iss.name)
        y += 13
    t(45, y, "Domicilio: " + iss.addr)
    t(45, y + 13, "Condición IVA: " + COND[L])
    t(297, 72, L, 26, True, "center")
    t(297, 86, f"COD. {inv.code:02d}", 7, False, "center")
    t(550, 64, "FACTURA", 14, True, "right")
    t(550, 80, o.get("numfmt", "Punto de Venta: {pos:05d}   Comp. Nro: {num:08d}").format(pos=inv.pos, num=inv.number), ha="right")
    t(550, 93, "Fecha de Emisión: " + fdate(inv.issued, o["date"]), ha="right")
    t(550, 106, "CUIT: " + dash_cuit(iss.cuit), ha="right")
    t(45, 140, ("CUIT: " + buy.cuit) if buy.cuit else ("DNI: " + buy.doc_num))
    t(220, 140, "Apellido y Nombre / Razón Social: " + buy.name)
    t(45, 153, "Condición frente al IVA: " + buy.cond)
    t(45, 166, "Condición de venta: Contado")
    cols = o["cols"]  # list of (key, header, x, align)
    y = 195
    for key, hd, x, al in cols:
        t(x, y, hd, 8, True, al)
    y += 15
    for it in inv.items:
        amt = it.net if (L == "A" and not inv.prices_include_vat) else it.incl
        vals = {"desc": it.desc.split("\n") if "\n" in it.desc else _wrap(it.desc, o.get("wrap", 45)),
                "qty": fnum(it.qty, n, it.qty_dec), "unit": it.unit_label, "price": fnum(it.unit_price, n),
                "amount": fnum(amt, n), "rate": (fnum(it.rate, n) + "%") if it.rate is not None else "",
                "code": it.code}
        nl = 1
        for key, hd, x, al in cols:
            v = vals[key]
            if isinstance(v, list):
                for k, part in enumerate(v):
                    t(x, y + 11 * k, part, 8.5, False, al)
                nl = max(nl, len(v))
            else:
                t(x, y, v, 8.5, False, al)
        y += 11 * nl + 4
    y += 12
    for a, b in totals_rows(inv, o):
        t(440, y, a, 9, True, "right")
        t(550, y, b, 9, False, "right")
        y += 14
    if inv.qr_payload:
        qr = segno.make(inv.qr_payload, error="m")
        m = [list(r) for r in qr.matrix]
        size = 100.0
        ax = fig.add_axes([45 / 595, 1 - (y + 20 + size) / H, size / 595, size / H])
        ax.set_axis_off()
        N = len(m) + 8
        ax.set_xlim(0, N)
        ax.set_ylim(N, 0)
        if o.get("qr") == "vector":
            for r, row in enumerate(m):
                for c, v in enumerate(row):
                    if v:
                        ax.add_patch(Rectangle((c + 4, r + 4), 1, 1, facecolor="black", edgecolor="none"))
        else:
            import numpy as np
            arr = np.ones((N, N))
            for r, row in enumerate(m):
                for c, v in enumerate(row):
                    if v:
                        arr[r + 4, c + 4] = 0
            ax.imshow(arr, cmap="gray", interpolation="none", extent=(0, N, N, 0), vmin=0, vmax=1)
    if inv.cae:
        t(170, y + 60, "CAE N°: " + inv.cae)
        t(170, y + 74, "Fecha de Vto. de CAE: " + fdate(inv.cae_due, o["date"]))
    fig.savefig(out, format="pdf", metadata={"Creator": "matplotlib", "CreationDate": None})
    plt.close(fig)


def _wrap(s: str, w: int) -> list[str]:
    out, cur = [], ""
    for word in s.split():
        if len(cur) + 1 + len(word) > w and cur:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word).strip()
    out.append(cur)
    return out
