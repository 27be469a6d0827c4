# Hand-written tickets and their hand-written expected values.
# Item tuple: (dept, description, ean, qty, unit, unit_price, vat_rate, amount)
W = 44


def R(left, right, w=W):
    return left + " " * max(2, w - len(left) - len(right)) + right


def C(s, w=W):
    return s.center(w).rstrip()


RULE = "-" * W
T = []


def add(name, style, lines, exp, pdf=None):
    T.append(dict(name=name, style=style, text="\n".join(lines) + "\n", exp=exp, pdf=pdf))


def E(name, cuit, pos, number, issued, items, total, subtotal=None, discounts=(), dtot="0.00", taxes=(), payments=(),
      vat=(), doc_type="ticket", piv=True, warnings=()):
    return dict(doc_type=doc_type, merchant=dict(name=name, cuit=cuit), pos=pos, number=number, issued_at=issued,
                currency="ARS", items=[dict(line=i + 1, department=t[0], description=t[1], ean=t[2], quantity=t[3],
                                            unit=t[4], unit_price=t[5], vat_rate=t[6], amount=t[7])
                                       for i, t in enumerate(items)],
                discounts=[dict(description=d, amount=a) for d, a in discounts], subtotal=subtotal,
                discount_total=dtot, total=total, vat=[dict(rate=r, amount=a) for r, a in vat],
                taxes=[dict(description=d, amount=a) for d, a in taxes],
                payments=[dict(method=m, amount=a) for m, a in payments], prices_include_vat=piv, cae=None, qr=None,
                warnings=list(warnings))


# 01 Coto, Hasar fiscal printer, qty line above, weighed, jubilados block discount
add("t01_coto_hasar", "Coto / Hasar TIQUE FACTURA B, qty line over item", [
    C("COTO C.I.C.S.A."),
    C("CUIT: 30-54808315-6"),
    C("Av. Cabildo 545 - C.A.B.A."),
    C("IVA RESPONSABLE INSCRIPTO"),
    C("A CONSUMIDOR FINAL"),
    C("TIQUE FACTURA B"),
    "P.V. Nro.: 0196           Nro. T.: 00234117",
    "Fecha: 05/11/24           Hora: 10:42:17",
    RULE,
    "2 x 1.349,00",
    R("LECHE LS ENTERA 1L        (21,00)", "2.698,00"),
    "0,745 x 4.599,00",
    R("PALETA COCIDA FETEADA     (10,50)", "3.426,26"),
    R("YERBA PLAYADITO 1KG       (21,00)", "3.990,00"),
    RULE,
    R("SUBTOTAL", "10.114,26"),
    R("DESC. JUBILADOS 10%", "-1.011,43"),
    R("TOTAL", "$ 9.102,83"),
    R("TARJETA DEBITO", "9.102,83"),
    "Tarj.: ****5512",
    C("GRACIAS POR SU COMPRA"),
], E("COTO C.I.C.S.A.", "30548083156", 196, 234117, "2024-11-05T10:42:17", [
    (None, "LECHE LS ENTERA 1L", None, "2", "un", "1349.00", "21.00", "2698.00"),
    (None, "PALETA COCIDA FETEADA", None, "0.745", "kg", "4599.00", "10.50", "3426.26"),
    (None, "YERBA PLAYADITO 1KG", None, "1", "un", "3990.00", "21.00", "3990.00")],
    "9102.83", "10114.26", [("DESC. JUBILADOS 10%", "-1011.43")], "1011.43",
    payments=[("TARJETA DEBITO", "9102.83")]))

# 02 Dia, 2da al 70%, bag, ClubDia savings and points, Mercado Pago QR
add("t02_dia_clubdia", "Día, 2da unidad 70%, bolsa, ClubDía, MP QR", [
    C("DIA ARGENTINA S.A."),
    C("C.U.I.T. 30-59036076-3"),
    C("Av. Rivadavia 6200 - CABA"),
    C("IVA RESPONSABLE INSCRIPTO"),
    C("TIQUE"),
    "P.V. N°: 00045             N° T.: 00102345",
    "Fecha: 14/03/2025          Hora: 19:22",
    RULE,
    "1,000 x 1.890,00",
    R("FIDEOS DIA TIRABUZON 500G (21,00)", "1.890,00"),
    "2,000 x 2.150,00",
    R("ACEITE GIRASOL DIA 900ML  (21,00)", "4.300,00"),
    R("DTO 2DA UNID 70%", "-1.505,00"),
    "1,000 x 50,00",
    R("BOLSA CAMISETA DIA        (21,00)", "50,00"),
    RULE,
    R("SUBTOTAL", "6.240,00"),
    R("TOTAL", "$ 4.735,00"),
    R("MERCADO PAGO QR", "4.735,00"),
    RULE,
    "ClubDia: 0000123456789",
    R("Ahorraste hoy con ClubDia", "$ 1.505,00"),
    R("Puntos acumulados", "1.247"),
], E("DIA ARGENTINA S.A.", "30590360763", 45, 102345, "2025-03-14T19:22:00", [
    (None, "FIDEOS DIA TIRABUZON 500G", None, "1.000", "un", "1890.00", "21.00", "1890.00"),
    (None, "ACEITE GIRASOL DIA 900ML", None, "2.000", "un", "2150.00", "21.00", "4300.00"),
    (None, "BOLSA CAMISETA DIA", None, "1.000", "un", "50.00", "21.00", "50.00")],
    "4735.00", "6240.00", [("DTO 2DA UNID 70%", "-1505.00")], "1505.00",
    payments=[("MERCADO PAGO QR", "4735.00")]))

# 03 Jumbo, EAN first, rate at end, 2x1, credit in cuotas, Jumbo Mas points
add("t03_jumbo_ean_first", "Jumbo (Cencosud), EAN first, 2x1, VISA cuotas", [
    C("JUMBO RETAIL ARGENTINA S.A."),
    C("CUIT Nro.: 30-54668997-9"),
    C("Jumbo Unicenter - Martinez"),
    "P.V. Nro.: 0312           Nro T. 00554102",
    "Fecha 21/12/24            Hora 11:05",
    RULE,
    "7790070410139 ARROZ GALLO ORO 1KG",
    R("   3 x 1.250,00              21%", "3.750,00"),
    "2000512003458 BANANA ECUADOR",
    R("   1,235 kg x 1.999,00     10,5%", "2.468,77"),
    "7790895000997 COCA COLA 2,25L",
    R("   2 x 3.100,00              21%", "6.200,00"),
    R("PROMO 2X1 COCA COLA", "-3.100,00"),
    RULE,
    R("SUBTOTAL", "12.418,77"),
    R("TOTAL", "$ 9.318,77"),
    R("TARJETA CREDITO VISA 3 CUOTAS", "9.318,77"),
    R("3 CUOTAS DE $", "3.106,26"),
    "Jumbo Mas: sumaste 93 puntos",
], E("JUMBO RETAIL ARGENTINA S.A.", "30546689979", 312, 554102, "2024-12-21T11:05:00", [
    (None, "ARROZ GALLO ORO 1KG", "7790070410139", "3", "un", "1250.00", "21.00", "3750.00"),
    (None, "BANANA ECUADOR", "2000512003458", "1.235", "kg", "1999.00", "10.50", "2468.77"),
    (None, "COCA COLA 2,25L", "7790895000997", "2", "un", "3100.00", "21.00", "6200.00")],
    "9318.77", "12418.77", [("PROMO 2X1 COCA COLA", "-3100.00")], "3100.00",
    payments=[("TARJETA CREDITO VISA 3 CUOTAS", "9318.77")]))

