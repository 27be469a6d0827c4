"""Invoice reading rules on synthetic layout text (AFIP Factura A/B/C from
invoicing programs the parser has never seen): each test stands for one rule
the real fixtures exemplify, built here with other names, numbers and layouts.
Layout text: one line per row, two or more spaces between cells."""
import re
import subprocess
from decimal import Decimal

import pytest

import expetl
from conftest import FIXTURES, load_json
from contract import diff, norm

ISSUER_CUIT = "30712345671"  # check digits verify
BUYER_CUIT = "30700000016"
CAE = "72318457237008"

# AFIP's own layout ("Comprobantes en línea"): issuer top left, code box,
# point of sale and number, buyer block, table, totals at the right.
AFIP = """\
                                     ORIGINAL
EJEMPLO HOGAR S.A.                     A        FACTURA
                                    COD. 01
                                                Punto de Venta: 00003   Comp. Nro: 00001101
Razón Social: EJEMPLO HOGAR S.A.                Fecha de Emisión: 02/08/2022
Domicilio Comercial: Av. Corrientes 1234        CUIT: 30712345671
                                                Ingresos Brutos: 901-123456-7
Condición frente al IVA: IVA Responsable Inscripto    Fecha de Inicio de Actividades: 01/03/2012

CUIT: 30700000016      Apellido y Nombre / Razón Social: COMPRADORA S.R.L.
Condición frente al IVA: IVA Responsable Inscripto
Condición de venta: Contado

{table}

{totals}
CAE N°: 72318457237008      Fecha de Vto. de CAE: 12/08/2022
"""

AFIP_TABLE = """\
Código  Producto / Servicio         Cantidad  U. medida  Precio Unit.  % Bonif  Subtotal  Alicuota IVA  Subtotal c/IVA
        Yerba mate 1kg                  2,00  unidades       1000,00     0,00   2000,00           21%         2420,00
        Aceite girasol 1,5L             1,00  unidades        500,00     0,00    500,00         10,5%          552,50
        en botella"""

AFIP_TOTALS = """\
                                                         Importe Neto Gravado: $   2500,00
                                                                    IVA 21%: $    420,00
                                                                  IVA 10.5%: $     52,50
                                                      Importe Otros Tributos: $      0,00
                                                               Importe Total: $   2972,50"""


def afip(table=AFIP_TABLE, totals=AFIP_TOTALS, **kw):
    text = AFIP.format(table=table, totals=totals)
    for old, new in kw.items():
        text = text.replace(old.replace("_", " "), new)
    return text


def parse(text):
    return expetl.parse_receipt_text(text)


def test_afip_layout_reads_every_field():
    r = parse(afip())
    assert r.doc_type == "factura_a"
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}
    assert (r.pos, r.number, r.issued_at, r.currency) == (3, 1101, "2022-08-02", "ARS")
    assert [i["description"] for i in r.items] == ["Yerba mate 1kg", "Aceite girasol 1,5L en botella"]
    first = r.items[0]
    assert (first["quantity"], first["unit"], first["unit_price"], first["vat_rate"], first["amount"]) == (
        Decimal("2.00"), "un", Decimal("1000.00"), Decimal("21.00"), Decimal("2420.00"))
    assert r.subtotal == Decimal("2500.00") and r.total == Decimal("2972.50")
    assert r.vat == [{"rate": Decimal("21.00"), "amount": Decimal("420.00")},
                     {"rate": Decimal("10.50"), "amount": Decimal("52.50")}]
    assert r.taxes == [] and r.payments == []
    assert r.prices_include_vat is True  # the line amount is "Subtotal c/IVA"
    assert r.cae == CAE and r.warnings == []


# ---- label spellings --------------------------------------------------------

@pytest.mark.parametrize("label", ["CUIT:", "C.U.I.T.:", "cUIT:", "CUIT Nº", "C.U.I.T. Nro:"])
def test_issuer_cuit_label_spellings(label):
    r = parse(afip().replace("CUIT: 30712345671", f"{label} 30-71234567-1"))
    assert r.merchant["cuit"] == ISSUER_CUIT and "cuit_invalid" not in r.warnings


def test_issuer_cuit_glued_to_its_label():
    r = parse(afip().replace("CUIT: 30712345671", "C.U.I.T.:30-71234567-1"))
    assert r.merchant["cuit"] == ISSUER_CUIT


@pytest.mark.parametrize("code,doc_type", [
    ("COD. 01", "factura_a"), ("COD.01", "factura_a"), ("Cód. 1", "factura_a"), ("CODIGO: 001", "factura_a"),
    ("cod Comp: 1", "factura_a"), ("cOD. 006", "factura_b"), ("COD. 011", "factura_c"),
])
def test_document_code_spellings(code, doc_type):
    text = afip().replace("COD. 01", code)
    if doc_type != "factura_a":
        text = text.replace("                                     A        FACTURA", "                              FACTURA")
    assert parse(text).doc_type == doc_type


@pytest.mark.parametrize("header", [
    "A        FACTURA",        # the letter box beside the title
    "FACTURA A",
    "Factura A",
])
def test_letter_without_document_code(header):
    text = afip().replace("                                    COD. 01\n", "\n").replace("A        FACTURA", header)
    assert parse(text).doc_type == "factura_a"


def test_credit_note_code_is_not_an_invoice():
    with pytest.raises(expetl.UnsupportedLayout):
        parse(afip().replace("COD. 01", "COD. 03").replace("A        FACTURA", "NOTA DE CREDITO"))


@pytest.mark.parametrize("line,pos,number", [
    ("Punto de Venta: 00003   Comp. Nro: 00001101", 3, 1101),
    ("Punto de Venta: 0003   Comp.Nro: 00000305", 3, 305),
    ("N° 0091-00012345", 91, 12345),
    ("Nº: 4000-12345678", 4000, 12345678),
    ("Nº00003-00000438", 3, 438),
    ("Nro: 0013-00004780", 13, 4780),
    ("NUMERO:   00003- 00003668", 3, 3668),
    ("Nro: 000800059501", 8, 59501),
    ("N° 0004 - 00025399", 4, 25399),
    ("Punto de Venta: 0003   Comp. Nº: 00000438", 3, 438),
    ("Nro. Factura: 0005-00000777", 5, 777),
])
def test_point_of_sale_and_number_forms(line, pos, number):
    r = parse(afip().replace("Punto de Venta: 00003   Comp. Nro: 00001101", line))
    assert (r.pos, r.number) == (pos, number)


@pytest.mark.parametrize("title", ["FACTURA A 0003-00003621", "FACTURA A Nº00003-00003621",
                                   "FACTURA   0003- 00003621"])
def test_number_after_the_title(title):
    text = afip().replace("Punto de Venta: 00003   Comp. Nro: 00001101", "").replace(
        "A        FACTURA", title)
    r = parse(text)
    assert (r.pos, r.number) == (3, 3621)


def test_bare_number_after_the_title_with_point_of_sale_apart():
    text = afip().replace("Punto de Venta: 00003   Comp. Nro: 00001101", "Punto de Venta: 0007").replace(
        "A        FACTURA", "FACTURA A  N° 00000438")
    r = parse(text)
    assert (r.pos, r.number) == (7, 438)


@pytest.mark.parametrize("code,doc_type", [("COD. 201", "factura_a"), ("COD. 206", "factura_b"),
                                           ("COD. 211", "factura_c")])
def test_mipyme_credit_invoice_codes(code, doc_type):
    assert parse(afip().replace("COD. 01", code)).doc_type == doc_type


def test_another_documents_number_is_not_the_invoices():
    text = afip().replace("Punto de Venta: 00003   Comp. Nro: 00001101", "").replace(
        "EJEMPLO HOGAR S.A.                     A        FACTURA",
        "EJEMPLO HOGAR S.A.     Remito Nº: 0001-00004567     A        FACTURA N° 0003-00001101")
    r = parse(text)
    assert (r.pos, r.number) == (3, 1101)


def test_a_bare_number_after_nro_is_not_the_invoice_number():
    # a street, an account, a delivery note: "Nro." without the point of sale
    text = afip().replace("Av. Corrientes 1234", "Av. Corrientes Nro.: 681").replace(
        "Condición de venta: Contado", "Condición de venta: Contado   Remito Nro.: 0")
    r = parse(text)
    assert (r.pos, r.number) == (3, 1101)


@pytest.mark.parametrize("line,iso", [
    ("Fecha de Emisión: 02/08/2022", "2022-08-02"),
    ("FECHA: 22-11-2023", "2023-11-22"),
    ("Fecha:13/11/2023", "2023-11-13"),
    ("Fecha:  10/2/2023", "2023-02-10"),
    ("Fecha Emisión: 05.01.2024", "2024-01-05"),
    ("Emisión: 02/08/2022", "2022-08-02"),
])
def test_emission_date_spellings(line, iso):
    assert parse(afip().replace("Fecha de Emisión: 02/08/2022", line)).issued_at == iso


def test_emission_date_year_first():
    assert parse(afip().replace("Fecha de Emisión: 02/08/2022", "Fecha de Emisión: 2022-08-02")).issued_at == \
        "2022-08-02"


def test_emission_date_is_not_a_due_or_start_date():
    text = afip().replace("Fecha de Emisión: 02/08/2022", "Fecha de Vto. para el pago: 30/08/2022")
    text = text.replace("Condición de venta: Contado", "Condición de venta: Contado   Fecha: 03/08/2022")
    # the only emission date is in the buyer block's row; start of activities is not it
    assert parse(text).issued_at == "2022-08-03"


def test_unlabeled_date_split_by_spaces():
    text = afip().replace("Fecha de Emisión: 02/08/2022", "31 /10 /23")
    assert parse(text).issued_at == "2023-10-31"


@pytest.mark.parametrize("line", ["CAE N°: 72318457237008", "C.A.E. Nº 72318457237008", "CAE: 72318457237008",
                                  "C.A.E.N°:72318457237008", "CAE Nro.: 72318457237008", "CAE N: 72318457237008"])
def test_cae_spellings(line):
    assert parse(afip().replace("CAE N°: 72318457237008", line)).cae == CAE


@pytest.mark.parametrize("line,cae", [
    ("CAE N?: 72318457237008", CAE),            # an OCR layer's unreadable "°"
    ("CAE N° : 72318457237008", CAE),
    ("CAE N?: 12/08/2022 72318457237008", None),  # near miss: the first figure is a date
    ("CAE N?: 7231845723700", None),             # near miss: 13 digits are no CAE
    ("ALCAE N*: 72318457237008", CAE),           # the logo's OCR noise glued before the label
    ("|CAE N*: 72318457237008", CAE),
    ("MALCAE N*: 72318457237008", None),         # near miss: three letters before it are a word
])
def test_cae_is_the_first_figure_after_its_label(line, cae):
    assert parse(afip().replace("CAE N°: 72318457237008", line)).cae == cae


def test_currency_from_moneda_label():
    text = afip(totals=AFIP_TOTALS.replace("$", "USD")).replace(
        "CAE N°", "Moneda: USD - Dólar Estadounidense\nCAE N°")
    r = parse(text)
    assert r.currency == "USD" and r.total == Decimal("2972.50")


@pytest.mark.parametrize("mark,want", [("US$", "USD"), ("U$S", "USD"), ("Dólares", "USD"), ("Pesos", "ARS"),
                                       ("Euros", "EUR")])
def test_currency_spellings_after_moneda(mark, want):
    # "US$" is the dollar as often as "U$S"; it was read as no currency, and
    # the amounts' "$" made the document pesos
    r = parse(afip().replace("Condición de venta: Contado", f"Condición de venta: Contado        Moneda: {mark}"))
    assert r.currency == want and r.total == Decimal("2972.50")


@pytest.mark.parametrize("label,total,want", [
    ("Importe Total:", "USD 2.972,50", "USD"),
    ("Importe Total:", "2.972,50 USD", "USD"),
    ("Importe Total:", "2.972,50 dólares", "USD"),  # the currency's name after the amount: was pesos
    ("Importe Total:", "2.972,50 Euros", "EUR"),
    ("Importe Total:", "U$S 2972,50", "USD"),
    ("Importe Total:", "US$ 2972,50", "USD"),
    ("Importe Total:", "EUR 2972,50", "EUR"),
    ("Importe Total USD:", "2972,50", "USD"),
    ("Total (U$S):", "2972,50", "USD"),
    ("Importe Total:USD", "2972,50", "USD"),
    ("Importe Total:U.S.D.", "2972,50", "USD"),  # the dots: was pesos
    ("Total:U$S", "2972,50", "USD"),
    ("Importe Total:Eur.", "2972,50", "EUR"),
    # near misses: the bare "$" is pesos' and dollars' sign alike, "ARS" is pesos
    ("Importe Total:", "$ 2972,50", "ARS"),
    ("Importe Total:", "ARS 2972,50", "ARS"),
    ("Importe Total:$", "2972,50", "ARS"),
])
def test_the_currency_printed_with_the_total_when_no_moneda_line(label, total, want):
    # a dollar invoice without "Moneda:" was read as pesos: a silently wrong currency
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", f"{label}   {total}")
    r = parse(afip(totals=totals))
    assert (r.currency, r.total, r.warnings) == (want, Decimal("2972.50"), [])


@pytest.mark.parametrize("label", ["Moneda de facturación: USD", "Moneda de emisión: USD", "Mon.: USD",
                                   "Moneda de la operación: Dólares", "Importes en: U$S", "Valores expresados en: USD",
                                   "Moneda/Currency: USD", "Moneda / Currency: USD", "Currency/Moneda: USD",
                                   "Moneda del documento: USD", "Moneda de la factura: USD", "Moneda Fact.: USD",
                                   "Mon. Comprobante: USD", "Valores expresados en: Dólares Estadounidenses",
                                   "Importes en: USD - Dólar Estadounidense"])
def test_the_currency_labels_other_spellings(label):
    # read as pesos, silently
    r = parse(afip().replace("Condición de venta: Contado", "Condición de venta: Contado     " + label))
    assert (r.currency, r.total) == ("USD", Decimal("2972.50"))


@pytest.mark.parametrize("label", ["Moneda extranjera: USD", "Moneda de pago: Efectivo", "Tipo de cambio moneda USD: 1.050,00"])
def test_a_foreign_currencys_rate_or_a_means_of_payment_is_no_currency_label(label):
    # near miss
    r = parse(afip().replace("Condición de venta: Contado", "Condición de venta: Contado     " + label))
    assert r.currency == "ARS"


@pytest.mark.parametrize("after", ["(USD)", "(Dólares)"])
def test_a_code_in_brackets_after_the_total_names_its_currency(after):
    r = parse(afip(totals=AFIP_TOTALS.replace("$   2972,50", "  2972,50 " + after)))
    assert (r.currency, r.total, r.warnings) == ("USD", Decimal("2972.50"), [])
    # near miss: a dollar equivalent in brackets after a peso total
    for eq in ("(USD 2,83)", "(u$s 2,83)", "(USD: 2,83)", "(Dólares 2,83)"):
        r = parse(afip(totals=AFIP_TOTALS.replace("$   2972,50", "$   2972,50 " + eq)))
        assert (r.currency, r.total) == ("ARS", Decimal("2972.50")), eq


@pytest.mark.parametrize("label", ["Moneda de referencia: USD", "Moneda del contrato: USD", "Moneda original: USD",
                                   "Moneda de ajuste: USD", "Importes en: USD al TC del día"])
def test_another_amounts_currency_label_is_no_currency_label(label):
    # near miss: a contract's or a reference's currency on a peso invoice
    r = parse(afip().replace("Condición de venta: Contado", "Condición de venta: Contado     " + label))
    assert r.currency == "ARS"


@pytest.mark.parametrize("before,after", [("U$S ", ""), ("", " USD")])
def test_the_code_every_line_amount_prints_names_the_currency(before, after):
    # each line's amount printed with its code, the totals bare: read as pesos
    table = f"""\
Cant.   Descripción                         P. Unit.          Importe
2       Yerba mate 1kg                      1210,00      {before}2420,00{after}
1       Aceite girasol 1,5L                  552,50       {before}552,50{after}"""
    r = parse(afip(table=table, totals=AFIP_TOTALS.replace("$", " ")))
    assert (r.currency, r.total) == ("USD", Decimal("2972.50"))
    # near miss: a reference column in dollars beside the line amounts
    ref = """\
Cant.   Descripción                         P. Unit.     Importe      Ref. USD
2       Yerba mate 1kg                      1210,00     2420,00      USD 2,30
1       Aceite girasol 1,5L                  552,50      552,50      USD 0,53"""
    assert parse(afip(table=ref)).currency == "ARS"
    # near miss: one line without it decides nothing
    lines = table.splitlines()
    lines[2] = lines[2].replace("U$S ", "    ").replace(" USD", "")
    assert parse(afip(table="\n".join(lines), totals=AFIP_TOTALS.replace("$", " "))).currency == "ARS"


def test_a_summary_box_above_the_table():
    box = P40 + "TOTAL A PAGAR: {} 2972,50\n\n"
    # its code names the total's currency
    r = parse(afip(table=box.format("USD") + AFIP_TABLE, totals=AFIP_TOTALS.replace("$", " ")))
    assert (r.currency, r.total, r.warnings) == ("USD", Decimal("2972.50"), [])
    # a net footer under it read as the total is flagged (it passed as the net, silently)
    table = box.format("$") + NET_ITEMS + "\n" + P40 + "Total:   2500,00"
    r = parse(afip(table=table, totals=""))
    assert r.warnings == ["totals_mismatch"], r.total
    # the box under the total's other names
    for name in ("IMPORTE A PAGAR:", "VALOR TOTAL:"):
        r = parse(afip(table=P40 + name + " $ 2972,50\n\n" + NET_ITEMS + "\n" + P40 + "Total:   2500,00", totals=""))
        assert r.warnings == ["totals_mismatch"], (name, r.total)
    r = parse(afip(table=P40 + "IMPORTE A PAGAR: USD 2972,50\n\n" + AFIP_TABLE, totals=AFIP_TOTALS.replace("$", " ")))
    assert (r.currency, r.warnings) == ("USD", [])
    # near miss: a box that agrees flags nothing
    r = parse(afip(table=box.format("$") + AFIP_TABLE))
    assert (r.total, r.warnings) == (Decimal("2972.50"), [])
    # near miss: a box's other amount (a contract's total, a balance due) flags nothing
    for other in ("Monto total: $ 36.000,00", "Saldo anterior: $ 1.000,00     Total a pagar: $ 3.972,50"):
        r = parse(afip(table=P40 + other + "\n\n" + AFIP_TABLE))
        assert (r.total, r.warnings) == (Decimal("2972.50"), []), other


@pytest.mark.parametrize("label,want", [("Moneda: Real", "BRL"), ("Moneda: 012 - Real", "BRL"), ("Moneda: Euros", "EUR")])
def test_other_currencies_by_name(label, want):
    # an unknown name was pesos, silently
    r = parse(afip(totals=AFIP_TOTALS.replace("$", " ")).replace("Condición de venta: Contado",
                                                                 "Condición de venta: Contado     " + label))
    assert r.currency == want


def test_real_in_a_total_of_part_is_no_currency():
    # near miss: "Total Real" is the actual total, not reais
    r = parse(afip(totals=AFIP_TOTALS.replace("Importe Total: $", "Total Real:   ")))
    assert (r.currency, r.total) == ("ARS", Decimal("2972.50"))


def test_the_total_under_another_name_after_a_total_of_part():
    # "Total sin IVA" then the VAT, then "Importe a pagar": that is the total
    totals = (P40 + "Total sin IVA:   2500,00\n" + P40 + "IVA 21%:   420,00\n" + P40 + "IVA 10,5%:   52,50\n"
              + P40 + "Importe a pagar:   2972,50")
    r = parse(afip(table=NET_ITEMS, totals=totals))
    assert (r.total, r.subtotal, r.warnings) == (Decimal("2972.50"), Decimal("2500.00"), [])


def test_the_euro_sign_after_the_total():
    r = parse(afip(totals=AFIP_TOTALS.replace("$   2972,50", "  2972,50 €").replace("$", " ")))
    assert (r.currency, r.total) == ("EUR", Decimal("2972.50"))


def test_the_currency_every_amount_of_the_totals_prints():
    # the total bare, every other amount in dollars: the block's currency
    usd = AFIP_TOTALS.replace("$", "USD").replace("Importe Total: USD", "Importe Total:   ")
    assert parse(afip(totals=usd)).currency == "USD"
    # printed under their labels, as a grid
    grid = """\
                                   Importe Neto Gravado    IVA 21%    IVA 10.5%    Importe Total
                                       U$S 2500,00     U$S 420,00   U$S 52,50      U$S 2972,50"""
    assert parse(afip(totals=grid)).currency == "USD"
    # near miss: amounts that disagree, the total stating none, decide nothing
    mixed = usd.replace("Tributos: USD", "Tributos: ARS")
    assert parse(afip(totals=mixed)).currency == "ARS"
    # but a total that prints its code decides whatever the amounts above it say
    assert parse(afip(totals=mixed.replace("Importe Total:   ", "Importe Total: USD"))).currency == "USD"


USD_HEADERS = [
    # the code after a money column's label, in its cell
    ("Precio Unit. (USD)", "Subtotal (USD)", "Subtotal c/IVA (USD)"),
    ("Precio Unit. USD", "Subtotal USD", "Subtotal c/IVA USD"),
    ("Precio Unit. U$S", "Subtotal U$S", "Subtotal c/IVA U$S"),
    ("Precio Unit. en Dólares", "Subtotal", "Subtotal c/IVA en Dólares"),
]


def _headed(price, sub, gross):
    head = AFIP_TABLE.splitlines()[0]
    for old, new in (("Subtotal c/IVA", gross), ("Precio Unit.", price), ("Subtotal  ", sub + "  ")):
        head = head.replace(old, new, 1)
    return "\n".join([head] + AFIP_TABLE.splitlines()[1:])


@pytest.mark.parametrize("price,sub,gross", USD_HEADERS)
def test_the_currency_the_table_headers_print(price, sub, gross):
    # the money columns headed in dollars, the totals printing "$" or no
    # code: the invoice was read as pesos, silently
    bare = AFIP_TOTALS.replace("$", " ")
    for totals in (AFIP_TOTALS, bare):
        r = parse(afip(table=_headed(price, sub, gross), totals=totals))
        assert (r.currency, r.total, len(r.items)) == ("USD", Decimal("2972.50"), 2), (price, totals)


