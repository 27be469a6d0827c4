"""Build the round-23 PDFs and expected files. Run with the venv python (see MANIFEST.md).
Renderers print only the Doc's own strings (docs.py); expected files come from Doc.expected()."""
import base64, html, io, json, os, sys
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round23-scratch/tpl'
os.makedirs(TPL, exist_ok=True)
LIB = '/usr/share/fonts/truetype/liberation'

def qr_of(d): return segno.make(d.qr_payload, error='m', micro=False)

# ---------- f: folio-pdf (Go library, its own HTML/CSS layout engine) ----------
FCSS = """@page { size: A4; margin: 14mm 12mm; } body { font-family: Helvetica; font-size: 8.5pt; color: #222; }
.top { width: 100%; border-collapse: collapse; border-bottom: 2px solid #1f4e79; } .top td { vertical-align: top; padding: 4px; }
.nm { font-size: 12pt; font-weight: bold; color: #1f4e79; } .let { font-size: 24pt; font-weight: bold; text-align: center; border: 2px solid #1f4e79; width: 46px; }
.cod { font-size: 6.5pt; text-align: center; } .cli { margin-top: 6px; padding: 4px; background: #eef3f8; }
table.it { width: 100%; border-collapse: collapse; margin-top: 8px; } table.it th { background: #1f4e79; color: #fff; padding: 3px; text-align: left; }
table.it td { padding: 3px; border-bottom: 1px solid #d0d7de; } .r { text-align: right; }
table.tt { width: 50%; margin-left: 50%; margin-top: 8px; border-collapse: collapse; } table.tt td { padding: 2px 4px; }
.copy { text-align: right; font-weight: bold; font-size: 8pt; } .pb { page-break-after: always; }
.foot { margin-top: 12px; width: 100%; } .foot td { vertical-align: middle; }"""

def render_f(d, pdf):
    import folio_pdf
    e = html.escape
    img = ''
    if d.qr_payload:
        b = io.BytesIO(); qr_of(d).save(b, kind='png', scale=5, border=4)
        img = f'<img src="data:image/png;base64,{base64.b64encode(b.getvalue()).decode()}" width="105" height="105">'
    parts = []
    for ci, copy in enumerate(d.copies):
        s = []
        if copy: s.append(f'<div class="copy">{copy}</div>')
        iss = '<br>'.join((f'<span class="nm">{e(l)}</span>' if i == 0 else e(l)) for i, l in enumerate(d.issuer_lines))
        dl = d.doc_lines
        s.append(f'<table class="top"><tr><td style="width:50%">{iss}</td><td class="let">{dl[1]}<div class="cod">{dl[2]}</div></td>'
                 f'<td><span class="nm">{dl[0]}</span><br>' + '<br>'.join(e(x) for x in dl[3:]) + '</td></tr></table>')
        s.append('<div class="cli">' + '<br>'.join(e(x) for x in d.buyer_lines) + '</div>')
        s.append('<table class="it"><thead><tr>' + ''.join(f'<th class="{"r" if a == "r" else ""}">{e(h)}</th>' for _, h, a in d.cols) + '</tr></thead><tbody>')
        for row in d.rows:
            s.append('<tr>' + ''.join(f'<td class="{"r" if c[2] == "r" else ""}">{e(v)}</td>' for c, v in zip(d.cols, row)) + '</tr>')
        s.append('</tbody></table><table class="tt">')
        for i, (l, v) in enumerate(d.totals):
            b = ' style="font-weight:bold;font-size:10.5pt;border-top:1px solid #1f4e79"' if i == len(d.totals) - 1 else ''
            s.append(f'<tr{b}><td>{e(l)}</td><td class="r">{e(v)}</td></tr>')
        s.append('</table><table class="foot"><tr>' + (f'<td style="width:115px">{img}</td>' if img else '') +
                 '<td>' + '<br>'.join(e(x) for x in d.footer_lines) + '<br><i>Comprobante autorizado por ARCA</i></td></tr></table>')
        parts.append(f'<div class="{"pb" if ci < len(d.copies) - 1 else ""}">' + ''.join(s) + '</div>')
    doc = f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{FCSS}</style></head><body>' + ''.join(parts) + '</body></html>'
    open(f'{TPL}/{d.name}.html', 'w', encoding='utf-8').write(doc)
    folio_pdf.html_to_pdf(doc, pdf)

# ---------- e: emboss-pdf (pure Python, its own layout engine and writer) ----------
def render_e(d, pdf):
    from emboss import Document, PageSpec, TextRun, Style
    st = Style(font_size=9, space_before=0, space_after=1.5, line_height=1.15)
    svg = None
    if d.qr_payload:
        b = io.BytesIO(); qr_of(d).save(b, kind='svg', scale=3, border=4, xmldecl=False); svg = b.getvalue().decode()
    doc = Document(title='', language='es-AR', page=PageSpec(width=595.0, height=842.0, margin_top=40, margin_right=40, margin_bottom=40, margin_left=40),
                   page_numbers=False, tagged=False, creator='Sistema de Gestión Comercial', producer='Emboss')
    for ci, copy in enumerate(d.copies):
        if ci: doc.page_break()
        if copy: doc.paragraph(TextRun(copy, bold=True), style=st)
        dl = d.doc_lines
        doc.paragraph(TextRun(f'{dl[0]} {dl[1]}', bold=True, font_size=16), style=st)
        doc.paragraph(dl[2], style=st)
        for x in dl[3:]: doc.paragraph(x, style=st)
        doc.paragraph(TextRun(d.issuer_lines[0], bold=True, font_size=12), style=st)
        for x in d.issuer_lines[1:]: doc.paragraph(x, style=st)
        doc.rule()
        doc.paragraph(TextRun('Datos del cliente', bold=True), style=st)
        for x in d.buyer_lines: doc.paragraph(x, style=st)
        doc.table(headers=[h for _, h, _ in d.cols], rows=d.rows)
        doc.table(headers=['Concepto', 'Importe'], rows=[[l, v] for l, v in d.totals])
        if svg: doc.svg(svg, width=100, height=100, align='left')
        for x in d.footer_lines: doc.paragraph(x, style=st)
    doc.save(pdf)

