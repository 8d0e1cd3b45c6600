package dev.overload.identity.domain;

/** The unit weights are shown in; they are stored in kilograms. */
public enum WeightUnit {
    KG,
    LB
}
