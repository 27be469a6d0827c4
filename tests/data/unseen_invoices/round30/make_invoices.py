"""Build the round-30 PDFs and expected files. Run with the venv python (see MANIFEST.md).
f: Flat 0.4 (pure-Python generative graphics library, own PDF writer, embedded TrueType fonts)
g: graphpaper 0.2.0 (pure-Python graph-paper tool; its Drawing page model and to_pdf writer)
u: universal-printer 3.1.0 (pure-Python dependency-free PdfWriter: styled text lines, base-14 fonts)"""
import json, os, struct, sys, textwrap, zlib
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round30-scratch/tpl'
os.makedirs(TPL, exist_ok=True)

def qr_matrix(payload):
    return [list(r) for r in segno.make(payload, error='m', micro=False).matrix]

def qr_png8(payload, path, scale=5, border=4):
    """8-bit greyscale PNG of the QR (Flat's PNG reader takes 8-bit depth only); zlib + struct, no imaging library."""
    m = qr_matrix(payload); n = len(m); W = (n + 2 * border) * scale
    rows = []
    for y in range(W):
        my = y // scale - border
        row = bytearray([0])
        for x in range(W):
            mx = x // scale - border
            row.append(0 if (0 <= mx < n and 0 <= my < n and m[my][mx]) else 255)
        rows.append(bytes(row))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, W, 8, 0, 0, 0, 0)) +
                           chunk(b'IDAT', zlib.compress(b''.join(rows))) + chunk(b'IEND', b''))
    return path

def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]

# ---------------------------------------------------------------- f: Flat
FONT_R = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'
FONT_B = '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'

def render_f(d, pdf):
    from flat import document, font, strike, shape, image, gray, rgb
    fr, fb = font.open(FONT_R), font.open(FONT_B)
    doc = document(210, 297, 'mm'); doc.meta(f'Factura {d.letter} {d.pos:04d}-{d.number:08d}')
    blue = rgb(31, 78, 121)
    def S(size, bold=False, color=None):
        s = strike(fb if bold else fr).size(size)
        return s.color(color) if color is not None else s
    def T(pg, x, y, s, size=8.0, bold=False, right=False, color=None):
        st = S(size, bold, color)
        if right: x -= st.width(s, units='mm')
        pg.place(st.text(s)).position(x, y)
    line = shape().stroke(gray(0)).width(0.6)
    thin = shape().stroke(gray(150)).width(0.3)
    band = shape().nostroke().fill(rgb(220, 230, 241))
    L, R = 12.0, 198.0
    colw = {'code': 16, 'ean': 27, 'qty': 15, 'unit': 10, 'desc': 0, 'price': 24, 'bonif': 14, 'rate': 15, 'amount': 26}
    fixed = sum(colw[k] for k, _, _ in d.cols); dw = (R - L) - fixed
    xs = []; x = L
    for k, _, _ in d.cols:
        w = colw[k] or dw; xs.append((x, w)); x += w
    chars = max(20, min(46, int(dw / 1.6)))  # the program wraps descriptions at 46 characters at most
    pages = pages_of(d); qrp = qr_png8(d.qr_payload, f'{TPL}/{d.name}.qr.png') if d.qr_payload else None
    for copy in d.copies:
        for pi, rows in enumerate(pages):
            pg = doc.addpage()
            pg.place(band.rectangle(L, 10, R - L, 46))
            pg.place(line.rectangle(L, 10, R - L, 46))
            pg.place(shape().nostroke().fill(gray(255)).rectangle(98, 10, 14, 14))
            pg.place(line.rectangle(98, 10, 14, 14)); pg.place(line.line(105, 24, 105, 56))
            T(pg, 101.2, 11.2, d.doc_lines[1], 22, True); T(pg, 100.2, 20.3, d.doc_lines[2], 5.5)
            y = 13.0
            for i, l in enumerate(d.issuer_lines):
                sz = 11.5 if i == 0 else 7.5
                while S(sz, i == 0).width(l, units='mm') > 82: sz -= 0.5  # shrink a long name to fit its block
                T(pg, L + 3, y, l, sz, i == 0, color=blue if i == 0 else None); y += 6.0 if i == 0 else 4.0
            T(pg, 112, 13, d.doc_lines[0], 15, True, color=blue); y = 21.0
            for l in d.doc_lines[3:]:
                T(pg, 112, y, l, 8.5); y += 4.6
            if copy: T(pg, R - 3, 13, copy, 9, True, True)
            if len(pages) > 1: T(pg, R - 3, 51, f'Hoja {pi + 1} de {len(pages)}', 7, right=True)
            pg.place(line.rectangle(L, 59, R - L, 4.4 * len(d.buyer_lines) + 3))
            y = 60.5
            for l in d.buyer_lines:
                T(pg, L + 3, y, l, 7.8); y += 4.4
            y += 5
            pg.place(shape().nostroke().fill(blue).rectangle(L, y, R - L, 6))
            for (k, h, a), (cx, cw) in zip(d.cols, xs):
                T(pg, cx + cw - 1.5 if a == 'r' else cx + 1.5, y + 1.2, h, 7.5, True, a == 'r', color=gray(255))
            y += 8
            for row in rows:
                nl = 1
                for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
                    if k == 'desc':
                        parts = textwrap.wrap(v, chars) or ['']; nl = len(parts)
                        for j, part in enumerate(parts): T(pg, cx + 1.5, y + 3.6 * j, part, 7.5)
                    else:
                        T(pg, cx + cw - 1.5 if a == 'r' else cx + 1.5, y, v, 7.5, False, a == 'r')
                y += 3.6 * nl + 1.4
                pg.place(thin.line(L, y - 0.8, R, y - 0.8))
            if pi < len(pages) - 1:
                T(pg, R, y + 3, 'Continúa en la hoja siguiente ...', 7, right=True); continue
            y += 4
            for i, (l, v) in enumerate(d.totals):
                last = i == len(d.totals) - 1
                if last: pg.place(line.line(114, y - 1, R, y - 1)); y += 1
                T(pg, 116, y, l, 10 if last else 8, last); T(pg, R - 2, y, v, 10 if last else 8, last, True); y += 6 if last else 4.5
            y = max(y + 6, 240)
            tx = L
            if qrp:
                pg.place(image.open(qrp)).frame(L, y, 34, 34); tx = L + 38
            T(pg, tx, y + 4, 'Comprobante Autorizado', 9, True)
            for j, l in enumerate(d.footer_lines):
                T(pg, tx, y + 10 + 4.5 * j, l, 8)
    doc.pdf(pdf, compress=True)

