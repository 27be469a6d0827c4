"""Writes MANIFEST.md = MANIFEST.head.md + the file table (pages from pdfinfo, sha256 of the PDF)."""
import glob, hashlib, os, re, subprocess
GEN = {"c": "Aspose.Cells for Python via .NET 26.10 (eval)", "m": "CamlPDF 2.5.3 (OCaml, mkpdf.ml)", "v": "Aspose.Slides for Python via .NET 26.10 (eval)"}
EX = {
 "c01_fa_ferreteria_bonif": "A net; trade name above `Razón Social:`; 5-digit `Código` (dropped); `Cant.` with two decimals; `Bonif. %` lines; `Punto de Venta:` / `Comp. Nro:` on two lines; Percepción IIBB CABA",
 "c02_fb_super_multipag": "B, 44 lines over 2 pages (print title row repeated, page break before totals, QR on page 2); `EAN` column; kg + counted; `Descuento jubilados 10%`; unlabelled `DISTRIBUIDORA LA ESTRELLA S.A.` under trade name; `Nº PV-NRO`; consumidor final",
 "c03_fc_plomero_svc": "C plumber (person); services without quantity + materials; `$ 1.234,56`; CUIT dashed; dd-mm-yyyy; DNI buyer",
 "c04_fa_imprenta_copias": "A print shop, ORIGINAL / DUPLICADO sheets (read once); 27% + 21%; `Cantidad` first, `% IVA`; Percepción IVA; unlabelled `IMPRESOS DEL LITORAL S.R.L.`",
 "c05_fb_dietetica_kg": "B health-food shop (trade name only), kg to the gram + counted; 4-digit `Cód.`; `Bonificación 5% pago contado`; `FACTURA B PV-NRO`; dd.mm.yyyy",
 "c06_fa_repuestos_totalmal": "A car parts; printed total 200,00 below the sum -> totals_mismatch (QR carries the printed total); 6-digit code",
 "c07_fc_veterinaria_qrnro": "C vet (trade name); QR `nroCmp` one higher than printed -> qr_mismatch; `Comprobante Nº:`",
 "c08_fb_electro_perc": "B appliances; unlabelled legal name over two lines (`... GIMENEZ` / `SOCIEDAD ANONIMA`); `Artículo` code; Percepción IIBB Buenos Aires on B; `FACTURA B PV-NRO`",
 "c09_fa_libreria_exento": "A books 0% + stationery 21%; `Importe Exento` (no VAT line for 0%); `Cantidad` first; `Nro. PV-NRO`",
 "c10_fb_ropa_qrwww": "B clothing (trade name only); `1234,56` amounts; `Bonif. %`; QR host `afip.gob.ar` without www, every value a string",
 "m01_fa_mayorista_multipag": "A wholesale, 46 lines over 2 pages (`Hoja 1 de 2`, header repeated); 6-digit code; kg + counted, `UM`; `%IVA` as `21,00` / `10,50`; Percepción IIBB Santa Fe + Otros Tributos",
 "m02_fb_corralon": "B building supplies; legal name over two lines (`CORRALON Y FERRETERIA` / `SAN CAYETANO S.R.L.`); 7-digit `ART.`; `Nº PV-NRO`; DNI buyer",
 "m03_fc_kinesio_sinqr": "C physiotherapist (person, `LIC.` title in the first line); services only (`CONCEPTO` / `IMPORTE`); no QR at all; long-form date; CUIT dashed",
 "m04_fa_repuestos_copias": "A car parts, ORIGINAL / DUPLICADO pages (read once), `Razón Social:` labelled; `BONIF.%`; Percepción IIBB CABA",
 "m05_fb_carniceria_kg": "B butcher, kg to the gram (`UNID` kg / u); date dd/mm/yy; `FACTURA B PV-NRO`",
 "m06_fa_agro_qrfecha": "A agricultural supplies 10,5% + 21%; QR date one day later -> qr_mismatch; CUITs dashed",
 "m07_fc_panaderia_qrdmy": "C bakery (trade name), kg + counted; QR `fecha` as dd/mm/yyyy (agrees)",
 "m08_fb_bazar_totalmal": "B housewares, quantity first; printed total 350,00 above the sum -> totals_mismatch",
 "m09_fa_transporte_svc": "A freight services without quantity + counted pallets; `1234,56`; Percepción IVA + Percepción IIBB Santa Fe; `Nro. PV-NRO`",
 "m10_fb_farmacia_ean": "B pharmacy, `COD.BARRAS` EAN-13 column; `Descuento obra social 40%`; unlabelled `FARMACIA DEL PUEBLO S.R.L.` under trade name",
 "v01_fa_software_usd": "A in USD (`Importe Total: USD ...`, `Moneda: USD`, `Tipo de cambio`); QR `DOL` + `ctz`; licences without quantity",
 "v02_fb_optica": "B optician, `Cant.` first; `$ 1.234,56`; unlabelled `VISION CLARA S.R.L.` under trade name; DNI buyer",
 "v03_fc_diseno_svc": "C design studio (trade name only), services only; long-form date; buyer a company with CUIT",
 "v04_fa_consultora": "A consultancy, services only (`Concepto`, `% IVA`, `Importe Neto`); legal name over two lines ending `SOCIEDAD ANONIMA`; Otros Tributos; CUITs dashed",
 "v05_fb_veterinaria_qrcuit": "B vet clinic `Razón Social:`; QR names another valid CUIT -> qr_mismatch",
 "v06_fa_ropa_bonif": "A clothing; trade name above `Razón Social:`; `Cód.`, `Bonif. %`, `% IVA`, `Importe`; Percepción IIBB Buenos Aires; dd.mm.yyyy",
 "v07_fc_panaderia_kg": "C bakery (person), kg + counted with `Unidad` column; `1234,56`; consumidor final",
 "v08_fb_bazar": "B housewares (trade name only); 4-digit `Código`; dd.mm.yyyy; buyer a consorcio with CUIT",
 "v09_fa_telecom_27": "A telecom services without quantity, 27% + 21%; Percepción IVA; unlabelled `REDSUR TELECOMUNICACIONES S.A.` under trade name; `Nro. PV-NRO`",
 "v10_fb_almacen_ean": "B grocery, `Código de barras` EAN-13 column, kg + counted; `$ 1.234,56`; consumidor final",
}
rows = []
for pdf in sorted(glob.glob("/work/round17/*.pdf")):
    n = os.path.basename(pdf)[:-4]
    pages = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1)
    sha = hashlib.sha256(open(pdf, "rb").read()).hexdigest()
    rows.append(f"| `{n}` | {GEN[n[0]]} | {pages} | {EX[n]} | `{sha}` |")
head = open("/work/round17/MANIFEST.head.md", encoding="utf-8").read()
with open("/work/round17/MANIFEST.md", "w", encoding="utf-8") as f:
    f.write(head.rstrip() + "\n\n## Files\n\n| file | generator | pages | exercises | sha256 |\n| --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n")
