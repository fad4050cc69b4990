package io.planwatch.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a department fills in for a plan and a year: one row per indicator × jurisdiction × disaggregation its led
 * targets need, with last year's value for reference and the range a value may take.
 *
 * @param dimensions the dimension columns the rows use (SEX, AREA …), in the order of the sheet
 */
record DepartmentTemplate(
        String department,
        String departmentName,
        String plan,
        String planTitle,
        int year,
        List<String> dimensions,
        List<Row> rows) {

    /** @param disaggregation dimension → code, empty for the total */
    record Row(
            String indicator,
            String indicatorName,
            String unit,
            String jurisdiction,
            String jurisdictionName,
            java.util.Map<String, String> disaggregation,
            BigDecimal lastYear,
            BigDecimal min,
            BigDecimal max) {}
}
