package io.planwatch.evaluation.engine;

/** The one status of a target as of a year; see docs/design.md "How a target is judged" 2. */
public enum Status {
    NO_DATA,
    ACHIEVED,
    NOT_ACHIEVED,
    ON_TRACK,
    AT_RISK,
    REGRESSING,
    INSUFFICIENT_TREND,
    NOT_ASSESSED;

    /**
     * Rank for scope EACH, worst first (docs/design.md, judging rule 4): NOT_ACHIEVED < REGRESSING < AT_RISK < INSUFFICIENT_TREND
     * < ON_TRACK < ACHIEVED. NO_DATA is not ranked: a sub-jurisdiction without data is listed (and keeps the target
     * from counting as reported), but the status is the worst of those with data.
     */
    public int rank() {
        return switch (this) {
            case NOT_ACHIEVED -> 0;
            case REGRESSING -> 1;
            case AT_RISK -> 2;
            case INSUFFICIENT_TREND -> 3;
            case ON_TRACK -> 4;
            case ACHIEVED -> 5;
            case NO_DATA, NOT_ASSESSED -> throw new IllegalStateException(this + " is listed, not ranked");
        };
    }

    /** The statuses that also raise a warning of the same name. */
    public boolean isFailing() {
        return this == NOT_ACHIEVED || this == REGRESSING || this == AT_RISK;
    }

    /** The warning a failing status raises (AT_RISK → AT_RISK …). */
    public WarningCode warningCode() {
        return switch (this) {
            case NOT_ACHIEVED -> WarningCode.NOT_ACHIEVED;
            case REGRESSING -> WarningCode.REGRESSING;
            case AT_RISK -> WarningCode.AT_RISK;
            default -> throw new IllegalStateException(this + " raises no warning");
        };
    }

    public String chinese() {
        return switch (this) {
            case NO_DATA -> "无数据";
            case ACHIEVED -> "已达标";
            case NOT_ACHIEVED -> "未达标";
            case ON_TRACK -> "预计可完成";
            case AT_RISK -> "预计完成困难";
            case REGRESSING -> "未向目标方向变化";
            case INSUFFICIENT_TREND -> "数据不足以判断趋势";
            case NOT_ASSESSED -> "未自评";
        };
    }
}
