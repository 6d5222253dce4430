package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** August 2026 on the sandbox clock: a backlog at TC-KH, seen ahead on the board, the task list and a what-if. */
class ForecastBrowserTest extends BrowserTestSupport {

    @Test
    void theBoardPredictsTheLateDossierAndAWhatIfWithMorePeopleClearsIt() throws Exception {
        clockAt("2026-08-10T09:00:00+07:00");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            codes.add(accepted("HO-KINH-DOANH").path("code").asText());
        }
        String last = codes.get(codes.size() - 1);

        signIn("supervisor");
        open("/supervisor/overdue");
        By forecastRow = By.cssSelector("#forecast-table tr[data-dossier='" + last + "']");
        until.until(ExpectedConditions.presenceOfElementLocated(forecastRow));
        assertThat(browser.findElement(forecastRow).getText())
                .contains("Phòng Kinh tế phường Hồ Sen")
                .containsPattern("\\d+ hồ sơ xếp trước, phòng xử lý [\\d,]+ hồ sơ/ngày");
        assertThat(browser.findElement(By.id("forecast-h")).getText()).startsWith("Dự báo trễ hạn");
        String finishOnTheBoard = browser.findElement(forecastRow)
                .findElement(By.cssSelector(".forecast-finish"))
                .getText();

        new Select(usable(By.id("what-if-from"))).selectByValue("");
        new Select(usable(By.id("what-if-to"))).selectByValue("TC-KH");
        type(By.id("what-if-people"), "50");
        usable(By.cssSelector("#what-if-form button[type=submit]")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("what-if-summary")));
        assertThat(browser.findElement(By.id("what-if-summary")).getText()).startsWith("Hiện nay ");
        String[] counts = browser.findElement(By.id("what-if-summary"))
                .getText()
                .replaceAll("[^0-9]+", " ")
                .trim()
                .split(" ");
        assertThat(Integer.parseInt(counts[1]))
                .as("late with fifty more people")
                .isLessThan(Integer.parseInt(counts[0]));
        List<WebElement> withMore =
                browser.findElements(By.cssSelector("#what-if-table tr[data-dossier='" + last + "'] .forecast-finish"));
        if (!withMore.isEmpty()) {
            // Dossiers other tests left at TC-KH can keep it late; it still finishes sooner.
            assertThat(shown(withMore.get(0).getText())).isBefore(shown(finishOnTheBoard));
        }
        assertThat(browser.getCurrentUrl()).as("htmx answered in place").endsWith("/supervisor/overdue");
        assertThat(browser.findElements(forecastRow))
                .as("the office itself did not change")
                .hasSize(1);
        assertTablesReadable();
        screenshot("overdue-forecast");

        signIn("handler.tckh");
        open("/tasks");
        By taskRow = By.cssSelector("#task-list tr[data-dossier='" + last + "']");
        until.until(ExpectedConditions.presenceOfElementLocated(taskRow));
        assertThat(browser.findElement(taskRow)
                        .findElement(By.cssSelector("td.forecast"))
                        .getText())
                .contains("Dự báo trễ");
    }

    private static LocalDateTime shown(String text) {
        return LocalDateTime.parse(text, DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    @Test
    void aWhatIfThatMovesPeopleToTheDepartmentTheyLeaveIsRefusedBesideTheForm() throws Exception {
        signIn("supervisor");
        open("/supervisor/overdue");
        new Select(usable(By.id("what-if-from"))).selectByValue("TC-KH");
        new Select(usable(By.id("what-if-to"))).selectByValue("TC-KH");
        usable(By.cssSelector("#what-if-form button[type=submit]")).click();
        By error = By.cssSelector("#what-if-result .alert");
        until.until(ExpectedConditions.presenceOfElementLocated(error));
        assertThat(browser.findElement(error).getText()).contains("khác phòng chuyển đi");
    }
}
