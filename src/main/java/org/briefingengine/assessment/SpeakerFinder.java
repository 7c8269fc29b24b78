package org.briefingengine.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds who speaks in a sentence of a document: a person or body the document quotes or reports ("Bachelet
 * stresses that ...", "... said the Vice Foreign Minister", "according to the ministry", and the sentences of a
 * quotation that runs on from one of those), else nobody (the document's own voice). "She" and "he" stand for
 * the last speaker named. One instance reads one document, sentence by sentence, in order; not thread-safe.
 */
final class SpeakerFinder {

    /** After "maintain": not "maintained its decision", which keeps something rather than says it. */
    private static final String NOT_KEPT = "(?! (?:its|their|his|her|the|a|an) )";
    /** After "denied" and the like: what is denied is something said ("denied that", "rejected the allegations"). */
    private static final String DENIES = "(?= (?:that|(?:the |these |such )?(?:allegations?|claims?|reports?|accusations?"
            + "|assertions?)\\b))";
    /**
     * Verbs that report what someone said or wrote, past, third person and plural present ("the authorities say
     * / maintain / indicate that …"). They are also the literals that tell whether a sentence may name a speaker at
     * all ({@link #CUE_WORDS}), so a verb is added here once.
     */
    private static final List<String> SPEECH = List.of("said", "says", "say", "stated", "states", "state", "stresses",
            "stressed", "stress", "continues", "continued", "added", "adds", "noted", "notes", "note", "told",
            "acknowledged", "acknowledges", "acknowledge", "declared", "remarked", "explained", "insisted", "insists",
            "insist", "wrote", "indicated", "indicates", "indicate", "argued", "argue", "claimed", "claims", "claim",
            "recalled", "reported", "announced", "asserted", "asserts", "assert", "emphasized", "emphasised",
            "underlined", "conceded", "alleged", "alleges", "allege", "maintained", "maintains", "maintain",
            "contended", "contends", "contend", "assured", "assures", "promised", "pledged", "affirmed", "affirms",
            "affirm", "confirmed", "confirms", "confirm", "highlighted", "highlights", "highlight", "informed",
            "informs", "pointed out", "points out", "point out", "welcomed", "welcomes", "denied", "denies", "rejected",
            "rejects", "refuted", "dismissed");
    /** What may not follow a verb of {@link #SPEECH} for it to report speech ("insisted on", "maintained its"). */
    private static final Map<String, String> GUARDS = Map.ofEntries(Map.entry("continued", "(?! to\\b)"),
            Map.entry("continues", "(?! to\\b)"), Map.entry("insisted", "(?! on)"), Map.entry("insists", "(?! on)"),
            Map.entry("insist", "(?! on)"), Map.entry("maintained", NOT_KEPT), Map.entry("maintains", NOT_KEPT),
            Map.entry("maintain", NOT_KEPT), Map.entry("welcomed", "(?= (?:the fact )?that)"),
            Map.entry("welcomes", "(?= (?:the fact )?that)"), Map.entry("denied", DENIES), Map.entry("denies", DENIES),
            Map.entry("rejected", DENIES), Map.entry("rejects", DENIES), Map.entry("refuted", DENIES),
            Map.entry("dismissed", DENIES));
    private static final String VERBS = alternation(SPEECH, GUARDS);
    /** Words between a speaker and the verb: "also", "has", "were keen to", "repeatedly". */
    private static final String AUX = "(?:(?:also|further|later|then|again|rightly|has|have|had|\\p{Ll}+ly) ){0,2}"
            + "(?:(?:was|were|is|are) (?:keen|quick|eager|careful|at pains) to |went on to )?";
    /** A name of up to six capitalised words, which may be joined by "of (the)" ("the Minister of the Interior"). */
    private static final String NAME = "(?:the )?(?:[A-Z][\\p{L}'’.-]*\\s(?:of\\s(?:the\\s)?)?){0,5}[A-Z][\\p{L}'’-]+";
    /** The state's media ("State television", "state-run media"). */
    private static final String STATE_MEDIA = "[Ss]tate(?:-run|-owned|-controlled| )(?:television|media|radio|press"
            + "|news agency|newspapers?|broadcaster)";
    /** A named outlet of the state's ("the state-run Daily Herald"). */
    private static final String STATE_OUTLET = "[Ss]tate-(?:run|owned|controlled)(?: [A-Z][\\p{L}'’-]+){1,4}";
    /**
     * A speaker named by a common noun, with the words that may stand before it and what it is "of" ("the
     * authorities", "Local officials", "The head of the prison service", "the Governor's office", "The delegation of
     * Ruritania", "The state-run Daily Herald", "a spokesman for the governor"), which {@link #NAME} does not find.
     */
    private static final String STATE_NAME = "(?:(?:(?i:the|its|their|a|an|local|senior|regional|provincial|municipal"
            + "|district|national|federal|prison|deputy|chief|high-ranking|military|security|camp|several|some|many"
            + "|other|government|host)|[A-Z][\\p{L}'’-]+) ){0,3}"
            + "(?:(?i:authorities|government|officials?|police|ministry|ministries|ministers?|governors?|president"
            + "|prosecutors?|directors?|wardens?|guards|officers|spokes(?:person|man|woman)|office|administration"
            + "|service|advis[eo]rs?|representatives?|delegation|heads?|experts?|envoy)"
            + "(?: of (?:the )?(?:[\\p{L}'’-]+ ){0,3}?[\\p{L}'’-]+)?"
            + "|(?i:spokes(?:person|man|woman)|officials?|representatives?) (?:for|from|at) (?:the )?"
            + "(?:(?!and\\b)[\\p{L}'’-]+ ){0,3}?[\\p{L}'’-]+"
            + "|(?i:experts?|envoy)(?: on (?:the )?(?:[\\p{L}'’-]+ ){0,3}?[\\p{L}'’-]+)"
            + "|" + STATE_MEDIA + "(?: [A-Z][\\p{L}'’-]+){0,3}|" + STATE_OUTLET + ")"
            + "(?:['’]s (?:letter|reply|response|note verbale|note|statement|report|submission|comments|office"
            + "|spokes(?:person|man|woman)|position))?";
    private static final Pattern NAME_VERB = Pattern.compile("(?<![\\p{L}])(" + NAME + "|" + STATE_NAME + "|[Ss]he|[Hh]e)"
            + "(?:,[^,]{1,60},)?\\s+" + AUX + "(?:" + VERBS + ")\\b");
    /** Verbs only a summary record's bracketed speaker is found by: they ask and reply. */
    private static final List<String> BRACKETED_VERBS = List.of("asked", "wondered", "requested", "replied",
            "responded");
    /**
     * A speaker of a UN summary record or meeting summary, with the State or role they speak for in brackets:
     * "Ms. Doe (Ruritania), introducing her country's report, said that …", "Mr. Roe (Country Rapporteur) asked …".
     */
    private static final Pattern BRACKETED = Pattern.compile("(?<![\\p{L}])(" + NAME + " \\([A-Z][\\p{L} .'’-]{1,40}\\))"
            + "(?:,[^,]{1,80},)?\\s+(?:also\\s+|then\\s+)?(?:" + VERBS + "|" + String.join("|", BRACKETED_VERBS) + ")\\b");
    /**
     * Bracketed roles of a committee's own members and officers, and bodies that are no State ("(Amnesty
     * International)", "(International Commission of Jurists)"): they do not speak for the State.
     */
    private static final Pattern ROLE = Pattern.compile("(?i)\\((?:[\\p{L} -]*\\b)?(?:rapporteur|chair|chairperson|chairman"
            + "|vice-chair|secretary|member|expert|observer|president|international|watch|association|organi[sz]ation"
            + "|foundation|network|society|institute|centre|center|federation|union|alliance|coalition|forum|ngo"
            + "|commission|committee|council)\\b[^)]*\\)$");
    /** "…,” said a spokesman for the Interior Ministry on Tuesday": the speaker runs up to a stop or a time. */
    private static final Pattern VERB_NAME = Pattern.compile("[,”\"'’]\\s*(?:" + VERBS + ")\\s+(" + NAME + "|"
            + STATE_NAME + "(?=\\s*(?:[.,;:!?]|$)|\\s(?:on|in|at|to|during|after|before|yesterday|today|last|this"
            + "|when|while|as|and)\\b))");
    /** Whom "according to" and the other framings below name. */
    private static final String WHO = "(?:the )?[\\p{L}-]+(?: [A-Z][\\p{L}-]+){0,3}['’]s [\\p{L}-]+|" + NAME + "|"
            + STATE_NAME + "|the [\\p{L}-]+(?: [A-Z][\\p{L}'’-]+){0,4}";
    /**
     * Framings that make the rest of the sentence someone's words: "according to the ministry", "per the Interior
     * Ministry", "in the view of the authorities", "as the Minister put it", "the Government's position is that",
     * "the team was assured by the Governor that".
     */
    private static final List<Pattern> FRAMED = List.of(
            Pattern.compile("\\b(?:[Aa]ccording to|[Pp]er(?= (?:the )?[A-Z])|[Ii]n the (?:view|opinion|words|eyes) of)"
                    + " (" + WHO + ")"),
            Pattern.compile("\\b[Aa]s (" + NAME + "|" + STATE_NAME + ") (?:put|puts|has put) it\\b"),
            Pattern.compile("(?<![\\p{L}])(" + NAME + "|" + STATE_NAME + ")['’]s (?:position|view|contention|assertion"
                    + "|argument)(?: (?:is|was|remains|has been))? that\\b"),
            Pattern.compile("\\b(?:was|were|had been|has been|have been) (?:told|assured|informed|reassured|advised) by ("
                    + NAME + "|" + STATE_NAME + ")(?= that\\b|,)"));
    /**
     * A speaker who does something and says so in a participle: "The ministry's spokesperson described the visit as
     * open, saying the team went wherever it wished."
     */
    private static final Pattern SAYING = Pattern.compile("^(?:[^,]{0,80}, )?(" + STATE_NAME + ") [^;:!?]{0,120}?,"
            + " saying\\b");
    private static final Pattern OPEN = Pattern.compile("[“\"]");

    /**
     * Who speaks in a sentence and from where: words before {@code from} (a character offset in the sentence) are
     * the document's own ("Given the restraints imposed, Bachelet acknowledged that ..."), words from it on are
     * the speaker's.
     */
    record Voice(String speaker, int from, String before, int until, boolean denies) {

        static final Voice OWN = new Voice("", 0, "");

        Voice(String speaker, int from, String before) {
            this(speaker, from, before, Integer.MAX_VALUE, false);
        }

        /**
         * True when the words at {@code at} are what the speaker denies ("The Government denied that the expert had
         * been followed", "rejected claims that …"): they report nothing either way.
         */
        boolean deniedAt(int at) {
            return denies && at >= from && at < until;
        }

        /**
         * The speaker of words at offset {@code at} of the sentence ("" for the document's own voice); words from
         * {@code until} on are the document's again.
         */
        String at(int at) {
            return at >= from && at < until ? speaker : before;
        }
    }

    /**
     * Words that make a speaker the state's voice ("The Government", "the Ministry of Justice", "officials"): what
     * a UN report quotes them saying is their claim, not the report's finding.
     */
    private static final Pattern STATE = Pattern.compile("(?i)\\b(government|authorities|ministry|ministers?|state party"
            + "|permanent mission|permanent representative|embassy|ambassador|president|governors?|officials?|police"
            + "|hosts?|prosecutors?|mayors?|prefects?|wardens?|guards"
            + "|(?:prison|camp|detention|facility|centre|center) (?:service"
            + "|administration|administrators?|staff|directors?|officers)"
            + "|security (?:services|forces|adviser)|armed forces|army|military|intelligence"
            + "|delegation of (?-i:[A-Z])\\p{L}*|" + STATE_MEDIA + "|" + STATE_OUTLET + ")\\b");
    /** UN bodies and officials whose titles hold a word of {@link #STATE} ("the President of the Human Rights Council"). */
    private static final Pattern UN = Pattern.compile("\\b(UN|United Nations|OHCHR|Human Rights Council|Security Council"
            + "|General Assembly)\\b");
    /** Countries' names in English, lower case: a country that speaks is its State. */
    private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** A UN body or official: quoted anywhere, their words are a first-hand account of their own visit. */
    private static final Pattern UN_SPEAKER = Pattern.compile("\\b(UN|United Nations|OHCHR|[Rr]apporteur|Independent"
            + " Expert|Working Group|Subcommittee|High Commissioner|Commission of Inquiry|Fact-Finding Mission)\\b");

    /** True when {@code speaker} is a UN body or official (a UN expert quoted by a news agency). */
    static boolean unVoice(String speaker) {
        return speaker != null && UN_SPEAKER.matcher(speaker).find() && !stateVoice(speaker);
    }

    /** True when {@code speaker} speaks for the state whose conduct is judged (not a UN official). */
    static boolean stateVoice(String speaker) {
        return speaker != null && (STATE.matcher(speaker).find() || delegate(speaker)
                || COUNTRIES.contains(speaker.replaceFirst("^(?i)the ", "").toLowerCase(Locale.ROOT)))
                && !UN.matcher(speaker).find();
    }

    /**
     * A speaker named with the State they represent in brackets ("Ms. Doe (Ruritania)"); not a role, nor a body's
     * acronym ("the Subcommittee (SPT)").
     */
    private static boolean delegate(String speaker) {
        int open = speaker.lastIndexOf(" (");
        return speaker.endsWith(")") && open > 0 && !ROLE.matcher(speaker).find()
                && !speaker.substring(open + 2, speaker.length() - 1).matches("[A-Z]{2,}");
    }

    private String lastNamed = "";
    /** The sentence before, where "He said" may find whom it stands for when nobody has spoken yet. */
    private String previousSentence = "";
    private String quoteSpeaker = "";
    private boolean inQuote;
    /** A bracketed speaker of a summary record: the rest of the paragraph is theirs, in reported speech. */
    private String paragraphSpeaker = "";

    /** Who speaks in this sentence (original text); {@link Voice#OWN} for the document's own voice. */
    Voice speaker(String sentence) {
        return speaker(sentence, false);
    }

    /**
     * Who speaks in this sentence; {@code newParagraph} when a blank line stands before it. In a summary record
     * ("Ms. Doe (Ruritania) said that …") every sentence of the speaker's paragraph reports them.
     */
    Voice speaker(String sentence, boolean newParagraph) {
        if (newParagraph) {
            paragraphSpeaker = "";
        }
        Voice found = attribution(sentence);
        previousSentence = sentence;
        if (found.speaker().isEmpty() && !paragraphSpeaker.isEmpty() && !inQuote) {
            return new Voice(paragraphSpeaker, 0, paragraphSpeaker);
        }
        boolean continues = inQuote;
        inQuote = opensQuote(sentence, continues);
        if (!found.speaker().isEmpty()) {
            // Inside a running quotation the words before the new attribution are still the quoted speaker's.
            Voice voice = continues ? new Voice(found.speaker(), found.from(), quoteSpeaker) : found;
            quoteSpeaker = continues && inQuote ? quoteSpeaker : found.speaker();
            return voice;
        }
        if (continues) {
            return new Voice(quoteSpeaker, 0, quoteSpeaker);
        }
        quoteSpeaker = "";
        return Voice.OWN;
    }

    /**
     * Literals of which every match of {@link #BRACKETED}, {@link #NAME_VERB}, {@link #VERB_NAME}, {@link #FRAMED}
     * or {@link #SAYING} holds one: a sentence with none of them names no speaker, and the regular expressions need
     * not run. Derived from the verbs, keeping only those no shorter literal already finds ("state" finds
     * "stated").
     */
    /**
     * The cheap test before the patterns: every pattern needs one of these words, as a whole word and as written
     * (a verb of {@link #SPEECH}, a bracketed speaker's verb, "saying", "per"), or one of {@link #CUE_PHRASES}.
     * Matching stems anywhere instead ("view" in "interview", "state" in "statement") sent nearly every sentence of
     * this domain through every pattern.
     */
    private static final Set<String> CUE_WORDS = Stream.concat(Stream.concat(SPEECH.stream(),
            BRACKETED_VERBS.stream()), Stream.of("saying", "per", "Per")).filter(w -> w.indexOf(' ') < 0)
            .collect(Collectors.toUnmodifiableSet());
    private static final List<String> CUE_PHRASES = List.of("pointed out", "points out", "point out", "ccording to",
            "view of", "opinion of", "words of", "eyes of", "put it", "puts it", "position", "view that", "contention",
            "assertion", "argument");

    private static final List<Pattern> PATTERNS = Stream.concat(Stream.of(NAME_VERB, VERB_NAME),
            Stream.concat(FRAMED.stream(), Stream.of(SAYING))).toList();

    private static boolean hasCuePhrase(String sentence) {
        for (String phrase : CUE_PHRASES) {
            if (sentence.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** One of {@link #CUE_WORDS} stands in the sentence as a whole word; {@code words} as {@link #words} gives. */
    private static boolean hasCueWord(String sentence, int[] words) {
        for (int k = 0; k < words.length; k += 2) {
            int length = words[k + 1] - words[k];
            if (length >= 3 && length <= 12 && CUE_WORDS.contains(sentence.substring(words[k], words[k + 1]))) {
                return true;
            }
        }
        return false;
    }

    /** Where the words (runs of letters) of a sentence start and end: start, end, start, end, … */
    private static int[] words(String sentence) {
        int n = sentence.length();
        int[] bounds = new int[32];
        int count = 0;
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(sentence.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(sentence.charAt(i))) {
                i++;
            }
            if (count == bounds.length) {
                bounds = Arrays.copyOf(bounds, count * 2);
            }
            bounds[count++] = start;
            bounds[count++] = i;
        }
        return Arrays.copyOf(bounds, count);
    }

    /**
     * The literal a pattern cannot match without, tested before the pattern runs: the patterns that start at any
     * capitalised word (a name, an office) are what a sentence costs, so each runs only where it may end.
     */
    private static boolean mayMatch(Pattern p, String sentence, boolean speechVerb) {
        if (p == NAME_VERB || p == VERB_NAME) {
            return speechVerb;
        }
        String[] literals = GATES.get(p);
        if (literals == null) {
            return true;
        }
        for (String literal : literals) {
            if (sentence.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words as one alternation with shared beginnings factored out ("sa(?:id|ys?)|st(?:at(?:ed|es|e)|…)"), each
     * followed by its guard: the same matches as "said|says|say|…" before a word boundary, but tried letter by letter
     * instead of word by word, at every name the patterns consider.
     */
    static String alternation(List<String> words, Map<String, String> guards) {
        Node root = new Node();
        for (String w : words) {
            Node n = root;
            for (char c : w.toCharArray()) {
                n = n.next.computeIfAbsent(c, k -> new Node());
            }
            n.guard = guards.getOrDefault(w, "");
        }
        return root.regex();
    }

    private static final class Node {
        private final Map<Character, Node> next = new java.util.LinkedHashMap<>();
        private String guard;

        String regex() {
            List<String> alternatives = new java.util.ArrayList<>();
            next.forEach((c, n) -> alternatives.add(c + n.regex())); // letters and spaces: no quoting needed
            if (guard != null) {
                alternatives.add(guard);
            }
            return alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")";
        }
    }

    /**
     * {@code m.find(at)}, or with {@code starts}, the first match from {@code at} on that starts at one of them: the
     * same match, since no match starts elsewhere, without trying the pattern's alternations at every word.
     */
    private static boolean findFrom(Matcher m, int[] starts, int at, int length) {
        if (starts == null) {
            return m.find(at);
        }
        for (int start : starts) {
            if (start >= at) {
                m.region(start, length);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a speaker of {@link #NAME_VERB} may start: a capitalised word, or a word (in any case) that a common-noun
     * speaker or a pronoun begins with ("the", "local", "officials", "state", "she").
     */
    private static int[] speakerStarts(String sentence, int[] words) {
        int[] starts = new int[words.length / 2];
        int count = 0;
        for (int k = 0; k < words.length; k += 2) {
            if (Character.isUpperCase(sentence.charAt(words[k]))
                    || SPEAKER_FIRST_WORDS.contains(sentence.substring(words[k], words[k + 1]).toLowerCase(Locale.ROOT))) {
                starts[count++] = words[k];
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * The lower-case words a speaker of {@link #NAME} or {@link #STATE_NAME} can begin with, letters only ("high" of
     * "high-ranking"): a word of {@link #STATE_NAME}'s lists added there is added here.
     */
    private static final Set<String> SPEAKER_FIRST_WORDS = Set.of("the", "its", "their", "a", "an", "local", "senior",
            "regional", "provincial", "municipal", "district", "national", "federal", "prison", "deputy", "chief",
            "high", "military", "security", "camp", "several", "some", "many", "other", "government", "host",
            "authorities", "official", "officials", "police", "ministry", "ministries", "minister", "ministers", "governor",
            "governors", "president", "prosecutor", "prosecutors", "director", "directors", "warden", "wardens",
            "guards", "officers", "spokesperson", "spokesman", "spokeswoman", "office", "administration", "service",
            "adviser", "advisers", "advisor", "advisors", "representative", "representatives", "delegation", "head",
            "heads", "expert", "experts", "envoy", "state", "she", "he");

    private static final Map<Pattern, String[]> GATES = Map.of(
            FRAMED.get(0), new String[] {"ccording to", "Per ", "per ", "view of", "opinion of", "words of", "eyes of"},
            FRAMED.get(1), new String[] {"put it", "puts it"},
            FRAMED.get(2), new String[] {"position", "view", "contention", "assertion", "argument"},
            FRAMED.get(3), new String[] {" by "},
            SAYING, new String[] {", saying"});

    private Voice attribution(String sentence) {
        int[] words = words(sentence);
        boolean speechVerb = hasCueWord(sentence, words);
        if (!speechVerb && !hasCuePhrase(sentence)) {
            return Voice.OWN;
        }
        Matcher bracketed = BRACKETED.matcher(sentence);
        if (bracketed.find()) {
            lastNamed = bracketed.group(1).strip();
            paragraphSpeaker = lastNamed;
            return new Voice(lastNamed, bracketed.start(), "");
        }
        for (Pattern p : PATTERNS) {
            if (!mayMatch(p, sentence, speechVerb)) {
                continue;
            }
            Matcher m = p.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            int[] starts = p == NAME_VERB ? speakerStarts(sentence, words) : null;
            // A name that is no speaker ("The" of "The state-run …") is skipped one character on, so that a longer
            // speaker starting at the same word is still found.
            for (int at = 0; at < sentence.length() && findFrom(m, starts, at, sentence.length()); at = m.start() + 1) {
                // "..., said X" and "..., the Ministry told her." speak for the whole sentence; "X said that ..."
                // from X on.
                int from = p == VERB_NAME || trailing(sentence, m) ? 0 : p == SAYING ? m.start(1) : m.start();
                String name = m.group(1).strip();
                if (name.equalsIgnoreCase("she") || name.equalsIgnoreCase("he")) {
                    if (lastNamed.isEmpty()) {
                        // "… the country's representative, Ambassador Jan Roe. He noted that …"
                        for (Pattern p2 : List.of(TITLED, OFFICE)) {
                            Matcher titled = p2.matcher(previousSentence);
                            while (titled.find()) {
                                lastNamed = titled.group().strip().replaceAll("\\.$", "");
                            }
                            if (!lastNamed.isEmpty()) {
                                break;
                            }
                        }
                    }
                    if (!lastNamed.isEmpty()) {
                        return new Voice(lastNamed, from, "");
                    }
                    continue;
                }
                if (name.equals("They") && lastNamed.isEmpty()) {
                    // "The expert met the regional governors. They insisted that …": the officials of the sentence
                    // before.
                    Matcher officials = OFFICIALS.matcher(previousSentence);
                    if (officials.find()) {
                        return new Voice(officials.group().strip(), from, "");
                    }
                }
                if (name.split("\\s+").length == 1 && STOP.matcher(name).matches()) {
                    continue;
                }
                lastNamed = name;
                // "Although the authorities had promised full cooperation, the expert was prevented …": what was
                // promised ends at the next comma; the rest is the document's.
                int until = Integer.MAX_VALUE;
                if (PROMISES.matcher(m.group()).find()) {
                    int comma = indexOfBreak(sentence, m.end());
                    until = comma < 0 ? until : comma;
                }
                // "The authorities told the team it could go anywhere, but every trip required a permit": after a
                // contrast the document speaks again, unless the speaker goes on ("but that …", "but added …").
                Matcher contrast = CONTRAST.matcher(sentence);
                if (contrast.find(m.end()) && contrast.start() < until) {
                    until = contrast.start();
                }
                return new Voice(name, from, "", until, DENIAL.matcher(m.group()).find());
            }
        }
        return Voice.OWN;
    }

    /**
     * The attribution closes the sentence after a comma ("…, the Ministry told the Rapporteur."): a few words
     * at most follow its verb, none of them "that".
     */
    private static boolean trailing(String sentence, Matcher m) {
        String before = sentence.substring(0, m.start()).stripTrailing();
        if (OPENS_WITH_QUOTE.matcher(before).matches()) {
            return true;
        }
        String after = sentence.substring(m.end()).strip();
        return before.endsWith(",") && after.split("\\s+").length <= 6 && !after.matches("(?s).*\\bthat\\b.*");
    }

    /**
     * A sentence that opens with a quotation the attribution follows, perhaps after a news dateline: "“I went
     * everywhere,” the expert said …"; in single quotes too, where an apostrophe inside a word is no quote mark.
     */
    private static final Pattern OPENS_WITH_QUOTE =
            Pattern.compile("(?s)^(?:[^“”\"]{0,80}?[-–—:] )?\\W{0,3}(?:[“\"][^“”\"]+[”\"]"
                    + "|['‘](?:[^'‘’]|(?<=\\p{L})['’](?=\\p{L}))+[,.!?]['’])$");

    /** A contrast after which the document's own voice resumes: not "but that", "but added", "but also". */
    private static final Pattern CONTRAST = Pattern.compile("[,;] (?:but|however|yet)(?:,)? (?!that\\b|also\\b|(?:"
            + VERBS + ")\\b)");

    private static final Pattern DENIAL = Pattern.compile("\\b(?:denied|denies|rejected|rejects|refuted|dismissed)\\b");

    private static final Pattern PROMISES = Pattern.compile("\\b(assured|assures|promised|pledged)\\b");

    private static int indexOfBreak(String sentence, int from) {
        for (int k = from; k < sentence.length(); k++) {
            char c = sentence.charAt(k);
            if (c == ',' || c == ';') {
                return k;
            }
        }
        return -1;
    }

    /** A person named with a title ("Ambassador Jan Roe", "Ms. Lind", "Minister Okafor"). */
    private static final Pattern TITLED = Pattern.compile("\\b(?:Ambassador|Minister|President|Judge|Professor|Dr\\.?|Mr\\.?"
            + "|Ms\\.?|Mrs\\.?) [A-Z][\\p{L}'’-]*\\.?(?: [A-Z][\\p{L}'’-]*\\.?){0,3}");

    /** Officials of the state named in the plural ("the regional governors", "senior police officers"). */
    private static final Pattern OFFICIALS = Pattern.compile("\\b(?:[Tt]he )?(?:[\\p{L}-]+ ){0,2}(?:officials|authorities"
            + "|governors|ministers|police officers|prosecutors|wardens|prison guards|representatives of the Government)\\b");

    /** A state's office holder named by the office alone ("the Prime Minister", "the Minister of Justice"). */
    private static final Pattern OFFICE = Pattern.compile("\\b[Tt]he (?:(?:Prime|Deputy|Vice|Foreign|Interior|Justice"
            + "|Defence|Defense|Attorney) )?(?:Minister|President|Governor|Ambassador|Prosecutor|General|Mayor)\\b"
            + "(?: of (?:the )?(?:[A-Z][\\p{L}'’-]+ ?){1,4})?");

    /** Words that open a sentence but name nobody ("It said", "This stated"). */
    private static final Pattern STOP = Pattern.compile("(?i)it|this|that|which|who|they|we|i|there|what|as|the");

    /** True when, after this sentence, a quotation is still open (an odd number of quote marks overall). */
    private static boolean opensQuote(String sentence, boolean open) {
        int straight = 0;
        boolean state = open;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“') {
                state = true;
            } else if (c == '”') {
                state = false;
            } else if (c == '"') {
                straight++;
                state = !state;
            }
        }
        return state && OPEN.matcher(sentence).find() || (open && state);
    }
}
