"""Build the round-20 PDFs and expected files. Run through build.sh (venv python, env of the Aspose runtime).
Usage: make_invoices.py [t m j | NAME ...]"""
import json, os, sys
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round20-scratch/tpl'
os.makedirs(TPL, exist_ok=True)
FONTS = '/usr/share/fonts/truetype'

def qr_png(d, scale):
    import segno
    p = f'{TPL}/{d.name}.qr.png'
    segno.make(d.qr_payload, error='m', micro=False).save(p, scale=scale, border=4)
    return p

# ---------------------------------------------------------------- t: Aspose.Tasks
def render_t(d, pdf):
    """The invoice as a task sheet: every printed line is one row (a task) of the sheet; the name column carries the
    issuer / document / buyer blocks, descriptions and totals labels, the text columns (Text1..Text6) the item figures."""
    import aspose.tasks as at, aspose.tasks.visualization as v, aspose.tasks.saving as s
    p = at.Project()
    others = [c for c in d.cols if c[0] != 'desc']
    defs = {}
    for k, (kind, label, al) in enumerate(others, 1):
        ed = at.ExtendedAttributeDefinition.create_task_definition(at.CustomFieldType.TEXT, getattr(at.ExtendedAttributeTask, f'TEXT{k}'), label)
        p.extended_attributes.append(ed); defs[kind] = (ed, getattr(at.Field, f'TASK_TEXT{k}'))
    def row(name, vals=None):
        t = p.root_task.children.add(name)
        for kind, val in (vals or {}).items():
            if val: t.extended_attributes.append(defs[kind][0].create_extended_attribute(val))
        return t
    amount_kind = 'amount'
    iss = d.issuer_lines + d.issuer_extra
    row(iss[0])
    for l in iss[1:]: row(l)
    row(' ')
    row(f'FACTURA {d.letter_box[0]}  -  {d.letter_box[1]}')
    for l in d.doc_lines[1:]: row(l)
    row(' ')
    for l in d.buyer_lines: row(l)
    row(' ')
    for r in d.rows:
        vals = {}
        desc = None
        for c, val in zip(d.cols, r):
            if c[0] == 'desc': desc = val
            else: vals[c[0]] = val
        row(desc[0], vals)
        for extra in desc[1:]: row(extra)
    row(' ')
    for l, val in d.totals: row(l, {amount_kind: val})
    row(' ')
    for l in d.footer_lines: row(l)
    W = {'code': 46, 'ean': 84, 'qty': 44, 'unit': 38, 'price': 66, 'bonif': 44, 'rate': 46, 'amount': 72}
    wdesc = 548 - sum(W[c[0]] for c in others)
    cols = []
    for kind, label, al in d.cols:
        if kind == 'desc': c = v.GanttChartColumn(label, wdesc, at.Field.TASK_NAME)
        else:
            c = v.GanttChartColumn(label, W[kind], defs[kind][1])
            if al == 'r': c.string_alignment = v.HorizontalStringAlignment.FAR
        cols.append(c)
    o = s.PdfSaveOptions()
    o.presentation_format = v.PresentationFormat.TASK_SHEET
    o.view = v.ProjectView(cols)
    o.page_size = v.PageSize.A4
    o.fit_content = False
    o.is_portrait = True
    p.save(pdf, o)

