"""Draw one slide description (JSON written by make_invoices.py) with Spire.Presentation and save it as PDF."""
import json, sys
from spire.presentation import *
from spire.presentation.common import *

spec = json.load(open(sys.argv[1], encoding='utf-8'))
p = Presentation()
p.SlideSize.Type = SlideSizeType.Custom
p.SlideSize.Size = SizeF(595.0, 842.0)
W, L = 595.0, 36.0

def box(s, x, y, w, h, lines, size=8.5, bold_first=False, border=False, align='l', bold_last=False):
    sh = s.Shapes.AppendShape(ShapeType.Rectangle, RectangleF.FromLTRB(x, y, x + w, y + h))
    sh.Fill.FillType = FillFormatType.none
    if border:
        sh.Line.FillType = FillFormatType.Solid; sh.Line.SolidFillColor.Color = Color.get_Black(); sh.Line.Width = 0.8
    else:
        sh.Line.FillType = FillFormatType.none
    tf = sh.TextFrame
    tf.AnchoringType = TextAnchorType.Top
    tf.MarginLeft = 4; tf.MarginTop = 3
    tf.Paragraphs.Clear()
    for i, l in enumerate(lines):
        para = TextParagraph()
        para.Text = l
        para.Alignment = {'l': TextAlignmentType.Left, 'r': TextAlignmentType.Right, 'c': TextAlignmentType.Center}[align]
        tf.Paragraphs.Append(para)
        r = tf.Paragraphs[i].TextRanges[0]
        r.Fill.FillType = FillFormatType.Solid; r.Fill.SolidColor.Color = Color.get_Black()
        r.FontHeight = size * (1.3 if (bold_first and i == 0) else 1.0)
        r.LatinFont = TextFont('Liberation Sans')
        r.IsBold = TriState.TTrue if ((bold_first and i == 0) or (bold_last and i == len(lines) - 1)) else TriState.TFalse
    return sh

for ci, copy in enumerate(spec['copies']):
    s = p.Slides[0] if ci == 0 else p.Slides.Append()
    y = 40.0
    if copy: box(s, 0, 22, W, 18, [copy], 10, True, align='c')
    box(s, L, 42, 235, 120, spec['issuer'], 8.5, True)
    box(s, W / 2 - 22, 42, 44, 36, [spec['doc'][1]], 16, True, True, 'c')
    box(s, W / 2 - 30, 80, 60, 14, [spec['doc'][2]], 6.5, align='c')
    box(s, W / 2 + 40, 42, 220, 120, [spec['doc'][0]] + spec['doc'][3:], 8.5, True)
    box(s, L, 168, W - 2 * L, 58, spec['buyer'], 8.5, border=True)
    cols, rows = spec['cols'], spec['rows']
    cw = {'code': 55, 'ean': 80, 'qty': 42, 'unit': 45, 'desc': 0, 'price': 65, 'bonif': 45, 'rate': 45, 'amount': 72}
    fixed = sum(cw[c[0]] for c in cols); widths = [float(cw[c[0]] or (W - 2 * L - fixed)) for c in cols]
    t = s.Shapes.AppendTable(L, 236.0, widths, [16.0] * (len(rows) + 1))
    for r in range(len(rows) + 1):
        for c, col in enumerate(cols):
            cell = t.get_Item(c, r)
            cell.TextFrame.Text = col[1] if r == 0 else rows[r - 1][c]
            para = cell.TextFrame.Paragraphs[0]
            para.Alignment = TextAlignmentType.Right if col[2] == 'r' else TextAlignmentType.Left
            for tr in [para.TextRanges[k] for k in range(para.TextRanges.Count)]:
                tr.FontHeight = 7.5; tr.LatinFont = TextFont('Liberation Sans')
                tr.Fill.FillType = FillFormatType.Solid; tr.Fill.SolidColor.Color = Color.get_Black()
                tr.IsBold = TriState.TTrue if r == 0 else TriState.TFalse
            cell.FillFormat.FillType = FillFormatType.Solid
            cell.FillFormat.SolidColor.Color = Color.get_LightGray() if r == 0 else Color.get_White()
            cell.MarginTop = 2; cell.MarginBottom = 2
    ty = 236.0 + 22 * (len(rows) + 1) + 14
    box(s, W - L - 260, ty, 260, 14 * len(spec['totals']) + 10, [f'{l}  {v}' for l, v in spec['totals']], 9, align='r', bold_last=True)
    fy = ty + 14 * len(spec['totals']) + 24
    fx = L
    if spec['qr']:
        s.Shapes.AppendEmbedImageByPath(ShapeType.Rectangle, spec['qr'], RectangleF.FromLTRB(L, fy, L + 110, fy + 110)).Line.FillType = FillFormatType.none
        fx = L + 120
    box(s, fx, fy + 10, 260, 60, ['Comprobante Autorizado'] + spec['footer'], 8.5, True)
p.SaveToFile(sys.argv[2], FileFormat.PDF)
p.Dispose()
