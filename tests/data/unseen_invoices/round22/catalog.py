"""Round 22: the 30 documents (products, issuers, options). Built into Doc objects of docs.py."""
from docs import Doc

TALLER = [('Cambio de aceite y filtro (mano de obra)', '38000', 'svc'), ('Filtro de aire motor', '14500', 'un'), ('Bujía iridio', '9800', 'un'),
          ('Líquido refrigerante 1L', '7400', 'un'), ('Alineación y balanceo', '42000', 'svc')]
FERR2 = [('MARTILLO GALPONERO 27MM', '16800', 'un'), ('DISCO DE CORTE 115MM', '1900', 'un'), ('TARUGO FISCHER N8 X50', '3100', 'un'),
         ('PINZA UNIVERSAL 8"', '14900', 'un'), ('CINTA METRICA 5M', '8700', 'un'), ('GUANTES MOTEADOS PAR', '2600', 'un')]
ELECT = [('Instalación de tablero seccional con disyuntor y dos térmicas', '95000', 'svc'), ('Cableado de tres bocas nuevas en living', '60000', 'svc'),
         ('Materiales eléctricos varios según remito 1182', '48500', 'svc')]
VERD2 = [('TOMATE REDONDO X KG', '2600', 'kg'), ('PAPA BLANCA X KG', '1100', 'kg'), ('NARANJA JUGO X KG', '1500', 'kg'), ('ACELGA ATADO', '1300', 'un'),
         ('MANZANA ROJA X KG', '2900', 'kg'), ('PALTA HASS', '2200', 'un')]
HOST = [('Hosting VPS 4GB - período mensual', '48000', 'svc'), ('Dominio .com.ar renovación anual', '12000', 'svc'), ('Certificado SSL comodín', '95000', 'svc')]
PSICO = [('Sesión de psicoterapia individual', '30000', 'svc'), ('Informe psicológico', '45000', 'svc')]
OPTI2 = [('Anteojo de sol polarizado', '98000', 'un'), ('Lente de contacto mensual (caja x6)', '36000', 'un'), ('Paño microfibra', '2500', 'un'),
         ('Armazón metálico liviano', '74000', 'un')]
CONST = [('Mano de obra colocación de cerámicos en baño y cocina (m2 según planilla)', '420000', 'svc'), ('Cemento portland bolsa 50kg', '9800', 'un'),
         ('Arena gruesa m3', '38000', 'un'), ('Adhesivo para cerámicos 30kg', '11500', 'un')]
PANA2 = [('Pan de campo x kg', '3400', 'kg'), ('Bizcochos de grasa x kg', '6800', 'kg'), ('Prepizza x3', '3900', 'un'), ('Alfajor de maicena', '1200', 'un')]
MAYO2 = [('ACEITE MEZCLA 1,5L', '3600', 'un'), ('AZUCAR COMUN 1KG', '1250', 'un'), ('HARINA 0000 1KG', '1150', 'un'), ('YERBA MATE C/PALO 1KG', '5100', 'un'),
         ('ARROZ PARBOIL 1KG', '2100', 'un'), ('POLENTA 500G', '990', 'un'), ('ATUN AL NATURAL 170G', '2600', 'un'), ('LAVANDINA 2L', '1500', 'un')]
MLSELL = [('Auriculares inalámbricos bluetooth con estuche de carga - negro', '28900', 'un'), ('Cable USB-C a USB-C 1m carga rápida', '6900', 'un'),
          ('Soporte de celular para auto con ventosa', '11900', 'un')]
DISE = [('Diseño de identidad visual (logo, paleta y tipografías)', '260000', 'svc'), ('Adaptación de piezas para redes sociales (10)', '90000', 'svc')]
BEB2 = [('FERNET 750ML', '12900', 'un'), ('CERVEZA RUBIA 1L RETORNABLE X12', '26000', 'un'), ('GASEOSA LIMA LIMON 2,25L X6', '19800', 'un'),
        ('AGUA SABORIZADA 1,5L X6', '12500', 'un'), ('VINO BLANCO TORRONTES 750ML X6', '38000', 'un')]
