package io.crosscheck.reporters;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON text into a {@code <script type="application/json">} block: {@code <}, {@code >} and {@code &}
 * become JSON escapes, so no {@code </script>} or {@code <!--} in the data can end or bend the block. These
 * characters only occur inside JSON strings, where the escape means the same character.
 */
final class ScriptSafeWriter extends FilterWriter {

    ScriptSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        switch (c) {
            case '<' -> out.write("\\u003c");
            case '>' -> out.write("\\u003e");
            case '&' -> out.write("\\u0026");
            case '\u2028' -> out.write("\\u2028");
            case '\u2029' -> out.write("\\u2029");
            default -> out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = buf[i];
            if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                if (i > start) out.write(buf, start, i - start);
                write(c);
                start = i + 1;
            }
        }
        if (end > start) out.write(buf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.substring(off, off + len).toCharArray(), 0, len);
    }

    @Override
    public void close() throws IOException {
        flush(); // the template owns the underlying writer
    }
}
