"""Sample data made by expetl's own generator: a household's month of
supermarket tickets (PDFs written by a minimal PDF writer, in the layouts the
parser reads), the Google Takeout mailbox they arrived in, and the Mercado
Pago release report of the same weeks.  Deterministic for a seed: the same
call writes the same bytes, so a second demo run finds nothing new.

    from expetl import sample
    month = sample.household()            # tickets, mails, report rows, in memory
    month.write("data")                   # data/takeout.mbox, data/mercadopago/*.csv, data/tickets/*.pdf

Every generated ticket knows what it must parse to (``Ticket.total``,
``items``, ``discounts``, ``payments``); the tests hold the parser to it.
``expetl demo`` with no ``--mbox``/``--reports`` runs on this month, and
``bench/`` draws its corpus from ``ticket_corpus``."""
from __future__ import annotations

import base64
import csv
import io
import os
import random
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from itertools import groupby
from pathlib import Path

AR = timezone(timedelta(hours=-3))  # Argentina: UTC-03:00 all year
CENT = Decimal("0.01")

# ---- a minimal PDF writer ----------------------------------------------------

# Advance widths (1/1000 em) of the characters amounts are made of, so that
# right-aligned columns line up as a POS printer's do; other characters get
# an average width (only centring uses them).
_HELVETICA = {**dict.fromkeys("0123456789$", 556), ".": 278, ",": 278, " ": 278, "-": 333,
              "(": 333, ")": 333, "[": 278, "]": 278, "%": 889}
FONT_SIZE = 8.0
LINE_HEIGHT = 9.5


def text_width(text: str, font: str = "Helvetica", size: float = FONT_SIZE) -> float:
    if font == "Courier":
        return 0.6 * size * len(text)
    return sum(_HELVETICA.get(c, 600 if c.isupper() else 500) for c in text) * size / 1000


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(pages: list[list[tuple[float, float, str]]], width: float = 227.0, height: float = 600.0,
              font: str = "Helvetica") -> bytes:
    """A minimal valid PDF: one content stream per page, one text object per
    cell (x, y, text), a standard-14 font at 8 pt, WinAnsi encoded."""
    objs: list[bytes] = []
    page_ids = []
    n_fixed = 3  # catalog, pages, font
    for i, cells in enumerate(pages):
        content = "".join(f"BT /F1 {FONT_SIZE:g} Tf {x:.2f} {y:.2f} Td ({_esc(t)}) Tj ET\n"
                          for x, y, t in cells).encode("cp1252")
        cid = n_fixed + 2 * i + 1
        pid = cid + 1
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 3 0 R >> >> >>" % (width, height, cid))
        page_ids.append(pid)
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(pages),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % font.encode()]
    return pdf_of(head + objs)


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalog):
    header, bodies, cross-reference table, trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)
    return bytes(out)


def ar(d: Decimal, places: int = 2, thousands: bool = True) -> str:
    """1234.5 -> '1.234,50' (the Argentine form tickets print)."""
    s = f"{abs(d):,.{places}f}".replace(",", "_").replace(".", ",").replace("_", "." if thousands else "")
    return ("-" if d < 0 else "") + s


# ---- what a supermarket sells -------------------------------------------------

@dataclass(frozen=True)
class Product:
    department: str
    description: str
    price: Decimal          # a typical price, per unit or per kg
    weighed: bool = False
    packaged: bool = True   # prints a barcode line

    @property
    def rate(self) -> Decimal:
        return Decimal("10.50") if self.weighed else Decimal("21.00")

    @property
    def ean(self) -> str | None:
        """A stable EAN-13 (Argentina's 779 prefix) with a valid check digit."""
        if not self.packaged or self.weighed:
            return None
        body = "779" + f"{zlib.crc32(self.description.encode()) % 10**9:09d}"
        odd_even = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - odd_even % 10) % 10)


def _products(dept: str, *rows: tuple) -> list[Product]:
    return [Product(dept, desc, Decimal(price), *flags) for desc, price, *flags in rows]


