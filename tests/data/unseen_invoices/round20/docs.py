"""Round 20 documents: one Doc per invoice, one random.Random(seed) each; amounts with decimal.Decimal.
The renderers (make_invoices.py, render_tasks.py) print only the strings built here; Doc.expected() writes the
expected reading from the same object (nothing re-typed)."""
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
    """dot 1.234,56 | plain 1234,56 | dollar $ 1.234,56 | usd U$S 1.234,56"""
    neg = x < 0; x = abs(x)
    s = f'{x:.2f}'; i, f = s.split('.')
    if style == 'plain':
        out = f'{i},{f}'
    else:
        g = ''
        while len(i) > 3: g = '.' + i[-3:] + g; i = i[:-3]
        out = f'{i}{g},{f}'
    if neg: out = '-' + out
    return {'dollar': '$ ', 'usd': 'U$S '}.get(style, '') + out

def dash(c): return f'{c[:2]}-{c[2:10]}-{c[10]}'

def rate_txt(r, style):
    if style == 'pct': return f'{float(r):g}'.replace('.', ',') + '%'
    if style == 'pct2': return f'{r:.2f}'.replace('.', ',') + ' %'
    return f'{r:.2f}'.replace('.', ',')      # 'dec': 21,00

MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()
BUYERS_A = ['METALURGICA SAN JORGE S.A.', 'CONSORCIO EDIFICIO TORRE ALVEAR', 'LOGISTICA PAMPEANA S.R.L.', 'COOPERATIVA AGRICOLA LA UNION LTDA.']
BUYERS_P = ['ACOSTA, MARIANA BELEN', 'ROMERO JUAN PABLO', 'BENITEZ, CAROLINA', 'SOSA MAXIMILIANO']

# column kinds: code, ean, qty, unit, desc, price, bonif, rate, amount
COLS = {'cod': ('code', 'Cód.'), 'codigo': ('code', 'Código'), 'art': ('code', 'Art.'), 'ean': ('ean', 'EAN'),
        'gtin': ('ean', 'Cód. Barras'), 'cant': ('qty', 'Cant.'), 'cantidad': ('qty', 'Cantidad'), 'u': ('unit', 'Unidad'),
        'um': ('unit', 'U.M.'), 'desc': ('desc', 'Descripción'), 'det': ('desc', 'Detalle'), 'prod': ('desc', 'Producto / Servicio'),
        'concepto': ('desc', 'Concepto'), 'pu': ('price', 'P. Unitario'), 'precio': ('price', 'Precio'), 'pru': ('price', 'Precio Unit.'),
        'bon': ('bonif', '% Bonif.'), 'dto': ('bonif', 'Dto. %'), 'iva': ('rate', 'IVA'), 'alic': ('rate', 'Alícuota'),
        'piva': ('rate', '% IVA'), 'imp': ('amount', 'Importe'), 'sub': ('amount', 'Subtotal'), 'tot': ('amount', 'Total'),
        'neto': ('amount', 'Neto')}
RIGHT = {'qty', 'price', 'bonif', 'rate', 'amount'}

