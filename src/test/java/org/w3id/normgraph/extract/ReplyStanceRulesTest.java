package org.w3id.normgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.normgraph.lexicon.ActorName;
import org.w3id.normgraph.lexicon.ReferenceData;

/** The stance rules of {@code reply-stance-cues.tsv} on sentences like those of the 2022 report. */
class ReplyStanceRulesTest {

    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final StanceSentences SENTENCES = new StanceSentences(ReplyStanceRules.bundled(), REFERENCE.names());

    private static List<String> stances(String actorCode, String sentence, boolean listItem) {
        return SENTENCES.read(actorCode, sentence, listItem).stream()
                .map(s -> s.relation().localName() + " " + s.rule() + " " + s.holderWords().text() + " [" + s.object().text()
                        + "]")
                .toList();
    }

    private static List<String> stances(String actorCode, String sentence) {
        return stances(actorCode, sentence, false);
    }

    @Test
    void theActorSupportsOrOpposesInItsOwnVoice() {
        // SG report lines 170, 381, 1162
        assertEquals(List.of("supports supports 澳大利亚 [制定一项行动纲领]"),
                stances("AUS", "澳大利亚支持制定一项行动纲领，为在联合国主持下提供一个永久论坛。"));
        assertEquals(List.of("opposes opposes 我们 [美国政府针对古巴部署的非常规战争手段]"),
                stances("CUB", "在这方面，我们反对美国政府针对古巴部署的非常规战争手段。"));
        assertEquals(List.of("supports advocates 新加坡 [基于规则的国际标准]"), stances("SGP", "新加坡也大力提倡基于规则的国际标准，并且是颁发证书的国家。"));
    }

    @Test
    void negationsOtherSubjectsAndAttributiveUsesAreNoStances() {
        assertEquals(List.of(), stances("AUS", "澳大利亚不支持制定新的文书。"));
        // SG report lines 470, 898, 991
        assertEquals(List.of(), stances("DNK", "该框架支持基于规则的国际秩序。"));
        assertEquals(List.of(), stances("RUS", "在俄罗斯支持的特设委员会内我们提交的公约草案可以作为基础。"));
        assertEquals(List.of(), stances("SGP", "东南亚国家联盟(东盟)原则上赞同 11 项自愿、不具约束力的规范。"));
    }

    @Test
    void aCourtesyFormulaAndAPurposeClauseAreNoStances() {
        // SG report line 114
        assertEquals(List.of(), stances("AUS", "澳大利亚欢迎有机会响应大会第 76/19 号决议的邀请，向秘书长提供意见。"));
        assertEquals(List.of(), stances("DNK", "丹麦力求加强国际合作，以支持第三国的能力建设。"));
        assertEquals(List.of(), stances("DNK", "丹麦呼吁各国加强国际合作，支持一个开放的网络空间。"));
    }

    @Test
    void supportAfterTheActorsOwnSeekingIsItsStance() {
        // SG report line 464 (issue 11): 支持 is Denmark's second verb, coordinated with 力求加强
        assertEquals(List.of("supports seeks-and-supports 丹麦 [一个全面、开放的网络空间]"),
                stances("DNK", "丹麦与欧洲联盟一道，力求加强国际合作，支持一个全面、开放的网络空间。"));
    }

    @Test
    void whatTheActorHoldsMustBeDoneToSupportOrOpposeIsItsStance() {
        // SG report lines 977-979 and 920 (issue 11)
        assertEquals(List.of("supports holds-needed-support 新加坡 [这些规范的实施]"),
                stances("SGP", "新加坡认为，需要作出更多努力，提高认识，并支持这些规范的实施。"));
        assertEquals(List.of("opposes holds-needed-opposition 我们 [某些国家在数字领域的主导地位]"),
                stances("RUS", "我们还认为，必须在国家和国际层面采取法律措施，反对某些国家在数字领域的主导地位。"));
        assertEquals(List.of(), stances("SGP", "新加坡认为，需要作出更多努力，但不支持新的文书。"));
    }

    @Test
    void aSecondVerbOfTheSameSubjectIsASecondStanceButOnlyAfterAFirstOne() {
        // SG report lines 1898-1900 and 977-979
        assertEquals(List.of("opposes opposes 欧洲联盟及其成员国 [这种网络空间的恶意行为]",
                        "supports continued-support 欧洲联盟及其成员国 [提高全球网络复原力]"),
                stances("EU", "欧洲联盟及其成员国谴责这种网络空间的恶意行为，并强调继续支持提高全球网络复原力。"));
    }

    @Test
    void aSentenceThatOpensWithWelcomeHasTheReplysActorAsSubjectExceptInAList() {
        // SG report line 1987 and, as a list item, 1481
        assertEquals(List.of("supports welcomes-unnamed 欧洲联盟 [在工作组内继续开展包容性和建设性的对话]"),
                stances("EU", "欢迎在工作组内继续开展包容性和建设性的对话。"));
        assertEquals(List.of(), stances("TUR", "欢迎开设副学士学位课程。", true));
    }

    @Test
    void somethingUnacceptableToTheActorIsOpposed() {
        // SG report lines 916-918 and 1542-1544; each rule once, not also the reply's unnamed judgement
        assertEquals(List.of("opposes holds-unacceptable 我们 [限制各国管理本国部分安全的主权的任何企图]"),
                stances("RUS", "我们认为，限制各国管理本国部分安全的主权的任何企图都是不可接受的。"));
        assertEquals(List.of("opposes unacceptable-to-actor 乌克兰 [俄罗斯公约草案中提出的这种限制]"),
                stances("UKR", "俄罗斯公约草案中提出的这种限制，是乌克兰和其他民主国家所不能接受的，但它适合独裁政权。"));
    }

    @Test
    void somethingTheReplyCallsUnacceptableWithNoOtherHolderIsTheActorsOpposition() {
        // SG report lines 458-460 and 618-620 (issue 11): the reply's own voice, no one else named as holding it
        assertEquals(List.of("opposes unacceptable-unnamed 丹麦 [俄罗斯无端非法入侵乌克兰]"),
                stances("DNK", "俄罗斯无端非法入侵乌克兰，尤其令人关切，完全不可接受。"));
        assertEquals(List.of("opposes unacceptable-unnamed 丹麦 [俄罗斯对关键基础设施进行网络攻击]"),
                stances("DNK", "具体而言，俄罗斯对关键基础设施进行网络攻击，这是全然不可接受的，因此必须受到谴责。"));
        // another holder: not the reply's judgement
        assertEquals(List.of(), stances("DNK", "某些国家认为，这些措施是不可接受的。"));
        assertEquals(List.of(), stances("DNK", "该国表示，这种做法不可接受。"));
        assertEquals(List.of(), stances("DNK", "• 任何攻击都不可接受。", true));
    }

    @Test
    void theEuAndItsMemberStatesHoldTheStanceTogether() {
        ActorName holder = REFERENCE.names().stream().filter(n -> n.name().equals("欧洲联盟及其成员国")).findFirst()
                .orElseThrow();
        assertEquals(true, holder.withMemberStates());
        assertEquals(List.of("supports supports 欧洲联盟及其成员国 [一系列有针对性的方案和举措]"),
                stances("EU", "欧洲联盟及其成员国支持一系列有针对性的方案和举措，以协助各国发展能力。"));
    }
}
