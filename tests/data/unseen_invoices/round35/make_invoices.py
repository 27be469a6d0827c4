"""Build the round-35 PDFs and expected files: docs.py holds the documents, this file lays each one out as page
descriptions (text at coordinates, frames, QR) and render.pl draws them with CAM::PDF (Debian libcam-pdf-perl)."""
import json, os, subprocess, sys
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round35-scratch/tpl'
os.makedirs(TPL, exist_ok=True)
W, H, L = 595.0, 842.0, 36.0
CREATOR = {'k': 'Facturador Mostrador 4.2', 'm': 'GestionVentas Web', 's': 'Factura Simple 1.3'}

# Helvetica widths (1/1000 em) for right alignment of numbers and short labels
WD = {c: 556 for c in '0123456789$?'}; WD.update({'.': 278, ',': 278, ' ': 278, '-': 333, '%': 889, '/': 278, ':': 278, 'I': 278, 'i': 222, 'l': 222,
      'j': 222, 't': 278, 'f': 278, 'r': 333, 'm': 833, 'w': 722, 'M': 833, 'W': 944, 'U': 722, 'S': 667, 'D': 722, 'C': 722, 'A': 667, 'P': 667})
def width(s, size, bold=False): return sum(WD.get(ch, 611 if bold else 556) for ch in s) * size / 1000

class Page:
    def __init__(self): self.ops = []
    def t(self, x, y, s, size=8, bold=False, right=False):
        if right: x -= width(s, size, bold)
        self.ops.append(['t', round(x, 2), round(y, 2), 'F2' if bold else 'F1', size, s])
    def rect(self, x, y, w, h, lw=0.7): self.ops.append(['rect', x, y, w, h, lw])
    def line(self, x1, y1, x2, y2, lw=0.5): self.ops.append(['line', x1, y1, x2, y2, lw])
    def fill(self, x, y, w, h, g=0.85): self.ops.append(['fill', x, y, w, h, g])

def wrap(s, w, size):
    out, cur = [], ''
    for word in s.split():
        cand = (cur + ' ' + word).strip()
        if cur and width(cand, size) > w - 6: out.append(cur); cur = word
        else: cur = cand
    return out + [cur]

COLW = {'code': 44, 'ean': 74, 'qty': 42, 'unit': 28, 'desc': 0, 'price': 66, 'bonif': 40, 'rate': 38, 'amount': 74}

def table(p, d, rows, y, style):
    fixed = sum(COLW[k] for k, _, _ in d.cols); dw = W - 2 * L - fixed; xs, x = [], L
    for k, _, _ in d.cols:
        w = COLW[k] or dw; xs.append((x, w)); x += w
    hs = 7.5
    if style == 'k': p.fill(L, y - 4, W - 2 * L, 14)
    else: p.line(L, y + 10, W - L, y + 10, 0.8); p.line(L, y - 4, W - L, y - 4, 0.8)
    for (k, h, a), (cx, cw) in zip(d.cols, xs):
        p.t(cx + cw - 3 if a == 'r' else cx + 3, y, h, hs, True, a == 'r')
    y -= 15
    for row in rows:
        n = 1
        for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
            if k == 'desc':
                ls = wrap(v, cw, 7.5); n = max(n, len(ls))
                for j, l in enumerate(ls): p.t(cx + 3, y - 9 * j, l, 7.5)
            else: p.t(cx + cw - 3 if a == 'r' else cx + 3, y, v, 7.5, False, a == 'r')
        y -= 9 * n + 3
        if style == 'm': p.line(L, y + 7, W - L, y + 7, 0.2)
    p.line(L, y + 6, W - L, y + 6, 0.6)
    return y

def qr(p, d, x, top, size):
    if not d.qr_payload: return
    if d.qrdraw == 'img': p.ops.append(['qrimg', x, top, size, d.qr_payload])
    else:
        import math
        p.ops.append(['qrvec', x, top, 1.55, d.qr_payload])

