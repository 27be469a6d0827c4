import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'g': 'glycorender 0.5.1', 'l': 'Lpdf 0.29.0 (lpdfio-lpdf, community)', 'd': 'docquill-rust 0.1.7'}
EX = {
 'g01': 'B ice-cream shop; trade name above `Razón Social:`; `Cant.` first; `$ 1.234,56` totals, `TOTAL:`; `N° PV-NRO`; consumidor final; QR picture',
 'g02': 'C bike shop (person first, trade name under it); service line without quantity, wrapped description; `Pto. Vta: 24 Nro.: 68178` unpadded; dd-mm-yyyy; QR vectors, host without www, strings',
 'g03': 'B delicatessen (trade name), kg + counted, `Un.` / `Kg.` units; `Descuento pago efectivo 10%`; dd.mm.yyyy; `Nº PV-NRO`',
 'g04': 'A computer shop, `Razón Social:` first line; `Cód.`, wrapped description, `IVA %` 21 / 10,5; Percepción IIBB Buenos Aires + Percepción IVA; CUITs dashed; QR vectors',
 'g05': 'C dentist (person, `OD.` title kept), services only; long-form date; DNI buyer; QR date two days earlier -> qr_mismatch',
 'g06': 'B garden centre, unlabelled `... S.R.L.` under trade name; `Art.`, `% Bonif`, `Total` column; `1234,56` amounts; `FACTURA B PV-NRO`; QR `fecha` dd/mm/yyyy',
 'g07': 'A building materials, `Cantidad` first, `Alíc. IVA`, `Importe Neto`; Percepción IIBB Buenos Aires; printed total 1.000,00 above the sum -> totals_mismatch; QR vectors',
 'g08': 'C beauty salon (trade name, person under it); dd/mm/yy; no QR',
 'g09': 'B coffee roaster, trade name above `Razón Social:`; `Cód. Barras` EAN-13, kg + counted, `UN` / `KG`; `Punto de Venta:` / `Comp. Nro:` on two lines; QR values as strings',
 'g10': 'A in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`); hosting services only; long-form date; QR `DOL` + `ctz`',
 'l01': 'A electrical supplies, 48 lines over 2 pages (table header repeated); `Código`, `Unidad`, `Bonif. %`, `IVA %` 21 / 10,5; Percepción IIBB Buenos Aires + Impuestos Internos',
 'l02': 'C gym (person, trade name under it), services only; `N° PV-NRO`; DNI buyer',
 'l03': 'B poultry shop (trade name), kg + counted (`u`), ORIGINAL / DUPLICADO sections (read once); dd/mm/yy; `Nº PV-NRO`',
 'l04': 'A food distributor, `EAN` column, quantities printed `5,00`; `Alíc. IVA` as `21,00` / `10,50`; Percepción IIBB Tucumán; legal name wrapped over two lines; `Nro. PV-NRO`; CUITs dashed',
 'l05': 'B car workshop, trade name above `Razón Social: ... S.H.`; labour lines without quantity; `$1.234,56`; QR `nroCmp` one higher -> qr_mismatch',
 'l06': 'C bookshop (trade name), `Cant.` first; `Fecha: Miércoles dd/mm/yyyy`; `FACTURA C PV-NRO`; QR `fecha` dd/mm/yyyy',
 'l07': 'A law firm, `Razón Social:` label + name wrapped over two lines; services only; Percepción IIBB Córdoba; long-form date; QR host without www, strings',
 'l08': 'B take-away, trade name above `Razón Social:`; `Bonificación jubilados 15%`; `$ 1.234,56`; consumidor final',
 'l09': 'C security installer (person), service + products; CUIT dashed; QR names another valid CUIT -> qr_mismatch',
 'l10': 'B linen shop, unlabelled `... S.R.L.` under trade name; `Código`, `Bonif. %`; dd-mm-yyyy; DNI buyer',
 'd01': 'B greengrocer (trade name), kg + counted; monospaced table; `Pto. Vta: 16 Nro.: 60623` unpadded; dd/mm/yy; consumidor final',
 'd02': 'C removals (person), services only; `Nro. PV-NRO`; QR values as strings',
 'd03': 'A hardware store, ORIGINAL / DUPLICADO / TRIPLICADO pages (read once); trade name above `Razón Social:`; `Cód.`; Percepción IIBB Buenos Aires; CUITs dashed',
 'd04': 'B optician, trade name above `Razón Social:`; `1234,56` amounts; printed total 250,00 below the sum -> totals_mismatch',
 'd05': 'A furniture maker, legal name over two lines (`SOCIEDAD DE RESPONSABILIDAD LIMITADA`); Percepción IIBB Santa Fe; QR `importe` 1000 higher -> qr_mismatch',
 'd06': 'C vet (trade name); consultation without quantity + products; dd.mm.yyyy; `FACTURA C PV-NRO`; QR `fecha` dd/mm/yyyy',
 'd07': 'B wholesale, 40 lines over 2 pages (`Hoja 1 de 2`, header repeated); `Cód. Barras` EAN-13; `Descuento por volumen 5%`; unlabelled `... S.A.` under trade name; `$ 1.234,56` totals',
 'd08': 'A software subscription, `Razón Social:` first line, services only; Otros Tributos; dd-mm-yyyy; QR host without www, strings',
 'd09': 'B butcher, ORIGINAL / DUPLICADO pages (read once); trade name above `Razón Social:`; kg (`KG`); long-form date; `Nº PV-NRO`',
 'd10': 'A oil-change shop, trade name above `Razón Social:`; labour without quantity, quantities `1,00`; `% Bonif`, `Alíc. IVA`; Percepción IIBB Buenos Aires; QR values as strings',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
