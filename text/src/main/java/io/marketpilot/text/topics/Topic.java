package io.marketpilot.text.topics;

import io.marketpilot.text.keywords.Keyword;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One cluster of texts.
 *
 * @param id the cluster's index, largest first
 * @param name its top key phrases, joined
 * @param language the embedding space the cluster lives in ({@code en} or {@code zh})
 * @param size texts in the cluster
 * @param share size over all texts clustered in the same language
 * @param meanSentiment mean sentiment score (−1 to 1) of its texts that have one
 * @param keyPhrases RAKE phrases of the cluster
 * @param keywords TF-IDF keywords of the cluster against the whole corpus
 * @param examples up to three texts nearest the cluster's centre
 * @param members indices of the texts in the input
 */
public record Topic(
        int id,
        String name,
        String language,
        int size,
        double share,
        OptionalDouble meanSentiment,
        List<Keyword> keyPhrases,
        List<Keyword> keywords,
        List<String> examples,
        List<Integer> members) {}
