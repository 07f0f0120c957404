package dev.hookwire.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hookwire.auth.UserPatch;
import dev.hookwire.runtime.DataRecordPatch;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a dry run shows what a hook returned. */
class DryRunTraceTest {
  record Claim(String name, int weight) {}

  /** A bean whose getter throws: Jackson cannot write it. */
  public static final class Broken {
    public String getValue() {
      throw new IllegalStateException("no");
    }

    @Override
    public String toString() {
      return "Broken{}";
    }
  }

  @Test
  void dataIsJsonAndAPatchIsItsText() {
    assertEquals("{\"plan\":\"pro\"}", HookConsole.write(DryRunTrace.json(Map.of("plan", "pro"))));
    assertEquals(
        "{\"name\":\"admin\",\"weight\":2}",
        HookConsole.write(DryRunTrace.json(new Claim("admin", 2))));
    assertEquals(
        "\"UserPatch{name=Ada}\"",
        HookConsole.write(DryRunTrace.json(UserPatch.of().name("Ada"))));
    assertEquals(
        "\"" + DataRecordPatch.of().set("slug", "a") + "\"",
        HookConsole.write(DryRunTrace.json(DataRecordPatch.of().set("slug", "a"))));
  }

  @Test
  void aValueJacksonCannotWriteIsItsText() {
    assertEquals("\"Broken{}\"", HookConsole.write(DryRunTrace.json(new Broken())));
  }
}
