"""Header rules of the invoice reader (detection, number, date, issuer) on
synthetic layouts: each test stands for one rule about how invoices are
printed, with near misses that must not match.  Layout text: one line per
row, two or more spaces between cells (as in test_invoice_layouts.py, whose
template and helpers these reuse)."""
import re
from decimal import Decimal

import pytest

import expetl
import segno
from test_invoice_layouts import ISSUER_CUIT, _a4_pdf, _canvas_pdf, _words, afip, parse

POS_LINE = "Punto de Venta: 00003   Comp. Nro: 00001101"
DATE_LINE = "Fecha de Emisión: 02/08/2022"


@pytest.mark.parametrize("line,iso", [
    ("Fecha: 12 de marzo de 2026", "2026-03-12"),
    ("Fecha de emisión: 27 de febrero de 2026", "2026-02-27"),
    ("Fecha: 1 de septiembre del 2025", "2025-09-01"),
    ("Fecha: 3 de setiembre de 2025", "2025-09-03"),
    # the month named or abbreviated between spaces, without "de"
    ("Fecha: 02 Ago 2024", "2024-08-02"),
    ("Fecha de emisión: 2 AGO. 2024", "2024-08-02"),
    ("Fecha: 15 marzo 2026", "2026-03-15"),
    ("Fecha: 07 Dec 2025", "2025-12-07"),
])
def test_emission_date_written_out(line, iso):
    assert parse(afip().replace(DATE_LINE, line)).issued_at == iso


@pytest.mark.parametrize("line", [
    "Fecha: 31 de febrero de 2026",   # no such day
    "Fecha: 12 de marzo",             # no year
    "Fecha: 12 de brumario de 2026",  # no such month
    "Fecha: 31 Feb 2026",             # no such day, abbreviated
    "Fecha: 02 Agx 2024",             # no such abbreviation
    "Fecha: 12 de marzo 2026",        # "de" before the month and not before the year
])
def test_written_out_date_that_is_not_one_is_not_taken(line):
    assert parse(afip().replace(DATE_LINE, line)).issued_at is None


@pytest.mark.parametrize("street", ["Av. 9 de Julio 1950", "25 de Mayo 2150 - Rosario"])
def test_a_street_named_by_a_date_is_no_date(street):
    # near miss: with no date label on the page, the first date in the
    # header is the document's; a street and its number are none
    assert parse(afip().replace(DATE_LINE, "Domicilio: " + street)).issued_at is None


def test_point_of_sale_label_without_a_space():
    # monospaced printouts run "Pto.Vta:" together, the value after a space
    r = parse(afip().replace(POS_LINE, "Pto.Vta: 00015 Nro: 00128803"))
    assert (r.pos, r.number) == (15, 128803)


def test_run_together_label_of_another_field_is_not_the_point_of_sale():
    # near miss: a word that only starts like the label
    r = parse(afip().replace(POS_LINE, "Ptovtas: 00015 Nro: 00128803"))
    assert r.pos is None


# Issuer block at the right, beside the title at the left (plumber, optician
# layouts): the left column holds only the title and fields.
RIGHT_ISSUER = """\
FACTURA                                                   SOLEDAD PAREDES CASTRO
                       C                                  Gasista matriculada
Nº 0003-00001234                                          Pasaje Ejemplo 77, Moron
Fecha de Emisión: 17/03/2026                              CUIT: 30712345671
                       COD. 011                           IIBB: 901-936692-2
Responsable Monotributo - Inicio de Actividades: 01/10/2016
Señor(es): LOPEZ MARTINA - DNI 33234048 - Consumidor Final
Condición de venta: Contado

Descripción                         Cantidad   Precio Unit.   Importe
Cambio de flexible de inodoro              1      38.500,00   38.500,00

                                                    Subtotal: $ 38.500,00
                                                       TOTAL: $ 38.500,00
CAE: 72318457237008      Vencimiento CAE: 27/03/2026
"""


def test_issuer_name_at_the_right_is_the_first_line_of_its_block():
    r = parse(RIGHT_ISSUER)
    assert r.merchant == {"name": "SOLEDAD PAREDES CASTRO", "cuit": ISSUER_CUIT}
    assert (r.pos, r.number, r.issued_at) == (3, 1234, "2026-03-17")


def test_issuer_block_flush_right_shares_the_cuit_labels_right_edge():
    lines = RIGHT_ISSUER.splitlines()
    width = max(len(x) for x in lines[:5])
    # each right-column cell set flush right at the same edge
    text = "\n".join(
        (left.rstrip() + " " * (width - len(left.rstrip()) - len(right.strip())) + right.strip())
        if (left := line[:58]).strip() is not None and (right := line[58:]).strip() else line
        for line in lines[:5]) + "\n" + "\n".join(lines[5:]) + "\n"
    assert parse(text).merchant == {"name": "SOLEDAD PAREDES CASTRO", "cuit": ISSUER_CUIT}


def test_a_labelled_field_at_the_left_is_not_the_issuer_name():
    # near miss: with the right column's name missing (a logo), neither the
    # emission date at the left nor the block's second line is the name
    r = parse(RIGHT_ISSUER.replace("SOLEDAD PAREDES CASTRO", "                      "))
    assert r.merchant == {"name": None, "cuit": ISSUER_CUIT}
    assert r.issued_at == "2026-03-17"


def test_a_right_column_line_off_the_block_edges_is_not_the_name():
    # near miss: text at the right that shares neither edge of the CUIT
    # label's cell and is no larger than it
    text = RIGHT_ISSUER.replace("                                                   SOLEDAD PAREDES CASTRO",
                                "                                  SOLEDAD PAREDES CASTRO")
    assert parse(text).merchant["name"] is None


def _cells(lines, top, size=8, x0=30.0, cw=4.4, pitch=1.4):
    """Layout-text lines as canvas cells: one text object per cell (two or
    more spaces apart), at its column, one line every 1.4 sizes."""
    out = []
    for k, line in enumerate(lines):
        for m in re.finditer(r"\S+(?: \S+)*", line):
            out.append(("F1", size, x0 + cw * m.start(), top - pitch * size * k, m.group(), 0))
    return out


BODY = """\
Señor(es): LOPEZ MARTINA   DNI: 33234048
Condición de venta: Contado

Cant.   Descripción                          P. Unitario      Importe
3       Cuaderno tapa dura 80 hojas            5.639,32     16.917,96

                                               Subtotal:     16.917,96
                                                  TOTAL:     16.917,96
CAE N°: 72318457237008""".splitlines()


def _heading_invoice(name_size):
    # title and fields at the left, the CUIT among them; the issuer's name,
    # trade and address at the right, the name as a heading
    left = ["FACTURA B N° 00003-00014409", "Fecha: 02/03/2026", "C.U.I.T.: 30-71234567-1",
            "IIBB: 901-222412-9", "Inicio Act.: 01/03/2010"]
    cells = [("F2", 10, 40, 790, left[0], 0)] + _cells(left[1:], 772, x0=40)
    cells += [("F2", name_size, 360, 786, "PAPELERA EJEMPLO", 0)]
    cells += _cells(["Papeleria comercial", "Mitre 820, Tigre", "IVA Responsable Inscripto"], 770, x0=360)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


def test_issuer_name_set_as_a_heading_away_from_its_cuit():
    r = _heading_invoice(12)
    assert r.merchant == {"name": "PAPELERA EJEMPLO", "cuit": ISSUER_CUIT}
    assert (r.pos, r.number) == (3, 14409)


def test_a_line_in_the_fields_type_away_from_the_cuit_is_not_the_name():
    # near miss: the same line at the size of the fields, at neither edge of
    # the CUIT label's cell, is not vouched for as the name
    assert _heading_invoice(8).merchant == {"name": None, "cuit": ISSUER_CUIT}


def test_number_sign_read_as_an_asterisk_by_a_scans_text_layer():
    text = afip().replace(POS_LINE, "N* 00003-00001101").replace("CAE N°: 72318457237008",
                                                                 "CAE N*: 72318457237008")
    r = parse(text)
    assert (r.pos, r.number, r.cae) == (3, 1101, "72318457237008")


def test_asterisk_sign_before_another_documents_number_is_not_the_invoices():
    # near miss: the same sign after "Remito" names the delivery note
    text = afip().replace(POS_LINE, "Remito N* 0001-00004567").replace("CAE N°: 72318457237008",
                                                                       "CAE N*: 7231845723700")
    r = parse(text)
    assert (r.pos, r.number, r.cae) == (None, None, None)


def _turned_ops(cells, degrees):
    import math
    a = math.radians(degrees)
    ca, sa = math.cos(a), math.sin(a)
    esc = lambda t: t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    ops = ""
    for font, size, x, y, text, _ in cells:
        dx, dy = x - 297.5, y - 421
        ops += (f"BT /{font} {size:g} Tf {ca:.6f} {sa:.6f} {-sa:.6f} {ca:.6f} "
                f"{297.5 + dx * ca - dy * sa:.2f} {421 + dx * sa + dy * ca:.2f} Tm ({esc(text)}) Tj ET\n")
    return ops


def _turned_pdf(cells, degrees, extra=""):
    """_canvas_pdf's cells with the whole sheet turned by degrees around the
    page's middle (a tilted scan's text layer: every word on the tilted
    line it was read from); extra: more content operators."""
    return _a4_pdf((_turned_ops(cells, degrees) + extra).encode("cp1252"))


TABLE_ROWS = [f"Articulo de prueba numero {k}   {k},00   1.000,00   {k}.000,00   codigo {k}" for k in range(1, 9)]


@pytest.mark.parametrize("degrees", [1.1, -0.9, 2.0])
def test_a_tilted_scans_lines_are_read_level(degrees):
    # over a 500 pt row a 1 degree tilt climbs more than a line's height:
    # each printed line is still one row, its words in order
    cells = _cells(TABLE_ROWS, 700, size=8, x0=40, cw=5.2)
    assert _words(_turned_pdf(cells, degrees)) == _words(_turned_pdf(cells, 0))


def test_a_few_turned_lines_do_not_tilt_the_level_ones():
    # near miss: two lines drawn at an angle (a stamp, a note) below level
    # text are not a tilted sheet: most lines are level, nothing moves
    cells = _cells(TABLE_ROWS, 700, size=8, x0=40, cw=5.2)
    level = _words(_turned_pdf(cells, 0))
    stamp = _turned_ops(_cells(TABLE_ROWS[:2], 200, size=8, x0=40, cw=5.2), 1.1)
    assert _words(_turned_pdf(cells, 0, stamp))[:len(level)] == level


def test_a_tilted_invoice_is_read():
    lines = [x for x in afip().splitlines()]
    r = expetl.parse_receipt(_turned_pdf(_cells(lines, 800, size=7, x0=20, cw=3.9), 1.1))
    assert (r.pos, r.number, r.issued_at, r.cae) == (3, 1101, "2022-08-02", "72318457237008")
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}
    assert r.total == Decimal("2972.50") and len(r.items) == 2


def _scan_pdf(text, qr_mm, dpi=150):
    """A phone scan: the whole A4 page one grey picture (paper shade with a
    noise pattern), the AFIP QR of INVOICE printed qr_mm wide in it, and
    the text as an invisible layer over it (what OCR adds)."""
    import random
    import zlib
    from test_qr import PAYLOAD, _pdf_text, url
    w, h = round(8.27 * dpi), round(11.69 * dpi)
    rnd = random.Random(7)
    noise = bytes(215 + rnd.randrange(30) for _ in range(w + 97))
    rows = [bytearray(noise[y % 97:y % 97 + w]) for y in range(h)]
    if qr_mm:
        m = segno.make(url(PAYLOAD), error="m", micro=False).matrix
        px = qr_mm / 25.4 * dpi / len(m)
        x0, y0 = round(0.75 * w), round(0.80 * h)
        for r, line in enumerate(m):
            for c, dark in enumerate(line):
                if dark:
                    for y in range(round(y0 + r * px), round(y0 + (r + 1) * px)):
                        rows[y][round(x0 + c * px):round(x0 + (c + 1) * px)] = b"\x28" * (
                            round(x0 + (c + 1) * px) - round(x0 + c * px))
    img = zlib.compress(b"".join(rows))
    ops = b"q 595 0 0 842 0 0 cm /Im1 Do Q\nBT 3 Tr /F1 7 Tf 9 TL 20 800 Td\n" + b"\n".join(
        b"(" + _pdf_text(line) + b") Tj T*" for line in text.splitlines()) + b"\nET"
    from expetl.sample import pdf_of
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(img)) + img
        + b"\nendstream"])


@pytest.mark.parametrize("mm,dpi", [(25, 150), (32, 150), (40, 150), (40, 200)])
def test_a_scans_qr_printed_up_to_40_mm_is_read(mm, dpi):
    # a tile smaller than the code plus the tiles' spacing cuts it
    from test_qr import INVOICE, QR
    assert expetl.parse_receipt(_scan_pdf(INVOICE, mm, dpi)).qr == QR


def test_a_scan_without_a_qr_has_none():
    from test_qr import INVOICE
    r = expetl.parse_receipt(_scan_pdf(INVOICE, 0))
    assert r.qr is None and r.total == Decimal("25051.50")


# ---- round 4 ----


@pytest.mark.parametrize("line", ["Pto. Venta: 00015 Nro: 00128803", "Punto Vta: 00015 Nro: 00128803",
                                  "Pto. de Vta.: 00015 Nro: 00128803", "P. Venta: 00015 Nro: 00128803",
                                  "P. Venta: 0015\n" + " " * 48 + "Nro.: 00128803",
                                  "Pto.Venta: 00015 Número: 00128803"])
def test_point_of_sale_label_with_one_word_abbreviated(line):
    # either word of "Punto de Venta" is cut on its own by some programs
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == (15, 128803)


@pytest.mark.parametrize("line", ["Nro.: 0015 00128803", "N° 00015 00128803",
                                  "Punto de Venta 0015 / Número 00128803", "Pto. Vta.: 00015 / Nro.: 00128803"])
def test_the_two_fields_apart_by_a_space_or_a_slash(line):
    # AFIP's point of sale and number, each padded with zeros, a space for
    # the dash; or each labelled, a slash between them
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == (15, 128803)


@pytest.mark.parametrize("line", ["Nro.: 1015 20128803", "Nro.: 0015 00128803 12", "Nro.: 0015 128803"])
def test_two_numbers_after_a_number_label_not_in_afips_form_are_not_the_documents(line):
    # near misses: not padded, a third number in the cell, a number short
    # of eight digits: an account, a street, a phone
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == (None, None)


@pytest.mark.parametrize("line", ["Pto. Vta: 0015  Comprob. Nro: 00128803", "Pto.Vta.: 00015 Cbte. Nro.: 00128803",
                                  "PtoVta: 00015 NroCbte: 00128803", "Pto. Vta.: 00015 Nro. Cbte.: 00128803",
                                  "Nº Cbte: 0015-00128803"])
def test_the_documents_number_under_afips_abbreviation_cbte(line):
    # "Cbte." (AFIP's own abbreviation of comprobante) and "Comprob." name
    # the document's number as "Comp." does
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == (15, 128803)


@pytest.mark.parametrize("line", ["Pto. Vta.: 00015 Cbte. Asoc. Nro.: 00128000", "Pto. Vta.: 00015 Cbte. Tipo: 001"])
def test_another_comprobante_field_is_not_the_documents_number(line):
    # near miss: the number of an associated document (a credit note's
    # invoice), the document type's code
    r = parse(afip().replace(POS_LINE, line))
    assert r.pos == 15 and r.number is None


@pytest.mark.parametrize("line", ["Pto. Ventas: 00015 Nro: 00128803", "Punto Fijo: 00015 Nro: 00128803",
                                  "P. Ventas: 00015 Nro: 00128803"])
def test_a_label_only_like_the_point_of_sales_is_not_it(line):
    # near miss: another word after "Punto" / a plural is no such label
    assert parse(afip().replace(POS_LINE, line)).pos is None


@pytest.mark.parametrize("label", ["P. Venta    ", "Precio Venta", "Precio de Venta"])
def test_a_price_column_headed_p_venta_is_the_unit_price_not_a_point_of_sale(label):
    # "P. Venta" over a table's prices is the sale price: the unit price,
    # never a point of sale; the document's own number still reads
    text = LEFT_ISSUER.format(name="EJEMPLO HOGAR S.A.").replace(
        "Descripción                 Cantidad   Precio Unit.     Importe",
        f"Descripción                 Cantidad   {label}    Importe")
    r = parse(text)
    assert (r.pos, r.number) == (3, 1234)
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in r.items] == [
        (Decimal("1"), Decimal("38500.00"), Decimal("38500.00"))]


@pytest.mark.parametrize("field", ["Comprobante Nro. 0003-00001234", "Nro. 0003-00001234", "Emitida el 17-03-26"])
def test_a_document_field_without_a_colon_is_not_the_issuer_name(field):
    # a label need not end in a colon: a number sign before digits or a date
    # make the left column's line a field; the name is the right block's
    # first line
    r = parse(RIGHT_ISSUER.replace("Nº 0003-00001234", field.ljust(16)))
    assert r.merchant["name"] == "SOLEDAD PAREDES CASTRO"


