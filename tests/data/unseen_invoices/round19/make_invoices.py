"""Build the round-19 PDFs and expected files. Run with the venv python (see MANIFEST.md).
Three page designs are laid out here in points (y from the top of an A4 page) as a list of drawing operations per page,
and drawn by one backend per generator: Aspose.SVG (an SVG per page, QR as vector rectangles), Aspose.Diagram (a Visio
drawing, one Visio page per PDF page, QR as a PNG picture shape), Majorsilence.Pdf (canvas calls, QR as a raw RGB
picture). Every string drawn comes from the Doc object (docs.py)."""
import html, io, json, os, subprocess, sys
import segno
import docs

OUT = os.path.dirname(os.path.abspath(__file__))
SCR = '/work/round19-scratch'
TPL = f'{SCR}/tpl'
os.makedirs(TPL, exist_ok=True)
LIBSSL = f'{SCR}/bull/root/usr/lib/x86_64-linux-gnu'
W, H = 595.0, 842.0
CW = {'code': 44, 'ean': 70, 'qty': 38, 'unit': 34, 'desc': 0, 'price': 58, 'bonif': 38, 'rate': 44, 'net': 60, 'amount': 64}


def est(s, size):  # rough width estimate for column sizing (sans ~0.52 em per char)
    return len(s) * size * 0.52


def fit(s, size, avail, em=0.56):  # first issuer line: shrink the type so that a long legal name stays in its half of the header
    return round(min(size, avail / (len(s) * em)), 1)


