package org.w3id.normgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.normgraph.vocabulary.NG;

/**
 * The Lucene index over the words of statements, footnotes and notes ({@code ng:text}), analysed with Lucene's
 * smartcn analyzer so that a search for 关键基础设施 finds the texts that use the term. It lives in the database
 * folder, so a build replaces it together with the graph it indexes. The same settings are in
 * {@code fuseki-config/normgraph.ttl} for the server.
 */
public final class TextIndex {

    public static final String FOLDER = "text-index";
    public static final String FIELD = "text";
    /** The property whose values are indexed. */
    public static final Property PROPERTY = NG.text;

    private TextIndex() {
    }

    /**
     * Loads smartcn's dictionaries (some 300 ms cold) on a thread of their own, so that a build can do it while it
     * reads its documents rather than when it comes to index their texts; a later analyzer finds them loaded.
     */
    public static void loadDictionariesInBackground() {
        Thread loading = new Thread(() -> {
            try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
                    TokenStream words = analyzer.tokenStream(FIELD, "关键基础设施")) {
                words.reset();
                while (words.incrementToken()) {
                    // the words themselves are not wanted, only the dictionaries they were looked up in
                }
                words.end();
            } catch (IOException e) {
                // the index's own analyzer will load them, and report what fails
            }
        }, "normgraph-load-smartcn");
        loading.setDaemon(true);
        loading.start();
    }

    /** The dataset with its text index: quads added through it are indexed; SPARQL on it can use text:query. */
    public static DatasetGraph over(DatasetGraph dataset, Path databaseFolder) {
        return TextDatasetFactory.create(dataset, luceneIndex(databaseFolder), true);
    }

    /** The Lucene index of the database folder, alone (a build fills it from the stored texts). */
    static org.apache.jena.query.text.TextIndex luceneIndex(Path databaseFolder) {
        try {
            Directory directory = FSDirectory.open(databaseFolder.resolve(FOLDER));
            return TextDatasetFactory.createLuceneIndex(directory, config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + databaseFolder, e);
        }
    }

    private static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition("uri", FIELD, PROPERTY);
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setQueryAnalyzer(new SmartChineseAnalyzer());
        config.setValueStored(false);
        return config;
    }
}
