import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'j': 'pygenpdf_json 0.1.18 (Rust genpdf)', 'm': 'minpdf-core 0.1.0 (C minpdf)', 'k': 'caprice 0.1.3'}
EX = {
 'j01': 'A electrical supplies; trade name above `Razón Social:`; `Cód.` (dropped), `% Dto.`, `IVA` 21 / 10,5%; `Nro. PV - NRO`; Percepción IIBB Chaco; CUITs dashed; `Cuenta corriente 30 días`',
 'j02': 'B perfumery, 48 lines over 2 pages (32 + 16, continuation line on page 2); `GTIN` EAN-13, `Precio x U.`; `$ 1.234,56`; `Descuento pago en efectivo 5%`; unlabelled `... S.A.`; `N° PPPPP-NNNNNNNN`; consumidor final',
 'j03': 'C psychologist (person, `LIC.` kept), services only (`Concepto`, `Total`); long-form date; DNI buyer; QR host without www, values as strings',
 'j04': 'A builders\' merchant, ORIGINAL / DUPLICADO pages (read once); `Cantidad` first, `Unidad`; `Comp. Nro PPPPP-NNNNNNNN`; legal name over two lines (`SOCIEDAD ANONIMA`); Percepción IIBB Buenos Aires',
 'j05': 'B Mercado Libre seller: `Cliente:` / `DNI:` / `Domicilio:` buyer, long product titles wrapped over two lines in the cell; dd-mm-yyyy; `Nº`; QR `fecha` dd/mm/yyyy (agrees); `Mercado Pago` condition',
 'j06': 'A hosting in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`); services only (`Concepto`, `% IVA`); QR `DOL` + `ctz`',
 'j07': 'C greengrocer (trade name), kg + counted, `U. Medida`; dd.mm.yyyy; `P.V.: / Nro.:`; QR `nroCmp` one higher -> qr_mismatch',
 'j08': 'B pet shop, trade name above `Razón Social:`; `Artículo` (dropped), `Unidad`, kg; printed total 200,00 below the sum -> totals_mismatch',
 'j09': 'A office furniture, `EAN` column, `% IVA`; dd/mm/yy; Percepción IVA + Percepción IIBB Santa Fe; unlabelled `... S.A.`; CUITs dashed',
 'j10': 'C dentist (person, licence line), services only (`Detalle`); `Punto de Venta:` / `Número:` unpadded on two lines; no QR',
 'm01': 'A confectionery wholesaler, 44 lines over 2 pages (`Página 1 / 2`, header repeated); `Alíc. IVA` as `21,00` / `10,50`; Percepción IIBB Buenos Aires + Impuestos Internos; vector QR',
 'm02': 'B delicatessen, trade name above `Razón Social:`, kg + counted, `Cantidad`, `U. Medida`, `Precio Unit.`; `1234,56`; dd/mm/yy; `FACTURA B PV-NRO`',
 'm03': 'C gym (trade name), services; `Nº`; QR `importe` 100 above the printed total -> qr_mismatch',
 'm04': 'A car service, ORIGINAL / DUPLICADO pages (read once); labour without quantity + parts; trade name above `Razón Social:`; `Nro. PV - NRO`; dd-mm-yyyy; Percepción IIBB Córdoba',
 'm05': 'B Mercado Libre seller (`Cliente:` block), `Cant.` first, `Producto / Servicio`; `$ 1.234,56`; legal name over two lines (`BLANCO HOGAR` / `S.R.L.`); QR host without www, strings',
 'm06': 'C internet provider (monotributista trade name), services only; CUIT dashed; `N°`; QR names another valid CUIT -> qr_mismatch',
 'm07': 'A security systems; install service without quantity; long-form date; Percepción IIBB Buenos Aires; printed total 1.000,00 above the sum -> totals_mismatch; QR `fecha` dd/mm/yyyy (carries the printed total)',
 'm08': 'B produce wholesaler, `Cant.` and `U. Medida` before the description, kg; `Bonificación cliente frecuente 3%`; trade name above `Razón Social:`; `Comp. Nro`',
 'm09': 'C appliance repairer (person), labour without quantity + a part; dd.mm.yyyy; `P.V.: / Nro.:`',
 'm10': 'A drugstore, `Código de barras` EAN-13, `Bonif. %`, `% IVA`; Percepción IIBB San Juan; CUITs dashed',
 'k01': 'B deli (trade name + trade line), fixed-pitch Courier, kg + counted, `Cant.` first; dd/mm/yy; `FACTURA B PV-NRO`; no QR',
 'k02': 'A builders\' merchant, `Código` (dropped), `% IVA` 21 / 10,5; Percepción IIBB Entre Ríos + Otros Tributos; `Nro. PV - NRO`; no QR',
 'k03': 'C personal trainer (person), services only; `Punto de Venta: 12` / `Número: 11421` unpadded; dd-mm-yyyy; no QR',
 'k04': 'B wholesaler, `Ref.` (dropped) and `Cant.` before the description; `Descuento por volumen 8%`; trade name above `Razón Social:`; `N°`; no QR',
 'k05': 'A furniture, `Cantidad` first, `Alíc. IVA`; dd.mm.yyyy; legal name over two lines (`SOCIEDAD DE RESPONSABILIDAD LIMITADA`); printed total 0,50 below the sum -> totals_mismatch; no QR',
 'k06': 'C greengrocer (trade name), kg + counted, `Unidad`, `Precio x U.`; `1234,56`; `Nº`; no QR',
 'k07': 'A pet supplies, 8 columns (`Artículo`, `Unidad`, `Bonif. %`, `IVA`), descriptions wrapped in the narrow column; Percepción IVA; long-form date; `Comp. Nro`; no QR',
 'k08': 'B perfumery (trade name), `EAN` column; `$ 1.234,56`; `P.V.: / Nro.:`; no QR',
 'k09': 'C mechanic (trade name + trade line), labour without quantity + parts, `Cant.` first; no QR',
 'k10': 'A electrical contractor, `Cant.` before the description, 0% line -> `Importe Exento`, line amount column headed `Total`; Percepción IIBB Santa Fe; `FACTURA A PV-NRO`; no QR',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
