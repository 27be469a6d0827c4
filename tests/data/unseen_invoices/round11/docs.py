"""The 30 documents of round 11: spec (values) + L (layout options). One seed per document."""

M = {  # merchants: (razon social, fantasy)
    "ferr": ("FERRETERÍA INDUSTRIAL LOS HERMANOS GALLARDO Y ASOCIADOS S.R.L.", "Ferretería El Tornillo"),
    "verd": ("RODRIGUEZ PAOLA ANDREA", "Verdulería La Quinta"),
    "carn": ("FRIGORÍFICO Y CARNICERÍA DON ATILIO S.A.", None),
    "farm": ("FARMACIA CENTRAL BELGRANO S.C.S.", "Farmacity Express Belgrano"),
    "alm": ("ALMACÉN Y DESPENSA LOS ANDES S.R.L.", None),
    "elec": ("TECNOSUR IMPORTACIONES S.A.", "TecnoSur"),
    "serv": ("MARTINEZ FERNANDO GABRIEL", "Estudio Contable Martínez & Asoc."),
    "inet": ("TELERED COMUNICACIONES DEL OESTE S.A.", "TeleRed Fibra"),
    "vet": ("LOPEZ CAROLINA BEATRIZ", "Veterinaria Patitas"),
    "lib": ("LIBRERÍA Y PAPELERÍA EL ATENEO DEL SUR S.R.L.", None),
    "gast": ("EVENTOS GOURMET PATAGONIA S.A.", "Catering del Sur"),
    "beb": ("DISTRIBUIDORA DE BEBIDAS LA ESQUINA S.A.", None),
}


def S(name, letter, biz, m, seed, **kw):
    r, f = M[m]
    d = dict(name=name, letter=letter, biz=biz, merchant=r, fantasy=f, seed=seed)
    d.update(kw)
    return d


