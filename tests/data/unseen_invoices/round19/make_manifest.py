import hashlib, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'s': 'Aspose.SVG for Python via .NET 26.9.0 (eval)', 'v': 'Aspose.Diagram for Python via .NET 26.10 (eval)', 'm': 'Majorsilence.Pdf (majorsilence-pdf 26.0.1)'}
EX = {
 's01': 'A sanitary supplies; trade name above `Razón Social:`; `Código` (dropped), `% Bonif`, `IVA %` 21 / 10,5; descriptions wrapped over two lines; `N° PPPPP-NNNNNNNN`; Percepción IIBB CABA; CUITs dashed',
 's02': 'B self-service shop (trade name), 38 lines over 2 pages (`Hoja 1 de 2` at the foot, header repeated); `Cód. Barras` EAN-13; kg + counted, `Unidad` un / kg; `$ 1.234,56`; `Descuento Tarjeta Club 5%`; `TOTAL:`; `Nro. PV - NRO` (spaces around the dash); consumidor final',
 's03': 'C electrician (person); services without quantity (one wrapped) + materials; dd-mm-yyyy; DNI buyer; QR host without www, values as strings',
 's04': 'A Mercado Libre seller (legal name as first line); `Producto / Servicio` wrapped + `Operación ML #...` line; quantities `1,00`; `Alícuota IVA`; `1234,56`; buyer `Razón social:` (never the merchant)',
 's05': 'B ice-cream shop, trade name above `Razón Social:`; kg + `u`; `Nº`; printed total 200,00 above the sum -> totals_mismatch',
 's06': 'C English teacher (person, `PROF.`), services only, one wrapped; long-form date; DNI buyer; QR `fecha` dd/mm/yyyy (agrees)',
 's07': 'A print shop, legal name over two lines (`SOCIEDAD ANONIMA`); `Cantidad` first, wrapped descriptions, 27 + 21%; Percepción IVA + Percepción IIBB Córdoba; dd.mm.yyyy; `Comp. Nro PV-NRO`',
 's08': 'B toy shop (trade name), `Cant.` first; `Fecha:`; QR `ptoVta` one higher than printed -> qr_mismatch; DNI buyer',
 's09': 'B perfumery, unlabelled `... S.R.L.` under trade name; `EAN`; `$ 1.234,56`; `Bonificación 10% efectivo`',
 's10': 'C laundry (trade name), kg + `unid.`; dd.mm.yyyy; CUIT dashed; consumidor final',
 'v01': 'A building materials, trade name above `Razón Social:`; `Artículo` (dropped), `IVA %` 21 / 10,5; Percepción IIBB Buenos Aires; `Nro. PV - NRO`; QR picture',
 'v02': 'B carpentry, trade name above `Razón Social:`; descriptions wrapped; `N°`; QR payload pretty-printed with CRLF, `importe` / `codAut` as strings',
 'v03': 'A car parts, ORIGINAL / DUPLICADO / TRIPLICADO pages (read once); `Cód.`, `% Bonif`, `IVA %`; Otros Tributos; dd/mm/yy',
 'v04': 'C psychologist (person, `LIC.`), one service wrapped over two lines; QR `importe` 100 higher than printed -> qr_mismatch',
 'v05': 'A computer shop, `Razón Social:` only; `EAN`, net `Subtotal` + `Alícuota IVA` (`21,00%`) + `Subtotal c/IVA` -> amount VAT-inclusive, prices_include_vat true; `Importe Neto Gravado:` as subtotal; wrapped descriptions',
 'v06': 'A consultancy in USD (`Moneda: USD`, `Importe Total: USD`, `Tipo de cambio BNA`); services only; `Nº`; QR `DOL` + `ctz`',
 'v07': 'B greengrocer, trade name above `Razón Social:`; kg + counted, `Kg` / `Unid`; `Precio Unit.`; dd/mm/yy; QR host without www, strings; consumidor final',
 'v08': 'C seamstress (person); services without quantity + one counted; `Fecha:` dd.mm.yyyy; `Pto. Vta.:` / `Nro.:` on two lines; consumidor final',
 'v09': 'B stationery, trade name above `Razón Social:`; 34 lines over 3 pages (`Hoja 1 de 3`, header repeated); `Cód. Barras` EAN-13; `1234,56`; DNI buyer',
 'v10': 'A agro-vet shop 10,5 / 21 / 0%; `Cantidad` first; `Importe Neto Gravado` + `Importe Exento`; Percepción IVA; CUITs dashed',
 'm01': 'A wholesale, 46 lines over 2 pages (`Página 1 de 2`, header repeated); `U. Medida` `unid.`, quantities `3,00`; `Alícuota IVA` as `21,00` / `10,50`; Percepción IIBB Buenos Aires + Impuestos Internos',
 'm02': 'B pharmacy, trade name above `Razón Social:`; `EAN`; `Descuento PAMI 50%`; `Nro. PV - NRO`; DNI buyer',
 'm03': 'C removals (person), services only, one wrapped; dd-mm-yyyy; QR `tipoCmp` 6 on a Factura C -> qr_mismatch',
 'm04': 'A motorbike parts, trade name above `Razón Social:`; `Cód.`, `Precio Unit.`, `% Bonif`, `Alícuota IVA`; `1234,56`; `N°`; QR host without www, strings',
 'm05': 'B bakery (trade name), kg + `un`; `1234,56`; dd/mm/yy; `Pto. Vta.:` / `Nro.:`; consumidor final',
 'm06': 'C hairdresser (trade name), ORIGINAL / DUPLICADO pages (read once); services without quantity + one product; consumidor final',
 'm07': 'A air conditioning, `Razón Social:` only; Percepción IIBB Neuquén; `Nº`; printed total 1.000,00 below the sum -> totals_mismatch',
 'm08': 'B optician, unlabelled `... S.R.L.` under trade name; `Cant.` first, `% Bonif`; `$ 1.234,56`; QR `fecha` dd/mm/yyyy; DNI buyer',
 'm09': 'B hardware, trade name above `Razón Social:`; code column before quantity; long-form date; no QR',
 'm10': 'C photographer (person), services only, one wrapped; CUIT dashed; QR payload pretty-printed with CRLF, strings',
}
rows = []
for f in sorted(os.listdir(HERE)):
    if not f.endswith('.pdf'): continue
    p = os.path.join(HERE, f); n = f[:-4]
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
