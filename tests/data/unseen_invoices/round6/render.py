"""Generators: LuaLaTeX, XeLaTeX, ConTeXt, PyFPDF 1.7.2, Pandoc->ConTeXt, cups-filters texttopdf, Ghostscript pdfwrite."""
import os
import shutil
import subprocess

from layout import to_text

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"


def tex_esc(s):
    out = []
    for ch in s:
        if ch in "&%$#_{}":
            out.append("\\" + ch)
        elif ch == "\\":
            out.append("\\textbackslash{}")
        elif ch == "~":
            out.append("\\textasciitilde{}")
        elif ch == "^":
            out.append("\\textasciicircum{}")
        else:
            out.append(ch)
    return "".join(out)


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        raise RuntimeError(" ".join(cmd) + "\n" + r.stdout[-3000:])
    return r.stdout


# ---------------------------------------------------------------- LaTeX (LuaLaTeX / XeLaTeX)
def latex_lines(lines, big=False):
    out = []
    for k, (w, t) in enumerate(lines):
        t = tex_esc(t)
        if w == "b":
            t = ("{\\large\\bfseries " if big and k == 0 else "\\textbf{") + t + "}"
        out.append(t)
    return "\\\\\n".join(out)


def latex_doc(sp, doc, engine, qrfile):
    xe = engine == "xelatex"
    if xe:
        font = (f"\\setmainfont{{LiberationSans}}[Path={LIBER}, Extension=.ttf, UprightFont=*-Regular, "
                f"BoldFont=*-Bold, Ligatures=CommonOff]")
    else:
        font = (f"\\setmainfont{{DejaVuSans}}[Path={DEJAVU}, Extension=.ttf, BoldFont=*-Bold, "
                f"Ligatures=CommonOff]")
    dw = doc.get("desc_width", "6.2cm")
    colspec = []
    for k, a in zip(sp["colkeys"], sp["aligns"]):
        colspec.append(f">{{\\raggedright\\arraybackslash}}p{{{dw}}}" if k == "desc" else a)
    grid = doc.get("grid_table", False)
    sep = "|" if grid else ""
    colspec = sep + sep.join(colspec) + sep
    iw = doc.get("issuer_width", "0.43")
    if xe:
        box = (f"\\begin{{tabular}}{{|c|}}\\hline\\rule{{0pt}}{{22pt}}{{\\fontsize{{26}}{{28}}\\selectfont\\bfseries "
               f"{sp['letter']}}}\\\\ {{\\scriptsize {tex_esc(sp['code_text'])}}}\\\\\\hline\\end{{tabular}}")
    else:
        box = (f"\\fbox{{\\fontsize{{28}}{{30}}\\selectfont\\bfseries {sp['letter']}}}\\\\[2pt]"
               f"{{\\scriptsize {tex_esc(sp['code_text'])}}}")
    iss = latex_lines(sp["issuer"], big=True)
    tit = latex_lines(sp["title"])
    if sp["issuer_pos"] == "center":
        header = (f"\\begin{{center}}{iss}\\end{{center}}\n\\noindent\\begin{{minipage}}[t]{{0.2\\textwidth}}\\centering "
                  f"{box}\\end{{minipage}}\\hfill\\begin{{minipage}}[t]{{0.6\\textwidth}}\\raggedleft {tit}\\end{{minipage}}")
    else:
        L = f"\\begin{{minipage}}[t]{{{iw}\\textwidth}}\\raggedright {iss}\\end{{minipage}}"
        R = f"\\begin{{minipage}}[t]{{0.40\\textwidth}}\\raggedright {tit}\\end{{minipage}}"
        if sp["issuer_pos"] == "right":
            L, R = (f"\\begin{{minipage}}[t]{{0.40\\textwidth}}\\raggedright {tit}\\end{{minipage}}",
                    f"\\begin{{minipage}}[t]{{{iw}\\textwidth}}\\raggedright {iss}\\end{{minipage}}")
        header = f"\\noindent {L}\\hfill\\begin{{minipage}}[t]{{0.1\\textwidth}}\\centering {box}\\end{{minipage}}\\hfill {R}"
    buyer = "\\\\\n".join(tex_esc(t) for t in sp["buyer"] + sp["extra"])
    head = " & ".join("\\textbf{" + tex_esc(h) + "}" for h in sp["head"]) + "\\\\"
    rows = "\n".join(" & ".join(tex_esc(c) for c in r) + "\\\\" + ("\\hline" if grid else "") for r in sp["rows"])
    table = (f"\\begin{{longtable}}{{{colspec}}}\n\\hline {head}\\hline\n\\endhead\n{rows}\n\\hline\n\\end{{longtable}}")
    ts = sp["totals_style"]
    if ts == "row":
        n = len(sp["totals"])
        tot = ("\\noindent\\begin{tabular}{|" + "r|" * n + "}\\hline " +
               " & ".join("\\textbf{" + tex_esc(l) + "}" for l, _ in sp["totals"]) + "\\\\\\hline " +
               " & ".join(tex_esc(v) for _, v in sp["totals"]) + "\\\\\\hline\\end{tabular}")
    elif ts == "grid":
        tot = ("\\hfill\\begin{tabular}{|l|r|}\\hline " +
               "\n".join(tex_esc(l) + " & " + tex_esc(v) + "\\\\\\hline" for l, v in sp["totals"]) + "\\end{tabular}")
    else:
        tot = ("\\hfill\\begin{tabular}{lr} " +
               "\n".join(tex_esc(l) + " & " + tex_esc(v) + "\\\\" for l, v in sp["totals"][:-1]) +
               f"\\textbf{{{tex_esc(sp['totals'][-1][0])}}} & \\textbf{{{tex_esc(sp['totals'][-1][1])}}}\\\\" +
               "\\end{tabular}")
    foot = "\\\\\n".join(tex_esc(t) for t in sp["footer"])
    if qrfile:
        footer = (f"\\noindent\\begin{{minipage}}[b]{{3.2cm}}\\includegraphics[width={doc.get('qr_size', '2.8cm')}]"
                  f"{{{qrfile}}}\\end{{minipage}}\\hspace{{4mm}}\\begin{{minipage}}[b]{{10cm}}{foot}\\end{{minipage}}")
    else:
        footer = "\\noindent " + foot
    body = f"{header}\n\n\\vspace{{3mm}}\\hrule\\vspace{{2mm}}\n\\noindent {buyer}\n\n\\vspace{{2mm}}\\hrule\\vspace{{2mm}}\n{table}\n\n{tot}\n\n\\vspace{{5mm}}\n{footer}\n"
    if sp["copies"]:
        body = "\n\\newpage\n".join(f"\\begin{{center}}\\textbf{{{c}}}\\end{{center}}\n" + body for c in sp["copies"])
    return f"""\\documentclass[10pt]{{article}}
\\usepackage[a4paper,margin=14mm]{{geometry}}
\\usepackage{{fontspec}}
{font}
\\usepackage{{graphicx,longtable,array}}
\\pagestyle{{empty}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\uchyph=0
\\setlength\\parindent{{0pt}}
\\setlength\\LTleft{{0pt}}
\\begin{{document}}
\\small
{body}
\\end{{document}}
"""