class Doc:
    def __init__(self, name, seed, letter, issuer, merchant, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y', cuit_dash=False,
                 amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,), rate_style='pct', taxes=(), discount=None,
                 copies=(None,), qr='std', qr_bad=None, totals_delta=None, currency='ARS', cuit_pre='30', total_label='TOTAL:',
                 sub_label='Subtotal:', vat_label='IVA {r}:', rows_per_page=None, unit_un='un.', wrap=(), note=None):
        rng = random.Random(seed)
        self.name, self.letter = name, letter
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 30); self.number = rng.randrange(50, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = merchant
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = list(issuer)
        self.issuer_extra = [f'C.U.I.T.: {c}' if cuit_dash else f'CUIT: {c}',
                             f'IIBB: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                             iva_cond, f'Inicio de Actividades: {rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/20{rng.randrange(10, 22)}']
        p4, p5, n8 = f'{self.pos:04d}', f'{self.pos:05d}', f'{self.number:08d}'
        nl = {'pv': f'Punto de Venta: {p5}   Comp. Nro: {n8}', 'n': f'N° {p4}-{n8}', 'nsym': f'Nº {p5}-{n8}',
              'nro': f'Nro. {p4}-{n8}', 'comp': f'Comp. Nro: {p5}-{n8}', 'fact': f'FACTURA {letter} {p4}-{n8}',
              'pvnro': f'P.V.: {self.pos}   Nro.: {self.number}'}[nstyle]
        ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}' if dstyle == 'long' else self.date.strftime(dstyle)
        self.letter_box = [letter, f'COD. {self.code:02d}' if self.code < 10 else f'COD. {self.code:03d}']
        self.doc_lines = ['FACTURA' if nstyle != 'fact' else 'COMPROBANTE ELECTRÓNICO', nl, f'Fecha: {ds}' if dstyle == 'long' else f'Fecha de Emisión: {ds}']
        if currency == 'USD': self.doc_lines.append('Moneda: USD')
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Cliente: {rng.choice(BUYERS_A)}', f'CUIT: {dash(bc) if cuit_dash else bc}',
                                'Condición IVA: IVA Responsable Inscripto', 'Domicilio: Av. Santa Fe 2450 - CABA']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Señor(es): {rng.choice(BUYERS_P)}', f'DNI: {dni}', 'Condición IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'Condición IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(rng.choice(['Condición de venta: Contado', 'Forma de pago: Transferencia', 'Condición de venta: Cuenta corriente']))
        # items
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        has_ean = any(COLS[x][0] == 'ean' for x in cols)
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products):
                desc = desc + ['', ' X 6 UN', ' X 12 UN', ' X 24 UN', ' X 48 UN'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 1000)
            if kind == 'kg': q = D(rng.randrange(120, 3000)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 9)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            lines = wrap[i] if i < len(wrap) and wrap[i] else [desc]
            self.items.append(dict(desc=' '.join(lines), lines=lines, code=str(rng.randrange(10**4, 10**6)),
                                   ean=ean13(rng) if has_ean else None, qs=qs, unit=unit, price=None if q is None else price,
                                   bonif=b, rate=rate, amount=amount))
        self.cols = [(COLS[x][0], COLS[x][1], 'r' if COLS[x][0] in RIGHT else 'l') for x in cols]
        st = 'dot' if amt in ('dollar', 'usd') else amt
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return {'kg': 'kg', 'un': unit_un, None: ''}[it['unit']]
            if key == 'desc': return it['lines']
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return rate_txt(it['rate'], rate_style)
            if key == 'amount': return fmt(it['amount'], st)
        # a row: list of cells; the desc cell is a list of printed lines
        self.rows = [[cell(it, c[0]) for c in self.cols] for it in self.items]
        # totals
        A = letter == 'A'
        self.subtotal = sum((it['amount'] for it in self.items), D(0))
        self.vat = []
        tl = [(sub_label, self.subtotal)]
        if A:
            for r in sorted({it['rate'] for it in self.items if it['rate']}, reverse=True):
                v = r2(sum(it['amount'] for it in self.items if it['rate'] == r) * r / 100)
                self.vat.append((r, v)); tl.append((vat_label.format(r=rate_txt(r, 'pct')), v))
        self.discounts = []
        if discount:
            dv = -r2(self.subtotal * D(discount[1]) / 100)
            self.discounts.append((discount[0], dv)); tl.append((discount[0] + ':', dv))
        self.taxes = []
        for lab, pct in taxes:
            tv = r2(self.subtotal * D(pct) / 100); self.taxes.append((lab, tv)); tl.append((lab + ':', tv))
        true_total = self.subtotal + sum(v for _, v in self.vat) + sum(v for _, v in self.discounts) + sum(v for _, v in self.taxes)
        self.total = true_total + (D(totals_delta) if totals_delta else 0)
        tl.append((total_label, self.total))
        self.totals = [(l, fmt(v, amt)) for l, v in tl]
        self.footer_lines = [f'CAE N°: {self.cae}', f'Vencimiento CAE: {self.cae_vto:%d/%m/%Y}']
        if currency == 'USD': self.footer_lines.append('Tipo de cambio BNA: 1.412,50')
        self.note = note
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR (RG 4291)
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1412.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 10
            if qr_bad == 'date': q['fecha'] = (self.date - datetime.timedelta(days=2)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, self.cuit[:2]))
            if qr_bad == 'total': q['importe'] = float(self.total - 1000)
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr == 'nowww':
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr == 'dmy': q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
            self.qr_payload = host + base64.b64encode(json.dumps(q, separators=(',', ':')).encode()).decode()
            if qr_bad: self.warnings.append('qr_mismatch')

    def pages(self):
        n = self.rows_per_page or len(self.rows)
        return [self.rows[i:i + n] for i in range(0, len(self.rows), n)] or [[]]

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

