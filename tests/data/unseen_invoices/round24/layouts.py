"""Three page layouts (one per generator) that place the Doc's own strings; output: a page-description file
(TSV ops in pt, origin top-left) that render/ draws with the generator. Nothing here formats a value of the contract."""
import os, textwrap
import segno

W, H, M = 595.28, 841.89, 28
COLW = {'code': 44, 'ean': 72, 'qty': 40, 'unit': 34, 'price': 62, 'bonif': 40, 'rate': 40, 'amount': 66}

class Canvas:
    def __init__(self, creator, title, author):
        self.out = ['\t'.join(['META', creator, title, author])]
    def page(self): self.out.append('P')
    def t(self, x, y, s, txt, b=0, al='L'):
        if txt: self.out.append(f'T\t{x:.2f}\t{y:.2f}\t{s}\t{b}\t{al}\t{txt}')
    def l(self, x1, y1, x2, y2, w=0.5): self.out.append(f'L\t{x1:.2f}\t{y1:.2f}\t{x2:.2f}\t{y2:.2f}\t{w}')
    def r(self, x, y, w, h, fill=-1, stroke=1, lw=0.5): self.out.append(f'R\t{x:.2f}\t{y:.2f}\t{w:.2f}\t{h:.2f}\t{fill}\t{stroke}\t{lw}')
    def img(self, path, x, y, w): self.out.append(f'I\t{path}\t{x:.2f}\t{y:.2f}\t{w:.2f}')
    def qr_vector(self, payload, x, y, size):
        q = segno.make(payload, error='m', boost_error=False)
        rows = [list(r) for r in q.matrix]; mod = size / (len(rows) + 8); x0, y0 = x + 4 * mod, y + 4 * mod
        for j, row in enumerate(rows):
            i = 0
            while i < len(row):
                if row[i]:
                    k = i
                    while k < len(row) and row[k]: k += 1
                    self.r(x0 + i * mod, y0 + j * mod, (k - i) * mod, mod, fill=0, stroke=0); i = k
                else: i += 1
    def save(self, path):
        with open(path, 'w', encoding='utf-8') as f: f.write('\n'.join(self.out) + '\n')

def qr_png(d, tpl, scale):
    p = os.path.join(tpl, d.name + '.qr.png')
    segno.make(d.qr_payload, error='m', boost_error=False).save(p, scale=scale, border=4)
    return p

def columns(d, x0, width):
    fixed = sum(COLW[c[0]] for c in d.cols if c[0] != 'desc'); out = []; x = x0
    for key, label, al in d.cols:
        w = width - fixed if key == 'desc' else COLW[key]
        out.append((key, label, al, x, w)); x += w
    return out

def wrap_row(d, row, cols, size):
    cells = []
    for (key, label, al, x, w), txt in zip(cols, row):
        cells.append(textwrap.wrap(txt, max(8, int((w - 6) / (size * 0.6)))) if key == 'desc' else [txt])
    return cells

def paginate(d):
    n = d.rows_per_page or len(d.rows)
    return [list(range(i, min(i + n, len(d.rows)))) for i in range(0, len(d.rows), n)] or [[]]

def draw_cells(c, cols, cells, y, size, lh):
    for (key, label, al, x, w), lines in zip(cols, cells):
        for k, ln in enumerate(lines):
            if al == 'r': c.t(x + w - 3, y + k * lh, size, ln, 0, 'R')
            else: c.t(x + 3, y + k * lh, size, ln)
    return max(len(l) for l in cells) * lh

def totals_block(c, d, y, xl, xv, size, big, lh, label_align='R'):
    for lab, val in d.totals[:-1]:
        c.t(xl, y, size, lab, 0, label_align); c.t(xv, y, size, val, 0, 'R'); y += lh
    lab, val = d.totals[-1]
    c.t(xl, y + 3, big, lab, 1, label_align); c.t(xv, y + 3, big, val, 1, 'R')
    return y + lh + 6

