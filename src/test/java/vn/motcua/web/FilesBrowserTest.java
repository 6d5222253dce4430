package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.support.TestFiles;

class FilesBrowserTest extends BrowserTestSupport {

    @Test
    void clerkOpensTheCitizensScanWhileCheckingAnOnlineDossier() throws Exception {
        // The citizen applied on the public-service portal, which sent the dossier with the scan.
        ObjectNode online = intakeBody("HO-KINH-DOANH", null);
        online.remove("channel");
        online.put("portalId", "DVC-" + java.util.UUID.randomUUID());
        online.putArray("documents").addObject().put("name", "Tờ khai");
        ((com.fasterxml.jackson.databind.node.ArrayNode) online.get("documents"))
                .addObject()
                .put("name", "Bản sao CCCD");
        String code = expect(
                        201,
                        portalWithFiles(
                                portalToken(),
                                online,
                                TestFiles.part(
                                        "files[Tờ khai]",
                                        "to-khai-cong-dan.pdf",
                                        "application/pdf",
                                        TestFiles.pdf("tờ khai của công dân"))))
                .path("code")
                .asText();

        signIn("clerk");
        By check = By.xpath("//table[@id='checks']//tr[td/a[text()='" + code + "']]//a[contains(@href,'/tasks/')]");
        until.until(ExpectedConditions.elementToBeClickable(check));
        browser.findElement(check).click();
        until.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));

        WebElement form = browser.findElement(By.cssSelector(".component[data-component='Tờ khai']"));
        WebElement name = form.findElement(By.cssSelector(".file-name"));
        assertThat(name.getText()).isEqualTo("to-khai-cong-dan.pdf");
        name.click();
        WebElement frame =
                until.until(ExpectedConditions.visibilityOf(form.findElement(By.cssSelector("iframe.file-frame"))));
        assertThat(frame.getSize().getHeight()).isGreaterThan(200);
        Object answer = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0].src).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                        frame);
        assertThat(answer).isEqualTo("200 application/pdf");
        screenshot("check-files");

        // The clerk scans the ID card at the desk: an image, shown inline once uploaded.
        Path scan = Files.createTempFile("cccd", ".png");
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", scan.toFile());
        WebElement idCopy = browser.findElement(By.cssSelector(".component[data-component='Bản sao CCCD']"));
        idCopy.findElement(By.cssSelector("input[type=file]")).sendKeys(scan.toString());
        idCopy.findElement(By.cssSelector("button[type=submit]")).click();
        until.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".component[data-component='Bản sao CCCD'] .file-name")));
        WebElement uploaded = browser.findElement(By.cssSelector(".component[data-component='Bản sao CCCD']"));
        uploaded.findElement(By.cssSelector(".file-name")).click();
        WebElement img =
                until.until(ExpectedConditions.visibilityOf(uploaded.findElement(By.cssSelector("img.file-image"))));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ((Number) script("return arguments[0].naturalWidth", img)).intValue() == 60);
        assertThat(dossier(code).path("documents").findValuesAsText("digitized"))
                .containsExactly("true", "true");
        Files.delete(scan);
    }

    @Test
    void citizenDownloadsTheElectronicResultFromTheLookupPage() throws Exception {
        String code = accepted("HO-KINH-DOANH").path("code").asText();
        byte[] result = TestFiles.pdf("Giấy chứng nhận đăng ký hộ kinh doanh điện tử");
        expect(
                201,
                call(
                        multipart("/api/dossiers/{code}/result-files", code)
                                .file(TestFiles.part("file", "giay-chung-nhan.pdf", "application/pdf", result)),
                        "handler.tckh"));
        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));

        Path downloads = Files.createTempDirectory("motcua-downloads");
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        open("/tra-cuu");
        type(By.id("code"), code);
        type(By.id("phone"), "5678");
        WebElement before = browser.findElement(By.id("main"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitReplaced(before);
        WebElement download = usable(By.id("download-result"));
        screenshot("lookup-result");
        download.click();

        Path file = downloads.resolve("giay-chung-nhan.pdf");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file) && Files.size(file) == result.length);
        assertThat(Files.readAllBytes(file)).isEqualTo(result);
        try (Stream<Path> left = Files.list(downloads)) {
            left.map(Path::toFile).forEach(File::delete);
        }
        Files.delete(downloads);
    }
}
