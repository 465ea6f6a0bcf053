package io.marketpilot.app.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What set a winning text apart from the ones it beat, in words: the measured lift and the words only the winner
 * used (and those only the losers used). Plain word sets, no model: it is a hint for the writer, not a finding.
 */
final class WinnerDistinction {
    private WinnerDistinction() {}

    static String describe(String winnerName, String winnerText, List<String> loserTexts, String liftText) {
        Set<String> winnerWords = words(winnerText);
        Set<String> loserWords = new LinkedHashSet<>();
        loserTexts.forEach(t -> loserWords.addAll(words(t)));
        List<String> onlyWinner = new ArrayList<>(winnerWords);
        onlyWinner.removeAll(loserWords);
        List<String> onlyLosers = new ArrayList<>(loserWords);
        onlyLosers.removeAll(winnerWords);
        StringBuilder sb =
                new StringBuilder(winnerName).append(' ').append(liftText).append('.');
        if (!onlyWinner.isEmpty()) {
            sb.append(" Words only the winner used: ")
                    .append(String.join(", ", onlyWinner))
                    .append('.');
        }
        if (!onlyLosers.isEmpty()) {
            sb.append(" Words only the retired variants used: ")
                    .append(String.join(", ", onlyLosers))
                    .append('.');
        }
        return sb.toString();
    }

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : (text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}%€$£]+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }
}
