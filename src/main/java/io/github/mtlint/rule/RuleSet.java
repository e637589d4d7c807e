package io.github.mtlint.rule;


import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rules of a run, in a fixed order, with the filters that run after them. Rule ids are unique; a
 * pack that reuses an id is an error reported by whoever adds it.
 */
public final class RuleSet {

    private final Map<String, Rule> rules;
    private final List<IssueFilter> filters;

    private RuleSet(Map<String, Rule> rules, List<IssueFilter> filters) {
        this.rules = rules;
        this.filters = List.copyOf(filters);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Collection<Rule> rules() {
        return rules.values();
    }

    public List<IssueFilter> filters() {
        return filters;
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rules that the predicate keeps (enable/disable selection), with the same filters. */
    public RuleSet select(Predicate<Rule> keep) {
        Map<String, Rule> kept = new LinkedHashMap<>();
        rules.forEach((id, r) -> {
            if (keep.test(r)) {
                kept.put(id, r);
            }
        });
        return new RuleSet(kept, filters);
    }

    public static final class Builder {
        private final Map<String, Rule> rules = new LinkedHashMap<>();
        private final List<IssueFilter> filters = new ArrayList<>();

        public Builder add(Rule rule) {
            Rule previous = rules.putIfAbsent(rule.id(), rule);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate rule id '" + rule.id() + "' (" + rule.meta().origin()
                        + " and " + previous.meta().origin() + ")");
            }
            return this;
        }

        public Builder addAll(Collection<? extends Rule> more) {
            more.forEach(this::add);
            return this;
        }

        public Builder filter(IssueFilter filter) {
            filters.add(filter);
            return this;
        }

        public RuleSet build() {
            return new RuleSet(new LinkedHashMap<>(rules), filters);
        }
    }
}
