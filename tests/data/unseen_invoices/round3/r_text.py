"""Text back ends: enscript / a2ps (monospaced ERP printout -> PostScript -> ps2pdf), groff -ms -t
(tbl tables; -Tpdf or -Tps + ps2pdf) and hand-written PostScript through Ghostscript ps2pdf."""
import os
import subprocess
import textwrap

import pikepdf

from core import ar, dash_cuit, qr_runs
from layout import build
from r_pike import qr_image

ENV = dict(os.environ, SOURCE_DATE_EPOCH="1773000000")


def run(cmd, cwd, **kw):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, env=ENV, **kw)
    if p.returncode:
        raise RuntimeError(" ".join(cmd) + "\n" + p.stderr.decode(errors="replace")[-2000:])
    return p


def ps2pdf(ps, out, cwd):
    run(["ps2pdf", "-dPDFSETTINGS=/prepress", "-sPAPERSIZE=a4", ps, out], cwd)


def stamp_qr(out, payload, mm, x_mm, y_mm, page=-1):
    """Put the QR on a page as an image XObject (what some ERPs do after printing)."""
    pdf = pikepdf.open(out, allow_overwriting_input=True)
    pg = pdf.pages[page]
    img = pdf.make_indirect(qr_image(pdf, payload))
    name = pg.add_resource(img, pikepdf.Name.XObject, prefix="Qr")
    PT = 72 / 25.4
    mb = pg.mediabox
    H = float(mb[3])
    pg.contents_add(pdf.make_stream(b"q %.2f 0 0 %.2f %.2f %.2f cm %s Do Q" % (mm * PT, mm * PT, x_mm * PT, H - (y_mm + mm) * PT, str(name).encode())), prepend=False)
    pdf.save(out, deterministic_id=True)


# ------------------------------------------------------------------ monospaced printout
def mono_lines(doc, o):
    W = o.get("width", 96)
    m, b = doc.merchant, doc.buyer
    L = []
    rj = lambda left, right: left + " " * max(1, W - len(left) - len(right)) + right  # noqa: E731
    head = []
    head.append(rj(m["name"], f"FACTURA   {doc.letter}   COD. {doc.code}"))
    head.append(rj(m["addr"] + " - " + m["city"], o["num"](doc)))
    head.append(rj(m["iva"], "Fecha: " + doc.date_str()))
    head.append(rj("C.U.I.T.: " + dash_cuit(m["cuit"]), "Ing. Brutos: " + m["iibb"]))
    head.append("=" * W)
    if b.get("cuit"):
        head.append(f"Cliente : {b['name']:<44} CUIT: {b['cuit']}")
        head.append(f"IVA     : {b['iva']:<44} Cond. de venta: {doc.cond_venta}")
    elif b.get("dni"):
        head.append(f"Cliente : {b['name']:<44} DNI : {b['dni']}")
        head.append(f"IVA     : {b['iva']:<44} Cond. de venta: {doc.cond_venta}")
    else:
        head.append(f"Cliente : {b['name']:<44} Cond. de venta: {doc.cond_venta}")
    head.append("=" * W)
    cols = o["cols"]  # (header, width, align, fn, wrap)
    hdr = " ".join((h.ljust(w) if al == "l" else h.rjust(w)) for h, w, al, fn, wr in cols)
    rows = []
    for it in doc.items:
        cells = []
        for h, w, al, fn, wr in cols:
            v = fn(it)
            cells.append(textwrap.wrap(v, w) if wr else [v])
        n = max(len(c) for c in cells)
        block = []
        for k in range(n):
            block.append(" ".join(((c[k] if k < len(c) else "").ljust(w) if al == "l" else (c[k] if k < len(c) else "").rjust(w))
                                  for c, (h, w, al, fn, wr) in zip(cells, cols)).rstrip())
        rows.append(block)
    per = o.get("per_page", 999)
    pages = []
    cur = []
    for blk in rows:
        if len(cur) >= per:
            pages.append(cur)
            cur = []
        cur.append(blk)
    pages.append(cur)
    for copy in doc.copies:
        for pi, pg in enumerate(pages):
            if pi == 0 or o.get("head_every_page"):
                if o.get("copy_banner"):
                    L.append(copy.center(W))
                L.extend(head)
            if pi == 0 or o.get("hdr_every_page", False):
                L.append(hdr)
                L.append("-" * W)
            for blk in pg:
                L.extend(blk)
            if pi < len(pages) - 1:
                L.append("")
                L.append(f"{'Continua en hoja ' + str(pi + 2):>{W}}")
                L.append("\f")
                continue
            for desc, amt in [] if not o.get("table_discount") else doc.discounts:
                L.append(f"{'':{cols[0][1]}} {desc:<50}" + doc.m(amt).rjust(W - cols[0][1] - 52))
            L.append("-" * W)
            for lab, amt, kind in doc.totals:
                lab2 = o.get("total_label", "TOTAL") if kind == "total" else lab
                L.append(f"{lab2 + ':':>{W - 20}}{doc.m(amt):>20}")
            L.append("")
            L.append(f"CAE: {doc.cae}    Vto. CAE: {doc.cae_vto.strftime('%d/%m/%Y')}")
            L.append("\f")
    if L[-1] == "\f":
        L.pop()
    return L


