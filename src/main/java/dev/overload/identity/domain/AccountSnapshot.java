package dev.overload.identity.domain;

import dev.overload.identity.WeightUnit;

record AccountSnapshot(boolean active, WeightUnit weightUnit) {

    static final AccountSnapshot MISSING = new AccountSnapshot(false, WeightUnit.KG);
}
