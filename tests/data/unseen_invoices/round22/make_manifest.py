import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'c': 'Aspose.CAD for Python via .NET 26.7.0 (eval), from an R12 DXF', 'o': 'Origami 2.1.0 (ruby-origami, Debian)',
       'p': 'PostScript::Simple 0.09 (Perl) + pstoedit 3.78 `-f pdf`'}
EX = {
 'c01': 'A car service (trade name above `Razón Social:`); `Cód.` (dropped), `Alíc. IVA` 21 / 10,5, `Importe Neto`; services without quantity + parts; Percepción IIBB Bs. As.; CUITs dashed',
 'c02': 'B hardware store (unlabelled `... S.A.` first line); `EAN` + `Dto. %`; `N° PPPP-NNNNNNNN`; dd-mm-yyyy; consumidor final',
 'c03': 'C electrician (person); services only, descriptions wrapped over two lines; `Fecha:`; DNI buyer; QR host without www, values as strings',
 'c04': 'A wholesale, `Cantidad` first, `Art.` (dropped), `IVA %` 21 / 10,5; `1234,56` amounts; Percepción IVA + Percepción IIBB Bs. As.; legal name over two lines (`SOCIEDAD ANONIMA`); `FACTURA A PPPP-NNNNNNNN`',
 'c05': 'B greengrocer (trade name), kg + counted, `U.M.`; dd/mm/yy; printed total 200,00 below the sum -> totals_mismatch',
 'c06': 'A hosting in USD (`Moneda: USD`, `TOTAL: USD`, `Cotización BNA`); services only; `Razón Social:` first line; `Nro. PPPPP-NNNNNNNN`; QR `DOL` + `ctz`',
 'c07': 'C psychologist (person, `LIC.`), services only; long-form date; QR `ptoVta` one higher than printed -> qr_mismatch',
 'c08': 'B optician, trade name above `Razón Social:`; `Cant.` first; `$ 1.234,56`; `Descuento 15% efectivo`; QR JSON pretty (spaces, `importe` / `codAut` strings)',
 'c09': 'A builder, labour + materials, long description wrapped over two lines; `IVA %` 21 / 10,5; Otros Tributos; `Comp. Nro: PPPP-NNNNNNNN`',
 'c10': 'C bakery (trade name), kg + counted, `Unidad` (`unid.`); `FACTURA C PPPP-NNNNNNNN`; QR `fecha` dd/mm/yyyy',
 'o01': 'A wholesale, 38 lines over 2 pages (24 + 14, header repeated, `Hoja 1 de 2`); `Código` (dropped); `Alíc. IVA` as `21,00%` / `10,50%`; Percepción IIBB Córdoba',
 'o02': 'B Mercado Libre seller (trade name above `Razón Social:` of a person); descriptions wrapped; `$ 1.234,56`; `N° PPPP-NNNNNNNN`; DNI buyer',
 'o03': 'C graphic designer (person), services only, `Producto / Servicio`; long-form date; buyer with CUIT (`Señor(es):`); CUITs dashed',
 'o04': 'A drinks distributor, trade name above `Razón Social:`; `Cód.`, `Dto. %`, `IVA %`, `Importe Neto`; Impuestos Internos + Percepción IIBB La Pampa; `Comp. Nro: PPPP-NNNNNNNN`',
 'o05': 'B pharmacy, unlabelled `... S.C.S.` under trade name; `Cód. Barras` EAN; `1234,56`; `Descuento PAMI 50%`; QR `importe` 1000 higher than printed -> qr_mismatch',
 'o06': 'C gardener (person), ORIGINAL / DUPLICADO pages (read once); services + counted; dd.mm.yyyy',
 'o07': 'A bookshop 0% + 21%, `Cantidad` first, `EAN`; `Neto Gravado:` / `Exento:`; `Nro. PPPPP-NNNNNNNN`; QR host without www, strings',
 'o08': 'B butcher (trade name), kg only, `U.M.`, `Precio Unit.`; dd/mm/yy; printed total 350,00 above the sum -> totals_mismatch',
 'o09': 'A internet co-op, legal name over two lines (`COOPERATIVA ... LTDA.`); services 27 / 21%; `P.V.: n   Nro.: n` unpadded; Percepción IIBB Entre Ríos',
 'o10': 'B housewares (trade name); `Art.`, `% Bonif`; QR JSON pretty (spaces, strings); DNI buyer',
 'p01': 'A car parts, trade name above `Razón Social:`; `Código`, `% Bonif`, `Alíc. IVA`; Courier table; Percepción IIBB CABA; CUITs dashed',
 'p02': 'B grocery (trade name), 34 lines over 2 pages (26 + 8), `Cód. Barras` EAN, kg + counted, `U.M.`; `$ 1.234,56`; consumidor final',
 'p03': 'C physiotherapist (person, `LIC.`), services only; CUIT dashed; QR names another valid CUIT -> qr_mismatch',
 'p04': 'A building materials, ORIGINAL / DUPLICADO pages (read once); trade name above `Razón Social:`; `Art.`, `IVA %`; Percepción IIBB Bs. As.; `FACTURA A PPPP-NNNNNNNN`',
 'p05': 'B stationery (unlabelled `... S.R.L.`), `Código` before `Cant.`; `1234,56`; `Fecha:` long-form; no QR',
 'p06': 'C plumber (person), services + counted; dd-mm-yyyy; QR `fecha` dd/mm/yyyy',
 'p07': 'A freight, services only; `Nro. PPPPP-NNNNNNNN`; Percepción IIBB Bs. As.; QR date one day earlier -> qr_mismatch',
 'p08': 'B clothing, trade name above `Razón Social:`; `Cód.`; `Bonificación pago contado 10%`; `Comp. Nro: PPPP-NNNNNNNN`',
 'p09': 'C vet (trade name), services + counted; dd/mm/yy; QR host without www, strings',
 'p10': 'A agro 10,5 / 21%; `Código`, `Cantidad`; Percepción IVA; `Nro. PPPPP-NNNNNNNN`; CUITs dashed',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
