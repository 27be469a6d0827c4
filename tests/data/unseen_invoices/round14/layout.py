"""Page layouts: a draw list (FreeHEP and Text::PDF renderers) and plain text (texttopdf)."""
import segno
from decimal import Decimal as D
from core import money, qty_text, fmt_date, fmt_cuit

W, H, L, R = 595, 842, 32, 563
COLW = {'code': 46, 'ean': 74, 'qty': 46, 'unit': 40, 'price': 68, 'bonif': 42, 'rate': 44, 'amount': 72, 'net': 64, 'civa': 72}
LEFTCOLS = {'code', 'ean', 'desc', 'unit'}

def rate_txt(r):
    return (f'{r:.1f}'.replace('.', ',').replace(',0', '') if r != r.to_integral() else str(int(r))) + '%'

def qr_rows(url, border=0):
    q = segno.make(url, error='m', micro=False)
    return ['' .join('1' if v else '0' for v in row) for row in q.matrix_iter(scale=1, border=border)]

def wrap(text, n):
    out, cur = [], ''
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > n: out.append(cur); cur = w
        else: cur = (cur + ' ' + w) if cur else w
    return out + [cur]

class DL:
    def __init__(self, font): self.ops = [f'SIZE\t{W}\t{H}']; self.font = font
    def page(self): self.ops.append('PAGE')
    def t(self, x, y, s, size=8, bold=False, align='l', font=None):
        s = s.replace('\t', ' ')
        self.ops.append(f'T\t{font or self.font}\t{1 if bold else 0}\t{size}\t{x:.2f}\t{y:.2f}\t{align}\t{s}')
    def line(self, x1, y1, x2, y2, w=0.5): self.ops.append(f'L\t{x1}\t{y1}\t{x2}\t{y2}\t{w}')
    def rect(self, x, y, w, h, g=0.85): self.ops.append(f'R\t{x}\t{y}\t{w}\t{h}\t{g}')
    def box(self, x, y, w, h): self.ops.append(f'B\t{x}\t{y}\t{w}\t{h}')
    def qr(self, x, y, m, rows, image): self.ops.append(f'{"QI" if image else "QV"}\t{x}\t{y}\t{m}\t{"/".join(rows)}')

def numtxt(doc, st):
    pv, nr = f'{doc.pos:05d}', f'{doc.number:08d}'
    if st['numfmt'] == 'pvnro': return [f'Punto de Venta: {pv}   Comp. Nro: {nr}']
    if st['numfmt'] == 'dash': return [f'Nº {doc.pos:04d}-{nr}']
    return [f'FACTURA {doc.letter} {doc.pos:04d}-{nr}']

