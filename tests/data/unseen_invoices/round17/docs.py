"""Documents of round 17: one Doc per invoice, built from one random.Random(seed) each.
Every printed string and every expected value comes from the same Doc object."""
import base64, datetime, json, random
from decimal import Decimal, ROUND_HALF_UP

C2 = Decimal("0.01")
def q2(x): return Decimal(x).quantize(C2, ROUND_HALF_UP)

def cuit_check(d10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(a) * b for a, b in zip(d10, w)) % 11
    return {11: 0, 10: None}.get(r, r)
def make_cuit(rng, prefix):
    while True:
        d = prefix + "".join(str(rng.randrange(10)) for _ in range(8))
        c = cuit_check(d)
        if c is not None: return d + str(c)
def ean13(rng):
    d = "779" + "".join(str(rng.randrange(10)) for _ in range(9))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)

def fmt_num(d, dec=2, group=True):
    s = f"{abs(Decimal(d)):,.{dec}f}"
    if not group: s = s.replace(",", "")
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if Decimal(d) < 0 else "") + s
def fmt_amt(d, style):
    if style == "plain": return fmt_num(d, 2, False)
    if style == "dollar": return ("-" if d < 0 else "") + "$ " + fmt_num(abs(d))
    return fmt_num(d)
def fmt_rate(r):  # 21 -> '21%', 10.5 -> '10,5%'
    return (fmt_num(r, 1) if r != r.to_integral() else str(int(r))) + "%"
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
def fmt_date(d, style):
    return {"slash": d.strftime("%d/%m/%Y"), "dash": d.strftime("%d-%m-%Y"), "dot": d.strftime("%d.%m.%Y"),
            "yy": d.strftime("%d/%m/%y"), "long": f"{d.day} de {MESES[d.month-1]} de {d.year}"}[style]
def fmt_cuit(c, dashed): return f"{c[:2]}-{c[2:10]}-{c[10]}" if dashed else c

