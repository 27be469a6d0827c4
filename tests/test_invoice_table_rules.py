"""Rules of the item table and the totals block, each with near misses:
invoices built from layout text (parse_receipt_text) or small PDFs."""
from decimal import Decimal

import pytest

import expetl
from expetl.sample import write_pdf
from test_invoice_layouts import AFIP_TOTALS, PRIV_HEAD, _page, afip, parse

D = Decimal

MONO_TABLE = """\
----------------------------------------------------------------------------------------------
Código  Descripción                          Cantidad  P.Unitario  Alic       Importe
----------------------------------------------------------------------------------------------
        Tornillo autoperforante 8x1/2            1,00    2000,00   21,00      2000,00
        punta mecha
        Aceite girasol 1,5L --- oferta           1,00     500,00   21,00       500,00
        Cable 2 -- 4 mm
----------------------------------------------------------------------------------------------"""

MONO_TOTALS = """\
                                                         Importe Neto Gravado: $   2500,00
                                                                    IVA 21%: $    525,00
                                                               Importe Total: $   3025,00"""


def test_ruled_lines_of_a_monospaced_table_are_not_description():
    r = parse(afip(table=MONO_TABLE, totals=MONO_TOTALS))
    # the dashes framing the table are no cell; dashes inside a cell's text
    # (shorter, or among words) are kept
    assert [i["description"] for i in r.items] == [
        "Tornillo autoperforante 8x1/2 punta mecha",
        "Aceite girasol 1,5L --- oferta Cable 2 -- 4 mm"]
    assert r.warnings == []


def test_equals_rule_under_the_last_item_is_not_description():
    table = MONO_TABLE.rsplit("\n", 1)[0] + "\n" + "=" * 94
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert r.items[-1]["description"] == "Aceite girasol 1,5L --- oferta Cable 2 -- 4 mm"


NOQTY_TABLE = """\
Descripción                                                 Importe
Sesión de psicoterapia individual                           2000,00
Informe para presentación                                    500,00"""


def test_no_quantity_printed_no_unit_claimed():
    r = parse(afip(table=NOQTY_TABLE, totals=MONO_TOTALS))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(None, None), (None, None)]


def test_a_printed_quantity_is_counted_in_units_or_kg():
    # near miss: a quantity column gives "un", a weight "kg"
    table = """\
Descripción                          Cant.   U.Med      Precio      Importe
Yerba mate 1 kg                          1   u         2000,00      2000,00
Queso cremoso                        0,250   kg        2000,00       500,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(D("1"), "un"), (D("0.250"), "kg")]


def test_a_line_printing_only_its_amount_claims_no_unit():
    # the table prints a quantity column, this line neither a count nor a
    # unit price: a charge billed whole, no count, so no unit (every
    # expected file of seven rounds of unseen invoices reads it so)
    table = """\
Descripción                          Cant.          Precio      Importe
Yerba mate 1 kg                          1         2000,00      2000,00
Flete a domicilio                                                500,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(D("1"), "un"), (None, None)]


# ---- a table continued on the next page without its header ----

CONT_HEAD = """\
FERRETERIA EJEMPLO S.A.                                        FACTURA   A    COD. 01
Razón Social: FERRETERIA EJEMPLO S.A.                      Pto.Vta: 00015 Nro: 00128803
IVA Responsable Inscripto                                             Fecha: 16/03/2026
C.U.I.T.: 30-71234567-1
Cliente : COMPRADORA S.R.L.                     CUIT: 30700000016
==========================================================================================
Codigo Descripcion                              Cantidad   P.Unitario Alic          Importe
------------------------------------------------------------------------------------------"""

ROW = "{code:<7}{desc:<40}{qty:>6}{price:>13}{rate:>6}{amount:>17}"


def _rows(start, n):
    out = []
    for i in range(start, start + n):
        out.append(ROW.format(code=f"A{i}", desc=f"Articulo numero {i} de ferreteria", qty="2,00",
                              price="100,00", rate="21,00", amount="200,00"))
        out.append("       lote " + str(1000 + i))
    return out


def _cont_totals(n):
    net = 200 * n
    return [ "-" * 90,
            f"{'Subtotal:':>70}{net:>14},00",
            f"{'IVA 21%:':>70}{net * 21 // 100:>14},00",
            f"{'TOTAL:':>70}{net * 121 // 100:>14},00"]


def test_table_continues_on_a_page_without_header():
    page1 = [CONT_HEAD] + _rows(0, 5) + ["", f"{'Continua en hoja 2':>90}"]
    page2 = ["Hoja 2"] + _rows(5, 4) + _cont_totals(9)
    r = parse("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n")
    assert [i["description"] for i in r.items] == [
        f"Articulo numero {i} de ferreteria lote {1000 + i}" for i in range(9)]
    assert r.warnings == []


def test_a_page_after_the_totals_is_no_continuation():
    # near miss: the table closed by its totals; a page after it that looks
    # like item rows (an annex) adds no item
    page1 = [CONT_HEAD] + _rows(0, 5) + _cont_totals(5)
    page2 = ["Anexo: detalle de entregas"] + _rows(5, 3)
    r = parse("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n")
    assert len(r.items) == 5 and r.warnings == []


def test_a_next_page_with_its_own_header_reads_under_that_header():
    # near miss: the continued page repeats the column titles
    head = CONT_HEAD.split("\n")[-2:]
    page1 = [CONT_HEAD] + _rows(0, 5)
    page2 = head + _rows(5, 4) + _cont_totals(9)
    r = parse("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n")
    assert len(r.items) == 9 and r.warnings == []


@pytest.mark.parametrize("foot,top", [
    ("Transporte", "Transporte"),
    ("Subtotal a transportar", "Viene de hoja anterior"),
    ("Transporte a hoja siguiente", None),
    (None, "Transporte de hoja anterior"),
    ("Van", "Vienen"),
])
@pytest.mark.parametrize("header", [True, False])
def test_a_carried_over_amount_between_pages_is_no_item_nor_the_tables_end(foot, top, header):
    # the sum so far printed at the foot of a page and again over the next
    # page's items: the foot's line ended the table, and every item of the
    # later pages was lost (the totals did not add up: flagged)
    head = CONT_HEAD.split("\n")[-2:] if header else []
    carry = f"{'1.000,00':>90}"
    page1 = [CONT_HEAD] + _rows(0, 5) + ([f"       {foot}" + carry[7 + len(foot):]] if foot else [])
    page2 = ["Hoja 2"] + head + ([f"       {top}" + carry[7 + len(top):]] if top else []) + _rows(5, 4)
    page3 = ["Hoja 3"] + head + _rows(9, 2) + _cont_totals(11)
    r = parse("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f" + "\n".join(page3) + "\n")
    assert [i["description"] for i in r.items] == [
        f"Articulo numero {i} de ferreteria lote {1000 + i}" for i in range(11)]
    assert (r.total, r.taxes, r.warnings) == (Decimal("2662.00"), [], [])


def test_an_item_named_transporte_on_a_page_before_the_last_stays_an_item():
    # near miss: a line of the table that begins with the word prints its
    # quantity and price: an item, not a carried sum
    item = ROW.format(code="F1", desc="Transporte y flete a obra", qty="2,00", price="100,00", rate="21,00",
                      amount="200,00")
    page1 = [CONT_HEAD] + _rows(0, 4) + [item]
    page2 = ["Hoja 2"] + _rows(5, 4) + _cont_totals(9)
    r = parse("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n")
    assert len(r.items) == 9 and r.items[4]["description"] == "Transporte y flete a obra"
    assert r.warnings == []


def test_a_single_pages_transport_charge_is_still_read():
    # near miss: on a one-page invoice "Transporte" with an amount under the
    # items is not a carry-over (it ends the table, as before)
    page = [CONT_HEAD] + _rows(0, 5) + [f"       Transporte{'1.000,00':>73}"] + _cont_totals(5)
    r = parse("\n".join(page) + "\n")
    assert len(r.items) == 5


def test_a_next_page_without_item_rows_adds_nothing():
    # near miss: an open table, then a page of notes (no quantity and amount
    # under the columns)
    page1 = [CONT_HEAD] + _rows(0, 5)
    page2 = ["Observaciones: entrega en obra, horario de 8 a 12 hs",
             "Gracias por su compra"] + _cont_totals(5)
    r = parse("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n")
    assert len(r.items) == 5
    assert r.items[-1]["description"] == "Articulo numero 4 de ferreteria lote 1004"
    assert r.warnings == []


# ---- a minus sign printed before the currency ----

def _fb(table, totals):
    return parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 06")
                 .replace("  A        FACTURA", "  B        FACTURA"))


BONIF_TABLE = """\
Artículo                                         Cantidad   P. Unitario   % Bonif        Subtotal
Estuche rigido                                          1    $ 1.000,00      0,00      $ 1.000,00
Liquido lentes de contacto 360 ml                       2      $ 500,00     15,00        $ 850,00"""


def test_discount_with_the_minus_before_the_currency():
    totals = """\
                                           Subtotal:                  $ 1.850,00
                                           Descuento pago efectivo:   -$ 185,00
                                           TOTAL                      $ 1.665,00"""
    r = _fb(BONIF_TABLE, totals)
    # the % Bonif column is no discount line: the amount printed is after it
    assert [i["amount"] for i in r.items] == [D("1000.00"), D("850.00")]
    assert r.discounts == [{"description": "Descuento pago efectivo", "amount": D("-185.00")}]
    assert r.discount_total == D("185.00") and r.total == D("1665.00")
    assert r.warnings == []


def test_minus_before_the_currency_in_a_row_of_values_under_labels():
    totals = """\
                     Subtotal        Bonificación cliente frecuente        TOTAL
                   $ 1.850,00                             -$ 185,00   $ 1.665,00"""
    r = _fb(BONIF_TABLE, totals)
    assert r.discounts == [{"description": "Bonificación cliente frecuente", "amount": D("-185.00")}]
    assert (r.subtotal, r.total, r.warnings) == (D("1850.00"), D("1665.00"), [])


def test_a_dash_that_is_no_sign_is_not_read_as_one():
    # near miss: a balance printed with a minus is ignored, and a discount
    # printed without a sign is still subtracted
    totals = """\
                                           Subtotal:                  $ 1.850,00
                                           Saldo anterior:            -$ 500,00
                                           Descuento:                  $ 185,00
                                           TOTAL                      $ 1.665,00"""
    r = _fb(BONIF_TABLE, totals)
    assert r.discounts == [{"description": "Descuento", "amount": D("-185.00")}]
    assert r.total == D("1665.00") and r.warnings == []


def test_row_of_totals_labels_over_a_row_of_values_drawn_as_cells():
    from test_invoice_layouts import _invoice
    table = [[(40, "Cantidad"), (110, "Descripción"), (-440, "P. Unitario"), (-553, "Importe")],
             [(40, "1"), (110, "Pintura latex interior 20 litros"), (-440, "1.000,00"), (-553, "$ 1.000,00")],
             [(40, "2"), (110, "Rodillo lana 22cm"), (-440, "425,00"), (-553, "$ 850,00")]]
    totals = [[(80, "Subtotal"), (230, "Bonificación cliente frecuente"), (480, "TOTAL")],
              [(70, "$ 1.850,00"), (290, "-$ 185,00"), (470, "$ 1.665,00")]]
    r = _invoice((table, totals))
    assert [i["amount"] for i in r.items] == [D("1000.00"), D("850.00")]
    assert r.discounts == [{"description": "Bonificación cliente frecuente", "amount": D("-185.00")}]
    assert (r.subtotal, r.discount_total, r.total, r.warnings) == (
        D("1850.00"), D("185.00"), D("1665.00"), [])


# ---- column names of other programs ----
# "#" over the line's number ("001"): a column of its own, never part of the
# description; "Producto y descripción" names one description column;
# "Tarifa", a service's rate, is the unit price.

@pytest.mark.parametrize("num", ["001", "01", "1"])
def test_a_column_headed_hash_holds_the_lines_number_not_the_description(num):
    # the number one space before the description, the label far right of
    # it: one cell for the text, two columns for the reader
    table = f"""\
#             Descripción                   Cant.      Precio      Importe
{num} Tornillo #8 x 1/2                          2,00     1000,00      2000,00
{num[:-1] + "2"} Aceite girasol 1,5L                        1,00      500,00       500,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [i["description"] for i in r.items] == ["Tornillo #8 x 1/2", "Aceite girasol 1,5L"]


@pytest.mark.parametrize("label", ["Producto y descripción", "Artículo y descripción"])
def test_a_description_column_named_twice_in_one_cell_is_one_column(label):
    table = f"""\
