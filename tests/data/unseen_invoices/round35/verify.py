"""Checks of the round-35 set (standard library + poppler-utils + zbar-tools; no parser)."""
import base64, glob, json, os, re, subprocess, sys, tempfile, unicodedata, datetime
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ['doc_type', 'merchant', 'pos', 'number', 'issued_at', 'currency', 'items', 'discounts', 'subtotal', 'discount_total', 'total',
       'vat', 'taxes', 'payments', 'prices_include_vat', 'cae', 'qr', 'warnings']
ITEM = ['line', 'department', 'description', 'ean', 'quantity', 'unit', 'unit_price', 'vat_rate', 'amount']
QRK = ['doc_code', 'cuit', 'pos', 'number', 'date', 'total', 'currency', 'cae']
MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()

def cuit_ok(c):
    if not c or not re.fullmatch(r'\d{11}', c): return False
    s = sum(int(a) * b for a, b in zip(c[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])); k = 11 - s % 11
    return {11: 0, 10: None}.get(k, k) == int(c[10])

def ean_ok(e):
    s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(e[:-1]))
    return len(e) == 13 and (10 - s % 10) % 10 == int(e[-1])

def norm(t):
    t = unicodedata.normalize('NFKC', t).replace('\u2212', '-').replace('\u2013', '-')
    return re.sub(r'\s+', ' ', t)

def amount_forms(v):
    v = abs(D(v)); s = f'{v:.2f}'; i, f = s.split('.')
    g = re.sub(r'(\d)(?=(\d{3})+$)', r'\1.', i)
    return {f'{g},{f}', f'{i},{f}', f'{i}.{f}', f"{g.replace('.', ',')}.{f}"}

def has_amount(text, v):
    return any(re.search(r'(?<![\d.,])' + re.escape(a) + r'(?![\d])', text) for a in amount_forms(v))

def has_words(text, s):
    words = norm(s).split()
    for m in re.finditer(re.escape(words[0]), text):
        pos = m.end(); ok = True
        for w in words[1:]:
            j = text.find(w, pos)
            if j < 0 or j - pos > 400: ok = False; break
            pos = j + len(w)
        if ok: return True
    return False

def name_in_layout(raw, name):
    """The merchant name as whole printed segments (a segment ends at a line end or a run of 2+ spaces): one segment,
    or 2-3 segments on following lines (a name wrapped in its block). A 'Razón Social:' label may precede the first
    segment only: a continuation segment that carries the label is another line of the block, not part of the name."""
    segs = []
    for ln, line in enumerate(raw.splitlines()):
        for sg in re.split(r' {2,}', line):
            sg = norm(sg).strip()
            lab = bool(re.match(r'^Raz[oó]n [Ss]ocial: ', sg))
            sg = re.sub(r'^Raz[oó]n [Ss]ocial: ', '', sg)
            if sg: segs.append((ln, sg, lab))
    name = norm(name).strip()
    def go(i, rest, depth):
        ln, sg, lab = segs[i]
        if depth > 1 and lab: return False
        if rest == sg: return True
        if depth == 3 or not rest.startswith(sg + ' '): return False
        rest = rest[len(sg) + 1:]
        return any(go(j, rest, depth + 1) for j in range(i + 1, len(segs)) if 1 <= segs[j][0] - ln <= 3)
    return any(go(i, name, 1) for i in range(len(segs)))

def qr_decode(pdf):
    out = []
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(['pdftoppm', '-r', '200', '-png', pdf, f'{td}/p'], check=True)
        for png in sorted(glob.glob(f'{td}/p*.png')):
            r = subprocess.run(['zbarimg', '-q', '--raw', '-Sdisable', '-Sqrcode.enable', png], capture_output=True, text=True)
            out += [l for l in r.stdout.splitlines() if l.strip()]
    return out

def qr_reading(url):
    m = re.match(r'https://(www\.)?afip\.gob\.ar/fe/qr/\?p=(.*)$', url)
    j = json.loads(base64.b64decode(m.group(2)))
    f = str(j['fecha'])
    if re.fullmatch(r'\d\d/\d\d/\d{4}', f): f = f'{f[6:]}-{f[3:5]}-{f[:2]}'
    return {'doc_code': int(j['tipoCmp']), 'cuit': str(j['cuit']), 'pos': int(j['ptoVta']), 'number': int(j['nroCmp']), 'date': f,
            'total': f"{D(str(j['importe'])):.2f}", 'currency': {'PES': 'ARS', 'DOL': 'USD'}.get(j['moneda'], j['moneda']), 'cae': str(j['codAut'])}

