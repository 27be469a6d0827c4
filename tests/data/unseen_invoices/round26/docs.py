"""Round 26 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
The renderers (make_invoices.py) print only the strings built here; Doc.expected() writes the expected reading from the
same object: nothing is re-typed."""
import base64, datetime, json, random
from decimal import Decimal as D, ROUND_HALF_UP

Q2 = D('0.01')
def r2(x): return x.quantize(Q2, ROUND_HALF_UP)

def cuit(rng, pre):
    while True:
        body = pre + ''.join(str(rng.randrange(10)) for _ in range(8))
        s = sum(int(a) * b for a, b in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 11: c = 0
        if c == 10: continue
        return body + str(c)

def ean13(rng):
    b = '779' + ''.join(str(rng.randrange(10)) for _ in range(9))
    s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(b))
    return b + str((10 - s % 10) % 10)

def fmt(x, style='dot'):
    """Argentine money forms: dot 1.234,56 / plain 1234,56 / dollar $ 1.234,56 / dollar0 $1.234,56."""
    neg = x < 0; x = abs(x)
    s = f'{x:.2f}'; i, f = s.split('.')
    if style == 'plain':
        out = f'{i},{f}'
    else:
        g = ''
        while len(i) > 3: g = '.' + i[-3:] + g; i = i[:-3]
        out = f'{i}{g},{f}'
    if neg: out = '-' + out
    if style == 'dollar': return '$ ' + out
    if style == 'dollar0': return '$' + out
    return out

def dash(c): return f'{c[:2]}-{c[2:10]}-{c[10]}'

def rate_txt(r, style='pct'):
    if style == 'dec': return f'{r:.2f}'.replace('.', ',')
    if style == 'dec%': return f'{r:.2f}'.replace('.', ',') + '%'
    return format(D(r).normalize(), 'f').replace('.', ',') + '%'

MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()

# column key -> (field, header text, align)
COLS = {'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Artículo', 'l'), 'codigo': ('code', 'Codigo', 'l'),
        'ean': ('ean', 'EAN', 'l'), 'eanb': ('ean', 'Cód. Barras', 'l'), 'eana': ('ean', 'Cod. Barras', 'l'),
        'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U.M.', 'l'), 'unid': ('unit', 'Unidad', 'l'),
        'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
        'desca': ('desc', 'Descripcion', 'l'), 'concepto': ('desc', 'Concepto', 'l'),
        'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'prunit': ('price', 'Precio Unitario', 'r'), 'pxkg': ('price', 'Precio', 'r'),
        'bon': ('bonif', 'Bonif. %', 'r'), 'dto': ('bonif', '% Dto.', 'r'),
        'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', '% IVA', 'r'), 'iva': ('rate', 'IVA', 'r'), 'alica': ('rate', 'Alic. IVA', 'r'),
        'net': ('net', 'Subtotal', 'r'), 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'total': ('amount', 'Total', 'r'),
        'subciva': ('amount', 'Subtotal c/IVA', 'r')}
def C(*k): return [COLS[x] for x in k]


