"""Layout rules beyond the fixtures, on synthetic layout text (the parser runs
on receipts it has never seen; these are the families the issue lists)."""
from decimal import Decimal

import pytest

import expetl

HEADER = """\
                 SUPERMERCADO EJEMPLO S.A.
              {cuit_label} 30-68731043-4
              IVA RESPONSABLE INSCRIPTO
----------------------------------------------
{pv_line}
{date_line}
Caja 010 Cajero 9404
----------------------------------------------
"""


def ticket(body, cuit_label="CUIT Nro.:", pv_line="P.V. Nro.: 0412   Nro T. 00087234",
           date_line="Fecha 14/03/25   Hora 18:35"):
    return HEADER.format(cuit_label=cuit_label, pv_line=pv_line, date_line=date_line) + body


BASIC = """\
Almacen
ARROZ GALLO ORO 1KG
1 x 1.599,00 (21,00)                   1.599,00
----------------------------------------------
SUBTOTAL                               1.599,00
TOTAL                                $ 1.599,00
EFECTIVO                               1.599,00
"""


@pytest.mark.parametrize("cuit_label", ["CUIT Nro.:", "C.U.I.T.:", "cuit:", "C.U.I.T. Nro:", "CUIT N°"])
def test_cuit_label_variants(cuit_label):
    r = expetl.parse_receipt_text(ticket(BASIC, cuit_label=cuit_label))
    assert r.merchant == {"name": "SUPERMERCADO EJEMPLO S.A.", "cuit": "30687310434"}
    assert r.warnings == []


@pytest.mark.parametrize("pv_line,pos,number", [
    ("P.V. Nro.: 0412   Nro T. 00087234", 412, 87234),
    ("Nro. Ticket: 00012345   P.V.: 0005", 5, 12345),
    ("P.V.: 0007   N° T. 00000099", 7, 99),
    ("PUNTO DE VENTA: 0003   TICKET NRO: 00001101", 3, 1101),
    ("p.v. nro.: 0412   nro t. 00087234", 412, 87234),
    # "Tique" (AFIP's spelling) labels the number; the point of sale and the
    # number in one word (both were null: a re-sent ticket could not be told
    # a duplicate)
    ("PV: 0512 TIQUE Nro: 00098765", 512, 98765),
    ("P.V.: 0007\nTique Nro.: 00012890", 7, 12890),
    ("Nro. T. 0003-00001234", 3, 1234),
    ("TIQUE Nro. 00005-00000042", 5, 42),
    ("TIQUE Nro. 0003 - 00001234", 3, 1234),
    ("TICKET 0003   00001234", 3, 1234),
    # a bare number label: with both ("Nro. 0005-00001234"), or after the
    # point of sale's own label (both numbers were null)
    ("Nro. 00012-00004567", 12, 4567),
    ("Numero: 0002-00000311", 2, 311),
    ("P.V. Nro.: 0011             Nro.: 00000452", 11, 452),
    ("Punto de Venta: 0009   Numero: 00023001", 9, 23001),
])
def test_pos_and_number_variants(pv_line, pos, number):
    r = expetl.parse_receipt_text(ticket(BASIC, pv_line=pv_line))
    assert (r.pos, r.number) == (pos, number)


@pytest.mark.parametrize("date_line,iso", [
    ("Fecha 14/03/25   Hora 18:35", "2025-03-14T18:35:00"),
    ("Fecha: 14-03-2025   Hora: 18:35:42", "2025-03-14T18:35:42"),
    ("FECHA 14.03.2025 HORA 08:05", "2025-03-14T08:05:00"),
    ("14/03/2025 18:35", "2025-03-14T18:35:00"),
    # the label glued to its value; the time on the line under the date (the
    # date was null)
    ("FECHA:14/03/2025  HORA:18:35:42", "2025-03-14T18:35:42"),
    ("Fecha:14/03/2025 Hora: 18:35", "2025-03-14T18:35:00"),
    ("Fecha: 14/03/2025\nHora: 18:35", "2025-03-14T18:35:00"),
    ("FECHA 14/03/2025\nHORA:18:35:42", "2025-03-14T18:35:42"),
    # the 12-hour clock with its a.m./p.m. (the marker was ignored: 06:35 p.m. read 06:35)
    ("Fecha 14/03/25   Hora 06:35 p.m.", "2025-03-14T18:35:00"),
    ("Fecha 14/03/25   Hora 06:35 PM", "2025-03-14T18:35:00"),
    ("Fecha 14/03/25   Hora 06:35 p. m.", "2025-03-14T18:35:00"),
    ("Fecha 14/03/25   Hora 12:05 a.m.", "2025-03-14T00:05:00"),
    ("Fecha 14/03/25   Hora 12:30 p.m.", "2025-03-14T12:30:00"),
    ("Fecha 14/03/25   Hora 09:10 am", "2025-03-14T09:10:00"),
    # a 24-hour time with its marker as well
    ("Fecha 14/03/25   Hora 18:35 PM", "2025-03-14T18:35:00"),
    ("Fecha 14/03/25   Hora 00:15 a.m.", "2025-03-14T00:15:00"),
])
def test_date_variants(date_line, iso):
    assert expetl.parse_receipt_text(ticket(BASIC, date_line=date_line)).issued_at == iso


@pytest.mark.parametrize("date_line", ["Fecha 14/03/25   Hora 18:35 a.m.", "Fecha 14/03/25   Hora 00:15 p.m."])
def test_a_time_that_disagrees_with_its_am_or_pm_is_not_read(date_line):
    # near misses: no hour of a 12-hour clock; nothing to vouch for
    assert expetl.parse_receipt_text(ticket(BASIC, date_line=date_line)).issued_at is None


def test_voided_line_is_a_negative_item_under_the_same_department():
    body = """\
Lacteos
LECHE ENTERA 1L
1 x 1.390,00 (21,00)                   1.390,00
ANULACION
LECHE ENTERA 1L
-1 x 1.390,00 (21,00)                 -1.390,00
YOGUR FIRME 190G
1 x 800,00 (21,00)                       800,00
----------------------------------------------
SUBTOTAL                                 800,00
TOTAL                                  $ 800,00
EFECTIVO                                 800,00
"""
    r = expetl.parse_receipt_text(ticket(body))
    assert [i["description"] for i in r.items] == ["LECHE ENTERA 1L"] * 2 + ["YOGUR FIRME 190G"]
    void = r.items[1]
    assert void["quantity"] == Decimal(-1) and void["unit_price"] == Decimal("1390.00")
    assert void["amount"] == Decimal("-1390.00") and void["department"] == "Lacteos"
    assert r.discounts == [] and r.warnings == []


@pytest.mark.parametrize("banner", ["*** ANULADO ***", "--- ANULACION ---", "== CANCELACION =="])
def test_a_void_banner_set_off_by_stars_voids_and_names_no_department(banner):
    # a decorated void line was read as a department heading, for the voided
    # item and every item after it
    body = f"""\
Lacteos
LECHE ENTERA 1L
1 x 1.390,00 (21,00)                   1.390,00
{banner}
LECHE ENTERA 1L
-1 x 1.390,00 (21,00)                 -1.390,00
YOGUR FIRME 190G
1 x 800,00 (21,00)                       800,00
TOTAL                                  $ 800,00
EFECTIVO                                 800,00
"""
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["department"], i["description"], i["amount"]) for i in r.items] == [
        ("Lacteos", "LECHE ENTERA 1L", Decimal("1390.00")), ("Lacteos", "LECHE ENTERA 1L", Decimal("-1390.00")),
        ("Lacteos", "YOGUR FIRME 190G", Decimal("800.00"))]
    assert r.warnings == []


def test_a_decorated_heading_of_two_words_with_a_void_word_stays_a_heading():
    # near miss: only the void word alone between the rules is a banner
    body = """\
*** ALMACEN ***
ARROZ GALLO ORO 1KG
1 x 1.599,00 (21,00)                   1.599,00
TOTAL                                $ 1.599,00
EFECTIVO                               1.599,00
"""
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["department"], i["amount"]) for i in r.items] == [("ALMACEN", Decimal("1599.00"))]


def test_wrapped_description_is_one_item():
    body = """\
ALMACEN
GALLETITAS DULCES SURTIDAS PACK FAMILIAR
CON CHIPS DE CHOCOLATE 3X300G
1 x 2.500,00 (21,00)                   2.500,00
----------------------------------------------
SUBTOTAL                               2.500,00
TOTAL                                $ 2.500,00
TARJETA DEBITO                         2.500,00
"""
    r = expetl.parse_receipt_text(ticket(body))
    assert len(r.items) == 1
    assert r.items[0]["description"] == (
        "GALLETITAS DULCES SURTIDAS PACK FAMILIAR CON CHIPS DE CHOCOLATE 3X300G")
    assert r.items[0]["department"] == "ALMACEN"  # a known department, same case


