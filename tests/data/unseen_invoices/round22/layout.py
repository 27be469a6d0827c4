"""Page layout shared by the three renderers: turns a Doc into pages of primitives (pt, origin bottom-left, A4).
Every string placed is one of the Doc's own strings. Themes give each generator its own look."""
import segno

AFM = {}
def _afm(path):
    w = {}
    for l in open(path, encoding='latin-1'):
        if l.startswith('C '):
            parts = dict(p.strip().split(' ', 1) for p in l.strip().split(';') if p.strip())
            w[parts['N']] = int(parts['WX'])
    return w
AFM['R'] = _afm('/usr/share/fonts/type1/urw-base35/NimbusSans-Regular.afm')
AFM['B'] = _afm('/usr/share/fonts/type1/urw-base35/NimbusSans-Bold.afm')
GLYPH = {' ': 'space', '!': 'exclam', '"': 'quotedbl', '#': 'numbersign', '$': 'dollar', '%': 'percent', '&': 'ampersand', "'": 'quotesingle',
         '(': 'parenleft', ')': 'parenright', '*': 'asterisk', '+': 'plus', ',': 'comma', '-': 'hyphen', '.': 'period', '/': 'slash',
         ':': 'colon', ';': 'semicolon', '<': 'less', '=': 'equal', '>': 'greater', '?': 'question', '@': 'at', '[': 'bracketleft',
         ']': 'bracketright', '_': 'underscore', '°': 'degree', 'º': 'ordmasculine', 'á': 'aacute', 'é': 'eacute', 'í': 'iacute',
         'ó': 'oacute', 'ú': 'uacute', 'ñ': 'ntilde', 'Á': 'Aacute', 'É': 'Eacute', 'Í': 'Iacute', 'Ó': 'Oacute', 'Ú': 'Uacute',
         'Ñ': 'Ntilde', 'ü': 'udieresis', 'Ü': 'Udieresis', '0': 'zero', '1': 'one', '2': 'two', '3': 'three', '4': 'four', '5': 'five',
         '6': 'six', '7': 'seven', '8': 'eight', '9': 'nine'}

def width(s, font, size):
    if font == 'M': return 0.6 * size * len(s)
    t = AFM['B' if font == 'B' else 'R']
    return sum(t.get(GLYPH.get(ch, ch), 556) for ch in s) * size / 1000

COLW = {'code': 46, 'ean': 70, 'qty': 40, 'unit': 30, 'price': 62, 'bonif': 40, 'rate': 42, 'amount': 66}

def qr_matrix(payload):
    q = segno.make(payload, error='m', micro=False)
    return [list(r) for r in q.matrix]

class Page:
    def __init__(self): self.p = []
    def text(self, x, y, s, size=8, font='R', align='l'):
        if s == '': return
        self.p.append(('text', round(x, 2), round(y, 2), s, size, font, align))
    def rect(self, x, y, w, h, fill=None, lw=0.6): self.p.append(('rect', round(x, 2), round(y, 2), round(w, 2), round(h, 2), fill, lw))
    def line(self, x1, y1, x2, y2, lw=0.6): self.p.append(('line', round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), lw))
    def qr(self, x, y, size, payload): self.p.append(('qr', x, y, size, qr_matrix(payload)))

THEMES = {
    # c: Aspose.CAD drawing - framed sheet, gridded table; top band left free (the evaluation box covers it)
    'cad': dict(top=842 - 168, frame=True, grid=True, band=None, zebra=False, tfont='R', hfont='R', bfont='R', L=28, R=567, row=11.5,
                qr_x='center', qr_size=92, mono=False),
    # o: Origami - clean letterhead, grey header band, zebra rows
    'orig': dict(top=842 - 34, frame=False, grid=False, band=0.82, zebra=0.95, tfont='R', hfont='B', bfont='B', L=36, R=559, row=11,
                 qr_x='left', qr_size=84, mono=False),
    # p: PostScript::Simple - "sistema de gestión": Courier table, boxed header
    'ps': dict(top=842 - 30, frame=False, grid=False, band=None, zebra=False, tfont='M', hfont='B', bfont='B', L=30, R=565, row=10.5,
               qr_x='left', qr_size=96, mono=True),
}

