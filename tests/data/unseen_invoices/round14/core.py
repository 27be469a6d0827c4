"""Document model, amounts (decimal.Decimal), AFIP QR payloads and the expected reading."""
import base64, json
from decimal import Decimal as D, ROUND_HALF_UP

C2 = D('0.01')
def r2(x): return D(x).quantize(C2, ROUND_HALF_UP)

def cuit_check(d10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(d10, w)); r = 11 - s % 11
    return 0 if r == 11 else (None if r == 10 else r)

def make_cuit(rng, prefix):
    while True:
        d10 = prefix + ''.join(str(rng.randrange(10)) for _ in range(8))
        c = cuit_check(d10)
        if c is not None: return d10 + str(c)

def ean_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12)); return str((10 - s % 10) % 10)

def make_ean(rng):
    d12 = '779' + ''.join(str(rng.randrange(10)) for _ in range(9)); return d12 + ean_check(d12)

def money(x, style='ar'):
    """style: ar 1.234,56 | plain 1234,56 | dollar $ 1.234,56"""
    x = D(x); neg = x < 0; x = abs(x); s = f'{x:.2f}'; ip, dp = s.split('.')
    if style in ('ar', 'dollar'):
        ip = f'{int(ip):,}'.replace(',', '.')
    out = ('-' if neg else '') + ip + ',' + dp
    return ('$ ' + out) if style == 'dollar' else out

def qty_text(q):  # q is the printed string with a dot
    return q.replace('.', ',')

def fmt_date(d, style):
    return {'dmy/': d.strftime('%d/%m/%Y'), 'dmy-': d.strftime('%d-%m-%Y'), 'dmy.': d.strftime('%d.%m.%Y'),
            'dmy2': d.strftime('%d/%m/%y')}[style]

def fmt_cuit(c, dashed):
    return f'{c[:2]}-{c[2:10]}-{c[10]}' if dashed else c

class Item:
    def __init__(self, desc, qty, unit, price, rate, ean=None, code=None, bonif=None, amount=None, amount_civa=None):
        self.desc, self.qty, self.unit, self.price, self.rate = desc, qty, unit, price, rate
        self.ean, self.code, self.bonif = ean, code, bonif
        self.amount, self.amount_civa = amount, amount_civa

