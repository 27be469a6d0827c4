"""Turns a built document into a PDF with one of the generators."""
import html, os, subprocess
import segno
from layout import layout, qr_matrix, W, H

HERE = os.path.dirname(os.path.abspath(__file__))
SCR = "/work/wt-round4-scratch/build"
AUTHOR = {"tcpdf": "Sistema de Facturacion", "fpdf": "FacturadorWeb", "itext": "ERP Gestion", "haru": "POS Admin"}


def qr_png(d, path, scale=6):
    segno.make(d["qr_url"], error="m", micro=False).save(path, scale=scale, border=4)


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError(" ".join(cmd) + "\n" + r.stdout + r.stderr)


def write_tsv(d, path, gen, enc):
    pages = layout(d)
    out = [f"META\tcreator\t{d.get('creator', AUTHOR.get(gen, ''))}", f"META\tauthor\t{d['merchant_name']}",
           f"META\ttitle\t{d['title']} {d['letter']} {d['pos']:04d}-{d['number']:08d}"]
    if d.get("qr"):
        out.append(f"META\tqr_url\t{d['qr_url']}")
        out.append(f"META\tqr_mode\t{d.get('qr_mode', 'image')}")
        png = os.path.join(SCR, d["name"] + ".qr.png")
        qr_png(d, png)
        out.append(f"META\tqr_png\t{png}")
        out.append("META\tqr_matrix\t" + ",".join(qr_matrix(d["qr_url"])))
    for ops in pages:
        out.append("P")
        for op in ops:
            if op[0] == "font":
                out.append(f"F\t{op[1]}\t{op[2]}")
            elif op[0] == "text":
                out.append(f"T\t{op[1]}\t{op[2]}\t{op[4]}\t{op[3]}")
            elif op[0] == "rect":
                out.append(f"R\t{op[1]}\t{op[2]}\t{op[3]}\t{op[4]}\t{op[5]}\t{-1 if op[6] is None else op[6]}")
            elif op[0] == "line":
                out.append(f"L\t{op[1]}\t{op[2]}\t{op[3]}\t{op[4]}\t{op[5]}")
            elif op[0] == "qr":
                out.append(f"Q\t{op[1]}\t{op[2]}\t{op[3]}")
    with open(path, "w", encoding=enc) as f:
        f.write("\n".join(out) + "\n")
    return len(pages)


def render(d, outpdf):
    g = d["gen"]
    os.makedirs(SCR, exist_ok=True)
    base = os.path.join(SCR, d["name"])
    if g in ("tcpdf", "fpdf"):
        write_tsv(d, base + ".tsv", g, "utf-8")
        run(["php", os.path.join(HERE, "gen/draw_php.php"), g, base + ".tsv", outpdf])
    elif g == "itext":
        write_tsv(d, base + ".tsv", g, "utf-8")
        run(["java", "-cp", "/usr/share/java/itext5.jar:" + SCR, "DrawItext", base + ".tsv", outpdf])
    elif g == "haru":
        write_tsv(d, base + ".tsv", g, "cp1252")
        run([os.path.join(SCR, "draw_haru"), base + ".tsv", outpdf])
    elif g == "dompdf":
        with open(base + ".html", "w") as f:
            f.write(to_html(d, base))
        run(["php", os.path.join(HERE, "gen/dompdf_run.php"), base + ".html", outpdf])
    elif g == "fop":
        with open(base + ".fo", "w") as f:
            f.write(to_fo(d, base))
        run(["fop", "-q", "-fo", base + ".fo", "-pdf", outpdf])
    elif g == "mutool":
        files = to_mutool(d, base)
        run(["mutool", "create", "-o", outpdf, "-O", "compress"] + files)
    else:
        raise ValueError(g)


# ---------------------------------------------------------------- dompdf (HTML)
def e(s):
    return html.escape(s)


