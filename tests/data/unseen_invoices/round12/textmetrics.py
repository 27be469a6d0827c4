"""Advance widths of the DejaVu fonts (fontTools), for right alignment and wrapping."""
from fontTools.ttLib import TTFont

_DIR = "/usr/share/fonts/truetype/dejavu/"
FILES = {0: "DejaVuSans.ttf", 1: "DejaVuSans-Bold.ttf", 2: "DejaVuSansCondensed.ttf", 3: "DejaVuSansMono.ttf"}
_cache = {}


def _font(i):
    if i not in _cache:
        f = TTFont(_DIR + FILES[i])
        _cache[i] = (f.getBestCmap(), f["hmtx"].metrics, f["head"].unitsPerEm)
    return _cache[i]


def width(s, font, size):
    cmap, hmtx, upm = _font(font)
    w = 0
    for ch in s:
        g = cmap.get(ord(ch))
        w += hmtx[g][0] if g else upm * 0.6
    return w * size / upm


def wrap(s, font, size, maxw):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if width(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines
