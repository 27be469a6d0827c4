"""The round-13 documents: one random.Random(seed) per document."""
import random
from datetime import timedelta

from core import (D, Doc, Party, item_count, item_service, finish, qr_payload, make_cuit, ean13,
                  rand_date, cae_for, q2)

# issuer templates: (fantasy, legal name lines, cuit prefix, address, iva) per category
ISSUERS = {
    "ferreteria": [("FERRETERÍA EL TORNILLO", ["DISTRIBUIDORA FERRETERA DEL", "OESTE S.R.L."], "30", "Av. Rivadavia 11.245, Liniers, CABA", "IVA Responsable Inscripto"),
                   (None, ["BULONERA SAN MARTÍN S.A."], "30", "Ruta 8 Km 27,5, Pilar, Buenos Aires", "IVA Responsable Inscripto")],
    "farmacia": [("Farmacia Güemes", ["FARMACIA GÜEMES SOCIEDAD EN COMANDITA SIMPLE"], "30", "Güemes 3.102, Rosario, Santa Fe", "IVA Responsable Inscripto"),
                 (None, ["FARMACIA NUEVA POMPEYA S.R.L."], "33", "Av. Sáenz 1.180, CABA", "IVA Responsable Inscripto")],
    "vete": [("Veterinaria Patitas", ["PÉREZ ACUÑA MARÍA JOSÉ"], "27", "Belgrano 455, Tandil, Buenos Aires", "Responsable Monotributo"),
             ("CLÍNICA VETERINARIA DEL SUR", ["VETERINARIA DEL SUR S.R.L."], "30", "Av. Colón 2.870, Mar del Plata", "IVA Responsable Inscripto")],
    "verduleria": [("La Huerta de Don Ramón", ["GIMÉNEZ RAMÓN ANÍBAL"], "20", "Mercado Central, Nave 4, Puesto 112, Tapiales", "Responsable Monotributo"),
                   (None, ["FRUTERÍA Y VERDULERÍA LOS ANDES S.A.S."], "30", "San Juan 1.520, Mendoza", "IVA Responsable Inscripto")],
    "carniceria": [("Carnicería El Novillo", ["FRIGORÍFICO EL NOVILLO S.R.L."], "30", "Av. Mitre 880, Avellaneda, Buenos Aires", "IVA Responsable Inscripto"),
                   (None, ["LÓPEZ NÚÑEZ JORGE OMAR"], "20", "Corrientes 1.744, Paraná, Entre Ríos", "Responsable Monotributo")],
    "honorarios": [(None, ["ESTUDIO CONTABLE IBÁÑEZ & ASOCIADOS S.R.L."], "30", "Tucumán 1.455 Piso 3 Of. B, CABA", "IVA Responsable Inscripto"),
                   (None, ["FERNÁNDEZ OLMEDO LUCÍA BELÉN"], "27", "Sarmiento 620, Córdoba", "Responsable Monotributo")],
    "internet": [("PampaNet Fibra", ["PAMPA CONECTIVIDAD S.A."], "30", "Av. San Martín 1.020, Santa Rosa, La Pampa", "IVA Responsable Inscripto")],
    "libreria": [("Librería El Ateneo del Centro", ["LIBRERÍA Y PAPELERÍA DEL CENTRO S.R.L."], "30", "Florida 340, CABA", "IVA Responsable Inscripto"),
                 (None, ["GONZÁLEZ ÁVILA MARTÍN"], "20", "9 de Julio 77, Salta", "Responsable Monotributo")],
    "mecanico": [("Taller Mecánico Don Beto", ["BERTOLDI ROBERTO CARLOS"], "20", "Colectora Panamericana 3.400, Garín", "IVA Responsable Inscripto"),
                 (None, ["SERVICE INTEGRAL AUTOMOTOR NEUQUÉN S.A."], "30", "Av. Olascoaga 1.230, Neuquén", "IVA Responsable Inscripto")],
    "optica": [("Óptica Visión Clara", ["ÓPTICA VISIÓN CLARA S.R.L."], "30", "Av. Santa Fe 2.711, CABA", "IVA Responsable Inscripto")],
    "electro": [(None, ["IMPORTADORA ELECTRÓNICA DEL PLATA S.A."], "30", "Av. Belgrano 2.050, CABA", "IVA Responsable Inscripto")],
}

