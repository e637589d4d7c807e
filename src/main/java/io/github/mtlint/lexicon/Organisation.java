package io.github.mtlint.lexicon;

import java.util.List;

/** An international organisation whose posts people hold (EU, AU, UN, NATO…). */
public record Organisation(String code, String name, List<String> aliases) {

    public Organisation {
        aliases = List.copyOf(aliases);
    }
}
