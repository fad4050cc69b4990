package io.planwatch.observation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Messages;
import io.planwatch.common.Meters;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.department.Department;
import io.planwatch.evaluation.DataVersion;
import io.planwatch.indicator.Indicator;
import io.planwatch.jurisdiction.Jurisdiction;
import io.planwatch.lock.LockService;
import io.planwatch.observation.RowValidator.ValidRow;
import io.planwatch.security.Actors;
import io.planwatch.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The write path of observations: a push (JSON or CSV) is read row by row, checked against the reference data,
 * applied by {@link ObservationImporter} in one transaction (retried when chosen as a deadlock victim) and recorded
 * with its answer in the {@link PushLog}.
 */
@ApplicationScoped
public class PushService {

    /** The earliest year a monitoring value may be for: the first plans of this kind date from the 1990s. */
    static final int MIN_YEAR = 1990;

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The answer to a push, and whether it was replayed from an earlier push with the same Idempotency-Key. */
    public record PushResult(ImportSummary summary, boolean replayed) {}

    private final ObservationImporter importer;
    private final PushLog pushLog;
    private final ObjectMapper json;
    private final int maxBatchRows;
    private final Actors actors;
    private final LockService lockService;
    private final DataVersion dataVersion;

    public PushService(
            ObservationImporter importer,
            PushLog pushLog,
            ObjectMapper json,
            Actors actors,
            LockService lockService,
            DataVersion dataVersion,
            @ConfigProperty(name = "planwatch.observations.max-batch-rows") int maxBatchRows) {
        this.actors = actors;
        this.lockService = lockService;
        this.dataVersion = dataVersion;
        this.importer = importer;
        this.pushLog = pushLog;
        this.json = json;
        this.maxBatchRows = maxBatchRows;
    }

    public PushResult push(PushRequest request, PushOptions options) {
        return push(request, null, e -> e, options);
    }

    /** A push read from a CSV upload: {@code lines} gives the file line of each row, and every error names it. */
    public PushResult pushCsv(String source, String department, byte[] body, Charset charset, PushOptions options) {
        CsvRows.Parsed csv = CsvRows.read(body, charset, maxBatchRows);
        String defaultDepartment = department == null || department.isBlank() ? null : department.strip();
        return push(new PushRequest(source, defaultDepartment, csv.rows()), csv.lines(), e -> e, options);
    }

    /**
     * A push read from a workbook (the department template filled in, or any sheet with the CSV's header): the
     * same rows and checks as CSV, every error naming the sheet, row and cell.
     */
    public PushResult pushXlsx(String source, String department, byte[] body, String sheet, PushOptions options) {
        XlsxRows.Parsed xlsx = XlsxRows.read(body, sheet, maxBatchRows);
        String defaultDepartment = department == null || department.isBlank() ? null : department.strip();
        return push(new PushRequest(source, defaultDepartment, xlsx.rows()), xlsx.lines(), xlsx::place, options);
    }