# catalog: (description, A net or B/C final price range, rate, kind) kind: u count, kg weight, s service
CAT = {
    "ferreteria": [("TORNILLO AUTOPERFORANTE 8X1 X 100 UNIDADES", 3900, 21, "u"), ("MECHA ACERO RÁPIDO 6MM BOSCH", 2600, 21, "u"),
                   ("LLAVE TÉRMICA BIPOLAR 2X25A SICA", 11800, 21, "u"), ("CINTA AISLADORA 3M TEMFLEX 20MTS NEGRA", 1450, 21, "u"),
                   ("CABLE UNIPOLAR 2,5MM² IMSA ROLLO X 100 MTS CELESTE", 68500, 21, "u"), ("PINTURA LÁTEX INTERIOR ALBA 20 LTS BLANCO MATE", 98000, 21, "u"),
                   ("CANDADO BRONCE 40MM PRIVE", 8900, 21, "u"), ("SILICONA ACÉTICA TRANSPARENTE 280ML", 4300, 21, "u"),
                   ("TARUGO FISCHER N° 8 CON TORNILLO X 50", 3150, 21, "u"), ("AMOLADORA ANGULAR 115MM 850W CON DISCO DE CORTE DE REGALO", 89000, 21, "u"),
                   ("CAÑO TERMOFUSIÓN 20MM X 4 MTS", 5200, 21, "u"), ("GUANTE MOTEADO PVC TALLE 9", 1100, 21, "u")],
    "farmacia": [("IBUPROFENO 400MG X 20 COMPRIMIDOS", 3800, 21, "u"), ("PROTECTOR SOLAR FPS 50 LOCIÓN 200ML", 21500, 21, "u"),
                 ("ALCOHOL EN GEL 250ML", 2900, 21, "u"), ("PAÑALES PAMPERS CONFORT SEC XG X 36", 24900, 21, "u"),
                 ("AMOXICILINA 500MG X 16 CÁPSULAS", 9800, 21, "u"), ("GASA ESTÉRIL 10X10 X 10 SOBRES", 1800, 21, "u"),
                 ("CREMA DENTAL COLGATE TOTAL 12 90G", 3400, 21, "u"), ("TERMÓMETRO DIGITAL FLEXIBLE", 7600, 21, "u"),
                 ("SHAMPOO ANTICASPA SEDAL 340ML", 4700, 21, "u"), ("VITAMINA C EFERVESCENTE 1G X 10", 5600, 21, "u")],
    "vete": [("CONSULTA CLÍNICA GENERAL", 12000, 21, "s"), ("VACUNA SÉXTUPLE CANINA", 14500, 21, "u"),
             ("ALIMENTO ROYAL CANIN MEDIUM ADULT 15KG", 98500, 10.5, "u"), ("PIPETA ANTIPULGAS FRONTLINE PLUS 10-20KG", 11200, 21, "u"),
             ("DESPARASITARIO TOTAL FULL CG 1 COMPRIMIDO", 4200, 21, "u"), ("CASTRACIÓN FELINA HEMBRA CON ANESTESIA INHALATORIA", 55000, 21, "s"),
             ("COLLAR ISABELINO N° 4", 3600, 21, "u"), ("ALIMENTO GATITOS EXCELLENT KITTEN 1KG", 9800, 10.5, "u")],
    "verduleria": [("PAPA NEGRA X KG", 900, 10.5, "kg"), ("TOMATE REDONDO X KG", 2400, 10.5, "kg"), ("CEBOLLA X KG", 1100, 10.5, "kg"),
                   ("ZAPALLO ANCO X KG", 1300, 10.5, "kg"), ("BANANA ECUADOR X KG", 2200, 10.5, "kg"), ("MANZANA ROJA DELICIOUS X KG", 2600, 10.5, "kg"),
                   ("LECHUGA CRIOLLA X KG", 3100, 10.5, "kg"), ("NARANJA PARA JUGO X KG", 1400, 10.5, "kg"), ("ZANAHORIA X KG", 1000, 10.5, "kg"),
                   ("PALTA HASS X KG", 6900, 10.5, "kg")],
    "carniceria": [("ASADO DE NOVILLO X KG", 11990, 10.5, "kg"), ("VACÍO X KG", 13490, 10.5, "kg"), ("MILANESA DE NALGA X KG", 14990, 10.5, "kg"),
                   ("CARNE PICADA ESPECIAL X KG", 8990, 10.5, "kg"), ("POLLO ENTERO X KG", 3990, 10.5, "kg"), ("CHORIZO PURO CERDO X KG", 7990, 10.5, "kg"),
                   ("MORCILLA BOMBÓN X KG", 6490, 10.5, "kg"), ("BOLSA DE CARBÓN 4KG", 5200, 21, "u")],
    "honorarios": [("HONORARIOS PROFESIONALES POR LIQUIDACIÓN MENSUAL DE SUELDOS Y CARGAS SOCIALES, 8 EMPLEADOS, PERÍODO {mes}", 185000, 21, "s"),
                   ("ASESORAMIENTO IMPOSITIVO Y PRESENTACIÓN DE DDJJ IVA E INGRESOS BRUTOS CONVENIO MULTILATERAL PERÍODO {mes}", 240000, 21, "s"),
                   ("CONFECCIÓN DE BALANCE ANUAL Y CERTIFICACIÓN DE FIRMA ANTE EL CONSEJO PROFESIONAL", 620000, 21, "s"),
                   ("GASTOS ADMINISTRATIVOS Y DE MOVILIDAD", 18000, 21, "s")],
    "internet": [("ABONO INTERNET FIBRA ÓPTICA 300 MEGAS PERÍODO {mes}", 24900, 27, "s"), ("ALQUILER ROUTER WIFI DUAL BAND", 3500, 27, "s"),
                 ("IP FIJA PÚBLICA", 6200, 27, "s"), ("CARGO DE INSTALACIÓN Y CONFIGURACIÓN EN DOMICILIO", 15000, 21, "s")],
    "libreria": [("CUADERNO ÉXITO UNIVERSITARIO E7 RAYADO 84 HOJAS", 5600, 21, "u"), ("RESMA A4 AUTOR 75G 500 HOJAS", 8900, 21, "u"),
                 ("BIROME BIC CRISTAL AZUL X 10", 4900, 21, "u"), ("LIBRO: RAYUELA, JULIO CORTÁZAR, ED. ALFAGUARA", 24500, 0, "u"),
                 ("LIBRO: EL ETERNAUTA, OESTERHELD Y SOLANO LÓPEZ, EDICIÓN INTEGRAL", 38000, 0, "u"), ("CARPETA N° 3 TRES ANILLOS LUMA", 6700, 21, "u"),
                 ("MOCHILA ESCOLAR ESPALDA 18 PULGADAS", 32000, 21, "u"), ("CALCULADORA CIENTÍFICA CASIO FX-82MS", 29000, 21, "u")],
    "mecanico": [("MANO DE OBRA: CAMBIO DE PASTILLAS Y RECTIFICADO DE DISCOS DE FRENO DELANTEROS", 65000, 21, "s"),
                 ("PASTILLAS DE FRENO DELANTERAS FRAS-LE PD/1144", 38500, 21, "u"), ("ACEITE ELAION F50 5W-40 X 4 LTS", 42000, 21, "u"),
                 ("FILTRO DE ACEITE MANN W712/95", 9800, 21, "u"), ("FILTRO DE AIRE MANN C2433/2", 12400, 21, "u"),
                 ("MANO DE OBRA: SERVICE 10.000 KM CON ESCANEO COMPUTARIZADO", 45000, 21, "s"), ("LÍQUIDO REFRIGERANTE PARAFLU 1 LT", 6900, 21, "u")],
    "optica": [("ARMAZÓN RAY-BAN RB5154 CLUBMASTER 51", 189000, 21, "u"), ("CRISTALES ORGÁNICOS MULTIFOCALES ANTIRREFLEX (PAR)", 245000, 21, "u"),
               ("ESTUCHE RÍGIDO + PAÑO MICROFIBRA", 4500, 21, "u"), ("LENTES DE CONTACTO ACUVUE OASYS X 6", 52000, 21, "u"),
               ("CONTROL Y AJUSTE DE ARMAZÓN", 6000, 21, "s")],
    "electro": [("NOTEBOOK LENOVO IDEAPAD 3 15IAU7 I5 8GB 512GB SSD", 560, 10.5, "u"), ("MONITOR LG 24MP400 24 PULGADAS IPS", 145, 10.5, "u"),
                ("MOUSE LOGITECH M170 INALÁMBRICO", 14, 21, "u"), ("SERVICIO DE CONFIGURACIÓN E INSTALACIÓN", 80, 21, "s")],
}

