package io.planwatch.security;

import static io.planwatch.security.Role.ADMIN;
import static io.planwatch.security.Role.PLAN_OWNER;
import static io.planwatch.security.Role.READER;
import static io.planwatch.security.Role.REPORTER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may call which operation: one row per operationId of the contract, the only place roles are granted.
 * {@link AccessFilter} refuses an operation that has no row here (fail closed), the contract lists each operation's
 * roles from it, and {@code AccessControlTest} walks every served operation against it. Which jurisdictions a
 * caller reaches inside an allowed operation is {@link Caller#reaches}'s business, checked by the services.
 */
public final class AccessRules {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN_ONLY = EnumSet.of(ADMIN);
    private static final Set<Role> PLAN_READERS = EnumSet.of(READER, PLAN_OWNER, ADMIN);
    private static final Set<Role> PLAN_WRITERS = EnumSet.of(PLAN_OWNER, ADMIN);
    private static final Set<Role> DATA_READERS = EnumSet.of(READER, PLAN_OWNER, REPORTER, ADMIN);
    private static final Set<Role> PUSHERS = EnumSet.of(REPORTER, PLAN_OWNER, ADMIN);

    private static final Map<String, Set<Role>> RULES = new TreeMap<>(Map.ofEntries(
            // reference data: everyone reads the codes, the administrator keeps them
            Map.entry("listJurisdictions", EVERYONE),
            Map.entry("getJurisdiction", EVERYONE),
            Map.entry("createJurisdiction", ADMIN_ONLY),
            Map.entry("updateJurisdiction", ADMIN_ONLY),
            Map.entry("deleteJurisdiction", ADMIN_ONLY),
            Map.entry("listDepartments", EVERYONE),
            Map.entry("getDepartment", EVERYONE),
            Map.entry("createDepartment", ADMIN_ONLY),
            Map.entry("updateDepartment", ADMIN_ONLY),
            Map.entry("deleteDepartment", ADMIN_ONLY),
            Map.entry("listIndicators", EVERYONE),
            Map.entry("getIndicator", EVERYONE),
            Map.entry("createIndicator", ADMIN_ONLY),
            Map.entry("updateIndicator", ADMIN_ONLY),
            Map.entry("deleteIndicator", ADMIN_ONLY),
            // monitoring data: reporters push, everyone of the jurisdiction reads; a push record is its pusher's
            Map.entry("pushObservations", PUSHERS),
            Map.entry("listObservations", DATA_READERS),
            Map.entry("listObservationRevisions", DATA_READERS),
            Map.entry("listObservationPushes", PUSHERS),
            Map.entry("getObservationPush", PUSHERS),
            // plans and what hangs off them
            Map.entry("listPlans", PLAN_READERS),
            Map.entry("getPlan", PLAN_READERS),
            Map.entry("createPlan", PLAN_WRITERS),
            Map.entry("updatePlan", PLAN_WRITERS),
            Map.entry("deletePlan", PLAN_WRITERS),
            Map.entry("listDomains", PLAN_READERS),
            Map.entry("getDomain", PLAN_READERS),
            Map.entry("createDomain", PLAN_WRITERS),
            Map.entry("updateDomain", PLAN_WRITERS),
            Map.entry("deleteDomain", PLAN_WRITERS),
            Map.entry("listGoals", PLAN_READERS),
            Map.entry("getGoal", PLAN_READERS),
            Map.entry("createGoal", PLAN_WRITERS),
            Map.entry("updateGoal", PLAN_WRITERS),
            Map.entry("deleteGoal", PLAN_WRITERS),
            Map.entry("listTargets", PLAN_READERS),
            Map.entry("getTarget", PLAN_READERS),
            Map.entry("createTarget", PLAN_WRITERS),
            Map.entry("updateTarget", PLAN_WRITERS),
            Map.entry("deleteTarget", PLAN_WRITERS),
            Map.entry("listAssessments", PLAN_READERS),
            Map.entry("createAssessment", PLAN_WRITERS),
            Map.entry("createPlanDrafts", PLAN_WRITERS),
            Map.entry("getPlanDraft", PLAN_WRITERS),
            Map.entry("adoptPlanDraft", PLAN_WRITERS),
            // evaluation; a reporter sees which values its plans still lack
            Map.entry("evaluatePlan", PLAN_READERS),
            Map.entry("evaluateTarget", PLAN_READERS),
            Map.entry("listPlanWarnings", PLAN_READERS),
            Map.entry("compareImplementingPlans", PLAN_READERS),
            Map.entry("getReportingStatus", DATA_READERS),
            Map.entry("listSnapshots", PLAN_READERS),
            Map.entry("getSnapshot", PLAN_READERS),
            Map.entry("getSnapshotInputs", PLAN_READERS),
            Map.entry("createSnapshot", PLAN_WRITERS),
            // period locks: the plan owner freezes the data; a reporter reads why a row was LOCKED
            Map.entry("createPlanLock", PLAN_WRITERS),
            Map.entry("listPlanLocks", DATA_READERS),
            // reports are read like evaluations; a reporter downloads its department's template to fill in
            Map.entry("getPlanReport", PLAN_READERS),
            Map.entry("getSnapshotReport", PLAN_READERS),
            Map.entry("getDepartmentTemplate", DATA_READERS)));

    /**
     * The body variants of one contract operation: OpenAPI has one operation per path and method, so SmallRye merges
     * these resource methods into the first one's (pushObservations takes JSON, CSV and XLSX), while each Java method
     * keeps an operationId of its own (a shared one is a duplicate-operationId warning). They share its rule and limit.
     */
    private static final Map<String, String> VARIANTS = Map.of(
            "pushObservationsCsv", "pushObservations",
            "pushObservationsXlsx", "pushObservations");

    private AccessRules() {}

    /** The contract's operationId for a resource method's own. */
    public static String contractOperation(String operationId) {
        return VARIANTS.getOrDefault(operationId, operationId);
    }

    /** The roles that may call the operation; empty when it has no rule, which nobody may then call. */
    public static Optional<Set<Role>> rolesFor(String operationId) {
        return Optional.ofNullable(RULES.get(operationId));
    }

    /** Every rule, by operationId. */
    public static Map<String, Set<Role>> all() {
        return java.util.Collections.unmodifiableMap(RULES);
    }
}
