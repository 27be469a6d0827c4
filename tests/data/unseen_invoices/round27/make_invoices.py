"""Build the round-27 PDFs and expected files. Run with the venv python (see MANIFEST.md).
p: Prince 17 (prince-pdf), l: LumasPDF SDK 4.2.3 (lumaspdf), r: rust-pdf 0.5.0 (rustpdf)."""
import base64, ctypes, html, io, json, os, sys, textwrap
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = os.path.join(os.path.dirname(OUT), 'round27-scratch', 'tpl')
os.makedirs(TPL, exist_ok=True)
FONT_DIR = '/usr/share/fonts/truetype'

def qr_png_bytes(d, scale):
    b = io.BytesIO()
    segno.make(d.qr_payload, error='m', micro=False).save(b, kind='png', scale=scale, border=4)
    return b.getvalue()

def desc_col(d):
    return [c[0] for c in d.cols].index('desc')

# ---------------------------------------------------------------- p: Prince (HTML + CSS)
CSS = """@page { size: A4; margin: 14mm 13mm 18mm 13mm;
  @bottom-right { content: "Página " counter(page) " de " counter(pages); font: 7pt 'Liberation Sans'; color: #555; }
  @bottom-left { content: "Comprobante emitido con FacturaNube - www.facturanube.com.ar"; font: 6.5pt 'Liberation Sans'; color: #777; } }
body { font-family: 'Liberation Sans'; font-size: 8.6pt; color: #222; }
.head { display: table; width: 100%; border-bottom: 2.5pt solid #1f5f8b; padding-bottom: 6pt; }
.head > div { display: table-cell; vertical-align: top; }
.iss { width: 44%; } .iss .n1 { font-size: 13pt; font-weight: bold; color: #1f5f8b; } .iss .n2 { font-size: 9pt; font-weight: bold; }
.let { width: 12%; text-align: center; } .let .box { border: 1.5pt solid #1f5f8b; font-size: 28pt; font-weight: bold; width: 40pt; margin: 0 auto; padding: 2pt 0; color: #1f5f8b; }
.let .cod { font-size: 6.5pt; margin-top: 2pt; }
.dat { width: 44%; text-align: right; } .dat .t { font-size: 15pt; font-weight: bold; letter-spacing: 1pt; }
.tax { font-size: 7.5pt; color: #444; margin-top: 4pt; }
.buy { margin-top: 8pt; background: #eef4f8; padding: 6pt 8pt; border-radius: 3pt; }
table.it { width: 100%; border-collapse: collapse; margin-top: 10pt; }
table.it thead th { background: #1f5f8b; color: #fff; font-weight: bold; padding: 4pt 3pt; font-size: 8pt; }
table.it td { padding: 3pt 3pt; border-bottom: 0.5pt solid #c8d6e0; vertical-align: top; }
table.it tbody tr:nth-child(even) td { background: #f6f9fb; }
.r { text-align: right; } .l { text-align: left; } .nw { white-space: nowrap; }
.sub { font-size: 7.5pt; color: #555; }
.tots { width: 48%; margin-left: 52%; margin-top: 10pt; border-collapse: collapse; page-break-inside: avoid; }
.tots td { padding: 2pt 4pt; } .tots tr.grand td { font-size: 11pt; font-weight: bold; border-top: 1pt solid #1f5f8b; padding-top: 4pt; }
.foot { margin-top: 14pt; display: table; page-break-inside: avoid; } .foot > div { display: table-cell; vertical-align: middle; padding-right: 10pt; }
.foot img { width: 31mm; height: 31mm; } .ok { font-weight: bold; font-size: 9pt; }"""

