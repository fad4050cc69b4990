package io.planwatch.evaluation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Yearly values in ascending year order, at most one per year. */
public record Series(List<Point> points) {

    public Series {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(Point::year));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() == sorted.get(i - 1).year()) {
                // Two values for one year would make every rule ambiguous; the caller must pick one.
                throw new IllegalArgumentException(
                        "two values for year " + sorted.get(i).year());
            }
        }
        points = List.copyOf(sorted);
    }

    public static Series empty() {
        return new Series(List.of());
    }

    public Series upTo(int year) {
        return new Series(points.stream().filter(p -> p.year() <= year).toList());
    }

    public Series from(int year) {
        return new Series(points.stream().filter(p -> p.year() >= year).toList());
    }

    /** The value of exactly this year, or null. */
    public Point at(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst().orElse(null);
    }

    public Point earliest() {
        return points.isEmpty() ? null : points.get(0);
    }

    public Point latest() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public int size() {
        return points.size();
    }
}
