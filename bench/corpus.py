"""A generated corpus of Carrefour-style "ticket digital" receipts, 1 to 4
pages each, written by a minimal PDF writer (Helvetica, standard-14, one
text object per cell, like the fixture tickets).  Deterministic for a seed.
Each receipt comes with the total and item count it must parse to."""
from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

DEPARTMENTS = {
    "Almacen": ["ARROZ GALLO ORO 1KG", "YERBA MATE PLAYADITO 1KG", "FIDEOS MATARAZZO 500G",
                "ACEITE COCINERO 1.5L", "HARINA BLANCAFLOR 1KG", "AZUCAR LEDESMA 1KG", "CAFE LA VIRGINIA 500G"],
    "Bebidas": ["GASEOSA COCA COLA 2,25L", "AGUA VILLAVICENCIO 2L", "CERVEZA QUILMES 1L", "VINO MALBEC 750ML"],
    "Lacteos": ["LECHE DESCREMADA 1L", "YOGUR SERENISIMA 1KG", "QUESO CREMOSO X KG", "MANTECA 200G"],
    "Limpieza": ["DETERGENTE MAGISTRAL 500ML", "LAVANDINA AYUDIN 2L", "JABON ALA 3L"],
    "Perfumeria": ["SHAMPOO SEDAL 340ML", "DESODORANTE REXONA", "PASTA DENTAL COLGATE 90G"],
    "Frutas Y Verduras": ["MANZANA ROJA X KG", "BANANA ECUADOR X KG", "PAPA NEGRA X KG", "TOMATE REDONDO X KG"],
    "Carniceria": ["ASADO DE TIRA X KG", "NALGA X KG", "POLLO ENTERO X KG"],
}
LINES_PER_PAGE = 60  # 580 - 9.5 * 59 stays inside the 600 pt page


def ar(d: Decimal, places: int = 2) -> str:
    """1234.5 -> '1.234,50' (Argentine form)."""
    s = f"{abs(d):,.{places}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if d < 0 else "") + s


@dataclass
class Generated:
    pdf: bytes
    total: Decimal
    items: int


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(pages: list[list[tuple[float, float, str]]], width: float = 227.0, height: float = 600.0) -> bytes:
    """A minimal valid PDF: one content stream per page, Helvetica 8 pt."""
    objs: list[bytes] = []
    page_ids = []
    n_fixed = 3  # catalog, pages, font
    for i, cells in enumerate(pages):
        content = "".join(f"BT /F1 8 Tf {x:.2f} {y:.2f} Td ({_esc(t)}) Tj ET\n" for x, y, t in cells).encode("latin-1")
        cid = n_fixed + 2 * i + 1
        pid = cid + 1
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 3 0 R >> >> >>" % (width, height, cid))
        page_ids.append(pid)
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(pages),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
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


def receipt(rng: random.Random, n_items: int, number: int) -> Generated:
    lines: list[tuple[str, str]] = []  # (left text, right-aligned amount or "")
    lines += [("INC S.A.", ""), ("CUIT Nro.: 30-68731043-4", ""), ("IVA RESPONSABLE INSCRIPTO", ""),
              ("A CONSUMIDOR FINAL", ""), ("-" * 60, ""),
              (f"P.V. Nro.: 0412 Nro T. {number:08d}", ""),
              (f"Fecha {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/25 Hora {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", ""),
              ("Caja 010 Cajero 9404", ""), ("-" * 60, "")]
    total = Decimal(0)
    dept_names = list(DEPARTMENTS)
    made = 0
    discounts = Decimal(0)
    while made < n_items:
        dept = rng.choice(dept_names)
        lines.append((dept, ""))
        for _ in range(min(n_items - made, rng.randint(1, 5))):
            desc = rng.choice(DEPARTMENTS[dept])
            price = Decimal(rng.randint(300, 20000)) + Decimal(rng.randint(0, 99)) / 100
            lines.append((desc, ""))
            if desc.endswith("X KG"):
                w = Decimal(rng.randint(150, 2500)) / 1000
                amount = (w * price).quantize(Decimal("0.01"))
                lines.append((f"1 x {ar(w, 3)} x {ar(price)} (10,50)", ar(amount)))
            else:
                q = rng.randint(1, 4)
                amount = q * price
                lines.append((f"{q} x {ar(price)} (21,00)", ar(amount)))
                lines.append((str(7790000000000 + rng.randint(0, 9999999)), ""))
            total += amount
            made += 1
            if rng.random() < 0.08:
                d = -(amount / 4).quantize(Decimal("0.01"))
                lines.append(("PROMO 2DA UNIDAD 25%", ar(d)))
                discounts += d
    lines.append(("-" * 60, ""))
    lines.append(("SUBTOTAL", ar(total)))
    if discounts:
        lines.append(("AHORRO $", ar(-discounts)))
    total += discounts
    lines.append(("TOTAL", "$ " + ar(total)))
    lines.append(("TARJETA DEBITO", ar(total)))
    pages = []
    for start in range(0, len(lines), LINES_PER_PAGE):
        cells = []
        for i, (left, right) in enumerate(lines[start:start + LINES_PER_PAGE]):
            y = 580 - 9.5 * i
            cells.append((8.0, y, left))
            if right:
                cells.append((170.0, y, right))
        pages.append(cells)
    return Generated(write_pdf(pages), total, n_items)


def corpus(n: int, seed: int = 7) -> list[Generated]:
    """n receipts, sizes spread so that pages run from 1 to 4."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        pages = 1 + i % 4
        items = rng.randint(max(3, (pages - 1) * 18 + 2), pages * 18 - 2)
        out.append(receipt(rng, items, 10000 + i))
    return out