CATALOG = {  # description, unit kind, price range, VAT rate
 "ferreteria": [("TORNILLO AUTOPERFORANTE 8X1 X100", "un", 2500, 6000, 21), ("CINTA AISLADORA 20M NEGRA", "un", 900, 1800, 21),
   ("MECHA ACERO RAPIDO 6MM", "un", 1500, 3500, 21), ("LLAVE TERMICA BIPOLAR 2X20A", "un", 9000, 16000, 21),
   ("CABLE UNIPOLAR 2,5MM X METRO", "un", 600, 1100, 21), ("SILICONA ACETICA TRANSPARENTE 280ML", "un", 3200, 5600, 21),
   ("GUANTES DE TRABAJO MOTEADOS", "un", 1800, 3200, 21), ("PINTURA LATEX INTERIOR BLANCO 4L", "un", 18000, 32000, 21)],
 "super": [("ARROZ LARGO FINO 1KG", "un", 1200, 2100, 10.5), ("ACEITE GIRASOL 1,5L", "un", 2800, 4200, 10.5),
   ("YERBA MATE SUAVE 1KG", "un", 3800, 5900, 21), ("LECHE ENTERA SACHET 1L", "un", 1100, 1500, 10.5),
   ("QUESO CREMOSO X KG", "kg", 8500, 12500, 10.5), ("JAMON COCIDO X KG", "kg", 14000, 21000, 10.5),
   ("BANANA ECUADOR X KG", "kg", 1800, 2900, 10.5), ("PAPA NEGRA X KG", "kg", 700, 1300, 10.5),
   ("FIDEOS TIRABUZON 500G", "un", 900, 1600, 10.5), ("GASEOSA COLA 2,25L", "un", 2400, 3900, 21),
   ("DETERGENTE LIMON 750ML", "un", 1300, 2400, 21), ("PAPEL HIGIENICO 4X30M", "un", 1900, 3300, 21),
   ("GALLETITAS DULCES 300G", "un", 1000, 1900, 21), ("HARINA 000 1KG", "un", 800, 1300, 10.5),
   ("AZUCAR COMUN 1KG", "un", 1100, 1700, 10.5), ("TOMATE PERITA X KG", "kg", 1500, 2800, 10.5),
   ("MANZANA ROJA X KG", "kg", 2000, 3200, 10.5), ("CERVEZA RUBIA LATA 473CC", "un", 1300, 2100, 21),
   ("JABON EN POLVO 800G", "un", 3100, 4800, 21), ("POLLO ENTERO X KG", "kg", 2600, 3900, 10.5),
   ("PAN LACTAL BLANCO 550G", "un", 2100, 3200, 10.5), ("MAYONESA DOYPACK 475G", "un", 1700, 2600, 21),
   ("CAFE MOLIDO 250G", "un", 4200, 6900, 21), ("LAVANDINA 2L", "un", 1200, 1900, 21)],
 "plomero": [("Destapacion de cloaca con maquina", "svc", 35000, 60000, 21), ("Mano de obra cambio de canilla monocomando", "svc", 18000, 28000, 21),
   ("CANILLA MONOCOMANDO COCINA", "un", 45000, 80000, 21), ("FLEXIBLE MALLADO 40CM", "un", 3500, 6000, 21),
   ("TEFLON 3/4 X 20M", "un", 900, 1500, 21)],
 "imprenta": [("COPIAS B/N A4 DOBLE FAZ", "un", 60, 120, 21), ("ANILLADO HASTA 100 HOJAS", "un", 1500, 2500, 21),
   ("PLOTEO COLOR A1", "un", 6000, 9000, 21), ("RESMA A4 75G 500 HOJAS", "un", 6500, 9500, 21),
   ("RECARGA CARTUCHO TONER ENERGIA", "un", 9000, 15000, 27), ("IMPRESION TARJETAS PERSONALES X100", "un", 8000, 13000, 21)],
 "dietetica": [("ALMENDRAS NON PAREIL X KG", "kg", 16000, 24000, 21), ("NUEZ MARIPOSA X KG", "kg", 14000, 20000, 21),
   ("PASAS DE UVA RUBIAS X KG", "kg", 5000, 8000, 21), ("AVENA ARROLLADA X KG", "kg", 2000, 3500, 10.5),
   ("MIX FRUTOS SECOS X KG", "kg", 12000, 18000, 21), ("LENTEJAS X KG", "kg", 2500, 4000, 10.5),
   ("ACEITE DE OLIVA EXTRA VIRGEN 500ML", "un", 9000, 14000, 21), ("MIEL PURA 1KG", "un", 6000, 9000, 21)],
 "electro": [("HELADERA NO FROST 340L INOX", "un", 650000, 900000, 10.5), ("LAVARROPAS CARGA FRONTAL 8KG", "un", 550000, 780000, 10.5),
   ("MICROONDAS 20L DIGITAL", "un", 120000, 180000, 21), ("PAVA ELECTRICA 1,7L", "un", 25000, 45000, 21),
   ("VENTILADOR DE PIE 20 PULGADAS", "un", 60000, 90000, 21)],
 "libreria": [("LIBRO MANUAL DE MATEMATICA 5 GRADO", "un", 18000, 28000, 0), ("LIBRO LECTURAS ESCOLARES 3", "un", 14000, 22000, 0),
   ("DICCIONARIO ESCOLAR ESPANOL", "un", 12000, 19000, 0), ("CUADERNO TAPA DURA 48 HOJAS", "un", 2500, 4200, 21),
   ("CAJA LAPICES DE COLOR X12", "un", 3000, 5500, 21), ("CARPETA N3 TRES ANILLOS", "un", 4500, 7500, 21),
   ("REPUESTO HOJAS RAYADAS X96", "un", 2800, 4500, 21)],
 "repuestos": [("FILTRO DE ACEITE", "un", 8000, 14000, 21), ("PASTILLAS DE FRENO DELANTERAS JUEGO", "un", 35000, 55000, 21),
   ("ACEITE SINTETICO 5W30 4L", "un", 42000, 65000, 21), ("FILTRO DE AIRE", "un", 9000, 16000, 21),
   ("BUJIA IRIDIUM", "un", 9000, 14000, 21), ("ESCOBILLA LIMPIAPARABRISAS 22 PULG", "un", 7000, 11000, 21),
   ("LAMPARA H4 12V 60/55W", "un", 3500, 6000, 21)],
 "carniceria": [("ASADO DE TIRA X KG", "kg", 9000, 13000, 10.5), ("VACIO X KG", "kg", 11000, 15000, 10.5),
   ("NALGA X KG", "kg", 12000, 16000, 10.5), ("CARNE PICADA ESPECIAL X KG", "kg", 7500, 10500, 10.5),
   ("CHORIZO PURO CERDO X KG", "kg", 7000, 9500, 10.5), ("MORCILLA X UNIDAD", "un", 1200, 2000, 10.5),
   ("CARBON BOLSA 4KG", "un", 4000, 6000, 21)],
 "agro": [("SEMILLA MAIZ HIBRIDO BOLSA 80000", "un", 180000, 260000, 10.5), ("FERTILIZANTE UREA GRANULADA BOLSA 50KG", "un", 45000, 65000, 10.5),
   ("GLIFOSATO 66% BIDON 20L", "un", 90000, 140000, 21), ("ALAMBRE LISO OVALADO 17/15 ROLLO", "un", 120000, 170000, 21),
   ("MANGA DE SILO 9 PIES X 60M", "un", 400000, 520000, 21)],
 "salud": [("Sesion de kinesiologia", "svc", 12000, 18000, 21), ("Evaluacion funcional inicial", "svc", 20000, 30000, 21),
   ("Drenaje linfatico manual", "svc", 14000, 20000, 21)],
 "transporte": [("Flete Rosario - Cordoba camion semirremolque", "svc", 650000, 900000, 21),
   ("Seguro de carga", "svc", 25000, 45000, 21), ("Carga y descarga con autoelevador", "svc", 60000, 90000, 21),
   ("PALLET DE MADERA ARLOG", "un", 9000, 14000, 21)],
 "farmacia": [("IBUPROFENO 400MG X 20 COMP", "un", 3500, 6500, 21), ("AMOXICILINA 500MG X 16 COMP", "un", 9000, 15000, 21),
   ("PROTECTOR SOLAR FPS50 200ML", "un", 18000, 26000, 21), ("ALCOHOL EN GEL 250ML", "un", 2500, 4000, 21),
   ("ENALAPRIL 10MG X 30 COMP", "un", 7000, 11000, 21), ("PANALES ADULTO TALLE G X8", "un", 9000, 14000, 21)],
 "software": [("Licencia anual ERP modulo contable (usuarios ilimitados)", "svc", 900, 1400, 21),
   ("Horas de implementacion remota", "un", 35, 60, 21), ("Soporte tecnico mensual plan Pyme", "svc", 150, 300, 21)],
 "optica": [("ANTEOJO RECETA ARMAZON ACETATO", "un", 60000, 95000, 21), ("CRISTALES ORGANICOS ANTIRREFLEJO PAR", "un", 80000, 130000, 21),
   ("LIQUIDO LENTES DE CONTACTO 360ML", "un", 9000, 14000, 21), ("ESTUCHE RIGIDO", "un", 4000, 7000, 21)],
 "diseno": [("Diseno de identidad visual (logo y manual de marca)", "svc", 180000, 260000, 21),
   ("Adaptacion de piezas para redes sociales", "svc", 45000, 70000, 21), ("Hosting anual sitio web", "svc", 40000, 60000, 21)],
 "consultora": [("Honorarios asesoramiento impositivo julio", "svc", 250000, 380000, 21), ("Liquidacion de sueldos (12 empleados)", "svc", 120000, 180000, 21),
   ("Presentacion DDJJ Ganancias y Bienes Personales", "svc", 150000, 220000, 21)],
 "veterinaria": [("CONSULTA CLINICA", "svc", 15000, 22000, 21), ("VACUNA SEXTUPLE CANINA", "un", 14000, 20000, 21),
   ("ALIMENTO PERRO ADULTO 15KG", "un", 45000, 65000, 21), ("PIPETA ANTIPULGAS 10-20KG", "un", 9000, 14000, 21)],
 "panaderia": [("PAN FRANCES X KG", "kg", 2800, 3800, 10.5), ("FACTURAS SURTIDAS X DOCENA", "un", 7000, 9500, 10.5),
   ("TORTA DE RICOTA", "un", 14000, 19000, 10.5), ("BIZCOCHOS DE GRASA X KG", "kg", 6000, 8500, 10.5),
   ("PRE PIZZA X 2", "un", 2500, 3500, 10.5)],
 "bazar": [("JUEGO DE VASOS VIDRIO X6", "un", 12000, 18000, 21), ("SARTEN ANTIADHERENTE 24CM", "un", 25000, 38000, 21),
   ("CUCHILLO COCINERO ACERO 20CM", "un", 9000, 15000, 21), ("TUPPER HERMETICO SET X3", "un", 8000, 12000, 21),
   ("TERMO ACERO 1L", "un", 30000, 45000, 21), ("MATE DE CALABAZA CON BOMBILLA", "un", 7000, 11000, 21)],
 "telecom": [("Abono mensual fibra optica 300 Mb", "svc", 18000, 26000, 27), ("Telefonia fija linea comercial", "svc", 9000, 14000, 27),
   ("Alquiler de router WiFi 6", "svc", 2500, 4000, 21), ("Instalacion y configuracion de red interna", "svc", 15000, 25000, 21)],
 "ropa": [("REMERA ALGODON PEINADO TALLE M", "un", 14000, 22000, 21), ("JEAN ELASTIZADO TALLE 42", "un", 38000, 55000, 21),
   ("CAMPERA INFLABLE UNISEX", "un", 70000, 110000, 21), ("MEDIAS DEPORTIVAS PACK X3", "un", 6000, 9000, 21),
   ("BUZO FRISA CANGURO", "un", 35000, 50000, 21)],
}
DOC_CODE = {"A": 1, "B": 6, "C": 11}