def test_a_table_header_currency_yields_to_the_label_and_the_total():
    usd = _headed(*USD_HEADERS[0])
    # a "Moneda:" label decides
    assert parse(afip(table=usd).replace("CAE N°", "Moneda: ARS\nCAE N°")).currency == "ARS"
    # the total's code and the table's disagreeing, no label: the document
    # cannot be vouched for (it was read as the total's, silently)
    with pytest.raises(expetl.UnsupportedLayout, match="two currencies, ARS and USD"):
        parse(afip(table=usd, totals=AFIP_TOTALS.replace("Total: $", "Total: ARS")))
    # the header's code comes before the total in words, which templates print fixed
    assert parse(afip(table=usd, totals=AFIP_TOTALS + "\nSON PESOS DOS MIL NOVECIENTOS")).currency == "USD"
    # near misses: columns headed in two currencies decide nothing, nor does
    # a code under a column that holds no money (a description's note)
    mixed = _headed("Precio Unit. (USD)", "Subtotal (ARS)", "Subtotal c/IVA")
    assert parse(afip(table=mixed)).currency == "ARS"
    desc = AFIP_TABLE.replace("Producto / Servicio        ", "Producto / Servicio (USD)  ")
    assert parse(afip(table=desc)).currency == "ARS"
    assert parse(afip(table=_headed("Precio Unit. ($)", "Subtotal $", "Subtotal c/IVA"))).currency == "ARS"


def test_a_price_in_dollars_names_the_amounts_only_when_they_are_its_products():
    # only the unit price's label names dollars: the line amounts are in
    # dollars when each is its quantity times that price (with VAT or not)
    only_price = _headed("Precio Unit. (USD)", "Subtotal", "Subtotal c/IVA")
    assert parse(afip(table=only_price)).currency == "USD"
    # near miss: a seller quoting dollars and billing pesos at a rate, the
    # amounts no product of the prices, is not read as dollars
    quoted = """\
Cant.   Descripción                   P. Unit. U$S     Importe
2       Yerba mate 1kg                        1,00     2420,00
1       Aceite girasol 1,5L                   0,50      552,50"""
    assert parse(afip(table=quoted, totals=AFIP_TOTALS)).currency == "ARS"
    # near miss: a dollar price beside the peso price the lines are read
    # with (or beside a rate) says nothing of the amounts
    peso_totals = P40 + "Neto Gravado: $   2500,00\n" + P40 + "IVA 21%: $   525,00\n" + P40 + "Total: $   3025,00"
    for table in ("""\
Cant.   Descripción                       P. Unit. U$S   P. Unit. $     Importe
2       Cable unipolar 2,5mm x 100m               0,95      1000,00     2000,00
1       Tablero metálico 12 bocas                 0,48       500,00      500,00""", """\
Cant.   Descripción                       Precio USD   Cotización   Precio Unit.     Importe
2       Cable unipolar 2,5mm x 100m             0,95       1052,63      1000,00     2000,00
1       Tablero metálico 12 bocas               0,48       1041,67       500,00      500,00"""):
        r = parse(afip(table=table, totals=peso_totals))
        assert (r.currency, r.items[0]["unit_price"]) == ("ARS", Decimal("1000.00")), table


@pytest.mark.parametrize("after", [
    "Total USD:   2,83", "Total en USD equivalente:   2,83", "Total US$:   2,83", "IVA en USD:   0,40",
    "Efectivo USD   3.000,00", "Percepción IIBB: USD   0,00", "Observaciones: Total USD 2,83 al tipo de cambio BNA",
    "Total en dólares (referencia):   2,83",
])
def test_a_dollar_line_beside_a_peso_total_is_no_currency(after):
    # the total and the other amounts print "$": a dollar equivalent, a
    # tender or a note in dollars after them made the invoice dollars
    totals = AFIP_TOTALS + "\n" + after.rjust(90)
    r = parse(afip(totals=totals))
    assert (r.currency, r.total) == ("ARS", Decimal("2972.50"))


@pytest.mark.parametrize("total,want", [
    ("Importe Total (USD 2,83):   $ 2972,50", "ARS"),
    ("Importe Total:   USD 2,83   ARS 2972,50", "ARS"),
    ("Importe Total:   ARS 3.121.125,00   USD 2972,50", "USD"),
    ("Importe Total:   2972,50 USD", "USD"),
])
def test_a_code_belongs_to_the_amount_it_is_printed_beside(total, want):
    # the row's first code was the currency of its last amount
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", total.rjust(90))
    r = parse(afip(totals=totals))
    assert (r.currency, r.total) == (want, Decimal("2972.50"))


@pytest.mark.parametrize("label,want", [("Importe Total en Dólares:", "USD"), ("Importe Total en Euros:", "EUR"),
                                        ("Importe Total en Pesos:", "ARS")])
def test_the_currency_named_in_words_with_the_total(label, want):
    # "en Dólares" was no currency: a dollar invoice read as pesos
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", f"{label}   2972,50".rjust(90))
    assert parse(afip(totals=totals)).currency == want


def test_a_rates_label_naming_moneda_is_no_moneda_line():
    # "Tipo de cambio moneda USD:" on a peso invoice made it dollars
    text = afip().replace("Condición de venta: Contado", "Condición de venta: Contado        Tipo de cambio moneda USD: 1.050,00")
    assert (parse(text).currency, parse(text).total) == ("ARS", Decimal("2972.50"))


@pytest.mark.parametrize("line,want", [
    # each was read as pesos on a dollar invoice (its amounts print the bare "$")
    ("Moneda:USD", "USD"), ("Moneda:U$S", "USD"), ("Moneda:Dólar", "USD"),   # glued to the colon
    ("MONEDA : USD", "USD"), ("Moneda - USD", "USD"), ("Moneda = USD", "USD"),
    ("Tipo de Moneda: DOLAR", "USD"), ("Moneda del comprobante: USD", "USD"),
    ("Moneda Comprobante: Dólar", "USD"), ("Divisa: USD", "USD"), ("Currency: USD", "USD"),
    ("Moneda: 060 - Euro", "EUR"),   # AFIP's code before the name
    ("Moneda: DOL", "USD"), ("Moneda: PES", "ARS"),
    ("Tipo de Moneda:USD", "USD"), ("Moneda del comprobante:U$S", "USD"),  # glued to a longer label
    # near misses: a rate's label, a word that is no currency label
    ("Tipo de cambio moneda USD: 1.050,00", "ARS"), ("Monedas: USD", "ARS"),
])
def test_the_currency_labels_spellings(line, want):
    text = afip().replace("Condición de venta: Contado", f"Condición de venta: Contado        {line}")
    assert (parse(text).currency, parse(text).total) == (want, Decimal("2972.50"))


@pytest.mark.parametrize("value,want", [
    # a currency named in more than one word, or abbreviated: each was read
    # as pesos on a dollar invoice, silently
    ("US Dollar", "USD"), ("US Dollars", "USD"), ("U.S. Dollars", "USD"), ("Dls.", "USD"), ("US Dólar", "USD"),
    ("American Dollars", "USD"), ("United States Dollar", "USD"),
    ("Peso Argentino", "ARS"), ("Nacional", "ARS"), ("Moneda Nacional", "ARS"),
])
def test_a_currency_named_in_words_after_moneda(value, want):
    r = parse(afip().replace("Condición de venta: Contado", f"Condición de venta: Contado        Moneda: {value}"))
    assert (r.currency, r.total, r.warnings) == (want, Decimal("2972.50"), [])


@pytest.mark.parametrize("value", ["Libras", "Yenes", "JPY", "Guaraníes"])
def test_a_moneda_value_the_reader_cannot_read_is_refused_not_pesos(value):
    # was read as pesos: a foreign currency the reader does not take is no
    # reason to take the document's amounts for pesos
    text = afip().replace("Condición de venta: Contado", f"Condición de venta: Contado        Moneda: {value}")
    with pytest.raises(expetl.UnsupportedLayout, match=f'names its currency as "{value}"'):
        parse(text)
    # near misses: the code printed with the total decides; a label without
    # a colon after "Moneda" ("Moneda de pago: Efectivo"), another field's
    # label in the next cell, a figure (an AFIP code) are no unread value
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", "Importe Total:   USD 2972,50")
    assert parse(afip(totals=totals).replace("Condición de venta: Contado",
                                             f"Condición de venta: Contado        Moneda: {value}")).currency == "USD"
    for line in ("Moneda de pago: Efectivo", "Moneda:        Fecha Vto.: 12/08/2022", "Moneda: 1"):
        r = parse(afip().replace("Condición de venta: Contado", f"Condición de venta: Contado        {line}"))
        assert (r.currency, r.total) == ("ARS", Decimal("2972.50")), line


def _with(cell, text=None):
    return (text or afip()).replace("Condición de venta: Contado", f"Condición de venta: Contado        {cell}")


@pytest.mark.parametrize("value", ["(ARS)", "Pesos, Cotización: 1,00", "Pesos.-", "Pesos/ARS", "$ARS",
                                   "ARS-Peso Argentino", "AR$", "M.N.", "Ps.", "Local", "PESO ARG.",
                                   "Pesos (ARS)", "Pesos ($)", "Pesos - ARS", "Pesos AR",
                                   # spellings the reader cannot read, left to the other witnesses
                                   # (pesos here): only a foreign currency is refused
                                   "Moneda Local", "Curso legal", "Cte.", "ARP", "XYZ"])
def test_pesos_in_the_forms_a_moneda_label_prints_them(value):
    # near misses of the refusal below: each is pesos, read as such
    r = parse(_with(f"Moneda: {value}"))
    assert (r.currency, r.total) == ("ARS", Decimal("2972.50"))


@pytest.mark.parametrize("line,want", [("Currency: Argentine Peso", "ARS"),
                                       ("Importes expresados en: moneda de curso legal", "ARS"),
                                       ("Moneda: (USD)", "USD"), ("Moneda: USD-Dólar", "USD")])
def test_other_forms_of_a_moneda_value(line, want):
    assert parse(_with(line)).currency == want


@pytest.mark.parametrize("value", ["Dólar Canadiense", "Peso Chileno", "Pesos Uruguayos", "Dólar Australiano"])
def test_another_countrys_dollar_or_peso_is_refused(value):
    # "Dólar Canadiense" was read as US dollars, "Peso Chileno" as pesos
    with pytest.raises(expetl.UnsupportedLayout, match="names its currency as"):
        parse(_with(f"Moneda: {value}"))


@pytest.mark.parametrize("line", ["Moneda: Fecha Vto.: 12/08/2022", "Moneda: N/A",
                                  "Moneda: la presente factura se emite en pesos argentinos"])
def test_what_follows_a_moneda_colon_and_is_no_value_refuses_nothing(line):
    # near misses: another field's label, "not applicable", a sentence
    assert parse(_with(line)).currency == "ARS"


@pytest.mark.parametrize("rows,want", [
    # the value under the label comes before the next cell, a column's heading
    ("Cond. de Venta      Moneda      Peso Bruto      Bultos\nContado             USD         1.200 kg        3", "USD"),
    ("Cond. de Venta      Moneda      Dólar BNA      Vto. Pago\nContado             PES         1.050,00       12/08/2022",
     "ARS"),
    ("Cond. de Venta      Moneda      Dólar Referencia\nContado             PES         1.050,00", "ARS"),
])
def test_a_grids_value_under_moneda_beats_the_next_heading(rows, want):
    r = parse(afip().replace("Condición de venta: Contado", rows))
    assert (r.currency, r.total) == (want, Decimal("2972.50"))


@pytest.mark.parametrize("lines", [
    ("Moneda: USD", "Moneda: PES"), ("Moneda: Pesos", "Moneda        Dólares"), ("Moneda: Libras", "Moneda: USD"),
])
def test_two_currency_labels_that_disagree_are_refused(lines):
    # the last label won, silently
    text = _with(lines[0]).replace("CAE N°", lines[1] + "\nCAE N°")
    with pytest.raises(expetl.UnsupportedLayout, match="names two currencies|names its currency as"):
        parse(text)
    # near miss: the same currency twice
    assert parse(_with("Moneda: USD").replace("CAE N°", "Moneda: Dólares\nCAE N°")).currency == "USD"


def test_an_unread_moneda_value_is_not_settled_by_the_total_in_words():
    # "Son pesos" is printed fixed by many templates: it says nothing against "Moneda: Libras"
    text = _with("Moneda: Libras", afip(totals=AFIP_TOTALS + "\nSON PESOS DOS MIL NOVECIENTOS SETENTA Y DOS"))
    with pytest.raises(expetl.UnsupportedLayout, match='"Libras"'):
        parse(text)


@pytest.mark.parametrize("value,want", [
    # a program's own code of the currency before a dash: the value was
    # read as nothing, and the dollar invoice as pesos, silently
    ("2 - Dólares", "USD"), ("02 - Dólares", "USD"), ("2-Dólares", "USD"), ("060-Euro", "EUR"),
    ("2 – Dólares", "USD"), ("2 — Dólares", "USD"), ("2–Dólares", "USD"), ("[2] Dólares", "USD"),
    ("1 - Pesos", "ARS"), ("1", "ARS"), ("12 Cuotas", "ARS"),
])
def test_a_code_before_a_dash_is_no_part_of_the_moneda_value(value, want):
    assert (parse(_with(f"Moneda: {value}")).currency, parse(_with(f"Moneda: {value}")).total) == (
        want, Decimal("2972.50"))


@pytest.mark.parametrize("line,quoted", [
    ("Moneda: 3 - Libras", "Libras"), ("Moneda: 3-Libras", "3-Libras"), ("Moneda: 3 – Libras", "Libras"),
    ("Moneda: [4] Yenes", "Yenes"),
    # a foreign currency, unnamed
    ("Moneda: Moneda extranjera", "Moneda extranjera"), ("Divisa: Extranjera", "Extranjera"), ("Moneda: M.E.", "M.E."),
    ("Moneda:      Moneda Extranjera", "Moneda Extranjera"),
    # the value in the next cell, after the label's colon or without one
    ("Moneda:      Libras", "Libras"), ("Moneda:      Yenes", "Yenes"),
    ("Moneda      Libras esterlinas", "Libras esterlinas"),
])
def test_a_foreign_currency_in_more_forms_is_refused_not_pesos(line, quoted):
    # each was read as pesos, silently
    with pytest.raises(expetl.UnsupportedLayout, match=f'names its currency as "{quoted}"'):
        parse(_with(line))
    # near misses: pesos in the next cell, another field's label there
    for near in ("Moneda:      Pesos", "Moneda      Pesos", "Moneda:      Fecha Vto.: 12/08/2022"):
        assert parse(_with(near)).currency == "ARS", near


@pytest.mark.parametrize("value", ["USD", "U$S", "Dólares"])
def test_a_currency_after_mon_is_flagged_not_read(value):
    # "Mon." is a "Monto" too: a currency other than pesos after it was
    # read as nothing, and the document as pesos, silently; now refused
    # unless the total's code says the currency
    with pytest.raises(expetl.UnsupportedLayout, match=re.escape(f'prints "{value}" after "Mon."')):
        parse(_with(f"Mon.  {value}"))
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", "Importe Total:   USD 2972,50")
    assert parse(_with(f"Mon.  {value}", afip(totals=totals))).currency == "USD"
    for near in ("Mon.  Pesos", "Mon.  $", "Mon.  PES"):
        assert parse(_with(near)).currency == "ARS", near


@pytest.mark.parametrize("grid", [
    "Medio de pago      Mon.         U$S\nTransferencia      2972,50      2,83",
    "Cuota    Vencimiento    Mon.       USD\n1/3      12/09/2022     990,83     0,94\n"
    "2/3      12/10/2022     990,83     0,94\n3/3      12/11/2022     990,84     0,94",
])
def test_mon_heading_a_column_of_amounts_is_a_monto(grid):
    # near miss of the flag above: "Mon." over amounts heads a "Monto"
    # column, the code beside it another column's heading: pesos stay
    r = parse(afip(totals=AFIP_TOTALS + "\n" + grid))
    assert (r.currency, r.total) == ("ARS", Decimal("2972.50"))


@pytest.mark.parametrize("label", ["Importe Total (USD, IVA incluido): $", "Importe Total (en USD, IVA incl.):",
                                   "Importe Total (USD; IVA incluido):", "Importe Total (Dólares, IVA incluido):",
                                   "Importe Total (en Dólares, IVA incluido):", "Importe Total (Dólares):"])
def test_a_code_ended_by_a_comma_in_the_totals_label(label):
    # "(USD, IVA incluido)": the comma hid the code, read as pesos
    r = parse(afip(totals=AFIP_TOTALS.replace("Importe Total: $", label)))
    assert (r.currency, r.total) == ("USD", Decimal("2972.50"))


@pytest.mark.parametrize("label", ["Importe Total (ARS, equivale a USD 2,83):", "Importe Total (equivale a USD 2,83):",
                                   "Importe Total ($, cotización USD 1.050,00):",
                                   "Importe Total (IVA incl., ref. USD 2,83): $", "Importe Total (USD 2,83):"])
def test_a_code_in_the_totals_label_with_a_figure_of_its_own_is_that_figures(label):
    # "equivale a USD 2,83": the code goes with its figure, not the total
    # (was read as dollars, silently)
    r = parse(afip(totals=AFIP_TOTALS.replace("Importe Total: $", label)))
    assert (r.currency, r.total) == ("ARS", Decimal("2972.50"))


CELLS_TOTALS = """\
                                                         Importe Neto Gravado:   2500,00
                                                                    IVA 21%:      525,00
                                                               Importe Total:    3025,00"""
CELLS_HEAD = "Código  Producto / Servicio         Cantidad   Precio Unit.         Subtotal\n"


@pytest.mark.parametrize("lines", [
    # the code in a cell of its own, before or after each amount, or after each price
    ("2,00   USD    1000,00   USD   2000,00", "1,00   USD     500,00   USD    500,00"),
    ("2,00   1000,00   USD   2000,00   USD", "1,00    500,00   USD    500,00   USD"),
    ("2,00   1000,00   USD        2000,00", "1,00    500,00   USD         500,00"),
    ("2,00   1000,00 USD       2000,00", "1,00    500,00 USD        500,00"),
])
def test_a_code_set_apart_from_each_line_amount_names_the_currency(lines):
    # each was read as pesos, silently
    table = CELLS_HEAD + "        Yerba mate 1kg                  " + lines[0] + "\n        Aceite girasol 1,5L             " + lines[1]
    r = parse(afip(table=table, totals=CELLS_TOTALS))
    assert (r.currency, r.total, [i["amount"] for i in r.items]) == ("USD", Decimal("3025.00"),
                                                                  [Decimal("2000.00"), Decimal("500.00")])


def test_a_row_with_no_line_amount_says_nothing_of_the_cells_currency():
    # a page's mark among the lines ("Hoja 2 de 2") has figures but no line
    # amount: it made the dollar lines name no currency (read as pesos)
    table = CELLS_HEAD + ("        Yerba mate 1kg                  2,00   1000,00   USD   2000,00\n"
                          "        Aceite girasol 1,5L             1,00    500,00   USD    500,00\n"
                          "                                             Hoja 2 de 2\n"
                          "        Bolsa de arpillera              1,00    100,00   USD    100,00")
    totals = CELLS_TOTALS.replace("2500,00", "2600,00").replace("525,00", "546,00").replace("3025,00", "3146,00")
    r = parse(afip(table=table, totals=totals))
    assert (r.currency, r.total, len(r.items)) == ("USD", Decimal("3146.00"), 3)


def test_a_price_quoted_in_dollars_beside_a_peso_amount_names_nothing():
    # near miss: "1,00   USD   1.050,00", the amount is no quantity times
    # the price (converted at a rate): the code is the price's, pesos stay
    table = CELLS_HEAD + ("        Yerba mate 1kg                  2,00   1,00   USD          1050,00\n"
                          "        Aceite girasol 1,5L             1,00   0,50   USD           525,00")
    totals = CELLS_TOTALS.replace("2500,00", "1575,00").replace("525,00", "330,75").replace("3025,00", "1905,75")
    r = parse(afip(table=table, totals=totals))
    assert (r.currency, r.total) == ("ARS", Decimal("1905.75"))


RATE_TABLE = """\
Cant.   Descripción                    Moneda    P. Unit.    Cotización      Importe
2       Cable unipolar 2,5mm x 100m    USD          0,95    1052,63      2000,00
1       Tablero metálico 12 bocas      {b}          0,48    1041,67       500,00"""
RATE_TOTALS = """\
                                                         Importe Neto Gravado: $   2500,00
                                                                    IVA 21%: $    525,00
                                                               Importe Total: $   3025,00"""


@pytest.mark.parametrize("b", ["USD", "ARS"])
def test_a_moneda_column_of_quoted_prices_names_no_currency(b):
    # near miss: a peso invoice quoting dollars at a rate (the amounts are
    # no quantity times price): the column is the prices' currency
    r = parse(afip(table=RATE_TABLE.format(b=b), totals=RATE_TOTALS))
    assert (r.currency, r.total) == ("ARS", Decimal("3025.00"))


def test_a_discount_line_without_a_code_under_moneda():
    table = MONEDA_TABLE.format(a="USD", b="USD") + "\n        Bonificación 10%                                 -250,00"
    totals = AFIP_TOTALS.replace("$", " ").replace("2972,50", "2722,50")
    r = parse(afip(table=table, totals=totals))
    assert (r.currency, r.total) == ("USD", Decimal("2722.50"))


@pytest.mark.parametrize("line,want", [
    ("Moneda          USD", "USD"), ("MONEDA      DOL", "USD"), ("Moneda        Dólares", "USD"),
    # near misses: another field in the next cell, the bare "$", an amount
    ("Moneda          Fecha Vto.: 12/08/2022", "ARS"), ("Moneda          $", "ARS"),
    ("Moneda          USD 1.050,00", "ARS"),
])
def test_the_currency_in_the_cell_after_its_label(line, want):
    # "Moneda" alone in its cell, its value in the next one (no colon): was
    # read as pesos
    r = parse(afip().replace("Condición de venta: Contado", f"Condición de venta: Contado        {line}"))
    assert (r.currency, r.total) == (want, Decimal("2972.50"))


def test_the_bare_dollar_sign_after_moneda_leaves_the_totals_code():
    # near miss: "Moneda   $" is no label's value to override "USD" with the total
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", "Importe Total:   USD 2972,50")
    r = parse(afip(totals=totals).replace("Condición de venta: Contado", "Condición de venta: Contado   Moneda    $"))
    assert r.currency == "USD"


