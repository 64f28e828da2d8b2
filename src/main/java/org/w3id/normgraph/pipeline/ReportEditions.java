package org.w3id.normgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.rdf.Prefixes;
import org.w3id.normgraph.reader.CorpusEntry;
import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;

/**
 * The editions of each report in the corpus, gathered across documents: the documents that print one UN symbol as
 * their own ({@code ng:editionOf}) are one report, and the replies they print are one reply per actor
 * ({@code ng:ReportReply}), each pointing to the statement that every edition prints for it, with that edition's
 * date and line. A reply that one edition prints and another does not, or that two editions date differently, is an
 * {@code ng:EditionDiscrepancy} and a warning of the build.
 *
 * <pre>{@code
 * ReportEditions editions = new ReportEditions();
 * editions.add(entry, "en", facts);   // for each document, as it is read
 * Model graph = editions.graph();     // graph/derived/report-editions
 * editions.warnings().forEach(System.err::println);
 * }</pre>
 */
final class ReportEditions {

    private record Edition(String document, String file, String language) {
    }

    /** One disagreement: its kind, the edition that lacks the reply (null for dates), and what was found. */
    private record Discrepancy(String kind, Edition missingFrom, String finding) {
    }

    private record PrintedReply(String statement, String date, int line, String labelEn, String labelZh) {
    }

    /** report → document → its edition; report → document → actor → the reply the edition prints. */
    private final SortedMap<String, SortedMap<String, Edition>> editions = new TreeMap<>();
    private final Map<String, Map<String, SortedMap<String, PrintedReply>>> replies = new TreeMap<>();

    /** Takes note of the report that {@code facts} say the document is an edition of, and the replies it prints. */
    void add(CorpusEntry entry, String language, Model facts) {
        Resource document = facts.createResource(entry.iri());
        Statement editionOf = document.getProperty(NG.editionOf);
        if (editionOf == null) {
            return;
        }
        String report = editionOf.getResource().getURI();
        editions.computeIfAbsent(report, r -> new TreeMap<>())
                .put(entry.iri(), new Edition(entry.iri(), entry.file().getFileName().toString(),
                        language == null ? "" : language));
        SortedMap<String, PrintedReply> printed = new TreeMap<>();
        // a reply is a statement with a speaker, whether or not the edition says what it answers (an addendum does not)
        facts.listSubjectsWithProperty(NG.speaker).forEachRemaining(reply -> {
            if (!reply.hasProperty(PROV.wasDerivedFrom, document) || !reply.hasProperty(RDF.type, NG.Statement)) {
                return;
            }
            Statement line = reply.getProperty(NG.evidenceStartLine);
            Statement date = reply.getProperty(DCTerms.date);
            printed.put(reply.getPropertyResourceValue(NG.speaker).getURI(), new PrintedReply(reply.getURI(),
                    date == null ? "" : date.getString(), line == null ? 0 : line.getInt(),
                    label(reply, "en"), label(reply, "zh-Hans")));
        });
        replies.computeIfAbsent(report, r -> new TreeMap<>()).put(entry.iri(), printed);
    }

    /** The graph of report editions; empty where no document prints a symbol of its own. */
    Model graph() {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.set(model);
        editions.forEach((reportIri, ofReport) -> {
            Resource report = model.createResource(reportIri);
            ofReport.keySet().forEach(document -> report.addProperty(NG.edition, model.createResource(document)));
            String symbol = symbol(reportIri);
            for (String actor : actors(reportIri)) {
                writeReply(model, report, symbol, actor);
            }
        });
        return model;
    }

    /** One line per discrepancy, naming the report, the actor, and each edition's file and line. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        editions.forEach((report, ofReport) -> actors(report).forEach(actor -> discrepancies(report, actor)
                .forEach(d -> warnings.add(symbol(report) + ": " + d.finding()
                        + (d.missingFrom() == null ? "" : " (" + d.missingFrom().language() + ")")))));
        return warnings;
    }

    /**
     * Where the editions of {@code report} disagree on the reply of {@code actor}: each edition that does not print
     * it, then its dates if they differ; the one list that both the graph and the warnings are made from.
     */
    private List<Discrepancy> discrepancies(String report, String actor) {
        SortedMap<String, Edition> ofReport = editions.get(report);
        Map<String, PrintedReply> byEdition = printedBy(report, actor);
        String reply = "the reply of " + shortName(actor);
        List<Discrepancy> found = new ArrayList<>();
        for (Edition edition : ofReport.values()) {
            if (!byEdition.containsKey(edition.document())) {
                found.add(new Discrepancy("reply-missing", edition, reply + " is printed in "
                        + where(ofReport, byEdition) + " but not in " + edition.file()));
            }
        }
        if (dates(byEdition).size() > 1) {
            found.add(new Discrepancy("date-differs", null, reply + " is dated differently: "
                    + dated(ofReport, byEdition)));
        }
        return found;
    }

