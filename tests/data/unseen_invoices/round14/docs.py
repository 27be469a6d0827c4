"""The documents of round 14: one random.Random(seed) per document."""
import random, datetime
from decimal import Decimal as D
from core import Doc, Item, make_cuit, make_ean, r2

CAT = {  # description, price low, price high, unit, rate (Factura A), has EAN
 'ferreteria': [('TORNILLO AUTOPERFORANTE 8X1 1/2 X 100', 3200, 5900, 'un', '21', 1), ('CINTA AISLADORA 3M TEMFLEX 20 MTS', 1100, 2300, 'un', '21', 1),
   ('LLAVE TERMICA BIPOLAR 2X25A SICA', 9800, 16500, 'un', '21', 1), ('CABLE UNIPOLAR 2,5 MM2 ROLLO 100 M', 38000, 61000, 'un', '21', 1),
   ('SILICONA ACETICA TRANSPARENTE 280 ML', 2900, 4800, 'un', '21', 1), ('CAÑO PVC 110 MM X 4 M', 14500, 22000, 'un', '21', 0),
   ('MECHA WIDIA 8 MM EZETA', 1900, 3100, 'un', '21', 1), ('PINTURA LATEX INTERIOR 20 L BLANCO', 52000, 88000, 'un', '21', 1),
   ('BULONERIA SURTIDA', 2500, 6000, 'kg', '21', 0), ('CLAVOS PUNTA PARIS 2"', 3100, 4200, 'kg', '21', 0)],
 'farmacia': [('IBUPROFENO 400 MG X 20 COMP', 2800, 5200, 'un', '21', 1), ('AMOXICILINA 500 MG X 16 CAPS', 6500, 11000, 'un', '21', 1),
   ('PROTECTOR SOLAR FPS 50 200 ML', 14000, 23000, 'un', '21', 1), ('ALCOHOL EN GEL 250 ML', 1900, 3200, 'un', '21', 1),
   ('GASA ESTERIL 10X10 X 10 U', 900, 1800, 'un', '21', 1), ('SHAMPOO ANTICASPA 400 ML', 5200, 8900, 'un', '21', 1),
   ('PAÑALES PREMIUM TALLE G X 36', 18000, 29000, 'un', '21', 1), ('TERMOMETRO DIGITAL', 4500, 7800, 'un', '21', 1),
   ('LOSARTAN 50 MG X 30 COMP', 7200, 12500, 'un', '21', 1), ('CREMA HIDRATANTE CORPORAL 400 ML', 4900, 8600, 'un', '21', 1),
   ('JERINGA DESCARTABLE 5 ML', 250, 600, 'un', '21', 1), ('OMEPRAZOL 20 MG X 28 CAPS', 3900, 7400, 'un', '21', 1)],
 'verduleria': [('TOMATE REDONDO', 1800, 3500, 'kg', '10.5', 0), ('PAPA NEGRA', 700, 1400, 'kg', '10.5', 0),
   ('CEBOLLA', 800, 1500, 'kg', '10.5', 0), ('BANANA ECUADOR', 1900, 2900, 'kg', '10.5', 0), ('MANZANA RED DELICIOUS', 2100, 3300, 'kg', '10.5', 0),
   ('LECHUGA CRIOLLA', 900, 1900, 'un', '10.5', 0), ('ZAPALLO ANCO', 900, 1600, 'kg', '10.5', 0), ('LIMON', 1500, 2600, 'kg', '10.5', 0)],
 'carniceria': [('ASADO DE TIRA', 9500, 13500, 'kg', '10.5', 0), ('VACIO', 11000, 15500, 'kg', '10.5', 0), ('NALGA', 12000, 16500, 'kg', '10.5', 0),
   ('CARNE PICADA ESPECIAL', 7500, 10500, 'kg', '10.5', 0), ('POLLO ENTERO', 3200, 4600, 'kg', '10.5', 0), ('CHORIZO PURO CERDO', 6800, 9500, 'kg', '10.5', 0),
   ('CARBON VEGETAL BOLSA 4 KG', 4500, 6900, 'un', '21', 1), ('SAL GRUESA 1 KG', 900, 1500, 'un', '21', 1)],
 'libreria': [('CUADERNO RIVADAVIA ABC 50 HOJAS RAYADO', 2900, 4600, 'un', '21', 1), ('RESMA A4 75 G 500 HOJAS', 6500, 9900, 'un', '21', 1),
   ('BIROME BIC CRISTAL AZUL X 4', 1800, 3100, 'un', '21', 1), ('LIBRO EL ETERNAUTA EDICION INTEGRAL', 24000, 39000, 'un', '0', 1),
   ('LIBRO MANUAL SANTILLANA 5 BONAERENSE', 28000, 42000, 'un', '0', 1), ('CARPETA A4 3 ANILLOS', 3900, 6200, 'un', '21', 1),
   ('MARCADORES FIBRA X 12 FILGO', 3100, 5200, 'un', '21', 1), ('DICCIONARIO ESCOLAR LAROUSSE', 15000, 22000, 'un', '0', 1),
   ('CORRECTOR LIQUIDO 20 ML', 1100, 1900, 'un', '21', 1), ('GOMA DE BORRAR PELIKAN', 400, 900, 'un', '21', 1),
   ('REGLA 30 CM ACRILICO', 700, 1300, 'un', '21', 1), ('BLOCK DIBUJO N 5 EL NENE', 2200, 3600, 'un', '21', 1)],
 'internet': [('ABONO INTERNET FIBRA 300 MB', 21000, 32000, None, '27', 0), ('ALQUILER MODEM WIFI', 2500, 4200, None, '27', 0),
   ('IP FIJA', 5200, 8500, None, '21', 0), ('SERVICIO TECNICO A DOMICILIO', 9500, 16000, None, '21', 0)],
 'honorarios': [('HONORARIOS PROFESIONALES POR ASESORAMIENTO CONTABLE E IMPOSITIVO PERIODO', 120000, 260000, None, '21', 0),
   ('LIQUIDACION DE SUELDOS Y CARGAS SOCIALES (4 EMPLEADOS)', 45000, 90000, None, '21', 0),
   ('PRESENTACION DE DECLARACION JURADA GANANCIAS Y BIENES PERSONALES', 80000, 150000, None, '21', 0)],
 'vete': [('CONSULTA CLINICA CANINA', 12000, 18000, 'un', '21', 0), ('VACUNA SEXTUPLE', 14000, 21000, 'un', '21', 0),
   ('ALIMENTO BALANCEADO ADULTO 15 KG', 42000, 68000, 'un', '21', 1), ('PIPETA ANTIPULGAS 10-20 KG', 8500, 13500, 'un', '21', 1),
   ('DESPARASITARIO COMPRIMIDOS X 2', 4200, 7600, 'un', '21', 1), ('ALIMENTO SUELTO GATO', 4800, 7200, 'kg', '21', 0)],
 'mecanico': [('CAMBIO DE ACEITE Y FILTRO', 25000, 42000, 'un', '21', 0), ('PASTILLAS DE FRENO DELANTERAS', 38000, 61000, 'un', '21', 1),
   ('ACEITE SINTETICO 5W30 4 L', 42000, 65000, 'un', '21', 1), ('MANO DE OBRA ALINEACION Y BALANCEO', 18000, 29000, 'un', '21', 0),
   ('FILTRO DE AIRE', 9500, 16000, 'un', '21', 1), ('LAMPARA H4 12V', 3900, 6800, 'un', '21', 1)],
 'optica': [('ANTEOJO RECETADO ARMAZON ACETATO', 65000, 120000, 'un', '21', 0), ('CRISTALES ORGANICOS ANTIRREFLEJO PAR', 48000, 90000, 'un', '21', 0),
   ('LIQUIDO LENTES DE CONTACTO 360 ML', 9800, 14500, 'un', '21', 1), ('ESTUCHE RIGIDO', 3500, 6200, 'un', '21', 1)],
 'almacen': [('YERBA MATE PLAYADITO 1 KG', 3900, 5600, 'un', '21', 1), ('ACEITE GIRASOL NATURA 1,5 L', 2900, 4200, 'un', '21', 1),
   ('FIDEOS MATARAZZO TALLARIN 500 G', 1300, 2100, 'un', '21', 1), ('QUESO CREMOSO', 7800, 11200, 'kg', '21', 0),
   ('JAMON COCIDO FETEADO', 12000, 17500, 'kg', '21', 0), ('AZUCAR LEDESMA 1 KG', 1200, 1900, 'un', '21', 1),
   ('GALLETITAS TERRABUSI VARIEDAD 400 G', 2600, 3900, 'un', '21', 1), ('LECHE LA SERENISIMA 1 L', 1300, 1800, 'un', '21', 1)],
 'distribuidora': [('GASEOSA COLA 2,25 L X 6', 14000, 21000, 'un', '21', 1), ('AGUA MINERAL 2 L X 6', 5200, 8100, 'un', '21', 1),
   ('CERVEZA LATA 473 ML X 24', 32000, 46000, 'un', '21', 1), ('VINO MALBEC 750 ML X 6', 28000, 45000, 'un', '21', 1),
   ('JUGO EN POLVO X 20 SOBRES', 4200, 6900, 'un', '21', 1), ('HARINA 000 X 10 KG', 6200, 9400, 'un', '10.5', 1)],
}

