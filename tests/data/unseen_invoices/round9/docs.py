"""The round-9 documents: (prefix-generator, Doc). Fixed seeds, Decimal amounts."""
from decimal import Decimal as D
from core import Doc, Item as I

RI = "IVA Responsable Inscripto"
MONO = "Responsable Monotributo"


def A_buyer(name, addr, p="30"):
    return {"name": name, "cuit_prefix": p, "cond": RI, "addr": addr, "pay": "Cuenta Corriente"}


def B_buyer(name, dni, addr=None):
    return {"name": name, "dni": dni, "cond": "Consumidor Final", "addr": addr}


CF = {"name": "Consumidor Final", "cond": "Consumidor Final", "qr_doc": (99, "0")}

DOCS = []


def add(gen, name, seed, kind, **kw):
    DOCS.append((gen, Doc(name, seed, kind, **kw)))


# ---------------------------------------------------------------- R pdf() device
add("r", "r01_fb_almacen_kg_dollar", 901, "B",
    issuer={"fantasy": "Almacén Don Beto", "name": "ROBERTO CARLOS PALACIOS", "cond": RI,
            "addr": ["Av. San Martín 1420 - Morón (1708)", "Tel. 4627-1180"]}, cuit_prefix="20",
    buyer=B_buyer("Lucía Fernández", "31456789", "Rivadavia 18500 - Morón"),
    items=[I("Yerba mate Playadito 1 kg", 2, "un", "4890.00"),
           I("Queso cremoso horma", "1.235", "kg", "8950.00"),
           I("Jamón cocido natural feteado", "0.380", "kg", "14200.00"),
           I("Aceite de girasol Natura 1,5 L", 3, "un", "3150.00"),
           I("Pan francés", "0.750", "kg", "2600.00")],
    sign="$ ", layout={"issuer_align": "left", "letter": "box", "num_style": "pv", "date_fmt": "dmy/",
                       "cols": ["qty", "desc", "price", "amount"], "labels": {"price": "Precio"}})
add("r", "r02_fa_ferreteria_net_perc", 902, "A",
    issuer={"name": "FERRETERÍA INDUSTRIAL LOS ANDES S.R.L.", "addr": ["Ruta 8 Km 52,5 - Pilar", "ventas@losandes.com.ar"]},
    buyer=A_buyer("CONSTRUCTORA DEL PLATA S.A.", "Av. Belgrano 2210 - CABA"),
    items=[I("Tornillo autoperforante 14x1\" x 100 un.", 6, "un", "8420.50", "21", code="TA141"),
           I("Disco de corte 115 mm acero inox.", 25, "un", "1180.00", "21", code="DC115"),
           I("Cable unipolar 2,5 mm rollo 100 m", 2, "un", "41250.00", "21", code="CU25"),
           I("Guantes de vaqueta reforzados", 12, "un", "2950.00", "10.5", code="GV01")],
    taxes=[("Percepción IIBB Bs. As.", "3")],
    layout={"issuer_align": "right", "letter": "box", "num_style": "dash", "date_fmt": "dmy-2",
            "date_label": "Fecha:", "tot_labels": {"sub": "Subtotal Neto:"}})
add("r", "r03_fc_psicologa_services_nowww", 903, "C",
    issuer={"name": "MARÍA VICTORIA ETCHEVERRY", "cond": MONO, "addr": ["Lic. en Psicología - M.N. 45.120",
                                                                         "Billinghurst 1650 4º B - CABA"]},
    cuit_prefix="27", buyer=B_buyer("Tomás Aguirre", "40111222"),
    items=[I("Sesión de psicoterapia individual - semana 1 de octubre", amount="38000"),
           I("Sesión de psicoterapia individual - semana 2 de octubre", amount="38000"),
           I("Informe psicológico para obra social", amount="25000")],
    qr_variant={"nowww": True},
    layout={"issuer_align": "center", "letter": "box", "num_style": "comp", "date_fmt": "words",
            "date_label": "Fecha:", "cols": ["desc", "amount"], "labels": {"desc": "Concepto"},
            "tot_labels": {"total": "TOTAL"}})