class Doc:
    """Everything printed and everything expected comes from this object."""
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def compute(self):
        A = self.letter == 'A'
        for it in self.items:
            if it.amount is None:
                base = (D(it.qty) if it.qty is not None else D(1)) * it.price
                if it.bonif: base = base * (1 - it.bonif / D(100))
                it.amount = r2(base)
            if A and self.civa_column:
                it.amount_civa = r2(it.amount * (1 + it.rate / D(100)))
        self.subtotal = sum((it.amount for it in self.items), D(0))
        self.discount_lines = []  # (label, negative amount)
        disc_factor = D(1)
        if self.totals_discount:
            label, pct = self.totals_discount
            self.discount_lines.append((label, -r2(self.subtotal * pct / D(100))))
            disc_factor = 1 - pct / D(100)
        self.vat_lines = []
        if A:
            rates = sorted({it.rate for it in self.items}, key=lambda r: -r)
            for rt in rates:
                base = sum((it.amount for it in self.items if it.rate == rt), D(0)) * disc_factor
                if self.civa_column and not self.totals_discount:
                    amt = sum((it.amount_civa - it.amount for it in self.items if it.rate == rt), D(0))
                else:
                    amt = r2(base * rt / D(100))
                self.vat_lines.append((rt, amt))
        self.neto = self.subtotal + sum((a for _, a in self.discount_lines), D(0))
        self.tax_lines = []  # (label, printed rate text or None, amount)
        for label, pct in self.perceptions:
            self.tax_lines.append((label, pct, r2(self.neto * pct / D(100))))
        for label, amt in self.fixed_taxes:
            self.tax_lines.append((label, None, D(amt)))
        self.true_total = (self.neto + sum((a for _, a in self.vat_lines), D(0))
                           + sum((t[2] for t in self.tax_lines), D(0)))
        if A and self.civa_column and not self.totals_discount:
            self.true_total = (sum((it.amount_civa for it in self.items), D(0))
                               + sum((t[2] for t in self.tax_lines), D(0)))
        self.total = self.true_total + D(self.total_offset)
        return self

    # --- QR (RG 4291) ---
    def qr_fields(self):
        q = dict(doc_code=self.code, cuit=self.issuer_cuit, pos=self.pos, number=self.number,
                 date=self.date.isoformat(), total=self.total, currency='USD' if self.currency == 'USD' else 'ARS',
                 cae=self.cae)
        q.update(self.qr_override)
        return q

    def qr_url(self):
        q = self.qr_fields()
        strings = 'strings' in self.qr_variants
        fecha = q['date']
        if 'fecha_dmy' in self.qr_variants:
            y, m, d = fecha.split('-'); fecha = f'{d}/{m}/{y}'
        mon = 'DOL' if q['currency'] == 'USD' else 'PES'
        ctz = self.ctz if self.currency == 'USD' else D(1)
        def v(x, num=True):
            return json.dumps(str(x)) if (strings or not num) else str(x)
        parts = [('ver', v(1)), ('fecha', json.dumps(fecha)), ('cuit', v(int(q['cuit']))), ('ptoVta', v(q['pos'])),
                 ('tipoCmp', v(q['doc_code'])), ('nroCmp', v(q['number'])), ('importe', v(f"{D(q['total']):.2f}")),
                 ('moneda', json.dumps(mon)), ('ctz', v(ctz)), ('tipoDocRec', v(self.buyer_doc_type)),
                 ('nroDocRec', v(int(self.buyer_doc_nr))), ('tipoCodAut', json.dumps('E')), ('codAut', v(int(q['cae'])))]
        js = '{' + ','.join(f'"{k}":{val}' for k, val in parts) + '}'
        host = 'https://afip.gob.ar' if 'nowww' in self.qr_variants else 'https://www.afip.gob.ar'
        return host + '/fe/qr/?p=' + base64.b64encode(js.encode()).decode()

    def expected(self):
        A = self.letter == 'A'
        items = []
        for i, it in enumerate(self.items, 1):
            amt = it.amount_civa if (A and self.civa_column) else it.amount
            items.append({'line': i, 'department': None, 'description': ' '.join(it.desc.split()),
                          'ean': it.ean, 'quantity': it.qty, 'unit': it.unit if it.qty is not None else None,
                          'unit_price': f'{it.price:.2f}' if (it.qty is not None and self.price_column) else None,
                          'vat_rate': f'{it.rate:.2f}' if (A and it.rate is not None) else None,
                          'amount': f'{amt:.2f}'})
        qr = None
        if self.qr_mode:
            q = self.qr_fields()
            qr = {'doc_code': q['doc_code'], 'cuit': q['cuit'], 'pos': q['pos'], 'number': q['number'],
                  'date': q['date'], 'total': f"{D(q['total']):.2f}", 'currency': q['currency'], 'cae': q['cae']}
        warnings = []
        if self.total_offset: warnings.append('totals_mismatch')
        if self.qr_mode and self.qr_override: warnings.append('qr_mismatch')
        return {
            'doc_type': {'A': 'factura_a', 'B': 'factura_b', 'C': 'factura_c'}[self.letter],
            'merchant': {'name': ' '.join(self.merchant_name.split()), 'cuit': self.issuer_cuit},
            'pos': self.pos, 'number': self.number, 'issued_at': self.date.isoformat(),
            'currency': self.currency, 'items': items,
            'discounts': [{'description': l, 'amount': f'{a:.2f}'} for l, a in self.discount_lines],
            'subtotal': f'{self.subtotal:.2f}',
            'discount_total': f'{-sum((a for _, a in self.discount_lines), D(0)):.2f}',
            'total': f'{self.total:.2f}',
            'vat': [{'rate': f'{r:.2f}', 'amount': f'{a:.2f}'} for r, a in self.vat_lines if a != 0],
            'taxes': [{'description': l, 'amount': f'{a:.2f}'} for l, _, a in self.tax_lines if a != 0],
            'payments': [], 'prices_include_vat': (not A) or bool(self.civa_column),
            'cae': self.cae, 'qr': qr, 'warnings': warnings}