class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,), rate_style='pct',
                 taxes=(), discount=None, copies=(None,), qr='std', totals_delta=None, qr_bad=None,
                 currency='ARS', cuit_pre='30', incl=False, labels=None, ascii_only=False, rows_per_page=None,
                 vat_label='IVA {r}:', note=None):
        rng = random.Random(seed)
        self.name, self.letter, self.ascii = name, letter, ascii_only
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 25); self.number = rng.randrange(100, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = name_exp
        self.incl = incl
        A = letter == 'A'
        L = labels or {}
        a = (lambda s: s) if not ascii_only else (lambda s: s.replace('ó', 'o').replace('í', 'i').replace('é', 'e').replace('á', 'a').replace('ú', 'u').replace('º', '').replace('°', ''))
        self.a = a
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_name_lines = list(issuer[0])        # name block (trade name, legal name lines)
        self.issuer_lines = list(issuer[1])              # address etc.
        self.issuer_tax = [f'CUIT: {c}', f'Ingresos Brutos: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                           a(f'Condición frente al IVA: {iva_cond}'), f'Inicio de Actividades: 01/0{rng.randrange(1, 9)}/20{rng.randrange(10, 20)}']
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        self.letter_box = [letter, f'COD. {self.code:02d}' if not L.get('codlong') else f'Código {self.code:02d}']
        if nstyle == 'pv': nl = [f'Punto de Venta: {p}', f'Comp. Nro: {n}']
        elif nstyle == 'pvline': nl = [f'Punto de Venta: {p}   Comp. Nro: {n}']
        elif nstyle == 'n': nl = [f'Nº {p[1:]}-{n}']
        elif nstyle == 'deg': nl = [f'N° {p}-{n}']
        elif nstyle == 'nro': nl = [f'Nro. {p[1:]}-{n}']
        elif nstyle == 'pvnro': nl = [f'P.V.: {p[1:]}   Nro.: {n}']
        else: nl = [f'FACTURA {letter} {p[1:]}-{n}']
        self.num_lines = nl
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.date_line = a(f'Fecha de Emisión: {ds}') if not L.get('fecha') else f'{L["fecha"]} {ds}'
        self.title = 'FACTURA' if nstyle != 'fact' else ''
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [a(f'Razón Social: {rng.choice(["CONSTRUCCIONES DEL OESTE S.A.", "LOGISTICA PAMPA S.R.L.", "ESTUDIO MERLO Y ASOC. S.A.S.", "CLINICA SAN JORGE S.A."])}'),
                                f'CUIT: {dash(bc) if cuit_dash else bc}', a('Condición frente al IVA: IVA Responsable Inscripto'),
                                a(f'Domicilio: {rng.choice(["Av. Gaona 2500 - CABA", "Calle 7 N 1450 - La Plata", "Bv. Pellegrini 900 - Santa Fe"])}')]
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["ACOSTA, MARIANA", "BENITEZ RAUL OSCAR", "LOPEZ CLAUDIA INES", "VERA, FEDERICO"])}', f'DNI: {dni}',
                                a('Condición frente al IVA: Consumidor Final')]
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL' if not ascii_only else 'Senor(es): CONSUMIDOR FINAL', a('Condición frente al IVA: Consumidor Final')]
            self.doc_rec = (99, '0')
        self.buyer_lines.append(a('Condición de venta: ' + rng.choice(['Contado', 'Cuenta Corriente', 'Transferencia bancaria'])))
        # items
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            lines = list(desc) if isinstance(desc, (list, tuple)) else [desc]
            if nitems and nitems > len(products) and kind == 'un' and i >= len(products):
                lines[0] = lines[0] + ['', ' X2', ' X3', ' X6', ' X12', ' X24'][(i // len(products)) % 6]
            if nitems and nitems > len(products) and kind == 'kg' and i >= len(products):
                lines[0] = lines[0] + f' ({i // len(products) + 1})'
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 1000)
            if kind == 'kg': q = D(rng.randrange(150, 2500)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 7)) if kind == 'un' else D(kind[2:]); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            net = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if A else None
            line_vat = r2(net * rate / 100) if A else D(0)
            amount = net + line_vat if incl else net
            self.items.append(dict(lines=lines, desc=' '.join(lines), code=str(rng.randrange(10**4, 10**6)).zfill(6),
                                   ean=ean13(rng) if any(cc[0] == 'ean' for cc in cols) else None,
                                   qs=qs, unit=unit, price=None if q is None else price, bonif=b, rate=rate, net=net, vat=line_vat, amount=amount))
        self.cols = cols
        st = amt if amt not in ('dollar', 'dollar0') else 'dot'
        self.st = st
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return {'kg': 'kg', 'un': L.get('un', 'unidades'), None: ''}[it['unit']]
            if key == 'desc': return a(it['desc'])
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return rate_txt(it['rate'], rate_style)
            if key == 'net': return fmt(it['net'], st)
            if key == 'amount': return fmt(it['amount'], st)
        self.rows = [[cell(it, cc[0]) for cc in cols] for it in self.items]
        # wrapped description lines per row (renderers that print the description over several lines use these)
        self.row_lines = [[a(x) for x in it['lines']] for it in self.items]
        for it in self.items: it['desc'] = a(it['desc'])
        # totals
        self.subtotal = sum((it['net'] for it in self.items), D(0))
        self.vat = []
        tl = [(L.get('subtotal', 'Subtotal:'), self.subtotal)]
        if A:
            taxed = sum((it['net'] for it in self.items if it['rate']), D(0))
            tl.append((L.get('neto', 'Importe Neto Gravado:'), taxed))
            if any(not it['rate'] for it in self.items): tl.append((L.get('exento', 'Importe Exento:'), self.subtotal - taxed))
            for r in sorted({it['rate'] for it in self.items if it['rate']}, reverse=True):
                if incl: v = sum((it['vat'] for it in self.items if it['rate'] == r), D(0))
                else: v = r2(sum(it['net'] for it in self.items if it['rate'] == r) * r / 100)
                self.vat.append((r, v)); tl.append((vat_label.format(r=rate_txt(r, 'pct'), rd=rate_txt(r, 'dec')), v))
        self.discounts = []
        if discount:
            dv = -r2(self.subtotal * D(discount[1]) / 100)
            self.discounts.append((a(discount[0]), dv)); tl.append((a(discount[0]) + ':', dv))
        self.taxes = []
        for t in taxes:
            lab, pct = t[0], t[1]
            printed = t[2] if len(t) > 2 else lab + ':'     # printed label (may carry a rate after the label)
            tv = r2(self.subtotal * D(pct) / 100); self.taxes.append((a(lab), tv)); tl.append((a(printed), tv))
        true_total = (sum((it['amount'] for it in self.items), D(0)) + (D(0) if incl else sum((v for _, v in self.vat), D(0)))
                      + sum((v for _, v in self.discounts), D(0)) + sum((v for _, v in self.taxes), D(0)))
        self.total = true_total + (D(totals_delta) if totals_delta else 0)
        cur = 'USD ' if currency == 'USD' else ''
        self.totals = [(l, fmt(v, amt)) for l, v in tl] + [(L.get('total', 'Importe Total:'), cur + fmt(self.total, amt))]
        self.footer_lines = [f'CAE N°: {self.cae}' if not ascii_only else f'CAE Nro.: {self.cae}', a(f'Fecha de Vto. de CAE: {self.cae_vto:%d/%m/%Y}')]
        self.extra_doc_lines = []
        if currency == 'USD':
            self.extra_doc_lines.append('Moneda: USD'); self.footer_lines.append('Tipo de cambio: 1.405,50')
        self.note = note
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR (RG 4291)
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1405.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date - datetime.timedelta(days=1)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, self.cuit[:2]))
            if qr_bad == 'total': q['importe'] = float(self.total - D('1000'))
            if qr_bad == 'pos': q['ptoVta'] += 1
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            js = None
            if qr == 'nowww':
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {x: str(y) for x, y in q.items()}
            if qr == 'dmy': q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
            if qr == 'pretty':
                q = {x: (str(y) if x in ('importe', 'codAut') else y) for x, y in q.items()}
                js = json.dumps(q, indent=2).replace('\n', '\r\n')
            if js is None: js = json.dumps(q, separators=(',', ':'))
            self.qr_payload = host + base64.b64encode(js.encode()).decode()
            if qr_bad: self.warnings.append('qr_mismatch')

    def expected(self):
        A = self.letter == 'A'
        return {
            'doc_type': 'factura_' + self.letter.lower(),
            'merchant': {'name': self.merchant, 'cuit': self.cuit},
            'pos': self.pos, 'number': self.number, 'issued_at': self.date.isoformat(), 'currency': self.currency,
            'items': [{'line': i + 1, 'department': None, 'description': it['desc'], 'ean': it['ean'],
                       'quantity': it['qs'], 'unit': it['unit'], 'unit_price': None if it['price'] is None else f"{it['price']:.2f}",
                       'vat_rate': None if it['rate'] is None else f"{it['rate']:.2f}", 'amount': f"{it['amount']:.2f}"} for i, it in enumerate(self.items)],
            'discounts': [{'description': l, 'amount': f'{v:.2f}'} for l, v in self.discounts],
            'subtotal': f'{self.subtotal:.2f}', 'discount_total': f"{abs(sum((v for _, v in self.discounts), D(0))):.2f}",
            'total': f'{self.total:.2f}',
            'vat': [{'rate': f'{r:.2f}', 'amount': f'{v:.2f}'} for r, v in self.vat],
            'taxes': [{'description': l, 'amount': f'{v:.2f}'} for l, v in self.taxes],
            'payments': [], 'prices_include_vat': (not A) or self.incl, 'cae': self.cae, 'qr': self.qr, 'warnings': self.warnings}