# 04 Disco, Epson column heads, weighed 1 x kg x price, *** ANULADO ***, bag one-liner, SU VUELTO
add("t04_disco_epson_void", "Disco / Epson TM-T900FA, heads, ANULADO, cash + vuelto", [
    C("JUMBO RETAIL ARGENTINA S.A."),
    C("DISCO - SUC. 045"),
    C("CUIT Nro.: 30-54668997-9"),
    C("IVA RESPONSABLE INSCRIPTO"),
    C("TIQUE FACTURA B"),
    "P.V. Nro.: 0045           Nro. T.: 00098765",
    "Fecha 02/01/2025          Hora 08:15",
    RULE,
    "Cant. x Precio Unit.",
    R("Descripcion            %IVA", "Importe"),
    RULE,
    "1 x 0,412 x 8.490,00",
    R("QUESO CREMOSO TREGAR   10,50", "3.497,88"),
    "3,000 x 520,00",
    R("AGUA VILLAVICENCIO 500 21,00", "1.560,00"),
    "*** ANULADO ***",
    "-1,000 x 520,00",
    R("AGUA VILLAVICENCIO 500 21,00", "-520,00"),
    R("BOLSA PLASTICA         21,00", "35,00"),
    RULE,
    R("SUBTOTAL", "4.572,88"),
    R("TOTAL", "4.572,88"),
    R("EFECTIVO", "5.000,00"),
    R("SU VUELTO", "427,12"),
], E("JUMBO RETAIL ARGENTINA S.A.", "30546689979", 45, 98765, "2025-01-02T08:15:00", [
    (None, "QUESO CREMOSO TREGAR", None, "0.412", "kg", "8490.00", "10.50", "3497.88"),
    (None, "AGUA VILLAVICENCIO 500", None, "3.000", "un", "520.00", "21.00", "1560.00"),
    (None, "AGUA VILLAVICENCIO 500", None, "-1.000", "un", "520.00", "21.00", "-520.00"),
    (None, "BOLSA PLASTICA", None, "1", "un", "35.00", "21.00", "35.00")],
    "4572.88", "4572.88", payments=[("EFECTIVO", "5000.00")]))

# 05 Vea, "$" in every amount, "-$ 478,50", mixed-case departments with accents
add("t05_vea_dollar_signs", "Vea (Cencosud), $ on every amount, -$ discount", [
    C("JUMBO RETAIL ARGENTINA S.A."),
    C("VEA - Suc. 221 Cordoba"),
    C("CUIT 30-54668997-9"),
    "P.V. 0221   Nro T. 00011223",
    "Fecha 09/04/2025   Hora 17:48",
    RULE,
    "ALMACÉN",
    "Galletitas Oreo 118g",
    R("  2 x $ 1.100,00", "$ 2.200,00"),
    "LIMPIEZA",
    "Lavandina Ayudín 1L",
    R("  1 x $ 990,00", "$ 990,00"),
    RULE,
    R("SUBTOTAL", "$ 3.190,00"),
    R("Descuento Jubilados Miércoles 15%", "-$ 478,50"),
    R("TOTAL", "$ 2.711,50"),
    R("Tarjeta Débito Maestro", "$ 2.711,50"),
], E("JUMBO RETAIL ARGENTINA S.A.", "30546689979", 221, 11223, "2025-04-09T17:48:00", [
    ("ALMACÉN", "Galletitas Oreo 118g", None, "2", "un", "1100.00", None, "2200.00"),
    ("LIMPIEZA", "Lavandina Ayudín 1L", None, "1", "un", "990.00", None, "990.00")],
    "2711.50", "3190.00", [("Descuento Jubilados Miércoles 15%", "-478.50")], "478.50",
    payments=[("Tarjeta Débito Maestro", "2711.50")]))

# 06 La Anonima, total in words, EFECTIVO + VUELTO, internal PLU codes
add("t06_laanonima_words", "La Anónima, PLU codes, total in words", [
    C("S.A. IMPORTADORA Y EXPORTADORA"),
    C("DE LA PATAGONIA"),
    C("C.U.I.T.: 30-50005570-3"),
    C("Suc. 017 Bariloche"),
    "P.V.: 0017              Nro. Ticket: 00450012",
    "Fecha: 28-02-2025       Hora: 20:01",
    RULE,
    "0004512 PAN RALLADO PREFERIDO 500G",
    R("1 x 980,00 (21,00)", "980,00"),
    "24011 MANZANA ROJA X KG",
    R("1 x 1,120 x 2.100,00 (10,50)", "2.352,00"),
    "0009981 DETERGENTE MAGISTRAL 500ML",
    R("2 x 2.050,00 (21,00)", "4.100,00"),
    RULE,
    R("SUBTOTAL", "7.432,00"),
    R("TOTAL", "$ 7.432,00"),
    "SON PESOS: SIETE MIL CUATROCIENTOS",
    "TREINTA Y DOS CON 00/100",
    R("EFECTIVO", "10.000,00"),
    R("VUELTO", "2.568,00"),
], E("S.A. IMPORTADORA Y EXPORTADORA", "30500055703", 17, 450012, "2025-02-28T20:01:00", [
    (None, "PAN RALLADO PREFERIDO 500G", None, "1", "un", "980.00", "21.00", "980.00"),
    (None, "MANZANA ROJA X KG", None, "1.120", "kg", "2100.00", "10.50", "2352.00"),
    (None, "DETERGENTE MAGISTRAL 500ML", None, "2", "un", "2050.00", "21.00", "4100.00")],
    "7432.00", "7432.00", payments=[("EFECTIVO", "10000.00")]))