def to_html(d, base):
    fam = {"sans": "DejaVu Sans", "serif": "Times", "mono": "Courier"}[d.get("font", "sans")]
    fs = d.get("fs", 8.5)
    ff = "".join(f"@font-face {{{{ font-family: '{n}'; font-weight: {w}; src: url('file:///usr/share/fonts/truetype/dejavu/{f}.ttf'); }}}}\n"
                 for n, w, f in [("DejaVu Sans", "normal", "DejaVuSans"), ("DejaVu Sans", "bold", "DejaVuSans-Bold"),
                                 ("DejaVu Serif", "normal", "DejaVuSerif"), ("DejaVu Serif", "bold", "DejaVuSerif-Bold"),
                                 ("DejaVu Sans Mono", "normal", "DejaVuSansMono"), ("DejaVu Sans Mono", "bold", "DejaVuSansMono-Bold")])
    css = ff + f"""@page {{ margin: 14mm 12mm 16mm 12mm; }}
body {{ font-family: {fam}; font-size: {fs}pt; color: #222; }}
table {{ border-collapse: collapse; width: 100%; }}
.hdr {{ width: 97%; }}
.hdr td {{ vertical-align: top; border: 1px solid #444; padding: 6px; }}
.letter {{ width: 60px; text-align: center; }}
.letter .l {{ font-size: 30pt; font-weight: bold; border: 2px solid #000; padding: 0 8px; }}
.letter .c {{ font-size: 6.5pt; }}
.iss .n {{ font-size: 13pt; font-weight: bold; }}
.inv .t {{ font-size: 15pt; font-weight: bold; }}
.buyer {{ width: 95%; border: 1px solid #444; margin-top: 6px; padding: 5px; }}
.items {{ margin-top: 8px; width: 100%; }}
.items th {{ background: #ddd; border-bottom: 1px solid #000; padding: 3px; text-align: left; }}
.items td {{ padding: 3px; vertical-align: top; border-bottom: 0.5px solid #bbb; }}
.r {{ text-align: right !important; }}
.tot {{ margin-top: 10px; }}
.tot td {{ padding: 3px 6px; }}
.copy {{ text-align: center; font-weight: bold; font-size: 10pt; margin-bottom: 4px; }}
.cae {{ font-weight: bold; }}
.grand td {{ font-weight: bold; font-size: {fs + 2}pt; border-top: 1px solid #000; }}
"""
    qr = ""
    if d.get("qr"):
        if d.get("qr_mode") == "svg":
            import base64, io
            buf = io.BytesIO()
            segno.make(d["qr_url"], error="m", micro=False).save(buf, kind="svg", scale=4, border=4, xmldecl=True, svgns=True)
            src = "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode()
        else:
            png = base + ".qr.png"
            qr_png(d, png)
            import base64
            src = "data:image/png;base64," + base64.b64encode(open(png, "rb").read()).decode()
        mm = d.get("qr_size", 80) * 25.4 / 72
        qr = f'<img src="{src}" style="width:{mm:.1f}mm;height:{mm:.1f}mm" />'
    side = d.get("issuer_side", "L")
    parts = []
    copies = d.get("copies") or [None]
    for ci, copy in enumerate(copies):
        p = []
        if ci:
            p.append('<div style="page-break-before: always"></div>')
        if copy:
            p.append(f'<div class="copy">{e(copy)}</div>')
        iss = '<div class="n">' + e(d["issuer_lines"][0]) + "</div>" + "".join(f"<div>{e(x)}</div>" for x in d["issuer_lines"][1:])
        inv = f'<div class="t">{e(d["title"])}</div>' + "".join(f"<div>{e(x)}</div>" for x in d["inv_lines"])
        let = f'<span class="l">{e(d["letter"])}</span><br/><span class="c">{e(d["code_text"])}</span>'
        cells = [f'<td class="iss" style="width:45%">{iss}</td>', f'<td class="letter">{let}</td>', f'<td class="inv">{inv}</td>']
        if side == "R":
            cells = [cells[2].replace('class="inv"', 'class="inv" style="width:45%"'), cells[1], cells[0].replace("width:45%", "")]
        p.append('<table class="hdr"><tr>' + "".join(cells) + "</tr></table>")
        p.append('<div class="buyer">' + "<br/>".join(e(x) for x in d["buyer_lines"]) + "</div>")
        if d.get("extra_lines"):
            p.append('<div style="margin-top:5px">' + "<br/>".join(("<b>%s</b>" % e(x[1:])) if x.startswith("*") else e(x) for x in d["extra_lines"]) + "</div>")
        th = "".join(f'<th style="text-align:{"right" if a == "R" else "left"};width:{w * 100:.1f}%">{e(t)}</th>' for k, t, w, a in d["columns"])
        trs = []
        for row in d["rows"]:
            tds = []
            for (k, t, w, a), cell in zip(d["columns"], row):
                txt = "<br/>".join(e(x) for x in cell) if isinstance(cell, list) else e(cell)
                tds.append(f'<td style="text-align:{"right" if a == "R" else "left"}">{txt}</td>')
            trs.append("<tr>" + "".join(tds) + "</tr>")
        p.append(f'<table class="items"><thead><tr>{th}</tr></thead><tbody>' + "".join(trs) + "</tbody></table>")
        tot = d["totals"]
        if d.get("totals_style") == "row":
            p.append('<table class="tot" style="border:1px solid #444;width:97%"><tr>' + "".join(f'<td style="text-align:center;font-weight:bold">{e(l.rstrip(":"))}</td>' for l, v in tot) +
                     "</tr><tr>" + "".join(f'<td style="text-align:center">{e(v)}</td>' for l, v in tot) + "</tr></table>")
        else:
            rows = "".join(f'<tr class="{"grand" if i == len(tot) - 1 else ""}"><td style="text-align:right;width:65%">{e(l)}</td><td style="text-align:right;width:35%">{e(v)}</td></tr>' for i, (l, v) in enumerate(tot))
            p.append(f'<table class="tot" style="width:100%"><tr><td style="width:40%"></td><td><table style="width:100%">{rows}</table></td></tr></table>')
        for ln in d.get("after_lines", []):
            p.append(f"<div>{e(ln)}</div>")
        caes = "".join(f'<div class="cae">{e(x)}</div>' for x in d.get("cae_lines", []))
        q = qr if (d.get("qr") and (d.get("qr_where") == "all" or ci == len(copies) - 1 or d.get("qr_where") == "first" and ci == 0)) else ""
        p.append(f'<table style="margin-top:10px"><tr><td style="width:40%">{q}</td><td style="vertical-align:middle">{caes}</td></tr></table>')
        parts.append("\n".join(p))
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"/><title>{e(d["title"])} {d["pos"]:04d}-{d["number"]:08d}</title><style>{css}</style></head><body>' + "\n".join(parts) + "</body></html>"