# ---------- r: RBPDF, a shop's classic AFIP-like frame ----------
def layout_r(d, tpl):
    c = Canvas('Gestion Comercial Voltio 4.1', f'Factura {d.letter} {d.number_lines[0]}', d.merchant)
    pages = paginate(d); png = qr_png(d, tpl, 4) if d.qr_payload else None
    iva = d.issuer_tax[2]
    for copy in d.copies:
        for pi, idx in enumerate(pages):
            c.page()
            if copy: c.t(W / 2, 20, 9, copy, 1, 'C')
            left = d.issuer_head + [iva]; right = ['FACTURA'] + d.number_lines + [d.date_line] + [d.issuer_tax[0], d.issuer_tax[1], d.issuer_tax[3]] + d.currency_lines
            hh = max(len(left), len(right)) * 12 + 36
            c.r(M, M, W - 2 * M, hh); c.l(W / 2, M + 44, W / 2, M + hh)
            c.r(W / 2 - 20, M, 40, 44, fill=1); c.t(W / 2, M + 27, 24, d.letter, 1, 'C'); c.t(W / 2, M + 39, 6, d.code_line, 0, 'C')
            y = M + 24
            for k, ln in enumerate(left):
                if k == 0: c.t(M + 10, y, min(12, round(225 / (len(ln) * 0.64), 1)), ln, 1); y += 16
                else: c.t(M + 10, y, 8, ln); y += 12
            y = M + 24
            for k, ln in enumerate(right):
                if k == 0: c.t(W / 2 + 30, y, 14, ln, 1); y += 16
                else: c.t(W / 2 + 30, y, 8, ln); y += 12
            y = M + hh + 6
            bh = len(d.buyer_lines) * 11 + 10
            c.r(M, y, W - 2 * M, bh)
            for k, ln in enumerate(d.buyer_lines): c.t(M + 10, y + 13 + k * 11, 8, ln)
            y += bh + 4
            for ln in d.notes: c.t(M + 10, y + 9, 8, ln); y += 11
            y += 6
            cols = columns(d, M, W - 2 * M)
            c.r(M, y, W - 2 * M, 16, fill=0.85)
            for key, label, al, x, w in cols:
                c.t(x + w - 3 if al == 'r' else x + 3, y + 11, 7.5, label, 1, 'R' if al == 'r' else 'L')
            y += 16
            for i in idx:
                cells = wrap_row(d, d.rows[i], cols, 8)
                h = draw_cells(c, cols, cells, y + 10, 8, 10) + 4
                c.l(M, y + h, W - M, y + h, 0.2); y += h
            if len(pages) > 1: c.t(W - M, H - 20, 7, f'Hoja {pi + 1} de {len(pages)}', 0, 'R')
            if pi < len(pages) - 1:
                c.t(W - M, y + 14, 8, 'Continúa en la hoja siguiente...', 0, 'R'); continue
            y += 18
            y = totals_block(c, d, y, W - M - 100, W - M - 4, 9, 11, 13)
            y += 10; c.l(M, y, W - M, y, 0.8); y += 8
            if png: c.img(png, M, y, 96)
            xx = M + 110 if png else M
            c.t(xx, y + 20, 9, 'Comprobante Autorizado', 1)
            for k, ln in enumerate(d.footer_lines): c.t(xx, y + 36 + k * 12, 8.5, ln)
    return c

# ---------- h: Horde_Pdf, an old management system (rules, column separators, boxed totals) ----------
def layout_h(d, tpl):
    c = Canvas('SIGES Facturacion 2.3', f'Comprobante {d.code_line}', d.merchant)
    pages = paginate(d); png = qr_png(d, tpl, 5) if d.qr_payload else None
    for copy in d.copies:
        for pi, idx in enumerate(pages):
            c.page()
            y = 48
            for k, ln in enumerate(d.issuer_head):
                if k == 0: c.t(40, y, 14, ln, 1); y += 15
                else: c.t(40, y, 8, ln); y += 11
            y += 4
            for ln in d.issuer_tax: c.t(40, y, 7.5, ln); y += 10
            c.r(505, 30, 50, 50); c.t(530, 67, 30, d.letter, 1, 'C'); c.t(530, 90, 7, d.code_line, 0, 'C')
            ry = 45
            c.t(490, ry, 13, 'FACTURA', 1, 'R'); ry += 15
            if copy: c.t(490, ry, 8, copy, 1, 'R'); ry += 12
            for ln in d.number_lines + [d.date_line] + d.currency_lines: c.t(490, ry, 8.5, ln, 0, 'R'); ry += 12
            y = max(y, ry, 100) + 6
            c.l(40, y, 555, y, 1); y += 14
            half = (len(d.buyer_lines) + 1) // 2
            for k, ln in enumerate(d.buyer_lines):
                c.t(40 if k < half else 320, y + (k if k < half else k - half) * 11, 8, ln)
            y += half * 11 + 2
            for ln in d.notes: c.t(40, y, 8, ln); y += 11
            c.l(40, y, 555, y, 1); y += 8
            cols = columns(d, 40, 515)
            ytop = y
            c.l(40, y, 555, y, 0.6)
            for key, label, al, x, w in cols:
                c.t(x + w - 3 if al == 'r' else x + 3, y + 11, 8, label, 1, 'R' if al == 'r' else 'L')
            y += 16; c.l(40, y, 555, y, 0.6); y += 2
            for i in idx:
                cells = wrap_row(d, d.rows[i], cols, 8)
                y += draw_cells(c, cols, cells, y + 10, 8, 10.5) + 3
            y += 4; c.l(40, y, 555, y, 0.6)
            for key, label, al, x, w in cols[1:]: c.l(x, ytop, x, y, 0.3)
            c.l(40, ytop, 40, y, 0.3); c.l(555, ytop, 555, y, 0.3)
            if len(pages) > 1: c.t(555, 820, 7, f'Página {pi + 1}/{len(pages)}', 0, 'R')
            if pi < len(pages) - 1: continue
            y += 12
            th = len(d.totals) * 13 + 16
            c.r(320, y, 235, th)
            totals_block(c, d, y + 16, 330, 547, 8.5, 10.5, 13, 'L')
            fy = y + th + 14
            if png: c.img(png, 455, fy, 100)
            c.t(40, fy + 14, 8.5, 'Comprobante autorizado - RG 4291', 1)
            for k, ln in enumerate(d.footer_lines): c.t(40, fy + 30 + k * 12, 8.5, ln)
    return c