BUYERS_A = ["CONSTRUCTORA LOS ALERCES S.A.", "TRANSPORTES DEL LITORAL S.R.L.", "ESTANCIA LA PAZ S.A.", "CLÍNICA SAN JORGE S.A.",
            "COOPERATIVA AGRÍCOLA DE TRES ARROYOS LTDA.", "ALMACÉN DE RAMOS GENERALES LA UNIÓN S.R.L."]
BUYERS_B = ["RODRÍGUEZ, MARÍA LAURA", "GÓMEZ, JUAN PABLO", "SOSA, ANALÍA", "BENÍTEZ, OSVALDO", "MARTÍNEZ ÑANCO, JULIETA"]
MESES = ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"]


def build(name, gen, letter, seed, cat, n, style, issuer_idx=0, qty_style=None, code="none",
          rate_printed=None, disc=None, taxes=(), zero_taxes=(), total_delta=0, qr=(), qr_override=None,
          no_qr=False, incl_col=False, currency="ARS", buyer_kind=None, note="", unit_labels=None):
    rng = random.Random(seed)
    fan, lines, pre, addr, iva = ISSUERS[cat][issuer_idx]
    if letter == "C":
        iva = "Responsable Monotributo"
        pre = pre if pre in ("20", "23", "27") else "27"
    issuer = Party(name=" ".join(lines), cuit=make_cuit(rng, pre), address=addr, iva=iva, fantasy=fan,
                   name_lines=lines, start=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1998, 2021)}")
    issuer.iibb = issuer.cuit if rng.random() < 0.5 else f"{rng.randint(900, 999)}-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}"
    if letter == "A":
        buyer = Party(name=rng.choice(BUYERS_A), cuit=make_cuit(rng, rng.choice(["30", "33"])), iva="IVA Responsable Inscripto",
                      address=rng.choice(["Av. Córdoba 1.234, CABA", "Ruta 3 Km 520, Azul", "Italia 92, Rafaela, Santa Fe"]))
    elif buyer_kind == "cf":
        buyer = Party(name="CONSUMIDOR FINAL", iva="Consumidor Final", address="-")
    else:
        buyer = Party(name=rng.choice(BUYERS_B), dni=str(rng.randint(18000000, 45999999)), iva="Consumidor Final",
                      address=rng.choice(["Mitre 1.450, Quilmes", "Lavalle 233, Tandil", "Belgrano 78, San Luis"]))
    issued = rand_date(rng)
    pos = rng.choice([1, 2, 3, 4, 5, 7, 12, 21])
    number = rng.randint(15, 48000)
    cat_items = list(CAT[cat])
    rng.shuffle(cat_items)
    pick = [cat_items[k % len(cat_items)] for k in range(n)]
    items = []
    mes = MESES[(issued.month - 2) % 12] + f" {issued.year if issued.month > 1 else issued.year - 1}"
    for desc, base, rate, kind in pick:
        desc = desc.format(mes=mes)
        price = D(base) * D(rng.randint(85, 125)) / 100
        if letter == "A":
            price = price / (1 + D(rate) / 100) if kind != "s" else price
        if currency == "USD":
            price = D(base) * D(rng.randint(90, 110)) / 100
        price = q2(price)
        if letter != "A" and D(rate) == 0:
            pass
        rp = (letter == "A") if rate_printed is None else rate_printed
        if kind == "s" and style.get("service_no_qty"):
            items.append(item_service(desc, price, rate, rp))
            continue
        if kind == "kg":
            qty = D(rng.randint(180, 3400)) / 1000
            qs = "kg"
            ul = (unit_labels or {}).get("kg", "kg")
        else:
            qty = D(rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 6, 10, 12]))
            if kind == "s":
                qty = D(1)
            qs = qty_style or "int"
            ul = (unit_labels or {}).get("u", "un")
        c, ean = None, None
        if code == "ean" or (code == "mixed" and kind == "u" and rng.random() < 0.6):
            c = ean13(rng)
            ean = c
        elif code in ("int", "mixed"):
            c = f"{rng.randint(100, 99999):07d}" if code == "int" else f"{rng.randint(1000, 9999)}"
        items.append(item_count(rng, desc, qty, price, rate, letter, qs, ul, c, ean, rp, incl_col))
    doc = Doc(name=name, gen=gen, letter=letter, issuer=issuer, buyer=buyer, pos=pos, number=number,
              issued=issued, items=items, style=style, note=note, currency=currency)
    if currency == "USD":
        doc.ctz = D(rng.randint(95000, 125000)) / 100
    if rng.random() < 0.3:
        doc.cond_venta = rng.choice(["Cuenta Corriente", "Contado - Transferencia", "Tarjeta de Débito"])
    finish(doc, disc_pct=disc[1] if disc else None, disc_label=disc[0] if disc else None, taxes=taxes,
           total_delta=D(total_delta), incl_col=incl_col)
    doc.zero_taxes = list(zero_taxes)
    doc.cae = cae_for(rng, issued)
    doc.cae_due = issued + timedelta(days=10)
    if not no_qr:
        ov = None
        if qr_override:
            ov = {}
            for k, v in qr_override.items():
                if k == "importe":
                    ov[k] = doc.total + D(v)
                elif k == "number":
                    ov[k] = doc.number + v
                elif k == "fecha":
                    ov[k] = doc.issued + timedelta(days=v)
                elif k == "pos":
                    ov[k] = doc.pos + v
        qr_payload(doc, qr, ov)
    return doc


