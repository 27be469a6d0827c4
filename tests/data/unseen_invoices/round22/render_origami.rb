# Draws one invoice from the page primitives (JSON) with Origami (ruby-origami 2.1.0): own PDF writer.
require 'json'
require 'zlib'
require 'origami'
include Origami

src, out = ARGV
doc = JSON.parse(File.read(src, encoding: 'UTF-8'))
pdf = PDF.new
FONTS = { 'R' => Font::Type1::Standard::Helvetica, 'B' => Font::Type1::Standard::HelveticaBold, 'M' => Font::Type1::Standard::Courier }
BLACK = Graphics::Color::GrayScale.new(0.0)
doc['pages'].each_with_index do |prims, pi|
  page = Page.new
  page.MediaBox = Rectangle[llx: 0, lly: 0, urx: 595, ury: 842]
  FONTS.each { |k, cls| f = cls.new; f.Encoding = :WinAnsiEncoding; page.add_font(f, ('F' + k).to_sym) }
  c = ContentStream.new
  qn = 0
  prims.each do |p|
    case p[0]
    when 'text'
      _, x, y, s, size, font = p
      c.write s.encode('windows-1252').force_encoding('binary'), x: x, y: y, size: size, font: ('F' + font).to_sym
    when 'rect'
      _, x, y, w, h, fill, lw = p
      if fill
        c.draw_rectangle(x, y, w, h, fill: true, stroke: false, fill_color: Graphics::Color::GrayScale.new(fill))
        c.set_fill_color(BLACK)
      else
        c.draw_rectangle(x, y, w, h, line_width: lw)
      end
    when 'line'
      _, x1, y1, x2, y2, lw = p
      c.draw_line([x1, y1], [x2, y2], line_width: lw)
    when 'qr'
      _, x, y, size, m = p
      sc = 4; q = 4; n = m.size + 2 * q; px = n * sc
      rows = (0...n).map do |r|
        mr = r - q
        row = (0...n).map { |col| mc = col - q; (mr >= 0 && mr < m.size && mc >= 0 && mc < m.size && m[mr][mc] == 1) ? 0 : 255 }
        row.flat_map { |v| [v] * sc }.pack('C*')
      end
      data = rows.flat_map { |r| [r] * sc }.join
      img = Graphics::ImageXObject.new
      img.Width = px; img.Height = px; img.ColorSpace = :DeviceGray; img.BitsPerComponent = 8
      img.setFilter(:FlateDecode)
      img.data = data
      qn += 1
      name = page.add_xobject(img, "QR#{qn}".to_sym)
      c.instructions << PDF::Instruction.new('q')
      c.instructions << PDF::Instruction.new('cm', size, 0, 0, size, x, y)
      c.instructions << PDF::Instruction.new('Do', name)
      c.instructions << PDF::Instruction.new('Q')
    end
  end
  page.setContents(c)
  pdf.append_page(page)
end
pdf.save(out)
