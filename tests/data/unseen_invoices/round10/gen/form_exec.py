"""A blank AcroForm invoice template (labels, rules, QR pre-drawn; every value a text field), filled and flattened
with pdftk (fill_form ... flatten) or with pypdf (update_page_form_field_values(flatten=True), widgets removed)."""
import os, subprocess, sys
from xml.sax.saxutils import escape as xesc
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from layout import draw_pages
from pdfraw import Pdf, esc, width, qr_ops
H = 842

def template(d, path):
    p = Pdf()
    pages = draw_pages(d)
    m = d.qr_matrix()
    # object numbering: 1 Helv, 2 HelvB, 3 Pages, 4 AcroForm, then the rest
    p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /Name /Helv >>")
    p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding /Name /HeBo >>")
    p.add("PAGES"); p.add("ACRO")
    kids, fields, values = [], [], {}
    fn = 0
    for ops in pages:
        cs = []; annots = []
        for op in ops:
            if op[0] == "t":
                _, x, y, t, size, bold, al, isfield = op
                w = width(t, size, bold)
                if isfield:
                    fn += 1; name = f"f{fn:03d}"; values[name] = t
                    pad = 12
                    x0 = {"l": x - 1, "r": x - w - pad, "c": x - w / 2 - pad / 2}[al]
                    rect = f"[{x0:.2f} {H - y - 0.3 * size:.2f} {x0 + w + pad + 1:.2f} {H - y + 0.95 * size:.2f}]"
                    q = {"l": 0, "r": 2, "c": 1}[al]
                    font = "HeBo" if bold else "Helv"
                    fields.append(p.add(f"<< /Type /Annot /Subtype /Widget /FT /Tx /T ({name}) /Rect {rect} /F 4 /Q {q} "
                                        f"/DA (/{font} {size} Tf 0 g) /MK << >> /P PAGEREF >>"))
                    annots.append(fields[-1])
                else:
                    x0 = {"l": x, "r": x - w, "c": x - w / 2}[al]
                    cs.append(f"BT /{'F2' if bold else 'F1'} {size} Tf {x0:.2f} {H - y:.2f} Td {esc(t)} Tj ET")
            elif op[0] == "r":
                _, x, y, w, h, fill = op
                cs.append(f"{'0.85 g ' if fill else ''}0.7 w {x} {H - y - h} {w} {h} re {'B' if fill else 'S'} 0 g")
            elif op[0] == "l":
                _, x1, y1, x2, y2 = op
                cs.append(f"0.7 w {x1} {H - y1} m {x2} {H - y2} l S")
            elif op[0] == "qr" and m:
                _, x, y, size = op
                cs.append(qr_ops(m, x, y - 4 * size / (len(m) + 8) + size / (len(m) + 8), size))
        c = p.stream("\n".join(cs) + "\n")
        pg = p.add(f"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R "
                   f"/Resources << /Font << /F1 1 0 R /F2 2 0 R >> >> /Annots [{' '.join(f'{a} 0 R' for a in annots)}] >>")
        for a in annots:
            p.objs[a - 1] = p.objs[a - 1].replace("PAGEREF", f"{pg} 0 R")
        kids.append(pg)
    p.objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    p.objs[3] = (f"<< /Fields [{' '.join(f'{f} 0 R' for f in fields)}] /DA (/Helv 9 Tf 0 g) "
                 "/DR << /Font << /Helv 1 0 R /HeBo 2 0 R >> >> >>")
    root = p.add("<< /Type /Catalog /Pages 3 0 R /AcroForm 4 0 R >>")
    p.write(path, root)
    return values

def run(d, out_pdf, tool, scratch):
    tpl = os.path.join(scratch, d.name + ".template.pdf")
    values = template(d, tpl)
    if tool == "pdftk":
        x = os.path.join(scratch, d.name + ".xfdf")
        open(x, "w", encoding="utf-8").write('<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><fields>'
            + "".join(f'<field name="{k}"><value>{xesc(v)}</value></field>' for k, v in values.items()) + "</fields></xfdf>\n")
        subprocess.run(["pdftk", tpl, "fill_form", x, "output", out_pdf, "flatten"], check=True)
    else:
        from pypdf import PdfReader, PdfWriter
        w = PdfWriter(clone_from=PdfReader(tpl))
        for page in w.pages:
            w.update_page_form_field_values(page, values, auto_regenerate=False, flatten=True)
        w.remove_annotations(subtypes="/Widget")
        if "/AcroForm" in w._root_object: del w._root_object["/AcroForm"]
        w.compress_identical_objects()
        w.write(out_pdf)
