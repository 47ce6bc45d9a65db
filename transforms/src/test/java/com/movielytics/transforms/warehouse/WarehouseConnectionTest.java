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

  @Test
  void namesTheServerWithPostgresDefaultPortAndNoParameters() {
    assertEquals("db.internal:5433", new WarehouseConnection(
        "jdbc:postgresql://db.internal:5433/m?password=s3cret", "x", null).server());
    assertEquals("db.internal:5432", new WarehouseConnection("jdbc:postgresql://db.internal/m", "x", null).server());
    assertEquals("localhost:5432", new WarehouseConnection("jdbc:postgresql:m", "x", null).server());
  }

  @Test
  void theUserInTheUrlIsTheOneThatLogsIn() {
    assertEquals("loader", new WarehouseConnection("jdbc:postgresql://db/m?user=loader", "postgres", null).user());
  }
}
