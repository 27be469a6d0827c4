"""The 32 documents. One random.Random(seed) per document; all money Decimal."""
import random
from decimal import Decimal as D
from core import make_cuit, dash_cuit, ean13, fmt_date, fmt_num
from model import build

A21, A105, A27 = D("21"), D("10.5"), D("27")


def P(rng, lo, hi):
    """a price between lo and hi pesos, two decimals"""
    return D(rng.randint(lo * 100, hi * 100)) / 100


def it(desc, qty=D(1), price=None, rate=A21, code=None, ean=False, unit="un", unit_print="", qdec=0, qsuffix="",
       bonif=None, amount=None, exempt=False, pdec=None):
    x = {"desc": desc if isinstance(desc, list) else [desc], "qty": qty, "price": price, "rate": rate, "code": code,
         "ean": ean, "unit": unit, "unit_print": unit_print, "qdec": qdec, "qsuffix": qsuffix, "bonif": bonif,
         "amount": amount, "exempt": exempt}
    if pdec is not None:
        x["pdec"] = pdec
    return x


def base(name, gen, seed, letter, pos, number, date, merchant, prefix="30", **kw):
    rng = random.Random(seed)
    d = {"name": name, "gen": gen, "seed": seed, "letter": letter, "pos": pos, "number": number, "date": date,
         "merchant_name": merchant, "rng": rng, "title": "FACTURA", "qr": True, "qr_mode": "image"}
    d["cuit"] = make_cuit(rng, prefix)
    d["cae"] = str(rng.randint(7, 7) * 10 ** 13 + rng.randint(10 ** 12, 10 ** 13 - 1))
    d["buyer_cuit"] = make_cuit(rng, "30" if letter == "A" else "20")
    d["code_text"] = {"A": "COD. 01", "B": "COD. 06", "C": "COD. 11"}[letter]
    d.update(kw)
    return d


def cae_lines(d, style=0):
    y, m, dd = d["date"].split("-")
    vto = f"{int(dd) + 10 if int(dd) <= 18 else int(dd) - 8:02d}/{m}/{y}"
    if int(dd) > 18:
        vto = f"{int(dd) - 8:02d}/{int(m) + 1:02d}/{y}" if int(m) < 12 else f"{int(dd) - 8:02d}/01/{int(y) + 1}"
    return [[f"CAE N°: {d['cae']}", f"Fecha de Vto. de CAE: {vto}"],
            [f"C.A.E. Nº {d['cae']}   Vto. C.A.E.: {vto}"],
            [f"CAE: {d['cae']}", f"Vencimiento CAE: {vto}"],
            [f"Comprobante autorizado - CAE Nro.: {d['cae']}", f"Fecha Vto. CAE: {vto}"]][style]


def fin(d, cae_style=0):
    d["cae_lines"] = cae_lines(d, cae_style)
    if d["letter"] == "A":
        d.setdefault("doc_rec", (80, d["buyer_cuit"]))
    else:
        d.setdefault("doc_rec", (96, "28456789") if d.get("dni") else (99, "0"))
    d.pop("rng")
    return build(d)


COLS_A = [("code", "Código", .12, "L"), ("desc", "Descripción", .42, "L"), ("qty", "Cant.", .07, "R"),
          ("price", "Precio Unit.", .14, "R"), ("rate", "IVA %", .08, "R"), ("amount", "Subtotal", .17, "R")]


