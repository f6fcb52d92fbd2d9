// A single page of which only the pfn is used: nothing reads or writes
// its data, so a reference is right.
// report: get_user_pages_fast() in user_pfn(): leave: the data of the page is not accessed
static unsigned long user_pfn(unsigned long addr)
{
	struct page *page;
	unsigned long pfn;

	if (get_user_pages_fast(addr, 1, 0, &page) != 1)
		return 0;
	pfn = page_to_pfn(page);
	put_page(page);
	return pfn;
}
