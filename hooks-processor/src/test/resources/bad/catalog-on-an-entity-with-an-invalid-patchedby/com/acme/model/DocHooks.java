package com.acme.model;

import dev.hookwire.annotations.*;
import dev.hookwire.runtime.*;

@EventCatalog
public interface DocHooks {
  @BeforeEvent Doc beforeDocSave(Doc doc, HookContext c); // error: Catalog method beforeDocSave is a before-event on com.acme.model.Doc, whose @PatchedBy names com.acme.model.DocPatch, which is not a valid patch (the error on com.acme.model.Doc says why, when it is compiled with this processor). Fix the patch, or remove @PatchedBy so that hooks of this event return void.
  @AfterEvent void afterDocSave(Doc doc, HookContext c);
}
