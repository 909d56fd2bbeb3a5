package org.kinmap.siblings;

import org.kinmap.system.Coded;

/** Where a member of a sibling group lives now. */
enum Living implements Coded {
	CARER_HOUSEHOLD("with carers"),
	RESIDENTIAL("in residential care"),
	AT_HOME("at home with family"),
	ADOPTED("adopted"),
	INDEPENDENT("living independently"),
	DECEASED("deceased"),
	NOT_RECORDED("not recorded");

	private final String label;

	Living(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
