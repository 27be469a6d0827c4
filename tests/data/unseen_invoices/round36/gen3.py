"""Probe round 3: one function per imitated program. Writes NAME.html, NAME.pdf, NAME.expected.json
beside this file. Every expected value is written from what the function prints, not from a parse."""
import sys
from decimal import Decimal as D

from common import (ar, base, cuit, dash, ean13, item, qr_expected, qr_img, qr_url, r2, render, s2,
                    write_expected)

DOCS = {}
GEN = {}


def doc(label):
    def deco(fn):
        DOCS[fn.__name__] = fn
        GEN[fn.__name__] = label
        return fn
    return deco


def css(extra="", size="A4", margin="12mm", font="'DejaVu Sans'", pt=10):
    return (f"<style>@page {{ size: {size}; margin: {margin}; }} body {{ font-family: {font}; font-size: {pt}pt; }}"
            f" .n {{ text-align: right; white-space: nowrap; }} {extra}</style>")


def vats(*pairs):
    return [{"rate": r, "amount": s2(a)} for r, a in pairs]


# ---------------------------------------------------------------- e01 Siigo-like, Factura A, ISO dates, "Total Bruto"
@doc("Siigo-like FA (ISO dates, Total Bruto, pronto pago)")
def e01_siigo_fa():
    C = "30714558826"; pv, nro, fecha = 5, 12345, "2024-09-05"; cae = "74361234567890"
    rows = [("RD-2201", "Rodamiento rígido de bolas 6205 2RS", 12, D("6480.00"), D("21")),
            ("CO-0450", "Correa en V perfil B-54", 8, D("9215.50"), D("21")),
            ("DI-1001", "Disco de corte 115 x 1,0 mm acero inoxidable", 50, D("1290.00"), D("21")),
            ("TB-0013", "Taladro de banco 13 mm 350 W", 2, D("184500.00"), D("10.5"))]
    its, tr = [], ""
    g = {D("21"): D(0), D("10.5"): D(0)}
    for i, (code, desc, q, p, rate) in enumerate(rows, 1):
        amt = r2(q * p); g[rate] += amt
        its.append(item(i, desc, q, s2(p), s2(amt), f"{rate:.2f}"))
        tr += (f"<tr><td>{i}</td><td>{code}</td><td>{desc}</td><td class=n>{ar(q)}</td><td>UND</td><td class=n>{ar(p)}</td>"
               f"<td class=n>{ar(rate, 1 if rate % 1 else 0)}</td><td class=n>{ar(amt)}</td></tr>")
    gross = g[D("21")] + g[D("10.5")]
    dsc = r2(gross * D("0.05")); sub = gross - dsc
    v21 = r2(r2(g[D("21")] * D("0.95")) * D("0.21")); v105 = r2(r2(g[D("10.5")] * D("0.95")) * D("0.105"))
    total = sub + v21 + v105
    logo = ('<svg width="70" height="70"><circle cx="35" cy="35" r="30" fill="#1b5e20"/>'
            '<rect x="20" y="30" width="30" height="10" fill="#fff"/></svg>')
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{border-collapse:collapse;width:100%;margin-top:8px}
    table.it th{background:#1b5e20;color:#fff;font-size:8.5pt;padding:4px} table.it td{font-size:8.5pt;padding:4px;border-bottom:1px solid #ccc}
    .box{border:1px solid #1b5e20;border-radius:4px;padding:6px}''', font="'Liberation Sans'", pt=9)}</head><body>
    <table style="width:100%"><tr><td style="width:12%">{logo}</td>
     <td style="width:42%"><b style="font-size:11pt">FERROSUR INSUMOS INDUSTRIALES S.A.S.</b><br>C.U.I.T.: {dash(C)}<br>
      Ing. Brutos: 30-71455882-6<br>Parque Industrial Lote 14 - (8000) Bahía Blanca<br>IVA Responsable Inscripto<br>Inicio de actividades: 2019-03-01</td>
     <td style="width:10%;text-align:center"><div style="border:2px solid #000;font-size:24pt;font-weight:bold">A</div>Cód. 01</td>
     <td class=box><b>FACTURA ELECTRÓNICA</b><br>Nro. Comp.: {pv:04d}-{nro:08d}<br>Fecha Emisión: 2024-09-05<br>Fecha Vencimiento: 2024-10-05</td></tr></table>
    <div class=box style="margin-top:8px"><b>Cliente:</b> TALLERES METALURGICOS ANDINOS S.A. &nbsp; <b>CUIT:</b> 30-70998877-4<br>
     <b>Dirección:</b> Av. Alem 1230, Bahía Blanca &nbsp; <b>Cond. IVA:</b> Responsable Inscripto &nbsp; <b>Forma de pago:</b> Crédito 30 días</div>
    <table class=it><tr><th>Ítem</th><th>Código</th><th>Descripción</th><th>Cant.</th><th>U.M.</th><th>Vr. Unitario</th><th>% IVA</th><th>Vr. Total</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:14px;width:45%">
     <tr><td>Total Bruto</td><td class=n>{ar(gross)}</td></tr>
     <tr><td>Descuento pronto pago 5%</td><td class=n>-{ar(dsc)}</td></tr>
     <tr><td>Subtotal</td><td class=n>{ar(sub)}</td></tr>
     <tr><td>IVA 21%</td><td class=n>{ar(v21)}</td></tr>
     <tr><td>IVA 10,5%</td><td class=n>{ar(v105)}</td></tr>
     <tr><td><b>Total a Pagar</b></td><td class=n><b>{ar(total)}</b></td></tr></table>
    <table style="margin-top:16px"><tr><td>{qr_img(qr_url(fecha, C, pv, 1, nro, total, ndoc='30709988774', cae=cae))}</td>
     <td>CAE: {cae}<br>Vencimiento CAE: 2024-09-15<br><small>Software Siigo Nube · www.siigo.com</small></td></tr></table>
    </body></html>"""
    exp = base("factura_a", "FERROSUR INSUMOS INDUSTRIALES S.A.S.", C, pv, nro, fecha, its, total, sub,
               prices_include_vat=False, cae=cae, vat=vats(("21.00", v21), ("10.50", v105)),
               discounts=[{"description": "Descuento pronto pago 5%", "amount": s2(-dsc)}], discount_total=s2(dsc),
               qr=qr_expected(fecha, C, pv, 1, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e02 Flexxus, Factura A, Ctd. first, Bonif., Subtotal c/IVA, IIBB
@doc("Flexxus FA (Ctd. first, bonif col, Subtotal c/IVA, IIBB)")
def e02_flexxus_fa():
    C = "30718776658"; pv, nro, fecha = 3, 1234, "2024-09-05"; cae = "74369988776655"
    rows = [("CU-25", "Cable unipolar 2,5 mm² rollo x 100 m", 6, D("38750.00"), 10),
            ("TM-225", "Llave termomagnética bipolar 2x25A", 10, D("14320.00"), 5),
            ("DD-240", "Disyuntor diferencial 2x40A 30mA", 4, D("48900.00"), 0),
            ("CC-34", "Caño corrugado 3/4\" x 25 m", 12, D("7650.00"), 0),
            ("TE-12", "Tablero estanco 12 módulos", 3, D("22480.00"), 15)]
    its, tr = [], ""
    net = iva = D(0)
    for i, (code, desc, q, p, b) in enumerate(rows, 1):
        n = r2(q * p * (100 - b) / 100); c = r2(n * D("1.21")); net += n; iva += c - n
        its.append(item(i, desc, q, s2(p), s2(c), "21.00"))
        tr += (f"<tr><td class=n>{ar(q)}</td><td>{code}</td><td>{desc}</td><td class=n>{ar(p)}</td><td class=n>{ar(b)}</td>"
               f"<td class=n>21,00</td><td class=n>{ar(n)}</td><td class=n>{ar(c)}</td></tr>")
    perc = r2(net * D("0.025")); total = net + iva + perc
    html = f"""<html><head><meta charset=utf-8>{css('''table{border-collapse:collapse} table.it{width:100%} table.it th{border-top:1px solid;border-bottom:1px solid;font-size:8pt;padding:3px}
    table.it td{font-size:8pt;padding:3px} .hd td{vertical-align:top;padding:4px}''', font="'Liberation Sans Narrow'", pt=9)}</head><body>
    <table class=hd style="width:100%;border:1px solid"><tr><td style="width:44%"><b style="font-size:13pt">DISTRIBUIDORA ELÉCTRICA PARANÁ S.R.L.</b><br>
      Bv. Gálvez 1850 - (3000) Santa Fe<br>Tel. 0342-455-1200 · ventas@deparana.com.ar<br>I.V.A. RESPONSABLE INSCRIPTO</td>
      <td style="width:12%;text-align:center;border-left:1px solid;border-right:1px solid"><span style="font-size:28pt;font-weight:bold">A</span><br>Código 01</td>
      <td>Comprobante: <b>FACTURA A {pv:05d}-{nro:08d}</b><br>Fecha: 05-09-2024<br>C.U.I.T.: {dash(C)}<br>Ingresos Brutos C.M.: 921-776655-8<br>Inicio Actividades: 01-07-2011</td></tr></table>
    <table class=hd style="width:100%;border:1px solid;border-top:0"><tr><td>Cliente: (C0412) CONSTRUCTORA DEL LITORAL S.A.<br>Domicilio: Ruta 168 km 4, Santa Fe</td>
      <td>C.U.I.T.: 30-71234567-1<br>I.V.A.: Responsable Inscripto<br>Cond. Vta.: Cta. Cte. 15 días &nbsp; Vendedor: 04 - GARCIA</td></tr></table>
    <table class=it style="margin-top:6px"><tr><th>Ctd.</th><th>Código</th><th>Descripción</th><th>P.Unit</th><th>Bonif.%</th><th>Alic.</th><th>Subtotal</th><th>Subtotal c/IVA</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:16px;width:44%;border:1px solid">
     <tr><td>Subtotal:</td><td class=n>{ar(net)}</td></tr><tr><td>IVA 21%:</td><td class=n>{ar(iva)}</td></tr>
     <tr><td>Percepción IIBB Bs. As. 2,50%:</td><td class=n>{ar(perc)}</td></tr>
     <tr><td><b>TOTAL:</b></td><td class=n><b>{ar(total)}</b></td></tr></table>
    <table style="margin-top:14px"><tr><td>{qr_img(qr_url(fecha, C, pv, 1, nro, total, ndoc='30712345671', cae=cae), 100)}</td>
     <td>C.A.E. Nº: {cae}<br>Fecha Vto. C.A.E.: 15-09-2024<br><small>Flexxus - Gestión Comercial</small></td></tr></table>
    </body></html>"""
    exp = base("factura_a", "DISTRIBUIDORA ELÉCTRICA PARANÁ S.R.L.", C, pv, nro, fecha, its, total, net,
               prices_include_vat=True, cae=cae, vat=vats(("21.00", iva)),
               taxes=[{"description": "Percepción IIBB Bs. As.", "amount": s2(perc)}],
               qr=qr_expected(fecha, C, pv, 1, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e03 Holistor, Factura B, serif, 2-digit year, IVA contenido (Ley 27.743)
@doc("Holistor FB (serif, dd/mm/yy, IVA contenido)")
def e03_holistor_fb():
    C = "20334455662"; pv, nro, fecha = 2, 789, "2025-09-05"; cae = "75361122334455"
    rows = [(3, "Cuaderno universitario rayado 84 hojas", D("4250.00")), (2, "Resma A4 75 g Boreal x 500", D("7890.00")),
            (10, "Lápiz negro HB", D("390.00")), (1, "Calculadora científica Casio fx-82", D("28900.00")),
            (5, "Carpeta N° 3 con anillos", D("3120.00"))]
    its, tr, sub = [], "", D(0)
    for i, (q, desc, p) in enumerate(rows, 1):
        amt = q * p; sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        tr += f"<tr><td class=n>{ar(q)}</td><td>{desc}</td><td class=n>{ar(p)}</td><td class=n>{ar(amt)}</td></tr>"
    ivac = r2(sub / D("1.21") * D("0.21"))
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{border-collapse:collapse;width:100%} table.it th,table.it td{border:1px solid #000;padding:3px 6px}
    .hd{width:100%;border:1px solid #000;border-collapse:collapse} .hd td{vertical-align:top;padding:6px}''', font="'Liberation Serif'", pt=11)}</head><body>
    <table class=hd><tr><td style="width:45%"><span style="font-size:17pt;font-style:italic">Librería El Estudiante</span><br>
      Razón Social: MARTINEZ RODRIGO ALEJANDRO<br>Domicilio: 9 de Julio 344 - Rafaela (Santa Fe)<br>Condición IVA: Responsable Inscripto</td>
      <td style="text-align:center;border-left:1px solid;border-right:1px solid;width:10%"><span style="font-size:30pt">B</span><br>Cod. 006</td>
      <td>Comprobante: FACTURA<br>Comp. Nro: {pv:04d}-{nro:08d}<br>Fecha: 05/09/25<br>C.U.I.T.: {dash(C)}<br>Ing. Brutos: 0212345-04<br>Inicio de Actividades: 01/08/10</td></tr></table>
    <table class=hd style="border-top:0"><tr><td>Sr./es: CONSUMIDOR FINAL<br>Domicilio: -<br>Cond. de Venta: Contado</td><td>I.V.A.: Consumidor Final<br>DNI: -</td></tr></table>
    <table class=it style="margin-top:8px"><tr><th>Cantidad</th><th>Detalle</th><th>Precio Unitario</th><th>Importe</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:14px"><tr><td>Subtotal $</td><td class=n>{ar(sub)}</td></tr><tr><td><b>Total $</b></td><td class=n><b>{ar(sub)}</b></td></tr></table>
    <p style="font-size:9pt;border-top:1px solid;margin-top:14px">Régimen de Transparencia Fiscal al Consumidor (Ley 27.743)<br>
     IVA Contenido: $ {ar(ivac)} &nbsp;&nbsp; Otros Impuestos Nacionales Indirectos: $ 0,00</p>
    <table><tr><td>{qr_img(qr_url(fecha, C, pv, 6, nro, sub, tdoc=99, cae=cae), 100)}</td><td>C.A.E.: {cae}<br>Vto. C.A.E.: 15/09/25<br><small>Holistor - Facturación</small></td></tr></table>
    </body></html>"""
    exp = base("factura_b", "MARTINEZ RODRIGO ALEJANDRO", C, pv, nro, fecha, its, sub, sub, cae=cae,
               qr=qr_expected(fecha, C, pv, 6, nro, sub, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e04 Tango Restó, Factura B on an 80 mm roll
@doc("Tango Restó FB (80 mm roll, qty x price line above item)")
def e04_tangoresto_fb():
    C = "20245678909"; pv, nro, fecha = 4, 12345, "2024-09-05"; cae = "74361112223334"
    rows = [(2, "MILANESA NAPOLITANA C/FRITAS", D("8500.00")), (1, "BIFE DE CHORIZO 400 GR", D("12900.00")),
            (1, "ENSALADA MIXTA", D("3800.00")), (3, "AGUA MINERAL 500 CC", D("2300.00")),
            (1, "VINO MALBEC 750", D("6500.00")), (2, "CUBIERTO", D("1500.00"))]
    its, body, sub = [], "", D(0)
    for i, (q, desc, p) in enumerate(rows, 1):
        amt = q * p; sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        body += f"<div>{q} x {ar(p)}</div><div class=r><span>{desc}</span><span>{ar(amt)}</span></div>"
    dsc = r2(sub * D("0.10")); total = sub - dsc; paid = D("50000.00")
    html = f"""<html><head><meta charset=utf-8>{css('''.r{display:flex;justify-content:space-between} .c{text-align:center} hr{border:0;border-top:1px dashed #000}''',
        size="80mm 250mm", margin="3mm", font="'DejaVu Sans Mono'", pt=8)}</head><body>
    <div class=c><b style="font-size:10pt">LA PARRILLA DE TOMAS</b><br>Razón Social: BENITEZ TOMAS EZEQUIEL<br>C.U.I.T. Nro.: {dash(C)}<br>
    Ing. Brutos: {dash(C)}<br>Av. Colón 2450 - Mar del Plata<br>Inicio de Actividades: 01/03/2015<br>IVA RESPONSABLE INSCRIPTO</div><hr>
    <div class=c><b>FACTURA B</b> (Cod. 006)</div>
    <div class=r><span>P.V. {pv:04d}</span><span>Nro. {nro:08d}</span></div>
    <div class=r><span>Fecha 05/09/2024</span><span>Hora 22:41</span></div>
    <div>Mesa 12 - Mozo 3 CARLOS</div><div>A CONSUMIDOR FINAL</div><hr>{body}<hr>
    <div class=r><span>SUBTOTAL</span><span>{ar(sub)}</span></div>
    <div class=r><span>DESC. PAGO EFECTIVO 10%</span><span>-{ar(dsc)}</span></div>
    <div class=r style="font-size:10pt"><b>TOTAL $</b><b>{ar(total)}</b></div>
    <div class=r><span>EFECTIVO</span><span>{ar(paid)}</span></div>
    <div class=r><span>SU VUELTO</span><span>{ar(paid - total)}</span></div><hr>
    <div>CAE: {cae}</div><div>Vto. CAE: 15/09/2024</div>
    <div class=c>{qr_img(qr_url(fecha, C, pv, 6, nro, total, tdoc=99, cae=cae), 120)}</div>
    <div class=c>Gracias por su visita<br>Tango Restó - Axoft</div></body></html>"""
    exp = base("factura_b", "BENITEZ TOMAS EZEQUIEL", C, pv, nro, fecha, its, total, sub, cae=cae,
               discounts=[{"description": "DESC. PAGO EFECTIVO 10%", "amount": s2(-dsc)}], discount_total=s2(dsc),
               payments=[{"method": "EFECTIVO", "amount": s2(paid)}],
               qr=qr_expected(fecha, C, pv, 6, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e05 WooCommerce AFIP plugin, Factura B, amounts without cents, long date
@doc("WooCommerce plugin FB ($12.345 no cents, long date, shipping line, coupon)")
def e05_woo_fb():
    C = "30710665547"; pv, nro, fecha = 6, 301, "2024-09-05"; cae = "74361010101010"
    rows = [("Yerba Mate Playadito Suave 1 kg", 4, D(4350)), ("Mate de calabaza forrado en cuero", 1, D(12900)),
            ("Bombilla de alpaca pico de loro", 2, D(8750)), ("Termo Stanley Classic 1 L", 1, D(98500)),
            ("Envío a domicilio - Andreani", 1, D(6490))]
    its, tr, sub = [], "", D(0)
    for i, (desc, q, p) in enumerate(rows, 1):
        amt = q * p; sub += amt
        its.append(item(i, desc, q, str(p), str(amt)))
        tr += f"<tr><td>{desc}</td><td class=n>{q}</td><td class=n>${ar(p, 0)}</td><td class=n>${ar(amt, 0)}</td></tr>"
    dsc = (sub - D(6490)) * D("0.10"); dsc = dsc.quantize(D(1)); total = sub - dsc
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:20px} table.it th{text-align:left;border-bottom:2px solid #000;padding:5px}
    table.it td{padding:6px 5px;border-bottom:1px solid #ddd} .tot td{padding:3px 6px}''', font="'Nimbus Sans'", pt=10)}</head><body>
    <table style="width:100%"><tr><td style="vertical-align:top"><span style="font-size:24pt;font-family:'URW Gothic'">Mate &amp; Co.</span><br>
      <small>Razón Social: YERBATERA DEL LITORAL S.R.L.<br>CUIT: {dash(C)} · IVA Responsable Inscripto<br>IIBB: 30-71066554-7 · Inicio de actividades: 03/2016<br>
      Córdoba 1520, Posadas, Misiones</small></td>
      <td style="vertical-align:top;text-align:right"><span style="font-size:20pt">FACTURA B</span><br>Cód. 06</td></tr></table>
    <table style="width:100%;margin-top:18px"><tr><td style="vertical-align:top;width:50%"><b>Dirección de facturación</b><br>Sofía Ramírez<br>DNI 33.456.789<br>
      Consumidor Final<br>Av. Mitre 455, Oberá, Misiones<br>sofi.ramirez@example.com</td>
      <td style="vertical-align:top"><table><tr><td>Número de factura:</td><td>{pv:04d}-{nro:08d}</td></tr><tr><td>Fecha de factura:</td><td>5 de septiembre de 2024</td></tr>
      <tr><td>Número de pedido:</td><td>4821</td></tr><tr><td>Fecha del pedido:</td><td>3 de septiembre de 2024</td></tr><tr><td>Método de pago:</td><td>Mercado Pago</td></tr></table></td></tr></table>
    <table class=it><tr><th>Producto</th><th class=n>Cantidad</th><th class=n>Precio unitario</th><th class=n>Total</th></tr>{tr}</table>
    <table class=tot style="margin-left:auto;margin-top:10px"><tr><td>Subtotal</td><td class=n>${ar(sub, 0)}</td></tr>
     <tr><td>Descuento (cupón PRIMERACOMPRA)</td><td class=n>-${ar(dsc, 0)}</td></tr>
     <tr><td><b>Total</b></td><td class=n><b>${ar(total, 0)}</b></td></tr></table>
    <table style="margin-top:30px"><tr><td>{qr_img(qr_url(fecha, C, pv, 6, nro, total, tdoc=96, ndoc=33456789, cae=cae), 100)}</td>
     <td>CAE: {cae}<br>Vencimiento del CAE: 15/09/2024<br><small>Factura generada por WooCommerce Facturación AFIP</small></td></tr></table>
    </body></html>"""
    exp = base("factura_b", "YERBATERA DEL LITORAL S.R.L.", C, pv, nro, fecha, its, total, sub, cae=cae,
               discounts=[{"description": "Descuento (cupón PRIMERACOMPRA)", "amount": s2(-dsc)}], discount_total=s2(dsc),
               qr=qr_expected(fecha, C, pv, 6, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e06 Tiendanube, Factura B, variant line under product, price before qty
@doc("Tiendanube FB (variant line, Precio|Cant.|Total, transfer discount)")
def e06_tiendanube_fb():
    C = "30711223343"; pv, nro, fecha = 7, 412, "2024-09-05"; cae = "74362020202020"
    rows = [("Remera Oversize Lisa", "Talle: L, Color: Negro", 2, D("19990")), ("Jean Mom Fit Tiro Alto", "Talle: 38, Color: Azul Claro", 1, D("54900")),
            ("Buzo Canguro Frisa", "Talle: M, Color: Gris Melange", 1, D("42500")), ("Medias Soquete Pack x3", "Talle: Único", 2, D("6990"))]
    its, tr, sub = [], "", D(0)
    for i, (desc, var, q, p) in enumerate(rows, 1):
        amt = q * p; sub += amt
        its.append(item(i, f"{desc} {var}", q, s2(p), s2(amt)))
        tr += (f"<tr><td>{desc}<br><span style='color:#777;font-size:8.5pt'>{var}</span></td><td class=n>$ {ar(p)}</td>"
               f"<td class=n>{q}</td><td class=n>$ {ar(amt)}</td></tr>")
    dsc = r2(sub * D("0.10")); total = sub - dsc
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse} table.it th{background:#f3f3f3;padding:6px;text-align:left}
    table.it td{padding:6px;border-bottom:1px solid #e5e5e5;vertical-align:top} .muted{color:#666}''', font="'Nimbus Sans'", pt=10)}</head><body>
    <div style="display:flex;justify-content:space-between;align-items:flex-start">
     <div><div style="font-size:26pt;letter-spacing:4px;font-family:'URW Gothic'">NÓMADE</div>
      <div class=muted>Razón social: INDUMENTARIA NÓMADE S.A.S.<br>CUIT: {dash(C)}<br>IVA Responsable Inscripto · IIBB 0901-223344<br>Inicio de actividades: 02/05/2020<br>
      Thames 1650, Palermo, CABA</div></div>
     <div style="border:1px solid #000;width:60px;text-align:center"><span style="font-size:26pt">B</span><br><small>Cód. 06</small></div>
     <div style="text-align:right"><b style="font-size:14pt">Factura B N° {pv:04d}-{nro:08d}</b><br>Fecha de emisión: 05/09/2024<br>
      Orden #1052 · Fecha de la orden: 04/09/2024</div></div>
    <div style="margin:16px 0;padding:8px;background:#fafafa"><b>Cliente</b>: Valentina Sosa · DNI 38.123.456 · Consumidor Final<br>
     Envío: Retiro en local · Medio de pago: Transferencia bancaria</div>
    <table class=it><tr><th>Producto</th><th class=n>Precio</th><th class=n>Cant.</th><th class=n>Total</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:10px"><tr><td>Subtotal</td><td class=n>$ {ar(sub)}</td></tr>
     <tr><td>Descuento por pago con transferencia (10%)</td><td class=n>-$ {ar(dsc)}</td></tr>
     <tr><td>Envío (Retiro en local)</td><td class=n>$ 0,00</td></tr>
     <tr><td><b>Total</b></td><td class=n><b>$ {ar(total)}</b></td></tr></table>
    <div style="display:flex;align-items:center;margin-top:24px">{qr_img(qr_url(fecha, C, pv, 6, nro, total, tdoc=96, ndoc=38123456, cae=cae), 100)}
     <div style="margin-left:10px">CAE N° {cae}<br>Vto. CAE 15/09/2024<br><small class=muted>Facturación Tiendanube</small></div></div>
    </body></html>"""
    exp = base("factura_b", "INDUMENTARIA NÓMADE S.A.S.", C, pv, nro, fecha, its, total, sub, cae=cae,
               discounts=[{"description": "Descuento por pago con transferencia (10%)", "amount": s2(-dsc)}], discount_total=s2(dsc),
               qr=qr_expected(fecha, C, pv, 6, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e07 Pharmacy, Factura B, troquel + EAN columns, obra social discount
@doc("Pharmacy FB (Troquel + EAN columns, obra social cover)")
def e07_farmacia_fb():
    C = "27314567892"; pv, nro, fecha = 3, 56789, "2024-09-05"; cae = "74363030303030"
    rows = [("4523187", ean13("779501812345"), "IBUPROFENO 400 MG X 20 COMP", 2, D("3850.00"), 40),
            ("5012344", ean13("779814400021"), "AMOXICILINA 500 MG X 16 CAPS", 1, D("9120.00"), 40),
            ("6123009", ean13("779509800174"), "ENALAPRIL 10 MG X 30 COMP", 1, D("5480.00"), 70),
            ("", ean13("779600012883"), "PROTECTOR SOLAR FPS 50 200 ML", 1, D("18900.00"), 0),
            ("", ean13("779052000315"), "ALGODON HIDROFILO X 140 G", 1, D("2150.00"), 0)]
    its, tr, sub, cov = [], "", D(0), D(0)
    for i, (tq, ean, desc, q, p, c) in enumerate(rows, 1):
        amt = q * p; sub += amt; cov += r2(amt * c / 100)
        its.append(item(i, desc, q, s2(p), s2(amt), ean=ean))
        tr += (f"<tr><td>{tq}</td><td>{ean}</td><td>{desc}</td><td class=n>{q}</td><td class=n>{ar(p)}</td><td class=n>{c}%</td>"
               f"<td class=n>{ar(amt)}</td></tr>")
    total = sub - cov
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border-bottom:1px solid;font-size:8.5pt}
    table.it td{font-size:8.5pt;padding:3px} .b{border:1px solid #0a5;padding:6px;border-radius:3px}''', font="'DejaVu Sans Condensed'", pt=9)}</head><body>
    <div style="display:flex;gap:8px"><div class=b style="flex:5"><b style="font-size:15pt;color:#0a5">✚ Farmacia San Martín</b><br>
      LOPEZ ANALIA BEATRIZ<br>Av. San Martín 980 - Villa María, Córdoba<br>Resp. Inscripto · D.T. Farm. Analía López M.P. 4512</div>
     <div class=b style="flex:1;text-align:center"><b style="font-size:24pt">B</b><br>Cód. 006</div>
     <div class=b style="flex:4">FACTURA<br>Nro. {pv:04d}-{nro:08d}<br>Fecha: 05/09/2024 &nbsp; 10:14<br>CUIT: {dash(C)}<br>IIBB: 280-451234-5 · Inicio Act.: 03/2008</div></div>
    <div class=b style="margin-top:6px">Cliente: GARCIA PEDRO &nbsp; DNI 22.333.444 &nbsp; Consumidor Final<br>
     Obra Social: OSDE - Plan 210 - Afiliado N° 61 234567 8 01 &nbsp; Receta N° 0004512 - Dr. Paz M.P. 22145</div>
    <table class=it><tr><th>Troquel</th><th>Cód. Barras</th><th>Descripción</th><th>Cant.</th><th>P. Unit.</th><th>Cob. %</th><th>Importe</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:12px"><tr><td>Subtotal:</td><td class=n>{ar(sub)}</td></tr>
     <tr><td>Dto. Obra Social OSDE 210:</td><td class=n>-{ar(cov)}</td></tr>
     <tr><td><b>Total a pagar:</b></td><td class=n><b>{ar(total)}</b></td></tr></table>
    <div style="display:flex;align-items:center;margin-top:16px">{qr_img(qr_url(fecha, C, pv, 6, nro, total, tdoc=96, ndoc=22333444, cae=cae), 95)}
     <div style="margin-left:8px">CAE: {cae} &nbsp; Vto.: 15/09/2024<br><small>Sistema de gestión farmacéutica</small></div></div>
    </body></html>"""
    exp = base("factura_b", "LOPEZ ANALIA BEATRIZ", C, pv, nro, fecha, its, total, sub, cae=cae,
               discounts=[{"description": "Dto. Obra Social OSDE 210", "amount": s2(-cov)}], discount_total=s2(cov),
               qr=qr_expected(fecha, C, pv, 6, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e08 Car workshop, Factura A, labour / parts sections with section subtotals
@doc("Car workshop FA (MANO DE OBRA / REPUESTOS sections, section subtotals)")
def e08_taller_fa():
    C = "30719988772"; pv, nro, fecha = 2, 3456, "2024-09-05"; cae = "74364040404040"
    secs = [("MANO DE OBRA", [("MO-01", "Desarme y armado de paragolpes delantero", 1, D("45000.00")),
                              ("MO-02", "Chapa y pintura guardabarros delantero izquierdo", 1, D("120000.00")),
                              ("MO-03", "Alineación y balanceo", 1, D("28000.00"))]),
            ("REPUESTOS", [("RP-1120", "Paragolpes delantero original Toyota", 1, D("385400.00")),
                           ("RP-0877", "Óptica delantera izquierda", 1, D("212750.00")),
                           ("RP-0043", "Grampas de fijación", 12, D("850.00")),
                           ("RP-2210", "Pintura poliuretánica (litro)", 2, D("38900.00"))])]
    its, tr, net, i = [], "", D(0), 0
    for sec, rows in secs:
        tr += f"<tr><td></td><td colspan=4><b><u>{sec}</u></b></td></tr>"; ss = D(0)
        for code, desc, q, p in rows:
            i += 1; amt = q * p; ss += amt
            its.append(item(i, desc, q, s2(p), s2(amt)))
            tr += f"<tr><td>{code}</td><td>{desc}</td><td class=n>{ar(q)}</td><td class=n>{ar(p)}</td><td class=n>{ar(amt)}</td></tr>"
        net += ss
        tr += f"<tr><td></td><td class=n colspan=3><i>Subtotal {sec.title().replace('De', 'de')}:</i></td><td class=n><i>{ar(ss)}</i></td></tr>"
    iva = r2(net * D("0.21")); total = net + iva
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border:1px solid;background:#ddd;padding:4px}
    table.it td{padding:3px 5px;border-left:1px solid;border-right:1px solid} table.it{border-bottom:1px solid} .hd td{vertical-align:top;padding:5px}''', font="'Nimbus Sans'", pt=9.5)}</head><body>
    <table class=hd style="width:100%;border:2px solid"><tr><td style="width:45%"><b style="font-size:14pt">TALLER MECÁNICO HNOS. ROSSI S.R.L.</b><br>
      Chapa - Pintura - Mecánica ligera<br>Av. Juan B. Justo 4410 - C.A.B.A.<br>IVA Responsable Inscripto</td>
      <td style="text-align:center;width:10%"><div style="font-size:28pt;border:2px solid">A</div>COD. 01</td>
      <td><b>FACTURA</b> N° {pv:04d} - {nro:08d}<br>Fecha: 05/09/2024<br>CUIT: {dash(C)}<br>IIBB: 901-998877-2<br>Inicio de Actividades: 15/04/2005</td></tr></table>
    <table class=hd style="width:100%;border:1px solid;margin-top:4px"><tr><td>Señores: SEGUROS LA PROTECTORA S.A.<br>Domicilio: Bartolomé Mitre 760, C.A.B.A.<br>IVA: Responsable Inscripto</td>
      <td>CUIT: {dash('30500011129')}<br>Condición de venta: Cuenta corriente<br>Siniestro N° 0045-2024-88123</td></tr>
      <tr><td colspan=2>Vehículo: Toyota Hilux 2.8 SRX 4x4 · Dominio: AC 123 BD · Kilometraje: 85.400 · Orden de reparación N° 7781</td></tr></table>
    <table class=it><tr><th>Código</th><th>Descripción</th><th>Cant.</th><th>P. Unitario</th><th>Importe</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:12px;border:1px solid"><tr><td>Neto Gravado:</td><td class=n>{ar(net)}</td></tr>
     <tr><td>IVA 21%:</td><td class=n>{ar(iva)}</td></tr><tr><td><b>TOTAL:</b></td><td class=n><b>{ar(total)}</b></td></tr></table>
    <table style="margin-top:14px"><tr><td>{qr_img(qr_url(fecha, C, pv, 1, nro, total, ndoc='30500011129', cae=cae), 100)}</td>
     <td>CAE N°: {cae}<br>Vencimiento CAE: 15/09/2024</td></tr></table></body></html>"""
    exp = base("factura_a", "TALLER MECÁNICO HNOS. ROSSI S.R.L.", C, pv, nro, fecha, its, total, net,
               prices_include_vat=False, cae=cae, vat=vats(("21.00", iva)),
               qr=qr_expected(fecha, C, pv, 1, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e09 Telecom monthly bill, Factura A, landscape, 27%, internos, IIBB, 2nd due amount
@doc("Telecom bill FA (landscape A4, period, 27%+21%, internos, IIBB, 2° venc. amount)")
def e09_telecom_fa():
    C = "30706543216"; pv, nro, fecha = 15, 884512, "2024-09-02"; cae = "74365050505050"
    rows = [("Abono Fibra Óptica Empresas 500 Mb", 1, D("38500.00"), D("27")),
            ("Línea telefónica fija IP con 2 canales", 2, D("6250.00"), D("27")),
            ("IP fija adicional", 1, D("4800.00"), D("27")),
            ("Alquiler router WiFi 6", 1, D("3200.00"), D("21"))]
    its, tr, net = [], "", D(0)
    b = {D("27"): D(0), D("21"): D(0)}
    for i, (desc, q, p, rate) in enumerate(rows, 1):
        amt = q * p; net += amt; b[rate] += amt
        its.append(item(i, desc, q, s2(p), s2(amt), f"{rate:.2f}"))
        tr += f"<tr><td>{desc}</td><td class=n>{q}</td><td class=n>{ar(p)}</td><td class=n>{rate}%</td><td class=n>{ar(amt)}</td></tr>"
    v27 = r2(b[D("27")] * D("0.27")); v21 = r2(b[D("21")] * D("0.21"))
    intern = r2(D("12500") * D("0.041667")); iibb = r2(net * D("0.02"))
    total = net + v27 + v21 + intern + iibb; total2 = r2(total * D("1.01"))
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse} table.it th{background:#003b6f;color:#fff;padding:4px;font-size:9pt}
    table.it td{padding:4px;font-size:9pt;border-bottom:1px solid #ccd} .card{border:1px solid #003b6f;border-radius:5px;padding:6px;margin-bottom:6px}''',
        size="A4 landscape", margin="10mm", font="'DejaVu Sans'", pt=9)}</head><body>
    <div style="display:flex;gap:10px">
     <div style="flex:62">
      <div style="display:flex;justify-content:space-between" class=card><div><b style="font-size:15pt;color:#003b6f">REDES PATAGÓNICAS S.A.</b><br>
        Mitre 120 - (8400) San Carlos de Bariloche, Río Negro<br>IVA Responsable Inscripto · CUIT {dash(C)}<br>IIBB C.M. 920-654321-6 · Inicio de actividades 01/02/2001</div>
        <div style="text-align:center"><b style="font-size:24pt">A</b><br>Cód. 01</div>
        <div><b>FACTURA</b><br>Nº {pv:04d}-{nro:08d}<br>Fecha de emisión: 02/09/2024</div></div>
      <div class=card>Cliente: ESTUDIO CONTABLE FERNANDEZ &amp; ASOC. S.R.L. · CUIT 30-71345678-7 · Responsable Inscripto<br>
       N° de cliente: 004578-1 · Domicilio de servicio: Moreno 455 piso 2, Bariloche<br>Período de facturación: 01/09/2024 al 30/09/2024</div>
      <table class=it><tr><th>Concepto</th><th>Cant.</th><th>Precio unit.</th><th>Alíc. IVA</th><th>Importe neto</th></tr>{tr}</table>
      <div style="margin-top:30px;font-size:8pt">Los servicios de telecomunicaciones están gravados al 27% para Responsables Inscriptos. Consultas: 0810-555-7327.</div>
     </div>
     <div style="flex:38">
      <div class=card><table style="width:100%"><tr><td>Subtotal neto</td><td class=n>{ar(net)}</td></tr><tr><td>IVA 27%</td><td class=n>{ar(v27)}</td></tr>
       <tr><td>IVA 21%</td><td class=n>{ar(v21)}</td></tr><tr><td>Impuestos Internos</td><td class=n>{ar(intern)}</td></tr>
       <tr><td>Percepción IIBB C.A.B.A. 2,00%</td><td class=n>{ar(iibb)}</td></tr>
       <tr><td><b>Total a pagar</b></td><td class=n><b>$ {ar(total)}</b></td></tr></table></div>
      <div class=card>1° Vencimiento: 16/09/2024 &nbsp; $ {ar(total)}<br>2° Vencimiento: 23/09/2024 &nbsp; $ {ar(total2)}</div>
      <div class=card style="display:flex;align-items:center">{qr_img(qr_url(fecha, C, pv, 1, nro, total, ndoc='30713456787', cae=cae), 95)}
       <div style="margin-left:8px">CAE {cae}<br>Vto. CAE 12/09/2024</div></div>
      <div class=card style="border-style:dashed">TALÓN DE PAGO · Cliente 004578-1<br>Código de pago electrónico: 0045781 0884512<br>Importe: $ {ar(total)}</div>
     </div></div></body></html>"""
    exp = base("factura_a", "REDES PATAGÓNICAS S.A.", C, pv, nro, fecha, its, total, net,
               prices_include_vat=False, cae=cae, vat=vats(("27.00", v27), ("21.00", v21)),
               taxes=[{"description": "Impuestos Internos", "amount": s2(intern)},
                      {"description": "Percepción IIBB C.A.B.A.", "amount": s2(iibb)}],
               qr=qr_expected(fecha, C, pv, 1, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e10 AFIP "Comprobantes en línea" Factura C, service period line, bonif
@doc("AFIP RCEL web form FC (service period, % Bonif / Imp. Bonif.)")
def e10_afip_fc():
    C = "27351234569"; pv, nro, fecha = 2, 153, "2024-09-05"; cae = "74366060606060"
    rows = [("Desarrollo de sitio web institucional - etapa 2 (maquetación y carga de contenidos)", 1, D("450000.00"), 0),
            ("Horas de soporte técnico agosto 2024", 12, D("18500.00"), 10)]
    its, tr, sub = [], "", D(0)
    for i, (desc, q, p, b) in enumerate(rows, 1):
        ib = r2(q * p * b / 100); amt = q * p - ib; sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        tr += (f"<tr><td></td><td>{desc}</td><td class=n>{q},00</td><td>unidades</td><td class=n>{ar(p, thousands=False)}</td>"
               f"<td class=n>{ar(b, thousands=False)},00</td><td class=n>{ar(ib, thousands=False)}</td><td class=n>{ar(amt, thousands=False)}</td></tr>")
    html = f"""<html><head><meta charset=utf-8>{css('''.bx{border:1px solid #000} table.it{width:100%;border-collapse:collapse;margin-top:4px}
    table.it th{background:#ccc;border:1px solid #000;font-size:8pt;padding:2px} table.it td{font-size:8pt;padding:2px;vertical-align:top}''', margin="8mm", font="'Liberation Sans'", pt=9)}</head><body>
    <div class=bx style="text-align:center;font-weight:bold;font-size:13pt">ORIGINAL</div>
    <div class=bx style="display:flex;border-top:0"><div style="flex:1;padding:6px"><div style="font-size:15pt;font-weight:bold;text-align:center">PEREZ JULIETA ANDREA</div>
      <b>Razón Social:</b> PEREZ JULIETA ANDREA<br><b>Domicilio Comercial:</b> Pellegrini 1530 Piso 3 Dpto B - Rosario, Santa Fe<br><b>Condición frente al IVA: Responsable Monotributo</b></div>
     <div style="width:60px;text-align:center;border:1px solid #000;border-top:0;height:62px"><span style="font-size:26pt;font-weight:bold">C</span><br><b style="font-size:7pt">COD. 011</b></div>
     <div style="flex:1;padding:6px 6px 6px 30px"><b style="font-size:17pt">FACTURA</b><br><b>Punto de Venta: {pv:05d} &nbsp; Comp. Nro: {nro:08d}</b><br>
      <b>Fecha de Emisión: 05/09/2024</b><br><br><b>CUIT:</b> {C}<br><b>Ingresos Brutos:</b> {C}<br><b>Fecha de Inicio de Actividades:</b> 01/04/2018</div></div>
    <div class=bx style="border-top:0;padding:4px"><b>Período Facturado Desde:</b> 01/08/2024 &nbsp;&nbsp; <b>Hasta:</b> 31/08/2024 &nbsp;&nbsp; <b>Fecha de Vto. para el pago:</b> 20/09/2024</div>
    <div class=bx style="padding:4px;margin-top:3px"><b>CUIT:</b> 30715050508 &nbsp; <b>Apellido y Nombre / Razón Social:</b> AGENCIA DIGITAL PAMPA S.R.L.<br>
     <b>Condición frente al IVA:</b> IVA Responsable Inscripto &nbsp; <b>Domicilio:</b> Córdoba 1147 - Rosario, Santa Fe<br><b>Condición de venta:</b> Otra</div>
    <table class=it><tr><th>Código</th><th>Producto / Servicio</th><th>Cantidad</th><th>U. Medida</th><th>Precio Unit.</th><th>% Bonif</th><th>Imp. Bonif.</th><th>Subtotal</th></tr>{tr}</table>
    <div class=bx style="margin-top:330px;padding:8px"><table style="margin-left:auto;font-weight:bold"><tr><td class=n>Subtotal: $</td><td class=n>{ar(sub, thousands=False)}</td></tr>
     <tr><td class=n>Importe Otros Tributos: $</td><td class=n>0,00</td></tr><tr><td class=n>Importe Total: $</td><td class=n>{ar(sub, thousands=False)}</td></tr></table></div>
    <div style="display:flex;margin-top:6px">{qr_img(qr_url(fecha, C, pv, 11, nro, sub, ndoc='30715050508', cae=cae), 100)}
     <div style="flex:1;padding-left:10px"><b><i>Comprobante Autorizado</i></b><br><small>Esta Administración Federal no se responsabiliza por los datos ingresados en el detalle de la operación</small></div>
     <div style="text-align:center">Pág. 1/1</div><div style="padding-left:20px"><b>CAE N°:</b> {cae}<br><b>Fecha de Vto. de CAE:</b> 15/09/2024</div></div>
    </body></html>"""
    exp = base("factura_c", "PEREZ JULIETA ANDREA", C, pv, nro, fecha, its, sub, sub, cae=cae,
               qr=qr_expected(fecha, C, pv, 11, nro, sub, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e11 Hardware store, Factura B, 34 lines over 2 pages, "Transporte" carry lines
FERRE = [("004512", "Tornillo autoperforante 8 x 1\" punta mecha (x 100)", 3, "4320.00"), ("004518", "Tarugo nylon 8 mm c/tope (x 100)", 4, "2150.00"),
         ("010233", "Silicona acética transparente 280 ml", 6, "5890.00"), ("010410", "Cinta aisladora 20 m negra", 10, "980.00"),
         ("020015", "Pincel N° 20 cerda natural", 2, "3450.00"), ("020077", "Rodillo lana 22 cm con mango", 2, "7890.00"),
         ("030301", "Látex interior blanco mate 20 L", 1, "68900.00"), ("030355", "Enduido plástico interior 4 kg", 2, "9870.00"),
         ("040120", "Lija al agua grano 180", 15, "650.00"), ("040122", "Lija al agua grano 320", 15, "650.00"),
         ("050890", "Caño termofusión 20 mm x 4 m", 8, "6120.00"), ("050891", "Codo termofusión 20 mm 90°", 20, "720.00"),
         ("050892", "Tee termofusión 20 mm", 12, "890.00"), ("050910", "Llave de paso termofusión 20 mm", 3, "14350.00"),
         ("060004", "Teflón 3/4\" x 20 m", 5, "1150.00"), ("060110", "Sellador para roscas 50 ml", 2, "4780.00"),
         ("070233", "Mecha widia 6 mm", 4, "2340.00"), ("070234", "Mecha widia 8 mm", 4, "2890.00"),
         ("070300", "Disco flap 115 mm grano 60", 5, "3120.00"), ("080012", "Guante de vaqueta reforzado", 3, "4590.00"),
         ("080044", "Anteojo de seguridad claro", 3, "2870.00"), ("090101", "Cable tipo taller 2 x 1,5 mm (x metro)", 25, "1340.00"),
         ("090150", "Toma corriente doble 10 A", 6, "3980.00"), ("090151", "Interruptor simple 10 A", 6, "3450.00"),
         ("090200", "Caja rectangular embutir PVC", 10, "640.00"), ("100300", "Bisagra 3\" bronce platil (par)", 4, "5620.00"),
         ("100450", "Cerradura de embutir Trabex 2013", 1, "38900.00"), ("110010", "Pegamento PVC 250 cc", 2, "6230.00"),
         ("110200", "Espuma poliuretano 500 ml", 2, "9850.00"), ("120001", "Clavo punta parís 2\" (x kg)", 2, "4100.00"),
         ("120080", "Alambre galvanizado N° 14 (x kg)", 3, "5450.00"), ("130015", "Balde albañil 12 L reforzado", 2, "4890.00"),
         ("130040", "Cuchara de albañil 8\"", 1, "11200.00"), ("140099", "Nivel de aluminio 60 cm", 1, "18750.00")]


@doc("Hardware store FB (34 lines, 2 pages, Transporte lines)")
def e11_ferreteria_fb_2p():
    C = "30717889904"; pv, nro, fecha = 1, 98765, "2024-09-05"; cae = "74367070707070"
    its, rows_html, sub = [], [], D(0)
    for i, (code, desc, q, p) in enumerate(FERRE, 1):
        p = D(p); amt = q * p; sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        rows_html.append((amt, f"<tr><td>{code}</td><td class=n>{q}</td><td>{desc}</td><td class=n>{ar(p)}</td><td class=n>{ar(amt)}</td></tr>"))
    p1 = rows_html[:20]; p2 = rows_html[20:]
    carry = sum(a for a, _ in p1)
    qr = qr_img(qr_url(fecha, C, pv, 6, nro, sub, tdoc=96, ndoc=25123456, cae=cae), 95)

    def head(h):
        return f"""<table class=hd><tr><td style="width:46%"><b style="font-size:14pt">FERRETERÍA INDUSTRIAL EL TORNILLO S.A.</b><br>Av. Rivadavia 11200 - Liniers, C.A.B.A.<br>
        Tel. 4641-2200 · IVA Responsable Inscripto</td><td style="text-align:center;width:10%;border:1px solid"><b style="font-size:26pt">B</b><br>Cód. 006</td>
        <td>FACTURA &nbsp;&nbsp; Hoja {h} de 2<br>Comprobante Nº: {pv:04d}-{nro:08d}<br>Fecha: 05/09/2024<br>CUIT: {dash(C)} · IIBB: 901-788990-4<br>Inicio de Actividades: 01/09/1998</td></tr></table>
        <div class=cl>Cliente: RODRIGUEZ CARLOS · DNI 25.123.456 · Consumidor Final · Cond. Venta: Contado</div>
        <table class=it><tr><th>Código</th><th>Cant.</th><th>Descripción</th><th>P. Unitario</th><th>Importe</th></tr>"""
    html = f"""<html><head><meta charset=utf-8>{css('''.hd{width:100%;border:1px solid;border-collapse:collapse} .hd td{vertical-align:top;padding:5px}
    .cl{border:1px solid;border-top:0;padding:4px} table.it{width:100%;border-collapse:collapse;margin-top:6px} table.it th{border:1px solid;padding:3px}
    table.it td{padding:2px 4px;font-size:9pt} .pg{height:270mm;position:relative} .pb{page-break-after:always}''', margin="10mm", font="'DejaVu Sans'", pt=9)}</head><body>
    <div class="pg pb">{head(1)}{''.join(h for _, h in p1)}
      <tr><td></td><td></td><td class=n><b>Transporte</b></td><td></td><td class=n><b>{ar(carry)}</b></td></tr></table></div>
    <div class=pg>{head(2)}<tr><td></td><td></td><td><b>Transporte</b></td><td></td><td class=n><b>{ar(carry)}</b></td></tr>
      {''.join(h for _, h in p2)}</table>
      <table style="margin-left:auto;margin-top:14px;border:1px solid"><tr><td>Subtotal: $</td><td class=n>{ar(sub)}</td></tr>
       <tr><td><b>Total: $</b></td><td class=n><b>{ar(sub)}</b></td></tr></table>
      <div style="display:flex;align-items:center;margin-top:10px">{qr}<div style="margin-left:8px">CAE: {cae}<br>Fecha Vto. CAE: 15/09/2024</div></div></div>
    </body></html>"""
    exp = base("factura_b", "FERRETERÍA INDUSTRIAL EL TORNILLO S.A.", C, pv, nro, fecha, its, sub, sub, cae=cae,
               qr=qr_expected(fecha, C, pv, 6, nro, sub, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e12 Dot-matrix style printout in Courier, Factura A, no thousands separators, no QR
@doc("Dot-matrix Courier FA (fixed columns, no QR)")
def e12_matriz_fa():
    C = "30714332216"; pv, nro, fecha = 2, 4567, "2024-09-05"; cae = "74368080808080"
    rows = [("HM1204", 'MANGUERA HIDRAULICA 1/2" 2 MALLAS', 15, D("4850.00")), ("AC0412", 'ACOPLE RAPIDO 1/2" HEMBRA', 6, D("7320.50")),
            ("AC0413", 'ACOPLE RAPIDO 1/2" MACHO', 6, D("6980.00")), ("FI0090", "FILTRO HIDRAULICO RETORNO 10 MIC", 2, D("23450.00")),
            ("AH6820", "ACEITE HIDRAULICO ISO 68 X 20 LT", 1, D("86400.00"))]
    its, lines, net = [], [], D(0)
    for i, (code, desc, q, p) in enumerate(rows, 1):
        amt = q * p; net += amt
        its.append(item(i, desc, q, s2(p), s2(amt), "21.00"))
        lines.append(f" {code:<7} {desc:<34} {ar(q, thousands=False):>6} {ar(p, thousands=False):>9} {'21,00':>6} {ar(amt, thousands=False):>11}")
    iva = r2(net * D("0.21")); perc = r2(net * D("0.03")); total = net + iva + perc
    W = 80
    sep = " " + "-" * (W - 2)
    def lr(a, b):
        return " " + a + " " * (W - 2 - len(a) - len(b)) + b
    def tot(label, v):
        return " " * 42 + f"{label:<24}{ar(v, thousands=False):>12}"
    txt = "\n".join([
        lr("", "FACTURA  A   Cod. 01"),
        lr("HIDRAULICA DEL OESTE S.R.L.", f"NRO: {pv:04d}-{nro:08d}"),
        lr("RUTA 7 KM 45 - (6700) LUJAN - BS.AS.", "FECHA: 05/09/2024"),
        lr("IVA RESPONSABLE INSCRIPTO", f"CUIT: {dash(C)}"),
        lr("", "ING.BR.: 902-433221-6  INIC.ACT.: 01/1999"),
        sep,
        lr("SENOR/ES: AGROSERVICIOS SAN ANDRES S.A.", "CUIT: 30-71612345-2"),
        lr("DOMICILIO: CALLE 12 N 845 - MERCEDES", "IVA: RESP. INSCRIPTO"),
        lr("COND.VENTA: CTA.CTE. 30 DIAS", "REMITO: 0002-00012001"),
        sep,
        f" {'CODIGO':<7} {'DESCRIPCION':<34} {'CANT.':>6} {'P.UNIT.':>9} {'%IVA':>6} {'IMPORTE':>11}",
        sep, *lines, "", "", "", "", "", sep,
        tot("SUBTOTAL", net), tot("I.V.A. 21,00 %", iva), tot("PERC. I.B. BS.AS. 3,00 %", perc), tot("TOTAL", total),
        sep, f" CAE: {cae}   VTO. CAE: 15/09/2024", " SON PESOS: TRESCIENTOS SESENTA Y UN MIL OCHOCIENTOS NOVENTA Y SIETE CON 72/100"])
    html = f"""<html><head><meta charset=utf-8>{css('pre{font-size:9pt;line-height:1.35}', font="'Nimbus Mono PS'", pt=9)}</head><body><pre>{txt}</pre></body></html>"""
    exp = base("factura_a", "HIDRAULICA DEL OESTE S.R.L.", C, pv, nro, fecha, its, total, net, prices_include_vat=False, cae=cae,
               vat=vats(("21.00", iva)), taxes=[{"description": "PERC. I.B. BS.AS.", "amount": s2(perc)}])
    assert total == D("361897.72"), total
    return html, exp


# ---------------------------------------------------------------- e13 Nubox-like, Factura A in USD with exchange rate and peso equivalent
@doc("Nubox-like FA in USD (U$S, T.C., peso equivalent line)")
def e13_nubox_usd_fa():
    C = "30710203047"; pv, nro, fecha = 4, 221, "2024-09-05"; cae = "74369090909090"
    rows = [("Implementación módulo de logística - hito 2", 1, D("4800.00")), ("Horas de consultoría funcional", 35, D("65.00")),
            ("Licencia anual herramienta BI (10 usuarios)", 10, D("42.50"))]
    its, tr, net = [], "", D(0)
    for i, (desc, q, p) in enumerate(rows, 1):
        amt = q * p; net += amt
        its.append(item(i, desc, q, s2(p), s2(amt), "21.00"))
        tr += f"<tr><td>{i:03d}</td><td>{desc}</td><td class=n>{ar(q)}</td><td class=n>{ar(p)}</td><td class=n>21%</td><td class=n>{ar(amt)}</td></tr>"
    iva = r2(net * D("0.21")); total = net + iva; tc = D("970.50"); pesos = r2(total * tc)
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border-bottom:2px solid #c60;color:#c60;text-align:left;padding:4px}
    table.it td{padding:4px;border-bottom:1px solid #eee} .k{color:#666;font-size:8pt}''', font="'URW Gothic'", pt=9.5)}</head><body>
    <div style="display:flex;justify-content:space-between"><div><b style="font-size:15pt">CONSULTORA ANDINA DE SISTEMAS S.A.</b><br>
      <span class=k>CUIT</span> {dash(C)} · <span class=k>IIBB</span> 901-020304-7<br>Av. Corrientes 1234 piso 8, C.A.B.A. · IVA Responsable Inscripto<br><span class=k>Inicio de actividades</span> 10/2013</div>
     <div style="border:2px solid #c60;padding:4px 14px;text-align:center"><b style="font-size:22pt">A</b><br><span class=k>COD. 01</span></div>
     <div style="text-align:right"><b style="font-size:13pt">FACTURA</b><br>Comp. Nro {pv:05d}-{nro:08d}<br>Fecha 05.09.2024<br>Vencimiento 05.10.2024</div></div>
    <div style="margin-top:12px;border-top:1px solid #c60;padding-top:6px">Cliente: FRIGORIFICO PAMPEANO S.A. · CUIT 30-69012345-9 · IVA Responsable Inscripto<br>
     Condición de venta: Transferencia 30 días · <b>Moneda: USD - Dólar estadounidense</b> · Tipo de cambio: 970,50</div>
    <table class=it><tr><th>#</th><th>Descripción</th><th class=n>Cantidad</th><th class=n>Precio U$S</th><th class=n>IVA</th><th class=n>Total U$S</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:12px"><tr><td>Subtotal U$S</td><td class=n>{ar(net)}</td></tr><tr><td>IVA 21% U$S</td><td class=n>{ar(iva)}</td></tr>
     <tr><td><b>Total U$S</b></td><td class=n><b>{ar(total)}</b></td></tr>
     <tr><td class=k>Equivalente en pesos (T.C. 970,50): $</td><td class="n k">{ar(pesos)}</td></tr></table>
    <div style="display:flex;align-items:center;margin-top:20px">{qr_img(qr_url(fecha, C, pv, 1, nro, total, moneda='DOL', ctz=970.5, ndoc='30690123459', cae=cae), 100)}
     <div style="margin-left:10px">CAE {cae} · Vto. CAE 15.09.2024<br><span class=k>Emitido con Nubox</span></div></div>
    </body></html>"""
    exp = base("factura_a", "CONSULTORA ANDINA DE SISTEMAS S.A.", C, pv, nro, fecha, its, total, net, currency="USD",
               prices_include_vat=False, cae=cae, vat=vats(("21.00", iva)),
               qr=qr_expected(fecha, C, pv, 1, nro, total, currency="USD", cae=cae))
    return html, exp


# ---------------------------------------------------------------- e14 Candy distributor, Factura A, two cascading bonus columns, general bonus, IIBB
@doc("Candy distributor FA (Bon.1/Bon.2 cols, general bonif, IIBB, d/m/yyyy)")
def e14_golosinas_fa():
    C = "30716543214"; pv, nro, fecha = 8, 55123, "2024-09-05"; cae = "74361212121212"
    rows = [("1012", "Alfajor Jorgito chocolate caja x 6", 10, D("5870.00"), 10, 5), ("2044", "Caramelos Sugus confitados bolsa x 800 g", 6, D("6420.00"), 10, 0),
            ("3310", "Chicle Beldent menta display x 20", 8, D("7150.00"), 0, 0), ("4502", "Chocolate Águila 70% cacao x 150 g", 12, D("3980.00"), 5, 5),
            ("5120", "Gomitas Mogul ositos x 1 kg", 4, D("8990.00"), 0, 0)]
    its, tr, sub = [], "", D(0)
    for i, (code, desc, q, p, b1, b2) in enumerate(rows, 1):
        amt = r2(q * p * (100 - b1) / 100 * (100 - b2) / 100); sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        tr += (f"<tr><td>{code}</td><td>{desc}</td><td class=n>{q}</td><td class=n>{ar(p)}</td><td class=n>{ar(b1)}</td><td class=n>{ar(b2)}</td>"
               f"<td class=n>{ar(amt)}</td></tr>")
    gb = r2(sub * D("0.03")); net = sub - gb; iva = r2(net * D("0.21")); perc = r2(net * D("0.0175")); total = net + iva + perc
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:6px} table.it th{border:1px solid;padding:3px;font-size:8.5pt}
    table.it td{padding:3px;font-size:8.5pt;border-left:1px solid;border-right:1px solid} .hd td{vertical-align:top;padding:5px}''', font="'DejaVu Serif Condensed'", pt=9)}</head><body>
    <table class=hd style="width:100%;border:1px solid"><tr><td style="width:48%"><b style="font-size:13pt">DISTRIBUIDORA DULCE NORTE S.R.L.</b><br>
      Av. Aconquija 2100 - Yerba Buena, Tucumán<br>Responsable Inscripto</td>
      <td style="width:9%;text-align:center"><b style="font-size:26pt">A</b><br>Cód. 01</td>
      <td>FACTURA<br>Número: {pv:04d}-{nro:08d}<br>Fecha: 5/9/2024<br>C.U.I.T.: {dash(C)}<br>I.B.: 30-71654321-4 · Inicio Act.: 1/3/2009</td></tr></table>
    <table class=hd style="width:100%;border:1px solid;border-top:0"><tr><td>Cliente: 00871 - AUTOSERVICIO LA ESQUINA S.A.<br>San Martín 455 - Tafí Viejo</td>
      <td>CUIT: 30-71777888-6 · Resp. Inscripto<br>Vendedor: 12 · Zona: 4 · Cond.: 30 días</td></tr></table>
    <table class=it style="border-bottom:1px solid"><tr><th>Art.</th><th>Descripción</th><th>Cant.</th><th>P. Unit.</th><th>Bon.1 %</th><th>Bon.2 %</th><th>Importe</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:12px;border:1px solid"><tr><td>Subtotal</td><td class=n>{ar(sub)}</td></tr>
     <tr><td>Bonif. general 3%</td><td class=n>-{ar(gb)}</td></tr><tr><td>Neto gravado</td><td class=n>{ar(net)}</td></tr>
     <tr><td>IVA 21%</td><td class=n>{ar(iva)}</td></tr><tr><td>Percepción IIBB Tucumán 1,75%</td><td class=n>{ar(perc)}</td></tr>
     <tr><td><b>Total</b></td><td class=n><b>{ar(total)}</b></td></tr></table>
    <table style="margin-top:12px"><tr><td>{qr_img(qr_url(fecha, C, pv, 1, nro, total, ndoc='30717778886', cae=cae), 95)}</td><td>CAE: {cae}<br>Vto. CAE: 15/9/2024</td></tr></table>
    </body></html>"""
    exp = base("factura_a", "DISTRIBUIDORA DULCE NORTE S.R.L.", C, pv, nro, fecha, its, total, sub, prices_include_vat=False, cae=cae,
               vat=vats(("21.00", iva)), discounts=[{"description": "Bonif. general 3%", "amount": s2(-gb)}], discount_total=s2(gb),
               taxes=[{"description": "Percepción IIBB Tucumán", "amount": s2(perc)}],
               qr=qr_expected(fecha, C, pv, 1, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e15 AFIP RCEL Factura A with an "Otros Tributos" detail table
@doc("AFIP RCEL FA with Otros Tributos table (Subtotal c/IVA)")
def e15_afip_otrostrib_fa():
    C = "30715050508"; pv, nro, fecha = 3, 1502, "2024-09-05"; cae = "74361313131313"
    rows = [("Servicio de cosecha de soja lote 14 (120 ha)", 1, D("3600000.00"), D("10.5")), ("Flete corto de granos", 8, D("145000.00"), D("21"))]
    its, tr, net, v = [], "", D(0), {}
    for i, (desc, q, p, rate) in enumerate(rows, 1):
        amt = q * p; c = r2(amt * (1 + rate / 100)); net += amt; v[rate] = c - amt
        its.append(item(i, desc, q, s2(p), s2(c), f"{rate:.2f}"))
        tr += (f"<tr><td></td><td>{desc}</td><td class=n>{q},00</td><td>unidades</td><td class=n>{ar(p, thousands=False)}</td><td class=n>0,00</td>"
               f"<td class=n>{ar(amt, thousands=False)}</td><td class=n>{'10.5' if rate % 1 else '21'}%</td><td class=n>{ar(c, thousands=False)}</td></tr>")
    t1 = r2(net * D("0.02")); t2 = r2(net * D("0.005")); ot = t1 + t2
    total = net + v[D("10.5")] + v[D("21")] + ot
    nt = lambda x: ar(x, thousands=False)
    html = f"""<html><head><meta charset=utf-8>{css('''.bx{border:1px solid #000} table.it{width:100%;border-collapse:collapse;margin-top:4px}
    table.it th{background:#ccc;border:1px solid #000;font-size:7.5pt;padding:2px} table.it td{font-size:7.5pt;padding:2px;vertical-align:top}
    .tr td{font-size:8pt;padding:1px 4px}''', margin="8mm", font="'Liberation Sans'", pt=9)}</head><body>
    <div class=bx style="text-align:center;font-weight:bold;font-size:13pt">ORIGINAL</div>
    <div class=bx style="display:flex;border-top:0"><div style="flex:1;padding:6px"><div style="font-size:14pt;font-weight:bold;text-align:center">SERVICIOS AGROPECUARIOS LOS TALAS S.A.</div>
      <b>Razón Social:</b> SERVICIOS AGROPECUARIOS LOS TALAS S.A.<br><b>Domicilio Comercial:</b> Ruta 5 Km 318 - Pehuajó, Buenos Aires<br><b>Condición frente al IVA: IVA Responsable Inscripto</b></div>
     <div style="width:60px;text-align:center;border:1px solid #000;border-top:0;height:62px"><span style="font-size:26pt;font-weight:bold">A</span><br><b style="font-size:7pt">COD. 01</b></div>
     <div style="flex:1;padding:6px 6px 6px 30px"><b style="font-size:17pt">FACTURA</b><br><b>Punto de Venta: {pv:05d} &nbsp; Comp. Nro: {nro:08d}</b><br>
      <b>Fecha de Emisión: 05/09/2024</b><br><br><b>CUIT:</b> {C}<br><b>Ingresos Brutos:</b> 30715050508<br><b>Fecha de Inicio de Actividades:</b> 01/10/2015</div></div>
    <div class=bx style="padding:4px;margin-top:3px"><b>CUIT:</b> 30719090903 &nbsp; <b>Apellido y Nombre / Razón Social:</b> AGRO EL OMBÚ S.A.<br>
     <b>Condición frente al IVA:</b> IVA Responsable Inscripto &nbsp; <b>Domicilio:</b> Zona Rural - Carlos Casares, Buenos Aires<br><b>Condición de venta:</b> Cuenta Corriente</div>
    <table class=it><tr><th>Código</th><th>Producto / Servicio</th><th>Cantidad</th><th>U. medida</th><th>Precio Unit.</th><th>% Bonif</th><th>Subtotal</th><th>Alícuota IVA</th><th>Subtotal c/IVA</th></tr>{tr}</table>
    <div style="display:flex;margin-top:220px" class=bx>
     <div style="flex:1;padding:4px"><b>Otros Tributos</b><table class=tr style="width:100%"><tr><th>Descripción</th><th>Detalle</th><th>Alíc. %</th><th>Importe</th></tr>
      <tr><td>Per./Ret. de Ingresos Brutos</td><td>Percepción IIBB ARBA</td><td class=n>2,00</td><td class=n>{nt(t1)}</td></tr>
      <tr><td>Impuestos Municipales</td><td>Tasa Seg. e Higiene</td><td class=n>0,50</td><td class=n>{nt(t2)}</td></tr>
      <tr><td colspan=3 class=n>Importe Otros Tributos: $</td><td class=n>{nt(ot)}</td></tr></table></div>
     <div style="flex:1;padding:4px"><table class=tr style="margin-left:auto;font-weight:bold">
      <tr><td class=n>Importe Neto Gravado: $</td><td class=n>{nt(net)}</td></tr><tr><td class=n>IVA 27%: $</td><td class=n>0,00</td></tr>
      <tr><td class=n>IVA 21%: $</td><td class=n>{nt(v[D('21')])}</td></tr><tr><td class=n>IVA 10.5%: $</td><td class=n>{nt(v[D('10.5')])}</td></tr>
      <tr><td class=n>IVA 5%: $</td><td class=n>0,00</td></tr><tr><td class=n>IVA 2.5%: $</td><td class=n>0,00</td></tr><tr><td class=n>IVA 0%: $</td><td class=n>0,00</td></tr>
      <tr><td class=n>Importe Otros Tributos: $</td><td class=n>{nt(ot)}</td></tr><tr><td class=n>Importe Total: $</td><td class=n>{nt(total)}</td></tr></table></div></div>
    <div style="display:flex;margin-top:6px">{qr_img(qr_url(fecha, C, pv, 1, nro, total, ndoc='30719090903', cae=cae), 100)}
     <div style="flex:1;padding-left:10px"><b><i>Comprobante Autorizado</i></b></div><div>Pág. 1/1</div>
     <div style="padding-left:20px"><b>CAE N°:</b> {cae}<br><b>Fecha de Vto. de CAE:</b> 15/09/2024</div></div>
    </body></html>"""
    exp = base("factura_a", "SERVICIOS AGROPECUARIOS LOS TALAS S.A.", C, pv, nro, fecha, its, total, net, prices_include_vat=True, cae=cae,
               vat=vats(("21.00", v[D("21")]), ("10.50", v[D("10.5")])),
               taxes=[{"description": "Importe Otros Tributos", "amount": s2(ot)}],
               qr=qr_expected(fecha, C, pv, 1, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e16 Contagram-like optician, Factura B; QR total = pre-discount subtotal (mismatch on purpose)
@doc("Contagram-like FB, QR total ≠ printed total (on purpose), 'dd mmm. yyyy' date")
def e16_qrbad_total_fb():
    C = "30713434341"; pv, nro, fecha = 2, 7781, "2024-09-05"; cae = "74361414141414"
    rows = [("Armazón Ray-Ban RB5154 Clubmaster", 1, D("185000.00")), ("Cristales orgánicos multifocales antirreflejo (par)", 1, D("240000.00")),
            ("Estuche rígido y paño de microfibra", 1, D("8500.00"))]
    its, tr, sub = [], "", D(0)
    for i, (desc, q, p) in enumerate(rows, 1):
        amt = q * p; sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        tr += f"<tr><td>{desc}</td><td class=n>{ar(q)}</td><td class=n>$ {ar(p)}</td><td class=n>0,00%</td><td class=n>$ {ar(amt)}</td></tr>"
    dsc = r2(sub * D("0.20")); total = sub - dsc
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{border-bottom:1px solid #333;padding:5px;text-align:left}
    table.it td{padding:5px}''', font="'Liberation Sans'", pt=10)}</head><body>
    <div style="border:1px solid #333;display:flex">
     <div style="flex:1;padding:8px"><b style="font-size:14pt">ÓPTICA VISIÓN CLARA S.R.L.</b><br>Belgrano 455 - Salta<br>IVA Responsable Inscripto</div>
     <div style="width:70px;text-align:center;border-left:1px solid;border-right:1px solid"><b style="font-size:28pt">B</b><br><small>Código 006</small></div>
     <div style="flex:1;padding:8px">FACTURA<br>N°: {pv:04d}-{nro:08d}<br>Fecha de emisión: 05 sep. 2024<br>CUIT: {dash(C)}<br>IIBB: 30-71343434-1 · Inicio: 01/07/2016</div></div>
    <div style="border:1px solid #333;border-top:0;padding:8px">Cliente: MORALES ANA · DNI 30.111.222 · Consumidor Final · Forma de pago: Tarjeta de crédito 3 cuotas</div>
    <table class=it><tr><th>Descripción</th><th class=n>Cantidad</th><th class=n>Precio Unitario</th><th class=n>Bonif.</th><th class=n>Total</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:14px"><tr><td>Subtotal</td><td class=n>$ {ar(sub)}</td></tr><tr><td>Descuento Obra Social 20%</td><td class=n>-$ {ar(dsc)}</td></tr>
     <tr><td><b>Total</b></td><td class=n><b>$ {ar(total)}</b></td></tr></table>
    <div style="display:flex;align-items:center;margin-top:24px">{qr_img(qr_url(fecha, C, pv, 6, nro, sub, tdoc=96, ndoc=30111222, cae=cae), 100)}
     <div style="margin-left:10px">CAE: {cae}<br>Vto. CAE: 15/09/2024<br><small>Contagram - Gestión online</small></div></div></body></html>"""
    exp = base("factura_b", "ÓPTICA VISIÓN CLARA S.R.L.", C, pv, nro, fecha, its, total, sub, cae=cae,
               discounts=[{"description": "Descuento Obra Social 20%", "amount": s2(-dsc)}], discount_total=s2(dsc),
               qr=qr_expected(fecha, C, pv, 6, nro, sub, cae=cae), warnings=["qr_mismatch"])
    return html, exp


# ---------------------------------------------------------------- e17 AFIP "Facturador" mobile-app style Factura C; QR CUIT ≠ printed CUIT (on purpose)
@doc("Mobile-app FC, QR CUIT ≠ printed CUIT (on purpose)")
def e17_qrbad_cuit_fc():
    C = "23387654321"; QC = "27201112228"; pv, nro, fecha = 5, 44, "2024-09-05"; cae = "74361515151515"
    rows = [("Reparación de pérdida en cañería de cocina", 1, D("65000.00")), ("Materiales (codos, cupla, teflón)", 1, D("12400.00"))]
    its, tr, sub = [], "", D(0)
    for i, (desc, q, p) in enumerate(rows, 1):
        amt = q * p; sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        tr += f"<tr><td>{desc}</td><td class=n>{q}</td><td class=n>$ {ar(p)}</td><td class=n>$ {ar(amt)}</td></tr>"
    html = f"""<html><head><meta charset=utf-8>{css('''body{max-width:120mm;margin:auto} table.it{width:100%;border-collapse:collapse} table.it th{border-bottom:1px solid;text-align:left}
    table.it td{padding:4px 2px} .c{text-align:center}''', font="'DejaVu Sans'", pt=10)}</head><body>
    <div class=c><b style="font-size:14pt">GONZALEZ MARTIN EZEQUIEL</b><br>Plomería y gas matriculado<br>CUIT: {dash(C)} · Responsable Monotributo<br>
     Ingresos Brutos: {dash(C)} · Inicio de actividades: 01/2019<br>Domicilio: Los Aromos 123 - Neuquén</div>
    <hr><div class=c><b style="font-size:18pt">C</b> &nbsp; Factura C (Cod. 011)</div>
    <div>Nro: {pv:05d}-{nro:08d}<br>Fecha: 05/09/2024<br>Cliente: Consumidor Final<br>Condición de venta: Contado</div><hr>
    <table class=it><tr><th>Descripción</th><th class=n>Cant.</th><th class=n>P. Unit.</th><th class=n>Importe</th></tr>{tr}</table><hr>
    <div style="text-align:right;font-size:13pt"><b>Total: $ {ar(sub)}</b></div><hr>
    <div class=c>{qr_img(qr_url(fecha, QC, pv, 11, nro, sub, tdoc=99, cae=cae), 110)}<br>CAE: {cae} · Vto. CAE: 15/09/2024</div></body></html>"""
    exp = base("factura_c", "GONZALEZ MARTIN EZEQUIEL", C, pv, nro, fecha, its, sub, sub, cae=cae,
               qr=qr_expected(fecha, QC, pv, 11, nro, sub, cae=cae), warnings=["qr_mismatch"])
    return html, exp


# ---------------------------------------------------------------- e18 Nota de Crédito B (COD. 008) — not a contract doc_type: expect a refusal
@doc("Nota de Crédito B (COD. 008)")
def e18_nc_b():
    C = "30717889904"; pv, nro, fecha = 1, 1207, "2024-09-09"; cae = "74361616161616"; amt = D("38900.00")
    html = f"""<html><head><meta charset=utf-8>{css('''.hd{width:100%;border:1px solid;border-collapse:collapse} .hd td{vertical-align:top;padding:5px}
    table.it{width:100%;border-collapse:collapse;margin-top:6px} table.it th{border:1px solid;padding:3px}''', font="'DejaVu Sans'", pt=9)}</head><body>
    <table class=hd><tr><td style="width:46%"><b style="font-size:14pt">FERRETERÍA INDUSTRIAL EL TORNILLO S.A.</b><br>Av. Rivadavia 11200 - Liniers, C.A.B.A.<br>IVA Responsable Inscripto</td>
     <td style="text-align:center;width:10%;border:1px solid"><b style="font-size:26pt">B</b><br>Cód. 008</td>
     <td>NOTA DE CRÉDITO<br>Comprobante Nº: {pv:04d}-{nro:08d}<br>Fecha: 09/09/2024<br>CUIT: {dash(C)} · IIBB: 901-788990-4<br>Inicio de Actividades: 01/09/1998</td></tr></table>
    <div style="border:1px solid;border-top:0;padding:4px">Cliente: RODRIGUEZ CARLOS · DNI 25.123.456 · Consumidor Final<br>Comprobante asociado: Factura B 0001-00098765 del 05/09/2024</div>
    <table class=it><tr><th>Código</th><th>Cant.</th><th>Descripción</th><th>P. Unitario</th><th>Importe</th></tr>
     <tr><td>100450</td><td class=n>1</td><td>Cerradura de embutir Trabex 2013 (devolución)</td><td class=n>{ar(amt)}</td><td class=n>{ar(amt)}</td></tr></table>
    <table style="margin-left:auto;margin-top:14px;border:1px solid"><tr><td>Subtotal: $</td><td class=n>{ar(amt)}</td></tr><tr><td><b>Total: $</b></td><td class=n><b>{ar(amt)}</b></td></tr></table>
    <div style="display:flex;align-items:center;margin-top:10px">{qr_img(qr_url(fecha, C, pv, 8, nro, amt, tdoc=96, ndoc=25123456, cae=cae), 95)}<div style="margin-left:8px">CAE: {cae}<br>Fecha Vto. CAE: 19/09/2024</div></div>
    </body></html>"""
    return html, {"raises": "UnsupportedLayout", "doc": "nota de crédito B, total 38900.00"}


# ---------------------------------------------------------------- e19 Nota de Débito A (COD. 002) — expect a refusal
@doc("Nota de Débito A (COD. 002)")
def e19_nd_a():
    C = "30718776658"; pv, nro, fecha = 3, 88, "2024-10-10"; cae = "74361717171717"
    net = D("25000.00"); iva = r2(net * D("0.21")); total = net + iva
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse} table.it th{border-top:1px solid;border-bottom:1px solid;font-size:8pt}
    .hd td{vertical-align:top;padding:4px}''', font="'Liberation Sans Narrow'", pt=9)}</head><body>
    <table class=hd style="width:100%;border:1px solid"><tr><td style="width:44%"><b style="font-size:13pt">DISTRIBUIDORA ELÉCTRICA PARANÁ S.R.L.</b><br>Bv. Gálvez 1850 - (3000) Santa Fe<br>I.V.A. RESPONSABLE INSCRIPTO</td>
     <td style="width:12%;text-align:center;border-left:1px solid;border-right:1px solid"><span style="font-size:28pt;font-weight:bold">A</span><br>Código 02</td>
     <td>Comprobante: <b>NOTA DE DÉBITO A {pv:05d}-{nro:08d}</b><br>Fecha: 10-10-2024<br>C.U.I.T.: {dash(C)}<br>Ingresos Brutos C.M.: 921-776655-8<br>Inicio Actividades: 01-07-2011</td></tr></table>
    <table class=hd style="width:100%;border:1px solid;border-top:0"><tr><td>Cliente: (C0412) CONSTRUCTORA DEL LITORAL S.A.</td><td>C.U.I.T.: 30-71234567-1 · I.V.A.: Responsable Inscripto</td></tr></table>
    <table class=it style="margin-top:6px"><tr><th>Ctd.</th><th>Código</th><th>Descripción</th><th>P.Unit</th><th>Bonif.%</th><th>Alic.</th><th>Subtotal</th><th>Subtotal c/IVA</th></tr>
     <tr><td class=n>1,00</td><td>INT</td><td>Intereses por pago fuera de término s/ Factura A 00003-00001234</td><td class=n>{ar(net)}</td><td class=n>0,00</td><td class=n>21,00</td><td class=n>{ar(net)}</td><td class=n>{ar(total)}</td></tr></table>
    <table style="margin-left:auto;margin-top:16px;width:44%;border:1px solid"><tr><td>Subtotal:</td><td class=n>{ar(net)}</td></tr><tr><td>IVA 21%:</td><td class=n>{ar(iva)}</td></tr>
     <tr><td><b>TOTAL:</b></td><td class=n><b>{ar(total)}</b></td></tr></table>
    <table style="margin-top:14px"><tr><td>{qr_img(qr_url(fecha, C, pv, 2, nro, total, ndoc='30712345671', cae=cae), 100)}</td><td>C.A.E. Nº: {cae}<br>Fecha Vto. C.A.E.: 20-10-2024</td></tr></table>
    </body></html>"""
    return html, {"raises": "UnsupportedLayout", "doc": f"nota de débito A, total {total}"}


# ---------------------------------------------------------------- e20 Dux-like, Factura B, issuer block on the right, kg items, U.M. column, Pto. Vta./Nro. Comp. apart
@doc("Dux-like FB (issuer right, kg lines, Pto. Vta. / Nro. Comp. apart)")
def e20_dux_fb():
    C = "30712727272"; pv, nro, fecha = 9, 12, "2024-09-05"; cae = "74361818181818"
    rows = [("Almendras peladas", "kg", "0.350", D("21500.00"), 0), ("Nueces mariposa extra light", "kg", "0.500", D("16800.00"), 0),
            ("Miel pura de abejas frasco 1 kg", "un", "2", D("7900.00"), 0), ("Harina integral orgánica x 1 kg", "un", "3", D("2650.00"), 10),
            ("Yerba mate orgánica Kraus x 500 g", "un", "1", D("5480.00"), 0)]
    its, tr, sub = [], "", D(0)
    for i, (desc, um, q, p, b) in enumerate(rows, 1):
        amt = r2(D(q) * p * (100 - b) / 100); sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt), unit=um))
        qs = ar(D(q), 3) if um == "kg" else ar(D(q))
        tr += (f"<tr><td>{desc}</td><td>{'Kg' if um == 'kg' else 'Unid.'}</td><td class=n>{qs}</td><td class=n>$ {ar(p)}</td><td class=n>{b}%</td>"
               f"<td class=n>$ {ar(amt)}</td></tr>")
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:#5a3;color:#fff;padding:5px;text-align:left}
    table.it td{padding:5px;border-bottom:1px solid #dde}''', font="'Nimbus Sans Narrow'", pt=10.5)}</head><body>
    <div style="display:flex;justify-content:space-between;align-items:flex-start">
     <div style="border:1px solid #5a3;padding:8px;width:34%"><b style="font-size:15pt">FACTURA B</b><br>Pto. Vta.: {pv:04d}<br>Nro. Comp.: {nro:08d}<br>Emitida el 05/09/2024</div>
     <div style="border:1px solid #000;padding:2px 12px;text-align:center"><b style="font-size:26pt">B</b><br><small>COD. 006</small></div>
     <div style="text-align:right;width:40%"><b style="font-size:15pt;color:#5a3">ALMACÉN NATURAL LA HUERTA</b><br>Razón Social: LA HUERTA ALIMENTOS S.A.S.<br>
      CUIT: {dash(C)} · IVA Responsable Inscripto<br>IIBB: 30-71272727-2 · Inicio Act.: 11/2021<br>Av. Pellegrini 2300 - Rosario</div></div>
    <div style="margin-top:14px;padding:6px;border-left:4px solid #5a3">Cliente: CONSUMIDOR FINAL · Condición de venta: Contado - Débito</div>
    <table class=it><tr><th>Descripción</th><th>U.M.</th><th class=n>Cantidad</th><th class=n>Precio Unitario</th><th class=n>Bonif.</th><th class=n>Total línea</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:12px"><tr><td>Subtotal:</td><td class=n>$ {ar(sub)}</td></tr><tr><td><b>Total:</b></td><td class=n><b>$ {ar(sub)}</b></td></tr></table>
    <div style="display:flex;align-items:center;margin-top:20px">{qr_img(qr_url(fecha, C, pv, 6, nro, sub, tdoc=99, cae=cae), 100)}
     <div style="margin-left:10px">CAE: {cae}<br>Vto. CAE: 15/09/2024<br><small>Dux Software</small></div></div></body></html>"""
    exp = base("factura_b", "LA HUERTA ALIMENTOS S.A.S.", C, pv, nro, fecha, its, sub, sub, cae=cae,
               qr=qr_expected(fecha, C, pv, 6, nro, sub, cae=cae))
    return html, exp



# ---------------------------------------------------------------- e21 Electricity co-op bill, Factura B, buyer address block top-left (window envelope)
@doc("Electricity co-op FB (buyer block top-left for window envelope, 4-dec price, municipal taxes)")
def e21_coop_fb():
    C = "30546677881"; pv, nro, fecha = 3, 456789, "2024-09-05"; cae = "74362121212121"
    rows = [("Cargo fijo", "1", D("3250.00"), D("3250.00")), ("Energía consumida (kWh)", "245", D("98.4521"), r2(245 * D("98.4521"))),
            ("Servicio de sepelio", "1", D("1800.00"), D("1800.00"))]
    its, tr, sub = [], "", D(0)
    for i, (desc, q, p, amt) in enumerate(rows, 1):
        sub += amt
        its.append(item(i, desc, q, str(p), s2(amt)))
        tr += f"<tr><td>{desc}</td><td class=n>{q}</td><td class=n>{ar(p, 4 if p % D('0.01') else 2)}</td><td class=n>{ar(amt)}</td></tr>"
    t1 = r2(rows[1][3] * D("0.06")); t2 = r2(sub * D("0.02")); total = sub + t1 + t2
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:10px} table.it th{background:#e8eef8;padding:4px;text-align:left}
    table.it td{padding:4px;border-bottom:1px solid #dde}''', font="'DejaVu Sans'", pt=9)}</head><body>
    <div style="display:flex;justify-content:space-between">
     <div style="width:48%;padding-top:30px;font-size:10.5pt">ACOSTA MARIA ELENA<br>Belgrano 1234<br>(5900) Villa María - Córdoba<br>Socio N° 12345 · Suministro N° 67890</div>
     <div style="width:48%;text-align:right"><b style="font-size:12pt">COOPERATIVA ELÉCTRICA VILLA NUEVA LTDA.</b><br>Sarmiento 55 - (5903) Villa Nueva, Córdoba<br>
      CUIT {dash(C)} · IVA Responsable Inscripto<br>IIBB Exento · Inicio de actividades 01/06/1961<br>Mat. INAES N° 4512</div></div>
    <div style="display:flex;justify-content:space-between;margin-top:16px;border:1px solid #335;padding:6px">
     <div style="white-space:nowrap"><b style="font-size:14pt">FACTURA</b> N° {pv:04d}-{nro:08d}<br>Fecha de emisión: 05/09/2024</div>
     <div style="text-align:center;border:1px solid #000;padding:0 10px"><b style="font-size:22pt">B</b><br><small>Cód. 006</small></div>
     <div>Período: Agosto 2024 · Categoría: Residencial R2<br>Lectura anterior 12.345 · Lectura actual 12.590 · Consumo 245 kWh<br>Vencimiento: 20/09/2024</div></div>
    <div style="margin-top:6px">Condición IVA del socio: Consumidor Final · DNI 14.567.890</div>
    <table class=it><tr><th>Concepto</th><th class=n>Cantidad</th><th class=n>Precio Unitario</th><th class=n>Importe</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:12px"><tr><td>Subtotal</td><td class=n>$ {ar(sub)}</td></tr>
     <tr><td>Tasa Alumbrado Público</td><td class=n>$ {ar(t1)}</td></tr><tr><td>Fondo Compensador Provincial</td><td class=n>$ {ar(t2)}</td></tr>
     <tr><td><b>Total a pagar</b></td><td class=n><b>$ {ar(total)}</b></td></tr></table>
    <div style="display:flex;align-items:center;margin-top:20px">{qr_img(qr_url(fecha, C, pv, 6, nro, total, tdoc=96, ndoc=14567890, cae=cae), 95)}
     <div style="margin-left:10px">CAE: {cae} · Vto. CAE: 15/09/2024</div></div></body></html>"""
    exp = base("factura_b", "COOPERATIVA ELÉCTRICA VILLA NUEVA LTDA.", C, pv, nro, fecha, its, total, sub, cae=cae,
               taxes=[{"description": "Tasa Alumbrado Público", "amount": s2(t1)}, {"description": "Fondo Compensador Provincial", "amount": s2(t2)}],
               qr=qr_expected(fecha, C, pv, 6, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e22 Foreign SaaS template (Zoho-like), Factura B with US-format amounts 12,345.00
@doc("Zoho-like FB with US-format amounts ($54,999.00)")
def e22_usfmt_fb():
    C = "30712340009"; pv, nro, fecha = 2, 1880, "2024-09-05"; cae = "74362222222222"
    rows = [("Auriculares Bluetooth JBL Tune 520BT", 1, D("54999.00")), ("Funda silicona iPhone 15", 2, D("8990.50")),
            ("Cable USB-C 2 m", 3, D("4250.00")), ("Envío OCA a domicilio", 1, D("5800.00"))]
    us = lambda x: f"{x:,.2f}"
    its, tr, sub = [], "", D(0)
    for i, (desc, q, p) in enumerate(rows, 1):
        amt = q * p; sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        tr += f"<tr><td>{i}</td><td>{desc}</td><td class=n>{q:.2f}</td><td class=n>${us(p)}</td><td class=n>${us(amt)}</td></tr>"
    dsc = r2((sub - D("5800")) * D("0.05")); total = sub - dsc
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{background:#333;color:#fff;padding:5px;text-align:left}
    table.it td{padding:5px;border-bottom:1px solid #ddd}''', font="'Liberation Sans'", pt=10)}</head><body>
    <div style="display:flex;justify-content:space-between"><div><b style="font-size:15pt">TECNOSHOP ONLINE S.R.L.</b><br>Av. Santa Fe 3200, CABA<br>CUIT {dash(C)}<br>IVA Responsable Inscripto · IIBB 901-234000-9<br>Inicio de actividades 04/2018</div>
     <div style="text-align:center;border:1px solid #000;padding:0 12px;height:60px"><b style="font-size:24pt">B</b><br><small>Cód. 06</small></div>
     <div style="text-align:right"><b style="font-size:18pt">FACTURA</b><br>Factura N°: {pv:04d}-{nro:08d}<br>Fecha de factura: 05/09/2024<br>Términos: Pagadero a la recepción</div></div>
    <div style="margin-top:14px"><b>Facturar a</b><br>Lucas Herrera · DNI 35.777.888 · Consumidor Final</div>
    <table class=it><tr><th>#</th><th>Artículo y descripción</th><th class=n>Cant.</th><th class=n>Tarifa</th><th class=n>Importe</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:10px"><tr><td>Subtotal</td><td class=n>${us(sub)}</td></tr><tr><td>Descuento (5%)</td><td class=n>(-) ${us(dsc)}</td></tr>
     <tr><td><b>Total</b></td><td class=n><b>${us(total)}</b></td></tr></table>
    <div style="display:flex;align-items:center;margin-top:24px">{qr_img(qr_url(fecha, C, pv, 6, nro, total, tdoc=96, ndoc=35777888, cae=cae), 95)}
     <div style="margin-left:10px">CAE: {cae}<br>Vencimiento CAE: 15/09/2024</div></div></body></html>"""
    exp = base("factura_b", "TECNOSHOP ONLINE S.R.L.", C, pv, nro, fecha, its, total, sub, cae=cae,
               discounts=[{"description": "Descuento (5%)", "amount": s2(-dsc)}], discount_total=s2(dsc),
               qr=qr_expected(fecha, C, pv, 6, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e23 Dairy distributor, Factura A, a negative line for returned crates
@doc("Dairy distributor FA (negative line: returned crates)")
def e23_lacteos_fa_neg():
    C = "30714564567"; pv, nro, fecha = 6, 20331, "2024-09-05"; cae = "74362323232323"
    rows = [("LC-001", "Leche entera sachet 1 L (caja x 12)", 20, D("12480.00"), D("10.5")), ("YG-110", "Yogur bebible frutilla 1 L (caja x 8)", 6, D("14320.00"), D("10.5")),
            ("QS-450", "Queso cremoso horma 4 kg", 3, D("35960.00"), D("10.5")), ("ENV-01", "Devolución cajones plásticos", -10, D("1200.00"), D("21"))]
    its, tr, b = [], "", {D("10.5"): D(0), D("21"): D(0)}
    for i, (code, desc, q, p, rate) in enumerate(rows, 1):
        amt = q * p; b[rate] += amt
        its.append(item(i, desc, q, s2(p), s2(amt), f"{rate:.2f}"))
        tr += f"<tr><td>{code}</td><td>{desc}</td><td class=n>{ar(q)}</td><td class=n>{ar(p)}</td><td class=n>{ar(rate, 1 if rate % 1 else 2)}</td><td class=n>{ar(amt)}</td></tr>"
    net = b[D("10.5")] + b[D("21")]; v105 = r2(b[D("10.5")] * D("0.105")); v21 = r2(b[D("21")] * D("0.21")); total = net + v105 + v21
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th,table.it td{border:1px solid #555;padding:3px 5px}
    .hd td{vertical-align:top;padding:5px}''', font="'Liberation Sans'", pt=9.5)}</head><body>
    <table class=hd style="width:100%;border:1px solid"><tr><td style="width:45%"><b style="font-size:13pt">LÁCTEOS DEL SUR DISTRIBUCIONES S.A.</b><br>Ruta 226 km 8 - Tandil<br>IVA Responsable Inscripto</td>
     <td style="text-align:center;width:10%"><b style="font-size:26pt">A</b><br>Cod. 01</td>
     <td>FACTURA Nº {pv:04d}-{nro:08d}<br>Fecha: 05/09/2024<br>CUIT: {dash(C)}<br>IIBB: 902-564456-7 · Inicio Act.: 03/2012</td></tr></table>
    <div style="border:1px solid;border-top:0;padding:5px">Cliente: SUPERMERCADO LA AMISTAD S.R.L. · CUIT 30-71987987-6 · Resp. Inscripto · Cond. venta: Cta. Cte. 7 días · Reparto: 14</div>
    <table class=it><tr><th>Código</th><th>Descripción</th><th>Cantidad</th><th>P. Unitario</th><th>% IVA</th><th>Importe</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:12px;border:1px solid"><tr><td>Neto gravado 10,5%</td><td class=n>{ar(b[D('10.5')])}</td></tr>
     <tr><td>Neto gravado 21%</td><td class=n>{ar(b[D('21')])}</td></tr><tr><td>Subtotal</td><td class=n>{ar(net)}</td></tr>
     <tr><td>IVA 10,5%</td><td class=n>{ar(v105)}</td></tr><tr><td>IVA 21%</td><td class=n>{ar(v21)}</td></tr>
     <tr><td><b>TOTAL</b></td><td class=n><b>{ar(total)}</b></td></tr></table>
    <table style="margin-top:12px"><tr><td>{qr_img(qr_url(fecha, C, pv, 1, nro, total, ndoc='30719879876', cae=cae), 95)}</td><td>CAE: {cae}<br>Vto. CAE: 15/09/2024</td></tr></table></body></html>"""
    exp = base("factura_a", "LÁCTEOS DEL SUR DISTRIBUCIONES S.A.", C, pv, nro, fecha, its, total, net, prices_include_vat=False, cae=cae,
               vat=vats(("10.50", v105), ("21.00", v21)), qr=qr_expected(fecha, C, pv, 1, nro, total, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e24 Pre-printed form style: ORIGINAL and DUPLICADO side by side on landscape A4
@doc("ORIGINAL | DUPLICADO side by side on landscape A4 (FB)")
def e24_sidebyside_fb():
    C = "30711121311"; pv, nro, fecha = 2, 3310, "2024-09-05"; cae = "74362424242424"
    rows = [(2, "Bolsa de alimento perro adulto 15 kg", D("42900.00")), (1, "Antipulgas pipeta 10-20 kg", D("9850.00")), (3, "Piedras sanitarias 4 kg", D("3990.00"))]
    its, tr, sub = [], "", D(0)
    for i, (q, desc, p) in enumerate(rows, 1):
        amt = q * p; sub += amt
        its.append(item(i, desc, q, s2(p), s2(amt)))
        tr += f"<tr><td class=n>{q}</td><td>{desc}</td><td class=n>{ar(p)}</td><td class=n>{ar(amt)}</td></tr>"
    qr = qr_img(qr_url(fecha, C, pv, 6, nro, sub, tdoc=99, cae=cae), 80)
    def copy(lbl):
        return f"""<div class=cp><div style="text-align:right;font-weight:bold">{lbl}</div>
        <table class=hd><tr><td style="width:46%"><b style="font-size:11pt">FORRAJERÍA Y VETERINARIA EL ALAMBRADO S.R.L.</b><br>Av. Perón 890 - Pilar<br>IVA Resp. Inscripto</td>
        <td style="text-align:center;width:12%;border:1px solid"><b style="font-size:20pt">B</b><br>Cód. 006</td><td>FACTURA<br>Nº {pv:04d}-{nro:08d}<br>Fecha: 05/09/2024<br>CUIT: {dash(C)}<br>Inicio Act.: 05/2004</td></tr></table>
        <div style="border:1px solid;border-top:0;padding:3px">Sr.: CONSUMIDOR FINAL · Contado</div>
        <table class=it><tr><th>Cant.</th><th>Descripción</th><th>P. Unit.</th><th>Importe</th></tr>{tr}</table>
        <table style="margin-left:auto;margin-top:8px"><tr><td><b>TOTAL $</b></td><td class=n><b>{ar(sub)}</b></td></tr></table>
        <div style="display:flex;align-items:center;margin-top:8px">{qr}<div style="margin-left:6px">CAE: {cae}<br>Vto.: 15/09/2024</div></div></div>"""
    html = f"""<html><head><meta charset=utf-8>{css('''.cp{width:48%;border-right:1px dashed #999;padding-right:8px} .hd{width:100%;border:1px solid;border-collapse:collapse} .hd td{vertical-align:top;padding:3px;font-size:8pt}
    table.it{width:100%;border-collapse:collapse;margin-top:4px} table.it th{border:1px solid;font-size:8pt} table.it td{font-size:8pt;padding:2px}''', size="A4 landscape", margin="8mm", font="'DejaVu Sans'", pt=8)}</head><body>
    <div style="display:flex;justify-content:space-between">{copy('ORIGINAL')}{copy('DUPLICADO')}</div></body></html>"""
    exp = base("factura_b", "FORRAJERÍA Y VETERINARIA EL ALAMBRADO S.R.L.", C, pv, nro, fecha, its, sub, sub, cae=cae,
               qr=qr_expected(fecha, C, pv, 6, nro, sub, cae=cae))
    return html, exp


# ---------------------------------------------------------------- e25 Retail POS (Presea-like) Factura B, quantities with 3 decimals, prices with 4 decimals, U.M. column
@doc("Retail POS FB (qty 6,000 / 1,250 KG, prices x,xxxx, date+time)")
def e25_pos3dec_fb():
    C = "30708877669"; pv, nro, fecha = 11, 70412, "2024-09-05"; cae = "74362525252525"
    rows = [("Gaseosa Coca-Cola 2,25 L", "UN", "6", D("2850")), ("Galletitas Oreo 118 g", "UN", "12", D("1234.5")), ("Queso cremoso La Serenísima", "KG", "1.25", D("8990"))]
    its, tr, sub = [], "", D(0)
    for i, (desc, um, q, p) in enumerate(rows, 1):
        amt = r2(D(q) * p); sub += amt
        its.append(item(i, desc, q, str(p), s2(amt), unit="kg" if um == "KG" else "un"))
        tr += f"<tr><td>{desc}</td><td>{um}</td><td class=n>{ar(D(q), 3)}</td><td class=n>{ar(p, 4)}</td><td class=n>{ar(amt)}</td></tr>"
    html = f"""<html><head><meta charset=utf-8>{css('''table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border-bottom:1px solid;text-align:left;padding:3px}
    table.it td{padding:3px}''', font="'Noto Sans Mono'", pt=8.5)}</head><body>
    <div style="display:flex;justify-content:space-between;border:1px solid;padding:6px"><div><b style="font-size:12pt">AUTOSERVICIO LOS HERMANOS S.A.</b><br>Calle 7 N° 1450 - La Plata<br>IVA Responsable Inscripto</div>
     <div style="text-align:center"><b style="font-size:22pt">B</b><br>Cód. 006</div>
     <div>FACTURA {pv:04d}-{nro:08d}<br>Fecha: 05/09/2024 18:22:10<br>CUIT: {dash(C)}<br>IIBB: 30-70887766-9 · Inicio: 02/2001<br>Caja: 03 · Cajero: 117</div></div>
    <div style="border:1px solid;border-top:0;padding:5px">Cliente: CONSUMIDOR FINAL</div>
    <table class=it><tr><th>Descripción</th><th>U.M.</th><th class=n>Cant.</th><th class=n>Precio</th><th class=n>Importe</th></tr>{tr}</table>
    <table style="margin-left:auto;margin-top:10px"><tr><td>SUBTOTAL</td><td class=n>{ar(sub)}</td></tr><tr><td><b>TOTAL</b></td><td class=n><b>{ar(sub)}</b></td></tr></table>
    <div style="display:flex;align-items:center;margin-top:16px">{qr_img(qr_url(fecha, C, pv, 6, nro, sub, tdoc=99, cae=cae), 95)}<div style="margin-left:8px">CAE: {cae}<br>Vto. CAE: 15/09/2024</div></div></body></html>"""
    exp = base("factura_b", "AUTOSERVICIO LOS HERMANOS S.A.", C, pv, nro, fecha, its, sub, sub, cae=cae,
               qr=qr_expected(fecha, C, pv, 6, nro, sub, cae=cae))
    return html, exp


if __name__ == "__main__":
    import json
    names = sys.argv[1:] or list(DOCS)
    for n in names:
        html, exp = DOCS[n]()
        render(n, html)
        write_expected(n, exp)
        print("made", n)
