package io.planwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The sample plan's report as a reader's browser shows it: Debian's headless Chromium opens the page as saved to
 * disk (a self-contained file needs no server), and every chart's SVG must hold its points. Screenshots go to
 * target/report-screenshot*.png. Without Chromium the test is skipped with a message, except in CI, where it fails.
 */
@QuarkusTest
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void sampleReportRendersInHeadlessChromiumWithEveryChartsPoints() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must run the browser test: install chromium and chromium-driver (.ci/run does)");
            }
            Assumptions.abort(
                    "chromium or chromedriver is not installed (apt-get install chromium chromium-driver); browser test skipped");
        }
        SampleYears.pushOnce();
        String html = ReportResourceTest.html(ReportResourceTest.REPORT + "?asOf=2024");
        Path target = Path.of(System.getProperty("planwatch.build.dir", "target"));
        Path page = target.resolve("report-luzhai-children-2024.html").toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("planwatch-chromium-");

        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toString())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--window-size=1240,1754",
                        "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(page.toUri().toString());
            assertEquals("鹿寨县儿童发展规划（2021—2030年） 2024年度统计监测报告", browser.getTitle());
            String text = browser.findElement(By.tagName("body")).getText();
            for (String expected : List.of(
                    "鹿寨县儿童发展规划（2021—2030年）",
                    "2024年度统计监测报告",
                    "一、总体情况",
                    "二、预警",
                    "三、数据报送情况（缺项）",
                    "婴儿死亡率",
                    "鹿寨县卫生健康局",
                    "个百分点")) {
                assertTrue(text.contains(expected), "page text has " + expected);
            }
            List<WebElement> charts = browser.findElements(By.cssSelector("svg.trend-chart"));
            assertTrue(charts.size() > 10, "charts drawn: " + charts.size());
            for (WebElement chart : charts) {
                int expected = Integer.parseInt(chart.getAttribute("data-points"));
                List<WebElement> points = chart.findElements(By.cssSelector("circle.point"));
                assertTrue(expected > 0);
                assertEquals(expected, points.size(), chart.getAttribute("aria-label"));
                assertEquals(
                        expected,
                        chart.findElement(By.cssSelector("polyline.values"))
                                .getAttribute("points")
                                .trim()
                                .split("\\s+")
                                .length);
                // Drawn, not just present: a point has a size on the page.
                assertTrue(points.get(0).getSize().getWidth() > 0, "point rendered");
            }
            assertEquals(
                    browser.findElements(By.cssSelector("section.domain")).size(),
                    browser.findElements(By.cssSelector("svg.domain-bar")).size());
            Files.write(target.resolve("report-screenshot.png"), browser.getScreenshotAs(OutputType.BYTES));
            Map<String, Object> shot = browser.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of(
                                    "x",
                                    0,
                                    "y",
                                    0,
                                    "width",
                                    1240,
                                    "height",
                                    ((Number) browser.executeScript("return document.documentElement.scrollHeight"))
                                            .intValue(),
                                    "scale",
                                    0.5)));
            Files.write(
                    target.resolve("report-screenshot-full.png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } finally {
            browser.quit();
            service.stop();
        }
    }
}
