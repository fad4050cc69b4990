package io.planwatch.indicator;

import io.planwatch.common.Cursor;
import io.planwatch.common.Decimals;
import io.planwatch.common.ETags;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.department.Department;
import io.planwatch.vocabulary.Dimension;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, Object> params = new HashMap<>();
        params.put("after", after == null ? "" : after);
        if (name != null) {
            where.append(" and (i.name like :name" + Paging.LIKE_ESCAPE
                    + " or exists (select 1 from Indicator s join s.synonyms syn where s = i and syn like :name"
                    + Paging.LIKE_ESCAPE + "))");
            params.put("name", Paging.containing(name));
        }
        if (unit != null) {
            where.append(" and i.unit = :unit");
            params.put("unit", unit);
        }
        if (polarity != null) {
            where.append(" and i.polarity = :polarity");
            params.put("polarity", polarity);
        }
        var query = em.createQuery("select i from Indicator i where " + where + " order by i.code", Indicator.class)
                .setMaxResults(limit + 1);
        params.forEach(query::setParameter);
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
        // Locked before the checks: a push holds the indicator in share mode while it applies rows checked against
        // it, so a push cannot store, between these checks and this update, what the new definition forbids.
        // Native: Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which MariaDB does not take.
        em.createNativeQuery("SELECT id FROM indicator WHERE id = ? FOR UPDATE")
                .setParameter(1, i.id)
                .getSingleResult();
        ETags.check(ifMatch, i.version);
        if (!code.equals(dto.code())) {
            throw ProblemException.invalid(
                    "code",
                    FieldErrorCode.IMMUTABLE,
                    "code is the identity of an indicator and cannot change (path " + code + ", body " + dto.code()
                            + ")");
        }
        checkChangeKeepsDataValid(i, dto);
        apply(i, dto);
        em.flush();
        return i;
    }

    /**
     * Values and targets already stored in the indicator's unit stay true: the unit cannot change under them,
     * the range cannot shrink past them, and a dimension they use cannot be withdrawn.
     */
    private void checkChangeKeepsDataValid(Indicator i, IndicatorDto dto) {
        Object[] observed = em.createQuery(
                        "select count(o), min(o.value), max(o.value) from Observation o where o.indicator = ?1",
                        Object[].class)
                .setParameter(1, i)
                .getSingleResult();
        long observations = (Long) observed[0];
        long targets = em.createQuery("select count(t) from Target t where t.indicator = ?1", Long.class)
                .setParameter(1, i)
                .getSingleResult();
        List<FieldError> errors = new ArrayList<>();
        if (dto.unit() != i.unit && observations + targets > 0) {
            errors.add(FieldError.of(
                    "unit",
                    FieldErrorCode.IN_USE,
                    observations + " observations and " + targets + " targets are stored in " + i.unit
                            + "; a new unit would reinterpret them. Define a new indicator instead"));
        }
        Object[] targeted = em.createQuery(
                        "select min(t.value), max(t.value) from Target t where t.indicator = ?1", Object[].class)
                .setParameter(1, i)
                .getSingleResult();
        Object[] milestones = em.createQuery(
                        "select min(m.value), max(m.value) from Target t join t.milestones m where t.indicator = ?1",
                        Object[].class)
                .setParameter(1, i)
                .getSingleResult();
        BigDecimal lowest =
                least(least((BigDecimal) observed[1], (BigDecimal) targeted[0]), (BigDecimal) milestones[0]);
        BigDecimal highest =
                greatest(greatest((BigDecimal) observed[2], (BigDecimal) targeted[1]), (BigDecimal) milestones[1]);
        BigDecimal min = dto.minValue() != null ? dto.minValue() : dto.unit().naturalMin();
        BigDecimal max = dto.maxValue() != null ? dto.maxValue() : dto.unit().naturalMax();
        if (lowest != null && min != null && lowest.compareTo(min) < 0) {
            errors.add(FieldError.of(
                    "minValue",
                    FieldErrorCode.IN_USE,
                    "a stored value, target or milestone is "
                            + Decimals.clean(lowest).toPlainString() + ", below the new minimum "
                            + min.stripTrailingZeros().toPlainString()));
        }
        if (highest != null && max != null && highest.compareTo(max) > 0) {
            errors.add(FieldError.of(
                    "maxValue",
                    FieldErrorCode.IN_USE,
                    "a stored value, target or milestone is "
                            + Decimals.clean(highest).toPlainString() + ", above the new maximum "
                            + max.stripTrailingZeros().toPlainString()));
        }
        Set<Dimension> withdrawn = EnumSet.noneOf(Dimension.class);
        withdrawn.addAll(i.dimensions);
        if (dto.dimensions() != null) {
            withdrawn.removeAll(dto.dimensions());
        }
        for (Dimension d : withdrawn) {
            String first = Paging.literal(d.name() + "=") + "%";
            long uses = em.createQuery(
                                    "select count(o) from Observation o where o.indicator = ?1 and " + keyNames("o"),
                                    Long.class)
                            .setParameter(1, i)
                            .setParameter(2, first)
                            .setParameter(3, "%;" + first)
                            .getSingleResult()
                    + em.createQuery(
                                    "select count(t) from Target t where t.indicator = ?1 and (" + keyNames("t")
                                            + " or t.gapDimension = ?4)",
                                    Long.class)
                            .setParameter(1, i)
                            .setParameter(2, first)
                            .setParameter(3, "%;" + first)
                            .setParameter(4, d.name())
                            .getSingleResult();
            if (uses > 0) {
                errors.add(FieldError.of(
                        "dimensions",
                        FieldErrorCode.IN_USE,
                        uses + " observations or targets are disaggregated by " + d + "; it cannot be withdrawn"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "indicator '" + i.code + "' is in use: " + errors.get(0).message(),
                    errors);
        }
    }

    /** A disaggregation key ("AREA=RURAL;SEX=F") naming the dimension: first (?2) or after another (?3). */
    private static String keyNames(String alias) {
        return "(" + alias + ".disaggregation like ?2" + Paging.LIKE_ESCAPE + " or " + alias + ".disaggregation like ?3"
                + Paging.LIKE_ESCAPE + ")";
    }

    private static BigDecimal least(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    private static BigDecimal greatest(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    @Transactional
    public void delete(String code, String ifMatch) {
        Indicator i = get(code);
        ETags.check(ifMatch, i.version);
        // a target compared with this indicator (its reference) uses it too
        long targets = em.createQuery(
                        "select count(t) from Target t where t.indicator = ?1 or t.referenceIndicator = ?1", Long.class)
                .setParameter(1, i)
                .getSingleResult();
        long observations = em.createQuery("select count(o) from Observation o where o.indicator = ?1", Long.class)
                .setParameter(1, i)
                .getSingleResult();
        if (targets + observations > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "indicator '" + code + "' is used by " + targets + " targets and " + observations
                            + " observations; it cannot be deleted");
        }
        i.delete();
    }

    private static void apply(Indicator i, IndicatorDto dto) {
        List<FieldError> errors = new ArrayList<>();
        Decimals.check(
                "minValue", dto.minValue(), Decimals.VALUE_INTEGER_DIGITS, Decimals.VALUE_FRACTION_DIGITS, errors);
        Decimals.check(
                "maxValue", dto.maxValue(), Decimals.VALUE_INTEGER_DIGITS, Decimals.VALUE_FRACTION_DIGITS, errors);
        Decimals.check(
                "volatilityThreshold",
                dto.volatilityThreshold(),
                Decimals.RATE_INTEGER_DIGITS,
                Decimals.RATE_FRACTION_DIGITS,
                errors);
        if (dto.volatilityThreshold() != null && dto.volatilityThreshold().signum() <= 0) {
            errors.add(FieldError.of(
                    "volatilityThreshold",
                    FieldErrorCode.OUT_OF_RANGE,
                    "volatilityThreshold is a relative change such as 0.2 and must be positive"));
        }
        if (errors.isEmpty()
                && dto.minValue() != null
                && dto.maxValue() != null
                && dto.minValue().compareTo(dto.maxValue()) > 0) {
            errors.add(FieldError.of(
                    "minValue",
                    FieldErrorCode.OUT_OF_RANGE,
                    "minValue " + dto.minValue().toPlainString() + " is above maxValue "
                            + dto.maxValue().toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors.get(0).message(), errors);
        }
        i.name = dto.name();
        i.unit = dto.unit();
        i.polarity = dto.polarity();
        i.minValue = dto.minValue();
        i.maxValue = dto.maxValue();
        i.volatilityThreshold = dto.volatilityThreshold();
        i.definition = dto.definition();
        i.sourceDepartment = dto.sourceDepartment() == null
                ? null
                : Department.findByCode(dto.sourceDepartment())
                        .orElseThrow(() -> ProblemException.invalid(
                                "sourceDepartment",
                                FieldErrorCode.UNKNOWN_REFERENCE,
                                "department '" + dto.sourceDepartment() + "' does not exist"));
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
