package org.caseworkportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where this project is built, so the files in {@code docker/} are checked
 * against each other and against the application's own configuration instead: the compose file
 * must give the portal nodes exactly what the {@code prod} profile reads, the load balancer must
 * point at both nodes, and the image must run as a non-root user on a Java 17 runtime.
 */
class DockerComposeConfigurationTest {

	private static final Path COMPOSE_FILE = Path.of("docker/compose.yaml");

	private static final Path NGINX_CONF = Path.of("docker/nginx.conf");

	private static final Path DOCKERFILE = Path.of("docker/Dockerfile");

	private static final List<Path> PROD_PROFILE_CONFIGURATION = List.of(
			Path.of("src/main/resources/application.yml"), Path.of("src/main/resources/application-prod.yml"));

	/** Read by Spring Boot itself rather than through a placeholder in our configuration. */
	private static final Set<String> READ_BY_SPRING_BOOT = Set.of("SPRING_PROFILES_ACTIVE");

	/** {@code ${NAME}} or {@code ${NAME:default}}; only upper-case names are environment variables. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

	private static Map<String, Map<String, Object>> services;

	@BeforeAll
	static void readComposeFile() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE_FILE));
		services = map(compose.get("services"));
	}

	@Test
	void thereAreTwoPortalNodesBuiltFromTheProjectDockerfile() {
		assertThat(portalNodes()).containsOnlyKeys("portal-1", "portal-2");
		for (Map<String, Object> node : portalNodes().values()) {
			Map<String, Object> build = map(node.get("build"));
			Path context = COMPOSE_FILE.getParent().resolve(String.valueOf(build.get("context")));
			assertThat(context.resolve(String.valueOf(build.get("dockerfile"))).normalize())
				.isEqualTo(DOCKERFILE);
		}
	}

	@Test
	void bothPortalNodesAreGivenTheSameEnvironment() {
		List<Map<String, String>> environments = portalNodes().values().stream().map(node -> environment(node)).toList();
		assertThat(environments).hasSize(2);
		assertThat(environments.get(0)).isNotEmpty().isEqualTo(environments.get(1));
	}

	@Test
	void everyVariableThePortalNodesAreGivenIsOneTheProdProfileReads() throws IOException {
		Set<String> read = new TreeSet<>(READ_BY_SPRING_BOOT);
		read.addAll(placeholders(PROD_PROFILE_CONFIGURATION).keySet());
		for (Map.Entry<String, Map<String, Object>> node : portalNodes().entrySet()) {
			assertThat(environment(node.getValue()).keySet())
				.as("variables given to %s that neither application.yml, application-prod.yml nor Spring Boot reads",
						node.getKey())
				.isSubsetOf(read);
		}
	}

	@Test
	void everyProdSettingWithoutADefaultIsSetOnThePortalNodes() throws IOException {
		Set<String> required = placeholders(List.of(Path.of("src/main/resources/application-prod.yml"))).entrySet()
			.stream()
			.filter(placeholder -> !placeholder.getValue())
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(required).as("placeholders without a default in application-prod.yml").isNotEmpty();
		for (Map.Entry<String, Map<String, Object>> node : portalNodes().entrySet()) {
			assertThat(environment(node.getValue()).keySet())
				.as("%s must set every prod placeholder without a default, or the prod profile cannot start",
						node.getKey())
				.containsAll(required);
		}
	}

	@Test
	void thePortalNodesRunTheProdProfile() {
		for (Map<String, Object> node : portalNodes().values()) {
			assertThat(environment(node)).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
		}
	}

	@Test
	void thePortalNodesUseTheDatabaseAndMailServicesOfTheComposeFile() {
		Map<String, String> db = environment(services.get("db"));
		for (Map<String, Object> node : portalNodes().values()) {
			Map<String, String> environment = environment(node);
			assertThat(environment.get("DATABASE_URL"))
				.isEqualTo("jdbc:postgresql://db:5432/" + db.get("POSTGRES_DB"));
			assertThat(environment.get("DATABASE_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
			assertThat(environment.get("DATABASE_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
			assertThat(services).containsKey(environment.get("MAIL_HOST"));
			assertThat(map(node.get("depends_on"))).containsKeys("db", "mail");
			assertThat(map(map(node.get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
		}
		assertThat(services.get("db")).containsKey("healthcheck");
	}

	@Test
	void theDatabasePasswordIsTakenFromTheEnvironmentAndNotWrittenInTheComposeFile() {
		assertThat(environment(services.get("db")).get("POSTGRES_PASSWORD")).startsWith("${POSTGRES_PASSWORD:?");
	}

	@Test
	void onlyTheProxyAndTheMailInboxArePublished() {
		Set<String> published = services.entrySet()
			.stream()
			.filter(service -> service.getValue().containsKey("ports"))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(published).containsExactlyInAnyOrder("proxy", "mail");
		assertThat(list(services.get("proxy").get("ports"))).hasSize(1);
	}

	@Test
	void theProxyPublishesThePortNginxListensOn() throws IOException {
		String port = String.valueOf(list(services.get("proxy").get("ports")).get(0));
		String containerPort = port.substring(port.lastIndexOf(':') + 1);
		Matcher listen = Pattern.compile("(?m)^\\s*listen\\s+(\\d+)\\s*;").matcher(nginxConf());
		assertThat(listen.find()).as("a listen directive in nginx.conf").isTrue();
		assertThat(listen.group(1)).isEqualTo(containerPort);
	}

	@Test
	void theProxyMountsNginxConfAndBalancesAcrossBothPortalNodes() throws IOException {
		assertThat(list(services.get("proxy").get("volumes"))).anySatisfy(
				volume -> assertThat(String.valueOf(volume)).startsWith("./nginx.conf:").endsWith(":ro"));

		Matcher upstream = Pattern.compile("upstream\\s+(\\S+)\\s*\\{([^}]*)}").matcher(nginxConf());
		assertThat(upstream.find()).as("an upstream block in nginx.conf").isTrue();
		assertThat(nginxConf()).contains("proxy_pass http://" + upstream.group(1) + ";");

		List<String> servers = new ArrayList<>();
		Matcher server = Pattern.compile("(?m)^\\s*server\\s+([^\\s;]+)").matcher(upstream.group(2));
		while (server.find()) {
			servers.add(server.group(1));
		}
		String applicationPort = applicationPort();
		assertThat(servers).containsExactlyInAnyOrderElementsOf(
				portalNodes().keySet().stream().map(name -> name + ":" + applicationPort).toList());
	}

	@Test
	void theRuntimeImageIsAJava17RuntimeRunAsANonRootUser() throws IOException {
		List<String> lines = dockerfileInstructions();
		int lastFrom = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).toUpperCase().startsWith("FROM ")) {
				lastFrom = i;
			}
		}
		assertThat(lastFrom).as("a FROM instruction").isNotNegative();
		String runtimeImage = lines.get(lastFrom).split("\\s+")[1];
		assertThat(runtimeImage).matches("eclipse-temurin:17(\\.[0-9.+_]*)?-jre.*");

		List<String> users = lines.subList(lastFrom, lines.size())
			.stream()
			.filter(line -> line.toUpperCase().startsWith("USER "))
			.map(line -> line.substring(5).trim())
			.toList();
		assertThat(users).as("USER instructions in the runtime stage").isNotEmpty();
		String user = users.get(users.size() - 1).split(":")[0];
		assertThat(user).isNotIn("root", "0");
	}

	/** The portal services: those built from this project's Dockerfile. */
	private static Map<String, Map<String, Object>> portalNodes() {
		Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
		services.forEach((name, service) -> {
			if (service.get("build") instanceof Map<?, ?> build
					&& String.valueOf(build.get("dockerfile")).endsWith("Dockerfile")) {
				nodes.put(name, service);
			}
		});
		return nodes;
	}

