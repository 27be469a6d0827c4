"""The 32 documents of round 5, each from its own random.Random(seed)."""
import random, datetime
from decimal import Decimal as D
from core import make_cuit, ean13, dash_cuit
from model import Item, build

d = datetime.date
R21, R105, R27 = D("21"), D("10.5"), D("27")


def P(x):
    return D(str(x))


def mk(name, gen, kind, seed, fn):
    rng = random.Random(seed)
    return fn(name, gen, kind, rng)


def cuits(rng, kind):
    return make_cuit(rng, "30" if kind != "C" else rng.choice(["20", "27"])), make_cuit(rng, rng.choice(["20", "27"]))


DOCS = []


def doc(name, gen, kind, seed):
    def deco(fn):
        DOCS.append((name, gen, kind, seed, fn))
        return fn
    return deco


# ------------------------------------------------------------------ Qt rich text (QTextDocument)
@doc("q01_fb_qthtml_ml_auriculares", "qthtml", "B", 501)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Auriculares Bluetooth JBL Tune 520BT Negro\nOperación ML #2000009876543210", P(1), P("58999.00"), ean=ean13(rng), unit="un"),
             Item("Funda silicona para estuche de auriculares", P(2), P("4500.00"), ean=ean13(rng), unit="un")]
    return build(name, gen, kind, rng, merchant="AUDIOMAX DIGITAL S.R.L.", cuit=cu, merchant_label="Razón Social:",
                 issuer_extra=["Domicilio Comercial: Av. Rivadavia 8123 - CABA", "Condición frente al IVA: IVA Responsable Inscripto"],
                 pos=3, number=1234, date=d(2026, 3, 12), items=items, columns=["code", "desc", "qty", "price", "amount"],
                 buyer_lines=["Razón Social: GONZALEZ MARIA LAURA", "DNI: 28456789", "Condición frente al IVA: Consumidor Final"],
                 total_label="Importe Total:", subtotal_label="Subtotal:", money_style="dollar", qr_size=90)


@doc("q02_fa_qthtml_deportes_perc", "qthtml", "A", 502)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    bc = make_cuit(rng, "30")
    items = [Item("Pelota de fútbol Adidas Al Rihla N5", P(4), P("28925.62"), R21, code="DEP-0451", unit="un"),
             Item("Red de arco reglamentaria 7,32 x 2,44 m\npolietileno 3 mm", P(2), P("61157.02"), R21, code="DEP-1120", unit="un"),
             Item("Conos de entrenamiento x 10", P(3), P("8264.46"), R21, code="DEP-0077", unit="un")]
    return build(name, gen, kind, rng, merchant="DEPORTES NORTE S.A.", cuit=cu,
                 issuer_extra=["Av. Maipú 2650 - Olivos, Buenos Aires", "IVA Responsable Inscripto", "Ing. Brutos: 902-345678-1"],
                 pos=7, number=20331, date=d(2026, 3, 4), items=items, date_label="Fecha:", date_style="slash",
                 number_label="Nº {pos4}-{num8}", columns=["code", "desc", "qty", "price", "rate", "net"], show_rate=True,
                 buyer_lines=[f"Señor(es): CLUB ATLÉTICO VILLA ADELINA", f"CUIT: {dash_cuit(bc)}", "IVA Responsable Inscripto"],
                 taxes=[("Percepción IIBB CABA", "3,00%", P(3))], subtotal_label="Subtotal Neto:", total_label="TOTAL:",
                 cond_venta="Condición de venta: Cuenta corriente 30 días", buyer_cuit=bc, qr_size=100)


@doc("q03_fc_qthtml_nutricionista_noqty", "qthtml", "C", 503)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Consulta nutricional inicial con\nplan de alimentación personalizado", price=P("35000.00")),
             Item("Control antropométrico mensual", price=P("18000.00"))]
    return build(name, gen, kind, rng, merchant="LIC. VALERIA S. MONTERO", cuit=cu, issuer_align="right",
                 issuer_extra=["Nutricionista - M.N. 5123", "Monotributo", "Mendoza 1450 - Rosario"],
                 pos=2, number=412, date=d(2026, 3, 12), date_style="long", date_label="Fecha:",
                 letter_code_text="Código N° 11", number_label="Comprobante Nro. {pos4}-{num8}", items=items,
                 columns=[("desc", "Concepto"), ("amount", "Importe")], buyer_lines=["Apellido y Nombre: RUIZ CAROLINA", "Consumidor Final"],
                 total_label="Total:", subtotal_label="Subtotal:", money_style="dollar", qr_variant="nowww", qr_size=75)


