"""Coordinate layout shared by the coordinate-based generators (TCPDF, FPDF, iText, libharu, mutool).
Produces a draw list: ops in points, y measured from the top of an A4 page (595 x 842)."""
import segno

W, H, M = 595.0, 842.0, 30.0


def qr_matrix(url):
    q = segno.make(url, error="m", micro=False)
    return ["".join("1" if v else "0" for v in row) for row in q.matrix]


class Page:
    def __init__(self, fam):
        self.ops, self.fam = [], fam

    def font(self, bold, size):
        self.ops.append(["font", self.fam + ("-bold" if bold else ""), size])

    def text(self, x, y, s, align="L"):
        self.ops.append(["text", round(x, 2), round(y, 2), s, align])

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        self.ops.append(["rect", round(x, 2), round(y, 2), round(w, 2), round(h, 2), lw, fill])

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.ops.append(["line", x1, y1, x2, y2, lw])


def layout(d):
    fam = d.get("font", "sans")
    fs = d.get("fs", 8.5)
    lead = fs * 1.3
    pages = []
    copies = d.get("copies") or [None]
    side = d.get("issuer_side", "L")
    cols = d["columns"]
    tw = W - 2 * M
    xs, x = [], M
    for c in cols:
        xs.append(x)
        x += c[2] * tw
    qsize = d.get("qr_size", 80)
    qr_where = d.get("qr_where", "last")

    for ci, copy in enumerate(copies):
        doc_pages = []

        def header(pg, first):
            y = 28
            if copy:
                pg.font(True, 10); pg.text(W / 2, y, copy, "C")
            top = 38
            hh = d.get("header_h", 130)
            pg.rect(M, top, tw, hh)
            ix = M + 10 if side == "L" else W / 2 + 35
            vx = W / 2 + 35 if side == "L" else M + 10
            # issuer block
            yy = top + 18
            for i, ln in enumerate(d["issuer_lines"]):
                b = i == 0
                pg.font(b, 12 if b else fs)
                pg.text(ix, yy, ln)
                yy += 16 if b else lead
            # letter
            if d.get("letter_style", "box") == "box":
                bx = W / 2 - 24
                pg.rect(bx, top, 48, 48, 1.2)
                pg.font(True, 28); pg.text(W / 2, top + 32, d["letter"], "C")
                pg.font(False, 6.5); pg.text(W / 2, top + 44, d["code_text"], "C")
                pg.line(W / 2, top + 48, W / 2, top + hh)
            yy = top + 18
            pg.font(True, 14); pg.text(vx, yy, d["title"] + (" " + d["letter"] if d.get("letter_style") == "inline" else ""))
            yy += 16
            if d.get("letter_style") == "inline":
                pg.font(True, 9); pg.text(vx, yy, d["code_text"]); yy += lead
            for ln in d["inv_lines"]:
                pg.font(False, fs); pg.text(vx, yy, ln); yy += lead
            y = top + hh + 6
            if first or d.get("repeat_buyer", False):
                bl = d["buyer_lines"]
                bh = len(bl) * lead + 8
                pg.rect(M, y, tw, bh)
                yy = y + lead
                for ln in bl:
                    pg.font(False, fs); pg.text(M + 8, yy, ln); yy += lead
                y += bh + 6
                for ln in d.get("extra_lines", []):
                    pg.font(ln.startswith("*"), fs); pg.text(M + 8, y + lead, ln.lstrip("*")); y += lead
                if d.get("extra_lines"):
                    y += 6
            return y

        def table_head(pg, y):
            pg.rect(M, y, tw, lead + 4, 0.5, 0.85)
            pg.font(True, fs)
            for (k, t, w, a), x0 in zip(cols, xs):
                cw = w * tw
                if a == "R":
                    pg.text(x0 + cw - 3, y + lead, t, "R")
                else:
                    pg.text(x0 + 3, y + lead, t)
            return y + lead + 6

        pg = Page(fam)
        y = header(pg, True)
        y = table_head(pg, y)
        bottom = H - 40
        rows = d["rows"]
        for ri, row in enumerate(rows):
            nl = max(len(c) if isinstance(c, list) else 1 for c in row)
            rh = nl * lead + 2
            if y + rh > bottom or (d.get("rows_per_page") and ri and ri % d["rows_per_page"] == 0):
                if d.get("cont_text"):
                    pg.font(False, fs - 1); pg.text(W - M, bottom + 10, d["cont_text"], "R")
                doc_pages.append(pg)
                pg = Page(fam)
                if d.get("repeat_header", True):
                    y = header(pg, False)
                    y = table_head(pg, y)
                else:
                    y = 50
            pg.font(False, fs)
            for (k, t, w, a), x0, cell in zip(cols, xs, row):
                lines = cell if isinstance(cell, list) else [cell]
                for li, s in enumerate(lines):
                    yy = y + lead * (li + 1) - 2
                    if a == "R":
                        pg.text(x0 + w * tw - 3, yy, s, "R")
                    else:
                        pg.text(x0 + 3, yy, s)
            y += rh
            if d.get("row_lines"):
                pg.line(M, y, W - M, y, 0.2)
        pg.line(M, y + 2, W - M, y + 2, 0.8)
        y += 10
        # totals
        tot = d["totals"]
        style = d.get("totals_style", "column")
        need = {"column": len(tot) * (lead + 2) + 10, "row": 3 * lead + 10, "grid": ((len(tot) + 1) // 2) * 2 * lead + 20}[style]
        extra_h = (len(d.get("after_lines", [])) + len(d.get("cae_lines", []))) * lead + (qsize if d.get("qr") else 0) + 30
        if y + need + extra_h > H - 20:
            doc_pages.append(pg)
            pg = Page(fam)
            y = 50
        if style == "column":
            lx, vx = W - M - 230, W - M - 5
            pg.rect(lx - 8, y, 243, len(tot) * (lead + 2) + 8)
            yy = y + lead + 2
            for i, (lab, val) in enumerate(tot):
                last = i == len(tot) - 1
                pg.font(last, fs + (2 if last else 0)); pg.text(lx, yy, lab); pg.text(vx, yy, val, "R")
                yy += lead + 2
            y = yy + 6
        elif style == "row":
            n = len(tot)
            cw = tw / n
            pg.rect(M, y, tw, 2 * lead + 10)
            for i, (lab, val) in enumerate(tot):
                cx = M + cw * i + cw / 2
                pg.font(True, fs - 0.5); pg.text(cx, y + lead, lab.rstrip(":"), "C")
                pg.font(i == n - 1, fs); pg.text(cx, y + 2 * lead + 4, val, "C")
                if i:
                    pg.line(M + cw * i, y, M + cw * i, y + 2 * lead + 10, 0.3)
            y += 2 * lead + 20
        else:  # grid: cells two per row, label left, value right, boxed
            cw = 240
            gx = W - M - 2 * cw
            for i in range(0, len(tot), 2):
                for j, (lab, val) in enumerate(tot[i:i + 2]):
                    x0 = gx + j * cw
                    pg.rect(x0, y, cw, lead + 6, 0.4)
                    last = i + j == len(tot) - 1
                    pg.font(last, fs); pg.text(x0 + 4, y + lead + 1, lab); pg.text(x0 + cw - 4, y + lead + 1, val, "R")
                y += lead + 6
            y += 10
        for ln in d.get("after_lines", []):
            pg.font(False, fs); pg.text(M + 5, y + lead, ln); y += lead
        y += 6
        qy = y
        cae_x = M + 5 if d.get("qr_pos", "left") == "right" else M + qsize + 20
        for ln in d.get("cae_lines", []):
            pg.font(True, fs); pg.text(cae_x, y + lead, ln); y += lead
        doc_pages.append(pg)
        # QR placement
        if d.get("qr"):
            targets = {"first": [0], "last": [len(doc_pages) - 1], "all": list(range(len(doc_pages)))}[qr_where]
            for t in targets:
                p = doc_pages[t]
                if t == len(doc_pages) - 1:
                    qx = M + 5 if d.get("qr_pos", "left") == "left" else W - M - qsize - 5
                    yq = qy
                else:
                    qx, yq = W - M - qsize - 5, H - qsize - 35
                p.ops.append(["qr", qx, yq, qsize])
        pages.extend(doc_pages)
    return [p.ops for p in pages]
