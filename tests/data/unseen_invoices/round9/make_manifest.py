"""Writes MANIFEST.md from MANIFEST.head.md, the document list and the PDFs."""
import hashlib, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs

GENS = [
    ("r", "R `pdf()` graphics device", "R 4.2.2 (r-base-core)",
     "`gen/r_exec.R`: `pdf(family = \"Helvetica\", encoding = \"WinAnsi.enc\")`, one `plot.new()` per page with a "
     "full-page user coordinate system (y reversed), `text(adj = c(0|1|0.5, 0), cex = size / 12, font = 1|2)`, "
     "`rect()`, `segments()`, the QR as a `rasterImage(interpolate = FALSE)` image. R draws ASCII `-` as a minus "
     "glyph, so hyphens are passed as U+00AD, which WinAnsi.enc names `/hyphen` (text layer `-`)"),
    ("p", "PoDoFo (C++)", "libpodofo 0.9.8, g++ 12.2",
     "`gen/podofo_exec.cpp`: `PdfMemDocument`, Standard-14 `Helvetica` / `Helvetica-Bold` with WinAnsiEncoding (not "
     "embedded), `PdfPainter::DrawText` at coordinates (right / centre alignment from `PdfFontMetrics::StringWidth`), "
     "`Rectangle` + `Stroke` / `Fill`, `DrawLine`; QR as a PNG `PdfImage::LoadFromPng` + `DrawImage`, or one filled "
     "path of squares (`p01`, `p03`)"),
    ("k", "Tk canvas `postscript` -> ps2pdf", "Tk 8.6.13 (python3-tk), Ghostscript 10.0.0",
     "`gen/tk_exec.py`: one 595x842 `tk.Canvas` per page (`tk scaling 1.0`, so a pixel is a point) with `create_text` "
     "(anchor sw / se / s), `create_rectangle`, `create_line`, the QR as rectangles; `Canvas.postscript(pagewidth="
     "\"595p\")` per page, all pages distilled in one `gs -sDEVICE=pdfwrite` run. Under Xvfb Tk has only a bitmap "
     "Helvetica at some sizes, so the PostScript names Helvetica for those and Courier for the others (a mixed-font "
     "page, as Tk really prints it)"),
    ("j", "Java AWT `PrinterJob` -> PostScript -> ps2pdf", "OpenJDK 17.0.15, Ghostscript 10.0.0",
     "`gen/AwtPs.java`: a `Printable` drawing with `Graphics2D` (`drawString` with the logical font SansSerif, "
     "`draw`/`fill` of `Rectangle2D`/`Line2D`, the QR as one `Path2D` of squares) printed through a `javax.print` "
     "`StreamPrintService` for `application/postscript` (A4), then `ps2pdf`. A font configuration file "
     "(`gen/java-fontconfig.properties`, `-Dsun.awt.fontconfig`) makes SansSerif Liberation Sans so that Java's widths "
     "match the Helvetica that its PostScript names. Java's PostScript re-encodes fonts with ISOLatin1Encoding, "
     "whose code 0x2D is `/minus`: every ASCII `-` is printed as a minus sign (U+2212 in the text layer, negative "
     "amounts too); CUITs are printed without dashes on these documents"),
    ("b", "Apache PDFBox 1.8 (old API)", "libpdfbox-java 1.8.16",
     "`gen/Pdfbox18Exec.java`: `PDPageContentStream` `beginText` / `setFont(PDType1Font.HELVETICA[_BOLD])` / "
     "`moveTextPositionByAmount` / `drawString`, `fillRect`, `addRect` + `stroke`, `drawLine`; QR as a `PDPixelMap` "
     "from the PNG via `drawXObject`, or `fillRect` squares (`b03`)"),
    ("m", "pdfme (Python)", "pdfme 0.4.12 (PyPI), Pillow 13.0.0",
     "`gen/pdfme_exec.py`: a pdfme document dict (`build_pdf`): a three-cell header table (issuer, bordered letter "
     "cell, invoice data right-aligned), a shaded buyer table, a bordered items table (pdfme wraps the cells), a "
     "borderless totals table, the QR as a PNG in a table cell (pdfme converts it to JPEG); Helvetica"),
    ("o", "GNU Octave `print -dpdf`", "Octave 7.3.0 (qt toolkit), gl2ps 1.4.2, Ghostscript 10.0.0",
     "`gen/octave_exec.m`: an invisible figure with one full-page axes in points (y reversed, axis off), `text()` "
     "(`FontName` Helvetica, `HorizontalAlignment`, `VerticalAlignment` baseline, `Interpreter` none), "
     "`rectangle()`, `line()`, the QR as an `image()`; `print -dpdf` (gl2ps PostScript distilled by Ghostscript). "
     "Octave's PostScript path prints ASCII only, so these documents are written without accents (`Razon Social`, "
     "`Fecha de Emision`), as such a program would print them"),
]

