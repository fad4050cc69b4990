package io.planwatch.report;

import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The department template: downloaded, filled in as a clerk would, pushed back, and the values are stored. */
@QuarkusTest
class TemplateRoundTripTest {

    private static final String XLSX = ReportResourceTest.XLSX;
    private static final String HEALTH = "450223-WJ";

    static byte[] template(String department, int year) {
        Response r = Api.json()
                .accept(XLSX)
                .get("/api/v1/departments/" + department + "/template?plan=luzhai-children&year=" + year);
        r.then().statusCode(200).contentType(XLSX);
        return r.asByteArray();
    }

    static Map<String, Integer> columns(XSSFSheet sheet) {
        Map<String, Integer> c = new HashMap<>();
        sheet.getRow(0).forEach(cell -> c.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return c;
    }

    static String text(Row row, Integer column) {
        Cell c = column == null ? null : row.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }

    @Test
    void templateListsEverySeriesTheDepartmentLeadsWithLastYearsValueAndValidation() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template(HEALTH, 2021)))) {
            assertEquals("填报表", book.getSheetName(0));
            XSSFSheet sheet = book.getSheetAt(0);
            Map<String, Integer> col = columns(sheet);
            for (String header : List.of("指标代码", "指标名称", "单位", "行政区划代码", "年份", "城乡", "上年数值", "数值", "状态", "填报单位")) {
                assertTrue(col.containsKey(header), header);
            }
            List<String> immunisation = new ArrayList<>();
            Row imr = null;
            List<String> imrAreas = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                assertEquals(2021, (int) row.getCell(col.get("年份")).getNumericCellValue());
                String indicator = text(row, col.get("指标代码"));
                if (indicator.equals("CH-HEALTH-IMMUN")) {
                    immunisation.add(text(row, col.get("行政区划代码")));
                }
                if (indicator.equals("CH-HEALTH-IMR")
                        && text(row, col.get("行政区划代码")).equals("450223")) {
                    imrAreas.add(text(row, col.get("城乡")));
                    if (text(row, col.get("城乡")).isEmpty()) {
                        imr = row;
                    }
                }
            }
            // 以乡镇为单位: the county and each of its nine townships.
            assertTrue(immunisation.contains("450223"));
            assertEquals(10, immunisation.size(), immunisation.toString());
            assertTrue(immunisation.contains("450223202"));
            // The infant mortality total and, for its urban–rural gap target, both groups.
            assertTrue(imrAreas.containsAll(List.of("", "URBAN", "RURAL")), imrAreas.toString());
            assertNotNull(imr);
            assertEquals(
                    2.41,
                    imr.getCell(col.get("上年数值")).getNumericCellValue(),
                    1e-9,
                    "2020's value for the 2021 template");
            assertEquals("‰", text(imr, col.get("单位")));
            List<? extends DataValidation> rules = sheet.getDataValidations();
            assertTrue(
                    rules.stream()
                            .anyMatch(v -> v.getValidationConstraint()
                                            .getFormula1()
                                            .equals("0")
                                    && "1000".equals(v.getValidationConstraint().getFormula2())),
                    "‰ values validated to 0–1000");
        }
    }

    @Test
    void filledTemplatePushesBackAndItsValuesAreStored() throws IOException {
        int year = 2019;
        byte[] filled;
        List<String[]> expected = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template(HEALTH, year)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Map<String, Integer> col = columns(sheet);
            int n = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || n == 6 || !text(row, col.get("城乡")).isEmpty()) {
                    continue;
                }
                String range = text(row, col.get("取值范围"));
                double value = range.endsWith("100") ? 91.5 : 3.25;
                row.getCell(col.get("数值")).setCellValue(value);
                row.getCell(col.get("状态")).setCellValue("FINAL");
                expected.add(new String[] {
                    text(row, col.get("指标代码")),
                    text(row, col.get("行政区划代码")),
                    BigDecimal.valueOf(value).toPlainString()
                });
                n++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }
        Api.json()
                .contentType(XLSX)
                .body(filled)
                .post("/api/v1/observations?source=template-test")
                .then()
                .statusCode(200)
                .body("received", equalTo(expected.size()))
                .body("rejected", equalTo(0));
        for (String[] e : expected) {
            Api.json()
                    .get("/api/v1/observations?indicator=" + e[0] + "&jurisdiction=" + e[1] + "&from=" + year + "&to="
                            + year + "&disaggregation=total")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].value", equalTo(Float.parseFloat(e[2])))
                    .body("items[0].status", equalTo("FINAL"));
        }
        // Pushed again: nothing changes.
        Api.json()
                .contentType(XLSX)
                .body(filled)
                .post("/api/v1/observations?source=template-test")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(expected.size()));
    }

    @Test
    void unknownDepartmentOrPlanIsNotFoundAndADepartmentLeadingNothingIsUnprocessable() {
        problem(
                Api.json()
                        .accept(XLSX)
                        .get("/api/v1/departments/NO-SUCH/template?plan=luzhai-children&year=2024")
                        .then(),
                404,
                "not-found");
        problem(
                Api.json()
                        .accept(XLSX)
                        .get("/api/v1/departments/" + HEALTH + "/template?plan=no-such&year=2024")
                        .then(),
                404,
                "not-found");
        problem(
                Api.json()
                        .accept(XLSX)
                        .get("/api/v1/departments/" + HEALTH + "/template?year=2024")
                        .then(),
                400,
                "validation-failed");
        problem(
                Api.json()
                        .accept(XLSX)
                        .get("/api/v1/departments/450223-TJ/template?plan=luzhai-children&year=2024")
                        .then(),
                422,
                "unprocessable");
    }
}
