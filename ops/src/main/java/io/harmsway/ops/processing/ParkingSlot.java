package io.harmsway.ops.processing;

/**
 * Where the dead-letter queue leaves the parking of the event being handled, to be done once that
 * event's own work is rolled back: the enqueue must run in the batch's healthy transaction, not
 * behind the savepoint it is about to undo. A resource of the event's unit of work.
 */
final class ParkingSlot {

    static final String RESOURCE = ParkingSlot.class.getName();

    private final String processorName;
    private Runnable parking;

    ParkingSlot(String processorName) {
        this.processorName = processorName;
    }

    /**
     * Rolling back the event's work undoes what every processing group of the processor did with
     * it, so a group that shares its processor with others cannot park it alone.
     */
    void hold(String processingGroup, Runnable parking) {
        if (!processingGroup.equals(processorName)) {
            throw new IllegalStateException("Processing group " + processingGroup + " runs in processor "
                    + processorName + ": parking an event there would undo what the processor's other groups did"
                    + " with it. Give each processing group a processor of its own.");
        }
        this.parking = parking;
    }

    boolean isHeld() {
        return parking != null;
    }

    void park() {
        parking.run();
    }
}
