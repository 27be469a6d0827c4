"""Round 28 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
Renderers (make_invoices.py) print only the strings built here; Doc.expected() writes the expected reading from
the same object (nothing re-typed)."""
import base64, datetime, json, random, textwrap
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

RATE_TXT = {'pct': lambda r: (f'{r:g}'.replace('.', ',')) + '%', 'dec': lambda r: f'{r:.2f}'.replace('.', ','),
            'decpct': lambda r: f'{r:.2f}'.replace('.', ',') + '%'}
MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()
UNIT_TXT = {'unid.': 'unid.', 'u': 'u', 'UN': 'UN', 'Unid': 'Unid'}

class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,),
                 taxes=(), discount=None, copies=(None,), qr='std', totals_delta=None, qr_bad=None,
                 currency='ARS', rate_style='pct', cuit_pre='30', total_label='Importe Total:', sub_label='Subtotal:',
                 rows_per_page=None, unit_txt='unid.', wrap=40, vat_label='IVA {r}:'):
        rng = random.Random(seed)
        self.name, self.letter = name, letter
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
        self.issuer_lines = list(issuer) + [f'CUIT: {c}', f'Ingresos Brutos: {rng.randrange(900,999)}-{rng.randrange(100000,999999)}-{rng.randrange(10)}',
                                             f'Condición frente al IVA: {iva_cond}', f'Inicio de Actividades: 01/0{rng.randrange(1,9)}/20{rng.randrange(10,20)}']
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        if nstyle == 'pv': nl = [f'Punto de Venta: {p}  Comp. Nro: {n}']
        elif nstyle == 'pv2': nl = [f'Punto de Venta: {p}', f'Comp. Nro: {n}']
        elif nstyle == 'n': nl = [f'Nº {p[1:]}-{n}']
        elif nstyle == 'nsign': nl = [f'N° {p}-{n}']
        elif nstyle == 'nro': nl = [f'Nro. {p[1:]}-{n}']
        else: nl = [f'FACTURA {letter} {p[1:]}-{n}']
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month-1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + nl + [f'Fecha de Emisión: {ds}']
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Razón Social: {rng.choice(["METALURGICA DEL OESTE S.A.", "COOPERATIVA AGRICOLA UNION LTDA.", "LOGISTICA PAMPEANA S.R.L."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición frente al IVA: IVA Responsable Inscripto',
                                f'Domicilio: {rng.choice(["Av. Rivadavia 10250 - CABA", "Ruta 9 km 12 - Córdoba", "Calle 7 N 1120 - La Plata"])}']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["ACOSTA, MARIA BELEN", "SOSA RODRIGO", "BENITEZ CLAUDIA"])}', f'DNI: {dni}',
                                'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Cliente: CONSUMIDOR FINAL', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(rng.choice(['Condición de venta: Contado', 'Forma de pago: Transferencia', 'Condición de venta: Cuenta corriente 30 días']))
        # items
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind == 'un': desc = desc + ['', ' X2', ' X3', ' X6', ' X12'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 100)
            if kind == 'kg': q = D(rng.randrange(150, 2500)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 7)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            self.items.append(dict(desc=desc, desc_lines=textwrap.wrap(desc, wrap), code=str(rng.randrange(10**4, 10**6)),
                                   ean=ean13(rng) if 'ean' in [x[0] for x in cols] else None,
                                   qs=qs, unit=unit, price=None if q is None else price, bonif=b, rate=rate, amount=amount))
        self.cols = cols
        st = amt if amt != 'dollar' else 'dot'
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return {'kg': 'kg', 'un': unit_txt, None: ''}[it['unit']]
            if key == 'desc': return '\n'.join(it['desc_lines'])
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return RATE_TXT[rate_style](float(it['rate']))
            if key == 'amount': return fmt(it['amount'], st)
        self.rows = [[cell(it, c[0]) for c in cols] for it in self.items]
        # totals
        A = letter == 'A'
        self.subtotal = sum((it['amount'] for it in self.items), D(0))
        self.vat = []
        tl = [(sub_label, self.subtotal)]
        if A:
            taxed = sum((it['amount'] for it in self.items if it['rate']), D(0))
            tl.append(('Importe Neto Gravado:', taxed))
            if any(not it['rate'] for it in self.items): tl.append(('Importe Exento:', self.subtotal - taxed))
            for r in sorted({it['rate'] for it in self.items if it['rate']}, reverse=True):
                v = r2(sum(it['amount'] for it in self.items if it['rate'] == r) * r / 100)
                self.vat.append((r, v)); tl.append((vat_label.format(r=RATE_TXT['pct'](float(r))), v))
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
            self.doc_lines.append('Moneda: USD'); self.footer_lines.append('Tipo de cambio BNA: 1.452,75')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR (RG 4291)
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1452.75 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date - datetime.timedelta(days=2)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '30'))
            if qr_bad == 'total': q['importe'] = float(self.total + 1000)
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

