"""Round 33 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
Renderers print only the strings built here; Doc.expected() writes the expected reading from the same object."""
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

RATE_TXT = {'pct': lambda r: (f'{r:g}'.replace('.', ',')) + '%', 'dec': lambda r: f'{r:.2f}'.replace('.', ',')}
MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()
UNIT_TXT = {'unid.': {'un': 'unid.', 'kg': 'kg'}, 'UN': {'un': 'UN', 'kg': 'KG'}, 'u': {'un': 'u', 'kg': 'kg'}, 'Unid': {'un': 'Unid', 'kg': 'Kg'}}

class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,), taxes=(), discount=None,
                 copies=(None,), qr='std', totals_delta=None, qr_bad=None, currency='ARS', cuit_pre='30',
                 total_label='Importe Total:', sub_label='Subtotal:', vat_style='pct', rate_style='pct', rows_per_page=None,
                 wrap=None, units='unid.', ean_in_desc=False, annot=None):
        rng = random.Random(seed)
        self.name, self.letter = name, letter
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 30); self.number = rng.randrange(50, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = name_exp
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_head = list(issuer)
        self.issuer_info = [f'CUIT: {c}', f'Ingresos Brutos: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                            f'Condición frente al IVA: {iva_cond}', f'Inicio de Actividades: {rng.randrange(1, 28):02d}/0{rng.randrange(1, 9)}/20{rng.randrange(10, 20)}']
        self.issuer_lines = self.issuer_head + self.issuer_info
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        if nstyle == 'pv': nl = [f'Punto de Venta: {p}  Comp. Nro: {n}']
        elif nstyle == 'pv2': nl = [f'Punto de Venta: {p[1:]}', f'Comp. Nro: {n}']
        elif nstyle == 'n': nl = [f'Nº {p[1:]}-{n}']
        elif nstyle == 'ndeg': nl = [f'N° {p}-{n}']
        elif nstyle == 'nro': nl = [f'Nro. {p[1:]}-{n}']
        elif nstyle == 'pvnro': nl = [f'P.V. {self.pos}   Nro. {self.number}']
        else: nl = [f'FACTURA {letter} {p[1:]}-{n}']
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.num_lines = nl
        self.date_line = f'Fecha de Emisión: {ds}'
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + nl + [self.date_line]
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Razón Social: {rng.choice(["CONSTRUCTORA RIO SECO S.A.", "GRUPO MERIDIANO S.R.L.", "ESTUDIO CONTABLE ALVAREZ S.A.S.", "LOGISTICA DEL OESTE S.A."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición frente al IVA: IVA Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["PEREYRA, LAURA", "GOMEZ MARTIN", "SUAREZ ANA MARIA", "ACOSTA, DIEGO"])}', f'DNI: {dni}', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(rng.choice(['Condición de venta: Contado', 'Condición de venta: Contado', 'Condición de venta: Cuenta Corriente']))
        # items
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        has_ean = 'ean' in [x[0] for x in cols] or ean_in_desc
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind == 'un':
                desc = desc + ['', ' PACK X2', ' PACK X3', ' PACK X6', ' PACK X12'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 1000)
            if kind == 'kg': q = D(rng.randrange(150, 2500)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 7)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            dl = textwrap.wrap(desc, wrap) if wrap and len(desc) > wrap else [desc]
            if annot and kind != 'svc': dl = dl + [f'{annot}{rng.randrange(2 * 10**15, 3 * 10**15)}']
            self.items.append(dict(desc=' '.join(dl), dlines=dl, code=str(rng.randrange(10**4, 10**6)), ean=ean13(rng) if has_ean else None,
                                   qs=qs, unit=unit, price=None if q is None else price, bonif=b, rate=rate, amount=amount))
        if ean_in_desc:
            for it in self.items: it['dlines'] = [it['ean'] + ' ' + it['dlines'][0]] + it['dlines'][1:]
        self.cols = cols
        st = amt if amt != 'dollar' else 'dot'
        ut = UNIT_TXT[units]
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return '' if it['unit'] is None else ut[it['unit']]
            if key == 'desc': return it['dlines']
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return RATE_TXT[rate_style](float(it['rate']))
            if key == 'amount': return fmt(it['amount'], st)
        # each row: list of cells; the description cell is a list of printed lines
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
                lab = f'IVA {RATE_TXT["pct"](float(r))}:' if vat_style == 'pct' else f'I.V.A. {RATE_TXT["dec"](float(r))}%:'
                self.vat.append((r, v)); tl.append((lab, v))
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
            self.doc_lines.append('Moneda: USD'); self.footer_lines.append('Tipo de cambio: 1.402,50')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1402.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date - datetime.timedelta(days=1)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '30'))
            if qr_bad == 'total': q['importe'] = float(self.total + 1000)
            if qr_bad == 'pos': q['ptoVta'] += 1
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            sep = (',', ':')
            if qr == 'nowww':
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr == 'dmy': q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
            body = json.dumps(q, separators=sep)
            if qr == 'pretty':
                q['importe'] = f"{D(str(q['importe'])):.2f}"; q['codAut'] = str(q['codAut'])
                body = json.dumps(q, indent=2).replace('\n', '\r\n')
            self.qr_payload = host + base64.b64encode(body.encode()).decode()
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

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Artículo', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U.M.', 'l'),
                 'unid': ('unit', 'Unidad', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
                 'concepto': ('desc', 'Concepto', 'l'), 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'prec': ('price', 'Precio', 'r'),
                 'bon': ('bonif', 'Bonif. %', 'r'), 'dto': ('bonif', '% Dto.', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', '% IVA', 'r'),
                 'iva': ('rate', 'IVA', 'r'), 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'tot': ('amount', 'Total', 'r'),
                 'neto': ('amount', 'Importe Neto', 'r')}[x] for x in k]