MONEDA_TABLE = """\
Código  Producto / Servicio         Cantidad  Moneda  Precio Unit.   Subtotal  Alicuota IVA  Subtotal c/IVA
        Yerba mate 1kg                  2,00  {a}          1000,00    2000,00           21%         2420,00
        Aceite girasol 1,5L             1,00  {b}           500,00     500,00         10,5%          552,50"""
NOSIGN_TOTALS = AFIP_TOTALS.replace("$", " ")


@pytest.mark.parametrize("a,b,want", [("USD", "USD", "USD"), ("U$S", "U$S", "USD"), ("ARS", "ARS", "ARS"),
                                      ("EUR", "EUR", "EUR")])
def test_a_moneda_column_names_the_currency(a, b, want):
    # a "Moneda" column with the code on every line: was read as pesos
    r = parse(afip(table=MONEDA_TABLE.format(a=a, b=b), totals=NOSIGN_TOTALS))
    assert (r.currency, r.total, len(r.items), r.warnings) == (want, Decimal("2972.50"), 2, [])


def test_a_moneda_column_of_two_currencies_is_refused():
    with pytest.raises(expetl.UnsupportedLayout, match="currency column names two currencies"):
        parse(afip(table=MONEDA_TABLE.format(a="ARS", b="USD"), totals=NOSIGN_TOTALS))
    # near miss: the total's own code decides, whatever the column says
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", "Importe Total: USD 2972,50").replace("$", " ")
    assert parse(afip(table=MONEDA_TABLE.format(a="ARS", b="USD"), totals=totals)).currency == "USD"


@pytest.mark.parametrize("after,want", [("( USD )", "USD"), ("(Dólares Estadounidenses)", "USD"),
                                        ("( U$S )", "USD"), ("(pesos argentinos)", "ARS"),
                                        # near misses: no currency, an equivalent's figure
                                        ("(cotización BNA)", "ARS"), ("( USD 2,83 )", "ARS")])
def test_a_currency_in_brackets_of_several_words_after_the_total(after, want):
    r = parse(afip(totals=AFIP_TOTALS.replace("$   2972,50", "  2972,50 " + after)))
    assert (r.currency, r.total) == (want, Decimal("2972.50"))


@pytest.mark.parametrize("rows,want", [
    # a grid of labels over values
    ("Fecha Vto.      Cond. de Venta      Moneda      Cotización\n"
     "12/08/2022      Contado             USD         1.050,00", "USD"),
    ("Fecha Vto.      Cond. de Venta      Moneda      Cotización\n"
     "12/08/2022      Contado             Dólares     1.050,00", "USD"),
    ("Condición de venta: Contado        Moneda:\n                                   Dólares", "USD"),
    # near miss: the value under another column
    ("Fecha Vto.      Moneda      Cond. de Venta\n12/08/2022      $           USD cuenta 123", "ARS"),
])
def test_the_currency_under_its_label(rows, want):
    assert parse(afip().replace("Condición de venta: Contado", rows)).currency == want


@pytest.mark.parametrize("words,moneda,want", [
    ("SON DOLARES ESTADOUNIDENSES DOS MIL NOVECIENTOS SETENTA Y DOS CON 50/100", None, "USD"),
    ("Son U$S dos mil novecientos setenta y dos con 50/100", None, "USD"),
    ("Son pesos dos mil novecientos setenta y dos con 50/100", "USD", "USD"),  # the label decides
    ("Son: tres cuotas sin interés", None, "ARS"),                            # near miss
])
def test_the_total_in_words_names_the_currency(words, moneda, want):
    text = afip().replace("CAE N°:", f"{words}\nCAE N°:")
    if moneda:
        text = text.replace("Condición de venta: Contado", f"Condición de venta: Contado        Moneda: {moneda}")
    assert parse(text).currency == want


def test_a_moneda_line_decides_over_the_totals_signs():
    text = afip().replace("Condición de venta: Contado", "Condición de venta: Contado        Moneda: USD")
    assert parse(text).currency == "USD"  # its amounts print the bare "$"
    pesos = afip(totals=AFIP_TOTALS.replace("Importe Total: $", "Importe Total: ARS")).replace(
        "Condición de venta: Contado", "Condición de venta: Contado        Moneda: Dólares")
    assert parse(pesos).currency == "USD"


# ---- amounts in every printed form --------------------------------------------

@pytest.mark.parametrize("price,amount,want_price,want_amount", [
    ("1.000,00", "2.420,00", "1000.00", "2420.00"),
    ("$1.000,00", "$2.420,00", "1000.00", "2420.00"),
    ("1,000.00", "2,420.00", "1000.00", "2420.00"),     # English form
    ("1.000.00", "2.420.00", "1000.00", "2420.00"),     # dots for both separators
    ("$1.000", "$2.420", "1000", "2420"),               # no decimals
    ("1000,0000", "2420,0000", "1000.0000", "2420.0000"),
])
def test_amount_forms_in_the_table(price, amount, want_price, want_amount):
    table = f"""\
Cantidad  Descripción            Precio Unitario   % IVA   Importe c/IVA
       2  Yerba mate 1kg              {price}     21,00   {amount}"""
    totals = """\
                                        Subtotal:   2000,00
                                        IVA 21%:     420,00
                                        Total:      2420,00"""
    r = parse(afip(table=table, totals=totals))
    assert r.items[0]["unit_price"] == Decimal(want_price)
    assert r.items[0]["amount"] == Decimal(want_amount)
    assert r.warnings == []


@pytest.mark.parametrize("total", ["$2.972,50", "$ 2.972,50", "2,972.50", "$2.972.50", "USD 2972,50"])
def test_total_forms(total):
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", f"Importe Total:   {total}")
    assert parse(afip(totals=totals)).total == Decimal("2972.50")


# ---- the item table -------------------------------------------------------------

def test_columns_in_another_order_and_naming():
    table = """\
Cant.   Cód        Concepto                         Alic. IVA   P. Unit.     Importe
2       A-100      Yerba mate 1kg                        21%    1000,00     2000,00
1       B-200      Aceite girasol 1,5L                 10,5%     500,00      500,00"""
    totals = """\
                                        Subtotal:   2500,00
                                        IVA 21%:     420,00
                                        IVA 10,5%:    52,50
                                        Total:      2972,50"""
    r = parse(afip(table=table, totals=totals))
    assert [(i["description"], i["quantity"], i["unit_price"], i["vat_rate"], i["amount"]) for i in r.items] == [
        ("Yerba mate 1kg", Decimal("2"), Decimal("1000.00"), Decimal("21.00"), Decimal("2000.00")),
        ("Aceite girasol 1,5L", Decimal("1"), Decimal("500.00"), Decimal("10.50"), Decimal("500.00")),
    ]
    assert r.prices_include_vat is False and r.warnings == []


def test_product_column_beside_a_description_column_is_a_code():
    table = """\
Producto    Descripción                   Cantidad     Precio     Descuento      Importe
P-0001      Yerba mate 1kg                    2,00    1000,00          0,00      2000,00"""
    totals = """\
                                        Subtotal:   2000,00
                                        IVA 21%:     420,00
                                        Total:      2420,00"""
    r = parse(afip(table=table, totals=totals))
    assert r.items[0]["description"] == "Yerba mate 1kg" and r.warnings == []


def test_unlabeled_column_is_ignored():
    table = """\
CODIGO   CANTIDAD      DESCRIPCION                     UNIT.      BONIF      TOTAL
01380       1      1   7 MANDRILES 3 A 13 MM        1000,00                 1000,00"""
    totals = """\
                                        SUBTOTAL    1000,00
                                        IVA:         210,00
                                        TOTAL       1210,00"""
    r = parse(afip(table=table, totals=totals))
    assert r.items[0]["description"] == "7 MANDRILES 3 A 13 MM"
    assert r.items[0]["quantity"] == Decimal("1") and r.items[0]["ean"] is None
    assert r.vat == [{"rate": None, "amount": Decimal("210.00")}]


def test_row_without_a_rate_has_null_vat_rate():
    table = """\
CANTIDAD    DESCRIPCION                       PRECIO UNITARIO    PRECIO TOTAL
   1        Toner alternativo negro            $ 1.000,00        $ 1.000,00"""
    totals = """\
                                        SUBTOTAL    1000,00
                                        IVA 21 %     210,00
                                        TOTAL       1210,00"""
    r = parse(afip(table=table, totals=totals))
    assert r.items[0]["vat_rate"] is None and r.items[0]["amount"] == Decimal("1000.00")
    assert r.vat == [{"rate": Decimal("21.00"), "amount": Decimal("210.00")}]


def test_item_code_column_barcode_is_the_ean_also_wrapped():
    table = """\
Cód        Concepto                         Cant    P. Unit.     Importe
7790070    Jaula transportadora               1     1000,00     1000,00
410139     mediana color azul"""
    totals = """\
                                        Subtotal:   1000,00
                                        Total:      1000,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 011").replace(" A        FACTURA", "FACTURA"))
    assert r.items[0]["ean"] == "7790070410139"
    assert r.items[0]["description"] == "Jaula transportadora mediana color azul"


def test_internal_code_is_not_an_ean_nor_description():
    table = """\
ITEM    DESCRIPCION                          CANTIDAD      PRECIO     IMPORTE    ALICUOTA
100     MANO DE OBRA CHAPA                     1,0000    1000,000     1000,00       21,00
101     REPUESTOS                              1,0000     500,000      500,00       21,00"""
    totals = """\
SUB TOTAL     NETO GRAVADO     I.V.A.     PERCEPCIONES      TOTAL
  1500,00          1500,00     315,00             0,00    1815,00"""
    r = parse(afip(table=table, totals=totals))
    assert [(i["description"], i["ean"]) for i in r.items] == [("MANO DE OBRA CHAPA", None), ("REPUESTOS", None)]
    assert r.items[0]["unit_price"] == Decimal("1000.000") and r.items[0]["vat_rate"] == Decimal("21.00")


def test_a_value_under_two_labels_goes_to_the_one_that_may_hold_it():
    # right-aligned amounts run under the next label: a rate column holds
    # no 1000,00, a unit column no number, a price column no "21%"
    table = """\
ITEM  DESCRIPCION           CANTIDAD   U. MEDIDA   PRECIO   IVA   IMPORTE ALICUOTA
100   MANO DE OBRA                 1,0000       1000,00 21%            1000,00  21,00"""
    totals = """\
                                        SUBTOTAL    1000,00
                                        I.V.A.       210,00
                                        TOTAL       1210,00"""
    r = parse(afip(table=table, totals=totals))
    it = r.items[0]
    assert (it["quantity"], it["unit_price"], it["vat_rate"], it["amount"]) == (
        Decimal("1.0000"), Decimal("1000.00"), Decimal("21.00"), Decimal("1000.00"))
    assert r.warnings == []


def test_quantity_printed_a_line_above_the_amount():
    table = """\
Código  Producto/Servicio            Cantidad  U. Medida   Precio Unit.   Subtotal
        Bateria 12V 65Ah                 1,00   unidades
        Dominio AAA000                                        44000,00    44000,00"""
    totals = """\
                                              Subtotal: $   44000,00
                                         Importe Total: $   44000,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    it = r.items[0]
    assert (it["description"], it["quantity"], it["amount"]) == (
        "Bateria 12V 65Ah Dominio AAA000", Decimal("1.00"), Decimal("44000.00"))


def test_description_wrapped_below_the_row_with_numbers():
    table = """\
Código  Producto / Servicio         Cantidad  U. medida  Precio Unit.  Subtotal
        Por trabajos realizados         1,00  unidades      1000,00     1000,00
        2648500 | Vehiculo FORD
        dominio AAA000

        Colocación                      1,00  unidades       500,00      500,00"""
    totals = """\
                                              Subtotal: $   1500,00
                                         Importe Total: $   1500,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 011"))
    # a number starting a wrapped line is part of the description
    assert [i["description"] for i in r.items] == [
        "Por trabajos realizados 2648500 | Vehiculo FORD dominio AAA000", "Colocación"]


def test_description_wrapped_above_and_below_its_numbers():
    table = """\
Cantidad  Código      Descripción                  % IVA   Precio Unitario   Subtotal Neto
                      Cápsulas de café compatibles
    1,00    -                                      21,00        $ 1.000,00     $ 1.000,00
                      con cafeteras x10 unidades
                      Filtros de papel
    2,00    -                                      21,00          $ 100,00       $ 200,00
                      para cafetera n°4"""
    totals = """\
                                 Subtotal Gravado       $ 1.200,00
                                 IVA 21%                  $ 252,00
                                 TOTAL                  $ 1.452,00"""
    r = parse(afip(table=table, totals=totals))
    assert [i["description"] for i in r.items] == [
        "Cápsulas de café compatibles con cafeteras x10 unidades", "Filtros de papel para cafetera n°4"]
    assert r.prices_include_vat is False and r.subtotal == Decimal("1200.00") and r.warnings == []


def test_description_lines_above_an_item_that_starts_with_a_code():
    table = """\
ITEM    DESCRIPCION                          CANTIDAD      PRECIO     IMPORTE
100     MANO DE OBRA - Vehiculo
        - Dominio: AAA 000 -
        Siniestro: 123456                      1,0000    1000,000     1000,00
101     AMPLIACION                             1,0000     500,000      500,00
102     PINTURA Y
        MATERIALES                             1,0000     100,000      100,00"""
    totals = """\
                                        SUBTOTAL    1600,00
                                        I.V.A.       336,00
                                        TOTAL       1936,00"""
    r = parse(afip(table=table, totals=totals))
    assert [i["description"] for i in r.items] == [
        "MANO DE OBRA - Vehiculo - Dominio: AAA 000 - Siniestro: 123456", "AMPLIACION", "PINTURA Y MATERIALES"]


def test_annotation_outside_the_description_column_is_not_description():
    table = """\
CANTIDAD CODIGO   DESCRIPCION                          % IVA    PRECIO % DTO    IMPORTE
       2          Toner alternativo negro              21,00   1.000,00  0,00   2.000,00
                    Operación ML #2000007302947382
Usuario Mercadolibre: COMPRADORHNOS"""
    totals = """\
                                        SUMA:        2.000,00
                                        SUBTOTAL:    2.000,00
Detalle IVA: 21.00%: $420,00              IVA INSCRIPTO:    420,00
                                        TOTAL:       2.420,00"""
    r = parse(afip(table=table, totals=totals))
    assert r.items[0]["description"] == "Toner alternativo negro Operación ML #2000007302947382"
    # the same VAT printed with its rate and as a total without one: once
    assert r.vat == [{"rate": Decimal("21.00"), "amount": Decimal("420.00")}]
    assert r.subtotal == Decimal("2000.00") and r.warnings == []


@pytest.mark.parametrize("desc,amount", [("Denominación", "Valor Total"), ("Servicio", "Total Item"),
                                         ("Detalle", "Monto"), ("Concepto", "Importe")])
def test_column_label_spellings(desc, amount):
    table = f"""\
Cant.   {desc:<30}    P. Unit.    {amount}
2       Yerba mate 1kg                    1000,00    2000,00"""
    totals = """\
                                        Subtotal:   2000,00
                                        IVA 21%:     420,00
                                        Total:      2420,00"""
    r = parse(afip(table=table, totals=totals))
    assert [(i["description"], i["amount"]) for i in r.items] == [("Yerba mate 1kg", Decimal("2000.00"))]


@pytest.mark.parametrize("words", ["Son Pesos dos mil cuatrocientos veinte", "SON: DOS MIL CUATROCIENTOS VEINTE",
                                   "Importe en letras: dos mil cuatrocientos veinte"])
def test_amount_in_words_is_not_description(words):
    table = f"""\
Cant.   Descripción                       P. Unit.    Importe
2       Yerba mate 1kg                    1000,00    2000,00
        {words}"""
    totals = """\
                                        Subtotal:   2000,00
                                        IVA 21%:     420,00
                                        Total:      2420,00"""
    assert parse(afip(table=table, totals=totals)).items[0]["description"] == "Yerba mate 1kg"


def test_amount_in_words_ends_the_table():
    table = """\
CANTIDAD          DESCRIPCION                       PRECIO UNITARIO    PRECIO TOTAL
   1              Cartucho compatible negro            $ 1.000,00       $ 1.000,00
                  Son Pesos mil doscientos diez con cero/cien"""
    totals = """\
     SubTotal                   IVA   21   %                  Total
    $ 1.000,00              $ 210,00                     $ 1.210,00"""
    r = parse(afip(table=table, totals=totals))
    assert [i["description"] for i in r.items] == ["Cartucho compatible negro"]
    assert (r.subtotal, r.total) == (Decimal("1000.00"), Decimal("1210.00"))
    assert r.vat == [{"rate": Decimal("21.00"), "amount": Decimal("210.00")}]


def test_stacked_header_labels():
    # labels over two and three rows: "Alicuota / IVA", "Subtotal c/IVA / (USD)"
    table = """\
                                                                              Alicuota  Subtotal c/IVA
Código  Producto / Servicio         Cantidad  U. medida  Precio Unit.  Subtotal
                                                                                  IVA      (USD)
        Alquiler equipo                 1,00  unidades       1000,00    1000,00     21%     1210,00"""
    totals = """\
                                    Importe Neto Gravado: USD   1000,00
                                            IVA 21%: USD    210,00
                                          Importe Total:USD   1210,00"""
    r = parse(afip(table=table, totals=totals))
    it = r.items[0]
    assert (it["vat_rate"], it["amount"]) == (Decimal("21.00"), Decimal("1210.00"))
    assert r.prices_include_vat is True and r.total == Decimal("1210.00")


def test_discount_rows_in_the_table():
    table = """\
Cant.  Descripción                                       P. Unit.      Importe
    2  Leche entera 1L                                   1.000,00     2.000,00
       Descuento 2da unidad al 50% Leche entera 1L                     -500,00
    1  Costo de envío                                      300,00       300,00"""
    totals = """\
                                        Subtotal: $     2.300,00
                                        Total descuentos: $ 500,00
                                        Total: $        1.800,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    assert [i["description"] for i in r.items] == ["Leche entera 1L", "Costo de envío"]
    assert r.discounts == [{"description": "Descuento 2da unidad al 50% Leche entera 1L",
                            "amount": Decimal("-500.00")}]
    assert r.discount_total == Decimal("500.00") and r.warnings == []


def test_discount_row_printed_positive_is_a_discount():
    table = """\
Cant.  Descripción                                       P. Unit.      Importe
    2  Leche entera 1L                                   1.000,00     2.000,00
       Bonificación cliente frecuente 10%                                200,00"""
    totals = """\
                                        Subtotal: $     2.000,00
                                        Total: $        1.800,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    assert [i["description"] for i in r.items] == ["Leche entera 1L"]
    assert r.discounts == [{"description": "Bonificación cliente frecuente 10%", "amount": Decimal("-200.00")}]
    assert r.discount_total == Decimal("200.00") and r.warnings == []


@pytest.mark.parametrize("label", ["Desc. pago efectivo 10%", "DCTO. PAGO CONTADO 10%"])
def test_a_discount_abbreviated_in_the_totals_block(label):
    table = """\
Cant.  Descripción                                       P. Unit.      Importe
    2  Leche entera 1L                                   1.000,00     2.000,00"""
    totals = f"""\
                                        Subtotal: $     2.000,00
                         {label + ':':<26}$      -200,00
                                        Total: $        1.800,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    assert r.discounts == [{"description": label, "amount": Decimal("-200.00")}]
    assert (r.total, r.warnings) == (Decimal("1800.00"), [])


def test_weighed_row_is_kg():
    table = """\
Cant.      Descripción                P. Unit.      Importe
1,240 kg   Banana x Kg                2.000,00     2.480,00"""
    totals = """\
                                        Subtotal: $     2.480,00
                                        Total: $        2.480,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    assert (r.items[0]["quantity"], r.items[0]["unit"]) == (Decimal("1.240"), "kg")


def test_trailing_code_in_the_description_is_dropped():
    table = """\
Cant.  Descripción                                      P. Unit.      Importe
    1  Filtro de aceite - COD 00525                     1.000,00     1.000,00"""
    totals = """\
                                        Subtotal: $     1.000,00
                                        Total: $        1.000,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 011"))
    assert r.items[0]["description"] == "Filtro de aceite"


def test_headerless_table_rows_by_their_shape():
    # the column labels are part of a background image: rows are read by
    # their shape, quantity x unit price = amount
    table = """\
Cutter trincheta retractil        4250,00     3,512.40     3.00     10537.19
rossmaster"""
    totals = """\
SUBTOTAL:   10,537.19    TASA GRAL. IVA   21%    2212.81
TOTAL $     12750.00"""
    r = parse(afip(table=table, totals=totals))
    it = r.items[0]
    assert (it["description"], it["quantity"], it["unit_price"], it["amount"]) == (
        "Cutter trincheta retractil rossmaster", Decimal("3.00"), Decimal("3512.40"), Decimal("10537.19"))
    assert r.vat == [{"rate": Decimal("21.00"), "amount": Decimal("2212.81")}]
    assert r.prices_include_vat is False and r.warnings == []


def test_rows_without_a_table_are_refused():
    # numbers that do not make a line (no header, no quantity x price)
    table = """\
Alquiler mensual                  4250,00     3,00     999,99"""
    totals = """\
TOTAL $     999,99"""
    with pytest.raises(expetl.UnsupportedLayout):
        parse(afip(table=table, totals=totals))


def test_a_totals_row_inside_the_table_is_not_an_item():
    table = """\
Cant.  Descripción                                       P. Unit.      Importe
    2  Leche entera 1L                                   1.000,00     2.000,00
       Subtotal                                                       2.000,00"""
    totals = """\
                                        Total: $        2.000,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    assert [i["description"] for i in r.items] == ["Leche entera 1L"]
    assert r.subtotal == Decimal("2000.00")


def test_a_row_without_description_is_not_vouched_for():
    table = """\
Cant.  Descripción                                       P. Unit.      Importe
    2  Leche entera 1L                                   1.000,00     2.000,00
    1                                                      500,00       500,00"""
    totals = """\
                                        Total: $        2.500,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    assert len(r.items) == 1 and "totals_mismatch" in r.warnings


# ---- the totals block -----------------------------------------------------------------

