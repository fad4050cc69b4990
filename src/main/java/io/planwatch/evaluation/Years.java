package io.planwatch.evaluation;

import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Messages;
import io.planwatch.common.ProblemException;

/**
 * Query parameters that name a year: "2025x" and 1800 answer the same 400, naming the field and the years allowed.
 */
public final class Years {
    static final int MIN = 1990;
    static final int MAX = 2100;

    private Years() {}

    /** @return the year, or null when absent */
    public static Integer parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(raw.strip());
            if (year >= MIN && year <= MAX) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(
                field,
                FieldErrorCode.INVALID_FORMAT,
                field + " must be a year from " + MIN + " to " + MAX + ", was '" + raw + "'");
    }

    public static int require(String field, String raw) {
        Integer year = parse(field, raw);
        if (year == null) {
            throw ProblemException.invalid(
                    field,
                    FieldErrorCode.REQUIRED,
                    field + " is required: the year to report on, e.g. " + field + "=2024");
        }
        return year;
    }

    /**
     * A year an evaluation of the plan can speak of: from its baseline year to its period end. Before the baseline there
     * is nothing to measure progress from; after the end the plan promises nothing. A 400 that states the plan's years.
     */
    static int withinPlan(String field, int year, PlanInputs.PlanRef plan) {
        if (year < plan.baselineYear() || year > plan.periodEnd()) {
            throw ProblemException.invalid(
                    field,
                    FieldErrorCode.OUT_OF_RANGE,
                    Messages.text(
                            "evaluation.yearOutsidePlan",
                            field,
                            year,
                            plan.code(),
                            plan.baselineYear(),
                            plan.periodEnd()));
        }
        return year;
    }
}
