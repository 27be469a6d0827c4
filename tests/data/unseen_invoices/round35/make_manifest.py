import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = 'CAM::PDF 1.60'
LAY = {'k': 'mostrador', 'm': 'web seller', 's': 'simple'}
EX = {
 'c01': 'A hardware shop, trade name above `Razón Social:`; `Cód.` (dropped), `% Bonif`, `IVA` 21 / 10,5, `Importe Neto`; Percepción IIBB Buenos Aires; CUIT dashed; QR picture',
 'c02': 'B supermarket, 48 lines over 2 pages (`Hoja 1 de 2`, header repeated); `EAN`, `U.M.`, kg + counted; `$ 1.234,56`; `Descuento jubilados 15%`; unlabelled `... S.A.` under trade name; `Nº 00020-...`; consumidor final',
 'c03': 'C electrician (person), services without quantity + material; dd-mm-yyyy; DNI buyer; QR host without www, values as strings',
 'c04': 'A phone accessories, web-seller layout, ORIGINAL / DUPLICADO (read once); `Cantidad` first, `Producto / Servicio`, `Alíc.`; trade name above `Razón Social:`; `Nro.`; `Código 001`, `C.A.E. Nº`; vector QR',
 'c05': 'B greengrocer (trade name), simple layout, kg + counted; dd.mm.yyyy; printed total 200,00 below the sum -> totals_mismatch; vector QR',
 'c06': 'A hosting in USD (`Moneda: USD`, `Importe Total: USD`, `Cotización`); services only; `Razón Social:` alone; `N°`; QR `DOL` + `ctz`; vector QR',
 'c07': 'C dentist (person, `OD.`), services only (`Producto / Servicio`, `Importe`); long-form date; QR `nroCmp` one higher -> qr_mismatch',
 'c08': 'B pet shop, web-seller layout, `Art.` before `Cant.`; `1234,56`; `P.V.` / `Comp. Nro`; trade name above `Razón Social:`; no QR',
 'c09': 'A wholesale, 40 lines over 2 pages; `Código`, `IVA` 21 / 10,5; Percepción IIBB Buenos Aires + Percepción IVA; vector QR',
 'c10': 'B furniture, web-seller layout, `Dto. %` column + freight without quantity; `Bonificación pago contado 10%`; `N°`',
 'c11': 'A delicatessen, kg (`U.M.`) at 10,5% + counted at 21%; dd/mm/yy; Percepción IIBB CABA; trade name above `Razón Social:`',
 'c12': 'C accountant (person, `CRA.`), web-seller layout, services only; `Nro.`; QR `fecha` dd/mm/yyyy (agrees); vector QR',
 'c13': 'A tyres; service without quantity; Otros Tributos; dd-mm-yyyy; printed total 1.000,00 above the sum -> totals_mismatch',
 'c14': 'B bookshop, simple layout, `Cód. Barras` EAN; `1234,56`; unlabelled `... S.R.L.` under trade name; `P.V.` / `Comp. Nro`; consumidor final',
 'c15': 'C garage (trade name), ORIGINAL / DUPLICADO / TRIPLICADO (read once); services + parts; vector QR',
 'c16': 'A clothing, web-seller layout, `Art.`, `% Bonif`, `Alíc.`; legal name over two lines (`SOCIEDAD ANONIMA`); `Nº 00015-...`; QR date one day earlier -> qr_mismatch',
 'c17': 'C English teacher (person), simple layout, one service line; long-form date; consumidor final; vector QR',
 'c18': 'B laundry (trade name), `Cantidad` first, `Subtotal`; dd.mm.yyyy; QR host without www, strings',
 'c19': 'A drinks distributor, simple layout; legal name over two lines; Impuestos Internos + Percepción IIBB Buenos Aires; vector QR',
 'c20': 'C photographer (trade name), web-seller layout, services, company buyer (CUIT); QR names another valid CUIT -> qr_mismatch',
 'c21': 'B pharmacy, `Cód. Barras` EAN; `$ 1.234,56`; `Descuento obra social 40%`; `Razón Social:` under trade name; `N°`; vector QR',
 'c22': 'A agro, web-seller layout, 10,5 / 21 / 0%; `Importe Exento`; `1234,56`; Percepción IIBB Santa Fe; `P.V.` / `Comp. Nro`',
 'c23': 'C bakery (trade name), simple layout, kg + counted; dd/mm/yy; consumidor final',
 'c24': 'A computers, `Cantidad` first, `EAN`; `Nro.`; Percepción IIBB CABA; `Razón Social:` alone; vector QR',
 'c25': 'B supermarket (trade name), web-seller layout, `Cód. Barras`, kg + counted, `U.M.`; dd-mm-yyyy; `Nº`',
 'c26': 'C plumber (person), simple layout, ORIGINAL / DUPLICADO (read once); QR host without www, strings, vector',
 'c27': 'A lube shop, trade name above `Razón Social:`; `Cód.`, `Dto. %`, `Alíc.`; services + parts; `Nº`; QR `fecha` dd/mm/yyyy',
 'c28': 'B drugstore (trade name), web-seller layout; dd/mm/yy; printed total 350,00 below the sum -> totals_mismatch; vector QR',
 'c29': 'A accountants, simple layout, services only; `Razón Social:` name over two lines (`... BIANCHI` / `& ASOCIADOS S.R.L.`); Otros Tributos; long-form date; CUIT dashed',
 'c30': 'B appliances, `EAN` + `% Bonif`; unlabelled `... S.A.` under trade name; `P.V.` / `Comp. Nro`; DNI buyer; vector QR',
}
import docs
STYLE = {d.name: d.style for d in docs.DOCS()}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN} / {LAY[STYLE[n]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
