package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Một Cửa: the dossier workflow engine of a one-stop administrative office. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MotCuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotCuaApplication.class, args);
    }
}
