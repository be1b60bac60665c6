package dev.newsdesk.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** {@code llm} mode against a local server speaking Ollama's /api/chat protocol. */
@QuarkusTest
@TestProfile(LlmProfiles.Ollama.class)
class OllamaAnswerTest {
  FakeLlmServer llm;

  @Test
  void answersThroughOllamaWithCheckedCitations() throws Exception {
    int reuters = OpenAiAnswerTest.reutersPassageNumber();
    llm.reply("In June, in Pyongyang [" + reuters + "][7].");
    JsonNode reply = OpenAiAnswerTest.ask("{\"question\":\"" + OpenAiAnswerTest.SUMMIT + "\"}");

    assertEquals("llm", reply.get("mode").asText());
    assertEquals("In June, in Pyongyang [1].", reply.get("answer").asText());
    assertEquals(1, reply.get("citations").size());
    assertEquals("Reuters", reply.get("citations").get(0).get("source").asText());

    JsonNode sent = llm.requests().get(0);
    assertEquals("fake-llama", sent.get("model").asText());
    assertEquals("system", sent.get("messages").get(0).get("role").asText());
    String user = sent.get("messages").get(1).get("content").asText();
    assertTrue(user.contains("[" + reuters + "] \"North Korea's Kim"), user);
    assertTrue(user.contains("published Friday 16 August 2024"), user);
  }

  @Test
  void whenOllamaIsDownTheReaderGetsQuotedPassages() throws Exception {
    llm.fail(503, 10);
    JsonNode reply = OpenAiAnswerTest.ask("{\"question\":\"" + OpenAiAnswerTest.SUMMIT + "\"}");
    assertEquals("extractive", reply.get("mode").asText());
    assertTrue(reply.get("answer").asText().contains("Pyongyang"));
  }
}
