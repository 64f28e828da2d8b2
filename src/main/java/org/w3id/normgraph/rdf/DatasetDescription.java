package org.w3id.normgraph.rdf;

import org.w3id.normgraph.vocabulary.NG;
import org.w3id.normgraph.vocabulary.PROV;
import org.w3id.normgraph.vocabulary.SPDX;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * A VoID and DCAT description of the dataset, computed from the data: triples per named graph, class and property,
 * the links to Wikidata, the source documents with their checksums, the licence and version of the ontology, and
 * where the dataset is served. It holds no time and no blank nodes, so the same data at the same addresses give the
 * same description, to the byte.
 *
 * <pre>{@code
 * Model void = DatasetDescription.of(dataset, new DatasetDescription.Access(
 *         "http://localhost:3030/normgraph/sparql", "http://localhost:3030/dump/normgraph.nq.gz", sha256, bytes));
 * }</pre>
 */
public final class DatasetDescription {

    /** The dataset as a whole; the description's other resources are fragments of it. */
    public static final String DATASET = Iris.BASE + "dataset";

    private static final Property DCAT_VERSION = ResourceFactory.createProperty(DCAT.NS, "version");
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    /** Where the dataset is served, and the checksum and size of the gzipped dump found at {@code dataDump}. */
    public record Access(String sparqlEndpoint, String dataDump, String dumpSha256, long dumpBytes) {
    }

    private final Model union;
    private final DatasetGraph data;
    private final Model description = ModelFactory.createDefaultModel();
    private final Resource dataset;

    private DatasetDescription(DatasetGraph data) {
        this.data = data;
        this.union = ModelFactory.createModelForGraph(data.getUnionGraph());
        Prefixes.set(description);
        description.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("spdx", SPDX.NS);
        this.dataset = description.createResource(DATASET);
    }

    /** Reads {@code data} in a read transaction. */
    public static Model of(DatasetGraph data, Access access) {
        return Txn.calculateRead(data, () -> new DatasetDescription(data).describe(access));
    }

