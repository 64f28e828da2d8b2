package org.w3id.normgraph.server.site;

import org.w3id.normgraph.server.limits.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /assets/…}: the site's own style sheet and scripts ({@code src/main/resources/web/}) and, under
 * {@code /assets/vendor/{library}/}, the files of the WebJars that the pom declares (YASGUI, Cytoscape.js, Apache
 * ECharts), read from the class path, so that no page needs another host. A WebJar's version is read from its own
 * {@code pom.properties}: updating the library is a change of its version in the pom alone.
 */
public final class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/assets/";

    /** Library name under /assets/vendor/ → the WebJar's artifact (group org.webjars.npm). */
    private static final Map<String, String> WEBJARS = Map.of("yasgui", "zazuko__yasgui", "cytoscape", "cytoscape",
            "echarts", "echarts");

    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "css",
            "text/css; charset=utf-8", "map", "application/json; charset=utf-8", "json",
            "application/json; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "txt",
            "text/plain; charset=utf-8", "md", "text/plain; charset=utf-8");

    private final Map<String, String> webjarRoots = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        Optional<String> resource = resource(path);
        InputStream in = resource.map(r -> AssetServlet.class.getClassLoader().getResourceAsStream(r)).orElse(null);
        if (in == null) {
            PlainText.send(response, HttpServletResponse.SC_NOT_FOUND, "normgraph has nothing at "
                    + request.getRequestURI() + "\n");
            return;
        }
        try (in; OutputStream out = response.getOutputStream()) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType(path));
            response.setHeader("X-Content-Type-Options", "nosniff");
            // Vendored files carry their version in the path; the site's own may change with each release.
            response.setHeader("Cache-Control", path.startsWith("vendor/") ? "public, max-age=86400" : "no-cache");
            in.transferTo(out);
        }
    }

    /** The class-path resource for a path under /assets/, or empty for one that may not be served. */
    public Optional<String> resource(String path) {
        if (path.isEmpty() || path.contains("..") || path.contains("//") || path.startsWith("/")
                || path.contains("\\")) {
            return Optional.empty();
        }
        if (path.startsWith("vendor/")) {
            String rest = path.substring("vendor/".length());
            int slash = rest.indexOf('/');
            if (slash > 0 && WEBJARS.containsKey(rest.substring(0, slash))) {
                return Optional.of(webjarRoot(WEBJARS.get(rest.substring(0, slash))) + rest.substring(slash + 1));
            }
        }
        return Optional.of("web/" + path);
    }

    private String webjarRoot(String artifact) {
        return webjarRoots.computeIfAbsent(artifact, a -> "META-INF/resources/webjars/" + a + "/" + version(a) + "/");
    }

    static String version(String artifact) {
        String properties = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar org.webjars.npm:" + artifact
                        + " is not on the class path (see pom.xml)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1);
        return TYPES.getOrDefault(extension, path.endsWith("LICENSE") ? "text/plain; charset=utf-8"
                : "application/octet-stream");
    }
}