CATALOGUE: dict[str, list[Product]] = {
    "Almacen": _products("Almacen", ("ARROZ GALLO ORO 1KG", "1599.00"), ("YERBA MATE PLAYADITO 1KG", "4427.00"),
                         ("FIDEOS MATARAZZO 500G", "1323.00"), ("ACEITE COCINERO 1.5L", "4093.99"),
                         ("HARINA BLANCAFLOR 1KG", "1150.00"), ("AZÚCAR LEDESMA 1KG", "1069.00"),
                         ("CAFÉ LA VIRGINIA 500G", "6890.00"), ("PURÉ DE TOMATE ARCOR 520G", "778.00")),
    "Bebidas": _products("Bebidas", ("GASEOSA COCA COLA 2,25L", "3551.50"), ("AGUA VILLAVICENCIO 2L", "1406.00"),
                         ("CERVEZA QUILMES 1L", "2348.00"), ("VINO MALBEC 750ML", "6305.00")),
    "Lacteos": _products("Lacteos", ("LECHE DESCREMADA 1L", "1390.00"), ("YOGUR SERENÍSIMA 1KG", "3120.00"),
                         ("QUESO CREMOSO X KG", "9709.00", True), ("MANTECA 200G", "2835.00"),
                         ("DULCE DE LECHE SANCOR 400G", "2514.00")),
    "Limpieza": _products("Limpieza", ("DETERGENTE MAGISTRAL 500ML", "2799.90"),
                          ("LAVANDINA AYUDIN 2L", "1092.00"), ("JABÓN ALA 3L", "8990.00")),
    "Perfumeria": _products("Perfumeria", ("SHAMPOO SEDAL 340ML", "3381.00"), ("DESODORANTE REXONA", "2950.00"),
                            ("PASTA DENTAL COLGATE 90G", "2078.50")),
    "Frutas Y Verduras": _products("Frutas Y Verduras", ("MANZANA ROJA X KG", "2999.00", True),
                                   ("BANANA ECUADOR X KG", "2111.99", True), ("PAPA NEGRA X KG", "997.00", True),
                                   ("TOMATE REDONDO X KG", "2564.99", True)),
    "Carniceria": _products("Carniceria", ("ASADO DE TIRA X KG", "11759.00", True), ("NALGA X KG", "13490.00", True),
                            ("POLLO ENTERO X KG", "3890.00", True)),
}


# ---- chains and the layouts they print ---------------------------------------

@dataclass(frozen=True)
class Chain:
    """A supermarket chain: the issuer printed on its tickets, the store
    its Mercado Pago QR payments name, and the ticket layout it prints."""

    key: str
    name: str
    cuit: str           # 11 digits, check digit valid
    address: str
    store: str          # the branch line, and STORE_NAME in Mercado Pago
    layout: str         # classic | codes | mixed_case | labels
    font: str = "Helvetica"
    width: float = 227.0  # 80 mm
    two_digit_year: bool = True
    sender: str = ""    # who mails the ticket

    @property
    def cuit_printed(self) -> str:
        c = self.cuit
        return f"{c[:2]}-{c[2:10]}-{c[10]}"


CHAINS: dict[str, Chain] = {c.key: c for c in (
    Chain("carrefour", "INC S.A.", "30687310434", "Cuyo 3367 - (1640) Martinez - Bs. As.",
          "Carrefour Hiper Palermo", "classic", sender="Carrefour <ticketdigital@carrefour.example>"),
    Chain("coto", "COTO C.I.C.S.A.", "30548083156", "Paraguay 4001 - (1425) C.A.B.A.",
          "Coto Palermo", "classic", font="Courier", sender="COTO <tickets@coto.example>"),
    Chain("dia", "DIA ARGENTINA S.A.", "30685849751", "Av. Vergara 1991 - (1686) Hurlingham",
          "DIA Tienda 4478", "codes", width=260.0, sender="DIA <ticket@dia.example>"),
    Chain("jumbo", "JUMBO RETAIL ARGENTINA S.A.", "30708772964", "Suipacha 1111 - (1008) C.A.B.A.",
          "Jumbo Unicenter", "mixed_case", two_digit_year=False, sender="Jumbo <ticket@jumbo.example>"),
    Chain("changomas", "DORINKA S.R.L.", "30678138300", "Av. Libertador 4100 - (1636) Olivos",
          "ChangoMas Avellaneda", "labels", font="Courier", two_digit_year=False,
          sender="ChangoMas <ticket@changomas.example>"),
)}


