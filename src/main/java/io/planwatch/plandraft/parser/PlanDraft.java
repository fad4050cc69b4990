package io.planwatch.plandraft.parser;

import io.planwatch.vocabulary.Population;
import java.time.LocalDate;
import java.util.List;

/**
 * What the parser read from one plan. Metadata the text does not state is null.
 *
 * @param title            e.g. 鹿寨县儿童发展规划（2021—2030年）
 * @param jurisdictionName the most specific unit of the title (韶关市曲江区 gives 曲江区)
 * @param issuer           the issuing body of the covering notice (荔浦市人民政府), when there is one
 * @param documentNumber   e.g. 韶曲府办〔2022〕8号
 * @param issueDate        the notice's date, only when written with year, month and day
 * @param firstLine        1-based line where this plan's text starts (its title, or 1)
 * @param lastLine         1-based last line of this plan's text
 * @param unreadClauses    clauses with a number that made no target, in text order
 */
public record PlanDraft(
        String title,
        String jurisdictionName,
        Integer periodStart,
        Integer periodEnd,
        String issuer,
        String documentNumber,
        LocalDate issueDate,
        Population population,
        List<DraftDomain> domains,
        List<DraftTarget> targets,
        int firstLine,
        int lastLine,
        List<UnreadClause> unreadClauses) {

    public PlanDraft {
        domains = List.copyOf(domains);
        targets = List.copyOf(targets);
        unreadClauses = unreadClauses == null ? List.of() : List.copyOf(unreadClauses);
    }
}