    private void writeReply(Model model, Resource report, String symbol, String actor) {
        Map<String, PrintedReply> byEdition = printedBy(report.getURI(), actor);
        String key = actor.substring(Iris.ID.length()).replace('/', '-');
        PrintedReply first = byEdition.values().iterator().next();
        Resource reply = model.createResource(report.getURI() + "/reply/" + key)
                .addProperty(RDF.type, NG.ReportReply)
                .addProperty(PROV.wasAttributedTo, model.createResource(actor))
                .addProperty(DCTerms.isPartOf, report);
        if (!first.labelEn().isEmpty()) {
            reply.addProperty(RDFS.label, first.labelEn() + " (" + symbol + ")", "en");
        }
        if (!first.labelZh().isEmpty()) {
            reply.addProperty(RDFS.label, first.labelZh() + "（" + symbol + "）", "zh-Hans");
        }
        byEdition.values().forEach(p -> reply.addProperty(NG.readIn, model.createResource(p.statement())));
        SortedSet<String> dates = dates(byEdition);
        if (dates.size() == 1 && !dates.first().isEmpty()) {
            reply.addProperty(DCTerms.date, model.createTypedLiteral(dates.first(), XSDDatatype.XSDdate));
        }
        for (Discrepancy found : discrepancies(report.getURI(), actor)) {
            Resource discrepancy = model.createResource(reply.getURI() + (found.missingFrom() == null
                    ? "/dates-differ" : "/missing-from/" + lastSegment(found.missingFrom().document())))
                    .addProperty(RDF.type, NG.EditionDiscrepancy)
                    .addProperty(NG.discrepancyKind, found.kind())
                    .addProperty(DCTerms.subject, reply)
                    .addProperty(RDFS.comment, Character.toUpperCase(found.finding().charAt(0))
                            + found.finding().substring(1) + ".", "en");
            if (found.missingFrom() != null) {
                discrepancy.addProperty(NG.missingFrom, model.createResource(found.missingFrom().document()));
            }
            byEdition.values().forEach(p -> discrepancy.addProperty(NG.readIn, model.createResource(p.statement())));
        }
    }

    private SortedSet<String> actors(String report) {
        SortedSet<String> actors = new TreeSet<>();
        replies.getOrDefault(report, Map.of()).values().forEach(printed -> actors.addAll(printed.keySet()));
        return actors;
    }

    /** Edition (document IRI, in corpus order of IRIs) → the reply of {@code actor} that it prints. */
    private SortedMap<String, PrintedReply> printedBy(String report, String actor) {
        SortedMap<String, PrintedReply> byEdition = new TreeMap<>();
        replies.getOrDefault(report, Map.of()).forEach((document, printed) -> {
            if (printed.containsKey(actor)) {
                byEdition.put(document, printed.get(actor));
            }
        });
        return byEdition;
    }

    private static SortedSet<String> dates(Map<String, PrintedReply> byEdition) {
        SortedSet<String> dates = new TreeSet<>();
        byEdition.values().forEach(p -> dates.add(p.date()));
        return dates;
    }

    private static String where(Map<String, Edition> ofReport, Map<String, PrintedReply> byEdition) {
        List<String> places = new ArrayList<>();
        byEdition.forEach((document, p) -> places.add(ofReport.get(document).file() + " line " + p.line()));
        return String.join(", ", places);
    }

    private static String dated(Map<String, Edition> ofReport, Map<String, PrintedReply> byEdition) {
        List<String> places = new ArrayList<>();
        byEdition.forEach((document, p) -> places.add(p.date() + " in " + ofReport.get(document).file()
                + " line " + p.line()));
        return String.join(", ", places);
    }

    private static String label(Resource resource, String language) {
        return resource.listProperties(RDFS.label).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> Objects.equals(l.getLanguage(), language)).map(Literal::getString)
                .sorted().findFirst().orElse("");
    }

    /** The symbol of a report's IRI: {@code …/un-document/A/65/154} → A/65/154. */
    private static String symbol(String reportIri) {
        return reportIri.substring(Iris.unDocument("").length());
    }

    private static String shortName(String actor) {
        return actor.substring(Iris.ID.length());
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
