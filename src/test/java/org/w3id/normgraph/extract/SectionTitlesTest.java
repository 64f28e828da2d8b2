package org.w3id.normgraph.extract;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Editions title their sections of replies in more than one way: older reports say Member States where later ones
 * say Governments, a section that holds the European Union's reply alone is titled by it (and in the singular:
 * Reply received from …), and a word is capitalised in one edition and not in another (Gobiernos, gobiernos). Each
 * test prints the two titles of a language's rendering of A/65/154 otherwise, on the same lines, and expects the
 * replies checked by hand for that rendering.
 */
class SectionTitlesTest {

    private static void assertSameReplies(String language, String... titles) {
        Map<String, String> replaced = new LinkedHashMap<>();
        for (int i = 0; i < titles.length; i += 2) {
            replaced.put(titles[i], titles[i + 1]);
        }
        EditionFixture.of(language).assertTheSameRepliesUnderOtherSectionTitles(replaced);
    }

    @Test
    void english() {
        assertSameReplies("en",
                "II. Replies received from Governments", "II. Replies received from Member States",
                "III. Replies received from intergovernmental organizations",
                "III. Reply received from the European Union");
        assertSameReplies("en", "II. Replies received from Governments", "II. Replies received from governments");
    }

    @Test
    void french() {
        assertSameReplies("fr",
                "II. Réponses reçues des gouvernements", "II. Réponses reçues des États Membres",
                "III. Réponses reçues d'organisations intergouvernementales",
                "III. Réponse reçue de l'Union européenne");
    }

    @Test
    void spanish() {
        assertSameReplies("es",
                "II. Respuestas recibidas de los gobiernos", "II. Respuestas recibidas de los Estados Miembros",
                "III. Respuestas recibidas de organizaciones intergubernamentales",
                "III. Respuesta recibida de la Unión Europea");
        assertSameReplies("es", "II. Respuestas recibidas de los gobiernos", "II. Respuestas recibidas de los Gobiernos");
    }

    @Test
    void russian() {
        assertSameReplies("ru",
                "II. Ответы, полученные от правительств", "II. Ответы, полученные от государств-членов",
                "III. Ответы, полученные от межправительственных организаций",
                "III. Ответ, полученный от Европейского союза");
    }

    @Test
    void arabic() {
        assertSameReplies("ar",
                "ثانيا - الردود الواردة من الحكومات", "ثانيا - الردود الواردة من الدول الأعضاء",
                "ثالثاً - الردود الواردة من المنظمات الحكومية الدولية", "ثالثاً - الردود الواردة من الاتحاد الأوروبي");
    }

    @Test
    void chinese() {
        assertSameReplies("zh-Hans", "二. 从各国政府收到的答复", "二. 从会员国收到的答复",
                "三. 从政府间组织收到的答复", "三. 从欧洲联盟收到的答复");
    }
}