def layout(d, style):
    """Return pages: each a list of ops ('t', x, y, s, size, bold, align) / ('r', x, y, w, h, fill, stroke) /
    ('l', x1, y1, x2, y2, width) / ('q', x, y, side)."""
    L, R = 36.0, W - 36.0
    fs = {'s': 8.0, 'v': 8.0, 'm': 7.8}[style]
    # column x positions
    cols = d.cols
    need = {k: max([est(h, fs) + 8] + [est(r[i], fs) + 8 for r in d.rows]) for i, (k, h, a) in enumerate(cols)}
    fixed = sum(max(CW[k], need[k]) for k, _, _ in cols if k != 'desc')
    dw = (R - L) - fixed
    xs, x = [], L
    for k, _, _ in cols:
        w = dw if k == 'desc' else max(CW[k], need[k]); xs.append((x, w)); x += w
    pages_rows = d.pages()
    out = []
    for copy in d.copies:
        for pi, rows in enumerate(pages_rows):
            ops = []
            T = lambda x, y, s, size=fs, bold=False, align='l': ops.append(('t', x, y, s, size, bold, align))
            Rr = lambda x, y, w, h, fill=None, stroke=True: ops.append(('r', x, y, w, h, fill, stroke))
            Ln = lambda x1, y1, x2, y2, w=0.6: ops.append(('l', x1, y1, x2, y2, w))
            top = 40.0
            if style == 's':
                # web-app look: accent band, letter box in the middle of the band, issuer left, document right
                if copy: T(W / 2, top - 6, copy, 8, True, 'c')
                Rr(L, top, R - L, 6, (31, 78, 121), False)
                Rr(W / 2 - 22, top + 12, 44, 44, None, True)
                T(W / 2, top + 42, d.doc_lines[1], 26, True, 'c'); T(W / 2, top + 53, d.doc_lines[2], 6, False, 'c')
                y = top + 26
                for i, s in enumerate(d.issuer_lines):
                    T(L, y, s, fit(s, 12, W / 2 - 24 - L - 10) if i == 0 else 7.5, i == 0); y += 15 if i == 0 else 10
                y2 = top + 26
                T(W / 2 + 40, y2, d.doc_lines[0], 15, True); y2 += 16
                for s in d.doc_lines[3:]:
                    T(W / 2 + 40, y2, s, 8.5); y2 += 11.5
                y = max(y, y2) + 6
                Rr(L, y, R - L, 12 * len(d.buyer_lines) + 8, (238, 242, 247), False)
                yy = y + 12
                for s in d.buyer_lines:
                    T(L + 8, yy, s, 8); yy += 12
                y = yy + 10
                Rr(L, y, R - L, 15, (31, 78, 121), False)
                for (k, h, a), (cx, cw) in zip(cols, xs):
                    ops.append(('t', cx + cw - 4 if a == 'r' else cx + 4, y + 10.5, h, fs, True, a, (255, 255, 255)))
                y += 15 + 11
                for row in rows:
                    for (k, h, a), (cx, cw), v in zip(cols, xs, row):
                        if v: T(cx + cw - 4 if a == 'r' else cx + 4, y, v, fs, False, a)
                    y += 11
                Ln(L, y - 6, R, y - 6, 0.8)
            elif style == 'v':
                # Visio form: framed page, boxed header halves, letter box on the divider, grid table
                if copy: T(R, top - 8, copy, 10, True, 'r')
                hh = 130.0
                Rr(L, top, R - L, hh); Ln(W / 2, top + 48, W / 2, top + hh)
                Rr(W / 2 - 24, top, 48, 48, (255, 255, 255))
                T(W / 2, top + 32, d.doc_lines[1], 28, True, 'c'); T(W / 2, top + 44, d.doc_lines[2], 6.5, False, 'c')
                y = top + 20
                for i, s in enumerate(d.issuer_lines):
                    T(L + 10, y, s, fit(s, 11.5, W / 2 - 24 - L - 22, 0.68) if i == 0 else 7.8, i == 0); y += 15 if i == 0 else 11
                y2 = top + 20
                T(W / 2 + 36, y2, d.doc_lines[0], 14, True); y2 += 17
                for s in d.doc_lines[3:]:
                    T(W / 2 + 36, y2, s, 8.5); y2 += 12
                if len(pages_rows) > 1: T(R - 8, top + hh - 6, f'Hoja {pi + 1} de {len(pages_rows)}', 7.5, False, 'r')
                y = top + hh + 6
                bh = 12 * len(d.buyer_lines) + 8
                Rr(L, y, R - L, bh)
                yy = y + 13
                for s in d.buyer_lines:
                    T(L + 10, yy, s, 8); yy += 12
                y = y + bh + 8
                tbl_top = y
                Rr(L, y, R - L, 16, (210, 210, 210))
                for (k, h, a), (cx, cw) in zip(cols, xs):
                    T(cx + cw - 4 if a == 'r' else cx + 4, y + 11, h, fs, True, a)
                y += 16 + 11
                for row in rows:
                    for (k, h, a), (cx, cw), v in zip(cols, xs, row):
                        if v: T(cx + cw - 4 if a == 'r' else cx + 4, y, v, fs, False, a)
                    y += 12
                Rr(L, tbl_top, R - L, y - tbl_top - 6, None, True)
                for (cx, cw) in xs[1:]:
                    Ln(cx, tbl_top, cx, y - 6, 0.4)
            else:
                # report-engine look: no frame, big title right, rules, grey header band, zebra rows
                if copy: T(L, top - 10, copy, 8, True)
                y = top + 8
                for i, s in enumerate(d.issuer_lines):
                    T(L, y, s, fit(s, 13, 300) if i == 0 else 7.6, i == 0); y += 16 if i == 0 else 10
                T(R, top + 10, f'{d.doc_lines[0]} {d.doc_lines[1]}', 18, True, 'r')
                T(R, top + 22, d.doc_lines[2], 7, False, 'r')
                y2 = top + 36
                for s in d.doc_lines[3:]:
                    T(R, y2, s, 8.5, False, 'r'); y2 += 12
                if len(pages_rows) > 1: T(R, y2 + 2, f'Página {pi + 1} de {len(pages_rows)}', 7.5, False, 'r'); y2 += 12
                y = max(y, y2) + 4
                Ln(L, y, R, y, 1.2); y += 13
                for s in d.buyer_lines:
                    T(L, y, s, 8); y += 11
                Ln(L, y - 4, R, y - 4, 0.5); y += 6
                Rr(L, y, R - L, 14, (200, 200, 200), False)
                for (k, h, a), (cx, cw) in zip(cols, xs):
                    T(cx + cw - 3 if a == 'r' else cx + 3, y + 10, h, fs, True, a)
                y += 14 + 10
                for ri, row in enumerate(rows):
                    if ri % 2: Rr(L, y - 8.5, R - L, 11.5, (243, 243, 243), False)
                    for (k, h, a), (cx, cw), v in zip(cols, xs, row):
                        if v: T(cx + cw - 3 if a == 'r' else cx + 3, y, v, fs, False, a)
                    y += 11.5
                Ln(L, y - 6, R, y - 6, 0.8)
            # totals (last page) or continuation note
            if pi < len(pages_rows) - 1:
                T(R, y + 8, 'Continúa en la hoja siguiente', 7.5, False, 'r')
                if style == 's': T(L, H - 30, f'Hoja {pi + 1} de {len(pages_rows)}', 7.5)
                out.append(ops); continue
            if style == 's': T(L, H - 30, f'Hoja {pi + 1} de {len(pages_rows)}', 7.5) if len(pages_rows) > 1 else None
            y += 8
            if style == 'v': y = max(y, 452.0)  # keep the totals below the evaluation line Aspose.Diagram prints mid-page
            tx = R - 230
            if style == 's': Rr(tx - 8, y - 4, R - tx + 8, 13 * len(d.totals) + 8, (238, 242, 247), False)
            if style == 'v': Rr(tx - 8, y - 4, R - tx + 8, 13 * len(d.totals) + 8)
            y += 8
            for i, (l, v) in enumerate(d.totals):
                last = i == len(d.totals) - 1
                sz = 10 if last else 8.5
                T(tx, y, l, sz, last); T(R - 4, y, v, sz, last, 'r'); y += 13
            y += 14
            side = 96.0
            if d.qr_payload:
                qx = L if style in ('s', 'm') else R - side
                ops.append(('q', qx, y, side))
                fx = L + side + 12 if style in ('s', 'm') else L
            else:
                fx = L
            T(fx, y + 16, 'Comprobante Autorizado' if style != 'v' else 'Comprobante autorizado por AFIP', 9, True)
            for j, s in enumerate(d.footer_lines):
                T(fx, y + 30 + 12 * j, s, 8.5)
            out.append(ops)
    return out