# ---------------- products (description, base price, kind: un / kg / svc) ----------------
FERR = [('LLAVE COMBINADA 13MM CROMO VANADIO', '6900', 'un'), ('DISCO DE CORTE 115X1MM', '1450', 'un'), ('TARUGO NYLON 8MM X100', '3200', 'un'),
        ('CAÑO PVC 110MM X 4M', '18900', 'un'), ('PINZA UNIVERSAL 8"', '12500', 'un'), ('CADENA GALVANIZADA 6MM', '4100', 'kg')]
ALMA = [('LECHE DESCREMADA 1L', '1550', 'un'), ('QUESO RALLADO 150G', '3900', 'un'), ('JAMON CRUDO X KG', '28900', 'kg'), ('AZUCAR 1KG', '1350', 'un'),
        ('SALAME MILAN X KG', '17800', 'kg'), ('CAFE MOLIDO 500G', '9800', 'un'), ('ACEITUNAS VERDES X KG', '8600', 'kg')]
PSIC = [('Sesión de psicoterapia individual (4) - junio', '120000', 'svc'), ('Informe psicológico', '45000', 'svc')]
DIST = [('ACEITE DE OLIVA 500ML', '8900', 'un'), ('ARVEJAS EN LATA 350G', '990', 'un'), ('CHOCLO AMARILLO LATA 300G', '1150', 'un'), ('MAYONESA 500G', '2600', 'un'),
        ('MERMELADA DURAZNO 454G', '2300', 'un'), ('POLENTA INSTANTANEA 500G', '1100', 'un'), ('SAL FINA 500G', '650', 'un'), ('TE EN SAQUITOS X50', '1900', 'un'),
        ('VINAGRE DE ALCOHOL 1L', '1200', 'un'), ('DETERGENTE LIMON 750ML', '2100', 'un'), ('LAVANDINA 2L', '1500', 'un')]
