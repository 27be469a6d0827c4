"""Build the round-9 set: python make_invoices.py [name-prefix ...]
Needs: the venv of requirements.txt (segno, pdfme, pillow), Rscript, g++-built PoDoFo executor,
Debian python3-tk + xvfb-run, OpenJDK 17, libpdfbox-java 1.8, ghostscript (ps2pdf)."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "gen"))
import core, docs

SCR = "/work/round9-scratch"
BUILD = f"{SCR}/build"
CP_BOX = ":".join(["/usr/share/java/pdfbox-1.8.16.jar", "/usr/share/java/fontbox-1.8.16.jar",
                   "/usr/share/java/commons-logging.jar", f"{SCR}/classes"])
VECTOR_QR = ("p01", "p03", "b03")  # QR as filled squares instead of the generator's default
DEFAULT_QR = {"r": "vector", "p": "image", "k": "vector", "j": "vector", "b": "image", "m": "image", "o": "vector"}


def build_tools():
    """Compile the PoDoFo executor and the two Java executors into the scratch folder if missing."""
    os.makedirs(f"{SCR}/classes", exist_ok=True)
    if not os.path.exists(f"{SCR}/podofo_exec"):
        subprocess.run(["g++", "-O1", "-o", f"{SCR}/podofo_exec", f"{HERE}/gen/podofo_exec.cpp", "-lpodofo"], check=True)
    if not os.path.exists(f"{SCR}/classes/AwtPs.class"):
        subprocess.run(["javac", "-d", f"{SCR}/classes", f"{HERE}/gen/AwtPs.java"], check=True)
    if not os.path.exists(f"{SCR}/classes/Pdfbox18Exec.class"):
        subprocess.run(["javac", "-cp", CP_BOX, "-d", f"{SCR}/classes", f"{HERE}/gen/Pdfbox18Exec.java"], check=True)


def build(gen, d):
    os.makedirs(BUILD, exist_ok=True)
    out = os.path.join(HERE, d.name + ".pdf")
    core.dump_expected(d, os.path.join(HERE, d.name + ".expected.json"))
    png = f"{BUILD}/{d.name}.qr.png"
    if d.qrmatrix() is not None:
        core.write_png(d, png)
    if gen == "m":
        import pdfme_exec
        pdfme_exec.render(d, out, png if d.qrmatrix() is not None else None)
        return
    mode = "vector" if d.name[:3] in VECTOR_QR else DEFAULT_QR[gen]
    tsv = f"{BUILD}/{d.name}.tsv"
    core.write_ops(core.layout(d, mode, png), tsv)
    if gen == "r":
        subprocess.run(["Rscript", f"{HERE}/gen/r_exec.R", tsv, out], check=True)
    elif gen == "p":
        subprocess.run([f"{SCR}/podofo_exec", tsv, out], check=True)
    elif gen == "k":
        w = f"{BUILD}/{d.name}.tk"
        os.makedirs(w, exist_ok=True)
        subprocess.run(["xvfb-run", "-a", "/usr/bin/python3", f"{HERE}/gen/tk_exec.py", tsv, out, w], check=True)
    elif gen == "j":
        ps = f"{BUILD}/{d.name}.ps"
        subprocess.run(["java", "-Djava.awt.headless=true",
                        f"-Dsun.awt.fontconfig={HERE}/gen/java-fontconfig.properties", "-cp", f"{SCR}/classes", "AwtPs", tsv, ps], check=True)
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", ps, out], check=True)
    elif gen == "o":
        import unicodedata
        txt = open(tsv, encoding="utf-8").read()
        txt = txt.replace("°", "o").replace("º", "o")
        txt = unicodedata.normalize("NFKD", txt).encode("ascii", "ignore").decode()
        open(tsv, "w", encoding="ascii").write(txt)
        subprocess.run(["xvfb-run", "-a", "octave", "--no-gui", "-q", f"{HERE}/gen/octave_exec.m", tsv, out],
                       check=True, env=dict(os.environ, XDG_RUNTIME_DIR=f"{BUILD}"))
    elif gen == "b":
        subprocess.run(["java", "-cp", CP_BOX, "Pdfbox18Exec", tsv, out], check=True)


if __name__ == "__main__":
    sel = sys.argv[1:]
    build_tools()
    for gen, d in docs.DOCS:
        if sel and not any(d.name.startswith(s) for s in sel):
            continue
        print("build", d.name, flush=True)
        build(gen, d)