    private Model describe(Access access) {
        dataset.addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "normgraph: a sourced knowledge graph of UN cyber diplomacy", "en")
                .addProperty(DCTerms.title, "normgraph：有出处的联合国网络外交知识图谱", "zh-Hans")
                .addProperty(DCTerms.description, "Who proposed, supported or opposed what in UN processes on"
                        + " information and communications technologies, read from Chinese UN documents, each fact"
                        + " with the document, line and words of its source.", "en")
                .addProperty(VOID.uriSpace, Iris.ID)
                .addProperty(VOID.sparqlEndpoint, description.createResource(access.sparqlEndpoint()))
                .addProperty(VOID.dataDump, description.createResource(access.dataDump()));
        ontology();
        totals();
        partitions();
        namedGraphs();
        wikidataLinks();
        sourceDocuments();
        distributions(access);
        return description;
    }

    private List<QuerySolution> select(String query) {
        try (QueryExecution execution = QueryExecution.model(union).query("""
                PREFIX ng:   <https://w3id.org/normgraph/ontology#>
                PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                """ + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private Literal integer(long n) {
        return description.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private Literal integer(QuerySolution row, String variable) {
        return integer(row.getLiteral(variable).getLong());
    }

    private void ontology() {
        select("SELECT ?licence ?version WHERE { ?o a owl:Ontology . OPTIONAL { ?o dcterms:license ?licence }"
                + " OPTIONAL { ?o owl:versionInfo ?version } } ORDER BY ?o").forEach(row -> {
                    if (row.contains("licence")) {
                        dataset.addProperty(DCTerms.license, row.getResource("licence"));
                    }
                    if (row.contains("version")) {
                        dataset.addProperty(OWL.versionInfo, row.getLiteral("version").getLexicalForm())
                                .addProperty(DCAT_VERSION, row.getLiteral("version").getLexicalForm());
                    }
                });
    }

    private void totals() {
        QuerySolution all = select("SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)"
                + " (COUNT(DISTINCT ?p) AS ?properties) (COUNT(DISTINCT ?o) AS ?objects) WHERE { ?s ?p ?o }").get(0);
        dataset.addLiteral(VOID.triples, integer(all, "triples"))
                .addLiteral(VOID.distinctSubjects, integer(all, "subjects"))
                .addLiteral(VOID.properties, integer(all, "properties"))
                .addLiteral(VOID.distinctObjects, integer(all, "objects"))
                .addLiteral(VOID.classes, integer(select("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }")
                        .get(0), "n"))
                .addLiteral(VOID.entities, integer(select("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o"
                        + " FILTER STRSTARTS(STR(?s), \"" + Iris.ID + "\") }").get(0), "n"));
    }

    private void partitions() {
        SortedSet<String> vocabularies = new TreeSet<>();
        select("SELECT ?class (COUNT(DISTINCT ?s) AS ?entities) (COUNT(*) AS ?triples)"
                + " WHERE { ?s a ?class ; ?p ?o } GROUP BY ?class ORDER BY ?class").forEach(row -> {
                    Resource type = row.getResource("class");
                    dataset.addProperty(VOID.classPartition, description.createResource(fragment("class", type))
                            .addProperty(VOID._class, type)
                            .addLiteral(VOID.entities, integer(row, "entities"))
                            .addLiteral(VOID.triples, integer(row, "triples")));
                    vocabulary(type).ifPresent(vocabularies::add);
                });
        select("SELECT ?property (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)"
                + " (COUNT(DISTINCT ?o) AS ?objects) WHERE { ?s ?property ?o } GROUP BY ?property"
                + " ORDER BY ?property").forEach(row -> {
                    Resource property = row.getResource("property");
                    dataset.addProperty(VOID.propertyPartition, description.createResource(
                                    fragment("property", property))
                            .addProperty(VOID.property, property)
                            .addLiteral(VOID.triples, integer(row, "triples"))
                            .addLiteral(VOID.distinctSubjects, integer(row, "subjects"))
                            .addLiteral(VOID.distinctObjects, integer(row, "objects")));
                    vocabulary(property).ifPresent(vocabularies::add);
                });
        vocabularies.forEach(ns -> dataset.addProperty(VOID.vocabulary, description.createResource(ns)));
    }

    /** The namespace of {@code term} if it is one that normgraph declares a prefix for. */
    private static Optional<String> vocabulary(Resource term) {
        return Prefixes.STANDARD.getNsPrefixMap().values().stream()
                .filter(ns -> term.getURI().startsWith(ns) && !ns.startsWith(Iris.ID)).findFirst();
    }

    /** {@code #class-ng-State} for ng:State; the whole IRI, percent-encoded, where no prefix is declared. */
    private static String fragment(String kind, Resource term) {
        String compact = Prefixes.STANDARD.shortForm(term.getURI());
        String name = compact.equals(term.getURI()) ? URLEncoder.encode(term.getURI(), StandardCharsets.UTF_8)
                : compact.replace(':', '-');
        return DATASET + "#" + kind + "-" + name;
    }

    private void namedGraphs() {
        SortedSet<String> names = new TreeSet<>();
        data.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        for (String name : names) {
            Resource graph = description.createResource(name).addProperty(RDF.type, VOID.Dataset)
                    .addLiteral(VOID.triples, integer(data.getGraph(NodeFactory.createURI(name)).size()));
            dataset.addProperty(VOID.subset, graph);
            if (name.equals(Iris.MEMBER_STANCES_GRAPH)) {
                graph.addProperty(DCTerms.description, "Derived, not read: the stance of a group that a source"
                        + " names with its member States, passed on to each member (ng:DerivedPosition).", "en");
                names.stream().filter(n -> n.startsWith(Iris.EXTRACTED_GRAPHS) || n.equals(Iris.REFERENCE_GRAPH))
                        .forEach(n -> graph.addProperty(PROV.wasDerivedFrom, description.createResource(n)));
            }
            if (name.equals(Iris.REPORT_EDITIONS_GRAPH)) {
                graph.addProperty(DCTerms.description, "Derived, not read: the documents that print one UN symbol"
                        + " as their own are editions of one report (ng:edition), with one reply per actor"
                        + " (ng:ReportReply) and each discrepancy between editions (ng:EditionDiscrepancy).", "en");
                names.stream().filter(n -> n.startsWith(Iris.EXTRACTED_GRAPHS))
                        .forEach(n -> graph.addProperty(PROV.wasDerivedFrom, description.createResource(n)));
            }
        }
    }

    private void wikidataLinks() {
        long links = select("SELECT (COUNT(*) AS ?n) WHERE { ?s owl:sameAs ?o FILTER STRSTARTS(STR(?o), \""
                + Iris.WIKIDATA_ENTITY + "\") }").get(0).getLiteral("n").getLong();
        Resource wikidata = description.createResource(DATASET + "#wikidata")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Wikidata", "en")
                .addProperty(VOID.uriSpace, Iris.WIKIDATA_ENTITY)
                .addProperty(VOID.sparqlEndpoint, description.createResource("https://query.wikidata.org/sparql"));
        dataset.addProperty(VOID.subset, description.createResource(DATASET + "#wikidata-links")
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(VOID.subjectsTarget, dataset)
                .addProperty(VOID.objectsTarget, wikidata)
                .addProperty(VOID.linkPredicate, OWL.sameAs)
                .addLiteral(VOID.triples, integer(links)));
    }

    private void sourceDocuments() {
        Model corpus = ModelFactory.createModelForGraph(data.getGraph(NodeFactory.createURI(Iris.CORPUS_GRAPH)));
        List<Resource> documents = corpus.listResourcesWithProperty(RDF.type, NG.SourceDocument).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource document : documents) {
            Resource described = description.createResource(document.getURI())
                    .addProperty(RDF.type, NG.SourceDocument);
            for (Property property : List.of(DCTerms.title, NG.sourceFile, NG.sha256)) {
                document.listProperties(property).forEachRemaining(s -> described.addProperty(property,
                        s.getObject()));
            }
            dataset.addProperty(DCTerms.source, described);
        }
    }

    private void distributions(Access access) {
        Resource checksum = description.createResource(DATASET + "#nquads-gzip-sha256")
                .addProperty(RDF.type, SPDX.Checksum)
                .addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
                .addLiteral(SPDX.checksumValue, description.createTypedLiteral(access.dumpSha256(),
                        XSDDatatype.XSDhexBinary));
        dataset.addProperty(DCAT.distribution, description.createResource(DATASET + "#nquads-gzip")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "The whole dataset as sorted N-Quads, gzipped", "en")
                .addProperty(DCAT.downloadURL, description.createResource(access.dataDump()))
                .addProperty(DCAT.mediaType, description.createResource(MEDIA_TYPES + "application/n-quads"))
                .addProperty(DCAT.compressFormat, description.createResource(MEDIA_TYPES + "application/gzip"))
                .addLiteral(DCAT.byteSize, description.createTypedLiteral(Long.toString(access.dumpBytes()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(SPDX.checksum, checksum));
        description.createResource(DATASET + "#sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, description.createResource(access.sparqlEndpoint()))
                .addProperty(DCTerms.conformsTo, description.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, dataset);
    }
}