LIBR = [('Cuaderno Rivadavia ABC 50 hojas', '4200', 'un'), ('Repuesto hojas rayadas N3 x96', '3600', 'un'), ('Lapicera gel azul', '1100', 'un'),
        ('Regla 30cm', '900', 'un'), ('Mochila escolar 18"', '42000', 'un'), ('Corrector en cinta', '2300', 'un')]
ELEC = [('Mano de obra: instalación tablero seccional', '95000', 'svc'), ('Visita y diagnóstico', '20000', 'svc'), ('Disyuntor diferencial 2x40A', '38000', 'un'),
        ('Cable 2,5mm x metro', '1200', 'un10')]
CONS = [(['Consultoría en migración a la nube', '(120 hs. mayo 2026, según anexo)'], '6000000', 'svc'), ('Licencias SaaS - 15 usuarios', '1800000', 'svc'),
        ('Soporte remoto 8x5', '900000', 'svc')]
ZAPA = [('Zapatilla running hombre T42', '89000', 'un'), ('Ojota playa T38', '14000', 'un'), ('Bota de lluvia infantil T30', '26000', 'un'), ('Plantillas de gel', '9500', 'un')]
COST = [('Ruedo de pantalón', '6000', 'svc'), ('Cambio de cierre campera', '14000', 'svc'), ('Ajuste de vestido de fiesta', '35000', 'svc')]
VINO = [('Malbec Reserva 750ml Caja x6', '78000', 'un'), ('Cabernet Franc 750ml', '21000', 'un'), ('Espumante Extra Brut 750ml', '16500', 'un'),
        ('Torrontés 750ml Caja x6', '48000', 'un')]
REPU = [('PASTILLA FRENO DEL. FIAT CRONOS', '52000', 'un'), ('FILTRO DE AIRE VW GOL TREND', '11500', 'un'), ('BUJIA NGK BKR6E', '6900', 'un'),
        ('CORREA DISTRIBUCION KIT', '98000', 'un'), ('LIQUIDO REFRIGERANTE 1L', '5200', 'un')]
CARN = [('NALGA X KG', '15900', 'kg'), ('COSTILLAR X KG', '11900', 'kg'), ('MATAMBRE X KG', '14200', 'kg'), ('POLLO ENTERO X KG', '4900', 'kg'),
        ('MILANESA DE CARNE X KG', '13800', 'kg'), ('HAMBURGUESAS X4', '5900', 'un')]
PROF = [('Clases particulares de ingles - 8 clases', '96000', 'svc'), ('Material didactico', '12000', 'svc')]
AGRO = [('Semilla soja bolsa 40kg', '98000', 'un'), ('Fertilizante fosfato diamonico bolsa 50kg', '72000', 'un'), ('Herbicida atrazina 20L', '115000', 'un'),
        ('Silobolsa 9 pies x 60m', '420000', 'un')]
FARM = [('PARACETAMOL 500MG X16', '2900', 'un'), ('SHAMPOO ANTICASPA 400ML', '8700', 'un'), ('CREMA HIDRATANTE 200G', '11900', 'un'),
        ('OMEPRAZOL 20MG X28', '9400', 'un'), ('TIRAS REACTIVAS GLUCEMIA X50', '31000', 'un')]
PANA = [('PAN FRANCES X KG', '3100', 'kg'), ('FACTURAS X DOCENA', '8400', 'un'), ('BIZCOCHOS DE GRASA X KG', '9900', 'kg'), ('PREPIZZA X2', '2900', 'un')]
IMPR = [(['Impresion de revistas institucionales', '24 paginas, ilustracion 150g, abrochado'], '1450000', 'un'),
        (['Folletos triptico A4', 'color doble faz, papel 115g, x2000'], '310000', 'un'), ('Diseno grafico de tapa', '85000', 'svc'),
        (['Tarjetas personales x1000', 'laminado mate'], '52000', 'un')]
