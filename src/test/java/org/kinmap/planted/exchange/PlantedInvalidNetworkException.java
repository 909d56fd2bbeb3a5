package org.kinmap.planted.exchange;

/** A feature's exception that the planted base module's handler names. */
public class PlantedInvalidNetworkException extends RuntimeException {

	public PlantedInvalidNetworkException(String message) {
		super(message);
	}
}
