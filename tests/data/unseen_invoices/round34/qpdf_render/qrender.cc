// Facturador (qpdf 11 writer): reads a draw list on stdin and writes a PDF.
// Lines: P w h (new page) | T font size x y hex (text, WinAnsi bytes as hex) | R x y w h fill(0/1) lw gray | L x1 y1 x2 y2 lw | M title
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>
int main(int argc, char** argv) {
    if (argc < 2) { std::cerr << "usage: qrender out.pdf < drawlist\n"; return 2; }
    QPDF pdf; pdf.emptyPDF();
    auto font = [&](const char* base) {
        return pdf.makeIndirectObject(QPDFObjectHandle::parse(std::string("<< /Type /Font /Subtype /Type1 /BaseFont /") + base + " /Encoding /WinAnsiEncoding >>"));
    };
    QPDFObjectHandle f1 = font("Helvetica"), f2 = font("Helvetica-Bold");
    QPDFPageDocumentHelper dh(pdf);
    std::string line, content; double pw = 595, ph = 842; bool open = false;
    std::string creator = "Facturador";
    auto flush = [&]() {
        if (!open) return;
        QPDFObjectHandle res = QPDFObjectHandle::newDictionary();
        QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
        fonts.replaceKey("/F1", f1); fonts.replaceKey("/F2", f2); res.replaceKey("/Font", fonts);
        QPDFObjectHandle page = pdf.makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Page /MediaBox [0 0 " + std::to_string((int)pw) + " " + std::to_string((int)ph) + "] >>"));
        page.replaceKey("/Resources", res);
        page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
        dh.addPage(QPDFPageObjectHelper(page), false);
        content.clear(); open = false;
    };
    while (std::getline(std::cin, line)) {
        std::istringstream in(line); std::string op; in >> op;
        std::ostringstream o; o.setf(std::ios::fixed); o.precision(2);
        if (op == "P") { flush(); in >> pw >> ph; open = true; }
        else if (op == "M") { std::getline(in, creator); creator = creator.substr(1); }
        else if (op == "T") { int f; double s, x, y; std::string hex; in >> f >> s >> x >> y >> hex;
            o << "BT /F" << f << " " << s << " Tf " << x << " " << y << " Td <" << hex << "> Tj ET\n"; content += o.str(); }
        else if (op == "R") { double x, y, w, h, lw, g; int fill; in >> x >> y >> w >> h >> fill >> lw >> g;
            if (fill) o << g << " g " << x << " " << y << " " << w << " " << h << " re f 0 g\n";
            else o << lw << " w " << x << " " << y << " " << w << " " << h << " re S\n"; content += o.str(); }
        else if (op == "L") { double a, b, c, d, lw; in >> a >> b >> c >> d >> lw;
            o << lw << " w " << a << " " << b << " m " << c << " " << d << " l S\n"; content += o.str(); }
    }
    flush();
    QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(creator));
    info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("qpdf 11.3.0"));
    pdf.getTrailer().replaceKey("/Info", info);
    QPDFWriter w(pdf, argv[1]);
    w.setDeterministicID(true);
    w.setObjectStreamMode(qpdf_o_generate); w.setCompressStreams(true);
    w.write();
    return 0;
}
