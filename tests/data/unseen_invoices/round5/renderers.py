"""Turns a printed model into: a draw list (QPainter / PDFBox / Inkscape), HTML (Qt rich text / AbiWord),
monospace text (pango-view) or a Gnumeric workbook."""
import html
import segno

NUMERIC = {"qty", "price", "bonif", "rate", "amount", "net", "civa"}
W, H, M = 595.0, 842.0, 36.0


def qr_matrix(url):
    q = segno.make(url, error="m", micro=False)
    return [list(r) for r in q.matrix]


def qr_png(url, path, scale=6):
    segno.make(url, error="m", micro=False).save(path, scale=scale, border=2)


def colwidths(model, size, total):
    cols = model["cols"]
    ws = []
    for i, (k, t) in enumerate(cols):
        n = max([len(t)] + [max(len(x) for x in (r[i] or "").split("\n")) for r in model["rows"]])
        ws.append(n * size * 0.64 + 10)
    di = [k for k, _ in cols].index("desc")
    rest = total - (sum(ws) - ws[di])
    ws[di] = max(rest, 80)
    return ws


def layout_draw(model, size=8.0):
    """Pages of ops: ('T', x, y, size, bold, align, text), ('R', x, y, w, h), ('L', x1, y1, x2, y2), ('Q', x, y, side, url)."""
    copies = model["copies"] or [None]
    pages = []
    for copy in copies:
        pages += _layout_one(model, size, copy)
    return pages


def _header(model, ops, size, copy, first):
    y0 = 40
    if copy:
        ops.append(("T", W / 2, 30, 9, True, "c", copy))
    ops.append(("R", M, y0, W - 2 * M, 118))
    kind = model["kind"]
    title = list(model["title"])
    if model["letter_style"] == "box":
        ops.append(("R", W / 2 - 22, y0, 44, 40))
        ops.append(("T", W / 2, y0 + 26, 24, True, "c", kind))
        ops.append(("T", W / 2, y0 + 36, 6, False, "c", model["letter_code"]))
        ops.append(("L", W / 2, y0 + 40, W / 2, y0 + 118))
    else:
        title[0] = (title[0][0] + " " + kind, True)
        title.insert(1, (model["letter_code"], False))
    al = model["issuer_align"]
    if al == "left":
        ix, ia, tx = M + 10, "l", W / 2 + 30
    elif al == "right":
        ix, ia, tx = W / 2 + 30, "l", M + 10
    else:
        ix, ia, tx = W / 2, "c", W / 2 + 30
    y = y0 + 16
    iss = model["issuer"]
    if al == "center":
        for t, b in iss:
            ops.append(("T", ix, y, 11 if b else size, b, ia, t))
            y += 14 if b else size + 3
        # title below, to the right of the letter box which moves left
        yt = y + 4
    else:
        avail = (W / 2 - 26 - ix) if al == "left" else (W - M - 6 - ix)
        for t, b in iss:
            fs = min(11.0, round(avail / (len(t) * 0.62), 1)) if b else min(size, round(avail / (len(t) * 0.52), 1))
            ops.append(("T", ix, y, fs, b, ia, t))
            y += 14 if b else size + 3
        yt = y0 + 16
    for t, b in title:
        ops.append(("T", tx, yt, 12 if b else size, b, "l", t))
        yt += 15 if b else size + 3
    return max(y, yt, y0 + 118) + 12


def _table_header(model, ops, y, xs, ws, size):
    ops.append(("L", M, y - size - 2, W - M, y - size - 2))
    for (k, t), x, w in zip(model["cols"], xs, ws):
        if k in NUMERIC:
            ops.append(("T", x + w - 3, y, size, True, "r", t))
        else:
            ops.append(("T", x + 3, y, size, True, "l", t))
    ops.append(("L", M, y + 4, W - M, y + 4))
    return y + size + 8


