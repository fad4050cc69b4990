package io.planwatch.report;

import static io.planwatch.testing.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitoring report of the sample plan with four years of data, as a page and as a workbook. */
@QuarkusTest
class ReportResourceTest {

    static final String REPORT = "/api/v1/plans/" + SampleYears.PLAN + "/report";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeEach
    void data() {
        SampleYears.pushOnce();
    }

    static String html(String path) {
        return Api.json()
                .accept("text/html")
                .get(path)
                .then()
                .statusCode(200)
                .contentType("text/html")
                .extract()
                .asString();
    }

    @Test
    void htmlReportHasTitleSummaryWarningsCompletenessAndEveryDomainWithItsCharts() {
        String page = html(REPORT + "?asOf=2024");
        assertTrue(page.contains("<h1>鹿寨县儿童发展规划（2021—2030年）</h1>"), "title");
        assertTrue(page.contains("2024年度统计监测报告"));
        assertTrue(page.contains("一、总体情况") && page.contains("二、预警") && page.contains("三、数据报送情况（缺项）"));
        assertTrue(page.contains("截至2024年，规划112项目标中"));
        // Self-contained and printable: no scripts, nothing fetched from elsewhere.
        assertFalse(page.contains("<script"), "no JavaScript");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "nothing external");
        assertTrue(page.contains("@page"));

        JsonTargets e = JsonTargets.of(SampleYears.PLAN, 2024);
        // One section per domain, each with its table; one bar per domain in the summary.
        assertEquals(e.domains(), count(page, "<section class=\"domain\""));
        assertEquals(e.domains(), count(page, "<svg class=\"domain-bar\""));
        // The infant mortality row: baseline 2020, latest 2024, the change in ‰ points, the target, status in words.
        String imr = row(page, e.id("CH-HEALTH-IMR", "AT_MOST"));
        long imrId = e.id("CH-HEALTH-IMR", "AT_MOST");
        assertTrue(
                imr.contains("婴儿死亡率")
                        && imr.contains("2.41‰")
                        && imr.contains(e.latestYear(imrId) + "年")
                        && imr.contains("≤5‰"),
                imr);
        assertTrue(imr.contains("个千分点"), imr);
        assertTrue(imr.contains(e.statusWord("CH-HEALTH-IMR", "AT_MOST")), imr);
        // A percentage changes in percentage points.
        assertTrue(page.contains("个百分点"));
        // Every chart has one point per value the evaluation used, a target line when the target has a value.
        Matcher svg = Pattern.compile("<figure class=\"trend\" data-target=\"(\\d+)\">(.*?)</figure>", Pattern.DOTALL)
                .matcher(page);
        int charts = 0;
        while (svg.find()) {
            charts++;
            long id = Long.parseLong(svg.group(1));
            assertEquals(e.values(id), count(svg.group(2), "<circle class=\"point\""), "points of target " + id);
            assertEquals(e.hasValue(id), svg.group(2).contains("class=\"target\""), "target line of " + id);
        }
        assertEquals(e.charted(), charts);
        // The warnings come first: the 预警 section lists every target with a warning other than STALE.
        String alerts = page.substring(page.indexOf("二、预警"), page.indexOf("三、数据报送情况"));
        for (long id : e.alerted()) {
            assertTrue(alerts.contains("data-target=\"" + id + "\""), "alert of target " + id);
        }
        // 缺项: a line per lead department, naming the targets it has not reported for 2024.
        String completeness = page.substring(page.indexOf("三、数据报送情况"), page.indexOf("<section class=\"domain\""));
        assertTrue(completeness.contains("鹿寨县卫生健康局"), completeness);
    }

    @Test
    void midtermSnapshotReportIsTheMidTermEvaluationAndIgnoresLaterData() {
        long id = Api.json()
                .body(Map.of("kind", "MIDTERM", "asOf", 2023))
                .post("/api/v1/plans/" + SampleYears.PLAN + "/snapshots")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String path = "/api/v1/plans/" + SampleYears.PLAN + "/snapshots/" + id + "/report";
        String before = html(path);
        assertTrue(before.contains("中期评估报告（数据截至2023年）"), "mid-term title");
        assertTrue(before.contains("评估快照第" + id + "号"));
        byte[] xlsxBefore = xlsx(path);
        Api.json()
                .body(Map.of(
                        "source",
                        "report-test-late",
                        "observations",
                        List.of(Map.of(
                                "indicator",
                                "CH-HEALTH-IMR",
                                "jurisdiction",
                                "450223",
                                "period",
                                "2019",
                                "value",
                                4.9,
                                "status",
                                "FINAL"))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200);
        assertEquals(before, html(path), "frozen inputs only");
        assertTrue(xlsxBefore.length > 0);
    }

    @Test
    void workbookHasSummaryWarningsAndOneSheetPerDomainWithNumbersFormatsAndColours() throws IOException {
        JsonTargets e = JsonTargets.of(SampleYears.PLAN, 2024);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(REPORT + "?asOf=2024")))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals("总体情况", names.get(0));
            assertEquals("预警", names.get(1));
            assertEquals(e.domainSheetNames(), names.subList(2, names.size()));
            XSSFSheet health = book.getSheet(names.get(2));
            assertEquals(
                    ReportWorkbook.TARGET_COLUMNS.get(0),
                    health.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2, health.getPaneInformation().getHorizontalSplitPosition(), "header rows frozen");
            Row imr = find(health, e.id("CH-HEALTH-IMR", "AT_MOST"));
            assertNotNull(imr);
            Cell baseline = imr.getCell(4);
            assertEquals(CellType.NUMERIC, baseline.getCellType());
            assertEquals(2.41, baseline.getNumericCellValue(), 1e-9);
            assertEquals("General\"‰\"", baseline.getCellStyle().getDataFormatString());
            assertEquals(e.latestYear(e.id("CH-HEALTH-IMR", "AT_MOST")), (int)
                    imr.getCell(6).getNumericCellValue());
            assertEquals(5, imr.getCell(9).getNumericCellValue(), 1e-9);
            Cell status = imr.getCell(11);
            assertEquals(e.statusWord("CH-HEALTH-IMR", "AT_MOST"), status.getStringCellValue());
            assertNotNull(((XSSFCellStyle) status.getCellStyle()).getFillForegroundColorColor(), "status coloured");
            assertTrue(imr.getCell(14).getStringCellValue().contains("婴儿"), "the plan's clause");
        }
    }

    @Test
    void askingForJsonIsNotAcceptableAndAnUnknownPlanIsNotFound() {
        problem(Api.json().get(REPORT).then(), 406, "not-acceptable");
        problem(
                Api.json()
                        .accept("text/html")
                        .get("/api/v1/plans/no-such-plan/report")
                        .then(),
                404,
                "not-found");
        problem(Api.json().accept("text/html").get(REPORT + "?asOf=soon").then(), 400, "validation-failed");
    }

    static byte[] xlsx(String path) {
        Response r = Api.json().accept(XLSX).get(path);
        r.then().statusCode(200).contentType(XLSX);
        return r.asByteArray();
    }

    private static Row find(XSSFSheet sheet, long id) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.NUMERIC && (long) c.getNumericCellValue() == id) {
                return r;
            }
        }
        return null;
    }

    private static String row(String page, long id) {
        Matcher m = Pattern.compile(
                        "<section class=\"domain\".*?(<tr data-target=\"" + id + "\">.*?</tr>)", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), "row of target " + id);
        return m.group(1);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
