package org.w3id.normgraph.pipeline;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.w3id.normgraph.document.SourceText;
import org.w3id.normgraph.extract.ReplyExtractor;
import org.w3id.normgraph.extract.ReplyFindings;
import org.w3id.normgraph.rdf.NG;
import org.w3id.normgraph.rdf.ReplyGraph;
import org.w3id.normgraph.reader.CorpusEntry;
import org.w3id.normgraph.reader.CorpusException;
import org.w3id.normgraph.reader.CorpusManifest;
import org.w3id.normgraph.segment.CompiledReplies;
import org.w3id.normgraph.segment.LayoutException;
import org.w3id.normgraph.segment.ReplySegmenter;

/**
 * The {@value #NAME} extractor of the build: segments a compilation of replies, extracts its facts and writes them,
 * with the forum that the manifest gives the document ({@code ng:forum}). Layout problems become errors that name
 * the file and the line.
 */
final class ReplyCompilationStep {

    static final String NAME = "sg-report-replies";

    private ReplyCompilationStep() {
    }

    static Model facts(CorpusManifest manifest, CorpusEntry entry, SourceText source, ReplyExtractor extractor) {
        Resource forum = manifest.description().getResource(entry.iri()).getPropertyResourceValue(NG.forum);
        if (forum == null || !forum.isURIResource()) {
            throw new CorpusException(manifest.folder().resolve(CorpusManifest.FILE_NAME), "document "
                    + entry.documentId() + " needs ng:forum, the forum its replies are addressed to, for the " + NAME
                    + " extractor");
        }
        ReplyFindings findings;
        try {
            CompiledReplies report = ReplySegmenter.segment(source);
            if (report.replies().isEmpty()) {
                throw new CorpusException(entry.file(), source.lineCount(), "found no reply from line 1 to here: the "
                        + NAME + " extractor expects the name of a State or group as a heading, followed by its date"
                        + " ([2022 年 5 月 31 日]), with or without a [原件：英文] line between them");
            }
            findings = extractor.extract(report);
        } catch (LayoutException e) {
            throw new CorpusException(entry.file(), e.line(), GraphBuild.found(e.getMessage(), source, e.line()));
        }
        return ReplyGraph.of(entry.documentId(), findings, forum.getURI());
    }
}
