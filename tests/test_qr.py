"""The AFIP QR code (RG 4291) as a second witness, through whole documents:
small invoice PDFs written here with a QR made by segno, embedded as a PNG
image or drawn as vectors.  The payload parser's own cases are in
tests/c/test_engine.c (test_qr_payload)."""
import base64
import io
import json
import struct
from decimal import Decimal

import pytest
import segno

import expetl
from conftest import FIXTURES
from test_ticket_layouts import BASIC, ticket

REAL = FIXTURES / "receipts" / "real"

INVOICE = """\
                                                   ORIGINAL
  DISTRIBUIDORA DEL SUR S.R.L.            B                 FACTURA
                                        COD. 06
                                                             Punto de Venta: 00005     Comp. Nro: 00000123
Razón Social: DISTRIBUIDORA DEL SUR S.R.L.                   Fecha de Emisión: 10/04/2025
Domicilio Comercial: Mitre 1550, Bariloche                   CUIT: 30755843748
Condición frente al IVA: IVA Responsable Inscripto           Ingresos Brutos: 924-771234-5

DNI: 28456123                        Apellido y Nombre / Razón Social: PEREZ JUAN CARLOS
Condición frente al IVA: Consumidor Final
Condición de venta: Contado

Código   Producto / Servicio              Cantidad U. medida   Precio Unit.   % Bonif   Imp. Bonif.      Subtotal
A-1001   Bidón de agua mineral 20 L           4,00 unidades        4500,00       0,00          0,00      18000,00
A-1002   Vasos descartables x 100 u.          3,00 unidades        2350,50       0,00          0,00       7051,50

                                                                             Subtotal: $        25051,50
                                                               Importe Otros Tributos: $            0,00
                                                                        Importe Total: $        25051,50

                                                                          CAE N°: 23207368999139
                                                                  Fecha de Vto. de CAE: 20/04/2025
"""

# what INVOICE prints, as the QR would say it
PAYLOAD = {"ver": 1, "fecha": "2025-04-10", "cuit": 30755843748, "ptoVta": 5, "tipoCmp": 6, "nroCmp": 123,
           "importe": 25051.50, "moneda": "PES", "ctz": 1, "tipoDocRec": 96, "nroDocRec": 28456123,
           "tipoCodAut": "E", "codAut": 23207368999139}
QR = {"doc_code": 6, "cuit": "30755843748", "pos": 5, "number": 123, "date": "2025-04-10",
      "total": Decimal("25051.50"), "currency": "ARS", "cae": "23207368999139"}


def url(payload=None, *, raw=None, prefix="https://www.afip.gob.ar/fe/qr/?p=", urlsafe=False, pad=True,
        pct=False):
    """The text of an AFIP QR: prefix + base64 of the JSON (or raw text)."""
    body = raw if raw is not None else json.dumps(payload if payload is not None else PAYLOAD)
    b = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(body.encode()).decode()
    if not pad:
        b = b.rstrip("=")
    if pct:
        b = b.replace("=", "%3D")
    return prefix + b


def _png_image(text, scale, border=4):
    """A QR PNG from segno, as a PDF image XObject (its IDAT is already
    FlateDecode data with PNG predictors)."""
    buf = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buf, kind="png", scale=scale, border=border)
    png = buf.getvalue()
    pos, idat, w = 8, b"", None
    while pos < len(png):
        n, kind = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, color = struct.unpack(">IIBB", data[:10])
            assert color == 0, "segno writes greyscale"
        elif kind == b"IDAT":
            idat += data
        pos += 12 + n
    head = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
            f"/BitsPerComponent {depth} /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 "
            f"/BitsPerComponent {depth} /Columns {w} >> /Length {len(idat)} >>")
    return head.encode(), idat


def _pdf_text(s):
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _vector_qr(text, x, y, side, how):
    """A QR as vector operators: a filled square per dark module (True), the
    same squares filled as one path ("path"), one rectangle per run of
    dark modules in a row ("runs"), or each run stroked as a line one module
    wide ("strokes", as an SVG of "M4 4.5h7" paths prints)."""
    m = segno.make(text, error="m", micro=False).matrix
    mod = side / len(m)
    if how == "strokes":
        ops = [b"0 G %.3f w" % mod]
        for r, row in enumerate(m):
            c = 0
            while c < len(row):
                n = 1
                while c + n < len(row) and row[c + n] and row[c]:
                    n += 1
                if row[c]:
                    yc = y + side - (r + 0.5) * mod
                    ops.append(b"%.3f %.3f m %.3f %.3f l" % (x + c * mod, yc, x + (c + n) * mod, yc))
                c += n
        return ops + [b"S"]
    ops = [b"0 g"]
    for r, row in enumerate(m):
        c = 0
        while c < len(row):
            n = 1
            if how == "runs":
                while c + n < len(row) and row[c + n] and row[c]:
                    n += 1
            if row[c]:
                ops.append(b"%.3f %.3f %.3f %.3f re" % (x + c * mod, y + side - (r + 1) * mod, n * mod, mod)
                           + (b"" if how == "path" else b" f"))
            c += n
    return ops + [b"f"] if how == "path" else ops


