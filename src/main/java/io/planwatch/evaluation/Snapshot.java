package io.planwatch.evaluation;

import io.planwatch.plan.Plan;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A frozen evaluation. The evaluation and its inputs are kept as the exact bytes first served: a published report
 * must reproduce byte for byte, whatever later changes to data, rules or serialization.
 */
@Entity
@Table(name = "evaluation_snapshot")
public class Snapshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SnapshotKind kind;

    @Column(name = "as_of", nullable = false)
    public int asOf;

    @Column(name = "inputs_hash", nullable = false, columnDefinition = "CHAR(64)")
    public String inputsHash;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "evaluation_json", nullable = false, columnDefinition = "LONGBLOB")
    public byte[] evaluation;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "inputs_json", nullable = false, columnDefinition = "LONGBLOB")
    public byte[] inputs;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Who did it: the token's subject and department claim (null for rows from before access control). */
    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_department")
    public String actorDepartment;
}
