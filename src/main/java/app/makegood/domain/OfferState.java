package app.makegood.domain;

/** Where an offer to one customer stands. */
public enum OfferState {
    NOT_OFFERED, OFFERED, ACCEPTED, DECLINED
}