Ítem  {label:<32} Cant.      Precio      Importe
1     Auriculares inalámbricos           2,00     1000,00      2000,00
2     Funda de silicona                  1,00      500,00       500,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [(i["description"], i["quantity"], i["amount"]) for i in r.items] == [
        ("Auriculares inalámbricos", D("2.00"), D("2000.00")), ("Funda de silicona", D("1.00"), D("500.00"))]


def test_a_rate_column_named_tarifa_is_the_unit_price():
    table = """\
Descripción                          Cant.      Tarifa      Importe
Consultoría funcional                2,00      1000,00      2000,00
Soporte remoto                       1,00       500,00       500,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [(i["quantity"], i["unit_price"]) for i in r.items] == [(D("2.00"), D("1000.00")), (D("1.00"), D("500.00"))]


# ---- an amount negative as an accountant prints it ----
# "(185,00)" and "185,00-" are -185,00, in the table and in the totals,
# with their cents printed; a number so printed without cents, or inside a
# description, is no amount.

@pytest.mark.parametrize("neg", ["(185,00)", "185,00-", "$ 185,00-",
                                 # the sign printed apart, in brackets, before the amount
                                 "(-) $ 185,00", "(-) 185,00"])
def test_an_accounting_negative_in_the_totals_is_a_discount(neg):
    totals = f"""\
                                           Subtotal:                  $ 1.850,00
                                           Descuento pago efectivo    {neg:>12}
                                           TOTAL                      $ 1.665,00"""
    r = _fb(BONIF_TABLE, totals)
    assert r.discounts == [{"description": "Descuento pago efectivo", "amount": D("-185.00")}]
    assert (r.total, r.warnings) == (D("1665.00"), [])


@pytest.mark.parametrize("neg", ["(185,00)", "185,00-"])
def test_an_accounting_negative_on_a_line_of_the_table_is_its_discount(neg):
    width = len(BONIF_TABLE.splitlines()[1])  # the amount column's right edge
    table = BONIF_TABLE + "\n" + "Bonificación cliente frecuente" + neg.rjust(width - 30)
    totals = """\
                                           TOTAL                      $ 1.665,00"""
    r = _fb(table, totals)
    assert [i["description"] for i in r.items] == ["Estuche rigido", "Liquido lentes de contacto 360 ml"]
    assert r.discounts == [{"description": "Bonificación cliente frecuente", "amount": D("-185.00")}]
    assert (r.total, r.warnings) == (D("1665.00"), [])


@pytest.mark.parametrize("printed", ["(185)", "185-", "(1,5)"])
def test_a_number_in_brackets_or_before_a_dash_without_cents_is_no_amount(printed):
    # near misses: no cents, so no accounting amount; the discount is not
    # read and the totals do not add up, which is flagged
    totals = f"""\
                                           Subtotal:                  $ 1.850,00
                                           Descuento pago efectivo:   {printed:>10}
                                           TOTAL                      $ 1.665,00"""
    r = _fb(BONIF_TABLE, totals)
    assert r.discounts == [] and r.warnings == ["totals_mismatch"]


# ---- a barcode wrapped in a narrow code column ----

EAN_TOTALS = """\
                                        Subtotal:   3000,00
                                        Total:      3000,00"""


def _fc(table, totals=EAN_TOTALS):
    return parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 011")
                 .replace(" A        FACTURA", "FACTURA"))


def test_barcode_wrapped_under_its_line_before_an_item_without_code():
    table = """\
EAN          Descripción                         Cantidad     Precio      Subtotal
779368018882 Yerba mate 1 kg                            2    1000,00       2000,00
5
             Queso cremoso                          0,500    2000,00       1000,00"""
    r = _fc(table)
    assert [(i["description"], i["ean"]) for i in r.items] == [
        ("Yerba mate 1 kg", "7793680188825"), ("Queso cremoso", None)]


def test_a_digit_that_does_not_finish_a_barcode_is_not_appended():
    # near misses: the fragment would break the check digit, or the code
    # above is a whole barcode already
    for first, frag in (("779368018882", "4"), ("7793680188825", "5")):
        table = f"""\
EAN           Descripción                         Cantidad     Precio      Subtotal
{first:<13} Yerba mate 1 kg                            2    1000,00       2000,00
{frag}
              Queso cremoso                          0,500    2000,00       1000,00"""
        r = _fc(table)
        assert r.items[0]["ean"] == (first if len(first) == 13 else None)
        assert [i["description"] for i in r.items] == ["Yerba mate 1 kg", "Queso cremoso"]


# ---- rows whose cells are centred on the item's line ----
# A layout that centres every cell vertically prints a two-line description
# half a line above and below the code's line, and an amount cell whose
# currency wraps ("ARS" over "15.400,00") puts the amount on the lower
# line: the line above the code is the item's first, not a wrap of the
# item before.

CENTRED_HEAD = [(40, "Código"), (150, "Producto"), (-300, "Cant."), (-380, "Precio"), (-553, "Subtotal")]


def _offset_items(items, step):
    """items: each a list of (x, dy, text) around its line (dy up; a negative
    x right-aligns at -x), the lines `step` points apart."""
    from test_invoice_layouts import _width
    cells = _page(PRIV_HEAD + [CENTRED_HEAD])
    y = cells[-1][1] - 30
    for item in items:
        cells += [(-x - _width(t) if x < 0 else x, y + dy, t) for x, dy, t in item]
        y -= step
    total = "15.700,00"
    cells += [(420, y - 20, "Subtotal"), (553 - _width(total), y - 20, total),
              (420, y - 32, "TOTAL"), (553 - _width(total), y - 32, total)]
    return expetl.parse_receipt(write_pdf([cells], width=595.0, height=842.0))


def _centred(code, desc, qty, price, amount, half):
    lines = [(150, 0, desc[0])] if len(desc) == 1 else [(150, half, desc[0]), (150, -half, desc[1])]
    return [(40, 0, code), (-300, 0, qty), (-380, 0, price), (-553, half, "ARS"), (-553, -half, amount)] + lines


@pytest.mark.parametrize("half", [4.5, 6.0])
def test_a_description_centred_on_its_items_line_starts_above_the_code(half):
    r = _offset_items([
        _centred("7791234000012", ["Yerba mate orgánica", "500 g"], "1", "5.000,00", "5.000,00", half),
        _centred("7794567000124", ["Aceite de coco 360 ml"], "2", "1.500,00", "3.000,00", half),
        _centred("7798880001233", ["Mix de frutos secos", "x 1 kg"], "1", "7.700,00", "7.700,00", half)], 30)
    assert [(i["description"], i["ean"], i["amount"]) for i in r.items] == [
        ("Yerba mate orgánica 500 g", "7791234000012", D("5000.00")),
        ("Aceite de coco 360 ml", "7794567000124", D("3000.00")),
        ("Mix de frutos secos x 1 kg", "7798880001233", D("7700.00"))]
    assert r.warnings == []


def test_a_wrapped_line_as_near_the_next_code_as_its_own_row_stays_with_its_item():
    # near miss: cells set to the top, lines one pitch apart throughout; the
    # third line of the second description is as near the next code as its
    # own amount's line, and stays with its item
    top = [(40, 0, "7791234000012"), (150, 0, "Yerba mate orgánica"), (-300, 0, "1"), (-380, 0, "5.000,00"),
           (-553, 0, "ARS"), (150, -12, "500 g"), (-553, -12, "5.000,00")]
    second = [(40, 0, "7794567000124"), (150, 0, "Aceite de coco"), (-300, 0, "2"), (-380, 0, "1.500,00"),
              (-553, 0, "ARS"), (150, -12, "360 ml"), (-553, -12, "3.000,00"), (150, -24, "neutro")]
    third = [(40, 0, "7798880001233"), (150, 0, "Mix de frutos secos"), (-300, 0, "1"), (-380, 0, "7.700,00"),
             (-553, 0, "ARS"), (150, -12, "x 1 kg"), (-553, -12, "7.700,00")]
    r = _offset_items([top, second, third], 36)
    assert [i["description"] for i in r.items] == [
        "Yerba mate orgánica 500 g", "Aceite de coco 360 ml neutro", "Mix de frutos secos x 1 kg"]


def _stepped(desc, qty, price, amount, half):
    # the quantity on the description's first line, the price half a line
    # below it, the amount on the description's last line: each cell centred
    return [(150, half, desc[0]), (-300, half, qty), (-380, 0, price), (150, -half, desc[1]),
            (-553, -half, amount)]


@pytest.mark.parametrize("half", [4.5, 5.5])
def test_an_items_numbers_centred_on_rows_of_its_own_are_the_items(half):
    r = _offset_items([_stepped(["Consultoría en", "implementación"], "8,00", "1.000,00", "8.000,00", half),
                       _stepped(["Suscripción", "mensual"], "12,00", "641,67", "7.700,00", half)], 30)
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in r.items] == [
        ("Consultoría en implementación", D("8.00"), D("1000.00"), D("8000.00")),
        ("Suscripción mensual", D("12.00"), D("641.67"), D("7700.00"))]


def test_numbers_a_whole_line_from_the_amount_are_not_lent_to_it():
    # near miss: the rows do not overlap (a line apart each): nothing ties
    # the quantity and the price to the amount two lines down
    r = _offset_items([_stepped(["Consultoría en", "implementación"], "8,00", "1.000,00", "8.000,00", 12.0),
                       _stepped(["Suscripción", "mensual"], "12,00", "641,67", "7.700,00", 12.0)], 44)
    assert [i["amount"] for i in r.items] == [D("8000.00"), D("7700.00")]
    assert [(i["quantity"], i["unit_price"]) for i in r.items] == [(None, None), (None, None)]


# ---- a description cut into cells at its own word spaces (an OCR layer) ----

_HELV = dict(zip("abcdeghilmnoprstuzS()", [556, 556, 500, 556, 556, 556, 556, 222, 222, 833, 556, 556,
                                            556, 333, 500, 278, 556, 500, 667, 333, 333]))


def _text_width(s):
    return sum(_HELV.get(c, 556) for c in s) * 8 / 1000


def _spaced(x, words, gap):
    """Each word a text object of its own, `gap` points after the last."""
    cells = []
    for w in words:
        cells.append((x, w))
        x += _text_width(w) + gap
    return cells


OCR_HEAD = [(40, "Descripción"), (-400, "Cant."), (-470, "Precio"), (-553, "Importe")]


def _ocr_invoice(desc_cells):
    from test_invoice_layouts import _invoice
    table = [OCR_HEAD, desc_cells + [(-400, "4"), (-470, "32.000,00"), (-553, "128.000,00")]]
    return _invoice((table, [[(420, "Subtotal"), (-553, "128.000,00")],
                             [(420, "TOTAL"), (-553, "128.000,00")]]))


def test_description_cut_into_cells_at_its_word_spaces_is_one_cell():
    words = "Sesiones de psicopedagogia marzo 2026 (4)".split()
    r = _ocr_invoice(_spaced(40, words, 7.2))
    assert [i["description"] for i in r.items] == ["Sesiones de psicopedagogia marzo 2026 (4)"]
    assert r.items[0]["quantity"] == D("4") and r.warnings == []


def test_text_past_a_gap_wider_than_the_descriptions_spaces_is_not_description():
    # near misses: words set with ordinary spaces, then a cell well apart
    # (an unlabeled column); and OCR-spaced words, then a far cell
    cells = _spaced(40, "Sesiones de psicopedagogia".split(), 2.2) + [(200, "bonificado")]
    r = _ocr_invoice(cells)
    assert [i["description"] for i in r.items] == ["Sesiones de psicopedagogia"]
    cells = _spaced(40, "Sesiones de psicopedagogia".split(), 7.2) + [(230, "bonificado")]
    assert [i["description"] for i in _ocr_invoice(cells).items] == ["Sesiones de psicopedagogia"]


# ---- a currency code printed in the amount cell ----

USD_TOTALS = """\
                                                    Importe Neto Gravado: U$S 830,00
                                                                 IVA 21%: U$S 174,30
                                                           Importe Total: U$S 1.004,30"""


@pytest.mark.parametrize("cur", ["U$S", "USD"])
def test_currency_code_before_the_line_amount_is_no_text(cur):
    # the amounts right-aligned past the end of their label, the cell
    # under no label
    table = f"""\
