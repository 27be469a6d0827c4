"""Hostile inputs, made here (never stored): one builder per trial of the
hardening review.  The bench's hostile batch uses them too."""
from __future__ import annotations

from pathlib import Path

from expetl.sample import pdf_of, write_pdf

ROOT = Path(__file__).resolve().parent.parent

FIXTURES = (ROOT / ".." / "shared" / "fixtures").resolve()
HEADER = [("INC S.A.", ""), ("CUIT Nro.: 30-68731043-4", ""), ("IVA RESPONSABLE INSCRIPTO", ""),
          ("A CONSUMIDOR FINAL", ""), ("-" * 60, ""), ("P.V. Nro.: 0412 Nro T. 00012345", ""),
          ("Fecha 14/03/25 Hora 10:00", ""), ("Caja 010 Cajero 9404", ""), ("-" * 60, "")]


def ticket(body: list[tuple[str, str]], total: str, per_page: int = 60) -> bytes:
    """A Carrefour-style ticket: the header, body lines (left text, right
    amount), SUBTOTAL/TOTAL; pages tall enough for per_page lines."""
    lines = HEADER + body + [("-" * 60, ""), ("SUBTOTAL", total), ("TOTAL", "$ " + total),
                             ("TARJETA DEBITO", total)]
    height = 40 + 9.5 * per_page
    pages = []
    for start in range(0, len(lines), per_page):
        cells = []
        for i, (left, right) in enumerate(lines[start:start + per_page]):
            y = height - 20 - 9.5 * i
            cells.append((8.0, y, left))
            if right:
                cells.append((170.0, y, right))
        pages.append(cells)
    return write_pdf(pages, height=height)


def ar(cents: int) -> str:
    """Cents in the Argentine form: 123456 -> '1.234,56'."""
    s = f"{cents // 100:,}".replace(",", ".")
    return f"{s},{cents % 100:02d}"


def many_items(n: int = 5001) -> bytes:
    """A ticket of n one-price items (over the 5,000 item limit)."""
    body = [("Almacen", "")]
    for i in range(n):
        body += [(f"ARROZ GALLO ORO 1KG {i}", ""), ("1 x 10,00 (21,00)", "10,00")]
    return ticket(body, ar(1000 * n))


def long_description(chars: int = 1229) -> bytes:
    """A ticket whose one item's description wraps over many lines: joined,
    longer than the warehouse column (1,024 bytes)."""
    words = []
    while len(" ".join(words)) < chars:
        words.append(f"PALABRA{len(words):03d}")
    text = " ".join(words)[:chars]
    body = [("Almacen", "")] + [(text[i:i + 40].strip(), "") for i in range(0, len(text), 40)]
    body += [("1 x 1599,00 (21,00)", "1.599,00")]
    return ticket(body, "1.599,00")


def formula_receipt() -> bytes:
    """A good ticket whose description is a spreadsheet formula."""
    body = [("Almacen", ""), ("=cmd|' /C calc'!A0", ""), ("1 x 1599,00 (21,00)", "1.599,00")]
    return ticket(body, "1.599,00")


def over_pages(n: int = 201) -> bytes:
    return write_pdf([[(8.0, 500.0, f"PAGINA {i}")] for i in range(n)])


def _forms(levels: int, leaf: bytes, child: "callable", box: int) -> list[bytes]:
    """Page (object 3) drawing form X<levels-1>, each form drawing the one
    below it; form 0 draws leaf."""
    xo = []
    for lvl in range(levels):
        if lvl == 0:
            body, res = leaf, b"<< /Font << /F1 4 0 R >> >>"
        else:
            body, res = child(lvl), b"<< /XObject << /X%d %d 0 R >> >>" % (lvl - 1, 5 + lvl)
        xo.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources %s /Length %d >>\nstream\n"
                  % (box, box, res, len(body)) + body + b"\nendstream")
    top = levels - 1
    content = b"/X%d Do" % top
    return [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 5 0 R "
            b"/Resources << /XObject << /X%d %d 0 R >> >> >>" % (box, box, top, 6 + top),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"] + xo


def hanging_pdf(levels: int = 5, fanout: int = 12) -> bytes:
    """2 KB: nested form XObjects drawing fanout**levels glyphs at one spot.
    poppler's text layout compares every word with every other one there
    (12^5, 2.5 * 10^5 glyphs: over half a minute with glibc's malloc, about
    7 s with the workers' tcmalloc, both well past a test's budget)."""
    leaf = b" ".join(b"BT /F1 8 Tf 10 10 Td (A) Tj ET" for _ in range(fanout))
    return pdf_of(_forms(levels, leaf, lambda lvl: b" ".join(b"/X%d Do" % (lvl - 1) for _ in range(fanout)), 200))


def memory_bomb_pdf(levels: int = 5, fanout: int = 10, run: int = 1000) -> bytes:
    """3 KB: nested forms drawing run * fanout**(levels-1) glyphs, each at a
    place of its own, so poppler keeps every one (10^7: gigabytes)."""
    leaf = b"BT /F1 10 Tf 0 0 Td (%s) Tj ET" % (b"AB" * (run // 2))

    def child(lvl: int) -> bytes:
        step = 11 * fanout ** (lvl - 1)
        return b" ".join(b"q 1 0 0 1 0 %d cm /X%d Do Q" % (i * step, lvl - 1) for i in range(fanout))

    return pdf_of(_forms(levels, leaf, child, 1000000))


def report(extra_row: list[str] | None = None) -> bytes:
    """A release report (the fixture's header and first rows), with one
    more row when given."""
    lines = (FIXTURES / "mercadopago" / "release_en_comma.csv").read_bytes().splitlines()
    out = lines[:3]
    if extra_row is not None:
        out.append(",".join(extra_row).encode("utf-8", "surrogateescape"))
    return b"\n".join(out) + b"\n"


def report_row(**cells: str) -> list[str]:
    """The fixture's second data row with some cells replaced (by header
    name), under a SOURCE_ID of its own."""
    lines = (FIXTURES / "mercadopago" / "release_en_comma.csv").read_text().splitlines()
    header = lines[0].split(",")
    row = lines[2].split(",")
    for k, v in cells.items():
        row[header.index(k)] = v
    row[header.index("SOURCE_ID")] = cells.get("SOURCE_ID", "99" + row[header.index("SOURCE_ID")])
    return row


def report_long_cell(size: int = 200 * 1024) -> bytes:
    """A report with a 200 KB cell: longer than any warehouse column."""
    return report(report_row(DESCRIPTION="X" * size))


def report_bad_date() -> bytes:
    """A date of the right shape that no warehouse reads (month 13)."""
    return report(report_row(DATE="2025-13-45T10:00:00.000-03:00"))


def report_not_utf8() -> bytes:
    """A description in Latin-1 (no warehouse takes bytes that are not UTF-8)."""
    return report(report_row(DESCRIPTION="caf\udce9"))