@pytest.mark.parametrize("totals", [
    """\
SUB TOTAL     NETO GRAVADO     I.V.A.     PERCEPCIONES      TOTAL
  2500,00          2500,00     472,50             0,00    2972,50""",
    # right-aligned: the values do not lie under their labels, each goes to the nearest
    """\
   SUB TOTAL            NETO GRAVADO                I.V.A.          PERCEPCIONES          TOTAL
          2500,00                    2500,00               472,50                 0,00          2972,50""",
], ids=["under", "right-aligned"])
def test_totals_as_labels_over_values(totals):
    r = parse(afip(totals=totals))
    assert (r.subtotal, r.total) == (Decimal("2500.00"), Decimal("2972.50"))
    assert r.vat == [{"rate": None, "amount": Decimal("472.50")}] and r.taxes == [] and r.warnings == []


def test_two_labels_on_one_line():
    totals = """\
Descuento:   10,00   No Gravado:   0,00   Exento:   0,00   Neto:  2500,00   Subtotal:  2490,00
                                                               IVA 21%:      472,50
                                                               Total:       2962,50"""
    r = parse(afip(totals=totals))
    assert r.subtotal == Decimal("2490.00")  # a printed Subtotal wins over the net amount
    assert r.discounts == [{"description": "Descuento", "amount": Decimal("-10.00")}]
    assert r.vat == [{"rate": Decimal("21.00"), "amount": Decimal("472.50")}]


@pytest.mark.parametrize("label,rate", [
    ("IVA 21%:", "21.00"), ("IVA 21.00 %", "21.00"), ("IVA 21,00 %", "21.00"), ("IVA 10.5%:", "10.50"),
    ("Iva:", None), ("Importe IVA:", None), ("I.V.A.", None), ("IVA INSCRIPTO:", None),
])
def test_vat_line_with_or_without_rate(label, rate):
    totals = f"""\
                                                  Subtotal:    2500,00
                                                  {label}    472,50
                                                  Total:       2972,50"""
    r = parse(afip(totals=totals))
    assert r.vat == [{"rate": None if rate is None else Decimal(rate), "amount": Decimal("472.50")}]


@pytest.mark.parametrize("label", ["SUBTOTAL", "SUB TOTAL", "Subtotal:", "SUMA:", "Subtotal Gravado",
                                   "Gravado:", "Neto Gravado:", "Importe Neto Gravado: $"])
def test_subtotal_label_spellings(label):
    totals = f"""\
                                        {label}   2500,00
                                        IVA 21%:     420,00
                                        IVA 10.5%:    52,50
                                        TOTAL:      2972,50"""
    r = parse(afip(totals=totals))
    assert r.subtotal == Decimal("2500.00") and r.total == Decimal("2972.50") and r.warnings == []


def test_totals_labels_with_importe_cut_to_imp():
    # "Imp." for "Importe" in every label of the totals block; the net not
    # taxed is no subtotal, the other taxes' sum no VAT
    totals = """\
                                        Imp. Neto Gravado:     2500,00
                                        Imp. Neto No Gravado:     0,00
                                        Imp. Exento:              0,00
                                        Imp. IVA 21%:           420,00
                                        Imp. IVA 10.5%:          52,50
                                        Imp. Otros Tributos:      0,00
                                        Imp. Total:            2972,50"""
    r = parse(afip(totals=totals))
    assert (r.subtotal, r.total, r.taxes, r.warnings) == (Decimal("2500.00"), Decimal("2972.50"), [], [])
    assert r.vat == [{"rate": Decimal("21.00"), "amount": Decimal("420.00")},
                     {"rate": Decimal("10.50"), "amount": Decimal("52.50")}]


def test_a_word_starting_as_imp_is_not_a_totals_label():
    # near miss: "Impuestos Internos" stays a tax, the total is the total
    totals = """\
                                        Importe Neto Gravado:  2500,00
                                        IVA 21%:                420,00
                                        IVA 10.5%:               52,50
                                        Imp. Internos:           27,50
                                        Importe Total:         3000,00"""
    r = parse(afip(totals=totals))
    assert r.total == Decimal("3000.00") and r.taxes == [{"description": "Imp. Internos", "amount": Decimal("27.50")}]


def test_net_amount_is_the_subtotal_when_no_subtotal_is_printed():
    totals = """\
                              Neto:  $2.500.00
                              Neto exento:  $0.00
                              Iva:  $472.50
                              TOTAL  $2.972.50"""
    r = parse(afip(totals=totals))
    assert (r.subtotal, r.total) == (Decimal("2500.00"), Decimal("2972.50"))


def test_vat_contained_in_a_final_price_is_not_a_vat_line():
    # Régimen de Transparencia Fiscal al Consumidor (Ley 27.743) on a Factura B
    totals = """\
                                              Subtotal: $   2972,50
                                         Importe Total: $   2972,50
Régimen de Transparencia Fiscal al Consumidor (Ley 27.743)
IVA Contenido: $      515,89
Otros Impuestos Nacionales Indirectos: $      0,00"""
    table = AFIP_TABLE.replace("Subtotal  Alicuota IVA  Subtotal c/IVA", "Subtotal")
    table = table.replace("   2000,00           21%         2420,00", "   2420,00").replace(
        "    500,00         10,5%          552,50", "    552,50")
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    assert r.doc_type == "factura_b" and r.vat == [] and r.taxes == []
    assert r.prices_include_vat is True and r.warnings == []


# ---- a total of part of the document ----------------------------------------------------
# "Total Bruto", "Total sin IVA", "Total Productos": a label that begins with
# "Total" but names a part of the document, printed before the total.  The
# first "Total" line was taken as the total: on a Factura A the lines then
# added up to it as VAT-inclusive amounts, a net total read silently.

NET_ITEMS = """\
Cant.   Descripción                         P. Unit.     Importe
2       Yerba mate 1kg                      1000,00     2000,00
1       Aceite girasol 1,5L                  500,00      500,00"""

GROSS_ITEMS = """\
Cant.   Descripción                         P. Unit.     Importe
2       Yerba mate 1kg                      1210,00     2420,00
1       Aceite girasol 1,5L                  552,50      552,50"""


def _part_then_total(part, total="Total:"):
    return f"""\
                                        {part}     2500,00
                                        IVA 21%:            420,00
                                        IVA 10,5%:           52,50
                                        {total}             2972,50"""


@pytest.mark.parametrize("part", [
    "Total sin IVA:", "Total s/IVA:", "Total Bruto:", "TOTAL BRUTO", "Total Parcial:", "Total s/Imp.:",
    "Total sin impuestos:", "Total antes de impuestos:", "Total Productos:", "Total Servicios:",
    "Total Mercadería:", "Total Operación:", "Total Conceptos:", "Total Art.:", "Total Bonificado:",
    # qualifiers no probe printed
    "Total Repuestos:", "Total Mano de Obra:", "TOTAL INSUMOS", "Importe Total Neto:", "Monto Total Gravado:",
])
def test_a_total_of_part_before_the_total_is_a_subtotal(part):
    r = parse(afip(table=NET_ITEMS, totals=_part_then_total(part)))
    assert (r.total, r.subtotal) == (Decimal("2972.50"), Decimal("2500.00"))
    assert r.prices_include_vat is False and r.warnings == []


def test_a_printed_subtotal_wins_over_a_total_of_part():
    totals = "                                        Subtotal:          2400,00\n" + _part_then_total("Total Bruto:")
    r = parse(afip(table=NET_ITEMS, totals=totals))
    assert (r.total, r.subtotal) == (Decimal("2972.50"), Decimal("2400.00"))


@pytest.mark.parametrize("total,currency", [
    ("Total:", "ARS"), ("TOTAL", "ARS"), ("Importe Total:", "ARS"), ("Total a pagar:", "ARS"), ("TOTAL $", "ARS"),
    ("Total Final:", "ARS"), ("Total General:", "ARS"), ("Total con IVA:", "ARS"), ("Total c/IVA:", "ARS"),
    ("Total de la factura:", "ARS"), ("Total Factura A:", "ARS"), ("Total en pesos:", "ARS"),
    ("Total neto a pagar:", "ARS"), ("Neto a pagar:", "ARS"), ("Importe Total (USD):", "USD"),
    ("Total:USD", "USD"),
])
def test_the_total_after_a_total_of_part(total, currency):
    r = parse(afip(table=NET_ITEMS, totals=_part_then_total("Total Bruto:", total)))
    assert (r.total, r.subtotal, r.currency) == (Decimal("2972.50"), Decimal("2500.00"), currency)
    assert r.prices_include_vat is False and r.warnings == []


def test_a_total_of_part_in_a_grid_of_labels_over_values():
    totals = """\
Total Bruto     Descuento     Neto Gravado     IVA 21%     IVA 10,5%     Total
   2500,00          0,00          2500,00       420,00         52,50    2972,50"""
    r = parse(afip(table=NET_ITEMS, totals=totals))
    assert (r.total, r.subtotal) == (Decimal("2972.50"), Decimal("2500.00"))
    assert r.prices_include_vat is False and r.warnings == []


@pytest.mark.parametrize("code,part,charge,taxes", [
    ("COD. 006", "Total productos:", "Envío:", ["Envío"]),
    ("COD. 011", "Total Honorarios:", "Gastos administrativos:", ["Gastos administrativos"]),
    # a charge that names no label of the block: the total is right, flagged
    ("COD. 006", "Total productos:", "Embalaje especial:", []),
])
def test_the_total_after_a_total_of_part_and_a_charge(code, part, charge, taxes):
    totals = f"""\
                                        {part}     2972,50
                                        {charge}      500,00
                                        Total:             3472,50"""
    r = parse(afip(table=GROSS_ITEMS, totals=totals).replace("COD. 01", code))
    assert (r.total, r.subtotal) == (Decimal("3472.50"), Decimal("2972.50"))
    assert [t["description"] for t in r.taxes] == taxes
    assert r.warnings == ([] if taxes else ["totals_mismatch"])


def test_totals_of_part_that_disagree_without_a_total_are_flagged():
    # cash and financed prices: nothing printed says which one the buyer
    # pays; the last, flagged
    totals = """\
                                        Total contado         2972,50
                                        Intereses 3 cuotas     297,25
                                        Total financiado      3269,75"""
    r = parse(afip(table=GROSS_ITEMS, totals=totals).replace("COD. 01", "COD. 006"))
    assert r.total == Decimal("3269.75") and r.warnings == ["totals_mismatch"]



def test_two_totals_that_disagree_are_flagged():
    # the net labelled as the total above the total: the last, flagged
    totals = _part_then_total("Total:", "Total a pagar:")
    r = parse(afip(table=NET_ITEMS, totals=totals))
    assert r.total == Decimal("2972.50") and r.warnings == ["totals_mismatch"]
    # the same total printed twice, and a dollar equivalent after it, are no doubt
    for after in ("Total a pagar: $   2972,50", "Total USD:   2,83"):
        r = parse(afip(totals=AFIP_TOTALS + "\n" + after.rjust(90)))
        assert (r.total, r.currency, r.warnings) == (Decimal("2972.50"), "ARS", [])

P40 = " " * 40


@pytest.mark.parametrize("label", ["Envío:", "Costo de envío:", "Gastos de envío:", "Gastos administrativos:",
                                   "Flete:", "Gastos Adm.:"])
def test_a_charge_among_the_totals_is_a_tax_line(label):
    # shipping or a fee printed among the totals was left out of the sum, the
    # invoice flagged totals_mismatch
    totals = AFIP_TOTALS.replace("Importe Otros Tributos: $      0,00", f"{label} $    100,00")
    r = parse(afip(totals=totals.replace("2972,50", "3072,50")))
    assert (r.total, r.taxes, r.warnings) == (
        Decimal("3072.50"), [{"description": label.rstrip(":"), "amount": Decimal("100.00")}], [])


@pytest.mark.parametrize("note", ["Flete: 2 bultos", "Envío: 3 a 5 días hábiles", "Gastos: a cargo del cliente"])
def test_a_charge_field_that_is_no_money_is_no_charge(note):
    # near miss: a count or a note after a charge's label is no charge
    r = parse(afip(totals=AFIP_TOTALS.replace("Importe Otros Tributos: $      0,00", note)))
    assert (r.total, r.taxes, r.warnings) == (Decimal("2972.50"), [], [])


@pytest.mark.parametrize("table,descs", [
    ("""\
Descripción                                             Importe
Flete: Rosario - Córdoba, 3 pallets                     2420,00
Seguro de carga                                          552,50""", ["Flete: Rosario - Córdoba, 3 pallets", "Seguro de carga"]),
    # a line of the table whose description is the label alone, with its numbers
    ("""\
Descripción                                 Cant.    P. Unit.     Importe
Visita técnica                                 1     1000,00     1210,00
Flete:                                         1      500,00      552,50
Materiales varios                              1     1000,00     1210,00""", ["Visita técnica", "Flete:", "Materiales varios"]),
    ("""\
Cant.   Descripción                                P. Unit.     Importe
1       Visita técnica                              2000,00     2420,00
        Gastos: incluye viáticos y traslado
1       Aceite girasol 1,5L                          500,00      552,50""",
     ["Visita técnica Gastos: incluye viáticos y traslado", "Aceite girasol 1,5L"]),
])
def test_a_charge_field_with_text_in_the_table_is_a_line(table, descs):
    # near miss: "Flete:" / "Gastos:" followed by words, in the table, is an
    # item or its description's note, not the end of the table
    r = parse(afip(table=table))
    assert ([i["description"] for i in r.items], r.taxes, r.total, r.warnings) == (descs, [], Decimal("2972.50"), [])


def test_a_charge_named_as_an_item_stays_an_item():
    # near miss: in the table, "Flete ..." or "Envío ..." without a colon is a
    # line bought, not the end of the table
    table = """\
Cant.   Descripción                                P. Unit.     Importe
1       Flete Rosario - Córdoba carga completa      2000,00     2420,00
1       Envío a domicilio                            500,00      552,50"""
    r = parse(afip(table=table))
    assert ([i["description"] for i in r.items], r.taxes, r.total, r.warnings) == (
        ["Flete Rosario - Córdoba carga completa", "Envío a domicilio"], [], Decimal("2972.50"), [])


@pytest.mark.parametrize("plan", ["Total a pagar en 3 cuotas de $ 990,83", "Total: 3 cuotas sin interés de $ 990,83",
                                  "Importe Total en 3 cuotas fijas de   990,83", "Total financiado 3 cuotas de 990,83"])
def test_an_instalment_plan_after_the_total_is_no_total(plan):
    # the count of instalments was read as the total (3), flagged
    r = parse(afip(totals=AFIP_TOTALS + "\n" + P40 + plan))
    assert (r.total, r.warnings) == (Decimal("2972.50"), [])
    # the plan on the total's own row
    r = parse(afip(totals=AFIP_TOTALS.replace("2972,50", "2972,50     3 cuotas de $ 990,83")))
    assert (r.total, r.warnings) == (Decimal("2972.50"), [])


@pytest.mark.parametrize("row,total", [("Total:   $ 2.970      Cuotas: 3", "2970"),
                                       ("Importe Total: $   2972,50    Cuotas: 3", "2972.50")])
def test_a_count_of_instalments_as_a_field_leaves_the_total(row, total):
    # near miss: "Cuotas: 3" is a field of its own; the whole number before it is the total
    table = GROSS_ITEMS.replace("1210,00     2420,00", "1210        2420   ").replace(" 552,50      552,50", " 550         550   ")
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", row)
    if total == "2970":
        totals = P40 + row
    r = parse(afip(table=table if total == "2970" else AFIP_TABLE, totals=totals))
    assert (r.total, r.warnings) == (Decimal(total), [])


def test_a_charge_before_the_instalments_count_is_still_read():
    r = parse(afip(totals=AFIP_TOTALS.replace("Importe Otros Tributos: $      0,00", "Recargo:  $ 300    Cuotas: 3")
                   .replace("2972,50", "3272,50")))
    assert (r.total, [t["amount"] for t in r.taxes], r.warnings) == (Decimal("3272.50"), [Decimal("300")], [])
    # near miss: an amount with cents before "Cuotas:" is no count
    totals = AFIP_TOTALS.replace("Importe Otros Tributos: $      0,00", "Recargo financiación: $  100,00   Cuotas: 3")
    r = parse(afip(totals=totals.replace("2972,50", "3072,50")))
    assert (r.total, [t["amount"] for t in r.taxes], r.warnings) == (Decimal("3072.50"), [Decimal("100.00")], [])


@pytest.mark.parametrize("label", ["A PAGAR:", "Importe a pagar:", "Monto a pagar:", "Total con impuestos:",
                                   "Valor total:", "IMPORTE FINAL:", "Tot. a pagar:", "Monto a abonar:"])
def test_the_total_under_its_other_names(label):
    # the invoice was refused (no total); after a net "Total:" it was read
    # as that net, the VAT left out of the check: a silent wrong total
    net = P40 + "Neto Gravado:   2500,00\n" + P40 + "IVA 21%:   420,00\n" + P40 + "IVA 10,5%:   52,50\n"
    r = parse(afip(table=NET_ITEMS, totals=net + P40 + label + "   2972,50"))
    assert (r.total, r.prices_include_vat, r.warnings) == (Decimal("2972.50"), False, [])
    # after a net "Total:" (these names also name an amount due after the
    # total: a second due date, a balance brought forward), flagged
    r = parse(afip(table=NET_ITEMS, totals=net.replace("Neto Gravado:", "Total:") + P40 + label + "   2972,50"))
    assert r.warnings == ["totals_mismatch"], r.total


@pytest.mark.parametrize("after", ["2do Vto: 20/09/2022   Importe a pagar: $ 3031,95",
                                   "Saldo anterior:   1000,00\n" + P40 + "A pagar:   3972,50",
                                   "Pago a cuenta:   1000,00\n" + P40 + "Valor total:   1972,50"])
def test_an_amount_due_after_the_total_under_its_other_names_is_no_total(after):
    # near miss: after "Importe Total", the other names name another amount due
    r = parse(afip(totals=AFIP_TOTALS + "\n" + P40 + after))
    assert (r.total, r.warnings) == (Decimal("2972.50"), [])


@pytest.mark.parametrize("label", ["Saldo a pagar:", "Importe neto + IVA:", "Neto más IVA:", "Tarjeta Visa:", "",
                                   "Son pesos dos mil novecientos setenta y dos con 50/100 ($ 2.972,50)  "])
def test_a_net_read_as_the_total_beside_its_gross_is_flagged(label):
    # the net labelled "Total" read as the total, the gross printed under a
    # label the reader does not take: the total plus the VAT lines printed
    # below it flags the document (it passed as 2.500,00, silently)
    for table, totals in ((NET_ITEMS + "\n" + P40 + "Total:   2500,00", ""),
                          (NET_ITEMS, P40 + "Total:   2500,00\n")):
        totals += P40 + "IVA 21%:   420,00\n" + P40 + "IVA 10,5%:   52,50\n" + P40 + label + "   2972,50"
        r = parse(afip(table=table, totals=totals))
        assert "totals_mismatch" in r.warnings, (label, r.total)
    # near miss: a gross that is the total read (a Factura B's contained VAT) flags nothing
    assert parse(afip()).warnings == []
    # near miss: after a gross total, a balance or a surcharge that happens
    # to equal the VAT makes no amount a "net plus VAT"
    r = parse(afip(table=NET_ITEMS, totals=AFIP_TOTALS.replace("$   2972,50", "$   2972,50\n" + P40
                                                              + "Saldo anterior:   472,50\n" + P40 + "Importe a pagar:   3445,00")))
    assert (r.total, r.warnings) == (Decimal("2972.50"), [])


@pytest.mark.parametrize("label", ["Total IVA incluido:", "Total IVA Incluído:", "TOTAL IVA INC.:",
                                   "Total IVA incl.:", "Total (IVA incl.):"])
def test_the_total_with_its_vat_included_is_the_total(label):
    # "Total IVA incluido" was read as the VAT's total, the invoice refused
    r = parse(afip(totals=AFIP_TOTALS.replace("Importe Total:", label)))
    assert (r.total, r.subtotal, r.vat[0]["amount"], r.warnings) == (
        Decimal("2972.50"), Decimal("2500.00"), Decimal("420.00"), [])
    # near miss: the VAT's total keeps its meaning
    r = parse(afip(totals=AFIP_TOTALS.replace("IVA 10.5%: $     52,50", "Total IVA: $    472,50")
                   .replace("IVA 21%: $    420,00\n", "")))
    assert (r.total, sum(v["amount"] for v in r.vat)) == (Decimal("2972.50"), Decimal("472.50"))


@pytest.mark.parametrize("totals", [
    # beside another total: the VAT the prices include (a transparency note)
    AFIP_TOTALS + "\n" + P40 + "Total IVA incluido: $   515,89",
    AFIP_TOTALS.replace("IVA 10.5%: $     52,50", "Total IVA Inc.: $    472,50").replace("IVA 21%: $    420,00\n", ""),
    # with a rate, or words after it: a VAT line
    AFIP_TOTALS.replace("IVA 21%:", "Total IVA Inc. 21%:").replace("IVA 10.5%:", "Total IVA Inc. 10,5%:"),
    AFIP_TOTALS + "\n" + P40 + "Total IVA incluido en el precio: $   515,89",
    # beside a total of part, which is then the total
    "\n".join(P40 + line for line in ("Subtotal:          2500,00", "Total IVA incl.:     472,50",
                                       "Total Venta:       2972,50")),
])
def test_total_iva_incluido_beside_another_total_is_vat(totals):
    r = parse(afip(totals=totals))
    assert (r.total, r.subtotal, r.warnings) == (Decimal("2972.50"), Decimal("2500.00"), [])


@pytest.mark.parametrize("label", ["Total Venta:", "Total Operación:", "Total Cobrado:", "Total Compra:"])
def test_a_total_in_another_code_after_a_total_of_part_is_a_note(label):
    # the total's label with an unlisted word is a total of part; the dollar
    # equivalent printed after it was taken as the total (2,83, in dollars)
    r = parse(afip(totals=AFIP_TOTALS.replace("Importe Total:", label) + "\n" + P40 + "Total USD:   2,83"))
    assert (r.total, r.currency, r.warnings) == (Decimal("2972.50"), "ARS", [])


@pytest.mark.parametrize("part", ["Total Bultos:     3", "Total Bonificado:     100,00"])
def test_a_coded_total_after_a_count_or_a_discount_is_the_total(part):
    # near miss of the note rule: a count or a smaller amount before a
    # dollar total says nothing of its currency (it was read as 3 pesos)
    totals = P40 + part + "\n" + P40 + "Importe Total: USD   2972,50"
    r = parse(afip(table=GROSS_ITEMS, totals=totals).replace("COD. 01", "COD. 006"))
    assert (r.total, r.currency, r.warnings) == (Decimal("2972.50"), "USD", [])


