package io.planwatch.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planwatch.common.ProblemException;
import io.planwatch.department.Department;
import io.planwatch.department.DepartmentDto;
import io.planwatch.department.DepartmentService;
import io.planwatch.indicator.Indicator;
import io.planwatch.indicator.IndicatorDto;
import io.planwatch.indicator.IndicatorService;
import io.planwatch.jurisdiction.Jurisdiction;
import io.planwatch.jurisdiction.JurisdictionDto;
import io.planwatch.jurisdiction.JurisdictionService;
import io.planwatch.observation.ImportSummary;
import io.planwatch.observation.PushOptions;
import io.planwatch.observation.PushRequest;
import io.planwatch.observation.PushService;
import io.planwatch.plan.Plan;
import io.planwatch.plandraft.AdoptionDto;
import io.planwatch.plandraft.AdoptionRequest;
import io.planwatch.plandraft.DraftAdopter;
import io.planwatch.plandraft.DraftDto;
import io.planwatch.plandraft.PlanDraftService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the six sample plans of the seed texts through the same path the API offers: each bundle's reference data
 * (jurisdictions, departments, indicators, synonyms), then its text through POST /plan-drafts and adopt with the
 * bundle's corrections, then the past values the text states as one observation push. Runs at start-up when
 * {@code planwatch.sample.load} is true (dev mode and tests) and only into an empty database: the local run keeps
 * its data between runs, and what a developer pushed or changed must not be pushed over by the samples again.
 */
@ApplicationScoped
public class SampleLoader {

    /** In load order: 000 brings the indicator library that the later ones grow. */
    static final List<String> BUNDLES = List.of(
            "sample/000-luzhai-children.json",
            "sample/001-meihekou-children.json",
            "sample/002-qujiang-children.json",
            "sample/003-luojiang-children.json",
            "sample/004-lipu-women-children.json");

    private static final Logger LOG = Logger.getLogger(SampleLoader.class);

    private final ObjectMapper json;
    private final JurisdictionService jurisdictions;
    private final DepartmentService departments;
    private final IndicatorService indicators;
    private final PushService observations;
    private final PlanDraftService drafts;
    private final DraftAdopter adopter;
    private final boolean enabled;
    private final DataSource dataSource;