PEOPLE = ['GOMEZ MARIA LAURA', 'FERNANDEZ JUAN PABLO', 'RODRIGUEZ SILVINA ANDREA', 'PEREYRA MARTIN OSCAR', 'SOSA CAROLINA BEATRIZ']
STREETS = ['Av. Rivadavia 4521', 'Belgrano 1187', 'San Martín 352', 'Av. Colón 2290', 'Mitre 845 Piso 2 Of. B', 'Sarmiento 1630']
CITIES = ['CABA', 'Rosario, Santa Fe', 'Córdoba', 'La Plata, Buenos Aires', 'Mendoza', 'Mar del Plata, Buenos Aires']

def build(name, seed, letter, kind, nitems, issuer, **o):
    rng = random.Random(seed)
    code = {'A': 1, 'B': 6, 'C': 11}[letter]
    legal, trade, mname = issuer  # printed legal name, printed trade name (or None), expected merchant name
    ic = make_cuit(rng, o.get('cuit_prefix', '30' if ('S.' in legal or 'SOCIEDAD' in legal) else '20'))
    pool = CAT[kind]
    items = []
    if o.get('cycle'): picks = [pool[i % len(pool)] for i in range(nitems)]
    elif nitems <= len(pool): picks = rng.sample(pool, nitems)
    else: picks = [rng.choice(pool) for _ in range(nitems)]
    prices, codes = {}, {}
    for i, (d, lo, hi, unit, rate, has_ean) in enumerate(picks):
        if d not in prices: prices[d] = D(rng.randrange(lo, hi)) + (D(rng.choice([0, 0, 50, 99])) / 100)
        price = prices[d]
        if o.get('currency') == 'USD': price = r2(price / D(o['ctz']))
        if o.get('price_net_from_gross') and letter == 'A':
            price = r2(price / (1 + D(rate) / 100))
        if unit is None and not o.get('services_qty'):
            qty = None
        elif unit == 'kg':
            qty = f'{D(rng.randrange(180, 3200)) / 1000:.3f}'
        else:
            n = rng.choice([1, 1, 1, 2, 2, 3, 4, 6])
            qty = f'{n}.00' if o.get('qty_dec') else str(n)
        unit = unit or 'un'
        if d not in codes:
            e = make_ean(rng) if (has_ean and o.get('ean_col')) else None
            codes[d] = (e, f'{rng.randrange(1000, 99999):0{o.get("code_len", 5)}d}' if o.get('code_col') and not e else None)
        ean, icode = codes[d]
        bonif = D(rng.choice([0, 0, 5, 10, 15])) if o.get('bonif_col') else None
        items.append(Item(d, qty, unit, price, D(rate) if letter == 'A' else None, ean=ean, code=icode, bonif=bonif))
    doc = Doc(name=name, seed=seed, letter=letter, code=code, kind=kind, items=items,
              legal_name=legal, trade_name=trade, merchant_name=mname, issuer_cuit=ic,
              issuer_addr=rng.choice(STREETS) + ' - ' + rng.choice(CITIES),
              issuer_iva={'A': 'IVA Responsable Inscripto', 'B': 'IVA Responsable Inscripto', 'C': 'Responsable Monotributo'}[letter],
              iibb=ic if rng.random() < .5 else f'901-{rng.randrange(100000, 999999)}-{rng.randrange(10)}',
              inicio=datetime.date(rng.randrange(1995, 2021), rng.randrange(1, 13), rng.randrange(1, 28)),
              pos=rng.choice([1, 2, 3, 4, 5, 7, 12, 21]), number=rng.randrange(120, 48000),
              date=datetime.date(2025, rng.randrange(1, 11), rng.randrange(1, 29)),
              cae='7' + ''.join(str(rng.randrange(10)) for _ in range(13)),
              currency=o.get('currency', 'ARS'), ctz=D(o.get('ctz', '1')),
              totals_discount=o.get('totals_discount'), perceptions=o.get('perceptions', []),
              fixed_taxes=o.get('fixed_taxes', []), total_offset=o.get('total_offset', 0),
              civa_column=o.get('civa', False), price_column=o.get('price_column', True),
              qr_mode=o.get('qr', 'vector'), qr_variants=o.get('qr_variants', ()), qr_override={},
              style=o.get('style', {}), copies=o.get('copies', ['ORIGINAL']), rng=rng)
    doc.cae_vto = doc.date + datetime.timedelta(days=10)
    if letter == 'A' or o.get('buyer_cuit'):
        doc.buyer_name = o.get('buyer', rng.choice(['ESTUDIO ALVAREZ & ASOCIADOS S.R.L.', 'CONSTRUCTORA DEL PLATA S.A.', 'LOGISTICA NORTE S.A.S.', 'MARTINEZ HERNAN DARIO']))
        doc.buyer_cuit = make_cuit(rng, '30' if 'S.' in doc.buyer_name else '20')
        doc.buyer_doc_type, doc.buyer_doc_nr = 80, doc.buyer_cuit
        doc.buyer_iva = 'IVA Responsable Inscripto'
    elif o.get('cf'):
        doc.buyer_name, doc.buyer_cuit, doc.buyer_doc_type, doc.buyer_doc_nr = 'CONSUMIDOR FINAL', None, 99, '0'
        doc.buyer_iva = 'Consumidor Final'
    else:
        doc.buyer_name = rng.choice(PEOPLE)
        doc.buyer_cuit = None; doc.buyer_doc_type = 96; doc.buyer_doc_nr = str(rng.randrange(14000000, 45000000))
        doc.buyer_iva = 'Consumidor Final'
    doc.buyer_addr = rng.choice(STREETS) + ' - ' + rng.choice(CITIES)
    doc.cond_venta = rng.choice(['Contado', 'Cuenta Corriente', 'Transferencia bancaria', 'Tarjeta de Débito'])
    doc.compute()
    ov = o.get('qr_override', {})
    for k, v in ov.items():
        if k == 'total': doc.qr_override['total'] = doc.total + D(v)
        elif k == 'number': doc.qr_override['number'] = doc.number + v
        elif k == 'date': doc.qr_override['date'] = (doc.date + datetime.timedelta(days=v)).isoformat()
        elif k == 'cuit': doc.qr_override['cuit'] = make_cuit(rng, '30')
    return doc

