"""Round 24 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
Renderers (layouts.py + render/) print only the strings built here; Doc.expected() writes the expected reading
from the same object. The Doc class follows round 18's structure (read as a model), with round 24's own variants."""
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
UNIT_TXT = {'unid': {'kg': 'kg', 'un': 'unid.'}, 'u': {'kg': 'Kg', 'un': 'u'}, 'UN': {'kg': 'KG', 'un': 'UN'}}

class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,),
                 taxes=(), discount=None, copies=(None,), qr='std', totals_delta=None, qr_bad=None,
                 currency='ARS', rate_style='pct', cuit_pre='30', total_label='Importe Total:', unit_style='unid',
                 rows_per_page=None, notes=()):
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
        self.issuer_head = list(issuer)
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_tax = [f'CUIT: {c}', f'Ingresos Brutos: {rng.randrange(900,999)}-{rng.randrange(100000,999999)}-{rng.randrange(10)}',
                           f'Condición frente al IVA: {iva_cond}', f'Inicio de Actividades: 01/0{rng.randrange(1,9)}/20{rng.randrange(10,20)}']
        p4, p5, n = f'{self.pos:04d}', f'{self.pos:05d}', f'{self.number:08d}'
        self.number_lines = {
            'pv': [f'Punto de Venta: {p5}', f'Comp. Nro: {n}'],
            'n': [f'Nº {p4}-{n}'],
            'grado': [f'N° {p4}-{n}'],
            'nro': [f'Nro. {p4}-{n}'],
            'fact': [f'FACTURA {letter} {p4}-{n}'],
            'pvsp': [f'P.V. {self.pos}   Nro. {self.number}'],
        }[nstyle]
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month-1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.date_line = f'Fecha de Emisión: {ds}' if nstyle != 'pvsp' else f'Fecha: {ds}'
        self.code_line = f'COD. {self.code:02d}'
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Razón Social: {rng.choice(["METALURGICA SAN JOSE S.A.", "LOGISTICA PAMPEANA S.R.L.", "CONSORCIO EDIFICIO RIVADAVIA 4500"])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición frente al IVA: IVA Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["ACOSTA, MARIANA", "BENITEZ CARLOS DANIEL", "SOSA VALERIA INES"])}', f'DNI: {dni}', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(rng.choice(['Condición de venta: Contado', 'Condición de venta: Cuenta corriente', 'Forma de pago: Transferencia']))
        self.notes = list(notes)
        # items
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
            self.items.append(dict(desc=desc, code=str(rng.randrange(10**3, 10**6)).zfill(6), ean=ean13(rng) if 'ean' in [x[0] for x in cols] else None,
                                   qs=qs, unit=unit, price=None if q is None else price, bonif=b, rate=rate, amount=amount))
        self.cols = cols
        st = amt if amt != 'dollar' else 'dot'
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return '' if it['unit'] is None else UNIT_TXT[unit_style][it['unit']]
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
        self.currency_lines = []
        if currency == 'USD':
            self.currency_lines = ['Moneda: USD', 'Tipo de cambio: 1.455,50']
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1455.5 if currency == 'USD' else 1,
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
            if qr == 'strings': q = {a: str(b) for a, b in q.items()}
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

# ---- products (description, base price, kind) ----
CELU = [('Auriculares inalámbricos Bluetooth 5.3 con estuche de carga y cancelación de ruido', '38000', 'un'),
        ('Funda silicona para celular modelo A54 color negro', '6900', 'un'), ('Cargador rápido USB-C 25W con cable 1m', '15500', 'un'),
        ('Vidrio templado 9H pantalla completa pack x2', '5200', 'un')]
SUPER = [('YERBA MATE CON PALO 1KG', '5200', 'un'), ('MILANESA DE NALGA X KG', '13900', 'kg'), ('TOMATE REDONDO X KG', '2400', 'kg'),
         ('LECHE DESCREMADA SACHET 1L', '1390', 'un'), ('FIDEOS MOSTACHOL 500G', '1290', 'un'), ('PAPA BLANCA X KG', '990', 'kg'),
         ('ACEITE DE OLIVA EXTRA VIRGEN 500ML', '9800', 'un'), ('QUESO RALLADO 150G', '3100', 'un'), ('DETERGENTE LIMON 750ML', '2300', 'un')]
