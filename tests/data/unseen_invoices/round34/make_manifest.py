import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'q': 'qpdf 11.3.0 (libqpdf29, C++; own program `qpdf_render/qrender.cc`)', 'g': 'GDAL 3.6.2 PDF driver (`gdal_translate`, C++)',
       'k': 'KiCad 6.0.11 pcbnew PDF plotter (C++)'}
EX = {
 'q01': 'A builders\' yard; trade name above `Razón Social:`; `Código` (dropped), `Bonif.%`, `Alícuota`; `Punto de Venta:` / `Comp. Nro:` on two lines; Percepción IIBB Buenos Aires; buyer `Razón Social:` (not the merchant)',
 'q02': 'B supermarket, 40 lines over 2 pages (`Hoja 1 de 2`, header repeated, `Continúa en la hoja siguiente`); `Cód. Barras` EAN-13; kg + counted, `U.M.` `Kg` / `Unid`; `$ 1.234,56`; `Descuento jubilados 15%`; unlabelled `... S.A.` under trade name; `Nº PV-NRO`; consumidor final',
 'q03': 'A computer shop, ORIGINAL / DUPLICADO (read once); `Cantidad` first, `IVA %` 21 / 10,5; legal name over two lines (`COMPUTACION DEL CENTRO` / `SOCIEDAD ANONIMA`); wrapped description; Percepción IVA; `FACTURA A PV-NRO`',
 'q04': 'B ice-cream shop (trade name), kg + counted; dd.mm.yyyy; printed total 200,00 below the sum -> totals_mismatch',
 'q05': 'C gym: trade name above `Razón Social:` (a person); services without quantity + counted (`Concepto`, `Precio`); `N° PV-NRO`; QR host without www, values as strings',
 'q06': 'A hosting in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`); services only; long-form date; QR `DOL` + `ctz`',
 'q07': 'C architect (person, `ARQ.` kept); description wrapped over two lines; buyer with CUIT; QR `nroCmp` one higher than printed -> qr_mismatch',
 'q08': 'B laundry, `Cant.` first; `1234,56` amounts; dd/mm/yy; trade name above `Razón Social:`; QR `fecha` dd/mm/yyyy (agrees)',
 'q09': 'A wholesale, 36 lines over 2 pages; `Artículo` (dropped), `Dto.%`, `Alícuota` 21 / 10,5; Percepción IIBB Buenos Aires + Percepción IVA',
 'q10': 'A furniture, ORIGINAL / DUPLICADO / TRIPLICADO (read once); trade name above `Razón Social:`; a service line (freight) without quantity; Percepción IIBB Chaco',
 'g01': 'A agro shop, `Razon Social:` (no accent) only; `CODIGO`, `CANTIDAD`, `UNIDAD` u / kg, `ALIC.` 10,5 / 21; wrapped description; Percepcion IIBB Buenos Aires; `FACTURA A PV-NRO`; `C.A.E. Nro.:`',
 'g02': 'C locksmith (person, trade name below); services without quantity + counted; wrapped description; `Nro. PV-NRO`; DNI buyer',
 'g03': 'B poultry shop, trade name above `Razon Social:`; kg + counted; dd-mm-yyyy; `Comp. Nro: PV-NRO`; consumidor final',
 'g04': 'A accountants, services only (`CONCEPTO`, `ALIC.`); legal name over two lines (`... ASOCIADOS` / `S.R.L.`); Otros Tributos; dd.mm.yyyy; printed total 1.000,00 above the sum -> totals_mismatch',
 'g05': 'B car parts, `CODIGO` + `% BONIF`; `1234,56`; unlabelled legal name only; CUIT dashed; QR host without www, values as strings',
 'g06': 'B air conditioning, trade name above `Razon Social:`; product + service; QR `importe` 1.000 above the printed total -> qr_mismatch',
 'g07': 'A hardware, `ARTICULO`, `UNIDAD`, `% BONIF`, `ALIC.`; kg + counted; Percepcion IIBB Buenos Aires + Percepcion IVA; long-form date; CUITs dashed',
 'g08': 'B law bookshop, unlabelled `... S.R.L.` under trade name; `$ 1.234,56`; consumidor final; no QR',
 'g09': 'C vet (person) with `Razon Social:` label; dd.mm.yyyy; `Comp. Nro: PV-NRO`; DNI buyer',
 'g10': 'B hardware, trade name above `Razon Social:`; `CODIGO`, kg + counted; `1234,56`; `Bonificacion 8% pago efectivo`; buyer with CUIT',
 'k01': 'C dentist (person, `OD.` kept), services only (`Detalle`, `Importe`); dd-mm-yyyy; CUIT dashed; DNI buyer',
 'k02': 'A tyre shop, `Razon Social:` only; `Codigo`, `Alic.` as `21,00`; services + counted; Percepcion IIBB Rio Negro + Impuestos Internos; CUITs dashed; `Nro. PV-NRO`',
 'k03': 'B delicatessen (trade name), kg + counted, `Cantidad`, `U.M.`; long-form date; `Comp. Nro: PV-NRO`; DNI buyer; no QR',
 'k04': 'C electrician (person); services without quantity + materials; wrapped description; `P. Venta:` / `Nro.:` on two lines; DNI buyer',
 'k05': 'B fire-safety shop, `Codigo` + `Bonif.%`; `Bonificacion pago contado 5%`; unlabelled `... S.A.` under trade name; buyer with CUIT; CUITs dashed',
 'k06': 'C nursery (trade name), kg + counted; dd/mm/yy; consumidor final',
 'k07': 'A print shop, trade name above `Razon Social:`; services + counted; wrapped description; `Alic.` as `21,00`; Percepcion IIBB Buenos Aires; QR date one day later -> qr_mismatch',
 'k08': 'B perfumery, `Cod. Barra` EAN-13; trade name above `Razon Social:`; `Descuento socio club 10%`; QR `fecha` dd/mm/yyyy (agrees)',
 'k09': 'C school transport (person), services only (`Concepto`); CUIT dashed; DNI buyer',
 'k10': 'A wine shop, `Cod. Barra` EAN-13, `Total` column; wrapped description; `Razon Social:` only; `Nro. PV-NRO`; QR host without www, strings',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
