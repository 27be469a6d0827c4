"""The 32 documents of round 6. One random.Random(seed) per document (CUITs, EANs, CAE, buyer ids)."""
import random
from datetime import date
from decimal import Decimal as D

from core import Item as I, make_cuit, ean13, finish, dash_cuit


def base(seed, letter, **kw):
    rng = random.Random(seed)
    d = {"letter": letter, "code": {"A": 1, "B": 6, "C": 11}[letter], "currency": "ARS",
         "cuit": make_cuit(rng, kw.pop("cuit_prefix", "30")), "pos": rng.randint(1, 20),
         "number": rng.randint(1000, 99999), "date": date(2026, 3, rng.randint(2, 27)),
         "cae": str(rng.randint(70000000000000, 76999999999999)), "qr": {}, "rng": rng}
    if letter == "A":
        bc = make_cuit(rng, "30")
        d["buyer_cuit"] = bc
        d["doc_rec"] = (80, bc)
    else:
        d["doc_rec"] = (99, 0)
    d.update(kw)
    return d


def A_buyer(d, label="Razón Social:", name="LOGÍSTICA DEL PLATA S.R.L."):
    return [f"CUIT: {dash_cuit(d['buyer_cuit'])}", f"{label} {name}", "Condición frente al IVA: IVA Responsable Inscripto",
            "Domicilio: Av. Belgrano 1540 - CABA", "Condición de venta: Cuenta Corriente"]


