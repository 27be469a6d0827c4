"""Build the round-21 PDFs and expected files. Run with the venv python (see MANIFEST.md).
x = oxidize-pdf (page drawn by the program, vector QR), h = fullbleed (HTML/CSS template, PNG QR), m = Forme (component DSL, its own vector QR).
Every printed string comes from the Doc object (docs.py); expected files come from Doc.expected()."""
import base64, html, io, json, os, sys
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round21-scratch/tpl'
os.makedirs(TPL, exist_ok=True)


def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]


# ---------- x: oxidize-pdf ----------
def render_x(d, pdf):
    import oxidize_pdf as o
    H, HB = o.Font.HELVETICA, o.Font.HELVETICA_BOLD
    W = lambda s, f, z: o.measure_text(s, f, z)
    doc = o.Document(); doc.set_creator('Gestion Comercial SGC 4.2'); doc.set_title(d.name)
    ts = f'{d.date.isoformat()}T10:15:00Z'; doc.set_creation_date(ts); doc.set_modification_date(ts)
    chunks = pages_of(d)
    sheets = [(copy, ci, chunk) for copy in d.copies for ci, chunk in enumerate(chunks)]
    # column geometry: widths in points on a 515 pt wide table
    base = {'code': 48, 'ean': 78, 'qty': 42, 'unit': 30, 'price': 62, 'bonif': 40, 'rate': 44, 'amount': 66}
    fixed = sum(base[c[0]] for c in d.cols if c[0] != 'desc')
    widths = [base[c[0]] if c[0] != 'desc' else 515 - fixed for c in d.cols]
    def wrap(s, width, f, z):
        out, cur = [], ''
        for w in s.split(' '):
            t = (cur + ' ' + w).strip()
            if W(t, f, z) <= width - 6 or not cur: cur = t
            else: out.append(cur); cur = w
        return out + [cur]
    for si, (copy, ci, chunk) in enumerate(sheets):
        p = o.Page.a4()
        p.set_fill_color(o.Color.black()); p.set_line_width(0.6)
        y = 812
        if copy:
            p.set_font(HB, 10); p.text_at(297.5 - W(copy, HB, 10) / 2, 822, copy)
        # issuer (left)
        z0 = 13
        while W(d.issuer_lines[0], HB, z0) > 225: z0 -= 0.5
        p.set_font(HB, z0); p.text_at(40, y - 10, d.issuer_lines[0])
        p.set_font(H, 8.5)
        yy = y - 24
        for l in d.issuer_lines[1:]:
            p.text_at(40, yy, l); yy -= 11
        # letter box (centre)
        p.draw_rect(282, y - 46, 34, 40); p.stroke()
        p.set_font(HB, 24); p.text_at(299 - W(d.letter, HB, 24) / 2, y - 32, d.letter)
        p.set_font(H, 6.5); cd = d.doc_lines[2]; p.text_at(299 - W(cd, H, 6.5) / 2, y - 43, cd)
        # document block (right)
        p.set_font(HB, 14); p.text_at(340, y - 10, 'FACTURA')
        p.set_font(H, 9); yr = y - 24
        for l in d.doc_lines[3:]:
            p.text_at(340, yr, l); yr -= 12
        if len(chunks) > 1:
            hj = f'Hoja {ci + 1} de {len(chunks)}'; p.text_at(555 - W(hj, H, 8), yr, hj); yr -= 12
        # fiscal line band
        yb = min(yy, yr) - 6
        p.move_to(40, yb); p.line_to(555, yb); p.stroke()
        p.set_font(H, 7.5)
        fx = [40, 170, 300, 430]
        for x, l in zip(fx, d.issuer_fiscal): p.text_at(x, yb - 11, l)
        yb -= 18; p.move_to(40, yb); p.line_to(555, yb); p.stroke()
        # buyer
        p.set_font(H, 8.5); yb -= 12
        for l in d.buyer_lines:
            p.text_at(44, yb, l); yb -= 11
        yb -= 4
        # table header
        p.set_line_width(1.2); p.move_to(40, yb); p.line_to(555, yb); p.stroke()
        p.set_font(HB, 8); x = 40
        for (k, h, a), w in zip(d.cols, widths):
            p.text_at(x + 3 if a == 'l' else x + w - 3 - W(h, HB, 8), yb - 11, h); x += w
        yb -= 15; p.set_line_width(0.6); p.move_to(40, yb); p.line_to(555, yb); p.stroke()
        yb -= 11; p.set_font(H, 8)
        for row in chunk:
            lines_used = 1
            x = 40
            for (k, h, a), w, v in zip(d.cols, widths, row):
                if k == 'desc':
                    ls = wrap(v, w, H, 8)
                    for j, l in enumerate(ls): p.text_at(x + 3, yb - 10 * j, l)
                    lines_used = max(lines_used, len(ls))
                elif v:
                    p.text_at(x + 3 if a == 'l' else x + w - 3 - W(v, H, 8), yb, v)
                x += w
            yb -= 10 * lines_used + 3
        p.set_line_width(0.6); p.move_to(40, yb + 6); p.line_to(555, yb + 6); p.stroke()
        last = ci == len(chunks) - 1
        if not last:
            p.set_font(H, 8); t = 'Continúa en la hoja siguiente'; p.text_at(555 - W(t, H, 8), yb - 8, t)
        else:
            yt = yb - 10
            for i, (l, v) in enumerate(d.totals):
                f, z = (HB, 11) if i == len(d.totals) - 1 else (H, 9)
                p.set_font(f, z); p.text_at(330, yt, l); p.text_at(555 - W(v, f, z), yt, v); yt -= 14 if i == len(d.totals) - 2 else 12
            # footer: vector QR + CAE
            yq = min(yt - 10, 200)
            if d.qr_payload:
                q = segno.make(d.qr_payload, error='m', micro=False); m = 1.7
                mat = q.matrix; n = len(mat)
                p.set_fill_color(o.Color.black())
                for r, rowm in enumerate(mat):
                    c = 0
                    while c < n:
                        if rowm[c] & 1:
                            s = c
                            while c < n and rowm[c] & 1: c += 1
                            p.draw_rect(40 + s * m, yq - (r + 1) * m, (c - s) * m, m)
                        else: c += 1
                p.fill()
                fx0 = 40 + n * m + 14
            else: fx0 = 40
            p.set_font(HB, 9); p.text_at(fx0, yq - 14, 'Comprobante Autorizado')
            p.set_font(H, 8.5); yf = yq - 28
            for l in d.footer_lines:
                p.text_at(fx0, yf, l); yf -= 11
        doc.add_page(p)
    doc.save(pdf)


