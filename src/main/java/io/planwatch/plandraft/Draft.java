package io.planwatch.plandraft;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One plan as the parser read it from a text, stored as its JSON view until someone adopts it. */
@Entity
@Table(name = "plan_draft")
public class Draft extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** {@link DraftDto} without id, createdAt and adoptedPlan, which live in their own columns. */
    @Column(name = "draft", nullable = false)
    public String json;

    @Column(name = "adopted_plan")
    public String adoptedPlan;

    @Column(name = "adopted_at")
    public Instant adoptedAt;

    /** Who read the text in (the token's subject, department and jurisdiction: the draft is seen there and above). */
    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_department")
    public String actorDepartment;

    @Column(name = "actor_jurisdiction")
    public String actorJurisdiction;

    @Column(name = "adopted_by_subject")
    public String adoptedBySubject;

    @Column(name = "adopted_by_department")
    public String adoptedByDepartment;
}
