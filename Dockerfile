# Production image: the application alone; PostgreSQL and Kafka run as their own containers
# (docker-compose.yml). Build stage uses the Maven wrapper so the image needs nothing else.
# The build makes two jars (pom.xml); the image takes danvan-server.jar, which carries neither the
# embedded PostgreSQL nor the embedded Kafka broker of the local run's danvan.jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app danvan
WORKDIR /app
COPY --from=build /src/target/danvan-server.jar /app/danvan-server.jar
USER danvan
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/danvan-server.jar"]
