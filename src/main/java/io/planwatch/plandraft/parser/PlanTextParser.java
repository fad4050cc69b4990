package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.PLAN_TITLE;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the plain text of a plan (or of a notice carrying several plans) into one {@link PlanDraft} per plan.
 * Pure function: no I/O, no clock, no framework. The caller decides what to do with a draft that has no
 * domains or no targets (the endpoint answers 422).
 */
public final class PlanTextParser {

    /** Normalised lines with their 1-based numbers; bookmarks kept apart because they may hold headings. */
    record Lines(List<String> text, List<String> bookmarks) {
        int count() {
            return text.size();
        }

        /** 1-based. */
        String at(int line) {
            return text.get(line - 1);
        }

        String bookmarkAt(int line) {
            return bookmarks.get(line - 1);
        }
    }

    public List<PlanDraft> parse(String text) {
        Lines lines = read(text == null ? "" : text);
        List<Integer> titles = new ArrayList<>();
        for (int i = 1; i <= lines.count(); i++) {
            if (PLAN_TITLE.matcher(lines.at(i)).matches()) {
                titles.add(i);
            }
        }
        NoticeHeader header = NoticeHeader.read(lines, titles.isEmpty() ? 1 : titles.get(0));
        List<PlanDraft> drafts = new ArrayList<>();
        if (titles.isEmpty()) {
            drafts.add(PlanReader.read(lines, 1, lines.count(), header));
            return drafts;
        }
        for (int t = 0; t < titles.size(); t++) {
            int last = t + 1 < titles.size() ? titles.get(t + 1) - 1 : lines.count();
            drafts.add(PlanReader.read(lines, titles.get(t), last, header));
        }
        return drafts;
    }

    static Lines read(String text) {
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        // a final line break ends the last line; it does not start one more
        int count = raw.length > 1 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
        List<String> normalized = new ArrayList<>(count);
        List<String> bookmarks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            normalized.add(TextNormalizer.normalize(raw[i]));
            bookmarks.add(TextNormalizer.bookmarkText(raw[i]));
        }
        return new Lines(List.copyOf(normalized), List.copyOf(bookmarks));
    }
}