def test_unknown_department_told_by_case():
    body = """\
Regaleria
TAZA CERAMICA 300ML
1 x 3.000,00 (21,00)                   3.000,00
----------------------------------------------
TOTAL                                $ 3.000,00
"""
    r = expetl.parse_receipt_text(ticket(body))
    assert r.items[0]["department"] == "Regaleria"
    assert r.items[0]["description"] == "TAZA CERAMICA 300ML"


def test_one_line_items_with_codes_and_rates():
    body = """\
7790070410139 ARROZ GALLO ORO 1KG        2 x 1.000,00     2.000,00   21%
0001234 LECHE ENTERA 1L                  1 x 1.390,00     1.390,00
24011 MANZANA X KG                 0,500 kg x 2.000,00     1.000,00   10,5%
----------------------------------------------
SUB TOTAL                                 4.390,00
DESCUENTO SOCIOS 5%                        -219,50
TOTAL A PAGAR                          $ 4.170,50
EFECTIVO                                  5.000,00
SU PAGO                                   5.000,00
VUELTO                                      829,50
"""
    r = expetl.parse_receipt_text(ticket(body))
    a, b, c = r.items
    assert (a["ean"], a["description"], a["vat_rate"]) == ("7790070410139", "ARROZ GALLO ORO 1KG", Decimal("21"))
    assert (b["ean"], b["description"], b["vat_rate"]) == (None, "LECHE ENTERA 1L", None)
    assert (c["unit"], c["quantity"], c["vat_rate"]) == ("kg", Decimal("0.5"), Decimal("10.5"))
    assert r.discounts == [{"description": "DESCUENTO SOCIOS 5%", "amount": Decimal("-219.50")}]
    assert r.discount_total == Decimal("219.50")
    assert r.payments == [{"method": "EFECTIVO", "amount": Decimal("5000.00")}]
    assert r.warnings == []


TENDER_ITEMS = """\
Almacen
ARROZ GALLO ORO 1KG
1 x 10.000,00                           10.000,00
ACEITE GIRASOL 1,5L
1 x 6.247,79                             6.247,79
----------------------------------------------
TOTAL                                $ 16.247,79
"""


def _pay(method, amount):
    return {"method": method, "amount": Decimal(amount)}


@pytest.mark.parametrize("tenders,payments", [
    # a tender that begins with "PAGO"/"SU PAGO" and names an electronic way
    # to pay was taken for the cash handed over: dropped, so the ledger
    # never saw the purchase paid with Mercado Pago (counted twice)
    ("PAGO CON MERCADO PAGO                  16.247,79", [_pay("PAGO CON MERCADO PAGO", "16247.79")]),
    ("SU PAGO QR MP                          16.247,79", [_pay("SU PAGO QR MP", "16247.79")]),
    ("Pago con tarjeta Visa                  16.247,79", [_pay("Pago con tarjeta Visa", "16247.79")]),
    # the amount on the line under its way to pay (was read without its label, or not at all)
    ("MERCADO PAGO\n$ 16.247,79", [_pay("MERCADO PAGO", "16247.79")]),
    ("MERCADO PAGO\n                                  16.247,79", [_pay("MERCADO PAGO", "16247.79")]),
    # a card's detail line between two tenders ended the tenders
    ("TARJETA DEBITO                          6.000,00\nVISA DEBITO XXXX-XXXX-4321 Cuotas: 1\n"
     "MERCADO PAGO                           10.247,79\nCantidad de articulos: 2",
     [_pay("TARJETA DEBITO", "6000.00"), _pay("MERCADO PAGO", "10247.79")]),
    # near misses: the cash handed over and the change; an amount after a
    # line that is no tender names no way to pay (a tax note), not a tender
    ("EFECTIVO                               20.000,00\nSU PAGO                                20.000,00\n"
     "VUELTO                                  3.752,21", [_pay("EFECTIVO", "20000.00")]),
    ("PAGO EFECTIVO                          20.000,00\nVUELTO                                  3.752,21", []),
    ("TARJETA DEBITO                         16.247,79\nTarj.: ****4821 Cuotas: 1\n"
     "IVA CONTENIDO                           2.819,79", [_pay("TARJETA DEBITO", "16247.79")]),
    ("TARJETA DEBITO                         16.247,79\nRegimen de Transparencia Fiscal\n"
     "IVA CONTENIDO                           2.819,79", [_pay("TARJETA DEBITO", "16247.79")]),
    # near misses once the tenders pay the total: a card slip repeating the
    # amount, a promotion or a refund naming a wallet, a bare amount
    ("TARJETA DEBITO                         16.247,79\nVISA ****4821\n$ 16.247,79",
     [_pay("TARJETA DEBITO", "16247.79")]),
    ("TARJETA DEBITO                         16.247,79\nTarj.: ****4821 Cuotas: 1\n"
     "VISA DEBITO Importe:                   16.247,79", [_pay("TARJETA DEBITO", "16247.79")]),
    ("TARJETA DEBITO                         16.247,79\nGRACIAS POR SU COMPRA\n"
     "AHORRASTE CON MODO                      1.200,00", [_pay("TARJETA DEBITO", "16247.79")]),
    ("TARJETA DEBITO                         16.247,79\n                                       16.247,79\n"
     "IVA CONTENIDO                           2.819,79", [_pay("TARJETA DEBITO", "16247.79")]),
    ("MERCADO PAGO                           16.247,79\nPAGO CON QR DISPONIBLE EN CAJA\n"
     "                                          500,00", [_pay("MERCADO PAGO", "16247.79")]),
    # the taxes the price contains (Ley 27.743) printed before the tenders
    # were tenders themselves
    ("Regimen de Transparencia Fiscal al Consumidor (Ley 27.743)\nIVA 21,00%:                          $ 2.819,79\n"
     "Otros Imp. Nac. Indirectos:                $ 0,00\nEFECTIVO                               16.247,79",
     [_pay("EFECTIVO", "16247.79")]),
    ("IVA CONTENIDO                           2.819,79\nMERCADO PAGO                           16.247,79",
     [_pay("MERCADO PAGO", "16247.79")]),
    # right under the tender that pays the total: the instalments, the
    # amount in another currency (a note)
    ("TARJETA CREDITO VISA 3 CUOTAS          16.247,79\n3 CUOTAS DE $                           5.415,93",
     [_pay("TARJETA CREDITO VISA 3 CUOTAS", "16247.79")]),
    ("EFECTIVO                               16.247,79\nTotal en USD (BNA 1.450,00):               11,21",
     [_pay("EFECTIVO", "16247.79")]),
    # a card slip repeating its tender's amount between two tenders ended them
    ("TARJETA DEBITO MAESTRO                 10.000,00\n  Tarjeta: XXXX XXXX XXXX 1234\n  Autorizacion: 123456\n"
     "  Importe                              10.000,00\nEFECTIVO                                6.247,79",
     [_pay("TARJETA DEBITO MAESTRO", "10000.00"), _pay("EFECTIVO", "6247.79")]),
    # a discount for the way to pay, among the tenders: a negative amount or
    # a discount's word is never a tender (it lowered the Mercado Pago
    # tender the ledger links by, and the purchase counted twice)
    ("Descuento Mercado Pago                 -1.624,78\nMERCADO PAGO                           14.623,01",
     [_pay("MERCADO PAGO", "14623.01")]),
    ("DTO. BANCO NACION 10%                    1.624,78\nTARJETA DEBITO                         14.623,01",
     [_pay("TARJETA DEBITO", "14623.01")]),
    ("EFECTIVO                               10.000,00\nREINTEGRO MODO                           -500,00\n"
     "MODO                                    5.747,79", [_pay("EFECTIVO", "10000.00"), _pay("MODO", "5747.79")]),
    ("QR MP                                  16.247,79\nPROMO MERCADO PAGO                       -812,39",
     [_pay("QR MP", "16247.79")]),
    # what the buyer saved and the total in another currency, between the
    # total and the tenders, were tenders themselves
    ("USTED AHORRO $                            500,00\nEFECTIVO                               20.000,00\n"
     "VUELTO                                  3.752,21", [_pay("EFECTIVO", "20000.00")]),
    ("TOTAL AHORRADO                            500,00\nMERCADO PAGO                           16.247,79",
     [_pay("MERCADO PAGO", "16247.79")]),
    ("TOTAL USD                                  11,21\nCotiz. dolar BNA                        1.450,00\n"
     "TARJETA DEBITO                         16.247,79", [_pay("TARJETA DEBITO", "16247.79")]),
    # the way to pay after its field's label, its amount labelled on the
    # next line (the method read "Importe:")
    ("Forma de pago: TARJETA CREDITO\n  Importe:                          $ 16.247,79",
     [_pay("TARJETA CREDITO", "16247.79")]),
    ("Forma de pago: TARJETA CREDITO\n  Tarjeta: VISA ****4821\n  Cuotas: 3\n"
     "  Importe:                          $ 16.247,79", [_pay("TARJETA CREDITO", "16247.79")]),
    # near misses: a way to pay named before the colon is whole; a savings
    # account debited pays
    ("TARJETA: VISA DEBITO\n  Importe:                          $ 16.247,79",
     [_pay("TARJETA: VISA DEBITO", "16247.79")]),
    ("DEBITO CAJA DE AHORRO                  16.247,79", [_pay("DEBITO CAJA DE AHORRO", "16247.79")]),
    # near miss: a second tender right under the first, named by a wallet,
    # while the first does not cover the total
    ("TARJETA DEBITO                          8.123,90\nCUENTA DNI                              8.123,89",
     [_pay("TARJETA DEBITO", "8123.90"), _pay("CUENTA DNI", "8123.89")]),
])
def test_the_tenders_after_the_total(tenders, payments):
    r = expetl.parse_receipt_text(ticket(TENDER_ITEMS + tenders + "\n"))
    assert (r.total, r.payments, r.warnings) == (Decimal("16247.79"), payments, [])