# ---------------------------------------------------------------- Apache FOP (XSL-FO)
def x(s):
    return html.escape(s, quote=True)


def to_fo(d, base):
    fam = {"sans": "Helvetica", "serif": "Times", "mono": "Courier"}[d.get("font", "sans")]
    fs = d.get("fs", 8.5)
    qr = ""
    if d.get("qr"):
        mm = d.get("qr_size", 80) * 25.4 / 72
        if d.get("qr_mode") == "vector":
            m = qr_matrix(d["qr_url"])
            n = len(m) + 8
            rects = "".join(f'<svg:rect x="{c + 4}" y="{r + 4}" width="1" height="1"/>' for r, row in enumerate(m) for c, v in enumerate(row) if v == "1")
            qr = (f'<fo:instream-foreign-object content-width="{mm:.1f}mm" content-height="{mm:.1f}mm">'
                  f'<svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="{n}" height="{n}" viewBox="0 0 {n} {n}" shape-rendering="crispEdges">'
                  f'<svg:g fill="black">{rects}</svg:g></svg:svg></fo:instream-foreign-object>')
        else:
            png = base + ".qr.png"
            qr_png(d, png)
            qr = f'<fo:external-graphic src="url(\'file:{png}\')" content-width="{mm:.1f}mm" content-height="{mm:.1f}mm"/>'
    side = d.get("issuer_side", "L")
    seqs = []
    copies = d.get("copies") or [None]
    for ci, copy in enumerate(copies):
        b = []
        if copy:
            b.append(f'<fo:block text-align="center" font-weight="bold" font-size="10pt" space-after="3pt">{x(copy)}</fo:block>')
        iss = f'<fo:block font-size="13pt" font-weight="bold">{x(d["issuer_lines"][0])}</fo:block>' + "".join(f"<fo:block>{x(s)}</fo:block>" for s in d["issuer_lines"][1:])
        inv = f'<fo:block font-size="15pt" font-weight="bold">{x(d["title"])}</fo:block>' + "".join(f"<fo:block>{x(s)}</fo:block>" for s in d["inv_lines"])
        let = (f'<fo:block text-align="center" font-size="28pt" font-weight="bold" border="1.5pt solid black">{x(d["letter"])}</fo:block>'
               f'<fo:block text-align="center" font-size="6.5pt">{x(d["code_text"])}</fo:block>')
        cells = [iss, let, inv] if side == "L" else [inv, let, iss]
        b.append('<fo:table table-layout="fixed" width="100%" border="0.8pt solid black"><fo:table-column column-width="44%"/><fo:table-column column-width="12%"/><fo:table-column column-width="44%"/><fo:table-body><fo:table-row>' +
                 "".join(f'<fo:table-cell padding="5pt" border-right="0.5pt solid #666"><fo:block-container>{c}</fo:block-container></fo:table-cell>' for c in cells) + "</fo:table-row></fo:table-body></fo:table>")
        b.append('<fo:block border="0.8pt solid black" padding="4pt" space-before="5pt">' + "".join(f"<fo:block>{x(s)}</fo:block>" for s in d["buyer_lines"]) + "</fo:block>")
        for s in d.get("extra_lines", []):
            b.append(f'<fo:block font-weight="{"bold" if s.startswith("*") else "normal"}">{x(s.lstrip("*"))}</fo:block>')
        cols = "".join(f'<fo:table-column column-width="{w * 100:.1f}%"/>' for k, t, w, a in d["columns"])
        head = "".join(f'<fo:table-cell padding="2pt" background-color="#dddddd" border-bottom="0.8pt solid black"><fo:block font-weight="bold" text-align="{"end" if a == "R" else "start"}">{x(t)}</fo:block></fo:table-cell>' for k, t, w, a in d["columns"])
        rows = []
        for row in d["rows"]:
            cs = []
            for (k, t, w, a), cell in zip(d["columns"], row):
                lines = cell if isinstance(cell, list) else [cell]
                cs.append(f'<fo:table-cell padding="2pt" border-bottom="0.3pt solid #aaaaaa">' + "".join(f'<fo:block text-align="{"end" if a == "R" else "start"}">{x(s) if s else "&#160;"}</fo:block>' for s in lines) + "</fo:table-cell>")
            rows.append("<fo:table-row>" + "".join(cs) + "</fo:table-row>")
        omit = "true" if not d.get("repeat_header", True) else "false"
        b.append(f'<fo:table table-layout="fixed" width="100%" space-before="8pt" table-omit-header-at-break="{omit}">{cols}<fo:table-header><fo:table-row>{head}</fo:table-row></fo:table-header><fo:table-body>' + "".join(rows) + "</fo:table-body></fo:table>")
        tot = d["totals"]
        if d.get("totals_style") == "row":
            n = len(tot)
            b.append('<fo:table table-layout="fixed" width="100%" space-before="8pt" border="0.8pt solid black">' + f'<fo:table-column column-width="{100 / n:.2f}%" number-columns-repeated="{n}"/>' +
                     "<fo:table-body><fo:table-row>" + "".join(f'<fo:table-cell padding="2pt"><fo:block text-align="center" font-weight="bold">{x(l.rstrip(":"))}</fo:block></fo:table-cell>' for l, v in tot) +
                     "</fo:table-row><fo:table-row>" + "".join(f'<fo:table-cell padding="2pt"><fo:block text-align="center">{x(v)}</fo:block></fo:table-cell>' for l, v in tot) + "</fo:table-row></fo:table-body></fo:table>")
        elif d.get("totals_style") == "grid":
            cells = [f'<fo:table-cell padding="3pt" border="0.5pt solid black"><fo:block text-align-last="justify">{x(l)}<fo:leader leader-pattern="space"/>{x(v)}</fo:block></fo:table-cell>' for l, v in tot]
            if len(cells) % 2:
                cells.append('<fo:table-cell><fo:block/></fo:table-cell>')
            trs = "".join("<fo:table-row>" + cells[i] + cells[i + 1] + "</fo:table-row>" for i in range(0, len(cells), 2))
            b.append('<fo:table table-layout="fixed" width="100%" space-before="8pt"><fo:table-column column-width="50%"/><fo:table-column column-width="50%"/><fo:table-body>' + trs + "</fo:table-body></fo:table>")
        else:
            trs = "".join(f'<fo:table-row{" font-weight=&quot;bold&quot;" if False else ""}><fo:table-cell padding="2pt"><fo:block text-align="end"{" font-weight=" + chr(34) + "bold" + chr(34) if i == len(tot) - 1 else ""}>{x(l)}</fo:block></fo:table-cell><fo:table-cell padding="2pt"><fo:block text-align="end"{" font-weight=" + chr(34) + "bold" + chr(34) if i == len(tot) - 1 else ""}>{x(v)}</fo:block></fo:table-cell></fo:table-row>' for i, (l, v) in enumerate(tot))
            b.append('<fo:table table-layout="fixed" width="100%" space-before="8pt"><fo:table-column column-width="70%"/><fo:table-column column-width="30%"/><fo:table-body>' + trs + "</fo:table-body></fo:table>")
        for s in d.get("after_lines", []):
            b.append(f"<fo:block>{x(s)}</fo:block>")
        caes = "".join(f'<fo:block font-weight="bold">{x(s)}</fo:block>' for s in d.get("cae_lines", [])) or "<fo:block/>"
        q = qr if (d.get("qr") and (d.get("qr_where") == "all" or ci == len(copies) - 1)) else ""
        b.append('<fo:table table-layout="fixed" width="100%" space-before="8pt" keep-together.within-page="always"><fo:table-column column-width="40%"/><fo:table-column column-width="60%"/><fo:table-body><fo:table-row>'
                 f'<fo:table-cell><fo:block>{q}</fo:block></fo:table-cell><fo:table-cell display-align="center">{caes}</fo:table-cell></fo:table-row></fo:table-body></fo:table>')
        seqs.append(f'<fo:page-sequence master-reference="A4"><fo:flow flow-name="xsl-region-body" font-family="{fam}" font-size="{fs}pt">' + "".join(b) + "</fo:flow></fo:page-sequence>")
    return ('<?xml version="1.0" encoding="UTF-8"?><fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format"><fo:layout-master-set>'
            '<fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm" margin="12mm 12mm 14mm 12mm"><fo:region-body/></fo:simple-page-master></fo:layout-master-set>'
            f'<fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{x(d["title"])} {d["pos"]:04d}-{d["number"]:08d}</dc:title></rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>'
            + "".join(seqs) + "</fo:root>")


