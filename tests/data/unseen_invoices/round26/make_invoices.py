"""Build the round-26 PDFs and expected files. Run with the venv python (see MANIFEST.md).
k: inkmd (markdown -> PDF), l: larzpdf (PDF canvas), w: docx-to-pdf-native (a Word .docx -> PDF).
Every printed string comes from the Doc objects of docs.py."""
import io, json, math, os, re, subprocess, sys, zipfile
from xml.sax.saxutils import escape as xesc
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round26-scratch/tpl'
os.makedirs(TPL, exist_ok=True)

def qr_matrix(d):
    return segno.make(d.qr_payload, error='m', micro=False)

def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [list(range(i, min(i + n, len(d.rows)))) for i in range(0, len(d.rows), n)] or [[]]

# ======================= k: inkmd (markdown) =======================
def md_esc(s):
    s = re.sub(r'([\\*_|\[\]`<>])', r'\\\1', s)
    return s

def markdown_of(d, qr_file):
    out = []
    for copy in d.copies:
        if copy: out.append(f'**{copy}**\n')
        for i, l in enumerate(d.issuer_name_lines):
            if l.startswith('Razón Social:'):
                out.append(f'**Razón Social:** {md_esc(l[len("Razón Social:"):].strip())}  ')
            elif i == 0:
                out.append(f'# {md_esc(l)}\n')
            else:
                out.append(f'**{md_esc(l)}**  ')
        for l in d.issuer_lines + d.issuer_tax:
            out.append(md_esc(l) + '  ')
        out.append('\n---\n')
        if d.title:
            out.append(f'## {d.title} {d.letter_box[0]}\n')
            out.append(f'**{d.letter_box[1]}**  ')
            out += [md_esc(l) + '  ' for l in d.num_lines]
        else:
            out.append(f'## {md_esc(d.num_lines[0])}\n')
            out.append(f'**{d.letter_box[1]}**  ')
        out.append(md_esc(d.date_line) + '  ')
        out += [md_esc(l) + '  ' for l in d.extra_doc_lines]
        out.append('\n### Cliente\n')
        out += [md_esc(l) + '  ' for l in d.buyer_lines]
        out.append('')
        out.append('| ' + ' | '.join(md_esc(h) for _, h, _ in d.cols) + ' |')
        out.append('|' + '|'.join('--:' if a == 'r' else '---' for _, _, a in d.cols) + '|')
        for ri, row in enumerate(d.rows):
            cells = []
            for (k, _, _), v in zip(d.cols, row):
                if k == 'desc': v = '<br>'.join(md_esc(x) for x in d.row_lines[ri])
                else: v = md_esc(v)
                cells.append(v)
            out.append('| ' + ' | '.join(cells) + ' |')
        out.append('')
        out.append('| Totales |  |')
        out.append('|---|--:|')
        for i, (l, v) in enumerate(d.totals):
            if i == len(d.totals) - 1: out.append(f'| **{md_esc(l)}** | **{md_esc(v)}** |')
            else: out.append(f'| {md_esc(l)} | {md_esc(v)} |')
        out.append('')
        if qr_file: out.append(f'![QR AFIP]({qr_file})\n')
        out.append('**Comprobante Autorizado**  ')
        out += [md_esc(l) + '  ' for l in d.footer_lines]
        out.append('')
    return '\n'.join(out) + '\n'

def render_k(d, pdf):
    import inkmd
    qr_file = None
    if d.qr_payload:
        m = qr_matrix(d); w = m.symbol_size(scale=1, border=4)[0]
        scale = max(2, math.ceil(125 / w))
        qr_file = f'{TPL}/{d.name}.qr.png'
        m.save(qr_file, scale=scale, border=4)
    md = markdown_of(d, qr_file)
    open(f'{TPL}/{d.name}.md', 'w', encoding='utf-8').write(md)
    data = inkmd.compile(md, page_size='a4', margin=36, font_size=8.5, table_overflow='error', base_dir=TPL)
    open(pdf, 'wb').write(data)

