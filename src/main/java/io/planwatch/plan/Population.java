package io.planwatch.plan;

/** Whom a plan is for. */
public enum Population {
    CHILDREN, WOMEN
}
