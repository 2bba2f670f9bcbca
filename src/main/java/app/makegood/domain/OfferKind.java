package app.makegood.domain;

/** The form a make-good offer takes. */
public enum OfferKind {
    REFUND, CREDIT, REPLACEMENT, UPGRADE, GIFT, OTHER
}
