// The counter is declared with an initializer, as in nitro_enclaves.
// report: get_user_pages_fast() in fill(): convert to pin_user_pages*() and unpin_user_page*()
struct region {
	struct page **pages;
	unsigned long nr;
};

static void drop(struct region *r)
{
	unsigned long i = 0;

	for (i = 0; i < r->nr; i++)
		put_page(r->pages[i]);
	kfree(r->pages);
}

static int fill(struct region *r, unsigned long addr)
{
	return get_user_pages_fast(addr, r->nr, FOLL_WRITE, r->pages);
}