FARM2 = [('PARACETAMOL 500MG X16', '3200', 'un'), ('CREMA HIDRATANTE 200ML', '14800', 'un'), ('CEPILLO DENTAL MEDIO', '3900', 'un'),
         ('OMEPRAZOL 20MG X28', '8600', 'un'), ('SHAMPOO ANTICASPA 400ML', '11200', 'un')]
JARD2 = [('Mantenimiento mensual de parque', '70000', 'svc'), ('Fumigación de frutales', '35000', 'svc'), ('Plantines de estación', '1800', 'un')]
LIB3 = [('Libro El Eternauta edición integral', '45000', 'un'), ('Atlas geográfico escolar', '26000', 'un'), ('Cuaderno espiral A4 x84', '6900', 'un'),
        ('Repuesto hojas rayadas x96', '4800', 'un')]
CARN2 = [('BOLA DE LOMO X KG', '13900', 'kg'), ('MATAMBRE X KG', '15200', 'kg'), ('MILANESA DE NALGA X KG', '14800', 'kg'), ('POLLO ENTERO X KG', '3900', 'kg'),
         ('MORCILLA X KG', '6500', 'kg')]
ISP = [('Abono internet fibra óptica 300 Mb - diciembre', '28000', 'svc'), ('Alquiler de router wifi', '4500', 'svc'), ('Servicio técnico a domicilio', '15000', 'svc')]
BAZ2 = [('Set de ollas acero inoxidable x3', '89000', 'un'), ('Pava eléctrica 1,7L', '42000', 'un'), ('Tabla de picar bambú', '9800', 'un'),
        ('Mate de calabaza con virola', '15500', 'un'), ('Vaso térmico 500ml', '21000', 'un')]
REPU2 = [('Kit de distribución', '128000', 'un'), ('Bomba de agua', '74000', 'un'), ('Correa poly-V', '19500', 'un'), ('Termostato', '23000', 'un'),
         ('Junta tapa de cilindros', '31000', 'un')]
ALM2 = [('LECHE DESCREMADA 1L', '1500', 'un'), ('QUESO RALLADO 150G', '3900', 'un'), ('SALAME MILAN X KG', '16900', 'kg'), ('JAMON CRUDO X KG', '29000', 'kg'),
        ('MANTECA 200G', '3100', 'un'), ('PAN LACTAL 550G', '3500', 'un'), ('DULCE DE BATATA X KG', '4800', 'kg')]
KINE2 = [('Sesiones de rehabilitación de rodilla (8)', '160000', 'svc'), ('Magnetoterapia (4 aplicaciones)', '40000', 'svc')]
CORR = [('Ladrillo hueco 18x18x33', '980', 'un'), ('Hierro del 8 barra 12m', '9800', 'un'), ('Cal hidratada bolsa 25kg', '5600', 'un'),
        ('Malla sima 15x15 2x6m', '38000', 'un')]
LIB4 = [('Lapicera roller azul', '1900', 'un'), ('Block de hojas canson N5', '3400', 'un'), ('Goma de borrar doble', '800', 'un'), ('Mochila escolar 18"', '52000', 'un'),
        ('Regla 30cm', '1200', 'un')]
PLOM2 = [('Destapación de cloaca con máquina', '65000', 'svc'), ('Reemplazo de válvula de inodoro', '28000', 'svc'), ('Válvula de descarga doble', '21000', 'un')]
TRAN2 = [('Flete Buenos Aires - Mar del Plata, 2 pallets', '540000', 'svc'), ('Carga y descarga con autoelevador', '60000', 'svc')]
ROPA2 = [('Buzo frisa con capucha T-L', '42000', 'un'), ('Pantalón cargo gabardina T-44', '48000', 'un'), ('Zapatillas urbanas N 41', '96000', 'un'),
         ('Gorra trucker', '14000', 'un')]
