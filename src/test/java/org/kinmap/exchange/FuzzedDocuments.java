package org.kinmap.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.kinmap.assessments.AssessmentStatus;
import org.kinmap.assessments.AssessmentType;
import org.kinmap.assessments.Recommendation;
import org.kinmap.care.LegalStatus;
import org.kinmap.care.NeedDomain;
import org.kinmap.care.PermanencePlan;
import org.kinmap.care.PlacementType;
import org.kinmap.care.SelfCareLevel;
import org.kinmap.care.SenSupport;
import org.kinmap.carers.AgencyType;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.CarerSkill;
import org.kinmap.exchange.NetworkDocument.ApprovalDoc;
import org.kinmap.exchange.NetworkDocument.AssessmentDoc;
import org.kinmap.exchange.NetworkDocument.CarerDoc;
import org.kinmap.exchange.NetworkDocument.ChildInCareDoc;
import org.kinmap.exchange.NetworkDocument.ConnectedPersonDoc;
import org.kinmap.exchange.NetworkDocument.ContactDoc;
import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.MemberDoc;
import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.NeedsDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkDocument.PetsDoc;
import org.kinmap.exchange.NetworkDocument.PlacementDoc;
import org.kinmap.exchange.NetworkDocument.RaisedTogetherDoc;
import org.kinmap.exchange.NetworkDocument.SiblingLinkDoc;
import org.kinmap.network.ConnectionNature;
import org.kinmap.network.ContactFrequency;
import org.kinmap.network.ContactMode;
import org.kinmap.network.IdentifiedBy;
import org.kinmap.network.MemberRole;
import org.kinmap.network.ParentLinkType;
import org.kinmap.network.PartnershipStatus;
import org.kinmap.network.PartnershipType;
import org.kinmap.network.Sex;
import org.kinmap.network.SiblingLinkType;
import org.kinmap.network.Zygosity;
import org.kinmap.system.Coded;

/**
 * Network documents built from fuzzer bytes, as Jackson could hand them to the validator: every field may be
 * missing, every list may hold {@code null}, ids come from a handful so that references meet, and codes and dates are
 * mostly real ones with some that are not. Reaches the validator's rules far faster than mutated JSON does.
 */
final class FuzzedDocuments {

	private static final String[] IDS = { "a", "b", "c", "d", "h1", "h2" };

	private static final String[] DATES = { "1950", "1980-02", "1984-02-29", "2001-05-04", "2016-05-04", "2026-11-22",
			"2030", "2019-02-30", "1990-13", "abc", "" };

	private final FuzzedDataProvider data;

	private FuzzedDocuments(FuzzedDataProvider data) {
		this.data = data;
	}

	static NetworkDocument build(FuzzedDataProvider data) {
		return new FuzzedDocuments(data).document();
	}

	private NetworkDocument document() {
		return new NetworkDocument(text(), list(this::person), list(this::parentLink), list(this::partnership),
				list(this::multipleBirth), list(this::siblingLink), list(this::raisedTogether), list(this::connected),
				list(this::household), list(this::child), list(this::placement), list(this::assessment), list(this::needs),
				list(this::contact));
	}

	private PersonDoc person() {
		return new PersonDoc(id(), text(), text(), text(), list(this::text), code(Sex.class), text(), date(), bool(), date(),
				text(), text(), text(), list(this::text), text(), number(), number(), null, bool(), text());
	}

	private ParentLinkDoc parentLink() {
		return new ParentLinkDoc(id(), id(), code(ParentLinkType.class), bool(), date(), date());
	}

	private PartnershipDoc partnership() {
		return new PartnershipDoc(list(this::id), code(PartnershipType.class), code(PartnershipStatus.class), date(), date());
	}

	private MultipleBirthDoc multipleBirth() {
		return new MultipleBirthDoc(id(), list(this::id), code(Zygosity.class));
	}

	private SiblingLinkDoc siblingLink() {
		return new SiblingLinkDoc(list(this::id), code(SiblingLinkType.class), text());
	}

	private RaisedTogetherDoc raisedTogether() {
		return new RaisedTogetherDoc(list(this::id), date(), date(), text());
	}

	private ConnectedPersonDoc connected() {
		return new ConnectedPersonDoc(id(), id(), code(ConnectionNature.class), code(IdentifiedBy.class), text());
	}

