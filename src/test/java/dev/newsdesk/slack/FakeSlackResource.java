package dev.newsdesk.slack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts {@link FakeSlack} before the application and points the bot at it. */
public class FakeSlackResource implements QuarkusTestResourceLifecycleManager {
  static final String SIGNING_SECRET = "test-signing-secret";
  private FakeSlack slack;

  @Override
  public Map<String, String> start() {
    try {
      slack = new FakeSlack();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "newsdesk.slack.bot-token", "xoxb-test-token",
        "newsdesk.slack.signing-secret", SIGNING_SECRET,
        "newsdesk.slack.api-url", slack.apiUrl(),
        "newsdesk.public-url", "https://newsdesk.example");
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(slack, new TestInjector.MatchesType(FakeSlack.class));
  }

  @Override
  public void stop() {
    slack.close();
  }
}
