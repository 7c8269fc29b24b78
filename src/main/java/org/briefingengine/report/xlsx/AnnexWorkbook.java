package org.briefingengine.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SXSSF with the annex's own spill and save: rows spill once as raw deflate at {@value #ZIP_LEVEL}
 * ({@link DeflatedSheetData}), and saving splices them into the zip as they are ({@link SplicedSheetEntry}).
 * POI's own save would read every spilled row back, inflate it and deflate it again: on a 100,000-document
 * annex, 1.3 GB of sheet XML compressed twice and inflated once.
 */
final class AnnexWorkbook extends SXSSFWorkbook {

    /**
     * The annex's deflate level. Compressing the sheet XML is most of what writing the zip costs; level 5
     * instead of the default 6 takes about a quarter less time for a file about 1.5% larger (measured on the
     * 10,000-document annex; level 1 was tried and dropped: 26% larger).
     */
    static final int ZIP_LEVEL = 5;

    /** Age after which a spill file nobody deleted is taken to be left over from an ended process. */
    static final Duration STALE_SPILL = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(AnnexWorkbook.class);

    private final List<DeflatedSheetData> spills = new ArrayList<>();

    /**
     * Compresses the spilled rows of every sheet, in order, while the writer's thread turns the next rows into
     * XML: about 40% of writing the annex, taken off the thread that reads the rows. (The CSV export runs beside
     * the annex, so the three threads share two cores until it ends.)
     */
    private final ExecutorService deflateThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "annex-deflate");
        thread.setDaemon(true);
        return thread;
    });

    AnnexWorkbook(int window) {
        super(window);
        // POI's default (Always) writes through its own zip stream, which cannot take a raw entry. As needed, the
        // annex is a plain zip, as Excel writes it, with Zip64 sizes only for a sheet past 4 GiB of XML
        // (AnnexZip64Test).
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        DeflatedSheetData spill = DeflatedSheetData.create(ZIP_LEVEL, deflateThread);
        if (spills.isEmpty()) {
            deleteStaleSpills(spill.folder());
        }
        spills.add(spill);
        return spill;
    }

    /** Once per workbook: spill files a day old were left by a process that ended abruptly. Never fails the run. */
    private static void deleteStaleSpills(Path folder) {
        try {
            int deleted = DeflatedSheetData.deleteStale(folder, Instant.now().minus(STALE_SPILL));
            if (deleted > 0) {
                log.warn("deleted {} annex spill files left in {} by runs that ended abruptly", deleted, folder);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not look for stale annex spill files in {}: {}", folder, e.toString());
        }
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(ZIP_LEVEL);
        return zip;
    }

    /**
     * As {@link SXSSFWorkbook#injectData}, with each worksheet spliced from its deflated pieces. The zip is
     * finished only when every entry was written: POI finishes it in a {@code finally}, which after a failed entry
     * replaces the real error (a full disk, say) with "unclosed entries". (The zip's deflater is then left to its
     * cleaner; commons-compress frees it only when finishing.)
     */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try (source) {
            Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                try (InputStream in = source.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        guarded.setGuardState(false); // as POI does: a sheet template with many links is "bomb-like"
                    }
                    XSSFSheet template = getSheetFromZipEntryName(entry.getName());
                    if (template != null && !(template instanceof XSSFChartSheet)) {
                        SXSSFSheet sheet = getSheet(template.getSheetName());
                        try (InputStream rows = sheet.getWorksheetXMLInputStream()) {
                            SplicedSheetEntry.write(zip, entry, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                    (DeflatedSheetData.Deflated) rows, ZIP_LEVEL);
                        }
                    } else {
                        copy(zip, entry, in);
                    }
                }
            }
            zip.finish();
        }
    }

    private static void copy(ZipArchiveOutputStream zip, ZipArchiveEntry entry, InputStream in) throws IOException {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        if (entry.getSize() >= 0) {
            copy.setSize(entry.getSize());
        }
        if (entry.getTime() >= 0) {
            copy.setTime(entry.getTime());
        }
        zip.putArchiveEntry(copy);
        try {
            IOUtils.copy(in, zip);
        } finally {
            zip.closeArchiveEntry();
        }
    }

    /** Closes the workbook and deletes the spill files (POI deletes only the files it created itself). */
    @Override
    public void close() throws IOException {
        try {
            closeAndDeleteSpills();
        } finally {
            deflateThread.shutdown(); // after the spills: ending one still runs on it
        }
    }

    private void closeAndDeleteSpills() throws IOException {
        Throwable failure = null;
        try {
            super.close();
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        for (DeflatedSheetData spill : spills) {
            try {
                spill.delete();
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }
}