add("r", "r04_fa_electro_civa_3copies", 904, "A", mode="civa",
    issuer={"name": "ELECTRO HOGAR DEL OESTE S.A.", "addr": ["Av. Rivadavia 20450 - Ituzaingó"]},
    buyer=A_buyer("ESTUDIO CONTABLE RIVAS & ASOC. S.R.L.", "Mitre 455 - Haedo"),
    items=[I("Heladera no frost 380 L inox", 1, "un", "892561.98", "21", code="HNF380"),
           I("Pava eléctrica 1,7 L", 2, "un", "28925.62", "21", code="PE17"),
           I("Libro \"Manual del frío\"", 1, "un", "22624.43", "10.5", code="LMF")],
    layout={"copies": ["ORIGINAL", "DUPLICADO", "TRIPLICADO"], "issuer_align": "left", "letter": "fill",
            "num_style": "pv", "date_fmt": "dmy/", "code_fmt": "Cod. {:03d}", "qr_pos": "right"})
add("r", "r05_fb_restaurante_totals_flag", 905, "B",
    issuer={"fantasy": "Parrilla La Tranquera", "name": "LA TRANQUERA GASTRONOMÍA S.A.S.",
            "addr": ["Av. Cabildo 3120 - CABA"]},
    buyer=CF,
    items=[I("Bife de chorizo con guarnición", 2, "un", "18500.00"),
           I("Provoleta a la parrilla", 1, "un", "9200.00"),
           I("Agua mineral 500 ml", 2, "un", "2800.00"),
           I("Flan casero con dulce de leche", 2, "un", "5400.00")],
    total_offset="1000.00", warnings=["totals_mismatch"],
    layout={"issuer_align": "left", "letter": "words", "num_style": "short", "date_fmt": "dmy/",
            "tot_labels": {"total": "TOTAL $"}})

# ---------------------------------------------------------------- PoDoFo
add("p", "p01_fb_farmacia_rowdisc", 911, "B",
    issuer={"fantasy": "Farmacia Central Quilmes", "name": "FARMACIA CENTRAL QUILMES S.C.S.",
            "addr": ["Rivadavia 301 - Quilmes", "Dir. Técnica Farm. A. Méndez M.P. 17211"]},
    buyer=B_buyer("Graciela Beatriz Moreno", "17654321", "Alsina 1022 - Quilmes"),
    items=[I("Ibuprofeno 600 mg x 20 comp.", 2, "un", "6480.00"),
           I("Protector solar FPS 50 crema 200 ml", 1, "un", "21350.00"),
           I("Alcohol en gel 250 ml", 3, "un", "2190.00")],
    row_disc=[("Descuento obra social 40%", "40")],
    layout={"issuer_align": "left", "letter": "box", "num_style": "dash", "date_fmt": "dmy.",
            "cols": ["desc", "qty", "price", "amount"], "labels": {"amount": "Subtotal"}, "qr_pos": "right"})
add("p", "p02_fa_software_usd", 912, "A", currency="USD", ctz=D("1045.50"),
    issuer={"name": "NUBE SUR SOFTWARE S.A.", "addr": ["Av. del Libertador 6550 piso 9 - CABA"]},
    buyer=A_buyer("DISTRIBUIDORA PAMPEANA DE ALIMENTOS S.R.L.", "Ruta 5 Km 98 - Mercedes"),
    items=[I("Licencia anual ERP Pampa - 10 usuarios (período 10/2026 a 09/2027)", 1, "un", "4800.00", "21", code="ERP10"),
           I("Horas de implementación remota", 12, "un", "65.00", "21", code="HIMP")],
    money="usc", sign="U$S ",
    layout={"issuer_align": "left", "letter": "box", "num_style": "pv", "date_fmt": "dmy/",
            "labels": {"price": "Precio U.", "amount": "Total Neto"}})
