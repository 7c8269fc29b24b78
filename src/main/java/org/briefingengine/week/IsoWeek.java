package org.briefingengine.week;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2022-W21}: Monday to Sunday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-[Ww](\\d{2})");

    public IsoWeek {
        LocalDate probe = LocalDate.of(year, 6, 1);
        long weeksInYear = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
                .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException(year + " has no ISO week " + week + " (1-" + weeksInYear + ")");
        }
    }

    /** Parses {@code YYYY-Www} (also {@code 2022-w21}); the message of the exception is fit for the command line. */
    public static IsoWeek parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("week '" + text + "' is not an ISO week like 2022-W21");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The last complete ISO week before {@code today}: on any day of 2022-W22, that is 2022-W21. */
    public static IsoWeek previous(LocalDate today) {
        return of(today).previous();
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate start() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate end() {
        return start().plusDays(6);
    }

    public IsoWeek previous() {
        return of(start().minusDays(7));
    }

    public IsoWeek next() {
        return of(start().plusDays(7));
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(end());
    }

    @Override
    public int compareTo(IsoWeek other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
