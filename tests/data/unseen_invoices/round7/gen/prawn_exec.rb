# Ruby Prawn executor: draw list (TSV) -> PDF.  usage: ruby prawn_exec.rb in.tsv out.pdf
require 'prawn'
Prawn::Fonts::AFM.hide_m17n_warning = true
H = 842.0
ops = File.readlines(ARGV[0], chomp: true, encoding: 'UTF-8').map { |l| l.split("\t", -1) }
dir = File.dirname(ARGV[0])
Prawn::Document.generate(ARGV[1], page_size: 'A4', margin: 0,
                         info: { Creator: 'Prawn', Producer: 'Prawn' }) do |pdf|
  first = true
  ops.each do |o|
    case o[0]
    when 'P'
      pdf.start_new_page unless first
      first = false
    when 'T'
      x, y, size = o[1].to_f, o[2].to_f, o[3].to_f
      pdf.font('Helvetica', style: (o[4] == '1' ? :bold : :normal), size: size)
      w = pdf.width_of(o[6], size: size)
      x -= w if o[5] == 'r'
      x -= w / 2 if o[5] == 'c'
      pdf.draw_text(o[6], at: [x, H - y], size: size)
    when 'L'
      pdf.line_width = o[5].to_f
      pdf.stroke_line([o[1].to_f, H - o[2].to_f], [o[3].to_f, H - o[4].to_f])
    when 'R'
      pdf.line_width = o[5].to_f
      pdf.stroke_rectangle([o[1].to_f, H - o[2].to_f], o[3].to_f, o[4].to_f)
    when 'F'
      pdf.fill_rectangle([o[1].to_f, H - o[2].to_f], o[3].to_f, o[4].to_f)
    when 'I'
      pdf.image(File.join(dir, o[5]), at: [o[1].to_f, H - o[2].to_f], width: o[3].to_f, height: o[4].to_f)
    end
  end
end