add("p", "p03_fc_plomero_dots_qrstrings", 913, "C",
    issuer={"name": "JUAN PABLO OCAMPO", "cond": MONO, "addr": ["Plomería y gas matriculado", "Calle 12 Nº 1540 - La Plata"]},
    cuit_prefix="20", buyer=B_buyer("Sergio Daniel Ibarra", "25888999", "Calle 7 Nº 820 - La Plata"),
    items=[I("Reparación de pérdida en cañería de agua fría bajo mesada, incluye materiales", amount="46500.00"),
           I("Cambio de flexible de calefón", 1, "un", "12800.00"),
           I("Visita técnica", 1, "un", "9000.00")],
    qr_variant={"strings": True},
    layout={"issuer_align": "right", "letter": "box", "num_style": "fn", "date_fmt": "dmy.",
            "cols": ["desc", "qty", "price", "amount"], "labels": {"desc": "Detalle"}})
add("p", "p04_fb_libreria_multipage", 914, "B",
    issuer={"fantasy": "Librería El Ateneo Escolar", "name": "PAPELES Y LIBROS DEL CENTRO S.R.L.",
            "addr": ["Mitre 880 - Rosario, Santa Fe"]},
    buyer=B_buyer("Colegio San Patricio (Cooperadora)", "30999888"),
    items=[I(n, q, "un", p) for n, q, p in [
        ("Cuaderno tapa dura 48 hojas rayado", 30, "2150.00"), ("Lápiz negro HB", 60, "390.00"),
        ("Goma de borrar blanca", 40, "310.00"), ("Regla 30 cm transparente", 25, "780.00"),
        ("Marcador permanente negro", 24, "1250.00"), ("Resma A4 75 g 500 hojas", 10, "7900.00"),
        ("Carpeta N° 3 con anillos", 20, "3400.00"), ("Repuesto hojas N° 3 x 96", 20, "2980.00"),
        ("Tijera escolar punta roma", 15, "1450.00"), ("Plasticola 40 g", 30, "890.00"),
        ("Témperas x 6 colores", 12, "2600.00"), ("Pincel chato N° 8", 24, "690.00"),
        ("Cartulina color x 10", 10, "1800.00"), ("Papel glasé x 10 sobres", 15, "950.00"),
        ("Compás escolar metálico", 10, "4300.00"), ("Calculadora científica Casio fx-82", 5, "28900.00"),
        ("Mapa N° 3 político Argentina x 10", 10, "600.00"), ("Cinta adhesiva 18 mm", 20, "520.00"),
        ("Sacapuntas doble metálico", 30, "450.00"), ("Lapicera azul trazo fino", 60, "540.00"),
        ("Corrector líquido", 12, "1100.00"), ("Block de dibujo N° 5 blanco", 15, "2350.00"),
        ("Abrochadora N° 10", 5, "6900.00"), ("Broches N° 10 x 1000", 10, "780.00"),
        ("Folios A4 x 100", 6, "5200.00"), ("Etiquetas escolares x 24", 20, "850.00"),
        ("Crayones x 12", 15, "1650.00"), ("Lápices de colores x 12 largos", 20, "3950.00")]],
    layout={"issuer_align": "left", "letter": "box", "num_style": "pv", "date_fmt": "dmy/", "rows_per_page": 18,
            "cols": ["qty", "desc", "price", "amount"], "unit_names": {}, "qr_pos": "right"})
