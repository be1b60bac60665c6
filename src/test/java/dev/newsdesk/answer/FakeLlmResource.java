package dev.newsdesk.answer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a {@link FakeLlmServer} before the application and points the application's LLM settings
 * at it; tests get the server injected into their {@code FakeLlmServer} field.
 */
public class FakeLlmResource implements QuarkusTestResourceLifecycleManager {
  private FakeLlmServer server;
  private FakeLlmServer.Protocol protocol;

  @Override
  public void init(Map<String, String> args) {
    protocol = FakeLlmServer.Protocol.valueOf(args.getOrDefault("protocol", "OPENAI"));
  }

  @Override
  public Map<String, String> start() {
    try {
      server = new FakeLlmServer(protocol);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return protocol == FakeLlmServer.Protocol.OPENAI
        ? Map.of("newsdesk.llm.provider", "openai", "newsdesk.openai.base-url", server.baseUrl(),
            "newsdesk.openai.model", "fake-gpt", "newsdesk.openai.api-key", "test-key")
        : Map.of("newsdesk.llm.provider", "ollama", "newsdesk.ollama.base-url", server.baseUrl(),
            "newsdesk.ollama.model", "fake-llama");
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(server, new TestInjector.MatchesType(FakeLlmServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }
}
