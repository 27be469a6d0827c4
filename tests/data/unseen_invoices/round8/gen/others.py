"""Executors for Impress (flat ODP), Dia (.dia XML), Batik (SVG -> FOP PDFTranscoder), phone scan (Pillow + tesseract
hOCR -> invisible text with pydyf), rinohtype (reStructuredText), mandoc (man + tbl)."""
import base64, io, os, re, subprocess, random, zlib, html
from xml.sax.saxutils import escape as E
import segno, pydyf
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import sys; sys.path.insert(0, __file__.rsplit("/", 2)[0])
from layout import width, FD
SCR = "/work/round8-scratch/build"; os.makedirs(SCR, exist_ok=True)

def qr_png(url, scale=4):
    b = io.BytesIO(); segno.make(url, error="m").save(b, kind="png", scale=scale, border=4); return b.getvalue()

# ---------------- LibreOffice Impress
def impress(pages, qr_url, out):
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"')
    sty = ['<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>',
           '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties presentation:background-visible="false" draw:fill="none"/></style:style>',
           '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" fo:padding-top="0pt" fo:padding-bottom="0pt" fo:padding-left="0pt" fo:padding-right="0pt" draw:textarea-vertical-align="top" draw:auto-grow-height="false" draw:auto-grow-width="false" fo:wrap-option="no-wrap"/></style:style>',
           '<style:style style:name="gr2" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.6pt" svg:stroke-color="#000000" draw:fill="none"/></style:style>',
           '<style:style style:name="gr3" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>']
    for al, fa in (("l", "start"), ("r", "end"), ("c", "center")):
        sty.append(f'<style:style style:name="P{al}" style:family="paragraph"><style:paragraph-properties fo:text-align="{fa}" fo:margin-top="0pt" fo:margin-bottom="0pt"/></style:style>')
    tstyles = {}
    body = []
    for ops in pages:
        body.append('<draw:page draw:name="p" draw:style-name="dp1" draw:master-page-name="Default">')
        for op in ops:
            if op[0] == "t":
                _, x, y, s, size, bold, al = op
                k = f"T{str(size).replace('.', '_')}{'b' if bold else ''}"
                tstyles[k] = f'<style:style style:name="{k}" style:family="text"><style:text-properties fo:font-family="\'Liberation Sans\'" style:font-family-generic="swiss" fo:font-size="{size}pt" fo:font-weight="{"bold" if bold else "normal"}"/></style:style>'
                w = width(s, size, bold) + 6
                x0 = x if al == "l" else (x - w if al == "r" else x - w / 2)
                top = y - size * 0.905 - size * 0.0
                body.append(f'<draw:frame draw:style-name="gr1" svg:x="{x0:.2f}pt" svg:y="{top:.2f}pt" svg:width="{w:.2f}pt" svg:height="{size*1.2:.2f}pt">'
                            f'<draw:text-box><text:p text:style-name="P{al}"><text:span text:style-name="{k}">{E(s)}</text:span></text:p></draw:text-box></draw:frame>')
            elif op[0] == "l":
                body.append(f'<draw:line draw:style-name="gr2" svg:x1="{op[1]}pt" svg:y1="{op[2]}pt" svg:x2="{op[3]}pt" svg:y2="{op[4]}pt"/>')
            elif op[0] == "r":
                body.append(f'<draw:rect draw:style-name="gr2" svg:x="{op[1]}pt" svg:y="{op[2]}pt" svg:width="{op[3]}pt" svg:height="{op[4]}pt"/>')
            elif op[0] == "qr":
                b64 = base64.b64encode(qr_png(qr_url)).decode()
                body.append(f'<draw:frame draw:style-name="gr3" svg:x="{op[1]}pt" svg:y="{op[2]}pt" svg:width="{op[3]}pt" svg:height="{op[3]}pt"><draw:image><office:binary-data>{b64}</office:binary-data></draw:image></draw:frame>')
        body.append('</draw:page>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">'
           f'<office:styles/><office:automatic-styles>{"".join(sty)}{"".join(tstyles.values())}</office:automatic-styles>'
           '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>'
           f'<office:body><office:presentation>{"".join(body)}</office:presentation></office:body></office:document>')
    name = os.path.basename(out)[:-4]
    src = f"{SCR}/{name}.fodp"; open(src, "w").write(doc)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:impress_pdf_Export", "--outdir", SCR, src], check=True, capture_output=True)
    os.replace(f"{SCR}/{name}.pdf", out)

