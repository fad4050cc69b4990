package io.planwatch.lock;

import io.planwatch.plan.Plan;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A plan's data frozen for every year up to {@code throughYear}: the values of the indicators its targets read, in
 * its jurisdiction and those below it (see {@link LockedKeys}). Never updated or deleted.
 */
@Entity
@Table(name = "plan_lock")
public class PeriodLock extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(name = "through_year", nullable = false)
    public int throughYear;

    public String reason;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_department")
    public String actorDepartment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
