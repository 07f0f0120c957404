package dev.hookwire.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DenialsTest {

  @Test
  void theJsonBodyEscapesTheMessage() {
    assertThat(Denials.json("Say \"no\" <b>\\ \n"))
        .isEqualTo(
            "{\"error\":\"access_denied\",\"message\":\"Say \\\"no\\\" \\u003cb\\u003e\\\\ \\n\"}");
  }
}
