"""pydyf executor: Standard-14 Helvetica (WinAnsi), text placed at absolute positions, QR as image XObject or vectors."""
import zlib, pydyf, segno
from PIL import Image
import sys; sys.path.insert(0, __file__.rsplit("/", 2)[0])
from layout import width

H = 842
def _font(pdf, base):
    f = pydyf.Dictionary({"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/" + base, "Encoding": "/WinAnsiEncoding"})
    pdf.add_object(f); return f

def qr_image(pdf, url):
    q = segno.make(url, error="m")
    import io; img = Image.open(io.BytesIO(_png(q))).convert("L")
    x = pydyf.Stream([zlib.compress(img.tobytes())], {"Type": "/XObject", "Subtype": "/Image", "Width": img.width,
                     "Height": img.height, "ColorSpace": "/DeviceGray", "BitsPerComponent": 8, "Filter": "/FlateDecode"})
    pdf.add_object(x); return x

def _png(q):
    import io; b = io.BytesIO(); q.save(b, kind="png", scale=4, border=4); return b.getvalue()

def render(pages, qr_url, out, vector_qr=False, info=None):
    pdf = pydyf.PDF()
    if info: pdf.info.update({k: pydyf.String(v) for k, v in info.items()})
    F1, F2 = _font(pdf, "Helvetica"), _font(pdf, "Helvetica-Bold")
    qx = qr_image(pdf, qr_url) if (qr_url and not vector_qr) else None
    for ops in pages:
        st = pydyf.Stream(compress=True)
        st.set_line_width(0.6)
        for op in ops:
            if op[0] == "t":
                _, x, y, s, size, bold, al = op
                w = width(s, size, bold)
                x = x - w if al == "r" else (x - w / 2 if al == "c" else x)
                st.begin_text(); st.set_font_size("F2" if bold else "F1", size)
                st.set_text_matrix(1, 0, 0, 1, round(x, 2), round(H - y, 2))
                st.show_text_string(s.encode("cp1252")); st.end_text()
            elif op[0] == "l":
                st.move_to(op[1], H - op[2]); st.line_to(op[3], H - op[4]); st.stroke()
            elif op[0] == "r":
                st.rectangle(op[1], H - op[2] - op[4], op[3], op[4]); st.stroke()
            elif op[0] == "qr":
                _, x, y, size = op
                if vector_qr:
                    q = segno.make(qr_url, error="m"); m = q.matrix; n = len(m) + 8; c = size / n
                    st.set_color_rgb(0, 0, 0)
                    for i, row in enumerate(m):
                        for j, v in enumerate(row):
                            if v: st.rectangle(round(x + (j + 4) * c, 3), round(H - y - (i + 5) * c, 3), round(c, 3), round(c, 3))
                    st.fill()
                else:
                    st.push_state(); st.set_matrix(size, 0, 0, size, x, H - y - size); st.draw_x_object("Q1"); st.pop_state()
        pdf.add_object(st)
        res = {"Font": pydyf.Dictionary({"F1": F1.reference, "F2": F2.reference})}
        if qx: res["XObject"] = pydyf.Dictionary({"Q1": qx.reference})
        page = pydyf.Dictionary({"Type": "/Page", "Parent": pdf.pages.reference, "MediaBox": pydyf.Array([0, 0, 595, 842]),
                                 "Contents": st.reference, "Resources": pydyf.Dictionary(res)})
        pdf.add_page(page)
    with open(out, "wb") as f:
        pdf.write(f)