VETE2 = [('Castración felino', '55000', 'svc'), ('Antiparasitario interno comprimido', '6500', 'un'), ('Collar isabelino talle M', '8900', 'un')]
AGRO2 = [('Semilla soja bolsa 40kg', '98000', 'un'), ('Inoculante soja 1 dosis', '14000', 'un'), ('Fosfato monoamónico bolsa 50kg', '72000', 'un'),
         ('Herbicida 2,4D 20L', '118000', 'un')]

C = lambda *k: [{'code': ('code', 'Código', 'l'), 'cod': ('code', 'Cód.', 'l'), 'art': ('code', 'Art.', 'l'), 'ean': ('ean', 'EAN', 'l'),
                 'eanb': ('ean', 'Cód. Barras', 'l'), 'cant': ('qty', 'Cant.', 'r'), 'cantidad': ('qty', 'Cantidad', 'r'), 'u': ('unit', 'U.M.', 'l'),
                 'unid': ('unit', 'Unidad', 'l'), 'desc': ('desc', 'Descripción', 'l'), 'det': ('desc', 'Detalle', 'l'), 'prod': ('desc', 'Producto / Servicio', 'l'),
                 'pu': ('price', 'P. Unitario', 'r'), 'pru': ('price', 'Precio Unit.', 'r'), 'bon': ('bonif', '% Bonif', 'r'), 'dto': ('bonif', 'Dto. %', 'r'),
                 'alic': ('rate', 'Alíc. IVA', 'r'), 'piva': ('rate', 'IVA %', 'r'), 'sub': ('amount', 'Subtotal', 'r'), 'imp': ('amount', 'Importe', 'r'),
                 'neto': ('amount', 'Importe Neto', 'r')}[x] for x in k]

