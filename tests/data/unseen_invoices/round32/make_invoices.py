"""Build the round-32 PDFs and expected files. Run with the venv python (see MANIFEST.md); `wasmtime` shim on PATH for Lpdf."""
import json, os, struct, sys, zlib
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round32-scratch/tpl'
os.makedirs(TPL, exist_ok=True)
FONTS = '/usr/share/fonts/truetype/dejavu'


def qr_matrix(d):
    return [list(r) for r in segno.make(d.qr_payload, error='m', micro=False).matrix]

def qr_png8(d, scale=5, border=4):
    """8-bit grayscale PNG of the QR (written here with zlib: glycorender's drawImage takes 8-bit PNGs only)."""
    m = qr_matrix(d); n = len(m); size = (n + 2 * border) * scale
    raw = bytearray()
    for y in range(size):
        r = y // scale - border
        raw.append(0)
        for x in range(size):
            c = x // scale - border
            raw.append(0 if 0 <= r < n and 0 <= c < n and m[r][c] else 255)
    def chunk(t, b): return struct.pack('>I', len(b)) + t + b + struct.pack('>I', zlib.crc32(t + b) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 0, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b'')
    open(f'{TPL}/{d.name}.qr.png', 'wb').write(png)
    return png

def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]


# ======================= g: glycorender (pure-Python PDF canvas) =======================
THEMES = {'B': (0.96, 0.90, 0.84), 'C': (0.87, 0.93, 0.90), 'A': (0.88, 0.90, 0.97)}