def docs():
    out = []

    # ======================= TCPDF =========================
    d = base("t01_fa_tcpdf_ml_electro_ean", "tcpdf", 4101, "A", 3, 1234, "2026-03-12", "ELECTRO DEL SUR S.R.L.")
    r = d["rng"]
    d.update(issuer_lines=["ElectroSur", "Razón Social: ELECTRO DEL SUR S.R.L.", "Av. Hipólito Yrigoyen 4521 - Lanús",
                           "Condición frente al IVA: IVA Responsable Inscripto"],
             inv_lines=[f"Punto de Venta: 0003  Comp. Nro: 00001234", "Fecha de Emisión: 12/03/2026",
                        f"CUIT: {d['cuit']}", "Ingresos Brutos: 901-123456-7", "Fecha de Inicio de Actividades: 01/06/2015"],
             buyer_lines=[f"Razón social: ESTUDIO NAVARRO Y ASOC. S.R.L.    CUIT: {d['buyer_cuit']}",
                          "Domicilio: Tucumán 1450 Piso 3 - CABA", "Condición frente al IVA: IVA Responsable Inscripto    Condición de venta: Contado"],
             columns=COLS_A, mode="A_net", rate_style="pct2", qr_mode="native", qr_size=85,
             items=[it(["Heladera No Frost Drean HDR400N 396 L", "Operación ML #2000009876543210"], D(1), P(r, 600000, 700000), code=ean13(r), ean=True),
                    it(["Pava eléctrica Atma PE3020 1,7 L acero"], D(2), P(r, 30000, 40000), code=ean13(r), ean=True),
                    it(["Soporte de pared para TV 32 a 55 pulgadas"], D(1), P(r, 15000, 20000), rate=A105, code=ean13(r), ean=True)],
             zero_lines=[("Percepción IIBB CABA:", "0,00"), ("Otros Tributos:", "0,00")])
    out.append(d)

    d = base("t02_fb_tcpdf_electrodom_3copies", "tcpdf", 4102, "B", 7, 20458, "2026-02-03", "MUNDO HOGAR S.A.")
    r = d["rng"]
    d.update(issuer_lines=["MUNDO HOGAR S.A.", "Av. Rivadavia 8120 - C.A.B.A.", "Tel. 4611-2200", "IVA RESPONSABLE INSCRIPTO"],
             code_text="Cod. 006", copies=["ORIGINAL", "DUPLICADO", "TRIPLICADO"], qr_where="all", qr_mode="native", qr_size=70,
             inv_lines=["Nº 0007-00020458", "Fecha: 03/02/2026", f"C.U.I.T.: {dash_cuit(d['cuit'])}", "II.BB.: 30-71234567-0", "Inicio de Actividades: 15/03/2009"],
             buyer_lines=["Señor(es): FERREYRA, JULIETA ANDREA", "Domicilio: Moliere 1230 - C.A.B.A.", "DNI 28.456.789 - Consumidor Final - Cond. de venta: Tarjeta de crédito 6 cuotas"],
             dni=True,
             columns=[("qty", "Cantidad", .10, "R"), ("code", "Artículo", .12, "L"), ("desc", "Descripción", .46, "L"),
                      ("price", "P. Unitario", .15, "R"), ("amount", "Importe", .17, "R")],
             mode="BC", totals_style="column",
             items=[it("Lavarropas Automático Whirlpool 8 kg", D(1), P(r, 700000, 800000), code="LAV0834"),
                    it("Microondas BGH Quick Chef 20 L", D(1), P(r, 150000, 190000), code="MIC2011"),
                    it("Plancha a vapor Philips GC1905", D(2), P(r, 30000, 45000), code="PLA1905")],
             totals_discounts=[("Bonificación pago contado", D("-25000.00"))], cae_style=1)
    out.append(d)

    d = base("t03_fc_tcpdf_odontologa_noqty", "tcpdf", 4103, "C", 2, 318, "2026-03-05", "DRA. PAULA V. LEDESMA", prefix="27")
    r = d["rng"]
    d.update(issuer_lines=["DRA. PAULA V. LEDESMA", "Odontología general y estética", "Av. Colón 1534 1º B - Córdoba", "Responsable Monotributo"],
             code_text="Código 11", title="FACTURA", issuer_side="R",
             inv_lines=["Comprobante Nro. 0002-00000318", "Fecha de Emisión: 05/03/2026", f"CUIT: {d['cuit']}", "Ing. Brutos: Exento"],
             buyer_lines=["Apellido y Nombre: SOSA, MARTÍN EZEQUIEL", "DNI: 31.222.456", "Condición IVA: Consumidor Final   Condición de venta: Contado"],
             dni=True, columns=[("desc", "Concepto", .80, "L"), ("amount", "Importe", .20, "R")], mode="BC",
             items=[it(["Consulta y diagnóstico con radiografía", "periapical"], None, None, amount=D("35000.00")),
                    it(["Restauración con resina compuesta pieza 3.6"], None, None, amount=D("68000.00")),
                    it(["Limpieza y topicación con flúor"], None, None, amount=D("42000.00"))],
             numstyle="$ar", qr_size=75, qr_pos="right", cae_style=2)
    out.append(d)

    d = base("t04_fb_tcpdf_gas_bill", "tcpdf", 4104, "B", 15, 4481290, "2026-03-09", "GAS NATURAL DEL LITORAL S.A.")
    r = d["rng"]
    d.update(issuer_lines=["GAS NATURAL DEL LITORAL S.A.", "Distribuidora de gas por redes", "San Lorenzo 1050 - Rosario - Santa Fe", "IVA Responsable Inscripto"],
             code_text="COD. 006", inv_lines=["FACTURA B N° 00015-04481290", "Fecha de Emisión: 09/03/2026", f"CUIT: {dash_cuit(d['cuit'])}", "Ing. Brutos C.M.: 921-765432-1"],
             buyer_lines=["Cliente: ROMERO, GUSTAVO ADRIÁN   Nº de cliente: 0012-448812", "Domicilio de suministro: Catamarca 2277 - Rosario",
                          "Condición frente al IVA: Consumidor Final   Categoría: R2 1°"],
             extra_lines=["*Período facturado: 05/01/2026 al 06/03/2026 (60 días)",
                          "1er. Vencimiento: 27/03/2026     2do. Vencimiento: 06/04/2026",
                          "Medidor Nº 8834512   Lectura anterior: 12.345 (05/01/2026)   Lectura actual: 12.498 (06/03/2026)",
                          "Consumo: 153 m3   Factor de corrección: 1,0152   Consumo corregido: 155 m3"],
             columns=[("desc", "Concepto", .62, "L"), ("qty", "Cantidad", .10, "R"), ("price", "Precio Unit.", .12, "R"), ("amount", "Importe", .16, "R")],
             mode="BC",
             items=[it("Cargo fijo", D(1), D("8541.23"), pdec=2),
                    it("Cargo variable por consumo (m3)", D(155), D("301.4512"), pdec=4),
                    it("Tasa de fiscalización ENARGAS", D(1), D("387.15"))],
             taxes=[("Percepción IIBB Santa Fe:", "Percepción IIBB Santa Fe", D("1287.44")),
                    ("Impuesto Ley 23.681:", "Impuesto Ley 23.681", D("331.60"))],
             labels={"subtotal": "Subtotal:", "total": "TOTAL A PAGAR:"}, qr_mode="native", qr_size=70, cae_style=3)
    out.append(d)

    d = base("t05_fa_tcpdf_ferreteria_multipage", "tcpdf", 4105, "A", 4, 77120, "2026-01-28", "CORRALÓN LOS ANDES S.A.")
    r = d["rng"]
    cat = ["Tornillo autoperforante 8x1/2 x100", "Tarugo nylon 8 mm x100", "Cinta teflón 3/4 x 20 m", "Llave de paso 1/2 bronce",
           "Caño PPF 20 mm x 4 m", "Codo PPF 20 mm 90°", "Cemento Loma Negra 50 kg", "Cal hidratada Cacique 25 kg",
           "Arena fina bolsón 1 m3", "Hierro del 8 x 12 m", "Alambre negro N°16 x kg", "Membrana líquida 20 kg",
           "Pintura látex interior 20 L blanco", "Rodillo lana 22 cm", "Pincel N°20 cerda", "Lija al agua grano 180",
           "Disco corte metal 115 mm", "Mecha acero rápido 6 mm", "Silicona acética transparente", "Guante moteado par"]
    items = []
    for i in range(36):
        nm = cat[i % len(cat)] + ("" if i < 20 else " (repos.)")
        rate = A105 if "Hierro" in nm or "Arena" in nm else A21
        items.append(it(nm, D(r.randint(1, 12)), P(r, 800, 25000), rate=rate, code=f"{r.randint(10000, 99999)}", qdec=2))
    d.update(issuer_lines=["CORRALÓN LOS ANDES S.A.", "Ruta 8 Km 52,5 - Pilar - Bs. As.", "IVA Responsable Inscripto", "ventas@corralonlosandes.com.ar"],
             inv_lines=["Comprobante Nro. 0004-00077120", "Fecha de Emisión: 28/01/2026", f"C.U.I.T.: {d['cuit']}", "IIBB: 30-7111222-3"],
             buyer_lines=[f"Razón Social: CONSTRUCTORA DEL PILAR S.R.L.   CUIT: {dash_cuit(d['buyer_cuit'])}", "Domicilio: Las Heras 880 - Pilar", "IVA Responsable Inscripto - Cta. Cte. 30 días"],
             columns=[("code", "Código", .09, "L"), ("desc", "Descripción", .45, "L"), ("qty", "Cant.", .08, "R"),
                      ("price", "Precio Unit.", .14, "R"), ("rate", "Alíc.", .07, "R"), ("amount", "Subtotal", .17, "R")],
             mode="A_net", rate_style="num", items=items, rows_per_page=24, repeat_header=True, qr_where="last", qr_mode="native", qr_size=90,
             cont_text="Continúa en la hoja siguiente",
             taxes=[("Percepción IIBB Bs. As. 3,00%:", "Percepción IIBB Bs. As.", None)], labels={"subtotal": "Importe Neto Gravado:"})
    out.append(d)

    d = base("t06_fb_tcpdf_ml_qr_importe_flag", "tcpdf", 4106, "B", 5, 9931, "2026-03-18", "TECNOMAX DIGITAL S.R.L.")
    r = d["rng"]
    d.update(issuer_lines=["TECNOMAX DIGITAL S.R.L.", "Av. Corrientes 3247 - CABA", "IVA Responsable Inscripto"],
             inv_lines=["Punto de Venta: 00005   Comp. Nro: 00009931", "Fecha de Emisión: 18/03/2026", f"CUIT: {d['cuit']}", "IIBB: 1234567-08"],
             buyer_lines=["Apellido y Nombre / Razón Social: PERALTA, LUCÍA", "Condición frente al IVA: Consumidor Final", "Condición de venta: MercadoPago"],
             columns=[("code", "Código", .14, "L"), ("desc", "Producto / Servicio", .48, "L"), ("qty", "Cant.", .08, "R"), ("price", "Precio Unit.", .13, "R"), ("amount", "Subtotal", .17, "R")],
             mode="BC", qdec=0,
             items=[it(["Auriculares inalámbricos JBL Tune 520BT", "Operación ML #2000011223344556"], D(1), P(r, 60000, 80000), code=ean13(r), ean=True),
                    it(["Cargador USB-C 25 W Samsung"], D(2), P(r, 18000, 25000), code=ean13(r), ean=True)],
             qr_override={"importe_delta": D("2500.00")}, warnings=["qr_mismatch"], qr_mode="native", qr_size=80)
    out.append(d)

    d = base("t07_fa_tcpdf_hosting_usd", "tcpdf", 4107, "A", 2, 5521, "2026-03-02", "NUBE AUSTRAL S.A.")
    r = d["rng"]
    d.update(issuer_lines=["NUBE AUSTRAL S.A.", "Servicios de hosting y software", "Av. del Libertador 6550 - CABA", "IVA Responsable Inscripto"],
             inv_lines=["Pto. Vta.: 0002  Comp. Nro.: 00005521", "Fecha de Emisión: 02/03/2026", f"CUIT: {d['cuit']}",
                        "Moneda: USD - Dólar Estadounidense", "Tipo de cambio: $ 1.195,50"],
             currency="USD", ctz=D("1195.50"),
             buyer_lines=[f"Razón Social: CONSULTORA PAMPA S.A.S.   C.U.I.T. {d['buyer_cuit']}", "IVA Responsable Inscripto", "Condición de venta: Transferencia 15 días"],
             columns=[("desc", "Descripción", .52, "L"), ("qty", "Cant.", .08, "R"), ("price", "Precio Unit. U$S", .15, "R"), ("rate", "IVA", .08, "R"), ("amount", "Subtotal U$S", .17, "R")],
             mode="A_net", rate_style="pct",
             items=[it(["Plan VPS Pro 4 vCPU / 8 GB - marzo 2026"], D(1), D("89.90")),
                    it(["Backup diario externo 200 GB"], D(1), D("14.50")),
                    it(["Dominios .com.ar renovación anual"], D(3), D("6.75"))],
             labels={"subtotal": "Importe Neto Gravado:", "total": "Importe Total U$S:"},
             after_lines=["Importe total expresado en pesos según cotización: $ {PESOS}"], qr_mode="native", qr_size=80, cae_style=0)
    out.append(d)

    # ======================= FPDF =========================
    d = base("f01_fb_fpdf_petshop_kg", "fpdf", 4201, "B", 1, 3345, "2026-03-14", "PET SHOP HUELLITAS de Romina Paz", prefix="27")
    r = d["rng"]
    d.update(issuer_lines=["PET SHOP HUELLITAS de Romina Paz", "Av. Maipú 2210 - Olivos", "IVA Responsable Inscripto", f"CUIT {d['cuit']}"],
             inv_lines=["Nº 0001-00003345", "Fecha: 14/03/2026", "IIBB 27-1234567-3", "Inicio Act.: 03/2018"],
             buyer_lines=["Cliente: CONSUMIDOR FINAL", "Condición de venta: Efectivo"],
             columns=[("code", "Código", .16, "L"), ("desc", "Artículo", .40, "L"), ("qty", "Cantidad", .12, "R"), ("price", "Precio", .14, "R"), ("amount", "Importe", .18, "R")],
             mode="BC", font="sans",
             items=[it("Alimento perro adulto suelto", D("3.250"), D("5890.00"), code=ean13(r, "2"), ean=True, unit="kg", qdec=3, qsuffix=" kg"),
                    it("Alimento gato castrado suelto", D("1.500"), D("7420.00"), code="SU0112", unit="kg", qdec=3, qsuffix=" kg"),
                    it("Piedras sanitarias 4 kg", D(2), P(r, 4000, 6000), code=ean13(r), ean=True),
                    it("Pipeta antipulgas 10-20 kg", D(1), P(r, 9000, 12000), code=ean13(r), ean=True),
                    it("Hueso de nylon mediano", D(1), P(r, 2500, 4000))],
             qr_size=72, cae_style=2)
    out.append(d)

    d = base("f02_fc_fpdf_abogado_nowww", "fpdf", 4202, "C", 1, 87, "2026-03-12", "DR. ESTEBAN H. QUIROGA", prefix="20")
    d.update(issuer_lines=["DR. ESTEBAN H. QUIROGA", "Abogado - T° 88 F° 412 CPACF", "Uruguay 651 Piso 7 Of. B - CABA", "Monotributista Categoría F"],
             code_text="Cód. 011", font="serif", issuer_side="L",
             inv_lines=["Factura C Nro. 0001-00000087", "Emitida el 12 de marzo de 2026", f"CUIT: {dash_cuit(d['cuit'])}", "IIBB: Exento"],
             buyer_lines=["Señor(es): BUSTOS, CLAUDIA NOEMÍ", "Domicilio: Av. Santa Fe 3321 4º A - CABA", "DNI 25.889.014 - IVA: Consumidor Final"],
             dni=True, columns=[("desc", "Detalle", .78, "L"), ("amount", "Importe", .22, "R")], mode="BC",
             items=[it(["Honorarios por asesoramiento y redacción de", "contrato de locación de vivienda (Ley 27.551)"], None, None, amount=D("180000.00")),
                    it(["Certificación de firmas ante escribano -", "reintegro de gastos"], None, None, amount=D("45000.00"))],
             qr_variant="nowww", qr_size=70, qr_pos="right", cae_style=0)
    out.append(d)

    d = base("f03_fa_fpdf_sanitarios_bonif_grid", "fpdf", 4203, "A", 6, 14207, "2026-02-19", "SANITARIOS NORTE S.R.L.")
    r = d["rng"]
    d.update(issuer_lines=["SANITARIOS NORTE S.R.L.", "Av. Márquez 1820 - San Isidro", "Resp. Inscripto"],
             inv_lines=["FACTURA A N° 00006-00014207", "Fecha: 19.02.2026", f"C.U.I.T. N° {dash_cuit(d['cuit'])}", "Ing. Brutos: 902-334455-1"],
             buyer_lines=[f"Razón Social: GOMEZ Y SOSA ARQUITECTOS S.R.L.   CUIT {d['buyer_cuit']}", "Condición IVA: Responsable Inscripto   Cond. Venta: Cuenta corriente"],
             columns=[("code", "Cód.", .09, "L"), ("desc", "Descripción", .36, "L"), ("qty", "Cant.", .07, "R"), ("price", "P. Unit.", .13, "R"),
                      ("bonif", "% Bonif", .08, "R"), ("rate", "Alíc. IVA", .10, "R"), ("amount", "Subtotal", .17, "R")],
             mode="A_net", rate_style="pct2", totals_style="grid", font="sans",
             items=[it("Inodoro largo Ferrum Bari blanco", D(2), P(r, 90000, 120000), code="FE1201", bonif=D("10")),
                    it("Depósito de colgar Ferrum", D(2), P(r, 40000, 60000), code="FE3300", bonif=D("10")),
                    it("Grifería monocomando FV Arizona", D(1), P(r, 150000, 200000), code="FV0412"),
                    it("Flexible mallado 1/2 x 40 cm", D(4), P(r, 3000, 5000), code="AC0040")],
             taxes=[("Percepción IIBB Bs.As.:", "Percepción IIBB Bs.As.", None)], qr_size=80, qr_mode="image", cae_style=1)
    out.append(d)

    d = base("f04_fb_fpdf_panaderia_noqr", "fpdf", 4204, "B", 2, 15522, "2026-03-21", "PANADERÍA LA ESPIGA DORADA")
    r = d["rng"]
    d.update(issuer_lines=["PANADERÍA LA ESPIGA DORADA", "de Hnos. Bianchi S.H.", "Belgrano 455 - Quilmes", "IVA Resp. Inscripto"],
             inv_lines=["Punto de Venta: 0002  Comp. Nro: 00015522", "Fecha: 21-03-26", f"CUIT: {d['cuit']}"],
             buyer_lines=["Cliente: Consumidor Final"], qr=False, font="mono", fs=8.5,
             columns=[("qty", "Cant.", .14, "R"), ("desc", "Descripción", .46, "L"), ("price", "Precio", .18, "R"), ("amount", "Importe", .22, "R")],
             mode="BC", numstyle="plain",
             items=[it("Pan francés", D("1.250"), D("3200.00"), unit="kg", qdec=3, qsuffix=" kg"),
                    it("Medialunas de manteca", D(12), D("450.00")),
                    it("Facturas surtidas", D("0.750"), D("9800.00"), unit="kg", qdec=3, qsuffix=" kg"),
                    it("Torta rogel chica", D(1), D("14500.00"))],
             cae_style=2)
    out.append(d)

    d = base("f05_fa_fpdf_taller_totals_flag", "fpdf", 4205, "A", 3, 2211, "2026-03-10", "TALLER MECÁNICO RUTA 2 S.R.L.")
    r = d["rng"]
    d.update(issuer_lines=["TALLER MECÁNICO RUTA 2 S.R.L.", "Av. 7 N° 1850 - La Plata", "IVA Responsable Inscripto"],
             inv_lines=["Comprobante Nro. 0003-00002211", "Fecha de Emisión: 10/03/2026", f"CUIT: {d['cuit']}"],
             buyer_lines=[f"Razón Social: LOGÍSTICA PLATENSE S.A.   CUIT: {d['buyer_cuit']}", "Vehículo: Peugeot Partner AB123CD - 84.500 km", "Cond. de venta: Contado"],
             columns=[("desc", "Descripción", .50, "L"), ("qty", "Cant.", .08, "R"), ("price", "Precio Unit.", .14, "R"), ("rate", "IVA %", .10, "R"), ("amount", "Subtotal", .18, "R")],
             mode="A_net", rate_style="pct",
             items=[it("Aceite 5W30 sintético x litro", D(4), P(r, 9000, 12000)),
                    it("Filtro de aceite", D(1), P(r, 8000, 11000)),
                    it("Pastillas de freno delanteras (juego)", D(1), P(r, 40000, 55000)),
                    it(["Mano de obra: service completo y cambio", "de pastillas de freno"], D(1), D("85000.00"))],
             total_delta=D("150.00"), warnings=["totals_mismatch"], qr_size=75, cae_style=0)
    out.append(d)

    # ======================= dompdf =========================
    d = base("h01_fb_dompdf_internet_row", "dompdf", 4301, "B", 21, 663201, "2026-03-01", "FIBRANET COMUNICACIONES S.A.")
    d.update(issuer_lines=["FIBRANET COMUNICACIONES S.A.", "Av. San Martín 1200 - Mendoza", "IVA Responsable Inscripto"],
             inv_lines=["Comprobante Nro. 00021-00663201", "Fecha de Emisión: 01.03.2026", f"CUIT: {dash_cuit(d['cuit'])}", "Período: 01/03/2026 al 31/03/2026", "Vencimiento: 15/03/2026"],
             buyer_lines=["Cliente: ARIAS, NICOLÁS   N° de abonado: 558812", "Domicilio: Godoy Cruz 455 - Mendoza", "Consumidor Final"],
             columns=[("desc", "Concepto", .80, "L"), ("amount", "Importe", .20, "R")], mode="BC", totals_style="row",
             items=[it("Abono Fibra 300 Mb - marzo 2026", None, None, amount=D("28900.00")),
                    it("Alquiler módem WiFi 6", None, None, amount=D("2500.00")),
                    it("Servicio técnico a domicilio", None, None, amount=D("6000.00"))],
             taxes=[("Percepción IIBB Mendoza:", "Percepción IIBB Mendoza", D("561.00"))], numstyle="$ar", qr_size=80, cae_style=2)
    out.append(d)

    d = base("h02_fb_dompdf_farmacia_tablediscount", "dompdf", 4302, "B", 4, 120887, "2026-03-16", "FARMACIA DEL PUEBLO S.C.S.")
    r = d["rng"]
    d.update(issuer_lines=["FARMACIA DEL PUEBLO S.C.S.", "Mitre 560 - San Miguel de Tucumán", "IVA Responsable Inscripto"],
             inv_lines=["N° 0004-00120887", "Fecha: 16/03/2026", f"C.U.I.T. {d['cuit']}"],
             buyer_lines=["Señor(es): DÍAZ, ROBERTO CARLOS", "Obra social: OSDE 210 - Afiliado 61234567801", "Consumidor Final"],
             columns=[("code", "EAN", .17, "L"), ("desc", "Producto", .43, "L"), ("qty", "Cant.", .08, "R"), ("price", "P. Unit.", .14, "R"), ("amount", "Importe", .18, "R")],
             mode="BC",
             items=[it("Amoxidal 500 mg x 16 comp.", D(1), P(r, 12000, 16000), code=ean13(r), ean=True),
                    it("Ibupirac 600 mg x 20 comp.", D(2), P(r, 6000, 9000), code=ean13(r), ean=True),
                    it("Protector solar Dermaglós FPS 50", D(1), P(r, 20000, 28000), code=ean13(r), ean=True),
                    it("Alcohol en gel 250 ml", D(1), P(r, 2500, 3500), code=ean13(r), ean=True)],
             table_discounts=[("Descuento obra social 40% Amoxidal", D("-5400.00"), None)], qr_size=70, cae_style=1)
    out.append(d)

    d = base("h03_fc_dompdf_gimnasio_strings", "dompdf", 4303, "C", 1, 4410, "2026-03-03", "FUERZA VITAL GYM de Lucas Herrera", prefix="20")
    d.update(issuer_lines=["FUERZA VITAL GYM de Lucas Herrera", "Calle 12 N° 1455 - La Plata", "Responsable Monotributo"],
             code_text="COD. 011", issuer_side="R", font="sans",
             inv_lines=["Nº 0001-00004410", "Emitida el 03-03-26", f"CUIT {d['cuit']}"],
             buyer_lines=["Apellido y Nombre: MOLINA, SOFÍA", "DNI 40.112.334 - Consumidor Final"], dni=True,
             columns=[("desc", "Detalle", .60, "L"), ("qty", "Cant.", .10, "R"), ("price", "P. Unitario", .14, "R"), ("amount", "Subtotal", .16, "R")],
             mode="BC",
             items=[it("Cuota mensual pase libre - marzo 2026", D(1), D("32000.00")),
                    it("Clase de funcional (suelta)", D(2), D("6500.00"))],
             qr_variant="strings", qr_mode="svg", qr_size=80, cae_style=2)
    out.append(d)

    d = base("h04_fa_dompdf_taller_perc", "dompdf", 4304, "A", 8, 3390, "2026-02-26", "AUTOSERVICE GIORDANO S.R.L.")
    r = d["rng"]
    d.update(issuer_lines=["AUTOSERVICE GIORDANO S.R.L.", "Av. Pellegrini 3344 - Rosario", "IVA Responsable Inscripto"],
             inv_lines=["Punto de Venta: 0008 Comp. Nro: 00003390", "Fecha de Emisión: 26/02/2026", f"CUIT: {d['cuit']}", "IIBB: 021-998877-2"],
             buyer_lines=[f"Razón Social: AGRO INSUMOS SAN JORGE S.A.  CUIT: {dash_cuit(d['buyer_cuit'])}", "Domicilio: Ruta 34 Km 4 - Funes", "Condición de venta: Cuenta corriente 30 días"],
             columns=[("code", "Código", .11, "L"), ("desc", "Descripción", .41, "L"), ("qty", "Cant.", .07, "R"), ("price", "Precio Unit.", .14, "R"), ("rate", "IVA", .09, "R"), ("amount", "Subtotal", .18, "R")],
             mode="A_net", rate_style="pct2", font="sans",
             items=[it(["Cubierta Pirelli Scorpion 265/65 R17", "(colocación incluida)"], D(4), P(r, 250000, 300000), code="PIR2656"),
                    it("Alineación y balanceo 4 ruedas", D(1), D("38000.00"), code="SRV010"),
                    it("Válvula de aire metálica", D(4), P(r, 1500, 2500), code="VAL001")],
             taxes=[("Percepción IIBB Santa Fe 2,5%:", "Percepción IIBB Santa Fe", None), ("Percepción IVA RG 2408:", "Percepción IVA RG 2408", None)],
             qr_mode="image", qr_size=85, cae_style=0)
    out.append(d)

    d = base("h05_fb_dompdf_colegio_pretty", "dompdf", 4305, "B", 3, 8812, "2026-03-04", "INSTITUTO SAN AGUSTÍN S.A.")
    d.update(issuer_lines=["INSTITUTO SAN AGUSTÍN S.A.", "Educación inicial, primaria y secundaria", "Av. Maipú 3800 - Vicente López", "IVA Responsable Inscripto"],
             inv_lines=["FACTURA B N° 00003-00008812", "Fecha de Emisión: 04/03/2026", f"CUIT: {dash_cuit(d['cuit'])}"],
             buyer_lines=["Responsable de pago: CASTRO, VALERIA INÉS", "Alumno: CASTRO, TOMÁS - 5to grado B", "Consumidor Final"],
             columns=[("desc", "Concepto", .80, "L"), ("amount", "Importe", .20, "R")], mode="BC",
             items=[it("Cuota marzo 2026 - Nivel primario", None, None, amount=D("245000.00")),
                    it("Comedor escolar marzo 2026", None, None, amount=D("88000.00")),
                    it("Material didáctico anual", None, None, amount=D("35000.00"))],
             totals_discounts=[("Descuento hermanos 10%", D("-24500.00"))],
             qr_variant="pretty_crlf", qr_size=90, cae_style=3)
    out.append(d)

    # ======================= Apache FOP =========================
    d = base("o01_fa_fop_bebidas_internos", "fop", 4401, "A", 12, 450122, "2026-03-13", "DISTRIBUIDORA CUYO BEBIDAS S.A.")
    r = d["rng"]
    d.update(issuer_lines=["DISTRIBUIDORA CUYO BEBIDAS S.A.", "Acceso Este 2140 - Guaymallén", "IVA Responsable Inscripto"],
             inv_lines=["Nro. Comp.: 00012-00450122", "Fecha: 13-03-2026", f"CUIT: {d['cuit']}"],
             buyer_lines=[f"Cliente: ALMACÉN DON TITO S.R.L.   CUIT: {d['buyer_cuit']}", "IVA Responsable Inscripto - Cta. Cte."],
             columns=[("code", "Código", .10, "L"), ("desc", "Descripción", .38, "L"), ("qty", "Cantidad", .09, "R"), ("unit", "U.M.", .07, "L"), ("price", "Precio Unit.", .14, "R"), ("rate", "IVA %", .07, "R"), ("amount", "Importe", .15, "R")],
             mode="A_net", rate_style="num", pdec=4,
             items=[it("Fernet Branca 750 cc", D(6), D("11230.5785"), code="FB750", unit_print="Unid", qdec=2),
                    it("Cerveza Quilmes lata 473 cc x 24", D(3), D("18512.3967"), code="QL473", unit_print="Unid", qdec=2),
                    it("Gaseosa Coca-Cola 2,25 L x 8", D(2), D("14049.5868"), code="CC225", unit_print="Unid", qdec=2)],
             taxes=[("Impuestos Internos:", "Impuestos Internos", D("9852.40")), ("Percepción IVA 3%:", "Percepción IVA", None)],
             labels={"subtotal": "Neto Gravado:"}, qr_mode="vector", qr_size=85, cae_style=0)
    out.append(d)

    d = base("o02_fb_fop_prepaga_cut255", "fop", 4402, "B", 30, 1884523, "2026-03-01", "SALUD INTEGRAL PREPAGA S.A.")
    d.update(issuer_lines=["SALUD INTEGRAL PREPAGA S.A.", "Av. Belgrano 1370 - CABA", "IVA Responsable Inscripto"],
             inv_lines=["Punto de Venta: 00030 Comp. Nro: 01884523", "Fecha de Emisión: 01/03/2026", f"CUIT: {d['cuit']}", "Período: 03/2026", "Vencimiento: 10/03/2026"],
             buyer_lines=["Titular: BENÍTEZ, MARCELO   Socio N° 1122334/01", "Plan: SI 310 - Grupo familiar (3 integrantes)", "Consumidor Final"],
             columns=[("desc", "Concepto", .82, "L"), ("amount", "Importe", .18, "R")], mode="BC",
             items=[it("Cuota plan SI 310 - titular", None, None, amount=D("185400.00")),
                    it("Cuota plan SI 310 - cónyuge", None, None, amount=D("172300.00")),
                    it("Cuota plan SI 310 - hijo menor de 21", None, None, amount=D("98600.00"))],
             taxes=[("Percepción IIBB CABA:", "Percepción IIBB CABA", D("2738.00"))],
             qr_variant="cut255", qr_mode="vector", qr_size=85, cae_style=2)
    out.append(d)

    d = base("o03_fa_fop_libreria_multipage_norepeat", "fop", 4403, "A", 1, 30455, "2026-03-06", "LIBRERÍA Y PAPELERA CENTRO S.R.L.")
    r = d["rng"]
    cat = ["Resma A4 75 g Boreal", "Bolígrafo BIC azul x50", "Cuaderno Rivadavia ABC 100 h", "Carpeta N°3 tapa dura",
           "Marcador permanente negro", "Cinta adhesiva 48 mm x 100 m", "Abrochadora Mit 50", "Broches N°21/6 x5000",
           "Sobre manila A4 x50", "Corrector líquido 20 ml", "Tóner compatible HP 85A", "Cartucho tinta HP 664 negro",
           "Lápiz negro HB x12", "Goma de borrar Staedtler", "Regla 30 cm acrílico"]
    items = []
    for i in range(62):
        nm = cat[i % len(cat)] + (" - lote %d" % (i // len(cat) + 1) if i >= len(cat) else "")
        items.append(it(nm, D(r.randint(1, 20)), P(r, 500, 30000), code=f"L{r.randint(1000, 9999)}", qdec=0))
    items.insert(7, it(["Libro \"Manual de Contabilidad Básica\"", "7ma edición - Ed. Macchi"], D(2), D("42000.00"), code="LIB077", exempt=True, rate=D(0)))
    d.update(issuer_lines=["LIBRERÍA Y PAPELERA CENTRO S.R.L.", "San Martín 780 - Neuquén", "IVA Responsable Inscripto"],
             inv_lines=["Comprobante Nro. 0001-00030455", "Fecha: 06.03.2026", f"CUIT: {d['cuit']}"],
             buyer_lines=[f"Razón Social: COOPERATIVA ESCOLAR PATAGONIA LTDA.   CUIT: {d['buyer_cuit']}", "Exento - Cta. Cte. 30 días"],
             columns=[("code", "Código", .09, "L"), ("desc", "Descripción", .45, "L"), ("qty", "Cant.", .07, "R"), ("price", "Precio Unit.", .14, "R"), ("rate", "IVA", .08, "R"), ("amount", "Subtotal", .17, "R")],
             mode="A_net", rate_style="pct", items=items, repeat_header=False, labels={"subtotal": "Subtotal:", "exento": "Importe Exento:"},
             qr_mode="image", qr_size=80, cae_style=1, totals_style="grid")
    out.append(d)

    d = base("o04_fb_fop_seguro_qr_cuit_flag", "fop", 4404, "B", 9, 552170, "2026-03-08", "LA PRUDENCIA COMPAÑÍA DE SEGUROS S.A.")
    d.update(issuer_lines=["LA PRUDENCIA COMPAÑÍA DE SEGUROS S.A.", "Reconquista 458 - CABA", "IVA Responsable Inscripto"],
             inv_lines=["Comprobante Nro. 0009-00552170", "Fecha de Emisión: 08/03/2026", f"CUIT: {dash_cuit(d['cuit'])}"],
             buyer_lines=["Asegurado: VEGA, HORACIO DANIEL", "Póliza N° 30-118822/4 - Automotor Toyota Etios AD456EF", "Consumidor Final"],
             columns=[("desc", "Concepto", .80, "L"), ("amount", "Importe", .20, "R")], mode="BC",
             items=[it("Prima cuota 3/6 - Todo riesgo con franquicia", None, None, amount=D("96540.00")),
                    it("Recargo administrativo", None, None, amount=D("3120.00"))],
             taxes=[("Impuestos y sellados:", "Impuestos y sellados", D("2190.55"))],
             qr_override={"cuit": "30500036911"}, warnings=["qr_mismatch"], qr_mode="vector", qr_size=80, cae_style=0)
    out.append(d)

    d = base("o05_fc_fop_kinesiologa_noqr", "fop", 4405, "C", 3, 612, "2026-03-19", "LIC. ANDREA B. FUNES", prefix="27")
    d.update(issuer_lines=["LIC. ANDREA B. FUNES", "Kinesiología y fisioterapia - M.P. 4455", "Sarmiento 1120 - Salta", "Monotributo"],
             code_text="Código 11", issuer_side="R", qr=False, font="serif",
             inv_lines=["Nº 0003-00000612", "Fecha: 19.03.2026", f"C.U.I.T.: {d['cuit']}"],
             buyer_lines=["Paciente: IBARRA, JOSÉ LUIS", "DNI 22.334.998 - Consumidor Final"], dni=True,
             columns=[("qty", "Cant.", .10, "R"), ("desc", "Detalle", .56, "L"), ("price", "Precio Unit.", .16, "R"), ("amount", "Importe", .18, "R")],
             mode="BC", items=[it(["Sesiones de kinesiología (rehabilitación", "de rodilla post-quirúrgica)"], D(10), D("12000.00")),
                               it("Evaluación funcional inicial", D(1), D("18000.00"))],
             cae_style=2)
    out.append(d)

    # ======================= iText 5 =========================
    d = base("i01_fa_itext_afipstyle_civa_3copies", "itext", 4501, "A", 2, 1408, "2026-02-12", "CLIMATIZACIÓN PATAGÓNICA S.R.L.")
    r = d["rng"]
    d.update(issuer_lines=["CLIMATIZACIÓN PATAGÓNICA S.R.L.", "Razón Social: CLIMATIZACIÓN PATAGÓNICA S.R.L.", "Domicilio Comercial: Mitre 455 - Bariloche", "Condición frente al IVA: IVA Responsable Inscripto"],
             copies=["ORIGINAL", "DUPLICADO", "TRIPLICADO"], qr_where="all",
             inv_lines=["Punto de Venta: 00002 Comp. Nro: 00001408", "Fecha de Emisión: 12/02/2026", f"CUIT: {d['cuit']}", "Ingresos Brutos: 30-70988877-1", "Fecha de Inicio de Actividades: 01/09/2012"],
             buyer_lines=[f"CUIT: {d['buyer_cuit']}   Apellido y Nombre / Razón Social: HOSTERÍA EL MIRADOR S.A.", "Condición frente al IVA: IVA Responsable Inscripto   Domicilio: Av. Bustillo Km 12 - Bariloche", "Condición de venta: Otra"],
             columns=[("desc", "Producto / Servicio", .32, "L"), ("qty", "Cantidad", .08, "R"), ("unit", "U. Medida", .09, "L"), ("price", "Precio Unit.", .12, "R"),
                      ("bonif", "% Bonif", .07, "R"), ("net", "Subtotal", .11, "R"), ("rate", "Alícuota IVA", .10, "R"), ("amount", "Subtotal c/IVA", .11, "R")],
             mode="A_civa", rate_style="pct", fs=7.5,
             items=[it(["Equipo split inverter 4500 frigorías", "BGH Silent Air"], D(2), P(r, 800000, 900000), unit_print="unidades", qdec=2),
                    it(["Instalación de equipo split hasta 3 m", "de cañería"], D(2), D("95000.00"), unit_print="unidades", qdec=2),
                    it("Soporte reforzado para condensadora", D(2), P(r, 20000, 30000), rate=A105, unit_print="unidades", qdec=2)],
             labels={"subtotal": "Importe Neto Gravado: $", "iva": "IVA {r}: $", "total": "Importe Total: $"},
             qr_mode="vector", qr_size=80, cae_style=0)
    out.append(d)

    d = base("i02_fb_itext_celular_internos", "itext", 4502, "B", 40, 9912234, "2026-03-11", "MOVILNET ARGENTINA S.A.")
    d.update(issuer_lines=["MOVILNET ARGENTINA S.A.", "Av. Madero 900 - CABA", "IVA Responsable Inscripto"],
             inv_lines=["FACTURA B N° 00040-09912234", "Fecha de Emisión: 11.03.2026", f"CUIT: {d['cuit']}", "Período facturado: 10/02/2026 al 09/03/2026"],
             buyer_lines=["Cliente: ACOSTA, MARIANA BELÉN   Línea: 11-5512-3344", "Consumidor Final"],
             extra_lines=["Vencimiento: 25/03/2026"],
             columns=[("desc", "Concepto", .64, "L"), ("qty", "Cant.", .08, "R"), ("price", "P. Unit.", .12, "R"), ("amount", "Importe", .16, "R")],
             mode="BC",
             items=[it("Abono Plan 15 GB", D(1), D("21900.00")), it("Pack roaming 7 días", D(1), D("9800.00")),
                    it("Seguro de equipo", D(1), D("4350.00"))],
             taxes=[("Impuestos Internos:", "Impuestos Internos", D("1502.10")), ("Percepción IIBB CABA:", "Percepción IIBB CABA", D("540.75"))],
             qr_mode="image", qr_size=111, cae_style=2)
    out.append(d)

    d = base("i03_fc_itext_cerrajero_datefmt", "itext", 4503, "C", 4, 1290, "2026-03-17", "CERRAJERÍA EL CANDADO de Omar Díaz", prefix="20")
    d.update(issuer_lines=["CERRAJERÍA EL CANDADO de Omar Díaz", "Av. Alberdi 2380 - CABA", "Monotributista"],
             code_text="Cod. 011", issuer_side="R", letter_style="box",
             inv_lines=["Factura C N° 0004-00001290", "Fecha de Emisión: 17/03/2026", f"CUIT: {d['cuit']}"],
             buyer_lines=["Señor(es): CONSORCIO ALBERDI 2211", "Domicilio: Av. Alberdi 2211 - CABA", "IVA Exento"],
             columns=[("qty", "Cant.", .09, "R"), ("desc", "Descripción", .55, "L"), ("price", "P. Unitario", .17, "R"), ("amount", "Total", .19, "R")],
             mode="BC", numstyle="$glued",
             items=[it("Apertura de puerta de acceso", D(1), D("38000.00")), it("Cerradura de seguridad Trabex 2000", D(1), D("65000.00")),
                    it("Copia de llave doble paleta", D(6), D("4500.00"))],
             qr_variant="ddmmyyyy", qr_mode="vector", qr_size=75, cae_style=2)
    out.append(d)

    d = base("i04_fb_itext_ml_qr_number_flag", "itext", 4504, "B", 6, 51877, "2026-03-20", "ZAPATILLAS URBANAS S.R.L.")
    r = d["rng"]
    d.update(issuer_lines=["ZAPATILLAS URBANAS S.R.L.", "Av. Cabildo 2040 - CABA", "IVA Responsable Inscripto"],
             inv_lines=["Nº 0006-00051877", "Fecha: 20/03/2026", f"CUIT: {dash_cuit(d['cuit'])}"],
             buyer_lines=["Razón Social: RUIZ, FEDERICO", "Consumidor Final - Condición de venta: MercadoPago"],
             columns=[("code", "SKU", .12, "L"), ("desc", "Descripción", .52, "L"), ("qty", "Cant.", .08, "R"), ("price", "Precio", .12, "R"), ("amount", "Total", .16, "R")],
             mode="BC",
             items=[it(["Zapatillas Topper Rival III talle 42", "Operación ML #2000012345678901"], D(1), P(r, 70000, 90000), code="TOP-R3-42"),
                    it("Medias deportivas pack x3", D(1), P(r, 6000, 9000), code="MED-PK3")],
             qr_override={"nroCmp": 51878}, warnings=["qr_mismatch"], qr_mode="image", qr_size=111, cae_style=1)
    out.append(d)

    d = base("i05_fa_itext_verduleria_kg_disc", "itext", 4505, "A", 2, 8890, "2026-03-07", "MERCADO CENTRAL FRUTAS S.A.")
    r = d["rng"]
    d.update(issuer_lines=["MERCADO CENTRAL FRUTAS S.A.", "Autopista Ricchieri y Boulogne Sur Mer", "Nave 4 Puesto 120 - Tapiales", "IVA Responsable Inscripto"],
             inv_lines=["Punto de Venta: 0002 - Comp. Nro: 00008890", "Fecha de Emisión: 07/03/2026", f"C.U.I.T.: {d['cuit']}"],
             buyer_lines=[f"Razón Social: RESTAURANTE LA ESQUINA S.R.L.   CUIT {d['buyer_cuit']}", "Resp. Inscripto - Contado"],
             columns=[("desc", "Descripción", .46, "L"), ("qty", "Cantidad", .12, "R"), ("price", "Precio x kg", .14, "R"), ("rate", "IVA", .10, "R"), ("amount", "Subtotal", .18, "R")],
             mode="A_net", rate_style="pct",
             items=[it("Tomate perita", D("18.500"), D("1850.00"), rate=A105, unit="kg", qdec=3, qsuffix=" kg"),
                    it("Papa negra", D("25.000"), D("720.00"), rate=A105, unit="kg", qdec=3, qsuffix=" kg"),
                    it("Limón", D("6.250"), D("1300.00"), rate=A105, unit="kg", qdec=3, qsuffix=" kg"),
                    it("Cajones plásticos (envase)", D(4), D("2500.00"), rate=A21, qsuffix=" un")],
             table_discounts=[("Bonificación cliente mayorista", D("-4000.00"), A105)],
             qr_mode="vector", qr_size=80, cae_style=3)
    out.append(d)

    # ======================= libharu =========================
    d = base("c01_fb_haru_almacen_kg_ean", "haru", 4601, "B", 3, 40112, "2026-03-22", "AUTOSERVICIO LOS HERMANOS")
    r = d["rng"]
    d.update(issuer_lines=["AUTOSERVICIO LOS HERMANOS", "de Chen Wei y Chen Li S.H.", "Rivadavia 1280 - Morón", "IVA Responsable Inscripto"],
             inv_lines=["Pto. Venta: 0003  Nro: 00040112", "Fecha: 22/03/2026", f"CUIT: {d['cuit']}"],
             buyer_lines=["Cliente: Consumidor Final"],
             columns=[("code", "Código", .18, "L"), ("desc", "Descripción", .40, "L"), ("qty", "Cant.", .12, "R"), ("price", "P. Unit.", .13, "R"), ("amount", "Importe", .17, "R")],
             mode="BC",
             items=[it("Yerba Playadito 1 kg", D(2), P(r, 4000, 5000), code=ean13(r), ean=True),
                    it("Queso cremoso", D("0.845"), D("9800.00"), code=ean13(r, "2"), ean=True, unit="kg", qdec=3, qsuffix=" kg"),
                    it("Banana Ecuador", D("1.320"), D("2100.00"), unit="kg", qdec=3, qsuffix=" kg"),
                    it("Aceite girasol Natura 1,5 L", D(1), P(r, 3000, 4000), code=ean13(r), ean=True),
                    it("Leche La Serenísima 1 L", D(3), P(r, 1300, 1700), code=ean13(r), ean=True)],
             payments=[("TARJETA DEBITO", None)], qr_mode="vector", qr_size=70, cae_style=2)
    out.append(d)

    d = base("c02_fc_haru_peluqueria_noqr", "haru", 4602, "C", 1, 2034, "2026-03-25", "ESTILO CLAUDIA de Claudia Méndez", prefix="27")
    d.update(issuer_lines=["ESTILO CLAUDIA de Claudia Méndez", "Peluquería y estética", "Av. Mitre 3021 - Avellaneda", "Monotributo"],
             code_text="COD. 011", font="serif", qr=False,
             inv_lines=["Comp. Nro: 0001-00002034", "Fecha: 25 de marzo de 2026", f"CUIT: {dash_cuit(d['cuit'])}"],
             buyer_lines=["Cliente: LÓPEZ, ANA MARÍA - Consumidor Final"],
             columns=[("desc", "Servicio", .80, "L"), ("amount", "Importe", .20, "R")], mode="BC", numstyle="$ar",
             items=[it("Corte y brushing", None, None, amount=D("15000.00")), it("Coloración completa con tintura", None, None, amount=D("38000.00")),
                    it("Tratamiento de keratina", None, None, amount=D("45000.00"))], cae_style=2)
    out.append(d)

    d = base("c03_fa_haru_informatica_nodate", "haru", 4603, "A", 5, 6621, "2026-03-09", "COMPUMUNDO DEL CENTRO S.A.")
    r = d["rng"]
    d.update(issuer_lines=["COMPUMUNDO DEL CENTRO S.A.", "9 de Julio 1250 - Córdoba", "IVA Responsable Inscripto"], issuer_side="R",
             inv_lines=["Comprobante Nro. 0005-00006621", "Fecha: 09-03-26", f"CUIT: {d['cuit']}"],
             buyer_lines=[f"Señor(es): ESTUDIO CONTABLE RÍOS Y ASOC.   CUIT: {d['buyer_cuit']}", "IVA Responsable Inscripto - Cta. Cte."],
             columns=[("desc", "Descripción", .46, "L"), ("qty", "Cant.", .08, "R"), ("price", "Precio Unit.", .15, "R"), ("rate", "Alíc.", .10, "R"), ("amount", "Subtotal", .21, "R")],
             mode="A_net", rate_style="pct2", numstyle="plain",
             items=[it("Notebook Lenovo IdeaPad 3 15\" i5 16 GB", D(2), P(r, 800000, 950000), rate=A105),
                    it("Monitor Samsung 24\" FHD", D(2), P(r, 180000, 220000), rate=A105),
                    it("Mouse inalámbrico Logitech M170", D(2), P(r, 12000, 16000), rate=A21),
                    it("Configuración e instalación de equipos", D(1), D("45000.00"), rate=A21)],
             qr_variant="nodate", qr_mode="image", qr_size=80, cae_style=1)
    out.append(d)

    # ======================= mutool create =========================
    d = base("m01_fb_mutool_vivero_payment", "mutool", 4701, "B", 2, 7719, "2026-03-15", "VIVERO LAS CAMELIAS S.R.L.")
    r = d["rng"]
    d.update(issuer_lines=["VIVERO LAS CAMELIAS S.R.L.", "Ruta 27 Km 4,2 - Tigre", "IVA Responsable Inscripto"],
             inv_lines=["Nro.: 0002-00007719", "Fecha: 15/03/2026", f"CUIT: {d['cuit']}"],
             buyer_lines=["Cliente: Consumidor Final"], letter_style="inline", code_text="CODIGO 06",
             columns=[("qty", "Cant.", .10, "R"), ("desc", "Descripción", .50, "L"), ("price", "P.Unit.", .18, "R"), ("amount", "Importe", .22, "R")],
             mode="BC",
             items=[it("Camelia japonica maceta 5 L", D(2), D("18500.00")), it("Tierra fértil bolsa 50 L", D(3), D("6200.00")),
                    it("Fertilizante NPK 1 kg", D(1), D("7400.00"))],
             payments=[("EFECTIVO", None)], qr_mode="vector", qr_size=85, cae_style=2)
    out.append(d)

    d = base("m02_fc_mutool_profesora_noqr", "mutool", 4702, "C", 1, 145, "2026-03-26", "PROF. MARÍA E. ACUÑA", prefix="27")
    d.update(issuer_lines=["PROF. MARÍA E. ACUÑA", "Clases de inglés particulares", "Monotributo - Categoría B"],
             inv_lines=["Punto de Venta: 0001 Comp. Nro: 00000145", "Fecha de Emisión: 26-03-26", f"CUIT: {d['cuit']}"],
             buyer_lines=["Señor(es): PAZ, GABRIELA (madre de Tomás Paz)", "Consumidor Final"], qr=False, code_text="COD. 11",
             columns=[("desc", "Concepto", .62, "L"), ("qty", "Cant.", .10, "R"), ("price", "P.Unit.", .13, "R"), ("amount", "Importe", .15, "R")],
             mode="BC", numstyle="plain",
             items=[it(["Clases individuales de inglés nivel", "intermedio (marzo 2026)"], D(8), D("9500.00")),
                    it("Material de estudio impreso", D(1), D("6000.00"))], cae_style=0)
    out.append(d)
    return out


def finalize_all():
    res = []
    for d in docs():
        # taxes with a None amount are computed from the net (rate in the label)
        cs = d.pop("cae_style", 0)
        res.append((d, cs))
    built = []
    for d, cs in res:
        if any(t[2] is None for t in d.get("taxes", [])):
            from core import q2
            net = sum((x["qty"] * x["price"] * (1 - (x["bonif"] or D(0)) / 100) if x.get("amount") is None else x["amount"]) for x in d["items"])
            new = []
            for lab, desc, a in d["taxes"]:
                if a is None:
                    if "3,00%" in lab or "3%" in lab:
                        a = q2(net * D("0.03"))
                    elif "2,5" in lab:
                        a = q2(net * D("0.025"))
                    elif "2408" in lab:
                        a = q2(net * D("0.03"))
                    else:
                        a = q2(net * D("0.02"))
                new.append((lab, desc, a))
            d["taxes"] = new
        d["taxes"] = [t for t in d.get("taxes", []) if t[2] != 0]
        pays = d.get("payments")
        after = d.get("after_lines")
        dd = fin(d, cs)
        if pays:
            dd["payments"] = [(m, D(dd["expected"]["total"])) for m, _ in pays]
            dd["expected"]["payments"] = [{"method": m, "amount": dd["expected"]["total"]} for m, _ in pays]
            dd.setdefault("after_lines", [])
            dd["after_lines"] = [f"{m} {fmt_num(D(dd['expected']['total']), 2, dd.get('numstyle', 'ar'))}" for m, _ in pays] + dd["after_lines"]
        if after and any("{PESOS}" in a for a in after):
            from core import q2
            pesos = q2(D(dd["expected"]["total"]) * dd["ctz"])
            dd["after_lines"] = [a.replace("{PESOS}", fmt_num(pesos, 2)) for a in after]
        built.append(dd)
    return built
