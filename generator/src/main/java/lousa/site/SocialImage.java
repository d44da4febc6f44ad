package lousa.site;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The picture a link to the course shows in chats and social networks ({@code og:image}): a 1200×630 PNG in the
 * theme's colours with the course's mark, a big title and a line of text under it. Drawn with Java2D in headless
 * mode with the JDK's logical "SansSerif" font, so it needs no font file of its own.
 */
public final class SocialImage {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final Color BRAND = new Color(0x0f6b54);
    private static final Color BRAND_DEEP = new Color(0x0a4a3a);
    private static final Color INK = Color.WHITE;
    private static final Color SOFT = new Color(0xd9efe7);
    private static final int MARGIN = 80;

    private SocialImage() {
    }

    /**
     * A card with {@code kicker} (small, on top; e.g. the course title on a lesson's card, or ""), {@code title}
     * (up to three lines, shrunk to fit) and {@code text} (up to three lines, cut with an ellipsis).
     */
    public static byte[] png(String kicker, String title, String text) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setPaint(new GradientPaint(0, 0, BRAND, WIDTH, HEIGHT, BRAND_DEEP));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawMark(g, MARGIN, MARGIN - 10, 2.6);

            int y = MARGIN + 110;
            if (kicker != null && !kicker.isBlank()) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
                g.setColor(SOFT);
                y += g.getFontMetrics().getAscent();
                g.drawString(ellipsis(kicker, g.getFontMetrics(), WIDTH - 2 * MARGIN), MARGIN, y);
                y += 28;
            }
            int size = 72;
            List<String> lines;
            while (true) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
                lines = wrap(title == null ? "" : title, g.getFontMetrics(), WIDTH - 2 * MARGIN, 3);
                if (lines.size() <= 2 || size <= 48) {
                    break;
                }
                size -= 8;
            }
            g.setColor(INK);
            FontMetrics titleMetrics = g.getFontMetrics();
            for (String line : lines) {
                y += titleMetrics.getAscent();
                g.drawString(line, MARGIN, y);
                y += titleMetrics.getDescent() + 4;
            }
            if (text != null && !text.isBlank()) {
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
                g.setColor(SOFT);
                FontMetrics m = g.getFontMetrics();
                y += 24;
                int room = Math.max(1, (HEIGHT - MARGIN + 20 - y) / m.getHeight());
                for (String line : wrap(text, m, WIDTH - 2 * MARGIN, Math.min(3, room))) {
                    y += m.getAscent();
                    g.drawString(line, MARGIN, y);
                    y += m.getDescent() + 6;
                }
            }
            g.setColor(new Color(255, 255, 255, 60));
            g.fillRect(0, HEIGHT - 14, WIDTH, 14);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The favicon's board, drawn in white at {@code scale} × its 32-unit box. */
    private static void drawMark(Graphics2D g, int x, int y, double scale) {
        Graphics2D m = (Graphics2D) g.create();
        m.translate(x, y);
        m.scale(scale, scale);
        m.setColor(INK);
        m.fill(new RoundRectangle2D.Double(2, 5, 28, 20, 6, 6));
        m.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        m.setColor(BRAND);
        m.drawLine(8, 12, 17, 12);
        m.drawLine(8, 17, 22, 17);
        m.setColor(INK);
        m.drawLine(11, 25, 8, 29);
        m.drawLine(21, 25, 24, 29);
        m.dispose();
    }

    /** Greedy word wrap into at most {@code max} lines; the last one ends in "…" when text is left over. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int max) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        for (; i < words.length; i++) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (lines.size() == max - 1) {
                break;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(words[i]);
        }
        if (line.length() > 0) {
            lines.add(i < words.length ? ellipsis(line + " " + words[i], metrics, width, true)
                    : ellipsis(line.toString(), metrics, width));
        }
        return lines;
    }

    private static String ellipsis(String text, FontMetrics metrics, int width) {
        return ellipsis(text, metrics, width, false);
    }

    private static String ellipsis(String text, FontMetrics metrics, int width, boolean cut) {
        if (!cut && metrics.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && metrics.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        if (cut) {
            int space = s.lastIndexOf(' ');
            s = space > 0 ? s.substring(0, space) : s;
        }
        return s.stripTrailing() + "…";
    }
}