def gen_latex(sp, doc, engine, build, out, qrfile):
    src = latex_doc(sp, doc, engine, qrfile)
    with open(os.path.join(build, "doc.tex"), "w") as f:
        f.write(src)
    for _ in range(2):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "doc.tex"], build)
    shutil.copy(os.path.join(build, "doc.pdf"), out)


# ---------------------------------------------------------------- ConTeXt
def ctx_lines(lines):
    out = []
    for k, (w, t) in enumerate(lines):
        t = tex_esc(t)
        out.append(("{\\bfb " if k == 0 else "{\\bf ") + t + "}" if w == "b" else t)
    return "\\crlf\n".join(out)


def context_doc(sp, doc, qrfile):
    box = (f"\\framed[width=14mm,height=14mm,align=middle]{{\\bfd {sp['letter']}}}\\crlf "
           f"{{\\tfxx {tex_esc(sp['code_text'])}}}")
    iss, tit = ctx_lines(sp["issuer"]), ctx_lines(sp["title"])
    iw = doc.get("issuer_width", "0.44")
    if sp["issuer_pos"] == "center":
        header = (f"\\startalignment[middle]{iss}\\stopalignment\n\\blank[small]\n"
                  f"\\bTABLE[frame=off]\\bTR\\bTD[width=0.2\\textwidth,align=middle] {box}\\eTD"
                  f"\\bTD[width=0.8\\textwidth,align=flushleft] {tit}\\eTD\\eTR\\eTABLE")
    else:
        cells = [f"\\bTD[width={iw}\\textwidth,align=flushleft] {iss}\\eTD",
                 f"\\bTD[width=0.14\\textwidth,align=middle] {box}\\eTD",
                 f"\\bTD[width=0.42\\textwidth,align=flushleft] {tit}\\eTD"]
        if sp["issuer_pos"] == "right":
            cells = cells[::-1]
        header = "\\bTABLE[frame=off]\\bTR " + "".join(cells) + "\\eTR\\eTABLE"
    buyer = "\\crlf\n".join(tex_esc(t) for t in sp["buyer"] + sp["extra"])
    dw = doc.get("desc_width_ctx", "0.42")
    setups = []
    for k, (key, a) in enumerate(zip(sp["colkeys"], sp["aligns"])):
        opts = "align=flushleft" if a == "l" else "align=flushright"
        if key == "desc":
            opts += f",width={dw}\\textwidth"
        setups.append(f"\\setupTABLE[column][{k + 1}][{opts}]")
    head = "\\bTR " + "".join(f"\\bTH {tex_esc(h)}\\eTH" for h in sp["head"]) + "\\eTR"
    rows = "\n".join("\\bTR " + "".join(f"\\bTD {tex_esc(c)}\\eTD" for c in r) + "\\eTR" for r in sp["rows"])
    frame = "on" if doc.get("grid_table") else "off"
    table = ("\\bgroup\n" + "\n".join(setups) +
             f"\n\\setupTABLE[frame={frame},bottomframe=on,split=repeat,option=stretch]\n"
             f"\\bTABLE\\bTABLEhead {head}\\eTABLEhead\\bTABLEbody\n{rows}\n\\eTABLEbody\\eTABLE\n\\egroup")
    ts = sp["totals_style"]
    if ts == "row":
        tot = ("\\bTABLE[frame=on,align=flushright]\\bTR " + "".join(f"\\bTD {{\\bf {tex_esc(l)}}}\\eTD" for l, _ in sp["totals"]) +
               "\\eTR\\bTR " + "".join(f"\\bTD {tex_esc(v)}\\eTD" for _, v in sp["totals"]) + "\\eTR\\eTABLE")
    else:
        fr = "on" if ts == "grid" else "off"
        tot = (f"\\startalignment[flushright]\\bTABLE[frame={fr}]" +
               "".join(f"\\bTR\\bTD[align=flushleft] {tex_esc(l)}\\eTD\\bTD[align=flushright] {tex_esc(v)}\\eTD\\eTR"
                       for l, v in sp["totals"]) + "\\eTABLE\\stopalignment")
    foot = "\\crlf\n".join(tex_esc(t) for t in sp["footer"])
    if qrfile:
        footer = (f"\\bTABLE[frame=off]\\bTR\\bTD[width=34mm] \\externalfigure[{qrfile}][width={doc.get('qr_size', '28mm')}]\\eTD"
                  f"\\bTD[width=100mm,align=flushleft] {foot}\\eTD\\eTR\\eTABLE")
    else:
        footer = foot
    body = f"{header}\n\\blank[small]\\hairline\n{buyer}\n\\blank[small]\n{table}\n\\blank\n{tot}\n\\blank[big]\n{footer}\n"
    if sp["copies"]:
        body = "\n\\page\n".join(f"\\startalignment[middle]{{\\bf {c}}}\\stopalignment\n" + body for c in sp["copies"])
    return f"""\\mainlanguage[es]
\\setuppapersize[A4]
\\setuplayout[backspace=14mm,width=middle,topspace=12mm,header=0pt,footer=0pt,height=middle]
\\setupbodyfont[{doc.get('ctx_font', 'dejavu')},9pt]
\\setupalign[nothyphenated]
\\setuppagenumbering[location=]
\\setupwhitespace[small]
\\setupindenting[no]
\\starttext
{body}
\\stoptext
"""


