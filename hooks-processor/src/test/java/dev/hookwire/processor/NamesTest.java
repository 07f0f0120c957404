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
    assertThat(Names.kebab(Names.pascal("after-admin-user-create"))).isEqualTo("after-admin-user-create");
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
    assertThat(Names.closest("after-user-creat", EVENTS)).isEqualTo(Optional.of("after-user-create"));
    assertThat(Names.closest("beforeusercreate", EVENTS)).isEqualTo(Optional.of("before-user-create"));
    assertThat(Names.closest("AfterLogin", EVENTS)).isEqualTo(Optional.of("after-login"));
    assertThat(Names.closest("after-admin-create", EVENTS)).isEqualTo(Optional.of("after-admin-user-create"));
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
}
