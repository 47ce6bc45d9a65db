package com.movielytics.transforms.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WarehouseConnectionTest {
  @Test
  void neverPrintsAPassword() {
    assertEquals("jdbc:postgresql://db/movielytics as loader (password set)",
        new WarehouseConnection("jdbc:postgresql://db/movielytics", "loader", "s3cret").toString());
    assertEquals("jdbc:postgresql://db/m?user=x&password=***&ssl=true as x",
        new WarehouseConnection("jdbc:postgresql://db/m?user=x&password=s3cret&ssl=true", "x", null).toString());
  }
}