def header(p, d, copy, hoja):
    if d.style == 'k':
        if copy: p.t(W / 2 - width(copy, 10, True) / 2, H - 26, copy, 10, True)
        p.rect(L, H - 190, W - 2 * L, 155); p.line(W / 2, H - 190, W / 2, H - 80)
        p.rect(W / 2 - 22, H - 80, 44, 45); p.t(W / 2 - 9, H - 64, d.letter, 24, True); p.t(W / 2 - 14, H - 76, d.code_line, 6)
        y = H - 56
        for i, l in enumerate(d.issuer_lines): p.t(L + 8, y, l, 11 if i == 0 else 8, i == 0); y -= 15 if i == 0 else 11
        y -= 4
        for l in d.issuer_fiscal: p.t(L + 8, y, l, 7.5); y -= 10
        p.t(W / 2 + 34, H - 56, d.title, 14, True); y = H - 100
        for l in d.num_lines + [d.date_line]: p.t(W / 2 + 12, y, l, 8.5); y -= 12
        if hoja: p.t(W - L - 8, H - 184, hoja, 7, right=True)
        y = H - 208
        for l in d.buyer_lines: p.t(L + 8, y, l, 8); y -= 11
        p.rect(L, y + 4, W - 2 * L, H - 198 - y - 4, 0.5)
        return y - 14
    if d.style == 'm':
        if copy: p.t(W - L, H - 24, copy, 9, True, right=True)
        p.t(L, H - 48, d.title, 20, True); p.t(L, H - 60, d.code_line, 7)
        y = H - 84
        for i, l in enumerate(d.issuer_lines): p.t(L, y, l, 10 if i == 0 else 8, i == 0); y -= 13 if i == 0 else 10
        y2 = H - 44
        for l in d.num_lines + [d.date_line] + d.issuer_fiscal: p.t(W / 2 + 40, y2, l, 8); y2 -= 11
        if hoja: p.t(W / 2 + 40, y2, hoja, 7); y2 -= 11
        y = min(y, y2) - 6; p.line(L, y, W - L, y, 1.2); y -= 14
        p.t(L, y, 'Datos del receptor', 7.5, True); y -= 11
        for l in d.buyer_lines: p.t(L, y, l, 8); y -= 10
        p.line(L, y, W - L, y, 0.5)
        return y - 16
    # 's': a letter-box strip across the top, issuer block below
    if copy: p.t(L, H - 24, copy, 8, True)
    p.rect(L, H - 70, W - 2 * L, 38, 1.0); p.t(L + 10, H - 57, d.title, 16, True); p.t(L + 120, H - 57, d.code_line, 8)
    x = W / 2 + 20; y = H - 48
    for l in d.num_lines + [d.date_line]: p.t(x, y, l, 8); y -= 10
    y = H - 92
    for i, l in enumerate(d.issuer_lines): p.t(L + 4, y, l, 12 if i == 0 else 8, i == 0); y -= 15 if i == 0 else 11
    y2 = H - 92
    for l in d.issuer_fiscal: p.t(W / 2 + 20, y2, l, 7.5); y2 -= 10
    if hoja: p.t(W / 2 + 20, y2, hoja, 7); y2 -= 10
    y = min(y, y2) - 8; p.line(L, y, W - L, y, 0.5); y -= 12
    for l in d.buyer_lines: p.t(L + 4, y, l, 8); y -= 10
    p.line(L, y, W - L, y, 0.5)
    return y - 16

def totals_and_footer(p, d, y):
    y -= 8
    for i, (l, v) in enumerate(d.totals):
        last = i == len(d.totals) - 1; sz = 10 if last else 8.5
        p.t(W - L - 230, y, l, sz, last); p.t(W - L - 4, y, v, sz, last, True); y -= 14 if last else 12
    y -= 10
    if d.style == 'm':
        qx = W - L - 120
        qr(p, d, qx, y, 110)
        p.t(L, y - 14, 'Comprobante autorizado por AFIP', 8, True)
        for j, l in enumerate(d.footer_lines): p.t(L, y - 28 - 11 * j, l, 8)
    else:
        qr(p, d, L, y, 110)
        tx = L + (125 if d.qr_payload else 0)
        p.t(tx, y - 14, 'Comprobante Autorizado', 8.5, True)
        for j, l in enumerate(d.footer_lines): p.t(tx, y - 28 - 12 * j, l, 8.5)

def layout(d):
    n = d.rows_per_page or len(d.rows)
    chunks = [d.rows[i:i + n] for i in range(0, len(d.rows), n)]
    pages = []
    for copy in d.copies:
        for pi, rows in enumerate(chunks):
            p = Page(); hoja = f'Hoja {pi + 1} de {len(chunks)}' if len(chunks) > 1 else None
            y = header(p, d, copy, hoja)
            y = table(p, d, rows, y, d.style)
            if pi < len(chunks) - 1: p.t(W - L, y - 8, 'Continúa en la hoja siguiente', 7, right=True)
            else: totals_and_footer(p, d, y)
            pages.append(p.ops)
    return pages

if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name not in want: continue
        spec = os.path.join(TPL, d.name + '.json')
        json.dump({'creator': CREATOR[d.style], 'pages': layout(d)}, open(spec, 'w', encoding='utf-8'), ensure_ascii=False)
        pdf = os.path.join(OUT, d.name + '.pdf')
        subprocess.run(['perl', os.path.join(OUT, 'render.pl'), spec, pdf], check=True,
                       env=dict(os.environ, PERL_HASH_SEED='0', PERL_PERTURB_KEYS='0'))  # same dictionary order on every run
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
