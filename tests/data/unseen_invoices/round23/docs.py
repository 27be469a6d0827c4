"""Round 23 documents (Doc modelled on round 18): one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
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
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, kg=False, bonif=False, rates=(21,),
                 taxes=(), discount=None, copies=(None,), qr='std', totals_delta=None, qr_bad=None,
                 currency='ARS', services=False, rate_style='pct', cuit_pre='30', total_label='Importe Total:',
                 rows_per_page=None):
        rng = random.Random(seed)
        self.name, self.letter = name, letter
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 20); self.number = rng.randrange(100, 60000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = name_exp
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = list(issuer) + [f'CUIT: {c}', f'Ingresos Brutos: {rng.randrange(900,999)}-{rng.randrange(100000,999999)}-{rng.randrange(10)}',
                                             f'Condición frente al IVA: {iva_cond}', f'Inicio de Actividades: 01/0{rng.randrange(1,9)}/20{rng.randrange(10,20)}']
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        if nstyle == 'pv': nl = [f'Punto de Venta: {p}  Comp. Nro: {n}']
        elif nstyle == 'n': nl = [f'Nº {p[1:]}-{n}']
        elif nstyle == 'N': nl = [f'N° {p[1:]}-{n}']
        elif nstyle == 'nro': nl = [f'Nro. {p[1:]} - {n}']
        elif nstyle == 'pvnro': nl = [f'P.V. {self.pos:04d}  Nro. {self.number:08d}']
        elif nstyle == 'comp': nl = [f'Punto de Venta: {self.pos:04d}', f'Comp. Nro: {n}']
        else: nl = [f'FACTURA {letter} {p[1:]}-{n}']
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month-1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + nl + [f'Fecha de Emisión: {ds}']
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Razón Social: {rng.choice(["CONSTRUCTORA RIO SECO S.A.", "GRUPO MERIDIANO S.R.L.", "ESTUDIO CONTABLE ALVAREZ S.A.S."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición frente al IVA: IVA Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["PEREYRA, LAURA", "GOMEZ MARTIN", "SUAREZ ANA MARIA"])}', f'DNI: {dni}', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append('Condición de venta: Contado')
        # items
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind == 'un': desc = desc + ['', ' PACK X2', ' PACK X3', ' PACK X6', ' PACK X12'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 100)
            if kind == 'kg': q = D(rng.randrange(150, 2500)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 7)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10])) if bonif and kind != 'svc' else D(0)
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
            if key == 'unit': return {'kg': 'kg', 'un': 'unid.', None: ''}[it['unit']]
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
            self.discounts.append((discount[0], dv)); tl.append((discount[0] + ':', dv))
        self.taxes = []
        for lab, pct in taxes:
            tv = r2(self.subtotal * D(pct) / 100); self.taxes.append((lab, tv)); tl.append((lab + ':', tv))
        true_total = self.subtotal + sum(v for _, v in self.vat) + sum(v for _, v in self.discounts) + sum(v for _, v in self.taxes)
        self.total = true_total + (D(totals_delta) if totals_delta else 0)
        cur = 'USD ' if currency == 'USD' else ''
        self.totals = [(l, fmt(v, amt)) for l, v in tl] + [(total_label, cur + fmt(self.total, amt))]
        self.footer_lines = [f'CAE N°: {self.cae}', f'Fecha de Vto. de CAE: {self.cae_vto:%d/%m/%Y}']
        if currency == 'USD':
            self.doc_lines.append('Moneda: USD'); self.footer_lines.append('Tipo de cambio: 1.310,25')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1310.25 if currency == 'USD' else 1,
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


ELEC = [('Cable canal 20x10 blanco tira 2m', '2900', 'un'), ('Tomacorriente doble 10A con tapa', '6400', 'un'), ('Lámpara LED 12W luz fría', '2300', 'un'),
        ('Disyuntor diferencial bipolar 40A 30mA', '38900', 'un'), ('Caja estanca 10x10 IP65', '4700', 'un'), ('Cinta pasacable 15m', '7600', 'un')]
VERDU = [('PAPA BLANCA X KG', '1100', 'kg'), ('CEBOLLA X KG', '990', 'kg'), ('TOMATE REDONDO X KG', '2600', 'kg'), ('ZANAHORIA X KG', '1300', 'kg'),
         ('LIMON X KG', '1900', 'kg'), ('BANANA X KG', '2200', 'kg'), ('ACELGA ATADO', '1500', 'un'), ('HUEVOS COLOR MAPLE X30', '8200', 'un'),
         ('MANZANA ROJA X KG', '2800', 'kg'), ('ZAPALLITO VERDE X KG', '1700', 'kg')]
ELECTRI = [('Instalación de tablero seccional', '95000', 'svc'), ('Cambio de cableado por ambiente', '60000', 'svc'), ('Térmica unipolar 16A', '7800', 'un'),
           ('Cable 2,5mm x metro', '950', 'un')]
GRAF = [('Vinilo de corte para vidriera 1,20x0,60m', '54000', 'un'), ('Stickers troquelados 5x5cm x500', '31000', 'un'), ('Cartel chapa 60x40 impreso', '47000', 'un'),
        ('Diseño de logo (3 propuestas)', '120000', 'un')]
NATU = [('NUECES MARIPOSA X KG', '19800', 'kg'), ('PASAS DE UVA X KG', '7400', 'kg'), ('SEMILLAS DE CHIA X KG', '8900', 'kg'), ('ACEITE DE COCO 360CC', '9800', 'un'),
        ('GRANOLA SIN AZUCAR X KG', '10500', 'kg')]
HOST = [('Hosting web plan PyME anual', '420', 'svc'), ('Dominio .com.ar renovación', '35', 'svc'), ('Certificado SSL comodín', '180', 'svc')]
PSIC = [('Sesión de psicoterapia individual', '38000', 'svc'), ('Informe psicológico', '45000', 'svc')]
LIBRO = [('Cuaderno universitario rayado 80h', '6900', 'un'), ('Block hojas canson N5 x24', '3900', 'un'), ('Lapicera gel azul x3', '4200', 'un'),
         ('Regla plástica 30cm', '990', 'un'), ('Mochila escolar espalda reforzada', '39000', 'un')]
CONT = [('Honorarios liquidación ganancias y bienes personales', '280000', 'svc'), ('Asesoramiento monotributo mensual', '65000', 'svc'), ('Alta de empleada doméstica', '30000', 'svc')]
SANIT = [('Inodoro largo blanco de loza con asiento y tapa de madera laqueada, línea Andina, salida vertical', '189000', 'un'), ('Depósito de colgar plástico', '42000', 'un'), ('Caño PVC 110 x 4m', '21500', 'un'),
         ('Pegamento PVC 250cc', '5900', 'un'), ('Grifería monocomando lavatorio', '87000', 'un')]
CELU = [('Funda silicona antigolpe para celular Samsung Galaxy A15 con protector de cámara - Operación ML #2000009876543210', '8900', 'un'), ('Cargador rápido USB-C 25W', '19800', 'un'), ('Vidrio templado 9H', '6500', 'un'),
        ('Auriculares inalámbricos bluetooth', '39000', 'un')]
PROF = [('Clase de guitarra individual (4 clases)', '64000', 'svc'), ('Cuadernillo de partituras', '7000', 'un')]
GOMA = [('Neumático 175/65 R14 82T', '118000', 'un'), ('Alineación y balanceo', '28000', 'svc'), ('Válvula de aire', '1500', 'un'), ('Parche y reparación de cámara', '9000', 'svc')]
MASC = [('ALIMENTO GATO ADULTO 7,5KG', '52000', 'un'), ('PIEDRAS SANITARIAS 4KG', '6900', 'un'), ('HUESO CARNAZA X KG', '15000', 'kg'), ('COLLAR NYLON REGULABLE', '5800', 'un'),
        ('ANTIPARASITARIO INTERNO COMPRIMIDO', '4700', 'un')]
FRIG = [('CUADRADA X KG', '13900', 'kg'), ('NALGA X KG', '14800', 'kg'), ('POLLO ENTERO X KG', '4300', 'kg'), ('MILANESAS DE CERDO X KG', '9900', 'kg'),
        ('SALCHICHA PARRILLERA X KG', '7900', 'kg')]
COMP = [('Notebook 15,6" Core i5 16GB 512GB SSD', '1150000', 'un'), ('Monitor LED 24" Full HD', '235000', 'un'), ('Teclado y mouse inalámbrico', '29000', 'un'),
        ('Servicio de instalación y configuración', '45000', 'svc')]
MAYOR = [('GALLETITAS SURTIDAS 400G CAJA X12', '26000', 'un'), ('AZUCAR 1KG BULTO X10', '12500', 'un'), ('ACEITE MEZCLA 1,5L CAJA X6', '21000', 'un'),
         ('YERBA MATE 1KG BULTO X10', '52000', 'un'), ('ARROZ LARGO FINO 1KG BULTO X10', '17000', 'un'), ('HARINA 0000 1KG BULTO X10', '11000', 'un'),
         ('FIDEOS MOSTACHOL 500G BULTO X20', '24000', 'un'), ('LAVANDINA 1L CAJA X12', '13500', 'un'), ('PAPEL HIGIENICO 4X30M BULTO X12', '19000', 'un')]
LIMP = [('Limpieza final de obra (m2)', '2500', 'un'), ('Limpieza de vidrios en altura', '85000', 'svc'), ('Insumos de limpieza', '22000', 'svc')]
FLET = [('Mudanza CABA - Quilmes (camión 3/4)', '260000', 'svc'), ('Embalaje de muebles', '55000', 'svc'), ('Cajas de cartón reforzadas', '1800', 'un')]
BAZAR = [('Juego de 6 tazas de cerámica esmaltada 350ml apto microondas y lavavajillas color gris - Operación ML #2000011122334455', '4800', 'un'), ('Set de ollas acero inoxidable x5', '145000', 'un'), ('Mate de calabaza forrado', '12500', 'un'),
         ('Bombilla alpaca pico de loro', '9800', 'un'), ('Tabla de picar madera', '11500', 'un')]
VIVE = [('PLANTIN DE LECHUGA BANDEJA X12', '3900', 'un'), ('TIERRA FERTIL BOLSA 25DM3', '5200', 'un'), ('MACETA PLASTICA N 20', '2700', 'un'),
        ('POTUS EN MACETA 14', '8900', 'un'), ('FERTILIZANTE FOLIAR 1L', '11800', 'un')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Artículo', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Código de barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U. Medida', 'l'),
                 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'),
                 'bon': ('bonif', 'Bonif. %', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', '% IVA', 'r'), 'sub': ('amount', 'Subtotal', 'r'),
                 'imp': ('amount', 'Importe', 'r')}[x] for x in k]

def DOCS():
    return [
     # f: folio-pdf (Go, own HTML layout engine)
     Doc('f01_fa_mayorista_multipag', 2301, 'A', ['Distribuidora Oeste', 'Razón Social: DISTRIBUIDORA OESTE ALIMENTOS S.A.', 'Ruta 3 km 32,5 - González Catán'],
         'DISTRIBUIDORA OESTE ALIMENTOS S.A.', MAYOR, cols=C('cod', 'desc', 'cant', 'pru', 'alic', 'sub'), rates=(21, 10.5, 21), nitems=44,
         taxes=[('Percepción IIBB Buenos Aires', '2.5')], nstyle='comp', cuit_dash=True),
     Doc('f02_fb_verduleria_kg', 2302, 'B', ['VERDULERIA LOS HERMANOS', 'Frutas y verduras - envíos a domicilio', 'Av. Saenz 1120 - Pompeya'], 'VERDULERIA LOS HERMANOS', VERDU,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', nitems=8, dstyle='%d/%m/%y', nstyle='nro', cuit_pre='20'),
     Doc('f03_fc_electricista_svc', 2303, 'C', ['SOSA CRISTIAN EZEQUIEL', 'Electricista matriculado', 'Calle 14 N° 1530 - Berazategui'], 'SOSA CRISTIAN EZEQUIEL', ELECTRI,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=4, buyer='dni', qr='nowww', cuit_pre='20', dstyle='long'),
     Doc('f04_fa_grafica_copias', 2304, 'A', ['IMPRESOS Y VINILOS DEL OESTE', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'Rivadavia 14200 - Ramos Mejía'],
         'IMPRESOS Y VINILOS DEL OESTE SOCIEDAD DE RESPONSABILIDAD LIMITADA', GRAF, cols=C('cantidad', 'desc', 'pu', 'piva', 'imp'), rates=(21,), nitems=4,
         copies=('ORIGINAL', 'DUPLICADO'), nstyle='fact', taxes=[('Percepción IIBB CABA', '2')]),
     Doc('f05_fb_natural_totalmal', 2305, 'B', ['Almacén Natural Semilla', 'Razón Social: SEMILLA NATURAL S.A.S.', 'Av. Cabildo 2450 - CABA'], 'SEMILLA NATURAL S.A.S.', NATU,
         cols=C('cod', 'desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', dstyle='%d.%m.%Y', totals_delta='-200', amt='dollar'),
     Doc('f06_fc_psicologa_svc', 2306, 'C', ['LIC. BENEDETTI MARIANA SOLEDAD', 'Psicóloga M.N. 45.210', 'Av. Pueyrredón 890 4° B - CABA'], 'LIC. BENEDETTI MARIANA SOLEDAD',
         PSIC, cols=C('det', 'imp'), nitems=2, buyer='dni', cuit_pre='27', cuit_dash=True, nstyle='N'),
     Doc('f07_fb_libreria_qrnro', 2307, 'B', ['Librería El Aula', 'Razón Social: EL AULA LIBROS Y PAPELERIA S.R.L.', 'Mitre 455 - Morón'], 'EL AULA LIBROS Y PAPELERIA S.R.L.',
         LIBRO, cols=C('ean', 'desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', qr_bad='number', amt='plain'),
     Doc('f08_fa_contador_svc', 2308, 'A', ['ESTUDIO CONTABLE PAZ Y ASOCIADOS S.R.L.', 'Tucumán 1400 Piso 2 - CABA'], 'ESTUDIO CONTABLE PAZ Y ASOCIADOS S.R.L.', CONT,
         cols=C('det', 'piva', 'imp'), nitems=3, taxes=[('Otros Tributos', '0.5')], dstyle='%d-%m-%Y', nstyle='pvnro'),
     Doc('f09_fb_celulares_ml', 2309, 'B', ['CELUSHOP', 'Razón Social: CELUSHOP ACCESORIOS S.R.L.', 'Venta por Mercado Libre - Av. Corrientes 3200 - CABA'],
         'CELUSHOP ACCESORIOS S.R.L.', CELU, cols=C('art', 'desc', 'cant', 'pru', 'sub'), buyer='dni', nitems=3, nstyle='n'),
     Doc('f10_fa_sanitarios_bonif', 2310, 'A', ['Sanitarios Ituzaingó', 'SANITARIOS ITUZAINGO S.A.', 'Av. Rivadavia 21500 - Ituzaingó'], 'SANITARIOS ITUZAINGO S.A.', SANIT,
         cols=C('code', 'desc', 'cant', 'pu', 'bon', 'alic', 'sub'), bonif=True, rates=(21, 21, 10.5), taxes=[('Percepción IVA', '3')], cuit_dash=True),
     # e: emboss-pdf (pure Python, own writer)
     Doc('e01_fb_mascotas_kg', 2311, 'B', ['Pet Shop Huellitas', 'Av. Calchaquí 3300 - Florencio Varela'], 'Pet Shop Huellitas', MASC,
         cols=C('eanb', 'desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', nstyle='nro', discount=('Descuento socio 5%', '5')),
     Doc('e02_fa_gomeria_svc', 2312, 'A', ['GOMERIA RUTA 8', 'Razón Social: NEUMATICOS PILAR S.R.L.', 'Ruta 8 km 50 - Pilar'], 'NEUMATICOS PILAR S.R.L.', GOMA,
         cols=C('desc', 'cant', 'pu', 'piva', 'imp'), nitems=4, taxes=[('Percepción IIBB Buenos Aires', '3')], nstyle='comp'),
     Doc('e03_fc_guitarra_qrdmy', 2313, 'C', ['PEREZ GONZALO MARTIN', 'Profesor de música', 'Alsina 655 - Bahía Blanca'], 'PEREZ GONZALO MARTIN', PROF,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=2, buyer='cf', qr='dmy', cuit_pre='20', dstyle='%d-%m-%Y'),
     Doc('e04_fa_informatica_qrfecha', 2314, 'A', ['Razón Social: TECNOSUR INFORMATICA S.A.', 'Av. 7 N° 1020 - La Plata'], 'TECNOSUR INFORMATICA S.A.', COMP,
         cols=C('art', 'desc', 'cantidad', 'pu', 'alic', 'sub'), nitems=4, rates=(10.5, 10.5, 21, 21), qr_bad='date', cuit_dash=True, nstyle='N'),
     Doc('e05_fb_frigorifico_kg', 2315, 'B', ['Carnes El Tala', 'FRIGORIFICO EL TALA S.R.L.', 'San Martín 990 - Luján'], 'FRIGORIFICO EL TALA S.R.L.', FRIG,
         cols=C('desc', 'cant', 'u', 'pru', 'imp'), buyer='dni', dstyle='%d/%m/%y', amt='dollar', nstyle='pvnro'),
     Doc('e06_fa_hosting_usd', 2316, 'A', ['Razón Social: SERVIDORES PAMPA S.A.S.', 'Av. Colón 1100 - Córdoba'], 'SERVIDORES PAMPA S.A.S.', HOST,
         cols=C('det', 'alic', 'imp'), currency='USD', nitems=3),
     Doc('e07_fa_limpieza_totalmal', 2317, 'A', ['BRILLO TOTAL SERVICIOS', 'S.R.L.', 'Belgrano 2300 - Mar del Plata'], 'BRILLO TOTAL SERVICIOS S.R.L.', LIMP,
         cols=C('det', 'cant', 'pu', 'alic', 'imp'), nitems=3, totals_delta='350', amt='plain'),
     Doc('e08_fc_vivero_copias', 2318, 'C', ['Vivero Las Casuarinas', 'Camino General Belgrano 4400 - Gonnet'], 'Vivero Las Casuarinas', VIVE,
         cols=C('cantidad', 'desc', 'pu', 'imp'), buyer='cf', copies=('ORIGINAL', 'DUPLICADO'), cuit_pre='27', nitems=4),
     Doc('e09_fb_bazar_ml', 2319, 'B', ['Bazar Cocina Feliz', 'Razón Social: COCINA FELIZ S.A.', 'Envíos por Mercado Libre - Lavalle 2100 - CABA'], 'COCINA FELIZ S.A.', BAZAR,
         cols=C('code', 'desc', 'cant', 'pu', 'imp'), buyer='dni', qr='nowww', nitems=4, dstyle='long'),
     Doc('e10_fa_electricidad_ean', 2320, 'A', ['Casa Volta Materiales Eléctricos', 'Razón Social: VOLTA MATERIALES ELECTRICOS S.R.L.', 'Av. Mitre 2100 - Avellaneda'],
         'VOLTA MATERIALES ELECTRICOS S.R.L.', ELEC, cols=C('ean', 'desc', 'cant', 'pu', 'piva', 'sub'), taxes=[('Percepción IIBB CABA', '2'), ('Percepción IVA', '1.5')]),
     # p: PaPDF (pure Python, coordinates)
     Doc('p01_fb_verduleria_larga', 2321, 'B', ['FRUTAS Y VERDURAS DON NICO', 'Av. Mitre 3300 - Quilmes'], 'FRUTAS Y VERDURAS DON NICO', VERDU,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', nitems=10, cuit_pre='20', nstyle='pvnro'),
     Doc('p02_fa_sanitarios_tributos', 2322, 'A', ['Corralón El Ombú', 'Razón Social: CORRALON EL OMBU S.A.', 'Ruta 2 km 40 - La Plata'], 'CORRALON EL OMBU S.A.', SANIT,
         cols=C('cod', 'desc', 'cant', 'pru', 'alic', 'sub'), rates=(21, 10.5), taxes=[('Percepción IIBB Buenos Aires', '2'), ('Impuestos Internos', '1')], nstyle='nro'),
     Doc('p03_fc_psico_qrcuit', 2323, 'C', ['LIC. ACOSTA ROMINA BELEN', 'Psicopedagoga', 'Saavedra 120 - Tandil'], 'LIC. ACOSTA ROMINA BELEN', PSIC,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr_bad='cuit', cuit_pre='27', cuit_dash=True),
     Doc('p04_fa_flete_svc', 2324, 'A', ['MUDANZAS Y FLETES DEL SUR', 'SOCIEDAD ANONIMA', 'Av. Calchaquí 800 - Quilmes'], 'MUDANZAS Y FLETES DEL SUR SOCIEDAD ANONIMA', FLET,
         cols=C('det', 'cant', 'pu', 'alic', 'imp'), nitems=3, amt='plain', nstyle='n', dstyle='long'),
     Doc('p05_fb_mascotas_dto', 2325, 'B', ['Forrajería La Granja', 'Razón Social: LA GRANJA FORRAJES S.R.L.', 'Av. Eva Perón 1200 - Merlo'], 'LA GRANJA FORRAJES S.R.L.', MASC,
         cols=C('cantidad', 'art', 'desc', 'pu', 'imp'), buyer='dni', discount=('Bonificación 10% efectivo', '10'), amt='dollar', nitems=4),
     Doc('p06_fc_gomeria_nowww', 2326, 'C', ['Gomería El Rayo', 'Av. San Martín 5500 - Caseros'], 'Gomería El Rayo', GOMA, cols=C('desc', 'cant', 'pu', 'imp'),
         buyer='cf', dstyle='%d.%m.%Y', cuit_pre='20', qr='nowww', nitems=4),
     Doc('p07_fa_informatica_copias', 2327, 'A', ['Compumundo Oeste', 'Razón Social: COMPUTACION OESTE S.R.L.', 'Av. Gaona 3300 - Haedo'], 'COMPUTACION OESTE S.R.L.', COMP,
         cols=C('cod', 'desc', 'cant', 'pru', 'bon', 'piva', 'sub'), bonif=True, rates=(10.5, 10.5, 21, 21), copies=('ORIGINAL', 'DUPLICADO'), nitems=4,
         taxes=[('Percepción IIBB Buenos Aires', '2')]),
     Doc('p08_fb_libreria_sinqr', 2328, 'B', ['Librería Escolar Arcoíris', 'Belgrano 150 - San Isidro'], 'Librería Escolar Arcoíris', LIBRO,
         cols=C('eanb', 'cant', 'desc', 'pu', 'imp'), qr=None, amt='plain', buyer='cf', nstyle='N', dstyle='%d/%m/%y'),
     Doc('p09_fc_limpieza_qrdmy', 2329, 'C', ['ROMERO NATALIA VANESA', 'Servicios de limpieza', 'Los Tilos 45 - Hurlingham'], 'ROMERO NATALIA VANESA', LIMP,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr='dmy', cuit_pre='27', nstyle='comp'),
     Doc('p10_fb_frigorifico_ean', 2330, 'B', ['Frigorífico Don Julio', 'FRIGORIFICO DON JULIO S.A.', 'Av. Perón 2600 - Moreno'], 'FRIGORIFICO DON JULIO S.A.', FRIG,
         cols=C('desc', 'cant', 'u', 'pru', 'imp'), buyer='dni', dstyle='%d-%m-%Y', cuit_dash=True, discount=('Descuento jubilados 10%', '10')),
    ]
