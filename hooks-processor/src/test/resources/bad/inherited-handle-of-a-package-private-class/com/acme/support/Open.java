package com.acme.support;

public class Open extends Hidden {}