# ---- product lists (description, base price, kind) ----
CORRA = [('Corralón: cemento portland bolsa 50kg marca Loma Negra', '11800', 'un'), ('Arena gruesa a granel m3', '38000', 'un'),
         ('Hierro nervado 8mm barra 12m', '9400', 'un'), ('Ladrillo hueco 12x18x33 (pallet x 144 unidades)', '185000', 'un'),
         ('Cal hidratada bolsa 25kg', '5600', 'un'), ('Flete y descarga en obra zona norte', '45000', 'svc')]
ELEC = [('Smart TV LED 50 pulgadas 4K con control remoto por voz', '720000', 'un'), ('Soporte de pared articulado para TV 32 a 70', '48000', 'un'),
        ('Cable HDMI 2.1 de 2 metros', '9800', 'un'), ('Instalación a domicilio', '35000', 'svc')]
VERDU = [('Tomate redondo x kg', '2600', 'kg'), ('Papa negra x kg', '1100', 'kg'), ('Cebolla x kg', '1200', 'kg'), ('Banana x kg', '2200', 'kg'),
         ('Lechuga criolla atado', '1700', 'un'), ('Huevos color maple x30', '7900', 'un')]
ODONT = [('Consulta odontológica y diagnóstico', '30000', 'svc'), ('Limpieza y fluoración', '42000', 'svc'), ('Obturación de resina compuesta pieza 36', '65000', 'svc')]
HOST = [('Hosting compartido plan Pyme anual', '190000', 'svc'), ('Dominio .com.ar renovación anual', '24000', 'svc'), ('Certificado SSL comodín anual', '140000', 'svc')]
MASC = [('Alimento balanceado gato adulto 7,5kg sabor pollo', '52000', 'un'), ('Piedras sanitarias aglomerantes 4kg', '8900', 'un'),
        ('Rascador torre con cucha 3 niveles', '68000', 'un'), ('Collar antipulgas perro mediano', '14500', 'un'), ('Alimento suelto perro x kg', '3900', 'kg')]
