"""Build the round-34 PDFs and expected files. Run with the venv python (see MANIFEST.md).
q: qpdf 11 (C++ program qpdf_render/qrender.cc, Debian libqpdf-dev); g: GDAL 3.6.2 PDF driver (gdal_translate, Debian gdal-bin);
k: KiCad 6.0.11 pcbnew PDF plotter (kicad_render.py, Debian kicad)."""
import json, os, struct, subprocess, sys, zlib
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
TPL = '/work/round34-scratch/tpl'; os.makedirs(TPL, exist_ok=True)
QRENDER = '/work/round34-scratch/qrender'
PW, PH = 595, 842

def afm(path):
    w = {}
    for l in open(path, encoding='latin-1'):
        if l.startswith('C '):
            p = dict(x.strip().split(' ', 1) for x in l.split(';') if x.strip() and ' ' in x.strip())
            w[int(p['C'])] = int(p['WX'])
    return w
W = {False: afm('/usr/share/fonts/type1/urw-base35/NimbusSans-Regular.afm'), True: afm('/usr/share/fonts/type1/urw-base35/NimbusSans-Bold.afm')}
def tw(s, size, bold=False):
    return sum(W[bold].get(b, 556) for b in s.encode('cp1252')) * size / 1000

def wrap(s, size, width, bold=False):
    out, cur = [], ''
    for wd in s.split():
        t = (cur + ' ' + wd).strip()
        if cur and tw(t, size, bold) > width: out.append(cur); cur = wd
        else: cur = t
    return out + [cur]

def qr_matrix(d):
    return [[bool(v) for v in row] for row in segno.make(d.qr_payload, error='m', micro=False).matrix]

def spread(cols, colw, total, cap):
    """Column widths: fixed widths for the numeric columns, the description takes the rest up to `cap`; what is left over
    is shared out evenly among the other columns."""
    fixed = sum(colw[k] for k, _, _ in cols if k != 'desc'); desc = min(total - fixed, cap)
    others = [k for k, _, _ in cols if k != 'desc']; extra = (total - fixed - desc) / max(len(others), 1)
    return [desc if k == 'desc' else colw[k] + extra for k, _, _ in cols]