	private HouseholdDoc household() {
		return new HouseholdDoc(id(), text(), text(), number(), number(), list(this::member), data.consumeBoolean() ? carer() : null);
	}

	private MemberDoc member() {
		return new MemberDoc(id(), code(MemberRole.class), date(), date());
	}

	private CarerDoc carer() {
		return new CarerDoc(text(), code(AgencyType.class), list(this::approval),
				data.consumeBoolean() ? new PetsDoc(integer(), integer(), list(this::text)) : null, bool(), bool(), bool(),
				list(this::text), text(), text(), list(() -> code(CarerSkill.class)), list(this::integer), text());
	}

	private ApprovalDoc approval() {
		return new ApprovalDoc(id(), code(ApprovalKind.class), integer(), integer(), integer(), bool(), date(), date(), text());
	}

	private ChildInCareDoc child() {
		return new ChildInCareDoc(id(), code(LegalStatus.class), date(), list(this::date), date(), code(PermanencePlan.class),
				code(PermanencePlan.class), date(), text(), date(), text());
	}

	private PlacementDoc placement() {
		return new PlacementDoc(id(), id(), id(), text(), code(PlacementType.class), date(), date(), text());
	}

	private AssessmentDoc assessment() {
		return new AssessmentDoc(id(), code(AssessmentType.class), list(this::id), list(this::id), code(AssessmentStatus.class),
				date(), date(), date(), date(), bool(), text(), text(), code(Recommendation.class), text());
	}

	private NeedsDoc needs() {
		if (data.consumeBoolean()) {
			return new NeedsDoc(id(), null);
		}
		Map<String, Map<String, Object>> domains = new LinkedHashMap<>();
		int n = data.consumeInt(0, 3);
		for (int i = 0; i < n; i++) {
			NeedDomain d = data.pickValue(NeedDomain.values());
			String key = data.consumeInt(0, 7) == 0 ? text() : d.code();
			if (key == null || data.consumeInt(0, 7) == 0) {
				domains.put(key == null ? "" : key, null);
				continue;
			}
			Map<String, Object> fields = new LinkedHashMap<>();
			int m = data.consumeInt(0, 3);
			for (int j = 0; j < m; j++) {
				List<String> names = List.copyOf(d.fields().keySet());
				String field = data.consumeInt(0, 7) == 0 ? String.valueOf(text()) : data.pickValue(names);
				fields.put(field, value());
			}
			domains.put(key, fields);
		}
		return new NeedsDoc(id(), domains);
	}

	private Object value() {
		return switch (data.consumeInt(0, 7)) {
			case 0 -> null;
			case 1 -> text();
			case 2 -> list(this::text);
			case 3 -> data.consumeBoolean();
			case 4 -> data.consumeInt();
			case 5 -> code(SenSupport.class);
			case 6 -> code(SelfCareLevel.class);
			default -> Map.of("x", 1);
		};
	}

	private ContactDoc contact() {
		return new ContactDoc(list(this::id), code(ContactMode.class), code(ContactFrequency.class), bool(), text());
	}

	// ---- values

	private <T> List<T> list(Supplier<T> element) {
		int n = data.consumeInt(-1, 4);
		if (n < 0) {
			return null;
		}
		List<T> list = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			list.add(data.consumeInt(0, 15) == 0 ? null : element.get());
		}
		return list;
	}

	private String id() {
		return switch (data.consumeInt(0, 9)) {
			case 0 -> null;
			case 1 -> data.consumeString(90);
			default -> data.pickValue(IDS);
		};
	}

	private String text() {
		return data.consumeBoolean() ? null : data.consumeString(12);
	}

	private String date() {
		return switch (data.consumeInt(0, 5)) {
			case 0 -> null;
			case 1 -> data.consumeString(12);
			default -> data.pickValue(DATES);
		};
	}

	private <E extends Enum<E> & Coded> String code(Class<E> type) {
		return switch (data.consumeInt(0, 5)) {
			case 0 -> null;
			case 1 -> data.consumeString(16);
			default -> data.pickValue(type.getEnumConstants()).code();
		};
	}

	private Boolean bool() {
		return switch (data.consumeInt(0, 2)) {
			case 0 -> null;
			case 1 -> true;
			default -> false;
		};
	}

	private Integer integer() {
		return data.consumeBoolean() ? null : data.consumeInt(-2, 30);
	}

	private Double number() {
		return data.consumeBoolean() ? null : data.consumeDouble();
	}
}
