package io.planwatch.plandraft.parser;

/** Whom a plan is for, read from its title (儿童发展规划 or 妇女发展规划). */
public enum Population { CHILDREN, WOMEN }
