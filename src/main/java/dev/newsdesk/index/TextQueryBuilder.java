package dev.newsdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a reader's question into a BM25 query: every analysed term is an optional clause, so no
 * query syntax can fail on punctuation a reader types. A term typed twice counts twice.
 */
final class TextQueryBuilder {
  private static final int MAX_TERMS = 256;
  private final Analyzer analyzer;

  TextQueryBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Null when the question has no searchable term (only stop words, say). */
  Query build(String question) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(IndexFields.CONTENT, question)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && counts.size() < MAX_TERMS) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (counts.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    counts.forEach((t, n) -> {
      Query q = new TermQuery(new Term(IndexFields.CONTENT, t));
      b.add(n == 1 ? q : new BoostQuery(q, n), Occur.SHOULD);
    });
    return b.build();
  }
}
