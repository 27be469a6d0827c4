"""Round 15 documents: one Doc object per invoice feeds both the page and the expected JSON.

Every document has its own random.Random(seed); amounts are decimal.Decimal.
"""
import base64
import calendar
import datetime as dt
import json
import random
from decimal import Decimal as D, ROUND_HALF_UP

C2 = D("0.01")


def q2(x):
    return x.quantize(C2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- identifiers
def cuit_check(first10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first10, w))
    c = 11 - s % 11
    return 0 if c == 11 else (None if c == 10 else c)


def make_cuit(rng, prefixes=("30", "33", "30")):
    while True:
        head = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        c = cuit_check(head)
        if c is not None:
            return head + str(c)


def ean_check(first12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - s % 10) % 10)


def make_ean(rng):
    h = "779" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    return h + ean_check(h)


def valid_cuit(head):
    c = cuit_check(head)
    assert c is not None
    return head + str(c)


def dashed(c):
    return f"{c[:2]}-{c[2:10]}-{c[10]}"


# ---------------------------------------------------------------- formatting
def ar(x, style="dots", nd=2):
    """Argentine number: dots = 1.234,56; dollar = $ 1.234,56; plain = 1234,56."""
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{nd}f}" if nd else f"{x:,.0f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "plain":
        s = s.replace(".", "")
    if neg:
        s = "-" + s
    if style == "dollar":
        s = "$ " + s
    return s


MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]


def fdate(d, form):
    if form == "dmy/":
        return d.strftime("%d/%m/%Y")
    if form == "dmy-":
        return d.strftime("%d-%m-%Y")
    if form == "dmy.":
        return d.strftime("%d.%m.%Y")
    if form == "dmy2":
        return d.strftime("%d/%m/%y")
    if form == "long":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    raise ValueError(form)


def rate_text(r, form="pct"):
    # 21%, 10,5%, 27%, 0%  or 21,00
    if form == "pct":
        s = f"{r.normalize():f}".replace(".", ",")
        return s + "%"
    return ar(r)


DOC_CODE = {"A": 1, "B": 6, "C": 11}
DOC_TYPE = {"A": "factura_a", "B": "factura_b", "C": "factura_c"}

COMPANY_TYPES = (" S.A.", " S.R.L.", " S.A.S.", "SOCIEDAD ANONIMA", "SOCIEDAD DE RESPONSABILIDAD LIMITADA",
                 " SRL", " SA", " S.C.", " S. A.")


