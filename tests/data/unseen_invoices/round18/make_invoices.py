"""Build the round-18 PDFs and expected files. Run with the venv python (see MANIFEST.md)."""
import html, json, os, subprocess, sys
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round18-scratch/tpl'
os.makedirs(TPL, exist_ok=True)
LIBSSL = '/work/round18-scratch/bull/root/usr/lib/x86_64-linux-gnu'

def qr_png(d, scale):
    p = f'{TPL}/{d.name}.qr.png'
    segno.make(d.qr_payload, error='m', micro=False).save(p, scale=scale, border=4)
    return p

def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]

# ---------- b: Aspose.HTML ----------
CSS = """@page { size: A4; margin: 12mm; } body { font-family: 'Liberation Sans'; font-size: 9pt; }
.hdr { width: 100%; border: 1px solid #000; border-collapse: collapse; } .hdr td { vertical-align: top; padding: 6px; }
.letter { font-size: 26pt; font-weight: bold; border: 1px solid #000; text-align: center; width: 50px; }
.big { font-size: 13pt; font-weight: bold; } .buyer { border: 1px solid #000; padding: 6px; margin-top: 6px; }
table.it { width: 100%; border-collapse: collapse; margin-top: 8px; } table.it th { background: #ddd; border: 1px solid #888; padding: 3px; }
table.it td { border-bottom: 1px solid #ccc; padding: 3px; } .r { text-align: right; }
.tot { width: 45%; margin-left: 55%; margin-top: 10px; border-collapse: collapse; } .tot td { padding: 2px 4px; }
.copy { text-align: center; font-weight: bold; letter-spacing: 3px; } .pb { page-break-after: always; }"""

def html_doc(d):
    e = html.escape
    parts = []
    for ci, copy in enumerate(d.copies):
        s = []
        if copy: s.append(f'<div class="copy">{copy}</div>')
        iss = '<br>'.join((f'<span class="big">{e(l)}</span>' if i == 0 else e(l)) for i, l in enumerate(d.issuer_lines))
        dl = d.doc_lines
        s.append(f'<table class="hdr"><tr><td style="width:48%">{iss}</td><td class="letter">{dl[1]}<div style="font-size:7pt">{dl[2]}</div></td>'
                 f'<td><span class="big">{dl[0]}</span><br>' + '<br>'.join(e(x) for x in dl[3:]) + '</td></tr></table>')
        s.append('<div class="buyer">' + '<br>'.join(e(x) for x in d.buyer_lines) + '</div>')
        s.append('<table class="it"><thead><tr>' + ''.join(f'<th class="{"r" if a == "r" else ""}">{e(h)}</th>' for _, h, a in d.cols) + '</tr></thead><tbody>')
        for row in d.rows:
            s.append('<tr>' + ''.join(f'<td class="{"r" if c[2] == "r" else ""}">{e(v)}</td>' for c, v in zip(d.cols, row)) + '</tr>')
        s.append('</tbody></table><table class="tot">')
        for i, (l, v) in enumerate(d.totals):
            b = ' style="font-weight:bold;font-size:11pt"' if i == len(d.totals) - 1 else ''
            s.append(f'<tr{b}><td>{e(l)}</td><td class="r">{e(v)}</td></tr>')
        s.append('</table><table style="margin-top:14px"><tr>')
        if d.qr_payload: s.append(f'<td><img src="{os.path.basename(qr_png(d, 4))}" style="width:110px;height:110px"></td>')
        s.append('<td style="padding-left:10px"><b>Comprobante Autorizado</b><br>' + '<br>'.join(e(x) for x in d.footer_lines) + '</td></tr></table>')
        parts.append(f'<div class="{"pb" if ci < len(d.copies) - 1 else ""}">' + ''.join(s) + '</div>')
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{CSS}</style></head><body>' + ''.join(parts) + '</body></html>'

def render_b(d, pdf):
    p = f'{TPL}/{d.name}.html'
    open(p, 'w', encoding='utf-8').write(html_doc(d))
    code = ('from aspose.html.converters import Converter\nfrom aspose.html.saving import PdfSaveOptions\n'
            f'Converter.convert_html({p!r}, PdfSaveOptions(), {pdf!r})\n')
    env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT='1', LD_LIBRARY_PATH=LIBSSL)
    subprocess.run([sys.executable, '-c', code], check=True, env=env)

