"""Round 29 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
Renderers (make_invoices.py) print only the strings built here; Doc.expected() writes the expected reading from the
same object, so nothing is typed twice."""
import base64, datetime, json, random, unicodedata
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

def asc(s):
    """ASCII form for the pdfrune documents (a legacy program that prints no accents)."""
    s = s.replace('N°', 'Nro.').replace('Ñ', 'N').replace('ñ', 'n').replace('°', '').replace('º', '')
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()

RATE_TXT = {'pct': lambda r: (f'{r:g}'.replace('.', ',')) + '%', 'dec': lambda r: f'{r:.2f}'.replace('.', ','),
            'paren': lambda r: '(' + f'{r:.2f}'.replace('.', ',') + ')'}
MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()

class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,), taxes=(), discount=None,
                 copies=(None,), qr='std', totals_delta=None, qr_bad=None, currency='ARS', rate_style='pct', cuit_pre='30',
                 total_label='Importe Total:', rows_per_page=None, ascii_only=False, encrypt=False):
        rng = random.Random(seed)
        T = asc if ascii_only else (lambda s: s)
        self.T = T
        self.name, self.letter, self.encrypt = name, letter, encrypt
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 30); self.number = rng.randrange(100, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = T(name_exp)
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = [T(x) for x in issuer] + [T(f'CUIT: {c}'),
                             T(f'Ingresos Brutos: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}'),
                             T(f'Condición frente al IVA: {iva_cond}'),
                             T(f'Inicio de Actividades: 01/0{rng.randrange(1, 9)}/20{rng.randrange(10, 20)}')]
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        nl = {'pv': [f'Punto de Venta: {p}  Comp. Nro: {n}'],
              'pv2': [f'Punto de Venta: {p}', f'Comp. Nro: {n}'],
              'split': [f'Punto de Venta: {self.pos}', f'Número: {self.number}'],
              'no': [f'N° {p[1:]}-{n}'], 'nom': [f'Nº {p[1:]}-{n}'],
              'nro': [f'Nro. {p[1:]}-{n}'], 'comp': [f'Comp. Nro {p}-{n}'],
              'fact': [f'FACTURA {letter} {p[1:]}-{n}']}[nstyle]
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + [T(x) for x in nl] + [T(f'Fecha de Emisión: {ds}')]
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [T(f'Razón Social: {rng.choice(["TRANSPORTES ALVEAR S.A.", "CLINICA DEL PARQUE S.R.L.", "COOPERATIVA AGRICOLA SAN JOSE LTDA."])}'),
                                f'CUIT: {dash(bc) if cuit_dash else bc}', T('Condición frente al IVA: IVA Responsable Inscripto')]
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [T(f'Apellido y Nombre: {rng.choice(["BENITEZ, CAROLINA", "ACOSTA JUAN PABLO", "LEDESMA MARIA INES", "QUIROGA, DIEGO"])}'),
                                f'DNI: {dni}', T('Condición frente al IVA: Consumidor Final')]
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = [T('Señor(es): CONSUMIDOR FINAL'), T('Condición frente al IVA: Consumidor Final')]
            self.doc_rec = (99, '0')
        self.buyer_lines.append(T(rng.choice(['Condición de venta: Contado', 'Condición de venta: Transferencia', 'Forma de pago: Tarjeta de débito'])))
        # items
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        has_ean = 'ean' in [x[0] for x in cols]
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind != 'svc':
                desc = desc + ['', ' X2', ' X4', ' X10', ' JUEGO'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if kind == 'kg': q = D(rng.randrange(150, 3000)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 9)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            self.items.append(dict(desc=T(desc), code=str(rng.randrange(10**3, 10**6)).zfill(6), ean=ean13(rng) if has_ean else None,
                                   qs=qs, unit=unit, price=None if q is None else price, bonif=b, rate=rate, amount=amount))
        self.cols = [(k_, T(h), a) for k_, h, a in cols]
        st = amt if amt != 'dollar' else 'dot'
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return {'kg': 'kg', 'un': 'un.', None: ''}[it['unit']]
            if key == 'unit2': return {'kg': 'Kg', 'un': 'Unid', None: ''}[it['unit']]
            if key == 'desc': return it['desc']
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return RATE_TXT[rate_style](float(it['rate']))
            if key == 'amount': return fmt(it['amount'], st)
        self.rows = [[cell(it, c[0]) for c in cols] for it in self.items]
        # totals
        A = letter == 'A'
        self.subtotal = sum((it['amount'] for it in self.items), D(0))
        self.vat = []
        tl = [('Subtotal:', self.subtotal)]
        if A:
            taxed = sum((it['amount'] for it in self.items if it['rate']), D(0))
            tl.append(('Importe Neto Gravado:', taxed))
            if any(not it['rate'] for it in self.items): tl.append(('Importe Exento:', self.subtotal - taxed))
            for r in sorted({it['rate'] for it in self.items if it['rate']}, reverse=True):
                v = r2(sum(it['amount'] for it in self.items if it['rate'] == r) * r / 100)
                self.vat.append((r, v)); tl.append((f'IVA {RATE_TXT["pct"](float(r))}:', v))
        self.discounts = []
        if discount:
            dv = -r2(self.subtotal * D(discount[1]) / 100)
            self.discounts.append((T(discount[0]), dv)); tl.append((T(discount[0]) + ':', dv))
        self.taxes = []
        for lab, pct in taxes:
            tv = r2(self.subtotal * D(pct) / 100); self.taxes.append((T(lab), tv)); tl.append((T(lab) + ':', tv))
        true_total = self.subtotal + sum(v for _, v in self.vat) + sum(v for _, v in self.discounts) + sum(v for _, v in self.taxes)
        self.total = true_total + (D(totals_delta) if totals_delta else 0)
        cur = 'USD ' if currency == 'USD' else ''
        self.totals = [(T(l), fmt(v, amt)) for l, v in tl] + [(T(total_label), cur + fmt(self.total, amt))]
        self.footer_lines = [T(f'CAE N°: {self.cae}'), T(f'Fecha de Vto. de CAE: {self.cae_vto:%d/%m/%Y}')]
        if currency == 'USD':
            self.doc_lines.append('Moneda: USD'); self.footer_lines.append('Tipo de cambio: 1.425,50')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR (RG 4291)
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1425.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date + datetime.timedelta(days=1)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '30'))
            if qr_bad == 'total': q['importe'] = float(self.total + 100)
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr == 'nowww':
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr == 'dmy': q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
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

