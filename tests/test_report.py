"""The Monday report (expetl.report) on the household's golden weeks
(../shared/fixtures/household): text, chart, HTML, the e-mail, and the HTML
opened in Debian's headless Chromium."""
import base64
import html
import os
import pickle
import re
import struct
import subprocess
import sys
import zlib
from datetime import date, timedelta
from decimal import Decimal as D
from email import message_from_bytes, policy

import pytest

from browser import headless_chromium
from conftest import FIXTURES, ROOT, load_json
from expetl.report import (
    CATEGORY_NAMES, ReportData, Week, money, percent, render_chart, render_html, render_subject,
    render_text, to_email, write_report,
)

HOUSEHOLD = FIXTURES / "household"
W38 = date(2025, 9, 15)
HOSTILE = "<script>window.__pwned=1</script>"


def _week(w: dict) -> Week:
    return Week(date.fromisoformat(w["start"]), w["currency"], D(w["spending"]), D(w["income"]),
                D(w["own_transfers"]), D(w["transfers_out"]),
                {k: D(v) for k, v in w["by_category"].items()}, {k: D(v) for k, v in w["by_brand"].items()})


def household_report(monday: date = W38, currency: str = "ARS", hostile: bool = False) -> ReportData:
    """What the warehouse queries give for one week, built from the golden
    answer: the weeks, the counted tickets' items and unit prices."""
    golden = load_json(HOUSEHOLD / "household.expected.json")
    weeks = [_week(w) for w in golden["weeks"]]
    history = [w for w in weeks if w.currency == currency and monday - timedelta(weeks=4) <= w.start <= monday]
    this = history[-1]
    tickets = [r for r in golden["receipts"] if r["counted"] and r["currency"] == currency]
    items, unit_prices = [], {}          # ean -> [(week start, unit price, description)]
    for r in tickets:
        start = date.fromisoformat(r["issued_at"][:10])
        start -= timedelta(days=start.weekday())
        expected = load_json(HOUSEHOLD / r["file"].replace(".pdf", ".expected.json"))
        for it in expected["items"]:
            if start == monday:
                items.append((date.fromisoformat(r["issued_at"][:10]), r["brand"], it["description"], D(it["amount"])))
            if it.get("ean") and start <= monday:
                unit_prices.setdefault(it["ean"], []).append((start, D(it["unit_price"]), it["description"]))
    rises = []
    for ean, seen in unit_prices.items():
        now = [s for s in seen if s[0] == monday]
        before = sorted(s for s in seen if s[0] < monday)
        if now and before and now[0][1] > before[-1][1]:
            rises.append((ean, now[0][2], before[-1][1], now[0][1], before[-1][0], monday))
    rises.sort(key=lambda r: (r[2] - r[3]) / r[2])
    items.sort(key=lambda i: -i[3])
    pending = [("quarantined", "coto_2025-09-20_1745_roto.pdf",
                "El PDF está dañado: pedí el ticket de nuevo y reenvialo."),
               ("unclassified", "MP 64559283577 (release_2025-09-15_2025-09-28.csv línea 7)",
                "Agregá una regla de categoría para el comercio.")]
    if hostile:
        items.insert(0, (monday + timedelta(days=2), '"><img src=x onerror="window.__pwned=2">',
                         HOSTILE, D("0.01")))
        pending.append(("quarantined", "x.pdf\nGasto de la semana: $ 0,00", "\u202eetatsiver"))
    return ReportData(
        week=monday, currency=currency, weeks=history,
        top_merchants=sorted(this.by_brand.items(), key=lambda b: -b[1]),
        biggest_items=items, price_rises=rises, pending=pending,
        other_currencies=[w for w in weeks if w.start == monday and w.currency != currency])


AMOUNT = re.compile(r"-?(?:US)?\$ [\d.]+,\d\d")


def amounts(text: str) -> list[D]:
    return [D(a.split(" ")[1].replace(".", "").replace(",", ".")) * (-1 if a.startswith("-") else 1)
            for a in AMOUNT.findall(text)]


