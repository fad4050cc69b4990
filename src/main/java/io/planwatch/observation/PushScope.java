package io.planwatch.observation;

import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Messages;
import io.planwatch.department.Department;
import io.planwatch.observation.RowValidator.ValidRow;
import io.planwatch.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps a push to what its caller may report: rows of jurisdictions outside the caller's reach are OUT_OF_SCOPE,
 * and a row's reporting department is the token's; a row (or batch default) naming another department is
 * NOT_OWN_DEPARTMENT. An administrator, and the service itself, may report for anyone.
 */
final class PushScope {

    private PushScope() {}

    static List<ValidRow> keep(
            Caller caller, List<ValidRow> rows, List<RowValidator.Cells> cells, List<FieldError> errors) {
        if (caller == null || caller.reachesEverything()) {
            return rows;
        }
        Long own = caller.department() == null
                ? null
                : Department.findByCode(caller.department()).map(d -> d.id).orElse(null);
        List<ValidRow> kept = new ArrayList<>(rows.size());
        for (ValidRow row : rows) {
            if (!caller.reaches(row.jurisdictionId())) {
                String code = row.index() < cells.size() && cells.get(row.index()) != null
                        ? cells.get(row.index()).jurisdiction()
                        : "?";
                errors.add(new FieldError(
                        row.index(),
                        "jurisdiction",
                        FieldErrorCode.OUT_OF_SCOPE,
                        Messages.text("row.outOfScope", code, caller.jurisdiction())));
            } else if (row.departmentId() != null && !Objects.equals(row.departmentId(), own)) {
                errors.add(new FieldError(
                        row.index(),
                        "department",
                        FieldErrorCode.NOT_OWN_DEPARTMENT,
                        Messages.text(
                                "row.notOwnDepartment", caller.department() == null ? "-" : caller.department())));
            } else {
                kept.add(
                        row.departmentId() != null || own == null
                                ? row
                                : new ValidRow(
                                        row.index(),
                                        row.indicatorId(),
                                        row.jurisdictionId(),
                                        row.period(),
                                        row.disaggregation(),
                                        row.value(),
                                        row.status(),
                                        own,
                                        row.note()));
            }
        }
        return kept;
    }
}
