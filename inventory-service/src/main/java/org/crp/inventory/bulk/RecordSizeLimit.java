package org.crp.inventory.bulk;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds the characters a CSV parser may read for one record. The parser builds a record in memory
 * before handing it over, so a file with one endless line (or an endless quoted field) would otherwise
 * take the whole heap. The parser's loop says where each record starts; reading more than
 * {@link #max} characters past that start fails with {@link TooLong}.
 */
final class RecordSizeLimit extends FilterReader {

    /** Thrown from read(): an IOException, so that the parser passes it on unchanged as the cause. */
    static final class TooLong extends IOException {
        TooLong(long max) {
            super("a row is longer than " + max + " characters", null);
        }
    }

    private final long max;
    private long read;
    private long recordStart;

    RecordSizeLimit(Reader in, long max) {
        super(in);
        this.max = max;
    }

    /** The parser has handed over the record that starts at this character position. */
    void recordAt(long position) {
        recordStart = position;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            counted(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws TooLong {
        read += n;
        if (read - recordStart > max) {
            throw new TooLong(max);
        }
    }
}
