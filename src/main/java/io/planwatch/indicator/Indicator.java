package io.planwatch.indicator;

import io.planwatch.department.Department;
import io.planwatch.vocabulary.Dimension;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Polarity polarity;

    @Column(name = "min_value")
    public BigDecimal minValue;

    @Column(name = "max_value")
    public BigDecimal maxValue;

    @Column(name = "volatility_threshold")
    public BigDecimal volatilityThreshold;

    public String definition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_department_id")
    public Department sourceDepartment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_dimension", joinColumns = @JoinColumn(name = "indicator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "dimension")
    public Set<Dimension> dimensions = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_synonym", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "synonym")
    public Set<String> synonyms = new TreeSet<>();

    @Version
    public int version;

    public static Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The lowest valid value: the indicator's own bound, else its unit's natural one. */
    public BigDecimal effectiveMin() {
        return minValue != null ? minValue : unit.naturalMin();
    }

    public BigDecimal effectiveMax() {
        return maxValue != null ? maxValue : unit.naturalMax();
    }
}