# ---------------------------------------------------------------- catalogues
# (description, low, high, rate, kind)  kind: un / kg / svc ; prices are final (B/C) or net (A) depending on use
CAT = {
    "ferreteria": [("TORNILLO AUTOPERFORANTE 8X1 CAJA X100", 4200, 6900, "21", "un"),
                   ("CINTA AISLADORA 3M TEMFLEX 20MTS", 1800, 2600, "21", "un"),
                   ("MECHA ACERO RAPIDO 6MM EZETA", 1500, 2400, "21", "un"),
                   ("LLAVE TERMICA BIPOLAR 2X25A SICA", 9800, 14500, "21", "un"),
                   ("CABLE UNIPOLAR 2,5MM ROLLO 100M PRYSMIAN", 58000, 79000, "21", "un"),
                   ("PINTURA LATEX INTERIOR BLANCO 4L", 21000, 29500, "21", "un"),
                   ("SILICONA TRANSPARENTE 280ML FISCHER", 5200, 7800, "21", "un"),
                   ("GUANTES MOTEADOS TALLE 9 PAR", 1300, 2100, "21", "un"),
                   ("CAÑO PVC 110MM X 4M", 16500, 22000, "21", "un"),
                   ("TARUGO NYLON Nº8 BOLSA X50", 1900, 2800, "21", "un")],
    "farmacia": [("IBUPROFENO 400MG X 20 COMP", 3900, 5400, "21", "un"),
                 ("AMOXICILINA 500MG X 16 CAPS", 8900, 12800, "21", "un"),
                 ("PROTECTOR SOLAR FPS50 200ML", 17000, 24000, "21", "un"),
                 ("ALCOHOL EN GEL 250ML", 2400, 3600, "21", "un"),
                 ("PAÑALES PAMPERS CONFORTSEC G X36", 19500, 26000, "21", "un"),
                 ("OMEPRAZOL 20MG X 28 CAPS", 6100, 9300, "21", "un"),
                 ("CREMA DENTAL COLGATE TOTAL 12 90G", 3100, 4300, "21", "un"),
                 ("SHAMPOO SEDAL RECARGA 340ML", 3500, 4900, "21", "un"),
                 ("TIRAS REACTIVAS ACCU-CHEK X50", 27000, 34000, "21", "un"),
                 ("GASA ESTERIL 10X10 SOBRE X10", 900, 1600, "21", "un")],
    "verduleria": [("TOMATE REDONDO", 1800, 3200, "10.5", "kg"), ("PAPA NEGRA", 900, 1500, "10.5", "kg"),
                   ("CEBOLLA", 800, 1300, "10.5", "kg"), ("MANZANA RED DELICIOUS", 2200, 3300, "10.5", "kg"),
                   ("BANANA ECUADOR", 1900, 2600, "10.5", "kg"), ("ZANAHORIA", 900, 1400, "10.5", "kg"),
                   ("ZAPALLO ANCO", 1100, 1700, "10.5", "kg"), ("LECHUGA CRIOLLA", 2600, 3900, "10.5", "kg"),
                   ("LIMON", 1500, 2300, "10.5", "kg"), ("HUEVOS BLANCOS MAPLE X30", 6500, 8200, "10.5", "un")],
    "carniceria": [("ASADO DE TIRA", 9800, 12900, "10.5", "kg"), ("VACIO", 11500, 14800, "10.5", "kg"),
                   ("CARNE PICADA ESPECIAL", 7200, 9400, "10.5", "kg"), ("MILANESA DE NALGA", 12900, 15900, "10.5", "kg"),
                   ("POLLO ENTERO", 3900, 4900, "10.5", "kg"), ("CHORIZO PURO CERDO", 7900, 9800, "10.5", "kg"),
                   ("BONDIOLA DE CERDO", 9100, 11800, "10.5", "kg"), ("CARBON BOLSA 4KG", 5200, 6800, "21", "un"),
                   ("MORCILLA BOMBON", 6100, 7600, "10.5", "kg")],
    "libreria": [("CUADERNO RIVADAVIA ABC 50 HOJAS RAYADO", 3900, 5600, "21", "un"),
                 ("RESMA A4 AUTOR 75G 500 HOJAS", 8900, 11800, "21", "un"),
                 ("BIROME BIC TRAZO FINO AZUL X 4", 2600, 3800, "21", "un"),
                 ("LIBRO: RAYUELA - JULIO CORTAZAR (ED. ALFAGUARA)", 18900, 26500, "0", "un"),
                 ("LIBRO: MANUAL DE MATEMATICA 3 (SANTILLANA)", 24900, 32000, "0", "un"),
                 ("CARPETA N3 2 ANILLOS LUMA", 4800, 6700, "21", "un"),
                 ("LAPICES FABER CASTELL X 12 COLORES", 5400, 7900, "21", "un"),
                 ("LIBRO: EL ETERNAUTA (EDICION INTEGRAL)", 29900, 38000, "0", "un"),
                 ("MARCADOR PERMANENTE SHARPIE NEGRO", 1900, 2700, "21", "un")],
    "internet": [("ABONO FIBRA OPTICA 300 MEGAS - PERIODO 01/{m} AL {e}/{m}", 21000, 32000, "27", "svc"),
                 ("ALQUILER EQUIPO ROUTER WIFI 6", 2500, 4200, "27", "svc"),
                 ("SERVICIO TV DIGITAL PACK FUTBOL", 14000, 19000, "21", "svc"),
                 ("CARGO POR ATENCION TECNICA A DOMICILIO", 8000, 12000, "21", "svc")],
    "electro": [("SMART TV 50\" 4K UHD NOBLEX DK50X7550", 520000, 640000, "10.5", "un"),
                ("AIRE ACONDICIONADO SPLIT 3000F FRIO/CALOR SURREY", 890000, 1100000, "10.5", "un"),
                ("NOTEBOOK LENOVO IDEAPAD 3 15\" I5 8GB 512GB", 780000, 950000, "10.5", "un"),
                ("CABLE HDMI 2.1 2 METROS", 6900, 9900, "21", "un"),
                ("SOPORTE TV ARTICULADO 32-65\"", 24000, 33000, "21", "un"),
                ("INSTALACION AIRE ACONDICIONADO HASTA 3 METROS", 95000, 130000, "21", "svc")],
    "optica": [("ANTEOJO RECETADO ARMAZON ACETATO", 65000, 98000, "21", "un"),
               ("CRISTALES ORGANICOS ANTIRREFLEJO (PAR)", 72000, 110000, "21", "un"),
               ("LENTES DE CONTACTO MENSUALES ACUVUE X6", 48000, 61000, "21", "un"),
               ("LIQUIDO MULTIPROPOSITO 360ML", 11000, 15500, "21", "un"),
               ("ESTUCHE RIGIDO + PAÑO MICROFIBRA", 4200, 6500, "21", "un")],
    "vete": [("CONSULTA CLINICA GENERAL", 18000, 26000, "21", "svc"),
             ("VACUNA SEXTUPLE CANINA", 21000, 28000, "21", "un"),
             ("ALIMENTO ROYAL CANIN MEDIUM ADULT 15KG", 89000, 112000, "21", "un"),
             ("PIPETA FRONTLINE PLUS 10-20KG", 15500, 19800, "21", "un"),
             ("DESPARASITARIO TOTAL FULL LC X 2 COMP", 7900, 10500, "21", "un"),
             ("ALIMENTO GATO PRO PLAN ADULTO 3KG", 36000, 44000, "21", "un"),
             ("PIEDRAS SANITARIAS 4KG", 5600, 7400, "21", "un")],
    "mecanico": [("CAMBIO DE ACEITE Y FILTRO (MANO DE OBRA)", 28000, 39000, "21", "un"),
                 ("ACEITE SHELL HELIX HX7 10W40 4L", 42000, 53000, "21", "un"),
                 ("FILTRO DE ACEITE FRAM PH5796", 9800, 13500, "21", "un"),
                 ("PASTILLAS DE FRENO DELANTERAS FERODO", 38000, 52000, "21", "un"),
                 ("ALINEACION Y BALANCEO", 26000, 34000, "21", "un"),
                 ("BATERIA WILLARD UB620 12X65", 145000, 178000, "21", "un")],
    "super": [("ACEITE GIRASOL NATURA 1,5L", 3300, 4200, "21", "un"), ("YERBA MATE PLAYADITO 1KG", 4600, 5900, "21", "un"),
              ("LECHE LA SERENISIMA ENTERA 1L", 1350, 1700, "10.5", "un"), ("FIDEOS MATARAZZO TIRABUZON 500G", 1500, 2100, "10.5", "un"),
              ("ARROZ GALLO ORO 1KG", 2100, 2900, "10.5", "un"), ("AZUCAR LEDESMA 1KG", 1200, 1600, "10.5", "un"),
              ("GALLETITAS OREO 118G", 1100, 1500, "21", "un"), ("GASEOSA COCA COLA 2,25L", 3300, 4100, "21", "un"),
              ("AGUA MINERAL VILLAVICENCIO 2L", 1300, 1800, "21", "un"), ("DETERGENTE MAGISTRAL LIMON 750ML", 2900, 3900, "21", "un"),
              ("LAVANDINA AYUDIN 2L", 1600, 2300, "21", "un"), ("PAPEL HIGIENICO ELITE X4 30M", 2600, 3500, "21", "un"),
              ("QUESO CREMOSO LA PAULINA", 7900, 9800, "10.5", "kg"), ("JAMON COCIDO PALADINI", 11900, 15500, "10.5", "kg"),
              ("PAN FRANCES", 2600, 3400, "10.5", "kg"), ("BANANA ECUADOR", 1900, 2600, "10.5", "kg"),
              ("TOMATE PERITA", 1700, 2800, "10.5", "kg"), ("CAFE LA VIRGINIA MOLIDO 250G", 4100, 5300, "21", "un"),
              ("MAYONESA HELLMANNS 475G", 2700, 3500, "10.5", "un"), ("DULCE DE LECHE LA SERENISIMA 400G", 2500, 3300, "10.5", "un"),
              ("CERVEZA QUILMES CLASICA 1L", 2200, 2900, "21", "un"), ("JABON EN POLVO SKIP 800G", 5200, 6900, "21", "un"),
              ("MERMELADA ARCOR DURAZNO 454G", 1900, 2500, "10.5", "un"), ("HARINA BLANCAFLOR 1KG", 1300, 1800, "10.5", "un"),
              ("PURE DE TOMATE ARCOR 520G", 900, 1300, "10.5", "un"), ("ATUN LA CAMPAGNOLA LOMITOS 170G", 3100, 3900, "21", "un")],
    "ropa": [("REMERA ALGODON PEINADO MANGA CORTA T.M", 14900, 19900, "21", "un"),
             ("JEAN ELASTIZADO CHUPIN AZUL T.42", 39900, 52000, "21", "un"),
             ("BUZO CANGURO FRIZA GRIS T.L", 32000, 41000, "21", "un"),
             ("MEDIAS SOQUETES PACK X3", 5900, 7900, "21", "un"),
             ("ZAPATILLAS URBANAS LONA BLANCAS T.39", 48000, 62000, "21", "un")],
    "panaderia": [("PAN FRANCES", 2600, 3400, "10.5", "kg"), ("FACTURAS SURTIDAS", 7800, 9900, "10.5", "kg"),
                  ("BIZCOCHOS DE GRASA", 5200, 6800, "10.5", "kg"), ("TORTA BROWNIE MEDIANA", 16000, 21000, "10.5", "un"),
                  ("PREPIZZA X 2", 2900, 3800, "10.5", "un"), ("SANDWICHES DE MIGA SURTIDOS X 12", 12000, 15500, "10.5", "un")],
    "servicios": [("SERVICIO DE PLOMERIA: REPARACION PERDIDA EN CAÑERIA DE COCINA Y CAMBIO DE CANILLA MONOCOMANDO", 45000, 70000, "21", "svc"),
                  ("MATERIALES VARIOS (TEFLON, CONEXIONES, FLEXIBLES)", 9000, 16000, "21", "svc"),
                  ("VISITA DIAGNOSTICO", 12000, 18000, "21", "svc")],
    "clases": [("HONORARIOS CLASES PARTICULARES DE MATEMATICA - 8 CLASES DE 90 MINUTOS MES DE {mes}", 80000, 120000, "21", "svc"),
               ("MATERIAL DE ESTUDIO IMPRESO", 6000, 9000, "21", "svc")],
    "jardin": [("MANTENIMIENTO MENSUAL DE JARDIN (CORTE DE CESPED, BORDES Y LIMPIEZA)", 60000, 85000, "21", "svc"),
               ("PODA DE ARBUSTOS Y RETIRO DE RESIDUOS VERDES", 25000, 40000, "21", "svc"),
               ("FERTILIZANTE NITROFOSKA 1KG", 8000, 11000, "21", "un")],
    "gastro": [("MENU EJECUTIVO (PLATO + BEBIDA + POSTRE)", 14500, 18500, "21", "un"),
               ("PIZZA MUZZARELLA GRANDE", 12000, 15000, "21", "un"), ("EMPANADAS DE CARNE CORTADA A CUCHILLO", 1900, 2400, "21", "un"),
               ("GASEOSA LINEA COCA COLA 500ML", 2600, 3200, "21", "un"), ("CERVEZA ARTESANAL PINTA IPA", 5200, 6500, "21", "un"),
               ("FLAN CASERO CON DULCE DE LECHE", 4800, 5900, "21", "un")],
    "construccion": [("CEMENTO PORTLAND LOMA NEGRA 50KG", 11500, 13900, "21", "un"),
                     ("HIERRO ACINDAR 8MM X 12M", 8900, 11200, "21", "un"),
                     ("LADRILLO HUECO 18X18X33", 780, 990, "21", "un"),
                     ("ARENA FINA BOLSON 1M3", 52000, 68000, "21", "un"),
                     ("CAL HIDRATADA CACIQUE 25KG", 6900, 8800, "21", "un"),
                     ("FLETE ENTREGA EN OBRA", 25000, 38000, "21", "svc")],
    "repuestos": [("AMORTIGUADOR DELANTERO FIAT CRONOS CORVEN", 78000, 96000, "21", "un"),
                  ("KIT DISTRIBUCION VW GOL TREND SKF", 112000, 139000, "21", "un"),
                  ("BUJIA NGK BKR6E", 6200, 8100, "21", "un"),
                  ("LAMPARA H4 PHILIPS 60/55W", 7800, 9800, "21", "un"),
                  ("LIQUIDO REFRIGERANTE WAGNER 1L", 8500, 11000, "21", "un")],
    "software": [("LICENCIA ANUAL SOFTWARE DE GESTION (5 PUESTOS)", 900, 1400, "21", "svc"),
                 ("IMPLEMENTACION Y CAPACITACION (HORAS)", 40, 70, "21", "un"),
                 ("SERVIDOR NAS SYNOLOGY DS224+", 480, 620, "10.5", "un")],
}


