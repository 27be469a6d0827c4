"""Build the round-33 PDFs and expected files. Run with the venv python (see MANIFEST.md).
j: JasperReports 6.20.6 (pyreportjasper 2.1.4, OpenPDF 1.3.30.jaspersoft.3) from a generated JRXML;
p: pypdf 7.1.0 PdfWriter with hand-written page content streams (standard Type 1 fonts, QR as an image XObject);
r: rupdf 0.4.1 (Rust; its own text / rect / line / qrcode elements; QR drawn as vectors by rupdf)."""
import html, json, os, subprocess, sys, zlib
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round33-scratch/tpl'
os.makedirs(TPL, exist_ok=True)

def pages_of(d):
    """Split the rows into pages by printed lines (a wrapped description takes several)."""
    n = d.rows_per_page
    if not n: return [d.rows]
    out, cur, used = [], [], 0
    for row in d.rows:
        h = max(len(c) if isinstance(c, list) else 1 for c in row)
        if used + h > n: out.append(cur); cur, used = [], 0
        cur.append(row); used += h
    return out + [cur]

def cell_lines(v): return v if isinstance(v, list) else [v]

def qr_png(d, scale):
    p = f'{TPL}/{d.name}.qr.png'
    segno.make(d.qr_payload, error='m', micro=False).save(p, scale=scale, border=4)
    return p

# ---------------- j: JasperReports ----------------
def jx(s): return s.replace(']]>', ']] >')

def j_text(x, y, w, h, s, size=8, bold=False, align='Left'):
    f = 'Helvetica-Bold' if bold else 'Helvetica'
    return (f'<staticText><reportElement x="{int(x)}" y="{int(y)}" width="{int(w)}" height="{int(h)}"/>'
            f'<textElement textAlignment="{align}" verticalAlignment="Top"><font fontName="SansSerif" size="{size}" isBold="{str(bold).lower()}" '
            f'pdfFontName="{f}" pdfEncoding="Cp1252" isPdfEmbedded="false"/></textElement><text><![CDATA[{jx(s)}]]></text></staticText>')

def j_rect(x, y, w, h, lw=0.8, fill=None):
    bg = f' mode="Opaque" backcolor="{fill}"' if fill else ''
    return f'<rectangle><reportElement{bg} x="{int(x)}" y="{int(y)}" width="{int(w)}" height="{int(h)}"/><graphicElement><pen lineWidth="{lw}"/></graphicElement></rectangle>'

def j_line(x, y, w, lw=0.5):
    return f'<line><reportElement x="{int(x)}" y="{int(y)}" width="{int(w)}" height="1"/><graphicElement><pen lineWidth="{lw}"/></graphicElement></line>'

J_COLW = {'code': 46, 'ean': 72, 'qty': 40, 'unit': 38, 'desc': 0, 'price': 62, 'bonif': 38, 'rate': 40, 'amount': 68}

