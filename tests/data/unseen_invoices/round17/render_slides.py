"""v: document-style invoice drawn on an A4 portrait slide with Aspose.Slides for Python via .NET (text boxes,
a bordered letter box, a table shape, the QR as a PNG picture) and saved as PDF by Aspose.Slides' own renderer
(evaluation mode). The slide description is written to JSON here and drawn in a subprocess."""
import json, os, subprocess, sys, segno
from docs import fmt_date

DRAW = r'''
import json, sys
import aspose.slides as sl
spec = json.load(open(sys.argv[1], encoding="utf-8"))
p = sl.Presentation()
p.slide_size.set_size(595, 842, sl.SlideSizeScaleType.DO_NOT_SCALE)
s = p.slides[0]
def box(x, y, w, h, lines, size=8.5, bold_first=0, align="l", border=False):
    sh = s.shapes.add_auto_shape(sl.ShapeType.RECTANGLE, x, y, w, h)
    sh.fill_format.fill_type = sl.FillType.NO_FILL
    if border:
        sh.line_format.fill_format.fill_type = sl.FillType.SOLID
        sh.line_format.fill_format.solid_fill_color.color = "#000000"
        sh.line_format.width = 0.75
    else:
        sh.line_format.fill_format.fill_type = sl.FillType.NO_FILL
    tf = sh.text_frame
    tf.text_frame_format.anchoring_type = sl.TextAnchorType.TOP
    tf.text_frame_format.margin_left = tf.text_frame_format.margin_right = 4
    tf.text_frame_format.margin_top = tf.text_frame_format.margin_bottom = 2
    tf.text_frame_format.wrap_text = sl.NullableBool.TRUE
    tf.paragraphs.clear()
    for i, (txt, sz, bold) in enumerate(lines):
        para = sl.Paragraph()
        para.paragraph_format.alignment = {"l": sl.TextAlignment.LEFT, "r": sl.TextAlignment.RIGHT, "c": sl.TextAlignment.CENTER}[align]
        por = sl.Portion(txt)
        por.portion_format.font_height = sz
        por.portion_format.font_bold = sl.NullableBool.TRUE if bold else sl.NullableBool.FALSE
        por.portion_format.fill_format.fill_type = sl.FillType.SOLID
        por.portion_format.fill_format.solid_fill_color.color = "#000000"
        por.portion_format.latin_font = sl.FontData("Liberation Sans")
        para.portions.add(por)
        tf.paragraphs.add(para)
    return sh
for b in spec["boxes"]:
    box(b["x"], b["y"], b["w"], b["h"], b["lines"], align=b.get("align", "l"), border=b.get("border", False))
t = spec["table"]
tbl = s.shapes.add_table(t["x"], t["y"], t["widths"], [14] * len(t["rows"]))
tbl.style_preset = sl.TableStylePreset.NONE if hasattr(sl.TableStylePreset, "NONE") else tbl.style_preset
for r, row in enumerate(t["rows"]):
    for c, txt in enumerate(row):
        cell = tbl.rows[r][c]
        cell.margin_top = cell.margin_bottom = 1.5
        cell.margin_left = cell.margin_right = 3
        tf = cell.text_frame
        tf.text = txt if txt else " "
        para = tf.paragraphs[0]
        para.paragraph_format.alignment = sl.TextAlignment.RIGHT if t["right"][c] else sl.TextAlignment.LEFT
        for por in para.portions:
            por.portion_format.font_height = 8
            por.portion_format.font_bold = sl.NullableBool.TRUE if r == 0 else sl.NullableBool.FALSE
            por.portion_format.fill_format.fill_type = sl.FillType.SOLID
            por.portion_format.fill_format.solid_fill_color.color = "#000000"
            por.portion_format.latin_font = sl.FontData("Liberation Sans")
        cell.cell_format.fill_format.fill_type = sl.FillType.SOLID
        cell.cell_format.fill_format.solid_fill_color.color = "#D9D9D9" if r == 0 else "#FFFFFF"
        for bd in (cell.cell_format.border_top, cell.cell_format.border_bottom, cell.cell_format.border_left, cell.cell_format.border_right):
            bd.fill_format.fill_type = sl.FillType.SOLID
            bd.fill_format.solid_fill_color.color = "#808080"
            bd.width = 0.5
if spec.get("qr"):
    q = spec["qr"]
    with open(q["png"], "rb") as fh:
        img = p.images.add_image(fh.read())
    s.shapes.add_picture_frame(sl.ShapeType.RECTANGLE, q["x"], q["y"], q["size"], q["size"], img)
p.save(sys.argv[2], sl.export.SaveFormat.PDF)
'''