def _layout_one(model, size, copy):
    pages, ops = [], []
    y = _header(model, ops, size, copy, True)
    lh = size + 3
    blines = model["buyer"]
    if blines:
        ops.append(("R", M, y - 10, W - 2 * M, len(blines) * lh + 8))
        for t in blines:
            ops.append(("T", M + 10, y, size, False, "l", t))
            y += lh
        y += 8
    for t in model["extra"]:
        ops.append(("T", M + 10, y, size, False, "l", t))
        y += lh
    if model["cond_venta"]:
        ops.append(("T", M + 10, y, size, False, "l", model["cond_venta"]))
        y += lh
    y += 10
    ws = colwidths(model, size, W - 2 * M)
    xs = [M]
    for w in ws[:-1]:
        xs.append(xs[-1] + w)
    y = _table_header(model, ops, y, xs, ws, size)
    rpp = model["rows_per_page"] or 10 ** 6
    n = 0
    for r in model["rows"]:
        nl = max(len(c.split("\n")) for c in r)
        if n >= rpp or y + nl * lh > H - 60:
            ops.append(("T", W - M, H - 40, size, False, "r", "Continúa en la hoja siguiente"))
            pages.append(ops)
            ops = []
            y = 60
            if copy:
                ops.append(("T", W / 2, 30, 9, True, "c", copy))
            if model["repeat_header"]:
                y = _table_header(model, ops, y, xs, ws, size)
            n = 0
        for (k, _), x, w, c in zip(model["cols"], xs, ws, r):
            for j, part in enumerate(c.split("\n")):
                if k in NUMERIC:
                    ops.append(("T", x + w - 3, y + j * lh, size, False, "r", part))
                else:
                    ops.append(("T", x + 3, y + j * lh, size, False, "l", part))
        y += nl * lh + 2
        n += 1
    ops.append(("L", M, y - lh + 4, W - M, y - lh + 4))
    y += 8
    need = 60 + len(model["totals"]) * (lh + 2) + (model["qr_size"] if model["qr"] else 40)
    if y + need > H - 30:
        pages.append(ops)
        ops = []
        y = 60
    st = model["totals_style"]
    tot = model["totals"]
    if st == "column":
        for i, (lab, val) in enumerate(tot):
            last = i == len(tot) - 1
            ops.append(("T", W - M - 110, y, size + (2 if last else 0), last, "r", lab))
            ops.append(("T", W - M - 5, y, size + (2 if last else 0), last, "r", val))
            y += lh + (4 if last else 2)
    elif st == "row":
        n = len(tot)
        cw = (W - 2 * M) / n
        ops.append(("R", M, y - size - 4, W - 2 * M, 2 * lh + 8))
        for i, (lab, val) in enumerate(tot):
            ops.append(("T", M + cw * i + cw / 2, y, size - 1, False, "c", lab.rstrip(":")))
            ops.append(("T", M + cw * i + cw / 2, y + lh + 2, size, i == n - 1, "c", val))
        y += 2 * lh + 14
    else:  # grid: two pairs per row
        half = (W - 2 * M) / 2
        for i, (lab, val) in enumerate(tot):
            r, c = divmod(i, 2)
            x0 = M + c * half
            ops.append(("R", x0, y + r * (lh + 4) - size - 2, half, lh + 4))
            ops.append(("T", x0 + 5, y + r * (lh + 4), size, False, "l", lab))
            ops.append(("T", x0 + half - 5, y + r * (lh + 4), size, False, "r", val))
        y += ((len(tot) + 1) // 2) * (lh + 4) + 6
    for m, a in model["payments"]:
        ops.append(("T", W - M - 110, y, size, False, "r", m))
        ops.append(("T", W - M - 5, y, size, False, "r", a))
        y += lh
    y += 10
    qs = model["qr_size"]
    fx = M
    want_qr = model["qr"] and (model["qr_page"] == "last" or not pages)
    if model["qr"] and model["qr_page"] == "first" and pages:
        # QR on the first page of this copy, below the issuer block (right margin)
        pages[0].append(("Q", W - M - qs, H - 30 - qs, qs, model["qr"]))
    if want_qr:
        ops.append(("Q", M, y - 8, qs, model["qr"]))
        fx = M + qs + 12
    for t in model["footer"]:
        ops.append(("T", fx, y + 8, size, True, "l", t))
        y += lh
    pages.append(ops)
    return pages


# ---------------------------------------------------------------- HTML

def to_html(model, qr_src=None, flavor="qt"):
    e = html.escape
    kind = model["kind"]
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family: DejaVu Sans, sans-serif; font-size: 9pt">']
    copies = model["copies"] or [None]
    for ci, copy in enumerate(copies):
        if copy:
            out.append(f'<p align="center"><b>{e(copy)}</b></p>')
        iss = "".join((f"<b><span style='font-size:12pt'>{e(t)}</span></b><br>" if b else f"{e(t)}<br>") for t, b in model["issuer"])
        title = list(model["title"])
        if model["letter_style"] == "box":
            letter = (f'<table border="1" cellpadding="4" cellspacing="0" align="center"><tr><td align="center">'
                      f'<span style="font-size:22pt"><b>{kind}</b></span><br><span style="font-size:6pt">{e(model["letter_code"])}</span></td></tr></table>')
        else:
            title[0] = (title[0][0] + " " + kind, True)
            title.insert(1, (model["letter_code"], False))
            letter = ""
        tit = "".join((f"<b><span style='font-size:13pt'>{e(t)}</span></b><br>" if b else f"{e(t)}<br>") for t, b in title)
        al = model["issuer_align"]
        out.append('<table width="100%" border="1" cellspacing="0" cellpadding="6"><tr>')
        if al == "left":
            out.append(f'<td width="45%" valign="top">{iss}</td><td width="10%" valign="top" align="center">{letter}</td><td width="45%" valign="top">{tit}</td>')
        elif al == "right":
            out.append(f'<td width="45%" valign="top">{tit}</td><td width="10%" valign="top" align="center">{letter}</td><td width="45%" valign="top">{iss}</td>')
        else:
            out.append(f'<td colspan="2" align="center" valign="top">{iss}</td></tr><tr><td width="20%" align="center">{letter}</td><td valign="top">{tit}</td>')
        out.append("</tr></table>")
        if model["buyer"]:
            out.append('<table width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td>' + "<br>".join(e(t) for t in model["buyer"]) + "</td></tr></table>")
        if model["extra"] or model["cond_venta"]:
            out.append("<p>" + "<br>".join(e(t) for t in model["extra"] + ([model["cond_venta"]] if model["cond_venta"] else [])) + "</p>")
        out.append('<br><table width="100%" border="1" cellspacing="0" cellpadding="3"><thead><tr>')
        for k, t in model["cols"]:
            out.append(f'<th align="{"right" if k in NUMERIC else "left"}" bgcolor="#dddddd">{e(t)}</th>')
        out.append("</tr></thead>")
        for r in model["rows"]:
            out.append("<tr>" + "".join(
                f'<td align="{"right" if k in NUMERIC else "left"}" valign="top">' + "<br>".join(e(p) for p in c.split("\n")) + "</td>"
                for (k, _), c in zip(model["cols"], r)) + "</tr>")
        out.append("</table><br>")
        st = model["totals_style"]
        tot = model["totals"]
        if st == "row":
            out.append('<table width="100%" border="1" cellspacing="0" cellpadding="3"><tr>' + "".join(f'<td align="center">{e(l.rstrip(":"))}</td>' for l, _ in tot) + "</tr><tr>" + "".join(f'<td align="center"><b>{e(v)}</b></td>' for _, v in tot) + "</tr></table>")
        elif st == "grid":
            out.append('<table width="100%" border="1" cellspacing="0" cellpadding="3">')
            for i in range(0, len(tot), 2):
                cells = tot[i:i + 2]
                out.append("<tr>" + "".join(f'<td>{e(l)}</td><td align="right">{e(v)}</td>' for l, v in cells) + ("<td></td><td></td>" if len(cells) == 1 else "") + "</tr>")
            out.append("</table>")
        else:
            out.append('<table width="45%" align="right" border="0" cellspacing="0" cellpadding="2">')
            for i, (l, v) in enumerate(tot):
                b0, b1 = ("<b>", "</b>") if i == len(tot) - 1 else ("", "")
                out.append(f'<tr><td align="right">{b0}{e(l)}{b1}</td><td align="right">{b0}{e(v)}{b1}</td></tr>')
            out.append("</table><br clear=\"all\">")
        for m, a in model["payments"]:
            out.append(f"<p align=\"right\">{e(m)} {e(a)}</p>")
        out.append('<br><table border="0" cellpadding="4"><tr>')
        if qr_src and (model["qr_page"] == "first" or ci == len(copies) - 1):
            s = model["qr_size"]
            out.append(f'<td><img src="{qr_src}" width="{s}" height="{s}"></td>')
        out.append("<td valign=\"middle\">" + "<br>".join(f"<b>{e(t)}</b>" for t in model["footer"]) + "</td></tr></table>")
        if ci < len(copies) - 1:
            out.append('<p style="page-break-after: always"></p>' if flavor == "qt" else '<p style="page-break-before: always"></p>')
    out.append("</body></html>")
    return "\n".join(out)


# ---------------------------------------------------------------- monospace text

def to_text(model, width=96):
    L = []
    kind = model["kind"]
    al = model["issuer_align"]
    iss = [t for t, _ in model["issuer"]]
    title = [t for t, _ in model["title"]]
    if model["letter_style"] == "box":
        box = ["+-----+", f"|  {kind}  |", "+-----+", model["letter_code"]]
    else:
        title[0] = title[0] + " " + kind
        title.insert(1, model["letter_code"])
        box = []
    L.append("=" * width)
    n = max(len(iss), len(title), len(box))
    for i in range(n):
        a = iss[i] if i < len(iss) else ""
        b = box[i] if i < len(box) else ""
        c = title[i] if i < len(title) else ""
        if al == "right":
            a, c = c, a
        L.append(f"{a:<42}{b:^12}{c}")
    L.append("=" * width)
    L += model["buyer"]
    L.append("-" * width)
    L += model["extra"] + ([model["cond_venta"]] if model["cond_venta"] else [])
    cols = model["cols"]
    ws = []
    for i, (k, t) in enumerate(cols):
        ws.append(max([len(t)] + [max(len(x) for x in r[i].split("\n")) for r in model["rows"]]) + 2)
    di = [k for k, _ in cols].index("desc")

    def fmtrow(cells):
        s = ""
        for (k, _), w, c in zip(cols, ws, cells):
            s += (c.rjust(w) if k in NUMERIC else c.ljust(w)) + " "
        return s.rstrip()
    L.append("")
    L.append(fmtrow([t for _, t in cols]))
    L.append("-" * width)
    for r in model["rows"]:
        parts = [c.split("\n") for c in r]
        nl = max(len(p) for p in parts)
        for j in range(nl):
            L.append(fmtrow([p[j] if j < len(p) else "" for p in parts]))
    L.append("-" * width)
    for l, v in model["totals"]:
        L.append(f"{l:>70}{v:>20}")
    for m, a in model["payments"]:
        L.append(f"{m:>70}{a:>20}")
    L.append("")
    L += model["footer"]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- Gnumeric

def to_gnumeric(model):
    """Cell grid: header in A/E columns, table one column per field; every cell a string (ValueType 60)."""
    cells = []  # (row, col, text, bold)
    r = 0
    kind = model["kind"]
    iss = model["issuer"]
    title = list(model["title"])
    if model["letter_style"] != "box":
        title[0] = (title[0][0] + " " + kind, True)
        title.insert(1, (model["letter_code"], False))
    ncol = len(model["cols"])
    for i in range(len(iss)):
        cells.append((r + i, 0, iss[i][0], iss[i][1]))
    r += len(iss) + 1
    if model["letter_style"] == "box":
        cells.append((r, 0, kind, True))
        cells.append((r + 1, 0, model["letter_code"], False))
        r += 3
    for i in range(len(title)):
        cells.append((r + i, 0, title[i][0], title[i][1]))
    r += len(title) + 1
    for t in model["buyer"] + model["extra"] + ([model["cond_venta"]] if model["cond_venta"] else []):
        cells.append((r, 0, t, False))
        r += 1
    r += 1
    tstart = r
    for c, (k, t) in enumerate(model["cols"]):
        cells.append((r, c, t, True))
    r += 1
    for row in model["rows"]:
        nl = 1
        for c, v in enumerate(row):
            for j, part in enumerate(v.split("\n")):
                if part:
                    cells.append((r + j, c, part, False))
                nl = max(nl, j + 1)
        r += nl
    r += 1
    di = [k for k, _ in model["cols"]].index("desc")
    for l, v in model["totals"]:
        cells.append((r, di, l, False))
        cells.append((r, ncol - 1, v, False))
        r += 1
    tend = r
    r += 1
    for t in model["footer"]:
        cells.append((r, 0, t, True))
        r += 1
    return cells, r, (tstart, tend)
