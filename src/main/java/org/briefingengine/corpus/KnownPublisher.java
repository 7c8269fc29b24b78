package org.briefingengine.corpus;

/** A publisher the parser recognises in texts, with the name and source type it is reported under. */
record KnownPublisher(String name, String sourceType) {
}
