package io.github.mtlint.model;

import java.util.Objects;

/**
 * An inline code of a bilingual file (XLIFF {@code <g> <x/> <ph> <pc> <sc/> <ec/>…}, TMX {@code <bpt> <ept> <ph>
 * <it>}): markup that is not text to check, kept with its position in the checked text.
 *
 * @param element the element's local name, as the file spells it
 * @param id      what pairs it with its counterpart on the other side (its {@code id}, {@code rid}, {@code
 *                startRef}, {@code x} or {@code i}), or "" when it has none
 * @param offset  where it stood: a UTF-16 offset into the checked text of its side
 */
public record InlineCode(String element, String id, Role role, int offset) {

    /** Whether the code opens a range, closes one, or stands alone. */
    public enum Role { OPENING, CLOSING, STANDALONE }

    public InlineCode {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    /** The same code on the other side of the segment: element, id and role, wherever it stands. */
    public String key() {
        return element + "#" + id + (role == Role.STANDALONE ? "" : role == Role.OPENING ? "+" : "-");
    }

    public InlineCode shift(int delta) {
        return new InlineCode(element, id, role, offset + delta);
    }

    /** How a user reads it: {@code <g id="1">}, {@code </ec id="1">}, {@code <x id="2"/>}. */
    public String display() {
        String attr = id.isEmpty() ? "" : " id=\"" + id + "\"";
        return switch (role) {
            case OPENING -> "<" + element + attr + ">";
            case CLOSING -> "</" + element + attr + ">";
            case STANDALONE -> "<" + element + attr + "/>";
        };
    }
}
