"""LibreOffice Draw: draw list -> flat ODG (text boxes, lines, rectangles, embedded PNG) -> soffice PDF export."""
import base64
import os
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def tsv_to_fodg(tsv, out):
    from layout import width
    pages, cur = [], None
    for line in open(tsv, encoding="utf-8"):
        o = line.rstrip("\n").split("\t")
        if o[0] == "P":
            cur = []
            pages.append(cur)
        else:
            cur.append(o)
    tstyles = {}
    body = []
    for pn, ops in enumerate(pages, 1):
        body.append(f'<draw:page draw:name="page{pn}" draw:master-page-name="Default">')
        for o in ops:
            if o[0] == "T":
                x, y, size, bold, al, s = float(o[1]), float(o[2]), float(o[3]), o[4] == "1", o[5], o[6]
                w = width(s, size, bold) * 1.04 + 4
                left = x if al == "l" else (x - w if al == "r" else x - w / 2)
                key = (size, bold, al)
                if key not in tstyles:
                    tstyles[key] = f"P{len(tstyles) + 1}"
                top = y - size * 0.93
                body.append(f'<draw:frame draw:style-name="grT" svg:x="{left:.2f}pt" svg:y="{top:.2f}pt" '
                            f'svg:width="{w:.2f}pt" svg:height="{size * 1.2:.2f}pt"><draw:text-box>'
                            f'<text:p text:style-name="{tstyles[key]}">{escape(s)}</text:p></draw:text-box></draw:frame>')
            elif o[0] == "L":
                body.append(f'<draw:line draw:style-name="grL{o[5].replace(".", "_")}" svg:x1="{o[1]}pt" svg:y1="{o[2]}pt" '
                            f'svg:x2="{o[3]}pt" svg:y2="{o[4]}pt"/>')
            elif o[0] == "R":
                body.append(f'<draw:rect draw:style-name="grL{o[5].replace(".", "_")}" svg:x="{o[1]}pt" svg:y="{o[2]}pt" '
                            f'svg:width="{o[3]}pt" svg:height="{o[4]}pt"/>')
            elif o[0] == "F":
                body.append(f'<draw:rect draw:style-name="grF" svg:x="{o[1]}pt" svg:y="{o[2]}pt" svg:width="{o[3]}pt" svg:height="{o[4]}pt"/>')
            elif o[0] == "I":
                data = base64.b64encode(open(os.path.join(os.path.dirname(tsv), o[5]), "rb").read()).decode()
                body.append(f'<draw:frame draw:style-name="grT" svg:x="{o[1]}pt" svg:y="{o[2]}pt" svg:width="{o[3]}pt" svg:height="{o[4]}pt">'
                            f'<draw:image><office:binary-data>{data}</office:binary-data></draw:image></draw:frame>')
        body.append("</draw:page>")
    lw = sorted({o[5] for ops in pages for o in ops if o[0] in "LR"})
    st = ['<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
          'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="595pt" fo:page-height="842pt" style:print-orientation="portrait"/></style:page-layout>',
          '<style:style style:name="dp1" style:family="drawing-page"/>',
          '<style:style style:name="grT" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" '
          'fo:padding-top="0pt" fo:padding-bottom="0pt" fo:padding-left="0pt" fo:padding-right="0pt" draw:textarea-vertical-align="top" '
          'draw:auto-grow-height="false" draw:auto-grow-width="false" fo:wrap-option="no-wrap"/></style:style>',
          '<style:style style:name="grF" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#000000"/></style:style>']
    for w in lw:
        st.append(f'<style:style style:name="grL{w.replace(".", "_")}" style:family="graphic"><style:graphic-properties draw:stroke="solid" '
                  f'svg:stroke-width="{w}pt" svg:stroke-color="#000000" draw:fill="none"/></style:style>')
    for (size, bold, al), name in tstyles.items():
        align = {"l": "start", "r": "end", "c": "center"}[al]
        st.append(f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties fo:text-align="{align}"/>'
                  f'<style:text-properties style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'" fo:font-size="{size}pt" '
                  f'fo:font-weight="{"bold" if bold else "normal"}" fo:color="#000000"/></style:style>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
           f'office:mimetype="application/vnd.oasis.opendocument.graphics"><office:automatic-styles>{"".join(st)}</office:automatic-styles>'
           f'<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>'
           f'<office:body><office:drawing>{"".join(body)}</office:drawing></office:body></office:document>')
    open(out, "w", encoding="utf-8").write(xml)
