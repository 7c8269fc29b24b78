package org.briefingengine.bench;

/**
 * The heap figures of one JVM run, in bytes; 0 when the GC log had none.
 *
 * @param usedBeforeGc largest heap occupancy seen: before any collection, or at exit
 * @param liveAfterGc  largest occupancy right after a collection: the live set
 * @param committed    largest heap the JVM committed
 * @param collections  number of collections logged
 */
public record HeapPeak(long usedBeforeGc, long liveAfterGc, long committed, int collections) {
}
