package org.briefingengine.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes one worksheet's zip entry from three deflated pieces: the XML of POI's sheet template up to its
 * {@code <sheetData/>}, the rows spilled by {@link DeflatedSheetData}, and the rest of the template. Each piece
 * is a run of complete deflate blocks, only the last one final, so their concatenation is one valid deflate
 * stream; the entry's CRC is combined from the pieces' CRCs. This is the same XML POI's own
 * {@code SXSSFWorkbook.injectData} writes, without inflating and deflating the rows a second time.
 */
final class SplicedSheetEntry {

    private static final String EMPTY_SHEET_DATA = "<sheetData/>";
    private static final String OPEN = "<sheetData>";
    private static final String CLOSE = "</sheetData>";

    private SplicedSheetEntry() {
    }

    /**
     * @param template the sheet XML POI wrote, with an empty {@code <sheetData/>} (or none)
     * @param rows     the spilled rows
     */
    static void write(ZipArchiveOutputStream zip, ZipArchiveEntry templateEntry, String template,
                      DeflatedSheetData.Deflated rows, int level) throws IOException {
        String[] parts = split(template);
        byte[] before = parts[0].getBytes(StandardCharsets.UTF_8);
        byte[] after = parts[1].getBytes(StandardCharsets.UTF_8);
        byte[] beforeDeflated = deflate(before, level, false);
        byte[] afterDeflated = deflate(after, level, true);
        long crc = combine(combine(crc(before), rows.crc(), rows.size()), crc(after), after.length);

        ZipArchiveEntry entry = new ZipArchiveEntry(templateEntry.getName());
        if (templateEntry.getTime() >= 0) {
            entry.setTime(templateEntry.getTime());
        }
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(before.length + rows.size() + after.length);
        entry.setCompressedSize(beforeDeflated.length + rows.compressedSize() + afterDeflated.length);
        entry.setCrc(crc);
        try (InputStream data = rows.rawData();
             InputStream raw = new SequenceInputStream(Collections.enumeration(List.of(
                     new ByteArrayInputStream(beforeDeflated), data,
                     new ByteArrayInputStream(afterDeflated))))) {
            zip.addRawArchiveEntry(entry, raw);
        }
    }

    /**
     * The template around its rows, as POI's injection splits it: the rows go where {@code <sheetData/>} stood
     * (or before a non-empty sheetData's closing tag; or, with no sheetData at all, in a new one at the end).
     */
    static String[] split(String template) {
        int empty = template.indexOf(EMPTY_SHEET_DATA);
        if (empty >= 0) {
            return new String[] {template.substring(0, empty) + OPEN + "\n",
                    CLOSE + template.substring(empty + EMPTY_SHEET_DATA.length())};
        }
        int close = template.indexOf(CLOSE);
        if (template.contains(OPEN) && close >= 0) {
            return new String[] {template.substring(0, close), template.substring(close)};
        }
        return new String[] {template + OPEN + "\n", CLOSE};
    }

    /** Raw deflate of {@code bytes}: ending in a final block, or byte-aligned after a sync flush. */
    static byte[] deflate(byte[] bytes, int level, boolean last) throws IOException {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] buffer = new byte[16 * 1024];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                syncFlush(deflater, buffer, out);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Writes out everything {@code deflater} holds and ends on a byte boundary without a final block, so that
     * another deflated piece may follow.
     */
    static void syncFlush(Deflater deflater, byte[] buffer, OutputStream out) throws IOException {
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * The CRC-32 of two byte runs one after the other, from their own CRCs and the second's length: zlib's
     * {@code crc32_combine}, which applies {@code length2} zero bytes to {@code crc1} by squaring a GF(2) matrix.
     */
    static long combine(long crc1, long crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xedb88320L; // the CRC-32 polynomial: the operator for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crc1;
        long length = length2;
        do {
            square(even, odd); // first pass: one zero byte
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