# columns per generator family
COLS_AFIP = ["code", "desc", "qty", "unit", "uprice", "rate", "amount"]


def all_docs():
    docs = []
    # ---------------- u: pypdfium2 (PDFium page objects), Liberation Sans, AFIP-like, issuer left
    su = dict(issuer_pos="left", nro_style="afip", qr_module=1.55)
    docs += [
        build("u01_fa_ferreteria_net", "u", "A", 1301, "ferreteria", 7,
              dict(su, cols=["code", "desc", "qty", "unit", "uprice", "rate", "amount"], heads={"amount": "Subtotal"}),
              code="int", taxes=[("Percepción IIBB CABA", D("3.00"))], note="A net, internal code column dropped, name over two lines, Percepción IIBB CABA"),
        build("u02_fb_farmacia_ean", "u", "B", 1302, "farmacia", 9,
              dict(su, cols=["code", "desc", "qty", "uprice", "amount"], heads={"code": "EAN", "uprice": "P. Unitario", "amount": "Importe"}, dollar=True,
                   date_fmt="%d-%m-%Y"),
              issuer_idx=1, code="ean", disc=("Descuento obra social 40%", 40), rate_printed=False, note="B pharmacy, EAN-13 column, obra social discount, $ 1.234,56"),
        build("u03_fc_verduleria_kg", "u", "C", 1303, "verduleria", 8,
              dict(su, issuer_pos="centre", cols=["qty", "unit", "desc", "uprice", "amount"], heads={"qty": "Cantidad", "unit": "U.M.", "uprice": "Precio x kg/u", "amount": "Importe"},
                   money="arnd"),
              rate_printed=False, buyer_kind="cf", qr=("nowww",), note="C greengrocer by kg (gram weights), consumidor final, 1234,56, QR host without www"),
        build("u04_fa_mecanico_incl", "u", "A", 1304, "mecanico", 5,
              dict(su, cols=["desc", "qty", "uprice", "rate", "amount", "amount_incl"], heads={"amount": "Subtotal", "amount_incl": "Subtotal c/IVA"}, print_neto=True),
              issuer_idx=0, incl_col=True, qty_style="dec2", note="A with net and Subtotal c/IVA columns (prices_include_vat true), quantities 1,00"),
        build("u05_fb_optica_totalmal", "u", "B", 1305, "optica", 4,
              dict(su, cols=["qty", "desc", "uprice", "amount"], heads={"qty": "Cant.", "uprice": "Precio Unit.", "amount": "Importe"}, dollar=True),
              rate_printed=False, total_delta=-100, note="B optician; printed total 100,00 below the sum -> totals_mismatch"),
        build("u06_fa_libreria_multipag", "u", "A", 1306, "libreria", 44,
              dict(su, cols=["code", "qty", "desc", "uprice", "rate", "amount"], heads={"code": "Cód.", "amount": "Importe"}, row_lines=True),
              code="mixed", zero_taxes=["Importe Otros Tributos"], note="A bookshop, 44 lines over 2 pages, 21% + 0% (books), EAN/internal codes mixed, Otros Tributos 0,00"),
    ]
    # ---------------- h: pyHanko writer, DejaVu Sans Condensed, issuer right, QR image
    sh = dict(issuer_pos="right", nro_style="nro", cod_label="Cód. {:02d}", rs_label="", qr_pos="br", head_fill=False, size=8.5)
    docs += [
        build("h01_fb_carniceria_kg", "h", "B", 1311, "carniceria", 7,
              dict(sh, cols=["desc", "qty", "unit", "uprice", "amount"], heads={"desc": "Detalle", "qty": "Kilos", "unit": "Unidad", "uprice": "$ x Kg", "amount": "Total"}, dollar=True),
              rate_printed=False, note="B butcher by kg, description first, $ 1.234,56, no Razón Social label"),
        build("h02_fa_honorarios", "h", "A", 1312, "honorarios", 3,
              dict(sh, cols=["desc", "rate", "amount"], heads={"desc": "Concepto", "rate": "Alíc.", "amount": "Importe Neto"}, service_no_qty=True),
              taxes=[("Percepción IIBB Bs. As.", D("2.50"))], qr=("strings",), note="A honorarios without quantity, long wrapped concepts, Percepción IIBB, QR values as strings"),
        build("h03_fc_vete_qrtotal", "h", "C", 1313, "vete", 5,
              dict(sh, cols=["qty", "desc", "uprice", "amount"], heads={"qty": "Cant", "desc": "Producto / Servicio", "uprice": "Unitario", "amount": "Subtotal"}, date_fmt="%d.%m.%Y"),
              rate_printed=False, qr_override={"importe": 1500}, note="C vet; QR total 1500,00 higher than printed -> qr_mismatch"),
        build("h04_fa_electro_usd", "h", "A", 1314, "electro", 4,
              dict(sh, cols=["qty", "desc", "uprice", "rate", "amount"], heads={"uprice": "Precio U$S", "amount": "Importe U$S"}, dollar=False),
              currency="USD", note="A net in USD (Moneda: USD, tipo de cambio), QR DOL + ctz, 10,5% + 21%"),
        build("h05_fb_internet_sinqr", "h", "B", 1315, "internet", 3,
              dict(sh, cols=["desc", "amount"], heads={"desc": "Descripción del servicio", "amount": "Importe"}, service_no_qty=True),
              rate_printed=False, no_qr=True, note="B internet services without quantity, no QR at all"),
        build("h06_fa_ferreteria_copias", "h", "A", 1316, "ferreteria", 5,
              dict(sh, cols=["qty", "code", "desc", "uprice", "rate", "amount"], heads={"code": "Artículo", "amount": "Total"}, copies=["ORIGINAL", "DUPLICADO"]),
              issuer_idx=1, code="int", note="A ORIGINAL / DUPLICADO pages (read once), article column dropped"),
    ]
    # ---------------- s: skia-python PDF backend, Lato, issuer centred
    ss = dict(issuer_pos="centre", nro_style="afip", cod_label="CÓDIGO {:02d}", qr_pos="bl", money="ar", row_lines=True)
    docs += [
        build("s01_fa_vete_net", "s", "A", 1321, "vete", 6,
              dict(ss, cols=["desc", "qty", "uprice", "rate", "amount"], heads={"uprice": "P. Unit. Neto", "amount": "Neto"}),
              issuer_idx=1, disc=("Bonificación 5% pago contado", 5), note="A net vet, 21% lines, totals-block bonificación before Importe Neto Gravado"),
        build("s02_fb_libreria_ean", "s", "B", 1322, "libreria", 6,
              dict(ss, cols=["code", "desc", "qty", "uprice", "amount"], heads={"code": "ISBN / EAN", "amount": "Importe"}, dollar=True),
              code="ean", rate_printed=False, buyer_kind="cf", note="B bookshop with ISBN/EAN column, consumidor final"),
        build("s03_fc_honorarios_fechaqr", "s", "C", 1323, "honorarios", 2,
              dict(ss, cols=["desc", "amount"], heads={"desc": "Detalle de honorarios", "amount": "Importe"}, service_no_qty=True),
              issuer_idx=1, rate_printed=False, qr=("ddmmyyyy",), note="C honorarios, QR fecha as dd/mm/yyyy"),
        build("s04_fb_mecanico_qrnumero", "s", "B", 1324, "mecanico", 5,
              dict(ss, cols=["qty", "desc", "uprice", "amount"], heads={"qty": "Cantidad"}),
              issuer_idx=1, rate_printed=False, qty_style="dec2", qr_override={"number": 1}, note="B mechanic, 1,00 quantities; QR number one higher -> qr_mismatch"),
        build("s05_fa_carniceria_kg", "s", "A", 1325, "carniceria", 8,
              dict(ss, cols=["desc", "qty", "unit", "uprice", "rate", "amount"], heads={"unit": "Unidad", "uprice": "Precio Kg"}),
              taxes=[("Percepción IIBB Bs. As.", D("1.75"))], note="A butcher, kg lines 10,5% + a 21% line, Percepción IIBB"),
        build("s06_fb_farmacia_multipag", "s", "B", 1326, "farmacia", 40,
              dict(ss, cols=["code", "desc", "qty", "uprice", "amount"], heads={"code": "Código"}, dollar=True),
              code="ean", rate_printed=False, disc=("Descuento jubilados 10%", 10), note="B pharmacy 40 lines over 2 pages, EAN column, jubilados discount"),
    ]
    # ---------------- e: PDF::Reuse (Perl), Helvetica, issuer left, totals with TOTAL
    se = dict(issuer_pos="left", nro_style="nro", cod_label="COD. {:03d}", labels={"total": "TOTAL:", "subtotal": "SUBTOTAL:"}, size=8)
    docs += [
        build("e01_fa_internet_perc", "e", "A", 1331, "internet", 4,
              dict(se, cols=["desc", "qty", "uprice", "rate", "amount"], heads={"desc": "Concepto", "amount": "Importe"}),
              taxes=[("Percepción IIBB La Pampa", D("1.50")), ("Percepción IVA", D("3.00"))], note="A internet 27% + 21%, two perceptions, Helvetica"),
        build("e02_fb_verduleria_kg", "e", "B", 1332, "verduleria", 10,
              dict(se, cols=["desc", "qty", "unit", "uprice", "amount"], heads={"qty": "Peso/Cant.", "unit": "Un.", "uprice": "Precio", "amount": "Importe"}, money="arnd"),
              issuer_idx=1, rate_printed=False, note="B greengrocer kg weights to the gram, 1234,56"),
        build("e03_fc_libreria_qrfecha", "e", "C", 1333, "libreria", 5,
              dict(se, cols=["code", "desc", "qty", "uprice", "amount"], heads={"code": "Cód. Barras"}, dollar=True),
              issuer_idx=1, code="ean", rate_printed=False, qr_override={"fecha": 1}, note="C bookshop, EAN column; QR date one day later -> qr_mismatch"),
        build("e04_fa_optica_otros", "e", "A", 1334, "optica", 4,
              dict(se, cols=["qty", "desc", "uprice", "rate", "amount"]),
              taxes=[("Importe Otros Tributos", D("2.00"))], qr=("nowww",), note="A optician, Importe Otros Tributos as the only tax, QR host without www"),
        build("e05_fb_ferreteria_totalmal", "e", "B", 1335, "ferreteria", 6,
              dict(se, cols=["code", "qty", "desc", "uprice", "amount"], heads={"code": "Cód."}),
              code="int", rate_printed=False, total_delta=250, note="B hardware; printed total 250,00 above the sum -> totals_mismatch"),
        build("e06_fc_vete", "e", "C", 1336, "vete", 4,
              dict(se, cols=["desc", "qty", "uprice", "amount"], cuit_dash=True),
              rate_printed=False, note="C vet, CUITs printed with dashes"),
    ]
    # ---------------- r: pdfrw, content streams by hand, Times (NimbusRoman AFM metrics)
    sr = dict(issuer_pos="right", nro_style="afip", cod_label="Cod. {:02d}", qr_pos="br", head_fill=True, size=8.5, money="ar")
    docs += [
        build("r01_fa_ferreteria_ean", "r", "A", 1341, "ferreteria", 6,
              dict(sr, cols=["qty", "unit", "code", "desc", "uprice", "rate", "amount"], heads={"unit": "Unid."}),
              code="ean", unit_labels={"u": "Unid"}, note="A hardware, quantity first, EAN column, Unid labels, Times"),
        build("r02_fb_carniceria", "r", "B", 1342, "carniceria", 6,
              dict(sr, cols=["desc", "qty", "uprice", "amount"], heads={"qty": "Kg/Un", "uprice": "Precio", "amount": "Importe"}, dollar=True, date_fmt="%d/%m/%y"),
              issuer_idx=0, rate_printed=False, qr=("strings",), note="B butcher, 2-digit year, QR values as strings"),
        build("r03_fc_mecanico", "r", "C", 1343, "mecanico", 4,
              dict(sr, cols=["desc", "uprice", "qty", "amount"], heads={"uprice": "P. Unit.", "qty": "Cant."}),
              rate_printed=False, note="C mechanic, price before quantity"),
        build("r04_fa_farmacia", "r", "A", 1344, "farmacia", 5,
              dict(sr, cols=["desc", "qty", "uprice", "rate", "amount"], cuit_dash=True),
              note="A pharmacy, description first, CUITs with dashes, Times"),
        build("r05_fb_vete_cf", "r", "B", 1345, "vete", 5,
              dict(sr, cols=["qty", "desc", "amount"], heads={"desc": "Detalle", "amount": "Importe"}),
              issuer_idx=1, rate_printed=False, buyer_kind="cf", note="B vet, no unit price column (unit_price null), consumidor final"),
        build("r06_fa_vete_perc", "r", "A", 1346, "vete", 5,
              dict(sr, cols=["qty", "desc", "uprice", "rate", "amount"], heads={"uprice": "Precio", "amount": "Neto"}, money="arnd", labels={"total": "TOTAL $"}),
              issuer_idx=1, disc=("Descuento por volumen 3%", 3), taxes=[("Percepción IIBB Córdoba", D("2.00"))],
              note="A vet, 1234,56, totals-block discount, Percepción IIBB Córdoba, TOTAL $"),
    ]
    return docs