ELEC = [('CABLE TALLER TPR 2X1,5MM X METRO', '1650', 'un'), ('TOMACORRIENTE DOBLE 10A BLANCO LINEA MODERNA', '4100', 'un'),
        ('DISYUNTOR DIFERENCIAL BIPOLAR 40A 30MA', '38900', 'un'), ('LAMPARA LED 12W LUZ FRIA E27', '1850', 'un'), ('CAJA DE LUZ EMBUTIR 5X10', '690', 'un')]
GAS = [('Revisión y prueba de hermeticidad de instalación de gas', '60000', 'svc'), ('Cambio de flexible de cocina y ajuste de llave de paso', '35000', 'svc'),
       ('Llave de paso gas 1/2"', '14800', 'un'), ('Cinta teflón para gas', '2100', 'un')]
FIAM = [('JAMON CRUDO FETEADO X KG', '32000', 'kg'), ('SALAME TIPO MILAN X KG', '21500', 'kg'), ('QUESO DAMBO X KG', '12800', 'kg'),
        ('ACEITUNAS VERDES FRASCO 330G', '4500', 'un'), ('PAN DE CAMPO', '3800', 'un')]
HOST = [('Hosting web plan Pyme anual con dominio .com.ar y certificado SSL', '180000', 'svc'), ('Soporte técnico remoto - bolsa de 10 horas', '120000', 'svc'),
        ('Migración de casillas de correo', '60000', 'svc')]
ABOG = [('Honorarios profesionales por redacción de contrato de locación', '250000', 'svc'), ('Certificación de firmas', '45000', 'svc')]
MUEB = [('Silla de comedor madera de paraíso tapizada', '68000', 'un'), ('Mesa ratona de pino 90x50', '95000', 'un'), ('Estante flotante melamina 80cm', '21000', 'un'),
        ('Flete y armado a domicilio', '30000', 'svc')]
VERD = [('Manzana roja x kg', '2600', 'kg'), ('Naranja de jugo x kg', '1400', 'kg'), ('Acelga atado', '1200', 'un'), ('Zanahoria x kg', '1100', 'kg'),
        ('Banana x kg', '2200', 'kg')]
CONST = [('CEMENTO PORTLAND BOLSA 50KG', '11200', 'un'), ('ARENA FINA BOLSON 1M3', '68000', 'un'), ('HIERRO CONSTRUCCION 8MM X 12M', '9400', 'un'),
         ('LADRILLO HUECO 12X18X33', '690', 'un'), ('CAL HIDRATADA BOLSA 25KG', '5600', 'un'), ('MALLA SIMA 15X15 4,2MM 2X6M', '41000', 'un')]
GYM = [('Cuota mensual musculación - mayo', '42000', 'svc'), ('Clase de pilates (pack 8 clases)', '56000', 'svc')]
MASC = [('Alimento gato adulto castrado 7,5kg', '54000', 'un'), ('Piedras sanitarias aglomerantes 4kg', '8900', 'un'), ('Rascador con cucha para gato 60cm', '47000', 'un'),
        ('Collar antipulgas perro grande', '12500', 'un')]
INFO = [('Notebook 15,6" Core i5 16GB RAM SSD 512GB Windows 11', '1350000', 'un'), ('Mouse inalámbrico ergonómico', '18500', 'un'), ('Monitor LED 24" Full HD IPS', '290000', 'un'),
        ('Licencia antivirus 3 equipos 1 año', '32000', 'svc')]
