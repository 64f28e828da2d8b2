package org.w3id.normgraph.export;

/**
 * One file of an export: {@code suffix} follows the base name ({@code stances} + {@code .graphml}, or
 * {@code stances} + {@code -edges.csv}).
 */
public record ExportFile(String suffix, String mediaType, byte[] bytes) {
}
