import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'p': 'gopdfsuit 7.0.1 (Go) via pypdfsuit 7.0.1', 'j': 'jtypeset 0.2.0 (C++ typeset core)', 'r': 'pdfrune 0.1.0 (Rust)'}
EX = {
 'p01': 'A building materials; trade name above `Razón Social:`; `Código` (dropped), `U.M.`, `% Bonif`, `Alíc. IVA` 21 / 10,5; a description wrapped over two lines; Percepción IIBB Buenos Aires; `Punto de Venta:` / `Comp. Nro:`; CUITs dashed',
 'p02': 'B Mercado Libre seller (person); description wrapped over two lines ending in `Operación ML #...`; `N° PV-NRO`; dd-mm-yyyy; `$ 1.234,56`; DNI buyer',
 'p03': 'C psychologist (person, `LIC.`), services only (`Detalle`, `Importe`); `Punto de Venta:` and `Comp. Nro:` on two lines; QR host without www, values as strings',
 'p04': 'A distributor, ORIGINAL / DUPLICADO (two gopdfsuit documents joined by its own Go merger; read once); `EAN`; `Nº PV-NRO`; `% IVA` 21 / 10,5; Percepción IVA + Percepción IIBB Córdoba',
 'p05': 'B ice-cream shop (trade name), kg + counted, `U.M.`; `Descuento pago efectivo 10%`; dd.mm.yyyy; printed total 300,00 above the sum -> totals_mismatch',
 'p06': 'C removals (trade name), services + boxes; `Comp. Nro PPPPP-NNNNNNNN`; QR `nroCmp` one higher -> qr_mismatch',
 'p07': 'B furniture, 36 lines over 2 pages (gopdfsuit paginates, header not repeated); `Cód. Barras` EAN; trade name above `Razón Social:`; `Bonificación 5% pago contado`; `FACTURA B PV-NRO`',
 'p08': 'B gift shop (trade name), `Cantidad` first, `Precio`; `1234,56`; long-form date; no QR; consumidor final',
 'p09': 'A mechanic `... S.R.L.` unlabelled, services without quantity + parts; `Punto de Venta: 20` / `Número: 30057` unpadded on two lines; Otros Tributos; QR `fecha` dd/mm/yyyy',
 'p10': 'B pet shop, trade name above `Razón Social:`; kg + counted, `Unidad` (`Kg` / `Unid`); `Cód.`, `% Bonif`; dd/mm/yy',
 'j01': 'A wholesale, 44 lines over 2 pages (jtypeset repeats the header row); `Artículo`; `Alíc. IVA` `21,00` / `10,50`; `Subtotal` column; Percepción IIBB Santa Fe; vector QR',
 'j02': 'B bookshop, trade name above `Razón Social:`; `EAN`; `Nro. PV-NRO`; `Descuento docentes 15%`; DNI buyer',
 'j03': 'C English teacher (person), services only; long-form date; consumidor final',
 'j04': 'A in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`), services; `Razón Social:` as first line; QR `DOL` + `ctz`; CUITs dashed',
 'j05': 'B greengrocer (trade name), kg + counted, `U.M.`; dd.mm.yyyy; consumidor final',
 'j06': 'C craftswoman (person), ORIGINAL / DUPLICADO pages (read once); `Cantidad` first; `Comp. Nro PPPPP-NNNNNNNN`; DNI buyer',
 'j07': 'A print shop, trade name above `Razón Social:`; `% Bonif`, `% IVA` 21 / 27; Percepción IIBB Buenos Aires; QR names another valid CUIT -> qr_mismatch',
 'j08': 'B optician (trade name); `Cód.`; `$ 1.234,56`; printed total 200,00 below the sum -> totals_mismatch',
 'j09': 'A agro, legal name over two lines (`SOCIEDAD ANONIMA`); 10,5 / 21 / 0 %, `Importe Exento`; `Total` column; `1234,56`; `FACTURA A PV-NRO`',
 'j10': 'C electrician (person), services + materials; dd/mm/yy; QR host without www, values as strings',
 'r01': 'A car parts, 38 lines over 2 pages (26 + 12, header repeated, `Hoja 1 de 2`); RC4-encrypted with an empty user password; `Cód.`, `% IVA`; Percepcion IIBB Buenos Aires; `Nro. PV-NRO`',
 'r02': 'B grocery (trade name), `Cod. Barras` EAN, kg + counted, `U.M.`; dd-mm-yyyy; `Comp. Nro`; consumidor final',
 'r03': 'C tyre shop (trade name), services + a part; `Punto de Venta:` / `Comp. Nro:`; consumidor final',
 'r04': 'A hardware, trade name above `RAZON SOCIAL:` (upper case); `Codigo`, `% Bonif`, rate printed `(21,00)`; Percepcion IIBB CABA; CUITs dashed',
 'r05': 'B butcher (trade name), kg + counted; dd/mm/yy; QR date one day later -> qr_mismatch',
 'r06': 'C locksmith (person), services + a lock; QR `fecha` dd/mm/yyyy; `Nro.`',
 'r07': 'A cleaning supplies, `Razon Social:` as first line; ORIGINAL / DUPLICADO (read once), RC4-encrypted with an empty user password; `Cantidad` first; Percepcion IVA',
 'r08': 'B housewares, trade name above `Razon Social:`; `Articulo`; `Descuento socio club 10%`; dd.mm.yyyy; DNI buyer',
 'r09': 'A computers, a description wrapped over two lines; `Alic. IVA` 10,5 / 21; Impuestos Internos + Percepcion IIBB Tucuman; `1234,56`',
 'r10': 'B pharmacy, trade name above unlabelled `LOPEZ Y CIA S.C.S.`; `Cod. Barras` EAN; `Descuento obra social 40%`; CUIT dashed',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
