import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'b': 'Aspose.HTML for Python via .NET 26.9.0 (eval)', 'g': 'Spire.Presentation for Python 11.8.1 (eval)', 'n': 'pdf_oxide 0.3.78'}
EX = {
 'b01': 'A net; trade name above `Razón Social:`; `Código` (dropped); `Bonif. %`, `Alíc. IVA` 21 / 10,5; `Punto de Venta:` / `Comp. Nro:`; Percepción IIBB CABA; CUITs dashed',
 'b02': 'B, 42 lines over 2 pages; `EAN` column; kg + counted; `$ 1.234,56`; `Descuento jubilados 10%`; unlabelled `... S.A.` under trade name; `Nº PV-NRO`; consumidor final',
 'b03': 'C plumber (person); services without quantity + materials; dd-mm-yyyy; DNI buyer; QR host without www, values as strings',
 'b04': 'A print shop, ORIGINAL / DUPLICADO (read once); `Cantidad` first, `% IVA` 27 + 21; Percepción IVA; legal name over two lines (`SOCIEDAD ANONIMA`); `FACTURA A PV-NRO`',
 'b05': 'B health-food shop (trade name), kg to the gram, `U. Medida`; dd.mm.yyyy; printed total 150,00 below the sum -> totals_mismatch',
 'b06': 'A in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio`); services only; QR `DOL` + `ctz`',
 'b07': 'C vet (trade name); QR `nroCmp` one higher than printed -> qr_mismatch; DNI buyer',
 'b08': 'B bookshop, code column before quantity; `1234,56` amounts; long-form date; no QR',
 'b09': 'A accountants, services only (`Detalle`, `% IVA`, `Importe`); `Razón Social:` labelled; Otros Tributos; long-form date',
 'b10': 'B paint shop; `EAN` + `Bonif. %`; `1234,56`; unlabelled `... S.A.` under trade name; `FACTURA B PV-NRO`; DNI buyer',
 'g01': 'A drinks distributor 21 + 27%; `Cód.`, `Precio Unit.`; Percepción IIBB Buenos Aires + Otros Tributos; legal name wrapped over three lines; `FACTURA A PV-NRO`',
 'g02': 'B optician, `Cant.` first, `Bonif. %`; `$ 1.234,56`; trade name above `Razón Social:`; DNI buyer',
 'g03': 'C tutor (person), services only; long-form date; consumidor final; QR `fecha` dd/mm/yyyy (agrees)',
 'g04': 'A agro 10,5 / 21 / 0%; `Artículo`, `Cantidad`, `% IVA`; `Importe Exento`; QR date one day later -> qr_mismatch; CUITs dashed; `Nº PV-NRO`',
 'g05': 'B pharmacy, `Código de barras` EAN-13; `1234,56`; `Descuento obra social 40%`; unlabelled `... S.R.L.` under trade name',
 'g06': 'C greengrocer (trade name), kg + counted, ORIGINAL / DUPLICADO slides (read once); dd/mm/yy; consumidor final',
 'g07': 'A appliances; Percepción IIBB Misiones; printed total 500,00 above the sum -> totals_mismatch',
 'g08': 'B housewares (trade name), `Cantidad` first, `Subtotal`; `Bonificación 5% pago contado`; dd.mm.yyyy',
 'g09': 'A clothing, trade name above `Razón Social:`; `Bonif. %`, `% IVA`; Percepción IIBB CABA; QR host without www, strings',
 'g10': 'B supermarket (trade name), `Código de barras` EAN, kg + counted, `U. Medida`; `$ 1.234,56`; consumidor final; `Nº PV-NRO`',
 'n01': 'A wholesale, 45 lines over 2 pages (`Hoja 1 de 2`, header repeated); `Alíc. IVA` as `21,00` / `10,50`; Percepción IIBB Salta + Percepción IVA; vector QR',
 'n02': 'B butcher, kg to the gram; trade name above `Razón Social:`; dd/mm/yy; `FACTURA B PV-NRO`; consumidor final',
 'n03': 'C physiotherapist (person, `LIC.`), services only; CUIT dashed; QR names another valid CUIT -> qr_mismatch',
 'n04': 'A freight services without quantity + pallets; `1234,56`; legal name over two lines (`SOCIEDAD DE RESPONSABILIDAD LIMITADA`); Percepción IIBB Santa Fe; `Nº PV-NRO`',
 'n05': 'B housewares, `Cantidad` before `Artículo`; `$ 1.234,56`; `Bonificación 10% pago contado`; trade name above `Razón Social:`',
 'n06': 'C bakery (trade name), kg + counted; dd.mm.yyyy; QR host without www, strings',
 'n07': 'A car parts, ORIGINAL / DUPLICADO pages (read once); `Cód.`, `Bonif. %`, `% IVA`; Percepción IIBB Buenos Aires',
 'n08': 'B grocery (trade name), `Código de barras` EAN, kg + counted; dd-mm-yyyy; CUIT dashed; consumidor final',
 'n09': 'C gardener (person), services without quantity + counted; dd/mm/yy; QR `fecha` dd/mm/yyyy',
 'n10': 'A books 0% + stationery 21%, `Cantidad` first, `EAN`; `Importe Exento`; Percepción IVA; legal name over two lines (`... DEL PLATA` / `S.A.`)',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
