"""MANIFEST.md = MANIFEST.head.md + a files table generated from docs.py (what each document exercises) and the PDFs."""
import hashlib, os, subprocess
import docs

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'x': 'oxidize-pdf 0.23.0', 'h': 'fullbleed 2.5.39', 'm': 'Forme (formepdf 0.29.0, wasm)'}
NOTE = {
 'x01': 'hardware wholesaler, 40 lines on 2 sheets',
 'x02': 'grocery, trade name above `Razón Social:` (S.H.)',
 'x03': 'electrician (person), services without quantity + materials',
 'x04': 'car parts, ORIGINAL / DUPLICADO',
 'x05': 'bookshop (trade name); printed total 100,00 below the sum',
 'x06': 'hairdresser (trade name); QR host without www, strings',
 'x07': 'software services in USD (`Moneda: USD`, `USD` total, `Tipo de cambio`), QR `DOL`',
 'x08': 'Mercado Libre seller, cupón discount',
 'x09': 'greengrocer (person, shop name below); QR `nroCmp` + 1',
 'x10': 'food distributor, legal name over two lines, wrapped descriptions',
 'h01': 'supermarket, 62 lines over 2 pages (engine pagination)',
 'h02': 'accountants, services only',
 'h03': 'dentist (person, `OD.`); QR `fecha` dd/mm/yyyy',
 'h04': 'pharmacy, GTIN column, PAMI discount',
 'h05': 'building materials, ORIGINAL / DUPLICADO',
 'h06': 'bakery (trade name), kg; no QR',
 'h07': 'Mercado Libre seller (TV); QR date + 1 day',
 'h08': 'drinks distributor 21/27%, legal name over two lines; printed total 300,00 above the sum',
 'h09': 'housewares, code before quantity, `% Bonif`',
 'h10': 'English teacher (person); QR host without www, strings',
 'm01': 'agro supplies 10,5/21/0%, `Importe Exento`',
 'm02': 'butcher, kg to the gram',
 'm03': 'physiotherapist (person, `LIC.`); QR names another valid CUIT',
 'm04': 'print shop, ORIGINAL / DUPLICADO, service line without quantity',
 'm05': 'optician, `% Bonif`',
 'm06': 'gardener (person); QR `fecha` dd/mm/yyyy',
 'm07': 'removals, services + boxes, legal name over two lines',
 'm08': 'paint shop, `Cód. Barras` EAN; printed total 250,00 below the sum',
 'm09': 'vet (trade name alone)',
 'm10': 'Mercado Libre seller (sportswear); QR host without www, strings',
}

def exercises(d):
    e = [f'{d.letter}', NOTE[d.name[:3]]]
    e.append('cols ' + ' / '.join(f'`{h}`' for _, h, _ in d.cols))
    e.append(' '.join(f'`{x}`' for x in d.num_lines))
    e.append(f'`{d.date_line}`')
    e.append({80: 'buyer CUIT', 96: 'buyer DNI', 99: 'consumidor final'}[d.doc_rec[0]])
    if d.discounts: e.append('discount ' + ', '.join(l for l, _ in d.discounts))
    if d.taxes: e.append('taxes ' + ', '.join(l for l, _ in d.taxes))
    if d.vat: e.append('IVA ' + ' + '.join(f'{r:g}%' for r, _ in d.vat))
    e.append('QR ' + ('none' if not d.qr_payload else ('no www, strings' if '//afip' in d.qr_payload else 'std')))
    if d.warnings: e.append(' + '.join(d.warnings))
    return '; '.join(e)

rows = []
for d in docs.DOCS():
    p = os.path.join(HERE, d.name + '.pdf')
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines()
             if l.startswith('Pages:')][0]
    rows.append(f'| `{d.name}` | {GEN[d.name[0]]} | {pages} | {exercises(d)} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
open(os.path.join(HERE, 'MANIFEST.md'), 'w').write(open(os.path.join(HERE, 'MANIFEST.head.md')).read() + '\n'.join(rows) + '\n')
