"""Rules of the item table and the totals block, each with near misses:
invoices built from layout text (parse_receipt_text) or small PDFs."""
from decimal import Decimal

from test_invoice_layouts import afip, parse

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


def test_a_quantity_column_counts_in_units_where_its_figure_is_not_read():
    # near miss: the table prints a quantity column, this line leaves it blank
    table = """\
Descripción                          Cant.          Precio      Importe
Yerba mate 1 kg                          1         2000,00      2000,00
Flete a domicilio                                                500,00"""
    r = parse(afip(table=table, totals=MONO_TOTALS))
    assert [(i["quantity"], i["unit"]) for i in r.items] == [(D("1"), "un"), (None, "un")]