def test_a_count_among_totals_of_part_is_no_total():
    totals = P40 + "Total Venta:     2972,50\n" + P40 + "Total Bultos:   3"
    r = parse(afip(table=GROSS_ITEMS, totals=totals).replace("COD. 01", "COD. 006"))
    assert (r.total, r.warnings) == (Decimal("2972.50"), [])
    before = P40 + "Total Bultos:     3\n" + P40 + "Total:   2972,50"
    r = parse(afip(table=GROSS_ITEMS, totals=before).replace("COD. 01", "COD. 006"))
    assert (r.total, r.subtotal) == (Decimal("2972.50"), None)  # a count is no subtotal


@pytest.mark.parametrize("note,moneda,want", [
    # an equivalent labelled with a currency's name was taken as the total
    ("Importe Total Pesos:   3121125,00", "USD", ("2972.50", "USD")),
    ("TOTAL PESOS:   3121125,00", "USD", ("2972.50", "USD")),
    # a dollar note was the block's only coded amount: the peso invoice read as dollars
    ("Total Dólares:   2,83", None, ("2972.50", "ARS")),
    ("Total USD:   2,83", None, ("2972.50", "ARS")),
])
def test_a_total_named_in_another_currency_after_the_total_is_a_note(note, moneda, want):
    totals = P40 + "Total:     2972,50\n" + P40 + note
    text = afip(table=GROSS_ITEMS, totals=totals).replace("COD. 01", "COD. 006")
    if moneda:
        text = text.replace("Condición de venta: Contado", f"Condición de venta: Contado     Moneda: {moneda}")
    r = parse(text)
    assert (str(r.total), r.currency, r.warnings) == (*want, [])


def test_son_pesos_printed_by_a_template_is_no_currency_over_the_totals_code():
    # the total in words is a fallback: many templates print a fixed "Son pesos"
    text = afip(totals=AFIP_TOTALS.replace("$", "USD") + "\nSON PESOS: DOS MIL NOVECIENTOS SETENTA Y DOS CON 50/100")
    assert parse(text).currency == "USD"


@pytest.mark.parametrize("label,desc", [
    # a perception of VAT was read as VAT at 3 %: taxes empty, VAT wrong
    ("IVA Percepción 3%:", "IVA Percepción"), ("IVA Percepción RG 2408 3%:", "IVA Percepción RG 2408"),
    ("IVA Perc.:", "IVA Perc."), ("Sobretasa IVA:", "Sobretasa IVA"),
    ("Percepción IVA 3%:", "Percepción IVA"),  # near miss: read so before
])
def test_a_perception_of_vat_is_a_tax_not_vat(label, desc):
    totals = (f"{P40}Neto Gravado:   2500,00\n{P40}IVA 21%:   420,00\n{P40}IVA 10,5%:   52,50\n"
              f"{P40}{label}   75,00\n{P40}Total:   3047,50")
    r = parse(afip(table=NET_ITEMS, totals=totals))
    assert [(v["rate"], v["amount"]) for v in r.vat] == [(Decimal("21.00"), Decimal("420.00")),
                                                          (Decimal("10.50"), Decimal("52.50"))]
    assert r.taxes == [{"description": desc, "amount": Decimal("75.00")}]
    assert (r.total, r.warnings) == (Decimal("3047.50"), [])


@pytest.mark.parametrize("line,payments", [
    # a sale's condition is no tender; an instalments' count is no amount
    ("Forma de pago: Tarjeta VISA 3 cuotas de $ 990,83", []),
    ("Forma de Pago:   Tarjeta de crédito   2972,50", []),
    ("Condición de venta: Tarjeta   2972,50", []),
    ("Condiciones de Pago:   Transferencia   2972,50", []),
    ("Tarjeta VISA 3 cuotas de $ 990,83", []),
    # near misses: a tender after the total
    ("TARJETA CREDITO   2972,50", [{"method": "TARJETA CREDITO", "amount": Decimal("2972.50")}]),
    ("Pago: Tarjeta de débito   2972,50", [{"method": "Tarjeta de débito", "amount": Decimal("2972.50")}]),
])
def test_a_condition_of_sale_after_the_total_is_no_tender(line, payments):
    r = parse(afip(totals=AFIP_TOTALS + "\n" + line))
    assert (r.payments, r.total, r.warnings) == (payments, Decimal("2972.50"), [])


def test_vat_in_full_words_is_vat():
    # "Impuesto al Valor Agregado" was a tax (IMPUESTO*): VAT empty
    totals = (f"{P40}Neto Gravado:   2500,00\n{P40}Impuesto al Valor Agregado 21%:   420,00\n"
              f"{P40}IVA 10,5%:   52,50\n{P40}Total:   2972,50")
    r = parse(afip(table=NET_ITEMS, totals=totals))
    assert [v["amount"] for v in r.vat] == [Decimal("420.00"), Decimal("52.50")] and r.taxes == []


def test_totals_of_part_near_misses():
    # guards, as before: a total of part alone is the total; a net labelled
    # "Total Neto" or "Total Gravado" is the net; a total in words after the
    # total (a peso equivalent) is a note, not the subtotal
    alone = """\
                                        Total Operación:   2972,50"""
    r = parse(afip(table=GROSS_ITEMS, totals=alone).replace("COD. 01", "COD. 006"))
    assert (r.total, r.subtotal, r.warnings) == (Decimal("2972.50"), None, [])
    for net in ("Total Neto:", "Total Gravado:"):
        r = parse(afip(table=NET_ITEMS, totals=_part_then_total(net)))
        assert (r.total, r.subtotal, r.prices_include_vat) == (Decimal("2972.50"), Decimal("2500.00"), False)
    usd = """\
                                        IVA 21%:        USD    420,00
                                        IVA 10,5%:      USD     52,50
                                        Importe Total:  USD   2972,50
                                        Importe total expresado en pesos:   3.121.125,00"""
    r = parse(afip(table=NET_ITEMS, totals=usd))
    assert (r.total, r.subtotal, r.currency, r.warnings) == (Decimal("2972.50"), None, "USD", [])


# ---- taxes ----------------------------------------------------------------------------

def test_other_taxes_without_rate_and_base():
    totals = """\
                                                  Subtotal:    2500,00
Transporte:               Impuesto Municipal Ejemplo     1,00%    25,00
Percepción IIBB PROV:     %     $0.00
Percepción IVA  3,00%   base 2500,00     75,00
                                                  IVA 21%:     420,00
                                                  IVA 10.5%:    52,50
                                                  Total:       3072,50"""
    r = parse(afip(totals=totals))
    assert r.taxes == [{"description": "Impuesto Municipal Ejemplo", "amount": Decimal("25.00")},
                       {"description": "Percepción IVA", "amount": Decimal("75.00")}]
    assert r.warnings == []


def test_surcharge_is_a_charge_of_the_totals_block():
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", "Recargo financiero 5%: $     50,00\n"
                                 "                                                               Importe Total: $   3022,50")
    r = parse(afip(totals=totals))
    assert r.taxes == [{"description": "Recargo financiero", "amount": Decimal("50.00")}]
    assert r.warnings == []


@pytest.mark.parametrize("label", ["Tasa Alumbrado Público", "Alumbrado Público", "Fondo Compensador Provincial"])
def test_a_power_coops_town_and_province_charges_are_taxes(label):
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", f"{label}: $     50,00\n"
                                 "                                                               Importe Total: $   3022,50")
    r = parse(afip(totals=totals))
    assert r.taxes == [{"description": label, "amount": Decimal("50.00")}]
    assert r.warnings == []


def test_taxes_sum_line_is_not_counted_twice():
    totals = """\
Per./Ret. de Ingresos Brutos        3,00      75,00
Importe Otros Tributos: $      75,00
                                                         Importe Neto Gravado: $   2500,00
                                                                    IVA 21%: $    420,00
                                                                  IVA 10.5%: $     52,50
                                                      Importe Otros Tributos: $     75,00
                                                               Importe Total: $   3047,50"""
    r = parse(afip(totals=totals))
    assert r.taxes == [{"description": "Per./Ret. de Ingresos Brutos", "amount": Decimal("75.00")}]
    assert r.warnings == []


def test_other_taxes_total_alone_is_a_tax():
    totals = AFIP_TOTALS.replace("Importe Otros Tributos: $      0,00", "Importe Otros Tributos: $     10,00").replace(
        "2972,50", "2982,50")
    r = parse(afip(totals=totals))
    assert r.taxes == [{"description": "Importe Otros Tributos", "amount": Decimal("10.00")}]
    assert r.warnings == []


# AFIP's table of other taxes with its head's "Alíc." wrapped over "%", and
# each tax's description and detail wrapped over a line above and below
# its amounts (centred on them); the totals block beside, its own sum too.
WRAPPED_TAX_TABLE = """\
Otros Tributos                                              Importe Neto Gravado: $   2500,00
                                        Alíc.                            IVA 21%: $    420,00
Descripción            Detalle                   Importe               IVA 10.5%: $     52,50
                                        %                   Importe Otros Tributos: $    100,00
Per./Ret. de Ingresos  Percepción IIBB
                                        3,00     75,00                Importe Total: $   3072,50
Brutos                 ARBA
                       Tasa Seg. e
Impuestos Municipales                   1,00     25,00
                       Higiene
Importe Otros Tributos: $   100,00"""


def test_a_tax_tables_wrapped_rows_are_one_tax_each():
    r = parse(afip(totals=WRAPPED_TAX_TABLE))
    assert r.taxes == [
        {"description": "Per./Ret. de Ingresos Brutos Percepción IIBB ARBA", "amount": Decimal("75.00")},
        {"description": "Impuestos Municipales Tasa Seg. e Higiene", "amount": Decimal("25.00")}]
    assert (r.total, r.warnings) == (Decimal("3072.50"), [])


def test_a_tax_tables_rows_on_one_line_each_under_a_wrapped_head():
    totals = WRAPPED_TAX_TABLE.replace("Per./Ret. de Ingresos  Percepción IIBB\n", "").replace(
        "                                        3,00", "Per./Ret. IIBB         ARBA             3,00").replace(
        "Brutos                 ARBA\n                       Tasa Seg. e\n", "").replace("\n                       Higiene", "")
    r = parse(afip(totals=totals))
    assert r.taxes == [{"description": "Per./Ret. IIBB ARBA", "amount": Decimal("75.00")},
                       {"description": "Impuestos Municipales", "amount": Decimal("25.00")}]
    assert r.warnings == []


# ---- issuer and buyer ------------------------------------------------------------------

# A marketplace invoicer: the issuer's name is the first line, the buyer is
# printed as "Razón social:" below the issuer's block.
MARKETPLACE = """\
                                       A                        FACTURA
                                                                Original
                                      Cod. 01
                                                       Nº: 0003-00001035
                                                       Fecha: 02/11/2023
TIENDA EJEMPLO SRL
                                                       Vencimiento: 03/11/2023
Av. Rivadavia 1000
Floresta, Ciudad de Buenos Aires                             CUIT: 30712345671
Tel.: 11-2222-3333                              Ingresos brutos: 30712345671
Responsable Inscripto                      Inicio de actividades: 01/08/2016


Razón social: COMPRADORA HNOS
Domicilio: ALSINA 2000
Ubicación: Buenos Aires                          CUIT: 30700000016
Condición de venta: MercadoPago                  Condición de IVA: Responsable Inscripto

Cantidad   Código      Descripción                        Precio unitario   IVA      Bonif.    Importe
   2       MMA-100     MALLA MOSQUITERO 100CM X              4.545,45     21,00 %   0,00 %   9.090,89
                       METRO

                                          Importe Neto Gravado: $9.090,89
                                          IVA 21%: $1.909,09
CAE: 73445678645164
Vencimiento CAE: 12/11/2023     Pag: 1 de 1     Importe Total: $10.999,98
"""


def test_buyer_razon_social_below_the_issuer_block_is_not_the_merchant():
    r = parse(MARKETPLACE)
    assert r.merchant == {"name": "TIENDA EJEMPLO SRL", "cuit": ISSUER_CUIT}
    assert (r.pos, r.number, r.issued_at) == (3, 1035, "2023-11-02")
    it = r.items[0]
    assert (it["description"], it["quantity"], it["vat_rate"], it["amount"]) == (
        "MALLA MOSQUITERO 100CM X METRO", Decimal("2"), Decimal("21.00"), Decimal("9090.89"))
    assert r.prices_include_vat is False  # 2 x 4545,45 is the net amount
    assert r.total == Decimal("10999.98") and r.warnings == []


def test_issuer_razon_social_in_the_issuer_block_is_the_merchant():
    text = MARKETPLACE.replace(
        "Responsable Inscripto                      Inicio de actividades: 01/08/2016\n\n\n",
        "Responsable Inscripto                      Inicio de actividades: 01/08/2016\n"
        "                                                  Razón social: TIENDA EJEMPLO S.R.L.\n\n\n"
        "INFORMACION DEL CLIENTE\n")
    r = parse(text)
    assert r.merchant["name"] == "TIENDA EJEMPLO S.R.L."


@pytest.mark.parametrize("label", ["Señor(es):", "SEÑOR(ES):02810 -", "Señor (es):", "Sr.(s):", "Cliente:",
                                   "CLIENTE:", "Nombre:", "Señor/es:"])
def test_buyer_labels_end_the_issuer_block(label):
    # the buyer block comes first in reading order on the left, the issuer's
    # CUIT label only on its right: the buyer's name is never the merchant
    text = MARKETPLACE.replace("Razón social: COMPRADORA HNOS", f"{label} COMPRADORA HNOS")
    r = parse(text)
    assert r.merchant == {"name": "TIENDA EJEMPLO SRL", "cuit": ISSUER_CUIT}


def test_empty_razon_social_falls_back_to_the_first_line():
    r = parse(afip().replace("Razón Social: EJEMPLO HOGAR S.A.", "Razón Social:"))
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


def _razon_label(label):
    # the issuer's name only after its label (no name line atop the block)
    top = "EJEMPLO HOGAR S.A.                     A        FACTURA"
    return afip().replace(top, " " * 39 + "A        FACTURA").replace(
        "Razón Social: EJEMPLO HOGAR S.A.  ", f"{label} EJEMPLO HOGAR S.A.".ljust(34))


@pytest.mark.parametrize("label", ["Razón Social / Nombre:", "Razón Social /Nombre:", "Razón Social:"])
def test_a_razon_social_label_going_on_after_a_slash_ends_at_its_colon(label):
    assert parse(_razon_label(label)).merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("label", ["Razón Social / Nombre", "Razón Social/Nombre:"])
def test_a_razon_social_label_whose_end_cannot_be_told_gives_no_name(label):
    # near miss: without a colon after the slash (or with the label glued
    # into one word) the value's start is unknown: no name, and never the
    # label's words as one
    assert parse(_razon_label(label)).merchant == {"name": None, "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("label", ["R. Social:", "R.Social:", "Raz. Social:", "Razón Soc.:", "Denominación:",
                                   "Denominación Social:"])
def test_the_legal_names_other_labels(label):
    # Razón Social abbreviated, and the labels other programs print for it
    # (they gave no name: null)
    assert parse(_razon_label(label)).merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


def test_a_holder_is_no_name_label():
    # near miss: "Titular:" is the holder of a plan, an account or a card
    # (the buyer): no name rather than a guess
    assert parse(_razon_label("Titular:")).merchant == {"name": None, "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("line", ["Tipo de Empresa: MiPyME", "Código de Empresa: 4521", "Banco Emisor: Banco Galicia",
                                  "Empresa: MiPyME", "Emisor: Original", "Antigua Denominación: VIEJO NOMBRE SRL"])
def test_fields_that_look_like_a_name_label_are_not(line):
    # "Empresa:" and "Emisor:" also head a company's category, a card's
    # bank, a copy's name or a member's employer; a label after other words
    # of its cell is another field.  They gave the name as read
    text = afip().replace("Domicilio Comercial: Av. Corrientes 1234 ", line.ljust(40))
    assert parse(text).merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}
    # with no name line atop the block, no name rather than the field's value
    alone = _razon_label("").replace("Domicilio Comercial: Av. Corrientes 1234 ", line.ljust(40))
    assert parse(alone).merchant["name"] in (None, "EJEMPLO HOGAR S.A.")


def test_a_members_employer_is_not_the_health_plans_name():
    text = """\
FACTURA B                                         SALUD EJEMPLO S.A.
Nº 0012-00998231                                  Av. Corrientes 1750 - CABA
Fecha: 01/03/2026                                 IVA Responsable Inscripto
CUIT: 30-71234567-1
Titular: SUAREZ NICOLAS ANDRES
Empresa: ACME ARGENTINA S.A.

Descripción                                   Importe
Cuota plan 310 marzo 2026                   85.000,00

                                     Total: $ 85.000,00
CAE: 72318457237008
"""
    assert parse(text).merchant["name"] == "SALUD EJEMPLO S.A."


def test_a_name_beginning_with_fact_is_a_name():
    # "FACT" without its period is no title word, and no field either
    text = afip().replace("EJEMPLO HOGAR S.A.                     A", "FACT CONSULTORES S.R.L.                A").replace(
        "Razón Social: EJEMPLO HOGAR S.A.  ", " " * 34)
    assert parse(text).merchant["name"] == "FACT CONSULTORES S.R.L."


