package org.kinmap.planted.system;

/** What the base module offers every feature (here: a query's text by name). */
public class PlantedQueries {

	public String require(String name) {
		return "RETURN 1 AS " + name;
	}
}
