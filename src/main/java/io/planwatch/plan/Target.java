package io.planwatch.plan;

import io.planwatch.department.Department;
import io.planwatch.indicator.Indicator;
import io.planwatch.vocabulary.Level;
import io.planwatch.vocabulary.ScopeType;
import io.planwatch.vocabulary.TargetKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One measurable promise of a plan on one indicator (目标值). */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id")
    public Domain domain;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    public Goal goal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetKind kind;

    @Column(name = "target_value")
    public BigDecimal value;

    @Column(name = "strict_comparison", nullable = false)
    public boolean strict;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @Column(nullable = false)
    public boolean maintain;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false)
    public ScopeType scopeType;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_level")
    public Level scopeLevel;

    /** Canonical key, see {@link io.planwatch.indicator.Disaggregation}; "" for the total. */
    @Column(nullable = false)
    public String disaggregation;

    @Column(name = "gap_dimension")
    public String gapDimension;

    @Column(name = "gap_a")
    public String gapA;

    @Column(name = "gap_b")
    public String gapB;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "change_pct")
    public BigDecimal changePct;

    public BigDecimal tolerance;

    /** ANNUAL_CHANGE: the signed change a year in the indicator's unit (percentage points for a percentage). */
    @Column(name = "change_per_year")
    public BigDecimal changePerYear;

    /** AT_LEAST_REFERENCE / APPROX_REFERENCE: the indicator compared with, same jurisdiction and year. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reference_indicator_id")
    public Indicator referenceIndicator;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "target_milestone", joinColumns = @JoinColumn(name = "target_id"))
    @OrderBy("year")
    public List<Milestone> milestones = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_department_id")
    public Department leadDepartment;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "target_cooperating_department",
            joinColumns = @JoinColumn(name = "target_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    public Set<Department> cooperatingDepartments = new LinkedHashSet<>();

    @Column(name = "source_text")
    public String sourceText;

    @Column(name = "source_line")
    public Integer sourceLine;

    @Version
    public int version;
}
