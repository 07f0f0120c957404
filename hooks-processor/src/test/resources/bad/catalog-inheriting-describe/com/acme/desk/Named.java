package com.acme.desk;
public interface Named {
  default String describe() { return "named"; }
}
