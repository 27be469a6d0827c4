"""A minimal PDF writer (used only to make the QR stamp page and the blank AcroForm templates)."""
import zlib

AFM = "/usr/share/fonts/type1/urw-base35/NimbusSans-%s.afm"
_W = {}
def _widths(bold):
    k = "Bold" if bold else "Regular"
    if k not in _W:
        w = {}
        for line in open(AFM % k, encoding="latin-1"):
            if line.startswith("C "):
                parts = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip() and " " in p.strip())
                w[parts["N"]] = int(parts["WX"])
        _W[k] = w
    return _W[k]
import unicodedata
_NAMES = {" ": "space", "-": "hyphen", ".": "period", ",": "comma", ":": "colon", "/": "slash", "$": "dollar", "%": "percent",
          "(": "parenleft", ")": "parenright", "°": "degree", "º": "ordmasculine", "&": "ampersand", "\"": "quotedbl", "'": "quotesingle",
          "0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
def width(s, size, bold=False):
    w = _widths(bold); tot = 0
    for ch in s:
        n = _NAMES.get(ch) or (ch if ch.isascii() and ch.isalpha() else None)
        if n is None:
            base = unicodedata.normalize("NFD", ch)[0]
            n = base if base.isalpha() else "n"
        tot += w.get(n, 556)
    return tot * size / 1000

def esc(s):
    return "(" + s.encode("cp1252").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

class Pdf:
    def __init__(self):
        self.objs = []
    def add(self, body):
        self.objs.append(body); return len(self.objs)
    def write(self, path, root):
        out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"; offs = []
        for i, o in enumerate(self.objs, 1):
            offs.append(len(out))
            out += f"{i} 0 obj\n".encode() + (o if isinstance(o, bytes) else o.encode("latin-1")) + b"\nendobj\n"
        x = len(out)
        out += f"xref\n0 {len(self.objs)+1}\n0000000000 65535 f \n".encode()
        for o in offs: out += f"{o:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {len(self.objs)+1} /Root {root} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
        open(path, "wb").write(out)
    def stream(self, data, extra=""):
        z = zlib.compress(data.encode("latin-1"))
        return self.add(f"<< /Length {len(z)} /Filter /FlateDecode {extra}>>\nstream\n".encode() + z + b"\nendstream")

def qr_ops(matrix, x, ytop, size, H=842):
    n = len(matrix) + 8; m = size / n; s = []
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v: s.append(f"{x + (c + 4) * m:.3f} {H - ytop - (r + 5) * m:.3f} {m:.3f} {m:.3f} re")
    return "0 g\n" + "\n".join(s) + "\nf\n"

def qr_stamp(path, matrix, x, ytop, size):
    p = Pdf()
    c = p.stream(qr_ops(matrix, x, ytop, size))
    pg = p.add(f"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents {c} 0 R /Resources << >> >>")
    p.add(f"<< /Type /Pages /Kids [{pg} 0 R] /Count 1 >>")
    root = p.add("<< /Type /Catalog /Pages 3 0 R >>")
    p.write(path, root)
