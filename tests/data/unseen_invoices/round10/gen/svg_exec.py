"""SVG pages (text, rect, line, QR as rects) rendered with librsvg's rsvg-convert -f pdf."""
import os, subprocess, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from layout import draw_pages

def run(d, out_pdf, scratch):
    files = []
    m = d.qr_matrix()
    for n, ops in enumerate(draw_pages(d)):
        s = ['<svg xmlns="http://www.w3.org/2000/svg" width="595pt" height="842pt" viewBox="0 0 595 842">',
             '<rect width="595" height="842" fill="white"/>']
        for op in ops:
            if op[0] == "t":
                _, x, y, t, size, bold, al, _f = op
                anc = {"l": "start", "r": "end", "c": "middle"}[al]
                s.append(f'<text x="{x}" y="{y}" font-family="Liberation Sans" font-size="{size}" '
                         f'font-weight="{"bold" if bold else "normal"}" text-anchor="{anc}" xml:space="preserve">{escape(t)}</text>')
            elif op[0] == "r":
                _, x, y, w, h, fill = op
                s.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{"#dddddd" if fill else "none"}" stroke="black" stroke-width="0.7"/>')
            elif op[0] == "l":
                _, x1, y1, x2, y2 = op
                s.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="black" stroke-width="0.7"/>')
            elif op[0] == "qr" and m:
                _, x, y, size = op
                k = size / (len(m) + 8)
                path = "".join(f"M{x+(c+4)*k:.3f},{y+(r+4)*k:.3f}h{k:.3f}v{k:.3f}h-{k:.3f}z" for r, row in enumerate(m) for c, v in enumerate(row) if v)
                s.append(f'<path d="{path}" fill="black"/>')
        s.append("</svg>")
        f = os.path.join(scratch, f"{d.name}.{n}.svg"); open(f, "w", encoding="utf-8").write("\n".join(s)); files.append(f)
    subprocess.run(["rsvg-convert", "-f", "pdf", "-o", out_pdf] + files, check=True)