def gen_context(sp, doc, build, out, qrfile):
    with open(os.path.join(build, "doc.tex"), "w") as f:
        f.write(context_doc(sp, doc, qrfile))
    run(["context", "--batchmode", "--nonstopmode", "doc.tex"], build)
    shutil.copy(os.path.join(build, "doc.pdf"), out)


# ---------------------------------------------------------------- PyFPDF 1.7.2
def gen_fpdf(sp, doc, build, out, qrfile):
    from fpdf import FPDF
    pdf = FPDF("P", "mm", "A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 10, 10)
    widths = doc.get("fpdf_widths")
    n = len(sp["head"])
    if not widths:
        other = {"code": 26, "qty": 14, "unit": 16, "price": 24, "bonif": 14, "rate": 18, "net": 24, "amount": 26}
        widths = [other.get(k, 0) for k in sp["colkeys"]]
        widths[sp["colkeys"].index("desc")] = 190 - sum(widths)

    def wrap(text, w):
        words, lines, cur = text.split(), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if pdf.get_string_width(t) <= w - 2:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
        return lines

    def header(copy):
        pdf.add_page()
        y0 = 12
        if copy:
            pdf.set_font("Arial", "B", 10)
            pdf.set_xy(10, 5)
            pdf.cell(190, 5, copy, 0, 0, "C")
        pdf.rect(10, y0 - 2, 190, 48)
        bx = 98
        pdf.rect(bx, y0 - 2, 14, 14)
        pdf.set_font("Arial", "B", 22)
        pdf.set_xy(bx, y0)
        pdf.cell(14, 10, sp["letter"], 0, 0, "C")
        pdf.set_font("Arial", "", 6)
        pdf.set_xy(bx - 3, y0 + 12.5)
        pdf.cell(20, 3, sp["code_text"], 0, 0, "C")
        pdf.line(105, y0 + 16, 105, y0 + 46)
        ix, tx = (12, 115) if sp["issuer_pos"] != "right" else (115, 12)
        y = y0 + 1
        for k, (w, t) in enumerate(sp["issuer"]):
            pdf.set_font("Arial", "B" if w == "b" else "", 12 if k == 0 else 8)
            for ln in (wrap(t, 84) if k == 0 else [t]):
                pdf.set_xy(ix, y)
                pdf.cell(84, 5 if k == 0 else 4, ln)
                y += 5.5 if k == 0 else 4
        y = y0 + 1
        for k, (w, t) in enumerate(sp["title"]):
            pdf.set_font("Arial", "B" if w == "b" else "", 11 if k == 0 else 8)
            pdf.set_xy(tx, y)
            pdf.cell(80, 5, t)
            y += 6 if k == 0 else 4.5
        y = y0 + 49
        pdf.set_font("Arial", "", 8)
        for t in sp["buyer"] + sp["extra"]:
            pdf.set_xy(10, y)
            pdf.cell(190, 4, t)
            y += 4.2
        y += 2
        return table_head(y)

    def table_head(y):
        pdf.set_font("Arial", "B", 8)
        pdf.set_fill_color(220, 220, 220)
        x = 10
        for w, h, a in zip(widths, sp["head"], sp["aligns"]):
            pdf.set_xy(x, y)
            pdf.cell(w, 6, h, 1, 0, "R" if a == "r" else "L", True)
            x += w
        return y + 6

    copies = sp["copies"] or [None]
    maxy = doc.get("fpdf_maxy", 250)
    for copy in copies:
        y = header(copy)
        pdf.set_font("Arial", "", 8)
        di = sp["colkeys"].index("desc")
        for r in sp["rows"]:
            lines = wrap(r[di], widths[di])
            h = 4.2 * len(lines) + 1
            if y + h > maxy:
                pdf.set_xy(10, y + 2)
                pdf.set_font("Arial", "I", 7)
                pdf.cell(190, 4, "Continúa en la hoja siguiente", 0, 0, "R")
                pdf.add_page()
                y = table_head(12)
                pdf.set_font("Arial", "", 8)
            x = 10
            for c, (w, v, a) in enumerate(zip(widths, r, sp["aligns"])):
                if c == di:
                    for k, ln in enumerate(lines):
                        pdf.set_xy(x, y + 0.5 + 4.2 * k)
                        pdf.cell(w, 4.2, ln)
                else:
                    pdf.set_xy(x, y + 0.5)
                    pdf.cell(w, 4.2, v, 0, 0, "R" if a == "r" else "L")
                x += w
            y += h
            pdf.line(10, y, 200, y)
        y += 4
        if y > 225:
            pdf.add_page()
            y = 15
        ts = sp["totals_style"]
        if ts == "row":
            n = len(sp["totals"])
            w = 190 / n
            pdf.set_font("Arial", "B", 7)
            for k, (l, v) in enumerate(sp["totals"]):
                pdf.set_xy(10 + k * w, y)
                pdf.cell(w, 5, l, 1, 0, "C")
                pdf.set_xy(10 + k * w, y + 5)
                pdf.cell(w, 5, v, 1, 0, "R")
            y += 14
        else:
            b = 1 if ts == "grid" else 0
            for k, (l, v) in enumerate(sp["totals"]):
                last = k == len(sp["totals"]) - 1
                pdf.set_font("Arial", "B" if last else "", 10 if last else 8)
                pdf.set_xy(110, y)
                pdf.cell(55, 5, l, b, 0, "R")
                pdf.cell(35, 5, v, b, 0, "R")
                y += 5.5
            y += 3
        if qrfile:
            s = doc.get("qr_mm", 30)
            pdf.image(qrfile, 12, y, s, s)
        pdf.set_font("Arial", "", 8)
        yy = y + 2
        for t in sp["footer"]:
            pdf.set_xy(50 if qrfile else 12, yy)
            pdf.cell(140, 4.5, t)
            yy += 4.8
    pdf.set_creator("FacturadorWeb")
    pdf.output(out, "F")


# ---------------------------------------------------------------- Pandoc (markdown -> ConTeXt)
def md_esc(s):
    out = []
    for ch in s:
        if ch in "\\`*_{}[]<>#+-!$|~^":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def gen_pandoc(sp, doc, build, out, qrfile):
    L = []
    L.append(f"**{md_esc(sp['issuer'][0][1])}**\\")
    for w, t in sp["issuer"][1:]:
        L.append(md_esc(t) + "\\")
    L.append("")
    L.append(f"**{sp['letter']}** -- {md_esc(sp['code_text'])}")
    L.append("")
    for w, t in sp["title"]:
        L.append((f"**{md_esc(t)}**" if w == "b" else md_esc(t)) + "\\")
    L.append("")
    for t in sp["buyer"] + sp["extra"]:
        L.append(md_esc(t) + "\\")
    L.append("")
    L.append("| " + " | ".join(md_esc(h) for h in sp["head"]) + " |")
    L.append("|" + "|".join(("-----:" if a == "r" else (":----------------------" if k == "desc" else ":----"))
                          for a, k in zip(sp["aligns"], sp["colkeys"])) + "|")
    for r in sp["rows"]:
        L.append("| " + " | ".join(md_esc(c) for c in r) + " |")
    L.append("")
    L.append("| | |")
    L.append("|:---|---:|")
    for l, v in sp["totals"]:
        L.append(f"| {md_esc(l)} | {md_esc(v)} |")
    L.append("")
    if qrfile:
        L.append(f"![]({qrfile}){{width=28mm}}")
        L.append("")
    for t in sp["footer"]:
        L.append(md_esc(t) + "\\")
    L.append("")
    with open(os.path.join(build, "doc.md"), "w") as f:
        f.write("\n".join(L))
    run(["pandoc", "doc.md", "-f", "markdown", "--pdf-engine=context", "-V", "papersize=A4", "-V", "fontsize=9pt",
         "-V", "margin-left=15mm", "-V", "margin-right=15mm", "-o", "doc.pdf"], build)
    shutil.copy(os.path.join(build, "doc.pdf"), out)


# ---------------------------------------------------------------- cups-filters texttopdf
def gen_texttopdf(sp, doc, build, out, qrfile):
    assert qrfile is None
    txt = os.path.join(build, "doc.txt")
    with open(txt, "w") as f:
        f.write(to_text(sp, doc.get("text_width", 96)))
    env = dict(os.environ, CHARSET="utf-8", PPD="")
    with open(out, "wb") as f:
        r = subprocess.run(["/usr/lib/cups/filter/texttopdf", "1", "user", "factura", "1",
                            "cpi=13 lpi=7 page-top=36 page-bottom=36 page-left=36 page-right=36", txt],
                           stdout=f, stderr=subprocess.PIPE, env=env)
    if r.returncode:
        raise RuntimeError(r.stderr.decode()[-2000:])


# ---------------------------------------------------------------- Ghostscript pdfwrite re-distilling
def gen_gs(src, out):
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
         "-o", out, src], os.path.dirname(out))


# ---------------------------------------------------------------- plain monospace text typeset by XeLaTeX (verbatim)
def gen_textmono(sp, doc, build, out, qrfile):
    assert qrfile is None
    txt = to_text(sp, doc.get("text_width", 92))
    src = f"""\\documentclass[10pt]{{article}}
\\usepackage[a4paper,margin=12mm]{{geometry}}
\\usepackage{{fontspec}}
\\setmonofont{{DejaVuSansMono}}[Path={DEJAVU}, Extension=.ttf, BoldFont=*-Bold, Scale=0.78]
\\pagestyle{{empty}}
\\begin{{document}}
\\begin{{verbatim}}
{txt}\\end{{verbatim}}
\\end{{document}}
"""
    with open(os.path.join(build, "doc.tex"), "w") as f:
        f.write(src)
    run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"], build)
    shutil.copy(os.path.join(build, "doc.pdf"), out)
