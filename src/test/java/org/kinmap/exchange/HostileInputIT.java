package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.kinmap.GraphSnapshot;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A corpus of hostile and careless input against every import path and every path and query parameter of the
 * API: every answer is a 4xx problem ({@code application/problem+json}) or a correct 200, never a 5xx, and nothing
 * refused changes the graph. Big payloads are made in memory. Ids written here start with "hi-".
 */
@KinmapIntegrationTest
class HostileInputIT {

	/** Values for ids, names and parameters: injection, control characters, odd Unicode, absurd numbers and dates. */
	static final List<String> VALUES = List.of("' OR 1=1 //", "}) DETACH DELETE n //", "\" OR \"\"=\"", "$id", "a\u0000b",
			"tab\there", "\u0007bell", "\u202Eevil", "\uD83D\uDE00", "e\u0301\u0301\u0301", "\uFEFF", "..", "../..", "a/b", "a%2Fb",
			"%00", "NaN", "Infinity", "-0", "1e308", "9223372036854775808", "-9223372036854775809", "0000-00-00", "99999-01-01",
			"2023-02-30", "null", "true", " ", "x".repeat(3000), "<script>alert(1)</script>", "\\");

	/** The values every query parameter gets (the paths get all of {@link #VALUES}). */
	static final List<String> PARAMETER_VALUES = List.of("' OR 1=1 //", "}) DETACH DELETE n //", "a\u0000b", "\u202Eevil",
			"NaN", "-0", "1e308", "9223372036854775808", "-1", "0000-00-00", "true", "x".repeat(3000));

	/** The values every path parameter gets. */
	static final List<String> PATH_VALUES = java.util.stream.Stream.concat(PARAMETER_VALUES.stream(),
			java.util.stream.Stream.of("..", "../..", "a/b", "a%2Fb", "%00", "\uD83D\uDE00", "\uFEFF", " ", "null",
					"<script>alert(1)</script>", "\\"))
		.toList();

	static final List<String> CHILD_PATHS = List.of("/api/children/{}", "/api/children/{}/genogram", "/api/children/{}/carer-matches",
			"/api/children/{}/relatives", "/api/children/{}/relatives?unassessed=true", "/api/children/{}/network-gaps",
			"/api/children/{}/siblings", "/api/persons/{}", "/api/persons/{}/relatives", "/api/carers/{}", "/api/sibling-groups/{}",
			"/api/together-or-apart-assessments/{}", "/api/children/{}/network/persons/p-hughes-carol/history",
			"/api/children/p-hughes-ella/network/persons/{}/history", "/children/{}/genogram", "/children/{}/relatives", "/children/{}/matches");

	static final List<String> QUERIES = List.of("/api/children/p-ahmed-zara/genogram?hops={}",
			"/api/children/p-ahmed-zara/carer-matches?top={}", "/api/children/p-ahmed-zara/carer-matches?excluded={}",
			"/api/children/p-ahmed-zara/carer-matches?weight.identity={}", "/api/children/p-ahmed-zara/carer-matches?{}=1",
			"/api/children/p-ahmed-zara/relatives?maxDegree={}", "/api/persons/p-ahmed-zara/relatives?maxDegree={}",
			"/api/children/p-ahmed-zara/relatives?unassessed={}", "/api/relatives?children={}", "/api/relatives?children=p-ahmed-zara&maxDegree={}",
			"/api/relatives?children=p-ahmed-zara&unassessed={}", "/api/sibling-groups?split={}", "/api/sibling-groups?inCare={}",
			"/api/sibling-groups?kinds={}", "/api/sibling-groups/summary?kinds={}", "/api/children/p-ahmed-zara/siblings?kinds={}",
			"/api/persons?sourceId={}", "/api/persons?familyName={}", "/api/carers?vacancies={}");

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	@LocalServerPort
	int port;

	/** Percent-encodes every byte but unreserved characters, so the value arrives exactly as written. */
	static String encode(String value) {
		StringBuilder sb = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				sb.append(c);
			}
			else {
				sb.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return sb.toString();
	}

