package org.briefingengine.citation;

/**
 * Turns a plain catalogue alias into a regex: any run of spaces or hyphens matches spaces or hyphens
 * ("Secretary-General" = "Secretary General"), either apostrophe matches, a plural or possessive ending is
 * allowed ("Special Rapporteurs", "CERD's"), and the alias must stand as whole words. An alias written all in
 * capitals (an acronym) matches only in capitals; any other alias matches in any case.
 */
final class AliasRegex {

    private AliasRegex() {
    }

    static String of(String alias) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (c == ' ' || c == '-') {
                while (i + 1 < alias.length() && (alias.charAt(i + 1) == ' ' || alias.charAt(i + 1) == '-')) {
                    i++;
                }
                body.append("[\\s\\-\u2010\u2011\u2013]+");
            } else if (c == '\'' || c == '\u2019') {
                body.append("['\u2019]");
            } else if (Character.isLetterOrDigit(c)) {
                body.append(c);
            } else {
                body.append('\\').append(c);
            }
        }
        String start = Character.isLetterOrDigit(alias.charAt(0)) ? "\\b" : "";
        String end = Character.isLetterOrDigit(alias.charAt(alias.length() - 1)) ? "(?:['\u2019]s|s['\u2019]?)?\\b" : "";
        boolean acronym = alias.equals(alias.toUpperCase()) && alias.chars().anyMatch(Character::isLetter);
        return (acronym ? "(?:" : "(?i:") + start + body + end + ")";
    }
}