# ---- products: (description, base price, kind un|kg|svc)
ELECTRI = [('INTERRUPTOR TERMOMAGNETICO 2X20A', '14200', 'un'), ('CAJA ESTANCA IP65 8 MODULOS', '11800', 'un'), ('CABLE TIPO TALLER 3X1,5 X METRO', '1450', 'un'),
           ('LAMPARA LED 12W LUZ FRIA', '2300', 'un'), ('TOMA DOBLE CON TIERRA BLANCO', '3100', 'un'), ('DISYUNTOR DIFERENCIAL 2X40A 30MA', '38500', 'un')]
FIAMB = [('JAMON CRUDO FETEADO X KG', '24800', 'kg'), ('QUESO PATEGRAS X KG', '16900', 'kg'), ('SALAME MILAN X KG', '19500', 'kg'), ('ACEITUNAS VERDES FRASCO 330G', '3900', 'un'),
         ('PAN DE CAMPO', '3200', 'un')]
ODON = [('Consulta odontológica y diagnóstico', '35000', 'svc'), ('Limpieza y destartraje', '48000', 'svc'), ('Obturación composite pieza 36', '62000', 'svc')]
AIRE = [('Instalación equipo split hasta 3000 frigorías', '180000', 'svc'), ('Kit de instalación cañería 3 m', '42000', 'un'), ('Ménsula soporte unidad exterior', '15500', 'un'),
        ('Carga de gas R410A', '38000', 'svc')]
MASC = [('ALIMENTO GATO ADULTO 7,5KG', '41000', 'un'), ('PIEDRAS SANITARIAS 4KG', '5200', 'un'), ('ALIMENTO PERRO CACHORRO 3KG', '17800', 'un'), ('SNACK DENTAL X7', '4600', 'un'),
        ('ALIMENTO SUELTO PERRO ADULTO X KG', '4100', 'kg')]
INFO = [('NOTEBOOK 15,6" I5 16GB 512GB SSD', '980000', 'un'), ('MOUSE INALAMBRICO', '14500', 'un'), ('DISCO SSD 1TB NVME', '98000', 'un'), ('MONITOR 24" IPS FULL HD', '265000', 'un')]
FRUT = [('Manzana roja x kg', '2400', 'kg'), ('Banana x kg', '2100', 'kg'), ('Naranja jugo x kg', '1500', 'kg'), ('Palta hass unidad', '1900', 'un'), ('Frutilla bandeja 500g', '4800', 'un')]
GIMN = [('Cuota mensual pase libre', '42000', 'svc'), ('Matrícula anual', '15000', 'svc')]
CONSTR = [('CEMENTO PORTLAND BOLSA 50KG', '11200', 'un'), ('ARENA FINA BOLSON 1M3', '68000', 'un'), ('HIERRO ADN 8MM BARRA 12M', '9800', 'un'), ('LADRILLO HUECO 12X18X33', '720', 'un'),
          ('CAL HIDRATADA BOLSA 25KG', '6900', 'un'), ('MALLA SIMA 15X15 4,2MM', '54000', 'un')]
