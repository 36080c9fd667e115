package org.caseworkportal.worktray;

import java.util.List;

import org.caseworkportal.identity.PortalUser;

/** Tiles a feature adds to a portal's home page after the worktray's own, such as the PEPs a school submitted recently. */
public interface HomeTiles {

	/** The tiles for a professional's home page. */
	List<HomeTile> professionalTiles(PortalUser professional);

}
