// Pages kept in a struct field and released in another function of the
// file, through the same field, as atomisp and nitro_enclaves do.
// report: get_user_pages_fast() in buf_alloc(): convert to pin_user_pages*() and unpin_user_page*()
struct buf {
	struct page **pages;
	int nr;
};

struct other {
	struct page **pages;
};

static void buf_free(struct buf *b)
{
	int i;

	for (i = 0; i < b->nr; i++)
		put_page(b->pages[i]);
	kfree(b->pages);
}

static void other_free(struct other *o)
{
	put_page(o->pages[0]);
}

static int buf_alloc(struct buf *b, unsigned long addr)
{
	b->pages = kmalloc_array(b->nr, sizeof(*b->pages), GFP_KERNEL);
	if (get_user_pages_fast(addr, b->nr, FOLL_WRITE, b->pages) != b->nr)
		return -EFAULT;
	return 0;
}