# ---------------- layouts (y from top) ----------------
def layout_q(d):
    """Boxed AFIP-like layout: issuer left, letter box centre, document block right, buyer box, grey header band."""
    rows_pp = d.rows_per_page or len(d.rows)
    chunks = [d.rows[i:i + rows_pp] for i in range(0, len(d.rows), rows_pp)] or [[]]
    pages = []
    colw = {'code': 48, 'ean': 70, 'qty': 38, 'unit': 30, 'price': 62, 'bonif': 40, 'rate': 44, 'amount': 66}
    x0, x1 = 30, 565
    fixed = sum(colw[k] for k, _, _ in d.cols if k != 'desc')
    widths = spread(d.cols, colw, x1 - x0, 220)
    for copy in d.copies:
        for pi, chunk in enumerate(chunks):
            ops = []; T = lambda *a: ops.append(('T',) + a)
            y = 28
            if copy: T(PW / 2, y, 9, True, 'c', copy); 
            if len(chunks) > 1: T(x1, y, 7.5, False, 'r', f'Hoja {pi + 1} de {len(chunks)}')
            top = 36; ops.append(('R', x0, top, x1 - x0, 128, None))
            ops.append(('L', PW / 2, top + 40, PW / 2, top + 128))
            ops.append(('R', PW / 2 - 20, top, 40, 40, None))
            T(PW / 2, top + 25, 22, True, 'c', d.letter); T(PW / 2, top + 36, 6.5, False, 'c', f'COD. {d.code:02d}')
            yy = top + 20
            for i, l in enumerate(d.issuer_lines):
                if i == 0:
                    sz = 12
                    while tw(l, sz, True) > PW / 2 - 30 - x0 - 10: sz -= 0.5
                    T(x0 + 8, yy, sz, True, 'l', l); yy += 15
                else: T(x0 + 8, yy, 8.5, False, 'l', l); yy += 11
            T(PW / 2 + 30, top + 20, 14, True, 'l', 'FACTURA')
            yy = top + 34
            for l in d.num_lines + [d.date_line] + d.issuer_extra:
                T(PW / 2 + 30, yy, 8.5, l in d.num_lines, 'l', l); yy += 11
            by = top + 134; ops.append(('R', x0, by, x1 - x0, 12 + 11 * len(d.buyer_lines), None))
            for i, l in enumerate(d.buyer_lines): T(x0 + 8, by + 13 + 11 * i, 8.5, False, 'l', l)
            ty = by + 22 + 11 * len(d.buyer_lines)
            ops.append(('R', x0, ty, x1 - x0, 15, 0.85))
            x = x0
            for (k, h, a), w in zip(d.cols, widths):
                T(x + w - 3 if a == 'r' else x + 3, ty + 10.5, 7.5, True, a, h); x += w
            ry = ty + 26
            for row in chunk:
                x = x0; nl = 1
                for (k, h, a), w, v in zip(d.cols, widths, row):
                    if k == 'desc':
                        ls = wrap(v, 8, w - 6); nl = len(ls)
                        for j, l in enumerate(ls): T(x + 3, ry + 10 * j, 8, False, 'l', l)
                    else: T(x + w - 3 if a == 'r' else x + 3, ry, 8, False, a, v)
                    x += w
                ops.append(('L', x0, ry + 10 * (nl - 1) + 4, x1, ry + 10 * (nl - 1) + 4, 0.2)); ry += 10 * nl + 4
            if pi < len(chunks) - 1:
                T(x1, ry + 12, 8, False, 'r', 'Continúa en la hoja siguiente')
            else:
                yy = max(ry + 16, 560 if len(chunk) < 20 else ry + 16)
                ops.append(('R', 330, yy - 12, x1 - 330, 14 * len(d.totals) + 8, None))
                for i, (l, v) in enumerate(d.totals):
                    last = i == len(d.totals) - 1
                    T(340, yy + 14 * i, 10 if last else 8.5, last, 'l', l); T(x1 - 8, yy + 14 * i, 10 if last else 8.5, last, 'r', v)
                fy = max(yy + 14 * len(d.totals) + 20, 700)
                if d.qr_payload: ops.append(('Q', x0 + 4, fy - 4, 1.6))
                fx = x0 + 130 if d.qr_payload else x0 + 4
                T(fx, fy + 12, 11, True, 'l', 'Comprobante Autorizado')
                for i, l in enumerate(d.footer_lines): T(fx, fy + 26 + 11 * i, 8.5, i == 0, 'l', l)
            pages.append(ops)
    return pages