add("p", "p05_fa_isp_27_percs", 915, "A",
    issuer={"fantasy": "FibraNet", "name": "FIBRANET TELECOMUNICACIONES S.A.", "addr": ["Colón 4200 - Córdoba"]},
    buyer=A_buyer("PANADERÍA LA ESPIGA DORADA S.R.L.", "Av. Vélez Sarsfield 1200 - Córdoba"),
    items=[I("Abono fibra óptica 1000 Mb simétrico - octubre 2026", 1, "un", "58000.00", "27"),
           I("IP fija adicional", 1, "un", "7500.00", "27"),
           I("Alquiler router Wi-Fi 6", 1, "un", "4200.00", "21")],
    taxes=[("Percepción IVA RG 2408", "3"), ("Percepción IIBB Córdoba", "2.5")],
    layout={"issuer_align": "right", "letter": "fill", "num_style": "comp", "date_fmt": "dmy/",
            "cols": ["desc", "qty", "price", "rate", "amount"], "rate_style": "2dec",
            "labels": {"rate": "Alíc."}, "tot_labels": {"sub": "Subtotal:"}})

# ---------------------------------------------------------------- Tk canvas postscript -> ps2pdf
add("k", "k01_fb_verduleria_kg_nothousands", 921, "B",
    issuer={"fantasy": "Verdulería Los Hermanos", "name": "HERMANOS QUISPE MAMANI S.H.", "addr": ["Av. Avellaneda 410 - Flores"]},
    buyer=CF, money="arn",
    items=[I("Tomate perita", "2.150", "kg", "2890.00"), I("Papa negra", "4.000", "kg", "990.00"),
           I("Banana Ecuador", "1.620", "kg", "2450.00"), I("Lechuga criolla", 2, "un", "1300.00"),
           I("Zapallo anco trozado", "1.085", "kg", "1190.00")],
    layout={"issuer_align": "left", "letter": "box", "num_style": "short", "date_fmt": "dmy-2",
            "cols": ["desc", "qty", "unit", "price", "amount"], "unit_names": {"un": "un", "kg": "kg"}})
add("k", "k02_fc_profesora_2copies", 922, "C",
    issuer={"name": "ANA LAURA BENEDETTI", "cond": MONO, "addr": ["Profesora de Inglés", "Sarmiento 1450 - Bahía Blanca"]},
    cuit_prefix="27", buyer=B_buyer("Martín Oliveira", "38123456", "Zelarrayán 800 - Bahía Blanca"),
    items=[I("Clases particulares de inglés nivel intermedio - octubre 2026 (8 clases)", 8, "un", "9500.00"),
           I("Material de estudio impreso", 1, "un", "6000.00")],
    layout={"copies": ["ORIGINAL", "DUPLICADO"], "issuer_align": "center", "letter": "box", "num_style": "pv",
            "date_fmt": "words", "date_label": "Fecha de emisión:"})
add("k", "k03_fa_taller_net_blockdisc", 923, "A",
    issuer={"fantasy": "Taller Mecánico Ruedas", "name": "SERVICIOS AUTOMOTORES RUEDAS DEL SUR S.R.L.",
            "addr": ["Av. Mitre 2870 - Avellaneda"]},
    buyer=A_buyer("LOGÍSTICA ANDINA S.A.", "Pavón 1200 - Avellaneda"),
    items=[I("Service 20.000 km: cambio de aceite sintético, filtros de aire, aceite y combustible", 1, "un", "185000.00", "21"),
           I("Pastillas de freno delanteras (juego)", 1, "un", "64500.00", "21"),
           I("Mano de obra alineación y balanceo", 1, "un", "38000.00", "21")],
    block_disc=[("Bonificación cliente flota 5%", "5")],
    layout={"issuer_align": "right", "letter": "box", "num_style": "dash", "date_fmt": "dmy/",
            "cols": ["desc", "qty", "price", "rate", "amount"], "grid": True, "tot_labels": {"sub": "Subtotal:"}})
add("k", "k04_fb_optica_qr_mismatch", 924, "B",
    issuer={"fantasy": "Óptica Visión Clara", "name": "VISIÓN CLARA S.A.", "addr": ["San Juan 2250 - Mar del Plata"]},
    buyer=B_buyer("Rodolfo Pérez", "14555666"),
    items=[I("Armazón acetato Ray-Ban RB5154", 1, "un", "185000.00"),
           I("Cristales orgánicos antirreflejo (par)", 1, "un", "98000.00")],
    qr_variant={"importe": "238000.00"}, warnings=["qr_mismatch"],
    layout={"issuer_align": "left", "letter": "fill", "num_style": "pv", "date_fmt": "dmy/", "qr_pos": "right"})