LEFT_ISSUER = """\
{name}                                FACTURA B
Av. Ejemplo 123, Tigre                         Nº 0003-00001234
CUIT: 30712345671                              Fecha de Emisión: 17/03/2026
IVA Responsable Inscripto                      COD. 006
Cliente: Consumidor Final

Descripción                 Cantidad   Precio Unit.     Importe
Cambio de flexible de inodoro      1      38.500,00   38.500,00

                                                Subtotal: $ 38.500,00
                                                   TOTAL: $ 38.500,00
CAE: 72318457237008
"""


@pytest.mark.parametrize("name", ["ALMACEN 24 HORAS S.R.L.", "LOS 3 HERMANOS S.H."])
def test_a_name_with_a_number_in_it_is_still_the_issuer_name(name):
    # near miss: digits that are no date nor follow a number sign
    r = parse(LEFT_ISSUER.format(name=name.ljust(16)))
    assert r.merchant == {"name": name, "cuit": ISSUER_CUIT}
    assert (r.pos, r.number) == (3, 1234)


def test_a_cuit_without_a_colon_atop_the_block_is_not_the_issuer_name():
    # the name printed as a logo: the CUIT line heads the block's text
    text = LEFT_ISSUER.format(name="CUIT 30712345671").replace("CUIT: 30712345671", " " * 17).replace(
        "Av. Ejemplo 123, Tigre", " " * 22)
    r = parse(text)
    assert r.merchant == {"name": None, "cuit": ISSUER_CUIT}


def _wrapped_heading_invoice(second, size2=12):
    # the issuer's name set as a heading at the right, its last word wrapped
    # by the layout engine onto a second line
    left = ["FACTURA C", "N° 00003-00014409", "Fecha: 02/03/2026", "C.U.I.T.: 30-71234567-1"]
    cells = _cells(left, 790, x0=40)
    cells += [("F2", 12, 360, 790, "GIMNASIO EJEMPLO de Juan", 0), ("F2", size2, 360, 774, second, 0)]
    cells += _cells(["Mitre 820, Tigre", "Responsable Monotributo"], 760, x0=360)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


def test_a_heading_name_wrapped_by_the_engine_is_joined():
    r = _wrapped_heading_invoice("Perez")
    assert r.merchant == {"name": "GIMNASIO EJEMPLO de Juan Perez", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("second,size2", [("Perez", 8), ("Gimnasio", 8), ("Mitre 820", 12)])
def test_a_line_below_a_heading_name_in_field_type_or_with_digits_is_not_joined(second, size2):
    # near miss: the block's next line, in the fields' type or an address
    assert _wrapped_heading_invoice(second, size2).merchant == {"name": "GIMNASIO EJEMPLO de Juan",
                                                                 "cuit": ISSUER_CUIT}


def _boxed_buyer_invoice(left, right, buyer, top=720, pitch=1.4):
    # issuer block at the left, title, number, date at the right; the
    # buyer's box apart below a wide blank
    cells = _cells(left, 790, x0=40, pitch=pitch) + _cells(right, 790, x0=330, pitch=pitch)
    cells += _cells(buyer, top, x0=40) + _cells(BODY[3:], 680)
    return expetl.parse_receipt(_canvas_pdf(cells))


def test_razon_social_in_a_box_apart_below_the_issuers_cuit_is_the_buyers():
    r = _boxed_buyer_invoice(["ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA", "IVA Responsable Inscripto"],
                             ["FACTURA B", "Nº 0006-00051877", "Fecha: 20/03/2026", "CUIT: 30-71234567-1"],
                             ["Razón Social: RUIZ, FEDERICO", "Consumidor Final - Condición de venta: Contado"])
    assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}


ISSUER_LEFT = ["ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA", "CUIT: 30-71234567-1",
               "IVA Responsable Inscripto", "FACTURA B  Nº 0006-00051877", "Fecha: 20/03/2026"]


@pytest.mark.parametrize("left,buyer", [
    (ISSUER_LEFT, ["Cliente: Consumidor Final", "DNI: 30111222"]),
    (ISSUER_LEFT, ["Cliente: COMPRADORA S.R.L.", "CUIT: 30-70000001-6", "Domicilio: Mitre 820"]),
    (ISSUER_LEFT, ["Señor(es): COMPRADORA S.R.L.", "CUIT: 30-70000001-6", "Domicilio: Mitre 820"]),
    # "Cliente:" in a cell of its own, the name in the next
    (ISSUER_LEFT, ["Cliente:      COMPRADORA S.R.L.", "CUIT: 30-70000001-6", "Domicilio: Mitre 820"]),
    # the two CUITs on one row, the issuer's at the left
    (["ZAPATERIA EJEMPLO S.R.L.", "CUIT: 30-71234567-1", "FACTURA B  Nº 0006-00051877", "Fecha: 20/03/2026"],
     ["Cliente: COMPRADORA S.R.L.", "CUIT: 30-70000001-6"]),
    (["Razón Social: ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA", "CUIT: 30-71234567-1",
      "FACTURA B  Nº 0006-00051877"], ["Cliente: COMPRADORA S.R.L.", "Razón Social: COMPRADORA S.R.L.",
                                        "CUIT: 30-70000001-6"]),
])
def test_a_buyers_box_beside_the_issuers_block_is_the_buyers(left, buyer):
    # a buyer's label right of the issuer's name, above the issuer's CUIT,
    # ended the issuer's block at its row: no issuer was read (flagged
    # cuit_invalid)
    cells = _cells(left, 790, x0=40) + _cells(buyer, 790, x0=330) + _cells(BODY[3:], 680)
    r = expetl.parse_receipt(_canvas_pdf(cells))
    assert (r.merchant, r.warnings) == ({"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}, [])


BUYER_TOP_RIGHT = ["Razón Social: COMPRADORA S.R.L.", "CUIT: 30-70000001-6", "Domicilio: Mitre 820", ""]
ISSUER_RIGHT = ["FACTURA B  Nº 0006-00051877", "Fecha: 20/03/2026", "CUIT: 30-71234567-1"]


@pytest.mark.parametrize("fields", [
    ["Ingresos Brutos: 901-123456-7", "Inicio de Actividades: 01/03/2012"],
    ["IIBB: 901-123456-7"],
    ["Inicio Act.: 01/03/2012"],
    ["N° I.B.: 901-123456-7"], ["Nro. IIBB: 901-123456-7"], ["Inicio de Act.: 01/03/2012"],
    ["Ing.Brutos: 901-123456-7"], ["II.BB. C.M.: 901-123456-7"],
])
def test_a_buyers_box_without_a_label_above_the_issuers_cuit_is_the_buyers(fields):
    # "Razón Social:" and a CUIT at the top right, no buyer's label, the
    # issuer's CUIT below them with its fiscal fields: the buyer was read as
    # the merchant, with no warning
    left = ["ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA", "IVA Responsable Inscripto"]
    right = BUYER_TOP_RIGHT + ISSUER_RIGHT + fields
    cells = _cells(left, 790, x0=40) + _cells(right, 790, x0=330) + _cells(BODY[3:], 640)
    r = expetl.parse_receipt(_canvas_pdf(cells))
    assert (r.merchant, r.warnings) == ({"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}, [])
    # the fields on the issuer's CUIT's own row
    right = BUYER_TOP_RIGHT + ISSUER_RIGHT[:2] + ["CUIT: 30-71234567-1    " + fields[0]]
    cells = _cells(left, 790, x0=40) + _cells(right, 790, x0=330) + _cells(BODY[3:], 640)
    r = expetl.parse_receipt(_canvas_pdf(cells))
    assert (r.merchant, r.warnings) == ({"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}, [])


def test_the_issuers_cuit_first_keeps_its_place_whatever_the_fields():
    # near misses: the issuer's CUIT first with its fields, a buyer's box
    # below that prints an IIBB of its own; the issuer first without fields,
    # the buyer's without either
    left = ["ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA", "CUIT: 30-71234567-1",
            "Ingresos Brutos: 901-123456-7", "FACTURA B  Nº 0006-00051877", "Fecha: 20/03/2026"]
    buyer = ["Cliente: COMPRADORA S.R.L.", "CUIT: 30-70000001-6", "IIBB: 902-000001-1"]
    for lt in (left, left[:3] + left[4:]):
        for by in (buyer, buyer[:2]):
            cells = _cells(lt, 790, x0=40) + _cells(by, 700, x0=40) + _cells(BODY[3:], 640)
            r = expetl.parse_receipt(_canvas_pdf(cells))
            assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}, (lt, by)
    # the issuer's CUIT first in a right-hand column under the title, a
    # client's box below it in that column printing its own IIBB, no label
    left = ["ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA", "IVA Responsable Inscripto"]
    for client in (["Razón Social: COMPRADORA S.R.L.", "CUIT: 30-70000001-6    IIBB: 902-000001-1"],
                   ["Razón Social: COMPRADORA S.R.L.", "CUIT: 30-70000001-6", "Ingresos Brutos: 902-000001-1"]):
        right = ISSUER_RIGHT + [""] + client + ["Domicilio: Mitre 820"]
        cells = _cells(left, 790, x0=40) + _cells(right, 790, x0=330) + _cells(BODY[3:], 600)
        r = expetl.parse_receipt(_canvas_pdf(cells))
        assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}, client


def test_a_buyers_box_headed_apart_or_offset_is_the_buyers():
    left = ISSUER_LEFT[:2] + ["(1428) Buenos Aires", "CUIT: 30-71234567-1"] + ISSUER_LEFT[3:]
    box = ["Razón Social: COMPRADORA S.R.L.", "CUIT: 30-70000001-6", "Domicilio: Mitre 820"]
    # its heading centred over its fields, or its label a little right of them
    for head in ([("F2", 8, 400, 790, "CLIENTE", 0)], [("F1", 8, 335, 790, "Cliente: COMPRADORA S.R.L.", 0)]):
        cells = _cells(left, 790, x0=40) + head + _cells(box[head[0][4] != "CLIENTE":], 778.8, x0=330)
        r = expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY[3:], 680)))
        assert (r.merchant, r.warnings) == ({"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}, []), head


@pytest.mark.parametrize("field", ["Condición de venta: Contado", "Período: 03/2026", "Cliente Nº: 4512",
                                   "Cliente: 4512", "Cliente: COMPRADORA S.R.L."])
def test_a_buyers_field_in_the_document_box_makes_no_buyers_column(field):
    # near miss: a field of the document's box above the issuer's CUIT (or a
    # "Cliente:" there with the buyer's box below a blank at the left) never
    # hands the issuer's place to the buyer's CUIT; unread, it is flagged
    r = _boxed_buyer_invoice(["ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA", "(1428) Buenos Aires",
                              "Tel: 4781-2233", "IVA Responsable Inscripto"],
                             ["FACTURA B", "Nº 0006-00051877", "Fecha: 20/03/2026", field, "CUIT: 30-71234567-1"],
                             ["Razón Social: COMPRADORA S.R.L.", "CUIT: 30-70000001-6"], top=700)
    assert r.merchant["cuit"] != "30700000016" and r.merchant["name"] != "COMPRADORA S.R.L."
    assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT} or "cuit_invalid" in r.warnings


def test_a_buyers_cuit_set_right_of_the_issuers_lines_is_never_the_issuers():
    # near miss: the buyer's box reaching left of its label (its fields set
    # right of the issuer's lines) keeps its CUIT
    text = """\
ZAPATERIA EJEMPLO S.R.L.                                Cliente: COMPRADORA S.R.L.
Av. Cabildo 2040 - CABA                  C.U.I.T. Nº: 30-70000001-6
(1428) Buenos Aires                      Domicilio: Mitre 820
CUIT: 30-71234567-1
IVA Responsable Inscripto
FACTURA B  Nº 0006-00051877
Fecha: 20/03/2026

""" + "\n".join(BODY[3:])
    r = parse(text)
    assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("pitch", [1.15, 1.4, 2.0])
def test_razon_social_a_blank_line_below_the_issuers_block_is_the_buyers(pitch):
    # one blank line (the buyer's box two of the header's lines below the
    # CUIT's) ended no block when the lines were set tight: the buyer
    # became the issuer
    r = _boxed_buyer_invoice(["ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA", "IVA Responsable Inscripto"],
                             ["FACTURA B", "Nº 0006-00051877", "Fecha: 20/03/2026", "CUIT: 30-71234567-1"],
                             ["Razón Social: COMPRADORA S.R.L.", "Domicilio: Mitre 820"],
                             top=790 - 5 * pitch * 8, pitch=pitch)
    assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("pitch", [1.4, 2.0])
def test_razon_social_below_the_issuers_cuit_in_loosely_set_lines_is_the_issuers(pitch):
    # near miss: the block's lines set 2 sizes apart (a gap of about one
    # size between them) are one block
    left = ["ZapaShop", "CUIT: 30-71234567-1", "Razón Social: ZAPATERIA EJEMPLO S.R.L.", "Av. Cabildo 2040 - CABA"]
    r = _boxed_buyer_invoice(left, ["FACTURA B", "Nº 0006-00051877", "Fecha: 20/03/2026"],
                             ["Señor(es): RUIZ, FEDERICO", "Consumidor Final"], top=700, pitch=pitch)
    assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("pitch", [2.2, 2.6])
def test_a_loose_issuers_block_beside_a_tight_column_keeps_its_razon_social(pitch):
    # near miss: the title's column set tight beside a loose issuer's block;
    # the blank was measured against the tightest pair of the whole header
    cells = _cells(["ZapaShop", "CUIT: 30-71234567-1", "Razón Social: ZAPATERIA EJEMPLO S.R.L.",
                    "Av. Cabildo 2040 - CABA"], 790, x0=40, pitch=pitch)
    cells += _cells(["FACTURA B", "Nº 0006-00051877", "Fecha: 20/03/2026"], 795, x0=330, pitch=1.15)
    cells += _cells(["Señor(es): RUIZ, FEDERICO", "Consumidor Final"], 700, x0=40) + _cells(BODY[3:], 660)
    r = expetl.parse_receipt(_canvas_pdf(cells))
    assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}


def test_razon_social_in_the_issuers_block_below_its_cuit_is_the_issuers():
    # near miss: the label a line below the CUIT, in the same block
    r = _boxed_buyer_invoice(["ZapaShop", "CUIT: 30-71234567-1", "Razón Social: ZAPATERIA EJEMPLO S.R.L.",
                              "Av. Cabildo 2040 - CABA"],
                             ["FACTURA B", "Nº 0006-00051877", "Fecha: 20/03/2026"],
                             ["Señor(es): RUIZ, FEDERICO", "Consumidor Final - Condición de venta: Contado"])
    assert r.merchant == {"name": "ZAPATERIA EJEMPLO S.R.L.", "cuit": ISSUER_CUIT}


def test_a_plan_holder_under_the_issuers_cuit_is_not_the_issuer():
    # a prepaid health plan's invoice: its member ("Titular:") printed a
    # line under the issuer's CUIT, the issuer's name at the right
    r = _boxed_buyer_invoice(["FACTURA B", "Nº 0012-00998231", "Fecha: 01/03/2026", "CUIT: 30-71234567-1",
                              "Titular: SUAREZ NICOLAS ANDRES"],
                             ["SALUD EJEMPLO S.A.", "Av. Corrientes 1750 - CABA", "IVA Responsable Inscripto"],
                             ["Nro. de socio: 310-558812-01"])
    assert r.merchant == {"name": "SALUD EJEMPLO S.A.", "cuit": ISSUER_CUIT}


def _spaced_cells(lines, top, tw, size=8, x0=20.0, cw=6.0):
    """_cells with tw points added to every space: a scan's text layer,
    which places each recognised word where the picture shows it, its
    spaces as wide as the picture's (about a line's height)."""
    return [(f, s, x, y, t, tw) for f, s, x, y, t, _ in _cells(lines, top, size, x0, cw)]


def test_a_scans_words_spaced_as_in_the_picture_stay_one_cell():
    text = LEFT_ISSUER.format(name="FERRETERIA LOS ALAMOS")
    r = expetl.parse_receipt(_canvas_pdf(_spaced_cells(text.splitlines(), 800, tw=6)))
    assert r.merchant == {"name": "FERRETERIA LOS ALAMOS", "cuit": ISSUER_CUIT}
    rows = expetl._native.pdf_rows(_canvas_pdf(_spaced_cells(text.splitlines(), 800, tw=6)))
    assert ["Av. Ejemplo 123, Tigre", "Nº 0003-00001234"] in rows


def test_a_faces_own_spaces_do_not_join_cells_a_line_apart():
    # near miss: printed text (spaces narrower than a letter) whose table
    # sets one-word cells about a line's height apart: still cells
    text = LEFT_ISSUER.format(name="FERRETERIA LOS ALAMOS")
    cells = _spaced_cells(text.splitlines(), 800, tw=0)
    cells += [("F1", 8, 40 + 40 * k, 560 - 11 * j, w, 0) for j in range(3) for k, w in
              enumerate(["Caja", "2", "1.000,00", "2.000,00", "Tigre"])]
    rows = expetl._native.pdf_rows(_canvas_pdf(cells))
    assert rows.count(["Caja", "2", "1.000,00", "2.000,00", "Tigre"]) == 3


# ---- round 5 ----


def _wrapped_name_invoice(name_lines, size=12, below=("Av. Mitre 820 - Tigre", "IVA Responsable Inscripto")):
    # the issuer's name at the left, wrapped by the layout engine inside its
    # cell (each line its own text object), the address in the fields' type
    # below; title, number, date and CUIT in the right column
    cells = [("F2", size, 40, 790 - 1.2 * size * k, line, 0) for k, line in enumerate(name_lines)]
    cells += _cells(list(below), 790 - 1.2 * size * len(name_lines) - 4, x0=40)
    cells += _cells(["FACTURA B", "N° 0003-00001234", "Fecha: 17/03/2026", "CUIT: 30-71234567-1"], 790, x0=330)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


@pytest.mark.parametrize("lines", [["FERRETERIA LOS", "ALAMOS de Juan Perez"],
                                   ["COOPERATIVA", "FARMACEUTICA DEL", "PERSONAL BANCARIO"]])
def test_a_name_wrapped_because_its_line_was_full_is_joined(lines):
    r = _wrapped_name_invoice(lines)
    assert r.merchant == {"name": " ".join(lines), "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("lines,size", [
    (["ALAMOS", "de Juan Perez Gomez"], 12),  # its first word had room on the name's line
    (["FERRETERIA EL ALAMO DEL SUR", "Barrancas"], 12),  # the name's line is itself the widest
])
def test_a_line_below_a_name_that_had_room_is_not_joined(lines, size):
    assert _wrapped_name_invoice(lines, size).merchant == {"name": lines[0], "cuit": ISSUER_CUIT}