Producto / Servicio                    Cantidad       Precio Unit.            Alícuota   Subtotal
Cloud hosting plan Business - 12 meses            1                  480,00        21%              {cur} 480,00
Abono soporte USD 10 horas                        1                  350,00        21%              {cur} 350,00"""
    r = parse(afip(table=table, totals=USD_TOTALS.replace("U$S", cur)))
    # near miss: a currency word among the description's words leaves the
    # description's number in it
    assert [(i["description"], i["quantity"], i["amount"]) for i in r.items] == [
        ("Cloud hosting plan Business - 12 meses", D("1"), D("480.00")),
        ("Abono soporte USD 10 horas", D("1"), D("350.00"))]
    assert r.warnings == []


# ---- a ruling read as a glyph beside a header label (a scan) ----

SCAN_TOTALS = """\
                                                       Subtotal:   $ 2.500,00
                                                       TOTAL:      $ 2.500,00"""


@pytest.mark.parametrize("main,under", [
    ("                                          Cant.       Precio       Importe", "|  Descripción"),
    ("                                          Cant.  |    Precio  |    Importe", "|  Descripción  |"),
    ("                                          Cant.       Precio       Importe", "-  Descripción"),
])
def test_ruling_glyph_beside_a_stacked_header_label(main, under):
    table = f"""\
{main}
{under}
   Cinta aisladora 19mm x 20m negra          2     1.000,00    $ 2.000,00
   Teflon 3/4 x 10 m                         1       600,00      $ 500,00"""
    # (the second amount is not quantity x price: no row reads by its shape)
    r = _fb(table, SCAN_TOTALS)
    assert [(i["description"], i["quantity"], i["amount"]) for i in r.items] == [
        ("Cinta aisladora 19mm x 20m negra", D("2"), D("2000.00")),
        ("Teflon 3/4 x 10 m", D("1"), D("500.00"))]
    assert r.items[1]["unit_price"] == D("600.00") and r.warnings == []


def test_a_stacked_row_with_other_words_is_no_header_label():
    # near miss: a line of text over the labels is not part of the header
    table = """\
                                          Cant.       Precio       Importe
Ver detalle   Descripción
   Cinta aisladora 19mm x 20m negra          2     1.000,00    $ 2.000,00"""
    try:
        r = _fb(table, SCAN_TOTALS)
    except expetl.UnsupportedLayout:
        return
    assert all(i["description"] != "Ver detalle Descripción" for i in r.items)


# ---- round 4 ----
# A grid of totals under the item table: "Label:" cells whose values fall
# under the table's quantity and amount columns.

GRID_TABLE = """\
Cód.     Descripción                        Cant.     P. Unit.   % Bonif   Alíc. IVA      Subtotal
AB1201   Lavatorio de colgar blanco             2     1.000,00     10,00      21,00%      1.800,00
AB3300   Columna para lavatorio                 1       700,00      0,00      21,00%        700,00"""


def test_totals_labels_as_fields_in_a_grid_under_the_table_are_no_items():
    totals = """\

         Subtotal:                      2.500,00   IVA 21%:                         525,00
         Percepción IIBB Bs.As.:           50,00   Importe Total:                 3.075,00"""
    r = parse(afip(table=GRID_TABLE, totals=totals))
    assert [i["description"] for i in r.items] == ["Lavatorio de colgar blanco", "Columna para lavatorio"]
    assert [i["amount"] for i in r.items] == [D("1800.00"), D("700.00")]
    assert (r.subtotal, r.total) == (D("2500.00"), D("3075.00"))
    assert r.vat == [{"rate": D("21.00"), "amount": D("525.00")}]
    assert r.taxes == [{"description": "Percepción IIBB Bs.As.", "amount": D("50.00")}]
    assert r.warnings == []


def test_an_item_line_whose_words_start_like_a_totals_label_stays_an_item():
    # near miss: no colon ends the first cell; with a quantity and an amount
    # in their columns it is an item line
    table = GRID_TABLE + """
IM0001   Impuesto de sellos a cargo cliente     1        75,00      0,00      21,00%         75,00"""
    totals = """\

         Subtotal:                      2.575,00   IVA 21%:                         540,75
                                                   Importe Total:                 3.115,75"""
    r = parse(afip(table=table, totals=totals))
    assert [i["description"] for i in r.items][-1] == "Impuesto de sellos a cargo cliente"
    assert r.taxes == [] and r.total == D("3115.75") and r.warnings == []


# A discount of the totals block keeps its printed rate: the rate names it
# ("Descuento hermanos 10%"); a tax's label drops it (NOTES rule 8).

CONCEPT_TABLE = """\
Concepto                                                          Importe
Cuota mensual nivel inicial                                     20.000,00
Taller de arte                                                   5.000,00"""


@pytest.mark.parametrize("printed, kept", [
    ("Descuento hermanos 10%:", "Descuento hermanos 10%"),
    ("Bonificación 10 %", "Bonificación 10 %"),
    ("Descuento pago anticipado:", "Descuento pago anticipado"),
])
def test_a_totals_discount_keeps_its_printed_rate(printed, kept):
    totals = f"""\
                                           Subtotal:                  25.000,00
                                           {printed:<27}-2.500,00
                                           Importe Total:             22.500,00"""
    r = _fb(CONCEPT_TABLE, totals)
    assert r.discounts == [{"description": kept, "amount": D("-2500.00")}]
    assert (r.discount_total, r.total, r.warnings) == (D("2500.00"), D("22500.00"), [])


def test_a_tax_label_beside_a_discount_still_drops_its_rate():
    # near miss: the same printed rate on a perception is not kept
    totals = """\
                                           Subtotal:                  25.000,00
                                           Descuento hermanos 10%:    -2.500,00
                                           Percepción IIBB 3%:           675,00
                                           Importe Total:             23.175,00"""
    r = _fb(CONCEPT_TABLE, totals)
    assert r.discounts == [{"description": "Descuento hermanos 10%", "amount": D("-2500.00")}]
    assert r.taxes == [{"description": "Percepción IIBB", "amount": D("675.00")}]
    assert r.total == D("23175.00") and r.warnings == []


# A charge billed as a line of the item table ("Recargo administrativo",
# aligned with the descriptions, at the table's line spacing) is an item;
# the totals block's charges are set apart by a gap or by their place.

CHARGE_TABLE = """\
Concepto                                                          Importe
Prima cuota 2/6 - Responsabilidad civil                         10.000,00
{charge}"""

CHARGE_TOTALS = """\

                                           Subtotal:                  10.500,00
                                           Impuestos y sellados:         210,00
                                           Importe Total:             10.710,00"""


def test_a_charge_billed_as_a_line_of_the_table_is_an_item():
    table = CHARGE_TABLE.format(charge="Recargo administrativo                                             500,00")
    r = _fb(table, CHARGE_TOTALS)
    assert [(i["description"], i["amount"]) for i in r.items] == [
        ("Prima cuota 2/6 - Responsabilidad civil", D("10000.00")),
        ("Recargo administrativo", D("500.00"))]
    assert r.taxes == [{"description": "Impuestos y sellados", "amount": D("210.00")}]
    assert (r.subtotal, r.total, r.warnings) == (D("10500.00"), D("10710.00"), [])


@pytest.mark.parametrize("charge", [
    # set apart from the table by a gap: the totals block
    "\n\nRecargo administrativo                                             500,00",
    # printed as a field
    "Recargo administrativo:                                            500,00",
    # not where the descriptions start: a totals label
    "                                           Recargo administrativo     500,00",
])
def test_a_charge_of_the_totals_block_stays_a_tax(charge):
    totals = """\
                                           Impuestos y sellados:         210,00
                                           Importe Total:             10.710,00"""
    r = _fb(CHARGE_TABLE.format(charge=charge), totals)
    assert [i["description"] for i in r.items] == ["Prima cuota 2/6 - Responsabilidad civil"]
    assert r.taxes == [{"description": "Recargo administrativo", "amount": D("500.00")},
                       {"description": "Impuestos y sellados", "amount": D("210.00")}]
    assert r.total == D("10710.00") and r.warnings == []


# ---- round 5 ----
# A quantity glued to the end of its description by a word space is read in
# its column when it lines up with an edge of the column's label (a word
# processor's cells: left-aligned under "Cant.", or right-aligned to its end).

def _glued_qty(head, row):
    from test_invoice_layouts import _invoice
    table = [head, row + [(-470, "32.000,00"), (-553, "32.000,00")]]
    return _invoice((table, [[(420, "Subtotal"), (-553, "32.000,00")],
                             [(420, "TOTAL"), (-553, "32.000,00")]]))


QTY_LEFT_HEAD = [(40, "Descripción"), (124, "Cant."), (-470, "Precio"), (-553, "Importe")]
QTY_RIGHT_HEAD = [(40, "Descripción"), (133, "Cantidad"), (-470, "Precio"), (-553, "Importe")]


@pytest.mark.parametrize("head, desc, qty", [
    # left-aligned under the label, the text ending 4 pt before it
    (QTY_LEFT_HEAD, (40, "Ramo de rosas rojas x"), (124, "1")),
    # right-aligned to the label's end, the text running on under the label
    (QTY_RIGHT_HEAD, (40, "Libro de recetas para microondas"), (-165, "1")),
])
def test_a_quantity_glued_after_its_description_is_read_in_its_column(head, desc, qty):
    r = _glued_qty(head, [desc, qty])
    assert [(i["description"], i["quantity"]) for i in r.items] == [(desc[1], D("1"))]
    assert r.warnings == []


@pytest.mark.parametrize("row", [
    # a number of the text that ends before the quantity's label
    [(40, "Agua sin gas 2 l x 6")],
    # a number of the text under the label but on neither of its edges
    [(46, "Ramo de rosas rojas x 12")],
])
def test_a_number_of_the_description_stays_in_it(row):
    r = _glued_qty(QTY_LEFT_HEAD, row)
    assert r.items[0]["description"] == row[0][1]


# A totals label wrapped in its cell ("Descuento pago efectivo" over "10%:",
# both lines set to the cell's edge, the amount on the first) is one label:
# a discount keeps the rate printed on its last line.

def _wrapped_discount(first, last, last_x):
    from expetl.sample import write_pdf
    from test_invoice_layouts import PRIV_HEAD, _page, _width
    table = [[(40, "Descripción"), (-553, "Importe")], [(40, "Muñeca de trapo"), (-553, "92.740,00")]]
    cells = _page(PRIV_HEAD + table)
    y = cells[-1][1] - 24
    for label, value, step in [("Subtotal:", "92.740,00", 12), (first, "-9.274,00", 8.5)]:
        cells += [(380, y, label), (553 - _width(value), y, value)]
        y -= step
    cells += [(last_x, y, last)]
    y -= 12
    cells += [(380, y, "TOTAL"), (553 - _width("83.466,00"), y, "83.466,00")]
    return expetl.parse_receipt(write_pdf([cells], width=595.0, height=842.0))


def test_a_discount_label_wrapped_in_its_cell_keeps_its_rate():
    r = _wrapped_discount("Descuento pago efectivo", "10%:", 380)
    assert r.discounts == [{"description": "Descuento pago efectivo 10%", "amount": D("-9274.00")}]
    assert (r.total, r.warnings) == (D("83466.00"), [])


@pytest.mark.parametrize("first, last_x", [
    # a label its colon ends does not run on
    ("Descuento pago efectivo:", 380),
    # a line away from the label's edges is not its last line
    ("Descuento pago efectivo", 300),
])
def test_a_line_under_a_discount_that_is_not_its_wrap_is_not_joined(first, last_x):
    r = _wrapped_discount(first, "10%", last_x)
    assert r.discounts == [{"description": "Descuento pago efectivo", "amount": D("-9274.00")}]


# A monospaced printout sets a right-aligned quantity one space before the
# description: the cell splits where a word starts at the description
# label's left edge, the number (and its unit) before it in its column.

KG_TOTALS = """\
                                                             Subtotal:            {0}
                                                                TOTAL:            {0}"""


def test_a_quantity_one_space_before_the_description_label_edge_is_its_column():
    table = """\
     Cant. Descripción                   P.Unit.   Importe
  1,250 kg Pan francés                   3200,00   4000,00
         1 Facturas surtidas docena      9600,00   9600,00
         2 500 g Fideos moñito            800,00   1600,00"""
    r = parse(afip(table=table, totals=KG_TOTALS.format("15200,00")))
    assert [(i["quantity"], i["unit"], i["description"]) for i in r.items] == [
        (D("1.250"), "kg", "Pan francés"), (D("1"), "un", "Facturas surtidas docena"),
        (D("2"), "un", "500 g Fideos moñito")]
    assert r.total == D("15200.00") and r.warnings == []


def test_a_description_that_starts_with_a_measure_at_the_label_edge_keeps_it():
    # near miss: the number starts at the description's edge, nothing before it
    table = """\
     Cant. Descripción                   P.Unit.   Importe
           500 g Fideos moñito                       800,00"""
    r = parse(afip(table=table, totals=KG_TOTALS.format("  800,00")))
    assert [(i["quantity"], i["description"]) for i in r.items] == [(None, "500 g Fideos moñito")]


# ---- round 6 ----

@pytest.mark.parametrize("printed, kept", [
    # the resolution number is part of the tax's name, only the rate goes
    ("Percepción IVA RG 4240 30%:", "Percepción IVA RG 4240"),
    ("Percepción IVA RG 4240 30 %:", "Percepción IVA RG 4240"),
    ("Percepción IVA RG 4240:", "Percepción IVA RG 4240"),
    # without a colon or a rate, the amount in its own cell: the number was cut
    ("Percepción IVA RG 2408", "Percepción IVA RG 2408"),
    ("Percepción IIBB Ley 11.769", "Percepción IIBB Ley 11.769"),
    # near miss: a rate with no number before it is still dropped
    ("Percepción IVA RG 30%:", "Percepción IVA RG"),
])
def test_a_regulation_number_before_a_tax_rate_stays_in_its_label(printed, kept):
    totals = f"""\
                                           Subtotal:                  25.000,00
                                           {printed:<27}   675,00
                                           Importe Total:             25.675,00"""
    r = _fb(CONCEPT_TABLE, totals)
    assert r.taxes == [{"description": kept, "amount": D("675.00")}]
    assert (r.total, r.warnings) == (D("25675.00"), [])


def test_a_whole_amount_in_its_own_cell_before_a_rated_label_stays_an_amount():
    # near miss: a bare number set apart in another cell is the amount of the
    # label before it, not part of the next label's name
    totals = """\
                         Subtotal:   25000      IVA 21%:    5.250,00
                                           Importe Total:             30.250,00"""
    r = _fb(CONCEPT_TABLE, totals)
    assert r.subtotal == D("25000")
    assert r.total == D("30250.00")


NET_PRICE_TOTALS = """\
                                                         Importe Neto Gravado:      6000,00
                                                                    IVA 21%:        1260,00
                                                               Importe Total:       7260,00"""


@pytest.mark.parametrize("price_label", ["Precio Unit. Neto", "Precio Unitario Neto"])
def test_a_net_qualifier_in_the_price_label_cell_is_no_amount_column(price_label):
    table = f"""\
