package app.makegood.domain;

/** The five times in an incident's life, in the order they normally come. */
public enum Moment {
    /** It happened (the incident started). */
    STARTED,
    /** We found out, or were told. */
    DISCOVERED,
    /** Customers first heard from us. */
    TOLD,
    /** The service was restored, or the harm stopped (mitigated). */
    RESTORED,
    /** The mistake was put right for good. */
    RESOLVED
}