	/** A service's environment, written either as a map or as a list of NAME=value. */
	private static Map<String, String> environment(Map<String, Object> service) {
		Object environment = service.get("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment instanceof Map<?, ?> entries) {
			entries.forEach((name, value) -> variables.put(String.valueOf(name), value == null ? null : String.valueOf(value)));
		}
		else if (environment instanceof List<?> entries) {
			for (Object entry : entries) {
				String[] parts = String.valueOf(entry).split("=", 2);
				variables.put(parts[0], parts.length == 2 ? parts[1] : null);
			}
		}
		return variables;
	}

	/** Environment-variable placeholders in the given files, each mapped to whether it has a default. */
	private static Map<String, Boolean> placeholders(List<Path> files) throws IOException {
		Map<String, Boolean> found = new LinkedHashMap<>();
		for (Path file : files) {
			Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
			while (placeholder.find()) {
				found.merge(placeholder.group(1), placeholder.group(2) != null, Boolean::logicalOr);
			}
		}
		return found;
	}

	/** The port a portal node listens on: PORT if the compose file sets it, else its default. */
	private static String applicationPort() throws IOException {
		String given = environment(portalNodes().values().iterator().next()).get("PORT");
		if (given != null) {
			return given;
		}
		Matcher port = Pattern.compile("\\$\\{PORT:(\\d+)}")
			.matcher(Files.readString(Path.of("src/main/resources/application.yml")));
		assertThat(port.find()).as("server.port: ${PORT:<default>} in application.yml").isTrue();
		return port.group(1);
	}

	private static String nginxConf() throws IOException {
		return Files.readString(NGINX_CONF).replaceAll("(?m)#.*$", "");
	}

	/** The Dockerfile's instructions, continuation lines joined and comments dropped. */
	private static List<String> dockerfileInstructions() throws IOException {
		String joined = Files.readString(DOCKERFILE).replaceAll("(?m)^\\s*#.*\\n", "").replaceAll("\\\\\\n", " ");
		List<String> lines = new ArrayList<>();
		for (String line : joined.split("\\n")) {
			if (!line.isBlank()) {
				lines.add(line.trim());
			}
		}
		return lines;
	}

	@SuppressWarnings("unchecked")
	private static <V> Map<String, V> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, V>) value;
	}

	private static List<Object> list(Object value) {
		if (value instanceof Iterable<?> iterable) {
			List<Object> items = new ArrayList<>();
			iterable.forEach(items::add);
			return items;
		}
		return List.of();
	}

}
