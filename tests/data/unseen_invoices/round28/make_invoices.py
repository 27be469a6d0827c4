"""Build the round-28 PDFs and expected files. Run with the venv python (see MANIFEST.md).
Three pure-Python generators: docugenr8 (d), pdf-maker (m), edof (e). Renderers print only the Doc's strings."""
import json, os, sys
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
W, H, L = 595.0, 842.0, 36.0
FONT_R = '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf'
FONT_B = '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf'
COLW = {'code': 46, 'ean': 78, 'qty': 40, 'unit': 38, 'desc': 0, 'price': 64, 'bonif': 40, 'rate': 42, 'amount': 72}

def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]

def col_xs(d, width):
    fixed = sum(COLW[k] for k, _, _ in d.cols); dw = width - fixed
    xs = []; x = L
    for k, _, _ in d.cols:
        w = COLW[k] or dw; xs.append((x, w)); x += w
    return xs

def qr_runs(payload):
    """Dark-module runs (row, first column, length) of the QR matrix (segno, ECC M)."""
    m = segno.make(payload, error='m', micro=False); rows = list(m.matrix); out = []
    for r, line in enumerate(rows):
        c = 0
        while c < len(line):
            if line[c]:
                s0 = c
                while c < len(line) and line[c]: c += 1
                out.append((r, s0, c - s0))
            else: c += 1
    return out, len(rows)

class Canvas:
    """Top-left coordinates in points; each backend implements text / rect / line / qr / new_page / save."""
    def layout(self, d):
        pages = pages_of(d); first = True
        xs = col_xs(d, W - 2 * L)
        for copy in d.copies:
            for pi, rows in enumerate(pages):
                if not first: self.new_page()
                first = False
                self.page(d, copy, pi, len(pages), rows, xs)
        self.save()