add("k", "k05_fc_gimnasio_qrdate_dmy", 925, "C",
    issuer={"name": "GIMNASIO FUERZA VITAL DE GUSTAVO ROMERO", "cond": MONO, "addr": ["Belgrano 560 - Tandil"]},
    cuit_prefix="20", buyer=B_buyer("Carla Giménez", "35222333"),
    items=[I("Cuota mensual musculación - noviembre 2026", amount="32000"),
           I("Clase de spinning (pack 4)", 1, "un", "12000.00")],
    qr_variant={"date_dmy": True},
    layout={"issuer_align": "left", "letter": "words", "num_style": "comp", "date_fmt": "dmy/",
            "cols": ["desc", "qty", "price", "amount"]})

# ---------------------------------------------------------------- Java AWT PrinterJob -> PostScript -> ps2pdf
add("j", "j01_fb_petshop_kg_usnumbers", 931, "B",
    issuer={"fantasy": "Pet Shop Mascotitas", "name": "MASCOTITAS S.R.L.", "addr": ["Av. Alem 1320 - Bahía Blanca"]},
    buyer=B_buyer("Florencia Ruiz", "33444555"), money="us",
    items=[I("Alimento perro adulto suelto", "3.500", "kg", "4200.00"),
           I("Piedras sanitarias 4 kg", 2, "un", "5600.00"),
           I("Hueso de cuero prensado", 3, "un", "1850.00")],
    layout={"cuit_dash": False, "issuer_align": "right", "letter": "box", "num_style": "short", "date_fmt": "dmy/",
            "cols": ["desc", "qty", "price", "amount"], "labels": {"price": "Precio Unit."}})
add("j", "j02_fa_informatica_civa", 932, "A", mode="civa",
    issuer={"name": "COMPUMUNDO DEL LITORAL S.A.", "addr": ["Bv. Gálvez 1900 - Santa Fe"]},
    buyer=A_buyer("ESCRIBANÍA NOGUERA Y ASOCIADOS", "San Martín 2500 - Santa Fe", "20"),
    items=[I("Notebook 15,6\" Core i5 16 GB 512 GB SSD", 1, "un", "950413.22", "21", code="NB156"),
           I("Mouse inalámbrico", 2, "un", "12396.69", "21", code="MS01"),
           I("Monitor 24\" IPS", 1, "un", "208264.46", "10.5", code="MN24")],
    layout={"cuit_dash": False, "issuer_align": "left", "letter": "box", "num_style": "pv", "date_fmt": "dmy.", "code_fmt": "CÓDIGO {:02d}"})
add("j", "j03_fc_veterinario_center", 933, "C",
    issuer={"name": "VETERINARIA SAN ROQUE DE PAULA INÉS SOSA", "cond": MONO, "addr": ["Av. 9 de Julio 780 - Río Cuarto"]},
    cuit_prefix="27", buyer=B_buyer("Hernán Castro", "29777888"),
    items=[I("Consulta clínica", amount="15000.00"),
           I("Vacuna séxtuple canina", 1, "un", "14500.00"),
           I("Antiparasitario comprimido 20 a 40 kg", 2, "un", "6200.00")],
    layout={"cuit_dash": False, "issuer_align": "center", "letter": "fill", "num_style": "pv", "date_fmt": "dmy/",
            "cols": ["desc", "qty", "price", "amount"], "qr_pos": "right"})
