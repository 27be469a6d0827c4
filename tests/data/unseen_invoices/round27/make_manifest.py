"""Write MANIFEST.md = MANIFEST.head.md + the files table (pages from pdfinfo, sha256 of each PDF)."""
import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'p': 'Prince 17 (prince-pdf 17.0.0.post2)', 'l': 'LumasPDF SDK 4.2.3 (lumaspdf, demo)', 'r': 'rust-pdf 0.5.0 (rustpdf)'}
EX = {
 'p01': 'A household appliances; trade name above `Razón Social:`; `Cód.` (dropped), wrapped description, `% Bonif.`, `Alíc. IVA` 21% / 10,5%; `Punto de Venta:` / `Comp. Nro:`; `Percepción IIBB ARBA 2,50%`; CUITs dashed',
 'p02': 'B supermarket, 48 lines over 2 pages (Prince paginates, `thead` repeated); `Cód. Barras` EAN-13; kg + counted, `Unidad` `Unid` / `Kg`; `$ 1.234,56`; `Descuento jubilados 15%`; unlabelled `... S.A.` under trade name; `Nº PV-NRO`; consumidor final',
 'p03': 'C electrician (person), services without quantity + materials; `Nro. PV-NRO`; dd-mm-yyyy; DNI buyer; QR host without www, values as strings',
 'p04': 'B Mercado Libre seller, `SKU` column (dropped), `Operación ML #...` line inside the description cell, long wrapped description; `N° PV - NRO`; `Condición de venta: Mercado Pago`',
 'p05': 'B health-food shop (trade name), kg, `U. Med.` `u`; `1234,56`; dd.mm.yyyy; printed total 250,00 below the sum -> totals_mismatch',
 'p06': 'A IT hardware in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`); 10,5% + 21%; licence line without quantity; Percepción IVA; QR `DOL` + `ctz`',
 'p07': 'C psychologist (person, `LIC.` kept), services only (`Concepto`, `Importe`); long-form date; QR `importe` 1000 below the print -> qr_mismatch',
 'p08': 'A hardware wholesaler, `Cantidad` first, `EAN`, `IVA` as `21,00%`; legal name over two lines (`SOCIEDAD ANONIMA`); Percepción IIBB Córdoba + Otros Tributos; `FACTURA A PV-NRO`',
 'p09': 'B pharmacy, trade name above `Razón Social:`; `Dto. %` line bonifications; `Descuento obra social 40%`; `P.V.` / `Nro.`; QR JSON pretty-printed (CRLF, indent, strings)',
 'p10': 'C seamstress, trade name over `de PERSON` (trade name is the merchant); services only; `Fecha:` dd/mm/yy; consumidor final; QR `fecha` dd/mm/yyyy',
 'l01': 'A wholesaler, 46 lines over 2 pages (`Hoja 1 de 2`, header repeated, 28 + 18 rows); `Art.`, `U. Med.` `UN`, `IVA` as `21,00` / `10,50`; Percepción IVA + Percepción IIBB Santa Fe; vector QR',
 'l02': 'B delicatessen, trade name above `Razón Social:`; kg + counted, `Cantidad` / `Unidad` (`KG` / `UN`), `Precio`; `1234,56`; `Fecha:` dd/mm/yy; `FACTURA B PV-NRO`; consumidor final',
 'l03': 'A car repair shop, `Subtotal` + `Alíc. IVA` + `Subtotal c/IVA` (amount = c/IVA, prices_include_vat true), `% Bonif.`, labour line without quantity; no `Subtotal:` label (subtotal = Importe Neto Gravado); Percepción IIBB CABA',
 'l04': 'B tyre shop, unlabelled `... S.A.` under trade name; service line without quantity; `Nº PV-NRO`; DNI buyer; QR `ptoVta` one higher than printed -> qr_mismatch',
 'l05': 'C dentist (person, `OD.`), services only; `N° PV - NRO`; dd.mm.yyyy; CUIT dashed; QR `fecha` dd/mm/yyyy',
 'l06': 'B school stationer, trade name above `Razón Social:`; `Cantidad` before `Cód.`, `% Bonif.`; `$1.234,56`; `Bonificación pago contado 5%`; `Nro. PV-NRO`',
 'l07': 'A agro-veterinary, ORIGINAL / DUPLICADO pages (read once); legal name over two lines (`S.R.L.`); 10,5% + 21%; Percepción IIBB La Pampa; `FACTURA A PV-NRO`',
 'l08': 'C gym (trade name alone), memberships without quantity + a counted item; `P.V.` / `Nro.`; dd-mm-yyyy; DNI buyer',
 'l09': 'B greengrocer (trade name), kg + counted (`c/u`); long-form date; `Nº PV-NRO`; no QR',
 'l10': 'A catering, trade name above `Razón Social:`; long description wrapped over two lines, services without quantity; Percepción IIBB ARBA 2,50% + Impuestos Internos; `N° PV - NRO`; QR host without www, strings',
 'r01': 'B Mercado Libre seller, `SKU` + `Cant.` before the description, `Operación ML #...` line in the cell; `$ 1.234,56`; `Nº PV-NRO`; `Condición de venta: Mercado Pago`',
 'r02': 'A software company in USD (`Moneda: USD`), services only (`Detalle`, `IVA`, `Importe`); long-form date; QR `DOL` + `ctz`',
 'r03': 'C air-conditioning installer (person); services + a counted item; `N° PV - NRO`; DNI buyer; QR `tipoCmp` 1 on a Factura C -> qr_mismatch',
 'r04': 'B grocery (trade name), `EAN` column, kg + counted (`u` / `kg`); `P.V.` / `Nro.`; `Fecha:` dd/mm/yy; consumidor final',
 'r05': 'A hardware store, trade name above `Razón Social:`; `Dto. %`, rate printed `(21,00)`; `1234,56`; Percepción IIBB ARBA 2,50%; `Nro. PV-NRO`; CUITs dashed',
 'r06': 'C greengrocer, trade name over `de PERSON`; ORIGINAL / DUPLICADO / TRIPLICADO pages (read once); kg; `COMPROBANTE` / `FACTURA C PV-NRO`; consumidor final',
 'r07': 'A dental clinic, services only (`Concepto`, `Alíc. IVA`); Otros Tributos; printed total 1.000,00 above the sum -> totals_mismatch',
 'r08': 'B housewares, trade name above `Razón Social:`; `Cantidad` first, `Total` column; `$ 1.234,56`; `Descuento por pago en efectivo 10%`; QR host without www, strings',
 'r09': 'A catering, `Subtotal` + `Alíc. IVA` + `Subtotal c/IVA` (amount = c/IVA, prices_include_vat true); 21% + 10,5%; Percepción IIBB Neuquén; dd-mm-yyyy; `Nro. PV-NRO`',
 'r10': 'C CrossFit box, trade name above `Razón Social:` naming a person; services only; dd.mm.yyyy; consumidor final; QR `fecha` dd/mm/yyyy',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