Descripción                          Cant.   {price_label:<19}   Importe Neto
Tornillo autoperforante 8 x 1/2          3              1000,00        3000,00
Tarugo nylon 8 mm                        2              1500,00        3000,00"""
    r = parse(afip(table=table, totals=NET_PRICE_TOTALS))
    assert [(i["unit_price"], i["amount"]) for i in r.items] == [
        (D("1000.00"), D("3000.00")), (D("1500.00"), D("3000.00"))]


def test_a_net_column_in_its_own_cell_is_still_a_column():
    # near miss: "Neto" set apart from "Precio" names the line amount
    table = """\
Descripción                          Cant.   Precio Unit.          Neto
Tornillo autoperforante 8 x 1/2          3       1000,00        3000,00
Tarugo nylon 8 mm                        2       1500,00        3000,00"""
    r = parse(afip(table=table, totals=NET_PRICE_TOTALS))
    assert [(i["unit_price"], i["amount"]) for i in r.items] == [
        (D("1000.00"), D("3000.00")), (D("1500.00"), D("3000.00"))]


@pytest.mark.parametrize("code_label", ["ISBN / EAN", "Troquel / EAN", "GTIN"])
def test_alternative_names_around_a_slash_name_one_code_column(code_label):
    table = f"""\
{code_label:<17} Descripción                         Cantidad     Precio      Subtotal
7793680188825     Yerba mate 1 kg                            2    1000,00       2000,00
7793338035242     Queso cremoso                              1    1000,00       1000,00"""
    r = _fc(table)
    assert [(i["description"], i["ean"]) for i in r.items] == [
        ("Yerba mate 1 kg", "7793680188825"), ("Queso cremoso", "7793338035242")]


def test_a_gtin_column_of_internal_codes_gives_no_ean():
    # near miss: a code column named GTIN holding codes that are no valid
    # EAN-13 is dropped, as any code column's
    table = """\
GTIN              Descripción                         Cantidad     Precio      Subtotal
7793680188820     Yerba mate 1 kg                            2    1000,00       2000,00
A1276             Queso cremoso                              1    1000,00       1000,00"""
    r = _fc(table)
    assert [(i["description"], i["ean"]) for i in r.items] == [("Yerba mate 1 kg", None), ("Queso cremoso", None)]


# A weighed item's quantity printed with its unit glued on ("1,281kg",
# under "Cant.U.M."): the number is the quantity, the unit kilos.

@pytest.mark.parametrize("qty,unit,want", [("1,281kg", "kg", D("1.281")), ("0,506KG", "kg", D("0.506")),
                                           ("3un", "un", D("3")), ("2u.", "un", D("2"))])
def test_a_quantity_with_its_unit_glued_on_is_read(qty, unit, want):
    table = f"""\
Descripción                          Cant.U.M.        Precio      Importe
Nalga x kg                           {qty:<10}      1000,00      3000,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert (r.items[0]["quantity"], r.items[0]["unit"]) == (want, unit)


@pytest.mark.parametrize("qty", ["3x4", "2Tarjetas", "05kg"])
def test_a_number_glued_to_other_letters_is_no_quantity(qty):
    # near misses: a size, a word, a number padded like a code
    table = f"""\
Descripción                          Cant.U.M.        Precio      Importe
Nalga x kg                           {qty:<10}      1000,00      3000,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert not r.items or r.items[0]["quantity"] is None


# An issuer's name that holds two column names ("BRILLO TOTAL SERVICIOS")
# is one cell of text, no table header: the names of a header stand in
# cells of their own.

SERVICES_TABLE = """\
Detalle                                             Cant.   P. Unit.     Alíc. IVA   Importe
Limpieza final de obra (m2)                         6       2825,00      21%         16950,00
Limpieza de vidrios en altura                                            21%         85000,00
Insumos de limpieza                                                      21%         25080,00"""


@pytest.mark.parametrize("name", ["BRILLO TOTAL SERVICIOS", "PRODUCTOS TOTAL S.A."])
def test_an_issuers_name_holding_column_names_is_no_table_header(name):
    r = parse(afip(table=SERVICES_TABLE, totals=MONO_TOTALS).replace("EJEMPLO HOGAR S.A.                ",
                                                                     f"{name:<34}", 1))
    assert [i["description"] for i in r.items] == [
        "Limpieza final de obra (m2)", "Limpieza de vidrios en altura", "Insumos de limpieza"]


def test_unknown_names_around_a_slash_name_no_known_column():
    # near miss: "Lote / Vto." names nothing the parser knows; its cells are
    # neither a code nor the description
    table = """\
EAN               Descripción             Lote / Vto.    Cantidad     Precio      Subtotal
7793680188825     Yerba mate 1 kg         L2291 03/27           2    1000,00       2000,00
7793338035242     Queso cremoso           L0412 05/26           1    1000,00       1000,00"""
    r = _fc(table)
    assert [(i["description"], i["ean"], i["quantity"]) for i in r.items] == [
        ("Yerba mate 1 kg", "7793680188825", D("2")), ("Queso cremoso", "7793338035242", D("1"))]


# ---- round 7 session ----
# A professional's services billed under "Prestación | Importe": two
# columns, a description wrapped onto a second line, totals far right.

def _service_pdf(desc_label, header=True, amount_label="Importe"):
    from test_invoice_layouts import _canvas_pdf
    rows = []
    if header:
        rows += [(40, 800, "OD. MARIA LAURA EJEMPLO"), (300, 800, "C"), (360, 800, "FACTURA"),
                 (290, 788, "COD. 011"), (360, 788, "Nro: 0006-00061190"),
                 (360, 776, "Fecha de Emisión: 11/03/2026"), (360, 764, "CUIT: 30-71234567-1"),
                 (40, 740, "Paciente: Julián Ortega")]
    rows += [(40, 700, desc_label), (250, 700, amount_label),
             (40, 688, "Tratamiento de conducto molar con"), (251, 688, "210.000,00"),
             (40, 676, "reconstrucción"),
             (40, 664, "Radiografía periapical (2)"), (257, 664, "16.000,00"),
             (470, 630, "Subtotal:"), (530, 630, "226.000,00"),
             (470, 618, "Importe Total:"), (530, 618, "226.000,00")]
    return _canvas_pdf([("F1", 8, x, y, t, 0) for x, y, t in rows])


@pytest.mark.parametrize("label", ["Prestación", "Prestaciones"])
def test_a_service_column_named_prestacion_is_the_description(label):
    r = expetl.parse_receipt(_service_pdf(label))
    assert r.doc_type == "factura_c"
    assert [(i["description"], i["quantity"], i["unit"], i["unit_price"], i["amount"]) for i in r.items] == [
        ("Tratamiento de conducto molar con reconstrucción", None, None, None, D("210000.00")),
        ("Radiografía periapical (2)", None, None, None, D("16000.00"))]
    assert (r.total, r.warnings) == (D("226000.00"), [])


def test_a_professionals_fees_column_is_the_amount():
    # "Concepto | Honorarios": a lawyer's or a doctor's fees head the amount
    r = expetl.parse_receipt(_service_pdf("Concepto", amount_label="Honorarios"))
    assert [(i["description"], i["amount"]) for i in r.items] == [
        ("Tratamiento de conducto molar con reconstrucción", D("210000.00")),
        ("Radiografía periapical (2)", D("16000.00"))]
    assert (r.total, r.warnings) == (D("226000.00"), [])


def test_an_amount_column_under_a_label_naming_no_amount_is_not_read():
    # near miss: "Observaciones" names no column of amounts
    with pytest.raises(expetl.UnsupportedLayout):
        expetl.parse_receipt(_service_pdf("Concepto", amount_label="Observaciones"))


@pytest.mark.parametrize("label, header", [
    # near miss: a label that names no column leaves the table unread
    ("Tratamiento", True),
    # near miss: the same table without an invoice's header is no invoice
    ("Prestación", False),
])
def test_a_two_column_table_that_is_no_invoice_table_is_not_read(label, header):
    with pytest.raises(expetl.UnsupportedLayout):
        expetl.parse_receipt(_service_pdf(label, header))


# Weights printed in grams: with no unit printed, a quantity column that
# prints counts whole ("3", "2,00") and other quantities with 3 decimals,
# not whole, prints weights; those are kg.

GRAM_TOTALS = """\
                                                             Subtotal:            {0}
                                                                TOTAL:            {0}"""


@pytest.mark.parametrize("count", ["3", "3,00"])
def test_three_decimal_quantities_among_whole_counts_are_weights(count):
    table = f"""\
Descripción                          Cantidad      Precio      Importe
Queso cremoso                           2,033     1000,00      2033,00
Leche entera 1 L                      {count:>7}     1000,00      3000,00
Manzana roja                            1,000     1000,00      1000,00
Banana                                  0,621     1000,00       621,00"""
    r = _fb(table, GRAM_TOTALS.format("6654,00"))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [
        (D("2.033"), "kg"), (D(count.replace(",", ".")), "un"), (D("1.000"), "kg"), (D("0.621"), "kg")]
    assert r.warnings == []


def test_three_decimal_quantities_none_whole_some_to_the_gram_are_weights():
    # no count printed at all: every quantity to the gram, none whole
    table = """\
Descripción                          Cantidad      Precio      Importe
Queso cremoso                           2,033     1000,00      2033,00
Manzana roja                            0,500     1000,00       500,00
Banana                                  0,621     1000,00       621,00"""
    r = _fb(table, GRAM_TOTALS.format("3154,00"))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [
        (D("2.033"), "kg"), (D("0.500"), "kg"), (D("0.621"), "kg")]
    assert r.warnings == []


@pytest.mark.parametrize("rows", [
    # every quantity printed with 3 decimals: the column's format, no weight
    [("Cable unipolar", "1,000"), ("Cinta aisladora", "2,500")],
    # ... and with none whole, a whole one among them
    [("Cable unipolar", "2,033"), ("Cinta aisladora", "1,000")],
    # ... and with none whole, none to the gram: halves and quarters of a count
    [("Cable unipolar", "0,500"), ("Cinta aisladora", "1,250")],
    # a fractional count ("2,50") prints another measure
    [("Cable unipolar", "2,033"), ("Cinta aisladora", "2,50")],
    # counts printed in two conventions
    [("Cable unipolar", "2,033"), ("Cinta aisladora", "3,00"), ("Tarugo", "2")],
])
def test_three_decimal_quantities_stay_counts_without_whole_counts_beside(rows):
    table = "Descripción                          Cantidad      Precio      Importe\n" + "\n".join(
        f"{d:<36}{q:>9}     1000,00      1000,00" for d, q in rows)
    total = f"{1000 * len(rows)},00"
    r = _fb(table, GRAM_TOTALS.format(f"{total:>8}"))
    assert [i["unit"] for i in r.items] == ["un"] * len(rows)


def test_a_printed_unit_is_read_and_no_weight_inferred_beside_it():
    # near miss: a table that prints units says which line is a weight
    table = """\