# ---------------------------------------------------------------- mutool create (content streams, Courier)
def to_mutool(d, base):
    pages = layout(dict(d, font="mono"))
    files = []
    m = qr_matrix(d["qr_url"]) if d.get("qr") else None
    for i, ops in enumerate(pages):
        out = ["%%MediaBox 0 0 595 842", "%%Font CR Courier", "%%Font CB Courier-Bold"]
        cur = ("CR", 9)
        for op in ops:
            if op[0] == "font":
                cur = ("CB" if op[1].endswith("bold") else "CR", op[2])
            elif op[0] == "text":
                _, xx, yy, s, al = op
                w = 0.6 * cur[1] * len(s)
                if al == "R":
                    xx -= w
                elif al == "C":
                    xx -= w / 2
                es = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                es = "".join(ch if ord(ch) < 128 else "\\%03o" % ord(ch.encode("cp1252")) for ch in es)
                out.append(f"BT /{cur[0]} {cur[1]} Tf {xx:.2f} {H - yy:.2f} Td ({es}) Tj ET")
            elif op[0] == "rect":
                _, xx, yy, w, h, lw, fill = op
                if fill is not None:
                    out.append(f"{fill} g {xx} {H - yy - h:.2f} {w} {h} re f 0 g")
                out.append(f"{lw} w {xx} {H - yy - h:.2f} {w} {h} re S")
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw = op
                out.append(f"{lw} w {x1} {H - y1:.2f} m {x2} {H - y2:.2f} l S")
            elif op[0] == "qr":
                _, xx, yy, sz = op
                n = len(m)
                mod = sz / (n + 8)
                out.append("0 g")
                for r, row in enumerate(m):
                    for c, v in enumerate(row):
                        if v == "1":
                            out.append(f"{xx + (c + 4) * mod:.3f} {H - yy - (r + 5) * mod:.3f} {mod:.3f} {mod:.3f} re")
                out.append("f")
        fn = f"{base}.p{i + 1}.txt"
        with open(fn, "w", encoding="latin-1") as f:
            f.write("\n".join(out) + "\n")
        files.append(fn)
    return files
