"""Writes MANIFEST.md from MANIFEST.head.md + the file table."""
import hashlib, os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {"t": "TCPDF 6.6.2", "f": "FPDF 1.84", "h": "dompdf 2.0.3", "o": "Apache FOP 2.8", "i": "iText 5.5.13.3",
       "c": "libharu 2.3.0", "m": "mutool create 1.21.1"}
EX = {
    "t01": "Mercado Libre seller Factura A net: fantasy name above `Razón Social:`, EAN-13 code column, `Operación ML #` wrapped in the description, 21 % and 10,5 % lines, zero `Percepción IIBB CABA` and `Otros Tributos` lines (left out), buyer `Razón social:` + CUIT, `Punto de Venta: 0003  Comp. Nro: 00001234`, TCPDF vector QR",
    "t02": "Factura B appliances, ORIGINAL/DUPLICADO/TRIPLICADO (read once), quantity column first, internal `Artículo` codes, `Nº 0007-00020458`, `Cod. 006`, totals-block `Bonificación pago contado`, buyer `Señor(es):` + DNI, dashed CUIT, QR on every copy",
    "t03": "Factura C dentist, issuer block on the RIGHT, `Código 11`, `Comprobante Nro. 0002-00000318`, `Concepto | Importe` only (no quantity), wrapped concept, `$ 1.234,56` amounts, QR right of the CAE",
    "t04": "Utility-bill Factura B (gas): period, 1st/2nd due dates, meter readings above the table, `FACTURA B N° 00015-04481290`, 4-decimal unit price, `Percepción IIBB Santa Fe` + `Impuesto Ley 23.681` taxes, `TOTAL A PAGAR:`",
    "t05": "Factura A net hardware store, 36 items over 2 pages (header repeated, `Continúa en la hoja siguiente`), 5-digit internal codes, quantities `1,00`, rate column `21,00` / `10,50`, `Importe Neto Gravado`, Percepción IIBB Bs. As. 3,00 %, QR last page",
    "t06": "MUST FLAG qr_mismatch: QR importe = printed total + 2.500,00. Factura B Mercado Libre seller, `Apellido y Nombre / Razón Social:` buyer, EAN column, `Operación ML #`",
    "t07": "Factura A in USD (`Moneda: USD`, `Tipo de cambio: $ 1.195,50`), `Precio Unit. U$S`, `Importe Total U$S:`, peso-equivalent line below the total, QR moneda DOL ctz 1195.5",
    "f01": "Factura B pet shop: weighed food `3,250 kg` with in-store EAN-13 (2...), internal code, EANs, issuer CUIT in the issuer block, `Nº 0001-00003345`, `Cliente: CONSUMIDOR FINAL`, QR PNG",
    "f02": "Factura C lawyer (Times), `Cód. 011`, `Factura C Nro. 0001-00000087`, `Emitida el 12 de marzo de 2026`, `Detalle | Importe` with 2-line descriptions, QR host without `www`",
    "f03": "Factura A net: `% Bonif` column (two lines 10 %), `Alíc. IVA` `21,00%`, totals as a GRID, `FACTURA A N° 00006-00014207`, `Fecha: 19.02.2026`, Percepción IIBB Bs.As., QR PNG",
    "f04": "Factura B bakery in Courier: quantity first, `1,250 kg` weighed bread, amounts without thousands separator (`31250,00`), `Fecha: 21-03-26`, no QR",
    "f05": "MUST FLAG totals_mismatch: printed total = net + VAT + 150,00 (QR carries the printed total). Factura A car workshop, `IVA %` `21%`, 2-line labour line",
    "h01": "dompdf Factura B internet provider: `Concepto | Importe` (no quantity), totals as a horizontal ROW, `Comprobante Nro. 00021-00663201`, `Fecha de Emisión: 01.03.2026` with period and due date, Percepción IIBB Mendoza, `$ ` amounts",
    "h02": "dompdf Factura B pharmacy: EAN-13 column, discount row inside the table (`Descuento obra social 40% Amoxidal -5.400,00`), obra social line in the buyer block, `N° 0004-00120887`",
    "h03": "dompdf Factura C gym, issuer RIGHT, `Nº 0001-00004410`, `Emitida el 03-03-26`, QR as SVG image, payload with every value a string",
    "h04": "dompdf Factura A net car service: wrapped description, Percepción IIBB Santa Fe 2,5% and Percepción IVA RG 2408 taxes, `Punto de Venta: 0008 Comp. Nro: 00003390`, QR PNG",
    "h05": "dompdf Factura B school fees: `Concepto | Importe`, totals-block `Descuento hermanos 10%`, `Responsable de pago` / `Alumno` buyer lines, QR payload pretty-printed with CRLF",
    "o01": "FOP Factura A net beverages: `U.M. Unid`, quantities `6,00`, 4-decimal unit prices, `Neto Gravado`, Impuestos Internos + Percepción IVA 3% taxes, `Fecha: 13-03-2026`, issuer name wrapped by FOP, QR inline SVG vectors",
    "o02": "FOP Factura B prepaid health: `Concepto | Importe`, period and due date, Percepción IIBB CABA, QR URL cut at 255 characters (qr.cae null), SVG vectors",
    "o03": "FOP Factura A net stationery, 63 items over 2 pages with the column header NOT repeated, a book `Exento` line (wrapped, vat_rate null), totals GRID with `Importe Exento`, `Fecha: 06.03.2026`, QR PNG on the last page",
    "o04": "MUST FLAG qr_mismatch: QR cuit is another valid CUIT. FOP Factura B car insurance, `Impuestos y sellados` tax, `Asegurado:` buyer, QR SVG vectors",
    "o05": "FOP Factura C physiotherapist (Times), issuer RIGHT, `Código 11`, quantity first, 2-line description, `Fecha: 19.03.2026`, no QR",
    "i01": "iText AFIP-style Factura A with `U. Medida` `unidades`, `% Bonif`, net `Subtotal` AND `Subtotal c/IVA` per line (amount = c/IVA, prices_include_vat true), 21 % and 10,5 %, `Importe Neto Gravado: $`, buyer CUIT before `Apellido y Nombre / Razón Social:`, three copies, iText vector QR on every copy",
    "i02": "iText Factura B mobile phone: `FACTURA B N° 00040-09912234`, `Fecha de Emisión: 11.03.2026`, period and due date, Impuestos Internos + Percepción IIBB CABA, iText CCITT QR image",
    "i03": "iText Factura C locksmith, issuer RIGHT, `Cod. 011`, glued amounts `$38.000,00`, quantity first, buyer `Señor(es): CONSORCIO`, QR payload `fecha` as dd/mm/yyyy (iText vectors)",
    "i04": "MUST FLAG qr_mismatch: QR nroCmp = printed number + 1. iText Factura B Mercado Libre shoe seller, `Razón Social:` buyer (a person), SKU codes dropped, `Nº 0006-00051877`",
    "i05": "iText Factura A net greengrocer wholesale: `18,500 kg` weighed lines at 10,5 %, `Precio x kg`, crates at 21 % (`4 un`), net discount row in the table, QR vectors",
    "c01": "libharu Factura B grocery: EAN-13 and in-store weight EAN, `0,845 kg` / `1,320 kg`, no-code line, `Pto. Venta: 0003  Nro: 00040112`, tender line `TARJETA DEBITO` (payment), QR rectangles",
    "c02": "libharu Factura C hairdresser (Times): `Servicio | Importe`, `Comp. Nro: 0001-00002034`, `Fecha: 25 de marzo de 2026`, `$ ` amounts, no QR",
    "c03": "libharu Factura A net computers at 10,5 % and 21 %, issuer RIGHT, buyer `Señor(es):` + CUIT, amounts without thousands separator, `Fecha: 09-03-26`, QR PNG without `fecha`",
    "m01": "mutool content streams (Courier), Factura B nursery: inline `FACTURA B` + `CODIGO 06` (no letter box), `Nro.: 0002-00007719`, tender line `EFECTIVO` (payment), QR `re f` vectors",
    "m02": "mutool (Courier), Factura C English teacher: 2-line concept, `Punto de Venta: 0001 Comp. Nro: 00000145`, `26-03-26`, amounts `9500,00`, no QR",
}


def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()


def main():
    head = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read()
    rows = ["| file | generator | pages | exercises | sha256 |", "| --- | --- | --- | --- | --- |"]
    exp = []
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".pdf"))
    for n in names:
        pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", os.path.join(HERE, n + ".pdf")], capture_output=True, text=True).stdout).group(1)
        rows.append(f"| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{sha(os.path.join(HERE, n + '.pdf'))}` |")
        exp.append(f"- `{n}.expected.json` `{sha(os.path.join(HERE, n + '.expected.json'))}`")
    with open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n\nExpected-file sha256:\n\n" + "\n".join(exp) + "\n")


if __name__ == "__main__":
    main()
