// The release helper also gets pages that are not user pages.
// report: get_user_pages_fast() in get_user_buf(): leave: a release helper also gets other pages
static void drop_pages(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);
}

static int get_user_buf(unsigned long addr, int n, struct page **pages)
{
	int got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	if (got != n) {
		if (got > 0)
			drop_pages(pages, got);
		return -EFAULT;
	}
	return 0;
}

static int get_kernel_buf(int n, struct page **kpages)
{
	int i;

	for (i = 0; i < n; i++)
		kpages[i] = alloc_page(GFP_KERNEL);
	drop_pages(kpages, n);
	return 0;
}
