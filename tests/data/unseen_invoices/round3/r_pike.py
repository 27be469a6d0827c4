"""pikepdf back end: hand-written content streams with unusual text operators.

mode "kern":    every string shown with a TJ array that carries kerning numbers between glyph groups
mode "glyph":   one glyph per Tj, each positioned with its own Td (right-aligned text drawn right-to-left)
mode "shuffle": whole lines shown with Tj but emitted in a shuffled order (bottom of the page first)
"""
import random
import zlib

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

from core import qr_matrix, qr_runs
from layout import build

PT = 72 / 25.4
# Courier is 600/1000 wide: every right/centre aligned string is set in Courier so its width is known.


def pdfstr(s):
    b = s.encode("cp1252")
    out = b"("
    for c in b:
        ch = bytes([c])
        if ch in b"()\\":
            out += b"\\" + ch
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += ch
    return out + b")"


def page_stream(ops, mode, rng):
    chunks = []
    H = 297 * PT
    for op in ops:
        if op[0] == "text":
            _, x, y, s, size, bold, al = op
            if not s:
                continue
            mono = al != "l"
            font = ("/F4" if bold else "/F3") if mono else ("/F2" if bold else "/F1")
            w = 0.6 * size * len(s) if mono else 0
            xx = x * PT - (w if al == "r" else w / 2 if al == "c" else 0)
            yy = H - y * PT
            if mode == "glyph":
                adv = 0.6 * size
                if mono:
                    idx = list(range(len(s)))[::-1]   # right-to-left
                    seq = [b"BT %s %.2f Tf %.2f %.2f Td" % (font.encode(), size, xx, yy)]
                    cur = 0.0
                    for i in idx:
                        seq.append(b"%.2f 0 Td %s Tj" % ((i * adv) - cur, pdfstr(s[i])))
                        cur = i * adv
                    seq.append(b"ET")
                    chunks.append(b" ".join(seq))
                else:
                    chunks.append(b"BT %s %.2f Tf %.2f %.2f Td %s Tj ET" % (font.encode(), size, xx, yy, pdfstr(s)))
            elif mode == "kern":
                parts = []
                i = 0
                while i < len(s):
                    k = rng.randint(1, 4)
                    parts.append(pdfstr(s[i:i + k]))
                    i += k
                    if i < len(s):
                        parts.append(b"%d" % rng.choice([-15, -8, 0, 6, 12]) if not mono else b"0")
                chunks.append(b"BT %s %.2f Tf %.2f %.2f Td [%s] TJ ET" % (font.encode(), size, xx, yy, b" ".join(parts)))
            else:
                chunks.append(b"BT %s %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (font.encode(), size, xx, yy, pdfstr(s)))
        elif op[0] == "rect":
            _, x, y, w, h, lw = op
            chunks.append(b"%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x * PT, H - (y + h) * PT, w * PT, h * PT))
        elif op[0] == "qr":
            _, x, y, mm, payload, qmode = op
            if qmode == "vector":
                n, runs = qr_runs(payload)
                u = mm / (n + 4) * PT
                rs = [b"%.3f %.3f %.3f %.3f re" % (x * PT + (rx + 2) * u, H - y * PT - (ry + 3) * u, ln * u, u) for ry, rx, ln in runs]
                chunks.append(b"q 0 g " + b" ".join(rs) + b" f Q")
            else:
                chunks.append(b"q %.2f 0 0 %.2f %.2f %.2f cm /Im1 Do Q" % (mm * PT, mm * PT, x * PT, H - (y + mm) * PT))
    if mode == "shuffle":
        rng.shuffle(chunks)
    return b"\n".join(chunks)


def qr_image(pdf, payload):
    mat = qr_matrix(payload)
    n = len(mat)
    b = 2
    N = n + 2 * b
    scale = 4
    rows = []
    for y in range(N * scale):
        yy = y // scale - b
        row = bytearray()
        for x in range(N * scale):
            xx = x // scale - b
            dark = 0 <= yy < n and 0 <= xx < n and mat[yy][xx]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    data = zlib.compress(b"".join(rows))
    return Stream(pdf, data, Type=Name.XObject, Subtype=Name.Image, Width=N * scale, Height=N * scale,
                  ColorSpace=Name.DeviceGray, BitsPerComponent=8, Filter=Name.FlateDecode)


def render(doc, out, work):
    o = doc.r["o"]
    rng = random.Random(doc.seed)
    pdf = pikepdf.new()
    fonts = Dictionary()
    for key, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold"), ("F3", "Courier"), ("F4", "Courier-Bold")):
        fonts["/" + key] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                                  Encoding=Name.WinAnsiEncoding))
    img = None
    for ops in build(doc, o):
        res = Dictionary(Font=fonts)
        if any(op[0] == "qr" and op[5] == "png" for op in ops):
            img = img or pdf.make_indirect(qr_image(pdf, doc.qr_payload))
            res.XObject = Dictionary(Im1=img)
        content = page_stream(ops, o["mode"], rng)
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, 595.28, 841.89]), Resources=res,
                                       Contents=pdf.make_stream(content)))
        pdf.pages.append(page)
    pdf.docinfo["/Producer"] = "SistemaGestion 7 (pdf nativo)"
    pdf.save(out, deterministic_id=True, compress_streams=True)
