"""Writes MANIFEST.md from MANIFEST.head.md + the files table (pages from pdfinfo, sha256)."""
import glob, hashlib, os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {"y": "pydyf 0.13.0", "c": "Perl PDF::Create 1.46", "i": "LibreOffice Impress 7.4.7", "d": "Dia 0.97.3 (cairo 1.16.0)",
       "b": "Apache Batik 1.16 + FOP 2.8 PDFTranscoder", "n": "phone scan, tesseract 5.3.0 hOCR -> pydyf", "r": "rinohtype 0.5.6",
       "m": "mandoc 1.14.6 -Tpdf"}
EX = {
 "y01": "Factura A net (prices_include_vat false), fantasy name + `Razón Social:`, buyer `Razón Social:` + CUIT, `Código` internal codes dropped, `U.Medida` un/kg (2,500 kg bolts), `Alíc. IVA` 21%, `$ 1.234,56`, Percepción IIBB Bs. As. 3,00%",
 "y02": "Factura B pharmacy, issuer RIGHT, EAN-13 `Cód. Barras` column, discount ROW in the table `Bonificación obra social 40% Losartán`, `Nº 0016-…`, `dd.mm.yyyy`, buyer by DNI",
 "y03": "Factura C gym, issuer CENTRED, fantasy + `Razón Social:` of a person, `Cód. 011`, services without quantity, date written out, `N° Comprobante 00…`, QR bottom right, QR host without www",
 "y04": "Factura A net ISP, VAT 27% and 21%, `1234.56` amounts, `Pto. Vta.: 000xx - Nro.:`, `dd-mm-yyyy`, Percepción IVA RG 2408 3% + Percepción IIBB Bs. As. 1,5%, QR as vector squares",
 "y05": "MUST FLAG qr_mismatch (QR `nroCmp` = printed + 1). Mercado Libre seller Factura B, buyer `Razón social:` + DNI, `Operación ML #…` inside the wrapped description, `Comprobante: 000xx-…`",
 "y06": "Factura B greengrocer, issuer CENTRED (long name wrapping), quantity first, `Un.` kg/un with 3-decimal weights, `1234,56` without thousands separator, `dd-mm-yy`",
 "c01": "Factura B bakery, `N° 0003 - 000…`, `Artículo`/`Cantidad`/`Unidad`, kg + un, torta `(encargo, 2 kg)` counted",
 "c02": "Factura A three copies ORIGINAL/DUPLICADO/TRIPLICADO, grid table, `% Bonif` 0,00, net `Subtotal` + `Subtotal c/IVA` (amount = c/IVA, prices_include_vat true), zero IVA 10,5/27 lines, `unidades`, wrapped name and description, QR on each copy",
 "c03": "Factura C vet, issuer CENTRED, fantasy + `Razón Social: MV. …`, `Código 011`, `Nro. 00xx-…`, `dd-mm-yy`, a consultation without quantity among counted items, `Titular:`",
 "c04": "Factura A in USD (`Moneda: USD   Tipo de cambio: 1.085,50`), `U$S 1.200,00` amounts, issuer RIGHT, QR `moneda` DOL with ctz",
 "c05": "MUST FLAG totals_mismatch (printed total = items + 1.000,00; the QR states the printed total). Factura B garage, labour without quantity, `TOTAL A PAGAR:`",
 "c06": "Factura C lawyer (`DRA.`), NO QR, issuer RIGHT, `dd.mm.yyyy`, `Cliente:` with a company CUIT, one long wrapped service without quantity",
 "i01": "Factura B pet shop, `Cód. 006`, `Art.` codes, kg + un, long legal name wrapping after the fantasy name, `dd-mm-yy`, each string an Impress text box",
 "i02": "Factura C electrician, issuer RIGHT, `N° 00xx - …`, buyer consorcio with CUIT (IVA Exento), labour without quantity + counted materials, QR bottom right",
 "i03": "Factura A net building materials, 30 items over 2 pages, header REPEATED on page 2 with `Hoja 2 de 2`, `Continúa en la hoja siguiente`, IVA 21% / 10,5%, `$ ` amounts, Percepción IIBB San Juan 2,50%, QR on page 2",
 "i04": "Factura C school (IVA Exento issuer), long legal name CENTRED, `Concepto`/`Importe`, totals-block `Bonificación hermanos 10%`, `Responsable de pago:`, `Total a pagar:`",
 "d01": "Factura C English teacher (`PROF.`), `Cód. 011`, date written out, `Alumno/a:`, one service without quantity",
 "d02": "Factura B ice-cream shop, issuer RIGHT, quantity first, `1234.56` amounts, `Pto. Vta.: … - Nro.: …`, `dd-mm-yyyy`",
 "d03": "Factura A net medical supplies, `% IVA` 21,00% / 10,50% per line, `U.M.` `caja` (counted -> un), `Subtotal Neto:`",
 "d04": "MUST FLAG qr_mismatch (QR `fecha` one month before the printed date). Factura B cable/ISP, fantasy + `Razón Social:`, `Titular:`, `Tasa municipal 1%` as a tax",
 "b01": "Factura B bookshop, EAN-13 `Código` column, `N° Comprobante`, standard-14 Helvetica placed by Batik",
 "b02": "Factura A net garage, issuer RIGHT, `Comprobante: 000xx-…`, `dd-mm-yy`, service without quantity, totals-block `Descuento cliente flota 5%` with VAT on the discounted net",
 "b03": "Factura C psychologist (`LIC.`), issuer CENTRED, `Paciente:`, one service, QR bottom right, host without www",
 "b04": "Factura B bike shop, `% Bonif` 10,00 / 5,00 on lines (amount after the bonus, not a discount), `$ ` amounts, QR as an SVG vector path",
 "n01": "phone-photo scan (tilted, shaded, blurred, noisy JPEG) with tesseract hOCR turned into invisible text by pydyf; Factura B grocery, kg item, QR only in the image",
 "n02": "phone-photo scan with the hOCR text layer; Factura C plumber, service without quantity + counted item, `Cliente:` with DNI",
 "r01": "Factura B optician set by rinohtype (reStructuredText list-tables, `fl` ligature in the text layer), `Art.` codes, QR image below the totals table",
 "r02": "Factura A net appliances (rinohtype), VAT 10,5% and 21%, `Pto. Vta.: … - Nro.: …`, `dd.mm.yyyy`, service without quantity, Percepción IIBB Chubut 2%, ligature `ﬂete`",
 "r03": "Factura C nutritionist (rinohtype), `Paciente:`, `N° Comprobante`, `dd-mm-yy`, QR values all strings",
 "m01": "Factura C locksmith as a man(7) page (mandoc -Tpdf, Times, plain ASCII), NO QR, items as tagged paragraphs with labelled values, service without quantity",
 "m02": "Factura B kiosk (mandoc), NO QR, `1234,56` amounts without thousands separator, `dd.mm.yyyy`",
 "m03": "Factura A net consultancy (mandoc), NO QR, `IVA: 21%` per item, hours counted, audit without quantity, `Neto Gravado:`",
}
rows = []
for pdf in sorted(glob.glob(os.path.join(HERE, "*.pdf"))):
    n = os.path.basename(pdf)[:-4]
    pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1)
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    rows.append(f"| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{sha}` |")
head = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read()
open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8").write(head + "\n## Files\n\n| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n")
