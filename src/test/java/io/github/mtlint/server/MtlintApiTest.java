package io.github.mtlint.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bilingual file sent as a form's text is characters already: its XML declaration must not make the reader decode it again. */
class MtlintApiTest {

    @Test
    void theDeclaredEncodingBecomesTheOneTheFileIsReadIn() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xliff/>",
                MtlintApi.asUtf8Xml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><xliff/>"));
        assertEquals("\uFEFF<?xml version='1.0' encoding='UTF-8'?>\n<tmx/>",
                MtlintApi.asUtf8Xml("\uFEFF<?xml version='1.0' encoding='UTF-16'?>\n<tmx/>"));
        assertEquals("<?xml version=\"1.0\"?><xliff/>", MtlintApi.asUtf8Xml("<?xml version=\"1.0\"?><xliff/>"),
                "no declared encoding: UTF-8 already");
        assertEquals("zh\ten\n<?xml encoding=\"x\"?>\n", MtlintApi.asUtf8Xml("zh\ten\n<?xml encoding=\"x\"?>\n"),
                "only a declaration at the start");
    }
}