def render(doc, pdf_path, tmp):
    cols = doc.o["cols"]
    boxes = []
    top = 36
    left = [(l, 12, True) for l in doc.issuer_lines] + [(doc.address, 8.5, False), ("Condición frente al IVA: " + doc.cond_iva, 8.5, False)]
    boxes.append(dict(x=30, y=top, w=255, h=100, lines=left))
    boxes.append(dict(x=275, y=top, w=44, h=44, lines=[(doc.letter, 24, True), (f"COD. {doc.code:02d}", 6.5, True)], align="c", border=True))
    right = [("FACTURA", 14, True)] + [(l, 9, True) for l in doc.number_lines()] + [(f"Fecha de Emisión: {doc.date_s()}", 8.5, False),
             (f"CUIT: {doc.cuit_s()}", 8.5, False), (f"Ingresos Brutos: {doc.iibb}", 8.5, False),
             (f"Inicio de Actividades: {fmt_date(doc.inicio, 'slash')}", 8.5, False)]
    boxes.append(dict(x=330, y=top, w=240, h=100, lines=right))
    b = doc.buyer
    idl = ("CUIT: " + doc.cuit_s(b["doc"])) if b["doc_type"] == 80 else ("DNI: " + b["doc"] if b["doc_type"] == 96 else "")
    blab = "Razón Social:" if doc.letter == "A" else ("Señor(es):" if doc.letter == "B" else "Cliente:")
    blines = [(f"{blab} {b['name']}", 8.5, True), (f"Domicilio: {doc.buyer_addr}", 8.5, False),
              (f"Condición frente al IVA: {b['cond']}    {idl}".rstrip(), 8.5, False),
              ("Condición de venta: " + ("Transferencia bancaria" if doc.letter == "A" else "Contado"), 8.5, False)]
    boxes.append(dict(x=30, y=150, w=540, h=56, lines=blines, border=True))
    # items table
    total_w = 540
    fixed = {k: max(44, 6 * max([len(h)] + [len(doc.cell(it, k)) for it in doc.items]) + 8) for k, h in cols if k != "desc"}
    widths = [fixed.get(k, 0) for k, _ in cols]
    di = [k for k, _ in cols].index("desc")
    widths[di] = total_w - sum(widths)
    rows = [[h for _, h in cols]] + [[doc.cell(it, k) for k, _ in cols] for it in doc.items]
    right_al = [k not in ("desc", "code", "ean", "unit") for k, _ in cols]
    table = dict(x=30, y=222, widths=widths, rows=rows, right=right_al)
    ty = 222 + 16 * len(rows) + 30
    tl = doc.totals_rows()
    th = 14 * (len(tl) + (doc.currency == "USD")) + 8
    if ty < 462 and ty + th > 372:  # keep the totals clear of the evaluation watermark across the middle of the page
        ty = 470
    tot_lines = [(f"{lab}  {val}", 10 if "Total" in lab else 8.5, "Total" in lab) for lab, val in tl]
    if doc.currency == "USD":
        tot_lines.append((f"Moneda: USD  -  Tipo de cambio: {doc.ctz}", 8, False))
    boxes.append(dict(x=300, y=ty, w=270, h=14 * len(tot_lines) + 8, lines=tot_lines, align="r"))
    fy = max(ty + 14 * len(tot_lines) + 30, 600)
    qr = None
    if doc.qr_fields:
        png = f"{tmp}/{doc.name}_qr.png"
        segno.make(doc.qr_payload(), error="m").save(png, scale=6, border=4)
        qr = dict(png=png, x=30, y=fy, size=110)
    boxes.append(dict(x=150, y=fy + 20, w=300, h=50, lines=[("Comprobante Autorizado", 9, True), (f"CAE N°: {doc.cae}", 9, False),
                                                         (f"Fecha de Vto. de CAE: {fmt_date(doc.cae_vto, 'slash')}", 9, False)]))
    spec = dict(boxes=boxes, table=table, qr=qr)
    js = f"{tmp}/{doc.name}.slide.json"
    with open(js, "w", encoding="utf-8") as f: json.dump(spec, f, ensure_ascii=False)
    drawer = f"{tmp}/draw_slide.py"
    with open(drawer, "w") as f: f.write(DRAW)
    env = dict(os.environ, LD_LIBRARY_PATH="/work/round17-scratch/bull/root/usr/lib/x86_64-linux-gnu")
    env.pop("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", None)
    subprocess.run([sys.executable, drawer, js, pdf_path], check=True, env=env)