Descripción                          Cantidad      Precio      Importe
Queso cremoso                           2,033 u   1000,00      2033,00
Leche entera 1 L                            3     1000,00      3000,00"""
    r = _fb(table, GRAM_TOTALS.format("5033,00"))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(D("2.033"), "un"), (D("3"), "un")]


# A line under a quantity column whose count cannot be read (an OCR
# layer's garbled figure) beside a unit price still counts in units (the
# rule is test_a_line_printing_only_its_amount_claims_no_unit above).

SERVICE_TOTALS = """\
                                                             Subtotal:         {0}
                                                                TOTAL:         {0}"""


def test_a_quantity_printed_but_unreadable_is_still_a_count():
    # near miss: an OCR layer's garbled figure under the quantity column,
    # beside a unit price, is a count the parser could not read: its unit
    # stands, the figure is null
    table = """\
Descripción                          Cantidad      Precio      Importe
Térmica bipolar 2x25 A                     E)    14800,00     29600,00
Disyuntor diferencial                       1    52300,00     52300,00"""
    r = _fb(table, SERVICE_TOTALS.format(" 81900,00"))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(None, "un"), (D("1"), "un")]


# Items printed as labelled fields under their description (a plain-text or
# e-mail style invoice): "Cant.: 2 Precio: 3200,00 Importe: 6400,00".

LABELLED = """\
DETALLE
   Cerradura doble paleta
       Cant.: 1 P.Unit.: 42.500,00    Importe: 42.500,00

   Copia de llave doble paleta con
   cabeza de color
       Cant.: 3 Precio unitario: 3.500,00     Importe: 10.500,00

   Apertura de puerta sin roturas
       Importe: 30.000,00"""

LABELLED_TOTALS = """\
TOTALES
  Subtotal: 83.000,00
  Total: 83.000,00"""


def _labelled(table, totals=LABELLED_TOTALS):
    return _fb(table, totals)


def test_items_printed_as_labelled_fields_under_their_description():
    r = _labelled(LABELLED)
    assert [(i["description"], i["quantity"], i["unit"], i["unit_price"], i["amount"]) for i in r.items] == [
        ("Cerradura doble paleta", D("1"), "un", D("42500.00"), D("42500.00")),
        ("Copia de llave doble paleta con cabeza de color", D("3"), "un", D("3500.00"), D("10500.00")),
        ("Apertura de puerta sin roturas", None, None, None, D("30000.00"))]
    assert (r.subtotal, r.total, r.warnings) == (D("83000.00"), D("83000.00"), [])


def test_a_labelled_item_with_its_rate_and_net_amount():
    table = """\
DETALLE
   Horas de consultoria
       Cant.: 40 P.Unit.: 28.500,00 IVA: 21%       Neto: 1.140.000,00
   Auditoria de red anual
       IVA: 21% Neto: 650.000,00"""
    totals = """\
TOTALES
  Neto Gravado: 1.790.000,00
  IVA 21%: 375.900,00
  Total: 2.165.900,00"""
    r = parse(afip(table=table, totals=totals))
    assert [(i["description"], i["quantity"], i["vat_rate"], i["amount"]) for i in r.items] == [
        ("Horas de consultoria", D("40"), D("21.00"), D("1140000.00")),
        ("Auditoria de red anual", None, D("21.00"), D("650000.00"))]
    assert (r.total, r.warnings) == (D("2165900.00"), [])


def test_labelled_fields_whose_arithmetic_fails_are_no_item_and_the_totals_say_so():
    # near miss: quantity x price does not give the amount: no item line,
    # and the items no longer add up to the printed totals
    r = _labelled(LABELLED.replace("Cant.: 3 Precio unitario: 3.500,00", "Cant.: 4 Precio unitario: 3.500,00"))
    assert [i["description"] for i in r.items] == ["Cerradura doble paleta", "Apertura de puerta sin roturas"]
    assert r.warnings == ["totals_mismatch"]


def test_a_labelled_payment_under_the_totals_is_no_item():
    # near miss: "Importe:" under the totals is a payment, not an item
    r = _labelled(LABELLED, LABELLED_TOTALS + "\n\n   Pago recibido por transferencia\n       Importe: 83.000,00")
    assert len(r.items) == 3 and (r.total, r.warnings) == (D("83000.00"), [])


@pytest.mark.parametrize("fields", ["Cant.: 1 Total: 42.500,00", "Cant.: 1 Subtotal: 42.500,00"])
def test_a_totals_label_is_never_an_items_amount(fields):
    # near miss: beside a quantity, "Total:" still names the totals
    table = LABELLED.replace("Cant.: 1 P.Unit.: 42.500,00    Importe: 42.500,00", fields)
    r = _labelled(table)
    assert "Cerradura doble paleta" not in [i["description"] for i in r.items]


def test_a_totals_label_alone_under_a_description_is_no_item():
    # near miss: "Subtotal:" names the totals, never an item's amount
    with pytest.raises(expetl.UnsupportedLayout):
        _labelled("DETALLE\n   Servicio mensual\n       Subtotal: 83.000,00")


def test_a_three_decimal_quantity_of_another_measure_is_no_weight():
    # near miss: the description names metres: 12,500 is no kg
    table = """\
Descripción                          Cantidad      Precio      Importe
Cable unipolar 2,5 mm (metros)         12,500      100,00      1250,00
Tornillos                                   3      100,00       300,00
Queso cremoso                           2,033     1000,00      2033,00"""
    r = _fb(table, GRAM_TOTALS.format("3583,00"))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(D("12.500"), "un"), (D("3"), "un"), (D("2.033"), "kg")]


# "3.500" under a quantity column: thousands by the Argentine convention,
# 3.5 where quantity x price = amount says so (a document printing its
# amounts with a decimal point).

def test_a_quantity_with_a_decimal_point_is_read_by_its_lines_arithmetic():
    table = """\
Descripción                          Cant.      Precio Unit.      Importe
Alimento perro adulto suelto      3.500 kg          4200.00      14700.00
Hueso de cuero prensado                  3          1850.00       5550.00"""
    r = _fb(table, GRAM_TOTALS.format("20250.00"))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(D("3.500"), "kg"), (D("3"), "un")]
    assert r.warnings == []


def test_a_quantity_with_a_thousands_point_stays_thousands():
    # near miss: 1.000 x 2,00 = 2.000,00: the point groups thousands
    table = """\
Descripción                          Cant.      Precio Unit.      Importe
Tornillo autoperforante              1.000             2,00      2.000,00
Tarugo 8 mm                            500             1,00        500,00"""
    r = _fb(table, GRAM_TOTALS.format("2.500,00"))
    assert [i["quantity"] for i in r.items] == [D("1000"), D("500")]


def test_a_whole_weight_printed_to_the_gram_among_counts_is_kg():
    # "3,000" beside counts printed "1": the column prints this item to the
    # gram, as a program prints what it sells by weight
    table = """\
Descripción                          Cant.      P. Unit.      Importe
Vacuna séxtuple canina                   1     18.500,00    18.500,00
Alimento balanceado perro adulto     3,000      4.300,00    12.900,00"""
    r = _fb(table, GRAM_TOTALS.format("31.400,00"))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(D("1"), "un"), (D("3.000"), "kg")]


def test_a_unit_one_space_before_the_description_is_the_unit():
    # a monospaced printout: "U.M. Descripción" and "kg Papa negra", one
    # space apart; the unit word under the unit column is the unit
    table = """\
 Cantidad U.M. Descripción                                        Precio        Subtotal
    3,250   kg Papa negra                                         890,00        2.892,50
        6   un Limón x unidad                                     250,00        1.500,00"""
    r = _fb(table, GRAM_TOTALS.format("4.392,50"))
    assert [(i["description"], i["quantity"], i["unit"]) for i in r.items] == [
        ("Papa negra", D("3.250"), "kg"), ("Limón x unidad", D("6"), "un")]
    assert r.warnings == []


def test_a_description_starting_with_a_unit_word_under_the_description_keeps_it():
    # near miss: "un" under the description column is the description's
    table = """\
 Cantidad  Descripción                                        Precio        Subtotal
        6  un Limón x unidad                                  250,00        1.500,00"""
    r = _fb(table, GRAM_TOTALS.format("1.500,00"))
    assert [i["description"] for i in r.items] == ["un Limón x unidad"]


# A totals discount whose label names what it is for with a tender's words
# after its rate, in its cell: "Descuento 5% pago en efectivo:".

DISC_TABLE = """\
Descripción                          Cantidad      Precio      Importe
Carne picada especial                       1     1000,00      1000,00"""


def test_a_discount_for_a_tender_keeps_the_tenders_words_in_its_label():
    totals = """\
                                     Subtotal:         $ 1000,00
     Descuento 5% pago en efectivo:          $ -50,00
                                Importe Total:         $ 950,00"""
    r = _fb(DISC_TABLE, totals)
    assert r.discounts == [{"description": "Descuento 5% pago en efectivo", "amount": D("-50.00")}]
    assert (r.total, r.warnings) == (D("950.00"), [])


def test_a_tender_line_of_its_own_after_a_discount_is_a_payment():
    # near miss: "Efectivo:" in a cell of its own is the tender, no discount's
    totals = """\
                                     Subtotal:         $ 1000,00
                               Descuento 5%:         $ -50,00
                                Importe Total:         $ 950,00
                                    Efectivo:         $ 950,00"""
    r = _fb(DISC_TABLE, totals)
    assert r.discounts == [{"description": "Descuento 5%", "amount": D("-50.00")}]
    assert r.total == D("950.00") and r.warnings == []


# A quantity column named by weight ("Peso/Cant.", "Kilos", "Kg/Un"), a unit
# column "Un." and the price of a kilo ("$ x Kg") are read as such.

@pytest.mark.parametrize("header,unit", [
    ("Descripción                          Peso/Cant. Un.      Precio      Importe", "kg"),
    ("Detalle                                  Kilos Unidad    $ x Kg        Total", "kg"),
    ("Descripción                              Kg/Un           Precio      Importe", ""),
    ("Descripción                                 Kg       Precio/Kg      Importe", ""),
    # near miss: "kg/u" in the price's name is no quantity column
    ("Descripción                              Cant. Un. Precio x kg/u    Importe", "kg"),
])
def test_a_quantity_column_named_by_weight_is_read(header, unit):
    table = header + f"""
Asado de novillo x kg                    2,594 {unit:<3}  1000,00      2594,00
Bolsa de carbón 4 kg                         3 {"un" if unit else "":<3}  1000,00      3000,00"""
    r = _fb(table, GRAM_TOTALS.format("5594,00"))
    assert [(i["quantity"], i["unit"], i["unit_price"]) for i in r.items] == [
        (D("2.594"), "kg", D("1000.00")), (D("3"), "un", D("1000.00"))]
    assert r.warnings == []


# "Unidades" counts: a quantity column; the singular "Unidad" (or "Unid.")
# names the unit, and a count under it is read as no quantity, never as a
# unit.

@pytest.mark.parametrize("label,qty", [("Unidades", D("3")), ("Uds.    ", D("3")), ("Ctd.    ", D("3")),
                                       ("Qty     ", D("3")), ("Unidad  ", None), ("Unid.   ", None)])
def test_a_column_named_unidades_is_the_quantity(label, qty):
    table = f"""Descripción                              {label}    Precio      Importe
