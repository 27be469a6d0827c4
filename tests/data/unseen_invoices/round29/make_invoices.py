"""Build the round-29 PDFs and expected files. Run with the venv python (see MANIFEST.md):
    python make_invoices.py [p j r | NAME ...]"""
import base64, io, json, os, sys
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round29-scratch/tpl'
os.makedirs(TPL, exist_ok=True)
LIB = '/usr/share/fonts/truetype/liberation/'

def qr_png_bytes(d, scale):
    buf = io.BytesIO()
    segno.make(d.qr_payload, error='m', micro=False).save(buf, kind='png', scale=scale, border=4)
    open(f'{TPL}/{d.name}.qr.png', 'wb').write(buf.getvalue())
    return buf.getvalue()

def pages_of(d):
    n = d.rows_per_page or len(d.rows)
    return [d.rows[i:i + n] for i in range(0, len(d.rows), n)] or [[]]

# ---------- p: gopdfsuit (Go) via pypdfsuit ----------
def render_p(d, pdf):
    from pypdfsuit import Cell, Table, Row, Element, Spacer, Image, PDFTemplate, Config, Title, Footer, generate_pdf, merge_pdfs
    from pypdfsuit.builder import make_props, font_from_path
    F, FB = 'Arimo', 'ArimoB'
    def P(size, bold=False, align='left', b=(0, 0, 0, 0)):
        return make_props(FB if bold else F, size, False, False, False, align, b)
    def tbl(widths, rows, heights=None):
        return Element(type='table', table=Table(max_columns=len(widths), column_widths=widths, rows=[Row(row=r) for r in rows], row_heights=heights))
    def one(copy):
        el = []
        if copy:
            el.append(tbl([1.0], [[Cell(props=P(11, True, 'center', (1, 1, 1, 1)), text=copy, bg_color='#EEEEEE')]]))
            el.append(Element(type='spacer', spacer=Spacer(height=4)))
        iss, dl = d.issuer_lines, d.doc_lines
        n = max(len(iss), len(dl) - 2)
        rows, hs = [], []
        for i in range(n):
            last = i == n - 1
            t = iss[i] if i < len(iss) else ''
            c0 = Cell(props=P((12 if len(t) < 30 else 10) if i == 0 else 8, i == 0, 'left', (1, 0, 1 if i == 0 else 0, 1 if last else 0)), text=t)
            if i == 0: c1 = Cell(props=P(22, True, 'center', (1, 1, 1, 0)), text=dl[1])
            elif i == 1: c1 = Cell(props=P(7, True, 'center', (1, 1, 0, 1)), text=dl[2])
            else: c1 = Cell(props=P(8, False, 'center', (0, 0, 0, 1 if last else 0)), text='')
            dtxt = dl[0] if i == 0 else (dl[i + 2] if i + 2 < len(dl) else '')
            c2 = Cell(props=P(13 if i == 0 else 9, i == 0 or (i == 1), 'left', (0, 1, 1 if i == 0 else 0, 1 if last else 0)), text=dtxt)
            rows.append([c0, c1, c2]); hs.append(1.1 if i == 0 else 0.55)
        el.append(tbl([4.4, 0.9, 4.3], rows, hs))
        el.append(Element(type='spacer', spacer=Spacer(height=6)))
        bl = d.buyer_lines
        el.append(tbl([1.0], [[Cell(props=P(8.5, False, 'left', (1, 1, 1 if i == 0 else 0, 1 if i == len(bl) - 1 else 0)), text=x)] for i, x in enumerate(bl)],
                      [0.55] * len(bl)))
        el.append(Element(type='spacer', spacer=Spacer(height=8)))
        W = {'code': 0.9, 'ean': 1.5, 'qty': 0.75, 'unit': 0.6, 'unit2': 0.7, 'desc': 4.2, 'price': 1.3, 'bonif': 0.8, 'rate': 0.9, 'amount': 1.5}
        widths = [W[c[0]] for c in d.cols]
        al = lambda a: 'right' if a == 'r' else 'left'
        irows = [[Cell(props=P(8, True, al(a), (1, 1, 1, 1)), text=h, bg_color='#D9D9D9') for _, h, a in d.cols]]
        for r in d.rows:
            irows.append([Cell(props=P(8, False, al(c[2]), (0, 0, 0, 1)), text=v, wrap=True if c[0] == 'desc' else None) for c, v in zip(d.cols, r)])
        el.append(tbl(widths, irows))
        el.append(Element(type='spacer', spacer=Spacer(height=8)))
        trows = []
        for i, (l, v) in enumerate(d.totals):
            lastt = i == len(d.totals) - 1
            trows.append([Cell(props=P(8, False, 'left', (0, 0, 0, 0)), text=''), Cell(props=P(11 if lastt else 9, lastt, 'left', (1, 0, 1 if lastt else 0, 1 if lastt else 0)), text=l),
                          Cell(props=P(11 if lastt else 9, lastt, 'right', (0, 1, 1 if lastt else 0, 1 if lastt else 0)), text=v)])
        el.append(tbl([4.5, 3.0, 1.8], trows, [0.62] * len(trows)))
        el.append(Element(type='spacer', spacer=Spacer(height=10)))
        fl = ['Comprobante Autorizado'] + d.footer_lines
        frows = []
        for i, x in enumerate(fl):
            c0 = Cell(props=P(8, False, 'left', (0, 0, 0, 0)), text='')
            if i == 0 and d.qr_payload:
                img = Image(image_name=f'{d.name}.png', image_data=base64.b64encode(qr_png_bytes(d, 5)).decode(), width=105, height=105)
                c0 = Cell(props=P(8, False, 'left', (0, 0, 0, 0)), image=img, height=110)
            frows.append([c0, Cell(props=P(9, i == 0, 'left', (0, 0, 0, 0)), text=x)])
        el.append(tbl([1.4, 6.0], frows, [4.6 if (i == 0 and d.qr_payload) else 0.55 for i in range(len(fl))]))
        cfg = Config(page='A4', page_alignment=1, custom_fonts=[font_from_path(F, LIB + 'LiberationSans-Regular.ttf'), font_from_path(FB, LIB + 'LiberationSans-Bold.ttf')],
                     pdf_title=f'Factura {d.letter} {d.pos:05d}-{d.number:08d}')
        t = PDFTemplate(config=cfg, title=Title(props=P(8), text=''), elements=el)
        json.dump(t.to_dict(), open(f'{TPL}/{d.name}.gopdfsuit.json', 'w'), ensure_ascii=False, indent=1)
        return generate_pdf(t)
    parts = [one(c) for c in d.copies]
    data = parts[0] if len(parts) == 1 else merge_pdfs(parts)
    open(pdf, 'wb').write(data)