MAYOR = [('ACEITE GIRASOL 1,5L', '3200', 'un'), ('AZUCAR COMUN 1KG', '1350', 'un'), ('HARINA 0000 1KG', '1150', 'un'), ('YERBA MATE 1KG', '5800', 'un'),
         ('FIDEOS MOSTACHOL 500G', '1300', 'un'), ('ARROZ LARGO FINO 1KG', '1900', 'un'), ('LENTEJAS 400G', '1700', 'un'), ('TOMATE TRITURADO 520G', '1050', 'un'),
         ('LAVANDINA 2L', '1800', 'un'), ('DETERGENTE 750ML', '2600', 'un'), ('JABON EN POLVO 3KG', '11500', 'un')]
TALLER = [('Cambio de aceite y filtro (mano de obra)', '28000', 'svc'), ('Aceite semisintético 10W40 4L', '39000', 'un'), ('Filtro de aceite', '9800', 'un'),
          ('Filtro de aire', '12400', 'un'), ('Alineación y balanceo', '32000', 'svc')]
LIBRE = [('Resma A4 75g x500 hojas', '8900', 'un'), ('Cuaderno universitario rayado 84 hojas', '5200', 'un'), ('Bolígrafo azul trazo fino x10', '6300', 'un'),
         ('Carpeta A4 3 anillos', '7400', 'un'), ('Mochila escolar con carro 18 pulgadas', '64000', 'un')]
SEGUR = [('Cámara IP Wi-Fi exterior 1080p con visión nocturna', '58000', 'un'), ('Grabador DVR 8 canales', '145000', 'un'), ('Disco rígido 1TB vigilancia', '82000', 'un'),
         ('Instalación y configuración del sistema de cámaras', '120000', 'svc')]
DIETE = [('Almendras non pareil x kg', '19800', 'kg'), ('Nueces mariposa x kg', '16500', 'kg'), ('Pasas de uva morochas x kg', '7200', 'kg'), ('Aceite de coco 500ml', '9400', 'un'),
         ('Granola sin TACC 500g', '6800', 'un')]
ABOG = [('Honorarios profesionales: redacción de contrato de locación comercial', '350000', 'svc'), ('Certificación de firmas y gestión ante escribanía', '90000', 'svc')]
FERRE = [('Taladro percutor 13mm 750W', '98000', 'un'), ('Juego de mechas para metal x13', '21500', 'un'), ('Tarugos nylon 8mm x100', '4800', 'un'),
         ('Tornillos fix 6x50 x100', '6700', 'un'), ('Cinta métrica 5m', '7900', 'un'), ('Guantes de trabajo moteados', '3900', 'un')]
GIM = [('Cuota mensual musculación libre - mayo', '38000', 'svc'), ('Clases de funcional 2 veces por semana', '26000', 'svc'), ('Matrícula anual', '15000', 'svc')]
ROPA = [('Buzo frisa con capucha talle L color gris melange', '42000', 'un'), ('Pantalón jogging algodón talle M', '31000', 'un'),
        ('Zapatillas urbanas lona talle 41', '69000', 'un'), ('Medias soquete pack x3', '8500', 'un')]
CARNE = [('Asado de tira x kg', '13200', 'kg'), ('Vacío x kg', '14900', 'kg'), ('Matambre x kg', '12800', 'kg'), ('Chorizo puro cerdo x kg', '9100', 'kg'), ('Morcilla x kg', '7600', 'kg')]
CATER = [('Servicio de catering evento empresarial 40 personas', '620000', 'svc'), ('Alquiler de vajilla y mantelería', '85000', 'svc'), ('Mozos (4) por 5 horas', '160000', 'svc')]
HELAD = [('Helado artesanal 1kg', '14000', 'un'), ('Helado artesanal 1/2kg', '7800', 'un'), ('Cucuruchos x24', '5200', 'un'), ('Salsa de chocolate 300g', '4300', 'un')]
INFOR = [('Notebook 15,6 pulgadas Core i5 16GB RAM 512GB SSD', '980000', 'un'), ('Mouse inalámbrico', '14500', 'un'), ('Mochila para notebook', '38000', 'un'),
         ('Licencia antivirus 1 año', '27000', 'svc')]
