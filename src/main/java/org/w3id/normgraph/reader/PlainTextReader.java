package org.w3id.normgraph.reader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;

import org.w3id.normgraph.document.SourceText;

/**
 * Reads a UTF-8 text extracted from a PDF. The byte-order mark is dropped, CRLF or CR line ends become LF,
 * full-width letters and spaces become half-width, the digits of every script ASCII digits, and the invisible marks
 * that steer right-to-left display are dropped, so that line numbers and words do not depend on how the file was
 * converted or saved.
 */
public final class PlainTextReader {

    private PlainTextReader() {
    }

    public static SourceText read(Path file, String documentId) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CorpusException(file, "file not found");
        } catch (IOException e) {
            throw new CorpusException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(file, bytes);
        }
        return SourceText.of(documentId, normalise(text));
    }

    /** Where the bytes stop being UTF-8: the line, and the bytes found there. */
    private static CorpusException malformed(Path file, byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            boolean whole = length > 0 && i + length <= bytes.length;
            for (int k = 1; whole && k < length; k++) {
                whole = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!whole) {
                StringBuilder found = new StringBuilder();
                for (int k = i; k < Math.min(bytes.length, i + 4); k++) {
                    found.append(String.format(" %02X", bytes[k] & 0xFF));
                }
                return new CorpusException(file, line, "expected UTF-8 text, found bytes" + found
                        + " that are not a whole UTF-8 character (a character cut, or another encoding)");
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return new CorpusException(file, "expected UTF-8 text, found bytes that are not UTF-8");
    }

    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutDisplayMarks(halfWidth(withoutBom.replace("\r\n", "\n").replace('\r', '\n')));
    }

    /**
     * Without the bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) that converters put
     * around numbers and brackets in right-to-left text, and without the tatweel (U+0640), which stretches an Arabic
     * word to justify its line: neither is part of the words, and a pattern would have to allow for both anywhere.
     * The Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC: a letter in its initial, medial or final shape,
     * ligatures such as ﻻ), which some PDF converters give for the glyphs, become the letters they show (NFKC); so do
     * the Latin ligatures (U+FB00–U+FB06: ﬁ, ﬂ, ﬀ in "conﬁdence-building"), and the soft hyphen (U+00AD) that a
     * converter keeps where the typesetter could have broken a word goes. Line ends stay, so line numbers are those
     * of the file.
     */
    private static String withoutDisplayMarks(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = c == '\u200E' || c == '\u200F' || c == '\u061C' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069' || c == '\u0640' || c == '\u00AD';
            boolean shape = c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC' || c >= '\uFB00' && c <= '\uFB06';
            if ((mark || shape) && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (shape) {
                kept.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (!mark && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /**
     * Full-width digits and Latin letters (２０２２, ＡＨＣ) as the ASCII ones, and the ideographic space as a space:
     * converters and editors choose either, and the words are the same. So are the digits of other scripts, such as
     * the Arabic-Indic ٢٠١٠ and the Eastern Arabic-Indic ۲۰۱۰ that Arabic texts print as well as 2010. One character
     * stays one character. Full-width punctuation (，：（）) is Chinese punctuation and stays.
     */
    private static String halfWidth(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c > 0x7F && Character.isDigit(c)) {
                chars[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return new String(chars);
    }
}
