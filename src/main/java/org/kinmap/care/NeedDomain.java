package org.kinmap.care;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.kinmap.system.Coded;

/**
 * The nine matching domains of the Newham matching record (seed 004), with the structured fields kinmap
 * keeps for each. Every domain also takes free-text {@code notes}.
 */
public enum NeedDomain implements Coded {

	VIEWS("views", "child's views, wishes and worries",
			fields("wishes", FieldType.TEXT, "worries", FieldType.LIST, "fears", FieldType.LIST,
					"preferredLocation", FieldType.TEXT)),
	HEALTH("health", "health",
			fields("conditions", FieldType.LIST, "disabilities", FieldType.LIST, "allergies", FieldType.LIST,
					"medication", FieldType.LIST, "wheelchairUser", FieldType.BOOLEAN, "needsGroundFloorBedroom",
					FieldType.BOOLEAN, "mentalHealth", FieldType.TEXT)),
	EDUCATION("education", "education",
			fields("school", FieldType.TEXT, "schoolPostcode", FieldType.TEXT, "schoolLatitude", FieldType.NUMBER,
					"schoolLongitude", FieldType.NUMBER, "keepSchool", FieldType.BOOLEAN, "senSupport",
					FieldType.SEN_SUPPORT)),
	EMOTIONAL_BEHAVIOURAL("emotionalBehavioural", "emotional and behavioural development",
			fields("attachmentDifficulties", FieldType.BOOLEAN, "traumaHistory", FieldType.BOOLEAN, "behaviours",
					FieldType.LIST, "therapeuticParentingNeeded", FieldType.BOOLEAN)),
	IDENTITY("identity", "identity",
			fields("ethnicity", FieldType.TEXT, "religion", FieldType.TEXT, "languages", FieldType.LIST,
					"culturalNeeds", FieldType.LIST)),
	FAMILY_RELATIONSHIPS("familyRelationships", "family and social relationships",
			fields("keyPeople", FieldType.LIST)),
	SOCIAL_PRESENTATION("socialPresentation", "social presentation", fields("interests", FieldType.LIST)),
	SELF_CARE("selfCare", "self-care skills", fields("level", FieldType.SELF_CARE_LEVEL)),
	CONTACT("contact", "contact (family time)", fields("familyTimeLocation", FieldType.TEXT));

	/** The kinds of value a need field holds. */
	public enum FieldType {
		TEXT, LIST, BOOLEAN, NUMBER, SEN_SUPPORT, SELF_CARE_LEVEL
	}

	private final String key;
	private final String label;
	private final Map<String, FieldType> fields;

	NeedDomain(String key, String label, Map<String, FieldType> fields) {
		this.key = key;
		this.label = label;
		this.fields = fields;
	}

	@Override
	public String code() {
		return key;
	}

	@Override
	public String label() {
		return label;
	}

	/** The structured fields of this domain, {@code notes} included. */
	public Map<String, FieldType> fields() {
		return fields;
	}

	public static Optional<NeedDomain> byKey(String key) {
		return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
	}

	private static Map<String, FieldType> fields(Object... pairs) {
		Map<String, FieldType> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (FieldType) pairs[i + 1]);
		}
		map.put("notes", FieldType.TEXT);
		return java.util.Collections.unmodifiableMap(map);
	}
}