# 07 ChangoMas, weighed with "KG" first, CAMBIO as change, two tenders
add("t07_changomas_cambio", "ChangoMás, kg first, two tenders, CAMBIO", [
    C("DORINKA S.R.L."),
    C("CHANGOMAS Avellaneda"),
    C("CUIT: 30-71021185-6"),
    "P.V. Nro.: 0088     Nro T. 00301122",
    "Fecha 03/03/25      Hora 13:30",
    RULE,
    "CARNICERIA",
    "CARNE PICADA ESPECIAL",
    R("KG 0,850 x 7.990,00 (10,50)", "6.791,50"),
    "ALMACEN",
    "TOMATE PERITA LA HUERTA 520G",
    R("4 x 890,00 (21,00)", "3.560,00"),
    RULE,
    R("SUBTOTAL", "10.351,50"),
    R("TOTAL", "$ 10.351,50"),
    R("TARJETA DEBITO", "8.000,00"),
    R("EFECTIVO", "3.000,00"),
    R("CAMBIO", "648,50"),
], E("DORINKA S.R.L.", "30710211856", 88, 301122, "2025-03-03T13:30:00", [
    ("CARNICERIA", "CARNE PICADA ESPECIAL", None, "0.850", "kg", "7990.00", "10.50", "6791.50"),
    ("ALMACEN", "TOMATE PERITA LA HUERTA 520G", None, "4", "un", "890.00", "21.00", "3560.00")],
    "10351.50", "10351.50", payments=[("TARJETA DEBITO", "8000.00"), ("EFECTIVO", "3000.00")]))

# 08 Walmart era (2012), dd-mm-yyyy, amounts with trailing tax letter, TOTAL A PAGAR
add("t08_walmart_2012", "Walmart Argentina 2012, TOTAL A PAGAR, CAMBIO, cents prices", [
    C("WAL-MART ARGENTINA S.R.L."),
    C("CUIT 30-70809662-4"),
    C("WALMART SUPERCENTER AVELLANEDA"),
    "P.V. Nro.: 0007    Nro. T.: 00012990",
    "Fecha: 15-06-2012  Hora: 16:20",
    RULE,
    "GASEOSA MANAOS COLA 2,25L",
    R("2 x 8,50 (21,00)", "17,00"),
    "PAPEL HIGIENICO ELITE X4",
    R("1 x 12,90 (21,00)", "12,90"),
    "DESODORANTE REXONA AERO",
    R("1 x 15,49 (21,00)", "15,49"),
    RULE,
    R("SUBTOTAL", "45,39"),
    R("TOTAL A PAGAR", "$ 45,39"),
    R("EFECTIVO", "50,00"),
    R("CAMBIO", "4,61"),
    "Ahorra dinero. Vive mejor.",
], E("WAL-MART ARGENTINA S.R.L.", "30708096624", 7, 12990, "2012-06-15T16:20:00", [
    (None, "GASEOSA MANAOS COLA 2,25L", None, "2", "un", "8.50", "21.00", "17.00"),
    (None, "PAPEL HIGIENICO ELITE X4", None, "1", "un", "12.90", "21.00", "12.90"),
    (None, "DESODORANTE REXONA AERO", None, "1", "un", "15.49", "21.00", "15.49")],
    "45.39", "45.39", payments=[("EFECTIVO", "50.00")]))

# 09 Chinese autoservicio, table CANT DESCRIPCION PRECIO IMPORTE, whole pesos (no decimals)
add("t09_autoservicio_chino_enteros", "Chinese autoservicio, table, whole-peso amounts", [
    C("CHEN XIAOMING"),
    C("AUTOSERVICIO EL DRAGON"),
    C("CUIT: 20-94567123-9"),
    C("RESPONSABLE MONOTRIBUTO"),
    "P.V.: 0002   Nro. T.: 00004567",
    "Fecha: 11/05/2025   Hora: 21:40",
    RULE,
    "CANT DESCRIPCION          PRECIO   IMPORTE",
    "2    FERNET BRANCA 750    14.500    29.000",
    "3    COCA COLA 1,5L        2.300     6.900",
    "1    PAPAS LAYS 150G       3.100     3.100",
    RULE,
    R("TOTAL", "$ 39.000"),
    R("EFECTIVO", "$ 40.000"),
    R("VUELTO", "$ 1.000"),
], E("CHEN XIAOMING", "20945671239", 2, 4567, "2025-05-11T21:40:00", [
    (None, "FERNET BRANCA 750", None, "2", "un", "14500.00", None, "29000.00"),
    (None, "COCA COLA 1,5L", None, "3", "un", "2300.00", None, "6900.00"),
    (None, "PAPAS LAYS 150G", None, "1", "un", "3100.00", None, "3100.00")],
    "39000.00", None, payments=[("EFECTIVO", "40000.00")]))

# 10 Farmacity, obra social coverage lines after items, troquel, credit 1 cuota
add("t10_farmacity_obrasocial", "Farmacity, obra social coverage, troquel", [
    C("FARMACITY S.A."),
    C("CUIT: 30-70123456-8"),
    C("Av. Santa Fe 2100 - CABA"),
    C("TIQUE FACTURA B"),
    "P.V. Nro.: 0301   Nro. T.: 00077120",
    "Fecha 17/02/2025   Hora 09:12",
    RULE,
    "1,000 x 8.450,00",
    R("AMOXIDAL 500 MG X 16 COMP  (21,00)", "8.450,00"),
    "  Troquel: 4433120",
    R("  Dto. OSDE 40%", "-3.380,00"),
    "2,000 x 2.300,00",
    R("IBUPIRAC 400 X 10          (21,00)", "4.600,00"),
    R("  Dto. OSDE 40%", "-1.840,00"),
    "1,000 x 5.999,00",
    R("PROTECTOR SOLAR DERMAGLOS  (21,00)", "5.999,00"),
    RULE,
    R("SUBTOTAL", "19.049,00"),
    R("TOTAL", "13.829,00"),
    R("TARJETA CREDITO MASTERCARD", "13.829,00"),
    "Cuotas: 1   Lote 012  Cupon 3344",
    R("Ahorro obra social", "5.220,00"),
], E("FARMACITY S.A.", "30701234568", 301, 77120, "2025-02-17T09:12:00", [
    (None, "AMOXIDAL 500 MG X 16 COMP", None, "1.000", "un", "8450.00", "21.00", "8450.00"),
    (None, "IBUPIRAC 400 X 10", None, "2.000", "un", "2300.00", "21.00", "4600.00"),
    (None, "PROTECTOR SOLAR DERMAGLOS", None, "1.000", "un", "5999.00", "21.00", "5999.00")],
    "13829.00", "19049.00", [("Dto. OSDE 40%", "-3380.00"), ("Dto. OSDE 40%", "-1840.00")], "5220.00",
    payments=[("TARJETA CREDITO MASTERCARD", "13829.00")]))