def layout(d, theme):
    T = THEMES[theme]; L, R = T['L'], T['R']
    n = d.rows_per_page or max(1, len(d.rows))
    chunks = [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]
    pages = []
    fixed = sum(COLW[c[0]] for c in d.cols if c[0] != 'desc')
    descw = (R - L) - fixed
    xs = []; x = L
    for c in d.cols:
        w = descw if c[0] == 'desc' else COLW[c[0]]; xs.append((x, w)); x += w
    for copy in d.copies:
        for pi, chunk in enumerate(chunks):
            P = Page(); last = pi == len(chunks) - 1
            top = T['top']
            if T['frame']: P.rect(L - 8, 24, R - L + 16, top + 14 - 24, lw=1.0)
            if copy:
                if theme == 'ps': P.text(R, top + 6, copy, 10, 'B', 'r')
                else: P.text((L + R) / 2, top + 2, copy, 10, T['hfont'], 'c')
            hy = top - 16
            H = 118
            # header box
            if theme == 'ps':
                P.rect(L, hy - H + 12, R - L, H); P.rect(L + 2, hy - H + 14, R - L - 4, H - 4, lw=0.3)
            elif theme == 'cad':
                P.rect(L, hy - H + 12, R - L, H)
            else:
                P.line(L, hy - H + 10, R, hy - H + 10, lw=1.2)
            # issuer block
            y = hy - 6
            for i, s in enumerate(d.issuer_lines):
                if i == 0:
                    sz = min(12, 12 * ((L + R) / 2 - 28 - L - 8) / width(s, T['bfont'], 12))
                    P.text(L + 8, y, s, round(sz, 1), T['bfont']); y -= 15
                else: P.text(L + 8, y, s, 7.5); y -= 10
            # letter box, centered
            cx = (L + R) / 2
            P.rect(cx - 20, hy - 34, 40, 40, fill=None, lw=1.0)
            P.text(cx, hy - 18, d.letter, 22, T['bfont'], 'c')
            P.text(cx, hy - 30, d.letter_code, 6, 'R', 'c')
            if theme != 'orig': P.line(cx, hy - 34, cx, hy - H + 12)
            # document block
            y = hy - 6; dx = cx + 32
            P.text(dx, y, d.doc_title, 14, T['bfont']); y -= 16
            for s in d.doc_lines: P.text(dx, y, s, 8.5); y -= 11
            if len(chunks) > 1: P.text(dx, y, f'Hoja {pi + 1} de {len(chunks)}', 8); y -= 11
            # buyer
            by = hy - H + 2
            if theme != 'orig': P.rect(L, by - 12 * len(d.buyer_lines) - 2, R - L, 12 * len(d.buyer_lines) + 4, lw=0.5)
            y = by - 9
            for s in d.buyer_lines: P.text(L + 8, y, s, 8); y -= 12
            # table
            ty = y - 10
            hh = 14
            if T['band']: P.rect(L, ty - hh + 4, R - L, hh, fill=T['band'], lw=0)
            else: P.line(L, ty + 4, R, ty + 4); P.line(L, ty - hh + 4, R, ty - hh + 4)
            for (x, w), c in zip(xs, d.cols):
                P.text(x + 3 if c[2] == 'l' else x + w - 3, ty - 6, c[1], 7.5, T['hfont'], 'l' if c[2] == 'l' else 'r')
            y = ty - hh - 4
            rowtop0 = ty - hh + 4
            for ri, row in enumerate(chunk):
                nl = max(len(v) if isinstance(v, list) else 1 for v in row)
                rh = T['row'] * nl
                if T['zebra'] and ri % 2: P.rect(L, y - rh + T['row'] - 3, R - L, rh, fill=T['zebra'], lw=0)
                for (x, w), c, v in zip(xs, d.cols, row):
                    font = T['tfont']; sz = 7.5 if font == 'M' else 8
                    lines = v if isinstance(v, list) else [v]
                    for k, s in enumerate(lines):
                        if width(s, font, sz) > w - 5: raise ValueError(f'{d.name}: {s!r} too wide for {c[0]} ({w})')
                        P.text(x + 3 if c[2] == 'l' else x + w - 3, y - k * T['row'], s, sz, font, 'l' if c[2] == 'l' else 'r')
                y -= rh + 2
            if T['grid']:
                P.line(L, y + 6, R, y + 6)
                for x, w in xs[1:]: P.line(x, ty + 4, x, y + 6, lw=0.3)
            elif theme == 'ps': P.line(L, y + 6, R, y + 6, lw=0.4)
            if not last:
                P.text(R, y - 8, 'Continúa en la hoja siguiente', 8, 'R', 'r')
                pages.append(P); continue
            # totals
            y -= 8
            tx = R - 200
            if theme == 'cad': P.rect(tx - 6, y - 13 * len(d.totals) + 4, R - tx + 6, 13 * len(d.totals) + 8, lw=0.6)
            for i, (l, v) in enumerate(d.totals):
                big = i == len(d.totals) - 1
                if big and theme == 'orig': P.line(tx, y + 10, R, y + 10, lw=0.8)
                P.text(tx, y, l, 10 if big else 8.5, T['bfont'] if big else 'R')
                P.text(R - 4, y, v, 10 if big else 8.5, T['bfont'] if big else 'R', 'r')
                y -= 14 if big else 12
            # QR + CAE footer
            fy = min(y - 12, 200)
            qs = T['qr_size']
            qx = (L + R) / 2 - qs / 2 - 60 if T['qr_x'] == 'center' else L
            fx = qx + (qs + 12 if d.qr_payload else 0)
            if d.qr_payload: P.qr(qx, fy - qs, qs, d.qr_payload)
            P.text(fx, fy - 14, 'Comprobante Autorizado', 9, T['bfont'])
            for k, s in enumerate(d.footer_lines): P.text(fx, fy - 28 - k * 11, s, 8)
            if len(chunks) > 1: P.text(R, 40, f'Hoja {pi + 1} de {len(chunks)}', 7, 'R', 'r')
            pages.append(P)
    return pages
