package org.kinmap.planted;

import org.springframework.modulith.Modulithic;

/**
 * The anchor of a small test-only package tree with a planted cycle, for {@code ModuleBoundariesTests}: the cycle
 * kinmap had before its problem handler stopped importing feature exceptions. {@code system}'s handler names
 * {@code exchange}'s exception, and {@code exchange} uses {@code system}'s query files. Not a Spring application.
 */
@Modulithic
public final class PlantedApplication {

	private PlantedApplication() {
	}
}
