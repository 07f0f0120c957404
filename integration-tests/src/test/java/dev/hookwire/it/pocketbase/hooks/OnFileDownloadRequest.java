package dev.hookwire.it.pocketbase.hooks;

import dev.hookwire.annotations.Tags;
import dev.hookwire.it.pocketbase.catalog.FileDownload;
import dev.hookwire.it.pocketbase.catalog.FileDownloadPatch;

/** A post's cover is downloaded under the post's slug. */
@Tags("posts")
public final class OnFileDownloadRequest {
  public FileDownloadPatch handle(FileDownload download) {
    String name = download.servedName();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    return FileDownloadPatch.of().servedName(download.record().getString("slug") + extension);
  }
}
