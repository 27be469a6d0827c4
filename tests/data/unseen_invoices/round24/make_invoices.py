"""Builds the round-24 set: for each Doc, a page description (layouts.py) drawn by its generator (render/),
and NAME.expected.json from Doc.expected(). Usage: make_invoices.py [r h i | NAME ...]"""
import json, os, subprocess, sys
from docs import DOCS
from layouts import LAYOUTS

HERE = os.path.dirname(os.path.abspath(__file__))
SCR = '/work/round24-scratch'; TPL = os.path.join(SCR, 'tpl'); JCLS = os.path.join(SCR, 'jcls')
RB = ['ruby', '-I', '/usr/share/rubygems-integration/all/gems/rbpdf-1.20.1/lib', '-I', '/usr/share/rubygems-integration/all/gems/rbpdf-font-1.19.1/lib',
      os.path.join(HERE, 'render/draw_rbpdf.rb')]
PHP = ['php', os.path.join(HERE, 'render/draw_horde.php')]
JAVA = ['java', '-cp', f'/usr/share/java/itext1.jar:{JCLS}', 'DrawItext']

def main(args):
    os.makedirs(TPL, exist_ok=True); os.makedirs(JCLS, exist_ok=True)
    subprocess.run(['javac', '-cp', '/usr/share/java/itext1.jar', '-d', JCLS, os.path.join(HERE, 'render/DrawItext.java')], check=True)
    for d in DOCS():
        if args and d.name[0] not in args and d.name not in args: continue
        page = LAYOUTS[d.name[0]](d, TPL)
        tsv = os.path.join(TPL, d.name + '.tsv'); page.save(tsv)
        pdf = os.path.join(HERE, d.name + '.pdf')
        cmd = {'r': RB, 'h': PHP, 'i': JAVA}[d.name[0]]
        subprocess.run(cmd + [tsv, pdf], check=True)
        with open(os.path.join(HERE, d.name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(d.expected(), f, ensure_ascii=False, indent=2); f.write('\n')
        print('built', d.name)

if __name__ == '__main__':
    main(sys.argv[1:])