# Issuers: (printed legal name, trade name printed above it or None, expected merchant name)
def I(legal, trade=None, expect=None): return (legal, trade, expect or legal)

# style keys: head afip|right|banner, font Helvetica|Times, money ar|plain|dollar, date dmy/|dmy-|dmy.|dmy2,
# dashed cuit, numfmt pvnro|dash|banner, cols list, rs (print 'Razón Social:' label), wrap_name
DOCS = []
def add(prefix, gen, n, letter, what, kind, nitems, issuer, **o):
    name = f'{prefix}{n:02d}_f{letter.lower()}_{what}'
    seed = 1400 + len(DOCS) * 37 + n
    DOCS.append((name, gen, lambda: build(name, seed, letter, kind, nitems, issuer, **o), o.get('exercises', '')))

S = dict
# ---------------- FreeHEP (j) ----------------
add('j', 'freehep', 1, 'A', 'ferreteria_net', 'ferreteria', 7, I('DISTRIBUIDORA DE MATERIALES ELECTRICOS DEL LITORAL S.R.L.'), code_col=True,
    perceptions=[('Percepción IIBB CABA', D('3.00'))], exercises='A net, internal code column dropped, Razón Social wrapped over two lines, 21%, Percepción IIBB CABA, dashed CUITs',
    style=S(head='afip', rs=True, wrap_name=True, dashed=True, numfmt='pvnro', money='ar', date='dmy/', font='Helvetica',
            cols=['code', 'desc', 'qty', 'unit', 'price', 'rate', 'amount'], labels={'code': 'Código', 'desc': 'Producto / Servicio', 'qty': 'Cantidad', 'unit': 'U. Medida', 'price': 'Precio Unit.', 'rate': 'Alíc. IVA', 'amount': 'Subtotal'}))
