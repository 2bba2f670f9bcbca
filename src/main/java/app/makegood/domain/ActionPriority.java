package app.makegood.domain;

/** How urgent a corrective action is; an action may have none recorded (the form before it was kept). */
public enum ActionPriority {
    HIGH, MEDIUM, LOW
}