def test_a_line_below_the_name_in_the_fields_type_is_not_joined():
    # near miss: the block's next line would not have fitted either, but it
    # is set in the fields' smaller type
    cells_below = ("MARTINEZ Y ASOCIADOS CONSULTORES", "Av. Mitre 820 - Tigre")
    r = _wrapped_name_invoice(["FERRETERIA LOS"], below=cells_below)
    assert r.merchant == {"name": "FERRETERIA LOS", "cuit": ISSUER_CUIT}


def _name_beside_box_invoice(name_lines):
    # the issuer's name at the left wrapped over three lines while the letter
    # box ("B" over "Cód. 006") and the right column's fields, in smaller
    # type, make rows of their own between its second and third lines
    def top(t, size):  # a cell's top, from the page's top, as its baseline
        return 842 - t - 0.75 * size
    cells = [("F2", 11, 31.5, top(41.5 + 12.75 * k, 11), line, 0) for k, line in enumerate(name_lines)]
    below = 42 + 12.75 * len(name_lines)
    cells += [("F1", 8, 31.5, top(below + 9.75 * k, 8), t, 0)
              for k, t in enumerate(["Av. Perón 890 - Pilar", "IVA Resp. Inscripto"])]
    cells += [("F2", 20, 217, top(50, 20), "B", 0), ("F1", 8, 206.5, top(64.6, 8), "Cód. 006", 0)]
    cells += [("F1", 7, 249.7, top(41.3 + 9.75 * k, 7), t, 0) for k, t in enumerate(
        ["FACTURA", "N° 0002-00003310", "Fecha: 05/09/2024", "CUIT: 30-71234567-1", "Inicio Act.: 05/2004"])]
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


def test_a_name_wrapped_past_rows_of_the_letter_box_and_fields_is_joined():
    lines = ["FORRAJERIA Y", "VETERINARIA EL", "ALAMBRADO S.R.L."]
    assert _name_beside_box_invoice(lines).merchant == {"name": " ".join(lines), "cuit": ISSUER_CUIT}


# Helvetica's advance widths (its AFM), for text set flush right
_HELV = {**dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
                                                 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611])),
             **dict(zip("abcdefghijklmnopqrstuvwxyz", [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222,
                                                        833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500,
                                                        500, 500])),
             **dict.fromkeys("0123456789", 556), " ": 278, ".": 278, "-": 333, ":": 278, "/": 278, "ó": 556}


def _flush_right(text, size, right):
    return right - sum(_HELV[c] for c in text) * size / 1000


def _right_aligned_name_invoice(name_lines, right=247.0):
    # the issuer's name set flush right against the letter box, wrapped by
    # the layout engine, the address in the fields' type below
    cells = [("F1", 13, _flush_right(line, 13, right), 790 - 15 * k, line, 0) for k, line in enumerate(name_lines)]
    cells += [("F1", 8, _flush_right(t, 8, right), 790 - 15 * len(name_lines) - 11.2 * k, t, 0)
              for k, t in enumerate(["Av. Perón 890 - Pilar", "IVA Responsable Inscripto"])]
    cells += [("F2", 22, 300, 770, "B", 0)]
    cells += _cells(["FACTURA", "N° 0002-00003310", "Fecha: 05/09/2024", "CUIT: 30-71234567-1"], 790, x0=400)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


@pytest.mark.parametrize("lines", [["FORRAJERIA Y", "VETERINARIA EL", "ALAMBRADO S.R.L."],
                                   ["DISTRIBUIDORA", "MAYORISTA LOS ALAMOS"]])
def test_a_name_set_flush_right_and_wrapped_is_joined(lines):
    assert _right_aligned_name_invoice(lines).merchant == {"name": " ".join(lines), "cuit": ISSUER_CUIT}


def test_a_line_flush_right_under_a_name_that_had_room_is_not_joined():
    # near miss: "EL SOL FERRETERIA" would have fitted in the block's width
    # (its second line's): the line below is a line of its own, though the
    # letter box beside leaves no room to its right
    r = _right_aligned_name_invoice(["EL SOL", "FERRETERIA INDUSTRIAL"])
    assert r.merchant == {"name": "EL SOL", "cuit": ISSUER_CUIT}


def _number_wrapped_invoice(below, x_below=330, line="Punto de Venta: 0003 Comp. Nro:"):
    # the number's label ends its line in a narrow cell: the value wrapped
    # onto the next line of the cell
    cells = _cells(["FERRETERIA LOS ALAMOS", "Av. Mitre 820 - Tigre", "IVA Responsable Inscripto"], 790, x0=40)
    cells += _cells(["FACTURA B", line], 790, x0=330)
    cells += [("F1", 8, x_below, 790 - 2 * 11.2, below, 0)]
    cells += _cells(["Fecha: 17/03/2026", "CUIT: 30-71234567-1"], 790 - 3 * 11.2, x0=330)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


@pytest.mark.parametrize("below", ["00001234", "0003-00001234"])
def test_a_number_label_ending_its_line_takes_the_value_below_it(below):
    r = _number_wrapped_invoice(below)
    assert (r.pos, r.number) == (3, 1234)


@pytest.mark.parametrize("below,x", [("00001234", 400),  # not at the cell's left edge
                                     ("0004-00001234", 330),  # another point of sale
                                     ("00001234 Remito", 330)])  # not the value alone
def test_a_line_below_a_number_label_that_is_not_its_value_is_not_taken(below, x):
    assert _number_wrapped_invoice(below, x).number is None


# The same wrap after a point of sale's value ("Punto de venta: 0003
# Número:"), and a point of sale whose number wrapped after its dash
# ("Nº 0003-" over "00001234").

@pytest.mark.parametrize("line", ["Punto de Venta: 0003 Número:", "Pto. Vta.: 0003 Nro.:", "Nº 0003-",
                                  "Nº 00003-"])
def test_a_number_wrapped_after_the_point_of_sale_is_read_below(line):
    r = _number_wrapped_invoice("00001234", line=line)
    assert (r.pos, r.number) == (3, 1234)


@pytest.mark.parametrize("line,below,x", [
    ("Punto de Venta: 0003 Número:", "00001234", 400),  # not at the cell's left edge
    ("Punto de Venta: 0003 Número:", "Fecha:", 330),     # another field below
    ("Nº 0003-", "00001234 Remito", 330),                # not the value alone
    ("Nº 0003-", "17/03/2026", 330),                     # a date, no number
    ("Remito Nº 0003-", "00001234", 330),                # another document's number
])
def test_a_line_below_a_wrapped_number_that_is_not_its_value_is_not_taken(line, below, x):
    r = _number_wrapped_invoice(below, x, line=line)
    assert r.number is None


@pytest.mark.parametrize("rule", ["=" * 60, "-" * 60, "* * * * * * * *"])
def test_a_rule_drawn_with_characters_is_never_the_issuer_name(rule):
    # monospaced printouts draw rules with characters atop the header
    r = parse(rule + "\n" + LEFT_ISSUER.format(name="FERRETERIA LOS ALAMOS"))
    assert r.merchant == {"name": "FERRETERIA LOS ALAMOS", "cuit": ISSUER_CUIT}


def test_a_name_with_signs_among_its_letters_is_still_a_name():
    # near miss: punctuation inside a name with letters
    r = parse(LEFT_ISSUER.format(name="*** EL TALLER ***"))
    assert r.merchant == {"name": "*** EL TALLER ***", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("name", ["TELEFONIA DEL SUR S.A.", "TELAS Y TEJIDOS SRL", "TELECABLE NORTE"])
def test_a_name_starting_like_a_phone_label_is_still_the_name(name):
    # "Tel." labels a phone; words that merely start with it are names
    r = parse(LEFT_ISSUER.format(name=name.ljust(16)))
    assert r.merchant == {"name": name, "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("phone", ["Tel 4444-5555", "Tel/Fax 4444-5555", "Telefono 4444-5555", "TELS 4444-5555"])
def test_a_phone_line_atop_the_block_is_not_the_name(phone):
    # near miss: the phone's own label
    r = parse(phone + "\n" + LEFT_ISSUER.format(name="FERRETERIA LOS ALAMOS"))
    assert r.merchant == {"name": "FERRETERIA LOS ALAMOS", "cuit": ISSUER_CUIT}


def _right_block_invoice(right, left_extra=(), rule=False):
    # title, number, date and the CUIT in the left column; the issuer's
    # block beside them at the right, in the fields' type
    left = ["FACTURA B", "N° 0012-00998231", "Fecha: 01/03/2026", "CUIT: 30-71234567-1", *left_extra]
    cells = _cells(left, 790, x0=40) + _cells(right, 790, x0=330)
    if rule:
        cells.append(("F1", 8, 40, 790 + 11.2, "=" * 90, 0))
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


@pytest.mark.parametrize("right,name,rule", [
    (["PAPELERA EJEMPLO", "Mitre 820, Tigre", "IVA Responsable Inscripto"], "PAPELERA EJEMPLO", False),
    (["PAPELERA EJEMPLO", "Responsable Monotributo", "Mitre 820, Tigre"], "PAPELERA EJEMPLO", True),
    (["SALUD INTEGRAL", "MEDICINA PREPAGA S.A.", "Av. Corrientes 1750", "IVA Responsable Inscripto"],
     "SALUD INTEGRAL MEDICINA PREPAGA S.A.", False),
])
def test_a_block_beside_the_title_printing_a_vat_condition_is_the_issuers(right, name, rule):
    r = _right_block_invoice(right, rule=rule)
    assert r.merchant == {"name": name, "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("right,left_extra", [
    (["PAPELERA EJEMPLO", "Mitre 820, Tigre"], ()),  # no VAT condition in the block
    (["PAPELERA EJEMPLO", "Mitre 820, Tigre"], ("IVA Responsable Inscripto",)),  # it is in the other column
])
def test_a_block_beside_the_title_without_its_vat_condition_is_not_vouched_for(right, left_extra):
    assert _right_block_invoice(right, left_extra).merchant == {"name": None, "cuit": ISSUER_CUIT}


def test_a_wider_field_below_a_blank_does_not_make_the_names_line_full():
    # near miss: one column for everything; the name's own block (no blank
    # line in it) is no wider than the name, a field further down is
    block = ["LIC. MARINA L. PEREYRA", "Instructora de yoga", "Monotributo", "Mitre 820, Tigre"]
    fields = ["FACTURA C", "Comprobante N° 0003-00001234", "Fecha: 17/03/2026", "CUIT: 30-71234567-1"]
    cells = [("F1", 10, 40, 790 - 14 * k, line, 0) for k, line in enumerate(block)]
    cells += [("F1", 10, 40, 790 - 14 * (len(block) + 1 + k), line, 0) for k, line in enumerate(fields)]
    r = expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 650)))
    assert r.merchant == {"name": "LIC. MARINA L. PEREYRA", "cuit": ISSUER_CUIT}


# ---- round 6 ----


@pytest.mark.parametrize("lines", [["BICICLETERIA RUEDA LIBRE de", "Martin Rivarola"],
                                   ["EMPRESA", "DISTRIBUIDORA DE", "AGUA DEL LITORAL", "S.A."]])
def test_a_name_line_ending_with_a_connective_word_is_continued(lines):
    # the line had room (the block's widest), but a name cannot end on "de"
    r = _wrapped_name_invoice(lines)
    assert r.merchant == {"name": " ".join(lines), "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("lines,below", [
    (["BICICLETERIA RUEDA LIBRE", "Martin Rivarola"], None),  # no connective: the line had room
    (["BICICLETERIA DE"], ("Martin Rivarola Gomez", "Av. Mitre 820 - Tigre")),  # below in the fields' type
])
def test_a_name_line_without_a_connective_or_above_the_fields_type_is_not_continued(lines, below):
    r = _wrapped_name_invoice(lines, below=below) if below else _wrapped_name_invoice(lines)
    assert r.merchant == {"name": lines[0], "cuit": ISSUER_CUIT}


def _beside_column_invoice(name_lines, col_x):
    # the issuer's name at the left, the title's column beside it at col_x
    cells = [("F2", 12, 40, 790 - 14.4 * k, line, 0) for k, line in enumerate(name_lines)]
    cells += _cells(["Av. Mitre 820 - Tigre", "IVA Responsable Inscripto"], 790 - 14.4 * len(name_lines) - 4, x0=40)
    cells += _cells(["FACTURA B", "N° 0003-00001234", "Fecha: 17/03/2026", "CUIT: 30-71234567-1"], 790, x0=col_x)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


def test_a_name_whose_next_word_would_run_into_the_column_beside_it_is_continued():
    # the name's line is the block's widest; its cell ends at the next column
    lines = ["MAXIKIOSCO EL PUENTE", "SANCHEZ HNOS"]
    assert _beside_column_invoice(lines, 225).merchant == {"name": " ".join(lines), "cuit": ISSUER_CUIT}


def test_a_name_whose_next_word_fits_before_the_column_beside_it_is_not_continued():
    # near miss: the same lines, the column beside them further right
    lines = ["MAXIKIOSCO EL PUENTE", "SANCHEZ HNOS"]
    assert _beside_column_invoice(lines, 420).merchant == {"name": lines[0], "cuit": ISSUER_CUIT}


def _big_letter_invoice(box, title, wrapped=(), box_size=24):
    # the letter box set at twice the name's size, a word's gap after it;
    # the title further right on that line
    cells = [("F2", 12, 40, 790, "LOS HERMANOS", 0), ("F2", box_size, 144.8, 786 + (24 - box_size) / 6, box, 0),
             ("F2", 12, 220, 790, title, 0)]
    cells += [(font, size, 40, 790 - 14.4 * (k + 1), line, 0) for k, (font, size, line) in enumerate(wrapped)]
    cells += _cells(["Av. Mitre 820 - Tigre", "IVA Responsable Inscripto"], 770, x0=40)
    cells += _cells(["N° 0003-00001234", "Fecha: 17/03/2026", "CUIT: 30-71234567-1"], 770, x0=330)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


def test_the_documents_letter_set_larger_than_the_name_is_not_part_of_it():
    assert _big_letter_invoice("B", "FACTURA").merchant == {"name": "LOS HERMANOS", "cuit": ISSUER_CUIT}


def test_a_lone_letter_in_the_names_type_that_is_not_the_documents_letter_stays_in_the_name():
    # near miss: the letter in the name's own type, the title printing its
    # own letter, another one (type twice as large is another element
    # whatever its letter: test_touching_type_of_another_size_is_another_word_and_cell)
    assert _big_letter_invoice("B", "FACTURA C", box_size=12).merchant == {"name": "LOS HERMANOS B",
                                                                            "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("wrapped,name", [
    ([("F2", 12, "HERMOSILLA")], "LOS HERMANOS HERMOSILLA"),  # would have run into the letter box
    ([("F1", 8, "HERMOSILLA")], "LOS HERMANOS"),  # near miss: in the fields' smaller type
])
def test_a_letter_box_read_into_the_names_cell_is_where_its_column_ends(wrapped, name):
    assert _big_letter_invoice("B", "FACTURA", wrapped).merchant == {"name": name, "cuit": ISSUER_CUIT}


def test_the_buyers_final_consumer_condition_is_never_the_issuers_name():
    # no buyer label: "Consumidor Final" alone at the left, below the fields
    right = ["GIMNASIO FUERZA VITAL S.R.L.", "Av. Maipu 2301 - Olivos", "IVA Responsable Inscripto"]
    r = _right_block_invoice(right, left_extra=("Ingresos Brutos: 36122456", "Consumidor Final"))
    assert r.merchant == {"name": "GIMNASIO FUERZA VITAL S.R.L.", "cuit": ISSUER_CUIT}