CORR = [('CEMENTO PORTLAND BOLSA 50KG', '11900', 'un'), ('HIERRO NERVADO 8MM X 12M', '9800', 'un'), ('ARENA FINA BOLSON 1M3', '48000', 'un'),
        ('LADRILLO HUECO 12X18X33 (PALLET X 144 UNIDADES, ENTREGA EN OBRA)', '165000', 'un'), ('CAL HIDRATADA 25KG', '6900', 'un'),
        ('MALLA SIMA 15X15 4,2MM 2X6M', '38500', 'un')]
MLEL = [('Auriculares inalámbricos Bluetooth 5.3 con estuche de carga y cancelación de ruido - Operación ML #2000013355871240', '45999', 'un'),
        ('Cargador USB-C 20W carga rápida', '12999', 'un'), ('Cable USB-C a Lightning 1m mallado', '8999', 'un'), ('Funda silicona iPhone 13', '6499', 'un')]
PSIC = [('Sesiones de psicoterapia individual (4) - mes de junio', '120000', 'svc'), ('Entrevista de admisión', '35000', 'svc')]
DIST = [('ACEITE DE OLIVA EXTRA VIRGEN 500ML', '9800', 'un'), ('YERBA MATE ELABORADA CON PALO 1KG', '5900', 'un'), ('AZUCAR COMUN TIPO A 1KG', '1350', 'un'),
        ('CAFE MOLIDO TORRADO 500G', '8700', 'un'), ('TE EN SAQUITOS X50', '2300', 'un')]
HELA = [('Helado artesanal x kg', '16000', 'kg'), ('Helado 1/4 kg', '5200', 'un'), ('Cucuruchos x 12', '3400', 'un'), ('Salsa de chocolate 250g', '4100', 'un')]
FLET = [('Flete mudanza Caballito - Ramos Mejía (camión 2 ayudantes)', '185000', 'svc'), ('Embalaje y protección de muebles', '42000', 'svc'),
        ('Cajas de cartón reforzadas', '1900', 'un')]
