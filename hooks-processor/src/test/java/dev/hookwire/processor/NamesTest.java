package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final List<String> EVENTS =
      List.of("before-user-create", "after-user-create", "after-admin-user-create", "after-login");

  @Test
  void kebabSplitsCamelAndPascalWords() {
    assertThat(Names.kebab("beforeUserCreate")).isEqualTo("before-user-create");
    assertThat(Names.kebab("BeforeUserCreate")).isEqualTo("before-user-create");
    assertThat(Names.kebab("resolveOauthContext")).isEqualTo("resolve-oauth-context");
    assertThat(Names.kebab("HTTPServerStart")).isEqualTo("http-server-start");
    assertThat(Names.kebab("after2faVerify")).isEqualTo("after2fa-verify");
  }

  @Test
  void pascalAndCamelInvertKebab() {
    assertThat(Names.pascal("transform-custom-user-data")).isEqualTo("TransformCustomUserData");
    assertThat(Names.camel("transform-custom-user-data")).isEqualTo("transformCustomUserData");
    assertThat(Names.kebab(Names.pascal("after-admin-user-create")))
        .isEqualTo("after-admin-user-create");
  }

  @Test
  void isKebabAcceptsOnlyLowercaseWordsJoinedByDashes() {
    assertThat(Names.isKebab("after-user-create")).isTrue();
    assertThat(Names.isKebab("AfterUserCreate")).isFalse();
    assertThat(Names.isKebab("after--user")).isFalse();
    assertThat(Names.isKebab("-after")).isFalse();
    assertThat(Names.isKebab("")).isFalse();
  }

  @Test
  void closestFindsTyposMissingDashesAndWrongCase() {
    assertThat(Names.closest("after-user-creat", EVENTS))
        .isEqualTo(Optional.of("after-user-create"));
    assertThat(Names.closest("beforeusercreate", EVENTS))
        .isEqualTo(Optional.of("before-user-create"));
    assertThat(Names.closest("AfterLogin", EVENTS)).isEqualTo(Optional.of("after-login"));
    assertThat(Names.closest("after-admin-create", EVENTS))
        .isEqualTo(Optional.of("after-admin-user-create"));
  }

  @Test
  void closestSuggestsNothingForUnrelatedNames() {
    assertThat(Names.closest("string-utils", EVENTS)).isEqualTo(Optional.empty());
    assertThat(Names.closest("helper", EVENTS)).isEqualTo(Optional.empty());
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Names.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.editDistance("", "abc")).isEqualTo(3);
    assertThat(Names.editDistance("same", "same")).isEqualTo(0);
  }

  private static final List<String> AUTH = List.of(
      "before-user-create",
      "after-user-create",
      "after-admin-user-create",
      "after-login",
      "before-login",
      "transform-custom-user-data");

  private static Optional<String> suggested(String query) {
    return Names.suggest(query, AUTH).map(Names.Suggestion::event);
  }

  @Test
  void suggestFindsTheSameWordsInAnotherOrder() {
    assertThat(suggested("UserCreateAfter")).isEqualTo(Optional.of("after-user-create"));
    assertThat(suggested("login-before")).isEqualTo(Optional.of("before-login"));
  }

  @Test
  void suggestKnowsOtherPlatformsWords() {
    assertThat(suggested("OnLogin")).isEqualTo(Optional.of("after-login"));
    assertThat(suggested("AfterSignUp")).isEqualTo(Optional.of("after-user-create"));
    assertThat(suggested("AfterSignup")).isEqualTo(Optional.of("after-user-create"));
    assertThat(suggested("BeforeSignup")).isEqualTo(Optional.of("before-user-create"));
    assertThat(suggested("PreRegister")).isEqualTo(Optional.of("before-user-create"));
    assertThat(suggested("BeforeSignIn")).isEqualTo(Optional.of("before-login"));
  }

  @Test
  void aPastParticipleWithoutAPhaseMeansTheAfterEvent() {
    assertThat(suggested("UserCreated")).isEqualTo(Optional.of("after-user-create"));
    assertThat(suggested("BeforeUserCreated")).isEqualTo(Optional.of("before-user-create"));
  }

  @Test
  void aNumberedCopyIsRecognised() {
    assertThat(Names.suggest("AfterUserCreate2", AUTH))
        .isEqualTo(Optional.of(new Names.Suggestion("after-user-create", true)));
    assertThat(Names.suggest("AfterUserCreat", AUTH))
        .isEqualTo(Optional.of(new Names.Suggestion("after-user-create", false)));
  }

  @Test
  void suggestFallsBackToEditDistanceAndElseNothing() {
    assertThat(suggested("AfterLogn")).isEqualTo(Optional.of("after-login"));
    assertThat(suggested("StringUtils")).isEqualTo(Optional.empty());
  }

  @Test
  void lookalikeFindsTheCharacterItsPositionAndName() {
    assertThat(Names.lookalike("Aft\u0435rLogin"))
        .isEqualTo(
            Optional.of(new Names.Lookalike(4, 0x0435, Optional.of("CYRILLIC SMALL LETTER IE"))));
    assertThat(Names.lookalike("after\u2011login"))
        .isEqualTo(Optional.of(new Names.Lookalike(6, 0x2011, Optional.of("NON-BREAKING HYPHEN"))));
    // Positions count code points: a character outside the BMP is one.
    assertThat(Names.lookalike("x\uD835\uDC00fter\u0435"))
        .isEqualTo(Optional.of(
            new Names.Lookalike(2, 0x1D400, Optional.of("MATHEMATICAL BOLD CAPITAL A"))));
    assertThat(Names.lookalike("AfterLogin")).isEqualTo(Optional.empty());
  }

  @Test
  void theMessageSaysWhichCharacterAtWhichPosition() {
    assertThat(Message.lookalike("Aft\u0435rLogin"))
        .isEqualTo(
            " Character 4 of 'Aft\u0435rLogin' is U+0435 CYRILLIC SMALL LETTER IE, not an ASCII character: retype it.");
    assertThat(Message.lookalike("AfterLogin")).isEmpty();
  }
}
