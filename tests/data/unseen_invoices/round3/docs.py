"""The invoice set: one function per document, each from its own fixed seed."""
import datetime as dt
from decimal import Decimal as D

from core import (CAT, SERVICES, Doc, Item, ar, dash_cuit, ean13, finish, make_cuit, r2)
import layout as LY

BUYERS_CO = [("DISTRIBUIDORA LOS ALAMOS S.R.L.", "30"), ("ESTUDIO CONTABLE BERON Y ASOC. S.A.", "30"),
             ("GASTRONOMIA DEL SUR S.A.", "30"), ("COOPERATIVA DE TRABAJO EL CEIBO LTDA", "30"),
             ("TALLERES MECANICOS RIVADAVIA S.R.L.", "30"), ("CONSULTORA NEXO SAS", "30")]
CONSUMERS = ["GONZALEZ MARIA LAURA", "PEREZ JUAN IGNACIO", "FERNANDEZ SOFIA BELEN", "RODRIGUEZ CARLOS ALBERTO",
             "LOPEZ MARTINA", "DIAZ FEDERICO NICOLAS", "ROMERO LUCIA", "SOSA ALEJANDRO", "ACOSTA VALERIA"]


def base(name, seed, letter, mname, mprefix, date, pos, number, *, activity="", addr="", city="CABA",
         buyer="consumer", money="ar", datestyle="dmy/"):
    d = Doc(name, seed)
    rng = d.rng
    d.letter = letter
    d.merchant = {"name": mname, "cuit": make_cuit(rng, mprefix), "addr": addr or "Av. Corrientes 1234",
                  "city": city, "activity": activity,
                  "iva": "Responsable Monotributo" if letter == "C" else "IVA Responsable Inscripto",
                  "iibb": None, "inicio": dt.date(2010 + rng.randint(0, 12), rng.randint(1, 12), 1)}
    d.merchant["iibb"] = d.merchant["cuit"] if rng.random() < 0.5 else f"901-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}"
    if buyer == "company" or letter == "A":
        bn, bp = rng.choice(BUYERS_CO)
        d.buyer = {"name": bn, "cuit": make_cuit(rng, bp), "tipoDoc": 80,
                   "iva": "IVA Responsable Inscripto", "addr": "Av. San Martin 2450 - Villa Crespo, CABA"}
        d.buyer["nroDoc"] = d.buyer["cuit"]
    elif buyer == "final":
        d.buyer = {"name": "CONSUMIDOR FINAL", "cuit": None, "tipoDoc": 99, "nroDoc": 0,
                   "iva": "Consumidor Final", "addr": ""}
    else:
        dni = str(rng.randint(20000000, 45999999))
        d.buyer = {"name": rng.choice(CONSUMERS), "cuit": None, "dni": dni, "tipoDoc": 96, "nroDoc": dni,
                   "iva": "Consumidor Final", "addr": "Calle " + str(rng.randint(1, 200)) + " N " + str(rng.randint(100, 3000)) + ", La Plata"}
    d.date = date
    d.pos = pos
    d.number = number
    d.money_style = money
    d.date_style = datestyle
    d.rate_style = "pct"
    return d


def goods(d, kind, n, *, codes=None, qty=(1, 3), qty_places=0, price_places=2, bonif=0, rate_printed=True,
          kg=0, kgkind="kg", pick=None, var=0.15):
    rng = d.rng
    cat = list(CAT[kind])
    chosen = pick if pick is not None else rng.sample(range(len(cat)), min(n, len(cat)))
    while len(chosen) < n:
        chosen.append(rng.randrange(len(cat)))
    for k in chosen:
        desc, bp, rate = cat[k]
        price = D(bp) * D(str(1 + rng.uniform(-var, var)))
        if d.letter == "A":
            price = price / D("1.21")
        price = r2(price)
        if price_places == 4:
            price = price.quantize(D("0.0001"))
        it = Item(desc=desc, qty=D(rng.randint(*qty)), qty_places=qty_places, price=price,
                  price_places=price_places, rate=(D(str(rate)) if rate else None), rate_printed=rate_printed)
        if codes == "ean":
            it.ean = ean13(rng)
        elif codes == "internal":
            it.code = rng.choice(["A", "F", "", "0"]) + str(rng.randint(1000, 99999))
        d.items.append(it)
    if kg:
        cat = CAT[kgkind]
        for k in rng.sample(range(len(cat)), kg):
            desc, bp, rate = cat[k]
            price = D(bp) if d.letter != "A" else r2(D(bp) / D("1.21"))
            w = D(rng.randint(250, 3400)) / 1000
            it = Item(desc=desc, qty=w, qty_places=3, unit="kg", unit_label="kg", price=price,
                      rate=D(str(rate)), rate_printed=rate_printed)
            if codes == "internal":
                it.code = str(rng.randint(1000, 9999))
            d.items.insert(rng.randrange(len(d.items) + 1), it)
    if bonif:
        for it in rng.sample(d.items, bonif):
            it.bonif = D(rng.choice([5, 10, 15]))
    return d