# 11 Bakery, grams and kg, fractions in descriptions, one-line items, Mercado Pago
add("t11_panaderia", "Bakery, weighed bread, 1/2 docena, Mercado Pago", [
    C("PANADERIA LA ESPIGA DE ORO S.R.L."),
    C("CUIT: 30-71234567-1"),
    C("Av. Mitre 1200 - Avellaneda"),
    "P.V. Nro.: 0003   Nro. T.: 00009001",
    "Fecha: 06/06/2025   Hora: 07:45",
    RULE,
    "PAN FRANCES",
    R("1,250 kg x 2.800,00 (10,50)", "3.500,00"),
    "1/2 DOC. FACTURAS SURTIDAS",
    R("1 x 4.200,00 (10,50)", "4.200,00"),
    "PAN DE MIGA X 12 TRIANG.",
    R("2 x 3.150,00 (10,50)", "6.300,00"),
    RULE,
    R("TOTAL", "$ 14.000,00"),
    R("MERCADO PAGO", "14.000,00"),
], E("PANADERIA LA ESPIGA DE ORO S.R.L.", "30712345671", 3, 9001, "2025-06-06T07:45:00", [
    (None, "PAN FRANCES", None, "1.250", "kg", "2800.00", "10.50", "3500.00"),
    (None, "1/2 DOC. FACTURAS SURTIDAS", None, "1", "un", "4200.00", "10.50", "4200.00"),
    (None, "PAN DE MIGA X 12 TRIANG.", None, "2", "un", "3150.00", "10.50", "6300.00")],
    "14000.00", None, payments=[("MERCADO PAGO", "14000.00")]))

# 12 Kiosk, fiscal one-unit items with qty line, impuestos internos in price, transfer
add("t12_kiosco", "Kiosk, Hasar one-liners, cigarettes, transferencia", [
    C("GOMEZ LUCIA BEATRIZ"),
    C("KIOSCO EL PASAJE"),
    C("CUIT: 27-31234567-1"),
    C("RESPONSABLE MONOTRIBUTO"),
    "P.V. Nro.: 0001   Nro. T.: 00001234",
    "Fecha: 30/04/25   Hora: 23:55",
    RULE,
    R("MARLBORO BOX 20       (21,00)", "4.300,00"),
    "3,000 x 700,00",
    R("ALFAJOR GUAYMALLEN    (21,00)", "2.100,00"),
    R("ENCENDEDOR BIC        (21,00)", "1.500,00"),
    RULE,
    R("TOTAL", "7.900,00"),
    R("TRANSFERENCIA", "7.900,00"),
], E("GOMEZ LUCIA BEATRIZ", "27312345671", 1, 1234, "2025-04-30T23:55:00", [
    (None, "MARLBORO BOX 20", None, "1", "un", "4300.00", "21.00", "4300.00"),
    (None, "ALFAJOR GUAYMALLEN", None, "3.000", "un", "700.00", "21.00", "2100.00"),
    (None, "ENCENDEDOR BIC", None, "1", "un", "1500.00", "21.00", "1500.00")],
    "7900.00", None, payments=[("TRANSFERENCIA", "7900.00")]))

# 13 YPF Full, fuel in litres + shop, Serviclub points, debit
add("t13_ypf_full", "YPF Full shop + fuel, litres, Serviclub", [
    C("OPESSA S.A."),
    C("YPF FULL - Av. Libertador 3300"),
    C("CUIT Nro.: 30-50001091-2"),
    C("TIQUE FACTURA B"),
    "P.V. Nro.: 0052   Nro. T.: 00560091",
    "Fecha 12/07/2025   Hora 06:58",
    RULE,
    "35,210 Lts x 1.285,00 $/Lt",
    R("NAFTA SUPER         (21,00)", "45.244,85"),
    "2,000 x 2.600,00",
    R("CAFE CON LECHE MED  (21,00)", "5.200,00"),
    R("MEDIALUNA MANTECA   (10,50)", "950,00"),
    RULE,
    R("SUBTOTAL", "51.394,85"),
    R("TOTAL", "51.394,85"),
    R("TARJETA DEBITO VISA", "51.394,85"),
    "Serviclub: sumaste 513 puntos",
    R("Puntos disponibles", "12.880"),
], E("OPESSA S.A.", "30500010912", 52, 560091, "2025-07-12T06:58:00", [
    (None, "NAFTA SUPER", None, "35.210", "?", "1285.00", "21.00", "45244.85"),
    (None, "CAFE CON LECHE MED", None, "2.000", "un", "2600.00", "21.00", "5200.00"),
    (None, "MEDIALUNA MANTECA", None, "1", "un", "950.00", "10.50", "950.00")],
    "51394.85", "51394.85", payments=[("TARJETA DEBITO VISA", "51394.85")]))

# 14 Hasar "Ticket Factura B" with "P.V. Nro" and "Nro. T." on separate lines, 12h time
add("t14_hasar_pm_time", "Hasar P-441 Ticket Factura B, separate PV/Nro lines, p.m. time", [
    C("SUPERMERCADO LOS ANDES S.A."),
    C("C.U.I.T. Nro: 30-69001122-7"),
    C("Ticket Factura B"),
    "P.V. Nro: 0004",
    "Nro. T.: 00023456",
    "Fecha: 22/08/2025",
    "Hora: 07:45 p.m.",
    RULE,
    "2,000 x 1.100,00",
    R("HARINA PUREZA 000 1KG   (10,50)", "2.200,00"),
    "1,000 x 3.800,00",
    R("CAFE LA VIRGINIA 250G   (21,00)", "3.800,00"),
    RULE,
    R("TOTAL", "6.000,00"),
    R("EFECTIVO", "6.000,00"),
], E("SUPERMERCADO LOS ANDES S.A.", "30690011227", 4, 23456, "2025-08-22T19:45:00", [
    (None, "HARINA PUREZA 000 1KG", None, "2.000", "un", "1100.00", "10.50", "2200.00"),
    (None, "CAFE LA VIRGINIA 250G", None, "1.000", "un", "3800.00", "21.00", "3800.00")],
    "6000.00", None, payments=[("EFECTIVO", "6000.00")]))

# 15 Epson TM-T900FA "TIQUE" with "P.V. N° 0005  Nro. 00012345" and seconds date, IVA contenido (Ley 27.743)
add("t15_epson_iva_contenido", "Epson TIQUE, IVA contenido block, Cuenta DNI", [
    C("AUTOSERVICIO SAN CAYETANO S.R.L."),
    C("CUIT: 30-71111222-3"),
    C("TIQUE"),
    "P.V. N° 0005                 Nro. 00012345",
    "14/03/2025 19:22:05",
    RULE,
    "3,000 x 1.250,00",
    R("CERVEZA QUILMES 1L     (21,00)", "3.750,00"),
    "1,000 x 2.000,00",
    R("QUESO RALLADO 150G     (21,00)", "2.000,00"),
    RULE,
    R("TOTAL", "5.750,00"),
    "Regimen de Transparencia Fiscal al",
    "Consumidor (Ley 27.743)",
    R("IVA Contenido", "$ 997,93"),
    R("Otros Impuestos Nacionales Indirectos", "$ 0,00"),
    R("CUENTA DNI", "5.750,00"),
], E("AUTOSERVICIO SAN CAYETANO S.R.L.", "30711112223", 5, 12345, "2025-03-14T19:22:05", [
    (None, "CERVEZA QUILMES 1L", None, "3.000", "un", "1250.00", "21.00", "3750.00"),
    (None, "QUESO RALLADO 150G", None, "1.000", "un", "2000.00", "21.00", "2000.00")],
    "5750.00", None, payments=[("CUENTA DNI", "5750.00")]))