def test_a_name_label_word_without_its_colon_may_begin_a_name():
    # near miss: "Empresa Distribuidora del Sur S.A." is a name: without
    # its colon the word is no label, the line is the name
    assert parse(_razon_label("Empresa")).merchant == {"name": "Empresa EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("label", ["Denominación:", "Empresa:", "R. Social:"])
def test_the_buyers_name_under_another_label_is_not_the_issuers(label):
    text = afip().replace("Apellido y Nombre / Razón Social: COMPRADORA S.R.L.", f"{label} COMPRADORA S.R.L.")
    assert parse(text).merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("title,want", [("B        FACT.", "factura_b"), ("         Fact. C", "factura_c")])
def test_the_title_abbreviated_fact(title, want):
    # "FACT." was no title: the document was refused as UnsupportedLayout
    text = afip().replace("A        FACTURA", title).replace("COD. 01", "       ")
    r = parse(text)
    assert (r.doc_type, r.merchant["name"], r.pos, r.number, r.total) == (
        want, "EJEMPLO HOGAR S.A.", 3, 1101, Decimal("2972.50"))
    # on one line with its number
    inline = afip().replace("EJEMPLO HOGAR S.A.                     A        FACTURA",
                            "EJEMPLO HOGAR S.A.                     FACT. A Nº 0007-00004242").replace(
        "Punto de Venta: 00003   Comp. Nro: 00001101", "")
    r = parse(inline)
    assert (r.doc_type, r.pos, r.number) == ("factura_a", 7, 4242)


CREDIT_NOTE = """\
EJEMPLO HOGAR S.A.                     A        NOTA DE CREDITO
                                                Punto de Venta: 00003   Comp. Nro: 00000012
Razón Social: EJEMPLO HOGAR S.A.                Fecha de Emisión: 02/08/2022
Domicilio Comercial: Av. Corrientes 1234        CUIT: 30712345671

CUIT: 30700000016      Apellido y Nombre / Razón Social: COMPRADORA S.R.L.
Condición de venta: Contado    {ref}

Cantidad  Descripción            Precio Unitario   % IVA   Importe c/IVA
       2  Yerba mate 1kg              1000,00     21,00   2420,00

                                        Subtotal:   $ 2000,00
                                        IVA 21%:    $  420,00
                                        Total:      $ 2420,00
"""


@pytest.mark.parametrize("ref", ["Comprobante asociado: FACT. A 0003-00000950", "Cancela: FACTURA A 0003-00000950",
                                 "Según Fact. A 0003-00000950", "Ref. FACTURA A 0003-00000950",
                                 "s/ FACTURA A 0003-00000950"])
def test_an_invoice_another_document_refers_to_is_not_its_title(ref):
    # a credit note naming the invoice it credits was read as that invoice
    # (a refund counted as spending)
    with pytest.raises(expetl.UnsupportedLayout):
        parse(CREDIT_NOTE.format(ref=ref))


def test_a_referred_invoices_number_is_not_the_documents():
    text = afip().replace("                                     ORIGINAL",
                          "                                     ORIGINAL       Ref. FACT. A 0003-00000950")
    r = parse(text)
    assert (r.doc_type, r.pos, r.number) == ("factura_a", 3, 1101)


def test_a_bare_fact_is_no_title():
    # near miss: without its period "FACT" is no word of a title
    with pytest.raises(expetl.UnsupportedLayout):
        parse(afip().replace("A        FACTURA", "A        FACT"))


def test_issuer_cuit_placeholder_is_null_and_flagged():
    text = afip().replace("CUIT: 30712345671", "CUIT xx-xxxxxxxx-x")
    r = parse(text)
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": None}
    assert "cuit_invalid" in r.warnings  # the buyer's valid CUIT is not taken


def test_issuer_only_as_an_image_is_null():
    # no issuer name or CUIT in the text: only the buyer's, unlabeled
    text = """\
                                       A             FACTURA
                                                   N° 00002-00023625
                                                   31 /10 /23

                  COMPRADORA HNOS                   000000
                  Alsina 2000                        VENDEDOR 20
                                      30-70000001-6
                         CONTADO

Cutter trincheta retractil        4250,00     3,512.40     3.00     10537.19

SUBTOTAL:   10,537.19    TASA GRAL. IVA   21%    2212.81
TOTAL $     12750.00
                   C.A.E.N°:73444426082354
"""
    r = parse(text)
    assert r.merchant == {"name": None, "cuit": None}
    assert "cuit_invalid" in r.warnings and "totals_mismatch" not in r.warnings
    assert (r.pos, r.number, r.issued_at, r.cae) == (2, 23625, "2023-10-31", "73444426082354")


# ---- copies and other pages --------------------------------------------------------------

def test_copies_are_read_once_and_empty_pages_ignored():
    page = afip()
    text = page + "\f" + page.replace("ORIGINAL", "DUPLICADO") + "\f" + page.replace(
        "ORIGINAL", "TRIPLICADO") + "\f\n"
    r = parse(text)
    assert len(r.items) == 2 and len(r.vat) == 2 and r.warnings == []


def test_copies_that_number_their_pages_are_read_once():
    page = afip()
    text = "\f".join(page.replace("ORIGINAL", copy) + f"                Pág. {n}/3\n"
                     for n, copy in enumerate(["ORIGINAL", "DUPLICADO", "TRIPLICADO"], 1))
    r = parse(text)
    assert len(r.items) == 2 and r.warnings == []


@pytest.mark.parametrize("extra", [
    "Documento enviado por correo electrónico",  # a line the first copy alone prints at its foot
    "Evaluation Only. Created with a PDF library. Copyright 2002-2026",  # a library's notice
])
def test_copies_one_of_which_prints_a_line_more_are_read_once(extra):
    page = afip()
    text = page + extra + "\n\f" + page.replace("ORIGINAL", "DUPLICADO")
    r = parse(text)
    assert len(r.items) == 2 and len(r.vat) == 2 and r.warnings == []


def _continued_pages():
    """An invoice whose table goes on to a second page: page 1 ends in a
    carried-over subtotal, page 2 has other items and the totals."""
    table2 = AFIP_TABLE.replace("Yerba mate 1kg", "Azúcar 1kg").replace(
        "Aceite girasol 1,5L", "Harina 000 1kg").replace("        en botella", "")
    page1 = afip(totals="                                         Transporte: $ 2972,50")
    page2 = afip(table=table2, totals="""\
                                                         Importe Neto Gravado: $   5000,00
                                                                    IVA 21%: $    840,00
                                                                  IVA 10.5%: $    105,00
                                                               Importe Total: $   5945,00""")
    return page1, page2


def test_a_second_page_continues_the_table():
    page1, page2 = _continued_pages()
    r = parse(page1 + "\f" + page2)
    assert [i["description"] for i in r.items] == [
        "Yerba mate 1kg", "Aceite girasol 1,5L en botella", "Azúcar 1kg", "Harina 000 1kg"]
    assert r.total == Decimal("5945.00") and r.warnings == []


# ---- prices_include_vat ------------------------------------------------------------------

def _ab(amount_label, amount, totals):
    table = f"""\
Cantidad  Descripción            Precio Unitario   % IVA   {amount_label}
       2  Yerba mate 1kg              1000,00     21,00   {amount}"""
    return afip(table=table, totals=totals)


NET_TOTALS = """\
                                        Subtotal:   2000,00
                                        IVA 21%:     420,00
                                        Total:      2420,00"""


@pytest.mark.parametrize("label,amount,want", [
    ("Subtotal c/IVA", "2420,00", True),   # by the column's label
    ("Subtotal Neto", "2000,00", False),
    ("Importe", "2420,00", True),          # by the line's arithmetic: 2 x 1000 x 1.21
    ("Importe", "2000,00", False),         # 2 x 1000
])
def test_factura_a_prices_include_vat(label, amount, want):
    r = parse(_ab(label, amount, NET_TOTALS))
    assert r.prices_include_vat is want and r.warnings == []


def test_factura_a_prices_include_vat_by_the_totals():
    # no rate on the line: the reading that makes the totals add up
    table = """\
CANTIDAD    DESCRIPCION                       PRECIO UNITARIO    PRECIO TOTAL
   2        Yerba mate 1kg                        1.000,00          2.000,00"""
    r = parse(afip(table=table, totals=NET_TOTALS))
    assert r.prices_include_vat is False and r.warnings == []
    gross = table.replace("1.000,00          2.000,00", "1.210,00          2.420,00")
    r = parse(afip(table=gross, totals=NET_TOTALS))
    assert r.prices_include_vat is True and r.warnings == []


@pytest.mark.parametrize("code", ["COD. 006", "COD. 011"])
def test_factura_b_and_c_prices_include_vat(code):
    r = parse(_ab("Subtotal Neto", "2000,00", """\
                                        Subtotal:   2000,00
                                        Total:      2000,00""").replace("COD. 01", code))
    assert r.prices_include_vat is True and r.warnings == []


def test_totals_mismatch_is_flagged():
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", "Importe Total: $   2999,00")
    assert "totals_mismatch" in parse(afip(totals=totals)).warnings


# ---- the real invoices through another text geometry ----------------------------------

REAL = FIXTURES / "receipts" / "real"
# pdftotext's character grid puts the quantity "2" under the CODIGO label
# of "CANTIDAD CODIGO" (the PDF's own boxes put it under CANTIDAD)
GRID_AMBIGUOUS = {("fa_diazedgardo_crystal.pdf", ".items[0].quantity")}


@pytest.mark.parametrize("pdf", sorted(REAL.glob("*.pdf")), ids=lambda p: p.name)
def test_real_invoices_read_alike_through_another_text_geometry(pdf):
    """The same documents as `pdftotext -layout` prints them (words on a
    character grid, other column positions): the rules are not tuned to one
    extraction's coordinates."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    got = expetl.parse_receipt_text(text).to_dict()
    want = load_json(pdf.with_suffix(".expected.json"))
    got["qr"] = want["qr"] = None  # the QR is an image
    problems = [p for p in diff(norm(got), norm(want)) if (pdf.name, p.split(":")[0]) not in GRID_AMBIGUOUS]
    assert not problems, "\n".join(problems)


# ---- table and totals rules (unseen generators) ----
# Drawn as PDFs, cell by cell (Helvetica 8 pt), where the rule depends on the
# geometry a layout text cannot carry: left-aligned labels over right-aligned
# numbers, a number glued to the description by a gap of a few points.

from expetl.sample import write_pdf  # noqa: E402


def _width(s):
    """Helvetica 8 pt width of a number as printed."""
    return sum({",": 278, ".": 278, "-": 333, " ": 278, "$": 556}.get(c, 556) for c in s) * 8 / 1000


def _page(rows, height=842.0):
    """rows: lists of (x, text); a negative x right-aligns the text at -x."""
    cells = []
    for i, row in enumerate(rows):
        y = height - 40 - 12 * i
        for x, t in row:
            cells.append((-x - _width(t) if x < 0 else x, y, t))
    return cells


PRIV_HEAD = [[(40, "LIBRERIA EJEMPLO S.R.L."), (300, "FACTURA")],
             [(40, "IVA Responsable Inscripto"), (250, "B"), (300, "N° 0004-00001234")],
             [(250, "Cód. 06"), (300, "Fecha: 03/07/2025")],
             [(300, "CUIT: 30-71234567-1")],
             [(40, "Señor(es): CONSUMIDOR FINAL")],
             []]


def _invoice(*pages):
    """Each page: (table rows, totals rows), below the same header."""
    return expetl.parse_receipt(write_pdf([_page(PRIV_HEAD + t + [[]] + tot) for t, tot in pages],
                                          width=595.0, height=842.0))


def _totals(amount):
    return [[(420, "Subtotal"), (-553, amount)], [(420, "TOTAL"), (-553, amount)]]


GLUED_HEAD = [(62, "Cant."), (220, "Descripción"), (410, "Precio"), (495, "Importe")]


def _items(r):
    return [(i["quantity"], i["description"], i["unit_price"], i["amount"]) for i in r.items]


def test_quantity_glued_before_the_description_is_its_column():
    # right-aligned quantities end 5 pt before the description text: one
    # cell for the extraction, two columns for the reader
    table = [GLUED_HEAD,
             [(-104, "10,00"), (109, "Cuaderno universitario rayado"), (-463, "3.450,00"), (-553, "34.500,00")],
             [(-104, "2,00"), (109, "3 Mosqueteros edición de bolsillo"), (-463, "8.990,00"), (-553, "17.980,00")]]
    r = _invoice((table, _totals("52.480,00")))
    assert _items(r) == [
        (Decimal("10"), "Cuaderno universitario rayado", Decimal("3450"), Decimal("34500")),
        # only the number before the gap: "3" after a word space is text
        (Decimal("2"), "3 Mosqueteros edición de bolsillo", Decimal("8990"), Decimal("17980"))]
    assert r.warnings == []


def test_description_that_starts_with_a_number_keeps_it():
    # a word space, not a column gap: the number is part of the description
    table = [GLUED_HEAD,
             [(-104, "1,00"), (109, "Resma A4"), (-463, "7.890,00"), (-553, "7.890,00")],
             [(109, "500 hojas 75 g"), (-463, "3.450,00"), (-553, "3.450,00")],
             [(-104, "2,00"), (109, "1,5 L lavandina"), (-463, "1.000,00"), (-553, "2.000,00")]]
    r = _invoice((table, _totals("13.340,00")))
    assert [i["description"] for i in r.items] == ["Resma A4", "500 hojas 75 g", "1,5 L lavandina"]
    assert [i["quantity"] for i in r.items] == [Decimal("1"), None, Decimal("2")]


@pytest.mark.parametrize("align", ["left", "right", "center"])
def test_numbers_go_to_their_column_whatever_the_label_alignment(align):
    # cells [40, 250) [250, 350) [350, 460) [460, 560); numbers right-aligned
    # at each cell's end, labels placed as the layout aligns them
    cells = [(40, 250, "Descripción"), (250, 350, "Cantidad"), (350, 460, "P. Unitario"), (460, 560, "Importe")]

    def label(a, b, t):
        w = len(t) * 4.5
        return (a + 2, t) if align == "left" else (-(b - 2), t) if align == "right" else (a + (b - a - w) / 2, t)
    table = [[label(*c) for c in cells],
             [(42, "Clase de guitarra individual"), (-348, "4,00"), (-458, "15.000,00"), (-558, "60.000,00")],
             [(42, "Material de estudio"), (-348, "1,00"), (-458, "8.500,00"), (-558, "8.500,00")]]
    r = _invoice((table, [[(420, "Subtotal:"), (-558, "68.500,00")], [(420, "TOTAL:"), (-558, "68.500,00")]]))
    assert _items(r) == [
        (Decimal("4"), "Clase de guitarra individual", Decimal("15000"), Decimal("60000")),
        (Decimal("1"), "Material de estudio", Decimal("8500"), Decimal("8500"))]
    assert r.warnings == []


def _multipage_table(rows):
    return [[(40, "Código"), (120, "Detalle"), (330, "Cantidad"), (410, "Precio"), (495, "Subtotal")]] + [
        [(40, code), (120, desc), (-370, qty), (-463, price), (-553, amount)]
        for code, desc, qty, price, amount in rows]


PAGE1 = [("F1000", "Tornillo 14x1", "2,00", "100,00", "200,00"), ("F1001", "Tarugo 8 mm", "3,00", "10,00", "30,00")]
PAGE2 = [("F1002", "Disco de corte", "1,00", "500,00", "500,00")]


def test_a_table_continued_on_the_next_page_under_the_repeated_header():
    # the header repeats "IVA Responsable Inscripto" (a label the totals
    # use too); page 1 carries no totals, only "Hoja 1 de 2"
    r = _invoice((_multipage_table(PAGE1), [[(420, "Hoja 1 de 2")], [(380, "Continúa en la hoja siguiente")]]),
                 (_multipage_table(PAGE2), [[(420, "Hoja 2 de 2")]] + _totals("730,00")))
    assert [i["description"] for i in r.items] == ["Tornillo 14x1", "Tarugo 8 mm", "Disco de corte"]
    assert r.total == Decimal("730.00") and r.warnings == []


def test_copies_with_the_repeated_header_are_still_read_once():
    page = (_multipage_table(PAGE1), _totals("230,00"))
    r = _invoice(page, page)
    assert len(r.items) == 2 and r.total == Decimal("230.00") and r.warnings == []


@pytest.mark.parametrize("label", ["P.Unit", "P. Unit.", "Precio Unit.", "Pcio. Unit.", "Prec. Unit.", "P.Unitario"])
def test_unit_price_label_spellings(label):
    table = f"""\
Cant.      Descripción                {label:<12}      Importe
2,00       Yerba mate 1kg               1.000,00      2.000,00"""
    totals = """\
                                        Subtotal: $     2.000,00
                                        Total: $        2.000,00"""
    r = parse(afip(table=table, totals=totals).replace("COD. 01", "COD. 006"))
    assert (r.items[0]["quantity"], r.items[0]["unit_price"]) == (Decimal("2.00"), Decimal("1000.00"))


NUMBER_LINE_TABLE = """\
Código   Descripción                          Cantidad   P. Unitario   Alíc.      Importe
ES04     Esmalte sintético brillante blanco       4,00     42.300,00     21%   169.200,00
         {second}
RD22     Rodillo lana 22 cm                      10,00      6.890,00     21%    68.900,00"""


def test_a_description_line_that_starts_with_a_number_is_kept():
    totals = """\
                                        Subtotal: $     238.100,00
                                        Total: $        238.100,00"""
    r = parse(afip(table=NUMBER_LINE_TABLE.format(second="4 L"), totals=totals).replace("COD. 01", "COD. 006"))
    assert [i["description"] for i in r.items] == ["Esmalte sintético brillante blanco 4 L", "Rodillo lana 22 cm"]
    assert r.warnings == []


def test_a_number_leading_line_with_its_own_amount_is_an_item():
    second = "4 L Thinner                                1,00      5.000,00     21%     5.000,00"
    totals = """\
                                        Subtotal: $     243.100,00
                                        Total: $        243.100,00"""
    r = parse(afip(table=NUMBER_LINE_TABLE.format(second=second), totals=totals).replace("COD. 01", "COD. 006"))
    assert [i["description"] for i in r.items] == [
        "Esmalte sintético brillante blanco", "4 L Thinner", "Rodillo lana 22 cm"]
    assert r.items[1]["amount"] == Decimal("5000.00") and r.warnings == []


GRID_TABLE = [[(160, "Producto"), (330, "Cantidad"), (400, "Precio Unit."), (494, "Subtotal")],
              [(42, "Ibuprofeno 400 mg x 20 comp."), (-378, "2,00"), (-463, "$ 6.890,00"), (-553, "$ 13.780,00")],
              [(42, "Pañales talle G x 68"), (-378, "1,00"), (-463, "$ 38.990,00"), (-553, "$ 38.990,00")]]


def test_totals_drawn_as_a_grid_of_labels_over_values():
    # the values sit far from their labels (centred in wide cells): each
    # goes to the label in its place in the row
    grid = [[(155, "Subtotal"), (415, "TOTAL")], [(-293, "$ 52.770,00"), (-551, "$ 52.770,00")]]
    r = _invoice((GRID_TABLE, grid))
    assert (r.subtotal, r.total) == (Decimal("52770.00"), Decimal("52770.00")) and r.warnings == []
    grid = [[(90, "Subtotal"), (200, "IVA 21%"), (330, "Perc. IVA"), (445, "Importe Total")],
            [(-170, "52.770,00"), (-290, "0,00"), (-400, "1.000,00"), (-551, "53.770,00")]]
    r = _invoice((GRID_TABLE, grid))
    assert r.total == Decimal("53770.00") and r.taxes == [{"description": "Perc. IVA", "amount": Decimal("1000.00")}]
    assert r.warnings == []


def test_a_grid_total_that_does_not_add_up_is_flagged():
    grid = [[(155, "Subtotal"), (415, "TOTAL")], [(-293, "$ 52.770,00"), (-551, "$ 53.770,00")]]
    r = _invoice((GRID_TABLE, grid))
    assert r.total == Decimal("53770.00") and "totals_mismatch" in r.warnings

# ---- header rules (unseen generators) ----

def _canvas_pdf(cells):
    """A one-page A4 PDF drawn like a canvas library does: each cell
    (font, size, x, y, text, word_spacing) is one text object, in Helvetica
    (F1) or Helvetica-Bold (F2)."""
    esc = lambda t: t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    return _a4_pdf("".join(f"BT /{font} {size:g} Tf {tw:g} Tw {x:.2f} {y:.2f} Td ({esc(text)}) Tj ET\n"
                           for font, size, x, y, text, tw in cells).encode("cp1252"))


def _a4_pdf(ops):
    """One A4 page of content operators ops (bytes), Helvetica as F1 and
    Helvetica-Bold as F2."""
    from expetl.sample import pdf_of
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"])


def _words(pdf):
    return [" ".join(row).split() for row in expetl._native.pdf_rows(pdf)]


def _tall_box_pdf(text, fake_bold=False):
    """Text in a face whose descriptor claims an ascent and descent that
    make every glyph's box 2.3 times the type's size (a PDF library that
    writes the font's line gap into them); fake_bold: drawn again 0.3 pt
    to the right."""
    from expetl.sample import pdf_of
    widths = " ".join(str(222 if chr(k) in "il" else 556) for k in range(32, 127))
    ops = b"BT /F1 8 Tf 100 700 Td (" + text.encode() + b") Tj ET"
    if fake_bold:
        ops += b" BT /F1 8 Tf 100.3 700 Td (" + text.encode() + b") Tj ET"
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Formulario /FirstChar 32 /LastChar 126 /Widths [%s] "
        b"/Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>" % widths.encode(),
        b"<< /Type /FontDescriptor /FontName /Formulario /Flags 32 /FontBBox [0 -700 1000 1600] /ItalicAngle 0 "
        b"/Ascent 1600 /Descent -700 /CapHeight 700 /StemV 80 >>"])


def test_a_doubled_letter_in_tall_glyph_boxes_stays_doubled():
    # "ll" is two glyphs a glyph's width apart, however tall their boxes
    assert _words(_tall_box_pdf("Cable rollo Ladrillo")) == [["Cable", "rollo", "Ladrillo"]]


def test_fake_bold_in_tall_glyph_boxes_counts_once():
    # near miss: the same glyphs drawn again 0.3 pt on are one word
    assert _words(_tall_box_pdf("Cable rollo", fake_bold=True)) == [["Cable", "rollo"]]


def _mixed_size_rows(order_seed=None):
    """Six rows of 40 two-letter words on one baseline each, alternating 8
    and 10 pt: each glyph's middle steps up and down along the row, so
    poppler's text comes in many short runs of (middle, x) order, drawn in
    reading order or (order_seed) shuffled."""
    import random
    cells = [("F1", 8 if i % 2 else 10, 20 + 14 * i, 800 - 30 * r, f"{chr(65 + r)}{i % 10}", 0)
             for r in range(6) for i in range(40)]
    if order_seed is not None:
        random.Random(order_seed).shuffle(cells)
    return _canvas_pdf(cells)


def test_rows_of_glyphs_out_of_order_sort_into_reading_order():
    # many runs (the radix sort) and reading order (at most a few runs,
    # merged) give the same rows: top to bottom, each left to right
    want = [[f"{chr(65 + r)}{i % 10}" for i in range(40)] for r in range(6)]
    assert _words(_mixed_size_rows()) == want
    for seed in (1, 2):
        assert _words(_mixed_size_rows(seed)) == want
    # two blocks poppler reads one after the other (two sorted runs, merged)
    cells = [("F1", 8, 20 if c == 0 else 400, 800 - 12 * r, f"{('LEFT', 'RIGHT')[c]} {r}", 0)
             for c in range(2) for r in range(10)]
    assert _words(_canvas_pdf(cells)) == [["LEFT", str(r), "RIGHT", str(r)] for r in range(10)]


def test_bold_name_beside_a_big_letter_keeps_its_word_gaps():
    # the row's tallest glyph (the letter box) does not set the gap that
    # breaks the words of the 12 pt name beside it (the lone letter box is a
    # row of its own)
    rows = _words(_canvas_pdf([("F2", 12, 40, 780, "LABORATORIO QUIMICO PARANA S.A.", 0),
                               ("F1", 40, 288, 772, "A", 0)]))
    assert rows == [["LABORATORIO", "QUIMICO", "PARANA", "S.A."], ["A"]]


def test_a_space_character_is_a_word_break_however_narrow():
    # negative word spacing squeezes the space glyph below any gap threshold:
    # the space character in the text still ends the word
    rows = _words(_canvas_pdf([("F2", 12, 40, 780, "VIVERO LAS CASUARINAS S.R.L.", -2.2)]))
    assert rows == [["VIVERO", "LAS", "CASUARINAS", "S.R.L."]]


def test_a_word_without_spaces_stays_one_word_beside_a_big_letter():
    # near miss: tight bold glyphs of one word are not split, whatever the row
    rows = _words(_canvas_pdf([("F2", 12, 40, 780, "FERRETERIA", 0), ("F1", 8, 150, 782, "Hoja 1", 0),
                               ("F1", 40, 288, 772, "B", 0)]))
    assert rows == [["FERRETERIA", "Hoja", "1"], ["B"]]


def test_bold_issuer_name_on_a_canvas_invoice_is_read_with_its_spaces():
    text = afip().replace("EJEMPLO HOGAR S.A.                     A        FACTURA\n", "")
    cells = [("F2", 12, 40, 800, "EJEMPLO HOGAR S.A.", 0), ("F1", 40, 288, 792, "A", 0),
             ("F2", 14, 340, 800, "FACTURA", 0)]
    cells += [("F1", 7, 20, 770 - 9 * k, line.replace("Razón Social: EJEMPLO HOGAR S.A.", "Razón Social:"), 0)
              for k, line in enumerate(text.splitlines()) if line.strip()]
    r = expetl.parse_receipt(_canvas_pdf(cells))
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


POS_LINE = "Punto de Venta: 00003   Comp. Nro: 00001101"


@pytest.mark.parametrize("line", [
    "Pto. Vta:00003 Comp.Nro:00001101",      # values glued to their labels' colons
    "Pto. Vta:00003   Comp. Nro:00001101",
    "Pto. Vta: 0003   Nro: 00001101",        # "Nro:" right after the point of sale's value
    "Pto. Vta:0003 Nro:00001101",
    "P.V.: 0003   N°: 00001101",
    "0003-00001101",                         # the AFIP form alone in its cell, no label
    "00003-00001101",
])
def test_point_of_sale_and_number_glued_or_bare(line):
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == (3, 1101)


@pytest.mark.parametrize("line,want", [
    # a number label not right after the point of sale: a street, an account
    ("Punto de Venta: 00003   Tel.: 4444-5555   Nro: 00001101", (3, None)),
    ("Pto. Vta:0003x Comp.Nro:00001101", (None, 1101)),     # not a value glued to its label
    ("Remito: 0001-00004521", (None, None)),                 # another label's value
    ("Remito 0001-00004521", (None, None)),                  # another document's number
    ("0003-00001101     0004-00002202", (None, None)),       # two bare numbers: neither vouched for
    ("Tel.: 0800-33344455", (None, None)),
])
def test_number_forms_that_are_not_the_invoice_number(line, want):
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == want


def test_bare_number_disagreeing_with_the_labelled_point_of_sale_is_not_taken():
    r = parse(afip().replace(POS_LINE, "Punto de Venta: 00003").replace(
        "Fecha de Emisión: 02/08/2022", "0005-00001101     Fecha de Emisión: 02/08/2022"))
    assert (r.pos, r.number) == (3, None)


def test_bare_number_is_not_a_cuit_or_a_date():
    r = parse(afip().replace(POS_LINE, "30-71234567-1   02-08-2022"))
    assert (r.pos, r.number) == (None, None)


# An HTML invoicer's Factura B: the issuer's name as the first line, the buyer
# a consumer identified by a document (no CUIT), printed as "Razón social:".
CONSUMER_B = """\
SUPERMERCADO EJEMPLO S.A.                                  FACTURA
                                        B
Domicilio: Belgrano 2157 - Tucumán                         Nro: 0011-00039314
                                      COD. 06
Condición IVA: IVA Responsable Inscripto                   Fecha: 10/03/2025
CUIT: 30712345671
Inicio de Actividades: 01/04/2019
Razón social: {buyer}                       {doc}
Domicilio: Sarmiento 1418 - Lanús                          Condición frente al IVA: Consumidor Final
Condición de venta: Contado
Código         Descripción               Cantidad     Precio      Importe
7791533455216  Leche entera 1 L              2,00   1.000,00     2.000,00

                                                        Subtotal: $ 2.000,00
                                                           Total: $ 2.000,00
CAE: 72318457237008
"""


@pytest.mark.parametrize("buyer,doc", [
    ("CONSUMIDOR FINAL", "Documento: -"),
    ("JUAN PEREZ", "Documento: 20123456"),
    ("JUAN PEREZ", "Tipo Doc.: DNI 20123456"),
    ("CONSUMIDOR FINAL", ""),          # a VAT condition is never a legal name
    ("Consumidor Final", ""),
])
def test_buyer_razon_social_of_a_consumer_is_not_the_merchant(buyer, doc):
    r = parse(CONSUMER_B.format(buyer=buyer, doc=doc))
    assert r.doc_type == "factura_b" and (r.pos, r.number) == (11, 39314)
    assert r.merchant == {"name": "SUPERMERCADO EJEMPLO S.A.", "cuit": ISSUER_CUIT}


def test_issuer_razon_social_above_a_consumer_buyer_is_the_merchant():
    # near miss: the issuer's own "Razón social:" (above its CUIT, before the
    # buyer's document label) still names the merchant, not the trade name
    text = CONSUMER_B.format(buyer="JUAN PEREZ", doc="Documento: 20123456").replace(
        "CUIT: 30712345671", "Razón social: EJEMPLO SUPERMERCADOS S.A.\nCUIT: 30712345671")
    assert parse(text).merchant == {"name": "EJEMPLO SUPERMERCADOS S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("code,want", [
    ("CODIGO N° 06", "factura_b"),
    ("Código Nº 006", "factura_b"),
    ("CODIGO Nº06", "factura_b"),
    ("Cód. Nro. 11", "factura_c"),
    ("CODIGO N° 01", "factura_a"),
])
def test_document_code_with_a_number_sign(code, want):
    text = afip().replace("COD. 01", code)
    if want != "factura_a":  # the letter box agrees with the code
        text = text.replace("EJEMPLO HOGAR S.A.                     A        FACTURA",
                            "EJEMPLO HOGAR S.A.                     " + want[-1].upper() + "        FACTURA")
    assert parse(text).doc_type == want


@pytest.mark.parametrize("code", ["Código Nº 4471", "Código N° 06-2", "Cód. Nro. cliente 06"])
def test_a_numbered_code_that_is_not_the_document_code(code):
    # a client or article code is not the AFIP code: the letter box decides
    text = afip().replace("COD. 01", code).replace(
        "EJEMPLO HOGAR S.A.                     A        FACTURA",
        "EJEMPLO HOGAR S.A.                     B        FACTURA")
    assert parse(text).doc_type == "factura_b"


def _wrapped_name_pdf(first, second, below="Domicilio: Sarmiento 4519 - Mar del Plata"):
    # an HTML invoicer's issuer cell: the name in 12 pt bold wraps; the letter
    # box of the next column sits between its two lines
    text = afip().replace("EJEMPLO HOGAR S.A.                     A        FACTURA\n", "").replace(
        "Razón Social: EJEMPLO HOGAR S.A.", "Razón Social:")
    cells = [("F2", 12, 37, 790, first, 0), ("F1", 26, 288, 774, "A", 0), ("F2", 14, 340, 790, "FACTURA", 0),
             ("F2", 12, 37, 769, second, 0), ("F1", 8, 37, 752, below, 0)]
    cells += [("F1", 7, 20, 735 - 9 * k, line, 0) for k, line in enumerate(text.splitlines()) if line.strip()]
    return _canvas_pdf(cells)


def test_issuer_name_wrapped_over_two_lines_is_joined():
    r = expetl.parse_receipt(_wrapped_name_pdf("SERVICIOS INFORMATICOS", "DELTA S.A."))
    assert r.merchant == {"name": "SERVICIOS INFORMATICOS DELTA S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("first,second,want", [
    # the second line is no end of a legal name: a trade name, an activity
    ("SERVICIOS INFORMATICOS", "SOPORTE Y REDES", "SERVICIOS INFORMATICOS"),
    # the first line is a whole legal name already
    ("EJEMPLO HOGAR S.A.", "DISTRIBUIDORA S.R.L.", "EJEMPLO HOGAR S.A."),
    # an address or a label is no part of the name
    ("SERVICIOS INFORMATICOS", "Sarmiento 4519 S.A.", "SERVICIOS INFORMATICOS"),
    ("SERVICIOS INFORMATICOS", "IVA: EXENTO S.A.", "SERVICIOS INFORMATICOS"),
])
def test_a_line_below_the_issuer_name_that_does_not_complete_it(first, second, want):
    r = expetl.parse_receipt(_wrapped_name_pdf(first, second))
    assert r.merchant["name"] == want


def test_wrapped_name_in_layout_text():
    text = MARKETPLACE.replace("TIENDA EJEMPLO SRL\n", "TIENDA EJEMPLO\nDEL OESTE SRL\n")
    assert parse(text).merchant["name"] == "TIENDA EJEMPLO DEL OESTE SRL"
    text = MARKETPLACE.replace("TIENDA EJEMPLO SRL\n", "TIENDA EJEMPLO SRL\nDEL OESTE S.A.\n")
    assert parse(text).merchant["name"] == "TIENDA EJEMPLO SRL"

# ---- round 2 header rules ----

FECHA_LINE = "Razón Social: EJEMPLO HOGAR S.A.                Fecha de Emisión: 02/08/2022"


@pytest.mark.parametrize("line", [
    "Nro. Comp.: 00003-00001101",            # "Nro. Comp." before its value
    "Nro. Comp. 0003-00001101",
    "Nro. de Comp.: 0003 - 00001101",
    "P.V. 0003 - N° 00001101",               # a dash between point of sale and number
    "Pto Vta: 00003 - Nro: 00001101",
    "Pto. Vta: 0003 – Nro: 00001101",        # an en dash
])
def test_point_of_sale_and_number_with_nro_comp_or_a_dash(line):
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == (3, 1101)


@pytest.mark.parametrize("line,want", [
    ("P.V. 0003 - Tel: 4444-5555", (3, None)),            # a phone after the dash
    ("P.V. 0003 - CUIT: 30712345671", (3, None)),         # a CUIT after the dash
    ("Pto Vta: 00003 - Remito Nro: 00001101", (3, None)),  # another document's number
    ("Nro. Comp. Remito: 0001-00004521", (None, None)),
])
def test_a_dash_or_nro_comp_before_something_else_is_not_the_number(line, want):
    r = parse(afip().replace(POS_LINE, line))
    assert (r.pos, r.number) == want


def _wrapped_comp(second, third=None):
    # a narrow cell: "Comp." ends the point of sale's line, the rest of the
    # label (and maybe the value) on the lines below, at the cell's left edge
    below = " " * 48 + "Fecha de Emisión: 02/08/2022"
    lines = "Razón Social: EJEMPLO HOGAR S.A.                " + second + "\n"
    if third is not None:
        lines += " " * 48 + third + "\n"
    return afip().replace(POS_LINE, "Punto de Venta: 00003 Comp.").replace(FECHA_LINE + "\n", lines + below + "\n")


@pytest.mark.parametrize("second,third", [
    ("Nro: 00001101", None),        # the value beside the label's second half
    ("Nro:", "00001101"),           # the value on the line below
    ("N° 0003-00001101", None),
])
def test_comp_nro_label_wrapped_in_its_cell(second, third):
    r = parse(_wrapped_comp(second, third))
    assert (r.pos, r.number) == (3, 1101)
    assert r.merchant == {"name": "EJEMPLO HOGAR S.A.", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("second,third", [
    ("Tel: 4444-5555", None),                # no number label below "Comp."
    ("CUIT: 30712345671", None),
    ("Remito: 0001-00004521", None),
    ("Nro:", None),                           # no value anywhere
])
def test_a_line_below_comp_that_is_not_its_number(second, third):
    r = parse(_wrapped_comp(second, third))
    assert r.number is None


def test_a_number_label_in_another_column_below_comp_is_not_taken():
    text = afip().replace(POS_LINE, "Punto de Venta: 00003 Comp.").replace(
        FECHA_LINE, "Nro: 00001101                                   Fecha de Emisión: 02/08/2022")
    assert parse(text).number is None


def _issuer_razon(first, second):
    # the issuer's own "Razón social:" whose value may wrap onto the next line
    return CONSUMER_B.format(buyer="JUAN PEREZ", doc="Documento: 20123456").replace(
        "CUIT: 30712345671", f"Razón social: {first}\n{second}\nCUIT: 30712345671")


@pytest.mark.parametrize("first,second,want", [
    ("EJEMPLO SUPERMERCADOS DEL", "NORTE S.A.", "EJEMPLO SUPERMERCADOS DEL NORTE S.A."),
    ("PEREZ GONZALEZ JUAN CARLOS", "ALBERTO", "PEREZ GONZALEZ JUAN CARLOS ALBERTO"),
    ("COOPERATIVA DE TRABAJO EL", "ALGARROBO LTDA", "COOPERATIVA DE TRABAJO EL ALGARROBO LTDA"),
    # an ampersand has no case: it does not stop a legal name going on
    ("ESTUDIO JURIDICO", "FERREYRA & ASOCIADOS S.R.L.", "ESTUDIO JURIDICO FERREYRA & ASOCIADOS S.R.L."),
    ("ESTUDIO JURIDICO FERREYRA", "& ASOCIADOS S.R.L.", "ESTUDIO JURIDICO FERREYRA & ASOCIADOS S.R.L."),
])
def test_issuer_razon_social_value_wrapped_onto_the_next_line(first, second, want):
    r = parse(_issuer_razon(first, second))
    assert r.merchant == {"name": want, "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("first,second", [
    ("PEREZ GONZALEZ JUAN CARLOS", "AV CORRIENTES 1234"),       # an address line
    ("PEREZ GONZALEZ JUAN CARLOS", "SAN MARTIN Y BELGRANO 50"),
    ("PEREZ GONZALEZ JUAN CARLOS", "Domicilio: Belgrano 2157"),  # a label
    ("PEREZ GONZALEZ JUAN CARLOS", "Sucursal Centro"),           # another case: a line of its own
    ("PEREZ GONZALEZ JUAN CARLOS", "CONSUMIDOR FINAL"),          # a VAT condition
    ("PEREZ GONZALEZ JUAN CARLOS", "TEL 4444-5555"),             # a phone
    ("PEREZ GONZALEZ JUAN CARLOS", "\nALBERTO"),                 # not the next line
    ("EJEMPLO SUPERMERCADOS S.A.", "DEL NORTE"),                 # the name is whole already
    ("JUAN PEREZ", "GOMEZ"),                                     # it would have fitted: not wrapped
    ("ESTUDIO JURIDICO", "SAN MARTIN & BELGRANO"),               # no company type, and it would have fitted
    ("ESTUDIO JURIDICO", "FERREYRA &"),                          # a line ending with "&" is no name's
])
def test_a_line_below_the_razon_social_value_that_does_not_continue_it(first, second):
    r = parse(_issuer_razon(first, second))
    assert r.merchant == {"name": first, "cuit": ISSUER_CUIT}


def test_buyer_name_below_the_issuer_razon_social_is_not_part_of_it():
    text = CONSUMER_B.format(buyer="JUAN PEREZ", doc="Documento: 20123456").replace(
        "CUIT: 30712345671\nInicio de Actividades: 01/04/2019\n",
        "CUIT: 30712345671\nInicio de Actividades: 01/04/2019\nRazón social: PEREZ GONZALEZ JUAN CARLOS\n")
    text = text.replace("Razón social: JUAN PEREZ", "Cliente:\nMARTINEZ LUCIA")
    # the issuer's value is the last line of its block: the buyer's name below is never joined
    r = parse(text)
    assert r.merchant == {"name": "PEREZ GONZALEZ JUAN CARLOS", "cuit": ISSUER_CUIT}


def _letter_box_pdf(name, x, letter="A", size=26):
    # a canvas invoice: the big letter box drawn right after the issuer's
    # name, on its baseline, close enough to fall into the name's cell
    text = afip().replace("EJEMPLO HOGAR S.A.                     A        FACTURA\n", "").replace(
        "Razón Social: EJEMPLO HOGAR S.A.", "Razón Social:")
    cells = [("F2", 12, 37, 790, name, 0), ("F1", size, x, 787, letter, 0), ("F2", 14, 340, 790, "FACTURA", 0)]
    cells += [("F1", 7, 20, 735 - 9 * k, line, 0) for k, line in enumerate(text.splitlines()) if line.strip()]
    return _canvas_pdf(cells)


@pytest.mark.parametrize("x,size,one_cell", [(210, 18, True), (215, 18, False), (210, 26, False)])
def test_the_letter_box_read_into_the_issuer_name_is_not_part_of_it(x, size, one_cell):
    # close to the name a letter in nearly its type falls into its cell (the
    # header rule drops it); a little further, or in type twice as large,
    # the row builder already gives it a cell of its own
    pdf = _letter_box_pdf("FERNANDEZ MARIA LAURA", x, size=size)
    assert (expetl._native.pdf_rows(pdf)[0][0] == "FERNANDEZ MARIA LAURA A") == one_cell
    r = expetl.parse_receipt(pdf)
    assert r.doc_type == "factura_a" and r.merchant == {"name": "FERNANDEZ MARIA LAURA", "cuit": ISSUER_CUIT}


@pytest.mark.parametrize("name", ["PEREZ JUAN A", "GOMEZ HNOS E"])
def test_an_initial_that_ends_the_issuer_name_is_kept(name):
    # near miss: a lone letter at the name's own word gap is part of the name
    r = expetl.parse_receipt(_letter_box_pdf(name, 260))
    assert r.merchant == {"name": name, "cuit": ISSUER_CUIT}



# ---- round 2 rows, tables, totals, copies ----

def test_r2_tall_letter_drawn_across_small_text_is_a_row_of_its_own():
    # the letter box drawn over the issuer's "CUIT:" line: its glyph does not
    # interleave with the small text ("CBUIT:")
    rows = _words(_canvas_pdf([("F1", 8, 40, 770, "CUIT:", 0), ("F1", 30, 42, 762, "B", 0),
                               ("F2", 16, 400, 766, "FACTURA", 0)]))
    assert ["CUIT:"] in rows
    assert not any("CBUIT:" in r or "CUBIT:" in r for r in rows)
    assert any("B" in r for r in rows)


def test_r2_a_big_amount_beside_its_label_stays_on_the_row():
    # near miss: tall digits side by side with a small label are one row
    rows = _words(_canvas_pdf([("F1", 8, 300, 700, "TOTAL", 0), ("F2", 13, 340, 700, "1.234,56", 0)]))
    assert rows == [["TOTAL", "1.234,56"]]


def _letter_apart_pdf(letter, size):
    # the letter box in the middle, "FACTURA" at the right on another line,
    # no "COD." mark: the tall letter alone is the document's letter
    text = afip().replace("EJEMPLO HOGAR S.A.                     A        FACTURA\n", "").replace(
        "                                    COD. 01\n", "")
    cells = [("F2", 12, 37, 790, "EJEMPLO HOGAR S.A.", 0), ("F2", 14, 340, 800, "FACTURA", 0),
             ("F1", size, 288, 770, letter, 0)]
    cells += [("F1", 7, 20, 740 - 9 * k, line, 0) for k, line in enumerate(text.splitlines()) if line.strip()]
    return _canvas_pdf(cells)


@pytest.mark.parametrize("letter,doc", [("A", "factura_a"), ("B", "factura_b"), ("C", "factura_c")])
def test_r2_a_tall_letter_apart_from_factura_is_the_letter_box(letter, doc):
    assert expetl.parse_receipt(_letter_apart_pdf(letter, 28)).doc_type == doc


def test_r2_a_small_lone_letter_is_no_letter_box():
    # near miss: a one-letter line of body size names no document type
    with pytest.raises(expetl.UnsupportedLayout):
        expetl.parse_receipt(_letter_apart_pdf("B", 7))


ROLL = """\
Panadería Ejemplo
Razón Social: EJEMPLO HOGAR S.A.
CUIT: 30-71234567-1
IVA Responsable Inscripto
----------------------------------------
FACTURA B   (Cod. 006)
P.V. 0012   Nro. 00088662
Fecha 04-03-24
----------------------------------------
A CONSUMIDOR FINAL
----------------------------------------
Cant./Precio Unit.   (IVA%)   IMPORTE
0,827 kg x 3.049,43
QUESO CREMOSO   (21,00)   2.521,88
4,00 unidades x 693,03
7790070410139 BUDIN
DE LIMON   (21,00)   2.772,12
----------------------------------------
SUBTOTAL   5.294,00
TOTAL $   5.294,00
----------------------------------------
CAE: 71418071401248
"""


def test_r2_quantity_line_above_the_description_and_amount():
    r = parse(ROLL)
    assert r.doc_type == "factura_b"
    assert [(i["description"], str(i["quantity"]), i["unit"], str(i["unit_price"]), str(i["amount"]))
            for i in r.items] == [("QUESO CREMOSO", "0.827", "kg", "3049.43", "2521.88"),
                                  ("BUDIN DE LIMON", "4.00", "un", "693.03", "2772.12")]
    assert r.items[1]["ean"] == "7790070410139"
    assert [str(i["vat_rate"]) for i in r.items] == ["21.00", "21.00"]
    assert r.total == Decimal("5294.00") and r.warnings == []


def test_r2_quantity_line_whose_product_is_not_the_amount_is_no_item():
    # near miss: 4 x 693,03 is not 2.000,00: the rows are not an item
    text = ROLL.replace("DE LIMON   (21,00)   2.772,12", "DE LIMON   (21,00)   2.000,00")
    r = parse(text)
    assert [i["description"] for i in r.items] == ["QUESO CREMOSO"]
    assert "totals_mismatch" in r.warnings


SAAS_B = """\
Almacén Ejemplo                                                FACTURA B
Razón Social: EJEMPLO HOGAR S.A.                                 Cód. 06
CUIT 30-71234567-1                              Nro. Comp. 00005-00012345
                                                       Fecha: 06.10.2024
Cliente: ACOSTA MARTIN
DNI: 30815398

        {header}
7790070410139  LAMPARA LED 9W               1,00    8.838,40     8.838,40
7790070410139  MATE DE CALABAZA             2,00    2.405,58     4.811,16

                                       Subtotal:  $ 13.649,56
                                          TOTAL:  $ 13.649,56
CAE: 76077834290109
"""


def test_r2_price_and_total_in_two_cells_are_two_columns():
    r = parse(SAAS_B.format(header="EAN     Descripción                  Cant.    Precio       Total"))
    assert [(str(i["unit_price"]), str(i["amount"])) for i in r.items] == [("8838.40", "8838.40"), ("2405.58", "4811.16")]
    assert r.warnings == []


def test_a_pdf_librarys_notice_across_the_table_is_no_line_of_it():
    # a spreadsheet library in evaluation mode prints its notice across the
    # page, between two items: the code under it stays the item's
    text = SAAS_B.format(header="EAN     Descripción                  Cant.    Precio       Total").replace(
        "7790070410139  MATE", "Evaluation Warning : The document was created with Spire.XLS for Python\n"
        "7790070410139  MATE")
    r = parse(text)
    assert [(i["ean"], i["description"]) for i in r.items] == [("7790070410139", "LAMPARA LED 9W"),
                                                               ("7790070410139", "MATE DE CALABAZA")]
    assert r.warnings == []


@pytest.mark.parametrize("cut", ["eated with Evaluation versi", "an evaluation copy of a PDF libr"])
def test_a_notice_cut_at_the_pages_edges_is_no_line_of_the_table(cut):
    # the notice set across the page runs past both edges: what is left
    # ("eated with Evaluation versi") under an item is no line of its
    # description
    text = SAAS_B.format(header="EAN     Descripción                  Cant.    Precio       Total").replace(
        "7790070410139  MATE", "                   " + cut + "\n7790070410139  MATE").replace(
        "4.811,16\n", "4.811,16\n                   " + cut + "\n")
    r = parse(text)
    assert [i["description"] for i in r.items] == ["LAMPARA LED 9W", "MATE DE CALABAZA"]


def test_evaluation_in_a_products_name_stays_in_it():
    # near miss: "Evaluation" followed by anything but version, copy, mode,
    # edition is a word of the description
    text = SAAS_B.format(header="EAN     Descripción                  Cant.    Precio       Total").replace(
        "MATE DE CALABAZA          ", "EVALUATION KIT SENSOR     ")
    assert [i["description"] for i in parse(text).items] == ["LAMPARA LED 9W", "EVALUATION KIT SENSOR"]


# A program that prints its grid's column header first (a task or report
# sheet exported to PDF) sets the document's header block under it, then
# the item lines.
GRID_FIRST = """\
 Código   Descripción                             Cant.      P. Unitario    IVA           Neto

          ELECTRICIDAD DEL OESTE
          Razón Social: OESTE ELECTRICIDAD S.R.L.
          Av. Rivadavia 5120 - Caseros
          CUIT: 30-71234567-1
          IVA Responsable Inscripto
{title}
          Fecha de Emisión: 20/03/2026

          Cliente: CONSORCIO EDIFICIO ALVEAR
          CUIT: 30700000016
          Condición IVA: IVA Responsable Inscripto

 473868   INTERRUPTOR TERMOMAGNETICO 2X20A                1        13.632,00      21%       13.632,00
 940365   CAJA ESTANCA IP65 8 MODULOS                     8         1.000,00      21%        8.000,00

          Subtotal:                                                                         21.632,00
          IVA 21%:                                                                           4.542,72
          TOTAL:                                                                            26.174,72

          CAE N°: 74449831647691
"""


def test_the_header_block_under_a_grids_column_header_is_the_documents_header():
    title = "          FACTURA A - COD. 01\n          Punto de Venta: 00019 Comp. Nro: 00082321"
    r = parse(GRID_FIRST.format(title=title))
    assert r.doc_type == "factura_a"
    assert r.merchant == {"name": "OESTE ELECTRICIDAD S.R.L.", "cuit": ISSUER_CUIT}
    assert (r.pos, r.number, r.issued_at) == (19, 82321, "2026-03-20")
    assert [(i["description"], i["amount"]) for i in r.items] == [
        ("INTERRUPTOR TERMOMAGNETICO 2X20A", Decimal("13632.00")), ("CAJA ESTANCA IP65 8 MODULOS", Decimal("8000.00"))]
    assert r.total == Decimal("26174.72") and r.warnings == []


def test_lines_under_a_column_header_without_the_title_are_not_taken_for_the_header():
    # near miss: without the title ("FACTURA") among them the lines under
    # the column header are the table's, and the document is not read as
    # an invoice with that header
    with pytest.raises(expetl.ReceiptError):
        parse(GRID_FIRST.format(title="          Punto de Venta: 00019 Comp. Nro: 00082321"))


def test_r2_precio_total_in_one_cell_is_the_amount_column():
    # near miss: "Precio Total" in one cell is one label, the line amount
    r = parse(SAAS_B.format(header="EAN     Descripción                  Cant.  P. Unit.   Precio Total"))
    assert [(str(i["unit_price"]), str(i["amount"])) for i in r.items] == [("8838.40", "8838.40"), ("2405.58", "4811.16")]


BONIF_TABLE = """\
Código  Producto / Servicio   Cantidad  U. medida  Precio Unit.  % Bonif  Imp. Bonif.  Subtotal
D1276   PINTURA LATEX             2,00  unidades      1000,00    10,00       200,00   1800,00
        INTERIOR BLANCO
G2192   TALADRO                   1,00  unidades       500,00     0,00         0,00    500,00
        PERCUTOR 13MM
        750W
P4477   LAMPARA LED 9W            3,00  unidades       100,00     0,00         0,00    300,00"""

BONIF_TOTALS = """\
                                                               Subtotal: $   2600,00
                                                          Importe Total: $   2600,00"""


def test_r2_a_description_line_that_starts_like_a_perception_label_stays_in_the_table():
    # "PERCUTOR" is no "Perc." label: the table goes on past it
    text = afip(table=BONIF_TABLE, totals=BONIF_TOTALS).replace("COD. 01", "COD. 06").replace(
        "  A        FACTURA", "  B        FACTURA")
    r = parse(text)
    assert [i["description"] for i in r.items] == [
        "PINTURA LATEX INTERIOR BLANCO", "TALADRO PERCUTOR 13MM 750W", "LAMPARA LED 9W"]
    assert [str(i["amount"]) for i in r.items] == ["1800.00", "500.00", "300.00"]
    assert r.discounts == [] and r.warnings == []


@pytest.mark.parametrize("label", ["Perc. IIBB CABA:", "Percep. IIBB:", "Perc.IIBB:"])
def test_r2_perception_abbreviations_are_still_taxes(label):
    # near miss: the abbreviations of Percepción remain tax labels
    totals = BONIF_TOTALS.replace(
        "                                                          Importe Total: $   2600,00",
        f"                                                {label} $     26,00\n"
        "                                                          Importe Total: $   2626,00")
    text = afip(table=BONIF_TABLE, totals=totals).replace("COD. 01", "COD. 06").replace(
        "  A        FACTURA", "  B        FACTURA")
    r = parse(text)
    assert [str(t["amount"]) for t in r.taxes] == ["26.00"]
    assert r.warnings == []


@pytest.mark.parametrize("line,desc", [
    ("Promo 15% off:", "Promo 15% off"),
    ("Promoción verano:", "Promoción verano"),
    ("Rebaja:", "Rebaja"),
])
def test_r2_promotion_line_in_the_totals_block_is_a_discount(line, desc):
    totals = ("                                        Importe Neto Gravado: $   2500,00\n"
              "                                                     IVA 21%: $    420,00\n"
              "                                                     IVA 10.5%: $   52,50\n"
              f"                                        {line} $   -297,25\n"
              "                                               Importe Total: $   2675,25")
    r = parse(afip(totals=totals))
    assert [(d["description"], str(d["amount"])) for d in r.discounts] == [(desc, "-297.25")]
    assert str(r.discount_total) == "297.25"
    assert r.total == Decimal("2675.25") and r.warnings == []


def test_r2_text_with_a_colon_after_a_rate_in_another_cell_is_a_new_label():
    # near miss: "Bonificación 5%" then, a cell away, "Embalaje:" is a label
    # of its own (unknown), not the end of the discount's label: no discount
    totals = AFIP_TOTALS.replace(
        "                                                      Importe Otros Tributos: $      0,00",
        "                                 Bonificación 5%   Embalaje: $    100,00\n"
        "                                                      Importe Otros Tributos: $      0,00")
    r = parse(afip(totals=totals))
    assert r.discounts == []
    assert r.total == Decimal("2972.50") and r.warnings == []


@pytest.mark.parametrize("mark", ["({})", "[{}]", "- {} -", "*{}*"])
def test_r2_copy_marker_in_brackets_beside_factura_is_read_once(mark):
    page = afip().replace("                                     ORIGINAL\n", "").replace(
        "A        FACTURA", "A        FACTURA " + mark.format("ORIGINAL"))
    text = "\f".join(page.replace("ORIGINAL", copy) for copy in ["ORIGINAL", "DUPLICADO"])
    r = parse(text)
    assert len(r.items) == 2 and len(r.vat) == 2 and r.warnings == []


def test_r2_bracketed_copy_pages_that_differ_are_both_read():
    # near miss: two pages marked (ORIGINAL) that are not the same page (a
    # table continued) are both read: only the marker is ignored
    page1, page2 = _continued_pages()
    pages = [p.replace("                                     ORIGINAL\n", "").replace(
        "A        FACTURA", "A        FACTURA (ORIGINAL)") for p in (page1, page2)]
    r = parse("\f".join(pages))
    assert [i["description"] for i in r.items] == [
        "Yerba mate 1kg", "Aceite girasol 1,5L en botella", "Azúcar 1kg", "Harina 000 1kg"]
    assert r.total == Decimal("5945.00") and r.warnings == []


ART_TABLE = """\
Art.    {desc}                 Cant.   P. Unit.    Importe
C6652   Yerba mate 1kg            2,00    1210,00    2420,00
B4796   Aceite girasol 1,5L       1,00     552,50     552,50"""

ART_TOTALS = """\
                                                               Importe Total: $   2972,50"""


def test_r2_art_column_beside_a_description_is_a_code():
    text = afip(table=ART_TABLE.format(desc="Descripción"), totals=ART_TOTALS).replace(
        "COD. 01", "COD. 06").replace("  A        FACTURA", "  B        FACTURA")
    r = parse(text)
    assert [i["description"] for i in r.items] == ["Yerba mate 1kg", "Aceite girasol 1,5L"]
    assert [i["ean"] for i in r.items] == [None, None] and r.warnings == []


def test_r2_art_column_alone_is_the_description():
    # near miss: with no other description column, "Art." names the text
    table = ("Art.                      Cant.   P. Unit.    Importe\n"
             "Yerba mate 1kg             2,00    1210,00    2420,00\n"
             "Aceite girasol 1,5L        1,00     552,50     552,50")
    text = afip(table=table, totals=ART_TOTALS).replace(
        "COD. 01", "COD. 06").replace("  A        FACTURA", "  B        FACTURA")
    r = parse(text)
    assert [i["description"] for i in r.items] == ["Yerba mate 1kg", "Aceite girasol 1,5L"]


def test_r2_tender_line_after_the_total_is_a_payment():
    totals = AFIP_TOTALS + "\n                                                     EFECTIVO    $   3000,00" \
                           "\n                                                    SU VUELTO    $     27,50"
    r = parse(afip(totals=totals))
    assert [(p["method"], str(p["amount"])) for p in r.payments] == [("EFECTIVO", "3000.00")]
    assert r.total == Decimal("2972.50") and r.warnings == []


def test_r2_tender_word_before_the_total_or_in_the_table_is_no_payment():
    # near miss: a tender word above the total, or starting a description
    table = AFIP_TABLE.replace("Aceite girasol 1,5L ", "TARJETA SD 32GB     ")
    totals = AFIP_TOTALS.replace("                                                               Importe Total",
                                 "                                                 Efectivo: $   2972,50\n"
                                 "                                                               Importe Total")
    r = parse(afip(table=table, totals=totals))
    assert r.payments == []
    assert [i["description"] for i in r.items] == ["Yerba mate 1kg", "TARJETA SD 32GB en botella"]
    assert r.warnings == []


def test_r2_two_strings_drawn_over_each_other_do_not_interleave():
    # a long name runs under the code printed beside the letter box: each
    # string stays whole ("ANONIMA", "COD."), not "ANONIMCAOD."
    rows = _words(_canvas_pdf([("F1", 10, 40, 700, "Razón Social: EJEMPLO SOCIEDAD ANONIMA", 0),
                               ("F1", 8, 225, 700.5, "COD. 06", 0)]))
    assert len(rows) == 1 and "ANONIMA" in rows[0] and "COD." in rows[0], rows
    assert rows[0].index("COD.") > rows[0].index("ANONIMA")


def test_r2_strings_side_by_side_keep_their_x_order():
    # near miss: two strings that touch without overlapping read left to right
    rows = _words(_canvas_pdf([("F1", 10, 40, 700, "TOTAL", 0), ("F1", 10, 76, 700, "1.234,56", 0),
                               ("F1", 10, 40, 680, "Yerba", 0), ("F1", 10, 70, 680, "mate", 0)]))
    assert rows == [["TOTAL", "1.234,56"], ["Yerba", "mate"]]


def _code_173_pdf(unicode, desc):
    """A canvas Factura B in Helvetica whose code 0xAD (cp1252 "\xad" in the
    lines) the font's ToUnicode map names as the code point unicode (hex)."""
    from expetl.sample import pdf_of
    lines = [(40, 800, "FERRETERIA EJEMPLO S.R.L."), (300, 800, "B"), (360, 800, "FACTURA"),
             (290, 788, "COD. 06"), (360, 788, "Nro. 0003\xad00015999"), (360, 776, "Fecha: 12\xad05\xad26"),
             (360, 764, "CUIT: 30\xad71234567\xad1"), (40, 740, "Cliente: Consumidor Final"),
             (40, 700, "Descripción"), (300, 700, "Cantidad"), (380, 700, "Precio"), (470, 700, "Importe"),
             (40, 688, desc), (320, 688, "2"), (380, 688, "1.000,00"), (470, 688, "2.000,00"),
             (400, 650, "TOTAL:"), (470, 650, "2.000,00")]
    esc = lambda t: t.replace("(", "\\(").replace(")", "\\)")  # noqa: E731
    ops = "".join(f"BT /F1 8 Tf {x} {y} Td ({esc(t)}) Tj ET\n" for x, y, t in lines).encode("cp1252")
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <AD> <" + unicode.encode()
            + b"> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"])