# ======================= l: larzpdf (canvas) =======================
# Helvetica / Helvetica-Bold advance widths (Adobe AFM, per 1000 em) for right alignment of ASCII text
_HW = dict(zip(' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
               [278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 +
               [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
                611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 222, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
                556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]))
_HBW = dict(_HW)
_HBW.update(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz:;!?',
                [722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
                 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500,
                 333, 333, 333, 611]))
def hw(s, size, bold=False):
    t = _HBW if bold else _HW
    return sum(t.get(ch, 556) for ch in s) * size / 1000

LCOLW = {'code': 52, 'ean': 78, 'qty': 44, 'unit': 34, 'desc': 0, 'price': 66, 'bonif': 40, 'rate': 44, 'net': 66, 'amount': 72}

def render_l(d, pdf_path):
    from larzpdf import PDF, A4
    W, H = A4; L = 36.0
    p = PDF(size=A4, margin=L)
    first = [True]
    def T(x, y, s, size=8.0, bold=False, right=False, color=(0, 0, 0)):
        if right: x = x - hw(s, size, bold)
        p.text(x, y, s, font='Helvetica-Bold' if bold else 'Helvetica', size=size, color=color)
    fixed = sum(LCOLW[k] for k, _, _ in d.cols); dw = W - 2 * L - fixed
    xs = []; x = L
    for k, _, _ in d.cols:
        w = LCOLW[k] or dw; xs.append((x, w)); x += w
    pages = pages_of(d)
    for copy in d.copies:
        for pi, idx in enumerate(pages):
            if not first[0]: p.add_page()
            first[0] = False
            # header band
            p.rect(L, H - 128, W - 2 * L, 100, stroke=(0.3, 0.3, 0.3), width=0.7)
            p.rect(W / 2 - 22, H - 72, 44, 44, fill=(0.15, 0.15, 0.15))
            T(W / 2 - hw(d.letter_box[0], 26, True) / 2, H - 58, d.letter_box[0], 26, True, color=(1, 1, 1))
            T(W / 2 - hw(d.letter_box[1], 6.5) / 2, H - 82, d.letter_box[1], 6.5)
            p.line(W / 2, H - 86, W / 2, H - 128, width=0.7, color=(0.3, 0.3, 0.3))
            if copy: T(W - L - 8, H - 40, copy, 9, True, True)
            yy = H - 44
            for i, l in enumerate(d.issuer_name_lines):
                T(L + 8, yy, l, 12 if i == 0 else 8.5, i == 0); yy -= 14 if i == 0 else 11
            for l in d.issuer_lines:
                T(L + 8, yy, l, 8); yy -= 10
            yy = H - 100
            for l in d.issuer_tax[:2]:
                T(L + 8, yy, l, 7.5); yy -= 9.5
            xr = W / 2 + 34; yy = H - 44
            if d.title: T(xr, yy, d.title, 15, True); yy -= 16
            for l in d.num_lines:
                T(xr, yy, l, 9.5, not d.title); yy -= 12
            T(xr, yy, d.date_line, 8.5); yy -= 11
            for l in d.extra_doc_lines:
                T(xr, yy, l, 8.5, True); yy -= 11
            for l in d.issuer_tax[2:]:
                T(xr, yy, l, 7.5); yy -= 9.5
            if len(pages) > 1: T(W - L - 6, H - 124, f'Hoja {pi + 1} de {len(pages)}', 7, right=True)
            # buyer box
            p.rect(L, H - 190, W - 2 * L, 56, fill=(0.94, 0.94, 0.94))
            yy = H - 146
            for j, l in enumerate(d.buyer_lines):
                T(L + 8 + (0 if j < 3 else (W / 2 - L)), yy if j < 3 else H - 146 - 11 * (j - 3), l, 8)
                if j < 3: yy -= 11
            # items
            yy = H - 210
            p.rect(L, yy - 4, W - 2 * L, 15, fill=(0.25, 0.25, 0.25))
            for (k, h, a), (cx, cw) in zip(d.cols, xs):
                T(cx + cw - 3 if a == 'r' else cx + 3, yy, d.a(h), 7.5, True, a == 'r', color=(1, 1, 1))
            yy -= 16
            for ri in idx:
                row = d.rows[ri]; lines = d.row_lines[ri]
                for (k, h, a), (cx, cw), v in zip(d.cols, xs, row):
                    if k == 'desc':
                        for j, dl in enumerate(lines): T(cx + 3, yy - 10 * j, dl, 7.5)
                    else:
                        T(cx + cw - 3 if a == 'r' else cx + 3, yy, v, 7.5, False, a == 'r')
                yy -= 10 * len(lines) + 2
                p.line(L, yy + 7, W - L, yy + 7, width=0.3, color=(0.7, 0.7, 0.7))
            if pi < len(pages) - 1:
                T(W - L, yy - 8, 'Continua en hoja siguiente', 7, right=True)
                continue
            # totals
            yy -= 14
            tb = yy
            for i, (l, v) in enumerate(d.totals):
                last = i == len(d.totals) - 1
                if last: p.rect(W - L - 230, yy - 5, 230, 17, fill=(0.9, 0.9, 0.9)); yy -= 2
                T(W - L - 222, yy, l, 10 if last else 8.5, last); T(W - L - 6, yy, v, 10 if last else 8.5, last, True); yy -= 13
            # QR (vectors) + CAE
            yq = min(yy, tb) - 12
            if d.qr_payload:
                m = qr_matrix(d); mod = 1.5; rows_ = [list(r) for r in m.matrix]; size = len(rows_)
                for r, line in enumerate(rows_):
                    c = 0
                    while c < size:
                        if line[c]:
                            s0 = c
                            while c < size and line[c]: c += 1
                            p.rect(L + 4 * mod + s0 * mod, yq - 4 * mod - (r + 1) * mod, (c - s0) * mod, mod, fill=(0, 0, 0))
                        else: c += 1
                tx = L + (size + 12) * mod
            else:
                tx = L
            T(tx, yq - 16, 'Comprobante Autorizado', 9, True)
            for j, l in enumerate(d.footer_lines):
                T(tx, yq - 30 - 11 * j, l, 8.5)
            T(tx, yq - 36 - 11 * len(d.footer_lines), 'Esta Administracion Federal no se responsabiliza por los datos ingresados en el detalle de la operacion', 6)
    p.save(pdf_path)

