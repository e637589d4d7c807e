package io.github.mtlint.lexicon;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtlint.lexicon.ChineseEntries.Zh;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads lexicon folders ({@code *.yml}, any depth) into one {@link Lexicon}. Each file may hold any of
 * {@code countries}, {@code organisations}, {@code people}, {@code confusables}, {@code titles} (and a
 * {@code source} note). A person's {@code accepted} spellings are house styles, not misspellings, and
 * {@code variants} are misspellings. Later folders add to earlier ones; a country or person given again replaces the earlier
 * entry, so users can correct the bundled data. Cross-references (office titles, country codes) are checked.
 * Countries, capitals, organisations and people may carry their Chinese forms ({@code zh}, and {@code zhShort} for a
 * country's one-character abbreviation); chinese.yml adds {@code chineseNames}, {@code ambiguous},
 * {@code surnameReadings}, {@code compoundSurnames}, {@code surnames}, {@code notNames} and
 * {@code compoundAnchors}, {@code sideMarkers} (see {@link ChineseFormsBuilder}).
 */
public final class LexiconLoader {

    private record CapitalEntry(@JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String name, String from, String until,
                                List<Zh> zh) {
    }

    private record FormerNameEntry(@JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String name, @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String until,
                                   Boolean stillCommon) {
    }

    private record CountryEntry(@JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String name, @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String code,
                                String official, @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String status, List<String> aliases,
                                List<String> demonyms, List<CapitalEntry> capitals, List<FormerNameEntry> formerNames,
                                List<Zh> zh, List<Zh> zhShort) {
    }

    private record OrganisationEntry(@JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String name, @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String code,
                                     List<String> aliases, List<Zh> zh) {
    }

    private record OfficeEntry(@JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String title, @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String country,
                               @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String from, String until) {
    }

    private record PersonEntry(@JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String name, @JsonProperty("short") String shortName,
                               List<String> accepted, List<String> variants, @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<OfficeEntry> offices,
                               List<Zh> zh) {
    }

    private record ConfusableEntry(@JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<String> codes, String note) {
    }

    private record TitleEntry(@JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String office, @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<String> forms) {
    }

    private record LexiconFile(String source, List<CountryEntry> countries, List<OrganisationEntry> organisations,
                               List<PersonEntry> people, List<ConfusableEntry> confusables, List<TitleEntry> titles,
                               List<ChineseEntries.NameEntry> chineseNames, List<ChineseEntries.AmbiguousEntry> ambiguous,
                               List<ChineseEntries.ReadingEntry> surnameReadings,
                               List<ChineseEntries.CompoundSurname> compoundSurnames, List<ChineseEntries.SingleCharacter> surnames,
                               List<Zh> notNames, List<ChineseEntries.SingleCharacter> compoundAnchors,
                               List<ChineseEntries.SingleCharacter> sideMarkers) {
    }

    // Required fields are @JsonProperty(required = true) and may not be given as null ("status: ~") either:
    // Jackson reports both with the file's line and column.
    private static final Set<String> STATUSES = Set.of("member", "observer", "territory", "disputed");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Lexicon load(List<Path> folders) throws LexiconException {
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Map<String, PendingPerson> people = new LinkedHashMap<>();
        List<ConfusableGroup> confusables = new ArrayList<>();
        Map<String, Title> titles = new LinkedHashMap<>();
        ChineseFormsBuilder chinese = new ChineseFormsBuilder();
        for (Path folder : folders) {
            for (Path file : files(folder)) {
                LexiconFile data = read(file);
                String where = file.toString();
                for (CountryEntry c : list(data.countries())) {
                    countries.put(c.code(), country(c, where));
                    chinese.country(c.code(), Zh.texts(c.zh()), Zh.texts(c.zhShort()), capitalForms(c), where);
                }
                for (OrganisationEntry o : list(data.organisations())) {
                    organisations.put(o.code(), new Organisation(o.code(), o.name(), list(o.aliases())));
                    chinese.organisation(o.code(), Zh.texts(o.zh()));
                }
                for (PersonEntry p : list(data.people())) {
                    people.put(p.name(), new PendingPerson(p, where));
                    chinese.person(p.name(), Zh.texts(p.zh()));
                }
                for (ConfusableEntry c : list(data.confusables())) {
                    confusables.add(new ConfusableGroup(c.codes(), c.note() == null ? "" : c.note()));
                }
                for (TitleEntry t : list(data.titles())) {
                    titles.put(t.office(), new Title(t.office(), t.forms()));
                }
                readChinese(data, where, chinese);
            }
        }
        for (String code : organisations.keySet()) {
            if (countries.containsKey(code)) {
                throw new LexiconException("organisation code " + code + " (" + organisations.get(code).name()
                        + ") is also the code of " + countries.get(code).name() + "; give the organisation another code");
            }
        }
        List<Person> resolved = new ArrayList<>();
        for (PendingPerson p : people.values()) {
            resolved.add(person(p, countries, organisations, titles));
        }
        for (ConfusableGroup g : confusables) {
            for (String code : g.codes()) {
                if (!countries.containsKey(code)) {
                    throw new LexiconException("confusable group " + g.codes() + ": unknown country code " + code);
                }
            }
        }
        return new Lexicon(countries, organisations, resolved, confusables, List.copyOf(titles.values()),
                chinese.build(countries, organisations, resolved));
    }

    private static void readChinese(LexiconFile data, String file, ChineseFormsBuilder chinese) {
        list(data.chineseNames()).forEach(n -> chinese.name(n, file));
        list(data.ambiguous()).forEach(a -> chinese.ambiguous(a, file));
        list(data.surnameReadings()).forEach(chinese::surnameReading);
        list(data.compoundSurnames()).forEach(chinese::compoundSurname);
        list(data.surnames()).forEach(chinese::surname);
        Zh.texts(data.notNames()).forEach(chinese::notName);
        list(data.compoundAnchors()).forEach(a -> chinese.compoundAnchor(a.text(), file));
        list(data.sideMarkers()).forEach(m -> chinese.sideMarker(m.text()));
    }

    /** Each capital's Chinese forms by its English name (a capital listed twice, as Astana, has its forms once). */
    private static Map<String, List<String>> capitalForms(CountryEntry c) {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (CapitalEntry cap : list(c.capitals())) {
            List<String> zh = Zh.texts(cap.zh());
            if (!zh.isEmpty()) {
                forms.merge(cap.name(), zh, (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList());
            }
        }
        return forms;
    }

    private record PendingPerson(PersonEntry entry, String file) {
    }

    private static Person person(PendingPerson pending, Map<String, Country> countries, Map<String, Organisation> organisations,
                                 Map<String, Title> titles) throws LexiconException {
        PersonEntry p = pending.entry();
        List<Office> offices = new ArrayList<>();
        for (OfficeEntry o : p.offices()) {
            if (!titles.isEmpty() && !titles.containsKey(o.title())) {
                throw new LexiconException(pending.file() + ": " + p.name() + ": unknown office title '" + o.title()
                        + "' (titles.yml has " + titles.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
            if (!countries.containsKey(o.country()) && !organisations.containsKey(o.country())) {
                throw new LexiconException(pending.file() + ": " + p.name() + ": unknown country or organisation code '" + o.country() + "'");
            }
            offices.add(new Office(o.title(), o.country(), validity(o.from(), o.until(), pending.file() + ": " + p.name())));
        }
        for (String spelling : list(p.accepted())) {
            if (list(p.variants()).contains(spelling)) {
                // name-variant would take it for a house style and name-inconsistency for a misspelling
                throw new LexiconException(pending.file() + ": " + p.name() + ": '" + spelling
                        + "' is both accepted and a variant; keep it in one list");
            }
        }
        String shortName = p.shortName() != null ? p.shortName() : lastWord(p.name());
        List<String> accepted = new ArrayList<>(list(p.accepted()));
        List<String> variants = new ArrayList<>();
        for (String variant : list(p.variants())) {
            (isShortForm(variant, p.name()) ? accepted : variants).add(variant);
        }
        return new Person(p.name(), shortName, accepted, variants, offices);
    }

    /**
     * Two or more of the full name's own words in its order ("John Mahama", "Lula da Silva", "Manuel Marrero"): a short
     * form that news writes as often as the full name, not a misspelling of it.
     */
    private static boolean isShortForm(String variant, String name) {
        List<String> words = List.of(variant.trim().split("\\s+"));
        List<String> full = List.of(name.trim().split("\\s+"));
        if (words.size() < 2 || words.size() >= full.size()) {
            return false;
        }
        int from = 0;
        for (String word : words) {
            int found = full.subList(from, full.size()).indexOf(word);
            if (found < 0) {
                return false;
            }
            from += found + 1;
        }
        return true;
    }

    private static Country country(CountryEntry c, String file) throws LexiconException {
        if (!STATUSES.contains(c.status())) {
            throw new LexiconException(file + ": " + c.name() + ": unknown status '" + c.status() + "' (expected "
                    + String.join(", ", STATUSES.stream().sorted().toList()) + ")");
        }
        List<Country.DatedName> capitals = new ArrayList<>();
        for (CapitalEntry cap : list(c.capitals())) {
            capitals.add(new Country.DatedName(cap.name(), validity(cap.from(), cap.until(), file + ": " + c.name())));
        }
        List<Country.FormerName> former = new ArrayList<>();
        for (FormerNameEntry f : list(c.formerNames())) {
            former.add(new Country.FormerName(f.name(), validity(null, f.until(), file + ": " + c.name()).until(),
                    Boolean.TRUE.equals(f.stillCommon())));
        }
        return new Country(c.code(), c.name(), c.official(), c.status(), list(c.aliases()), list(c.demonyms()), capitals, former);
    }

    private static Validity validity(String from, String until, String where) throws LexiconException {
        try {
            Validity v = new Validity(Validity.parseFrom(from), Validity.parseUntil(until));
            if (v.from() != null && v.until() != null && v.until().isBefore(v.from())) {
                throw new LexiconException(where + ": 'until' " + until + " is before 'from' " + from);
            }
            return v;
        } catch (DateTimeException | NumberFormatException e) {
            throw new LexiconException(where + ": bad date (" + from + " / " + until + "): expected YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }

    private LexiconFile read(Path file) throws LexiconException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LexiconFile data = yaml.readValue(reader, LexiconFile.class);
            return data == null
                    ? new LexiconFile(null, null, null, null, null, null, null, null, null, null, null, null, null, null) : data;
        } catch (UnrecognizedPropertyException e) {
            throw new LexiconException(where(file, e) + "unknown key '" + e.getPropertyName() + "'");
        } catch (ValueInstantiationException e) {
            // a value that failed its own check (a Chinese form that is not Han script): the check's message
            throw new LexiconException(where(file, e) + (e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage()));
        } catch (JsonMappingException e) {
            throw new LexiconException(where(file, e) + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LexiconException(file + ": " + e.getMessage().lines().findFirst().orElse("cannot read"));
        }
    }

    private static String where(Path file, JsonMappingException e) {
        return e.getLocation() == null ? file + ": "
                : file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": ";
    }

    private static List<Path> files(Path folder) throws LexiconException {
        if (!Files.isDirectory(folder)) {
            throw new LexiconException(folder + ": no such lexicon folder");
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .sorted((a, b) -> folder.relativize(a).toString().compareTo(folder.relativize(b).toString())).toList();
        } catch (IOException e) {
            throw new LexiconException(folder + ": cannot read: " + e.getMessage());
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }
}
