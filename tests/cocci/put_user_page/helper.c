// A release helper that only ever gets arrays of user pages, and clears
// the entries as it goes, as vmci_queue_pair's qp_release_pages() does.
// report: get_user_pages_fast() in get_both(): convert to pin_user_pages*() and unpin_user_page*()
// report: get_user_pages_fast() in get_both(): convert to pin_user_pages*() and unpin_user_page*()
struct q {
	struct page **hdr;
	u64 n;
};

static void release(struct page **pages, u64 num, bool dirty)
{
	int i;

	for (i = 0; i < num; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
		pages[i] = NULL;
	}
}

static int get_both(unsigned long a, unsigned long b, struct q *p, struct q *c)
{
	int r;

	r = get_user_pages_fast(a, p->n, FOLL_WRITE, p->hdr);
	if (r < (int)p->n) {
		if (r > 0)
			release(p->hdr, r, false);
		return -ENOMEM;
	}
	r = get_user_pages_fast(b, c->n, FOLL_WRITE, c->hdr);
	if (r < (int)c->n) {
		if (r > 0)
			release(c->hdr, r, false);
		release(p->hdr, p->n, false);
		return -ENOMEM;
	}
	return 0;
}

static void put_both(struct q *p, struct q *c)
{
	release(p->hdr, p->n, true);
	release(c->hdr, c->n, true);
}
