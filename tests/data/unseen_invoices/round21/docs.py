"""Round 21 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
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
                 currency='ARS', rate_style='pct', cuit_pre='30', total_label='Importe Total:',
                 rows_per_page=None, buyer_names=None):
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
        self.issuer_lines = list(issuer)
        self.issuer_fiscal = [f'CUIT: {c}', f'IIBB: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                              f'{iva_cond}', f'Inicio de Actividades: 01/0{rng.randrange(1, 9)}/20{rng.randrange(10, 20)}']
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        if nstyle == 'pv': nl = [f'Punto de Venta: {p}', f'Comp. Nro: {n}']
        elif nstyle == 'n': nl = [f'Nº {p[1:]}-{n}']
        elif nstyle == 'nro': nl = [f'Nro. {p}-{n}']
        elif nstyle == 'deg': nl = [f'N° {p[1:]} - {n}']
        elif nstyle == 'comp': nl = [f'Comp. Nro: {p[1:]}-{n}']
        else: nl = [f'FACTURA {letter} {p[1:]}-{n}']
        self.num_lines = nl
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.date_line = f'Fecha de Emisión: {ds}'
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + nl + [self.date_line]
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            bn = rng.choice(buyer_names or ["CONSTRUCCIONES DEL OESTE S.R.L.", "LOGISTICA PAMPA S.A.", "CONSULTORA DELTA S.A.S."])
            self.buyer_lines = [f'Razón Social: {bn}', f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición frente al IVA: IVA Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["ACOSTA, MARIANA", "BENITEZ LUCAS", "QUIROGA SOFIA BELEN"])}', f'DNI: {dni}',
                                'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append('Condición de venta: ' + rng.choice(['Contado', 'Cuenta Corriente', 'Tarjeta de Débito']))
        # items
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind == 'un':
                desc = desc + ['', ' PACK X2', ' PACK X3', ' PACK X6', ' PACK X12'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 100)
            if kind == 'kg': q = D(rng.randrange(150, 2500)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 7)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            self.items.append(dict(desc=desc, code=str(rng.randrange(10**4, 10**6)),
                                   ean=ean13(rng) if 'ean' in [x[0] for x in cols] else None,
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
            self.doc_lines.append('Moneda: USD'); self.footer_lines.append('Tipo de cambio: 1.405,50')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1405.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date + datetime.timedelta(days=1)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '30'))
            if qr_bad == 'total': q['importe'] = float(self.total + 100)
            if qr_bad == 'pos': q['ptoVta'] += 1
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
                       'vat_rate': None if it['rate'] is None else f"{it['rate']:.2f}", 'amount': f"{it['amount']:.2f}"}
                      for i, it in enumerate(self.items)],
            'discounts': [{'description': l, 'amount': f'{v:.2f}'} for l, v in self.discounts],
            'subtotal': f'{self.subtotal:.2f}', 'discount_total': f"{abs(sum((v for _, v in self.discounts), D(0))):.2f}",
            'total': f'{self.total:.2f}',
            'vat': [{'rate': f'{r:.2f}', 'amount': f'{v:.2f}'} for r, v in self.vat],
            'taxes': [{'description': l, 'amount': f'{v:.2f}'} for l, v in self.taxes],
            'payments': [], 'prices_include_vat': not A, 'cae': self.cae, 'qr': self.qr, 'warnings': self.warnings}


# ---------- products (description, base price, kind) ----------
FERR = [('BULONES HEXAGONALES ZINCADOS 1/4 X 2" CAJA X50 UNIDADES', '6900', 'un'), ('TEFLON 3/4 X 10M', '950', 'un'),
        ('DISYUNTOR DIFERENCIAL 2X40A 30MA', '38900', 'un'), ('CAÑO TERMOFUSION 20MM X 4M', '7400', 'un'),
        ('ADHESIVO CERAMICO INTERIOR 30KG', '9800', 'un'), ('GUANTES MOTEADOS PAR', '1800', 'un'), ('TARUGOS N 8 C/TOPE X100', '2300', 'un')]
ALMA = [('YERBA MATE CON PALO 1KG', '5900', 'un'), ('QUESO BARRA X KG', '10900', 'kg'), ('LECHE DESCREMADA SACHET 1L', '1500', 'un'),
        ('SALAME MILAN X KG', '16900', 'kg'), ('PAN LACTAL BLANCO 550G', '3100', 'un'), ('TOMATE REDONDO X KG', '2900', 'kg')]
ELECT = [('Mano de obra: instalación de tablero seccional y cableado de dos circuitos nuevos', '120000', 'svc'),
         ('Visita de diagnóstico', '15000', 'svc'), ('Térmica 2x16A', '9800', 'un'), ('Cable 2,5mm (metro)', '750', 'un')]
REPU = [('FILTRO DE AIRE MOTOR VW GOL TREND 1.6', '14500', 'un'), ('BUJIA IRIDIUM (UNIDAD)', '11800', 'un'), ('CORREA POLI V 6PK1035', '21900', 'un'),
        ('LIQUIDO REFRIGERANTE 5L', '13200', 'un'), ('ESCOBILLA LIMPIAPARABRISAS 22"', '8900', 'un')]
LIBR = [('Cuaderno universitario rayado 84 hojas', '4900', 'un'), ('Birome azul trazo fino x10', '5600', 'un'), ('Papel glasé metalizado', '900', 'un'),
        ('Mochila escolar 16"', '38900', 'un'), ('Regla 30 cm', '1200', 'un')]
PELU = [('Corte y brushing', '18000', 'svc'), ('Coloración completa', '42000', 'svc'), ('Shampoo profesional 1L', '16500', 'un')]
SIST = [('Hosting administrado plan Pyme - mensual', '8900', 'svc'), ('Desarrollo de módulo de facturación electrónica (horas)', '95000', 'svc'),
        ('Certificado SSL anual', '6000', 'svc')]
MLEL = [('Auriculares inalámbricos bluetooth con cancelación de ruido color negro', '45999', 'un'), ('Cargador rápido USB-C 25W', '12999', 'un'),
        ('Funda silicona para celular', '4999', 'un')]
VERD = [('ZANAHORIA X KG', '1300', 'kg'), ('PAPA BLANCA X KG', '1100', 'kg'), ('MANZANA ROJA X KG', '2600', 'kg'), ('ACELGA ATADO', '1500', 'un'),
        ('NARANJA JUGO X KG', '1400', 'kg')]
DIST = [('ACEITE DE OLIVA EXTRA VIRGEN 500ML BOTELLA VIDRIO CAJA X12', '96000', 'un'), ('ARVEJAS SECAS REMOJADAS LATA 350G X24', '31000', 'un'),
        ('HARINA 0000 1KG BOLSON X10', '12900', 'un'), ('AZUCAR REFINADA 1KG BOLSON X10', '13900', 'un'), ('LENTEJAS 400G X20', '28000', 'un')]
SUPER = [('ARROZ PARBOIL 1KG', '2100', 'un'), ('CAFE MOLIDO 250G', '6900', 'un'), ('PERA WILLIAMS X KG', '2800', 'kg'), ('JAMON CRUDO X KG', '32000', 'kg'),
         ('DETERGENTE LIMON 750ML', '2900', 'un'), ('MANTECA 200G', '3300', 'un'), ('CEBOLLA X KG', '1200', 'kg'), ('PURE DE TOMATE 530G', '1100', 'un'),
         ('AGUA SABORIZADA 1,5L', '1900', 'un')]
CONT = [('Honorarios profesionales: liquidación mensual de IVA e Ingresos Brutos - período anterior', '260000', 'svc'),
        ('Presentación de declaración jurada de Ganancias', '310000', 'svc'), ('Gestión de alta de empleados ante ARCA', '85000', 'svc')]
ODON = [('Consulta odontológica y limpieza', '35000', 'svc'), ('Arreglo de caries con composite (pieza 26)', '52000', 'svc')]
FARM = [('PARACETAMOL 500MG X16 COMP', '3900', 'un'), ('CREMA HIDRATANTE CORPORAL 400ML', '14500', 'un'), ('OMEPRAZOL 20MG X28', '11900', 'un'),
        ('TIRAS REACTIVAS GLUCEMIA X50', '32000', 'un'), ('CEPILLO DENTAL SUAVE', '2900', 'un')]
CONS = [('CEMENTO PORTLAND BOLSA 50KG', '9800', 'un'), ('ARENA FINA BOLSON 1M3', '78000', 'un'), ('HIERRO NERVADO 8MM X 12M', '12500', 'un'),
        ('LADRILLO HUECO 12X18X33', '890', 'un'), ('MALLA SIMA 15X15 4,2MM', '46000', 'un')]
PANA = [('Pan de campo x kg', '3900', 'kg'), ('Bizcochos de grasa x kg', '6200', 'kg'), ('Alfajores de maicena (docena)', '9600', 'un'),
        ('Pastafrola membrillo', '12500', 'un')]
MLTV = [('Smart TV 43 pulgadas Full HD con control remoto por voz', '389999', 'un'), ('Soporte de pared articulado 32-55', '24999', 'un')]
BEBI = [('FERNET 750ML X6', '78000', 'un'), ('GASEOSA POMELO 2,25L X8', '19800', 'un'), ('SIDRA 720ML X6', '24000', 'un'),
        ('CERVEZA NEGRA LATA 473 X24', '52000', 'un')]
BAZA = [('Olla de aluminio 24cm', '28900', 'un'), ('Juego de sábanas 2 plazas', '36000', 'un'), ('Toallón algodón 500g', '15900', 'un'),
        ('Mate de calabaza forrado', '12000', 'un'), ('Bombilla alpaca', '8900', 'un')]
INGL = [('Clases de inglés grupales - cuota mensual', '48000', 'svc'), ('Libro de texto Nivel B1', '27000', 'un')]
AGRO = [('Semilla soja bolsa 40kg', '56000', 'un'), ('Fosfato diamónico bolsa 50kg', '71000', 'un'), ('Insecticida 5L', '43000', 'un'),
        ('Guía técnica de siembra directa', '15000', 'un')]
CARN = [('Nalga x kg', '15900', 'kg'), ('Bife de chorizo x kg', '17900', 'kg'), ('Pollo entero x kg', '4900', 'kg'), ('Morcilla x kg', '7900', 'kg'),
        ('Milanesa de peceto x kg', '16500', 'kg')]
KINE = [('Sesión de rehabilitación de rodilla (8 sesiones) - mayo', '144000', 'svc'), ('Informe kinésico', '20000', 'svc')]
IMPR = [('Tarjetas personales 9x5 cm ilustración 350g x1000', '39000', 'un'), ('Vinilo de corte para vidriera', '58000', 'un'),
        ('Sello automático 38x14', '21000', 'un'), ('Diseño de logotipo', '90000', 'svc')]
OPTI = [('Anteojos de sol polarizados', '98000', 'un'), ('Lentes de contacto mensuales (caja x6)', '45000', 'un'), ('Paño microfibra', '2500', 'un'),
        ('Cordón para anteojos', '3900', 'un')]
JARD = [('Mantenimiento mensual de parque (4 visitas)', '160000', 'svc'), ('Fumigación de hormigas', '38000', 'svc'), ('Plantines de estación x12', '14000', 'un')]
TRAN = [('Mudanza CABA - La Plata camión 20 m3 con 3 operarios', '690000', 'svc'), ('Embalaje de vajilla y objetos frágiles', '95000', 'svc'),
        ('Cajas de cartón reforzadas', '2400', 'un')]
PINT = [('LATEX EXTERIOR BLANCO 10L', '64000', 'un'), ('IMPERMEABILIZANTE TECHOS 20KG', '119000', 'un'), ('CINTA DE PAPEL 24MM X 50M', '2900', 'un'),
        ('LIJA AL AGUA GRANO 220', '800', 'un'), ('THINNER 1L', '6900', 'un')]
VETE = [('Baño y corte canino raza mediana', '25000', 'svc'), ('Antiparasitario interno comprimido', '6800', 'un'), ('Collar antipulgas', '14900', 'un')]
MLRO = [('Zapatillas running hombre talle 42 suela de goma antideslizante', '89999', 'un'), ('Buzo canguro frisa unisex', '38999', 'un'),
        ('Medias térmicas x3 pares', '9999', 'un'), ('Gorra visera curva', '14999', 'un')]

ML_BUYERS = None

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'gtin': ('ean', 'GTIN', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'),
                 'u': ('unit', 'Unid.', 'l'), 'um': ('unit', 'U.M.', 'l'),
                 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
                 'concepto': ('desc', 'Concepto', 'l'),
                 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'punit': ('price', 'Precio Unitario', 'r'),
                 'bon': ('bonif', '% Bonif', 'r'), 'dto': ('bonif', 'Dto. %', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', 'IVA %', 'r'),
                 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'total': ('amount', 'Total', 'r'),
                 'neto': ('amount', 'Importe Neto', 'r')}[x] for x in k]


def DOCS():
    return [
     # x: oxidize-pdf (drawn page, vector QR)
     Doc('x01_fa_ferreteria_multipag', 2101, 'A', ['FERRETERIA INDUSTRIAL SAN JUSTO S.R.L.', 'Av. Don Bosco 2890 - San Justo', 'Tel. 4484-2211'],
         'FERRETERIA INDUSTRIAL SAN JUSTO S.R.L.', FERR, cols=C('code', 'desc', 'cant', 'pu', 'alic', 'neto'), nitems=40, rows_per_page=26,
         rates=(21, 21, 10.5), taxes=[('Percepción IIBB Buenos Aires', '2.5')], nstyle='pv'),
     Doc('x02_fb_almacen_ean', 2102, 'B', ['Almacén La Esquina', 'Razón Social: GONZALEZ HNOS S.H.', 'Brandsen 1120 - Quilmes'],
         'GONZALEZ HNOS S.H.', ALMA, cols=C('eanb', 'desc', 'cant', 'um', 'pu', 'imp'), buyer='cf', nstyle='nro', dstyle='%d-%m-%Y'),
     Doc('x03_fc_electricista_svc', 2103, 'C', ['PERALTA NICOLAS EZEQUIEL', 'Electricista matriculado', 'Calle 12 N 1450 - Berazategui'],
         'PERALTA NICOLAS EZEQUIEL', ELECT, cols=C('det', 'cant', 'pru', 'imp'), nitems=4, buyer='dni', cuit_pre='20', nstyle='comp',
         dstyle='%d/%m/%y'),
     Doc('x04_fa_repuestos_copias', 2104, 'A', ['Lubricentro El Turco', 'Razón Social: AUTOPARTES SALIM S.A.', 'Ruta 3 km 29 - González Catán'],
         'AUTOPARTES SALIM S.A.', REPU, cols=C('art', 'desc', 'cant', 'pu', 'dto', 'piva', 'neto'), bonif=True, copies=('ORIGINAL', 'DUPLICADO'),
         cuit_dash=True, nstyle='n', taxes=[('Percepción IIBB Buenos Aires', '3')]),
     Doc('x05_fb_libreria_totalmal', 2105, 'B', ['Librería El Ateneo Escolar', 'Moreno 455 - Luján'], 'Librería El Ateneo Escolar', LIBR,
         cols=C('cantidad', 'desc', 'pu', 'imp'), buyer='cf', totals_delta='-100', amt='plain', dstyle='%d.%m.%Y'),
     Doc('x06_fc_peluqueria_qrnowww', 2106, 'C', ['Estilo Vero Peluquería', 'Av. Gaona 3300 - Haedo'], 'Estilo Vero Peluquería', PELU,
         cols=C('concepto', 'cant', 'pu', 'imp'), nitems=3, buyer='cf', qr='nowww', cuit_pre='27', nstyle='deg'),
     Doc('x07_fa_sistemas_usd', 2107, 'A', ['Razón Social: CODIGO SUR TECNOLOGIA S.A.S.', 'Av. Colón 610 Of. 7 - Córdoba'],
         'CODIGO SUR TECNOLOGIA S.A.S.', SIST, cols=C('det', 'piva', 'imp'), currency='USD', nitems=3, nstyle='pv', dstyle='long'),
     Doc('x08_fb_ml_auriculares', 2108, 'B', ['Tecno Sound Store', 'Razón Social: SONIDO DIGITAL DEL SUR S.R.L.', 'Av. Mitre 700 - Avellaneda'],
         'SONIDO DIGITAL DEL SUR S.R.L.', MLEL, cols=C('cod', 'prod', 'cant', 'pru', 'total'), nitems=3, buyer='dni', amt='dollar',
         discount=('Descuento cupón Mercado Libre', '10'), nstyle='fact'),
     Doc('x09_fc_verduleria_qrnro', 2109, 'C', ['DIAZ RAMON OSVALDO', 'Verdulería y frutería "El Ramón"', 'Mercado Central Nave 4 - Tapiales'],
         'DIAZ RAMON OSVALDO', VERD, cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', qr_bad='number', cuit_pre='20', nstyle='n'),
     Doc('x10_fa_distribuidora_wrap', 2110, 'A', ['DISTRIBUIDORA ALIMENTICIA', 'DEL CENTRO S.A.', 'Ruta 9 km 695 - Córdoba'],
         'DISTRIBUIDORA ALIMENTICIA DEL CENTRO S.A.', DIST, cols=C('cod', 'desc', 'cantidad', 'pu', 'alic', 'sub'), nitems=5,
         rates=(21, 10.5), taxes=[('Percepción IVA', '3'), ('Percepción IIBB Córdoba', '1.5')], nstyle='comp', cuit_dash=True),
     # h: fullbleed (HTML/CSS template, PNG QR)
     Doc('h01_fb_super_multipag', 2111, 'B', ['Supermercado Día a Día', 'AUTOSERVICIO DIA A DIA S.A.', 'Av. Pavón 2450 - Lanús'],
         'AUTOSERVICIO DIA A DIA S.A.', SUPER, cols=C('ean', 'desc', 'cant', 'pu', 'imp'), nitems=62, buyer='cf', amt='dollar',
         discount=('Descuento jubilados 15%', '15'), nstyle='n'),
     Doc('h02_fa_estudio_svc', 2112, 'A', ['Estudio Contable Ibarra', 'Razón Social: IBARRA Y ASOCIADOS S.R.L.', 'Viamonte 1330 Piso 2 - CABA'],
         'IBARRA Y ASOCIADOS S.R.L.', CONT, cols=C('concepto', 'alic', 'imp'), nitems=3, taxes=[('Otros Tributos', '0.8')], dstyle='long',
         nstyle='pv'),
     Doc('h03_fc_odontologa_qrdmy', 2113, 'C', ['OD. ROMERO CAROLINA INES', 'Odontología general', 'Belgrano 233 - Morón'], 'OD. ROMERO CAROLINA INES',
         ODON, cols=C('det', 'imp'), nitems=2, buyer='dni', qr='dmy', cuit_pre='27', nstyle='nro', dstyle='%d/%m/%Y'),
     Doc('h04_fb_farmacia_ean', 2114, 'B', ['Farmacia del Pueblo', 'FARMACIA DEL PUEBLO S.C.S.', 'Av. San Martín 1800 - Caseros'],
         'FARMACIA DEL PUEBLO S.C.S.', FARM, cols=C('gtin', 'desc', 'cant', 'pru', 'imp'), buyer='dni', discount=('Descuento PAMI 50%', '50'),
         amt='plain', nstyle='comp'),
     Doc('h05_fa_corralon_copias', 2115, 'A', ['Corralón Los Hornos', 'Razón Social: MATERIALES LOS HORNOS S.A.', 'Calle 66 N 2100 - La Plata'],
         'MATERIALES LOS HORNOS S.A.', CONS, cols=C('cantidad', 'desc', 'punit', 'piva', 'imp'), copies=('ORIGINAL', 'DUPLICADO'),
         taxes=[('Percepción IIBB Buenos Aires', '2')], nstyle='fact', dstyle='%d-%m-%Y'),
     Doc('h06_fc_panaderia_sinqr', 2116, 'C', ['Panadería San Cayetano', 'Av. Rivadavia 14200 - Ramos Mejía'], 'Panadería San Cayetano', PANA,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', qr=None, cuit_pre='20', nstyle='deg', dstyle='%d.%m.%Y'),
     Doc('h07_fb_ml_tv_qrfecha', 2117, 'B', ['Electro Hogar Online', 'Razón Social: ELECTRO HOGAR ONLINE S.A.', 'Warnes 1550 - CABA'],
         'ELECTRO HOGAR ONLINE S.A.', MLTV, cols=C('code', 'prod', 'cant', 'pru', 'sub'), nitems=2, buyer='dni', qr_bad='date', nstyle='pv'),
     Doc('h08_fa_bebidas_totalmal', 2118, 'A', ['DISTRIBUIDORA LOS ANDES', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'Perito Moreno 4400 - Godoy Cruz'],
         'DISTRIBUIDORA LOS ANDES SOCIEDAD DE RESPONSABILIDAD LIMITADA', BEBI, cols=C('cod', 'desc', 'cant', 'pu', 'alic', 'neto'), nitems=4,
         rates=(21, 21, 21, 27), taxes=[('Percepción IIBB Mendoza', '2'), ('Impuestos Internos', '4')], totals_delta='300', nstyle='n'),
     Doc('h09_fb_bazar_bonif', 2119, 'B', ['Blanquería y Bazar Mi Casa', 'Razón Social: MI CASA HOGAR S.R.L.', 'Av. Maipú 1500 - Vicente López'],
         'MI CASA HOGAR S.R.L.', BAZA, cols=C('art', 'cant', 'desc', 'pu', 'bon', 'imp'), bonif=True, buyer='cf', amt='dollar', dstyle='%d/%m/%y',
         nstyle='nro'),
     Doc('h10_fc_ingles_qrnowww', 2120, 'C', ['MORALES ANA LAURA', 'Profesora de inglés', 'Sarmiento 520 - San Isidro'], 'MORALES ANA LAURA', INGL,
         cols=C('concepto', 'cant', 'pu', 'imp'), nitems=2, buyer='dni', qr='nowww', cuit_pre='27', nstyle='comp', dstyle='long'),
     # m: Forme (component DSL, its own vector QR)
     Doc('m01_fa_agro_exento', 2121, 'A', ['AGROSERVICIOS EL CARDO S.A.', 'Ruta 33 km 120 - Rufino'], 'AGROSERVICIOS EL CARDO S.A.', AGRO,
         cols=C('code', 'desc', 'cantidad', 'pu', 'piva', 'imp'), rates=(10.5, 21, 21, 0), nitems=4, nstyle='fact', dstyle='%d-%m-%Y', cuit_dash=True),
     Doc('m02_fb_carniceria_kg', 2122, 'B', ['Carnicería El Gaucho', 'Razón Social: CARNES EL GAUCHO S.R.L.', 'Av. Santa Fe 4500 - Rosario'],
         'CARNES EL GAUCHO S.R.L.', CARN, cols=C('desc', 'cant', 'um', 'pru', 'imp'), buyer='cf', nstyle='n', dstyle='%d/%m/%Y'),
     Doc('m03_fc_kinesio_qrcuit', 2123, 'C', ['LIC. SOSA MARTIN ALEJANDRO', 'Kinesiólogo - M.P. 4521', 'España 780 - Mar del Plata'],
         'LIC. SOSA MARTIN ALEJANDRO', KINE, cols=C('det', 'imp'), nitems=2, buyer='dni', qr_bad='cuit', cuit_pre='20', nstyle='deg', cuit_dash=True),
     Doc('m04_fa_imprenta_copias', 2124, 'A', ['Gráfica Rápida', 'Razón Social: IMPRESIONES DEL PLATA S.R.L.', 'Lavalle 2100 - CABA'],
         'IMPRESIONES DEL PLATA S.R.L.', IMPR, cols=C('cant', 'desc', 'pu', 'piva', 'sub'), nitems=4, rates=(21,), copies=('ORIGINAL', 'DUPLICADO'),
         nstyle='pv', taxes=[('Percepción IIBB CABA', '3')], dstyle='%d.%m.%Y'),
     Doc('m05_fb_optica_bonif', 2125, 'B', ['Óptica Visión Clara', 'Razón Social: VISION CLARA S.A.S.', '25 de Mayo 340 - Bahía Blanca'],
         'VISION CLARA S.A.S.', OPTI, cols=C('desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, nitems=4, buyer='dni', nstyle='nro'),
     Doc('m06_fc_jardinero_qrdmy', 2126, 'C', ['CABRERA JUAN PABLO', 'Parquización y mantenimiento', 'Los Paraísos 88 - Escobar'],
         'CABRERA JUAN PABLO', JARD, cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr='dmy', cuit_pre='20', nstyle='comp',
         dstyle='%d/%m/%y'),
     Doc('m07_fa_mudanzas_svc', 2127, 'A', ['MUDANZAS Y TRANSPORTES', 'EL RAPIDO S.A.', 'Av. Vélez Sarsfield 1200 - CABA'],
         'MUDANZAS Y TRANSPORTES EL RAPIDO S.A.', TRAN, cols=C('det', 'cant', 'pru', 'alic', 'imp'), nitems=3, amt='plain',
         taxes=[('Percepción IIBB CABA', '3')], nstyle='n', dstyle='long'),
     Doc('m08_fb_pintureria_totalmal', 2128, 'B', ['Pinturerías del Oeste', 'PINTURERIAS DEL OESTE S.A.', 'Av. Rivadavia 20100 - Morón'],
         'PINTURERIAS DEL OESTE S.A.', PINT, cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), buyer='dni', totals_delta='-250', amt='dollar',
         nstyle='fact'),
     Doc('m09_fc_veterinaria_tradename', 2129, 'C', ['Veterinaria Huellitas', 'Av. Hipólito Yrigoyen 8900 - Lomas de Zamora'], 'Veterinaria Huellitas',
         VETE, cols=C('desc', 'cant', 'pu', 'imp'), nitems=3, buyer='cf', cuit_pre='27', nstyle='pv', dstyle='%d-%m-%Y'),
     Doc('m10_fb_ml_zapatillas', 2130, 'B', ['Deportes Norte', 'Razón Social: INDUMENTARIA DEPORTIVA NORTE S.R.L.', 'Av. Belgrano 1700 - Tucumán'],
         'INDUMENTARIA DEPORTIVA NORTE S.R.L.', MLRO, cols=C('code', 'prod', 'cant', 'pru', 'total'), nitems=4, buyer='dni', qr='nowww',
         discount=('Bonificación envío gratis', '5'), nstyle='nro'),
    ]