def layout_g(d):
    """Legacy ASCII layout: no frames around the header, rules between blocks, QR picture bottom right."""
    ops = []; T = lambda *a: ops.append(('T',) + a)
    x0, x1 = 36, 559
    y = 50
    for i, l in enumerate(d.issuer_lines):
        T(x0, y, 13 if i == 0 else 9, i == 0, 'l', l); y += 16 if i == 0 else 11
    for l in d.issuer_extra: T(x0, y, 8, False, 'l', l); y += 10
    T(x1, 50, 16, True, 'r', f'FACTURA {d.letter}'); T(x1, 62, 7, False, 'r', f'Codigo {d.code:02d}')
    ry = 78
    for l in d.num_lines + [d.date_line]: T(x1, ry, 9, True, 'r', l); ry += 12
    y = max(y, ry) + 6; ops.append(('L', x0, y, x1, y, 1.0)); y += 14
    for l in d.buyer_lines: T(x0, y, 9, False, 'l', l); y += 12
    y += 2; ops.append(('L', x0, y, x1, y, 1.0)); y += 14
    colw = {'code': 50, 'ean': 74, 'qty': 46, 'unit': 38, 'price': 64, 'bonif': 42, 'rate': 38, 'amount': 68}
    widths = spread(d.cols, colw, x1 - x0, 230)
    x = x0
    for (k, h, a), w in zip(d.cols, widths): T(x + w - 2 if a == 'r' else x + 2, y, 8, True, a, h.upper()); x += w
    y += 4; ops.append(('L', x0, y, x1, y, 0.5)); y += 12
    for row in d.rows:
        x = x0; nl = 1
        for (k, h, a), w, v in zip(d.cols, widths, row):
            if k == 'desc':
                ls = wrap(v, 8.5, w - 6); nl = len(ls)
                for j, l in enumerate(ls): T(x + 2, y + 10.5 * j, 8.5, False, 'l', l)
            else: T(x + w - 2 if a == 'r' else x + 2, y, 8.5, False, a, v)
            x += w
        y += 10.5 * nl + 3
    y += 4; ops.append(('L', x0, y, x1, y, 0.5)); y += 16
    for i, (l, v) in enumerate(d.totals):
        last = i == len(d.totals) - 1
        if last: ops.append(('L', 340, y - 10, x1, y - 10, 0.5))
        T(450, y, 11 if last else 9, last, 'r', l); T(x1, y, 11 if last else 9, last, 'r', v); y += 15 if last else 12
    fy = max(y + 30, 690)
    for i, l in enumerate(d.footer_lines): T(x0, fy + 12 * i, 9, i == 0, 'l', l)
    T(x0, fy + 12 * len(d.footer_lines) + 4, 7, False, 'l', 'Comprobante autorizado por AFIP - Regimen de Factura Electronica')
    if d.qr_payload:
        size = (len(qr_matrix(d)) + 8) * 1.8
        ops.append(('Q', x1 - size + 8, min(fy - 20, PH - 16 - size), 1.8))
    return [ops]

