package dev.overload.identity.domain;

import dev.overload.shared.units.WeightUnit;

/** What each request needs of its caller's account: whether it may still act, and its weight unit. */
public record AccountSnapshot(boolean active, WeightUnit weightUnit) {

    static final AccountSnapshot MISSING = new AccountSnapshot(false, WeightUnit.KG);
}
