package io.planwatch.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small helpers the API tests share: JSON requests and fresh reference data that no other test touches. */
public final class Api {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 900) * 1000);

    private Api() {
    }

    public static RequestSpecification json() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A fresh county (6 digits, under the sample's 柳州市 450200) and returns its code. */
    public static String newCounty() {
        String code = String.format("45%04d", 3000 + SEQ.incrementAndGet() % 6000);
        json().body(Map.of("code", code, "name", "测试县" + code, "level", "COUNTY", "parent", "450200"))
                .post("/api/v1/jurisdictions").then().statusCode(201);
        return code;
    }

    /** A fresh indicator with the given unit and dimensions; returns its code. */
    public static String newIndicator(String unit, String... dimensions) {
        String code = "T-IND-" + SEQ.incrementAndGet();
        json().body(Map.of("code", code, "name", "测试指标" + code, "unit", unit, "polarity", "LOWER_IS_BETTER",
                        "dimensions", dimensions))
                .post("/api/v1/indicators").then().statusCode(201);
        return code;
    }

    public static int seq() {
        return SEQ.incrementAndGet();
    }
}