# ---------- h: fullbleed ----------
CSS = """@page { size: A4; margin: 14mm 12mm; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 8.5pt; color: #222; }
.copy { text-align: right; font-weight: bold; font-size: 9pt; }
.top { width: 100%; border-collapse: collapse; }
.top td { vertical-align: top; padding: 4px 6px; }
.trade { font-size: 15pt; font-weight: bold; color: #1d4e89; }
.lt { border: 2px solid #1d4e89; width: 46px; text-align: center; }
.lt .l { font-size: 24pt; font-weight: bold; }
.lt .c { font-size: 6.5pt; }
.docb { font-size: 9pt; white-space: nowrap; width: 38%; }
.docb .t { font-size: 13pt; font-weight: bold; }
.fis { width: 100%; border-top: 1px solid #1d4e89; border-bottom: 1px solid #1d4e89; margin-top: 4px; font-size: 7.5pt; }
.buy { margin-top: 6px; background: #eef3f9; padding: 5px 8px; }
table.it { width: 100%; border-collapse: collapse; margin-top: 8px; }
table.it th { background: #1d4e89; color: #fff; padding: 3px 4px; font-size: 8pt; text-align: left; }
table.it th.r, table.it td.r { text-align: right; }
table.it td { padding: 2px 4px; border-bottom: 0.5px solid #c9d3df; }
.tot { width: 50%; margin-left: 50%; margin-top: 8px; border-collapse: collapse; }
.tot td { padding: 2px 4px; }
.tot tr.g td { font-weight: bold; font-size: 11pt; border-top: 1px solid #1d4e89; }
.foot { margin-top: 12px; width: 100%; }
.foot td { vertical-align: middle; }
.pb { page-break-after: always; break-after: page; }"""

def html_doc(d):
    e = html.escape
    parts = []
    qr = ''
    if d.qr_payload:
        buf = io.BytesIO(); segno.make(d.qr_payload, error='m', micro=False).save(buf, kind='png', scale=4, border=4)
        open(f'{TPL}/{d.name}.qr.png', 'wb').write(buf.getvalue())
        qr = f'<img src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}" style="width:105px;height:105px">'
    for ci, copy in enumerate(d.copies):
        s = []
        if copy: s.append(f'<div class="copy">{e(copy)}</div>')
        iss = f'<div class="trade">{e(d.issuer_lines[0])}</div>' + ''.join(f'<div>{e(l)}</div>' for l in d.issuer_lines[1:])
        dl = d.doc_lines
        s.append(f'<table class="top"><tr><td style="width:50%">{iss}</td>'
                 f'<td class="lt"><div class="l">{e(dl[1])}</div><div class="c">{e(dl[2])}</div></td>'
                 f'<td class="docb"><div class="t">{e(dl[0])}</div>' + ''.join(f'<div>{e(x)}</div>' for x in dl[3:]) + '</td></tr></table>')
        s.append('<table class="fis"><tr>' + ''.join(f'<td>{e(x)}</td>' for x in d.issuer_fiscal) + '</tr></table>')
        s.append('<div class="buy">' + ''.join(f'<div>{e(x)}</div>' for x in d.buyer_lines) + '</div>')
        s.append('<table class="it"><thead><tr>' + ''.join(f'<th class="{"r" if a == "r" else ""}">{e(h)}</th>' for _, h, a in d.cols)
                 + '</tr></thead><tbody>')
        for row in d.rows:
            s.append('<tr>' + ''.join(f'<td class="{"r" if c[2] == "r" else ""}">{e(v)}</td>' for c, v in zip(d.cols, row)) + '</tr>')
        s.append('</tbody></table><table class="tot">')
        for i, (l, v) in enumerate(d.totals):
            s.append(f'<tr class="{"g" if i == len(d.totals) - 1 else ""}"><td>{e(l)}</td><td style="text-align:right">{e(v)}</td></tr>')
        s.append('</table><table class="foot"><tr>')
        if qr: s.append(f'<td style="width:115px">{qr}</td>')
        s.append('<td><b>Comprobante Autorizado</b>' + ''.join(f'<div>{e(x)}</div>' for x in d.footer_lines) + '</td></tr></table>')
        parts.append(f'<div class="{"pb" if ci < len(d.copies) - 1 else ""}">' + ''.join(s) + '</div>')
    return f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(d.name)}</title></head><body>' + ''.join(parts) + '</body></html>'

