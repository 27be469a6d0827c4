"""Text extraction the way a Python user would do it with each library,
each returning text with one printed line per line (what the rules need)."""
from __future__ import annotations

import io


def pdfplumber_text(data: bytes) -> str:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def pymupdf_text(data: bytes) -> str:
    import pymupdf
    out = []
    with pymupdf.open(stream=data) as doc:
        for page in doc:
            # words grouped into printed lines by baseline, ordered by x
            rows: dict[int, list] = {}
            for x0, y0, x1, y1, w, *_ in page.get_text("words"):
                rows.setdefault(round(y1), []).append((x0, w))
            out.extend(" ".join(w for _, w in sorted(ws)) for _, ws in sorted(rows.items()))
    return "\n".join(out)


def pdfminer_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    # a wide char_margin keeps a row's cells on one line
    return extract_text(io.BytesIO(data), laparams=LAParams(char_margin=200))


def pypdf_text(data: bytes) -> str:
    import pypdf
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


EXTRACTORS = {
    "pdfplumber": pdfplumber_text,
    "pymupdf": pymupdf_text,
    "pdfminer": pdfminer_text,
    "pypdf": pypdf_text,
}
