package com.serviceledger.bench.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.serviceledger.bench.BenchArguments;
import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.bench.load.StandaloneProcess;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The web console's dashboard against the standalone with demo history (issue 18's figures), over plain HTTP as a
 * signed-in analyst (form login, session cookie), no browser:
 * <ul>
 *   <li><b>first render</b>: {@code GET /console/dashboard} (its HTML with the three metrics in it), p50/p95 over
 *   {@code --loads}; and <b>chart-ready</b>: that HTML and then every style sheet and script it links, fetched
 *   in parallel as a browser with an empty cache does (the charts are drawn once the scripts are there);</li>
 *   <li><b>live update</b>: with the dashboard's stream open, a complaint filed over the API; the delay from
 *   sending the command to the stream's event with a new digest of the figures, p50/p95 over {@code --updates};</li>
 *   <li><b>page weight</b>: bytes of the HTML, CSS and JS of the dashboard, raw and gzip (level 6).</li>
 * </ul>
 * {@code --days=90} of history, simulated by the standalone on its first start in {@code --data} (kept, so a second
 * run reuses it: the history goes only into an empty data directory); {@code --jar}, {@code --child-heap}, {@code --out}.
 * Writes {@code console-report.json} and prints a Markdown table.
 */
public final class ConsoleBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:console/assets|webjars)/[^\"]+)\"");
    private static final String ANALYST = "analyst";

    private ConsoleBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = BenchArguments.parse(args, Set.of("days", "loads", "updates", "data", "jar",
                "child-heap", "out", "url"));
        int days = Integer.parseInt(given.getOrDefault("days", "90"));
        int loads = Integer.parseInt(given.getOrDefault("loads", "50"));
        int updates = Integer.parseInt(given.getOrDefault("updates", "20"));
        Path out = Path.of(given.getOrDefault("out", "target/bench")).toAbsolutePath();
        Path data = Path.of(given.getOrDefault("data", out.resolve("console-data-" + days + "d").toString()))
                .toAbsolutePath();
        Path jar = Path.of(given.getOrDefault("jar", "deploy/standalone/target/standalone-0.1.0-SNAPSHOT.jar"));
        Files.createDirectories(out);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("measuredAt", Instant.now().toString());
        report.put("historyDays", days);
        if (given.containsKey("url")) {
            measure(given.get("url"), loads, updates, report);
        } else {
            Instant started = Instant.now();
            try (StandaloneProcess child = StandaloneProcess.start(jar, given.getOrDefault("child-heap", "2g"), data,
                    Map.of("SERVICELEDGER_DEMO_HISTORY_DAYS", String.valueOf(days)))) {
                awaitHistory(child.baseUrl());
                report.put("startAndHistorySeconds", Duration.between(started, Instant.now()).toSeconds());
                measure(child.baseUrl(), loads, updates, report);
            }
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(out.resolve("console-report.json").toFile(), report);
        System.out.println(markdown(report));
        System.exit(0);
    }

    private static void measure(String base, int loads, int updates, Map<String, Object> report) throws Exception {
        Session session = Session.signIn(base, ANALYST);
        Map<String, Object> counted = new LinkedHashMap<>();
        counted.put("complaints", total(base, "/api/complaints?size=1"));
        counted.put("serviceRequests", total(base, "/api/service-requests?size=1"));
        report.put("documents", counted);

        Map<String, Object> pages = new LinkedHashMap<>();
        for (String query : List.of("", "?period=month&groupBy=subsidiary", "?period=day&groupBy=department")) {
            String path = "/console/dashboard" + query;
            for (int i = 0; i < 5; i++) {
                session.get(path); // warm-up: compiled code, caches of the node
            }
            List<Double> render = new ArrayList<>();
            List<Double> ready = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> page = session.get(path);
                render.add(millis(start));
                if (page.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + page.statusCode());
                }
                List<String> assets = assets(new String(page.body(), StandardCharsets.UTF_8));
                assets.parallelStream().forEach(asset -> session.getQuietly(asset));
                ready.add(millis(start));
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("firstRenderP50Ms", percentile(render, 50));
            figures.put("firstRenderP95Ms", percentile(render, 95));
            figures.put("chartReadyP50Ms", percentile(ready, 50));
            figures.put("chartReadyP95Ms", percentile(ready, 95));
            pages.put(path, figures);
        }
        report.put("pages", pages);
        report.put("pageWeight", weight(session, "/console/dashboard"));
        report.put("liveUpdate", live(base, session, updates));
    }

    /** The page and every style sheet and script it links: raw bytes and gzip bytes, by kind. */
    private static Map<String, Object> weight(Session session, String path) throws Exception {
        byte[] html = session.get(path).body();
        Map<String, long[]> byKind = new LinkedHashMap<>();
        byKind.put("html", new long[]{html.length, gzip(html)});
        Map<String, Object> files = new LinkedHashMap<>();
        for (String asset : assets(new String(html, StandardCharsets.UTF_8))) {
            HttpResponse<byte[]> answer = session.get(asset);
            byte[] body = answer.body();
            String kind = asset.endsWith(".css") ? "css" : "js";
            long[] sum = byKind.computeIfAbsent(kind, k -> new long[2]);
            sum[0] += body.length;
            sum[1] += gzip(body);
            files.put(asset, Map.of("raw", body.length, "gzip", gzip(body),
                    "servedEncoding", answer.headers().firstValue("Content-Encoding").orElse("identity")));
        }
        Map<String, Object> weight = new LinkedHashMap<>();
        long raw = 0;
        long zipped = 0;
        for (Map.Entry<String, long[]> kind : byKind.entrySet()) {
            weight.put(kind.getKey(), Map.of("raw", kind.getValue()[0], "gzip", kind.getValue()[1]));
            raw += kind.getValue()[0];
            zipped += kind.getValue()[1];
        }
        weight.put("total", Map.of("raw", raw, "gzip", zipped));
        weight.put("files", files);
        return weight;
    }

    /**
     * With the dashboard's stream open (default parameters: this month among the last six), a complaint filed in the
     * demo subsidiary every few seconds; each delay runs from sending the command to the first event whose digest
     * differs from the one before.
     */
    private static Map<String, Object> live(String base, Session session, int updates) throws Exception {
        BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        HttpRequest request = session.request("/console/dashboard/stream").header("Accept", "text/event-stream")
                .GET().build();
        HttpResponse<InputStream> stream = session.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        events.add(new String[]{line.substring(5).trim(), String.valueOf(System.nanoTime())});
                    }
                }
            } catch (IOException closed) {
                // the stream ends with the bench
            }
        });
        String[] first = events.poll(30, TimeUnit.SECONDS);
        if (first == null) {
            throw new IllegalStateException("the dashboard's stream sent no first event");
        }
        String digest = first[0];
        CommandClient client = new CommandClient(base);
        List<Double> delays = new ArrayList<>();
        int missed = 0;
        for (int i = 0; i < updates; i++) {
            Thread.sleep(2500); // past the stream's shortest interval between two results and the index refresh
            events.clear();
            long sent = System.nanoTime();
            CommandClient.Answer filed = client.post("/api/complaints", "agent", """
                    {"channel":"HOTLINE","customer":{"name":"Probe","phone":"13800000000"},
                     "content":"Dashboard probe","demand":"None","urgency":"NORMAL",
                     "target":{"subsidiaryId":"demo-tangshan","departmentId":"dept-sales"}}""", Map.of());
            if (filed.status() != 201) {
                throw new IllegalStateException("filing a complaint answered " + filed.status() + ": " + filed.body());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            Double delay = null;
            while (delay == null && System.nanoTime() < deadline) {
                String[] event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event != null && !event[0].equals(digest)) {
                    digest = event[0];
                    delay = (Long.parseLong(event[1]) - sent) / 1e6;
                }
            }
            if (delay == null) {
                missed++;
            } else {
                delays.add(delay);
            }
        }
        reader.interrupt();
        Map<String, Object> live = new LinkedHashMap<>();
        live.put("updates", updates);
        live.put("missed", missed);
        live.put("p50Ms", percentile(delays, 50));
        live.put("p95Ms", percentile(delays, 95));
        live.put("maxMs", delays.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        live.put("delaysMs", delays);
        return live;
    }

    /** Until the demo history is played: commands answer 503 while it runs (a bad body is a 400 after). */
    private static void awaitHistory(String base) throws Exception {
        CommandClient client = new CommandClient(base);
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (System.nanoTime() < until) {
            int status = client.post("/api/complaints", "agent", "{}", Map.of()).status();
            if (status != 503 && status != 0) {
                Thread.sleep(5000); // the views take the history's last events
                return;
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the demo history did not finish within 20 minutes");
    }

    private static long total(String base, String path) {
        String body = new CommandClient(base).get(path, "auditor").body();
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(body);
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    private static List<String> assets(String html) {
        List<String> found = new ArrayList<>();
        Matcher asset = ASSET.matcher(html);
        while (asset.find()) {
            found.add(asset.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    private static long gzip(byte[] body) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(body);
        }
        return zipped.size();
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** Nearest rank. */
    static double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return Math.round(sorted.get(Math.max(0, rank - 1)) * 10) / 10.0;
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        StringBuilder md = new StringBuilder("## Console dashboard (")
                .append(report.get("historyDays")).append(" days of demo history, ")
                .append(report.get("documents")).append(")\n\n| figure | value | goal |\n|---|---|---|\n");
        Map<String, Object> pages = (Map<String, Object>) report.get("pages");
        pages.forEach((path, value) -> {
            Map<String, Object> figures = (Map<String, Object>) value;
            md.append("| first render `").append(path).append("` p50 / p95 | ").append(figures.get("firstRenderP50Ms"))
                    .append(" / ").append(figures.get("firstRenderP95Ms")).append(" ms | < 1000 ms |\n");
            md.append("| chart-ready (HTML + CSS + JS, empty cache) `").append(path).append("` p50 / p95 | ")
                    .append(figures.get("chartReadyP50Ms")).append(" / ").append(figures.get("chartReadyP95Ms"))
                    .append(" ms | |\n");
        });
        Map<String, Object> live = (Map<String, Object>) report.get("liveUpdate");
        md.append("| live update, command → stream event, p50 / p95 / max | ").append(live.get("p50Ms")).append(" / ")
                .append(live.get("p95Ms")).append(" / ").append(live.get("maxMs")).append(" ms (")
                .append(live.get("missed")).append(" of ").append(live.get("updates")).append(" missed) | < 200 ms |\n");
        Map<String, Object> weight = (Map<String, Object>) report.get("pageWeight");
        for (String kind : List.of("html", "css", "js", "total")) {
            Map<String, Object> sizes = (Map<String, Object>) weight.get(kind);
            if (sizes != null) {
                md.append("| page weight ").append(kind).append(", raw / gzip | ").append(kib(sizes.get("raw")))
                        .append(" / ").append(kib(sizes.get("gzip"))).append(" KiB | |\n");
            }
        }
        return md.toString();
    }

    private static String kib(Object bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", ((Number) bytes).doubleValue() / 1024);
    }

    /** A signed-in console session: the form's CSRF token, the SESSION cookie on every request. */
    private static final class Session {

        private final HttpClient http;
        private final String base;
        private final String cookie;

        private Session(HttpClient http, String base, String cookie) {
            this.http = http;
            this.base = base;
            this.cookie = cookie;
        }

        static Session signIn(String base, String user) throws Exception {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(form.body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in form");
            }
            String before = cookie(form);
            String body = "username=" + user + "&password=" + user + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (before != null) {
                post.header("Cookie", before);
            }
            HttpResponse<String> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
            String session = cookie(signedIn);
            if (signedIn.statusCode() / 100 != 3 || session == null
                    || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("signing in as " + user + " answered " + signedIn.statusCode());
            }
            return new Session(http, base, session);
        }

        private static String cookie(HttpResponse<?> response) {
            return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                    .orElse(null);
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                    .timeout(Duration.ofSeconds(30));
        }

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        void getQuietly(String path) {
            try {
                get(path);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(path, e);
            }
        }
    }
}