add('j', 'freehep', 2, 'B', 'farmacia_ean', 'farmacia', 8, I('FARMACIA SAN JORGE S.C.S.', 'Farmacia San Jorge'), ean_col=True, cuit_prefix='30',
    totals_discount=('Descuento obra social 40%', D(40)), qr='image', exercises='B pharmacy, EAN-13 column, obra social totals discount, $ 1.234,56, trade name above unlabelled legal name, QR image',
    style=S(head='right', rs=False, dashed=False, numfmt='dash', money='dollar', date='dmy/', font='Helvetica',
            cols=['ean', 'desc', 'qty', 'price', 'amount'], labels={'ean': 'Cód. Barras', 'desc': 'Descripción', 'qty': 'Cant.', 'price': 'P. Unit.', 'amount': 'Importe'}))
add('j', 'freehep', 3, 'C', 'verduleria_kg', 'verduleria', 7, I('GOMEZ MARIA LAURA', None), cf=True, qr_variants=('nowww',),
    exercises='C greengrocer by kg to the gram, consumidor final, person as issuer (first line), 1234,56, QR host without www',
    style=S(head='banner', rs=False, dashed=True, numfmt='banner', money='plain', date='dmy-', font='Helvetica',
            cols=['qty', 'unit', 'desc', 'price', 'amount'], labels={'qty': 'Cantidad', 'unit': 'Unidad', 'desc': 'Detalle', 'price': 'Precio', 'amount': 'Importe'}))
