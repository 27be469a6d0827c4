"""The receipt rules a Python user would write over extracted text: the same
line rules as the C ticket parser (departments, `qty x price (rate) amount`,
weighed `1 x kg x price`, barcodes, promotions, SUBTOTAL/AHORRO/TOTAL,
tenders), over whatever text a library returns."""
from __future__ import annotations

import re
from decimal import Decimal

AMOUNT = r"-?\$?\s?-?\d{1,3}(?:\.\d{3})*,\d{2}|-?\d+,\d{2}"
PRICE = re.compile(rf"^(-?\d+) x (\d+,\d{{3}} x )?([\d.]+,\d{{2}}) \((\d+,\d+)\)\s*({AMOUNT})?$")
TAIL = re.compile(rf"^(.*?)\s+({AMOUNT})$")
DEPTS = {"Almacen", "Bebidas", "Lacteos", "Limpieza", "Perfumeria", "Frutas Y Verduras", "Carniceria",
         "Hogar Bazar"}


def num(s: str) -> Decimal:
    s = s.replace("$", "").replace(" ", "").replace(".", "").replace(",", ".")
    return Decimal(s)


def parse(text: str) -> dict:
    lines = [ln.strip().replace("\xa0", " ") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    items, discounts, payments = [], [], []
    dept = desc = None
    total = subtotal = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = PRICE.match(ln)
        if m:
            amount = m.group(5)
            if amount is None and i + 1 < len(lines) and re.fullmatch(AMOUNT, lines[i + 1]):
                amount = lines[i + 1]
                i += 1
            qty = num(m.group(2).split(" x ")[0]) if m.group(2) else Decimal(m.group(1))
            items.append({"department": dept, "description": desc, "quantity": qty,
                          "unit_price": num(m.group(3)), "vat_rate": num(m.group(4)),
                          "amount": num(amount) if amount else None})
            desc = None
        elif ln in DEPTS:
            dept = ln
        elif ln.isdigit() and 8 <= len(ln) <= 14 and items:
            items[-1]["ean"] = ln
        elif ln.startswith(("SUBTOTAL", "AHORRO", "TOTAL")) or (total is not None and TAIL.match(ln)):
            t = TAIL.match(ln)
            value = num(t.group(2)) if t else (num(lines[i + 1]) if i + 1 < len(lines) else None)
            if t is None:
                i += 1
            if ln.startswith("SUBTOTAL"):
                subtotal = value
            elif ln.startswith("TOTAL"):
                total = value
            elif not ln.startswith("AHORRO"):
                payments.append({"method": t.group(1) if t else ln, "amount": value})
        elif (t := TAIL.match(ln)) and t.group(2).startswith("-"):
            discounts.append({"description": t.group(1), "amount": num(t.group(2))})
        elif not ln.startswith(("-", "P.V.", "Fecha", "Caja", "CUIT", "IVA", "A CONSUMIDOR", "INC ")):
            desc = ln if desc is None else f"{desc} {ln}"
        i += 1
    return {"items": items, "discounts": discounts, "subtotal": subtotal, "total": total, "payments": payments}