def qr_matrix(d):
    return [list(r) for r in segno.make(d.qr_payload, error='m', micro=False).matrix]


# ---------- s: Aspose.SVG (one SVG per page, rendered together into one PDF) ----------
def render_s(d, pdf):
    e = html.escape
    paths = []
    for pi, ops in enumerate(layout(d, 's')):
        el = []
        for op in ops:
            if op[0] == 't':
                _, x, y, s, size, bold, align = op[:7]
                col = 'rgb(%d,%d,%d)' % op[7] if len(op) > 7 else '#111'
                anc = {'l': 'start', 'r': 'end', 'c': 'middle'}[align]
                el.append(f'<text x="{x:.2f}" y="{y:.2f}" font-family="Liberation Sans" font-size="{size}" '
                          f'font-weight="{"bold" if bold else "normal"}" text-anchor="{anc}" fill="{col}">{e(s)}</text>')
            elif op[0] == 'r':
                _, x, y, w, h, fill, stroke = op
                f = 'rgb(%d,%d,%d)' % fill if fill else 'none'
                el.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" fill="{f}" stroke="{"#333" if stroke else "none"}" stroke-width="0.7"/>')
            elif op[0] == 'l':
                _, x1, y1, x2, y2, w = op
                el.append(f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" stroke="#333" stroke-width="{w}"/>')
            elif op[0] == 'q':
                _, x, y, side = op
                m = qr_matrix(d); n = len(m) + 8; mod = side / n
                dpath = []
                for r, line in enumerate(m):
                    c = 0
                    while c < len(line):
                        if line[c]:
                            s0 = c
                            while c < len(line) and line[c]: c += 1
                            dpath.append(f'M{x + (s0 + 4) * mod:.3f} {y + (r + 4) * mod:.3f}h{(c - s0) * mod:.3f}v{mod:.3f}h{-(c - s0) * mod:.3f}z')
                        else: c += 1
                el.append(f'<path d="{" ".join(dpath)}" fill="#000" shape-rendering="crispEdges"/>')
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="595pt" height="842pt" viewBox="0 0 {W:g} {H:g}">'
               f'<rect x="0" y="0" width="{W:g}" height="{H:g}" fill="#fff"/>' + '\n'.join(el) + '</svg>')
        p = f'{TPL}/{d.name}.p{pi + 1}.svg'
        open(p, 'w', encoding='utf-8').write(svg); paths.append(p)
    code = ('import sys, aspose.svg as s\nfrom aspose.svg.rendering import SvgRenderer\n'
            'from aspose.svg.rendering.pdf import PdfDevice, PdfRenderingOptions\n'
            'docs = [s.SVGDocument(p) for p in sys.argv[2:]]\n'
            'dev = PdfDevice(PdfRenderingOptions(), sys.argv[1])\nSvgRenderer().render(dev, docs)\n')
    env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT='1', LD_LIBRARY_PATH=LIBSSL)
    subprocess.run([sys.executable, '-c', code, pdf] + paths, check=True, env=env)


