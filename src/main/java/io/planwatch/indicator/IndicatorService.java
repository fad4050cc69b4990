package io.planwatch.indicator;

import io.planwatch.common.Cursor;
import io.planwatch.common.ETags;
import io.planwatch.common.Page;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.department.Department;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.TreeSet;

@ApplicationScoped
public class IndicatorService {

    private final EntityManager em;

    public IndicatorService(EntityManager em) {
        this.em = em;
    }

    public Indicator get(String code) {
        return Indicator.findByCode(code).orElseThrow(() -> ProblemException.notFound("indicator", code));
    }

    public Page<IndicatorDto> list(String name, Unit unit, Polarity polarity, int limit, String cursor) {
        String after = Cursor.decode(cursor);
        StringBuilder where = new StringBuilder("i.code > :after");
        Parameters params = Parameters.with("after", after == null ? "" : after);
        if (name != null) {
            where.append(" and (i.name like :name or exists (select 1 from Indicator s join s.synonyms syn where s = i and syn like :name))");
            params.and("name", "%" + name + "%");
        }
        if (unit != null) {
            where.append(" and i.unit = :unit");
            params.and("unit", unit);
        }
        if (polarity != null) {
            where.append(" and i.polarity = :polarity");
            params.and("polarity", polarity);
        }
        var query = em.createQuery("select i from Indicator i where " + where + " order by i.code", Indicator.class)
                .setMaxResults(limit + 1);
        params.map().forEach(query::setParameter);
        List<Indicator> rows = query.getResultList();
        return Page.of(rows, limit, i -> i.code, IndicatorDto::of);
    }

    @Transactional
    public Indicator create(IndicatorDto dto) {
        if (Indicator.findByCode(dto.code()).isPresent()) {
            throw new ProblemException(ProblemType.ALREADY_EXISTS, "indicator '" + dto.code() + "' already exists");
        }
        Indicator i = new Indicator();
        i.code = dto.code();
        apply(i, dto);
        i.persist();
        return i;
    }

    @Transactional
    public Indicator update(String code, IndicatorDto dto, String ifMatch) {
        Indicator i = get(code);
        ETags.check(ifMatch, i.version);
        if (!code.equals(dto.code())) {
            throw ProblemException.invalid("code", "IMMUTABLE", "code is the identity of an indicator and cannot change (path " + code + ", body " + dto.code() + ")");
        }
        apply(i, dto);
        em.flush();
        return i;
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Indicator i = get(code);
        ETags.check(ifMatch, i.version);
        long targets = em.createQuery("select count(t) from Target t where t.indicator = ?1", Long.class).setParameter(1, i).getSingleResult();
        long observations = em.createQuery("select count(o) from Observation o where o.indicator = ?1", Long.class).setParameter(1, i).getSingleResult();
        if (targets + observations > 0) {
            throw new ProblemException(ProblemType.IN_USE, "indicator '" + code + "' is used by " + targets + " targets and "
                    + observations + " observations; it cannot be deleted");
        }
        i.delete();
    }

    private static void apply(Indicator i, IndicatorDto dto) {
        if (dto.minValue() != null && dto.maxValue() != null && dto.minValue().compareTo(dto.maxValue()) > 0) {
            throw ProblemException.invalid("minValue", "OUT_OF_RANGE", "minValue " + dto.minValue() + " is above maxValue " + dto.maxValue());
        }
        i.name = dto.name();
        i.unit = dto.unit();
        i.polarity = dto.polarity();
        i.minValue = dto.minValue();
        i.maxValue = dto.maxValue();
        i.volatilityThreshold = dto.volatilityThreshold();
        i.definition = dto.definition();
        i.sourceDepartment = dto.sourceDepartment() == null ? null : Department.findByCode(dto.sourceDepartment()).orElseThrow(() ->
                ProblemException.invalid("sourceDepartment", "UNKNOWN_REFERENCE", "department '" + dto.sourceDepartment() + "' does not exist"));
        i.dimensions.clear();
        if (dto.dimensions() != null) {
            i.dimensions.addAll(dto.dimensions());
        }
        i.synonyms.clear();
        if (dto.synonyms() != null) {
            i.synonyms.addAll(new TreeSet<>(dto.synonyms()));
        }
    }
}