DOCS = [
    # ---- g: gnuplot pdfcairo
    (S("g01_fa_ferreteria_net", "A", "ferreteria", "ferr", 1101, n_items=5, codes=True, taxes=[("Percepción IIBB CABA", "3")]),
     dict(cols="A_net", num="pv", issuer="left")),
    (S("g02_fb_verduleria_kg", "B", "verduleria", "verd", 1102, n_items=6, date_fmt="%d-%m-%y", amt="arnd", cuit_prefix="27"),
     dict(cols="B2", num="dash", issuer="right", unit_labels={"un": "u", "kg": "kg"})),
    (S("g03_fc_servicios_nocant", "C", "servicios", "serv", 1103, n_items=3, date_fmt="long", amt="ar$", cuit_prefix="20", buyer_dni=False, buyer="CONSUMIDOR FINAL"),
     dict(cols="C", num="ptovta", issuer="left", qr_side="right", datelabel="Fecha:")),
    (S("g04_fa_electro_usd", "A", "electro", "elec", 1104, n_items=4, currency="USD", ctz="1045.50", amt="dot", qr="nowww"),
     dict(cols="A_net2", num="comp", issuer="right", rate_style="short")),
    (S("g05_fb_bebidas_totalmal", "B", "bebidas", "beb", 1105, n_items=4, bad_total="100.00"),
     dict(cols="B", num="pvn", issuer="left")),
    (S("g06_fa_libreria_incl", "A", "libreria", "lib", 1106, n_items=4, amode="incl", date_fmt="%d.%m.%Y"),
     dict(cols="A_incl", num="pv", issuer="left", size=7)),
    # ---- x: fig2dev
    (S("x01_fb_carniceria_kg", "B", "carniceria", "carn", 1201, n_items=5, block_disc="5", amt="ar$"),
     dict(cols="B", num="pv", issuer="left")),
    (S("x02_fc_veterinaria_mix", "C", "veterinaria", "vet", 1202, n_items=4, date_fmt="%d-%m-%y", cuit_prefix="27", qr="strings"),
     dict(cols="C", num="dash", issuer="right")),
    (S("x03_fa_gastronomia_perc", "A", "gastronomia", "gast", 1203, n_items=4, taxes=[("Percepción IIBB Bs. As.", "2"), ("Percepción IVA", "3")], amt="arnd"),
     dict(cols="A_net", num="comp", issuer="left", rate_style="short")),
    (S("x04_fb_farmacia_rowdisc", "B", "farmacia", "farm", 1204, n_items=4, row_disc="10", date_fmt="%d.%m.%Y"),
     dict(cols="B2", num="ptovta", issuer="right", row_rules=True)),
    (S("x05_fb_almacen_qrtotal", "B", "almacen", "alm", 1205, n_items=5, eans=True, qr_bad="total"),
     dict(cols="B", num="pvn", issuer="left")),
    (S("x06_fa_bebidas_imp27", "A", "bebidas", "beb", 1206, n_items=3, rate27=True, taxes=[("Impuestos Internos", "8")], amt="dot"),
     dict(cols="A_net2", num="pv", issuer="left")),
    # ---- p: fig2dev -> pdftocairo -pdf
    (S("p01_fa_ferreteria_copias", "A", "ferreteria", "ferr", 1301, n_items=3, copies=["ORIGINAL", "DUPLICADO"], date_fmt="%d-%m-%y"),
     dict(cols="A_net", num="dash", issuer="right", qr_every_page=True)),
    (S("p02_fc_servicios_long", "C", "servicios", "serv", 1302, n_items=2, cuit_prefix="20", date_fmt="long", qr="ddmm"),
     dict(cols="C", num="pv", issuer="left", datelabel="Fecha:")),
    (S("p03_fb_internet_abono", "B", "internet", "inet", 1303, n_items=2, taxes=[("Percepción IIBB", "2.5")], amt="ar$", buyer_dni=True),
     dict(cols="B2", num="comp", issuer="left", datelabel="Fecha:")),
    (S("p04_fa_carniceria_105", "A", "carniceria", "carn", 1304, n_items=4, block_disc="3", block_disc_label="Bonificación {p}% cliente frecuente"),
     dict(cols="A_net", num="pvn", issuer="left")),
    (S("p05_fb_libreria_qrfecha", "B", "libreria", "lib", 1305, n_items=3, qr_bad="date", amt="arnd"),
     dict(cols="B", num="pv", issuer="right")),
    (S("p06_fc_verduleria_kg", "C", "verduleria", "verd", 1306, n_items=5, cuit_prefix="27", amt="dot"),
     dict(cols="C", num="ptovta", issuer="left", unit_labels={"un": "Unid", "kg": "kg"})),
    # ---- k: GTK PrintOperation -> PDF
    (S("k01_fa_ferreteria_multipag", "A", "ferreteria", "ferr", 1401, n_items=46, codes=True),
     dict(cols="A_net", num="pv", issuer="left")),
    (S("k02_fb_almacen_ean", "B", "almacen", "alm", 1402, n_items=6, eans=True, date_fmt="%d.%m.%Y"),
     dict(cols="B", num="dash", issuer="right")),
    (S("k03_fc_veterinaria_consulta", "C", "veterinaria", "vet", 1403, n_items=3, cuit_prefix="27", amt="ar$", block_disc="10"),
     dict(cols="C", num="pvn", issuer="left", qr_side="right")),
    (S("k04_fa_libreria_incl_mixiva", "A", "libreria", "lib", 1404, n_items=5, amode="incl", date_fmt="%d-%m-%y"),
     dict(cols="A_incl", num="comp", issuer="right", size=7)),
    (S("k05_fb_farmacia_qrnumero", "B", "farmacia", "farm", 1405, n_items=3, qr_bad="number"),
     dict(cols="B2", num="ptovta", issuer="left")),
    (S("k06_fa_electro_usd_strings", "A", "electro", "elec", 1406, n_items=3, currency="USD", ctz="1052.00", qr="strings"),
     dict(cols="A_net", num="dash", issuer="left")),
    # ---- d: Graphviz dot HTML-like table
    (S("d01_fc_servicios_honorarios", "C", "servicios", "serv", 1501, n_items=1, cuit_prefix="20"),
     dict(cols="C", num="pv")),
    (S("d02_fb_internet_tv", "B", "internet", "inet", 1502, n_items=3, date_fmt="%d/%m/%Y", amt="ar$"),
     dict(cols="B2", num="comp")),
    (S("d03_fa_gastronomia_net", "A", "gastronomia", "gast", 1503, n_items=3, taxes=[("Percepción IIBB CABA", "1.5")]),
     dict(cols="A_net2", num="ptovta")),
    (S("d04_fb_verduleria_kg", "B", "verduleria", "verd", 1504, n_items=4, cuit_prefix="27", date_fmt="%d-%m-%y", amt="arnd", qr="nowww"),
     dict(cols="B", num="dash")),
    (S("d05_fc_veterinaria_totalmal", "C", "veterinaria", "vet", 1505, n_items=3, cuit_prefix="27", bad_total="-50.00"),
     dict(cols="C", num="pvn")),
    (S("d06_fa_carniceria_qrnone", "A", "carniceria", "carn", 1506, n_items=3, qr="none", date_fmt="%d.%m.%Y"),
     dict(cols="A_net", num="pv")),
]