ADDRESSES = ["Av. Rivadavia 4521 - CABA (C1424CES)", "San Martín 1180 - Rosario, Santa Fe (S2000)",
             "Av. Colón 2350 - Córdoba (X5003)", "Belgrano 845 - San Miguel de Tucumán (T4000)",
             "Calle 12 Nº 1433 - La Plata, Buenos Aires (B1900)", "Av. San Martín 3021 - Mendoza (M5500)",
             "Mitre 560 - Bahía Blanca, Buenos Aires (B8000)", "Av. Pellegrini 990 - Santa Rosa, La Pampa (L6300)",
             "Hipólito Yrigoyen 1702 - Lanús, Buenos Aires (B1824)", "25 de Mayo 377 - Paraná, Entre Ríos (E3100)"]


class Item:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Doc:
    """All printed values of one invoice. Renderers read only this; expected() reads only this."""

    def __init__(self, name, prefix, seed, kind, trade, n_items=None, **opt):
        self.name = name
        self.prefix = prefix
        self.seed = seed
        self.kind = kind
        self.trade = trade
        self.opt = opt
        rng = self.rng = random.Random(seed)
        o = opt.get
        self.style = o("style", "dots")            # amount style on the page
        self.qty_style = o("qty_style", "int")     # int -> "2", dec -> "2,00"
        # issuer
        self.fantasy = o("fantasy")                # printed above (large), never the merchant when a legal name exists
        self.name_lines = o("name_lines")          # legal (or person / trade) name, possibly over two lines
        self.razon_label = o("razon_label", True)
        self.cuit = make_cuit(rng, o("cuit_prefixes", ("30", "33", "30")))
        self.cuit_dashed = o("cuit_dashed", False)
        self.address = o("address") or rng.choice(ADDRESSES)
        self.iibb = f"{rng.randint(900, 921)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}"
        self.inicio = dt.date(rng.randint(2004, 2021), rng.randint(1, 12), rng.randint(1, 28))
        self.cond_iva = "Responsable Monotributo" if kind == "C" else "IVA Responsable Inscripto"
        # document
        self.pos = o("pos", rng.choice([1, 2, 3, 4, 5, 7, 10, 12, 21]))
        self.number = rng.randint(120, 48000)
        self.date = dt.date(2025, rng.randint(1, 10), rng.randint(1, 28))
        self.date_form = o("date_form", "dmy/")
        self.num_form = o("num_form", "pv")        # pv | n | title
        self.cae = str(rng.choice([74, 75])) + "".join(str(rng.randint(0, 9)) for _ in range(12))
        self.cae_vto = self.date + dt.timedelta(days=10)
        self.currency = o("currency", "ARS")
        self.ctz = D(o("ctz", "1"))
        self.copies = o("copies", ["ORIGINAL"])
        self.cond_venta = o("cond_venta", rng.choice(["Contado", "Cuenta Corriente", "Tarjeta de Débito", "Transferencia"]))
        # buyer
        self.buyer = o("buyer") or {}
        if kind == "A" and "cuit" not in self.buyer:
            self.buyer["cuit"] = make_cuit(rng, ("30", "33"))
        if self.buyer.get("cuit") == self.cuit:
            raise ValueError("buyer = issuer")
        # columns
        self.cols = o("cols")
        self.rate_form = o("rate_form", "pct")
        self.incl_layout = o("incl", False)        # Factura A with Subtotal c/IVA column
        # items
        self._make_items(n_items or rng.randint(3, 6))
        self._totals()

    # -------------------------------------------------------------- items
    def _make_items(self, n):
        rng, o = self.rng, self.opt.get
        cat = CAT[self.trade]
        picks = list(cat) if n >= len(cat) and not o("repeat") else None
        if o("repeat"):
            picks = [cat[i % len(cat)] for i in range(n)]
            rng.shuffle(picks)
        elif picks is None:
            picks = rng.sample(cat, n)
        self.items = []
        bonif_lines = o("bonif_lines", 0)
        bonif_idx = set(rng.sample(range(len(picks)), min(bonif_lines, len(picks))))
        mes = MESES[self.date.month - 1].upper()
        memo = {}
        for i, (desc, lo, hi, rate, kind) in enumerate(picks):
            desc = desc.format(m=f"{self.date.month:02d}", e=str(calendar.monthrange(self.date.year, self.date.month)[1]), mes=mes)
            rate = D(rate)
            price = D(rng.randint(lo, hi))
            if self.kind != "A":
                # B / C print VAT-inclusive prices (monotributo prices are final)
                price = q2(price * (1 + rate / 100)) if self.kind == "B" else price
                price = q2(price)
            cents = o("cents", True)
            if cents:
                price = q2(price + D(rng.randint(0, 99)) / 100)
            else:
                price = q2(price)
            if kind == "kg":
                qty = D(rng.randint(180, 3400)) / 1000
                qty = qty.quantize(D("0.001"))
                unit = "kg"
            elif kind == "svc" and not o("svc_qty"):
                qty, unit = None, None
            else:
                qty = D(rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 10]))
                if self.qty_style == "dec":
                    qty = qty.quantize(D("0.01"))
                unit = "un"
            bonif = None
            if i in bonif_idx:
                bonif = D(rng.choice([5, 10, 15, 20]))
            if qty is None:
                gross = price
                up = None
            else:
                gross = qty * price
                up = price
            amount = q2(gross * (1 - (bonif or D(0)) / 100))
            ean = make_ean(rng) if o("ean") else None
            if o("repeat"):
                # the same product keeps its price and barcode when it appears again
                first = memo.setdefault(desc, (price, ean))
                price, ean = first
                if qty is not None:
                    up = price
                    gross = qty * price
                else:
                    up, gross = None, price
                amount = q2(gross * (1 - (bonif or D(0)) / 100))
            code = None
            if o("code"):
                code = f"{rng.randint(1, 99999):0{o('code')}d}"
            it = Item(desc=desc, ean=ean, code=code, qty=qty, unit=unit, price=up, rate=rate, bonif=bonif,
                      net=amount, amount=amount)
            if self.kind == "A" and self.incl_layout:
                it.amount = q2(amount * (1 + rate / 100))
            self.items.append(it)

    # -------------------------------------------------------------- totals
    def _totals(self):
        o = self.opt.get
        self.subtotal = sum((it.net for it in self.items), D("0"))
        self.discounts = []
        pct = o("disc_pct")
        if pct:
            pct = D(pct)
            self.discounts.append((o("disc_label").format(p=f"{pct.normalize():f}".replace(".", ",")),
                                   -q2(self.subtotal * pct / 100)))
        disc_sum = sum((a for _, a in self.discounts), D("0"))
        self.vat_lines = []   # (rate, amount) as printed, zero lines included
        if self.kind == "A":
            rates = sorted({it.rate for it in self.items}, reverse=True)
            if self.incl_layout:
                for r in rates:
                    self.vat_lines.append((r, sum((it.amount - it.net for it in self.items if it.rate == r), D("0"))))
                self.neto = self.subtotal
            else:
                bases = {}
                neto = self.subtotal + disc_sum
                f = 1 + (disc_sum / self.subtotal)
                for r in rates[:-1]:
                    bases[r] = q2(sum((it.net for it in self.items if it.rate == r), D("0")) * f)
                bases[rates[-1]] = neto - sum(bases.values(), D("0"))
                self.bases = bases
                for r in rates:
                    self.vat_lines.append((r, q2(bases[r] * r / 100)))
                self.neto = neto
            self.exento = sum((b for r, b in getattr(self, "bases", {}).items() if r == 0), D("0"))
        else:
            self.neto = None
            self.exento = D("0")
        base_for_tax = self.neto if self.kind == "A" else self.subtotal + disc_sum
        self.taxes = []
        for label, p in o("taxes", []):
            self.taxes.append((label, q2(base_for_tax * D(p) / 100)))
        vat_sum = sum((a for _, a in self.vat_lines), D("0"))
        tax_sum = sum((a for _, a in self.taxes), D("0"))
        if self.kind == "A" and self.incl_layout:
            true_total = sum((it.amount for it in self.items), D("0")) + tax_sum
        elif self.kind == "A":
            true_total = self.neto + vat_sum + tax_sum
        else:
            true_total = self.subtotal + disc_sum + tax_sum
        self.true_total = true_total
        self.total = true_total + D(o("total_delta", "0"))   # printed total
        self.warnings = []
        if o("total_delta"):
            self.warnings.append("totals_mismatch")
        # QR
        self.qr_mode = o("qr", "vector")          # vector | image | None
        self.qr_fields = {
            "doc_code": DOC_CODE[self.kind], "cuit": self.cuit, "pos": self.pos, "number": self.number,
            "date": self.date, "total": self.total, "currency": self.currency, "cae": self.cae}
        tamper = o("qr_tamper")
        if tamper:
            k, v = tamper
            if k == "date":
                self.qr_fields["date"] = self.date + dt.timedelta(days=v)
            elif k == "total":
                self.qr_fields["total"] = self.total + D(v)
            elif k == "number":
                self.qr_fields["number"] = self.number + v
            elif k == "cuit":
                self.qr_fields["cuit"] = v
            self.warnings.append("qr_mismatch")

    # -------------------------------------------------------------- printed forms
    def money(self, x):
        return ar(x, self.style)

    def qty_text(self, it):
        if it.qty is None:
            return ""
        if it.unit == "kg":
            return ar(it.qty, "dots", 3)
        return ar(it.qty, "dots", 2) if self.qty_style == "dec" else str(int(it.qty))

    def cuit_text(self, c):
        return dashed(c) if self.cuit_dashed else c

    def date_text(self, d=None):
        return fdate(d or self.date, self.date_form)

    def letter(self):
        return self.kind

    def number_lines(self):
        """The printed forms of point of sale and number."""
        if self.num_form == "pv":
            return [f"Punto de Venta: {self.pos:05d}", f"Comp. Nro: {self.number:08d}"]
        if self.num_form == "n":
            return [f"Nº {self.pos:04d}-{self.number:08d}"]
        if self.num_form == "title":
            return [f"FACTURA {self.kind} {self.pos:04d}-{self.number:08d}"]
        if self.num_form == "nro":
            return [f"Nro. {self.pos:05d}-{self.number:08d}"]
        raise ValueError(self.num_form)

    def issuer_lines(self):
        """(text, style) for the issuer block: style big / bold / normal."""
        out = []
        if self.fantasy:
            out.append((self.fantasy, "big"))
        if self.razon_label:
            for i, ln in enumerate(self.name_lines):
                out.append(((("Razón Social: " if i == 0 else "") + ln), "bold"))
        else:
            for ln in self.name_lines:
                out.append((ln, "bold"))
        out.append((f"Domicilio Comercial: {self.address}", "normal"))
        out.append((f"Condición frente al IVA: {self.cond_iva}", "normal"))
        return out

    def fiscal_lines(self):
        return [f"CUIT: {self.cuit_text(self.cuit)}", f"Ingresos Brutos: {self.iibb}",
                f"Fecha de Inicio de Actividades: {self.inicio.strftime('%d/%m/%Y')}"]

    def buyer_lines(self):
        b = self.buyer
        lab = b.get("label", "Razón Social:")
        out = [f"{lab} {b.get('name', 'CONSUMIDOR FINAL')}"]
        if b.get("cuit"):
            out.append(f"CUIT: {self.cuit_text(b['cuit'])}")
        elif b.get("dni"):
            out.append(f"DNI: {b['dni']}")
        cond = b.get("cond") or ("IVA Responsable Inscripto" if self.kind == "A" else "Consumidor Final")
        out.append(f"Condición frente al IVA: {cond}")
        if b.get("addr"):
            out.append(f"Domicilio: {b['addr']}")
        out.append(f"Condición de venta: {self.cond_venta}")
        return out

    def cell(self, it, key):
        if key == "code":
            return it.code or ""
        if key == "ean":
            return it.ean or ""
        if key == "desc":
            return it.desc
        if key == "qty":
            return self.qty_text(it)
        if key == "unit":
            return {"un": self.opt.get("un_label", "unidades"), "kg": "kg", None: ""}[it.unit]
        if key == "price":
            return "" if it.price is None else self.money(it.price)
        if key == "bonif":
            return ar(it.bonif) if it.bonif else ("0,00" if self.opt.get("bonif_zero") else "")
        if key == "rate":
            return rate_text(it.rate, self.rate_form)
        if key == "net":
            return self.money(it.net)
        if key == "amount":
            return self.money(it.amount)
        raise KeyError(key)

    def totals_lines(self):
        """(label, value) pairs of the totals block, in printed order."""
        o = self.opt.get
        L = []
        cur = "USD " if self.currency == "USD" else ""
        if self.kind == "A":
            if self.prints_subtotal():
                L.append(("Subtotal:", self.money(self.subtotal)))
            for lab, a in self.discounts:
                L.append((lab + ":", self.money(a)))
            L.append(("Importe Neto Gravado:", cur + self.money(self.neto - self.exento)))
            if self.exento:
                L.append(("Importe Exento:", self.money(self.exento)))
            for r, a in self.vat_lines:
                if r == 0 and not o("print_iva0"):
                    continue
                L.append((f"IVA {rate_text(r)}:", self.money(a)))
        else:
            L.append((o("subtotal_label", "Subtotal:"), self.money(self.subtotal)))
            for lab, a in self.discounts:
                L.append((lab + ":", self.money(a)))
        for lab, a in self.taxes:
            L.append((lab + ":", self.money(a)))
        if o("print_otros_zero"):
            L.append(("Importe Otros Tributos:", self.money(D("0"))))
        L.append((o("total_label", "Importe Total:"), cur + self.money(self.total)))
        return L

    def prints_subtotal(self):
        return self.kind != "A" or bool(self.discounts) or bool(self.opt.get("print_subtotal"))

    def doc_lines(self):
        L = self.number_lines() + [f"Fecha de Emisión: {self.date_text()}"]
        if self.currency == "USD":
            L += ["Moneda: USD", f"Tipo de cambio: {ar(self.ctz)}"]
        return L

    def cae_lines(self):
        return [f"CAE N°: {self.cae}", f"Fecha de Vto. de CAE: {self.cae_vto.strftime('%d/%m/%Y')}"]

    def qr_url(self):
        o = self.opt.get
        f = self.qr_fields
        strings = o("qr_strings", False)
        date = f["date"].strftime("%d/%m/%Y") if o("qr_fecha_dmy") else f["date"].isoformat()

        def v(x):
            return str(x) if strings else x
        payload = {"ver": v(1), "fecha": date, "cuit": v(int(f["cuit"])), "ptoVta": v(f["pos"]),
                   "tipoCmp": v(f["doc_code"]), "nroCmp": v(f["number"]),
                   "importe": "__IMP__", "moneda": "DOL" if f["currency"] == "USD" else "PES",
                   "ctz": "__CTZ__", "tipoDocRec": None, "nroDocRec": None,
                   "tipoCodAut": "E", "codAut": v(int(f["cae"]))}
        b = self.buyer
        if b.get("cuit"):
            payload["tipoDocRec"], payload["nroDocRec"] = v(80), v(int(b["cuit"]))
        elif b.get("dni"):
            payload["tipoDocRec"], payload["nroDocRec"] = v(96), v(int(b["dni"]))
        else:
            payload["tipoDocRec"], payload["nroDocRec"] = v(99), v(0)
        s = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
        imp = f"{q2(f['total']):f}"
        ctz = f"{self.ctz:f}"
        s = s.replace('"__IMP__"', f'"{imp}"' if strings else imp).replace('"__CTZ__"', f'"{ctz}"' if strings else ctz)
        host = "https://afip.gob.ar" if o("qr_nowww") else "https://www.afip.gob.ar"
        return host + "/fe/qr/?p=" + base64.b64encode(s.encode()).decode()

    # -------------------------------------------------------------- expected
    def merchant_name(self):
        # Razón Social: when labelled; else a legal-name line (company type); else the first issuer line
        if self.razon_label:
            return " ".join(self.name_lines)
        joined = " ".join(self.name_lines)
        if any(t in " " + joined for t in COMPANY_TYPES):
            return joined
        return self.fantasy or self.name_lines[0]

    def expected(self):
        def s2(x):
            return f"{x:f}"
        items = []
        for i, it in enumerate(self.items, 1):
            items.append({"line": i, "department": None, "description": it.desc, "ean": it.ean,
                          "quantity": None if it.qty is None else s2(it.qty), "unit": it.unit,
                          "unit_price": None if it.price is None else s2(it.price),
                          "vat_rate": s2(q2(it.rate)) if (self.kind == "A" and any(k == "rate" for k, _ in self.cols)) else None,
                          "amount": s2(it.amount)})
        disc_total = -sum((a for _, a in self.discounts), D("0"))
        f = self.qr_fields
        qr = None
        if self.qr_mode:
            qr = {"doc_code": f["doc_code"], "cuit": f["cuit"], "pos": f["pos"], "number": f["number"],
                  "date": f["date"].isoformat(), "total": s2(q2(f["total"])), "currency": f["currency"],
                  "cae": f["cae"]}
        return {
            "doc_type": DOC_TYPE[self.kind],
            "merchant": {"name": self.merchant_name(), "cuit": self.cuit},
            "pos": self.pos,
            "number": self.number,
            "issued_at": self.date.isoformat(),
            "currency": self.currency,
            "items": items,
            "discounts": [{"description": l, "amount": s2(a)} for l, a in self.discounts],
            "subtotal": s2(self.subtotal if self.prints_subtotal() else self.neto - self.exento),
            "discount_total": s2(q2(disc_total)),
            "total": s2(self.total),
            "vat": [{"rate": s2(q2(r)), "amount": s2(a)} for r, a in self.vat_lines if a != 0],
            "taxes": [{"description": l, "amount": s2(a)} for l, a in self.taxes if a != 0],
            "payments": [],
            "prices_include_vat": not (self.kind == "A" and not self.incl_layout),
            "cae": self.cae,
            "qr": qr,
            "warnings": self.warnings,
        }


