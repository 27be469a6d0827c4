// Executes a draw list (TSV, UTF-8) with iText 5.  java -cp itext5.jar:. DrawItext ops.tsv out.pdf
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import com.itextpdf.text.pdf.qrcode.EncodeHintType;
import com.itextpdf.text.pdf.qrcode.ErrorCorrectionLevel;
import java.io.*;
import java.nio.file.*;
import java.util.*;

public class DrawItext {
    public static void main(String[] a) throws Exception {
        java.util.List<String> lines = Files.readAllLines(Paths.get(a[0]), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, String> meta = new HashMap<>();
        for (String l : lines) { String[] p = l.split("\t", -1); if (p[0].equals("META")) meta.put(p[1], p[2]); }
        float H = 842f;
        Document doc = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[1]));
        doc.addCreator(meta.get("creator")); doc.addAuthor(meta.get("author")); doc.addTitle(meta.get("title"));
        doc.open();
        Map<String, BaseFont> bf = new HashMap<>();
        bf.put("sans", BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false));
        bf.put("sans-bold", BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false));
        bf.put("serif", BaseFont.createFont(BaseFont.TIMES_ROMAN, BaseFont.CP1252, false));
        bf.put("serif-bold", BaseFont.createFont(BaseFont.TIMES_BOLD, BaseFont.CP1252, false));
        bf.put("mono", BaseFont.createFont(BaseFont.COURIER, BaseFont.CP1252, false));
        bf.put("mono-bold", BaseFont.createFont(BaseFont.COURIER_BOLD, BaseFont.CP1252, false));
        Font font = new Font(bf.get("sans"), 9);
        PdfContentByte cb = null;
        boolean first = true;
        for (String l : lines) {
            String[] p = l.split("\t", -1);
            switch (p[0]) {
                case "P": if (!first) doc.newPage(); first = false; cb = w.getDirectContent();
                    cb.setLineWidth(0.5f); w.setPageEmpty(false); break;
                case "F": font = new Font(bf.get(p[1]), Float.parseFloat(p[2])); break;
                case "T": {
                    int al = p[3].equals("R") ? Element.ALIGN_RIGHT : p[3].equals("C") ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
                    ColumnText.showTextAligned(cb, al, new Phrase(p[4], font), Float.parseFloat(p[1]), H - Float.parseFloat(p[2]), 0);
                    break; }
                case "R": {
                    float x = Float.parseFloat(p[1]), y = Float.parseFloat(p[2]), ww = Float.parseFloat(p[3]), hh = Float.parseFloat(p[4]);
                    cb.setLineWidth(Float.parseFloat(p[5]));
                    cb.rectangle(x, H - y - hh, ww, hh);
                    if (!p[6].equals("-1")) { cb.setGrayFill(Float.parseFloat(p[6])); cb.fillStroke(); cb.setGrayFill(0); } else cb.stroke();
                    break; }
                case "L": cb.setLineWidth(Float.parseFloat(p[5]));
                    cb.moveTo(Float.parseFloat(p[1]), H - Float.parseFloat(p[2])); cb.lineTo(Float.parseFloat(p[3]), H - Float.parseFloat(p[4])); cb.stroke(); break;
                case "Q": {
                    float x = Float.parseFloat(p[1]), y = Float.parseFloat(p[2]), sz = Float.parseFloat(p[3]);
                    Map<EncodeHintType, Object> hints = new HashMap<>();
                    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
                    BarcodeQRCode qr = new BarcodeQRCode(meta.get("qr_url"), 1, 1, hints);
                    if (meta.get("qr_mode").equals("vector")) {
                        // iText draws the modules as rectangles (vectors)
                        int n = (int) qr.getBarcodeSize().getWidth(); float m = sz / n;
                        cb.saveState(); cb.setGrayFill(0);
                        PdfTemplate t = cb.createTemplate(n * m, n * m);
                        qr.placeBarcode(t, BaseColor.BLACK, m);
                        cb.addTemplate(t, x, H - y - n * m);
                        cb.restoreState();
                    } else {
                        Image img = qr.getImage();
                        img.scaleAbsolute(sz, sz); img.setAbsolutePosition(x, H - y - sz);
                        cb.addImage(img);
                    }
                    break; }
            }
        }
        doc.close();
    }
}