def render_mono(doc, out, work):
    o = doc.r["o"]
    txt = os.path.join(work, "inv.txt")
    lines = mono_lines(doc, o)
    with open(txt, "w", encoding="latin-1") as f:
        f.write("\n".join(lines) + "\n")
    ps = os.path.join(work, "inv.ps")
    if doc.r["renderer"] == "enscript":
        run(["enscript", "-B", "-q", "-X", "latin1", "-f", o.get("font", "Courier9"), "--margins=40:30:40:30",
             "-M", "A4", "-p", ps, txt], work)
    else:
        run(["a2ps", "-q", "-1", "-B", "--borders=no", "--medium=A4", "-X", "latin1", "--font-size=" + o.get("fs", "8.5"),
             "--no-header", "-o", ps, txt], work)
        # a2ps's Latin-1 vector puts /minus at 0x2D; real a2ps setups often print a hyphen there: patch it.
        body = open(ps, "rb").read()
        assert b"/comma /minus /period" in body
        open(ps, "wb").write(body.replace(b"/comma /minus /period", b"/comma /hyphen /period", 1))
    ps2pdf(ps, out, work)
    if doc.qr_payload and o.get("qr"):
        stamp_qr(out, doc.qr_payload, o["qr_mm"], o.get("qr_x", 150), o.get("qr_y", 20), page=o.get("qr_page", -1))


# ------------------------------------------------------------------ groff
def render_groff(doc, out, work):
    o = doc.r["o"]
    m, b = doc.merchant, doc.buyer
    R = []
    R.append(".nr PS 10\n.nr VS 12\n.nr PO 2c\n.nr LL 17c\n.nr HM 1.5c\n.nr FM 1.5c\n.ds CH\n.ds CF\n.ND\n")
    R.append(".LP\n.ps 16\n.B \"%s\"\n.ps 10\n.br\n" % m["name"])
    R.append(".nf\n%s\n%s - %s\n%s\nCUIT %s    IIBB %s\n.fi\n" % (m["activity"], m["addr"], m["city"], m["iva"], m["cuit"], m["iibb"]))
    R.append(".sp 0.5\n.TS\nbox center tab(|);\ncb | l.\n\\s+8%s\\s0|%s\n\\s-2COD. %s\\s0|%s\n.TE\n" % (
        doc.letter, o["num"](doc), doc.code, "Fecha de emisión: " + doc.date_str()))
    R.append(".sp 0.5\n.nf\n")
    if b.get("dni"):
        R.append("Señor(es): %s    DNI %s\nCondición frente al IVA: %s\n" % (b["name"], b["dni"], b["iva"]))
    elif b.get("cuit"):
        R.append("Señor(es): %s    CUIT %s\nCondición frente al IVA: %s\n" % (b["name"], b["cuit"], b["iva"]))
    else:
        R.append("Cliente: %s\n" % b["name"])
    R.append("Condición de venta: %s\n.fi\n.sp 0.5\n" % doc.cond_venta)
    cols = o["cols"]   # (header, spec, fn)
    R.append(".TS H\nallbox tab(|);\n%s.\n%s\n.TH\n" % (" ".join("c" + ("b") for _ in cols), "|".join(h for h, s, fn in cols)))
    R[-1] = ".TS H\nallbox tab(|);\n%s\n%s.\n%s\n.TH\n" % (" ".join("cb" for _ in cols), " ".join(s for h, s, fn in cols), "|".join(h for h, s, fn in cols))
    for it in doc.items:
        cells = []
        for h, s, fn in cols:
            v = fn(it)
            cells.append("T{\n%s\nT}" % v if s.startswith("lw") else v)
        R.append("|".join(cells) + "\n")
    R.append(".TE\n.sp 1\n.TS\nright tab(|);\nr r.\n")
    for lab, amt, kind in doc.totals:
        lab2 = o.get("total_label", "TOTAL") if kind == "total" else lab
        if kind == "total":
            R.append("\\fB%s\\fP|\\fB%s\\fP\n" % (lab2, doc.m(amt)))
        else:
            R.append("%s|%s\n" % (lab2, doc.m(amt)))
    R.append(".TE\n.sp 2\n.LP\nCAE: %s \\(em Fecha de vencimiento del CAE: %s\n" % (doc.cae, doc.cae_vto.strftime("%d/%m/%Y")))
    src = os.path.join(work, "inv.ms")
    open(src, "w", encoding="utf-8").write("".join(R))
    if o.get("via") == "ps":
        p = run(["groff", "-k", "-ms", "-t", "-Tps", "-dpaper=a4", "-P-pa4", src], work)
        ps = os.path.join(work, "inv.ps")
        open(ps, "wb").write(p.stdout)
        ps2pdf(ps, out, work)
    else:
        p = run(["groff", "-k", "-ms", "-t", "-Tpdf", "-dpaper=a4", "-P-pa4", src], work)
        open(out, "wb").write(p.stdout)


