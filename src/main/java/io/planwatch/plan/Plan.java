package io.planwatch.plan;

import io.planwatch.jurisdiction.Jurisdiction;
import io.planwatch.vocabulary.Population;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id")
    public Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Population population;

    @Column(name = "period_start", nullable = false)
    public int periodStart;

    @Column(name = "period_end", nullable = false)
    public int periodEnd;

    @Column(name = "baseline_year", nullable = false)
    public int baselineYear;

    @Column(name = "midterm_year")
    public Integer midtermYear;

    public String issuer;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_plan_id")
    public Plan parentPlan;

    @Version
    public int version;

    public static Optional<Plan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
