package org.briefingengine.corpus;

/**
 * The {@link SourceDocument#sourceType()} values the parser emits (a manifest value is passed through unchanged).
 * The assessment engine weighs evidence by them.
 */
public final class SourceTypes {

    /** UN documents and UN officials' own statements: first-hand. */
    public static final String UN = "un";
    public static final String NGO = "ngo";
    public static final String STATE_MEDIA = "state-media";
    public static final String NEWS_AGENCY = "news-agency";
    public static final String GOVERNMENT = "government";
    /** A compilation page that could not be split, or a part of one whose publisher could not be told. */
    public static final String COMPILATION = "compilation";

    private SourceTypes() {
    }
}
