package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.support.TestFiles;

class SupplementFilesBrowserTest extends BrowserTestSupport {

    static final String MINUTES = "Biên bản họp thành viên hộ gia đình";

    @Test
    void clerkScansTheSupplementAndSeesItOnTheDossier() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "REQUEST_SUPPLEMENT");
        body.put("reason", "Thiếu biên bản họp");
        body.putArray("missingDocuments").add(MINUTES);
        String code = intake(body).path("code").asText();
        Path scan = Files.createTempFile("bien-ban-hop", ".pdf");
        Files.write(scan, TestFiles.pdf("biên bản họp"));

        signIn("clerk");
        open("/dossiers/" + code);
        WebElement checklist =
                until.until(ExpectedConditions.visibilityOfElementLocated(By.id("supplement-checklist")));
        WebElement row = checklist.findElement(By.xpath(".//tr[td[text()='" + MINUTES + "']]"));
        row.findElement(By.cssSelector("input[type=checkbox]")).click();
        row.findElement(By.cssSelector("input[type=file]")).sendKeys(scan.toString());
        assertThat(row.findElement(By.cssSelector(".drop-zone .chosen")).getText())
                .isEqualTo(scan.getFileName().toString());
        screenshot("supplement-files");
        browser.findElement(By.cssSelector("#supplement-form button[type=submit]"))
                .click();

        until.until(ExpectedConditions.urlContains("supplemented"));
        WebElement component = browser.findElement(By.cssSelector(".component[data-component='" + MINUTES + "']"));
        assertThat(component.findElement(By.cssSelector(".file-name")).getText())
                .isEqualTo(scan.getFileName().toString());
        assertThat(dossier(code).path("status").asText()).isEqualTo("SUBMITTED");
        Files.deleteIfExists(scan);
    }
}
