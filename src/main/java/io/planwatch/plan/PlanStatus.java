package io.planwatch.plan;

public enum PlanStatus {
    DRAFT,
    ADOPTED,
    ARCHIVED
}