# ---------- i: iText 1.4, a modern small-office template (grey band, zebra rows, vector QR) ----------
def layout_i(d, tpl):
    c = Canvas('FacturaPro Escritorio 7', f'{d.merchant} - Factura {d.letter}', 'FacturaPro')
    pages = paginate(d)
    for copy in d.copies:
        for pi, idx in enumerate(pages):
            c.page()
            c.r(0, 0, W, 8, fill=0.55, stroke=0)
            y = 40
            for k, ln in enumerate(d.issuer_head):
                if k == 0: c.t(M, y, 15, ln, 1); y += 17
                else: c.t(M, y, 8.5, ln); y += 11
            for ln in d.issuer_tax: c.t(M, y, 7.5, ln); y += 10
            c.r(W / 2 + 10, 26, 34, 38, fill=0.92, stroke=1, lw=1); c.t(W / 2 + 27, 52, 22, d.letter, 1, 'C'); c.t(W / 2 + 27, 61, 5.5, d.code_line, 0, 'C')
            ry = 40
            c.t(W - M, ry, 16, f'FACTURA {d.letter}', 1, 'R'); ry += 16
            if copy: c.t(W - M, ry, 8, copy, 1, 'R'); ry += 11
            for ln in d.number_lines + [d.date_line] + d.currency_lines: c.t(W - M, ry, 9, ln, 0, 'R'); ry += 12
            y = max(y, ry) + 8
            c.r(M, y, W - 2 * M, 14, fill=0.92, stroke=0); c.t(M + 6, y + 10, 8, 'DATOS DEL CLIENTE', 1); y += 24
            for ln in d.buyer_lines: c.t(M + 6, y, 8, ln); y += 11
            for ln in d.notes: c.t(M + 6, y, 8, ln, 1); y += 11
            y += 8
            cols = columns(d, M, W - 2 * M)
            c.r(M, y, W - 2 * M, 16, fill=0.8, stroke=0)
            for key, label, al, x, w in cols:
                c.t(x + w - 3 if al == 'r' else x + 3, y + 11, 7.5, label.upper(), 1, 'R' if al == 'r' else 'L')
            y += 16
            for n, i in enumerate(idx):
                cells = wrap_row(d, d.rows[i], cols, 8)
                h = max(len(l) for l in cells) * 10 + 5
                if n % 2: c.r(M, y, W - 2 * M, h, fill=0.95, stroke=0)
                draw_cells(c, cols, cells, y + 10, 8, 10); y += h
            c.l(M, y, W - M, y, 0.8)
            if len(pages) > 1: c.t(M, H - 18, 7, f'Hoja {pi + 1} de {len(pages)}')
            if pi < len(pages) - 1:
                c.t(W - M, y + 12, 8, 'continúa...', 0, 'R'); continue
            y += 16
            y = totals_block(c, d, y, W - M - 110, W - M, 9, 12, 13)
            y += 14
            if d.qr_payload: c.qr_vector(d.qr_payload, M, y, 104)
            xx = M + 118 if d.qr_payload else M
            c.t(xx, y + 24, 9, 'Comprobante autorizado por AFIP', 1)
            for k, ln in enumerate(d.footer_lines): c.t(xx, y + 40 + k * 12, 8.5, ln)
            c.t(xx, y + 76, 7, 'Esta factura contribuye al financiamiento de la seguridad social.', 0)
    return c

LAYOUTS = {'r': layout_r, 'h': layout_h, 'i': layout_i}
