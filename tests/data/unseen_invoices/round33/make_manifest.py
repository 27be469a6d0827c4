import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'j': 'JasperReports 6.20.6 (pyreportjasper 2.1.4, OpenPDF 1.3.30.jaspersoft.3)', 'p': 'pypdf 7.1.0 (hand-written content streams)', 'r': 'rupdf 0.4.1'}
EX = {
 'j01': 'A builders\' yard; trade name above `Razón Social:`; `Código` (dropped), `U.M.`, `% IVA` 21 / 10,5%, `Importe Neto`; descriptions wrapped over two lines; Percepción IIBB ARBA; `Punto de Venta:` / `Comp. Nro:`; CUITs dashed; QR PNG',
 'j02': 'B wholesale, 44 lines over 2 pages (`Hoja 1 de 2`, header repeated, totals + QR on page 2); `EAN` column; `$ 1.234,56`; `Descuento pago en efectivo 5%`; unlabelled `... S.A.` under trade name; `Nº PV-NRO`; DNI buyer',
 'j03': 'C dentist (person, `OD.`), services only (`Concepto`); long-form date; DNI buyer; QR host without www, values as strings',
 'j04': 'A car workshop `S.H.`, ORIGINAL / DUPLICADO / TRIPLICADO (3 pages, read once); services without quantity + parts; `% Dto.`, `Alíc. IVA`; Percepción IIBB Chaco; `Nro. PV-NRO`',
 'j05': 'B stationery (trade name), `Cód.`; dd-mm-yyyy; consumidor final; printed total 200,00 above the sum -> totals_mismatch',
 'j06': 'A hosting in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`); services only (`Detalle`, `% IVA`); `Razón Social:` first line; `N° 00012-...`; QR `DOL` + `ctz`',
 'j07': 'C greengrocer (trade name), kg + counted, `Unidad` column `Kg` / `Unid`; dd/mm/yy; consumidor final; QR `fecha` dd/mm/yyyy',
 'j08': 'B pet shop, trade name above `Razón Social:`; `UN` / `KG`; wrapped descriptions; `$ 1.234,56`; QR `ptoVta` one higher -> qr_mismatch',
 'j09': 'A drinks distributor, legal name over two lines; `Artículo`, `Precio`, `Alíc. IVA` `21,00`; `I.V.A. 21,00%:`; Impuestos Internos + Percepción IVA; `FACTURA A PV-NRO`',
 'j10': 'B hardware (trade name); `Código`, `Bonif. %`; `1234,56`; dd.mm.yyyy; `Punto de Venta:` and `Comp. Nro:` on two lines; DNI buyer',
 'p01': 'A distributor; Courier table `Código`, `IVA` 21% / 10,5%; Percepción IIBB Mendoza + Otros Tributos; `P.V. 6   Nro. 33880` unpadded; QR image XObject',
 'p02': 'B butcher, trade name above `Razón Social:`; kg to the gram, `U.M.` `u` / `kg`; `Descuento jubilados 10%`; dd/mm/yy; consumidor final',
 'p03': 'C gym (trade name), services only; `Nº PV-NRO`; DNI buyer; QR JSON pretty-printed with CRLF, importe / codAut as strings',
 'p04': 'A security systems, `Razón Social:` first line; descriptions wrapped in a narrow Courier column; QR `importe` 1000 higher -> qr_mismatch; CUITs dashed',
 'p05': 'B health-food shop (trade name); EAN-13 printed before the description in the same cell; kg + counted without unit column; `1234,56`; dd.mm.yyyy',
 'p06': 'C lawyer (person, `DRA.`, registration line below), two long wrapped service lines; long-form date; buyer with CUIT; no QR',
 'p07': 'B bakery, ORIGINAL / DUPLICADO (read once); `Cant.` first; unlabelled `... S.A.` under trade name; `FACTURA B PV-NRO`',
 'p08': 'A wholesale, 40 lines over 2 pages (`Hoja n de 2`); `Código`, `U.M.`, `% IVA` 21 / 10,5%; Percepción IIBB Córdoba; `N° PPPPP-NNNNNNNN`',
 'p09': 'C ice-cream shop (trade name); dd-mm-yyyy; printed total 100,00 below the sum -> totals_mismatch',
 'p10': 'B drugstore, trade name above `Razón Social:`; `$ 1.234,56`; DNI buyer; QR host without www, values as strings',
 'r01': 'A computer shop (Mercado Libre seller): `Cód.`, `Producto / Servicio` with `Operación ML #...` second lines, `Alíc. IVA`, `Importe Neto`; Percepción IIBB Santa Fe; vector QR',
 'r02': 'B clothing, trade name above `Razón Social:`; `Bonif. %`; `$ 1.234,56`; DNI buyer',
 'r03': 'C caterer (person), services only; buyer with CUIT; dd/mm/yy; QR host without www, values as strings',
 'r04': 'A car parts, trade name above `Razón Social:`; ORIGINAL / DUPLICADO (read once); Percepción IIBB Córdoba; `Nº PV-NRO`',
 'r05': 'B furniture (trade name); long-form date; QR `cuit` another valid CUIT -> qr_mismatch',
 'r06': 'A accountant (person, `CPN`), services only; Otros Tributos; `Punto de Venta:` / `Comp. Nro:` on two lines; CUITs dashed',
 'r07': 'B pharmacy, `Cód. Barras` EAN-13; `1234,56`; `Descuento obra social 40%`; unlabelled `... S.C.S.` under trade name',
 'r08': 'A freight, services only; legal name over two lines (`SOCIEDAD ANONIMA`); Percepción IIBB Santa Fe; `Nro. PV-NRO`; dd.mm.yyyy',
 'r09': 'C gardener (trade name), services + counted; consumidor final; QR `nroCmp` one higher -> qr_mismatch',
 'r10': 'B optician, trade name above `Razón Social:`; `Cant.` first; `Bonificación 5% pago contado`; `FACTURA B PV-NRO`; dd-mm-yyyy',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