@doc("q04_fb_qthtml_luz_bill_pretty", "qthtml", "B", 504)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Cargo fijo", price=P("4850.33")),
             Item("Cargo variable 312 kWh", price=P("38912.71")),
             Item("Contribución municipal", price=P("1302.00"))]
    return build(name, gen, kind, rng, merchant="EMPRESA DISTRIBUIDORA DE ENERGÍA ATLÁNTICA S.A.", cuit=cu,
                 issuer_extra=["Av. Luro 5432 - Mar del Plata", "IVA Responsable Inscripto"],
                 pos=21, number=3345127, date=d(2026, 3, 2), date_label="Fecha de Emisión:", date_style="dot",
                 number_label="Punto de Venta: {pos4}  Comp. Nro: {num8}", items=items, letter_code_text="COD. 06",
                 columns=[("desc", "Concepto"), ("amount", "Importe")],
                 buyer_lines=["Titular: PEREYRA JORGE ALBERTO", "Domicilio de suministro: Alberti 2210 - Mar del Plata", "Nro. de cliente: 0041-223344"],
                 extra_lines=["Período facturado: 01/01/2026 al 28/02/2026", "Lectura anterior (31/12/2025): 18220   Lectura actual (27/02/2026): 18532",
                              "Consumo del período: 312 kWh", "1er. Vencimiento: 20/03/2026   2do. Vencimiento: 30/03/2026"],
                 taxes=[("Percepción IIBB Bs. As.", "1,50%", P("1.5")), ("Impuesto Ley 11.769", "", P("0.6"))],
                 total_label="TOTAL A PAGAR:", subtotal_label="Subtotal:", qr_variant="pretty", money_style="dollar", qr_size=125)


@doc("q05_fb_qthtml_jugueteria_desc", "qthtml", "B", 505)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Set de bloques de construcción 500 piezas", P(1), P("42990.00"), ean=ean13(rng), unit="un"),
             Item("Muñeca articulada con accesorios", P(2), P("18500.00"), ean=ean13(rng), unit="un"),
             Item("Rompecabezas 1000 piezas paisaje", P(1), P("12750.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="EL MUNDO DEL JUGUETE S.R.L.", cuit=cu, issuer_align="center",
                 issuer_extra=["Av. Colón 1820 - Córdoba", "IVA Responsable Inscripto - Inicio de Actividades: 01/08/2011"],
                 pos=5, number=8812, date=d(2026, 3, 14), date_label="Emitida el", date_style="dash2",
                 number_label="Comp. Nro: {pos4}-{num8}", items=items, columns=["qty", "code", "desc", "price", "amount"],
                 buyer_lines=["Cliente: CONSUMIDOR FINAL"], discount=("Descuento pago efectivo 10%", P(10)),
                 total_label="TOTAL $", qr_variant="strings", qr_size=70)


@doc("q06_fb_qthtml_colegio", "qthtml", "B", 506)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Cuota marzo 2026 - Nivel Primario 4to grado", price=P("185000.00")),
             Item("Comedor marzo 2026", price=P("62000.00")),
             Item("Materiales didácticos", price=P("15500.00"))]
    return build(name, gen, kind, rng, merchant="ASOCIACIÓN CIVIL COLEGIO SAN PATRICIO", cuit=cu,
                 issuer_extra=["Av. Santa Fe 3344 - CABA", "IVA Responsable Inscripto"], pos=1, number=9921, date=d(2026, 3, 1),
                 date_label="Fecha de Emisión:", date_style="slash", number_label="Comprobante Nro. {pos4}-{num8}",
                 items=items, columns=[("desc", "Detalle"), ("amount", "Total")],
                 buyer_lines=["Responsable de pago: FERNÁNDEZ DIEGO MARTÍN", "Alumno: FERNÁNDEZ TOMÁS"],
                 extra_lines=["Vencimiento: 10/03/2026"], totals_style="row", qr_size=80)


# ------------------------------------------------------------------ Qt QPainter on QPdfWriter
@doc("p01_fa_qpainter_ferreteria_multipage", "qpainter", "A", 601)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    bc = make_cuit(rng, "20")
    prods = ["Tornillo autoperforante 8x1/2 x100", "Tarugo nylon 8 mm x100", "Mecha acero rápido 6 mm", "Cinta métrica 5 m",
             "Llave francesa 10\"", "Destornillador Phillips PH2", "Martillo galponero 27 mm", "Cinta aisladora 20 m",
             "Lija al agua grano 220", "Pincel N° 20 cerda", "Rodillo lana 22 cm", "Sellador silicona 280 ml",
             "Cable unipolar 2,5 mm x metro", "Tomacorriente doble 10A", "Interruptor de luz simple", "Caño PVC 40 mm x 4 m",
             "Codo PVC 40 mm 90°", "Teflón 3/4 x 10 m", "Llave de paso 1/2", "Guante de trabajo moteado",
             "Disco de corte 115 mm", "Pinza universal 8\"", "Nivel de aluminio 40 cm", "Escuadra carpintero 30 cm",
             "Candado bronce 40 mm", "Bisagra 3\" zincada", "Clavos punta París 2\" caja 500 g", "Alambre galvanizado N°16 rollo",
             "Pegamento contacto 250 g", "Masilla para madera 500 g", "Cepillo de acero", "Espátula 8 cm",
             "Trapo de piso gris", "Balde plástico 10 l", "Manguera 1/2 x 15 m", "Aceite lubricante 3 en 1",
             "Tenaza 8\"", "Cutter profesional 18 mm", "Hoja de sierra bimetal", "Broca para madera 10 mm"]
    items = []
    for i, p in enumerate(prods):
        items.append(Item(p, P(rng.randint(1, 12)), P(rng.randint(900, 19000)) + P(rng.randint(0, 99)) / 100,
                          R21 if i % 7 else R105, code=f"{rng.randint(10000, 99999)}", unit="un"))
    return build(name, gen, kind, rng, merchant="FERRETERÍA INDUSTRIAL LANÚS S.A.", cuit=cu,
                 issuer_extra=["Hipólito Yrigoyen 4410 - Lanús", "IVA Responsable Inscripto"],
                 pos=4, number=33187, date=d(2026, 3, 9), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 number_label="Punto de Venta: {pos4}  Comp. Nro: {num8}",
                 columns=[("code", "Artículo"), ("desc", "Descripción"), ("qty", "Cantidad"), ("price", "P. Unitario"), ("rate", "Alícuota IVA"), ("net", "Subtotal")],
                 show_rate=True, buyer_lines=[f"Razón Social: SOSA HÉCTOR RAÚL", f"CUIT: {bc}", "Domicilio: Pasco 120 - Lanús"],
                 buyer_cuit=bc, taxes=[("Percepción IIBB Bs. As.", "2,00%", P(2))], totals_style="grid",
                 subtotal_label="Importe Neto Gravado:", qr_page="last", repeat_header=True, rows_per_page=26, qr_size=95)


