"""Build the round-25 PDFs and expected files. Run with the venv python (see MANIFEST.md):
   make_invoices.py [j m k | NAME ...]"""
import base64, io, json, os, sys
import qrcode
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = '/work/round25-scratch/tpl'
os.makedirs(TMP, exist_ok=True)
LIB = '/usr/share/fonts/truetype/liberation'

def qr_matrix(payload):
    q = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    q.add_data(payload); q.make(fit=True)
    return q.get_matrix()

def qr_png(payload, box):
    q = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, box_size=box)
    q.add_data(payload); q.make(fit=True)
    b = io.BytesIO(); q.make_image().save(b, format='PNG')
    return b.getvalue()

def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]

# ---------- j: genpdf-json (Rust genpdf via pygenpdf_json) ----------
WEIGHT = {'code': 2, 'ean': 4, 'qty': 2, 'unit': 2, 'desc': 9, 'price': 3, 'bonif': 2, 'rate': 2, 'amount': 3}

def P(text, size=8, bold=False, align='left', **kw):
    e = {'type': 'paragraph', 'value': [{'text': text, 'bold': bold, 'size': size}], 'alignment': align}
    e.update(kw); return e

def render_j(d, pdf):
    els = []
    thin = {'thickness': 0.3}
    for ci, copy in enumerate(d.copies):
        if ci: els.append({'type': 'page_break'})
        if copy: els.append(P(copy, 10, True, 'center')); els.append({'type': 'break', 'value': 0.5})
        issuer = [P(l, 10 if i == 0 else 8, i == 0) for i, l in enumerate(d.issuer_lines)]
        letter = [P(d.doc_lines[1], 24, True, 'center'), P(d.doc_lines[2], 6, False, 'center')]
        right = [{'type': 'layout', 'orientation': 'horizontal', 'column_weights': [2, 5],
                  'elements': [{'type': 'layout', 'orientation': 'vertical', 'frame': thin, 'elements': letter},
                               {'type': 'layout', 'orientation': 'vertical', 'padding': [3, 0, 0, 3], 'elements': [P(d.doc_lines[0], 15, True)]}]},
                 {'type': 'break', 'value': 0.5}] + [P(l, 8) for l in d.doc_lines[3:]]
        els.append({'type': 'layout', 'orientation': 'horizontal', 'column_weights': [13, 8], 'frame': thin, 'padding': [2, 2, 2, 2],
                    'elements': [{'type': 'layout', 'orientation': 'vertical', 'elements': issuer},
                                 {'type': 'layout', 'orientation': 'vertical', 'padding': [0, 0, 0, 2], 'elements': right}]})
        els.append({'type': 'break', 'value': 1})
        els.append({'type': 'layout', 'orientation': 'vertical', 'frame': thin, 'padding': [1.5, 2, 1.5, 2], 'elements': [P(l, 8.5) for l in d.buyer_lines]})
        els.append({'type': 'break', 'value': 1.5})
        hdr = [P(h, 8, True, 'right' if a == 'r' else 'left') for _, h, a in d.cols]
        def cell(c, v):
            if c[0] != 'desc' or len(v) <= 48: return P(v, 8, False, 'right' if c[2] == 'r' else 'left')
            lines = ['']
            for w in v.split():
                if lines[-1] and len(lines[-1]) + 1 + len(w) > 48: lines.append(w)
                else: lines[-1] = (lines[-1] + ' ' + w).strip()
            return {'type': 'layout', 'orientation': 'vertical', 'elements': [P(x, 8) for x in lines]}
        chunks = pages_of(d)
        for pi, chunk in enumerate(chunks):
            if pi:
                els.append({'type': 'page_break'})
                els.append(P(f'{d.issuer_lines[0]} - {d.doc_lines[0]} {d.doc_lines[1]} {d.doc_lines[3]} - continuación (hoja {pi + 1} de {len(chunks)})', 8, True))
                els.append({'type': 'break', 'value': 1})
            rows = [hdr] + [[cell(c, v) for c, v in zip(d.cols, r)] for r in chunk]
            els.append({'type': 'table_layout', 'column_weights': [WEIGHT[k] for k, _, _ in d.cols],
                        'frame_decorator': [[True, True, True], {'thickness': 0.2, 'color': {'type': 'greyscale', 'value': 120}}],
                        'padding': [0.8, 1, 0.8, 1], 'rows': rows})
            if pi < len(chunks) - 1:
                els.append(P(f'Continúa en hoja {pi + 2}', 8, False, 'right'))
        els.append({'type': 'break', 'value': 2})
        trows = []
        for i, (l, v) in enumerate(d.totals):
            last = i == len(d.totals) - 1
            trows.append([P('', 8), P(l, 10 if last else 8.5, last, 'right'), P(v, 10 if last else 8.5, last, 'right')])
        els.append({'type': 'table_layout', 'column_weights': [8, 5, 3], 'rows': trows})
        els.append({'type': 'break', 'value': 2})
        foot = [P('Comprobante Autorizado', 9, True)] + [P(l, 8.5) for l in d.footer_lines] + [P('Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación', 6)]
        if d.qr_payload:
            img = {'type': 'image', 'base64': base64.b64encode(qr_png(d.qr_payload, 4)).decode(), 'dpi': 170}
            els.append({'type': 'layout', 'orientation': 'horizontal', 'column_weights': [3, 6], 'elements': [img, {'type': 'layout', 'orientation': 'vertical', 'elements': foot}]})
        else:
            els.append({'type': 'layout', 'orientation': 'vertical', 'elements': foot})
    cfg = {'title': f'{d.doc_lines[0]} {d.doc_lines[1]} {d.doc_lines[3]}', 'style': {}, 'page_size': 'A4', 'fonts': [],
           'default_font': {'font_family_name': 'LiberationSans', 'dir': LIB}, 'margins': [10, 12, 10, 12], 'line_spacing': 1.0,
           'skip_warning_overflowed': True}
    spec = {'config': cfg, 'elements': els}
    p = f'{TMP}/{d.name}.genpdf.json'
    json.dump(spec, open(p, 'w', encoding='utf-8'), ensure_ascii=False)
    import pygenpdf_json
    pygenpdf_json.render_json_file(p, pdf)

