"""The round-10 documents. One seed per document (CUITs, pos, number, date, CAE)."""
from decimal import Decimal as D
from core import Doc

RI, MT, EX, CF = "IVA Responsable Inscripto", "Responsable Monotributo", "IVA Sujeto Exento", "Consumidor Final"
def BA(name="Consorcio Edificio Rivadavia 4120", cond=RI): return {"name": name, "cuit": "gen", "cond": cond, "addr": "Av. Rivadavia 4120, CABA"}
def BB(name="Gómez, María Laura"): return {"name": name, "dni": "gen", "cond": CF, "addr": "Calle 44 Nº 1310, La Plata"}
BANON = {"name": "Consumidor Final", "cond": CF}

def docs():
    L = []
    A = L.append
    # ---- v: Vim :hardcopy ----
    A(Doc("v01_fb_ferreteria_text", "B", 1001, "BULONERA DEL OESTE S.R.L.", "Ferretería El Tornillo", RI, "Av. Gaona 3345, Ramos Mejía",
          BB(), [("Tornillo autoperforante 8x1\" x100", 2, "un", "3450.00", 21), ("Pintura látex interior blanco 4 L", 1, "un", "18990.00", 21),
                 ("Cable unipolar 2,5 mm x metro", 15, "un", "620.50", 21)], layout={"num": "pv", "letter": "box"}))
    A(Doc("v02_fa_distribuidora_net_2rates", "A", 1002, "DISTRIBUIDORA LOS ALAMOS S.A.", None, RI, "Ruta 8 km 52, Pilar", BA("Almacén La Esquina de Pedro S.R.L."),
          [("Harina 000 x 25 kg", 4, "un", "11250.00", D("10.5")), ("Aceite girasol 1,5 L caja x 12", 2, "un", "28400.00", D("10.5")),
           ("Lavandina 1 L caja x 15", 3, "un", "9100.00", 21), ("Detergente 750 ml caja x 12", 1, "un", "15360.00", 21)],
          taxes=[("Percepción IIBB Bs. As.", "3.00")], layout={"num": "dash", "letter": "word", "align": "right", "datelabel": "Fecha:"}, date_style="dmy-"))
    A(Doc("v03_fc_electricista_noqty", "C", 1003, "RUIZ DIAZ, HECTOR OSVALDO", None, MT, "Pasaje Los Aromos 77, Moreno",
          BB("Fernández, Julio César"), [("Mano de obra: cambio de tablero seccional y disyuntor diferencial", None, None, "85000.00", 0),
                                         ("Disyuntor diferencial 2x40A 30mA", 1, "un", "42300.00", 0)], layout={"num": "pvn", "align": "center"}, date_style="words", qr=None))
    A(Doc("v04_fb_almacen_multipage", "B", 1004, "AUTOSERVICIO HERMANOS QUISPE S.R.L.", "Súper Quispe", RI, "Bolivia 1820, Lomas de Zamora", BANON,
          [(n, q, "un", p, 21) for n, q, p in [
              ("Yerba mate 1 kg", 2, "4850.00"), ("Azúcar 1 kg", 3, "1390.00"), ("Fideos tallarín 500 g", 4, "1120.00"), ("Arroz largo fino 1 kg", 2, "1990.00"),
              ("Leche entera 1 L", 6, "1350.00"), ("Galletitas de agua 3x100 g", 2, "1480.00"), ("Café molido 250 g", 1, "6200.00"), ("Dulce de leche 400 g", 1, "2890.00"),
              ("Queso cremoso x 500 g", 1, "5400.00"), ("Manteca 200 g", 2, "2750.00"), ("Mermelada durazno 454 g", 1, "2300.00"), ("Atún al natural 170 g", 3, "2100.00"),
              ("Arvejas lata 300 g", 2, "890.00"), ("Tomate triturado 520 g", 4, "1050.00"), ("Aceite de oliva 500 ml", 1, "9800.00"), ("Vinagre de alcohol 1 L", 1, "1150.00"),
              ("Sal fina 500 g", 1, "720.00"), ("Papel higiénico x4", 2, "2600.00"), ("Jabón en polvo 800 g", 1, "4100.00"), ("Suavizante 900 ml", 1, "2950.00"),
              ("Esponja multiuso x3", 1, "1450.00"), ("Servilletas x 70", 2, "980.00"), ("Agua mineral 2 L", 4, "1100.00"), ("Gaseosa cola 2,25 L", 2, "3200.00"),
              ("Cerveza rubia lata 473 ml", 6, "1650.00"), ("Pan lactal 550 g", 1, "3300.00"), ("Huevos blancos x 12", 1, "3900.00"), ("Harina leudante 1 kg", 1, "1250.00"),
              ("Polenta instantánea 500 g", 2, "990.00"), ("Puré de tomate 530 g", 2, "870.00"), ("Caldo de verdura x 12", 1, "1560.00"), ("Mayonesa 500 g", 1, "2480.00"),
              ("Mostaza 250 g", 1, "1190.00"), ("Ketchup 250 g", 1, "1290.00"), ("Lentejas 400 g", 2, "1420.00"), ("Garbanzos 400 g", 1, "1590.00"),
              ("Avena arrollada 400 g", 1, "1750.00"), ("Cacao en polvo 360 g", 1, "3650.00"), ("Té en saquitos x 50", 1, "1980.00"), ("Edulcorante 200 ml", 1, "2100.00"),
              ("Shampoo 400 ml", 1, "4800.00"), ("Acondicionador 400 ml", 1, "4800.00"), ("Pasta dental 90 g", 2, "2350.00"), ("Desodorante aerosol", 1, "3700.00"),
              ("Bolsas de residuos x 10", 2, "1100.00"), ("Fósforos x 10 cajas", 1, "950.00"), ("Pilas AA x 4", 1, "5200.00"), ("Vela blanca x 4", 1, "1400.00"),
              ("Alfajor triple chocolate", 6, "950.00"), ("Chocolate con leche 100 g", 2, "2600.00"), ("Caramelos masticables 800 g", 1, "3900.00"), ("Jugo en polvo x 10", 1, "2200.00"),
              ("Mate cocido x 25", 1, "1100.00"), ("Aceitunas verdes 200 g", 1, "2450.00"), ("Choclo cremoso lata", 2, "1180.00"), ("Duraznos en almíbar 820 g", 1, "3350.00"),
              ("Limpiador de pisos 900 ml", 1, "1890.00"), ("Rollo de cocina x 3", 1, "2750.00"), ("Queso rallado 150 g", 1, "3050.00"), ("Salchichas x 6", 2, "1850.00"),
              ("Hamburguesas x 4", 1, "4300.00"), ("Pan rallado 500 g", 1, "1350.00"), ("Lavandina en gel 700 ml", 1, "1650.00"), ("Insecticida aerosol 360 cc", 1, "4950.00"),
              ("Sopa instantánea x 2", 2, "990.00"), ("Bizcochos de grasa 200 g", 2, "1450.00")]],
          layout={"num": "fnum", "letter": "box"}, date_style="dmy."))
    A(Doc("v05_fb_kiosco_totals_mismatch", "B", 1005, "MARTINEZ SOSA, CLAUDIA BEATRIZ", "Kiosco La Parada", RI, "Av. San Martín 2201, Caseros", BANON,
          [("Cigarrillos box 20", 2, "un", "3900.00", 21), ("Bebida isotónica 500 ml", 3, "un", "1850.00", 21), ("Tarjeta SUBE carga", None, None, "5000.00", 21)],
          printed_total_delta=D("1000.00"), flags=["totals_mismatch"], layout={"num": "pv", "letter": "box"}, money="plain"))
    # ---- e: Emacs ps-print ----
    A(Doc("e01_fb_verduleria_kg", "B", 2001, "LOPEZ CASTRO, RAMON ALBERTO", "Verdulería Don Ramón", RI, "Mitre 560, Quilmes", BB(),
          [("Papa negra", D("3.250"), "kg", "890.00", D("10.5")), ("Tomate redondo", D("1.480"), "kg", "2450.00", D("10.5")),
           ("Lechuga criolla", D("0.620"), "kg", "3100.00", D("10.5")), ("Limón x unidad", 6, "un", "250.00", D("10.5"))],
          layout={"num": "pv", "cols": ["qty", "unit", "desc", "price", "amount"], "names": {"qty": "Cantidad", "price": "Precio", "amount": "Subtotal"}}, date_style="dmy-"))
    A(Doc("e02_fa_estudio_contable_civa", "A", 2002, "ESTUDIO CONTABLE BERGARA & ASOCIADOS S.R.L.", None, RI, "Tucumán 1455 Piso 3 Of. B, CABA", BA("Transportes La Unión S.A."),
          [("Honorarios por liquidación de sueldos y cargas sociales período septiembre 2026", None, None, "185000.00", 21),
           ("Presentación DDJJ Ingresos Brutos Convenio Multilateral", None, None, "64000.00", 21)],
          layout={"civa": True, "num": "comp", "names": {"amount": "Subtotal c/IVA", "price": "Precio Unit."}}, date_style="dmy."))
    A(Doc("e03_fc_psicologa_center", "C", 2003, "ACOSTA, VALERIA SOLEDAD", None, MT, "Av. Colón 1180 Dpto 4, Córdoba", BB("Paredes, Lucía"),
          [("Sesiones de psicoterapia individual octubre 2026", 4, "un", "32000.00", 0)], layout={"num": "dash", "align": "center", "letter": "word"}, date_style="words", qr="nowww"))
    A(Doc("e04_fa_corralon_net_rowdisc", "A", 2004, "CORRALON SAN JORGE S.A.", "Materiales San Jorge", RI, "Ruta 3 km 38,5, San Justo", BA("Constructora Del Plata S.A."),
          [("Cemento portland 50 kg", 20, "un", "9850.00", 21), ("Arena gruesa m3", 3, "un", "38500.00", 21), ("Hierro aletado 8 mm x 12 m", 25, "un", "7420.00", 21)],
          row_disc=[("Bonificación obra 5%", 5)], layout={"num": "pv", "cols": ["qty", "desc", "price", "rate", "amount"], "names": {"amount": "Importe Neto", "rate": "Alíc."}}, money="plain"))
    A(Doc("e05_fb_farmacia_qr_mismatch", "B", 2005, "FARMACIA CENTRAL ITUZAINGO S.C.S.", "Farmacia Central", RI, "Ratti 801, Ituzaingó", BB("Sánchez, Roberto"),
          [("Ibuprofeno 400 mg x 20 comp.", 2, "un", "6890.00", 21), ("Alcohol en gel 250 ml", 1, "un", "3400.00", 21), ("Protector solar FPS 50 200 ml", 1, "un", "21500.00", 21)],
          qr_delta={"total": D("20000.00")}, flags=["qr_mismatch"], layout={"num": "fnum"}, date_style="dmy/"))
    # ---- s: rsvg-convert (SVG) ----
    A(Doc("s01_fb_gomeria_2copies", "B", 3001, "NEUMATICOS EL RAYO S.R.L.", "Gomería El Rayo", RI, "Av. Juan B. Justo 8120, CABA", BB(),
          [("Cubierta 175/65 R14", 2, "un", "98500.00", 21), ("Alineación y balanceo", None, None, "28000.00", 21), ("Válvula de aire", 2, "un", "1500.00", 21)],
          copies=2, layout={"num": "pv", "letter": "box"}, date_style="dmy-"))
    A(Doc("s02_fa_software_usd", "A", 3002, "CODEPAMPA SOFTWARE S.A.S.", None, RI, "Av. Corrientes 1250 Piso 7, CABA", BA("Logística Austral S.A."),
          [("Licencia anual plataforma de gestión de flota, hasta 50 vehículos, con soporte", 1, "un", "4800.00", 21), ("Horas de implementación", 12, "un", "85.00", 21)],
          currency="USD", ctz=D("1045.50"), money="usth", layout={"num": "comp", "align": "right"}))
    A(Doc("s03_fc_panaderia_kg", "C", 3003, "BENITEZ, OSCAR DANIEL", "Panadería La Espiga", MT, "San Lorenzo 450, Rosario", BANON,
          [("Pan francés", D("1.500"), "kg", "2800.00", 0), ("Facturas surtidas", 12, "un", "450.00", 0), ("Bizcochos de grasa", D("0.350"), "kg", "5200.00", 0)],
          layout={"num": "dash", "letter": "filled", "cols": ["desc", "qty", "unit", "price", "amount"]}, money="ar$", date_style="dmy."))
    A(Doc("s04_fa_imprenta_27_iibb", "A", 3004, "GRAFICA INTEGRAL DEL SUR SOCIEDAD ANONIMA", None, RI, "Hipólito Yrigoyen 5520, Lanús", BA("Cooperativa Eléctrica de Lanús Ltda."),
          [("Folletos A5 color 4/4 ilustración 150 g", 5000, "un", "38.00", 21), ("Servicio de gas envasado para hornos", 1, "un", "45000.00", 27)],
          taxes=[("Percepción IIBB", "2.50"), ("Percepción IVA", "3.00")], layout={"num": "pv", "namewrap": 30, "taxpct": False}))
    A(Doc("s05_fb_optica_blockdisc", "B", 3005, "OPTICA VISION CLARA S.R.L.", "Óptica Visión Clara", RI, "Belgrano 920, Mendoza", BB("Ortiz, Andrea"),
          [("Armazón acetato", 1, "un", "78000.00", 21), ("Cristales orgánicos antirreflejo par", 1, "un", "112000.00", 21)],
          block_disc=[("Descuento pago efectivo 10%", 10)], layout={"num": "pvn", "align": "center", "letter": "word"}, money="us"))
    # ---- y: PyX ----
    A(Doc("y01_fc_profesor_ingles", "C", 4001, "WILLIAMS, JANE ELIZABETH", None, MT, "Paraguay 2040, CABA", BB("Domínguez, Tomás"),
          [("Clases de inglés nivel intermedio, octubre 2026 (8 clases)", None, None, "96000.00", 0)], layout={"num": "pv"}, date_style="words", qr="dmy"))
    A(Doc("y02_fa_taller_net", "A", 4002, "TALLER MECANICO HNOS. PERALTA S.R.L.", None, RI, "Av. Pres. Perón 3301, San Miguel", BA("Remises Ciudad S.R.L."),
          [("Kit de distribución", 1, "un", "185000.00", 21), ("Aceite sintético 5W30 x litro", 4, "un", "14500.00", 21), ("Mano de obra", None, None, "120000.00", 21)],
          layout={"num": "dash", "letter": "filled", "names": {"amount": "Subtotal"}}, date_style="dmy-"))
    A(Doc("y03_fb_carniceria_kg", "B", 4003, "FRIGORIFICO BARRIAL S.A.", "Carnicería El Novillo", RI, "Perón 1500, Merlo", BB(),
          [("Asado de novillo", D("2.340"), "kg", "11900.00", D("10.5")), ("Vacío", D("1.120"), "kg", "13500.00", D("10.5")),
           ("Chorizo puro cerdo", D("0.980"), "kg", "7800.00", D("10.5")), ("Carbón bolsa 4 kg", 1, "un", "4200.00", 21)],
          layout={"num": "pv", "cols": ["desc", "qty", "unit", "price", "amount"], "names": {"qty": "Cantidad", "price": "Precio"}}, money="plain"))
    A(Doc("y04_fb_vinoteca_impinternos", "B", 4004, "VINOTECA LOS ANDES S.R.L.", "Vinoteca Los Andes", RI, "Av. Santa Fe 3120, CABA", BANON,
          [("Vino Malbec reserva 750 ml", 6, "un", "14200.00", 21), ("Whisky blend 750 ml", 1, "un", "38900.00", 21)],
          taxes=[("Impuestos Internos", "4.00")], layout={"num": "fnum", "align": "right"}, date_style="dmy."))
    A(Doc("y05_fa_consultora_totals_mismatch", "A", 4005, "CONSULTORA PAMPA NORTE S.A.", None, RI, "25 de Mayo 611, Salta", BA("Agroindustrias del Valle S.A."),
          [("Consultoría en seguridad e higiene, informe trimestral", None, None, "420000.00", 21)],
          printed_total_delta=D("-4200.00"), flags=["totals_mismatch"], layout={"num": "comp"}))
    # ---- t: pdftk fill_form + flatten ----
    A(Doc("t01_fb_cerrajeria_form", "B", 5001, "CERRAJERIA LLAVEMAX S.R.L.", "LlaveMax", RI, "Av. Maipú 2350, Vicente López", BB(),
          [("Copia de llave doble paleta", 3, "un", "2500.00", 21), ("Cerradura de seguridad 4 golpes", 1, "un", "48700.00", 21), ("Instalación", None, None, "25000.00", 21)],
          layout={"num": "pv"}))
    A(Doc("t02_fa_transporte_net_form", "A", 5002, "EXPRESO RIO SALADO S.A.", None, RI, "Colectora Panamericana 2140, Don Torcuato", BA("Metalúrgica Oeste S.R.L."),
          [("Flete Buenos Aires - Rosario, 2 pallets", None, None, "310000.00", 21), ("Seguro de carga", None, None, "9300.00", 21)],
          taxes=[("Percepción IIBB CABA", "2.00")], layout={"num": "dash", "align": "right"}, date_style="dmy-"))
    A(Doc("t03_fc_jardinero_form", "C", 5003, "GONZALEZ, PEDRO ARIEL", None, MT, "Las Heras 1022, Tigre", BB("Klein, Sofía"),
          [("Corte de césped y desmalezado", None, None, "45000.00", 0), ("Poda de cerco", None, None, "30000.00", 0), ("Bolsas de residuos verdes", 10, "un", "700.00", 0)],
          layout={"num": "pvn", "align": "center"}, money="ar$", qr="strings"))
    A(Doc("t04_fb_libreria_form_rowdisc", "B", 5004, "LIBRERIA Y PAPELERIA EL ATENEO DE BANFIELD S.R.L.", "Librería El Ateneo", RI, "Maipú 210, Banfield", BB(),
          [("Cuaderno tapa dura 48 hojas rayadas", 4, "un", "3200.00", 21), ("Resma A4 75 g 500 hojas", 2, "un", "7900.00", 21), ("Lápiz negro HB x 12", 1, "un", "4500.00", 21)],
          row_disc=[("Descuento escolar 15%", 15)], layout={"num": "fnum"}, date_style="dmy/"))
    A(Doc("t05_fb_veterinaria_qr_mismatch", "B", 5005, "VETERINARIA PATITAS S.R.L.", None, RI, "Av. Libertador 14200, Martínez", BB(),
          [("Consulta clínica", None, None, "25000.00", 21), ("Vacuna séxtuple canina", 1, "un", "18500.00", 21), ("Alimento balanceado perro adulto", D("3.000"), "kg", "4300.00", D("10.5"))],
          qr_delta={"number": "next"}, flags=["qr_mismatch"], layout={"num": "pv"}))
    # ---- q: pypdf fill + flatten ----
    A(Doc("q01_fb_heladeria_pypdf", "B", 6001, "HELADOS ARTESANALES DEL LAGO S.R.L.", "Heladería Del Lago", RI, "Mitre 340, San Carlos de Bariloche", BANON,
          [("Helado 1 kg", 2, "un", "14800.00", 21), ("Helado 1/4 kg", 3, "un", "4500.00", 21), ("Cucurucho", 4, "un", "2100.00", 21)],
          layout={"num": "pv"}, date_style="dmy."))
    A(Doc("q02_fa_limpieza_net_2rates_pypdf", "A", 6002, "HIGIENE TOTAL DEL LITORAL S.A.", None, RI, "Bv. Gálvez 1590, Santa Fe", BA("Clínica Privada del Litoral S.A."),
          [("Servicio de limpieza mensual, octubre 2026", None, None, "680000.00", 21), ("Papel higiénico institucional x 8 rollos", 10, "un", "9200.00", 21),
           ("Pan de jabón glicerina", 24, "un", "850.00", D("10.5"))],
          taxes=[("Percepción IIBB Santa Fe", "2.50")], layout={"num": "comp"}, date_style="dmy-"))
    A(Doc("q03_fc_fotografo_pypdf", "C", 6003, "ROMERO, MARTIN EZEQUIEL", "Martín Romero Fotografía", MT, "Sarmiento 77, Tandil", BB("Ibarra, Carolina"),
          [("Cobertura fotográfica de evento (6 horas)", None, None, "240000.00", 0), ("Álbum impreso 30x30", 1, "un", "95000.00", 0)],
          layout={"num": "dash", "align": "right"}, qr="nowww", money="us"))
    A(Doc("q04_fb_bicicleteria_pypdf", "B", 6004, "BICICLETERIA RUEDA LIBRE S.R.L.", "Rueda Libre", RI, "Av. Pellegrini 2330, Rosario", BB(),
          [("Cámara rodado 29", 2, "un", "8900.00", 21), ("Service completo", None, None, "35000.00", 21), ("Cadena 9 velocidades", 1, "un", "26500.00", 21)],
          layout={"num": "pvn", "align": "center"}, date_style="words", copies=2))
    A(Doc("q05_fa_mayorista_civa_pypdf", "A", 6005, "MAYORISTA DEL CENTRO S.A.", None, RI, "Av. Vélez Sarsfield 1800, Córdoba", BA("Kiosco 24 Horas S.R.L."),
          [("Gaseosa lima limón 2,25 L pack x 6", 5, "un", "12400.00", 21), ("Galletitas dulces caja x 24", 2, "un", "21800.00", 21)],
          layout={"civa": True, "num": "pv", "names": {"amount": "Subtotal c/IVA"}}))
    for d in L:
        if d.qr_fields.get("number") == "next":
            d.qr_fields["number"] = d.number + 1
    return L