# 16 Tique Factura A with net prices, IVA lines, IIBB perception
add("t16_tique_fa_percepcion", "Hasar Tique Factura A, net, IVA lines, Perc. IIBB + Perc. IVA", [
    C("DISTRIBUIDORA MAYORISTA SUR S.A."),
    C("CUIT: 30-70999888-5"),
    C("TIQUE FACTURA A"),
    "P.V. Nro.: 0010   Nro. T.: 00003321",
    "Fecha: 10/10/2025   Hora: 15:03",
    "CUIT Cliente: 30-54808315-6",
    RULE,
    "10,000 x 800,00",
    R("ACEITE COCINERO 900ML  (21,00)", "8.000,00"),
    "5,000 x 1.000,00",
    R("AZUCAR LEDESMA 1KG     (10,50)", "5.000,00"),
    RULE,
    R("SUBTOTAL", "13.000,00"),
    R("IVA 21,00%", "1.680,00"),
    R("IVA 10,50%", "525,00"),
    R("PERCEPCION IIBB ARBA 1,50%", "195,00"),
    R("PERCEPCION IVA 3,00%", "390,00"),
    R("TOTAL", "15.790,00"),
    R("CUENTA CORRIENTE", "15.790,00"),
], E("DISTRIBUIDORA MAYORISTA SUR S.A.", "30709998885", 10, 3321, "2025-10-10T15:03:00", [
    (None, "ACEITE COCINERO 900ML", None, "10.000", "un", "800.00", "21.00", "8000.00"),
    (None, "AZUCAR LEDESMA 1KG", None, "5.000", "un", "1000.00", "10.50", "5000.00")],
    "15790.00", "13000.00", taxes=[("PERCEPCION IIBB ARBA 1,50%", "195.00"), ("PERCEPCION IVA 3,00%", "390.00")],
    payments=[("CUENTA CORRIENTE", "15790.00")], vat=[("21.00", "1680.00"), ("10.50", "525.00")], piv=False))

# 17 Carrefour Market with Mi Carrefour block, "CANCELACION" voided line, credit 6 cuotas w/ recargo
add("t17_carrefour_micarrefour", "Carrefour Market, Mi Carrefour, CANCELACION", [
    C("INC S.A."),
    C("CUIT Nro.: 30-68731043-4"),
    C("CARREFOUR MARKET - Belgrano"),
    "P.V. Nro.: 0412   Nro T. 00087999",
    "Fecha 01/09/25   Hora 12:10",
    RULE,
    "Almacen",
    "ARROZ GALLO ORO 1KG",
    R("1 x 1.599,00 (21,00)", "1.599,00"),
    "DULCE DE LECHE SANCOR 400G",
    R("2 x 2.465,50 (21,00)", "4.931,00"),
    "CANCELACION",
    "DULCE DE LECHE SANCOR 400G",
    R("-1 x 2.465,50 (21,00)", "-2.465,50"),
    RULE,
    R("SUBTOTAL", "4.064,50"),
    R("TOTAL", "$ 4.064,50"),
    R("TARJETA CREDITO 6 CUOTAS", "4.064,50"),
    "Mi Carrefour: 6058 **** 1123",
    R("Puntos de esta compra", "40"),
    R("Ahorro Mi Carrefour acumulado", "$ 12.500,00"),
], E("INC S.A.", "30687310434", 412, 87999, "2025-09-01T12:10:00", [
    ("Almacen", "ARROZ GALLO ORO 1KG", None, "1", "un", "1599.00", "21.00", "1599.00"),
    ("Almacen", "DULCE DE LECHE SANCOR 400G", None, "2", "un", "2465.50", "21.00", "4931.00"),
    ("Almacen", "DULCE DE LECHE SANCOR 400G", None, "-1", "un", "2465.50", "21.00", "-2465.50")],
    "4064.50", "4064.50", payments=[("TARJETA CREDITO 6 CUOTAS", "4064.50")]))

# 18 TOTAL label and amount on separate lines; AHORRO line; 3 tenders
add("t18_total_next_line", "Generic POS, TOTAL amount on next line, 3 tenders", [
    C("SUPERMERCADOS TOLEDO S.A."),
    C("CUIT: 30-60123123-5"),
    "P.V. Nro.: 0021   Nro. T.: 00100200",
    "Fecha: 19/01/2025   Hora: 18:00",
    RULE,
    "POLLO ENTERO",
    R("1 x 2,100 x 3.500,00 (10,50)", "7.350,00"),
    "VINO TORO TINTO 1L",
    R("3 x 1.300,00 (21,00)", "3.900,00"),
    R("PROMO 3X2 VINO TORO", "-1.300,00"),
    RULE,
    R("SUBTOTAL", "11.250,00"),
    R("AHORRO $", "1.300,00"),
    "TOTAL",
    R("", "$ 9.950,00"),
    R("EFECTIVO", "2.000,00"),
    R("TARJETA DEBITO", "5.000,00"),
    R("MERCADO PAGO QR", "2.950,00"),
], E("SUPERMERCADOS TOLEDO S.A.", "30601231235", 21, 100200, "2025-01-19T18:00:00", [
    (None, "POLLO ENTERO", None, "2.100", "kg", "3500.00", "10.50", "7350.00"),
    (None, "VINO TORO TINTO 1L", None, "3", "un", "1300.00", "21.00", "3900.00")],
    "9950.00", "11250.00", [("PROMO 3X2 VINO TORO", "-1300.00")], "1300.00",
    payments=[("EFECTIVO", "2000.00"), ("TARJETA DEBITO", "5000.00"), ("MERCADO PAGO QR", "2950.00")]))

# 19 Quantity after description "x3", amount only, with table head Descripcion / Importe
add("t19_cooperativa_table_iva_col", "Cooperativa, table DESCRIPCION CANT P.UNIT IVA IMPORTE", [
    C("COOPERATIVA OBRERA LTDA. DE CONSUMO"),
    C("CUIT: 30-52233442-8"),
    "P.V.: 0077   Nro. T.: 00900900",
    "Fecha: 03/05/2025   Hora: 10:10",
    RULE,
    "DESCRIPCION       CANT  P.UNIT  IVA IMPORTE",
    "LECHE COOPERATIVA  2  1.150,00 21% 2.300,00",
    "MANZANA ROJA   0,800  2.500,00 10% 2.000,00",
    "JABON DOVE 90G     3    950,00 21% 2.850,00",
    RULE,
    R("TOTAL", "$ 7.150,00"),
    R("TARJETA DEBITO", "7.150,00"),
], E("COOPERATIVA OBRERA LTDA. DE CONSUMO", "30522334428", 77, 900900, "2025-05-03T10:10:00", [
    (None, "LECHE COOPERATIVA", None, "2", "un", "1150.00", "21.00", "2300.00"),
    (None, "MANZANA ROJA", None, "0.800", "kg", "2500.00", "10.00", "2000.00"),
    (None, "JABON DOVE 90G", None, "3", "un", "950.00", "21.00", "2850.00")],
    "7150.00", None, payments=[("TARJETA DEBITO", "7150.00")]))

