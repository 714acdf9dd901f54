# syntax=docker/dockerfile:1
# The query-side image. Build from the repository root (the context needs the wrapper and every module):
#   docker build -f deploy/docker/query-side.Dockerfile -t serviceledger/query-side .

# Build: the project's own wrapper and toolchain (the toolchains plugin takes this JDK: it is 21+).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY . .
# ~/.m2 in a cache mount: dependencies survive between builds without landing in a layer
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -pl query-side -am -DskipTests package \
    && cp query-side/target/query-side-*-exec.jar /workspace/app.jar

# Run: JRE only, as an unprivileged user.
FROM eclipse-temurin:25-jre
# curl for the health check (the JRE image does not promise one)
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin serviceledger
WORKDIR /app
COPY --from=build --chown=serviceledger:serviceledger /workspace/app.jar /app/app.jar
USER 10001
ENV SERVER_PORT=8082 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.security.egd=file:/dev/urandom"
EXPOSE 8082
# readiness, not liveness: "healthy" in compose means ready for traffic (depends_on waits for it)
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=6 \
    CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