PELU = [('Corte y brushing', '18000', 'svc'), ('Coloración completa', '45000', 'svc'), ('Shampoo reparador 300ml', '11500', 'un')]
AGUA = [('AGUA MINERAL BIDON 20L', '3900', 'un'), ('SODA SIFON 1,5L', '1100', 'un'), ('ALQUILER DISPENSER FRIO/CALOR - MES', '9500', 'svc')]
NEUM = [('Neumático 185/65 R15 88H', '142000', 'un'), ('Alineación y balanceo', '28000', 'svc'), ('Válvula de aire', '1500', 'un'), ('Cámara de aire rodado 13', '12000', 'un')]
ODON = [('Consulta odontológica y limpieza', '40000', 'svc'), ('Restauración con resina pieza 26', '65000', 'svc')]
LIBR = [('Cuaderno universitario rayado 84 hojas', '4900', 'un'), ('Resma A4 75g 500 hojas', '9100', 'un'), ('Lapicera gel azul x3', '3600', 'un'),
        ('Carpeta N3 con anillos', '6400', 'un'), ('Calculadora científica', '24500', 'un')]
MAYO = [('ACEITE GIRASOL 1,5L', '3600', 'un'), ('AZUCAR COMUN 1KG', '1400', 'un'), ('HARINA 0000 1KG', '1200', 'un'), ('YERBA MATE SUAVE 1KG', '5300', 'un'),
        ('ARROZ LARGO FINO 1KG', '1900', 'un'), ('ARVEJAS SECAS REMOJADAS 350G', '900', 'un'), ('TOMATE TRITURADO 520G', '1100', 'un'),
        ('LAVANDINA 2L', '1700', 'un'), ('PAPEL HIGIENICO 4 ROLLOS 30M', '2800', 'un'), ('GALLETITAS SALADAS 3X107G', '2100', 'un'), ('SAL FINA 500G', '700', 'un')]
MATE = [('Mate de calabaza forrado en cuero con virola de alpaca', '32000', 'un'), ('Bombilla pico de loro alpaca', '14500', 'un'), ('Termo acero inoxidable 1L', '45000', 'un')]
CATE = [('Servicio de catering evento 40 personas - menú ejecutivo', '720000', 'svc'), ('Alquiler de vajilla y mantelería', '85000', 'svc'), ('Mozos (3) por 5 horas', '150000', 'svc')]
BICI = [('Bicicleta MTB rodado 29 aluminio 21 vel.', '480000', 'un'), ('Casco ciclismo talle M', '39000', 'un'), ('Service completo de bicicleta', '35000', 'svc'),
        ('Cubierta 29x2.10', '28000', 'un')]
JUG = [('Juego de mesa de estrategia familiar', '29000', 'un'), ('Rompecabezas 1000 piezas paisaje', '18500', 'un'), ('Muñeca articulada con accesorios', '24000', 'un'),
       ('Pelota de fútbol N5', '21000', 'un')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'Unidad', 'l'),
                 'um': ('unit', 'U.M.', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
                 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'punit': ('price', 'Precio Unitario', 'r'),
                 'bon': ('bonif', '% Bonif', 'r'), 'dto': ('bonif', 'Dto. %', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', 'IVA %', 'r'),
                 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'tot': ('amount', 'Total', 'r')}[x] for x in k]

