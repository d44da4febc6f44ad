package lousa.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import lousa.diag.Reporter;

/** Reads a lesson file as strict UTF-8 text, rejecting what would render as garbage (bad bytes, NUL). */
public final class SourceReader {

    /** Returns the file's text, or empty after reporting why it cannot be used. */
    public Optional<String> read(Path file, Reporter reporter) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            reporter.error(0, "cannot read file: " + e.getMessage(), "check the file's permissions");
            return Optional.empty();
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            reporter.error(lineAt(bytes, nul), "file contains a NUL byte; it is binary or corrupted",
                    "save it again as UTF-8 text, or move it out of content/ if it is not a lesson");
            return Optional.empty();
        }
        // The JDK's own decoding is the fast path; it replaces bad bytes with U+FFFD, so only a text that holds one
        // (rare, and maybe written on purpose) is decoded again strictly, to find and report the bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
            if (result.isError()) {
                reporter.error(lineAt(bytes, in.position()), "file is not valid UTF-8 (byte 0x"
                                + String.format("%02X", bytes[in.position()] & 0xff) + " at offset " + in.position()
                                + ")", "convert it to UTF-8, e.g. iconv -f latin1 -t utf-8");
                return Optional.empty();
            }
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

}
