package io.planwatch.observation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The read model of a recorded push; {@link PushLog} writes it inside the push's own transaction. */
@Entity
@Table(name = "observation_push")
public class Push extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false)
    public String source;

    /** Who pushed: the token's subject and department claim (null for pushes from before access control). */
    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_department")
    public String actorDepartment;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public int received;
    public int created;
    public int updated;
    public int unchanged;
    public int rejected;

    /** The summary answered, as JSON: the rows' errors are read back from it. */
    public String summary;

    @Column(name = "pushed_at", nullable = false)
    public Instant pushedAt;
}
