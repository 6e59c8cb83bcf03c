package io.crosscheck.engine.load;

import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text file crosscheck reads (scenarios, crosscheck.yaml, example CSVs): its size is checked before it is
 * read, it must be UTF-8 (a bad byte is reported at its own line and column), a leading byte order mark is dropped,
 * and its lines are kept to draw carets under problems.
 */
public final class SourceFiles {
    /** Larger files are refused unread: a scenario, config or examples file is hand-written text. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final char BOM = '\uFEFF';

    private final Map<String, SourceFile> files = new ConcurrentHashMap<>();

    /** The text of {@code file}, known by {@code name} in messages; empty after adding a problem. */
    public Optional<String> read(Path file, String name, Problems problems) {
        Position start = new Position(name, 1, 1);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(start, "file too large: " + megabytes(size) + ", the limit is " + megabytes(MAX_BYTES),
                        "split it into smaller files");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(start, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        // kept before decoding, so that a file that is not UTF-8 is shown under its problem, bad bytes as U+FFFD
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        files.put(name, SourceFile.of(name, !lenient.isEmpty() && lenient.charAt(0) == BOM ? lenient.substring(1) : lenient));
        return decode(bytes, name, problems);
    }

    /** The text of the line a position points at; empty when the file was not read. */
    public String line(Position at) {
        SourceFile source = files.get(at.file());
        return source == null ? "" : source.line(at.line());
    }

    /** Paths below the working folder print relative to it, so that IDEs and terminals can open them. */
    public static String displayName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** Strict UTF-8: the decoder stops at the first bad byte, whose line and column come from the text before it. */
    static Optional<String> decode(byte[] bytes, String name, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            int bad = Byte.toUnsignedInt(bytes[in.position()]);
            problems.add(position(name, text, text.length()), "not UTF-8: byte 0x" + String.format(Locale.ROOT, "%02X", bad)
                    + " is not valid here", "save the file as UTF-8");
            return Optional.empty();
        }
        return Optional.of(!text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text);
    }

    /**
     * The position of the character at {@code offset} of {@code text}: lines split as editors split them (LF, CR,
     * CRLF), columns count code points; a leading byte order mark takes no room.
     */
    public static Position position(String name, String text, int offset) {
        int end = Math.min(offset, text.length());
        int line = 1;
        int lineStart = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        for (int i = lineStart; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(name, line, text.codePointCount(lineStart, Math.max(lineStart, end)) + 1);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
