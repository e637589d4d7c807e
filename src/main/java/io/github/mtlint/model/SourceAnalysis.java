package io.github.mtlint.model;

import java.util.List;
import java.util.Map;

/**
 * What the source analyser found in a source text: the names in it, in text order, and the Mandarin pinyin of the
 * lexicon's people, places and organisations it names.
 *
 * @param names    the names the recogniser found
 * @param readings for each person, place or organisation of the lexicon named in the text (by its Chinese form),
 *                 its Mandarin pinyin as a translation that does not know the name writes it: 张建宗 "Zhang Jianzong"
 *                 for Matthew Cheung, 乌鲁木齐 "Wulumuqi" for Urumqi, 腾讯 "Tengxun" for Tencent; and under
 *                 {@link #brandKey} the pinyin of an organisation's first two characters, its brand before the rest
 *                 of its name ("Zhaoshang" of 招商银行, which a translation writes "Zhaoshang Bank")
 */
public record SourceAnalysis(List<SourceName> names, Map<String, String> readings) {

    public static final SourceAnalysis NONE = new SourceAnalysis(List.of());

    public SourceAnalysis {
        names = List.copyOf(names);
        readings = Map.copyOf(readings);
    }

    public SourceAnalysis(List<SourceName> names) {
        this(names, Map.of());
    }

    /** The key of the reading of an organisation's brand: its first two characters and an ellipsis (招商…). */
    public static String brandKey(String organisation) {
        return organisation.substring(0, Math.min(2, organisation.length())) + "…";
    }
}