FARMA = [('IBUPROFENO 600MG X20 COMP', '5600', 'un'), ('PROTECTOR SOLAR FPS50 200ML', '23500', 'un'), ('SHAMPOO ANTICASPA 400ML', '9800', 'un'), ('CEPILLO DENTAL MEDIO', '3200', 'un')]
FLETE = [('Traslado de mercadería Rosario - Buenos Aires (camión completo)', '850000', 'svc'), ('Seguro de carga', '46000', 'svc'), ('Peaje y estadía', '38000', 'svc')]
PANAD = [('Pan francés x kg', '3100', 'kg'), ('Medialunas de manteca docena', '8200', 'un'), ('Facturas surtidas x kg', '11800', 'kg'), ('Prepizza x2', '3600', 'un')]
JARD = [('Mantenimiento mensual de parque y jardín', '85000', 'svc'), ('Poda de árboles en altura', '120000', 'svc'), ('Tierra fértil bolsa 50dm3', '6900', 'un')]
MUEB = [('Mesa de comedor extensible de madera maciza 1,60m', '540000', 'un'), ('Silla tapizada en pana color verde', '98000', 'un'), ('Envío a domicilio CABA', '25000', 'svc')]
BEBI = [('CERVEZA RUBIA LATA 473ML PACK X6', '15600', 'un'), ('GASEOSA COLA 2,25L PACK X6', '22500', 'un'), ('VINO MALBEC 750ML CAJA X6', '46000', 'un'),
        ('AGUA SIN GAS 2L PACK X6', '9900', 'un'), ('FERNET 750ML', '14800', 'un')]
OPTI = [('Anteojos de sol polarizados', '120000', 'un'), ('Cristales multifocales antirreflex (par)', '310000', 'un'), ('Armazón metálico', '89000', 'un')]
CONTA = [('Honorarios liquidación de impuestos mensual', '180000', 'svc'), ('Presentación DDJJ Ganancias y Bienes Personales', '240000', 'svc')]
AUTOP = [('Batería 12x75 amper libre mantenimiento', '165000', 'un'), ('Lámparas H7 x2', '12800', 'un'), ('Escobillas limpiaparabrisas par', '18900', 'un'), ('Líquido refrigerante 5L', '15400', 'un')]