# ---------- v: Aspose.Diagram (page description to JSON, drawn by a subprocess) ----------
def render_v(d, pdf):
    qp = None
    if d.qr_payload:
        qp = f'{TPL}/{d.name}.qr.png'
        segno.make(d.qr_payload, error='m', micro=False).save(qp, scale=5, border=4)
    spec = dict(pages=layout(d, 'v'), qr=qp, W=W, H=H)
    p = f'{TPL}/{d.name}.visio.json'
    json.dump(spec, open(p, 'w'), ensure_ascii=False)
    env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT='1', LD_LIBRARY_PATH=LIBSSL)
    subprocess.run([sys.executable, os.path.join(OUT, 'render_visio.py'), p, pdf], check=True, env=env)


# ---------- m: Majorsilence.Pdf ----------
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONTB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'

def render_m(d, pdf):
    import majorsilence_pdf as M
    from PIL import Image
    lib = M.load_bundled_library()
    with M.PdfDocument(lib) as doc:
        doc.set_creator('Gestión Comercial 7 - Reportes').set_title(f'Factura {d.letter} {d.pos:05d}-{d.number:08d}')
        for ops in layout(d, 'm'):
            c = doc.add_page(595.28, 841.89)
            for op in ops:
                if op[0] == 't':
                    _, x, y, s, size, bold, align = op[:7]
                    st = M.PdfStyle(lib); st.set_size(size).set_font_file(FONTB if bold else FONT)
                    st.set_alignment({'l': M.ALIGN_LEFT, 'r': M.ALIGN_RIGHT, 'c': M.ALIGN_CENTER}[align])
                    c.draw_text(s, x, y, st)
                elif op[0] == 'r':
                    _, x, y, w, h, fill, stroke = op
                    c.draw_rect(x, y, w, h, fill_rgb=tuple(fill) if fill else None, stroke_rgb=(0, 0, 0) if stroke else None, stroke_width=0.6)
                elif op[0] == 'l':
                    _, x1, y1, x2, y2, w = op
                    c.draw_line(x1, y1, x2, y2, width=w)
                elif op[0] == 'q':
                    _, x, y, side = op
                    buf = io.BytesIO(); segno.make(d.qr_payload, error='m', micro=False).save(buf, kind='png', scale=4, border=4)
                    buf.seek(0); im = Image.open(buf).convert('RGB')
                    c.draw_image(im.tobytes(), im.size[0], im.size[1], x, y, side, side)
        doc.save(pdf)


R = {'s': render_s, 'v': render_v, 'm': render_m}
if __name__ == '__main__':
    want = sys.argv[1:]
    for d in docs.DOCS():
        if want and not any(d.name.startswith(w) for w in want): continue
        pdf = os.path.join(OUT, d.name + '.pdf')
        R[d.name[0]](d, pdf)
        with open(os.path.join(OUT, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)