class Docugenr8Canvas(Canvas):
    """d: boxed AFIP-style layout, Liberation Sans embedded, grey item header, vector QR."""
    def __init__(self, d, pdf):
        from docugenr8 import Document
        self.doc = Document(); self.pdf = pdf
        self.doc.add_font('LiberationSans', FONT_R); self.doc.add_font('LiberationSans-Bold', FONT_B)
        s = self.doc.settings
        for k in ('paragraph_first_line_indent', 'paragraph_left_indent', 'paragraph_right_indent', 'paragraph_space_before', 'paragraph_space_after'):
            setattr(s, k, 0)
        s.line_pattern = (0, 0, 1000, 0, 0)  # solid: the default (0,0,0,0,0) writes the dash array [0 0], which poppler strokes invisibly
        self.doc.add_page(W, H)
    def new_page(self): self.doc.add_page(W, H)
    def text(self, x, y, s, size=8.0, bold=False, align='left', w=None):
        st = self.doc.settings
        st.font_current = 'LiberationSans-Bold' if bold else 'LiberationSans'; st.font_size = size; st.text_h_align = align
        n = s.count('\n') + 1
        if w is None: w = 400.0
        if align == 'right': x = x - w
        ta = self.doc.create_textarea(x, y, w, size * 1.3 * n + 2)
        ta.add_text(s); self.doc.pages[-1].add_content(ta)
    def rect(self, x, y, w, h, fill=None, lw=0.8):
        st = self.doc.settings
        st.fill_color = fill or (255, 255, 255); st.line_width = lw; st.line_color = (0, 0, 0) if lw else None
        self.doc.pages[-1].add_content(self.doc.create_rectangle(x, y, w, h))
    def line(self, x1, y1, x2, y2, lw=0.5, gray=0):
        st = self.doc.settings; st.line_width = lw; st.line_color = (gray, gray, gray)
        c = self.doc.create_curve(x1, y1); c.add_point(x2, y2); self.doc.pages[-1].add_content(c)
    def qr(self, payload, x, y, mod=1.8):
        runs, n = qr_runs(payload)
        for r, c0, ln in runs:
            self.rect(x + (4 + c0) * mod, y + (4 + r) * mod, ln * mod, mod, fill=(0, 0, 0), lw=0)
        return (n + 8) * mod
    def save(self): self.doc.output_to_file(self.pdf)

    def page(self, d, copy, pi, npages, rows, xs):
        T = self.text
        if copy: T(W / 2, 20, copy, 9, True, 'center', None) if False else T(W / 2 - 60, 20, copy, 9, True, 'center', 120)
        self.rect(L, 36, W - 2 * L, 150)
        self.line(W / 2, 80, W / 2, 186, 0.8)
        self.rect(W / 2 - 22, 36, 44, 44)
        T(W / 2 - 22, 40, d.doc_lines[1], 24, True, 'center', 44); T(W / 2 - 22, 69, d.doc_lines[2], 6, False, 'center', 44)
        y = 46
        for i, l in enumerate(d.issuer_lines):
            big = 11 if len(l) < 32 else 9.5
            T(L + 8, y, l, big if i == 0 else 8, i == 0, 'left', W / 2 - L - 30); y += 15 if i == 0 else 11
        T(W / 2 + 32, 44, d.doc_lines[0], 15, True, 'left', 200); y = 66
        for l in d.doc_lines[3:]:
            T(W / 2 + 32, y, l, 8.5, False, 'left', 200); y += 12
        if npages > 1: T(W - L - 8, 172, f'Página {pi + 1} de {npages}', 7, False, 'right', 120)
        yb = 192; self.rect(L, yb, W - 2 * L, 12 * len(d.buyer_lines) + 8)
        y = yb + 5
        for l in d.buyer_lines:
            T(L + 8, y, l, 8.5, False, 'left', 480); y += 12
        y = yb + 12 * len(d.buyer_lines) + 16
        self.rect(L, y, W - 2 * L, 15, fill=(225, 225, 225), lw=0.4)
        for (k, h, a), (cx, cw) in zip(d.cols, xs):
            if a == 'r': T(cx + cw - 3, y + 3, h, 7.5, True, 'right', cw - 4)
            else: T(cx + 3, y + 3, h, 7.5, True, 'left', cw - 4)
        y += 19
        for row in rows:
            nl = max(v.count('\n') + 1 for v in row)
            for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
                if a == 'r': T(cx + cw - 3, y, v, 7.5, False, 'right', cw - 4)
                else: T(cx + 3, y, v, 7.5, False, 'left', cw - 4)
            y += 10 * nl + 3
            self.line(L, y - 2, W - L, y - 2, 0.3, 190)
        if pi < npages - 1:
            T(W - L, y + 6, 'Continúa en la página siguiente', 7, False, 'right', 200); return
        y += 10
        for i, (l, v) in enumerate(d.totals):
            last = i == len(d.totals) - 1
            T(W - L - 230, y, l, 10 if last else 8.5, last, 'left', 150); T(W - L - 4, y, v, 10 if last else 8.5, last, 'right', 110)
            y += 15 if last else 12
        y += 12
        tx = L
        if d.qr_payload: tx = L + self.qr(d.qr_payload, L, y) + 8
        T(tx, y + 14, 'Comprobante Autorizado', 9, True, 'left', 250)
        for j, l in enumerate(d.footer_lines):
            T(tx, y + 30 + 12 * j, l, 8.5, False, 'left', 250)