def DOCS():
    return [
     # j: JasperReports (ERP-style AFIP layout, QR as PNG picture)
     Doc('j01_fa_corralon_wrap', 3301, 'A', ['Corralón San Cayetano', 'Razón Social: MATERIALES SAN CAYETANO S.R.L.', 'Ruta 24 km 12,5 - General Rodríguez'],
         'MATERIALES SAN CAYETANO S.R.L.', CORRA, cols=C('code', 'desc', 'cant', 'u', 'pu', 'piva', 'neto'), rates=(21, 21, 10.5, 21, 21, 21), nitems=6,
         wrap=34, taxes=[('Percepción IIBB ARBA', '2.5')], cuit_dash=True),
     Doc('j02_fb_mayorista_multipag', 3302, 'B', ['Mayorista El Puente', 'DISTRIBUIDORA EL PUENTE S.A.', 'Av. Juan B. Justo 4120 - Mar del Plata'], 'DISTRIBUIDORA EL PUENTE S.A.',
         MAYOR, cols=C('ean', 'desc', 'cantidad', 'pru', 'imp'), nitems=44, rows_per_page=30, nstyle='n', amt='dollar', buyer='dni',
         discount=('Descuento pago en efectivo 5%', '5')),
     Doc('j03_fc_odontologa_svc', 3303, 'C', ['OD. BENITEZ CAROLINA INES', 'Odontología general', 'Belgrano 455 1° B - Neuquén'], 'OD. BENITEZ CAROLINA INES', ODONT,
         cols=C('concepto', 'imp'), nitems=3, buyer='dni', dstyle='long', qr='nowww', cuit_pre='27'),
     Doc('j04_fa_taller_copias', 3304, 'A', ['TALLER MECANICO HNOS. ROLDAN S.H.', 'Av. Sarmiento 1880 - Resistencia'], 'TALLER MECANICO HNOS. ROLDAN S.H.', TALLER,
         cols=C('desc', 'cant', 'pu', 'dto', 'alic', 'imp'), bonif=True, nitems=5, copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'), nstyle='nro',
         taxes=[('Percepción IIBB Chaco', '2')]),
     Doc('j05_fb_libreria_totalmal', 3305, 'B', ['Librería y Papelería Aquí', 'Rivadavia 77 - San Luis'], 'Librería y Papelería Aquí', LIBRE,
         cols=C('cod', 'desc', 'cant', 'pu', 'imp'), buyer='cf', dstyle='%d-%m-%Y', totals_delta='200', nitems=5),
     Doc('j06_fa_hosting_usd', 3306, 'A', ['Razón Social: SERVIDORES PATAGONICOS S.A.S.', 'Av. Roca 1500 Of. 12 - General Roca'], 'SERVIDORES PATAGONICOS S.A.S.', HOST,
         cols=C('det', 'piva', 'imp'), currency='USD', nitems=3, nstyle='ndeg', cuit_dash=True),
     Doc('j07_fc_verduleria_kg', 3307, 'C', ['Verdulería Los Hermanos', 'Pasaje Colombres 312 - Tucumán'], 'Verdulería Los Hermanos', VERDU,
         cols=C('desc', 'cant', 'unid', 'pu', 'imp'), buyer='cf', qr='dmy', dstyle='%d/%m/%y', cuit_pre='20', units='Unid', nitems=6),
     Doc('j08_fb_mascotas_qrpos', 3308, 'B', ['Pet Shop Huellitas', 'Razón Social: HUELLITAS DEL SUR S.R.L.', 'Calle 7 N° 1021 - La Plata'], 'HUELLITAS DEL SUR S.R.L.', MASC,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='dni', qr_bad='pos', amt='dollar', units='UN', wrap=40, nitems=5),
     Doc('j09_fa_bebidas_impint', 3309, 'A', ['DISTRIBUIDORA DE BEBIDAS', 'LOS ALERCES S.A.', 'Parque Industrial Lote 14 - Bariloche'],
         'DISTRIBUIDORA DE BEBIDAS LOS ALERCES S.A.', BEBI, cols=C('art', 'desc', 'cantidad', 'prec', 'alic', 'sub'), rates=(21, 21, 21, 21, 21), nitems=5,
         vat_style='dec', rate_style='dec', taxes=[('Impuestos Internos', '4'), ('Percepción IVA', '3')], nstyle='fact'),
     Doc('j10_fb_ferreteria_bonif', 3310, 'B', ['Ferretería Industrial Norte', 'Av. Alem 2300 - Bahía Blanca'], 'Ferretería Industrial Norte', FERRE,
         cols=C('code', 'desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', amt='plain', dstyle='%d.%m.%Y', nstyle='pv2', nitems=6),
     # p: pypdf, hand-written content streams (Courier table, QR as an image XObject)
     Doc('p01_fa_distribuidora_tributos', 3311, 'A', ['DISTRIBUIDORA CUYO S.R.L.', 'Carril Godoy Cruz 2450 - Mendoza'], 'DISTRIBUIDORA CUYO S.R.L.', MAYOR,
         cols=C('code', 'desc', 'cant', 'pu', 'iva', 'imp'), rates=(21, 10.5), nitems=7, nstyle='pvnro',
         taxes=[('Percepción IIBB Mendoza', '2.5'), ('Otros Tributos', '0.8')]),
     Doc('p02_fb_carniceria_kg', 3312, 'B', ['Carnicería El Torito', 'Razón Social: FRIGORIFICO EL TORITO S.R.L.', 'Av. San Martín 3400 - Santa Fe'], 'FRIGORIFICO EL TORITO S.R.L.',
         CARNE, cols=C('desc', 'cant', 'u', 'pru', 'imp'), buyer='cf', units='u', discount=('Descuento jubilados 10%', '10'), dstyle='%d/%m/%y', nitems=5),
     Doc('p03_fc_gimnasio_pretty', 3313, 'C', ['Gimnasio Fuerza Viva', 'Moreno 990 - Posadas'], 'Gimnasio Fuerza Viva', GIM, cols=C('det', 'imp'),
         nitems=3, buyer='dni', qr='pretty', cuit_pre='20', nstyle='n'),
     Doc('p04_fa_seguridad_qrtotal', 3314, 'A', ['Razón Social: VIGILANCIA ELECTRONICA DEL LITORAL S.A.', 'Urquiza 1290 - Paraná'], 'VIGILANCIA ELECTRONICA DEL LITORAL S.A.',
         SEGUR, cols=C('desc', 'cant', 'pu', 'piva', 'sub'), nitems=4, wrap=30, qr_bad='total', cuit_dash=True),
     Doc('p05_fb_dietetica_eandesc', 3315, 'B', ['Dietética La Semilla', 'Mitre 515 - Rafaela'], 'Dietética La Semilla', DIETE,
         cols=C('desc', 'cant', 'pu', 'imp'), ean_in_desc=True, buyer='cf', amt='plain', nitems=5, dstyle='%d.%m.%Y'),
     Doc('p06_fc_abogado_sinqr', 3316, 'C', ['DRA. QUIROGA MARIA EUGENIA', 'Abogada - T° 98 F° 341 CPACF', 'Lavalle 1430 Piso 3 - CABA'], 'DRA. QUIROGA MARIA EUGENIA', ABOG,
         cols=C('det', 'imp'), nitems=2, buyer='cuit', qr=None, wrap=48, cuit_pre='27', dstyle='long'),
     Doc('p07_fb_panaderia_copias', 3317, 'B', ['Panadería y Confitería La Perla', 'PANIFICADORA LA PERLA S.A.', 'Av. Colón 1212 - Córdoba'], 'PANIFICADORA LA PERLA S.A.', PANAD,
         cols=C('cant', 'desc', 'pu', 'imp'), buyer='cf', copies=('ORIGINAL', 'DUPLICADO'), nitems=4, nstyle='fact'),
     Doc('p08_fa_mayorista_multipag', 3318, 'A', ['ALMACEN MAYORISTA DEL CENTRO S.A.', 'Bv. San Juan 800 - Córdoba'], 'ALMACEN MAYORISTA DEL CENTRO S.A.', MAYOR,
         cols=C('code', 'desc', 'cant', 'u', 'pu', 'piva', 'imp'), rates=(21, 10.5, 21), nitems=40, rows_per_page=32,
         taxes=[('Percepción IIBB Córdoba', '3')], nstyle='ndeg'),
     Doc('p09_fc_heladeria_totalmal', 3319, 'C', ['Heladería Polo Sur', 'Costanera 45 - Puerto Madryn'], 'Heladería Polo Sur', HELAD,
         cols=C('desc', 'cant', 'pu', 'imp'), buyer='cf', totals_delta='-100', cuit_pre='20', nitems=4, dstyle='%d-%m-%Y'),
     Doc('p10_fb_bebidas_nowww', 3320, 'B', ['Drugstore 24 Horas', 'Razón Social: KIOSCO MALVINAS S.R.L.', 'Malvinas 1401 - Río Gallegos'], 'KIOSCO MALVINAS S.R.L.', BEBI,
         cols=C('desc', 'cant', 'pu', 'imp'), buyer='dni', qr='nowww', amt='dollar', nitems=5),
     # r: rupdf (online-shop invoicer, QR drawn as vectors)
     Doc('r01_fa_informatica_ml', 3321, 'A', ['TECNOSUR INSUMOS INFORMATICOS S.R.L.', 'Av. Pellegrini 1800 - Rosario'], 'TECNOSUR INSUMOS INFORMATICOS S.R.L.', INFOR,
         cols=C('cod', 'prod', 'cant', 'pu', 'alic', 'neto'), nitems=4, annot='Operación ML #', taxes=[('Percepción IIBB Santa Fe', '2.5')], nstyle='pv'),
     Doc('r02_fb_ropa_bonif', 3322, 'B', ['Urbana Indumentaria', 'Razón Social: CONFECCIONES URBANAS S.A.S.', 'Av. Avellaneda 3100 - CABA'], 'CONFECCIONES URBANAS S.A.S.', ROPA,
         cols=C('desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', nitems=4, amt='dollar'),
     Doc('r03_fc_catering_svc', 3323, 'C', ['SOSA LUCAS MATIAS', 'Catering y eventos', 'Los Ceibos 220 - Villa Carlos Paz'], 'SOSA LUCAS MATIAS', CATER,
         cols=C('concepto', 'imp'), nitems=3, buyer='cuit', qr='nowww', cuit_pre='20', dstyle='%d/%m/%y'),
     Doc('r04_fa_autopartes_copias', 3324, 'A', ['Repuestos La Rueda', 'Razón Social: AUTOPARTES LA RUEDA S.A.', 'Av. Colón 5200 - Córdoba'], 'AUTOPARTES LA RUEDA S.A.', AUTOP,
         cols=C('code', 'desc', 'cant', 'pu', 'piva', 'imp'), copies=('ORIGINAL', 'DUPLICADO'), taxes=[('Percepción IIBB Córdoba', '3')], nitems=4, nstyle='n'),
     Doc('r05_fb_muebleria_qrcuit', 3325, 'B', ['Mueblería Roble Nativo', 'Av. 9 de Julio 880 - Oberá'], 'Mueblería Roble Nativo', MUEB,
         cols=C('desc', 'cant', 'pu', 'imp'), buyer='dni', qr_bad='cuit', nitems=3, dstyle='long'),
     Doc('r06_fa_contador_svc', 3326, 'A', ['CPN GARCIA ROMINA PAULA', 'Estudio contable', 'San Jerónimo 2277 - Santa Fe'], 'CPN GARCIA ROMINA PAULA', CONTA,
         cols=C('det', 'piva', 'imp'), nitems=2, cuit_pre='27', taxes=[('Otros Tributos', '1')], nstyle='pv2', cuit_dash=True),
     Doc('r07_fb_farmacia_ean', 3327, 'B', ['Farmacia del Pueblo', 'FARMACIA DEL PUEBLO S.C.S.', 'Sarmiento 402 - Trelew'], 'FARMACIA DEL PUEBLO S.C.S.', FARMA,
         cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), buyer='dni', discount=('Descuento obra social 40%', '40'), amt='plain', nitems=4),
     Doc('r08_fa_fletes_svc', 3328, 'A', ['TRANSPORTES RIO PARANA', 'SOCIEDAD ANONIMA', 'Ruta 11 km 340 - San Lorenzo'], 'TRANSPORTES RIO PARANA SOCIEDAD ANONIMA', FLETE,
         cols=C('det', 'alic', 'imp'), nitems=3, taxes=[('Percepción IIBB Santa Fe', '2')], nstyle='nro', dstyle='%d.%m.%Y'),
     Doc('r09_fc_jardineria_qrnro', 3329, 'C', ['Jardines del Valle', 'Parquización y mantenimiento', 'Ruta 40 km 3 - San Rafael'], 'Jardines del Valle', JARD,
         cols=C('desc', 'cant', 'pu', 'imp'), nitems=3, buyer='cf', qr_bad='number', cuit_pre='20', nstyle='ndeg'),
     Doc('r10_fb_optica_dto', 3330, 'B', ['Óptica Visión Clara', 'Razón Social: VISION CLARA S.R.L.', 'Mitre 88 - Salta'], 'VISION CLARA S.R.L.', OPTI,
         cols=C('cant', 'desc', 'pu', 'imp'), buyer='dni', discount=('Bonificación 5% pago contado', '5'), nitems=3, nstyle='fact', dstyle='%d-%m-%Y'),
    ]
