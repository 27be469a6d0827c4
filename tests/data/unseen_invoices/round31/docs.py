"""Round 31 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
Renderers print only the strings built here; Doc.expected() writes the expected reading from the same object."""
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
    neg = x < 0; x = abs(x)
    s = f'{x:.2f}'; i, f = s.split('.')
    if style == 'plain':
        out = f'{i},{f}'
    else:
        g = ''
        while len(i) > 3: g = '.' + i[-3:] + g; i = i[:-3]
        out = f'{i}{g},{f}'
    if neg: out = '-' + out
    return ('$ ' + out) if style == 'dollar' else out

def dash(c): return f'{c[:2]}-{c[2:10]}-{c[10]}'

RATE_TXT = {'pct': lambda r: (f'{r:g}'.replace('.', ',')) + '%', 'dec': lambda r: f'{r:.2f}'.replace('.', ',')}
MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()

class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,),
                 taxes=(), discount=None, copies=(None,), qr='std', totals_delta=None, qr_bad=None,
                 currency='ARS', cuit_pre='30', total_label='TOTAL:', rows_per_page=None, creator='Facturador'):
        rng = random.Random(seed)
        self.name, self.letter, self.creator = name, letter, creator
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 30); self.number = rng.randrange(100, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = name_exp
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = list(issuer) + [f'C.U.I.T.: {c}', f'IIBB: {rng.randrange(900,999)}-{rng.randrange(100000,999999)}-{rng.randrange(10)}',
                                             iva_cond, f'Inicio de Actividades: 01/0{rng.randrange(1,9)}/20{rng.randrange(10,20)}']
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        if nstyle == 'pv': nl = [f'Punto de Venta: {p}', f'Comp. Nro: {n}']
        elif nstyle == 'n': nl = [f'Nº {p[1:]}-{n}']
        elif nstyle == 'ndeg': nl = [f'N° {p}-{n}']
        elif nstyle == 'nro': nl = [f'Nro. {p[1:]}-{n}']
        elif nstyle == 'pvnro': nl = [f'P.V. {p[1:]}  Nro. {n}']
        else: nl = [f'FACTURA {letter} {p[1:]}-{n}']
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month-1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + nl + [f'Fecha: {ds}' if dstyle == 'long' else f'Fecha de Emisión: {ds}']
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Señor(es): {rng.choice(["METALURGICA DEL OESTE S.A.", "LOGISTICA PAMPEANA S.R.L.", "CLINICA SAN JORGE S.A."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'IVA Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Cliente: {rng.choice(["ROMERO, VALERIA", "ACOSTA JUAN PABLO", "BENITEZ MARIA INES"])}', f'DNI: {dni}', 'Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Cliente: CONSUMIDOR FINAL', 'Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(rng.choice(['Condición de venta: Contado', 'Cond. de venta: Transferencia', 'Forma de pago: Mercado Pago']))
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind == 'un': desc = desc + ['', ' PACK X2', ' PACK X3', ' PACK X6', ' PACK X12'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 1000)
            if kind == 'kg': q = D(rng.randrange(150, 2500)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 7)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            self.items.append(dict(desc=desc, code=str(rng.randrange(10**4, 10**6)), ean=ean13(rng) if 'ean' in [x[0] for x in cols] else None,
                                   qs=qs, unit=unit, price=None if q is None else price, bonif=b, rate=rate, amount=amount))
        self.cols = cols
        st = amt if amt != 'dollar' else 'dot'
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return {'kg': 'kg', 'un': 'u', None: ''}[it['unit']]
            if key == 'desc': return it['desc']
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return RATE_TXT['pct'](float(it['rate']))
            if key == 'amount': return fmt(it['amount'], st)
        self.rows = [[cell(it, c[0]) for c in cols] for it in self.items]
        A = letter == 'A'
        self.subtotal = sum((it['amount'] for it in self.items), D(0))
        self.vat = []
        tl = [('Subtotal:', self.subtotal)]
        if A:
            taxed = sum((it['amount'] for it in self.items if it['rate']), D(0))
            tl.append(('Neto Gravado:', taxed))
            if any(not it['rate'] for it in self.items): tl.append(('Exento:', self.subtotal - taxed))
            for r in sorted({it['rate'] for it in self.items if it['rate']}, reverse=True):
                v = r2(sum(it['amount'] for it in self.items if it['rate'] == r) * r / 100)
                self.vat.append((r, v)); tl.append((f'IVA {RATE_TXT["pct"](float(r))}:', v))
        self.discounts = []
        if discount:
            dv = -r2(self.subtotal * D(discount[1]) / 100)
            self.discounts.append((discount[0], dv)); tl.append((discount[0] + ':', dv))
        self.taxes = []
        for lab, pct in taxes:
            tv = r2(self.subtotal * D(pct) / 100); self.taxes.append((lab, tv)); tl.append((lab + ':', tv))
        true_total = self.subtotal + sum(v for _, v in self.vat) + sum(v for _, v in self.discounts) + sum(v for _, v in self.taxes)
        self.total = true_total + (D(totals_delta) if totals_delta else 0)
        cur = 'USD ' if currency == 'USD' else ''
        self.totals = [(l, fmt(v, amt)) for l, v in tl] + [(total_label, cur + fmt(self.total, amt))]
        self.footer_lines = [f'CAE Nro.: {self.cae}', f'Vto. CAE: {self.cae_vto:%d/%m/%Y}']
        if currency == 'USD':
            self.doc_lines.append('Moneda: USD'); self.footer_lines.append('Cotización: 1.452,50')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1452.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date + datetime.timedelta(days=1)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '30'))
            if qr_bad == 'total': q['importe'] = float(self.total + 1000)
            if qr_bad == 'pos': q['ptoVta'] += 1
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr in ('nowww', 'nowww_dmy'):
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr in ('dmy', 'nowww_dmy'): q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
            self.qr_payload = host + base64.b64encode(json.dumps(q, separators=(',', ':')).encode()).decode()
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
            'payments': [], 'prices_include_vat': not A, 'cae': self.cae, 'qr': self.qr, 'warnings': self.warnings}

ML = [('Auriculares inalámbricos Bluetooth 5.3 con estuche de carga y cancelación de ruido activa color negro', '38900', 'un'),
      ('Funda silicona para celular Samsung A54 transparente antigolpe', '6900', 'un'), ('Cargador rápido USB-C 25W con cable 1m', '15400', 'un'),
      ('Soporte de celular para auto rejilla de ventilación magnético', '8700', 'un')]
GOMA = [('Cubierta 175/65 R14 82T', '98000', 'un'), ('Alineación y balanceo (4 ruedas)', '35000', 'svc'), ('Válvula de aire', '1900', 'un'),
        ('Parche reparación pinchadura', '8500', 'svc')]
FIAM = [('JAMON CRUDO FETEADO X KG', '28900', 'kg'), ('QUESO TYBO X KG', '11900', 'kg'), ('SALAME MILAN X KG', '19500', 'kg'), ('ACEITUNAS VERDES 200G', '3100', 'un'),
        ('PAN DE MIGA X 24 PLANCHAS', '9800', 'un')]
ODON = [('Consulta y diagnóstico odontológico', '30000', 'svc'), ('Limpieza y fluoración', '45000', 'svc'), ('Radiografía panorámica digital', '25000', 'svc')]
INFO = [('Notebook 15,6" Intel Core i5 16GB RAM 512GB SSD Windows 11 Home', '1150000', 'un'), ('Mouse inalámbrico ergonómico', '18900', 'un'),
        ('Monitor LED 24" Full HD HDMI', '245000', 'un'), ('Teclado mecánico USB español', '52000', 'un'), ('Pendrive 64GB USB 3.0', '9900', 'un')]
MAT = [('CEMENTO PORTLAND BOLSA 50KG', '11900', 'un'), ('ARENA FINA BOLSON 1M3', '68000', 'un'), ('HIERRO NERVADO 8MM X 12M', '14200', 'un'),
       ('LADRILLO HUECO 12X18X33', '890', 'un'), ('CAL HIDRATADA BOLSA 25KG', '7800', 'un'), ('MALLA SIMA 15X15 4,2MM', '42000', 'un')]
HOST = [('Hosting plan Pyme anual - dominio comercial', '180000', 'svc'), ('Certificado SSL wildcard (12 meses)', '95000', 'svc'), ('Soporte técnico (horas)', '40000', 'un')]
DENT = [('Autoclave digital 18L clase B', '2900000', 'un'), ('Lámpara de fotocurado LED inalámbrica', '310000', 'un'), ('Flete internacional y seguro', '180000', 'svc')]
ELECT = [('Instalación de tablero eléctrico monofásico', '185000', 'svc'), ('Disyuntor diferencial 2x40A 30mA', '41000', 'un'), ('Térmica 2x20A curva C', '12800', 'un'),
         ('Cable 2,5mm2 x metro', '890', 'un')]
VERDU = [('TOMATE REDONDO X KG', '2900', 'kg'), ('PAPA BLANCA X KG', '1100', 'kg'), ('MANZANA ROJA X KG', '2600', 'kg'), ('LECHUGA MANTECOSA', '1900', 'un'),
         ('ZANAHORIA X KG', '1200', 'kg'), ('LIMON X KG', '1700', 'kg')]
PSIC = [('Sesión de psicoterapia individual - octubre (4)', '160000', 'svc')]
AUTOS = [('Kit distribución Fiat Palio 1.4', '128000', 'un'), ('Bomba de agua Fiat Palio 1.4', '54000', 'un'), ('Líquido refrigerante 1L', '7600', 'un'),
         ('Correa poly-v 6PK1070', '21000', 'un'), ('Mano de obra cambio de distribución', '95000', 'svc')]
LIBRE = [('Cuaderno universitario rayado 84 hojas', '5900', 'un'), ('Birome azul trazo fino x10', '6200', 'un'), ('Carpeta N3 con anillos', '7400', 'un'),
         ('Plasticola 250g', '2900', 'un'), ('Regla 30cm', '1200', 'un'), ('Goma de borrar', '650', 'un'), ('Lápices de colores x24', '9800', 'un'),
         ('Repuesto hojas N3 rayadas x96', '4900', 'un'), ('Compás escolar', '5400', 'un'), ('Corrector líquido', '1900', 'un')]
MASC = [('Alimento gato adulto 7,5kg', '46000', 'un'), ('Piedras sanitarias 4kg', '5200', 'un'), ('Alimento suelto perro x kg', '3900', 'kg'), ('Collar antipulgas', '11000', 'un')]
FOTO = [('Cobertura fotográfica evento social (6 horas)', '480000', 'svc'), ('Álbum impreso 30x30 40 páginas', '150000', 'un'), ('Ampliación 40x60 en canvas', '62000', 'un')]
LAVA = [('Lavado y secado x canasto', '7500', 'un'), ('Planchado camisas', '2200', 'un'), ('Limpieza acolchado 2 plazas', '19000', 'un')]
CATER = [('Servicio de catering 50 personas - menú ejecutivo', '1900000', 'svc'), ('Mozos (4) por 5 horas', '240000', 'svc'), ('Vajilla y mantelería', '85000', 'svc')]
HELA = [('HELADO 1KG', '14000', 'un'), ('HELADO 1/2 KG', '7800', 'un'), ('HELADO 1/4 KG', '4300', 'un'), ('CUCURUCHO DOBLE', '3600', 'un')]
GIM = [('Cuota mensual musculación - noviembre', '38000', 'svc'), ('Clase de funcional (pase 8 clases)', '29000', 'svc')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'Unid.', 'l'),
                 'um': ('unit', 'U.M.', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'), 'concepto': ('desc', 'Concepto', 'l'),
                 'pu': ('price', 'P. Unitario', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'precio': ('price', 'Precio', 'r'),
                 'bon': ('bonif', '% Bonif', 'r'), 'dto': ('bonif', 'Dto. %', 'r'), 'alic': ('rate', 'Alícuota', 'r'), 'piva': ('rate', 'IVA %', 'r'),
                 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'total': ('amount', 'Total', 'r'), 'neto': ('amount', 'Importe Neto', 'r')}[x] for x in k]

def DOCS():
    return [
     # p: pdfluent (boxed AFIP-style layout, QR as PNG picture)
     Doc('p01_fa_mlvendedor_wrap', 3101, 'A', ['TecnoShop Online', 'Razón Social: DIGITAL SUR S.R.L.', 'Av. Rivadavia 8700 - CABA'], 'DIGITAL SUR S.R.L.', ML,
         cols=C('cod', 'desc', 'cant', 'pu', 'piva', 'sub'), nitems=4, taxes=[('Percepción IIBB CABA', '3')], creator='Facturador ML Sellers 2.4'),
     Doc('p02_fb_gomeria_svc', 3102, 'B', ['GOMERIA RUTA 3', 'Razón Social: NEUMATICOS DEL SUR S.A.', 'Ruta 3 km 45 - Cañuelas'], 'NEUMATICOS DEL SUR S.A.', GOMA,
         cols=C('cantidad', 'desc', 'pu', 'imp'), buyer='dni', nstyle='n', amt='dollar', creator='Gestion Gomeria 5'),
     Doc('p03_fc_odontologa_svc', 3103, 'C', ['OD. CASTRO MARIA EUGENIA', 'Odontología general', 'Belgrano 455 1º B - Mendoza'], 'OD. CASTRO MARIA EUGENIA', ODON,
         cols=C('concepto', 'imp'), nitems=3, buyer='dni', cuit_pre='27', dstyle='long', qr='nowww', creator='Facturador Monotributo'),
     Doc('p04_fa_informatica_multipag', 3104, 'A', ['COMPUMUNDO DEL CENTRO S.A.', 'San Martín 1200 - Córdoba'], 'COMPUMUNDO DEL CENTRO S.A.', INFO,
         cols=C('code', 'desc', 'cant', 'u', 'pru', 'alic', 'neto'), nitems=44, rows_per_page=28, rates=(21, 10.5), nstyle='ndeg',
         taxes=[('Percepción IIBB Córdoba', '2'), ('Percepción IVA', '3')], creator='Sistema Comercial 9'),
     Doc('p05_fb_fiambreria_kg', 3105, 'B', ['Fiambrería La Nona', 'Av. 7 N 1320 - La Plata'], 'Fiambrería La Nona', FIAM,
         cols=C('desc', 'cant', 'um', 'precio', 'imp'), buyer='cf', dstyle='%d-%m-%Y', nstyle='pvnro', creator='Balanza POS'),
     Doc('p06_fa_materiales_copias', 3106, 'A', ['CORRALON EL AMIGO', 'Razón Social: MATERIALES EL AMIGO S.R.L.', 'Ruta 8 km 51 - Pilar'], 'MATERIALES EL AMIGO S.R.L.', MAT,
         cols=C('art', 'cantidad', 'desc', 'pu', 'bon', 'piva', 'imp'), bonif=True, copies=('ORIGINAL', 'DUPLICADO'), rates=(21, 21, 10.5),
         taxes=[('Percepción IIBB Buenos Aires', '2.5')], cuit_dash=True, creator='Corralon Win'),
     Doc('p07_fb_verduleria_totalmal', 3107, 'B', ['Verdulería Los Hermanos', 'Mercado Central nave 4 puesto 22 - Tapiales'], 'Verdulería Los Hermanos', VERDU,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', totals_delta='-200', dstyle='%d/%m/%y', creator='Balanza POS'),
     Doc('p08_fa_hosting_usd', 3108, 'A', ['Razón Social: NUBE AUSTRAL S.A.S.', 'Maipú 464 Piso 3 - CABA'], 'NUBE AUSTRAL S.A.S.', HOST,
         cols=C('concepto', 'cant', 'pu', 'piva', 'imp'), nitems=3, currency='USD', total_label='Importe Total:', creator='Billing Austral'),
     Doc('p09_fc_electricista_qrtotal', 3109, 'C', ['PERALTA RUBEN DARIO', 'Instalaciones eléctricas', 'Los Andes 320 - San Juan'], 'PERALTA RUBEN DARIO', ELECT,
         cols=C('cant', 'desc', 'pu', 'imp'), nitems=4, buyer='dni', cuit_pre='20', qr_bad='total', creator='Facturador Monotributo'),
     Doc('p10_fb_libreria_dto', 3110, 'B', ['Librería Arco Iris', 'LIBRERIA ARCO IRIS S.R.L.', 'Mitre 650 - Rosario'], 'LIBRERIA ARCO IRIS S.R.L.', LIBRE,
         cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), nitems=9, buyer='dni', discount=('Descuento vuelta al cole 15%', '15'), amt='plain', qr=None,
         nstyle='fact', creator='Libreria Gestion'),
     Doc('p11_fa_repuestos_pos', 3111, 'A', ['Razón Social: AUTOPARTES SAN CAYETANO S.A.', 'Av. Gaona 3900 - Ramos Mejía'], 'AUTOPARTES SAN CAYETANO S.A.', AUTOS,
         cols=C('cod', 'desc', 'cant', 'pu', 'dto', 'alic', 'sub'), bonif=True, nitems=5, qr_bad='pos', nstyle='nro', creator='Repuestos Gestion 3'),
     Doc('p12_fc_psicologa_qrdmy', 3112, 'C', ['LIC. SOSA ANDREA BEATRIZ', 'Psicóloga - M.P. 4521', 'Sarmiento 1540 - Santa Fe'], 'LIC. SOSA ANDREA BEATRIZ', PSIC,
         cols=C('concepto', 'total'), nitems=1, buyer='dni', cuit_pre='27', qr='dmy', dstyle='%d.%m.%Y', creator='Facturador Monotributo'),
     Doc('p13_fb_mascotas_kg', 3113, 'B', ['Pet Shop Huellitas', 'Razón Social: HUELLITAS S.A.S.', 'Castelli 80 - Ituzaingó'], 'HUELLITAS S.A.S.', MASC,
         cols=C('cantidad', 'um', 'desc', 'precio', 'imp'), buyer='cf', nstyle='n', qr='nowww_dmy', creator='PetShop POS'),
     Doc('p14_fa_fotografia_wrap', 3114, 'A', ['ESTUDIO LUZ NORTE', 'Razón Social: LUZ NORTE PRODUCCIONES S.R.L.', 'Güemes 2450 - Salta'], 'LUZ NORTE PRODUCCIONES S.R.L.', FOTO,
         cols=C('prod', 'cant', 'pu', 'piva', 'neto'), nitems=3, rates=(21,), dstyle='long', taxes=[('Percepción IIBB Salta', '1.5')], creator='Facturador Web'),
     Doc('p15_fc_heladeria', 3115, 'C', ['Heladería Il Gelato', 'Av. Colón 1400 - Mar del Plata'], 'Heladería Il Gelato', HELA,
         cols=C('cant', 'desc', 'pu', 'imp'), nitems=4, buyer='cf', cuit_pre='20', nstyle='pvnro', creator='Heladeria POS'),
     # s: pdfspine (open layout, rules instead of boxes, QR as vector rectangles)
     Doc('s01_fa_construccion_totalmal', 3121, 'A', ['CONSTRUCTORA LOS ALAMOS', 'SOCIEDAD ANONIMA', 'Bv. San Juan 900 - Córdoba'], 'CONSTRUCTORA LOS ALAMOS SOCIEDAD ANONIMA', MAT,
         cols=C('cantidad', 'desc', 'pu', 'piva', 'sub'), nitems=5, totals_delta='1000', taxes=[('Percepción IIBB Córdoba', '2')], nstyle='ndeg', creator='Obras ERP'),
     Doc('s02_fb_mlcelulares_wrap', 3122, 'B', ['Celulares Express', 'Razón Social: EXPRESS MOVIL S.R.L.', 'Av. Corrientes 3200 - CABA'], 'EXPRESS MOVIL S.R.L.', ML,
         cols=C('desc', 'cant', 'pu', 'imp'), nitems=4, buyer='dni', qr='nowww', creator='Facturador ML Sellers 2.4'),
     Doc('s03_fc_lavadero_copias', 3123, 'C', ['Lavadero Burbujas', 'Moreno 233 - Luján'], 'Lavadero Burbujas', LAVA,
         cols=C('cant', 'desc', 'pu', 'imp'), nitems=3, buyer='cf', cuit_pre='27', copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'), dstyle='%d/%m/%y', creator='Caja Simple'),
     Doc('s04_fa_catering_svc', 3124, 'A', ['Razón Social: SABORES DEL PLATA S.A.', 'Catering y eventos', 'Libertador 5600 - Vicente López'], 'SABORES DEL PLATA S.A.', CATER,
         cols=C('concepto', 'alic', 'imp'), nitems=3, rates=(21, 21, 10.5), taxes=[('Otros Tributos', '0.8')], nstyle='pv', creator='Eventos Admin'),
     Doc('s05_fb_almacen_ean', 3125, 'B', ['Almacén Doña Chela', 'Av. Mitre 2100 - Avellaneda'], 'Almacén Doña Chela', FIAM + VERDU[:2],
         cols=C('ean', 'desc', 'cant', 'u', 'pu', 'imp'), nitems=7, buyer='cf', amt='dollar', dstyle='%d.%m.%Y', creator='Almacen POS'),
     Doc('s06_fc_gimnasio_qrcuit', 3126, 'C', ['HERRERA MATIAS EZEQUIEL', 'Gimnasio Fuerza Sur', 'Italia 1234 - Bahía Blanca'], 'HERRERA MATIAS EZEQUIEL', GIM,
         cols=C('concepto', 'imp'), nitems=2, buyer='dni', cuit_pre='20', qr_bad='cuit', cuit_dash=True, creator='Gym Manager'),
     Doc('s07_fa_informatica_bonif', 3127, 'A', ['Razón Social: REDES Y SISTEMAS DEL LITORAL S.R.L.', 'Urquiza 1700 - Paraná'], 'REDES Y SISTEMAS DEL LITORAL S.R.L.', INFO,
         cols=C('eanb', 'desc', 'cant', 'pu', 'bon', 'piva', 'imp'), bonif=True, nitems=4, rates=(10.5, 21), taxes=[('Percepción IIBB Entre Ríos', '1.8')],
         nstyle='fact', amt='plain', creator='Sistema Comercial 9'),
     Doc('s08_fb_mascotas_multipag', 3128, 'B', ['Forrajería El Potrero', 'Razón Social: EL POTRERO AGRO S.A.', 'Ruta 5 km 98 - Mercedes'], 'EL POTRERO AGRO S.A.', MASC,
         cols=C('cod', 'desc', 'cantidad', 'um', 'pru', 'sub'), nitems=40, rows_per_page=26, buyer='dni', discount=('Bonificación pago efectivo 5%', '5'),
         nstyle='pvnro', creator='Forrajeria Stock'),
     Doc('s09_fc_fotografo_qrfecha', 3129, 'C', ['GOMEZ LUCAS ANDRES', 'Fotografía y video', 'Laprida 77 - Tandil'], 'GOMEZ LUCAS ANDRES', FOTO,
         cols=C('desc', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', cuit_pre='20', qr_bad='date', dstyle='%d-%m-%Y', creator='Facturador Monotributo'),
     Doc('s10_fb_ferreteria_qrnro', 3130, 'B', ['Ferretería El Tornillo', 'FERRETERIA EL TORNILLO S.R.L.', 'Av. San Martín 3300 - Mendoza'], 'FERRETERIA EL TORNILLO S.R.L.', ELECT + MAT,
         cols=C('art', 'desc', 'cant', 'pu', 'imp'), nitems=6, buyer='dni', qr_bad='number', nstyle='nro', creator='Ferreteria Gestion'),
     Doc('s11_fa_gomeria_copias', 3131, 'A', ['Razón Social: GOMAS DEL OESTE S.A.', 'Av. Rivadavia 19000 - Morón'], 'GOMAS DEL OESTE S.A.', GOMA,
         cols=C('cod', 'desc', 'cant', 'pu', 'alic', 'neto'), nitems=4, copies=('ORIGINAL', 'DUPLICADO'), taxes=[('Percepción IIBB Buenos Aires', '3')],
         dstyle='%d/%m/%Y', cuit_dash=True, creator='Gestion Gomeria 5'),
     Doc('s12_fb_heladeria_sinqr', 3132, 'B', ['Heladería Polo Sur', 'Razón Social: POLO SUR HELADOS S.A.S.', 'Av. Aristóbulo del Valle 500 - Posadas'], 'POLO SUR HELADOS S.A.S.', HELA,
         cols=C('cantidad', 'desc', 'pu', 'imp'), nitems=4, buyer='cf', qr=None, dstyle='long', creator='Heladeria POS'),
     Doc('s13_fc_verduleria_kg', 3133, 'C', ['FRUTERIA DON TITO', 'Av. Santa Fe 300 - Rosario'], 'FRUTERIA DON TITO', VERDU,
         cols=C('desc', 'cant', 'um', 'pu', 'imp'), nitems=6, buyer='cf', cuit_pre='20', amt='plain', qr='dmy', creator='Balanza POS'),
     Doc('s14_fa_insumosdent_usd', 3134, 'A', ['Razón Social: DENTAL IMPORT S.A.', 'Insumos odontológicos', 'Pueyrredón 1800 - CABA'], 'DENTAL IMPORT S.A.', DENT,
         cols=C('desc', 'cant', 'precio', 'alic', 'imp'), nitems=3, currency='USD', total_label='Importe Total:', rates=(21,),
         taxes=[('Percepción IVA', '3')], creator='Billing Austral'),
     Doc('s15_fb_libreria_pv', 3135, 'B', ['Librería Papelito', 'Razón Social: PAPELITO S.A.S.', 'Rivadavia 55 - San Luis'], 'PAPELITO S.A.S.', LIBRE,
         cols=C('code', 'desc', 'cantidad', 'pu', 'imp'), nitems=8, buyer='dni', nstyle='pv', dstyle='%d/%m/%Y', creator='Libreria Gestion'),
    ]
