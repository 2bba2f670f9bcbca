package app.makegood.domain;

/** What kind of thing went wrong. Display names live in the UI resource bundle. */
public enum Category {
    OUTAGE, WRONG_ORDER, LATE_DELIVERY, BILLING_ERROR, QUALITY_DEFECT, DATA_PRIVACY, SERVICE_ATTITUDE, OTHER
}
