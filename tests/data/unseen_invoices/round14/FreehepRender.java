// Draw-list renderer for FreeHEP VectorGraphics PDF (PDFGraphics2D).
// Input: tab-separated draw list written by render_lists.py (top-left origin, points).
import org.freehep.graphicsio.pdf.PDFGraphics2D;
import org.freehep.graphicsbase.util.UserProperties;
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class FreehepRender {
    public static void main(String[] args) throws Exception {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(new File(args[0]).toPath(), StandardCharsets.UTF_8);
        String[] first = lines.get(0).split("\t"); lines = lines.subList(1, lines.size());
        Dimension dim = new Dimension(Integer.parseInt(first[1]), Integer.parseInt(first[2]));
        PDFGraphics2D g = new PDFGraphics2D(new File(args[1]), dim);
        UserProperties p = new UserProperties();
        p.setProperty(PDFGraphics2D.EMBED_FONTS, false);
        p.setProperty(PDFGraphics2D.TEXT_AS_SHAPES, false);
        p.setProperty(PDFGraphics2D.COMPRESS, true);
        p.setProperty(PDFGraphics2D.FIT_TO_PAGE, false);
        p.setProperty(PDFGraphics2D.PAGE_SIZE, org.freehep.graphicsio.PageConstants.A4);
        p.setProperty(PDFGraphics2D.PAGE_MARGINS, new Insets(0, 0, 0, 0));
        g.setProperties(p);
        g.setMultiPage(true);
        g.setCreator("FreeHEP VectorGraphics PDF driver");
        g.startExport();
        boolean open = false;
        for (String ln : lines) {
            String[] f = ln.split("\t", -1);
            switch (f[0]) {
            case "PAGE":
                if (open) g.closePage();
                g.openPage(dim, "p");
                open = true;
                g.setColor(Color.BLACK);
                break;
            case "T": {
                int style = f[2].equals("1") ? Font.BOLD : Font.PLAIN;
                Font font = new Font(f[1], style, 1).deriveFont(Float.parseFloat(f[3]));
                g.setFont(font);
                g.setColor(Color.BLACK);
                float x = Float.parseFloat(f[4]), y = Float.parseFloat(f[5]);
                String s = f[7];
                float w = (float) g.getFontMetrics(font).getStringBounds(s, g).getWidth();
                if (f[6].equals("r")) x -= w; else if (f[6].equals("c")) x -= w / 2;
                g.drawString(s, x, y);
                break; }
            case "L":
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(Float.parseFloat(f[5])));
                g.draw(new Line2D.Float(Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4])));
                break;
            case "R": {
                float gr = Float.parseFloat(f[5]);
                g.setColor(new Color(gr, gr, gr));
                g.fill(new Rectangle2D.Float(Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4])));
                g.setColor(Color.BLACK);
                break; }
            case "B":
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(new Rectangle2D.Float(Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4])));
                break;
            case "QV": case "QI": {
                float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), m = Float.parseFloat(f[3]);
                String[] rows = f[4].split("/");
                int n = rows.length;
                if (f[0].equals("QV")) {
                    g.setColor(Color.BLACK);
                    for (int r = 0; r < n; r++) {
                        int c = 0;
                        while (c < n) {
                            if (rows[r].charAt(c) == '1') {
                                int s0 = c;
                                while (c < n && rows[r].charAt(c) == '1') c++;
                                g.fill(new Rectangle2D.Float(x + s0 * m, y + r * m, (c - s0) * m, m));
                            } else c++;
                        }
                    }
                } else {
                    int sc = 4;
                    BufferedImage img = new BufferedImage(n * sc, n * sc, BufferedImage.TYPE_INT_RGB);
                    for (int r = 0; r < n * sc; r++)
                        for (int c = 0; c < n * sc; c++)
                            img.setRGB(c, r, rows[r / sc].charAt(c / sc) == '1' ? 0x000000 : 0xFFFFFF);
                    g.drawImage(img, (int) x, (int) y, (int) (n * m), (int) (n * m), null);
                }
                break; }
            }
        }
        if (open) g.closePage();
        g.endExport();
    }
}