# ---------- p: PaPDF (pure Python, page drawn at coordinates in mm) ----------
def render_p(d, pdf):
    from PaPDF import PaPDF
    p = PaPDF(pdf, title=d.name)
    p.addTrueTypeFont('R', f'{LIB}/LiberationSans-Regular.ttf'); p.addTrueTypeFont('B', f'{LIB}/LiberationSans-Bold.ttf')
    p.setLineThickness(0.25)
    def txt(x, y, s, f='R', size=8.5, right=False):
        p.setFont(f, size)
        if right: x -= p.getTextWidth(s)
        p.addText(x, y, s)
    def box(x0, y0, x1, y1):
        p.addLine(x0, y0, x1, y0); p.addLine(x1, y0, x1, y1); p.addLine(x1, y1, x0, y1); p.addLine(x0, y1, x0, y0)
    # column x positions from the number of columns: description wide
    n = len(d.cols); widths = [(70 if k == 'desc' else 28 if k == 'ean' else 18) for k, _, _ in d.cols]
    scale = 186 / sum(widths); widths = [w * scale for w in widths]
    xs = [12]; [xs.append(xs[-1] + w) for w in widths]
    for ci, copy in enumerate(d.copies):
        if ci: p.addPage(); p.setLineThickness(0.25)
        box(10, 232, 200, 287); p.addLine(105, 232, 105, 272)
        box(98, 272, 112, 287); txt(105 - p.getTextWidth(d.doc_lines[1]) / 2 if False else 101.5, 277, d.doc_lines[1], 'B', 20)
        txt(100, 273, d.doc_lines[2], 'R', 5.5)
        if copy: txt(198, 282, copy, 'B', 10, right=True)
        y = 266
        for i, l in enumerate(d.issuer_lines):
            txt(13, y, l, 'B' if i == 0 else 'R', 11 if i == 0 else 8); y -= 5.2 if i == 0 else 4.2
        txt(110, 266, d.doc_lines[0], 'B', 13); y = 260
        for l in d.doc_lines[3:]: txt(110, y, l, 'R', 9); y -= 4.6
        box(10, 210, 200, 229); y = 224
        for l in d.buyer_lines: txt(13, y, l, 'R', 8); y -= 4.2
        y = 203; p.setFillColor([0.85, 0.85, 0.85]) if False else None
        for (k, h, a), x0, x1 in zip(d.cols, xs, xs[1:]):
            txt(x1 - 4 if a == 'r' else x0, y, h, 'B', 7.5, right=(a == 'r'))
        p.addLine(10, y - 1.5, 200, y - 1.5); y -= 6
        for row in d.rows:
            hl = 1
            for (k, h, a), x0, x1, v in zip(d.cols, xs, xs[1:], row):
                if k == 'desc':  # wrap the Doc's description over lines of the column width
                    p.setFont('R', 7.5); lines, cur = [], ''
                    for w in v.split(' '):
                        t = (cur + ' ' + w).strip()
                        if cur and p.getTextWidth(t) > x1 - x0 - 2: lines.append(cur); cur = w
                        else: cur = t
                    lines.append(cur); hl = max(hl, len(lines))
                    for j, l in enumerate(lines): txt(x0, y - j * 3.4, l, 'R', 7.5)
                else:
                    txt(x1 - 4 if a == 'r' else x0, y, v, 'R', 7.5, right=(a == 'r'))
            y -= 4.6 + (hl - 1) * 3.4
        p.addLine(10, y + 2, 200, y + 2); y -= 4
        for i, (l, v) in enumerate(d.totals):
            last = i == len(d.totals) - 1
            txt(120, y, l, 'B' if last else 'R', 10 if last else 8.5); txt(198, y, v, 'B' if last else 'R', 10 if last else 8.5, right=True); y -= 5.5 if last else 4.6
        yq = 12
        if d.qr_payload:
            m = 0.6; q = qr_of(d); rows = list(q.matrix_iter(scale=1, border=4)); N = len(rows)
            for r, line in enumerate(rows):
                c = 0
                while c < N:
                    if line[c]:
                        c0 = c
                        while c < N and line[c]: c += 1
                        x0, x1 = 12 + c0 * m, 12 + c * m; yt = yq + (N - r) * m; yb = yt - m
                        p.addPath([(x0, yb), (x1, yb), (x1, yt), (x0, yt)], fill=True, close=True)
                    else: c += 1
        fy = 40
        for l in d.footer_lines: txt(62, fy, l, 'R', 8.5); fy -= 4.6
        txt(62, fy, 'Comprobante Autorizado', 'B', 8.5)
    p.close()

R = {'f': render_f, 'e': render_e, 'p': render_p}

if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name[0] not in want and d.name not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        json.dump(d.expected(), open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
        print('built', d.name)