# ---------- g: Spire.Presentation ----------
def render_g(d, pdf):
    spec = dict(name=d.name, copies=d.copies, issuer=d.issuer_lines, doc=d.doc_lines, buyer=d.buyer_lines,
                cols=d.cols, rows=d.rows, totals=d.totals, footer=d.footer_lines, qr=qr_png(d, 6) if d.qr_payload else None)
    p = f'{TPL}/{d.name}.slide.json'
    json.dump(spec, open(p, 'w'), ensure_ascii=False, indent=1)
    subprocess.run([sys.executable, os.path.join(OUT, 'render_slides.py'), p, pdf], check=True)

# ---------- n: pdf_oxide ----------
def render_n(d, pdf):
    import pdf_oxide as po
    b = po.DocumentBuilder().creator('Facturador PyME 3.2')
    pg = b.a4_page()
    H, W, L = 842.0, 595.0, 40.0
    def T(x, y, s, size=8.0, bold=False, right=False):
        pg.font('Helvetica-Bold' if bold else 'Helvetica', size)
        if right: x = x - pg.measure(s)
        pg.at(x, y).text(s)
    colw = {'code': 50, 'ean': 75, 'qty': 38, 'unit': 32, 'desc': 0, 'price': 62, 'bonif': 40, 'rate': 40, 'amount': 70}
    fixed = sum(colw[k] for k, _, _ in d.cols); dw = W - 2 * L - fixed
    xs = []; x = L
    for k, _, _ in d.cols:
        w = colw[k] or dw; xs.append((x, w)); x += w
    pages = pages_of(d); first = True
    for copy in d.copies:
        for pi, rows in enumerate(pages):
            if not first: pg = pg.new_page_same_size()
            first = False
            y = H - 40
            if copy: T(W / 2 - 25, y + 8, copy, 9, True)
            pg.stroke_rect(L, H - 175, W - 2 * L, 145, 0.8)
            pg.stroke_line(W / 2, H - 175, W / 2, H - 75, 0.8)
            pg.stroke_rect(W / 2 - 20, H - 75, 40, 40, 0.8)
            T(W / 2 - 8, H - 62, d.doc_lines[1], 22, True); T(W / 2 - 15, H - 72, d.doc_lines[2], 6)
            yy = H - 52
            for i, l in enumerate(d.issuer_lines):
                T(L + 8, yy, l, 11 if i == 0 else 8, i == 0); yy -= 14 if i == 0 else 11
            T(W / 2 + 30, H - 52, d.doc_lines[0], 14, True); yy = H - 70
            for l in d.doc_lines[3:]:
                T(W / 2 + 30, yy, l, 8.5); yy -= 12
            if len(pages) > 1: T(W - L - 8, H - 168, f'Hoja {pi + 1} de {len(pages)}', 7, right=True)
            yy = H - 192
            for l in d.buyer_lines:
                T(L + 8, yy, l, 8.5); yy -= 11
            yy -= 8
            pg.filled_rect(L, yy - 4, W - 2 * L, 14, 0.85, 0.85, 0.85)
            for (k, h, a), (cx, cw) in zip(d.cols, xs):
                T(cx + cw - 3 if a == 'r' else cx + 3, yy, h, 7.5, True, a == 'r')
            yy -= 14
            for row in rows:
                for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
                    T(cx + cw - 3 if a == 'r' else cx + 3, yy, v, 7.5, False, a == 'r')
                yy -= 12
            pg.stroke_line(L, yy + 6, W - L, yy + 6, 0.5)
            if pi < len(pages) - 1:
                T(W - L, yy - 6, 'Continúa en la hoja siguiente', 7, right=True); continue
            yy -= 10
            for i, (l, v) in enumerate(d.totals):
                last = i == len(d.totals) - 1
                T(W - L - 200, yy, l, 9.5 if last else 8.5, last); T(W - L, yy, v, 9.5 if last else 8.5, last, True); yy -= 13
            yy -= 10
            if d.qr_payload:
                m = segno.make(d.qr_payload, error='m', micro=False); mod = 1.6; rows_ = list(m.matrix); size = len(rows_)
                top = yy
                for r, line in enumerate(rows_):
                    c = 0
                    while c < size:
                        if line[c]:
                            s0 = c
                            while c < size and line[c]: c += 1
                            pg.filled_rect(L + 4 * mod + s0 * mod, top - 4 * mod - (r + 1) * mod, (c - s0) * mod, mod, 0.0, 0.0, 0.0)
                        else: c += 1
                tx = L + (size + 10) * mod
            else:
                tx = L
            T(tx, yy - 14, 'Comprobante Autorizado', 8.5, True)
            for j, l in enumerate(d.footer_lines):
                T(tx, yy - 28 - 12 * j, l, 8.5)
    pg.done()
    b.save(pdf)

R = {'b': render_b, 'g': render_g, 'n': render_n}
if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name not in want and d.name[0] not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