def render_h(d, pdf):
    import fullbleed
    h = html_doc(d)
    open(f'{TPL}/{d.name}.html', 'w', encoding='utf-8').write(h)
    b = fullbleed.PdfEngine().render_pdf(h, CSS)
    open(pdf, 'wb').write(b)


# ---------- m: Forme ----------
def render_m(d, pdf):
    import formepdf as F
    T = F.Text
    blue = '#7a1f1f'
    fr = {'code': 0.09, 'ean': 0.15, 'qty': 0.08, 'unit': 0.06, 'price': 0.12, 'bonif': 0.08, 'rate': 0.08, 'amount': 0.13}
    fixed = sum(fr[c[0]] for c in d.cols if c[0] != 'desc')
    cols = [{'width': {'Fraction': fr[c[0]] if c[0] != 'desc' else 1 - fixed}} for c in d.cols]
    def cell(v, a, head=False):
        st = {'fontSize': 8, 'textAlign': 'right' if a == 'r' else 'left', 'padding': 3}
        if head: st.update(fontWeight='bold', color='#ffffff')
        return F.Cell(T(v, style=st))
    pages = []
    for copy in d.copies:
        kids = []
        if copy: kids.append(T(copy, style={'fontSize': 9, 'fontWeight': 'bold', 'textAlign': 'center', 'marginBottom': 4}))
        iss = F.View(T(d.issuer_lines[0], style={'fontSize': 13, 'fontWeight': 'bold', 'color': blue}),
                     *[T(l, style={'fontSize': 8.5}) for l in d.issuer_lines[1:]],
                     *[T(l, style={'fontSize': 7.5}) for l in d.issuer_fiscal], style={'width': 250, 'padding': 6})
        dl = d.doc_lines
        let = F.View(T(dl[1], style={'fontSize': 24, 'fontWeight': 'bold', 'textAlign': 'center'}),
                     T(dl[2], style={'fontSize': 6.5, 'textAlign': 'center'}), style={'width': 44, 'border': f'1.5px solid {blue}', 'padding': 2})
        dob = F.View(T(dl[0], style={'fontSize': 13, 'fontWeight': 'bold'}), *[T(x, style={'fontSize': 9}) for x in dl[3:]],
                     style={'padding': 6, 'paddingLeft': 30})
        kids.append(F.View(iss, let, dob, style={'flexDirection': 'row', 'border': f'1px solid {blue}'}))
        kids.append(F.View(*[T(x, style={'fontSize': 8.5}) for x in d.buyer_lines], style={'border': f'1px solid {blue}', 'padding': 6, 'marginTop': 5}))
        rows = [F.Row(*[cell(h, a, True) for _, h, a in d.cols], header=True, style={'backgroundColor': blue})]
        rows += [F.Row(*[cell(v, c[2]) for c, v in zip(d.cols, r)], style={'borderBottom': '0.5px solid #bbbbbb'}) for r in d.rows]
        kids.append(F.View(F.Table(*rows, columns=cols), style={'marginTop': 8}))
        tot = []
        for i, (l, v) in enumerate(d.totals):
            big = i == len(d.totals) - 1
            st = {'fontSize': 11 if big else 9, 'fontWeight': 'bold' if big else 'normal'}
            tot.append(F.View(T(l, style=dict(st, width=170)), T(v, style=dict(st, width=100, textAlign='right')), style={'flexDirection': 'row'}))
        kids.append(F.View(*tot, style={'marginLeft': 250, 'marginTop': 8}))
        foot = []
        if d.qr_payload: foot.append(F.QrCode(d.qr_payload, size=105))
        foot.append(F.View(T('Comprobante Autorizado', style={'fontSize': 9, 'fontWeight': 'bold'}),
                           *[T(x, style={'fontSize': 8.5}) for x in d.footer_lines], style={'paddingLeft': 12, 'paddingTop': 20}))
        kids.append(F.View(*foot, style={'flexDirection': 'row', 'marginTop': 12}))
        pages.append(F.Page(*kids, size='A4', margin=32))
    b = F.Document(*pages, title=d.name, author='Facturación Online').render()
    open(pdf, 'wb').write(b)


R = {'x': render_x, 'h': render_h, 'm': render_m}

if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name[0] not in want and d.name not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
