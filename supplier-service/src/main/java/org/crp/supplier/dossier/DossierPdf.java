package org.crp.supplier.dossier;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfEncodings;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The few things a dossier section writes into the PDF: headings, labelled values and lines. Lines are
 * kept short and whole so that ids stay searchable in the document's text.
 * <p>
 * Text is set in standard Helvetica wherever it has the character (Latin-1 and the Windows-1252 punctuation such
 * as the em dash), so Latin text looks as it always has and embeds nothing; everything else (Hangul, CJK
 * ideographs, symbols such as ※ ① ㈜ →) in the bundled WenQuanYi Micro Hei ({@code fonts/wqy-microhei.ttc}), of
 * which the PDF embeds only the glyphs it uses. A character neither font has is printed as '?', and the PDF
 * says so at the top, naming each such character (see {@link #render}).
 */
public final class DossierPdf implements AutoCloseable {

    /** One style of text: the Helvetica for what it covers and the wide font, same size and colour, for the rest. */
    private record Face(Font latin, Font wide) {
        static Face of(String helvetica, float size, int wideStyle, Color color) {
            // a bold style on the wide font, which has no bold face, is drawn as a stroked fill
            return new Face(FontFactory.getFont(helvetica, size, color), new Font(WideFont.BASE, size, wideStyle, color));
        }
    }

    private static final Face TITLE = Face.of(FontFactory.HELVETICA_BOLD, 16, Font.BOLD, null);
    private static final Face HEADING = Face.of(FontFactory.HELVETICA_BOLD, 12, Font.BOLD, null);
    private static final Face SUBHEADING = Face.of(FontFactory.HELVETICA_BOLD, 10, Font.BOLD, null);
    private static final Face TEXT = Face.of(FontFactory.HELVETICA, 9, Font.NORMAL, null);
    private static final Face LABEL = Face.of(FontFactory.HELVETICA_BOLD, 9, Font.BOLD, null);
    private static final Face ALERT = Face.of(FontFactory.HELVETICA_BOLD, 9, Font.BOLD, Color.RED.darker());

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    /** The code points printed as '?' so far, because neither font has them. */
    private final SortedSet<Integer> unshown = new TreeSet<>();

    /**
     * Renders a document: the title, then whatever {@code body} writes. When some characters could not be shown, it
     * is rendered once more with a notice under the title that names them; {@code body} must therefore write the
     * same thing each time it runs.
     */
    static byte[] render(String title, Consumer<DossierPdf> body) {
        Set<Integer> missing;
        try (DossierPdf pdf = new DossierPdf(title, Set.of())) {
            body.accept(pdf);
            if (pdf.unshown.isEmpty()) {
                return pdf.finish();
            }
            missing = Set.copyOf(pdf.unshown);
        }
        try (DossierPdf pdf = new DossierPdf(title, missing)) {
            body.accept(pdf);
            return pdf.finish();
        }
    }

    private DossierPdf(String title, Set<Integer> unshownBefore) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("CRP supplier-service");
        document.open();
        add(paragraph(title, TITLE), 8);
        if (!unshownBefore.isEmpty()) {
            add(paragraph(notice(unshownBefore), ALERT), 8);
        }
    }

    /** Says plainly which characters are missing from the document, by code point (they cannot be printed). */
    static String notice(Set<Integer> codePoints) {
        return "Note: this PDF's fonts cannot show " + (codePoints.size() == 1 ? "one character" : codePoints.size()
                + " characters") + " of the case's text, printed here as '?': "
                + new TreeSet<>(codePoints).stream().map(c -> String.format("U+%04X", c)).collect(Collectors.joining(", "))
                + ". The JSON form of this dossier (Accept: application/json) holds the text exactly.";
    }

    public void heading(String text) {
        add(paragraph(text, HEADING), 4).setSpacingBefore(12);
    }

    public void subheading(String text) {
        add(paragraph(text, SUBHEADING), 2).setSpacingBefore(6);
    }

    public void field(String label, Object value) {
        Paragraph line = new Paragraph();
        addText(line, label + ": ", LABEL);
        addText(line, value == null ? "-" : String.valueOf(value), TEXT);
        add(line, 1);
    }

    public void line(String text) {
        add(paragraph(text, TEXT), 1);
    }

    public void alert(String text) {
        add(paragraph(text, ALERT), 1);
    }

    /** An indented line, for entries under an item (custody entries under their evidence item). */
    public void indented(String text) {
        Paragraph line = paragraph(text, TEXT);
        line.setIndentationLeft(14);
        add(line, 1);
    }

    public void empty(String what) {
        add(paragraph("No " + what + ".", TEXT), 1);
    }

    byte[] finish() {
        close();
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (document.isOpen()) {
            document.close();
        }
    }

    private Paragraph add(Paragraph paragraph, float spacingAfter) {
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
        return paragraph;
    }

    /** A paragraph with the leading of the face's Helvetica, as a paragraph of that font alone has. */
    private Paragraph paragraph(Object value, Face face) {
        Paragraph paragraph = new Paragraph("", face.latin());
        addText(paragraph, String.valueOf(value), face);
        return paragraph;
    }

    /** Adds the text as runs, each in the first of the face's fonts that has its characters. */
    private void addText(Paragraph paragraph, String text, Face face) {
        StringBuilder run = new StringBuilder();
        Font runFont = face.latin();
        for (int c : text.replace("\r\n", "\n").replace('\r', '\n').codePoints().toArray()) {
            Font font;
            int shown = c;
            if (c == '\n' || c == '\t' || inHelvetica(c)) {
                font = face.latin();
            } else if (!Character.isISOControl(c) && WideFont.BASE.charExists(c)) {
                font = face.wide();
            } else {
                font = face.latin();
                shown = '?';
                unshown.add(c);
            }
            if (font != runFont && !run.isEmpty()) {
                paragraph.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(shown);
        }
        if (!run.isEmpty()) {
            paragraph.add(new Chunk(run.toString(), runFont));
        }
    }

    /** Whether Helvetica, as the PDF's standard font in Windows-1252, prints the character. */
    private static boolean inHelvetica(int c) {
        if (c >= 0x20 && c < 0x7F) {
            return true; // printable ASCII, most of every dossier
        }
        return !Character.isISOControl(c) && TEXT.latin().getBaseFont().charExists(c)
                && PdfEncodings.convertToBytes(Character.toString(c), TEXT.latin().getBaseFont().getEncoding()).length > 0;
    }

    /** The bundled wide font, read once: the PDF embeds a subset of it, only when a document uses it. */
    private static final class WideFont {
        static final String RESOURCE = "/fonts/wqy-microhei.ttc";
        static final BaseFont BASE = load();

        private static BaseFont load() {
            try (InputStream in = DossierPdf.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                // face 0 of the collection: WenQuanYi Micro Hei (face 1 is its monospaced twin)
                BaseFont font = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        in.readAllBytes(), null);
                font.setSubset(true);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the dossier font " + RESOURCE, e);
            }
        }
    }
}