class Doc:
    def __init__(self, name, seed, letter, biz, issuer, **o):
        rng = self.rng = random.Random(seed)
        self.name, self.letter, self.biz, self.o = name, letter, biz, o
        self.code = DOC_CODE[letter]
        # issuer: dict(kind='labelled'|'legal'|'plain', lines=[...printed issuer block name lines], name=merchant)
        self.issuer_lines, self.merchant = issuer["lines"], issuer["name"]
        self.issuer_kind = issuer["kind"]
        self.cuit = make_cuit(rng, issuer.get("prefix", "30"))
        self.cond_iva = "Responsable Monotributo" if letter == "C" else "IVA Responsable Inscripto"
        self.iibb = f"{rng.randrange(900,999)}-{rng.randrange(100000,999999)}-{rng.randrange(10)}"
        self.inicio = datetime.date(rng.randrange(2005, 2022), rng.randrange(1, 13), rng.randrange(1, 28))
        self.address = o.get("address", "Av. San Martín %d, Ciudad de Buenos Aires" % rng.randrange(100, 4000))
        self.pos = rng.randrange(1, 30)
        self.number = rng.randrange(100, 60000)
        self.date = datetime.date(2026, rng.randrange(1, 11), rng.randrange(1, 29))
        self.cae = str(rng.choice([7, 8])) + "".join(str(rng.randrange(10)) for _ in range(13))
        self.cae_vto = self.date + datetime.timedelta(days=10)
        self.currency = o.get("currency", "ARS")
        self.ctz = Decimal(o.get("ctz", "1"))
        self.amt_style = o.get("amt", "dot")
        self.date_style = o.get("date", "slash")
        self.cuit_dashed = o.get("dashed", False)
        self.qty_style = o.get("qty", "int")
        self.copies = o.get("copies", [])
        # buyer
        b = o.get("buyer", "cf")
        if letter == "A" or b == "cuit":
            self.buyer = dict(name=o.get("buyer_name", "COMERCIAL RIVADAVIA S.R.L."), doc_type=80, doc=make_cuit(rng, "30"),
                              cond="IVA Responsable Inscripto" if letter == "A" else "Monotributista")
        elif b == "dni":
            self.buyer = dict(name=o.get("buyer_name", "GONZALEZ, MARIA LAURA"), doc_type=96, doc=str(rng.randrange(20000000, 45000000)), cond="Consumidor Final")
        else:
            self.buyer = dict(name="CONSUMIDOR FINAL", doc_type=99, doc="0", cond="Consumidor Final")
        self.buyer_addr = "Calle %d N° %d, La Plata" % (rng.randrange(1, 70), rng.randrange(100, 2000))
        # items
        cat = CATALOG[biz]
        n = o.get("n", rng.randrange(3, 8))
        self.items = []
        bonif_on = o.get("bonif", False)
        for i in range(n):
            desc, kind, lo, hi, rate = cat[i % len(cat)] if o.get("cycle") or n > len(cat) else cat[i]
            if n > len(cat) and i >= len(cat):
                desc = desc + " " + rng.choice(["PROMO", "MARCA B", "ECONOMICO", "FAMILIAR", "CHICO"]) if kind != "svc" else desc
            price = q2(Decimal(rng.randrange(lo * 100, hi * 100)) / 100) if hi < 2000 else Decimal(rng.randrange(lo, hi) // 10 * 10) + q2(Decimal(rng.choice([0, 0, 50, 99])) / 100)
            it = dict(description=desc, rate=Decimal(str(rate)), ean=None, code=None, bonif=Decimal(0))
            if kind == "svc":
                it.update(qty=None, unit=None, price=None, amount=q2(price))
            else:
                if kind == "kg":
                    qty = Decimal(rng.randrange(150, 3500)) / 1000
                    qty = qty.quantize(Decimal("0.001"))
                else:
                    qty = Decimal(rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 12])) if biz != "imprenta" or i else Decimal(rng.randrange(50, 400))
                    if self.qty_style == "dec2": qty = qty.quantize(C2)
                if bonif_on and rng.random() < 0.5: it["bonif"] = Decimal(rng.choice([5, 10, 15, 20]))
                amount = q2(qty * price * (1 - it["bonif"] / 100))
                it.update(qty=qty, unit=kind, price=price, amount=amount)
            if o.get("ean"): it["ean"] = ean13(rng)
            if o.get("code"): it["code"] = str(rng.randrange(10 ** (o["code"] - 1), 10 ** o["code"]))
            self.items.append(it)
        for it in o.get("extra_items", []):
            self.items.append(dict(it))
        self.subtotal = sum(i["amount"] for i in self.items)
        # totals-block discount (percentage of the subtotal, split by rate on A)
        self.discounts = []
        disc_by_rate = {}
        if "disc" in o:
            label, pct = o["disc"]
            pct = Decimal(pct)
            rates = sorted({i["rate"] for i in self.items}, reverse=True)
            for r in rates:
                base = sum(i["amount"] for i in self.items if i["rate"] == r)
                disc_by_rate[r] = q2(base * pct / 100)
            self.discounts.append((label, -sum(disc_by_rate.values())))
        self.vat, self.neto, self.exento = [], None, Decimal(0)
        if letter == "A":
            order = [Decimal(27), Decimal(21), Decimal("10.5")]
            for r in order:
                base = sum(i["amount"] for i in self.items if i["rate"] == r)
                if base:
                    base -= disc_by_rate.get(r, 0)
                    self.vat.append((r, q2(base * r / 100)))
            self.neto = sum(i["amount"] for i in self.items if i["rate"]) - sum(v for r, v in disc_by_rate.items() if r)
            self.exento = sum(i["amount"] for i in self.items if not i["rate"]) - disc_by_rate.get(Decimal(0), 0)
        self.taxes = []
        for label, pct in o.get("taxes", []):
            base = self.neto if letter == "A" else self.subtotal + sum(d for _, d in self.discounts)
            self.taxes.append((label, q2(base * Decimal(pct) / 100)))
        self.total_true = self.subtotal + sum(d for _, d in self.discounts) + sum(v for _, v in self.vat) + sum(t for _, t in self.taxes)
        self.total = self.total_true + Decimal(o.get("total_delta", "0"))  # printed total
        self.warnings = []
        if o.get("total_delta"): self.warnings.append("totals_mismatch")
        # QR
        self.qr_kind = o.get("qr", "std")  # std | nowww_str | fecha_dmy | none
        self.qr_bad = o.get("qr_bad")      # None | total | date | cuit | number
        self.qr_fields = None
        if self.qr_kind != "none":
            f = dict(cuit=self.cuit, pos=self.pos, number=self.number, date=self.date, total=self.total)
            if self.qr_bad == "total": f["total"] = self.total + 1500
            if self.qr_bad == "date": f["date"] = self.date + datetime.timedelta(days=1)
            if self.qr_bad == "cuit": f["cuit"] = make_cuit(random.Random(seed + 999), "30")
            if self.qr_bad == "number": f["number"] = self.number + 1
            self.qr_fields = f
            if self.qr_bad: self.warnings.append("qr_mismatch")

    # ---- printed forms -------------------------------------------------
    def A(self, d): return fmt_amt(d, self.amt_style)
    def cuit_s(self, c=None): return fmt_cuit(c or self.cuit, self.cuit_dashed)
    def date_s(self, d=None): return fmt_date(d or self.date, self.date_style)
    def qty_s(self, it):
        if it["qty"] is None: return ""
        return fmt_num(it["qty"], 3 if it["unit"] == "kg" else (2 if self.qty_style == "dec2" else 0))
    def unit_s(self, it): return {"kg": "kg", "un": self.o.get("unit_word", "unid."), None: ""}[it["unit"]]
    def cell(self, it, key):
        return {"code": it["code"] or "", "ean": it["ean"] or "", "desc": it["description"], "qty": self.qty_s(it),
                "unit": self.unit_s(it), "price": self.A(it["price"]) if it["price"] is not None else "",
                "bonif": fmt_num(it["bonif"]) if it["price"] is not None else "",
                "rate": (fmt_rate(it["rate"]) if self.o.get("rate_style") != "dec" else fmt_num(it["rate"])),
                "amount": self.A(it["amount"])}[key]
    def number_lines(self):
        s = self.o.get("numfmt", "pv")
        p4, p5, n8 = f"{self.pos:04d}", f"{self.pos:05d}", f"{self.number:08d}"
        if s == "pv": return [f"Punto de Venta: {p5}   Comp. Nro: {n8}"]
        if s == "n": return [f"Nº {p4}-{n8}"]
        if s == "fact": return [f"FACTURA {self.letter} {p4}-{n8}"]
        if s == "nro": return [f"Nro. {p5}-{n8}"]
        if s == "comp": return [f"Comprobante Nº: {p4}-{n8}"]
    def totals_rows(self):
        rows = [("Subtotal:", self.A(self.subtotal))]
        for lab, d in self.discounts: rows.append((lab + ":", self.A(d)))
        if self.letter == "A":
            rows.append(("Importe Neto Gravado:", self.A(self.neto)))
            if self.exento: rows.append(("Importe Exento:", self.A(self.exento)))
            for r, v in self.vat: rows.append((f"IVA {fmt_rate(r)}:", self.A(v)))
        for lab, t in self.taxes: rows.append((lab + ":", self.A(t)))
        tot = self.A(self.total)
        if self.currency == "USD": tot = "USD " + fmt_num(self.total)
        rows.append((self.o.get("total_label", "Importe Total:"), tot))
        return rows
    def qr_payload(self):
        f = self.qr_fields
        if f is None: return None
        st = self.qr_kind == "nowww_str"
        def v(x): return json.dumps(str(x)) if st else str(x)
        date = fmt_date(f["date"], "slash") if self.qr_kind == "fecha_dmy" else f["date"].isoformat()
        mon = "DOL" if self.currency == "USD" else "PES"
        parts = [('"ver"', v(1)), ('"fecha"', json.dumps(date)), ('"cuit"', v(int(f["cuit"]))), ('"ptoVta"', v(f["pos"])),
                 ('"tipoCmp"', v(self.code)), ('"nroCmp"', v(f["number"])), ('"importe"', v(f["total"])),
                 ('"moneda"', json.dumps(mon)), ('"ctz"', v(self.ctz)), ('"tipoDocRec"', v(self.buyer["doc_type"])),
                 ('"nroDocRec"', v(int(self.buyer["doc"]))), ('"tipoCodAut"', json.dumps("E")), ('"codAut"', v(int(self.cae)))]
        js = "{" + ",".join(k + ":" + x for k, x in parts) + "}"
        host = "https://afip.gob.ar" if st else "https://www.afip.gob.ar"
        return host + "/fe/qr/?p=" + base64.b64encode(js.encode()).decode()

    # ---- expected --------------------------------------------------------
    def expected(self):
        items = []
        for n, it in enumerate(self.items, 1):
            q = None if it["qty"] is None else (f"{it['qty']:.3f}" if it["unit"] == "kg" else str(it["qty"]))
            items.append({"line": n, "department": None, "description": it["description"], "ean": it["ean"],
                          "quantity": q, "unit": it["unit"], "unit_price": None if it["price"] is None else f"{it['price']:.2f}",
                          "vat_rate": f"{it['rate']:.2f}" if self.letter == "A" else None, "amount": f"{it['amount']:.2f}"})
        f = self.qr_fields
        qr = None if f is None else {"doc_code": self.code, "cuit": f["cuit"], "pos": f["pos"], "number": f["number"],
              "date": f["date"].isoformat(), "total": f"{f['total']:.2f}", "currency": self.currency, "cae": self.cae}
        return {"doc_type": "factura_" + self.letter.lower(), "merchant": {"name": self.merchant, "cuit": self.cuit},
                "pos": self.pos, "number": self.number, "issued_at": self.date.isoformat(), "currency": self.currency,
                "items": items, "discounts": [{"description": l, "amount": f"{d:.2f}"} for l, d in self.discounts],
                "subtotal": f"{self.subtotal:.2f}", "discount_total": f"{-sum((d for _, d in self.discounts), Decimal(0)):.2f}",
                "total": f"{self.total:.2f}", "vat": [{"rate": f"{r:.2f}", "amount": f"{v:.2f}"} for r, v in self.vat],
                "taxes": [{"description": l, "amount": f"{t:.2f}"} for l, t in self.taxes], "payments": [],
                "prices_include_vat": self.letter != "A", "cae": self.cae, "qr": qr, "warnings": self.warnings}

