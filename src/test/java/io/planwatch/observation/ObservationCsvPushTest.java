package io.planwatch.observation;

import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The push as a spreadsheet export: the same checks and counts as JSON, and every error names its line. */
@QuarkusTest
class ObservationCsvPushTest {

    private String county;
    private String indicator;

    @BeforeEach
    void freshKeys() {
        county = Api.newCounty();
        indicator = Api.newIndicator("PERCENT", "SEX", "AREA", "AGE_GROUP");
    }

    private static Response csv(String text, String query) {
        return csv(text.getBytes(StandardCharsets.UTF_8), "text/csv", query);
    }

    private static Response csv(byte[] body, String contentType, String query) {
        return upload().contentType(contentType).body(body).post("/api/v1/observations?source=stat-xls" + query);
    }

    /** As curl sends it: REST Assured would otherwise add charset=ISO-8859-1 to a text/csv that names none. */
    private static io.restassured.specification.RequestSpecification upload() {
        return given().config(io.restassured.RestAssured.config()
                        .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .accept("application/json");
    }

    private int stored() {
        return given().queryParam("indicator", indicator)
                .queryParam("limit", 1000)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .extract()
                .<List<Integer>>path("items.id")
                .size();
    }

    @Test
    void fifteenSignificantDigitsFromAStatisticsPackageAreStoredAsSent() {
        String perMille = Api.newIndicator("PER_MILLE");
        csv(
                        "indicator,jurisdiction,period,value\n" + perMille + "," + county + ",2020,224.964704409885\n"
                                + perMille + "," + county + ",2021,0.0244992943774772\n" + perMille + "," + county
                                + ",2022,2.44992943774772E-2\n"
                                + perMille + "," + county + ",2023,0.02449929437747721\n",
                        "")
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("rejected", equalTo(1))
                .body("errors[0].code", equalTo("TOO_PRECISE"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("at most 15"));
        String body = given().queryParam("indicator", perMille)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                body.contains("\"value\":224.964704409885,")
                        && body.contains("\"value\":0.0244992943774772,")
                        && !body.contains("E-"),
                body);
    }

    @Test
    void aSpreadsheetOf3000RowsWithFourMistakesAppliesTheRestAndNamesEachLine() {
        StringBuilder text = new StringBuilder("indicator,jurisdiction,period,AGE_GROUP,value,status\n");
        for (int i = 0; i < 3000; i++) {
            String cells = indicator + "," + county + "," + (1995 + i % 30) + ",G" + (i / 30) + "," + (50 + i % 40)
                    + ".5,FINAL";
            switch (i) {
                case 17 -> cells = "CH-NO-SUCH," + county + ",2020,G0,50,FINAL"; // line 19
                case 999 -> cells = indicator + "," + county + ",2020,G999,150,FINAL"; // line 1001
                case 2000 -> cells = indicator + "," + county + ",二〇二〇,G999,50,FINAL"; // line 2002
                case 2999 ->
                    cells = indicator + "," + county + ",2021,G999,95‰,FINAL"; // line 3001: not this indicator's unit
                default -> {}
            }
            text.append(cells).append('\n');
        }
        csv(text.toString(), "")
                .then()
                .statusCode(200)
                .body("received", equalTo(3000))
                .body("created", equalTo(2996))
                .body("rejected", equalTo(4))
                .body("errors.index", contains(17, 999, 2000, 2999))
                .body("errors.line", contains(19, 1001, 2002, 3001))
                .body("errors.field", contains("indicator", "value", "period", "value"))
                .body("errors.code", contains("UNKNOWN_REFERENCE", "OUT_OF_RANGE", "INVALID_FORMAT", "INVALID_TYPE"))
                .body("errors[3].message", containsString("no unit sign but the indicator's own"));
        csv(text.toString(), "")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2996))
                .body("created", equalTo(0));
    }

    @Test
    void dimensionsAsTheirChineseLabelsAndValuesWithTheirUnitSignAreAccepted() {
        String text = "指标,行政区划,年份,城乡,性别,年龄组,数值,状态\n"
                + indicator + "," + county + ",2022,农村,女,,81.5%,FINAL\n"
                + indicator + "," + county + ",2022,城镇,男,,83,FINAL\n"
                + indicator + "," + county + ",2022,,,0-5岁,79.5,FINAL\n"
                + indicator + "," + county + ",2022,,,60岁及以上,70,FINAL\n";
        csv(text, "").then().statusCode(200).body("created", equalTo(4)).body("rejected", equalTo(0));
        given().queryParam("indicator", indicator)
                .queryParam("disaggregation", "AREA=RURAL,SEX=F")
                .get("/api/v1/observations")
                .then()
                .body("items", hasSize(1))
                .body("items[0].value", equalTo(81.5f));
        given().queryParam("indicator", indicator)
                .queryParam("disaggregation", "AREA=URBAN,SEX=M")
                .get("/api/v1/observations")
                .then()
                .body("items", hasSize(1));
        given().queryParam("indicator", indicator)
                .queryParam("disaggregation", "AGE_GROUP=0-5")
                .get("/api/v1/observations")
                .then()
                .body("items", hasSize(1));
        given().queryParam("indicator", indicator)
                .queryParam("disaggregation", "AGE_GROUP=60+")
                .get("/api/v1/observations")
                .then()
                .body("items", hasSize(1));
        // the same labels in a JSON row
        Api.json()
                .body(java.util.Map.of(
                        "source",
                        "wjw-mis",
                        "observations",
                        List.of(java.util.Map.of(
                                "indicator",
                                indicator,
                                "jurisdiction",
                                county,
                                "period",
                                "2023",
                                "disaggregation",
                                java.util.Map.of("AREA", "农村"),
                                "value",
                                80))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        // a word that is no label stays an error naming what is expected
        csv("indicator,jurisdiction,period,AREA,value\n" + indicator + "," + county + ",2022,山区,80\n", "&dryRun=true")
                .then()
                .statusCode(200)
                .body("errors[0].code", equalTo("INVALID_DIMENSION"));
    }

    @Test
    void rowErrorsAreChineseWhenTheCallerAsksForChineseOrUploadsFromABrowser() {
        byte[] text = ("indicator,jurisdiction,period,value\nCH-NO-SUCH," + county + ",2020,50\n")
                .getBytes(StandardCharsets.UTF_8);
        upload().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .contentType("text/csv")
                .body(text)
                .post("/api/v1/observations?source=stat-xls&dryRun=true")
                .then()
                .statusCode(200)
                .body("errors[0].code", equalTo("UNKNOWN_REFERENCE"))
                .body("errors[0].message", equalTo("指标“CH-NO-SUCH”不存在"));
        // a browser's upload form that names no language we speak: the clerk reads Chinese
        upload().header("Sec-Fetch-Mode", "cors")
                .header("Accept-Language", "fr")
                .contentType("text/csv")
                .body(text)
                .post("/api/v1/observations?source=stat-xls&dryRun=true")
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("指标“CH-NO-SUCH”不存在"));
        upload().header("Sec-Fetch-Mode", "cors")
                .header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5")
                .contentType("text/csv")
                .body(text)
                .post("/api/v1/observations?source=stat-xls&dryRun=true")
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("indicator 'CH-NO-SUCH' does not exist"));
        // another system's upload, no language asked: English
        csv(text, "text/csv", "&dryRun=true")
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("indicator 'CH-NO-SUCH' does not exist"));
    }

    @Test
    void aRefusedHeaderIsAChineseProblemForAChineseCaller() {
        problem(
                        upload().header("Accept-Language", "zh")
                                .contentType("text/csv")
                                .body("指标,行政区划,年份\n".getBytes(StandardCharsets.UTF_8))
                                .post("/api/v1/observations?source=stat-xls")
                                .then(),
                        400,
                        "validation-failed")
                .body("title", equalTo("请求无效"))
                .body("detail", equalTo("CSV 表头无效：表头缺少“value”列"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void chineseHeadersInGb18030AsExcelSavesThem() {
        String text = "指标,行政区划,年份,性别,城乡,数值,状态,备注\n"
                + indicator + "," + county + ",2022,F,,81.5,FINAL,女童\n"
                + indicator + "," + county + ",2022,,RURAL,78,FINAL,农村\n"
                + indicator + "," + county + ",2022,,,80,FINAL,合计\n";
        Charset gb = Charset.forName("GB18030");
        csv(text.getBytes(gb), "text/csv; charset=GB18030", "")
                .then()
                .statusCode(200)
                .body("created", equalTo(3));
        given().queryParam("indicator", indicator)
                .queryParam("disaggregation", "SEX=F")
                .get("/api/v1/observations")
                .then()
                .body("items[0].note", equalTo("女童"))
                .body("items[0].value", equalTo(81.5f))
                .body("items[0].source", equalTo("stat-xls"));
        given().queryParam("indicator", indicator)
                .queryParam("disaggregation", "total")
                .get("/api/v1/observations")
                .then()
                .body("items[0].value", equalTo(80));
    }

    @Test
    void aGb18030FileSentAsUtf8IsRefusedWithTheCharsetToUse() {
        String text = "指标,行政区划,年份,数值\n" + indicator + "," + county + ",2022,80\n";
        problem(csv(text.getBytes(Charset.forName("GB18030")), "text/csv", "").then(), 400, "validation-failed")
                .body("detail", containsString("charset=GB18030"));
        assertEquals(0, stored());
    }

    @Test
    void aByteOrderMarkQuotedCellsAndBlankLinesAreRead() {
        String text = "\uFEFFindicator,jurisdiction,period,value,note\n"
                + indicator + "," + county + ",2020,80,\"含逗号, 和\n换行的备注\"\n"
                + "\n"
                + ",,,,\n"
                + indicator + "," + county + ",2021,abc,\n";
        csv(text, "")
                .then()
                .statusCode(200)
                .body("received", equalTo(2))
                .body("created", equalTo(1))
                .body("errors[0].index", equalTo(1))
                .body("errors[0].line", equalTo(6));
        given().queryParam("indicator", indicator)
                .get("/api/v1/observations")
                .then()
                .body("items[0].note", equalTo("含逗号, 和\n换行的备注"));
    }

    @Test
    void windowsLineEndsAndARepeatedKeyNameTheirLines() {
        String text = "indicator,jurisdiction,period,value\r\n"
                + indicator + "," + county + ",2020,80\r\n"
                + indicator + "," + county + ",2021,81\r\n"
                + indicator + "," + county + ",2020,82\r\n";
        csv(text, "")
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("errors[0].line", equalTo(4))
                .body("errors[0].code", equalTo("DUPLICATE"))
                .body("errors[0].message", containsString("line 2"));
    }

    @Test
    void aWrongHeaderRefusesTheWholeFile() {
        String text =
                "indicator,jurisdiction,year,value,value,colour\n" + indicator + "," + county + ",2020,80,81,red\n";
        problem(csv(text, "").then(), 400, "validation-failed")
                .body("errors.code", contains("UNKNOWN_FIELD", "DUPLICATE", "UNKNOWN_FIELD", "REQUIRED"))
                .body("errors.line", hasItems(1))
                .body("errors[0].message", containsString("'year'"))
                .body("errors[3].message", containsString("'period'"));
        problem(csv("", "").then(), 400, "validation-failed").body("errors[0].field", equalTo("header"));
        assertEquals(0, stored());
    }

    @Test
    void aCellBeyondTheHeaderRefusesItsRow() {
        String text = "indicator,jurisdiction,period,value\n"
                + indicator + "," + county + ",2020,80\n"
                + indicator + "," + county + ",2021,81,多出的一格\n";
        csv(text, "")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"))
                .body("errors[0].field", equalTo("column 5 (the header names 4)"));
    }

    @Test
    void atomicDryRunAndIdempotencyWorkAsForJson() {
        String text = "indicator,jurisdiction,period,value\n" + indicator + "," + county + ",2020,80\n" + indicator
                + "," + county + ",2021,180\n";
        problem(csv(text, "&atomic=true").then(), 422, "import-rejected").body("errors[0].line", equalTo(3));
        csv(text, "&dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(1))
                .body("push", nullValue());
        assertEquals(0, stored());
        String key = "csv-" + Api.seq();
        upload().contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(text)
                .post("/api/v1/observations?source=stat-xls")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("errors[0].line", equalTo(3));
        upload().contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(text)
                .post("/api/v1/observations?source=stat-xls")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("created", equalTo(1))
                .body("errors[0].line", equalTo(3));
        assertEquals(1, stored());
    }

    @Test
    void theSourceIsRequiredAndRowsAreBounded() {
        problem(
                        upload().contentType("text/csv")
                                .body("indicator,jurisdiction,period,value\n")
                                .post("/api/v1/observations")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("source"));
        StringBuilder text = new StringBuilder("indicator,jurisdiction,period,value\n");
        for (int i = 0; i <= 10_000; i++) {
            text.append(indicator).append(',').append(county).append(",2020,1\n");
        }
        problem(csv(text.toString(), "").then(), 413, "payload-too-large");
        assertEquals(0, stored());
    }

    @Test
    void theContractDocumentsTheCsvPush() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/observations'.post.requestBody.content.'text/csv'",
                        org.hamcrest.Matchers.notNullValue())
                .body(
                        "paths.'/api/v1/observations'.post.requestBody.content.keySet()",
                        hasSize(3)); // JSON, CSV and XLSX
    }
}
