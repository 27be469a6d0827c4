"""Round 25 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
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
                 rows_per_page=None, sale='Contado'):
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
        elif nstyle == 'deg': nl = [f'N° {p}-{n}']
        elif nstyle == 'nro': nl = [f'Nro. {p[1:]} - {n}']
        elif nstyle == 'comp': nl = [f'Comp. Nro {p}-{n}']
        elif nstyle == 'split': nl = [f'Punto de Venta: {self.pos}', f'Número: {self.number}']
        elif nstyle == 'pvnro': nl = [f'P.V.: {p[1:]}  Nro.: {n}']
        else: nl = [f'FACTURA {letter} {p[1:]}-{n}']
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month-1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + nl + [f'Fecha de Emisión: {ds}']
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Razón Social: {rng.choice(["METALURGICA SAN CAYETANO S.A.", "LOGISTICA PAMPEANA S.R.L.", "CONSULTORA DEL OESTE S.A.S."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición frente al IVA: IVA Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["ACOSTA, MARIANA", "BENITEZ CARLOS", "QUIROGA SOFIA BELEN"])}', f'DNI: {dni}', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        elif buyer == 'ml':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Cliente: {rng.choice(["ROMERO NICOLAS", "LUNA VALERIA", "CASTRO EMILIANO"])}', f'DNI: {dni}', 'Condición frente al IVA: Consumidor Final',
                                f'Domicilio: {rng.choice(["Av. Pueyrredón 1320 - CABA", "Calle 7 N 845 - La Plata", "Bv. San Juan 560 - Córdoba"])}']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append('Condición de venta: ' + sale)
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

# ---- product lists (description, base price, kind) ----
ELECTRI = [('Cable unipolar 1,5mm rollo 100m', '52000', 'un'), ('Tomacorriente doble 10A con tapa', '4900', 'un'), ('Disyuntor diferencial 2x40A 30mA', '38500', 'un'),
           ('Caño corrugado 3/4 rollo 25m', '9800', 'un'), ('Lámpara LED 12W luz fría', '2300', 'un'), ('Caja de paso 10x10 PVC', '1450', 'un')]
FIAMB = [('JAMON CRUDO ESTACIONADO X KG', '28900', 'kg'), ('QUESO TYBO X KG', '10900', 'kg'), ('SALAME MILAN X KG', '19500', 'kg'), ('ACEITUNAS VERDES FRASCO 330G', '3600', 'un'),
         ('PAN DE CAMPO', '2800', 'un'), ('QUESO RALLADO 150G', '2900', 'un')]
MLCEL = [('Funda silicona reforzada para Samsung Galaxy A54 color negro mate con protector de cámara', '8900', 'un'),
         ('Cargador rápido USB-C 25W con cable de 1 metro compatible Samsung Motorola Xiaomi', '14500', 'un'),
         ('Vidrio templado 9H cobertura completa para iPhone 13 Pro Max pack x2 unidades', '6900', 'un')]
MLHOG = [('Juego de sábanas 2 plazas y media algodón 180 hilos estampado geométrico gris', '32000', 'un'),
         ('Almohada de fibra siliconada 70x50 antialérgica firmeza media', '11900', 'un'), ('Toallón 70x140 algodón 500g color arena', '13500', 'un')]
PSICO = [('Sesión de psicoterapia individual - marzo (4 sesiones)', '120000', 'svc'), ('Informe psicológico', '45000', 'svc')]
GIMN = [('Cuota mensual musculación - pase libre', '38000', 'svc'), ('Clase de funcional x8', '29000', 'svc'), ('Matrícula anual', '15000', 'svc')]
INTERNET = [('Abono mensual Internet fibra 300 Mb', '24900', 'svc'), ('Alquiler de equipo router wifi', '3500', 'svc'), ('Cargo de reconexión', '6000', 'svc')]
CORRAL = [('Cemento portland bolsa 50kg', '9800', 'un'), ('Hierro aletado 8mm barra 12m', '7600', 'un'), ('Arena gruesa m3', '38000', 'un'), ('Ladrillo hueco 12x18x33', '620', 'un'),
          ('Cal hidráulica bolsa 25kg', '5400', 'un'), ('Malla sima 15x15 4,2mm', '45000', 'un')]
VERDU = [('Papa blanca x kg', '1100', 'kg'), ('Cebolla morada x kg', '1600', 'kg'), ('Manzana roja x kg', '2400', 'kg'), ('Acelga atado', '1300', 'un'), ('Naranja jugo x kg', '1500', 'kg'),
         ('Zanahoria x kg', '1200', 'kg')]
PERF = [('SHAMPOO ANTICASPA 400ML', '7400', 'un'), ('DESODORANTE AEROSOL 150ML', '3900', 'un'), ('CREMA DENTAL TRIPLE ACCION 90G', '2600', 'un'), ('JABON DE TOCADOR X3', '3100', 'un'),
        ('PAPEL HIGIENICO 4 ROLLOS 80M', '4200', 'un'), ('LAVANDINA 2L', '1900', 'un'), ('DETERGENTE LIMON 750ML', '2700', 'un'), ('ALGODON 140G', '2100', 'un')]
MECA = [('Cambio de aceite y filtro - mano de obra', '28000', 'svc'), ('Aceite semisintético 10W40 4L', '41000', 'un'), ('Filtro de aire', '12800', 'un'),
        ('Alineación y balanceo', '35000', 'svc'), ('Escobillas limpiaparabrisas par', '15900', 'un')]
HOSTING = [('Hosting web plan PyME anual', '1800', 'svc'), ('Dominio .com.ar renovación', '45', 'svc'), ('Certificado SSL wildcard', '220', 'svc')]
ODONTO = [('Consulta odontológica y diagnóstico', '25000', 'svc'), ('Limpieza y fluoración', '40000', 'svc'), ('Arreglo de caries con composite (pieza 36)', '55000', 'svc')]
MUEB = [('Escritorio melamina 120x60 blanco', '145000', 'un'), ('Silla de oficina ergonómica con apoyabrazos', '189000', 'un'), ('Biblioteca 5 estantes roble', '98000', 'un'),
        ('Cajonera con ruedas 3 cajones', '76000', 'un')]
MASC = [('ALIMENTO GATO ADULTO 7,5KG', '42000', 'un'), ('PIEDRAS SANITARIAS 4KG', '6800', 'un'), ('ALIMENTO SUELTO PERRO X KG', '3900', 'kg'), ('HUESO NATURAL X KG', '5200', 'kg'),
        ('COLLAR NYLON MEDIANO', '4500', 'un')]
DISTRIB = [('GALLETITAS SURTIDAS 400G CAJA X12', '26000', 'un'), ('ALFAJOR TRIPLE CHOCOLATE CAJA X24', '31000', 'un'), ('CARAMELOS MASTICABLES BOLSA 800G', '7900', 'un'),
           ('CHICLES MENTA DISPLAY X20', '9600', 'un'), ('CHOCOLATE CON LECHE 100G CAJA X18', '44000', 'un'), ('TURRON DE MANI CAJA X25', '15500', 'un'),
           ('GASEOSA COLA 500ML PACK X12', '18900', 'un'), ('AGUA SABORIZADA 1,5L PACK X6', '10800', 'un')]
SEGUR = [('Cámara IP wifi 1080p exterior', '68000', 'un'), ('Instalación y configuración de cámaras', '90000', 'svc'), ('Disco rígido 1TB para DVR', '74000', 'un')]
TALLER = [('Reparación de heladera - cambio de termostato', '65000', 'svc'), ('Termostato universal', '21000', 'un'), ('Gas refrigerante R600 carga', '30000', 'svc')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Artículo', 'l'), 'ref': ('code', 'Ref.', 'l'),
                 'ean': ('ean', 'EAN', 'l'), 'eanb': ('ean', 'Código de barras', 'l'), 'gtin': ('ean', 'GTIN', 'l'),
                 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U. Medida', 'l'), 'um': ('unit', 'Unidad', 'l'),
                 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'), 'concepto': ('desc', 'Concepto', 'l'),
                 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'pxu': ('price', 'Precio x U.', 'r'),
                 'bon': ('bonif', 'Bonif. %', 'r'), 'dto': ('bonif', '% Dto.', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', '% IVA', 'r'), 'iva': ('rate', 'IVA', 'r'),
                 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'tot': ('amount', 'Total', 'r')}[x] for x in k]

def DOCS():
    return [
     # j: genpdf-json (pygenpdf_json), QR as PNG picture
     Doc('j01_fa_electricidad_bonif', 2501, 'A', ['Electricidad Norte', 'Razón Social: MATERIALES ELECTRICOS NORTE S.R.L.', 'Av. Sarmiento 1820 - Resistencia, Chaco'],
         'MATERIALES ELECTRICOS NORTE S.R.L.', ELECTRI, cols=C('cod', 'desc', 'cant', 'pu', 'dto', 'iva', 'sub'), bonif=True, rates=(21, 10.5), nstyle='nro',
         taxes=[('Percepción IIBB Chaco', '2.5')], cuit_dash=True, sale='Cuenta corriente 30 días'),
     Doc('j02_fb_perfumeria_multipag', 2502, 'B', ['PERFUMERIA Y LIMPIEZA LA ESTRELLA S.A.', 'Mitre 455 - San Nicolás'], 'PERFUMERIA Y LIMPIEZA LA ESTRELLA S.A.', PERF,
         cols=C('gtin', 'desc', 'cant', 'pxu', 'imp'), nitems=48, rows_per_page=32, buyer='cf', nstyle='deg', amt='dollar', discount=('Descuento pago en efectivo 5%', '5')),
     Doc('j03_fc_psicologa_svc', 2503, 'C', ['LIC. ARAOZ MARIA EUGENIA', 'Psicóloga - M.P. 4512', 'Laprida 230 - San Miguel de Tucumán'], 'LIC. ARAOZ MARIA EUGENIA', PSICO,
         cols=C('concepto', 'tot'), nitems=2, buyer='dni', cuit_pre='27', dstyle='long', qr='nowww'),
     Doc('j04_fa_corralon_copias', 2504, 'A', ['CORRALON LOS HORNEROS', 'SOCIEDAD ANONIMA', 'Ruta 3 km 45 - Cañuelas'], 'CORRALON LOS HORNEROS SOCIEDAD ANONIMA', CORRAL,
         cols=C('cantidad', 'um', 'desc', 'pru', 'alic', 'imp'), copies=('ORIGINAL', 'DUPLICADO'), nstyle='comp', taxes=[('Percepción IIBB Buenos Aires', '1.75')]),
     Doc('j05_fb_ml_celulares', 2505, 'B', ['Razón Social: ACCESORIOS MOVILES DEL CENTRO S.R.L.', 'Av. Corrientes 3120 - CABA'], 'ACCESORIOS MOVILES DEL CENTRO S.R.L.', MLCEL,
         cols=C('prod', 'cant', 'pu', 'sub'), nitems=3, buyer='ml', dstyle='%d-%m-%Y', nstyle='n', qr='dmy', sale='Mercado Pago'),
     Doc('j06_fa_hosting_usd', 2506, 'A', ['Razón Social: SERVIDORES PATAGONICOS S.A.S.', 'Belgrano 90 - Neuquén'], 'SERVIDORES PATAGONICOS S.A.S.', HOSTING,
         cols=C('concepto', 'piva', 'imp'), currency='USD', nitems=3, nstyle='pv', sale='Transferencia bancaria'),
     Doc('j07_fc_verduleria_qrnro', 2507, 'C', ['Verdulería Los Mellizos', 'Av. Juan B. Justo 4410 - Mar del Plata'], 'Verdulería Los Mellizos', VERDU,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', qr_bad='number', cuit_pre='20', dstyle='%d.%m.%Y', nstyle='pvnro'),
     Doc('j08_fb_mascotas_totalmal', 2508, 'B', ['Pet Shop Huellitas', 'Razón Social: HUELLITAS MASCOTAS S.R.L.', 'Independencia 980 - Mendoza'], 'HUELLITAS MASCOTAS S.R.L.', MASC,
         cols=C('art', 'desc', 'cant', 'um', 'pu', 'imp'), buyer='dni', totals_delta='-200', nstyle='deg'),
     Doc('j09_fa_muebles_ean', 2509, 'A', ['OFFICE DESIGN MOBILIARIO S.A.', 'Parque Industrial Lote 12 - Rafaela'], 'OFFICE DESIGN MOBILIARIO S.A.', MUEB,
         cols=C('ean', 'desc', 'cant', 'pu', 'piva', 'sub'), nitems=4, dstyle='%d/%m/%y', taxes=[('Percepción IVA', '3'), ('Percepción IIBB Santa Fe', '2')], cuit_dash=True),
     Doc('j10_fc_odontologo_sinqr', 2510, 'C', ['SOSA FEDERICO MARTIN', 'Odontólogo - M.N. 33.210', 'Rivadavia 77 1° B - Paraná'], 'SOSA FEDERICO MARTIN', ODONTO,
         cols=C('det', 'imp'), nitems=3, buyer='dni', qr=None, cuit_pre='20', nstyle='split'),
     # m: minpdf (C engine), QR as vector rectangles
     Doc('m01_fa_distribuidora_multipag', 2511, 'A', ['Razón Social: DISTRIBUIDORA GOLOSINAS DEL SUR S.A.', 'Av. Colón 2300 - Bahía Blanca'], 'DISTRIBUIDORA GOLOSINAS DEL SUR S.A.',
         DISTRIB, cols=C('code', 'desc', 'cant', 'pu', 'alic', 'sub'), rates=(21, 21, 10.5), nitems=44, rows_per_page=28, rate_style='dec',
         taxes=[('Percepción IIBB Buenos Aires', '2'), ('Impuestos Internos', '1.5')], nstyle='pv'),
     Doc('m02_fb_fiambreria_kg', 2512, 'B', ['Fiambrería La Tranquera', 'Razón Social: LA TRANQUERA ALIMENTOS S.R.L.', 'San Martín 1200 - Luján'], 'LA TRANQUERA ALIMENTOS S.R.L.', FIAMB,
         cols=C('desc', 'cantidad', 'u', 'pru', 'imp'), buyer='cf', dstyle='%d/%m/%y', nstyle='fact', amt='plain'),
     Doc('m03_fc_gimnasio_qrtotal', 2513, 'C', ['Gimnasio Fuerza Sur', 'Calle 12 N 1480 - La Plata'], 'Gimnasio Fuerza Sur', GIMN, cols=C('concepto', 'cant', 'pu', 'imp'),
         nitems=3, buyer='dni', qr_bad='total', cuit_pre='20', nstyle='n'),
     Doc('m04_fa_mecanica_copias', 2514, 'A', ['Taller Mecánico Ruta 9', 'Razón Social: SERVICIOS AUTOMOTORES RUTA NUEVE S.R.L.', 'Ruta 9 km 290 - Villa María'],
         'SERVICIOS AUTOMOTORES RUTA NUEVE S.R.L.', MECA, cols=C('det', 'cant', 'pu', 'alic', 'sub'), nitems=5, copies=('ORIGINAL', 'DUPLICADO'),
         taxes=[('Percepción IIBB Córdoba', '3')], nstyle='nro', dstyle='%d-%m-%Y'),
     Doc('m05_fb_ml_blanqueria', 2515, 'B', ['BLANCO HOGAR', 'S.R.L.', 'Av. Avellaneda 2800 - CABA'], 'BLANCO HOGAR S.R.L.', MLHOG, cols=C('cant', 'prod', 'pu', 'sub'),
         nitems=3, buyer='ml', qr='nowww', amt='dollar', sale='Mercado Pago'),
     Doc('m06_fc_internet_qrcuit', 2516, 'C', ['RED VECINAL COMUNICACIONES', 'Servicio de internet', 'Pellegrini 55 - Gualeguaychú'], 'RED VECINAL COMUNICACIONES', INTERNET,
         cols=C('concepto', 'imp'), nitems=3, buyer='dni', qr_bad='cuit', cuit_pre='20', cuit_dash=True, nstyle='deg'),
     Doc('m07_fa_seguridad_totalmal', 2517, 'A', ['Razón Social: VIGIA SISTEMAS DE SEGURIDAD S.A.S.', 'Av. Libertador 6400 - Vicente López'], 'VIGIA SISTEMAS DE SEGURIDAD S.A.S.', SEGUR,
         cols=C('det', 'cantidad', 'pru', 'piva', 'imp'), nitems=3, totals_delta='1000', qr='dmy', dstyle='long', taxes=[('Percepción IIBB Buenos Aires', '2.5')]),
     Doc('m08_fb_verduleria_kg', 2518, 'B', ['Frutas y Verduras El Puente', 'Razón Social: EL PUENTE FRUTIHORTICOLA S.A.', 'Mercado Central Nave 4 - Tapiales'],
         'EL PUENTE FRUTIHORTICOLA S.A.', VERDU, cols=C('cant', 'u', 'desc', 'pu', 'imp'), buyer='cf', discount=('Bonificación cliente frecuente 3%', '3'), nstyle='comp'),
     Doc('m09_fc_taller_svc', 2519, 'C', ['PAEZ RUBEN DARIO', 'Service de heladeras y lavarropas', 'Los Ceibos 312 - Posadas'], 'PAEZ RUBEN DARIO', TALLER,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', cuit_pre='20', dstyle='%d.%m.%Y', nstyle='pvnro'),
     Doc('m10_fa_perfumeria_ean', 2520, 'A', ['Razón Social: DROGUERIA Y PERFUMERIA CUYO S.A.', 'Av. San Martín 3010 - San Juan'], 'DROGUERIA Y PERFUMERIA CUYO S.A.', PERF,
         cols=C('eanb', 'desc', 'cant', 'pu', 'bon', 'piva', 'imp'), bonif=True, nitems=5, rates=(21,), cuit_dash=True, taxes=[('Percepción IIBB San Juan', '2')]),
     # k: caprice (pure Python), text only, no QR
     Doc('k01_fb_almacen_kg', 2521, 'B', ['ALMACEN Y FIAMBRERIA EL GAUCHO', 'Fiambres - Quesos - Bebidas', 'Moreno 233 - Chivilcoy'], 'ALMACEN Y FIAMBRERIA EL GAUCHO', FIAMB,
         cols=C('cant', 'desc', 'pu', 'imp'), buyer='cf', qr=None, nstyle='fact', dstyle='%d/%m/%y'),
     Doc('k02_fa_corralon_tributos', 2522, 'A', ['Razón Social: MATERIALES CONSTRUCCION SAN JOSE S.A.', 'Ruta 14 km 5 - Concepción del Uruguay'],
         'MATERIALES CONSTRUCCION SAN JOSE S.A.', CORRAL, cols=C('code', 'desc', 'cant', 'pu', 'piva', 'imp'), rates=(21, 10.5), qr=None,
         taxes=[('Percepción IIBB Entre Ríos', '3'), ('Otros Tributos', '0.5')], nstyle='nro'),
     Doc('k03_fc_gimnasio_svc', 2523, 'C', ['MOLINA CLAUDIA VERONICA', 'Entrenadora personal', 'Balcarce 90 - Salta'], 'MOLINA CLAUDIA VERONICA', GIMN,
         cols=C('det', 'imp'), nitems=3, buyer='dni', qr=None, cuit_pre='27', dstyle='%d-%m-%Y', nstyle='split'),
     Doc('k04_fb_distrib_dto', 2524, 'B', ['Kiosco Mayorista El Turco', 'Razón Social: EL TURCO DISTRIBUCIONES S.R.L.', 'Av. Mitre 700 - Santiago del Estero'],
         'EL TURCO DISTRIBUCIONES S.R.L.', DISTRIB, cols=C('ref', 'cant', 'desc', 'pu', 'imp'), buyer='dni', qr=None, discount=('Descuento por volumen 8%', '8'), nstyle='deg'),
     Doc('k05_fa_muebles_totalmal', 2525, 'A', ['MUEBLES ALGARROBO', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'Ruta 89 km 2 - Quimilí'],
         'MUEBLES ALGARROBO SOCIEDAD DE RESPONSABILIDAD LIMITADA', MUEB, cols=C('cantidad', 'desc', 'pu', 'alic', 'imp'), nitems=3, qr=None, totals_delta='-0.50',
         dstyle='%d.%m.%Y', cuit_dash=True),
     Doc('k06_fc_verduleria_kg', 2526, 'C', ['Verdulería Don Beto', 'Güemes 1450 - Santa Fe'], 'Verdulería Don Beto', VERDU, cols=C('desc', 'cant', 'um', 'pxu', 'imp'),
         buyer='cf', qr=None, cuit_pre='20', nstyle='n', amt='plain'),
     Doc('k07_fa_mascotas_bonif', 2527, 'A', ['Distribuidora Pet Sur', 'Razón Social: PET SUR INSUMOS S.A.', 'Av. 9 de Julio 1200 - Trelew'], 'PET SUR INSUMOS S.A.', MASC,
         cols=C('art', 'desc', 'cant', 'um', 'pu', 'bon', 'iva', 'sub'), bonif=True, rates=(21, 21, 10.5), qr=None, nstyle='comp', dstyle='long', taxes=[('Percepción IVA', '1.5')]),
     Doc('k08_fb_perfumeria_ean', 2528, 'B', ['Perfumería Azahar', 'Rioja 880 - Rosario'], 'Perfumería Azahar', PERF, cols=C('ean', 'desc', 'cant', 'pu', 'imp'),
         buyer='cf', qr=None, nitems=6, cuit_pre='27', nstyle='pvnro', amt='dollar'),
     Doc('k09_fc_mecanico_svc', 2529, 'C', ['TALLER EL CHISPA', 'Mecánica general y electricidad del automotor', 'Av. Belgrano 2020 - Santiago del Estero'], 'TALLER EL CHISPA', MECA,
         cols=C('cant', 'det', 'pu', 'imp'), nitems=5, buyer='dni', qr=None, cuit_pre='20', nstyle='pv', dstyle='%d/%m/%Y'),
     Doc('k10_fa_electricidad_exento', 2530, 'A', ['Razón Social: ELECTRO INSTALACIONES LITORAL S.R.L.', 'Bv. Gálvez 1500 - Santa Fe'], 'ELECTRO INSTALACIONES LITORAL S.R.L.',
         ELECTRI, cols=C('cod', 'cant', 'desc', 'pru', 'alic', 'tot'), rates=(21, 21, 0, 10.5), nitems=5, qr=None, taxes=[('Percepción IIBB Santa Fe', '2.5')], nstyle='fact'),
    ]