def L(kind, *lines, name=None, prefix="30"):
    if name is None:
        name = lines[-1] if kind != "plain" else lines[0]
        if kind == "labelled": name = lines[-1].split(":", 1)[1].strip()
    return dict(kind=kind, lines=list(lines), name=name, prefix=prefix)

COLS_A1 = [("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("unit", "U. Medida"), ("price", "P. Unit."), ("bonif", "Bonif. %"), ("rate", "Alíc. IVA"), ("amount", "Subtotal")]
DOCS = [
 # ---- c: Aspose.Cells --------------------------------------------------------------
 Doc("c01_fa_ferreteria_bonif", 1701, "A", "ferreteria", L("labelled", "Ferretería El Tornillo", "Razón Social: BULONERA PALERMO S.R.L."),
     code=5, bonif=True, n=8, cols=COLS_A1, numfmt="pv", taxes=[("Percepción IIBB CABA", "3")], qty="dec2"),
 Doc("c02_fb_super_multipag", 1702, "B", "super", L("legal", "Autoservicio La Estrella", "DISTRIBUIDORA LA ESTRELLA S.A."), n=44, ean=True,
     cols=[("ean", "EAN"), ("desc", "Descripción"), ("qty", "Cantidad"), ("unit", "Unidad"), ("price", "Precio Unit."), ("amount", "Importe")],
     disc=("Descuento jubilados 10%", 10), numfmt="n", buyer="cf", unit_word="un", multipage=True),
 Doc("c03_fc_plomero_svc", 1703, "C", "plomero", L("plain", "RAMIREZ JORGE ALBERTO", prefix="20"), n=5, amt="dollar", dashed=True, date="dash",
     cols=[("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unitario"), ("amount", "Subtotal")], numfmt="pv", buyer="dni"),
 Doc("c04_fa_imprenta_copias", 1704, "A", "imprenta", L("legal", "Copias Express", "IMPRESOS DEL LITORAL S.R.L."), n=6,
     cols=[("qty", "Cantidad"), ("desc", "Descripción"), ("price", "Precio Unit."), ("rate", "% IVA"), ("amount", "Importe")],
     taxes=[("Percepción IVA", "3")], copies=["ORIGINAL", "DUPLICADO"], numfmt="n", dashed=True),
 Doc("c05_fb_dietetica_kg", 1705, "B", "dietetica", L("plain", "Dietética Semillas de Vida"), n=8,
     cols=[("code", "Cód."), ("desc", "Producto"), ("qty", "Cantidad"), ("unit", "Unidad"), ("price", "P. Unit."), ("amount", "Subtotal")], code=4,
     disc=("Bonificación 5% pago contado", 5), buyer="dni", numfmt="fact", date="dot"),
 Doc("c06_fa_repuestos_totalmal", 1706, "A", "repuestos", L("labelled", "Razón Social: AUTOPARTES DEL OESTE S.A."), n=6, code=6,
     cols=[("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("rate", "Alíc. IVA"), ("amount", "Subtotal")],
     total_delta="-200.00", numfmt="pv"),
 Doc("c07_fc_veterinaria_qrnro", 1707, "C", "veterinaria", L("plain", "VETERINARIA HUELLITAS"), n=4,
     cols=[("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."), ("amount", "Importe")], qr_bad="number", numfmt="comp", buyer="dni"),
 Doc("c08_fb_electro_perc", 1708, "B", "electro", L("legal", "ELECTRODOMESTICOS HERMANOS GIMENEZ", "SOCIEDAD ANONIMA",
     name="ELECTRODOMESTICOS HERMANOS GIMENEZ SOCIEDAD ANONIMA"), n=4, code=5,
     cols=[("code", "Artículo"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."), ("amount", "Subtotal")],
     taxes=[("Percepción IIBB Buenos Aires", "2")], numfmt="fact", buyer="dni"),
 Doc("c09_fa_libreria_exento", 1709, "A", "libreria", L("labelled", "Librería Escolar Belgrano", "Razón Social: LIBRERIA BELGRANO S.R.L."), n=7,
     cols=[("qty", "Cantidad"), ("desc", "Descripción"), ("price", "Precio Unit."), ("rate", "IVA"), ("amount", "Subtotal")], numfmt="nro"),
 Doc("c10_fb_ropa_qrwww", 1710, "B", "ropa", L("plain", "LA PERCHA INDUMENTARIA"), n=5, amt="plain", qr="nowww_str",
     cols=[("desc", "Detalle"), ("qty", "Cant."), ("price", "Precio"), ("bonif", "Bonif. %"), ("amount", "Importe")], bonif=True, numfmt="n"),
 # ---- m: CamlPDF (plain-text ERP) -----------------------------------------------------
 Doc("m01_fa_mayorista_multipag", 1711, "A", "super", L("legal", "MAYORISTA DEL PARANA S.A."), n=46, code=6, multipage=True,
     cols=[("code", "CODIGO"), ("desc", "DESCRIPCION"), ("qty", "CANT."), ("unit", "UM"), ("price", "P.UNIT."), ("rate", "%IVA"), ("amount", "IMPORTE")],
     taxes=[("Percepción IIBB Santa Fe", "2.5"), ("Otros Tributos", "0.5")], numfmt="pv", unit_word="UN", rate_style="dec"),
 Doc("m02_fb_corralon", 1712, "B", "ferreteria", L("legal", "CORRALON Y FERRETERIA", "SAN CAYETANO S.R.L.", name="CORRALON Y FERRETERIA SAN CAYETANO S.R.L."), n=7,
     cols=[("code", "ART."), ("desc", "DESCRIPCION"), ("qty", "CANTIDAD"), ("price", "P.UNIT"), ("amount", "SUBTOTAL")], code=7, numfmt="n", buyer="dni"),
 Doc("m03_fc_kinesio_sinqr", 1713, "C", "salud", L("plain", "LIC. SOSA MARIANA BEATRIZ", prefix="27"), n=3, qr="none",
     cols=[("desc", "CONCEPTO"), ("amount", "IMPORTE")], numfmt="comp", date="long", buyer="dni", dashed=True),
 Doc("m04_fa_repuestos_copias", 1714, "A", "repuestos", L("labelled", "Razón Social: REPUESTOS LUGANO S.R.L."), n=6, bonif=True, code=5,
     cols=[("code", "COD."), ("desc", "DESCRIPCION"), ("qty", "CANT"), ("price", "P.UNIT."), ("bonif", "BONIF.%"), ("rate", "IVA"), ("amount", "SUBTOTAL")],
     copies=["ORIGINAL", "DUPLICADO"], numfmt="pv", taxes=[("Percepción IIBB CABA", "3")]),
 Doc("m05_fb_carniceria_kg", 1715, "B", "carniceria", L("plain", "CARNICERIA DON TITO"), n=7, date="yy",
     cols=[("desc", "DESCRIPCION"), ("qty", "CANT."), ("unit", "UNID"), ("price", "PRECIO"), ("amount", "IMPORTE")], numfmt="fact", unit_word="u"),
 Doc("m06_fa_agro_qrfecha", 1716, "A", "agro", L("legal", "AGROSERVICIOS PERGAMINO S.A."), n=5,
     cols=[("desc", "DESCRIPCION"), ("qty", "CANTIDAD"), ("price", "PRECIO UNIT."), ("rate", "ALIC."), ("amount", "IMPORTE")], qr_bad="date", numfmt="n", dashed=True),
 Doc("m07_fc_panaderia_qrdmy", 1717, "C", "panaderia", L("plain", "PANADERIA LA ESPIGA DE ORO"), n=5, qr="fecha_dmy",
     cols=[("desc", "DESCRIPCION"), ("qty", "CANT."), ("price", "P.UNIT."), ("amount", "TOTAL")], numfmt="pv"),
 Doc("m08_fb_bazar_totalmal", 1718, "B", "bazar", L("plain", "BAZAR EL HOGAR"), n=6, total_delta="350.00",
     cols=[("qty", "CANT"), ("desc", "DESCRIPCION"), ("price", "P.UNITARIO"), ("amount", "IMPORTE")], numfmt="fact", buyer="dni"),
 Doc("m09_fa_transporte_svc", 1719, "A", "transporte", L("labelled", "Razón Social: TRANSPORTES SANTA FE S.A."), n=4,
     cols=[("desc", "DESCRIPCION"), ("qty", "CANT."), ("price", "P.UNIT."), ("rate", "ALIC.IVA"), ("amount", "NETO")],
     taxes=[("Percepción IVA", "3"), ("Percepción IIBB Santa Fe", "2.5")], numfmt="nro", amt="plain"),
 Doc("m10_fb_farmacia_ean", 1720, "B", "farmacia", L("legal", "Farmacia Del Pueblo", "FARMACIA DEL PUEBLO S.R.L."), n=6, ean=True,
     cols=[("ean", "COD.BARRAS"), ("desc", "DESCRIPCION"), ("qty", "CANT"), ("price", "P.UNIT"), ("amount", "IMPORTE")],
     disc=("Descuento obra social 40%", 40), numfmt="n", buyer="dni"),
 # ---- v: Aspose.Slides -----------------------------------------------------------------
 Doc("v01_fa_software_usd", 1721, "A", "software", L("labelled", "Razón Social: NUBE SISTEMAS S.A.S."), n=3, currency="USD", ctz="1245.50",
     cols=[("desc", "Descripción"), ("qty", "Cantidad"), ("price", "Precio Unit."), ("rate", "Alíc. IVA"), ("amount", "Subtotal")], numfmt="pv"),
 Doc("v02_fb_optica", 1722, "B", "optica", L("legal", "Óptica Visión Clara", "VISION CLARA S.R.L."), n=4, amt="dollar",
     cols=[("qty", "Cant."), ("desc", "Descripción"), ("price", "P. Unit."), ("amount", "Importe")], numfmt="n", buyer="dni"),
 Doc("v03_fc_diseno_svc", 1723, "C", "diseno", L("plain", "Estudio Pampa Diseño"), n=3, date="long",
     cols=[("desc", "Descripción"), ("amount", "Importe")], numfmt="comp", buyer="cuit", buyer_name="CAFE DEL CENTRO S.R.L."),
 Doc("v04_fa_consultora", 1724, "A", "consultora", L("legal", "CONSULTORES ASOCIADOS DEL NORTE", "SOCIEDAD ANONIMA",
     name="CONSULTORES ASOCIADOS DEL NORTE SOCIEDAD ANONIMA"), n=3, dashed=True,
     cols=[("desc", "Concepto"), ("rate", "% IVA"), ("amount", "Importe Neto")], taxes=[("Otros Tributos", "1")], numfmt="fact"),
 Doc("v05_fb_veterinaria_qrcuit", 1725, "B", "veterinaria", L("labelled", "Razón Social: CLINICA VETERINARIA SUR S.R.L."), n=4,
     cols=[("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."), ("amount", "Subtotal")], qr_bad="cuit", numfmt="pv", buyer="dni"),
 Doc("v06_fa_ropa_bonif", 1726, "A", "ropa", L("labelled", "Tienda Norte", "Razón Social: TEXTIL NORTE S.A."), n=5, bonif=True, code=5,
     cols=[("code", "Cód."), ("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."), ("bonif", "Bonif. %"), ("rate", "% IVA"), ("amount", "Importe")],
     taxes=[("Percepción IIBB Buenos Aires", "2")], numfmt="pv", date="dot"),
 Doc("v07_fc_panaderia_kg", 1727, "C", "panaderia", L("plain", "LOPEZ ANA MARIA", prefix="27"), n=5, amt="plain",
     cols=[("desc", "Producto"), ("qty", "Cantidad"), ("unit", "Unidad"), ("price", "Precio Unit."), ("amount", "Subtotal")], numfmt="n", unit_word="u"),
 Doc("v08_fb_bazar", 1728, "B", "bazar", L("plain", "Bazar y Regalería Lucía"), n=6, date="dot", code=4,
     cols=[("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."), ("amount", "Subtotal")], numfmt="fact",
     buyer="cuit", buyer_name="CONSORCIO AV. CORRIENTES 1234"),
 Doc("v09_fa_telecom_27", 1729, "A", "telecom", L("legal", "RedSur Conectividad", "REDSUR TELECOMUNICACIONES S.A."), n=4,
     cols=[("desc", "Descripción"), ("rate", "Alíc. IVA"), ("amount", "Importe")], taxes=[("Percepción IVA", "3")], numfmt="nro", dashed=True),
 Doc("v10_fb_almacen_ean", 1730, "B", "super", L("plain", "ALMACEN Y DESPENSA LOS TILOS"), n=9, ean=True, amt="dollar",
     cols=[("ean", "Código de barras"), ("desc", "Descripción"), ("qty", "Cantidad"), ("price", "P. Unit."), ("amount", "Subtotal")], numfmt="nro", buyer="cf"),
]