def services(d, kind, idx, prices, *, rate=None, qty_printed=True, qty=None):
    texts = SERVICES[kind]
    for i, p in zip(idx, prices):
        price = D(p)
        it = Item(desc=texts[i], qty=D(qty[i] if qty else 1), qty_places=0, price=price,
                  rate=(D(str(rate)) if rate is not None else None), qty_printed=qty_printed)
        d.items.append(it)
    return d


D26 = lambda m, dd: dt.date(2026, m, dd)  # noqa: E731


def all_docs():
    docs = []
    A = docs.append

    # ------------------------------------------------------------ LaTeX
    d = base("l01_fa_latex_longtable_autoparts", 3101, "A", "REPUESTOS DEL OESTE S.R.L.", "30", D26(3, 12), 3, 1234,
             activity="Venta de repuestos automotores", addr="Av. Rivadavia 11850, Ciudadela", city="Buenos Aires")
    goods(d, "auto", 44, codes="internal", qty=(1, 4), pick=[i % 16 for i in range(44)])
    for i, it in enumerate(d.items):
        if i >= 16:
            it.desc = it.desc + [" (lado izquierdo)", " (lado derecho)", " - reposicion stock", " x unidad"][i % 4]
    finish(d, letter="A", incl=False, taxes=[("Percepción IIBB Buenos Aires 1,75%", "Percepción IIBB Buenos Aires", "pct", "1.75")])
    d.r = dict(renderer="latex", variant="longtable", qr="vector", qr_mm=34)
    A(d)

    d = base("l02_fb_latex_tabularx_optica", 3102, "B", "OPTICA BELGRANO de Marina Sanchez", "27", D26(3, 3), 2, 587,
             activity="Optica y contactologia", addr="Cabildo 2033", money="ar$", datestyle="dmy.")
    goods(d, "optica", 4, bonif=1)
    finish(d, letter="B", discount=("Descuento pago efectivo", 10))
    d.r = dict(renderer="latex", variant="tabularx_right", qr="png", qr_mm=26)
    A(d)

    d = base("l03_fc_latex_vet_3copies", 3103, "C", "VALERIA N. OJEDA", "27", D26(2, 27), 1, 88,
             activity="Veterinaria - Clinica de pequenos animales", addr="Calle 7 N 1420, La Plata", datestyle="long")
    goods(d, "vet", 4)
    d.items[0].desc = "Consulta clinica general canino (paciente: Toby, caniche, 7 anios) con control de peso y revision dermatologica"
    finish(d, letter="C", qr=False)
    d.copies = ["ORIGINAL", "DUPLICADO", "TRIPLICADO"]
    d.r = dict(renderer="latex", variant="plain_copies", qr=None)
    A(d)

    d = base("l04_fa_latex_telco_qr_cuit_flag", 3104, "A", "TELECOMUNICACIONES PAMPA S.A.", "30", D26(3, 1), 12, 4589012,
             activity="Servicios de telecomunicaciones", addr="Av. Leandro N. Alem 1050", datestyle="dmy/")
    services(d, "telco", [0, 1, 2], ["18500.00", "18500.00", "4370.25"], rate=27)
    d.items.append(Item(desc="Equipo celular Moto G24 128 GB - cuota 3 de 12", qty=D(1), price=D("21487.60"), rate=D(21)))
    d.qr_other_cuit = make_cuit(d.rng, "30")
    finish(d, letter="A", incl=False, flag="qr_cuit",
           taxes=[("Percepción IVA RG 2408", "Percepción IVA RG 2408", "pct", "3"),
                  ("Imp. Internos Telefonía", "Imp. Internos Telefonía", "pct", "4.17")])
    d.r = dict(renderer="latex", variant="tabular_left", qr="png", qr_mm=30)
    A(d)

    d = base("l05_fb_latex_prepaga_qrstrings", 3105, "B", "SALUD INTEGRAL ARGENTINA S.A.", "30", D26(3, 2), 5, 770321,
             activity="Medicina prepaga", addr="Tucuman 744, CABA", money="ar", datestyle="dmy/")
    services(d, "prepaga", [0, 1, 2], ["148530.00", "148530.00", "96544.50"], rate=None)
    finish(d, letter="B", qr_variant=("strings", "nowww"),
           taxes=[("Percepción IIBB CABA", "Percepción IIBB CABA", "pct", "2")])
    d.r = dict(renderer="latex", variant="services", qr="png", qr_mm=28)
    A(d)

    # ------------------------------------------------------------ LibreOffice Writer (python-docx)
    d = base("d01_fa_docx_ml_electro_ean", 3201, "A", "TECNOSUR IMPORTACIONES S.A.", "30", D26(3, 9), 7, 23456,
             activity="Comercio de productos electronicos", addr="Av. Belgrano 1580, CABA", datestyle="dmy/")
    goods(d, "electro", 4, codes="ean", qty=(1, 3))
    d.items[0].desc = d.items[0].desc + " - Operacion ML #2000011223344556"
    finish(d, letter="A", incl=False, taxes=[("Percepción IIBB CABA", "Percepción IIBB CABA", "pct", "3")])
    d.r = dict(renderer="docx", variant="ml", qr="png", qr_mm=32)
    A(d)

    d = base("d02_fb_docx_ferreteria_2copies", 3202, "B", "FERRETERIA EL TORNILLO DE ORO S.R.L.", "30", D26(3, 12), 4, 10452,
             activity="Ferreteria industrial", addr="Av. Mitre 2240, Avellaneda", datestyle="long", money="ar$")
    goods(d, "ferre", 6, codes="internal", qty=(1, 5))
    finish(d, letter="B")
    d.copies = ["ORIGINAL", "DUPLICADO"]
    d.r = dict(renderer="docx", variant="ferre", qr="png", qr_mm=25)
    A(d)

    d = base("d03_fc_docx_psicologa_noqty", 3203, "C", "Lic. CAROLINA INES MARTINEZ", "27", D26(3, 31), 2, 146,
             activity="Psicologa - M.N. 45.871", addr="Guemes 4120 3 B, CABA", datestyle="dmy-2")
    services(d, "psico", [0, 2], ["140000.00", "35000.00"], qty_printed=False)
    finish(d, letter="C", qr_variant=("ddmmyyyy",))
    d.r = dict(renderer="docx", variant="psico", qr="png", qr_mm=30)
    A(d)

    d = base("d04_fb_docx_farmacia_multipage", 3204, "B", "FARMACIA SAN ROQUE SCS", "30", D26(2, 20), 9, 88123,
             activity="Farmacia y perfumeria", addr="Av. Saavedra 515, Quilmes", datestyle="dmy/", money="ar")
    goods(d, "farma", 42, codes="ean", qty=(1, 3), pick=[i % 14 for i in range(42)], var=0.02)
    finish(d, letter="B", taxes=[("Percepción IIBB Bs.As.", "Percepción IIBB Bs.As.", "pct", "0.5")])
    d.r = dict(renderer="docx", variant="farma", qr="png", qr_mm=36)
    A(d)

    # ------------------------------------------------------------ LibreOffice Writer (flat ODT by hand)
    d = base("f01_fc_fodt_plomero_svgqr", 3301, "C", "RAUL ALBERTO QUIROGA", "20", D26(3, 17), 3, 1234,
             activity="Plomeria - gas - cloacas", addr="Pasaje Las Heras 77, Moron", datestyle="dmy/")
    services(d, "plomero", [0, 1, 2, 3], ["45000.00", "98000.00", "38500.00", "12650.00"], qty_printed=False)
    finish(d, letter="C")
    d.r = dict(renderer="fodt", variant="plomero", qr="svg", qr_mm=30)
    A(d)

    d = base("f02_fa_fodt_hosting_usd", 3302, "A", "NUBE AUSTRAL HOSTING S.R.L.", "30", D26(3, 5), 2, 3120,
             activity="Servicios informaticos", addr="Av. del Libertador 6550, CABA", money="usd", datestyle="dmy/")
    services(d, "hosting", [0, 1, 2], ["480.00", "95.50", "350.00"], rate=21)
    d.currency = "USD"
    d.ctz = D("1087.50")
    finish(d, letter="A", incl=False)
    d.r = dict(renderer="fodt", variant="usd", qr="png", qr_mm=28)
    A(d)

    # ------------------------------------------------------------ LibreOffice Calc (flat ODS by hand)
    d = base("s01_fa_calc_libreria_exento_grid", 3401, "A", "LIBRERIA DEL SUR S.A.", "30", D26(3, 10), 6, 5521,
             activity="Libreria", addr="Florida 340, CABA", datestyle="dmy.")
    goods(d, "libros", 6, qty=(1, 4), pick=[0, 1, 2, 3, 4, 6])
    finish(d, letter="A", incl=False)
    d.r = dict(renderer="fods", variant="grid", qr="png", qr_mm=30)
    A(d)

    d = base("s02_fb_calc_internet", 3402, "B", "CONECTAR FIBRA S.A.", "30", D26(3, 4), 21, 334521,
             activity="Proveedor de internet", addr="Av. Colon 1100, Cordoba", city="Cordoba", datestyle="dmy.")
    services(d, "internet", [0, 1, 2], ["32999.00", "3500.00", "6200.00"])
    finish(d, letter="B", taxes=[("Percepción IIBB Córdoba", "Percepción IIBB Córdoba", "pct", "1.5")])
    d.r = dict(renderer="fods", variant="service", qr="png", qr_mm=27)
    A(d)

    d = base("s03_fa_calc_bebidas_4dec_internos", 3403, "A", "BEBIDAS LOS ANDES S.A.", "30", D26(2, 25), 11, 70012,
             activity="Distribuidora mayorista", addr="Ruta 8 km 52, Pilar", datestyle="dmy-")
    goods(d, "bebidas", 5, codes="internal", qty=(2, 12), price_places=4, qty_places=2)
    finish(d, letter="A", incl=False, qr=False,
           taxes=[("Impuestos Internos", "Impuestos Internos", "pct", "8"),
                  ("Percepción IVA", "Percepción IVA", "pct", "3")])
    d.r = dict(renderer="fods", variant="erp4", qr=None)
    A(d)

    d = base("s04_fb_calc_almacen_kg_totals_flag", 3404, "B", "AUTOSERVICIO DON PEPE", "20", D26(3, 14), 2, 9911,
             activity="Almacen y fiambreria", addr="Av. Mosconi 3300, CABA", datestyle="dmy/", buyer="final")
    goods(d, "almacen", 4, qty=(1, 3), kg=3, codes="ean")
    finish(d, letter="B", flag="totals")
    d.r = dict(renderer="fods", variant="kg", qr="png", qr_mm=30)
    A(d)

    # ------------------------------------------------------------ groff
    d = base("g01_fc_groff_gomeria_noqr", 3501, "C", "GOMERIA EL RAYO de Hector Medina", "20", D26(3, 6), 1, 3312,
             activity="Gomeria y alineacion", addr="Ruta 3 km 45, Canuelas", city="Buenos Aires", datestyle="dmy-2")
    services(d, "gomeria", [0, 1, 2, 3], ["9500.00", "16000.00", "22000.00", "1800.00"], qty=[1, 1, 1, 4])
    finish(d, letter="C", qr=False)
    d.r = dict(renderer="groff", o=dict(via="pdf", num=lambda d: f"FACTURA C  Nro. {d.pos:04d}-{d.number:08d}",
               cols=[("Cant.", "n", LY_q(d)), ("Detalle", "lw(9c)", lambda it: it.desc), ("P. Unit.", "n", LY_p(d)), ("Importe", "n", LY_a(d))],
               total_label="TOTAL $"))
    A(d)

    d = base("g02_fb_groff_electricista_noqr", 3502, "B", "INSTALACIONES ELECTRICAS NORTE S.R.L.", "30", D26(2, 18), 4, 902,
             activity="Instalaciones electricas domiciliarias", addr="Av. Maipu 2100, Vicente Lopez", city="Buenos Aires", datestyle="dmy.")
    services(d, "electricista", [0, 1, 2], ["185000.00", "96000.00", "60000.00"])
    finish(d, letter="B", qr=False)
    d.r = dict(renderer="groff", o=dict(via="ps", num=lambda d: f"Factura B  N\(de {d.pos:04d}-{d.number:08d}",
               cols=[("Descripción", "lw(10c)", lambda it: it.desc), ("Cantidad", "n", LY_q(d)), ("Precio Unitario", "n", LY_p(d)), ("Subtotal", "n", LY_a(d))]))
    A(d)

    # ------------------------------------------------------------ hand-written PostScript
    d = base("p01_fb_ps_kiosco_payment", 3601, "B", "MAXIKIOSCO LA PARADA", "20", D26(3, 20), 2, 45120,
             activity="Maxikiosco y almacen", addr="Av. Cabildo 4410, CABA", datestyle="dmy/", buyer="final", money="glued")
    goods(d, "almacen", 5, qty=(1, 2))
    finish(d, letter="B", qr_variant=())
    d.payments = [("TARJETA DEBITO", d.total_printed)]
    d.r = dict(renderer="ps", o=dict(issuer="left", issuer_lines=LY.issuer_plain, doc_lines=LY.doc_lines_fact,
               buyer_lines=LY.buyer_std, qr="vector", qr_mm=30, total_label="TOTAL",
               after_total=lambda d: [f"TARJETA DEBITO {d.m(d.total_printed)}"],
               cols=[("Descripción", 14, "l", lambda it: it.desc, 60), ("Cant.", 130, "r", LY_q(d), None),
                     ("Precio", 160, "r", LY_p(d), None), ("Importe", 196, "r", LY_a(d), None)]))
    A(d)

    d = base("p02_fa_ps_qr_number_flag", 3602, "A", "CORRALON SAN MARTIN S.A.", "30", D26(3, 11), 8, 4521,
             activity="Materiales de construccion", addr="Av. Eva Peron 2800, San Martin", city="Buenos Aires", datestyle="dmy/")
    goods(d, "ferre", 4, codes="internal", qty=(2, 10))
    finish(d, letter="A", incl=False, flag="qr_number")
    d.r = dict(renderer="ps", o=dict(issuer="right", issuer_lines=LY.issuer_rs, doc_lines=LY.doc_lines_pv,
               buyer_lines=LY.buyer_std, qr="vector", qr_mm=33, qr_x=150, cae_x=14, total_label="Importe Total",
               fonts=("Times-Roman", "Times-Bold"),
               cols=[("Código", 14, "l", lambda it: it.code or "", None), ("Descripción", 34, "l", lambda it: it.desc, 48),
                     ("Cant.", 124, "r", LY_q(d), None), ("P. Unitario", 148, "r", LY_p(d), None),
                     ("IVA", 164, "r", lambda it: d.rate_str(it, "pct"), None), ("Subtotal", 196, "r", LY_a(d), None)]))
    A(d)

    # ------------------------------------------------------------ enscript / a2ps
    d = base("e01_fa_enscript_erp_multipage", 3701, "A", "METALURGICA DEL LITORAL S.A.", "30", D26(3, 16), 15, 128803,
             activity="Metalurgica", addr="Bv. Oronio 1450, Rosario", city="Santa Fe", datestyle="dmy/")
    goods(d, "ferre", 60, codes="internal", qty=(1, 20), pick=[i % 12 for i in range(60)], qty_places=2)
    for i, it in enumerate(d.items):
        it.desc = it.desc + f" - lote {1000 + i}"
    finish(d, letter="A", incl=False, taxes=[("Percepción IIBB Santa Fe", "Percepción IIBB Santa Fe", "pct", "2.5")])
    d.cond_venta = "Cta. Cte. 30 dias"
    d.r = dict(renderer="enscript", o=dict(num=lambda d: f"Pto.Vta: {d.pos:05d} Nro: {d.number:08d}", per_page=26, width=90,
               qr="png", qr_mm=28, qr_x=150, qr_y=175, head_every_page=False, hdr_every_page=False,
               cols=[("Codigo", 7, "l", lambda it: it.code or "", False), ("Descripcion", 38, "l", lambda it: it.desc, True),
                     ("Cantidad", 9, "r", LY_q(d), False), ("P.Unitario", 12, "r", LY_p(d), False),
                     ("Alic", 5, "r", lambda it: d.rate_str(it, "2dec"), False), ("Importe", 14, "r", LY_a(d), False)]))
    A(d)

    d = base("e02_fb_enscript_carniceria_kg", 3702, "B", "CARNICERIA Y GRANJA LOS HERMANOS", "20", D26(3, 21), 3, 7712,
             activity="Carniceria", addr="Av. Gaona 3300, CABA", datestyle="dmy-2", buyer="final")
    goods(d, "almacen", 1, qty=(1, 2), kg=4)
    finish(d, letter="B", qr_variant=("crlf",))
    d.r = dict(renderer="enscript", o=dict(num=lambda d: f"Comp. Nro: {d.pos:04d}-{d.number:08d}", font="Courier10",
               qr="png", qr_mm=32, qr_x=20, qr_y=150, width=80,
               cols=[("Descripcion", 34, "l", lambda it: it.desc, True), ("Cant.", 8, "r", LY_q(d), False),
                     ("U.Med", 5, "l", lambda it: "kg" if it.unit == "kg" else "u", False), ("Precio", 12, "r", LY_p(d), False), ("Importe", 14, "r", LY_a(d), False)]))
    A(d)

    d = base("e03_fc_a2ps_clases_noqr", 3703, "C", "SILVINA ANDREA CASTRO", "27", D26(3, 28), 2, 61,
             activity="Clases particulares", addr="Calle 50 N 812, La Plata", datestyle="long")
    services(d, "clases", [0, 1], ["96000.00", "8500.00"])
    finish(d, letter="C", qr=False)
    d.r = dict(renderer="a2ps", o=dict(num=lambda d: f"Nro: {d.pos:04d}-{d.number:08d}", width=88,
               cols=[("Concepto", 52, "l", lambda it: it.desc, True), ("Cant", 5, "r", LY_q(d), False),
                     ("P.Unit.", 12, "r", LY_p(d), False), ("Importe", 14, "r", LY_a(d), False)]))
    A(d)

    # ------------------------------------------------------------ pycairo
    d = base("c01_fa_cairo_right_issuer_percs", 3801, "A", "MUEBLES ROBLE NOBLE S.A.", "30", D26(3, 7), 5, 2291,
             activity="Fabrica de muebles", addr="Av. San Martin 5400, Caseros", city="Buenos Aires", datestyle="dmy.", money="glued")
    goods(d, "ferre", 3, qty=(1, 3))
    d.items[0].desc = "Mesa comedor roble macizo 1,80 x 0,90 m lustre natural con 6 sillas tapizadas en pana gris"
    d.items[0].price = D("712396.69")
    finish(d, letter="A", incl=False, taxes=[("Percepción IIBB Bs. As. 2,00%", "Percepción IIBB Bs. As.", "pct", "2"),
                                              ("Percepción IVA 3,00%", "Percepción IVA", "pct", "3")])
    d.r = dict(renderer="cairo", o=dict(issuer="right", issuer_lines=LY.issuer_rs, doc_lines=LY.doc_lines_pv,
               buyer_lines=LY.buyer_std, qr="vector", qr_mm=38, total_label="Importe Total",
               cols=[("Descripción", 14, "l", lambda it: it.desc, 46), ("Cant.", 118, "r", LY_q(d), None),
                     ("Precio Unit.", 142, "r", LY_p(d), None), ("Alícuota IVA", 166, "r", lambda it: d.rate_str(it, "2decpct"), None),
                     ("Subtotal", 196, "r", LY_a(d), None)]))
    A(d)

    d = base("c02_fb_cairo_3copies_rowtotals", 3802, "B", "PINTURERIAS DEL CENTRO S.R.L.", "30", D26(3, 13), 6, 30877,
             activity="Pintureria", addr="San Juan 2900, Mar del Plata", city="Buenos Aires", datestyle="dmy/", money="ar$")
    goods(d, "ferre", 3, qty=(1, 2), pick=[4, 5, 7])
    finish(d, letter="B", discount=("Bonificación cliente frecuente", 5))
    d.copies = ["ORIGINAL", "DUPLICADO", "TRIPLICADO"]
    d.r = dict(renderer="cairo", o=dict(issuer="left", issuer_lines=LY.issuer_plain, doc_lines=LY.doc_lines_fact,
               buyer_lines=LY.buyer_std, qr="png", qr_mm=27, totals="row", copy_banner=True, font="Liberation Sans",
               cols=[("Cantidad", 14, "l", LY_q(d), None), ("Descripción", 36, "l", lambda it: it.desc, 60),
                     ("P. Unitario", 160, "r", LY_p(d), None), ("Importe", 196, "r", LY_a(d), None)]))
    A(d)

    d = base("c03_fc_cairo_vet_castracion", 3803, "C", "CENTRO VETERINARIO PATITAS", "20", D26(3, 19), 3, 2087,
             activity="Clinica veterinaria", addr="Av. Pueyrredon 1500, CABA", datestyle="dmy/")
    services(d, "clinica_vet", [0, 1], ["120000.00", "15000.00"])
    goods(d, "vetkg", 1, kg=0, qty=(1, 1))
    d.items[-1].desc = "Alimento gato castrado bolsa 1 kg"
    finish(d, letter="C")
    d.r = dict(renderer="cairo", o=dict(issuer="left", issuer_lines=LY.issuer_plain, doc_lines=LY.doc_lines_fact,
               buyer_lines=LY.buyer_std, qr="png", qr_mm=40, qr_x=150, cae_x=14, font="Liberation Serif",
               cols=[("Detalle", 14, "l", lambda it: it.desc, 62), ("Cant.", 140, "r", LY_q(d), None),
                     ("P. Unit.", 166, "r", LY_p(d), None), ("Total", 196, "r", LY_a(d), None)]))
    A(d)

    d = base("c04_fb_cairo_ml_qr_total_flag", 3804, "B", "HOGAR Y DECO ONLINE S.A.S.", "30", D26(3, 22), 10, 55012,
             activity="Venta online", addr="Av. Independencia 2200, CABA", datestyle="dmy/")
    goods(d, "electro", 2, qty=(1, 2), pick=[5, 6])
    d.items[0].desc += " - Operacion ML #2000012345678901"
    finish(d, letter="B", flag="qr_total")
    d.cond_venta = "MercadoPago"
    d.r = dict(renderer="cairo", o=dict(issuer="left", issuer_lines=LY.issuer_rs, doc_lines=LY.doc_lines_pv,
               buyer_lines=LY.buyer_std, qr="vector", qr_mm=30,
               cols=[("Producto", 14, "l", lambda it: it.desc, 64), ("Cantidad", 140, "r", LY_q(d), None),
                     ("Precio", 166, "r", LY_p(d), None), ("Subtotal", 196, "r", LY_a(d), None)]))
    A(d)

    d = base("c05_fa_cairo_civa_twoamounts", 3805, "A", "ALIMENTOS DEL VALLE S.A.", "30", D26(3, 24), 4, 17702,
             activity="Distribucion de alimentos", addr="Ruta 22 km 1200, Neuquen", city="Neuquen", datestyle="dmy/")
    goods(d, "almacen", 5, qty=(6, 24), codes="ean")
    finish(d, letter="A", incl=True, subtotal_label="Importe Neto Gravado")
    d.r = dict(renderer="cairo", o=dict(issuer="left", issuer_lines=LY.issuer_rs, doc_lines=LY.doc_lines_pv,
               buyer_lines=LY.buyer_std, qr="png", qr_mm=30, total_label="Importe Total",
               cols=[("Código", 14, "l", lambda it: it.ean or "", None), ("Producto / Servicio", 42, "l", lambda it: it.desc, 34),
                     ("Cant.", 114, "r", LY_q(d), None), ("Precio Unit.", 136, "r", LY_p(d), None),
                     ("Subtotal", 158, "r", lambda it: d.m(it.net), None), ("Alic.", 170, "r", lambda it: d.rate_str(it, "pct"), None),
                     ("Subtotal c/IVA", 196, "r", LY_a(d), None)]))
    A(d)

    # ------------------------------------------------------------ pikepdf content streams
    d = base("k01_fa_pike_tjkern", 3901, "A", "ESTUDIO GRAFICO PUNTO Y COMA S.R.L.", "30", D26(3, 3), 2, 911,
             activity="Imprenta y diseno", addr="Bolivar 1150, CABA", datestyle="dmy/", money="plain")
    goods(d, "libros", 3, qty=(5, 40), pick=[3, 4, 5])
    finish(d, letter="A", incl=False)
    d.r = dict(renderer="pikepdf", o=dict(mode="kern", issuer="left", issuer_lines=LY.issuer_rs, doc_lines=LY.doc_lines_pv,
               buyer_lines=LY.buyer_std, qr="vector", qr_mm=32,
               cols=[("Descripción", 14, "l", lambda it: it.desc, 50), ("Cantidad", 130, "r", LY_q(d), None),
                     ("Precio Unit.", 152, "r", LY_p(d), None), ("% IVA", 166, "r", lambda it: d.rate_str(it, "2dec"), None),
                     ("Importe", 196, "r", LY_a(d), None)]))
    A(d)

    d = base("k02_fb_pike_glyphs_nodateqr", 3902, "B", "LIBRERIA ESCOLAR EL LAPIZ", "27", D26(3, 2), 3, 14409,
             activity="Libreria escolar y comercial", addr="Mitre 820, Tigre", city="Buenos Aires", datestyle="dmy/")
    goods(d, "libros", 3, qty=(1, 6), pick=[3, 4, 5])
    finish(d, letter="B", qr_variant=("nodate",))
    d.r = dict(renderer="pikepdf", o=dict(mode="glyph", issuer="right", issuer_lines=LY.issuer_plain, doc_lines=LY.doc_lines_fact,
               buyer_lines=LY.buyer_std, qr="png", qr_mm=30,
               cols=[("Cant.", 20, "r", LY_q(d), None), ("Artículo", 26, "l", lambda it: it.desc, 60),
                     ("P. Unitario", 160, "r", LY_p(d), None), ("Importe", 196, "r", LY_a(d), None)]))
    A(d)

    d = base("k03_fc_pike_shuffled_noqr", 3903, "C", "JUAN PABLO ESPINOSA", "20", D26(3, 25), 1, 377,
             activity="Servicios de jardineria", addr="Los Aromos 55, Pilar", city="Buenos Aires", datestyle="dmy.")
    d.items.append(Item(desc="Corte de cesped y desmalezado parque 800 m2 - marzo", qty=D(1), price=D("85000.00")))
    d.items.append(Item(desc="Poda de cerco de ligustrina (40 metros lineales)", qty=D(1), price=D("60000.00")))
    d.items.append(Item(desc="Retiro de residuos verdes", qty=D(2), price=D("12500.00")))
    finish(d, letter="C", qr=False)
    d.r = dict(renderer="pikepdf", o=dict(mode="shuffle", issuer="left", issuer_lines=LY.issuer_plain, doc_lines=LY.doc_lines_fact,
               buyer_lines=LY.buyer_std, qr=None, qr_mm=0,
               cols=[("Descripción", 14, "l", lambda it: it.desc, 60), ("Cant.", 140, "r", LY_q(d), None),
                     ("Precio", 166, "r", LY_p(d), None), ("Importe", 196, "r", LY_a(d), None)]))
    A(d)

    # ------------------------------------------------------------ phone scans (OCR layer)
    d = base("n01_fb_scan_ferreteria", 4001, "B", "FERRETERIA LOS PINOS", "20", D26(3, 9), 2, 8123,
             activity="Ferreteria", addr="Av. Alvear 410, Ituzaingo", city="Buenos Aires", datestyle="dmy/", money="ar$")
    goods(d, "ferre", 3, qty=(1, 3), pick=[1, 8, 9])
    finish(d, letter="B")
    d.r = dict(renderer="scan", angle=1.1, o=dict(issuer="left", issuer_lines=LY.issuer_plain, doc_lines=LY.doc_lines_fact,
               buyer_lines=LY.buyer_std, qr="png", qr_mm=38, font="DejaVu Sans",
               cols=[("Descripción", 14, "l", lambda it: it.desc, 56), ("Cant.", 140, "r", LY_q(d), None),
                     ("Precio", 166, "r", LY_p(d), None), ("Importe", 196, "r", LY_a(d), None)]))
    A(d)

    d = base("n02_fc_scan_psicopedagoga", 4002, "C", "MARIANA BEATRIZ SOLARI", "27", D26(3, 30), 1, 219,
             activity="Psicopedagogia", addr="Rivadavia 1800, Moron", city="Buenos Aires", datestyle="dmy/")
    d.items.append(Item(desc="Sesiones de psicopedagogia marzo 2026 (4)", qty=D(4), price=D("32000.00")))
    finish(d, letter="C")
    d.r = dict(renderer="scan", angle=-0.9, o=dict(issuer="left", issuer_lines=LY.issuer_plain, doc_lines=LY.doc_lines_fact,
               buyer_lines=LY.buyer_std, qr="png", qr_mm=40, font="Liberation Sans",
               cols=[("Descripción", 14, "l", lambda it: it.desc, 56), ("Cant.", 140, "r", LY_q(d), None),
                     ("Precio", 166, "r", LY_p(d), None), ("Importe", 196, "r", LY_a(d), None)]))
    A(d)
    for d in docs:
        if d.name.split("_")[0] not in RATE_COL:
            for it in d.items:
                it.rate_printed = False
    return docs


RATE_COL = {"l01", "l04", "d01", "f02", "s01", "s03", "p02", "e01", "c01", "c05", "k01"}


def LY_q(d):
    return lambda it: d.q(it)


def LY_p(d):
    return lambda it: d.p(it)


def LY_a(d):
    return lambda it: d.m(it.amount)
