"""Write MANIFEST.md (file table with sha256) from the built files. Text of the conventions is below."""
import glob
import hashlib
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))

GEN = {"l": "pdflatex (TeX Live 2022)", "d": "LibreOffice 7.4 Writer from .docx (python-docx)",
       "f": "LibreOffice 7.4 Writer from hand-written .fodt", "s": "LibreOffice 7.4 Calc from hand-written .fods",
       "g": "groff 1.22.4 -ms -t", "p": "hand-written PostScript + Ghostscript ps2pdf", "e": "enscript 1.6.5.90 + ps2pdf",
       "c": "pycairo 1.29 (cairo 1.16)", "k": "pikepdf 10.18 hand-written content streams",
       "n": "pycairo page -> pdftoppm -> Pillow (rotate, noise, blur) -> ocrmypdf 14 + tesseract 5.3 spa"}
WHAT = {
 "l01": "Factura A net (prices_include_vat false), 44 items over 2 pages with longtable (header repeated, 'continúa en la página siguiente'), internal codes in a Código column (dropped), rate column '21,00', 'Punto de Venta: 0003 Comp. Nro: 00001234', Percepción IIBB with its rate in the label, QR as \\rule vectors on the last page",
 "l02": "Factura B, issuer block on the RIGHT and letter box top left, 'Nº 0002-00000587', 'Fecha: dd.mm.yyyy', buyer 'Señor(es):' + DNI, '% Bonif' column (one line 15 %: amount = printed Subtotal), totals-block discount 'Descuento pago efectivo', amounts '$ 1.234,56', QR PNG 26 mm",
 "l03": "Factura C 'Código 011', three copies ORIGINAL/DUPLICADO/TRIPLICADO (read once), date '27 de febrero de 2026', a description wrapped over two lines in a p{} column, 'Cliente:' + DNI, no QR",
 "l04": "MUST FLAG qr_mismatch: the QR names another (valid) CUIT than the printed issuer. Factura A net, telecom services at 27 % plus equipment at 21 % (two VAT lines), Percepción IVA RG 2408 and Imp. Internos Telefonía as taxes, 'FACTURA A N° 00012-04589012', buyer CUIT with dashes",
 "l05": "Factura B of a prepaid health plan, service lines, Percepción IIBB CABA on a B invoice, QR payload with every number as a string and host 'afip.gob.ar' without www",
 "d01": "Mercado Libre style Factura A net: EAN-13 in a Código column (ean), 'Operacion ML #...' inside the wrapped description, buyer 'Razón social:' + CUIT (never the merchant), 21 % and 10,5 % lines, Percepción IIBB CABA, QR PNG",
 "d02": "Factura B hardware store, ORIGINAL + DUPLICADO pages, internal codes in an 'Artículo' column, 'U. Medida' column ('unidades' -> un), date '12 de marzo de 2026', totals as ONE horizontal row (labels over values), 'Comp. Nro: 00004-00010452', CUIT with dashes, small QR (25 mm) on each copy",
 "d03": "Factura C of a psychologist: 'Detalle | Importe' only (no quantity / unit price column: quantity, unit, unit_price null), 'Lic.' in the first issuer line, date 'dd-mm-yy', QR payload with 'fecha' as dd/mm/yyyy",
 "d04": "Factura B pharmacy, 42 items over two pages (docx table header repeated), quantity first then EAN column, 'C.U.I.T. Nº:' dashed, Percepción IIBB Bs.As. 0,5 %, QR only on the last page",
 "f01": "Factura C of a plumber, issuer block right, 'Nº 0003-00001234', two-column item table 'Descripción del trabajo | Importe' (no quantity), QR as an embedded SVG (vectors)",
 "f02": "Factura A in dollars: 'Moneda: DOL - Dólar Estadounidense (U$S)', 'Cotización: $ 1.087,50', amounts 'U$S 1.234,56', peso-equivalent line below the total (not the total), 'Importe Neto Gravado' as subtotal, QR moneda DOL ctz 1087.5",
 "s01": "Calc grid with merged cells, Factura A of a bookshop: books 'Exento' on the line (vat_rate null) and stationery 21 %, totals as a GRID (Subtotal | Importe Exento | IVA 21% | Importe Total over their values), date dd.mm.yyyy, QR image anchored to a cell",
 "s02": "Calc, Factura B internet provider, 'FACTURA B N° 00021-00334521', service period and due date (not the issue date), 'Fecha de Emisión: dd.mm.yyyy', Percepción IIBB Córdoba, CUIT dashed",
 "s03": "Calc ERP grid, Factura A net, unit prices with FOUR decimals ('23.477,9300'), quantities '2,00', 'U.M. Unid', 'Neto Gravado' as subtotal, Impuestos Internos and Percepción IVA as taxes, date dd-mm-yyyy, no QR",
 "s04": "MUST FLAG totals_mismatch: printed TOTAL = Subtotal + 100,00. Calc, Factura B, weighed goods in kg (3 decimals) mixed with units, EAN-13 wrapped over two lines in a narrow column (NOTES rule 13), 'N° 0002 - 00009911', consumidor final; the QR carries the printed total",
 "g01": "groff/tbl (gropdf), Factura C tyre repair, quantity first, boxed letter with 'FACTURA C Nro. 0001-00003312', date dd-mm-yy, 'TOTAL $' label, no QR",
 "g02": "groff/tbl -Tps + ps2pdf, Factura B electrician, wrapped service descriptions in a T{ T} cell, 'Factura B N° 0004-00000902', date dd.mm.yyyy, no QR",
 "p01": "Hand-written PostScript (ISO-Latin-1 re-encoded Helvetica), Factura B to 'CONSUMIDOR FINAL', glued amounts '$1.234,56', a tender line 'TARJETA DEBITO $20.008,44' after the TOTAL (payment), QR drawn with rectfill",
 "p02": "MUST FLAG qr_mismatch: QR nroCmp = printed number + 10. Hand-written PostScript in Times, Factura A net, issuer block right, internal codes, QR rectfill vectors",
 "e01": "enscript monospaced ERP printout, Factura A net, 60 items over 3 pages (header and column titles only on page 1), 'Pto.Vta: 00015 Nro: 00128803', descriptions wrapped in the fixed-width column, quantities '1,00', rate column '21,00', Percepción IIBB Santa Fe, QR stamped as an image on the last page (pikepdf)",
 "e02": "enscript, Factura B butcher: weighed goods 'kg' with 3-decimal weights and a 'u' unit line, date dd-mm-yy, 'Comp. Nro: 0003-00007712', QR payload pretty-printed JSON with CRLF, stamped image",
 "e03": "a2ps monospaced, Factura C private lessons, wrapped description, date '28 de marzo de 2026', 'Nro: 0002-00000061', no QR",
 "c01": "pycairo, Factura A net, issuer block on the RIGHT, date dd.mm.yyyy, amounts glued '$1.234,56', a 3-line description, 'Alícuota IVA' column '21,00%', Percepción IIBB Bs. As. 2,00% and Percepción IVA 3,00% (rates in labels), QR vector rectangles 38 mm",
 "c02": "pycairo, Factura B, three copies, quantity column first, totals as one horizontal row, totals-block discount 'Bonificación cliente frecuente', 'FACTURA B N° 00006-00030877', QR PNG on every copy",
 "c03": "pycairo (Liberation Serif), Factura C veterinary clinic, surgery service + product, QR PNG 40 mm at the right, CAE left",
 "c04": "MUST FLAG qr_mismatch: QR importe = printed total + 1.500,00. pycairo, Factura B, 'Operacion ML #...' in the description, condition MercadoPago, QR vectors",
 "c05": "pycairo, Factura A that prints BOTH the net 'Subtotal' and 'Subtotal c/IVA' per line (amount = c/IVA, prices_include_vat true), EAN-13 code column, 21 % and 10,5 %, 'Importe Neto Gravado' as subtotal, QR PNG",
 "k01": "pikepdf content stream: every string a TJ array with kerning numbers between glyph groups (Helvetica / Courier, WinAnsi), Factura A net, amounts without thousands separator '1234,56', rate column '21,00', QR as 're f' vectors",
 "k02": "pikepdf content stream: right-aligned text drawn one glyph per Tj, right to left; Factura B, issuer right in Courier, QR image XObject; QR payload WITHOUT 'fecha' (qr.date null)",
 "k03": "pikepdf content stream whose text objects are emitted in shuffled order (bottom of the page first); Factura C gardener, dd.mm.yyyy, no QR",
 "n01": "PHONE SCAN: Factura B rendered, rotated 1.1°, paper shading, noise and blur, image-only PDF + OCR text layer (ocrmypdf, spa); QR in the image; expected = what is printed on the paper",
 "n02": "PHONE SCAN: Factura C rotated -0.9°, noise, blur, OCR layer; QR 40 mm in the image",
}

HEAD = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read()


def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


rows = []
exp = []
for pdf in sorted(glob.glob(os.path.join(HERE, "*.pdf"))):
    name = os.path.basename(pdf)[:-4]
    pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0]
    key = name.split("_")[0]
    rows.append(f"| `{name}` | {GEN[key[0]]} | {pages} | {WHAT[key]} | `{sha(pdf)}` |")
    exp.append(f"- `{name}.expected.json` `{sha(os.path.join(HERE, name + '.expected.json'))}`")
with open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write(HEAD)
    f.write("\n## Files\n\n| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n")
    f.write("\n".join(rows) + "\n\nExpected-file sha256:\n\n" + "\n".join(exp) + "\n")
print(len(rows), "files")
