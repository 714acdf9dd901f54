package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A commit the standalone's H2 file database has returned survives a kill -9 of the process: the JDBC URL of
 * {@code application.yml} is opened by a child JVM that commits rows one by one and prints each id once its
 * commit returned; it is killed with SIGKILL mid-stream, and every printed id must be in the file afterwards.
 * With H2's default write delay (500 ms of commits kept in memory) the last commits before the kill are gone:
 * the fault run found acknowledged commands lost that way.
 */
class H2DurabilityTest {

    private static final int COMMITS_BEFORE_KILL = 300;

    @Test
    void every_returned_commit_survives_kill_nine(@TempDir Path dataDir) throws Exception {
        String url = standaloneUrl(dataDir);
        // created and closed here, cleanly: only the child's commits are at stake
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table commits (id bigint primary key, filler varchar(200))");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitWriter.class.getName(), url).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Long> committed = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && committed.size() < COMMITS_BEFORE_KILL;
                 line = lines.readLine()) {
                committed.add(Long.parseLong(line.trim()));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).hasSize(COMMITS_BEFORE_KILL);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from commits where id <= "
                     + committed.getLast())) {
            rows.next();
            assertThat(rows.getLong(1)).as("commits returned before the kill, still in the file")
                    .isEqualTo(committed.size());
        }
    }

    /** spring.datasource.url of the standalone's application.yml, on the given data directory. */
    private static String standaloneUrl(Path dataDir) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String url = yaml.getObject().getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:${serviceledger.data-dir}/");
        return url.replace("${serviceledger.data-dir}", dataDir.toAbsolutePath().toString());
    }

    /** The child: commits one row per transaction and prints its id once the commit returned. */
    public static final class CommitWriter {

        public static void main(String[] args) throws SQLException {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
                connection.setAutoCommit(false);
                for (long id = 1; ; id++) {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("insert into commits values (" + id + ", repeat('x', 200))");
                    }
                    connection.commit();
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}