# ======================= w: docx-to-pdf-native (Word document) =======================
WNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
def w_run(t, b=False): return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r>'
def w_para(t='', b=False): return f'<w:p>{w_run(t, b) if t else ""}</w:p>'
def w_table(rows, widths, bold_first=False):
    g = ''.join(f'<w:gridCol w:w="{int(w * 20)}"/>' for w in widths)
    trs = []
    for ri, r in enumerate(rows):
        tcs = []
        for c in r:
            ls = c if isinstance(c, list) else [c]
            tcs.append('<w:tc>' + ''.join(w_para(x, bold_first and ri == 0) for x in ls) + '</w:tc>')
        trs.append('<w:tr>' + ''.join(tcs) + '</w:tr>')
    return f'<w:tbl><w:tblGrid>{g}</w:tblGrid>' + ''.join(trs) + '</w:tbl>'
def w_img(rid, wpt, hpt):
    return (f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="{int(wpt * 12700)}" cy="{int(hpt * 12700)}"/><wp:docPr id="1" name="QR"/><a:graphic>'
            f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="{rid}"/></pic:blipFill>'
            f'</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')

WCOLW = {'code': 52, 'ean': 100, 'qty': 44, 'unit': 36, 'desc': 0, 'price': 72, 'bonif': 50, 'rate': 40, 'net': 72, 'amount': 84}