# ---------- m: minpdf (C engine) ----------
def render_m(d, pdf):
    import minpdf as mp
    W, H, L = 595.0, 842.0, 36.0
    doc = mp.PDF(mp.A4)
    doc.register_font('LS', open(f'{LIB}/LiberationSans-Regular.ttf', 'rb').read())
    doc.register_font('LSB', open(f'{LIB}/LiberationSans-Bold.ttf', 'rb').read())
    doc.metadata(title=f'Factura {d.letter} {d.name}', creator='GestionPyME Facturacion 4')
    def T(s, x, y, size=8.0, bold=False, align='left'):
        doc.text(s, x, y, mp.TextOptions(size=size, align=align, font='LSB' if bold else 'LS'))
    colw = {'code': 52, 'ean': 80, 'qty': 44, 'unit': 40, 'desc': 0, 'price': 64, 'bonif': 42, 'rate': 44, 'amount': 72}
    fixed = sum(colw[k] for k, _, _ in d.cols); dw = W - 2 * L - fixed
    cols = [mp.TableColumn(h, colw[k] or dw, 'right' if a == 'r' else 'left') for k, h, a in d.cols]
    pages = pages_of(d); first = True
    blue = mp.rgb(31, 78, 121)
    for copy in d.copies:
        for pi, rows in enumerate(pages):
            if not first: doc.page(mp.A4)
            first = False
            doc.rect(L, 30, W - 2 * L, 6, mp.RectOptions(fill=blue))
            if copy: T(copy, W - L - 60, 58, 10, True, 'right')
            y = 62
            for i, l in enumerate(d.issuer_lines):
                T(l, L, y, 12 if i == 0 else 8, i == 0); y += 16 if i == 0 else 11
            bx = W - L - 44
            doc.rect(bx, 44, 44, 44, mp.RectOptions(stroke=blue, line_width=1.2))
            T(d.doc_lines[1], bx + 22, 74, 26, True, 'center'); T(d.doc_lines[2], bx + 22, 84, 6, False, 'center')
            T(d.doc_lines[0], 345, 110, 14, True); yy = 126
            for l in d.doc_lines[3:]:
                T(l, 345, yy, 8.5); yy += 12
            if len(pages) > 1: T(f'Página {pi + 1} / {len(pages)}', 345, yy + 4, 7.5); yy += 12
            y = max(y, yy) + 10
            doc.line(L, y, W - L, y, blue, 0.8); y += 14
            for l in d.buyer_lines:
                T(l, L, y, 8.5); y += 11
            y += 6
            rh = 15.5; y0 = y
            doc.rect(L, y, W - 2 * L, rh, mp.RectOptions(fill=mp.rgb(220, 230, 241)))
            for ri, row in enumerate([[c.header for c in cols]] + rows):
                if ri and ri % 2 == 0: doc.rect(L, y, W - 2 * L, rh, mp.RectOptions(fill=mp.rgb(246, 248, 250)))
                cx = L
                for c, v in zip(cols, row):
                    T(v, cx + c.width - 4 if c.align == 'right' else cx + 4, y + 10.5, 7.5, ri == 0, c.align); cx += c.width
                y += rh
            doc.rect(L, y0, W - 2 * L, y - y0, mp.RectOptions(stroke=mp.rgb(150, 150, 150), line_width=0.6))
            y += 14
            if pi < len(pages) - 1:
                T('Continúa en la página siguiente...', W - L, y, 7.5, False, 'right'); continue
            for i, (l, v) in enumerate(d.totals):
                last = i == len(d.totals) - 1
                if last: doc.rect(W - L - 230, y - 11, 230, 16, mp.RectOptions(fill=mp.rgb(220, 230, 241)))
                T(l, W - L - 110, y, 10 if last else 8.5, last, 'right'); T(v, W - L - 4, y, 10 if last else 8.5, last, 'right'); y += 15 if last else 12
            y += 14
            tx = L
            if d.qr_payload:
                m = qr_matrix(d.qr_payload); mod = 1.7
                for r, line in enumerate(m):
                    c = 0
                    while c < len(line):
                        if line[c]:
                            s0 = c
                            while c < len(line) and line[c]: c += 1
                            doc.rect(L + s0 * mod, y + r * mod, (c - s0) * mod, mod, mp.RectOptions(fill=(0, 0, 0)))
                        else: c += 1
                tx = L + len(m) * mod + 10
            T('Comprobante Autorizado', tx, y + 14, 9, True)
            for j, l in enumerate(d.footer_lines):
                T(l, tx, y + 28 + 12 * j, 8.5)
    doc.save(pdf)

