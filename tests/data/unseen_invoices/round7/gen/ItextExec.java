// iText 2.1.7 (com.lowagie) executor: draw list (TSV) -> PDF. usage: java ItextExec in.tsv out.pdf
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class ItextExec {
    public static void main(String[] a) throws Exception {
        java.util.List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        File dir = new File(a[0]).getAbsoluteFile().getParentFile();
        Document doc = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[1]));
        doc.addCreator("iText 2.1.7 invoice");
        BaseFont f0 = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        BaseFont f1 = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        float H = 842f;
        boolean first = true;
        PdfContentByte cb = null;
        for (String l : lines) {
            String[] o = l.split("\t", -1);
            switch (o[0]) {
                case "P":
                    if (first) { doc.open(); first = false; } else { doc.newPage(); }
                    w.setPageEmpty(false);
                    cb = w.getDirectContent();
                    break;
                case "T": {
                    float x = Float.parseFloat(o[1]), y = Float.parseFloat(o[2]), s = Float.parseFloat(o[3]);
                    int al = o[5].equals("r") ? PdfContentByte.ALIGN_RIGHT : o[5].equals("c") ? PdfContentByte.ALIGN_CENTER : PdfContentByte.ALIGN_LEFT;
                    cb.beginText();
                    cb.setFontAndSize(o[4].equals("1") ? f1 : f0, s);
                    cb.showTextAligned(al, o[6], x, H - y, 0);
                    cb.endText();
                    break; }
                case "L":
                    cb.setLineWidth(Float.parseFloat(o[5]));
                    cb.moveTo(Float.parseFloat(o[1]), H - Float.parseFloat(o[2]));
                    cb.lineTo(Float.parseFloat(o[3]), H - Float.parseFloat(o[4]));
                    cb.stroke();
                    break;
                case "R":
                    cb.setLineWidth(Float.parseFloat(o[5]));
                    cb.rectangle(Float.parseFloat(o[1]), H - Float.parseFloat(o[2]) - Float.parseFloat(o[4]), Float.parseFloat(o[3]), Float.parseFloat(o[4]));
                    cb.stroke();
                    break;
                case "F":
                    cb.rectangle(Float.parseFloat(o[1]), H - Float.parseFloat(o[2]) - Float.parseFloat(o[4]), Float.parseFloat(o[3]), Float.parseFloat(o[4]));
                    cb.fill();
                    break;
                case "I": {
                    Image img = Image.getInstance(new File(dir, o[5]).getPath());
                    float iw = Float.parseFloat(o[3]), ih = Float.parseFloat(o[4]);
                    img.scaleAbsolute(iw, ih);
                    img.setAbsolutePosition(Float.parseFloat(o[1]), H - Float.parseFloat(o[2]) - ih);
                    cb.addImage(img);
                    break; }
            }
        }
        doc.close();
    }
}