@pytest.mark.parametrize("unicode", ["00AD", "2212"])
def test_a_soft_hyphen_or_minus_sign_drawn_on_the_page_is_a_hyphen(unicode):
    """Scribus prints '-' with the font's code 0xAD, which text extraction
    gives as U+00AD (the soft hyphen); Java's and R's printing give U+2212
    (the minus sign): on the page it is a hyphen, in CUITs, numbers and
    dates as much as in words."""
    r = expetl.parse_receipt(_code_173_pdf(unicode, "Tornillo T\xad2 x 100"))
    assert (r.merchant["cuit"], r.pos, r.number, r.issued_at) == ("30712345671", 3, 15999, "2026-05-12")
    assert [i["description"] for i in r.items] == ["Tornillo T-2 x 100"]
    assert r.warnings == []


@pytest.mark.parametrize("unicode,shown", [("FB02", "fl"), ("FB01", "fi"), ("FB03", "ffi")])
def test_a_ligature_is_read_as_its_letters(unicode, shown):
    # rinohtype sets "fl" as one glyph, extracted as U+FB02: the page shows
    # the letters, and a description is searched and categorised by them
    r = expetl.parse_receipt(_code_173_pdf(unicode, "Instalacion y \xadete"))
    assert [i["description"] for i in r.items] == [f"Instalacion y {shown}ete"]