MUEB = [('SILLA COMEDOR PETIRIBI TAPIZADA', '98000', 'un'), ('MESA RATONA NORDICA 90X50', '145000', 'un'), ('ESTANTE FLOTANTE MELAMINA 80CM', '21000', 'un'),
        ('PERCHERO DE PIE LAQUEADO', '54000', 'un'), ('ZAPATERO 3 ESTANTES', '63000', 'un'), ('ESPEJO CON MARCO 60X90', '72000', 'un')]
REGA = [('Taza cerámica pintada a mano', '9500', 'un'), ('Portarretrato madera 15x20', '7200', 'un'), ('Vela aromática en frasco', '6800', 'un'),
        ('Caja de regalo con moño', '2500', 'un')]
TALL = [('Mano de obra cambio de embrague', '180000', 'svc'), ('Kit de embrague completo', '235000', 'un'), ('Líquido de frenos DOT4 500ml', '9500', 'un'),
        ('Alineación y balanceo', '38000', 'svc')]
PETS = [('Alimento perro adulto suelto x kg', '4200', 'kg'), ('Alimento gato castrado suelto x kg', '5600', 'kg'), ('Piedras sanitarias 4kg', '7800', 'un'),
        ('Collar antipulgas', '11500', 'un'), ('Hueso de cuero prensado', '2900', 'un')]
MAYJ = [('GALLETITAS SURTIDAS 400G', '2100', 'un'), ('ACEITE MEZCLA 1,5L', '3700', 'un'), ('PAPEL HIGIENICO X4 30M', '2600', 'un'), ('LAVANDINA 2L', '1800', 'un'),
        ('DETERGENTE 750ML', '2400', 'un'), ('ARVEJAS SECAS REMOJADAS 350G', '950', 'un'), ('MERMELADA DURAZNO 454G', '2300', 'un'), ('SAL FINA 500G', '800', 'un')]
LIBJ = [('Cuaderno universitario rayado 80 hojas', '5200', 'un'), ('Lapicera gel azul', '1300', 'un'), ('Carpeta A4 con anillos', '6400', 'un'),
        ('Repuesto hojas cuadriculadas x96', '3900', 'un'), ('Calculadora científica', '28000', 'un')]
PROF = [('Clases particulares de inglés - 8 encuentros', '96000', 'svc'), ('Preparación examen internacional FCE', '60000', 'svc')]
CONS = [('Desarrollo de módulo de facturación electrónica - hito 2', '2400', 'svc'), ('Soporte y mantenimiento mensual', '650', 'svc'),
        ('Hosting administrado anual', '900', 'svc')]
VERJ = [('Papa blanca x kg', '1300', 'kg'), ('Tomate redondo x kg', '2900', 'kg'), ('Banana x kg', '2400', 'kg'), ('Acelga atado', '1500', 'un'),
        ('Limón x kg', '1900', 'kg')]
ARTE = [('Mate de calabaza forrado en cuero', '18500', 'un'), ('Bombilla alpaca', '14000', 'un'), ('Yerbero de madera', '9900', 'un')]
IMPJ = [('Tarjetas personales 9x5 cm ilustración 300g x1000', '38000', 'un'), ('Folletos A4 doble faz x500', '56000', 'un'),
        ('Sellos automáticos 38x14mm', '21000', 'un'), ('Vinilo de corte para vidriera (m2)', '24000', 'un')]
OPTJ = [('Lentes de contacto mensuales (caja x6)', '42000', 'un'), ('Armazón metálico Mod. 880', '96000', 'un'), ('Solución multipropósito 360ml', '11000', 'un')]
AGRJ = [('Semilla soja bolsa 40kg', '98000', 'un'), ('Herbicida 2,4D 20L', '135000', 'un'), ('Libro Manual de Suelos', '26000', 'un'), ('Fertilizante fosfato 50kg', '71000', 'un')]
ELEC = [('Instalación de tablero eléctrico monofásico', '150000', 'svc'), ('Disyuntor diferencial 2x40A', '39000', 'un'), ('Cable 2,5mm rollo 100m', '72000', 'un'),
        ('Tomacorriente doble', '4800', 'un')]
