package io.planwatch.observation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The push path again, against the packaged jar: the tests of ObservationPushTest tagged packaged (failsafe runs only those). */
@QuarkusIntegrationTest
class ObservationPushIT extends ObservationPushTest {}