add('j', 'freehep', 4, 'A', 'libreria_multipag', 'libreria', 44, I('LIBRERIA Y PAPELERIA EL ATENEO DEL SUR S.A.', 'El Ateneo del Sur'), ean_col=True, code_col=True, code_len=6,
    fixed_taxes=[('Importe Otros Tributos', '1250.00')], exercises='A bookshop, 44 lines over 2 pages, 21% + 0% books, EAN and internal codes mixed, Otros Tributos, QR on last page',
    style=S(head='afip', rs=True, dashed=False, numfmt='pvnro', money='ar', date='dmy/', font='Helvetica', multipage=True,
            cols=['ean', 'desc', 'qty', 'price', 'rate', 'amount'], labels={'ean': 'Código', 'desc': 'Descripción', 'qty': 'Cant.', 'price': 'Precio Unit.', 'rate': '% IVA', 'amount': 'Subtotal'}))
add('j', 'freehep', 5, 'B', 'ferreteria_totalmal', 'ferreteria', 6, I('CORRALON LOS ALAMOS S.R.L.', 'Corralón Los Álamos'), total_offset='-300.00',
    exercises='B hardware; printed total 300,00 below the sum -> totals_mismatch (QR carries the printed total)',
    style=S(head='right', rs=False, dashed=True, numfmt='dash', money='ar', date='dmy/', font='Times',
            cols=['qty', 'desc', 'price', 'amount'], labels={'qty': 'Cant.', 'desc': 'Descripción', 'price': 'Precio Unit.', 'amount': 'Importe'}))
add('j', 'freehep', 6, 'A', 'electro_usd', 'mecanico', 4, I('IMPORTADORA TECNICA AUSTRAL S.A.'), currency='USD', ctz='1045.50', price_net_from_gross=True,
    qr_variants=('strings',), exercises='A in USD (Moneda: USD, tipo de cambio), QR moneda DOL with ctz and every value a string',
    style=S(head='afip', rs=True, dashed=True, numfmt='pvnro', money='ar', date='dmy/', font='Helvetica', usd=True,
            cols=['desc', 'qty', 'price', 'rate', 'amount'], labels={'desc': 'Descripción', 'qty': 'Cantidad', 'price': 'Precio Unit. USD', 'rate': 'IVA %', 'amount': 'Subtotal USD'}))
add('j', 'freehep', 7, 'C', 'honorarios', 'honorarios', 2, I('PEREYRA MARTIN OSCAR', None), buyer_cuit=True, qr_variants=('fecha_dmy',), cycle=True,
    exercises='C professional fees without quantity (long wrapped concepts), buyer with CUIT, QR fecha dd/mm/yyyy',
    style=S(head='afip', rs=True, dashed=False, numfmt='pvnro', money='ar', date='dmy/', font='Times',
            cols=['desc', 'amount'], labels={'desc': 'Concepto', 'amount': 'Importe'}))