class PdfMakerCanvas(Canvas):
    """m: open layout with rules (no header box), Arial (bundled) via pdf-maker, vector QR bottom right."""
    def __init__(self, d, pdf):
        from pdf_maker import NewPDF
        self.p = NewPDF(title=f'Factura {d.letter} {d.pos:04d}-{d.number:08d}', author='Facturador', creator='Gestion Comercial 2.4',
                        producer='https://pypi.org/project/pdf-maker/')
        self.pdf = pdf; self.n = 0
    def new_page(self): self.p.add_page(); self.n += 1
    def text(self, x, y, s, size=8.0, bold=False, align='left', w=None):
        for i, part in enumerate(s.split('\n')):
            self.p.text(page=self.n, x=x, y=H - y - size - i * size * 1.25, text=part, size=size, base=0,
                        h_align='right' if align == 'right' else 'left', v_align='bottom')
    def rect(self, x, y, w, h, fill=None, lw=0.6):
        kw = dict(fill=True, fill_color=[c / 255 for c in fill]) if fill else {}
        self.p.rect(page=self.n, left_bottom=[x, H - y - h], width=w, height=h, base=0, line_width=lw,
                    color='black' if lw else [c / 255 for c in fill], **kw)
    def line(self, x1, y1, x2, y2, lw=0.5):
        self.p.line(page=self.n, points=[(x1, H - y1), (x2, H - y2)], base=0, width=lw)
    def qr(self, payload, x, y, mod=1.8):
        runs, n = qr_runs(payload)
        for r, c0, ln in runs:
            self.rect(x + (4 + c0) * mod, y + (4 + r) * mod, ln * mod, mod, fill=(0, 0, 0), lw=0)
        return (n + 8) * mod
    def save(self): self.p.save(self.pdf)

    def page(self, d, copy, pi, npages, rows, xs):
        T = self.text
        if copy: T(W - L, 22, copy, 9, False, 'right')
        y = 40
        for i, l in enumerate(d.issuer_lines):
            T(L, y, l, 12 if i == 0 else 8, False); y += 16 if i == 0 else 11
        self.rect(W / 2 - 20, 36, 40, 40, lw=1.2)
        T(W / 2 - 8, 40, d.doc_lines[1], 24); T(W / 2 - 14, 68, d.doc_lines[2], 6)
        T(W - L, 40, d.doc_lines[0], 16, False, 'right'); y = 62
        for l in d.doc_lines[3:]:
            T(W - L, y, l, 8.5, False, 'right'); y += 12
        if npages > 1: T(W - L, 150, f'Hoja {pi + 1} de {npages}', 7.5, False, 'right')
        self.line(L, 168, W - L, 168, 1.2)
        y = 176
        for l in d.buyer_lines:
            T(L, y, l, 8.5); y += 12
        y += 6; self.line(L, y, W - L, y, 0.8); y += 4
        for (k, h, a), (cx, cw) in zip(d.cols, xs):
            T(cx + cw - 3 if a == 'r' else cx + 2, y, h, 8, False, 'right' if a == 'r' else 'left')
        y += 13; self.line(L, y, W - L, y, 0.8); y += 5
        for row in rows:
            nl = max(v.count('\n') + 1 for v in row)
            for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
                T(cx + cw - 3 if a == 'r' else cx + 2, y, v, 7.5, False, 'right' if a == 'r' else 'left')
            y += 9.5 * nl + 4
        self.line(L, y, W - L, y, 0.8)
        if pi < npages - 1:
            T(L, y + 6, 'Continúa en hoja siguiente...', 7.5); return
        y += 10
        for i, (l, v) in enumerate(d.totals):
            last = i == len(d.totals) - 1
            T(W - L - 250, y, l, 11 if last else 8.5); T(W - L - 2, y, v, 11 if last else 8.5, False, 'right'); y += 17 if last else 12
        y += 16
        if d.qr_payload:
            size = self.qr(d.qr_payload, W - L - 150, y)
        T(L, y + 10, 'Comprobante Autorizado por AFIP', 9)
        for j, l in enumerate(d.footer_lines):
            T(L, y + 26 + 12 * j, l, 8.5)