@doc("p02_fb_qpainter_farmacia_rowdisc", "qpainter", "B", 602)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("IBUPROFENO 600 MG X 20 COMP", P(2), P("8450.00"), ean=ean13(rng), unit="un"),
             Item("AMOXICILINA 500 MG X 16 CAPS", P(1), P("14200.00"), ean=ean13(rng), unit="un"),
             Item("PROTECTOR SOLAR FPS 50 200 ML", P(1), P("23990.00"), ean=ean13(rng), unit="un"),
             Item("ALCOHOL EN GEL 250 ML", P(3), P("2890.00"), ean=ean13(rng), unit="un")]
    return build(name, gen, kind, rng, merchant="FARMACIA DEL PUEBLO S.C.S.", cuit=cu,
                 issuer_extra=["9 de Julio 455 - Tandil", "IVA Responsable Inscripto"], pos=2, number=55410,
                 date=d(2026, 3, 10), items=items, date_label="Fecha:", date_style="dash4",
                 number_label="Nº {pos4}-{num8}", letter_code_text="Cod. 006",
                 columns=[("code", "Código"), ("desc", "Producto"), ("qty", "Cant."), ("price", "P. Unitario"), ("amount", "Importe")],
                 buyer_lines=["Señor(es): LÓPEZ ANA BEATRIZ", "Obra social: OSDE 210 - Afiliado 61 234567 8 01"],
                 table_discount=("Descuento obra social 40% Amoxicilina", P("5680.00")), qr_size=85)