Bolsa de carbón 4 kg                            3       1000,00      3000,00"""
    r = _fb(table, GRAM_TOTALS.format("3000,00"))
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in r.items] == [(qty, D("1000.00"), D("3000.00"))]
    assert r.items[0]["unit"] == ("un" if qty else None)


@pytest.mark.parametrize("other,n", [("Uds. x Caja", "12"), ("Unidades x Bulto", "24"), ("Ctd. Bultos", "1")])
@pytest.mark.parametrize("cant_first", [True, False])
def test_beside_a_cant_column_a_unidades_column_is_a_packs_units(other, n, cant_first):
    # a pack's units ("Uds. x Caja") beside "Cant." were read as the
    # quantity when they came after it: "Cant." counts what was bought
    cols = ["Cant.", other] if cant_first else [other, "Cant."]
    vals = ["2", n] if cant_first else [n, "2"]
    table = f"""Descripción               {cols[0]:<18}{cols[1]:<18}Precio      Importe
Bolsa de carbón 4 kg      {vals[0]:<18}{vals[1]:<18}1000,00      2000,00"""
    r = _fb(table, GRAM_TOTALS.format("2000,00"))
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in r.items] == [(D("2"), D("1000.00"), D("2000.00"))]


# ---- an amount wider than its label, a description run up to it ----
# A services line wrapped by its program up to the amount column: the
# amount, set flush right under "Importe" and wider than the label, follows
# the text by less than a cell's gap, so both read as one cell.  Its right
# edge on the label's, and no other label under it, make it the column's.

def _run_up_invoice(amount_right=553.0):
    from test_invoice_header_rules import _width as text_width
    from test_invoice_layouts import _invoice, _width
    desc = "HONORARIOS POR LIQUIDACION DE SUELDOS Y CARGAS SOCIALES, 8 EMPLEADOS,"
    x_amount = amount_right - _width("229.400,00")
    x_desc = x_amount - 3.5 - text_width(desc, 8)
    table = [[(x_desc, "Detalle de honorarios"), (553 - text_width("Importe", 8), "Importe")],
             [(x_desc, desc), (x_amount, "229.400,00")],
             [(x_desc, "PERIODO JULIO 2025")],
             [(x_desc, "CONFECCION DE BALANCE ANUAL"), (-553, "613.800,00")]]
    return _invoice((table, [[(420, "Subtotal"), (-553, "843.200,00")], [(420, "TOTAL"), (-553, "843.200,00")]]))


def test_an_amount_wider_than_its_label_run_up_to_by_the_description_is_the_lines():
    r = _run_up_invoice()
    assert [(i["description"], i["amount"]) for i in r.items] == [
        ("HONORARIOS POR LIQUIDACION DE SUELDOS Y CARGAS SOCIALES, 8 EMPLEADOS, PERIODO JULIO 2025",
         D("229400.00")),
        ("CONFECCION DE BALANCE ANUAL", D("613800.00"))]
    assert r.warnings == []


def test_a_number_ending_off_the_labels_edge_stays_in_the_description():
    # near miss: its right edge 6 pt short of the column's, text running on
    r = _run_up_invoice(547.0)
    assert "229.400,00" in r.items[0]["description"]


# ---- a value centred on a totals label wrapped over two lines ----
# A totals table whose label cell wraps ("Percepcion IIBB Buenos" over
# "Aires:") centres its amount between the two lines: the amount is a row
# of its own, far right in the amounts' column.  It ends where the block's
# amounts end, so it is the label's, whose last line completes it.

def _centred_value_tax(value_right=553.0, second="Aires:"):
    from expetl.sample import write_pdf
    from test_invoice_layouts import PRIV_HEAD, _page, _width
    table = [[(40, "Descripción"), (-553, "Importe")], [(40, "Abono internet 300 megas"), (-553, "10.000,00")]]
    cells = _page(PRIV_HEAD + table)
    y = cells[-1][1] - 24
    cells += [(300, y, "Subtotal:"), (553 - _width("10.000,00"), y, "10.000,00")]
    y -= 12
    cells += [(300, y, "Percepcion IIBB Buenos"), (value_right - _width("350,00"), y - 4.5, "350,00"),
              (300, y - 9, second)]
    y -= 21
    cells += [(300, y, "TOTAL:"), (553 - _width("10.350,00"), y, "10.350,00")]
    return expetl.parse_receipt(write_pdf([cells], width=595.0, height=842.0))


def test_an_amount_centred_on_a_wrapped_tax_label_is_its_value():
    r = _centred_value_tax()
    assert r.taxes == [{"description": "Percepcion IIBB Buenos Aires", "amount": D("350.00")}]
    assert (r.total, r.warnings) == (D("10350.00"), [])


def test_an_amount_far_from_its_label_off_the_amounts_edge_is_not_taken():
    # near miss: it ends 13 pt short of where the block's amounts end
    r = _centred_value_tax(540.0)
    assert r.taxes == [] and r.warnings == ["totals_mismatch"]


def test_a_rate_below_a_tax_label_is_not_its_label():
    # near miss: a tax's label stops before its rate (NOTES rule 8)
    r = _centred_value_tax(second="3,50%")
    assert r.taxes == [{"description": "Percepcion IIBB Buenos", "amount": D("350.00")}]


# A right-aligned quantity column set flush against a left-aligned
# description: their labels read as one word ("Cant.Descripción") and each
# quantity runs into its description ("4Tarjetas").  The label is two
# columns, split where the description's label starts; a number before
# that edge, run into the text, is the quantity.

FLUSH_TABLE = """\
{head:>40}                     P. Unit.      IVA %       Subtotal
                      4Tarjetas personales 9x5 cm       37050,00        21%       148200,00
                       ilustración 350g x1000
                     12Sobres oficio                      100,00        21%         1200,00
                       Diseño de logotipo                               21%        72000,00"""
FLUSH_TOTALS = """\
                                                         Importe Neto Gravado: $   221400,00
                                                                    IVA 21%: $    46494,00
                                                               Importe Total: $   267894,00"""


def _flush_head(qty, desc):
    """The two labels as one word, the description's starting at column 24."""
    return (" " * (24 - len(qty)) + qty + desc).ljust(40)


@pytest.mark.parametrize("qty, desc", [("Cant.", "Descripción"), ("Cant", "Descripción"),
                                       ("Cantidad.", "Detalle")])
def test_a_quantity_set_flush_against_its_description_is_read(qty, desc):
    r = parse(afip(table=FLUSH_TABLE.format(head=_flush_head(qty, desc)), totals=FLUSH_TOTALS))
    assert [(i["description"], i["quantity"], i["unit"]) for i in r.items] == [
        ("Tarjetas personales 9x5 cm ilustración 350g x1000", D("4"), "un"),
        ("Sobres oficio", D("12"), "un"), ("Diseño de logotipo", None, None)]
    assert r.warnings == []


def test_a_number_at_the_edge_of_a_flush_description_stays_in_it():
    # near misses: the text of a description starting at its label's edge
    # keeps its number ("500ml", "3M"); under labels apart, a number run
    # into the text is the text's
    table = FLUSH_TABLE.format(head=_flush_head("Cant.", "Descripción")).replace(
        "                     12Sobres oficio           ", "                     12 500ml Shampoo          ")
    r = parse(afip(table=table, totals=FLUSH_TOTALS))
    assert [(i["description"], i["quantity"]) for i in r.items][1] == ("500ml Shampoo", D("12"))
    apart = FLUSH_TABLE.format(head=_flush_head("Cant.", "Descripción").replace("Cant.", "Cant. ", 1))
    r = parse(afip(table=apart, totals=FLUSH_TOTALS))
    assert [(i["description"], i["quantity"]) for i in r.items][:2] == [
        ("4Tarjetas personales 9x5 cm ilustración 350g x1000", None), ("12Sobres oficio", None)]


# ---- round 27: a column named "IVA" that prints each line's rate ----
# "IVA" over "21,00" and "10,50" (no "%"): the values are the lines' VAT
# rates when every one is an AFIP rate; a column of VAT amounts is not.

IVA_COL_TABLE = """\
Código  Descripción                  Cant.   P. Unit.        IVA      Subtotal
A1      Yerba mate 1kg                2,00    1000,00      {v1}       2000,00
A2      Aceite girasol 1,5L           1,00     500,00      {v2}        500,00"""


def test_a_vat_column_of_rates_gives_the_lines_rates():
    r = parse(afip(table=IVA_COL_TABLE.format(v1="21,00", v2="10,50"), totals=AFIP_TOTALS))
    assert [i["vat_rate"] for i in r.items] == [D("21.00"), D("10.50")]
    assert [i["amount"] for i in r.items] == [D("2000.00"), D("500.00")] and r.warnings == []


def test_a_vat_column_of_amounts_gives_no_rate():
    # near miss: the lines' VAT (420,00 is no AFIP rate)
    r = parse(afip(table=IVA_COL_TABLE.format(v1="420,00", v2="52,50"), totals=AFIP_TOTALS))
    assert [i["vat_rate"] for i in r.items] == [None, None]
    assert [i["amount"] for i in r.items] == [D("2000.00"), D("500.00")]


# "Impuestos" over "IVA 21%" (Odoo's column of the line's taxes): the rate
# printed with its "%" is the line's VAT rate; a number there without one
# may be any tax's amount, and gives none.

TAXES_COL_TABLE = """\
Código  Descripción                  Cant.   P. Unit.     Impuestos     Subtotal
A1      Yerba mate 1kg                2,00    1000,00     {v1:>9}      2000,00
A2      Aceite girasol 1,5L           1,00     500,00     {v2:>9}       500,00"""


def test_a_taxes_column_printing_the_vat_rate_gives_the_lines_rates():
    r = parse(afip(table=TAXES_COL_TABLE.format(v1="IVA 21%", v2="IVA 10,5%"), totals=AFIP_TOTALS))
    assert [i["vat_rate"] for i in r.items] == [D("21.00"), D("10.50")]
    assert [i["amount"] for i in r.items] == [D("2000.00"), D("500.00")] and r.warnings == []


def test_of_the_lines_taxes_the_vat_rate_is_the_lines_rate():
    # near miss: a perception's rate is no VAT rate; printed alone it gives none
    table = """\
Código  Descripción                  Cant.   P. Unit.                 Impuestos     Subtotal
A1      Yerba mate 1kg                2,00    1000,00     Perc. IIBB 3% IVA 21%      2000,00
A2      Aceite girasol 1,5L           1,00     500,00             Perc. IIBB 3%       500,00"""
    r = parse(afip(table=table, totals=AFIP_TOTALS))
    assert [i["amount"] for i in r.items] == [D("2000.00"), D("500.00")]
    assert [i["vat_rate"] for i in r.items] == [D("21.00"), None]


def test_a_taxes_column_of_numbers_without_a_percent_gives_no_rate():
    # near miss: 21,00 and 10,50 under "Impuestos" may be amounts of any tax
    r = parse(afip(table=TAXES_COL_TABLE.format(v1="21,00", v2="10,50"), totals=AFIP_TOTALS))
    assert [i["vat_rate"] for i in r.items] == [None, None]
    assert [i["amount"] for i in r.items] == [D("2000.00"), D("500.00")]


# ---- round 26: "%" over "IVA", a label stacked in its cell ----
# A word processor's table sets a label's second line a line spacing below
# its first (up to a line's height): the two lines are one label, and
# together they may name a column that neither names alone.

def _stacked_rate_invoice(second, drop):
    rows = PRIV_HEAD + [
        [(40, "Descripción"), (300, "Cant."), (380, "Precio"), (440, "%"), (-553, "Importe")],
        [(440, second)] if second else [],
        [(40, "Resma A4 75 g"), (-325, "2"), (-420, "7.890,00"), (440, "21,00"), (-553, "15.780,00")],
        [(40, "Carpeta oficio"), (-325, "1"), (-420, "2.150,00"), (440, "21,00"), (-553, "2.150,00")],
        []] + [[(420, "Subtotal"), (-553, "17.930,00")], [(420, "TOTAL"), (-553, "17.930,00")]]
    cells, y_second = _page(rows), 842.0 - 40 - 12 * (len(PRIV_HEAD) + 1)
    # the stacked line and all below it lowered: the label's lines `drop` pt further apart
    return expetl.parse_receipt(write_pdf([[(x, y - drop if y <= y_second else y, t) for x, y, t in cells]],
                                          width=595.0, height=842.0))


@pytest.mark.parametrize("drop", [0.0, 2.0])
def test_a_label_stacked_in_its_cell_names_its_column(drop):
    r = _stacked_rate_invoice("IVA", drop)
    assert [(i["description"], i["vat_rate"]) for i in r.items] == [("Resma A4 75 g", D("21.00")),
                                                                    ("Carpeta oficio", D("21.00"))]
    assert r.warnings == []