MM = 25.4 / 72
class EdofCanvas(Canvas):
    """e: single-page edof document (text boxes, shapes, QR object -> PNG picture), standard Helvetica."""
    def __init__(self, d, pdf):
        import edof
        self.doc = edof.Document(title=f'Factura {d.letter} {d.pos:05d}-{d.number:08d}', author=d.issuer_lines[0])
        self.pg = self.doc.add_page(); self.pdf = pdf
        if len(d.copies) > 1 or len(pages_of(d)) > 1: raise SystemExit('edof 4.4.0 writes page N content onto page N-1: single pages only')
    def new_page(self): raise SystemExit('single page only')
    def text(self, x, y, s, size=8.0, bold=False, align='left', w=None, color=(0, 0, 0)):
        n = s.count('\n') + 1
        if w is None: w = 300.0
        if align == 'right': x = x - w
        tb = self.pg.add_textbox(x * MM, y * MM, w * MM, (size * 1.25 * n + 4) * MM, s)
        tb.style.font_size_pt = size; tb.style.bold = bold; tb.style.alignment = align; tb.style.wrap = False
        tb.style.padding = 0; tb.style.line_height = 1.2; tb.style.color = color + (255,)
    def rect(self, x, y, w, h, fill=None, lw=0.6, stroke=(0, 0, 0)):
        s = self.pg.add_shape('rect', x * MM, y * MM, w * MM, h * MM)
        s.fill.color = fill if fill else None
        s.stroke.color = stroke; s.stroke.width_pt = lw
    def save(self): self.doc.export_pdf(self.pdf)

    def page(self, d, copy, pi, npages, rows, xs):
        T = self.text; BLUE = (30, 70, 130)
        self.rect(0, 0, W, 8, fill=BLUE, lw=0, stroke=BLUE)
        y = 30
        for i, l in enumerate(d.issuer_lines):
            T(L, y, l, 13 if i == 0 else 8, i == 0, 'left', 250, BLUE if i == 0 else (0, 0, 0)); y += 17 if i == 0 else 11
        self.rect(W / 2 - 18, 26, 36, 38, lw=1.0)
        T(W / 2 - 18, 29, d.doc_lines[1], 22, True, 'center', 36); T(W / 2 - 18, 54, d.doc_lines[2], 6, False, 'center', 36)
        self.rect(W - L - 190, 26, 190, 100, fill=(238, 242, 248), lw=0.4, stroke=(180, 190, 210))
        T(W - L - 182, 32, d.doc_lines[0], 14, True, 'left', 180, BLUE); y = 54
        for l in d.doc_lines[3:]:
            T(W - L - 182, y, l, 8.5, False, 'left', 180); y += 12
        y = 150; self.line_y = y
        self.rect(L, y, W - 2 * L, 12 * len(d.buyer_lines) + 10, lw=0.4, stroke=(180, 190, 210))
        y += 6
        for l in d.buyer_lines:
            T(L + 8, y, l, 8.5, False, 'left', 450); y += 12
        y += 14
        self.rect(L, y, W - 2 * L, 16, fill=BLUE, lw=0, stroke=BLUE)
        for (k, h, a), (cx, cw) in zip(d.cols, xs):
            T(cx + cw - 3 if a == 'r' else cx + 3, y + 4, h, 7.5, True, a == 'r' and 'right' or 'left', cw - 4, (255, 255, 255))
        y += 19
        for ri, row in enumerate(rows):
            nl = max(v.count('\n') + 1 for v in row)
            hgt = 9.5 * nl + 5
            if ri % 2: self.rect(L, y - 2, W - 2 * L, hgt, fill=(244, 246, 250), lw=0, stroke=(244, 246, 250))
            for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
                T(cx + cw - 3 if a == 'r' else cx + 3, y, v, 7.5, False, a == 'r' and 'right' or 'left', cw - 4)
            y += hgt
        self.rect(L, y, W - 2 * L, 0.1, fill=BLUE, lw=0.6, stroke=BLUE)
        y += 12
        for i, (l, v) in enumerate(d.totals):
            last = i == len(d.totals) - 1
            if last: self.rect(W - L - 240, y - 3, 240, 18, fill=(238, 242, 248), lw=0, stroke=(238, 242, 248))
            T(W - L - 234, y, l, 10 if last else 8.5, last, 'left', 140); T(W - L - 6, y, v, 10 if last else 8.5, last, 'right', 110)
            y += 16 if last else 12
        y += 16
        if d.qr_payload:
            self.pg.add_qrcode(d.qr_payload, L * MM, y * MM, 40, error_correction='M')
            tx = L + 40 / MM + 10
        else: tx = L
        T(tx, y + 12, 'Comprobante Autorizado', 9, True, 'left', 250)
        for j, l in enumerate(d.footer_lines):
            T(tx, y + 28 + 12 * j, l, 8.5, False, 'left', 250)

R = {'d': Docugenr8Canvas, 'm': PdfMakerCanvas, 'e': EdofCanvas}
if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name not in want and d.name[0] not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf).layout(d)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
