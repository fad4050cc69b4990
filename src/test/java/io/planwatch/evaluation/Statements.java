package io.planwatch.evaluation;

import static io.planwatch.testing.Api.given;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** The JDBC statements Hibernate prepares for one GET: the guard against reads that grow with the data. */
final class Statements {

    private Statements() {}

    static long of(SessionFactory sessionFactory, String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            given().get(path).then().statusCode(200);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
