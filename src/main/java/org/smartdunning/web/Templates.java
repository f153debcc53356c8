package org.smartdunning.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' Mustache templates ({@code /web/pages/NAME.mustache} on the class path), compiled once.
 * Every value is HTML-escaped; a value a template names that the page does not give fails the page
 * (no silent blanks); a null value shows as {@value #NOTHING}.
 */
final class Templates {
    static final String NOTHING = "n/a";
    private static final String FOLDER = "/web/pages/";
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).nullValue(NOTHING)
            .withLoader(name -> reader(name));
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    String render(String name, Object model) {
        return compiled.computeIfAbsent(name, n -> compiler.compile(reader(n))).execute(model);
    }

    private static InputStreamReader reader(String name) {
        InputStream in = Templates.class.getResourceAsStream(FOLDER + name + ".mustache");
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException("no page template " + FOLDER + name));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
