package org.akhbar.search;

import java.io.IOException;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with stored fields kept as written, not compressed. Every result shown
 * reads its stored fields (title, path, and the body a snippet is cut from); compressed, each read
 * unpacked a block of several articles and a shared dictionary, which took more of a search's time
 * than finding the results. Uncompressed, a read is one copy of the article's own bytes, for an
 * index about half again as large.
 *
 * <p>Found by name through {@code META-INF/services/org.apache.lucene.codecs.Codec}, as every
 * codec an index names must be. The index is rebuilt when its format changes (see
 * {@link SearchIndex}), so the name need not outlive a Lucene upgrade.
 */
public final class SearchCodec extends FilterCodec {

    static final String NAME = "Akhbar104";

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat("AkhbarStoredFields",
            new Uncompressed(), 16 * 1024, 128, 10);

    /** For Lucene's service loader. */
    public SearchCodec() {
        super(NAME, new Lucene104Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    /** Bytes written as they are; a read copies only the range asked for and skips the rest. */
    private static final class Uncompressed extends CompressionMode {

        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Decompressor() {
                @Override
                public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                        throws IOException {
                    bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
                    in.skipBytes(offset);
                    in.readBytes(bytes.bytes, 0, length);
                    in.skipBytes(originalLength - offset - length);
                    bytes.offset = 0;
                    bytes.length = length;
                }

                @Override
                public Decompressor clone() {
                    return this;
                }
            };
        }

        @Override
        public String toString() {
            return "Uncompressed";
        }
    }
}
