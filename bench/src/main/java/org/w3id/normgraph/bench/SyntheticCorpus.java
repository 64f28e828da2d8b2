package org.w3id.normgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.util.ResourceUtils;
import org.w3id.normgraph.rdf.Iris;
import org.w3id.normgraph.vocabulary.NG;

/**
 * A corpus of {@code size} documents made from the bundled ones, for scaling measurements: document {@code i} is
 * bundled document {@code i mod n}, under the name {@code {id}--copy-{i}}, with the manifest entry of the original
 * (title, genre, forum, extractors). The same size always gives the same files. Each copy must give the facts of
 * its original, which {@link Comparisons} checks before any of its timings counts.
 */
final class SyntheticCorpus {

    record Document(String id, Path file, String originalId) {
    }

    private SyntheticCorpus() {
    }

    static List<Document> write(Path bundledCorpus, int size, Path folder) {
        Model manifest = RDFDataMgr.loadModel(bundledCorpus.resolve("manifest.ttl").toString(), Lang.TURTLE);
        List<Resource> originals = manifest.listSubjectsWithProperty(NG.sourceFile).toList().stream()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
        Model synthetic = ModelFactory.createDefaultModel();
        synthetic.setNsPrefixes(manifest.getNsPrefixMap());
        List<Document> documents = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < size; i++) {
                Resource original = originals.get(i % originals.size());
                String originalId = original.getURI().substring(original.getURI().lastIndexOf('/') + 1);
                String id = String.format("%s--copy-%04d", originalId, i);
                String fileName = id + ".txt";
                Files.copy(bundledCorpus.resolve(original.getProperty(NG.sourceFile).getString()),
                        folder.resolve(fileName), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Model entry = ModelFactory.createDefaultModel();
                for (Statement s : original.listProperties().toList()) {
                    entry.add(s.getSubject(), s.getPredicate(),
                            s.getPredicate().equals(NG.sourceFile) ? entry.createLiteral(fileName) : s.getObject());
                }
                ResourceUtils.renameResource(entry.getResource(original.getURI()), Iris.ID + "document/" + id);
                synthetic.add(entry);
                documents.add(new Document(id, folder.resolve(fileName), originalId));
            }
            try (var out = Files.newOutputStream(folder.resolve("manifest.ttl"))) {
                RDFDataMgr.write(out, synthetic, Lang.TURTLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic corpus in " + folder, e);
        }
        return documents;
    }

    /** The text of every document, concatenated: what the extraction and segmentation benchmarks read. */
    static String bundledText(Path bundledCorpus) {
        Model manifest = RDFDataMgr.loadModel(bundledCorpus.resolve("manifest.ttl").toString(), Lang.TURTLE);
        StringBuilder text = new StringBuilder();
        manifest.listObjectsOfProperty(NG.sourceFile).toList().stream().map(n -> n.asLiteral().getString()).sorted()
                .forEach(name -> {
                    try {
                        text.append(Files.readString(bundledCorpus.resolve(name), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return text.toString();
    }
}