def w_copy_body(d, copy):
    s = []
    if copy: s.append(w_para(copy, True))
    iss = list(d.issuer_name_lines) + d.issuer_lines + d.issuer_tax[:2]
    doc = ([d.title] if d.title else []) + d.num_lines + [d.date_line] + d.extra_doc_lines + d.issuer_tax[2:]
    s.append(w_table([[iss, d.letter_box, doc]], [210, 64, 221]))
    s.append(w_table([[d.buyer_lines]], [495]))
    # column widths as a Word user sets them: wide enough for the longest entry of each column (11 pt), the rest to the description
    need = {k: max([hw(w, 11, True) for w in h.split()] + [hw(r[i], 11) for r in d.rows]) + 14 for i, (k, h, _) in enumerate(d.cols)}
    fixed = sum(need[k] for k, _, _ in d.cols if k != 'desc'); widths = [495 - fixed if k == 'desc' else need[k] for k, _, _ in d.cols]
    rows = [[h for _, h, _ in d.cols]]
    for ri, row in enumerate(d.rows):
        rows.append([d.row_lines[ri] if k == 'desc' else v for (k, _, _), v in zip(d.cols, row)])
    s.append(w_table(rows, widths, bold_first=True))
    s.append(w_table([[l, v] for l, v in d.totals], [395, 100]))
    s.append(w_para('Comprobante Autorizado'))
    s += [w_para(l) for l in d.footer_lines]
    if d.qr_payload: s.append(w_img('rIdQR', 110, 110))
    return s

def write_docx(path, body, qr_jpeg):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {WNS}><w:body>' + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1000" w:bottom="1134" w:left="1000"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        rel = ('<Relationship Id="rIdQR" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/qr.jpeg"/>' if qr_jpeg else '')
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + rel + '</Relationships>')
        z.writestr('word/document.xml', doc)
        if qr_jpeg: z.writestr('word/media/qr.jpeg', qr_jpeg)

def w_pages(path):
    """Page layout as docx-to-pdf-native lays it out (its reader + layout engine, no PDF written)."""
    from docx_to_pdf_native.reader import DocxReader
    from docx_to_pdf_native.layout_engine import LayoutEngine
    data = DocxReader(path).read()
    le = LayoutEngine(data['page_size'], data['headers'], data['footers'])
    for item in data['body']:
        if item['type'] == 'paragraph': le.add_paragraph(item['data']['elements'], is_bullet=item['data'].get('is_bullet', False), spacing_after=item['data'].get('spacing_after'))
        else: le.add_table(item['data'])
    return le.get_pages()

def render_w(d, pdf):
    from docx_to_pdf_native import DocxToPdfConverter
    from PIL import Image
    qr_jpeg = None
    if d.qr_payload:
        b = io.BytesIO(); qr_matrix(d).save(b, kind='png', scale=8, border=4)
        j = io.BytesIO(); Image.open(io.BytesIO(b.getvalue())).convert('RGB').save(j, 'JPEG', quality=92); qr_jpeg = j.getvalue()
    path = f'{TPL}/{d.name}.docx'
    body = w_copy_body(d, d.copies[0])
    for copy in d.copies[1:]:
        # a Word user's page break: empty paragraphs until the next copy starts on a new page
        n0 = len(w_pages_of(path, body, qr_jpeg))
        pad = []
        while True:
            pad.append(w_para())
            if len(w_pages_of(path, body + pad + [w_para(copy, True)], qr_jpeg)) > n0: break
        body = body + pad + w_copy_body(d, copy)
    write_docx(path, body, qr_jpeg)
    DocxToPdfConverter(path, pdf).convert()

def w_pages_of(path, body, qr_jpeg):
    write_docx(path, body, qr_jpeg)
    return w_pages(path)

R = {'k': render_k, 'l': render_l, 'w': render_w}
if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and d.name not in want and d.name[0] not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