# ------------------------------------------------------------------ hand-written PostScript
PS_HEAD = r"""%%!PS-Adobe-3.0
%%%%Creator: (facturador.ps 1.0)
%%%%DocumentMedia: A4 595 842 0 () ()
%%%%Pages: (atend)
%%%%EndComments
/mm { 2.834645669 mul } def
/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } def
/FR /%s reenc  /FB /%s reenc
/Y { 297 mm exch mm sub } def
/T { /al exch def /s exch def /y exch def /x exch def
     x mm y Y moveto al 1 eq { s stringwidth pop neg 0 rmoveto } if al 2 eq { s stringwidth pop 2 div neg 0 rmoveto } if s show } def
/SF { exch { /FB } { /FR } ifelse findfont exch scalefont setfont } def
/QRM { /u exch def /y0 exch def /x0 exch def } def
/Q { /l exch def /r exch def /c exch def x0 c u mul add mm y0 r 1 add u mul add Y l u mul mm u mm rectfill } def
"""


def psstr(s):
    b = s.encode("latin-1")
    out = "("
    for c in b:
        ch = chr(c)
        if ch in "()\\":
            out += "\\" + ch
        elif c > 126:
            out += "\\%03o" % c
        else:
            out += ch
    return out + ")"


def render_ps(doc, out, work):
    o = doc.r["o"]
    pages = build(doc, o)
    fr, fb = o.get("fonts", ("Helvetica", "Helvetica-Bold"))
    P = [PS_HEAD % (fr, fb)]
    for i, ops in enumerate(pages, 1):
        P.append("%%%%Page: %d %d\n" % (i, i))
        lastfont = None
        for op in ops:
            if op[0] == "text":
                _, x, y, s, size, bold, al = op
                if (size, bold) != lastfont:
                    P.append("%s %.1f SF\n" % ("true" if bold else "false", size))
                    lastfont = (size, bold)
                P.append("%.2f %.2f %s %d T\n" % (x, y, psstr(s), {"l": 0, "r": 1, "c": 2}[al]))
            elif op[0] == "rect":
                _, x, y, w, h, lw = op
                P.append("%.2f setlinewidth %.2f mm %.2f Y %.2f mm %.2f mm rectstroke\n" % (lw, x, y + h, w, h))
            elif op[0] == "qr":
                _, x, y, mm, payload, mode = op
                n, runs = qr_runs(payload)
                u = mm / (n + 4)
                P.append("%.3f %.3f %.4f QRM\n" % (x + 2 * u, y + 2 * u, u))
                P.append("".join("%d %d %d Q\n" % (rx, ry, ln) for ry, rx, ln in runs))
        P.append("showpage\n")
    P.append("%%%%Trailer\n%%%%Pages: %d\n%%%%EOF\n" % len(pages))
    ps = os.path.join(work, "inv.ps")
    open(ps, "w", encoding="latin-1").write("".join(P))
    ps2pdf(ps, out, work)


def render(doc, out, work):
    {"enscript": render_mono, "a2ps": render_mono, "groff": render_groff, "ps": render_ps}[doc.r["renderer"]](doc, out, work)
