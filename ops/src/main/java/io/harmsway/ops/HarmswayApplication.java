package io.harmsway.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "io.harmsway")
public class HarmswayApplication {

    public static void main(String[] args) {
        SpringApplication.run(HarmswayApplication.class, args);
    }
}
