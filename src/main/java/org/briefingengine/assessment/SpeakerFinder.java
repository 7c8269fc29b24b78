package org.briefingengine.assessment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who speaks in a sentence of a document: a person or body the document quotes or reports ("Bachelet
 * stresses that ...", "... said the Vice Foreign Minister", "according to the ministry", and the sentences of a
 * quotation that runs on from one of those), else nobody (the document's own voice). "She" and "he" stand for
 * the last speaker named. One instance reads one document, sentence by sentence, in order; not thread-safe.
 */
final class SpeakerFinder {

    /** After "maintain": not "maintained its decision", which keeps something rather than says it. */
    private static final String NOT_KEPT = "(?! (?:its|their|his|her|the|a|an) )";
    private static final String VERBS = "said|says|stated|states|stresses|stressed|continues|continued|added|adds"
            + "|noted|notes|told|acknowledged|acknowledges|declared|remarked|explained|insisted(?! on)|wrote"
            + "|indicated|indicates|argued|claimed|claims|recalled|reported|announced|asserted|asserts|emphasized|emphasised|underlined"
            + "|conceded|alleged|alleges|maintained" + NOT_KEPT + "|maintains" + NOT_KEPT
            + "|insists(?! on)|contended|contends|assured|assures"
            + "|promised|pledged"
            // plural subjects in the present: "the authorities say / maintain / indicate that …"
            + "|say|state|note|claim|insist(?! on)|maintain" + NOT_KEPT + "|assert|indicate|argue"
            + "|contend|allege|acknowledge|stress";
    /** A name of up to six capitalised words, which may be joined by "of (the)" ("the Minister of the Interior"). */
    private static final String NAME = "(?:the )?(?:[A-Z][\\p{L}'’.-]*\\s(?:of\\s(?:the\\s)?)?){0,5}[A-Z][\\p{L}'’-]+";
    /** The state's media ("State television", "state-run media"). */
    private static final String STATE_MEDIA = "[Ss]tate(?:-run| |-owned )(?:television|media|radio|press|news agency"
            + "|newspapers?)";
    /** The state's voices named in lower case ("the authorities said"), which {@link #NAME} does not find. */
    private static final String STATE_NAME = "(?:[Tt]he )?(?:host )?(?:authorities|[Gg]overnment|officials|police"
            + "|" + STATE_MEDIA + ")"
            + "(?:['’]s (?:letter|reply|response|note verbale|note|statement|report|submission|comments))?";
    private static final Pattern NAME_VERB = Pattern.compile("(?<![\\p{L}])(" + NAME + "|" + STATE_NAME + "|[Ss]he|[Hh]e)"
            + "(?:,[^,]{1,60},)?\\s+(?:also\\s+|has\\s+|had\\s+|later\\s+|rightly\\s+|has rightly\\s+)?(?:" + VERBS + ")\\b");
    /**
     * A speaker of a UN summary record or meeting summary, with the State or role they speak for in brackets:
     * "Ms. Doe (Ruritania), introducing her country's report, said that …", "Mr. Roe (Country Rapporteur) asked …".
     */
    private static final Pattern BRACKETED = Pattern.compile("(?<![\\p{L}])(" + NAME + " \\([A-Z][\\p{L} .'’-]{1,40}\\))"
            + "(?:,[^,]{1,80},)?\\s+(?:also\\s+|then\\s+)?(?:" + VERBS + "|asked|wondered|requested|replied|responded)\\b");
    /**
     * Bracketed roles of a committee's own members and officers, and bodies that are no State ("(Amnesty
     * International)", "(International Commission of Jurists)"): they do not speak for the State.
     */
    private static final Pattern ROLE = Pattern.compile("(?i)\\((?:[\\p{L} -]*\\b)?(?:rapporteur|chair|chairperson|chairman"
            + "|vice-chair|secretary|member|expert|observer|president|international|watch|association|organi[sz]ation"
            + "|foundation|network|society|institute|centre|center|federation|union|alliance|coalition|forum|ngo"
            + "|commission|committee|council)\\b[^)]*\\)$");
    private static final Pattern VERB_NAME = Pattern.compile("[,”\"]\\s*(?:" + VERBS + ")\\s+(" + NAME + ")");
    private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording to ((?:the )?[\\p{L}-]+(?: [A-Z][\\p{L}-]+){0,3}['’]s"
            + " [\\p{L}-]+|" + NAME + "|the [\\p{L}-]+(?: [A-Z][\\p{L}'’-]+){0,4})");
    private static final Pattern OPEN = Pattern.compile("[“\"]");

    /**
     * Who speaks in a sentence and from where: words before {@code from} (a character offset in the sentence) are
     * the document's own ("Given the restraints imposed, Bachelet acknowledged that ..."), words from it on are
     * the speaker's.
     */
    record Voice(String speaker, int from, String before, int until) {

        static final Voice OWN = new Voice("", 0, "");

        Voice(String speaker, int from, String before) {
            this(speaker, from, before, Integer.MAX_VALUE);
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
    private static final Pattern STATE = Pattern.compile("(?i)\\b(government|authorities|ministry|minister|state party"
            + "|permanent mission|permanent representative|embassy|ambassador|president|governor|officials|police"
            + "|hosts?|" + STATE_MEDIA + ")\\b");
    private static final Pattern UN = Pattern.compile("\\b(UN|United Nations|OHCHR)\\b");

    /** True when {@code speaker} speaks for the state whose conduct is judged (not a UN official). */
    static boolean stateVoice(String speaker) {
        return speaker != null && (STATE.matcher(speaker).find() || delegate(speaker)) && !UN.matcher(speaker).find();
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
     * Literals of which every match of {@link #BRACKETED}, {@link #NAME_VERB}, {@link #VERB_NAME} or
     * {@link #ACCORDING} holds one (a verb of {@link #VERBS}, one of the bracketed speakers' verbs, or "ccording
     * to "): a sentence with none of them names no speaker, and the regular expressions need not run.
     */
    private static final String[] CUES = {"said", "says", "state", "stress", "continue", "add", "note", "told",
            "acknowledge", "declared", "remarked", "explained", "insist", "wrote", "indicate", "argued", "claim",
            "recalled", "reported", "announced", "assert", "emphasi", "underlined", "conceded", "allege", "maintain",
            "contend", "assure", "promise", "pledge", "ccording to ", "say", "asked", "wondered", "requested", "replied",
            "responded"};

    private static boolean mayAttribute(String sentence) {
        for (String cue : CUES) {
            if (sentence.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private Voice attribution(String sentence) {
        if (!mayAttribute(sentence)) {
            return Voice.OWN;
        }
        Matcher bracketed = BRACKETED.matcher(sentence);
        if (bracketed.find()) {
            lastNamed = bracketed.group(1).strip();
            paragraphSpeaker = lastNamed;
            return new Voice(lastNamed, bracketed.start(), "");
        }
        for (Pattern p : new Pattern[] {NAME_VERB, VERB_NAME, ACCORDING}) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                // "..., said X" and "..., the Ministry told her." speak for the whole sentence; "X said that ..."
                // from X on.
                int from = p == VERB_NAME || trailing(sentence, m) ? 0 : m.start();
                String name = m.group(1).strip();
                if (name.equalsIgnoreCase("she") || name.equalsIgnoreCase("he")) {
                    if (lastNamed.isEmpty()) {
                        // "… the country's representative, Ambassador Jan Roe. He noted that …"
                        Matcher titled = TITLED.matcher(previousSentence);
                        while (titled.find()) {
                            lastNamed = titled.group().strip().replaceAll("\\.$", "");
                        }
                    }
                    if (!lastNamed.isEmpty()) {
                        return new Voice(lastNamed, from, "");
                    }
                    continue;
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
                return new Voice(name, from, "", until);
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
        String after = sentence.substring(m.end()).strip();
        return before.endsWith(",") && after.split("\\s+").length <= 6 && !after.matches("(?s).*\\bthat\\b.*");
    }

    /** A contrast after which the document's own voice resumes: not "but that", "but added", "but also". */
    private static final Pattern CONTRAST = Pattern.compile("[,;] (?:but|however|yet)(?:,)? (?!that\\b|also\\b|(?:"
            + VERBS + ")\\b)");

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
