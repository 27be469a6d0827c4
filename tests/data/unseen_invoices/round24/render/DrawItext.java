// Draws one page-description file (TSV ops, pt, origin top-left) with iText 1.4 (libitext1-java).
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class DrawItext {
  public static void main(String[] a) throws Exception {
    java.util.List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
    String[] meta = lines.remove(0).split("\t", -1);
    Document doc = new Document(PageSize.A4, 0, 0, 0, 0);
    PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[1]));
    doc.addCreator(meta[1]); doc.addTitle(meta[2]); doc.addAuthor(meta[3]);
    doc.open();
    PdfContentByte cb = w.getDirectContent();
    BaseFont fr = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    BaseFont fb = BaseFont.createFont("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", BaseFont.CP1252, BaseFont.EMBEDDED);
    float H = PageSize.A4.height();
    boolean first = true;
    for (String ln : lines) {
      String[] f = ln.split("\t", -1);
      switch (f[0]) {
        case "P": if (!first) doc.newPage(); first = false; cb.setLiteral(""); break;
        case "T": {
          cb.beginText(); cb.setFontAndSize(f[4].equals("1") ? fb : fr, Float.parseFloat(f[3]));
          int al = f[5].equals("R") ? PdfContentByte.ALIGN_RIGHT : f[5].equals("C") ? PdfContentByte.ALIGN_CENTER : PdfContentByte.ALIGN_LEFT;
          cb.showTextAligned(al, f[6], Float.parseFloat(f[1]), H - Float.parseFloat(f[2]), 0); cb.endText(); break; }
        case "L":
          cb.setLineWidth(Float.parseFloat(f[5])); cb.moveTo(Float.parseFloat(f[1]), H - Float.parseFloat(f[2]));
          cb.lineTo(Float.parseFloat(f[3]), H - Float.parseFloat(f[4])); cb.stroke(); break;
        case "R": {
          float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), rw = Float.parseFloat(f[3]), rh = Float.parseFloat(f[4]);
          float g = Float.parseFloat(f[5]);
          if (g >= 0) { cb.setGrayFill(g); cb.rectangle(x, H - y - rh, rw, rh); cb.fill(); cb.setGrayFill(0); }
          if (f[6].equals("1")) { cb.setLineWidth(Float.parseFloat(f[7])); cb.rectangle(x, H - y - rh, rw, rh); cb.stroke(); }
          break; }
        case "I": {
          Image img = Image.getInstance(f[1]); float s = Float.parseFloat(f[4]);
          img.scaleAbsolute(s, s); img.setAbsolutePosition(Float.parseFloat(f[2]), H - Float.parseFloat(f[3]) - s); cb.addImage(img); break; }
      }
    }
    doc.close();
  }
}