MAY = [('ACEITE DE OLIVA EXTRA VIRGEN 500ML', '6900', 'un'), ('AZUCAR COMUN TIPO A 1KG', '1350', 'un'), ('HARINA 0000 LEUDANTE 1KG', '1250', 'un'),
       ('YERBA MATE CON PALO 1KG', '4900', 'un'), ('FIDEOS MOSTACHOL 500G', '1190', 'un'), ('ARROZ PARBOIL 1KG', '1950', 'un'),
       ('ARVEJAS SECAS REMOJADAS LATA 350G', '990', 'un'), ('TOMATE TRITURADO 520G', '1050', 'un'), ('LAVANDINA CONCENTRADA 2L', '2100', 'un'),
       ('DETERGENTE LIMON 750ML', '2300', 'un')]
CEL = [('Funda silicona iPhone 15 color negro - Operación ML #2000009876543210', '12900', 'un'),
       ('Cargador rápido USB-C 25W con cable 1m - Operación ML #2000009876543211', '18500', 'un'),
       ('Vidrio templado 9H Samsung A54 pack x2', '7900', 'un'), ('Auriculares inalámbricos bluetooth TWS estuche de carga', '24500', 'un')]
ELEC = [('Mano de obra: cambio de tablero eléctrico y térmicas', '95000', 'svc'), ('Visita y diagnóstico de falla', '20000', 'svc'),
        ('Disyuntor diferencial 2x40A 30mA', '38000', 'un'), ('Cable unipolar 2,5mm rollo 100m', '72000', 'un')]
VERD = [('PAPA NEGRA X KG', '1100', 'kg'), ('CEBOLLA X KG', '1300', 'kg'), ('ZANAHORIA X KG', '1200', 'kg'), ('NARANJA JUGO X KG', '1600', 'kg'),
        ('LECHUGA MANTECOSA X UNIDAD', '1500', 'un'), ('ZAPALLITO REDONDO X KG', '2100', 'kg')]
IMP2 = [('Impresión revista 16 páginas color x500 ejemplares', '410000', 'un'), ('Diseño gráfico de tapa', '85000', 'un'), ('Stickers troquelados 5x5 x1000', '56000', 'un')]
HOST = [('Hosting anual plan Pyme 20GB', '180000', 'svc'), ('Dominio .com.ar renovación anual', '25000', 'svc'), ('Certificado SSL wildcard anual', '95000', 'svc')]
JUG = [('Bloques de construcción 250 piezas', '32000', 'un'), ('Muñeca articulada con accesorios', '27500', 'un'), ('Pelota de fútbol N 5', '18000', 'un'),
       ('Rompecabezas 1000 piezas paisaje', '15900', 'un'), ('Auto a control remoto 1:18', '45000', 'un')]
PSI = [('Sesiones de psicoterapia individual (4) - septiembre', '160000', 'svc'), ('Informe psicológico', '45000', 'svc')]
NEU = [('Neumático 185/65 R15 88H', '128000', 'un'), ('Alineación y balanceo', '38000', 'un'), ('Válvula de aire', '2500', 'un'), ('Cámara rodado 15', '21000', 'un')]
FAR = [('PARACETAMOL 500MG X16 COMP', '3900', 'un'), ('CREMA HIDRATANTE CORPORAL 400ML', '14200', 'un'), ('SHAMPOO ANTICASPA 375ML', '9800', 'un'),
       ('ENALAPRIL 10MG X30', '8700', 'un'), ('GASAS ESTERILES 10X10 X10', '2900', 'un')]