def docs():
    out = []

    # ---------------- LuaLaTeX ----------------
    d = base(601, "B", cuit_prefix="20", gen="lualatex", id="l01_fb_lualatex_bicicleteria",
             name="BICICLETERÍA RUEDA LIBRE de Martín Ezequiel Rivarola",
             issuer_extra=["Av. Pellegrini 2345 - Rosario, Santa Fe", "IVA Responsable Inscripto"],
             numlabel="pv_comp", date_fmt="%d/%m/%Y",
             buyer=["Señor(es): Lucía Fernández", "DNI: 30.456.789", "Condición frente al IVA: Consumidor Final",
                    "Condición de venta: Contado"],
             cols=["code", "desc", "qty", "price", "amount"],
             colnames={"code": "Cód.", "price": "P. Unitario", "amount": "Subtotal"})
    d["items"] = [I("Cámara rodado 29 x 2.10 válvula presta", 2, "8900.00", code="CAM-2910"),
                  I("Cubierta Maxxis Ardent 29 x 2.25 plegable EXO TR", 1, "68500.00", code="CUB-4471"),
                  I("Service completo bicicleta MTB (lavado, engrase, centrado de ruedas y regulación de cambios)", 1, "35000.00", code="SRV-01"),
                  I("Cadena Shimano CN-HG54 10v", 1, "27300.00", code="CAD-1054")]
    out.append(finish(d))

    d = base(602, "A", gen="lualatex", id="l02_fa_lualatex_ferreteria_multipage",
             name="FERRETERÍA INDUSTRIAL LOS ANDES S.R.L.",
             issuer_extra=["Ruta 7 Km 1045 - Luján de Cuyo, Mendoza", "IVA Responsable Inscripto"],
             numlabel="n", date_fmt="%d/%m/%Y", rate_col=True, rate_style="pct2",
             cols=["code", "desc", "qty", "price", "rate", "amount"], pia=False,
             colnames={"code": "Artículo", "price": "Precio Unit. Neto", "amount": "Importe Neto"},
             totals_style="grid", desc_width="5.6cm")
    d["buyer"] = A_buyer(d, "Señor(es):", "CONSTRUCTORA CUYANA S.A.")
    rng = d["rng"]
    names = ["Tornillo autoperforante 8 x 1/2 punta mecha (caja x 100)", "Tarugo nylon 8 mm (bolsa x 50)",
             "Mecha widia 6 mm", "Mecha acero rápido 4 mm", "Disco de corte 115 mm metal", "Cinta aisladora 20 m negra",
             "Guante moteado talle 9", "Llave térmica bipolar 2 x 20 A", "Cable unipolar 2,5 mm rollo 100 m",
             "Caño termofusión 20 mm x 4 m", "Codo termofusión 20 mm 90°", "Teflón 3/4 x 20 m", "Silicona acética transparente 280 ml",
             "Pintura látex interior blanco 20 l", "Rodillo lana 23 cm", "Pincel cerda 2 pulg.", "Lija al agua grano 220",
             "Cemento de contacto 1 l", "Bulón cabeza hexagonal 3/8 x 2 (x 25)", "Arandela plana 3/8 (x 100)",
             "Candado bronce 50 mm", "Cerradura de seguridad doble paleta", "Bisagra munición 3 pulg. bronce",
             "Manguera reforzada 1/2 x 25 m", "Pico regador plástico", "Cinta métrica 5 m", "Nivel de aluminio 60 cm",
             "Martillo carpintero 27 mm", "Destornillador Phillips PH2", "Pinza universal 8 pulg.", "Alicate corte diagonal 6 pulg.",
             "Llave francesa 10 pulg.", "Sierra de arco 12 pulg.", "Hoja sierra bimetal 24 dientes", "Escalera aluminio 6 escalones",
             "Balde plástico 12 l", "Espátula 8 cm", "Enduido plástico interior 4 kg", "Fijador sellador 4 l",
             "Membrana líquida 20 kg blanca", "Precinto plástico 200 mm (x 100)", "Tapa ciega 5 x 10 blanca",
             "Toma corriente doble 10 A", "Lámpara LED 12 W luz fría"]
    its = []
    for k, nm in enumerate(names):
        rate = "10.50" if k % 7 == 3 else "21.00"
        its.append(I(nm, rng.randint(1, 12), D(rng.randint(12000, 980000)) / 100,
                     rate=rate, code=f"{rng.randint(10000, 99999)}"))
    d["items"] = its
    finish(d)
    net = d["subtotal"]
    d["taxes"] = [("Percepción IIBB Mendoza", (net * D("0.025")).quantize(D("0.01")), "Percepción IIBB Mendoza 2,50%:")]
    out.append(finish(d))

    d = base(603, "C", cuit_prefix="27", gen="lualatex", id="l03_fc_lualatex_psicologa",
             name="LIC. MARÍA FLORENCIA ACOSTA", issuer_extra=["Psicóloga - M.N. 48.211", "Güemes 4120 3º B - CABA",
                                                              "Responsable Monotributo"],
             numlabel="factura_n", date_fmt="long", date_label="Fecha:", code_fmt="Código 0{:02d}",
             buyer=["Sr./Sra.: Pablo Andrés Giménez", "DNI 28.331.902 - Consumidor Final", "Condición de venta: Transferencia"],
             extra=["Período facturado: 01/02/2026 al 28/02/2026"], cols=["desc", "amount"],
             colnames={"desc": "Detalle", "amount": "Importe"}, qr={"variant": "nowww"}, issuer_pos="right")
    d["items"] = [I("Sesiones de psicoterapia individual - febrero 2026 (4 sesiones)", amount="128000.00"),
                  I("Informe psicológico para obra social", amount="25000.00")]
    out.append(finish(d))

    d = base(604, "B", gen="lualatex", id="l04_fb_lualatex_agua_utility",
             name="EMPRESA DISTRIBUIDORA DE AGUA DEL LITORAL S.A.", issuer_width="0.30",
             issuer_extra=["Bv. Gálvez 1860 - Santa Fe", "IVA Responsable Inscripto", "Atención: 0800-444-2482"],
             numlabel="comprobante", date_fmt="%d-%m-%y", date_label="Fecha Emisión:",
             buyer=["Cliente: RODRÍGUEZ, HÉCTOR OSVALDO", "Nº de cuenta: 0045-221837-6", "Domicilio de suministro: Sarmiento 2977 - Santa Fe",
                    "Condición IVA: Consumidor Final"],
             extra=["Período: 01/2026 - 02/2026   Lectura anterior: 1834 m3 (05/01/2026)   Lectura actual: 1872 m3 (04/03/2026)",
                    "Consumo del período: 38 m3   1er. Vencimiento: 24/03/2026   2do. Vencimiento: 03/04/2026"],
             cols=["desc", "amount"], colnames={"desc": "Concepto"}, total_label="TOTAL A PAGAR:",
             totals_style="row", qr={"variant": "pretty"})
    d["items"] = [I("Cargo fijo servicio de agua potable", amount="9840.00"),
                  I("Consumo agua potable 38 m3", amount="21736.00"),
                  I("Desagües cloacales", amount="12414.40"),
                  I("Fondo de obras de infraestructura", amount="1500.00")]
    d["taxes"] = [("Percepción IIBB Santa Fe", D("659.86"), "Percepción IIBB Santa Fe 1,5%:")]
    out.append(finish(d))

    d = base(605, "B", gen="lualatex", id="l05_fb_lualatex_restaurante_totals_flag",
             name="PARRILLA DON ANSELMO S.A.S.", issuer_pos="center",
             issuer_extra=["Av. Colón 1280 - Córdoba", "IVA Responsable Inscripto"], numlabel="nro", date_fmt="%d.%m.%Y",
             date_label="Fecha:", buyer=["Consumidor Final"], cols=["qty", "desc", "price", "amount"],
             colnames={"qty": "Cant.", "price": "Precio", "amount": "Total"}, total_offset="800.00",
             total_label="TOTAL:", warnings=["totals_mismatch"])
    d["items"] = [I("Provoleta a la parrilla", 1, "9800.00"), I("Bife de chorizo 400 g con guarnición", 2, "21500.00"),
                  I("Ensalada mixta", 1, "6900.00"), I("Agua mineral sin gas 500 ml", 2, "2800.00"),
                  I("Vino Malbec reserva 750 ml", 1, "24000.00"), I("Flan casero con dulce de leche", 2, "5600.00")]
    out.append(finish(d))

    d = base(606, "A", gen="lualatex", id="l06_fa_lualatex_electro_civa",
             name="ELECTRO HOGAR PATAGONIA S.A.", trade="ELECTROPAT", razon_label=True,
             issuer_extra=["Domicilio Comercial: San Martín 455 - Neuquén", "Condición frente al IVA: IVA Responsable Inscripto"],
             numlabel="pv_comp", date_fmt="%d/%m/%Y", rate_col=True, rate_style="pct2", pia=True,
             cols=["code", "desc", "qty", "unit", "price", "rate", "net", "amount"],
             colnames={"unit": "U. Medida", "net": "Subtotal", "amount": "Subtotal c/IVA", "price": "Precio Unit."},
             subtotal_label="Importe Neto Gravado:", desc_width="4.2cm")
    d["buyer"] = A_buyer(d, "Apellido y Nombre / Razón Social:", "ESTUDIO CONTABLE SUR S.R.L.")
    rng = d["rng"]
    d["items"] = [I("Monitor LED 27 pulgadas IPS Full HD", 2, "185950.41", rate="21.00", ean=ean13(rng), unit_word="unidades"),
                  I("Teclado inalámbrico español", 3, "24793.39", rate="21.00", ean=ean13(rng), unit_word="unidades"),
                  I("Impresora multifunción láser monocromática WiFi", 1, "297520.66", rate="21.00", ean=ean13(rng),
                    unit_word="unidades")]
    out.append(finish(d))

    # ---------------- XeLaTeX ----------------
    d = base(611, "B", gen="xelatex", id="x01_fb_xelatex_ml_celular", name="TECNOSUR DISTRIBUCIONES S.R.L.",
             trade="TecnoSur Store", razon_label=True,
             issuer_extra=["Domicilio: Av. Rivadavia 6120 - CABA", "Condición frente al IVA: IVA Responsable Inscripto"],
             numlabel="pv_comp", money="glued", date_fmt="%d/%m/%Y",
             buyer=["Razón social: Martina Sosa", "DNI: 35123456", "Condición frente al IVA: Consumidor final",
                    "Domicilio: Calle 48 Nro 712 - La Plata"],
             cols=["code", "desc", "qty", "price", "amount"], colnames={"code": "Código", "desc": "Producto / Servicio",
                                                                         "price": "Precio unit.", "amount": "Subtotal"},
             qr={"variant": "strings"})
    rng = d["rng"]
    d["items"] = [I("Celular Motorola Moto G84 256 GB 12 GB RAM azul Operación ML #2000009876543210", 1, "459999.00", ean=ean13(rng)),
                  I("Funda silicona Moto G84 Operación ML #2000009876543210", 1, "8999.00", ean=ean13(rng))]
    out.append(finish(d))

    d = base(612, "C", cuit_prefix="20", gen="xelatex", id="x02_fc_xelatex_contador",
             name="CR. SEBASTIÁN H. QUIROGA", issuer_extra=["Contador Público - T. 112 F. 45 CPCECABA", "Lavalle 1430 Of. 7 - CABA",
                                                           "Responsable Monotributo"],
             numlabel="n", date_fmt="%d-%m-%y", date_label="Fecha:", code_fmt="COD. {:02d}",
             buyer=["Cliente: Valeria Inés Paz", "CUIT: 27-29876543-0", "Condición IVA: Responsable Monotributo",
                    "Condición de venta: Transferencia bancaria"],
             cols=["desc", "amount"], colnames={"desc": "Concepto", "amount": "Importe"}, money="dollar")
    d["items"] = [I("Honorarios liquidación de monotributo y recategorización - marzo 2026", amount="45000.00"),
                  I("Presentación declaración jurada Bienes Personales período 2025", amount="60000.00")]
    out.append(finish(d))

    d = base(613, "B", gen="xelatex", id="x03_fb_xelatex_veterinaria_qrcuit_flag",
             name="VETERINARIA SAN ROQUE de Carolina B. Ledesma", cuit_prefix="27",
             issuer_extra=["Mitre 845 - San Isidro, Bs. As.", "IVA Responsable Inscripto"], numlabel="comprobante",
             date_fmt="%d/%m/%Y", buyer=["Cliente: Diego Martín Ortiz", "Paciente: Luna (canino)", "Consumidor Final"],
             cols=["desc", "qty", "price", "bonif", "amount"], colnames={"price": "P. Unit.", "amount": "Importe"},
             warnings=["qr_mismatch"])
    d["qr"] = {"cuit": make_cuit(d["rng"], "30")}
    d["items"] = [I("Consulta clínica general", 1, "18000.00"), I("Vacuna séxtuple canina", 1, "16500.00"),
                  I("Alimento balanceado Royal Canin Medium Adult 15 kg", 1, "98700.00", bonif="10.00"),
                  I("Pipeta antipulgas perro 10 a 20 kg", 2, "12400.00", bonif="5.00")]
    out.append(finish(d))

    d = base(614, "A", gen="xelatex", id="x04_fa_xelatex_hosting_usd", name="NUBEHOST ARGENTINA S.A.",
             issuer_extra=["Av. del Libertador 7208 Piso 12 - CABA", "IVA Responsable Inscripto"], numlabel="n",
             date_fmt="%d/%m/%Y", currency="USD", ctz="1218.50", rate_col=True, rate_style="pct", pia=False,
             cols=["desc", "qty", "price", "rate", "amount"], money="usd",
             colnames={"price": "Precio Unit. U$S", "amount": "Importe U$S"},
             total_label="Importe Total U$S:", subtotal_label="Importe Neto Gravado U$S:",
             foot_extra=["Moneda: USD - Dólar Estadounidense   Tipo de cambio: $ 1.218,50"])
    d["buyer"] = A_buyer(d, "Razón Social:", "AGENCIA CREATIVA PAMPA S.R.L.")
    d["items"] = [I("Servidor virtual VPS 8 vCPU 16 GB - marzo 2026", 1, "180.00", rate="21.00"),
                  I("Almacenamiento de respaldo 500 GB", 2, "25.00", rate="21.00"),
                  I("Certificado SSL comodín anual", 1, "90.00", rate="21.00")]
    finish(d)
    d["foot_extra"].append("Importe total expresado en pesos: $ " + __import__("core").fmt_num(d["total"] * D("1218.50")))
    out.append(d)

    d = base(615, "B", gen="xelatex", id="x05_fb_xelatex_gimnasio_desc", name="GIMNASIO FUERZA VITAL S.R.L.",
             issuer_pos="right", issuer_extra=["Av. Maipú 2301 - Olivos, Bs. As.", "IVA Responsable Inscripto"],
             numlabel="factura_n", date_fmt="%d/%m/%Y", buyer=["Socio: Ramiro Tévez - Nº socio 4471", "Consumidor Final"],
             cols=["desc", "qty", "price", "amount"], colnames={"desc": "Concepto", "amount": "Subtotal"},
             money="dollar", qr={"variant": "pretty"})
    d["items"] = [I("Cuota mensual pase libre - marzo 2026", 1, "42000.00"), I("Clase de natación adicional", 4, "6500.00")]
    d["tot_discounts"] = [("Descuento débito automático 10%", D("-6800.00"), "Descuento débito automático 10%:")]
    out.append(finish(d))

    # ---------------- ConTeXt ----------------
    d = base(621, "B", gen="context", id="c01_fb_context_libreria", name="LIBRERÍA EL ATENEO DE BELGRANO S.R.L.",
             issuer_extra=["Cabildo 2280 - CABA", "IVA Responsable Inscripto"], numlabel="nro", date_fmt="%d.%m.%Y",
             buyer=["Señor(es): Consumidor Final"], cols=["code", "desc", "qty", "price", "amount"],
             colnames={"code": "ISBN / EAN", "price": "Precio"}, qr={"variant": "std"})
    rng = d["rng"]
    d["items"] = [I("Rayuela - Julio Cortázar (Alfaguara, edición conmemorativa tapa dura)", 1, "32900.00", ean=ean13(rng, "978")),
                  I("Cuaderno Rivadavia ABC tapa dura 50 hojas rayado", 3, "4150.00", ean=ean13(rng)),
                  I("Lápices de colores Faber-Castell x 24", 1, "11800.00", ean=ean13(rng)),
                  I("Resaltador Stabilo Boss amarillo", 2, "2350.00", ean=ean13(rng))]
    out.append(finish(d))

    d = base(622, "A", gen="context", id="c02_fa_context_muebleria", name="MUEBLES DEL SUR S.A.", issuer_pos="center",
             issuer_extra=["Parque Industrial Lote 14 - Cañuelas, Bs. As.", "IVA Responsable Inscripto"], numlabel="pv_comp",
             date_fmt="long", date_label="Fecha:", rate_col=True, rate_style="pct", pia=False,
             cols=["qty", "desc", "price", "bonif", "rate", "amount"], colnames={"price": "Precio Unit.", "amount": "Importe"},
             money="dollar", totals_style="grid")
    d["buyer"] = A_buyer(d, "Razón Social:", "HOSTERÍA LOS ALERCES S.R.L.")
    d["items"] = [I("Mesa comedor paraíso 1,80 x 0,90 m lustre natural", 1, "412396.69", rate="21.00", bonif="5.00"),
                  I("Silla tapizada pana gris", 6, "61983.47", rate="21.00", bonif="5.00"),
                  I("Colchón resortes 2 plazas 140 x 190", 2, "289592.76", rate="10.50")]
    out.append(finish(d))

    d = base(623, "B", gen="context", id="c03_fb_context_farmacia_rowdisc", name="FARMACIA CENTRAL MORÓN S.C.S.",
             issuer_extra=["Belgrano 75 - Morón, Bs. As.", "IVA Responsable Inscripto", "DT: Farm. Ana Costa MP 1422"],
             numlabel="n", date_fmt="%d/%m/%Y", code_fmt="Cod. {:03d}",
             buyer=["Sr./Sra.: Elena Beatriz Morales", "Obra social: OSDE 210 - Afiliado 61 234567 8 01", "Consumidor Final"],
             cols=["code", "desc", "qty", "price", "amount"], colnames={"code": "Troquel / EAN"})
    rng = d["rng"]
    d["items"] = [I("Losartán 50 mg x 30 comprimidos", 2, "14230.00", ean=ean13(rng)),
                  I("Ibuprofeno 600 mg x 20", 1, "6890.00", ean=ean13(rng)),
                  I("Protector solar FPS 50 200 ml", 1, "28500.00", ean=ean13(rng))]
    d["row_discounts"] = [("Bonificación obra social 40% Losartán", D("-11384.00"))]
    out.append(finish(d))

    d = base(624, "C", cuit_prefix="20", gen="context", id="c04_fc_context_electricista_qrnum_flag",
             name="ELECTRICIDAD INTEGRAL de Raúl Alberto Benítez", issuer_pos="right",
             issuer_extra=["Matrícula 2214 - Quilmes, Bs. As.", "Responsable Monotributo"], numlabel="comprobante",
             date_fmt="%d/%m/%Y", buyer=["Señor(es): Gabriela Torres", "Domicilio: Rivadavia 344 - Quilmes", "Consumidor Final"],
             cols=["desc", "qty", "price", "amount"], colnames={"desc": "Detalle", "price": "Precio Unit."},
             warnings=["qr_mismatch"])
    d["qr"] = {"number": d["number"] + 1}
    d["items"] = [I("Tablero eléctrico 12 bocas con disyuntor diferencial 2 x 40 A", 1, "86000.00"),
                  I("Cable unipolar 2,5 mm (metros)", 45, "980.00"),
                  I("Mano de obra recableado cocina y lavadero", 1, "150000.00")]
    out.append(finish(d))

    d = base(625, "B", gen="context", id="c05_fb_context_verduleria_kg", name="VERDULERÍA LOS HERMANOS de Juan Carlos Ruiz",
             cuit_prefix="20", issuer_extra=["Mercado de Abasto Puesto 44 - Mar del Plata", "IVA Responsable Inscripto"],
             numlabel="pv_comp", date_fmt="%d-%m-%y", date_label="Fecha:", buyer=["Cliente: Consumidor Final"],
             cols=["desc", "qty", "unit", "price", "amount"], colnames={"unit": "Unidad", "price": "Precio"},
             money="plain", ctx_font="modern")
    d["items"] = [I("Tomate redondo", "2.350", "2890.00", unit="kg", qty_dec=3),
                  I("Papa negra", "5.000", "1190.00", unit="kg", qty_dec=3),
                  I("Banana Ecuador", "1.420", "2450.00", unit="kg", qty_dec=3),
                  I("Lechuga criolla atado", 2, "1800.00", unit_word="un"),
                  I("Huevos blancos maple x 30", 1, "7900.00", unit_word="un")]
    out.append(finish(d))

    # ---------------- PyFPDF 1.7.2 ----------------
    d = base(631, "B", gen="fpdf", id="f01_fb_pyfpdf_gas_utility", name="GASNOR CENTRO DISTRIBUIDORA S.A.",
             issuer_extra=["Av. Independencia 1350 - San Miguel de Tucumán", "IVA Responsable Inscripto"],
             numlabel="comprobante", date_fmt="%d/%m/%Y", date_label="Fecha de Emisión:",
             buyer=["Titular: GÓMEZ, ADRIANA NOEMÍ", "Nº de cliente: 7712093", "Domicilio: Laprida 561 - S. M. de Tucumán",
                    "Condición IVA: Consumidor Final"],
             extra=["Período de consumo: 12/01/2026 al 11/03/2026   Consumo: 118 m3", "Vencimiento: 30/03/2026"],
             cols=["desc", "amount"], colnames={"desc": "Concepto"}, total_label="TOTAL A PAGAR:", money="dollar")
    d["items"] = [I("Cargo fijo", amount="6120.50"), I("Cargo variable 118 m3", amount="38940.00"),
                  I("Cargo por uso de redes de distribución", amount="5230.75")]
    d["taxes"] = [("Impuesto Ley 23.681", D("305.48"), "Impuesto Ley 23.681:"),
                  ("Percepción IIBB Tucumán", D("756.14"), "Percepción IIBB Tucumán 1,5%:")]
    out.append(finish(d))

    d = base(632, "A", gen="fpdf", id="f02_fa_pyfpdf_internet_27_exento", name="REDES DEL OESTE TELECOMUNICACIONES S.A.",
             issuer_extra=["Av. Gaona 3450 - Ramos Mejía, Bs. As.", "IVA Responsable Inscripto"], numlabel="n",
             date_fmt="%d/%m/%Y", rate_col=True, rate_style="pct2", pia=False, cols=["desc", "qty", "price", "rate", "amount"],
             colnames={"price": "Precio Neto", "amount": "Importe Neto", "rate": "IVA"}, issuer_pos="right")
    d["buyer"] = A_buyer(d, "Cliente:", "PANADERÍA LA ESPIGA S.R.L.")
    d["items"] = [I("Abono internet fibra óptica 500 Mb - marzo 2026", 1, "38500.00", rate="27.00"),
                  I("Línea telefónica fija - abono mensual", 1, "9800.00", rate="27.00"),
                  I("Cargo por servicio de emergencias 911", 1, "420.00", rate="EX")]
    finish(d)
    d["taxes"] = [("Impuestos Internos", D("2018.21"), "Impuestos Internos 4,17%:")]
    out.append(finish(d))

    d = base(633, "B", gen="fpdf", id="f03_fb_pyfpdf_cochera_qrimporte_flag", name="ESTACIONAMIENTO PLAZA TRIBUNALES S.A.",
             issuer_extra=["Talcahuano 550 - CABA", "IVA Responsable Inscripto"], numlabel="nro", date_fmt="%d/%m/%Y",
             buyer=["Señor(es): Federico Alvarez", "Patente: AF 123 KD", "Consumidor Final"],
             cols=["desc", "qty", "price", "amount"], totals_style="grid", warnings=["qr_mismatch"])
    d["items"] = [I("Abono mensual cochera fija auto mediano - marzo 2026", 1, "95000.00"),
                  I("Lavado exterior", 2, "7500.00")]
    d["qr"] = {"importe": "115000.00"}
    out.append(finish(d))

    d = base(634, "B", gen="fpdf", id="f04_fb_pyfpdf_ropa_3copies", name="TIENDA NÓMADE de Camila Ferraro",
             cuit_prefix="27", issuer_extra=["Güemes 3221 - Mar del Plata", "IVA Responsable Inscripto"], numlabel="pv_comp",
             date_fmt="%d/%m/%Y", buyer=["Sr./Sra.: Rocío Benítez", "Consumidor Final"], copies=["ORIGINAL", "DUPLICADO", "TRIPLICADO"],
             cols=["code", "desc", "qty", "price", "amount"], money="dollar")
    d["items"] = [I("Campera de jean oversize celeste talle M", 1, "64900.00", code="CJ-221"),
                  I("Remera algodón peinado lisa blanca talle S", 3, "15900.00", code="RM-014"),
                  I("Pantalón cargo gabardina verde oliva talle 38", 1, "52900.00", code="PC-380")]
    out.append(finish(d))

    d = base(635, "C", gen="fpdf", id="f05_fc_pyfpdf_colegio", name="ASOCIACIÓN CIVIL COLEGIO SAN PATRICIO DE LA LLANURA",
             issuer_extra=["Av. Perón 1950 - Pilar, Bs. As.", "IVA Exento"], numlabel="factura_n", date_fmt="%d-%m-%y",
             date_label="Fecha:", buyer=["Responsable de pago: Ignacio Herrera", "Alumno: Tomás Herrera - 4º grado B",
                                         "Condición IVA: Consumidor Final"],
             cols=["desc", "amount"], colnames={"desc": "Concepto"}, money="ars", qr={"variant": "nowww"})
    d["items"] = [I("Cuota arancel marzo 2026 - nivel primario", amount="185000.00"),
                  I("Comedor escolar marzo 2026", amount="62000.00"), I("Seguro escolar anual", amount="9500.00")]
    d["tot_discounts"] = [("Bonificación hermanos 10%", D("-18500.00"), "Bonificación hermanos 10%:")]
    out.append(finish(d))

    d = base(636, "B", gen="fpdf", id="f06_fb_pyfpdf_seguro_noqr", name="LA PAMPEANA COOPERATIVA DE SEGUROS LIMITADA",
             issuer_extra=["Av. San Martín 801 - Santa Rosa, La Pampa", "IVA Responsable Inscripto"], numlabel="n",
             date_fmt="%d.%m.%Y", date_label="Fecha:", buyer=["Asegurado: Marcos Daniel Villalba", "Póliza: 01-778215",
                                                            "Vigencia: 01/03/2026 al 01/04/2026", "Consumidor Final"],
             cols=["desc", "amount"], colnames={"desc": "Detalle"}, qr=None)
    d["items"] = [I("Prima seguro automotor todo riesgo con franquicia - Volkswagen Gol Trend 2019", amount="71250.00"),
                  I("Recargo administrativo", amount="2850.00")]
    d["taxes"] = [("Impuestos y sellados", D("1482.00"), "Impuestos y sellados:")]
    out.append(finish(d))

    # ---------------- Pandoc -> ConTeXt ----------------
    d = base(641, "B", gen="pandoc", id="d01_fb_pandoc_streaming", name="PANTALLA PLUS ENTRETENIMIENTOS S.A.",
             issuer_extra=["Av. Corrientes 1234 Piso 8 - CABA", "IVA Responsable Inscripto"], numlabel="nro",
             date_fmt="%d/%m/%Y", buyer=["Cliente: Sofía Agustina Romero", "Consumidor Final"],
             cols=["desc", "amount"], colnames={"desc": "Servicio"}, money="ars")
    d["items"] = [I("Plan Premium 4 pantallas - período 10/03/2026 al 09/04/2026", amount="11999.00")]
    d["taxes"] = [("Percepción IVA RG 4240", D("3599.70"), "Percepción IVA RG 4240 30%:"),
                  ("Percepción IIBB CABA", D("239.98"), "Percepción IIBB CABA 2%:")]
    out.append(finish(d))

    d = base(642, "C", cuit_prefix="27", gen="pandoc", id="d02_fc_pandoc_profesora_ingles",
             name="PROF. ANA LAURA BUSTOS", issuer_extra=["Clases de inglés - Belgrano 1002 - Paraná, Entre Ríos",
                                                         "Responsable Monotributo"],
             numlabel="pv_comp", date_fmt="long", date_label="Fecha:", buyer=["Sr./Sra.: Marcela Ríos", "Consumidor Final"],
             cols=["desc", "qty", "price", "amount"], colnames={"desc": "Descripción", "qty": "Cant.", "price": "Precio Unit."})
    d["items"] = [I("Clases individuales de inglés (60 minutos)", 8, "9000.00"), I("Material de estudio", 1, "12500.00")]
    out.append(finish(d))

    # ---------------- Ghostscript pdfwrite re-distilled ----------------
    d = base(651, "B", gen="gs:lualatex", id="g01_fb_gs_lualatex_prepaga", name="MEDICINA PRIVADA INTEGRAL DEL CENTRO S.A.",
             issuer_width="0.28", issuer_extra=["Av. Vélez Sarsfield 576 - Córdoba", "IVA Responsable Inscripto"],
             numlabel="comprobante", date_fmt="%d/%m/%Y", buyer=["Titular: Andrea Soledad Luna", "Plan: PMI 3000 - Grupo familiar (3)",
                                                              "Condición IVA: Consumidor Final"],
             cols=["desc", "amount"], colnames={"desc": "Concepto"}, money="ars", totals_style="grid")
    d["items"] = [I("Cuota plan PMI 3000 grupo familiar - marzo 2026 (titular, cónyuge y un hijo menor)", amount="312450.00"),
                  I("Adicional cobertura odontológica", amount="18900.00")]
    d["taxes"] = [("Percepción IIBB Córdoba", D("3313.50"), "Percepción IIBB Córdoba 1%:")]
    out.append(finish(d))

    d = base(652, "A", gen="gs:fpdf", id="g02_fa_gs_pyfpdf_corralon_4dec", name="CORRALÓN SAN JOSÉ S.A.",
             issuer_extra=["Ruta 8 Km 60,5 - Pilar, Bs. As.", "IVA Responsable Inscripto"], numlabel="pv_comp",
             date_fmt="%d/%m/%Y", rate_col=True, rate_style="bare", pia=False, cols=["code", "desc", "qty", "price", "rate", "amount"],
             colnames={"code": "Cód.", "rate": "% IVA", "price": "P. Unit. Neto", "amount": "Neto"})
    d["buyer"] = A_buyer(d, "Razón Social:", "REFORMAS Y CONSTRUCCIONES NORTE S.R.L.")
    d["items"] = [I("Cemento portland 50 kg", 20, "8264.4628", rate="21.00", code="CEM50", price_dec=4),
                  I("Arena gruesa (bolsón 1 m3)", 2, "41322.3140", rate="21.00", code="ARG01", price_dec=4),
                  I("Hierro nervado 8 mm x 12 m", 15, "7438.0165", rate="21.00", code="HN08", price_dec=4)]
    finish(d)
    net = d["subtotal"]
    d["taxes"] = [("Percepción IVA", (net * D("0.03")).quantize(D("0.01")), "Percepción IVA 3%:"),
                  ("Percepción IIBB Bs. As.", (net * D("0.02")).quantize(D("0.01")), "Percepción IIBB Bs. As. 2%:")]
    out.append(finish(d))

    d = base(653, "B", gen="gs:context", id="g03_fb_gs_context_optica", name="ÓPTICA VISIÓN CLARA S.R.L.", issuer_pos="right",
             issuer_extra=["San Juan 1550 - Mendoza", "IVA Responsable Inscripto"], numlabel="n", date_fmt="%d/%m/%Y",
             buyer=["Paciente: Horacio Funes", "Señor(es): Horacio Funes - Consumidor Final"],
             cols=["code", "desc", "qty", "price", "amount"], money="dollar", qr={"variant": "strings"})
    d["items"] = [I("Cristales orgánicos monofocales antirreflejo blue cut índice 1.56 (par)", 1, "98000.00", code="CR-156AR"),
                  I("Armazón acetato negro mate", 1, "76500.00", code="ARM-3312"),
                  I("Estuche rígido y paño", 1, "6500.00", code="EST-01")]
    out.append(finish(d))

    d = base(654, "C", cuit_prefix="27", gen="gs:xelatex", id="g04_fc_gs_xelatex_odontologa_qrdate_flag",
             name="OD. PAULA CECILIA MÉNDEZ", issuer_extra=["Odontóloga M.P. 3321", "9 de Julio 245 - Salta",
                                                          "Responsable Monotributo"],
             numlabel="nro", date_fmt="%d/%m/%Y", buyer=["Paciente: Julián Ortega", "Consumidor Final"],
             cols=["desc", "amount"], colnames={"desc": "Prestación"}, warnings=["qr_mismatch"])
    d["qr"] = {"fecha": "2026-02-" + f"{d['date'].day:02d}"}
    d["items"] = [I("Tratamiento de conducto molar con reconstrucción", amount="210000.00"),
                  I("Radiografía periapical (2)", amount="16000.00")]
    out.append(finish(d))

    d = base(655, "B", gen="gs:fpdf", id="g05_fb_gs_pyfpdf_kiosco_noqr", name="MAXIKIOSCO EL PUENTE de Roberto Sánchez",
             cuit_prefix="20", issuer_extra=["Av. 7 Nº 1020 - La Plata", "IVA Responsable Inscripto"], numlabel="nro",
             date_fmt="%d-%m-%y", date_label="Fecha:", buyer=["Consumidor Final"], cols=["qty", "desc", "price", "amount"],
             money="plain", qr=None)
    rng = d["rng"]
    d["items"] = [I("Gaseosa cola 2,25 l", 2, "3200.00"), I("Alfajor triple chocolate", 6, "1100.00"),
                  I("Cigarrillos box 20", 1, "4300.00"), I("Yerba mate 1 kg", 1, "5400.00")]
    out.append(finish(d))

    d = base(656, "B", gen="gs:pandoc", id="g06_fb_gs_pandoc_mascotas_ml", name="PET SHOP MUNDO ANIMAL S.R.L.",
             trade="Mundo Animal", razon_label=True,
             issuer_extra=["Domicilio: Av. Alvear 1500 - Resistencia, Chaco", "IVA Responsable Inscripto"],
             numlabel="factura_n", date_fmt="%d/%m/%Y",
             buyer=["Razón social: Nicolás Ferreyra", "DNI: 33987123", "Consumidor final"],
             cols=["code", "desc", "qty", "price", "amount"], money="glued")
    rng = d["rng"]
    d["items"] = [I("Piedras sanitarias para gatos 20 kg Operación ML #2000011223344556", 2, "21999.00", ean=ean13(rng)),
                  I("Rascador para gato 3 niveles", 1, "45999.00", ean=ean13(rng))]
    out.append(finish(d))

    # ---------------- plain monospace text (XeLaTeX verbatim) ----------------
    d = base(661, "B", gen="textmono", id="t01_fb_xetexmono_cerrajeria_noqr", name="CERRAJERÍA EL CANDADO S.H.",
             issuer_extra=["Corrientes 1780 - Rosario", "IVA Responsable Inscripto"], numlabel="n", date_fmt="%d/%m/%Y",
             buyer=["Señor(es): Consorcio Edificio Mitre 1200", "Condición IVA: Consumidor Final"],
             cols=["desc", "qty", "price", "amount"], qr=None)
    d["items"] = [I("Copia de llave doble paleta", 4, "3500.00"), I("Cambio de combinación cerradura Trabex", 1, "28000.00"),
                  I("Apertura de puerta urgencia nocturna", 1, "45000.00")]
    out.append(finish(d))

    d = base(662, "C", cuit_prefix="20", gen="gs:textmono", id="t02_fc_gs_xetexmono_jardinero_noqr",
             name="JARDINES DEL SOL de Oscar Ramón Paredes", issuer_pos="center",
             issuer_extra=["Mantenimiento de parques - Tigre, Bs. As.", "Responsable Monotributo"], numlabel="comprobante",
             date_fmt="%d.%m.%Y", date_label="Fecha:", buyer=["Cliente: Club Náutico Delta", "CUIT: 30-54321098-4" if False else "Consumidor Final"],
             cols=["desc", "amount"], colnames={"desc": "Servicio"}, qr=None)
    d["items"] = [I("Corte de césped y bordeado parque 1.500 m2 - marzo 2026", amount="120000.00"),
                  I("Poda de ligustros y retiro de ramas", amount="65000.00")]
    out.append(finish(d))

    d = base(663, "B", gen="textmono", id="t03_fb_xetexmono_carniceria_kg_noqr", name="CARNICERÍA LA TRANQUERA S.R.L.",
             issuer_pos="right", issuer_extra=["Av. Mitre 3300 - Avellaneda", "IVA Responsable Inscripto"], numlabel="pv_comp",
             date_fmt="%d/%m/%Y", buyer=["Consumidor Final"], cols=["desc", "qty", "price", "amount"],
             colnames={"price": "Precio x kg"}, qr=None, payments=[("EFECTIVO", D("50000.00"))],
             foot_extra=["Su vuelto: $ 0,00" if False else ""])
    d["foot_extra"] = []
    d["items"] = [I("Asado de novillo", "2.150", "11990.00", unit="kg", qty_dec=3),
                  I("Vacío", "1.230", "13490.00", unit="kg", qty_dec=3),
                  I("Chorizo puro cerdo", "0.850", "7990.00", unit="kg", qty_dec=3)]
    finish(d)
    d["payments"] = [("EFECTIVO", d["total"])]
    out.append(d)

    # ---------------- LuaLaTeX two more (copies, and QR on a long table) ----------------
    d = base(671, "B", gen="lualatex", id="l07_fb_lualatex_mueblesml_2copies", name="MADERAS NOBLES DEL LITORAL S.R.L.",
             issuer_width="0.30", issuer_extra=["Ruta 11 Km 420 - San Justo, Santa Fe", "IVA Responsable Inscripto"],
             numlabel="n", date_fmt="%d/%m/%Y", buyer=["Señor(es): Pamela Quiroga", "Consumidor Final"],
             copies=["ORIGINAL", "DUPLICADO"], cols=["desc", "qty", "price", "amount"], money="dollar")
    d["items"] = [I("Rack TV flotante melamina 1,60 m color nogal con estante de vidrio Operación ML #2000012345678901", 1, "139999.00"),
                  I("Kit de fijación a pared", 1, "6999.00")]
    out.append(finish(d))

    return out
