"""Build round 14: python make_invoices.py [NAME ...]  (venv from requirements.txt; see MANIFEST.md)."""
import json, os, subprocess, sys
from fontTools.ttLib import TTFont
import docs, layout

OUT = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get('R14_WORK', '/work/round14-scratch/build')
CP = '/usr/share/java/*:' + os.path.join(WORK, 'classes')
MONO = '/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf'  # fc-match monospace, what texttopdf embeds

def tounicode_cmap(text):
    f = TTFont(MONO); cm = f.getBestCmap(); go = f.getGlyphOrder()
    pairs = sorted({go.index(cm[ord(c)]): ord(c) for c in set(text) if ord(c) in cm}.items())
    body = ''.join(f'<{g:04X}> <{u:04X}>\n' for g, u in pairs)
    chunks = [pairs[i:i + 100] for i in range(0, len(pairs), 100)]
    bf = ''.join(f'{len(ch)} beginbfchar\n' + ''.join(f'<{g:04X}> <{u:04X}>\n' for g, u in ch) + 'endbfchar\n' for ch in chunks)
    return ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
            '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n'
            + bf + 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n')

def qr_ops(url, x=40, ytop=230, m=1.6):
    rows = layout.qr_rows(url); n = len(rows); s = ['q 0 g']
    for r, row in enumerate(rows):
        c = 0
        while c < n:
            if row[c] == '1':
                s0 = c
                while c < n and row[c] == '1': c += 1
                s.append(f'{x + s0 * m:.2f} {ytop - (r + 1) * m:.2f} {(c - s0) * m:.2f} {m:.2f} re')
            else: c += 1
    return '\n'.join(s + ['f Q']) + '\n'

def build_one(name, gen, mk):
    doc = mk(); pdf = os.path.join(OUT, name + '.pdf')
    if gen in ('freehep', 'textpdf'):
        tsv = os.path.join(WORK, name + '.tsv'); open(tsv, 'w', encoding='utf-8').write(layout.draw_doc(doc))
        if gen == 'freehep': subprocess.run(['java', '-cp', CP, 'FreehepRender', tsv, pdf], check=True)
        else: subprocess.run(['perl', os.path.join(OUT, 'textpdf_render.pl'), tsv, pdf], check=True)
    else:
        txt = layout.text_doc(doc)
        if doc.qr_mode: txt += '\nComprobante Autorizado - verifique en www.afip.gob.ar/fe/qr\n'
        tf = os.path.join(WORK, name + '.txt'); open(tf, 'w', encoding='utf-8').write(txt)
        with open(pdf, 'wb') as fo:
            subprocess.run(['/usr/lib/cups/filter/texttopdf', '1', 'root', name, '1', 'cpi=12 lpi=7', tf], stdout=fo, check=True,
                           env=dict(os.environ, CHARSET='utf-8'), stderr=subprocess.DEVNULL)
        cmf = os.path.join(WORK, name + '.cmap'); open(cmf, 'w').write(tounicode_cmap(txt))
        args = ['perl', os.path.join(OUT, 'tt_fixup.pl'), pdf, cmf]
        if doc.qr_mode:
            nlines = txt.count('\n')  # texttopdf cpi=12 lpi=7 on Letter: line i starts 37.3 + 10.286 i pt from the top
            qf = os.path.join(WORK, name + '.qr'); open(qf, 'w').write(qr_ops(doc.qr_url(), x=20, ytop=792 - (37.3 + 10.286 * nlines + 6))); args.append(qf)
        subprocess.run(args, check=True)
    exp = doc.expected()
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=2); f.write('\n')
    return doc

def main():
    os.makedirs(WORK, exist_ok=True)
    subprocess.run(['javac', '-nowarn', '-d', os.path.join(WORK, 'classes'), '-cp', '/usr/share/java/*',
                    os.path.join(OUT, 'FreehepRender.java')], check=True, stderr=subprocess.DEVNULL)
    want = set(sys.argv[1:])
    for name, gen, mk, ex in docs.DOCS:
        if want and name not in want and gen not in want: continue
        build_one(name, gen, mk); print('built', name)

if __name__ == '__main__':
    main()
