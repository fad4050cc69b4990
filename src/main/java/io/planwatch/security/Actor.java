package io.planwatch.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who did something, as the bearer token said: its subject and department claim (null when it has none). */
@Schema(name = "Actor", description = "Who did it: the subject and department of the bearer token")
public record Actor(
        @Schema(
                required = true,
                description = "The token's subject: a person or a department's system",
                examples = "wjw-mis")
        String subject,

        @Schema(
                required = true,
                nullable = true,
                description = "The token's department claim; null when it has none",
                examples = "450223-WJ")
        String department) {

    /** What the service does by itself (the sample data of the local run). */
    public static final Actor SYSTEM = new Actor("planwatch", null);

    /** For reading stored columns back: no subject, no actor (rows from before access control). */
    public static Actor of(String subject, String department) {
        return subject == null ? null : new Actor(subject, department);
    }
}