def test_a_lone_percent_label_names_no_column():
    # near miss: "%" alone is no rate column's name: its numbers are no rates
    r = _stacked_rate_invoice(None, 0.0)
    assert [(i["description"], i["vat_rate"]) for i in r.items] == [("Resma A4 75 g", None), ("Carpeta oficio", None)]


# ---- round 29: items over two lines carried over to a page without header ----
# Each item's description on a line of its own above its code and numbers:
# the next page, without a header, goes on with such a pair, its first line
# the description alone.

def _two_line_rows(start, n, code=None):
    out = []
    for i in range(start, start + n):
        out.append(f"{'':7}Articulo numero {i} de ferreteria")
        out.append(ROW.format(code=code or f"A{i}", desc="", qty="2,00", price="100,00", rate="21,00", amount="200,00"))
        out.append("")  # the pairs apart
    return out


def test_a_table_of_two_line_items_continues_on_a_page_without_header():
    page1 = [CONT_HEAD] + _two_line_rows(0, 5)
    page2 = _two_line_rows(5, 4) + _cont_totals(9)
    r = parse("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n")
    assert [i["description"] for i in r.items] == [f"Articulo numero {i} de ferreteria" for i in range(9)]
    assert r.warnings == []


def test_a_page_of_text_lines_over_numbers_without_a_quantity_adds_nothing():
    # near miss: after an open table, a page whose lines are text over a
    # line of numbers with no quantity (an installment plan) is no continuation
    page1 = [CONT_HEAD] + _two_line_rows(0, 5)
    plan = []
    for k in range(3):
        plan += [f"{'':7}Cuota {k + 1} de 3", f"{'':66}{'':6}{'':13}{'':6}{'333,33':>17}"]
    r = parse("\n".join(page1) + "\n\f" + "\n".join(plan + _cont_totals(5)) + "\n")
    assert len(r.items) == 5


# ---- round 28: "Continúa en hoja siguiente..." under the code column ----
# The note under a table's last line on a page, wherever it starts, is no
# line of the table: the item above keeps its code.

EAN_ROW = "{code:<15}{desc:<32}{qty:>6}{price:>13}{rate:>6}{amount:>17}"
EANS = ["7790871599675", "7791835149899", "7790093996788", "7799467747759", "7795733147025", "7790619369454"]


def test_a_continuation_note_under_the_code_column_is_no_part_of_the_item():
    head = CONT_HEAD.replace("Codigo Descripcion      ", "EAN            Descripcion")
    rows = [EAN_ROW.format(code=e, desc=f"Articulo {k}", qty="2,00", price="100,00", rate="21,00", amount="200,00")
            for k, e in enumerate(EANS)]
    page1 = [head] + rows[:3] + ["Continúa en hoja siguiente..."]
    page2 = rows[3:] + _cont_totals(6)
    r = parse("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n")
    assert [(i["description"], i["ean"]) for i in r.items] == [(f"Articulo {k}", e) for k, e in enumerate(EANS)]
    assert r.warnings == []


def test_a_line_starting_continuacion_stays_a_description():
    # near miss: "Continuación de obra" is an item's text
    table = NOQTY_TABLE.replace("Informe para presentación  ", "Continuación de obra       ")
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [i["description"] for i in r.items] == ["Sesión de psicoterapia individual", "Continuación de obra"]


# ---- review: near misses of the rules above ----

def test_a_vat_column_that_may_be_the_lines_vat_gives_no_rate():
    # 10,50 is an AFIP rate and also 21 % of the line's 50,00: neither reading is vouched for
    table = """\
Código  Descripción                  Cant.   P. Unit.        IVA      Subtotal
A1      Hosting mensual               1,00      50,00      10,50         50,00"""
    totals = """\
                                                         Importe Neto Gravado: $     50,00
                                                                    IVA 21%: $     10,50
                                                               Importe Total: $     60,50"""
    r = parse(afip(table=table, totals=totals))
    assert [(i["description"], i["vat_rate"]) for i in r.items] == [("Hosting mensual", None)]


def test_a_description_wrapped_onto_the_word_continua_keeps_it():
    # only "Continúa en ..." is the table's note; a wrapped line's last word is text
    table = """\
Descripción                                                 Importe
Servicio de asistencia técnica                              2000,00
continua
Informe para presentación                                    500,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [i["description"] for i in r.items][0] == "Servicio de asistencia técnica continua"


UTILITY = """\
Razón social: DISTRIBUIDORA DE ENERGIA EJEMPLO S.A.
CUIT: 30-71234567-1
Ingresos Brutos: 973-880886-4
Condición frente al IVA: IVA Responsable Inscripto
FACTURA B (código 06)
                                          Resumen de su factura
Pto. Vta.: 0027
Nro. de comprobante: 00005051             Subtotal:                        54.896,00
Fecha de emisión: 01/06/2026              Percepción IIBB 2%:               1.097,92
                                          Contribución municipal 6,4%:      {contrib}
                                          Total a pagar:                   {total}
Cliente: ROMERO JUAN PABLO
DNI: 43868781
Condición IVA: Consumidor Final

Detalle de conceptos facturados
Concepto                                                   Importe
Cargo fijo                                                 4.416,00
Cargo variable consumo 312 kWh                            43.120,00
Cargo variable consumo excedente                           7.360,00
{after}
CAE N°: 76015513728390      Vencimiento CAE: 11/06/2026"""


def test_a_summary_box_above_the_table_holds_the_totals():
    # a utility's bill: the totals block above the concepts billed, nothing
    # after the table; it was refused (no total found)
    r = parse(UTILITY.format(contrib="3.513,34", total="59.507,26", after=""))
    assert (r.total, r.subtotal, r.warnings) == (D("59507.26"), D("54896.00"), [])
    assert r.taxes == [{"description": "Percepción IIBB", "amount": D("1097.92")},
                       {"description": "Contribución municipal", "amount": D("3513.34")}]
    assert [i["amount"] for i in r.items] == [D("4416.00"), D("43120.00"), D("7360.00")]
    # near misses: a box whose total the lines do not reach is flagged, not
    # read silently; a total after the table is the document's and the box
    # is no foot (its taxes unread there: flagged, as before)
    r = parse(UTILITY.format(contrib="3.513,34", total="69.507,26", after=""))
    assert r.warnings == ["totals_mismatch"]
    r = parse(UTILITY.format(contrib="3.513,34", total="59.507,26",
                             after="                                   Total:          59.507,26"))
    assert (r.total, r.taxes, r.warnings) == (D("59507.26"), [], ["totals_mismatch"])


SECTIONED_HEAD = ("Código  Producto / Servicio         Cantidad  U. medida  Precio Unit.  % Bonif  Subtotal"
                  "  Alicuota IVA  Subtotal c/IVA\n")
SECTIONED_A = ("        Yerba mate 1kg                  2,00  unidades       1000,00     0,00   2000,00"
               "           21%         2420,00\n")
SECTIONED_B = ("        Aceite girasol 1,5L             1,00  unidades        500,00     0,00    500,00"
               "         10,5%          552,50\n")


def sectioned(first: str, second: str) -> str:
    rows = [first, SECTIONED_A, second, SECTIONED_B]
    return SECTIONED_HEAD + "".join(f"        {r}\n" if r and not r.startswith(" ") else r for r in rows)


@pytest.mark.parametrize("first,second", [
    ("ALMACEN", "ACEITES Y CONDIMENTOS"),         # capitals over mixed-case descriptions
    ("Almacén:", "Mano de obra:"),                # a short label ending in a colon
    ("--- Almacén ---", "--- Limpieza ---"),      # set off by rules
    ("*** ALMACEN ***", "==  Bebidas  =="),
    ("[ Comestibles ]", "[ Varios ]"),            # in brackets
    ("Rubro: Almacén", "Rubro: Aceites"),         # named by a section's label
    ("1. ALMACEN", "2. ACEITES"),                 # numbered
    # in mixed case, in a table that opens with one
    ("Almacén", "Aceites y condimentos"),
    ("Artículos de librería", "Útiles escolares"),
    ("Electricidad", "Pinturería"),
])
def test_section_headings_inside_an_item_table_are_no_description(first, second):
    # a heading row over the items of its section was glued to the item above
    # (a wrapped line) or below; the amounts were right
    r = parse(afip(table=sectioned(first, second).rstrip("\n")))
    assert [i["description"] for i in r.items] == ["Yerba mate 1kg", "Aceite girasol 1,5L"]
    assert [i["amount"] for i in r.items] == [D("2420.00"), D("552.50")]
    assert [i["department"] for i in r.items] == [None, None]  # the contract: departments are tickets'
    assert (r.total, r.warnings) == (D("2972.50"), [])


@pytest.mark.parametrize("first,second,descs", [
    # a brand in capitals under a mixed-case description, the table not
    # opening with a heading: a wrapped line of the item above
    ("", "SAMSUNG", ["Yerba mate 1kg SAMSUNG", "Aceite girasol 1,5L"]),
    # a line in capitals over an item of a table in capitals: a wrapped line
    ("", "ORGANICO", None),
    # a wrapped line with digits or many words
    ("", "color negro 2 m", ["Yerba mate 1kg color negro 2 m", "Aceite girasol 1,5L"]),
    # a single dash is a bullet, not a rule
    ("", "- incluye envase -", ["Yerba mate 1kg - incluye envase -", "Aceite girasol 1,5L"]),
    # a line in mixed case, the table not opening with one
    ("", "Marca Cabrales", ["Yerba mate 1kg Marca Cabrales", "Aceite girasol 1,5L"]),
])
def test_wrapped_description_lines_are_no_section_headings(first, second, descs):
    table = sectioned(first, second)
    if descs is None:  # the same table in capitals
        table = table.replace("Yerba mate 1kg", "YERBA MATE 1KG").replace("Aceite girasol", "ACEITE GIRASOL")
        descs = ["YERBA MATE 1KG ORGANICO", "ACEITE GIRASOL 1,5L"]
    r = parse(afip(table=table.rstrip("\n")))
    assert [i["description"] for i in r.items] == descs
    assert (r.total, r.warnings) == (D("2972.50"), [])


def test_mixed_case_lines_unlike_the_opening_heading_stay_descriptions():
    # beside the mixed-case heading: in a table opening with one, a line at
    # another left edge under an item is its wrapped line; a first
    # line over an item that goes on below its figures (a cell centred on
    # them) is its first line, and the table opens with no heading
    rows = ["Almacén", SECTIONED_A, SECTIONED_B, "          Marca Cabrales\n", SECTIONED_A]
    table = SECTIONED_HEAD + "".join(f"        {r}\n" if not r.startswith(" ") else r for r in rows)
    r = parse(afip(table=table.rstrip("\n")))
    assert [i["description"] for i in r.items] == ["Yerba mate 1kg", "Aceite girasol 1,5L Marca Cabrales",
                                                   "Yerba mate 1kg"]
    # a description's first line over its figures' row, the description
    # going on there in lower case: its first line, not a heading
    rows = ["Cable unipolar", SECTIONED_A.replace("Yerba mate 1kg", "rojo 2,5 mm   "), SECTIONED_B]
    table = SECTIONED_HEAD + "".join(f"        {r}\n" if not r.startswith(" ") else r for r in rows)
    r = parse(afip(table=table.rstrip("\n")))
    assert [i["description"] for i in r.items] == ["Cable unipolar rojo 2,5 mm", "Aceite girasol 1,5L"]
    rows = ["Servicio técnico", SECTIONED_A, "mensual", SECTIONED_B]
    table = SECTIONED_HEAD + "".join(f"        {r}\n" if not r.startswith(" ") else r for r in rows)
    r = parse(afip(table=table.rstrip("\n")))
    assert [i["description"] for i in r.items] == ["Servicio técnico Yerba mate 1kg mensual", "Aceite girasol 1,5L"]
    assert (r.total, r.warnings) == (D("2972.50"), [])


@pytest.mark.parametrize("desc,read", [
    ("004512 Tarugo Fischer S8 x 100 u.", "Tarugo Fischer S8 x 100 u."),   # an internal code, zero-padded
    ("0001234 Leche entera 1L", "Leche entera 1L"),
    ("52310 Tornillo autoperforante", "Tornillo autoperforante"),        # five figures or more
    # near misses: a count or a measure before the words stays
    ("2000 frigorías split frío/calor", "2000 frigorías split frío/calor"),
    ("1500 W secador de pelo", "1500 W secador de pelo"),
    ("100 tornillos 8 x 1/2", "100 tornillos 8 x 1/2"),
])
def test_an_internal_code_glued_before_the_description_is_dropped(desc, read):
    # the contract: a code printed before the description is not part of it
    # (a barcode is the ean, a shorter internal code is dropped); in a table
    # without a code column it was kept in the description
    table = ("Cant.     Descripción                                   P. Unitario             Importe\n"
             f"2         {desc:<44}   1250,00             2500,00")
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [i["description"] for i in r.items] == [read]
    assert (r.items[0]["amount"], r.total, r.warnings) == (D("2500.00"), D("3025.00"), [])


@pytest.mark.parametrize("label", ["Trabajo", "Trabajos realizados", "Tarea", "Mercadería"])
def test_a_trades_work_column_is_the_description(label):
    # a builder's or a mechanic's table names its description column for the
    # work billed; the document was refused as of no known layout
    table = (f"Cant.     {label:<44}   P. Unitario             Importe\n"
             "1         Demolición de muro y retiro                    1800,00             1800,00\n"
             "2         Revoque grueso y fino (m2)                      350,00              700,00")
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [i["description"] for i in r.items] == ["Demolición de muro y retiro", "Revoque grueso y fino (m2)"]
    assert ([i["amount"] for i in r.items], r.total, r.warnings) == ([D("1800.00"), D("700.00")], D("3025.00"), [])


VAT_TABLE_ITEMS = """\
Código  Descripción                                 Cantidad    Precio Unit.           Importe
00101   Cemento portland 50 kg                           100         9800,00         980000,00
00102   Vivienda prefabricada módulo baño                  1      2400000,00        2400000,00
00103   Hierro nervado 8 mm x 12 m                        80        11200,00         896000,00"""


@pytest.mark.parametrize("head,r21,r105", [
    ("Alícuota          Neto Gravado                 IVA", "21,00 %", "10,50 %"),
    ("Tasa              Base imponible       Importe IVA", "21%    ", "10,5%  "),
    ("% IVA             Neto                         IVA", "21,00  ", "10,50  "),
])
@pytest.mark.parametrize("total_iva", [True, False])
def test_a_vat_table_under_the_items_gives_the_vat_per_rate(head, r21, r105, total_iva):
    # a table of the VAT per rate (rate | net | VAT) after the items: its
    # heading was read as an item's description and its rows as items, the
    # VAT as one line without a rate (flagged, totals_mismatch)
    totals = (f"                                        {head}\n"
              f"                                        {r21}           1876000,00           393960,00\n"
              f"                                        {r105}           2400000,00           252000,00\n" +
              ("                                        Total IVA                                645960,00\n"
               if total_iva else "") +
              "\n                                        Neto Gravado Total                    4276000,00\n"
              "                                        TOTAL                                 4921960,00")
    r = parse(afip(table=VAT_TABLE_ITEMS, totals=totals))
    assert len(r.items) == 3
    assert r.vat == [{"rate": D("21.00"), "amount": D("393960.00")}, {"rate": D("10.50"), "amount": D("252000.00")}]
    assert (r.subtotal, r.total, r.warnings) == (D("4276000.00"), D("4921960.00"), [])


def test_a_vat_table_at_a_rate_vat_never_has_is_not_read_as_vat():
    # near miss: a table of another tax (3 %) under the same headings is no
    # VAT table: nothing read as VAT from it
    totals = ("                                        Alícuota          Neto Gravado                 IVA\n"
              "                                        3,00 %            4276000,00           128280,00\n"
              "                                        TOTAL                                 4276000,00")
    r = parse(afip(table=VAT_TABLE_ITEMS, totals=totals))
    assert (r.vat, r.total) == ([], D("4276000.00"))


def test_a_wholesalers_bultos_column_is_the_quantity():
    # "Bultos": how many packs a wholesaler bills, the only count printed;
    # the quantity was null
    table = ("Bultos    Descripción                                   P. Unitario             Importe\n"
             "20        Gaseosa cola 2,25 L pack x 6                      100,00             2000,00\n"
             "5         Agua mineral 2 L pack x 6                         100,00              500,00")
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in r.items] == [
        (D("20"), D("100.00"), D("2000.00")), (D("5"), D("100.00"), D("500.00"))]
    assert (r.total, r.warnings) == (D("3025.00"), [])


def _otros_tributos(rows, total):
    left = ["Otros tributos", "Descripción                       Detalle          Alíc. %      Importe"] + rows
    right = ["Importe Neto Gravado: $   2500,00", "IVA 21%: $    420,00", "IVA 10.5%: $     52,50",
             f"Importe Otros Tributos: $ {total:>9}", f"Importe Total: $ {_total(total):>9}"]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right = [""] * (n - len(right)) + right
    return "\n".join(f"{a:<72}{b:>44}".rstrip() for a, b in zip(left, right))


def _total(others):
    return f"{Decimal('2972.50') + Decimal(others.replace(',', '.')):.2f}".replace(".", ",")


@pytest.mark.parametrize("rows,taxes", [
    (["Per./Ret. de Ingresos Brutos      Buenos Aires       3,00        75,00",
      "Per./Ret. de Ingresos Brutos      CABA               2,00        50,00",
      "",
      "                     Importe Otros Tributos: $      125,00"],
     [("Per./Ret. de Ingresos Brutos Buenos Aires", "75.00"), ("Per./Ret. de Ingresos Brutos CABA", "50.00")]),
    (["Impuestos Internos                                 8,00        40,00"],
     [("Impuestos Internos", "40.00")]),
])
def test_afips_table_of_other_taxes_gives_one_tax_per_row(rows, taxes):
    # AFIP's own layout prints the other taxes as a table beside the totals;
    # only their sum, "Importe Otros Tributos", was read, as one tax
    total = f"{sum(Decimal(a) for _, a in taxes):.2f}".replace(".", ",")
    r = parse(afip(totals=_otros_tributos(rows, total)))
    assert [(t["description"], t["amount"]) for t in r.taxes] == [(d, Decimal(a)) for d, a in taxes]
    assert (r.total, r.warnings) == (Decimal(_total(total).replace(",", ".")), [])


def test_a_table_of_other_taxes_that_does_not_add_up_is_flagged():
    # near miss: rows that do not sum to the printed "Importe Otros
    # Tributos" leave it beside them, and the totals do not add up
    rows = ["Per./Ret. de Ingresos Brutos      Buenos Aires       3,00        75,00"]
    r = parse(afip(totals=_otros_tributos(rows, "125,00")))
    assert r.warnings == ["totals_mismatch"]


def test_an_invoice_refused_for_its_currency_is_read_by_no_other_layout():
    # the invoice reader refuses a currency it does not take; the ticket
    # reader, tried after it, must not read the same lines as a peso ticket
    table = ("Cant.   Descripción                          P. Unitario      Importe\n"
             "2       Yerba mate 1kg                           1000,00      2000,00\n"
             "1       Aceite girasol 1,5L                       500,00       500,00")
    text = afip(table=table, totals=MONO_TOTALS).replace("Condición de venta: Contado",
                                                         "Condición de venta: Contado\nMoneda: Libras")
    with pytest.raises(expetl.UnsupportedLayout, match="Libras"):
        parse(text)


# A centred description label over a left-aligned description, the quantity
# right-aligned under or past its own label one word space before it: one
# cell; the number is the quantity's when the row prices an item.

@pytest.mark.parametrize("table,want", [
    ("""\
