package io.marketpilot.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Passes bytes through while checking that they are UTF-8, and ends the stream just before the first byte that is
 * not, remembering its line. A decoder that reports bad bytes cannot say where they were: readers fill their
 * buffers ahead of the parser, so the failure surfaces on whatever line is being parsed. Checking the raw bytes
 * gives the true line, and ending the stream there lets every row before it be checked as usual.
 *
 * <p>Lines are counted as the CSV parser counts them: LF, CR LF and a lone CR each end one.
 */
final class Utf8Check extends FilterInputStream {
    private final byte[] raw = new byte[1 << 16];
    private final byte[] ready = new byte[raw.length + 4];
    private final byte[] held = new byte[4];
    private int readyStart;
    private int readyEnd;
    private int heldCount;
    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    private int line = 1;
    private boolean afterCr;
    private int badLine;
    private int badByte;
    private boolean ended;

    Utf8Check(InputStream in) {
        super(in);
    }

    /** The line holding the first byte that is not UTF-8, or 0 when every byte read so far was. */
    int badLine() {
        return badLine;
    }

    /** The first byte that is not UTF-8 (0 to 255), meaningful only when {@link #badLine()} is not 0. */
    int badByte() {
        return badByte;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return ready[readyStart++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, readyEnd - readyStart);
        System.arraycopy(ready, readyStart, b, off, n);
        readyStart += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public int available() {
        return readyEnd - readyStart;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** True when checked bytes are ready; reads and checks more of the source when none are. */
    private boolean fill() throws IOException {
        while (readyStart == readyEnd) {
            if (ended) {
                return false;
            }
            readyStart = 0;
            readyEnd = 0;
            int got = in.read(raw, 0, raw.length);
            if (got < 0) {
                if (need > 0) {
                    fail(held[0]); // the file ends inside a character
                }
                ended = true;
                continue;
            }
            for (int i = 0; i < got && !ended; i++) {
                accept(raw[i] & 0xFF);
            }
        }
        return true;
    }

    private void accept(int b) {
        if (need == 0) {
            start(b);
            return;
        }
        if (b < low || b > high) {
            fail(held[0]);
            return;
        }
        held[heldCount++] = (byte) b;
        low = 0x80;
        high = 0xBF;
        if (--need == 0) {
            System.arraycopy(held, 0, ready, readyEnd, heldCount);
            readyEnd += heldCount;
            heldCount = 0;
        }
    }

    /** The first byte of a character: ASCII passes at once, a lead byte sets what its continuation must be. */
    private void start(int b) {
        if (b < 0x80) {
            countLine(b);
            ready[readyEnd++] = (byte) b;
            return;
        }
        afterCr = false;
        // The ranges of RFC 3629: no overlong forms, no surrogates (ED A0..BF), nothing above U+10FFFF.
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF);
        } else if (b == 0xED) {
            expect(2, 0x80, 0x9F);
        } else if (b >= 0xE1 && b <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (b == 0xF0) {
            expect(3, 0x90, 0xBF);
        } else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (b == 0xF4) {
            expect(3, 0x80, 0x8F);
        } else {
            fail((byte) b);
            return;
        }
        held[0] = (byte) b;
        heldCount = 1;
    }

    private void expect(int continuations, int firstLow, int firstHigh) {
        need = continuations;
        low = firstLow;
        high = firstHigh;
    }

    private void countLine(int b) {
        if (b == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
        } else if (b == '\r') {
            line++;
            afterCr = true;
        } else {
            afterCr = false;
        }
    }

    private void fail(byte b) {
        badLine = line;
        badByte = b & 0xFF;
        heldCount = 0;
        need = 0;
        ended = true;
    }
}