def check(pdf, exp):
    errs = []
    E = lambda c, m: errs.append(m) if not c else None
    E(list(exp) == TOP, 'top keys/order'); E(list(exp['merchant']) == ['name', 'cuit'], 'merchant keys')
    for i, it in enumerate(exp['items']):
        E(list(it) == ITEM, f'item keys {i}'); E(it['line'] == i + 1, 'line numbers')
        if it['ean']: E(ean_ok(it['ean']), f"ean {it['ean']}")
    for x in exp['discounts'] + exp['taxes']: E(list(x) == ['description', 'amount'], 'disc/tax keys')
    for x in exp['vat']: E(list(x) == ['rate', 'amount'], 'vat keys')
    if exp['qr']: E(list(exp['qr']) == QRK, 'qr keys'); E(cuit_ok(exp['qr']['cuit']), 'qr cuit check digit')
    E(cuit_ok(exp['merchant']['cuit']), 'merchant cuit check digit')
    s = sum(D(i['amount']) for i in exp['items']) + sum(D(x['amount']) for x in exp['discounts']) + sum(D(x['amount']) for x in exp['taxes'])
    if not exp['prices_include_vat']: s += sum(D(x['amount']) for x in exp['vat'])
    mism = abs(s - D(exp['total'])) > D('0.01')
    E(mism == ('totals_mismatch' in exp['warnings']), f'totals identity {s} vs {exp["total"]}')
    E(D(exp['discount_total']) == -sum((D(x['amount']) for x in exp['discounts']), D(0)), 'discount_total')
    # QR
    dec = qr_decode(pdf)
    if exp['qr'] is None: E(dec == [], 'QR found where none expected')
    else:
        E(len(dec) >= 1, 'no QR decoded')
        for u in dec: E(qr_reading(u) == exp['qr'], f'QR differs {qr_reading(u)}')
        q = exp['qr']
        differ = (q['cuit'] != exp['merchant']['cuit'] or q['doc_code'] != {'factura_a': 1, 'factura_b': 6, 'factura_c': 11}[exp['doc_type']] or
                  q['pos'] != exp['pos'] or q['number'] != exp['number'] or q['date'] != exp['issued_at'] or D(q['total']) != D(exp['total']))
        E(differ == ('qr_mismatch' in exp['warnings']), 'qr_mismatch flag')
    # text
    raw = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    text = norm(raw)
    E(name_in_layout(raw, exp['merchant']['name']), 'merchant name')
    c = exp['merchant']['cuit']; E(c in text or f'{c[:2]}-{c[2:10]}-{c[10]}' in text, 'cuit')
    E(re.search(rf'\b0*{exp["pos"]}\b', text) and re.search(rf'\b0*{exp["number"]}\b', text), 'pos/number')
    d = datetime.date.fromisoformat(exp['issued_at'])
    forms = [d.strftime(f) for f in ('%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y', '%d/%m/%y')] + [f'{d.day} de {MONTHS[d.month - 1]} de {d.year}']
    E(any(f in text for f in forms), 'date')
    E(exp['cae'] in text, 'cae')
    if exp['currency'] != 'ARS': E(exp['currency'] in text, 'currency')
    for it in exp['items']:
        E(has_words(text, it['description']), f"desc {it['description']}")
        if it['ean']: E(it['ean'] in text, 'ean text')
        if it['quantity']: E(re.search(r'(?<![\d,.])' + re.escape(it['quantity'].replace('.', ',')) + r'(?![\d,])', text), f"qty {it['quantity']}")
        if it['unit_price']: E(has_amount(text, it['unit_price']), f"price {it['unit_price']}")
        if it['vat_rate']:
            r = D(it['vat_rate']); E(any(x in text for x in (format(r.normalize(), 'f').replace('.', ',') + '%', f'{r:.2f}'.replace('.', ','))), 'rate')
        E(has_amount(text, it['amount']), f"amount {it['amount']}")
    for x in exp['discounts'] + exp['taxes']:
        E(has_words(text, x['description']), f"label {x['description']}"); E(has_amount(text, x['amount']), f"amount {x['amount']}")
    for x in exp['vat']: E(has_amount(text, x['amount']), 'vat amount')
    E(has_amount(text, exp['subtotal']), 'subtotal'); E(has_amount(text, exp['total']), 'total')
    return errs

if __name__ == '__main__':
    files = sorted(glob.glob(os.path.join(HERE, '*.expected.json'))); bad = 0
    for f in files:
        pdf = f.replace('.expected.json', '.pdf'); exp = json.load(open(f, encoding='utf-8'))
        errs = check(pdf, exp); bad += bool(errs)
        print(('PASS ' if not errs else 'FAIL ') + os.path.basename(pdf) + ('' if not errs else '  ' + '; '.join(errs)) +
              (f"  [{', '.join(exp['warnings'])}]" if exp['warnings'] else ''))
    print(f'{len(files) - bad}/{len(files)} pass')
    sys.exit(1 if bad else 0)