REPR = [('FILTRO DE AIRE', '12500', 'un'), ('BUJIA IRIDIUM', '8900', 'un'), ('CORREA DE DISTRIBUCION', '46000', 'un'), ('BOMBA DE AGUA', '58000', 'un'),
        ('PASTILLAS DE FRENO TRASERAS', '39000', 'un'), ('LAMPARA H7 12V', '6200', 'un'), ('ACEITE 10W40 4L', '41000', 'un')]
ALMR = [('LECHE ENTERA SACHET 1L', '1350', 'un'), ('PAN LACTAL GRANDE', '3600', 'un'), ('QUESO TYBO X KG', '12800', 'kg'), ('SALAME TANDILERO X KG', '21000', 'kg'),
        ('GASEOSA COLA 1,5L', '2900', 'un'), ('HUEVOS X 12', '4300', 'un')]
GOMA = [('Reparacion de cubierta sin camara', '12000', 'svc'), ('Balanceo 4 ruedas', '24000', 'svc'), ('Valvula de aire', '1800', 'un')]
FERR = [('Taladro percutor 13mm 750W con maletin y juego de mechas', '98000', 'un'), ('Disco de corte 115mm', '1900', 'un'), ('Cinta metrica 5m', '6500', 'un'),
        ('Llave francesa 10"', '14800', 'un'), ('Tarugos nylon 8mm x 100', '3500', 'un')]
CARN = [('NALGA X KG', '14900', 'kg'), ('MATAMBRE X KG', '13800', 'kg'), ('POLLO ENTERO X KG', '4200', 'kg'), ('MORCILLA X KG', '6900', 'kg'), ('CARBON 5KG', '6200', 'un')]
CERR = [('Apertura de puerta sin daño', '45000', 'svc'), ('Cambio de cerradura doble paleta', '30000', 'svc'), ('Cerradura doble paleta', '38000', 'un')]
LIMP = [('DESINFECTANTE CONCENTRADO 5L', '12500', 'un'), ('TRAPO DE PISO GRIS', '1800', 'un'), ('BOLSA RESIDUOS 60X90 X10', '2100', 'un'), ('GUANTES NITRILO X100', '9800', 'un')]
BAZR = [('JUEGO DE OLLAS ACERO X5', '145000', 'un'), ('PAVA ELECTRICA 1,7L', '39000', 'un'), ('TABLA DE PICAR BAMBU', '8900', 'un'), ('SET DE TUPPERS X6', '15500', 'un')]
COMP = [('Notebook 15,6" Core i5 16GB 512GB SSD', '980000', 'un'),
        ('Impresora multifuncion laser monocromatica WiFi con toner original de arranque y cable USB', '310000', 'un'), ('Mouse inalambrico', '14500', 'un'), ('Teclado USB', '18900', 'un'), ('Monitor 24" IPS', '265000', 'un')]
FARR = [('PARACETAMOL 500MG X16', '3900', 'un'), ('CREMA HIDRATANTE 200ML', '14500', 'un'), ('JABON LIQUIDO 250ML', '4800', 'un'), ('VITAMINA C X30', '8700', 'un'),
        ('TIRAS REACTIVAS GLUCEMIA X50', '29000', 'un')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Artículo', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U.M.', 'l'),
                 'u2': ('unit2', 'Unidad', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
                 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'pun': ('price', 'Precio', 'r'),
                 'bon': ('bonif', '% Bonif', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', '% IVA', 'r'), 'sub': ('amount', 'Subtotal', 'r'),
                 'imp': ('amount', 'Importe', 'r'), 'tot': ('amount', 'Total', 'r')}[x] for x in k]