# 20 A discount printed positive under a DESCUENTOS heading; "BONIF." block
add("t20_descuentos_block_positive", "POS with DESCUENTOS block, amounts printed without minus", [
    C("SUPERMERCADO EL NENE S.A."),
    C("CUIT: 30-70456789-4"),
    "P.V. Nro.: 0031   Nro. T.: 00055555",
    "Fecha: 25/06/2025   Hora: 16:16",
    RULE,
    "FIDEOS LUCCHETTI 500G",
    R("4 x 900,00 (21,00)", "3.600,00"),
    "SALSA ARCOR POMAROLA",
    R("2 x 1.200,00 (21,00)", "2.400,00"),
    RULE,
    R("SUBTOTAL", "6.000,00"),
    "DESCUENTOS",
    R("  4X3 FIDEOS LUCCHETTI", "900,00"),
    R("  2DA AL 50% POMAROLA", "600,00"),
    R("TOTAL DESCUENTOS", "1.500,00"),
    R("TOTAL", "$ 4.500,00"),
    R("EFECTIVO", "4.500,00"),
], E("SUPERMERCADO EL NENE S.A.", "30704567894", 31, 55555, "2025-06-25T16:16:00", [
    (None, "FIDEOS LUCCHETTI 500G", None, "4", "un", "900.00", "21.00", "3600.00"),
    (None, "SALSA ARCOR POMAROLA", None, "2", "un", "1200.00", "21.00", "2400.00")],
    "4500.00", "6000.00", [("4X3 FIDEOS LUCCHETTI", "-900.00"), ("2DA AL 50% POMAROLA", "-600.00")], "1500.00",
    payments=[("EFECTIVO", "4500.00")]))

# 21 Two-page ticket with "TRANSPORTE" subtotals at the page break (PDF)
P21 = [
    C("INC S.A."),
    C("CUIT Nro.: 30-68731043-4"),
    C("HIPERMERCADO CARREFOUR SAN ISIDRO"),
    "P.V. Nro.: 0150   Nro T. 00400400",
    "Fecha 07/12/24   Hora 20:20",
    RULE,
    "Almacen",
    "ACEITE NATURA 1,5L",
    R("1 x 5.200,00 (21,00)", "5.200,00"),
    "PURE DE TOMATE ARCOR",
    R("3 x 650,00 (21,00)", "1.950,00"),
    RULE,
    R("TRANSPORTE", "7.150,00"),
    "@@PAGE@@",
    R("TRANSPORTE", "7.150,00"),
    "Bebidas",
    "AGUA VILLAVICENCIO 2L",
    R("2 x 1.400,00 (21,00)", "2.800,00"),
    RULE,
    R("SUBTOTAL", "9.950,00"),
    R("TOTAL", "$ 9.950,00"),
    R("TARJETA DEBITO", "9.950,00"),
]
add("t21_two_pages_transporte", "Carrefour two-page PDF, TRANSPORTE at the break", P21,
    E("INC S.A.", "30687310434", 150, 400400, "2024-12-07T20:20:00", [
        ("Almacen", "ACEITE NATURA 1,5L", None, "1", "un", "5200.00", "21.00", "5200.00"),
        ("Almacen", "PURE DE TOMATE ARCOR", None, "3", "un", "650.00", "21.00", "1950.00"),
        ("Bebidas", "AGUA VILLAVICENCIO 2L", None, "2", "un", "1400.00", "21.00", "2800.00")],
      "9950.00", "9950.00", payments=[("TARJETA DEBITO", "9950.00")]), pdf="courier")

# 22 Coto PDF in Helvetica (proportional), weighed with "Kg" after price, EAN line under item
add("t22_coto_helvetica_pdf", "Coto Helvetica (proportional) PDF, EAN under item, VISA + efectivo", [
    C("COTO C.I.C.S.A."),
    C("CUIT: 30-54808315-6"),
    "P.V. Nro.: 0658   Nro T. 00088300",
    "Fecha 27/02/25   Hora 19:05",
    RULE,
    "Fiambreria",
    "SALAME MILAN COTO",
    R("1 x 0,320 x 12.990,00 (21,00)", "4.156,80"),
    "2100320041568",
    "Lacteos",
    "YOGUR SERENISIMA FRUTILLA 1KG",
    R("2 x 2.199,00 (21,00)", "4.398,00"),
    "7791337002122",
    RULE,
    R("SUBTOTAL", "8.554,80"),
    R("TOTAL", "$ 8.554,80"),
    R("TARJETA CREDITO VISA", "5.000,00"),
    R("EFECTIVO", "3.554,80"),
], E("COTO C.I.C.S.A.", "30548083156", 658, 88300, "2025-02-27T19:05:00", [
    ("Fiambreria", "SALAME MILAN COTO", "2100320041568", "0.320", "kg", "12990.00", "21.00", "4156.80"),
    ("Lacteos", "YOGUR SERENISIMA FRUTILLA 1KG", "7791337002122", "2", "un", "2199.00", "21.00", "4398.00")],
    "8554.80", "8554.80", payments=[("TARJETA CREDITO VISA", "5000.00"), ("EFECTIVO", "3554.80")]), pdf="helvetica")

# 23 Dia PDF (Courier) of t02-like form but with qty x price AFTER description on same line, promo 2x1 inline
add("t23_dia_courier_pdf", "Día Courier PDF, one-line qty x price, 2x1, efectivo exacto", [
    C("DIA ARGENTINA S.A."),
    C("C.U.I.T. 30-59036076-3"),
    "P.V. N°: 00112   N° T.: 00007788",
    "Fecha: 02/02/2025   Hora: 09:09",
    RULE,
    R("GALLETITAS DIA AGUA 2 x 600,00", "1.200,00"),
    R("PROMO 2X1 GALLETITAS DIA", "-600,00"),
    R("YOGUR DIA BEBIBLE 0,950 kg x 2.000,00", "1.900,00"),
    RULE,
    R("TOTAL", "$ 2.500,00"),
    R("EFECTIVO", "2.500,00"),
], E("DIA ARGENTINA S.A.", "30590360763", 112, 7788, "2025-02-02T09:09:00", [
    (None, "GALLETITAS DIA AGUA", None, "2", "un", "600.00", None, "1200.00"),
    (None, "YOGUR DIA BEBIBLE", None, "0.950", "kg", "2000.00", None, "1900.00")],
    "2500.00", None, [("PROMO 2X1 GALLETITAS DIA", "-600.00")], "600.00",
    payments=[("EFECTIVO", "2500.00")]), pdf="courier")

