# The app image for docker-compose.yml. Build stage uses the Maven wrapper like everyone else.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/moedegraf-*.jar /app/moedegraf.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/moedegraf.jar"]