def test_a_name_starting_like_the_final_consumer_condition_is_still_the_name():
    # near miss: other words than the condition's
    r = parse(LEFT_ISSUER.format(name="CONSUMIDORES DEL OESTE"))
    assert r.merchant == {"name": "CONSUMIDORES DEL OESTE", "cuit": ISSUER_CUIT}


# ---- round 7 session ----


def _tall_letter_invoice(letter_y):
    # a three-line name in 12 pt at a 12 pt pitch, the letter box in 40 pt
    # beside it: its middle above the name's first line, its reach (0.4 of
    # its height) over the second line as well
    name = ["MEDICINA PRIVADA", "INTEGRAL DEL", "CENTRO S.A."]
    cells = [("F2", 12, 40, 790 - 12 * k, line, 0) for k, line in enumerate(name)]
    cells += [("F2", 40, 250, letter_y, "B", 0)]
    cells += _cells(["FACTURA", "N° 0003-00001234", "Fecha: 17/03/2026", "CUIT: 30-71234567-1"], 790, x0=330)
    cells += _cells(["Av. Velez Sarsfield 576 - Cordoba", "IVA Responsable Inscripto"], 750, x0=40)
    return _canvas_pdf(cells + _cells(BODY, 690))


def test_a_tall_letter_box_does_not_merge_the_two_small_lines_it_spans():
    pdf = _tall_letter_invoice(784)
    rows = expetl._native.pdf_rows(pdf)
    assert rows[:4] == [["MEDICINA PRIVADA", "FACTURA"], ["B"], ["INTEGRAL DEL", "N° 0003-00001234"],
                        ["CENTRO S.A.", "Fecha: 17/03/2026"]]
    assert expetl.parse_receipt(pdf).merchant == {"name": "MEDICINA PRIVADA INTEGRAL DEL CENTRO S.A.",
                                                  "cuit": ISSUER_CUIT}


def test_smaller_words_of_two_sizes_on_a_tall_words_baseline_stay_one_row():
    # near miss: after a 24 pt word, words in 8 and 11 pt on its baseline
    # (their middles a little apart, within the smaller type's reach)
    cells = [("F2", 24, 40, 790, "TOTAL", 0)]
    cells += [("F1", 8 if k % 2 else 11, 130 + 40 * k, 790, f"W{k}", 0) for k in range(8)]
    assert _words(_canvas_pdf(cells)) == [["TOTAL"] + [f"W{k}" for k in range(8)]]


def _narrow_issuer_invoice(below, x_below=40, letter=False):
    # the issuer's block squeezed into a narrow column: "CUIT:" ends its
    # line and the number wraps onto the next; title, number and date at
    # the right
    cells = [("F2", 12, 40, 790, "FERRETERIA LOS ALAMOS", 0), ("F1", 8, 40, 775, "CUIT:", 0),
             ("F1", 8, x_below, 764, below, 0)]
    cells += _cells(["Av. Mitre 820", "Tigre", "IVA Responsable Inscripto"], 753, x0=40)
    cells += _cells(["FACTURA B", "N° 0003-00001234", "Fecha: 17/03/2026"], 790, x0=400)
    if letter:  # the letter box over the column, between label and value
        cells.append(("F2", 20, 42, 767, "B", 0))
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 690)))


@pytest.mark.parametrize("below,letter", [("30712345671", False), ("30-71234567-1", False),
                                          ("30712345671", True)])
def test_a_cuit_label_ending_its_line_takes_the_number_below_it(below, letter):
    r = _narrow_issuer_invoice(below, letter=letter)
    assert r.merchant == {"name": "FERRETERIA LOS ALAMOS", "cuit": ISSUER_CUIT}
    assert "cuit_invalid" not in r.warnings


@pytest.mark.parametrize("below,x", [("30712345671", 90),  # not at the label's left edge
                                     ("Av. Mitre 30712345671", 40),  # not the number alone
                                     ("30712345672", 40)])  # not a CUIT (check digit)
def test_a_line_below_a_cuit_label_that_is_not_its_value_is_not_taken(below, x):
    r = _narrow_issuer_invoice(below, x)
    assert r.merchant["cuit"] is None and "cuit_invalid" in r.warnings


def _right_name_margin_invoice(margin_x):
    # the issuer's block beside the title, in the fields' type; a line
    # further down ("Hoja 1 de 1" at margin_x) sets the page's right margin
    right = ["ELECTRICIDAD INTEGRAL de Raul", "Alberto Benitez", "Matricula 2214 - Quilmes",
             "Responsable Monotributo"]
    left = ["FACTURA C", "N° 0012-00998231", "Fecha: 01/03/2026", "CUIT: 30-71234567-1"]
    cells = _cells(left, 790, x0=40) + _cells(right, 790, x0=330)
    if margin_x:
        cells.append(("F1", 8, margin_x, 600, "Hoja 1 de 1", 0))
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


def _left_name_margin_invoice(margin_x):
    # a name in 16 pt alone on its lines (the fields below it, nothing
    # beside it); the table (or "Hoja 1 de 1" at margin_x) sets the margin
    name = ["CORRALON SAN MARTIN NORTE", "HERMANOS GOMEZ"]
    block = ["Av. Mitre 820 - Tigre", "IVA Responsable Inscripto", "",
             "FACTURA B", "N° 0003-00001234", "Fecha: 17/03/2026", "CUIT: 30-71234567-1"]
    cells = [("F2", 16, 40, 790 - 19.2 * k, line, 0) for k, line in enumerate(name)]
    cells += _cells(block, 790 - 19.2 * 2, x0=40)
    if margin_x:
        cells.append(("F1", 8, margin_x, 560, "Hoja 1 de 1", 0))
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 650)))


def test_a_name_whose_next_word_would_run_past_the_right_margin_is_continued():
    # the name's line is its block's widest, so only the page's right
    # margin (set by other text) shows that the line was full
    r = _right_name_margin_invoice(440)
    assert r.merchant == {"name": "ELECTRICIDAD INTEGRAL de Raul Alberto Benitez", "cuit": ISSUER_CUIT}
    r = _left_name_margin_invoice(None)
    assert r.merchant == {"name": "CORRALON SAN MARTIN NORTE HERMANOS GOMEZ", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("build,margin_x,name", [
    (_right_name_margin_invoice, 500, "ELECTRICIDAD INTEGRAL de Raul"),  # the next word fits before the margin
    (_right_name_margin_invoice, None, "ELECTRICIDAD INTEGRAL de Raul"),  # the name's line is the margin
    (_left_name_margin_invoice, 420, "CORRALON SAN MARTIN NORTE"),  # the next word fits before the margin
])
def test_a_name_whose_next_word_fits_before_the_right_margin_is_not_continued(build, margin_x, name):
    assert build(margin_x).merchant == {"name": name, "cuit": ISSUER_CUIT}


def _trade_line_invoice(second):
    # a name in capitals (12 pt bold), a line in 11 pt below it, the block's
    # wider address under that: the name's line counts as full
    lines = [("F2", 12, "AUTOSERVICIO DON PEPE"), ("F1", 11, second),
             ("F1", 11, "Av. Mosconi 3300, CABA - Capital Federal"), ("F1", 11, "IVA Responsable Inscripto")]
    cells = [(font, size, 40, 790 - 13 * k, text, 0) for k, (font, size, text) in enumerate(lines)]
    cells += _cells(["FACTURA B", "N° 0002-00009911", "Fecha: 14/03/2026", "CUIT: 30-71234567-1"], 790, x0=380)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


def test_a_line_in_small_letters_below_a_name_in_capitals_is_not_joined():
    # a trade or a motto under the name: a name in capitals wraps in capitals
    r = _trade_line_invoice("Fiambreria y almacen")
    assert r.merchant == {"name": "AUTOSERVICIO DON PEPE", "cuit": ISSUER_CUIT}


def test_a_line_in_capitals_below_a_full_name_in_capitals_is_joined():
    # near miss: the continuation in the name's capitals
    r = _trade_line_invoice("FIAMBRERIA Y ALMACEN")
    assert r.merchant == {"name": "AUTOSERVICIO DON PEPE FIAMBRERIA Y ALMACEN", "cuit": ISSUER_CUIT}


_HELVETICA = dict(zip(" ,-.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", [
    278, 278, 333, 278, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778,
    722, 667, 611, 722, 667, 944, 667, 667, 611, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222,
    833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]))


def _centred_header_invoice(axis):
    # the issuer's lines in 10 pt centred on axis (or, axis None, set at
    # the left edge): the second a little wider than the name, its first
    # word too long to have fitted on the name's line; the fields below
    lines = ["JARDINES DEL SOL de Oscar Paredes", "Mantenimiento de parques - Tigre, Bs As", "Responsable Monotributo"]
    width = lambda s: sum(_HELVETICA[c] for c in s) * 10 / 1000  # noqa: E731
    cells = [("F1", 10, axis - width(t) / 2 if axis else 60, 790 - 12 * k, t, 0) for k, t in enumerate(lines)]
    cells += _cells(["FACTURA C", "N° 0003-00001234", "Fecha: 17/03/2026", "CUIT: 30-71234567-1"], 740, x0=40)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


def test_a_line_centred_below_a_centred_name_is_not_joined_for_being_wider():
    # each line of a centred block is set on its own: a wider line below
    # does not show that the name's line was full
    r = _centred_header_invoice(297.5)
    assert r.merchant == {"name": "JARDINES DEL SOL de Oscar Paredes", "cuit": ISSUER_CUIT}


def test_the_same_lines_set_at_one_left_edge_are_a_wrapped_name():
    # near miss: left-aligned, the wider line below shows the cell's width
    r = _centred_header_invoice(None)
    assert r.merchant == {"name": "JARDINES DEL SOL de Oscar Paredes Mantenimiento de parques - Tigre, Bs As",
                          "cuit": ISSUER_CUIT}


# ---- round 7 names ----


_ADV = {**_HELVETICA, **dict.fromkeys("0123456789", 556), ":": 278}


def _width(text, size):
    return sum(_ADV[c] for c in text) * size / 1000


def _centred_name_invoice(name, second, size2=14, shift=0.0, fields=8):
    # the issuer's block centred on the page: the name in 14 pt over two
    # lines (the second in size2, its centre moved by shift), then address,
    # CUIT and VAT condition centred in the fields' type (fields pt)
    lines = [("F1", 14, name, 0.0), ("F1", size2, second, shift), ("F1", fields, "Mitre 77 - Tandil", 0.0),
             ("F1", fields, "CUIT: 30-71234567-1", 0.0), ("F1", fields, "Responsable Monotributo", 0.0)]
    cells, y = [], 790.0
    for font, size, text, dx in lines:
        cells.append((font, size, 297.5 + dx - _width(text, size) / 2, y, text, 0))
        y -= 1.2 * max(size, 8)
    cells += _cells(["FACTURA C", "N° 0003-00001234", "Fecha: 17/03/2026"], 700, x0=40)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 640)))


@pytest.mark.parametrize("name,second", [
    ("ELECTRICIDAD LUMEN de Pablo", "Sebastian Arce"),  # a heading: the fields below in smaller type
    ("VERDULERIA LA HUERTA de", "Ramiro Quispe"),  # the name's line ends with a connective
    ("FARMACIA CENTRAL BELGRANO", "S.C.S."),  # the second line completes a legal name
])
def test_a_centred_name_wrapped_onto_a_second_centred_line_is_joined(name, second):
    r = _centred_name_invoice(name, second)
    assert r.merchant == {"name": f"{name} {second}", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("second,size2,shift,fields", [
    ("Sebastian Arce", 8, 0.0, 8),  # set in the fields' type: a subtitle
    ("Sebastian Arce", 14, 40.0, 8),  # not centred on the name's axis
    ("Sebastian Arce", 14, 0.0, 14),  # the block's fields set as large: no heading
    ("Electricidad en general y alumbrado", 14, 0.0, 8),  # wider than the name's line: not its rest
])
def test_a_line_below_a_centred_name_that_is_not_its_rest_is_not_joined(second, size2, shift, fields):
    r = _centred_name_invoice("ELECTRICIDAD LUMEN de Pablo", second, size2, shift, fields)
    assert r.merchant == {"name": "ELECTRICIDAD LUMEN de Pablo", "cuit": ISSUER_CUIT}


def _flush_right_name_invoice(second, shift=0.0):
    # the issuer's block flush right at x 549 beside the title: the name in
    # 12 pt over two lines (the second's right end moved by shift), then
    # address, CUIT and VAT condition in 8 pt
    lines = [(12, "NUBEARG SERVICIOS", 0.0), (12, second, shift), (8, "Av. Corrientes 1234 - CABA", 0.0),
             (8, "CUIT: 30-71234567-1", 0.0), (8, "IVA Responsable Inscripto", 0.0)]
    cells, y = [("F1", 14, 40, 790, "FACTURA A", 0)], 790.0
    for size, text, dx in lines:
        cells.append(("F1", size, 549 + dx - _width(text, size), y, text, 0))
        y -= 1.2 * max(size, 8)
    cells += _cells(["N° 0001-00045559", "Fecha: 04/02/2026"], 770, x0=40)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


def test_a_line_completing_a_company_type_flush_below_a_right_block_name_is_joined():
    r = _flush_right_name_invoice("INFORMATICOS S.A.")
    assert r.merchant == {"name": "NUBEARG SERVICIOS INFORMATICOS S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("second,shift", [
    ("INFORMATICOS Y REDES", 0.0),  # no company type: a line of its own
    ("INFORMATICOS S.A.", -40.0),  # not flush with the name's edge
    ("Informaticos S.A.", 0.0),  # not in the name's capitals
])
def test_a_line_below_a_right_block_name_that_does_not_complete_it_is_not_joined(second, shift):
    r = _flush_right_name_invoice(second, shift)
    assert r.merchant == {"name": "NUBEARG SERVICIOS", "cuit": ISSUER_CUIT}


def _title_in_name_row_invoice(name):
    # the letter and the title printed on the name's line in its type, close
    # enough after it to be read into the name's cell
    x = 46 + _width(name, 12) + 8
    cells = [("F2", 12, 46, 790, name, 0), ("F2", 12, x, 790, "B", 0), ("F2", 12, x + 14, 790, "FACTURA", 0)]
    cells += _cells(["Av. Colon 560 - Bahia Blanca", "CUIT: 30-71234567-1", "IVA Responsable Inscripto"],
                    770, x0=46)
    cells += _cells(["N° 0007-00028902", "Fecha: 22/05/2026"], 770, x0=340)
    return _canvas_pdf(cells + _cells(BODY, 690))


def test_the_title_read_into_the_names_cell_is_not_part_of_the_name():
    pdf = _title_in_name_row_invoice("LIBRERIA DEL SUR S.R.L.")
    assert expetl._native.pdf_rows(pdf)[0] == ["LIBRERIA DEL SUR S.R.L. B FACTURA"]
    assert expetl.parse_receipt(pdf).merchant == {"name": "LIBRERIA DEL SUR S.R.L.", "cuit": ISSUER_CUIT}


def test_a_name_word_that_starts_like_the_title_is_kept():
    # near miss: only the title's own word ends the name
    pdf = _title_in_name_row_invoice("FACTURACIONES DEL SUR S.R.L.")
    assert expetl.parse_receipt(pdf).merchant == {"name": "FACTURACIONES DEL SUR S.R.L.", "cuit": ISSUER_CUIT}


# ---- round 8 names ----


def _connective_name_invoice(second, gap=18.0):
    # the name in 12 pt at the left ending with a connective, its rest gap
    # points below; a line of the title's column in 8 pt read between them
    # (its own row); the block's fields in 8 pt below
    cells = [("F2", 12, 40, 790, "OPTICA VISION CLARA DE", 0), ("F2", 14, 345, 790, "FACTURA A", 0),
             ("F1", 8, 345, 776, "N° 0008-00045724", 0), ("F2", 12, 40, 790 - gap, second, 0)]
    cells += _cells(["Sarmiento 745 - Mendoza", "CUIT: 30-71234567-1", "IVA Responsable Inscripto"],
                    790 - gap - 18, x0=40)
    cells += _cells(["Fecha: 07/07/2026"], 760, x0=345)
    return _canvas_pdf(cells + _cells(BODY, 680))


def test_a_name_wrapped_past_a_smaller_row_of_the_title_column_is_joined():
    # the rows of another column's smaller type between the name's lines do
    # not measure how far apart the name's own lines are
    pdf = _connective_name_invoice("LUCERO S.A.")
    assert expetl._native.pdf_rows(pdf)[1] == ["N° 0008-00045724"]
    assert expetl.parse_receipt(pdf).merchant == {"name": "OPTICA VISION CLARA DE LUCERO S.A.", "cuit": ISSUER_CUIT}


def test_a_line_far_below_a_name_ending_with_a_connective_is_not_joined():
    # near miss: more than two of the name's lines below it, another block
    r = expetl.parse_receipt(_connective_name_invoice("LUCERO S.A.", gap=40.0))
    assert r.merchant == {"name": "OPTICA VISION CLARA DE", "cuit": ISSUER_CUIT}