	ResponseEntity<String> send(HttpMethod method, String path, String contentType, Object body) {
		var request = RequestEntity.method(method, URI.create(path));
		if (contentType != null) {
			request.contentType(MediaType.parseMediaType(contentType));
		}
		request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
		return http.exchange(body == null ? request.build() : request.body(body), String.class);
	}

	static void check(SoftAssertions soft, String what, ResponseEntity<String> answer, boolean mayBeOk) {
		int status = answer.getStatusCode().value();
		String said = what.length() > 120 ? what.substring(0, 120) + "…" : what;
		soft.assertThat(status).as(said + " -> " + abbreviate(answer.getBody())).isLessThan(500);
		if (status >= 400) {
			soft.assertThat(answer.getHeaders().getContentType()).as(said + " content type").isNotNull();
			if (answer.getHeaders().getContentType() != null) {
				soft.assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.as(said + " content type " + answer.getHeaders().getContentType()).isTrue();
			}
		}
		else if (!mayBeOk) {
			soft.assertThat(status).as(said + " should be refused: " + abbreviate(answer.getBody())).isGreaterThanOrEqualTo(400);
		}
	}

	static String abbreviate(String s) {
		return s == null ? "(no body)" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	@Test
	void brokenWrongOrHostileDocumentsAreRefusedWithProblemsAndChangeNothing() {
		List<String> before = GraphSnapshot.of(neo4j);
		List<String> documents = new ArrayList<>(List.of("", " ", "{", "}", "[", "nul", "null", "[]", "42", "\"text\"",
				"{'persons': []}", "{\"persons\": [}", "{\"persons\": [1, 2]}", "{\"persons\": {}}", "{\"persons\": \"x\"}",
				"{\"persons\": [{\"id\": {}, \"givenName\": \"A\"}]}", "{\"persons\": [{\"id\": [\"hi-a\"], \"givenName\": \"A\"}]}", "{\"persons\": [{\"id\": \"hi-a\", \"givenName\": \"A\", \"deceased\": \"maybe\"}]}",
				"{\"persons\": [{\"id\": \"hi-a\", \"givenName\": \"A\"}], \"persons\": [{\"id\": \"hi-b\"}]}",
				"{\"children\": [{\"child\": \"hi-a\", \"reviewDates\": \"2020-01-01\"}]}", "{\"unknown\": 1}", "\u0000",
				"{\"persons\": [{\"id\": \"hi-a\", \"givenName\": \"A\", \"latitude\": NaN, \"longitude\": 0}]}",
				"{\"persons\": [{\"id\": \"hi-a\", \"givenName\": \"A\", \"latitude\": 1e308, \"longitude\": -0}]}",
				"{\"persons\": [{\"id\": \"hi-a\", \"givenName\": \"A\", \"latitude\": 1e999, \"longitude\": 0}]}",
				"{\"households\": [{\"id\": \"hi-h\", \"name\": \"H\", \"carer\": {\"agencyType\": \"independent\", \"approvals\": "
						+ "[{\"id\": \"hi-ap\", \"kind\": \"long_term\", \"maxChildren\": 9223372036854775808}]}}]}",
				"{\"households\": [{\"id\": \"hi-h\", \"name\": \"H\", \"carer\": {\"agencyType\": \"independent\", \"approvals\": "
						+ "[{\"id\": \"hi-ap\", \"kind\": \"long_term\", \"maxChildren\": -0}]}}]}",
				"{\"parentLinks\": [{\"parent\": \"hi-nobody\", \"child\": \"p-ahmed-zara\", \"type\": \"birth\"}]}",
				"{\"persons\": [{\"id\": \"hi-x\", \"givenName\": \"X\"}, {\"id\": \"hi-y\", \"givenName\": \"Y\"}], \"parentLinks\": ["
						+ "{\"parent\": \"hi-x\", \"child\": \"hi-y\", \"type\": \"birth\"}, {\"parent\": \"hi-y\", \"child\": \"hi-x\", \"type\": \"birth\"}]}",
				"[".repeat(100_000), "{\"a\":".repeat(100_000), "{\"persons\": [" + "[".repeat(50_000) + "]}",
				"{\"persons\": [{\"id\": \"hi-a\", \"givenName\": \"A\"}]}{\"persons\": []}",
				"{\"persons\": [{\"id\": \"hi-a\", \"givenName\": \"A\"}]} trailing"));
		// Each of these documents is refused whatever the value does (it also names an unknown parent), so that none
		// of them writes, not even over the fixtures.
		String refused = ", \"parentLinks\": [{\"parent\": \"hi-nobody\", \"child\": \"hi-nobody-too\", \"type\": \"birth\"}]}";
		for (String value : VALUES) {
			String json = jsonString(value);
			documents.add("{\"persons\": [{\"id\": " + json + ", \"givenName\": \"A\"}]" + refused);
			documents.add("{\"parentLinks\": [{\"parent\": " + json + ", \"child\": \"p-ahmed-zara\", \"type\": \"birth\"}]}");
			documents.add("{\"persons\": [{\"id\": \"hi-a\", \"givenName\": \"A\", \"sex\": " + json + ", \"birthDate\": " + json + "}]"
					+ refused);
			documents.add("{\"placements\": [{\"id\": \"hi-pl\", \"child\": \"hi-nobody\", \"provider\": \"P\", \"type\": \"K2\", "
					+ "\"start\": " + json + "}]" + refused);
			documents.add("{\"needs\": [{\"child\": " + json + ", \"domains\": {" + json + ": {}}}]" + refused);
		}
		SoftAssertions soft = new SoftAssertions();
		for (String date : List.of("0000-01-01", "0000", "0999", "99999-01-01", "+99999-01-01", "2023-02-30", "2023-13-01",
				"+2023-01-01", "-0001-01-01", "2023-1-1", "1e3", "1899-12-31")) {
			ResponseEntity<String> person = send(HttpMethod.POST, "/api/networks", "application/json",
					"{\"persons\": [{\"id\": \"hi-d\", \"givenName\": \"D\", \"birthDate\": \"" + date + "\"}]" + refused);
			check(soft, "birthDate " + date, person, false);
			if (!date.startsWith("1899")) { // a person may be born in 1899, a child not looked after since then
				soft.assertThat(person.getBody()).as("birthDate " + date).contains("/persons/0/birthDate");
			}
			ResponseEntity<String> care = send(HttpMethod.POST, "/api/networks", "application/json",
					"{\"persons\": [{\"id\": \"hi-d\", \"givenName\": \"D\"}], \"children\": [{\"child\": \"hi-d\", "
							+ "\"legalStatus\": \"C2\", \"lookedAfterSince\": \"" + date + "\", \"nextReviewDue\": \"" + date + "\"}]" + refused);
			check(soft, "lookedAfterSince " + date, care, false);
			soft.assertThat(care.getBody()).as("care dates " + date).contains("/children/0/lookedAfterSince",
					"/children/0/nextReviewDue");
		}
		for (String document : documents) {
			check(soft, "POST /api/networks " + document, send(HttpMethod.POST, "/api/networks", "application/json", document), false);
		}
		check(soft, "POST /api/networks as text/plain", send(HttpMethod.POST, "/api/networks", "text/plain", "{}"), false);
		check(soft, "POST /api/networks with no type", send(HttpMethod.POST, "/api/networks", null, "{}"), false);
		check(soft, "POST /api/networks, 30 MB", send(HttpMethod.POST, "/api/networks", "application/json", thirtyMegabytes()), false);
		soft.assertAll();
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	/** A syntactically fine document of 30 MB: one person with many aliases. */
	static String thirtyMegabytes() {
		StringBuilder sb = new StringBuilder(31 * 1024 * 1024);
		sb.append("{\"persons\": [{\"id\": \"hi-big\", \"givenName\": \"Big\", \"alsoKnownAs\": [");
		String alias = "\"" + "a".repeat(98) + "\",";
		while (sb.length() < 30 * 1024 * 1024) {
			sb.append(alias);
		}
		sb.append("\"last\"]}]}");
		return sb.toString();
	}

	static String jsonString(String value) {
		StringBuilder sb = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				sb.append('\\').append(c);
			}
			else if (c < 0x20) {
				sb.append(String.format("\\u%04x", (int) c));
			}
			else {
				sb.append(c);
			}
		}
		return sb.append('"').toString();
	}

