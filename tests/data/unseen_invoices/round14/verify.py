"""Round 14 checks: standard library + poppler-utils (pdftotext, pdftoppm) + zbar-tools (zbarimg).
Never runs or imports the parser. Usage: python3 verify.py > verify.txt"""
import base64, glob, json, os, re, subprocess, sys, tempfile, unicodedata
from decimal import Decimal as D
from urllib.parse import urlparse, parse_qs

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ['doc_type', 'merchant', 'pos', 'number', 'issued_at', 'currency', 'items', 'discounts', 'subtotal', 'discount_total',
       'total', 'vat', 'taxes', 'payments', 'prices_include_vat', 'cae', 'qr', 'warnings']
ITEM = ['line', 'department', 'description', 'ean', 'quantity', 'unit', 'unit_price', 'vat_rate', 'amount']
QRK = ['doc_code', 'cuit', 'pos', 'number', 'date', 'total', 'currency', 'cae']
FLAGGED_TOTALS = {'j05_fb_ferreteria_totalmal', 't04_fa_ferreteria_totalmal'}
FLAGGED_QR = {'j09_fb_optica_qrtotal', 'k06_fa_mecanico_qrnro', 'k10_fc_vete_qrfecha'}

def cuit_ok(c):
    if not c or not re.fullmatch(r'\d{11}', c): return False
    s = sum(int(a) * b for a, b in zip(c[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])); r = 11 - s % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(c[10])

def gtin_ok(e):
    if not re.fullmatch(r'\d{8,14}', e): return False
    body, chk = e[:-1], int(e[-1]); s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - s % 10) % 10 == chk

def norm(t):
    t = unicodedata.normalize('NFKC', t).replace('\u2212', '-').replace('\u2013', '-')
    return re.sub(r'\s+', ' ', t)

def amount_forms(v):
    v = abs(D(v)); s = f'{v:f}'
    ip, _, dp = s.partition('.')
    th = f'{int(ip):,}'
    forms = {th.replace(',', '.') + (',' + dp if dp else ''), ip + (',' + dp if dp else ''), s, th + ('.' + dp if dp else '')}
    return forms

def has_amount(text, v):
    for f in amount_forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text): return True
    return False

def has_words(text, s):
    words = s.split()
    if not words: return True
    for m in re.finditer(re.escape(words[0]), text):
        pos = m.end(); ok = True
        for w in words[1:]:
            j = text.find(w, pos)
            if j < 0 or j - pos > 400: ok = False; break
            pos = j + len(w)
        if ok: return True
    return False

def has_int(text, n):
    return re.search(r'(?<!\d)0*' + str(n) + r'(?!\d)', text) is not None

def decode_qr_payload(data):
    u = urlparse(data.strip())
    if u.netloc not in ('www.afip.gob.ar', 'afip.gob.ar') or u.path != '/fe/qr/': return None
    p = parse_qs(u.query)['p'][0]
    js = json.loads(base64.b64decode(p + '=' * (-len(p) % 4)))
    fecha = str(js['fecha'])
    if re.fullmatch(r'\d\d/\d\d/\d{4}', fecha): fecha = f'{fecha[6:]}-{fecha[3:5]}-{fecha[:2]}'
    mon = str(js['moneda']); mon = {'PES': 'ARS', 'DOL': 'USD'}.get(mon, mon)
    return {'doc_code': int(js['tipoCmp']), 'cuit': str(js['cuit']), 'pos': int(js['ptoVta']), 'number': int(js['nroCmp']),
            'date': fecha, 'total': f"{D(str(js['importe'])):.2f}", 'currency': mon, 'cae': str(js['codAut'])}

def qrs_of(pdf):
    out = []
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(['pdftoppm', '-r', '200', '-png', pdf, os.path.join(td, 'p')], check=True)
        for png in sorted(glob.glob(os.path.join(td, '*.png'))):
            r = subprocess.run(['zbarimg', '-q', '--raw', '-Sdisable', '-Sqrcode.enable', png], capture_output=True, text=True)
            out += [l for l in r.stdout.splitlines() if l.strip()]
    return out

