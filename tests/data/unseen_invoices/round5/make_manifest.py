"""Writes MANIFEST.md = MANIFEST.head.md + the file table (sha256 of every PDF and expected file)."""
import glob, hashlib, os, subprocess, re
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {"q": "Qt QTextDocument 6.12.0", "p": "Qt QPainter 6.12.0", "b": "PDFBox 2.0.27", "a": "AbiWord 3.0.5",
       "k": "Inkscape 1.2.2", "g": "Gnumeric ssconvert 1.12.55", "v": "pango-view 1.50.12"}
WHAT = {
 "q01": "Mercado Libre seller Factura B, `Razón Social:` issuer and `Razón Social:` buyer (a person), EAN-13 code column, `Operación ML #` line in the description, `$ 1.234,56`, `Importe Total:`, QR PNG",
 "q02": "Factura A net sports store, `Nº 0007-00020331`, `Fecha:`, `Señor(es):` club + CUIT, rate column `21,00%`, Qt-wrapped description, `Subtotal Neto:`, Percepción IIBB CABA 3,00%, `Condición de venta`, QR PNG",
 "q03": "Factura C nutritionist, issuer RIGHT, `Código N° 11`, `Comprobante Nro.`, `Fecha: 12 de marzo de 2026`, `Concepto | Importe` (no quantity), wrapped concept, QR host without `www`",
 "q04": "Utility-bill Factura B (electricity): `Titular:`, period, readings, kWh, 1st/2nd due dates, `Fecha de Emisión: 02.03.2026`, 7-digit number, Percepción IIBB + `Impuesto Ley 11.769`, `TOTAL A PAGAR:`, QR pretty-printed JSON with CRLF (125 pt)",
 "q05": "Factura B toy store, issuer CENTRED, quantity column first, EAN and no-code lines, `Emitida el 14-03-26`, totals-block `Descuento pago efectivo 10%`, `TOTAL $`, QR every value a string",
 "q06": "Factura B school fees `Detalle | Total`, `Responsable de pago:` / `Alumno:` buyer, due date, totals as a horizontal ROW",
 "p01": "Factura A net hardware store, 40 items over 2 pages (header repeated, `Continúa en la hoja siguiente`), 5-digit `Artículo` codes, `Alícuota IVA` 21,00% / 10,5%, `Importe Neto Gravado`, Percepción IIBB Bs. As., totals GRID, vector QR on the last page",
 "p02": "Factura B pharmacy, `Cod. 006`, `Nº 0002-00055410`, `Fecha: 10-03-2026`, EAN-13 column, discount row inside the table (`Descuento obra social 40% Amoxicilina`), obra social line in the buyer block, QR PNG",
 "p03": "Factura B clothing, ORIGINAL / DUPLICADO / TRIPLICADO pages (read once), issuer RIGHT, `FACTURA B N° 00011-00070021`, `Fecha Emisión:`, `Sr./Sra.:`, `$54.900,00` glued amounts, wrapped description, vector QR on every copy",
 "p04": "Factura A in USD (`Moneda: USD`, `Tipo de cambio`), `Precio Unit. U$S`, `Importe Total U$S:`, peso-equivalent line not the total, QR `DOL` ctz 1215.75 (PNG)",
 "p05": "MUST FLAG qr_mismatch: QR importe 33000 vs printed 30.000,00. Factura B car wash, inline `FACTURA B` + `CODIGO 06` (no box), `Nro. 0001-00004410`, `Fecha: 15/03/26`, quantity first, vector QR",
 "b01": "AFIP-style Factura A: `Razón Social:` issuer, `U. Medida` `unidades`, net `Subtotal` AND `Subtotal c/IVA` per line (amount = c/IVA, prices_include_vat true), 21 % and 10,5 %, `Importe Neto Gravado: $`, buyer CUIT before `Apellido y Nombre / Razón Social:`, QR PNG 100 pt",
 "b02": "Factura C architect, `Código N° 11`, big `ORIGINAL` + `FACTURA C N° 00003-00001234`, wrapped fee line, `Forma de pago:`, QR `fecha` dd/mm/yyyy (vector rectangles, 110 pt)",
 "b03": "Utility-bill Factura B (water), `COD. 006`, `FACTURA B N° 00015-02245871`, period / consumption m3 / due dates, Percepción IIBB Santa Fe, totals ROW, `TOTAL A PAGAR`, QR URL cut at 255 characters",
 "b04": "MUST FLAG totals_mismatch: printed TOTAL = items + 500,00. Factura B pizzeria, issuer CENTRED, quantity first, `Nº 0002-00018890`, amounts without thousands separator (`11500,00`)",
 "b05": "Factura A net delicatessen: weighed lines `4,250 kg` at 10,5 % with in-store EAN-13 (2...), a counted line at 21 %, `Fecha: 11.03.2026`, `Comprobante Nro.`, `Neto Gravado:`, totals GRID, vector QR",
 "b06": "MUST FLAG qr_mismatch: QR cuit is another valid CUIT. Factura B optician, issuer RIGHT, `Paciente:` + `Sr./Sra.:` buyer, internal codes, wrapped lens description, QR PNG",
 "a01": "AbiWord Factura B cable TV / internet, `Concepto | Importe`, period and due date, `Cliente:`, Percepción IIBB Bs. As. 1,00%, issuer name wrapped by AbiWord, QR image",
 "a02": "AbiWord Factura C florist (`... de Marta Ibáñez`), `Punto de Venta: 0001   Comp. Nro: 00003012`, `Señor(es):`, QR without `fecha`",
 "a03": "AbiWord Factura A net beverages, `Fecha: 06-03-26`, rate column, Impuestos Internos + Percepción IVA 3% + Percepción IIBB Mendoza 2,5% taxes, totals GRID-like table, QR image",
 "a04": "AbiWord Factura B prepaid health, issuer RIGHT, `Nº 0012-00998231`, wrapped plan line, `ARS 1.234,56` amounts, Percepción IIBB CABA 0,50%, QR image",
 "k01": "Inkscape Factura B mobile phone, `FACTURA B N° 00040-05512390`, `Fecha de Emisión: 11.03.2026`, period and due date, Impuestos Internos + Percepción IIBB CABA, vector QR",
 "k02": "Inkscape Factura A net telecom at 27 % with an `Exento` line, issuer RIGHT, `Importe Exento:` in totals, buyer `Razón Social:` company + CUIT, vector QR",
 "k03": "MUST FLAG qr_mismatch: QR nroCmp = printed number + 1. Inkscape Factura C personal trainer, `COD. 11`, `Apellido y Nombre:` buyer, vector QR",
 "k04": "Inkscape Mercado Libre Factura B sneakers: `Razón Social:` issuer, `Razón social:` buyer, EAN-13, `Operación ML #` line, `$74.999,00` glued amounts, vector QR 100 pt",
 "k05": "Inkscape Factura B building supplies, issuer CENTRED, `ARS 1.234,56` amounts, internal codes, `50 kg` in a description with a count, tender line `EFECTIVO` (payment), vector QR",
 "g01": "Gnumeric Factura B car insurance `Concepto | Importe`, `Asegurado:` buyer, policy validity dates, `Impuestos y sellados` tax, no QR",
 "g02": "Gnumeric Factura C yoga teacher, `Código N° 11`, `Comprobante Nro.`, `Fecha: 02-03-26`, amounts without thousands separator, no QR",
 "g03": "Gnumeric Factura A net paint store, 4-decimal unit prices `68.595,0413`, rate column, Percepción IIBB Bs. As. 3,00%, no QR",
 "g04": "Gnumeric Factura B club fees `Concepto | Importe`, `Socio:` buyer, totals-block `Bonificación grupo familiar 15%`, `$ ` amounts, no QR",
 "v01": "pango-view monospace Factura B bakery: `1,250 kg` / `0,385 kg` weighed lines and counted lines, quantity first, `+-----+` letter box, `Fecha: 20/03/26`, tender line `TARJETA DEBITO` (payment), no QR",
 "v02": "pango-view monospace Factura C dog groomer, issuer RIGHT, inline `FACTURA C` + `CODIGO 11`, `Fecha de Emisión: 21 de marzo de 2026`, `Servicio | Importe`, no QR",
}


def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


out = [open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read().rstrip("\n"), "", "## Files", "",
       "| file | generator | pages | exercises | sha256 |", "| --- | --- | --- | --- | --- |"]
names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.pdf")))
for n in names:
    pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", os.path.join(HERE, n + ".pdf")], capture_output=True, text=True).stdout).group(1)
    out.append(f"| `{n}` | {GEN[n[0]]} | {pages} | {WHAT[n[:3]]} | `{sha(os.path.join(HERE, n + '.pdf'))}` |")
out += ["", "Expected-file sha256:", ""]
for n in names:
    out.append(f"- `{n}.expected.json` `{sha(os.path.join(HERE, n + '.expected.json'))}`")
open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("MANIFEST.md written,", len(names), "files")
