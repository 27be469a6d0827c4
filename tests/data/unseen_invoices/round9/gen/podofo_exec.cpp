// PoDoFo 0.9.8: executes a draw list (TSV) with PdfPainter (Standard-14 Helvetica, WinAnsiEncoding).
#include <podofo/podofo.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
using namespace PoDoFo;

static std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> v; std::string cur; std::istringstream is(s);
    while (std::getline(is, cur, '\t')) v.push_back(cur);
    return v;
}

int main(int argc, char** argv) {
    const double H = 842.0;
    PdfMemDocument doc;
    PdfFont* reg = doc.CreateFont("Helvetica", false, false, false,
        PdfEncodingFactory::GlobalWinAnsiEncodingInstance(), PdfFontCache::eFontCreationFlags_AutoSelectBase14, false);
    PdfFont* bold = doc.CreateFont("Helvetica-Bold", true, false, false,
        PdfEncodingFactory::GlobalWinAnsiEncodingInstance(), PdfFontCache::eFontCreationFlags_AutoSelectBase14, false);
    PdfPainter p;
    PdfPage* page = doc.CreatePage(PdfRect(0, 0, 595, 842));
    p.SetPage(page);
    std::ifstream in(argv[1]);
    std::string line;
    std::vector<PdfImage*> imgs;
    while (std::getline(in, line)) {
        auto f = split(line);
        if (f.empty()) continue;
        if (f[0] == "P") {
            p.FinishPage();
            page = doc.CreatePage(PdfRect(0, 0, 595, 842));
            p.SetPage(page);
        } else if (f[0] == "T") {
            double x = std::stod(f[1]), y = std::stod(f[2]), sz = std::stod(f[3]);
            PdfFont* font = f[4] == "1" ? bold : reg;
            font->SetFontSize((float)sz);
            p.SetFont(font);
            PdfString s(reinterpret_cast<const pdf_utf8*>(f[6].c_str()));
            double w = font->GetFontMetrics()->StringWidth(s);
            if (f[5] == "r") x -= w; else if (f[5] == "c") x -= w / 2;
            p.SetColor(0, 0, 0);
            p.DrawText(x, H - y, s);
        } else if (f[0] == "R") {
            double x = std::stod(f[1]), y = std::stod(f[2]), w = std::stod(f[3]), h = std::stod(f[4]);
            p.SetStrokeWidth(std::stod(f[6]));
            p.Rectangle(x, H - y - h, w, h);
            if (f[5] == "1") p.Fill(); else p.Stroke();
        } else if (f[0] == "L") {
            p.SetStrokeWidth(std::stod(f[5]));
            p.DrawLine(std::stod(f[1]), H - std::stod(f[2]), std::stod(f[3]), H - std::stod(f[4]));
        } else if (f[0] == "Q") {
            double x = std::stod(f[1]), y = std::stod(f[2]), m = std::stod(f[3]);
            std::istringstream rs(f[4]); std::string row; int r = 0;
            p.SetColor(0, 0, 0);
            while (std::getline(rs, row, '/')) {
                for (size_t c = 0; c < row.size(); ++c)
                    if (row[c] == '1') p.Rectangle(x + c * m, H - y - (r + 1) * m, m, m);
                ++r;
            }
            p.Fill();
        } else if (f[0] == "I") {
            double x = std::stod(f[1]), y = std::stod(f[2]), sz = std::stod(f[3]);
            PdfImage* img = new PdfImage(&doc);
            img->LoadFromPng(f[4].c_str());
            imgs.push_back(img);
            p.DrawImage(x, H - y - sz, img, sz / img->GetWidth(), sz / img->GetHeight());
        }
    }
    p.FinishPage();
    doc.GetInfo()->SetCreator(PdfString("Facturador PoDoFo"));
    doc.Write(argv[2]);
    for (auto* i : imgs) delete i;
    return 0;
}