def jrxml(d):
    W = 555
    fixed = sum(J_COLW[k] for k, _, _ in d.cols); xs = []; x = 0
    for k, _, _ in d.cols:
        w = J_COLW[k] or (W - fixed); xs.append((x, w)); x += w
    pages = pages_of(d); bands = []
    for copy in d.copies:
        for pi, rows in enumerate(pages):
            e = []
            if copy: e.append(j_text(0, 0, W, 12, copy, 10, True, 'Center'))
            e.append(j_rect(0, 14, W, 142)); e.append(j_line(277, 56, 1)); e.append(j_rect(257, 14, 40, 42, 1.2))
            e.append(f'<line><reportElement x="277" y="56" width="1" height="100"/><graphicElement><pen lineWidth="0.8"/></graphicElement></line>')
            e.append(j_text(257, 16, 40, 28, d.doc_lines[1], 24, True, 'Center')); e.append(j_text(257, 44, 40, 10, d.doc_lines[2], 6, False, 'Center'))
            y = 22
            for i, l in enumerate(d.issuer_head):
                fs = (12 if len(l) <= 28 else 10 if len(l) <= 36 else 8.5) if i == 0 else 8
                e.append(j_text(8, y, 246, 16 if i == 0 else 11, l, fs, i == 0)); y += 17 if i == 0 else 11
            y = max(y + 6, 90)
            for l in d.issuer_info[2:]:
                e.append(j_text(8, y, 262, 11, l, 7.5)); y += 10
            e.append(j_text(305, 20, 245, 18, d.doc_lines[0], 14, True)); y = 42
            for l in d.doc_lines[3:]:
                e.append(j_text(305, y, 245, 12, l, 8.5)); y += 12
            y += 4
            for l in d.issuer_info[:2]:
                e.append(j_text(305, y, 245, 11, l, 8)); y += 11
            if len(pages) > 1: e.append(j_text(405, 142, 145, 11, f'Hoja {pi + 1} de {len(pages)}', 7, False, 'Right'))
            e.append(j_rect(0, 160, W, 14 + 11 * len(d.buyer_lines))); y = 166
            for l in d.buyer_lines:
                e.append(j_text(8, y, 540, 11, l, 8)); y += 11
            y += 14
            e.append(j_rect(0, y, W, 15, 0.5, '#D9D9D9'))
            for (k, h, a), (cx, cw) in zip(d.cols, xs):
                e.append(j_text(cx + 2, y + 3, cw - 4, 11, h, 7.5, True, 'Right' if a == 'r' else 'Left'))
            y += 19
            for row in rows:
                hgt = 1
                for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
                    ls = cell_lines(v); hgt = max(hgt, len(ls))
                    for li, s in enumerate(ls):
                        e.append(j_text(cx + 2, y + 11 * li, cw - 4, 11, s, 7.5, False, 'Right' if a == 'r' else 'Left'))
                y += 11 * hgt + 2
            e.append(j_line(0, y + 2, W))
            if pi < len(pages) - 1:
                e.append(j_text(300, y + 6, 255, 11, 'Continúa en la hoja siguiente', 7, False, 'Right'))
            else:
                y += 10
                e.append(j_rect(300, y - 4, 255, 8 + 13 * len(d.totals), 0.6))
                for i, (l, v) in enumerate(d.totals):
                    last = i == len(d.totals) - 1
                    e.append(j_text(306, y, 140, 13, l, 9.5 if last else 8.5, last)); e.append(j_text(446, y, 104, 13, v, 9.5 if last else 8.5, last, 'Right'))
                    y += 13
                y = max(y + 20, 640)
                if d.qr_payload:
                    e.append(f'<image scaleImage="FillFrame"><reportElement x="0" y="{y}" width="100" height="100"/><imageExpression><![CDATA["{qr_png(d, 5)}"]]></imageExpression></image>')
                tx = 115 if d.qr_payload else 0
                e.append(j_text(tx, y + 8, 250, 13, 'Comprobante Autorizado', 9, True)); yy = y + 24
                for l in d.footer_lines:
                    e.append(j_text(tx, yy, 250, 12, l, 8.5)); yy += 12
                e.append(j_text(tx, yy + 8, 300, 10, 'Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación', 5.5))
            bands.append('<band height="802" splitType="Prevent">' + ''.join(e) + '</band>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports '
            'http://jasperreports.sourceforge.net/xsd/jasperreport.xsd" name="factura" pageWidth="595" pageHeight="842" columnWidth="555" '
            'leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">'
            '<property name="net.sf.jasperreports.awt.ignore.missing.font" value="true"/><detail>' + ''.join(bands) + '</detail></jasperReport>')

def render_j(ds):
    if not ds: return
    jobs = []
    for d in ds:
        p = f'{TPL}/{d.name}.jrxml'
        open(p, 'w', encoding='utf-8').write(jrxml(d))
        jobs.append((p, os.path.join(OUT, d.name)))
    code = ('import sys, json\nfrom pyreportjasper import PyReportJasper\nfor src, out in json.loads(sys.argv[1]):\n'
            '    r = PyReportJasper(); r.config(input_file=src, output_file=out, output_formats=["pdf"], locale="es_AR"); r.process_report()\n')
    subprocess.run([sys.executable, '-c', code, json.dumps(jobs)], check=True)

# ---------------- p: pypdf with hand-written content streams ----------------
def pstr(s):
    b = s.encode('cp1252')
    return '(' + b.decode('latin-1').replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'