SUP = [('LECHE DESCREMADA 1L', '1500', 'un'), ('PAN LACTAL BLANCO 390G', '2800', 'un'), ('MANZANA ROJA X KG', '2900', 'kg'), ('JAMON COCIDO FETEADO X KG', '16900', 'kg'),
       ('QUESO RALLADO 150G', '4200', 'un'), ('GASEOSA COLA 2,25L', '3300', 'un'), ('BANANA X KG', '2400', 'kg'), ('GALLETITAS CRACKER 300G', '1950', 'un'),
       ('PAPEL HIGIENICO X4 30M', '3100', 'un'), ('CAFE MOLIDO 250G', '7400', 'un'), ('CARNE PICADA COMUN X KG', '8900', 'kg'), ('HUEVOS BLANCOS X12', '3600', 'un')]
FERR = [('Llave francesa ajustable 10"', '16500', 'un'), ('Taladro percutor 650W con maletín', '89000', 'un'), ('Tarugos de nylon 8mm x100', '3800', 'un'),
        ('Cinta métrica 5m', '6200', 'un'), ('Pintura látex exterior 4L', '38000', 'un')]
PELU = [('Corte y brushing', '18000', 'svc'), ('Coloración completa', '42000', 'svc'), ('Tratamiento de keratina', '55000', 'svc'), ('Shampoo profesional 500ml', '14000', 'un')]
DIST = [('AGUA SABORIZADA 1,5L PACK X6', '9800', 'un'), ('CERVEZA NEGRA LATA 473 PACK X6', '16900', 'un'), ('FERNET 750ML', '14500', 'un'),
        ('GASEOSA LIMA LIMON 2,25L PACK X6', '18900', 'un'), ('VINO BLANCO TORRONTES 750ML CAJA X6', '39000', 'un')]
LIB = [('Cuaderno universitario rayado 84 hojas', '4700', 'un'), ('Lapicera gel azul x3', '3300', 'un'), ('Mochila escolar con carro', '58000', 'un'),
       ('Calculadora científica', '29000', 'un'), ('Repuesto hojas cuadriculadas x96', '3600', 'un')]
PAN = [('Pan de campo x kg', '3400', 'kg'), ('Facturas de manteca (docena)', '9600', 'un'), ('Prepizza x2', '3900', 'un'), ('Bizcochos de grasa x kg', '7800', 'kg')]
AGR = [('Semilla soja bolsa 40kg', '98000', 'un'), ('Fertilizante fosfato diamónico 50kg', '71000', 'un'), ('Libro técnico de suelos', '22000', 'un'),
       ('Herbicida 2,4-D 20L', '86000', 'un')]
BICI = [('Bicicleta rodado 29 aluminio 21 velocidades', '420000', 'un'), ('Casco ciclista regulable', '35000', 'un'), ('Cámara rodado 29', '9500', 'un'),
        ('Luz trasera LED recargable', '12800', 'un'), ('Candado espiral con llave', '8900', 'un')]
PROF = [('Clases de inglés nivel intermedio - octubre', '96000', 'svc'), ('Material didáctico', '15000', 'svc')]
EST = [('Honorarios por liquidación de impuestos mensual', '220000', 'svc'), ('Presentación declaración jurada Ganancias', '310000', 'svc'),
       ('Trámites ante organismos', '90000', 'svc')]
REP = [('Kit de distribución correa + tensor', '112000', 'un'), ('Bujía iridium', '14800', 'un'), ('Filtro de aire', '11200', 'un'), ('Líquido refrigerante 5L', '16500', 'un'),
       ('Escobilla limpiaparabrisas 22"', '9800', 'un')]
CARN = [('BIFE DE CHORIZO X KG', '17900', 'kg'), ('MATAMBRE X KG', '13800', 'kg'), ('POLLO ENTERO X KG', '4300', 'kg'), ('MORCILLA X KG', '6900', 'kg'),
        ('MILANESA DE NALGA X KG', '15500', 'kg')]
