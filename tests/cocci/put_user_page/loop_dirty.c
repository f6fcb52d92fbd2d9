// set_page_dirty_lock() + put_page() in a loop; the counter stays in use.
// report: get_user_pages() in fill(): convert to pin_user_pages*() and unpin_user_page*()
static long fill(unsigned long addr, unsigned long n, struct page **pages)
{
	long i, got;

	got = get_user_pages(addr, n, FOLL_WRITE, pages, NULL);
	for (i = 0; i < got; i++)
		memcpy_to_page(pages[i], 0, src, PAGE_SIZE);
	for (i = 0; i < got; i++) {
		set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	return got;
}