    private PushResult push(
            PushRequest request, List<Integer> lines, UnaryOperator<FieldError> place, PushOptions options) {
        boolean dryRun = options.dryRun();
        boolean atomic = options.atomic();
        String idempotencyKey = options.idempotencyKey();
        checkBatch(request, idempotencyKey);
        String overrideReason = checkOverride(options);
        String hash = idempotencyKey == null ? null : hash(request, atomic, overrideReason);
        if (idempotencyKey != null && !dryRun) {
            var earlier = pushLog.find(actors.current(), idempotencyKey);
            if (earlier.isPresent()) {
                Meters.push(request.source(), "replayed");
                return replay(earlier.get(), hash, idempotencyKey);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        List<RowValidator.Cells> cells = RowValidator.read(request.observations(), errors);
        RowValidator validator = validator(request, cells);
        validator.checkDefaultDepartment(request.department());
        List<ValidRow> valid = PushScope.keep(
                actors.caller().orElse(null),
                validator.validate(cells, request.department(), lines, errors),
                cells,
                errors);
        int received = request.observations().size();
        if (atomic && !errors.isEmpty()) {
            Meters.push(request.source(), "rejected");
            throw rejected(received, located(errors, lines, place));
        }
        if (dryRun) {
            ObservationImporter.Outcome outcome =
                    QuarkusTransaction.requiringNew().call(() -> importer.preview(valid, locks(valid, overrideReason)));
            Meters.push(request.source(), "dry-run");
            return new PushResult(
                    summary(
                            null,
                            true,
                            received,
                            valid.size(),
                            outcome,
                            located(errors, lines, place),
                            atomic,
                            lines,
                            place),
                    false);
        }
        try {
            return new PushResult(
                    counted(
                            request.source(),
                            Deadlocks.retry(() -> QuarkusTransaction.requiringNew()
                                    .call(() -> {
                                        long pushId = pushLog.open(
                                                request.source(), actors.current(), idempotencyKey, hash, received);
                                        ObservationImporter.Outcome outcome = importer.apply(
                                                pushId,
                                                request.source(),
                                                valid,
                                                validator.indicatorVersions(),
                                                locks(valid, overrideReason));
                                        ImportSummary summary = summary(
                                                pushId,
                                                false,
                                                received,
                                                valid.size(),
                                                outcome,
                                                located(errors, lines, place),
                                                atomic,
                                                lines,
                                                place);
                                        pushLog.close(pushId, summary, json.writeValueAsString(summary));
                                        if (summary.created() + summary.updated() > 0) {
                                            dataVersion.bump(); // last: the version row is held only while the push
                                            // commits
                                        }
                                        return summary;
                                    }))),
                    false);
        } catch (PushLog.KeyTaken e) {
            // A concurrent push with the same key committed first: answer as it did.
            Meters.push(request.source(), "replayed");
            return replay(pushLog.find(actors.current(), idempotencyKey).orElseThrow(), hash, idempotencyKey);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.IMPORT_REJECTED) {
                Meters.push(
                        request.source(), "rejected"); // atomic, and a row met a FINAL value or a lock: nothing written
            }
            throw e;
        }
    }

    /**
     * The summary of a push whose valid rows met the stored values: the row errors found before and the
     * rejections found against stored values, in row order. Atomic, any rejection undoes the whole push.
     */
    private static ImportSummary summary(
            Long pushId,
            boolean dryRun,
            int received,
            int validRows,
            ObservationImporter.Outcome outcome,
            List<FieldError> rowErrors,
            boolean atomic,
            List<Integer> lines,
            UnaryOperator<FieldError> place) {
        List<FieldError> errors = new ArrayList<>(rowErrors);
        errors.addAll(located(outcome.rejections(), lines, place));
        errors.sort(Comparator.comparing(FieldError::index));
        if (atomic && !outcome.rejections().isEmpty()) {
            throw rejected(received, errors);
        }
        int rejectedRows = received - validRows + outcome.rejections().size();
        return new ImportSummary(
                pushId,
                dryRun,
                received,
                outcome.created(),
                outcome.updated(),
                outcome.unchanged(),
                rejectedRows,
                List.copyOf(errors.subList(0, Math.min(errors.size(), ImportSummary.MAX_ERRORS))),
                errors.size() > ImportSummary.MAX_ERRORS ? errors.size() - ImportSummary.MAX_ERRORS : null);
    }

    /** The meters of an applied push; a push that an atomic check rejects throws before it is counted here. */
    private static ImportSummary counted(String source, ImportSummary summary) {
        Meters.push(source, "applied");
        Meters.rows(source, "created", summary.created());
        Meters.rows(source, "updated", summary.updated());
        Meters.rows(source, "unchanged", summary.unchanged());
        Meters.rows(source, "rejected", summary.rejected());
        return summary;
    }

    private void checkBatch(PushRequest request, String idempotencyKey) {
        List<FieldError> errors = new ArrayList<>();
        if (request.source() == null || !SOURCE.matcher(request.source()).matches()) {
            errors.add(FieldError.of(
                    "source",
                    request.source() == null ? FieldErrorCode.REQUIRED : FieldErrorCode.INVALID_FORMAT,
                    Messages.text("push.sourceInvalid")));
        }
        if (request.observations() == null) {
            errors.add(
                    FieldError.of("observations", FieldErrorCode.REQUIRED, Messages.text("push.observationsMissing")));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            errors.add(FieldError.of(
                    "Idempotency-Key", FieldErrorCode.INVALID_FORMAT, Messages.text("push.idempotencyKeyInvalid")));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors.get(0).message(), errors);
        }
        if (request.observations().size() > maxBatchRows) {
            throw ObservationImporter.tooLarge(request.observations().size(), maxBatchRows);
        }
    }

