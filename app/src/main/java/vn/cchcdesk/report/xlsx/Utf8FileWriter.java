package vn.cchcdesk.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * UTF-8 straight into a byte buffer, without locks: what a streaming sheet writes its rows'
 * XML through. POI's own writer (a BufferedWriter over an OutputStreamWriter) takes a lock for
 * every character of every cell it escapes, which was a large part of writing 100,000 rows.
 * Used by one thread only.
 */
final class Utf8FileWriter extends Writer {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    /** A high surrogate whose low half has not come yet, or 0. */
    private char pendingHigh;

    Utf8FileWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            put(chars[i]);
        }
    }

    private void put(char c) throws IOException {
        if (used > buffer.length - 4) {
            drain();
        }
        if (c < 0x80 && pendingHigh == 0) {
            buffer[used++] = (byte) c;
            return;
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buffer[used++] = (byte) (0xF0 | cp >> 18);
                buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            // a lone high surrogate: '?' as the JDK's encoder replaces it
            buffer[used++] = '?';
            put(c);
            return;
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | c >> 6);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        } else {
            buffer[used++] = (byte) (0xE0 | c >> 12);
            buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
