import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'t': 'Aspose.Tasks for Python via .NET 26.10.0 (eval)', 'm': 'minipdf 0.7.0 (python-docx 1.2.0 source)', 'j': 'pdfje 0.6.1'}
EX = {
 't01': 'A electrical supplies; trade name above `Razón Social:`; `Código` (dropped), `% Bonif.`, `IVA` 21 / 10,5%, `Neto`; `Punto de Venta:` / `Comp. Nro:`; Percepción IIBB Bs. As.; no QR',
 't02': 'B delicatessen by a person (name above trade name), kg + counted, `U.M.`; `Nro. PV-NRO`; dd-mm-yyyy; consumidor final; no QR',
 't03': 'C dentist (person, `OD.`), services only (`Concepto`); `Comp. Nro: PV-NRO`; long-form date (`Fecha:`); `Sub Total:` / `Total:`; DNI buyer; no QR',
 't04': 'A air-conditioning install, services without quantity + parts; `% IVA` 21 / 10,5; Percepción IIBB Buenos Aires; CUITs dashed (`C.U.I.T.:`); printed total 1.000,00 above the sum -> totals_mismatch; no QR',
 't05': 'B pet shop, `Cant.` first, `Subtotal` column; `$ 1.234,56` totals; `Descuento pago efectivo 10%`; trade name above `Razón Social:`; `Nº PPPPP-NRO`; dd.mm.yyyy; no QR',
 't06': 'A wholesale, 52 lines over 2 pages (column headers repeated); `Art.`, `Alícuota` as `21,00` / `10,50`; `SUBTOTAL` / `I.V.A. 21%` / `TOTAL` without colons; Percepción IIBB Córdoba + Percepción IVA; no QR',
 't07': 'C gym (trade name alone), services only; `Nro.`; dd/mm/yy; DNI buyer; no QR',
 't08': 'B building supplies, `Código` before `Cant.`; `1234,56` amounts; unlabelled `... S.A.` under trade name; `FACTURA B PV-NRO` under `COMPROBANTE ELECTRÓNICO`; no QR',
 't09': 'C laundry (trade name), kg + counted; `N° PV-NRO`; dd.mm.yyyy; consumidor final; no QR',
 't10': 'A security services, `Razón Social:` first line; Percepción IIBB Chubut + Impuestos Internos; long-form date; no QR',
 'm01': 'A computer shop, `EAN` column, wrapped description (`GARANTIA OFICIAL 12 MESES`); `I.V.A. 21%:` / `10,5%`; Percepción IIBB Buenos Aires; trade name above `Razón Social:`; QR picture',
 'm02': 'B fruit stall, kg + counted (`Unid`); trade name above `Razón Social:`; dd/mm/yy; consumidor final; QR picture',
 'm03': 'C photographer (person), services + album, wrapped descriptions; `Comp. Nro: PV-NRO`; DNI buyer; QR host without www, values as strings',
 'm04': 'A car parts, ORIGINAL / DUPLICADO pages (read once); `Cód.`, `Dto. %`, `IVA`; Percepción IIBB Santa Fe; CUITs dashed; `Nº PPPPP-NRO`; QR picture on each copy',
 'm05': 'A software services in USD (`Moneda: USD`, `Importe Total USD:`, `Tipo de cambio BNA`); `Concepto`, `Alícuota`; QR `DOL` + `ctz`',
 'm06': 'B cleaning supplies, `Código`; `$ 1.234,56` totals; `Bonificación cliente frecuente 5%`; printed total 320,00 below the sum -> totals_mismatch (QR carries the printed total)',
 'm07': 'C bakery (trade name), `Cant.` first, kg + counted; `P.V.: 15` / `Nro.: 70156` unpadded; dd-mm-yyyy; QR `fecha` dd/mm/yyyy (agrees)',
 'm08': 'B Mercado Libre seller, `Operación ML #...` second description line; `FACTURA B PV-NRO`; DNI buyer; QR picture',
 'm09': 'C lawyer (person, `DRA.`), fees only, wrapped description; long-form date; QR date two days earlier -> qr_mismatch',
 'm10': 'A wholesale, 58 lines, item table continued on page 2 (totals + QR there); `Unidad` `u`; `Subtotal Neto:`; legal name over two lines (`SOCIEDAD ANONIMA`); Percepción IVA',
 'j01': 'A building supplies, `Cód.`, `Alícuota`, `Neto`; wrapped description; `1234,56` amounts; trade name above `Razón Social:`; Percepción IIBB Buenos Aires; vector QR',
 'j02': 'B cheese shop (trade name), `Cód. Barras` EAN-13, kg + counted, `U.M.`; `Nº PPPPP-NRO`; dd/mm/yy; `Total a pagar:`; vector QR',
 'j03': 'C music teacher (person, `PROF.`), class fee without quantity + booklet; CUIT dashed; QR names another valid CUIT -> qr_mismatch',
 'j04': 'A winery, ORIGINAL / DUPLICADO / TRIPLICADO pages (read once); `Cantidad` first, `Dto. %`, `% IVA`, `Subtotal` column; Impuestos Internos + Percepción IIBB Mendoza; legal name over two lines (`S.A.`); `FACTURA A PV-NRO`',
 'j05': 'B phone accessories, `EAN` + `% Bonif.`; `$ 1.234,56` totals; trade name above `Razón Social:`; dd.mm.yyyy; `Total a pagar:`; vector QR',
 'j06': 'C carpenter (person), furniture + installation without quantity; long-form date (`Fecha:`); QR host without www, values as strings',
 'j07': 'A cleaning supplies wholesale, 44 lines over 2 pages (`Hoja 1 de 2`, header repeated); legal name over two lines (`SOCIEDAD DE RESPONSABILIDAD LIMITADA`); Percepción IIBB Tucumán; CUITs dashed; vector QR on page 2',
 'j08': 'B plant nursery, `Cant.` first; `Descuento jubilados 10%`; trade name above `Razón Social:`; QR `nroCmp` ten higher than printed -> qr_mismatch',
 'j09': 'C greengrocer (trade name), kg + counted (`unid.`); consumidor final; QR `fecha` dd/mm/yyyy (agrees)',
 'j10': 'A cold cuts, kg + counted, `U.M.`, `IVA` 10,5 / 21%; `IVA Inscripto 21%:`; `Sub Total:`; `1234,56` amounts; Percepción IIBB Santa Fe + Otros Tributos; dd-mm-yyyy; vector QR',
}
rows = []
for f in sorted(os.listdir(HERE), key=lambda n: ('tmj'.index(n[0]) if n[0] in 'tmj' else 9, n)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
