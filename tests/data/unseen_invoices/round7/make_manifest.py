"""Writes MANIFEST.md from MANIFEST.head.md + one row per file (pages, sha256)."""
import glob, hashlib, os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GENS = {"r": "Ruby Prawn 2.4.0", "a": "Perl PDF::API2 2.044", "b": "Perl PDF::Builder 3.025", "g": "Go gofpdf 2.17.2",
        "i": "iText 2.1.7 (Java)", "o": "borb 3.0.9", "s": "Scribus 1.5.8", "d": "LibreOffice Draw 7.4.7",
        "h": "HTMLDOC 1.9.16", "n": "tesseract 5.3.0 PDF renderer (scan)"}
EX = {
 "r01": "Factura B hardware store, `Nº 0003-…`, `Detalle`/`Cantidad`/`Precio Unit.`/`Importe`, U. Medida `kg` (nails and wire weighed, 3 decimals) and `un`, internal codes dropped, buyer by DNI, QR PNG",
 "r02": "Factura A net (prices_include_vat false), fantasy name `Vet San Roque` above `Razón Social:`, issuer CUIT in the data block, buyer `Razón Social:` + CUIT (not the merchant), `% IVA` 21,00% / 10,50%, `$ ` amounts, Percepción IIBB Santa Fe 2,50%, zero `Importe Otros Tributos`, QR as vector squares",
 "r03": "Factura C gym, issuer RIGHT, trade name + `Razón Social:` of a person, services with no quantity (`Concepto`/`Importe`), `N° Comprobante 00003-…`, date written out (`5 de octubre de 2026`), `Socio:`, QR bottom right, host without www",
 "r04": "Factura A net, 40 items over 2 pages (header repeated, `Hoja 2 de 2`, `Continúa en la hoja siguiente`), `Artículo` codes, `IVA` 21% / 10,5%, `Total Neto` column, Percepción IIBB Bs. As., QR on page 2",
 "r05": "MUST FLAG totals_mismatch (printed TOTAL = items + 1.000,00; QR states the printed total). Factura B pharmacy, issuer CENTRED, EAN column, `$ ` amounts, `TOTAL $`",
 "a01": "Factura B pharmacy, fantasy name + `Razón Social:`, quantity first, `Código de barras` EAN-13, discount ROW in the table `Bonificación obra social 40% Losartán`, `Comprobante: 0003-…`, `dd.mm.yyyy`, obra social line, QR values all strings",
 "a02": "AFIP-like Factura A, ORIGINAL/DUPLICADO/TRIPLICADO, `% Bonif` 0,00, net `Subtotal` + `Subtotal c/IVA` (amount = c/IVA, prices_include_vat true), zero IVA 27/5/2,5/0 lines, buyer `Apellido y Nombre / Razón Social:`, wrapped description, QR each copy",
 "a03": "Factura C electrician, trade name + owner wrapping, issuer CENTRED with letter box below, `N° 0003 - 00001234`, `dd-mm-yy`, `Cliente:` with a CUIT (consorcio, IVA Exento), materials with quantity + labour with none, `Código 011`",
 "a04": "Factura A in USD (`Moneda: USD   Tipo de cambio`), `U$S 1.200,00` amounts, issuer RIGHT, `Pto. Vta.: 00003 - Nro.: …`, QR `moneda` DOL with ctz",
 "b01": "Factura B pet shop, trade name + owner wrapping, `Unidad` column `kg`/`un`, `dd-mm-yy`, totals as a GRID (labels row, values row), TrueType DejaVu embedded",
 "b02": "Factura C school (IVA Exento issuer), long legal name wrapping, `Concepto`/`Importe`, totals-block discount `Bonificación hermanos 10%`, `Responsable de pago:`, `Total a pagar:`, QR `fecha` as dd/mm/yyyy",
 "b03": "Mercado Libre seller Factura B: buyer `Razón social:` + DNI (never the merchant), EAN-13, `Operación ML #…` inside the wrapped description, `N° Comprobante 00005-…`, issuer RIGHT",
 "g01": "Factura A net ISP, fantasy `FibraNet` + `Razón Social:`, VAT 27% and 21%, Percepción IVA RG 2408 3% and Percepción IIBB Entre Ríos 1,5% as taxes, `1234.56` plain amounts, period and due-date notes under the CAE (not the emission date)",
 "g02": "Factura B greengrocer, issuer CENTRED, quantity first, `Un.` kg/un, 3-decimal weights, `1234,56` amounts without thousands separator, `dd-mm-yyyy`",
 "g03": "MUST FLAG qr_mismatch (QR `fecha` one month before the printed date). Factura C psychologist, `LIC.` title, issuer RIGHT, `Paciente:`, one service with no quantity",
 "g04": "Factura B bike shop, fantasy name + `Razón Social:`, `% Bonif` 10/5 on lines (amount after bonus, not a discount), ORIGINAL/DUPLICADO, `Nro. 0003-…`",
 "i01": "MUST FLAG qr_mismatch (QR `nroCmp` = printed + 1). Factura A net appliances, EAN column, `% IVA` 10,5% / 21%",
 "i02": "Factura B gym, fantasy `Núñez Sport Club` + `Razón Social:`, issuer RIGHT, two services without quantity, totals-block `Descuento débito automático 10%`, `dd.mm.yyyy`",
 "i03": "Factura C accountant, `CR.` title, `Cód. 011`, `N° Comprobante …`, date written out, `Cliente:` with a company CUIT, `Servicio`/`Importe`",
 "i04": "Factura A net stationery wholesaler, 36 items over 2 pages WITHOUT repeated table header on page 2, `IVA` 21% / 10,5%, `$ ` amounts, QR on page 2",
 "o01": "Factura B optician, `Art.` codes, standard-14 Helvetica, QR PNG",
 "o02": "Factura C vet, fantasy `Veterinaria Patitas` + `Razón Social:` (MV. title), issuer CENTRED, `Titular:`, a service without quantity among counted items, QR host without www",
 "o03": "Factura A net garage, issuer RIGHT, `Comprobante: 0004-…`, service row without quantity, totals-block `Descuento cliente flota 5%` with VAT on the discounted net",
 "s01": "Factura B bakery, Scribus text frames (hyphens extracted as U+00AD soft hyphens in CUIT/number), wrapped issuer name, quantity first, kg + un",
 "s02": "Factura A net building materials, long issuer name wrapping, `Neto Gravado` grid totals, rate `21,00%`, Percepción IIBB Tucumán 3,00%, `$ ` amounts, buyer `ARQ.` with CUIT",
 "s03": "Factura C physiotherapist, issuer RIGHT, `dd-mm-yy`, `Prestación`/`Importe`, `Paciente:`",
 "d01": "Factura B bookshop, EAN-13 code column, VAT 10,5% book among 21% goods (no rate printed: vat_rate null), each string a Draw text box",
 "d02": "Factura C gardener, trade name + owner wrapping CENTRED, `N° Comprobante 00002-…`, service without quantity, QR bottom right",
 "h01": "Factura B cable/ISP for a household, HTML tables, fantasy + `Razón Social:`, `Titular:` with address, `Tasa municipal 1%` as a tax, `TOTAL A PAGAR:`",
 "h02": "Factura A net medical supplies, `IVA %` column 21% / 10,5%, `Importe Neto`, `Subtotal Neto:`",
 "h03": "Factura C English teacher, NO QR, `Cód. 011`, `Nro. 0003-…`, date written out, `Alumno/a:`",
 "h04": "MUST FLAG qr_mismatch (QR `importe` = printed total + 1500). Factura B furniture, `$ ` amounts",
 "n01": "phone-photo scan (tilted, shaded, noisy JPEG) with tesseract's OCR text layer; Factura B grocery, kg item, QR only as part of the image",
 "n02": "phone-photo scan with tesseract's OCR layer; Factura C plumber, service without quantity + counted item, `Cliente:` with DNI",
}
rows = []
for p in sorted(glob.glob(os.path.join(HERE, "*.pdf"))):
    n = os.path.basename(p)[:-4]
    pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout).group(1)
    sha = hashlib.sha256(open(p, "rb").read()).hexdigest()
    rows.append(f"| `{n}` | {GENS[n[0]]} | {pages} | {EX[n[:3]]} | `{sha}` |")
head = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read()
open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8").write(
    head + "\n## Files\n\n| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n")
