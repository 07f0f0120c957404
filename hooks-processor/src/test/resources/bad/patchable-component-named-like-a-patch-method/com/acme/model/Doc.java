package com.acme.model;

@dev.hookwire.annotations.Patchable
public record Doc(String text, boolean of, boolean applyTo, boolean stopChain, boolean stopsChain, boolean isEmpty) {} // error: @Patchable record com.acme.model.Doc has a component named of, // error: has a component named applyTo, // error: has a component named stopChain, // error: has a component named stopsChain, // error: has a component named isEmpty,