# ---------------------------------------------------------------- g: graphpaper
HELV = {' ': 278, ',': 278, '.': 278, '-': 333, '$': 556, '%': 889, ':': 278}  # Helvetica widths /1000 (digits 556)
def hw(s, size):
    return sum(HELV.get(ch, 556 if ch.isdigit() else 560) for ch in s) * size / 1000

def render_g(d, pdf):
    from graphpaper.core import Drawing, to_pdf
    W, H = 595.0, 842.0
    dr = Drawing(W, H)
    BLACK, GREY = '#000000', '#888888'
    def T(x, y, s, size=8.0, right=False):
        if right: x -= hw(s, size)
        dr.texts.append((x, y, s, size, BLACK))
    def box(x, y, w, h, lw=0.8, col=BLACK):
        dr.line(x, y, x + w, y, lw, col); dr.line(x, y + h, x + w, y + h, lw, col)
        dr.line(x, y, x, y + h, lw, col); dr.line(x + w, y, x + w, y + h, lw, col)
    L, R = 36.0, 559.0
    # header: issuer block, centred letter square, document block
    box(L, 30, R - L, 120); dr.line(W / 2, 66, W / 2, 150, 0.8, BLACK); box(W / 2 - 20, 30, 40, 36, 1.2)
    T(W / 2 - 8, 58, d.doc_lines[1], 26); T(W / 2 - 14, 64, d.doc_lines[2], 5.5)
    y = 50
    for i, l in enumerate(d.issuer_lines):
        T(L + 8, y, l, 12 if i == 0 else 8); y += 16 if i == 0 else 11
    T(W / 2 + 28, 50, d.doc_lines[0], 16); y = 80
    for l in d.doc_lines[3:]:
        T(W / 2 + 28, y, l, 9); y += 13
    y = 170
    for l in d.buyer_lines:
        T(L + 8, y, l, 8.5); y += 12
    dr.line(L, y - 6, R, y - 6, 0.5, GREY)
    colw = {'code': 46, 'ean': 76, 'qty': 42, 'unit': 30, 'desc': 0, 'price': 70, 'bonif': 42, 'rate': 44, 'amount': 74}
    fixed = sum(colw[k] for k, _, _ in d.cols); dw = (R - L) - fixed
    xs = []; x = L
    for k, _, _ in d.cols:
        w = colw[k] or dw; xs.append((x, w)); x += w
    y += 12
    dr.line(L, y - 11, R, y - 11, 0.8, BLACK); dr.line(L, y + 5, R, y + 5, 0.8, BLACK)
    for (k, h, a), (cx, cw) in zip(d.cols, xs):
        T(cx + cw - 4 if a == 'r' else cx + 4, y, h, 8, a == 'r')
    y += 18
    chars = max(20, min(40, int(dw / 4.3)))  # descriptions wrap at 40 characters at most
    for row in d.rows:
        nl = 1
        for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
            if k == 'desc':
                parts = textwrap.wrap(v, chars) or ['']; nl = len(parts)
                for j, part in enumerate(parts): T(cx + 4, y + 10 * j, part, 8)
            else:
                T(cx + cw - 4 if a == 'r' else cx + 4, y, v, 8, a == 'r')
        y += 10 * nl + 5
    dr.line(L, y - 8, R, y - 8, 0.8, BLACK)
    y += 8
    for i, (l, v) in enumerate(d.totals):
        last = i == len(d.totals) - 1
        T(R - 210, y, l, 11 if last else 8.5); T(R - 4, y, v, 11 if last else 8.5, True); y += 16 if last else 12
    y = max(y + 20, 640)
    tx = L
    if d.qr_payload:  # vector QR: one butt-capped line per horizontal run of dark modules
        m = qr_matrix(d.qr_payload); mod = 1.7; n = len(m); x0, y0 = L + 4 * mod, y + 4 * mod
        for r, rowm in enumerate(m):
            c = 0
            while c < n:
                if rowm[c]:
                    s0 = c
                    while c < n and rowm[c]: c += 1
                    yc = y0 + r * mod + mod / 2
                    dr.line(x0 + s0 * mod, yc, x0 + c * mod, yc, mod, BLACK)
                else: c += 1
        tx = L + (n + 12) * mod
    T(tx, y + 20, 'Comprobante Autorizado', 10)
    for j, l in enumerate(d.footer_lines):
        T(tx, y + 36 + 13 * j, l, 9)
    open(pdf, 'wb').write(to_pdf(dr, pages=1, title=f'Factura {d.letter} {d.pos:04d}-{d.number:08d}'))