	@Test
	void hostileGedcomUploadsAreRefusedOrReadWithWhatWasSkippedAndNeverFail() {
		List<byte[]> files = new ArrayList<>(List.of(new byte[0], new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe },
				"not gedcom at all".getBytes(StandardCharsets.UTF_8), "0 @I1@ INDI\n1 NAME \u0000 /Nul/\n".getBytes(StandardCharsets.UTF_8),
				("0 @I1@ INDI\n1 NAME " + "A".repeat(300) + " /Long/\n").getBytes(StandardCharsets.UTF_8),
				"0 @I1@ INDI\n1 NAME Ann /Lee/\n1 BIRT\n2 DATE 30 FEB 99999\n0 @F1@ FAM\n1 CHIL @I1@\n1 HUSB @I1@\n".getBytes(StandardCharsets.UTF_8),
				"0 @' OR 1=1 //@ INDI\n1 NAME Inj /Ection/\n".getBytes(StandardCharsets.UTF_8),
				("0 @I1@ INDI\n" + "1 NOTE x\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
				("0 @I1@ INDI\n1 NAME A /B/\n" + "99 CONC x\n".repeat(1000)).getBytes(StandardCharsets.UTF_8)));
		List<String> before = GraphSnapshot.of(neo4j);
		SoftAssertions soft = new SoftAssertions();
		for (int i = 0; i < files.size(); i++) {
			byte[] content = files.get(i);
			check(soft, "GEDCOM file " + i, upload(content, "hostile.ged", null), true);
		}
		for (String prefix : List.of("' OR 1=1 //", "..", "a/b", "x".repeat(100), "%00")) {
			check(soft, "GEDCOM prefix " + prefix, upload("0 @I1@ INDI\n1 NAME A /B/\n".getBytes(StandardCharsets.UTF_8),
					"a.ged", encode(prefix)), false);
		}
		check(soft, "GEDCOM, no file part", send(HttpMethod.POST, "/api/networks/gedcom", "multipart/form-data; boundary=x",
				"--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n"), false);
		check(soft, "GEDCOM, not multipart", send(HttpMethod.POST, "/api/networks/gedcom", "application/json", "{}"), false);
		check(soft, "GEDCOM, 30 MB", upload(new byte[30 * 1024 * 1024], "big.ged", null), false);
		soft.assertAll();
		// Only what a hostile file could rightly add (its readable persons, "hostile-*") may have changed.
		List<String> after = GraphSnapshot.of(neo4j);
		after.removeIf(line -> line.contains("hostile-"));
		before.removeIf(line -> line.contains("hostile-"));
		assertThat(after).isEqualTo(before);
	}