# ---------- k: caprice (pure Python, standard Type 1 fonts, text only) ----------
def render_k(d, pdf):
    from caprice.document import Document
    from caprice import font as F
    doc = Document()
    W, H, L, CW = 595, 842, 40, 5.4   # Courier 9: 5.4 pt per character
    colw = {'code': 8, 'ean': 14, 'qty': 8, 'unit': 5, 'desc': 0, 'price': 12, 'bonif': 7, 'rate': 6, 'amount': 13}
    width = 92
    fixed = sum(colw[k] + 2 for k, _, _ in d.cols); dw = width - fixed
    def cells(vals, wrap=False):
        parts = []; extra = []
        for (k, h, a), v in zip(d.cols, vals):
            w = colw[k] or dw
            if k == 'desc' and len(v) > w:
                cut = v.rfind(' ', 0, w + 1); cut = cut if cut > 0 else w
                extra = [v[cut + 1:]]; v = v[:cut]
                while len(extra[-1]) > w:
                    t = extra[-1]; cut = t.rfind(' ', 0, w + 1); extra[-1:] = [t[:cut], t[cut + 1:]]
            parts.append(v.rjust(w) if a == 'r' else v.ljust(w))
        s = '  '.join(parts).rstrip()
        off = sum(colw[k] + 2 for k, _, _ in d.cols[:[c[0] for c in d.cols].index('desc')]) if extra else 0
        return [s] + [' ' * off + e for e in extra]
    for copy in d.copies:
        pg = doc.add_page(); pg.set_size(W, H)
        cour = pg.add_font(F.Courier); courb = pg.add_font(F.Courier_Bold); helvb = pg.add_font(F.Helvetica_Bold)
        y = 40
        def line(s, f=cour, size=9, x=L, dy=11):
            nonlocal y
            pg.use_font(f); pg.set_font_size(size); pg.draw_text(x, y, s); y += dy
        if copy: pg.use_font(courb); pg.set_font_size(9); pg.draw_text(W - L - int(len(copy) * CW), 28, copy)
        top = y
        for i, l in enumerate(d.issuer_lines):
            line(l, helvb if i == 0 else cour, 12 if i == 0 else 9, dy=18 if i == 0 else 11)
        ybot = y
        pg.use_font(helvb); pg.set_font_size(24); pg.draw_text(W - L - 24, top - 14, d.doc_lines[1])
        pg.use_font(cour); pg.set_font_size(7); pg.draw_text(W - L - 30, top + 12, d.doc_lines[2])
        dx = W - L - int(max(len(x) for x in d.doc_lines[3:]) * CW)
        y = top + 26
        line(d.doc_lines[0], helvb, 14, x=dx, dy=18)
        for l in d.doc_lines[3:]: line(l, x=dx)
        y = max(y, ybot) + 6
        line('-' * width)
        for l in d.buyer_lines: line(l)
        line('-' * width)
        for s in cells([h for _, h, _ in d.cols]): line(s, courb)
        line('-' * width)
        for r in d.rows:
            for s in cells(r): line(s)
        line('-' * width); y += 4
        lw = max(len(l) for l, _ in d.totals); vw = max(len(v) for _, v in d.totals)
        for l, v in d.totals:
            s = l.rjust(lw) + '   ' + v.rjust(vw)
            line(s, courb if l == d.totals[-1][0] else cour, x=L + int((width - len(s)) * CW))
        y += 14
        for l in d.footer_lines: line(l, courb)
        line('Comprobante autorizado por AFIP - Régimen de Factura Electrónica', cour, 7)
    doc.save(pdf)

R = {'j': render_j, 'm': render_m, 'k': render_k}
if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name not in want and d.name[0] not in want and d.name[:3] not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
