"""Header rules of the invoice reader (detection, number, date, issuer) on
synthetic layouts: each test stands for one rule about how invoices are
printed, with near misses that must not match.  Layout text: one line per
row, two or more spaces between cells (as in test_invoice_layouts.py, whose
template and helpers these reuse)."""
import pytest

from test_invoice_layouts import afip, parse

POS_LINE = "Punto de Venta: 00003   Comp. Nro: 00001101"
DATE_LINE = "Fecha de Emisión: 02/08/2022"


@pytest.mark.parametrize("line,iso", [
    ("Fecha: 12 de marzo de 2026", "2026-03-12"),
    ("Fecha de emisión: 27 de febrero de 2026", "2026-02-27"),
    ("Fecha: 1 de septiembre del 2025", "2025-09-01"),
    ("Fecha: 3 de setiembre de 2025", "2025-09-03"),
])
def test_emission_date_written_out(line, iso):
    assert parse(afip().replace(DATE_LINE, line)).issued_at == iso


@pytest.mark.parametrize("line", [
    "Fecha: 31 de febrero de 2026",   # no such day
    "Fecha: 12 de marzo",             # no year
    "Fecha: 12 de brumario de 2026",  # no such month
])
def test_written_out_date_that_is_not_one_is_not_taken(line):
    assert parse(afip().replace(DATE_LINE, line)).issued_at is None


def test_point_of_sale_label_without_a_space():
    # monospaced printouts run "Pto.Vta:" together, the value after a space
    r = parse(afip().replace(POS_LINE, "Pto.Vta: 00015 Nro: 00128803"))
    assert (r.pos, r.number) == (15, 128803)


def test_run_together_label_of_another_field_is_not_the_point_of_sale():
    # near miss: a word that only starts like the label
    r = parse(afip().replace(POS_LINE, "Ptovtas: 00015 Nro: 00128803"))
    assert r.pos is None
