package org.briefingengine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void splitsWordsAndClauses() {
        Tokens t = Tokens.of("the expert's visit - however, it wasn't (fully) granted; 12 cells");
        // A contraction is two words, the "not" standing at "n't".
        assertThat(t.forms).containsExactly("the", "expert's", "visit", "however", "it", "was", "not", "fully",
                "granted", "12", "cells");
        assertThat(t.starts[1]).isEqualTo(4);
        assertThat(t.starts[6]).isEqualTo(t.text.indexOf("n't"));
        assertThat(t.clauses).containsExactly(0, 0, 0, 1, 2, 2, 2, 3, 4, 5, 5);
        assertThat(Tokens.of("they can't and won't").forms).containsExactly("they", "can", "not", "and", "will", "not");
    }

    @Test
    void scannerFindsWhatTheRegularExpressionsFind() {
        String alphabet = "ab é1²Ⅳ'',;:()-\t\u00a0.\"xyz";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(30);
            for (int i = 0; i < len; i++) {
                sb.append(random.nextInt(40) == 0 ? "\uD835\uDC00" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String s = sb.toString();
            Tokens t = Tokens.of(s);
            List<String> forms = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            List<Integer> clauses = new ArrayList<>();
            Matcher m = Tokens.WORD.matcher(s);
            int clause = 0;
            int last = 0;
            while (m.find()) {
                if (Tokens.BREAK.matcher(s.substring(last, m.start())).find()
                        || java.util.Set.of("but", "while", "whereas", "although", "though", "however", "that",
                        "which", "who").contains(m.group())) {
                    clause++;
                }
                forms.add(m.group());
                starts.add(m.start());
                clauses.add(clause);
                last = m.end();
            }
            assertThat(t.forms).as(s).containsExactlyElementsOf(forms);
            assertThat(t.starts).as(s).containsExactly(starts.stream().mapToInt(Integer::intValue).toArray());
            assertThat(t.clauses).as(s).containsExactly(clauses.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