def DOCS():
    return [
     # r: RBPDF (Ruby)
     Doc('r01_fa_electricidad_bonif', 2401, 'A', ['Casa Voltio', 'Razón Social: MATERIALES ELECTRICOS VOLTIO S.R.L.', 'Av. Hipólito Yrigoyen 8120 - Lomas de Zamora'],
         'MATERIALES ELECTRICOS VOLTIO S.R.L.', ELEC, cols=C('code', 'desc', 'cant', 'pu', 'bon', 'alic', 'sub'), bonif=True, rates=(21, 21, 10.5),
         taxes=[('Percepción IIBB Buenos Aires', '3')], nstyle='nro'),
     Doc('r02_fb_super_multipag', 2402, 'B', ['Supermercado La Estrella', 'DISTRIBUIDORA LA ESTRELLA S.A.', 'Av. San Martín 2450 - San Miguel de Tucumán'],
         'DISTRIBUIDORA LA ESTRELLA S.A.', SUPER, cols=C('ean', 'desc', 'cant', 'u', 'pu', 'imp'), nitems=40, rows_per_page=26, buyer='cf',
         discount=('Descuento día jubilados 15%', '15'), amt='dollar', nstyle='grado', unit_style='u'),
     Doc('r03_fc_gasista_svc', 2403, 'C', ['PERALTA MIGUEL ANGEL', 'Gasista matriculado Mat. 12.345', 'Calle 12 N° 1456 - La Plata'], 'PERALTA MIGUEL ANGEL', GAS,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=4, buyer='dni', qr='nowww', cuit_pre='20', dstyle='%d-%m-%Y', cuit_dash=True),
     Doc('r04_fb_mlseller_celulares', 2404, 'B', ['TecnoShop BA', 'Razón Social: ACCESORIOS MOVILES DEL OESTE S.A.S.', 'Venta por Mercado Libre - Morón'],
         'ACCESORIOS MOVILES DEL OESTE S.A.S.', CELU, cols=C('desc', 'cant', 'pru', 'imp'), nitems=4, buyer='dni', nstyle='pv'),
     Doc('r05_fb_fiambreria_totalmal', 2405, 'B', ['Fiambrería El Tano', 'Av. Alberdi 3021 - CABA'], 'Fiambrería El Tano', FIAM,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', totals_delta='-200', dstyle='%d.%m.%Y', nstyle='n'),
     Doc('r06_fa_materiales_perc', 2406, 'A', ['CORRALON LOS ALAMOS S.A.', 'Ruta 3 km 45 - Cañuelas'], 'CORRALON LOS ALAMOS S.A.', CONST,
         cols=C('art', 'desc', 'cantidad', 'punit', 'piva', 'imp'), rates=(21, 21, 10.5), taxes=[('Percepción IIBB Buenos Aires', '2.5'), ('Percepción IVA', '3')],
         nstyle='fact', cuit_dash=True),
     Doc('r07_fc_peluqueria', 2407, 'C', ['Estética Bella', 'de ROMERO GISELA NOEMI', 'Av. Pellegrini 1330 - Rosario'], 'Estética Bella', PELU,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='cf', cuit_pre='27', dstyle='long'),
     Doc('r08_fb_libreria_sinqr', 2408, 'B', ['Librería Escolar Nuevo Día', 'Razón Social: NUEVO DIA PAPELERA S.R.L.', 'Mitre 455 - Neuquén'], 'NUEVO DIA PAPELERA S.R.L.', LIBR,
         cols=C('cod', 'desc', 'cant', 'pu', 'imp'), qr=None, amt='plain', buyer='cf', nstyle='nro', dstyle='%d/%m/%y'),
     Doc('r09_fa_informatica_qrnro', 2409, 'A', ['Razón Social: SOLUCIONES INFORMATICAS DEL CENTRO S.A.', 'Bv. San Juan 620 - Córdoba'],
         'SOLUCIONES INFORMATICAS DEL CENTRO S.A.', INFO, cols=C('cod', 'desc', 'cant', 'pru', 'alic', 'sub'), nitems=4, qr_bad='number',
         taxes=[('Percepción IIBB Córdoba', '2')], nstyle='grado'),
     Doc('r10_fb_bicicleteria_dto', 2410, 'B', ['Bicicletería Rueda Libre', 'Razón Social: RUEDA LIBRE S.R.L.', 'Av. Costanera 99 - Posadas'], 'RUEDA LIBRE S.R.L.', BICI,
         cols=C('cantidad', 'desc', 'pu', 'dto', 'imp'), bonif=True, buyer='dni', discount=('Bonificación pago en efectivo 10%', '10'), nitems=4),
     # h: Horde_Pdf (PHP)
     Doc('h01_fa_distribuidora_ean', 2411, 'A', ['Distribuidora Norte', 'Razón Social: DISTRIBUIDORA NORTE DE ALIMENTOS S.A.', 'Av. Independencia 3900 - Mar del Plata'],
         'DISTRIBUIDORA NORTE DE ALIMENTOS S.A.', MAYO, cols=C('eanb', 'desc', 'cant', 'um', 'pu', 'piva', 'imp'), rates=(21, 10.5, 10.5, 21),
         taxes=[('Percepción IIBB Buenos Aires', '1.5')], nstyle='pv', unit_style='UN', nitems=8, rate_style='dec'),
     Doc('h02_fb_verduleria_kg', 2412, 'B', ['Verdulería Los Hermanos', 'Mercado Concentrador puesto 31 - Mendoza'], 'Verdulería Los Hermanos', VERD,
         cols=C('desc', 'cant', 'um', 'pu', 'imp'), buyer='cf', nstyle='n', dstyle='%d/%m/%y', unit_style='UN'),
     Doc('h03_fc_gimnasio_qrdmy', 2413, 'C', ['Gimnasio Fuerza Sur', 'de CASTRO DIEGO HERNAN', 'Av. Calchaquí 2100 - Quilmes'], 'Gimnasio Fuerza Sur', GYM,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr='dmy', cuit_pre='20', nstyle='nro'),
     Doc('h04_fa_construccion_copias', 2414, 'A', ['MATERIALES DEL VALLE', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'Ruta 22 km 1210 - Cipolletti'],
         'MATERIALES DEL VALLE SOCIEDAD DE RESPONSABILIDAD LIMITADA', CONST, cols=C('cantidad', 'desc', 'pu', 'alic', 'imp'), nitems=5, rates=(21,),
         copies=('ORIGINAL', 'DUPLICADO'), taxes=[('Percepción IIBB Río Negro', '2')], nstyle='grado', amt='plain'),
     Doc('h05_fb_mascotas_bonif', 2415, 'B', ['Pet Shop Huellitas', 'Razón Social: HUELLITAS MASCOTAS S.A.S.', 'Av. Libertador 1450 - Vicente López'],
         'HUELLITAS MASCOTAS S.A.S.', MASC, cols=C('code', 'desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', nstyle='fact', dstyle='%d-%m-%Y'),
     Doc('h06_fa_hosting_usd', 2416, 'A', ['Razón Social: NODO SUR HOSTING S.A.S.', 'Av. Corrientes 1234 Piso 8 - CABA'], 'NODO SUR HOSTING S.A.S.', HOST,
         cols=C('det', 'piva', 'imp'), currency='USD', nitems=3, cuit_dash=True, nstyle='pv'),
     Doc('h07_fc_abogada_qrtotal', 2417, 'C', ['DRA. LOPEZ MARIA CECILIA', 'Abogada - T° 98 F° 321 CPACF', 'Uruguay 560 Piso 3 - CABA'], 'DRA. LOPEZ MARIA CECILIA', ABOG,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr_bad='total', cuit_pre='27', dstyle='long', nstyle='n'),
     Doc('h08_fa_muebles_totalmal', 2418, 'A', ['Mueblería Don Julio', 'Razón Social: MUEBLES DON JULIO S.R.L.', 'Av. Mitre 700 - Resistencia'], 'MUEBLES DON JULIO S.R.L.', MUEB,
         cols=C('desc', 'cant', 'pu', 'piva', 'sub'), nitems=4, totals_delta='1000', rates=(21,), nstyle='nro'),
     Doc('h09_fb_soderia_svc', 2419, 'B', ['Sodería El Manantial', 'Calle 9 N° 845 - Gral. Roca'], 'Sodería El Manantial', AGUA,
         cols=C('cant', 'desc', 'pu', 'imp'), nitems=3, buyer='cf', qr='nowww', nstyle='pvsp', amt='dollar'),
     Doc('h10_fb_jugueteria_dto', 2420, 'B', ['JUGUETERIA EL TREN S.A.', 'Peatonal San Martín 1200 - Santa Fe'], 'JUGUETERIA EL TREN S.A.', JUG,
         cols=C('art', 'desc', 'cant', 'pru', 'imp'), buyer='dni', discount=('Descuento socio club 5%', '5'), nstyle='grado', dstyle='%d.%m.%Y'),
     # i: iText 1.4 (Java)
     Doc('i01_fa_mayorista_multipag', 2421, 'A', ['MAYORISTA EL PROGRESO S.A.', 'Av. Circunvalación 5400 - Córdoba'], 'MAYORISTA EL PROGRESO S.A.', MAYO,
         cols=C('code', 'desc', 'cant', 'pu', 'alic', 'sub'), rates=(21, 10.5, 21), nitems=44, rows_per_page=28, rate_style='dec',
         taxes=[('Percepción IIBB Córdoba', '2'), ('Percepción IVA', '1.5')], nstyle='pv'),
     Doc('i02_fb_mates_mlseller', 2422, 'B', ['Mates Artesanales Pampa', 'Razón Social: PAMPA REGIONALES S.R.L.', 'Venta online - Tandil'], 'PAMPA REGIONALES S.R.L.', MATE,
         cols=C('prod', 'cant', 'pu', 'tot'), nitems=3, buyer='dni', nstyle='n', notes=('Operación ML #2000011223344556',)),
     Doc('i03_fc_odontologa_svc', 2423, 'C', ['OD. SILVA ANDREA BEATRIZ', 'Odontología general - M.P. 4521', 'San Lorenzo 920 - Salta'], 'OD. SILVA ANDREA BEATRIZ', ODON,
         cols=C('det', 'imp'), nitems=2, buyer='dni', cuit_pre='27', dstyle='%d/%m/%Y', nstyle='grado'),
     Doc('i04_fa_catering_qrfecha', 2424, 'A', ['SABORES DEL LITORAL S.R.L.', 'Catering y eventos', 'Bv. Gálvez 1800 - Santa Fe'], 'SABORES DEL LITORAL S.R.L.', CATE,
         cols=C('det', 'piva', 'imp'), nitems=3, qr_bad='date', taxes=[('Percepción IIBB Santa Fe', '2.5')], nstyle='nro', cuit_dash=True),
     Doc('i05_fb_neumaticos', 2425, 'B', ['Gomería Ruta 40', 'Razón Social: NEUMATICOS CUYANOS S.A.', 'Ruta 40 km 3200 - San Juan'], 'NEUMATICOS CUYANOS S.A.', NEUM,
         cols=C('cod', 'desc', 'cant', 'pru', 'imp'), nitems=4, buyer='cf', nstyle='fact', amt='plain'),
     Doc('i06_fc_verduleria_copias', 2426, 'C', ['HERRERA JUAN PABLO', 'Frutas y verduras', 'Av. Sabattini 3300 - Río Cuarto'], 'HERRERA JUAN PABLO', VERD,
         cols=C('desc', 'cant', 'um', 'pu', 'imp'), buyer='cf', cuit_pre='20', copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'), nstyle='pv', unit_style='u'),
     Doc('i07_fa_electro_bonif', 2427, 'A', ['Electro Hogar Patagonia', 'Razón Social: ELECTRODOMESTICOS PATAGONIA S.A.', 'San Martín 540 - Comodoro Rivadavia'],
         'ELECTRODOMESTICOS PATAGONIA S.A.', INFO, cols=C('cod', 'desc', 'cant', 'pu', 'dto', 'piva', 'sub'), bonif=True, nitems=4,
         taxes=[('Percepción IIBB Chubut', '3')], nstyle='grado', amt='dollar'),
     Doc('i08_fb_fiambreria_kg', 2428, 'B', ['Almacén y Fiambrería Doña Marta', 'Belgrano 1500 - Paraná'], 'Almacén y Fiambrería Doña Marta', FIAM,
         cols=C('desc', 'cant', 'u', 'pru', 'imp'), buyer='cf', qr='nowww', nstyle='nro', dstyle='%d-%m-%Y', unit_style='unid'),
     Doc('i09_fc_catering_qrdmy', 2429, 'C', ['Pastelería Dulce Hogar', 'de MEDINA LAURA SOLEDAD', 'Av. Roca 210 - Neuquén'], 'Pastelería Dulce Hogar', CATE,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr='dmy', cuit_pre='27', nstyle='n', dstyle='%d/%m/%y'),
     Doc('i10_fa_libreria_ean', 2430, 'A', ['LIBRERIA Y PAPELERIA CENTRAL S.A.', 'Rivadavia 3100 - CABA'], 'LIBRERIA Y PAPELERIA CENTRAL S.A.', LIBR,
         cols=C('ean', 'desc', 'cantidad', 'pu', 'piva', 'imp'), rates=(21,), nitems=5, qr='strings', taxes=[('Percepción IIBB CABA', '3')], nstyle='fact'),
    ]
