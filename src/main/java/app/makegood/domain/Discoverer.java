package app.makegood.domain;

/** Who noticed the problem first: the headline question of "get there first". */
public enum Discoverer {
    US, CUSTOMER, SOMEONE_ELSE
}