# 24 Jubilados discount as a percentage line per item (inline) with "Desc. Jubilados" and rate on item line
add("t24_farmacia_pami", "Pharmacy PAMI coverage, two-column Descripcion/Importe, tip-like lines", [
    C("FARMACIA DEL PUEBLO S.C.S."),
    C("CUIT: 30-71550011-2"),
    "P.V. Nro.: 0002   Nro. T.: 00003003",
    "Fecha: 08/08/2025   Hora: 11:11",
    RULE,
    R("Descripcion", "Importe"),
    R("ENALAPRIL 10 MG X 30", "4.000,00"),
    R("  Cobertura PAMI 80%", "-3.200,00"),
    R("ATENOLOL 50 MG X 30", "5.000,00"),
    R("  Cobertura PAMI 80%", "-4.000,00"),
    R("  Desc. Jubilados 10%", "-180,00"),
    RULE,
    R("TOTAL", "$ 1.620,00"),
    R("EFECTIVO", "2.000,00"),
    R("VUELTO", "380,00"),
], E("FARMACIA DEL PUEBLO S.C.S.", "30715500112", 2, 3003, "2025-08-08T11:11:00", [
    (None, "ENALAPRIL 10 MG X 30", None, "1", "un", "4000.00", None, "4000.00"),
    (None, "ATENOLOL 50 MG X 30", None, "1", "un", "5000.00", None, "5000.00")],
    "1620.00", None, [("Cobertura PAMI 80%", "-3200.00"), ("Cobertura PAMI 80%", "-4000.00"),
                      ("Desc. Jubilados 10%", "-180.00")], "7380.00",
    payments=[("EFECTIVO", "2000.00")]))

# 25 Bag charge as its own line "BOLSA" with qty, "Nro. T." with leading zeros and PV with dash, date with dashes 2-digit
add("t25_laanonima_bolsa_dash", "Maxiconsumo Hasar, PV-Nro combined 0003-00012345, bag charge, 2-digit year", [
    C("MAXICONSUMO S.A."),
    C("CUIT: 30-71777333-7"),
    C("TIQUE FACTURA B"),
    "Nro. T.: 0003-00012345",
    "Fecha: 11-11-25   Hora: 11:11",
    RULE,
    "6,000 x 1.050,00",
    R("GASEOSA PEPSI 2L        (21,00)", "6.300,00"),
    "2,000 x 75,00",
    R("BOLSA BIODEGRADABLE     (21,00)", "150,00"),
    RULE,
    R("SUBTOTAL", "6.450,00"),
    R("TOTAL", "6.450,00"),
    R("TARJETA DEBITO", "6.450,00"),
], E("MAXICONSUMO S.A.", "30717773337", 3, 12345, "2025-11-11T11:11:00", [
    (None, "GASEOSA PEPSI 2L", None, "6.000", "un", "1050.00", "21.00", "6300.00"),
    (None, "BOLSA BIODEGRADABLE", None, "2.000", "un", "75.00", "21.00", "150.00")],
    "6450.00", "6450.00", payments=[("TARJETA DEBITO", "6450.00")]))

# ---------------- batch 2: harder printing habits ----------------
# 26 Old Hasar SMH/P-320: dot decimals everywhere, 3-decimal quantity with a dot
add("t26_hasar_old_dot_decimals", "Old Hasar SMH/P-320, dot decimals (2.000 x 650.00)", [
    C("SUPERMERCADO LA ECONOMIA S.R.L."),
    C("C.U.I.T. Nro: 30-69001122-7"),
    C("IVA RESPONSABLE INSCRIPTO"),
    C("A CONSUMIDOR FINAL"),
    "P.V. Nro.: 0002              Nro. T.: 00045211",
    "Fecha: 14/03/2019            Hora: 18:35:00",
    RULE,
    "2.000 x 650.00",
    R("ARROZ GALLO 1KG           (21.00)", "1300.00"),
    "0.745 x 459.90",
    R("PALETA COCIDA             (10.50)", "342.63"),
    RULE,
    R("SUBTOTAL", "1642.63"),
    R("TOTAL", "1642.63"),
    R("EFECTIVO", "1642.63"),
], E("SUPERMERCADO LA ECONOMIA S.R.L.", "30690011227", 2, 45211, "2019-03-14T18:35:00", [
    (None, "ARROZ GALLO 1KG", None, "2.000", "un", "650.00", "21.00", "1300.00"),
    (None, "PALETA COCIDA", None, "0.745", "kg", "459.90", "10.50", "342.63")],
    "1642.63", "1642.63", payments=[("EFECTIVO", "1642.63")]))

# 27 trailing-minus discounts and voids ("1.505,00-")
add("t27_trailing_minus", "POS printing negatives with trailing minus (1.505,00-)", [
    C("SUPERMERCADOS TOLEDO S.A."),
    C("CUIT: 30-60123123-5"),
    "P.V. Nro.: 0021   Nro. T.: 00100201",
    "Fecha: 19/01/2025   Hora: 18:30",
    RULE,
    "ACEITE GIRASOL COCINERO 900ML",
    R("2 x 2.150,00 (21,00)", "4.300,00"),
    R("DTO 2DA UNID 70%", "1.505,00-"),
    "YERBA TARAGUI 1KG",
    R("1 x 3.990,00 (21,00)", "3.990,00"),
    RULE,
    R("SUBTOTAL", "8.290,00"),
    R("TOTAL", "$ 6.785,00"),
    R("TARJETA DEBITO", "6.785,00"),
], E("SUPERMERCADOS TOLEDO S.A.", "30601231235", 21, 100201, "2025-01-19T18:30:00", [
    (None, "ACEITE GIRASOL COCINERO 900ML", None, "2", "un", "2150.00", "21.00", "4300.00"),
    (None, "YERBA TARAGUI 1KG", None, "1", "un", "3990.00", "21.00", "3990.00")],
    "6785.00", "8290.00", [("DTO 2DA UNID 70%", "-1505.00")], "1505.00",
    payments=[("TARJETA DEBITO", "6785.00")]))

# 28 Walmart-style trailing tax flag letter after every amount, 48 columns
W48 = lambda l, r: R(l, r, 48)
add("t28_walmart_flag_letters", "Walmart-style, tax flag letter after amount (1.100,00 G)", [
    C("WAL-MART ARGENTINA S.R.L.", 48),
    C("CUIT 30-70809662-4", 48),
    "P.V. Nro.: 0007    Nro. T.: 00013001",
    "Fecha: 16-06-2014  Hora: 10:00",
    "-" * 48,
    W48("GASEOSA MANAOS COLA 2,25L   2 x 11,00", "22,00 G"),
    W48("LECHE LA SERENISIMA 1L      1 x 9,80", "9,80 R"),
    W48("ANUL. LECHE LA SERENISIMA 1L  -1 x 9,80", "-9,80 R"),
    "-" * 48,
    W48("TOTAL", "22,00"),
    W48("EFECTIVO", "22,00"),
], E("WAL-MART ARGENTINA S.R.L.", "30708096624", 7, 13001, "2014-06-16T10:00:00", [
    (None, "GASEOSA MANAOS COLA 2,25L", None, "2", "un", "11.00", None, "22.00"),
    (None, "LECHE LA SERENISIMA 1L", None, "1", "un", "9.80", None, "9.80"),
    (None, "LECHE LA SERENISIMA 1L", None, "-1", "un", "9.80", None, "-9.80")],
    "22.00", "?", payments=[("EFECTIVO", "22.00")]))