def layout_k(d):
    """Form-style layout: outer frame, header split by a vertical rule with the letter box on it, item grid with column rules,
    boxed totals, vector QR bottom left (KiCad single-colour layer: no fills except the QR modules)."""
    ops = []; T = lambda *a: ops.append(('T',) + a)
    x0, x1 = 28, 567
    ops.append(('R', x0, 24, x1 - x0, 794, 0, 1.0))
    ops.append(('L', x0, 166, x1, 166, 0.8)); ops.append(('L', PW / 2, 70, PW / 2, 166, 0.8))
    ops.append(('R', PW / 2 - 22, 24, 44, 46, 0, 1.0)); T(PW / 2, 56, 24, True, 'c', d.letter); T(PW / 2, 66, 6, False, 'c', f'COD. {d.code:02d}')
    y = 88
    for i, l in enumerate(d.issuer_lines):
        sz = 12 if i == 0 else 8.5
        while i == 0 and tw(l, sz, True) > PW / 2 - 40 - x0: sz -= 0.5
        T(x0 + 10, y, sz, i == 0, 'l', l); y += 16 if i == 0 else 11
    y = max(y, 120)
    for l in d.issuer_extra[1:]: T(x0 + 10, y, 7.5, False, 'l', l); y += 10
    T(PW / 2 + 30, 88, 15, True, 'l', 'FACTURA'); y = 104
    for l in d.num_lines + [d.date_line, d.issuer_extra[0]]: T(PW / 2 + 30, y, 8.5, l in d.num_lines, 'l', l); y += 12
    y = 182
    for l in d.buyer_lines: T(x0 + 10, y, 8.5, False, 'l', l); y += 11
    ty = y + 4; ops.append(('L', x0, ty, x1, ty, 0.8))
    colw = {'code': 50, 'ean': 82, 'qty': 40, 'unit': 34, 'price': 66, 'bonif': 40, 'rate': 44, 'amount': 70}
    widths = spread(d.cols, colw, x1 - x0, 230)
    x = x0
    for (k, h, a), w in zip(d.cols, widths): T(x + w - 4 if a == 'r' else x + 4, ty + 12, 7.5, True, a, h); x += w
    hy = ty + 17; ops.append(('L', x0, hy, x1, hy, 0.6)); y = hy + 13
    for row in d.rows:
        x = x0; nl = 1
        for (k, h, a), w, v in zip(d.cols, widths, row):
            if k == 'desc':
                ls = wrap(v, 8, w - 10); nl = len(ls)
                for j, l in enumerate(ls): T(x + 4, y + 10.5 * j, 8, False, 'l', l)
            else: T(x + w - 4 if a == 'r' else x + 4, y, 8, False, a, v)
            x += w
        y += 10.5 * nl + 4
    by = max(y + 10, 470); ops.append(('L', x0, by, x1, by, 0.6))
    x = x0
    for w in widths[:-1]: x += w; ops.append(('L', x, ty, x, by, 0.3))
    yy = by + 24; ops.append(('R', 330, by + 10, x1 - 340, 15 * len(d.totals) + 8, 0, 0.6))
    for i, (l, v) in enumerate(d.totals):
        last = i == len(d.totals) - 1
        T(338, yy + 15 * i, 10 if last else 8.5, last, 'l', l); T(x1 - 18, yy + 15 * i, 10 if last else 8.5, last, 'r', v)
    fy = max(yy + 15 * len(d.totals) + 24, 690); ops.append(('L', x0, fy - 14, x1, fy - 14, 0.6))
    fx = x0 + 10
    if d.qr_payload:
        mat = qr_matrix(d); m = 1.6; q = 4
        for r, row in enumerate(mat):
            for c, v in enumerate(row):
                if v: ops.append(('R', fx + (c + q) * m, fy - 10 + (r + q) * m, m, m, 1, 0))
        fx += (len(mat) + 8) * m + 10
    T(fx, fy + 12, 11, True, 'l', 'Comprobante Autorizado')
    for i, l in enumerate(d.footer_lines): T(fx, fy + 28 + 12 * i, 8.5, i == 0, 'l', l)
    return [ops]

# ---------------- renderers ----------------
def render_q(d, pdf):
    out = ['M SistemaGestion PyME 4.1']
    for ops in layout_q(d):
        out.append(f'P {PW} {PH}')
        for op in ops:
            if op[0] == 'T':
                _, x, y, size, bold, al, s = op
                w = tw(s, size, bold); x = x - w if al == 'r' else x - w / 2 if al == 'c' else x
                out.append(f'T {2 if bold else 1} {size} {x:.2f} {PH - y:.2f} {s.encode("cp1252").hex()}')
            elif op[0] == 'R':
                _, x, y, w, h, fill = op
                out.append(f'R {x} {PH - y - h} {w} {h} {1 if fill is not None else 0} 0.6 {fill if fill is not None else 0}')
            elif op[0] == 'L':
                _, a, b, c, e, *lw = op; out.append(f'L {a} {PH - b} {c} {PH - e} {lw[0] if lw else 0.6}')
            elif op[0] == 'Q':
                _, x, y, m = op; mat = qr_matrix(d); q = 4
                for r, row in enumerate(mat):
                    c = 0
                    while c < len(row):
                        if row[c]:
                            e = c
                            while e < len(row) and row[e]: e += 1
                            out.append(f'R {x + (c + q) * m:.2f} {PH - (y + (r + q + 1) * m):.2f} {(e - c) * m:.2f} {m:.2f} 1 0 0'); c = e
                        else: c += 1
    open(f'{TPL}/{d.name}.draw', 'w').write('\n'.join(out) + '\n')
    subprocess.run([QRENDER, pdf], input=('\n'.join(out) + '\n').encode(), check=True)

