"""Printed strings P -> neutral draw list: pages of ops, y from the top, points, A4 595x842.
ops: ("t", x, y, text, size, bold, align l/r/c) ("l", x1,y1,x2,y2) ("r", x,y,w,h) ("qr", x,y,size)"""
from PIL import ImageFont
FD = "/usr/share/fonts/truetype/liberation/"
_F = {}
def width(s, size, bold=False):
    k = (size, bold)
    if k not in _F:
        _F[k] = ImageFont.truetype(FD + ("LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"), 100)
    return _F[k].getlength(s) * size / 100

def wrap(s, w, size, bold=False):
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if width(t, size, bold) <= w or not cur:
            cur = t
        else:
            out.append(cur); cur = word
    if cur: out.append(cur)
    return out

RIGHT = {"price", "bonif", "rate", "net", "amount", "qty"}

def layout(P, lay):
    W, X0, X1 = 595, 40, 555
    fs = lay.get("fs", 8.5)
    pos = lay.get("issuer", "left")
    qrpos = lay.get("qr", "bl")
    grid = lay.get("grid", False)
    rpp = lay.get("rows_per_page", 999)
    pages_rows = []
    rows = P["rows"]
    for i in range(0, len(rows), rpp):
        pages_rows.append(rows[i:i + rpp])
    npages = len(pages_rows)
    out = []
    for copy in P["copies"]:
        for pi, prow in enumerate(pages_rows):
            ops = []
            T = lambda x, y, s, size=fs, bold=False, al="l": ops.append(("t", x, y, s, size, bold, al))
            y = 34
            if copy:
                T(W / 2, y, copy, 10, True, "c")
            if pi == 0:
                # header
                ops.append(("r", X0 - 8, 42, X1 - X0 + 16, 132))
                if pos == "center":
                    yy = 60
                    for s_, sz, bd in P["iss_top"]:
                        for ln in wrap(s_, 300, sz, bd):
                            T(W / 2, yy, ln, sz, bd, "c"); yy += sz + 3
                    for ln in P["iss_more"]:
                        T(W / 2, yy, ln, 7.5, False, "c"); yy += 9.5
                    lx, ly = X0 + 4, 56
                    dx = 400
                else:
                    ix, dx = (X0, 345) if pos == "left" else (345, X0)
                    yy = 60
                    for s_, sz, bd in P["iss_top"]:
                        for ln in wrap(s_, 225, sz, bd):
                            T(ix, yy, ln, sz, bd); yy += sz + 3
                    for ln in P["iss_more"]:
                        for l2 in wrap(ln, 225, 7.5):
                            T(ix, yy, l2, 7.5); yy += 9.5
                    lx, ly = 277, 46
                ops.append(("r", lx, ly, 40, 38))
                T(lx + 20, ly + 29, P["letter"], 26, True, "c")
                T(lx + 20, ly + 50, P["codelabel"], 7, True, "c")
                if pos != "center":
                    ops.append(("l", lx + 20, ly + 38, lx + 20, 174))
                yy = 60
                dw = X1 - dx if pos != "left" else 210
                if pos == "right": dw = 225
                T(dx, yy, P["title"], 14, True); yy += 16
                for ln in P["numlines"] + [P["dateline"]] + P["inv_more"]:
                    T(dx, yy, ln, 8, ln in P["numlines"]); yy += 10.5
                # buyer
                y = 184
                ops.append(("r", X0 - 8, y - 4, X1 - X0 + 16, 12 * ((len(P["buyer"]) + 1) // 2) + 8))
                half = (len(P["buyer"]) + 1) // 2
                for k, ln in enumerate(P["buyer"]):
                    T(X0 if k < half else 310, y + 8 + 12 * (k % half), ln, 8)
                y += 12 * half + 20
            else:
                T(X0, 50, f"{P['title']} {P['letter']}  {P['numlines'][-1]}", 9, True)
                T(X1, 50, f"Hoja {pi + 1} de {npages}", 8, False, "r")
                y = 66
            # table
            cols = P["cols"]; xs = [X0 - 4]
            for c in cols: xs.append(xs[-1] + c[2])
            if pi == 0 or lay.get("repeat_header", True):
                ops.append(("r", xs[0], y - 2, xs[-1] - xs[0], 15) if lay.get("hdrbox", True) else ("l", xs[0], y + 13, xs[-1], y + 13))
                for c, x0, x1 in zip(cols, xs, xs[1:]):
                    if c[0] in RIGHT: T(x1 - 3, y + 9, c[1], 7.5, True, "r")
                    else: T(x0 + 3, y + 9, c[1], 7.5, True)
                y += 17
            ytab = y
            for r in prow:
                lines = {}
                for c, x0, x1 in zip(cols, xs, xs[1:]):
                    v = r.get(c[0], "") if r["kind"] == "item" else (r["desc"] if c[0] == "desc" else (r["amount"] if c[0] == "amount" else ""))
                    lines[c[0]] = wrap(v, x1 - x0 - 6, fs) if c[0] == "desc" else [v]
                nl = max(len(v) for v in lines.values())
                for c, x0, x1 in zip(cols, xs, xs[1:]):
                    for k, ln in enumerate(lines[c[0]]):
                        if not ln: continue
                        if c[0] in RIGHT: T(x1 - 3, y + 9 + k * (fs + 2.5), ln, fs, False, "r")
                        else: T(x0 + 3, y + 9 + k * (fs + 2.5), ln, fs)
                y += nl * (fs + 2.5) + 3.5
                if grid: ops.append(("l", xs[0], y, xs[-1], y))
            if grid:
                for x in xs: ops.append(("l", x, ytab - 2, x, y))
            else:
                ops.append(("l", xs[0], y + 1, xs[-1], y + 1))
            if pi < npages - 1:
                T(X1, y + 14, "Continúa en la hoja siguiente", 7.5, False, "r")
                out.append(ops); continue
            # totals
            y += 16
            for lab, val in P["totals"]:
                big = lab.upper().startswith(("TOTAL", "IMPORTE TOTAL"))
                T(445, y, lab, 9.5 if big else 8.5, big, "r")
                T(X1, y, val, 9.5 if big else 8.5, big, "r"); y += 13
            for n in P["notes"]:
                y += 2
                for ln in wrap(n, 380, 7.5):
                    T(X0, y, ln, 7.5); y += 9.5
            # footer
            fy = max(y + 20, lay.get("footer_y", 700))
            if P["qr_url"] and (lay.get("qr_each_copy", True) or copy == P["copies"][0]):
                qx = X0 if qrpos == "bl" else X1 - 85
                ops.append(("qr", qx, fy, 85))
                cx, al = (X0 + 100, "l") if qrpos == "bl" else (X1 - 100, "r")
            else:
                cx, al = X1, "r"
            T(cx, fy + 20, P["cae"][0], 9, True, al)
            T(cx, fy + 33, P["cae"][1], 8.5, False, al)
            T(cx, fy + 50, "Comprobante Autorizado", 8, True, al)
            T(W / 2, 820, f"Pág. {pi + 1}/{npages}", 7, False, "c")
            out.append(ops)
    return out
