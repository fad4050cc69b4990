package io.planwatch.plan;

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
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A domain (领域) of a plan, addressed by its order inside the plan. */
@Entity
@Table(name = "plan_domain")
public class Domain extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(name = "ord", nullable = false)
    public int order;

    @Column(nullable = false)
    public String name;

    @Version
    public int version;

    public static Optional<Domain> find(Plan plan, int order) {
        return find("plan = ?1 and order = ?2", plan, order).firstResultOptional();
    }

    public static List<Domain> ofPlan(Plan plan) {
        return list("plan = ?1 order by order", plan);
    }
}
