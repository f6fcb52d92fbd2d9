// An explicit FOLL_GET is dropped: pin_user_pages*() refuses it.
// report: get_user_pages_unlocked() in region_add(): convert to pin_user_pages*() and unpin_user_page*()
struct region {
	struct page **pages;
	unsigned long nr;
};

static int region_add(struct region *r, unsigned long addr)
{
	long rc;

	rc = get_user_pages_unlocked(addr, 1, r->pages + r->nr, FOLL_GET);
	if (rc < 0)
		return rc;
	r->nr++;
	return 0;
}

static void region_put(struct region *r)
{
	unsigned long i;

	for (i = 0; i < r->nr; i++)
		put_page(r->pages[i]);
}
