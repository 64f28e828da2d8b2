package org.w3id.normgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.normgraph.document.Evidence;
import org.w3id.normgraph.lexicon.BodyNames;
import org.w3id.normgraph.lexicon.Gazetteer;

/** What a 背景信息 or 备注 note comments on: a draft article, a statement, or a part of the report. */
final class CommentTargets {

    /** Words by which commentary refers back to what it follows: 这与…, 上述文字, 如前所述, 在该意见声明中. */
    private static final Pattern REFERS_BACK =
            Pattern.compile("^\\s*(?:背景信息|备注)\\s*[：:]\\s*(?:这|此|该)|上述|上文|前述|如上所述|如前所述|该意见声明|该条款|此条款");
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{1,40})”");
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("^\\d+");

    private final Gazetteer gazetteer;
    private final BodyNames bodies;
    private final DraftFindings drafts;
    private final List<ReportPart> parts;

    CommentTargets(Gazetteer gazetteer, BodyNames bodies, DraftFindings drafts, List<ReportPart> parts) {
        this.gazetteer = gazetteer;
        this.bodies = bodies;
        this.drafts = drafts;
        this.parts = parts;
    }

    /**
     * What a note comments on. A 备注 that states stances on a draft article comments on that article. Otherwise
     * the nearest statement or quoted provision before it in its session (or its section, outside sessions):
     * always where the note refers back to it (这…, 上述, 该意见声明; its speaker, its article, words it quoted);
     * where it does not, a note that speaks of the section's forum (AHC 一直在进行非正式谈判) comments on the
     * section, and any other on the nearest one. With nothing before it, it comments on the part of the report it
     * opens (背景信息 under 各成员国…书面文件摘录 explains where those excerpts come from).
     *
     * <p>{@code part} is the innermost part being read, {@code scopePart} its session (or section) and
     * {@code sectionPart} its section; {@code lastInScope} the last statement read in that scope, or null.
     */
    CommentTarget commentsOn(Evidence note, int part, int scopePart, int sectionPart, Statement lastInScope) {
        int start = note.span().start();
        int end = note.span().end();
        Optional<Stance> stated = drafts.stances().stream()
                .filter(s -> s.sentence().span().start() >= start && s.sentence().span().start() < end)
                .findFirst();
        if (stated.isPresent()) {
            return CommentTarget.provision(stated.get().provision());
        }
        int scopeStart = scopePart == 0 ? 0 : parts.get(scopePart - 1).heading().span().start();
        Optional<ProvisionMention> provision = drafts.provisions().stream()
                .filter(m -> m.evidence().span().start() >= scopeStart && m.evidence().span().start() < start)
                .reduce((first, second) -> second);
        boolean provisionIsNearer = provision.isPresent() && (lastInScope == null
                || provision.get().evidence().span().start() > lastInScope.quote().span().start());
        String words = note.text();
        if (!provisionIsNearer && lastInScope == null) {
            return CommentTarget.part(part);
        }
        if (provisionIsNearer) {
            if (refersBack(words) || namesArticle(words, provision.get().provision())) {
                return CommentTarget.provision(provision.get().provision());
            }
        } else if (lastInScope != null) {
            if (refersBack(words) || namesSpeaker(words, lastInScope) || quotes(words, lastInScope)) {
                return CommentTarget.statement(lastInScope.ordinal());
            }
        }
        if (sectionPart > 0 && namesForum(words, parts.get(sectionPart - 1).forum())) {
            return CommentTarget.part(sectionPart);
        }
        return provisionIsNearer ? CommentTarget.provision(provision.get().provision())
                : CommentTarget.statement(lastInScope.ordinal());
    }

    private boolean namesSpeaker(String words, Statement statement) {
        return gazetteer.scan(words).stream().anyMatch(m -> statement.speakers().contains(m.name().actor()));
    }

    private boolean quotes(String words, Statement statement) {
        String said = statement.quote().text().replaceAll("[\\s\\[\\]….]", "");
        Matcher quoted = QUOTED.matcher(words);
        while (quoted.find()) {
            String phrase = quoted.group(1).replaceAll("[\\s\\[\\]….]", "");
            if (phrase.length() >= 2 && said.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refersBack(String words) {
        return REFERS_BACK.matcher(words).find();
    }

    private static boolean namesArticle(String words, ProvisionRef provision) {
        Matcher number = ARTICLE_NUMBER.matcher(provision.article());
        return number.find() && Pattern.compile("第\\s*" + number.group() + "\\s*条").matcher(words).find();
    }

    /** Whether the words name the forum by its short code (AHC, GDC, OEWG) or a name of {@code body-names.tsv}. */
    private boolean namesForum(String words, String forum) {
        if (forum.isEmpty()) {
            return false;
        }
        String shortCode = forum.split("-")[0];
        return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(shortCode) + "(?![A-Za-z])").matcher(words).find()
                || bodies.forumsNamedIn(words).contains(forum);
    }
}
