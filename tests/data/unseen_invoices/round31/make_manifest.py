import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'p': 'pdfluent 1.2.0 (Rust)', 's': 'pdfspine 0.12.0 (Rust)'}
EX = {
 'p01': 'A, Mercado Libre seller; trade name above `Razón Social:`; `Cód.` (dropped); description wrapped over two lines; `IVA %` 21%; Percepción IIBB CABA; `Punto de Venta:` / `Comp. Nro:` on two lines; PNG QR',
 'p02': 'B tyre shop; `Cantidad` first; services without quantity + goods; `$ 1.234,56`; `Nº PV-NRO`; DNI buyer',
 'p03': 'C dentist (person, `OD.` title kept); services only (`Concepto`, `Importe`); long-form date (`Fecha:`); QR host without www, values as strings',
 'p04': 'A computer shop, 44 lines over 2 pages (`Hoja 1 de 2`, header repeated); `Código`, `Unid.`, `Alícuota` 21 / 10,5; `Importe Neto`; Percepción IIBB Córdoba + Percepción IVA; `N° 00024-...`',
 'p05': 'B delicatessen (trade name), kg to the gram, `U.M.`, `Precio`; dd-mm-yyyy; `P.V. PV Nro. NRO`; consumidor final',
 'p06': 'A building materials, ORIGINAL / DUPLICADO (read once); `Art.` before `Cantidad`; `% Bonif`; 21 / 10,5%; Percepción IIBB Buenos Aires; CUITs dashed',
 'p07': 'B greengrocer (trade name), kg + counted, `Unid.`; dd/mm/yy; printed total 200,00 below the sum -> totals_mismatch',
 'p08': 'A hosting in USD (`Moneda: USD`, `Importe Total: USD`, `Cotización`); services; labelled `Razón Social:` as first line; QR `DOL` + `ctz`',
 'p09': 'C electrician (person), `Cant.` first, labour without quantity; QR `importe` 1000 higher -> qr_mismatch; DNI buyer',
 'p10': 'B bookshop, `Cód. Barras` EAN-13, 9 lines; `1234,56`; `Descuento vuelta al cole 15%`; unlabelled `... S.R.L.` under trade name; `FACTURA B PV-NRO`; no QR',
 'p11': 'A car parts; labelled `Razón Social:` first line (smaller bold); `Dto. %`, `Alícuota`; `Nro. PV-NRO`; QR `ptoVta` one higher -> qr_mismatch',
 'p12': 'C psychologist (person, `LIC.`), one service line (`Concepto`, `Total`); dd.mm.yyyy; QR `fecha` dd/mm/yyyy (agrees)',
 'p13': 'B pet shop, trade name above `Razón Social:`; `Cantidad`, `U.M.` before description; kg + counted; `Nº PV-NRO`; QR host without www + strings + `fecha` dd/mm/yyyy',
 'p14': 'A photography, trade name above `Razón Social:`; `Producto / Servicio`, `Importe Neto`; service without quantity + goods; long-form date; Percepción IIBB Salta',
 'p15': 'C ice-cream shop (trade name), `Cant.` first; `P.V. PV Nro. NRO`; consumidor final',
 's01': 'A builder, legal name over two lines (`SOCIEDAD ANONIMA`); `Cantidad` first; Percepción IIBB Córdoba; `N° PV-NRO`; printed total 1.000,00 above the sum -> totals_mismatch; vector QR',
 's02': 'B Mercado Libre seller, trade name above `Razón Social:`; wrapped description; DNI buyer; QR host without www, strings',
 's03': 'C laundry (trade name), ORIGINAL / DUPLICADO / TRIPLICADO pages (read once); dd/mm/yy; consumidor final',
 's04': 'A catering, labelled `Razón Social:` first line; services only (`Concepto`, `Alícuota` 21 / 10,5, `Importe`); Otros Tributos',
 's05': 'B grocery (trade name), `EAN` column, kg + counted, `Unid.`; `$ 1.234,56`; dd.mm.yyyy; consumidor final',
 's06': 'C gym owner (person, trade name on the line below); services only; CUIT dashed; QR names another valid CUIT -> qr_mismatch',
 's07': 'A IT reseller, labelled `Razón Social:` first line; `Cód. Barras` EAN, `% Bonif`, `IVA %` 10,5 / 21; `1234,56`; Percepción IIBB Entre Ríos; `FACTURA A PV-NRO`',
 's08': 'B feed store, 40 lines over 2 pages (`Página 1/2`); `Cód.`, `Cantidad`, `U.M.`; kg + counted; `Bonificación pago efectivo 5%`; `P.V. ... Nro. ...`; trade name above `Razón Social:`',
 's09': 'C photographer (person); service without quantity + goods; dd-mm-yyyy; QR date one day later -> qr_mismatch',
 's10': 'B hardware shop; `Art.`; installation without quantity + goods; unlabelled `... S.R.L.` under trade name; `Nro. PV-NRO`; QR `nroCmp` one higher -> qr_mismatch',
 's11': 'A tyre shop, ORIGINAL / DUPLICADO (read once); `Cód.`, `Alícuota`, `Importe Neto`; Percepción IIBB Buenos Aires; CUITs dashed',
 's12': 'B ice-cream shop, trade name above `Razón Social:`; `Cantidad` first; long-form date; no QR',
 's13': 'C greengrocer (trade name alone), kg + counted, `U.M.`; `1234,56`; QR `fecha` dd/mm/yyyy',
 's14': 'A dental supplies in USD (`Moneda: USD`, `Importe Total: USD`); labelled `Razón Social:` first line; freight without quantity; Percepción IVA; QR `DOL`',
 's15': 'B stationery, trade name above `Razón Social:`; `Código` (dropped), `Cantidad`; `Punto de Venta:` / `Comp. Nro:`; DNI buyer',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
