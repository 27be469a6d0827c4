"""Writes MANIFEST.md from MANIFEST.head.md + the table of files (pages from pdfinfo, sha256 of the PDFs)."""
import hashlib
import os
import re
import subprocess

import docs

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {"a": "Aspose.PDF for Python via .NET (eval)", "p": "Spire.PDF for Python (eval)", "k": "Text::PDF (Perl)"}
EX = {
    "a01_fa_ferreteria_net": "A net; fantasy name above `Razón Social:`; 6-digit internal `Código` column (dropped); `Bonif. %` line discounts (10,00 / 15,00 / 0,00); `Punto de Venta:`/`Comp. Nro:`; Percepción IIBB CABA",
    "a02_fb_farmacia_ean": "B pharmacy; `Código EAN` column (EAN-13); `$ 1.234,56`; `Descuento obra social 40%` totals discount; buyer `Señor(es):` with DNI",
    "a03_fc_verduleria_kg": "C greengrocer; kg to the gram with `U. Medida` column (`kg` / `unidades`); `1234,56`; person issuer without label; `Nº 0002-00001234`; consumidor final",
    "a04_fa_internet_27": "A services without quantity; 27% + 21%; `% IVA` column; unlabelled legal name `TELERED DEL SUR S.A.` under the trade name; Percepción IVA + Percepción IIBB Buenos Aires",
    "a05_fa_supermercado_multipag": "A 58 lines over 2 pages (header row repeated on page 2); EAN column; kg and counted; rate printed `21,00` / `10,50`; `Otros Tributos`",
    "a06_fb_ropa_copias": "B ORIGINAL / DUPLICADO (read once); legal name printed in two parts, the first wrapped by the cell (three lines), ending `SOCIEDAD DE RESPONSABILIDAD LIMITADA`; `FACTURA B 0002-...`; dd-mm-yyyy; `Bonif. %`",
    "a07_fa_software_usd": "A in USD (`Moneda: USD`, `Tipo de cambio`); QR `DOL` + `ctz`; a licence without quantity; 21% + 10,5%",
    "a08_fb_optica_totalmal": "B optician, quantity first; printed total 100,00 below the sum -> totals_mismatch (QR carries the printed total)",
    "a09_fc_vete_qrcuit": "C vet, person issuer; QR names another (valid) CUIT -> qr_mismatch",
    "a10_fa_libreria_0": "A books 0% + 21%: `Importe Exento`, `IVA 0%: 0,00` (left out of vat); 4/5-digit `Artículo` code; date `14 de julio de 2025` style",
    "p01_fa_mecanico_incl": "A with net `Subtotal` and `Subtotal c/IVA` columns (prices_include_vat true); quantities `4,00`; `% Bonif` 0,00; 5-digit code",
    "p02_fb_carniceria_kg": "B butcher by kg (`Unid.` column `kg` / `u`); unlabelled `CARNES DON PEDRO S.R.L.` under `Carnicería Don Pedro`; `FACTURA B 0012-...`",
    "p03_fc_plomero_servicios": "C plumber (person), services without quantity, long wrapped description; CUIT dashed; dd-mm-yyyy; buyer `Cliente:`",
    "p04_fa_electro_105": "A 10,5% + 21%; `Bonificación 5% pago contado` before `Importe Neto Gravado`; Percepción IIBB Buenos Aires; CUITs dashed; name wrapped",
    "p05_fb_supermercado_multipag": "B 42 lines over 2 pages, EAN-13 `Código` column, kg and counted, `Descuento jubilados 10%`, `Hoja 1 de 2`",
    "p06_fb_gastro_cf_qrwww": "B restaurant trade name only, consumidor final, `1234,56`; QR host `afip.gob.ar` without www and every value a string",
    "p07_fa_farmacia_qrtotal": "A pharmacy net, 7-digit code column; QR total 1500,00 higher than printed -> qr_mismatch",
    "p08_fc_panaderia_kg": "C bakery, kg + counted with `U.M.` column; trade name issuer; date dd.mm.yyyy",
    "p09_fb_ferreteria_totalmal": "B hardware, `Cód.` column, `$ 1.234,56`; printed total 250,00 above the sum -> totals_mismatch",
    "p10_fa_vete_perc": "A vet (vaccine, food, litter), `Percepción IVA` + `Otros Tributos`",
    "p11_fc_clases_qrimg": "C tutor (person, `Razón Social:` label), honorarios without quantity; QR as a PNG image; `Nro. 00001-...`; dd/mm/yy",
    "k01_fa_construccion_wrap": "A building materials, quantity first; `Razón Social:` name over three printed lines; Percepción IIBB Tucumán",
    "k02_fb_libreria_ean": "B bookshop, `EAN / ISBN` column; `Nº 0007-...`; consumidor final",
    "k03_fc_profesor_sinqr": "C tutor (person), no QR at all; CUIT dashed; long-form date",
    "k04_fa_carniceria_kg": "A meat wholesaler: kg lines 10,5% + a 21% line, `Unidad` column (`kg` / `Unid`); unlabelled legal name under trade name; `Nro. 00007-...`; Percepción IIBB La Pampa",
    "k05_fb_gastro_qrfecha": "B restaurant, unlabelled `GASTRONOMIA DEL PUERTO S.A.S.` under trade name; printed date dd/mm/yy; QR `fecha` as dd/mm/yyyy (agrees)",
    "k06_fc_jardineria_qrnum": "C gardener (trade name), buyer a consorcio with CUIT; `$ 1.234,56`; QR number one higher -> qr_mismatch",
    "k07_fa_repuestos_copias": "A car parts ORIGINAL / DUPLICADO / TRIPLICADO (read once); 6-digit code; one `Bonif.` line",
    "k08_fb_vete_bonif": "B vet, `Bonif. %` lines, `1234,56`, Percepción IIBB CABA on a Factura B",
    "k09_fa_internet_otros": "A cable/internet services without quantity, 27% + 21%; `Importe Otros Tributos` as the only tax; `$ 1.234,56`; CUITs dashed",
}


def main():
    rows = []
    for d in docs.build_docs():
        pdf = os.path.join(HERE, d.name + ".pdf")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = re.search(r"Pages:\s+(\d+)", info).group(1)
        sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
        rows.append(f"| `{d.name}` | {GEN[d.prefix]} | {pages} | {EX[d.name]} | `{sha}` |")
    head = open(os.path.join(HERE, "MANIFEST.head.md"), encoding="utf-8").read()
    table = "| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n" + "\n".join(sorted(rows))
    with open(os.path.join(HERE, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(head.rstrip() + "\n\n## Files\n\n" + table + "\n")


if __name__ == "__main__":
    main()
