package io.planwatch.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles a token carries in its MicroProfile JWT {@code groups} claim, as the identity provider spells them. */
public enum Role {
    /** A member department's system: pushes observations for its jurisdiction and those below it. */
    REPORTER("reporter"),
    /** 妇儿工委办: creates and edits the plans of its jurisdiction, their drafts, assessments, snapshots and locks. */
    PLAN_OWNER("plan-owner"),
    /** Reads plans, evaluations, warnings and observations of its jurisdiction and those below it. */
    READER("reader"),
    /** The reference data (jurisdictions, departments, indicators) and everything else, in every jurisdiction. */
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The name in the token's groups claim. */
    public String claim() {
        return claim;
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }

    @Override
    public String toString() {
        return claim;
    }
}