add("j", "j04_fa_bebidas_internos", 934, "A",
    issuer={"fantasy": "Distribuidora El Trébol", "name": "EL TRÉBOL BEBIDAS S.R.L.", "addr": ["Ruta 3 Km 30 - San Justo"]},
    buyer=A_buyer("KIOSCO Y MAXIKIOSCO LA ESQUINA S.R.L.", "Arieta 3300 - San Justo"),
    items=[I("Gaseosa cola 2,25 L x 6", 10, "un", "9800.00", "21", code="GC225"),
           I("Agua saborizada 1,5 L x 6", 8, "un", "6400.00", "21", code="AS15"),
           I("Cerveza lata 473 ml x 24", 4, "un", "27500.00", "21", code="CL473")],
    taxes=[("Impuestos Internos", "4")],
    layout={"cuit_dash": False, "issuer_align": "left", "letter": "box", "num_style": "short", "date_fmt": "dmy/",
            "cols": ["code", "qty", "desc", "price", "rate", "amount"], "labels": {"amount": "Neto"}})
add("j", "j05_fb_colegio_blockdisc", 935, "B",
    issuer={"name": "INSTITUTO SANTA ROSA DE LIMA ASOCIACIÓN CIVIL", "cond": "IVA Exento",
            "addr": ["Av. Corrientes 5100 - CABA"]},
    buyer=B_buyer("Patricia Lombardi", "26333444", "Aguirre 900 - CABA"),
    items=[I("Cuota nivel primario noviembre 2026, alumno: Lombardi, Julián", amount="185000.00"),
           I("Comedor escolar noviembre", amount="62000.00")],
    block_disc=[("Descuento hermanos 10%", "10")],
    layout={"cuit_dash": False, "issuer_align": "left", "letter": "box", "num_style": "pv", "date_fmt": "dmy/",
            "cols": ["desc", "amount"], "labels": {"desc": "Concepto"}})

# ---------------------------------------------------------------- PDFBox 1.8
add("b", "b01_fa_corralon_2rates", 941, "A",
    issuer={"name": "CORRALÓN EL HORNERO S.A.", "addr": ["Ruta 197 Km 5 - José C. Paz"]},
    buyer=A_buyer("OBRAS Y PROYECTOS DEL NORTE S.R.L.", "Paunero 1200 - San Miguel"),
    items=[I("Cemento portland 50 kg", 20, "un", "9450.00", "21"),
           I("Hierro aletado 8 mm x 12 m", 30, "un", "7320.00", "21"),
           I("Arena gruesa (m3)", 6, "un", "28000.00", "10.5"),
           I("Ladrillo hueco 12x18x33", 400, "un", "610.00", "10.5")],
    layout={"issuer_align": "left", "letter": "box", "num_style": "pv", "date_fmt": "dmy/",
            "cols": ["qty", "unit", "desc", "price", "rate", "amount"], "unit_names": {"un": "Unid"},
            "labels": {"amount": "Importe Neto"}})
add("b", "b02_fb_bicicleteria_bonif_2copies", 942, "B",
    issuer={"fantasy": "Bicicletería Rodados Sur", "name": "RODADOS SUR S.R.L.", "addr": ["Av. Hipólito Yrigoyen 8800 - Lomas de Zamora"]},
    buyer=B_buyer("Ezequiel Domínguez", "36987654"),
    items=[I("Bicicleta MTB rodado 29 21 vel.", 1, "un", "489000.00"), I("Casco ciclista regulable", 1, "un", "38500.00"),
           I("Candado de seguridad con llave", 1, "un", "14900.00")],
    row_disc=[("Bonificación pago contado 8%", "8")],
    layout={"copies": ["ORIGINAL", "DUPLICADO"], "issuer_align": "right", "letter": "box", "num_style": "dash",
            "date_fmt": "dmy-2", "cols": ["desc", "qty", "price", "amount"]})
add("b", "b03_fc_abogado_longname", 943, "C",
    issuer={"fantasy": "Estudio Jurídico Belgrano", "name": "FERNÁNDEZ DE LA SERNA ALEJANDRO MARTÍN MAXIMILIANO Y OTROS SOCIEDAD DE HECHO",
            "cond": MONO, "addr": ["Lavalle 1290 8º - CABA"]},
    buyer=B_buyer("Susana Villalba", "20444555"),
    items=[I("Honorarios profesionales por asesoramiento en sucesión ab intestato, etapa inicial", amount="350000.00"),
           I("Gastos de tasa de justicia y sellado", amount="42000.00")],
    layout={"issuer_align": "left", "letter": "box", "num_style": "pv", "date_fmt": "words",
            "cols": ["desc", "amount"], "labels": {"desc": "Concepto", "amount": "Importe $"}})