def _centred_name_beside_box_invoice(second, size2=14):
    # a centred name in 14 pt over two lines, the letter box printed at the
    # left level with the second line (read into its row), the title's
    # column at the right starting inside the name's extent; the fields
    # centred below in 8 pt
    name = "ASOCIACION CIVIL COLEGIO SAN PATRICIO"
    x0 = 297.5 - _width(name, 14) / 2
    cells = [("F1", 14, x0, 790, name, 0), ("F2", 14, x0 + _width(name, 14) - 40, 792, "FACTURA", 0),
             ("F2", 8, x0 + _width(name, 14) - 40, 780, "N° 0007-00035928", 0),
             ("F2", 26, 54, 768, "C", 0), ("F1", size2, 297.5 - _width(second, size2) / 2, 773, second, 0)]
    y = 773 - 1.2 * 14
    for text in ["Av. Gaona 4100 - Ramos Mejia", "CUIT: 30-71234567-1", "IVA Exento"]:
        cells.append(("F1", 8, 297.5 - _width(text, 8) / 2, y, text, 0))
        y -= 10
    cells += _cells(["Fecha: 22/04/2026"], 740, x0=420)
    return _canvas_pdf(cells + _cells(BODY, 660))


def test_a_centred_name_wrapped_beside_a_letter_box_is_joined():
    # the letter box's cell, wholly left of the name, is not the name's
    # column; the title's column row between is not the name's line
    pdf = _centred_name_beside_box_invoice("DEL OESTE")
    r = expetl.parse_receipt(pdf)
    assert r.merchant == {"name": "ASOCIACION CIVIL COLEGIO SAN PATRICIO DEL OESTE", "cuit": ISSUER_CUIT}


def test_a_subtitle_beside_a_letter_box_below_a_centred_name_is_not_joined():
    # near miss: the line is set in the fields' type, a subtitle
    r = expetl.parse_receipt(_centred_name_beside_box_invoice("Nivel inicial y primario", size2=8))
    assert r.merchant == {"name": "ASOCIACION CIVIL COLEGIO SAN PATRICIO", "cuit": ISSUER_CUIT}


def _heading_above_block_invoice(first, blank=18.0):
    # a heading in small letters in 16 pt at the top left, blank points of
    # white below it, then the issuer's block in 10 pt: its code, first
    # line, address, VAT condition and fields (one column, as a typesetter
    # sets a document that opens with a heading)
    cells = [("F2", 20, 240, 790, "FACTURA A", 0), ("F1", 16, 34, 740, "Resumen del documento", 0)]
    y = 740 - 4 - blank - 10
    for text in ["COD. 01", first, "San Martin 560 - Comodoro Rivadavia", "IVA Responsable Inscripto",
                 "Pto. Vta.: 00007 - Nro.: 00016759", "Fecha de Emision: 15/06/2026", "CUIT: 30-71234567-1"]:
        cells.append(("F1", 10, 34, y, text, 0))
        y -= 12
    return _canvas_pdf(cells + _cells(BODY, y - 30))


@pytest.mark.parametrize("first", ["ELECTRO HOGAR PATAGONIA S.A.", "LIC. CAMILA SOFIA BRANDAN"])
def test_a_heading_set_apart_above_an_issuer_block_in_capitals_is_not_its_name(first):
    # the capitals line is a name by its own evidence: a company type, a
    # professional's title
    r = expetl.parse_receipt(_heading_above_block_invoice(first))
    assert r.merchant == {"name": first, "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("first,blank", [
    ("ELECTRO HOGAR PATAGONIA S.A.", 2.0),  # no blank: the heading opens the block, the name
    ("Electrodomesticos y bazar", 18.0),  # the block opens with a trade in small letters
    ("MAYORISTA", 18.0),  # a trade in capitals: no company type, no title, no name
    ("PANADERIA Y CONFITERIA", 18.0),
])
def test_a_heading_above_the_issuer_block_stays_its_name_without_evidence_against(first, blank):
    r = expetl.parse_receipt(_heading_above_block_invoice(first, blank))
    assert r.merchant == {"name": "Resumen del documento", "cuit": ISSUER_CUIT}


def test_a_scanned_cuit_label_with_a_semicolon_for_its_colon_is_the_label():
    # a scan's OCR reads the label's colon as a semicolon
    r = parse(afip().replace("CUIT: 30712345671", "CUIT; 30712345671", 1))
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("label", ["CUITS;", "CUIT,"])
def test_a_word_that_only_starts_like_the_cuit_label_is_not_it(label):
    # near miss: another word, or other punctuation, is no label
    r = parse(afip().replace("CUIT: 30712345671", label + " 30712345671", 1))
    assert r.merchant == {"name": None, "cuit": None}


# ---- round 8 session ----
# A plain-text invoice (a man page, an e-mail body) heads its blocks:
# "EMISOR" over the issuer's lines is a heading, the name is below it.

PLAIN_TEXT_INVOICE = """\
FACTURA B

{heading}
  {name}
  Av. Belgrano 1020 - Corrientes
  Condicion frente al IVA: IVA Responsable Inscripto

COMPROBANTE B - COD. 06
  Nro. 0001-00055212
  Fecha de Emision: 16.12.2026
  CUIT: 30-71234567-1

CLIENTE
   Cliente: Consumidor Final
   Condicion frente al IVA: Consumidor Final

DETALLE
   Gaseosa cola 2,25 l
       Cant.: 2 Precio: 3200,00    Importe: 6400,00

TOTALES
  Subtotal: 6400,00
  TOTAL: 6400,00
"""


@pytest.mark.parametrize("heading", ["EMISOR", "Datos del emisor", "EMISOR:"])
def test_a_heading_over_the_issuers_block_is_not_its_name(heading):
    r = parse(PLAIN_TEXT_INVOICE.format(heading=heading, name="KIOSCO EL PUENTE S.R.L."))
    assert r.merchant == {"name": "KIOSCO EL PUENTE S.R.L.", "cuit": ISSUER_CUIT}
    assert [(i["description"], i["amount"]) for i in r.items] == [("Gaseosa cola 2,25 l", Decimal("6400.00"))]
    assert r.warnings == []


def test_a_name_starting_like_the_heading_is_a_name():
    # near miss: "EMISORA" is a word of a name, not the heading
    r = parse(PLAIN_TEXT_INVOICE.format(heading="", name="EMISORA LA VOZ S.R.L.").replace("\n\n  EMISORA", "\n  EMISORA"))
    assert r.merchant == {"name": "EMISORA LA VOZ S.R.L.", "cuit": ISSUER_CUIT}


# ---- round 9 names ----


def _flush_right_invoice(name, second=None, left_first="N° 0010-00032786", vat_right=555.0):
    # the title and the document's fields (the CUIT among them) at the left;
    # the issuer's block beside the title set flush right: the name in
    # 9.5 pt bold (its rest, second, below it), address and VAT condition
    # in 7.4 pt, the VAT condition ending at vat_right
    cells = [("F2", 9, 40, 790, "FACTURA B", 0)]
    cells += _cells([left_first, "Fecha de Emision: 03/05/2026", "CUIT: 30-71234567-1", "Ingresos Brutos: 71234567"],
                    777, x0=40)
    cells.append(("F2", 9.5, 555 - _width(name, 9.5), 790, name, 0))
    y = 777.0
    if second:
        cells.append(("F2", 9.5, 555 - _width(second, 9.5), y, second, 0))
        y -= 12
    cells.append(("F1", 7.4, 555 - _width("Tucuman 1700 - CABA", 7.4), y, "Tucuman 1700 - CABA", 0))
    cells.append(("F1", 7.4, vat_right - _width("IVA Responsable Inscripto", 7.4), y - 12,
                  "IVA Responsable Inscripto", 0))
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


def test_a_name_beside_the_title_in_a_block_set_flush_right_is_the_issuers():
    # the block's lines share the name's right edge, its VAT condition among
    # them: the issuer's block, though the CUIT is among the fields at the left
    r = _flush_right_invoice("ESTACIONAMIENTO PLAZA S.A.")
    assert r.merchant == {"name": "ESTACIONAMIENTO PLAZA S.A.", "cuit": ISSUER_CUIT}


def test_a_name_beside_the_title_off_the_vat_conditions_edge_is_not_taken():
    # near miss: the VAT condition ends elsewhere; nothing ties the line to
    # the issuer's block
    r = _flush_right_invoice("ESTACIONAMIENTO PLAZA S.A.", vat_right=530.0)
    assert r.merchant == {"name": None, "cuit": ISSUER_CUIT}


def test_a_point_of_sale_label_before_its_number_is_not_the_name():
    # "P.V. 10" reads as a field without a colon: the name is the block's
    r = _flush_right_invoice("ESTACIONAMIENTO PLAZA S.A.", left_first="P.V. 10   N° 32786")
    assert r.merchant == {"name": "ESTACIONAMIENTO PLAZA S.A.", "cuit": ISSUER_CUIT}
    assert (r.pos, r.number) == (10, 32786)


def test_a_name_starting_like_a_point_of_sale_label_is_still_a_name():
    # near miss: no number after the word
    r = _flush_right_invoice("ESTACIONAMIENTO PLAZA S.A.", left_first="PV HOGAR")
    assert r.merchant == {"name": "PV HOGAR", "cuit": ISSUER_CUIT}


def test_a_flush_right_name_completed_by_its_company_type_below_is_joined():
    r = _flush_right_invoice("FERRETERIA INDUSTRIAL LOS ANDES", second="S.R.L.")
    assert r.merchant == {"name": "FERRETERIA INDUSTRIAL LOS ANDES S.R.L.", "cuit": ISSUER_CUIT}


def test_a_flush_right_line_below_the_name_without_a_company_type_is_not_joined():
    # near miss: the line below does not complete a legal name
    r = _flush_right_invoice("FERRETERIA INDUSTRIAL LOS ANDES", second="MATERIALES ELECTRICOS")
    assert r.merchant == {"name": "FERRETERIA INDUSTRIAL LOS ANDES", "cuit": ISSUER_CUIT}


def _razon_invoice(value, rest, align):
    # the issuer's block beside the title, flush right: its trade as a
    # heading, then "Razon Social:" with a value wrapped over the lines
    # rest, each aligned with the label ("label"), the value's start
    # ("start") or its end ("end"); address and VAT condition below
    label = "Razon Social: "
    x_val = 555 - _width(value, 8)
    x_lab = x_val - _width(label, 8)
    cells = [("F2", 9, 40, 790, "FACTURA A", 0)]
    cells += _cells(["N° 0002-00036440", "Fecha de Emision: 07/10/2026", "CUIT: 30-71234567-1",
                     "Ingresos Brutos: 71234567"], 777, x0=40)
    cells += [("F2", 12, 555 - _width("Taller Ruedas", 12), 792, "Taller Ruedas", 0),
              ("F1", 8, x_lab, 776, label + value, 0)]
    y = 776.0
    for line in rest:
        y -= 11
        x = {"label": x_lab, "start": x_val, "end": 555 - _width(line, 8)}[align]
        cells.append(("F1", 8, x, y, line, 0))
    for line in ["Av. Mitre 2870 - Avellaneda", "IVA Responsable Inscripto"]:
        y -= 11
        cells.append(("F1", 8, 555 - _width(line, 8), y, line, 0))
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


@pytest.mark.parametrize("value,rest,align", [
    ("SERVICIOS AUTOMOTORES", ["RUEDAS DEL SUR S.R.L."], "start"),
    ("TESLA MATERIALES", ["ELECTRICOS S.A."], "end"),
    ("FERNANDEZ DE LA SERNA", ["ALEJANDRO MARTIN", "MAXIMILIANO Y OTROS", "SOCIEDAD DE HECHO"], "label"),
])
def test_a_razon_social_wrapped_onto_lines_ending_with_its_company_type_is_joined(value, rest, align):
    r = _razon_invoice(value, rest, align)
    assert r.merchant == {"name": " ".join([value] + rest), "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("value,rest,align", [
    ("SERVICIOS AUTOMOTORES", ["RUEDAS DEL SUR"], "start"),  # no company type: maybe a trade
    ("TESLA MATERIALES", ["Electricos S.A."], "end"),  # not in the value's capitals
    ("FERNANDEZ DE LA SERNA", ["ALEJANDRO MARTIN", "MAXIMILIANO Y OTROS"], "start"),  # never completed
])
def test_a_razon_social_followed_by_lines_not_completing_it_is_not_joined(value, rest, align):
    r = _razon_invoice(value, rest, align)
    assert r.merchant == {"name": value, "cuit": ISSUER_CUIT}


# ---- round 11 ----
# "Pto. Vta.: 0005" and, on a line of its own, "Número: 00008119": eight
# digits padded with zeros after a number label are the document's number.

def _pos_then_number(value):
    return parse(afip().replace(POS_LINE, "Punto de Venta: 00003\n" + " " * 48 + f"Número: {value}"))


def test_a_padded_number_on_its_own_line_after_the_point_of_sale_is_the_number():
    r = _pos_then_number("00001101")
    assert (r.pos, r.number) == (3, 1101)


@pytest.mark.parametrize("value", ["1101", "12345678"])
def test_a_bare_number_not_in_the_padded_form_is_not_the_documents(value):
    # near miss: a street's or an account's number is not printed so
    assert _pos_then_number(value).number is None


def test_an_unpadded_number_under_an_unpadded_point_of_sale_is_the_number():
    # a program that prints "P.V.: 15" unpadded prints the number so too
    r = parse(afip().replace(POS_LINE, "P.V.: 15\n" + " " * 48 + "Nro.: 70156"))
    assert (r.pos, r.number) == (15, 70156)


# ---- round 11 names ----
# The issuer's "Razón Social:" value wrapped by the layout onto a line of
# its own: a person's name ("MARTINEZ FERNANDO" over "GABRIEL") is joined
# only when its line was full, measured against the block's other lines
# but not a heading in a larger type (the trade over the block runs past
# the column); a company's name completed by its type is joined also when
# the block's lines are centred ("S.A." centred under the value's line).

def _left_block_invoice(cells, y, fields, data, data_x):
    # the issuer's block at the left: the given lines, then its fields in
    # 8 pt a line apart below y; the document's data at data_x, the body
    for line in fields:
        y -= 11
        cells.append(("F1", 8, 40, y, line, 0))
    cells += _cells(data, 790, x0=data_x)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


def _razon_left_invoice(value, second, heading="Estudio Contable Martinez y Asoc.", heading_size=15):
    # its trade as a heading, then the "Razon Social:" line and the line
    # below it in 9 pt, then address, CUIT and VAT condition
    cells = [("F2", heading_size, 40, 790, heading, 0),
             ("F1", 9, 40, 772, "Razon Social: " + value, 0),
             ("F1", 9, 40, 761, second, 0)]
    return _left_block_invoice(cells, 761.0, ["Av. Rivadavia 4521 - CABA", "CUIT: 30-71234567-1",
                                              "Condicion frente al IVA: Responsable Monotributo"],
                               ["FACTURA C", "N° 0003-00001234", "Fecha: 17/03/2026"], 330)


def test_a_person_razon_social_wrapped_past_its_blocks_lines_is_joined():
    # the value's line and its next word would run past the block's widest
    # line (the VAT condition); only the heading, in a larger type, is wider
    r = _razon_left_invoice("MARTINEZ FERNANDO", "GABRIEL")
    assert r.merchant == {"name": "MARTINEZ FERNANDO GABRIEL", "cuit": ISSUER_CUIT}


def _razon_right_invoice(value, second):
    # the issuer's block set flush right at x = 560, its trade over it, the
    # document's data at the left
    lines = [("F2", 14, "Farmacia Guemes"), ("F1", 9, "Razon Social: " + value), ("F1", 9, second),
             ("F1", 8, "Domicilio Comercial: Guemes 3102, Rosario, Santa Fe"),
             ("F1", 8, "CUIT: 30-71234567-1"), ("F1", 8, "Condicion frente al IVA: IVA Responsable Inscripto")]
    cells, y = [], 790.0
    for font, size, text in lines:
        cells.append((font, size, 560 - _width(text, size), y, text, 0))
        y -= 11 if size < 14 else 18
    cells += _cells(["FACTURA A", "N° 0007-00028023", "Fecha: 13/07/2024"], 790, x0=40)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


@pytest.mark.parametrize("value,second", [
    ("FARMACIA GUEMES SOCIEDAD EN", "COMANDITA SIMPLE"),
    ("TRANSPORTES DEL SUR SOCIEDAD DE", "RESPONSABILIDAD LIMITADA"),
    ("LA ESTRELLA SOCIEDAD", "ANONIMA"),
])
def test_a_razon_social_completed_by_its_company_type_spelled_out_is_joined(value, second):
    r = _razon_right_invoice(value, second)
    assert r.merchant == {"name": f"{value} {second}", "cuit": ISSUER_CUIT}