def html_doc(d):
    e = html.escape
    s = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{e(d.name)}</title><style>{CSS}</style></head><body>']
    iss = [f'<div class="n1">{e(d.issuer_lines[0])}</div>'] + [f'<div>{e(x)}</div>' for x in d.issuer_lines[1:]]
    s.append('<div class="head"><div class="iss">' + ''.join(iss) + '<div class="tax">' + '<br>'.join(e(x) for x in d.issuer_tax_lines[:2]) + '</div></div>')
    s.append(f'<div class="let"><div class="box">{d.letter}</div><div class="cod">COD. {d.code:02d}</div></div>')
    dl = [f'<div class="t">FACTURA</div>'] + [f'<div>{e(x)}</div>' for x in d.number_lines] + [f'<div>{e(d.date_line)}</div>']
    if d.currency_line: dl.append(f'<div><b>{e(d.currency_line)}</b></div>')
    s.append('<div class="dat">' + ''.join(dl) + '<div class="tax">' + '<br>'.join(e(x) for x in d.issuer_tax_lines[2:]) + '</div></div></div>')
    s.append('<div class="buy">' + '<br>'.join(e(x) for x in d.buyer_lines) + '</div>')
    s.append('<table class="it"><thead><tr>' + ''.join(f'<th class="{"r" if a == "r" else "l"}">{e(h)}</th>' for _, h, a in d.cols) + '</tr></thead><tbody>')
    di = desc_col(d)
    for it, row in zip(d.items, d.rows):
        cells = []
        for j, (c, v) in enumerate(zip(d.cols, row)):
            if j == di:
                v = e(it['parts'][0]) + ''.join(f'<div class="sub">{e(x)}</div>' for x in it['parts'][1:])
                cells.append(f'<td class="l">{v}</td>')
            else:
                cells.append(f'<td class="{"r" if c[2] == "r" else "l"} nw">{e(v)}</td>')
        s.append('<tr>' + ''.join(cells) + '</tr>')
    s.append('</tbody></table><table class="tots">')
    for i, (l, v) in enumerate(d.totals):
        s.append(f'<tr class="{"grand" if i == len(d.totals) - 1 else ""}"><td>{e(l)}</td><td class="r">{e(v)}</td></tr>')
    s.append('</table><div class="foot">')
    if d.qr_payload:
        s.append('<div><img src="data:image/png;base64,' + base64.b64encode(qr_png_bytes(d, 5)).decode() + '"></div>')
    s.append('<div><div class="ok">Comprobante Autorizado</div>' + '<br>'.join(e(x) for x in d.footer_lines) + '</div></div>')
    s.append('</body></html>')
    return ''.join(s)

def render_p(d, pdf):
    import prince_pdf
    p = os.path.join(TPL, d.name + '.html')
    open(p, 'w', encoding='utf-8').write(html_doc(d))
    prince_pdf.convert(p, pdf)

