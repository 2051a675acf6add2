"""Records and publishing: the leak scan of every output byte, the manifest, and the swap of the new site in."""