def header(d, doc, st, copy, pageno, npages):
    S = st; dt = fmt_date(doc.date, S['date']); cu = fmt_cuit(doc.issuer_cuit, S['dashed'])
    d.box(L, 30, R - L, 16); d.t(W / 2, 41, copy, 9, True, 'c')
    # letter box
    d.box(W / 2 - 22, 52, 44, 42); d.t(W / 2, 80, doc.letter, 26, True, 'c')
    d.t(W / 2, 91, f'COD. {doc.code:03d}', 6.5, True, 'c')
    y = 64
    if S['head'] == 'afip':
        if doc.trade_name: d.t(L + 4, y, doc.trade_name, 14, True); y += 16
        if S.get('wrap_name') or len(doc.legal_name) > 27:
            parts = wrap(doc.legal_name, 30)
            d.t(L + 4, y, 'Razón Social: ' + parts[0], 8.5, True); y += 11
            for p in parts[1:]: d.t(L + 4, y, p, 8.5, True); y += 11
        else:
            d.t(L + 4, y, 'Razón Social: ' + doc.legal_name, 8.5 if len(doc.legal_name) < 34 else 7.5, True); y += 11
        for s in [f'Domicilio Comercial: {doc.issuer_addr}', f'Condición frente al IVA: {doc.issuer_iva}']:
            d.t(L + 4, y, s, 7.2); y += 10
        x = W / 2 + 32; yy = 64
        d.t(x, yy, 'FACTURA', 14, True); yy += 14
        for s in numtxt(doc, S): d.t(x, yy, s, 8.5, True); yy += 11
        for s in [f'Fecha de Emisión: {dt}', f'CUIT: {cu}', f'Ingresos Brutos: {doc.iibb}',
                  f'Fecha de Inicio de Actividades: {fmt_date(doc.inicio, S["date"])}']:
            d.t(x, yy, s, 7.5); yy += 10
        y = max(y, yy)
    else:
        if doc.trade_name: d.t(L + 4, y, doc.trade_name, 15, True); y += 15
        name_size = 9.5 if S['head'] == 'right' else 12
        for p in (wrap(doc.legal_name, 34) if len(doc.legal_name) > 34 else [doc.legal_name]):
            d.t(L + 4, y, p, name_size, True); y += name_size + 2
        for s in [doc.issuer_addr, f'CUIT: {cu}   IIBB: {doc.iibb}', doc.issuer_iva,
                  f'Inicio de Actividades: {fmt_date(doc.inicio, S["date"])}']:
            d.t(L + 4, y, s, 7.2); y += 9.5
        yy = 64
        if S['head'] == 'right':
            d.t(R - 4, yy, 'FACTURA', 16, True, 'r'); yy += 15
            for s in numtxt(doc, S): d.t(R - 4, yy, s, 10, True, 'r'); yy += 12
            d.t(R - 4, yy, f'Fecha: {dt}', 8.5, False, 'r'); yy += 11
        else:
            for s in numtxt(doc, S): d.t(R - 4, yy, s, 12, True, 'r'); yy += 14
            d.t(R - 4, yy, f'Fecha de emisión: {dt}', 8.5, False, 'r'); yy += 11
        y = max(y, yy)
    if npages > 1: d.t(R - 4, y, f'Hoja {pageno} de {npages}', 7, False, 'r')
    y += 6; d.line(L, y, R, y, 0.8); y += 11
    if doc.buyer_cuit:
        rows = [(f'Razón Social: {doc.buyer_name}', f'CUIT: {fmt_cuit(doc.buyer_cuit, S["dashed"])}'),
                (f'Condición frente al IVA: {doc.buyer_iva}', f'Condición de venta: {doc.cond_venta}'),
                (f'Domicilio: {doc.buyer_addr}', '')]
    elif doc.buyer_doc_type == 99:
        rows = [('Cliente: CONSUMIDOR FINAL', f'Condición de venta: {doc.cond_venta}')]
    else:
        rows = [(f'Señor(es): {doc.buyer_name}', f'DNI: {doc.buyer_doc_nr}'),
                (f'Condición frente al IVA: {doc.buyer_iva}', f'Condición de venta: {doc.cond_venta}')]
    for a, b in rows:
        d.t(L + 4, y, a, 7.5); d.t(W / 2 + 32, y, b, 7.5); y += 10
    if doc.currency == 'USD':
        d.t(L + 4, y, 'Moneda: USD', 7.5, True); d.t(W / 2 + 32, y, f'Tipo de cambio: {money(doc.ctz)}', 7.5); y += 10
    y += 2; d.line(L, y, R, y, 0.8)
    return y + 6

def cols_geom(st):
    cols = st['cols']; fixed = sum(COLW[c] for c in cols if c != 'desc')
    descw = (R - L) - fixed; x = L; out = []
    for c in cols:
        w = descw if c == 'desc' else COLW[c]; out.append((c, x, w)); x += w
    return out, descw

def cell(doc, it, c, st):
    m = lambda v: money(v, st['money'])
    if c == 'code': return it.code or ''
    if c == 'ean': return it.ean or it.code or ''
    if c == 'qty': return qty_text(it.qty) if it.qty is not None else ''
    if c == 'unit': return it.unit if it.qty is not None else ''
    if c == 'price': return m(it.price) if it.qty is not None else ''
    if c == 'bonif': return f'{it.bonif:.2f}'.replace('.', ',')
    if c == 'rate': return rate_txt(it.rate)
    if c in ('amount', 'net'): return m(it.amount)
    if c == 'civa': return m(it.amount_civa)

