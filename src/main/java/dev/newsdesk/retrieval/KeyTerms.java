package dev.newsdesk.retrieval;

import dev.newsdesk.index.NewsAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The content words of a text as the index sees them: stemmed, lower-cased, stop words out. */
public final class KeyTerms {
  private static final Analyzer ANALYZER = NewsAnalyzer.create();

  private KeyTerms() {}

  /** Terms in order of appearance, repeats kept. */
  public static List<String> of(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("content", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  public static Set<String> setOf(String text) {
    return new LinkedHashSet<>(of(text));
  }
}
