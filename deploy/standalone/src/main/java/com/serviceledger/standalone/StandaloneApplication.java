package com.serviceledger.standalone;

import com.serviceledger.command.CommandSideConfiguration;
import com.serviceledger.query.QuerySideConfiguration;
import com.serviceledger.standalone.demo.DemoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Both sides in one JVM on an H2 file event store and an embedded Elasticsearch node, all data under
 * {@code serviceledger.data-dir}: for trying and developing; production runs the sides apart.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({CommandSideConfiguration.class, QuerySideConfiguration.class, StartupBanner.class, DemoConfiguration.class})
public class StandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
