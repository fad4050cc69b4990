package io.planwatch.observation;

import io.planwatch.department.Department;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One create or change of an observation, appended by the importer and never updated or deleted: the old value
 * and status, and the whole new state (value, status, reporting department, note, source).
 */
@Entity
@Table(name = "observation_revision")
public class ObservationRevision extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "observation_id", nullable = false)
    public long observationId;

    @Column(name = "push_id")
    public Long pushId;

    @Column(name = "old_value")
    public BigDecimal oldValue;

    @Column(name = "new_value", nullable = false)
    public BigDecimal newValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status")
    public ObservationStatus oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false)
    public ObservationStatus newStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    public Department department;

    public String note;

    @Column(nullable = false)
    public String source;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Why a plan owner changed a value that period locks froze; null when no lock was overridden. */
    @Column(name = "lock_override_reason")
    public String lockOverrideReason;

    /** The plans whose locks the change overrode, comma-separated. */
    @Column(name = "lock_override_plans")
    public String lockOverridePlans;
}