# ---------------------------------------------------------------- m: minipdf (Word template -> PDF)
def render_m(d, pdf):
    """A Word invoice template (python-docx) as a small shop keeps it, converted by minipdf's own Rust engine."""
    import docx, minipdf
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(14); sec.top_margin = sec.bottom_margin = Mm(12)
    st = doc.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(8.5)
    st.paragraph_format.space_after = Pt(0); st.paragraph_format.space_before = Pt(0)
    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement('w:shd')
        sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), color); tcPr.append(sh)
    def put(cell, lines, bold_first=False, size=None, align=None, bold=False):
        cell.text = ''
        for i, l in enumerate(lines):
            par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = par.add_run(l); r.bold = bold or (bold_first and i == 0)
            r.font.size = Pt(size or 8)
            if bold_first and i == 0: r.font.size = Pt(10)
            if align: par.alignment = align
    def widths(t, ws):
        t.autofit = False
        for col, w in zip(t.columns, ws): col.width = Mm(w)
        for row in t.rows:
            for c, w in zip(row.cells, ws): c.width = Mm(w)
    R = WD_ALIGN_PARAGRAPH.RIGHT
    MMW = {'code': 16, 'ean': 30, 'qty': 15, 'unit': 15, 'price': 24, 'bonif': 15, 'rate': 15, 'amount': 27}
    for ci, copy in enumerate(d.copies):
        if ci: doc.add_page_break()
        if copy:
            par = doc.add_paragraph(); par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = par.add_run(copy); r.bold = True; r.font.size = Pt(11)
        h = doc.add_table(rows=1, cols=3); h.style = 'Table Grid'
        put(h.cell(0, 0), d.issuer_lines + d.issuer_extra, bold_first=True)
        put(h.cell(0, 1), d.letter_box[:1], align=WD_ALIGN_PARAGRAPH.CENTER, size=22, bold=True)
        put(h.cell(0, 2), d.doc_lines[:1] + d.letter_box[1:] + [p for l in d.doc_lines[1:] for p in l.split('   ')], bold_first=True)
        widths(h, [96, 18, 68])
        doc.add_paragraph()
        b = doc.add_table(rows=1, cols=1); b.style = 'Table Grid'
        put(b.cell(0, 0), d.buyer_lines); widths(b, [182])
        doc.add_paragraph()
        fixed = sum(MMW[c[0]] for c in d.cols if c[0] != 'desc')
        ws = [MMW.get(c[0], 182 - fixed) for c in d.cols]
        t = doc.add_table(rows=1 + len(d.rows), cols=len(d.cols)); t.style = 'Table Grid'
        for j, (kind, label, al) in enumerate(d.cols):
            put(t.cell(0, j), [label], bold=True, align=R if al == 'r' else None); shade(t.cell(0, j), 'D9D9D9')
        for i, r in enumerate(d.rows, 1):
            for j, (c, val) in enumerate(zip(d.cols, r)):
                put(t.cell(i, j), val if c[0] == 'desc' else [val], align=R if c[2] == 'r' else None)
        widths(t, ws)
        doc.add_paragraph()
        tt = doc.add_table(rows=len(d.totals), cols=3)
        for i, (l, val) in enumerate(d.totals):
            last = i == len(d.totals) - 1
            put(tt.cell(i, 1), [l], bold=last, size=9.5 if last else None); put(tt.cell(i, 2), [val], align=R, bold=last, size=9.5 if last else None)
        widths(tt, [80, 62, 40])
        doc.add_paragraph()
        f = doc.add_table(rows=1, cols=2)
        if d.qr_payload:
            f.cell(0, 0).paragraphs[0].add_run().add_picture(qr_png(d, 5), width=Mm(36))
        put(f.cell(0, 1), ['Comprobante Autorizado'] + d.footer_lines, bold_first=False)
        f.cell(0, 1).paragraphs[0].runs[0].bold = True
        widths(f, [42, 140])
        if d.note: doc.add_paragraph(d.note)
    src = f'{TPL}/{d.name}.docx'
    doc.core_properties.author = 'Administracion'
    doc.save(src)
    for fam, fn in (('Liberation Sans', 'LiberationSans-Regular.ttf'), ('Liberation Sans Bold', 'LiberationSans-Bold.ttf')):
        minipdf.register_font(fam, open(f'{FONTS}/liberation2/{fn}', 'rb').read())
    minipdf.convert_to_pdf(src, pdf)