# ---------------------------------------------------------------- the set
A_NET = [("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."), ("bonif", "Bonif. %"),
         ("rate", "Alíc. IVA"), ("net", "Subtotal")]


def build_docs():
    B = []
    # ---------------- Aspose.PDF (a): DOM tables, QR as PNG image
    B.append(Doc("a01_fa_ferreteria_net", "a", 1501, "A", "ferreteria", 6, code=6, bonif_lines=2, bonif_zero=True,
                 name_lines=["CORRALON EL TALA S.R.L."], fantasy="Ferretería El Tala",
                 cols=A_NET, taxes=[("Percepción IIBB CABA", "3")], qr="image",
                 buyer={"name": "ESTUDIO CONTABLE MARINO Y ASOC. S.R.L.", "addr": "Lavalle 1290 piso 3, CABA"}))
    B.append(Doc("a02_fb_farmacia_ean", "a", 1502, "B", "farmacia", 5, ean=True, style="dollar", razon_label=True,
                 name_lines=["FARMACIA CENTRAL BELGRANO S.C.S."], qr="image",
                 cols=[("ean", "Código EAN"), ("desc", "Descripción"), ("qty", "Cantidad"), ("price", "Precio Unit."),
                       ("amount", "Importe")],
                 disc_pct="40", disc_label="Descuento obra social {p}%",
                 buyer={"label": "Señor(es):", "name": "GOMEZ, MARIA LAURA", "dni": "28455120"}))
    B.append(Doc("a03_fc_verduleria_kg", "a", 1503, "C", "verduleria", 7, style="plain", razon_label=False, num_form="n",
                 name_lines=["ROMERO JUAN CARLOS"], fantasy=None, cuit_prefixes=("20",), qr="image",
                 cols=[("desc", "Producto"), ("qty", "Cant."), ("unit", "U. Medida"), ("price", "Precio Unit."),
                       ("amount", "Subtotal")], un_label="unidades",
                 buyer={"name": "CONSUMIDOR FINAL"}))
    B.append(Doc("a04_fa_internet_27", "a", 1504, "A", "internet", 4, razon_label=False, fantasy="TeleRed Sur",
                 name_lines=["TELERED DEL SUR S.A."], qr="image", num_form="n",
                 cols=[("desc", "Concepto"), ("rate", "% IVA"), ("net", "Importe Neto")],
                 taxes=[("Percepción IVA", "3"), ("Percepción IIBB Buenos Aires", "2")],
                 buyer={"name": "LOGISTICA PAMPEANA S.A.", "addr": "Ruta 8 km 62, Pilar"}))
    B.append(Doc("a05_fa_supermercado_multipag", "a", 1505, "A", "super", 58, ean=True, repeat=True, rate_form="num",
                 name_lines=["AUTOSERVICIO LOS HERMANOS S.R.L."], qr="image",
                 cols=[("ean", "EAN"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."),
                       ("rate", "Alíc. IVA"), ("net", "Subtotal")],
                 taxes=[("Otros Tributos", "1.5")],
                 buyer={"name": "RESTAURANTE EL MOLINO S.R.L."}))
    B.append(Doc("a06_fb_ropa_copias", "a", 1506, "B", "ropa", 4, bonif_lines=2, copies=["ORIGINAL", "DUPLICADO"],
                 name_lines=["INDUMENTARIA Y CALZADOS DEL LITORAL", "SOCIEDAD DE RESPONSABILIDAD LIMITADA"],
                 qr="image", num_form="title", date_form="dmy-",
                 cols=[("desc", "Descripción"), ("qty", "Cantidad"), ("price", "Precio Unit."), ("bonif", "Bonif. %"),
                       ("amount", "Importe")],
                 buyer={"name": "PEREYRA, SOFIA", "dni": "37120455"}))
    B.append(Doc("a07_fa_software_usd", "a", 1507, "A", "software", 3, currency="USD", ctz="1045.50", svc_qty=False,
                 name_lines=["SISTEMAS ANDINOS S.A.S."], qr="image",
                 cols=[("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."), ("rate", "IVA"),
                       ("net", "Subtotal")],
                 buyer={"name": "CLINICA MODELO DEL OESTE S.A."}))
    B.append(Doc("a08_fb_optica_totalmal", "a", 1508, "B", "optica", 4, name_lines=["OPTICA VISION PLUS S.R.L."],
                 qr="image", total_delta="-100",
                 cols=[("qty", "Cant."), ("desc", "Descripción"), ("price", "Precio Unit."), ("amount", "Importe")],
                 buyer={"name": "ACOSTA, RAMON", "dni": "17882301"}))
    B.append(Doc("a09_fc_vete_qrcuit", "a", 1509, "C", "vete", 4, razon_label=False, 
                 name_lines=["LUCIANA B. FERREYRA"], cuit_prefixes=("27",), qr="image", fantasy=None,
                 qr_tamper=("cuit", valid_cuit("3071846206")),
                 cols=[("desc", "Detalle"), ("qty", "Cant."), ("price", "P. Unit."), ("amount", "Subtotal")],
                 buyer={"name": "CONSUMIDOR FINAL"}))
    B.append(Doc("a10_fa_libreria_0", "a", 1510, "A", "libreria", 5, name_lines=["LIBRERIA Y EDITORIAL ATENEA S.A."],
                 qr="image", print_iva0=True, print_subtotal=True, date_form="long",
                 cols=[("code", "Artículo"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."),
                       ("rate", "Alíc. IVA"), ("net", "Subtotal")], code=4,
                 buyer={"name": "COLEGIO SAN MARTIN DE TOURS S.A."}))
    # ---------------- Spire.PDF (p): canvas + PdfGrid, QR as vector rectangles
    B.append(Doc("p01_fa_mecanico_incl", "p", 1521, "A", "mecanico", 4, incl=True, qty_style="dec",
                 name_lines=["TALLER MECANICO HERMANOS DIAZ S.R.L."],
                 cols=[("code", "Código"), ("desc", "Producto / Servicio"), ("qty", "Cantidad"), ("price", "Precio Unit."),
                       ("bonif", "% Bonif"), ("net", "Subtotal"), ("rate", "Alícuota IVA"), ("amount", "Subtotal c/IVA")],
                 code=5, bonif_zero=True,
                 buyer={"name": "ASEGURADORA DEL PLATA COOP. LTDA."}))
    B.append(Doc("p02_fb_carniceria_kg", "p", 1522, "B", "carniceria", 6, num_form="title",
                 name_lines=["CARNES DON PEDRO S.R.L."], fantasy="Carnicería Don Pedro", razon_label=False,
                 cols=[("desc", "Descripción"), ("qty", "Cant."), ("unit", "Unid."), ("price", "Precio"),
                       ("amount", "Importe")], un_label="u",
                 buyer={"name": "CONSUMIDOR FINAL"}))
    B.append(Doc("p03_fc_plomero_servicios", "p", 1523, "C", "servicios", 3, razon_label=False, cuit_prefixes=("20",),
                 name_lines=["GUSTAVO ADRIAN BENITEZ"], date_form="dmy-", cuit_dashed=True,
                 cols=[("desc", "Descripción"), ("amount", "Importe")],
                 buyer={"label": "Cliente:", "name": "ALVAREZ, CLAUDIA", "dni": "30117654",
                        "addr": "Moreno 455, Quilmes"}))
    B.append(Doc("p04_fa_electro_105", "p", 1524, "A", "electro", 4, cuit_dashed=True,
                 name_lines=["ELECTRO HOGAR DEL CENTRO S.A."],
                 disc_pct="5", disc_label="Bonificación {p}% pago contado",
                 taxes=[("Percepción IIBB Buenos Aires", "2.5")],
                 cols=[("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("rate", "% IVA"),
                       ("net", "Importe")],
                 buyer={"name": "HOTEL LAS TOSCAS S.R.L."}))
    B.append(Doc("p05_fb_supermercado_multipag", "p", 1525, "B", "super", 42, ean=True, repeat=True,
                 name_lines=["SUPERMERCADOS EL AHORRO S.A."], num_form="n",
                 disc_pct="10", disc_label="Descuento jubilados {p}%",
                 cols=[("ean", "Código"), ("desc", "Descripción"), ("qty", "Cantidad"), ("price", "Precio Unit."),
                       ("amount", "Subtotal")],
                 buyer={"name": "LOPEZ, ALBERTO", "dni": "11234567"}))
    B.append(Doc("p06_fb_gastro_cf_qrwww", "p", 1526, "B", "gastro", 5, qr_nowww=True, qr_strings=True,
                 name_lines=["LA ESQUINA DE BOEDO"], razon_label=False, style="plain", address="Av. Boedo 1052 - CABA (C1218AAN)",
                 cols=[("qty", "Cant."), ("desc", "Descripción"), ("price", "P. Unit."), ("amount", "Importe")],
                 buyer={"name": "CONSUMIDOR FINAL"}))
    B.append(Doc("p07_fa_farmacia_qrtotal", "p", 1527, "A", "farmacia", 5, qr_tamper=("total", "1500"),
                 name_lines=["FARMACIA DEL PUEBLO S.C.S."], fantasy="Farmacia del Pueblo", razon_label=True,
                 cols=A_NET, code=7,
                 buyer={"name": "GERIATRICO LOS ALAMOS S.R.L."}))
    B.append(Doc("p08_fc_panaderia_kg", "p", 1528, "C", "panaderia", 5, date_form="dmy.",
                 name_lines=["PANADERIA LA ESPIGA DE ORO"], razon_label=False, cuit_prefixes=("27",),
                 cols=[("desc", "Descripción"), ("qty", "Cantidad"), ("unit", "U.M."), ("price", "Precio Unit."),
                       ("amount", "Subtotal")],
                 buyer={"name": "CONSUMIDOR FINAL"}))
    B.append(Doc("p09_fb_ferreteria_totalmal", "p", 1529, "B", "ferreteria", 5, total_delta="250",
                 name_lines=["FERRETERIA INDUSTRIAL SAN JOSE S.R.L."], style="dollar",
                 cols=[("code", "Cód."), ("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."),
                       ("amount", "Importe")], code=5,
                 buyer={"name": "MARTINEZ, DIEGO", "dni": "25876003"}))
    B.append(Doc("p10_fa_vete_perc", "p", 1530, "A", "vete", 4, name_lines=["CENTRO VETERINARIO DEL PARQUE S.A."],
                 taxes=[("Percepción IVA", "3"), ("Otros Tributos", "1")], svc_qty=True,
                 cols=[("desc", "Descripción"), ("qty", "Cantidad"), ("price", "P. Unit."), ("rate", "Alíc. IVA"),
                       ("net", "Subtotal")],
                 buyer={"name": "CRIADERO LOS TILOS S.R.L."}))
    # ---------------- Text::PDF (k): hand-placed text (standard Type 1 fonts), QR as path rectangles
    B.append(Doc("k01_fa_construccion_wrap", "k", 1541, "A", "construccion", 5,
                 name_lines=["MATERIALES PARA LA CONSTRUCCION", "DEL NOROESTE ARGENTINO S.R.L."],
                 taxes=[("Percepción IIBB Tucumán", "2.5")], date_form="dmy/",
                 cols=[("qty", "Cant."), ("desc", "Descripción"), ("price", "P. Unit."), ("rate", "IVA"),
                       ("net", "Importe")], svc_qty=True,
                 buyer={"name": "CONSTRUCTORA YERBA BUENA S.A."}))
    B.append(Doc("k02_fb_libreria_ean", "k", 1542, "B", "libreria", 6, ean=True,
                 name_lines=["LIBRERIA EL ALEPH S.R.L."], num_form="n",
                 cols=[("ean", "EAN / ISBN"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio"),
                       ("amount", "Total")],
                 buyer={"name": "CONSUMIDOR FINAL"}))
    B.append(Doc("k03_fc_profesor_sinqr", "k", 1543, "C", "clases", 2, qr=None, razon_label=False,
                 name_lines=["MARTA SUSANA QUIROGA"], cuit_prefixes=("27",), cuit_dashed=True, date_form="long",
                 cols=[("desc", "Concepto"), ("amount", "Importe")],
                 buyer={"name": "FERNANDEZ, JORGE", "dni": "22345678"}))
    B.append(Doc("k04_fa_carniceria_kg", "k", 1544, "A", "carniceria", 6, num_form="nro",
                 name_lines=["FRIGORIFICO LA PAMPA S.A."], fantasy="Carnes La Pampa", razon_label=False,
                 taxes=[("Percepción IIBB La Pampa", "1.5")],
                 cols=[("desc", "Descripción"), ("qty", "Cantidad"), ("unit", "Unidad"), ("price", "Precio Unit."),
                       ("rate", "Alíc."), ("net", "Subtotal")], un_label="Unid",
                 buyer={"name": "PARRILLA EL FOGON S.R.L."}))
    B.append(Doc("k05_fb_gastro_qrfecha", "k", 1545, "B", "gastro", 5, qr_fecha_dmy=True, date_form="dmy2",
                 name_lines=["GASTRONOMIA DEL PUERTO S.A.S."], fantasy="Cantina del Puerto", razon_label=False,
                 cols=[("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("amount", "Subtotal")],
                 buyer={"name": "CONSUMIDOR FINAL"}))
    B.append(Doc("k06_fc_jardineria_qrnum", "k", 1546, "C", "jardin", 3, qr_tamper=("number", 1),
                 name_lines=["VERDE NATIVO"], razon_label=False, cuit_prefixes=("20",), style="dollar",
                 cols=[("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."), ("amount", "Importe")],
                 buyer={"name": "CONSORCIO PROP. AV. LIBERTADOR 2450", "cuit": valid_cuit("3054667788"), "cond": "IVA Sujeto Exento"}))
    B.append(Doc("k07_fa_repuestos_copias", "k", 1547, "A", "repuestos", 4, copies=["ORIGINAL", "DUPLICADO", "TRIPLICADO"],
                 name_lines=["REPUESTOS EL CRUCE S.R.L."], num_form="pv", code=6, bonif_lines=1,
                 cols=[("code", "Código"), ("desc", "Descripción"), ("qty", "Cant."), ("price", "P. Unit."),
                       ("bonif", "Bonif."), ("rate", "IVA"), ("net", "Subtotal")],
                 buyer={"name": "TRANSPORTE RAPIDO SUR S.A."}))
    B.append(Doc("k08_fb_vete_bonif", "k", 1548, "B", "vete", 5, bonif_lines=2, style="plain",
                 name_lines=["VETERINARIA SAN ROQUE S.R.L."], taxes=[("Percepción IIBB CABA", "2")],
                 cols=[("desc", "Descripción"), ("qty", "Cant."), ("price", "Precio Unit."), ("bonif", "Bonif. %"),
                       ("amount", "Subtotal")],
                 buyer={"name": "ROSSI, PAULA", "dni": "33987456"}))
    B.append(Doc("k09_fa_internet_otros", "k", 1549, "A", "internet", 3, style="dollar", cuit_dashed=True,
                 name_lines=["CABLEVISION DEL VALLE S.A."], taxes=[("Importe Otros Tributos", "1.2")],
                 cols=[("desc", "Descripción"), ("rate", "Alíc. IVA"), ("net", "Importe")], num_form="n",
                 buyer={"name": "PANIFICADORA LOS ANDES S.R.L."}))
    B.append(Doc("p11_fc_clases_qrimg", "p", 1531, "C", "clases", 2, qr="image", date_form="dmy2",
                 name_lines=["NATALIA SOLEDAD CASTRO"], razon_label=True, cuit_prefixes=("27",), num_form="nro",
                 cols=[("desc", "Detalle"), ("amount", "Subtotal")],
                 buyer={"label": "Señor(es):", "name": "RIOS, MARCELO", "dni": "26554110"}))
    return B
