package io.planwatch.common;

import java.util.List;
import java.util.Map;

/**
 * Mass assignment: a body that sets a field the caller may not set (an id, a time, who recorded it, the status an
 * adoption gives) is refused with a 400 naming each such field, instead of having them silently ignored or taken.
 */
public final class ReadOnlyFields {

    private ReadOnlyFields() {}

    /** Refuses the request when any field mapped to true was sent. */
    public static void refuse(Map<String, Boolean> sent) {
        List<FieldError> errors = sent.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .sorted()
                .map(field -> FieldError.of(field, FieldErrorCode.READ_ONLY, Messages.text("field.readOnly", field)))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    Messages.text(
                            "field.readOnlySet",
                            String.join(
                                    ", ", errors.stream().map(FieldError::field).toList())),
                    errors);
        }
    }
}
