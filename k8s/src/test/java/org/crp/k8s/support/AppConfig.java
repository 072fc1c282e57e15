package org.crp.k8s.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service module reads from its environment in production: its application.properties
 * plus, when it depends on crp-common, the shared META-INF/microprofile-config.properties.
 * Keys of the %dev and %test profiles do not count; %prod keys override plain ones.
 */
public final class AppConfig {

    private static final Pattern ENV = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    private final String module;
    private final Map<String, String> properties;

    private AppConfig(String module, Map<String, String> properties) {
        this.module = module;
        this.properties = properties;
    }

    public static AppConfig of(String module) {
        Map<String, String> props = new LinkedHashMap<>();
        if (dependsOnCommon(module)) {
            load(Repo.path("common/src/main/resources/META-INF/microprofile-config.properties"), props);
        }
        load(Repo.path(module + "/src/main/resources/application.properties"), props);
        return new AppConfig(module, props);
    }

    public static boolean dependsOnCommon(String module) {
        String pom = Repo.read(module + "/pom.xml");
        // crp-common as a main (not test-jar, not test-scoped) dependency.
        Matcher m = Pattern.compile("<dependency>\\s*<groupId>org\\.crp</groupId>\\s*<artifactId>crp-common</artifactId>(.*?)</dependency>",
                Pattern.DOTALL).matcher(pom);
        while (m.find()) {
            String rest = m.group(1);
            if (!rest.contains("<scope>test</scope>") && !rest.contains("<type>test-jar</type>")) {
                return true;
            }
        }
        return false;
    }

    public String module() {
        return module;
    }

    /** Production value of a key, ${...} left unresolved. */
    public Optional<String> raw(String key) {
        String prod = properties.get("%prod." + key);
        return Optional.ofNullable(prod != null ? prod : properties.get(key));
    }

    /** Environment variables referenced in production, each with its default (null when it has none). */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                return;
            }
            Matcher m = ENV.matcher(value);
            while (m.find()) {
                env.putIfAbsent(m.group(1), m.group(2));
            }
        });
        return env;
    }

    /** The production value of a key with ${ENV:default} resolved from the given environment. */
    public Optional<String> resolve(String key, Map<String, String> environment) {
        return raw(key).map(value -> {
            Matcher m = ENV.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = environment.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        });
    }

    private static void load(Path file, Map<String, String> into) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Repo.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.stringPropertyNames().stream().sorted().forEach(k -> into.put(k, p.getProperty(k)));
    }
}
