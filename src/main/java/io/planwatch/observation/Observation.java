package io.planwatch.observation;

import io.planwatch.department.Department;
import io.planwatch.indicator.Indicator;
import io.planwatch.jurisdiction.Jurisdiction;
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
 * The read model of a monitoring value. Writes never go through this entity: {@link ObservationImporter} writes
 * batches with set-based JDBC.
 */
@Entity
@Table(name = "observation")
public class Observation extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id")
    public Jurisdiction jurisdiction;

    @Column(nullable = false)
    public int period;

    @Column(nullable = false)
    public String disaggregation;

    @Column(name = "obs_value", nullable = false)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObservationStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    public Department department;

    @Column(nullable = false)
    public String source;

    public String note;

    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
