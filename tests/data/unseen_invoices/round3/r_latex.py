"""LaTeX (pdflatex) renderer: tabular, tabularx, longtable; QR as PNG or as \\rule vectors."""
import os
import subprocess

from core import ar, dash_cuit, qr_runs, write_qr_png


def esc(s):
    rep = {"\\": r"\textbackslash{}", "%": r"\%", "$": r"\$", "&": r"\&", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\~{}", "^": r"\^{}"}
    return "".join(rep.get(c, c) for c in s)


def qr_vector(payload, mm):
    n, runs = qr_runs(payload)
    u = mm / (n + 4)
    out = [r"\setlength{\unitlength}{%.4fmm}" % u, r"\begin{picture}(%d,%d)" % (n + 4, n + 4)]
    for y, x, ln in runs:
        out.append(r"\put(%d,%d){\rule{%.4fmm}{%.4fmm}}" % (x + 2, n + 1 - y, ln * u, u))
    out.append(r"\end{picture}")
    return "\n".join(out)


def render(doc, out, work):
    r = doc.r
    v = r["variant"]
    m = doc.merchant
    b = doc.buyer
    L = []
    font = {"longtable": r"\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}",
            "tabularx_right": r"\usepackage{mathptmx}",
            "plain_copies": r"\usepackage{mathpazo}",
            "tabular_left": r"\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}",
            "services": r"\usepackage{charter}"}[v]
    L.append(r"""\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}%s
\usepackage[margin=14mm]{geometry}\usepackage{longtable,tabularx,array,graphicx,xcolor}
\pagestyle{empty}\setlength{\parindent}{0pt}\renewcommand{\arraystretch}{1.15}
\pdfinfo{/Creator (LaTeX invoice) /Producer (pdfTeX)}
\begin{document}""" % font)
    if r.get("qr") == "png":
        write_qr_png(doc.qr_payload, os.path.join(work, "qr.png"), scale=6)
    qrtex = ""
    if r.get("qr") == "png":
        qrtex = r"\includegraphics[width=%dmm]{qr.png}" % r["qr_mm"]
    elif r.get("qr") == "vector":
        qrtex = qr_vector(doc.qr_payload, r["qr_mm"])
    letter_box = (r"\fbox{\begin{minipage}[c]{16mm}\centering{\Huge\bfseries %s}\\[1mm]{\scriptsize COD. %s}\end{minipage}}"
                  % (doc.letter, doc.code))
    cuit = m["cuit"]
    items = doc.items
    tot = doc.totals

    def totals_col(width="70mm"):
        s = [r"\hfill\begin{tabular}{lr}"]
        for lab, amt, kind in tot:
            val = doc.m(amt)
            if kind == "total":
                s.append(r"\hline\textbf{%s} & \textbf{%s}\\" % (esc("Importe Total:" if v != "tabularx_right" else "TOTAL"), esc(val)))
            else:
                s.append(r"%s: & %s\\" % (esc(lab), esc(val)))
        s.append(r"\end{tabular}")
        return "\n".join(s)

    def cae_block():
        return (r"\textbf{CAE N°:} %s \qquad \textbf{Fecha Vto. CAE:} %s" % (doc.cae, doc.cae_vto.strftime("%d/%m/%Y")))

    for ci, copy in enumerate(doc.copies):
        if ci:
            L.append(r"\newpage")
        if v == "longtable":
            L.append(r"\begin{center}\textbf{%s}\end{center}" % copy)
            L.append(r"\begin{minipage}[t]{0.46\textwidth}\raggedright{\large\bfseries %s}\\[1mm]Razón Social: %s\\%s - %s\\Condición frente al IVA: %s\end{minipage}"
                     % (esc(m["name"]), esc(m["name"]), esc(m["addr"]), esc(m["city"]), esc(m["iva"])))
            L.append(r"\hfill" + letter_box + r"\hfill")
            L.append(r"\begin{minipage}[t]{0.36\textwidth}{\Large\bfseries FACTURA}\\\mbox{Punto de Venta: %04d\enspace Comp. Nro: %08d}\\Fecha de Emisión: %s\\CUIT: %s\\Ingresos Brutos: %s\\Inicio de Actividades: %s\end{minipage}"
                     % (doc.pos, doc.number, doc.date_str(), cuit, esc(m["iibb"]), m["inicio"].strftime("%d/%m/%Y")))
            L.append(r"\par\vspace{3mm}\hrule\vspace{2mm}")
            L.append(r"Razón Social: %s \hfill CUIT: %s\\Domicilio: %s \hfill Condición frente al IVA: %s\\Condición de venta: Cuenta Corriente 30 días"
                     % (esc(b["name"]), b["cuit"], esc(b["addr"]), esc(b["iva"])))
            L.append(r"\vspace{2mm}\hrule\vspace{2mm}")
            L.append(r"{\small\begin{longtable}{@{}l p{82mm} r r r r@{}}")
            hdr = r"\textbf{Código} & \textbf{Descripción} & \textbf{Cant.} & \textbf{Precio Unit.} & \textbf{Alíc. IVA} & \textbf{Importe}\\\hline"
            L.append(hdr + r"\endfirsthead")
            L.append(hdr + r"\endhead")
            L.append(r"\hline\multicolumn{6}{r}{\emph{continúa en la página siguiente}}\\\endfoot\endlastfoot")
            for it in items:
                L.append(r"%s & %s & %s & %s & %s & %s\\" % (esc(it.code or ""), esc(it.desc), doc.q(it), doc.p(it),
                                                             doc.rate_str(it, "2dec"), doc.m(it.amount)))
            L.append(r"\end{longtable}}")
            L.append(totals_col())
            L.append(r"\par\vspace{4mm}")
            L.append(r"\begin{minipage}[b]{40mm}" + qrtex + r"\end{minipage}\hfill\begin{minipage}[b]{120mm}\raggedleft "
                     + cae_block() + r"\\Comprobante Autorizado\end{minipage}")
        elif v == "tabularx_right":
            # issuer block on the right, letter box top left, invoice number top left
            L.append(r"\begin{minipage}[t]{0.35\textwidth}" + letter_box +
                     r"\\[2mm]{\large\bfseries FACTURA}\\Nº %04d-%08d\\Fecha: %s\\Condición de venta: Contado\end{minipage}\hfill"
                     % (doc.pos, doc.number, doc.date_str()))
            L.append(r"\begin{minipage}[t]{0.55\textwidth}\raggedleft{\large\bfseries %s}\\%s\\%s\\C.U.I.T.: %s\\IIBB: %s \\ %s\end{minipage}"
                     % (esc(m["name"]), esc(m["activity"]), esc(m["addr"]) + ", " + esc(m["city"]), dash_cuit(cuit), esc(m["iibb"]), esc(m["iva"])))
            L.append(r"\par\vspace{3mm}")
            L.append(r"\fbox{\begin{minipage}{0.97\textwidth}Señor(es): %s \hfill DNI: %s\\Domicilio: %s \hfill %s\end{minipage}}"
                     % (esc(b["name"]), b.get("dni", ""), esc(b["addr"]), esc(b["iva"])))
            L.append(r"\par\vspace{3mm}")
            L.append(r"\begin{tabularx}{\textwidth}{@{}X r r r r@{}}\hline")
            L.append(r"\textbf{Artículo} & \textbf{Cantidad} & \textbf{P. Unitario} & \textbf{\% Bonif} & \textbf{Subtotal}\\\hline")
            for it in items:
                L.append(r"%s & %s & %s & %s & %s\\" % (esc(it.desc), doc.q(it), esc(doc.m(it.price)), ar(it.bonif, 2), esc(doc.m(it.amount))))
            L.append(r"\hline\end{tabularx}\par\vspace{3mm}")
            L.append(r"\begin{minipage}[t]{40mm}" + qrtex + r"\end{minipage}\hfill\begin{minipage}[t]{80mm}" + totals_col() + r"\end{minipage}")
            L.append(r"\par\vspace{4mm}\small C.A.E. Nº %s \quad Vencimiento C.A.E.: %s" % (doc.cae, doc.cae_vto.strftime("%d/%m/%Y")))
        elif v == "plain_copies":
            L.append(r"\hfill\textbf{%s}\par" % copy)
            L.append(r"\begin{minipage}[t]{0.55\textwidth}{\LARGE %s}\\{\itshape %s}\\%s\\%s\end{minipage}\hfill"
                     % (esc(m["name"]), esc(m["activity"]), esc(m["addr"]), esc(m["iva"])))
            L.append(r"\begin{minipage}[t]{0.35\textwidth}\raggedleft{\bfseries FACTURA C}\\{\small Código 011}\\N° %05d-%08d\\Fecha de emisión: %s\\CUIT %s\\Inicio de actividades: %s\end{minipage}"
                     % (doc.pos, doc.number, esc(doc.date_str()), cuit, m["inicio"].strftime("%m/%Y")))
            L.append(r"\par\vspace{4mm}Cliente: %s \qquad DNI %s\par\vspace{3mm}" % (esc(b["name"]), b.get("dni", "")))
            L.append(r"\begin{tabular}{@{}p{100mm} r r r@{}}\hline")
            L.append(r"Descripción & Cant. & Precio & Importe\\\hline")
            for it in items:
                L.append(r"%s & %s & %s & %s\\" % (esc(it.desc), doc.q(it), doc.p(it), doc.m(it.amount)))
            L.append(r"\hline\end{tabular}\par\vspace{3mm}")
            L.append(totals_col())
            L.append(r"\par\vspace{5mm}" + cae_block())
        elif v in ("tabular_left", "services"):
            L.append(r"\begin{center}\fbox{\parbox{0.96\textwidth}{\centering %s}}\end{center}" % copy)
            L.append(r"\begin{minipage}[t]{0.47\textwidth}\raggedright{\bfseries %s}\\Razón Social: %s\\Domicilio Comercial: %s\\Condición frente al IVA: %s\end{minipage}\hfill"
                     % (esc(m["name"]), esc(m["name"]), esc(m["addr"]), esc(m["iva"])))
            L.append(letter_box + r"\hfill")
            L.append(r"\begin{minipage}[t]{0.36\textwidth}{\bfseries FACTURA %s N° %05d-%08d}\\Fecha de Emisión: %s\\CUIT: %s\\Ingresos Brutos: %s\\Inicio de Actividades: %s\end{minipage}"
                     % (doc.letter, doc.pos, doc.number, doc.date_str(), cuit, esc(m["iibb"]), m["inicio"].strftime("%d/%m/%Y")))
            L.append(r"\par\vspace{3mm}\hrule\vspace{2mm}")
            if b.get("cuit"):
                L.append(r"Cliente: %s \hfill CUIT: %s\\Condición IVA: %s \hfill Condición de venta: Débito automático" % (esc(b["name"]), dash_cuit(b["cuit"]), esc(b["iva"])))
            else:
                L.append(r"Cliente: %s \hfill DNI: %s\\Condición IVA: %s \hfill Condición de venta: Débito automático" % (esc(b["name"]), b["dni"], esc(b["iva"])))
            L.append(r"\vspace{2mm}\hrule\vspace{2mm}")
            if v == "tabular_left":
                L.append(r"\begin{tabular}{@{}p{90mm} r r r r@{}}\hline")
                L.append(r"Detalle & Cantidad & Precio Unit. & IVA & Subtotal\\\hline")
                for it in items:
                    L.append(r"%s & %s & %s & %s & %s\\" % (esc(it.desc), doc.q(it), doc.p(it), esc(doc.rate_str(it, "2decpct")), doc.m(it.amount)))
            else:
                L.append(r"\begin{tabular}{@{}p{110mm} r r r@{}}\hline")
                L.append(r"Concepto & Cant. & Precio Unit. & Importe\\\hline")
                for it in items:
                    L.append(r"%s & %s & %s & %s\\" % (esc(it.desc), doc.q(it), doc.p(it), doc.m(it.amount)))
            L.append(r"\hline\end{tabular}\par\vspace{4mm}")
            L.append(r"\begin{minipage}[t]{45mm}" + qrtex + r"\end{minipage}\hfill\begin{minipage}[t]{85mm}" + totals_col() + r"\end{minipage}")
            L.append(r"\par\vspace{4mm}" + cae_block())
    L.append(r"\end{document}")
    tex = os.path.join(work, "inv.tex")
    open(tex, "w").write("\n".join(L))
    for _ in range(2):
        p = subprocess.run(["pdflatex", "-interaction=nonstopmode", "inv.tex"], cwd=work, capture_output=True, text=True,
                           env=dict(os.environ, SOURCE_DATE_EPOCH="1773000000", FORCE_SOURCE_DATE="1"))
    if p.returncode:
        raise RuntimeError(p.stdout[-3000:])
    os.replace(os.path.join(work, "inv.pdf"), out)
