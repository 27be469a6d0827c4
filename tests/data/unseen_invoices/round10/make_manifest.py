import hashlib, os, subprocess, glob
H = os.path.dirname(os.path.abspath(__file__))
GEN = {"v": "Vim `:hardcopy` -> ps2pdf (+ qpdf --overlay QR)", "e": "Emacs `ps-print` -> ps2pdf (+ qpdf --overlay QR)",
       "s": "librsvg `rsvg-convert -f pdf`", "y": "PyX", "t": "pdftk-java `fill_form` + `flatten`", "q": "pypdf form fill + flatten"}
EX = {
 "v01": "B; text invoice, boxed letter `|  B  |`; `Punto de Venta:`/`Comp. Nro:`; vector QR stamped",
 "v02": "A net; issuer right; `FACTURA \"A\"`; `Nro: 0005-00005390`; 21 % and 10,5 %; `Percepción IIBB Bs. As.`; date `dd-mm-yy`; hyphens print as U+2212",
 "v03": "C; centred issuer; service without quantity; date written out; `P.V. n   N° n`; no QR (`qr` null)",
 "v04": "B; 66 items over two pages (`Continúa en hoja 2`, header repeated, `Hoja n de 2`); QR on the last page only; date `dd.mm.yyyy`",
 "v05": "B; amounts `1234,56` (no thousands); a SUBE charge without quantity; printed total 1.000 too high: `totals_mismatch` (QR carries the printed total)",
 "e01": "B; kg items; columns Cantidad, U.M. before the description; `Subtotal` column; date `dd-mm-yy`",
 "e02": "A with `Subtotal c/IVA` (prices_include_vat true); two long services without quantity that wrap; `Comprobante: 00002-...`",
 "e03": "C; centred issuer, `FACTURA \"C\"`; 4 sessions; date written out; QR host without `www`",
 "e04": "A net; quantity first; `Bonificación obra 5%` row; `Importe Neto` column; amounts `1234,56`",
 "e05": "B; QR `importe` 20000 vs printed 38.680,00: `qr_mismatch`",
 "s01": "B; ORIGINAL / DUPLICADO pages; service without quantity; date `dd-mm-yy`",
 "s02": "A net in USD (`Moneda: USD   Cotización: 1,045.50`, `U$S 4,800.00`, QR `DOL`, ctz 1045.5); wrapped description; issuer right",
 "s03": "C; kg items with `U.M.` column; `$ 1.234,56`; filled letter box; date `dd.mm.yyyy`",
 "s04": "A net; legal name wrapped over two lines; 21 % and 27 %; `Percepción IIBB` and `Percepción IVA`",
 "s05": "B; totals-block `Descuento pago efectivo 10%`; amounts `1234.56`; centred issuer",
 "y01": "C; one service without quantity; date written out; QR `fecha` `dd/mm/yyyy`",
 "y02": "A net; `Subtotal` column (net); labour without quantity; `Cód. 01`; date `dd-mm-yy`",
 "y03": "B; kg items; amounts `1234,56`; `Cantidad`/`U.M.`/`Precio`",
 "y04": "B; `Impuestos Internos` in the totals block; issuer right; `Factura N° 0003 - 000...`",
 "y05": "A net; printed total 4.200 short: `totals_mismatch`",
 "t01": "B; AcroForm template filled & flattened (pdftk); service without quantity",
 "t02": "A net; two freight services without quantity; `Percepción IIBB CABA`; issuer right; date `dd-mm-yy`",
 "t03": "C; centred issuer; `$ 1.234,56`; QR with every value a string",
 "t04": "B; long legal name wrapped beside the letter box; `Descuento escolar 15%` row",
 "t05": "B; mixed 21 % / 10,5 % kg item; QR `nroCmp` one higher than printed: `qr_mismatch`",
 "q01": "B; pypdf-filled form; anonymous consumer; date `dd.mm.yyyy`",
 "q02": "A net; 21 % and 10,5 %; `Percepción IIBB Santa Fe`; `Comprobante:`",
 "q03": "C; amounts `1234.56`; issuer right; QR host without `www`",
 "q04": "B; ORIGINAL / DUPLICADO; centred issuer; date written out",
 "q05": "A with `Subtotal c/IVA` (prices_include_vat true)",
}
rows = []
for pdf in sorted(glob.glob(os.path.join(H, "*.pdf"))):
    n = os.path.basename(pdf)[:-4]
    pages = [l.split()[-1] for l in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.splitlines() if l.startswith("Pages:")][0]
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    rows.append(f"| `{n}` | {GEN[n[0]]} | {pages} | {EX[n[:3]]} | `{sha}` |")
head = open(os.path.join(H, "MANIFEST.head.md"), encoding="utf-8").read()
open(os.path.join(H, "MANIFEST.md"), "w", encoding="utf-8").write(head + "\n## Files\n\n| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n")