# 29 labelled tender block and labelled date/time
add("t29_labelled_tenders", "POS with 'Forma de pago:' labelled tender block, ISO-ish date", [
    C("SUPERMERCADO EL NENE S.A."),
    C("CUIT: 30-70456789-4"),
    "P.V. Nro.: 0031   Nro. T.: 00055600",
    "Fecha/Hora: 2025-06-25 16:40",
    RULE,
    "QUESO CREMOSO LA PAULINA",
    R("1 x 0,500 x 9.000,00 (10,50)", "4.500,00"),
    "PAN LACTAL BIMBO",
    R("1 x 3.500,00 (10,50)", "3.500,00"),
    RULE,
    R("TOTAL", "$ 8.000,00"),
    "Forma de pago: TARJETA CREDITO",
    "  Tarjeta: VISA  ****4821",
    "  Cuotas: 3",
    R("  Importe:", "$ 8.000,00"),
], E("SUPERMERCADO EL NENE S.A.", "30704567894", 31, 55600, "2025-06-25T16:40:00", [
    (None, "QUESO CREMOSO LA PAULINA", None, "0.500", "kg", "9000.00", "10.50", "4500.00"),
    (None, "PAN LACTAL BIMBO", None, "1", "un", "3500.00", "10.50", "3500.00")],
    "8000.00", "?", payments=[("TARJETA CREDITO", "8000.00")]))

# 30 two pages, header repeated on page 2 with "Hoja 2 de 2", items continue (text with page break marker, PDF)
add("t30_two_pages_header_repeat", "Two-page Courier PDF, header repeated on page 2", [
    C("LA GALLEGA SUPERMERCADOS S.A."),
    C("CUIT: 30-71777333-7"),
    "P.V. Nro.: 0009   Nro. T.: 00077001",
    "Fecha: 05/05/2025   Hora: 12:00",
    "Hoja 1 de 2",
    RULE,
    "2,000 x 1.000,00",
    R("GALLETITAS TRAVIATA      (21,00)", "2.000,00"),
    "1,000 x 1.500,00",
    R("MERMELADA ARCOR 454G     (21,00)", "1.500,00"),
    "@@PAGE@@",
    C("LA GALLEGA SUPERMERCADOS S.A."),
    C("CUIT: 30-71777333-7"),
    "P.V. Nro.: 0009   Nro. T.: 00077001",
    "Fecha: 05/05/2025   Hora: 12:00",
    "Hoja 2 de 2",
    RULE,
    "3,000 x 500,00",
    R("SODA SIFON 2L            (21,00)", "1.500,00"),
    RULE,
    R("SUBTOTAL", "5.000,00"),
    R("TOTAL", "5.000,00"),
    R("TARJETA DEBITO", "5.000,00"),
], E("LA GALLEGA SUPERMERCADOS S.A.", "30717773337", 9, 77001, "2025-05-05T12:00:00", [
    (None, "GALLETITAS TRAVIATA", None, "2.000", "un", "1000.00", "21.00", "2000.00"),
    (None, "MERMELADA ARCOR 454G", None, "1.000", "un", "1500.00", "21.00", "1500.00"),
    (None, "SODA SIFON 2L", None, "3.000", "un", "500.00", "21.00", "1500.00")],
    "5000.00", "5000.00", payments=[("TARJETA DEBITO", "5000.00")]), pdf="courier")

# 31 a recargo for cuotas and a discount for a bank (after the subtotal), SU PAGO
add("t31_recargo_banco", "POS, bank promo after subtotal + card surcharge, 48 cols", [
    C("INC S.A.", 48),
    C("CUIT Nro.: 30-68731043-4", 48),
    "P.V. Nro.: 0412   Nro T. 00088001",
    "Fecha 10/10/25   Hora 10:10",
    "-" * 48,
    "Electro",
    "PAVA ELECTRICA ATMA 1,7L",
    W48("1 x 30.000,00 (21,00)", "30.000,00"),
    "-" * 48,
    W48("SUBTOTAL", "30.000,00"),
    W48("DTO. BANCO GALICIA 20%", "-6.000,00"),
    W48("RECARGO FINANCIERO 6 CUOTAS", "2.400,00"),
    W48("TOTAL", "$ 26.400,00"),
    W48("TARJETA CREDITO MASTER 6 CUOTAS", "26.400,00"),
    W48("6 CUOTAS DE $", "4.400,00"),
], E("INC S.A.", "30687310434", 412, 88001, "2025-10-10T10:10:00", [
    ("Electro", "PAVA ELECTRICA ATMA 1,7L", None, "1", "un", "30000.00", "21.00", "30000.00")],
    "26400.00", "30000.00", [("DTO. BANCO GALICIA 20%", "-6000.00")], "6000.00",
    taxes=[("RECARGO FINANCIERO 6 CUOTAS", "2400.00")],
    payments=[("TARJETA CREDITO MASTER 6 CUOTAS", "26400.00")]))

# 32 kiosk with whole-peso amounts but with decimals in a Hasar form (integers only on total/tender lines)
add("t32_total_without_decimals", "Hasar ticket, total/tender printed without decimals ($ 7.900)", [
    C("GOMEZ LUCIA BEATRIZ"),
    C("CUIT: 27-31234567-1"),
    "P.V. Nro.: 0001   Nro. T.: 00001299",
    "Fecha: 30/04/25   Hora: 22:55",
    RULE,
    R("MARLBORO BOX 20       (21,00)", "4.300,00"),
    "3,000 x 1.200,00",
    R("ALFAJOR HAVANNA       (21,00)", "3.600,00"),
    RULE,
    R("TOTAL", "$ 7.900"),
    R("EFECTIVO", "$ 10.000"),
    R("VUELTO", "$ 2.100"),
], E("GOMEZ LUCIA BEATRIZ", "27312345671", 1, 1299, "2025-04-30T22:55:00", [
    (None, "MARLBORO BOX 20", None, "1", "un", "4300.00", "21.00", "4300.00"),
    (None, "ALFAJOR HAVANNA", None, "3.000", "un", "1200.00", "21.00", "3600.00")],
    "7900.00", None, payments=[("EFECTIVO", "10000.00")]))
