"""Phone-photo 'scan': render the draw list with Pillow at 200 dpi, then tilt, uneven light, noise, JPEG.
The PDF is made afterwards by tesseract's own PDF renderer (`tesseract img out -l spa pdf`)."""
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FD = "/usr/share/fonts/truetype/liberation/"
DPI = 200
K = DPI / 72.0


def tsv_to_scan(tsv, base, seed):
    rng = random.Random(seed)
    pages, cur = [], None
    for line in open(tsv, encoding="utf-8"):
        o = line.rstrip("\n").split("\t")
        if o[0] == "P":
            cur = []
            pages.append(cur)
        else:
            cur.append(o)
    out = []
    fonts = {}
    for pn, ops in enumerate(pages):
        W, H = int(595 * K), int(842 * K)
        im = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(im)
        for o in ops:
            if o[0] == "T":
                size = float(o[3]) * K
                key = (o[4], round(size, 1))
                if key not in fonts:
                    fonts[key] = ImageFont.truetype(FD + ("LiberationSans-Bold.ttf" if o[4] == "1" else "LiberationSans-Regular.ttf"), int(round(size)))
                anchor = {"l": "ls", "r": "rs", "c": "ms"}[o[5]]
                dr.text((float(o[1]) * K, float(o[2]) * K), o[6], font=fonts[key], fill=25, anchor=anchor)
            elif o[0] == "L":
                dr.line([(float(o[1]) * K, float(o[2]) * K), (float(o[3]) * K, float(o[4]) * K)], fill=40, width=max(1, int(float(o[5]) * K)))
            elif o[0] == "R":
                x, y, w, h = (float(v) * K for v in o[1:5])
                dr.rectangle([x, y, x + w, y + h], outline=40, width=max(1, int(float(o[5]) * K)))
            elif o[0] == "F":
                x, y, w, h = (float(v) * K for v in o[1:5])
                dr.rectangle([x, y, x + w, y + h], fill=10)
            elif o[0] == "I":
                import os
                q = Image.open(os.path.join(os.path.dirname(tsv), o[5])).convert("L")
                x, y, w, h = (float(v) * K for v in o[1:5])
                im.paste(q.resize((int(w), int(h)), Image.NEAREST), (int(x), int(y)))
        # photo effects: slight tilt, uneven lighting, blur, noise
        ang = rng.uniform(-1.6, 1.6)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        grad = Image.linear_gradient("L").resize((W, H)).rotate(rng.choice([0, 90, 180, 270]), expand=False)
        shade = grad.point(lambda v: int(255 - v * 0.22))
        im = Image.composite(im, Image.new("L", (W, H), 0), shade) if False else Image.blend(im, Image.new("L", (W, H), 0), 0).point(lambda v: v)
        px = im.load()
        sp = shade.load()
        for yy in range(0, H):
            for xx in range(0, W, 1):
                pass
            break
        from PIL import ImageChops
        im = ImageChops.multiply(im, shade)
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        noise = Image.effect_noise((W, H), 10).point(lambda v: v - 128 + 128)
        im = Image.blend(im, noise, 0.06)
        path = f"{base}_p{pn + 1}.jpg"
        im.save(path, "JPEG", quality=55, dpi=(DPI, DPI))
        out.append(path)
    return out