FOTO = [('Cobertura fotográfica evento (4 horas)', '250000', 'svc'), ('Edición digital de 100 fotografías', '60000', 'svc'), ('Álbum impreso 30x30', '95000', 'un')]
COMP = [('Notebook 15,6" Core i5 16GB RAM 512GB SSD', '980000', 'un'), ('Mouse inalámbrico', '14500', 'un'), ('Instalación y configuración de equipo', '35000', 'un'),
        ('Disco externo 1TB USB 3.0', '89000', 'un')]
DIET = [('NUECES MARIPOSA X KG', '19800', 'kg'), ('PASAS DE UVA X KG', '8900', 'kg'), ('SEMILLAS DE CHIA X KG', '7600', 'kg'), ('ACEITE DE COCO 360ML', '9200', 'un'),
        ('GRANOLA SIN TACC 500G', '6400', 'un')]
COST = [('Arreglo de ruedo de pantalones (3)', '12000', 'svc'), ('Confección de cortinas a medida', '68000', 'svc'), ('Cierre invisible 20cm', '1200', 'un')]
OPT = [('Lentes de contacto mensuales caja x6', '38000', 'un'), ('Anteojos de sol polarizados', '79000', 'un'), ('Solución para lentes 360ml', '11500', 'un'),
       ('Paño de microfibra', '2500', 'un')]
VIV = [('Limonero en maceta 10L', '26000', 'un'), ('Sustrato universal 50dm3', '8900', 'un'), ('Maceta plástica 30cm', '6500', 'un'), ('Fertilizante líquido 1L', '7800', 'un'),
       ('Plantines de lechuga x12', '4500', 'un')]
MAT = [('Cemento portland bolsa 50kg', '11900', 'un'), ('Ladrillo hueco 12x18x33', '890', 'un'), ('Hierro del 8 barra 12m', '9800', 'un'), ('Arena gruesa m3', '42000', 'un'),
       ('Cal hidratada 25kg', '6200', 'un')]
CERR = [('Apertura de puerta sin daño', '35000', 'svc'), ('Cambio de combinación de cerradura', '28000', 'svc'), ('Copia de llave doble paleta (3)', '9000', 'svc')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'int': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'gtin': ('ean', 'GTIN', 'l'), 'cb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'),
                 'u': ('unit', 'U.M.', 'l'), 'unid': ('unit', 'Unidad', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'prod': ('desc', 'Producto', 'l'),
                 'conc': ('desc', 'Concepto', 'l'), 'det': ('desc', 'Detalle', 'l'), 'pu': ('price', 'P. Unit.', 'r'), 'pun': ('price', 'P. Unitario', 'r'),
                 'pr': ('price', 'Precio', 'r'), 'bon': ('bonif', 'Bonif. %', 'r'), 'dto': ('bonif', 'Dto. %', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'),
                 'iva': ('rate', 'IVA', 'r'), 'piva': ('rate', '% IVA', 'r'), 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'),
                 'tot': ('amount', 'Total', 'r'), 'neto': ('amount', 'Importe Neto', 'r')}[x] for x in k]