@pytest.mark.parametrize("title", ["TIQUE NOTA DE CREDITO", "Nota de Crédito B", "TICKET NOTA DE DEBITO",
                                   "NOTA CREDITO",
                                   # a title with its reference after it, or after another cell
                                   "NOTA DE CREDITO B   Nro. 0003-00000456   Ref. Tique 0003-00012345",
                                   "TIQUE NOTA DE CREDITO B   Cbte. asoc.: 0003-00012345",
                                   "ORIGINAL   NOTA DE CREDITO B", "P.V. 0412   TIQUE NOTA DE CREDITO",
                                   "TIQUE NOTA DE CREDITO - CAMBIOS Y DEVOLUCIONES",
                                   "NOTA DE CREDITO POR DEVOLUCIONES"])
def test_a_credit_note_with_a_sales_layout_is_refused_as_such(title):
    # a store's return ticket read as a sale: the ledger counted the refund
    # as a purchase (twice the error when the refund came by Mercado Pago too)
    text = ticket(TENDER_ITEMS + "EFECTIVO                               16.247,79\n",
                  pv_line=f"{title}\nP.V. Nro.: 0412   Nro T. 00087234")
    with pytest.raises(expetl.UnsupportedLayout, match="credit or debit note"):
        expetl.parse_receipt_text(text)


@pytest.mark.parametrize("line", ["Cambios: nota de credito en 30 dias", "DEVOLUCION SIN CARGO",
                                  "TIQUE FACTURA B   Cbte. asociado:   NOTA DE CREDITO B 0003-00000045",
                                  "Cambios y devoluciones:   NOTA DE CREDITO dentro de 30 dias",
                                  "Caja 3   NOTA DE CREDITO disponible en el sitio"])
def test_a_header_line_that_mentions_a_credit_note_is_no_title(line):
    # near miss: a sale whose header speaks of returns
    text = ticket(TENDER_ITEMS + "EFECTIVO                               16.247,79\n",
                  pv_line=f"{line}\nP.V. Nro.: 0412   Nro T. 00087234")
    assert expetl.parse_receipt_text(text).total == Decimal("16247.79")


def test_items_continue_on_a_later_page():
    body = "Almacen\nARROZ GALLO ORO 1KG\n\f1 x 1.599,00 (21,00)        1.599,00\n" \
           "----\nTOTAL                 $ 1.599,00\n"
    r = expetl.parse_receipt_text(ticket(body))
    assert r.items[0]["description"] == "ARROZ GALLO ORO 1KG"


def test_invalid_cuit_is_null_with_warning():
    r = expetl.parse_receipt_text(ticket(BASIC).replace("30-68731043-4", "30-68731043-5"))
    assert r.merchant["cuit"] is None and "cuit_invalid" in r.warnings


@pytest.mark.parametrize("text", [
    "",
    "Querido vecino:\nLas expensas de marzo son $ 45.000,00.\nSaludos\n",
    ticket("Almacen\nARROZ\n----\nSUBTOTAL 1,00\n"),  # no items, no total
])
def test_not_a_receipt_is_unsupported(text):
    with pytest.raises(expetl.UnsupportedLayout):
        expetl.parse_receipt_text(text)


def _closing(total, tender="EFECTIVO", dollar=True):
    """The rule under the items, the total and one tender paying it."""
    return f"{'-' * 46}\nTOTAL{('$ ' if dollar else '') + total:>41}\n{tender}{total:>{46 - len(tender)}}\n"


def _items(r):
    return [(i["description"], i["quantity"], i["unit"], i["unit_price"], i["vat_rate"], i["amount"], i["ean"])
            for i in r.items]


D = Decimal
QTY_ABOVE = """\
3,000 x 1.150,00
GASEOSA PRITTY LIMON 2,25L (21,00)          3.450,00
1,000 x 2.890,00
7791234567895 QUESO RALLADO LA PAULINA (21,00) 2.890,00
0,845 kg x 5.990,00 /kg
JAMON COCIDO FETEADO (10,50)                5.061,55
208450050610
CORRECCION
-1,000 x 2.890,00
7791234567895 QUESO RALLADO LA PAULINA (21,00) -2.890,00
2,000 x 780,00
FIDEOS MATARAZZO TIRABUZON
PAQUETE 500G (10,50)                        1.560,00
----------------------------------------------
SUBTOTAL                                   10.071,55
TOTAL                                    $ 10.071,55
TARJETA DEBITO                             10.071,55
"""


@pytest.mark.parametrize("sep", ["x", "X"])
def test_a_quantity_line_over_its_item(sep):
    # the fiscal printers' form (Hasar, Epson): `qty x price` alone on a line,
    # the description, the rate and the amount on the line under it; such
    # tickets were refused as of no known layout
    r = expetl.parse_receipt_text(ticket(QTY_ABOVE.replace(" x ", f" {sep} ")))
    assert _items(r) == [
        ("GASEOSA PRITTY LIMON 2,25L", D("3.000"), "un", D("1150.00"), D("21.00"), D("3450.00"), None),
        ("QUESO RALLADO LA PAULINA", D("1.000"), "un", D("2890.00"), D("21.00"), D("2890.00"), "7791234567895"),
        ("JAMON COCIDO FETEADO", D("0.845"), "kg", D("5990.00"), D("10.50"), D("5061.55"), "208450050610"),
        ("QUESO RALLADO LA PAULINA", D("-1.000"), "un", D("2890.00"), D("21.00"), D("-2890.00"), "7791234567895"),
        ("FIDEOS MATARAZZO TIRABUZON PAQUETE 500G", D("2.000"), "un", D("780.00"), D("10.50"), D("1560.00"), None)]
    assert (r.total, r.warnings) == (D("10071.55"), [])
    assert r.payments == [{"method": "TARJETA DEBITO", "amount": D("10071.55")}]


