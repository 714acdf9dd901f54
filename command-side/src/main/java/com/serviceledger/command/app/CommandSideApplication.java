package com.serviceledger.command.app;

import com.serviceledger.command.CommandSideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The command side on its own (production: several replicas behind Axon Server or one database). */
@SpringBootApplication
@Import(CommandSideConfiguration.class)
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
