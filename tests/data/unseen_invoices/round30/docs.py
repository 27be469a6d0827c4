"""Round 30 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
The renderers (make_invoices.py) print only the strings built here; Doc.expected() writes the expected reading
from the same object, so nothing is typed twice."""
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
    """dot: 1.234,56  plain: 1234,56  dollar: $ 1.234,56  us: 1,234.56 is NOT used (Argentine forms only)."""
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
UNIT_TXT = {'un': 'Un.', 'kg': 'Kg', None: ''}

class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,),
                 taxes=(), discount=None, copies=(None,), qr='std', totals_delta=None, qr_bad=None,
                 currency='ARS', rate_style='pct', cuit_pre='30', total_label='TOTAL:', rows_per_page=None,
                 cuit_label='CUIT:', subtotal_label='Subtotal:'):
        rng = random.Random(seed)
        self.name, self.letter = name, letter
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 40); self.number = rng.randrange(50, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = name_exp
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = list(issuer) + [f'{cuit_label} {c}', f'IIBB: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                                             f'Cond. IVA: {iva_cond}', f'Inicio de Actividades: {rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/20{rng.randrange(10, 22)}']
        p4, p5, n = f'{self.pos:04d}', f'{self.pos:05d}', f'{self.number:08d}'
        if nstyle == 'pv': nl = [f'Punto de Venta: {p5}   Comp. Nro: {n}']
        elif nstyle == 'n': nl = [f'Nº {p4}-{n}']
        elif nstyle == 'deg': nl = [f'N° {p5}-{n}']
        elif nstyle == 'nro': nl = [f'Nro. {p4}-{n}']
        elif nstyle == 'comp': nl = [f'Comp. Nro {p5}-{n}']
        elif nstyle == 'split': nl = [f'P.V.: {self.pos}', f'Nro.: {self.number}']
        else: nl = [f'FACTURA {letter} {p4}-{n}']
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:03d}'] + nl + [f'Fecha de Emisión: {ds}']
        self.num_txt, self.date_txt, self.qr_variant, self.qr_bad, self.buyer_kind = ' / '.join(nl), ds, qr, qr_bad, buyer
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, '30')
            self.buyer_lines = [f'Señor(es): {rng.choice(["TALLERES DEL OESTE S.R.L.", "CONSORCIO EDIFICIO ALVEAR 1200", "LOGISTICA PAMPEANA S.A."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Cond. IVA: IVA Responsable Inscripto',
                                f'Domicilio: {rng.choice(["Av. San Juan 2250 - CABA", "Calle 7 Nº 1430 - La Plata", "Bv. Pellegrini 880 - Rosario"])}']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Cliente: {rng.choice(["ACOSTA, MARIANA", "BENITEZ RODRIGO", "IBARRA MARIA JOSE", "SOSA, DIEGO"])}', f'DNI: {dni}',
                                'Cond. IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Cliente: CONSUMIDOR FINAL', 'Cond. IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(f'Condición de venta: {rng.choice(["Contado", "Transferencia", "Cuenta corriente 30 días"])}')
        # items
        k = nitems or min(rng.randrange(3, 7), len(products))
        has_ean = 'ean' in [x[0] for x in cols]
        self.items = []
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            if nitems and nitems > len(products) and i >= len(products):
                desc = desc + [' (REPOSICION)', ' (2DA ENTREGA)', ' (PROMO)', ' (GONDOLA)', ' (OFERTA)', ' (ESTANTE B)', ' (EXTRA)'][(i // len(products) - 1) % 7]
            price = r2(D(base) * D(rng.randrange(80, 125)) / 100)
            if kind == 'kg': q = D(rng.randrange(120, 2800)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else: q = D(rng.randrange(1, 9)); unit = 'un'; qs = str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            self.items.append(dict(desc=desc, code=f'{rng.randrange(1, 99999):05d}', ean=ean13(rng) if has_ean else None,
                                   qs=qs, unit=unit, price=None if q is None else price, bonif=b, rate=rate, amount=amount))
        self.cols = cols
        st = amt if amt != 'dollar' else 'dot'
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return UNIT_TXT[it['unit']]
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
        tl = [(subtotal_label, self.subtotal)]
        if A:
            taxed = sum((it['amount'] for it in self.items if it['rate']), D(0))
            if any(not it['rate'] for it in self.items):
                tl.append(('Importe Neto Gravado:', taxed)); tl.append(('Importe Exento:', self.subtotal - taxed))
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
        self.footer_lines = [f'CAE Nº: {self.cae}', f'Vto. CAE: {self.cae_vto:%d/%m/%Y}']
        if currency == 'USD':
            self.doc_lines.append('Moneda: USD'); self.footer_lines.append('Cotización: 1.452,75')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1452.75 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date - datetime.timedelta(days=1)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '20'))
            if qr_bad == 'total': q['importe'] = float(self.total + 1000)
            if qr_bad == 'pos': q['ptoVta'] += 1
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr in ('nowww', 'nowww_dmy'):
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr in ('dmy', 'nowww_dmy'): q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
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
CORRALON = [('Cemento portland bolsa 50 kg Loma Negra', '11900', 'un'), ('Arena gruesa bolsón 1 m3', '48000', 'un'), ('Hierro aletado 8 mm x 12 m', '9800', 'un'),
            ('Ladrillo hueco 12x18x33', '720', 'un'), ('Cal hidratada bolsa 25 kg', '6400', 'un'), ('Malla sima 15x15 4,2 mm 2x6 m', '52000', 'un')]
CHINO = [('LECHE LARGA VIDA ENTERA 1L', '1650', 'un'), ('PAN LACTAL BLANCO 550G', '3100', 'un'), ('MANZANA RED DELICIOUS X KG', '2600', 'kg'), ('PAPA BLANCA X KG', '950', 'kg'),
         ('DETERGENTE LIMON 750ML', '2450', 'un'), ('ARVEJAS EN LATA 350G', '1150', 'un'), ('QUESO TYBO FETEADO X KG', '13900', 'kg'), ('YOGUR BEBIBLE FRUTILLA 1L', '2950', 'un'),
         ('GALLETITAS SURTIDAS 400G', '2300', 'un'), ('JAMON CRUDO X KG', '29500', 'kg')]
ELECTRICISTA = [('Mano de obra: recableado de tablero principal y colocación de disyuntor', '95000', 'svc'), ('Visita y diagnóstico', '25000', 'svc'),
                ('Disyuntor diferencial 2x40A 30mA', '38000', 'un'), ('Cable unipolar 4 mm rollo x 100 m', '72000', 'un')]
INFORMATICA = [('Notebook 15,6" Core i5 16GB RAM 512GB SSD', '890000', 'un'), ('Mouse inalámbrico ergonómico', '21000', 'un'), ('Monitor LED 24" Full HD', '245000', 'un'),
               ('Teclado mecánico USB', '58000', 'un'), ('Disco SSD externo 1TB USB-C', '112000', 'un')]
ML_SELLER = [('Auriculares bluetooth in-ear con estuche de carga, color negro', '34900', 'un'), ('Funda silicona para celular modelo A15', '6900', 'un'),
             ('Cargador rápido 20W USB-C con cable', '15900', 'un')]
NUTRI = [('Consulta nutricional inicial', '30000', 'svc'), ('Plan alimentario personalizado mensual', '45000', 'svc')]
CARNI = [('NALGA X KG', '15800', 'kg'), ('MATAMBRE X KG', '13900', 'kg'), ('POLLO ENTERO X KG', '4300', 'kg'), ('MORCILLA X KG', '6900', 'kg'), ('SALCHICHA PARRILLERA X KG', '8700', 'kg')]
HOSTING = [('Hosting web plan Pyme anual', '820', 'svc'), ('Dominio .com.ar renovación', '45', 'svc'), ('Certificado SSL wildcard anual', '310', 'svc')]
FARMA = [('PARACETAMOL 500MG X 16 COMP', '3900', 'un'), ('CREMA HIDRATANTE CORPORAL 400ML', '12800', 'un'), ('SHAMPOO ANTICASPA 400ML', '8900', 'un'),
         ('CEPILLO DENTAL MEDIO X2', '4200', 'un'), ('TIRAS REACTIVAS GLUCEMIA X50', '26000', 'un')]
LIBRE = [('Carpeta escolar N3 tapa dura con anillos', '7800', 'un'), ('Repuesto hojas rayadas N3 x 480', '9900', 'un'), ('Lapicera gel azul x 3', '3600', 'un'),
         ('Calculadora científica 240 funciones', '29000', 'un'), ('Mochila escolar 18"', '48000', 'un')]
GOMERIA = [('Cubierta 175/65 R14 82T', '96000', 'un'), ('Alineación y balanceo', '28000', 'svc'), ('Válvula de aire', '1500', 'un'), ('Parche vulcanizado', '4500', 'un')]
VERDU = [('Tomate redondo x kg', '2900', 'kg'), ('Lechuga mantecosa x kg', '3800', 'kg'), ('Banana x kg', '2400', 'kg'), ('Naranja jugo x kg', '1300', 'kg'),
         ('Huevos color maple x 30', '8200', 'un'), ('Limón x kg', '1900', 'kg')]
ABOGADO = [('Honorarios por redacción de contrato de locación', '180000', 'svc'), ('Certificación de firmas', '35000', 'svc')]
MATERIALES = [('Caño PVC 110 mm x 4 m', '18500', 'un'), ('Codo PVC 110 mm 90°', '2900', 'un'), ('Pegamento PVC 250 cc', '6800', 'un'), ('Rejilla de piso 15x15 acero', '9400', 'un'),
              ('Tanque de agua tricapa 1000 L', '210000', 'un')]
BEBIDAS = [('GASEOSA LIMA LIMON 2,25L', '2900', 'un'), ('AGUA SABORIZADA POMELO 1,5L', '1900', 'un'), ('CERVEZA LATA 473 ML', '1850', 'un'), ('FERNET 750 ML', '14900', 'un'),
           ('HIELO BOLSA 2 KG', '1800', 'un')]
DIETE = [('NUECES MARIPOSA X KG', '19800', 'kg'), ('PASAS DE UVA X KG', '8900', 'kg'), ('SEMILLAS DE CHIA X KG', '7600', 'kg'), ('YERBA ORGANICA 500G', '4900', 'un'),
         ('ACEITE DE OLIVA EXTRA VIRGEN 500ML', '11900', 'un')]
GAS = [('Servicio técnico: limpieza de calefactor tiro balanceado', '42000', 'svc'), ('Termocupla universal 900 mm', '12500', 'un'), ('Prueba de hermeticidad', '30000', 'svc')]
MUEBLE = [('Mesa de comedor petiribí 1,60 x 0,90 m', '520000', 'un'), ('Silla tapizada pana gris', '89000', 'un'), ('Flete dentro de CABA', '25000', 'svc')]
OPTICA = [('Anteojos de sol polarizados Mod. Kiara', '98000', 'un'), ('Estuche semirrígido', '7500', 'un'), ('Paño microfibra', '2000', 'un')]
PINTU = [('LATEX EXTERIOR BLANCO 20 L', '112000', 'un'), ('FIJADOR SELLADOR 4 L', '19800', 'un'), ('LIJA AL AGUA GRANO 180', '700', 'un'), ('CINTA DE PAPEL 36 MM X 50 M', '3900', 'un'),
         ('PINCELETA 2 1/2"', '6900', 'un')]
DENTISTA = [('Consulta y limpieza dental', '40000', 'svc'), ('Arreglo de caries con resina (pieza 36)', '55000', 'svc')]
PETSHOP = [('Alimento gato adulto 7,5 kg', '46000', 'un'), ('Piedras sanitarias 4 kg', '5600', 'un'), ('Alimento balanceado suelto x kg', '4200', 'kg'), ('Rascador con juguete', '23000', 'un')]
FLETE = [('Servicio de flete mudanza (camión 3/4, 2 ayudantes)', '240000', 'svc'), ('Embalaje de vajilla y cristalería', '60000', 'svc'), ('Cajas de cartón reforzadas', '2900', 'un')]
MAYOR = [('ACEITE MEZCLA 1,5 L', '3400', 'un'), ('HARINA 0000 1 KG', '1150', 'un'), ('AZUCAR 1 KG', '1350', 'un'), ('FIDEOS MOSTACHOL 500 G', '1290', 'un'),
         ('ARROZ LARGO FINO 1 KG', '1950', 'un'), ('PURE DE TOMATE 520 G', '1050', 'un'), ('LAVANDINA 2 L', '1600', 'un'), ('PAPEL HIGIENICO 4 X 30 M', '3300', 'un'),
         ('JABON TOCADOR X3', '2800', 'un'), ('CAFE MOLIDO 500 G', '9600', 'un')]
FOTO = [('Sesión fotográfica de producto (20 fotos editadas)', '150000', 'svc'), ('Impresión fotográfica 30x40', '12000', 'un')]
PANAD = [('Pan casero x kg', '3200', 'kg'), ('Bizcochos de grasa x kg', '6800', 'kg'), ('Pastafrola membrillo', '12500', 'un'), ('Prepizza x 2', '3900', 'un')]
REFRIG = [('Carga de gas R410A equipo split 3000 frigorías', '65000', 'svc'), ('Instalación de equipo split hasta 3 m de cañería', '150000', 'svc'),
          ('Soporte para unidad exterior', '18000', 'un')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U.M.', 'l'),
                 'desc': ('desc', 'Descripción', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'), 'concepto': ('desc', 'Concepto', 'l'),
                 'pu': ('price', 'P. Unitario', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'bon': ('bonif', '% Bonif', 'r'),
                 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', 'IVA %', 'r'), 'sub': ('amount', 'Subtotal', 'r'),
                 'imp': ('amount', 'Importe', 'r'), 'neto': ('amount', 'Neto', 'r')}[x] for x in k]

def DOCS():
    return [
     # ---------- f: Flat 0.4 ----------
     Doc('f01_fa_corralon_bonif', 3001, 'A', ['Corralón San Cayetano', 'Razón Social: MATERIALES SAN CAYETANO S.R.L.', 'Ruta 3 km 45,5 - Cañuelas'],
         'MATERIALES SAN CAYETANO S.R.L.', CORRALON, cols=C('cod', 'desc', 'cant', 'pu', 'bon', 'alic', 'neto'), bonif=True, rates=(21, 10.5),
         taxes=[('Percepción IIBB Buenos Aires', '3')], nstyle='pv', cuit_dash=True),
     Doc('f02_fb_autoservicio_multipag', 3002, 'B', ['Autoservicio Hong Kong', 'SUPERMERCADO GRAN MURALLA S.R.L.', 'Av. Gaona 3100 - CABA'],
         'SUPERMERCADO GRAN MURALLA S.R.L.', CHINO, cols=C('eanb', 'desc', 'cant', 'u', 'pru', 'imp'), nstyle='n', amt='dollar', buyer='cf', nitems=44,
         rows_per_page=28, discount=('Descuento jubilados 5%', '5')),
     Doc('f03_fc_electricista_svc', 3003, 'C', ['PERALTA HUGO DANIEL', 'Electricista matriculado', 'Los Tilos 1180 - Merlo'], 'PERALTA HUGO DANIEL', ELECTRICISTA,
         cols=C('desc', 'cant', 'pu', 'imp'), dstyle='%d-%m-%Y', buyer='dni', qr='nowww', cuit_pre='20', nitems=4, nstyle='nro'),
     Doc('f04_fa_informatica_copias', 3004, 'A', ['TECNOLOGIA INTEGRAL DEL CENTRO', 'SOCIEDAD ANONIMA', 'Av. Colón 4800 - Córdoba'],
         'TECNOLOGIA INTEGRAL DEL CENTRO SOCIEDAD ANONIMA', INFORMATICA, cols=C('cantidad', 'art', 'desc', 'pu', 'piva', 'sub'), rates=(21, 10.5), nitems=4,
         copies=('ORIGINAL', 'DUPLICADO'), nstyle='fact', taxes=[('Percepción IVA', '3')]),
     Doc('f05_fb_mlseller_totalmal', 3005, 'B', ['Razón Social: ACCESORIOS DIGITALES DEL SUR S.A.S.', 'Venta online - Mercado Libre', 'Dorrego 1500 - Mar del Plata'],
         'ACCESORIOS DIGITALES DEL SUR S.A.S.', ML_SELLER, cols=C('desc', 'cant', 'pu', 'imp'), buyer='dni', totals_delta='-900', nitems=3, dstyle='%d.%m.%Y'),
     Doc('f06_fa_hosting_usd', 3006, 'A', ['Razón Social: NUBE PAMPA SERVICIOS DIGITALES S.A.', 'Av. Santa Fe 1750 Piso 8 - CABA'], 'NUBE PAMPA SERVICIOS DIGITALES S.A.',
         HOSTING, cols=C('concepto', 'alic', 'imp'), currency='USD', nitems=3, nstyle='comp'),
     Doc('f07_fc_nutricion_qrtotal', 3007, 'C', ['LIC. CASTRO VALERIA SOLEDAD', 'Nutricionista M.P. 4521', 'Belgrano 560 - Neuquén'], 'LIC. CASTRO VALERIA SOLEDAD', NUTRI,
         cols=C('concepto', 'imp'), nitems=2, buyer='dni', qr_bad='total', cuit_pre='27', dstyle='long'),
     Doc('f08_fb_carniceria_kg', 3008, 'B', ['Carnicería El Novillo', 'Razón Social: EL NOVILLO CARNES S.R.L.', 'Av. Perón 2100 - Hurlingham'], 'EL NOVILLO CARNES S.R.L.',
         CARNI, cols=C('desc', 'cantidad', 'u', 'pu', 'imp'), buyer='cf', amt='plain', dstyle='%d/%m/%y', nstyle='deg'),
     Doc('f09_fa_farmacia_ean', 3009, 'A', ['Farmacia Del Pueblo', 'FARMACIA DEL PUEBLO S.C.S.', 'Mitre 300 - San Nicolás'], 'FARMACIA DEL PUEBLO S.C.S.', FARMA,
         cols=C('ean', 'desc', 'cant', 'pu', 'piva', 'sub'), rates=(21, 21, 10.5), taxes=[('Percepción IIBB Buenos Aires', '2')], qr='nowww'),
     Doc('f10_fc_libreria_copias', 3010, 'C', ['Librería Pupitre', 'Av. Libertador 1020 - Vicente López'], 'Librería Pupitre', LIBRE,
         cols=C('cant', 'desc', 'pu', 'sub'), buyer='cf', copies=('ORIGINAL', 'DUPLICADO'), cuit_pre='27', nstyle='n', amt='dollar'),
     # ---------- g: graphpaper 0.2.0 ----------
     Doc('g01_fa_gomeria_svc', 3011, 'A', ['GOMERIA EL RAYO', 'Razón Social: NEUMATICOS EL RAYO S.A.', 'Ruta 8 km 220 - Pergamino'], 'NEUMATICOS EL RAYO S.A.', GOMERIA,
         cols=C('desc', 'cant', 'pu', 'alic', 'imp'), nitems=4, amt='plain', taxes=[('Percepción IIBB Buenos Aires', '2.5')], nstyle='n'),
     Doc('g02_fb_verduleria_kg', 3012, 'B', ['Verdulería Los Hermanos', 'Razón Social: LOS HERMANOS FRUTAS Y VERDURAS S.R.L.', 'Sarmiento 1422 - Rosario'],
         'LOS HERMANOS FRUTAS Y VERDURAS S.R.L.', VERDU, cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', dstyle='%d.%m.%Y', nstyle='split'),
     Doc('g03_fc_abogado_qrdmy', 3013, 'C', ['DRA. MEDINA LORENA BEATRIZ', 'Abogada T° 98 F° 412 CPACF', 'Uruguay 651 Piso 3 - CABA'], 'DRA. MEDINA LORENA BEATRIZ', ABOGADO,
         cols=C('concepto', 'imp'), nitems=2, buyer='dni', qr='dmy', cuit_pre='27', dstyle='long', nstyle='comp'),
     Doc('g04_fa_sanitarios_qrfecha', 3014, 'A', ['SANITARIOS DEL PARANA S.A.', 'Av. Rivadavia 3300 - Paraná'], 'SANITARIOS DEL PARANA S.A.', MATERIALES,
         cols=C('code', 'desc', 'cant', 'pru', 'piva', 'sub'), rates=(21,), qr_bad='date', cuit_dash=True, nstyle='fact', taxes=[('Percepción IIBB Entre Ríos', '1.5')]),
     Doc('g05_fb_bebidas_dto', 3015, 'B', ['Distribuidora La Esquina', 'Güemes 2250 - Salta'], 'Distribuidora La Esquina', BEBIDAS, cols=C('cantidad', 'desc', 'pu', 'imp'),
         buyer='dni', discount=('Bonificación 10% pago en efectivo', '10'), amt='dollar', cuit_pre='20'),
     Doc('g06_fc_dietetica_qrcuit', 3016, 'C', ['Dietética Semilla', 'San Martín 870 - Godoy Cruz'], 'Dietética Semilla', DIETE, cols=C('desc', 'cant', 'u', 'pu', 'imp'),
         buyer='cf', qr_bad='cuit', cuit_pre='27', dstyle='%d/%m/%y', qr='nowww'),
     Doc('g07_fa_gasista_totalmal', 3017, 'A', ['Razón Social: CLIMA HOGAR SERVICIOS S.R.L.', 'Gasistas matriculados', 'Alsina 455 - Bahía Blanca'],
         'CLIMA HOGAR SERVICIOS S.R.L.', GAS, cols=C('concepto', 'cant', 'pu', 'piva', 'imp'), nitems=3, totals_delta='1500', nstyle='pv'),
     Doc('g08_fb_muebleria_svc', 3018, 'B', ['Mueblería Nogal', 'Razón Social: MUEBLES NOGAL S.A.', 'Av. Cabildo 2900 - CABA'], 'MUEBLES NOGAL S.A.', MUEBLE,
         cols=C('art', 'desc', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', nstyle='deg', cuit_dash=True, qr='nowww_dmy'),
     Doc('g09_fa_optica_bonif', 3019, 'A', ['Razón Social: OPTICA VISION NORTE S.R.L.', 'Av. Sarmiento 120 - San Miguel de Tucumán'], 'OPTICA VISION NORTE S.R.L.', OPTICA,
         cols=C('cant', 'desc', 'pu', 'bon', 'piva', 'imp'), bonif=True, nitems=3, taxes=[('Percepción IIBB Tucumán', '1.5')], rate_style='dec', nstyle='nro'),
     Doc('g10_fc_pinturas_sinqr', 3020, 'C', ['PINTURERIA COLORES', 'Av. Eva Perón 1900 - Temperley'], 'PINTURERIA COLORES', PINTU,
         cols=C('desc', 'cantidad', 'pu', 'imp'), buyer='cf', qr=None, cuit_pre='20', dstyle='%d-%m-%Y'),
     # ---------- u: universal-printer 3.1.0 (text invoice, no QR) ----------
     Doc('u01_fa_mayorista_multipag', 3021, 'A', ['DISTRIBUIDORA EL TREBOL S.A.', 'Av. Juan B. Justo 7700 - CABA'], 'DISTRIBUIDORA EL TREBOL S.A.', MAYOR,
         cols=C('code', 'desc', 'cant', 'pu', 'alic', 'sub'), rates=(21, 21, 10.5), nitems=76, taxes=[('Percepción IIBB CABA', '3')], qr=None, nstyle='pv',
         rate_style='dec'),
     Doc('u02_fb_dentista_svc', 3022, 'B', ['CONSULTORIO ODONTOLOGICO SONRISAS', 'Razón Social: SONRISAS SALUD DENTAL S.R.L.', 'Lavalle 1200 - Mendoza'],
         'SONRISAS SALUD DENTAL S.R.L.', DENTISTA, cols=C('concepto', 'imp'), nitems=2, buyer='dni', qr=None, dstyle='%d/%m/%y', nstyle='n'),
     Doc('u03_fc_petshop_kg', 3023, 'C', ['Pet Shop Huellitas', 'Calle 12 Nº 845 - Berazategui'], 'Pet Shop Huellitas', PETSHOP, cols=C('cant', 'u', 'desc', 'pu', 'imp'),
         buyer='cf', qr=None, cuit_pre='27', nstyle='nro', amt='plain'),
     Doc('u04_fa_fletes_copias', 3024, 'A', ['Razón Social: TRANSPORTES RAPIDO OESTE S.R.L.', 'Av. Rivadavia 18500 - Morón'], 'TRANSPORTES RAPIDO OESTE S.R.L.', FLETE,
         cols=C('desc', 'cant', 'pu', 'piva', 'imp'), nitems=3, copies=('ORIGINAL', 'DUPLICADO'), qr=None, taxes=[('Percepción IIBB Buenos Aires', '2')],
         dstyle='long', nstyle='fact'),
     Doc('u05_fb_almacen_totalmal', 3025, 'B', ['Almacén Doña Coca', 'Av. Belgrano 77 - Santiago del Estero'], 'Almacén Doña Coca', CHINO,
         cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), buyer='cf', totals_delta='-250', qr=None, cuit_pre='27', nitems=6, amt='dollar'),
     Doc('u06_fc_fotografo_svc', 3026, 'C', ['SILVA TOMAS AGUSTIN', 'Fotografía de producto y eventos', 'Rondeau 330 - Córdoba'], 'SILVA TOMAS AGUSTIN', FOTO,
         cols=C('concepto', 'cant', 'pu', 'imp'), nitems=2, buyer='dni', qr=None, cuit_pre='20', dstyle='%d.%m.%Y', nstyle='comp'),
     Doc('u07_fa_refrigeracion_tributos', 3027, 'A', ['REFRIGERACION AUSTRAL S.A.S.', 'Roca 1450 - Río Gallegos'], 'REFRIGERACION AUSTRAL S.A.S.', REFRIG,
         cols=C('concepto', 'cant', 'pu', 'piva', 'imp'), nitems=3, qr=None, taxes=[('Percepción IIBB Santa Cruz', '2'), ('Impuestos Internos', '1')],
         cuit_dash=True, nstyle='deg'),
     Doc('u08_fb_panaderia_kg', 3028, 'B', ['Panadería La Tahona', 'Razón Social: LA TAHONA PANIFICADOS S.R.L.', 'Av. San Martín 3100 - Caseros'],
         'LA TAHONA PANIFICADOS S.R.L.', PANAD, cols=C('desc', 'cant', 'u', 'pru', 'imp'), buyer='cf', qr=None, discount=('Descuento club de clientes 5%', '5'),
         nstyle='split', dstyle='%d-%m-%Y'),
     Doc('u09_fc_electricista_copias', 3029, 'C', ['GAUNA RAMON ALBERTO', 'Instalaciones eléctricas', 'Pasaje Urquiza 45 - Corrientes'], 'GAUNA RAMON ALBERTO',
         ELECTRICISTA, cols=C('concepto', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr=None, cuit_pre='20', copies=('ORIGINAL', 'DUPLICADO'), amt='plain'),
     Doc('u10_fa_libreria_ean', 3030, 'A', ['LIBRERIA Y PAPELERA DEL LITORAL', 'S.R.L.', '25 de Mayo 2100 - Santa Fe'], 'LIBRERIA Y PAPELERA DEL LITORAL S.R.L.', LIBRE,
         cols=C('ean', 'desc', 'cant', 'pu', 'piva', 'neto'), rates=(21,), qr=None, nstyle='n', taxes=[('Percepción IIBB Santa Fe', '2.5')]),
    ]
