package org.briefingengine.citation;

import java.util.Locale;

/**
 * The normal forms of the {@code reference} column:
 * <ul>
 *   <li>Special Procedures communication: {@code CHN 13/2018}, with its prefix when given: {@code AL CHN 5/2021};</li>
 *   <li>UN document symbol: as printed ({@code A/HRC/51/12}, {@code CERD/C/CHN/CO/14-17}), a missing slash after a
 *       known prefix repaired ({@code E/CN.4/1998/45});</li>
 *   <li>resolution: {@code HRC res. 43/1} (mechanism code, {@code res.}, number);</li>
 *   <li>treaty-body output: {@code CERD Concluding Observations (2018)}, {@code CESCR List of Issues (2021)},
 *       {@code CCPR General Comment No. 37} (title in title case, year when printed);</li>
 *   <li>ILO convention: {@code C029} (C and three digits).</li>
 * </ul>
 */
final class ReferenceNormaliser {

    private ReferenceNormaliser() {
    }

    static String communication(String prefix, String country, String number, String year) {
        String core = country + " " + Integer.parseInt(number) + "/" + year;
        return prefix == null ? core : prefix + " " + core;
    }

    static String resolution(String code, String number) {
        return code + " res. " + number;
    }

    static String output(String code, String title, String year) {
        String canonical = canonicalOutput(title);
        return year == null ? code + " " + canonical : code + " " + canonical + " (" + year + ")";
    }

    static String convention(String number) {
        return String.format(Locale.ROOT, "C%03d", Integer.parseInt(number));
    }

    /** "concluding  observations" -> "Concluding Observations", "follow-up letter" -> "Follow-up Letter". */
    private static String canonicalOutput(String title) {
        String t = title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (t.startsWith("general comment") || t.startsWith("general recommendation")) {
            String number = t.replaceAll("\\D+", "");
            return (t.startsWith("general comment") ? "General Comment" : "General Recommendation") + " No. " + number;
        }
        return switch (t) {
            case "concluding observations" -> "Concluding Observations";
            case "list of issues" -> "List of Issues";
            case "list of issues prior to reporting" -> "List of Issues Prior to Reporting";
            case "follow-up letter", "follow up letter" -> "Follow-up Letter";
            default -> throw new IllegalArgumentException("not a treaty-body output: " + title);
        };
    }
}
