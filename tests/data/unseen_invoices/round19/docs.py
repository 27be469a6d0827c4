"""Round 19 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
Renderers print only the strings built here (issuer / document / buyer lines, table rows with wrapped description
lines, totals, footer, QR payload); Doc.expected() writes the expected reading from the same object."""
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

def ean13(rng, pre='779'):
    b = pre + ''.join(str(rng.randrange(10)) for _ in range(12 - len(pre)))
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
            'pct2': lambda r: f'{r:.2f}'.replace('.', ',') + '%'}
MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()
BUYERS_A = ['METALURGICA SAN CAYETANO S.A.', 'ESTUDIO JURIDICO PAZ & ASOC. S.R.L.', 'LOGISTICA DEL OESTE S.A.S.', 'CLINICA DENTAL SONRISAS S.R.L.']
BUYERS_P = ['ACOSTA, MARIANA BELEN', 'ROMERO FEDERICO', 'BENITEZ CLAUDIA INES', 'SOSA, RAMIRO']


class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 dlabel='Fecha de Emisión:', cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,),
                 taxes=(), discount=None, copies=(None,), qr='std', totals_delta=None, qr_bad=None, currency='ARS',
                 cuit_pre='30', total_label='Importe Total:', rows_per_page=None, wrap=None, ml=False, qty2=False,
                 units=('unid.', 'kg'), rate_style='pct', incl=False, sub_label='Subtotal:'):
        rng = random.Random(seed)
        self.name, self.letter = name, letter
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 30); self.number = rng.randrange(50, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.copies, self.rows_per_page, self.incl = currency, list(copies), rows_per_page, incl
        self.merchant = name_exp
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = list(issuer) + [f'CUIT: {c}', f'Ing. Brutos: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                                             f'Cond. frente al IVA: {iva_cond}', f'Inicio de Actividades: {rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/20{rng.randrange(10, 22)}']
        p5, n8 = f'{self.pos:05d}', f'{self.number:08d}'
        if nstyle == 'pv': nl = [f'Punto de Venta: {p5}   Comp. Nro: {n8}']
        elif nstyle == 'n': nl = [f'Nº {p5[1:]}-{n8}']
        elif nstyle == 'deg': nl = [f'N° {p5}-{n8}']
        elif nstyle == 'nro': nl = [f'Nro. {p5[1:]} - {n8}']
        elif nstyle == 'pvnro': nl = [f'Pto. Vta.: {p5[1:]}', f'Nro.: {n8}']
        else: nl = [f'Comp. Nro {p5[1:]}-{n8}']
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + nl + [f'{dlabel} {ds}']
        if currency == 'USD': self.doc_lines.append('Moneda: USD')
        # buyer
        if buyer in ('cuit', 'ml'):
            bc = cuit(rng, '30')
            lab = 'Razón social:' if buyer == 'ml' else 'Señor(es):'
            self.buyer_lines = [f'{lab} {rng.choice(BUYERS_A)}', f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición IVA: IVA Responsable Inscripto']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Cliente: {rng.choice(BUYERS_P)}', f'DNI: {dni}', 'Condición IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Cliente: CONSUMIDOR FINAL', 'Condición IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(rng.choice(['Condición de venta: Contado', 'Forma de pago: Transferencia', 'Condición de venta: Cuenta corriente']))
        # items
        k = nitems or min(rng.randrange(3, 7), len(products))
        self.items = []
        A = letter == 'A'
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and kind == 'un':
                desc = desc + ['', ' X2', ' X3', ' X6', ' X12'][(i // len(products)) % 5]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if currency == 'USD': price = r2(price / 1000)
            if kind == 'kg': q = D(rng.randrange(150, 2500)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else:
                q = D(rng.randrange(1, 6)); unit = 'un'; qs = f'{q:.2f}' if qty2 else str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if A else None
            net = amount
            if incl: amount = r2(net * (1 + rate / 100))
            dl = [desc]
            if wrap and len(desc) > wrap: dl = textwrap.wrap(desc, wrap)
            if ml: dl = dl + [f'Operación ML #{rng.randrange(2000007000000000, 2000009999999999)}']
            self.items.append(dict(desc=' '.join(dl), lines=dl, code=str(rng.randrange(10**4, 10**6)),
                                   ean=ean13(rng) if 'ean' in [x[0] for x in cols] else None,
                                   qs=qs, unit=unit, price=None if q is None else price, bonif=b, rate=rate, net=net, amount=amount))
        self.cols = cols
        st = amt if amt != 'dollar' else 'dot'
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return {'kg': units[1], 'un': units[0], None: ''}[it['unit']]
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return RATE_TXT[rate_style](float(it['rate']))
            if key == 'net': return fmt(it['net'], st)
            if key == 'amount': return fmt(it['amount'], st)
        # one table row per printed line: numbers on the first line, the description continued below
        self.rows = []
        for it in self.items:
            first = [it['lines'][0] if c[0] == 'desc' else cell(it, c[0]) for c in cols]
            self.rows.append(first)
            for extra in it['lines'][1:]:
                self.rows.append([extra if c[0] == 'desc' else '' for c in cols])
        self.item_rows = []  # (item index, rows) so pages never split an item
        for it in self.items:
            self.item_rows.append(len(it['lines']))
        # totals
        nets = sum((it['net'] for it in self.items), D(0))
        self.subtotal = nets
        self.vat = []
        tl = [(sub_label, self.subtotal)]
        if A:
            taxed = sum((it['net'] for it in self.items if it['rate']), D(0))
            if any(not it['rate'] for it in self.items):
                tl.append(('Importe Neto Gravado:', taxed)); tl.append(('Importe Exento:', self.subtotal - taxed))
            for r in sorted({it['rate'] for it in self.items if it['rate']}, reverse=True):
                if incl: v = sum(it['amount'] - it['net'] for it in self.items if it['rate'] == r)
                else: v = r2(sum(it['net'] for it in self.items if it['rate'] == r) * r / 100)
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
        self.footer_lines = [f'CAE N°: {self.cae}', f'Vto. CAE: {self.cae_vto:%d/%m/%Y}']
        if currency == 'USD': self.footer_lines.append('Tipo de cambio BNA: 1.412,50')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1412.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'pos': q['ptoVta'] += 1
            if qr_bad == 'total': q['importe'] = float(self.total + 100)
            if qr_bad == 'code': q['tipoCmp'] = 6 if self.code != 6 else 11
            if qr_bad == 'number': q['nroCmp'] += 10
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr == 'nowww':
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr == 'dmy': q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
            if qr == 'pretty':  # pretty-printed with CRLF and spaces, importe / codAut as strings
                q['importe'] = f"{self.total:.2f}" if not qr_bad else q['importe']; q['codAut'] = str(q['codAut'])
                js = json.dumps(q, indent=2).replace('\n', '\r\n')
            else:
                js = json.dumps(q, separators=(',', ':'))
            self.qr_payload = host + base64.b64encode(js.encode()).decode()
            if qr_bad: self.warnings.append('qr_mismatch')

    def pages(self):
        """Rows per page (items never split); one list per page."""
        if not self.rows_per_page: return [self.rows]
        pages, cur, i = [], [], 0
        for n in self.item_rows:
            if len(cur) + n > self.rows_per_page: pages.append(cur); cur = []
            cur += self.rows[i:i + n]; i += n
        pages.append(cur)
        return pages

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
            'payments': [], 'prices_include_vat': (not A) or self.incl, 'cae': self.cae, 'qr': self.qr, 'warnings': self.warnings}


# ---------------- products (description, base price, kind) ----------------
SANI = [('GRIFERIA MONOCOMANDO LAVATORIO CROMO LINEA ALTA', '98000', 'un'), ('CAÑO PPF TERMOFUSION 20MM X 4M', '7400', 'un'),
        ('CODO 90 GRADOS TERMOFUSION 20MM', '620', 'un'), ('LLAVE DE PASO ESFERICA 3/4 CON CAMPANA CROMADA', '16500', 'un'),
        ('SIFON DOBLE PARA PILETA DE COCINA', '8900', 'un'), ('SELLADOR SILICONADO SANITARIO BLANCO 280ML', '6100', 'un')]
AUTO = [('LECHE ENTERA LARGA VIDA 1L', '1490', 'un'), ('PAN LACTAL BLANCO 550G', '3300', 'un'), ('PAPA BLANCA X KG', '1100', 'kg'),
        ('MILANESA DE NALGA X KG', '13900', 'kg'), ('YOGUR BEBIBLE FRUTILLA 1L', '2600', 'un'), ('AZUCAR COMUN 1KG', '1250', 'un'),
        ('MANZANA RED DELICIOUS X KG', '2900', 'kg'), ('DETERGENTE LIMON 750ML', '2400', 'un'), ('QUESO RALLADO 150G', '3800', 'un'),
        ('CAFE MOLIDO 500G', '9800', 'un'), ('NARANJA JUGO X KG', '1500', 'kg')]
ELEC = [('Mano de obra: instalación de tablero seccional y cableado de 4 bocas', '140000', 'svc'), ('Visita y presupuesto', '20000', 'svc'),
        ('Interruptor diferencial 2x40A 30mA', '46000', 'un'), ('Cable unipolar 2,5mm2 (rollo 100m)', '72000', 'un')]
CELU = [('Funda silicona antigolpe para celular modelo A15 color negro', '9500', 'un'), ('Cargador rápido USB-C 25W con cable', '18900', 'un'),
        ('Auriculares inalámbricos bluetooth 5.3 con estuche de carga', '34000', 'un')]
HELA = [('HELADO ARTESANAL X KG', '16000', 'kg'), ('CUCURUCHO 2 BOCHAS', '4200', 'un'), ('POSTRE HELADO ALMENDRADO', '12500', 'un'), ('SALSA DE CHOCOLATE 250G', '3900', 'un')]
INGL = [('Clases de inglés individuales - 8 encuentros de 60 minutos', '96000', 'svc'), ('Material didáctico digital', '15000', 'svc')]
GRAF = [('Folletos A4 color doble faz papel ilustración 150g x 2000', '210000', 'un'), ('Sobres membretados oficio x 500', '58000', 'un'),
        ('Sello automático 38x14mm', '24000', 'un'), ('Ploteo vinilo de corte para vidriera', '76000', 'un')]
JUGU = [('Bloques de construcción x 250 piezas', '38000', 'un'), ('Muñeca articulada con accesorios', '27500', 'un'), ('Juego de mesa El Estanciero', '31000', 'un'),
        ('Pelota de fútbol N 5', '19800', 'un'), ('Rompecabezas 1000 piezas', '16500', 'un')]
PERF = [('SHAMPOO REPARACION TOTAL 400ML', '6900', 'un'), ('DESODORANTE AEROSOL HOMBRE 150ML', '3900', 'un'), ('CREMA CORPORAL KARITE 250ML', '8400', 'un'),
        ('PERFUME EAU DE TOILETTE 100ML', '62000', 'un'), ('JABON DE TOCADOR X3', '2900', 'un')]
LAVA = [('Lavado y secado de ropa x kg', '3500', 'kg'), ('Planchado de camisa', '2800', 'un'), ('Lavado de acolchado 2 plazas', '16000', 'un'),
        ('Limpieza en seco de saco', '9500', 'un')]
CONS = [('CEMENTO PORTLAND BOLSA 50KG', '11200', 'un'), ('ARENA FINA BOLSON 1M3', '48000', 'un'), ('HIERRO ADN 420 8MM X 12M', '10400', 'un'),
        ('LADRILLO HUECO 12X18X33', '690', 'un'), ('MALLA SIMA 15X15 4,2MM', '52000', 'un')]
CARP = [('Mueble bajo mesada melamina blanca 1,20m con dos puertas y cajonera', '420000', 'un'), ('Estante flotante de pino 80cm', '28000', 'un'),
        ('Colocación e instalación en domicilio', '60000', 'svc')]
REPU = [('Kit de distribución completo', '118000', 'un'), ('Bujía de encendido iridium', '12900', 'un'), ('Filtro de aire motor', '14600', 'un'),
        ('Líquido refrigerante 5L', '17800', 'un'), ('Escobillas limpiaparabrisas par', '21000', 'un')]
PSIC = [('Sesiones de psicoterapia individual - mes de agosto (4)', '160000', 'svc')]
INFO = [('NOTEBOOK 15,6" INTEL CORE I5 16GB RAM 512GB SSD', '980000', 'un'), ('MOUSE INALAMBRICO ERGONOMICO', '14900', 'un'),
        ('DISCO SSD EXTERNO 1TB USB-C', '128000', 'un'), ('TECLADO USB ESPAÑOL', '17500', 'un')]
CONSU = [('Consultoría en migración a la nube - hito 2', '3200000', 'svc'), ('Horas de soporte adicional (20 h)', '900000', 'svc')]
VERD = [('TOMATE REDONDO X KG', '2600', 'kg'), ('ZANAHORIA X KG', '1200', 'kg'), ('ACELGA ATADO', '1500', 'un'), ('BANANA X KG', '2200', 'kg'),
        ('LIMON X KG', '1900', 'kg'), ('HUEVOS COLOR MAPLE X 30', '8200', 'un')]
COST = [('Arreglo de ruedo de pantalón', '6000', 'svc'), ('Cambio de cierre de campera', '14000', 'svc'), ('Confección de cortina de ambiente a medida', '45000', 'un')]
LIBR = [('CUADERNO UNIVERSITARIO 84 HOJAS RAYADAS', '5200', 'un'), ('BOLIGRAFO AZUL TRAZO FINO', '850', 'un'), ('CARPETA ESCOLAR N 3 TAPA DURA', '6800', 'un'),
        ('REPUESTO HOJAS N 3 X 96', '4100', 'un'), ('GOMA DE BORRAR BLANCA', '500', 'un'), ('REGLA 30CM', '900', 'un'), ('PLASTILINA X 10', '2300', 'un')]
AGRO = [('ALIMENTO BALANCEADO PERRO ADULTO 20KG', '72000', 'un'), ('VACUNA SEXTUPLE CANINA', '14000', 'un'), ('SEMILLA DE CESPED BERMUDA 1KG', '11500', 'un'),
        ('LIBRO GUIA DE HUERTA ORGANICA', '19000', 'un'), ('ANTIPARASITARIO INTERNO 4 COMP', '8800', 'un')]
DIST = [('ACEITE DE OLIVA 500ML', '8900', 'un'), ('GALLETITAS SURTIDAS 400G', '2300', 'un'), ('ARVEJAS EN LATA 300G', '900', 'un'), ('DULCE DE BATATA 500G', '2100', 'un'),
        ('MERMELADA DURAZNO 454G', '2600', 'un'), ('ATUN AL NATURAL 170G', '3300', 'un'), ('CALDO DE VERDURA X12', '1500', 'un'), ('GASEOSA NARANJA 2,25L', '2900', 'un')]
FARM = [('PARACETAMOL 500MG X 20 COMPRIMIDOS', '3600', 'un'), ('LOSARTAN 50MG X 30', '12800', 'un'), ('CREMA DE ENJUAGUE 350ML', '5100', 'un'),
        ('TIRAS REACTIVAS GLUCEMIA X 50', '31000', 'un'), ('VITAMINA C 1G EFERVESCENTE X 10', '7400', 'un')]
FLET = [('Flete mudanza CABA - Ituzaingó con dos ayudantes', '185000', 'svc'), ('Embalaje de vajilla y objetos frágiles', '40000', 'svc')]
MOTO = [('CUBIERTA TRASERA 110/90-17', '58000', 'un'), ('KIT TRANSMISION CADENA CORONA PIÑON', '74000', 'un'), ('PASTILLAS FRENO DELANTERAS', '11800', 'un'),
        ('ACEITE MOTOR 4T 20W50 1L', '9600', 'un')]
PANA = [('PAN FRANCES X KG', '3100', 'kg'), ('MEDIALUNAS DE GRASA X KG', '12000', 'kg'), ('PAN DE MIGA TRIPLE X 24', '21000', 'un'), ('BUDIN DE LIMON', '6400', 'un'),
        ('PREPIZZA X 2', '3900', 'un')]
PELU = [('Corte de cabello dama', '18000', 'svc'), ('Coloración completa', '42000', 'svc'), ('Shampoo matizador 300ml', '11500', 'un')]
ELE2 = [('SMART TV 50" 4K UHD', '690000', 'un'), ('AIRE ACONDICIONADO SPLIT 3000 FRIG FRIO/CALOR', '1150000', 'un'), ('INSTALACION AIRE ACONDICIONADO', '160000', 'un')]
OPTI = [('Anteojos de sol polarizados', '98000', 'un'), ('Lentes de contacto mensuales caja x6', '36000', 'un'), ('Solución para lentes 360ml', '12000', 'un')]
FERR = [('PINZA UNIVERSAL 8"', '14500', 'un'), ('DESTORNILLADOR PHILLIPS 3/16', '4900', 'un'), ('TARUGOS 8MM X 50', '2300', 'un'), ('CINTA METRICA 5M', '8700', 'un'),
        ('LIJA AL AGUA GRANO 180', '800', 'un')]
FOTO = [('Cobertura fotográfica de cumpleaños de 15 (6 horas)', '520000', 'svc'), ('Fotolibro 30x30 tapa dura 40 páginas', '140000', 'svc')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Artículo', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U. Medida', 'l'),
                 'um': ('unit', 'Unidad', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
                 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'bon': ('bonif', '% Bonif', 'r'), 'alic': ('rate', 'Alícuota IVA', 'r'),
                 'piva': ('rate', 'IVA %', 'r'), 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'net': ('net', 'Subtotal', 'r'),
                 'civa': ('amount', 'Subtotal c/IVA', 'r'), 'tot': ('amount', 'Total', 'r')}[x] for x in k]


def DOCS():
    return [
     # s: Aspose.SVG
     Doc('s01_fa_sanitarios_bonif', 1901, 'A', ['Sanitarios Del Parque', 'Razón Social: DEL PARQUE MATERIALES SANITARIOS S.R.L.', 'Av. Gaona 3120 - Haedo'],
         'DEL PARQUE MATERIALES SANITARIOS S.R.L.', SANI, cols=C('code', 'desc', 'cant', 'pu', 'bon', 'piva', 'sub'), bonif=True, rates=(21, 10.5),
         nstyle='deg', wrap=30, taxes=[('Percepción IIBB CABA', '3')], nitems=5, cuit_dash=True),
     Doc('s02_fb_autoservicio_multipag', 1902, 'B', ['Autoservicio Mi Barrio', 'Av. Pres. Perón 1780 - San Miguel'], 'Autoservicio Mi Barrio', AUTO,
         cols=C('eanb', 'desc', 'cant', 'um', 'pu', 'imp'), nitems=38, rows_per_page=26, nstyle='nro', buyer='cf', amt='dollar',
         discount=('Descuento Tarjeta Club 5%', '5'), units=('un', 'kg'), total_label='TOTAL:'),
     Doc('s03_fc_electricista_svc', 1903, 'C', ['GODOY WALTER HUGO', 'Electricista matriculado', 'Colectora Este 455 - Escobar'], 'GODOY WALTER HUGO', ELEC,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=4, buyer='dni', qr='nowww', cuit_pre='20', dstyle='%d-%m-%Y', wrap=36),
     Doc('s04_fa_mlseller_celulares', 1904, 'A', ['TECNO ACCESORIOS NORTE S.A.S.', 'Av. Santa Fe 2450 - CABA'], 'TECNO ACCESORIOS NORTE S.A.S.', CELU,
         cols=C('cod', 'prod', 'cant', 'pu', 'alic', 'sub'), nitems=3, buyer='ml', ml=True, wrap=34, amt='plain', nstyle='pv', qty2=True),
     Doc('s05_fb_heladeria_totalmal', 1905, 'B', ['Heladería Polo Norte', 'Razón Social: POLO NORTE HELADOS S.R.L.', 'Av. Rivadavia 11200 - Liniers'],
         'POLO NORTE HELADOS S.R.L.', HELA, cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', totals_delta='200', units=('u', 'kg'), nstyle='n'),
     Doc('s06_fc_profesora_ingles_qrdmy', 1906, 'C', ['PROF. CASTRO VALERIA SOLEDAD', 'Clases particulares de inglés', 'Belgrano 1420 - Bahía Blanca'],
         'PROF. CASTRO VALERIA SOLEDAD', INGL, cols=C('det', 'imp'), nitems=2, buyer='dni', qr='dmy', cuit_pre='27', dstyle='long', wrap=40),
     Doc('s07_fa_grafica_tributos', 1907, 'A', ['IMPRESOS GRAFICOS DEL CENTRO', 'SOCIEDAD ANONIMA', 'Bv. San Juan 880 - Córdoba'],
         'IMPRESOS GRAFICOS DEL CENTRO SOCIEDAD ANONIMA', GRAF, cols=C('cantidad', 'desc', 'pru', 'piva', 'imp'), rates=(21, 27), nitems=4, wrap=32,
         taxes=[('Percepción IVA', '3'), ('Percepción IIBB Córdoba', '2.5')], nstyle='fact', dstyle='%d.%m.%Y'),
     Doc('s08_fb_jugueteria_qrpv', 1908, 'B', ['Juguetería El Trencito', 'Mitre 640 - Luján'], 'Juguetería El Trencito', JUGU,
         cols=C('cant', 'desc', 'pu', 'sub'), buyer='dni', qr_bad='pos', dlabel='Fecha:'),
     Doc('s09_fb_perfumeria_ean', 1909, 'B', ['Perfumería Azahar', 'AZAHAR COSMETICA S.R.L.', 'San Martín 255 - Mendoza'], 'AZAHAR COSMETICA S.R.L.', PERF,
         cols=C('ean', 'desc', 'cant', 'pu', 'imp'), buyer='cf', discount=('Bonificación 10% efectivo', '10'), amt='dollar', nitems=5),
     Doc('s10_fc_lavadero_kg', 1910, 'C', ['Lavadero Burbujas', 'Av. Alberdi 2950 - CABA'], 'Lavadero Burbujas', LAVA,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', cuit_pre='20', dstyle='%d.%m.%Y', nitems=4, units=('unid.', 'kg'), cuit_dash=True),
     # v: Aspose.Diagram
     Doc('v01_fa_corralon_percepcion', 1911, 'A', ['Corralón San Cayetano', 'Razón Social: MATERIALES SAN CAYETANO S.A.', 'Ruta 3 km 34,5 - González Catán'],
         'MATERIALES SAN CAYETANO S.A.', CONS, cols=C('art', 'desc', 'cant', 'pu', 'piva', 'sub'), rates=(21, 21, 10.5), nstyle='nro',
         taxes=[('Percepción IIBB Buenos Aires', '2')], nitems=5),
     Doc('v02_fb_carpinteria_qrpretty', 1912, 'B', ['Carpintería Los Álamos', 'Razón Social: LOS ALAMOS MUEBLES A MEDIDA S.R.L.', 'Pueyrredón 77 - Tigre'],
         'LOS ALAMOS MUEBLES A MEDIDA S.R.L.', CARP, cols=C('desc', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr='pretty', wrap=40, nstyle='deg'),
     Doc('v03_fa_autopartes_copias', 1913, 'A', ['REPUESTOS AUTOMOTOR SUR S.A.', 'Av. Hipólito Yrigoyen 9800 - Lomas de Zamora'], 'REPUESTOS AUTOMOTOR SUR S.A.', REPU,
         cols=C('cod', 'desc', 'cant', 'pu', 'bon', 'piva', 'imp'), bonif=True, copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'),
         taxes=[('Otros Tributos', '1.2')], nitems=4, dstyle='%d/%m/%y'),
     Doc('v04_fc_psicologa_qrtotal', 1914, 'C', ['LIC. HERRERA NATALIA', 'Psicóloga - M.N. 54.321', 'Av. Cabildo 2200 6° B - CABA'], 'LIC. HERRERA NATALIA', PSIC,
         cols=C('det', 'imp'), nitems=1, buyer='dni', qr_bad='total', cuit_pre='27', wrap=44),
     Doc('v05_fa_informatica_civa', 1915, 'A', ['Razón Social: SOLUCIONES INFORMATICAS LITORAL S.A.', 'Urquiza 1890 - Rosario'], 'SOLUCIONES INFORMATICAS LITORAL S.A.', INFO,
         cols=C('ean', 'desc', 'cant', 'pu', 'net', 'alic', 'civa'), incl=True, rates=(21, 10.5, 21, 21), nitems=4, wrap=26, sub_label='Importe Neto Gravado:',
         rate_style='pct2'),
     Doc('v06_fa_consultora_usd', 1916, 'A', ['Razón Social: ANDES CLOUD CONSULTING S.A.', 'Juana Manso 1500 - CABA'], 'ANDES CLOUD CONSULTING S.A.', CONSU,
         cols=C('det', 'alic', 'imp'), nitems=2, currency='USD', cuit_dash=True, nstyle='n'),
     Doc('v07_fb_verduleria_kg', 1917, 'B', ['Verdulería La Quinta', 'Razón Social: LA QUINTA FRUTAS Y VERDURAS S.R.L.', 'Av. Maipú 1300 - Vicente López'],
         'LA QUINTA FRUTAS Y VERDURAS S.R.L.', VERD, cols=C('desc', 'cant', 'u', 'pru', 'imp'), buyer='cf', qr='nowww', dstyle='%d/%m/%y', units=('Unid', 'Kg')),
     Doc('v08_fc_costurera_svc', 1918, 'C', ['MEDINA ROSA ELENA', 'Arreglos y confección', 'Sarmiento 512 - Merlo'], 'MEDINA ROSA ELENA', COST,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='cf', cuit_pre='27', dstyle='%d.%m.%Y', dlabel='Fecha:', nstyle='pvnro'),
     Doc('v09_fb_libreria_multipag', 1919, 'B', ['Librería Escolar Arco Iris', 'Razón Social: ARCO IRIS PAPELERA S.R.L.', 'Moreno 900 - Quilmes'],
         'ARCO IRIS PAPELERA S.R.L.', LIBR, cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), nitems=34, rows_per_page=12, buyer='dni', amt='plain'),
     Doc('v10_fa_agroveterinaria_exento', 1920, 'A', ['AGROVETERINARIA EL ALAMBRADO S.R.L.', 'Ruta 5 km 158 - Chivilcoy'], 'AGROVETERINARIA EL ALAMBRADO S.R.L.', AGRO,
         cols=C('cantidad', 'desc', 'pu', 'piva', 'sub'), rates=(10.5, 21, 21, 0, 10.5), nitems=5, taxes=[('Percepción IVA', '1.5')], cuit_dash=True),
     # m: Majorsilence.Pdf
     Doc('m01_fa_distribuidora_multipag', 1921, 'A', ['DISTRIBUIDORA MAYORISTA EL FARO S.A.', 'Parque Industrial Lote 14 - Mar del Plata'],
         'DISTRIBUIDORA MAYORISTA EL FARO S.A.', DIST, cols=C('code', 'desc', 'cant', 'u', 'pu', 'alic', 'sub'), rates=(21, 10.5, 21, 21),
         nitems=46, rows_per_page=30, rate_style='dec', taxes=[('Percepción IIBB Buenos Aires', '2.5'), ('Impuestos Internos', '0.8')], qty2=True),
     Doc('m02_fb_farmacia_dto', 1922, 'B', ['Farmacia del Pueblo', 'Razón Social: FARMACIA DEL PUEBLO S.C.S.', 'Av. 7 n 1230 - La Plata'], 'FARMACIA DEL PUEBLO S.C.S.', FARM,
         cols=C('ean', 'desc', 'cant', 'pu', 'imp'), buyer='dni', discount=('Descuento PAMI 50%', '50'), nitems=4, nstyle='nro'),
     Doc('m03_fc_fletes_qrcode', 1923, 'C', ['VERA CARLOS ALBERTO', 'Fletes y mudanzas', 'Lamadrid 340 - Ituzaingó'], 'VERA CARLOS ALBERTO', FLET,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr_bad='code', cuit_pre='20', wrap=38, dstyle='%d-%m-%Y'),
     Doc('m04_fa_motos_qrnowww', 1924, 'A', ['Moto Repuestos Ruta 8', 'Razón Social: RUTA OCHO MOTOPARTES S.R.L.', 'Ruta 8 km 50 - Pilar'], 'RUTA OCHO MOTOPARTES S.R.L.', MOTO,
         cols=C('cod', 'desc', 'cant', 'pru', 'bon', 'alic', 'imp'), bonif=True, qr='nowww', nitems=4, nstyle='deg', amt='plain'),
     Doc('m05_fb_panaderia_kg', 1925, 'B', ['Panadería y Confitería San Jorge', 'Av. Libertador 640 - San Fernando'], 'Panadería y Confitería San Jorge', PANA,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', amt='plain', nstyle='pvnro', dstyle='%d/%m/%y', units=('un', 'kg')),
     Doc('m06_fc_peluqueria_copias', 1926, 'C', ['Estilo Mora Peluquería', 'Av. San Martín 3310 - Caseros'], 'Estilo Mora Peluquería', PELU,
         cols=C('desc', 'cant', 'pu', 'imp'), buyer='cf', copies=('ORIGINAL', 'DUPLICADO'), cuit_pre='27', nitems=3),
     Doc('m07_fa_electro_totalmal', 1927, 'A', ['Razón Social: ELECTRO CLIMA PATAGONIA S.A.', 'Av. Roca 1500 - Neuquén'], 'ELECTRO CLIMA PATAGONIA S.A.', ELE2,
         cols=C('code', 'desc', 'cant', 'pu', 'piva', 'sub'), nitems=3, totals_delta='-1000', taxes=[('Percepción IIBB Neuquén', '4')], nstyle='n'),
     Doc('m08_fb_optica_qrdmy', 1928, 'B', ['Óptica Visión Sur', 'VISION SUR OPTICOS S.R.L.', 'Mitre 150 - Ushuaia'], 'VISION SUR OPTICOS S.R.L.', OPTI,
         cols=C('cant', 'desc', 'pu', 'bon', 'imp'), bonif=True, buyer='dni', qr='dmy', nitems=3, amt='dollar'),
     Doc('m09_fb_ferreteria_sinqr', 1929, 'B', ['Ferretería Industrial Oeste', 'Razón Social: OESTE HERRAMIENTAS S.A.', 'Av. Gral. Paz 10500 - Ciudadela'],
         'OESTE HERRAMIENTAS S.A.', FERR, cols=C('code', 'cant', 'desc', 'pu', 'imp'), qr=None, buyer='cf', dstyle='long', nitems=5),
     Doc('m10_fc_fotografo_qrpretty', 1930, 'C', ['LUNA ESTEBAN MATIAS', 'Fotografía social y de eventos', 'Güemes 2100 - Salta'], 'LUNA ESTEBAN MATIAS', FOTO,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr='pretty', cuit_pre='20', wrap=40, cuit_dash=True),
    ]
