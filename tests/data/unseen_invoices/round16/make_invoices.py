"""Build round 16: python-docx / openpyxl fill the template, the vendor's renderer writes the PDF."""
import json, os, sys
import docs
from render_docx import build_docx
from render_xlsx import build_xlsx

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/work/round16-scratch/tpl"
os.makedirs(TMP, exist_ok=True)

def aspose_words(src, dst, doc=None):
    import io, segno
    import aspose.words as aw
    d = aw.Document(src)
    if doc is not None and doc.qr_kind == "svg" and doc.qr_url:
        b = aw.DocumentBuilder(d)
        for node in d.get_child_nodes(aw.NodeType.PARAGRAPH, True):
            p = node.as_paragraph()
            if "{{QR}}" in p.get_text():
                p.remove_all_children(); b.move_to(p)
                s = io.BytesIO(); segno.make(doc.qr_url, error="m").save(s, kind="svg", scale=4, border=4)
                shape = b.insert_image(s.getvalue()); shape.width = shape.height = 93.5
    d.save(dst, aw.SaveFormat.PDF)

def spire_doc(src, dst):
    from spire.doc import Document, FileFormat
    d = Document(); d.LoadFromFile(src); d.SaveToFile(dst, FileFormat.PDF); d.Close()

def spire_xls(src, dst):
    from spire.xls import Workbook, FileFormat
    w = Workbook(); w.LoadFromFile(src); w.SaveToFile(dst, FileFormat.PDF); w.Dispose()

def main(sel):
    for d in docs.all_docs():
        if sel and d.name not in sel and d.gen not in sel: continue
        pdf = os.path.join(OUT, d.name + ".pdf")
        if d.gen == "x":
            src = os.path.join(TMP, d.name + ".xlsx"); build_xlsx(d, src); spire_xls(src, pdf)
        else:
            src = os.path.join(TMP, d.name + ".docx")
            build_docx(d, src, variant=int(d.name[1:3]) % 2)
            aspose_words(src, pdf, d) if d.gen == "w" else spire_doc(src, pdf)
        with open(os.path.join(OUT, d.name + ".expected.json"), "w", encoding="utf-8") as f:
            e = d.expected()
            f.write("{\n" + ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in e.items()) + "\n}\n")
        print("built", d.name, flush=True)

if __name__ == "__main__":
    main(sys.argv[1:])
