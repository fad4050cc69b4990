package io.planwatch.observation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The push semantics again, against the packaged jar. */
@QuarkusIntegrationTest
class ObservationPushIT extends ObservationPushTest {
}