add('j', 'freehep', 8, 'A', 'ferreteria_copias', 'ferreteria', 6, I('HERRAJES Y BULONES CENTRO S.A.S.', 'Bulonera Centro'), bonif_col=True,
    perceptions=[('Percepción IVA', D('3.00'))], copies=['ORIGINAL', 'DUPLICADO'],
    exercises='A ORIGINAL / DUPLICADO pages (read once), Bonif. % line discounts, Percepción IVA',
    style=S(head='right', rs=False, dashed=False, numfmt='dash', money='ar', date='dmy.', font='Helvetica',
            cols=['qty', 'desc', 'price', 'bonif', 'rate', 'amount'], labels={'qty': 'Cant.', 'desc': 'Descripción', 'price': 'P. Unit.', 'bonif': 'Bonif. %', 'rate': 'Alíc. IVA', 'amount': 'Importe'}))
add('j', 'freehep', 9, 'B', 'optica_qrtotal', 'optica', 3, I('OPTICA VISION CLARA S.R.L.', 'Óptica Visión Clara'), qr_override={'total': '1500.00'},
    exercises='B optician; QR total 1500,00 higher than printed -> qr_mismatch',
    style=S(head='afip', rs=True, dashed=True, numfmt='pvnro', money='dollar', date='dmy/', font='Helvetica',
            cols=['desc', 'qty', 'price', 'amount'], labels={'desc': 'Producto', 'qty': 'Cantidad', 'price': 'Precio Unitario', 'amount': 'Subtotal'}))
add('j', 'freehep', 10, 'A', 'internet_civa', 'internet', 3, I('REDES DEL OESTE TELECOMUNICACIONES S.A.'), civa=True, services_qty=True, cycle=True, qty_dec=True,
    exercises='A internet 27% + 21%, net Subtotal and Subtotal c/IVA columns (prices_include_vat true)',
    style=S(head='afip', rs=True, dashed=False, numfmt='pvnro', money='ar', date='dmy/', font='Helvetica',
            cols=['desc', 'qty', 'price', 'rate', 'net', 'civa'], labels={'desc': 'Producto / Servicio', 'qty': 'Cantidad', 'price': 'Precio Unit.', 'rate': '% IVA', 'net': 'Subtotal', 'civa': 'Subtotal c/IVA'}))
add('j', 'freehep', 11, 'B', 'carniceria_bonif', 'carniceria', 6, I('FRIGORIFICO LA TRANQUERA S.A.', 'Carnicería La Tranquera'), bonif_col=True,
    qr='image', exercises='B butcher by kg, Bonif. column, trade name above legal name, QR image',
    style=S(head='right', rs=False, dashed=True, numfmt='dash', money='ar', date='dmy2', font='Helvetica',
            cols=['desc', 'qty', 'unit', 'price', 'bonif', 'amount'], labels={'desc': 'Artículo', 'qty': 'Cant.', 'unit': 'Unid.', 'price': 'Precio', 'bonif': 'Bonif.', 'amount': 'Importe'}))
add('j', 'freehep', 12, 'C', 'mecanico', 'mecanico', 5, I('TALLER EL PISTON', None), qty_dec=True,
    exercises='C mechanic, trade name alone as issuer (first line), 1,00 quantities, price before quantity',
    style=S(head='banner', rs=False, dashed=False, numfmt='banner', money='ar', date='dmy/', font='Times',
            cols=['desc', 'price', 'qty', 'amount'], labels={'desc': 'Descripción', 'price': 'Precio Unit.', 'qty': 'Cantidad', 'amount': 'Importe'}))
# ---------------- Text::PDF (k) ----------------
add('k', 'textpdf', 1, 'A', 'vete_perc', 'vete', 5, I('CLINICA VETERINARIA PATITAS SOCIEDAD ANONIMA', 'Veterinaria Patitas'),
    perceptions=[('Percepción IIBB Buenos Aires', D('2.50')), ('Percepción IVA', D('1.50'))],
    exercises='A vet, Times, two perceptions, SOCIEDAD ANONIMA spelled out under the fantasy name',
    style=S(head='right', rs=False, dashed=True, numfmt='dash', money='ar', date='dmy/', font='Times',
            cols=['desc', 'qty', 'price', 'rate', 'amount'], labels={'desc': 'Descripción', 'qty': 'Cantidad', 'price': 'Precio Unit.', 'rate': 'Alíc. IVA', 'amount': 'Subtotal'}))
add('k', 'textpdf', 2, 'B', 'libreria_cf', 'libreria', 6, I('PAPELERA DEL CENTRO S.R.L.'), ean_col=True, cf=True,
    exercises='B bookshop, EAN column, consumidor final, Razón Social label',
    style=S(head='afip', rs=True, dashed=False, numfmt='pvnro', money='ar', date='dmy/', font='Helvetica',
            cols=['ean', 'desc', 'qty', 'price', 'amount'], labels={'ean': 'Código', 'desc': 'Descripción', 'qty': 'Cant.', 'price': 'P. Unit.', 'amount': 'Subtotal'}))
