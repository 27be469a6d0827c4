"""Write MANIFEST.md = MANIFEST.head.md + one table row per PDF."""
import hashlib
import os
import re
import subprocess

from docs import docs

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {"lualatex": "LuaLaTeX (LuaHBTeX 1.15.0)", "xelatex": "XeLaTeX (XeTeX 0.999994)", "context": "ConTeXt MkIV 2021.03.05",
       "fpdf": "PyFPDF 1.7.2", "pandoc": "Pandoc 2.17.1.1 -> ConTeXt", "textmono": "XeLaTeX verbatim (monospace text)"}
EX = {
 "l01": "Factura B bike shop, trade name + owner wrapping, `Punto de Venta: ... Comp. Nro:`, `Señor(es):` + DNI, internal codes, wrapped descriptions, QR",
 "l02": "Factura A net hardware, 44 items over 2 pages (longtable header repeated), 5-digit `Artículo`, `Alícuota IVA` 21,00% / 10,50%, `Nº 0003-...`, Percepción IIBB Mendoza, totals grid, QR on page 2",
 "l03": "Factura C psychologist, services with no quantity, `FACTURA C N° 0000x-...`, `Fecha: 12 de marzo de 2026` style, issuer RIGHT, `Sr./Sra.:`, period line, QR host without www",
 "l04": "utility-like Factura B water, long issuer name wrapped in a narrow cell, `Comprobante Nro.`, `dd-mm-yy`, readings / consumption / due dates, totals ROW, `TOTAL A PAGAR:`, Percepción IIBB Santa Fe, QR pretty JSON CRLF",
 "l05": "MUST FLAG totals_mismatch (printed TOTAL = items + 800). Factura B restaurant, issuer CENTRED, quantity first, `Nro:`, `dd.mm.yyyy`",
 "l06": "AFIP-like Factura A, `Razón Social:` issuer under a trade name, EAN-13, `U. Medida` `unidades`, net `Subtotal` + `Subtotal c/IVA` (amount = c/IVA, prices_include_vat true), buyer `Apellido y Nombre / Razón Social:`, QR",
 "l07": "Factura B furniture (ML), ORIGINAL / DUPLICADO pages read once, long wrapped description with `Operación ML #`, issuer wrapped, `$ ` amounts, QR on both",
 "x01": "Mercado Libre seller Factura B: `Razón Social:` issuer, `Razón social:` buyer, EAN-13, `Operación ML #` in the description, `$459.999,00` glued amounts, QR all values strings",
 "x02": "Factura C accountant, `Nº 0001-...`, `Fecha: dd-mm-yy`, `Cliente:` with a buyer CUIT, no quantity column, `$ ` amounts, QR",
 "x03": "MUST FLAG qr_mismatch (QR cuit another valid CUIT). Factura B vet (owner name in trade name), `% Bonif` column, `Comprobante Nro.`, `Paciente:` line",
 "x04": "Factura A in USD, `U$S` amounts, `Importe Neto Gravado U$S:`, `Importe Total U$S:`, peso-equivalent line not the total, QR `DOL` ctz 1218.5",
 "x05": "Factura B gym, issuer RIGHT, `FACTURA B N° ...`, `Socio:`, totals-block `Descuento débito automático 10%`, QR pretty JSON",
 "c01": "Factura B bookshop, ISBN-13 / EAN-13 code column, `Nro:`, `dd.mm.yyyy`, `Señor(es): Consumidor Final`, wrapped descriptions, QR",
 "c02": "Factura A net furniture, issuer CENTRED, quantity first, `% Bonif`, rates `21%` / `10,5%`, `Fecha: 12 de marzo de 2026` style, `$ ` amounts, totals grid, QR",
 "c03": "Factura B pharmacy, `Cod. 006`, EAN-13, discount ROW in the table (`Bonificación obra social 40% Losartán`), obra social line in buyer block, QR",
 "c04": "MUST FLAG qr_mismatch (QR nroCmp = printed + 1). Factura C electrician (trade name + owner), issuer RIGHT, materials with quantities + labour",
 "c05": "Factura B greengrocer, `Unidad` column `kg` / `un`, weights with 3 decimals, `1234,56` amounts without thousands separator, `dd-mm-yy`, QR",
 "f01": "utility-like Factura B gas, `Comprobante Nro.`, `Titular:`, period / consumption / due date, `Impuesto Ley 23.681` + Percepción IIBB Tucumán, `TOTAL A PAGAR:`, QR",
 "f02": "Factura A net telecom 27 % + `Exento` line, issuer RIGHT, `Importe Exento:`, `Impuestos Internos 4,17%:`, buyer `Cliente:` company + CUIT, QR",
 "f03": "MUST FLAG qr_mismatch (QR importe 115000 vs printed 110.000,00). Factura B parking, `Nro:`, totals grid",
 "f04": "Factura B clothing (trade name + owner), ORIGINAL / DUPLICADO / TRIPLICADO pages read once, codes, QR on every copy",
 "f05": "Factura C school (long issuer name wrapped), `FACTURA C N° ...`, `Responsable de pago:` buyer, `ARS 1.234,56` amounts, totals-block `Bonificación hermanos 10%`, QR host without www",
 "f06": "Factura B car insurance, `Asegurado:`, `Vigencia`, `Fecha: dd.mm.yyyy`, `Impuestos y sellados` tax, no QR",
 "d01": "Factura B streaming, `ARS` amounts, Percepción IVA RG 4240 30% + Percepción IIBB CABA 2%, period inside the description, pandoc tables, QR",
 "d02": "Factura C English teacher, `Fecha: 12 de marzo de 2026` style, quantities of classes, pandoc tables, QR",
 "g01": "Ghostscript re-distilled LuaLaTeX: Factura B prepaid health, narrow issuer cell (name wraps), `Titular:`, wrapped plan line, `ARS` amounts, totals grid, QR",
 "g02": "Ghostscript re-distilled PyFPDF: Factura A net building supplies, 4-decimal unit prices, bare `21,00` rate column `% IVA`, Percepción IVA 3% + IIBB Bs. As. 2%, QR",
 "g03": "Ghostscript re-distilled ConTeXt: Factura B optician, issuer RIGHT, `Paciente:` + `Señor(es):`, internal codes, wrapped lens line, QR values as strings",
 "g04": "MUST FLAG qr_mismatch (QR fecha one month earlier). Ghostscript re-distilled XeLaTeX: Factura C dentist, `Nro:`, `Prestación | Importe`",
 "g05": "Ghostscript re-distilled PyFPDF: Factura B kiosk (trade name + owner), quantity first, `Fecha: dd-mm-yy`, plain `1234,56` amounts, no QR",
 "g06": "Ghostscript re-distilled Pandoc/ConTeXt: ML pet shop Factura B, `Razón Social:` issuer + `Razón social:` buyer, EAN-13, `Operación ML #`, glued `$` amounts, QR",
 "t01": "monospace text Factura B locksmith, ASCII letter box, `Nº ...`, `Señor(es):` consortium, no QR",
 "t02": "Ghostscript re-distilled monospace text: Factura C gardener, issuer CENTRED, `Comprobante Nro.`, `dd.mm.yyyy`, no QR",
 "t03": "monospace text Factura B butcher, issuer RIGHT, `2,150 kg` quantities, `Precio x kg`, tender line `EFECTIVO` (payment), no QR",
}


def main():
    rows = []
    for d in docs():
        n = d["id"]
        pdf = os.path.join(HERE, n + ".pdf")
        h = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
        pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1)
        g = d["gen"]
        gname = ("Ghostscript 10.0.0 pdfwrite <- " + GEN[g[3:]]) if g.startswith("gs:") else GEN[g]
        rows.append(f"| `{n}` | {gname} | {pages} | {EX[n[:3]]} | `{h}` |")
    head = open(os.path.join(HERE, "MANIFEST.head.md")).read()
    open(os.path.join(HERE, "MANIFEST.md"), "w").write(head + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
