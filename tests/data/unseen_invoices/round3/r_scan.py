"""Phone-scan-like documents: an invoice drawn with pycairo, rasterised (pdftoppm), rotated about 1 degree,
given paper tint, noise and blur with Pillow, saved as an image-only PDF and given an OCR text layer by
ocrmypdf + tesseract (spa)."""
import glob
import os
import random
import subprocess

from PIL import Image, ImageFilter

import r_cairo


def render(doc, out, work):
    src = os.path.join(work, "src.pdf")
    r_cairo.draw_pages(doc, src, work, doc.r["o"])
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", src, os.path.join(work, "pg")], check=True)
    rng = random.Random(doc.seed)
    imgs = []
    for f in sorted(glob.glob(os.path.join(work, "pg*.png"))):
        im = Image.open(f).convert("L")
        im = im.rotate(doc.r["angle"], resample=Image.BICUBIC, expand=True, fillcolor=235)
        px = im.load()
        w, h = im.size
        # paper tint + uneven light + speckle noise
        for y in range(0, h):
            shade = int(18 * y / h)
            for x in range(0, w, 1):
                v = px[x, y]
                if v > 200:
                    v = 238 - shade - (x * 10 // w) + rng.randint(-6, 6)
                else:
                    v = min(255, v + 25 + rng.randint(-10, 10))
                px[x, y] = max(0, min(255, v))
        im = im.filter(ImageFilter.GaussianBlur(0.8))
        imgs.append(im)
    raw = os.path.join(work, "scan.pdf")
    imgs[0].save(raw, "PDF", resolution=200, save_all=True, append_images=imgs[1:])
    p = subprocess.run(["ocrmypdf", "-q", "-l", "spa", "--output-type", "pdf", "--optimize", "0", raw, out],
                       capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError(p.stderr[-2000:])
