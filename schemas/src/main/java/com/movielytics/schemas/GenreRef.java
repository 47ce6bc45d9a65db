package com.movielytics.schemas;

import java.io.Serializable;

/** A genre as the warehouse knows it: TMDB's id and name. */
public record GenreRef(int id, String name) implements Serializable {}