def check(name):
    errs = []; E = lambda m: errs.append(m)
    exp = json.load(open(os.path.join(HERE, name + '.expected.json'), encoding='utf-8'))
    pdf = os.path.join(HERE, name + '.pdf')
    if list(exp) != TOP: E('top-level keys/order')
    if list(exp['merchant']) != ['name', 'cuit']: E('merchant keys')
    for i, it in enumerate(exp['items'], 1):
        if list(it) != ITEM: E(f'item {i} keys')
        if it['line'] != i: E(f'item {i} line number')
    for k, keys in (('discounts', ['description', 'amount']), ('taxes', ['description', 'amount']), ('vat', ['rate', 'amount']),
                    ('payments', ['method', 'amount'])):
        for x in exp[k]:
            if list(x) != keys: E(f'{k} keys')
    if exp['qr'] is not None and list(exp['qr']) != QRK: E('qr keys')
    if not cuit_ok(exp['merchant']['cuit']): E('merchant CUIT check digit')
    if exp['qr'] and not cuit_ok(exp['qr']['cuit']): E('qr CUIT check digit')
    for it in exp['items']:
        if it['ean'] and not gtin_ok(it['ean']): E(f"EAN check digit {it['ean']}")
    s = sum(D(i['amount']) for i in exp['items']) + sum(D(x['amount']) for x in exp['discounts']) + sum(D(x['amount']) for x in exp['taxes'])
    if not exp['prices_include_vat']: s += sum(D(x['amount']) for x in exp['vat'])
    mismatch = abs(s - D(exp['total'])) > D('0.01')
    if mismatch != ('totals_mismatch' in exp['warnings']): E(f'totals identity: sum {s} vs total {exp["total"]}')
    if mismatch != (name in FLAGGED_TOTALS): E('totals_mismatch not where intended')
    if D(exp['discount_total']) != -sum((D(x['amount']) for x in exp['discounts']), D(0)): E('discount_total')
    # QR
    raw = qrs_of(pdf); dec = [decode_qr_payload(r) for r in raw]
    if exp['qr'] is None:
        if dec: E('QR decoded where qr is null')
    else:
        if not dec: E('no QR decoded')
        for q in dec:
            if q != exp['qr']: E(f'decoded QR {q} != expected')
    qm = False
    if exp['qr']:
        q = exp['qr']
        qm = (q['cuit'] != exp['merchant']['cuit'] or q['doc_code'] != {'factura_a': 1, 'factura_b': 6, 'factura_c': 11}[exp['doc_type']]
              or q['pos'] != exp['pos'] or q['number'] != exp['number'] or q['date'] != exp['issued_at'] or D(q['total']) != D(exp['total']))
    if qm != ('qr_mismatch' in exp['warnings']): E('qr_mismatch warning vs QR content')
    if qm != (name in FLAGGED_QR): E('qr_mismatch not where intended')
    # text
    text = norm(subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout)
    need = lambda ok, what: None if ok else E(f'not in text: {what}')
    need(has_words(text, exp['merchant']['name']), 'merchant name')
    c = exp['merchant']['cuit']; need(c in text or f'{c[:2]}-{c[2:10]}-{c[10]}' in text, 'merchant cuit')
    need(has_int(text, exp['pos']), 'pos'); need(has_int(text, exp['number']), 'number')
    y, m, d = exp['issued_at'].split('-')
    need(any(f in text for f in (f'{d}/{m}/{y}', f'{d}-{m}-{y}', f'{d}.{m}.{y}', f'{d}/{m}/{y[2:]}')), 'date')
    if exp['cae']: need(exp['cae'] in text, 'cae')
    if exp['currency'] != 'ARS': need(exp['currency'] in text, 'currency')
    for it in exp['items']:
        need(has_words(text, it['description']), f"description {it['description']}")
        if it['ean']: need(it['ean'] in text, f"ean {it['ean']}")
        if it['quantity']: need(has_amount(text, it['quantity']), f"quantity {it['quantity']}")
        if it['unit_price']: need(has_amount(text, it['unit_price']), f"unit_price {it['unit_price']}")
        if it['vat_rate']:
            r = D(it['vat_rate']).normalize(); rs = f'{r:f}'
            need(re.search(r'(?<![\d,.])' + re.escape(rs.replace('.', ',')) + r'(,0+)?\s?%', text) is not None, f"rate {rs}")
        need(has_amount(text, it['amount']), f"amount {it['amount']}")
    for x in exp['discounts'] + exp['taxes']:
        need(has_words(text, x['description']), f"label {x['description']}"); need(has_amount(text, x['amount']), f"amount {x['amount']}")
    for x in exp['vat']: need(has_amount(text, x['amount']), f"vat {x['amount']}")
    need(has_amount(text, exp['subtotal']), 'subtotal'); need(has_amount(text, exp['total']), 'total')
    return errs, len(raw)

def main():
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, '*.pdf')))
    bad = 0
    for n in names:
        errs, nq = check(n)
        print(f"{'PASS' if not errs else 'FAIL'} {n} (QR symbols decoded: {nq})")
        for e in errs: print('   ', e)
        bad += bool(errs)
    print(f'{len(names) - bad}/{len(names)} pass')
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