def render_g(d, pdf):
    from glycorender.pdfwrite import Canvas, TTFont
    import glycorender.render as R
    pm = R.pdfmetrics
    if 'DejaVuSans' not in pm.fonts:
        pm.registerFont(TTFont('DejaVuSans', f'{FONTS}/DejaVuSans.ttf'))
        pm.registerFont(TTFont('DejaVuSans-Bold', f'{FONTS}/DejaVuSans-Bold.ttf'))
    HF, HB = 'Comfortaa', 'Comfortaa-Bold'           # the shop's "brand" font (bundled with glycorender)
    BF, BB = 'DejaVuSans', 'DejaVuSans-Bold'
    W, H, L = 595.27, 841.89, 34.0
    c = Canvas(pdf, pagesize=(W, H))
    c.setTitle(f'Factura {d.letter} {d.pos:04d}-{d.number:08d}'); c.setAuthor('Sistema de ventas')
    def T(x, y, s, size=8.0, font=BF, right=False, center=False):
        if right: x -= pm.stringWidth(s, font, size)
        if center: x -= pm.stringWidth(s, font, size) / 2
        c.setFont(font, size); c.drawString(x, y, s)
    def wrap(s, font, size, width):
        out, cur = [], ''
        for w in s.split(' '):
            t = (cur + ' ' + w).strip()
            if cur and pm.stringWidth(t, font, size) > width: out.append(cur); cur = w
            else: cur = t
        return out + [cur]
    tint = THEMES[d.letter]
    # header band
    c.setFillColorRGB(*tint); c.rect(0, H - 150, W, 150, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    y = H - 44
    for i, l in enumerate(d.issuer_lines):
        if i == 0:
            fs = 15.0
            while pm.stringWidth(l, HB, fs) > W / 2 - 34 - L and fs > 9: fs -= 0.5
            T(L, y, l, fs, HB); y -= 18
        elif l in d.issuer_head: T(L, y, l, 9, HF); y -= 12
        else: T(L, y, l, 7.5, BF); y -= 10
    # letter box
    c.setFillColorRGB(1, 1, 1); c.setLineWidth(1.2); c.rect(W / 2 - 24, H - 80, 48, 50, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
    T(W / 2, H - 64, d.doc_lines[1], 28, HB, center=True); T(W / 2, H - 76, d.doc_lines[2], 6.5, BF, center=True)
    c.setLineWidth(0.6); c.setStrokeColorRGB(0.4, 0.4, 0.4); c.beginPath()
    p = c.beginPath(); p.moveTo(W / 2, H - 80); p.lineTo(W / 2, H - 146); c.drawPath(p, stroke=1, fill=0); c.setStrokeColorRGB(0, 0, 0)
    x2 = W / 2 + 40
    T(x2, H - 48, d.doc_lines[0], 17, HB); y = H - 66
    for l in d.doc_lines[3:]:
        T(x2, y, l, 9, BF); y -= 13
    # buyer
    y = H - 168
    for i, l in enumerate(d.buyer_lines):
        T(L + (0 if i % 2 == 0 else 270), y, l, 8, BF)
        if i % 2 == 1: y -= 12
    if len(d.buyer_lines) % 2: y -= 12
    y -= 6
    c.setLineWidth(0.5); c.setStrokeColorRGB(*[v * 0.7 for v in tint]); p = c.beginPath(); p.moveTo(L, y); p.lineTo(W - L, y); c.drawPath(p, stroke=1); c.setStrokeColorRGB(0, 0, 0)
    # items
    colw = {'code': 48, 'ean': 74, 'qty': 42, 'unit': 34, 'desc': 0, 'price': 64, 'bonif': 42, 'rate': 42, 'amount': 70}
    fixed = sum(colw[k] for k, _, _ in d.cols); dw = W - 2 * L - fixed
    xs, x = [], L
    for k, _, _ in d.cols:
        w = colw[k] or dw; xs.append((x, w)); x += w
    y -= 20
    c.setFillColorRGB(*[v * 0.85 for v in tint]); c.rect(L, y - 5, W - 2 * L, 16, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    for (k, h, a), (cx, cw) in zip(d.cols, xs):
        T(cx + cw - 4 if a == 'r' else cx + 4, y, h, 8, HB, right=a == 'r')
    y -= 17
    for row in d.rows:
        di = [k for k, _, _ in d.cols].index('desc')
        dl = wrap(row[di], BF, 8, xs[di][1] - 8)
        for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
            if k == 'desc':
                for j, part in enumerate(dl): T(cx + 4, y - 10 * j, part, 8, BF)
            else:
                T(cx + cw - 4 if a == 'r' else cx + 4, y, v, 8, BF, right=a == 'r')
        y -= 10 * len(dl) + 4
        c.setLineWidth(0.3); c.setStrokeColorRGB(0.8, 0.8, 0.8); p = c.beginPath(); p.moveTo(L, y + 7); p.lineTo(W - L, y + 7); c.drawPath(p, stroke=1); c.setStrokeColorRGB(0, 0, 0)
    # totals
    y -= 12
    for i, (l, v) in enumerate(d.totals):
        last = i == len(d.totals) - 1
        if last:
            y -= 8
            c.setFillColorRGB(*tint); c.rect(W - L - 230, y - 6, 230, 20, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        T(W - L - 222, y, l, 11 if last else 8.5, HB if last else BF); T(W - L - 6, y, v, 11 if last else 8.5, HB if last else BF, right=True)
        y -= 20 if last else 13
    # footer: QR + CAE
    fy = 60
    if d.qr_payload:
        size = 96.0
        if d.qr_img:
            png = qr_png8(d)
            c.saveState(); c.translate(L, fy); c.scale(size, size); c.drawImage(png); c.restoreState()
        else:
            m = qr_matrix(d); n = len(m); mod = size / (n + 8)
            for r, line in enumerate(m):
                cc = 0
                while cc < n:
                    if line[cc]:
                        s0 = cc
                        while cc < n and line[cc]: cc += 1
                        c.rect(L + (4 + s0) * mod, fy + size - (4 + r + 1) * mod, (cc - s0) * mod, mod, fill=1, stroke=0)
                    else: cc += 1
        tx = L + size + 14
    else:
        tx = L
    T(tx, fy + 70, 'Comprobante Autorizado', 9, HB)
    for j, l in enumerate(d.footer_lines): T(tx, fy + 56 - 12 * j, l, 8.5, BF)
    T(W - L, 30, '¡Gracias por su compra!', 8, HF, right=True)
    c.save()


# ======================= l: Lpdf (WASI engine via the wasmtime shim) =======================
def render_l(d, pdf):
    from lpdf import (L, NoAttr, DocumentAttr, DocumentMeta, LayoutAttr, ColumnAttr, RowAttr, TextAttr, FrameAttr, TableAttr, TheadAttr, TdAttr,
                      BarcodeAttr, DividerAttr)
    eng = L.engine()
    tx = lambda s, **k: L.text(TextAttr(**k), [s])
    sections = []
    for copy in d.copies:
        iss = [tx(l, font_size='13pt', bold='true') if i == 0 else tx(l, font_size='8pt') for i, l in enumerate(d.issuer_lines)]
        docb = [tx(d.doc_lines[0], font_size='15pt', bold='true')] + [tx(l, font_size='8.5pt') for l in d.doc_lines[3:]]
        head = L.row(RowAttr(justify='between', align='start', border='0.8pt #000000', padding='8pt', gap='10pt'), [
            L.column(ColumnAttr(gap='2pt', width='fill'), iss),
            L.frame(FrameAttr(border='1pt #000000', padding='4pt 10pt'), [L.column(ColumnAttr(gap='0pt', align='center'), [
                tx(d.doc_lines[1], font_size='26pt', bold='true', align='center'), tx(d.doc_lines[2], font_size='6pt', align='center')])]),
            L.column(ColumnAttr(gap='3pt', width='fill'), docb)])
        nodes = []
        if copy: nodes.append(tx(copy, font_size='10pt', bold='true', align='center'))
        nodes.append(head)
        nodes.append(L.column(ColumnAttr(gap='2pt', border='0.5pt #000000', padding='6pt'), [tx(l, font_size='8pt') for l in d.buyer_lines]))
        widths = {'code': '48pt', 'ean': '72pt', 'qty': '40pt', 'unit': '36pt', 'desc': '1fr', 'price': '58pt', 'bonif': '38pt', 'rate': '38pt', 'amount': '62pt'}
        cols = ' '.join(widths[k] for k, _, _ in d.cols)
        al = lambda a: 'right' if a == 'r' else 'left'
        th = L.thead(TheadAttr(background='#d9d9d9'), [L.td(TdAttr(padding='3pt'), [tx(h, bold='true', font_size='7.5pt', align=al(a))]) for _, h, a in d.cols])
        trs = [L.tr(NoAttr, [L.td(TdAttr(padding='2pt 3pt'), [tx(v, font_size='7.5pt', align=al(a))]) for (_, _, a), v in zip(d.cols, row)]) for row in d.rows]
        nodes.append(L.table(TableAttr(cols=cols, border='0.4pt #999999'), [th] + trs))
        tot = [L.row(RowAttr(justify='between'), [tx(l, font_size='10pt' if i == len(d.totals) - 1 else '8.5pt', bold='true' if i == len(d.totals) - 1 else None),
                                                  tx(v, font_size='10pt' if i == len(d.totals) - 1 else '8.5pt', bold='true' if i == len(d.totals) - 1 else None, align='right')])
               for i, (l, v) in enumerate(d.totals)]
        nodes.append(L.row(RowAttr(justify='end'), [L.column(ColumnAttr(gap='3pt', width='220pt', border='0.5pt #000000', padding='6pt', paginate='no'), tot)]))
        foot = []
        if d.qr_payload: foot.append(L.barcode(BarcodeAttr(type='qr', data=d.qr_payload, width='92pt', ec='M')))
        foot.append(L.column(ColumnAttr(gap='3pt'), [tx('Comprobante Autorizado', font_size='9pt', bold='true')] + [tx(l, font_size='8.5pt') for l in d.footer_lines]))
        nodes.append(L.row(RowAttr(gap='12pt', align='center', paginate='no'), foot))
        sections.append(L.section(NoAttr, [L.layout(LayoutAttr(margin='30pt'), [L.column(ColumnAttr(gap='8pt'), nodes)])]))
    doc = L.document(DocumentAttr(size='a4', font='Helvetica'), sections)
    open(f'{TPL}/{d.name}.lpdf.xml', 'w', encoding='utf-8').write(L.to_xml(doc))
    open(pdf, 'wb').write(eng.render(doc))


# ======================= d: docquill-rust PdfCanvasRenderer (Rust canvas) =======================
def render_d(d, pdf):
    import docquill_rust as dq
    W, H, M = 595.28, 841.89, 36.0
    r = dq.PdfCanvasRenderer(pdf, W, H)
    CW = 1233 / 2048   # DejaVu Sans Mono advance (em), font looked up by its PostScript name
    def T(x, y, s, size=8.0, font='DejaVu Sans'):
        r.canvas_set_font(font, size); r.canvas_draw_string(x, y, s)
    def TM(x, y, s, size=8.0, right=False, bold=False):
        if right: x -= len(s) * CW * size
        r.canvas_set_font('DejaVuSansMono-Bold' if bold else 'DejaVuSansMono', size); r.canvas_draw_string(x, y, s)
    # monospaced item table: column widths in characters
    cw = {'code': 8, 'ean': 14, 'qty': 8, 'unit': 5, 'price': 12, 'bonif': 8, 'rate': 9, 'amount': 13}
    total_chars = int((W - 2 * M) / (CW * 7.5))
    dwc = total_chars - sum(cw[k] + 1 for k, _, _ in d.cols if k != 'desc') - 1
    def fmt_row(vals):
        parts = []
        for (k, h, a), v in zip(d.cols, vals):
            w = dwc if k == 'desc' else cw[k]
            parts.append(v.rjust(w) if a == 'r' else v.ljust(w))
        return ' '.join(parts).rstrip()
    def wrap(s, n):
        out, cur = [], ''
        for w in s.split(' '):
            t = (cur + ' ' + w).strip()
            if cur and len(t) > n: out.append(cur); cur = w
            else: cur = t
        return out + [cur]
    pages = pages_of(d); first = True
    for copy in d.copies:
        for pi, rows in enumerate(pages):
            r.new_page(W, H)
            r.canvas_set_stroke_color(0, 0, 0); r.canvas_set_line_width(0.8)
            # frame + header
            r.canvas_rect(M, H - 190, W - 2 * M, 160, False, True)
            r.canvas_line(W / 2, H - 190, W / 2, H - 80)
            r.canvas_set_fill_color(1, 1, 1); r.canvas_rect(W / 2 - 22, H - 80, 44, 44, True, False); r.canvas_set_fill_color(0, 0, 0)
            r.canvas_set_stroke_color(0, 0, 0); r.canvas_rect(W / 2 - 22, H - 80, 44, 44, False, True)
            T(W / 2 - 9, H - 66, d.doc_lines[1], 26, 'DejaVu Sans Bold'); T(W / 2 - 13, H - 76, d.doc_lines[2], 6)
            if copy: T(W - M - 90, H - 24, copy, 9, 'DejaVu Sans Bold')
            y = H - 52
            for i, l in enumerate(d.issuer_lines):
                if i == 0:
                    fs = 12.0
                    while len(l) * fs * 0.62 > W / 2 - 30 - M - 8 and fs > 8: fs -= 0.5   # rough width of DejaVu Sans Bold
                    T(M + 8, y, l, fs, 'DejaVu Sans Bold'); y -= 15
                else: T(M + 8, y, l, 8); y -= 11
            T(W / 2 + 30, H - 54, d.doc_lines[0], 15, 'DejaVu Sans Bold'); y = H - 72
            for l in d.doc_lines[3:]: T(W / 2 + 30, y, l, 8.5); y -= 12
            if len(pages) > 1: T(W - M - 60, H - 184, f'Hoja {pi + 1} de {len(pages)}', 7)
            y = H - 213
            r.canvas_rect(M, H - 200 - 12 * len(d.buyer_lines) - 10, W - 2 * M, 12 * len(d.buyer_lines) + 10, False, True)
            for l in d.buyer_lines: T(M + 8, y, l, 8); y -= 12
            y -= 14
            r.canvas_set_fill_color(0.85, 0.85, 0.85); r.canvas_rect(M, y - 4, W - 2 * M, 14, True, False); r.canvas_set_fill_color(0, 0, 0)
            TM(M + 4, y, fmt_row([h for _, h, _ in d.cols]), 7.5, bold=True)
            y -= 14
            di = [k for k, _, _ in d.cols].index('desc')
            for row in rows:
                dl = wrap(row[di], dwc)
                first_vals = list(row); first_vals[di] = dl[0]
                TM(M + 4, y, fmt_row(first_vals), 7.5); y -= 10
                for extra in dl[1:]:
                    vals = [''] * len(row); vals[di] = extra
                    TM(M + 4, y, fmt_row(vals), 7.5); y -= 10
            r.canvas_line(M, y + 4, W - M, y + 4)
            if pi < len(pages) - 1:
                T(W - M - 150, y - 10, 'Continúa en la hoja siguiente...', 7.5); continue
            y -= 14
            lw = max(len(l) for l, _ in d.totals); vw = max(len(v) for _, v in d.totals)
            for i, (l, v) in enumerate(d.totals):
                last = i == len(d.totals) - 1
                TM(W - M - (lw + vw + 3) * CW * 8.5, y, l, 8.5, bold=last); TM(W - M - 4, y, v, 8.5, right=True, bold=last); y -= 13
            fy = 70
            if d.qr_payload:
                qp = f'{TPL}/{d.name}.qr.png'
                segno.make(d.qr_payload, error='m', micro=False).save(qp, scale=5, border=4)
                r.canvas_draw_image(M, fy, 100, 100, open(qp, 'rb').read()); tx0 = M + 112
            else: tx0 = M
            T(tx0, fy + 70, 'Comprobante Autorizado', 9, 'DejaVu Sans Bold')
            for j, l in enumerate(d.footer_lines): T(tx0, fy + 56 - 12 * j, l, 8.5)
    r.save()


R = {'g': render_g, 'l': render_l, 'd': render_d}
if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name not in want and d.name[0] not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
