import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'k': 'inkmd 0.5.0 (markdown)', 'l': 'larzpdf 0.1.0 (canvas)', 'w': 'docx-to-pdf-native 0.1.12 (.docx)'}
EX = {
 'k01': 'A hardware store; trade name (heading) above `Razón Social:`; `Código` (dropped), `Bonif. %`, `Alíc. IVA` 21% / 10,5%; `Punto de Venta: ... Comp. Nro: ...` on one line; Percepción IIBB CABA; CUITs dashed; PNG QR',
 'k02': 'B delicatessen (trade name); `Cód. Barras` EAN-13, weighed (`... X KG`, `kg`) + counted (`u.`) items, `U.M.` column; `$ 1.234,56`; `Nº PPPP-NNNNNNNN`; consumidor final',
 'k03': 'C psychologist (person, `LIC.`), services only (`Concepto`, `Importe`); long-form date; `N° PPPPP-NNNNNNNN`; DNI buyer',
 'k04': 'A wholesale, 52 lines over 2 pages (inkmd paginates the table, header row repeated); `Alíc. IVA` as `21,00` / `10,50`; Percepción IIBB Buenos Aires + Percepción IVA; QR on page 2',
 'k05': 'B stationery, trade name above `Razón Social:`; `Cantidad` first; `1234,56`; dd-mm-yyyy; printed total 300,00 below the sum -> totals_mismatch (QR carries the printed total)',
 'k06': 'C electrician (person); services without quantity + materials (`10` x metre); `Nro. PPPP-NNNNNNNN`; dd/mm/yy; QR host without www, every value a string',
 'k07': 'A in USD (`Moneda: USD`, `Importe Total: USD ...`, `Tipo de cambio`); services only, a two-line description; `Razón Social:` labelled only; QR `DOL` + `ctz`',
 'k08': 'B shoe shop, unlabelled `... S.R.L.` under trade name; `Artículo` (dropped); `Descuento pago efectivo 10%`; `$1.234,56` (no space); `FACTURA B PPPP-NNNNNNNN`',
 'k09': 'C seamstress (trade name alone), services only; dd.mm.yyyy; consumidor final; no QR',
 'k10': 'A wine shop, trade name above `Razón Social:`; `Cantidad` second, `% IVA`; Percepción IIBB CABA; QR `importe` 1000 below the printed total -> qr_mismatch',
 'l01': 'A car parts, ORIGINAL / DUPLICADO pages (read once); `Codigo`, `% Dto.`, `Alic. IVA`; `P.V.: PPPP   Nro.: NNNNNNNN`; Percepcion IIBB Buenos Aires; vector QR on each copy',
 'l02': 'B butcher (unlabelled trade name), weighed items (`kg`, `Precio` per kg) + `un`; `Nro. PPPP-NNNNNNNN`; dd/mm/yy; consumidor final',
 'l03': 'C teacher (person, `PROF.`), services only; `Fecha:` label; QR `fecha` dd/mm/yyyy (agrees)',
 'l04': 'A agro 10,5 / 21%; `FACTURA A PPPP-NNNNNNNN`; `IVA 21,00%:`; taxes printed with their rate (`Percepcion IIBB Buenos Aires 2,50%:`, `Percepcion IVA 3,00%:`); CUITs dashed',
 'l05': 'B pharmacy, unlabelled `... S.C.S.` under trade name; `Cod. Barras` EAN-13; `1234,56`; `Descuento obra social 40%`; DNI buyer',
 'l06': 'C bakery (trade name alone), kg + counted, `Unidad` column; dd-mm-yyyy; QR names another valid CUIT -> qr_mismatch',
 'l07': 'A print shop, descriptions printed over two lines; `Cantidad` first; `1234,56`; Percepcion IIBB Buenos Aires; QR payload pretty-printed (CRLF, indent, `importe` / `codAut` strings)',
 'l08': 'B housewares, 40 lines over 2 pages (`Hoja 1 de 2`, header repeated, `Continua en hoja siguiente`); `$ 1.234,56`; `Bonificacion 5% pago contado`; DNI buyer',
 'l09': 'C gardener (person), ORIGINAL / DUPLICADO / TRIPLICADO (read once); services + counted; dd.mm.yyyy; QR host without www, strings',
 'l10': 'A freight, services only (`Descripcion`, `Alic. IVA`, `Importe`); legal name `... SOCIEDAD ANONIMA` after `Razon Social:`; Percepcion IIBB Mendoza; printed total 1.200,00 above the sum -> totals_mismatch',
 'w01': 'A Mercado Libre seller: `Producto / Servicio` with `Operación ML #...` lines in the cell; `Subtotal` (net) and `Subtotal c/IVA` columns -> amount VAT-inclusive, prices_include_vat true; `Razón Social:` wrapped by the cell; QR pretty-printed',
 'w02': 'B greengrocer (trade name), weighed items + `un`; `N° PPPPP-NNNNNNNN`; dd/mm/yy; consumidor final; JPEG QR',
 'w03': 'C lawyer (person, `DRA.`), services only; long-form date; `Punto de Venta: ... Comp. Nro: ...` one line; DNI buyer',
 'w04': 'A furniture, ORIGINAL / DUPLICADO (second copy pushed to page 2 by empty paragraphs); legal name wrapped over three lines (`... SOCIEDAD DE RESPONSABILIDAD` / `LIMITADA`); two-line descriptions; service line `Flete y armado` without quantity; `1234,56`',
 'w05': 'B kiosk (trade name), `Cant.` first then `Cód. Barras` EAN-13; `Nro.`; dd.mm.yyyy; consumidor final; no QR',
 'w06': 'C hairdresser (trade name), services only; dd-mm-yyyy; QR `fecha` one day earlier -> qr_mismatch',
 'w07': 'A appliances, 40 lines, the table continues on page 2 (no repeated header); `IVA` 21% / 10,5%; Percepción IIBB Buenos Aires; totals + QR on page 2',
 'w08': 'B optician, trade name above `Razón Social:`; `Bonif. %`; `Descuento jubilados 15%`; `$ 1.234,56`; `FACTURA B PPPP-NNNNNNNN`; service line without quantity',
 'w09': 'C photographer (person, `Ñ`); services + album; `Nro.`; QR `fecha` dd/mm/yyyy',
 'w10': 'A drinks distributor, `Razón Social:` labelled; `% IVA`; Impuestos Internos + Percepción IIBB Buenos Aires; CUITs dashed; QR host without www, strings',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
