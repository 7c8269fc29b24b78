package org.briefingengine.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewFileTest {

    @TempDir
    Path dir;

    private final Rubric rubric = Rubric.load(TestDocs.RUBRIC_2022);

    private ReviewFile load(String content) throws IOException {
        Path csv = dir.resolve("job.review.csv");
        Files.writeString(csv, content);
        return ReviewFile.load(csv, rubric);
    }

    @Test
    void aMissingFileMeansNoReviews() {
        ReviewFile f = ReviewFile.load(dir.resolve("absent.csv"), rubric);
        assertEquals(0, f.reviews().size());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void theShippedExampleFileIsValidAndEmpty() {
        ReviewFile f = ReviewFile.load(Path.of("jobs/weekly-briefing.review.csv"), rubric);
        assertEquals(0, f.reviews().size());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void rowsBecomeReviews() throws IOException {
        ReviewFile f = load("condition,status,note,reviewer\n"
                + "detention-access,partly met,\"Two sites only, per the mission notes\",analyst-a\n"
                + "\n"
                + "no-reprisals,NOT_MET,A lawyer was questioned after the visit,analyst-b\n");
        assertEquals(List.of(), f.problems());
        assertEquals(new Review("detention-access", Status.PARTLY_MET, "Two sites only, per the mission notes", "analyst-a"),
                f.review("detention-access"));
        assertEquals(Status.NOT_MET, f.review("no-reprisals").status());
    }

    @Test
    void badRowsAreReportedWithFileAndLineNotDropped() throws IOException {
        ReviewFile f = load("reviewer,condition,status,note\n"
                + "a,no-such-condition,MET,typo\n"
                + "a,no-reprisals,DONE,unknown status\n"
                + "a,breach-reporting,MET,first\n"
                + "a,breach-reporting,NOT_MET,second\n");
        assertEquals(3, f.problems().size(), f.problems()::toString);
        assertTrue(f.problems().get(0).contains("job.review.csv line 2: unknown condition 'no-such-condition'"), f.problems().get(0));
        assertTrue(f.problems().get(1).contains("line 3: unknown status 'DONE'"), f.problems().get(1));
        assertTrue(f.problems().get(2).contains("line 5: condition 'breach-reporting' already reviewed on line 4"), f.problems().get(2));
        assertEquals(Status.NOT_MET, f.review("breach-reporting").status());
        assertEquals(1, f.reviews().size());
    }

    @Test
    void aFileWithoutTheHeaderIsAProblem() throws IOException {
        ReviewFile f = load("detention-access,MET,ok,analyst\n");
        assertEquals(0, f.reviews().size());
        assertTrue(f.problems().get(0).contains("line 1: header"), f.problems().get(0));
    }
}