def test_a_line_under_a_flush_right_razon_social_that_is_no_company_type_is_not_joined():
    # near miss: half a type is none
    r = _razon_right_invoice("LA ESTRELLA SOCIEDAD", "COMANDITA")
    assert r.merchant == {"name": "LA ESTRELLA SOCIEDAD", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("value,second,heading,size", [
    # a trade in capitals under a short value: it would have fitted
    ("PEREZ JUAN", "FERRETERIA", "Estudio Contable Martinez y Asoc.", 15),
    # a heading in the value's type as wide shows the column is that wide
    ("MARTINEZ FERNANDO", "GABRIEL", "Estudio Contable y Asesoria Impositiva Martinez Hnos", 9),
    # not in the value's capitals: a line of its own
    ("MARTINEZ FERNANDO", "Gabriel", "Estudio Contable Martinez y Asoc.", 15),
])
def test_a_line_below_a_person_razon_social_not_wrapped_is_not_joined(value, second, heading, size):
    r = _razon_left_invoice(value, second, heading, size)
    assert r.merchant == {"name": value, "cuit": ISSUER_CUIT}


def _razon_centred_invoice(value, second, shift=0.0):
    # the issuer's block centred on x = 200: trade, "Razon Social:" line,
    # the line below (its centre moved by shift), address and CUIT
    lines = [("F2", 15, "Catering del Sur", 0.0), ("F1", 9, "Razon Social: " + value, 0.0),
             ("F1", 9, second, shift), ("F1", 8, "Av. Rivadavia 4521 - CABA", 0.0),
             ("F1", 8, "CUIT: 30-71234567-1", 0.0), ("F1", 8, "IVA Responsable Inscripto", 0.0)]
    cells, y = [], 790.0
    for font, size, text, dx in lines:
        cells.append((font, size, 200 + dx - _width(text, size) / 2, y, text, 0))
        y -= 11 if size < 15 else 18
    cells += _cells(["FACTURA A", "N° 0012-00037754", "Fecha: 17/09/2026"], 790, x0=400)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


def test_a_razon_social_completed_by_its_company_type_centred_below_is_joined():
    r = _razon_centred_invoice("EVENTOS GOURMET PATAGONIA", "S.A.")
    assert r.merchant == {"name": "EVENTOS GOURMET PATAGONIA S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("second,shift", [
    ("CATERING", 0.0),  # centred, but no company type: maybe a trade
    ("S.A.", 40.0),  # not centred under the value's line (nor aligned with it)
])
def test_a_centred_line_not_completing_the_razon_social_is_not_joined(second, shift):
    r = _razon_centred_invoice("EVENTOS GOURMET PATAGONIA", second, shift)
    assert r.merchant == {"name": "EVENTOS GOURMET PATAGONIA", "cuit": ISSUER_CUIT}


# ---- a Razón Social value running under the letter box ----
# A long value's line passes under the letter box, whose code ("COD. 006")
# is printed between it and the line that completes it ("S.R.L."): the box
# is over the columns, not a field of the issuer's; another field there is.

def _razon_under_box_invoice(between, second="S.R.L."):
    cells = [("F2", 14, 40, 790, "Libreria El Ateneo", 0),
             ("F2", 22, 288, 774, "B", 0),
             ("F1", 9, 40, 770, "Razon Social: LIBRERIA Y PAPELERIA EL ATENEO DE BANFIELD", 0),
             ("F1", 7, 280, 764, between, 0),
             ("F1", 9, 40, 759, second, 0)]
    return _left_block_invoice(cells, 759.0, ["Domicilio Comercial: Maipu 210, Banfield", "CUIT: 30-71234567-1",
                                              "Condicion frente al IVA: IVA Responsable Inscripto"],
                               ["FACTURA", "N° 0002-00012071", "Fecha: 03/02/2026"], 440)


def test_a_razon_social_completed_past_the_letter_boxs_code_is_joined():
    r = _razon_under_box_invoice("COD. 006")
    assert r.merchant == {"name": "LIBRERIA Y PAPELERIA EL ATENEO DE BANFIELD S.R.L.", "cuit": ISSUER_CUIT}
    assert (r.doc_type, r.pos, r.number) == ("factura_b", 2, 12071)


def test_a_field_between_a_razon_social_and_the_line_below_ends_it():
    # near miss: a field of the document there, not the letter box
    r = _razon_under_box_invoice("Sucursal Centro")
    assert r.merchant == {"name": "LIBRERIA Y PAPELERIA EL ATENEO DE BANFIELD", "cuit": ISSUER_CUIT}


# ---- glyphs nearly touching inside a word ----
# Skia positions every glyph and rounds its advances: a word's letters may
# stand a tenth of the type's size apart ("Com p. Nro:", "Im porte"), where
# poppler reads a space.  Between two lowercase letters so close that is no
# space; a real space, a quarter of the size and more, stays one.

def _spaced_number_invoice(gap_em):
    head = "Punto de Venta: 00004 Com"
    cells = [("F2", 14, 40, 790, "Estudio Norte", 0),
             ("F1", 9, 40, 772, "Razon Social: ESTUDIO NORTE S.R.L.", 0),
             ("F1", 8, 330, 790, "FACTURA C", 0),
             ("F1", 8, 330, 778, head, 0),
             ("F1", 8, 330 + _width(head, 8) + gap_em * 8, 778, "p. Nro: 00007899", 0),
             ("F1", 8, 330, 766, "Fecha: 03/08/2025", 0)]
    return _left_block_invoice(cells, 772.0, ["Sarmiento 620, Cordoba", "CUIT: 30-71234567-1",
                                              "Condicion frente al IVA: Responsable Monotributo"], [], 330)


def test_letters_a_tenth_of_the_size_apart_are_one_word():
    r = _spaced_number_invoice(0.105)
    assert (r.pos, r.number) == (4, 7899)


def test_letters_a_spaces_width_apart_are_two_words():
    # near miss: "Com p." with a real space is no "Comp." label
    r = _spaced_number_invoice(0.28)
    assert r.number is None


# ---- the legal name under a trade, a heading's company type ----
# An issuer block beside the title prints its name as a heading; the line
# under it, flush with one of its edges, may be the rest of that name (its
# company type: "ESTUDIO CONTABLE IBANEZ Y ASOCIADOS" over "S.R.L.") or,
# under a trade name in small letters, the legal name in capitals
# ("Carniceria El Novillo" over "FRIGORIFICO EL NOVILLO S.R.L."): the
# contract's merchant is the legal name.

def _beside_title_invoice(first, second, right=True, size=11):
    # the title in 16 pt at the left with the document's fields and the
    # issuer's CUIT under it; the issuer's block beside it at the right,
    # flush right at x = 560 (or flush left at x = 340): name, the line
    # under it in the name's type, address and VAT condition in 8 pt
    lines = [("F1", size, first), ("F1", size, second), ("F1", 8, "Domicilio Comercial: Av. Mitre 880, Avellaneda"),
             ("F1", 8, "Condicion frente al IVA: IVA Responsable Inscripto")]
    cells, y = [("F2", 16, 40, 790, "FACTURA", 0), ("F2", 24, 280, 770, "B", 0), ("F1", 7, 278, 760, "COD. 06", 0)], 790.0
    for font, size_, text in lines:
        cells.append((font, size_, 560 - _width(text, size_) if right else 340, y, text, 0))
        y -= 1.1 * size_ if size_ > 8 else 10
    cells += _cells(["N° 0021-00039815", "Fecha de Emision: 29/08/2025", "CUIT: 30-71234567-1",
                     "Ingresos Brutos: 955-214785-7"], 770, x0=40)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


