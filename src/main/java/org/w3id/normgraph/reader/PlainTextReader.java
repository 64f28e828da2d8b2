package org.w3id.normgraph.reader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.w3id.normgraph.document.SourceText;

/**
 * Reads a UTF-8 text extracted from a PDF. The byte-order mark is dropped and CRLF or CR line ends become LF,
 * so that offsets and line numbers do not depend on how the file was saved.
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
            throw new CorpusException(file, "is not valid UTF-8 text", e);
        }
        return SourceText.of(documentId, normalise(text));
    }

    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }
}