add("b", "b04_fb_electro_ean", 944, "B",
    issuer={"name": "MUNDO DIGITAL STORE S.A.", "addr": ["Florida 520 - CABA", "www.mundodigital.com.ar"]},
    buyer=B_buyer("Nicolás Herrera", "41222111", "Juncal 3200 - CABA"),
    items=[I("Auriculares bluetooth over-ear", 1, "un", "64999.00", ean="auto"),
           I("Cargador USB-C 25 W", 2, "un", "18999.00", ean="auto"),
           I("Cable USB-C a USB-C 1 m", 2, "un", "7499.00", ean="auto")],
    sign="$",
    layout={"issuer_align": "left", "letter": "fill", "num_style": "fn", "date_fmt": "dmy/",
            "cols": ["ean", "desc", "qty", "price", "amount"], "qr_pos": "right"})
add("b", "b05_fb_cochera_noqr", 945, "B",
    issuer={"name": "ESTACIONAMIENTO PLAZA S.A.", "addr": ["Tucumán 1700 - CABA"]},
    buyer=B_buyer("Valeria Suárez", "30111000"),
    items=[I("Cochera fija mensual noviembre 2026 - patente AF123BC", amount="95000.00")],
    qr_variant={"none": True},
    layout={"issuer_align": "right", "letter": "box", "num_style": "short", "date_fmt": "dmy.",
            "cols": ["desc", "amount"]})

# ---------------------------------------------------------------- pdfme
add("m", "m01_fb_libreria_table", 951, "B",
    issuer={"name": "LIBRERÍA Y PAPELERÍA SAN MARTÍN S.R.L.", "addr": ["San Martín 620 - Mendoza"]},
    buyer=B_buyer("Daniela Cortez", "34999000"),
    items=[I("Agenda 2027 semana a la vista", 1, "un", "18500.00"), I("Set resaltadores x 6", 2, "un", "5900.00"),
           I("Cuaderno espiral A4 80 hojas cuadriculado", 3, "un", "4300.00")],
    layout={"num_style": "pv", "date_fmt": "dmy/"})
add("m", "m02_fc_nutricionista", 952, "C",
    issuer={"name": "CAROLINA INÉS PAZ", "cond": MONO, "addr": ["Lic. en Nutrición M.P. 2210", "Las Heras 300 - Salta"]},
    cuit_prefix="27", buyer=B_buyer("Gabriel Núñez", "32666777"),
    items=[I("Consulta nutricional inicial con plan alimentario personalizado", amount="28000.00"),
           I("Control mensual", amount="18000.00")],
    qr_variant={"nowww": True}, layout={"num_style": "dash", "date_fmt": "dmy-2"})
add("m", "m03_fa_consultora_net", 953, "A",
    issuer={"name": "ANDES CONSULTORES ASOCIADOS S.A.", "addr": ["Av. Colón 1200 - Córdoba"]},
    buyer=A_buyer("METALÚRGICA CENTRO S.A.", "Ruta 9 Km 695 - Córdoba"),
    items=[I("Consultoría en procesos - horas", 40, "un", "42000.00", "21"),
           I("Capacitación in company", 1, "un", "380000.00", "21")],
    taxes=[("Percepción IIBB Córdoba", "2")],
    layout={"num_style": "comp", "date_fmt": "dmy/"})
