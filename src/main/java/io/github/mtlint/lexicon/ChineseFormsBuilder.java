package io.github.mtlint.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Collects the Chinese forms given in lexicon files ({@code zh:} and {@code zhShort:} on countries, capitals,
 * organisations and people; chinese.yml's sections) and builds {@link ChineseForms} once all files are read, so
 * that an entry replaced by a later file takes its Chinese forms with it.
 */
final class ChineseFormsBuilder {

    private record CountryZh(List<String> zh, List<String> zhShort, Map<String, List<String>> capitals, String file) {
    }

    private record Sourced<T>(T entry, String file) {
    }

    /** The kinds whose form stands for a country: one naming two countries must be declared ambiguous. */
    private static final Set<ChineseName.Kind> NAMES_A_COUNTRY = Set.of(ChineseName.Kind.COUNTRY,
            ChineseName.Kind.COUNTRY_ABBREVIATION, ChineseName.Kind.CAPITAL);

    private final Map<String, CountryZh> countries = new HashMap<>();
    private final Map<String, List<String>> organisations = new HashMap<>();
    private final Map<String, List<String>> people = new HashMap<>();
    private final List<Sourced<ChineseEntries.NameEntry>> names = new ArrayList<>();
    private final Map<String, Sourced<ChineseEntries.AmbiguousEntry>> ambiguous = new LinkedHashMap<>();
    private final Map<String, String> surnameReadings = new LinkedHashMap<>();
    private final Set<String> compoundSurnames = new LinkedHashSet<>();
    private final Set<String> surnames = new LinkedHashSet<>();
    private final Set<String> notNames = new LinkedHashSet<>();
    private final Map<String, String> compoundAnchors = new LinkedHashMap<>();
    private final Set<String> sideMarkers = new LinkedHashSet<>();

    /** A country's forms, replacing those of an earlier entry with the same code. */
    void country(String code, List<String> zh, List<String> zhShort, Map<String, List<String>> capitals, String file) {
        countries.put(code, new CountryZh(zh, zhShort, capitals, file));
    }

    void organisation(String code, List<String> zh) {
        organisations.put(code, zh);
    }

    void person(String name, List<String> zh) {
        people.put(name, zh);
    }

    void name(ChineseEntries.NameEntry entry, String file) {
        names.add(new Sourced<>(entry, file));
    }

    void ambiguous(ChineseEntries.AmbiguousEntry entry, String file) {
        ambiguous.put(entry.zh().text(), new Sourced<>(entry, file));
    }

    void surnameReading(ChineseEntries.ReadingEntry entry) {
        surnameReadings.put(entry.zh().text(), entry.reading());
    }

    void compoundSurname(ChineseEntries.CompoundSurname surname) {
        compoundSurnames.add(surname.text());
    }

    void surname(ChineseEntries.SingleCharacter surname) {
        surnames.add(surname.text());
    }

    void notName(String word) {
        notNames.add(word);
    }

    void compoundAnchor(String abbreviation, String file) {
        compoundAnchors.put(abbreviation, file);
    }

    void sideMarker(String marker) {
        sideMarkers.add(marker);
    }

    ChineseForms build(Map<String, Country> countryEntries, Map<String, Organisation> organisationEntries,
                       List<Person> personEntries) throws LexiconException {
        Set<ChineseName> built = new LinkedHashSet<>();
        for (Country c : countryEntries.values()) {
            CountryZh zh = countries.get(c.code());
            if (zh == null) {
                continue;
            }
            List<String> english = countryEnglish(c);
            zh.zh().forEach(form -> built.add(new ChineseName(form, ChineseName.Kind.COUNTRY, english, c.code())));
            zh.zhShort().forEach(form -> built.add(new ChineseName(form, ChineseName.Kind.COUNTRY_ABBREVIATION, english, c.code())));
            capitalsByForm(zh.capitals()).forEach((form, capitals) ->
                    built.add(new ChineseName(form, ChineseName.Kind.CAPITAL, capitals, c.code())));
        }
        for (Organisation o : organisationEntries.values()) {
            List<String> english = distinct(o.name(), o.aliases());
            organisations.getOrDefault(o.code(), List.of())
                    .forEach(form -> built.add(new ChineseName(form, ChineseName.Kind.ORGANISATION, english, null)));
        }
        for (Person p : personEntries) {
            List<String> english = new ArrayList<>(distinct(p.name(), List.of(p.shortName())));
            p.accepted().stream().filter(a -> !english.contains(a)).forEach(english::add);
            p.variants().stream().filter(v -> !english.contains(v)).forEach(english::add);
            people.getOrDefault(p.name(), List.of())
                    .forEach(form -> built.add(new ChineseName(form, ChineseName.Kind.PERSON, english, null)));
        }
        for (Sourced<ChineseEntries.NameEntry> n : names) {
            String code = n.entry().country();
            if (code != null && !countryEntries.containsKey(code)) {
                throw new LexiconException(n.file() + ": " + n.entry().zh().text() + ": unknown country code '" + code + "'");
            }
            built.add(new ChineseName(n.entry().zh().text(), n.entry().kind().kind(), n.entry().en().forms(), code));
        }
        checkSharedForms(built, countryEntries);
        for (Map.Entry<String, String> anchor : compoundAnchors.entrySet()) {
            if (built.stream().noneMatch(n -> n.kind() == ChineseName.Kind.COUNTRY_ABBREVIATION && n.zh().equals(anchor.getKey()))) {
                throw new LexiconException(anchor.getValue() + ": compound anchor " + anchor.getKey()
                        + " is no country's abbreviation (zhShort:)");
            }
        }
        Map<String, Map<String, String>> beside = new HashMap<>();
        for (Sourced<ChineseEntries.AmbiguousEntry> a : ambiguous.values()) {
            if (!a.entry().beside().isEmpty()) {
                beside.put(a.entry().zh().text(), a.entry().beside());
            }
        }
        return new ChineseForms(inDeclaredOrder(built), surnameReadings, compoundSurnames, surnames, notNames,
                compoundAnchors.keySet(), beside, sideMarkers);
    }

    /**
     * The English names of each Chinese capital form, the latest listed first: 基辅 is Kyiv, formerly Kiev.
     */
    private static Map<String, List<String>> capitalsByForm(Map<String, List<String>> formsByCapital) {
        Map<String, List<String>> capitals = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(formsByCapital.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            formsByCapital.get(name).forEach(form -> capitals.computeIfAbsent(form, k -> new ArrayList<>()).add(name));
        }
        return capitals;
    }

    /** Countries sharing a form in the order {@code ambiguous:} lists them, the likeliest first (乌: Uzbekistan). */
    private List<ChineseName> inDeclaredOrder(Set<ChineseName> built) {
        Map<String, List<ChineseName>> byForm = new LinkedHashMap<>();
        built.forEach(n -> byForm.computeIfAbsent(n.zh(), k -> new ArrayList<>()).add(n));
        List<ChineseName> names = new ArrayList<>();
        for (List<ChineseName> sameForm : byForm.values()) {
            Sourced<ChineseEntries.AmbiguousEntry> declared = ambiguous.get(sameForm.get(0).zh());
            if (declared != null) {
                sameForm.sort(Comparator.comparingInt(n -> declared.entry().codes().indexOf(n.countryCode())));
            }
            names.addAll(sameForm);
        }
        return names;
    }

    /** A country's English forms: name, aliases, official name, demonyms (乌兹别克斯坦总统 is "the Uzbek President"). */
    private static List<String> countryEnglish(Country c) {
        List<String> forms = new ArrayList<>(distinct(c.name(), c.aliases()));
        if (c.official() != null && !forms.contains(c.official())) {
            forms.add(c.official());
        }
        c.demonyms().stream().filter(d -> !forms.contains(d)).forEach(forms::add);
        return forms;
    }

    private static List<String> distinct(String first, List<String> rest) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(first);
        forms.addAll(rest);
        return List.copyOf(forms);
    }

    /**
     * A Chinese form naming several countries (澳: Australia in 中澳, Macao in 港澳) must be declared under
     * {@code ambiguous:} with exactly those countries, so that shared forms are deliberate, not typing slips.
     */
    private void checkSharedForms(Set<ChineseName> built, Map<String, Country> countryEntries) throws LexiconException {
        Map<String, Set<String>> codesByForm = new HashMap<>();
        for (ChineseName n : built) {
            if (NAMES_A_COUNTRY.contains(n.kind())) {
                codesByForm.computeIfAbsent(n.zh(), k -> new TreeSet<>()).add(n.countryCode());
            }
        }
        Set<String> files = new TreeSet<>();
        for (Sourced<ChineseEntries.AmbiguousEntry> a : ambiguous.values()) {
            for (String code : a.entry().codes()) {
                if (!countryEntries.containsKey(code)) {
                    throw new LexiconException(a.file() + ": ambiguous " + a.entry().zh().text() + ": unknown country code '" + code + "'");
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : codesByForm.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            Sourced<ChineseEntries.AmbiguousEntry> declared = ambiguous.get(e.getKey());
            if (declared == null || !new TreeSet<>(declared.entry().codes()).equals(e.getValue())) {
                e.getValue().forEach(code -> files.add(countries.get(code).file()));
                throw new LexiconException(String.join(", ", files) + ": Chinese form " + e.getKey() + " names " + String.join(", ", e.getValue())
                        + (declared == null ? "" : " but " + declared.file() + " declares it ambiguous for "
                        + declared.entry().codes().stream().sorted().collect(Collectors.joining(", ")))
                        + "; list it under ambiguous: with exactly these codes, or correct the zh: forms");
            }
        }
    }
}