def white_png(path, w, h):
    raw = b''.join(b'\x00' + b'\xff' * (w * 3) for _ in range(h))
    ch = lambda t, x: struct.pack('>I', len(x)) + t + x + struct.pack('>I', zlib.crc32(t + x) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + ch(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + ch(b'IDAT', zlib.compress(raw)) + ch(b'IEND', b''))

def gray_png(path, px):
    h, w = len(px), len(px[0])
    raw = b''.join(b'\x00' + bytes(v for v in row for _ in range(3)) for row in px)
    ch = lambda t, x: struct.pack('>I', len(x)) + t + x + struct.pack('>I', zlib.crc32(t + x) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + ch(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + ch(b'IDAT', zlib.compress(raw)) + ch(b'IEND', b''))

def render_g(d, pdf):
    feats = []
    def F(style, geom): feats.append({'type': 'Feature', 'properties': {'OGR_STYLE': style}, 'geometry': geom})
    extra = []
    for op in layout_g(d)[0]:
        if op[0] == 'T':
            _, x, y, size, bold, al, s = op
            assert '"' not in s and s.isascii()
            F(f'LABEL(t:"{s}",f:"{"Helvetica-Bold" if bold else "Helvetica"}",s:{size}g,c:#000000,p:{ {"l": 1, "c": 2, "r": 3}[al]})',
              {'type': 'Point', 'coordinates': [x, PH - y]})
        elif op[0] == 'L':
            _, a, b, c, e, lw = op
            F(f'PEN(c:#000000,w:{lw}g)', {'type': 'LineString', 'coordinates': [[a, PH - b], [c, PH - e]]})
        elif op[0] == 'Q':
            _, x, y, m = op; p = f'{TPL}/{d.name}.qr.png'
            mat = qr_matrix(d); n = len(mat) + 8; size = n * m; sc = 4
            px = [[255] * (n * sc) for _ in range(n * sc)]
            for r, row in enumerate(mat):
                for c, v in enumerate(row):
                    if v:
                        for yy in range(sc): px[(r + 4) * sc + yy][(c + 4) * sc:(c + 5) * sc] = [0] * sc
            gray_png(p, px)
            extra.append(f'{p},{x},{PH - y - size},{m / 4}')
    gj = f'{TPL}/{d.name}.geojson'; json.dump({'type': 'FeatureCollection', 'features': feats}, open(gj, 'w'))
    base = f'{TPL}/white.png'
    if not os.path.exists(base): white_png(base, PW, PH)
    cmd = ['gdal_translate', '-q', '-of', 'PDF', '-a_ullr', '0', str(PH), str(PW), '0', base, pdf, '-co', f'OGR_DATASOURCE={gj}',
           '-co', 'OGR_WRITE_ATTRIBUTES=NO', '-co', 'CREATOR=Gestion Comercial 7.2', '-co', 'WRITE_INFO=YES']
    if extra: cmd += ['-co', 'EXTRA_IMAGES=' + ','.join(extra)]
    subprocess.run(cmd, check=True, env=dict(os.environ, CPL_LOG='/dev/null'), stderr=subprocess.DEVNULL)
    if os.path.exists(pdf + '.aux.xml'): os.remove(pdf + '.aux.xml')

def render_k(d, pdf):
    spec = f'{TPL}/{d.name}.kicad.json'
    for op in layout_k(d)[0]: assert op[0] != 'T' or op[6].isascii()
    json.dump({'ops': layout_k(d)[0]}, open(spec, 'w'))
    subprocess.run(['/usr/bin/python3', os.path.join(OUT, 'kicad_render.py'), spec, pdf, f'{TPL}/kicad'], check=True,
                   env={k: v for k, v in os.environ.items() if not k.startswith('PYTHON')} | {'HOME': '/work/round34-scratch/kicadhome'},
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

if __name__ == '__main__':
    sel = sys.argv[1:]
    for d in docs.DOCS():
        if sel and d.name[0] not in sel and d.name not in sel: continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        {'q': render_q, 'g': render_g, 'k': render_k}[d.name[0]](d, pdf)
        json.dump(d.expected(), open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
        print('built', d.name)
