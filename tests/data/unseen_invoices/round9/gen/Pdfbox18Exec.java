// Apache PDFBox 1.8 (old API): PDPageContentStream drawString / moveTextPositionByAmount,
// PDType1Font Helvetica, fillRect / addRect / drawLine, QR as PDPixelMap (PNG) via drawXObject.
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.edit.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.xobject.PDPixelMap;

public class Pdfbox18Exec {
    public static void main(String[] a) throws Exception {
        final float H = 842f;
        PDDocument doc = new PDDocument();
        PDFont reg = PDType1Font.HELVETICA, bold = PDType1Font.HELVETICA_BOLD;
        PDPage page = new PDPage(PDPage.PAGE_SIZE_A4);
        doc.addPage(page);
        PDPageContentStream cs = new PDPageContentStream(doc, page);
        for (String ln : Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8)) {
            String[] f = ln.split("\t", -1);
            switch (f[0]) {
                case "P":
                    cs.close();
                    page = new PDPage(PDPage.PAGE_SIZE_A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    break;
                case "T": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), sz = Float.parseFloat(f[3]);
                    PDFont font = f[4].equals("1") ? bold : reg;
                    float w = font.getStringWidth(f[6]) / 1000f * sz;
                    if (f[5].equals("r")) x -= w; else if (f[5].equals("c")) x -= w / 2;
                    cs.beginText();
                    cs.setFont(font, sz);
                    cs.moveTextPositionByAmount(x, H - y);
                    cs.drawString(f[6]);
                    cs.endText();
                    break;
                }
                case "R": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), w = Float.parseFloat(f[3]), h = Float.parseFloat(f[4]);
                    cs.setLineWidth(Float.parseFloat(f[6]));
                    if (f[5].equals("1")) cs.fillRect(x, H - y - h, w, h);
                    else { cs.addRect(x, H - y - h, w, h); cs.stroke(); }
                    break;
                }
                case "L":
                    cs.setLineWidth(Float.parseFloat(f[5]));
                    cs.drawLine(Float.parseFloat(f[1]), H - Float.parseFloat(f[2]), Float.parseFloat(f[3]), H - Float.parseFloat(f[4]));
                    break;
                case "I": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), sz = Float.parseFloat(f[3]);
                    BufferedImage bi = ImageIO.read(new File(f[4]));
                    BufferedImage rgb = new BufferedImage(bi.getWidth(), bi.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.getGraphics().drawImage(bi, 0, 0, null);
                    PDPixelMap img = new PDPixelMap(doc, rgb);
                    cs.drawXObject(img, x, H - y - sz, sz, sz);
                    break;
                }
                case "Q": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), m = Float.parseFloat(f[3]);
                    String[] rows = f[4].split("/");
                    for (int r = 0; r < rows.length; r++)
                        for (int c = 0; c < rows[r].length(); c++)
                            if (rows[r].charAt(c) == '1') cs.fillRect(x + c * m, H - y - (r + 1) * m, m, m);
                    break;
                }
            }
        }
        cs.close();
        doc.getDocumentInformation().setCreator("Sistema de Facturación (PDFBox 1.8)");
        doc.save(a[1]);
        doc.close();
    }
}
