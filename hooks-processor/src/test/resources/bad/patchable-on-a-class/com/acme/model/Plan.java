package com.acme.model;
@dev.hookwire.annotations.Patchable // error: @Patchable com.acme.model.Plan must be a record: its patch copies the record's components. Make it a record or remove @Patchable.
public final class Plan {}
