package io.planwatch.observation;

import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The push as a workbook: the same rows and summary as CSV, and a clear 4xx for everything a workbook can hold and a CSV cannot. */
@QuarkusTest
class ObservationXlsxPushTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADER = List.of("indicator", "jurisdiction", "period", "SEX", "value", "status");

    private String county;
    private String indicator;

    @BeforeEach
    void freshKeys() {
        county = Api.newCounty();
        indicator = Api.newIndicator("PERCENT", "SEX");
    }

    private static Response push(byte[] body, String query) {
        return Api.json().contentType(XLSX).body(body).post("/api/v1/observations?source=stat-xlsx" + query);
    }

    /** A workbook whose sheet "数据" has the header and {@code rows} rows of this test's indicator; {@code change} edits it. */
    private byte[] workbook(int rows, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("数据");
            XSSFRow head = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(indicator);
                row.createCell(1).setCellValue(county);
                row.createCell(2).setCellValue(2000 + r);
                row.createCell(3).setCellValue(r % 2 == 0 ? "F" : "");
                row.createCell(4).setCellValue(50 + r * 0.1);
                row.createCell(5).setCellValue("FINAL");
            }
            change.accept(book);
            return bytes(book);
        }
    }

    private static byte[] bytes(org.apache.poi.ss.usermodel.Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    @Test
    void aWorkbookPushesLikeACsvAndEachErrorNamesSheetRowAndCell() throws IOException {
        byte[] body = workbook(20, book -> {
            XSSFSheet s = book.getSheetAt(0);
            s.getRow(5).getCell(4).setCellValue(150); // E6: out of 0–100
            s.getRow(9).getCell(0).setCellValue("CH-NO-SUCH"); // A10
            s.getRow(12).getCell(3).setCellValue("X"); // D13: not a SEX code
        });
        push(body, "")
                .then()
                .statusCode(200)
                .body("received", equalTo(20))
                .body("created", equalTo(17))
                .body("rejected", equalTo(3))
                .body("errors.sheet", equalTo(List.of("数据", "数据", "数据")))
                .body("errors.line", equalTo(List.of(6, 10, 13)))
                .body("errors.cell", equalTo(List.of("E6", "A10", "D13")))
                .body("errors.code", equalTo(List.of("OUT_OF_RANGE", "UNKNOWN_REFERENCE", "INVALID_DIMENSION")));
        push(body, "").then().statusCode(200).body("unchanged", equalTo(17));
        Api.json()
                .get("/api/v1/observations?indicator=" + indicator + "&from=2001&to=2001")
                .then()
                .statusCode(200)
                .body("items[0].value", equalTo(50.1f));
    }

    @Test
    void theSheetParameterPicksASheetAndAnUnknownOneIsRefused() throws IOException {
        byte[] body = workbook(3, book -> {
            book.setSheetOrder("数据", 0);
            book.createSheet("封面");
            book.setSheetOrder("封面", 0);
        });
        problem(push(body, "").then(), 400, "validation-failed").body("detail", containsString("封面"));
        push(body, "&sheet=数据").then().statusCode(200).body("created", equalTo(3));
        problem(push(body, "&sheet=nope").then(), 400, "validation-failed")
                .body("errors[0].code", equalTo("UNKNOWN_VALUE"));
    }

    @Test
    void formulasAreReadByTheirSavedResultAndRefusedWithoutOne() throws IOException {
        byte[] cached = workbook(2, book -> {
            book.getSheetAt(0).getRow(1).getCell(4).setCellFormula("40+2.5");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
        });
        push(cached, "").then().statusCode(200).body("created", equalTo(2));
        Api.json()
                .get("/api/v1/observations?indicator=" + indicator + "&from=2001&to=2001")
                .then()
                .statusCode(200)
                .body("items[0].value", equalTo(42.5f));
        byte[] uncached = workbook(2, book -> {
            XSSFRow row = book.getSheetAt(0).getRow(2);
            row.removeCell(
                    row.getCell(4)); // a new cell: a formula set on the old one would keep its number as the result
            row.createCell(4).setCellFormula("40+2.5");
        });
        problem(push(uncached, "").then(), 400, "malformed-xlsx")
                .body("errors[0].code", equalTo("INVALID_FORMAT"))
                .body("errors[0].cell", equalTo("E3"))
                .body("errors[0].sheet", equalTo("数据"));
    }

    @Test
    void aDateWhereAYearBelongsIsRefusedNamingTheCell() throws IOException {
        byte[] body = workbook(3, book -> {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var cell = book.getSheetAt(0).getRow(2).getCell(2);
            cell.setCellValue(LocalDate.of(2024, 1, 1));
            cell.setCellStyle(date);
        });
        problem(push(body, "").then(), 400, "malformed-xlsx")
                .body("errors[0].code", equalTo("INVALID_TYPE"))
                .body("errors[0].cell", equalTo("C3"))
                .body("detail", containsString("2024-01-01"));
    }

    @Test
    void mergedCellsInTheRowsAreRefused() throws IOException {
        byte[] body = workbook(4, book -> book.getSheetAt(0).addMergedRegion(new CellRangeAddress(1, 2, 0, 0)));
        problem(push(body, "").then(), 400, "malformed-xlsx")
                .body("errors[0].code", equalTo("INVALID_FORMAT"))
                .body("detail", containsString("A2:A3"));
    }

    @Test
    void whatIsNoWorkbookGetsAClearAnswer() throws IOException {
        problem(push("indicator,value\n".getBytes(StandardCharsets.UTF_8), "").then(), 400, "malformed-xlsx")
                .body("detail", containsString("not an .xlsx"));
        problem(push(new byte[0], "").then(), 400, "malformed-xlsx");
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("indicator");
            problem(push(bytes(xls), "").then(), 400, "malformed-xlsx").body("detail", containsString(".xls"));
        }
        // A zip that is not a workbook (a zipped text file).
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        problem(push(zip.toByteArray(), "").then(), 400, "malformed-xlsx");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedSayingSo() throws Exception {
        byte[] plain = workbook(2, book -> {});
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
                OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        problem(push(out.toByteArray(), "").then(), 400, "malformed-xlsx").body("detail", containsString("password"));
    }

    @Test
    void aZipBombIsRefusedUnread() throws IOException {
        byte[] plain = workbook(2, book -> {});
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros); // 200 MB of zeros, about 200 KB compressed
            }
        }
        problem(push(bomb.toByteArray(), "").then(), 400, "malformed-xlsx").body("detail", containsString("zip bomb"));
    }

    @Test
    void aCellLongerThanAnyFieldIsRefused() throws IOException {
        byte[] body =
                workbook(2, book -> book.getSheetAt(0).getRow(2).createCell(6).setCellValue("备".repeat(1200)));
        problem(push(body, "").then(), 400, "malformed-xlsx").body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void readingStopsPastTheRowLimit() throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = book.createSheet("数据");
            var head = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 1; r <= 10_001; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(indicator);
                row.createCell(1).setCellValue(county);
                row.createCell(2).setCellValue(2000);
                row.createCell(4).setCellValue(r % 100);
            }
            problem(push(bytes(book), "").then(), 413, "payload-too-large");
        }
    }
}
