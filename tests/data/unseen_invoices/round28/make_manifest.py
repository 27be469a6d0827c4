import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'d': 'docugenr8 0.0.18 (docugenr8-pdf 0.0.6)', 'm': 'pdf-maker 0.62.4', 'e': 'edof 4.4.0'}
EX = {
 'd01': 'A wholesale, 40 lines over 2 pages (24 + 16, `Página 1 de 2`, header repeated); `Código`, `Unidad` `UN`, `Alíc. IVA` 21 / 10,5, `Importe Neto`; `Punto de Venta:` / `Comp. Nro:` on two lines; Percepción IIBB Córdoba; vector QR on page 2',
 'd02': 'B Mercado Libre phone-accessories seller; trade name above `Razón Social:`; `Producto` wrapped over 2-3 lines incl. `Operación ML #...`; `$ 1.234,56`; `Nro. PV-NRO`; DNI buyer',
 'd03': 'C electrician (person); services without quantity + materials (`Precio`); dd-mm-yyyy; DNI buyer; QR host without www, values as strings',
 'd04': 'B greengrocer (trade name), kg to the gram + counted (`U.M.` `u`); `1234,56`; dd.mm.yyyy; consumidor final (`Cliente:`)',
 'd05': 'A print shop, ORIGINAL / DUPLICADO / TRIPLICADO (3 pages, read once); trade name above `Razón Social:`; `Cantidad` first, `% IVA`; Percepción IVA; `N° 00003-...`; CUITs dashed',
 'd06': 'A hosting in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio BNA`); `Concepto` + `IVA` + `Importe`, services only; long-form date; QR `DOL` + `ctz`',
 'd07': 'B toy shop (trade name); `Cód.` (dropped); `Descuento pago efectivo 10%`; `FACTURA B PV-NRO`; printed total 200,00 below the sum -> totals_mismatch',
 'd08': 'C psychologist (person, `LIC.`), two services, long-form date; CUIT dashed; DNI buyer',
 'd09': 'A tyres, legal name over two lines (`... SOCIEDAD DE RESPONSABILIDAD LIMITADA`); `Cantidad`, `P. Unitario`; Percepción IIBB Buenos Aires; `Nº PV-NRO`; QR `importe` 1000 above the printed total -> qr_mismatch',
 'd10': 'B pharmacy, `GTIN` column (EAN-13); unlabelled `... S.C.S.` under trade name; `Descuento obra social 40%`; DNI buyer',
 'm01': 'B supermarket (trade name), 36 lines over 2 pages (22 + 14, `Hoja 1 de 2`); `EAN`, kg + counted; `$ 1.234,56`; `Nº PV-NRO`; consumidor final; vector QR on page 2',
 'm02': 'A hardware shop, trade name above `Razón Social:`; `Art.` (dropped), `Dto. %`, `IVA` 21 / 10,5, `Importe Neto`; Percepción IIBB Buenos Aires; CUITs dashed',
 'm03': 'C hair salon (trade name), services + product; `Nro. PV-NRO`; QR `nroCmp` one higher than printed -> qr_mismatch',
 'm04': 'A drinks distributor, legal name over two lines (`SOCIEDAD ANONIMA`); `Alíc. IVA` as `21,00` / `27,00`; Impuestos Internos + Percepción IIBB Buenos Aires; `FACTURA A PV-NRO`',
 'm05': 'B bookshop, trade name above `Razón Social:`; `1234,56`; dd/mm/yy; consumidor final; QR host without www, values as strings',
 'm06': 'C bakery (trade name), kg + counted, ORIGINAL / DUPLICADO pages (read once); dd-mm-yyyy; consumidor final',
 'm07': 'A agro supplies 10,5 / 21 / 0 %; `Importe Exento`; `N° 00001-...`; CUITs dashed',
 'm08': 'B bike shop, trade name above `Razón Social:`; `Cód.`; `Bonificación pago efectivo 10%`; `$ 1.234,56`; PV / number on two lines; DNI buyer',
 'm09': 'C English teacher (person), services only; dd.mm.yyyy; consumidor final; QR `fecha` dd/mm/yyyy (agrees)',
 'm10': 'A accountants, `Razón Social:` labelled (no trade name), services only (`Detalle`, `% IVA`); Otros Tributos; long-form date',
 'e01': 'A car parts, trade name above `Razón Social:`; `Cód.`, `Bonif. %`, `Alíc. IVA`, `Importe Neto`; wrapped descriptions; Percepción IIBB Buenos Aires; QR picture',
 'e02': 'B butcher, kg to the gram, `Unidad`; trade name above `Razón Social:`; dd/mm/yy; `FACTURA B PV-NRO`; consumidor final',
 'e03': 'C photographer (person), services + album; `Nro. PV-NRO`; DNI buyer; QR `fecha` dd/mm/yyyy (agrees)',
 'e04': 'A computer shop 10,5 + 21 %; `Cantidad` first, `P. Unitario`; `1234,56`; Percepción IIBB Chaco; `Nº PV-NRO`; QR host without www, values as strings',
 'e05': 'B health-food shop (trade name), kg + counted (`Unid`); dd.mm.yyyy; printed total 350,00 above the sum -> totals_mismatch',
 'e06': 'C seamstress (trade name), services + a zip; dd-mm-yyyy; CUIT dashed; DNI buyer',
 'e07': 'B optician, `Cód. Barras` EAN-13; unlabelled `... S.R.L.` under trade name; `$ 1.234,56`; `N° 00005-...`; DNI buyer',
 'e08': 'B plant nursery, trade name above `Razón Social:`; `Cantidad` first; long-form date; PV / number on two lines; no QR',
 'e09': 'A building materials; `Código`, `Cantidad`, `IVA`, `Total` (line amount); Percepción IIBB Buenos Aires; CUITs dashed; QR date two days earlier -> qr_mismatch',
 'e10': 'C locksmith (trade name with the owner, first line), services only (`Concepto`); consumidor final',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
