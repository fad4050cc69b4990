package io.planwatch.observation;

/** PROVISIONAL values may be replaced freely; a FINAL value is only replaced by another FINAL one. */
public enum ObservationStatus {
    PROVISIONAL,
    FINAL
}