# ---------------------------------------------------------------- j: pdfje (the page drawn by an invoicing script)
def render_j(d, pdf):
    """A small invoicing script drawing each page with pdfje: DejaVu Sans embedded, rules instead of boxes, the AFIP QR
    drawn as vector rectangles (one per horizontal run of dark modules), the item list continued on 'Hoja 2 de 2'."""
    import segno
    from pdfje import Document, Page, RGB
    from pdfje.draw import Text, Rect, Line
    from pdfje.style import Style
    from pdfje.fonts import TrueType
    dv = f'{FONTS}/dejavu/DejaVuSans'
    font = TrueType(dv + '.ttf', dv + '-Bold.ttf', dv + '-Oblique.ttf', dv + '-BoldOblique.ttf')
    def S(size=7.5, bold=False, grey=False):
        return Style(font=font, size=size, bold=bold, color=RGB(0.35, 0.35, 0.35) if grey else RGB(0, 0, 0))
    L, R, TOP = 36, 559, 806
    W = {'code': 44, 'ean': 72, 'qty': 40, 'unit': 34, 'price': 62, 'bonif': 40, 'rate': 40, 'amount': 70}
    fixed = sum(W[c[0]] for c in d.cols if c[0] != 'desc')
    widths = [W.get(c[0], (R - L) - fixed) for c in d.cols]
    chunks = d.pages()
    npages = len(chunks)
    pages = []
    for copy in d.copies:
        for pi, chunk in enumerate(chunks):
            dr = []
            T = lambda x, y, s, st=None, al='left': dr.append(Text((x, y + 0.93 * (st or S()).size), s, st or S(), align=al))
            y = TOP
            if copy: T(R, y + 14, copy, S(9, True), 'right')
            # issuer block (left)
            T(L, y, d.issuer_lines[0], S(12 if len(d.issuer_lines[0]) <= 26 else 9.5, True))
            yy = y - 13
            for l in d.issuer_lines[1:]: T(L, yy, l, S(8)); yy -= 10
            for l in d.issuer_extra: T(L, yy, l, S(7)); yy -= 9
            # letter box (centre)
            dr.append(Rect((281, y - 38), 34, 44, fill=None, stroke=RGB(0, 0, 0)))
            T(298, y - 20, d.letter_box[0], S(22, True), 'center'); T(298, y - 33, d.letter_box[1], S(6), 'center')
            # document block (right)
            T(335, y, d.doc_lines[0], S(12, True))
            ry = y - 14
            for l in d.doc_lines[1:]: T(335, ry, l, S(8.5)); ry -= 11
            if npages > 1: T(335, ry, f'Hoja {pi + 1} de {npages}', S(7.5, grey=True)); ry -= 11
            y = min(yy, ry) - 4
            dr.append(Line((L, y), (R, y)))
            y -= 12
            for l in d.buyer_lines: T(L, y, l, S(8)); y -= 10
            y -= 4
            dr.append(Line((L, y), (R, y)))
            # items
            y -= 12
            x = L
            for (kind, label, al), w in zip(d.cols, widths):
                T(x + w - 3 if al == 'r' else x + 2, y, label, S(7.5, True), 'right' if al == 'r' else 'left'); x += w
            y -= 5; dr.append(Line((L, y), (R, y))); y -= 10
            for r in chunk:
                x = L; h = 1
                for (kind, label, al), w, val in zip(d.cols, widths, r):
                    if kind == 'desc':
                        for k, part in enumerate(val): T(x + 2, y - 9 * k, part, S(7.5))
                        h = max(h, len(val))
                    elif val:
                        T(x + w - 3 if al == 'r' else x + 2, y, val, S(7.5), 'right' if al == 'r' else 'left')
                    x += w
                y -= 9 * h + 3
            dr.append(Line((L, y + 5), (R, y + 5)))
            if pi < npages - 1:
                T(R, y - 8, 'Continúa en la hoja siguiente', S(7, grey=True), 'right')
            else:
                y -= 10
                for k, (l, val) in enumerate(d.totals):
                    last = k == len(d.totals) - 1
                    if last: y -= 3
                    T(420, y, l, S(9.5 if last else 8, last), 'right'); T(R, y, val, S(9.5 if last else 8, last), 'right'); y -= 13 if last else 11
                y -= 10
                fy = y
                if d.qr_payload:
                    m = 1.5
                    rows = list(segno.make(d.qr_payload, error='m', micro=False).matrix_iter(scale=1, border=4))
                    n = len(rows)
                    for ri, row in enumerate(rows):
                        ci = 0
                        while ci < n:
                            if row[ci]:
                                cj = ci
                                while cj < n and row[cj]: cj += 1
                                dr.append(Rect((L + ci * m, fy - (ri + 1) * m), (cj - ci) * m, m, fill=RGB(0, 0, 0), stroke=None))
                                ci = cj
                            else: ci += 1
                    tx = L + n * m + 12
                else:
                    tx = L
                T(tx, fy - 16, 'Comprobante autorizado', S(8.5, True))
                for k, l in enumerate(d.footer_lines): T(tx, fy - 30 - 11 * k, l, S(8))
            if d.note: T(L, 40, d.note, S(7, grey=True))
            pages.append(Page(dr))
    doc = Document(pages)
    doc.write(pdf)

RENDER = {'t': render_t, 'm': render_m, 'j': render_j}

def main(args):
    want = set(args)
    for d in docs.DOCS():
        if want and d.name[0] not in want and d.name not in want: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        RENDER[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)

if __name__ == '__main__':
    main(sys.argv[1:])
