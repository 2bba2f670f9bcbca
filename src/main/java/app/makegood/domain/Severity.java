package app.makegood.domain;

/** How badly customers were hurt. */
public enum Severity {
    MINOR, MODERATE, SEVERE
}