@pytest.mark.parametrize("right", [True, False])
def test_a_heading_name_completed_by_its_company_type_flush_with_it_is_joined(right):
    r = _beside_title_invoice("ESTUDIO CONTABLE IBANEZ Y ASOCIADOS", "S.R.L.", right)
    assert r.merchant == {"name": "ESTUDIO CONTABLE IBANEZ Y ASOCIADOS S.R.L.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("right", [True, False])
def test_the_legal_name_in_capitals_under_a_trade_name_is_the_merchant(right):
    r = _beside_title_invoice("Carniceria El Novillo", "FRIGORIFICO EL NOVILLO S.R.L.", right)
    assert r.merchant == {"name": "FRIGORIFICO EL NOVILLO S.R.L.", "cuit": ISSUER_CUIT}


def _trade_over_legal_invoice(trade, lines):
    # the issuer's block at the left (trade in 14 pt, the lines under it in
    # 9 pt), the document's data at the right
    cells = [("F2", 14, 40, 790, trade, 0)] + [("F1", 9, 40, 774 - 11 * k, t, 0) for k, t in enumerate(lines)]
    return _left_block_invoice(cells, 774.0 - 11 * (len(lines) - 1),
                               ["Av. San Martin 1020, Santa Rosa", "CUIT: 30-71234567-1",
                                "Condicion frente al IVA: IVA Responsable Inscripto"],
                               ["FACTURA B", "N° 0021-00006223", "Fecha: 26/07/2025"], 330)


@pytest.mark.parametrize("trade,lines,name", [
    ("PampaNet Fibra", ["PAMPA CONECTIVIDAD S.A."], "PAMPA CONECTIVIDAD S.A."),
    # a number in the name
    ("Lubricentro Ruta 8", ["LUBRICENTRO RUTA 8 S.A.S."], "LUBRICENTRO RUTA 8 S.A.S."),
    # the legal name wrapped once, its company type spelled out on the next line
    ("Veterinaria Patitas", ["CLINICA VETERINARIA PATITAS", "SOCIEDAD ANONIMA"],
     "CLINICA VETERINARIA PATITAS SOCIEDAD ANONIMA"),
])
def test_the_legal_name_under_a_trade_name_at_the_left_is_the_merchant(trade, lines, name):
    assert _trade_over_legal_invoice(trade, lines).merchant == {"name": name, "cuit": ISSUER_CUIT}


def test_capitals_under_a_trade_name_followed_by_no_company_type_do_not_replace_it():
    # near miss: the line after the capitals is the address, not the name's rest
    r = _trade_over_legal_invoice("Veterinaria Patitas", ["CLINICA VETERINARIA PATITAS", "San Martin 352, La Plata"])
    assert r.merchant == {"name": "Veterinaria Patitas", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("second", [
    "PEREZ ACUNA MARIA JOSE",  # a person in capitals: no company type shows a legal name
    "S.R.L.",  # a company type alone is no name of its own
])
def test_a_line_under_a_trade_name_that_is_no_whole_legal_name_does_not_replace_it(second):
    r = _beside_title_invoice("Veterinaria Patitas", second)
    assert r.merchant == {"name": "Veterinaria Patitas", "cuit": ISSUER_CUIT}


# ---- a PDF library's evaluation notice atop the page ----

def _notice_invoice(notice, name="Telered Sur Comunicaciones"):
    # the notice in small type at the top left, the issuer's name in small
    # letters under it (a name in capitals with its company type would set
    # the notice apart as a heading already)
    cells = [("F1", 8, 40, 815, notice, 0), ("F2", 12, 40, 790, name, 0)]
    return _left_block_invoice(cells, 790.0, ["Av. San Martin 1020, Santa Rosa", "CUIT: 30-71234567-1",
                                              "Condicion frente al IVA: IVA Responsable Inscripto"],
                               ["FACTURA B", "N° 0021-00006223", "Fecha: 26/07/2025"], 330)


@pytest.mark.parametrize("notice", [
    "Evaluation Only. Created with Aspose.PDF. Copyright 2002-2026 Aspose Pty Ltd.",
    "Evaluation Warning : The document was created with Spire.PDF for Python.",
    "Created with an evaluation copy of a PDF library",
])
def test_a_pdf_librarys_evaluation_notice_is_not_the_issuer_name(notice):
    assert _notice_invoice(notice).merchant == {"name": "Telered Sur Comunicaciones", "cuit": ISSUER_CUIT}


def test_a_name_that_only_starts_like_a_notice_is_the_issuer_name():
    # near miss: a Spanish name is no English notice
    r = _notice_invoice("", "Evaluaciones Medicas del Sur")
    assert r.merchant == {"name": "Evaluaciones Medicas del Sur", "cuit": ISSUER_CUIT}


# ---- the buyer's "Razón Social:" without a label or a CUIT ----

def _buyer_razon_invoice(second, third):
    # the issuer's block at the left with a trade name only, the document's
    # data and the issuer's CUIT at the right; the buyer's block under both,
    # opened by a "Razon Social:" with a DNI or a final consumer's condition
    cells = [("F2", 12, 40, 790, "Optica Vision Clara", 0),
             ("F1", 8, 40, 776, "Domicilio Comercial: Av. San Martin 1234 - CABA", 0),
             ("F1", 8, 40, 765, "Condicion frente al IVA: IVA Responsable Inscripto", 0),
             ("F1", 8, 40, 740, "Razon Social: SOSA, RICARDO", 0),
             ("F1", 8, 40, 729, second, 0), ("F1", 8, 40, 718, third, 0)]
    cells += _cells(["FACTURA B", "Punto de Venta: 0002 Comp. Nro: 00028171", "Fecha de Emision: 08/07/2026",
                     "CUIT: 30-71234567-1", "Ingresos Brutos: 927-616869-1"], 790, x0=330)
    return expetl.parse_receipt(_canvas_pdf(cells + _cells(BODY, 680)))


@pytest.mark.parametrize("second,third", [
    ("DNI: 39961511", "Condicion frente al IVA: Consumidor Final"),
    ("Domicilio: Calle 12 845 - La Plata", "Condicion frente al IVA: Consumidor Final"),
    ("DNI: 39961511", "Domicilio: Calle 12 845 - La Plata"),
])
def test_a_razon_social_over_a_dni_or_a_final_consumer_is_the_buyers(second, third):
    r = _buyer_razon_invoice(second, third)
    assert r.merchant == {"name": "Optica Vision Clara", "cuit": ISSUER_CUIT}


def test_a_razon_social_over_the_issuers_own_fields_is_the_issuers():
    # near miss: neither a DNI nor a final consumer under it
    r = _buyer_razon_invoice("Domicilio: Calle 12 845 - La Plata", "Condicion frente al IVA: IVA Responsable Inscripto")
    assert r.merchant == {"name": "SOSA, RICARDO", "cuit": ISSUER_CUIT}


# ---- a web address is no name ----

def test_a_line_with_a_web_address_atop_the_page_is_not_the_issuer_name():
    r = _notice_invoice("Free Temporary License https://products.example.com/temporary-license/")
    assert r.merchant == {"name": "Telered Sur Comunicaciones", "cuit": ISSUER_CUIT}


# ---- a company type spelled out over the name's lines ----

def _spelled_type_invoice(lines):
    # the name in 11 pt over its lines at the left, the letter box beside
    # them, the document's data at the right
    cells = [("F2", 11, 40, 790 - 13 * k, t, 0) for k, t in enumerate(lines)]
    cells += [("F2", 22, 290, 768, "B", 0), ("F1", 7, 286, 758, "COD. 06", 0)]
    y = 790.0 - 13 * (len(lines) - 1)
    return _left_block_invoice(cells, y, ["Av. San Martin 1234 - CABA", "CUIT: 30-71234567-1",
                                          "Condicion frente al IVA: IVA Responsable Inscripto"],
                               ["FACTURA", "Punto de Venta: 0010 Comp. Nro: 00005640", "Fecha: 13-10-2026"], 360)


@pytest.mark.parametrize("lines", [
    ["TEXTIL PATAGONIA", "SOCIEDAD DE RESPONSABILIDAD", "LIMITADA"],
    ["FARMACIA GUEMES", "SOCIEDAD EN COMANDITA", "SIMPLE"],
])
def test_a_company_type_spelled_out_over_the_names_lines_is_joined(lines):
    assert _spelled_type_invoice(lines).merchant == {"name": " ".join(lines), "cuit": ISSUER_CUIT}


def test_a_line_in_small_letters_under_a_name_that_opens_with_sociedad_is_not_joined():
    # near miss: "Sociedad de fomento" in small letters is a line of its own
    r = _spelled_type_invoice(["CLUB ATLETICO SUR", "Sociedad de fomento barrial"])
    assert r.merchant == {"name": "CLUB ATLETICO SUR", "cuit": ISSUER_CUIT}


# ---- rounds 26 and 27: numbers set apart from their point of sale ----
# "P.V. 0023" over "Nro. 00028722", both set flush right (their left edges
# apart): the number's line is the document's as when flush left; and
# "Comp. Nro:" ending a justified line after the point of sale, its value
# wrapped to the paragraph's left edge on the next line.

def test_a_padded_number_flush_right_under_the_point_of_sale_is_the_number():
    r = parse(afip().replace(POS_LINE, "    P.V. 0003\n" + " " * 48 + "Nro. 00001101"))
    assert (r.pos, r.number) == (3, 1101)


def test_a_bare_number_flush_right_under_the_point_of_sale_is_not_the_documents():
    # near miss: a padded point of sale, an unpadded number (a street's)
    r = parse(afip().replace(POS_LINE, "    P.V. 0003\n" + " " * 52 + "Nro. 1101"))
    assert (r.pos, r.number) == (3, None)


def test_a_number_label_ending_its_line_takes_the_value_at_the_paragraphs_edge():
    r = parse(afip().replace(POS_LINE, "Punto de Venta: 00003  Comp. Nro:\n" + " " * 48 + "00001101"))
    assert (r.pos, r.number) == (3, 1101)


def test_a_number_label_ending_its_line_over_another_field_takes_nothing():
    # near miss: the line below at that edge is another field
    r = parse(afip().replace(POS_LINE, "Punto de Venta: 00003  Comp. Nro:"))
    assert (r.pos, r.number) == (3, None)


# ---- round 26: a trade name the legal name repeats ----
# "FARMACIA DEL PUEBLO" over "FARMACIA DEL PUEBLO DE ADROGUE S.C.S.", both in
# capitals: the line that repeats the name and goes on to a company type is
# the legal name under its trade, not the name's wrapped rest.

@pytest.mark.parametrize("right", [True, False])
def test_a_legal_name_repeating_the_trade_name_above_it_is_the_merchant(right):
    r = _beside_title_invoice("FARMACIA DEL PUEBLO", "FARMACIA DEL PUEBLO DE ADROGUE S.C.S.", right)
    assert r.merchant == {"name": "FARMACIA DEL PUEBLO DE ADROGUE S.C.S.", "cuit": ISSUER_CUIT}


# ---- round 28: the letter box touching the issuer's name ----
# The box's capital ("C" in 17 pt) set where a 10 pt name ends, touching its
# last letter: a word of its own (the name is read without it, the letter
# is the document's), whatever their sizes' ratio under 1.8.

def _letter_touching(name, letter_size, overlap=0.7):
    x = 40 + _width(name, 10) - overlap
    cells = [("F1", 10, 40, 790, name, 0), ("F1", letter_size, x, 787, "C", 0)]
    return _left_block_invoice(cells, 790.0, ["Av. Pellegrini 900 - Rosario", "CUIT: 30-71234567-1",
                                              "Condicion frente al IVA: Responsable Monotributo"],
                               ["FACTURA", "COD. 11", "N° 0023-00074270", "Fecha: 02/05/2026"], 330)


@pytest.mark.parametrize("size", [17, 19])
def test_the_letter_box_touching_the_issuers_name_is_no_part_of_it(size):
    r = _letter_touching("CERRAJERIA 24 HS DE ROLDAN PABLO", size)
    assert r.merchant == {"name": "CERRAJERIA 24 HS DE ROLDAN PABLO", "cuit": ISSUER_CUIT}


def test_a_capital_in_the_names_own_type_stays_in_the_name():
    # near miss: the same capital in the name's type is its last letter
    r = _letter_touching("CERRAJERIA 24 HS DE ROLDAN PABLO", 10, overlap=0.0)
    assert r.merchant["name"] == "CERRAJERIA 24 HS DE ROLDAN PABLOC"


def test_a_row_of_labels_over_a_row_of_values_gives_no_point_of_sale_for_the_number():
    # near miss of the paragraph's edge: "Comp. Nro:" over a value not at its
    # edge, the point of sale's value at the row's start is not the number
    r = parse(afip().replace(POS_LINE, "Punto de Venta:  Comp. Nro:\n" + " " * 48 + "00003          00001101"))
    assert r.pos in (None, 3) and r.number in (None, 1101)  # never the point of sale read as the number


def test_another_fields_number_flush_right_under_the_point_of_sale_is_not_the_documents():
    # near miss of the flush-right rule: "Ingresos Brutos N°:" is another field's number
    r = parse(afip().replace(POS_LINE, "  Punto de Venta: 00003\n" + " " * 48 + "Ingresos Brutos N°: 00012345"))
    assert (r.pos, r.number) == (3, None)


# ---- CUITs of other parties than the issuer --------------------------------

PARTY_TABLE = """\
Descripción                    Cantidad   Precio Unit.   Subtotal
Servicio de reparación             1,00        8500,00    8500,00
                                                  Total: $ 8500,00
CAE: 74123456789012      Vto. CAE: 25/03/2024"""
HEAD_TOP = "TALLER DEL OESTE S.R.L.         FACTURA A   Cod. 01\n                                N° 0009-00000412   Fecha: 14/03/2024\n"


@pytest.mark.parametrize("label", ["CUIT Cliente:", "CUIT del Cliente:", "C.U.I.T. Receptor:", "CUIT Comprador:"])
def test_a_cuit_labelled_as_the_buyers_is_never_the_issuers(label):
    # "CUIT Cliente: (buyer)   CUIT: (issuer)": the first label on the row
    # was taken, the buyer's CUIT read as the issuer's
    r = parse(HEAD_TOP + f"{label} 20-33444555-1        CUIT: 30-71555444-1\n" + PARTY_TABLE)
    assert (r.merchant["cuit"], r.merchant["name"]) == ("30715554441", "TALLER DEL OESTE S.R.L.")
    # alone, it gives nothing rather than the buyer's
    r = parse(HEAD_TOP + f"{label} 20-33444555-1\n" + PARTY_TABLE)
    assert r.merchant["cuit"] is None
    # near miss: the issuer's own label with a number after it
    r = parse(HEAD_TOP + "CUIT Nro: 30-71555444-1\n" + PARTY_TABLE)
    assert r.merchant["cuit"] == "30715554441"


@pytest.mark.parametrize("heading", ["DATOS DEL RECEPTOR", "Datos del comprador", "DATOS DEL ADQUIRENTE",
                                     "Sr./Sres.: COMPRADORA S.R.L.", "Sra./Sr.: LOPEZ ANA"])
def test_a_buyers_block_under_its_heading_is_never_the_issuers(heading):
    # the heading was not read as a buyer's: the block's CUIT and "Razón
    # Social" were taken for the issuer's
    text = ("FACTURA A        Cod. 01        N° 0004-00000791   Fecha: 24/04/2023\n"
            f"{heading}\nRazón Social: COMPRADORA S.R.L.\nCUIT: 30-70000001-6\n" + PARTY_TABLE)
    r = parse(text)
    assert (r.merchant["cuit"], r.merchant["name"]) == (None, None)
    assert "cuit_invalid" in r.warnings


@pytest.mark.parametrize("line", ["Plataforma: MERCADO EJEMPLO S.R.L.    CUIT: 30-69000111-6",
                                  "Comprado en MERCADO EJEMPLO S.R.L. - CUIT 30-69000111-6",
                                  "Franquicia de CADENA EJEMPLO S.A. CUIT 30-69000111-6"])
def test_a_cuit_after_another_party_named_first_in_its_cell_is_not_the_issuers(line):
    # a marketplace's or a franchisor's CUIT printed above the issuer's was
    # taken for the issuer's
    text = ("TALLER DEL OESTE S.R.L.         FACTURA B   Cod. 06\n"
            f"{line}\nCUIT: 30-71555444-1             N° 0009-00000412   Fecha: 14/03/2024\n" + PARTY_TABLE)
    assert parse(text).merchant["cuit"] == "30715554441"
    # near miss: the issuer's block beginning with its own name and CUIT
    text = ("TALLER DEL OESTE S.R.L. CUIT 30-71555444-1      FACTURA B   Cod. 06\n"
            "                                N° 0009-00000412   Fecha: 14/03/2024\n" + PARTY_TABLE)
    assert parse(text).merchant["cuit"] == "30715554441"


@pytest.mark.parametrize("below", ["", "CUIT: 30-71555444-1\n"])
def test_razon_social_of_another_than_the_legal_name_heading_the_page_is_the_buyers(below):
    # the page is headed by the issuer's legal name; "Razón Social: PEREZ
    # ROBERTO   CUIT: ..." below it is the buyer's: its name and CUIT were
    # taken for the issuer's
    text = ("TALLER DEL OESTE S.R.L.             B     FACTURA\n"
            "Parque Industrial Lote 9            Cod. 06   N° 0009-00000412   Fecha: 14/03/2024\n"
            "Razón Social: PEREZ ROBERTO   CUIT: 20-33444555-1\n" + below + PARTY_TABLE)
    r = parse(text)
    want = ("30715554441", "TALLER DEL OESTE S.R.L.") if below else (None, None)
    assert (r.merchant["cuit"], r.merchant["name"]) == want


@pytest.mark.parametrize("heading,name", [
    # near misses: the same legal name below the heading, and a trade name
    # (no company form) heading the issuer's legal name
    ("TALLER DEL OESTE S.R.L.", "TALLER DEL OESTE S.R.L."), ("EL TALLER DEL OESTE", "RODRIGUEZ HNOS S.R.L."),
])
def test_razon_social_under_the_issuers_own_heading_stays_the_issuers(heading, name):
    text = (f"{heading:<36}B     FACTURA\n"
            "Parque Industrial Lote 9            Cod. 06   N° 0009-00000412   Fecha: 14/03/2024\n"
            f"Razón Social: {name}   CUIT: 30-71555444-1\n" + PARTY_TABLE)
    r = parse(text)
    assert (r.merchant["cuit"], r.merchant["name"]) == ("30715554441", name)


@pytest.mark.parametrize("field", ["Domicilio Comercial: Sarmiento 800", "Inicio de Actividades: 01/03/2015"])
def test_a_buyers_razon_social_box_printed_before_the_issuers_block_is_the_buyers(field):
    # the buyer's "Razón Social:" and CUIT first, the issuer's below with a
    # field only an issuer prints: the first was taken for the issuer's
    text = ("                                       A        FACTURA\n"
            "                                      COD. 01\n"
            "Razón Social: HOTEL EJEMPLO S.A.                 Punto de Venta: 00009   Comp. Nro: 00000077\n"
            "CUIT: 30-69000111-6                              Fecha de Emisión: 07/07/2023\n"
            "Condición frente al IVA: IVA Responsable Inscripto\n\n"
            "Razón Social: TALLER DEL OESTE S.R.L.\n"
            f"{field}\n"
            "CUIT: 30-71555444-1      Ingresos Brutos: 901-223344-5\n\n" + PARTY_TABLE)
    r = parse(text)
    assert (r.merchant["cuit"], r.merchant["name"]) == ("30715554441", "TALLER DEL OESTE S.R.L.")


# Two parties' blocks without labels: which one issued the document.  The
# buyer's CUIT below is valid (30-70000001-6), so only the layout tells.
TWO_BLOCK_BODY = """
Descripción                              Cantidad   Precio Unit.      Importe
Resma A4 75 g                               10,00       5.000,00    50.000,00
Carpeta escolar                              5,00       2.000,00    10.000,00

                                                    Subtotal:       60.000,00
                                                     IVA 21%:       12.600,00
                                                       TOTAL:       72.600,00
CAE: 72318457237008   Vto. CAE: 24/03/2026
"""
BUYER_BLOCK = ["DISTRIBUIDORA NORTE S.R.L.", "CUIT: 30-70000001-6", "Mitre 820 - Rosario", "IVA Responsable Inscripto"]


def _side_by_side(left, right, top=("", "")):
    rows = [top] + [(left[i] if i < len(left) else "", right[i] if i < len(right) else "")
                    for i in range(max(len(left), len(right)))]
    return "\n".join(f"{a:<54}{b}".rstrip() for a, b in rows) + "\n" + TWO_BLOCK_BODY


@pytest.mark.parametrize("issuer,name", [
    (["EJEMPLO HOGAR S.A.", "CUIT: 30-71234567-1", "Ingresos Brutos: 901-123456-7",
      "Inicio de Actividades: 01/03/2012", "FACTURA A   N° 0004-00012345", "Fecha: 14/03/2026"], "EJEMPLO HOGAR S.A."),
    # the title and number above the issuer's name in its column
    (["FACTURA A   N° 0004-00012345", "Fecha: 14/03/2026", "EJEMPLO HOGAR S.A.", "CUIT: 30-71234567-1",
      "Inicio de Actividades: 01/03/2012"], "EJEMPLO HOGAR S.A."),
    # a person's name heading the issuer's block: its first line
    (["PEREYRA ANA MARIA", "CUIT: 27-28456123-1", "Ingresos Brutos: 901-123456-7",
      "Inicio de Actividades: 01/03/2012", "FACTURA A   N° 0004-00012345", "Fecha: 14/03/2026"], "PEREYRA ANA MARIA"),
])
def test_an_unlabelled_buyers_block_at_the_left_is_not_the_issuer(issuer, name):
    # the buyer's block (name, CUIT, address) at the left, the issuer's with
    # its fiscal fields at the right: the buyer's name, or its CUIT where both
    # CUITs are on one row, was read as the issuer's, with no warning
    cuit = "27284561231" if name.startswith("PEREYRA") else ISSUER_CUIT
    r = parse(_side_by_side(BUYER_BLOCK, issuer))
    assert r.merchant == {"name": name, "cuit": cuit}
    assert (r.total, r.number) == (Decimal("72600.00"), 12345)


@pytest.mark.parametrize("left", [
    # near misses: the issuer's own block at the left, its CUIT at the right
    # (AFIP's layout): no other party's CUIT, DNI or final consumer under it
    ["EJEMPLO HOGAR S.A.", "Av. Corrientes 1234 - CABA", "IVA Responsable Inscripto"],
    ["EJEMPLO HOGAR S.A.", "Av. Corrientes 1234 - CABA", "", "Cliente: DISTRIBUIDORA NORTE S.R.L.",
     "CUIT: 30-70000001-6"],
])
def test_the_issuers_name_at_the_left_with_its_cuit_at_the_right_stays(left):
    right = ["FACTURA A   N° 0004-00012345", "Fecha: 14/03/2026", "CUIT: 30-71234567-1", "IIBB: 901-123456-7"]
    r = parse(_side_by_side(left, right))
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


def _envelope(buyer, issuer, indent):
    pad = " " * indent
    return ("\n".join(pad + b for b in buyer) + "\n\n" +
            "                                                  FACTURA A   N° 0004-00012345\n"
            "                                                  Fecha: 14/03/2026\n\n" +
            "\n".join(issuer) + "\n" + TWO_BLOCK_BODY)


@pytest.mark.parametrize("issuer", [
    ["EJEMPLO HOGAR S.A.", "CUIT: 30-71234567-1", "Ingresos Brutos: 901-123456-7"],
    ["EJEMPLO HOGAR S.A.                                CUIT: 30-71234567-1",
     "Av. Corrientes 1234 - CABA                        IIBB: 901-123456-7"],
    ["EJEMPLO HOGAR S.A.   -   CUIT 30-71234567-1   -   IIBB 901-123456-7"],
])
@pytest.mark.parametrize("indent", [0, 6, 48])
def test_a_window_envelopes_buyer_block_above_the_issuers_is_not_the_issuer(issuer, indent):
    # the buyer's address block printed first (for the envelope's window),
    # apart from the document's title; the issuer's block below with its
    # fiscal fields: the buyer's CUIT and name were read as the issuer's
    r = parse(_envelope(BUYER_BLOCK, issuer, indent))
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}
    # a buyer's block printing its own IIBB: the issuer's start of
    # activities, which no buyer's block prints, still tells them apart
    buyer = BUYER_BLOCK[:2] + ["IIBB: 902-000001-1"] + BUYER_BLOCK[2:]
    started = [re.sub(r"(Ingresos Brutos|IIBB):? 901-123456-7", "Inicio de Actividades: 01/03/2012", x)
               for x in issuer]
    r = parse(_envelope(buyer, started, indent))
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


def test_a_block_beside_the_documents_title_keeps_its_cuit():
    # near miss: the first block shares its rows with the title, number and
    # date (the issuer's block beside its document box), a client's block
    # below prints an IIBB of its own: the first stays the issuer's
    text = ("EJEMPLO HOGAR S.A.                                FACTURA A   N° 0004-00012345\n"
            "CUIT: 30-71234567-1                               Fecha: 14/03/2026\n"
            "Av. Corrientes 1234 - CABA\n\n" + "\n".join(BUYER_BLOCK[:2] + ["IIBB: 902-000001-1"]) +
            "\n" + TWO_BLOCK_BODY)
    assert parse(text).merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


def test_a_buyers_name_on_its_cuits_row_printed_first_is_not_the_issuers():
    # both blocks print the name and the CUIT on one row, the buyer's first:
    # the issuer's CUIT (the one with the fiscal fields) was read, the
    # buyer's name with it
    text = ("                                                  FACTURA A   N° 0004-00012345\n\n"
            "DISTRIBUIDORA NORTE S.R.L.      CUIT 30-70000001-6\n"
            "Mitre 820 - Rosario             IVA Responsable Inscripto\n\n"
            "EJEMPLO HOGAR S.A.              CUIT 30-71234567-1          Fecha 14/03/2026\n"
            "Ingresos Brutos 901-123456-7    Inicio de Actividades 01/03/2012\n" + TWO_BLOCK_BODY)
    assert parse(text).merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}
    # near miss: the issuer's own row ("NAME   CUIT ...") first, a buyer's
    # block below it without fields: the first stays the issuer's
    text = ("EJEMPLO HOGAR S.A.              CUIT 30-71234567-1          FACTURA A   N° 0004-00012345\n"
            "Av. Corrientes 1234 - CABA                                  Fecha 14/03/2026\n\n"
            "DISTRIBUIDORA NORTE S.R.L.      CUIT 30-70000001-6\n" + TWO_BLOCK_BODY)
    assert parse(text).merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("buyer", [
    ["Señores", "DISTRIBUIDORA NORTE S.R.L.", "Mitre 820 - Rosario", "CUIT 30-70000001-6"],
    ["PEREYRA ANA", "DNI 28.456.789", "Calle 12 Nº 345 - La Plata", "Consumidor Final"],
])
@pytest.mark.parametrize("indent", [0, 48])
def test_a_labelled_buyers_block_printed_first_leaves_the_issuers_below(buyer, indent):
    # a window envelope's block with a buyer's label ("Señores", a DNI) at the
    # top, apart from the document's box, the issuer's block with its fiscal
    # fields below: the label ended the issuer's block before any CUIT, so no
    # issuer was read (null, cuit_invalid)
    issuer = ["EJEMPLO HOGAR S.A.", "CUIT: 30-71234567-1", "Ingresos Brutos: 901-123456-7"]
    r = parse(_envelope(buyer, issuer, indent))
    assert (r.merchant, r.warnings) == ({"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}, [])
    # near miss: the first CUIT below has no issuer's fields: nothing to
    # vouch for, as before
    r = parse(_envelope(buyer, issuer[:2], indent))
    assert (r.merchant["cuit"], r.warnings) == (None, ["cuit_invalid"])


def _head_and_foot(head, foot, indent=0):
    pad = " " * indent
    return ("\n".join(pad + b for b in head) + "\n\n"
            "                                                  FACTURA A   N° 0004-00012345\n"
            "                                                  Fecha: 14/03/2026\n" + TWO_BLOCK_BODY +
            "\n" + "\n".join(foot) + "\n")


FOOT_ISSUERS = [
    ["EJEMPLO HOGAR S.A.  -  CUIT 30-71234567-1  -  Ing. Brutos C.M. 901-123456-7",
     "Inicio de Actividades: 01/03/2012  -  IVA Responsable Inscripto"],
    ["EJEMPLO HOGAR S.A.", "CUIT: 30-71234567-1", "Domicilio Comercial: Av. Corrientes 1234 - CABA",
     "IIBB: 901-123456-7"],
    ["Inicio de Act.: 01/03/2012", "EJEMPLO HOGAR S.A.   CUIT 30-71234567-1   IIBB 901-123456-7"],
    ["EJEMPLO HOGAR S.A. - CUIT 30-71234567-1 - Av. Corrientes 1234 - CABA - IVA Responsable Inscripto",
     "Ingresos Brutos 901-123456-7 - Inicio de actividades 01/03/2012 - www.ejemplohogar.com.ar"],
]


@pytest.mark.parametrize("foot", FOOT_ISSUERS)
@pytest.mark.parametrize("indent", [0, 6, 48])
def test_an_issuer_printed_only_in_the_foot_is_the_issuer(foot, indent):
    # the head prints only a buyer's address block without a label (for the
    # envelope's window) and no issuer's field; the issuer's block is in the
    # page's foot with fields only an issuer prints: the buyer's CUIT and
    # name were read as the issuer's, silently
    r = parse(_head_and_foot(BUYER_BLOCK, foot, indent))
    assert (r.merchant, r.warnings) == ({"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}, [])
    # a head without any CUIT (a final consumer's block): the foot's issuer,
    # where nothing was read before
    r = parse(_head_and_foot(["PEREYRA ANA", "DNI 28.456.789", "Consumidor Final"], foot, indent))
    assert (r.merchant, r.warnings) == ({"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}, [])


@pytest.mark.parametrize("foot", [
    # the issuer's own CUIT repeated in the foot: the head's block stays the issuer's
    ["Ejemplo Hogar  -  CUIT 30-71234567-1  -  Inicio de Actividades: 01/03/2012"],
    # another party's CUIT in the foot without a field only an issuer prints
    ["Comprobante emitido con el sistema de DISTRIBUIDORA NORTE S.R.L.  CUIT 30-70000001-6"],
    # a block with a buyer's label
    ["Cliente: DISTRIBUIDORA NORTE S.R.L.  CUIT 30-70000001-6", "Inicio de Actividades: 01/03/2012"],
    # one issuer's field alone: another company's address
    ["DISTRIBUIDORA NORTE S.R.L. - CUIT 30-70000001-6 - Domicilio Comercial: Mitre 820 - Rosario"],
    # a third party: a collector, a carrier
    ["Cobranza por cuenta y orden de DISTRIBUIDORA NORTE S.R.L.",
     "CUIT 30-70000001-6 - IIBB 902-000001-1 - Inicio de Actividades 01/01/2001"],
    ["Entrega a cargo de: EXPRESO SUR S.R.L. - CUIT 30-70000001-6 - Domicilio Comercial: Mitre 820",
     "Ingresos Brutos 902-000001-1"],
])
def test_a_cuit_in_the_foot_is_not_the_issuer_unless_only_an_issuers_block(foot):
    head = ["EJEMPLO HOGAR S.A.", "CUIT: 30-71234567-1", "Av. Corrientes 1234 - CABA"]
    r = parse(_head_and_foot(head, foot))
    assert (r.merchant, r.warnings) == ({"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}, [])
    # and a head whose only CUIT has an issuer's field keeps it, whatever the foot prints
    head = ["EJEMPLO HOGAR S.A.", "CUIT: 30-71234567-1", "IIBB: 901-123456-7"]
    foot = ["DISTRIBUIDORA NORTE S.R.L.  -  CUIT 30-70000001-6", "Inicio de Actividades: 01/03/2012"]
    r = parse(_head_and_foot(head, foot))
    assert (r.merchant, r.warnings) == ({"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}, [])


@pytest.mark.parametrize("foot", FOOT_ISSUERS[:2])
def test_an_issuer_printed_only_in_the_foot_of_a_pdf(foot):
    # the same in a PDF drawn cell by cell (Helvetica, proportional widths)
    text = _head_and_foot(BUYER_BLOCK, foot, 6)
    r = expetl.parse_receipt(_canvas_pdf(_cells(text.splitlines(), 800, size=7, cw=4.2)))
    assert (r.merchant, r.warnings) == ({"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}, [])
    assert r.total == Decimal("72600.00")


@pytest.mark.parametrize("name", ["HOGAR S.A.", "Hogar SRL", "AGRO SAS"])
def test_a_legal_name_centred_over_a_longer_address_is_the_name(name):
    # a centred header: the address under the name reaches further left and
    # was read as the issuer's name
    head = [f"{name:^80}".rstrip(),
            f"{'Casa central - Av. Corrientes 1234 - (1043) CABA':^80}".rstrip(),
            f"{'CUIT: 30-71234567-1   Ing. Brutos: 901-123456-7':^80}".rstrip(),
            f"{'IVA RESPONSABLE INSCRIPTO':^80}".rstrip(), "",
            "FACTURA A   N° 0004-00012345                                    Fecha: 14/03/2026"]
    r = parse("\n".join(head) + "\n" + TWO_BLOCK_BODY)
    assert (r.merchant, r.warnings) == ({"name": name, "cuit": ISSUER_CUIT}, [])
    # near miss: a centred line that is no legal name (a trade) is not taken
    # over the issuer's block at the left
    text = (f"{'Bazar y Menaje':^80}".rstrip() + "\nEJEMPLO HOGAR S.A.\nCUIT: 30-71234567-1\n"
            "Ingresos Brutos: 901-123456-7\n\nFACTURA A   N° 0004-00012345   Fecha: 14/03/2026\n" + TWO_BLOCK_BODY)
    assert parse(text).merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


# A Factura C set as a word processor does: the issuer's fields at the
# right, one of them a label whose value wrapped onto the line below, the
# emission date in a grid (its label over its value).
GRID = """\
TALLER DE CERAMICA LUNA                              C        FACTURA
Razón Social: TALLER DE CERAMICA LUNA       COD. 011     Punto de Venta: 00002   Comp. Nro: 00000341
Condición frente al IVA: Monotributo                     CUIT: 27312456783
                                                         {l1}
                                                         {l2}
{g1}
{g2}
CUIT: 20301234563    Apellido y Nombre / Razón Social: PAZ JULIAN

Cant.   Descripción              Precio Unit.       Importe
2       Taller de torno             15.000,00     30.000,00

                                        Subtotal: $       30.000,00
                                        Importe Total: $  30.000,00
"""


@pytest.mark.parametrize("l1,l2", [
    ("Fecha de Inicio de Actividades:", "01/02/2019"),  # the value wrapped under its label
    ("Fecha de Inicio de Actividades: 01/02/2019", ""),
    ("Vto. del CAE:", "12/09/2024"),
    ("Inicio de Actividades", "01/02/2019"),
])
@pytest.mark.parametrize("g1,g2", [("Fecha de Emisión", "02/08/2024"), ("Fecha de Emisión: 02/08/2024", ""),
                                   ("Fecha          Condición de venta", "02/08/2024     Contado")])
def test_a_date_under_another_dates_label_is_not_the_emission_date(l1, l2, g1, g2):
    # the start of activities wrapped under its label was taken for the
    # emission date whenever the emission date was in a grid
    r = parse(GRID.format(l1=l1, l2=l2, g1=g1, g2=g2))
    assert (r.issued_at, r.total, r.warnings) == ("2024-08-02", Decimal("30000.00"), [])


def test_a_date_under_the_emission_label_is_the_emission_date_before_an_unlabelled_one():
    # the grid's label names the date below it; an earlier bare date is a note's
    text = GRID.format(l1="Impreso 28/08/2024", l2="", g1="Fecha de Emisión", g2="02/08/2024")
    assert parse(text).issued_at == "2024-08-02"


@pytest.mark.parametrize("value,name", [
    ("GONZALEZ RAMON ALBERTO - CUIT 30-71234567-1", "GONZALEZ RAMON ALBERTO"),
    ("GONZALEZ RAMON ALBERTO | C.U.I.T.: 30-71234567-1", "GONZALEZ RAMON ALBERTO"),
    ("LA HUERTA S.R.L. - Domicilio: Brown 1033", "LA HUERTA S.R.L."),
    ("LA HUERTA S.R.L. | Domicilio: Brown 1033", "LA HUERTA S.R.L."),
    ("LA HUERTA S.R.L. – Inicio de Actividades: 01/2019", "LA HUERTA S.R.L."),
    # near misses: a dash inside a name, not before a field
    ("PEREZ - GARCIA HERMANOS S.H.", "PEREZ - GARCIA HERMANOS S.H."),
    ("COMERCIAL 9 - DE JULIO S.A.", "COMERCIAL 9 - DE JULIO S.A."),
])
def test_the_issuers_name_ends_where_another_field_begins_on_its_line(value, name):
    # the name ran on through " - CUIT ..." into the next field
    text = afip().replace("Razón Social: EJEMPLO HOGAR S.A.", f"Razón Social: {value}")
    r = parse(text.replace("EJEMPLO HOGAR S.A.", name))  # the name atop the page too
    assert r.merchant == {"name": name, "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("written", ["2-Ago-22", "02-Ago-2022", "02/AGO/2022", "2-ago-2022", "02-Aug-2022",
                                     "02.ago.2022"])
def test_emission_date_with_the_month_abbreviated(written):
    assert parse(afip().replace(DATE_LINE, f"Fecha de Emisión: {written}")).issued_at == "2022-08-02"


@pytest.mark.parametrize("written", ["31-Feb-2022", "02-Agx-2022", "02-Agosto-2022", "02-Ago-202", "2022-Ago-02"])
def test_an_abbreviated_date_that_is_not_one_is_not_taken(written):
    assert parse(afip().replace(DATE_LINE, f"Fecha de Emisión: {written}")).issued_at is None


@pytest.mark.parametrize("line", ["Número: FA-A 00003-00001101", "Nro.: A-0003-00001101", "Comprobante: FA-A-00003-00001101",
                                  "N°: FCE-A 00003-00001101", "Número: A 00003-00001101"])
def test_the_documents_number_after_the_type_an_erp_names_it_by(line):
    # Odoo and other ERPs print the number after the document's type
    # ("FA-A"): pos and number were left null
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == (3, 1101)


@pytest.mark.parametrize("line", ["Número: Cliente 00003-00001101", "Número: REMITO 00003-00001101",
                                  "Nro. Rto 00003-00001101", "Nro.: OC-12 00003-00001101"])
def test_a_word_before_the_number_that_is_no_documents_type_is_not_skipped(line):
    # near misses: another document's words or number
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == (None, None)


# A narrow letter box: "COD." with its code on the line below, a column of
# dates beside it.
CODE_BOX = """\
CABLEVISION DEL OESTE S.A.                        FACTURA N° 0021-01048576
CUIT: 30-71234567-1                          A    {l1}
IVA Responsable Inscripto                  COD.   {l2}
                                            {code}    Fecha de Emisión: 02/08/2024
Titular: ESTUDIO BERNAL S.C.   CUIT: 30-70000001-6

Concepto                            Cantidad   Precio Unitario   Alícuota IVA   Importe Neto
Abono mensual Fibra 300 Mb                 1         28.925,62           27%      28.925,62

                                  Neto Gravado    $ 28.925,62
                                  IVA 27%          $ 7.809,92
                                  Total a pagar   $ 36.735,54
"""


@pytest.mark.parametrize("l1,l2", [("1° Vencimiento: 15/08/2024", "2° Vencimiento: 25/08/2024"),
                                   ("Vencimiento: 15/08/2024", "Plan 3 cuotas"), ("", "")])
def test_the_code_under_a_code_label_that_ends_its_cell(l1, l2):
    # the box's "01" on the line below was not read, and "2° Vencimiento"
    # beside the label was taken for code 2 (a debit note: refused)
    r = parse(CODE_BOX.format(l1=l1, l2=l2, code="01"))
    assert (r.doc_type, r.pos, r.number, r.total, r.warnings) == (
        "factura_a", 21, 1048576, Decimal("36735.54"), [])


def test_a_credit_notes_code_under_its_label_is_refused_as_such():
    # near miss: the code below is read, so a credit note is still refused
    with pytest.raises(expetl.UnsupportedLayout, match="code"):
        parse(CODE_BOX.format(l1="", l2="", code="03"))


# A utility's bill for a window envelope: the customer's name and address top
# left without a label, the co-op's legal name over its CUIT at the right.
ENVELOPE = """\
                                                   COOPERATIVA ELECTRICA VILLA NUEVA
                                                                               LTDA.
{left[0]:<30}                                          Sarmiento 55 - Villa Nueva
{left[1]:<30}                                      CUIT 30-71234567-1  {cond}
{left[2]}

FACTURA B N° 0003-00456789
Fecha de emisión: 05/09/2024

Concepto                           Cantidad     Precio Unit.       Importe
Cargo fijo                                1         3.250,00      3.250,00
Energía consumida                       245            98,00     24.010,00

                                                   Total a pagar:  $ 27.260,00
CAE N°: 72318457237008      Fecha de Vto. de CAE: 15/09/2024
"""
CUSTOMER = ("ACOSTA MARIA ELENA", "Belgrano 1234", "(5900) Villa María - Córdoba")


@pytest.mark.parametrize("postal", ["(5900) Villa María - Córdoba", "CP 5900 Villa María - Córdoba"])
def test_a_window_envelopes_customer_is_not_the_issuer(postal):
    r = parse(ENVELOPE.format(left=CUSTOMER[:2] + (postal,), cond="IVA Responsable Inscripto"))
    assert r.merchant == {"name": "COOPERATIVA ELECTRICA VILLA NUEVA LTDA.", "cuit": ISSUER_CUIT}
    assert (r.total, r.warnings) == (Decimal("27260.00"), [])


@pytest.mark.parametrize("left, cond, head", [
    # near misses: the block top left prints the issuer's VAT condition (it
    # is the issuer's); the name over the CUIT ends with no company type
    (("ACOSTA MARIA ELENA", "IVA Responsable Inscripto", CUSTOMER[2]), "", None),
    (CUSTOMER, "IVA Responsable Inscripto", "ACOSTA HNOS Y"),
])
def test_a_name_top_left_stays_the_issuers_unless_an_envelopes(left, cond, head):
    text = ENVELOPE.format(left=left, cond=cond)
    if head:
        text = text.replace("COOPERATIVA ELECTRICA VILLA NUEVA", head).replace("LTDA.", "CIA")
    assert parse(text).merchant == {"name": "ACOSTA MARIA ELENA", "cuit": ISSUER_CUIT}


def _cae_beside_items(cae):
    # a two-column bill: the CAE printed in a card at the right, level with
    # the table's first row; nothing under the totals
    text = afip().replace("CAE N°: 72318457237008      Fecha de Vto. de CAE: 12/08/2022\n", "")
    first = "        Yerba mate 1kg                  2,00  unidades       1000,00     0,00   2000,00           21%         2420,00"
    assert first in text
    return parse(text.replace(first, first + f"      CAE {cae}"))


def test_a_cae_printed_level_with_an_item_row_is_read():
    r = _cae_beside_items("72318457237008")
    assert r.cae == "72318457237008"
    assert [i["amount"] for i in r.items] == [Decimal("2420.00"), Decimal("552.50")]


def test_a_number_after_cae_in_the_table_that_is_no_cae_is_not_read():
    # near miss: thirteen digits
    assert _cae_beside_items("7231845723700").cae is None
