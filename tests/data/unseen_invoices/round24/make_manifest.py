import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'r': 'RBPDF 1.20.1 (Ruby, Debian ruby-rbpdf)', 'h': 'Horde_Pdf 2.0.8 (PHP, Debian php-horde-pdf)', 'i': 'iText 1.4 (Java, Debian libitext1-java)'}
EX = {
 'r01': 'A electrical supplies; trade name above `Razón Social:`; `Código` (dropped), `% Bonif`, `Alíc. IVA` 21 / 10,5; `Nro. PV-NRO`; Percepción IIBB Buenos Aires',
 'r02': 'B supermarket, 40 lines over 2 pages (`Hoja 1 de 2`, header repeated, QR on page 2); `EAN`; kg + counted, `Unidad` `Kg` / `u`; `$ 1.234,56`; `Descuento día jubilados 15%`; unlabelled `... S.A.` under trade name; `N°`; consumidor final',
 'r03': 'C gas fitter (person); services without quantity + materials; dd-mm-yyyy; CUIT dashed; DNI buyer; QR host without www, values as strings',
 'r04': 'B Mercado Libre seller; description wrapped over two lines; trade name above `Razón Social:`; `Punto de Venta:` / `Comp. Nro:`; DNI buyer',
 'r05': 'B delicatessen (trade name), kg + counted; dd.mm.yyyy; `Nº`; printed total 200,00 below the sum -> totals_mismatch',
 'r06': 'A building materials; `Art.`, `Cantidad`, `Precio Unitario`, `IVA %`; Percepción IIBB Buenos Aires + Percepción IVA; `FACTURA A PV-NRO`; CUITs dashed',
 'r07': 'C beauty salon, trade name over `de PERSON`; services without quantity + a product; long-form date; consumidor final',
 'r08': 'B bookshop, `Cód.` (dropped); `1234,56`; dd/mm/yy; `Nro.`; no QR',
 'r09': 'A computers, `Razón Social:` only; `Cód.`, `Precio Unit.`; Percepción IIBB Córdoba; QR `nroCmp` one higher than printed -> qr_mismatch',
 'r10': 'B bicycles, `Cantidad` first, `Dto. %` line bonification; `Bonificación pago en efectivo 10%` totals discount; service line',
 'h01': 'A food distributor; `Cód. Barras` EAN-13, `U.M.` `UN`, `IVA %` as `21,00` / `10,50`; Percepción IIBB Buenos Aires; `Punto de Venta:` / `Comp. Nro:`',
 'h02': 'B greengrocer (trade name), kg + counted (`KG` / `UN`); dd/mm/yy; `Nº`; consumidor final',
 'h03': 'C gym, trade name over `de PERSON`; services only (`Detalle`, `Importe`); `Nro.`; QR `fecha` dd/mm/yyyy (agrees)',
 'h04': 'A building materials, ORIGINAL / DUPLICADO pages (read once); `Cantidad` first; `1234,56`; legal name over two lines (`SOCIEDAD DE RESPONSABILIDAD LIMITADA`); Percepción IIBB Río Negro',
 'h05': 'B pet shop; `Código` (dropped), `% Bonif`; trade name above `Razón Social:`; `FACTURA B PV-NRO`; dd-mm-yyyy',
 'h06': 'A hosting in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`); services only; `Razón Social:` on the name line; QR `DOL` + `ctz`',
 'h07': 'C lawyer (person, `DRA.`); services only; long-form date; QR `importe` 100,00 above the printed total -> qr_mismatch',
 'h08': 'A furniture, trade name above `Razón Social:`; `IVA %`, `Subtotal`; a freight line without quantity; printed total 1.000,00 above the sum -> totals_mismatch',
 'h09': 'B water delivery (trade name), `Cant.` first; `P.V. n   Nro. n` + `Fecha:`; `$ 1.234,56`; QR host without www, strings',
 'h10': 'B toy shop, company name alone; `Art.` (dropped); `Descuento socio club 5%`; dd.mm.yyyy; `N°`',
 'i01': 'A wholesale, 44 lines over 2 pages (`Hoja 1 de 2`, header repeated); `Alíc. IVA` as `21,00` / `10,50`; Percepción IIBB Córdoba + Percepción IVA; vector QR',
 'i02': 'B Mercado Libre seller of mates; `Operación ML #...` note in the buyer block; `Producto / Servicio`, `Total`; `Nº`',
 'i03': 'C dentist (person, `OD.`); services only; `N°`; DNI buyer',
 'i04': 'A catering services with `IVA %`; Percepción IIBB Santa Fe; CUITs dashed; `Nro.`; QR date one day later -> qr_mismatch',
 'i05': 'B tyres, trade name above `Razón Social:`; `Cód.` (dropped); `1234,56`; a service line; `FACTURA B PV-NRO`',
 'i06': 'C greengrocer (person), kg + counted (`Kg` / `u`), ORIGINAL / DUPLICADO / TRIPLICADO (read once); `Punto de Venta:` / `Comp. Nro:`',
 'i07': 'A appliances, trade name above `Razón Social:`; `Cód.`, `Dto. %`, `IVA %`; `$ 1.234,56`; a description wrapped with `11` starting line 2; Percepción IIBB Chubut',
 'i08': 'B delicatessen (trade name), kg + counted (`kg` / `unid.`); dd-mm-yyyy; `Nro.`; QR host without www, strings',
 'i09': 'C pastry/catering, trade name over `de PERSON`; services only; dd/mm/yy; QR `fecha` dd/mm/yyyy',
 'i10': 'A stationery; `EAN` + `Cantidad`; Percepción IIBB CABA; `FACTURA A PV-NRO`; QR values as strings with `www`',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
