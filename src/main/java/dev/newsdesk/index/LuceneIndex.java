package dev.newsdesk.index;

import static dev.newsdesk.index.IndexFields.*;

import dev.newsdesk.ingest.Article;
import dev.newsdesk.ingest.ArticleIds;
import dev.newsdesk.ingest.Passage;
import dev.newsdesk.ingest.dedupe.MinHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded backend: one Lucene index on local disk. Each article is one document holding the
 * article itself plus one document per passage; an article and its passages are replaced in one
 * atomic update, and every write ends with a commit, so a crash loses at most the batch in flight.
 */
public final class LuceneIndex implements PassageIndex {
  /** Bumped whenever fields or analysis change, so that older indexes are rebuilt. */
  static final String SCHEMA_VERSION = "5";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final TextQueryBuilder textQueries;
  private volatile String embeddingModel;
  private volatile String schemaVersion;

  private LuceneIndex(Directory directory, IndexWriter writer, Analyzer analyzer, Similarity similarity)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return searcher;
      }
    });
    this.textQueries = new TextQueryBuilder(analyzer);
    Map<String, String> commitData = new HashMap<>();
    if (writer.getLiveCommitData() != null) {
      writer.getLiveCommitData().forEach(e -> commitData.put(e.getKey(), e.getValue()));
    }
    this.embeddingModel = commitData.getOrDefault(COMMIT_EMBEDDING_MODEL, "");
    this.schemaVersion = commitData.getOrDefault(COMMIT_SCHEMA_VERSION, "");
  }

  /** Opens the index in {@code folder}, creating it when missing, with Lucene's default BM25. */
  public static LuceneIndex open(Path folder) {
    return open(folder, new BM25Similarity());
  }

  /**
   * @param similarity how BM25 scores; its length norms must match BM25's (k1 and b may differ, they
   *     apply at search time)
   */
  public static LuceneIndex open(Path folder, Similarity similarity) {
    try {
      Files.createDirectories(folder);
      Directory directory = FSDirectory.open(folder);
      Analyzer analyzer = NewsAnalyzer.create();
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCommitOnClose(true);
      config.setRAMBufferSizeMB(64);
      config.setSimilarity(similarity);
      return new LuceneIndex(directory, new IndexWriter(directory, config), analyzer, similarity);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IllegalStateException("the index in " + folder + " is in use by another Newsdesk process: stop it, "
          + "or send the articles to its API (POST /api/articles)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + folder, e);
    }
  }

  @Override
  public synchronized void write(List<IndexedArticle> articles) {
    try {
      for (IndexedArticle indexed : articles) {
        List<Document> docs = new ArrayList<>(indexed.passages().size() + 1);
        docs.add(articleDocument(indexed));
        for (int i = 0; i < indexed.passages().size(); i++) {
          docs.add(passageDocument(indexed, indexed.passages().get(i), indexed.vectors().get(i)));
        }
        // One call: readers see either the old version or the new one, never a mix.
        writer.updateDocuments(new Term(ARTICLE_ID, indexed.article().id()), docs);
      }
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to the index failed", e);
    }
  }

  @Override
  public synchronized boolean deleteArticle(String articleId) {
    if (article(articleId).isEmpty()) {
      return false;
    }
    try {
      writer.deleteDocuments(new Term(ARTICLE_ID, articleId));
      commit();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("deleting from the index failed", e);
    }
  }

  @Override
  public Optional<Article> article(String articleId) {
    return firstArticle(new TermQuery(new Term(ARTICLE_ID, articleId)));
  }

  @Override
  public Optional<Article> articleByUrl(String url) {
    return firstArticle(new TermQuery(new Term(URL_KEY, ArticleIds.canonicalUrl(url))));
  }

  private Optional<Article> firstArticle(Query which) {
    Query query = new BooleanQuery.Builder()
        .add(which, Occur.FILTER)
        .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER)
        .build();
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(toArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  @Override
  public void forEachArticle(Consumer<Article> consumer) {
    List<Article> all = withSearcher(searcher -> {
      List<Article> found = new ArrayList<>();
      TermQuery articles = new TermQuery(new Term(KIND, KIND_ARTICLE));
      int count = Math.max(1, searcher.count(articles));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(articles, count).scoreDocs) {
        found.add(toArticle(stored.document(sd.doc)));
      }
      return found;
    });
    all.forEach(consumer);
  }

  @Override
  public List<PassageRef> searchText(String query, SearchFilter filter, int k) {
    Query text = textQueries.build(query);
    if (text == null) {
      return List.of();
    }
    Query full = new BooleanQuery.Builder().add(text, Occur.MUST).add(passageFilter(filter), Occur.FILTER).build();
    return withSearcher(searcher -> toRefs(searcher, searcher.search(full, k)));
  }

  @Override
  public List<PassageRef> searchVector(float[] vector, SearchFilter filter, int k) {
    Query knn = new KnnFloatVectorQuery(VECTOR, vector, k, passageFilter(filter));
    return withSearcher(searcher -> toRefs(searcher, searcher.search(knn, k)));
  }

  @Override
  public Map<String, Double> similarities(float[] vector, Collection<String> passageIds) {
    return withSearcher(searcher -> {
      Map<String, Double> out = new HashMap<>();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (String id : passageIds) {
        TopDocs top = searcher.search(new TermQuery(new Term(PASSAGE_ID, id)), 1);
        if (top.scoreDocs.length == 0) {
          continue;
        }
        int doc = top.scoreDocs[0].doc;
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        if (values != null && values.advance(doc - leaf.docBase) == doc - leaf.docBase) {
          float[] v = values.vectorValue();
          double dot = 0;
          for (int i = 0; i < v.length; i++) {
            dot += v[i] * vector[i];
          }
          out.put(id, dot);
        }
      }
      return out;
    });
  }

  @Override
  public List<PassageHit> load(List<PassageRef> refs) {
    return withSearcher(searcher -> {
      StoredFields stored = searcher.storedFields();
      List<PassageHit> hits = new ArrayList<>(refs.size());
      for (PassageRef ref : refs) {
        TopDocs top = searcher.search(new TermQuery(new Term(PASSAGE_ID, ref.passageId())), 1);
        if (top.scoreDocs.length > 0) {
          hits.add(toHit(stored.document(top.scoreDocs[0].doc), ref.score()));
        }
      }
      return hits;
    });
  }

  private static Query passageFilter(SearchFilter filter) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), Occur.FILTER);
    if (!filter.sources().isEmpty()) {
      List<BytesRef> keys = filter.sources().stream().map(s -> new BytesRef(sourceKey(s))).toList();
      b.add(new TermInSetQuery(SOURCE_KEY, keys), Occur.FILTER);
    }
    if (filter.from() != null || filter.to() != null) {
      long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli();
      long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochMilli();
      b.add(LongPoint.newRangeQuery(PUBLISHED_AT, from, to), Occur.FILTER);
    }
    if (filter.articleUrl() != null) {
      b.add(new TermQuery(new Term(URL_KEY, ArticleIds.canonicalUrl(filter.articleUrl()))), Occur.FILTER);
    }
    return b.build();
  }

  @Override
  public Map<String, Long> passageFrequencies(Collection<String> terms) {
    return withSearcher(searcher -> {
      Map<String, Long> frequencies = new HashMap<>();
      for (String term : terms) {
        frequencies.put(term, (long) searcher.getIndexReader().docFreq(new Term(CONTENT, term)));
      }
      return frequencies;
    });
  }

  @Override
  public List<StoredSignature> sharingBands(Collection<String> bands) {
    if (bands.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    bands.forEach(b -> any.add(new TermQuery(new Term(BAND, b)), Occur.SHOULD));
    Query query = new BooleanQuery.Builder().add(any.build(), Occur.MUST)
        .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER).build();
    return withSearcher(searcher -> {
      List<StoredSignature> found = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(query, 50).scoreDocs) {
        Document d = stored.document(sd.doc);
        BytesRef bytes = d.getBinaryValue(MINHASH);
        if (bytes != null) {
          found.add(new StoredSignature(d.get(ARTICLE_ID), d.get(CLUSTER), instant(d, PUBLISHED_AT),
              MinHash.fromBytes(BytesRef.deepCopyOf(bytes).bytes)));
        }
      }
      return found;
    });
  }

  @Override
  public List<Article> clusterMembers(String clusterId) {
    Query query = new BooleanQuery.Builder().add(new TermQuery(new Term(CLUSTER, clusterId)), Occur.FILTER)
        .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER).build();
    return withSearcher(searcher -> {
      List<Article> members = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(query, 100).scoreDocs) {
        members.add(toArticle(stored.document(sd.doc)));
      }
      return members;
    });
  }

  @Override
  public synchronized int deleteOlderThan(Instant cutoff) {
    Query old = new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(PUBLISHED_AT, Long.MIN_VALUE, cutoff.toEpochMilli() - 1), Occur.FILTER)
        .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER).build();
    List<String> ids = withSearcher(searcher -> {
      List<String> found = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      int n = Math.max(1, searcher.count(old));
      for (ScoreDoc sd : searcher.search(old, n).scoreDocs) {
        found.add(stored.document(sd.doc).get(ARTICLE_ID));
      }
      return found;
    });
    if (ids.isEmpty()) {
      return 0;
    }
    try {
      for (String id : ids) {
        writer.deleteDocuments(new Term(ARTICLE_ID, id));
      }
      commit();
      return ids.size();
    } catch (IOException e) {
      throw new UncheckedIOException("purging old articles failed", e);
    }
  }

  @Override
  public Set<String> sources() {
    return withSearcher(searcher -> {
      Set<String> names = new TreeSet<>();
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), SOURCE);
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          if (it.docFreq() > 0) {
            names.add(term.utf8ToString());
          }
        }
      }
      return names;
    });
  }

  @Override
  public long passageCount() {
    return withSearcher(searcher -> (long) searcher.count(new TermQuery(new Term(KIND, KIND_PASSAGE))));
  }

  @Override
  public IndexStats stats() {
    return withSearcher(searcher -> {
      long articles = searcher.count(new TermQuery(new Term(KIND, KIND_ARTICLE)));
      long passages = searcher.count(new TermQuery(new Term(KIND, KIND_PASSAGE)));
      // One pass over the live article documents' cluster ids (doc values), not a query per cluster.
      Set<String> clusterIds = new java.util.HashSet<>();
      Weight articleDocs = searcher.createWeight(
          searcher.rewrite(new TermQuery(new Term(KIND, KIND_ARTICLE))), ScoreMode.COMPLETE_NO_SCORES, 1);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = articleDocs.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), CLUSTER);
        var live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
            clusterIds.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
          }
        }
      }
      long clusters = clusterIds.size();
      long size = 0;
      for (String file : directory.listAll()) {
        try {
          size += directory.fileLength(file);
        } catch (NoSuchFileException | java.io.FileNotFoundException gone) {
          // merged away while we were counting
        }
      }
      return new IndexStats(articles, passages, clusters, size, embeddingModel);
    });
  }

  @Override
  public String embeddingModel() {
    return embeddingModel;
  }

  @Override
  public synchronized void compact() {
    try {
      // One segment means one HNSW graph and one term dictionary per search instead of dozens.
      writer.forceMerge(1);
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("compacting the index failed", e);
    }
  }

  @Override
  public boolean isCurrent(String model) {
    return embeddingModel.equals(model) && SCHEMA_VERSION.equals(schemaVersion);
  }

  @Override
  public synchronized void clear(String newEmbeddingModel) {
    try {
      // deleteAll also forgets the field schema, so a model with another vector size fits.
      writer.deleteAll();
      embeddingModel = newEmbeddingModel;
      schemaVersion = SCHEMA_VERSION;
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException("clearing the index failed", e);
    }
  }

  private void commit() throws IOException {
    writer.setLiveCommitData(commitData().entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      if (writer.isOpen()) {
        writer.setLiveCommitData(commitData().entrySet());
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index failed", e);
    }
  }

  private Map<String, String> commitData() {
    return Map.of(COMMIT_EMBEDDING_MODEL, embeddingModel, COMMIT_SCHEMA_VERSION, schemaVersion);
  }

  private Document articleDocument(IndexedArticle indexed) {
    Article a = indexed.article();
    Document doc = new Document();
    doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
    doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ARTICLE_ID, new BytesRef(a.id())));
    addCluster(doc, indexed.clusterId());
    if (indexed.signature() != null) {
      doc.add(new StoredField(MINHASH, indexed.signature().toBytes()));
      for (String band : indexed.signature().bands()) {
        doc.add(new StringField(BAND, band, Field.Store.NO));
      }
    }
    doc.add(new StoredField(BODY, a.body()));
    addArticleMetadata(doc, a);
    storeIfPresent(doc, AUTHOR, a.author());
    storeIfPresent(doc, PLACE, a.place());
    storeIfPresent(doc, BYLINE, a.byline());
    if (a.updatedAt() != null) {
      doc.add(new StoredField(UPDATED_AT, a.updatedAt().toEpochMilli()));
    }
    return doc;
  }

  private Document passageDocument(IndexedArticle indexed, Passage p, float[] vector) {
    Article a = indexed.article();
    Document doc = new Document();
    addCluster(doc, indexed.clusterId());
    doc.add(new StringField(KIND, KIND_PASSAGE, Field.Store.NO));
    doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ARTICLE_ID, new BytesRef(a.id())));
    doc.add(new StringField(PASSAGE_ID, p.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(PASSAGE_ID, new BytesRef(p.id())));
    doc.add(new StoredField(ORDINAL, p.ordinal()));
    doc.add(new StoredField(TEXT, p.text()));
    doc.add(new TextField(CONTENT, a.title() + "\n" + p.text(), Field.Store.NO));
    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    addArticleMetadata(doc, a);
    return doc;
  }

  private static void addCluster(Document doc, String clusterId) {
    doc.add(new StringField(CLUSTER, clusterId, Field.Store.YES));
    doc.add(new SortedDocValuesField(CLUSTER, new BytesRef(clusterId)));
  }

  private static void addArticleMetadata(Document doc, Article a) {
    doc.add(new StoredField(TITLE, a.title()));
    if (a.source() != null) {
      doc.add(new StringField(SOURCE, a.source(), Field.Store.YES));
      doc.add(new StringField(SOURCE_KEY, sourceKey(a.source()), Field.Store.NO));
    }
    if (a.url() != null) {
      doc.add(new StoredField(URL, a.url()));
      doc.add(new StringField(URL_KEY, ArticleIds.canonicalUrl(a.url()), Field.Store.NO));
    }
    if (a.publishedAt() != null) {
      long millis = a.publishedAt().toEpochMilli();
      doc.add(new LongPoint(PUBLISHED_AT, millis));
      doc.add(new StoredField(PUBLISHED_AT, millis));
    }
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  static String sourceKey(String source) {
    return source.strip().toLowerCase(Locale.ROOT);
  }

  private static Article toArticle(Document d) {
    return new Article(
        d.get(ARTICLE_ID), d.get(TITLE), d.get(BODY), d.get(URL), d.get(SOURCE), d.get(AUTHOR),
        instant(d, PUBLISHED_AT), d.get(PLACE), d.get(BYLINE), instant(d, UPDATED_AT));
  }

  private static PassageHit toHit(Document d, double score) {
    return new PassageHit(
        d.get(PASSAGE_ID), d.get(ARTICLE_ID), d.get(CLUSTER), d.getField(ORDINAL).numericValue().intValue(),
        d.get(TEXT), d.get(TITLE), d.get(SOURCE), d.get(URL), instant(d, PUBLISHED_AT), score);
  }

  /**
   * Ids come from doc values: reading stored fields of every candidate would cost more than the
   * search. Doc values are read in doc order (their iterators only go forward), one iterator per
   * segment and field.
   */
  private static List<PassageRef> toRefs(IndexSearcher searcher, TopDocs top) throws IOException {
    ScoreDoc[] hits = top.scoreDocs;
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    String[][] values = new String[hits.length][];
    LeafReaderContext leaf = null;
    SortedDocValues[] fields = new SortedDocValues[3];
    for (int i : byDoc) {
      LeafReaderContext current = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      if (current != leaf) {
        leaf = current;
        fields[0] = DocValues.getSorted(leaf.reader(), PASSAGE_ID);
        fields[1] = DocValues.getSorted(leaf.reader(), ARTICLE_ID);
        fields[2] = DocValues.getSorted(leaf.reader(), CLUSTER);
      }
      int doc = hits[i].doc - leaf.docBase;
      values[i] = new String[3];
      for (int f = 0; f < 3; f++) {
        if (!fields[f].advanceExact(doc)) {
          throw new IllegalStateException("passage without doc values");
        }
        values[i][f] = fields[f].lookupOrd(fields[f].ordValue()).utf8ToString();
      }
    }
    List<PassageRef> refs = new ArrayList<>(hits.length);
    for (int i = 0; i < hits.length; i++) {
      refs.add(new PassageRef(values[i][0], values[i][1], values[i][2], hits[i].score));
    }
    return refs;
  }


  private static Instant instant(Document d, String field) {
    var f = d.getField(field);
    return f == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the index failed", e);
    }
  }
}