def totals_lines(doc, st):
    m = lambda v: money(v, st['money']); A = doc.letter == 'A'; out = []
    if A:
        if doc.totals_discount or st['head'] != 'afip': out.append(('Subtotal:', m(doc.subtotal)))
        for l, a in doc.discount_lines: out.append((l + ':', m(a)))
        out.append(('Importe Neto Gravado:', m(doc.neto)))
        for r, a in doc.vat_lines: out.append((f'IVA {rate_txt(r)}:', m(a)))
    else:
        out.append(('Subtotal:', m(doc.subtotal)))
        for l, a in doc.discount_lines: out.append((l + ':', m(a)))
    for l, _, a in doc.tax_lines: out.append((l + ':', m(a)))
    out.append(('Importe Total:' if st['head'] == 'afip' else 'TOTAL:', m(doc.total)))
    return out

def draw_doc(doc):
    st = doc.style; d = DL(st.get('font', 'Helvetica'))
    geom, descw = cols_geom(st)
    size = 7.6; nchar = int(descw / (size * 0.62))
    rows = [(it, wrap(it.desc, nchar)) for it in doc.items]
    # paginate: first pass to count pages
    def paginate():
        pages, cur, y = [], [], 0
        for it, lines in rows:
            h = 11 * len(lines)
            if y + h > 430 and cur: pages.append(cur); cur, y = [], 0
            cur.append((it, lines)); y += h
        if y > 330: pages.append(cur); cur = []
        pages.append(cur); return pages
    pages = paginate() if st.get('multipage') else [rows]
    url = doc.qr_url() if doc.qr_mode else None
    for copy in doc.copies:
        for pi, prow in enumerate(pages, 1):
            d.page(); y = header(d, doc, st, copy, pi, len(pages))
            d.rect(L, y, R - L, 14); 
            for c, x, w in geom:
                lab = st['labels'][c]
                if c in LEFTCOLS: d.t(x + 3, y + 10, lab, 7.2, True)
                else: d.t(x + w - 3, y + 10, lab, 7.2, True, 'r')
            y += 26
            for it, lines in prow:
                for c, x, w in geom:
                    if c == 'desc':
                        for k, ln in enumerate(lines): d.t(x + 3, y + 11 * k, ln, size)
                    else:
                        v = cell(doc, it, c, st)
                        if c in LEFTCOLS: d.t(x + 3, y, v, size)
                        else: d.t(x + w - 3, y, v, size, False, 'r')
                y += 11 * len(lines)
            if pi < len(pages):
                d.line(L, 790, R, 790); d.t(R - 4, 802, 'Continúa en la hoja siguiente', 7, False, 'r'); continue
            y += 4; d.line(L, y, R, y, 0.8); y += 14
            for lab, val in totals_lines(doc, st):
                big = lab.startswith(('Importe Total', 'TOTAL'))
                d.t(R - 100, y, lab, 9.5 if big else 8, big, 'r'); d.t(R - 4, y, val, 9.5 if big else 8, big, 'r'); y += 14 if big else 11
            y = max(y + 10, 655)
            d.line(L, y, R, y, 0.5); y += 8
            if url:
                qrows = qr_rows(url, border=4 if doc.qr_mode == 'image' else 0)
                m = 1.6; d.qr(L + 6, y, m, qrows, doc.qr_mode == 'image')
                tx = L + 6 + len(qrows) * m + 12
            else: tx = L + 6
            d.t(tx, y + 12, 'Comprobante Autorizado', 9, True)
            d.t(tx, y + 40, 'Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación', 6)
            d.t(R - 4, y + 12, f'CAE N°: {doc.cae}', 9, True, 'r')
            d.t(R - 4, y + 24, f'Fecha de Vto. de CAE: {fmt_date(doc.cae_vto, st["date"])}', 8, False, 'r')
    return '\n'.join(d.ops) + '\n'

