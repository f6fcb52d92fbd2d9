// get_user_page_fast_only() has no pinning variant; its users want pfns.
// report: get_user_page_fast_only() in to_pfn(): leave: no pinning variant; only the pfn of the page is used
static unsigned long to_pfn(unsigned long addr)
{
	struct page *page;

	if (!get_user_page_fast_only(addr, FOLL_WRITE, &page))
		return 0;
	return page_to_pfn(page);
}
