"""Round 27 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
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
    """Argentine money: 'dot' 1.234,56 / 'plain' 1234,56 / 'dollar' $ 1.234,56 / 'dollar0' $1.234,56."""
    neg = x < 0; x = abs(x)
    s = f'{x:.2f}'; i, f = s.split('.')
    if style == 'plain':
        out = f'{i},{f}'
    else:
        g = ''
        while len(i) > 3: g = '.' + i[-3:] + g; i = i[:-3]
        out = f'{i}{g},{f}'
    if neg: out = '-' + out
    if style == 'dollar': return '$ ' + out
    if style == 'dollar0': return '$' + out
    return out

def dash(c): return f'{c[:2]}-{c[2:10]}-{c[10]}'

def rate_txt(r, style):
    if style == 'pct': return f'{r:g}'.replace('.', ',') + '%'        # 21%  10,5%
    if style == 'dec': return f'{r:.2f}'.replace('.', ',')             # 21,00
    if style == 'decpct': return f'{r:.2f}'.replace('.', ',') + '%'    # 21,00%
    if style == 'paren': return '(' + f'{r:.2f}'.replace('.', ',') + ')'  # (21,00)

MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()
UNIT_TXT = {'unid.': ('unid.', 'kg'), 'u': ('u', 'kg'), 'Unid': ('Unid', 'Kg'), 'UN': ('UN', 'KG'), 'c/u': ('c/u', 'kg')}


class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,), taxes=(), discount=None,
                 copies=(None,), qr='std', totals_delta=None, qr_bad=None, currency='ARS', rate_style='pct', cuit_pre='30',
                 total_label='Importe Total:', rows_per_page=None, unit_style='unid.', inc_vat=False, sub_label='Subtotal:',
                 vat_label='IVA {r}:', ml_op=False, cond='Contado', creator=None):
        rng = random.Random(seed)
        self.name, self.letter, self.creator = name, letter, creator
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 30); self.number = rng.randrange(100, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 8 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page = currency, amt, list(copies), rows_per_page
        self.merchant = name_exp
        self.inc_vat = inc_vat
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_lines = list(issuer)
        self.issuer_tax_lines = [f'CUIT: {c}', f'Ingresos Brutos: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
                                 f'Condición frente al IVA: {iva_cond}',
                                 f'Inicio de Actividades: {rng.randrange(1, 28):02d}/0{rng.randrange(1, 9)}/20{rng.randrange(10, 20)}']
        p4, p5, n8 = f'{self.pos:04d}', f'{self.pos:05d}', f'{self.number:08d}'
        self.number_lines = {
            'pv': [f'Punto de Venta: {p5}', f'Comp. Nro: {n8}'],
            'n': [f'Nº {p4}-{n8}'],
            'deg': [f'N° {p4} - {n8}'],
            'nro': [f'Nro. {p5}-{n8}'],
            'pvnro': [f'P.V. {p4}', f'Nro. {n8}'],
            'fact': [f'FACTURA {letter} {p4}-{n8}'],
        }[nstyle]
        self.nstyle = nstyle
        if dstyle == 'long': ds = f'{self.date.day} de {MONTHS[self.date.month - 1]} de {self.date.year}'
        else: ds = self.date.strftime(dstyle)
        self.date_line = f'Fecha de Emisión: {ds}' if dstyle != '%d/%m/%y' else f'Fecha: {ds}'
        self.date_str = ds
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, rng.choice(['30', '33']))
            self.buyer_lines = [f'Razón Social: {rng.choice(["CONSTRUCCIONES DEL OESTE S.A.", "LOGISTICA PAMPEANA S.R.L.", "CLINICA SAN JORGE S.A.", "ESTUDIO JURIDICO PAZ S.A.S."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición frente al IVA: IVA Responsable Inscripto',
                                rng.choice(['Domicilio: Av. Corrientes 3456 - CABA', 'Domicilio: Calle 7 Nro 1120 - La Plata', 'Domicilio: San Lorenzo 845 - Rosario'])]
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["ACOSTA, MARIANA", "BENITEZ CARLOS", "ROMERO LUCAS EZEQUIEL", "DIAZ, SOFIA"])}',
                                f'DNI: {dni}', 'Condición frente al IVA: Consumidor Final', 'Domicilio: Particular']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(f'Condición de venta: {cond}')
        # items
        k = nitems or min(rng.randrange(4, 8), len(products))
        self.items = []
        ut, kt = UNIT_TXT[unit_style]
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
            net = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            line_vat = r2(net * rate / 100) if (letter == 'A' and inc_vat) else None
            amount = net + line_vat if line_vat is not None else net
            parts = [desc]
            if ml_op and i == 0:
                parts.append(f'Operación ML #2000{rng.randrange(10**11, 10**12)}'); desc = ' '.join(parts)
            self.items.append(dict(desc=desc, parts=parts, code=str(rng.randrange(10**4, 10**6)), ean=ean13(rng) if 'ean' in [x[0] for x in cols] else None,
                                   sku='MLA' + str(rng.randrange(10**9, 10**10)), qs=qs, unit=unit, price=None if q is None else price,
                                   bonif=b, rate=rate, net=net, line_vat=line_vat, amount=amount))
        self.cols = cols
        st = {'dollar': 'dot', 'dollar0': 'dot'}.get(amt, amt)
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'sku': return it['sku']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return {'kg': kt, 'un': ut, None: ''}[it['unit']]
            if key == 'desc': return it['desc']
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return rate_txt(it['rate'], rate_style)
            if key == 'net': return fmt(it['net'], st)
            if key == 'amount': return fmt(it['amount'], st)
        self.rows = [[cell(it, c[0]) for c in cols] for it in self.items]
        # totals
        A = letter == 'A'
        net_sum = sum((it['net'] for it in self.items), D(0))
        self.subtotal = net_sum if (A or not inc_vat) else sum((it['amount'] for it in self.items), D(0))
        self.vat = []
        tl = [] if (A and inc_vat) else [(sub_label, self.subtotal)]
        if A:
            taxed = sum((it['net'] for it in self.items if it['rate']), D(0))
            tl.append(('Importe Neto Gravado:', taxed))
            if any(not it['rate'] for it in self.items): tl.append(('Importe Exento:', net_sum - taxed))
            for r in sorted({it['rate'] for it in self.items if it['rate']}, reverse=True):
                if inc_vat: v = sum(it['line_vat'] for it in self.items if it['rate'] == r)
                else: v = r2(sum(it['net'] for it in self.items if it['rate'] == r) * r / 100)
                self.vat.append((r, v)); tl.append((vat_label.format(r=rate_txt(float(r), 'pct')), v))
        self.discounts = []
        if discount:
            dv = -r2(self.subtotal * D(discount[1]) / 100)
            self.discounts.append((discount[0], dv)); tl.append((discount[0] + ':', dv))
        self.taxes = []
        for lab, pct, printed in taxes:
            tv = r2(net_sum * D(pct) / 100); self.taxes.append((lab, tv)); tl.append((printed + ':', tv))
        true_total = net_sum + sum(v for _, v in self.vat) + sum(v for _, v in self.discounts) + sum(v for _, v in self.taxes)
        if not A: true_total = sum((it['amount'] for it in self.items), D(0)) + sum(v for _, v in self.discounts)
        self.total = true_total + (D(totals_delta) if totals_delta else 0)
        cur = 'USD ' if currency == 'USD' else ''
        self.totals = [(l, fmt(v, amt)) for l, v in tl] + [(total_label, cur + fmt(self.total, amt))]
        self.footer_lines = [f'CAE N°: {self.cae}', f'Fecha de Vto. de CAE: {self.cae_vto:%d/%m/%Y}']
        self.currency_line = None
        if currency == 'USD':
            self.currency_line = 'Moneda: USD'; self.footer_lines.append('Tipo de cambio: 1.402,50')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR
        self.qr_payload = None; self.qr = None; self.qr_kind = qr
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1402.5 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'total': q['importe'] = float(self.total - D('1000'))
            if qr_bad == 'pos': q['ptoVta'] += 1
            if qr_bad == 'code': q['tipoCmp'] = 1 if self.code != 1 else 6
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr == 'nowww':
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr == 'dmy': q['fecha'] = datetime.date.fromisoformat(q['fecha']).strftime('%d/%m/%Y')
            if qr == 'pretty':
                q['importe'] = f"{D(str(q['importe'])):.2f}"; q['codAut'] = str(q['codAut'])
                js = json.dumps(q, indent=2).replace('\n', '\r\n')
            else:
                js = json.dumps(q, separators=(',', ':'))
            self.qr_payload = host + base64.b64encode(js.encode()).decode()
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
            'payments': [], 'prices_include_vat': (not A) or self.inc_vat, 'cae': self.cae, 'qr': self.qr,
            'warnings': self.warnings}


# ---------- product lists (description, base price, kind) ----------
HOGAR = [('Cafetera de filtro 1,2L acero inoxidable con jarra de vidrio y función mantener caliente', '68000', 'un'),
         ('Pava eléctrica 1,7L', '39000', 'un'), ('Tostadora 2 ranuras 850W', '31000', 'un'), ('Licuadora de vaso 1,5L 600W', '54000', 'un')]
SUPER = [('ARROZ LARGO FINO 1KG', '1890', 'un'), ('YERBA MATE CON PALO 1KG', '5400', 'un'), ('MANZANA ROJA X KG', '2300', 'kg'),
         ('QUESO TYBO FETEADO X KG', '12900', 'kg'), ('ACEITE DE GIRASOL 1,5L', '3900', 'un'), ('LECHE ENTERA SACHET 1L', '1450', 'un'),
         ('PAPA BLANCA X KG', '1100', 'kg'), ('FIDEOS MOSTACHOL 500G', '1350', 'un'), ('GALLETITAS DE AGUA 3X100G', '1600', 'un')]
ELECTRI = [('Reparación de tablero eléctrico y reemplazo de disyuntor diferencial', '85000', 'svc'), ('Visita técnica', '20000', 'svc'),
           ('Disyuntor diferencial 2x40A 30mA', '46000', 'un'), ('Cable unipolar 2,5mm rollo 100m', '72000', 'un')]
NEUM = [('Neumático 175/65 R14 82T', '98000', 'un'), ('Alineación y balanceo', '28000', 'svc'), ('Válvula de aire', '1500', 'un'), ('Cámara 14"', '16000', 'un')]
DIET = [('NUECES MARIPOSA X KG', '19000', 'kg'), ('PASAS DE UVA X KG', '6900', 'kg'), ('SEMILLAS DE CHIA X KG', '8500', 'kg'), ('MIEL DE ABEJA 1KG', '9800', 'un'),
        ('GRANOLA SIN AZUCAR X KG', '7600', 'kg')]
SOFT = [('Desarrollo de módulo de facturación electrónica - etapa 2', '2500000', 'svc'), ('Hosting y mantenimiento mensual', '350000', 'svc'),
        ('Horas de soporte adicionales', '420000', 'svc')]
PSICO = [('Sesiones de psicoterapia individual - mayo (4)', '120000', 'svc'), ('Informe psicológico', '45000', 'svc')]
ML1 = [('Auriculares inalámbricos Bluetooth 5.3 con estuche de carga color negro', '24000', 'un'), ('Funda de silicona para estuche', '4500', 'un')]
ML2 = [('Smartwatch deportivo pantalla AMOLED 1,43" sumergible', '89000', 'un'), ('Malla de silicona 22mm', '6500', 'un'), ('Film protector hidrogel', '3200', 'un')]
FERR = [('TORNILLO FIX 6X40 CAJA X100', '5100', 'un'), ('TARUGO NYLON 8MM X100', '2900', 'un'), ('CINTA METRICA 5M', '6400', 'un'), ('AMOLADORA ANGULAR 115MM 850W', '79000', 'un'),
        ('DISCO DE CORTE 115MM', '1300', 'un'), ('GUANTES DE TRABAJO MOTEADOS', '2200', 'un')]
MAYO = [('AZUCAR COMUN TIPO A 1KG', '1250', 'un'), ('HARINA 0000 1KG', '1050', 'un'), ('ACEITE MEZCLA 900ML', '2500', 'un'), ('YERBA MATE 1KG', '5200', 'un'),
        ('ARVEJAS SECAS REMOJADAS 350G', '890', 'un'), ('DULCE DE BATATA 500G', '2100', 'un'), ('LAVANDINA 2L', '1450', 'un'), ('DETERGENTE 750ML', '2200', 'un'),
        ('PAPEL HIGIENICO 4X30M', '3100', 'un')]
FIAM = [('JAMON CRUDO FETEADO X KG', '28000', 'kg'), ('SALAME MILAN X KG', '17500', 'kg'), ('QUESO CREMOSO X KG', '11200', 'kg'),
        ('ACEITUNAS VERDES X KG', '8900', 'kg'), ('PAN DE CAMPO', '3500', 'un')]
ODON = [('Consulta odontológica y diagnóstico', '30000', 'svc'), ('Limpieza y fluoración', '42000', 'svc'), ('Restauración con resina (pieza 36)', '65000', 'svc')]
IMPO = [('Servidor rack 1U Xeon 8 núcleos 64GB RAM 2x960GB SSD', '3900000', 'un'), ('Switch administrable 24 puertos PoE+', '1100000', 'un'),
        ('Licencia de respaldo en la nube (anual)', '650000', 'svc')]
GYM = [('Cuota mensual musculación - pase libre', '38000', 'svc'), ('Clases de spinning x8', '26000', 'svc'), ('Toalla deportiva con logo', '9000', 'un')]
AGRO = [('Alimento balanceado bovino bolsa 40kg', '21000', 'un'), ('Sal mineral bloque 10kg', '9800', 'un'), ('Ivermectina 1% frasco 500ml', '36000', 'un'),
        ('Alambre liso ovalado 17/15 rollo 1000m', '165000', 'un')]
LIBR = [('Manual Santillana Bonaerense 5', '38000', 'un'), ('Cuaderno Rivadavia ABC 50 hojas rayado', '4800', 'un'), ('Lápices de colores x24', '7900', 'un'),
        ('Mochila escolar con carro 18"', '62000', 'un'), ('Cartuchera canopla 2 pisos', '14500', 'un')]
COST = [('Arreglo de ruedo pantalón', '6000', 'svc'), ('Cambio de cierre campera', '14000', 'svc'), ('Confección de cortina a medida 2,40 x 2,20 m con tela blackout', '95000', 'svc')]
REPU = [('Kit de distribución correa + tensor', '145000', 'un'), ('Bomba de agua', '68000', 'un'), ('Líquido refrigerante 5L', '18000', 'un'),
        ('Mano de obra cambio de distribución', '120000', 'svc')]
VERD = [('Tomate redondo x kg', '2600', 'kg'), ('Lechuga mantecosa x kg', '3100', 'kg'), ('Banana Ecuador x kg', '2200', 'kg'), ('Naranja de jugo x kg', '1400', 'kg'),
        ('Huevos color maple x30', '8200', 'un'), ('Zanahoria x kg', '1200', 'kg')]
CATER = [('Servicio de catering evento corporativo 60 personas (menú ejecutivo, bebidas sin alcohol y servicio de mozos)', '1800000', 'svc'),
         ('Alquiler de vajilla y mantelería', '240000', 'svc'), ('Torta institucional con logo', '85000', 'un')]
FARMA = [('PARACETAMOL 500MG X16 COMP', '2900', 'un'), ('CREMA HIDRATANTE CORPORAL 400ML', '12500', 'un'), ('SHAMPOO ANTICASPA 375ML', '8900', 'un'),
         ('VITAMINA C 1G X30 EFERVESCENTE', '11800', 'un'), ('CEPILLO DENTAL MEDIO', '2600', 'un')]
CLIM = [('Instalación split 3000 frigorías con kit de caños hasta 3 metros', '180000', 'svc'), ('Carga de gas R410A', '65000', 'svc'),
        ('Ménsula reforzada para unidad exterior', '22000', 'un')]

def C(*k):
    T = {'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
         'eanb': ('ean', 'Cód. Barras', 'l'), 'sku': ('sku', 'SKU', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'),
         'u': ('unit', 'U. Med.', 'l'), 'unidad': ('unit', 'Unidad', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
         'det': ('desc', 'Detalle', 'l'), 'concepto': ('desc', 'Concepto', 'l'), 'pu': ('price', 'P. Unit.', 'r'), 'pru': ('price', 'Precio Unit.', 'r'),
         'prk': ('price', 'Precio', 'r'), 'bon': ('bonif', '% Bonif.', 'r'), 'dto': ('bonif', 'Dto. %', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'),
         'piva': ('rate', 'IVA', 'r'), 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'tot': ('amount', 'Total', 'r'),
         'net': ('net', 'Subtotal', 'r'), 'subiva': ('amount', 'Subtotal c/IVA', 'r')}
    return [T[x] for x in k]

T_IIBB_CABA = ('Percepción IIBB CABA', '3', 'Percepción IIBB CABA')
T_ARBA = ('Percepción IIBB ARBA', '2.5', 'Percepción IIBB ARBA 2,50%')
T_INT = ('Impuestos Internos', '4', 'Impuestos Internos')
T_PIVA = ('Percepción IVA', '3', 'Percepción IVA')
T_CBA = ('Percepción IIBB Córdoba', '2', 'Percepción IIBB Córdoba')
T_OTROS = ('Otros Tributos', '1.2', 'Otros Tributos')


def DOCS():
    return [
     # ---------------- p: Prince 17 (HTML/CSS, web invoicing service) ----------------
     Doc('p01_fa_hogar_bonif', 2701, 'A', ['Casa Bruno Electro', 'Razón Social: ELECTRODOMESTICOS BRUNO S.R.L.', 'Av. Maipú 2233 - Vicente López'],
         'ELECTRODOMESTICOS BRUNO S.R.L.', HOGAR, cols=C('cod', 'desc', 'cant', 'pu', 'bon', 'alic', 'sub'), bonif=True, nitems=4,
         rates=(21, 10.5), taxes=[T_ARBA], nstyle='pv', cuit_dash=True),
     Doc('p02_fb_super_multipag', 2702, 'B', ['Autoservicio La Estrella', 'DISTRIBUIDORA LA ESTRELLA S.A.', 'Av. San Martín 1550 - San Miguel de Tucumán'],
         'DISTRIBUIDORA LA ESTRELLA S.A.', SUPER, cols=C('eanb', 'desc', 'cant', 'unidad', 'pru', 'imp'), nitems=48, buyer='cf', amt='dollar', nstyle='n',
         unit_style='Unid', discount=('Descuento jubilados 15%', '15')),
     Doc('p03_fc_electricista_svc', 2703, 'C', ['SOSA MARTIN EZEQUIEL', 'Electricista matriculado', 'Mat. N° 4521 - Berazategui'], 'SOSA MARTIN EZEQUIEL', ELECTRI,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=4, buyer='dni', qr='nowww', cuit_pre='20', dstyle='%d-%m-%Y', nstyle='nro'),
     Doc('p04_fb_ml_auriculares', 2704, 'B', ['Razón Social: TECNOSUR IMPORT S.A.S.', 'Domicilio Comercial: Perú 1020 - CABA'], 'TECNOSUR IMPORT S.A.S.', ML1,
         cols=C('sku', 'desc', 'cant', 'pu', 'imp'), nitems=2, buyer='dni', ml_op=True, nstyle='deg', cond='Mercado Pago'),
     Doc('p05_fb_dietetica_totalmal', 2705, 'B', ['Dietética Semillas', 'Belgrano 455 - Neuquén'], 'Dietética Semillas', DIET,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), unit_style='u', buyer='cf', dstyle='%d.%m.%Y', totals_delta='-250', amt='plain'),
     Doc('p06_fa_imports_usd', 2706, 'A', ['Razón Social: INFRAESTRUCTURA DIGITAL DEL SUR S.A.', 'Tte. Gral. Perón 1730 Piso 9 - CABA'],
         'INFRAESTRUCTURA DIGITAL DEL SUR S.A.', IMPO, cols=C('desc', 'cant', 'pu', 'alic', 'imp'), nitems=3, rates=(10.5, 21, 21), currency='USD',
         taxes=[T_PIVA], nstyle='n'),
     Doc('p07_fc_psicologa_qrtotal', 2707, 'C', ['LIC. HERRERA VALERIA SOLEDAD', 'Psicóloga - M.N. 61.234', 'Av. Colón 980 - Córdoba'],
         'LIC. HERRERA VALERIA SOLEDAD', PSICO, cols=C('concepto', 'imp'), nitems=2, buyer='dni', cuit_pre='27', dstyle='long', qr_bad='total'),
     Doc('p08_fa_ferreteria_ean', 2708, 'A', ['FERRETERIA INDUSTRIAL DEL CENTRO', 'SOCIEDAD ANONIMA', 'Ruta 9 km 695 - Villa María'],
         'FERRETERIA INDUSTRIAL DEL CENTRO SOCIEDAD ANONIMA', FERR, cols=C('cantidad', 'ean', 'desc', 'pru', 'piva', 'sub'), nitems=6,
         taxes=[T_CBA, T_OTROS], nstyle='fact', rate_style='decpct'),
     Doc('p09_fb_farmacia_pretty', 2709, 'B', ['Farmacia del Pueblo', 'Razón Social: FARMACIA DEL PUEBLO S.C.S.', 'Mitre 302 - Chivilcoy'],
         'FARMACIA DEL PUEBLO S.C.S.', FARMA, cols=C('desc', 'cant', 'pu', 'dto', 'imp'), bonif=True, buyer='dni', qr='pretty',
         discount=('Descuento obra social 40%', '40'), nstyle='pvnro'),
     Doc('p10_fc_costurera_sinrs', 2710, 'C', ['Taller de Costura Marta', 'de GIMENEZ MARTA BEATRIZ', 'Sarmiento 77 - Posadas'], 'Taller de Costura Marta', COST,
         cols=C('det', 'imp'), nitems=3, buyer='cf', cuit_pre='27', dstyle='%d/%m/%y', qr='dmy'),
     # ---------------- l: LumasPDF 4.2.3 (C++ engine, desktop ERP drawing at coordinates) ----------------
     Doc('l01_fa_mayorista_multipag', 2711, 'A', ['DISTRIBUIDORA MAYORISTA EL RAYO S.A.', 'Av. Circunvalación 4500 - Santa Fe'], 'DISTRIBUIDORA MAYORISTA EL RAYO S.A.',
         MAYO, cols=C('art', 'desc', 'cant', 'u', 'pu', 'piva', 'sub'), nitems=46, rates=(21, 21, 10.5), rows_per_page=28, rate_style='dec',
         taxes=[T_PIVA, ('Percepción IIBB Santa Fe', '2.5', 'Percepción IIBB Santa Fe')], unit_style='UN', nstyle='pv', creator='Gestion Comercial 2000 v9.4'),
     Doc('l02_fb_fiambreria_kg', 2712, 'B', ['Fiambrería Los Tanos', 'Razón Social: LOS TANOS ALIMENTOS S.R.L.', 'Italia 1430 - Mar del Plata'],
         'LOS TANOS ALIMENTOS S.R.L.', FIAM, cols=C('desc', 'cantidad', 'unidad', 'prk', 'imp'), buyer='cf', unit_style='UN', dstyle='%d/%m/%y',
         nstyle='fact', amt='plain', creator='Gestion Comercial 2000 v9.4'),
     Doc('l03_fa_taller_subiva', 2713, 'A', ['Razón Social: TALLER MECANICO HNOS. PAREDES S.R.L.', 'Domicilio Comercial: Av. Alberdi 3310 - CABA'],
         'TALLER MECANICO HNOS. PAREDES S.R.L.', REPU, cols=C('code', 'prod', 'cant', 'unidad', 'pu', 'bon', 'net', 'alic', 'subiva'), nitems=4,
         inc_vat=True, bonif=True, unit_style='unid.', taxes=[T_IIBB_CABA], nstyle='pv', creator='Taller Gestión 3'),
     Doc('l04_fb_neumaticos_qrpv', 2714, 'B', ['Gomería El Cruce', 'NEUMATICOS EL CRUCE S.A.', 'Ruta 3 km 57 - Cañuelas'], 'NEUMATICOS EL CRUCE S.A.', NEUM,
         cols=C('code', 'desc', 'cant', 'pu', 'imp'), nitems=4, buyer='dni', qr_bad='pos', nstyle='n', creator='Gestion Comercial 2000 v9.4'),
     Doc('l05_fc_odontologa_qrdmy', 2715, 'C', ['OD. CASTRO PAULA INES', 'Odontología general', 'Pellegrini 1200 - Rosario'], 'OD. CASTRO PAULA INES', ODON,
         cols=C('det', 'imp'), nitems=3, buyer='dni', cuit_pre='27', qr='dmy', nstyle='deg', dstyle='%d.%m.%Y', cuit_dash=True),
     Doc('l06_fb_libreria_bonif', 2716, 'B', ['Librería El Ateneo Escolar', 'Razón Social: PAPELERA ESCOLAR ATENEO S.R.L.', '25 de Mayo 640 - Bahía Blanca'],
         'PAPELERA ESCOLAR ATENEO S.R.L.', LIBR, cols=C('cantidad', 'cod', 'desc', 'pu', 'bon', 'imp'), bonif=True, buyer='cf', nstyle='nro',
         discount=('Bonificación pago contado 5%', '5'), amt='dollar0', creator='Gestion Comercial 2000 v9.4'),
     Doc('l07_fa_agro_copias', 2717, 'A', ['AGROVETERINARIA LA TRANQUERA', 'S.R.L.', 'Av. Roca 220 - General Pico'], 'AGROVETERINARIA LA TRANQUERA S.R.L.', AGRO,
         cols=C('cod', 'desc', 'cant', 'pru', 'alic', 'imp'), nitems=4, rates=(10.5, 10.5, 21, 21), copies=('ORIGINAL', 'DUPLICADO'),
         taxes=[('Percepción IIBB La Pampa', '1.5', 'Percepción IIBB La Pampa')], nstyle='fact', rate_style='pct', creator='Gestion Comercial 2000 v9.4'),
     Doc('l08_fc_gimnasio_svc', 2718, 'C', ['Gimnasio Fuerza Norte', 'Belgrano 1800 - Salta'], 'Gimnasio Fuerza Norte', GYM, cols=C('det', 'cant', 'pu', 'imp'),
         nitems=3, buyer='dni', cuit_pre='20', dstyle='%d-%m-%Y', nstyle='pvnro'),
     Doc('l09_fb_verduleria_sinqr', 2719, 'B', ['Verdulería Doña Chela', 'Mercado Central Nave 4 Puesto 210 - Tapiales'], 'Verdulería Doña Chela', VERD,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), unit_style='c/u', buyer='cf', qr=None, dstyle='long', nstyle='n', cuit_pre='27'),
     Doc('l10_fa_catering_tributos', 2720, 'A', ['Sabores Catering', 'Razón Social: GASTRONOMIA SABORES DEL PLATA S.A.', 'Calle 12 N° 1450 - La Plata'],
         'GASTRONOMIA SABORES DEL PLATA S.A.', CATER, cols=C('det', 'cant', 'pu', 'alic', 'imp'), nitems=3, rates=(21, 21, 10.5),
         taxes=[T_ARBA, T_INT], nstyle='deg', cuit_dash=True, qr='nowww', creator='Gestion Comercial 2000 v9.4'),
     # ---------------- r: rust-pdf 0.5.0 (Rust engine, small online invoicer) ----------------
     Doc('r01_fb_ml_smartwatch', 2721, 'B', ['Razón Social: GADGETS DEL PLATA S.R.L.', 'Domicilio: Av. Rivadavia 8800 - CABA'], 'GADGETS DEL PLATA S.R.L.', ML2,
         cols=C('sku', 'cant', 'desc', 'pu', 'sub'), nitems=3, buyer='dni', ml_op=True, nstyle='n', cond='Mercado Pago', amt='dollar'),
     Doc('r02_fa_software_usd', 2722, 'A', ['Razón Social: CODIGO ABIERTO SOLUCIONES S.A.S.', 'Av. Vélez Sarsfield 576 - Córdoba'],
         'CODIGO ABIERTO SOLUCIONES S.A.S.', SOFT, cols=C('det', 'piva', 'imp'), nitems=3, currency='USD', nstyle='pv', dstyle='long'),
     Doc('r03_fc_clima_qrcode', 2723, 'C', ['PERALTA JUAN PABLO', 'Frío Total - instalación y service de aire acondicionado', 'Los Ceibos 55 - Resistencia'],
         'PERALTA JUAN PABLO', CLIM, cols=C('desc', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', cuit_pre='20', qr_bad='code', nstyle='deg'),
     Doc('r04_fb_almacen_ean', 2724, 'B', ['Almacén y Despensa Lo de Tito', 'Av. Perón 120 - Merlo'], 'Almacén y Despensa Lo de Tito', SUPER,
         cols=C('ean', 'desc', 'cant', 'unidad', 'pu', 'imp'), nitems=7, buyer='cf', unit_style='u', dstyle='%d/%m/%y', nstyle='pvnro', cuit_pre='20'),
     Doc('r05_fa_ferreteria_net', 2725, 'A', ['Ferretería Tornillito', 'Razón Social: TORNILLITO HERRAMIENTAS S.A.', 'Av. Eva Perón 3050 - Lanús'],
         'TORNILLITO HERRAMIENTAS S.A.', FERR, cols=C('cod', 'desc', 'cant', 'pu', 'dto', 'alic', 'sub'), bonif=True, nitems=5, rates=(21,),
         taxes=[T_ARBA], rate_style='paren', nstyle='nro', amt='plain', cuit_dash=True),
     Doc('r06_fc_verduleria_copias', 2726, 'C', ['EL HUERTO DE LOS ABUELOS', 'de RUIZ NESTOR FABIAN', 'Mercado Concentrador Puesto 33 - Mendoza'],
         'EL HUERTO DE LOS ABUELOS', VERD, cols=C('desc', 'cant', 'u', 'pu', 'imp'), unit_style='Unid', buyer='cf', cuit_pre='20',
         copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'), nstyle='fact', dstyle='%d/%m/%Y'),
     Doc('r07_fa_clinica_totalmal', 2727, 'A', ['CENTRO ODONTOLOGICO INTEGRAL S.R.L.', 'Av. Independencia 2100 - Mar del Plata'],
         'CENTRO ODONTOLOGICO INTEGRAL S.R.L.', ODON, cols=C('concepto', 'alic', 'imp'), nitems=3, rates=(21,), totals_delta='1000',
         taxes=[T_OTROS], nstyle='n'),
     Doc('r08_fb_hogar_nowww', 2728, 'B', ['Bazar y Electro Don Pedro', 'Razón Social: COMERCIAL DON PEDRO S.A.', 'Moreno 950 - Corrientes'],
         'COMERCIAL DON PEDRO S.A.', HOGAR, cols=C('cantidad', 'desc', 'pru', 'tot'), nitems=4, buyer='dni', qr='nowww', amt='dollar', nstyle='pv',
         discount=('Descuento por pago en efectivo 10%', '10')),
     Doc('r09_fa_catering_subiva', 2729, 'A', ['Razón Social: EVENTOS PATAGONICOS S.R.L.', 'San Martín 650 - Neuquén'], 'EVENTOS PATAGONICOS S.R.L.', CATER,
         cols=C('det', 'cant', 'pu', 'net', 'alic', 'subiva'), nitems=3, rates=(21, 21, 10.5), inc_vat=True, taxes=[('Percepción IIBB Neuquén', '3', 'Percepción IIBB Neuquén')],
         nstyle='nro', dstyle='%d-%m-%Y'),
     Doc('r10_fc_gym_qrdmy', 2730, 'C', ['Box CrossFit Sur', 'Razón Social: MOLINA AGUSTINA', 'Calle 25 de Mayo 340 - Ushuaia'], 'MOLINA AGUSTINA', GYM,
         cols=C('det', 'imp'), nitems=2, buyer='cf', cuit_pre='27', qr='dmy', nstyle='pv', dstyle='%d.%m.%Y'),
    ]