@doc("p03_fb_qpainter_ropa_3copies", "qpainter", "B", 603)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Jean mom fit celeste talle 38", P(1), P("54900.00"), code="JN-3812", unit="un"),
             Item("Remera algodón peinado blanca M", P(3), P("15900.00"), code="RM-0105", unit="un"),
             Item("Campera rompeviento impermeable\ncon capucha - verde oliva L", P(1), P("89900.00"), code="CP-7740", unit="un")]
    return build(name, gen, kind, rng, merchant="TEXTIL PALERMO S.A.", cuit=cu, issuer_align="right",
                 issuer_extra=["Honduras 4890 - CABA", "IVA Responsable Inscripto"], pos=11, number=70021,
                 date=d(2026, 3, 7), items=items, date_label="Fecha Emisión:", date_style="slash",
                 number_label="FACTURA {letter} N° {pos5}-{num8}", letter_code_text="COD. 06",
                 columns=[("code", "Artículo"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("amount", "Subtotal")],
                 buyer_lines=["Sr./Sra.: MEDINA LUCÍA", "Consumidor Final"], copies=["ORIGINAL", "DUPLICADO", "TRIPLICADO"],
                 money_style="glued", qr_size=80)


@doc("p04_fa_qpainter_software_usd", "qpainter", "A", 604)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    bc = make_cuit(rng, "20")
    items = [Item("Licencia anual software de gestión\nPlan Pyme - 3 usuarios", P(1), P("480.00"), R21, unit="un"),
             Item("Soporte técnico remoto (horas)", P(5), P("35.00"), R21, unit="un")]
    return build(name, gen, kind, rng, merchant="NUBESOFT ARGENTINA S.A.", cuit=cu,
                 issuer_extra=["Ing. Butty 240 piso 8 - CABA", "IVA Responsable Inscripto"], pos=6, number=1502,
                 date=d(2026, 3, 16), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 columns=[("desc", "Descripción"), ("qty", "Cantidad"), ("price", "Precio Unit. U$S"), ("rate", "IVA %"), ("net", "Importe U$S")],
                 show_rate=True, buyer_lines=[f"Razón Social: ALVAREZ PABLO ESTEBAN", f"CUIT: {dash_cuit(bc)}"], buyer_cuit=bc,
                 extra_lines=["Moneda: USD - Dólar Estadounidense", "Tipo de cambio: $ 1.215,75"],
                 currency="USD", ctz=P("1215.75"), total_label="Importe Total U$S:", subtotal_label="Subtotal U$S:",
                 footer_extra=["Importe total expresado en pesos: {pesos}"], qr_size=90)


@doc("p05_fb_qpainter_lavadero_qrimporte_flag", "qpainter", "B", 605)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Lavado completo exterior e interior - auto mediano", P(1), P("18000.00"), unit="un"),
             Item("Encerado con cera carnauba", P(1), P("12000.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="LAVADERO EL BRILLO S.R.L.", cuit=cu,
                 issuer_extra=["Ruta 8 km 52 - Pilar", "IVA Responsable Inscripto"], pos=1, number=4410,
                 date=d(2026, 3, 15), items=items, date_label="Fecha:", date_style="slash2",
                 number_label="Nro. {pos4}-{num8}", letter_style="inline", letter_code_text="CODIGO 06",
                 columns=[("qty", "Cant."), ("desc", "Servicio"), ("price", "Precio"), ("amount", "Importe")],
                 buyer_lines=["Cliente: Consumidor Final"], qr_tamper=("importe", 33000.0), qr_size=80)


# ------------------------------------------------------------------ PDFBox
@doc("b01_fa_pdfbox_electro_civa", "pdfbox", "A", 701)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    bc = make_cuit(rng, "20")
    items = [Item("Heladera No Frost 364 L Acero", P(1), P("1156198.35"), R21, code="HEL-364NF", unit="un"),
             Item("Microondas digital 20 L blanco", P(1), P("165289.26"), R21, code="MIC-20B", unit="un"),
             Item("Libro de recetas para microondas", P(1), P("18099.55"), R105, code="LIB-0031", unit="un")]
    return build(name, gen, kind, rng, merchant="ELECTRO HOGAR CENTRO S.A.", cuit=cu, merchant_label="Razón Social:",
                 issuer_extra=["Domicilio Comercial: San Martín 980 - Paraná", "Condición frente al IVA: IVA Responsable Inscripto"],
                 pos=3, number=1234, date=d(2026, 3, 12), items=items, civa=True, show_rate=True,
                 columns=[("code", "Código"), ("desc", "Producto / Servicio"), ("qty", "Cantidad"), "unit", ("price", "Precio Unit."), ("rate", "Alícuota IVA"), ("net", "Subtotal"), ("civa", "Subtotal c/IVA")],
                 buyer_lines=[f"CUIT: {bc}", "Apellido y Nombre / Razón Social: CASTRO MARTÍN ARIEL", "Condición frente al IVA: IVA Responsable Inscripto"],
                 buyer_cuit=bc, net_label="Importe Neto Gravado: $", vat_label="IVA {r}%: $", total_label="Importe Total: $",
                 cond_venta="Condición de venta: Contado", qr_size=100)


@doc("b02_fc_pdfbox_arquitecta_ddmm", "pdfbox", "C", 702)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Honorarios proyecto de ampliación vivienda\nunifamiliar - etapa anteproyecto (40%)", P(1), P("640000.00"), unit="un"),
             Item("Relevamiento y planos municipales", P(1), P("210000.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="ARQ. NATALIA B. SORIA", cuit=cu, issuer_align="left",
                 issuer_extra=["Arquitecta - Matrícula CAPBA 21345", "Responsable Monotributo", "Calle 12 N° 1120 - La Plata"],
                 pos=3, number=1234, date=d(2026, 3, 12), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 number_label="FACTURA {letter} N° {pos5}-{num8}", letter_code_text="Código N° 11", doc_title="ORIGINAL",
                 columns=[("desc", "Detalle"), ("qty", "Cant."), ("price", "P. Unitario"), ("amount", "Importe")],
                 buyer_lines=["Señor(es): GIMÉNEZ ROBERTO CARLOS", "Domicilio: Calle 7 N° 880 - La Plata", "Consumidor Final"],
                 total_label="Importe Total:", qr_variant="ddmmyyyy", money_style="dollar", qr_size=110,
                 cond_venta="Forma de pago: Transferencia bancaria")


@doc("b03_fb_pdfbox_agua_cut255", "pdfbox", "B", 703)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Servicio de agua potable - cargo fijo", price=P("6210.40")),
             Item("Servicio de desagües cloacales", price=P("5588.12")),
             Item("Consumo excedente 14 m3", price=P("3920.00"))]
    return build(name, gen, kind, rng, merchant="AGUAS DEL LITORAL S.A.", cuit=cu,
                 issuer_extra=["Bv. Gálvez 1250 - Santa Fe", "IVA Responsable Inscripto"], pos=15, number=2245871,
                 date=d(2026, 3, 3), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 number_label="FACTURA {letter} N° {pos5}-{num8}", letter_code_text="COD. 006",
                 columns=[("desc", "Concepto"), ("amount", "Importe")],
                 buyer_lines=["Titular: ROMERO SILVIA INÉS", "Suministro: 1120456 - Urquiza 3310 - Santa Fe"],
                 extra_lines=["Período: 02/2026 (bimestral)", "Consumo medido: 44 m3  Lectura anterior: 1522  Lectura actual: 1566",
                              "Vencimiento: 18/03/2026  -  2do. Vencimiento: 27/03/2026"],
                 taxes=[("Percepción IIBB Santa Fe", "2,50%", P("2.5"))], total_label="TOTAL A PAGAR:",
                 qr_variant="cut255", qr_size=90, totals_style="row")


@doc("b04_fb_pdfbox_pizzeria_totals_flag", "pdfbox", "B", 704)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Pizza grande muzzarella", P(2), P("11500.00"), unit="un"),
             Item("Fugazzeta rellena grande", P(1), P("14800.00"), unit="un"),
             Item("Empanada de carne cortada a cuchillo", P(12), P("1650.00"), unit="un"),
             Item("Gaseosa cola 1,5 l", P(2), P("3200.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="PIZZERÍA LA ESQUINA DE NICO S.R.L.", cuit=cu, issuer_align="center",
                 issuer_extra=["Av. Mitre 745 - Avellaneda", "IVA Responsable Inscripto"], pos=2, number=18890,
                 date=d(2026, 3, 13), items=items, date_label="Fecha:", date_style="slash",
                 number_label="Nº {pos4}-{num8}", columns=[("qty", "Cant."), ("desc", "Descripción"), ("price", "P. Unit."), ("amount", "Importe")],
                 buyer_lines=["Cliente: CONSUMIDOR FINAL"], total_tamper=P("500.00"), money_style="plain", qr_size=80,
                 total_label="TOTAL:")


@doc("b05_fa_pdfbox_fiambreria_kg", "pdfbox", "A", 705)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    bc = make_cuit(rng, "30")
    items = [Item("Queso cremoso barra", P("4.250"), P("7850.00"), R105, code=ean13(rng, "2"), unit="kg", qdec=3),
             Item("Jamón cocido natural", P("2.115"), P("12400.00"), R105, code=ean13(rng, "2"), unit="kg", qdec=3),
             Item("Salame tandilero", P("1.380"), P("15900.00"), R105, code=ean13(rng, "2"), unit="kg", qdec=3),
             Item("Aceitunas verdes descarozadas frasco 330 g", P(6), P("2890.00"), R21, unit="un")]
    for it in items[:3]:
        it.ean = it.code
    return build(name, gen, kind, rng, merchant="FIAMBRERÍA DON TITO S.A.", cuit=cu,
                 issuer_extra=["Belgrano 1540 - Bahía Blanca", "IVA Responsable Inscripto"], pos=5, number=7731,
                 date=d(2026, 3, 11), items=items, date_label="Fecha:", date_style="dot",
                 number_label="Comprobante Nro. {pos4}-{num8}",
                 columns=[("code", "Código"), ("desc", "Artículo"), ("qty", "Cantidad"), ("price", "Precio Unit."), ("rate", "IVA %"), ("net", "Importe")],
                 show_rate=True, buyer_lines=["Razón Social: BODEGÓN LOS AMIGOS S.R.L.", f"CUIT: {dash_cuit(bc)}"], buyer_cuit=bc,
                 subtotal_label="Neto Gravado:", vat_label="IVA {r}%:", qr_size=95, totals_style="grid")


@doc("b06_fb_pdfbox_optica_qrcuit_flag", "pdfbox", "B", 706)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    other = make_cuit(rng, "30")
    items = [Item("Armazón acetato Ray-Ban RB5154", P(1), P("189000.00"), code="ARM-5154", unit="un"),
             Item("Cristales orgánicos multifocales antirreflex\npar, índice 1,60", P(1), P("265000.00"), code="CRI-MF160", unit="un"),
             Item("Estuche rígido y paño", P(1), P("6500.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="ÓPTICA VISIÓN CLARA S.R.L.", cuit=cu, issuer_align="right",
                 issuer_extra=["Av. San Juan 2240 - CABA", "IVA Responsable Inscripto"], pos=4, number=2290,
                 date=d(2026, 3, 5), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 columns=[("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("amount", "Importe")],
                 buyer_lines=["Paciente: ACOSTA GRACIELA", "Sr./Sra.: ACOSTA GRACIELA  DNI 17.456.123"],
                 qr_tamper=("cuit", int(other)), money_style="dollar", qr_size=85)


# ------------------------------------------------------------------ AbiWord
@doc("a01_fb_abiword_cable", "abiword", "B", 801)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Abono TV digital HD + 100 Mb fibra", price=P("38900.00")),
             Item("Decodificador adicional", price=P("4500.00")),
             Item("Pack fútbol", price=P("12990.00"))]
    return build(name, gen, kind, rng, merchant="CABLEVISIÓN DEL OESTE S.A.", cuit=cu,
                 issuer_extra=["Av. Gaona 3560 - Ramos Mejía", "IVA Responsable Inscripto"], pos=30, number=1188234,
                 date=d(2026, 3, 1), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 columns=[("desc", "Concepto"), ("amount", "Importe")],
                 buyer_lines=["Cliente: BENÍTEZ OSCAR DANIEL", "Nro. de abonado: 7788-1122"],
                 extra_lines=["Período: 01/03/2026 al 31/03/2026", "Vencimiento: 15/03/2026"],
                 taxes=[("Percepción IIBB Bs. As.", "1,00%", P(1))], money_style="dollar", qr_size=85)


@doc("a02_fc_abiword_florista_nodate", "abiword", "C", 802)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Ramo de rosas rojas x 12", P(1), P("32000.00"), unit="un"),
             Item("Arreglo floral centro de mesa", P(2), P("18500.00"), unit="un"),
             Item("Envío a domicilio zona norte", P(1), P("4500.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="FLORERÍA LAS CAMELIAS de Marta Ibáñez", cuit=cu,
                 issuer_extra=["Av. del Libertador 14200 - Martínez", "Responsable Monotributo"], pos=1, number=3012,
                 date=d(2026, 3, 8), items=items, date_label="Fecha:", date_style="slash",
                 number_label="Punto de Venta: {pos4}   Comp. Nro: {num8}",
                 columns=[("desc", "Descripción"), ("qty", "Cantidad"), ("price", "Precio Unit."), ("amount", "Subtotal")],
                 buyer_lines=["Señor(es): ORTIZ CLAUDIA"], qr_variant="nodate", qr_size=80)


@doc("a03_fa_abiword_bebidas_internos", "abiword", "A", 803)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    bc = make_cuit(rng, "20")
    items = [Item("Cerveza rubia lata 473 cc x 24", P(3), P("21487.60"), R21, code="BEB-0473", unit="un"),
             Item("Vino tinto Malbec 750 ml x 6", P(2), P("28925.62"), R21, code="BEB-1750", unit="un"),
             Item("Agua mineral sin gas 2 l x 6", P(4), P("5371.90"), R21, code="BEB-0200", unit="un")]
    return build(name, gen, kind, rng, merchant="DISTRIBUIDORA LOS ANDES S.A.", cuit=cu,
                 issuer_extra=["Ruta 40 km 3 - Godoy Cruz, Mendoza", "IVA Responsable Inscripto"], pos=9, number=44120,
                 date=d(2026, 3, 6), items=items, date_label="Fecha:", date_style="dash2",
                 columns=[("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("rate", "IVA %"), ("net", "Subtotal")],
                 show_rate=True, buyer_lines=[f"Razón Social: QUIROGA FEDERICO", f"CUIT: {dash_cuit(bc)}"], buyer_cuit=bc,
                 taxes=[("Impuestos Internos", "", P("8")), ("Percepción IVA", "3%", P(3)), ("Percepción IIBB Mendoza", "2,5%", P("2.5"))],
                 subtotal_label="Subtotal:", total_label="Total:", qr_size=90)


@doc("a04_fb_abiword_prepaga", "abiword", "B", 804)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Cuota plan familiar 310 - titular y 2 cápitas\nPeríodo 03/2026", price=P("412550.00")),
             Item("Adicional odontología", price=P("21300.00"))]
    return build(name, gen, kind, rng, merchant="SALUD INTEGRAL MEDICINA PREPAGA S.A.", cuit=cu, issuer_align="right",
                 issuer_extra=["Av. Corrientes 1750 - CABA", "IVA Responsable Inscripto"], pos=12, number=998231,
                 date=d(2026, 3, 1), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 number_label="Nº {pos4}-{num8}", columns=[("desc", "Detalle"), ("amount", "Importe")],
                 buyer_lines=["Titular: SUÁREZ NICOLÁS ANDRÉS", "Nro. de socio: 310-558812-01"],
                 extra_lines=["Vencimiento: 10/03/2026"], taxes=[("Percepción IIBB CABA", "0,50%", P("0.5"))], money_style="ars", qr_size=90)


# ------------------------------------------------------------------ Inkscape (SVG -> PDF)
@doc("k01_fb_inkscape_telefonia", "inkscape", "B", 901)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Abono plan 15 GB", price=P("19990.00")),
             Item("Roaming internacional Chile 7 días", price=P("8500.00")),
             Item("Cargo por reposición de SIM", price=P("2500.00"))]
    return build(name, gen, kind, rng, merchant="TELEFONÍA MÓVIL DEL SUR S.A.", cuit=cu,
                 issuer_extra=["Av. Alem 1050 - CABA", "IVA Responsable Inscripto"], pos=40, number=5512390,
                 date=d(2026, 3, 11), items=items, date_label="Fecha de Emisión:", date_style="dot",
                 number_label="FACTURA {letter} N° {pos5}-{num8}", columns=[("desc", "Concepto"), ("amount", "Importe")],
                 buyer_lines=["Cliente: MOLINA SOFÍA", "Línea: 11-5566-7788"], extra_lines=["Período: 11/02/2026 al 10/03/2026", "Vencimiento: 25/03/2026"],
                 taxes=[("Impuestos Internos", "", P("4.17")), ("Percepción IIBB CABA", "1,00%", P(1))], qr_size=80)


@doc("k02_fa_inkscape_internet_27_exento", "inkscape", "A", 902)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    bc = make_cuit(rng, "30")
    items = [Item("Servicio de internet dedicado 300 Mb", P(1), P("95000.00"), R27, unit="un"),
             Item("Telefonía IP - abono 10 líneas", P(1), P("42000.00"), R27, unit="un"),
             Item("Suscripción diario digital", P(1), P("9500.00"), None, unit="un")]
    return build(name, gen, kind, rng, merchant="CONECTAR TELECOMUNICACIONES S.A.", cuit=cu, issuer_align="right",
                 issuer_extra=["Mitre 550 - Rosario", "IVA Responsable Inscripto"], pos=8, number=61234,
                 date=d(2026, 3, 2), items=items, date_label="Fecha:", date_style="slash",
                 columns=[("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("rate", "Alícuota"), ("net", "Importe")],
                 show_rate=True, buyer_lines=["Razón Social: ESTUDIO CONTABLE PAZ Y ASOC. S.R.L.", f"CUIT: {dash_cuit(bc)}"],
                 buyer_cuit=bc, exempt_label="Importe Exento:", subtotal_label="Subtotal:", qr_size=85)


@doc("k03_fc_inkscape_entrenador_qrnum_flag", "inkscape", "C", 903)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Entrenamiento personalizado - 8 clases", P(1), P("96000.00"), unit="un"),
             Item("Plan de entrenamiento online", P(1), P("25000.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="PROF. GUSTAVO A. RÍOS", cuit=cu,
                 issuer_extra=["Profesor de Educación Física", "Monotributo", "Av. Pueyrredón 1200 - Córdoba"], pos=1, number=877,
                 date=d(2026, 3, 9), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 letter_code_text="COD. 11", number_label="Punto de Venta: {pos4} Comp. Nro: {num8}",
                 columns=[("desc", "Descripción"), ("qty", "Cantidad"), ("price", "Precio"), ("amount", "Importe")],
                 buyer_lines=["Apellido y Nombre: CABRERA JULIETA"], qr_tamper=("nroCmp", 878), qr_size=80)


@doc("k04_fb_inkscape_ml_zapatillas", "inkscape", "B", 904)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Zapatillas running Topper Squat hombre 42\nOperación ML #2000010234567788", P(1), P("74999.00"), ean=ean13(rng), unit="un"),
             Item("Medias deportivas pack x 3", P(1), P("7999.00"), ean=ean13(rng), unit="un")]
    return build(name, gen, kind, rng, merchant="SPORT CENTER ONLINE S.A.", cuit=cu, merchant_label="Razón Social:",
                 issuer_extra=["Domicilio: Parque Industrial Lote 14 - Córdoba", "IVA Responsable Inscripto"], pos=6, number=51880,
                 date=d(2026, 3, 17), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 columns=[("code", "Código"), ("desc", "Producto"), ("qty", "Cant."), ("price", "P. Unitario"), ("amount", "Subtotal")],
                 buyer_lines=["Razón social: HERRERA MATÍAS", "DNI: 35111222", "Consumidor Final"], money_style="glued", qr_size=100)


@doc("k05_fb_inkscape_corralon_ars", "inkscape", "B", 905)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Cemento portland 50 kg", P(10), P("9800.00"), code="CEM50", unit="un"),
             Item("Arena fina bolsón 1 m3", P(1), P("58000.00"), code="ARE01", unit="un"),
             Item("Hierro aletado 8 mm x 12 m", P(6), P("9150.00"), code="HIE08", unit="un")]
    return build(name, gen, kind, rng, merchant="CORRALÓN SAN MIGUEL S.R.L.", cuit=cu, issuer_align="center",
                 issuer_extra=["Av. Balbín 3300 - San Miguel", "IVA Responsable Inscripto"], pos=3, number=22871,
                 date=d(2026, 3, 18), items=items, date_label="Fecha:", date_style="slash",
                 columns=[("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("amount", "Total")],
                 buyer_lines=["Señor(es): VEGA RAMÓN", "Consumidor Final"], money_style="ars", payments=[("EFECTIVO", None)],
                 qr_size=85, totals_style="column")


# ------------------------------------------------------------------ Gnumeric (ssconvert)
@doc("g01_fb_gnumeric_seguro_noqr", "gnumeric", "B", 1001)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Prima seguro automotor - todo riesgo franquicia", price=P("78450.00")),
             Item("Recargo administrativo", price=P("2150.00"))]
    return build(name, gen, kind, rng, merchant="SEGUROS LA PROTECTORA S.A.", cuit=cu,
                 issuer_extra=["Av. L. N. Alem 800 - CABA", "IVA Responsable Inscripto"], pos=18, number=402211,
                 date=d(2026, 3, 4), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 columns=[("desc", "Concepto"), ("amount", "Importe")],
                 buyer_lines=["Asegurado: PAZ ESTEBAN", "Póliza: 01-0445512  Vigencia: 01/03/2026 al 31/03/2026"],
                 taxes=[("Impuestos y sellados", "", P("1.2"))], qr=False)


@doc("g02_fc_gnumeric_yoga_noqr", "gnumeric", "C", 1002)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Clases de yoga marzo 2026 (8 clases)", P(1), P("36000.00"), unit="un"),
             Item("Clase individual", P(2), P("9000.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="LIC. MARINA L. PEREYRA", cuit=cu,
                 issuer_extra=["Instructora de yoga", "Monotributo", "Av. Cabildo 2100 - CABA"], pos=1, number=231,
                 date=d(2026, 3, 2), items=items, date_label="Fecha:", date_style="dash2",
                 letter_code_text="Código N° 11", number_label="Comprobante Nro. {pos4}-{num8}",
                 columns=[("desc", "Descripción"), ("qty", "Cantidad"), ("price", "P. Unitario"), ("amount", "Importe")],
                 buyer_lines=["Cliente: NAVARRO PAULA"], qr=False, money_style="plain")


@doc("g03_fa_gnumeric_pintureria_4dec_noqr", "gnumeric", "A", 1003)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    bc = make_cuit(rng, "20")
    items = [Item("Látex interior blanco mate 20 l", P(2), P("68595.0413"), R21, code="PIN-2001", unit="un", pdec=4),
             Item("Enduido plástico interior 10 l", P(1), P("28760.3306"), R21, code="PIN-3310", unit="un", pdec=4),
             Item("Rodillo antigota 23 cm", P(3), P("6198.3471"), R21, code="PIN-0923", unit="un", pdec=4)]
    return build(name, gen, kind, rng, merchant="PINTURERÍA COLORES DEL SUR S.A.", cuit=cu,
                 issuer_extra=["Av. Hipólito Yrigoyen 9000 - Lomas de Zamora", "IVA Responsable Inscripto"], pos=2, number=19982,
                 date=d(2026, 3, 19), items=items, date_label="Fecha de Emisión:", date_style="slash",
                 columns=[("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("rate", "IVA %"), ("net", "Subtotal")],
                 show_rate=True, buyer_lines=[f"Razón Social: IBARRA WALTER", f"CUIT: {dash_cuit(bc)}"], buyer_cuit=bc,
                 taxes=[("Percepción IIBB Bs. As.", "3,00%", P(3))], subtotal_label="Subtotal:", qr=False)


@doc("g04_fb_gnumeric_club_desc_noqr", "gnumeric", "B", 1004)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Cuota social marzo 2026 - grupo familiar", price=P("48000.00")),
             Item("Actividad natación - 2 menores", price=P("36000.00")),
             Item("Seguro de actividades deportivas", price=P("3500.00"))]
    return build(name, gen, kind, rng, merchant="CLUB SOCIAL Y DEPORTIVO ALMAGRO", cuit=cu,
                 issuer_extra=["Medrano 522 - CABA", "IVA Responsable Inscripto"], pos=1, number=14550,
                 date=d(2026, 3, 5), items=items, date_label="Fecha:", date_style="slash",
                 columns=[("desc", "Concepto"), ("amount", "Importe")],
                 buyer_lines=["Socio: CARRIZO ALEJANDRO - N° 44521"], discount=("Bonificación grupo familiar 15%", P(15)),
                 qr=False, money_style="dollar")


# ------------------------------------------------------------------ pango-view (monospace)
@doc("v01_fb_pango_almacen_kg_noqr", "pango", "B", 1101)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Pan francés", P("1.250"), P("3200.00"), unit="kg", qdec=3),
             Item("Facturas surtidas docena", P(1), P("9600.00"), unit="un"),
             Item("Queso de rallar", P("0.385"), P("21500.00"), unit="kg", qdec=3),
             Item("Leche entera 1 l", P(4), P("1450.00"), unit="un")]
    return build(name, gen, kind, rng, merchant="PANADERÍA Y ALMACÉN LA ESPIGA S.R.L.", cuit=cu,
                 issuer_extra=["Av. San Martín 2201 - Caseros", "IVA Responsable Inscripto"], pos=3, number=60128,
                 date=d(2026, 3, 20), items=items, date_label="Fecha:", date_style="slash2",
                 columns=[("qty", "Cant."), ("desc", "Descripción"), ("price", "P.Unit."), ("amount", "Importe")],
                 buyer_lines=["Cliente: CONSUMIDOR FINAL"], qr=False, money_style="plain",
                 payments=[("TARJETA DEBITO", None)])


@doc("v02_fc_pango_peluqueria_canina_noqr", "pango", "C", 1102)
def _(name, gen, kind, rng):
    cu, bc = cuits(rng, kind)
    items = [Item("Baño y corte raza mediana", price=P("22000.00")),
             Item("Corte de uñas y limpieza de oídos", price=P("6000.00"))]
    return build(name, gen, kind, rng, merchant="HUELLITAS SPA CANINO de Laura Giménez", cuit=cu, issuer_align="right",
                 issuer_extra=["Monotributo", "Av. Rivadavia 11500 - CABA"], pos=2, number=1509,
                 date=d(2026, 3, 21), items=items, date_label="Fecha de Emisión:", date_style="long",
                 letter_style="inline", letter_code_text="CODIGO 11", columns=[("desc", "Servicio"), ("amount", "Importe")],
                 buyer_lines=["Cliente: TORRES ANDREA"], qr=False, money_style="dollar")


def all_docs():
    out = []
    for name, gen, kind, seed, fn in DOCS:
        rng = random.Random(seed)
        out.append(fn(name, gen, kind, rng))
    return out