# ---------------------------------------------------------------- u: universal-printer
def render_u(d, pdf):
    from universal_printer.config import PDFConfig
    from universal_printer.pdf_writer import PdfWriter, STYLE_PRE, STYLE_HEADER
    cfg = PDFConfig(page_width=595, page_height=842, margin_left=40, margin_right=30, margin_top=40, margin_bottom=36,
                    font_size=9, title_font_size=14, header_font_size=12, line_height=11, pre_font_size=8)
    w = PdfWriter(cfg, title=f'Factura {d.letter} {d.pos:04d}-{d.number:08d}')
    WID = 100
    colw = {'code': 7, 'ean': 14, 'qty': 8, 'unit': 4, 'desc': 0, 'price': 13, 'bonif': 7, 'rate': 7, 'amount': 14}
    fixed = sum(colw[k] + 1 for k, _, _ in d.cols); dw = WID - fixed
    def cellfmt(k, a, v):
        wdt = colw[k] or dw
        return v.rjust(wdt) if a == 'r' else v.ljust(wdt)
    lines = []
    for ci, copy in enumerate(d.copies):
        if ci:  # next copy on a new page: fill the current page with blank lines
            while len(w.paginate(lines + [('x', STYLE_PRE)])) == len(w.paginate(lines)):
                lines.append(('', STYLE_PRE))
        P = lambda s='': lines.append((s, STYLE_PRE))
        if copy: P(f'{copy:>{WID}}')
        lines.append((d.issuer_lines[0], STYLE_HEADER))
        left = d.issuer_lines[1:]
        right = [f'{d.doc_lines[0]}  {d.doc_lines[1]}   {d.doc_lines[2]}'] + d.doc_lines[3:]
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ''; b = right[i] if i < len(right) else ''
            P(f'{a:<56}  {b}'.rstrip())
        P('=' * WID)
        for l in d.buyer_lines: P(l)
        P('=' * WID)
        P(' '.join(cellfmt(k, a, h) for k, h, a in d.cols).rstrip())
        P('-' * WID)
        for row in d.rows:
            di = [k for k, _, _ in d.cols].index('desc')
            parts = textwrap.wrap(row[di], dw) or ['']
            first = list(row); first[di] = parts[0]
            P(' '.join(cellfmt(k, a, v) for (k, _, a), v in zip(d.cols, first)).rstrip())
            for part in parts[1:]:
                pre = sum(colw[k] + 1 for k, _, _ in d.cols[:di])
                P((' ' * pre + part).rstrip())
        P('-' * WID)
        for l, v in d.totals:
            P(f'{l:>{WID - 18}}{v:>18}')
        P('=' * WID)
        P('Comprobante autorizado por AFIP')
        for l in d.footer_lines: P(l)
    ok = w.build(lines, pdf)
    if not ok: raise SystemExit(f'universal-printer failed on {d.name}')

R = {'f': render_f, 'g': render_g, 'u': render_u}
if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name not in want and d.name[0] not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
