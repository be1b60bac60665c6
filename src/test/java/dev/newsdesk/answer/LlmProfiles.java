package dev.newsdesk.answer;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Test profiles that switch the LLM on, each against a fake server speaking one protocol. */
final class LlmProfiles {
  private LlmProfiles() {}

  private static Map<String, String> common() {
    // Four passages, so a reply citing [7] cites something that isn't there; short timeouts.
    return Map.of("newsdesk.retrieval.top-k", "4", "newsdesk.llm.timeout", "2s", "newsdesk.llm.max-retries", "1");
  }

  public static class OpenAi implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return common();
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(FakeLlmResource.class, Map.of("protocol", "OPENAI")));
    }
  }

  public static class Ollama implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return common();
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(FakeLlmResource.class, Map.of("protocol", "OLLAMA")));
    }
  }
}
