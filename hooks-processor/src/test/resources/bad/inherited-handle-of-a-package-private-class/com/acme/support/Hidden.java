package com.acme.support;

class Hidden { public void handle(dev.hookwire.auth.Login login) {} }
