"""Writes MANIFEST.md = MANIFEST.head.md + the file table (pages from pdfinfo, sha256 of the PDFs)."""
import hashlib, os, re, subprocess
import docs
HERE = os.path.dirname(os.path.abspath(__file__))
GEN = {'freehep': 'FreeHEP PDFGraphics2D (Java)', 'textpdf': 'Text::PDF (Perl)', 'texttopdf': 'CUPS texttopdf (+ Text::PDF fix-up)'}
rows = ['| file | generator | pages | exercises | sha256 |', '| --- | --- | --- | --- | --- |']
for name, gen, mk, ex in sorted(docs.DOCS):
    pdf = os.path.join(HERE, name + '.pdf')
    pages = re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1)
    sha = hashlib.sha256(open(pdf, 'rb').read()).hexdigest()
    rows.append(f'| `{name}` | {GEN[gen]} | {pages} | {ex} | `{sha}` |')
head = open(os.path.join(HERE, 'MANIFEST.head.md'), encoding='utf-8').read()
open(os.path.join(HERE, 'MANIFEST.md'), 'w', encoding='utf-8').write(head.rstrip() + '\n\n## Files\n\n' + '\n'.join(rows) + '\n')
