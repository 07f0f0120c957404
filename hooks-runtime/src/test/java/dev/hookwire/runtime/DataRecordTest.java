package dev.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.annotations.PatchedBy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Dynamic data and its hand-written patch: merging returns a new record, never changes the input. */
final class DataRecordTest {

  private static DataRecord post() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", "Hello");
    fields.put("draft", true);
    fields.put("tags", List.of("intro"));
    fields.put("summary", null);
    return new DataRecord("posts", "p1", fields);
  }

  @Nested
  class Record {
    @Test
    void copiesItsFieldsSoTheCallerCannotChangeThemLater() {
      Map<String, Object> fields = new HashMap<>(Map.of("title", "Hello"));
      DataRecord record = new DataRecord("posts", "p1", fields);
      fields.put("title", "Changed");
      fields.put("extra", 1);
      assertEquals(Map.of("title", "Hello"), record.fields());
    }

    @Test
    void itsFieldsAreUnmodifiable() {
      DataRecord record = post();
      assertThrows(UnsupportedOperationException.class, () -> record.fields().put("title", "x"));
      assertThrows(UnsupportedOperationException.class, () -> record.fields().remove("title"));
    }

    @Test
    void keepsTheFieldOrderAndNullValues() {
      DataRecord record = post();
      assertEquals(
          List.of("title", "draft", "tags", "summary"),
          List.copyOf(record.fields().keySet()));
      assertTrue(record.has("summary"));
      assertNull(record.get("summary"));
      assertFalse(record.has("missing"));
      assertNull(record.get("missing"));
    }

    @Test
    void readsFieldsAsTextAndBooleans() {
      DataRecord record =
          new DataRecord("posts", "", Map.of("count", 3, "flag", "TRUE", "on", true, "off", false));
      assertEquals("3", record.getString("count"));
      assertNull(record.getString("missing"));
      assertTrue(record.getBoolean("flag"));
      assertTrue(record.getBoolean("on"));
      assertFalse(record.getBoolean("off"));
      assertFalse(record.getBoolean("missing"));
      assertEquals("", record.id());
    }

    @Test
    void needsACollectionAnIdAndNamedFields() {
      assertThrows(NullPointerException.class, () -> new DataRecord(null, "p1", Map.of()));
      assertThrows(IllegalArgumentException.class, () -> new DataRecord(" ", "p1", Map.of()));
      assertThrows(NullPointerException.class, () -> new DataRecord("posts", null, Map.of()));
      assertThrows(NullPointerException.class, () -> new DataRecord("posts", "p1", null));
      Map<String, Object> unnamed = new HashMap<>();
      unnamed.put(null, "x");
      assertThrows(NullPointerException.class, () -> new DataRecord("posts", "p1", unnamed));
    }

    @Test
    void isAValue() {
      assertEquals(post(), post());
      assertEquals(post().hashCode(), post().hashCode());
      assertNotEquals(post(), new DataRecord("pages", "p1", post().fields()));
      assertNotEquals(post(), new DataRecord("posts", "p2", post().fields()));
      assertEquals(
          "DataRecord{posts/p1, {title=Hello, draft=true, tags=[intro], summary=null}}",
          post().toString());
      assertEquals("DataRecord{posts, {}}", new DataRecord("posts", "", Map.of()).toString());
    }

    @Test
    void namesItsPatchForTheProcessor() {
      assertEquals(
          DataRecordPatch.class, DataRecord.class.getAnnotation(PatchedBy.class).value());
    }
  }

  @Nested
  class Patch {
    @Test
    void mergingReturnsANewRecordAndLeavesTheInputAlone() {
      DataRecord input = post();
      DataRecord snapshot = post();
      DataRecord merged = DataRecordPatch.of().set("title", "Hi").unset("draft").applyTo(input);
      assertEquals(snapshot, input);
      assertEquals(
          List.of("title", "tags", "summary"), List.copyOf(merged.fields().keySet()));
      assertEquals("Hi", merged.get("title"));
      assertFalse(merged.has("draft"));
      assertEquals("posts", merged.collection());
      assertEquals("p1", merged.id());
      assertThrows(UnsupportedOperationException.class, () -> merged.fields().put("x", 1));
    }

    @Test
    void anEmptyPatchReturnsTheInputItself() {
      DataRecord input = post();
      assertTrue(DataRecordPatch.of().isEmpty());
      assertSame(input, DataRecordPatch.of().applyTo(input));
      assertSame(input, DataRecordPatch.of().stopChain().applyTo(input));
    }

    @Test
    void setsAFieldToNullAndAddsNewFieldsAtTheEnd() {
      DataRecord merged =
          DataRecordPatch.of().set("slug", "hello").set("title", null).applyTo(post());
      assertEquals(
          List.of("title", "draft", "tags", "summary", "slug"),
          List.copyOf(merged.fields().keySet()));
      assertTrue(merged.has("title"));
      assertNull(merged.get("title"));
    }

    @Test
    void theLastChangeOfAFieldWins() {
      assertFalse(
          DataRecordPatch.of().set("title", "Hi").unset("title").applyTo(post()).has("title"));
      assertEquals(
          "Hi",
          DataRecordPatch.of().unset("title").set("title", "Hi").applyTo(post()).get("title"));
      assertFalse(DataRecordPatch.of().unset("missing").applyTo(post()).has("missing"));
    }

    @Test
    void stopsTheChainOnlyWhenAsked() {
      assertFalse(DataRecordPatch.of().set("title", "Hi").stopsChain());
      DataRecordPatch stop = DataRecordPatch.of().set("title", "Hi").stopChain();
      assertTrue(stop.stopsChain());
      assertFalse(stop.isEmpty());
    }

    @Test
    void fieldsNeedNames() {
      assertThrows(NullPointerException.class, () -> DataRecordPatch.of().set(null, 1));
      assertThrows(IllegalArgumentException.class, () -> DataRecordPatch.of().unset(""));
      assertThrows(NullPointerException.class, () -> DataRecordPatch.of().applyTo(null));
    }

    @Test
    void saysWhatItChanges() {
      assertEquals("DataRecordPatch{}", DataRecordPatch.of().toString());
      assertEquals(
          "DataRecordPatch{set title=Hi, unset draft; stops the chain}",
          DataRecordPatch.of().set("title", "Hi").unset("draft").stopChain().toString());
    }
  }
}
