import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'f': 'folio-pdf 0.2.0 (Go folio v0.11.0)', 'e': 'emboss-pdf 1.3.1', 'p': 'PaPDF 1.1.8'}
EX = {
 'f01': 'A wholesale, 44 lines over 2 pages (folio paginates, table header repeated; totals + QR on page 2); trade name above `Razón Social:`; `Cód.` (dropped), `Alíc. IVA` 21 / 10,5%; `Punto de Venta:` and `Comp. Nro:` on two lines; Percepción IIBB Buenos Aires; CUITs dashed',
 'f02': 'B greengrocer (trade name alone), 8 lines kg + counted, `U. Medida`; dd/mm/yy; `Nro. PV - NRO`; consumidor final',
 'f03': 'C electrician (person), services without quantity + materials; long-form date; DNI buyer; QR host without www, values as strings',
 'f04': 'A sign shop, ORIGINAL / DUPLICADO pages (read once); `Cantidad` first, `% IVA`; legal name over two lines (`SOCIEDAD DE RESPONSABILIDAD LIMITADA`); Percepción IIBB CABA; `FACTURA A PV-NRO`',
 'f05': 'B health-food shop, trade name above `Razón Social:`; kg + counted; `$ 1.234,56`; dd.mm.yyyy; printed total 200,00 below the sum -> totals_mismatch',
 'f06': 'C psychologist (person, `LIC.` kept), services only (`Detalle`, `Importe`); CUIT dashed; `N° PV-NRO`',
 'f07': 'B bookshop, `EAN` + `Bonif. %`; `1234,56`; QR `nroCmp` one higher than printed -> qr_mismatch',
 'f08': 'A accountants (unlabelled `... S.R.L.` first line), services only, `% IVA`; Otros Tributos; dd-mm-yyyy; `P.V. 0004  Nro. 00001234`',
 'f09': 'B Mercado Libre seller, `Artículo` (dropped), description wrapped over two lines ending `Operación ML #...`; trade name above `Razón Social:`; `Nº PV-NRO`',
 'f10': 'A sanitary ware, unlabelled `... S.A.` under trade name; `Código` + `Bonif. %` + `Alíc. IVA`; wrapped description; Percepción IVA; CUITs dashed',
 'e01': 'B pet shop (trade name), `Código de barras` EAN-13, kg + counted; `Descuento socio 5%`; `Nro. PV - NRO`; consumidor final',
 'e02': 'A tyre shop, trade name above `Razón Social:`; services without quantity + goods; `% IVA`; Percepción IIBB Buenos Aires; `Punto de Venta:` / `Comp. Nro:` on two lines',
 'e03': 'C music teacher (person); dd-mm-yyyy; consumidor final; QR `fecha` dd/mm/yyyy (agrees)',
 'e04': 'A computer shop, `Razón Social:` first line; `Artículo`, `Cantidad`, 10,5 / 21%; a service line without quantity; QR date one day later -> qr_mismatch; `N° PV-NRO`; CUITs dashed',
 'e05': 'B butcher, unlabelled `... S.R.L.` under trade name; kg; `$ 1.234,56`; dd/mm/yy; DNI buyer; `P.V. 0004  Nro. 00001234`',
 'e06': 'A hosting in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`); services only; QR `DOL` + `ctz`',
 'e07': 'A cleaning services, legal name over two paragraphs (`BRILLO TOTAL SERVICIOS` / `S.R.L.`); `1234,56`; printed total 350,00 above the sum -> totals_mismatch',
 'e08': 'C plant nursery (trade name), ORIGINAL / DUPLICADO pages (read once); `Cantidad` first; consumidor final',
 'e09': 'B Mercado Libre seller, description wrapped ending `Operación ML #...`; `Código` (dropped); long-form date; QR host without www, strings',
 'e10': 'A electrical supplies, trade name above `Razón Social:`; `EAN`, `% IVA`; Percepción IIBB CABA + Percepción IVA',
 'p01': 'B greengrocer (trade name alone), 10 lines kg + counted, `U. Medida`; `P.V. 0004  Nro. 00001234`; consumidor final',
 'p02': 'A building supplies, trade name above `Razón Social:`; `Cód.`, description wrapped over two rows, 21 / 10,5%; Percepción IIBB Buenos Aires + Impuestos Internos; `Nro. PV - NRO`',
 'p03': 'C educational psychologist (person, `LIC.`), services only; CUIT dashed; QR names another valid CUIT -> qr_mismatch',
 'p04': 'A removals, legal name over two lines (`SOCIEDAD ANONIMA`); services without quantity + boxes; `1234,56`; long-form date; `Nº PV-NRO`',
 'p05': 'B feed store, `Cantidad` before `Artículo`; kg + counted; `$ 1.234,56`; `Bonificación 10% efectivo`; trade name above `Razón Social:`',
 'p06': 'C tyre shop (trade name), services + goods; dd.mm.yyyy; QR host without www, strings',
 'p07': 'A computer shop, ORIGINAL / DUPLICADO pages (read once); `Cód.`, `Bonif. %`, `% IVA`; Percepción IIBB Buenos Aires',
 'p08': 'B school stationery (trade name), `Código de barras` before `Cant.`; `1234,56`; dd/mm/yy; `N° PV-NRO`; no QR',
 'p09': 'C cleaner (person), services without quantity; `Punto de Venta:` / `Comp. Nro:` on two lines; QR `fecha` dd/mm/yyyy',
 'p10': 'B butcher, unlabelled `... S.A.` under trade name; kg; `Descuento jubilados 10%`; dd-mm-yyyy; CUIT dashed',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
