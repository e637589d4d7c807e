package io.github.mtlint.rule.builtin.accuracy;

import io.github.mtlint.rule.RuleSpec;
import io.github.mtlint.rule.data.RuleFileException;
import io.github.mtlint.rule.data.RuleFileLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pinyin names in Wade-Giles as Taiwan writes them, with the tables of accuracy.name's data. */
class WadeGilesTest {

    private static final WadeGiles WADE_GILES = fromRuleData();

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            huang   | guo chang   | Huang Kuo-chang
            lai     | qing de     | Lai Ching-te
            han     | guo yu      | Han Kuo-yu
            zhu     | li lun      | Chu Li-lun
            zhuo    | rong tai    | Cho Jung-tai
            xiao    | xu cen      | Hsiao Hsu-tsen
            zheng   | wen can     | Cheng Wen-tsan
            jiang   | qi chen     | Chiang Chi-chen
            lian    | zhan        | Lien Chan
            song    | chu yu      | Sung Chu-yu
            xie     | chang ting  | Hsieh Chang-ting
            ke      | zhi en      | Ko Chih-en
            gui     | si xue      | Kuei Ssu-hsueh
            """)
    void writesNamesAsTaiwanDoes(String surname, String given, String expected) {
        assertEquals(expected, WADE_GILES.name(List.of(surname), Arrays.asList(given.split(" "))));
    }

    private static WadeGiles fromRuleData() {
        try {
            RuleSpec spec = new RuleFileLoader().loadJavaRuleSpecs(Path.of("rules/builtin"), "rules/builtin").get("accuracy.name");
            return new WadeGiles(spec.list("wadeGilesSyllables"), spec.list("wadeGilesInitials"), spec.list("wadeGilesFinals"));
        } catch (RuleFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
