"""Writes MANIFEST.md = MANIFEST.head.md + generators, QR variants, flags, checks and the file table."""
import hashlib
import os
import re
import subprocess

from docs import all_docs

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {"u": "pypdfium2 (PDFium)", "h": "pyHanko writer", "s": "skia-python (SkPDF)", "e": "PDF::Reuse (Perl)", "r": "pdfrw"}

BODY = '''
## Generators (none used in rounds 1-12)

| prefix | generator | versions | how |
| --- | --- | --- | --- |
| `u` | PDFium page-object API through pypdfium2 | pypdfium2 5.15.2, PDFium 159.0.8149.0, Liberation Sans 2.1.5 | `render_pdfium.py`: `PdfDocument.new()` (FPDF_CreateNewDocument), `FPDFText_LoadFont` (Liberation Sans Regular/Bold as CID TrueType, PDFium writes the ToUnicode map), `FPDFPageObj_CreateTextObj` + `FPDFText_SetText` (UTF-16) + `FPDFPageObj_Transform`, `FPDFPageObj_CreateNewRect` (grey header band, letter box, QR runs of modules as filled rects), `FPDFPageObj_CreateNewPath`/`FPDFPath_LineTo` rules, `FPDFPage_GenerateContent`, saved through `FPDF_SaveAsCopy` (Creator `PDFium`). AFIP-like layout: letter box top centre with `COD. 001/006/011`, issuer block left (`Razón Social:`, name wrapped over two lines on `u01`), centred on `u03`, `Punto de Venta:` / `Comp. Nro:` right, code column first on A, QR bottom left, `Hoja 1 de 2` on `u06` |
| `h` | pyHanko's own PDF writer + OpenType font engine | pyHanko 0.38.0, uharfbuzz 0.55.0, pillow 13.0.0, GNU FreeSans OTF 20120503 | `render_hanko.py`: `PdfFileWriter`, page dictionaries built as `generic.DictionaryObject` and added with `insert_page`; text shaped by `GlyphAccumulatorFactory(...).create_font_engine(writer).shape()` (HarfBuzz, subset CID CFF font, ToUnicode, `/ActualText` spans) placed with `Tm`; the QR is a segno PNG (scale 4) written as an image XObject by `pyhanko.pdf_utils.images.pil_image`. Layout: document data left (`N° 0021-00035191`), letter box `Cód. 01`, issuer right without a `Razón Social:` label (legal name bold, wrapped), no header fill, QR bottom right |
| `s` | Skia's PDF backend through skia-python (not Chromium) | skia-python 144.1 (Skia m144), Lato 2.0 | `render_skia.py`: `skia.PDF.MakeDocument(FILEWStream)`, `beginPage`/`endPage`, `canvas.drawString` with `skia.Font(Typeface.MakeFromFile(Lato))` (Skia subsets and embeds the CID TrueType with ToUnicode; alignment with `font.measureText`), `drawRect`/`drawLine`, QR as one `skia.Path` of rects (vectors). Layout: letter box top centre `CÓDIGO 01`, issuer centred under it (fantasy name large, `Razón Social:`), document data split left/right below, row rules, QR bottom left (Producer `Skia/PDF m144`) |
| `e` | PDF::Reuse (Perl) | libpdf-reuse-perl 0.39-3, perl 5.36 | `reuse_draw.pl` reads a tab-separated draw list written by `render_reuse.py`: `prFile`, `prPage`, `prMbox`, `prFont('Helvetica'/'Helvetica-Bold')` (standard Type 1, WinAnsiEncoding, not embedded), `prFontSize`, `prText(x, y, cp1252 text, 'left'/'right'/'center')` with PDF::Reuse's own width calculation, and `prAdd` for raw `re f` / `m l S` paths (QR modules as vectors). Layout: issuer left, `N° 0003-00033451` right, `COD. 001`, `SUBTOTAL:` / `TOTAL:` |
| `r` | pdfrw, content streams by hand | pdfrw 0.4, Times-Roman/Times-Bold metrics from NimbusRoman AFM (fonts-urw-base35) | `render_pdfrw.py`: `PdfWriter(compress=True)`, `PdfDict` pages, `IndirectPdfDict` standard Type 1 fonts (WinAnsiEncoding, not embedded), `BT /F1 8.5 Tf x y Td (...) Tj ET` per string, x computed from the real AFM advance widths for right/centre alignment and wrapping; rules, grey header band and QR modules as path operators. Layout: document data left, `Cod. 01`, issuer right (fantasy name, `Razón Social:` wrapped), QR bottom right |

QR codes: payload `https://www.afip.gob.ar/fe/qr/?p=` + base64 of the compact RG 4291 JSON (`ver`, `fecha`, `cuit`,
`ptoVta`, `tipoCmp`, `nroCmp`, `importe`, `moneda`, `ctz`, `tipoDocRec`, `nroDocRec`, `tipoCodAut` `E`, `codAut`),
segno 1.6.6, ECC M, module 1.55-1.6 pt; vectors for `u`, `s`, `e`, `r`, a PNG image XObject for `h`. 29 of 30 documents
carry one (`h05` none). Variants: host without `www` (`u03`, `e04`), every value a string (`h02`, `r02`), `fecha` as
`dd/mm/yyyy` (`s03`, expected `date` in ISO), `DOL` with `ctz` (`h04`). A documents carry the buyer's CUIT (80), B/C a
DNI (96) or 99 / 0 for consumidor final (`u03`, `s02`, `r05`). On both copies of `h06`; on the last page only of the
multi-page `u06` and `s06`. Every QR was decoded with `zbarimg` from `pdftoppm -r 200` renders and equals the expected
`qr`.

Flagged files (5): `u05` (`totals_mismatch`: printed total 100,00 below the sum), `e05` (`totals_mismatch`: printed
total 250,00 above the sum) — the QR carries the printed total on both, so no `qr_mismatch`; `h03` (QR total 1500,00
higher than printed), `s04` (QR number one higher), `e03` (QR date one day later) (`qr_mismatch`; all of these add up).

`verify.py` (no parser, standard library + poppler-utils + zbar-tools) checks: every key in contract order (top level,
`merchant`, items, discounts, vat, taxes, `qr`), line numbers 1..n; CUIT check digits (merchant and QR); GTIN check
digits of every `ean`; the totals identity of CONTRACT.md (fails exactly on the `totals_mismatch` files);
`discount_total` = -sum(discounts); `qr` equals every QR decoded by `zbarimg` (QR symbology only) from a `pdftoppm -r
200` render of each page, none decoded where `qr` is null; `qr_mismatch` expected exactly where the decoded QR differs
from the expected CUIT / code / pos / number / date / total; and that the merchant name, CUIT (plain or dashed), pos,
number (zero-padded or not), date (one printed form: `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `dd/mm/yy`), CAE,
currency, descriptions, EANs, quantities, unit prices, rates, amounts, discount and tax labels and amounts, VAT amounts,
subtotal and total occur in `pdftotext -layout` text. Normalisation: NFKC (so `MM²` matches `MM2`), U+2212 / U+2013 ->
`-`, whitespace collapsed; amounts looked for as `1.234,56`, `1234,56`, `1234.56`, `1,234.56` by absolute value, not
inside a longer number; a name or description is found as its words in order, each within 400 characters of the
previous one (wrapped cells), trying every occurrence of the first word.

Readings chosen where the contract leaves room (as NOTES.md unless said):
- Items with no quantity printed (services, honorarios: `h02`, `h05`, `s03`) have `quantity`, `unit` and `unit_price`
  null; on `r05` there is no unit-price column, so `unit_price` is null while quantity is printed.
- Quantities keep the decimals printed (`2` -> `"2"`, `1,00` -> `"1.00"`, `0,547` kg -> `"0.547"`); unit labels `un`,
  `Unid` -> `"un"`, `kg` -> `"kg"`; where no unit column is printed counted items are still `"un"` and weighed ones `"kg"`.
- `vat_rate` only where the line prints a rate (Factura A: `21%`, `10,5%`, `27%`, `0%` for books); B / C lines `null`.
- Code columns: 13-digit codes are valid EAN-13 (779 prefix) and are the `ean`; 4-digit and 7-digit internal codes
  (`Código`, `Artículo`, `Cód.`) are dropped.
- `subtotal` is the printed `Subtotal` / `SUBTOTAL` (on Factura A the net sum of the lines, before a totals-block
  discount; the following `Importe Neto Gravado` is not the subtotal).
- Totals-block discounts (`Descuento obra social 40%:`, `Bonificación 5% pago contado:`, `Descuento jubilados 10%:`,
  `Descuento por volumen 3%:`) are `discounts`, description = label without the colon; on A the VAT is computed on the
  discounted base.
- `u04`: Factura A with `Subtotal` (net) and `Subtotal c/IVA` columns: amount = `Subtotal c/IVA`, `prices_include_vat`
  true; its VAT line is the sum of (c/IVA - net) per line, so the printed lines add up to the total.
- `u06`: `IVA 0%: 0,00` and `Importe Otros Tributos: 0,00` are printed as zero and left out of `vat` / `taxes`.
- `e04`: `Importe Otros Tributos:` is the only non-VAT charge with a non-zero amount, so it is one `taxes` entry with
  that label. Perceptions are printed as label + amount (`Percepción IIBB CABA:`, `Percepción IVA:`), label without colon.
- `h04`: Factura A in USD: `Moneda: USD` -> `USD`; the `Tipo de cambio` is not an amount of the contract.
- `h06` repeats the page as ORIGINAL / DUPLICADO, read once. The fantasy name (first, large line) is never the merchant;
  the legal name is (`Razón Social:` on `u`, `s`, `e`, `r`; bold unlabelled legal name on `h`), joined with one space
  where it wraps.
- Negative amounts print as `-9.955,95` or `$ -1.234,56`.

## Files

| file | generator | pages | exercises | sha256 |
| --- | --- | --- | --- | --- |
'''


def main():
    out = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read() + BODY
    for d in sorted(all_docs(), key=lambda d: d.name):
        pdf = os.path.join(HERE, d.name + ".pdf")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = re.search(r"Pages:\s+(\d+)", info).group(1)
        sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
        out += f"| `{d.name}` | {GEN[d.gen]} | {pages} | {d.note} | `{sha}` |\n"
    open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8").write(out)


if __name__ == "__main__":
    main()
