// The page is handed back to the caller, as s390's get_map_page() does:
// its release is the caller's business.
// report: get_user_pages() in get_map_page(): leave: the page is returned to the caller
static struct page *get_map_page(unsigned long uaddr)
{
	struct page *page = NULL;

	if (get_user_pages(uaddr, 1, FOLL_WRITE, &page, NULL) != 1)
		return NULL;
	set_page_dirty(page);
	return page;
}

static void done(unsigned long uaddr)
{
	struct page *page = get_map_page(uaddr);

	put_page(page);
}
