package io.planwatch.plandraft.parser;

/** One numbered item of a domain's 主要目标, as written, with the 1-based line it starts on. */
public record DraftGoal(int number, String text, int line) {}
