package org.crp.supplier.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The dossier PDF's fonts: Helvetica for Latin, the bundled wide font (subset-embedded) for the rest, '?' named. */
class DossierPdfTest {

    static final String KOREAN_FILING = "서울중앙지방법원에 고소장 제출 — 海康威视";

    /** The text of every page, as a reader copying it out of the PDF would get it. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The font dictionaries the pages use. */
    static List<PdfDictionary> fonts(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<PdfDictionary> fonts = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary byName = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                for (PdfName name : byName.getKeys()) {
                    fonts.add(byName.getAsDict(name));
                }
            }
            return fonts;
        } finally {
            reader.close();
        }
    }

    static String baseFont(PdfDictionary font) {
        return PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString());
    }

    /** The embedded TrueType program of a composite font, or null. */
    static Object embeddedProgram(PdfDictionary font) {
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        if (descendants == null) {
            PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
            return descriptor == null ? null : descriptor.get(PdfName.FONTFILE2);
        }
        PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor.get(PdfName.FONTFILE2);
    }

    @Test
    void latinTextStaysInStandardHelveticaAndEmbedsNoFont() throws IOException {
        byte[] pdf = DossierPdf.render("Case dossier LC-2026-00001", doc -> {
            doc.field("Court", "Seoul Central District Court — Café «Zürich», 3½ days");
            doc.heading("Timeline");
            doc.line("2026-04-01T09:00:00Z  FILING  by legal: Complaint filed");
        });
        String text = text(pdf);
        assertTrue(text.contains("Seoul Central District Court — Café «Zürich», 3½ days"), text);
        assertFalse(text.contains("Note:"), text);
        List<PdfDictionary> fonts = fonts(pdf);
        assertEquals(Set.of("Helvetica", "Helvetica-Bold"), Set.copyOf(fonts.stream().map(DossierPdfTest::baseFont).toList()));
        fonts.forEach(font -> assertEquals(null, embeddedProgram(font), baseFont(font)));
    }

    @Test
    void hangulAndCjkAreSetInAnEmbeddedSubsetOfTheBundledFont() throws IOException {
        byte[] pdf = DossierPdf.render("Case dossier LC-2026-00002", doc -> {
            doc.field("Court", "서울중앙지방법원, 2026가합12345");
            doc.heading("Timeline 사건 경과");
            doc.line(KOREAN_FILING);
            doc.indented("※ 증거 ① 카메라 ㈜한화 → 보관실 B");
        });
        String text = text(pdf);
        assertTrue(text.contains(KOREAN_FILING), text);
        assertTrue(text.contains("서울중앙지방법원, 2026가합12345"), text);
        assertTrue(text.contains("※ 증거 ① 카메라 ㈜한화 → 보관실 B"), text);
        assertTrue(text.contains("Timeline 사건 경과"), text);
        assertFalse(text.contains("?") || text.contains("Note:"), text);

        List<PdfDictionary> wide = fonts(pdf).stream().filter(font -> baseFont(font).contains("WenQuanYiMicroHei")).toList();
        assertFalse(wide.isEmpty(), "fonts: " + fonts(pdf).stream().map(DossierPdfTest::baseFont).toList());
        for (PdfDictionary font : wide) {
            assertTrue(baseFont(font).matches("[A-Z]{6}\\+WenQuanYiMicroHei"), "a subset: " + baseFont(font));
            assertNotNull(embeddedProgram(font), "embedded: " + baseFont(font));
        }
        // the subset holds the few dozen glyphs used, not the 5 MB collection
        assertTrue(pdf.length < 100_000, pdf.length + " bytes");
    }

    @Test
    void aCharacterNoFontHasIsPrintedAsAQuestionMarkAndNamedAtTheTop() throws IOException {
        byte[] pdf = DossierPdf.render("Case dossier LC-2026-00003", doc -> {
            doc.field("Case", "LC-2026-00003");
            doc.line("camera \uD83D\uDCF7 seized, bell\u0007 rang; 海康威视 named");
        });
        String text = text(pdf);
        assertTrue(text.contains("camera ? seized, bell? rang; 海康威视 named"), text);
        int note = text.indexOf("Note: this PDF's fonts cannot show 2 characters");
        assertTrue(note > text.indexOf("Case dossier LC-2026-00003") && note < text.indexOf("Case: LC-2026-00003"),
                "the note comes first, under the title:\n" + text);
        assertTrue(text.contains("U+0007, U+1F4F7"), text);
    }

    @Test
    void theNoticeNamesEachCharacterByCodePoint() {
        assertEquals("Note: this PDF's fonts cannot show one character of the case's text, printed here as '?': U+1F4F7. "
                + "The JSON form of this dossier (Accept: application/json) holds the text exactly.",
                DossierPdf.notice(Set.of(0x1F4F7)));
    }
}