@pytest.mark.parametrize("big", [20.0, 16.0])
def test_touching_type_of_another_size_is_another_word_and_cell(big):
    """A letter box's big "C" set right where a name's "SAN" ends (no gap):
    type nearly twice as large is another element, never the same word."""
    # Helvetica: INSTITUTO 5.278, a space 0.278, SAN 2.056 times the size
    # its middle on the name's line (a box spanning two lines of the name)
    x, y = 100 + 8 * (5.278 + 0.278 + 2.056), 700 + 0.255 * (8 - big)
    cells = [("F1", 8, 100, 700, "INSTITUTO SAN", 0), ("F2", big, x, y, "C", 0)]
    rows = expetl._native.pdf_rows(_canvas_pdf(cells))
    assert rows == [["INSTITUTO SAN", "C"]]


def test_cents_printed_small_stay_in_their_number():
    # near miss: "210.000" then ",50" in type half its size is one amount
    # (Helvetica digits 0.556 and a point 0.278 of the size wide)
    cells = [("F1", 10, 40, 700, "Tratamiento", 0), ("F1", 10, 100, 700, "210.000", 0),
             ("F1", 5, 100 + 10 * 3.614, 700, ",50", 0)]
    assert _words(_canvas_pdf(cells)) == [["Tratamiento", "210.000,50"]]


def test_a_superscript_touching_its_text_stays_in_the_word():
    # near miss: a superscript is about two thirds of its text's size
    cells = [("F1", 8, 100, 700, "Ceramica 30x30 m", 0), ("F1", 5.5, 167.128, 700.5, "2", 0)]
    assert _words(_canvas_pdf(cells)) == [["Ceramica", "30x30", "m2"]]


# ---- round 27: a watermark drawn diagonally across the page ----
# An evaluation copy's or a void stamp's watermark ("ANULADO", "SDK Demo")
# set at an angle across the table: poppler gives each of its letters a
# large box of its own, on no baseline with its neighbours; four or more of
# them on one slanted line are no text of the rows.

def _watermarked(rows, mark, x=150.0, y=640.0, angle=35.0, size=34):
    import math

    from expetl.sample import pdf_of

    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    content = "".join(f"BT /F1 8 Tf {cx:.2f} {cy:.2f} Td ({t}) Tj ET\n" for cx, cy, t in _page(rows))
    if mark:
        content += f"BT /F1 {size} Tf {c:.4f} {s:.4f} {-s:.4f} {c:.4f} {x:.2f} {y:.2f} Tm ({mark}) Tj ET\n"
    data = content.encode("cp1252")
    return expetl.parse_receipt(pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"]))


WM_TABLE = [GLUED_HEAD,
            [(-104, "2,00"), (109, "Cuaderno universitario rayado"), (-463, "3.450,00"), (-553, "6.900,00")],
            [(-104, "1,00"), (109, "Resma A4 75 g"), (-463, "7.890,00"), (-553, "7.890,00")],
            [(-104, "3,00"), (109, "Lapicera azul trazo fino"), (-463, "520,00"), (-553, "1.560,00")],
            [(-104, "1,00"), (109, "Carpeta oficio con elastico"), (-463, "2.150,00"), (-553, "2.150,00")]]


@pytest.mark.parametrize("mark,angle", [("ANULADO", 35.0), ("SDK Demo", 50.0), ("COPIA NO VALIDA", 20.0)])
def test_a_diagonal_watermark_across_the_table_is_no_text_of_it(mark, angle):
    rows = PRIV_HEAD + WM_TABLE + [[]] + _totals("18.500,00")
    clean = _watermarked(rows, None)
    r = _watermarked(rows, mark, angle=angle)
    assert _items(r) == _items(clean) and len(r.items) == 4
    assert (r.total, r.warnings) == (Decimal("18500"), [])


@pytest.mark.parametrize("title,code,why", [
    ("NOTA DE CREDITO", "COD. 03", "credit or debit note"),   # its title, whatever else is read
    ("FACTURA", "COD. 03", "does not take"),                   # a code that names no invoice
    ("NOTA DE DÉBITO", "", "credit or debit note"),
])
def test_an_afip_credit_note_is_refused_saying_what_it_is(title, code, why):
    # was refused as "not a receipt of a known layout": the user could not tell why
    text = afip().replace("A        FACTURA", f"A        {title}").replace("COD. 01", code)
    with pytest.raises(expetl.UnsupportedLayout, match=why):
        parse(text)


@pytest.mark.parametrize("line,want", [
    ("USD      Importe Total:   2972,50", "USD"), ("U$S Importe Total:   2972,50", "USD"),
    # near misses: the code went with a value before the label; a note's code
    ("USD 1.050,00      Importe Total:   2972,50", "ARS"), ("Cotización USD      Importe Total:   2972,50", "ARS"),
])
def test_a_code_alone_before_the_totals_label_is_the_totals(line, want):
    # the code printed left of the total's label was dropped: read as pesos
    totals = AFIP_TOTALS.replace("Importe Total: $   2972,50", line)
    r = parse(afip(totals=totals))
    assert (r.currency, r.total) == (want, Decimal("2972.50"))


# ---- held-out round of 2026-12-02: totals and item tables ------------------

PRIV_A = """\
TALLER DEL OESTE S.R.L.                     A        FACTURA
                                            Cod. 01  N° 0009-00000412   Fecha: 14/03/2024
CUIT: 30-71555444-1      Ingresos Brutos: 901-223344-5
Cliente: COMPRADORA S.R.L.      CUIT: 30700000016

{table}

{totals}
CAE N°: 72318457237008      Fecha de Vto. de CAE: 24/03/2024
"""
PRIV_NET_TOTALS = """\
                                            Subtotal Neto: $     1.000,00
                                                  IVA 21%: $       210,00
                                                    TOTAL: $     1.210,00"""


@pytest.mark.parametrize("head,row,want", [
    # the VAT-inclusive line amount left of the net one was passed over
    # for the rightmost (the contract: the VAT-inclusive one, as printed)
    ("Descripción           Cant.   P. Unit.      Total       Neto",
     "Bomba 1 HP                1   1.000,00   1.210,00   1.000,00", ("1210.00", "1000.00", True)),
    ("Descripción           Cant.   P. Unit.   Importe c/IVA   Importe Neto",
     "Bomba 1 HP                1   1.000,00        1.210,00       1.000,00", ("1210.00", "1000.00", True)),
    # a net and a VAT-inclusive unit price: the unit price is the net one
    ("Descripción           Cant.  P.U. s/IVA  P.U. c/IVA    Importe",
     "Bomba 1 HP                2      500,00      605,00   1.000,00", ("1000.00", "500.00", False)),
    # near miss: one price, one net amount
    ("Descripción           Cant.   P. Unit.     Neto", "Bomba 1 HP                1   1.000,00   1.000,00",
     ("1000.00", "1000.00", False)),
])
def test_the_line_amount_and_unit_price_among_net_and_vat_inclusive_columns(head, row, want):
    r = parse(PRIV_A.format(table=head + "\n" + row, totals=PRIV_NET_TOTALS))
    it = r.items[0]
    assert (str(it["amount"]), str(it["unit_price"]), r.prices_include_vat, r.total, r.warnings) == (
        want[0], want[1], want[2], Decimal("1210.00"), [])


@pytest.mark.parametrize("rate", ["3%", "1,5%", "19%"])
def test_a_vat_line_at_a_rate_vat_never_has_is_another_tax(rate):
    # "IVA RG 2408 3%": a perception of VAT, filed as VAT at 3 %
    totals = PRIV_NET_TOTALS.replace("TOTAL: $     1.210,00", f"IVA RG 2408 {rate}: $        30,00\n"
                                                         "                                                    TOTAL: $     1.240,00")
    r = parse(PRIV_A.format(table="Descripción           Cant.   P. Unit.     Neto\n"
                                  "Bomba 1 HP                1   1.000,00   1.000,00", totals=totals))
    assert [v["amount"] for v in r.vat] == [Decimal("210.00")]
    assert [t["amount"] for t in r.taxes] == [Decimal("30.00")] and r.total == Decimal("1240.00")
    # near misses: Argentina's rates stay VAT
    for ok in ("10,5%", "27%", "2,5%"):
        t = PRIV_NET_TOTALS.replace("IVA 21%", f"IVA {ok}")
        assert parse(PRIV_A.format(table="Descripción           Cant.   P. Unit.     Neto\n"
                                         "Bomba 1 HP                1   1.000,00   1.000,00", totals=t)).vat[0]["amount"] == \
            Decimal("210.00"), ok


def test_a_total_printed_to_the_thousandth_with_no_cents_anywhere_is_refused():
    # "$ 225,000" US style without cents was read as 225.000: every amount
    # a thousandth of the printed one, adding up, no warning
    table = ("Descripción                                Cant.      P. Unit.        Importe\n"
             "Diseño de logotipo                             1     $ 150,000      $ 150,000\n"
             "Hora de consultoría                            6      $ 12,500       $ 75,000")
    totals = "                                                   Subtotal:        $ 225,000\n" \
             "                                                      Total:        $ 225,000"
    text = PRIV_A.format(table=table, totals=totals).replace("A        FACTURA", "C        FACTURA").replace(
        "Cod. 01", "Cod. 11")
    with pytest.raises(expetl.UnsupportedLayout, match="three figures after a comma"):
        parse(text)
    # near miss: cents printed elsewhere say the comma is the decimal mark
    r = parse(text.replace("$ 12,500       $ 75,000", "$ 12,50        $ 75,000").replace("6      $", "6000   $"))
    assert r.total == Decimal("225.000")


def test_an_invoice_whose_foot_says_its_copy_is_no_invoice_is_still_one():
    # near miss of "no valido como factura" (a ticket's disclaimer, no
    # title): beside the document's own title it takes nothing away
    r = parse(afip() + "La reimpresion de este comprobante no es valida como factura\n")
    assert (r.doc_type, r.number, r.total, r.warnings) == ("factura_a", 1101, Decimal("2972.50"), [])
