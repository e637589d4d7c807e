package io.github.mtlint.rule.builtin.segment;

import io.github.mtlint.model.Document;
import io.github.mtlint.model.FileSegment;
import io.github.mtlint.model.InlineCode;
import io.github.mtlint.model.InlineCode.Role;
import io.github.mtlint.model.SourceDocument;
import io.github.mtlint.rule.BaseRule;
import io.github.mtlint.rule.RuleContext;
import io.github.mtlint.rule.RuleSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inline codes of a bilingual file's segment that differ between source and target: a code of the source missing
 * from the translation, a code the source does not have, and a range closed before it is opened. Moving whole
 * codes is left alone, since English orders a sentence's parts its own way; only a closing code before its own
 * opening code breaks the markup. Segments without a translation are {@code segment.empty-target}'s.
 */
public final class InlineCodesRule extends BaseRule {

    /** The closing code each opening one pairs with ({@code <g>} and {@code <pc>} nest by XML itself). */
    private static final Map<String, String> CLOSED_BY = Map.of("bx", "ex", "sc", "ec", "bpt", "ept");
    private static final java.util.Set<String> WRAPPING = java.util.Set.of("g", "pc");

    public InlineCodesRule(RuleSpec spec) {
        super(spec.variables("code").meta());
    }

    @Override
    public void check(Document document, RuleContext context) {
        for (FileSegment segment : document.source().map(SourceDocument::segments).orElse(List.of())) {
            if (segment.target().isEmpty()) {
                continue;
            }
            Map<String, Integer> unmatched = new HashMap<>();
            segment.targetCodes().forEach(code -> unmatched.merge(code.key(), 1, Integer::sum));
            for (InlineCode code : segment.sourceCodes()) {
                if (unmatched.merge(code.key(), -1, Integer::sum) < 0 && !closesAnElement(code)) {
                    context.flag(segment.target()).message("missing").with("code", code.display()).report();
                }
            }
            for (InlineCode code : segment.targetCodes()) {
                if (unmatched.getOrDefault(code.key(), 0) > 0) {
                    unmatched.merge(code.key(), -1, Integer::sum);
                    if (closesAnElement(code)) {
                        continue;
                    }
                    context.flag(segment.target()).message("extra").with("code", code.display()).report();
                }
            }
            for (InlineCode closing : closedBeforeOpened(segment.targetCodes())) {
                context.flag(segment.target()).message("order").with("code", closing.display()).report();
            }
        }
    }

    /** The end of a {@code <g>} or {@code <pc>}: XML pairs it with its start, which is reported for both. */
    private static boolean closesAnElement(InlineCode code) {
        return code.role() == Role.CLOSING && WRAPPING.contains(code.element());
    }

    /** Closing codes that come before the opening code they close. */
    private static List<InlineCode> closedBeforeOpened(List<InlineCode> codes) {
        List<InlineCode> early = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            InlineCode closing = codes.get(i);
            if (closing.role() != Role.CLOSING) {
                continue;
            }
            for (int j = i + 1; j < codes.size(); j++) {
                InlineCode opening = codes.get(j);
                if (opening.role() == Role.OPENING && opening.id().equals(closing.id())
                        && closing.element().equals(CLOSED_BY.getOrDefault(opening.element(), opening.element()))) {
                    early.add(closing);
                    break;
                }
            }
        }
        return early;
    }
}