def section(text: str, title: str) -> list[str]:
    """The lines of one section of the text (after its title, to the blank line)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line == title or line.startswith(title + " (")) + 1
    return lines[start:lines.index("", start)]


# ---- formatting and the model ----------------------------------------------

def test_money_and_percent_the_argentine_way():
    assert money(D("145130.28")) == "$ 145.130,28"
    assert money(D("-1508")) == "-$ 1.508,00"
    assert money(D("1234567.805")) == "$ 1.234.567,81"
    assert money(D("0")) == "$ 0,00" and money(D("-0.001")) == "$ 0,00"
    assert money(D("14.99"), "USD") == "US$ 14,99" and money(D("3"), "EUR") == "EUR 3,00"
    assert percent(D("-54.875")) == "-54,9 %" and percent(D("7.04"), signed=True) == "+7,0 %"


def test_model_refuses_inconsistent_data():
    monday = W38
    with pytest.raises(ValueError, match="adds up to"):
        Week(monday, "ARS", D("10.00"), by_category={"almacen": D("9.99")})
    with pytest.raises(TypeError, match="Decimal"):
        Week(monday, "ARS", 10.0)
    with pytest.raises(ValueError, match="Monday"):
        Week(monday + timedelta(days=1), "ARS", D(0))
    with pytest.raises(ValueError, match="ISO 4217"):
        Week(monday, "<b>", D(0))
    gap = [Week(monday - timedelta(weeks=2), "ARS", D(0)), Week(monday, "ARS", D(0))]
    with pytest.raises(ValueError, match="consecutive"):
        ReportData(monday, "ARS", gap)
    with pytest.raises(ValueError, match="by_category"):
        ReportData(monday, "ARS", [Week(monday, "ARS", D("1.00"))])
    data = household_report()
    assert data.average == D("128323.97") and data.uncategorised_share == 0


# ---- text ------------------------------------------------------------------------

def test_text_of_the_golden_week():
    data = household_report()
    text = render_text(data)
    lines = text.splitlines()
    assert len(lines) <= 60
    assert lines[0] == "Gastos de la semana del 15/09/2025 al 21/09/2025 (2025-W38), ARS"
    assert "Gasto de la semana: $ 57.905,34" in lines
    # (145130.28 + 111517.66) / 2 = 128323.97; 57905.34 is 54.9 % below
    assert "vs. promedio de las 2 semanas anteriores ($ 128.323,97): -$ 70.418,63 (-54,9 %)" in lines

    categories = section(text, "Por categoría")
    assert categories[0].split("  ")[1] == "Carnes, pescados y fiambres"
    assert re.search(r"Descuentos +-\$ 1\.508,00", text)
    *rows, total = categories
    assert total.split()[0] == "Total" and amounts(total) == [D("57905.34")]
    assert sum(amounts("\n".join(rows))) == D("57905.34")      # the rows add up
    listed = [amounts(r)[0] for r in rows]
    assert listed == sorted(listed, reverse=True)              # largest first
    assert {CATEGORY_NAMES[k] for k in data.current.by_category} <= {r.split("  ")[1] for r in rows}

    assert [r.split()[0] for r in section(text, "Dónde más gastaste")] == ["Coto", "Carrefour", "Impuestos"]
    assert "ASADO DE TIRA X KG" in section(text, "Las compras más grandes")[0]
    rises = section(text, "Subieron de precio")
    assert rises[0].startswith("  ÑOQUIS DE PAPA LA SALTEÑA 500G (7799648272834)")
    assert "$ 2.085,99 (08/09)" in rises[0] and "$ 2.365,00 (15/09)" in rises[0] and rises[0].endswith("+13,4 %")
    assert "coto_2025-09-20_1745_roto.pdf" in section(text, "Pendientes")[0]
    beside = "\n".join(section(text, "Fuera del gasto (no se suman)"))
    assert amounts(beside) == [D("30362.55"), D("0.00"), D("25000.00")]
    assert "Otras monedas: USD: sin movimientos." in lines
    assert render_subject(data) == "Gastos de la semana del 15/09: $ 57.905,34 (-54,9 % vs. promedio)"


def test_text_stays_short_on_a_busy_week():
    monday = W38
    cats = {k: D(100 + i) for i, k in enumerate(CATEGORY_NAMES)}
    cats["descuentos"], cats["reintegros"] = D("-50.00"), D("-70.00")
    spent = sum(cats.values())
    weeks = [Week(monday - timedelta(weeks=n), "ARS", spent) for n in range(4, 0, -1)]
    weeks.append(Week(monday, "ARS", spent, by_category=cats))
    many = range(30)
    data = ReportData(monday, "ARS", weeks,
                      top_merchants=[(f"Comercio {i}", D(i)) for i in many],
                      biggest_items=[(monday, "Coto", "X" * 80, D(i)) for i in many],
                      price_rises=[(str(i), "P", D(1), D(2), monday - timedelta(weeks=1), monday) for i in many],
                      pending=[("quarantined", f"f{i}.pdf", "Reenviarlo.") for i in many],
                      other_currencies=[Week(monday, "USD", D("14.99")), Week(monday, "EUR", D(0))])
    text = render_text(data)
    assert len(text.splitlines()) <= 60, text
    *rows, total = section(text, "Por categoría")
    assert any(r.split("  ")[1].startswith("Resto (") for r in rows)
    assert sum(amounts("\n".join(rows))) == amounts(total)[0] == spent
    assert "Dónde más gastaste (5 de 30)" in text and "$ 0,00 (0,0 %)" in text      # the same as the average
    assert "Otras monedas: USD: gasto US$ 14,99; EUR: sin movimientos." in text


def test_hostile_strings_are_escaped():
    data = household_report(hostile=True)
    page = render_html(data, chart_src="cid:x")
    assert "<script" not in page and "<img src=x" not in page and "\u202e" not in page
    assert html.escape(HOSTILE) in page
    assert "&quot;&gt;&lt;img src=x" in page
    text = render_text(data)
    # a newline in a file name does not start a line of its own, nor fake the total
    assert [line for line in text.splitlines() if line.startswith("Gasto de la semana:")] == \
        ["Gasto de la semana: $ 57.905,34"]
    assert "\u202e" not in text and HOSTILE in text        # plain text: shown as it is, harmless


# ---- chart, files, e-mail --------------------------------------------------------

def png_chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    out, i = [], 8
    while i < len(png):
        (n,), kind = struct.unpack(">I", png[i:i + 4]), png[i + 4:i + 8]
        out.append((kind, png[i + 8:i + 8 + n]))
        i += 12 + n
    return out


def test_chart_is_a_deterministic_png(tmp_path):
    data = household_report()
    png = render_chart(data, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes() == png == render_chart(household_report())
    chunks = png_chunks(png)
    assert struct.unpack(">II", chunks[0][1][:8]) == (640, 480)
    assert not {k for k, _ in chunks} & {b"tEXt", b"iTXt", b"zTXt", b"tIME"}    # no metadata
    raw = zlib.decompress(b"".join(d for k, d in chunks if k == b"IDAT"))
    assert len(set(raw)) > 20                                                  # something drawn
    assert render_chart(household_report(date(2025, 9, 22))) != png


def test_write_report_files(tmp_path):
    html_path, png_path, txt_path = write_report(household_report(), tmp_path / "out")
    assert [p.name for p in (html_path, png_path, txt_path)] == \
        ["report-2025-09-15.html", "report-2025-09-15.png", "report-2025-09-15.txt"]
    page = html_path.read_text(encoding="utf-8")
    assert re.search(r'<p id="total"[^>]*>\$ 57\.905,34</p>', page)
    src = re.search(r'<img id="chart" src="data:image/png;base64,([^"]+)"[^>]* alt="Gráfico: [^"]+"', page)
    assert base64.b64decode(src.group(1)) == png_path.read_bytes()
    for table in ("categories", "merchants", "items", "price-rises", "pending", "weeks", "beside"):
        assert f'id="{table}"' in page
    assert txt_path.read_text(encoding="utf-8") == render_text(household_report())


def test_html_without_matplotlib(tmp_path):
    """matplotlib made unimportable in a fresh interpreter (as when the
    extra is not installed): the report still renders, tables only."""
    code = ("import pickle, sys\n"
            "sys.modules['matplotlib'] = None   # 'import matplotlib' now raises ImportError\n"
            "from expetl.report import write_report\n"
            "html_path, png_path, _ = write_report(pickle.load(sys.stdin.buffer), sys.argv[1])\n"
            "print(png_path, 'matplotlib' in sys.modules and sys.modules['matplotlib'] is not None)\n")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path)], input=pickle.dumps(household_report()),
                         capture_output=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0, run.stderr.decode()
    assert run.stdout.decode().split() == ["None", "False"]
    page = (tmp_path / "report-2025-09-15.html").read_text(encoding="utf-8")
    assert "<img" not in page and not (tmp_path / "report-2025-09-15.png").exists()
    assert html.unescape(re.search(r'<p id="chart-missing"[^>]*>([^<]+)</p>', page).group(1)).endswith(
        "pip install 'expetl[report]'")
    assert 'id="categories"' in page and "Carnes, pescados y fiambres" in page and "$ 57.905,34" in page


def test_email_message_references_the_chart_by_cid():
    msg = to_email(household_report(), "expetl@example.com", ["ana@example.com", "juan@example.com"])
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert parsed["To"] == "ana@example.com, juan@example.com"
    assert parsed["Subject"].startswith("Gastos de la semana del 15/09: $ 57.905,34")
    text = parsed.get_body(("plain",)).get_content()
    assert "Gasto de la semana: $ 57.905,34" in text
    related = [p for p in parsed.walk() if p.get_content_type() == "multipart/related"][0]
    page, image = related.get_payload()
    cid = re.search(r'src="cid:([^"]+)"', page.get_content()).group(1)
    assert image.get_content_type() == "image/png" and image["Content-ID"] == f"<{cid}>"
    assert image.get_content() == render_chart(household_report())


# ---- the HTML in a real browser ----------------------------------------------------

CHART_BLUE = (0x1F, 0x6F, 0xEB)


@pytest.fixture(scope="module")
def chromium():
    with headless_chromium("--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=800,1000") as drv:
        yield drv


def test_report_in_headless_chromium(chromium, tmp_path):
    from PIL import Image
    from selenium.webdriver.common.by import By

    html_path, _, _ = write_report(household_report(hostile=True), tmp_path)
    chromium.get(html_path.as_uri())
    assert chromium.title == "Gastos de la semana del 15/09/2025 al 21/09/2025 (2025-W38), ARS"
    chart = chromium.find_element(By.ID, "chart")
    assert chromium.execute_script("return arguments[0].complete && arguments[0].naturalWidth", chart) == 640
    assert chart.get_attribute("alt").startswith("Gráfico: gasto por categoría")
    assert chromium.find_element(By.ID, "total").text == "$ 57.905,34"
    # the hostile description is shown as text and never ran
    assert chromium.execute_script("return typeof window.__pwned") == "undefined"
    assert HOSTILE in chromium.find_element(By.ID, "items").text
    rows = chromium.find_elements(By.CSS_SELECTOR, "#categories tbody tr")
    assert rows[0].text.startswith("Carnes, pescados y fiambres")

    # the whole page, not only the window (DevTools: capture beyond the viewport)
    size = chromium.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
    png = chromium.execute_cdp_cmd("Page.captureScreenshot",
                                   {"format": "png", "captureBeyondViewport": True, "clip": clip})["data"]
    shot = ROOT / "build" / "report.png"
    shot.parent.mkdir(exist_ok=True)
    shot.write_bytes(base64.b64decode(png))
    img = Image.open(shot).convert("RGB")
    assert img.width >= 680 and img.height > 1500
    colours = img.getcolors(maxcolors=1 << 20)          # (count, (r, g, b))
    dark = sum(n for n, rgb in colours if sum(rgb) < 600)
    blue = sum(n for n, rgb in colours if all(abs(a - b) < 12 for a, b in zip(rgb, CHART_BLUE)))
    assert dark > img.width * img.height // 100, "the screenshot is blank"
    assert blue > 2000, "the chart's bars are not on the screenshot"
