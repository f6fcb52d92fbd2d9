// set_page_dirty() under "if (dirty)" in the loop, as ublk does.
// report: get_user_pages_fast() in copy_pages(): convert to pin_user_pages*() and unpin_user_page*()
static int copy_pages(unsigned long uaddr, unsigned int nr, bool to_vm)
{
	struct page *pages[16];
	unsigned int i, len;
	int got;

	got = get_user_pages_fast(uaddr, nr, to_vm ? FOLL_WRITE : 0, pages);
	if (got <= 0)
		return got;
	len = copy_io_pages(pages, got, to_vm);
	for (i = 0; i < got; i++) {
		if (to_vm)
			set_page_dirty(pages[i]);
		put_page(pages[i]);
	}
	return len;
}
