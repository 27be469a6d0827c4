"""Round 35 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
The layout (make_invoices.py) prints only the strings built here; Doc.expected() writes the expected reading from the same object."""
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
    if style == 'plain': out = f'{i},{f}'
    else:
        g = ''
        while len(i) > 3: g = '.' + i[-3:] + g; i = i[:-3]
        out = f'{i}{g},{f}'
    if neg: out = '-' + out
    return ('$ ' + out) if style == 'dollar' else out

def dash(c): return f'{c[:2]}-{c[2:10]}-{c[10]}'
def rate_txt(r): return f'{float(r):g}'.replace('.', ',') + '%'
MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()

class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, style='k', nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,), taxes=(), discount=None,
                 copies=(None,), qr='std', qrdraw='img', totals_delta=None, qr_bad=None, currency='ARS', cuit_pre='30',
                 total_label='Importe Total:', rows_per_page=None):
        rng = random.Random(seed)
        self.name, self.letter, self.style, self.qrdraw = name, letter, style, qrdraw
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 30); self.number = rng.randrange(100, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.copies, self.rows_per_page = currency, list(copies), rows_per_page
        self.merchant = name_exp
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = list(issuer)
        self.issuer_fiscal = [f'CUIT: {c}', f'Ingresos Brutos: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                              f'Condición frente al IVA: {iva_cond}', f'Inicio de Actividades: 01/0{rng.randrange(1, 9)}/20{rng.randrange(10, 20)}']
        p, n = f'{self.pos:05d}', f'{self.number:08d}'
        self.num_lines = {'pv': [f'Punto de Venta: {p}', f'Comp. Nro: {n}'], 'n': [f'N° {p[1:]}-{n}'], 'no': [f'Nº {p}-{n}'],
                          'nro': [f'Nro. {p[1:]}-{n}'], 'pvc': [f'P.V. {p[1:]}', f'Comp. Nro {n}']}[nstyle]
        ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}' if dstyle == 'long' else self.date.strftime(dstyle)
        self.date_line = f'Fecha de Emisión: {ds}' if style != 'm' else f'Fecha: {ds}'
        self.title = f'FACTURA {letter}'
        self.code_line = f'COD. {self.code:02d}' if style != 'm' else f'Código {self.code:03d}'
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Cliente: {rng.choice(["METALURGICA AVELLANEDA S.A.", "SERVICIOS INTEGRALES DEL OESTE S.R.L.", "CONSULTORA PAMPA S.A.S."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'IVA: Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Señor(es): {rng.choice(["ACOSTA, MARIANA", "BENITEZ RODRIGO", "LEDESMA CAROLINA INES"])}', f'DNI: {dni}', 'IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append('Condición de venta: ' + rng.choice(['Contado', 'Cuenta corriente', 'Tarjeta de débito']))
        k = nitems or min(rng.randrange(3, 7), len(products))
        self.items = []
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind == 'un': desc = desc + ['', ' X2', ' X3', ' X6', ' X12'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 1000)
            if kind == 'kg': q = D(rng.randrange(150, 2500)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 7)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            self.items.append(dict(desc=desc, code=str(rng.randrange(10**3, 10**5)).zfill(5), ean=ean13(rng) if 'ean' in [x[0] for x in cols] else None,
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
            if key == 'rate': return rate_txt(it['rate'])
            if key == 'amount': return fmt(it['amount'], st)
        self.rows = [[cell(it, c[0]) for c in cols] for it in self.items]
        A = letter == 'A'
        self.subtotal = sum((it['amount'] for it in self.items), D(0))
        self.vat = []
        tl = [('Subtotal:' if style != 's' else 'SUBTOTAL', self.subtotal)]
        if A:
            taxed = sum((it['amount'] for it in self.items if it['rate']), D(0))
            tl.append(('Importe Neto Gravado:', taxed))
            if any(not it['rate'] for it in self.items): tl.append(('Importe Exento:', self.subtotal - taxed))
            for r in sorted({it['rate'] for it in self.items if it['rate']}, reverse=True):
                v = r2(sum(it['amount'] for it in self.items if it['rate'] == r) * r / 100)
                self.vat.append((r, v)); tl.append((f'IVA {rate_txt(r)}:', v))
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
        self.footer_lines = [f'CAE N°: {self.cae}' if style != 'm' else f'C.A.E. Nº {self.cae}', f'Vto. CAE: {self.cae_vto:%d/%m/%Y}']
        if currency == 'USD':
            self.num_lines.append('Moneda: USD'); self.footer_lines.append('Cotización: 1.425,50')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1425.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date - datetime.timedelta(days=1)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '30'))
            if qr_bad == 'total': q['importe'] = float(self.total + 1000)
            if qr_bad == 'pos': q['ptoVta'] += 1
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr == 'nowww': host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
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

P = dict(
 ferr=[('TARUGO NYLON 8MM X100', '3900', 'un'), ('CINTA METRICA 5M', '6100', 'un'), ('DISYUNTOR DIFERENCIAL 2X40A', '38500', 'un'), ('CANO PVC 110MM X 4M', '21900', 'un'), ('PEGAMENTO CONTACTO 250CC', '4700', 'un')],
 super=[('ARROZ PARBOIL 1KG', '2100', 'un'), ('YERBA MATE CON PALO 1KG', '5900', 'un'), ('MANZANA RED X KG', '2600', 'kg'), ('QUESO TYBO X KG', '12900', 'kg'), ('ACEITE MEZCLA 1,5L', '3400', 'un'),
        ('LECHE DESCREMADA 1L', '1500', 'un'), ('PAPA BLANCA X KG', '1100', 'kg'), ('HARINA LEUDANTE 1KG', '1450', 'un'), ('CAFE MOLIDO 500G', '8900', 'un')],
 elec=[('Visita de diagnóstico eléctrico', '25000', 'svc'), ('Recableado de tablero principal con térmicas y disyuntor', '160000', 'svc'), ('Tomacorriente doble 10A', '4200', 'un')],
 gym=[('Cuota mensual pase libre - octubre', '38000', 'svc'), ('Matrícula anual', '15000', 'svc')],
 celu=[('Funda silicona Samsung A54 negra', '8900', 'un'), ('Vidrio templado 9H Samsung A54', '5200', 'un'), ('Cargador USB-C 25W carga rápida con cable 1m', '19500', 'un'), ('Auriculares Bluetooth TWS', '24000', 'un')],
 hosting=[('Plan hosting Pyme anual', '180', 'svc'), ('Dominio .com.ar renovación', '30', 'svc'), ('Certificado SSL', '60', 'svc')],
 verd=[('Tomate redondo x kg', '2400', 'kg'), ('Lechuga mantecosa x kg', '3100', 'kg'), ('Banana x kg', '2200', 'kg'), ('Palta Hass', '1900', 'un'), ('Limón x kg', '1700', 'kg')],
 odonto=[('Consulta odontológica', '30000', 'svc'), ('Limpieza y fluoración', '45000', 'svc'), ('Restauración con resina pieza 26', '70000', 'svc')],
 mayor=[('GALLETITAS CRACKERS 3X105G', '1500', 'un'), ('ARVEJAS LATA 350G', '900', 'un'), ('TOMATE TRITURADO 520G', '950', 'un'), ('ACEITE GIRASOL 900ML', '2700', 'un'), ('AZUCAR 1KG', '1250', 'un'),
        ('YERBA MATE 500G', '2800', 'un'), ('FIDEOS MOSTACHOL 500G', '1150', 'un'), ('LAVANDINA 1L', '900', 'un'), ('JABON LIQUIDO 3L', '7800', 'un'), ('PAPEL HIGIENICO 4X80M', '3900', 'un')],
 pet=[('Alimento gato adulto 7,5kg', '41000', 'un'), ('Piedras sanitarias 4kg', '4800', 'un'), ('Alimento balanceado suelto x kg', '3600', 'kg'), ('Collar antipulgas gato', '9500', 'un')],
 mueble=[('Escritorio melamina 120x60 color nogal', '145000', 'un'), ('Silla de oficina ergonómica con apoyabrazos', '98000', 'un'), ('Flete y armado', '25000', 'svc')],
 fiambre=[('JAMON CRUDO X KG', '28900', 'kg'), ('QUESO PATEGRAS X KG', '16500', 'kg'), ('SALAME MILAN X KG', '19800', 'kg'), ('ACEITUNAS VERDES 200G', '2900', 'un')],
 contador=[('Honorarios liquidación IVA e IIBB - septiembre', '95000', 'svc'), ('Presentación DDJJ Ganancias personas humanas', '120000', 'svc')],
 neum=[('Neumático 175/65 R14 82T', '89000', 'un'), ('Alineación y balanceo', '28000', 'svc'), ('Válvula de aire', '1500', 'un')],
 libro=[('Novela El viaje de Lucía - tapa blanda', '23000', 'un'), ('Agenda 2027 semanal', '14500', 'un'), ('Block hojas rayadas A4 x80', '4900', 'un'), ('Lapicera gel azul x3', '3200', 'un')],
 taller=[('Cambio de aceite y filtro', '35000', 'svc'), ('Aceite 10W40 semisintético 4L', '39000', 'un'), ('Filtro de aire', '11500', 'un'), ('Rectificado de discos de freno (par)', '48000', 'svc')],
 ropa=[('Buzo frisa unisex talle L', '32000', 'un'), ('Pantalón cargo gabardina T-44', '41000', 'un'), ('Medias algodón x3 pares', '6900', 'un'), ('Gorra bordada', '12500', 'un')],
 clases=[('Clases de inglés (8 encuentros) - septiembre', '96000', 'svc')],
 lava=[('Lavado y secado canasto', '6500', 'un'), ('Acolchado 2 plazas lavado', '14000', 'un'), ('Planchado camisa', '2500', 'un')],
 bebidas=[('AGUA SABORIZADA 1,5L X6', '8900', 'un'), ('GASEOSA LIMA LIMON 2,25L X6', '19500', 'un'), ('FERNET 750ML', '14900', 'un'), ('CERVEZA NEGRA LATA 473 X6', '16900', 'un'), ('HIELO BOLSA 2KG', '1900', 'un')],
 foto=[('Sesión fotográfica de producto (20 fotos editadas)', '150000', 'svc'), ('Traslado y equipamiento de iluminación', '30000', 'svc')],
 farma=[('PARACETAMOL 500MG X20', '2900', 'un'), ('CREMA HIDRATANTE 200ML', '11900', 'un'), ('CEPILLO DENTAL MEDIO', '2400', 'un'), ('SHAMPOO ANTICASPA 400ML', '8700', 'un')],
 semillas=[('Semilla de soja bolsa 40kg', '52000', 'un'), ('Inoculante soja 2,5L', '26000', 'un'), ('Servicio de análisis de suelo', '70000', 'svc')],
 panad=[('Pan de campo x kg', '3800', 'kg'), ('Bizcochos de grasa x kg', '6900', 'kg'), ('Prepizza x2', '2900', 'un'), ('Alfajor de maicena', '1200', 'un')],
 compu=[('Notebook 15,6" Core i5 16GB 512GB SSD', '1150000', 'un'), ('Mouse inalámbrico', '14900', 'un'), ('Mochila para notebook 15,6"', '39000', 'un')],
 plomero=[('Destapación cloacal con máquina', '55000', 'svc'), ('Sifón doble pileta', '9800', 'un')],
)

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U.M.', 'l'),
                 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
                 'pu': ('price', 'P. Unitario', 'r'), 'pru': ('price', 'Precio', 'r'), 'bon': ('bonif', '% Bonif', 'r'), 'dto': ('bonif', 'Dto. %', 'r'),
                 'alic': ('rate', 'IVA', 'r'), 'piva': ('rate', 'Alíc.', 'r'), 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'),
                 'neto': ('amount', 'Importe Neto', 'r')}[x] for x in k]

def DOCS():
    return [
     Doc('c01_fa_ferreteria_bonif', 3501, 'A', ['Ferretería Don Bosco', 'Razón Social: HERRAJES BOSCO S.R.L.', 'Av. Hipólito Yrigoyen 8450 - Lomas de Zamora'],
         'HERRAJES BOSCO S.R.L.', P['ferr'], cols=C('cod', 'desc', 'cant', 'pu', 'bon', 'alic', 'neto'), bonif=True, rates=(21, 21, 10.5),
         taxes=[('Percepción IIBB Buenos Aires', '2.5')], cuit_dash=True),
     Doc('c02_fb_super_multipag', 3502, 'B', ['Supermercado La Estrella', 'LA ESTRELLA COMERCIAL S.A.', 'Av. San Martín 1200 - San Rafael'], 'LA ESTRELLA COMERCIAL S.A.', P['super'],
         cols=C('ean', 'desc', 'cant', 'u', 'pru', 'imp'), nstyle='no', amt='dollar', buyer='cf', nitems=48, rows_per_page=28, discount=('Descuento jubilados 15%', '15')),
     Doc('c03_fc_electricista_svc', 3503, 'C', ['SOSA MIGUEL ANGEL', 'Instalaciones eléctricas', 'Calle 14 N° 1530 - Berazategui'], 'SOSA MIGUEL ANGEL', P['elec'],
         cols=C('det', 'cant', 'pu', 'imp'), buyer='dni', cuit_pre='20', dstyle='%d-%m-%Y', qr='nowww', nitems=3),
     Doc('c04_fa_celulares_copias', 3504, 'A', ['MUNDO CELULAR', 'Razón Social: TELEACCESORIOS DEL CENTRO S.A.S.', 'Local 12 Galería Paseo Sur - Córdoba'],
         'TELEACCESORIOS DEL CENTRO S.A.S.', P['celu'], style='m', cols=C('cantidad', 'prod', 'pu', 'piva', 'neto'), nitems=4, copies=('ORIGINAL', 'DUPLICADO'),
         nstyle='nro', qrdraw='vec'),
     Doc('c05_fb_verduleria_totalmal', 3505, 'B', ['Verdulería Los Hermanos', 'Mercado Central Nave 4 - Tapiales'], 'Verdulería Los Hermanos', P['verd'],
         style='s', cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', dstyle='%d.%m.%Y', totals_delta='-200', qrdraw='vec'),
     Doc('c06_fa_hosting_usd', 3506, 'A', ['Razón Social: SURNET HOSTING S.A.', 'Av. Colón 450 Piso 2 - Córdoba'], 'SURNET HOSTING S.A.', P['hosting'],
         cols=C('det', 'alic', 'imp'), currency='USD', nitems=3, nstyle='n', qrdraw='vec'),
     Doc('c07_fc_odontologa_qrnro', 3507, 'C', ['OD. PERALTA VALERIA', 'Odontología general', 'Mitre 455 1° B - San Isidro'], 'OD. PERALTA VALERIA', P['odonto'],
         style='s', cols=C('prod', 'imp'), buyer='dni', cuit_pre='27', qr_bad='number', nitems=3, dstyle='long'),
     Doc('c08_fb_mascotas_sinqr', 3508, 'B', ['Pet Shop Huellitas', 'Razón Social: HUELLITAS ALIMENTOS S.R.L.', 'Av. Maipú 2200 - Olivos'], 'HUELLITAS ALIMENTOS S.R.L.', P['pet'],
         style='m', cols=C('art', 'cant', 'desc', 'pru', 'imp'), qr=None, amt='plain', buyer='dni', nstyle='pvc', nitems=4),
     Doc('c09_fa_mayorista_multipag', 3509, 'A', ['DISTRIBUIDORA EL CEIBO S.A.', 'Ruta 9 km 35 - Garín'], 'DISTRIBUIDORA EL CEIBO S.A.', P['mayor'],
         cols=C('code', 'desc', 'cant', 'pu', 'alic', 'neto'), rates=(21, 21, 10.5), nitems=40, rows_per_page=25, qrdraw='vec',
         taxes=[('Percepción IIBB Buenos Aires', '3'), ('Percepción IVA', '1.5')], nstyle='pv'),
     Doc('c10_fb_muebles_flete', 3510, 'B', ['Muebles Nogal', 'Razón Social: NOGAL AMOBLAMIENTOS S.A.', 'Av. Perón 3300 - Rosario'], 'NOGAL AMOBLAMIENTOS S.A.', P['mueble'],
         style='m', cols=C('cant', 'desc', 'pu', 'dto', 'imp'), bonif=True, buyer='dni', nitems=3, nstyle='n', discount=('Bonificación pago contado 10%', '10')),
     Doc('c11_fa_fiambreria_kg', 3511, 'A', ['FIAMBRERIA LA TRANQUERA', 'Razón Social: LA TRANQUERA ALIMENTOS S.R.L.', 'Av. Rivadavia 6800 - CABA'],
         'LA TRANQUERA ALIMENTOS S.R.L.', P['fiambre'], cols=C('desc', 'cant', 'u', 'pu', 'alic', 'neto'), rates=(10.5, 10.5, 10.5, 21), nitems=4,
         taxes=[('Percepción IIBB CABA', '3')], dstyle='%d/%m/%y'),
     Doc('c12_fc_contador_qrdmy', 3512, 'C', ['CRA. DOMINGUEZ SILVINA', 'Contadora Pública - Mat. T°45 F°210', 'Sarmiento 920 - Mar del Plata'], 'CRA. DOMINGUEZ SILVINA', P['contador'],
         style='m', cols=C('det', 'imp'), nitems=2, buyer='dni', cuit_pre='27', qr='dmy', qrdraw='vec', nstyle='nro'),
     Doc('c13_fa_gomeria_totalmal', 3513, 'A', ['Razón Social: NEUMATICOS DEL SUR S.A.', 'Ruta 3 km 42 - Cañuelas'], 'NEUMATICOS DEL SUR S.A.', P['neum'],
         cols=C('code', 'desc', 'cant', 'pu', 'alic', 'sub'), nitems=3, totals_delta='1000', dstyle='%d-%m-%Y', taxes=[('Otros Tributos', '0.5')]),
     Doc('c14_fb_libreria_ean', 3514, 'B', ['Librería Rayuela', 'RAYUELA LIBROS Y PAPELES S.R.L.', 'Belgrano 350 - Salta'], 'RAYUELA LIBROS Y PAPELES S.R.L.', P['libro'],
         style='s', cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), amt='plain', buyer='cf', nitems=4, nstyle='pvc'),
     Doc('c15_fc_taller_copias', 3515, 'C', ['Taller Mecánico El Tano', 'Av. Eva Perón 1450 - Merlo'], 'Taller Mecánico El Tano', P['taller'],
         cols=C('desc', 'cant', 'pu', 'imp'), buyer='dni', cuit_pre='20', copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'), nitems=4, qrdraw='vec'),
     Doc('c16_fa_ropa_qrfecha', 3516, 'A', ['INDUMENTARIA PATAGONIA', 'SOCIEDAD ANONIMA', 'Mitre 120 - Bariloche'], 'INDUMENTARIA PATAGONIA SOCIEDAD ANONIMA', P['ropa'],
         style='m', cols=C('art', 'desc', 'cant', 'pu', 'bon', 'piva', 'neto'), bonif=True, nitems=4, qr_bad='date', nstyle='no', cuit_dash=True),
     Doc('c17_fc_profesora_svc', 3517, 'C', ['ROMERO NATALIA SOLEDAD', 'Profesora de inglés', 'Los Ceibos 77 - Paraná'], 'ROMERO NATALIA SOLEDAD', P['clases'],
         style='s', cols=C('det', 'imp'), buyer='cf', cuit_pre='27', nitems=1, dstyle='long', qrdraw='vec'),
     Doc('c18_fb_lavadero_pv', 3518, 'B', ['Lavadero Burbujas', 'Av. Alberdi 3030 - CABA'], 'Lavadero Burbujas', P['lava'], cols=C('cantidad', 'desc', 'pu', 'sub'),
         buyer='cf', nitems=3, nstyle='pv', dstyle='%d.%m.%Y', qr='nowww'),
     Doc('c19_fa_bebidas_tributos', 3519, 'A', ['DISTRIBUIDORA SAN CAYETANO', 'DE BEBIDAS S.R.L.', 'Calle 7 N° 2100 - La Plata'], 'DISTRIBUIDORA SAN CAYETANO DE BEBIDAS S.R.L.', P['bebidas'],
         style='s', cols=C('cod', 'desc', 'cant', 'pu', 'alic', 'neto'), rates=(21, 21, 21, 21, 21), nitems=5, qrdraw='vec',
         taxes=[('Impuestos Internos', '4'), ('Percepción IIBB Buenos Aires', '2')]),
     Doc('c20_fc_fotografo_qrcuit', 3520, 'C', ['Estudio Lumen Fotografía', 'Balcarce 88 - Tandil'], 'Estudio Lumen Fotografía', P['foto'],
         style='m', cols=C('det', 'imp'), nitems=2, buyer='cuit', cuit_pre='20', qr_bad='cuit'),
     Doc('c21_fb_farmacia_dto', 3521, 'B', ['Farmacia del Pueblo', 'Razón Social: FARMACIA DEL PUEBLO S.C.S.', 'San Martín 45 - Chivilcoy'], 'FARMACIA DEL PUEBLO S.C.S.', P['farma'],
         cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), buyer='dni', nitems=4, discount=('Descuento obra social 40%', '40'), nstyle='n', amt='dollar', qrdraw='vec'),
     Doc('c22_fa_semillas_exento', 3522, 'A', ['AGRO SERVICIOS LOS TILOS S.A.', 'Ruta 33 km 130 - Rufino'], 'AGRO SERVICIOS LOS TILOS S.A.', P['semillas'],
         style='m', cols=C('desc', 'cantidad', 'pu', 'piva', 'neto'), rates=(10.5, 21, 0), nitems=3, amt='plain', nstyle='pvc', taxes=[('Percepción IIBB Santa Fe', '2.5')]),
     Doc('c23_fc_panaderia_kg', 3523, 'C', ['Panadería Santa Rita', 'Moreno 640 - Luján'], 'Panadería Santa Rita', P['panad'], style='s', cols=C('desc', 'cant', 'u', 'pu', 'imp'),
         buyer='cf', cuit_pre='20', dstyle='%d/%m/%y', nitems=4),
     Doc('c24_fa_computacion_ean', 3524, 'A', ['Razón Social: INFOTEC SOLUCIONES S.R.L.', 'Av. Corrientes 3600 - CABA'], 'INFOTEC SOLUCIONES S.R.L.', P['compu'],
         cols=C('cantidad', 'ean', 'desc', 'pu', 'alic', 'neto'), nitems=3, qrdraw='vec', nstyle='nro', taxes=[('Percepción IIBB CABA', '3')]),
     Doc('c25_fb_super_kg', 3525, 'B', ['Autoservicio El Trébol', 'Av. Belgrano 700 - Resistencia'], 'Autoservicio El Trébol', P['super'], style='m',
         cols=C('eanb', 'desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', nitems=9, nstyle='no', dstyle='%d-%m-%Y'),
     Doc('c26_fc_plomero_copias', 3526, 'C', ['IBARRA RAMON ESTEBAN', 'Plomería - Gasista matriculado', 'Pasaje Colón 12 - Quilmes'], 'IBARRA RAMON ESTEBAN', P['plomero'],
         style='s', cols=C('desc', 'cant', 'pu', 'imp'), buyer='dni', cuit_pre='20', copies=('ORIGINAL', 'DUPLICADO'), nitems=2, qr='nowww', qrdraw='vec'),
     Doc('c27_fa_taller_bonif', 3527, 'A', ['Lubricentro Ruta 2', 'Razón Social: LUBRICANTES CHASCOMUS S.R.L.', 'Ruta 2 km 120 - Chascomús'], 'LUBRICANTES CHASCOMUS S.R.L.', P['taller'],
         cols=C('cod', 'desc', 'cant', 'pu', 'dto', 'piva', 'neto'), bonif=True, nitems=4, nstyle='no', qr='dmy'),
     Doc('c28_fb_bebidas_totalmal', 3528, 'B', ['Drugstore La Esquina', 'Av. Libertador 15200 - San Isidro'], 'Drugstore La Esquina', P['bebidas'],
         style='m', cols=C('cant', 'desc', 'pru', 'imp'), buyer='cf', nitems=5, totals_delta='-350', qrdraw='vec', dstyle='%d/%m/%y'),
     Doc('c29_fa_estudio_svc', 3529, 'A', ['Razón Social: ESTUDIO CONTABLE BIANCHI', '& ASOCIADOS S.R.L.', 'Tucumán 1700 - CABA'], 'ESTUDIO CONTABLE BIANCHI & ASOCIADOS S.R.L.', P['contador'],
         style='s', cols=C('det', 'piva', 'imp'), nitems=2, dstyle='long', taxes=[('Otros Tributos', '0.6')], cuit_dash=True),
     Doc('c30_fb_celulares_ean', 3530, 'B', ['Tecno Hogar', 'TECNO HOGAR DEL LITORAL S.A.', 'Bv. Gálvez 1800 - Santa Fe'], 'TECNO HOGAR DEL LITORAL S.A.', P['celu'],
         cols=C('ean', 'desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', nitems=4, nstyle='pvc', qrdraw='vec'),
    ]