CELU = [('FUNDA SILICONA IPHONE 13', '9800', 'un'), ('VIDRIO TEMPLADO 9H', '4500', 'un'), ('CARGADOR USB-C 20W', '15900', 'un'), ('AURICULARES BLUETOOTH TWS', '27000', 'un')]
SEGUR = [('Monitoreo de alarma - mensual', '28000', 'svc'), ('Service técnico preventivo', '22000', 'svc'), ('Sensor de movimiento inalámbrico', '31000', 'un')]
QUES = [('QUESO REGGIANITO X KG', '21900', 'kg'), ('QUESO AZUL X KG', '18900', 'kg'), ('DULCE DE MEMBRILLO X KG', '5400', 'kg'), ('MANTECA 200G', '2900', 'un'), ('RICOTA X KG', '6800', 'kg')]
ABOG = [('Honorarios profesionales: redacción de contrato de locación', '250000', 'svc'), ('Certificación de firmas', '45000', 'svc')]
MUEB = [('SILLA DE OFICINA ERGONOMICA', '189000', 'un'), ('ESCRITORIO MELAMINA 120X60', '145000', 'un'), ('BIBLIOTECA 5 ESTANTES', '118000', 'un')]
LIMP = [('LAVANDINA 4L', '2900', 'un'), ('DETERGENTE CONCENTRADO 750ML', '2300', 'un'), ('DESENGRASANTE 5L', '8900', 'un'), ('TRAPO DE PISO GRIS', '1600', 'un'),
        ('BOLSAS RESIDUO 60X90 X10', '1900', 'un'), ('PAPEL HIGIENICO X4', '3400', 'un'), ('JABON LIQUIDO 5L', '9700', 'un'), ('GUANTES NITRILO X100', '12500', 'un')]
FOTO = [('Sesión fotográfica evento (4 horas)', '320000', 'svc'), ('Álbum impreso 30x30 40 páginas', '145000', 'un'), ('Edición y entrega digital', '80000', 'svc')]
LAVA = [('Lavado y planchado x kg', '3900', 'kg'), ('Limpieza acolchado 2 plazas', '18000', 'un'), ('Tintorería saco', '9500', 'un')]
REPU = [('CORREA DE DISTRIBUCION', '48000', 'un'), ('BOMBA DE AGUA', '61000', 'un'), ('FILTRO DE AIRE', '12900', 'un'), ('BUJIA IRIDIUM', '9800', 'un'), ('LIQUIDO REFRIGERANTE 1L', '6400', 'un')]
VINO = [('MALBEC RESERVA 750ML', '14500', 'un'), ('CABERNET FRANC 750ML', '16200', 'un'), ('ESPUMANTE EXTRA BRUT 750ML', '12900', 'un'), ('TORRONTES 750ML', '8900', 'un')]
ML = [('Zapatillas running hombre talle 42', '89000', 'un'), ('Mochila urbana 25L', '42000', 'un')]
SOFTU = [('Suscripción anual plataforma de facturación', '1200000', 'svc'), ('Horas de desarrollo a medida (20 h)', '900000', 'svc')]
PANA = [('Pan francés x kg', '2900', 'kg'), ('Facturas surtidas docena', '8400', 'un'), ('Prepizza x2', '3300', 'un'), ('Bizcochos de grasa x kg', '7600', 'kg')]
CARP = [('Mueble bajo mesada 1,20m a medida', '420000', 'un'), ('Colocación y ajuste en obra', '95000', 'svc')]
MAYO = [('ACEITE GIRASOL 1,5L', '3900', 'un'), ('AZUCAR 1KG', '1300', 'un'), ('HARINA 0000 1KG', '1150', 'un'), ('YERBA MATE 1KG', '5400', 'un'), ('FIDEOS MOSTACHOL 500G', '1250', 'un'),
        ('ARROZ GRANO LARGO 1KG', '1800', 'un'), ('ARVEJAS LATA 350G', '990', 'un'), ('TOMATE TRITURADO 520G', '1100', 'un'), ('GALLETITAS DE AGUA 300G', '1650', 'un'),
        ('CAFE MOLIDO 500G', '8900', 'un'), ('MERMELADA DURAZNO 454G', '2700', 'un'), ('LECHE EN POLVO 800G', '9800', 'un')]