	ResponseEntity<String> upload(byte[] content, String fileName, String prefix) {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return send(HttpMethod.POST, "/api/networks/gedcom" + (prefix == null ? "" : "?prefix=" + prefix),
				MediaType.MULTIPART_FORM_DATA_VALUE, body);
	}

	@Test
	void everyPathAndQueryParameterTakesHostileValues() {
		List<String> before = GraphSnapshot.of(neo4j);
		SoftAssertions soft = new SoftAssertions();
		for (String value : PATH_VALUES) {
			for (String path : CHILD_PATHS) {
				String target = path.replace("{}", encode(value));
				check(soft, "GET " + target, send(HttpMethod.GET, target, null, null), true);
			}
			String json = jsonString(value);
			check(soft, "POST /api/matches " + value, send(HttpMethod.POST, "/api/matches", "application/json",
					"{\"children\": [" + json + "], \"top\": 3}"), false);
			check(soft, "POST /api/matches weights " + value, send(HttpMethod.POST, "/api/matches", "application/json",
					"{\"children\": [\"p-ahmed-zara\"], \"weights\": {\"identity\": " + json + "}, \"excluded\": " + json + "}"),
					value.equals("-0"));
			check(soft, "POST /api/matches/assignment " + value, send(HttpMethod.POST, "/api/matches/assignment",
					"application/json", "{\"children\": [" + json + "]}"), false);
			check(soft, "PUT together-or-apart " + value, send(HttpMethod.PUT, "/api/together-or-apart-assessments/" + encode(value),
					"application/json", "{\"children\": [" + json + "], \"status\": " + json + "}"), false);
		}
		for (String value : PARAMETER_VALUES) {
			for (String query : QUERIES) {
				String target = query.replace("{}", encode(value));
				check(soft, "GET " + target, send(HttpMethod.GET, target, null, null), true);
			}
		}
		for (String body : List.of("{", "[]", "{\"children\": null, \"top\": 9223372036854775808}",
				"{\"children\": [\"p-ahmed-zara\"], \"top\": -0}", "{\"children\": [\"p-ahmed-zara\"], \"top\": 1e308}",
				"{\"children\": {}}", "{\"children\": [[]]}", "[".repeat(100_000))) {
			check(soft, "POST /api/matches " + body, send(HttpMethod.POST, "/api/matches", "application/json", body), false);
			check(soft, "POST /api/matches/assignment " + body, send(HttpMethod.POST, "/api/matches/assignment",
					"application/json", body), false);
		}
		soft.assertAll();
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	/** What Tomcat itself refuses, and addresses it must pass on untouched, sent byte for byte. */
	@Test
	void oddAddressesAreAnsweredWithProblemsNotHtml() throws IOException {
		SoftAssertions soft = new SoftAssertions();
		for (String target : List.of("/api/persons/a%2Fb", "/api/persons/%2F", "/api/persons/%00", "/api/persons/a%00b",
				"/api/persons/..", "/api/persons/../../../../etc/passwd", "/../../etc/passwd", "/api/persons/%2e%2e/%2e%2e/%2e%2e",
				"/api/persons/%5c..%5c", "/api/persons/%ff%fe", "/api/persons/%", "/api/persons/%zz", "/api/persons/;x=1",
				"/api/persons/" + "x".repeat(10_000), "/api/persons?familyName=" + "x".repeat(10_000), "/error", "/error?x=1")) {
			Raw answer = raw("GET " + target + " HTTP/1.1");
			String said = "GET " + (target.length() > 80 ? target.substring(0, 80) + "…" : target);
			soft.assertThat(answer.status()).as(said + " -> " + abbreviate(answer.body())).isBetween(400, 499);
			soft.assertThat(answer.contentType()).as(said + " content type; body " + abbreviate(answer.body()))
				.startsWith("application/problem+json");
		}
		Raw badLine = raw("GET /api/persons/a b HTTP/1.1");
		soft.assertThat(badLine.status()).as("a space in the request line").isBetween(400, 499);
		soft.assertAll();
	}

	record Raw(int status, String contentType, String body) {
	}

	Raw raw(String requestLine) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(120_000); // a guard against a hang, far above an answer's time on a busy machine
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = end < 0 ? text : text.substring(0, end);
			String body = end < 0 ? "" : text.substring(end + 4);
			String[] lines = head.split("\r\n");
			int status = lines[0].split(" ").length > 1 ? Integer.parseInt(lines[0].split(" ")[1]) : -1;
			String type = "";
			for (String line : lines) {
				if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
					type = line.substring(13).trim();
				}
			}
			return new Raw(status, type, body);
		}
	}

	@Test
	void injectionStringsInNamesAreStoredAsWrittenAndDoNothingElse() {
		long before = neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		String name = "'}) DETACH DELETE n // \" OR 1=1 // \u202Eevil \uD83D\uDE00";
		ResponseEntity<String> answer = send(HttpMethod.POST, "/api/networks", "application/json",
				"{\"persons\": [{\"id\": \"hi-inj\", \"givenName\": " + jsonString(name) + ", \"familyName\": " + jsonString("$id")
						+ "}]}");

		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
		assertThat(neo4j.query("MATCH (p:Person {id: 'hi-inj'}) RETURN p.givenName").fetchAs(String.class).one()).contains(name);
		assertThat(neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow()).isGreaterThanOrEqualTo(before);
		Map<?, ?> found = http.getForObject("/api/persons/hi-inj", Map.class);
		assertThat(found.get("givenName")).isEqualTo(name);
		assertThat(send(HttpMethod.GET, "/api/persons?familyName=" + encode("$id"), null, null).getBody()).contains("hi-inj");
	}

	static HttpHeaders json() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}
}