BAZA = [('PLATO PLAYO PORCELANA 27CM', '4200', 'un'), ('VASO TRAGO LARGO X6', '9800', 'un'), ('CUBIERTOS SET X24', '38000', 'un'), ('TAZA CAFE CON PLATO', '3600', 'un'),
        ('FUENTE HORNO 30CM', '15400', 'un'), ('JARRA VIDRIO 1,5L', '7800', 'un'), ('MANTEL ANTIMANCHA 1,5X2M', '19500', 'un')]
JARD = [('Mantenimiento mensual de jardin', '85000', 'svc'), ('Desmalezado de terreno lindero', '60000', 'svc'), ('Plantines de estacion', '2800', 'un')]
TRAN = [('Flete Buenos Aires - Mendoza', '950000', 'svc'), ('Carga y descarga', '60000', 'svc'), ('Seguro de mercaderia', '38000', 'svc')]
MLSE = [(['Auriculares inalámbricos BT 5.3 negro', 'Operación ML #2000008812345671'], '32000', 'un'),
        (['Cargador rápido USB-C 25W', 'Operación ML #2000008812345688'], '18500', 'un'),
        (['Soporte celular para auto magnético', 'Operación ML #2000008812345695'], '9900', 'un')]
VERD = [('Tomate redondo x kg', '2900', 'kg'), ('Papa blanca x kg', '1100', 'kg'), ('Zanahoria x kg', '1300', 'kg'), ('Banana x kg', '2400', 'kg'),
        ('Lechuga mantecosa', '1600', 'un'), ('Limón x kg', '2200', 'kg')]
ABOG = [('Honorarios profesionales: redacción de contrato de locación', '280000', 'svc'), ('Certificación de firmas', '45000', 'svc')]
MUEB = [(['Mesa comedor paraíso macizo', '1,80 x 0,90 m, lustre natural'], '780000', 'un'), ('Silla tapizada chenille', '95000', 'un'),
        (['Rack TV melamina 1,60 m', 'color nogal'], '210000', 'un'), ('Flete y armado', '45000', 'svc')]
KIOS = [('Alfajor triple chocolate', '1200', 'un'), ('Gaseosa 500ml', '1500', 'un'), ('Caramelos masticables x100', '5200', 'un'), ('Chicles menta x20', '3900', 'un'),
        ('Agua saborizada 1,5L', '2100', 'un')]
PELU = [('Corte y peinado', '18000', 'svc'), ('Coloración completa', '42000', 'svc'), ('Tratamiento de keratina', '65000', 'svc')]
ELHO = [('Smart TV 55" 4K', '890000', 'un'), ('Barra de sonido 2.1', '210000', 'un'), ('Soporte de pared articulado', '38000', 'un'), ('Cable HDMI 2.1 2m', '9800', 'un'),
        ('Aire acondicionado split 3000 fg', '1150000', 'un'), ('Ventilador de techo 4 palas', '145000', 'un'), ('Pava eléctrica 1,7L', '42000', 'un'),
        ('Licuadora 1,5L', '68000', 'un'), ('Plancha a vapor', '51000', 'un'), ('Secador de pelo 2000W', '47000', 'un')]
OPTI = [('Anteojos de sol polarizados', '98000', 'un'), ('Lentes de contacto mensuales x6', '42000', 'un'), ('Solución multipropósito 360ml', '12000', 'un'),
        ('Reparación de armazón', '15000', 'svc')]
FOTO = [('Cobertura fotográfica de evento (4 horas)', '350000', 'svc'), ('Álbum impreso 30x30', '120000', 'un'), ('Edición digital de 200 fotos', '90000', 'svc')]
GAST = [('Gaseosa cola 2,25L x8', '16800', 'un'), ('Cerveza rubia 1L retornable x12', '28800', 'un'), ('Fernet 750ml', '14900', 'un'), ('Agua con gas 2L x6', '8100', 'un')]