def _rounded_qr(text, x, y, side):
    """A QR of rounded modules: each dark module a square with its corners
    rounded (a quarter circle, one curve) a fifth of a module across."""
    m = segno.make(text, error="m", micro=False).matrix
    mod = side / len(m)
    q, k = mod / 5, 0.5523 * mod / 5
    ops = [b"0 g"]
    for r, row in enumerate(m):
        for c, dark in enumerate(row):
            if dark:
                x0, y0 = x + c * mod, y + side - (r + 1) * mod
                x1, y1 = x0 + mod, y0 + mod
                ops.append(b"%.3f %.3f m %.3f %.3f l %.3f %.3f %.3f %.3f %.3f %.3f c %.3f %.3f l "
                           b"%.3f %.3f %.3f %.3f %.3f %.3f c %.3f %.3f l %.3f %.3f %.3f %.3f %.3f %.3f c "
                           b"%.3f %.3f l %.3f %.3f %.3f %.3f %.3f %.3f c f" % (
                               x0 + q, y0, x1 - q, y0, x1 - q + k, y0, x1, y0 + q - k, x1, y0 + q,
                               x1, y1 - q, x1, y1 - q + k, x1 - q + k, y1, x1 - q, y1,
                               x0 + q, y1, x0 + q - k, y1, x0, y1 - q + k, x0, y1 - q,
                               x0, y0 + q, x0, y0 + q - k, x0 + q - k, y0, x0 + q, y0))
    return ops


def _outlined_text(x, y, w, h):
    """Text drawn as outlines, as a CAD program exports it (the text itself
    invisible): a glyph's outer contour and its counter, curves flattened
    into slanted segments, 4 pt glyphs packed in lines 7 pt apart."""
    ops = [b"0 g"]
    for ly in range(int(y), int(y + h - 5), 7):
        for gx in range(int(x), int(x + w - 4), 5):
            for d in (0.0, 1.2):  # the outer contour, then the counter
                a, b = 0.8 + d / 2, 4 - d
                pts = [(gx + d / 2 + a, ly + d), (gx + d / 2 + b - a, ly + d), (gx + d / 2 + b, ly + d + a),
                       (gx + d / 2 + b, ly + 5 - d - a), (gx + d / 2 + b - a, ly + 5 - d),
                       (gx + d / 2 + a, ly + 5 - d), (gx + d / 2, ly + 5 - d - a), (gx + d / 2, ly + d + a)]
                ops.append(b"%.2f %.2f m " % pts[0] + b" ".join(b"%.2f %.2f l" % p for p in pts[1:]) + b" h")
            ops.append(b"f*")
    return ops


def _vector_barcode(x, y):
    """The interleaved 2-of-5 barcode that older invoices print, as bars."""
    ops, pos = [b"0 g"], x
    for i in range(90):
        w = 0.7 if i % 3 else 1.8
        if i % 2 == 0:
            ops.append(b"%.2f %.2f %.2f 30 re f" % (pos, y, w))
        pos += w
    return ops