# ---------- j: jtypeset (C++ typesetter, own PDF writer) ----------
def render_j(d, pdf):
    import jtypeset as ts
    DJ = '/usr/share/fonts/truetype/dejavu/'
    fonts = ts.FontSet()
    fonts.load_file(DJ + 'DejaVuSansCondensed.ttf', 'r'); fonts.load_file(DJ + 'DejaVuSansCondensed-Bold.ttf', 'b')
    def S(size, bold=False, grey=False):
        st = ts.TextStyle(['b' if bold else 'r'], size)
        st.language = 'es'
        if grey: st.fill = ts.Color(80, 80, 80)
        return st
    def para(text, st, align=None):
        ps = ts.ParagraphStyle()
        if align is not None: ps.align = align
        return ts.Paragraph(text, st, ps)
    def cell(paras, colspan=1, valign=None):
        c = ts.TableCell(paras[0], colspan)
        c.paras = paras
        return c
    seq = ts.PageSequence(); seq.master.size = ts.paper.A4; seq.master.writing_mode = ts.WritingMode.HORIZONTAL_TB
    seq.master.margin = ts.Margins(36, 48, 36, 36)
    seq.master.footer = ts.RunningText(para('Hoja {page} de {pages}', S(7, grey=True), ts.Align.END), 14)
    flow = ts.Flow()
    reg = ts.ObjectRegistry()
    if d.qr_payload:
        mat = segno.make(d.qr_payload, error='m', micro=False).matrix
        m, b = 1.5, 4; W = (len(mat) + 2 * b) * m
        rects = []
        for r, row in enumerate(mat):
            c = 0
            while c < len(row):
                if row[c]:
                    e = c
                    while e < len(row) and row[e]: e += 1
                    rects.append(f'<rect x="{(c + b) * m:.2f}" y="{(r + b) * m:.2f}" width="{(e - c) * m:.2f}" height="{m:.2f}"/>'); c = e
                else: c += 1
        svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="{W:.2f}pt" height="{W:.2f}pt" viewBox="0 0 {W:.2f} {W:.2f}"><g fill="#000">{"".join(rects)}</g></svg>'
        open(f'{TPL}/{d.name}.qr.svg', 'w').write(svg)
        reg.add('afipqr', lambda req: svg)
    for ci, copy in enumerate(d.copies):
        if ci: flow.add_page_break()
        if copy: flow.add_paragraph(para(copy, S(10, True), ts.Align.CENTER))
        iss, dl = d.issuer_lines, d.doc_lines
        hdr = ts.TableBlock(); hdr.full_width = True; hdr.cell_padding = 5
        hdr.columns = [ts.TableColumn(0, ts.Align.START), ts.TableColumn(62, ts.Align.CENTER), ts.TableColumn(0, ts.Align.START)]
        c0 = cell([para(iss[0], S(12, True))] + [para(x, S(8)) for x in iss[1:]])
        c1 = cell([para(dl[1], S(26, True), ts.Align.CENTER), para(dl[2], S(7, True), ts.Align.CENTER)])
        c2 = cell([para(dl[0], S(14, True))] + [para(x, S(9, i == 0)) for i, x in enumerate(dl[3:])])
        hdr.rows = [ts.TableRow([c0, c1, c2])]
        bo = ts.TableBorders(); bo.outer = 0.8; bo.inner = 0.5; bo.vertical = True; bo.horizontal = True; hdr.borders = bo
        flow.add_table(hdr)
        flow.add_spacer(6)
        bt = ts.TableBlock(); bt.full_width = True; bt.cell_padding = 4
        bt.columns = [ts.TableColumn(0, ts.Align.START)]
        bt.rows = [ts.TableRow([cell([para(x, S(8.5)) for x in d.buyer_lines])])]
        bo2 = ts.TableBorders(); bo2.outer = 0.6; bt.borders = bo2
        flow.add_table(bt)
        flow.add_spacer(8)
        W = {'code': 42, 'ean': 72, 'qty': 40, 'unit': 28, 'unit2': 34, 'desc': 0, 'price': 62, 'bonif': 40, 'rate': 44, 'amount': 70}
        it = ts.TableBlock(); it.full_width = True; it.cell_padding = 3; it.repeat_header = True
        it.columns = [ts.TableColumn(W[c[0]], ts.Align.END if c[2] == 'r' else ts.Align.START) for c in d.cols]
        al = lambda a: ts.Align.END if a == 'r' else ts.Align.START
        rows = [ts.TableRow([cell([para(h, S(8, True), al(a))]) for _, h, a in d.cols], True)]
        for r in d.rows:
            rows.append(ts.TableRow([cell([para(v, S(8), al(c[2]))]) for c, v in zip(d.cols, r)]))
        it.rows = rows
        bo3 = ts.TableBorders(); bo3.outer = 0.6; bo3.inner = 0.3; bo3.header_rule = 1.0; bo3.vertical = False; bo3.horizontal = True
        bo3.color = ts.Color(120, 120, 120); it.borders = bo3
        flow.add_table(it)
        flow.add_spacer(8)
        tt = ts.TableBlock(); tt.align = ts.Align.END; tt.cell_padding = 2
        tt.columns = [ts.TableColumn(170, ts.Align.START), ts.TableColumn(90, ts.Align.END)]
        trs = []
        for i, (l, v) in enumerate(d.totals):
            last = i == len(d.totals) - 1
            trs.append(ts.TableRow([cell([para(l, S(10.5 if last else 8.5, last))]), cell([para(v, S(10.5 if last else 8.5, last), ts.Align.END)])]))
        tt.rows = trs
        bo4 = ts.TableBorders(); bo4.outer = 0.0; bo4.inner = 0.0; bo4.vertical = False; bo4.horizontal = False; tt.borders = bo4
        flow.add_table(tt)
        flow.add_spacer(10)
        ft = ts.TableBlock(); ft.cell_padding = 3
        fps = [para('Comprobante Autorizado', S(9, True))] + [para(x, S(8.5)) for x in d.footer_lines]
        if d.qr_payload:
            qp = ts.Paragraph(); qp.add_object('afipqr', d.name, S(8))
            ft.columns = [ts.TableColumn(W_QR := 0, ts.Align.START), ts.TableColumn(300, ts.Align.START)]
            ft.rows = [ts.TableRow([cell([qp]), cell(fps)])]
        else:
            ft.columns = [ts.TableColumn(300, ts.Align.START)]
            ft.rows = [ts.TableRow([cell(fps)])]
        bo5 = ts.TableBorders(); bo5.outer = 0.0; bo5.inner = 0.0; bo5.vertical = False; bo5.horizontal = False; ft.borders = bo5
        flow.add_table(ft)
    pages = ts.FlowLayouter(fonts).layout(flow, seq, objects=reg)
    if reg.errors: raise RuntimeError(reg.errors)
    ok, errs = ts.save_pdf(pages, pdf, title=f'Factura {d.letter} {d.pos:05d}-{d.number:08d}', author=d.merchant)
    if not ok: raise RuntimeError(errs)