def DOCS():
    return [
     # p: gopdfsuit (Go) via pypdfsuit
     Doc('p01_fa_corralon_bonif', 2901, 'A', ['Corralón Los Tilos', 'Razón Social: MATERIALES LOS TILOS S.R.L.', 'Ruta 3 km 41 - Cañuelas'],
         'MATERIALES LOS TILOS S.R.L.', CORR, cols=C('code', 'desc', 'cant', 'u', 'pu', 'bon', 'alic', 'imp'), bonif=True, rates=(21, 10.5),
         taxes=[('Percepción IIBB Buenos Aires', '2.5')], nitems=5, cuit_dash=True),
     Doc('p02_fb_ml_auriculares', 2902, 'B', ['GOMEZ RODRIGO MARTIN', 'Venta de accesorios - Mercado Libre', 'Av. Rivadavia 7100 - CABA'], 'GOMEZ RODRIGO MARTIN', MLEL,
         cols=C('prod', 'cant', 'pru', 'sub'), nstyle='no', dstyle='%d-%m-%Y', buyer='dni', cuit_pre='20', nitems=3, amt='dollar'),
     Doc('p03_fc_psicologa_qrnowww', 2903, 'C', ['LIC. ROMERO VALERIA SOLEDAD', 'Psicóloga - M.N. 48.211', 'Av. Santa Fe 3200 6° B - CABA'], 'LIC. ROMERO VALERIA SOLEDAD',
         PSIC, cols=C('det', 'imp'), nitems=2, buyer='dni', qr='nowww', cuit_pre='27', nstyle='pv2'),
     Doc('p04_fa_distribuidora_copias', 2904, 'A', ['DISTRIBUIDORA EL ALGARROBO S.A.', 'Bv. San Juan 780 - Córdoba'], 'DISTRIBUIDORA EL ALGARROBO S.A.', DIST,
         cols=C('ean', 'desc', 'cantidad', 'pu', 'piva', 'imp'), rates=(21, 10.5), copies=('ORIGINAL', 'DUPLICADO'), nstyle='nom',
         taxes=[('Percepción IVA', '3'), ('Percepción IIBB Córdoba', '1.5')]),
     Doc('p05_fb_heladeria_totalmal', 2905, 'B', ['Heladería Polo Sur', 'Av. Pellegrini 1500 - Rosario'], 'Heladería Polo Sur', HELA,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', totals_delta='300', discount=('Descuento pago efectivo 10%', '10'), dstyle='%d.%m.%Y'),
     Doc('p06_fc_fletes_qrnro', 2906, 'C', ['Fletes Don Beto', 'Mudanzas y fletes', 'Haedo - Buenos Aires'], 'Fletes Don Beto', FLET,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr_bad='number', cuit_pre='20', nstyle='comp'),
     Doc('p07_fb_muebleria_multipag', 2907, 'B', ['Mueblería Nórdica', 'Razón Social: NORDICA AMOBLAMIENTOS S.A.S.', 'Av. Colón 5600 - Mar del Plata'],
         'NORDICA AMOBLAMIENTOS S.A.S.', MUEB, cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), nitems=36, buyer='dni',
         discount=('Bonificación 5% pago contado', '5'), nstyle='fact'),
     Doc('p08_fb_regaleria_sinqr', 2908, 'B', ['Regalería Ámbar', 'Mitre 260 - San Luis'], 'Regalería Ámbar', REGA, cols=C('cantidad', 'desc', 'pun', 'imp'),
         qr=None, amt='plain', buyer='cf', dstyle='long', nitems=4),
     Doc('p09_fa_taller_qrdmy', 2909, 'A', ['TALLER MECANICO HERMANOS PAZ S.R.L.', 'Av. Juan B. Justo 4400 - CABA'], 'TALLER MECANICO HERMANOS PAZ S.R.L.', TALL,
         cols=C('det', 'cant', 'pu', 'alic', 'imp'), nitems=4, qr='dmy', taxes=[('Otros Tributos', '1.2')], nstyle='split'),
     Doc('p10_fb_petshop_kg', 2910, 'B', ['Pet Shop Huellitas', 'Razón Social: HUELLITAS MASCOTAS S.R.L.', 'San Martín 1200 - Neuquén'], 'HUELLITAS MASCOTAS S.R.L.',
         PETS, cols=C('cod', 'desc', 'cant', 'u2', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', dstyle='%d/%m/%y'),
     # j: jtypeset (C++)
     Doc('j01_fa_mayorista_multipag', 2911, 'A', ['AUTOSERVICIO MAYORISTA DEL LITORAL S.A.', 'Ruta 11 km 4,5 - Santo Tomé'], 'AUTOSERVICIO MAYORISTA DEL LITORAL S.A.',
         MAYJ, cols=C('art', 'desc', 'cant', 'pu', 'alic', 'sub'), rates=(21, 21, 10.5), rate_style='dec', nitems=44, taxes=[('Percepción IIBB Santa Fe', '2.5')]),
     Doc('j02_fb_libreria_ean', 2912, 'B', ['Librería El Aula', 'Razón Social: EL AULA PAPELERA S.R.L.', '25 de Mayo 410 - Paraná'], 'EL AULA PAPELERA S.R.L.', LIBJ,
         cols=C('ean', 'desc', 'cant', 'pu', 'imp'), buyer='dni', nstyle='nro', discount=('Descuento docentes 15%', '15')),
     Doc('j03_fc_profesora_svc', 2913, 'C', ['ALVAREZ MARIA LAURA', 'Profesora de inglés', 'Belgrano 55 - Bahía Blanca'], 'ALVAREZ MARIA LAURA', PROF,
         cols=C('det', 'imp'), nitems=2, buyer='cf', cuit_pre='27', dstyle='long'),
     Doc('j04_fa_software_usd', 2914, 'A', ['Razón Social: CODIGO AUSTRAL S.A.S.', 'Av. Corrientes 880 Piso 9 - CABA'], 'CODIGO AUSTRAL S.A.S.', CONS,
         cols=C('det', 'piva', 'imp'), currency='USD', nitems=3, cuit_dash=True, nstyle='pv2'),
     Doc('j05_fb_verduleria_kg', 2915, 'B', ['Verdulería La Quinta', 'Mercado de Abasto puesto 22 - Mendoza'], 'Verdulería La Quinta', VERJ,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', dstyle='%d.%m.%Y', cuit_pre='20', nitems=5),
     Doc('j06_fc_artesana_copias', 2916, 'C', ['PERALTA NOELIA', 'Artesanías en cuero y alpaca', 'Feria de Tilcara - Jujuy'], 'PERALTA NOELIA', ARTE,
         cols=C('cantidad', 'desc', 'pru', 'imp'), nitems=3, buyer='dni', copies=('ORIGINAL', 'DUPLICADO'), cuit_pre='27', nstyle='comp'),
     Doc('j07_fa_imprenta_qrcuit', 2917, 'A', ['Gráfica Sur', 'Razón Social: GRAFICA SUR IMPRESIONES S.R.L.', 'Alsina 900 - Bahía Blanca'],
         'GRAFICA SUR IMPRESIONES S.R.L.', IMPJ, cols=C('desc', 'cant', 'pu', 'bon', 'piva', 'imp'), bonif=True, rates=(21, 27), nitems=4, qr_bad='cuit',
         taxes=[('Percepción IIBB Buenos Aires', '2')]),
     Doc('j08_fb_optica_totalmal', 2918, 'B', ['Óptica Visión Clara', 'Rivadavia 300 - Comodoro Rivadavia'], 'Óptica Visión Clara', OPTJ,
         cols=C('cod', 'desc', 'cant', 'pu', 'imp'), buyer='dni', nitems=3, totals_delta='-200', amt='dollar'),
     Doc('j09_fa_agro_exento', 2919, 'A', ['SERVICIOS AGROPECUARIOS LA CHACRA', 'SOCIEDAD ANONIMA', 'Ruta 33 km 140 - Rufino'],
         'SERVICIOS AGROPECUARIOS LA CHACRA SOCIEDAD ANONIMA', AGRJ, cols=C('cantidad', 'desc', 'pru', 'piva', 'tot'), rates=(10.5, 21, 0, 10.5), nitems=4,
         nstyle='fact', amt='plain'),
     Doc('j10_fc_electricista_qrnowww', 2920, 'C', ['SOSA CRISTIAN DAVID', 'Electricista matriculado', 'Los Álamos 742 - Godoy Cruz'], 'SOSA CRISTIAN DAVID', ELEC,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=4, buyer='dni', qr='nowww', cuit_pre='20', dstyle='%d/%m/%y'),
     # r: pdfrune (Rust), ASCII-only printing
     Doc('r01_fa_repuestos_multipag', 2921, 'A', ['REPUESTOS DEL OESTE S.A.', 'Av. Gaona 3900 - Ciudadela'], 'REPUESTOS DEL OESTE S.A.', REPR,
         cols=C('cod', 'desc', 'cant', 'pu', 'piva', 'imp'), nitems=38, rows_per_page=26, taxes=[('Percepción IIBB Buenos Aires', '3')], ascii_only=True,
         encrypt=True, nstyle='nro'),
     Doc('r02_fb_almacen_kg', 2922, 'B', ['ALMACEN LOS PRIMOS', 'Moreno 1450 - Lomas de Zamora'], 'ALMACEN LOS PRIMOS', ALMR,
         cols=C('eanb', 'desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', ascii_only=True, cuit_pre='20', dstyle='%d-%m-%Y', nstyle='comp'),
     Doc('r03_fc_gomeria_svc', 2923, 'C', ['GOMERIA EL RAYO', 'Gomeria y lubricentro', 'Ruta 7 km 530 - Rio Cuarto'], 'GOMERIA EL RAYO', GOMA,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='cf', ascii_only=True, cuit_pre='20', nstyle='pv'),
     Doc('r04_fa_ferreteria_bonif', 2924, 'A', ['FERRETERIA INDUSTRIAL', 'RAZON SOCIAL: BULONERA INDUSTRIAL SAAVEDRA S.R.L.', 'Av. Balbin 4100 - CABA'],
         'BULONERA INDUSTRIAL SAAVEDRA S.R.L.', FERR, cols=C('code', 'desc', 'cant', 'pu', 'bon', 'alic', 'imp'), bonif=True, rates=(21,), nitems=5,
         taxes=[('Percepción IIBB CABA', '3')], ascii_only=True, cuit_dash=True, nstyle='nro', rate_style='paren'),
     Doc('r05_fb_carniceria_qrfecha', 2925, 'B', ['CARNICERIA EL NOVILLO', 'Av. San Martin 2300 - Caseros'], 'CARNICERIA EL NOVILLO', CARN,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', qr_bad='date', ascii_only=True, dstyle='%d/%m/%y', nstyle='comp'),
     Doc('r06_fc_cerrajero_qrdmy', 2926, 'C', ['MEDINA JORGE LUIS', 'Cerrajeria - urgencias 24 hs', 'Calle 12 N 1450 - La Plata'], 'MEDINA JORGE LUIS', CERR,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr='dmy', ascii_only=True, cuit_pre='20', nstyle='nro'),
     Doc('r07_fa_limpieza_copias', 2927, 'A', ['Razón Social: QUIMICA LIMPIA S.R.L.', 'Parque Industrial Lote 14 - Pilar'], 'QUIMICA LIMPIA S.R.L.', LIMP,
         cols=C('cantidad', 'desc', 'pu', 'piva', 'sub'), nitems=4, copies=('ORIGINAL', 'DUPLICADO'), ascii_only=True, encrypt=True,
         taxes=[('Percepción IVA', '1.5')], nstyle='pv'),
     Doc('r08_fb_bazar_dto', 2928, 'B', ['BAZAR LA COCINA', 'Razón Social: MENAJE Y HOGAR S.A.', 'Av. Alberdi 2200 - CABA'], 'MENAJE Y HOGAR S.A.', BAZR,
         cols=C('art', 'desc', 'cant', 'pu', 'imp'), buyer='dni', discount=('Descuento socio club 10%', '10'), ascii_only=True, nstyle='nro',
         dstyle='%d.%m.%Y'),
     Doc('r09_fa_computacion_intern', 2929, 'A', ['INFORMATICA DEL CENTRO S.A.', 'Independencia 800 - San Miguel de Tucuman'], 'INFORMATICA DEL CENTRO S.A.', COMP,
         cols=C('desc', 'cant', 'pu', 'alic', 'imp'), rates=(10.5, 21), nitems=4, taxes=[('Impuestos Internos', '1.8'), ('Percepción IIBB Tucuman', '2.5')],
         ascii_only=True, amt='plain', nstyle='comp'),
     Doc('r10_fb_farmacia_ean', 2930, 'B', ['Farmacia del Pueblo', 'LOPEZ Y CIA S.C.S.', 'Sarmiento 99 - Chivilcoy'], 'LOPEZ Y CIA S.C.S.', FARR,
         cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), buyer='dni', discount=('Descuento obra social 40%', '40'), ascii_only=True, cuit_dash=True, nstyle='pv'),
    ]
