package org.w3id.normgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The names under which the UN printed the replies of earlier years still name their actors, in each language: the
 * report series runs from 1999, and a State's reply is headed with the name of its year.
 */
class EarlierActorNamesTest {

    private static final ReferenceData REFERENCE = ReferenceData.bundled();

    private static String actorNamed(List<ActorName> names, String name) {
        return names.stream().filter(n -> n.name().equals(name)).map(n -> n.actor().code()).findFirst().orElse("none");
    }

    @Test
    void englishAndChineseNamesOfEarlierYears() {
        assertEquals("MKD", actorNamed(REFERENCE.englishNames(), "The former Yugoslav Republic of Macedonia"));
        assertEquals("LBY", actorNamed(REFERENCE.englishNames(), "Libyan Arab Jamahiriya"));
        assertEquals("NLD", actorNamed(REFERENCE.englishNames(), "Netherlands (Kingdom of the)"));
        assertEquals("LBY", actorNamed(REFERENCE.names(), "阿拉伯利比亚民众国"));
        assertEquals("MKD", actorNamed(REFERENCE.names(), "前南斯拉夫的马其顿共和国"));
    }

    @Test
    void frenchSpanishRussianAndArabicNamesOfEarlierYears() {
        Map<String, List<String>> names = Map.of(
                "fr", List.of("L'ex-République yougoslave de Macédoine", "Jamahiriya arabe libyenne"),
                "es", List.of("La ex República Yugoslava de Macedonia", "Jamahiriya Árabe Libia"),
                "ru", List.of("Бывшая югославская Республика Македония", "Ливийская Арабская Джамахирия"),
                "ar", List.of("جمهورية مقدونيا اليوغوسلافية السابقة", "الجماهيرية العربية الليبية"));
        names.forEach((language, pair) -> {
            List<ActorName> known = REFERENCE.namesIn(Locale.forLanguageTag(language));
            assertEquals("MKD", actorNamed(known, pair.get(0)), language);
            assertEquals("LBY", actorNamed(known, pair.get(1)), language);
        });
    }
}
