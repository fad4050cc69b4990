package io.planwatch.evaluation.engine;

/** The one status of a target as of a year; see DESIGN.md "Evaluation rules" 2. */
public enum Status {
    NO_DATA, ACHIEVED, NOT_ACHIEVED, ON_TRACK, AT_RISK, REGRESSING, INSUFFICIENT_TREND, NOT_ASSESSED;

    /**
     * Rank for scope EACH, worst first: NOT_ACHIEVED < REGRESSING < AT_RISK < NO_DATA < INSUFFICIENT_TREND
     * < ON_TRACK < ACHIEVED. NO_DATA sits after the known failures (a failure is the actionable fact) and before
     * everything that could pass, so a township that did not report keeps the target from reading achieved.
     */
    public int rank() {
        return switch (this) {
            case NOT_ACHIEVED -> 0;
            case REGRESSING -> 1;
            case AT_RISK -> 2;
            case NO_DATA, NOT_ASSESSED -> 3;
            case INSUFFICIENT_TREND -> 4;
            case ON_TRACK -> 5;
            case ACHIEVED -> 6;
        };
    }

    /** The statuses that also raise a warning of the same name. */
    public boolean isFailing() {
        return this == NOT_ACHIEVED || this == REGRESSING || this == AT_RISK;
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
