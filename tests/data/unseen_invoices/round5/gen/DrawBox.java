// PDFBox 2 executor of a draw list (TSV): T x y size bold align text | R x y w h | L x1 y1 x2 y2 | Q x y side pngpath | P (new page)
import java.io.*; import java.nio.file.*; import java.util.*;
import org.apache.pdfbox.pdmodel.*; import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*; import org.apache.pdfbox.pdmodel.graphics.image.*;
public class DrawBox {
  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Paths.get(a[0]), java.nio.charset.StandardCharsets.UTF_8);
    PDDocument doc = new PDDocument();
    doc.getDocumentInformation().setCreator("DrawBox (round5)");
    float H = PDRectangle.A4.getHeight();
    PDPageContentStream cs = null;
    for (String ln : lines) {
      String[] f = ln.split("\t", -1);
      if (f[0].equals("P")) { if (cs != null) cs.close(); PDPage p = new PDPage(PDRectangle.A4); doc.addPage(p); cs = new PDPageContentStream(doc, p); cs.setLineWidth(0.6f); continue; }
      if (f[0].equals("T")) {
        float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), sz = Float.parseFloat(f[3]);
        PDFont font = f[4].equals("1") ? PDType1Font.HELVETICA_BOLD : PDType1Font.HELVETICA;
        String t = f[6]; float w = font.getStringWidth(t) / 1000 * sz;
        if (f[5].equals("r")) x -= w; else if (f[5].equals("c")) x -= w / 2;
        cs.beginText(); cs.setFont(font, sz); cs.newLineAtOffset(x, H - y); cs.showText(t); cs.endText();
      } else if (f[0].equals("R")) {
        cs.addRect(Float.parseFloat(f[1]), H - Float.parseFloat(f[2]) - Float.parseFloat(f[4]), Float.parseFloat(f[3]), Float.parseFloat(f[4])); cs.stroke();
      } else if (f[0].equals("L")) {
        cs.moveTo(Float.parseFloat(f[1]), H - Float.parseFloat(f[2])); cs.lineTo(Float.parseFloat(f[3]), H - Float.parseFloat(f[4])); cs.stroke();
      } else if (f[0].equals("Q")) {
        float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), s = Float.parseFloat(f[3]);
        PDImageXObject img = PDImageXObject.createFromFile(f[4], doc);
        cs.drawImage(img, x, H - y - s, s, s);
      } else if (f[0].equals("F")) {
        cs.addRect(Float.parseFloat(f[1]), H - Float.parseFloat(f[2]) - Float.parseFloat(f[4]), Float.parseFloat(f[3]), Float.parseFloat(f[4])); cs.fill();
      }
    }
    cs.close(); doc.save(a[1]); doc.close();
  }
}
