"""MANIFEST.md = MANIFEST.head.md + the files table. The 'exercises' column is written from the same Doc objects that
built the PDFs (docs.py, standard library only), plus pdfinfo for the page count and sha256 of the file."""
import hashlib, os, subprocess
import docs

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'f': 'Flat 0.4', 'g': 'graphpaper 0.2.0', 'u': 'universal-printer 3.1.0'}
QRV = {None: 'no QR', 'std': 'QR', 'nowww': 'QR host without www, values as strings', 'dmy': 'QR `fecha` dd/mm/yyyy',
       'nowww_dmy': 'QR without www, strings, `fecha` dd/mm/yyyy'}
QRFORM = {'f': 'PNG picture', 'g': 'vector runs', 'u': ''}

def exercises(d):
    x = [f"{d.letter}"]
    first = d.issuer_lines[0]
    lab = any(l.startswith('Razón Social:') for l in d.issuer_lines)
    if d.merchant not in d.issuer_lines and not any(l.endswith(': ' + d.merchant) for l in d.issuer_lines):
        x.append(f"legal name over two lines (`{d.issuer_lines[0]}` / `{d.issuer_lines[1]}`)")
    elif first.startswith('Razón Social:'):
        x.append('`Razón Social:` on the first line')
    elif d.merchant != first:
        x.append(f"trade name `{first}` above {'`Razón Social:`' if lab else 'the unlabelled legal name'}")
    else:
        x.append('first line of the issuer block (no `Razón Social:`)')
    x.append('columns ' + ' / '.join(f'`{h}`' for _, h, _ in d.cols))
    kinds = {('kg' if it['unit'] == 'kg' else 'svc' if it['qs'] is None else 'un') for it in d.items}
    x.append('+'.join(sorted(kinds)))
    if any(it['bonif'] for it in d.items): x.append('line bonifications')
    x.append(f'{len(d.items)} lines')
    x.append(f'`{d.num_txt}`'); x.append(f'date `{d.date_txt}`')
    x.append({'dot': '`1.234,56`', 'plain': '`1234,56`', 'dollar': '`$ 1.234,56`'}[d.amt])
    x.append({'cuit': 'buyer with CUIT', 'dni': 'buyer with DNI', 'cf': 'consumidor final'}[d.buyer_kind])
    for l, _ in d.discounts: x.append(f'discount `{l}`')
    for l, _ in d.taxes: x.append(f'tax `{l}`')
    if d.currency != 'ARS': x.append('USD')
    if len(d.copies) > 1: x.append('ORIGINAL / DUPLICADO')
    q = QRV[d.qr_variant]
    if d.qr_variant and QRFORM[d.name[0]]: q += f' ({QRFORM[d.name[0]]})'
    x.append(q)
    if d.qr_bad: x.append(f'QR {d.qr_bad} differs -> qr_mismatch')
    if 'totals_mismatch' in d.warnings: x.append(f'printed total off by {d.total - (d.subtotal + sum(v for _, v in d.vat) + sum(v for _, v in d.discounts) + sum(v for _, v in d.taxes))} -> totals_mismatch')
    return '; '.join(x)

rows = []
for d in docs.DOCS():
    p = os.path.join(HERE, d.name + '.pdf')
    pages = [l.split()[-1] for l in subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout.splitlines() if l.startswith('Pages:')][0]
    rows.append(f'| `{d.name}` | {GEN[d.name[0]]} | {pages} | `{d.merchant}` | {exercises(d)} | `{hashlib.sha256(open(p, "rb").read()).hexdigest()}` |')
head = open(os.path.join(HERE, 'MANIFEST.head.md'), encoding='utf-8').read()
with open(os.path.join(HERE, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
    f.write(head + '| file | generator | pages | merchant (expected) | exercises | sha256 |\n| --- | --- | --- | --- | --- | --- |\n' + '\n'.join(rows) + '\n')
