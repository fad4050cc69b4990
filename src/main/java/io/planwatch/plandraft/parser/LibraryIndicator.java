package io.planwatch.plandraft.parser;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;
import java.util.List;

/** An indicator already in the shared library, as the matcher needs it: code, name, unit, polarity, synonyms. */
public record LibraryIndicator(String code, String name, Unit unit, Polarity polarity, List<String> synonyms) {
    public LibraryIndicator {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