Cant.             Descripción                           P. Unit.       Importe
   10 Cerveza rubia lata 473 ml x 24                    18500,00     185000,00""",
     [(D("10"), "Cerveza rubia lata 473 ml x 24", D("185000.00"))]),
    ("""\
  Cant.            Descripción                P. Unit.        Importe
     20 Tornillo 6 mm                            50,00        1000,00
      3 Tuerca                                   50,00         150,00
  1,500 Alambre galvanizado                     900,00        1350,00""",
     [(D("20"), "Tornillo 6 mm", D("1000.00")), (D("3"), "Tuerca", D("150.00")),
      (D("1.500"), "Alambre galvanizado", D("1350.00"))]),
    # set right in a cell wider than its label, past the label's edge: no
    # row has a quantity apart and every priced row's description starts
    # with a number, so those numbers are the quantities
    ("""\
  Cant.            Descripción                P. Unit.        Importe
         20 Tornillo 6 mm                        50,00        1000,00
          3 Tuerca                               50,00         150,00""",
     [(D("20"), "Tornillo 6 mm", D("1000.00")), (D("3"), "Tuerca", D("150.00"))]),
])
def test_a_quantity_a_word_space_before_a_description_under_a_centred_label(table, want):
    # was: the whole cell the description ("10 Cerveza ..."), or a number of
    # it ("473") the description and the rest dropped
    total = sum(a for _, _, a in want)
    r = parse(afip(table=table, totals=KG_TOTALS.format(f"{total:.2f}".replace(".", ","))))
    assert [(i["quantity"], i["description"], i["amount"]) for i in r.items] == want
    assert (r.total, r.warnings) == (total, [])


@pytest.mark.parametrize("table,want", [
    # the quantity in its own cell: a number the description starts with stays in it
    ("""\
Cant.             Descripción                           P. Unit.       Importe
   3      24 Cervezas lata                              18500,00      55500,00""",
     [(D("3"), "24 Cervezas lata")]),
    # the quantity's column after the description's
    ("""\
      Descripción                Cant.   P. Unit.     Importe
2 Tornillos de 6 mm                3      100,00      300,00""",
     [(D("3"), "2 Tornillos de 6 mm")]),
    # a measure, not a quantity
    ("""\
Cant.             Descripción                           P. Unit.       Importe
      500 g Fideos moñito                                 800,00        800,00""",
     [(None, "500 g Fideos moñito")]),
    # past the quantity's label: a table with a quantity apart on another
    # row, or a priced row whose description starts otherwise, keeps them
    ("""\
  Cant.            Descripción                P. Unit.        Importe
      2            Resma A4                     100,00         200,00
         24 Cervezas lata                        50,00        1200,00""",
     [(D("2"), "Resma A4"), (None, "24 Cervezas lata")]),
    ("""\
  Cant.            Descripción                P. Unit.        Importe
         20 Tornillo 6 mm                        50,00        1000,00
            Tuerca hexagonal                     50,00         150,00""",
     [(None, "20 Tornillo 6 mm"), (None, "Tuerca hexagonal")]),
])
def test_a_number_that_starts_a_description_is_not_taken_for_its_quantity(table, want):
    r = parse(afip(table=table, totals=KG_TOTALS.format("1,00")))
    assert [(i["quantity"], i["description"]) for i in r.items] == want


def test_a_wrapped_descriptions_line_that_starts_with_a_number_is_no_quantity():
    # near miss: under the item, without a price or an amount: the description's
    table = """\
Cant.             Descripción                           P. Unit.       Importe
   10 Cerveza rubia lata                                18500,00     185000,00
      24 latas por caja"""
    r = parse(afip(table=table, totals=KG_TOTALS.format("185000,00")))
    assert [(i["quantity"], i["description"]) for i in r.items] == [
        (D("10"), "Cerveza rubia lata 24 latas por caja")]


# A description cell's last printed line that is a number alone: a line of
# the cell like any other (the values set in the middle of a two-line cell).
ROWS_HEAD = """\
        Descripción                   Cantidad              Precio Unit.        Importe
Cambio de pantalla
                                                1,00                1.000,00       1.000,00
{last}"""


@pytest.mark.parametrize("last,kept", [('15,6"', True), ("2,5", True), ("50", True), ("(0,35%)", True),
                                       ("1,5 L", True),
                                       # near misses: a page's number, an article's code
                                       ("1/3", False), ("123456", False)])
def test_a_number_alone_on_a_descriptions_last_line_is_kept(last, kept):
    r = parse(afip(table=ROWS_HEAD.format(last=last), totals=KG_TOTALS.format("1000,00")))
    assert [i["description"] for i in r.items] == ["Cambio de pantalla" + (f" {last}" if kept else "")]


@pytest.mark.parametrize("printed,kept", [
    ("[CONS-001] Consultoría", "Consultoría"),
    ("[7790001] Yerba mate 1kg", "Yerba mate 1kg"),
    # near misses: brackets inside the name, or nothing after them
    ("Consultoría [remota]", "Consultoría [remota]"),
    ("[Oferta]", "[Oferta]"),
])
def test_a_bracketed_code_before_the_name_is_not_part_of_the_description(printed, kept):
    # Odoo prints "[code] name"; the contract: a code before the
    # description is not part of it
    table = f"""\
Descripción                          Cantidad   P. Unit.      Importe
{printed:<36} 1,00   1000,00      1000,00"""
    r = parse(afip(table=table, totals=KG_TOTALS.format("1000,00")))
    assert [i["description"] for i in r.items] == [kept]
