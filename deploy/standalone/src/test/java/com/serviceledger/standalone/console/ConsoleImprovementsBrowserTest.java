package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.standalone.StandaloneOnH2;
import com.serviceledger.standalone.TestOrganisation;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's improvement-actions pages in a real browser: a bad reference refused beside its field, an action
 * raised from the form, its progress, done, a check without a new due date refused, not effective (reopened), done
 * again and found effective; listed with its status; in Chinese by default and English on request; no serious
 * accessibility violation.
 */
@StandaloneOnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleImprovementsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;

    private final String sub = "sub-ci-" + UUID.randomUUID().toString().substring(0, 6);
    private ConsoleBrowser console;
    private ChromeDriver browser;

    @BeforeAll
    void open() throws Exception {
        organisation.register(sub);
        console = ConsoleBrowser.open(port);
        browser = console.driver;
    }

    @AfterAll
    void close() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void anActionFromRaisingToItsCheckedEffect() {
        console.openAs("tester", "/console/improvements");
        assertThat(console.text(By.tagName("h1"))).isEqualTo("改进措施");
        browser.findElement(By.cssSelector(".languages button[value='en']")).click();
        console.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Improvement actions"));
        console.assertNoSeriousViolations("improvements");

        fill("raise-subsidiaryId", sub);
        new Select(browser.findElement(By.id("raise-cause-kind"))).selectByValue("UNIT_EVALUATION");
        fill("raise-cause-reference", "2026-13");
        fill("raise-measure", "Second check of every repair");
        fill("raise-ownerId", TestOrganisation.staffOf(sub, "handler-3"));
        fill("raise-dueAt", "2099-06-01T17:00:00+08:00");
        browser.findElement(By.id("raise-submit")).click();
        console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("raise-cause-reference-error")));

        fill("raise-cause-reference", "2026-Q1");
        browser.findElement(By.id("raise-submit")).click();
        statusOrHistory("action-status", "Open");
        String id = console.text(By.tagName("h1"));
        console.assertNoSeriousViolations("improvement");

        fill("progress-note", "half the teams trained");
        browser.findElement(By.id("progress-submit")).click();
        statusOrHistory("history", "half the teams trained");
        console.wait.until(ExpectedConditions.elementToBeClickable(By.id("done-submit"))).click();
        statusOrHistory("action-status", "Done on time");

        console.wait.until(ExpectedConditions.elementToBeClickable(By.id("check-not-effective"))).click();
        browser.findElement(By.id("check-submit")).click();
        console.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-problem")));
        browser.findElement(By.id("check-not-effective")).click();
        fill("check-new-due", "2099-07-01T17:00:00+08:00");
        browser.findElement(By.id("check-submit")).click();
        statusOrHistory("action-status", "reopened 1×");
        console.wait.until(ExpectedConditions.elementToBeClickable(By.id("done-submit"))).click();
        console.wait.until(ExpectedConditions.elementToBeClickable(By.id("check-effective"))).click();
        browser.findElement(By.id("check-submit")).click();
        statusOrHistory("action-status", "Effective");

        // the list is a search: it sees the change once the index refreshed
        console.wait.until(d -> {
            console.get("/console/improvements?subsidiary=" + sub);
            return d.findElements(By.id("action-" + id)).stream().anyMatch(row -> row.getText().contains("Effective"));
        });
        assertThat(console.text(By.id("action-" + id))).contains("Second check of every repair");
    }

    /** The page after a form was sent shows the change (the page before never does). */
    private void statusOrHistory(String id, String text) {
        console.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private void fill(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