def DOCS():
    return [
     # d: docugenr8
     Doc('d01_fa_mayorista_multipag', 2801, 'A', ['MAYORISTA EL CRUCE S.A.', 'Av. Circunvalación 2450 - Córdoba'], 'MAYORISTA EL CRUCE S.A.', MAY,
         cols=C('code', 'desc', 'cant', 'unid', 'pu', 'alic', 'neto'), rates=(21, 10.5, 21), nitems=40, rows_per_page=24, nstyle='pv2',
         taxes=[('Percepción IIBB Córdoba', '2.5')], unit_txt='UN', wrap=34),
     Doc('d02_fb_celulares_ml', 2802, 'B', ['TecnoShop Once', 'Razón Social: TECNO SHOP ONCE S.R.L.', 'Pasteur 450 - CABA'], 'TECNO SHOP ONCE S.R.L.', CEL,
         cols=C('cantidad', 'prod', 'pu', 'imp'), buyer='dni', nstyle='nro', nitems=4, wrap=42, amt='dollar'),
     Doc('d03_fc_electricista_svc', 2803, 'C', ['PERALTA HUGO DANIEL', 'Electricista matriculado', 'Los Jazmines 1180 - Merlo'], 'PERALTA HUGO DANIEL', ELEC,
         cols=C('det', 'cant', 'pr', 'imp'), nitems=4, buyer='dni', qr='nowww', cuit_pre='20', dstyle='%d-%m-%Y'),
     Doc('d04_fb_verduleria_kg', 2804, 'B', ['Verdulería Los Hermanos', 'Av. San Martín 3120 - Mar del Plata'], 'Verdulería Los Hermanos', VERD,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', dstyle='%d.%m.%Y', unit_txt='u', nitems=6, amt='plain'),
     Doc('d05_fa_imprenta_copias', 2805, 'A', ['Imprenta Rápida Centro', 'Razón Social: ARTES GRAFICAS CENTRO S.A.', 'Sarmiento 1234 - Rosario'],
         'ARTES GRAFICAS CENTRO S.A.', IMP2, cols=C('cantidad', 'desc', 'pu', 'piva', 'imp'), rates=(21,), nitems=3, copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'),
         taxes=[('Percepción IVA', '3')], nstyle='nsign', cuit_dash=True, wrap=44),
     Doc('d06_fa_hosting_usd', 2806, 'A', ['Razón Social: SERVIDORES DEL SUR S.A.S.', 'Av. Corrientes 880 Piso 9 - CABA'], 'SERVIDORES DEL SUR S.A.S.', HOST,
         cols=C('conc', 'iva', 'imp'), currency='USD', nitems=3, dstyle='long'),
     Doc('d07_fb_jugueteria_totalmal', 2807, 'B', ['Juguetería Pinocho', 'Av. Mitre 780 - Quilmes'], 'Juguetería Pinocho', JUG, cols=C('cod', 'desc', 'cant', 'pu', 'sub'),
         buyer='cf', totals_delta='-200', discount=('Descuento pago efectivo 10%', '10'), nstyle='fact'),
     Doc('d08_fc_psicologa_svc', 2808, 'C', ['LIC. RUIZ CAROLINA INES', 'Psicóloga - M.N. 45.321', 'Güemes 2210 Dto. 4 - CABA'], 'LIC. RUIZ CAROLINA INES', PSI,
         cols=C('det', 'imp'), nitems=2, buyer='dni', cuit_pre='27', dstyle='long', cuit_dash=True),
     Doc('d09_fa_neumaticos_qrtotal', 2809, 'A', ['NEUMATICOS RUTA 3', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'Ruta 3 km 45 - Cañuelas'],
         'NEUMATICOS RUTA 3 SOCIEDAD DE RESPONSABILIDAD LIMITADA', NEU, cols=C('cod', 'desc', 'cantidad', 'pun', 'alic', 'imp'), nitems=4, qr_bad='total',
         taxes=[('Percepción IIBB Buenos Aires', '2')], nstyle='n'),
     Doc('d10_fb_farmacia_ean', 2810, 'B', ['Farmacia Del Pueblo', 'FARMACIA DEL PUEBLO S.C.S.', 'Belgrano 55 - Luján'], 'FARMACIA DEL PUEBLO S.C.S.', FAR,
         cols=C('gtin', 'desc', 'cant', 'pu', 'imp'), buyer='dni', discount=('Descuento obra social 40%', '40'), nstyle='pv'),
     # m: pdf-maker
     Doc('m01_fb_super_multipag', 2821, 'B', ['Supermercado La Económica', 'Av. Perón 1550 - San Miguel'], 'Supermercado La Económica', SUP,
         cols=C('ean', 'desc', 'cant', 'pu', 'imp'), buyer='cf', nitems=36, rows_per_page=22, nstyle='n', amt='dollar'),
     Doc('m02_fa_ferreteria_bonif', 2822, 'A', ['Ferretería Industrial Norte', 'Razón Social: BULONERA NORTE S.R.L.', 'Av. Maipú 2890 - Vicente López'],
         'BULONERA NORTE S.R.L.', FERR, cols=C('int', 'desc', 'cant', 'pu', 'dto', 'iva', 'neto'), bonif=True, rates=(21, 10.5), cuit_dash=True,
         taxes=[('Percepción IIBB Buenos Aires', '3')], nstyle='pv', wrap=30),
     Doc('m03_fc_peluqueria_qrnro', 2823, 'C', ['Estilo Vanesa Peluquería', 'Pueyrredón 650 - Rosario'], 'Estilo Vanesa Peluquería', PELU,
         cols=C('desc', 'cant', 'pr', 'imp'), buyer='dni', qr_bad='number', cuit_pre='27', nitems=4, nstyle='nro'),
     Doc('m04_fa_distribuidora_tributos', 2824, 'A', ['DISTRIBUIDORA LOS TILOS', 'SOCIEDAD ANONIMA', 'Calle 60 N 1450 - La Plata'],
         'DISTRIBUIDORA LOS TILOS SOCIEDAD ANONIMA', DIST, cols=C('cod', 'desc', 'cant', 'pu', 'alic', 'sub'), rates=(21, 21, 27),
         taxes=[('Impuestos Internos', '4'), ('Percepción IIBB Buenos Aires', '2.5')], nstyle='fact', rate_style='dec'),
     Doc('m05_fb_libreria_nowww', 2825, 'B', ['Librería Escolar Arcoíris', 'Razón Social: ARCOIRIS PAPELERA S.R.L.', 'Av. Libertador 420 - Salta'],
         'ARCOIRIS PAPELERA S.R.L.', LIB, cols=C('cantidad', 'desc', 'pu', 'imp'), amt='plain', buyer='cf', qr='nowww', dstyle='%d/%m/%y'),
     Doc('m06_fc_panaderia_copias', 2826, 'C', ['Panadería San Cayetano', 'Alsina 321 - Bahía Blanca'], 'Panadería San Cayetano', PAN,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', copies=('ORIGINAL', 'DUPLICADO'), cuit_pre='20', dstyle='%d-%m-%Y', nitems=4),
     Doc('m07_fa_agro_exento', 2827, 'A', ['AGROSERVICIOS DEL LITORAL S.A.', 'Ruta 11 km 420 - Reconquista'], 'AGROSERVICIOS DEL LITORAL S.A.', AGR,
         cols=C('cantidad', 'desc', 'pu', 'piva', 'imp'), rates=(10.5, 21, 0, 21), nitems=4, nstyle='nsign', cuit_dash=True),
     Doc('m08_fb_bicicleteria_dto', 2828, 'B', ['Bicicletería El Rayo', 'Razón Social: EL RAYO BIKES S.A.S.', 'Av. Colón 1999 - Córdoba'], 'EL RAYO BIKES S.A.S.',
         BICI, cols=C('cod', 'desc', 'cant', 'pu', 'imp'), buyer='dni', discount=('Bonificación pago efectivo 10%', '10'), amt='dollar', nstyle='pv2'),
     Doc('m09_fc_profesora_qrdmy', 2829, 'C', ['GOMEZ VALERIA SOLEDAD', 'Profesora de inglés', 'Tucumán 455 - Paraná'], 'GOMEZ VALERIA SOLEDAD', PROF,
         cols=C('conc', 'imp'), nitems=2, buyer='cf', qr='dmy', cuit_pre='27', dstyle='%d.%m.%Y'),
     Doc('m10_fa_estudio_svc', 2830, 'A', ['Razón Social: ESTUDIO CONTABLE BRAVO & ASOC. S.R.L.', 'Lavalle 1720 Of. 5 - CABA'], 'ESTUDIO CONTABLE BRAVO & ASOC. S.R.L.', EST,
         cols=C('det', 'piva', 'imp'), nitems=3, dstyle='long', taxes=[('Otros Tributos', '0.8')], wrap=50),
     # e: edof
     Doc('e01_fa_repuestos_bonif', 2841, 'A', ['Repuestos Automotor Oeste', 'Razón Social: AUTOPARTES OESTE S.A.', 'Av. Rivadavia 18500 - Morón'],
         'AUTOPARTES OESTE S.A.', REP, cols=C('cod', 'desc', 'cant', 'pu', 'bon', 'alic', 'neto'), bonif=True, taxes=[('Percepción IIBB Buenos Aires', '2')],
         nstyle='pv', wrap=28),
     Doc('e02_fb_carniceria_kg', 2842, 'B', ['Carnicería El Gaucho', 'Razón Social: FRIGORIFICO EL GAUCHO S.R.L.', 'Av. Jujuy 777 - Santa Fe'],
         'FRIGORIFICO EL GAUCHO S.R.L.', CARN, cols=C('desc', 'cant', 'unid', 'pu', 'imp'), buyer='cf', dstyle='%d/%m/%y', nstyle='fact'),
     Doc('e03_fc_fotografo_qrdmy', 2843, 'C', ['MEDINA LUCAS EZEQUIEL', 'Fotografía social y eventos', 'Belgrano 1430 - San Juan'], 'MEDINA LUCAS EZEQUIEL', FOTO,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr='dmy', cuit_pre='20', nstyle='nro'),
     Doc('e04_fa_computacion_nowww', 2844, 'A', ['INFORMATICA DEL CENTRO S.R.L.', 'Av. 9 de Julio 1050 - Resistencia'], 'INFORMATICA DEL CENTRO S.R.L.', COMP,
         cols=C('cantidad', 'desc', 'pun', 'piva', 'imp'), rates=(10.5, 21, 21, 10.5), nitems=4, qr='nowww', taxes=[('Percepción IIBB Chaco', '2.5')],
         nstyle='n', amt='plain', wrap=32),
     Doc('e05_fb_dietetica_totalmal', 2845, 'B', ['Dietética Vida Sana', 'España 240 - Mendoza'], 'Dietética Vida Sana', DIET,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', totals_delta='350', dstyle='%d.%m.%Y', unit_txt='Unid'),
     Doc('e06_fc_costurera_svc', 2846, 'C', ['Taller de Costura Marta', 'Entre Ríos 870 - Santiago del Estero'], 'Taller de Costura Marta', COST,
         cols=C('det', 'cant', 'pr', 'imp'), nitems=3, buyer='dni', cuit_pre='27', dstyle='%d-%m-%Y', cuit_dash=True),
     Doc('e07_fb_optica_ean', 2847, 'B', ['Óptica Visión Clara', 'OPTICA VISION CLARA S.R.L.', 'San Martín 560 - Neuquén'], 'OPTICA VISION CLARA S.R.L.', OPT,
         cols=C('cb', 'desc', 'cant', 'pu', 'imp'), buyer='dni', nitems=4, amt='dollar', nstyle='nsign'),
     Doc('e08_fb_vivero_sinqr', 2848, 'B', ['Vivero Las Acacias', 'Razón Social: LAS ACACIAS VIVERO S.A.S.', 'Camino Gral. Belgrano km 8 - Berazategui'],
         'LAS ACACIAS VIVERO S.A.S.', VIV, cols=C('cantidad', 'desc', 'pu', 'imp'), qr=None, buyer='cf', dstyle='long', nstyle='pv2'),
     Doc('e09_fa_materiales_qrfecha', 2849, 'A', ['CORRALON SAN JOSE S.A.', 'Ruta 8 km 50 - Pilar'], 'CORRALON SAN JOSE S.A.', MAT,
         cols=C('code', 'desc', 'cantidad', 'pu', 'iva', 'tot'), rates=(21,), qr_bad='date', cuit_dash=True, taxes=[('Percepción IIBB Buenos Aires', '1.5')]),
     Doc('e10_fc_cerrajero_svc', 2850, 'C', ['CERRAJERIA 24 HS DE ROLDAN PABLO', 'Av. Pellegrini 900 - Rosario'], 'CERRAJERIA 24 HS DE ROLDAN PABLO', CERR,
         cols=C('conc', 'imp'), nitems=3, buyer='cf', cuit_pre='20', nstyle='pv'),
    ]
