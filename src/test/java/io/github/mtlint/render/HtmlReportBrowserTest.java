package io.github.mtlint.render;

import io.github.mtlint.cli.Fixtures;
import io.github.mtlint.model.Severity;
import io.github.mtlint.report.Report;
import io.github.mtlint.report.ReportedIssue;
import io.github.mtlint.text.Input;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed article's HTML report in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs; nothing is downloaded): every finding highlighted, the severity filter working, the keyboard moving
 * between findings, and markup in the input shown as text, never run; and a bilingual document (BilingualReportFixture)
 * side by side with its source, a finding's source span marked with it. Saves target/html-report.png and
 * target/html-report-bilingual.png.
 * Without Chromium the test is skipped, unless the environment says CI (CI=true, as .ci/run and CI services set it)
 * or -Dmtlint.requireBrowser=true makes that a failure.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ChromeDriver browser;
    private static Report report;
    private static String monolingualPage;
    private static String bilingualPage;
    private static String bilingualMarkupPage;
    private static String xliffPage;
    private static Report bilingualMarkup;

    @BeforeAll
    static void openReport() throws Exception {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("mtlint.requireBrowser") || "true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(available, "Chromium and ChromeDriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(available, "no Chromium here; .ci/run installs it");
        Path dir = Path.of("target/html-report");
        Files.createDirectories(dir);
        Path xss = dir.resolve("markup.txt");
        Files.writeString(xss, ReportFixture.DAMAGED, StandardCharsets.UTF_8);
        report = Fixtures.linter().lint(List.of(new Input.FileInput(Path.of("samples/xi_central_asia.txt"), "samples/xi_central_asia.txt"),
                new Input.FileInput(xss, "markup.txt")), InputStream.nullInputStream());
        Path page = dir.resolve("report.html");
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            new HtmlRenderer().render(report, out);
        }
        Path bilingual = dir.resolve("bilingual.html");
        try (Writer out = Files.newBufferedWriter(bilingual, StandardCharsets.UTF_8)) {
            new HtmlRenderer().render(BilingualReportFixture.report(), out);
        }
        // a pair through the whole pipeline, markup on both sides
        Path target = dir.resolve("markup-pair.txt");
        Path source = dir.resolve("markup-pair.zh.txt");
        Files.writeString(target, "Leaders meet in Samarkand <b>today</b>\nThey wrote <script>window.__mtlintXss = 3</script> "
                + "on the the board.\n", StandardCharsets.UTF_8);
        Files.writeString(source, "领导人今天在撒马尔罕会晤<img src=x onerror=\"window.__mtlintXss = 4\">\n"
                + "他们在黑板上写了<script>window.__mtlintXss = 5</script>。\n", StandardCharsets.UTF_8);
        bilingualMarkup = Fixtures.linter().lint(List.of(new Input.FileInput(target, "markup-pair.txt",
                new Input.SourceRef(source, "markup-pair.zh.txt", "zh"))), InputStream.nullInputStream());
        Path markupPage = dir.resolve("bilingual-markup.html");
        try (Writer out = Files.newBufferedWriter(markupPage, StandardCharsets.UTF_8)) {
            new HtmlRenderer().render(bilingualMarkup, out);
        }
        bilingualMarkupPage = markupPage.toAbsolutePath().toUri().toString();
        Path xliff = dir.resolve("xliff.html");
        try (Writer out = Files.newBufferedWriter(xliff, StandardCharsets.UTF_8)) {
            new HtmlRenderer().render(FileReportFixture.report(), out);
        }
        xliffPage = xliff.toAbsolutePath().toUri().toString();
        monolingualPage = page.toAbsolutePath().toUri().toString();
        bilingualPage = bilingual.toAbsolutePath().toUri().toString();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("mtlint-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.get(monolingualPage);
    }

    /** Tests share the browser: each first opens its page, unless the browser shows it already. */
    private static void show(String page) {
        if (!page.equals(browser.getCurrentUrl())) {
            browser.get(page);
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static long count(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + script)).longValue();
    }

    @Test
    void everyFindingIsOneHighlightWithItsAttributes() {
        show(monolingualPage);
        assertEquals(report.summary().issues(), count("document.querySelectorAll('mark[data-rule][data-severity][data-category]').length"));
        long seedFindings = report.documents().get(0).issues().size();
        assertEquals(seedFindings, count("document.querySelectorAll('mark[data-doc=\"0\"]').length"));
        assertTrue(seedFindings >= 27);
    }

    @Test
    void theSeverityFilterHidesAndShowsHighlights() {
        show(monolingualPage);
        long minor = report.documents().stream().flatMap(d -> d.issues().stream())
                .map(ReportedIssue::issue).filter(i -> i.severity() == Severity.MINOR).count();
        assertTrue(minor > 0);
        WebElement box = browser.findElement(By.cssSelector("input[data-severity-filter='minor']"));
        box.click();
        assertEquals(minor, count("document.querySelectorAll('mark.f.off').length"));
        assertEquals(minor, count("document.querySelectorAll('mark.f.off[data-severity=\"minor\"]').length"));
        assertEquals(minor, count("Array.from(document.querySelectorAll('ol.findings li')).filter(li => li.hidden).length"));
        box.click();
        assertEquals(0, count("document.querySelectorAll('mark.f.off').length"));
    }

    @Test
    void keysMoveBetweenFindingsAndShowTheirDetails() {
        show(monolingualPage);
        browser.findElement(By.tagName("body")).sendKeys("j");
        WebElement details = browser.findElement(By.id("details"));
        assertTrue(details.isDisplayed());
        String first = (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
        browser.findElement(By.tagName("body")).sendKeys("j");
        String second = (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
        assertTrue(first.startsWith("f-") && second.startsWith("f-") && !first.equals(second), first + " " + second);
        assertTrue(details.getText().contains("Category"));
    }

    @Test
    void markupInTheInputIsShownNotRun() throws Exception {
        show(monolingualPage);
        Object injected = ((JavascriptExecutor) browser).executeScript("return window.__mtlintXss");
        assertEquals(null, injected, "a script from the input ran");
        assertEquals(0, count("document.querySelectorAll('.text script, .text img').length"));
        String text = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('section[data-doc=\"1\"] .text').textContent");
        assertTrue(text.contains("<script>window.__mtlintXss = 1</script>"), text);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('details').hidden = true; window.scrollTo(0, 0)");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target/html-report.png"), StandardCopyOption.REPLACE_EXISTING);
        assertFalse(Files.size(Path.of("target/html-report.png")) == 0);
    }

    private static String text(String script) {
        return (String) ((JavascriptExecutor) browser).executeScript("return " + script);
    }

    @Test
    void sourceAndTranslationStandSideBySideOneSegmentARow() throws Exception {
        show(bilingualPage);
        assertEquals(4, count("document.querySelectorAll('table.bitext tbody tr').length"));
        assertEquals(4, count("document.querySelectorAll('table.bitext td.src[lang=\"zh\"] + td.tgt[lang=\"en\"]').length"));
        assertTrue(text("document.querySelector('tr[data-segment=\"0\"] td.src').textContent").startsWith("国家统计局17日表示"));
        assertTrue(text("document.querySelector('tr[data-segment=\"0\"] td.tgt').textContent").startsWith("BEIJING, Jan. 17"));
        assertEquals("Retail sales grew by 5 percent.", text("document.querySelector('tr[data-segment=\"1\"] td.tgt').textContent"));
        assertEquals("城镇新增就业1206万人。", text("document.querySelector('tr.no-target td.src').textContent"));
        assertEquals("no translation", text("document.querySelector('tr.no-target td.tgt .missing').textContent"));
        assertEquals("no source", text("document.querySelector('tr.no-source td.src').textContent"));
        assertEquals("2", text("document.querySelector('tr.low td.n').textContent"), "the second pair, aligned with confidence 0.03");
        assertTrue(text("document.querySelector('.alignment').textContent").contains("aligned sentence by sentence"));
        assertTrue(text("getComputedStyle(document.querySelector('td.src')).fontFamily").contains("Noto Sans CJK SC"));
        // every finding is still one highlight in the target; the two with a source span have one there too
        assertEquals(3, count("document.querySelectorAll('td.tgt mark.f[data-rule][data-severity][data-category]').length"));
        assertEquals(2, count("document.querySelectorAll('td.src mark.src[data-finding]').length"));
        assertEquals(1, count("document.querySelectorAll('tr.no-target td.tgt mark.f[data-rule=\"accuracy.omission\"]').length"));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target/html-report-bilingual.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aBilingualFileShowsItsSegmentIds() {
        show(xliffPage);
        assertEquals("headline p1 p2", text("Array.from(document.querySelectorAll('table.bitext td.n')).map(function (n) "
                + "{ return n.textContent; }).join(' ')"));
        assertEquals("no translation", text("document.querySelector('tr.no-target td.tgt .missing').textContent"));
        assertTrue(text("document.querySelector('ol.findings li').textContent").contains("headline:22"));
        browser.findElement(By.cssSelector("mark.f[data-rule='accuracy.number']")).click();
        String details = browser.findElement(By.id("details")).getText();
        assertTrue(details.contains("news/gdp.xlf#headline:22") && details.contains("120万亿元"), details);
        long wrapped = count("Array.from(document.querySelectorAll('table.bitext td.n')).filter(function (n) "
                + "{ var lines = document.createRange(); lines.selectNodeContents(n); return lines.getClientRects().length > 1; }).length");
        assertEquals(0, wrapped, "an id fits its column on one line");
    }

    @Test
    void aDocumentWhoseFindingsAreAllFilteredOutSaysSo() {
        show(monolingualPage);
        String note = "Array.from(document.querySelectorAll('ol.findings')).filter(function (list) "
                + "{ return getComputedStyle(list, '::before').content.indexOf('matches the filters') >= 0; }).length";
        assertEquals(0, count(note));
        List<WebElement> boxes = browser.findElements(By.cssSelector("input[data-severity-filter]"));
        boxes.forEach(WebElement::click);
        try {
            assertEquals(count("Array.from(document.querySelectorAll('ol.findings')).filter(function (list) "
                    + "{ return list.querySelector('li'); }).length"), count(note));
            assertTrue(count(note) > 0);
        } finally {
            boxes.forEach(WebElement::click);
        }
    }

    @Test
    void selectingAFindingMarksItsSourceSpanAndShowsIt() {
        show(bilingualPage);
        WebElement number = browser.findElement(By.cssSelector("mark.f[data-rule='accuracy.number']"));
        number.click();
        WebElement source = browser.findElement(By.cssSelector("mark.src.current"));
        assertEquals("1.2万亿元", source.getText());
        assertEquals(number.getAttribute("id"), source.getAttribute("data-finding"));
        assertEquals(source.getAttribute("id"), number.getAttribute("data-source"));
        String details = browser.findElement(By.id("details")).getText();
        assertTrue(details.contains("1.2万亿元") && details.contains("news/gdp.zh.txt:1:27"), details);

        // clicking the source span selects its finding
        browser.findElement(By.cssSelector("tr.no-target mark.src")).click();
        assertEquals("accuracy.omission", browser.findElement(By.cssSelector("mark.f.current")).getAttribute("data-rule"));
        assertEquals(1, count("document.querySelectorAll('mark.src.current').length"));
        assertEquals("城镇新增就业1206万人。", browser.findElement(By.cssSelector("mark.src.current")).getText());
        assertTrue(browser.findElement(By.id("details")).getText().contains("news/gdp.zh.txt:3:1"));

        // the next finding has no source span: nothing stays marked in the source
        browser.findElement(By.tagName("body")).sendKeys("j");
        assertEquals("accuracy.addition", browser.findElement(By.cssSelector("mark.f.current")).getAttribute("data-rule"));
        assertEquals(0, count("document.querySelectorAll('mark.src.current').length"));

        // focus alone links both sides
        ((JavascriptExecutor) browser).executeScript("document.querySelector('mark.f[data-rule=\"accuracy.number\"]').focus()");
        assertEquals(1, count("document.querySelectorAll('mark.src.linked').length"));
    }

    @Test
    void markupOnEitherSideOfAPairIsShownNotRun() {
        show(bilingualMarkupPage);
        assertEquals(1, bilingualMarkup.documents().size());
        assertTrue(bilingualMarkup.documents().get(0).source() != null, "the pair was not paired");
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.__mtlintXss"), "a script from the input ran");
        assertEquals(0, count("document.querySelectorAll('table.bitext script, table.bitext img, table.bitext b').length"));
        assertEquals(2, count("document.querySelectorAll('table.bitext tbody tr').length"), "line-aligned: a row a line");
        assertTrue(text("document.querySelector('tr[data-segment=\"1\"] td.src').textContent")
                .contains("<script>window.__mtlintXss = 5</script>"));
        assertTrue(text("document.querySelector('tr[data-segment=\"1\"] td.tgt').textContent")
                .contains("<script>window.__mtlintXss = 3</script>"));
        assertEquals(bilingualMarkup.summary().issues(), count("document.querySelectorAll('mark[data-rule][data-severity][data-category]').length"));
        assertTrue(bilingualMarkup.summary().issues() > 0);
    }

    @Test
    void theSeverityFilterAlsoDimsSourceSpans() {
        show(bilingualPage);
        WebElement box = browser.findElement(By.cssSelector("input[data-severity-filter='major']"));
        box.click();
        assertEquals(2, count("document.querySelectorAll('mark.src.off').length"));
        box.click();
        assertEquals(0, count("document.querySelectorAll('mark.src.off').length"));
    }
}