# ---------- r: pdfrune (Rust) ----------
HW = {**{c: 556 for c in '0123456789$'}, ' ': 278, ',': 278, '.': 278, '-': 333, '%': 889, '(': 333, ')': 333, 'U': 722, 'S': 667, 'D': 722,
      ':': 278, 'k': 500, 'g': 556}
def hwidth(s, size):
    w = 0
    for ch in s:
        if ch in HW: w += HW[ch]
        elif ch in 'iIlj|!\'': w += 222
        elif ch in 'mwMW': w += 833
        elif ch.isupper(): w += 680
        else: w += 540
    return w * size / 1000

def wrap(s, width, size):
    out, cur = [], ''
    for w in s.split(' '):
        t = (cur + ' ' + w) if cur else w
        if cur and hwidth(t, size) > width: out.append(cur); cur = w
        else: cur = t
    return out + [cur]

def render_r(d, pdf):
    import pdfrune as pr
    doc = pr.Document()
    W, H, L, R = 595.0, 842.0, 30.0, 565.0
    K = (0, 0, 0)
    pages = pages_of(d)
    total_pages = len(pages) * len(d.copies)
    pno = 0
    for copy in d.copies:
        for pi, rows in enumerate(pages):
            pno += 1
            pg = doc.new_page(width=W, height=H)
            def T(x, y, s, size=8.0, right=False, center=False):
                if right: x -= hwidth(s, size)
                if center: x -= hwidth(s, size) / 2
                pg.insert_text(pr.Point(x, y), s, fontsize=size)
            def box(x0, y0, x1, y1, fill=None, lw=0.7):
                pg.draw_rect(pr.Rect(x0, y0, x1, y1), color=K, fill=fill, width=lw)
            def hline(x0, x1, y, lw=0.5):
                pg.draw_rect(pr.Rect(x0, y, x1, y + lw), color=None, fill=K, width=0)
            def vline(x, y0, y1, lw=0.5):
                pg.draw_rect(pr.Rect(x, y0, x + lw, y1), color=None, fill=K, width=0)
            if copy: T(R, 30, copy, 10, right=True)
            iss, dl = d.issuer_lines, d.doc_lines
            top, hb = 36.0, 36.0 + 16 + 12.5 * max(len(iss), len(dl) - 1)
            box(L, top, R, hb); vline(W / 2, top + 44, hb)
            box(W / 2 - 22, top, W / 2 + 22, top + 44, fill=(1, 1, 1))
            T(W / 2, top + 27, dl[1], 24, center=True); T(W / 2, top + 39, dl[2], 6.5, center=True)
            y = top + 18
            for i, x in enumerate(iss):
                T(L + 8, y, x, 12.5 if i == 0 else 8); y += 15 if i == 0 else 12
            T(W / 2 + 32, top + 20, dl[0], 15)
            y = top + 36
            for x in dl[3:]:
                T(W / 2 + 32, y, x, 9); y += 13
            by = hb + 8
            box(L, by, R, by + 10 + 11.5 * len(d.buyer_lines))
            y = by + 14
            for x in d.buyer_lines: T(L + 8, y, x, 8.5); y += 11.5
            # items
            CW = {'code': 44, 'ean': 70, 'qty': 38, 'unit': 26, 'unit2': 32, 'desc': 0, 'price': 62, 'bonif': 38, 'rate': 40, 'amount': 66}
            fixed = sum(CW[c[0]] for c in d.cols); dw = (R - L - 8) - fixed
            xs, x = [], L + 4
            for c in d.cols:
                w = CW[c[0]] or dw; xs.append((x, w)); x += w
            ty = by + 18 + 11.5 * len(d.buyer_lines)
            box(L, ty, R, ty + 15, fill=(0.82, 0.82, 0.82), lw=0.5)
            for (x, w), (k, h, a) in zip(xs, d.cols):
                T(x + w - 3 if a == 'r' else x + 2, ty + 10.5, h, 7.5, right=a == 'r')
            y = ty + 26
            for row in rows:
                lines = 1
                for (x, w), c, v in zip(xs, d.cols, row):
                    if c[0] == 'desc':
                        parts = wrap(v, w - 6, 8); lines = len(parts)
                        for j, part in enumerate(parts): T(x + 2, y + 10 * j, part, 8)
                    else:
                        T(x + w - 3 if c[2] == 'r' else x + 2, y, v, 8, right=c[2] == 'r')
                y += 10 * lines + 3.5
            hline(L, R, y - 6)
            if pi < len(pages) - 1:
                T(R, 800, 'Continua en hoja siguiente', 8, right=True)
            else:
                ty2 = y + 8
                for i, (l, v) in enumerate(d.totals):
                    last = i == len(d.totals) - 1
                    if last: box(W / 2 + 20, ty2 - 10, R, ty2 + 5, fill=(0.9, 0.9, 0.9), lw=0.6)
                    T(W / 2 + 26, ty2, l, 10 if last else 8.5); T(R - 6, ty2, v, 10 if last else 8.5, right=True); ty2 += 13
                fy = max(ty2 + 14, 640.0) if ty2 < 640 else ty2 + 14
                qx = L + 4
                if d.qr_payload:
                    mat = segno.make(d.qr_payload, error='m', micro=False).matrix
                    m, b = 1.5, 4
                    for r, rw in enumerate(mat):
                        c = 0
                        while c < len(rw):
                            if rw[c]:
                                e = c
                                while e < len(rw) and rw[e]: e += 1
                                pg.draw_rect(pr.Rect(qx + (c + b) * m, fy + (r + b) * m, qx + (e + b) * m, fy + (r + b + 1) * m), color=None, fill=K, width=0)
                                c = e
                            else: c += 1
                    tx = qx + (len(mat) + 2 * b) * m + 12
                else: tx = qx
                yy = fy + 20
                for x in [d.T('Comprobante Autorizado')] + d.footer_lines:
                    T(tx, yy, x, 8.5); yy += 12
            if len(pages) > 1 or len(d.copies) > 1:
                T(W / 2, 822, f'Hoja {pi + 1} de {len(pages)}', 7.5, center=True)
    doc.set_metadata({'creator': 'SIFAC Gestion 4.1'})
    kw = dict(encryption='rc4-128', user_pw='', owner_pw='sifac-' + d.cae[-6:]) if d.encrypt else {}
    doc.save(pdf, deflate=True, **kw)

RENDER = {'p': render_p, 'j': render_j, 'r': render_r}

def main(argv):
    sel = argv[1:]
    for d in docs.DOCS():
        if sel and not any(d.name == s or d.name.startswith(s) for s in sel): continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        RENDER[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)

if __name__ == '__main__':
    main(sys.argv)
