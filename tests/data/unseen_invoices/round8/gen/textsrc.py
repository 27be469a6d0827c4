"""Source-level generators: rinohtype (reStructuredText -> rinoh) and mandoc (man(7) + tbl -> mandoc -Tpdf)."""
import os, subprocess, shutil
import segno
SCR = "/work/round8-scratch/build"; os.makedirs(SCR, exist_ok=True)

def _cell(r, key):
    if r["kind"] == "disc":
        return r["desc"] if key == "desc" else (r["amount"] if key == "amount" else "")
    return r.get(key, "")

def rinoh(P, s, out):
    name = s["id"]; d = f"{SCR}/{name}"; os.makedirs(d, exist_ok=True)
    L = []
    L.append(f"{P['title']} {P['letter']}")
    L.append("=" * (len(L[0]) + 2)); L.append("")
    L.append(f"**{P['codelabel']}**"); L.append("")
    for s_, _, _ in P["iss_top"]:
        L.append(f"| **{s_}**")
    for ln in P["iss_more"]:
        L.append(f"| {ln}")
    L.append("")
    for ln in P["numlines"] + [P["dateline"]] + P["inv_more"]:
        L.append(f"| {ln}")
    L.append(""); L.append("----"); L.append("")
    for ln in P["buyer"]:
        L.append(f"| {ln}")
    L.append("")
    ws = " ".join(str(max(1, int(c[2] / 10))) for c in P["cols"])
    L += [".. list-table::", "   :header-rows: 1", f"   :widths: {ws}", ""]
    L.append("   * - " + P["cols"][0][1])
    for c in P["cols"][1:]: L.append("     - " + c[1])
    for r in P["rows"]:
        vals = [_cell(r, c[0]) or "\\ " for c in P["cols"]]
        L.append("   * - " + vals[0])
        for v in vals[1:]: L.append("     - " + v)
    L.append("")
    L += [".. list-table::", "   :widths: 70 30", ""]
    for lab, val in P["totals"]:
        L.append(f"   * - **{lab}**"); L.append(f"     - **{val}**")
    L.append("")
    for n in P["notes"]: L += [n, ""]
    if P["qr_url"]:
        segno.make(P["qr_url"], error="m").save(f"{d}/qr.png", scale=6, border=4)
        L += [".. image:: qr.png", "   :width: 3.2cm", ""]
    for c in P["cae"]: L.append(f"| {c}")
    L.append("")
    src = f"{d}/{name}.rst"; open(src, "w").write("\n".join(L))
    r = subprocess.run(["/work/round8-scratch/venv/bin/rinoh", "--paper", "A4", src, "--output", d], capture_output=True, text=True, cwd=d)
    if not os.path.exists(f"{d}/{name}.pdf"): raise RuntimeError(r.stdout + r.stderr)
    shutil.copy(f"{d}/{name}.pdf", out)

def _m(s):
    # mandoc -Tpdf draws non-ASCII letters as overstrikes (o + acute): this writer emits plain ASCII, as such systems do
    import unicodedata
    s = s.replace("N°", "Nro.").replace("Nº", "Nro.").replace("°", "o")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.replace("\\", "\\e").replace("-", "\\-")
    return ("\\&" + s) if s.startswith((".", "'")) else s

def mandoc(P, s, out):
    name = s["id"]
    L = [f'.TH "{P["title"]} {P["letter"]}" 7 "" "{P["codelabel"]}" ""']
    L.append(".SH EMISOR")
    for s_, _, _ in P["iss_top"]:
        L.append(".B " + _m(s_)); L.append(".br")
    for ln in P["iss_more"]:
        L.append(_m(ln)); L.append(".br")
    L.append(f'.SH "COMPROBANTE {P["letter"]} \\- {P["codelabel"]}"')
    for ln in P["numlines"] + [P["dateline"]] + P["inv_more"]:
        L.append(_m(ln)); L.append(".br")
    L.append(".SH CLIENTE")
    for ln in P["buyer"]:
        L.append(_m(ln)); L.append(".br")
    L.append(".SH DETALLE")
    # one tagged paragraph per item (mandoc -Tpdf sets tbl columns too tight to read): description as tag,
    # the numeric columns as labelled values below it
    for r in P["rows"]:
        L.append(".TP 4"); L.append(_m(_cell(r, "desc")))
        if r["kind"] == "disc":
            L.append(_m(f"Importe: {r['amount']}")); continue
        parts = [f"{c[1]}: {_cell(r, c[0])}" for c in P["cols"] if c[0] != "desc" and _cell(r, c[0])]
        L.append(_m("   ".join(parts)).replace("   ", " \\ \\ \\ "))
    L.append(".SH TOTALES")
    for a_, b_ in P["totals"]:
        L.append(_m(f"{a_} {b_}")); L.append(".br")
    for n in P["notes"]:
        L.append(".PP"); L.append(_m(n))
    L.append(".SH AUTORIZACION")
    for c in P["cae"]:
        L.append(_m(c)); L.append(".br")
    src = f"{SCR}/{name}.7"; open(src, "w").write("\n".join(L) + "\n")
    with open(out, "wb") as f:
        subprocess.run(["mandoc", "-Tpdf", "-Opaper=a4", src], stdout=f, check=True)
