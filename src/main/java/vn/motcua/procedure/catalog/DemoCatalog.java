package vn.motcua.procedure.catalog;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo office imports the sample catalog (config/catalog/thu-tuc-mau.csv) at start, as its administrator would
 * through the API: the codes the catalog lacks are created and logged as PROCEDURE_IMPORTED by {@code system}. Today's
 * catalog keeps imports in memory only, so this runs on every start of the demo (docs/catalog.md).
 */
@Component
@ConditionalOnProperty(name = "motcua.demo-data", havingValue = "true")
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final CatalogImport importer;
    private final Resource file;

    DemoCatalog(CatalogImport importer, @Value("${motcua.catalog.demo-file}") Resource file) {
        this.importer = importer;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!file.exists()) {
            log.warn("The demo catalog {} does not exist; nothing imported", file);
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        CatalogImport.Result result = importer.run(file.getFilename(), content, false);
        log.info(
                "Demo catalog {}: {} created, {} changed, {} refused",
                file.getFilename(),
                result.created().size(),
                result.changed().size(),
                result.refused().size());
    }
}
