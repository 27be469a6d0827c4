"""Round 34 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
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
    i, f = f'{x:.2f}'.split('.')
    if style == 'plain': out = f'{i},{f}'
    else:
        g = ''
        while len(i) > 3: g = '.' + i[-3:] + g; i = i[:-3]
        out = f'{i}{g},{f}'
    if neg: out = '-' + out
    return ('$ ' + out) if style == 'dollar' else out

def dash(c): return f'{c[:2]}-{c[2:10]}-{c[10]}'
def rate_txt(r, style):
    if style == 'dec': return f'{r:.2f}'.replace('.', ',')
    return format(r.normalize(), 'f').replace('.', ',') + '%'
MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()

class Doc:
    def __init__(self, name, seed, letter, issuer, merchant, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y', cuit_dash=False,
                 amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,), taxes=(), discount=None, copies=(None,), qr='std',
                 totals_delta=None, qr_bad=None, currency='ARS', rate_style='pct', cuit_pre='30', total_label='Importe Total:',
                 rows_per_page=None, ascii=False, cae_label='CAE N°:', cuit_label='CUIT:'):
        rng = random.Random(seed)
        self.name, self.letter, self.ascii = name, letter, ascii
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 30); self.number = rng.randrange(50, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = merchant
        c = dash(self.cuit) if cuit_dash else self.cuit
        if ascii: iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        else: iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = list(issuer)
        self.issuer_extra = [f'{cuit_label} {c}', f'Ingresos Brutos: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                             f'Cond. IVA: {iva_cond}', f'Inicio de Actividades: {rng.randrange(1, 28):02d}/0{rng.randrange(1, 9)}/20{rng.randrange(10, 22)}']
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        nl = {'pv': [f'Punto de Venta: {p}', f'Comp. Nro: {n}'], 'n': [f'N° {p[1:]}-{n}'], 'no': [f'Nº {p[1:]}-{n}'],
              'nro': [f'Nro. {p[1:]}-{n}'], 'fact': [f'FACTURA {letter} {p[1:]}-{n}'], 'comp': [f'Comp. Nro: {p[1:]}-{n}'],
              'pvsep': [f'P. Venta: {p[1:]}', f'Nro.: {n}']}[nstyle]
        self.num_lines = nl
        ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}' if dstyle == 'long' else self.date.strftime(dstyle)
        self.date_line = ('Fecha de Emision: ' if ascii else 'Fecha de Emisión: ') + ds
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Razon Social: {rng.choice(["METALURGICA DEL OESTE S.A.", "LOGISTICA PAMPEANA S.R.L.", "COOPERATIVA AGRICOLA LA UNION LTDA."])}' if ascii else
                                f'Razón Social: {rng.choice(["METALÚRGICA DEL OESTE S.A.", "LOGÍSTICA PAMPEANA S.R.L.", "COOPERATIVA AGRÍCOLA LA UNIÓN LTDA."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Cond. IVA: IVA Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Cliente: {rng.choice(["ACOSTA, MARIELA", "BENITEZ RAUL OMAR", "QUIROGA SOFIA"])}', f'DNI: {dni}', 'Cond. IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Cliente: CONSUMIDOR FINAL', 'Cond. IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(rng.choice(['Condicion de venta: Contado', 'Condicion de venta: Cuenta corriente']) if ascii else
                                rng.choice(['Condición de venta: Contado', 'Condición de venta: Tarjeta de débito']))
        k = nitems or min(rng.randrange(3, 7), len(products))
        self.items = []
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind == 'un':
                desc = desc + ['', ' X2', ' X3', ' X6', ' X12'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(85, 120)) / 100)
            if kind == 'kg': q = D(rng.randrange(120, 3200)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 9)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 15])) if bonif and kind != 'svc' else D(0)
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
            if key == 'unit': return {'kg': 'kg', 'un': 'u', None: ''}[it['unit']] if ascii else {'kg': 'Kg', 'un': 'Unid', None: ''}[it['unit']]
            if key == 'desc': return it['desc']
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return rate_txt(it['rate'], rate_style)
            if key == 'amount': return fmt(it['amount'], st)
        self.rows = [[cell(it, c[0]) for c in cols] for it in self.items]
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
                self.vat.append((r, v)); tl.append((f'IVA {rate_txt(r, "pct")}:', v))
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
        self.footer_lines = [f'{cae_label} {self.cae}', f'Vto. CAE: {self.cae_vto:%d/%m/%Y}']
        if currency == 'USD':
            self.num_lines = self.num_lines + ['Moneda: USD']; self.footer_lines.append('Tipo de cambio: 1.425,50')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1425.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date + datetime.timedelta(days=1)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '30'))
            if qr_bad == 'total': q['importe'] = float(self.total + 1000)
            if qr_bad == 'pos': q['ptoVta'] += 1
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr == 'nowww':
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr == 'dmy': q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
            self.qr_payload = host + base64.b64encode(json.dumps(q, separators=(',', ':')).encode()).decode()
            if qr_bad: self.warnings.append('qr_mismatch')
        if ascii:
            for s in self.all_strings(): assert s.isascii(), (name, s)

    def all_strings(self):
        out = self.issuer_lines + self.issuer_extra + self.num_lines + [self.date_line] + self.buyer_lines + self.footer_lines
        out += [h for _, h, _ in self.cols] + [c for r in self.rows for c in r] + [a for t in self.totals for a in t]
        return out

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
CORR = [('CORRALON: CEMENTO PORTLAND BOLSA 50KG', '9800', 'un'), ('ARENA FINA BOLSON 1M3', '42000', 'un'), ('HIERRO CONSTRUCCION 8MM BARRA 12M', '11500', 'un'),
        ('LADRILLO HUECO 12X18X33 (PALLET X 144 UNIDADES)', '165000', 'un'), ('CAL HIDRATADA BOLSA 25KG', '5600', 'un')]
MAXI = [('YERBA MATE CON PALO 1KG', '5200', 'un'), ('QUESO TYBO X KG', '9900', 'kg'), ('PAPA BLANCA X KG', '950', 'kg'), ('AZUCAR COMUN TIPO A 1KG', '1350', 'un'),
        ('ACEITE DE GIRASOL 900ML', '2700', 'un'), ('DETERGENTE LIMON 750ML', '2100', 'un'), ('NARANJA JUGO X KG', '1600', 'kg'), ('GALLETITAS SURTIDAS 400G', '2300', 'un'),
        ('LECHE DESCREMADA LARGA VIDA 1L', '1500', 'un'), ('PAN LACTAL BLANCO 550G', '3100', 'un')]
ODON = [('Consulta y diagnóstico odontológico', '35000', 'svc'), ('Limpieza y fluoración', '48000', 'svc'), ('Obturación composite pieza 26', '62000', 'svc')]
COMP = [('Notebook 15,6" Core i5 16GB RAM SSD 512GB con Windows 11 Home', '1150000', 'un'), ('Mouse inalámbrico 2.4GHz', '14500', 'un'),
        ('Monitor LED 24" Full HD HDMI', '285000', 'un'), ('Cable HDMI 2m', '6900', 'un')]
HELA = [('Helado x kg (3 gustos)', '14000', 'kg'), ('Cucurucho doble', '4500', 'un'), ('Torta helada familiar', '19800', 'un'), ('Palito bombón x6', '8700', 'un')]
GIMN = [('Cuota mensual musculación - junio', '38000', 'svc'), ('Clase de spinning (pack 8)', '22000', 'svc'), ('Botella deportiva 750ml', '6500', 'un')]
NEUM = [('Neumático 185/65 R15 88H', '148000', 'un'), ('Alineación y balanceo (4 ruedas)', '36000', 'svc'), ('Válvula de aire', '1800', 'un'),
        ('Neumático 205/55 R16 91V', '189000', 'un')]
HOST = [('Hosting web plan Pyme - anual', '420', 'svc'), ('Dominio .com.ar - renovación', '35', 'svc'), ('Soporte técnico (horas)', '90', 'svc')]
ARQ = [('Honorarios proyecto de remodelación de cocina y baño, etapa 1 de 2 (relevamiento, anteproyecto y documentación)', '950000', 'svc'),
       ('Dirección de obra - mayo', '300000', 'svc')]
DIST = [('HARINA 0000 X 25KG', '21000', 'un'), ('ACEITE MEZCLA 5L', '11900', 'un'), ('AZUCAR X 50KG', '58000', 'un'), ('LEVADURA FRESCA X 500G', '2800', 'un'),
        ('MARGARINA X 10KG', '46000', 'un'), ('DULCE DE MEMBRILLO X 5KG', '17800', 'un'), ('GRASA VACUNA X 4KG', '9900', 'un'), ('SAL FINA X 25KG', '8400', 'un'),
        ('CACAO AMARGO X 1KG', '12500', 'un'), ('COCO RALLADO X 1KG', '9800', 'un'), ('HUEVO LIQUIDO X 1L', '5400', 'un'), ('ESENCIA VAINILLA X 1L', '6700', 'un')]
LAVA = [('Lavado y planchado camisa', '3500', 'un'), ('Lavado acolchado 2 plazas', '16000', 'un'), ('Tintorería saco de vestir', '9800', 'un')]
FIAM = [('Jamón crudo estacionado x kg', '28900', 'kg'), ('Salame tandilero x kg', '19500', 'kg'), ('Queso provolone x kg', '16800', 'kg'), ('Aceitunas verdes 250g', '3400', 'un')]
MUEB = [('Mesa de comedor roble 1,60 x 0,90', '540000', 'un'), ('Silla tapizada pana gris', '89000', 'un'), ('Flete y armado en domicilio', '45000', 'svc')]
ELECT = [('Instalación eléctrica monofásica - mano de obra', '220000', 'svc'), ('Tablero 12 bocas con térmicas', '78000', 'un'), ('Cable 2,5mm rollo 100m', '59000', 'un')]
SEGU = [('Matafuego ABC 5kg con soporte', '52000', 'un'), ('Recarga matafuego 5kg', '18000', 'un'), ('Cartel salida de emergencia', '7500', 'un'),
        ('Luz de emergencia LED', '24500', 'un')]
# ASCII (GDAL documents)
AGRO = [('ALIMENTO BALANCEADO INICIADOR PARA TERNEROS DE RECRIA BOLSA X 40KG', '24500', 'un'), ('SEMILLA ALFALFA X KG', '9800', 'kg'), ('ALAMBRE LISO 17/15 ROLLO 1000M', '168000', 'un'),
        ('VARILLA DE QUEBRACHO 1,20M', '3900', 'un'), ('TRANQUERA HIERRO 3,5M', '245000', 'un')]
CERR = [('Apertura de puerta principal con cerradura trabada (servicio de urgencia nocturno, zona centro)', '45000', 'svc'), ('Cambio de combinacion cerradura', '28000', 'svc'), ('Cerradura de seguridad doble paleta', '69000', 'un'),
        ('Copia de llave computada', '9500', 'un')]
POLL = [('PECHUGA DE POLLO X KG', '7900', 'kg'), ('POLLO ENTERO X KG', '4100', 'kg'), ('MILANESAS DE POLLO X KG', '8900', 'kg'), ('HUEVOS COLOR MAPLE X30', '8300', 'un')]
CONT = [('Honorarios liquidacion IVA e IIBB - periodo 05/2026', '145000', 'svc'), ('Presentacion DDJJ Ganancias persona humana', '210000', 'svc'), ('Gastos administrativos', '12000', 'svc')]
REPU2 = [('BUJIA IRIDIUM NGK', '14500', 'un'), ('CORREA DE DISTRIBUCION KIT', '118000', 'un'), ('LIQUIDO REFRIGERANTE 5L', '16900', 'un'), ('FILTRO DE AIRE', '12800', 'un'),
         ('ACEITE 10W40 SEMISINTETICO 4L', '44000', 'un')]
VIVE = [('PLANTIN LAVANDA MACETA 12', '4200', 'un'), ('TIERRA FERTIL BOLSA 50DM3', '6900', 'un'), ('HELECHO COLGANTE', '15800', 'un'), ('PIEDRA BLANCA PARTIDA X KG', '650', 'kg')]
IMPRE = [('Impresion gran formato lona front 3x1m con ojales y bolsillos para cano, colocacion no incluida', '78000', 'un'), ('Vinilo autoadhesivo impreso m2', '21000', 'un'), ('Diseno grafico (horas)', '18000', 'svc')]
PERF = [('PERFUME FLORAL EDT 100ML', '62000', 'un'), ('CREMA HUMECTANTE CORPORAL 400ML', '11800', 'un'), ('SHAMPOO SIN SAL 1L', '9700', 'un'), ('DESODORANTE AEROSOL 150ML', '3800', 'un')]
TRAN = [('Servicio de transporte escolar - junio', '95000', 'svc'), ('Adicional turno extendido', '18000', 'svc')]
VINO = [('VINO MALBEC RESERVA DE LA FAMILIA COSECHA 2021 750ML EN ESTUCHE DE MADERA', '12900', 'un'), ('VINO TORRONTES 750ML', '7800', 'un'), ('ESPUMANTE EXTRA BRUT 750ML', '15600', 'un'), ('ESTUCHE REGALO X2', '5400', 'un')]
CLIM = [('Aire acondicionado split 3000 frigorias frio/calor inverter', '890000', 'un'), ('Instalacion split hasta 3m de cañeria', '180000', 'svc')]
CLIM[1] = ('Instalacion split hasta 3m de caneria', '180000', 'svc')
FERR = [('TORNILLO FIX 6X40 X 100', '5200', 'un'), ('TARUGO NYLON 8MM X 100', '2900', 'un'), ('AMOLADORA ANGULAR 115MM 850W', '98000', 'un'), ('DISCO CORTE METAL 115MM', '1900', 'un'),
        ('GUANTES MOTEADOS PAR', '2600', 'un'), ('CADENA GALVANIZADA 6MM X KG', '8900', 'kg')]
LIBR = [('Manual de Derecho Civil Tomo I', '56000', 'un'), ('Codigo Civil y Comercial comentado', '89000', 'un'), ('Resaltadores x4', '4800', 'un')]
VETE = [('Consulta veterinaria a domicilio', '30000', 'svc'), ('Vacuna sextuple', '21000', 'un'), ('Antiparasitario interno comp.', '6900', 'un')]

ODON_A = [('Consulta y diagnostico odontologico', '35000', 'svc'), ('Limpieza y fluoracion', '48000', 'svc'), ('Obturacion composite pieza 26', '62000', 'svc')]
NEUM_A = [('Neumatico 185/65 R15 88H', '148000', 'un'), ('Alineacion y balanceo (4 ruedas)', '36000', 'svc'), ('Valvula de aire', '1800', 'un'), ('Neumatico 205/55 R16 91V', '189000', 'un')]
FIAM_A = [('Jamon crudo estacionado x kg', '28900', 'kg'), ('Salame tandilero x kg', '19500', 'kg'), ('Queso provolone x kg', '16800', 'kg'), ('Aceitunas verdes 250g', '3400', 'un')]
ELECT_A = [('Instalacion electrica monofasica completa en vivienda de 3 ambientes - mano de obra', '220000', 'svc'), ('Tablero 12 bocas con termicas', '78000', 'un'), ('Cable 2,5mm rollo 100m', '59000', 'un')]
SEGU_A = [('Matafuego ABC 5kg con soporte', '52000', 'un'), ('Recarga matafuego 5kg', '18000', 'un'), ('Cartel salida de emergencia', '7500', 'un'), ('Luz de emergencia LED', '24500', 'un')]

H = {'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Artículo', 'l'), 'codA': ('code', 'Codigo', 'l'), 'artA': ('code', 'Articulo', 'l'),
     'ean': ('ean', 'EAN', 'l'), 'eanb': ('ean', 'Cód. Barras', 'l'), 'eanA': ('ean', 'Cod. Barra', 'l'),
     'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'um': ('unit', 'U.M.', 'l'), 'unidad': ('unit', 'Unidad', 'l'),
     'desc': ('desc', 'Descripción', 'l'), 'descA': ('desc', 'Descripcion', 'l'), 'det': ('desc', 'Detalle', 'l'), 'concepto': ('desc', 'Concepto', 'l'),
     'pu': ('price', 'Precio Unit.', 'r'), 'puA': ('price', 'P.Unitario', 'r'), 'pl': ('price', 'Precio', 'r'),
     'bon': ('bonif', 'Bonif.%', 'r'), 'bonA': ('bonif', '% Bonif', 'r'), 'dto': ('bonif', 'Dto.%', 'r'),
     'alic': ('rate', 'Alícuota', 'r'), 'alicA': ('rate', 'Alic.', 'r'), 'piva': ('rate', 'IVA %', 'r'),
     'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'tot': ('amount', 'Total', 'r')}
def C(*k): return [H[x] for x in k]

def DOCS():
    A = dict(ascii=True, cae_label='C.A.E. Nro.:')
    return [
     # q: qpdf 11 (C++), boxed AFIP-like layout, vector QR
     Doc('q01_fa_corralon_bonif', 3401, 'A', ['Corralón Los Tilos', 'Razón Social: MATERIALES LOS TILOS S.R.L.', 'Ruta 3 km 45 - Cañuelas'], 'MATERIALES LOS TILOS S.R.L.', CORR,
         cols=C('code', 'desc', 'cant', 'pu', 'bon', 'alic', 'sub'), bonif=True, nitems=5, taxes=[('Percepción IIBB Buenos Aires', '2.5')]),
     Doc('q02_fb_maxikiosco_multipag', 3402, 'B', ['Autoservicio La Estrella', 'LA ESTRELLA SUPERMERCADOS S.A.', 'Av. Pellegrini 1820 - Rosario'], 'LA ESTRELLA SUPERMERCADOS S.A.', MAXI,
         cols=C('eanb', 'desc', 'cant', 'um', 'pu', 'imp'), nitems=40, rows_per_page=26, buyer='cf', nstyle='no', amt='dollar', discount=('Descuento jubilados 15%', '15')),
     Doc('q03_fa_informatica_copias', 3404, 'A', ['COMPUTACION DEL CENTRO', 'SOCIEDAD ANONIMA', 'Av. Colón 540 - Córdoba'], 'COMPUTACION DEL CENTRO SOCIEDAD ANONIMA', COMP,
         cols=C('cantidad', 'desc', 'pu', 'piva', 'imp'), nitems=4, rates=(21, 10.5, 21, 21), copies=('ORIGINAL', 'DUPLICADO'), nstyle='fact', taxes=[('Percepción IVA', '3')]),
     Doc('q04_fb_heladeria_totalmal', 3405, 'B', ['Heladería Polo Sur', 'Av. Costanera 12 - Santa Fe'], 'Heladería Polo Sur', HELA,
         cols=C('desc', 'cant', 'um', 'pu', 'imp'), nitems=4, buyer='cf', totals_delta='-200', dstyle='%d.%m.%Y'),
     Doc('q05_fc_gimnasio_qrnowww', 3406, 'C', ['Gimnasio Fuerza Sur', 'Razón Social: MOLINA HECTOR DARIO', 'Calle 12 N° 1450 - La Plata'], 'MOLINA HECTOR DARIO', GIMN,
         cols=C('concepto', 'cant', 'pl', 'imp'), nitems=3, buyer='dni', cuit_pre='20', qr='nowww', nstyle='n'),
     Doc('q06_fa_hosting_usd', 3408, 'A', ['Razón Social: SERVIDORES AUSTRALES S.A.S.', 'Maipú 900 Piso 7 - CABA'], 'SERVIDORES AUSTRALES S.A.S.', HOST,
         cols=C('det', 'piva', 'imp'), nitems=3, currency='USD', dstyle='long'),
     Doc('q07_fc_arquitecta_qrnro', 3409, 'C', ['ARQ. PERALTA NATALIA SOLEDAD', 'Arquitectura e interiores', 'Sarmiento 77 - Mendoza'], 'ARQ. PERALTA NATALIA SOLEDAD', ARQ,
         cols=C('det', 'imp'), nitems=2, buyer='cuit', cuit_pre='27', qr_bad='number'),
     Doc('q08_fb_lavanderia_qrdmy', 3410, 'B', ['Lavandería Burbujas', 'Razón Social: BURBUJAS SERVICIOS S.R.L.', 'Av. Mitre 701 - Quilmes'], 'BURBUJAS SERVICIOS S.R.L.', LAVA,
         cols=C('cant', 'desc', 'pu', 'imp'), nitems=3, buyer='cf', qr='dmy', dstyle='%d/%m/%y', amt='plain'),
     Doc('q09_fa_distribuidora_multipag', 3411, 'A', ['DISTRIBUIDORA PANADERA DEL SUR S.R.L.', 'Parque Industrial Lote 14 - Bahía Blanca'], 'DISTRIBUIDORA PANADERA DEL SUR S.R.L.', DIST,
         cols=C('art', 'desc', 'cant', 'pu', 'dto', 'alic', 'sub'), nitems=36, rows_per_page=24, bonif=True, rates=(21, 10.5), nstyle='pv',
         taxes=[('Percepción IIBB Buenos Aires', '2'), ('Percepción IVA', '1.5')]),
     Doc('q10_fa_muebleria_copias', 3413, 'A', ['Mueblería Nogal', 'Razón Social: MUEBLES NOGAL HERMANOS S.R.L.', 'Av. Alvear 1300 - Resistencia'], 'MUEBLES NOGAL HERMANOS S.R.L.', MUEB,
         cols=C('desc', 'cant', 'pu', 'alic', 'imp'), nitems=3, rates=(21,), copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'), taxes=[('Percepción IIBB Chaco', '2.5')]),
     # k: KiCad 6.0.11 pcbnew PDF plotter (C++), stroke-font text + phantom (invisible) text, vector QR
     Doc('k01_fc_odontologa_svc', 3403, 'C', ['OD. CASTRO VALERIA INES', 'Odontologia general', 'Belgrano 455 1 B - Neuquen'], 'OD. CASTRO VALERIA INES', ODON_A,
         cols=C('det', 'imp'), nitems=3, buyer='dni', cuit_pre='27', dstyle='%d-%m-%Y', cuit_dash=True, **A),
     Doc('k02_fa_gomeria_svc', 3407, 'A', ['Razon Social: NEUMATICOS PATAGONIA S.A.', 'Av. Roca 2200 - General Roca'], 'NEUMATICOS PATAGONIA S.A.', NEUM_A,
         cols=C('codA', 'descA', 'cant', 'pu', 'alicA', 'imp'), nitems=4, rate_style='dec', cuit_dash=True, nstyle='nro',
         taxes=[('Percepcion IIBB Rio Negro', '1.5'), ('Impuestos Internos', '0.8')], **A),
     Doc('k03_fb_fiambreria_sinqr', 3412, 'B', ['Fiambreria Don Aldo', 'Av. San Juan 2890 - CABA'], 'Fiambreria Don Aldo', FIAM_A,
         cols=C('descA', 'cantidad', 'um', 'pu', 'imp'), nitems=4, buyer='dni', qr=None, dstyle='long', nstyle='comp', **A),
     Doc('k04_fc_electricista_svc', 3414, 'C', ['SOSA MIGUEL ANGEL', 'Electricista matriculado', 'Pje. Las Lilas 80 - San Miguel de Tucuman'], 'SOSA MIGUEL ANGEL', ELECT_A,
         cols=C('descA', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', cuit_pre='20', nstyle='pvsep', **A),
     Doc('k05_fb_matafuegos_dto', 3415, 'B', ['Matafuegos Seguridad Total', 'SEGURIDAD TOTAL S.A.', 'Av. Sabattini 3100 - Rio Cuarto'], 'SEGURIDAD TOTAL S.A.', SEGU_A,
         cols=C('codA', 'descA', 'cant', 'pu', 'bon', 'imp'), nitems=4, bonif=True, buyer='cuit', discount=('Bonificacion pago contado 5%', '5'), cuit_dash=True, **A),
     # g: GDAL 3.6.2 PDF driver (C++), legacy ASCII layout, QR as picture
     Doc('g01_fa_agro_tributos', 3421, 'A', ['Razon Social: AGROVETERINARIA EL OMBU S.R.L.', 'Av. San Martin 340 - Tandil'], 'AGROVETERINARIA EL OMBU S.R.L.', AGRO,
         cols=C('codA', 'descA', 'cantidad', 'unidad', 'puA', 'alicA', 'imp'), rates=(10.5, 10.5, 21, 21, 21), nitems=5, taxes=[('Percepcion IIBB Buenos Aires', '2')], nstyle='fact', **A),
     Doc('g02_fc_cerrajero_svc', 3422, 'C', ['LUNA CARLOS ALBERTO', 'Cerrajeria El Candado', 'Mitre 1020 - San Juan'], 'LUNA CARLOS ALBERTO', CERR,
         cols=C('det', 'cantidad', 'puA', 'imp'), nitems=4, buyer='dni', cuit_pre='20', nstyle='nro', **A),
     Doc('g03_fb_polleria_kg', 3423, 'B', ['POLLERIA EL GRANJERO', 'Razon Social: AVICOLA GRANJERO S.A.', 'Av. Eva Peron 455 - Paran\x61'], 'AVICOLA GRANJERO S.A.', POLL,
         cols=C('descA', 'cantidad', 'unidad', 'puA', 'imp'), buyer='cf', nitems=4, dstyle='%d-%m-%Y', nstyle='comp', **A),
     Doc('g04_fa_contador_totalmal', 3424, 'A', ['ESTUDIO CONTABLE RIVAS Y ASOCIADOS', 'S.R.L.', 'Tucuman 1120 Of. 5 - CABA'], 'ESTUDIO CONTABLE RIVAS Y ASOCIADOS S.R.L.', CONT,
         cols=C('concepto', 'alicA', 'imp'), nitems=3, totals_delta='1000', taxes=[('Otros Tributos', '0.5')], dstyle='%d.%m.%Y', **A),
     Doc('g05_fb_repuestos_qrnowww', 3425, 'B', ['REPUESTOS DEL NORTE S.R.L.', 'Av. Independencia 800 - Santiago del Estero'], 'REPUESTOS DEL NORTE S.R.L.', REPU2,
         cols=C('codA', 'descA', 'cantidad', 'puA', 'bonA', 'imp'), bonif=True, nitems=5, buyer='dni', qr='nowww', amt='plain', cuit_dash=True, **A),
     Doc('k06_fc_vivero_kg', 3426, 'C', ['Vivero Las Hortensias', 'Ruta 9 km 12 - Yerba Buena'], 'Vivero Las Hortensias', VIVE,
         cols=C('descA', 'cantidad', 'unidad', 'puA', 'imp'), nitems=4, buyer='cf', cuit_pre='27', dstyle='%d/%m/%y', **A),
     Doc('k07_fa_grafica_qrfecha', 3427, 'A', ['GRAFICA RAPIDA', 'Razon Social: IMPRESIONES RAPIDAS S.A.', 'Belgrano 2450 - Mar del Plata'], 'IMPRESIONES RAPIDAS S.A.', IMPRE,
         cols=C('descA', 'cantidad', 'puA', 'alicA', 'imp'), nitems=3, qr_bad='date', rate_style='dec', nstyle='pv', taxes=[('Percepcion IIBB Buenos Aires', '3')], **A),
     Doc('k08_fb_perfumeria_qrdmy', 3428, 'B', ['PERFUMERIA AROMAS', 'Razon Social: AROMAS DEL SUR S.A.S.', 'San Martin 610 - Comodoro Rivadavia'], 'AROMAS DEL SUR S.A.S.', PERF,
         cols=C('eanA', 'descA', 'cantidad', 'puA', 'imp'), nitems=4, buyer='dni', qr='dmy', discount=('Descuento socio club 10%', '10'), **A),
     Doc('k09_fc_transporte_escolar', 3429, 'C', ['GUTIERREZ ROMINA BEATRIZ', 'Transporte escolar habilitado', 'Los Cerezos 15 - Escobar'], 'GUTIERREZ ROMINA BEATRIZ', TRAN,
         cols=C('concepto', 'imp'), nitems=2, buyer='dni', cuit_pre='27', dstyle='%d/%m/%Y', cuit_dash=True, **A),
     Doc('k10_fa_vinoteca_qrnowww', 3430, 'A', ['Razon Social: VINOTECA LOS ANDES S.R.L.', 'Av. Aristides Villanueva 480 - Mendoza'], 'VINOTECA LOS ANDES S.R.L.', VINO,
         cols=C('eanA', 'descA', 'cantidad', 'puA', 'alicA', 'tot'), nitems=4, qr='nowww', nstyle='nro', **A),
     Doc('g06_fb_climatizacion_qrtotal', 3431, 'B', ['FRIO CALOR INSTALACIONES', 'Razon Social: FRIO CALOR S.R.L.', 'Av. Rivadavia 14200 - Ramos Mejia'], 'FRIO CALOR S.R.L.', CLIM,
         cols=C('descA', 'cantidad', 'puA', 'imp'), nitems=2, buyer='dni', qr_bad='total', nstyle='fact', **A),
     Doc('g07_fa_ferreteria_kg', 3432, 'A', ['FERRETERIA INDUSTRIAL OESTE S.A.', 'Av. Gaona 3900 - Haedo'], 'FERRETERIA INDUSTRIAL OESTE S.A.', FERR,
         cols=C('artA', 'descA', 'cantidad', 'unidad', 'puA', 'bonA', 'alicA', 'imp'), nitems=6, bonif=True, taxes=[('Percepcion IIBB Buenos Aires', '2.5'), ('Percepcion IVA', '3')],
         cuit_dash=True, dstyle='long', **A),
     Doc('g08_fb_libreria_sinqr', 3433, 'B', ['Libreria Juridica Sarmiento', 'SARMIENTO LIBROS S.R.L.', 'Lavalle 1400 - CABA'], 'SARMIENTO LIBROS S.R.L.', LIBR,
         cols=C('descA', 'cantidad', 'puA', 'imp'), nitems=3, buyer='cf', qr=None, amt='dollar', nstyle='pv', **A),
     Doc('g09_fc_veterinaria_dom', 3434, 'C', ['Razon Social: ORTIZ PAULA ANDREA', 'Veterinaria a domicilio', 'Calle 7 N 820 - Villa Gesell'], 'ORTIZ PAULA ANDREA', VETE,
         cols=C('descA', 'cantidad', 'puA', 'imp'), nitems=3, buyer='dni', cuit_pre='27', dstyle='%d.%m.%Y', nstyle='comp', **A),
     Doc('g10_fb_ferreteria_dto', 3435, 'B', ['Ferreteria El Tornillo', 'Razon Social: EL TORNILLO S.R.L.', 'Av. Libertador 220 - Concordia'], 'EL TORNILLO S.R.L.', FERR,
         cols=C('codA', 'descA', 'cantidad', 'unidad', 'puA', 'imp'), nitems=5, buyer='cuit', discount=('Bonificacion 8% pago efectivo', '8'), amt='plain', **A),
    ]