def test_a_voided_item_under_a_positive_quantity_line_counts_negative():
    body = ("2,000 x 1.250,00\nCERVEZA QUILMES LATA 473 (21,00)     2.500,00\n"
            "ANULACION\n1,000 x 1.250,00\nCERVEZA QUILMES LATA 473 (21,00)    -1.250,00\n"
            + _closing("1.250,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["quantity"], i["amount"]) for i in r.items] == [(D("2.000"), D("2500.00")), (D("-1.000"), D("-1250.00"))]
    assert (r.total, r.warnings) == (D("1250.00"), [])


@pytest.mark.parametrize("line,qty,unit", [
    ("3 UN X 999,00 (21,00)                 2.997,00", D("3"), "un"),
    ("3 u x 999,00 (21,00)                  2.997,00", D("3"), "un"),
    ("0,512 KG X 5.853,52 (21,00)           2.997,00", D("0.512"), "kg"),
    # the unit before the quantity (the line read as the description "KG")
    ("KG 0,512 x 5.853,52 (21,00)           2.997,00", D("0.512"), "kg"),
    ("UN 3 x 999,00 (21,00)                 2.997,00", D("3"), "un"),
])
def test_a_unit_between_the_quantity_and_its_x(line, qty, unit):
    # "3 UN X 999,00": the unit word kept the line from being read as an
    # item's, and the next item's description was glued to this one
    body = (f"JUGO TANG NARANJA 18G\n{line}\nSAL FINA CELUSAL 500G\n1 x 690,00 (21,00)                       690,00\n"
            + _closing("3.687,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["unit"]) for i in r.items] == [
        ("JUGO TANG NARANJA 18G", qty, unit), ("SAL FINA CELUSAL 500G", D("1"), "un")]
    assert (r.total, r.warnings) == (D("3687.00"), [])


def test_a_dollar_sign_apart_before_a_price_or_a_discount_is_no_text():
    # "2 x $ 1.100,00" was no price line ("x $" joined the description) and
    # "-$ 478,50" left its sign in the discount's description
    body = ("GALLETITAS OREO 118G\n  2 x $ 1.100,00                    $ 2.200,00\n"
            "Descuento Jubilados 15%             -$ 330,00\n" + _closing("1.870,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in r.items] == [
        ("GALLETITAS OREO 118G", D("2"), D("1100.00"), D("2200.00"))]
    assert r.discounts == [{"description": "Descuento Jubilados 15%", "amount": D("-330.00")}]
    assert (r.total, r.warnings) == (D("1870.00"), [])


@pytest.mark.parametrize("line,desc", [
    # near misses: "1 KG" says what the bag holds, "X LT" what a price is
    # per; 2 are bought
    ("PAPAS NEGRAS 1 KG 2 x 999,00 (21,00)    1.998,00", "PAPAS NEGRAS 1 KG"),
    ("HELADO POTE KG 2 x 999,00 (21,00)       1.998,00", "HELADO POTE KG"),
    ("VINO TINTO X LT 2 x 999,00 (21,00)      1.998,00", "VINO TINTO X LT"),
])
def test_a_measure_of_the_description_before_the_quantity_stays_in_it(line, desc):
    r = expetl.parse_receipt_text(ticket(line + "\n" + _closing("1.998,00")))
    assert [(i["description"], i["quantity"], i["unit"]) for i in r.items] == [(desc, D("2"), "un")]


@pytest.mark.parametrize("qty_line,amount,qty,unit", [
    # an old printer's dot decimals: "2.000" is two when the price prints a
    # decimal point and only that reading gives the amount (it read 2000)
    ("2.000 x 650.00", "1300.00", D("2.000"), "un"),
    ("12.500 x 100.00", "1250.00", D("12.500"), "kg"),  # a fraction of a unit: a weight
    # near miss: two thousand when that is what the amount says
    ("2.000 x 0.65", "1300.00", D("2000"), "un"),
])
def test_a_quantity_with_a_dot_reads_as_its_amount_says(qty_line, amount, qty, unit):
    body = f"{qty_line}\nARROZ GALLO 1KG      (21.00){amount:>18}\nTOTAL{amount:>34}\nEFECTIVO{amount:>31}\n"
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["quantity"], i["unit"], i["amount"]) for i in r.items] == [(qty, unit, D(amount))]
    assert r.warnings == []


@pytest.mark.parametrize("amount", ["$ 1.599,00", "1.599,00"])
def test_a_totals_amount_alone_on_the_line_under_its_label_is_the_total(amount):
    # "TOTAL" printed double width, its amount on the next line (the ticket
    # was refused: no total)
    body = f"ARROZ GALLO ORO 1KG\n1 x 1.599,00 (21,00)                  1.599,00\nTOTAL\n{amount:>46}\n" \
           "EFECTIVO                              2.000,00\n"
    r = expetl.parse_receipt_text(ticket(body))
    assert (r.total, r.payments, r.warnings) == (D("1599.00"), [{"method": "EFECTIVO", "amount": D("2000.00")}], [])


def test_a_tender_under_a_total_without_its_amount_is_not_the_total():
    # near miss: the line under "TOTAL" names a way to pay; no total is read
    body = "ARROZ GALLO ORO 1KG\n1 x 1.599,00 (21,00)                  1.599,00\nTOTAL\n" \
           "EFECTIVO                              1.599,00\n"
    with pytest.raises(expetl.ReceiptError):
        expetl.parse_receipt_text(ticket(body))


def test_a_quantity_line_without_its_item_is_flagged():
    # near miss: a quantity line the next amount does not follow (the total)
    # makes no item; the totals do not add up and say so
    body = ("1 x 690,00 (21,00)                       690,00\n2,000 x 1.250,00\n"
            + _closing("3.190,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert len(r.items) == 1 and r.warnings == ["totals_mismatch"]


def text_pdf(text):
    """A ticket's text printed by a fiscal printer into a PDF: Courier 8 pt,
    one cell per printed run."""
    import re

    from expetl.sample import write_pdf
    cells = [(8 + 4.8 * m.start(), 580 - 10 * k, m.group()) for k, line in enumerate(text.splitlines())
             for m in re.finditer(r"\S+(?: \S+)*", line)]
    return write_pdf([cells], width=300, font="Courier")


def test_a_quantity_line_over_its_item_in_a_pdf():
    # the same ticket printed into a PDF
    r = expetl.parse_receipt(text_pdf(ticket(QTY_ABOVE)))
    assert [(i["description"], i["quantity"], i["amount"]) for i in r.items] == [
        (d, q, a) for d, q, _, _, _, a, _ in _items(expetl.parse_receipt_text(ticket(QTY_ABOVE)))]
    assert (len(r.items), r.total, r.warnings) == (5, D("10071.55"), [])


@pytest.mark.parametrize("heading,dept", [("*** ALMACEN ***", "ALMACEN"), ("--- PERFUMERIA ---", "PERFUMERIA"),
                                          ("== Bebidas sin alcohol ==", "Bebidas sin alcohol")])
def test_a_department_set_off_by_stars_or_rules(heading, dept):
    # the decorated heading was glued to the first description under it
    body = (f"{heading}\nARVEJAS NOEL LATA 350G\n2 x 690,00 (21,00)                       1.380,00\n"
            "CAFE LA MORENITA 250G\n1 x 3.650,00 (21,00)                     3.650,00\n"
            + _closing("5.030,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["department"], i["description"]) for i in r.items] == [
        (dept, "ARVEJAS NOEL LATA 350G"), (dept, "CAFE LA MORENITA 250G")]
    # and over the fiscal printers' quantity line
    body = (f"{heading}\n2,000 x 690,00\nARVEJAS NOEL LATA 350G (21,00)           1.380,00\n"
            "1,000 x 3.650,00\nCAFE LA MORENITA 250G (21,00)            3.650,00\n"
            + _closing("5.030,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["department"], i["description"]) for i in r.items] == [
        (dept, "ARVEJAS NOEL LATA 350G"), (dept, "CAFE LA MORENITA 250G")]
    assert r.warnings == []


@pytest.mark.parametrize("code,ean,desc", [
    ("7793000000141", "7793000000141", "MAYONESA NATURA 500G"),     # EAN-13
    ("036000291452", "036000291452", "MAYONESA NATURA 500G"),       # UPC-A, 12 figures
    ("96385074", "96385074", "MAYONESA NATURA 500G"),               # EAN-8
    # a check digit that fails, a shop's own code of six figures or more: a
    # code all the same, dropped
    ("7793000000142", None, "MAYONESA NATURA 500G"),
    ("96385075", None, "MAYONESA NATURA 500G"),
    ("004512", None, "MAYONESA NATURA 500G"),
    # near misses: five figures or fewer may be the product's own number
    ("10000", None, "MAYONESA NATURA 500G 10000"),
    ("500", None, "MAYONESA NATURA 500G 500"),
])
def test_a_barcode_at_the_end_of_the_description(code, ean, desc):
    # the contract: a barcode is the item's ean and no trailing code is part
    # of the description (an 8-figure barcode and a 6-figure code stayed in it)
    body = (f"MAYONESA NATURA 500G {code}\n1 x 2.150,00 (21,00)                     2.150,00\n"
            + _closing("2.150,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["ean"]) for i in r.items] == [(desc, ean)]


@pytest.mark.parametrize("date_line", ["Fecha de Vto. CAI: 30/06/2025\nHora: 18:35\nFecha: 14/03/2025",
                                       "Fecha Inicio Act.: 01/09/2010\nHora 18:35   Fecha 14/03/2025"])
def test_a_start_or_expiry_date_over_a_time_is_not_the_tickets(date_line):
    # a "Fecha" row of another date (the CAI's expiry, the start of
    # activities) over a "Hora" row is not the ticket's date and time; the
    # ticket's own date has no time after it here, so none is read (null,
    # never another date)
    assert expetl.parse_receipt_text(ticket(BASIC, date_line=date_line)).issued_at is None


def test_two_tenders_of_one_amount_are_both_read():
    # near miss of the card slip repeating its amount: a second tender of
    # the same amount right under the first (a gift card, a voucher)
    body = ("ARROZ GALLO ORO 1KG\n1 x 10.000,00 (21,00)                  10.000,00\n"
            "----------------------------------------------\n"
            "TOTAL                               $ 10.000,00\nTARJETA DEBITO                          5.000,00\n"
            "GIFT CARD                               5.000,00\n")
    r = expetl.parse_receipt_text(ticket(body))
    assert r.payments == [_pay("TARJETA DEBITO", "5000.00"), _pay("GIFT CARD", "5000.00")]


def test_a_promotion_after_a_quantity_line_is_a_discount():
    # a quantity line left without its item, then a promotion: the promotion
    # is a discount, not the quantity line's item
    body = ("ARROZ GALLO ORO 1KG\n1 x 1.000,00 (21,00)                     1.000,00\n2 x 1.000,00\n"
            "PROMO 2X1                               -1.000,00\n"
            + _closing("0,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [i["description"] for i in r.items] == ["ARROZ GALLO ORO 1KG"]
    assert r.discounts == [{"description": "PROMO 2X1", "amount": D("-1000.00")}]


def test_a_weighed_quantity_line_of_a_whole_weight_is_in_kg():
    body = ("1 x 1,000 x 4.990,00\nQUESO CREMOSO (21,00)                    4.990,00\n"
            + _closing("4.990,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["quantity"], i["unit"], i["amount"]) for i in r.items] == [(D("1.000"), "kg", D("4990.00"))]


def test_a_fiscal_printers_item_of_one_unit_prints_no_quantity_line():
    # on the fiscal printers' tickets an item of one unit is its description,
    # rate and amount alone; such items were skipped (the ticket flagged)
    body = ("ALFAJOR JORGITO (21,00)                  1.200,00\n2,000 x 1.600,00\n"
            "COCA COLA 500ML (21,00)                  3.200,00\nBEBIDAS\nAGUA MINERAL VILLAVICENCIO\n"
            "SIN GAS 1,5L (21,00)                     1.100,00\nIMPUESTOS INTERNOS                         100,00\n"
            + _closing("5.600,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"], i["department"]) for i in r.items] == [
        ("ALFAJOR JORGITO", D("1"), D("1200.00"), D("1200.00"), None),
        ("COCA COLA 500ML", D("2.000"), D("1600.00"), D("3200.00"), None),
        ("AGUA MINERAL VILLAVICENCIO SIN GAS 1,5L", D("1"), D("1100.00"), D("1100.00"), "BEBIDAS")]
    # a printed tax is no item: the lines miss the total by it, and say so
    assert r.warnings == ["totals_mismatch"]


def test_a_one_line_amount_is_no_item_without_the_fiscal_printers_form():
    # near miss: on a ticket whose items print their price line under the
    # description, a line with an amount alone is no item
    body = BASIC.replace("ARROZ GALLO ORO 1KG\n", "BOLSA REUTILIZABLE                         150,00\nARROZ GALLO ORO 1KG\n")
    r = expetl.parse_receipt_text(ticket(body))
    assert [i["description"] for i in r.items] == ["ARROZ GALLO ORO 1KG"]


@pytest.mark.parametrize("head", ["CANT   DESCRIPCION              P.UNIT   IMPORTE", None])
def test_a_table_of_columns_with_the_quantity_first(head):
    # a small shop's ticket set as a table: quantity, description, price,
    # amount; the quantity times the price gives the amount (nothing else
    # tells a quantity from a count in a description). Such tickets were
    # refused as of no known layout
    rows = ["2      GASEOSA SPRITE 2,25L   3.250,00  6.500,00",
            "0,450  QUESO CREMOSO          9.000,00  4.050,00",
            "1      PAN LACTAL BIMBO       3.600,00  3.600,00"]
    body = "\n".join(([head] if head else []) + rows) + (
        "\n----------------------------------------------\n"
        "TOTAL                                $ 14.150,00\nEFECTIVO                               14.150,00\n")
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["unit"], i["unit_price"], i["amount"]) for i in r.items] == [
        ("GASEOSA SPRITE 2,25L", D("2"), "un", D("3250.00"), D("6500.00")),
        ("QUESO CREMOSO", D("0.450"), "kg", D("9000.00"), D("4050.00")),
        ("PAN LACTAL BIMBO", D("1"), "un", D("3600.00"), D("3600.00"))]
    assert (r.total, r.warnings) == (D("14150.00"), [])
    # near miss: a number before a description whose amounts it does not
    # multiply is the description's (a count), and no item is made of it
    body = body.replace("2      GASEOSA SPRITE 2,25L   3.250,00  6.500,00",
                        "2      GASEOSA SPRITE 2,25L   3.250,00  6.400,00")
    r = expetl.parse_receipt_text(ticket(body))
    assert len(r.items) == 2 and r.warnings == ["totals_mismatch"]


FISCAL_ONES = """\
JUEGO DE COPAS X6 (21,00)           18.150,00
MANTEL ANTIMANCHA (21,00)           12.100,00
CORRECCION
MANTEL ANTIMANCHA (21,00)          -12.100,00
SERVILLETAS PAPEL X100 (10,50)       1.000,00
RECARGO FINANCIERO 10% (21,00)       1.915,00
----------------------------------------------
SUBTOTAL                            21.065,00
TOTAL                               21.065,00
Regimen de Transparencia Fiscal al
Consumidor (Ley 27.743)
IVA Contenido                      $ 3.650,00
Otros Impuestos Nacionales
Indirectos                           $ 120,00
Propina sugerida 10%:                2.106,50
TARJETA CREDITO VISA                21.065,00
Reintegro Cuenta DNI 20%:            4.213,00
"""


def test_a_fiscal_ticket_of_items_of_one_unit_only():
    # every item of one unit, none with a quantity line: the rate in brackets
    # with its decimals tells the form (such tickets were refused); a voided
    # item after "CORRECCION" is one unit less, not a discount; a surcharge a
    # charge in taxes; a suggested tip, the wrapped "Indirectos" of Ley
    # 27.743's block and a refund a wallet announces are no tenders
    r = expetl.parse_receipt_text(ticket(FISCAL_ONES))
    assert [(i["description"], i["quantity"], i["unit_price"], i["vat_rate"], i["amount"]) for i in r.items] == [
        ("JUEGO DE COPAS X6", D("1"), D("18150.00"), D("21.00"), D("18150.00")),
        ("MANTEL ANTIMANCHA", D("1"), D("12100.00"), D("21.00"), D("12100.00")),
        ("MANTEL ANTIMANCHA", D("-1"), D("12100.00"), D("21.00"), D("-12100.00")),
        ("SERVILLETAS PAPEL X100", D("1"), D("1000.00"), D("10.50"), D("1000.00"))]
    assert r.taxes == [{"description": "RECARGO FINANCIERO", "amount": D("1915.00")}]
    assert (r.discounts, r.total, r.warnings) == ([], D("21065.00"), [])
    assert r.payments == [_pay("TARJETA CREDITO VISA", "21065.00")]


def test_a_bracketed_number_that_is_no_vat_rate_makes_no_fiscal_item():
    # near miss: "(2)" in a description line with an amount is no rate; a
    # document of such lines is no fiscal ticket
    body = ("RADIOGRAFIA PERIAPICAL (2)                16.000,00\n"
            "----------------------------------------------\nTOTAL                                16.000,00\n")
    with pytest.raises(expetl.UnsupportedLayout):
        expetl.parse_receipt_text(ticket(body))


def test_a_bare_vat_column_between_description_and_amount():
    # a fiscal printer's "%IVA" column printed without brackets: the rate, not
    # the description's last word
    body = ("DESCRIPCION               %IVA       IMPORTE\n2,000 x 1.399,00\nACEITE COCINERO 900ML    21,00      2.798,00\n"
            "AZUCAR LEDESMA 1KG       10,50      1.189,00\n"
            + _closing("3.987,00", dollar=False))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["vat_rate"], i["amount"]) for i in r.items] == [
        ("ACEITE COCINERO 900ML", D("21.00"), D("2798.00")), ("AZUCAR LEDESMA 1KG", D("10.50"), D("1189.00"))]
    assert r.warnings == []


@pytest.mark.parametrize("head", ["DESCRIPCION          %IVA              IMPORTE",
                                  "DESCRIPCION          % IVA             IMPORTE",
                                  "DESCRIPCION          ALIC.             IMPORTE"])
def test_a_bare_rate_under_the_rate_head_one_space_after_a_number(head):
    # the rate printed one space after a measure ends the description: under
    # the rate column's head it is the rate, not the description's last word
    body = (head + "\n3,000 x 520,00\nAGUA VILLAVICENCIO 500 21,00          1.560,00\n"
            "QUESO TREGAR 250 G   10,50             1.189,00\n" + _closing("2.749,00", dollar=False))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["vat_rate"], i["amount"]) for i in r.items] == [
        ("AGUA VILLAVICENCIO 500", D("21.00"), D("1560.00")), ("QUESO TREGAR 250 G", D("10.50"), D("1189.00"))]
    assert r.warnings == []


@pytest.mark.parametrize("head, line", [
    # near misses: no rate column's head ("IVA" alone may be pesos), a
    # number away from the head's column, a number that is no VAT rate
    ("DESCRIPCION          IVA               IMPORTE", "AGUA VILLAVICENCIO 500 21,00          1.560,00"),
    ("DESCRIPCION                    %IVA    IMPORTE", "AGUA VILLAVICENCIO 500 21,00          1.560,00"),
    ("DESCRIPCION          %IVA              IMPORTE", "AGUA VILLAVICENCIO 500 22,00          1.560,00"),
])
def test_a_number_ending_the_description_away_from_a_rate_head_stays_in_it(head, line):
    r = expetl.parse_receipt_text(ticket(head + "\n3,000 x 520,00\n" + line + "\n" + _closing("1.560,00", dollar=False)))
    assert [(i["description"], i["vat_rate"]) for i in r.items] == [(line.split("  ")[0], None)]


@pytest.mark.parametrize("letter", ["G", "E", "R"])
def test_a_tax_class_letter_after_each_amount_is_no_part_of_the_row(letter):
    # an old fiscal printer's class of tax after each item's amount, at the
    # text's right edge; a voided line ("ANUL.") is the item taken back
    body = (f"GASEOSA MANAOS COLA 2,25L   2 x 11,00    22,00 {letter}\n"
            f"LECHE LA SERENISIMA 1L\n1 x 9,80 (21,00)                         9,80 {letter}\n"
            f"ANUL. LECHE LA SERENISIMA 1L  -1 x 9,80  -9,80 {letter}\n" + _closing("22,00", dollar=False))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["amount"]) for i in r.items] == [
        ("GASEOSA MANAOS COLA 2,25L", D("2"), D("22.00")), ("LECHE LA SERENISIMA 1L", D("1"), D("9.80")),
        ("LECHE LA SERENISIMA 1L", D("-1"), D("-9.80"))]
    assert (r.total, r.warnings) == (D("22.00"), [])


@pytest.mark.parametrize("line", ["VINO TINTO MALBEC 0,75 L", "VINO TINTO MALBEC   0,75 L"])
def test_a_measure_and_its_unit_ending_a_description_stay_in_it(line):
    # near miss: a number with two decimals and a capital letter after it,
    # short of the text's right edge, are the description's
    body = line + "\n1 x 3.500,00 (21,00)                   3.500,00\n" + _closing("3.500,00", dollar=False)
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["amount"]) for i in r.items] == [("VINO TINTO MALBEC 0,75 L", D("3500.00"))]


WHOLE_PESOS = "CANT DESCRIPCION          PRECIO   IMPORTE\n2    FERNET BRANCA 750    14.500    29.000\n" \
              "3    COCA COLA 1,5L        2.300     6.900\n" + "-" * 46 + "\n"


@pytest.mark.parametrize("total, tender", [("$ 35.900", "$ 40.000"), ("35.900", "40.000"), ("$35.900", "$40.000")])
def test_a_ticket_in_whole_pesos_is_read_in_pesos(total, tender):
    # a shop whose printer drops the cents: its total's "$" or thousands
    # dot says the amounts are pesos; the items add up to it
    body = WHOLE_PESOS + f"TOTAL{total:>41}\nEFECTIVO{tender:>38}\nVUELTO{'$ 4.100':>40}\n"
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in r.items] == [
        ("FERNET BRANCA 750", D("2"), D("14500.00"), D("29000.00")),
        ("COCA COLA 1,5L", D("3"), D("2300.00"), D("6900.00"))]
    assert (r.total, r.payments, r.warnings) == (D("35900.00"), [_pay("EFECTIVO", "40000.00")], [])