add('k', 'textpdf', 3, 'C', 'optica', 'optica', 3, I('SOSA CAROLINA BEATRIZ', None), qr='image',
    exercises='C optician, person issuer, QR as image XObject',
    style=S(head='banner', rs=False, dashed=True, numfmt='banner', money='dollar', date='dmy/', font='Helvetica',
            cols=['qty', 'desc', 'price', 'amount'], labels={'qty': 'Cant.', 'desc': 'Descripción', 'price': 'Precio Unit.', 'amount': 'Importe'}))
add('k', 'textpdf', 4, 'A', 'carniceria_kg', 'carniceria', 7, I('FRIGORIFICO SAN CAYETANO S.A.'),
    perceptions=[('Percepción IIBB Córdoba', D('1.80'))], exercises='A butcher, kg lines at 10,5% and a 21% line, Percepción IIBB Córdoba',
    style=S(head='afip', rs=True, dashed=True, numfmt='pvnro', money='ar', date='dmy-', font='Helvetica',
            cols=['desc', 'qty', 'unit', 'price', 'rate', 'amount'], labels={'desc': 'Producto', 'qty': 'Cantidad', 'unit': 'U. Medida', 'price': 'Precio Unit.', 'rate': '% IVA', 'amount': 'Subtotal'}))
add('k', 'textpdf', 5, 'B', 'farmacia_multipag', 'farmacia', 42, I('FARMACIA CENTRAL ROSARIO S.A.', 'Farmacia Central'), ean_col=True,
    totals_discount=('Descuento jubilados 10%', D(10)), exercises='B pharmacy 42 lines over 2 pages, EAN column, jubilados totals discount',
    style=S(head='right', rs=False, dashed=False, numfmt='dash', money='ar', date='dmy/', font='Helvetica', multipage=True,
            cols=['ean', 'desc', 'qty', 'price', 'amount'], labels={'ean': 'EAN', 'desc': 'Descripción', 'qty': 'Cantidad', 'price': 'Precio Unit.', 'amount': 'Importe'}))
add('k', 'textpdf', 6, 'A', 'mecanico_qrnro', 'mecanico', 4, I('SERVICIOS AUTOMOTORES DEL NORTE S.R.L.'), qr_override={'number': 1},
    exercises='A mechanic; QR number one higher -> qr_mismatch',
    style=S(head='afip', rs=True, dashed=False, numfmt='pvnro', money='ar', date='dmy/', font='Times',
            cols=['qty', 'desc', 'price', 'rate', 'amount'], labels={'qty': 'Cant.', 'desc': 'Descripción', 'price': 'Precio Unit.', 'rate': 'IVA', 'amount': 'Importe'}))
add('k', 'textpdf', 7, 'B', 'mecanico', 'mecanico', 4, I('LUBRICENTRO RUTA 8 S.A.S.', 'Lubricentro Ruta 8'), qty_dec=True,
    exercises='B mechanic, 1,00 quantities, internal code column', code_col=True, code_len=4,
    style=S(head='right', rs=False, dashed=True, numfmt='dash', money='plain', date='dmy/', font='Helvetica',
            cols=['code', 'desc', 'qty', 'price', 'amount'], labels={'code': 'Art.', 'desc': 'Descripción', 'qty': 'Cant.', 'price': 'P. Unit.', 'amount': 'Total'}))
add('k', 'textpdf', 8, 'C', 'kiosco_sinqr', 'almacen', 5, I('DESPENSA DON TITO', None), qr=None,
    exercises='C grocery, trade name alone as issuer, no QR at all',
    style=S(head='banner', rs=False, dashed=False, numfmt='banner', money='ar', date='dmy/', font='Helvetica',
            cols=['qty', 'desc', 'price', 'amount'], labels={'qty': 'Cantidad', 'desc': 'Descripción', 'price': 'Precio', 'amount': 'Importe'}))
add('k', 'textpdf', 9, 'A', 'honorarios_otros', 'honorarios', 3, I('ESTUDIO CONTABLE RIVERO Y ASOCIADOS S.R.L.'), cycle=True,
    fixed_taxes=[('Otros Tributos', '2400.00')], qr='image', exercises='A accounting fees without quantity, Otros Tributos, QR image',
    style=S(head='afip', rs=True, wrap_name=True, dashed=True, numfmt='pvnro', money='ar', date='dmy/', font='Helvetica',
            cols=['desc', 'rate', 'amount'], labels={'desc': 'Concepto', 'rate': 'Alíc. IVA', 'amount': 'Importe Neto'}))
