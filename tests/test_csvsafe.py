"""CSV meant for people: formula cells neutralised, numbers kept."""
import csv
import io

from expetl.core.csvsafe import neutralise, neutralise_row


def test_formula_cells_are_neutralised_and_amounts_are_not():
    for cell in ("=cmd|' /C calc'!A0", "+SUM(A1:A9)", "-2+3", "@SUM(1)", "\t=1", "\r=1", "=HYPERLINK(\"x\")",
                 "-", "+", "--1"):
        assert neutralise(cell) == "'" + cell, cell
    for cell in ("-123.45", "+12", "-0.5", "1234", "-1.234,56", "ARROZ", "", "a=b", " =x"):
        assert neutralise(cell) == cell, cell
    assert neutralise(None) is None and neutralise(-5) == -5


def test_rows_for_csv_writers():
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=["description", "amount"], lineterminator="\n")
    w.writeheader()
    w.writerow(neutralise_row({"description": "=cmd|' /C calc'!A0", "amount": "-1599.00"}))
    csv.writer(out, lineterminator="\n").writerow(neutralise_row(["@x", "-3"]))
    assert out.getvalue() == "description,amount\n'=cmd|' /C calc'!A0,-1599.00\n'@x,-3\n"