    public SampleLoader(
            DataSource dataSource,
            ObjectMapper json,
            JurisdictionService jurisdictions,
            DepartmentService departments,
            IndicatorService indicators,
            PushService observations,
            PlanDraftService drafts,
            DraftAdopter adopter,
            @ConfigProperty(name = "planwatch.sample.load") boolean enabled) {
        this.json = json;
        this.jurisdictions = jurisdictions;
        this.departments = departments;
        this.indicators = indicators;
        this.observations = observations;
        this.drafts = drafts;
        this.adopter = adopter;
        this.enabled = enabled;
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!isEmpty(c)) {
                LOG.info(
                        "the database holds data: sample plans not loaded (to start again from them, stop and delete target/dev-db)");
                return;
            }
        }
        long start = System.nanoTime();
        BUNDLES.forEach(this::load);
        LOG.infof("sample plans ready in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** No jurisdiction, indicator or plan: a database nobody has used yet. */
    public static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM jurisdiction)"
                        + " OR EXISTS (SELECT 1 FROM indicator) OR EXISTS (SELECT 1 FROM plan)")) {
            rs.next();
            return !rs.getBoolean(1);
        }
    }

    /**
     * Loads one bundle: its reference data in one transaction, then the plans of its text through the draft path
     * (parse, then adopt with the bundle's corrections), then its observations as one push.
     */
    public void load(String resource) {
        JsonNode bundle = read(resource);
        QuarkusTransaction.requiringNew().run(() -> loadReferenceData(bundle));
        adoptFromText(resource, bundle);
        if (bundle.has("observations")) {
            ImportSummary summary = observations
                    .push(convert(bundle.get("observations"), PushRequest.class), PushOptions.of(false, false, null))
                    .summary();
            if (summary.rejected() > 0) {
                throw new IllegalStateException(
                        "sample " + resource + " has invalid observations: " + summary.errors());
            }
        }
        LOG.infof("sample %s loaded", resource);
    }

    private void loadReferenceData(JsonNode bundle) {
        for (JsonNode node : bundle.path("jurisdictions")) {
            JurisdictionDto dto = convert(node, JurisdictionDto.class);
            if (Jurisdiction.findByCode(dto.code()).isEmpty()) {
                jurisdictions.create(dto);
            }
        }
        for (JsonNode node : bundle.path("departments")) {
            DepartmentDto dto = convert(node, DepartmentDto.class);
            if (Department.findByCode(dto.code()).isEmpty()) {
                departments.create(dto);
            }
        }
        for (JsonNode node : bundle.path("indicators")) {
            IndicatorDto dto = convert(node, IndicatorDto.class);
            if (Indicator.findByCode(dto.code()).isEmpty()) {
                indicators.create(dto);
            }
        }
        bundle.path("synonyms").properties().forEach(e -> addSynonyms(e.getKey(), e.getValue()));
    }

    /** Grows an existing indicator's names so plans that write it differently match it instead of proposing another. */
    private void addSynonyms(String code, JsonNode names) {
        Indicator i = indicators.get(code);
        Set<String> synonyms = new TreeSet<>(i.synonyms);
        names.forEach(n -> synonyms.add(n.asText()));
        if (synonyms.size() > i.synonyms.size()) {
            indicators.update(
                    code,
                    new IndicatorDto(
                            i.code,
                            i.name,
                            i.unit,
                            i.polarity,
                            i.minValue,
                            i.maxValue,
                            Set.copyOf(i.dimensions),
                            i.volatilityThreshold,
                            i.definition,
                            i.sourceDepartment == null ? null : i.sourceDepartment.code,
                            synonyms),
                    null);
        }
    }

    /**
     * Plans that do not exist yet are read from the bundle's text and adopted; "draft": n is the n-th plan of the text.
     * Corrections address their targets by line and name ({@link SampleCorrections}).
     */
    private void adoptFromText(String resource, JsonNode bundle) {
        List<JsonNode> missing = new ArrayList<>();
        QuarkusTransaction.requiringNew()
                .run(() -> bundle.path("adopt").forEach(a -> {
                    if (Plan.findByCode(a.path("plan").asText()).isEmpty()) {
                        missing.add(a);
                    }
                }));
        if (missing.isEmpty()) {
            return;
        }
        List<DraftDto> read = drafts.create(text(bundle.get("text").asText()));
        for (JsonNode adoption : missing) {
            ObjectNode request = adoption.deepCopy();
            DraftDto draft = read.get(request.remove("draft").asInt());
            String where =
                    "sample " + resource + ", plan " + request.path("plan").asText();
            JsonNode leadByDomain = request.remove("leadByDomain");
            request.putArray("corrections")
                    .addAll(SampleCorrections.resolve(
                            adoption.path("corrections"),
                            leadByDomain == null ? json.createObjectNode() : leadByDomain,
                            draft,
                            where));
            try {
                AdoptionDto adopted = adopter.adopt(draft.id(), convert(request, AdoptionRequest.class));
                LOG.infof(
                        "sample plan %s adopted from %s: %d targets, %d indicators proposed",
                        adopted.plan(),
                        resource,
                        adopted.targets(),
                        adopted.indicatorsCreated().size());
            } catch (ProblemException e) {
                throw new IllegalStateException(
                        "sample " + resource + " cannot adopt plan "
                                + request.path("plan").asText() + ": " + e.getMessage() + " " + e.errors(),
                        e);
            }
        }
    }

    private String text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample text " + resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample " + resource + " is not on the class path");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "sample data does not fit " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
