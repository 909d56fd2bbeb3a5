package org.kinmap.planted.system;

import org.kinmap.planted.exchange.PlantedInvalidNetworkException;

/** The planted cycle's first half: a base module's handler that knows a feature's exception. */
public class PlantedProblemHandler {

	public String detail(PlantedInvalidNetworkException ex) {
		return ex.getMessage();
	}
}