def test_a_total_in_whole_pesos_over_items_with_cents():
    body = ("MARLBORO BOX 20       (21,00)       4.300,00\n3,000 x 1.200,00\nALFAJOR HAVANNA       (21,00)       "
            "3.600,00\n" + "-" * 46 + "\nTOTAL                                $ 7.900\nEFECTIVO                            $ 10.000\n")
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["amount"]) for i in r.items] == [
        ("MARLBORO BOX 20", D("1"), D("4300.00")), ("ALFAJOR HAVANNA", D("3.000"), D("3600.00"))]
    assert (r.total, r.payments, r.warnings) == (D("7900.00"), [_pay("EFECTIVO", "10000.00")], [])


def test_whole_pesos_that_do_not_add_up_are_flagged():
    body = WHOLE_PESOS + f"TOTAL{'$ 36.000':>41}\nEFECTIVO{'$ 36.000':>38}\n"
    r = expetl.parse_receipt_text(ticket(body))
    assert (r.total, r.warnings) == (D("36000.00"), ["totals_mismatch"])


def test_a_total_without_a_sign_or_a_thousands_dot_is_no_whole_pesos():
    # near miss: "TOTAL 35900" may be a count; nothing tells pesos
    body = WHOLE_PESOS + f"TOTAL{'35900':>41}\nEFECTIVO{'35900':>38}\n"
    with pytest.raises(expetl.UnsupportedLayout):
        expetl.parse_receipt_text(ticket(body))


