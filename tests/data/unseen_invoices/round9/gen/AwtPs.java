// Java AWT: java.awt.print PrinterJob + Graphics2D into a javax.print StreamPrintService
// ("application/postscript"); the PostScript file is then distilled with ps2pdf.
import java.awt.*;
import java.awt.geom.*;
import java.awt.print.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.List;
import javax.print.*;
import javax.print.attribute.*;
import javax.print.attribute.standard.*;

public class AwtPs implements Printable {
    List<List<String[]>> pages = new ArrayList<>();

    AwtPs(String path) throws IOException {
        pages.add(new ArrayList<>());
        for (String ln : Files.readAllLines(Paths.get(path), StandardCharsets.UTF_8)) {
            String[] f = ln.split("\t", -1);
            if (f[0].equals("P")) pages.add(new ArrayList<>()); else pages.get(pages.size() - 1).add(f);
        }
    }

    public int print(Graphics g0, PageFormat pf, int idx) {
        if (idx >= pages.size()) return NO_SUCH_PAGE;
        Graphics2D g = (Graphics2D) g0;
        g.setColor(Color.BLACK);
        for (String[] f : pages.get(idx)) {
            switch (f[0]) {
                case "T": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), sz = Float.parseFloat(f[3]);
                    Font font = new Font("SansSerif", f[4].equals("1") ? Font.BOLD : Font.PLAIN, 1).deriveFont(sz);
                    g.setFont(font);
                    float w = g.getFontMetrics().stringWidth(f[6]);
                    if (f[5].equals("r")) x -= w; else if (f[5].equals("c")) x -= w / 2;
                    g.drawString(f[6], x, y);
                    break;
                }
                case "R": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), w = Float.parseFloat(f[3]), h = Float.parseFloat(f[4]);
                    g.setStroke(new BasicStroke(Float.parseFloat(f[6])));
                    Rectangle2D r = new Rectangle2D.Float(x, y, w, h);
                    if (f[5].equals("1")) g.fill(r); else g.draw(r);
                    break;
                }
                case "L":
                    g.setStroke(new BasicStroke(Float.parseFloat(f[5])));
                    g.draw(new Line2D.Float(Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4])));
                    break;
                case "Q": {
                    float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), m = Float.parseFloat(f[3]);
                    String[] rows = f[4].split("/");
                    Path2D.Float path = new Path2D.Float();
                    for (int r = 0; r < rows.length; r++)
                        for (int c = 0; c < rows[r].length(); c++)
                            if (rows[r].charAt(c) == '1') path.append(new Rectangle2D.Float(x + c * m, y + r * m, m, m), false);
                    g.fill(path);
                    break;
                }
            }
        }
        return PAGE_EXISTS;
    }

    public static void main(String[] a) throws Exception {
        AwtPs doc = new AwtPs(a[0]);
        StreamPrintServiceFactory[] fs = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PRINTABLE, "application/postscript");
        try (FileOutputStream out = new FileOutputStream(a[1])) {
            StreamPrintService sps = fs[0].getPrintService(out);
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(sps);
            job.setJobName("Factura");
            PageFormat pf = job.defaultPage();
            Paper paper = new Paper();
            paper.setSize(595, 842);
            paper.setImageableArea(0, 0, 595, 842);
            pf.setPaper(paper);
            pf.setOrientation(PageFormat.PORTRAIT);
            job.setPrintable(doc, pf);
            PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
            attrs.add(MediaSizeName.ISO_A4);
            attrs.add(new MediaPrintableArea(0, 0, 210, 297, MediaPrintableArea.MM));
            job.print(attrs);
        }
    }
}
