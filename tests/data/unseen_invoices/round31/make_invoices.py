"""Build the round-31 PDFs and expected files. Run with the venv python (see MANIFEST.md).
p*: pdfluent (Rust), boxed layout, QR as an 8-bit PNG picture; s*: pdfspine (Rust), open layout with rules, QR as vector rectangles.
Both engines expose a PyMuPDF-style drawing API (Document.new_page / Page.insert_text / draw_rect / draw_line / insert_image)
implemented in their own Rust code; no MuPDF inside (see MANIFEST.md)."""
import json, os, struct, sys, zlib
import segno
import pdfluent, pdfspine
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round31-scratch/tpl'
os.makedirs(TPL, exist_ok=True)
W, H = 595, 842
VERS = {'p': ('pdfluent', '1.2.0'), 's': ('pdfspine', '0.12.0')}

def qr_png8(d, scale=4, border=4):
    """8-bit greyscale PNG of the segno matrix (pdfluent accepts only 8-bit PNGs)."""
    m = segno.make(d.qr_payload, error='m', micro=False).matrix
    n = len(m) + 2 * border
    rows = []
    for y in range(n):
        line = bytearray()
        for x in range(n):
            yy, xx = y - border, x - border
            dark = 0 <= yy < len(m) and 0 <= xx < len(m) and m[yy][xx]
            line += bytes([0 if dark else 255]) * scale
        rows += [b'\x00' + bytes(line)] * scale
    w = n * scale
    def chunk(t, b): return struct.pack('>I', len(b)) + t + b + struct.pack('>I', zlib.crc32(t + b) & 0xffffffff)
    p = f'{TPL}/{d.name}.qr.png'
    open(p, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, w, 8, 0, 0, 0, 0)) +
                        chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))
    return p

def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]

class Pen:
    def __init__(self, fz, page):
        self.fz, self.pg = fz, page
    def text(self, x, y, s, size=8.5, bold=False, align='l', color=(0, 0, 0)):
        if s == '': return
        fn = 'hebo' if bold else 'helv'
        if align != 'l':
            w = self.fz.get_text_length(s, fontname=fn, fontsize=size)
            x = x - w if align == 'r' else x - w / 2
        self.pg.insert_text((x, y), s, fontsize=size, fontname=fn, color=color)
    def width(self, s, size=8.5, bold=False):
        return self.fz.get_text_length(s, fontname='hebo' if bold else 'helv', fontsize=size)
    def rect(self, x0, y0, x1, y1, lw=0.8, fill=None, stroke=(0, 0, 0)):
        self.pg.draw_rect(self.fz.Rect(x0, y0, x1, y1), color=stroke, fill=fill, width=lw)
    def line(self, x0, y0, x1, y1, lw=0.6, color=(0, 0, 0)):
        self.pg.draw_line(self.fz.Point(x0, y0), self.fz.Point(x1, y1), color=color, width=lw)
    def wrap(self, s, width, size=8.5):
        out, cur = [], ''
        for w in s.split():
            t = (cur + ' ' + w).strip()
            if cur and self.width(t, size) > width: out.append(cur); cur = w
            else: cur = t
        return out + [cur]

WID = {'code': 44, 'ean': 70, 'qty': 40, 'unit': 30, 'price': 64, 'bonif': 42, 'rate': 44, 'amount': 70}

def col_x(d, x0, x1):
    """left/right x of every column; the description takes what is left."""
    fixed = sum(WID[c[0]] for c in d.cols if c[0] != 'desc')
    dw = (x1 - x0) - fixed
    xs, x = [], x0
    for c in d.cols:
        w = dw if c[0] == 'desc' else WID[c[0]]
        xs.append((x, x + w)); x += w
    return xs

def table(pen, d, rows, y, x0, x1, style):
    xs = col_x(d, x0, x1)
    fs = 8 if style == 'p' else 8.2
    if style == 'p':
        pen.rect(x0, y, x1, y + 15, lw=0.5, fill=(0.85, 0.85, 0.85), stroke=(0.5, 0.5, 0.5))
    for (a, b), c in zip(xs, d.cols):
        pen.text(b - 3 if c[2] == 'r' else a + 3, y + 10.5, c[1], size=fs, bold=True, align=c[2])
    y += 15
    if style == 's': pen.line(x0, y, x1, y, lw=1.0)
    y += 11
    for row in rows:
        lines = 1
        for (a, b), c, v in zip(xs, d.cols, row):
            if c[0] == 'desc':
                wl = pen.wrap(v, b - a - 6, fs)
                for k, l in enumerate(wl): pen.text(a + 3, y + k * 10, l, size=fs)
                lines = max(lines, len(wl))
            else:
                pen.text(b - 3 if c[2] == 'r' else a + 3, y, v, size=fs, align=c[2])
        y += 10 * lines + 4
        if style == 's': pen.line(x0, y - 9, x1, y - 9, lw=0.3, color=(0.7, 0.7, 0.7))
    return y

def qr_vector(pen, d, x, y, mod=1.6):
    m = segno.make(d.qr_payload, error='m', micro=False).matrix
    n = len(m)
    pen.rect(x, y, x + (n + 8) * mod, y + (n + 8) * mod, lw=0, fill=(1, 1, 1), stroke=None)
    for r, row in enumerate(m):
        c = 0
        while c < n:
            if row[c]:
                e = c
                while e < n and row[e]: e += 1
                pen.rect(x + (4 + c) * mod, y + (4 + r) * mod, x + (4 + e) * mod, y + (5 + r) * mod, lw=0, fill=(0, 0, 0), stroke=None)
                c = e
            else: c += 1
    return (n + 8) * mod

