package org.kinmap.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kinmap.exchange.NetworkDocument.ConnectedPersonDoc;
import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.SiblingLinkDoc;
import org.kinmap.network.ParentLinkType;
import org.kinmap.network.PartnershipStatus;
import org.kinmap.network.SiblingLinkType;

/**
 * The links that make a person the given relation of another, as network-document records (checked by the import's
 * rules, then written): a parent or child is a parent link (birth unless said otherwise); a partner a partnership
 * (current unless said otherwise); a full sibling shares the person's birth parents, and a link says so when fewer
 * than two are recorded; a half-sibling has a link saying half (through the shared parent, who becomes their birth
 * parent, when named) and no other parent; a twin shares the birth parents and the multiple birth; a connected person
 * is connected to the child of the record.
 */
record RelativeLinks(List<ParentLinkDoc> parentLinks, List<PartnershipDoc> partnerships, List<SiblingLinkDoc> siblingLinks,
		List<MultipleBirthDoc> births, List<ConnectedPersonDoc> connections) {

	/**
	 * @param id            the relative (new or already recorded)
	 * @param anchorId      the person whose card it is
	 * @param birthParents  the anchor's recorded birth parents
	 * @param multipleBirth the anchor's multiple birth, if recorded (a twin joins it; otherwise one is recorded)
	 * @param half          what a half-sibling link says (through the mother, the father, or not known)
	 */
	static RelativeLinks of(Relation relation, String id, String anchorId, String childId, List<String> birthParents,
			String multipleBirth, SiblingLinkType half, Requests.AddRelative r) {
		RelativeLinks links = new RelativeLinks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		String linkType = NetworkEditor.blank(r.parentLinkType()) ? ParentLinkType.BIRTH.code() : r.parentLinkType();
		switch (relation) {
			case PARENT -> links.parentLinks.add(new ParentLinkDoc(id, anchorId, linkType, r.parentalResponsibility(), r.from(), r.to()));
			case CHILD -> links.parentLinks.add(new ParentLinkDoc(anchorId, id, linkType, r.parentalResponsibility(), r.from(), r.to()));
			case PARTNER -> links.partnerships.add(new PartnershipDoc(List.of(anchorId, id), r.partnershipType(),
					NetworkEditor.blank(r.partnershipStatus()) ? PartnershipStatus.CURRENT.code() : r.partnershipStatus(),
					r.from(), r.to()));
			case FULL_SIBLING -> {
				if (birthParents.size() < 2) {
					links.siblingLinks.add(new SiblingLinkDoc(List.of(anchorId, id), SiblingLinkType.FULL.code(), null));
				}
				links.birthChildOf(birthParents, id);
			}
			case HALF_SIBLING -> {
				links.siblingLinks.add(new SiblingLinkDoc(List.of(anchorId, id), half.code(), null));
				if (!NetworkEditor.blank(r.sharedParent())) {
					links.birthChildOf(List.of(r.sharedParent()), id);
				}
			}
			case TWIN -> {
				links.birthChildOf(birthParents, id);
				links.births.add(new MultipleBirthDoc(multipleBirth != null ? multipleBirth : "mb-" + UUID.randomUUID(),
						List.of(anchorId, id), r.zygosity()));
			}
			case CONNECTED_PERSON -> links.connections.add(new ConnectedPersonDoc(id, childId, r.nature(), r.identifiedBy(), r.note()));
		}
		return links;
	}

	private void birthChildOf(List<String> parents, String id) {
		parents.forEach(p -> parentLinks.add(new ParentLinkDoc(p, id, ParentLinkType.BIRTH.code(), null, null, null)));
	}
}
