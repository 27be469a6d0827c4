"""Write MANIFEST.md: MANIFEST.head.md + the file table."""
import hashlib, glob, json, os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {"g": "gnuplot pdfcairo", "x": "fig2dev", "p": "fig2dev + pdftocairo", "k": "GTK PrintOperation", "d": "Graphviz dot"}
EX = {
 "g01": "A net, issuer left with fantasy name + wrapped Razón Social, code column, `Punto de Venta:` / `Comp. Nro:`, Percepción IIBB",
 "g02": "B kg items (`0,500 kg`), `1234,56` amounts, `dd-mm-yy`, `Nº 0005-00011153`, issuer right, unit `u`",
 "g03": "C services with no quantity, date written out, `$ 1.234,56`, buyer 99/0 (CONSUMIDOR FINAL), QR right",
 "g04": "A net in USD (`Moneda: USD`, QR `DOL`, ctz), `1234.56`, rates `21%` / `10,5%`, a service line, QR host without www",
 "g05": "B, printed total 100.00 more than the sum (QR carries it too) -> `totals_mismatch`",
 "g06": "A with `Subtotal` and `Subtotal c/IVA` columns (VAT-inclusive amount), 21% + 10.5%, `dd.mm.yyyy`",
 "x01": "B kg meat with 10.5% goods, totals-block `Descuento 5%`, `$ 1.234,56`, U+2212 hyphens",
 "x02": "C mixed service + counted items, `dd-mm-yy`, QR values all strings",
 "x03": "A net, catering service without quantity, Percepción IIBB + Percepción IVA, `1234,56`, `Comprobante: 00005-...`",
 "x04": "B row discount `Bonificación 10% s/ ...`, `Concepto` / `P. Unit.` before `Cant.`, row rules, `dd.mm.yyyy`",
 "x05": "B with 13-digit EANs in the code column; QR total 1000.00 higher -> `qr_mismatch`",
 "x06": "A net with a 27% line and Impuestos Internos, `1234.56`, quantity first",
 "p01": "A net ORIGINAL / DUPLICADO (two identical pages, QR on both), `dd-mm-yy`, issuer right",
 "p02": "C long service description wrapped, date written out, QR `fecha` dd/mm/yyyy",
 "p03": "B internet subscription (no quantities), Percepción IIBB, `Fecha:`, `$ 1.234,56`",
 "p04": "A net 10.5% kg items, totals-block `Bonificación 3% cliente frecuente` then `Importe Neto Gravado`",
 "p05": "B, QR date one day after the printed date -> `qr_mismatch`, `1234,56`",
 "p06": "C kg items only (`1.800`), `1234.56`, `Pto. Vta.:` / `Número:`",
 "k01": "A net, 46 items over 3 pages (`Hoja 1 de 3`, `Continúa en la hoja siguiente`), totals and QR on the last page",
 "k02": "B with EAN-13 code column, `dd.mm.yyyy`, issuer right",
 "k03": "C veterinary counted items, totals-block `Descuento 10% pago en efectivo`, `$ 1.234,56`, QR right",
 "k04": "A VAT-inclusive (`Subtotal c/IVA`), 21% + 10.5% lines, `dd-mm-yy`, issuer right",
 "k05": "B, QR number one higher than printed -> `qr_mismatch`",
 "k06": "A net in USD, QR values all strings with `DOL`",
 "d01": "C one long honorarium line (no quantity), centred issuer, QR as an image",
 "d02": "B TV/internet services, `$ 1.234,56`, `Comprobante:`",
 "d03": "A net, quantity-first columns, Percepción IIBB, `Pto. Vta.:` / `Número:`",
 "d04": "B kg items, `1234,56`, `dd-mm-yy`, QR host without www",
 "d05": "C, printed total 50.00 less than the sum -> `totals_mismatch`",
 "d06": "A net 10.5% kg items without any QR (`qr` null), `dd.mm.yyyy`",
}
rows = []
for pdf in sorted(glob.glob(os.path.join(HERE, "*.pdf"))):
    n = os.path.basename(pdf)[:-4]
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = re.search(r"Pages:\s+(\d+)", info).group(1)
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    rows.append(f"| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{sha}` |")
head = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read()
open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8").write(
    head + "\n## Files\n\n| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n")