def page_p(pen, d, copy, rows, pi, npg, last):
    """pdfluent layout: AFIP-style boxed header, letter box in the middle, grey table header, QR picture at the bottom."""
    if copy: pen.text(W / 2, 30, copy, size=10, bold=True, align='c')
    pen.rect(30, 38, 565, 168)
    pen.line(297.5, 78, 297.5, 168)
    pen.rect(277, 38, 318, 78, lw=1)
    pen.text(297.5, 64, d.doc_lines[1], size=24, bold=True, align='c')
    pen.text(297.5, 75, d.doc_lines[2], size=6.5, bold=True, align='c')
    y = 58
    for i, l in enumerate(d.issuer_lines):
        fs = (12 if pen.width(l, 12, True) < 225 else 9.5) if i == 0 else 8.5
        pen.text(40, y, l, size=fs, bold=i == 0); y += 16 if i == 0 else 11.5
    pen.text(335, 58, d.doc_lines[0], size=16, bold=True)
    y = 78
    for l in d.doc_lines[3:]:
        pen.text(335, y, l, size=9); y += 13
    if npg > 1: pen.text(335, y, f'Hoja {pi + 1} de {npg}', size=8)
    pen.rect(30, 174, 565, 174 + 12 * len(d.buyer_lines) + 6)
    y = 186
    for l in d.buyer_lines:
        pen.text(40, y, l, size=8.5); y += 12
    y = table(pen, d, rows, y + 12, 30, 565, 'p')
    if not last:
        pen.text(565, y + 10, 'Continúa en la hoja siguiente', size=8, align='r'); return
    y += 8; pen.line(330, y, 565, y, lw=0.5); y += 14
    for i, (l, v) in enumerate(d.totals):
        big = i == len(d.totals) - 1
        pen.text(345, y, l, size=10.5 if big else 8.5, bold=big); pen.text(560, y, v, size=10.5 if big else 8.5, bold=big, align='r')
        y += 15 if big else 12
    y = max(y + 15, 640)
    pen.rect(30, y, 565, y + 120, lw=0.5)
    if d.qr_payload:
        pen.pg.insert_image(pen.fz.Rect(38, y + 6, 146, y + 114), filename=qr_png8(d))
    fx = 160
    pen.text(fx, y + 24, 'Comprobante Autorizado', size=10, bold=True)
    for k, l in enumerate(d.footer_lines): pen.text(fx, y + 40 + 12 * k, l, size=8.5)
    pen.text(fx, y + 100, 'Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación', size=6)

def page_s(pen, d, copy, rows, pi, npg, last):
    """pdfspine layout: no frame; issuer top left, letter square and document block top right, rules between blocks, vector QR."""
    y = 50
    for i, l in enumerate(d.issuer_lines):
        pen.text(36, y, l, size=13 if i == 0 else 8, bold=i == 0); y += 17 if i == 0 else 10.5
    pen.rect(520, 36, 559, 75, lw=1.2)
    pen.text(539.5, 64, d.doc_lines[1], size=22, bold=True, align='c')
    pen.text(539.5, 86, d.doc_lines[2], size=6.5, align='c')
    pen.text(505, 52, d.doc_lines[0], size=15, bold=True, align='r')
    yy = 68
    for l in d.doc_lines[3:]:
        pen.text(505, yy, l, size=8.5, align='r'); yy += 11
    if copy: pen.text(505, yy + 4, copy, size=9, bold=True, align='r'); yy += 13
    if npg > 1: pen.text(505, yy + 4, f'Página {pi + 1}/{npg}', size=7.5, align='r')
    y = max(y, yy) + 10
    pen.line(36, y, 559, y, lw=1.5, color=(0.2, 0.3, 0.5)); y += 14
    for l in d.buyer_lines:
        pen.text(36, y, l, size=8.2); y += 10.5
    y += 4; pen.line(36, y, 559, y, lw=0.6); y += 8
    y = table(pen, d, rows, y, 36, 559, 's')
    if not last:
        pen.text(559, y + 8, 'sigue ...', size=8, align='r'); return
    y += 10
    for i, (l, v) in enumerate(d.totals):
        big = i == len(d.totals) - 1
        if big: pen.line(360, y - 9, 559, y - 9, lw=1.0); y += 3
        pen.text(470, y, l, size=11 if big else 8.2, bold=big, align='r'); pen.text(559, y, v, size=11 if big else 8.2, bold=big, align='r')
        y += 15 if big else 11
    y = max(y + 20, 660)
    pen.line(36, y, 559, y, lw=0.6); y += 12
    for k, l in enumerate(['C.A.E. Autorizado por AFIP'] + d.footer_lines):
        pen.text(36, y + 12 * k, l, size=8.5, bold=k == 0)
    if d.qr_payload: qr_vector(pen, d, 430, y - 6)

def render(d):
    g = d.name[0]
    fz = {'p': pdfluent, 's': pdfspine}[g]
    doc = fz.open()
    chunks = pages_of(d)
    for copy in d.copies:
        for pi, rows in enumerate(chunks):
            page = doc.new_page(width=W, height=H)
            (page_p if g == 'p' else page_s)(Pen(fz, page), d, copy, rows, pi, len(chunks), pi == len(chunks) - 1)
    doc.set_metadata({'creator': d.creator, 'producer': '%s %s' % VERS[g], 'title': f'Factura {d.letter} {d.pos:05d}-{d.number:08d}'})
    doc.save(os.path.join(OUT, d.name + '.pdf'))

if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and not any(d.name.startswith(w) for w in want): continue
        render(d)
        json.dump(d.expected(), open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print('built', d.name)