def DOCS():
    return [
     # ---------------- k: inkmd (markdown) ----------------
     Doc('k01_fa_ferreteria_bonif', 2601, 'A', (['Ferretería La Tuerca', 'Razón Social: TUERCAS Y TORNILLOS DEL OESTE S.R.L.'], ['Av. Rivadavia 18200 - Morón']),
         'TUERCAS Y TORNILLOS DEL OESTE S.R.L.', FERR, cols=C('code', 'desc', 'cant', 'pu', 'bon', 'alic', 'sub'), bonif=True, rates=(21, 10.5), cuit_dash=True,
         taxes=[('Percepción IIBB CABA', '3')], nstyle='pvline'),
     Doc('k02_fb_almacen_kg', 2602, 'B', (['Almacén y Fiambrería Don Beto'], ['Av. San Martín 2210 - Villa Ballester']), 'Almacén y Fiambrería Don Beto', ALMA,
         cols=C('eanb', 'desc', 'cantidad', 'u', 'pu', 'imp'), buyer='cf', nstyle='n', amt='dollar', labels={'un': 'u.'}, nitems=7),
     Doc('k03_fc_psicologa_svc', 2603, 'C', (['LIC. SOSA VALERIA NOEMI'], ['Psicóloga - M.N. 45.210', 'Av. Santa Fe 3100 4° B - CABA']), 'LIC. SOSA VALERIA NOEMI', PSIC,
         cols=C('concepto', 'imp'), nitems=2, buyer='dni', cuit_pre='27', dstyle='long', nstyle='deg'),
     Doc('k04_fa_distribuidora_multipag', 2604, 'A', (['DISTRIBUIDORA SAN CAYETANO S.A.'], ['Ruta 3 km 28 - González Catán']), 'DISTRIBUIDORA SAN CAYETANO S.A.', DIST,
         cols=C('cod', 'desc', 'cant', 'pru', 'alic', 'sub'), rates=(21, 21, 10.5), nitems=52, taxes=[('Percepción IIBB Buenos Aires', '2.5'), ('Percepción IVA', '1.5')],
         rate_style='dec', nstyle='pv'),
     Doc('k05_fb_libreria_totalmal', 2605, 'B', (['Librería El Ateneo del Sur', 'Razón Social: PAPELERA ATENEO SUR S.R.L.'], ['Mitre 640 - Quilmes']),
         'PAPELERA ATENEO SUR S.R.L.', LIBR, cols=C('cantidad', 'desc', 'pu', 'imp'), buyer='dni', totals_delta='-300', amt='plain', dstyle='%d-%m-%Y'),
     Doc('k06_fc_electricista_qrnowww', 2606, 'C', (['PERALTA DIEGO MARTIN'], ['Electricista matriculado', 'Calle 14 N° 1530 - Berazategui']), 'PERALTA DIEGO MARTIN', ELEC,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=4, buyer='dni', cuit_pre='20', qr='nowww', nstyle='nro', dstyle='%d/%m/%y'),
     Doc('k07_fa_consultora_usd', 2607, 'A', (['Razón Social: NORTE CLOUD SERVICES S.A.S.'], ['Av. del Libertador 6500 Piso 9 - CABA']), 'NORTE CLOUD SERVICES S.A.S.', CONS,
         cols=C('det', 'alic', 'imp'), currency='USD', nitems=3, cuit_dash=True, nstyle='pvline'),
     Doc('k08_fb_zapateria_dto', 2608, 'B', (['Calzados Pasito', 'PASITO CALZADOS S.R.L.'], ['Av. Maipú 1450 - Vicente López']), 'PASITO CALZADOS S.R.L.', ZAPA,
         cols=C('art', 'desc', 'cant', 'pu', 'sub'), buyer='dni', discount=('Descuento pago efectivo 10%', '10'), nstyle='fact', nitems=4, amt='dollar0'),
     Doc('k09_fc_costurera_sinqr', 2609, 'C', (['Arreglos de Ropa Marta'], ['Belgrano 455 - San Isidro']), 'Arreglos de Ropa Marta', COST, cols=C('det', 'imp'), nitems=3,
         buyer='cf', cuit_pre='27', qr=None, dstyle='%d.%m.%Y', nstyle='n'),
     Doc('k10_fa_vinoteca_qrtotal', 2610, 'A', (['Vinoteca Terroir', 'Razón Social: TERROIR BEBIDAS FINAS S.A.'], ['Arenales 2100 - CABA']), 'TERROIR BEBIDAS FINAS S.A.', VINO,
         cols=C('desc', 'cantidad', 'pu', 'piva', 'imp'), nitems=4, qr_bad='total', taxes=[('Percepción IIBB CABA', '3')], nstyle='deg'),
     # ---------------- l: larzpdf (canvas; ASCII text, standard encoding) ----------------
     Doc('l01_fa_repuestos_copias', 2611, 'A', (['REPUESTOS EL TURCO', 'Razon Social: AUTOPARTES HADDAD S.R.L.'], ['Av. Hipolito Yrigoyen 9800 - Lomas de Zamora']),
         'AUTOPARTES HADDAD S.R.L.', REPU, cols=C('codigo', 'desca', 'cant', 'pu', 'dto', 'alica', 'imp'), bonif=True, copies=('ORIGINAL', 'DUPLICADO'),
         taxes=[('Percepcion IIBB Buenos Aires', '2')], ascii_only=True, nstyle='pvnro', cuit_dash=True),
     Doc('l02_fb_carniceria_kg', 2612, 'B', (['CARNICERIA LOS HERMANOS'], ['Av. Mitre 1200 - Avellaneda']), 'CARNICERIA LOS HERMANOS', CARN,
         cols=C('desca', 'cant', 'unid', 'pxkg', 'imp'), buyer='cf', ascii_only=True, nstyle='nro', dstyle='%d/%m/%y', labels={'un': 'un'}, nitems=6),
     Doc('l03_fc_profesor_qrdmy', 2613, 'C', (['PROF. ALVAREZ JUAN IGNACIO'], ['Clases de idiomas', 'Pasaje Rodo 45 - Ramos Mejia']), 'PROF. ALVAREZ JUAN IGNACIO', PROF,
         cols=C('concepto', 'imp'), nitems=2, buyer='dni', cuit_pre='20', qr='dmy', ascii_only=True, nstyle='pvnro', labels={'fecha': 'Fecha:'}),
     Doc('l04_fa_agro_percep', 2614, 'A', (['AGROSERVICIOS LOS TILOS S.A.'], ['Ruta 33 km 4 - Trenque Lauquen']), 'AGROSERVICIOS LOS TILOS S.A.', AGRO,
         cols=C('codigo', 'desca', 'cantidad', 'pu', 'alica', 'imp'), rates=(10.5, 21, 21, 21), nitems=4, ascii_only=True, cuit_dash=True, nstyle='fact',
         taxes=[('Percepcion IIBB Buenos Aires', '2.5', 'Percepcion IIBB Buenos Aires 2,50%:'), ('Percepcion IVA', '3', 'Percepcion IVA 3,00%:')], vat_label='IVA {rd}%:'),
     Doc('l05_fb_farmacia_ean', 2615, 'B', (['FARMACIA DEL PUEBLO', 'FARMACIA DEL PUEBLO DE ADROGUE S.C.S.'], ['Espora 1020 - Adrogue']), 'FARMACIA DEL PUEBLO DE ADROGUE S.C.S.', FARM,
         cols=C('eana', 'desca', 'cant', 'pu', 'imp'), buyer='dni', discount=('Descuento obra social 40%', '40'), ascii_only=True, amt='plain', nstyle='nro'),
     Doc('l06_fc_panaderia_qrcuit', 2616, 'C', (['PANADERIA LA FLOR DE MAYO'], ['Av. Eva Peron 3300 - Temperley']), 'PANADERIA LA FLOR DE MAYO', PANA,
         cols=C('desca', 'cant', 'unid', 'pu', 'imp'), buyer='cf', cuit_pre='20', qr_bad='cuit', ascii_only=True, nstyle='pvnro', dstyle='%d-%m-%Y', labels={'un': 'un'}),
     Doc('l07_fa_imprenta_wrap', 2617, 'A', (['GRAFICA MORENO', 'Razon Social: ARTES GRAFICAS MORENO S.A.'], ['Av. Victorica 450 - Moreno']), 'ARTES GRAFICAS MORENO S.A.', IMPR,
         cols=C('cantidad', 'desca', 'pu', 'alica', 'imp'), rates=(21,), nitems=4, ascii_only=True, taxes=[('Percepcion IIBB Buenos Aires', '1.75')], qr='pretty',
         nstyle='nro', amt='plain'),
     Doc('l08_fb_bazar_multipag', 2618, 'B', (['BAZAR Y REGALOS LA ESQUINA'], ['Av. Libertador 145 - San Fernando']), 'BAZAR Y REGALOS LA ESQUINA', BAZA,
         cols=C('codigo', 'desca', 'cant', 'pu', 'imp'), buyer='dni', nitems=40, rows_per_page=26, ascii_only=True, nstyle='pvnro', amt='dollar',
         discount=('Bonificacion 5% pago contado', '5')),
     Doc('l09_fc_jardineria_copias', 2619, 'C', (['VERA SERGIO DANIEL'], ['Parques y jardines', 'Los Ceibos 77 - Escobar']), 'VERA SERGIO DANIEL', JARD,
         cols=C('desca', 'cant', 'pu', 'imp'), nitems=3, buyer='cf', cuit_pre='20', copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'), ascii_only=True,
         nstyle='nro', dstyle='%d.%m.%Y', qr='nowww'),
     Doc('l10_fa_transporte_totalmal', 2620, 'A', (['EXPRESO CUYO', 'Razon Social: EXPRESO CUYO SOCIEDAD ANONIMA'], ['Acceso Este 2900 - Guaymallen']),
         'EXPRESO CUYO SOCIEDAD ANONIMA', TRAN, cols=C('desca', 'alica', 'imp'), nitems=3, totals_delta='1200', ascii_only=True, nstyle='pvnro',
         taxes=[('Percepcion IIBB Mendoza', '2.5')]),
     # ---------------- w: docx-to-pdf-native (Word template) ----------------
     Doc('w01_fa_mlseller_civa', 2621, 'A', (['Razón Social: TECNOSTORE ONLINE S.R.L.'], ['Av. Corrientes 4500 - CABA', 'Vendedor en Mercado Libre']),
         'TECNOSTORE ONLINE S.R.L.', MLSE, cols=C('code', 'prod', 'cant', 'pu', 'net', 'alic', 'subciva'), incl=True, nitems=3, qr='pretty', nstyle='pv'),
     Doc('w02_fb_verduleria_kg', 2622, 'B', (['Verdulería Los Primos'], ['Mercado Central Nave 4 Puesto 22 - Tapiales']), 'Verdulería Los Primos', VERD,
         cols=C('desc', 'cantidad', 'u', 'pu', 'imp'), buyer='cf', nstyle='deg', dstyle='%d/%m/%y', nitems=6, labels={'un': 'un'}),
     Doc('w03_fc_abogado_svc', 2623, 'C', (['DRA. MEDINA CAROLINA BEATRIZ'], ['Abogada - T° 98 F° 321 CPACF', 'Lavalle 1390 5° A - CABA']), 'DRA. MEDINA CAROLINA BEATRIZ', ABOG,
         cols=C('concepto', 'imp'), nitems=2, buyer='dni', cuit_pre='27', nstyle='pvline', dstyle='long'),
     Doc('w04_fa_muebles_copias', 2624, 'A', (['MUEBLES DEL DELTA', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA'], ['Av. Santa Rosa 800 - Tigre']),
         'MUEBLES DEL DELTA SOCIEDAD DE RESPONSABILIDAD LIMITADA', MUEB, cols=C('desc', 'cant', 'pu', 'piva', 'imp'), nitems=4, copies=('ORIGINAL', 'DUPLICADO'),
         taxes=[('Percepción IIBB Buenos Aires', '2')], nstyle='n', amt='plain'),
     Doc('w05_fb_kiosco_sinqr', 2625, 'B', (['Maxikiosco El Trébol'], ['Av. Pavón 3300 - Lanús']), 'Maxikiosco El Trébol', KIOS, cols=C('cant', 'eanb', 'desc', 'pu', 'imp'),
         buyer='cf', qr=None, nstyle='nro', dstyle='%d.%m.%Y', nitems=5),
     Doc('w06_fc_peluqueria_qrfecha', 2626, 'C', (['Peluquería Estilo Libre'], ['Salguero 1020 - CABA']), 'Peluquería Estilo Libre', PELU, cols=C('det', 'imp'), nitems=3,
         buyer='dni', cuit_pre='23', qr_bad='date', nstyle='deg', dstyle='%d-%m-%Y'),
     Doc('w07_fa_electro_multipag', 2627, 'A', (['ELECTRO SUR HOGAR S.A.'], ['Av. Calchaquí 3950 - Quilmes']), 'ELECTRO SUR HOGAR S.A.', ELHO,
         cols=C('cod', 'desc', 'cant', 'pu', 'iva', 'imp'), nitems=40, rates=(21, 21, 10.5), taxes=[('Percepción IIBB Buenos Aires', '3')], nstyle='pv'),
     Doc('w08_fb_optica_dto', 2628, 'B', (['Óptica Visión Clara', 'Razón Social: VISION CLARA S.A.S.'], ['Rivadavia 7100 - CABA']), 'VISION CLARA S.A.S.', OPTI,
         cols=C('desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', discount=('Descuento jubilados 15%', '15'), nstyle='fact', amt='dollar', nitems=4),
     Doc('w09_fc_fotografo_qrdmy', 2629, 'C', (['NUÑEZ PABLO ESTEBAN'], ['Fotografía social', 'Moreno 880 - Luján']), 'NUÑEZ PABLO ESTEBAN', FOTO, cols=C('desc', 'cant', 'pu', 'imp'),
         nitems=3, buyer='dni', cuit_pre='20', qr='dmy', nstyle='nro'),
     Doc('w10_fa_bebidas_internos', 2630, 'A', (['Razón Social: DISTRIBUIDORA LA POSTA S.R.L.'], ['Ruta 8 km 45 - Pilar']), 'DISTRIBUIDORA LA POSTA S.R.L.', GAST,
         cols=C('cod', 'desc', 'cant', 'pu', 'piva', 'imp'), nitems=4, taxes=[('Impuestos Internos', '4'), ('Percepción IIBB Buenos Aires', '2.5')], qr='nowww',
         cuit_dash=True, nstyle='deg'),
    ]