add('k', 'textpdf', 10, 'C', 'vete_qrfecha', 'vete', 4, I('FERNANDEZ JUAN PABLO', None), qr_override={'date': 1},
    exercises='C vet, person issuer; QR date one day later -> qr_mismatch',
    style=S(head='afip', rs=True, dashed=False, numfmt='pvnro', money='ar', date='dmy/', font='Times',
            cols=['desc', 'qty', 'price', 'amount'], labels={'desc': 'Descripción', 'qty': 'Cant.', 'price': 'Precio Unit.', 'amount': 'Subtotal'}))
add('k', 'textpdf', 11, 'B', 'internet', 'internet', 3, I('COOPERATIVA TELEFONICA DE VILLA ELISA LTDA.'), cuit_prefix='30', cycle=True, qr_variants=('strings', 'nowww'),
    exercises='B internet services without quantity, cooperative (Razón Social label), QR values as strings and host without www',
    style=S(head='afip', rs=True, wrap_name=False, dashed=True, numfmt='pvnro', money='ar', date='dmy/', font='Helvetica',
            cols=['desc', 'amount'], labels={'desc': 'Descripción', 'amount': 'Importe'}))
add('k', 'textpdf', 12, 'A', 'electro_bonif', 'ferreteria', 6, I('ELECTRO HOGAR MAYORISTA S.A.', 'ElectroHogar'), bonif_col=True, ean_col=True,
    exercises='A with EAN column and Bonif. % per line, fantasy name above legal name, dd-mm-yyyy',
    style=S(head='right', rs=False, dashed=False, numfmt='dash', money='ar', date='dmy-', font='Helvetica',
            cols=['ean', 'desc', 'qty', 'price', 'bonif', 'rate', 'amount'], labels={'ean': 'Cód.', 'desc': 'Descripción', 'qty': 'Cant.', 'price': 'P. Unit.', 'bonif': 'Bonif. %', 'rate': '% IVA', 'amount': 'Importe'}))
# ---------------- CUPS texttopdf (t) ----------------
add('t', 'texttopdf', 1, 'A', 'distribuidora', 'distribuidora', 6, I('DISTRIBUIDORA LOS HERMANOS S.R.L.'), ean_col=True,
    exercises='A ERP plain text, monospaced columns, EAN column, 21% + 10,5%', style=S(mono=1, money='ar', date='dmy/', dashed=True))
add('t', 'texttopdf', 2, 'B', 'almacen_kg', 'almacen', 7, I('ALMACEN LA ESQUINA', None), cf=True,
    exercises='B grocery plain text, kg and counted lines, consumidor final, 1234,56', style=S(mono=2, money='plain', date='dmy/', dashed=False))
add('t', 'texttopdf', 3, 'C', 'servicios', 'honorarios', 2, I('RODRIGUEZ SILVINA ANDREA', None), cycle=True, qr_variants=('nowww',),
    exercises='C services without quantity, plain text, QR host without www', style=S(mono=3, money='ar', date='dmy.', dashed=True))
add('t', 'texttopdf', 4, 'A', 'ferreteria_totalmal', 'ferreteria', 5, I('FERRETERIA INDUSTRIAL SUR S.A.'), code_col=True, total_offset='250.00',
    exercises='A plain text; printed total 250,00 above the sum -> totals_mismatch', style=S(mono=1, money='ar', date='dmy/', dashed=False))
add('t', 'texttopdf', 5, 'A', 'vete_perc', 'vete', 5, I('AGROVETERINARIA EL CEIBO S.A.'), perceptions=[('Percepción IIBB Santa Fe', D('2.00'))],
    totals_discount=('Bonificación pago contado 5%', D(5)), exercises='A plain text, totals-block discount, Percepción IIBB', style=S(mono=2, money='ar', date='dmy/', dashed=True))
add('t', 'texttopdf', 6, 'C', 'verduleria_kg', 'verduleria', 6, I('FRUTERIA LOS ANDES', None), buyer_cuit=True,
    exercises='C greengrocer plain text, kg to the gram, buyer with CUIT, 2-digit year, $ 1.234,56', style=S(mono=3, money='dollar', date='dmy2', dashed=False))
