"""Round 32 documents: one Doc per invoice, one random.Random(seed) each; amounts with Decimal.
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
    if style == 'pct': return f'{float(r):g}'.replace('.', ',') + '%'
    if style == 'pct2': return f'{r:.2f}'.replace('.', ',') + '%'
    return f'{r:.2f}'.replace('.', ',')          # 'dec': 21,00

MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split()
DAYS = 'lunes martes miércoles jueves viernes sábado domingo'.split()

def date_txt(d, style):
    if style == 'long': return f'{d.day} de {MONTHS[d.month - 1]} de {d.year}'
    if style == 'dow': return f'{DAYS[d.weekday()].capitalize()} {d:%d/%m/%Y}'
    return d.strftime(style)

UNIT_LBL = {'std': {'un': 'unid.', 'kg': 'kg'}, 'u': {'un': 'u', 'kg': 'kg'}, 'UN': {'un': 'UN', 'kg': 'KG'}, 'Un': {'un': 'Un.', 'kg': 'Kg.'}}


class Doc:
    def __init__(self, name, seed, letter, issuer, name_exp, products, *, cols, nstyle='pv', dstyle='%d/%m/%Y',
                 cuit_dash=False, amt='dot', buyer='cuit', nitems=None, bonif=False, rates=(21,),
                 taxes=(), discount=None, copies=(None,), qr='std', totals_delta=None, qr_bad=None,
                 currency='ARS', rate_style='pct', cuit_pre='30', total_label='Importe Total:', sub_label='Subtotal:',
                 vat_label='IVA {r}:', neto_label='Importe Neto Gravado:', qty_dec=False, units='std', rows_per_page=None,
                 qr_img=True, cuit_label='CUIT:', extra_issuer=()):
        rng = random.Random(seed)
        self.name, self.letter, self.seed = name, letter, seed
        self.code = {'A': 1, 'B': 6, 'C': 11}[letter]
        self.cuit = cuit(rng, cuit_pre)
        self.pos = rng.randrange(1, 25); self.number = rng.randrange(50, 90000)
        self.date = datetime.date(2026, rng.randrange(1, 12), rng.randrange(1, 29))
        self.cae = str(rng.randrange(7 * 10**13, 9 * 10**13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency, self.amt, self.copies, self.rows_per_page, self.qr_img = currency, amt, list(copies), rows_per_page, qr_img
        self.merchant = name_exp
        c = dash(self.cuit) if cuit_dash else self.cuit
        iva_cond = 'Responsable Monotributo' if letter == 'C' else 'IVA Responsable Inscripto'
        self.issuer_head = list(issuer)
        self.issuer_lines = list(issuer) + list(extra_issuer) + [
            f'{cuit_label} {c}', f'Ingresos Brutos: {rng.randrange(900, 999)}-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
            f'Condición frente al IVA: {iva_cond}', f'Inicio de Actividades: 01/0{rng.randrange(1, 9)}/20{rng.randrange(10, 20)}']
        self.cuit_line = f'{cuit_label} {c}'
        p5, p4, n8 = f'{self.pos:05d}', f'{self.pos:04d}', f'{self.number:08d}'
        if nstyle == 'pv': nl = [f'Punto de Venta: {p5}   Comp. Nro: {n8}']
        elif nstyle == 'pv2': nl = [f'Punto de Venta: {p5}', f'Comp. Nro: {n8}']
        elif nstyle == 'ptovta': nl = [f'Pto. Vta: {self.pos}   Nro.: {self.number}']
        elif nstyle == 'n': nl = [f'Nº {p4}-{n8}']
        elif nstyle == 'deg': nl = [f'N° {p4}-{n8}']
        elif nstyle == 'nro': nl = [f'Nro. {p5}-{n8}']
        else: nl = [f'FACTURA {letter} {p4}-{n8}']
        self.num_lines = nl
        self.date_str = date_txt(self.date, dstyle)
        self.date_line = f'Fecha de Emisión: {self.date_str}' if dstyle != 'dow' else f'Fecha: {self.date_str}'
        self.doc_lines = ['FACTURA', letter, f'COD. {self.code:02d}'] + nl + [self.date_line]
        # buyer
        if buyer == 'cuit':
            bc = cuit(rng, rng.choice(['30', '33']))
            self.buyer_lines = [f'Razón Social: {rng.choice(["CONSTRUCCIONES DEL VALLE S.A.", "LOGISTICA PAMPEANA S.R.L.", "CLINICA SAN ROQUE S.A.", "ESTUDIO MARQUEZ Y ASOC. S.R.L."])}',
                                f'CUIT: {dash(bc) if cuit_dash else bc}', 'Condición frente al IVA: IVA Responsable Inscripto',
                                f'Domicilio: {rng.choice(["Av. Santa Fe 2450 - CABA", "Ruta 9 km 12 - Córdoba", "Mitre 1020 - Rosario"])}']
            self.doc_rec = (80, bc)
        elif buyer == 'dni':
            dni = str(rng.randrange(20000000, 45000000))
            self.buyer_lines = [f'Apellido y Nombre: {rng.choice(["ACOSTA, MARIANA", "LOPEZ FEDERICO", "BENITEZ CARLOS ALBERTO", "ROMERO, SOFIA"])}',
                                f'DNI: {dni}', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (96, dni)
        else:
            self.buyer_lines = ['Señor(es): CONSUMIDOR FINAL', 'Condición frente al IVA: Consumidor Final']
            self.doc_rec = (99, '0')
        self.buyer_lines.append(f'Condición de venta: {rng.choice(["Contado", "Contado", "Tarjeta de débito", "Transferencia"])}')
        # items
        k = nitems or min(rng.randrange(3, 7), len(products))
        self.items = []
        ul = UNIT_LBL[units]
        for i in range(k):
            desc, base, kind = products[i % len(products)]
            rnd = i // len(products)
            if rnd: desc = desc + [' (2)', ' (3)', ' (4)', ' (5)'][(rnd - 1) % 4]
            price = r2(D(base) * D(rng.randrange(85, 120)) / 100)
            if kind == 'kg': q = D(rng.randrange(120, 2800)) / 1000; unit = 'kg'; qs = f'{q:.3f}'
            elif kind == 'svc': q = None; unit = None; qs = None
            else:
                q = D(rng.randrange(1, 6)); unit = 'un'; qs = f'{q:.2f}' if qty_dec else str(q)
            b = D(rng.choice([0, 0, 5, 10, 15])) if bonif and kind != 'svc' else D(0)
            gross = price if q is None else q * price
            amount = r2(gross * (1 - b / 100))
            rate = D(str(rates[i % len(rates)])) if letter == 'A' else None
            self.items.append(dict(desc=desc, code=str(rng.randrange(10**3, 10**6)).zfill(6), ean=ean13(rng) if 'ean' in [x[0] for x in cols] else None,
                                   qs=qs, unit=unit, unit_lbl=ul.get(unit, ''), price=None if q is None else price, bonif=b, rate=rate, amount=amount))
        self.cols = cols
        st = amt if amt not in ('dollar', 'dollar0') else 'dot'
        self.cell_amt = st
        def cell(it, key):
            if key == 'code': return it['code']
            if key == 'ean': return it['ean']
            if key == 'qty': return '' if it['qs'] is None else it['qs'].replace('.', ',')
            if key == 'unit': return it['unit_lbl']
            if key == 'desc': return it['desc']
            if key == 'price': return '' if it['price'] is None else fmt(it['price'], st)
            if key == 'bonif': return fmt(it['bonif'], st)
            if key == 'rate': return rate_txt(it['rate'], rate_style)
            if key == 'amount': return fmt(it['amount'], st)
        self.rows = [[cell(it, c[0]) for c in cols] for it in self.items]
        # totals
        A = letter == 'A'
        self.subtotal = sum((it['amount'] for it in self.items), D(0))
        self.vat = []
        tl = [(sub_label, self.subtotal)]
        if A:
            taxed = sum((it['amount'] for it in self.items if it['rate']), D(0))
            if neto_label: tl.append((neto_label, taxed))
            if any(not it['rate'] for it in self.items): tl.append(('Importe Exento:', self.subtotal - taxed))
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
        cur = 'USD ' if currency == 'USD' else ''
        self.totals = [(l, fmt(v, amt)) for l, v in tl] + [(total_label, cur + fmt(self.total, amt))]
        self.footer_lines = [f'CAE N°: {self.cae}', f'Fecha de Vto. de CAE: {self.cae_vto:%d/%m/%Y}']
        if currency == 'USD':
            self.doc_lines.append('Moneda: USD'); self.footer_lines.append('Tipo de cambio: 1.452,75')
        self.warnings = ['totals_mismatch'] if totals_delta else []
        # QR
        self.qr_payload = None; self.qr = None
        if qr:
            q = dict(ver=1, fecha=self.date.isoformat(), cuit=int(self.cuit), ptoVta=self.pos, tipoCmp=self.code, nroCmp=self.number,
                     importe=float(self.total), moneda='DOL' if currency == 'USD' else 'PES', ctz=1452.75 if currency == 'USD' else 1,
                     tipoDocRec=self.doc_rec[0], nroDocRec=int(self.doc_rec[1]), tipoCodAut='E', codAut=int(self.cae))
            if qr_bad == 'number': q['nroCmp'] += 1
            if qr_bad == 'pos': q['ptoVta'] += 1
            if qr_bad == 'date': q['fecha'] = (self.date - datetime.timedelta(days=2)).isoformat()
            if qr_bad == 'cuit': q['cuit'] = int(cuit(rng, '30'))
            if qr_bad == 'total': q['importe'] = float(self.total + 1000)
            if qr_bad == 'code': q['tipoCmp'] = {1: 6, 6: 1, 11: 6}[self.code]
            self.qr = dict(doc_code=q['tipoCmp'], cuit=str(q['cuit']), pos=q['ptoVta'], number=q['nroCmp'], date=q['fecha'],
                           total=f"{D(str(q['importe'])):.2f}", currency='USD' if currency == 'USD' else 'ARS', cae=self.cae)
            host = 'https://www.afip.gob.ar/fe/qr/?p='
            if qr == 'nowww':
                host = 'https://afip.gob.ar/fe/qr/?p='; q = {a: str(b) for a, b in q.items()}
            if qr == 'strings': q = {a: str(b) for a, b in q.items()}
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


# ---------- product lists (description, base price, kind) ----------
HELA = [('Helado 1/4 kg (dulce de leche granizado, chocolate suizo)', '6800', 'un'), ('Helado 1 kg cuatro sabores', '21500', 'un'),
        ('Cucuruchos x12', '3900', 'un'), ('Salsa de chocolate 250g', '4200', 'un'), ('Torta helada frutilla a la crema 1,5 kg', '32000', 'un')]
BICI = [('Cubierta rodado 29 x 2.10 tacos mixtos', '38500', 'un'), ('Cámara rodado 29 válvula presta', '9800', 'un'),
        ('Service completo de bicicleta con ajuste de cambios, frenos y centrado de ruedas', '45000', 'svc'),
        ('Cadena 9 velocidades', '27000', 'un'), ('Pedales plataforma aluminio', '23500', 'un')]
FIAM = [('JAMON CRUDO FELINO X KG', '28900', 'kg'), ('QUESO PAT GRAS X KG', '15800', 'kg'), ('SALAME MILAN X KG', '19900', 'kg'),
        ('ACEITUNAS VERDES RELLENAS 330G', '4600', 'un'), ('PAN DE CAMPO', '3500', 'un'), ('MORTADELA CON PISTACHO X KG', '11200', 'kg')]
ODON = [('Consulta y diagnóstico odontológico', '35000', 'svc'), ('Limpieza y fluoración', '48000', 'svc'),
        ('Restauración con resina compuesta pieza 36', '65000', 'svc')]
VIVE = [('Plantín de lavanda maceta 12', '4800', 'un'), ('Sustrato universal bolsa 50 dm3', '9600', 'un'), ('Maceta plástica N 20 terracota', '3100', 'un'),
        ('Fertilizante foliar 1L', '8700', 'un'), ('Ficus benjamina 1,20 m en maceta 30', '42000', 'un')]
COMP = [('Notebook 15,6" Core i5 16GB RAM SSD 512GB Windows 11 Home', '1150000', 'un'), ('Mouse inalámbrico 2.4GHz', '14900', 'un'),
        ('Disco SSD externo 1TB USB-C', '129000', 'un'), ('Cable HDMI 2.0 3 metros', '8900', 'un'), ('Mochila porta notebook 15,6"', '45900', 'un')]
MATE = [('CEMENTO PORTLAND BOLSA 50KG', '11900', 'un'), ('ARENA FINA BOLSON 1M3', '68000', 'un'), ('HIERRO NERVADO 8MM X 12M', '14200', 'un'),
        ('LADRILLO HUECO 12X18X33', '890', 'un'), ('CAL HIDRATADA BOLSA 25KG', '6400', 'un'), ('MALLA SIMA 15X15 4,2MM', '52000', 'un')]
PELU = [('Corte y peinado', '18000', 'svc'), ('Coloración completa con tintura', '42000', 'svc'), ('Shampoo nutritivo 500 ml', '12500', 'un')]
CAFE = [('CAFE EN GRANOS TOSTADO MEDIO X KG', '36000', 'kg'), ('CAFE MOLIDO COLOMBIA 250G', '11800', 'un'), ('FILTROS DE PAPEL N 4 X100', '4900', 'un'),
        ('TE EN HEBRAS EARL GREY X KG', '42000', 'kg'), ('TAZA DE CERAMICA 300ML', '8500', 'un')]
HOST = [('Hosting web plan PyME anual', '240', 'svc'), ('Dominio .com.ar renovación', '35', 'svc'), ('Certificado SSL comodín anual', '180', 'svc')]
ELEC = [('Tomacorriente doble 10A', '3900', 'un'), ('Cable unipolar 2,5 mm2 x 100 m rojo', '79000', 'un'), ('Caja de embutir 5x10', '650', 'un'),
        ('Disyuntor diferencial 2x40A 30mA', '48000', 'un'), ('Lámpara LED 12W luz fría', '2300', 'un'), ('Precinto plástico 200 mm x100', '3400', 'un')]
GIM = [('Cuota mensual pase libre', '38000', 'svc'), ('Clase de spinning (pack x8)', '26000', 'svc')]
POLL = [('POLLO ENTERO X KG', '3900', 'kg'), ('PECHUGA DESHUESADA X KG', '7900', 'kg'), ('MILANESAS DE POLLO X KG', '8900', 'kg'),
        ('HUEVOS COLOR MAPLE X30', '8200', 'un'), ('ALITAS X KG', '3200', 'kg')]
DIST = [('ACEITE DE OLIVA EXTRA VIRGEN 500ML', '9800', 'un'), ('HARINA 0000 X 1 KG', '1150', 'un'), ('AZUCAR COMUN TIPO A 1KG', '1350', 'un'),
        ('LECHE EN POLVO ENTERA 800G', '12900', 'un'), ('ARVEJAS EN LATA 350G', '1100', 'un'), ('DULCE DE BATATA 500G', '2600', 'un'),
        ('GALLETITAS CRACKERS X3', '2900', 'un'), ('CACAO EN POLVO 360G', '4300', 'un'), ('MERMELADA DE DURAZNO 454G', '3100', 'un'),
        ('SAL FINA 500G', '850', 'un'), ('VINAGRE DE ALCOHOL 1L', '1400', 'un')]
AUTO = [('Cambio de aceite y filtro (mano de obra)', '25000', 'svc'), ('Aceite 10W40 semisintético 4L', '39000', 'un'), ('Filtro de aire', '14500', 'un'),
        ('Alineación y balanceo', '32000', 'svc'), ('Escobilla limpiaparabrisas 22"', '9800', 'un')]
LIBR = [('Libro "Rayuela" - Julio Cortázar - edición de bolsillo', '18900', 'un'), ('Agenda 2027 semanal tapa dura', '15500', 'un'),
        ('Lapicera roller azul x3', '5200', 'un'), ('Block de hojas canson N 5 x24', '4300', 'un')]
ESTU = [('Honorarios por asesoramiento legal - contrato de locación', '180000', 'svc'), ('Gastos de certificación de firmas', '45000', 'svc')]
ROTI = [('Empanadas de carne cortada a cuchillo (docena)', '19800', 'un'), ('Pizza grande muzzarella', '14500', 'un'), ('Tarta de jamón y queso', '12000', 'un'),
        ('Flan casero con dulce de leche', '5600', 'un')]
SEGU = [('Instalación de cámara de seguridad IP', '55000', 'svc'), ('Cámara IP domo 4MP', '89000', 'un'), ('Fuente 12V 2A', '9500', 'un')]
TEXT = [('Sábanas 2 1/2 plazas 180 hilos', '46000', 'un'), ('Toallón 100% algodón 70x140', '19800', 'un'), ('Almohada de fibra siliconada 70x40', '17900', 'un'),
        ('Cortina de baño estampada', '12800', 'un'), ('Mantel antimanchas 1,50 x 2,50', '24500', 'un')]
FRUT = [('BANANA X KG', '2100', 'kg'), ('MANZANA ROJA X KG', '2600', 'kg'), ('NARANJA JUGO X KG', '1500', 'kg'), ('PALTA HASS UNIDAD', '1900', 'un'),
        ('FRUTILLA BANDEJA 500G', '4500', 'un'), ('PAPA NEGRA X KG', '1100', 'kg')]
FLET = [('Flete mudanza CABA - La Plata (camión 20 m3, 3 operarios)', '420000', 'svc'), ('Embalaje y materiales (cajas, film, esquineros)', '65000', 'svc')]
OPTI = [('Lentes de contacto mensuales x6', '38000', 'un'), ('Solución multipropósito 360 ml', '10900', 'un'), ('Armazón metálico al aire', '98000', 'un')]
VETE = [('Consulta clínica felina', '24000', 'svc'), ('Vacuna triple felina', '19000', 'un'), ('Alimento gato castrado 7,5 kg', '61000', 'un'),
        ('Piedras sanitarias 4 kg', '6800', 'un')]
FERR = [('Tornillo fix 6x40 caja x100', '3200', 'un'), ('Taco fischer N 8 x100', '2800', 'un'), ('Amoladora angular 115mm 850W', '78000', 'un'),
        ('Disco de corte metal 115mm', '1900', 'un'), ('Cinta métrica 5m', '6900', 'un'), ('Guantes de trabajo moteados', '2700', 'un')]
MUEB = [('Mesa de comedor de algarrobo 1,60 x 0,90 m', '780000', 'un'), ('Silla de algarrobo asiento de cuero', '165000', 'un')]
SOFT = [('Suscripción mensual sistema de turnos online', '85000', 'svc'), ('Módulo de facturación electrónica', '35000', 'svc'),
        ('Capacitación remota (2 horas)', '40000', 'svc')]
CARN = [('ASADO DE TIRA X KG', '13500', 'kg'), ('MATAMBRE X KG', '14900', 'kg'), ('CHORIZO PARRILLERO X KG', '9200', 'kg'), ('MOLLEJAS X KG', '21000', 'kg')]


C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U.M.', 'l'),
                 'unid': ('unit', 'Unidad', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
                 'pu': ('price', 'P. Unitario', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'pxu': ('price', 'Precio', 'r'),
                 'bon': ('bonif', '% Bonif', 'r'), 'bon2': ('bonif', 'Bonif. %', 'r'), 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', 'IVA %', 'r'),
                 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'), 'tot': ('amount', 'Total', 'r'), 'neto': ('amount', 'Importe Neto', 'r')}[x] for x in k]


def DOCS():
    return [
     # ---- g: glycorender (pure-Python canvas), single page each ----
     Doc('g01_fb_heladeria_qrimg', 3201, 'B', ['Heladería Polo Sur', 'Razón Social: POLO SUR HELADOS S.R.L.', 'Av. Pellegrini 1840 - Rosario'], 'POLO SUR HELADOS S.R.L.',
         HELA, cols=C('cant', 'desc', 'pu', 'imp'), buyer='cf', nstyle='deg', amt='dollar', total_label='TOTAL:'),
     Doc('g02_fc_bicicleteria_svc', 3202, 'C', ['SOSA MATIAS EZEQUIEL', 'Bicicletería Rodados Sosa', 'Calle 12 N 1450 - La Plata'], 'SOSA MATIAS EZEQUIEL',
         BICI, cols=C('desc', 'cant', 'pxu', 'imp'), buyer='dni', cuit_pre='20', nstyle='ptovta', dstyle='%d-%m-%Y', nitems=5, qr='nowww', qr_img=False),
     Doc('g03_fb_fiambreria_kg', 3203, 'B', ['Fiambrería La Cremosa', 'Lavalleja 820 - Villa Crespo'], 'Fiambrería La Cremosa', FIAM,
         cols=C('desc', 'cantidad', 'u', 'pu', 'imp'), buyer='cf', units='Un', nstyle='n', dstyle='%d.%m.%Y', nitems=6, discount=('Descuento pago efectivo 10%', '10')),
     Doc('g04_fa_computacion_tributos', 3204, 'A', ['Razón Social: TECNOPUNTO SUR S.A.', 'Av. Colón 1120 - Mar del Plata', 'ventas@tecnopuntosur.com.ar'],
         'TECNOPUNTO SUR S.A.', COMP, cols=C('cod', 'desc', 'cant', 'pu', 'piva', 'sub'), cuit_dash=True, rates=(21, 10.5, 21, 21, 21), nitems=4,
         taxes=[('Percepción IIBB Buenos Aires', '3'), ('Percepción IVA', '1.5')], nstyle='pv', qr_img=False),
     Doc('g05_fc_odontologa_qrfecha', 3205, 'C', ['OD. GALLARDO VALERIA INES', 'Odontología general', 'Belgrano 455 1° B - Neuquén'], 'OD. GALLARDO VALERIA INES',
         ODON, cols=C('det', 'imp'), nitems=3, buyer='dni', cuit_pre='27', dstyle='long', qr_bad='date', nstyle='nro'),
     Doc('g06_fb_vivero_bonif', 3206, 'B', ['Vivero El Ceibo', 'VIVERO EL CEIBO S.R.L.', 'Ruta 27 km 8 - Pilar'], 'VIVERO EL CEIBO S.R.L.', VIVE,
         cols=C('art', 'desc', 'cant', 'pru', 'bon', 'tot'), bonif=True, buyer='dni', nitems=5, amt='plain', nstyle='fact', qr='dmy'),
     Doc('g07_fa_corralon_totalmal', 3207, 'A', ['CORRALON SAN JOSE S.A.', 'Av. Hipólito Yrigoyen 9800 - Lomas de Zamora'], 'CORRALON SAN JOSE S.A.', MATE,
         cols=C('cantidad', 'desc', 'pu', 'alic', 'neto'), nitems=6, taxes=[('Percepción IIBB Buenos Aires', '2.5')], totals_delta='1000', nstyle='deg', qr_img=False),
     Doc('g08_fc_peluqueria_sinqr', 3208, 'C', ['Estética Bella Donna', 'de Martínez Rocío Belén', 'Sarmiento 233 - San Rafael'], 'Estética Bella Donna', PELU,
         cols=C('desc', 'cant', 'pu', 'imp'), buyer='cf', cuit_pre='27', qr=None, nitems=3, dstyle='%d/%m/%y', nstyle='n'),
     Doc('g09_fb_cafe_kg', 3209, 'B', ['Tostadero Café de la Plaza', 'Razón Social: CAFE DE LA PLAZA S.A.S.', '25 de Mayo 310 - Salta'], 'CAFE DE LA PLAZA S.A.S.',
         CAFE, cols=C('eanb', 'desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', units='UN', nitems=5, nstyle='pv2', qr='strings'),
     Doc('g10_fa_hosting_usd', 3210, 'A', ['Razón Social: NODO AUSTRAL HOSTING S.A.S.', 'Juramento 2089 Of. 7 - CABA'], 'NODO AUSTRAL HOSTING S.A.S.', HOST,
         cols=C('det', 'piva', 'imp'), currency='USD', nitems=3, cuit_dash=True, dstyle='long', nstyle='pv', qr_img=True),
     # ---- l: Lpdf (WASI engine), layout tables, vector QR ----
     Doc('l01_fa_electricidad_multipag', 3211, 'A', ['Electricidad Alem', 'Razón Social: MATERIALES ELECTRICOS ALEM S.R.L.', 'Av. Alem 1234 - Bahía Blanca'],
         'MATERIALES ELECTRICOS ALEM S.R.L.', ELEC, cols=C('code', 'desc', 'cant', 'unid', 'pu', 'bon2', 'piva', 'sub'), nitems=48, bonif=True, rates=(21, 21, 10.5),
         taxes=[('Percepción IIBB Buenos Aires', '2'), ('Impuestos Internos', '0.5')], nstyle='pv2'),
     Doc('l02_fc_gimnasio_svc', 3212, 'C', ['PEREYRA NICOLAS ANDRES', 'Gimnasio Energía Total', 'Rivadavia 780 - Mendoza'], 'PEREYRA NICOLAS ANDRES', GIM,
         cols=C('det', 'imp'), nitems=2, buyer='dni', cuit_pre='20', nstyle='deg', dstyle='%d/%m/%Y'),
     Doc('l03_fb_polleria_copias', 3213, 'B', ['Pollería Doña Chola', 'Mitre 566 - Santiago del Estero'], 'Pollería Doña Chola', POLL,
         cols=C('desc', 'cant', 'u', 'pxu', 'imp'), buyer='cf', copies=('ORIGINAL', 'DUPLICADO'), nitems=5, nstyle='n', dstyle='%d/%m/%y', units='u'),
     Doc('l04_fa_distribuidora_ean', 3214, 'A', ['DISTRIBUIDORA NORTE ALIMENTOS S.A.', 'Parque Industrial Lote 14 - San Miguel de Tucumán'],
         'DISTRIBUIDORA NORTE ALIMENTOS S.A.', DIST, cols=C('ean', 'desc', 'cantidad', 'pu', 'alic', 'imp'), nitems=8, rates=(21, 10.5), qty_dec=True,
         taxes=[('Percepción IIBB Tucumán', '1.5')], nstyle='nro', cuit_dash=True, rate_style='dec'),
     Doc('l05_fb_taller_qrnro', 3215, 'B', ['Taller Mecánico Los Hermanos', 'Razón Social: GOMEZ HERMANOS S.H.', 'Av. Perón 2300 - Merlo'], 'GOMEZ HERMANOS S.H.', AUTO,
         cols=C('desc', 'cant', 'pu', 'imp'), buyer='dni', nitems=5, qr_bad='number', nstyle='pv', amt='dollar0'),
     Doc('l06_fc_libreria_qrdmy', 3216, 'C', ['Librería Alfonsina', 'Moreno 90 - Paraná'], 'Librería Alfonsina', LIBR, cols=C('cant', 'desc', 'pu', 'imp'),
         buyer='cf', cuit_pre='27', nitems=4, qr='dmy', dstyle='dow', nstyle='fact'),
     Doc('l07_fa_estudio_juridico', 3217, 'A', ['Razón Social: ESTUDIO JURIDICO FERREYRA & ASOCIADOS S.R.L.', 'Tucumán 540 Piso 3 - Córdoba'],
         'ESTUDIO JURIDICO FERREYRA & ASOCIADOS S.R.L.', ESTU, cols=C('det', 'alic', 'imp'), nitems=2, dstyle='long', taxes=[('Percepción IIBB Córdoba', '2')],
         nstyle='pv', qr='nowww'),
     Doc('l08_fb_rotiseria_dto', 3218, 'B', ['Rotisería El Buen Sabor', 'Razón Social: EL BUEN SABOR S.A.S.', 'Av. San Martín 1400 - Resistencia'], 'EL BUEN SABOR S.A.S.',
         ROTI, cols=C('cant', 'desc', 'pu', 'sub'), buyer='cf', discount=('Bonificación jubilados 15%', '15'), nitems=4, amt='dollar', nstyle='deg'),
     Doc('l09_fc_seguridad_qrcuit', 3219, 'C', ['DIAZ FERNANDO GABRIEL', 'Instalaciones de seguridad', 'Urquiza 1500 - Concordia'], 'DIAZ FERNANDO GABRIEL', SEGU,
         cols=C('det', 'cant', 'pu', 'imp'), buyer='dni', cuit_pre='20', nitems=3, qr_bad='cuit', nstyle='n', cuit_dash=True),
     Doc('l10_fb_blanqueria_bonif', 3220, 'B', ['Blanquería Casa Olmos', 'CASA OLMOS TEXTIL S.R.L.', 'Av. Corrientes 2850 - CABA'], 'CASA OLMOS TEXTIL S.R.L.', TEXT,
         cols=C('code', 'desc', 'cant', 'pu', 'bon2', 'imp'), bonif=True, buyer='dni', nitems=5, nstyle='pv', dstyle='%d-%m-%Y'),
     # ---- d: docquill-rust PdfCanvasRenderer (Rust canvas), monospaced item table ----
     Doc('d01_fb_verduleria_kg', 3221, 'B', ['Frutería y Verdulería El Tano', 'Güemes 2700 - Santa Fe'], 'Frutería y Verdulería El Tano', FRUT,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', nitems=6, nstyle='ptovta', dstyle='%d/%m/%y', units='std'),
     Doc('d02_fc_fletes_svc', 3222, 'C', ['MEDINA JORGE LUIS', 'Fletes y mudanzas', 'Av. 7 N 1100 - La Plata'], 'MEDINA JORGE LUIS', FLET,
         cols=C('det', 'imp'), nitems=2, buyer='dni', cuit_pre='20', nstyle='nro', qr='strings'),
     Doc('d03_fa_ferreteria_copias', 3223, 'A', ['Ferretería Industrial Oeste', 'Razón Social: FERRETERIA INDUSTRIAL OESTE S.A.', 'Av. Rivadavia 18500 - Morón'],
         'FERRETERIA INDUSTRIAL OESTE S.A.', FERR, cols=C('cod', 'desc', 'cant', 'pu', 'piva', 'sub'), nitems=6, copies=('ORIGINAL', 'DUPLICADO', 'TRIPLICADO'),
         taxes=[('Percepción IIBB Buenos Aires', '3')], nstyle='pv2', cuit_dash=True),
     Doc('d04_fb_optica_totalmal', 3224, 'B', ['Óptica Visión Clara', 'Razón Social: VISION CLARA S.R.L.', 'San Juan 870 - Corrientes'], 'VISION CLARA S.R.L.', OPTI,
         cols=C('cant', 'desc', 'pu', 'imp'), buyer='dni', nitems=3, totals_delta='-250', amt='plain', nstyle='deg'),
     Doc('d05_fa_muebleria_qrtotal', 3225, 'A', ['MUEBLES DEL LITORAL', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'Ruta 11 km 450 - Reconquista'],
         'MUEBLES DEL LITORAL SOCIEDAD DE RESPONSABILIDAD LIMITADA', MUEB, cols=C('cant', 'desc', 'pu', 'alic', 'sub'), nitems=2, qr_bad='total', nstyle='n',
         taxes=[('Percepción IIBB Santa Fe', '2.5')]),
     Doc('d06_fc_veterinaria_dmy', 3226, 'C', ['Veterinaria San Roque', 'Av. Libertador 3300 - Vicente López'], 'Veterinaria San Roque', VETE,
         cols=C('desc', 'cant', 'pu', 'imp'), buyer='cf', cuit_pre='27', nitems=4, qr='dmy', dstyle='%d.%m.%Y', nstyle='fact'),
     Doc('d07_fb_distribuidora_multipag', 3227, 'B', ['Autoservicio Mayorista La Estrella', 'LA ESTRELLA DISTRIBUCIONES S.A.', 'Av. Mitre 4100 - Avellaneda'],
         'LA ESTRELLA DISTRIBUCIONES S.A.', DIST, cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), buyer='dni', nitems=40, rows_per_page=28,
         discount=('Descuento por volumen 5%', '5'), nstyle='pv', amt='dollar'),
     Doc('d08_fa_software_svc', 3228, 'A', ['Razón Social: TURNERO SOLUCIONES DIGITALES S.A.S.', 'Bv. San Juan 120 - Córdoba'], 'TURNERO SOLUCIONES DIGITALES S.A.S.',
         SOFT, cols=C('det', 'piva', 'imp'), nitems=3, dstyle='%d-%m-%Y', taxes=[('Otros Tributos', '1.2')], nstyle='deg', qr='nowww'),
     Doc('d09_fb_carniceria_copias', 3229, 'B', ['Carnicería El Novillo', 'Razón Social: NOVILLO DE ORO S.R.L.', 'Av. Mosconi 2900 - Villa Devoto'], 'NOVILLO DE ORO S.R.L.',
         CARN, cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', nitems=4, copies=('ORIGINAL', 'DUPLICADO'), units='UN', nstyle='n', dstyle='long'),
     Doc('d10_fa_lubricentro_bonif', 3230, 'A', ['Lubricentro Avenida', 'Razón Social: LUBRICENTRO AVENIDA S.R.L.', 'Av. Calchaquí 3500 - Quilmes'], 'LUBRICENTRO AVENIDA S.R.L.',
         AUTO, cols=C('desc', 'cant', 'pu', 'bon', 'alic', 'imp'), bonif=True, nitems=5, rates=(21,), nstyle='pv', qty_dec=True, qr='strings',
         taxes=[('Percepción IIBB Buenos Aires', '1.75')]),
    ]