# ---------------- plain text for texttopdf ----------------
TW = 90
def text_doc(doc):
    st = doc.style; m = lambda v: money(v, st['money']); A = doc.letter == 'A'
    dt = fmt_date(doc.date, st['date']); cu = fmt_cuit(doc.issuer_cuit, st['dashed'])
    o = []
    def lr(a, b): o.append(a + ' ' * max(1, TW - len(a) - len(b)) + b)
    v = st['mono']
    o.append('=' * TW if v != 2 else '-' * TW)
    lr(doc.legal_name, f'FACTURA {doc.letter}  COD. {doc.code:02d}' if v != 2 else f'FACTURA {doc.letter}')
    if v == 1:
        lr(doc.issuer_addr, f'Punto de Venta: {doc.pos:05d}  Comp. Nro: {doc.number:08d}')
        lr(f'CUIT: {cu}   Ing. Brutos: {doc.iibb}', f'Fecha de Emisión: {dt}')
        lr(doc.issuer_iva, f'Inicio de Actividades: {fmt_date(doc.inicio, st["date"])}')
    else:
        lr(doc.issuer_addr, f'Nº {doc.pos:04d}-{doc.number:08d}')
        lr(f'C.U.I.T. {cu}', f'Fecha: {dt}')
        lr(doc.issuer_iva + f' - IIBB {doc.iibb}', f'COD. {doc.code:03d}' if v == 2 else '')
    o.append('=' * TW if v != 2 else '-' * TW)
    if doc.buyer_cuit:
        lr(f'Razón Social: {doc.buyer_name}', f'CUIT: {fmt_cuit(doc.buyer_cuit, st["dashed"])}')
        lr(f'Condición frente al IVA: {doc.buyer_iva}', f'Cond. de venta: {doc.cond_venta}')
    elif doc.buyer_doc_type == 99:
        lr('Cliente: CONSUMIDOR FINAL', f'Cond. de venta: {doc.cond_venta}')
    else:
        lr(f'Señor(es): {doc.buyer_name}  DNI {doc.buyer_doc_nr}', f'Cond. de venta: {doc.cond_venta}')
    o.append('-' * TW)
    # columns: (key, header, width, align)
    if v == 1 and any(it.ean for it in doc.items) or any(it.code for it in doc.items):
        cols = [('ean', 'Código', 14, 'l')]
    else: cols = []
    if any(it.qty for it in doc.items): cols += [('qty', 'Cant.', 8, 'r'), ('unit', 'Un', 3, 'l')]
    cols += [('desc', 'Descripción', 0, 'l')]
    if any(it.qty for it in doc.items): cols += [('price', 'P.Unit.', 12, 'r')]
    if A: cols += [('rate', 'IVA', 6, 'r')]
    cols += [('amount', 'Importe', 13, 'r')]
    fixed = sum(w for _, _, w, _ in cols) + len(cols) - 1
    dw = TW - fixed
    cols = [(k, h, dw if k == 'desc' else w, a) for k, h, w, a in cols]
    def fmtrow(vals):
        parts = []
        for (k, h, w, a), v in zip(cols, vals): parts.append(v.ljust(w) if a == 'l' else v.rjust(w))
        return ' '.join(parts).rstrip()
    o.append(fmtrow([h for _, h, _, _ in cols])); o.append('-' * TW)
    for it in doc.items:
        lines = wrap(it.desc, dw)
        vals = []
        for k, h, w, a in cols:
            if k == 'ean': vals.append(it.ean or it.code or '')
            elif k == 'qty': vals.append(qty_text(it.qty) if it.qty else '')
            elif k == 'unit': vals.append(it.unit if it.qty else '')
            elif k == 'desc': vals.append(lines[0])
            elif k == 'price': vals.append(m(it.price) if it.qty else '')
            elif k == 'rate': vals.append(rate_txt(it.rate))
            elif k == 'amount': vals.append(m(it.amount))
        o.append(fmtrow(vals))
        for ln in lines[1:]: o.append(fmtrow(['' if k != 'desc' else ln for k, _, _, _ in cols]))
    o.append('-' * TW)
    class S: head = 'mono'
    for lab, val in totals_lines(doc, {'money': st['money'], 'head': 'afip' if v == 1 else 'x'}):
        o.append((lab.rjust(60) + val.rjust(20)))
    o.append('=' * TW if v != 2 else '-' * TW)
    o.append(f'CAE Nro.: {doc.cae}'.rjust(TW))
    o.append(f'Vto. CAE: {fmt_date(doc.cae_vto, st["date"])}'.rjust(TW))
    return '\n'.join(o) + '\n'
