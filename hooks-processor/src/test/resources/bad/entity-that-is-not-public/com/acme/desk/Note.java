package com.acme.desk;
record Note(String text) {}