add("m", "m04_fb_heladeria_kg", 954, "B",
    issuer={"name": "HELADOS DEL GOLFO S.R.L.", "addr": ["Av. Roca 1100 - Puerto Madryn"]},
    buyer=CF,
    items=[I("Helado artesanal", "1.000", "kg", "16500.00"), I("Helado artesanal", "0.500", "kg", "16500.00"),
           I("Cucuruchos x 2", 2, "un", "900.00")],
    layout={"num_style": "fn", "date_fmt": "dmy."})

# ---------------------------------------------------------------- GNU Octave print -dpdf (ASCII text only)
add("o", "o01_fb_carniceria_kg_ascii", 961, "B",
    issuer={"fantasy": "Carniceria El Novillo", "name": "EL NOVILLO CARNES S.R.L.", "addr": ["Av. Pavon 2650 - Lanus"]},
    buyer=B_buyer("Ramiro Benitez", "28111999"),
    items=[I("Asado de tira", "2.340", "kg", "11900.00"), I("Vacio", "1.560", "kg", "13400.00"),
           I("Chorizo puro cerdo", "1.000", "kg", "8900.00"), I("Carbon vegetal bolsa 4 kg", 1, "un", "5200.00")],
    layout={"issuer_align": "left", "letter": "box", "num_style": "pv", "date_fmt": "dmy/",
            "cols": ["desc", "qty", "price", "amount"], "date_label": "Fecha de Emision:", "cae_label": "CAE:"})
add("o", "o02_fa_imprenta_net_2rates", 962, "A",
    issuer={"name": "GRAFICA INDUSTRIAL DEL SUR S.A.", "addr": ["Calle 47 N 1230 - La Plata"]},
    buyer=A_buyer("COOPERATIVA ESCOLAR LOS TILOS LTDA.", "Calle 10 N 455 - La Plata"),
    items=[I("Folletos A5 color 4/4 papel ilustracion 150 g x 5000", 1, "un", "285000.00", "21", code="F-A5"),
           I("Libros de lectura impresos (edicion escolar)", 200, "un", "6400.00", "10.5", code="LB-01")],
    taxes=[("Percepcion IIBB Bs. As.", "1.5")],
    layout={"issuer_align": "right", "letter": "box", "num_style": "comp", "date_fmt": "dmy-2",
            "date_label": "Fecha:", "code_fmt": "Cod. {:02d}", "cae_label": "C.A.E. N:"})
add("o", "o03_fc_cerrajero_noqty_ascii", 963, "C",
    issuer={"name": "PABLO ANDRES CORREA", "cond": MONO, "addr": ["Cerrajeria urgente 24 hs", "Brown 1200 - Adrogue"]},
    cuit_prefix="20", buyer=B_buyer("Mirta Sosa", "13444777"),
    items=[I("Apertura de puerta de entrada sin dano (servicio nocturno)", amount="45000.00"),
           I("Cambio de cilindro de seguridad 5 llaves", 1, "un", "38000.00")],
    layout={"issuer_align": "center", "letter": "box", "num_style": "dash", "date_fmt": "dmy.",
            "cols": ["desc", "qty", "price", "amount"], "date_label": "Fecha:", "cae_label": "CAE:"})
add("o", "o04_fb_electricidad_usnumbers", 964, "B",
    issuer={"fantasy": "Electricidad Tesla", "name": "TESLA MATERIALES ELECTRICOS S.A.", "addr": ["Av. Maipu 3400 - Olivos"]},
    buyer=B_buyer("Diego Alvarez", "30555444", "Ugarte 1500 - Olivos"), money="us", sign="$",
    items=[I("Termica bipolar 2x25A", 2, "un", "15800.00"), I("Disyuntor diferencial 2x40A 30mA", 1, "un", "48900.00"),
           I("Caja de luz embutir 5x10", 10, "un", "420.00")],
    row_disc=[("Descuento contado 5%", "5")],
    layout={"issuer_align": "right", "letter": "fill", "num_style": "fn", "date_fmt": "dmy/",
            "cols": ["qty", "desc", "price", "amount"], "labels": {"price": "Unitario"},
            "date_label": "Fecha de Emision:", "cae_label": "CAE Nro.:"})
