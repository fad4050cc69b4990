package io.planwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15 item 8: text a spreadsheet would take for a formula stays text in the workbooks PlanWatch writes. */
class WorkbooksTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "=HYPERLINK(\"http://x\",\"点击\")| true",
                "+1+1                             | true",
                "-2+3                             | true",
                "@SUM(A1)                         | true",
                "鹿寨县卫生健康局                 | false",
                "5‰以下=达标                      | false"
            })
    void formulaLikeTextIsQuotePrefixedAndKeptAsIs(String text, boolean quoted) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Workbooks styles = new Workbooks(book);
            XSSFRow row = book.createSheet("s").createRow(0);
            styles.text(row, 0, text, styles.text());
            styles.text(row, 1, text, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                for (int c = 0; c < 2; c++) {
                    XSSFCell cell = read.getSheetAt(0).getRow(0).getCell(c);
                    assertEquals(CellType.STRING, cell.getCellType());
                    assertEquals(text, cell.getStringCellValue());
                    assertEquals(quoted, cell.getCellStyle().getQuotePrefixed(), text);
                }
                assertEquals(
                        read.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getBorderTop(),
                        styles.text().getBorderTop());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"'\t=1', true", "'\r=1', true", "'', false"})
    void tabAndCarriageReturnLeadingCountToo(String text, boolean formula) {
        assertEquals(formula, Workbooks.formulaLike(text));
    }
}