def make_pdf(text, qr=None, *, vector=False, scale=3, at=(30, 40, 90), barcode=False, before=None, border=4,
             after=None, pattern=False, outlines=None):
    """A one-page A4 PDF: text in Courier (column = character), and the QR
    at (x, y from the bottom, side in points), as an image or as vectors
    (_vector_qr), and an interleaved 2-of-5 barcode drawn beside it;
    ``before``: the text of a page before that one (a long invoice's first
    page, the code on its last); ``after``: the text of a page after it (a
    page of terms, a PDF library's advertisement); ``pattern``: the image
    filled into a square as a tiling pattern (a presentation program's
    picture fill), not drawn as an image of the page; ``outlines``: a
    block (x, y, w, h) of text drawn as outlines (_outlined_text)."""
    ops = [b"BT /F1 7 Tf 9 TL 20 800 Td"]
    ops += [b"(" + _pdf_text(line) + b") Tj T*" for line in text.splitlines()]
    ops.append(b"ET")
    objs = {}
    xobj = b""
    x, y, side = at
    if barcode:
        ops += _vector_barcode(200, 60)
    if outlines:
        ops += _outlined_text(*outlines)
    if qr is not None and vector == "rounded":
        ops += _rounded_qr(qr, x, y, side)
    elif qr is not None and vector:
        ops += _vector_qr(qr, x, y, side, vector)
    elif qr is not None:
        head, data = _png_image(qr, scale, border)
        objs[6] = head + b"\nstream\n" + data + b"\nendstream"
        if pattern:
            cell = b"/Im1 Do"
            objs[11] = (b"<< /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 1 1] /XStep 1 /YStep 1 "
                        b"/Matrix [%d 0 0 %d %d %d] /Resources << /XObject << /Im1 6 0 R >> >> /Length %d >>"
                        % (side, side, x, y, len(cell)) + b"\nstream\n" + cell + b"\nendstream")
            xobj = b" /Pattern << /P1 11 0 R >>"
            ops.append(b"q /Pattern cs /P1 scn %d %d %d %d re f Q" % (x, y, side, side))
        else:
            xobj = b" /XObject << /Im1 6 0 R >>"
            ops.append(b"q %d 0 0 %d %d %d cm /Im1 Do Q" % (side, side, x, y))
    content = b"\n".join(ops)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    if before is not None:
        first = b"\n".join([b"BT /F1 7 Tf 9 TL 20 800 Td"] + [b"(" + _pdf_text(line) + b") Tj T*"
                                                               for line in before.splitlines()] + [b"ET"])
        objs[2] = b"<< /Type /Pages /Kids [7 0 R 3 0 R] /Count 2 >>"
        objs[7] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 8 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
        objs[8] = b"<< /Length %d >>\nstream\n" % len(first) + first + b"\nendstream"
    if after is not None:
        last = b"\n".join([b"BT /F1 7 Tf 9 TL 20 800 Td"] + [b"(" + _pdf_text(line) + b") Tj T*"
                                                              for line in after.splitlines()] + [b"ET"])
        objs[2] = objs[2].replace(b"3 0 R] /Count 1", b"3 0 R 9 0 R] /Count 2").replace(
            b"3 0 R] /Count 2", b"3 0 R 9 0 R] /Count 3")
        objs[9] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 10 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
        objs[10] = b"<< /Length %d >>\nstream\n" % len(last) + last + b"\nendstream"
    objs[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >>" + xobj + b" >> >>")
    objs[4] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    out = bytearray(b"%PDF-1.4\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k] if k in offs else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)


def parse(pdf):
    return expetl.parse_receipt(pdf)


def test_the_invoice_text_alone_has_no_qr():
    r = parse(make_pdf(INVOICE))
    assert r.doc_type == "factura_b" and r.total == Decimal("25051.50")
    assert r.qr is None and r.warnings == []


def test_an_embedded_qr_image_is_decoded_and_agrees():
    r = parse(make_pdf(INVOICE, url()))
    assert r.qr == QR
    assert r.warnings == []
    # the printed fields stay the printed ones
    assert (r.merchant["cuit"], r.pos, r.number, r.issued_at) == ("30755843748", 5, 123, "2025-04-10")


def test_a_qr_drawn_as_vectors_is_decoded():
    r = parse(make_pdf(INVOICE, url(), vector=True))
    assert r.qr == QR and r.warnings == []


@pytest.mark.parametrize("how,side", [(True, 60), (True, 150), ("path", 90), ("runs", 90), ("strokes", 90)])
def test_a_qr_drawn_as_vectors_is_found_by_its_marks_and_rendered(how, side):
    """Module squares, one path of them, runs of them filled or stroked, small or large:
    the probe finds the code and only then is the page rendered."""
    pdf = make_pdf(INVOICE, url(), vector=how, at=(30, 40, side), barcode=True)
    t = expetl._native.qr_search(pdf)
    assert t["found"] and t["how"].startswith("page 1, vectors")
    assert t["probes"] == 1 and 1 <= t["renders"] <= 2
    assert parse(pdf).qr == QR


def test_a_code_among_text_drawn_as_outlines_is_found():
    """A CAD program draws its text as outlines: a block of them packs more
    module-sized marks than the code, but few square ones; the code's
    square marks are the cluster rendered."""
    pdf = make_pdf(INVOICE, url(), vector="runs", at=(30, 40, 90), outlines=(300, 300, 200, 160))
    t = expetl._native.qr_search(pdf)
    assert t["found"] and t["how"].startswith("page 1, vectors") and t["renders"] == 1, t
    assert parse(pdf).qr == QR


def test_a_code_of_rounded_modules_is_found_by_all_its_marks():
    """Near miss: a code whose modules have rounded corners has no square
    marks; the cluster of every mark still finds it."""
    pdf = make_pdf(INVOICE, url(), vector="rounded", at=(30, 40, 110))
    t = expetl._native.qr_search(pdf)
    assert t["found"] and t["how"].startswith("page 1, vectors"), t
    assert parse(pdf).qr == QR


def test_a_code_drawn_as_vectors_on_the_last_page_is_found():
    """A long invoice prints its code in the footer of its last page."""
    pdf = make_pdf(INVOICE, url(), vector="runs", before=INVOICE)
    t = expetl._native.qr_search(pdf)
    assert t["found"] and t["how"].startswith("page 2, vectors"), t
    assert t["probes"] == 2


@pytest.mark.parametrize("side", [60, 90, 150])
def test_a_qr_picture_filled_into_a_square_is_found_and_read(side):
    """A presentation program fills a shape with the picture (an image
    pattern): no image of the page's, no marks; the square is rendered."""
    pdf = make_pdf(INVOICE, url(), pattern=True, at=(30, 40, side))
    t = expetl._native.qr_search(pdf)
    assert t["found"] and "picture" in t["how"], t
    assert t["renders"] == 1
    assert parse(pdf).qr == QR


def test_a_picture_filled_into_a_shape_not_a_codes_size_is_not_rendered():
    """Near miss: a picture fill the size of a page's banner is not searched."""
    pdf = make_pdf(INVOICE, url(), pattern=True, at=(30, 40, 400))
    t = expetl._native.qr_search(pdf)
    assert not t["found"] and t["renders"] == 0, t


@pytest.mark.parametrize("vector", [False, "runs"])
def test_a_code_on_the_page_before_an_appended_page_is_found(vector):
    """A page of terms or a PDF library's advertisement after a two-page
    invoice: its code is on the page before the last."""
    pdf = make_pdf(INVOICE, url(), vector=vector, before=INVOICE,
                   after="Create PDF documents with our library\nwww.example.com")
    t = expetl._native.qr_search(pdf)
    assert t["found"] and t["how"].startswith("page 2,"), t
    assert parse(pdf).qr == QR


@pytest.mark.parametrize("pdf", [make_pdf(INVOICE), make_pdf(INVOICE, barcode=True),
                                 make_pdf(INVOICE, "https://www.afip.gob.ar/fe/qr/?p=bm90IGpzb24=")],
                         ids=["text-only", "barcode-bars", "qr-image-not-afip"])
def test_no_evidence_of_a_code_drawn_as_vectors_no_render(pdf):
    """Without marks of a module's size packed in a square (text, a
    barcode's bars, a QR image that is not AFIP's), the page is probed
    once and never rendered."""
    t = expetl._native.qr_search(pdf)
    assert t == {"found": False, "how": "", "probes": 1, "renders": 0}
    assert parse(pdf).qr is None


def test_an_image_qr_needs_no_probe():
    t = expetl._native.qr_search(make_pdf(INVOICE, url()))
    assert t["found"] and (t["probes"], t["renders"]) == (0, 0)


@pytest.mark.parametrize("scale", [1, 2, 6])
def test_a_qr_image_at_few_or_many_pixels_per_module(scale):
    assert parse(make_pdf(INVOICE, url(), scale=scale)).qr == QR


@pytest.mark.parametrize("scale", [1, 2])
def test_a_qr_image_cropped_to_the_code_reads_with_the_pages_white_around_it(scale):
    # Octave stores the code's modules alone, no quiet zone in the image:
    # on the page the white around it is the quiet zone
    assert parse(make_pdf(INVOICE, url(), scale=scale, border=0)).qr == QR


@pytest.mark.parametrize("change", [
    {"importe": 25051.52},
    {"nroCmp": 124},
    {"ptoVta": 6},
    {"cuit": 30687310434},
    {"fecha": "2025-04-11"},
    {"tipoCmp": 1},    # a Factura A's code on a Factura B
    {"tipoCmp": 8},    # a credit note B is not an invoice
    {"moneda": "DOL"},  # dollars in the QR, pesos printed: beyond the contract's list, never silently wrong
])
def test_a_qr_that_disagrees_with_the_text_is_a_qr_mismatch(change):
    r = parse(make_pdf(INVOICE, url({**PAYLOAD, **change})))
    assert r.qr is not None
    assert r.warnings == ["qr_mismatch"]
    # never copied: the printed values stay
    assert (r.total, r.number, r.pos, r.merchant["cuit"]) == (Decimal("25051.50"), 123, 5, "30755843748")


@pytest.mark.parametrize("change", [{"importe": 25051.51}, {"importe": "25051.49"}, {"tipoCmp": 82},
                                    {"tipoCmp": 206}])
def test_within_a_cent_and_other_invoice_codes_of_the_letter_agree(change):
    assert parse(make_pdf(INVOICE, url({**PAYLOAD, **change}))).warnings == []


def test_a_currency_the_text_states_agrees_with_the_qrs():
    text = INVOICE.replace("Importe Total: $        25051,50", "Importe Total: USD      25051,50")
    r = parse(make_pdf(text, url({**PAYLOAD, "moneda": "DOL"})))
    assert (r.currency, r.qr["currency"], r.warnings) == ("USD", "USD", [])
    # and the printed dollars disagree with a QR in pesos
    assert parse(make_pdf(text, url())).warnings == ["qr_mismatch"]


def test_a_qr_missing_fields_gives_nulls_and_no_mismatch():
    r = parse(make_pdf(INVOICE, url({"ver": 1, "cuit": 30755843748, "ptoVta": 5})))
    assert r.qr == {"doc_code": None, "cuit": "30755843748", "pos": 5, "number": None, "date": None,
                    "total": None, "currency": None, "cae": None}
    assert r.warnings == []


def test_a_field_the_text_lacks_is_not_compared_nor_copied():
    # the issuer's CUIT only in a logo: the text has none, the QR names one
    text = INVOICE.replace("CUIT: 30755843748", "           ")
    r = parse(make_pdf(text, url({**PAYLOAD, "cuit": 30715566474})))
    assert r.merchant["cuit"] is None and r.qr["cuit"] == "30715566474"
    assert r.warnings == ["cuit_invalid"]


PRETTY = ('{\r\n  "ver": "1",\r\n  "fecha": "2025-04-10",\r\n  "cuit": 30755843748,\r\n  "ptoVta": 5,\r\n'
          '  "tipoCmp": 6,\r\n  "nroCmp": 123,\r\n  "importe": "25051.50",\r\n  "moneda": "PES",\r\n'
          '  "codAut": "23207368999139"\r\n}')
LEADING_ZERO = ('{"ver":1,"fecha":"10/04/2025","cuit":30755843748,"ptoVta":05,"tipoCmp":06,"nroCmp":123,'
                '"importe":25051.5,"moneda":"PES","codAut":23207368999139}')


@pytest.mark.parametrize("text,want", [
    (url(prefix="https://afip.gob.ar/fe/qr/?p="), QR),
    (url(prefix="afip.gob.ar/fe/qr?p="), QR),
    (url(prefix="/fe/qr/?p="), QR),
    (url(urlsafe=True, pad=False), QR),
    (url(pct=True), QR),
    (url(raw=PRETTY), QR),
    (url(raw=LEADING_ZERO), QR),
    (url(raw=json.dumps({k: v for k, v in PAYLOAD.items() if k != "fecha"})), {**QR, "date": None}),
    (url()[:255], {**QR, "cae": None}),   # cut at 255 characters: the CAE is lost
], ids=["no-www", "no-scheme", "path-only", "urlsafe-nopad", "pct3D", "crlf-strings", "leading-zero",
        "no-date", "cut-255"])
def test_payload_forms_seen_on_real_invoices(text, want):
    r = parse(make_pdf(INVOICE, text))
    assert r.qr == want and r.warnings == []


@pytest.mark.parametrize("text", ["https://www.mercadopago.com.ar/payments/123", "hello",
                                  "https://www.afip.gob.ar/fe/qr/?p=bm90IGpzb24="])
def test_a_qr_that_is_not_an_afip_payload_is_no_qr(text):
    r = parse(make_pdf(INVOICE, text))
    assert r.qr is None and r.warnings == []


def test_tickets_never_get_a_qr():
    r = parse(make_pdf(ticket(BASIC), url()))
    assert r.doc_type == "ticket"
    assert r.qr is None and r.warnings == []


@pytest.mark.parametrize("name", sorted(p.name for p in REAL.glob("*.pdf")))
def test_real_invoices_qr(name):
    """The decoded qr of every real invoice, and no qr_mismatch on any."""
    want = json.loads((REAL / name).with_suffix(".expected.json").read_text())["qr"]
    r = parse(REAL / name)
    got = r.to_json_dict()["qr"]
    if want is not None:
        want = {**want, "total": str(Decimal(want["total"]))}
        got = {**got, "total": str(Decimal(got["total"]))}
    assert got == want
    assert "qr_mismatch" not in r.warnings
