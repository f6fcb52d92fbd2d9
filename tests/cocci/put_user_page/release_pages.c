// release_pages() of the whole array.
// report: get_user_pages_unlocked() in grab(): convert to pin_user_pages*() and unpin_user_page*()
static int grab(unsigned long addr, int n, struct page **pages)
{
	int got = get_user_pages_unlocked(addr, n, pages, FOLL_WRITE);

	if (got > 0) {
		dma_to_pages(pages, got);
		release_pages(pages, got);
	}
	return got;
}
