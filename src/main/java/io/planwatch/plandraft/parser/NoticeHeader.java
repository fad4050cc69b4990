package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.DOCUMENT_NUMBER;
import static io.planwatch.plandraft.parser.ParsingRules.FULL_DATE;
import static io.planwatch.plandraft.parser.ParsingRules.ISSUED_LINE;
import static io.planwatch.plandraft.parser.ParsingRules.ISSUED_LINE_REACH;
import static io.planwatch.plandraft.parser.ParsingRules.ISSUER_BEFORE_NOTICE;
import static io.planwatch.plandraft.parser.ParsingRules.ISSUER_LINE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;

/**
 * The covering notice (印发…的通知) that precedes the plans in seeds 002 and 004: issuer, document number
 * and date apply to every plan it carries. A bare plan has no header and all three stay null.
 */
record NoticeHeader(String issuer, String documentNumber, LocalDate issueDate) {

    static NoticeHeader read(PlanTextParser.Lines lines, int firstTitleLine) {
        String issuer = null;
        String number = null;
        LocalDate date = null;
        for (int i = 1; i < firstTitleLine; i++) {
            String line = lines.at(i);
            if (number == null) {
                Matcher m = DOCUMENT_NUMBER.matcher(line);
                if (m.find()) {
                    number = m.group();
                }
            }
            Matcher notice = ISSUER_BEFORE_NOTICE.matcher(line);
            if (notice.find()) {
                issuer = notice.group("issuer");
            } else if (issuer == null && ISSUER_LINE.matcher(line).matches()) {
                issuer = line;
            }
            if (date == null) {
                date = date(line);
            }
        }
        if (firstTitleLine > 1 && date == null) {
            for (int i = Math.max(1, lines.count() - ISSUED_LINE_REACH); i <= lines.count(); i++) {
                if (ISSUED_LINE.matcher(lines.at(i)).find()) {
                    date = date(lines.at(i));
                }
            }
        }
        return new NoticeHeader(issuer, number, date);
    }

    private static LocalDate date(String line) {
        Matcher m = FULL_DATE.matcher(line);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
        } catch (DateTimeException e) {
            return null; // a misprinted date is no date
        }
    }
}