def DOCS():
    return [
     # c: Aspose.CAD (DXF drawing -> PDF), vector QR (SOLID entities)
     Doc('c01_fa_taller_svc', 2201, 'A', ['Lubricentro Ruta 3', 'Razón Social: SERVICIOS MECANICOS DEL SUR S.R.L.', 'Av. Pres. Perón 2210 - San Justo'],
         'SERVICIOS MECANICOS DEL SUR S.R.L.', TALLER, cols=C('cod', 'desc', 'cant', 'pu', 'alic', 'neto'), rates=(21, 21, 10.5), nitems=5,
         taxes=[('Percepción IIBB Bs. As.', '2')], cuit_dash=True),
     Doc('c02_fb_ferreteria_ean', 2202, 'B', ['FERRETERIA INDUSTRIAL RIVADAVIA S.A.', 'Rivadavia 14520 - Haedo'], 'FERRETERIA INDUSTRIAL RIVADAVIA S.A.', FERR2,
         cols=C('ean', 'desc', 'cant', 'pu', 'dto', 'imp'), bonif=True, buyer='cf', nstyle='n', dstyle='%d-%m-%Y'),
     Doc('c03_fc_electricista_wrap', 2203, 'C', ['BENITEZ CARLOS ALBERTO', 'Electricista matriculado', 'Los Cedros 455 - Moreno'], 'BENITEZ CARLOS ALBERTO', ELECT,
         cols=C('det', 'imp'), nitems=3, buyer='dni', qr='nowww', cuit_pre='20', wrap=48, dlabel='Fecha:'),
     Doc('c04_fa_mayorista_perc', 2204, 'A', ['DISTRIBUIDORA LOS HERMANOS', 'SOCIEDAD ANONIMA', 'Ruta 9 km 41 - Escobar'], 'DISTRIBUIDORA LOS HERMANOS SOCIEDAD ANONIMA',
         MAYO2, cols=C('cantidad', 'art', 'desc', 'pru', 'piva', 'sub'), rates=(21, 10.5), nitems=7, taxes=[('Percepción IVA', '3'), ('Percepción IIBB Bs. As.', '1.5')],
         nstyle='fact', amt='plain'),
     Doc('c05_fb_verduleria_totalmal', 2205, 'B', ['Verdulería La Quinta', 'Av. Mitre 780 - Quilmes'], 'Verdulería La Quinta', VERD2,
         cols=C('desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', totals_delta='-200', dstyle='%d/%m/%y', unit_lbl='un.', cuit_pre='20'),
     Doc('c06_fa_hosting_usd', 2206, 'A', ['Razón Social: NODOSUR TECNOLOGIA S.A.S.', 'Av. Colón 5120 - Córdoba'], 'NODOSUR TECNOLOGIA S.A.S.', HOST,
         cols=C('det', 'alic', 'imp'), nitems=3, currency='USD', nstyle='nro', cuit_dash=True),
     Doc('c07_fc_psicologa_qrpv', 2207, 'C', ['LIC. SOSA VALERIA INES', 'Psicóloga - M.N. 48211', 'Güemes 3400 2° B - CABA'], 'LIC. SOSA VALERIA INES', PSICO,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr_bad='pos', cuit_pre='27', dstyle='long'),
     Doc('c08_fb_optica_dto', 2208, 'B', ['Óptica Visión Plus', 'Razón Social: VISION PLUS OPTICOS S.R.L.', 'San Martín 1190 - Rosario'], 'VISION PLUS OPTICOS S.R.L.',
         OPTI2, cols=C('cant', 'desc', 'pu', 'imp'), buyer='dni', discount=('Descuento 15% efectivo', '15'), qr='pretty', amt='dollar', nitems=4),
     Doc('c09_fa_construccion_wrap', 2209, 'A', ['CONSTRUCCIONES ALTOS DEL VALLE S.R.L.', 'Belgrano 455 - Neuquén'], 'CONSTRUCCIONES ALTOS DEL VALLE S.R.L.', CONST,
         cols=C('desc', 'cant', 'pu', 'piva', 'imp'), rates=(21, 21, 10.5, 21), nitems=4, wrap=44, taxes=[('Otros Tributos', '0.8')], nstyle='compnro'),
     Doc('c10_fc_panaderia_qrdmy', 2210, 'C', ['Panadería El Molino', 'Sarmiento 88 - Luján'], 'Panadería El Molino', PANA2, cols=C('desc', 'cantidad', 'unid', 'pu', 'imp'),
         buyer='cf', nstyle='fact', qr='dmy', cuit_pre='23', unit_lbl='unid.'),
     # o: Origami (Ruby), QR as an image XObject
     Doc('o01_fa_mayorista_multipag', 2211, 'A', ['ALMACEN MAYORISTA EL PROGRESO S.A.', 'Av. Sabattini 3900 - Córdoba'], 'ALMACEN MAYORISTA EL PROGRESO S.A.', MAYO2,
         cols=C('code', 'desc', 'cant', 'pu', 'alic', 'sub'), rates=(21, 10.5, 21), nitems=38, rate_style='decpct', rows_per_page=24,
         taxes=[('Percepción IIBB Córdoba', '2.5')], nstyle='pv'),
     Doc('o02_fb_mlseller_wrap', 2212, 'B', ['TecnoShop Online', 'Razón Social: MARQUEZ GUSTAVO ADRIAN', 'Venta por Mercado Libre - Villa Ballester'],
         'MARQUEZ GUSTAVO ADRIAN', MLSELL, cols=C('desc', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', wrap=46, cuit_pre='20', nstyle='n', amt='dollar'),
     Doc('o03_fc_disenadora_svc', 2213, 'C', ['PAZ MILAGROS', 'Diseño gráfico', 'Jujuy 1450 - Mar del Plata'], 'PAZ MILAGROS', DISE, cols=C('prod', 'imp'), nitems=2,
         buyer='cuit', cuit_pre='27', dstyle='long', cuit_dash=True),
     Doc('o04_fa_bebidas_internos', 2214, 'A', ['Bebidas El Pampa', 'Razón Social: EL PAMPA DISTRIBUCIONES S.R.L.', 'Ruta 5 km 3 - Santa Rosa'],
         'EL PAMPA DISTRIBUCIONES S.R.L.', BEB2, cols=C('cod', 'desc', 'cant', 'pu', 'dto', 'piva', 'neto'), bonif=True, rates=(21,), nitems=5,
         taxes=[('Impuestos Internos', '4'), ('Percepción IIBB La Pampa', '1.2')], nstyle='compnro'),
     Doc('o05_fb_farmacia_qrtotal', 2215, 'B', ['Farmacia Del Pueblo', 'FARMACIA DEL PUEBLO S.C.S.', 'Mitre 301 - Chivilcoy'], 'FARMACIA DEL PUEBLO S.C.S.', FARM2,
         cols=C('eanb', 'desc', 'cant', 'pu', 'imp'), buyer='dni', discount=('Descuento PAMI 50%', '50'), qr_bad='total', amt='plain'),
     Doc('o06_fc_jardinero_copias', 2216, 'C', ['ORTIZ RAMON ESTEBAN', 'Parques y jardines', 'Las Heras 77 - Tigre'], 'ORTIZ RAMON ESTEBAN', JARD2,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', copies=('ORIGINAL', 'DUPLICADO'), cuit_pre='20', dstyle='%d.%m.%Y'),
     Doc('o07_fa_libreria_exento', 2217, 'A', ['Librería Alfonsina', 'Razón Social: ALFONSINA LIBROS S.A.', 'Av. Santa Fe 2280 - CABA'], 'ALFONSINA LIBROS S.A.', LIB3,
         cols=C('cantidad', 'ean', 'desc', 'pu', 'piva', 'imp'), rates=(0, 0, 21, 21), nitems=4, qr='nowww', nstyle='nro'),
     Doc('o08_fb_carniceria_totalmal', 2218, 'B', ['Carnicería Los Amigos', 'Av. San Martín 2020 - Paraná'], 'Carnicería Los Amigos', CARN2,
         cols=C('desc', 'cant', 'u', 'pru', 'imp'), buyer='cf', totals_delta='350', dstyle='%d/%m/%y', cuit_pre='20'),
     Doc('o09_fa_internet_svc', 2219, 'A', ['REDES DEL LITORAL', 'COOPERATIVA DE PROVISION DE SERVICIOS LTDA.', 'Urquiza 900 - Concordia'],
         'REDES DEL LITORAL COOPERATIVA DE PROVISION DE SERVICIOS LTDA.', ISP, cols=C('det', 'piva', 'imp'), rates=(27, 21, 21), nitems=3, nstyle='pvnro',
         taxes=[('Percepción IIBB Entre Ríos', '2')]),
     Doc('o10_fb_bazar_qrpretty', 2220, 'B', ['Bazar La Esquina', 'Corrientes 4450 - Rosario'], 'Bazar La Esquina', BAZ2, cols=C('art', 'desc', 'cant', 'pu', 'bon', 'imp'),
         bonif=True, buyer='dni', qr='pretty', nstyle='pv', cuit_pre='27'),
     # p: PostScript::Simple (Perl) -> pstoedit PDF driver, vector QR
     Doc('p01_fa_repuestos_bonif', 2221, 'A', ['Repuestos Don Tito', 'Razón Social: REPUESTOS DON TITO S.R.L.', 'Av. Calchaquí 3300 - Florencio Varela'],
         'REPUESTOS DON TITO S.R.L.', REPU2, cols=C('code', 'desc', 'cant', 'pu', 'bon', 'alic', 'imp'), bonif=True, nitems=5, taxes=[('Percepción IIBB CABA', '3')],
         nstyle='pv', cuit_dash=True),
     Doc('p02_fb_almacen_multipag', 2222, 'B', ['Autoservicio Doña Marta', 'Belgrano 1200 - San Miguel de Tucumán'], 'Autoservicio Doña Marta', ALM2,
         cols=C('eanb', 'desc', 'cant', 'u', 'pu', 'imp'), buyer='cf', nitems=34, rows_per_page=26, nstyle='n', amt='dollar', cuit_pre='27'),
     Doc('p03_fc_kinesio_qrcuit', 2223, 'C', ['LIC. AGUIRRE MARTIN', 'Kinesiólogo - M.P. 3321', 'Independencia 950 - Salta'], 'LIC. AGUIRRE MARTIN', KINE2,
         cols=C('det', 'imp'), nitems=2, buyer='dni', qr_bad='cuit', cuit_pre='20', cuit_dash=True),
     Doc('p04_fa_corralon_copias', 2224, 'A', ['Corralón San Cayetano', 'Razón Social: MATERIALES SAN CAYETANO S.A.', 'Ruta 8 km 50 - Pilar'],
         'MATERIALES SAN CAYETANO S.A.', CORR, cols=C('art', 'desc', 'cantidad', 'pu', 'piva', 'sub'), nitems=4, copies=('ORIGINAL', 'DUPLICADO'),
         nstyle='fact', taxes=[('Percepción IIBB Bs. As.', '2')]),
     Doc('p05_fb_libreria_sinqr', 2225, 'B', ['LIBRERIA ESCOLAR EL ATENEO DEL SUR S.R.L.', 'Alsina 60 - Bahía Blanca'], 'LIBRERIA ESCOLAR EL ATENEO DEL SUR S.R.L.', LIB4,
         cols=C('code', 'cant', 'desc', 'pu', 'imp'), qr=None, amt='plain', buyer='cf', dstyle='long', dlabel='Fecha:'),
     Doc('p06_fc_plomero_qrdmy', 2226, 'C', ['CABRERA LUIS ALBERTO', 'Plomería - gas - cloacas', 'Pasaje Dorrego 18 - Lomas de Zamora'], 'CABRERA LUIS ALBERTO', PLOM2,
         cols=C('det', 'cant', 'pu', 'imp'), nitems=3, buyer='dni', qr='dmy', cuit_pre='20', dstyle='%d-%m-%Y'),
     Doc('p07_fa_flete_qrfecha', 2227, 'A', ['TRANSPORTE ATLANTICO S.A.', 'Av. Juan B. Justo 7000 - Mar del Plata'], 'TRANSPORTE ATLANTICO S.A.', TRAN2,
         cols=C('det', 'alic', 'imp'), nitems=2, qr_bad='date', nstyle='nro', taxes=[('Percepción IIBB Bs. As.', '2.5')]),
     Doc('p08_fb_ropa_dto', 2228, 'B', ['Tienda Urbana', 'Razón Social: URBANA INDUMENTARIA S.A.S.', 'Peatonal Córdoba 1020 - Rosario'], 'URBANA INDUMENTARIA S.A.S.', ROPA2,
         cols=C('cod', 'desc', 'cant', 'pu', 'imp'), buyer='dni', nitems=4, discount=('Bonificación pago contado 10%', '10'), nstyle='compnro'),
     Doc('p09_fc_veterinaria_qrnowww', 2229, 'C', ['Veterinaria San Roque', 'Av. Rivadavia 210 - Merlo'], 'Veterinaria San Roque', VETE2, cols=C('desc', 'cant', 'pu', 'imp'),
         nitems=3, buyer='dni', qr='nowww', cuit_pre='27', dstyle='%d/%m/%y'),
     Doc('p10_fa_agro_perciva', 2230, 'A', ['AGRO SERVICIOS LA CHACRA S.R.L.', 'Ruta 33 km 130 - Rufino'], 'AGRO SERVICIOS LA CHACRA S.R.L.', AGRO2,
         cols=C('code', 'desc', 'cantidad', 'pu', 'piva', 'imp'), rates=(10.5, 10.5, 21, 21), nitems=4, taxes=[('Percepción IVA', '1.5')], nstyle='nro', cuit_dash=True),
    ]