EX = {
    "r01": "B; fantasy name + `Razón Social:`; kg items (`1,235 kg` in the quantity column), quantity before description; `$ 1.234,56`; QR raster image",
    "r02": "A net, issuer right; `Nº 0005-00001234`; date `dd-mm-yy` after `Fecha:`; code column; 21 % and 10,5 % lines; `Percepción IIBB Bs. As.`; `Subtotal Neto:`",
    "r03": "C, centred issuer; services with no quantity (`Concepto` / `Importe` only); date written out; `TOTAL`; QR host without `www`",
    "r04": "A with `Subtotal c/IVA` (prices_include_vat true); ORIGINAL / DUPLICADO / TRIPLICADO pages; `Cod. 001`; 21 % and 10,5 %; QR right",
    "r05": "B; `FACTURA B` in words, no letter box; `P.V. 3   N° 1234`; printed `TOTAL $` 1000,00 above the sum: `totals_mismatch` (QR carries the printed total)",
    "p01": "B; `Descuento obra social 40%` as a row in the table; date `dd.mm.yyyy`; vector QR right",
    "p02": "A net in USD (`Moneda: USD   Cotización: 1,045.50`, amounts `U$S 4,800.00`, QR `DOL`, ctz 1045.50); a wrapped description",
    "p03": "C; `Factura N° 0004 - 00001234`; an item with no quantity next to counted ones; QR payload with every value a string; vector QR",
    "p04": "B; 28 items over two pages (`Continúa en hoja 2`, header repeated), totals and QR on page 2",
    "p05": "A net; 27 % and 21 % lines; `Alíc.` column `27,00`; `Percepción IVA RG 2408` and `Percepción IIBB Córdoba`; fantasy name",
    "k01": "B; kg items with a separate `U.Med` column; amounts without thousands separators (`6213,50`); date `dd-mm-yy`",
    "k02": "C, centred issuer; ORIGINAL / DUPLICADO; date written out; a wrapped description",
    "k03": "A net; totals-block `Bonificación cliente flota 5%` before VAT; grid table; issuer right with wrapped `Razón Social`",
    "k04": "B; QR `importe` 238000 vs printed 283.000,00: `qr_mismatch`",
    "k05": "C; `FACTURA C` in words; QR `fecha` as `dd/mm/yyyy` (read as the same date); an item with no quantity",
    "j01": "B; US number format `4200.00`, kg item; `P.V. n   N° n`; CUIT without dashes",
    "j02": "A with `Subtotal c/IVA`; 21 % and 10,5 %; date `dd.mm.yyyy`; `CÓDIGO 01`",
    "j03": "C, centred issuer; a consultation without quantity; QR right",
    "j04": "A net; code column before quantity before description; `Impuestos Internos`; `Neto` column",
    "j05": "B from an `IVA Exento` school; services without quantity; totals-block `Descuento hermanos 10%` printed `−24.700,00` (U+2212)",
    "b01": "A net; quantity, `Unid` column, description order; 21 % and 10,5 %; `Importe Neto` column; QR image",
    "b02": "B; `Bonificación pago contado 8%` row; ORIGINAL / DUPLICADO; date `dd-mm-yy`; issuer right",
    "b03": "C; a legal name that wraps over four lines under a fantasy name; date written out; `Importe $`; vector QR",
    "b04": "B; EAN-13 column before the description; `$64.999,00` without a space",
    "b05": "B; one service line; date `dd.mm.yyyy`; no QR (`qr` null)",
    "m01": "B; pdfme bordered table; three counted items",
    "m02": "C; services without quantity; `Nº 0003-00001234`; date `dd-mm-yy`; QR host without `www`",
    "m03": "A net; `Comprobante: 00001-00015334`; `Percepción IIBB Córdoba`; `TOTAL:`",
    "m04": "B; kg items printed `1,000 kg` in the `Cantidad` column; the same description twice; `Factura N°`",
    "o01": "B; ASCII-only page; kg items; `CAE:`",
    "o02": "A net; issuer right; codes with a dash; 21 % and 10,5 %; `Percepcion IIBB Bs. As.`; `C.A.E. N:`; date `dd-mm-yy`",
    "o03": "C, centred issuer; `No 0003-00001234`; date `dd.mm.yyyy`; a service without quantity",
    "o04": "B; US format with `$48900.00`; quantity before description; `Descuento contado 5%` row; `CAE Nro.:`",
}


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def main():
    head = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read().rstrip() + "\n\n"
    s = head + "## Generators (none used in rounds 1-8)\n\n| prefix | generator | versions | how |\n| --- | --- | --- | --- |\n"
    for p, g, v, h in GENS:
        s += f"| `{p}` | {g} | {v} | {h} |\n"
    s += open(os.path.join(HERE, "MANIFEST.notes.md"), encoding="utf-8").read().rstrip() + "\n\n"
    s += "## Files\n\n| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n"
    gname = {p: g for p, g, _, _ in GENS}
    for gen, d in sorted(docs.DOCS, key=lambda x: x[1].name):
        pdf = os.path.join(HERE, d.name + ".pdf")
        sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
        s += f"| `{d.name}` | {gname[gen]} | {pages(pdf)} | {EX[d.name[:3]]} | `{sha}` |\n"
    open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8").write(s)


if __name__ == "__main__":
    main()