# ---------------------------------------------------------------- l: LumasPDF (coordinates, top-down)
def render_l(d, pdf):
    import lumaspdf as L
    u = L.u16
    h = L.pdfNewPDF()
    L.pdfCreateNewPDFW(h, None)
    if d.creator: L.pdfSetDocInfoW(h, L.diCreator, u(d.creator))
    L.pdfSetDocInfoW(h, L.diTitle, u('Factura'))
    L.pdfSetPageCoords(h, L.pcTopDown)
    L.pdfSetPageFormat(h, L.pfDIN_A4)
    W, Lm = 595.0, 36.0
    def font(size, bold=False):
        L.pdfSetFontW(h, u('Helvetica'), L.fsBold if bold else L.fsRegular, size, 1, L.cp1252)
    def T(x, y, s, size=8.0, bold=False, right=False, center=False):
        font(size, bold)
        if right: x -= L.pdfGetTextWidthW(h, u(s))
        if center: x -= L.pdfGetTextWidthW(h, u(s)) / 2
        L.pdfWriteTextW(h, x, y - size, u(s))   # top-down page: the engine places the top of the em box at y
    def box(x, y, w, hh, lw=0.7):
        L.pdfSetLineWidth(h, lw); L.pdfRectangle(h, x, y, w, hh, L.fmStroke)
    def line(x0, y0, x1, y1, lw=0.5):
        L.pdfSetLineWidth(h, lw); L.pdfMoveTo(h, x0, y0); L.pdfLineTo(h, x1, y1); L.pdfStrokePath(h)
    def wrap(s, width, size):
        font(size)
        out, cur = [], ''
        for w in s.split():
            t = (cur + ' ' + w).strip()
            if cur and L.pdfGetTextWidthW(h, u(t)) > width: out.append(cur); cur = w
            else: cur = t
        return out + ([cur] if cur else [])
    colw = {'code': 44, 'ean': 70, 'sku': 64, 'qty': 40, 'unit': 34, 'desc': 0, 'price': 58, 'bonif': 38, 'rate': 38, 'net': 60, 'amount': 64}
    fixed = sum(colw[k] for k, _, _ in d.cols); dw = W - 2 * Lm - fixed
    xs, x = [], Lm
    for k, _, _ in d.cols:
        w = colw[k] or dw; xs.append((x, w)); x += w
    di = desc_col(d)
    n = d.rows_per_page or len(d.rows)
    chunks = [list(range(i, min(i + n, len(d.rows)))) for i in range(0, len(d.rows), n)]
    for copy in d.copies:
        for pi, idx in enumerate(chunks):
            L.pdfAppend(h)
            L.pdfSetFillColor(h, 0); L.pdfSetStrokeColor(h, 0)
            # header frame
            box(Lm, 30, W - 2 * Lm, 150, 0.9)
            line(W / 2, 66, W / 2, 180, 0.9)
            box(W / 2 - 22, 30, 44, 36, 0.9)
            T(W / 2, 58, d.letter, 24, True, center=True)
            T(W / 2, 76, f'COD. {d.code:02d}', 6.5, center=True)
            if copy: T(W - Lm - 6, 44, copy, 10, True, right=True)
            y = 52
            for i, l in enumerate(d.issuer_lines):
                sz = 12 if i == 0 else 8.5
                font(sz, i == 0)
                while L.pdfGetTextWidthW(h, u(l)) > W / 2 - 22 - Lm - 14: sz -= 0.5; font(sz, i == 0)
                T(Lm + 8, y, l, sz, i == 0); y += 16 if i == 0 else 11
            y += 4
            for l in d.issuer_tax_lines:
                T(Lm + 8, y, l, 7.5); y += 10
            T(W / 2 + 14, 92, 'FACTURA', 15, True)
            y = 108
            for l in d.number_lines + [d.date_line] + ([d.currency_line] if d.currency_line else []):
                T(W / 2 + 14, y, l, 9, l.startswith('Moneda')); y += 12
            if len(chunks) > 1: T(W - Lm - 6, 172, f'Hoja {pi + 1} de {len(chunks)}', 7.5, right=True)
            # buyer
            by = 190; box(Lm, by, W - 2 * Lm, 12 + 11 * len(d.buyer_lines), 0.6)
            y = by + 12
            for l in d.buyer_lines:
                T(Lm + 8, y, l, 8.5); y += 11
            # table
            y += 10
            L.pdfSetFillColor(h, 0xD9D9D9); L.pdfRectangle(h, Lm, y - 10, W - 2 * Lm, 14, L.fmFill); L.pdfSetFillColor(h, 0)
            for (k, hd, a), (cx, cw) in zip(d.cols, xs):
                T(cx + cw - 3 if a == 'r' else cx + 3, y, hd, 7, True, a == 'r')
            y += 16
            for i in idx:
                row, it = d.rows[i], d.items[i]
                dl = [ln for part in it['parts'] for ln in wrap(part, xs[di][1] - 6, 7.5)]
                for j, ((k, hd, a), (cx, cw), v) in enumerate(zip(d.cols, xs, row)):
                    if j == di:
                        for m, ln in enumerate(dl): T(cx + 3, y + 10 * m, ln, 7.5)
                    else:
                        T(cx + cw - 3 if a == 'r' else cx + 3, y, v, 7.5, False, a == 'r')
                y += 10 * len(dl) + 3
            line(Lm, y - 6, W - Lm, y - 6, 0.6)
            if pi < len(chunks) - 1:
                T(W - Lm, y + 8, 'Continúa en hoja siguiente...', 7.5, right=True)
                L.pdfEndPage(h); continue
            # totals (never higher than y=372: keeps the box below the engine's diagonal demo watermark)
            y = max(y + 10, 372)
            tb = y - 10; tl = len(d.totals)
            box(W - Lm - 230, tb, 230, 13 * tl + 8, 0.6)
            for i, (l, v) in enumerate(d.totals):
                last = i == tl - 1
                T(W - Lm - 224, y, l, 9.5 if last else 8.5, last); T(W - Lm - 6, y, v, 9.5 if last else 8.5, last, True); y += 13
            # QR (vector, the engine's own barcode module) and CAE
            y = max(y + 16, tb + 13 * tl + 24)
            tx = Lm
            if d.qr_payload:
                bc = L.TPDFBarcode2(); bc.StructSize = ctypes.sizeof(bc); bc.BarcodeType = L.bctQRCode
                bc.FgColor = 0; bc.BgColor = 0xFFFFFF
                buf = ctypes.create_string_buffer(d.qr_payload.encode()); bc.Data = ctypes.cast(buf, ctypes.c_void_p)
                bc.DataType = L.bcdtBinary; bc.Option1 = 2
                L.pdfInsertBarcode(h, Lm, y, 105, 105, 0, 0, ctypes.byref(bc))
                tx = Lm + 118
            T(tx, y + 30, 'Comprobante Autorizado', 9, True)
            for j, l in enumerate(d.footer_lines): T(tx, y + 44 + 11 * j, l, 8.5)
            T(tx, y + 44 + 11 * len(d.footer_lines) + 6, 'Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación', 6)
            L.pdfEndPage(h)
    L.pdfCloseFile(h)
    nb = ctypes.c_uint32(0); b = L.pdfGetBuffer(h, ctypes.byref(nb))
    open(pdf, 'wb').write(ctypes.string_at(b, nb.value))
    L.pdfFreePDF(h)

