package dev.hookwire.it.pocketbase.catalog;

import dev.hookwire.annotations.Patchable;
import dev.hookwire.annotations.Protected;
import dev.hookwire.runtime.DataRecord;

/**
 * PocketBase's {@code FileDownloadEvent}: a file of a record about to be served. A before-hook may
 * serve it under another name or from another path; the record and field are not its to change.
 *
 * @param record the record owning the file
 * @param field the file field
 * @param servedName the file name the client gets
 * @param servedPath the storage path served
 */
@Patchable
public record FileDownload(
    @Protected DataRecord record, @Protected String field, String servedName, String servedPath) {}
