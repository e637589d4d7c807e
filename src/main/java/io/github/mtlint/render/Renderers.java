package io.github.mtlint.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The renderers by format name. */
public final class Renderers {

    private static final Map<String, Supplier<Renderer>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("text", TextRenderer::new);
        BY_NAME.put("json", JsonRenderer::new);
        BY_NAME.put("html", HtmlRenderer::new);
        BY_NAME.put("sarif", SarifRenderer::new);
        BY_NAME.put("junit", JunitRenderer::new);
        BY_NAME.put("github", GithubRenderer::new);
    }

    private Renderers() {
    }

    public static Optional<Renderer> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name)).map(Supplier::get);
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