# ---------------------------------------------------------------- r: rust-pdf (coordinates, bottom-up)
def render_r(d, pdf):
    import rustpdf as R
    doc = R.Document()
    doc.set_info(title=f'Factura {d.letter}', creator='Facturito online')
    fr = doc.add_font_file(f'{FONT_DIR}/dejavu/DejaVuSans.ttf')
    fb = doc.add_font_file(f'{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf')
    W, H, Lm = 595.0, 842.0, 34.0
    def T(x, y, s, size=8.0, bold=False, right=False, width=None, center=False):
        f = fb if bold else fr
        if right: doc.paragraph(f, size, x - (width or 160), H - y, width or 160, s, R.Align.RIGHT)
        elif center: doc.paragraph(f, size, x - (width or 80) / 2, H - y, width or 80, s, R.Align.CENTER)
        else: doc.show_text(f, size, x, H - y, s)
    def rect(x, y, w, hh, fill=None, lw=0.6):
        if fill is not None:
            doc.set_fill_rgb(*fill); doc.rect(x, H - y - hh, w, hh); doc.fill(); doc.set_fill_rgb(0, 0, 0)
        else:
            doc.set_line_width(lw); doc.rect(x, H - y - hh, w, hh); doc.stroke()
    colw = {'code': 42, 'ean': 74, 'sku': 68, 'qty': 38, 'unit': 34, 'desc': 0, 'price': 62, 'bonif': 40, 'rate': 44, 'net': 62, 'amount': 66}
    fixed = sum(colw[k] for k, _, _ in d.cols); dw = W - 2 * Lm - fixed
    xs, x = [], Lm
    for k, _, _ in d.cols:
        w = colw[k] or dw; xs.append((x, w)); x += w
    di = desc_col(d)
    chars = max(18, int((xs[di][1] - 6) / 4.3))
    qr_id = doc.add_image_png(qr_png_bytes(d, 4)) if d.qr_payload else None
    for copy in d.copies:
        doc.add_page((W, H))
        # top band
        rect(Lm, 28, W - 2 * Lm, 4, fill=(0.93, 0.55, 0.13))
        y = 56
        for i, l in enumerate(d.issuer_lines):
            sz = min(13.0, 285 / (len(l) * 0.75)) if i == 0 else 8
            T(Lm, y, l, sz, i == 0); y += 17 if i == 0 else 11
        y += 3
        for l in d.issuer_tax_lines:
            T(Lm, y, l, 7); y += 9.5
        bx = W / 2 + 40
        rect(bx - 24, 40, 48, 44, lw=1.2)
        T(bx, 70, d.letter, 26, True, center=True, width=48)
        T(bx, 80, f'Cód. {d.code:03d}', 6, center=True, width=48)
        T(W - Lm, 54, f'FACTURA {d.letter}' if d.nstyle != 'fact' else 'COMPROBANTE', 14, True, right=True, width=160)
        y = 72
        for l in d.number_lines + [d.date_line] + ([d.currency_line] if d.currency_line else []):
            T(W - Lm, y, l, 8.5, right=True, width=170); y += 12
        if copy: T(W - Lm, y + 6, copy, 9, True, right=True, width=200)
        y = max(y + 20, 150)
        T(Lm, y, 'DATOS DEL CLIENTE', 7.5, True); y += 4
        rect(Lm, y, W - 2 * Lm, 0.8, fill=(0.6, 0.6, 0.6)); y += 12
        for l in d.buyer_lines:
            T(Lm, y, l, 8); y += 10.5
        y += 10
        rect(Lm, y - 10, W - 2 * Lm, 15, fill=(0.96, 0.90, 0.82))
        for (k, hd, a), (cx, cw) in zip(d.cols, xs):
            if a == 'r': T(cx + cw - 3, y, hd, 7, True, right=True, width=cw - 4)
            else: T(cx + 3, y, hd, 7, True)
        y += 17
        for it, row in zip(d.items, d.rows):
            dl = [ln for part in it['parts'] for ln in textwrap.wrap(part, chars)]
            for j, ((k, hd, a), (cx, cw), v) in enumerate(zip(d.cols, xs, row)):
                if j == di:
                    for m, ln in enumerate(dl): T(cx + 3, y + 10.5 * m, ln, 7.5)
                elif v:
                    if a == 'r': T(cx + cw - 3, y, v, 7.5, right=True, width=cw - 4)
                    else: T(cx + 3, y, v, 7.5)
            y += 10.5 * len(dl) + 4
            rect(Lm, y - 9, W - 2 * Lm, 0.3, fill=(0.8, 0.8, 0.8))
        y += 14
        for i, (l, v) in enumerate(d.totals):
            last = i == len(d.totals) - 1
            if last: rect(W - Lm - 250, y - 12, 250, 17, fill=(0.96, 0.90, 0.82))
            T(W - Lm - 244, y, l, 10 if last else 8.5, last); T(W - Lm - 4, y, v, 10 if last else 8.5, last, right=True, width=120)
            y += 17 if last else 12.5
        y += 16
        tx = Lm
        if qr_id is not None:
            doc.draw_image(qr_id, Lm, H - y - 100, 100, 100); tx = Lm + 112
        T(tx, y + 26, 'Comprobante Autorizado', 9, True)
        for j, l in enumerate(d.footer_lines): T(tx, y + 40 + 11 * j, l, 8)
        T(Lm, H - 30, 'Generado con Facturito online - Gracias por su compra', 6.5)
    doc.save(pdf)

R = {'p': render_p, 'l': render_l, 'r': render_r}
if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name not in want and d.name[0] not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
