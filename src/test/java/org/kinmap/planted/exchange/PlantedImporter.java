package org.kinmap.planted.exchange;

import org.kinmap.planted.system.PlantedQueries;

/** The planted cycle's second half: a feature that uses the base module, as every feature may. */
public class PlantedImporter {

	private final PlantedQueries queries;

	public PlantedImporter(PlantedQueries queries) {
		this.queries = queries;
	}

	public String importQuery() {
		return queries.require("imported");
	}
}
