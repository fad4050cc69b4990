package io.planwatch.vocabulary;

/** Whom a plan is for (儿童发展规划 or 妇女发展规划). */
public enum Population {
    CHILDREN,
    WOMEN
}
