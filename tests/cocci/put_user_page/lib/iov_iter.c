// GUP's own helpers are not converted: lib/iov_iter.c is the getter.
// report: get_user_pages_fast() in get_iov_pages(): leave: core accessor: GUP itself, iov_iter or access_remote_vm()
static ssize_t get_iov_pages(unsigned long addr, int n, struct page **pages)
{
	int i, got = get_user_pages_fast(addr, n, FOLL_WRITE, pages);

	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return got;
}
