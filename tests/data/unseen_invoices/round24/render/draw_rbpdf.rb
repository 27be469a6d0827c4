# Draws one page-description file (TSV ops, pt, origin top-left) with RBPDF (ruby-rbpdf).
require 'rbpdf'
src, out = ARGV
FONT = 'dejavusans'  # TrueType from ruby-rbpdf-font, embedded as a subset (Identity-H)
lines = File.read(src, encoding: 'UTF-8').split("\n")
meta = lines.shift.split("\t")
pdf = RBPDF.new('P', 'pt', 'A4', true, 'UTF-8', false)
pdf.set_print_header(false); pdf.set_print_footer(false)
pdf.SetAutoPageBreak(false, 0); pdf.SetMargins(0, 0, 0); pdf.SetCellPadding(0)
pdf.SetCreator(meta[1]); pdf.SetTitle(meta[2]); pdf.SetAuthor(meta[3])
lines.each do |ln|
  f = ln.split("\t", -1)
  case f[0]
  when 'P' then pdf.AddPage()
  when 'T'
    x, y, s = f[1].to_f, f[2].to_f, f[3].to_f
    pdf.SetFont(FONT, f[4] == '1' ? 'B' : '', s)
    t = f[6]; w = pdf.GetStringWidth(t)
    x -= w if f[5] == 'R'; x -= w / 2 if f[5] == 'C'
    pdf.Text(x, y - s * 0.93, t)
  when 'L'
    pdf.SetLineWidth(f[5].to_f); pdf.Line(f[1].to_f, f[2].to_f, f[3].to_f, f[4].to_f)
  when 'R'
    g = f[5].to_f; st = ''
    if g >= 0 then v = (g * 255).round; pdf.SetFillColor(v, v, v); st += 'F' end
    if f[6] == '1' then pdf.SetLineWidth(f[7].to_f); st += 'D' end
    st = 'DF' if st == 'FD'
    pdf.Rect(f[1].to_f, f[2].to_f, f[3].to_f, f[4].to_f, st)
  when 'I'
    pdf.Image(f[1], f[2].to_f, f[3].to_f, f[4].to_f, f[4].to_f)
  end
end
pdf.Output(out, 'F')