def render_p(d, pdf):
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, NumberObject, ArrayObject, DecodedStreamObject, TextStringObject, BooleanObject
    w = PdfWriter()
    def font(base):
        return w._add_object(DictionaryObject({NameObject('/Type'): NameObject('/Font'), NameObject('/Subtype'): NameObject('/Type1'),
                                               NameObject('/BaseFont'): NameObject('/' + base), NameObject('/Encoding'): NameObject('/WinAnsiEncoding')}))
    fonts = DictionaryObject({NameObject('/F1'): font('Helvetica'), NameObject('/F2'): font('Helvetica-Bold'),
                              NameObject('/F3'): font('Courier'), NameObject('/F4'): font('Courier-Bold')})
    img = None
    if d.qr_payload:
        m = [list(r) for r in segno.make(d.qr_payload, error='m', micro=False).matrix]
        sc, bd = 3, 4; n = len(m); side = (n + 2 * bd) * sc
        raw = bytearray()
        for yy in range(side):
            r = (yy // sc) - bd
            for xx in range(side):
                c = (xx // sc) - bd
                raw.append(0 if (0 <= r < n and 0 <= c < n and m[r][c]) else 255)
        st = DecodedStreamObject(); st.set_data(zlib.compress(bytes(raw)))
        st.update({NameObject('/Type'): NameObject('/XObject'), NameObject('/Subtype'): NameObject('/Image'), NameObject('/Width'): NumberObject(side),
                   NameObject('/Height'): NumberObject(side), NameObject('/ColorSpace'): NameObject('/DeviceGray'), NameObject('/BitsPerComponent'): NumberObject(8),
                   NameObject('/Filter'): NameObject('/FlateDecode')})
        img = w._add_object(st)
    H, Wd, L = 842.0, 595.0, 36.0
    CH = 8.0  # Courier size of the table
    cw = CH * 0.6
    # column character widths (Courier)
    colc = {'code': 8, 'ean': 14, 'qty': 7, 'unit': 5, 'desc': 0, 'price': 12, 'bonif': 7, 'rate': 7, 'amount': 13}
    total_chars = int((Wd - 2 * L) / cw)
    fixed = sum(colc[k] + 1 for k, _, _ in d.cols); xs = []; x = L
    for k, _, _ in d.cols:
        c = colc[k] or (total_chars - fixed - 1); xs.append((x, c)); x += (c + 1) * cw
    pages = pages_of(d)
    for copy in d.copies:
        for pi, rows in enumerate(pages):
            ops = []
            def T(x, y, s, f='F1', size=8.0, right=False):
                if right: x = x - len(s) * size * 0.6  # only for Courier
                ops.append(f'BT /{f} {size:g} Tf {x:.2f} {y:.2f} Td {pstr(s)} Tj ET')
            def line(x1, y1, x2, y2, lw=0.6): ops.append(f'{lw} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S')
            def rect(x, y, w_, h, lw=0.8): ops.append(f'{lw} w {x:.2f} {y:.2f} {w_:.2f} {h:.2f} re S')
            top = H - 36
            if copy: T(Wd - L - len(copy) * 10 * 0.6, top, copy, 'F4', 10, False)
            y = top - 22
            for i, l in enumerate(d.issuer_head):
                T(L, y, l, 'F2' if i == 0 else 'F1', 14 if i == 0 else 8.5); y -= 16 if i == 0 else 11
            for l in d.issuer_info:
                T(L, y, l, 'F1', 8); y -= 10
            yl = y
            # document box on the right
            rect(330, top - 96, Wd - L - 330, 78)
            T(340, top - 34, f'FACTURA  {d.doc_lines[1]}', 'F2', 16); T(470, top - 34, d.doc_lines[2], 'F1', 8)
            y = top - 50
            for l in d.doc_lines[3:]:
                T(340, y, l, 'F1', 9); y -= 12
            if len(pages) > 1: T(340, top - 92, f'Hoja {pi + 1} de {len(pages)}', 'F1', 7)
            y = min(yl, top - 104) - 6
            line(L, y, Wd - L, y, 1.2); y -= 14
            for l in d.buyer_lines:
                T(L, y, l, 'F1', 8.5); y -= 11
            y -= 4; line(L, y, Wd - L, y, 1.2); y -= 14
            for (k, h, a), (cx, cc) in zip(d.cols, xs):
                T(cx + cc * cw if a == 'r' else cx, y, h, 'F4', CH, a == 'r')
            y -= 4; line(L, y, Wd - L, y, 0.5); y -= 11
            for row in rows:
                hgt = 1
                for (k, h, a), (cx, cc), v in zip(d.cols, xs, row):
                    ls = cell_lines(v); hgt = max(hgt, len(ls))
                    for li, s in enumerate(ls):
                        T(cx + cc * cw if a == 'r' else cx, y - 10 * li, s, 'F3', CH, a == 'r')
                y -= 10 * hgt + 2
            line(L, y + 6, Wd - L, y + 6, 0.5)
            if pi < len(pages) - 1:
                T(Wd - L, y - 8, '-- continúa --', 'F3', 7.5, True)
            else:
                y -= 12
                for i, (l, v) in enumerate(d.totals):
                    last = i == len(d.totals) - 1
                    f = 'F4' if last else 'F3'; sz = 10 if last else 8.5
                    T(Wd - L - 230, y, l, f, sz); T(Wd - L, y, v, f, sz, True); y -= 14 if last else 12
                y -= 16
                if img is not None:
                    S = 104
                    ops.append(f'q {S} 0 0 {S} {L:.2f} {y - S:.2f} cm /Im1 Do Q')
                    tx = L + S + 14
                else:
                    tx = L
                T(tx, y - 14, 'Comprobante Autorizado', 'F2', 9)
                for j, l in enumerate(d.footer_lines):
                    T(tx, y - 28 - 12 * j, l, 'F1', 8.5)
            page = w.add_blank_page(Wd, H)
            res = DictionaryObject({NameObject('/Font'): fonts})
            if img is not None: res[NameObject('/XObject')] = DictionaryObject({NameObject('/Im1'): img})
            page[NameObject('/Resources')] = res
            cs = DecodedStreamObject(); cs.set_data('\n'.join(ops).encode('latin-1'))
            page.replace_contents(cs); page.compress_content_streams()
    w.add_metadata({'/Producer': 'pypdf', '/Creator': 'FactuSimple 2.4 (Python)', '/Title': f'Factura {d.letter} {d.pos:04d}-{d.number:08d}'})
    with open(pdf, 'wb') as f: w.write(f)

# ---------------- r: rupdf ----------------
FD = '/usr/share/fonts/truetype/lato/'
def render_r(d, pdf):
    import rupdf
    K = (0, 0, 0, 255); G = (90, 90, 90, 255); ACC = (22, 74, 120, 255); WH = (255, 255, 255, 255); LG = (232, 238, 245, 255)
    Wd, H, L = 595.0, 842.0, 34.0
    colw = {'code': 50, 'ean': 76, 'qty': 36, 'unit': 34, 'desc': 0, 'price': 66, 'bonif': 42, 'rate': 40, 'amount': 72}
    fixed = sum(colw[k] for k, _, _ in d.cols); xs = []; x = L
    for k, _, _ in d.cols:
        w = colw[k] or (Wd - 2 * L - fixed); xs.append((x, w)); x += w
    pages = pages_of(d); out = []
    for copy in d.copies:
        for pi, rows in enumerate(pages):
            e = []
            def T(x, y, s, size=8.5, bold=False, color=K, align='left'):
                e.append({'type': 'text', 'x': x, 'y': y, 'text': s, 'font': 'B' if bold else 'R', 'size': size, 'color': color, 'align': align})
            e.append({'type': 'rect', 'x': 0, 'y': 0, 'w': Wd, 'h': 8, 'fill_color': ACC})
            if copy: T(Wd - L, 26, copy, 9, True, ACC, 'right')
            y = 48
            for i, l in enumerate(d.issuer_head):
                T(L, y, l, 15 if i == 0 else 9, i == 0, ACC if i == 0 else K); y += 18 if i == 0 else 12
            y += 2
            for l in d.issuer_info:
                T(L, y, l, 8, False, G); y += 10.5
            e.append({'type': 'rect', 'x': 350, 'y': 34, 'w': Wd - L - 350, 'h': 100, 'stroke': 0.8, 'stroke_color': ACC, 'corner_radius': 6})
            e.append({'type': 'rect', 'x': 360, 'y': 42, 'w': 34, 'h': 34, 'fill_color': ACC, 'corner_radius': 4})
            T(377, 68, d.doc_lines[1], 22, True, WH, 'center'); T(377, 86, d.doc_lines[2], 6.5, False, G, 'center')
            T(404, 58, d.doc_lines[0], 14, True, ACC); yy = 100
            for l in d.doc_lines[3:]:
                T(360, yy, l, 8.5); yy += 11
            if len(pages) > 1: T(Wd - L, 148, f'Página {pi + 1} de {len(pages)}', 7.5, False, G, 'right')
            y = max(y, 146) + 8
            e.append({'type': 'rect', 'x': L, 'y': y, 'w': Wd - 2 * L, 'h': 8 + 11 * len(d.buyer_lines), 'fill_color': LG, 'corner_radius': 4})
            y += 13
            for l in d.buyer_lines:
                T(L + 8, y, l, 8.5); y += 11
            y += 12
            e.append({'type': 'rect', 'x': L, 'y': y, 'w': Wd - 2 * L, 'h': 16, 'fill_color': ACC})
            for (k, h, a), (cx, cw) in zip(d.cols, xs):
                T(cx + cw - 4 if a == 'r' else cx + 4, y + 11, h, 7.5, True, WH, 'right' if a == 'r' else 'left')
            y += 28
            for row in rows:
                hgt = 1
                for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
                    ls = cell_lines(v); hgt = max(hgt, len(ls))
                    for li, s in enumerate(ls):
                        T(cx + cw - 4 if a == 'r' else cx + 4, y + 11 * li, s, 8, False, K, 'right' if a == 'r' else 'left')
                y += 11 * hgt + 3
                e.append({'type': 'line', 'x1': L, 'y1': y - 8, 'x2': Wd - L, 'y2': y - 8, 'stroke': 0.3, 'color': (200, 200, 200, 255)})
            if pi < len(pages) - 1:
                T(Wd - L, y + 6, 'Continúa en la página siguiente', 7.5, False, G, 'right')
            else:
                y += 10
                for i, (l, v) in enumerate(d.totals):
                    last = i == len(d.totals) - 1
                    if last:
                        e.append({'type': 'rect', 'x': 330, 'y': y - 4, 'w': Wd - L - 330, 'h': 20, 'fill_color': ACC, 'corner_radius': 3}); y += 10
                        T(338, y, l, 10.5, True, WH); T(Wd - L - 6, y, v, 10.5, True, WH, 'right')
                    else:
                        T(338, y, l, 8.5); T(Wd - L - 6, y, v, 8.5, False, K, 'right'); y += 13
                y = max(y + 30, 680)
                if d.qr_payload:
                    e.append({'type': 'qrcode', 'x': L, 'y': y, 'size': 112, 'value': d.qr_payload, 'color': K, 'background': WH})
                tx = L + 126 if d.qr_payload else L
                T(tx, y + 20, 'Comprobante Autorizado', 9.5, True, ACC)
                for j, l in enumerate(d.footer_lines):
                    T(tx, y + 36 + 12 * j, l, 8.5)
            out.append({'size': (Wd, H), 'elements': e})
    doc = {'metadata': {'title': f'Factura {d.letter} {d.pos:05d}-{d.number:08d}', 'creator': 'Tienda online - módulo de facturación'},
           'pages': out, 'resources': {'fonts': {'R': {'path': FD + 'Lato-Regular.ttf'}, 'B': {'path': FD + 'Lato-Bold.ttf'}}, 'images': {}}}
    open(pdf, 'wb').write(rupdf.render_pdf(doc))

if __name__ == '__main__':
    want = sys.argv[1:]
    sel = [d for d in docs.DOCS() if not want or d.name in want or d.name[0] in want]
    render_j([d for d in sel if d.name[0] == 'j'])
    for d in sel:
        pdf = os.path.join(OUT, d.name + '.pdf')
        if d.name[0] == 'p': render_p(d, pdf)
        if d.name[0] == 'r': render_r(d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