# ---------------- Dia
def dia(pages, qr_url, out):
    assert len(pages) == 1
    cm = lambda v: v * 2.54 / 72
    objs = []; n = [0]
    def oid(): n[0] += 1; return f"O{n[0]}"
    pngp = None
    for op in pages[0]:
        if op[0] == "t":
            _, x, y, s, size, bold, al = op
            a = {"l": 0, "c": 1, "r": 2}[al]
            objs.append(f'''<dia:object type="Standard - Text" version="1" id="{oid()}"><dia:attribute name="obj_pos"><dia:point val="{cm(x):.4f},{cm(y):.4f}"/></dia:attribute>
<dia:attribute name="text"><dia:composite type="text"><dia:attribute name="string"><dia:string>#{E(s)}#</dia:string></dia:attribute>
<dia:attribute name="font"><dia:font family="Liberation Sans" style="{80 if bold else 0}" name="Helvetica"/></dia:attribute><dia:attribute name="height"><dia:real val="{cm(size):.4f}"/></dia:attribute>
<dia:attribute name="pos"><dia:point val="{cm(x):.4f},{cm(y):.4f}"/></dia:attribute><dia:attribute name="color"><dia:color val="#000000"/></dia:attribute>
<dia:attribute name="alignment"><dia:enum val="{a}"/></dia:attribute></dia:composite></dia:attribute><dia:attribute name="valign"><dia:enum val="3"/></dia:attribute></dia:object>''')
        elif op[0] == "l":
            objs.append(f'<dia:object type="Standard - Line" version="0" id="{oid()}"><dia:attribute name="conn_endpoints"><dia:point val="{cm(op[1]):.4f},{cm(op[2]):.4f}"/><dia:point val="{cm(op[3]):.4f},{cm(op[4]):.4f}"/></dia:attribute><dia:attribute name="line_width"><dia:real val="0.02"/></dia:attribute></dia:object>')
        elif op[0] == "r":
            objs.append(f'<dia:object type="Standard - Box" version="0" id="{oid()}"><dia:attribute name="elem_corner"><dia:point val="{cm(op[1]):.4f},{cm(op[2]):.4f}"/></dia:attribute><dia:attribute name="elem_width"><dia:real val="{cm(op[3]):.4f}"/></dia:attribute><dia:attribute name="elem_height"><dia:real val="{cm(op[4]):.4f}"/></dia:attribute><dia:attribute name="border_width"><dia:real val="0.02"/></dia:attribute><dia:attribute name="show_background"><dia:boolean val="false"/></dia:attribute></dia:object>')
        elif op[0] == "qr":
            pngp = f"{SCR}/{os.path.basename(out)[:-4]}_qr.png"; open(pngp, "wb").write(qr_png(qr_url))
            objs.append(f'<dia:object type="Standard - Image" version="0" id="{oid()}"><dia:attribute name="elem_corner"><dia:point val="{cm(op[1]):.4f},{cm(op[2]):.4f}"/></dia:attribute><dia:attribute name="elem_width"><dia:real val="{cm(op[3]):.4f}"/></dia:attribute><dia:attribute name="elem_height"><dia:real val="{cm(op[3]):.4f}"/></dia:attribute><dia:attribute name="draw_border"><dia:boolean val="false"/></dia:attribute><dia:attribute name="keep_aspect"><dia:boolean val="true"/></dia:attribute><dia:attribute name="file"><dia:string>#{pngp}#</dia:string></dia:attribute></dia:object>')
    # two invisible corner points fix the page extent (A4)
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<dia:diagram xmlns:dia="http://www.lysator.liu.se/~alla/dia/"><dia:diagramdata><dia:attribute name="background"><dia:color val="#ffffff"/></dia:attribute>
<dia:attribute name="paper"><dia:composite type="paper"><dia:attribute name="name"><dia:string>#A4#</dia:string></dia:attribute>
<dia:attribute name="tmargin"><dia:real val="0"/></dia:attribute><dia:attribute name="bmargin"><dia:real val="0"/></dia:attribute><dia:attribute name="lmargin"><dia:real val="0"/></dia:attribute><dia:attribute name="rmargin"><dia:real val="0"/></dia:attribute>
<dia:attribute name="is_portrait"><dia:boolean val="true"/></dia:attribute><dia:attribute name="scaling"><dia:real val="1"/></dia:attribute><dia:attribute name="fitto"><dia:boolean val="false"/></dia:attribute></dia:composite></dia:attribute></dia:diagramdata>
<dia:layer name="Fondo" visible="true" active="true">{"".join(objs)}</dia:layer></dia:diagram>'''
    src = f"{SCR}/{os.path.basename(out)[:-4]}.dia"; open(src, "w").write(doc)
    r = subprocess.run(["xvfb-run", "-a", "dia", "-n", "-e", out, "-t", "pdf", src], capture_output=True, text=True)
    if not os.path.exists(out): raise RuntimeError(r.stderr)

# ---------------- Batik SVG -> PDF
BATIK_CP = ":".join(f"/usr/share/java/{j}.jar" for j in ("batik-all", "fop-transcoder-allinone", "xmlgraphics-commons", "commons-io", "commons-logging", "xml-apis-ext"))
def svg(pages, qr_url, out, vector_qr=False):
    assert len(pages) == 1
    el = []
    for op in pages[0]:
        if op[0] == "t":
            _, x, y, s, size, bold, al = op
            a = {"l": "start", "r": "end", "c": "middle"}[al]
            el.append(f'<text x="{x:.2f}" y="{y:.2f}" font-family="Helvetica" font-size="{size}" font-weight="{"bold" if bold else "normal"}" text-anchor="{a}" xml:space="preserve">{E(s)}</text>')
        elif op[0] == "l":
            el.append(f'<line x1="{op[1]}" y1="{op[2]}" x2="{op[3]}" y2="{op[4]}" stroke="black" stroke-width="0.6"/>')
        elif op[0] == "r":
            el.append(f'<rect x="{op[1]}" y="{op[2]}" width="{op[3]}" height="{op[4]}" fill="none" stroke="black" stroke-width="0.6"/>')
        elif op[0] == "qr":
            if vector_qr:
                m = segno.make(qr_url, error="m").matrix; c = op[3] / (len(m) + 8); d = []
                for i, row in enumerate(m):
                    for j, v in enumerate(row):
                        if v: d.append(f"M{op[1] + (j + 4) * c:.3f} {op[2] + (i + 4) * c:.3f}h{c:.3f}v{c:.3f}h-{c:.3f}z")
                el.append(f'<path d="{"".join(d)}" fill="black"/>')
            else:
                b64 = base64.b64encode(qr_png(qr_url)).decode()
                el.append(f'<image x="{op[1]}" y="{op[2]}" width="{op[3]}" height="{op[3]}" xlink:href="data:image/png;base64,{b64}"/>')
    doc = ('<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'width="595pt" height="842pt" viewBox="0 0 595 842">{"".join(el)}</svg>')
    src = f"{SCR}/{os.path.basename(out)[:-4]}.svg"; open(src, "w").write(doc)
    r = subprocess.run(["java", "-cp", BATIK_CP, "org.apache.batik.apps.rasterizer.Main", "-scriptSecurityOff", "-m", "application/pdf", "-d", out, src], capture_output=True, text=True)
    if not os.path.exists(out): raise RuntimeError(r.stdout + r.stderr)

# ---------------- phone scan: Pillow render, tesseract hOCR, own PDF with pydyf (image + invisible words)
def scan(pages, qr_url, out, seed, dpi=300):
    assert len(pages) == 1
    k = dpi / 72; W, H = int(595 * k), int(842 * k)
    im = Image.new("L", (W, H), 255); d = ImageDraw.Draw(im)
    fonts = {}
    for op in pages[0]:
        if op[0] == "t":
            _, x, y, s, size, bold, al = op
            key = (size, bold)
            if key not in fonts: fonts[key] = ImageFont.truetype(FD + ("LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"), round(size * k))
            w = width(s, size, bold)
            x0 = x if al == "l" else (x - w if al == "r" else x - w / 2)
            d.text((x0 * k, y * k), s, font=fonts[key], fill=20, anchor="ls")
        elif op[0] == "l":
            d.line([op[1] * k, op[2] * k, op[3] * k, op[4] * k], fill=40, width=2)
        elif op[0] == "r":
            d.rectangle([op[1] * k, op[2] * k, (op[1] + op[3]) * k, (op[2] + op[4]) * k], outline=40, width=2)
        elif op[0] == "qr":
            q = Image.open(io.BytesIO(qr_png(qr_url, 1))).convert("L").resize((int(op[3] * k * 1.3),) * 2, Image.NEAREST)
            im.paste(q, (int(op[1] * k), int(op[2] * k)))
    rng = random.Random(seed)
    im = im.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=235, expand=False)
    grad = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 5)
    im = Image.composite(im, Image.new("L", (W, H), 0), grad) if False else Image.eval(im, lambda v: v)
    from PIL import ImageChops
    im = ImageChops.multiply(im, grad)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    noise = Image.effect_noise((W, H), 12).point(lambda v: v // 8)
    im = ImageChops.subtract(im, noise)
    jp = f"{SCR}/{os.path.basename(out)[:-4]}.jpg"; im.save(jp, "JPEG", quality=60, dpi=(dpi, dpi))
    base = jp[:-4]
    subprocess.run(["tesseract", jp, base, "-l", "spa", "--dpi", str(dpi), "hocr"], check=True, capture_output=True)
    hocr = open(base + ".hocr", encoding="utf-8").read()
    words = re.findall(r"<span class='ocrx_word'[^>]*title='bbox (\d+) (\d+) (\d+) (\d+)[^']*'[^>]*>(.*?)</span>", hocr)
    pdf = pydyf.PDF()
    pdf.info["Producer"] = pydyf.String("hocr2pdf (pydyf " + pydyf.VERSION + ")")
    font = pydyf.Dictionary({"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/Helvetica", "Encoding": "/WinAnsiEncoding"})
    pdf.add_object(font)
    data = open(jp, "rb").read()
    img = pydyf.Stream([data], {"Type": "/XObject", "Subtype": "/Image", "Width": W, "Height": H, "ColorSpace": "/DeviceGray",
                                "BitsPerComponent": 8, "Filter": "/DCTDecode"})
    pdf.add_object(img)
    st = pydyf.Stream(compress=True)
    st.push_state(); st.set_matrix(595, 0, 0, 842, 0, 0); st.draw_x_object("Im0"); st.pop_state()
    st.begin_text(); st.set_text_rendering(3)
    for x0, y0, x1, y1, w in words:
        w = html.unescape(re.sub(r"<[^>]+>", "", w)).strip()
        if not w: continue
        x0, y0, x1, y1 = (int(v) / k for v in (x0, y0, x1, y1))
        size = max(4, (y1 - y0) * 0.95)
        tw = width(w, size) or 1
        try: b = w.encode("cp1252")
        except UnicodeEncodeError: b = w.encode("cp1252", "replace")
        st.set_font_size("F1", round(size, 2))
        st.stream.append(f"{100 * (x1 - x0) / tw:.1f} Tz".encode())
        st.set_text_matrix(1, 0, 0, 1, round(x0, 2), round(842 - y1 + (y1 - y0) * 0.2, 2))
        st.show_text_string(b)
    st.end_text()
    pdf.add_object(st)
    pdf.add_page(pydyf.Dictionary({"Type": "/Page", "Parent": pdf.pages.reference, "MediaBox": pydyf.Array([0, 0, 595, 842]),
        "Contents": st.reference, "Resources": pydyf.Dictionary({"Font": pydyf.Dictionary({"F1": font.reference}),
        "XObject": pydyf.Dictionary({"Im0": img.reference})})}))
    with open(out, "wb") as f: pdf.write(f)
