"""Round 18 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
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

FERR = [('TORNILLO AUTOPERFORANTE 8X1 CAJA X100', '4850', 'un'), ('CINTA AISLADORA 20M', '1290', 'un'), ('LLAVE TERMICA BIPOLAR 25A', '15800', 'un'),
        ('CABLE UNIPOLAR 2,5MM ROLLO 100M', '68900', 'un'), ('SILICONA TRANSPARENTE 280ML', '5200', 'un'), ('MECHA ACERO RAPIDO 6MM', '2100', 'un')]
SUPER = [('ARROZ LARGO FINO 1KG', '1890', 'un'), ('YERBA MATE SUAVE 1KG', '5400', 'un'), ('BANANA ECUADOR X KG', '2300', 'kg'), ('QUESO CREMOSO X KG', '11900', 'kg'),
         ('ACEITE GIRASOL 1,5L', '3900', 'un'), ('LECHE ENTERA 1L', '1450', 'un'), ('TOMATE PERITA X KG', '2700', 'kg'), ('FIDEOS TIRABUZON 500G', '1350', 'un'),
         ('GALLETITAS DE AGUA 3X100G', '1600', 'un')]
PLOM = [('Reparación de pérdida en cañería de cocina', '45000', 'svc'), ('Visita técnica y diagnóstico', '18000', 'svc'), ('Canilla monocomando cocina', '52000', 'un'),
        ('Flexible mallado 40cm', '4300', 'un')]
IMPR = [('Impresión folletos A5 color x1000', '98000', 'un'), ('Talonario de remitos triplicado', '14500', 'un'), ('Tarjetas personales x500', '23000', 'un'),
        ('Banner lona 2x1m', '41000', 'un')]
DIET = [('ALMENDRAS PELADAS X KG', '21000', 'kg'), ('AVENA ARROLLADA X KG', '2900', 'kg'), ('MIX FRUTOS SECOS X KG', '17500', 'kg'), ('MIEL PURA 500G', '6200', 'un'),
        ('HARINA INTEGRAL X KG', '1900', 'kg')]
SOFT = [('Licencia anual sistema de gestión', '900000', 'svc'), ('Soporte técnico mensual', '250000', 'svc'), ('Implementación y capacitación', '400000', 'svc')]
VETE = [('Consulta veterinaria', '22000', 'svc'), ('Vacuna antirrábica', '15000', 'un'), ('Alimento balanceado perro adulto 15kg', '58000', 'un'),
        ('Pipeta antipulgas 10-20kg', '12500', 'un')]
LIBR = [('Cuaderno tapa dura 48 hojas', '3900', 'un'), ('Resma A4 75g', '8900', 'un'), ('Lápiz negro HB', '650', 'un'), ('Cartuchera tubo', '5400', 'un'),
        ('Marcadores x12 colores', '7200', 'un')]
BEB = [('GASEOSA COLA 2,25L PACK X6', '21000', 'un'), ('AGUA MINERAL 2L PACK X6', '9800', 'un'), ('CERVEZA RUBIA LATA 473 PACK X6', '14900', 'un'),
       ('VINO TINTO MALBEC 750ML CAJA X6', '42000', 'un'), ('JUGO EN POLVO NARANJA X20', '6300', 'un')]
OPT = [('Armazón acetato Mod. 5120', '85000', 'un'), ('Cristales orgánicos antirreflex (par)', '120000', 'un'), ('Estuche rígido', '6500', 'un'),
       ('Líquido multipropósito 360ml', '11000', 'un')]
CLAS = [('Clases de apoyo matemática - marzo', '80000', 'svc'), ('Material de estudio impreso', '12000', 'svc')]
AGRO = [('Semilla maíz híbrido bolsa 80.000', '310000', 'un'), ('Fertilizante urea granulada bolsa 50kg', '64000', 'un'), ('Glifosato 20L', '98000', 'un'),
        ('Manual de manejo de cultivos', '18000', 'un')]
FARM = [('IBUPROFENO 400MG X20 COMP', '4800', 'un'), ('PROTECTOR SOLAR FPS50 200ML', '22000', 'un'), ('ALCOHOL EN GEL 500ML', '3900', 'un'),
        ('AMOXICILINA 500MG X16', '9700', 'un'), ('PAÑALES ADULTO TALLE G X8', '15800', 'un')]
VERD = [('Papa negra x kg', '1200', 'kg'), ('Cebolla x kg', '1100', 'kg'), ('Zapallo anco x kg', '1500', 'kg'), ('Lechuga criolla', '1800', 'un'),
        ('Huevos blancos maple x30', '7800', 'un')]
ELEC = [('Heladera con freezer 320L', '1250000', 'un'), ('Lavarropas automático 7kg', '980000', 'un'), ('Microondas 20L', '210000', 'un'),
        ('Ventilador de pie 20"', '89000', 'un')]
MAYO = [('ACEITE GIRASOL 900ML', '2900', 'un'), ('AZUCAR 1KG', '1300', 'un'), ('HARINA 000 1KG', '1100', 'un'), ('YERBA MATE 500G', '2900', 'un'),
        ('FIDEOS SPAGHETTI 500G', '1250', 'un'), ('ARROZ DOBLE CARO. 1KG', '1800', 'un'), ('LENTEJAS 400G', '1650', 'un'), ('PURE DE TOMATE 520G', '990', 'un'),
        ('JABON EN POLVO 800G', '4300', 'un')]
CARN = [('ASADO DE TIRA X KG', '12900', 'kg'), ('VACIO X KG', '14500', 'kg'), ('CARNE PICADA ESPECIAL X KG', '9800', 'kg'), ('CHORIZO PURO CERDO X KG', '8900', 'kg'),
        ('CARBON BOLSA 4KG', '5200', 'un')]
KINE = [('Sesiones de kinesiología (10) - abril', '150000', 'svc'), ('Evaluación funcional inicial', '35000', 'svc')]
TRAN = [('Flete Rosario - Córdoba (carga completa)', '780000', 'svc'), ('Seguro de carga', '42000', 'svc'), ('Pallet de madera', '18000', 'un')]
BAZ = [('Juego de vasos vidrio x6', '14500', 'un'), ('Sartén antiadherente 24cm', '32000', 'un'), ('Set cuchillos x5', '27000', 'un'), ('Fuente de vidrio rectangular', '16800', 'un'),
       ('Termo acero 1L', '39000', 'un')]
PAN = [('Pan francés x kg', '2900', 'kg'), ('Medialunas de manteca (docena)', '7800', 'un'), ('Facturas surtidas x kg', '11000', 'kg'), ('Torta de ricota', '18500', 'un')]
REPU = [('Pastillas de freno delanteras', '48000', 'un'), ('Filtro de aceite', '9800', 'un'), ('Aceite sintético 5W30 4L', '62000', 'un'), ('Lámpara H4 12V', '5600', 'un'),
        ('Amortiguador trasero', '91000', 'un')]
ALM = [('YERBA MATE 1KG', '5600', 'un'), ('DULCE DE LECHE 400G', '2800', 'un'), ('MORTADELA X KG', '7600', 'kg'), ('GALLETITAS DULCES 300G', '1900', 'un'),
       ('FIAMBRE JAMON COCIDO X KG', '15900', 'kg'), ('GASEOSA LIMA 1,5L', '2400', 'un')]

CONS = [('Honorarios auditoría contable - ejercicio 2025', '1200000', 'svc'), ('Asesoramiento impositivo mensual', '380000', 'svc'), ('Liquidación de sueldos (12 empleados)', '240000', 'svc')]
PINT = [('LATEX INTERIOR BLANCO 20L', '89000', 'un'), ('ESMALTE SINTETICO 1L', '14500', 'un'), ('RODILLO LANA 22CM', '7800', 'un'), ('PINCEL N 20', '3200', 'un'),
        ('ENDUIDO PLASTICO 4L', '16900', 'un')]
ROPA = [('Remera algodón peinado T-M', '18900', 'un'), ('Jean recto azul T-42', '52000', 'un'), ('Campera rompeviento', '89000', 'un'), ('Medias deportivas x3', '7900', 'un')]
JARD = [('Corte de césped y bordeado', '45000', 'svc'), ('Poda de cerco vivo', '60000', 'svc'), ('Tierra negra bolsa 50dm3', '6500', 'un')]
LIB2 = [('Libro Manual de Historia Argentina', '32000', 'un'), ('Diccionario escolar', '21000', 'un'), ('Resma A4 80g', '9900', 'un'), ('Biblioratos oficio x2', '8400', 'un')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Artículo', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Código de barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U. Medida', 'l'),
                 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'),
                 'bon': ('bonif', 'Bonif. %', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', '% IVA', 'r'), 'sub': ('amount', 'Subtotal', 'r'),
                 'imp': ('amount', 'Importe', 'r')}[x] for x in k]

def DOCS():
    return [
     # b: Aspose.HTML
     Doc('b01_fa_ferreteria_bonif', 1801, 'A', ['Ferretería El Clavo', 'Razón Social: CLAVOS Y BULONES DEL SUR S.R.L.', 'Av. Mitre 1450 - Avellaneda'],
         'CLAVOS Y BULONES DEL SUR S.R.L.', FERR, cols=C('code', 'desc', 'cant', 'pu', 'bon', 'alic', 'sub'), bonif=True, rates=(21, 10.5), cuit_dash=True,
         taxes=[('Percepción IIBB CABA', '3')]),
     Doc('b02_fb_super_multipag', 1802, 'B', ['Autoservicio Los Andes', 'SUPERMERCADOS LOS ANDES S.A.', 'Belgrano 880 - Mendoza'], 'SUPERMERCADOS LOS ANDES S.A.',
         SUPER, cols=C('ean', 'desc', 'cantidad', 'pru', 'imp'), nstyle='n', amt='dollar', buyer='cf', nitems=42,
         discount=('Descuento jubilados 10%', '10')),
     Doc('b03_fc_plomero_svc', 1803, 'C', ['RAMIREZ JORGE ALBERTO', 'Plomería y gas matriculado', 'Pasaje Los Olmos 233 - Lanús'], 'RAMIREZ JORGE ALBERTO', PLOM,
         cols=C('desc', 'cant', 'pu', 'imp'), dstyle='%d-%m-%Y', buyer='dni', qr='nowww', cuit_pre='20', nitems=4, cuit_dash=True),
     Doc('b04_fa_imprenta_copias', 1804, 'A', ['GRAFICA E IMPRESIONES DEL LITORAL', 'SOCIEDAD ANONIMA', 'San Martín 2210 - Santa Fe'],
         'GRAFICA E IMPRESIONES DEL LITORAL SOCIEDAD ANONIMA', IMPR, cols=C('cantidad', 'desc', 'pu', 'piva', 'imp'), rates=(21, 27), nitems=4,
         taxes=[('Percepción IVA', '3')], copies=('ORIGINAL', 'DUPLICADO'), nstyle='fact'),
     Doc('b05_fb_dietetica_totalmal', 1805, 'B', ['Dietética Grano de Oro', 'Av. Rivadavia 5120 - CABA'], 'Dietética Grano de Oro', DIET,
         cols=C('cod', 'desc', 'cant', 'u', 'pu', 'imp'), dstyle='%d.%m.%Y', buyer='cf', totals_delta='-150'),
     Doc('b06_fa_software_usd', 1806, 'A', ['Razón Social: NUBE ANDINA SOFTWARE S.A.S.', 'Av. Córdoba 1200 Piso 4 - CABA'], 'NUBE ANDINA SOFTWARE S.A.S.', SOFT,
         cols=C('det', 'alic', 'imp'), currency='USD', nitems=3, cuit_dash=True),
     Doc('b07_fc_veterinaria_qrnro', 1807, 'C', ['Veterinaria Patitas', 'Av. San Martín 455 - Morón'], 'Veterinaria Patitas', VETE,
         cols=C('desc', 'cant', 'pu', 'sub'), buyer='dni', qr_bad='number', cuit_pre='27', nitems=4),
     Doc('b08_fb_libreria_sinqr', 1808, 'B', ['Librería San Martín', 'Razón Social: LIBRERIA SAN MARTIN S.R.L.', 'Colón 88 - Córdoba'], 'LIBRERIA SAN MARTIN S.R.L.', LIBR,
         cols=C('code', 'cant', 'desc', 'pu', 'imp'), qr=None, amt='plain', buyer='cf', nstyle='n', dstyle='long'),
     # g: Spire.Presentation
     Doc('g01_fa_bebidas_tributos', 1811, 'A', ['DISTRIBUIDORA DE BEBIDAS EL TREBOL', 'S.R.L.', 'Ruta 8 km 62 - Pilar'], 'DISTRIBUIDORA DE BEBIDAS EL TREBOL S.R.L.', BEB,
         cols=C('cod', 'desc', 'cant', 'pru', 'alic', 'sub'), rates=(21, 21, 27), nstyle='fact', taxes=[('Percepción IIBB Buenos Aires', '2.5'), ('Otros Tributos', '1')]),
     Doc('g02_fb_optica_bonif', 1812, 'B', ['Óptica Mirada', 'Razón Social: OPTICA MIRADA S.A.S.', 'Sarmiento 740 - Tucumán'], 'OPTICA MIRADA S.A.S.', OPT,
         cols=C('cant', 'desc', 'pu', 'bon', 'imp'), bonif=True, amt='dollar', buyer='dni', nitems=4),
     Doc('g03_fc_clases_qrdmy', 1813, 'C', ['FERNANDEZ LUCIA', 'Profesora de matemática', 'Catamarca 310 - La Plata'], 'FERNANDEZ LUCIA', CLAS, cols=C('det', 'imp'),
         nitems=2, buyer='cf', qr='dmy', cuit_pre='27', dstyle='long'),
     Doc('g04_fa_agro_qrfecha', 1814, 'A', ['AGROINSUMOS LA PAMPA S.A.', 'Ruta 5 km 600 - Santa Rosa'], 'AGROINSUMOS LA PAMPA S.A.', AGRO,
         cols=C('art', 'desc', 'cantidad', 'pu', 'piva', 'imp'), rates=(10.5, 21, 21, 0), nitems=4, qr_bad='date', cuit_dash=True, nstyle='n'),
     Doc('g05_fb_farmacia_ean', 1815, 'B', ['Farmacia Central', 'FARMACIA CENTRAL DE QUILMES S.R.L.', 'Rivadavia 120 - Quilmes'], 'FARMACIA CENTRAL DE QUILMES S.R.L.', FARM,
         cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), amt='plain', buyer='dni', discount=('Descuento obra social 40%', '40')),
     Doc('g06_fc_verduleria_copias', 1816, 'C', ['La Huerta de Tito', 'Mercado Municipal puesto 14 - Paraná'], 'La Huerta de Tito', VERD,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', copies=('ORIGINAL', 'DUPLICADO'), cuit_pre='20', dstyle='%d/%m/%y'),
     Doc('g07_fa_electro_totalmal', 1817, 'A', ['Razón Social: ELECTRO HOGAR MISIONES S.A.', 'Av. Uruguay 2900 - Posadas'], 'ELECTRO HOGAR MISIONES S.A.', ELEC,
         cols=C('code', 'desc', 'cant', 'pu', 'alic', 'sub'), nitems=3, totals_delta='500', taxes=[('Percepción IIBB Misiones', '3.31')]),
     Doc('g08_fb_bazar_pv', 1818, 'B', ['Bazar Doña Rosa', 'Av. Alem 77 - Bahía Blanca'], 'Bazar Doña Rosa', BAZ, cols=C('cantidad', 'desc', 'pru', 'sub'),
         buyer='dni', discount=('Bonificación 5% pago contado', '5'), dstyle='%d.%m.%Y'),
     Doc('b09_fa_estudio_svc', 1809, 'A', ['Razón Social: ESTUDIO ROSSI & ASOCIADOS S.R.L.', 'Tucumán 1580 Of. 3 - CABA'], 'ESTUDIO ROSSI & ASOCIADOS S.R.L.', CONS,
         cols=C('det', 'piva', 'imp'), nitems=3, dstyle='long', taxes=[('Otros Tributos', '0.6')]),
     Doc('b10_fb_pintureria_ean', 1810, 'B', ['Pinturerías Arco Iris', 'PINTURAS ARCO IRIS S.A.', 'Av. Colón 3300 - Córdoba'], 'PINTURAS ARCO IRIS S.A.', PINT,
         cols=C('ean', 'desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, amt='plain', buyer='dni', nstyle='fact'),
     Doc('g09_fa_ropa_bonif', 1819, 'A', ['Tienda Alma', 'Razón Social: TEXTIL ALMA S.A.S.', 'Florida 620 - CABA'], 'TEXTIL ALMA S.A.S.', ROPA,
         cols=C('code', 'desc', 'cant', 'pu', 'bon', 'piva', 'imp'), bonif=True, taxes=[('Percepción IIBB CABA', '3')], nitems=4, qr='nowww'),
     Doc('g10_fb_super_kg', 1820, 'B', ['Supermercado El Sol', 'Av. Libertad 900 - Concordia'], 'Supermercado El Sol', SUPER,
         cols=C('eanb', 'desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', nitems=7, nstyle='n', amt='dollar'),
     # n: pdf_oxide
     Doc('n01_fa_mayorista_multipag', 1821, 'A', ['MAYORISTA NORTE GRANDE S.A.', 'Av. Belgrano 3300 - Salta'], 'MAYORISTA NORTE GRANDE S.A.', MAYO,
         cols=C('code', 'desc', 'cant', 'u', 'pu', 'alic', 'sub'), rates=(21, 10.5, 21), nitems=45, rate_style='dec', rows_per_page=30,
         taxes=[('Percepción IIBB Salta', '2'), ('Percepción IVA', '3')]),
     Doc('n02_fb_carniceria_kg', 1822, 'B', ['Carnicería Don Pepe', 'Razón Social: FRIGORIFICO DON PEPE S.R.L.', 'Italia 455 - Rafaela'], 'FRIGORIFICO DON PEPE S.R.L.', CARN,
         cols=C('desc', 'cant', 'u', 'pru', 'imp'), buyer='cf', dstyle='%d/%m/%y', nstyle='fact'),
     Doc('n03_fc_kinesio_qrcuit', 1823, 'C', ['LIC. MOLINA PAULA ANDREA', 'Kinesiología y fisioterapia', 'Mitre 98 - Tandil'], 'LIC. MOLINA PAULA ANDREA', KINE,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr_bad='cuit', cuit_pre='27', cuit_dash=True),
     Doc('n04_fa_transporte_svc', 1824, 'A', ['TRANSPORTES DEL LITORAL', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'Bv. Oroño 1500 - Rosario'],
         'TRANSPORTES DEL LITORAL SOCIEDAD DE RESPONSABILIDAD LIMITADA', TRAN, cols=C('det', 'cant', 'pu', 'alic', 'imp'), nitems=3, amt='plain',
         taxes=[('Percepción IIBB Santa Fe', '2.5')], nstyle='n'),
     Doc('n05_fb_bazar_dto', 1825, 'B', ['Casa Ferrari Bazar', 'Razón Social: FERRARI E HIJOS S.A.', 'Moreno 54 - Mar del Plata'], 'FERRARI E HIJOS S.A.', BAZ,
         cols=C('cantidad', 'art', 'desc', 'pu', 'imp'), buyer='dni', discount=('Bonificación 10% pago contado', '10'), amt='dollar'),
     Doc('n06_fc_panaderia_kg', 1826, 'C', ['Panadería La Espiga', 'Lavalle 1020 - Junín'], 'Panadería La Espiga', PAN, cols=C('desc', 'cant', 'pu', 'imp'),
         buyer='cf', dstyle='%d.%m.%Y', cuit_pre='20', qr='nowww'),
     Doc('n07_fa_repuestos_copias', 1827, 'A', ['Repuestos El Pistón', 'Razón Social: AUTOPARTES PISTON S.R.L.', 'Av. Perón 4400 - San Justo'], 'AUTOPARTES PISTON S.R.L.', REPU,
         cols=C('cod', 'desc', 'cant', 'pru', 'bon', 'piva', 'sub'), bonif=True, copies=('ORIGINAL', 'DUPLICADO'), taxes=[('Percepción IIBB Buenos Aires', '2')]),
     Doc('n08_fb_almacen_ean', 1828, 'B', ['Almacén Don Luis', 'Güemes 330 - Jujuy'], 'Almacén Don Luis', ALM, cols=C('eanb', 'desc', 'cant', 'u', 'pu', 'imp'),
         buyer='cf', dstyle='%d-%m-%Y', cuit_dash=True),
     Doc('n09_fc_jardineria_qrdmy', 1829, 'C', ['GIMENEZ OSCAR DANIEL', 'Parques y jardines', 'Los Aromos 45 - Pilar'], 'GIMENEZ OSCAR DANIEL', JARD,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr='dmy', cuit_pre='20', dstyle='%d/%m/%y'),
     Doc('n10_fa_libros_exento', 1830, 'A', ['EDITORIAL Y LIBRERIA DEL PLATA', 'S.A.', 'Corrientes 1800 - CABA'], 'EDITORIAL Y LIBRERIA DEL PLATA S.A.', LIB2,
         cols=C('cantidad', 'ean', 'desc', 'pru', 'piva', 'sub'), rates=(0, 0, 21, 21), nitems=4, cuit_dash=True, taxes=[('Percepción IVA', '1.5')]),
    ]