DIEG = [('Clase de guitarra individual (4 clases)', '64000', 'svc'), ('Cuadernillo de ejercicios', '6500', 'un')]
PLANT = [('Potus en maceta N 14', '8900', 'un'), ('Tierra fertilizada 25dm3', '5600', 'un'), ('Sustrato para cactus 5dm3', '3200', 'un'), ('Maceta plástica N 20', '2900', 'un')]

C = lambda *k: list(k)

def DOCS():
    W = lambda *lines: list(lines)
    return [
     # ---------------- t: Aspose.Tasks (task sheet exported by a project-management program) ----------------
     Doc('t01_fa_electricidad_bonif', 2001, 'A', ['ELECTRICIDAD TOMASSINI', 'Razón Social: TOMASSINI HNOS. S.R.L.', 'Av. San Martín 3120 - Caseros'],
         'TOMASSINI HNOS. S.R.L.', ELECTRI, cols=C('codigo', 'desc', 'cant', 'pu', 'bon', 'iva', 'neto'), bonif=True, rates=(21, 21, 10.5),
         taxes=[('Percepción IIBB Bs. As.', '3')], qr=None, nstyle='pv'),
     Doc('t02_fb_fiambreria_kg', 2002, 'B', ['GONZALEZ MARIA INES', 'Fiambrería La Rueda', 'Mitre 455 - Chivilcoy'], 'GONZALEZ MARIA INES', FIAMB,
         cols=C('desc', 'cant', 'um', 'precio', 'imp'), buyer='cf', qr=None, nstyle='nro', dstyle='%d-%m-%Y', cuit_pre='27'),
     Doc('t03_fc_odontologa_svc', 2003, 'C', ['OD. PAREDES VALERIA SOLEDAD', 'Odontología general - M.P. 4411', 'Belgrano 77 1° B - Neuquén'],
         'OD. PAREDES VALERIA SOLEDAD', ODON, cols=C('concepto', 'imp'), nitems=3, buyer='dni', qr=None, cuit_pre='27', dstyle='long', nstyle='comp', total_label='Total:', sub_label='Sub Total:'),
     Doc('t04_fa_aire_totalmal', 2004, 'A', ['CLIMA SUR INSTALACIONES S.A.S.', 'Av. Alem 1200 - Bahía Blanca'], 'CLIMA SUR INSTALACIONES S.A.S.', AIRE,
         cols=C('det', 'cant', 'pu', 'piva', 'imp'), nitems=4, rates=(21, 21, 21, 10.5), totals_delta='1000', qr=None, cuit_dash=True, nstyle='n',
         taxes=[('Percepción IIBB Buenos Aires', '2.5')]),
     Doc('t05_fb_mascotas_dto', 2005, 'B', ['Pet Shop Huellitas', 'Razón Social: HUELLITAS DEL OESTE S.R.L.', 'Rivadavia 18200 - Haedo'], 'HUELLITAS DEL OESTE S.R.L.',
         MASC, cols=C('cant', 'desc', 'pu', 'sub'), buyer='dni', discount=('Descuento pago efectivo 10%', '10'), qr=None, amt='dollar', nstyle='nsym',
         dstyle='%d.%m.%Y'),
     Doc('t06_fa_mayorista_multipag', 2006, 'A', ['DISTRIBUIDORA EL HORNERO S.A.', 'Ruta 9 km 290 - Villa María'], 'DISTRIBUIDORA EL HORNERO S.A.', MAYO,
         cols=C('art', 'desc', 'cantidad', 'pru', 'alic', 'neto'), nitems=52, rates=(21, 10.5), rate_style='dec', qr=None, nstyle='pv',
         taxes=[('Percepción IIBB Córdoba', '2'), ('Percepción IVA', '3')], sub_label='SUBTOTAL', total_label='TOTAL', vat_label='I.V.A. {r}'),
     Doc('t07_fc_gimnasio_svc', 2007, 'C', ['Gimnasio Fuerza Vital', 'Urquiza 640 - Concepción del Uruguay'], 'Gimnasio Fuerza Vital', GIMN,
         cols=C('concepto', 'imp'), nitems=2, buyer='dni', qr=None, cuit_pre='20', nstyle='nro', dstyle='%d/%m/%y', total_label='Total:', sub_label='Sub Total:'),
     Doc('t08_fb_construccion_sinqr', 2008, 'B', ['Corralón Los Pinos', 'CORRALON LOS PINOS S.A.', 'Ruta 2 km 44 - Brandsen'], 'CORRALON LOS PINOS S.A.',
         CONSTR, cols=C('codigo', 'cant', 'desc', 'pu', 'imp'), buyer='cf', amt='plain', qr=None, nstyle='fact'),
     Doc('t09_fc_lavanderia_kg', 2009, 'C', ['Lavadero Burbujas', 'Sarmiento 990 - Villa Mercedes'], 'Lavadero Burbujas', LAVA,
         cols=C('desc', 'cant', 'um', 'precio', 'imp'), nitems=3, buyer='cf', qr=None, cuit_pre='20', nstyle='n', dstyle='%d.%m.%Y'),
     Doc('t10_fa_seguridad_tributos', 2010, 'A', ['Razón Social: VIGILANCIA INTEGRAL PATAGONICA S.A.', 'Roca 1500 - Comodoro Rivadavia'],
         'VIGILANCIA INTEGRAL PATAGONICA S.A.', SEGUR, cols=C('det', 'cant', 'pu', 'alic', 'imp'), nitems=3, qr=None, nstyle='comp',
         taxes=[('Percepción IIBB Chubut', '3'), ('Impuestos Internos', '1')], dstyle='long'),
     # ---------------- m: minipdf (a Word invoice template converted by minipdf) ----------------
     Doc('m01_fa_informatica_ean', 2011, 'A', ['Compumundo Sur', 'Razón Social: INFORMATICA DEL SUR S.A.', 'Av. Colón 1550 - Mar del Plata'],
         'INFORMATICA DEL SUR S.A.', INFO, cols=C('ean', 'desc', 'cant', 'pu', 'piva', 'neto'), nitems=4, rates=(21, 10.5, 10.5, 10.5),
         taxes=[('Percepción IIBB Buenos Aires', '2')], nstyle='pv',
         wrap=[W('NOTEBOOK 15,6" I5 16GB 512GB SSD', 'GARANTIA OFICIAL 12 MESES')], total_label='Importe Total:', vat_label='I.V.A. {r}:'),
     Doc('m02_fb_verduleria_kg', 2012, 'B', ['Frutería Los Hermanos', 'Razón Social: LOS HERMANOS FRUTAS S.R.L.', 'Mercado Central Nave 4 - Tapiales'],
         'LOS HERMANOS FRUTAS S.R.L.', FRUT, cols=C('desc', 'cant', 'u', 'precio', 'imp'), buyer='cf', nstyle='nro', dstyle='%d/%m/%y', unit_un='Unid', total_label='Importe Total:'),
     Doc('m03_fc_fotografo_qrstr', 2013, 'C', ['CASTRO EMILIANO JOSE', 'Fotografía social y eventos', 'Pje. Las Heras 12 - San Luis'], 'CASTRO EMILIANO JOSE',
         FOTO, cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr='nowww', cuit_pre='20', nstyle='comp',
         wrap=[W('Sesión fotográfica evento', '(4 horas)'), None, W('Edición y entrega', 'digital')]),
     Doc('m04_fa_repuestos_copias', 2014, 'A', ['AUTOPARTES RAFAELA S.R.L.', 'Bv. Santa Fe 850 - Rafaela'], 'AUTOPARTES RAFAELA S.R.L.', REPU,
         cols=C('cod', 'desc', 'cant', 'pu', 'dto', 'iva', 'imp'), bonif=True, copies=('ORIGINAL', 'DUPLICADO'), nstyle='nsym', cuit_dash=True,
         taxes=[('Percepción IIBB Santa Fe', '2.5')], total_label='Importe Total:', vat_label='I.V.A. {r}:'),
     Doc('m05_fa_software_usd', 2015, 'A', ['Razón Social: CODIGO ABIERTO CONSULTORES S.A.S.', 'Av. Corrientes 880 Piso 9 - CABA'],
         'CODIGO ABIERTO CONSULTORES S.A.S.', SOFTU, cols=C('concepto', 'alic', 'imp'), nitems=2, currency='USD', amt='dot', nstyle='pv',
         total_label='Importe Total USD:'),
     Doc('m06_fb_limpieza_totalmal', 2016, 'B', ['Todo Limpio', 'Razón Social: TODO LIMPIO DISTRIBUCIONES S.R.L.', 'Av. Perón 2300 - Tucumán'],
         'TODO LIMPIO DISTRIBUCIONES S.R.L.', LIMP, cols=C('codigo', 'desc', 'cant', 'pu', 'imp'), nitems=8, buyer='dni', amt='dollar',
         totals_delta='-320', nstyle='n', discount=('Bonificación cliente frecuente 5%', '5')),
     Doc('m07_fc_panaderia_qrdmy', 2017, 'C', ['Panadería San Cayetano', 'Colón 233 - Paraná'], 'Panadería San Cayetano', PANA,
         cols=C('cant', 'desc', 'pu', 'imp'), nitems=4, buyer='cf', qr='dmy', cuit_pre='20', dstyle='%d-%m-%Y', nstyle='pvnro'),
     Doc('m08_fb_mercadolibre_ml', 2018, 'B', ['DEPORTES NORTE S.R.L.', 'Venta online - Mercado Libre', 'Catamarca 1200 - Rosario'], 'DEPORTES NORTE S.R.L.', ML,
         cols=C('codigo', 'desc', 'cant', 'pu', 'imp'), nitems=2, buyer='dni', amt='dollar', nstyle='fact',
         wrap=[W('Zapatillas running hombre talle 42', 'Operación ML #2000013378412297'), W('Mochila urbana 25L', 'Operación ML #2000013378412298')]),
     Doc('m09_fc_abogada_qrfecha', 2019, 'C', ['DRA. LUNA MARTINA BEATRIZ', 'Abogada - T° 120 F° 77 CPACF', 'Lavalle 1390 Of. 5 - CABA'], 'DRA. LUNA MARTINA BEATRIZ',
         ABOG, cols=C('det', 'imp'), nitems=2, buyer='dni', qr_bad='date', cuit_pre='27', dstyle='long', nstyle='nro',
         wrap=[W('Honorarios profesionales: redacción de', 'contrato de locación')]),
     Doc('m10_fa_mayorista_multipag', 2020, 'A', ['ALMACEN MAYORISTA DEL LITORAL', 'SOCIEDAD ANONIMA', 'Ruta 168 km 3 - Santa Fe'], 'ALMACEN MAYORISTA DEL LITORAL SOCIEDAD ANONIMA',
         MAYO, cols=C('codigo', 'desc', 'cant', 'u', 'pu', 'iva', 'neto'), nitems=58, rates=(21, 10.5, 21), nstyle='n', unit_un='u',
         taxes=[('Percepción IVA', '1.5')], total_label='Importe Total:', sub_label='Subtotal Neto:'),
     # ---------------- j: pdfje (an invoicing script drawing the page itself; vector QR) ----------------
     Doc('j01_fa_construccion_pv', 2021, 'A', ['Corralón El Ombú', 'Razón Social: MATERIALES EL OMBU S.A.', 'Av. Eva Perón 5500 - Merlo'], 'MATERIALES EL OMBU S.A.',
         CONSTR, cols=C('cod', 'desc', 'cant', 'pu', 'alic', 'neto'), nitems=6, rates=(21, 21, 10.5), nstyle='pv', amt='plain',
         taxes=[('Percepción IIBB Buenos Aires', '3')], wrap=[None, None, W('HIERRO ADN 8MM', 'BARRA 12M')]),
     Doc('j02_fb_quesos_kg', 2022, 'B', ['Quesería La Vaquita', 'Av. Roca 310 - Tandil'], 'Quesería La Vaquita', QUES,
         cols=C('gtin', 'desc', 'cant', 'um', 'precio', 'imp'), buyer='cf', nstyle='nsym', dstyle='%d/%m/%y', cuit_pre='20', unit_un='un', total_label='Total a pagar:'),
     Doc('j03_fc_guitarra_qrcuit', 2023, 'C', ['PROF. ACUÑA DIEGO MARTIN', 'Clases de música', 'Moreno 80 - Salta'], 'PROF. ACUÑA DIEGO MARTIN', DIEG,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=2, buyer='dni', qr_bad='cuit', cuit_pre='20', cuit_dash=True, nstyle='comp'),
     Doc('j04_fa_vinos_copias', 2024, 'A', ['BODEGA Y VIÑEDOS LOS ALAMOS', 'S.A.', 'Ruta 40 km 3250 - Luján de Cuyo'], 'BODEGA Y VIÑEDOS LOS ALAMOS S.A.', VINO,
         cols=C('cantidad', 'desc', 'pru', 'dto', 'piva', 'sub'), bonif=True, rates=(21,), copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'),
         nstyle='fact', taxes=[('Impuestos Internos', '2'), ('Percepción IIBB Mendoza', '2.5')]),
     Doc('j05_fb_celulares_ean', 2025, 'B', ['Planeta Celular', 'Razón Social: PLANETA CELULAR S.A.S.', 'Florida 537 Loc. 12 - CABA'], 'PLANETA CELULAR S.A.S.', CELU,
         cols=C('ean', 'desc', 'cant', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', nitems=4, nstyle='n', dstyle='%d.%m.%Y', amt='dollar', total_label='Total a pagar:'),
     Doc('j06_fc_carpintero_qrstr', 2026, 'C', ['ZALAZAR RUBEN OSVALDO', 'Carpintería a medida', 'Los Cardos 345 - Córdoba'], 'ZALAZAR RUBEN OSVALDO', CARP,
         cols=C('desc', 'cant', 'pu', 'imp'), nitems=2, buyer='dni', qr='nowww', cuit_pre='20', nstyle='nro', dstyle='long'),
     Doc('j07_fa_limpieza_multipag', 2027, 'A', ['HIGIENE INSTITUCIONAL DEL NORTE', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'Av. Independencia 800 - Tucumán'],
         'HIGIENE INSTITUCIONAL DEL NORTE SOCIEDAD DE RESPONSABILIDAD LIMITADA', LIMP, cols=C('codigo', 'desc', 'cant', 'u', 'pu', 'piva', 'imp'),
         nitems=44, rates=(21,), rows_per_page=28, nstyle='nsym', cuit_dash=True, taxes=[('Percepción IIBB Tucumán', '2.5')]),
     Doc('j08_fb_vivero_qrnro', 2028, 'B', ['Vivero El Ceibo', 'Razón Social: EL CEIBO PLANTAS S.R.L.', 'Camino de Cintura 4400 - Esteban Echeverría'],
         'EL CEIBO PLANTAS S.R.L.', PLANT, cols=C('cant', 'desc', 'precio', 'imp'), nitems=4, buyer='cf', qr_bad='number', nstyle='pv',
         discount=('Descuento jubilados 10%', '10')),
     Doc('j09_fc_verduleria_qrdmy', 2029, 'C', ['Verdulería Doña Chola', 'Güemes 1020 - Jujuy'], 'Verdulería Doña Chola', FRUT,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', qr='dmy', cuit_pre='27', nstyle='n', dstyle='%d/%m/%Y', unit_un='unid.'),
     Doc('j10_fa_fiambres_tributos', 2030, 'A', ['FIAMBRES DEL CENTRO S.R.L.', 'Av. Pellegrini 2100 - Rosario'], 'FIAMBRES DEL CENTRO S.R.L.', FIAMB,
         cols=C('desc', 'cant', 'um', 'pu', 'iva', 'imp'), rates=(10.5, 10.5, 21, 21, 10.5), nstyle='comp', amt='plain',
         taxes=[('Percepción IIBB Santa Fe', '2.5'), ('Otros Tributos', '0.5')], dstyle='%d-%m-%Y', vat_label='IVA Inscripto {r}:', sub_label='Sub Total:'),
    ]