@pytest.mark.parametrize("banner", ["*** ORIGINAL ***", "COPIA CLIENTE", "DUPLICADO"])
def test_a_copys_banner_over_the_ticket_is_not_the_merchant(banner):
    r = expetl.parse_receipt_text(banner + "\n" + ticket(BASIC))
    assert r.merchant["name"] == "SUPERMERCADO EJEMPLO S.A."


def test_a_price_per_litre_after_the_price():
    body = ("40,000 Lts x 1.389,00 $/Lt\nGASOIL GRADO 2 (21,00)                  55.560,00\n"
            + _closing("55.560,00", dollar=False))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["unit_price"]) for i in r.items] == [
        ("GASOIL GRADO 2", D("40.000"), D("1389.00"))]


def test_an_invoice_the_invoice_reader_cannot_read_is_no_table_ticket():
    # an AFIP invoice (its title, its CAE) whose head the invoice reader
    # cannot vouch for is not read by the ticket's table form: the first line
    # ("B") was the merchant, the first CUIT the buyer's
    text = """\
                                                    B
ASOCIACION VECINAL BARRIO NORTE                           GOMEZ LUCIA BEATRIZ
C.U.I.T. 30-70000001-6                                    C.U.I.T. 27-22222222-8
Sarmiento 450 - Rio Cuarto (Cba)                          Ingresos Brutos: 218-222222
IVA Exento                                                Inicio de Actividades: 05/2001

                                                          FACTURA  Nº 0002-00000345
                                                          Fecha: 10/04/2025

Cant.    Descripción                                   P. Unitario             Importe
--------------------------------------------------------------------------------------
     4   Sillas plegables alquiler                       12.500,00           50.000,00
     1   Armado y desarmado                              30.000,00           30.000,00

                                              Subtotal:                    $ 80.000,00
                                              TOTAL                        $ 80.000,00

CAE N°: 74123456789012                        Fecha de Vto. de CAE: 20/04/2025
"""
    with pytest.raises(expetl.UnsupportedLayout, match="not a receipt of a known layout"):
        expetl.parse_receipt_text(text)


@pytest.mark.parametrize("field", ["Obra Social: IOMA Plan: 2 Afiliado: 0412345601",
                                   "Socio: 00784512", "Nro. Receta: 88213 Medico: MP 3391"])
