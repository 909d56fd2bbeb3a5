package org.kinmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.kinmap.network.LatLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Postcodes to coordinates from a file the authority supplies, never from an online service: the ONS Postcode
 * Directory (Open Government Licence) or any CSV with its columns {@code pcds} (the postcode), {@code lat} and
 * {@code long} (WGS84 degrees), in any order among other columns, named in {@code kinmap.postcodes.file}
 * (docs/postcodes.md). Postcodes are matched in capitals without spaces ({@code km2 1ab} is {@code KM21AB}).
 *
 * <p>Rows without a place are left out, never guessed: the ONS marks a postcode with no grid reference with latitude
 * 99.999999, which is no latitude. With no file configured every postcode is unknown. The directory is held as
 * sorted arrays (a postcode packed into a {@code long}, two {@code float}s of coordinates; about 16 bytes a postcode, 45
 * MB for the 2.7 million of the whole directory) and answered by binary search.
 */
@Component
public class PostcodeDirectory {

	private static final Logger log = LoggerFactory.getLogger(PostcodeDirectory.class);

	/** Letters and digits of a postcode without its space: the 2 to 8 that every UK postcode fits. */
	private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Z0-9]{2,8}");

	private final long[] keys;
	private final float[] latitudes;
	private final float[] longitudes;
	private final String file;

	@Autowired
	PostcodeDirectory(@Value("${kinmap.postcodes.file:}") String file) throws IOException {
		this.file = file == null || file.isBlank() ? null : file.trim();
		Loaded loaded = this.file == null ? Loaded.EMPTY : load(resource(this.file));
		this.keys = loaded.keys;
		this.latitudes = loaded.latitudes;
		this.longitudes = loaded.longitudes;
		if (this.file != null) {
			log.info("Postcode directory: {} postcodes with a place ({} rows left out: no place or no postcode)",
					keys.length, loaded.leftOut);
		}
	}

	/** A directory of the CSV {@code text} (for tests). */
	static PostcodeDirectory of(Reader csv) throws IOException {
		return new PostcodeDirectory(read(csv));
	}

	private PostcodeDirectory(Loaded loaded) {
		this.file = "(given)";
		this.keys = loaded.keys;
		this.latitudes = loaded.latitudes;
		this.longitudes = loaded.longitudes;
	}

	/** Whether the authority has supplied a directory at all. */
	public boolean configured() {
		return file != null;
	}

	public int size() {
		return keys.length;
	}

	/** The place of a postcode, if the directory has it; empty for an unknown or malformed postcode. */
	public Optional<LatLong> lookup(String postcode) {
		Optional<Long> key = key(postcode);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		int i = Arrays.binarySearch(keys, key.get());
		return i < 0 ? Optional.empty() : Optional.of(new LatLong(latitudes[i], longitudes[i]));
	}

	/** A postcode packed into a long: its capitals and digits without spaces, base 37, so that order is kept. */
	static Optional<Long> key(String postcode) {
		if (postcode == null) {
			return Optional.empty();
		}
		String s = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (!KEY.matcher(s).matches()) {
			return Optional.empty();
		}
		long k = 0;
		for (int i = 0; i < 8; i++) {
			int digit = 0;
			if (i < s.length()) {
				char c = s.charAt(i);
				digit = c <= '9' ? 1 + c - '0' : 11 + c - 'A';
			}
			k = k * 37 + digit;
		}
		return Optional.of(k);
	}

	private static Resource resource(String location) {
		return new DefaultResourceLoader().getResource(location.startsWith("classpath:") || location.startsWith("file:")
				? location : "file:" + location);
	}

	private static Loaded load(Resource resource) throws IOException {
		if (!resource.exists()) {
			throw new IllegalStateException("kinmap.postcodes.file names " + resource.getDescription()
					+ ", which does not exist (docs/postcodes.md)");
		}
		try (InputStream in = BOMInputStream.builder().setInputStream(resource.getInputStream()).get();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return read(reader);
		}
	}

	private record Loaded(long[] keys, float[] latitudes, float[] longitudes, int leftOut) {
		static final Loaded EMPTY = new Loaded(new long[0], new float[0], new float[0], 0);
	}

	private static Loaded read(Reader reader) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true).get();
		try (CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			for (String column : new String[] { "pcds", "lat", "long" }) {
				if (!csv.getHeaderMap().containsKey(column)) {
					throw new IllegalStateException("The postcode directory has no column '" + column + "'; it needs pcds, lat "
							+ "and long (docs/postcodes.md). Its columns: " + csv.getHeaderNames());
				}
			}
			long[] k = new long[1024];
			float[] lat = new float[1024];
			float[] lon = new float[1024];
			int n = 0;
			int leftOut = 0;
			for (CSVRecord r : csv) {
				Optional<Long> key = key(r.isSet("pcds") ? r.get("pcds") : null);
				Optional<LatLong> place = r.isSet("lat") && r.isSet("long") ? place(r.get("lat"), r.get("long"))
						: Optional.empty();
				if (key.isEmpty() || place.isEmpty()) {
					leftOut++;
					continue;
				}
				if (n == k.length) {
					k = Arrays.copyOf(k, n * 2);
					lat = Arrays.copyOf(lat, n * 2);
					lon = Arrays.copyOf(lon, n * 2);
				}
				k[n] = key.get();
				lat[n] = (float) place.get().latitude();
				lon[n] = (float) place.get().longitude();
				n++;
			}
			return sorted(Arrays.copyOf(k, n), Arrays.copyOf(lat, n), Arrays.copyOf(lon, n), leftOut);
		}
	}

	/** The ONS's 99.999999 latitude (no grid reference) is not a latitude, and is left out with the rest. */
	private static Optional<LatLong> place(String latitude, String longitude) {
		try {
			double la = Double.parseDouble(latitude);
			double lo = Double.parseDouble(longitude);
			return LatLong.isLatitude(la) && LatLong.isLongitude(lo) ? Optional.of(new LatLong(la, lo)) : Optional.empty();
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** Sorts the three arrays by key; a postcode listed twice keeps its last row. */
	private static Loaded sorted(long[] k, float[] lat, float[] lon, int leftOut) {
		Integer[] order = new Integer[k.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> k[a] != k[b] ? Long.compare(k[a], k[b]) : Integer.compare(b, a));
		long[] keys = new long[k.length];
		float[] las = new float[k.length];
		float[] los = new float[k.length];
		int n = 0;
		for (int i : order) {
			if (n > 0 && keys[n - 1] == k[i]) {
				leftOut++;
				continue;
			}
			keys[n] = k[i];
			las[n] = lat[i];
			los[n] = lon[i];
			n++;
		}
		return new Loaded(Arrays.copyOf(keys, n), Arrays.copyOf(las, n), Arrays.copyOf(los, n), leftOut);
	}
}