@dataclass
class Item:
    product: Product
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    promo: tuple[str, Decimal] | None = None  # (description, negative amount) printed after it

    @property
    def unit(self) -> str:
        return "kg" if self.product.weighed else "un"


@dataclass
class Ticket:
    """One generated ticket and everything it must parse to."""

    chain: Chain
    pos: int
    number: int
    issued_at: datetime          # local time, no zone (as the contract gives it)
    items: list[Item]
    payments: list[tuple[str, Decimal]]
    pdf: bytes = field(repr=False, default=b"")

    @property
    def discounts(self) -> list[tuple[str, Decimal]]:
        return [i.promo for i in self.items if i.promo]

    @property
    def subtotal(self) -> Decimal:
        return sum((i.amount for i in self.items), Decimal(0))

    @property
    def discount_total(self) -> Decimal:
        return -sum((d for _, d in self.discounts), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.subtotal - self.discount_total

    def expected_items(self) -> list[dict]:
        """The ``items`` of the contract this ticket must parse to: the
        description, department and barcode as its layout prints them."""
        layout = self.chain.layout
        out = []
        for n, i in enumerate(self.items, 1):
            p = i.product
            dept = None if layout == "labels" else p.department.upper() if layout == "mixed_case" else p.department
            out.append({"line": n, "department": dept,
                        "description": _mixed(p.description) if layout == "mixed_case" else p.description,
                        "ean": None if layout == "labels" else p.ean, "quantity": i.quantity, "unit": i.unit,
                        "unit_price": i.unit_price, "vat_rate": p.rate, "amount": i.amount})
        return out

    @property
    def filename(self) -> str:
        return f"Ticket_{self.pos:04d}-{self.number:08d}.pdf"


def _draw_items(rng: random.Random, n: int, promo_rate: float = 0.15) -> list[Item]:
    """n items grouped by department as a ticket prints them; a product
    comes back only once the catalogue is used up (long tickets)."""
    left: dict[str, list[Product]] = {}
    out: list[Item] = []
    while len(out) < n:
        if not any(left.values()):
            left = {d: list(ps) for d, ps in CATALOGUE.items()}
        dept = rng.choice([d for d, ps in left.items() if ps])
        for _ in range(min(n - len(out), rng.randint(1, 4))):
            if not left[dept]:
                break
            p = left[dept].pop(rng.randrange(len(left[dept])))
            price = (p.price * Decimal(rng.randint(90, 115)) / 100).quantize(CENT)
            if p.weighed:
                qty = Decimal(rng.randint(150, 2500)) / 1000
            else:
                qty = Decimal(rng.choice((1, 1, 1, 2, 2, 3)))
            amount = (qty * price).quantize(CENT, ROUND_HALF_UP)
            item = Item(p, qty, price, amount)
            if not p.weighed and qty >= 2 and rng.random() < promo_rate * 3:
                name, off = (("PROMO 2DA UNIDAD 50%", price / 2) if qty == 2 else ("PROMO 3X2", price))
                item.promo = (name, -off.quantize(CENT, ROUND_HALF_UP))
            out.append(item)
    return out


class _Page:
    """Lines of cells for one ticket, laid out as its printer would."""

    def __init__(self, chain: Chain):
        self.c = chain
        self.lines: list[list[tuple[float, str]]] = []
        self.right = chain.width - 8

    def left(self, text: str) -> None:
        self.lines.append([(8.0, text)] if text else [])

    def centre(self, text: str) -> None:
        self.lines.append([(max(8.0, (self.c.width - text_width(text, self.c.font)) / 2), text)])

    def amount_row(self, text: str, amount: str, *middle: tuple[float, str]) -> None:
        """Text at the margin, optional cells, the amount right-aligned."""
        self.lines.append([(8.0, text), *middle, (self.right - text_width(amount, self.c.font), amount)])

    def rule(self) -> None:
        self.left("-" * int((self.c.width - 16) / text_width("-", self.c.font)))


def _mixed(desc: str) -> str:
    """LECHE ENTERA 1L -> Leche Entera 1l; X KG -> x Kg (family D prints so)."""
    return desc.title().replace(" X Kg", " x Kg")


def _render(t: Ticket) -> _Page:
    c, pg = t.chain, _Page(t.chain)
    labels = c.layout == "labels"
    pg.centre(c.name)
    pg.centre(f"C.U.I.T. Nro: {c.cuit}" if labels else f"CUIT Nro.: {c.cuit_printed}")
    pg.centre(c.address)
    pg.centre(c.store)
    pg.centre("IVA RESPONSABLE INSCRIPTO")
    pg.centre("A CONSUMIDOR FINAL")
    pg.rule()
    when = t.issued_at
    if labels:
        pg.left(f"Nro. Ticket: {t.number:08d} P.V.: {t.pos:04d}")
        pg.left(f"Fecha: {when:%d-%m-%Y} Hora: {when:%H:%M}")
    else:
        pg.left(f"P.V. Nro.: {t.pos:04d} Nro T. {t.number:08d}")
        pg.left(f"Fecha {when:%d/%m/%y} Hora {when:%H:%M}" if c.two_digit_year
                else f"Fecha {when:%d/%m/%Y} Hora {when:%H:%M}")
    pg.left(f"Caja {t.number % 40 + 1:03d} Cajero {t.number % 9000 + 1000}")
    pg.rule()
    rate_fmt = "({:.2f}%)" if c.layout == "codes" else "({})"
    for dept, group in groupby(t.items, key=lambda i: i.product.department):
        if not labels:  # family C prints no department headers
            pg.left(dept.upper() if c.layout == "mixed_case" else dept)
        for it in group:
            p = it.product
            desc = _mixed(p.description) if c.layout == "mixed_case" else p.description
            if c.layout == "codes":  # family B: the barcode (or a PLU) before the description
                desc = f"{p.ean or zlib.crc32(p.description.encode()) % 90000 + 10000} {desc}"
            pg.left(desc)
            qty = (f"1 x {ar(it.quantity, 3)} x {ar(it.unit_price)}" if p.weighed
                   else f"{it.quantity} x {ar(it.unit_price)}")
            rate = rate_fmt.format(p.rate if c.layout == "codes" else ar(p.rate))
            code = [(c.width - 100, "[02]" if p.weighed else "[01]")] if c.layout == "codes" else []
            pg.amount_row(f"{qty} {rate}", ar(it.amount), *code)
            if p.ean and c.layout in ("classic", "mixed_case"):
                pg.left(p.ean)
            if it.promo:
                name = it.promo[0].replace("PROMO", "BONIFICACION") if labels else it.promo[0]
                pg.amount_row(name, ar(it.promo[1]))
    pg.rule()
    pg.amount_row("SUB TOTAL" if labels else "SUBTOTAL", ar(t.subtotal))
    if t.discount_total and not labels:  # family C prints no AHORRO line
        pg.amount_row("AHORRO $", ar(t.discount_total))
    pg.amount_row("TOTAL A PAGAR" if labels else "TOTAL", "$ " + ar(t.total))
    for method, amount in t.payments:
        pg.amount_row(method, ar(amount))
    tendered = sum((a for _, a in t.payments), Decimal(0))
    if labels and tendered > t.total:
        pg.amount_row("SU PAGO", ar(tendered))
        pg.amount_row("VUELTO", ar(tendered - t.total))
    pg.left("")
    pg.centre(f"Cantidad de articulos: {sum(int(i.quantity) if not i.product.weighed else 1 for i in t.items)}")
    pg.centre("GRACIAS POR SU COMPRA")
    pg.centre(f"Ref. {t.pos:04d}-{t.number:08d}-{when:%y%m%d%H%M}")
    return pg


def _pdf(t: Ticket, lines_per_page: int | None = None) -> bytes:
    """One page as long as the ticket (a roll), or pages of ``lines_per_page``."""
    lines = _render(t).lines
    per = lines_per_page or len(lines)
    height = 600.0 if lines_per_page else 24 + LINE_HEIGHT * len(lines)
    pages = []
    for start in range(0, len(lines), per):
        cells = []
        for i, row in enumerate(lines[start:start + per]):
            y = height - 20 - LINE_HEIGHT * i
            cells += [(x, y, text) for x, text in row]
        pages.append(cells)
    return write_pdf(pages, t.chain.width, height, t.chain.font)


def _tenders(rng: random.Random, methods: tuple[str, ...], total: Decimal, chain: Chain) -> list[tuple[str, Decimal]]:
    if len(methods) == 2:  # part in cash, the rest by card
        cash = (Decimal(rng.randint(2, max(2, int(total / 2000)))) * 1000).quantize(CENT)
        return [(methods[0], cash), (methods[1], total - cash)]
    if methods[0] == "EFECTIVO" and chain.layout == "labels":  # rounded up: SU PAGO / VUELTO follow
        return [(methods[0], ((total / 1000).to_integral_value(rounding="ROUND_CEILING") * 1000).quantize(CENT))]
    return [(methods[0], total)]


def make_ticket(rng: random.Random, chain: Chain, issued_at: datetime, n_items: int,
                tenders: tuple[str, ...] = ("TARJETA DEBITO",), lines_per_page: int | None = None) -> Ticket:
    """A ticket of ``chain`` with ``n_items`` items drawn from the catalogue."""
    t = Ticket(chain, rng.randint(1, 999), rng.randint(10_000_000, 99_999_999), issued_at,
               _draw_items(rng, n_items), [])
    t.payments = _tenders(rng, tenders, t.total, chain)
    t.pdf = _pdf(t, lines_per_page)
    return t


def ticket_corpus(n: int, seed: int = 7) -> list[Ticket]:
    """n Carrefour-style tickets of 1 to 4 pages (60 lines a page), dated in
    2025: the benchmark's corpus."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        pages = 1 + i % 4
        items = rng.randint(max(3, (pages - 1) * 15 + 2), pages * 15 - 2)
        when = datetime(2025, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 59))
        out.append(make_ticket(rng, CHAINS["carrefour"], when, items, lines_per_page=60))
    return out


# ---- mail ------------------------------------------------------------------------

@dataclass
class Mail:
    sent: datetime                      # aware
    sender: str
    subject: str
    text: str
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    thread: int = 0


def _mbox_message(m: Mail, n: int) -> bytes:
    """One message as Google Takeout writes it: a ``From`` line with the
    thread id, Gmail's headers, CRLF line ends, base64 attachments."""
    boundary = f"----=_Part_{n}_{m.thread % 10**9}"
    utc = m.sent.astimezone(timezone.utc)
    local = m.sent.strftime("%a, %d %b %Y %H:%M:%S %z")
    stamp = int(m.sent.timestamp())
    domain = m.sender.rsplit("@", 1)[-1].rstrip(">")
    head = [f"From {m.thread}@xxx {utc:%a %b %d %H:%M:%S +0000 %Y}", f"X-GM-THRID: {m.thread}",
            "X-Gmail-Labels: Recibidos,Categoría: Compras" if m.attachments else "X-Gmail-Labels: Recibidos",
            "MIME-Version: 1.0", f"Date: {local}", f"Message-ID: <{m.thread}.{stamp}@{domain}>",
            f"Subject: {m.subject}", f"From: {m.sender}", "To: hogar@example.com",
            f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
            f"--{boundary}", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "",
            *_b64_lines(m.text.encode())]
    for name, data in m.attachments:
        head += [f"--{boundary}", f'Content-Type: application/pdf; name="{name}"',
                 f'Content-Disposition: attachment; filename="{name}"', "Content-Transfer-Encoding: base64", "",
                 *_b64_lines(data)]
    head += [f"--{boundary}--", "", ""]
    return "\r\n".join(head).encode("utf-8")


def _b64_lines(data: bytes) -> list[str]:
    b = base64.b64encode(data).decode()
    return [b[i:i + 76] for i in range(0, len(b), 76)]


def mbox_bytes(mails: list[Mail]) -> bytes:
    return b"".join(_mbox_message(m, i) for i, m in enumerate(mails, 1))


def ticket_mail(t: Ticket, sent: datetime, thread: int) -> Mail:
    return Mail(sent, t.chain.sender or "Tickets <ticket@example.com>",
                "Hola, te enviamos el ticket digital de tu compra.",
                "Hola,\r\n\r\nte enviamos el ticket digital de tu compra.\r\n", [(t.filename, t.pdf)], thread)


# ---- Mercado Pago release report ---------------------------------------------------

RELEASE_COLUMNS = ("DATE", "SOURCE_ID", "EXTERNAL_REFERENCE", "RECORD_TYPE", "DESCRIPTION", "NET_CREDIT_AMOUNT",
                   "NET_DEBIT_AMOUNT", "GROSS_AMOUNT", "MP_FEE_AMOUNT", "FINANCING_FEE_AMOUNT",
                   "SHIPPING_FEE_AMOUNT", "TAXES_AMOUNT", "COUPON_AMOUNT", "INSTALLMENTS", "PAYMENT_METHOD",
                   "TAX_DETAIL", "TRANSACTION_APPROVAL_DATE", "POS_ID", "POS_NAME", "EXTERNAL_POS_ID", "STORE_ID",
                   "STORE_NAME", "EXTERNAL_STORE_ID", "CURRENCY", "ORDER_ID", "SHIPPING_ID", "PACK_ID",
                   "OPERATION_TAGS", "PAYER_NAME")
MOVEMENT = ("release",)  # record types the subtotal adds up


def _mp_time(when: datetime, ms: int | None) -> str:
    base = when.strftime("%Y-%m-%dT%H:%M:%S")
    return f"{base}.{ms:03d}-03:00" if ms is not None else f"{base}-03:00"


@dataclass
class MpRow:
    when: datetime | None
    record_type: str
    description: str
    net: Decimal                     # + money in, - money out
    source_id: str = ""
    cells: dict[str, str] = field(default_factory=dict)
    ticket: Ticket | None = None     # the ticket this payment paid, if any

    def as_csv(self, ms: int | None) -> dict[str, str]:
        money = self.record_type in ("release", "block", "unblock")
        d = {"DATE": _mp_time(self.when, ms) if self.when else "", "SOURCE_ID": self.source_id,
             "RECORD_TYPE": self.record_type, "DESCRIPTION": self.description,
             "NET_CREDIT_AMOUNT": f"{max(self.net, Decimal(0)):.2f}",
             "NET_DEBIT_AMOUNT": f"{max(-self.net, Decimal(0)):.2f}", "CURRENCY": "ARS"}
        if money:
            d.update({"GROSS_AMOUNT": f"{self.net:.2f}", "MP_FEE_AMOUNT": "0.00", "FINANCING_FEE_AMOUNT": "0.00",
                      "SHIPPING_FEE_AMOUNT": "0.00", "TAXES_AMOUNT": "0.00", "COUPON_AMOUNT": "0.00",
                      "PAYMENT_METHOD": "account_money"})
        d.update(self.cells)
        return d


def release_csv(rows: list[MpRow], opening: Decimal, start: datetime, seed: int = 0) -> bytes:
    """A release report ("Liberaciones", English headers, ``,``): the opening
    balance, the rows in time order with the balance printed around a
    withdrawal, the release subtotal and the total."""
    rng = random.Random(seed)
    out = [MpRow(start, "initial_available_balance", "", opening)]
    balance = opening
    for r in sorted(rows, key=lambda r: r.when):
        if r.description == "withdrawal":
            out.append(MpRow(r.when - timedelta(seconds=66), "available_balance",
                             f"pre_withdrawal_{r.source_id}", balance))
        out.append(r)
        balance += r.net
        if r.description == "withdrawal":
            out.append(MpRow(r.when + timedelta(seconds=75), "available_balance",
                             f"pos_withdrawal_{r.source_id}", balance))
    credit = sum((r.net for r in rows if r.net > 0), Decimal(0))
    debit = -sum((r.net for r in rows if r.net < 0), Decimal(0))
    buf = io.StringIO()
    w = csv.DictWriter(buf, RELEASE_COLUMNS, restval="", lineterminator="\n")
    w.writeheader()
    for r in out:
        ms = rng.randrange(1000) if rng.random() < 0.7 else None  # MP prints milliseconds, mostly
        w.writerow(r.as_csv(0 if r.record_type == "initial_available_balance" else ms))
    for kind, desc in (("subtotal", "release"), ("total", "")):
        w.writerow({"RECORD_TYPE": kind, "DESCRIPTION": desc, "NET_CREDIT_AMOUNT": f"{credit:.2f}",
                    "NET_DEBIT_AMOUNT": f"{debit:.2f}", "CURRENCY": "ARS"})
    return buf.getvalue().encode("utf-8")


# ---- a household's month -------------------------------------------------------------

# (day from the first Monday, time, chain, items, tenders): what the
# household bought; the Mercado Pago purchases show in the report too.
PLAN = (
    (1, "19:12", "carrefour", 9, ("MERCADO PAGO",)),
    (5, "11:40", "coto", 8, ("TARJETA DEBITO",)),
    (7, "20:05", "dia", 8, ("MERCADO PAGO",)),
    (10, "18:20", "jumbo", 10, ("TARJETA CREDITO",)),
    (12, "10:30", "changomas", 7, ("EFECTIVO",)),
    (15, "13:05", "carrefour", 8, ("EFECTIVO", "TARJETA DEBITO")),
    (19, "17:45", "coto", 9, ("MERCADO PAGO",)),
    (22, "19:50", "dia", 7, ("TARJETA DEBITO",)),
    (25, "21:10", "jumbo", 9, ("MERCADO PAGO",)),
    (27, "12:15", "carrefour", 10, ("TARJETA DEBITO",)),
)

# (day, time, description, store, amount out (-) or in (+), extra cells):
# the account's other movements
OTHER_MOVEMENTS = (
    (0, "09:05:12", "asset_management_gain", "", "143.27", {}),
    (2, "10:12:55", "payment", "Edenor", "-28540.37", {"EXTERNAL_REFERENCE": "EDENOR-0041278833"}),
    (3, "22:41:07", "payment", "", "-45999.00", {"OPERATION_TAGS": "MARKETPLACE", "ORDER_ID": "2464869359659179",
                                               "SHIPPING_ID": "45670849490"}),
    (3, "22:41:09", "shipping", "", "-5299.00", {"OPERATION_TAGS": "MARKETPLACE", "ORDER_ID": "2464869359659179",
                                                 "SHIPPING_ID": "45670849490"}),
    (4, "14:30:40", "payment", "", "60000.00", {"PAYER_NAME": "MARTINEZ LUCIA"}),
    (6, "16:20:18", "payment", "Steam", "-8990.00", {}),
    (6, "16:20:21", "tax_withholding", "", "-2697.00", {"TAX_DETAIL": "percepcion_ganancias"}),
    (8, "11:00:30", "withdrawal", "", "-150000.00", {"PAYMENT_METHOD": ""}),
    (9, "09:05:02", "asset_management_gain", "", "98.12", {}),
    (10, "15:22:36", "refund", "", "45999.00", {"OPERATION_TAGS": "MARKETPLACE", "ORDER_ID": "2464869359659179",
                                              "SHIPPING_ID": "45670849490"}),
    (11, "08:40:10", "payment", "Personal", "-18999.00", {"EXTERNAL_REFERENCE": "PERSONAL-1154433221"}),
    (13, "19:30:44", "payment", "Farmacity Palermo", "-12850.40", {"OPERATION_TAGS": "QR"}),
    (16, "09:05:40", "asset_management_gain", "", "87.55", {}),
    (18, "12:10:00", "payment", "", "250000.00", {"PAYER_NAME": "ACME SRL"}),
    (21, "21:35:12", "payment", "PedidosYa", "-16480.00", {}),
    (24, "08:15:51", "payment", "YPF Libertador", "-38000.00", {"OPERATION_TAGS": "QR"}),
    (26, "13:02:00", "payment", "", "15000.00", {"PAYER_NAME": "GOMEZ PABLO"}),
)


@dataclass
class Household:
    """A month of one household: tickets, the mails they came in (one
    mailed twice, one newsletter) and the Mercado Pago release report."""

    start: date
    tickets: list[Ticket]
    mails: list[Mail]
    mp_rows: list[MpRow]
    report_name: str
    report: bytes

    @property
    def mbox(self) -> bytes:
        return mbox_bytes(self.mails)

    def write(self, folder: str | os.PathLike[str]) -> dict[str, Path]:
        """``folder/takeout.mbox``, ``folder/mercadopago/<report>.csv`` and
        every ticket under ``folder/tickets/``; files whose bytes are
        already there are left alone."""
        folder = Path(folder)
        paths = {"mbox": folder / "takeout.mbox", "reports": folder / "mercadopago",
                 "tickets": folder / "tickets"}
        _put(paths["mbox"], self.mbox)
        _put(paths["reports"] / self.report_name, self.report)
        for t in self.tickets:
            _put(paths["tickets"] / t.filename, t.pdf)
        return paths


def _put(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _at(start: date, day: int, hhmm: str) -> datetime:
    return datetime.combine(start + timedelta(days=day), time.fromisoformat(hhmm))


def household(start: date = date(2025, 10, 6), seed: int = 2025) -> Household:
    """Four weeks from ``start`` (a Monday): ten tickets from five chains in
    four layouts, four of them paid with Mercado Pago (the report has each
    payment, same amount, a few minutes before the ticket's time)."""
    rng = random.Random(seed)
    tickets, mails, rows = [], [], []
    for day, hhmm, chain, n, tenders in PLAN:
        t = make_ticket(rng, CHAINS[chain], _at(start, day, hhmm), n, tenders)
        tickets.append(t)
        mails.append(ticket_mail(t, t.issued_at.replace(tzinfo=AR) + timedelta(minutes=rng.randint(2, 9)),
                                 rng.randrange(10**18, 10**19)))
        for method, amount in t.payments:
            if method == "MERCADO PAGO":  # paid at the till before the ticket printed
                paid = t.issued_at - timedelta(seconds=rng.randint(60, 270))
                rows.append(MpRow(paid, "release", "payment", -amount, _source_id(rng), {
                    "INSTALLMENTS": "1", "TRANSACTION_APPROVAL_DATE": _mp_time(paid - timedelta(seconds=4), 0),
                    "POS_ID": str(rng.randrange(10**7, 10**8)), "POS_NAME": f"Caja {rng.randint(1, 40)}",
                    "STORE_ID": str(rng.randrange(10**7, 10**8)), "STORE_NAME": t.chain.store,
                    "OPERATION_TAGS": "QR"}, ticket=t))
    # the same ticket mailed again days later (same PDF bytes), and a newsletter
    again = tickets[2]
    mails.insert(4, ticket_mail(again, mails[2].sent + timedelta(days=2, hours=3), rng.randrange(10**18, 10**19)))
    mails.insert(1, Mail(_at(start, 2, "08:30").replace(tzinfo=AR), "Club Descuentos <news@club.example>",
                         "Ofertas de la semana", "Esta semana: 2x1 en bebidas.\r\n", [],
                         rng.randrange(10**18, 10**19)))
    for day, hms, desc, store, amount, cells in OTHER_MOVEMENTS:
        cells = {"STORE_NAME": store, **cells} if store else dict(cells)
        if desc not in ("withdrawal", "asset_management_gain", "tax_withholding"):
            cells.setdefault("INSTALLMENTS", "1")
        rows.append(MpRow(_at(start, day, hms), "release", desc, Decimal(amount), _source_id(rng), cells))
    source_ids = {r.description: r.source_id for r in rows}
    for r in rows:  # a purchase, its shipping and its refund share one SOURCE_ID
        if r.cells.get("ORDER_ID"):
            r.source_id = source_ids["shipping"]
    mails.sort(key=lambda m: m.sent)
    end = start + timedelta(days=27)
    name = f"release_{start:%Y-%m-%d}_{end:%Y-%m-%d}.csv"
    report = release_csv(rows, Decimal("342180.35"), datetime.combine(start, time()), seed)
    return Household(start, tickets, mails, rows, name, report)


def _source_id(rng: random.Random) -> str:
    return str(rng.randrange(10**10, 10**11))
