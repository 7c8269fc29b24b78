package org.briefingengine.corpus;

import java.util.List;

/**
 * The outcome of reading one input file.
 *
 * @param path      path relative to the input folder
 * @param sha256    hash of the file's bytes and its manifest row ("" when rejected before hashing)
 * @param stamp     size, modification time and manifest row of the file: unchanged means not read again
 * @param status    new, changed, unchanged or rejected
 * @param documents the documents read (empty unless new or changed)
 * @param reason    why the file was rejected, else ""
 */
public record IngestedFile(String path, String sha256, String stamp, FileStatus status,
                           List<SourceDocument> documents, String reason) {

    public enum FileStatus {
        NEW, CHANGED, UNCHANGED, REJECTED;

        /** The value of the {@code status} column of documents.csv. */
        public String label() {
            return name().toLowerCase();
        }
    }

    public static IngestedFile read(String path, String sha256, String stamp, boolean seenBefore,
                                    List<SourceDocument> documents) {
        return new IngestedFile(path, sha256, stamp, seenBefore ? FileStatus.CHANGED : FileStatus.NEW,
                List.copyOf(documents), "");
    }

    /**
     * A file whose content hash is the stored one although its stamp is not (it was copied or touched): only the
     * new stamp is stored. Files whose stamp is unchanged never get here (see {@link CorpusItemReader}).
     */
    public static IngestedFile unchanged(String path, String sha256, String stamp) {
        return new IngestedFile(path, sha256, stamp, FileStatus.UNCHANGED, List.of(), "");
    }

    public static IngestedFile rejected(String path, String reason) {
        return new IngestedFile(path, "", "", FileStatus.REJECTED, List.of(), reason);
    }
}