    /**
     * The reason of a lock override, or null when the push overrides none. Only a plan owner or an administrator
     * may ask (403 otherwise, before any row is read); which locks it may override is judged row by row.
     */
    private String checkOverride(PushOptions options) {
        if (!options.overrideLocks()) {
            return null;
        }
        var caller = actors.caller();
        if (caller.isPresent()
                && !caller.get().is(Role.PLAN_OWNER)
                && !caller.get().is(Role.ADMIN)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    Messages.text(
                            "push.overrideForbidden",
                            caller.get().roles().isEmpty()
                                    ? "-"
                                    : caller.get().roles().stream()
                                            .map(Role::claim)
                                            .collect(Collectors.joining(", "))),
                    List.of(),
                    Map.of("requiredRoles", List.of(Role.PLAN_OWNER.claim(), Role.ADMIN.claim())));
        }
        String reason =
                options.overrideReason() == null ? "" : options.overrideReason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw ProblemException.invalid(
                    "overrideReason",
                    reason.isEmpty() ? FieldErrorCode.REQUIRED : FieldErrorCode.OUT_OF_RANGE,
                    Messages.text("push.overrideReasonMissing"));
        }
        return reason;
    }

    /** The period locks the valid rows meet, read in the push's transaction. */
    private LockGate locks(List<ValidRow> valid, String overrideReason) {
        Set<Long> indicators = valid.stream().map(ValidRow::indicatorId).collect(Collectors.toSet());
        return new LockGate(lockService.covering(indicators), actors.caller().orElse(null), overrideReason);
    }

    private PushResult replay(PushLog.Stored earlier, String hash, String key) {
        if (!Objects.equals(earlier.requestHash(), hash)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key '" + key + "' was used by push " + earlier.id()
                            + " with a different body; use a new key for a new batch");
        }
        try {
            return new PushResult(json.readValue(earlier.summary(), ImportSummary.class), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RowValidator validator(PushRequest request, List<RowValidator.Cells> cells) {
        Set<String> indicatorCodes = codes(cells, RowValidator.Cells::indicator);
        Set<String> jurisdictionCodes = codes(cells, RowValidator.Cells::jurisdiction);
        Set<String> departmentCodes = codes(cells, RowValidator.Cells::department);
        if (request.department() != null) {
            departmentCodes.add(request.department());
        }
        Map<String, Indicator> indicators = indicatorCodes.isEmpty()
                ? Map.of()
                : Indicator.<Indicator>list("code in ?1", indicatorCodes).stream()
                        .collect(Collectors.toMap(i -> i.code, i -> i));
        Map<String, Long> jurisdictions = jurisdictionCodes.isEmpty()
                ? Map.of()
                : Jurisdiction.<Jurisdiction>list("code in ?1", jurisdictionCodes).stream()
                        .collect(Collectors.toMap(j -> j.code, j -> j.id));
        Map<String, Long> departments = departmentCodes.isEmpty()
                ? Map.of()
                : Department.<Department>list("code in ?1", departmentCodes).stream()
                        .collect(Collectors.toMap(d -> d.code, d -> d.id));
        return new RowValidator(
                indicators, jurisdictions, departments, MIN_YEAR, Year.now().getValue());
    }

    private static Set<String> codes(List<RowValidator.Cells> cells, Function<RowValidator.Cells, String> field) {
        return cells.stream()
                .filter(Objects::nonNull)
                .map(field)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The errors of a CSV upload name the line their row starts on; of a workbook, the sheet, row and cell. */
    private static List<FieldError> located(
            List<FieldError> errors, List<Integer> lines, UnaryOperator<FieldError> place) {
        if (lines == null) {
            return errors;
        }
        List<FieldError> placed = new ArrayList<>(errors.size());
        for (FieldError e : errors) {
            placed.add(e.index() == null ? e : place.apply(e.atLine(lines.get(e.index()))));
        }
        return placed;
    }

    private static ProblemException rejected(int received, List<FieldError> errors) {
        errors.sort(Comparator.comparing(FieldError::index));
        long rows = errors.stream().map(FieldError::index).distinct().count();
        Map<String, Object> counts = new java.util.LinkedHashMap<>(Map.of("received", received, "rejected", rows));
        if (errors.size() > ImportSummary.MAX_ERRORS) {
            counts.put("errorsOmitted", errors.size() - ImportSummary.MAX_ERRORS);
        }
        return new ProblemException(
                ProblemType.IMPORT_REJECTED,
                rows + " of " + received + " rows are invalid and atomic=true: nothing was written",
                errors.subList(0, Math.min(errors.size(), ImportSummary.MAX_ERRORS)),
                counts);
    }

    private String hash(PushRequest request, boolean atomic, String overrideReason) {
        try {
            // Numbers in their own notation: a plain rendering of 1e999999999 would take a billion digits.
            // Keys sorted: rows whose fields come in another order are the same body, and replay as such.
            byte[] body = json.writer()
                    .without(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .with(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                    .with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(request);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body);
            sha.update(Boolean.toString(atomic).getBytes(StandardCharsets.UTF_8));
            if (overrideReason != null) {
                sha.update(("override:" + overrideReason)
                        .getBytes(StandardCharsets.UTF_8)); // pushes without one keep their hash
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