def test_a_labelled_field_among_the_items_is_no_description(field):
    # a pharmacy's or a club's field (the buyer's plan, a prescription, a
    # product's paperwork) is "Label: number": it was glued to the next
    # item's description, on a fiscal printer's item of one unit and over a
    # quantity line's item alike
    body = (f"{field}\nDICLOFENAC 75MG X 15 (0,00)              6.210,00\nTroquel: 7784512\n"
            f"2,000 x 2.450,00\n{field}\nCURITAS X 20 (21,00)                     4.900,00\n"
            + _closing("11.110,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["amount"]) for i in r.items] == [
        ("DICLOFENAC 75MG X 15", D("1"), D("6210.00")), ("CURITAS X 20", D("2.000"), D("4900.00"))]
    assert r.warnings == []


def test_a_wrapped_description_with_a_colon_and_no_number_is_kept():
    # near miss: a description's first line with a colon and no number is
    # the description's, not a field
    body = ("SURTIDO: FRUTOS SECOS\nTOSTADOS SIN SAL (21,00)                 3.300,00\n" + _closing("3.300,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [i["description"] for i in r.items] == ["SURTIDO: FRUTOS SECOS TOSTADOS SIN SAL"]


def test_a_code_after_a_fiscal_printers_description():
    # the codes a fiscal printer prints after the description, before the
    # rate: an EAN-8 is the item's ean, a shop's code of six figures dropped
    body = ("3,000 x 420,00\nCARAMELOS MENTHOPLUS 40170725 (21,00)    1.260,00\n"
            "GALLETITAS CRIOLLITAS 3U 0087120 (21,00)  2.310,00\n" + _closing("3.570,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["ean"], i["quantity"], i["amount"]) for i in r.items] == [
        ("CARAMELOS MENTHOPLUS", "40170725", D("3.000"), D("1260.00")),
        ("GALLETITAS CRIOLLITAS 3U", None, D("1"), D("2310.00"))]
    assert r.warnings == []


A4_TABLE = """\
COOPERATIVA OBRERA LTDA. DE CONSUMO                                         {title}
CUIT: 30-68731043-4                                                 P.V. 0108 Nro T. 00904411
Zelarrayan 560 - Bahia Blanca                                              Fecha: 03/11/2025 09:41
{disclaimer}
===========================================================================================
{head}
-------------------------------------------------------------------------------------------
{rows}
-------------------------------------------------------------------------------------------
                                                                       Subtotal $ 11.870,46
                                                                        Descuentos $ 480,00
                                                                          Total $ 11.390,46
Medios de pago:
Tarjeta de Credito Naranja                                                      $ 11.390,46
"""
QTY_LAST = """\
Codigo         Descripcion                      Cant.     P. Unit.   IVA %         Importe
7790580660000  Dulce de Leche La Serenisima       2     1.920,00   21,00          3.840,00
               Promo 2do al 75% Dulce de Leche                                     -480,00
31277          Queso Cremoso Punta del Agua   0,418    11.490,00   10,50          4.802,82
96385074       Pan Lactal Bimbo Grande            1     3.227,64   21,00          3.227,64"""
QTY_FIRST_EAN = """\
Cant.  Descripcion                      EAN             Precio   %IVA            Total
    2  Dulce de Leche La Serenisima     7790580660000   1.920,00  21,00          3.840,00
       Promo 2do al 75% Dulce de Leche                                              -480,00
0,418  Queso Cremoso Punta del Agua                    11.490,00  10,50          4.802,82
    1  Pan Lactal Bimbo Grande          96385074        3.227,64  21,00          3.227,64"""


@pytest.mark.parametrize("head_rows", [QTY_LAST, QTY_FIRST_EAN])
@pytest.mark.parametrize("title,disclaimer", [("TICKET DIGITAL", ""),
                                              ("ORIGINAL", "Comprobante no valido como factura")])
def test_an_a4_tickets_table_of_columns(head_rows, title, disclaimer):
    # an A4 "ticket digital": the quantity after the description (a code
    # first) or first with a barcode column before the price, a bare VAT
    # column; the document's title beside the merchant's name is not part
    # of it, and "no valido como factura" is no invoice's title (such
    # tickets were refused)
    head, rows = head_rows.split("\n", 1)
    text = A4_TABLE.format(title=title, disclaimer=disclaimer, head=head, rows=rows)
    r = expetl.parse_receipt_text(text)
    assert (r.doc_type, r.merchant, r.pos, r.number, r.issued_at) == (
        "ticket", {"name": "COOPERATIVA OBRERA LTDA. DE CONSUMO", "cuit": "30687310434"}, 108, 904411,
        "2025-11-03T09:41:00")
    assert _items(r) == [
        ("Dulce de Leche La Serenisima", D("2"), "un", D("1920.00"), D("21.00"), D("3840.00"), "7790580660000"),
        ("Queso Cremoso Punta del Agua", D("0.418"), "kg", D("11490.00"), D("10.50"), D("4802.82"), None),
        ("Pan Lactal Bimbo Grande", D("1"), "un", D("3227.64"), D("21.00"), D("3227.64"), "96385074")]
    assert r.discounts == [{"description": "Promo 2do al 75% Dulce de Leche", "amount": D("-480.00")}]
    assert (r.subtotal, r.discount_total, r.total, r.warnings) == (D("11870.46"), D("480.00"), D("11390.46"), [])
    assert r.payments == [_pay("Tarjeta de Credito Naranja", "11390.46")]


def test_a_table_row_whose_quantity_and_price_miss_its_amount_is_no_item():
    # near miss: nothing but the product tells a quantity after the
    # description from a number of the description's
    rows = ("7790580660000  Dulce de Leche La Serenisima       3     1.920,00   21,00          3.840,00\n"
            "31277          Queso Cremoso Punta del Agua   0,418    11.490,00   10,50          4.802,82\n"
            "96385074       Pan Lactal Bimbo Grande            1     3.227,64   21,00          3.227,64")
    text = A4_TABLE.format(title="TICKET DIGITAL", disclaimer="", head=QTY_LAST.split("\n", 1)[0], rows=rows)
    r = expetl.parse_receipt_text(text)
    assert [i["description"] for i in r.items] == ["Queso Cremoso Punta del Agua", "Pan Lactal Bimbo Grande"]
    assert r.warnings == ["totals_mismatch"]


@pytest.mark.parametrize("top,name", [
    ("LA GALLEGA                                 SUPERMERCADOS", "LA GALLEGA SUPERMERCADOS"),
    ("DIARCO S.A.                                     COPIA", "DIARCO S.A."),
])
def test_a_cell_beside_the_merchants_name(top, name):
    # only a cell naming the document is dropped from the name; any other stays
    r = expetl.parse_receipt_text(ticket(BASIC).replace("                 SUPERMERCADO EJEMPLO S.A.", top))
    assert r.merchant["name"] == name


@pytest.mark.parametrize("pv_line,pos", [
    ("P.V. Nro.: 0011", 11),            # the point of sale's label alone
    ("Nro. de cliente: 0412  P.V. 0011", 11),
    ("P.V. 0011  Nro. de Caja: 4", 11),
])
def test_a_number_label_that_is_no_tickets_number(pv_line, pos):
    # near misses: a number label of the point of sale, of a customer or a
    # till is not the ticket's number
    r = expetl.parse_receipt_text(ticket(BASIC, pv_line=pv_line))
    assert (r.pos, r.number) == (pos, None)


NET_TIQUE = """\
--------------------------------------------
          TIQUE FACTURA A
--------------------------------------------
4,000 x 1.250,00
BULONES 1/4 X 2 (21,00)               5.000,00
CINTA AISLANTE 3M (21,00)             1.800,00
GRASA LITIO 500G (10,50)              3.200,00
--------------------------------------------
SUBTOTAL                             10.000,00
NETO GRAVADO 21,00%                   6.800,00
NETO GRAVADO 10,50%                   3.200,00
IVA 21,00%                            1.428,00
IVA 10,50%                              336,00
TOTAL                                11.764,00
CUENTA CORRIENTE                     11.764,00
"""


def test_a_tique_factura_a_of_net_prices_and_its_vat():
    # a fiscal printer's Tique Factura A prints net amounts, the net and the
    # VAT of each rate under them: the net lines are no items (each was read
    # as one), the VAT is the document's, the prices exclude it
    r = expetl.parse_receipt_text(ticket(NET_TIQUE))
    assert [(i["description"], i["amount"]) for i in r.items] == [
        ("BULONES 1/4 X 2", D("5000.00")), ("CINTA AISLANTE 3M", D("1800.00")), ("GRASA LITIO 500G", D("3200.00"))]
    assert r.vat == [{"rate": D("21.00"), "amount": D("1428.00")}, {"rate": D("10.50"), "amount": D("336.00")}]
    assert (r.prices_include_vat, r.subtotal, r.total, r.warnings) == (False, D("10000.00"), D("11764.00"), [])


def test_vat_lines_of_a_ticket_whose_prices_include_it_leave_it_so():
    # near miss: VAT printed before the total of prices that include it (the
    # lines give the total alone) changes nothing: no VAT taken, prices with it
    body = NET_TIQUE.replace("TOTAL                                11.764,00", "TOTAL                                10.000,00") \
        .replace("CUENTA CORRIENTE                     11.764,00", "CUENTA CORRIENTE                     10.000,00")
    r = expetl.parse_receipt_text(ticket(body))
    assert (r.vat, r.prices_include_vat, r.total, r.warnings) == ([], True, D("10000.00"), [])


def test_vat_lines_that_do_not_make_up_the_difference_are_flagged():
    # near miss: lines that miss the total by other than the VAT printed are
    # flagged, the VAT not taken
    body = NET_TIQUE.replace("IVA 10,50%                              336,00", "IVA 10,50%                              300,00")
    r = expetl.parse_receipt_text(ticket(body))
    assert (r.vat, r.prices_include_vat, r.warnings) == ([], True, ["totals_mismatch"])


def test_a_rate_and_amount_on_the_line_under_the_description():
    # a fiscal printer that prints a long description on a line of its own,
    # its rate and amount under it, a voided one too: each was dropped (the
    # sale and its void cancelling, silently) and the description taken for
    # the next items' department; a title line over the items is none
    body = ("                  TIQUE\n\nMEDIALUNAS DE MANTECA X 6\n                       (10,50)    2.400,00\n"
            "2,000 x 900,00\nJUGO NARANJA 300 ML    (21,00)    1.800,00\nANULACION\n-1,000 x 2.400,00\n"
            "MEDIALUNAS DE MANTECA X 6\n                       (10,50)   -2.400,00\nTOSTADO JAMON Y QUESO  (10,50)    3.100,00\n"
            + _closing("4.900,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["vat_rate"], i["amount"], i["department"]) for i in r.items] == [
        ("MEDIALUNAS DE MANTECA X 6", D("1"), D("10.50"), D("2400.00"), None),
        ("JUGO NARANJA 300 ML", D("2.000"), D("21.00"), D("1800.00"), None),
        ("MEDIALUNAS DE MANTECA X 6", D("-1.000"), D("10.50"), D("-2400.00"), None),
        ("TOSTADO JAMON Y QUESO", D("1"), D("10.50"), D("3100.00"), None)]
    assert r.warnings == []


def test_an_amount_alone_under_a_line_is_no_item():
    # near miss: an amount without a rate under a line of text is not an
    # item's tail (a line of another kind): nothing is read from it
    body = ("JUGO NARANJA 300 ML    (21,00)    1.800,00\nPROMOCION VALIDA HASTA AGOTAR STOCK\n"
            "                                   500,00\n" + _closing("1.800,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["amount"]) for i in r.items] == [("JUGO NARANJA 300 ML", D("1800.00"))]


def test_a_perception_before_the_total_is_a_tax():
    # "PERC. IIBB ..." on a Tique Factura A: a tax the total adds (it was
    # read as an item of one unit)
    body = NET_TIQUE.replace("TOTAL                                11.764,00",
                             "PERC. IIBB BS.AS. 2,50%                 250,00\nTOTAL                                12.014,00") \
        .replace("CUENTA CORRIENTE                     11.764,00", "CUENTA CORRIENTE                     12.014,00")
    r = expetl.parse_receipt_text(ticket(body))
    assert r.taxes == [{"description": "PERC. IIBB BS.AS. 2,50%", "amount": D("250.00")}]
    assert (len(r.items), r.prices_include_vat, r.total, r.warnings) == (3, False, D("12014.00"), [])


@pytest.mark.parametrize("title", ["TICKET DIGITAL - ORIGINAL", "Comprobante no valido como factura"])
def test_a_title_or_disclaimer_beside_the_merchants_name(title):
    text = A4_TABLE.format(title=title, disclaimer="", head=QTY_LAST.split("\n", 1)[0], rows=QTY_LAST.split("\n", 1)[1])
    assert expetl.parse_receipt_text(text).merchant["name"] == "COOPERATIVA OBRERA LTDA. DE CONSUMO"


def test_a_header_with_a_barcode_column_under_a_dotted_rule():
    # the column names (an "EAN" column among them) and a rule of dots are
    # no description (both were glued to the first item's)
    head = "Descripcion                      EAN             Cant.   Precio   IVA %        Importe"
    rows = ("." * 88 + "\nDulce de Leche La Serenisima     7790580660000      2  1.920,00   21,00       3.840,00\n"
            "Queso Cremoso Punta del Agua                   0,418 11.490,00   10,50       4.802,82\n"
            "Pan Lactal Bimbo Grande          96385074           1  3.227,64   21,00       3.227,64")
    text = A4_TABLE.format(title="TICKET DIGITAL", disclaimer="", head=head, rows=rows).replace(
        "                                                                        Descuentos $ 480,00\n", "").replace(
        "11.390,46", "11.870,46")
    r = expetl.parse_receipt_text(text)
    assert [(i["description"], i["ean"]) for i in r.items] == [
        ("Dulce de Leche La Serenisima", "7790580660000"), ("Queso Cremoso Punta del Agua", None),
        ("Pan Lactal Bimbo Grande", "96385074")]
    assert r.warnings == []


def test_a_tables_description_cut_after_a_connective_continues_below():
    # a table's cell wraps downwards: a description cut after "con", "de",
    # ... continues on the line under it (that line was glued, with the next
    # row's barcode, to the next item's description); near miss: a heading
    # under a whole description is the next items' department
    rows = ("7790580660000  Dulce de Leche La Serenisima con      2     1.920,00   21,00          3.840,00\n"
            "               cuchara de regalo\n"
            "31277          Queso Cremoso Punta del Agua   0,418    11.490,00   10,50          4.802,82\n"
            "PANADERIA\n"
            "96385074       Pan Lactal Bimbo Grande            1     3.227,64   21,00          3.227,64")
    text = A4_TABLE.format(title="TICKET DIGITAL", disclaimer="", head=QTY_LAST.split("\n", 1)[0], rows=rows).replace(
        "                                                                        Descuentos $ 480,00\n", "").replace(
        "11.390,46", "11.870,46")
    r = expetl.parse_receipt_text(text)
    assert [(i["description"], i["ean"], i["department"]) for i in r.items] == [
        ("Dulce de Leche La Serenisima con cuchara de regalo", "7790580660000", None),
        ("Queso Cremoso Punta del Agua", None, None), ("Pan Lactal Bimbo Grande", "96385074", "PANADERIA")]
    assert r.warnings == []


def test_a_ticket_of_descriptions_with_their_rate_and_amount_under_them():
    # every item's rate ("21%") and amount on the line under its
    # description, no quantity line anywhere: the fiscal printers' form all
    # the same (such tickets were refused)
    body = ("SHAMPOO ANTICASPA 400 ML\n        21%                         5.120,00\nCURITAS X 20\n"
            "        10,5%                       1.980,00\n" + _closing("7.100,00"))
    r = expetl.parse_receipt_text(ticket(body))
    assert [(i["description"], i["quantity"], i["vat_rate"], i["amount"]) for i in r.items] == [
        ("SHAMPOO ANTICASPA 400 ML", D("1"), D("21.00"), D("5120.00")),
        ("CURITAS X 20", D("1"), D("10.50"), D("1980.00"))]
    assert r.warnings == []


def test_a_rate_and_amount_under_a_line_with_an_amount_make_no_fiscal_ticket():
    # near miss: under a line that has its own amount, a rate and an amount
    # are no item's tail; such a document is no ticket of that form
    body = ("SHAMPOO ANTICASPA 400 ML     5.120,00\n        21%                         5.120,00\n"
            + _closing("5.120,00"))
    with pytest.raises(expetl.UnsupportedLayout):
        expetl.parse_receipt_text(ticket(body))


TWO_COLUMNS = """\
{head}
JARABE PARA LA TOS 120 ML               6.730,00
  Troquel: 6612093
  Cobertura IOMA 50%                   -3.365,00
VITAMINA C 1 G X 30                     9.480,00
"""


@pytest.mark.parametrize("head", ["Descripcion                              Importe", "DETALLE          PRECIO"])
def test_a_table_of_two_columns_the_description_and_its_amount(head):
    # under a head of two columns, description and amount, each row is an
    # item of one unit (such tickets were refused); a coverage a discount
    r = expetl.parse_receipt_text(ticket(TWO_COLUMNS.format(head=head) + _closing("12.845,00")))
    assert [(i["description"], i["quantity"], i["amount"]) for i in r.items] == [
        ("JARABE PARA LA TOS 120 ML", D("1"), D("6730.00")), ("VITAMINA C 1 G X 30", D("1"), D("9480.00"))]
    assert r.discounts == [{"description": "Cobertura IOMA 50%", "amount": D("-3365.00")}]
    assert r.warnings == []


def test_rows_of_a_description_and_an_amount_without_their_head_are_no_ticket():
    # near miss: without the head (or another form) nothing tells such rows
    # items of one unit
    with pytest.raises(expetl.UnsupportedLayout):
        expetl.parse_receipt_text(ticket(TWO_COLUMNS.format(head="") + _closing("12.845,00")))
